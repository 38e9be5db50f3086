"""Gopher's word n-gram repetition statistics, computed with hashed n-grams in numpy.

Same numbers as datatrove's ``find_top_duplicate`` / ``find_all_duplicate`` (FineWeb-2's
``GopherRepetitionFilter``), without building an n-gram string per position: n-grams are
rolling 64-bit hashes of the words. Only n-grams that occur twice matter for either number,
and an n-gram can only repeat where its (n-1)-gram prefix repeats, so each n > 2 is counted
among the previous n's repeated positions only, a set that shrinks fast in real text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_MULTIPLIER = np.uint64(0x100000001B3)
_SMALL = 200


@dataclass(frozen=True)
class _Repeats:
    """Among the positions that can hold a repeated n-gram: which do, and the most frequent
    n-gram's count and first position."""

    positions: np.ndarray
    hashes: np.ndarray
    top_count: int
    top_start: int


class NgramIndex:
    """Hashed word n-grams of one document, built incrementally for n = 1, 2, ..."""

    def __init__(self, words: Sequence[str]):
        self._size = len(words)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        self._prefix = np.concatenate(([0], np.cumsum(lengths)))
        unigrams = np.fromiter(map(hash, words), dtype=np.int64, count=len(words))
        self._hashes = {1: unigrams.view(np.uint64)}
        self._repeats: dict[int, _Repeats] = {}

    def hashes(self, n: int) -> np.ndarray:
        """Hash of the n-gram starting at each position (length ``len(words) - n + 1``)."""
        if n not in self._hashes:
            shorter, unigrams = self.hashes(n - 1), self._hashes[1]
            self._hashes[n] = shorter[:-1] * _MULTIPLIER + unigrams[n - 1 :]
        return self._hashes[n]

    def chars(self, start: int, n: int) -> int:
        """Characters of the words ``start .. start+n-1`` (without separators)."""
        return int(self._prefix[start + n] - self._prefix[start])

    def _repeated(self, n: int) -> _Repeats:
        if n in self._repeats:
            return self._repeats[n]
        grams = self.hashes(n)
        if n <= 2:
            candidates = np.arange(len(grams))
        else:
            previous = self._repeated(n - 1).positions
            candidates = previous[previous < len(grams)]
        if candidates.size < _SMALL:
            found = self._small_repeats(grams, candidates)
        else:
            found = self._sorted_repeats(grams, candidates)
        self._repeats[n] = found
        return found

    @staticmethod
    def _sorted_repeats(grams: np.ndarray, candidates: np.ndarray) -> _Repeats:
        """Group equal hashes with one stable sort (a group's first member is its earliest
        position)."""
        order = np.argsort(grams[candidates], kind="stable")
        ordered = grams[candidates][order]
        starts = np.empty(len(ordered), dtype=bool)
        starts[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
        group = np.cumsum(starts) - 1
        counts = np.bincount(group)
        top = int(counts.max())
        repeated = np.sort(candidates[order[counts[group] > 1]])
        top_start = int(candidates[order[starts][counts == top]].min()) if top > 1 else 0
        return _Repeats(repeated, grams[repeated], top, top_start)

    @staticmethod
    def _small_repeats(grams: np.ndarray, candidates: np.ndarray) -> _Repeats:
        """Few candidates: counting in Python beats numpy's per-call overhead."""
        hashes = grams[candidates].tolist()
        counts = Counter(hashes)
        top = max(counts.values(), default=1)
        repeated = candidates[[i for i, h in enumerate(hashes) if counts[h] > 1]]
        top_start = 0
        if top > 1:
            top_start = int(candidates[next(i for i, h in enumerate(hashes) if counts[h] == top)])
        return _Repeats(repeated, grams[repeated], top, top_start)

    def top_chars(self, n: int) -> int:
        """Characters covered by the most frequent n-gram (joined with spaces, as Gopher does):
        its length times its count; ties go to the n-gram seen first."""
        if self._size < n:
            return 0
        repeats = self._repeated(n)
        return (self.chars(repeats.top_start, n) + n - 1) * repeats.top_count

    def duplicate_chars(self, n: int) -> int:
        """Characters in repeated n-grams, scanning left to right and jumping over a repeat
        once counted (Gopher's duplicate n-gram fraction numerator)."""
        if self._size < n:
            return 0
        repeats = self._repeated(n)
        seen: set[int] = set()
        total, next_free = 0, 0
        for start, gram in zip(repeats.positions.tolist(), repeats.hashes.tolist(), strict=True):
            if start < next_free:
                continue
            if gram in seen:
                total += self.chars(start, n)
                next_free = start + n
            else:
                seen.add(gram)
        return total
