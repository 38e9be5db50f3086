"""Resident and foreigner registration numbers (주민등록번호, 외국인등록번호)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers.country_specific.korea import (
    KrFrnRecognizer,
    KrRrnRecognizer,
)

from filters.pii.recognizers.base import (
    DASH,
    DATE6,
    MASK,
    NO_DIGIT_BEFORE,
    SIX_DIGITS,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
)


class KoRrnRecognizer(KoreanPatternMixin, KrRrnRecognizer):
    """Resident registration number YYMMDD-GNNNNNN (G 1-4). A valid check digit raises the
    score; numbers issued since October 2020 have none, so a hyphenated number with a valid
    birth date still passes without it. Masked forms (900101-1******) keep the birth date
    and sex, so they count too."""

    GENDER = "[1-4]"
    CONTEXT_WORDS = ["주민", "등록번호", "rrn", "resident"]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        g = cls.GENDER
        return [
            KoPattern(
                "hyphenated", bounded(rf"{DATE6}{DASH}{g}\d{{6}}"), 0.5, 1.0, gate=SIX_DIGITS
            ),
            KoPattern("digits", bounded(rf"{DATE6}{g}\d{{6}}"), 0.3, 0.7, gate=SIX_DIGITS),
            KoPattern(
                "masked",
                rf"{NO_DIGIT_BEFORE}{DATE6}{DASH}{g}(?:{MASK}{{6}}|\d{MASK}{{5}})(?!{MASK}|\d)",
                0.6,
                0.6,
                gate=SIX_DIGITS,
            ),
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = digits_of(pattern_text)
        return super().validate_result(digits) if len(digits) == 13 else None


class KoFrnRecognizer(KoRrnRecognizer, KrFrnRecognizer):
    """Foreigner registration number: the RRN layout with G 5-8 and its own check digit."""

    GENDER = "[5-8]"
    CONTEXT_WORDS = ["외국인", "등록번호", "frn", "alien"]
