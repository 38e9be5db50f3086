"""Business registration numbers (사업자등록번호)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers.country_specific.korea import KrBrnRecognizer

from filters.pii.recognizers.bank_account import ACCOUNT_WORDS
from filters.pii.recognizers.base import (
    NOT_PERSONAL,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
    spaced_digits,
)


class KoBrnRecognizer(KoreanPatternMixin, KrBrnRecognizer):
    """Business registration number NNN-NN-NNNNN with its check digit (a failing check digit
    needs a context word such as 사업자등록번호); spaced (220 88 69974) or bare 10 digits
    only with a context word."""

    NEGATIVE_CONTEXT = (*NOT_PERSONAL, *ACCOUNT_WORDS)
    CONTEXT_WORDS = ["사업자", "등록번호", "brn", "business"]
    OWN_LABELS = ("사업자등록번호", "사업자 등록번호", "사업자번호", "사업자 번호")

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        return [
            KoPattern(
                "hyphenated", bounded(r"\d{3}([ ]?-[ ]?)\d{2}\1\d{5}"), 0.4, 0.9, 0.2, digits_run(5)
            ),
            KoPattern("spaced", bounded(r"\d{3} \d{2} \d{5}"), 0.2, 0.4, 0.2, spaced_digits(5)),
            KoPattern("digits", bounded(r"\d{10}"), 0.1, 0.3, gate=digits_run(10)),
        ]

    def validate_result(self, pattern_text: str) -> bool:
        """The check digit, on the digits alone: presidio's validator strips only dashes, so
        a spaced number (220 88 69974, 220 - 81 - 62517) never passed it."""
        return bool(super().validate_result(digits_of(pattern_text)))
