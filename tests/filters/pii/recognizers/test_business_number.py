"""Business registration numbers: the check digit, or 사업자등록번호 in front of one whose
check digit fails."""

from tests.pii_helpers import spans_of


def test_valid_number_is_found():
    assert ("KR_BRN", "220-81-62517") in spans_of("사업자등록번호 220-81-62517")


def test_a_failing_check_digit_needs_the_context_word():
    assert spans_of("사업자등록번호 123-45-67890") == [("KR_BRN", "123-45-67890")]
    assert spans_of("번호 123-45-67890") == []
