"""Large uncompressed JSON Lines files read in parallel, part by part, with every record's
locator (``line:N``) and so its doc_id exactly as when the file is read whole.

A part is a byte range whose ends sit right after a ``\\n`` (``line_start_at_or_after``), so
each line belongs to the one part its first byte is in. Line numbers need the lines before a
part: a first pass counts each part's lines (fast: no JSON is parsed), and the read pass starts
numbering there. BOM-marked UTF-16/32 files are never split: their newlines are not bytes.
"""

from __future__ import annotations

from typing import IO

from curate.readers.decode import WIDE, bom_encoding
from curate.readers.stream import line_start_at_or_after, split_lines, window

SPLITTABLE = (".jsonl", ".ndjson")


def splittable(name: str, head: bytes) -> bool:
    """Whether a file can be read in parts: uncompressed JSON Lines without a UTF-16/32 BOM."""
    return name.lower().endswith(SPLITTABLE) and bom_encoding(head) not in WIDE


def nominal_ranges(size: int, split_bytes: int) -> list[tuple[int, int]]:
    """[start, end) ranges of at most ``split_bytes``; their ends are aligned when read."""
    return [(start, min(size, start + split_bytes)) for start in range(0, size, split_bytes)]


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
