"""Nested JSON corpora (NIKL, AI Hub): one ``.json`` file holding an object or an array, with
records and their text named by paths (``ingest.json``). One document per record, never
merged or split; records are streamed with ijson, so a multi-gigabyte file is never held.

A path is dotted keys with ``[*]`` for every element of a list: NIKL is records
``document[*]``, text ``paragraph[*].form``, id ``id``. A text path that reaches several
strings (or a list of strings) joins them with newlines.
"""

from __future__ import annotations

import io
import json
from codecs import BOM_UTF8
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import ijson

from curate.readers.base import FileContext, guarded
from curate.readers.decode import SAMPLE_BYTES, bom_encoding, detect_encoding
from curate.readers.stream import ChunkFile, Chunks, Damaged, peek, raw_chunks, to_utf8
from curate.records import Record
from curate.settings import JsonPaths

EVERY = "*"
# NIKL (국립국어원 모두의 말뭉치) written/spoken corpora: found by shape when no path is set.
NIKL = JsonPaths(records="document[*]", text="paragraph[*].form", id="id")
_NIKL_PREFIX = "document.item.paragraph.item.form"


class PathError(ValueError):
    """An ``ingest.json`` path that cannot be parsed."""


def steps(path: str) -> list[str]:
    """``a.b[*].c`` → ``["a", "b", "*", "c"]``; ``[*]`` alone is every element of the root."""
    found: list[str] = []
    for number, part in enumerate(path.split(".") if path else []):
        key = part.removesuffix("[*]")
        every = key != part
        if "[" in key or "]" in key or not (key or (every and number == 0)):
            raise PathError(f"cannot parse JSON path {path!r}")
        found += ([key] if key else []) + ([EVERY] if every else [])
    return found


def resolve(value: Any, path: list[str]) -> list[Any]:
    """The values ``path`` reaches from ``value`` (several where it has ``[*]``)."""
    values = [value]
    for step in path:
        reached: list[Any] = []
        for item in values:
            if step == EVERY and isinstance(item, list):
                reached.extend(item)
            elif step != EVERY and isinstance(item, dict) and step in item:
                reached.append(item[step])
        values = reached
    return values


def head_prefixes(head: bytes) -> set[str]:
    """ijson prefixes of the values that start within ``head`` (the rest of the file unseen)."""
    found: set[str] = set()
    try:
        for prefix, _event, _value in ijson.parse(io.BytesIO(head.removeprefix(BOM_UTF8))):
            found.add(prefix)
    except (ijson.JSONError, ValueError, UnicodeError):
        pass
    return found


def layout_paths(head: bytes, configured: JsonPaths, text_field: str) -> JsonPaths:
    """The paths to read with: configured ones, else NIKL's when the file has its shape,
    else each element of a top-level array (or the whole value) with ``fields.text``."""
    if configured.records or configured.text:
        return JsonPaths(
            configured.records or _root_records(head),
            configured.text or text_field,
            configured.id,
        )
    if _NIKL_PREFIX in head_prefixes(head):
        return NIKL
    return JsonPaths(_root_records(head), text_field, "")


def _root_records(head: bytes) -> str:
    return "[*]" if head.removeprefix(BOM_UTF8).lstrip().startswith(b"[") else ""


def ijson_prefix(path: list[str]) -> str:
    return ".".join("item" if step == EVERY else step for step in path)


@dataclass(frozen=True)
class _Paths:
    text: list[str]
    id: list[str]
    text_name: str


def _joined(values: list[Any]) -> str | None:
    """The text that ``values`` make: strings (or lists of strings) joined by newlines."""
    parts: list[str] = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(item, str) for item in items):
            return None
        parts.extend(items)
    return "\n".join(parts)


def _scalar(values: list[Any]) -> str | None:
    if len(values) != 1 or values[0] is None or isinstance(values[0], dict | list):
        return None
    return str(values[0])


def _record(obj: Any, locator: str, paths: _Paths, label: str, ctx: FileContext) -> Record:
    fields = ctx.settings.fields
    if not isinstance(obj, dict):
        kind = "null" if obj is None else type(obj).__name__
        return ctx.error(locator, "not_an_object", f"JSON record is {kind}, not an object")

    def top(name: str) -> str | None:
        return _scalar(resolve(obj, [name]))

    meta = {
        "record_id": _scalar(resolve(obj, paths.id)) if paths.id else top(fields.id),
        "url": top(fields.url),
        "crawl_date": top(fields.date),
        "license": top(fields.license),
        "encoding": label,
    }
    values = resolve(obj, paths.text)
    name = paths.text_name
    if not values:
        return ctx.error(locator, "missing_text", f"text path {name!r} reaches no value", **meta)
    text = _joined(values)
    if text is None:
        return ctx.error(
            locator, "non_string_text", f"text path {name!r} reaches a non-string", **meta
        )
    oversize = ctx.oversize_reason(len(text.encode("utf-8", "surrogatepass")))
    if oversize:
        return ctx.error(locator, "oversize", oversize, **meta)
    return ctx.record(locator, text, **meta)


def _utf8_stream(head: bytes, chunks: Chunks, ctx: FileContext) -> tuple[Chunks, str]:
    """The stream as UTF-8 for the parser, and the file's encoding as recorded."""
    label = bom_encoding(head) or detect_encoding(head, fallback=ctx.settings.fallback_encoding)
    return (chunks if label == "utf-8" else to_utf8(chunks, label)), label


def read_nested_json(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """Records of a nested JSON file, streamed; JSON that breaks midway ends the file with one
    error record (``malformed_json``) and every record before it kept."""
    state = {"record": -1}

    def position() -> str:
        return f"record:{state['record']}" if state["record"] >= 0 else "file-start"

    def records() -> Iterator[Record]:
        head, chunks = peek(raw_chunks(raw, ctx.uri), SAMPLE_BYTES)
        settings = ctx.settings
        paths = layout_paths(head, settings.json, settings.fields.text)
        chosen = _Paths(steps(paths.text), steps(paths.id), paths.text)
        stream, label = _utf8_stream(head, chunks, ctx)
        parsed = ijson.items(
            io.BufferedReader(ChunkFile(stream)),
            ijson_prefix(steps(paths.records)),
            use_float=True,
        )
        try:
            for obj in parsed:
                state["record"] += 1
                yield _record(obj, f"record:{state['record']}", chosen, label, ctx)
        except Damaged as err:
            yield ctx.damaged(err.damage, position())
        except ijson.JSONError:
            locator = f"unreadable-after:{position()}"
            ctx.report.cut(locator, "malformed_json", None)
            yield ctx.error(locator, "malformed_json", f"JSON malformed after {position()}")

    return guarded(records(), ctx, position)


LINES, NESTED, NAMUWIKI = "lines", "nested", "namuwiki"
_NAMUWIKI_KEYS = {"item.namespace", "item.title", "item.text"}


def json_layout(head: bytes, configured: JsonPaths) -> str:
    """How to read a ``.json`` file from its first bytes: ``lines`` (one value per line: JSON
    Lines), ``namuwiki`` (an array of {namespace, title, text} pages: the wiki reader) or
    ``nested`` (one object or array: records by ``ingest.json``). A single-line object stays
    JSON Lines unless paths are configured or it has NIKL's shape, so existing doc_ids hold."""
    body = head.removeprefix(BOM_UTF8).lstrip()
    if body[:1] not in (b"{", b"[") or bom_encoding(head) not in (None, "utf-8-sig"):
        return LINES
    first, _, rest = body.partition(b"\n")
    if _complete_value(first):
        if rest.strip() or len(head) >= SAMPLE_BYTES:
            return LINES
        if body[:1] == b"{" and not configured.records and _NIKL_PREFIX not in head_prefixes(head):
            return LINES
    if body[:1] == b"[" and head_prefixes(head) >= _NAMUWIKI_KEYS:
        return NAMUWIKI
    return NESTED


def _complete_value(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True
