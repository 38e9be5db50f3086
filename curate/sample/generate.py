"""Seeded generator of a messy, crawl-like Korean input corpus for exercising the pipeline.

The corpus is built from the real texts in ``sources/`` and mixes every input format the
readers accept with the phenomena the filters must handle (duplicates, boilerplate, spam,
PII, foreign languages, broken encodings and broken records). The same seed and scale always
give byte-identical files, so tests and benchmarks can pin expected results.

Usage: ``python -m curate.sample.generate OUT_DIR [--seed N] [--scale N]``
"""

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from curate.sample import noise, pages, snippets, wiki, writers
from curate.sample.texts import Document, DocumentPool, faq_pages, source_documents

WEB_FILES = ("web/part-0000.jsonl", "web/part-0001.jsonl.gz", "web/part-0002.jsonl.zst")

WEB_RECORDS_PER_SCALE = {
    "clean": 140,
    "exact_duplicates": 15,
    "near_duplicates": 24,
    "nfd": 3,
    "zero_width": 4,
    "control_chars": 4,
    "boilerplate": 16,
    "spam": 16,
    "english": 5,
    "japanese": 5,
    "pii": 12,
    "whitespace_only": 3,
    "empty": 3,
}
PARQUET_PER_SCALE = {"fresh": 20, "exact_duplicates": 4, "null_text": 3}
BLOCK_DOCS_PER_SCALE = 10
NEWS_PAGES_PER_SCALE = 5
FAQ_MIRRORS_PER_SCALE = 2
TRUNCATED_LINES = 12
TRUNCATED_KEEP = 0.6
WIKI_PAGES_PER_SCALE = 6
WIKI_DUMP = "wiki/kowiki-sample-pages-articles-multistream.xml.bz2"

LICENSES = ("CC-BY-4.0", "CC-BY-SA-4.0", "KOGL-Type1", None, "all-rights-reserved")
URLS = {
    "kolaw": "https://law.example.kr/statute/{n}",
    "kobill": "https://news.example.kr/article/{n}",
    "debian-faq": "https://faq.debian.example/ko/qna/{n}",
    "news": "https://news.example.kr/article/{n}",
    "spam": "https://blog.example.co.kr/toto777/{n}",
    "foreign": "https://blog.example.co.kr/intl/{n}",
    "misc": "https://blog.example.co.kr/post/{n}",
}
WHITESPACE_ONLY = ("   \n\t ", " ", "\n\n", "\u3000 \t\r\n")
HTML_UTF8 = "text/html; charset=utf-8"
FIRST_DATE = date(2018, 1, 1)
CRAWL_START = datetime(2024, 3, 1, tzinfo=UTC)

T = TypeVar("T")
Record = dict[str, Any]


class _Run:
    """State shared by one generation: seeded rng, document pool, id counter and kind tally."""

    def __init__(self, seed: int, scale: int) -> None:
        self.rng = random.Random(seed)
        self.scale = scale
        self.pool = DocumentPool(source_documents(), self.rng)
        self.kinds: Counter[str] = Counter()
        self._serial = 0

    def record(self, text: Any, source: str = "misc", **fields: Any) -> Record:
        """A web record with a fresh id, a plausible URL for its source and a random date."""
        self._serial += 1
        n = self._serial * 100 + self.rng.randrange(100)
        day = FIRST_DATE + timedelta(days=self.rng.randrange(2400))
        record = {
            "id": f"{self.rng.getrandbits(32):08x}-{self._serial:05d}",
            "text": text,
            "url": URLS.get(source, URLS["misc"]).format(n=n),
            "date": day.isoformat(),
            "license": self.rng.choice(LICENSES),
        }
        return record | fields

    def pick(self, population: Sequence[T], k: int) -> list[T]:
        """k distinct items when there are enough, otherwise with repeats."""
        if k <= len(population):
            return self.rng.sample(population, k)
        return self.rng.choices(population, k=k)


PlantedBuilder = Callable[[_Run, Sequence[Document], int], list[Record]]


def _json_line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _same_text(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
    return [run.record(doc.text, doc.source) for doc in run.pick(docs, count)]


def _near_duplicates(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
    editable = [doc for doc in docs if len(doc.body) >= 3] or list(docs)
    edits = noise.NEAR_DUPLICATE_EDITS
    return [
        run.record(edits[i % len(edits)](run.rng, doc, run.rng.choice(docs)), doc.source)
        for i, doc in enumerate(run.pick(editable, count))
    ]


def _nfd(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
    return [
        run.record(unicodedata.normalize("NFD", doc.text), doc.source)
        for doc in run.pick(docs, count)
    ]


def _fresh(edit: Callable[[random.Random, str], str]) -> PlantedBuilder:
    """Builder applying ``edit`` to unused documents, so the result duplicates nothing."""

    def build(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
        return [
            run.record(edit(run.rng, doc.text), doc.source) for doc in run.pool.take_many(count)
        ]

    return build


def _boilerplate(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
    """Alternate news bylines/copyright footers with site menus/cookie banners."""
    records = []
    for i, doc in enumerate(run.pool.take_many(count)):
        if i % 2:
            records.append(run.record(noise.site_chrome(run.rng, doc), doc.source))
        else:
            text = noise.news_article(run.rng, doc)
            records.append(run.record(text, "news", license="all-rights-reserved"))
    return records


def _pii(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
    return [
        run.record(noise.with_pii(run.rng, doc, i), doc.source)
        for i, doc in enumerate(run.pool.take_many(count))
    ]


def _spam(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
    styles = noise.SPAM_STYLES
    return [
        run.record(styles[i % len(styles)](run.rng), "spam", license=None) for i in range(count)
    ]


def _generated(make: Callable[[random.Random], str], source: str) -> PlantedBuilder:
    def build(run: _Run, docs: Sequence[Document], count: int) -> list[Record]:
        return [run.record(make(run.rng), source) for _ in range(count)]

    return build


PLANTED_WEB: dict[str, PlantedBuilder] = {
    "exact_duplicates": _same_text,
    "near_duplicates": _near_duplicates,
    "nfd": _nfd,
    "zero_width": _fresh(noise.with_zero_width),
    "control_chars": _fresh(noise.with_control_chars),
    "boilerplate": _boilerplate,
    "spam": _spam,
    "english": _generated(noise.english_text, "foreign"),
    "japanese": _generated(noise.japanese_text, "foreign"),
    "pii": _pii,
    "whitespace_only": _generated(lambda rng: rng.choice(WHITESPACE_ONLY), "misc"),
    "empty": _generated(lambda rng: "", "misc"),
}


def _web_records(run: _Run) -> tuple[list[Record], list[Document]]:
    """Clean records plus every planted kind, shuffled together; also returns the clean docs."""
    per_scale = WEB_RECORDS_PER_SCALE
    clean_docs = run.pool.take_many(per_scale["clean"] * run.scale)
    records = [run.record(doc.text, doc.source) for doc in clean_docs]
    run.kinds["clean"] += len(records)
    for kind, build in PLANTED_WEB.items():
        planted = build(run, clean_docs, per_scale[kind] * run.scale)
        run.kinds[kind] += len(planted)
        records.extend(planted)
    run.rng.shuffle(records)
    return records, clean_docs


def _broken_lines(run: _Run, part: int) -> list[bytes]:
    """Lines a JSONL reader must reject without dying; the blank line is not a record."""
    meta = run.record(None)
    del meta["text"]
    lines = [
        b'{"id": "x", "text": ',
        _json_line([run.record("배열 안에 들어 있는 레코드입니다.")]),
        _json_line("객체가 아닌 문자열 한 줄입니다."),
        _json_line(meta),
        _json_line(meta | {"text": None}),
        _json_line(meta | {"text": 12345}),
        b'{"id": "bad-utf8-%d", "text": "\xff\xfe\xc3\x28 \xea\xb0"}' % part,
    ]
    run.kinds["broken"] += len(lines)
    return [*lines, b""]


def _web_files(run: _Run, records: Sequence[Record]) -> dict[str, list[bytes]]:
    """Deal records round-robin over the three files; broken lines go in the first two."""
    files = {}
    for part, name in enumerate(WEB_FILES):
        lines = [_json_line(record) for record in records[part :: len(WEB_FILES)]]
        if part < 2:
            for line in _broken_lines(run, part):
                lines.insert(run.rng.randint(0, len(lines)), line)
        files[name] = lines
    return files


def _parquet_rows(run: _Run, clean_docs: Sequence[Document]) -> list[tuple[str, str | None, str]]:
    counts = {kind: n * run.scale for kind, n in PARQUET_PER_SCALE.items()}
    texts: list[str | None] = [doc.text for doc in run.pool.take_many(counts["fresh"])]
    texts += [doc.text for doc in run.pick(clean_docs, counts["exact_duplicates"])]
    texts += [None] * counts["null_text"]
    run.kinds["exact_duplicates"] += counts["exact_duplicates"]
    run.kinds["null_text"] += counts["null_text"]
    run.rng.shuffle(texts)
    records = [run.record(text) for text in texts]
    return [(r["id"], r["text"], r["url"]) for r in records]


def _from_faq(doc: Document) -> bool:
    return doc.source == "debian-faq"


def _blocks_text(run: _Run) -> tuple[str, int]:
    """One-paragraph documents separated by blank lines, one of them repeated."""
    faq = [run.pool.take(_from_faq) for _ in range(BLOCK_DOCS_PER_SCALE * run.scale)]
    blocks = [" ".join(doc.body) for doc in faq]
    blocks.insert(run.rng.randint(0, len(blocks)), run.rng.choice(blocks))
    run.kinds["exact_duplicates"] += 1
    return "\n\n".join(blocks) + "\n", len(blocks)


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _cp949_notice(run: _Run) -> bytes:
    """A Windows-era notice in CP949 with CRLF. Its 똠 is a CP949 extension code, so a decoder
    that guesses EUC-KR fails on it."""
    doc = run.pool.take(lambda d: d.source == "kobill" and _encodable(d.text, "cp949"))
    lines = (snippets.CP949_NOTICE_TITLE, *doc.body, snippets.CP949_NOTICE_EXTRA)
    run.kinds["cp949"] += 1
    return ("\r\n".join(lines) + "\r\n").encode("cp949")


def _macos_nfd(run: _Run) -> bytes:
    run.kinds["nfd"] += 1
    return unicodedata.normalize("NFD", run.pool.take().text).encode("utf-8")


def _news_page(run: _Run, doc: Document, charset: str = "utf-8") -> str:
    outlet = run.rng.choice(snippets.OUTLETS)
    name, _ = run.rng.choice(snippets.REPORTERS)
    byline = f"{name} 기자 | 입력 {FIRST_DATE + timedelta(days=run.rng.randrange(2400))}"
    return pages.news_html(doc.title, doc.body, outlet=outlet, byline=byline, charset=charset)


def _html_page(url: str, body: bytes) -> writers.WarcPage:
    return writers.WarcPage(url, HTML_UTF8, body)


def _warc_pages(run: _Run) -> list[writers.WarcPage]:
    """Real FAQ pages, some mirrored, generated news pages and a few odd responses."""
    faq = faq_pages()
    mirrors = run.pick(faq, FAQ_MIRRORS_PER_SCALE * run.scale)
    news = run.pool.take_many(NEWS_PAGES_PER_SCALE * run.scale)
    legacy = run.pool.take(lambda doc: _encodable(doc.text, "euc_kr"))
    found = [_html_page(f"https://faq.debian.example/ko/{name}", body) for name, body in faq]
    found += [
        _html_page(f"https://mirror{i}.faq.debian.example/ko/{name}", body)
        for i, (name, body) in enumerate(mirrors)
    ]
    found += [
        _html_page(f"https://news.example.kr/view.html?idx={i}", _news_page(run, doc).encode())
        for i, doc in enumerate(news)
    ]
    found += [
        writers.WarcPage(
            "https://news.example.kr/archive/2009/notice.html",
            "text/html; charset=euc-kr",
            _news_page(run, legacy, "euc-kr").encode("euc_kr"),
        ),
        writers.WarcPage("https://news.example.kr/static/logo.png", "image/png", pages.tiny_png()),
        _html_page("https://news.example.kr/sitemap", pages.menu_only_html("한빛일보").encode()),
    ]
    run.kinds.update(exact_duplicates=len(mirrors), euc_kr=1, non_html=1, no_text_html=1)
    run.rng.shuffle(found)
    return found


def _truncated_gzip(run: _Run) -> tuple[bytes, int]:
    """Good JSONL lines in a gzip cut short, as an interrupted download leaves it."""
    docs = run.pool.take_many(TRUNCATED_LINES)
    lines = [_json_line(run.record(doc.text, doc.source)) for doc in docs]
    whole = writers.gzip_bytes(writers.jsonl_bytes(lines))
    cut = whole[: int(len(whole) * TRUNCATED_KEEP)]
    run.kinds["truncated_gzip"] += 1
    return cut, writers.readable_lines(cut)


class OutputNotEmptyError(ValueError):
    """Refuse to mix a fresh corpus with stale files: every file in out_dir is pipeline input."""


def _prepare(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise OutputNotEmptyError(f"output directory must be empty or absent: {out}")
    out.mkdir(parents=True, exist_ok=True)
    return out


class _Output:
    """Writes files under the output root and remembers format and record count of each."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, dict[str, Any]] = {}

    def add(self, name: str, fmt: str, data: bytes, records: int) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.files[name] = {"format": fmt, "records": records}


def _write_legacy(run: _Run, out: _Output) -> None:
    out.add("legacy/cp949-notice.txt", "text", _cp949_notice(run), 1)
    out.add("legacy/macos-nfd.txt", "text", _macos_nfd(run), 1)


def _write_blocks(run: _Run, out: _Output) -> None:
    blocks, count = _blocks_text(run)
    out.add("blocks/faq-blocks.txt", "text-blocks", blocks.encode("utf-8"), count)


def _write_warc(run: _Run, out: _Output) -> None:
    name = "crawl/crawl-00000.warc.gz"
    found = _warc_pages(run)
    stamps = writers.WarcStamps(run.rng, CRAWL_START + timedelta(hours=run.rng.randrange(720)))
    out.add(name, "warc", writers.warc_bytes(Path(name).name, found, stamps), len(found))


def _write_web(run: _Run, out: _Output) -> list[Document]:
    records, clean_docs = _web_records(run)
    for name, lines in _web_files(run, records).items():
        fmt = name.split("/")[-1].split(".", 1)[1]
        data = writers.COMPRESSORS[fmt](writers.jsonl_bytes(lines, bom=fmt == "jsonl"))
        out.add(name, fmt, data, writers.count_records(lines))
    return clean_docs


def _write_parquet(run: _Run, out: _Output, clean_docs: Sequence[Document]) -> None:
    rows = _parquet_rows(run, clean_docs)
    out.add("tables/part-0000.parquet", "parquet", writers.parquet_bytes(rows), len(rows))


def _write_broken(run: _Run, out: _Output) -> None:
    truncated, readable = _truncated_gzip(run)
    out.add("broken/truncated.jsonl.gz", "jsonl.gz", truncated, readable)
    out.add("broken/empty.jsonl", "jsonl", b"", 0)
    run.kinds["empty_file"] += 1


def _write_wiki(run: _Run, out: _Output) -> None:
    """A kowiki multistream dump with its index beside it, and a Namuwiki-style array."""
    docs = run.pool.take_many(WIKI_PAGES_PER_SCALE * run.scale)
    found = list(wiki.sample_pages(docs[: len(docs) // 2], run.rng))
    dump, index = wiki.multistream(found, per_stream=4)
    out.add(WIKI_DUMP, "mediawiki", dump, len(found))
    out.add(WIKI_DUMP.replace(".xml.bz2", "-index.txt.bz2"), "wiki-index", index, 1)
    namu = wiki.sample_namu_docs(docs[len(docs) // 2 :], run.rng)
    out.add("wiki/namuwiki-sample.json", "namuwiki", wiki.namuwiki_json(namu), len(namu))


def generate_corpus(out_dir: str | Path, *, seed: int = 0, scale: int = 1) -> dict:
    """Write the messy input corpus under ``out_dir`` and say what was planted where.

    Returns ``{"files": {path: {"format", "records"}}, "kinds": {kind: count}}``; the summary
    is only returned, never written, because every file in ``out_dir`` is pipeline input.
    Single-document files are built first so they get real rather than stitched text.
    """
    if scale < 1:
        raise ValueError(f"scale must be >= 1, got {scale}")
    out = _Output(_prepare(out_dir))
    run = _Run(seed, scale)
    _write_legacy(run, out)
    _write_blocks(run, out)
    _write_warc(run, out)
    clean_docs = _write_web(run, out)
    _write_parquet(run, out, clean_docs)
    _write_broken(run, out)
    _write_wiki(run, out)
    return {"files": dict(sorted(out.files.items())), "kinds": dict(sorted(run.kinds.items()))}


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {number}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="empty or missing directory to write into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=_positive_int, default=1, help="multiplies doc counts")
    args = parser.parse_args(argv)
    try:
        summary = generate_corpus(args.out_dir, seed=args.seed, scale=args.scale)
    except OutputNotEmptyError as error:
        parser.error(str(error))
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
