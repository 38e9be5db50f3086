"""The functions changed after their mutation run, run again (session 18; see
``benchmarks/mutation_survivors.md``): the tests their surviving mutants asked for.

Each case is a text through the real PII stage (real Kiwi, real recognizers, no mocks) and
what it finds, except ``row_mates``'s own contract, called directly."""

from filters.pii.clause import row_mates
from tests.pii_helpers import spans_of

ALL = "pii.person=all"


def of_kind(kind: str, text: str, *overrides: str) -> list[str]:
    return [value for k, value in spans_of(text, *overrides) if k == kind]


def passports(text: str) -> list[str]:
    return of_kind("KR_PASSPORT", text)


def names(text: str, *overrides: str) -> list[str]:
    return of_kind("PERSON", text, *overrides)


# A list whose one row labels its passport number: the same field of the rows around it -------


def test_the_rows_above_and_below_a_labelled_row_further_down_the_text():
    """The labelled row is the list's second, the list starts on the text's third line: the
    rows above and below it, and nothing of the lines above the list."""
    text = (
        "인바운드 단체 명단 (상해 출발)\n"
        "인솔: 가이드 진매화\n"
        "1. LIU YANG / E58201947\n"
        "2. WANG FANG / 여권 EA4827193\n"
        "3. ZHANG WEI / EB1029384"
    )
    assert passports(text) == ["E58201947", "EA4827193", "EB1029384"]
    assert passports(text.replace("여권 ", "")) == []


def test_a_list_ends_at_a_blank_line_before_the_texts_last_line():
    text = (
        "인바운드 단체 명단\n"
        "1. WANG FANG / 여권 EA4827193\n"
        "2. LIU YANG / E58201947\n"
        "\n"
        "가이드 진매화 010-2283-4419"
    )
    assert passports(text) == ["EA4827193", "E58201947"]


def test_a_pipe_tables_labelled_last_row_labels_the_rows_above():
    """Rows that open and close with ``|``, the labelled one last in the text."""
    text = (
        "| 번호 | 성명 | 비고 |\n| 1 | LIU YANG | E58201947 |\n| 2 | WANG FANG | 여권 EA4827193 |"
    )
    assert passports(text) == ["E58201947", "EA4827193"]


def test_a_number_that_opens_its_cell_labelled_after_it():
    """EA4827193 (여권) right after a tab: the number starts its cell."""
    text = (
        "단체 명단\n1\tWANG FANG\tEA4827193 (여권)\n2\tLIU YANG\tE58201947\n3\tZHANG WEI\tEB1029384"
    )
    assert passports(text) == ["EA4827193", "E58201947", "EB1029384"]


def test_a_labelled_number_on_a_line_of_no_list():
    """The text has a ``/`` list line elsewhere; the labelled number's own line has none."""
    assert passports("여권: M12345678\n항공편 KE0901 / 인천 → 나리타") == ["M12345678"]


def test_row_mates_of_a_position_between_two_cells_is_nothing():
    text = "WANG FANG / EA4827193\nLIU YANG / E58201947"
    assert list(row_mates(text, text.index("/"))) == []
    start = text.index("EA4827193")
    assert [text[lo:hi] for lo, hi in row_mates(text, start)] == ["E58201947"]


# A field's value before a business number --------------------------------------------------


def test_a_four_syllable_name_with_a_two_syllable_surname_before_a_business_number():
    """A sole trader's name (남궁민수) is a person's size; a company's (오토밸류) is not.
    (Kills no mutant of ``_person_sized``: the record-names field rule finds the name too.)"""
    text = "매수인: 남궁민수 (사업자 161-64-53014)\n연락처 010-2281-3390"
    assert names(text) == names(text, ALL) == ["남궁민수"]


# 님/씨 after a name: the person a message speaks to, not an interview's guest -----------------

CONTACT = "pii.person=contact"


def test_an_interviews_question_on_a_later_line_calls_no_contact():
    """— 송강호 씨, on the transcript's third line, between lines that open with no mark: the
    guest is asked, no message is sent to him (found under ``all``, not under ``contact``)."""
    text = "[인터뷰 전문]\n배우와의 대화\n— 송강호 씨, 이번 작품에서는 어떤 역할인가요?\n(웃음)"
    assert names(text, CONTACT) == []
    assert names(text, ALL) == ["송강호"]


def test_a_name_called_with_a_comma_below_a_transcripts_question():
    """The text opens with a transcript's mark; the line that calls 박서연 does not."""
    for mark in ("Q.", "—"):
        text = f"{mark} 다음 일정은요?\n회의 안내: 자료 검토 후 박서연 씨, 회의실로 오세요."
        assert names(text, CONTACT) == ["박서연"]


# More of the list rows, another country's phone, the payment and passport names ----------------


def test_a_list_that_opens_the_text_and_a_header_row_of_another_width():
    """The list's first row is the text's first line; a header of three fields above a list
    of two stops the look upwards, not the one downwards."""
    assert passports("1. LIU YANG / E58201947\n2. WANG FANG / 여권 EA4827193") == [
        "E58201947",
        "EA4827193",
    ]
    text = "성명 / 구분 / 비고\n1. WANG FANG / 여권 EA4827193\n2. LIU YANG / E58201947"
    assert passports(text) == ["EA4827193", "E58201947"]


def test_another_countrys_number_with_its_area_code_in_brackets_in_a_fresh_stage():
    """The stage built inside the test, so that building its patterns is part of it."""
    from filters.pii.scrub import Scrubber
    from tests.conftest import settings

    text = "Owner: US mobile +1 (206) 555-0177, thanks"
    result = Scrubber(settings().pii).scrub(text)
    assert [(s.type, text[s.start : s.end]) for s in result.spans] == [
        ("PHONE_NUMBER", "+1 (206) 555-0177")
    ]


def test_a_payments_one_party_field_alone_and_a_zones_name_beside_a_labelled_one():
    """Only the beneficiary (:59:) or only the ordering customer (:50K:) in the text; a
    machine-readable zone below a labelled name keeps both."""
    assert names(":20:REF2024\n:59:CHEN JIALE\nTAIPEI\n:70:FEES 010-9921-4408") == ["CHEN JIALE"]
    assert names(":50K:/1002662017483\nKIM SOHEE\nSEOUL KOREA 010-9921-4408") == ["KIM SOHEE"]
    text = "Name: Emily Carter\nP<USAMILLER<<JAMES<ROBERT<<<<<<<<<<<<<<<<<<<<\n연락처 010-9921-4408"
    assert names(text) == ["Emily Carter", "MILLER<<JAMES<ROBERT"]
