"""Driver's licence numbers, numeric with a valid region code or with the region's name."""

import pytest

from tests.pii_helpers import spans_of

FOUND = [
    ("운전면허번호 11-19-123456-78", "11-19-123456-78"),
    ("운전면허 서울 03-123456-78 소지", "서울 03-123456-78"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_span_covers_exactly_the_number(text, value):
    assert ("KR_DRIVER_LICENSE", value) in spans_of(text)
