"""The person recognizer's rules one at a time (the tests the mutation run of
``filters/pii/recognizers/person.py`` asked for; see ``benchmarks/mutation_survivors.md``).

Each case is a text and the names the PII stage finds in it: under ``pii.person: all`` (every
name the recognizer finds) or ``pii.person: contact`` (the default: only names whose context
makes them a private person's contact data). Real Kiwi, real recognizers, no mocks."""

import pytest

from filters.pii.scrub import Scrubber
from tests.conftest import settings
from tests.pii_helpers import spans_of

ALL, CONTACT = "pii.person=all", "pii.person=contact"


def names(text: str, mode: str = ALL) -> list[str]:
    return [value for kind, value in spans_of(text, mode) if kind == "PERSON"]


# Two-syllable surnames ------------------------------------------------------------------


def test_a_four_syllable_name_after_a_two_syllable_surname_is_whole_without_a_proper_noun():
    """Kiwi reads 남궁민수 as one common noun: a full name by its length after 남궁."""
    assert names("이름 남궁민수") == ["남궁민수"]


def test_a_field_name_kiwi_reads_as_a_verb_keeps_its_two_syllable_surname_and_given_name():
    """남궁/NNP 낫/VV-I 은/ETM: one name-shaped word alone in the field, all four syllables."""
    assert names("성명: 남궁나은") == ["남궁나은"]


@pytest.mark.parametrize("text", ["성명: 쓰세요", "성명: 적어요"])
def test_a_one_word_instruction_in_a_name_field_is_no_name(text):
    """A verb of the name's length whose first syllable is no surname (쓰/VV 세요/EF)."""
    assert names(text) == []


# A name ending its field ----------------------------------------------------------------


def test_a_labelled_name_that_ends_the_text_is_found():
    assert names("이름 오세린") == ["오세린"]


def test_a_labelled_name_before_a_bracket_is_contact_data_even_in_narration():
    """담당자 at the line start, the name ending its value (before a bracket): a form's field,
    though the sentence ends in -다."""
    assert names("담당자 김민수 (총무팀) 확인했다.", CONTACT) == ["김민수"]


def test_a_labelled_name_with_its_honorific_ending_its_field_is_contact_data_in_narration():
    """수령인 백승아님-style: the honorific glued to the name, then the field's separator."""
    assert names("담당자 김민수님, 총무팀에서 확인했다.", CONTACT) == ["김민수"]


# Quoted speech: a name addressed inside quotes is a character's line, not a message ------


@pytest.mark.parametrize(
    "text",
    [
        "「박서연 씨, 회의실로 오세요.」",
        "『박서연 씨, 회의실로 오세요.』",
        '"박서연 씨, 회의실로 오세요."',
        '"공지" "박서연 씨, 회의실로 오세요."',  # the third straight quote opens one
    ],
)
def test_a_name_addressed_inside_open_quotes_is_not_contact_data(text):
    assert names(text, CONTACT) == []
    assert names(text) == ["박서연"]


@pytest.mark.parametrize(
    "text",
    [
        "「공지」 『안내』 박서연 씨, 회의실로 오세요.",
        "“공지” 박서연 씨, 회의실로 오세요.",
        '"공지" 박서연 씨, 회의실로 오세요.',
        "회의 안내\n“공지 전달\n박서연 씨, 회의실로 오세요.",  # a quote left open on a line above
    ],
)
def test_a_name_addressed_after_closed_quotes_is_contact_data(text):
    assert names(text, CONTACT) == ["박서연"]


# 씨 and 님 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["윤서준 님께서 요청하신 자료입니다.", "윤서준님께서 요청하신 자료입니다."],
)
def test_a_name_before_nim_alone_is_contact_data(text):
    """님 as a word (NNB) or glued to the name (XSN), no other cue in the text."""
    assert names(text, CONTACT) == ["윤서준"]


def test_every_name_before_ssi_in_a_text_is_found():
    text = "박서연 씨, 김민준 씨, 이하준 씨가 서류를 제출했습니다."
    assert names(text, CONTACT) == ["박서연", "김민준", "이하준"]


@pytest.mark.parametrize(
    "text",
    [
        "씨름 대회 안내: 박서연 씨, 참가 확인 부탁드립니다.",
        "님과 함께, 박서연 씨 참가 확인 부탁드립니다.",
    ],
)
def test_a_text_starting_with_the_honorifics_syllable_still_finds_the_name_before_ssi(text):
    assert names(text, CONTACT) == ["박서연"]


# Narration: 씨 in a sentence ending in plain -다 writes about a person ----------------


@pytest.mark.parametrize(
    "text",
    [
        "회의가 열렸다. 김대중 씨는 성명을 발표했다.",  # the name in the second sentence
        "김대중 씨는 “이제 시작이다”.",  # the sentence's -다 inside closing quotes
        "김대중 씨는 (이미 떠났다).",  # or a closing bracket
    ],
)
def test_ssi_in_narration_is_not_contact_data(text):
    assert names(text, CONTACT) == []
    assert names(text) == ["김대중"]


# Brackets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("환불 계좌 안내 (예금주 나은지)", "나은지"),  # 낫/VV 은지: no surname test finds it
        ("환불 계좌 안내 (예금주 왕리웨이)", "왕리웨이"),
    ],
)
def test_an_account_holder_in_brackets_is_the_whole_bracketed_value(text, name):
    assert names(text, CONTACT) == [name]


@pytest.mark.parametrize("text", ["검토 결과 (작성자 미기재)", "(담당자 미기재)"])
def test_a_bracketed_value_after_another_label_must_look_like_a_name(text):
    """Only an account holder's or addressee's label takes a bracket's whole value."""
    assert names(text) == []


# Scores -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("성명: 홍길동", 0.85),  # a strong label
        ("성   명 : 홍길동", 0.85),  # the same, letter-spaced as forms print it
        ("담당자: 김민준", 0.8),  # a weak one
        ("박서연 씨가 서류를 제출했다.", 0.8),  # 씨
    ],
)
def test_a_names_score_says_how_strong_its_label_or_honorific_is(text, score):
    """The score the provenance records and overlaps with other spans are resolved by. The
    stage is built afresh (building it builds the recognizer), not the cached default."""
    spans = Scrubber(settings(ALL).pii).scrub(text).spans
    assert [(span.type, span.score) for span in spans] == [("PERSON", score)]


@pytest.mark.parametrize(
    "text", ["성명: 미상", "이름: 익명", "성명: 해당 없음", "성명: 미상입니다"]
)
def test_a_name_field_saying_there_is_no_name_has_none(text):
    assert names(text) == []


@pytest.mark.parametrize("text", ["수신: 한솔관리 (주)", "예금주: 한솔관리 (유)"])
def test_a_field_value_before_a_company_mark_is_no_name(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("성명: 응우옌 티 란", "응우옌 티 란"), ("담당: 응우옌 란 대리", "응우옌 란")],
)
def test_a_foreign_name_in_a_field_is_all_its_words_up_to_a_title(text, name):
    assert names(text) == [name]


# What a name is ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("독고민수 씨에게 전해 주세요.", "독고민수"),  # 독고: no one-syllable surname 독
        ("한가람 씨에게 전해 주세요.", "한가람"),  # 가, the first Hangul syllable
    ],
)
def test_a_name_before_ssi_is_found_whatever_its_syllables(text, name):
    assert names(text, CONTACT) == [name]


@pytest.mark.parametrize(
    "text", ["보호자: 어머니", "참석자: 사장단", "이순신장군님께 감사드립니다."]
)
def test_a_word_that_starts_like_a_title_or_kin_word_is_no_name(text):
    """어머니 and 사장단 pass the surname test (어, 사); 이순신장군 is five syllables."""
    assert names(text) == []


# Tables -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("이름\t점수\n정민정\t90", ["정민정"]),  # the surname again inside the given name
        ("이름\t점수\n-\t0\n김민수\t90", ["김민수"]),  # a one-character cell above
        ("지역\t인원\n서울시\t3명", []),  # a name-shaped cell in a column of no names
    ],
)
def test_a_table_gives_the_names_in_its_name_column_only(text, found):
    assert names(text) == found
