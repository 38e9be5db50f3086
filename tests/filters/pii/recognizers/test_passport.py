"""Passport numbers look like product codes, so 여권 (passport) must be near."""

from tests.pii_helpers import spans_of


def test_current_format_is_found():
    assert ("KR_PASSPORT", "M123A4567") in spans_of("여권번호 M123A4567")


def test_a_context_word_is_needed():
    assert spans_of("여권 번호는 M12345678") == [("KR_PASSPORT", "M12345678")]
    assert spans_of("제품 코드 M12345678") == []
