"""Mojibake is repaired where the round trip is exact, cut or dropped where it is not, and
never found in legitimate text: Hanja-mixed Korean, Chinese and Japanese quotations, accented
Latin, mathematics, a single stray U+FFFD."""

from __future__ import annotations

import pytest

from curate.sample.junk import with_hanja
from filters.mojibake import (
    CUT_RULE,
    MIN_GARBLED_CHARS,
    REPAIR_RULE,
    edit_verb,
    garbled_chars,
    repair_line,
    scan,
)
from filters.quality_assessor import LineEdit
from tests.quality_helpers import HANJA_HEAVY, assess, korean_prose, verdict_of

KOREAN = "오늘 서울의 날씨는 맑고 기온은 어제보다 조금 높겠습니다."
SHORT = "목록 기록"  # every word of an even byte count: its CP949 reading round-trips


def as_cp1252(text: str) -> str:
    """UTF-8 bytes shown as a browser shows CP1252 (undefined bytes as C1 controls)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode()
    )


def as_cp949(text: str) -> str:
    return text.encode().decode("cp949", errors="replace")


def fffd_family(text: str) -> str:
    """EUC-KR bytes read as UTF-8 (U+FFFD for each bad sequence), then as CP949: 占쏙옙."""
    return as_cp949(text.encode("cp949").decode("utf-8", errors="replace"))


@pytest.mark.parametrize(
    ("garbled", "original"),
    [
        (as_cp1252(KOREAN), KOREAN),
        (KOREAN.encode().decode("latin-1"), KOREAN),
        (as_cp949(SHORT), SHORT),
        (f"출처: {as_cp1252('안녕하세요')} 님의 글", "출처: 안녕하세요 님의 글"),
    ],
    ids=["cp1252", "latin-1", "cp949", "one-phrase-in-korean"],
)
def test_reversible_mojibake_is_repaired_exactly(garbled: str, original: str) -> None:
    assert garbled != original
    assert repair_line(garbled) == original
    assert garbled_chars(original) == 0


@pytest.mark.parametrize(
    "line",
    [
        fffd_family("한국어 텍스트입니다"),  # 占싼깍옙占쏙옙 占쌔쏙옙트占쌉니댐옙
        "占쏙옙占쏙옙 占쏙옙",
        as_cp949(KOREAN),  # its one-syllable words lost a byte
        "筌뤿 疫꿸퀡 목록",  # read as CP949 twice (the examples)
        "목록을 기록한다".encode().decode("cp1252", errors="replace"),  # byte 9D of 록 lost
        "오늘 서울의 날씨는 \ufffd\ufffd 맑고 기온은 \ufffd 높겠습니다.",
    ],
    ids=["fffd-family", "fffd-family-bare", "cp949-lossy", "double", "cp1252-lossy", "fffd-run"],
)
def test_unrepairable_mojibake_is_garbled(line: str) -> None:
    assert garbled_chars(repair_line(line)) >= MIN_GARBLED_CHARS
    assert scan([line]).garbled == (0,)


def test_sloppy_cp1252_keeps_undefined_bytes_and_round_trips() -> None:
    """Bytes CP1252 leaves undefined (록 ends in 9D) shown as C1 controls are not lost."""
    assert repair_line(as_cp1252("목록을 기록한다")) == "목록을 기록한다"


LEGITIMATE = [
    HANJA_HEAVY,
    "第1條 大韓民國은 民主共和國이다. 占領地에서 占卜을 하였다.",
    "공자는 「學而時習之 不亦說乎」라고 하였다.",
    "그는 「東京は日本の首都です。」라는 문장을 읽었다.",
    "카페(café)와 나이브(naïve), 이력서(résumé), 옹스트롬(Ångström), Straße, Łódź.",
    "부등식 ∑ x² ≤ ∞ 와 α ≥ β ± √2 를 증명하라. 온도는 36.5°C, 각도는 90°이다.",
    "이 문장에는 깨진 글자 하나\ufffd가 있다.",
    "햏햏, 뷁, 똠방각하처럼 드문 음절도 쓰인다.",
    "“인용부호”와 ‘작은따옴표’ — 줄표 … 말줄임표 • 가운뎃점 € ™",
    "perché”… è «très» naïveté Ça va?",
]


@pytest.mark.parametrize("line", LEGITIMATE)
def test_legitimate_text_is_left_alone(line: str) -> None:
    assert repair_line(line) == line
    assert garbled_chars(line) < MIN_GARBLED_CHARS
    result = scan([line])
    assert result.repaired == () and result.garbled == () and result.share == 0


def test_held_out_prose_in_hangul_and_in_hanja_is_left_alone() -> None:
    """Every held-out document, as written and with its Sino-Korean words in Hanja."""
    for text in korean_prose().values():
        for version in (text, with_hanja(text)):
            result = scan(version.split("\n"))
            assert (result.repaired, result.garbled) == ((), ())


def test_scan_measures_the_share_of_garbled_lines() -> None:
    garbled = fffd_family("한국어 텍스트입니다")
    result = scan([KOREAN, garbled, as_cp1252(KOREAN)])
    assert result.lines == (KOREAN, garbled, KOREAN)
    assert result.repaired == ((2, len(as_cp1252(KOREAN))),)
    assert result.garbled == (1,)
    assert result.share == len(garbled) / (2 * len(KOREAN) + len(garbled))


def test_a_long_document_loses_its_garbled_paragraph_and_stays() -> None:
    prose = korean_prose()["kolaw"]
    garbled = as_cp949(KOREAN)
    text = f"{prose}\n{garbled}"
    assessment = assess(text)
    assert assessment.failed is None
    assert assessment.text == prose
    line = prose.count("\n") + 1
    assert LineEdit(CUT_RULE, line, len(garbled)) in assessment.edits
    assert 0 < verdict_of(assessment, "mojibake").value <= 0.2


def test_a_repaired_document_is_kept_with_a_repair_edit() -> None:
    prose = korean_prose()["kolaw"]
    first, _, rest = prose.partition("\n")
    assessment = assess(f"{as_cp1252(first)}\n{rest}")
    assert assessment.failed is None
    assert assessment.text == prose
    assert assessment.edits[0] == LineEdit(REPAIR_RULE, 0, len(as_cp1252(first)))
    assert verdict_of(assessment, "mojibake").value == 0


def test_a_garbled_document_is_dropped_as_it_came() -> None:
    text = "\n".join(fffd_family(line) for line in korean_prose()["kolaw"].split("\n")[:8])
    assessment = assess(text)
    assert assessment.failed == "mojibake"
    assert verdict_of(assessment, "mojibake").value > 0.2
    assert not any(e.rule == CUT_RULE for e in assessment.edits)


def test_scan_is_deterministic() -> None:
    lines = [KOREAN, as_cp949(KOREAN), as_cp1252(KOREAN), *LEGITIMATE]
    assert scan(lines) == scan(list(lines))


def test_garbled_characters_are_counted_exactly():
    """Two bytes of a UTF-8 sequence make one CP949 character: the count a line's share of
    garbled text is measured in (U+FFFD kept apart), and either half of 占쏙옙 alone."""
    assert garbled_chars("목록을 봅니다".encode().decode("cp949", errors="replace")) == 8
    assert garbled_chars("가나 占쏙옙 라마") == 3
    assert garbled_chars("가나 占쏙 라마") == 2
    assert garbled_chars("가나 쏙옙 라마") == 2
    assert garbled_chars("가나 占 라마") == 0


def test_an_empty_document_has_no_mojibake():
    assert scan([""]).share == scan(["", ""]).share == 0.0


def test_a_cp949_reading_counts_from_a_fifth_of_the_line_s_non_ascii_bytes():
    """목록 read as CP949 covers 6 bytes: garbled beside 12 Hangul syllables (6 of 30 bytes,
    exactly a fifth), not beside 13 (6 of 32), whose bytes can never form such runs."""
    garbled = "목록".encode().decode("cp949", errors="replace")
    assert garbled_chars(f"{garbled} {'가' * 12}") == 3
    assert garbled_chars(f"{garbled} {'가' * 13}") == 0


def test_reports_say_a_repaired_line_was_repaired():
    assert edit_verb(REPAIR_RULE) == "repaired"
    assert edit_verb(CUT_RULE) == edit_verb("boilerplate_line") == "removed"
