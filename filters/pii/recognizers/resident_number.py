"""Resident and foreigner registration numbers (주민등록번호, 외국인등록번호)."""

from __future__ import annotations

import calendar

from presidio_analyzer.predefined_recognizers.country_specific.korea import (
    KrFrnRecognizer,
    KrRrnRecognizer,
)

from filters.pii.recognizers.base import (
    DASH,
    DATE6,
    SIX_DIGITS,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
)

# The century a registration number's sex digit gives its birth date (9 and 0: 1800s).
_CENTURY = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000}


def real_birth_date(digits: str) -> bool:
    """YYMMDD plus the sex digit name a day that exists (no Feb 30, Apr 31, or Feb 29 of a
    non-leap year): a number whose date cannot exist was never issued."""
    year = _CENTURY.get(digits[6:7], 1800) + int(digits[:2])
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


class KoRrnRecognizer(KoreanPatternMixin, KrRrnRecognizer):
    """Resident registration number YYMMDD-GNNNNNN (G 1-4), the parts joined by any dash, a
    space, a dot or nothing. The birth date must exist. A valid check digit raises the score;
    numbers issued since October 2020 have none, so a hyphenated number still passes without
    it, and a spaced, dotted or unbroken one with a context word in its clause (unbroken and
    alone, it needs the check digit). Right after 주민등록번호 any number of this shape is
    scrubbed. A masked form (900101-1******) is left, like a masked card: the mask is the
    de-identification its writer applied, and what it leaves (a birth date and a sex) is no
    more identifying than a birthday in a sentence, which is not scrubbed either."""

    GENDER = "[1-4]"
    CONTEXT_WORDS = ["주민", "등록번호", "rrn", "resident"]
    SIBLING_PATTERNS = ("spaced, dotted or unbroken",)
    OWN_LABELS = ("주민등록번호", "주민번호", "주민 등록 번호", "주민등록 번호", "rrn")

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        g = cls.GENDER
        return [
            KoPattern(
                "hyphenated", bounded(rf"{DATE6}{DASH}{g}\d{{6}}"), 0.5, 1.0, gate=SIX_DIGITS
            ),
            KoPattern(
                "spaced, dotted or unbroken",
                bounded(rf"{DATE6}(?:[ ]?\.[ ]?|[ ])?{g}\d{{6}}"),
                0.3,
                0.7,
                gate=SIX_DIGITS,
            ),
        ]

    def invalidate_result(self, pattern_text: str) -> bool:
        """A birth date that cannot exist: never issued, so a made-up number even right after
        its own label (a check digit that fails there is a typo, and still scrubbed)."""
        return not real_birth_date(digits_of(pattern_text))

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = digits_of(pattern_text)
        return super().validate_result(digits) if len(digits) == 13 else None


class KoFrnRecognizer(KoRrnRecognizer, KrFrnRecognizer):
    """Foreigner registration number: the RRN layout with G 5-8 and its own check digit."""

    GENDER = "[5-8]"
    # A resident-number column or key holds foreigners' numbers too (the sex digit tells).
    CONTEXT_WORDS = ["외국인", "등록번호", "frn", "alien", "주민", "rrn", "resident"]
    OWN_LABELS = ("외국인등록번호", "외국인 등록번호", "외국인번호", "frn")
