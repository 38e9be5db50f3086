"""What a reader of the scrubbed text notices: every identifier (in the spellings Koreans
write them) is found exactly, and dates, prices, ISBNs, law articles and company numbers are
left alone. Real presidio, real Kiwi; all values are fictional."""

import pytest

from filters.analysis import analyze_text
from filters.pii.nlp_engine import words_of
from filters.pii.scrub import PiiSettings, scrub

FOUND = [
    ("주민등록번호 900101-1234568입니다.", "KR_RRN", "900101-1234568"),
    ("주민번호는 9001011234568이고", "KR_RRN", "9001011234568"),
    ("신청인 주민번호 021203-3123456 (2020년 이후 발급)", "KR_RRN", "021203-3123456"),
    ("주민등록번호: 851203 - 2345671", "KR_RRN", "851203 - 2345671"),
    ("본인 확인 900101-1******", "KR_RRN", "900101-1******"),
    ("외국인등록번호 900101-5234560 확인", "KR_FRN", "900101-5234560"),
    ("문의는 010-1234-5678로 연락 주세요.", "PHONE_NUMBER", "010-1234-5678"),
    ("휴대폰 010.9876.5432", "PHONE_NUMBER", "010.9876.5432"),
    ("번호 010 2345 6789에서 전화", "PHONE_NUMBER", "010 2345 6789"),
    ("연락처: 01023456789", "PHONE_NUMBER", "01023456789"),
    ("해외에서는 +82-10-2345-6789로", "PHONE_NUMBER", "+82-10-2345-6789"),
    ("+82 (0)10-2345-6789 입니다", "PHONE_NUMBER", "+82 (0)10-2345-6789"),
    ("사무실 (02) 123-4567", "PHONE_NUMBER", "(02) 123-4567"),
    ("대표 031)1234-5678 로 전화", "PHONE_NUMBER", "031)1234-5678"),
    ("인터넷전화 070-8765-4321", "PHONE_NUMBER", "070-8765-4321"),
    ("이메일 hong@example.com입니다", "EMAIL_ADDRESS", "hong@example.com"),
    (
        "자료는 s.park+news@mail.example.co.kr으로 보내 주세요.",
        "EMAIL_ADDRESS",
        "s.park+news@mail.example.co.kr",
    ),
    ("문의 사항은 team.lead@example.org.", "EMAIL_ADDRESS", "team.lead@example.org"),
    ("카드번호 4111-1111-1111-1111로 결제", "CREDIT_CARD", "4111-1111-1111-1111"),
    ("결제 카드 5500 0000 0000 0004 (일시불)", "CREDIT_CARD", "5500 0000 0000 0004"),
    ("입금 계좌: 신한은행 110-123-456789 (예금주 확인)", "KR_BANK_ACCOUNT", "110-123-456789"),
    ("카카오뱅크 3333-01-1234567로 송금해 주세요", "KR_BANK_ACCOUNT", "3333-01-1234567"),
    ("사업자등록번호 220-81-62517", "KR_BRN", "220-81-62517"),
    ("여권번호 M123A4567", "KR_PASSPORT", "M123A4567"),
    ("운전면허번호 11-19-123456-78", "KR_DRIVER_LICENSE", "11-19-123456-78"),
    ("운전면허 서울 03-123456-78 소지", "KR_DRIVER_LICENSE", "서울 03-123456-78"),
    ("서버 IP 203.0.113.77에서 접속", "IP_ADDRESS", "203.0.113.77"),
    ("IPv6 2001:db8:1a2b::7f로 접속", "IP_ADDRESS", "2001:db8:1a2b::7f"),
    ("성명: 홍길동", "PERSON", "홍길동"),
    ("박서연 씨가 서류를 제출했다.", "PERSON", "박서연"),
    ("담당자: 김민준 과장에게 문의하세요.", "PERSON", "김민준"),
    ("성함은 윤정숙입니다.", "PERSON", "윤정숙"),
    ("안녕하세요 신지호 고객님", "PERSON", "신지호"),
    ("최다온(45) 씨는 현장에서 구조됐다.", "PERSON", "최다온"),
    ("목격자 한유진(31·회사원) 씨에 따르면", "PERSON", "한유진"),
    ("[보낸 사람] 성보람 <admin@example.org>", "PERSON", "성보람"),
    ("환자명: 임채원", "PERSON", "임채원"),
    ("수취인 남혜원님", "PERSON", "남혜원"),
    ("수령인 백승아님 (문앞 배송)", "PERSON", "백승아"),
]

UNTOUCHED = [
    "2024-03-15 14:30에 회의가 시작됩니다. 2024.03.15 오전 9:12",
    "가격은 12,000원이며 총액 1,234,567원입니다.",
    "ISBN 978-89-6626-123-4, ISBN 9788966261234",
    "주문번호 2024031512345678, 주문번호 240315-1234567",
    "모델명 SM-S928N, 버전 1.2.3, 펌웨어 2.1.0.5, 빌드 10.0.19045.3693",
    "헌법 제10조, 민법 제750조 제1항, 법률 제12345호",
    "고객센터 1588-1234, 대표번호 1577-1004, 무료 상담 080-123-4567",
    "우편번호 06236, 서울특별시 중구 세종대로 110 (04524)",
    "법인등록번호 110111-1234567, 바코드 8801234567893",
    "쿠폰번호 4111-1111-1111-1111, 상품권 핀번호 4532-1188-9021-7754",
    "로컬 127.0.0.1, 마스크 255.255.255.0, 대역 192.168.0.0/16, 파일 logo@2x.png",
    "고객님, 선생님, 하나님, 부처님 오신 날, 구매자님께, 아저씨, 날씨",
    "신규 회원님께 쿠폰을 드립니다. 모든 고객님께 감사드립니다. 우수 고객님 대상 이벤트",
    "한국 고객센터 운영시간 안내. 서울(45) 지역 확진자가 늘었다. 성명 미상의 남성",
    "담당자 연락처는 홈페이지에서 확인하세요. 두 나라 정상이 공동 성명을 채택했다.",
    "세종대왕은 1443년 훈민정음을 창제했다. 김씨 성을 가진 사람이 많다.",
    "문서에는 110-123-456789 라는 숫자만 있다.",
]


def spans_of(text: str) -> list[tuple[str, str]]:
    result = scrub(text)
    return [(s.type, text[s.start : s.end]) for s in result.spans]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_span_covers_exactly_the_identifier(text, kind, value):
    assert (kind, value) in spans_of(text)


@pytest.mark.parametrize("text", UNTOUCHED)
def test_hard_negatives_stay_untouched(text):
    result = scrub(text)
    assert result.spans == () and result.text == text


def test_check_digit_raises_the_score_but_is_not_required():
    valid = scrub("주민등록번호 900101-1234568").spans[0]
    post_2020 = scrub("번호 900101-1234561").spans[0]
    assert valid.score == 1.0 and post_2020.type == "KR_RRN" and post_2020.score < 1.0


def test_weak_formats_need_a_korean_context_word():
    assert spans_of("110-123-456789 입금 부탁드립니다") == [("KR_BANK_ACCOUNT", "110-123-456789")]
    assert spans_of("번호 110-123-456789") == []
    assert spans_of("여권 번호는 M12345678") == [("KR_PASSPORT", "M12345678")]
    assert spans_of("제품 코드 M12345678") == []
    assert spans_of("사업자등록번호 123-45-67890") == [("KR_BRN", "123-45-67890")]
    assert spans_of("번호 123-45-67890") == []


def test_compound_nouns_are_one_word_so_context_words_match():
    text = "주민등록번호 확인"
    lemmas = [lemma for _, _, lemma, _ in words_of(text, analyze_text(text))]
    assert lemmas[0] == "주민등록번호"


def test_masking_keeps_length_and_offsets():
    text = "연락처 010-1234-5678, 메일 hong@example.com입니다"
    result = scrub(text, config=PiiSettings(policy="mask"))
    assert len(result.text) == len(text)
    assert result.text == "연락처 *************, 메일 ****************입니다"


def test_typed_placeholders_one_per_type():
    text = "성명: 홍길동, 주민번호 900101-1234568, 전화 010-1234-5678, 카드 4111-1111-1111-1111"
    assert scrub(text).text == "성명: <|name|>, 주민번호 <|rrn|>, 전화 <|phone|>, 카드 <|card|>"


def test_person_can_be_turned_off():
    assert scrub("성명: 홍길동", config={"person": False}).spans == ()
