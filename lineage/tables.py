"""Plain-text tables for reviewers' terminals: columns line up with Hangul (two cells wide)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

MAX_CELL = 72


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: Any, limit: int | None = MAX_CELL) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value).replace("\n", " ")
    if limit is None or width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        used += width(ch)
        if used > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def format_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    headers: Sequence[str] | None = None,
    indent: str = "",
) -> str:
    """Left-aligned text, right-aligned numbers; ``-`` for null."""
    headers = list(headers or columns)
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    numeric = []
    for c in columns:
        values = [row.get(c) for row in rows if row.get(c) is not None]
        numeric.append(bool(values) and all(isinstance(v, int | float) for v in values))
    widths = [max([width(h), *(width(r[i]) for r in cells)]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = [
            " " * (w - width(v)) + v if num else v + " " * (w - width(v))
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return (indent + "  ".join(parts)).rstrip()

    rule = indent + "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in cells)])


def key_values(pairs: Sequence[tuple[str, Any]], indent: str = "  ") -> str:
    """``label  value`` lines with the labels padded to one width; values are never cut."""
    pad = max((width(k) for k, _ in pairs), default=0)
    return "\n".join(f"{indent}{k}{' ' * (pad - width(k))}  {_cell(v, None)}" for k, v in pairs)
