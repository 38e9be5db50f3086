"""Names where the text says a name is there (labels, 씨/님, titles, roles, letters), and
nothing where a word only looks like one (고객님, 하나님, 공동 성명, 김씨 성). The recognizer
itself, so under ``pii.person: all``: the contact policy is in test_person_policy.py."""

from tests.pii_helpers import finds_exactly, leaves_untouched

FOUND = [
    ("성명: 홍길동", "홍길동"),
    ("박서연 씨가 서류를 제출했다.", "박서연"),
    ("담당자: 김민준 과장에게 문의하세요.", "김민준"),
    ("성함은 윤정숙입니다.", "윤정숙"),
    ("안녕하세요 신지호 고객님", "신지호"),
    ("최다온(45) 씨는 현장에서 구조됐다.", "최다온"),
    ("목격자 한유진(31·회사원) 씨에 따르면", "한유진"),
    ("[보낸 사람] 성보람 <admin@example.org>", "성보람"),
    ("환자명: 임채원", "임채원"),
    ("수취인 남혜원님", "남혜원"),
    ("수령인 백승아님 (문앞 배송)", "백승아"),
]

UNTOUCHED = [
    "고객님, 선생님, 하나님, 부처님 오신 날, 구매자님께, 아저씨, 날씨",
    "신규 회원님께 쿠폰을 드립니다. 모든 고객님께 감사드립니다. 우수 고객님 대상 이벤트",
    "한국 고객센터 운영시간 안내. 서울(45) 지역 확진자가 늘었다. 성명 미상의 남성",
    "담당자 연락처는 홈페이지에서 확인하세요. 두 나라 정상이 공동 성명을 채택했다.",
    "세종대왕은 1443년 훈민정음을 창제했다. 김씨 성을 가진 사람이 많다.",
]


test_span_covers_exactly_the_name = finds_exactly("PERSON", FOUND, "pii.person=all")

test_words_that_only_look_like_names_stay = leaves_untouched(UNTOUCHED)
