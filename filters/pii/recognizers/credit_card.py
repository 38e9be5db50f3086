"""Payment card numbers."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

from filters.pii.recognizers.base import (
    FOUR_DIGITS,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
)

# Groups joined by a dash (any kind: the text is matched in its ASCII form), a dash between
# spaces, or a space, the same one throughout.
_SEP = r"[ ]?-[ ]?|[ ]"


class KoCreditCardRecognizer(KoreanPatternMixin, CreditCardRecognizer):
    """Card numbers: 4-4-4-4 groups (issuer digit 2-6: Master, JCB, Visa, Maestro, UnionPay;
    9: Korean domestic cards), 4-6-5 (Amex) or 4-6-4 (Diners Club) that pass Luhn, or fail
    it next to a card context word (카드번호); unbroken digits only when they pass (order
    numbers are long too). Gift-card and coupon PINs pass Luhn as well and are excluded by
    negative context."""

    CONTEXT_WORDS = ["카드", "card", "결제", "visa", "master", "신용", "체크"]
    OWN_LABELS = ("카드번호", "카드 번호", "card number", "card no")

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        return [
            KoPattern(
                "grouped",
                bounded(rf"\d{{4}}({_SEP})\d{{4}}\1\d{{4}}\1\d{{4}}"),
                0.3,
                1.0,
                0.2,
                FOUR_DIGITS,
            ),
            KoPattern(
                "amex",
                bounded(rf"3[47]\d{{2}}({_SEP})\d{{6}}\1\d{{5}}"),
                0.3,
                1.0,
                0.2,
                digits_run(6),
            ),
            KoPattern(
                "diners",
                bounded(rf"3(?:0[0-5]|[68]\d)\d({_SEP})\d{{6}}\1\d{{4}}"),
                0.3,
                1.0,
                0.2,
                digits_run(6),
            ),
            KoPattern("digits", bounded(r"\d{15,16}"), 0.2, 0.6, gate=digits_run(15)),
        ]

    def invalidate_result(self, pattern_text: str) -> bool:
        """No issuer (a first digit no card network uses: 1234-5678-9012-3456, 0000-…) is
        not a card, context word or not: a mistyped real card keeps its issuer digit."""
        digits = digits_of(pattern_text)
        return digits[0] not in "234569"

    def validate_result(self, pattern_text: str) -> bool:
        """Luhn (presidio's) and a card issuer: 15 digits for Amex, 14 for Diners Club
        (300-305, 36, 38), 16 for the others."""
        digits = digits_of(pattern_text)
        amex = digits[:2] in ("34", "37")
        if len(digits) == 14:
            issuer = digits[:2] in ("36", "38") or "300" <= digits[:3] <= "305"
        else:
            issuer = amex if len(digits) == 15 else digits[0] in "234569" and not amex
        return issuer and super().validate_result(digits)
