"""Driver's licence numbers (운전면허번호)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers.country_specific.korea import (
    KrDriverLicenseRecognizer,
)

from filters.pii.recognizers.base import (
    NO_DIGIT_AFTER,
    SIX_DIGITS,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
    spaced_digits,
)

_LICENSE_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산"


class KoDriverLicenseRecognizer(KoreanPatternMixin, KrDriverLicenseRecognizer):
    """Driver's licence numbers: NN-NN-NNNNNN-NN with a valid region code, or the older
    region-name form (서울 12-345678-90), the groups joined by dashes, dots or (with a context
    word) spaces: 28 22 123456 12; a region name written before the full number belongs to it
    (서울 11-19-334821-42)."""

    CONTEXT_WORDS = ["운전", "면허", "license", "licence"]
    OWN_LABELS = ("운전면허번호", "운전면허 번호", "면허번호", "면허 번호")
    SIBLING_PATTERNS = ("spaced", "region name spaced")

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        regions = rf"(?:{_LICENSE_REGIONS})[ \u00a0]?\d{{2}}"
        return [
            KoPattern(
                "numeric",
                bounded(r"\d{2}([ ]?[-.][ ]?)\d{2}\1\d{6}\1\d{2}"),
                0.3,
                0.5,
                0.2,
                SIX_DIGITS,
            ),
            KoPattern(
                "spaced",
                bounded(r"\d{2} \d{2} \d{6} \d{2}"),
                0.2,
                0.3,
                0.2,
                spaced_digits(6),
            ),
            KoPattern(
                "region name and number",
                rf"(?<![가-힣])(?:{_LICENSE_REGIONS})[ \u00a0]?"
                r"\d{2}([ ]?[-.][ ]?|[ ])\d{2}\1\d{6}\1\d{2}" + NO_DIGIT_AFTER,
                0.6,
                gate=SIX_DIGITS,
            ),
            KoPattern(
                "region name",
                rf"{regions}([ ]?[-.][ ]?)\d{{6}}\1\d{{2}}{NO_DIGIT_AFTER}",
                0.6,
                gate=SIX_DIGITS,
            ),
            KoPattern(
                "region name spaced",
                rf"{regions} \d{{6}} \d{{2}}{NO_DIGIT_AFTER}",
                0.3,
                gate=spaced_digits(6),
            ),
            KoPattern("digits", bounded(r"\d{12}"), 0.2, 0.2, gate=digits_run(12)),
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        if not pattern_text[0].isdigit():
            return None
        return super().validate_result(digits_of(pattern_text))
