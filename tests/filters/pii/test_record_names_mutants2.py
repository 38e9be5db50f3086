"""More of the record-names rules one at a time: the tests the third mutation run of
``filters/pii/recognizers/record_names.py`` asked for (see ``benchmarks/mutation_survivors.md``).

Each case is a text through the real PII stage (real Kiwi, real recognizers, no mocks) and the
PERSON values it finds, the same under ``pii.person: all`` and the default ``contact``."""

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


# Login handles and their owners ---------------------------------------------------------------


def test_a_handle_in_brackets_right_after_its_owners_name_is_the_owners():
    """서민지 (minji.seo): the handle beside its owner's name is a person's identifier though
    no log line says so and it is not mapped to the name anywhere else."""
    assert found("사용자: 서민지 (minji.seo)\n할당 IP: 10.8.0.9") == ["서민지", "minji.seo"]


def test_a_handle_after_an_owners_name_that_opens_the_text():
    assert "minji.seo" in found("서민지 (minji.seo) 접속 10.8.0.9")


def test_a_handle_in_brackets_after_a_word_of_no_names_shape_is_no_persons():
    """관리자계정 is no 2-4 syllable name before the bracket: the handle has no owner."""
    assert found("관리자계정 (admin.kim)") == []


def test_a_teams_handle_in_an_sshd_log_is_no_person():
    """hr.team is made of a team's word (TEAM), not of a person's name."""
    log = "sshd[811]: Accepted publickey for hr.team from 203.0.113.41 port 50122"
    assert found(log) == []


# A name's other spelling in brackets after a role word ----------------------------------------


def test_a_latin_name_in_brackets_after_a_lone_role_word():
    """담당자 (Daniel Cho): no Hangul name before the bracket, only the role word."""
    assert found("담당자 (Daniel Cho)\n연락처 010-2231-4480") == ["Daniel Cho"]


def test_the_role_word_before_a_name_on_a_later_line_is_left_out_of_it():
    text = "문의처 안내\n담당자 조다니엘 (Daniel Cho)\n연락처 010-2231-4480"
    assert found(text) == ["조다니엘", "Daniel Cho"]


def test_two_role_words_before_a_name_with_its_other_spelling_are_both_left_out():
    text = "신랑측 담당자 조다니엘 (Daniel Cho)\n연락처 010-2231-4480"
    assert found(text) == ["조다니엘", "Daniel Cho"]


# Columns of schools and companies -------------------------------------------------------------


def test_a_csv_rosters_school_column_holds_no_names():
    """엄태윤,한빛고,… : the school is listed with the name by a comma, but its column is 소속."""
    text = "[참가 신청]\n이름,소속,연락처\n엄태윤,한빛고,010-7612-3349\n옥지민,한빛고,010-2275-8816"
    assert found(text) == ["엄태윤", "옥지민"]


def test_a_tab_separated_rosters_school_column_after_the_phone_holds_no_names():
    text = "이름\t연락처\t소속\n엄태윤\t010-7612-3349\t한빛고\n옥지민\t010-2275-8816\t한빛고"
    assert found(text) == ["엄태윤", "옥지민"]


# Logs and JSON records ------------------------------------------------------------------------


def test_a_json_records_name_key_written_with_spaces_around_its_colons():
    record = '{"name" : "Marcus Lee" , "tel" : "010-2231-5582"}'
    assert found(record) == ["Marcus Lee"]


def test_a_role_word_under_a_urls_user_key_is_no_name():
    """관리자 (administrator) has a name's shape (관 + 리자) but is no person's name."""
    assert found("GET /api/order?user=관리자&tel=010-2231-5582") == []


# Lists ----------------------------------------------------------------------------------------


def test_a_listed_name_ending_in_a_syllable_nouns_end_in_is_still_a_name():
    """박상권: 권 ends nouns such as 입장권, and is a common given-name syllable too."""
    text = "상견례 참석: 신랑측 송병국·박상권\n연락처 010 2239 8841"
    assert found(text) == ["송병국", "박상권"]


def test_a_latin_team_name_before_a_list_of_names_is_no_name():
    text = "탑승: Customer Service, 길수아, 어민혁\n운전 010-4471-2036"
    assert found(text) == ["길수아", "어민혁"]


# Chinese names after a label ------------------------------------------------------------------


def test_a_businesss_label_before_a_chinese_name_makes_it_no_persons():
    assert found("사업자: 王氏贸易\n연락처 010-2231-5582") == []


def test_chinese_names_after_one_syllable_kin_labels():
    """부 (father) and 모 (mother), one syllable each, as a family register writes them."""
    assert found("부: 王建国\n모: 李秀英\n연락처 010-2231-5582") == ["王建国", "李秀英"]


# A person's field -----------------------------------------------------------------------------


def test_a_name_filling_a_field_after_a_fullwidth_colon():
    """신예나 (신예/NNG 나/JC to Kiwi) is a name only as the 청구인 field's value."""
    assert found("배상 청구서\n청구인：신예나\n연락처： 010-2231-5582") == ["신예나"]


def test_a_name_filling_a_field_three_spaces_after_the_colon_below_a_title():
    assert found("배상 청구서\n청구인:   신예나\n연락처: 010-2231-4480") == ["신예나"]


# Names in a table's columns -------------------------------------------------------------------


def test_one_name_found_in_a_column_under_a_header_naming_no_person_spreads_to_no_other_cell():
    """모교 (alma mater): 부경대 beside a phone number is read as a name (a known miss), but
    one such cell does not make the column a names column."""
    text = (
        "이름 | 모교 | 연락처\n문하린 | 부경대 | 010-2231-5582\n하지윤 | 서울대 | 010-4417-3301\n"
        "우태겸 | 경북대 | 010-4417-3308"
    )
    every = found(text)
    assert {"문하린", "하지윤", "우태겸"} <= set(every)
    assert not {"서울대", "경북대"} & set(every)


def test_two_names_found_in_a_column_make_its_other_cell_a_name():
    """김수현, a proper noun Kiwi knows (a public figure), has no cue of its own; the two
    names found beside their phone numbers make the 선수 column a names column."""
    text = (
        "구분 | 선수 | 연락처\nA | 우태겸 | 010-2231-5582\nB | 노경민 | 010-4417-3301\n"
        "C | 김수현 | 미기재"
    )
    assert found(text) == ["우태겸", "노경민", "김수현"]


def test_a_column_of_schools_before_the_names_column_does_not_end_the_search():
    text = (
        "소속 | 선수 | 연락처\n한빛고 | 우태겸 | 010-2231-5582\n한빛고 | 노경민 | 010-4417-3301\n"
        "한빛고 | 김수현 | 미기재"
    )
    assert found(text) == ["우태겸", "노경민", "김수현"]


# Name shapes, mentions and foreign runs -------------------------------------------------------


def test_a_name_with_the_two_syllable_surname_dokgo_beside_a_value():
    """독고 is a surname only as two syllables (독 alone is none)."""
    assert found("문의 010-4129-0068 독고영재") == ["독고영재"]


def test_a_surname_with_ssi_is_no_mention_of_a_found_given_name():
    """윤씨 (Mr Yoon) after the speaker 서윤: 윤 is no given name called, only 서윤's last
    syllable."""
    text = "서윤: 택배 왔어?\n다인: 응, 윤씨 아저씨가 놓고 갔어. 계좌 3333-01-2298371"
    assert found(text) == ["서윤", "다인"]


def test_a_known_word_and_a_noun_with_its_particle_on_a_list_line_is_no_foreign_name():
    """아마존 고객이 (an Amazon customer + 이): a proper noun Kiwi knows and a word it reads
    as a noun and its particle; no word of the run is unknown to Kiwi, as a foreign name's is."""
    assert found("- 아마존 고객이 010-2281-4039 로 문의함") == []


def test_a_run_going_on_past_a_one_syllable_word_is_no_foreign_name_as_a_whole():
    """뚜언 와 친구들 (Tuan and friends): 친구들 after the one-syllable 와 is a common noun,
    so the run is no name of three words."""
    assert "뚜언 와 친구들" not in found("1. 뚜언 와 친구들 — 010-2281-4039")


# A table's names column under two header rows -------------------------------------------------


def test_a_names_column_under_an_english_header_row_too():
    """Name | Phone below 이름 | 연락처: the English row is no name, and the rows after it
    are still read (뚜언, a foreign name only the names column finds)."""
    assert found("이름 | 연락처\nName | Phone\n뚜언 | 010-2231-5582") == ["뚜언"]


def test_a_names_column_under_a_second_row_of_labels():
    assert found("이름 | 연락처\n성명 | 휴대전화\n뚜언 | 010-2231-5582") == ["뚜언"]


# Foreign names after a label ------------------------------------------------------------------


def test_a_workplaces_name_after_its_label_is_no_foreign_name():
    """사업장 (workplace) ends like a role word but heads a business's name."""
    assert found("사업장: 에이스테크\n연락처 010-2231-5582") == []


def test_a_foreign_name_after_a_compound_role_word():
    """결혼이민자 (marriage migrant) is one word Kiwi reads as a compound."""
    assert found("결혼이민자 응우옌 티 투 / 010-2231-5582") == ["응우옌 티 투"]


def test_a_label_naming_no_person_before_does_not_end_the_search():
    assert found("주소: 서울\n구직자: 뚜언\n연락처 010-2231-5582") == ["뚜언"]


def test_a_company_opening_the_text_makes_no_later_name_a_business():
    """(주) right after a name marks a business, not (주) at the text's start."""
    assert found("(주)한빛 인사팀\n구직자: 뚜언 / 010-2231-5582") == ["뚜언"]


# A name's other spelling in brackets ----------------------------------------------------------


def test_a_branch_in_brackets_after_a_hangul_name_is_no_other_spelling_of_it():
    """(서울지사): Hangul after a Hangul name is the same script, so no transliteration."""
    assert found("담당 우태겸 (서울지사)\n연락처 010-2231-5582") == ["우태겸"]


def test_a_chinese_names_korean_reading_written_with_a_space():
    """왕 레이 (Wang Lei), the surname's syllable and the given name apart."""
    assert found("Guest: Wang Lei (왕 레이)\nTel 010-2231-5582") == ["Wang Lei", "왕 레이"]


def test_a_company_before_a_bracket_opened_by_a_found_name_is_no_other_spelling():
    """(Daniel Cho, 010-…): the bracket does not close right after the name, so the word
    before it (the company) is no spelling of the name."""
    assert found("한빛상사 (Daniel Cho, 010-2231-5582)") == ["Daniel Cho"]


def test_a_hangul_spelling_opening_the_text_before_the_found_name_in_brackets():
    assert found("조다니엘 (Daniel Cho)\n연락처 010-2231-4480") == ["조다니엘", "Daniel Cho"]


def test_a_hangul_spelling_right_before_the_bracket_without_a_space():
    text = "에릭 타나카(Eric Tanaka)\n연락처 010-2231-4480"
    assert found(text) == ["에릭 타나카", "Eric Tanaka"]


def test_a_chinese_names_korean_reading_with_a_space_before_the_found_name_in_brackets():
    assert found("Guest: 왕 레이 (Wang Lei)\nTel 010-2231-5582") == ["왕 레이", "Wang Lei"]


# Login handles in brackets and in a CSV's user column -----------------------------------------


def test_a_file_in_brackets_after_a_word_does_not_end_the_search_for_handles():
    """접속기록 (export.csv) has no owner; the handle after 서민지 later on has one."""
    text = "접속기록 (export.csv)\n사용자: 서민지 (minji.seo)\n할당 IP: 10.8.0.9"
    assert found(text) == ["서민지", "minji.seo"]


def test_labels_on_lines_of_their_own_without_a_comma_are_no_csv_user_column():
    assert found("Login\nkakao\nStatus\nactive") == []


def test_a_csv_user_column_that_is_not_the_first():
    text = "time,user,ip\n09:12,minji.seo,10.8.0.9\n09:15,hyunsoo.kim,10.8.0.12"
    assert found(text) == ["minji.seo", "hyunsoo.kim"]


def test_a_csv_user_column_followed_by_a_blank_line_and_a_line_of_prose():
    """The blank line ends the table (a header of one empty cell, no user column)."""
    assert found("ip,user\n10.8.0.9,minji.seo\n\n끝") == ["minji.seo"]


# Names right beside a value -------------------------------------------------------------------


def test_a_proper_noun_of_a_names_shape_a_space_before_a_value():
    """홍길동, a name Kiwi knows as a proper noun, right before the phone number."""
    assert found("홍길동 010-4129-0068") == ["홍길동"]


def test_a_latin_name_with_a_capital_inside_a_word_before_its_address():
    """McDonald is no capitalised word of the Latin-run rules; before its address in angle
    brackets it is a mail's display name."""
    assert found("Ryan McDonald <ryan.mcd@example.com>") == ["Ryan McDonald"]


def test_a_quoted_display_name_opening_the_text_before_its_address():
    """A mail header's display name in quotes, the text's first character its quote."""
    assert found('"이도현" <dohyun.lee@example.com>') == ["이도현"]


# Given names alone ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["서윤님 계좌 3333-01-2298371", "서윤씨 계좌 3333-01-2298371"])
def test_a_given_name_before_nim_or_ssi(text):
    assert found(text) == ["서윤"]


def test_a_given_name_before_nim_and_a_particle():
    assert found("서윤님께서 입금하실 계좌 3333-01-2298371") == ["서윤"]


def test_a_given_name_called_with_ya():
    """혜나야: 야 calls a given name that ends in a vowel (서윤아 one that ends in a consonant)."""
    assert found("혜나야 계좌 3333-01-2298371 로 보내줘") == ["혜나"]


def test_given_names_as_chat_speakers_before_a_bracketed_time():
    text = "서윤(10:02): 택배 왔어?\n다인(10:03): 응 계좌 3333-01-2298371"
    assert found(text) == ["서윤", "다인"]


def test_a_given_name_inside_a_books_title_on_an_earlier_line_is_no_name():
    """『하윤이의 여름』 (a book's title): 하윤 + 이 there names no one in the record."""
    assert found("『하윤이의 여름』 도서 주문\n입금 계좌 3333-01-2298371") == []


# Full names in a record: one word refused does not end the search -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "경상남도\n정가인님 감사합니다. 문의 010-2231-5582",  # a province's stem first
        "한의원 예약 확인\n정가인님 감사합니다. 문의 010-2231-5582",  # 한 + 의원 (a clinic)
        "연락 주세요. 정가인님 감사합니다. 문의 010-2231-5582",  # 주세요, a verb form
        "사람은 많고\n정가인님 감사합니다. 문의 010-2231-5582",  # 사람 + 은, noun + particle
        "장소: 공학관\n정가인님 감사합니다. 문의 010-2231-5582",  # a building (공학관)
    ],
)
def test_a_name_after_a_word_of_a_names_shape_that_is_none(text):
    """정가인 (ending like a role noun, 인) before 님 is found by the record sweep alone."""
    assert found(text) == ["정가인"]


def test_a_name_after_a_name_filling_a_field():
    text = "청구인: 신예나\n정가인님 감사합니다. 문의 010-2231-5582"
    assert found(text) == ["신예나", "정가인"]


def test_a_trading_company_ending_in_sangsa_is_no_name():
    """오상사 (Oh Trading, 상사 a company's ending) beside the partner's number."""
    assert found("거래처: 오상사 / 010-2231-5582") == []


def test_a_district_beside_a_delivery_address_label_is_no_name():
    """강남구, a proper noun Kiwi knows ending in 구 (a district)."""
    assert found("배송지 강남구 / 010-2231-5582") == []


# Latin names: the cheap tests of a text before the patterns --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SURNAME: PARK\nGIVEN NAMES: SEOYEON\n010-2231-5582",  # the labels in capitals only
        "Family Name: PARK\nGiven Name: SEOYEON\nTel 010-2231-5582",  # capitalised only
    ],
)
def test_name_part_fields_whatever_the_labels_case(text):
    assert found(text) == ["PARK", "SEOYEON"]


@pytest.mark.parametrize("title", ["Mr.", "Dr.", "Prof."])
def test_a_surname_alone_after_a_title(title):
    assert found(f"Dear {title} Schneider,\nPlease call 02-775-3108.") == ["Schneider"]


def test_a_surname_alone_after_miss():
    assert found("Dear Miss Schneider,\nPlease call 02-775-3108.") == ["Schneider"]


@pytest.mark.parametrize(
    "text",
    [
        "2024년 6월 3일 오후 8:15, Jenny : 계좌 3333-01-2298371",  # KakaoTalk, 오후
        "2024년 6월 3일 오전 8:15, Jenny : 계좌 3333-01-2298371",  # ... 오전
        "20:15\tJenny\t계좌 3333-01-2298371",  # LINE's export, tab-separated
        '2024-06-03 20:15:00,"Jenny","계좌 3333-01-2298371"',  # a CSV export
    ],
)
def test_a_latin_given_name_speaking_in_each_chat_export(text):
    assert found(text) == ["Jenny"]


def test_a_latin_given_name_leading_a_bulleted_item_beside_its_number():
    """• as the list's marker, and no hyphen in the number."""
    assert found("• Dmitri +7 916 1234567") == ["Dmitri"]


def test_an_airline_bookings_numbered_passenger_name():
    assert found("1.KIM/MINSU MR 010-2231-5582") == ["KIM/MINSU"]


def test_a_latin_given_name_before_nim():
    assert found("Sunil님 계좌 3333-01-2298371") == ["Sunil"]


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Schneider,\nPlease call 02-775-3108 / 010-2231-5582.",  # a slash (booking names)
        "Dear Mr. Schneider,\n오후 3시 이후 02-775-3108로 전화 주세요.",  # 오후 (chat exports)
    ],
)
def test_a_titled_surname_beside_the_cues_of_later_latin_rules(text):
    """The booking-name and chat-speaker rules add their names to those found before."""
    assert found(text) == ["Schneider"]


def test_an_office_word_leading_a_bulleted_number_is_no_given_name():
    assert found("- Office +82 2 775 3108") == []


def test_a_templates_placeholder_after_a_closing_dash_is_no_name():
    """— Your Name: a signature line left as its template's placeholder."""
    assert found("연락 주세요 010-2231-5582\n— Your Name") == []


def test_a_latin_name_after_a_titled_one_in_the_same_record():
    text = "Dr Kim Minsu 010-4417-3301\nDaniel Cho 010-2231-5582"
    assert found(text) == ["Kim Minsu", "Daniel Cho"]


def test_a_latin_name_after_a_teams_name_in_the_same_record():
    """Customer Service (no person) beside its number does not end the search."""
    text = "Customer Service 02-775-3108\nDaniel Cho 010-2231-5582"
    assert found(text) == ["Daniel Cho"]


@pytest.mark.parametrize(
    "text",
    [
        "연락처 010-2231-5582\nPARK JIWON",  # the text's end
        "PARK JIWON\t서울\t010-2231-5582",
        "PARK JIWON, 서울 거주, 010-2231-5582",
        "PARK JIWON  서울 거주 010-2231-5582",
        "PARK JIWON | 서울 거주 | 010-2231-5582",
        "PARK JIWON (Seoul) 010-2231-5582",
        "PARK JIWON – 서울 거주 – 010-2231-5582",
        "PARK JIWON - 서울 거주 - 010-2231-5582",
        "PARK JIWON — 서울 거주 — 010-2231-5582",
    ],
)
def test_a_latin_name_led_by_a_korean_surname_alone_at_a_lines_start(text):
    """PARK JIWON opening its line, then each separator that ends a name there."""
    assert found(text) == ["PARK JIWON"]


def test_a_latin_name_on_the_line_after_a_sign_off_opening_the_text():
    assert found("Thanks,\nDaniel Weber\n010-2231-5582") == ["Daniel Weber"]


def test_a_films_character_mid_line_in_a_chat_is_no_speaker():
    """Harry Potter in 혜진's message: a chat of two speakers makes only its speakers names."""
    text = "혜진: 어제 Harry Potter 봤어?\n민호: 응, 계좌 110-482-937216 로 보내줘"
    assert found(text) == ["혜진", "민호"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jiwon Park, 서울 거주\n010-2231-5582", "Jiwon Park"),  # the surname last
        ("Mary Jane Kim, 서울 거주\n010-2231-5582", "Mary Jane Kim"),  # ... of three words
    ],
)
def test_a_latin_name_alone_on_its_line_ending_in_a_korean_surname(text, name):
    """No value on the name's line: the romanised surname (PARK, KIM) makes it a name."""
    assert found(text) == [name]


def test_a_latin_run_alone_on_its_line_without_a_korean_surname_is_no_name():
    assert found("Green Tea, 2잔\n010-2231-5582") == []


def test_a_latin_run_alone_on_a_line_of_a_chat_is_no_speaker():
    """Harry Potter on a line of its own, no colon after it, between two speakers' lines."""
    text = "혜진: 이거 봤어?\nHarry Potter\n민호: 응, 계좌 110-482-937216"
    assert found(text) == ["혜진", "민호"]
