"""The record-names rules one at a time (the tests the mutation run of
``filters/pii/recognizers/record_names.py`` asked for; see ``benchmarks/mutation_survivors.md``).

Each case is a text holding a contact value and the names the PII stage finds in it: under
``pii.person: all`` and under the default ``pii.person: contact`` (names in a record with a
contact value are personal data under both). Real Kiwi, real recognizers, no mocks."""

import pytest

from tests.pii_helpers import spans_of

ALL = "pii.person=all"


def names(text: str, *overrides: str) -> list[str]:
    return [value for kind, value in spans_of(text, *overrides) if kind == "PERSON"]


def found(text: str) -> list[str]:
    """The names found under ``all``, checked to be the same under the default ``contact``."""
    every = names(text, ALL)
    assert names(text) == every
    return every


# A table's header row ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name on a line of its own after a table: the header row is another line
        (
            "입주민 명단\n| 성명 | 연락처 |\n| 노경민 | 010-2231-5582 |\n우태겸 / 신규 회원",
            ["노경민", "우태겸"],
        ),
        # ... or before it
        ("우태겸 / 신규 회원\n| 성명 | 연락처 |\n| 노경민 | 010-2231-5582 |", ["우태겸", "노경민"]),
        # a header cell of a name's shape (반배정) in a header row led by 성명, first or later
        ("성명 | 반배정 | 비고\n우태겸 | 1반 | 신규\n문의 010-2231-5582", ["우태겸"]),
        ("입주민 명단\n성명 | 반배정 | 비고\n우태겸 | 1반 | 신규\n문의 010-2231-5582", ["우태겸"]),
        # a header row that ends the text, its last cell a label
        ("문의 010-2231-5582\n반배정 | 성명", []),
    ],
)
def test_only_the_header_row_itself_holds_labels_not_names(text, expected):
    assert found(text) == expected


# Table columns and lists --------------------------------------------------------------------


def test_a_common_noun_in_a_column_of_names_is_no_name():
    """Two names found in the 분양자 column make its other cells names, but not 공실
    (vacant), a common noun Kiwi knows."""
    text = (
        "구획 | 분양자 | 연락처\nA-01 | 채소라 | 010-4417-3301\nA-02 | 공실 | 010-4417-3308\n"
        "A-03 | 봉길수 | 010-4417-3308"
    )
    assert found(text) == ["채소라", "봉길수"]


def test_a_common_noun_listed_after_a_name_is_no_name():
    """연령대 (age group) has a name's shape (연 + 령대) but Kiwi knows it as one noun."""
    assert found("고객: 계소연 / 연령대 / 010-2231-5582") == ["계소연"]


def test_a_latin_name_listed_before_hangul_names_in_a_mixed_list():
    text = "탑승: Tran Van Duc, 길수아, 어민혁\n운전 010-4471-2036"
    assert found(text) == ["Tran Van Duc", "길수아", "어민혁"]


def test_a_listed_given_name_needs_a_contact_value_on_its_own_line():
    """- Dmitri (주장) with the league's number on a later line is a list of players, not
    contact data beside a name."""
    assert found("리그 명단\n- Dmitri (주장)\n문의 010-4428-0713\n- Ball 12개") == []


# Transliterations -----------------------------------------------------------------------------


def test_a_team_in_brackets_after_a_name_is_no_other_spelling_of_it():
    assert found("담당자 박미선 (Customer Service)\n연락처 010-2231-4480") == ["박미선"]


# Chat speakers and called given names ---------------------------------------------------------


def test_chat_speakers_before_a_fullwidth_colon():
    assert found("서윤： 택배 왔어?\n다인： 응 계좌 3333-01-2298371") == ["서윤", "다인"]


def test_a_given_name_called_at_the_end_of_the_text():
    """수현/NNP 아/JKV, the vocative the text's last morpheme."""
    assert found("010-2231-5582 로 전화해 수현아") == ["수현"]


def test_given_names_as_speakers_after_a_chat_exports_stamp_before_a_spaced_colon():
    text = (
        "2026. 3. 2. 오후 7:41, 서율 : 계좌 불러줄게\n"
        "2026. 3. 2. 오후 7:42, 다인 : 국민 604201-01-118822"
    )
    assert found(text) == ["서율", "다인"]


# Foreign names written in Hangul --------------------------------------------------------------


def test_a_foreign_name_with_a_word_kiwi_cuts_into_one_syllable_nouns():
    """투안 is 투/NNG 안/NNG alone: a Vietnamese given name, not a word Kiwi knows."""
    assert found("1. 응우옌 반 투안 — 010-2281-4039") == ["응우옌 반 투안"]


def test_a_two_word_foreign_name_with_a_word_kiwi_reads_as_a_particle():
    """우딘 is 우/NNG 딘 read as an ending; beside 무하맛, a word Kiwi does not know at all."""
    assert found("1. 무하맛 우딘 — 010-2281-4039") == ["무하맛 우딘"]


def test_a_two_syllable_foreign_name_opening_a_rosters_line_beside_its_value():
    assert found("1. 뚜언 — 010-2281-4039") == ["뚜언"]


@pytest.mark.parametrize(
    "text",
    [
        "보호자: 모 010-2231-5582",  # 모 (mother) on a form, a kin syllable
        "담당: 진 / 010-2231-5582",  # one syllable alone is no foreign name
    ],
)
def test_a_single_syllable_after_a_label_is_no_foreign_name(text):
    assert found(text) == []


# Where a word stands (the slot) ---------------------------------------------------------------


def test_a_name_before_nim_that_only_the_record_sweep_finds():
    """정가인 ends like a role noun (인), which the person recognizer leaves without a
    proper-noun tag; before 님 in a record with a phone number it is a name."""
    assert found("정가인님 감사합니다. 문의 010-2231-5582") == ["정가인"]
    assert names("정가인님 감사합니다.", ALL) == []


def test_a_relation_word_on_the_next_line_is_not_the_names_honorific():
    """김수현 (also a proper noun Kiwi knows: a public figure) needs a cue; 어머니 opening the
    next line is no cue for it."""
    assert found("문의 010-2231-5582\n김수현\n어머니 상담 예약") == []


def test_a_role_word_with_a_qualifier_in_brackets_still_cues_the_name():
    """보호자(부): the qualifier dropped, 보호자 is the word before 김수현, a proper noun Kiwi
    knows that needs such a cue."""
    assert found("보호자(부) 김수현 / 주소 미기재, 문의 010-2231-5582") == ["김수현"]


@pytest.mark.parametrize(
    "text",
    [
        "상호명： 한결공방 / 연락처 010-2231-5582",
        "상호명 ： 한결공방 / 연락처 010-2231-5582",
        "상호명\t한결공방 / 연락처 010-2231-5582",
    ],
)
def test_a_forms_label_before_a_fullwidth_colon_or_a_tab_is_no_name(text):
    assert found(text) == []


@pytest.mark.parametrize("mark", ["└", "ㄴ"])
def test_the_speakers_of_a_comment_threads_replies(mark):
    text = f"{mark} 라윤희: 계좌 알려주세요\n{mark} 탁경미: 국민 3333-01-2298371 입니다"
    assert found(text) == ["라윤희", "탁경미"]


def test_a_named_list_after_a_header_line_each_item_led_by_a_marker():
    """A list marker before the name is a roster's cue: 김수현, a proper noun Kiwi knows, is
    found as well as 우태겸, which Kiwi does not know."""
    assert found("참석자\n- 김수현\n- 우태겸\n문의 010-2231-5582") == ["김수현", "우태겸"]


@pytest.mark.parametrize("name", ["도은이", "한별이"])
def test_a_speaker_leading_two_lines_of_a_chat_though_kiwi_reads_a_particle(name):
    """도은+이, 한별+이 (Kiwi: a noun and its particle): no chat speaker by its shape alone,
    but one by leading two lines before a colon."""
    text = f"{name}: 계좌 알려줘\n{name}: 국민 3333-01-2298371 입니다"
    assert found(text) == [name, name]


@pytest.mark.parametrize(
    "text", ["연락은 010-2231-5582 문자만 주세요", "연락 010-2231-5582 문자만"]
)
def test_a_common_noun_and_its_particle_beside_a_value_is_no_name(text):
    """문자만 (문자/NNG 만/JX) has a name's shape: 문 and 자, 만."""
    assert found(text) == []


def test_a_noun_and_hada_beside_a_value_is_no_name():
    """안내하는 (안내/NNG 하/XSV 는/ETM): a surname 안 and 내, 하, which Kiwi alone does not
    know; in its sentence a common noun made a verb."""
    assert found("문의 010-2231-5582 안내하는 대로 입금 바랍니다") == []


def test_a_common_noun_and_its_copula_beside_a_value_is_no_name():
    """주인임 (주인/NNG 이/VCP ㅁ/ETN, "the owner"): 주 and 인, 임."""
    assert found("010-2231-5582 주인임") == []


def test_a_name_in_a_title_opening_a_line_before_more_lines_is_no_name():
    """『82년생 김지영』 opens the line (a book's title), the number is on the next line."""
    text = "『82년생 김지영』이 도착했습니다. 감유리 님\n수신 번호 010-2231-5582"
    assert found(text) == ["감유리"]


# A name mentioned again -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside a longer word (미은지) it is no mention; the next one alone still is
        (
            "은지님 계좌 3333-02-8819204 로 입금했어요. 미은지 카페에서 은지 만나요",
            ["은지", "은지"],
        ),
        # nor inside a name that starts with 가, the first Hangul syllable
        ("은지님 계좌 3333-02-8819204 로 입금했어요. 문의는 가은지 카페로", ["은지"]),
        # a full name's given name called with 아, which Kiwi reads as a common noun (보람)
        ("계좌는 국민 611701-04-221987 강보람이에요.\n보람아 고마워", ["강보람", "보람"]),
        # a full name again between ordinary words, where no other rule would find it
        ("담당 우태겸 010-2231-5582\n어제 우태겸 만났어", ["우태겸", "우태겸"]),
        # ... where the name found opens the text
        ("우태겸 010-2231-5582\n어제 우태겸 만났어", ["우태겸", "우태겸"]),
    ],
)
def test_every_other_mention_of_a_name_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a public figure (a proper noun Kiwi knows) in a chat with two speakers
        "라윤희: 김수현 드라마 봤어?\n탁경미: 응 국민 3333-01-2298371",
        # ... or right after a bracket that is no KakaoTalk speaker's
        "[김수현 팬미팅 안내] 문의 010-2231-5582",
    ],
)
def test_a_known_proper_noun_in_a_chat_or_a_bracket_needs_a_cue_of_its_own(text):
    assert "김수현" not in names(text, ALL)
    assert "김수현" not in names(text)


# Given names as chat speakers -------------------------------------------------------------------


def test_given_names_leading_a_comment_threads_replies():
    assert found("└ 서윤: 택배 왔어?\n└ 다인: 응 계좌 3333-01-2298371") == ["서윤", "다인"]


def test_a_place_in_a_chat_is_no_speaker_without_its_colon_at_the_lines_start():
    """대구 (a city, two name syllables Kiwi knows as a proper noun) opening a line with a
    bracket after it, or before a colon in the middle of a line, speaks no line of the chat."""
    opening = "혜진: 안녕하세요\n민호: 계좌 110-482-937216 주세요\n대구 (지점) 방문 예정"
    inside = "혜진: 지역별 인원 알려줘\n민호: 대구: 3명, 계좌 110-482-937216"
    assert "대구" not in names(opening, ALL)
    assert found(inside) == ["혜진", "민호"]


# Latin names after a greeting or a title ----------------------------------------------------------


def test_a_two_word_name_after_a_greeting_and_a_title_is_the_name_alone():
    assert found("Dear Ms Han Yuna,\nPlease call 02-775-3108.") == ["Han Yuna"]
