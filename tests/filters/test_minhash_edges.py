"""Edges of filters/minhash.py the datasketch comparisons leave open: defaults, dtypes, the
exact refusals, and how a missing cupy is named."""

from __future__ import annotations

import sys

import datasketch
import numpy as np
import pytest
import xxhash

import filters.minhash as minhash
from filters.minhash import (
    MinHashParams,
    array_module,
    cupy_unavailable_reason,
    permutations,
    shingle_hashes,
)


def test_default_permutations_are_datasketchs_defaults():
    expected = datasketch.MinHash().permutations  # num_perm=128, seed=1, affine32
    found = permutations()
    assert found.dtype == np.uint32
    assert found.shape == (2, 128)
    np.testing.assert_array_equal(found, expected)
    legacy = permutations(scheme="legacy")
    assert legacy.dtype == np.uint64
    np.testing.assert_array_equal(legacy, datasketch.MinHash(scheme="legacy").permutations)


def test_shingle_hashes_default_to_five_character_xxh32_grams():
    text = "가나다라마바"
    expected = sorted({xxhash.xxh32_intdigest(g.encode()) for g in ("가나다라마", "나다라마바")})
    assert shingle_hashes(text).tolist() == expected


def test_shingle_hashes_of_nothing_are_an_empty_uint32_array():
    for hash in ("xxh32", "sha1"):
        empty = shingle_hashes("", hash=hash)
        assert empty.dtype == np.uint32
        assert empty.shape == (0,)


def test_shingle_hashes_refuse_what_signatures_refuse():
    with pytest.raises(ValueError, match=r"^ngram must be >= 1, got 0$"):
        shingle_hashes("가나다", ngram=0)
    with pytest.raises(ValueError, match=r"^hash must be one of \('xxh32', 'sha1'\), got 'md5'$"):
        shingle_hashes("가나다", hash="md5")


def test_incompatible_params_message_word_for_word():
    with pytest.raises(ValueError) as err:
        MinHashParams().check_compatible(MinHashParams(seed=7))
    assert str(err.value) == "MinHash parameters differ: seed (1 != 7)"


def test_unknown_stored_params_are_all_named_sorted():
    with pytest.raises(ValueError) as err:
        MinHashParams.from_dict({"rows": 8, "num_perm": 64, "bands": 16})
    assert str(err.value) == "unknown MinHash parameters: bands, rows"


def test_the_default_backend_is_numpy():
    assert array_module() is np


def test_cupy_unavailable_reason_is_the_probe_s_answer():
    found = minhash._cupy_or_reason()
    if isinstance(found, str):
        assert cupy_unavailable_reason() == found
        assert found.startswith("cupy")
    else:
        assert cupy_unavailable_reason() is None


# ---------------------------------------------------------------------------- cupy found


@pytest.fixture
def fresh_probe():
    """The cupy probe runs once per process; these tests run it again, and leave it to be
    run again afterwards with the real (absent or present) cupy."""
    minhash._cupy_or_reason.cache_clear()
    yield
    minhash._cupy_or_reason.cache_clear()


def test_cupy_not_installed_is_named(monkeypatch, fresh_probe):
    monkeypatch.setitem(sys.modules, "cupy", None)  # import cupy raises ImportError
    reason = cupy_unavailable_reason()
    assert reason is not None
    assert reason.startswith("cupy is not installed (")
    assert "cupy" in reason[len("cupy is not installed (") :]


# ---------------------------------------------------------------------------- blocks


def blocks(counts: list[int], budget: int) -> list[tuple[int, int]]:
    return [(b.start, b.stop) for b in minhash._blocks(np.array(counts, dtype=np.int64), budget)]


def test_blocks_fit_the_budget_padded_to_their_longest():
    """What bounds a block's memory: documents × the block's longest count stays within the
    budget, a document over it alone; documents without shingles are in no block."""
    assert blocks([0, 0, 2, 3, 3, 4, 12], 10) == [(2, 5), (5, 6), (6, 7)]
    assert blocks([5, 5], 10) == [(0, 2)]  # exactly the budget still fits
    assert blocks([5, 5, 5], 10) == [(0, 2), (2, 3)]
    assert blocks([1, 1, 1, 1, 1, 1], 3) == [(0, 3), (3, 6)]
    assert blocks([20], 10) == [(0, 1)]
    assert blocks([20, 30], 10) == [(0, 1), (1, 2)]
    assert blocks([0, 0], 10) == []
    assert blocks([], 10) == []
