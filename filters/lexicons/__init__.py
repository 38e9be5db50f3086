"""Word lists and line patterns shipped as data files, read once per process."""

from __future__ import annotations

import functools
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a lexicon file (order kept)."""
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
