"""Parquet exports: one row per document, text and metadata columns named in the config.

Read one row group at a time: a row group that cannot be decoded is one error record for the
rows it held and the next row group is read. A column whose values Python cannot take as they
are (invalid UTF-8 in a string, a timestamp out of range or in an unknown time zone) is read
as strings; a value still unreadable makes its row an ``invalid_value`` error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from curate.readers.base import INVALID_VALUE, FileContext, guarded
from curate.records import Record
from curate.settings import plain

_BATCH_ROWS = 1024
CORRUPT_ROW_GROUP = "corrupt_row_group"


class _Unreadable:
    """A value no conversion could read; ``why`` names the kind of problem, never the value."""

    def __init__(self, why: str):
        self.why = why


def _decoded(value: bytes | None) -> str | _Unreadable | None:
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return _Unreadable("invalid UTF-8")


def column_values(array: pa.Array) -> list[Any]:
    """Python values of one column: as Arrow converts them, else read as strings, else value
    by value with ``_Unreadable`` where one cannot be read."""
    try:
        return array.to_pylist()
    except Exception:  # noqa: BLE001 - any conversion failure falls back to strings
        pass
    kind = array.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return [_decoded(v) for v in array.cast(pa.large_binary()).to_pylist()]
    if pa.types.is_timestamp(kind) and kind.tz:
        array = array.cast(pa.timestamp(kind.unit))
    try:
        return array.cast(pa.string()).to_pylist()
    except Exception:  # noqa: BLE001
        return [_scalar(array, i) for i in range(len(array))]


def _scalar(array: pa.Array, index: int) -> Any:
    try:
        return array[index].as_py()
    except Exception:  # noqa: BLE001
        return _Unreadable(f"a {array.type} value Python cannot read")


def _row_record(row: dict[str, Any], locator: str, ctx: FileContext) -> Record:
    fields = ctx.settings.fields
    bad = next(((k, v) for k, v in row.items() if isinstance(v, _Unreadable)), None)

    def meta(key: str) -> str | None:
        value = row.get(getattr(fields, key))
        return None if value is None or isinstance(value, _Unreadable) else str(value)

    info = {
        "record_id": meta("id"),
        "url": meta("url"),
        "crawl_date": meta("date"),
        "license": meta("license"),
        "encoding": "utf-8",
    }
    if bad is not None:
        name, value = bad
        return ctx.error(locator, INVALID_VALUE, f"column {name!r} holds {value.why}", **info)
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


def _rows(batch: pa.RecordBatch) -> Iterator[dict[str, Any]]:
    columns = {name: column_values(batch.column(i)) for i, name in enumerate(batch.schema.names)}
    for index in range(batch.num_rows):
        yield {name: values[index] for name, values in columns.items()}


def row_group_rows(raw: IO[bytes]) -> list[int]:
    """Rows per row group as the footer says: what numbers rows when a file is read by row
    group on several workers (``read_parquet``'s ``part``)."""
    meta = pq.ParquetFile(raw).metadata
    return [meta.row_group(group).num_rows for group in range(meta.num_row_groups)]


def read_parquet(
    raw: IO[bytes], ctx: FileContext, part: tuple[int, int] | None = None
) -> Iterator[Record]:
    """Rows of a Parquet file, or of one ``part``: (row group, rows before it), so that its
    ``row:N`` locators are those of the whole file read at once."""
    state = {"row": (part[1] if part else 0) - 1}

    def records() -> Iterator[Record]:
        table_file = pq.ParquetFile(raw)
        wanted = set(plain(ctx.settings.fields).values())
        columns = [name for name in table_file.schema_arrow.names if name in wanted]
        meta = table_file.metadata
        first = part[1] if part else 0
        groups = [part[0]] if part else range(meta.num_row_groups)
        for group in groups:
            rows = meta.row_group(group).num_rows
            try:
                batches = table_file.iter_batches(
                    batch_size=_BATCH_ROWS, row_groups=[group], columns=columns
                )
                for batch in batches:
                    for row in _rows(batch):
                        state["row"] += 1
                        yield _row_record(row, f"row:{state['row']}", ctx)
            except Exception as err:  # noqa: BLE001 - a bad row group ends there, not the file
                yield _lost_rows(ctx, group, state["row"] + 1, first + rows, err)
            first = max(first + rows, state["row"] + 1)  # row counts in a footer can lie
            state["row"] = first - 1

    return guarded(
        records(), ctx, lambda: f"row:{state['row']}" if state["row"] >= 0 else "file-start"
    )


def _lost_rows(ctx: FileContext, group: int, start: int, end: int, err: Exception) -> Record:
    """One error record for the rows of a row group that could not be decoded."""
    ctx.report.damaged += 1
    lost = max(0, end - start)
    return ctx.error(
        f"rows:{start}-{end - 1}",
        CORRUPT_ROW_GROUP,
        f"row group {group} unreadable from row {start} ({lost} rows): {type(err).__name__}",
    )
