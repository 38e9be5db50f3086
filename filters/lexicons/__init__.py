"""Word lists and line patterns shipped as data files, read once per process."""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a lexicon file (order kept)."""
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


def kind_value_lines(
    lines: Iterable[str], origin: str, kinds: Collection[str], expected: str
) -> Iterator[tuple[int, str, str]]:
    """(line number, kind, value) of each ``kind:value`` line of a user's list (``#`` comments
    and blank lines skipped; the value keeps its own colons); a line of another form raises
    ``ValueError`` naming ``origin``, the line and ``expected``."""
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        kind, sep, value = line.partition(":")
        value = value.strip()
        if not sep or kind not in kinds or not value:
            raise ValueError(f"{origin}:{number}: expected {expected}, got {line!r}")
        yield number, kind, value
