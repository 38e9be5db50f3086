"""Card numbers that pass Luhn are found; coupon and gift-card PINs that pass it too stay."""

from tests.pii_helpers import finds_exactly, untouched

FOUND = [
    ("카드번호 4111-1111-1111-1111로 결제", "4111-1111-1111-1111"),
    ("결제 카드 5500 0000 0000 0004 (일시불)", "5500 0000 0000 0004"),
]


test_span_covers_exactly_the_number = finds_exactly("CREDIT_CARD", FOUND)


def test_coupon_and_gift_card_pins_stay():
    assert untouched("쿠폰번호 4111-1111-1111-1111, 상품권 핀번호 4532-1188-9021-7754")
