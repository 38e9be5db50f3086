"""What the mutation run of ``filters/pii/clause.py`` found no test for (see
``benchmarks/mutation_survivors.md``): where a candidate's sentence and clause start and end,
which line above a value is its label line, table headers and list headings as context.

Every case goes through the whole PII stage: a context word counts only inside the clause,
so the clause's edges decide whether a value that needs one (an account number, four small
numbers that are only an IP address where the sentence says so) is found. All values are
fictional."""

import pytest

from filters.pii.clause import table_cells
from tests.pii_helpers import spans_of

ACCOUNT = "110-123-456789"
IP = "1.2.3.4"  # four small numbers: an address only with an address word in its sentence


def account(text: str) -> bool:
    found = spans_of(text)
    assert found in ([], [("KR_BANK_ACCOUNT", ACCOUNT)]), found
    return bool(found)


def address(text: str) -> bool:
    found = spans_of(text)
    assert found in ([], [("IP_ADDRESS", IP)]), found
    return bool(found)


# sentence_start (read by the IP recognizer) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "is_found"),
    [
        # the address word is in the sentence, lines after it change nothing
        (f"서버 {IP} 접속\n다음 줄", True),
        (f"서버 {IP} 접속. 다음 문장입니다.", True),
        # a full stop before the address word, on the first line
        (f"점검 완료. 서버 {IP} 접속 예정입니다 추가 문장", True),
        # an address word before a full stop, or on a line above, is another sentence's
        (f"서버 점검 완료. 메모 {IP}", False),
        (f"안내\n서버 목록\n메모 {IP}", False),
        (f"서버 목록\n메모 {IP}", False),
    ],
)
def test_an_address_word_counts_only_in_the_sentence_of_the_address(text, is_found):
    assert address(text) is is_found


def test_an_address_word_after_a_full_stop_on_a_later_line_counts():
    """sentence_start added the line's start to an absolute match end (fixed)."""
    assert address(f"안내\n점검 완료. 서버 {IP} 접속")


# _label_line: a line break ends a clause, except after a label line ---------------------------


@pytest.mark.parametrize(
    ("label", "is_found"),
    [
        ("3. 환불 받을 계좌번호:", True),  # ends in a colon: a label whatever it holds
        ("3. 환불 받을 계좌번호：", True),  # a fullwidth colon
        ("3. 환불 받을 계좌번호", False),  # a digit and no colon: a line of its own
        ("환불 계좌 2개", False),  # short, but holds a digit
        ("환불 계좌", True),  # short, no digit
        ("환불받으실 계좌를 아래에 적어 주세요", True),  # 20 characters
        ("환불받으실 계좌를 아래에 적어 주세요요", False),  # 21 characters
        ("  환불받으실계좌를아래에적어주세요정말로요  ", True),  # 20 once stripped
    ],
)
def test_a_context_word_on_the_line_above_counts_only_on_a_label_line(label, is_found):
    assert account(f"{label}\n{ACCOUNT}") is is_found


# clause_bounds: where the clause before a value starts ------------------------------------------

NUMBER = "3333011234567"  # 13 digits: an account only with a context word in its clause


def bare(text: str) -> bool:
    found = spans_of(text)
    assert found in ([], [("KR_BANK_ACCOUNT", NUMBER)]), found
    return bool(found)


@pytest.mark.parametrize(
    ("text", "is_found"),
    [
        # a context word on a label line above the value counts ...
        (f"계좌:\n{NUMBER}", True),
        (f"모델 안내 계좌:\n{NUMBER}", True),
        (f"상품 안내 중 환불 계좌:\n{NUMBER}", True),
        # ... but not when a catalogue label (Latin ones too) stands between it and the value
        (f"계좌 SKU:\n{NUMBER}", False),
        (f"상품 안내 중 환불 계좌 SKU:\n{NUMBER}", False),
        (f"모델 안내 계좌 모델:\n{NUMBER}", False),  # the label's last occurrence counts
        # a label's own context word after it still counts (국가코드 is no catalogue label)
        (f"계좌번호(국가코드 제외) {NUMBER}", True),
        (f"국가코드 82 상품코드:\n계좌 {NUMBER}", True),
    ],
)
def test_a_catalogue_label_before_a_value_hides_the_words_before_it(text, is_found):
    assert bare(text) is is_found


@pytest.mark.parametrize(
    ("text", "is_found"),
    [
        # the value's line starts its clause when the line above is no label line ...
        (f"계좌 확인 123\n참고 {NUMBER}", False),
        (f"참고 사항 123\n계좌 확인 123\n참고 {NUMBER}", False),
        (f"1 환불 계좌\n{NUMBER}", False),  # a digit at the start of the line
        # ... and a full stop on the value's line starts it later still
        (f"참고 사항 123\n계좌 확인했습니다. 참고 {NUMBER}", False),
        (f"참고 사항 123\n계좌 확인했습니다 참고 {NUMBER}", True),
        # label lines above chain up to the first line that is none
        (f"안내\n참고 사항 123\n환불 계좌\n{NUMBER}", True),
        (f"환불 계좌\n{NUMBER}", True),
        # a label line above does not reach back past a full stop on it
        (f"계좌 메모 123\n계좌 없음. 참고 안내\n{NUMBER}", False),
        (f"계좌 없음 참고 안내\n{NUMBER}", True),
    ],
)
def test_a_line_break_ends_the_clause_except_after_label_lines(text, is_found):
    assert bare(text) is is_found


def test_the_clause_of_a_value_reaches_past_a_long_word():
    """Without a stop or a line break the clause reaches back to the text's start, however
    long the words between (the 80-character reach only bounds the search for stops)."""
    long_word = "abcdefghij" * 8 + "ab"
    assert bare(f"계좌 {long_word} {NUMBER}")


# clause_bounds: where the clause after a value ends ----------------------------------------------


@pytest.mark.parametrize(
    ("after", "is_found"),
    [
        (" 계좌 확인", True),
        (". 계좌 확인", True),  # a full stop after a digit ends no sentence (010.1234)
        (", 계좌 확인", False),  # after the value a comma ends the clause
        ("\n계좌 확인", False),
        (" / 계좌 확인", False),
        ("; 계좌 확인", False),
        (" | 계좌 확인", False),
    ],
)
def test_a_context_word_after_the_value_counts_up_to_the_clause_end(after, is_found):
    assert bare(f"{NUMBER}{after}") is is_found


def test_the_word_right_before_the_next_value_labels_that_value():
    assert spans_of(f"{NUMBER} 계좌 02-123-4567") == [("PHONE_NUMBER", "02-123-4567")]
    assert spans_of(f"{NUMBER} 입금처 010-1234-5678") == [("PHONE_NUMBER", "010-1234-5678")]
    assert spans_of(f"{NUMBER} 계좌 문의 02-123-4567") == [
        ("KR_BANK_ACCOUNT", NUMBER),
        ("PHONE_NUMBER", "02-123-4567"),
    ]


def test_a_label_past_the_clause_end_does_not_stretch_the_clause():
    assert spans_of(f"{NUMBER}, 계좌 문의 02-123-4567") == [("PHONE_NUMBER", "02-123-4567")]


@pytest.mark.parametrize(
    ("text", "is_found"),
    [
        (f"참고 사항 123\n계좌 {NUMBER}", True),  # the first word of the value's line counts
        # a label line above reaches up only to the first line that is none
        (f"계좌 안내\n참고 사항 123\n참고 안내\n{NUMBER}", False),
    ],
)
def test_the_value_line_and_the_label_lines_right_above_it_make_its_clause(text, is_found):
    assert bare(text) is is_found


# implied_context: a bank's short name, a notice's account line, a list's heading -----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("하나 630-910274-88305", "630-910274-88305"),
        ("하나 630-910274-88305\n감사합니다\n끝", "630-910274-88305"),  # lines after it
        ("마음 전하실 곳\n신랑측 227-048291-01-013", "227-048291-01-013"),  # the line above
    ],
)
def test_a_banks_short_name_or_a_notices_account_line_is_context(text, value):
    assert spans_of(text) == [("KR_BANK_ACCOUNT", value)]


@pytest.mark.parametrize(
    "text",
    [
        "마음 전하실 곳\n참고 123\n신랑측 227-048291-01-013",
        "참고\n마음 전하실 곳\n참고 123\n신랑측 227-048291-01-013",
    ],
)
def test_a_notices_account_line_two_lines_up_is_not_context(text):
    assert spans_of(text) == []


def test_a_lists_heading_is_context_for_each_of_its_items():
    text = (
        "여권 정보 (영문 이름 / 여권번호)\n1. KIM MINJI / M71204586\n"
        "2. LEE JUNHO / M71204587\n3. PARK JIWOO / M71204588\n이상입니다"
    )
    passports = [value for kind, value in spans_of(text) if kind == "KR_PASSPORT"]
    assert passports == ["M71204586", "M71204587", "M71204588"]


def test_a_lists_heading_reaches_twelve_items_down():
    """(Bank accounts: a passport's shape in a record that speaks of travel is one without
    the heading, ``filters/pii/recognizers/passport.py``.)"""
    items = "\n".join(f"{i}. 3333011234{i:03d}" for i in range(1, 14))
    found = [value for _, value in spans_of(f"입금 계좌 목록\n{items}")]
    assert found == [f"3333011234{i:03d}" for i in range(1, 13)]


def test_a_list_items_heading_is_the_nearest_line_above_that_is_no_item():
    account = "KR_BANK_ACCOUNT"
    # a blank line between the heading and the list is skipped
    blank = "입금 계좌 목록\n\n1. 3333011234586\n2. 3333011234587"
    assert spans_of(blank) == [(account, "3333011234586"), (account, "3333011234587")]
    # the heading's last word counts
    last = "보낼 곳은 계좌\n1. 3333011234586\n2. 3333011234587"
    assert spans_of(last) == [(account, "3333011234586"), (account, "3333011234587")]
    # only the nearest line that is no item heads the list, not the lines above it
    assert spans_of("제목\n계좌 목록 2024\n참고 안내 2\n1. 3333011234586") == []


@pytest.mark.parametrize(
    "text",
    [
        "입금 계좌 목록\n1. 첫째\n참고 3333011234586",  # the value's line is no item
        "1. 3333011234586\n입금 계좌",  # an item on the first line has no heading
    ],
)
def test_a_value_outside_a_list_or_above_its_heading_gets_no_heading(text):
    assert spans_of(text) == []


# table_cells and column_header: a column's header labels its cells --------------------------------

TAB_HEADER = "성명\t계좌번호\t비고 및 참고 사항 정리"  # no label line: over 20 characters


def test_a_tab_tables_column_header_labels_a_cell_that_starts_the_value():
    text = f"{TAB_HEADER}\n참고\t014820-02-365719\t없음"
    assert ("KR_BANK_ACCOUNT", "014820-02-365719") in spans_of(text)


def test_a_tab_tables_other_columns_headers_do_not_label_it():
    assert spans_of(f"{TAB_HEADER}\n참고\t안내\t014820-02-365719") == []


@pytest.mark.parametrize(
    "text",
    [
        # a table after a paragraph
        "참고 문단\n| 성명 | 계좌번호 | 비고 및 참고 사항 |\n| 참고 | 014820-02-365719 | 없음 |",
        # a row with more cells than its header
        "| 성명 | 계좌번호 | 비고 및 참고 사항 |\n| 참고 | 014820-02-365719 | 없음 | 추가 |",
    ],
)
def test_a_pipe_tables_column_header_labels_its_cells(text):
    assert spans_of(text) == [("KR_BANK_ACCOUNT", "014820-02-365719")]


def test_a_line_without_a_cell_separator_ends_the_table():
    assert spans_of(f"계좌 2개 | 안내\n참고 {NUMBER}") == []
    assert spans_of(f"계좌 2개\t안내\n참고 {NUMBER}") == []


def test_a_list_without_markers_has_a_heading_too():
    """Items led by a bare number (1 김다온 …) or rows of fields split by slashes take the
    heading above them; a heading whose words are split by slashes is still the heading."""
    numbered = "단체 여권 명단 (수학여행)\n1 김다온 M44120938\n2 이서우 M44120939"
    rows = "해외원정 여권 정보 취합\n김태식 / M41827705 / 만료 2029.03\n여진희 / m305b882 / 만료"
    slashed = "여권 정보 (영문 이름 / 여권번호 / 만료일):\n1. KIM MINJI / M71204586 / 2031-03-02"
    assert [v for k, v in spans_of(numbered) if k == "KR_PASSPORT"] == ["M44120938", "M44120939"]
    assert [v for k, v in spans_of(rows) if k == "KR_PASSPORT"] == ["M41827705"]
    assert [v for k, v in spans_of(slashed) if k == "KR_PASSPORT"] == ["M71204586"]


@pytest.mark.parametrize(
    ("text", "is_found"),
    [
        # the message before asks for the number, this one opens with it
        ("고객: 계좌 알려주세요\n직원: 110-123-456789 이에요", True),
        ("[14:21] 간호사: 계좌번호 불러주실 수 있을까요?\n[14:22] 보호자: 110-123-456789", True),
        # the line before asks nothing: a form's next field
        ("계좌 개설일: 2024-01-02\n비고: 110-123-456789", False),
        # the value does not open its message
        ("고객: 계좌 알려주세요\n직원: 제 동생 것은 110-123-456789", False),
    ],
)
def test_a_chat_answer_takes_the_words_of_the_question(text, is_found):
    assert account(text) is is_found


def test_a_csv_fields_quotes_hold_its_commas():
    """A quoted field (a SURNAME, Given name) is one cell: the columns after it keep their
    headers, and the quotes are not the cell's text."""
    text = (
        "Room,Guest,Nationality,Passport/ID,Phone\n"
        '1203,"TANAKA, HARUTO",JPN,MU8203915,+81 90 3318 2047\n'
        '1204,"NAKAMURA, RIN",JPN,TR2093841,'
    )
    cells = [(text[lo:hi], header) for lo, hi, header in table_cells(text)]
    assert cells[:5] == [
        ("1203", "Room"),
        ("TANAKA, HARUTO", "Guest"),
        ("JPN", "Nationality"),
        ("MU8203915", "Passport/ID"),
        ("+81 90 3318 2047", "Phone"),
    ]
    assert cells[-1] == ("", "Phone")
    assert [v for k, v in spans_of(text) if k == "KR_PASSPORT"] == ["MU8203915", "TR2093841"]
