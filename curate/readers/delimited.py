"""CSV and TSV tables with a header row: one document per row, columns named by
``ingest.fields``. CSV follows RFC 4180 (quoted fields may hold commas, quotes and newlines);
TSV follows the IANA text/tab-separated-values type (no quoting: a field never holds a tab or
a newline), since real TSV exports carry stray quotes that RFC quoting would run together."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from curate.readers.base import FileContext, guarded
from curate.readers.decode import SAMPLE_BYTES, WIDE, bom_encoding
from curate.readers.jsonl import file_encodings
from curate.readers.parts import first_after_points
from curate.readers.stream import (
    COMPRESSION,
    ChunkFile,
    Chunks,
    Damaged,
    peek,
    raw_chunks,
    to_utf8,
    window,
)
from curate.records import Record


def _dialect(name: str) -> dict:
    base = name.lower()
    for suffix in COMPRESSION:
        base = base.removesuffix(suffix)
    if base.endswith(".tsv"):
        return {"delimiter": "\t", "quoting": csv.QUOTE_NONE}
    return {"delimiter": ","}


def _text(
    head: bytes, chunks: Chunks, ctx: FileContext, mid_file: bool = False
) -> tuple[io.TextIOWrapper, str | None]:
    """The stream as text lines with their endings kept (quoted newlines survive); bytes that
    do not decode come through as lone surrogates, which make their row an error. A part
    starting mid-file has no BOM to drop: a U+FEFF there is text, as in a whole-file read."""
    codec, label = file_encodings(head, ctx)
    if mid_file and codec == "utf-8-sig":
        codec = "utf-8"
    stream = to_utf8(chunks, label) if label in WIDE else chunks
    raw = io.BufferedReader(ChunkFile(stream))
    return io.TextIOWrapper(raw, codec or "utf-8", errors="surrogateescape", newline=""), label


def _row_record(
    row: list[str], header: list[str], locator: str, label: str | None, ctx: FileContext
) -> Record:
    fields = ctx.settings.fields
    values = dict(zip(header, row, strict=False))

    def meta(name: str) -> str | None:
        return values.get(name) or None

    info = {
        "record_id": meta(fields.id),
        "url": meta(fields.url),
        "crawl_date": meta(fields.date),
        "license": meta(fields.license),
        "encoding": label,
    }
    if len(row) != len(header):
        detail = f"row has {len(row)} fields, the header {len(header)}"
        return ctx.error(locator, "malformed_row", detail, **info)
    if fields.text not in values:
        return ctx.error(locator, "missing_text", f"missing text column {fields.text!r}", **info)
    text = values[fields.text]
    oversize = ctx.oversize_reason(len(text.encode("utf-8", "surrogateescape")))
    if oversize:
        return ctx.error(locator, "oversize", oversize, **info)
    return ctx.record(locator, text, **info)


@dataclass(frozen=True)
class Part:
    """A byte range [start, end) of an uncompressed CSV/TSV file, both ends at record starts
    (see ``plan_parts``), read on its own: ``head`` is the file's first bytes (the encoding is
    decided from them), ``rows_before`` the rows numbered before ``start`` and ``header``
    the column names read by then (None while no row has parsed), so locators and doc_ids
    are those of the whole file."""

    head: bytes
    start: int
    end: int
    rows_before: int
    header: list[str] | None


def _field_limit(limit: int) -> None:
    csv.field_size_limit(max(csv.field_size_limit(), limit + 1))


def _rows(lines: Iterable[str], name: str) -> Iterator[list[str] | None]:
    """The non-blank rows the csv module parses from ``lines``, None for a row it rejects
    (the rest of that line is skipped); ``Damaged`` passes through."""
    rows = csv.reader(lines, strict=False, **_dialect(name))
    while True:
        try:
            row = next(rows, None)
        except csv.Error:
            yield None
            continue
        if row is None:
            return
        if row:
            yield row


def _header(row: list[str]) -> list[str]:
    return [name.removeprefix("\ufeff") for name in row]


def read_delimited(raw: IO[bytes], ctx: FileContext, part: Part | None = None) -> Iterator[Record]:
    """Rows of a CSV/TSV file (or of one ``part`` of it) in bounded memory (a field is capped
    at the record limit); a row the parser rejects is one error and parsing goes on with the
    next line."""
    state = {"row": part.rows_before - 1 if part else -1}

    def position() -> str:
        return f"row:{state['row']}" if state["row"] >= 0 else "file-start"

    def records() -> Iterator[Record]:
        _field_limit(ctx.settings.max_record_bytes)
        if part is None:
            head, chunks = peek(raw_chunks(raw, ctx.uri), SAMPLE_BYTES)
        else:
            head, chunks = part.head, window(raw, part.start, part.end)
        text, label = _text(head, chunks, ctx, mid_file=bool(part and part.start))
        header = part.header if part else None
        try:
            for row in _rows(text, ctx.uri):
                if row is not None and header is None:
                    header = _header(row)
                    continue
                state["row"] += 1
                if row is None:
                    yield ctx.error(position(), "malformed_row", "row the CSV parser rejects")
                else:
                    yield _row_record(row, header or [], position(), label, ctx)
        except Damaged as err:
            yield ctx.damaged(err.damage, position())

    return guarded(records(), ctx, position)


# Encodings whose newline, quote, comma and tab bytes are never part of another character,
# so a file in them can be cut between lines and each part decoded on its own.
_SPLIT_CODECS = ("utf-8", "utf-8-sig", "cp949")


def _text_lines(chunks: Iterable[bytes], codec: str, consumed: list[int]) -> Iterator[str]:
    """Decoded lines as ``_text`` gives them to the csv module (ended by ``\\n``, ``\\r\\n`` or a
    lone ``\\r``, endings kept); ``consumed[0]`` is the byte offset after the last line given."""
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogateescape")
    pending: list[bytes] = []
    for chunk in chunks:
        if b"\n" not in chunk and b"\r" not in chunk:
            pending.append(chunk)
            continue
        lines = b"".join([*pending, chunk]).splitlines(keepends=True)
        pending = [] if lines[-1].endswith(b"\n") else [lines.pop()]
        for line in lines:
            consumed[0] += len(line)
            yield decoder.decode(line)
    tail = b"".join(pending).splitlines(keepends=True) or [b""]
    for at, line in enumerate(tail, 1):
        consumed[0] += len(line)
        if text := decoder.decode(line, final=at == len(tail)):
            yield text


def plan_parts(raw: IO[bytes], ctx: FileContext, size: int, split_bytes: int) -> list[Part]:
    """The parts of an uncompressed CSV/TSV file: one sequential pass runs the csv module over
    the file as ``read_delimited`` does and cuts at the first record start after each nominal
    split point, so quoted newlines and broken quoting end up exactly where a whole-file read
    puts them; empty when the file is better read whole (its encoding could put a newline
    byte inside a character)."""
    raw.seek(0)
    head = raw.read(SAMPLE_BYTES)
    codec, _ = file_encodings(head, ctx)
    codec = codec or "utf-8"
    if codec not in _SPLIT_CODECS or bom_encoding(head) in WIDE:
        return []
    _field_limit(ctx.settings.max_record_bytes)
    consumed = [0]

    def starts() -> Iterator[tuple[int, tuple[int, list[str] | None]]]:
        header, rows = None, 0
        for row in _rows(_text_lines(window(raw, 0, size), codec, consumed), ctx.uri):
            if row is not None and header is None:
                header = _header(row)
            else:
                rows += 1
            yield consumed[0], (rows, header)

    later = first_after_points(starts(), split_bytes)
    cuts = [(0, (0, None)), *((offset, known) for offset, known in later if offset < size)]
    ends = [offset for offset, _ in cuts[1:]] + [size]
    return [
        Part(head, start, end, rows, header)
        for (start, (rows, header)), end in zip(cuts, ends, strict=True)
    ]
