"""Resident and foreigner registration numbers in the spellings forms and letters use; the
check digit raises the score without being required; order and corporate numbers stay."""

import pytest

from tests.pii_helpers import scrub, spans_of, untouched

FOUND = [
    ("주민등록번호 900101-1234568입니다.", "KR_RRN", "900101-1234568"),
    ("주민번호는 9001011234568이고", "KR_RRN", "9001011234568"),
    ("신청인 주민번호 021203-3123456 (2020년 이후 발급)", "KR_RRN", "021203-3123456"),
    ("주민등록번호: 851203 - 2345671", "KR_RRN", "851203 - 2345671"),
    ("본인 확인 900101-1******", "KR_RRN", "900101-1******"),
    ("외국인등록번호 900101-5234560 확인", "KR_FRN", "900101-5234560"),
]

UNTOUCHED = [
    "주문번호 2024031512345678, 주문번호 240315-1234567",
    "법인등록번호 110111-1234567, 바코드 8801234567893",
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_span_covers_exactly_the_number(text, kind, value):
    assert (kind, value) in spans_of(text)


@pytest.mark.parametrize("text", UNTOUCHED)
def test_order_and_corporate_numbers_stay(text):
    assert untouched(text)


def test_check_digit_raises_the_score_but_is_not_required():
    valid = scrub("주민등록번호 900101-1234568").spans[0]
    post_2020 = scrub("번호 900101-1234561").spans[0]
    assert valid.score == 1.0 and post_2020.type == "KR_RRN" and post_2020.score < 1.0
