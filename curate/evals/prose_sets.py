"""What the real-prose name hold-outs share (``pii_prose_holdout3``, ``pii_prose_holdout4``):
label tables for real excerpts, ``[[name|c/p/n]]`` marks in written paragraphs, and the checks
that make a build fail (a labelled name not found, a table naming a missing file, a marked
name that also occurs unmarked).

Each record: ``id``, ``source``, ``text``, ``names`` (start, end and hand label of every name
mention: ``contact``, ``public`` or ``not``) and ``spans`` (a PERSON span per ``contact``
mention, the only place a ``<|name|>`` is right under ``pii.person: contact``)."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from curate.evals.marked import strip_marks

C, P, N = "contact", "public", "not"
MARK_LABELS = {"c": C, "p": P, "n": N}


@dataclass(frozen=True)
class ProseSet:
    """One hold-out: its name (the id and source prefix of written paragraphs), the folder of
    real excerpts, the folder -> (source, id prefix) map, the label tables of the excerpts
    (``folder/stem`` -> name -> label), the written paragraphs' TSV and the output JSONL."""

    name: str
    sources: Path
    source_dirs: dict[str, tuple[str, str]]
    labels: dict[str, dict[str, str]]
    written: Path
    out: Path


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def _latin_end(text: str, j: int) -> bool:
    return j == len(text) or not (text[j].isascii() and (text[j].isalnum() or text[j] in "_@"))


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Every occurrence of `name` in `text` that starts a word and is not continued by a Latin
    letter, digit or `@` (a Hangul particle may follow; a handle before `@` is an address)."""
    return [
        (m.start(), m.end())
        for m in re.finditer(re.escape(name), text)
        if _word_start(text, m.start()) and _latin_end(text, m.end())
    ]


def label_all(text: str, labels: dict[str, str], where: str) -> list[dict]:
    """Label every occurrence of each name, longest names first."""
    taken: list[tuple[int, int]] = []
    names = []
    for name in sorted(labels, key=len, reverse=True):
        every = occurrences(text, name)
        if not every:
            raise ValueError(f"{where}: {name!r} not found")
        found = [(s, e) for s, e in every if all(e <= a or s >= b for a, b in taken)]
        for s, e in found:
            taken.append((s, e))
            names.append({"start": s, "end": e, "label": labels[name]})
    return sorted(names, key=lambda n: n["start"])


def parse_marked(marked: str, where: str) -> tuple[str, list[dict]]:
    """Strip `[[name|c/p/n]]` marks; check that no marked name also occurs unmarked."""
    try:
        text, spans = strip_marks(marked, MARK_LABELS)
    except ValueError as err:
        raise ValueError(f"{where}: malformed mark") from err
    names = [{"start": a, "end": b, "label": MARK_LABELS[mark]} for a, b, mark in spans]
    marked_at = {(n["start"], n["end"]) for n in names}
    for surface in {text[n["start"] : n["end"]] for n in names}:
        if surface != surface.strip() or not surface:
            raise ValueError(f"{where}: mark {surface!r} has outer spaces")
        for s, e in occurrences(text, surface):
            inside = any(a <= s and e <= b for a, b in marked_at)
            if not inside:
                raise ValueError(f"{where}: {surface!r} at {s} is not marked")
    return text, names


def _doc(doc_id: str, source: str, text: str, names: list[dict]) -> dict:
    spans = [
        {"type": "PERSON", "start": n["start"], "end": n["end"]} for n in names if n["label"] == C
    ]
    return {"id": doc_id, "source": source, "text": text, "spans": spans, "names": names}


def real_documents(spec: ProseSet) -> list[dict]:
    docs = []
    used: set[str] = set()
    for folder, (source, prefix) in spec.source_dirs.items():
        paths = sorted((spec.sources / folder).glob("*.txt"))
        if not paths:
            raise ValueError(f"no documents in {folder}")
        for path in paths:
            text = path.read_text(encoding="utf-8").rstrip("\n")
            key = f"{folder}/{path.stem}"
            labels = spec.labels.get(key, {})
            if key in spec.labels:
                used.add(key)
            names = label_all(text, labels, key) if labels else []
            docs.append(_doc(f"{prefix}-{path.stem}", source, text, names))
    missing = set(spec.labels) - used
    if missing:
        raise ValueError(f"labels for missing files: {sorted(missing)}")
    return docs


def written_documents(spec: ProseSet) -> list[dict]:
    docs = []
    with spec.written.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            marked = row["text"].replace("\\n", "\n").replace("\\t", "\t")
            text, names = parse_marked(marked, row["id"])
            if not names:
                raise ValueError(f"{row['id']}: no marked name")
            source = f"written-{spec.name}-{row['register']}"
            docs.append(_doc(f"{spec.name}-written-{row['id']}", source, text, names))
    return docs


def build(spec: ProseSet) -> list[dict]:
    docs = real_documents(spec) + written_documents(spec)
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    for d in docs:
        if not isinstance(d["text"], str) or not d["text"].strip():
            raise ValueError(f"{d['id']}: empty text")
        for n in d["names"]:
            if n["label"] not in (C, P, N) or not 0 <= n["start"] < n["end"] <= len(d["text"]):
                raise ValueError(f"{d['id']}: bad name {n}")
    return docs


def main(spec: ProseSet) -> None:
    docs = build(spec)
    with spec.out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str], int] = {}
    per_source: dict[str, int] = {}
    for d in docs:
        per_source[d["source"]] = per_source.get(d["source"], 0) + 1
        for n in d["names"]:
            key = (d["source"], n["label"])
            counts[key] = counts.get(key, 0) + 1
    print(f"{len(docs)} documents -> {spec.out}")
    for source, k in sorted(per_source.items()):
        print(f"  {source:40} {k} documents")
    for (source, label), k in sorted(counts.items()):
        print(f"  {source:40} {label:8} {k}")
    totals: dict[str, int] = {}
    for (_, label), k in counts.items():
        totals[label] = totals.get(label, 0) + k
    print(f"  total mentions: {totals}")
