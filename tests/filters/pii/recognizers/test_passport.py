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
