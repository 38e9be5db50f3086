"""Names in a contact record's fields and beside its values, as forms and messages write
them: a name Kiwi reads as something else still fills a person's field; the label, a kin
word, a pet, a country, a department or a city beside a name is no name."""

import pytest

from tests.pii_helpers import spans_of

PHONE = "010-2231-4410"


def names(text: str) -> list[str]:
    return [value for kind, value in spans_of(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"배상 청구서\n청구인: 신예나\n연락처: {PHONE}", "신예나"),  # 신예/NNG 나/JC
        ("매매계약서\n매도인: 구성진 주민등록번호 550825-1234567", "구성진"),  # 구성지/VA
        (f"판매자: 방다솜 / {PHONE}", "방다솜"),
    ],
)
def test_a_name_shaped_word_filling_a_persons_field_is_the_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        f"신청자: 본인 {PHONE}",  # a common noun
        f"작성자: 관리자 {PHONE}",
        f"보호자: 어머니 {PHONE}",
        f"대표자: 이하동일 {PHONE}",  # not a name's shape
        f"판매자: 구성진 가구점 {PHONE}",  # a phrase: the field goes on after the word
    ],
)
def test_a_common_noun_in_a_persons_field_is_no_name(text):
    assert names(text) == []


def test_a_label_is_no_name_wherever_it_stands():
    assert names(f"온천 패키지 예약자 정보\n대표 예약자: 허민정 {PHONE}") == ["허민정"]
    text = "서명 시각: 2026-12-03\n서명자 IP: 198.51.100.3\n서명자 이메일: c.m@example.net"
    assert names(text) == []


def test_a_kin_word_before_the_name_in_a_field_is_not_part_of_it():
    assert names(f"보호자: 남편 천성우, {PHONE}") == ["천성우"]


def test_a_pet_a_country_a_department_and_a_city_are_no_names():
    assert names(f"동물명: 레오 / 고양이\n보호자 연락처 {PHONE}") == []
    passport = "고객명: Yusuf Karimov (우즈베키스탄)\n여권번호: FA4829103"
    assert names(passport) == ["Yusuf Karimov"]
    assert names(f"반품 주소\nTO: Returns Dept., ○○ Korea\n문의 {PHONE}") == []
    assert names(f"수령인 연락처 +1 646-555-0189 New York\n담당 {PHONE}") == []


def test_latin_names_after_korean_role_labels_and_in_mail_quote_headers():
    assert names("정기후원 신청서\n후원자: Kevin O'Brien\n외국인등록번호: 600701-5123456") == [
        "Kevin O'Brien"
    ]
    assert names("로마자: Gaius Iulius Caesar\n문의 010-2231-4410") == []
    header = "On Tue, Dec 1, 2026 at 3:14 PM Sang-hoon Ryu <shryu@example.com> wrote:"
    assert names(header) == ["Sang-hoon Ryu"]
    assert names("Logs attached. I'm Jisu Kang (jisu.kang@example.com)") == ["Jisu Kang"]


def test_a_column_of_schools_or_companies_holds_no_names():
    table = (
        "[참가 신청]\n이름 | 소속 | 연락처\n"
        "엄태윤 | 한빛고 | 010-7612-3349\n옥지민 | 한빛고 | 010-2275-8816"
    )
    assert names(table) == ["엄태윤", "옥지민"]


def test_a_lost_cats_name_before_its_breed_is_no_persons():
    poster = (
        "고양이를 찾습니다\n이름: 나비 (코리안숏헤어, 3살)\n보신 분은 010-6684-3029로 연락 주세요."
    )
    assert names(poster) == []


def test_found_by_the_record_names_mutation_run():
    """Four wrong readings the mutation run of record_names.py found: a role word taken into
    a name's other spelling, greeting words, a verb form Kiwi tagged a proper noun, a noun
    and its suffix in a list; and a bank in an account holder's field."""
    assert names("담당자 조다니엘 (Daniel Cho)\n연락처 010-2231-4480") == ["조다니엘", "Daniel Cho"]
    assert names("신랑 조다니엘 (Daniel Cho)\n연락처 010-2231-4480") == ["조다니엘", "Daniel Cho"]
    assert names("Dear Parents,\nPlease call 02-775-3108.") == []
    assert names("Hello Everyone, call 010-2231-4480") == []
    assert names("계좌 110-482-937216 주세요\n대구 방문 예정") == []
    assert names("고객: 계소연 / 정기권 / 010-2231-5582") == ["계소연"]
    assert names("예금주: 카카오뱅크\n계좌 3333-01-2231448") == []


def test_found_by_the_person_mutation_run():
    """A table's names column needs no label elsewhere in the text; a name field's value ends
    before its honorific with a particle."""
    assert names("직원명\t부서\n김민수\t총무팀") == ["김민수"]
    assert names("| 학생명 | 반 |\n| 김민수 | 3반 |") == ["김민수"]
    assert names("이름,점수,반\n김민수,90,3\n이서연,85,2") == ["김민수", "이서연"]
    assert names("상품명,가격,수량\n김치찌개,9000,2") == []
    assert names("받는 분: 김민수 님께") == ["김민수"]
    assert names("수령인: 김민수 님께 전달") == ["김민수"]
    assert names("수신: 김민수 씨에게") == ["김민수"]


def test_found_by_the_second_record_names_mutation_run():
    """A team under a person's log key is no person; a field's name after several spaces or a
    tab still fills it."""
    assert names('{"requester": "인사팀", "tel": "02-775-3108"}') == []
    assert names("user=모재희 phone 010-2231-4480") == ["모재희"]
    assert names("청구인:   신예나\n연락처: 010-2231-4480") == ["신예나"]
    assert names("청구인:\t신예나\n연락처: 010-2231-4480") == ["신예나"]


def test_found_by_the_eighth_real_prose_hold_out():
    """A village or a noun whose last syllable only looks like a particle (백사마을 read whole
    by Kiwi, 고용 허가) is no name beside a record's contact; a blogger's parent nickname in a
    sign-off (소담맘 드림) is no name either."""
    notice = (
        "[봉사자 모집] 연탄 나눔 봉사 (12/20 토, 오전 9시, 백사마을)\n모집 인원: 40명\n"
        "신청: 담당 간사 엄소정 010-2210-5874 / soj.um@example.org"
    )
    assert names(notice) == ["엄소정"]
    form = "외국인 근로자 고용허가 신청\n성명: 응우옌반안 / 여권번호: C1234567"
    assert names(form) == ["응우옌반안"]  # not 고용허+가 (고용/NNG 허가/NNG)
    assert names("맛있게 드세요 :)\n― 부엌일기 소담맘 드림") == []
    assert names("맛있게 드세요 :)\n― 부엌일기 소담희 드림") == ["소담희"]


def test_found_by_pii_hold_out_22():
    """Words a record holds that only look like names: money after its digits (1억2천만원), a
    filing's role label (진술인:, 송금인:), a bank under a JSON key, a company (은하정밀, or
    one with its business number after it), a funeral's word (빙모상), a council role
    (동대표), a country in capitals; and names Kiwi cuts into an adverb's or an
    interjection's syllable (심/XR 재/NNG 욱/MAG, 어/IC 경희/NNP) between a role word and a
    phone number."""
    assert names("매도인 연락처 010-7719-3052\n채권최고액 1억2천만원을 말소한다.") == []
    assert names("의견진술서\n진술인: 권민서 (960305-1879211)") == ["권민서"]
    assert names("해외송금 신청서\n송금인: 장현수\n주민등록번호: 750807 1857301") == ["장현수"]
    json = '{"name":"표승원","phone":"010-2204-9917","bank":{"name":"신협"}}'
    assert names(json) == ["표승원"]
    assert names("사업주: 은하정밀 대표 탁성규 / 031-8059-2207") == ["탁성규"]
    assert names("매수인: 오토밸류 (사업자등록번호 135-86-22415)\n연락처 010-2281-3390") == []
    assert names("선주: 김진복 (사업자 161-64-53014)\n연락처 010-2281-3390") == ["김진복"]
    assert names("[부고] 영업2팀 권순재 과장 빙모상\n연락처 010-2281-3390") == ["권순재"]
    assert names("중재 담당 동대표 채경섭 010-2281-0932") == ["채경섭"]
    assert names("SANJAYA PERERA / SRI LANKA / N8291037 / 010-2281-3390") == ["SANJAYA PERERA"]
    assert names("설계사 어경희 010-4471-2280") == ["어경희"]
    assert names("[대리 호출 영수증] 이용자 심재욱 / 카드 5164 1429 3911 7355") == ["심재욱"]


def test_a_podcasts_makers_are_billed_with_its_hosts():
    episode = (
        "[에피소드 48] 한국 근대 건축 이야기\n진행: 곽도희, 심재원\n게스트: 변지환 교수\n"
        "편집: 류하늘\n제보 및 사연: podcast@example.org"
    )
    assert names(episode) == []


def test_a_receipts_role_before_a_latin_name_is_no_part_of_it():
    receipt = (
        "Taxi receipt - Passenger Emily Carter (+1 415-555-0148)\n"
        "Driver Cho Young-hoon / Vehicle 서울31바1234"
    )
    assert names(receipt) == ["Emily Carter", "Cho Young-hoon"]
    assert names("Customer Service Team +1 415-555-0148") == []


def test_a_district_beside_a_phone_number_is_an_address_not_a_name():
    """Found by the third record_names mutation run: 성동구 and 한솔동 end like places and follow
    a city, so they are an address beside the number."""
    assert names("서울 성동구 010-2231-5582") == []
    assert names("세종시 한솔동 010-2231-5582") == []
    assert names("문의 010-4129-0068 황보진") == ["황보진"]


def test_found_by_pii_hold_out_23():
    """A form's role words are no names (양수인, 전입자:, 위촉자:, a list continuing into the
    next field's label 신분증:), nor a road after its district (용산구 이태원로), nor common
    nouns in brackets after a Latin name (한국인 버디); role words before a Latin name are
    no part of it (Host, Supervisor, Wife); and role nouns (경리, 사감), an extension's label
    (내선) and the native given-name syllables 솜, 결, 봄 let a name be found."""
    transfer = (
        "양도인 피승민 010-3384-9021 / 양수인 차유진 010-2209-7735\n"
        "양도비 5만원은 양수인이 양도인 신협 131-022-478193로 송금"
    )
    assert names(transfer) == ["피승민", "차유진"]
    moving = "동의자(세대주): 나정호 (510912-1386257)\n전입자: 도민아 (930212-2216473)"
    assert names(moving) == ["나정호", "도민아"]
    assert names("위촉자: 에듀온 평생교육원\n강사: 이태민 / 010-2281-3345") == ["이태민"]
    assert names("신청인: 표상진 / 신분증: 운전면허 전북 12-483910-55") == ["표상진"]
    proxy = "발급 위임장: 위임자 송경자 500606-2671759, 수임자 송민호 640320-1705110"
    assert names(proxy) == ["송경자", "송민호"]
    assert names("시승 기록부\n03/02 | 쏘렌토 | 시승자 남경수 | 010-2241-9903") == ["남경수"]
    assert names("참석자: 김민수, 이하은, 박서준 010-2281-3345") == ["김민수", "이하은", "박서준"]
    assert names("새 주소: 서울 용산구 이태원로 / 연락처 010-3318-4490") == []
    assert names("Kim Seo-yeon (한국인 버디) 010-6620-1183") == ["Kim Seo-yeon"]
    assert names("NGUYEN VAN HUNG (응우옌 반 흥) 010-6620-1183") == [
        "NGUYEN VAN HUNG",
        "응우옌 반 흥",
    ]
    assert names("Host Ko Eun-ji: Sure! My number is +49 151 23847109.") == ["Ko Eun-ji"]
    assert names("Wife Ivanova Olga +7 916 555 2093") == ["Ivanova Olga"]
    assert names("Supervisor Sok Vannak +855 12 558 471") == ["Sok Vannak"]
    assert names("담당 경리 유정숙 010-4472-3019") == ["유정숙"]
    assert names("사감 배순영 내선 02-940-7721 (직통)") == ["배순영"]
    assert names("배순영 내선 02-940-7721") == ["배순영"]
    assert names("배순영 직통 02-940-7721") == ["배순영"]
    assert names("법무사 사무원 하다솜 연락처 031-8022-4493") == ["하다솜"]
    assert names("한결같이 응원해 주셔서 감사합니다. 문의 010-4472-3019") == []
    assert names("다솜 어린이집 새봄 반 안내 010-4472-3019") == []


def test_found_by_real_prose_hold_out_10():
    """A private citizen in a news story, with his age (최복순(72) 씨가 …뽑혔다), is prose, not
    contact data; an author credited in a sentence (저자 Hannah Fry는 …) is a credit even where
    the text gives the translator's address; a heading's noun and suffix (멘토 배정표) is no
    name after a role word."""
    news = (
        "주문진 어시장에서 40년째 건어물 가게를 지켜 온 최복순(72) 씨가 강릉시민상 수상자로 "
        "뽑혔다. 최복순 씨는 해마다 연탄을 들여 왔다."
    )
    assert names(news) == []
    afterword = (
        "저자 Hannah Fry는 알고리즘을 이야기처럼 풀어낸다. 저자 김민수는 이를 반박한다. "
        "오역 지적은 역자 메일(translator.jo@example.com)로 보내 주시면 고치겠다."
    )
    assert names(afterword) == []
    assert names("교신저자: 김민수 (minsu.kim@example.ac.kr)") == ["김민수"]
    mentors = "신입사원 멘토 배정표\n김태린 (010-5512-0087) — 멘토 홍재욱 (010-2287-4410)"
    assert names(mentors) == ["김태린", "홍재욱"]


def test_a_lecturer_billed_in_a_sign_up_form_and_a_number_beside_discord():
    """Found by real-prose hold-out 10: a public lecture's speaker after 강연: is billed, not
    the applicant; 디스코드 (Discord) holds 코드 and is no code label before a number."""
    form = (
        "[강연 신청서]\n강연: 유홍준 교수 「나의 문화유산답사기, 그 후」\n신청자 성명: 장세린\n"
        "연락처: 010-2208-5516"
    )
    assert names(form) == ["장세린"]
    guild = "부길마 연락: 디스코드 또는 010-2290-8812 (오해찬)"
    assert spans_of(guild) == [("PHONE_NUMBER", "010-2290-8812"), ("PERSON", "오해찬")]


def test_more_found_by_pii_hold_out_23():
    """A name in brackets after a kin word (엄마(김정례)), a Latin name after ``Name in full:``,
    a surname with the next field on its line, a JSON buyer, a reservist addressed by role, a
    dealer's name."""
    assert names("저희 엄마(김정례) 폰으로 문자 왔어요. 번호 010-2281-0093") == ["김정례"]
    assert names("아빠(김상철): 배터리 나갔었음\n아빠 폰 010-7712-4481") == ["김상철"]
    assert names("서울(강남구) 지점 010-2281-0093") == []
    frn = "Name in full: OKONKWO CHINEDU EMMANUEL\nRegistration No.: 650613-5123456"
    assert names(frn) == ["OKONKWO CHINEDU EMMANUEL"]
    visa = "Surname: TRAN Given names: VAN LONG\nPassport No.: C1234567"
    assert names(visa) == ["TRAN", "VAN LONG"]
    assert names('{"buyer":"Sato Haruka","tel":"+81 90-2281-4407"}') == ["Sato Haruka"]
    assert names('{"sender":"고객센터","tel":"02-2281-4407"}') == []
    reservist = "류지환 예비군님, 훈련비 8만원이 케이뱅크 100-331-920184로 입금되었습니다."
    assert names(reservist) == ["류지환"]
    assert names("매도인 딜러 박진혁 사업자 543-44-86488 010-9928-3371") == ["박진혁"]
