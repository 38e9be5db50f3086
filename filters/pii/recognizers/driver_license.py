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
    digits_run,
)

_LICENSE_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산"


class KoDriverLicenseRecognizer(KoreanPatternMixin, KrDriverLicenseRecognizer):
    """Driver's licence numbers: NN-NN-NNNNNN-NN with a valid region code, or the older
    region-name form (서울 12-345678-90)."""

    CONTEXT_WORDS = ["운전", "면허", "license", "licence"]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        return [
            KoPattern("numeric", bounded(r"\d{2}-\d{2}-\d{6}-\d{2}"), 0.3, 0.5, 0.2, SIX_DIGITS),
            KoPattern(
                "region name",
                rf"(?:{_LICENSE_REGIONS})[ \u00a0]?\d{{2}}-\d{{6}}-\d{{2}}{NO_DIGIT_AFTER}",
                0.6,
                gate=SIX_DIGITS,
            ),
            KoPattern("digits", bounded(r"\d{12}"), 0.2, 0.2, gate=digits_run(12)),
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        if not pattern_text[0].isdigit():
            return None
        return super().validate_result(pattern_text)
