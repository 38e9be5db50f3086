"""Card numbers that pass Luhn are found; coupon and gift-card PINs that pass it too stay."""

import pytest

from tests.pii_helpers import spans_of, untouched

FOUND = [
    ("카드번호 4111-1111-1111-1111로 결제", "4111-1111-1111-1111"),
    ("결제 카드 5500 0000 0000 0004 (일시불)", "5500 0000 0000 0004"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_span_covers_exactly_the_number(text, value):
    assert ("CREDIT_CARD", value) in spans_of(text)


def test_coupon_and_gift_card_pins_stay():
    assert untouched("쿠폰번호 4111-1111-1111-1111, 상품권 핀번호 4532-1188-9021-7754")
