"""Benchmark decontamination for one document, without Beam: evaluation items read from
their files (the common Korean layouts), an n-gram index over them, and the items a
document's text contains.

Units are normalised eojeol (whitespace words, case-folded, stripped of everything that is
not a letter or digit, with bare choice labels such as ``A.``, ``①`` or ``3)`` dropped) or
Kiwi morpheme forms; ``benchmarks/bench_corpus_cleaning.py`` measures both. Each text field
of an item gives its own n-grams (a paste that reorders choices or adds labels between
fields still matches); an item with no field of ``n`` units is indexed on its fields joined.
A document contains an item when it holds at least ``min_overlap`` of the item's distinct
n-grams; the lines those n-grams touch are the contaminated paragraphs.

``ItemIndex.scan`` is the one place that decides: the side-input path scans against the whole
index, the join path (``pipelines.decontamination``) against an index of only the items the
join found in the document, holding only the n-grams they share with it, which gives the
same hits, overlaps and lines.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import xxhash

_NOT_WORD = re.compile(r"[^\w]|_", re.UNICODE)
# Choice labels (A, ①, 3, 가) and every other one-character word: dropped on both sides, so
# a paste that numbers its choices differently still lines up.
_LABEL = re.compile(r"^(?:.|\d{1,2})$")
MAX_RECORDED_HITS = 20


@dataclass(frozen=True)
class Layout:
    """A benchmark file layout: the fields holding an item's text, and its id field."""

    fields: tuple[str, ...]
    id_field: str = ""


# Field mappings of the common Korean evaluation sets, as published (Hugging Face datasets
# and the original repositories' files). README "Corpus-level cleaning" lists them.
LAYOUTS: dict[str, Layout] = {
    "kmmlu": Layout(("question", "A", "B", "C", "D")),
    "kobest_boolq": Layout(("paragraph", "question")),
    "kobest_copa": Layout(("premise", "alternative_1", "alternative_2")),
    "kobest_hellaswag": Layout(("context", "ending_1", "ending_2", "ending_3", "ending_4")),
    "kobest_sentineg": Layout(("sentence",)),
    "kobest_wic": Layout(("context_1", "context_2")),
    "haerae": Layout(("query", "options")),
    "click": Layout(("paragraph", "question", "choices"), "id"),
    "klue_mrc": Layout(("context", "question", "answers"), "guid"),
    "korquad": Layout(("context", "question"), "id"),
}


def eojeol_units(text: str) -> list[tuple[str, int]]:
    """(unit, line index) of each normalised eojeol; labels, one-character and
    punctuation-only words go."""
    out = []
    for index, line in enumerate(unicodedata.normalize("NFC", text).split("\n")):
        for word in line.casefold().split():
            unit = _NOT_WORD.sub("", word)
            if unit and not _LABEL.match(unit):
                out.append((unit, index))
    return out


def morpheme_units(text: str) -> list[tuple[str, int]]:
    """(morpheme form, line index) from Kiwi, punctuation and labels left out."""
    from filters.analysis import get_kiwi

    text = unicodedata.normalize("NFC", text)
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            starts.append(index + 1)
    out = []
    for token in get_kiwi().tokenize(text):
        unit = _NOT_WORD.sub("", token.form.casefold())
        if unit and not _LABEL.match(unit):
            line = int(np.searchsorted(starts, token.start, side="right")) - 1
            out.append((unit, line))
    return out


UNITS: dict[str, Callable[[str], list[tuple[str, int]]]] = {
    "eojeol": eojeol_units,
    "morpheme": morpheme_units,
}


def gram_hashes(units: Sequence[str], n: int) -> list[int]:
    """xxh3-64 of each run of ``n`` consecutive units."""
    return [
        xxhash.xxh3_64_intdigest("\x1f".join(units[i : i + n]).encode("utf-8"))
        for i in range(len(units) - n + 1)
    ]


def document_grams(text: str, unit: str, n: int) -> tuple[list[tuple[str, int]], np.ndarray]:
    """(unit, line) of each unit of ``text`` and the hash (uint64) of the n-gram starting at
    each position: what both paths look up, so they see the same n-grams."""
    found = UNITS[unit](text)
    hashes = gram_hashes([u for u, _ in found], n)
    return found, np.asarray(hashes, dtype=np.uint64)


# ----- reading benchmark files -----


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a field's value (lists and mappings walked, numbers skipped)."""
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _strings(inner)


def _rows(data: bytes, path: str) -> Iterator[dict[str, Any]]:
    name = path.lower()
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        yield from pq.read_table(io.BytesIO(data)).to_pylist()
    elif name.endswith((".csv", ".tsv")):
        text = data.decode("utf-8-sig")
        yield from csv.DictReader(
            io.StringIO(text), delimiter="\t" if name.endswith(".tsv") else ","
        )
    elif name.endswith((".jsonl", ".ndjson")):
        for line in data.decode("utf-8-sig").splitlines():
            if line.strip():
                yield json.loads(line)
    elif name.endswith(".json"):
        whole = json.loads(data.decode("utf-8-sig"))
        if isinstance(whole, dict):
            whole = whole.get("data", whole.get("rows", [whole]))
        yield from whole
    else:
        raise ValueError(f"{path}: unknown benchmark format (jsonl, json, parquet, csv, tsv)")


def _squad_items(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, list[str]]]:
    """KorQuAD 1.0 / SQuAD: data[].paragraphs[].context and qas[].question; one item per
    paragraph (its context and questions), named by its first question's id."""
    for article, row in enumerate(rows):
        for number, paragraph in enumerate(row.get("paragraphs") or []):
            qas = paragraph.get("qas") or []
            texts = [
                *_strings(paragraph.get("context")),
                *_strings([q.get("question") for q in qas]),
            ]
            first = next((str(q["id"]) for q in qas if q.get("id") is not None), None)
            yield first or f"{article}/{number}", texts


def read_items(
    data: bytes, path: str, layout: str, fields: Sequence[str] = (), id_field: str = ""
) -> Iterator[tuple[str, list[str]]]:
    """(item id, text of each field) for every item of a benchmark file; ``fields`` and
    ``id_field`` override the layout's. Raises ``ValueError`` naming the file when it cannot
    be read or has none of the fields."""
    known = LAYOUTS.get(layout)
    names = tuple(fields) or (known.fields if known else ())
    if not names:
        raise ValueError(f"{path}: layout {layout} needs `fields` (the item's text fields)")
    id_name = id_field or (known.id_field if known else "")
    try:
        rows = list(_rows(data, path))
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as err:
        raise ValueError(f"{path}: not readable as {layout} ({type(err).__name__})") from err
    if layout == "korquad" and not fields and any("paragraphs" in r for r in rows[:1]):
        yield from _squad_items(rows)
        return
    if rows and not any(name in rows[0] for name in names):
        raise ValueError(f"{path}: none of the fields {', '.join(names)} in its first item")
    for number, row in enumerate(rows):
        texts = [text for name in names for text in _strings(row.get(name))]
        item_id = row.get(id_name) if id_name else None
        yield (str(item_id) if item_id is not None else str(number)), texts


# ----- the index -----


@dataclass(frozen=True)
class Item:
    benchmark: str
    item_id: str
    grams: int


def item_grams(texts: Sequence[str], units: Callable[[str], list], n: int) -> set[int]:
    """The distinct n-grams an item is known by: each field's own, or, when no field has
    ``n`` units, its fields joined."""
    per_field = [[unit for unit, _ in units(text)] for text in texts]
    grams = {g for field in per_field for g in gram_hashes(field, n)}
    if not grams:
        grams = set(gram_hashes([unit for field in per_field for unit in field], n))
    return grams


@dataclass(frozen=True)
class Hit:
    """An item a document contains: how much of it, and which lines hold it."""

    benchmark: str
    item_id: str
    overlap: float
    lines: frozenset[int]


class ItemIndex:
    """Sorted n-gram hashes (uint64) with the item each belongs to (int32): 12 bytes an
    n-gram, shipped to workers as a side input."""

    def __init__(self, unit: str, n: int, items: list[Item], grams: np.ndarray, owners: np.ndarray):
        self.unit = unit
        self.n = n
        self.items = items
        self.grams = grams
        self.owners = owners

    @classmethod
    def of(cls, unit: str, n: int, items: Iterable[tuple[Item, Iterable[int]]]) -> ItemIndex:
        """From items and their distinct n-gram hashes. The hashes may be a subset of an
        item's (the join path's matched n-grams): overlap is always against ``Item.grams``."""
        kept: list[Item] = []
        hashes: list[int] = []
        owners: list[int] = []
        for item, grams in items:
            ordered = sorted(grams)
            hashes.extend(ordered)
            owners.extend([len(kept)] * len(ordered))
            kept.append(item)
        order = np.argsort(np.asarray(hashes, dtype=np.uint64), kind="stable")
        return cls(
            unit,
            n,
            kept,
            np.asarray(hashes, dtype=np.uint64)[order],
            np.asarray(owners, dtype=np.int32)[order],
        )

    @classmethod
    def build(cls, entries: Iterable[tuple[str, str, list[str]]], unit: str, n: int) -> ItemIndex:
        """From (benchmark, item id, field texts); items too short for one n-gram are left
        out."""
        units = UNITS[unit]
        grams = (
            (benchmark, item_id, item_grams(texts, units, n))
            for benchmark, item_id, texts in entries
        )
        return cls.of(unit, n, ((Item(b, i, len(g)), g) for b, i, g in grams if g))

    def __len__(self) -> int:
        return len(self.grams)

    def scan(self, text: str, min_overlap: float) -> list[Hit]:
        """The items ``text`` contains, largest overlap first (then benchmark, item id)."""
        if not len(self.grams):
            return []
        found, hashes = document_grams(text, self.unit, self.n)
        if not len(hashes):
            return []
        left = np.searchsorted(self.grams, hashes, side="left")
        right = np.searchsorted(self.grams, hashes, side="right")
        matched: dict[int, set[int]] = {}
        lines: dict[int, set[int]] = {}
        for position in np.flatnonzero(right > left):
            gram = int(hashes[position])
            span = {line for _, line in found[position : position + self.n]}
            for owner in self.owners[left[position] : right[position]]:
                matched.setdefault(int(owner), set()).add(gram)
                lines.setdefault(int(owner), set()).update(span)
        hits = []
        for owner, grams in matched.items():
            item = self.items[owner]
            overlap = len(grams) / item.grams
            if overlap >= min_overlap:
                hits.append(Hit(item.benchmark, item.item_id, overlap, frozenset(lines[owner])))
        hits.sort(key=lambda h: (-h.overlap, h.benchmark, h.item_id))
        return hits


def cut_lines(text: str, lines: Iterable[int]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` without ``lines``, and (line index, chars) of each line removed."""
    drop = set(lines)
    kept, removed = [], []
    for index, line in enumerate(text.split("\n")):
        if index in drop:
            removed.append((index, len(line)))
        else:
            kept.append(line)
    return "\n".join(kept).strip("\n"), removed
