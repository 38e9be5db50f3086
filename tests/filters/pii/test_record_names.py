"""Names in a record that holds a contact value (``pii.person: contact``): found where names
stand in contact data though no label or honorific says so (rosters, chat exports, wedding
notices, bookings, a name beside its own account or e-mail), and never an ordinary word of
a name's shape in the same record."""

import pytest

from filters.pii.recognizers.record_names import _called
from tests.pii_helpers import spans_of


def names(text: str, *overrides: str) -> list[str]:
    return [value for kind, value in spans_of(text, *overrides) if kind == "PERSON"]


FOUND = [
    # a roster: a numbered line, a name, a relation word, a number
    (
        "비상연락망\n1. 한도윤 어머니 010-3321-4470\n2. 석지안 아버지 010-8812-0394",
        ["한도윤", "석지안"],
    ),
    # a roster line led by its number, the name before a separator
    ("탑승자 명단\n1. 엽다온 / 성인 / 여권 M31842207", ["엽다온"]),
    # a wedding notice: the name after a relation word, the account beside another
    ("신랑 우태겸 · 신부 나윤슬\n마음 전하실 곳 국민 604201-01-552013", ["우태겸", "나윤슬"]),
    # a name right after its own account, the bank's short name between
    ("회비는 3333-19-2288104 카뱅 변소율 으로 보내주세요", ["변소율"]),
    # a name in brackets after its e-mail
    ("자료는 hana.seok@example.com (석하나) 앞으로", ["석하나"]),
    # a chat export's speaker after the time stamp, before " : "
    (
        "2026. 3. 2. 오후 7:41, 탁서율 : 계좌 불러줄게\n"
        "2026. 3. 2. 오후 7:42, 탁서율 : 국민 604201-01-118822",
        ["탁서율", "탁서율"],
    ),
    # after a role noun no label list holds
    ("양수인 표지안 (연락처 010-7781-2044)", ["표지안"]),
    # a label with a qualifier in brackets
    ("성명(한글) 금하람 / 연락처 010-2291-3380", ["금하람"]),
    # Latin script: after a label, beside its e-mail, on a line of its own led by a surname
    ("Guest: PARK JIWOO\nContact: jiwoo.park@example.com", ["PARK JIWOO"]),
    ("Booking for Clara Weiss (clara.weiss@example.de), 2 nights", ["Clara Weiss"]),
    # a mail header's display name in quotes before its address, a name Kiwi knows too
    ('From: "김수현" <sh@example.net>\nTo: help@example.com', ["김수현"]),
    ("KANG SEORIN\n+82 10-5521-7730", ["KANG SEORIN"]),
    ("APIS\nSurname: HWANG\nGiven names: DOHA\nPassport No. M73559012", ["HWANG", "DOHA"]),
    # the same name in the other script, in brackets beside the one found
    ("Guest: PATEL RAHUL (라훌 파텔)\nContact: rahul.p@example.com", ["PATEL RAHUL", "라훌 파텔"]),
    # a messenger's speakers, before their time stamps
    (
        "[사내 메신저]\n임도현 10:02  번호 알려주세요\n장세린 10:03  010-3375-9812 이에요",
        ["임도현", "장세린"],
    ),
    # residents after their flat's number, a name after a role word no label list holds
    ("참석 동대표: 101동 황보석진, 102동 피은숙\n문의 010-2211-3300", ["황보석진", "피은숙"]),
    ("과제 제출 안내 — 조교 천도현\n문의 cse@example.ac.kr", ["천도현"]),
    ("접수 경찰관: 순경 주태민\n문의 010-2231-4480", ["주태민"]),
    # Latin-script names after a Korean role word, a self-introduction or a title
    ("예약 문의: 운전자는 Jason Kwon이고 연락처 010-4471-2036", ["Jason Kwon"]),
    ("Dear Ms. Schneider, I am Park Minji (minji.park@example.com)", ["Schneider", "Park Minji"]),
    # names listed with a found one, joined by a middle dot or a comma
    ("상견례 참석: 신랑측 송병국·박미라\n연락처 010 2239 8841", ["송병국", "박미라"]),
    # a table's header row holds labels, not names; the name column below it does
    ("| 동호수 | 성명 | 연락처 |\n| 101-1203 | 노경민 | 010-2231-5582 |", ["노경민"]),
    # a title or role after the name, with its particle (… 코치로, … 세대주님)
    ("12/3 수업은 탁지호 트레이너로 바뀝니다. 문의 070-4410-2281", ["탁지호"]),
    ("[관리사무소] 엽수안 세대주님, 환급금은 국민 604201-01-118822 로 지급", ["엽수안"]),
    ("심사위원 명단: 금보람 교수, 연락 010-3381-2207", ["금보람"]),
    # a name before its own value's label, in either script
    ("- 변하람 여권번호 M27731904\n- 석도윤 여권번호 M55120833", ["변하람", "석도윤"]),
    ("- Nora Lindqvist, passport N0448127", ["Nora Lindqvist"]),
    # a name Kiwi cuts into a prefix or a number word and nouns, beside its value
    ("담당자 표재익 031-492-7704", ["표재익"]),
    # a chat log's speakers in either script, though each speaks once
    (
        "송금 확인\n라은비: 들어왔어? 카뱅 3333-01-2298371\nMia Hart: yes 받았어",
        ["라은비", "Mia Hart"],
    ),
    # a given name alone: with the suffix 이, a vocative, 님 or 씨, or a family word
    ("하온이가 내일 결석해요. 제 번호 010-2231-5582", ["하온"]),
    ("지안 엄마예요, 010-2231-5582 로 연락 주세요", ["지안"]),
    ("서율씨 면접 안내드려요. 회신 010-2231-5582", ["서율"]),
    # a foreign name written in Hangul after a person's label, or opening a roster's line
    ("구직자: 아지즈 카리모프 / 외국인등록번호 870315-5588184", ["아지즈 카리모프"]),
    ("1. 응우옌 반 끼엔 — 010-2281-4039", ["응우옌 반 끼엔"]),
    # Latin script: after a role word, with 님, with a chat line's time, after a greeting,
    # after an English role label, on the line after a sign-off
    ("펫시터 Olivia Kwon 님 (070-8824-3119)", ["Olivia Kwon"]),
    ("[Slack] Daniel Baek 09:12\n주소 알려드려요 010-2231-5582", ["Daniel Baek"]),
    ("Hi Yerin, 환불 계좌 110-482-937216 확인했어요.", ["Yerin"]),
    ("Claim\nInsured: Jonas Weber\nPhone: +82 10-3390-1128", ["Jonas Weber"]),
    ("Call me at 010-4458-2210.\nBest regards,\nIsla Moreno", ["Isla Moreno"]),
    ("| 감사 | Arjun Mehta | 010-7419-0632 |", ["Arjun Mehta"]),
    ("Priya Raman / 인디아 커리 / 010-7419-0632", ["Priya Raman"]),
    # a names column in any script, the other spelling in brackets after a name
    (
        "| 방 | 이름 | 국적 |\n| 305 | LIU HAORAN (류하오란) | 중국 |\n연락 010-2231-5582",
        ["LIU HAORAN", "류하오란"],
    ),
    # chat speakers after a bracketed time or before one, given names alone as speakers
    (
        "[14:05] 정유나: 네 한도 있어요\n[14:06] 오현석: 계좌 110-482-937216 로 주세요",
        ["정유나", "오현석"],
    ),
    ("혜진 (18:22): 안녕하세요\n민호 (18:26): 계좌 110-482-937216 주세요", ["혜진", "민호"]),
    (
        "[B동 단톡]\n서윤: 택배 왔어?\n다인: 응 문 앞에\n서윤: 계좌 3333-01-2298371 로 보낼게",
        ["서윤", "다인", "서윤"],
    ),
    # a child's name with its parent's word glued on: the name without it
    ("하율맘: 준비물 맞나요?\n도윤엄마: 네 맞아요 010-2231-5582 로 연락 주세요", ["하율", "도윤"]),
    # a speaker after a time and a role word; a given name before a personal title
    (
        "14:03 상담원 지은: 확인할게요\n14:05 상담원 지은: 계좌 110-482-937216 맞으시죠",
        ["지은", "지은"],
    ),
    ("하람 자매님~ 숙소 배정 나왔어요. 문의 010-5573-8820 - 성민 전도사", ["하람", "성민"]),
    # a given name alone on the line after a letter's sign-off
    ("Call me at 010-7743-1128.\n\nThanks,\nMaria", ["Maria"]),
    # a log's key for a person
    ("2024-11-02 23:41 user=모재희 tel=010-2231-5582", ["모재희"]),
    # every other mention of a name found, and a full name's given name where it is called
    (
        "상주 곽은지 계좌: 카카오뱅크 3333-02-8819204\n탁경미: 힘내세요 은지야\n곽은지 드림",
        ["곽은지", "은지", "곽은지"],
    ),
    # a name mentioned again before a particle, never inside a longer word of either script
    (
        "Guest: Anna Lee\nTel 010-2231-4480\n"
        "Anna Lee가 체크인합니다. JoAnna Lee와 Anna Leeds는 다른 손님",
        ["Anna Lee", "Anna Lee"],
    ),
    ("은지님 계좌 3333-02-8819204 로 입금했어요. 문의는 미은지 카페로", ["은지"]),
    # a messenger's time as KakaoTalk exports it: [오전 7:32]; a speaker Kiwi reads as a noun
    # (지수, an index) who is called by name
    (
        "[오전 7:32] 지수: 민재 씨 오늘 타세요?\n[오전 7:33] 민재: 네 5분 늦어요\n"
        "[오전 7:40] 민재: 지수야 나 도착! 010-5528-1730",
        ["지수", "민재", "민재", "민재", "지수"],
    ),
    # KakaoTalk's PC export: the speaker in brackets before the time, a given name too
    (
        "[서윤] [오후 2:14] 택배 왔어?\n[다인] [오후 2:15] 응 계좌 3333-01-2298371",
        ["서윤", "다인"],
    ),
    (
        "[김민지] [오후 2:14] 내일 봐요\n[박서준] [오후 2:15] 제 번호 010-2231-4480",
        ["김민지", "박서준"],
    ),
    # names listed either side of a found one, by a slash too, a Latin one in a mixed list
    ("오늘 길수아, 어민혁 님이 오십니다. 문의 010-2284-1120", ["길수아", "어민혁"]),
    ("문의 010-2284-1120 어민혁/길수아", ["어민혁", "길수아"]),
    (
        "[단체여행 명단]\n1. KIM SANGHUN / 김상훈 / 만료 2031-08-11\n인솔자 채동건 010-3917-2284",
        ["KIM SANGHUN", "김상훈", "채동건"],
    ),
    (
        "참가 동의 — 학생 민시우, 부모 민경태/지혜원. 연락처 010-2284-1120",
        ["민시우", "민경태", "지혜원"],
    ),
    (
        "탑승: 길수아, 어민혁, Tran Van Duc\n운전 010-4471-2036",
        ["길수아", "어민혁", "Tran Van Duc"],
    ),
    # a table's column in which a name was found, whatever its header says
    (
        "구획 | 분양자 | 연락처\nA-01 | 채소라 | 010-4417-3301\nA-02 | 봉길수 | 010-4417-3308",
        ["채소라", "봉길수"],
    ),
    # accented Latin names (Vietnamese, German), SURNAME, Given in a names column
    ("보호자 성명: Lê Thị Hương\n외국인등록번호: 900714-6420281", ["Lê Thị Hương"]),
    (
        "| 번호 | 성명 | 여권번호 |\n| 1 | DELA CRUZ, Jomar Santos | P4827193A |\n"
        "| 2 | MÜLLER, Jonas | CF7L2T9X4 |\n연락 010-2231-4480",
        ["DELA CRUZ, Jomar Santos", "MÜLLER, Jonas"],
    ),
    # a person's key in a log, a quoted log value or a JSON record
    (
        'login student=이하윤 ip=192.168.35.21\nlogin guest="CHEN XIAOWEN" tel=010-2231-4480',
        ["이하윤", "CHEN XIAOWEN"],
    ),
    ('{"tenant": {"name": "Marcus Lee", "phone": "010-2231-4480"}}', ["Marcus Lee"]),
    # a messenger export's speaker in Latin letters
    (
        "2024. 3. 14. 오후 8:30, Nguyen Thi Thanh : 숙제 했어요?\n"
        "2024. 3. 14. 오후 8:31, 김은숙 : 네 010-2231-4480",
        ["Nguyen Thi Thanh", "김은숙"],
    ),
    # Chinese and Japanese names: after a label in either language, before a Japanese
    # honorific, listed after one found, with their katakana reading in brackets
    (
        "预订人: 刘子涵\n入住人: 刘子涵, 何静\n电话 +86 186 2108 3347",
        ["刘子涵", "刘子涵", "何静"],
    ),
    (
        "ご担当: 高橋 健太 様\n同行者: 佐藤 遥 (サトウ ハルカ)\n連絡先 +82-51-742-9912",
        ["高橋 健太", "佐藤 遥", "サトウ ハルカ"],
    ),
    ("井上 由紀 様\nご予約の変更です。 +82-51-742-9912", ["井上 由紀"]),
    ("姓名 Name: 陈晓雯\n电话 +86 186 2108 3347", ["陈晓雯"]),
    ("담당자 박미선 (パク ミソン)\n연락처 010-2231-4480", ["박미선", "パク ミソン"]),
    # a names column of a table split by slashes or commas (a CSV export)
    (
        "번호 / 성명 / 국적\n1 / Anna Kowalski / POL\n2 / Chidi Okafor / NGA\n문의 010-2231-4480",
        ["Anna Kowalski", "Chidi Okafor"],
    ),
    # Latin runs: after a flat's number, without a greeting or an airline's title, after
    # Pax 1:, Handled by:, as SURNAME/GIVEN
    ("동의 세대: 1104호 여상민, 1304호 Sun Li\n시공사 010-7741-2288", ["여상민", "Sun Li"]),
    ("Dear Maria Santos Reyes,\nPlease call 02-775-3108.", ["Maria Santos Reyes"]),
    ("Passenger: HAN/YUNA MS — Passport M12345678", ["HAN/YUNA"]),
    ("Pax 1: DELA CRUZ/JOSEPHINE PP P5527190B", ["DELA CRUZ/JOSEPHINE"]),
    ("I was charged twice. Call 010-3371-0925.\nHandled by: Yoon Seul-gi (CS)", ["Yoon Seul-gi"]),
    # a Latin given name alone: with 님 or 씨, introduced, after a message's closing dash
    ("고시원 총무입니다. Sunil님 월세 계좌는 국민 412302-01-558216", ["Sunil"]),
    ("Hi all, this is Hana. Call 010-2231-4480 — Sora (organizer)", ["Hana", "Sora"]),
    # a name in Chinese characters after a person's label, its Hangul reading in brackets
    (
        "성명: 王磊 (왕레이) / 국적: 중국\n연락처: 010-2231-4480\n보증인: 王建国 (부)",
        ["王磊", "왕레이", "王建国"],
    ),
    # and nothing more: a signature line in brackets after a name is no other spelling of it,
    # a list's next item that is a label or another field, a title after a name and a comma
    ("1304호 Sun Li (서명)\n시공사 010-7741-2288", ["Sun Li"]),
    # a full name's given name counts again only where it is called (보람 is also a reward)
    ("계좌는 국민 611701-04-221987 강보람이에요.\n구매자: 보람 있는 거래였네요", ["강보람"]),
    ("길마: 윤태오 / 부길마: 서하늘 / 문의 010-2231-5582", ["윤태오", "서하늘"]),
    ("고객: 계소연 / 정기권 30만원권 / 010-2231-5582", ["계소연"]),
    ("Call 010-2231-4480.\nRegards,\nDaniel Weber, Registration Chair", ["Daniel Weber"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_where_names_stand_in_a_record_with_contact_data(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


KEPT = [
    # words of a name's shape between ordinary words, or a form's label before its colon
    "검정 장우산 분실했어요, 연락 010-2231-5582",
    "부의금 입금: 농협 302-8891-2274-11",
    "상호명: 한결공방 / 연락처 010-2211-3300",
    # a common noun Kiwi's dictionary knows, where a roster would put a name
    "제출 서류\n- 신청서 / 통장 사본\n문의 010-2211-3300",
    # a verb form and a bound noun with its particles
    "010-4471-2036 으로 문자 주세요.",
    "임대인 명의의 국민은행 계좌(482901-04-330011)로 입금한다.",
    # nouns Kiwi's dictionary knows, places of an address, a province cut before 도
    "예를 들어, 문자열 검색은 문의 debian@example.org 로",
    "주소: 경기도 성남시 분당구, 연락처 010-2211-3300",
    "전라남도 순천시 조례동 민원 010-2211-3300",
    # a noun and its particle, a noun + 하다
    "필수 사항이라고 적혀 있어요 010-2211-3300",
    "남용하는 사례가 있어 신고 010-2211-3300",
    # a building where a roster would put a name, an abbreviation in brackets after a name
    "오피스아워(화 15~17시, 공학관 512호) 문의 010-2211-3300",
    "담당 (PM) 일정 문의 010-2211-3300",
    # a company before a Japanese honorific, a place after a label that names no person
    "宛名: 株式会社ミライ精機 様\n주소: 上海 浦东\n電話 +82-51-742-9912",
    # a package's credited authors in its TOML file
    'authors = [\n  { name = "Jung Yerin", email = "yerin@example.org" },\n]\nsupport 02-2231-4480',
    # a word for letters ends like a role noun, but names no one
    "한글: 세종대왕\n로마자: Gaius Iulius Caesar\n문의 theme@example.com",
    # Latin runs of team, company and label words
    "APT Development Team <deity@lists.debian.org>",
    "Backend Engineer · SEOUL\nMobile +82 10-5521-7730",
    # a number read aloud, a form's 동호수, a bank beside its account
    "15만까지 생각해요. 공칠공-팔이삼일 로 전화 주세요 010-2231-5582",
    "동호수 108-1504, 연락처 010-2231-5582",
    "회비 납부: 새마을금고 9003-2418-7765-1",
    # a company after a role that ends like one, or before its business number
    "매수인: 오토밸류 (사업자등록번호 135-86-21547) 연락처 010-2231-5582",
    "주식회사 예시커머스 | 통신판매 문의 010-2231-5582",
    # common nouns before 님 or a family word, an organisation before 회원
    "미소님 감사합니다! 입금 확인 010-2231-5582",
    "본회 회원 여러분, 회비는 농협 302-8891-2274-11",
    # a greeting word is no name
    "Hi Team, the new number is 010-2231-5582",
    # a country after a label ending like a role, a passport's kind in brackets
    "희망국가: 아일랜드(더블린) 24주 / 연락처 010-2231-5582",
    "여권번호 M553R2108 (신여권) / 연락처 010-2231-5582",
    # a name Kiwi reads as a noun does not speak unless it is called by name
    "[오전 7:32] 지수: 오늘 하락\n[오전 7:33] 환율: 1,300원\n문의 010-2231-5582",
]


@pytest.mark.parametrize("text", KEPT)
def test_no_name_in_ordinary_words_of_a_record_with_contact_data(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 홍길동 in a form's example is a placeholder; an instruction in a name field is prose
        ("[작성 예시] 성명: 홍길동 / 주민등록번호: 000000-0000000", []),
        ("이름: 반드시 실명으로 기재 / 성명란 공백 금지 / 연락처란은 휴대전화", []),
        # a field after a slash is not one more name of the list: a licence's region
        (
            "렌터카 추가 운전자: 빈하율 / 부산 12-203381-44 / 010-7718-3302",
            [
                ("PERSON", "빈하율"),
                ("KR_DRIVER_LICENSE", "부산 12-203381-44"),
                ("PHONE_NUMBER", "010-7718-3302"),
            ],
        ),
        # a name inside a book's title
        (
            "감유리 님이 신청하신 『82년생 김지영』이 도착했습니다. 수신 번호 010-2231-5582",
            [("PERSON", "감유리"), ("PHONE_NUMBER", "010-2231-5582")],
        ),
    ],
)
def test_examples_instructions_fields_and_titles_are_not_names(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans_of(text) == expected


def test_without_a_contact_value_the_roster_names_are_left_to_the_labels() -> None:
    """The sweep runs only where a contact value makes names personal data; a roster of
    names alone is prose to ``pii.person: contact`` and personal data only to ``all``."""
    text = "새가족 환영\n1. 한도윤 어머니\n2. 석지안 아버지"
    assert names(text) == []


def test_names_are_not_swept_when_the_name_policy_is_off() -> None:
    text = "비상연락망\n1. 한도윤 어머니 010-3321-4470"
    assert names(text, "pii.person=off") == []
    assert spans_of(text, "pii.person=off") == [("PHONE_NUMBER", "010-3321-4470")]


def test_one_name_found_in_a_column_of_affiliations_spreads_to_no_other_cell():
    """A university beside an account is read as a name (a known miss); its column is no
    names column for that, as a column headed by a person's word or holding two names is."""
    found = names(
        "성명,소속,은행,계좌번호\n문하린,부경대,부산,101-2094-4471-02\n"
        "Wu Jiahui,서울대,신한,110-551-308271\n하지윤,경북대,대구,508-10-338211"
    )
    assert {"문하린", "Wu Jiahui", "하지윤"} <= set(found)
    assert not {"서울대", "경북대"} & set(found)


def test_each_word_of_a_surname_or_given_name_column_is_a_name():
    """Surname | Given names columns hold one part each (KANG | DONGHYUN), in a pipe table or a
    CSV export; a name part's column never takes its header's own words."""
    crew = (
        "No. | Rank | Surname | Given names | Nat. | Passport No.\n"
        "1 | Master | KANG | DONGHYUN | KOR | M71935028\n"
        "2 | C/O | REYES | JOSE MARI | PHL | P7710293C\n"
        "Master's contact on arrival: +82 10-5538-2207"
    )
    csv = (
        "Registration ID,Family name,Given name,Country,Mobile\n"
        "R-0412,ZHAO,Mingyu,CN,+86 138 1047 2931\nR-0413,Surname,Given name,JP,"
    )
    assert names(crew) == ["KANG", "DONGHYUN", "REYES", "JOSE MARI"]
    assert names(csv) == ["ZHAO", "Mingyu"]


def test_a_csv_exports_name_keys_head_names_columns():
    payroll = (
        "employee_id,name_ko,name_en,bank,account,mobile\n"
        "24018,토시마토프 아지즈,TOSHMATOV AZIZ,농협,352-1192-3847-03,010-2291-8830"
    )
    assert names(payroll) == ["토시마토프 아지즈", "TOSHMATOV AZIZ"]


def test_an_airline_bookings_passenger_names():
    """The numbered name elements before a title and the name after an SSR DOCS line's expiry
    date; the booking's element codes (AP SEL) are none."""
    pnr = (
        "  1.KIM/MINSU MR   2.PARK/JIYEON MS\n"
        "  4 AP SEL 02-756-3301 - HANA TOUR DESK - A\n"
        "  8 SSR DOCS KE HK1 P/KOR/M30586142/KOR/15MAR85/M/14MAR30/KIM/MINSU/P1"
    )
    assert names(pnr) == ["KIM/MINSU", "PARK/JIYEON", "KIM/MINSU"]


@pytest.mark.parametrize(
    ("chat", "speaker"),
    [
        (
            "2024년 6월 3일 오후 8:12, 채윤호 : 아직 판매중이신가요?\n"
            "2024년 6월 3일 오후 8:15, Jenny : 네 있어요! 010 3318 2047로 연락주세요",
            "Jenny",
        ),
        (
            "2024. 4. 18. 오후 11:20, Phuong : 언니 저 내일 출입국 가요\n"
            "2024. 4. 18. 오후 11:22, 이소정 : 끝나고 010-2275-9931으로 전화해",
            "Phuong",
        ),
        ("21:03\tKenta Mori\t連絡は010-3318-4402まで\n21:05\tAoi\t了解です！", "Aoi"),
        (
            "Date,User,Message\n"
            '2024-03-02 10:15:29,"Hana Suzuki","hana.suzuki@example.net로 주세요"',
            "Hana Suzuki",
        ),
    ],
)
def test_a_chat_exports_latin_speaker_after_the_messages_stamp(chat, speaker):
    assert speaker in names(chat)
    assert speaker not in names(chat.replace("010", "").replace("@", " at "))


def test_a_given_name_called_with_its_vocative_is_the_given_name():
    """하린아 after 오하린 is 하린 called, not a full name 하린아; so is 서윤이 where 서윤 is
    named; a full name ending in 아 stays whole."""
    chat = "2024년 1월 5일 오전 9:31, 오하린 : 내일 010-3392-0048로 전화해\n홍: ㅇㅋ 하린아"
    assert names(chat) == ["오하린", "하린"]
    parents = (
        "지호 엄마: 010-3928-1104로 연락 주세요\n서윤이네: 저는 서윤이 엄마예요. 서윤 반이에요"
    )
    assert names(parents)[-2:] == ["서윤", "서윤"]
    assert names("담당: 최연아 010-3392-0048, 보조: 연아 씨") == ["최연아", "연아"]


def test_a_called_given_name_is_trimmed_to_the_given_name_named_alone():
    text = "하린아 하린 서윤이 보람이"
    spans = {(0, 3), (4, 6), (7, 10), (11, 14)}
    assert _called(text, spans) == {(0, 2), (4, 6), (7, 10), (11, 14)}
    assert _called("하린야 하린이 하린", {(0, 3), (4, 7), (8, 10)}) == {(0, 2), (4, 6), (8, 10)}


def test_a_chat_exports_system_sender_is_no_speaker():
    chat = "21:03\tAdmin\t010-3318-4402로 문의\n21:05\tAoi\t了解です！"
    assert names(chat) == ["Aoi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("회신 010-2231-4432. 상대방 마기태의 주장 중 일부는 사실과 다릅니다.", "마기태"),
        ("심장내과 협진 (담당의 탁유진), 보호자 010-2231-4432", "탁유진"),
        ("건물주 김영자가 보증금을 돌려주지 않습니다. 제 번호 010 7730 2211", "김영자"),
    ],
)
def test_a_name_after_a_role_no_ending_shows(text, name):
    assert name in names(text)
    assert name not in names(text.replace("010", "").replace("2231-4432", "").replace("7730", ""))


def test_latin_names_by_an_english_kin_word_or_leading_a_listed_contact():
    note = (
        "This is Olivia Pennington, Noah's mother. Noah will be picked up by his grandfather, "
        "Robert Pennington. My number is 010-2231-4432."
    )
    roster = (
        "리그 명단\n- Mike (Michael Grant) 010-4428-0713\n- Dmitri +7 916 204-73-19\n- Ball 12개"
    )
    assert names(note) == ["Olivia Pennington", "Noah", "Noah", "Robert Pennington"]
    assert names(roster) == ["Mike", "Michael Grant", "Dmitri"]
    assert names(note.replace("010-2231-4432", "on the list")) == []
