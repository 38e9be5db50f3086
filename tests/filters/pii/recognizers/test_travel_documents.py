"""Passports where a travel document's layout, not a passport word beside the number, says
what the number is: a traveller list, a machine-readable zone, a group's list under a header
about travel abroad; and the look-alikes those rules must leave."""

import pytest

from tests.pii_helpers import spans_of


def passports(text: str) -> list[str]:
    return [value for kind, value in spans_of(text) if kind == "KR_PASSPORT"]


def test_a_passenger_name_as_tickets_print_it_labels_the_number_after_it():
    text = "투숙객 명단\n1. CHOI/DAEUN E39201846\n2. HUANG/MEI EA4410297\n3. ZHOU/YI (EJ5520183)"
    assert passports(text) == ["E39201846", "EA4410297", "EJ5520183"]


def test_a_nationality_column_between_the_name_and_the_number_labels_it():
    text = "도착 명단\nTran Minh Khoa / VN / C7710293 / 010-2281-9930\nSomchai Dee / TH / AA9912034"
    assert passports(text) == ["C7710293", "AA9912034"]


def test_a_machine_readable_zones_document_number_is_a_passport():
    text = (
        "판독 결과\nP<KORHAN<<JIWOO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
        "M552C81047KOR9104227M3105229<<<<<<<<<<<<<<02"
    )
    assert passports(text) == ["M552C8104"]


@pytest.mark.parametrize(
    "text",
    [
        "해외 봉사단 명단\n서가윤 / M20481937 / 010-5512-3390\n편도훈 / S40918273",
        "여권 사본 보관: 서가윤 m20481937 / 편도훈 M771C2048",
        "[단체여행] 오사카 3박 4일\n1. 서가윤 (인솔) / M20481937\n2. 편도훈 / S40918273",
    ],
)
def test_a_korean_passports_shape_in_a_record_about_travel_abroad_needs_no_word_beside_it(text):
    assert len(passports(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "해외 직구 주문 안내: 예약번호 M63018274 확인 부탁드립니다.",  # a negative word
        "해외 여행자 보험 회원번호 M20231104",  # another label
        "항공 마일리지 회원 ID: S20231104",
        "여행 가방 상품코드 M31948201 재입고",  # a negative word
        "해외 배송 모델명 S24081937",
        "출국 전 확인: 새 여권은 M123A4567 형식입니다.",  # a shape shown as an example
        "해외 파견 명단 예시: M00000000",  # zeros
        "주문 M20481937 출고 완료",  # no travel anywhere
        "Order KIM/MINSU ABC12345 shipped",  # a locator is no passport's shape
    ],
)
def test_look_alikes_in_travel_records_stay(text):
    assert passports(text) == []


def test_a_passport_label_then_the_issuing_country_still_labels_the_number():
    assert passports("여권: Kazakhstan N40291837\n연락처: 010-2291-4471") == ["N40291837"]
    assert passports("Passport No.: Mongolia E7719203") == ["E7719203"]
    # a word in lower case there is no country
    assert passports("여권: pending N40291837") == []


def test_a_nationality_column_in_capitals_or_korean_labels_the_number():
    text = (
        "기숙사 입실자 명단\n"
        "TOSHMATOV JASUR / 우즈베키스탄 / FA4820193 / 010-5829-1174\n"
        "DELA CRUZ MARK ANTHONY / 필리핀 / P4829173A / 010-2288-0419\n"
        "SANJAYA PERERA / SRI LANKA / N8291037\n"
        "ZAW MIN OO / Myanmar / MC392817"
    )
    assert passports(text) == ["FA4820193", "P4829173A", "N8291037", "MC392817"]


def test_a_department_column_labels_no_number():
    text = "사원 명단\nJOHN SMITH / 영업팀 / AB1234567\nJANE DOE / 개발팀 / CD7654321"
    assert passports(text) == []


def test_a_lists_first_row_labelling_its_number_labels_the_same_field_below():
    text = (
        "인바운드 단체 명단 (상해 출발)\n"
        "1. WANG FANG 王芳 / 여권 EA4827193\n"
        "2. LIU YANG 刘洋 / E58201947\n"
        "3. ZHANG WEI 张伟 / EB1029384\n"
        "가이드 진매화 010-2283-4419"
    )
    assert passports(text) == ["EA4827193", "E58201947", "EB1029384"]


def test_the_same_field_below_holds_no_passport_of_another_shape_or_count():
    text = (
        "1. WANG FANG / 여권 EA4827193\n"
        "2. LIU YANG / 예약번호 E58201947\n"  # another label claims it
        "3. ZHANG WEI / KE0901\n"  # a flight, not a passport's shape
        "4. LI NA / 3층 / EB1029384"  # another row layout
    )
    assert passports(text) == ["EA4827193"]


def names(text: str) -> list[str]:
    return [value for kind, value in spans_of(text) if kind == "PERSON"]


def test_a_name_as_tickets_passports_and_payments_print_it_is_a_name():
    """Surname/GIVEN with a Korean surname, a machine-readable zone's name field, a SWIFT
    payment's ordering customer and beneficiary, a boarding pass's NAME; never two cities
    (SEOUL/INCHEON)."""
    mail = "my passport name is HAN/JIYOON but the ticket says HAN/JIYUN. Passport no. M603K1847"
    assert names(mail) == ["HAN/JIYOON", "HAN/JIYUN"]
    mrz = "판독 결과\nP<USAMILLER<<JAMES<ROBERT<<<<<<<<<<<<<<<<<<<<\n연락처 010-9921-4408"
    assert names(mrz) == ["MILLER<<JAMES<ROBERT"]
    swift = ":50K:/1002662017483\nKIM SOHEE\nSEOUL KOREA\n:59:CHEN JIALE\nTAIPEI\n:70:FEES"
    assert names(swift) == ["KIM SOHEE", "CHEN JIALE"]
    assert names("FROM SEOUL/INCHEON TO TOKYO/NARITA 연락처 010-9921-4408") == []
    boarding = "BOARDING PASS\nNAME CHOI/MINJAE\nFLIGHT OZ 102 / SEAT 32A"
    assert names(boarding) == ["CHOI/MINJAE"]
