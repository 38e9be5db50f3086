"""Driver's licence numbers, numeric with a valid region code or with the region's name."""

from tests.pii_helpers import finds_exactly

FOUND = [
    ("운전면허번호 11-19-123456-78", "11-19-123456-78"),
    ("운전면허 서울 03-123456-78 소지", "서울 03-123456-78"),
]


test_span_covers_exactly_the_number = finds_exactly("KR_DRIVER_LICENSE", FOUND)
