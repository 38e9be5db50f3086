"""Account numbers have no check digit, so only a Korean context word (계좌, 입금, a bank)
makes one count."""

from tests.pii_helpers import finds_exactly, spans_of, untouched

FOUND = [
    ("입금 계좌: 신한은행 110-123-456789 (예금주 확인)", "110-123-456789"),
    ("카카오뱅크 3333-01-1234567로 송금해 주세요", "3333-01-1234567"),
]


test_span_covers_exactly_the_number = finds_exactly("KR_BANK_ACCOUNT", FOUND)


def test_a_context_word_is_needed():
    assert spans_of("110-123-456789 입금 부탁드립니다") == [("KR_BANK_ACCOUNT", "110-123-456789")]
    assert spans_of("번호 110-123-456789") == []
    assert untouched("문서에는 110-123-456789 라는 숫자만 있다.")
