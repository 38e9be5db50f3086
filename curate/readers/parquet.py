"""Parquet exports: one row per document, text and metadata columns named in the config."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import pyarrow.parquet as pq

from curate.readers.base import FileContext, guarded
from curate.records import Record
from curate.settings import plain

_BATCH_ROWS = 1024


def _row_record(row: dict[str, Any], locator: str, ctx: FileContext) -> Record:
    fields = ctx.settings.fields

    def meta(key: str) -> str | None:
        value = row.get(getattr(fields, key))
        return None if value is None else str(value)

    info = {
        "record_id": meta("id"),
        "url": meta("url"),
        "crawl_date": meta("date"),
        "license": meta("license"),
        "encoding": "utf-8",
    }
    name = fields.text
    if name not in row:
        return ctx.error(locator, "missing_text", f"missing text column {name!r}", **info)
    text = row[name]
    if isinstance(text, bytes):
        return ctx.error(
            locator,
            "non_string_text",
            f"text column {name!r} is binary, not a string",
            text,
            **info,
        )
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return ctx.error(
            locator, "non_string_text", f"text column {name!r} is {kind}, not a string", **info
        )
    oversize = ctx.oversize_reason(len(text.encode("utf-8")))
    if oversize:
        return ctx.error(locator, "oversize", oversize, text.encode("utf-8"), **info)
    return ctx.record(locator, text, **info)


def read_parquet(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    state = {"row": -1}

    def records() -> Iterator[Record]:
        table_file = pq.ParquetFile(raw)
        wanted = set(plain(ctx.settings.fields).values())
        columns = [name for name in table_file.schema_arrow.names if name in wanted]
        for batch in table_file.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                state["row"] += 1
                yield _row_record(row, f"row:{state['row']}", ctx)

    return guarded(
        records(), ctx, lambda: f"row:{state['row']}" if state["row"] >= 0 else "file-start"
    )
