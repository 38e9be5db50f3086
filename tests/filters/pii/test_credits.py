"""Credits (``pii.person: contact``): a name printed with its e-mail address to credit a
published work (a man page's AUTHOR section, a copyright line, a sign-off, a PO header, a
byline) keeps the name and loses the address; a name beside its address anywhere else (a
mail header, a roster, a form) is a private person's contact data, as before."""

import re

import pytest

from filters.pii.credits import SECTION_CHARS, credited, sections
from tests.pii_helpers import spans_of

ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def credited_addresses(text: str) -> list[str]:
    spans = [m.span() for m in ADDRESS_RE.finditer(text)]
    return sorted(text[a:b] for a, b in credited(text, spans))


MAN_PAGE = (
    "옵션\n-V, --version\n버전 정보를 출력합니다.\n\n"
    "저작자\n맨 페이지를 검색할 때 lexgrog에서 활용하는 코드 작성자:\n\n"
    "Wilf. (wilf@example.ac.uk).\nFabrizio Polacco (fpolacco@example.org).\n\n"
    "버그\n문제는 bugs@example.org 로 알려 주십시오."
)


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        # a credits section runs past a blank line to the next heading, not into it
        (MAN_PAGE, ["fpolacco@example.org", "wilf@example.ac.uk"]),
        ("AUTHOR\nSalvatore Valente <svalente@example.edu>", ["svalente@example.edu"]),
        ("만든 사람들:\n홍길동 <gildong@example.org>", ["gildong@example.org"]),
        # a folded Copyright field: its indented lines credit too, the next field does not
        (
            "Copyright: 2003-2022, Changwoo Ryu <cwryu@example.org>\n"
            "           2010-2012, Hideki Yamane <henrich@example.jp>\n"
            "License: GPL-2\n  questions to legal@example.org",
            ["cwryu@example.org", "henrich@example.jp"],
        ),
        ("Copyright (C) 2005 김철수 <cs@example.kr>", ["cs@example.kr"]),
        ("ⓒ 2019 이영희 (yh@example.kr)", ["yh@example.kr"]),
        (
            "패키지를 고쳤습니다.\n\n -- Changwoo Ryu <cwryu@example.org>  Mon, 20 Oct 2014",
            ["cwryu@example.org"],
        ),
        ("Signed-off-by: Jane Doe <jane@example.org>", ["jane@example.org"]),
        ("* 독일어 번역 업데이트 (Thanks to Jan Novak<jan@example.org>)", ["jan@example.org"]),
        ("HISTORY\n1990 – John Doe (jd@example.edu).\n\nBUGS\nbug@example.org", ["jd@example.edu"]),
        ("1990년 – 초기에 John Doe (jd@example.edu)이 작성함.", ["jd@example.edu"]),
        (
            "Last-Translator: 박민수 <ms@example.org>\nLanguage-Team: Korean <ko@example.org>",
            ["ko@example.org", "ms@example.org"],
        ),
        ("이 문서는 Jane Doe <jane@example.org>가 translated by 팀과 함께", ["jane@example.org"]),
        ("Packaged for the archive by Jane Doe <jane@example.org>", ["jane@example.org"]),
        ("(c) Jane Doe <jane@example.org>, GPL-2+", ["jane@example.org"]),
        ("Upstream-Contact: Jane Doe <jane@example.org>", ["jane@example.org"]),
        ("translator-credits: 김하나 <hana@example.org>", ["hana@example.org"]),
        # a PO header's project address; the Korean "written by"; a maintenance section
        ('"Report-Msgid-Bugs-To: bugs@example.org\\n"', ["bugs@example.org"]),
        ('"초기 작성자: Jan Novak <jan@example.org>.\\n"', ["jan@example.org"]),
        ("이 패키지는 하은결 <eg@example.org>가 처음 작성했습니다.", ["eg@example.org"]),
        ("## Maintenance\n\n현재 담당은 나서진 <sj@example.kr>입니다.", ["sj@example.kr"]),
        # a PO file as published: the quoted header, the translators in its comments, and
        # the translator-credits message with one translator a line
        (
            "# Korean translation for foo.\n# 김하나 <hana@example.org>, 2019.\n"
            'msgstr ""\n"Last-Translator: 박민수 <ms@example.org>\\n"\n\n'
            'msgid "translator-credits"\nmsgstr ""\n"이두리 <duri@example.org>\\n"\n'
            '"최세나 <sena@example.org>"\n\nmsgid "Open"\nmsgstr "열기"\n'
            '"문의: help@example.org"',
            ["duri@example.org", "hana@example.org", "ms@example.org", "sena@example.org"],
        ),
        ("## 만든 사람\n\n- 조은비 <eunbi@example.org> — 최초 작성", ["eunbi@example.org"]),
        ("[사회] 김철수 기자 kim@news.example.kr\n정부는 오늘 발표했다.", ["kim@news.example.kr"]),
        # correspondence, rosters and forms are no credits
        ("From: 김철수 <cs.kim@example.com>\nTo: 이영희 <yh@example.com>", []),
        ("보낸 사람: 최유진 <yj@example.com>\n제목: 회의 일정", []),
        ("동호회 명단\n홍길동 hong@example.com 010-1234-5678", []),
        ("김철수 드림 (kim@example.com)", []),
        # a résumé's career and a maintenance notice are no credits sections
        ("이력\n김하늘 (sky@example.com)\n2019년 입사", []),
        ("유지보수\n담당 김하늘 (sky@example.com)", []),
        ("첨부 문서는 김철수(kim@example.com)에게 받았습니다.", []),
        ("  들여쓴 첫 줄 hong@example.com", []),
        # a section ends SECTION_CHARS after its heading, whatever heading comes later
        ("AUTHORS\n" + "가" * SECTION_CHARS + "\nlate@example.org", []),
        ("AUTHORS\n" + "가" * SECTION_CHARS + "\nlate@example.org\n\nBUGS\nnone", []),
        # an address that ends the text ends the section too
        ("AUTHORS\njane@example.org", ["jane@example.org"]),
        # a line's field is that line (and the lines it folds), not the lines after it
        (
            "From: 김하늘 <sky@example.com>\n\nCopyright (C) 2003 Jane <jane@example.org>\n"
            "License: MIT",
            ["jane@example.org"],
        ),
        (
            "Copyright: 2003 Jane <jane@example.org>\n\t2010 Jan <jan@example.org>",
            ["jan@example.org", "jane@example.org"],
        ),
    ],
)
def test_addresses_that_stand_in_a_credit(text, credits):
    assert credited_addresses(text) == credits


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        # credit sub-headings and lines listing people stay in the section
        (
            "AUTHORS\n=======\n\n주 개발자\n  박선우 <sw@example.com>\n\n기여자\n  남태경\n\n"
            "설치\npip install foo",
            ["박선우", "남태경"],
            ["pip install"],
        ),
        (
            "THANKS\n\n다음 분들께 감사드립니다.\n\n최서현 - 버그 보고\n\nLICENSE\nMIT",
            ["최서현"],
            ["MIT"],
        ),
        ("고마운 분들\n\n장우빈 님께 감사드립니다.", ["장우빈"], []),
    ],
)
def test_credits_sections_run_to_a_heading_of_another_kind(text, inside, outside):
    section = text[slice(*sections(text)[0])]
    assert all(w in section for w in inside) and not any(w in section for w in outside)


def test_no_addresses_no_credits():
    assert credited("AUTHOR\nSalvatore Valente", []) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            MAN_PAGE,
            {
                ("EMAIL_ADDRESS", "wilf@example.ac.uk"),
                ("EMAIL_ADDRESS", "fpolacco@example.org"),
                ("EMAIL_ADDRESS", "bugs@example.org"),
            },
        ),
        (
            "특허 소송은 끝났습니다.\n\n -- Changwoo Ryu <cwryu@example.org>  Mon, 20 Oct 2014",
            {("EMAIL_ADDRESS", "cwryu@example.org")},
        ),
        # a credit's address does not make the record contact data: the 씨 in narration stays
        (
            "1992년 대선에서 김영삼 씨가 이겼다.\nCopyright (C) 2003 Changwoo Ryu <cw@example.org>",
            {("EMAIL_ADDRESS", "cw@example.org")},
        ),
        # correspondence is contact data, address or not
        (
            "보낸 사람: Changwoo Ryu <cwryu@example.com>\n내일 회의는 3시입니다.",
            {("PERSON", "Changwoo Ryu"), ("EMAIL_ADDRESS", "cwryu@example.com")},
        ),
        # names in a credits section are credits, cue or not
        ("고마운 분들\n\n용어집을 정리해 주신 장우빈 님께 감사드립니다.", set()),
        (
            "THANKS\n\n다음 분들께 감사드립니다.\n\nHyunwoo Baek <hw@example.net> - 빌드\n구본재",
            {("EMAIL_ADDRESS", "hw@example.net")},
        ),
        # a name after a credits section is not held by it
        (
            "고마운 분들\n\n장우빈 님께 감사합니다.\n\n설치\n\n"
            "수신: 신태윤 귀하\n전화 010-2222-3333",
            {("PERSON", "신태윤"), ("PHONE_NUMBER", "010-2222-3333")},
        ),
        # another contact value makes the record contact data; the credited name still stays
        (
            "Copyright (C) 2003 Changwoo Ryu <cwryu@example.org>\n문의 010-4129-0068 황보진",
            {
                ("EMAIL_ADDRESS", "cwryu@example.org"),
                ("PHONE_NUMBER", "010-4129-0068"),
                ("PERSON", "황보진"),
            },
        ),
    ],
)
def test_credited_names_stay_and_their_addresses_go(text, found):
    assert set(spans_of(text)) == found


@pytest.mark.parametrize(
    "text",
    [
        "보낸 사람: Changwoo Ryu <cwryu@example.com>",
        "Copyright (C) 2003 Changwoo Ryu <cw@example.org>",
    ],
)
def test_under_all_every_name_the_recognizer_finds_still_goes(text):
    assert ("PERSON", "Changwoo Ryu") in spans_of(text, "pii.person=all")


HISTORY = (
    "이력\n1992년 12월 23일: Willem Kasdorp (wk@example.nl)가 제공한 버그 수정 코드를 Rik\n"
    "Faith (faith@example.edu)가 적용함.\n\n"
    "2001년 3월 31일 – 현재: Colin Watson <cjw@example.org>이 man-db를 개발하고 관리함.\n\n"
    "이 아이콘은 Kim Seok-Jin <xz@example.kr>님이 만들어 보내주신 것입니다."
)


def test_an_address_credits_the_work_its_clause_goes_on_to_name():
    """A man page's history: the address, its particle, then within the clause the work's
    verb (제공한 버그 수정, 적용함, 개발하고 관리함, 만들어)."""
    assert credited_addresses(HISTORY) == [
        "cjw@example.org",
        "faith@example.edu",
        "wk@example.nl",
        "xz@example.kr",
    ]
    assert set(spans_of(HISTORY)) == {("EMAIL_ADDRESS", a) for a in credited_addresses(HISTORY)}


@pytest.mark.parametrize(
    "text",
    [
        # a quoted reply's header: 님이 작성 then a colon
        "2024년 3월 5일 (화) 오후 2:14, Kim Minsu <minsu@example.com>님이 작성:\n> 자료입니다.",
        # the verb past the clause's end
        "Kim Minsu <minsu@example.com>가 연락했습니다. 보고서는 제가 작성했습니다.",
        # a verb that credits nothing
        "Kim Minsu <minsu@example.com>가 내일 방문합니다.",
    ],
)
def test_an_address_whose_clause_credits_no_work_is_contact_data(text):
    assert credited_addresses(text) == []
    assert ("PERSON", "Kim Minsu") in spans_of(text)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "유재석 씨 팬미팅 티켓 양도합니다. 예금주 손예림 3333-09-4417261, 010-6641-2208",
            "유재석",
            "손예림",
        ),
        (
            "나훈아 콘서트 다녀왔어요. 나훈아 님이 부르실 때 울컥. 예매자 김민정 010-2231-4432",
            "나훈아",
            "김민정",
        ),
        (
            "강연 안내\n강연자: 김영하 작가\n문의: 담당 사서 이수정 031-8075-4412",
            "김영하",
            "이수정",
        ),
        ("한지민 신작 북토크 신청: 참가자 오세린 010-3321-8870", "한지민", "오세린"),
        # a public title between the name and the event
        (
            "행사: 안철수 국회의원 의정보고회\n신청인: 제갈윤\n연락처: 010-2036-8847",
            "안철수",
            "제갈윤",
        ),
        (
            "예약 문자: 한서윤 님, 이국종 교수 초청 강연 좌석 확정. 010-2231-4432",
            "이국종",
            "한서윤",
        ),
        # an author's label in a book talk's list
        (
            "북토크 참가 명단\n일시: 1월 11일 / 작가: 김애란\n1. 진나래 010-4481-2290",
            "김애란",
            "진나래",
        ),
    ],
)
def test_a_name_billed_for_a_show_or_announced_as_a_speaker_is_a_public_figure(text, kept, gone):
    """Every mention of it stays, beside the private contact whose name goes."""
    found = spans_of(text)
    assert ("PERSON", kept) not in found
    assert ("PERSON", gone) in found


def test_an_authors_label_without_an_event_is_a_contracts_field():
    text = "작가: 김민수 (계약자) 010-2231-4432, 원고료 입금 계좌 110-123-456789"
    assert ("PERSON", "김민수") in spans_of(text)


def test_a_name_with_its_role_in_brackets_and_its_address_is_a_credit():
    text = "문의나 제안은 이슈로 남겨 주세요.\n\n— Jiwoo Baek (maintainer), jiwoo.baek@example.dev"
    assert spans_of(text) == [("EMAIL_ADDRESS", "jiwoo.baek@example.dev")]


def test_a_numbered_credits_section_credits_its_names():
    faq = (  # the Korean Debian FAQ's authors section, as its text layout prints it
        "16.1. 저자\n\n    이 FAQ의 초판은 J.H.M. Dassen (Ray)과 Chuck Stickelman이 만들고\n"
        "    유지했습니다. 다시 쓴 FAQ의 저자는 Susan G.\n    Kleinmann과 Sven Rudolph.\n\n"
        "16.2. 피드백\n\n    의견은 <\n    doc-debian@packages.debian.org> 에 메일 보내세요."
    )
    assert [kind for kind, _ in spans_of(faq)] == ["EMAIL_ADDRESS"]


def test_a_podcast_episodes_hosts_and_a_professors_invited_lecture_are_billed():
    episode = (
        "[에피소드 48] 한국 근대 건축 이야기\n진행: 곽도희, 심재원\n"
        "게스트: 건축사학자 변지환 교수\n제보 및 사연: podcast@example.org"
    )
    assert [kind for kind, _ in spans_of(episode)] == ["EMAIL_ADDRESS"]
    lecture = "[강연 참가 확인] 최재천 교수 초청 특강\n참가자 이슬기 님 (010-2748-6691)"
    assert [value for kind, value in spans_of(lecture) if kind == "PERSON"] == ["이슬기"]
    # the guest right after the label still wins over a descriptor reading
    talk = "강연 안내\n강연자: 김영하 작가\n문의 010-2231-4410"
    assert [value for kind, value in spans_of(talk) if kind == "PERSON"] == []


def test_a_numbered_heading_ends_a_credits_section_and_no_credit_holds_an_identifier():
    """Without blank lines the next numbered heading ends the authors' section; inside it, a
    name on the line of a resident number is a private person's, not a credit."""
    faq = (
        "16.1. 저자\n이 FAQ의 초판은 Chuck Stickelman이 만들고 유지했습니다.\n"
        "16.2. 피드백\n의견은 <doc-debian@packages.debian.org> 에 메일 보내세요.\n"
        "박민준 님의 주민번호는 5911192279674이고 전화번호는 01068997231입니다."
    )
    assert [value for kind, value in spans_of(faq) if kind == "PERSON"] == ["박민준"]
    inside = (
        "16.1. 저자\n이 FAQ의 초판은 Chuck Stickelman이 만들고 유지했습니다.\n"
        "신청인 최서연(주민등록번호 970714-2626516)의 서류가 접수되었습니다.\n"
        "저자는 도움을 준 모든 분에게 감사합니다."
    )
    assert [value for kind, value in spans_of(inside) if kind == "PERSON"] == ["최서연"]
    after = (
        "16.1. 저자\n이 FAQ의 초판은 Chuck Stickelman이 만들고 유지했습니다.\n"
        "16.2. 문의\n담당자: 김하늘\n연락처 010-2231-4410"
    )
    assert [value for kind, value in spans_of(after) if kind == "PERSON"] == ["김하늘"]
