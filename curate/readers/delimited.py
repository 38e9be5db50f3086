"""CSV and TSV tables with a header row: one document per row, columns named by
``ingest.fields``. CSV follows RFC 4180 (quoted fields may hold commas, quotes and newlines);
TSV follows the IANA text/tab-separated-values type (no quoting: a field never holds a tab or
a newline), since real TSV exports carry stray quotes that RFC quoting would run together."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO

from curate.readers.base import FileContext, guarded
from curate.readers.decode import SAMPLE_BYTES, WIDE
from curate.readers.jsonl import file_encodings
from curate.readers.stream import COMPRESSION, ChunkFile, Chunks, Damaged, peek, raw_chunks, to_utf8
from curate.records import Record


def _dialect(name: str) -> dict:
    base = name.lower()
    for suffix in COMPRESSION:
        base = base.removesuffix(suffix)
    if base.endswith(".tsv"):
        return {"delimiter": "\t", "quoting": csv.QUOTE_NONE}
    return {"delimiter": ","}


def _text(head: bytes, chunks: Chunks, ctx: FileContext) -> tuple[io.TextIOWrapper, str | None]:
    """The stream as text lines with their endings kept (quoted newlines survive); bytes that
    do not decode come through as lone surrogates, which make their row an error."""
    codec, label = file_encodings(head, ctx)
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


def read_delimited(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """Rows of a CSV/TSV file in bounded memory (a field is capped at the record limit); a
    row the parser rejects is one error and parsing goes on with the next line."""
    state = {"row": -1}

    def position() -> str:
        return f"row:{state['row']}" if state["row"] >= 0 else "file-start"

    def records() -> Iterator[Record]:
        limit = ctx.settings.max_record_bytes
        csv.field_size_limit(max(csv.field_size_limit(), limit + 1))
        head, chunks = peek(raw_chunks(raw, ctx.uri), SAMPLE_BYTES)
        text, label = _text(head, chunks, ctx)
        rows = csv.reader(text, strict=False, **_dialect(ctx.uri))
        header: list[str] | None = None
        while True:
            try:
                row = next(rows, None)
            except Damaged as err:
                yield ctx.damaged(err.damage, position())
                return
            except csv.Error:
                state["row"] += 1
                yield ctx.error(position(), "malformed_row", "row the CSV parser rejects")
                continue
            if row is None:
                return
            if not row:
                continue
            if header is None:
                header = [name.removeprefix("\ufeff") for name in row]
                continue
            state["row"] += 1
            yield _row_record(row, header, position(), label, ctx)

    return guarded(records(), ctx, position)
