import tracemalloc

import numpy as np
import pytest

from curate.evals.dedup import jaccard as exact_jaccard
from curate.evals.dedup import shingle_sets
from filters.lsh import Banding, UnionFind, anchor_edges, band_keys, cluster_signatures
from pipelines.near_dedup import _bucket_entries
from tests.near_dedup_helpers import (
    agreeing_only_at,
    band_positions,
    binomial_bounds,
    default_banding,
    default_near_dedup,
    default_params,
    fewest_equal_values,
    pairs_at_jaccard,
    sign,
)


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


JACCARD_POINTS = (0.5, 0.6, 0.7, 0.8, 0.9)
PAIRS_PER_POINT = 400


@pytest.mark.parametrize("jaccard", JACCARD_POINTS)
def test_band_collisions_follow_the_default_s_curve(jaccard):
    """What ``curate dedup scurve`` promises for the shipped banding is what band keys of
    real signatures deliver: pairs at an exact Jaccard share a band at that rate, within
    binomial error. A swap of bands and rows (0.947 → 0.204 at 0.8) cannot pass."""
    params, banding = default_params(), default_banding()
    pairs = pairs_at_jaccard(jaccard, PAIRS_PER_POINT, params.ngram)
    first = shingle_sets(list(pairs[0]), params.ngram)
    assert exact_jaccard(*first) == pytest.approx(jaccard)
    sigs = sign([text for pair in pairs for text in pair], params)
    candidates = sum(
        bool(set(band_keys(sigs[2 * i], banding)) & set(band_keys(sigs[2 * i + 1], banding)))
        for i in range(PAIRS_PER_POINT)
    )
    low, high = binomial_bounds(PAIRS_PER_POINT, banding.candidate_probability(jaccard))
    assert low <= candidates <= high, (jaccard, candidates, (low, high))


@pytest.mark.parametrize("band", range(default_banding().bands))
def test_signatures_agreeing_in_one_band_only_are_candidates(band):
    """Every band is bucketed, the last as much as the first: the stage's bucket entries
    for two signatures that agree in band ``band`` alone share exactly one key."""
    banding = default_banding()
    sig = sign(["대한민국은 민주공화국이다."], default_params())[0]
    other = agreeing_only_at(sig, band_positions(banding, band), seed=band)
    keys = [
        {key for key, _ in _bucket_entries((name, s.astype("<u4").tobytes()), banding)}
        for name, s in (("a", sig), ("b", other))
    ]
    shared = keys[0] & keys[1]
    assert len(keys[0]) == banding.bands and len(shared) == 1
    assert int.from_bytes(next(iter(shared))[:2], "big") == band


@pytest.mark.parametrize("short", [0, 1])
def test_cluster_signatures_verifies_at_the_threshold(short):
    """The eval's reference graph verifies like the stage: a band collision merges at the
    threshold's count of equal MinHash values, and one fewer keeps the pair apart."""
    threshold, params = default_near_dedup().verify_threshold, default_params()
    sig = sign(["대한민국은 민주공화국이다."], params)[0]
    equal = fewest_equal_values(threshold, params.num_perm) - short
    sigs = np.stack([sig, agreeing_only_at(sig, range(equal), seed=equal)])
    labels = cluster_signatures(["a", "b"], sigs, default_banding(), threshold)
    assert labels == ({} if short else {"a": "a", "b": "a"})
