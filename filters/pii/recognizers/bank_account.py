"""Bank account numbers."""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from filters.pii.recognizers.base import (
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
    spaced_digits,
)

# Words that say a number is an account, which other recognizers take as negative context.
ACCOUNT_WORDS = ("계좌", "입금", "송금", "이체", "예금주", "통장")


class KoBankAccountRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Bank account numbers: 10-14 digits, unbroken or in the groupings Korean banks and
    cooperatives print, the groups joined by one kind of separator (a dash of any kind or a
    space): 110-123-456789 (신한), 1002-123-456789 (우리), 123456-01-234567 (국민, 우체국),
    123-456789-01234 (하나), 123-123456-01-012 (기업), 301-1234-5678-11 (농협),
    3333-01-1234567 (카카오뱅크), 508-10-123456-7 (대구, 3-2-6-1), 9002-1234-5678-9
    (새마을금고). Account numbers have no common check digit, so they need a context word
    (계좌, 입금, 통장, 예금주, a bank) in their clause to pass."""

    ENTITY = "KR_BANK_ACCOUNT"
    CONTEXT_WORDS = [
        "계좌",
        "입금",
        "송금",
        "이체",
        "예금",
        "통장",
        "수취",
        "은행",
        "뱅크",
        "농협",
        "신협",
        "새마을",
        "금고",
        "우체국",
        "수협",
        "축협",
        "산림조합",
        "저축",
        "account",
        "bank",
        "신한",
        "ibk",
        "kb",
        "nh",
        "환불",
        "카뱅",
        "케뱅",
        "토뱅",
    ]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        grouped = r"\d{2,6}(?P<sep>[ ]?-[ ]?)\d{2,7}(?:(?P=sep)\d{1,7}){1,2}"
        return [
            KoPattern("grouped", bounded(grouped), 0.3, gate=digits_run(3)),
            KoPattern(
                "spaced", bounded(r"\d{2,6} \d{2,7}(?: \d{1,7}){1,2}"), 0.3, gate=spaced_digits(2)
            ),
            KoPattern("digits", bounded(r"\d{10,14}"), 0.2, gate=digits_run(10)),
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if 10 <= len(digits_of(pattern_text)) <= 14 else False
