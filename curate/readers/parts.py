"""Large uncompressed files read in parallel, part by part, with every record's locator (and
so its doc_id) exactly as when the file is read whole. What the formats share lives here.

A part is a byte range [start, end) whose ends sit at record starts, so each record belongs to
the one part its first byte is in; consecutive parts share their boundary, so they tile the
file. How a boundary is found depends on what a record start looks like:

- JSON Lines: right after a ``\\n`` (``line_start_at_or_after``), found from any offset, so
  each part aligns itself in parallel; a first pass counts each part's lines to number them.
- CSV/TSV: a newline inside a quoted field is no record start, and quote state depends on
  everything before, so one sequential scan per file (``delimited.plan_parts``) runs the csv
  module itself and keeps the first record start after each nominal split point.
- MediaWiki XML: at a ``<page>`` tag (``page_bounds``), which a dump never holds elsewhere
  (``<`` in text is escaped); bz2 multistream dumps at the stream starts their index lists
  (``mediawiki.multistream_cuts``), decompressed stream by stream (``part_chunks``).

BOM-marked UTF-16/32 files are never split: their newlines are not single bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import IO, TypeVar

from curate.readers.decode import WIDE, bom_encoding
from curate.readers.stream import (
    CHUNK,
    Chunks,
    Damage,
    line_start_at_or_after,
    raw_chunks,
    split_lines,
    window,
)

SPLITTABLE = (".jsonl", ".ndjson")
PAGE = b"<page>"
T = TypeVar("T")


def splittable(name: str, head: bytes) -> bool:
    """Whether a file can be read in parts: uncompressed JSON Lines without a UTF-16/32 BOM."""
    return name.lower().endswith(SPLITTABLE) and bom_encoding(head) not in WIDE


def nominal_ranges(size: int, split_bytes: int) -> list[tuple[int, int]]:
    """[start, end) ranges of at most ``split_bytes``; their ends are aligned when read."""
    return [(start, min(size, start + split_bytes)) for start in range(0, size, split_bytes)]


def first_after_points(
    starts: Iterable[tuple[int, T]], split_bytes: int
) -> Iterator[tuple[int, T]]:
    """Of the ascending record starts (offset, what is known there), the first at or after
    each nominal split point (``split_bytes``, 2 × ``split_bytes`` …), each once: where a
    file read sequentially is cut, by the same rule the parallel alignments follow."""
    point = split_bytes
    for offset, known in starts:
        if offset >= point:
            yield offset, known
            point = (offset // split_bytes + 1) * split_bytes


def tiled(cuts: Iterable[int], size: int) -> list[tuple[int, int]]:
    """The ranges between 0, each cut (ascending, inside the file) and ``size``."""
    bounds = [0, *(cut for cut in cuts if 0 < cut < size), size]
    return list(zip(bounds, bounds[1:], strict=False))


def part_bounds(raw: IO[bytes], start: int, end: int) -> tuple[int, int]:
    """A nominal range's aligned bounds: from the first line start at or after ``start`` to
    the first at or after ``end`` (the next part's start, so parts tile the file)."""
    return line_start_at_or_after(raw, start), line_start_at_or_after(raw, end)


def count_lines(raw: IO[bytes], start: int, end: int, limit: int) -> int:
    """The lines ``split_lines`` finds in [start, end), counted the way the reader numbers
    them (blank lines included)."""
    lines = 0
    for item in split_lines(window(raw, start, end), limit):
        lines = getattr(item, "number", lines)
    return lines


def find_at_or_after(raw: IO[bytes], offset: int, needle: bytes) -> int | None:
    """The first offset at or after ``offset`` where ``needle`` starts, or None."""
    raw.seek(offset)
    position, carry = offset, b""
    while chunk := raw.read(CHUNK):
        data = carry + chunk
        found = data.find(needle)
        if found >= 0:
            return position - len(carry) + found
        carry = data[-(len(needle) - 1) :] if len(needle) > 1 else b""
        position += len(chunk)
    return None


def find_last(raw: IO[bytes], needle: bytes) -> int | None:
    """The offset where ``needle`` last starts in the file, or None (read backwards)."""
    end = raw.seek(0, 2)
    carry = b""
    while end > 0:
        start = max(0, end - CHUNK)
        raw.seek(start)
        data = raw.read(end - start) + carry
        found = data.rfind(needle)
        if found >= 0:
            return start + found
        carry, end = data[: len(needle) - 1], start
    return None


def page_bounds(raw: IO[bytes], start: int, end: int) -> tuple[int, int]:
    """A nominal range of a MediaWiki XML file aligned to ``<page>`` starts. No part starts
    at the file's last ``<page>``: a dump cut short is cut in its last page, and the part
    reading that page then holds the page before it, so its error names the same last page
    read as a whole-file read does."""
    size = raw.seek(0, 2)
    last = find_last(raw, PAGE)

    def aligned(offset: int) -> int:
        if offset <= 0:
            return 0
        found = find_at_or_after(raw, offset, PAGE)
        return size if found is None or last is None or found >= last else found

    return aligned(start), aligned(end)


class Window(io.RawIOBase):
    """Bytes [start, end) of a seekable file as a file of their own (offsets from 0), so a
    decompressor reads one part's streams and stops at its end."""

    def __init__(self, raw: IO[bytes], start: int, end: int):
        self._raw, self._start, self._end = raw, start, end
        self._pos = 0
        raw.seek(start)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._end - self._start}[whence]
        self._pos = max(0, min(self._end - self._start, base + offset))
        self._raw.seek(self._start + self._pos)
        return self._pos

    def readinto(self, buffer) -> int:
        want = min(len(buffer), self._end - self._start - self._pos)
        data = self._raw.read(want) if want > 0 else b""
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)


def _shifted(damage: Damage, by: int) -> Damage:
    """A damage marker of a part with its offsets made the file's."""
    return replace(
        damage,
        offset=damage.offset + by,
        resumed_at=None if damage.resumed_at is None else damage.resumed_at + by,
        size=None if damage.size is None else damage.size + by,
    )


def part_chunks(raw: IO[bytes], name: str, start: int, end: int) -> Chunks:
    """The bytes of one part: as they are, or (``.bz2``: whole streams) decompressed stream
    by stream, damage offsets counted from the file's start."""
    if not name.lower().endswith(".bz2"):
        return window(raw, start, end)
    chunks = raw_chunks(Window(raw, start, end), name)
    return (_shifted(c, start) if isinstance(c, Damage) else c for c in chunks)
