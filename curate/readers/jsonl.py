"""JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst): one object per line, configurable field names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from curate.readers.base import FileContext, decompressed, guarded
from curate.readers.decode import SAMPLE_BYTES, DecodeError, decode_bytes, detect_encoding
from curate.records import Record


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def parse_line(line: bytes, locator: str, encoding: str | None, ctx: FileContext) -> Record:
    """One line to one record, or to an error record naming what is wrong with it."""
    fields = ctx.settings.fields
    oversize = ctx.oversize_reason(len(line))
    if oversize:
        return ctx.error(locator, "oversize", oversize, line)
    if encoding is None:
        return ctx.error(locator, "undecodable", "file encoding could not be detected", line)
    try:
        obj = json.loads(decode_bytes(line, encoding))
    except DecodeError as err:
        return ctx.error(locator, "undecodable", str(err), line)
    except json.JSONDecodeError as err:
        return ctx.error(
            locator, "malformed_json", f"malformed JSON ({err.msg} at column {err.colno})", line
        )
    if not isinstance(obj, dict):
        return ctx.error(
            locator, "not_an_object", f"JSON value is {type(obj).__name__}, not an object", line
        )
    meta = {
        "record_id": _optional_str(obj.get(fields.id)),
        "url": _optional_str(obj.get(fields.url)),
        "crawl_date": _optional_str(obj.get(fields.date)),
        "license": _optional_str(obj.get(fields.license)),
        "encoding": encoding,
    }
    name = fields.text
    text = obj.get(name)
    if name not in obj:
        return ctx.error(locator, "missing_text", f"missing text field {name!r}", line, **meta)
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return ctx.error(
            locator, "non_string_text", f"text field {name!r} is {kind}, not a string", line, **meta
        )
    return ctx.record(locator, text, **meta)


def _peek(stream: IO[bytes]) -> bytes:
    return stream.peek(SAMPLE_BYTES)[:SAMPLE_BYTES] if hasattr(stream, "peek") else b""


def read_jsonl(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    stream = decompressed(raw, ctx.uri)
    state = {"line": 0}

    def records() -> Iterator[Record]:
        encoding = None
        first = True
        for line in stream:
            if first:
                first = False
                try:
                    encoding = detect_encoding(
                        line + _peek(stream), fallback=ctx.settings.fallback_encoding
                    )
                except DecodeError:
                    encoding = None
            state["line"] += 1
            if not line.strip():
                continue
            yield parse_line(line.rstrip(b"\r\n"), f"line:{state['line']}", encoding, ctx)

    return guarded(records(), ctx, lambda: f"line:{state['line']}")
