"""Korean phone numbers in every usual spelling; company hotlines are not personal data."""

from tests.pii_helpers import finds_exactly, spans_of, untouched

FOUND = [
    ("문의는 010-1234-5678로 연락 주세요.", "010-1234-5678"),
    ("휴대폰 010.9876.5432", "010.9876.5432"),
    ("번호 010 2345 6789에서 전화", "010 2345 6789"),
    ("연락처: 01023456789", "01023456789"),
    ("해외에서는 +82-10-2345-6789로", "+82-10-2345-6789"),
    ("+82 (0)10-2345-6789 입니다", "+82 (0)10-2345-6789"),
    ("사무실 (02) 123-4567", "(02) 123-4567"),
    ("대표 031)1234-5678 로 전화", "031)1234-5678"),
    ("인터넷전화 070-8765-4321", "070-8765-4321"),
]

test_span_covers_exactly_the_number = finds_exactly("PHONE_NUMBER", FOUND)


def test_a_hyphenated_mobile_number_needs_no_context_word():
    assert spans_of("오늘 저녁 010-2345-6789 로 보내") == [("PHONE_NUMBER", "010-2345-6789")]


def test_nationwide_business_and_toll_free_numbers_stay():
    assert untouched("고객센터 1588-1234, 대표번호 1577-1004, 무료 상담 080-123-4567")


def test_a_landline_said_to_be_a_public_offices_main_line_stays():
    assert spans_of("문의 02-2600-6290 (구청 대표번호로 자동 연결)") == []
    # a hospital's main line is a business's, still scrubbed
    assert spans_of("병동 간호사실 031-555-0100 (병원 대표번호)") == [
        ("PHONE_NUMBER", "031-555-0100")
    ]


def test_every_value_on_a_forms_example_line_stays():
    form = "휴대폰: 010-2231-4432\n예) 홍길동 / 010-1234-5678 / 서울시 ○○구 ○○로 00"
    assert spans_of(form) == [("PHONE_NUMBER", "010-2231-4432")]
