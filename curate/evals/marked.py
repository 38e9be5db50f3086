"""Hand-written eval records carry their labels inline, ``[[value|LABEL]]``, so that the text
and its gold spans are written in one place and cannot drift apart. Every hold-out generator
strips its marks and writes its JSONL through here."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from filters.pii.recognizers import ENTITY_TYPES

MARK = re.compile(r"\[\[(.+?)\|([A-Za-z_]+)\]\]", re.DOTALL)


def strip_marks(
    marked: str, labels: Collection[str] = ENTITY_TYPES
) -> tuple[str, list[tuple[int, int, str]]]:
    """``marked`` without its marks, and (start, end, label) of every marked value; a label
    outside ``labels`` or a mark left half-written raises ``ValueError`` naming the text."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    position = cursor = 0
    for match in MARK.finditer(marked):
        value, label = match.group(1), match.group(2)
        if label not in labels:
            raise ValueError(f"unknown label {label!r} in {marked!r}")
        before = marked[cursor : match.start()]
        position += len(before)
        parts += [before, value]
        spans.append((position, position + len(value), label))
        position += len(value)
        cursor = match.end()
    parts.append(marked[cursor:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed mark in {marked!r}")
    return text, spans


def typed_spans(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """A PII record's text and its gold spans as the eval sets store them."""
    text, spans = strip_marks(marked)
    return text, [{"type": kind, "start": start, "end": end} for start, end, kind in spans]


def write_jsonl(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """One JSON object per line, UTF-8 as written (the sets are read by people too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count
