"""Readers turn one input file into records; the file format is chosen by extension."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO

from curate.readers.archive import read_tar, read_zip
from curate.readers.base import FileContext
from curate.readers.decode import SAMPLE_BYTES
from curate.readers.delimited import read_delimited
from curate.readers.jsonl import read_jsonl
from curate.readers.mediawiki import read_dump_index, read_mediawiki
from curate.readers.namuwiki import read_namuwiki
from curate.readers.nested_json import LINES, NAMUWIKI, NESTED, json_layout, read_nested_json
from curate.readers.parquet import read_parquet
from curate.readers.stream import peek, raw_chunks
from curate.readers.text import read_text
from curate.readers.warc import read_warc
from curate.records import Record

Reader = Callable[[IO[bytes], FileContext], Iterator[Record]]

# How each layout of a `.json` file is read (see ``json_layout``, which both the nested-JSON
# and the wiki readers rely on); a `namuwiki` layout goes to the wiki reader (namumark to
# plain text, redirects and other namespaces dropped).
JSON_READERS: dict[str, Reader] = {
    LINES: read_jsonl,
    NESTED: read_nested_json,
    NAMUWIKI: read_namuwiki,
}


def sniff_json(raw: IO[bytes], ctx: FileContext) -> str:
    """The layout of a `.json` file (``lines``, ``nested``, ``namuwiki``) from its first
    decompressed bytes; leaves ``raw`` rewound to its start. A first line longer than the
    sample is read up to the record limit, so JSON Lines with long lines stay JSON Lines."""
    head, chunks = peek(raw_chunks(raw, ctx.uri), SAMPLE_BYTES)
    if len(head) == SAMPLE_BYTES and b"\n" not in head and b"\r" not in head:
        head, _ = peek(chunks, ctx.settings.max_record_bytes + 1)
    raw.seek(0)
    return json_layout(head, ctx.settings.json)


def read_json(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """A `.json` file by its layout: JSON Lines, nested records, or a wiki dump."""
    reader = JSON_READERS.get(sniff_json(raw, ctx), read_nested_json)
    yield from reader(raw, ctx)


def _zip(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    return read_zip(raw, ctx, read_records)


def _tar(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    return read_tar(raw, ctx, read_records)


_BY_SUFFIX: tuple[tuple[tuple[str, ...], Reader], ...] = (
    ((".jsonl", ".ndjson"), read_jsonl),
    ((".json",), read_json),
    ((".parquet",), read_parquet),
    ((".warc", ".wet", ".arc"), read_warc),
    (("-multistream-index.txt",), read_dump_index),
    ((".txt", ".text"), read_text),
    ((".xml",), read_mediawiki),
    ((".csv", ".tsv"), read_delimited),
    ((".zip",), _zip),
    ((".tar", ".tgz"), _tar),
)
_COMPRESSION = (".gz", ".zst", ".zstd", ".bz2", ".xz")
SUPPORTED = (
    ", ".join(s for suffixes, _ in _BY_SUFFIX for s in suffixes) + " (.gz/.zst/.bz2/.xz too)"
)


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


__all__ = ["JSON_READERS", "FileContext", "Reader", "read_records", "reader_for", "sniff_json"]
