"""presidio recognizers for Korean personal data, one module per identifier family, each
with its patterns, its context words and its validator; ``base`` holds what they share.
``korean_recognizers`` is the set the PII stage registers, in a fixed order."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from filters.pii.recognizers.bank_account import KoBankAccountRecognizer
from filters.pii.recognizers.business_number import KoBrnRecognizer
from filters.pii.recognizers.credit_card import KoCreditCardRecognizer
from filters.pii.recognizers.driver_license import KoDriverLicenseRecognizer
from filters.pii.recognizers.email import KoEmailRecognizer
from filters.pii.recognizers.ip_address import KoIpRecognizer
from filters.pii.recognizers.passport import KoPassportRecognizer
from filters.pii.recognizers.person import KoPersonRecognizer
from filters.pii.recognizers.phone import KoPhoneRecognizer
from filters.pii.recognizers.resident_number import KoFrnRecognizer, KoRrnRecognizer


def korean_recognizers(person: bool = True) -> list[EntityRecognizer]:
    """Every recognizer of the Korean PII stage, in a fixed order."""
    recognizers: list[EntityRecognizer] = [
        KoRrnRecognizer.create(),
        KoFrnRecognizer.create(),
        KoPhoneRecognizer.create(),
        KoEmailRecognizer.create(),
        KoCreditCardRecognizer.create(),
        KoBankAccountRecognizer.create(),
        KoBrnRecognizer.create(),
        KoPassportRecognizer.create(),
        KoDriverLicenseRecognizer.create(),
        KoIpRecognizer.create(),
    ]
    if person:
        recognizers.append(KoPersonRecognizer())
    return recognizers


ENTITY_TYPES = (
    "KR_RRN",
    "KR_FRN",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "KR_BANK_ACCOUNT",
    "KR_BRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "IP_ADDRESS",
    "PERSON",
)
