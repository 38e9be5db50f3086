"""Real Korean source texts shipped in ``sources/``, cut into web-page-sized documents."""

import functools
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from importlib.resources import files
from importlib.resources.abc import Traversable

SOURCES: Traversable = files(__package__) / "sources"

TARGET_CHARS = 450
MAX_CHARS = 2000

_CHAPTER = re.compile(r"^(제\d+장|펼침\s+부칙)\s")
_SECTION = re.compile(r"^제\d+[절관]\s")
_ARTICLE = re.compile(r"^제\d+조")
_PAGE_MARK = re.compile(r"^-\s*\d+\s*-$")
_BILL_TABLE = re.compile(r"신\s*[·ㆍ]?\s*구\s*조문\s*대비표")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_WRAP_MIN_CHARS = 20


@dataclass(frozen=True)
class Document:
    """A title plus body paragraphs; kept apart so noise can edit one paragraph at a time."""

    source: str
    paragraphs: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.paragraphs[0]

    @property
    def body(self) -> tuple[str, ...]:
        return self.paragraphs[1:]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def split_sentences(paragraph: str) -> list[str]:
    """Split on sentence-final punctuation; good enough for statute and FAQ prose."""
    return [s for s in (part.strip() for part in _SENTENCE_END.split(paragraph)) if s]


def pack(source: str, title: str, blocks: Iterable[Sequence[str]]) -> list[Document]:
    """Group consecutive blocks (articles, sections) into documents of a web-page length."""
    docs: list[Document] = []
    current: list[str] = []
    for block in blocks:
        size = sum(map(len, current))
        if current and size + sum(map(len, block)) > MAX_CHARS:
            docs.append(Document(source, (title, *current)))
            current = []
        current.extend(block)
        if sum(map(len, current)) >= TARGET_CHARS:
            docs.append(Document(source, (title, *current)))
            current = []
    if current and docs and sum(map(len, current)) < TARGET_CHARS // 2:
        docs[-1] = Document(source, docs[-1].paragraphs + tuple(current))
    elif current:
        docs.append(Document(source, (title, *current)))
    return docs


def _lines(path: Traversable) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def _constitution_chapters(lines: Iterable[str]) -> Iterator[tuple[str, list[list[str]]]]:
    heading, blocks = "", []
    for line in filter(None, lines):
        if _CHAPTER.search(line):
            if blocks:
                yield heading, blocks
            heading, blocks = line, []
        elif _SECTION.match(line) or _ARTICLE.match(line) or not blocks:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    if blocks:
        yield heading, blocks


def constitution_documents() -> list[Document]:
    """The preamble, then each chapter's articles packed into documents."""
    lines = _lines(SOURCES / "kolaw" / "constitution.txt")
    title, preamble = lines[0], lines[2]
    docs = [Document("kolaw", (title, preamble))]
    for heading, blocks in _constitution_chapters(lines[3:]):
        docs.extend(pack("kolaw", f"{title} {heading}", blocks))
    return docs


def _continues(previous: str, line: str) -> bool:
    """Bills are hard-wrapped: an unindented line after a long unfinished one is a wrap."""
    tail = " ".join(previous.split())
    return (
        not line[:1].isspace()
        and not line.startswith("(")
        and len(tail) >= _WRAP_MIN_CHARS
        and not tail.endswith((".", ":", ")"))
    )


def unwrap(raw_lines: Iterable[str]) -> list[str]:
    """Rejoin hard-wrapped lines into paragraphs (Korean wraps mid-word, so join without space)."""
    paragraphs: list[list[str]] = []
    for line in raw_lines:
        if not line.strip() or _PAGE_MARK.match(line.strip()):
            continue
        if paragraphs and _continues(paragraphs[-1][-1], line):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [" ".join("".join(parts).split()) for parts in paragraphs]


def bill_documents() -> list[Document]:
    """Each bill up to its garbled two-column comparison table, packed into documents."""
    docs = []
    for path in sorted((SOURCES / "kobill").iterdir(), key=lambda p: p.name):
        text = path.read_text(encoding="utf-8")
        table = _BILL_TABLE.search(text)
        paragraphs = unwrap(text[: table.start() if table else None].splitlines())
        docs.extend(pack("kobill", paragraphs[0], ([p] for p in paragraphs[1:])))
    return docs


class _ParagraphParser(HTMLParser):
    """Collects the page title, section headings and <p> paragraphs of a DocBook page."""

    BLOCKS = ("h1", "h2", "h3", "p")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._tag: str | None = None
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS and self._tag is None:
            self._tag, self._parts = tag, []

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag:
            text = " ".join("".join(self._parts).split())
            if text:
                self.blocks.append((tag, text))
            self._tag = None

    def handle_data(self, data: str) -> None:
        if self._tag is not None:
            self._parts.append(data)


def html_blocks(html: str) -> list[tuple[str, str]]:
    """(tag, text) for every heading and paragraph, in page order."""
    parser = _ParagraphParser()
    parser.feed(html)
    parser.close()
    return parser.blocks


def faq_pages() -> list[tuple[str, bytes]]:
    """(file name, raw HTML bytes) of the Debian FAQ pages, served as-is in the WARC."""
    paths = sorted((SOURCES / "debian-faq").iterdir(), key=lambda p: p.name)
    return [(p.name, p.read_bytes()) for p in paths if p.name.endswith(".html")]


def _faq_sections(blocks: Iterable[tuple[str, str]]) -> Iterator[list[str]]:
    section: list[str] = []
    for tag, text in blocks:
        if tag in ("h2", "h3") and section:
            yield section
            section = []
        if tag != "h1" and text != "차례":
            section.append(text)
    if section:
        yield section


def faq_documents() -> list[Document]:
    """Each FAQ page's question sections packed into documents titled by the page heading."""
    docs = []
    for _, html in faq_pages():
        blocks = html_blocks(html.decode("utf-8"))
        title = next((text for tag, text in blocks if tag == "h1"), "Debian FAQ")
        docs.extend(pack("debian-faq", title, _faq_sections(blocks)))
    return docs


@functools.cache
def source_documents() -> tuple[Document, ...]:
    """All natural documents, in a fixed order; cached because parsing is the slow part."""
    docs = constitution_documents() + bill_documents() + faq_documents()
    return tuple(doc for doc in docs if doc.body)


class DocumentPool:
    """Hands out each source document once, then stitched ones: planted copies stay the only
    duplicates."""

    def __init__(self, documents: Sequence[Document], rng: random.Random) -> None:
        self._rng = rng
        self._unused = list(documents)
        rng.shuffle(self._unused)
        self._given: set[str] = set()
        self._sentences: dict[str, list[str]] = {}
        self._titles: dict[str, list[str]] = {}
        for doc in documents:
            self._titles.setdefault(doc.source, []).append(doc.title)
            sentences = self._sentences.setdefault(doc.source, [])
            sentences.extend(s for p in doc.body for s in split_sentences(p) if len(s) >= 20)

    def take(self, accept: Callable[[Document], bool] = lambda doc: True) -> Document:
        """The next unused document that ``accept`` likes."""
        index = next((i for i, doc in enumerate(self._unused) if accept(doc)), None)
        doc = self._unused.pop(index) if index is not None else self._stitch(accept)
        self._given.add(doc.text)
        return doc

    def take_many(self, count: int) -> list[Document]:
        return [self.take() for _ in range(count)]

    def _stitch(self, accept: Callable[[Document], bool]) -> Document:
        """A new document of random sentences from one source, once the real ones run out."""
        while True:
            source = self._rng.choice(sorted(self._sentences))
            sentences = self._sentences[source]
            body = (
                " ".join(self._rng.sample(sentences, self._rng.randint(2, 4)))
                for _ in range(self._rng.randint(3, 6))
            )
            doc = Document(source, (self._rng.choice(self._titles[source]), *body))
            if doc.text not in self._given and accept(doc):
                return doc
