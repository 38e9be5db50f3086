"""filters.minhash against datasketch 2.0 and xxhash, value for value. datasketch is the
oracle, a pinned dev dependency: without it this module fails to import, it does not skip."""

from __future__ import annotations

import subprocess
import sys
import types

import datasketch
import numpy as np
import pytest
import xxhash
from datasketch.hashfunc import sha1_hash32
from hypothesis import given, settings
from hypothesis import strategies as st

import filters.minhash as minhash
from filters.minhash import (
    MinHashParams,
    cupy_unavailable_reason,
    shingle_hashes,
    signatures,
    xxh32_many,
)
from tests.conftest import REPO

HASHFUNCS = {"xxh32": xxhash.xxh32_intdigest, "sha1": sha1_hash32}

TEXTS = {
    "korean": "유구한 역사와 전통에 빛나는 우리 대한국민은 3·1운동으로 건립된 대한민국임시정부의 "
    "법통과 불의에 항거한 4·19민주이념을 계승하고, 조국의 민주개혁과 평화적 통일의 "
    "사명에 입각하여 정의·인도와 동포애로써 민족의 단결을 공고히 하고.",
    "ascii": "The quick brown fox jumps over the lazy dog; pack my box with five dozen jugs.",
    "mixed": "GPU 서버에서 MinHash 시그니처를 계산했다 (약 13,000 docs/s). Ünïcödé — 終わり!",
    "emoji": "좋아요👍👍🏽 가족👨‍👩‍👧‍👦 여행✈️🌏 🇰🇷 파이팅🔥🔥🔥",
    "two_byte": "Привет, мир! Ελληνικά ĉiuj ŝanĝoj",
    "repeated": "ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ ababababababab 하하하하하하하하",
    "short": "안녕",
    "one_char": "가",
    "newlines": "첫 줄\n둘째 줄\r\n\t셋째 줄",
}

unicode_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=40,
)


def ngrams(text: str, ngram: int) -> list[bytes]:
    if len(text) < ngram:
        return [text.encode("utf-8")] if text else []
    return [text[i : i + ngram].encode("utf-8") for i in range(len(text) - ngram + 1)]


def reference(
    text: str,
    *,
    num_perm: int = 128,
    seed: int = 1,
    ngram: int = 5,
    hash: str = "xxh32",
    scheme: str = "affine32",
) -> np.ndarray:
    sketch = datasketch.MinHash(
        num_perm=num_perm, seed=seed, hashfunc=HASHFUNCS[hash], scheme=scheme
    )
    sketch.update_batch(ngrams(text, ngram))
    return sketch.hashvalues.astype(np.uint32)


def references(texts: list[str], **params) -> np.ndarray:
    return np.array([reference(t, **params) for t in texts], dtype=np.uint32).reshape(
        len(texts), params.get("num_perm", 128)
    )


# ---------------------------------------------------------------------------- XXH32


@pytest.mark.parametrize("seed", [0, 1, 0xFFFFFFFF])
def test_xxh32_matches_xxhash_at_every_length(seed):
    rng = np.random.default_rng(seed)
    items = [rng.integers(0, 256, n, dtype=np.uint8).tobytes() for n in range(80)]
    expected = [xxhash.xxh32_intdigest(b, seed) for b in items]
    assert xxh32_many(items, seed).tolist() == expected
    assert xxh32_many(items[::-1], seed).tolist() == expected[::-1]


@settings(max_examples=200, deadline=None)
@given(st.lists(unicode_text, max_size=20))
def test_xxh32_matches_xxhash_on_utf8(texts):
    items = [t.encode("utf-8") for t in texts]
    assert xxh32_many(items).tolist() == [xxhash.xxh32_intdigest(b) for b in items]


def test_xxh32_of_one_length_and_of_none():
    items = [b"abcd", b"efgh", b"ijkl"]
    assert xxh32_many(items).tolist() == [xxhash.xxh32_intdigest(b) for b in items]
    assert xxh32_many([]).shape == (0,)


# ---------------------------------------------------------------------------- signatures


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_equals_datasketch(kind, hash):
    text = TEXTS[kind]
    np.testing.assert_array_equal(signatures([text], hash=hash)[0], reference(text, hash=hash))


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
def test_all_kinds_in_one_batch(hash):
    texts = list(TEXTS.values())
    np.testing.assert_array_equal(signatures(texts, hash=hash), references(texts, hash=hash))


@pytest.mark.parametrize("num_perm", [1, 64, 128, 256])
@pytest.mark.parametrize("seed", [0, 1, 42, 2**32 - 1])
def test_num_perm_and_seed(num_perm, seed):
    texts = [TEXTS["korean"], TEXTS["mixed"]]
    params = dict(num_perm=num_perm, seed=seed)
    np.testing.assert_array_equal(signatures(texts, **params), references(texts, **params))


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
@pytest.mark.parametrize("ngram", range(1, 10))
def test_ngram_sizes(ngram, hash):
    texts = [TEXTS["korean"], TEXTS["emoji"], TEXTS["short"], "abcdefgh"]
    params = dict(ngram=ngram, hash=hash, num_perm=32)
    np.testing.assert_array_equal(signatures(texts, **params), references(texts, **params))


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
def test_legacy_scheme(hash):
    texts = [TEXTS["korean"], TEXTS["emoji"], TEXTS["one_char"]]
    params = dict(hash=hash, scheme="legacy", num_perm=64)
    np.testing.assert_array_equal(signatures(texts, **params), references(texts, **params))


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
def test_empty_text_is_an_untouched_minhash(hash):
    """No n-grams, no updates: datasketch leaves every value at 2**32 - 1, and so do we."""
    sig = signatures(["", TEXTS["short"], ""], hash=hash)
    assert (sig[[0, 2]] == np.iinfo(np.uint32).max).all()
    np.testing.assert_array_equal(sig[0], reference("", hash=hash))
    np.testing.assert_array_equal(sig[1], reference(TEXTS["short"], hash=hash))


def test_empty_batch():
    sig = signatures([], num_perm=64)
    assert sig.shape == (0, 64) and sig.dtype == np.uint32


def test_shape_and_dtype():
    sig = signatures(list(TEXTS.values()), num_perm=16)
    assert sig.shape == (len(TEXTS), 16) and sig.dtype == np.uint32


def test_text_shorter_than_ngram_is_one_shingle():
    assert shingle_hashes("안녕", ngram=5).tolist() == [xxhash.xxh32_intdigest("안녕".encode())]


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
def test_lone_surrogates_are_refused_like_utf8_encoding(hash):
    with pytest.raises(UnicodeEncodeError):
        signatures(["abc\ud800def"], hash=hash)


@settings(max_examples=60, deadline=None)
@given(text=unicode_text, ngram=st.integers(1, 9), hash=st.sampled_from(["xxh32", "sha1"]))
def test_random_unicode_equals_datasketch(text, ngram, hash):
    params = dict(ngram=ngram, hash=hash, num_perm=16, seed=7)
    np.testing.assert_array_equal(signatures([text], **params)[0], reference(text, **params))


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(unicode_text, max_size=12), hash=st.sampled_from(["xxh32", "sha1"]))
def test_batch_equals_one_by_one(texts, hash):
    batch = signatures(texts, hash=hash, num_perm=16, ngram=3)
    alone = [signatures([t], hash=hash, num_perm=16, ngram=3) for t in texts]
    np.testing.assert_array_equal(batch, np.concatenate(alone or [batch]))


def test_block_boundaries_do_not_matter(monkeypatch):
    """Tiny blocks: many blocks, and documents larger than a block on their own; hash
    chunks that end inside a text."""
    texts = [TEXTS["korean"] * k for k in (3, 1, 2)] + list(TEXTS.values())
    expected = signatures(texts, num_perm=32)
    monkeypatch.setitem(minhash._BLOCK_ELEMENTS, "numpy", 64)
    monkeypatch.setattr(minhash, "_HASH_CHUNK", 7)
    np.testing.assert_array_equal(signatures(texts, num_perm=32), expected)
    np.testing.assert_array_equal(expected, references(texts, num_perm=32))


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
def test_shingle_hashes_are_the_distinct_input_hashes(hash):
    text = TEXTS["repeated"]
    expected = sorted({HASHFUNCS[hash](g) for g in ngrams(text, 3)})
    assert shingle_hashes(text, ngram=3, hash=hash).tolist() == expected
    assert shingle_hashes("", hash=hash).size == 0


# ---------------------------------------------------------------------------- backends


def test_auto_backend_runs_everywhere():
    texts = [TEXTS["korean"], ""]
    np.testing.assert_array_equal(signatures(texts, backend="auto"), signatures(texts))


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="backend"):
        signatures(["x"], backend="tpu")


class _NumpyAsAnotherModule(types.ModuleType):
    """numpy under another module object, so the kernel takes the branches it takes for
    cupy (padded rectangle, gathers without mode=, host copies). It checks our branch
    logic on any machine, not cupy itself; test_cupy_equals_numpy does that on a GPU."""

    def __getattr__(self, name):
        return getattr(np, name)


@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
@pytest.mark.parametrize("scheme", ["affine32", "legacy"])
def test_the_gpu_code_path_equals_numpy_on_the_host(monkeypatch, hash, scheme):
    texts = [*TEXTS.values(), TEXTS["korean"] * 20, ""]
    expected = signatures(texts, hash=hash, scheme=scheme)
    stand_in = _NumpyAsAnotherModule("numpy_stand_in")
    monkeypatch.setattr(minhash, "array_module", lambda backend: stand_in)
    monkeypatch.setitem(minhash._BLOCK_ELEMENTS, "cupy", 4096)
    np.testing.assert_array_equal(signatures(texts, hash=hash, scheme=scheme), expected)


@pytest.mark.skipif(cupy_unavailable_reason() is None, reason="cupy is usable here")
def test_cupy_without_a_device_names_the_cause():
    with pytest.raises(RuntimeError, match="backend='cupy' is unusable: .*cupy"):
        signatures(["x"], backend="cupy")


@pytest.mark.skipif(
    cupy_unavailable_reason() is not None,
    reason=f"needs a usable cupy device: {cupy_unavailable_reason()}",
)
@pytest.mark.parametrize("hash", ["xxh32", "sha1"])
@pytest.mark.parametrize("scheme", ["affine32", "legacy"])
def test_cupy_equals_numpy(hash, scheme):
    texts = list(TEXTS.values()) + [TEXTS["korean"] * 20, ""]
    params = dict(hash=hash, scheme=scheme, num_perm=64, ngram=4)
    np.testing.assert_array_equal(
        signatures(texts, backend="cupy", **params), signatures(texts, **params)
    )
    items = [t.encode() for t in texts]
    assert xxh32_many(items, backend="cupy").tolist() == xxh32_many(items).tolist()


def test_import_needs_neither_cupy_nor_datasketch():
    """A worker without cupy (or datasketch) imports the module and falls back to numpy."""
    code = (
        "import sys; sys.modules['cupy'] = None; sys.modules['datasketch'] = None\n"
        "from filters.minhash import signatures, cupy_unavailable_reason\n"
        "assert signatures(['가나다라마바'], backend='auto').shape == (1, 128)\n"
        "print(cupy_unavailable_reason())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert "cupy is not installed" in done.stdout


# ---------------------------------------------------------------------------- parameters


def test_params_round_trip():
    params = MinHashParams(num_perm=64, seed=3, ngram=4, hash="sha1", shingle="morpheme")
    assert MinHashParams.from_dict(params.to_dict()) == params
    assert MinHashParams.from_dict({}) == MinHashParams()
    assert params.to_dict() == {
        "num_perm": 64,
        "seed": 3,
        "ngram": 4,
        "hash": "sha1",
        "shingle": "morpheme",
        "scheme": "affine32",
    }


def test_compatible_params_pass():
    MinHashParams().check_compatible(MinHashParams.from_dict(MinHashParams().to_dict()))


def test_incompatible_params_name_every_difference():
    stored = MinHashParams()
    ours = MinHashParams(num_perm=64, hash="sha1")
    with pytest.raises(ValueError, match=r"num_perm \(128 != 64\), hash \('xxh32' != 'sha1'\)"):
        stored.check_compatible(ours)


def test_unknown_stored_params_are_refused():
    with pytest.raises(ValueError, match="unknown MinHash parameters: band"):
        MinHashParams.from_dict({**MinHashParams().to_dict(), "band": 4})


@pytest.mark.parametrize(
    "bad",
    [
        {"num_perm": 0},
        {"ngram": 0},
        {"seed": -1},
        {"seed": 2**32},
        {"hash": "md5"},
        {"shingle": "word"},
        {"scheme": "affine64"},
    ],
)
def test_invalid_params_are_refused(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        MinHashParams(**bad)
    if set(bad) <= {"num_perm", "ngram", "seed", "hash", "scheme"}:
        with pytest.raises(ValueError, match=next(iter(bad))):
            signatures(["x"], **bad)
