import unicodedata
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from filters.normalize import normalize_text
from tests.conftest import settings


def test_nfd_hangul_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "대한민국 헌법")
    assert nfd != "대한민국 헌법"
    assert normalize_text(nfd) == "대한민국 헌법"


def test_zero_width_and_control_characters_are_removed():
    assert normalize_text("한\u200b국\ufeff어\x00 문\x07서") == "한국어 문서"


def test_whitespace_is_collapsed_but_paragraphs_survive():
    text = "  첫째   줄\t입니다  \r\n둘째 줄\n\n\n\n\n셋째 문단  "
    assert normalize_text(text) == "첫째 줄 입니다\n둘째 줄\n\n셋째 문단"


def test_options_can_switch_steps_off():
    nfd = unicodedata.normalize("NFD", "가  나")
    out = normalize_text(nfd, replace(settings().normalize, nfc=False, collapse_whitespace=False))
    assert out == nfd


@given(st.text())
def test_normalization_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_every_line_ending_becomes_a_newline():
    """Old Mac files end lines with a lone carriage return; they split like any other."""
    assert normalize_text("첫 줄\r둘째 줄\r\n셋째") == "첫 줄\n둘째 줄\n셋째"
    assert normalize_text("a\rb").splitlines() == ["a", "b"]
