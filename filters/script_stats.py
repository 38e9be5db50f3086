"""Characters counted by script (Hangul, Hanja, Kana, Latin, digits, other), per text or line.

Language ID needs the Hangul share to keep Hanja-heavy Korean, paragraph LID needs it per line,
and the quality rules compare Hangul with Latin, digits and symbols. One vectorised pass over
the code points serves all three (a regex per class costs ~7x more on a 2 KB page).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

HANGUL, HANJA, KANA, LATIN, DIGIT, SPACE, OTHER = range(7)
NUM_CLASSES = 7

# (first code point of a range, class of the range); a range ends where the next one starts.
_RANGES = (
    (0x00, OTHER),
    (0x09, SPACE),
    (0x0E, OTHER),
    (0x20, SPACE),
    (0x21, OTHER),
    (0x30, DIGIT),
    (0x3A, OTHER),
    (0x41, LATIN),
    (0x5B, OTHER),
    (0x61, LATIN),
    (0x7B, OTHER),
    (0xA0, SPACE),
    (0xA1, OTHER),
    (0xC0, LATIN),
    (0xD7, OTHER),
    (0xD8, LATIN),
    (0xF7, OTHER),
    (0xF8, LATIN),
    (0x250, OTHER),
    (0x1100, HANGUL),
    (0x1200, OTHER),
    (0x2000, SPACE),
    (0x200B, OTHER),
    (0x3000, SPACE),
    (0x3001, OTHER),
    (0x3040, KANA),
    (0x3100, OTHER),
    (0x3130, HANGUL),
    (0x3190, OTHER),
    (0x31F0, KANA),
    (0x3200, OTHER),
    (0x3400, HANJA),
    (0x4DC0, OTHER),
    (0x4E00, HANJA),
    (0xA000, OTHER),
    (0xA960, HANGUL),
    (0xA980, OTHER),
    (0xAC00, HANGUL),
    (0xD7A4, OTHER),
    (0xD7B0, HANGUL),
    (0xD800, OTHER),
    (0xF900, HANJA),
    (0xFB00, OTHER),
    (0xFF10, DIGIT),
    (0xFF1A, OTHER),
    (0xFF21, LATIN),
    (0xFF3B, OTHER),
    (0xFF41, LATIN),
    (0xFF5B, OTHER),
    (0xFF66, KANA),
    (0xFFA0, OTHER),
    (0xFFA1, HANGUL),
    (0xFFDD, OTHER),
    (0x20000, HANJA),
    (0x323B0, OTHER),
)
_STARTS = np.array([start for start, _ in _RANGES], dtype=np.uint32)
_CLASSES = np.array([cls for _, cls in _RANGES], dtype=np.int8)


def char_classes(text: str) -> np.ndarray:
    """The script class of every code point of ``text`` (int8 array, one entry per char)."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return _CLASSES[np.searchsorted(_STARTS, points, side="right") - 1]


@dataclass(frozen=True)
class ScriptCounts:
    """How many characters of each script a text has."""

    hangul: int = 0
    hanja: int = 0
    kana: int = 0
    latin: int = 0
    digit: int = 0
    space: int = 0
    other: int = 0

    @classmethod
    def of(cls, text: str) -> ScriptCounts:
        return cls.from_classes(char_classes(text))

    @classmethod
    def from_classes(cls, classes: np.ndarray) -> ScriptCounts:
        return cls(*(int(n) for n in np.bincount(classes, minlength=NUM_CLASSES)))

    @property
    def letters(self) -> int:
        return self.hangul + self.hanja + self.kana + self.latin

    @property
    def non_space(self) -> int:
        return self.letters + self.digit + self.other

    def hangul_share_of_cjk(self) -> float:
        """Hangul among Hangul+Hanja+Kana: Korean always has some, Chinese and Japanese none."""
        cjk = self.hangul + self.hanja + self.kana
        return self.hangul / cjk if cjk else 0.0

    def hangul_share_of_letters(self) -> float:
        return self.hangul / self.letters if self.letters else 0.0


def line_counts(text: str) -> np.ndarray:
    """Per ``\\n``-separated line, characters per class (rows: lines, columns: classes),
    from one pass over the text."""
    classes = char_classes(text)
    bounds = [0]
    start = text.find("\n")
    while start != -1:
        bounds.extend((start, start + 1))
        start = text.find("\n", start + 1)
    bounds.append(len(text))
    cumulative = np.zeros((len(classes) + 1, NUM_CLASSES), dtype=np.int32)
    cumulative[np.arange(1, len(classes) + 1), classes] = 1
    np.cumsum(cumulative, axis=0, out=cumulative)
    edges = np.array(bounds, dtype=np.int64).reshape(-1, 2)
    return cumulative[edges[:, 1]] - cumulative[edges[:, 0]]
