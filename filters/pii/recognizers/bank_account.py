"""Bank account numbers."""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from filters.pii.recognizers.base import (
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
)

# Words that say a number is an account, which other recognizers take as negative context.
ACCOUNT_WORDS = ("계좌", "입금", "송금", "이체", "예금주")


class KoBankAccountRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Bank account numbers: 10-14 digits, grouped by hyphens as Korean banks print them
    (110-123-456789, 3333-01-1234567, 123456-01-234567). Account numbers have no common
    check digit, so they need a context word (계좌, 입금, a bank name) to pass."""

    ENTITY = "KR_BANK_ACCOUNT"
    CONTEXT_WORDS = [
        "계좌",
        "입금",
        "송금",
        "이체",
        "예금주",
        "은행",
        "뱅크",
        "농협",
        "신협",
        "새마을",
        "우체국",
        "수협",
        "저축",
        "account",
        "bank",
        "신한",
        "ibk",
        "kb",
        "nh",
        "환불",
        "무통장",
    ]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        return [
            KoPattern("grouped", bounded(r"\d{2,6}(?:-\d{2,7}){2,3}"), 0.3, gate=digits_run(3)),
            KoPattern("digits", bounded(r"\d{10,14}"), 0.2, gate=digits_run(10)),
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if 10 <= len(digits_of(pattern_text)) <= 14 else False
