"""WARC/WET web-crawl files: HTML responses go through trafilatura's main-text extraction,
WET conversions and text/plain responses are taken as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

import trafilatura
from warcio.archiveiterator import ArchiveIterator

from curate.readers.base import INGEST, FileContext, guarded
from curate.readers.decode import DecodeError, decode_bytes, detect_encoding
from curate.records import Record, drop

_DOCUMENT_TYPES = ("response", "resource", "conversion")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


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


def extract_main_text(html: str, url: str | None) -> str:
    """Main text of a page without menus, footers and comments; "" when there is none."""
    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        favor_precision=False,
        with_metadata=False,
    )
    return text or ""


def _warc_document(record, locator: str, ctx: FileContext) -> Record:
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
    try:
        encoding = detect_encoding(
            payload, declared=charset, fallback=ctx.settings.fallback_encoding
        )
        text = decode_bytes(payload, encoding)
    except DecodeError as err:
        return ctx.error(locator, "undecodable", str(err), payload, **meta)
    meta["encoding"] = encoding
    if not is_html:
        return ctx.record(locator, text, **meta)
    main = extract_main_text(text, url)
    if not main.strip():
        return drop(ctx.record(locator, "", **meta), INGEST, "no_main_text")
    return ctx.record(locator, main, **meta)


def read_warc(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    state = {"offset": 0}

    def records() -> Iterator[Record]:
        archive = ArchiveIterator(raw, arc2warc=True)
        for record in archive:
            state["offset"] = archive.offset
            if record.rec_type not in _DOCUMENT_TYPES:
                continue
            yield _warc_document(record, f"warc-offset:{state['offset']}", ctx)

    return guarded(records(), ctx, lambda: f"warc-offset:{state['offset']}")
