"""A release's Parquet file is built a row group at a time: the same bytes as writing the
whole table at once, with only one group's rows alive while a shard of any size is written."""

import weakref

import pyarrow as pa
import pyarrow.parquet as pq

from curate.records import SHARD_SCHEMA
from lineage.release_files import parquet_bytes

GROUP = 10_000


class Row(dict):
    """A row that can be watched with a weak reference (a plain dict cannot)."""


def row(i: int) -> Row:
    return Row(
        doc_id=f"d{i:06d}", text="한국어 문장." * (i % 7), url=None, domain="x.kr",
        source="s", lang="ko", quality_score=i / 10, token_count=i, char_count=i,
        license=None, pii_count=0,
    )  # fmt: skip


def whole_table_bytes(rows: list[dict], compression: str) -> bytes:
    sink = pa.BufferOutputStream()
    table = pa.Table.from_pylist(rows, schema=SHARD_SCHEMA)
    pq.write_table(table, sink, compression=compression, row_group_size=GROUP)
    return sink.getvalue().to_pybytes()


def test_streamed_rows_give_the_bytes_of_the_whole_table_in_groups():
    rows = [row(i) for i in range(2 * GROUP + 1)]
    data = parquet_bytes(iter(rows), SHARD_SCHEMA, "zstd")
    assert data == whole_table_bytes(rows, "zstd")
    read = pq.ParquetFile(pa.BufferReader(data))
    assert read.metadata.num_row_groups == 3 and read.metadata.num_rows == len(rows)
    assert read.read().to_pylist() == rows
    assert parquet_bytes(rows[:5], SHARD_SCHEMA, "none") == whole_table_bytes(rows[:5], None)


def test_no_rows_is_a_file_with_the_schema_and_no_rows():
    read = pq.ParquetFile(pa.BufferReader(parquet_bytes(iter(()), SHARD_SCHEMA, "zstd")))
    assert read.metadata.num_rows == 0 and read.schema_arrow == SHARD_SCHEMA


def test_only_one_group_of_rows_is_alive_at_once():
    alive = most = 0

    def freed() -> None:
        nonlocal alive
        alive -= 1

    def rows():
        nonlocal alive, most
        for i in range(3 * GROUP):
            made = row(i)
            weakref.finalize(made, freed)
            alive += 1
            most = max(most, alive)
            yield made
            del made

    parquet_bytes(rows(), SHARD_SCHEMA, "zstd")
    assert GROUP <= most <= GROUP + 1
