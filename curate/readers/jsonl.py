"""JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst): one object per line, configurable field names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import IO, Any

from curate.readers.base import INVALID_VALUE, FileContext, guarded
from curate.readers.decode import (
    SAMPLE_BYTES,
    WIDE,
    DecodeError,
    bom_encoding,
    decode_bytes,
    detect_encoding,
)
from curate.readers.stream import (
    Chunks,
    Damage,
    Line,
    peek,
    raw_chunks,
    split_lines,
    to_utf8,
    window,
)
from curate.records import Record


def _optional_str(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _loads(text: str) -> tuple[Any, tuple[str, str] | None]:
    """(the JSON value of a line, None) or (None, (reason code, detail)) when it has none."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as err:
        return None, ("malformed_json", f"malformed JSON ({err.msg} at column {err.colno})")
    except RecursionError:
        return None, ("json_too_deep", "JSON nested deeper than Python reads")
    except ValueError:
        return None, (INVALID_VALUE, "JSON number too long to read")


def parse_line(
    line: bytes, locator: str, codec: str | None, label: str | None, ctx: FileContext
) -> Record:
    """One line to one record, or to an error record naming what is wrong with it. ``codec``
    decodes the line's bytes; ``label`` is the file's encoding as recorded (they differ for
    UTF-16/32 files, transcoded to UTF-8 before splitting)."""
    fields = ctx.settings.fields
    oversize = ctx.oversize_reason(len(line))
    if oversize:
        return ctx.error(locator, "oversize", oversize, line)
    if codec is None:
        return ctx.error(locator, "undecodable", "file encoding could not be detected", line)
    try:
        text = decode_bytes(line, codec)
    except DecodeError as err:
        return ctx.error(locator, "undecodable", str(err), line)
    obj, failure = _loads(text)
    if failure is not None:
        return ctx.error(locator, *failure, line)
    if not isinstance(obj, dict):
        return ctx.error(
            locator, "not_an_object", f"JSON value is {type(obj).__name__}, not an object", line
        )
    meta = {
        "record_id": _optional_str(obj.get(fields.id)),
        "url": _optional_str(obj.get(fields.url)),
        "crawl_date": _optional_str(obj.get(fields.date)),
        "license": _optional_str(obj.get(fields.license)),
        "encoding": label,
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


def file_encodings(head: bytes, ctx: FileContext) -> tuple[str | None, str | None]:
    """(codec for each line, encoding recorded) from the file's first bytes."""
    wide = bom_encoding(head)
    if wide in WIDE:
        return "utf-8", wide
    try:
        encoding = detect_encoding(head, fallback=ctx.settings.fallback_encoding)
    except DecodeError:
        encoding = None
    return encoding, encoding


def _line_record(line: Line, codec: str | None, label: str | None, ctx: FileContext) -> Record:
    locator = f"line:{line.number}"
    if line.data is None:
        oversize = ctx.oversize_reason(line.size) or ""
        return ctx.error(locator, "oversize", oversize, digest=line.sha256)
    return parse_line(line.data, locator, codec, label, ctx)


@dataclass(frozen=True)
class Part:
    """A byte range [start, end) of an uncompressed file, both ends at line starts, read on
    its own: ``head`` is the file's first bytes (the encoding is decided from them, as for the
    whole file) and ``lines_before`` the lines before ``start``, so line numbers (and with
    them locators and doc_ids) are those of the whole file read at once."""

    head: bytes
    start: int
    end: int
    lines_before: int


def read_jsonl(raw: IO[bytes], ctx: FileContext, part: Part | None = None) -> Iterator[Record]:
    """Records of a JSON Lines file (or of one ``part`` of it), read in bounded memory; lines
    end at ``\n``, ``\r\n`` or ``\r``, and BOM-marked UTF-16/32 files are transcoded before
    they are split."""
    before = part.lines_before if part else 0
    state = {"line": before}

    def records() -> Iterator[Record]:
        if part is None:
            head, chunks = peek(raw_chunks(raw, ctx.uri), SAMPLE_BYTES)
        else:
            head, chunks = part.head, window(raw, part.start, part.end)
        codec, label = file_encodings(head, ctx)
        stream: Chunks = to_utf8(chunks, label) if label in WIDE else chunks
        for item in split_lines(stream, ctx.settings.max_record_bytes):
            if isinstance(item, Damage):
                yield ctx.damaged(item, f"line:{state['line']}")
                continue
            if before:
                item = replace(item, number=item.number + before)
            state["line"] = item.number
            if item.data is not None and not item.data.strip():
                continue
            yield _line_record(item, codec, label, ctx)

    return guarded(records(), ctx, lambda: f"line:{state['line']}")
