"""Characters counted by script, per text and per line."""

from dataclasses import asdict

import numpy as np
import pytest

from filters.script_stats import (
    DIGIT,
    HANGUL,
    HANJA,
    KANA,
    LATIN,
    NUM_CLASSES,
    OTHER,
    SPACE,
    ScriptCounts,
    char_classes,
    line_counts,
)

# The first and last code point of each block the counts tell apart, and the code point just
# outside it: a script's edges, written from the Unicode block chart.
EDGES = [
    (0x00, OTHER), (0x08, OTHER),  # control characters
    (0x09, SPACE), (0x0D, SPACE),  # tab, line feed, vertical tab, form feed, carriage return
    (0x0E, OTHER), (0x1F, OTHER),
    (0x20, SPACE),  # space
    (0x21, OTHER), (0x2F, OTHER),  # ! .. /
    (0x30, DIGIT), (0x39, DIGIT),  # 0 .. 9
    (0x3A, OTHER), (0x40, OTHER),  # : .. @
    (0x41, LATIN), (0x5A, LATIN),  # A .. Z
    (0x5B, OTHER), (0x60, OTHER),  # [ .. `
    (0x61, LATIN), (0x7A, LATIN),  # a .. z
    (0x7B, OTHER), (0x9F, OTHER),  # { .. C1 controls
    (0xA0, SPACE),  # no-break space
    (0xA1, OTHER), (0xBF, OTHER),  # ¡ .. ¿
    (0xC0, LATIN), (0xD6, LATIN),  # À .. Ö
    (0xD7, OTHER),  # ×
    (0xD8, LATIN), (0xF6, LATIN),  # Ø .. ö
    (0xF7, OTHER),  # ÷
    (0xF8, LATIN), (0x24F, LATIN),  # ø .. Latin Extended-B
    (0x250, OTHER), (0x10FF, OTHER),  # IPA .. Georgian
    (0x1100, HANGUL), (0x11FF, HANGUL),  # Hangul Jamo
    (0x1200, OTHER), (0x1FFF, OTHER),  # Ethiopic .. Greek Extended
    (0x2000, SPACE), (0x200A, SPACE),  # en quad .. hair space
    (0x200B, OTHER), (0x2FFF, OTHER),  # zero width space .. ideographic description
    (0x3000, SPACE),  # ideographic space
    (0x3001, OTHER), (0x303F, OTHER),  # CJK punctuation
    (0x3040, KANA), (0x30FF, KANA),  # Hiragana, Katakana
    (0x3100, OTHER), (0x312F, OTHER),  # Bopomofo
    (0x3130, HANGUL), (0x318F, HANGUL),  # Hangul Compatibility Jamo
    (0x3190, OTHER), (0x31EF, OTHER),  # Kanbun .. CJK strokes
    (0x31F0, KANA), (0x31FF, KANA),  # Katakana Phonetic Extensions
    (0x3200, OTHER), (0x33FF, OTHER),  # enclosed letters, CJK compatibility
    (0x3400, HANJA), (0x4DBF, HANJA),  # CJK Extension A
    (0x4DC0, OTHER), (0x4DFF, OTHER),  # Yijing hexagrams
    (0x4E00, HANJA), (0x9FFF, HANJA),  # CJK Unified Ideographs
    (0xA000, OTHER), (0xA95F, OTHER),  # Yi .. Rejang
    (0xA960, HANGUL), (0xA97F, HANGUL),  # Hangul Jamo Extended-A
    (0xA980, OTHER), (0xABFF, OTHER),  # Javanese .. Meetei Mayek
    (0xAC00, HANGUL), (0xD7A3, HANGUL),  # 가 .. 힣
    (0xD7A4, OTHER), (0xD7AF, OTHER),
    (0xD7B0, HANGUL), (0xD7FF, HANGUL),  # Hangul Jamo Extended-B
    (0xE000, OTHER), (0xF8FF, OTHER),  # private use
    (0xF900, HANJA), (0xFAFF, HANJA),  # CJK Compatibility Ideographs
    (0xFB00, OTHER), (0xFF0F, OTHER),  # ligatures .. fullwidth solidus
    (0xFF10, DIGIT), (0xFF19, DIGIT),  # fullwidth 0 .. 9
    (0xFF1A, OTHER), (0xFF20, OTHER),
    (0xFF21, LATIN), (0xFF3A, LATIN),  # fullwidth A .. Z
    (0xFF3B, OTHER), (0xFF40, OTHER),
    (0xFF41, LATIN), (0xFF5A, LATIN),  # fullwidth a .. z
    (0xFF5B, OTHER), (0xFF65, OTHER),
    (0xFF66, KANA), (0xFF9F, KANA),  # halfwidth Katakana
    (0xFFA0, OTHER),  # halfwidth Hangul filler
    (0xFFA1, HANGUL), (0xFFDC, HANGUL),  # halfwidth Hangul letters ㄱ .. ㅣ
    (0xFFDD, OTHER), (0x1FFFF, OTHER),  # .. the end of plane 1
    (0x20000, HANJA), (0x2FFFF, HANJA),  # CJK Extensions B-F, compatibility supplement
    (0x30000, HANJA), (0x323AF, HANJA),  # CJK Extensions G and H
    (0x323B0, OTHER), (0x3FFFF, OTHER),
    (0xE0001, OTHER), (0x10FFFF, OTHER),  # tags .. the last code point
]  # fmt: skip


@pytest.mark.parametrize(("point", "expected"), EDGES, ids=[f"U+{p:04X}" for p, _ in EDGES])
def test_every_block_edge_has_its_script(point, expected):
    assert char_classes(chr(point)).tolist() == [expected]


def test_classes_are_one_per_character_in_order():
    classes = char_classes("가a1 漢カ!\n")
    assert classes.tolist() == [HANGUL, LATIN, DIGIT, SPACE, HANJA, KANA, OTHER, SPACE]
    assert char_classes("").tolist() == []
    assert char_classes("😀").tolist() == [OTHER]  # one code point, not two UTF-16 halves


def test_counts_of_a_mixed_text():
    counts = ScriptCounts.of("大韓民國은 民主共和國이다. Korea 1948年 かな")
    assert counts == ScriptCounts(hangul=3, hanja=10, kana=2, latin=5, digit=4, space=4, other=1)
    assert counts.letters == 3 + 10 + 2 + 5
    assert counts.non_space == 3 + 10 + 2 + 5 + 4 + 1
    assert counts.hangul_share_of_cjk() == 3 / 15
    assert counts.hangul_share_of_letters() == 3 / 20


def test_each_script_is_counted_in_its_own_field():
    assert ScriptCounts.of("가") == ScriptCounts(hangul=1)
    assert ScriptCounts.of("漢") == ScriptCounts(hanja=1)
    assert ScriptCounts.of("カ") == ScriptCounts(kana=1)
    assert ScriptCounts.of("a") == ScriptCounts(latin=1)
    assert ScriptCounts.of("1") == ScriptCounts(digit=1)
    assert ScriptCounts.of(" ") == ScriptCounts(space=1)
    assert ScriptCounts.of("!") == ScriptCounts(other=1)


def test_nothing_counted_is_all_zero_and_shares_are_zero_not_an_error():
    empty = ScriptCounts.of("")
    assert empty == ScriptCounts() == ScriptCounts(0, 0, 0, 0, 0, 0, 0)
    assert (empty.letters, empty.non_space) == (0, 0)
    assert empty.hangul_share_of_cjk() == 0.0
    assert empty.hangul_share_of_letters() == 0.0
    latin = ScriptCounts.of("abc 123")
    assert latin.hangul_share_of_cjk() == 0.0  # no CJK at all: not Korean
    assert latin.hangul_share_of_letters() == 0.0
    assert ScriptCounts.of("가나").hangul_share_of_cjk() == 1.0


def test_shares_count_only_their_own_denominators():
    counts = ScriptCounts(hangul=2, hanja=1, kana=1, latin=4, digit=9, space=9, other=9)
    assert counts.letters == 8
    assert counts.non_space == 8 + 9 + 9
    assert counts.hangul_share_of_cjk() == 2 / 4
    assert counts.hangul_share_of_letters() == 2 / 8


def test_counts_of_per_line_classes_are_the_counts_of_the_text():
    text = "한국어 text 123"
    assert ScriptCounts.from_classes(char_classes(text)) == ScriptCounts.of(text)
    only_other = ScriptCounts.from_classes(np.array([OTHER, OTHER], dtype=np.int8))
    assert only_other == ScriptCounts(other=2)


def row(**counts: int) -> list[int]:
    """One line's counts in class order."""
    fields = ("hangul", "hanja", "kana", "latin", "digit", "space", "other")
    return [counts.get(f, 0) for f in fields]


def test_line_counts_has_one_row_per_line_without_the_line_breaks():
    per_line = line_counts("가나 ab\n12!\n\n漢カ")
    assert per_line.shape == (4, NUM_CLASSES)
    assert np.issubdtype(per_line.dtype, np.integer)  # counts, not measures
    assert per_line.tolist() == [
        row(hangul=2, space=1, latin=2),
        row(digit=2, other=1),
        row(),
        row(hanja=1, kana=1),
    ]


def test_line_counts_of_edge_texts():
    assert line_counts("").tolist() == [row()]
    assert line_counts("abc").tolist() == [row(latin=3)]
    assert line_counts("\n").tolist() == [row(), row()]
    assert line_counts("a\n").tolist() == [row(latin=1), row()]
    assert line_counts("\na").tolist() == [row(), row(latin=1)]
    assert line_counts("a\n\n\nb").tolist() == [row(latin=1), row(), row(), row(latin=1)]
    assert line_counts("a\r\nb").tolist() == [row(latin=1, space=1), row(latin=1)]


def test_line_counts_add_up_to_the_text_without_its_line_breaks():
    text = "첫 줄입니다.\nSecond line 2\n\n  셋째 줄 漢字 かな\n"
    per_line = line_counts(text)
    assert per_line.shape[0] == text.count("\n") + 1
    assert per_line.sum(axis=0).tolist() == row(**asdict(ScriptCounts.of(text.replace("\n", ""))))
    for counts, line in zip(per_line, text.split("\n"), strict=True):
        assert ScriptCounts(*(int(n) for n in counts)) == ScriptCounts.of(line)
