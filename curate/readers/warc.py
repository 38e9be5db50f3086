"""WARC/WET web-crawl files: HTML responses go through trafilatura's main-text extraction,
WET conversions and text/plain responses are taken as they are."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from curate.readers.base import INGEST, FileContext, guarded
from curate.readers.decode import DecodeError, decode_bytes, detect_encoding, usable_charset
from curate.readers.extraction import DIED, ExtractionDied, Extractor, Page
from curate.readers.stream import (
    TRUNCATED,
    ByteReader,
    ChunkFile,
    Damage,
    Damaged,
    peek,
    raw_chunks,
)
from curate.records import Record, decision, drop

_DOCUMENT_TYPES = ("response", "resource", "conversion")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_VERSION = b"WARC/1."
_ARC = b"filedesc:"
_MAX_HEADER = 64 * 1024
FRAMING, BAD_RECORD = "warc_framing", "bad_warc_record"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


class _QuietArchiveIterator(ArchiveIterator):
    """warcio's iterator without the raw line it writes to stderr after a bad record end."""

    INC_RECORD = "WARNING: WARC record at offset {0} not followed by newline (content not shown)\n"


class _NoRecordContent(logging.Filter):
    """warcio logs a record's bytes (an invalid WARC-Target-URI); keep the warning, drop them."""

    def filter(self, record: logging.LogRecord) -> bool:
        kind = str(record.msg).split(":", 1)[0][:80]
        record.msg, record.args = "warcio: %s (value not shown)", (kind,)
        return True


logging.getLogger("warcio.recordloader").addFilter(_NoRecordContent())


def _content_type(record) -> tuple[str, str | None]:
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = headers.get_header("Content-Type") or ""
    mime, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val
    return mime.strip().lower(), charset


def _warc_document(record, locator: str, ctx: FileContext) -> Record | Page:
    """The record of a WARC document; an HTML page's waits for its main text (``Page``)."""
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    meta = {
        "record_id": headers.get_header("WARC-Record-ID"),
        "url": url,
        "crawl_date": headers.get_header("WARC-Date"),
    }
    mime, charset = _content_type(record)
    payload = record.content_stream().read(ctx.settings.max_record_bytes + 1)
    oversize = ctx.oversize_reason(len(payload))
    if oversize:
        return ctx.error(locator, "oversize", oversize, **meta)
    is_html = mime in _HTML_TYPES
    if not (is_html or mime.startswith("text/") or record.rec_type == "conversion"):
        return drop(ctx.record(locator, "", **meta), INGEST, "non_text_content")
    if is_html and not charset:
        found = _META_CHARSET.search(payload[:4096])
        charset = found.group(1).decode("ascii") if found else None
    notes = []
    if charset and not usable_charset(charset):
        # a charset naming no text encoding (rot13, zlib, base64): detection decides
        notes.append(decision(INGEST, "declared_charset_ignored", None, None, True))
        charset = None
    try:
        encoding = detect_encoding(
            payload, declared=charset, fallback=ctx.settings.fallback_encoding
        )
        text = decode_bytes(payload, encoding)
    except DecodeError as err:
        return ctx.error(locator, "undecodable", str(err), payload, **meta)
    meta["encoding"] = encoding
    if not is_html:
        return ctx.record(locator, text, notes, **meta)

    def finish(main: str) -> Record:
        if not main.strip():
            return drop(ctx.record(locator, "", notes, **meta), INGEST, "no_main_text")
        return ctx.record(locator, main, notes, **meta)

    return Page(text, url, finish, lambda err: _unreadable(err, locator, ctx))


def _document_or_error(data: bytes, locator: str, ctx: FileContext) -> Record | Page:
    """One framed record through warcio; a record warcio or the extraction cannot take is
    that record's error."""
    try:
        record = next(iter(_QuietArchiveIterator(io.BytesIO(data), arc2warc=True)))
        return _warc_document(record, locator, ctx)
    except Exception as err:  # noqa: BLE001 - one bad record must not end the file
        return _unreadable(err, locator, ctx)


def _unreadable(err: Exception, locator: str, ctx: FileContext) -> Record:
    """A record's error: only the exception's type, its message can quote the record."""
    if isinstance(err, ExtractionDied):
        return ctx.error(locator, BAD_RECORD, f"main text not extracted ({DIED})")
    return ctx.error(locator, BAD_RECORD, f"record could not be read ({type(err).__name__})")


class _FramingError(Exception):
    """A record header that does not frame a record: the reason detail names what."""


def _header_fields(lines: list[bytes]) -> dict[str, str]:
    fields = {}
    for line in lines:
        name, sep, value = line.partition(b":")
        if sep:
            fields[name.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
    return fields


def _read_header(reader: ByteReader, first: bytes) -> tuple[bytes, dict[str, str], int]:
    """(header bytes, fields, content length) of the record whose version line is ``first``."""
    lines = [first]
    size = len(first)
    while True:
        line = reader.readline(_MAX_HEADER)
        size += len(line)
        if not line:
            raise _FramingError("record header cut off by the end of the file")
        if not line.strip(b"\r\n"):
            break
        if size > _MAX_HEADER:
            raise _FramingError(f"record header longer than {_MAX_HEADER} bytes")
        lines.append(line)
    fields = _header_fields(lines[1:])
    length = fields.get("content-length", "")
    if not length.isascii() or not length.isdigit():
        raise _FramingError("Content-Length missing or not a number")
    return b"".join(lines) + b"\r\n", fields, int(length)


def _next_version_line(reader: ByteReader, resync: bool) -> bytes:
    """The next record's version line (b"" at the end); blank lines are skipped, and when
    ``resync`` is set so is anything else up to a line that starts a record."""
    while True:
        line = reader.readline(_MAX_HEADER)
        if not line or line.startswith(_VERSION):
            return line
        if line.strip(b"\r\n") and not resync:
            raise _FramingError("no WARC version line where a record starts")


class _Locators:
    """warcio's record offsets: the raw offset of the gzip member a record starts in (the
    stream offset for an uncompressed file), from the member starts the stream reports. A
    record that shares its member with an earlier one (a WARC gzipped whole) adds its offset
    inside the member, so locators stay unique."""

    def __init__(self, compressed: bool):
        self.starts: list[tuple[int, int]] | None = [] if compressed else None
        self._last_member: int | None = None

    def of(self, offset: int) -> str:
        if self.starts is None:
            return f"warc-offset:{offset}"
        while len(self.starts) > 1 and self.starts[1][0] <= offset:
            self.starts.pop(0)
        inner, member = self.starts[0] if self.starts else (0, offset)
        if member == self._last_member:
            return f"warc-offset:{member}+{offset - inner}"
        self._last_member = member
        return f"warc-offset:{member}"


def _framed_records(
    reader: ByteReader, ctx: FileContext, locators: _Locators, state: dict
) -> Iterator[Record | Page]:
    """Records of a WARC stream framed by their Content-Length; a bad header is one
    ``warc_framing`` error and reading resumes at the next line starting a record."""
    resync = False
    limit = ctx.settings.max_record_bytes + _MAX_HEADER
    while True:
        start = reader.offset
        try:
            first = _next_version_line(reader, resync)
            resync = False
            if not first:
                return
            start = reader.offset - len(first)
            locator = locators.of(start)
            header, fields, length = _read_header(reader, first)
        except _FramingError as err:
            yield ctx.error(f"warc-framing:{start}", FRAMING, f"{err} at byte {start}")
            resync = True
            continue
        except Damaged as err:
            yield ctx.damaged(err.damage, state["at"])
            if err.damage.resumed_at is None:
                return
            resync = True
            continue
        state["at"] = locator
        try:
            yield from _content(reader, ctx, locator, fields, header, length, limit)
        except Damaged as err:
            yield ctx.damaged(err.damage, locator)
            if err.damage.resumed_at is None:
                return
            resync = True


def _content(reader, ctx, locator, fields, header, length, limit) -> Iterator[Record | Page]:
    """The record's content: skipped unread for records that are not documents or too long."""
    kind = fields.get("warc-type")
    meta = {
        "record_id": fields.get("warc-record-id"),
        "url": fields.get("warc-target-uri"),
        "crawl_date": fields.get("warc-date"),
    }
    if kind not in _DOCUMENT_TYPES or length > limit:
        got = reader.skip(length)
        if got < length:
            yield _cut_off(reader, ctx, locator)
        elif kind in _DOCUMENT_TYPES:
            yield ctx.error(locator, "oversize", ctx.oversize_reason(length) or "", **meta)
        _skip_record_end(reader)
        return
    content = reader.read(length)
    if len(content) < length:
        yield _cut_off(reader, ctx, locator)
        return
    _skip_record_end(reader)
    yield _document_or_error(header + content + b"\r\n\r\n", locator, ctx)


def _cut_off(reader: ByteReader, ctx: FileContext, locator: str) -> Record:
    """The record the end of the file cut: the file ended early, nothing is left unread."""
    return ctx.damaged(Damage(TRUNCATED, reader.offset, None, reader.offset), locator)


def _skip_record_end(reader: ByteReader) -> None:
    """The CRLF CRLF after a record's content (fewer tolerated)."""
    end = reader.peek(4)
    size = len(end) - len(end.lstrip(b"\r\n"))
    reader.read(size)


def read_warc(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """Documents of a WARC/WET file (ARC through warcio's conversion), in bounded memory."""
    state = {"at": "file-start"}

    def records() -> Iterator[Record]:
        locators = _Locators(ctx.uri.lower().endswith(".gz"))
        chunks = raw_chunks(raw, ctx.uri, locators.starts)
        head, chunks = peek(chunks, len(_ARC))
        if head.startswith(_ARC):
            yield from _legacy_records(ChunkFile(chunks), ctx, state)
            return
        yield from _framed_records(ByteReader(chunks), ctx, locators, state)

    extractor = ctx.extractor or Extractor()
    return guarded(extractor.resolved(records()), ctx, lambda: state["at"])


def _legacy_records(stream: IO[bytes], ctx: FileContext, state: dict) -> Iterator[Record | Page]:
    """ARC files: warcio's own iteration; a failure ends the file (see ``guarded``)."""
    archive = _QuietArchiveIterator(stream, arc2warc=True)
    for record in archive:
        state["at"] = f"warc-offset:{archive.offset}"
        if record.rec_type not in _DOCUMENT_TYPES:
            continue
        yield _warc_document(record, state["at"], ctx)
