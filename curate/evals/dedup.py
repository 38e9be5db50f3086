"""Accuracy of near-duplicate detection on real Korean text with controlled edits.

Every source document of the sample corpus gets edited copies (sentence insertions and
deletions, word replacements, added boilerplate, reordered paragraphs, whitespace-only
changes, NFD copies, and two edits at once). Ground truth is the exact Jaccard similarity of
the pipeline's shingles over normalized text: a pair is a near-duplicate when it reaches the
threshold. Our engine and datasketch's MinHashLSH (same signatures, bands and rows) are
scored on pairs and on clusters.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
import xxhash

from curate.sample.noise import NEAR_DUPLICATE_EDITS
from curate.sample.texts import Document, source_documents
from curate.settings import NearDedupSettings
from filters.lsh import Banding, UnionFind, cluster_signatures
from filters.minhash import signatures
from filters.normalize import normalize_text


@dataclass(frozen=True)
class LabelledSet:
    ids: list[str]
    texts: list[str]
    edit_of: dict[str, tuple[str, str]]


def _nfd(rng: random.Random, doc: Document, donor: Document) -> str:
    return unicodedata.normalize("NFD", doc.text)


def _two_edits(rng: random.Random, doc: Document, donor: Document) -> str:
    first, second = rng.sample(NEAR_DUPLICATE_EDITS, 2)
    edited = first(rng, doc, donor)
    return second(rng, Document(doc.source, tuple(edited.split("\n"))), donor)


EDITS: dict[str, Callable[[random.Random, Document, Document], str]] = {
    **{edit.__name__: edit for edit in NEAR_DUPLICATE_EDITS},
    "nfd_copy": _nfd,
    "two_edits": _two_edits,
}


def labelled_set(seed: int = 0, variants: int = 4) -> LabelledSet:
    rng = random.Random(seed)
    docs = [d for d in source_documents() if len(d.paragraphs) > 2]
    ids, texts, edit_of = [], [], {}
    for index, doc in enumerate(docs):
        base = f"d{index:04d}"
        ids.append(base)
        texts.append(doc.text)
        for number, name in enumerate(rng.sample(sorted(EDITS), variants)):
            doc_id = f"{base}-v{number}"
            ids.append(doc_id)
            texts.append(EDITS[name](rng, doc, rng.choice(docs)))
            edit_of[doc_id] = (base, name)
    return LabelledSet(ids, texts, edit_of)


def shingle_sets(texts: list[str], ngram: int) -> list[np.ndarray]:
    out = []
    for text in texts:
        grams = {text[i : i + ngram] for i in range(max(1, len(text) - ngram + 1))}
        out.append(
            np.array(
                sorted(xxhash.xxh64_intdigest(g.encode("utf-8")) for g in grams), dtype=np.uint64
            )
        )
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def true_pairs(sets: list[np.ndarray], ids: list[str], threshold: float) -> set[tuple[str, str]]:
    return {
        (ids[i], ids[j])
        for i, j in combinations(range(len(ids)), 2)
        if jaccard(sets[i], sets[j]) >= threshold
    }


def components_of(pairs: set[tuple[str, str]]) -> dict[str, str]:
    union = UnionFind()
    for a, b in pairs:
        union.union(a, b)
    return union.components()


def pairs_of(labels: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for doc_id, label in labels.items():
        groups.setdefault(label, []).append(doc_id)
    return {tuple(sorted(p)) for members in groups.values() for p in combinations(members, 2)}


def _clusters(labels: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc_id, label in labels.items():
        groups.setdefault(label, set()).add(doc_id)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


def scores(predicted: set, truth: set) -> dict[str, float]:
    hits = len(predicted & truth)
    return {
        "precision": hits / len(predicted) if predicted else 1.0,
        "recall": hits / len(truth) if truth else 1.0,
    }


def datasketch_labels(
    ids: list[str], sigs: np.ndarray, banding: Banding, seed: int
) -> dict[str, str]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=sigs.shape[1], params=(banding.bands, banding.rows))
    sketches = {}
    for doc_id, sig in zip(ids, sigs, strict=True):
        sketch = MinHash(num_perm=sigs.shape[1], seed=seed, hashvalues=sig, scheme="affine32")
        sketches[doc_id] = sketch
        lsh.insert(doc_id, sketch)
    union = UnionFind()
    for doc_id, sketch in sketches.items():
        for other in lsh.query(sketch):
            if other != doc_id:
                union.union(doc_id, other)
    return {k: v for k, v in union.components().items()}


def evaluate(settings: NearDedupSettings, threshold: float, seed: int = 0) -> dict[str, Any]:
    """Pair and cluster precision/recall of our engine and datasketch on the labelled set."""
    data = labelled_set(seed)
    texts = [normalize_text(t) for t in data.texts]
    ngram = settings.ngram
    sigs = signatures(
        texts,
        num_perm=settings.num_perm,
        seed=settings.seed,
        ngram=ngram,
        hash=settings.hash,
        backend="numpy",
    )
    banding = Banding(settings.bands, settings.rows)
    truth = true_pairs(shingle_sets(texts, ngram), data.ids, threshold)
    true_clusters = _clusters(components_of(truth))
    engines = {
        "ours (verified)": cluster_signatures(data.ids, sigs, banding, settings.verify_threshold),
        "ours (no verification)": cluster_signatures(data.ids, sigs, banding, 0.0),
        "datasketch MinHashLSH": datasketch_labels(data.ids, sigs, banding, settings.seed),
    }
    results = {}
    for name, labels in engines.items():
        predicted = pairs_of(labels)
        results[name] = {
            "pairs": scores(predicted, truth),
            "clusters": scores(_clusters(labels), true_clusters),
            "edit_recall": _edit_recall(data, labels, truth),
        }
    return {
        "documents": len(data.ids),
        "true_pairs": len(truth),
        "true_clusters": len(true_clusters),
        "threshold": threshold,
        "banding": {
            "bands": banding.bands,
            "rows": banding.rows,
            "s_curve_threshold": round(banding.threshold, 3),
        },
        "engines": results,
    }


def _edit_recall(data: LabelledSet, labels: dict[str, str], truth: set) -> dict[str, float]:
    """Per edit kind: the share of (copy, original) pairs that are true near-duplicates and
    that the engine put in one cluster."""
    found: dict[str, list[bool]] = {}
    for doc_id, (base, name) in data.edit_of.items():
        if (base, doc_id) in truth:
            same = labels.get(doc_id) is not None and labels.get(doc_id) == labels.get(base)
            found.setdefault(name, []).append(same)
    return {name: round(sum(v) / len(v), 3) for name, v in sorted(found.items())}
