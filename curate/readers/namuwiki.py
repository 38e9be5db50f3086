"""Namuwiki-style dumps: one JSON array of ``{namespace, title, text, contributors}`` objects,
streamed with ijson (the array is gigabytes: never held whole). Contributors are personal data
and never read into a record."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any
from urllib.parse import quote

import ijson

from curate.readers.base import INGEST, FileContext, guarded
from curate.readers.mediawiki import NAMESPACE, REDIRECT
from curate.readers.namumark import is_redirect, namumark_to_text
from curate.readers.stream import TRUNCATED, ChunkFile, Damaged, raw_chunks
from curate.records import Record, drop

NAMU_LICENSE = "CC-BY-NC-SA-2.0-KR"
NAMU_URL = "https://namu.wiki/w/"


def _document(obj: Any, locator: str, ctx: FileContext) -> Record:
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        return ctx.error(locator, "not_an_object", f"array element is {kind}, not an object")
    title = obj.get("title")
    title = title if isinstance(title, str) else None
    meta = {
        "record_id": title,
        "url": NAMU_URL + quote(title, safe="/") if title else None,
        "license": NAMU_LICENSE,
    }
    text = obj.get("text")
    if not isinstance(text, str):
        kind = "missing" if "text" not in obj else type(text).__name__
        return ctx.error(locator, "non_string_text", f"text field is {kind}, not a string", **meta)
    if str(obj.get("namespace", "0")) not in ctx.settings.wiki_namespaces:
        return drop(ctx.record(locator, "", **meta), INGEST, NAMESPACE)
    if is_redirect(text):
        return drop(ctx.record(locator, "", **meta), INGEST, REDIRECT)
    oversize = ctx.oversize_reason(len(text.encode("utf-8", "surrogatepass")))
    if oversize:
        return ctx.error(locator, "oversize", oversize, **meta)
    body = namumark_to_text(text)
    return ctx.record(locator, f"{title}\n{body}" if body and title else body, **meta)


def read_namuwiki(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """Documents of a Namuwiki JSON array; locators count array elements (``item:N``). A
    file that breaks ends with one error after the last element read (JSON cannot resume)."""
    state = {"item": 0}

    def at() -> str:
        return f"item:{state['item']}"

    def records() -> Iterator[Record]:
        stream = io.BufferedReader(ChunkFile(raw_chunks(raw, ctx.uri)))
        try:
            for obj in ijson.items(stream, "item", use_float=True):
                state["item"] += 1
                yield _document(obj, at(), ctx)
        except Damaged as err:
            yield ctx.damaged(err.damage, at())
        except ijson.IncompleteJSONError:
            yield _ended(ctx, at(), TRUNCATED, f"JSON array ends early after {at()}")
        except ijson.JSONError:
            yield _ended(ctx, at(), "malformed_json", f"JSON not well-formed after {at()}")

    return guarded(records(), ctx, at)


def _ended(ctx: FileContext, at: str, code: str, detail: str) -> Record:
    locator = f"unreadable-after:{at}"
    ctx.report.cut(locator, code, None)
    return ctx.error(locator, code, detail)
