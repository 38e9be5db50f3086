import hashlib
import tracemalloc

import numpy as np
import pytest

from curate.evals.dedup import jaccard as exact_jaccard
from curate.evals.dedup import shingle_sets
from filters.lsh import (
    Banding,
    UnionFind,
    anchor_edges,
    band_keys,
    cluster_signatures,
    scurve_table,
)
from pipelines.near_dedup import _bucket_entries
from pipelines.packing import pack
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
    with pytest.raises(TypeError, match="^anchor_edges reads its members twice"):
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
        {key for key, _ in _bucket_entries((name, pack(s.astype("<u4").tobytes())), banding)}
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


@pytest.mark.parametrize("bands, rows", [(0, 4), (4, 0), (0, 0), (-1, 2)])
def test_banding_needs_a_band_and_a_row(bands, rows):
    with pytest.raises(ValueError, match="^bands and rows must be >= 1$"):
        Banding(bands, rows).check(64)


def test_the_smallest_banding_fits_the_smallest_signature():
    Banding(1, 1).check(1)
    Banding(1, 64).check(64)
    Banding(64, 1).check(64)
    with pytest.raises(ValueError, match="bands × rows = 65 exceeds num_perm = 64"):
        Banding(13, 5).check(64)


def test_band_keys_depend_on_the_values_not_on_the_array_dtype():
    """A signature read back as int64 (a parquet column, a numpy default) buckets with the
    uint32 one it came from; each key is the 2-byte band index and a 14-byte digest."""
    sig = (np.arange(1, 129, dtype=np.uint64) * 2654435761 % (2**32)).astype(np.uint32)
    banding = Banding(16, 8)
    keys = band_keys(sig, banding)
    assert band_keys(sig.astype(np.int64), banding) == keys
    assert band_keys(sig.astype(np.uint64), banding) == keys
    assert band_keys(sig.astype(">u4"), banding) == keys
    assert [len(key) for key in keys] == [16] * 16
    assert [int.from_bytes(key[:2], "big") for key in keys] == list(range(16))


def test_cluster_signatures_merges_any_band_collision_without_a_threshold():
    """With no verify threshold, sharing one band is enough; signatures that share no band
    stay apart, however many of them there are."""
    base = np.arange(16, dtype=np.uint32)
    half = base.copy()
    half[4:] += 100  # agrees with base in band 0 only: Jaccard 0.25
    apart = [base + 1000 * (i + 1) for i in range(3)]
    sigs = np.stack([base, half, *apart]).astype(np.uint32)
    labels = cluster_signatures(["a", "b", "x", "y", "z"], sigs, Banding(4, 4))
    assert labels == {"a": "a", "b": "a"}


def test_cluster_signatures_merges_at_exactly_the_threshold():
    base = np.arange(8, dtype=np.uint32)
    other = base.copy()
    other[4:] += 50  # 4 of 8 values equal: Jaccard estimate exactly 0.5
    sigs = np.stack([base, other])
    assert cluster_signatures(["a", "b"], sigs, Banding(2, 2), 0.5) == {"a": "a", "b": "a"}
    assert cluster_signatures(["a", "b"], sigs, Banding(2, 2), 0.51) == {}


def test_cluster_signatures_refuses_ids_and_signatures_of_different_lengths():
    sigs = np.stack([np.arange(8, dtype=np.uint32)] * 2)
    with pytest.raises(ValueError):
        cluster_signatures(["a", "b", "c"], sigs, Banding(2, 2))
    with pytest.raises(ValueError):
        cluster_signatures(["a"], sigs, Banding(2, 2))


def test_anchor_edges_of_an_empty_bucket_are_none():
    assert list(anchor_edges([])) == []
    assert list(anchor_edges(["only"])) == []
    with pytest.raises(TypeError, match="^anchor_edges reads its members twice"):
        list(anchor_edges(iter(["a", "b"])))


def test_scurve_table_lists_the_default_points_or_the_asked_ones():
    """What ``curate dedup scurve`` prints: Jaccard 0.50 … 0.95 by 0.05 unless points are
    given, each rounded to two places beside its exact candidate probability."""
    banding = Banding(16, 8)
    table = scurve_table(banding)
    assert [j for j, _ in table] == [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
    for j, probability in table:
        assert probability == pytest.approx(1 - (1 - j**8) ** 16)
    assert scurve_table(banding, [0.123, 0.9]) == [
        (0.12, banding.candidate_probability(0.123)),
        (0.9, banding.candidate_probability(0.9)),
    ]


def test_band_keys_are_stable_across_releases_and_machines():
    """Bucket keys are compared across runs: band index big-endian, then the blake2b digest
    of the band's rows as little-endian uint32, whatever the host's byte order."""
    sig = np.array([0, 1, 2, 3, 70000, 5, 6, 2**32 - 1], dtype=np.uint32)
    rows = [[0, 1, 2, 3], [70000, 5, 6, 2**32 - 1]]
    expected = [
        band.to_bytes(2, "big")
        + hashlib.blake2b(
            b"".join(v.to_bytes(4, "little") for v in values), digest_size=14
        ).digest()
        for band, values in enumerate(rows)
    ]
    assert band_keys(sig, Banding(2, 4)) == expected
