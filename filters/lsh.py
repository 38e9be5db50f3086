"""Locality-sensitive hashing over MinHash signatures: band keys, the S-curve, similarity
estimates and the union-find used where a graph is known to be small.

Plain numpy and hashlib, so the eval and the Beam stage share one definition of a band.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Banding:
    bands: int
    rows: int

    def check(self, num_perm: int) -> None:
        if self.bands < 1 or self.rows < 1:
            raise ValueError("bands and rows must be >= 1")
        if self.bands * self.rows > num_perm:
            raise ValueError(
                f"bands × rows = {self.bands * self.rows} exceeds num_perm = {num_perm}"
            )

    @property
    def threshold(self) -> float:
        """The Jaccard similarity where the S-curve is steepest, (1/b)^(1/r)."""
        return (1.0 / self.bands) ** (1.0 / self.rows)

    def candidate_probability(self, jaccard: float) -> float:
        """P(two documents with this Jaccard share at least one band) = 1-(1-J^r)^b."""
        return 1.0 - (1.0 - jaccard**self.rows) ** self.bands


def band_keys(signature: np.ndarray, banding: Banding) -> list[bytes]:
    """One key per band: the band index and a 16-byte digest of its rows."""
    rows = np.ascontiguousarray(signature[: banding.bands * banding.rows], dtype="<u4")
    chunks = rows.reshape(banding.bands, banding.rows)
    return [
        band.to_bytes(2, "big") + hashlib.blake2b(chunk.tobytes(), digest_size=14).digest()
        for band, chunk in enumerate(chunks)
    ]


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The fraction of equal MinHash values, an unbiased Jaccard estimate."""
    return float(np.count_nonzero(a == b)) / len(a)


def scurve_table(banding: Banding, points: Iterable[float] = ()) -> list[tuple[float, float]]:
    points = list(points) or [0.5 + 0.05 * i for i in range(10)]
    return [(round(j, 2), banding.candidate_probability(j)) for j in points]


def anchor_edges(members: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Link every member of a bucket to its smallest member: linear, never quadratic, even
    for boilerplate that collides in the thousands. Two passes over ``members`` (Beam's
    grouped values can be iterated again) and nothing kept between them, so a bucket of any
    size costs constant memory; a member listed twice gives its edge twice."""
    if iter(members) is members:
        raise TypeError("anchor_edges reads its members twice: pass a list or grouped values")
    anchor = min(members, default=None)
    for member in members:
        if member != anchor:
            yield anchor, member


class UnionFind:
    """Union-find whose root is always the smallest node of its component; for graphs
    already known to be small."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self.parent[high] = low

    def components(self) -> dict[str, str]:
        """node → smallest node of its component."""
        return {node: self.find(node) for node in list(self.parent)}


def cluster_signatures(
    ids: list[str], sigs: np.ndarray, banding: Banding, verify_threshold: float = 0.0
) -> dict[str, str]:
    """In-process reference of the Beam stage's graph: bands → anchor edges → verification →
    components. Returns id → cluster label (smallest id) for ids in a cluster of two or more.
    Used by the evaluation; the pipeline computes the same graph distributed."""
    buckets: dict[bytes, list[str]] = {}
    for doc_id, sig in zip(ids, sigs, strict=True):
        for key in band_keys(sig, banding):
            buckets.setdefault(key, []).append(doc_id)
    row_of = {doc_id: index for index, doc_id in enumerate(ids)}
    union = UnionFind()
    for members in buckets.values():
        for anchor, member in anchor_edges(members):
            similar = (
                verify_threshold <= 0
                or estimated_jaccard(sigs[row_of[anchor]], sigs[row_of[member]]) >= verify_threshold
            )
            if similar:
                union.union(anchor, member)
    return union.components()
