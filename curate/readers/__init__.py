"""Readers turn one input file into records; the file format is chosen by extension."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO

from curate.readers.base import FileContext
from curate.readers.jsonl import read_jsonl
from curate.readers.parquet import read_parquet
from curate.readers.text import read_text
from curate.readers.warc import read_warc
from curate.records import Record

Reader = Callable[[IO[bytes], FileContext], Iterator[Record]]

_BY_SUFFIX: tuple[tuple[tuple[str, ...], Reader], ...] = (
    ((".jsonl", ".ndjson", ".json"), read_jsonl),
    ((".parquet",), read_parquet),
    ((".warc", ".wet", ".arc"), read_warc),
    ((".txt", ".text"), read_text),
)
_COMPRESSION = (".gz", ".zst", ".zstd")
SUPPORTED = ", ".join(s for suffixes, _ in _BY_SUFFIX for s in suffixes) + " (.gz/.zst too)"


def reader_for(path: str) -> Reader | None:
    """The reader for ``path`` (compressed variants included), or None when unsupported."""
    name = path.lower()
    for compression in _COMPRESSION:
        if name.endswith(compression):
            name = name[: -len(compression)]
            break
    for suffixes, reader in _BY_SUFFIX:
        if name.endswith(suffixes):
            return reader
    return None


def read_records(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    reader = reader_for(ctx.uri)
    if reader is None:
        yield ctx.error(
            "file", "unsupported_file", f"unsupported file type; expected one of: {SUPPORTED}"
        )
        return
    yield from reader(raw, ctx)


__all__ = ["FileContext", "Reader", "read_records", "reader_for"]
