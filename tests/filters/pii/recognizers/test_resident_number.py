"""Resident and foreigner registration numbers in the spellings forms and letters use; the
check digit raises the score without being required; order and corporate numbers stay."""

from tests.pii_helpers import finds_exactly, leaves_untouched, scrub

RESIDENT = [
    ("주민등록번호 900101-1234568입니다.", "900101-1234568"),
    ("주민번호는 9001011234568이고", "9001011234568"),
    ("신청인 주민번호 021203-3123456 (2020년 이후 발급)", "021203-3123456"),
    ("주민등록번호: 851203 - 2345671", "851203 - 2345671"),
]
FOREIGNER = [("외국인등록번호 900101-5234560 확인", "900101-5234560")]

UNTOUCHED = [
    "주문번호 2024031512345678, 주문번호 240315-1234567",
    "법인등록번호 110111-1234567, 바코드 8801234567893",
    # masked as its writer masked it, in a template or a form
    "[작성 예시] 주민등록번호: 900101-1****** / 외국인등록번호 950608-5******",
]


test_resident_number_found_exactly = finds_exactly("KR_RRN", RESIDENT)
test_foreigner_number_found_exactly = finds_exactly("KR_FRN", FOREIGNER)

test_order_and_corporate_numbers_stay = leaves_untouched(UNTOUCHED)


def test_check_digit_raises_the_score_but_is_not_required():
    valid = scrub("주민등록번호 900101-1234568").spans[0]
    post_2020 = scrub("번호 900101-1234561").spans[0]
    assert valid.score == 1.0 and post_2020.type == "KR_RRN" and post_2020.score < 1.0
