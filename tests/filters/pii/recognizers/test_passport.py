"""Passport numbers look like product codes, so 여권 (passport) must be near."""

from tests.pii_helpers import spans_of


def test_current_format_is_found():
    assert ("KR_PASSPORT", "M123A4567") in spans_of("여권번호 M123A4567")


def test_a_context_word_is_needed():
    assert spans_of("여권 번호는 M12345678") == [("KR_PASSPORT", "M12345678")]
    assert spans_of("제품 코드 M12345678") == []


def test_another_countrys_number_after_its_label_in_every_english_spelling():
    """A key=value log, the number in brackets after the word, and 'passport is …' are the
    number's own label as 'Passport: …' is; the same brackets after another word are not."""
    assert spans_of("nationality=UZ passport=FA4172839 status=pending") == [
        ("KR_PASSPORT", "FA4172839")
    ]
    assert spans_of("Please bring your passport (P3827165A) and your card.") == [
        ("KR_PASSPORT", "P3827165A")
    ]
    assert spans_of("and my passport is P4471208A. Could you book") == [
        ("KR_PASSPORT", "P4471208A")
    ]
    assert spans_of("Order (P3827165A) shipped; ticket=FA4172839") == []


def test_another_countrys_number_after_an_airlines_pp_or_before_its_label_in_brackets():
    """An airline's passenger list writes PP before the number; a message may name the
    passport in brackets after it. The same number after another word is no passport."""
    assert spans_of("Pax 1: DELA CRUZ/JOSEPHINE PP P5527190B") == [
        ("PERSON", "DELA CRUZ/JOSEPHINE"),
        ("KR_PASSPORT", "P5527190B"),
    ]
    assert spans_of("Sent: Z4418207 (Indian passport), full name below") == [
        ("KR_PASSPORT", "Z4418207")
    ]
    assert spans_of("C4829173 (베트남 여권) 사본 첨부") == [("KR_PASSPORT", "C4829173")]
    assert spans_of("APP P5527190B build, passport office closed") == []
    assert spans_of("Sent: Z4418207 (tracking), passport later") == []


def test_another_countrys_number_answering_a_question_for_it():
    question = "[14:21] 간호사: 여권번호 다시 불러주실 수 있을까요?\n"
    assert spans_of(question + "[14:22] 통역사: C4829173 입니다.") == [("KR_PASSPORT", "C4829173")]
    # a form's next field after a passport line is no answer
    form = "Passport No.: M12345678\nReference: C4829173"
    assert spans_of(form) == [("KR_PASSPORT", "M12345678")]


def test_another_countrys_number_after_its_label_in_chinese_japanese_or_uzbek():
    assert spans_of("护照号: E62819304") == [("KR_PASSPORT", "E62819304")]
    assert spans_of("1. 松本 拓也 旅券番号 TR4417203") == [("KR_PASSPORT", "TR4417203")]
    assert spans_of("Pasport: FA4172093") == [("KR_PASSPORT", "FA4172093")]


def test_numbers_listed_after_one_label_or_under_a_csv_or_json_passport_key():
    assert spans_of("여권번호: C4482019, C5593102, N2018475") == [
        ("KR_PASSPORT", "C4482019"),
        ("KR_PASSPORT", "C5593102"),
        ("KR_PASSPORT", "N2018475"),
    ]
    csv = "room,nat,passport,checkin\n0811,POL,EK4829170,2024-03-10\n0815,NGA,A09183726,2024-03-11"
    assert spans_of(csv) == [("KR_PASSPORT", "EK4829170"), ("KR_PASSPORT", "A09183726")]
    slashed = "번호 / 국적 / 여권번호\n1 / POL / EK4829170\n2 / NGA / A09183726"
    assert spans_of(slashed) == [("KR_PASSPORT", "EK4829170"), ("KR_PASSPORT", "A09183726")]
    assert spans_of('{"nationality": "US", "passport": "566213874"}') == [
        ("KR_PASSPORT", "566213874")
    ]
    # a row with another number of cells is no row of the table; codes listed after an
    # order number are no passports
    assert spans_of("room,nat,passport\n0811,POL,EK4829170,extra,cells") == []
    assert spans_of("주문번호: C4482019, C5593102 (passport case)") == []


def test_a_label_with_its_english_in_brackets_a_full_width_colon_and_a_german_number():
    assert spans_of("여권(Passport): A07293846") == [("KR_PASSPORT", "A07293846")]
    assert spans_of("护照号码：EH5102837") == [("KR_PASSPORT", "EH5102837")]
    assert spans_of("Passport: CJ7T9N2K4 (Germany)") == [("KR_PASSPORT", "CJ7T9N2K4")]
    assert spans_of("Voucher: CJ7T9N2K4 (Germany), passport at check-in") == []
    # three digits are too few for a number after the label: a status code
    assert spans_of("Passport: PEND123X (scan pending)") == []


def test_a_spaced_value_after_a_listed_passport_is_the_next_fields():
    """A number listed after a passport number takes its label; a foreigner's registration
    number after ``ARC`` is a value of its own."""
    assert spans_of("2. Dewi Lestari, Passport C9012347, ARC 750310-5026014") == [
        ("PERSON", "Dewi Lestari"),
        ("KR_PASSPORT", "C9012347"),
        ("KR_FRN", "750310-5026014"),
    ]


def test_an_airlines_document_fields_need_no_passport_word():
    """An SSR DOCS line's passport element, and the number after a passenger's title in a
    name list; the same shapes elsewhere stay."""
    docs = "8 SSR DOCS KE HK1 P/KOR/M30586142/KOR/15MAR85/M/14MAR30/KIM/MINSU/P1"
    names = "01 LEE/JUNGHO MR   M452B7718\n02 LEE/SOOYEON MRS   TK7729301"
    assert ("KR_PASSPORT", "M30586142") in spans_of(docs)
    assert [v for k, v in spans_of(names) if k == "KR_PASSPORT"] == ["M452B7718", "TK7729301"]
    assert spans_of("주문 KIM/MINSU MR 2매, 상품 M452B7718") == []
    assert spans_of("SSR DOCS 안내: 코드 M30586142") == []


def test_a_number_in_brackets_right_after_its_label():
    """여권(75 3920184): the label, then the value in brackets (a Russian series and number)."""
    assert ("KR_PASSPORT", "75 3920184") in spans_of("1108호 투숙객: 여권(75 3920184) 사본 누락")
    assert spans_of("여권 사진(75 3920184 규격) 안내") == []
