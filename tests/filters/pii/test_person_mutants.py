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
    assert names(text) == ["박서연"]


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


# The rest of the module (analyze, _candidate_at, _candidate_before, _labels) ---------------


@pytest.mark.parametrize(
    "text",
    ["김민준 님, 회의 자료 보내드립니다", "김민준 씨 서류 확인 부탁드립니다"],
)
def test_a_name_opening_a_message_without_a_full_stop_is_found(text):
    """A chat line: the name at the very start, the text ending in a Hangul syllable."""
    assert names(text, CONTACT) == ["김민준"]


@pytest.mark.parametrize(
    "text", ["내일 성남에서 과장님과 회의가 있습니다.", "성남에서 과장님을 뵙고 왔습니다."]
)
def test_a_place_with_its_particle_before_a_title_is_no_name(text):
    """성남/NNP 에서/JKB before 과장: the word before the title is not a name ending there."""
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    ["이름\t메뉴\t가격\n김민수\t김치전\t5000", "주문자\t메뉴\n김민수\t김치전"],
)
def test_a_name_shaped_cell_beside_the_name_column_is_no_name(text):
    """김치전 (a surname syllable and two more) under 메뉴: only the name column's cells."""
    assert names(text) == ["김민수"]


def test_a_name_kiwi_splits_around_a_verb_is_found_by_its_proper_noun():
    """박/NNP 은/JX 서/VV: a verb inside the word, but a proper noun too."""
    assert names("박은서 고객님, 주문하신 상품이 발송되었습니다.", CONTACT) == ["박은서"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("한서이 씨, 확인 부탁드립니다.", "한서이"),  # 한서/NNP 이/XSN at the text's start
        ("자료는 정윤이 씨에게 전달해 주세요.", "정윤이"),  # 정윤/NNP 이/XSN inside it
    ],
)
def test_a_three_syllable_name_whose_last_syllable_kiwi_reads_as_a_suffix_is_whole(text, name):
    assert names(text) == [name]


def test_a_self_introduced_name_before_the_copula_and_its_ending_is_found():
    """김민수/NNP 이/VCP 에요/EF: two morphemes after the name, both cut."""
    assert names("제 이름은 김민수이에요.", CONTACT) == ["김민수"]


def test_a_two_syllable_given_name_with_nim_glued_is_the_name_without_it():
    """지우/NNP 님/XSN: the run 지우님 is three syllables; the honorific is no part of it."""
    assert names("지우님, 자료 확인 부탁드립니다.", CONTACT) == ["지우"]


def test_a_name_addressed_in_a_script_is_not_contact_data():
    """Two speakers and a stage direction: a play, whose 씨 addresses a character."""
    text = "수아: (문을 열며) 김정우 씨, 들어오세요.\n정우: 네, 갑니다."
    assert names(text, CONTACT) == []
    assert names(text) == ["김정우", "정우"]


@pytest.mark.parametrize("text", ["참석자: 임정숙, 주다은", "참석자：임정숙, 주다은"])
def test_every_name_of_a_list_after_a_colon_is_found(text):
    """An ASCII or a full-width colon: the list's names, one after another."""
    assert names(text, CONTACT) == ["임정숙", "주다은"]


def test_a_list_after_a_colon_stops_at_an_organisation():
    """수신: a company (its ending), then its branch: 서울지점 (서 as a surname) is no name."""
    assert names("수신: 한빛상사, 서울지점") == []


@pytest.mark.parametrize("text", ["수령인: 김민수 님", "SHIP TO: PARK JIHOON"])
def test_a_name_found_by_a_label_keeps_the_labels_score(text):
    """수령인: (0.85), then 님 (0.8) for the same span: the stronger cue's score; a Latin
    name after its label: a strong label's."""
    spans = Scrubber(settings(ALL).pii).scrub(text).spans
    assert [(span.type, span.score) for span in spans] == [("PERSON", 0.85)]


@pytest.mark.parametrize(
    ("contact", "name"),
    [("문의 (담당자 김민수)", "김민수"), ("이름: Batbayar Ganzorig", "Batbayar Ganzorig")],
)
def test_a_form_field_in_a_script_is_still_contact_data(contact, name):
    """A play's lines, then its contact: the labelled name is a form's field."""
    text = "수아: (문을 열며) 정우야, 들어와.\n정우: 네, 갑니다.\n" + contact
    assert names(text, CONTACT) == [name]


def test_a_header_row_does_not_end_the_search_for_labels():
    """성명⇥은행명 heads a table; 담당자: below it is a field of its own."""
    assert names("성명\t은행명\n김민수\t국민은행\n\n담당자: 이서연") == ["김민수", "이서연"]


def test_a_weak_label_inside_a_sentence_still_names_a_proper_noun():
    """담당자 is no ordinary noun: mid-sentence, before a proper noun, it labels a name."""
    assert names("이번 건은 담당자 김민수가 처리합니다.") == ["김민수"]


def test_a_name_label_inside_a_sentence_names_a_self_introduced_name():
    """성함 mid-sentence is a noun, unless the name after it ends in 입니다."""
    assert names("제 성함은 윤정숙입니다.") == ["윤정숙"]


def test_a_label_noun_in_a_sentence_does_not_hide_the_labels_after_it():
    assert names("파일 이름 변경은 설정에서 합니다.\n담당자: 김민수") == ["김민수"]


@pytest.mark.parametrize(
    "text",
    [
        "[담당자] 김민수 씨가 서류를 확인했다.",
        "(담당자) 김민수 씨가 서류를 확인했다.",
        "【담당자】 김민수 씨가 서류를 확인했다.",
        "담당자\t김민수 대리가 서류를 확인했다.",
    ],
)
def test_a_name_after_a_boxed_label_is_contact_data_even_in_narration(text):
    """A label in brackets or before a tab is a form's, whatever the sentence ends in."""
    assert names(text, CONTACT) == ["김민수"]


def test_a_name_after_a_plain_label_in_narration_is_not_contact_data():
    """담당자 and a space at the line start, the sentence ending in -다: written about."""
    text = "담당자 김민수 씨가 서류를 확인했다."
    assert names(text, CONTACT) == []
    assert names(text) == ["김민수"]


def test_a_name_in_a_name_column_is_found_without_a_proper_noun():
    """남궁민수, one common noun for Kiwi: a table's name column takes it by its shape."""
    assert names("이름\t점수\n남궁민수\t90") == ["남궁민수"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("성명(영문): NGUYEN THI LAN", "NGUYEN THI LAN"),
        ("영문 이름은 YOON SUA입니다.", "YOON SUA"),
        ("이름 Batbayar Ganzorig", "Batbayar Ganzorig"),
        ("SHIP TO: PARK JIHOON", "PARK JIHOON"),
    ],
)
def test_a_latin_name_after_a_name_label_is_contact_data(text, name):
    assert names(text, CONTACT) == [name]


def test_one_line_before_a_colon_is_no_speaker():
    """성남: (a city, a proper noun) heads one line: a label, not a chat's speaker."""
    assert names("성남: 맑음, 최고 기온 25도\n좋은 하루 보내세요, 고객님.") == []


def test_a_notice_with_one_speaker_line_and_a_bracket_is_no_script():
    """공지: (필독) looks like a speaker and a stage direction; one speaker makes no play."""
    assert names("공지: (필독) 박서연 씨, 서류 제출 부탁드립니다.", CONTACT) == ["박서연"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("호소카와 씨 가문에 대한 발표는 박서연 씨가 맡습니다.", ["박서연"]),
        ("오우치 씨 가문은 주고쿠 지방을 다스렸다.", []),
    ],
)
def test_a_clan_before_ssi_is_no_name_and_hides_no_later_name(text, found):
    """씨 before 가문 names a clan; a person's 씨 later in the text is still found."""
    assert names(text) == found


def test_a_name_before_a_no_break_space_and_ssi_is_found():
    """Web text writes the space before 씨 as U+00A0."""
    assert names("박서연\u00a0씨, 서류 확인 부탁드립니다.", CONTACT) == ["박서연"]


def test_a_customer_addressed_by_role_is_found_without_a_proper_noun():
    """남궁민수 (one common noun for Kiwi) before 고객님: a role addressed takes a plain name."""
    assert names("남궁민수 고객님, 주문하신 상품이 발송되었습니다.", CONTACT) == ["남궁민수"]


def test_a_name_with_a_title_inside_closed_quotes_is_not_contact_data():
    """The quote closes after the title's sentence: the line as a whole is balanced."""
    text = "그는 “김민준 과장님, 회의실로 오세요.”라고 말했다."
    assert names(text, CONTACT) == []
    assert names(text) == ["김민준"]


def test_a_self_introduction_takes_a_name_without_a_proper_noun():
    """저는 남궁민수라고 합니다: 남궁민수 is one common noun for Kiwi, found by its shape."""
    assert names("저는 남궁민수라고 합니다.", CONTACT) == ["남궁민수"]
