"""Form fields: any label naming a person by role (신고인:, 사업주:, 세대주:) labels the name
after its colon, and a name field holding one name-shaped word is a name even where Kiwi
reads the word as a verb (나은지: 낫/VV 은지). Instructions, organisations, bylines and a
role word inside a sentence are not."""

from tests.pii_helpers import finds_exactly, leaves_untouched, spans_of

FOUND = [
    ("신고인: 도정한", "도정한"),  # 도정/NNG 하/XSV ㄴ/ETM
    ("성명: 나은지", "나은지"),  # 낫/VV 은지/EC
    ("받는 분: 탁승우 / 경기 고양시", "탁승우"),  # 탁/MAG 승 우
    ("세대주: 김민수\n전입일: 2024-03-02", "김민수"),
    ("요청자: 이서준\n요청 부서: 재무팀", "이서준"),
    ("[민원 접수]\n관리인: 박정호", "박정호"),
    ("수강생: 최하린 / 초급반", "최하린"),
    ("보낸이: 정광수\n내용: 내일 판교 콜 같이 가요", "정광수"),
    ("엔지니어: 심재민\n작업: 공유기 교체", "심재민"),
]

UNTOUCHED = [
    "이름: 반드시 실명으로 기재",
    "제조사: 한빛전자\n판매자: 한빛상사",
    "기자: 김민수",
    "- 본인: 신분증(주민등록증)\n- 외국인: 외국인등록증",
    "(승인자: 릴리스매니저 그룹)",
    "원인: 과열된 배터리",
    "오늘 방문한 신고인: 그분은 어제도 왔다",
]


test_a_role_label_names_the_field_after_its_colon = finds_exactly("PERSON", FOUND, "pii.person=all")

test_instructions_organisations_and_bylines_stay = leaves_untouched(UNTOUCHED)


def test_a_role_label_counts_only_where_a_label_stands():
    """신고인 inside a sentence, before a colon that introduces a quote, labels nothing."""
    assert spans_of("접수 내용 중 신고인: 김민수 씨의 말", "pii.person=all") == [
        ("PERSON", "김민수")
    ]  # found by 씨, not by the label
    assert spans_of("어제 온 신고인: 도정한", "pii.person=all") == []


def test_a_tables_labels_are_not_names():
    """A key-value table's key column (연락처, 성명 under the first row) and the next header of
    a header row (은행명 after 성명⇥) are labels, not names; the values are still found."""
    assert spans_of("성명\t은행명\t비고\n참고\t안내\t없음", "pii.person=all") == []
    assert spans_of("성명\t김민수\n연락처\t010-1234-5678") == [
        ("PERSON", "김민수"),
        ("PHONE_NUMBER", "010-1234-5678"),
    ]
    rows = "성명\t김민수\t010-1234-5678\n성명\t이영희\t010-2222-3333"
    assert [value for kind, value in spans_of(rows) if kind == "PERSON"] == ["김민수", "이영희"]
