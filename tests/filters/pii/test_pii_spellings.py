"""Issue #26: every spelling Korean text gives an identifier is scrubbed (spaces, dots,
nothing, full-width digits, every Unicode dash, every bank's grouping), and nothing that only
looks like one is (digit runs inside codes, impossible dates, context words from another
sentence or another label, team names)."""

import pytest

from tests.pii_helpers import scrub, spans_of, untouched

FOUND = [
    # RRN / FRN: hyphen, space, dot or nothing between the parts next to a context word.
    ("KR_RRN", "주민등록번호 900101 1234568", "900101 1234568"),
    ("KR_RRN", "주민번호: 900101.1234561", "900101.1234561"),
    ("KR_RRN", "주민등록번호는 9001011234561 입니다", "9001011234561"),
    ("KR_RRN", "신분 확인용 9001011234568 (본인)", "9001011234568"),
    ("KR_RRN", "주민등록번호 ９００１０１－１２３４５６８", "９００１０１－１２３４５６８"),
    ("KR_RRN", "주민등록번호 900101–1234568", "900101–1234568"),
    ("KR_RRN", "주민등록번호 000229-3123456", "000229-3123456"),
    ("KR_FRN", "외국인등록번호 900101 5234560", "900101 5234560"),
    ("KR_FRN", "외국인 등록번호는 9001015234567", "9001015234567"),
    # Phone numbers, every domestic and international form.
    ("PHONE_NUMBER", "연락처 010-1234-5678", "010-1234-5678"),
    ("PHONE_NUMBER", "연락처 010 1234 5678", "010 1234 5678"),
    ("PHONE_NUMBER", "연락처 01012345678", "01012345678"),
    ("PHONE_NUMBER", "연락처 010-12345678 입니다", "010-12345678"),
    ("PHONE_NUMBER", "해외 +82 10-1234-5678", "+82 10-1234-5678"),
    ("PHONE_NUMBER", "해외 +821012345678", "+821012345678"),
    ("PHONE_NUMBER", "해외 +8201012345678", "+8201012345678"),
    ("PHONE_NUMBER", "사무실 02-123-4567", "02-123-4567"),
    ("PHONE_NUMBER", "지점 051 123 4567", "051 123 4567"),
    ("PHONE_NUMBER", "전화 ０１０－１２３４－５６７８", "０１０－１２３４－５６７８"),
    ("PHONE_NUMBER", "전화 010‐1234‐5678", "010‐1234‐5678"),
    ("PHONE_NUMBER", "전화 010‑1234‑5678", "010‑1234‑5678"),
    ("PHONE_NUMBER", "전화 010–1234–5678", "010–1234–5678"),
    ("PHONE_NUMBER", "전화 010—1234—5678", "010—1234—5678"),
    ("PHONE_NUMBER", "전화 010﹣1234﹣5678", "010﹣1234﹣5678"),
    ("PHONE_NUMBER", "국토교통부 주택정책과 담당자 휴대폰 010-2013-3321", "010-2013-3321"),
    # 연락처 and 문의처 end like a department (…처) but name a person's number
    ("PHONE_NUMBER", "연락처: 02-584-7312 / 휴대폰 010-5127-8834", "02-584-7312"),
    ("PHONE_NUMBER", "장비 회수 연락처 051-744-2381", "051-744-2381"),
    ("PHONE_NUMBER", "연락처 010/4418/2206", "010/4418/2206"),
    ("PHONE_NUMBER", "제 번호는 공일공 사칠이일 삼팔구공이에요", "공일공 사칠이일 삼팔구공"),
    ("PHONE_NUMBER", "공일공-사칠이일-삼팔구공으로 연락", "공일공-사칠이일-삼팔구공"),
    ("PHONE_NUMBER", "문자는 영일영이삼사오육칠팔구로", "영일영이삼사오육칠팔구"),
    ("PHONE_NUMBER", "인터넷 전화 공칠공-팔이삼일-사사구공", "공칠공-팔이삼일-사사구공"),
    # Accounts of every major bank and the cooperatives, in their printed groupings.
    ("KR_BANK_ACCOUNT", "우리은행 1002-123-456789", "1002-123-456789"),
    ("KR_BANK_ACCOUNT", "국민은행 123456-01-234567", "123456-01-234567"),
    ("KR_BANK_ACCOUNT", "하나은행 123-456789-01234", "123-456789-01234"),
    ("KR_BANK_ACCOUNT", "기업은행 123-123456-01-012", "123-123456-01-012"),
    ("KR_BANK_ACCOUNT", "농협 301-1234-5678-11", "301-1234-5678-11"),
    ("KR_BANK_ACCOUNT", "대구은행 508-10-123456-7", "508-10-123456-7"),
    ("KR_BANK_ACCOUNT", "새마을금고 9002-1234-5678-9", "9002-1234-5678-9"),
    ("KR_BANK_ACCOUNT", "신협 131-012-345678", "131-012-345678"),
    ("KR_BANK_ACCOUNT", "우체국 123456-01-234567", "123456-01-234567"),
    ("KR_BANK_ACCOUNT", "수협 1010-1234-5678", "1010-1234-5678"),
    ("KR_BANK_ACCOUNT", "단위농협 351-1234-5678-13", "351-1234-5678-13"),
    ("KR_BANK_ACCOUNT", "카카오뱅크 3333–01–1234567", "3333–01–1234567"),
    ("KR_BANK_ACCOUNT", "통장 110-123-456789 으로", "110-123-456789"),
    ("KR_BANK_ACCOUNT", "예금주 홍길동 110 123 456789", "110 123 456789"),
    ("KR_BANK_ACCOUNT", "예금 계좌 3333011234567", "3333011234567"),
    # Cards, passports, licences and business numbers with spaces or in lower case.
    ("CREDIT_CARD", "카드번호 4111 1111 1111 1111", "4111 1111 1111 1111"),
    (
        "CREDIT_CARD",
        "카드 ４１１１－１１１１－１１１１－１１１１",
        "４１１１－１１１１－１１１１－１１１１",
    ),  # noqa: E501
    # a business card's dotted international number; a business number spaced around its dashes
    ("PHONE_NUMBER", "M. +82.10.2345.6789", "+82.10.2345.6789"),
    ("KR_BRN", "공급자 번호 220 - 81 - 62517", "220 - 81 - 62517"),
    # another country's phone number, with a context word near it
    ("PHONE_NUMBER", "현지 연락처 +33 6 12 34 56 78 (파리)", "+33 6 12 34 56 78"),
    ("PHONE_NUMBER", "Mobile: +44 7700 900123", "+44 7700 900123"),
    # or without one, when its country's numbering plan says it is a real line
    ("PHONE_NUMBER", "Tran Van Minh (father) +84 91 234 5678", "+84 91 234 5678"),
    ("PHONE_NUMBER", "reach the front office at +65 6123 4567.", "+65 6123 4567"),
    # a Diners Club card in its 4-6-4 groups
    ("CREDIT_CARD", "Diners (backup) 3602-534815-0777", "3602-534815-0777"),
    # an address that a word right after blocks (차단), not a section (차)
    ("IP_ADDRESS", "방화벽에서 IP 203.0.113.77 차단 완료", "203.0.113.77"),
    ("KR_PASSPORT", "여권번호 m12345678", "m12345678"),
    ("KR_PASSPORT", "여권번호: m123a4567", "m123a4567"),
    # another country's passport number, right after its own label
    ("KR_PASSPORT", "Name: Kenji Tanaka\nPassport No.: TK5829174", "TK5829174"),
    ("KR_PASSPORT", "외국인 근로자\n여권번호: C8392017\n체류자격 E-9", "C8392017"),
    ("KR_PASSPORT", "Passport: 548210937 (UK)", "548210937"),
    # a passport in a list whose heading names the column, or in a table's passport column
    (
        "KR_PASSPORT",
        "단체 명단 (영문 이름 / 여권번호):\n1. KIM MINJI / M71204586 / 2031-03-02",
        "M71204586",
    ),
    ("KR_PASSPORT", "| 이름 | 여권번호 |\n| Ram Thapa | PA0981274 |", "PA0981274"),
    # either kind with one space inside, after its label
    ("KR_PASSPORT", "성명 정다빈 / 여권 M 9182 7364 / 만료일 2031.04.30", "M 9182 7364"),
    ("KR_PASSPORT", "Passport: 72 4410938 (RU)", "72 4410938"),
    ("KR_PASSPORT", "예약: Olena Kovalenko / 여권 FH 210493 / 메일", "FH 210493"),
    ("KR_DRIVER_LICENSE", "운전면허번호 28 22 123456 12", "28 22 123456 12"),
    # a region name written before the full number is part of it
    ("KR_DRIVER_LICENSE", "면허번호 서울 11-19-334821-42 / 010-6691-0372", "서울 11-19-334821-42"),
    ("KR_DRIVER_LICENSE", "1종 대형 인천 23 12 503371 90, 기사님", "인천 23 12 503371 90"),
    ("KR_BRN", "사업자등록번호 220 88 69974", "220 88 69974"),
    ("KR_BRN", "사업자등록번호 317 - 81 - 11175", "317 - 81 - 11175"),
]


@pytest.mark.parametrize(("kind", "text", "value"), FOUND)
def test_every_spelling_is_found_exactly(kind, text, value):
    assert (kind, value) in spans_of(text)


UNTOUCHED = [
    # a signed number without a phone's context word
    "코스피는 +12 34 56 78 포인트 범위에서 움직였다.",
    # public offices' published numbers, the office named before them
    "○○구청 민원실 대표번호 02-2148-1234",
    "가까운 주민센터 또는 시청 재난안전상황실(031-228-0119)로 문의하세요.",
    # another country's number shape counts only right after a passport label
    "주문번호 AB3318204 (여권 케이스)",
    "여권 발급 수수료는 53000원이며 사진 2매가 필요합니다.",
    # a form's example value
    "계좌번호 입력 예) 110482339017 (하이픈 없이)",
    # four-part version numbers of a dependency
    "- Updated dependency libfoo 1.2.13.4 → 1.2.14.0",
    # a spaced count after a passport word that is no label of a number
    "여권 사진 규격 35 4500 mm",
    # a passport-shaped code in a list whose heading names no passport
    "재고 목록:\n1. 모니터 / M71204586 / 2031-03-02",
    # a ministry's unit and its published number; four small numbers without an address word
    "긴급신고 112, 외교부 영사콜센터 02-3210-0404",
    "제육볶음(5.6.10.13), 배추김치(9) — 숫자는 알레르기 유발 식품 번호",
    # a Diners-shaped order number that fails Luhn; +12 34 56 78 is too short a line for +1
    "주문번호 3602-534815-0771",
    "지수는 +12 34 56 78 범위",
    # a version compared or named right after the number
    "공유기 2.1.10.4 이하 펌웨어는 업데이트가 필요합니다.",
    "카메라 앱 4.0.12.7 버전부터 지원합니다.",
    # Counting in Hangul numerals, a slashed date, a spoken placeholder.
    "일이삼사오육칠팔구십 하고 세어 보세요",
    "작성일 2024/05/01",
    "예: 영일영 공공공공 공공공공",
    # Business service numbers are not personal.
    "고객센터 1588-1234, 예약 1544-1234",
    # Public institutions' published numbers are not personal either.
    "국토교통부 주택정책과 044-201-3321",
    # an office named in brackets after its number, and that office's fax after it
    "전입신고 문의 02-2133-7700 (민원실), 팩스 02-2133-7709",
    "강남구청 민원실 (02) 3423-5114",
    # A school office, and an office's fax number after its phone number.
    "문의: 햇살초등학교 행정실 053-230-1145",
    "경기도청 교통정책과 031-228-2000, 팩스 031-228-2999",
    # A card number with no issuer digit is an example, even after 카드번호.
    "카드번호 입력 예시: 1234-5678-9012-3456",
    # A numbered section is not a host.
    "문서 3.1.2.4절의 표 3-2-6",
    # Four-part versions in a sentence about firmware.
    "펌웨어 1.2.0.5 와 2.0.10.3 중 최신은 2.0.10.3 입니다.",
    # Zeros where the digits go are a form's example.
    "계좌번호 000-000-000000 처럼 하이픈을 넣어 주세요",
    "주민등록번호 000000-0000000",
    # An all-zero exchange is a placeholder, written where a number goes.
    "연락처 010-0000-0000 형식으로 적어 주세요",
    "전화: 02-000-0000",
    "휴대폰 +82 10 0000 1234",
    # A digit run inside a longer alphanumeric token: order ids, SKUs, hashes, URL paths.
    "주문ID ORD01012345678",
    "상품 SKU-01012345678 재입고",
    "해시 a3f01012345678b9 확인",
    "링크 https://shop.example.com/item/01012345678 참고",
    "파일 IMG_3333011234567.jpg 첨부",
    # Dates that do not exist are not birth dates.
    "990230-1234567",
    "번호 880231-1234567 확인",
    "번호 900431-2234567",
    "번호 010229-3234567",
    # A context word from another sentence, past another label, or after the number.
    "계좌 없음. 코드 3333011234567",
    "은행 상품코드 3333011234567",
    "은행 참조번호 3333011234567",
    "계좌 정보는 없습니다. 참조 3333011234567",
    "코드 3333011234567, 계좌번호는 따로 안내합니다",
    "코드 3333011234567 계좌번호: 미정",
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a table cell is labelled by its column's header
        (
            "사원명 | 은행 | 계좌번호 | 금액\n표다은 | 우체국 | 014820-02-365719 | 182,400",
            {("PERSON", "표다은"), ("KR_BANK_ACCOUNT", "014820-02-365719")},
        ),
        # a letter-spaced label, a foreign name in a form field, a holder in brackets
        (
            "성      명 : 곽민서\n연 락 처 : 010-4092-1176",
            {("PERSON", "곽민서"), ("PHONE_NUMBER", "010-4092-1176")},
        ),
        ("성명: 응우옌 티 란\n국적: 베트남", {("PERSON", "응우옌 티 란")}),
        (
            "새마을금고 9002-1908-3375-2 (예금주 지은호), 입금 후 연락",
            {("PERSON", "지은호"), ("KR_BANK_ACCOUNT", "9002-1908-3375-2")},
        ),
        # an organisation or a team is no person, in a field or brackets
        ("계좌 508-10-246813-5 (예금주: 햇살초등학교)", {("KR_BANK_ACCOUNT", "508-10-246813-5")}),
        ("받는 분: 경리부 앞\n보내는 분: 총무팀", set()),
        ("신한 110-482-9911 (예금주: 한빛상사)", {("KR_BANK_ACCOUNT", "110-482-9911")}),
        # chat speakers in a record holding an account; a name beside its number
        (
            "이서연 [오후 2:14] 회비 어디로?\n박지안 [오후 2:15] 신한 110-482-339017 박지안 으로!",
            {("PERSON", "이서연"), ("PERSON", "박지안"), ("KR_BANK_ACCOUNT", "110-482-339017")},
        ),
        (
            "관리비 7만 / 문의 010-4129-0068 황보진",
            {("PHONE_NUMBER", "010-4129-0068"), ("PERSON", "황보진")},
        ),
        # role labels in forms; middle dots between the digit groups
        (
            "학생: 유시우 / 7세\n어머니: 남궁은지 010·6627·3301",
            {("PERSON", "유시우"), ("PERSON", "남궁은지"), ("PHONE_NUMBER", "010·6627·3301")},
        ),
        # names in Latin letters after a name label; a template's placeholder is none
        (
            "SHIP TO: PARK JIHOON\nTel: +82-10-5512-3344",
            {("PERSON", "PARK JIHOON"), ("PHONE_NUMBER", "+82-10-5512-3344")},
        ),
        # a credit is a public attribution: its address goes, the credited name stays
        (
            "Last-Translator: Changwoo Ryu <cwryu@example.org>",
            {("EMAIL_ADDRESS", "cwryu@example.org")},
        ),
        ("Last-Translator: FULL NAME <EMAIL@ADDRESS>", set()),
        # a bank's short name right before the number, a notice's account line
        (
            "하나 630-910274-88305 류한결",
            {("KR_BANK_ACCOUNT", "630-910274-88305"), ("PERSON", "류한결")},
        ),
        ("마음 전하실 곳\n신랑측 227-048291-01-013", {("KR_BANK_ACCOUNT", "227-048291-01-013")}),
        ("면허번호는 16.15.959262.48 입니다", {("KR_DRIVER_LICENSE", "16.15.959262.48")}),
        # a form field's whole value, without the title after it; companies and teams none
        (
            "신청인: 마이 투 짱\n외국인등록번호 850830-5566778",
            {("PERSON", "마이 투 짱"), ("KR_FRN", "850830-5566778")},
        ),
        (
            "담당: 김민수 대리\n연락처 010-2222-3333",
            {("PERSON", "김민수"), ("PHONE_NUMBER", "010-2222-3333")},
        ),
        (
            "계좌 034-118244-01-012 (예금주: 한솔관리 주식회사)",
            {("KR_BANK_ACCOUNT", "034-118244-01-012")},
        ),
        ("발신: 서비스 운영팀\n수신: 전체 회원", set()),
        # a credit line's name stays beside its address; a full-width at sign; a bank's nickname
        ("저자: Shaun McCance <shaunm@example.org>", {("EMAIL_ADDRESS", "shaunm@example.org")}),
        ("수집 방지로 전각: bora.lee＠example.com", {("EMAIL_ADDRESS", "bora.lee＠example.com")}),
        ("1인당 23,000원\n3333 05 8127734 카뱅", {("KR_BANK_ACCOUNT", "3333 05 8127734")}),
        (
            "수신: 신태윤 귀하\n연락처 010-2222-3333",
            {("PERSON", "신태윤"), ("PHONE_NUMBER", "010-2222-3333")},
        ),
        # a character's line in fiction is not correspondence
        ("“서연 님, 회의실로 오시랍니다.”\n비서 윤하가 문을 두드렸다.", set()),
        ("“처음 뵙겠습니다. 저는 강도현입니다.”\n사내가 모자를 벗었다.", set()),
    ],
)
def test_forms_and_tables(text, found):
    assert set(spans_of(text)) == found


@pytest.mark.parametrize("text", UNTOUCHED)
def test_what_only_looks_like_an_identifier_stays(text):
    assert untouched(text), spans_of(text)


@pytest.mark.parametrize(
    "text",
    ["발신: 서비스 운영팀", "수신: 고객센터", "담당자: 관리자", "발신자: 서비스 운영팀 드림"],
)
def test_team_and_role_names_are_not_persons(text):
    assert "PERSON" not in {kind for kind, _ in spans_of(text)}, spans_of(text)


def test_bare_digits_without_a_context_word_need_the_check_digit():
    assert spans_of("값 9001011234568") == [("KR_RRN", "9001011234568")]
    assert untouched("값 9001011234561")


def test_a_number_right_after_its_own_label_is_scrubbed_with_a_failed_check_digit_only():
    """Policy (README): a failed check digit after the label is a typo of a real number, which
    still names a person; a birth date that cannot exist was never issued, label or not."""
    assert spans_of("주민등록번호: 900101-1234561") == [("KR_RRN", "900101-1234561")]
    assert spans_of("주민등록번호: 990230-1234567") == []
    assert spans_of("주민등록번호 020229-3876545 와 771131-2456712") == []
    assert spans_of("외국인등록번호: 990431-5234567") == []
    assert spans_of("주민등록번호: 000229-3234567") == [("KR_RRN", "000229-3234567")]


def test_full_width_offsets_point_into_the_original_text():
    text = "전화 ０１０－１２３４－５６７８ 로"
    (span,) = scrub(text).spans
    assert (span.start, span.end) == (3, 16) and scrub(text).text == "전화 <|phone|> 로"


def test_a_context_word_in_the_same_clause_still_counts():
    assert spans_of("계좌: 3333011234567") == [("KR_BANK_ACCOUNT", "3333011234567")]
    assert spans_of("3333011234567로 입금 바랍니다.") == [("KR_BANK_ACCOUNT", "3333011234567")]
    assert spans_of("계좌번호\n3333011234567") == [("KR_BANK_ACCOUNT", "3333011234567")]
    assert spans_of("입금 계좌는 2024년 3월에 바뀌었습니다\n3333011234567") == []


def test_a_spaced_business_number_is_validated_on_its_digits():
    """Its check digit counts as the hyphenated one's does: 0.75 with its context word when
    it holds, 0.55 when it fails (the label alone keeps that one)."""
    holds, fails = scrub("사업자 220 88 69974").spans, scrub("사업자 220 88 69975").spans
    assert [(s.type, s.score) for s in holds] == [("KR_BRN", 0.75)]
    assert [(s.type, s.score) for s in fails] == [("KR_BRN", 0.55)]


def test_a_form_line_that_gives_an_example_is_left_whatever_stands_before_its_word():
    assert untouched("※ 작성 예시: 홍길동 / 010-2231-5678 은 예시이며 실제 정보를 쓰세요")
    assert untouched("※ 작성 예시: 홍길동 / 010-2231-5678")
    assert untouched("입력 예) 010-2231-5678")
    assert untouched("연락처 010-2231-5678 은 예시입니다.")
    assert untouched("새 여권번호는 M123A4567 형식입니다.")
    assert untouched("전화번호는 010-2231-5678과 같은 형태로 적습니다.")
    # a number before an ordinary word that starts like one is still found
    assert spans_of("연락처 010-2231-5678 형님께 전달") == [("PHONE_NUMBER", "010-2231-5678")]


def test_a_company_name_holding_a_negative_word_is_no_label():
    """㈜코드브릿지 holds 코드, which before a number says it is a code."""
    assert spans_of("협력사: ㈜코드브릿지 / 214-86-39016") == [("KR_BRN", "214-86-39016")]
    assert spans_of("(주)모델하우스 사업자 214-86-39016") == [("KR_BRN", "214-86-39016")]
    assert untouched("상품코드 214-86-39016")


def test_a_resident_number_column_holds_foreigners_numbers_too():
    row = "INSERT INTO users (name, rrn) VALUES ('Le Van An', '0108157234560');"
    assert spans_of(row) == [("KR_FRN", "0108157234560")]
    assert untouched("INSERT INTO items (sku) VALUES ('0108157234560');")


def test_a_sample_mailbox_at_an_example_domain_is_no_address():
    assert untouched("100000,홍길동,010-0000-0000,user@example.com")
    assert untouched("메일: yourname@example.org")
    assert spans_of("메일: hong@example.com") == [("EMAIL_ADDRESS", "hong@example.com")]
    assert spans_of("메일: user@mail.example.com") == [("EMAIL_ADDRESS", "user@mail.example.com")]


def test_a_number_after_a_country_code_is_a_phone_not_an_account():
    text = "송금 받는 사람: 아들 (미국 유학, +1 617-555-0148)"
    assert ("PHONE_NUMBER", "+1 617-555-0148") in spans_of(text)
    assert "KR_BANK_ACCOUNT" not in {kind for kind, _ in spans_of(text)}


def test_a_swift_messages_customer_account_is_an_account():
    message = "MT103\n:50K:/1002-771-302918\nKIM HANA\n:59:/110293847102\nLI WEI\n:70:FEES"
    accounts = [value for kind, value in spans_of(message) if kind == "KR_BANK_ACCOUNT"]
    assert accounts == ["1002-771-302918", "110293847102"]
    assert untouched(":20:/1002-771-302918")  # a reference field


def test_an_institutions_number_abroad_or_marked_published_is_left():
    assert untouched("외교부 영사콜센터 +82-2-3210-0404(24시간)")
    assert untouched("응급실 직통 02-2231-5678(병원 누리집 공개번호)")
    # a mobile after the same office is a person's
    assert spans_of("외교부 영사콜센터 +82 10-2231-5678") == [("PHONE_NUMBER", "+82 10-2231-5678")]


def test_version_numbers_in_an_upgrade_are_no_addresses_and_a_hosts_prefix_is_left():
    assert untouched("Upgrade path: 1.24.0.1 -> 1.25.3.0")
    assert untouched("펌웨어 업그레이드 2.10.3.1 완료")
    assert spans_of("allowed ips: 10.66.0.12/32") == [("IP_ADDRESS", "10.66.0.12")]
    assert untouched("allowed ips: 10.66.0.0/24")  # a network


def test_a_number_spelled_more_weakly_than_its_list_mates_is_one_too():
    """Once one value of the record passes on its own, a dotted or spaced spelling of the
    same kind is one too; alone, or as an unbroken run, it still needs its context."""
    form = "원아: TRAN GIA BAO (180204-7369503)\n보호자: LE THI HUONG (890415.6197862)"
    assert [v for k, v in spans_of(form) if k == "KR_FRN"] == ["180204-7369503", "890415.6197862"]
    assert untouched("보호자: LE THI HUONG (890415.6197862)")
    unbroken = "원아: TRAN GIA BAO (180204-7369503)\n코드: 8904156197862"
    assert [v for k, v in spans_of(unbroken) if k == "KR_FRN"] == ["180204-7369503"]
    roster = (
        "김석두 집사 서울 03-118274-60 010-2281-3390\n이창렬 장로 11 98 229183 40 010-7730-2214"
    )
    licences = [v for k, v in spans_of(roster) if k == "KR_DRIVER_LICENSE"]
    assert licences == ["서울 03-118274-60", "11 98 229183 40"]
    assert untouched("이창렬 장로 11 98 229183 40")


def test_another_countrys_number_with_its_area_code_in_brackets_or_a_messenger_beside_it():
    assert spans_of("Owner: US mobile +1 (206) 555-0177, thanks") == [
        ("PHONE_NUMBER", "+1 (206) 555-0177")
    ]
    assert spans_of("or WhatsApp +44 7700 900418.") == [("PHONE_NUMBER", "+44 7700 900418")]
    assert untouched("성장률 +44 7700 900418.")  # no line in its plan, no context word
    assert spans_of("(+1 206 555 0177)") == [("PHONE_NUMBER", "+1 206 555 0177")]


def test_an_airline_bookings_contact_element_holds_a_phone():
    assert spans_of("SSR DOCS …\nCTCM 821055829910") == [("PHONE_NUMBER", "821055829910")]
    assert spans_of("SSR CTCM KE HK1/821055829910") == [("PHONE_NUMBER", "821055829910")]
    assert untouched("ETKT 1802345678901")


def test_found_by_pii_hold_out_23():
    """A public office's unit and its numbers are published (주민센터 민방위 담당, 교육지원청
    평생교육팀(…), 부대 대표번호(…), 외국인청 서울남부 사무소 대표전화 …, 팩스 …, and a unit
    after the office's other number), a pharmacy is no office (…약국 043-…); a mail's
    Message-ID and test@example.com name no mailbox; a number the sentence calls a serial is
    none (… 은 기프트카드 일련번호입니다); ``ver.`` of naver.com is no version label; an
    address after an ellipsis is one (strongSwan's a...b); the numbers opening the lines under
    a labelled passport, of its shape, are passports; an emergency contact abroad is a phone."""
    assert untouched("동 주민센터 민방위 담당 02-2133-5012")
    assert untouched("교육지원청 평생교육팀(031-249-0114)으로 하세요.")
    assert untouched("중대장 연락처는 부대 대표번호(031-8048-0000)로 안내")
    assert untouched("출입국·외국인청 서울남부 사무소 대표전화 02-2650-6212, 팩스 02-2650-6299")
    assert untouched("구청 민원여권과 (대표) 02-2600-6114, 여권 발급 담당 부서 02-2600-6382")
    assert spans_of("행복상사 02-2600-6114, 영업팀 02-2600-6382") == [
        ("PHONE_NUMBER", "02-2600-6114"),
        ("PHONE_NUMBER", "02-2600-6382"),
    ]
    assert spans_of("연락처 영업팀 02-2600-6382") == [("PHONE_NUMBER", "02-2600-6382")]
    assert spans_of("문의: 늘푸른약국 043-265-7781.") == [("PHONE_NUMBER", "043-265-7781")]
    assert untouched("Message-ID: <20270304101122.4471@worksmail.kr>")
    assert untouched("테스트 데이터: email=test@example.com")
    assert untouched("4471-2093-1180-5527 은 기프트카드 일련번호입니다.")
    assert spans_of("4471-2093-1180-5527은 제 카드 번호입니다.") == [
        ("CREDIT_CARD", "4471-2093-1180-5527")
    ]
    assert spans_of("haram.oh@naver.com,4716-5103-3680-9392,2027") == [
        ("EMAIL_ADDRESS", "haram.oh@naver.com"),
        ("CREDIT_CARD", "4716-5103-3680-9392"),
    ]
    assert untouched("ver. 4716-5103-3680-9392")
    log = "established between 203.0.113.2[vpn.example]...198.51.100.97[gw.example]"
    assert [v for k, v in spans_of(log)] == ["203.0.113.2", "198.51.100.97"]
    family = "여권 ab3820174 DUBOIS CAMILLE\nab3820188 DUBOIS LEO\nac01928370 DUBOIS NINA"
    passports = [v for k, v in spans_of(family) if k == "KR_PASSPORT"]
    assert passports == ["ab3820174", "ab3820188"]
    assert spans_of("Emergency: +44 7700 900462") == [("PHONE_NUMBER", "+44 7700 900462")]
