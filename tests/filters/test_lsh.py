import tracemalloc

import numpy as np
import pytest

from filters.lsh import Banding, UnionFind, anchor_edges, band_keys, cluster_signatures


def test_scurve_matches_the_formula_and_is_monotonic():
    banding = Banding(16, 8)
    assert banding.candidate_probability(0.8) == pytest.approx(1 - (1 - 0.8**8) ** 16)
    values = [banding.candidate_probability(j / 20) for j in range(21)]
    assert values == sorted(values)
    assert banding.threshold == pytest.approx((1 / 16) ** (1 / 8))


def test_banding_must_fit_the_signature():
    with pytest.raises(ValueError, match="exceeds num_perm = 64"):
        Banding(16, 8).check(64)


def test_band_keys_differ_by_band_and_agree_on_equal_rows():
    a = np.arange(128, dtype=np.uint32)
    b = a.copy()
    b[9] += 1
    keys_a, keys_b = band_keys(a, Banding(16, 8)), band_keys(b, Banding(16, 8))
    assert len(set(keys_a)) == 16
    assert [x == y for x, y in zip(keys_a, keys_b, strict=True)].count(False) == 1


def test_anchor_edges_are_linear():
    members = [f"m{i:05d}" for i in range(5000)]
    edges = list(anchor_edges(members[::-1]))
    assert len(edges) == 4999 and all(a == "m00000" for a, _ in edges)
    assert sorted(m for _, m in edges) == members[1:]
    with pytest.raises(TypeError, match="reads its members twice"):
        list(anchor_edges(iter(members)))


class _Regenerated:
    """A bucket whose members are made afresh on every pass, like grouped values a runner
    streams from disk: only what ``anchor_edges`` itself holds stays in memory."""

    def __init__(self, size: int):
        self.size = size

    def __iter__(self):
        return (f"member-{(i * 7919) % self.size:08d}" for i in range(self.size))


def test_anchor_edges_hold_no_bucket_in_memory():
    bucket = _Regenerated(100_000)
    tracemalloc.start()
    try:
        edges = sum(1 for _ in anchor_edges(bucket))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert edges == 99_999
    assert peak < 64 * 1024  # a list of the members alone takes ~7 MB


def test_union_find_root_is_the_smallest_member():
    union = UnionFind()
    for a, b in [("d", "c"), ("x", "y"), ("c", "b"), ("y", "d")]:
        union.union(a, b)
    assert set(union.components().values()) == {"b"}


def test_cluster_signatures_groups_equal_signatures_only():
    sigs = np.array([np.arange(128), np.arange(128), np.arange(128) + 1000], dtype=np.uint32)
    labels = cluster_signatures(["a", "b", "c"], sigs, Banding(16, 8), 0.7)
    assert labels == {"a": "a", "b": "a"}
