"""The structured PII recognizers, one pattern and one validator branch at a time (issue #28:
the tests the mutation run of ``filters/pii/recognizers/`` asked for; see
``benchmarks/mutation_survivors.md``).

Each test builds the PII stage afresh with the default settings (about a millisecond: Kiwi
itself is shared), so that building it, which runs every recognizer's ``ko_patterns``, is
part of the test: the mutation run maps a test only to the code it runs. Texts use "번호",
"참고", "오늘" where no context word should help, and a context word where one should. Scores
are asserted only without a context word, where they are the pattern's own: the score the
provenance records for the span and the one overlaps are resolved by. All values are
synthetic or the card networks' published test numbers."""

import pytest

from filters.pii.scrub import Scrubber
from tests.conftest import settings


def scored(text: str) -> list[tuple[str, str, float]]:
    """(type, value, score) of every span a freshly built PII stage finds in ``text``."""
    result = Scrubber(settings().pii).scrub(text)
    return [(s.type, text[s.start : s.end], s.score) for s in result.spans]


def spans_of(text: str) -> list[tuple[str, str]]:
    return [(kind, value) for kind, value, _ in scored(text)]


def untouched(text: str) -> bool:
    return spans_of(text) == []


# Resident and foreigner registration numbers -------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "851231-2345678",  # the last day of December
        "850131-2345678",  # the last day of January
        "851130-2345678",  # the last day of a 30-day month
        "901015-1234567",  # a day in October (month 10)
        "840229-2345678",  # 29 February of a leap year
        "000229-3123456",  # 29 February 2000: sex digit 3 is born in the 2000s
        "200229-1234567",  # 29 February 1920: sex digit 1 is born in the 1900s
    ],
)
def test_rrn_a_birth_date_that_exists_keeps_the_number(number):
    assert spans_of(f"번호 {number}") == [("KR_RRN", number)]


@pytest.mark.parametrize(
    "number",
    [
        "851131-2345678",  # 31 November
        "850229-2345678",  # 29 February of a common year
        "000229-1123456",  # 29 February 1900: sex digit 1 is born in the 1900s, not a leap year
    ],
)
def test_rrn_a_birth_date_that_cannot_exist_drops_the_number(number):
    assert untouched(f"번호 {number}")


@pytest.mark.parametrize(
    ("number", "kind", "score"),
    [
        ("900101-1234568", "KR_RRN", 1.0),  # hyphenated, check digit valid
        ("900101-1234561", "KR_RRN", 0.5),  # hyphenated, issued since 2020 (no check digit)
        ("9001011234568", "KR_RRN", 0.7),  # unbroken, check digit valid
        ("900101 1234568", "KR_RRN", 0.7),  # spaced
        ("900101.1234568", "KR_RRN", 0.7),  # dotted
        ("900101 . 1234568", "KR_RRN", 0.7),  # a dot between spaces
        ("900101-5234561", "KR_FRN", 1.0),  # foreigner number, check digit valid
        ("900101-5234560", "KR_FRN", 0.5),  # foreigner number, hyphenated, no check digit
    ],
)
def test_rrn_each_spelling_is_found_alone_with_its_score(number, kind, score):
    assert scored(f"번호 {number}") == [(kind, number, score)]


def test_rrn_an_unbroken_number_without_its_check_digit_needs_a_context_word():
    assert untouched("번호 9001011234561")
    assert spans_of("주민 9001011234561") == [("KR_RRN", "9001011234561")]
    assert untouched("번호 9001015234560")
    assert spans_of("외국인 9001015234567") == [("KR_FRN", "9001015234567")]


@pytest.mark.parametrize("number", ["900101-1******", "900101-12*****", "880819-2●●●●●●"])
def test_rrn_a_masked_number_is_left_as_its_writer_masked_it(number):
    assert untouched(f"주민등록번호 {number}")


def test_frn_with_an_impossible_date_is_untouched_even_after_its_own_label():
    assert untouched("외국인번호: 990230-5234567")
    assert untouched("외국인 990230-5234567")
    assert spans_of("외국인번호: 990228-5234567") == [("KR_FRN", "990228-5234567")]


# Phone numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "02-2000-1234",  # Seoul: the exchange is 2000, after a two-digit code
        "010-2000-1234",  # mobile: 2000, after a three-digit prefix
        "010-0123-4567",  # an exchange that starts with zeros
        "010-0001-2345",  # an exchange that ends in a non-zero digit
        "0507-2000-1234",  # a 050x safe number: 2000, after a four-digit prefix
        "+82 10 1000 1234",  # +82 without the trunk 0: 010-1000-1234
        "+82 010-1000-1234",  # +82 with the trunk 0 written
    ],
)
def test_phone_a_number_with_a_real_exchange_is_found(number):
    assert spans_of(f"연락처 {number} 입니다") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "number",
    [
        "031-000-1234",  # a three-digit area code and an all-zero exchange
        "0505-000-1234",  # a 050x prefix and an all-zero exchange
        "+82 16 0000 1234",  # +82, old mobile prefix 016, no trunk 0
        "+82 016 0000 1234",  # the same with the trunk 0 written
    ],
)
def test_phone_an_all_zero_exchange_is_a_placeholder(number):
    assert untouched(f"연락처 {number} 입니다")


@pytest.mark.parametrize(
    ("number", "score"),
    [
        ("010-2345-6789", 0.7),
        ("010)2345-6789", 0.7),
        ("010 2345 6789", 0.7),
        ("011-234-5678", 0.7),
        ("010/2345/6789", 0.6),
        ("공일공 이삼사오 육칠팔구", 0.6),  # digits read aloud: 공 or 영 for zero
        ("영일영 이삼사오 육칠팔구", 0.6),
        ("공칠공 일이삼사 오육칠팔", 0.6),
        ("영칠공 일이삼사 오육칠팔", 0.6),
        ("01023456789", 0.6),
        ("+82-10-2345-6789", 0.85),
        ("+82 2 2345 6789", 0.85),
        ("+82(0)2-2345-6789", 0.85),
        ("+82 (0) 10 2345 6789", 0.85),
        ("+82-70-1234-5678", 0.85),
        ("+82-1023456789", 0.85),
        ("02-2345-6789", 0.6),
        ("(02)2345-6789", 0.6),
    ],
)
def test_phone_each_spelling_is_found_alone_with_its_score(number, score):
    assert scored(f"오늘 {number} 로") == [("PHONE_NUMBER", number, score)]


@pytest.mark.parametrize("number", ["0162345678", "0223456789", "021234567"])
def test_phone_an_unbroken_old_mobile_or_landline_needs_a_context_word(number):
    assert untouched(f"오늘 {number} 로")
    assert spans_of(f"연락 {number} 로") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize("text", ["오늘 010-2345-67890 로", "오늘 2010-2345-6789 로"])
def test_phone_a_longer_digit_run_is_no_phone_number(text):
    assert untouched(text)


@pytest.mark.parametrize(
    "number",
    [
        "010-2345-6789",
        "(010) 2345-6789",
        "+82-10-2345-6789",
        "070-1234-5678",
        "(070) 1234-5678",
        "0505-123-4567",
        "(0505) 123-4567",
    ],
)
def test_phone_a_mobile_070_or_050x_number_after_an_institution_is_still_personal(number):
    """Offices publish landlines; a mobile, internet or safe number there is a person's."""
    assert spans_of(f"강남구청 민원실 {number}") == [("PHONE_NUMBER", number)]


def test_phone_a_landline_right_after_an_institution_is_its_own_also_at_a_line_start():
    assert untouched("법원 02-530-1114")
    assert untouched("안내\n법원 02-530-1114")
    assert untouched("강남구청 민원실 02-3423-5114")


def test_phone_an_institution_on_the_line_above_does_not_make_the_number_its_own():
    """A résumé's last post, then the writer's number on the next line."""
    text = "이력서\n경력: 국토교통부\n02-555-0123"
    assert spans_of(text) == [("PHONE_NUMBER", "02-555-0123")]


def test_phone_a_label_marking_no_identifier_also_covers_a_mobile_number():
    assert untouched("주문번호 010-2345-6789")
    assert untouched("운송장 01023456789")


# Card numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "score"),
    [
        ("4111-1111-1111-1111", 1.0),  # Visa
        ("9400-0000-0000-0007", 1.0),  # a Korean domestic card (issuer digit 9)
        ("3782-822463-10005", 1.0),  # Amex 37, grouped 4-6-5
        ("3434-343434-34343", 1.0),  # Amex 34, grouped 4-6-5
        ("378282246310005", 0.6),  # Amex 37, unbroken
        ("343434343434343", 0.6),  # Amex 34, unbroken
    ],
)
def test_card_that_passes_luhn_is_found_without_a_context_word(number, score):
    assert scored(f"참고 {number} 끝") == [("CREDIT_CARD", number, score)]


@pytest.mark.parametrize(
    "number",
    [
        "4111-1111-1111-1112",  # a Visa issuer digit, but Luhn fails
        "3782-822463-10006",  # an Amex grouping, but Luhn fails
        "3400 0000 0000 0000",  # passes Luhn, but 16 digits with an Amex prefix
        "411111111111116",  # passes Luhn, but 15 digits that are not Amex
    ],
)
def test_card_a_number_without_a_card_shape_needs_a_context_word(number):
    assert untouched(f"참고 {number} 끝")


@pytest.mark.parametrize("number", ["4111-1111-1111-1112", "3782-822463-10006"])
def test_card_a_grouped_number_failing_luhn_next_to_a_card_word_is_scrubbed(number):
    """A mistyped card in a payment sentence is still someone's card."""
    assert spans_of(f"결제 카드 {number}") == [("CREDIT_CARD", number)]


# Bank accounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "110-123-456789",
        "110 - 123 - 456789",
        "110 123 456789",
        "3333011234567",
        "1234567890",  # 10 digits, the fewest an account has
        "12345678901234",  # 14 digits, the most an account has
    ],
)
def test_account_found_next_to_an_account_word_and_only_there(number):
    assert spans_of(f"계좌 {number}") == [("KR_BANK_ACCOUNT", number)]
    assert untouched(f"번호 {number}")


@pytest.mark.parametrize(
    "number",
    [
        "12-34-5678",  # 8 digits: too few
        "12-345-6789",  # 9 digits grouped: too few
        "123456789",  # 9 digits unbroken: too few
        "123456-1234567-12",  # 15 digits grouped: too many
        "123456 1234567 12",  # 15 digits spaced: too many
        "123456789012345",  # 15 digits unbroken: too many
        "110-123 456789",  # a dash and a space: two kinds of separator
    ],
)
def test_account_a_number_of_another_length_or_mixed_separators_is_none(number):
    assert untouched(f"계좌 {number}")


# Business registration numbers ----------------------------------------------------------


def test_brn_a_valid_check_digit_is_found_alone_with_its_score():
    assert scored("번호 220-81-62517") == [("KR_BRN", "220-81-62517", 0.9)]


@pytest.mark.parametrize("number", ["123-45-67890", "123 45 67890", "2208162517"])
def test_brn_a_failing_check_digit_or_a_weak_spelling_needs_a_context_word(number):
    assert spans_of(f"사업자 {number} 입니다") == [("KR_BRN", number)]
    assert untouched(f"번호 {number} 입니다")


def test_brn_a_bare_ten_digit_number_failing_the_check_digit_is_none():
    assert untouched("사업자 1234567890 입니다")


# Passports ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["여권 M123A4567", "여권 M12345678", "여권 s123b4567", "Passport no. S123B4567"],
)
def test_passport_found_next_to_a_passport_word(text):
    value = text.split()[-1]
    assert spans_of(text) == [("KR_PASSPORT", value)]
    assert untouched(text.replace("여권", "제품").replace("Passport", "Product"))


@pytest.mark.parametrize("value", ["MM12345678", "XM123A4567", "M123A45678", "M123A4567X"])
def test_passport_a_longer_code_is_none(value):
    assert untouched(f"여권 {value}")


@pytest.mark.parametrize("value", ["M1234567", "A12345678"])
def test_passport_a_digit_short_or_a_letter_no_korean_passport_has_is_none(value):
    """Away from its label (여권번호: …), where another country's number might stand."""
    assert untouched(f"여권 분실 신고서 {value}")


# Driver's licences ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "score"),
    [
        ("11-19-123456-78", 0.5),  # numeric, a valid region code
        ("11.19.123456.78", 0.5),
        ("11 - 19 - 123456 - 78", 0.5),
        ("서울 11-19-123456-78", 0.6),  # a region name before the full number
        ("서울 03-123456-78", 0.6),  # the older region-name form
        ("서울03-123456-78", 0.6),
    ],
)
def test_licence_each_spelling_is_found_alone_with_its_score(number, score):
    assert scored(f"번호 {number}") == [("KR_DRIVER_LICENSE", number, score)]


@pytest.mark.parametrize(
    "number",
    [
        "99-19-123456-78",  # no such region code
        "11 19 123456 78",  # spaced
        "99 19 123456 78",  # spaced, no such region code
        "서울 03 123456 78",  # the older form, spaced
        "111912345678",  # unbroken
    ],
)
def test_licence_a_weak_spelling_or_unknown_region_needs_a_context_word(number):
    assert untouched(f"번호 {number}")
    assert spans_of(f"운전면허 {number}") == [("KR_DRIVER_LICENSE", number)]


# E-mail addresses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "hong.gil@example.com",
        "x.hong@example.com",
        "hong%dept+tag@example.com",
        "hong@example.com.kr",
        "hong@mail-server.example.com",
    ],
)
def test_email_found_whole(address):
    assert spans_of(f"메일 {address} 으로") == [("EMAIL_ADDRESS", address)]


def test_email_in_capitals_is_found_and_a_valid_address_scores_one_alone():
    assert spans_of("메일 Hong.Gil@Example.COM 으로") == [("EMAIL_ADDRESS", "Hong.Gil@Example.COM")]
    assert scored("참고 hong.gil@example.com 으로") == [
        ("EMAIL_ADDRESS", "hong.gil@example.com", 1.0)
    ]


@pytest.mark.parametrize(
    "address",
    [
        "hong.@example.com",  # the local part ends in a dot
        "hong..gil@example.com",  # two dots in a row
        "user@co.kr",  # a public suffix with no name before it
        "user@host.zzzz",  # neither a public suffix nor a private name
        "user@localhost",  # no dot in the domain
        "a@b.c",  # a one-letter top-level domain
        "hong@-bad.example.com",  # a label starting with a hyphen
    ],
)
def test_email_no_address_is_found(address):
    assert untouched(f"메일 {address} 으로")


# IP addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "fd12:3456:789a::1",  # IPv6 starting with a letter
        "FD12:3456:789A::1",  # the same in capitals
        "2001:DB8::7",
        "2001:db8:1:2:3:4:5:6",  # IPv6 written out, no "::"
        "::ffff:203.0.113.77",  # IPv4 inside IPv6
        "2001:db8::7%eth0",  # a zone
        "2001:db8::7/64",  # a host with its prefix length
        "203.0.113.77/24",  # an IPv4 host with its prefix length
        "169.254.10.20",  # IPv4 link-local: a host on a network
        "1.2.3.4",  # one digit in every part
    ],
)
def test_ip_found(address):
    """The span is the address; a host's prefix length after it is left."""
    host, slash, prefix = address.partition("/")
    assert spans_of(f"서버 {address} 접속") == [("IP_ADDRESS", host)]
    scrubbed = Scrubber(settings().pii).scrub(f"서버 {address} 접속").text
    assert scrubbed == f"서버 <|ip|>{slash}{prefix} 접속"


@pytest.mark.parametrize(
    "address",
    [
        "224.0.0.251",  # IPv4 multicast (mDNS)
        "ff02::fb",  # IPv6 multicast
        "fe80::1ff:fe23:4567:890a",  # IPv6 link-local
        "fe80::1%eth0",
        "203.0.113.0/24",  # a network
        "2001:db8::/32",
        "1::2::3",  # two "::": shaped like IPv6, but no address
        "203.0.113.256",  # an octet past 255
        "1.2.3.4.5",  # five parts
    ],
)
def test_ip_addresses_that_identify_no_one_stay(address):
    assert untouched(f"서버 {address} 접속")


@pytest.mark.parametrize("token", ["2001:db8::7z", "2001:db8::7Z", "2001:db8::7_x"])
def test_ip_an_ipv6_shape_glued_to_a_word_is_no_address(token):
    assert untouched(f"서버 {token} 접속")


def test_ip_a_version_word_earlier_in_an_english_sentence_hides_the_number():
    """The sentence names a firmware, further back than the 20-character window."""
    assert untouched("The firmware on this office router model is 203.0.10.3")
    assert spans_of("The office router model is 203.0.10.3") == [("IP_ADDRESS", "203.0.10.3")]


def test_ip_a_numbered_chapter_is_no_address_but_a_full_stop_after_one_is_nothing():
    assert untouched("문서 203.0.113.77장 참고")
    assert spans_of("서버 203.0.113.77.에 접속") == [("IP_ADDRESS", "203.0.113.77")]
