"""Morpheme shingles expressed as characters, so one MinHash kernel serves both shingle kinds.

Each Kiwi morpheme form becomes one code point in the supplementary private-use planes
(131,068 values); character n-grams of that string are morpheme n-grams. Never built from
decomposed jamo: analysis runs on NFC text.
"""

from __future__ import annotations

from collections.abc import Iterable

import xxhash

_PLANE_SIZE = 0xFFFE
_PLANE_15 = 0xF0000
_PLANE_16 = 0x100000


def morpheme_char(form: str) -> str:
    value = xxhash.xxh32_intdigest(form.encode("utf-8")) % (2 * _PLANE_SIZE)
    base = _PLANE_15 if value < _PLANE_SIZE else _PLANE_16 - _PLANE_SIZE
    return chr(base + value)


def morpheme_string(forms: Iterable[str]) -> str:
    return "".join(morpheme_char(form) for form in forms)
