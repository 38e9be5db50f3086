"""Hand-written eval records carry their labels inline, ``[[value|LABEL]]``, so that the text
and its gold spans are written in one place and cannot drift apart. Every hold-out generator
strips its marks and writes its JSONL through here."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
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


# Short labels a hold-out's writer may use while writing (``[[010-…|TEL]]``).
SHORT_LABELS = {
    "PER": "PERSON",
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "CARD": "CREDIT_CARD",
    "ACC": "KR_BANK_ACCOUNT",
    "BRN": "KR_BRN",
    "PASS": "KR_PASSPORT",
    "DL": "KR_DRIVER_LICENSE",
    "IP": "IP_ADDRESS",
    "RRN": "KR_RRN",
    "FRN": "KR_FRN",
}
# Each hold-out holds at least this many gold spans of every structured type.
STRUCTURED_MINIMUMS = {label: 15 for label in SHORT_LABELS.values() if label != "PERSON"}
_SHORT_MARK = re.compile(r"\|(" + "|".join(SHORT_LABELS) + r")\]\]")


def expand_short(marked: str) -> str:
    """``marked`` with its short labels (``|PER]]``) written out in full (``|PERSON]]``)."""
    return _SHORT_MARK.sub(lambda match: "|" + SHORT_LABELS[match.group(1)] + "]]", marked)


def holdout_rows(positives: Iterable[str], negatives: Iterable[str], prefix: str) -> list[dict]:
    """A hand-marked hold-out's records: ``{prefix}-pNNN`` for each positive (which must hold
    a mark), then ``{prefix}-nNNN`` for each hard negative (which must hold none)."""
    rows: list[dict[str, Any]] = []
    for number, marked in enumerate(positives, 1):
        text, spans = typed_spans(expand_short(marked))
        if not spans:
            raise ValueError(f"positive without gold: {marked!r}")
        rows.append({"id": f"{prefix}-p{number:03d}", "text": text, "spans": spans})
    for number, marked in enumerate(negatives, 1):
        text, spans = typed_spans(expand_short(marked))
        if spans:
            raise ValueError(f"hard negative with gold: {marked!r}")
        rows.append(
            {"id": f"{prefix}-n{number:03d}", "text": text, "spans": [], "hard_negative": True}
        )
    return rows


def write_holdout(rows: list[dict], path: Path, minimums: Mapping[str, int]) -> None:
    """Write the hold-out and print its gold counts per type; a type below its minimum fails."""
    count = write_jsonl(rows, path)
    gold = Counter(span["type"] for row in rows for span in row["spans"])
    negatives = sum(1 for row in rows if row.get("hard_negative"))
    print(f"{count} records ({count - negatives} with gold, {negatives} hard negatives) -> {path}")
    for kind in minimums:
        print(f"  {kind:18s} {gold[kind]}")
    short = {kind: gold[kind] for kind, least in minimums.items() if gold[kind] < least}
    if short:
        raise ValueError(f"below minimum: {short}")
