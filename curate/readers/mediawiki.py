"""MediaWiki XML dumps (``pages-articles.xml.bz2`` and its multistream variant): pages are
streamed with an incremental XML parser and cleared once read, so memory stays flat in the
dump's size. Contributor names and IP addresses are never read into a record."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO
from urllib.parse import quote, urlsplit
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from curate.readers.base import INGEST, FileContext, guarded
from curate.readers.decode import WIDE, bom_encoding
from curate.readers.parts import first_after_points, part_chunks, tiled
from curate.readers.stream import TRUNCATED, Chunks, Damage, raw_chunks
from curate.readers.wikitext import Namespaces, wikitext_to_text
from curate.records import Record, drop

WIKIMEDIA_LICENSE = "CC-BY-SA-4.0"
_WIKIMEDIA_HOSTS = (
    "wikipedia.org", "wiktionary.org", "wikibooks.org", "wikinews.org", "wikiquote.org",
    "wikisource.org", "wikiversity.org", "wikivoyage.org", "wikimedia.org", "wikidata.org",
)  # fmt: skip
_URL_SAFE = "/:()!,;'*@$~"
REDIRECT, NAMESPACE, DUMP_INDEX = "redirect", "wiki_namespace", "wiki_dump_index"


class _Site:
    """What ``<siteinfo>`` tells about every page: where articles live, the localised
    namespace names, and the licence (Wikimedia projects: CC BY-SA 4.0)."""

    def __init__(self, base: str, namespaces: dict[int, str]):
        self.article_path = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
        self.namespaces = Namespaces(namespaces)
        host = (urlsplit(base).hostname or "").lower()
        wikimedia = any(host == h or host.endswith("." + h) for h in _WIKIMEDIA_HOSTS)
        self.license = WIKIMEDIA_LICENSE if wikimedia else None

    def url(self, title: str) -> str | None:
        if not self.article_path:
            return None
        return self.article_path + quote(title.replace(" ", "_"), safe=_URL_SAFE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(elem: Element, name: str) -> Element | None:
    return next((c for c in elem if _local(c.tag) == name), None)


def _child_text(elem: Element | None, name: str) -> str | None:
    found = None if elem is None else _child(elem, name)
    return None if found is None else (found.text or "")


def _site(elem: Element) -> _Site:
    names = {}
    spaces = _child(elem, "namespaces")
    for ns in spaces if spaces is not None else ():
        key = ns.get("key", "")
        if key.lstrip("-").isdigit():
            names[int(key)] = ns.text or ""
    return _Site(_child_text(elem, "base") or "", names)


def _page_record(page: Element, site: _Site, ctx: FileContext) -> tuple[str, Record]:
    """(locator, record) of one ``<page>``: its latest revision converted to plain text, or
    dropped (a redirect, a namespace not asked for). The contributor is never read."""
    revisions = [c for c in page if _local(c.tag) == "revision"]
    revision = revisions[-1] if revisions else None
    page_id = _child_text(page, "id") or "?"
    locator = f"page:{page_id}/rev:{_child_text(revision, 'id') or '?'}"
    title = _child_text(page, "title") or ""
    meta = {
        "record_id": page_id,
        "url": site.url(title) if title else None,
        "crawl_date": _child_text(revision, "timestamp"),
        "license": site.license,
    }
    if (_child_text(page, "ns") or "0").strip() not in ctx.settings.wiki_namespaces:
        return locator, drop(ctx.record(locator, "", **meta), INGEST, NAMESPACE)
    if _child(page, "redirect") is not None:
        return locator, drop(ctx.record(locator, "", **meta), INGEST, REDIRECT)
    wikitext = _child_text(revision, "text") or ""
    oversize = ctx.oversize_reason(len(wikitext.encode("utf-8", "surrogatepass")))
    if oversize:
        return locator, ctx.error(locator, "oversize", oversize, **meta)
    try:
        body = wikitext_to_text(wikitext, site.namespaces)
    except Exception as err:  # noqa: BLE001 - one page the parser cannot take is its error
        detail = f"wikitext could not be parsed ({type(err).__name__})"
        return locator, ctx.error(locator, "wikitext_unparsable", detail, **meta)
    text = f"{title}\n{body}" if body else ""
    return locator, ctx.record(locator, text, **meta)


class _Pages:
    """Completed ``<page>`` elements from fed bytes. After a damaged region, parsing starts
    again at the next ``<page>`` inside a fresh root, keeping the siteinfo already read."""

    def __init__(self) -> None:
        self._parser = XMLPullParser(events=("start", "end"))
        self._root: Element | None = None
        self._seeking: bytes | None = None
        self.site: _Site | None = None
        self.not_a_dump = False
        self.closing = False
        self.depth = 0  # elements open, the root included

    def resync(self) -> None:
        self._seeking, self._root = b"", None

    def feed(self, data: bytes) -> Iterator[Element]:
        if self._seeking is not None:
            data = self._seeking + data
            at = data.find(b"<page>")
            if at < 0:
                self._seeking = data[-5:]
                return
            self._seeking, data = None, data[at:]
            self._parser = XMLPullParser(events=("start", "end"))
            self._parser.feed(b"<mediawiki>")
            self.depth = 0
        self._parser.feed(data)
        yield from self._events()

    def close(self) -> Iterator[Element]:
        if self._seeking is None:
            self.closing = True
            self._parser.close()
            yield from self._events()

    def _events(self) -> Iterator[Element]:
        for event, elem in self._parser.read_events():
            name = _local(elem.tag)
            self.depth += 1 if event == "start" else -1
            if event == "start":
                if self._root is None:
                    self._root = elem
                    self.not_a_dump = name != "mediawiki"
                continue
            if name == "siteinfo":
                self.site = _site(elem)
            elif name != "page":
                continue
            else:
                yield elem
            elem.clear()
            if self._root is not None:
                self._root.clear()


@dataclass(frozen=True)
class Part:
    """Bytes [start, end) of a dump, both ends at page starts: ``<page>`` tags of a plain
    ``.xml`` file (``parts.page_bounds``), stream starts of a bz2 multistream dump
    (``multistream_cuts``). A part after the first reads its pages with the siteinfo from
    the file's head, so they are what a whole-file read gives."""

    start: int
    end: int


def read_mediawiki(raw: IO[bytes], ctx: FileContext, part: Part | None = None) -> Iterator[Record]:
    """Articles of a MediaWiki XML export (or of one ``part`` of it), one record per page
    (latest revision)."""
    state = {"at": "file-start"}
    size = raw.seek(0, 2) if part else 0
    closes = part is None or part.end >= size

    def chunks() -> Chunks:
        if part is None:
            return raw_chunks(raw, ctx.uri)
        return part_chunks(raw, ctx.uri, part.start, part.end)

    def pages(parser: _Pages) -> Iterator[Record]:
        for item in chunks():
            if isinstance(item, Damage):
                yield ctx.damaged(item, state["at"])
                if item.resumed_at is None:
                    return
                parser.resync()
                continue
            yield from _records(parser.feed(item), parser)
            if parser.not_a_dump:
                return
        if closes:
            yield from _records(parser.close(), parser)
        elif parser.depth > 1:
            yield _part_error(ctx, state["at"])

    def _records(elems: Iterator[Element], parser: _Pages) -> Iterator[Record]:
        for page in elems:
            site = parser.site or _Site("", {})
            state["at"], record = _page_record(page, site, ctx)
            yield record

    def records() -> Iterator[Record]:
        parser = _Pages()
        if part is not None and part.start > 0:
            parser.site = head_site(raw, ctx.uri)
            parser.resync()
        try:
            yield from pages(parser)
        except ParseError as err:
            yield (
                _not_a_dump(ctx) if parser.not_a_dump else _xml_error(ctx, state["at"], err, parser)
            )
            return
        if parser.not_a_dump:
            yield _not_a_dump(ctx)

    return guarded(records(), ctx, lambda: state["at"])


def head_site(raw: IO[bytes], name: str) -> _Site | None:
    """The ``<siteinfo>`` at the head of a dump (read up to it, or to the first page)."""
    raw.seek(0)
    parser = _Pages()
    try:
        for item in raw_chunks(raw, name):
            if isinstance(item, Damage) or next(parser.feed(item), None) is not None:
                break
            if parser.site is not None or parser.not_a_dump:
                break
    except ParseError:
        pass
    return parser.site


_PROLOG = re.compile(rb"\s*(?:<\?xml(?P<decl>[^>]*)\?>)?(?:\s*<!--.*?-->)*\s*<mediawiki[\s>]", re.S)
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._-]+)""")


def splittable_xml(head: bytes) -> bool:
    """Whether a plain ``.xml`` file can be read in parts: its root is ``<mediawiki>`` and it
    is UTF-8 (a part is parsed without the XML declaration, so as UTF-8)."""
    if bom_encoding(head) in WIDE:
        return False
    prolog = _PROLOG.match(head.removeprefix(b"\xef\xbb\xbf"))
    declared = prolog and _ENCODING.search(prolog.group("decl") or b"")
    return prolog is not None and (not declared or declared.group(1).lower() in (b"utf-8", b"utf8"))


MULTISTREAM, MULTISTREAM_INDEX = "-multistream.xml.bz2", "-multistream-index.txt.bz2"
_BZ2_STREAM = re.compile(rb"BZh[1-9]1AY&SY")


def index_path(dump: str) -> str | None:
    """The ``-multistream-index.txt.bz2`` beside a multistream dump, by name."""
    if not dump.lower().endswith(MULTISTREAM):
        return None
    return dump[: -len(MULTISTREAM)] + MULTISTREAM_INDEX


def stream_starts(index_lines: Iterable[bytes]) -> list[int]:
    """The distinct stream offsets an index names (``offset:page id:title`` lines)."""
    starts = set()
    for line in index_lines:
        offset = line.split(b":", 1)[0].strip()
        if offset.isdigit():
            starts.add(int(offset))
    return sorted(starts)


def multistream_cuts(
    raw: IO[bytes], starts: list[int], size: int, split_bytes: int
) -> list[tuple[int, int]]:
    """Parts of a multistream dump: groups of whole page streams, cut at the first stream
    start after each nominal split point; the first part holds the siteinfo stream, the last
    the closing one. The last page stream in the file never starts a part (a cut-short dump
    is cut there, and its error then names the same last page read as a whole-file read);
    empty (read whole) when a cut is no bz2 stream start, an index of another dump."""
    pages = [offset for offset in starts if 0 < offset < size][:-1]
    cuts = [offset for offset, _ in first_after_points(((o, None) for o in pages), split_bytes)]
    for cut in cuts:
        raw.seek(cut)
        if not _BZ2_STREAM.match(raw.read(10)):
            return []
    return tiled(cuts, size)


def _xml_error(ctx: FileContext, at: str, err: ParseError, parser: _Pages) -> Record:
    """The error ending a dump whose XML breaks (expat cannot resume): XML still open at
    the end of the file is a file cut short, anything else malformed XML; the position is
    line and column, never content."""
    line, column = getattr(err, "position", (0, 0))
    code = TRUNCATED if parser.closing else "malformed_xml"
    locator = f"unreadable-after:{at}"
    ctx.report.cut(locator, code, None)
    if parser.closing:
        return ctx.error(locator, code, f"XML still open at the end of the file, after {at}")
    return ctx.error(
        locator, code, f"XML not well-formed after {at} (line {line}, column {column})"
    )


def _part_error(ctx: FileContext, at: str) -> Record:
    """A part that ends inside an element: its last page was cut by a ``<page>`` that is no
    page start (in a comment or CDATA), so the page is lost, and said so."""
    locator = f"unreadable-after:{at}"
    ctx.report.cut(locator, "malformed_xml", None)
    return ctx.error(locator, "malformed_xml", f"part of the dump ends inside a page after {at}")


def _not_a_dump(ctx: FileContext) -> Record:
    """An ``.xml`` file that is some other XML: one error, nothing read from it."""
    ctx.report.cut("file", "not_a_mediawiki_dump", None)
    return ctx.error("file", "not_a_mediawiki_dump", "XML root element is not <mediawiki>")


def read_dump_index(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """The ``-multistream-index.txt(.bz2)`` beside a dump (offset:page id:title lines) is
    never text: one dropped record says the file was seen and left unread."""
    yield drop(ctx.record("file", ""), INGEST, DUMP_INDEX)
