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
    edges = list(anchor_edges(reversed(members)))
    assert len(edges) == 4999 and all(a == "m00000" for a, _ in edges)


def test_union_find_root_is_the_smallest_member():
    union = UnionFind()
    for a, b in [("d", "c"), ("x", "y"), ("c", "b"), ("y", "d")]:
        union.union(a, b)
    assert set(union.components().values()) == {"b"}


def test_cluster_signatures_groups_equal_signatures_only():
    sigs = np.array([np.arange(128), np.arange(128), np.arange(128) + 1000], dtype=np.uint32)
    labels = cluster_signatures(["a", "b", "c"], sigs, Banding(16, 8), 0.7)
    assert labels == {"a": "a", "b": "a"}
