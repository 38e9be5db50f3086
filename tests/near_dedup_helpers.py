"""Inputs whose similarity is known exactly, so near-dup tests can hold LSH to the numbers
its S-curve and its verification threshold promise: text pairs at an exact Jaccard, and
signatures that agree with another in chosen positions only."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

import numpy as np

from curate.records import Record, new_record
from filters.lsh import Banding
from filters.minhash import MinHashParams, signatures
from pipelines.near_dedup import minhash_params
from tests.conftest import settings

HANGUL = range(0xAC00, 0xD7A4)
UNION = 100


def default_near_dedup(*overrides: str):
    """The near_dedup section users get: the shipped defaults, plus ``--set`` overrides."""
    return settings(*(f"near_dedup.{o}" for o in overrides)).near_dedup


def default_banding() -> Banding:
    near = default_near_dedup()
    return Banding(near.bands, near.rows)


def pair_at_jaccard(jaccard: float, seed: int, ngram: int) -> tuple[str, str]:
    """Two texts whose n-gram sets have exactly this Jaccard similarity: a shared run of
    characters, then a run of each text's own. Every character is distinct, so no n-gram
    repeats or is shared by accident, and J = shared / (shared + 2 × own)."""
    shared = round(jaccard * UNION)
    own = (UNION - shared) // 2
    if shared + 2 * own != UNION:
        raise ValueError(f"Jaccard {jaccard} is not shared/{UNION} with an even remainder")
    chars = "".join(map(chr, random.Random(seed).sample(HANGUL, shared + ngram - 1 + 2 * own)))
    common, own_a, own_b = chars[: -2 * own], chars[-2 * own : -own], chars[-own:]
    return common + own_a, common + own_b


def pairs_at_jaccard(jaccard: float, count: int, ngram: int) -> list[tuple[str, str]]:
    """``count`` such pairs, each from its own seed (the same every run)."""
    first_seed = round(jaccard * 1000) * 100_000
    return [pair_at_jaccard(jaccard, first_seed + i, ngram) for i in range(count)]


def sign(texts: list[str], params: MinHashParams) -> np.ndarray:
    return signatures(
        texts, num_perm=params.num_perm, seed=params.seed, ngram=params.ngram, hash=params.hash
    )


def default_params() -> MinHashParams:
    return minhash_params(default_near_dedup())


def agreeing_only_at(signature: np.ndarray, positions: Iterable[int], seed: int) -> np.ndarray:
    """A signature equal to ``signature`` at ``positions`` and different everywhere else,
    with random values there so that it shares no other band with anything by chance."""
    other = np.random.default_rng(seed).integers(0, 1 << 32, signature.shape, dtype=np.uint64)
    other = other.astype(np.uint32)
    other[other == signature] += np.uint32(1)
    keep = np.zeros(signature.shape, dtype=bool)
    keep[list(positions)] = True
    return np.where(keep, signature, other).astype(np.uint32)


def band_positions(banding: Banding, band: int) -> range:
    return range(band * banding.rows, (band + 1) * banding.rows)


def fewest_equal_values(threshold: float, num_perm: int) -> int:
    """The fewest equal MinHash values whose estimated Jaccard reaches ``threshold``."""
    return math.ceil(threshold * num_perm - 1e-9)


def binomial_bounds(trials: int, p: float, tail: float = 1e-7) -> tuple[int, int]:
    """The smallest and largest success counts outside which Binomial(trials, p) puts
    less than ``tail`` on each side (about 5 sigma): a count outside them means the
    probability is not p, not bad luck."""
    pmf = [math.comb(trials, k) * p**k * (1 - p) ** (trials - k) for k in range(trials + 1)]
    low, below = 0, 0.0
    while below + pmf[low] < tail:
        below += pmf[low]
        low += 1
    high, above = trials, 0.0
    while above + pmf[high] < tail:
        above += pmf[high]
        high -= 1
    return low, high


def record(doc_id: str, text: str, quality_score: float | None = None) -> Record:
    return {**new_record(doc_id, {}, text), "quality_score": quality_score}
