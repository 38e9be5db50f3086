"""MediaWiki XML dumps (``pages-articles.xml.bz2`` and its multistream variant): pages are
streamed with an incremental XML parser and cleared once read, so memory stays flat in the
dump's size. Contributor names and IP addresses are never read into a record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO
from urllib.parse import quote, urlsplit
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from curate.readers.base import INGEST, FileContext, guarded
from curate.readers.stream import TRUNCATED, Damage, raw_chunks
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


def read_mediawiki(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """Articles of a MediaWiki XML export, one record per page (latest revision)."""
    state = {"at": "file-start"}

    def pages(parser: _Pages) -> Iterator[Record]:
        for item in raw_chunks(raw, ctx.uri):
            if isinstance(item, Damage):
                yield ctx.damaged(item, state["at"])
                if item.resumed_at is None:
                    return
                parser.resync()
                continue
            yield from _records(parser.feed(item), parser)
            if parser.not_a_dump:
                return
        yield from _records(parser.close(), parser)

    def _records(elems: Iterator[Element], parser: _Pages) -> Iterator[Record]:
        for page in elems:
            site = parser.site or _Site("", {})
            state["at"], record = _page_record(page, site, ctx)
            yield record

    def records() -> Iterator[Record]:
        parser = _Pages()
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


def _xml_error(ctx: FileContext, at: str, err: ParseError, parser: _Pages) -> Record:
    """The error ending a dump whose XML breaks (expat cannot resume): XML still open at
    the end of the file is a file cut short, anything else malformed XML; the position is
    line and column, never content."""
    line, column = getattr(err, "position", (0, 0))
    code = TRUNCATED if parser.closing else "malformed_xml"
    locator = f"unreadable-after:{at}"
    ctx.report.cut(locator, code, None)
    return ctx.error(
        locator, code, f"XML not well-formed after {at} (line {line}, column {column})"
    )


def _not_a_dump(ctx: FileContext) -> Record:
    """An ``.xml`` file that is some other XML: one error, nothing read from it."""
    ctx.report.cut("file", "not_a_mediawiki_dump", None)
    return ctx.error("file", "not_a_mediawiki_dump", "XML root element is not <mediawiki>")


def read_dump_index(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """The ``-multistream-index.txt(.bz2)`` beside a dump (offset:page id:title lines) is
    never text: one dropped record says the file was seen and left unread."""
    yield drop(ctx.record("file", ""), INGEST, DUMP_INDEX)
