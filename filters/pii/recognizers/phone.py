"""Korean phone numbers."""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer

from filters.pii.recognizers.base import (
    FOUR_DIGITS,
    NO_DIGIT_AFTER,
    SEP,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_run,
)

_AREA = r"0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])"


class KoPhoneRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Korean phone numbers: mobile 010/011/016-019, +82, area-code landlines, 070 and
    050x safe numbers, in the usual spellings (hyphens, dots, spaces, parentheses, none).
    Nationwide business numbers (1588-xxxx, 1577-, 1644-…) and 080 toll-free lines are
    companies, not people, and are not matched."""

    ENTITY = "PHONE_NUMBER"
    CONTEXT_WORDS = [
        "전화",
        "연락",
        "휴대",
        "핸드폰",
        "폰",
        "번호",
        "문의",
        "tel",
        "phone",
        "mobile",
        "팩스",
        "fax",
        "hp",
        "콜",
        "call",
    ]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        mobile_prefix = rf"(?:\(01[016789]\)[ \u00a0]?|01[016789](?:\)[ \u00a0]?|{SEP}))"
        area_prefix = rf"(?:\({_AREA}\)[ \u00a0]?|{_AREA}(?:\)[ \u00a0]?|{SEP}))"
        intl_area = r"(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)"
        return [
            KoPattern(
                "mobile", bounded(rf"{mobile_prefix}\d{{3,4}}{SEP}\d{{4}}"), 0.7, gate=FOUR_DIGITS
            ),
            KoPattern("mobile digits", bounded(r"010\d{8}"), 0.6, gate=digits_run(11)),
            KoPattern("old mobile digits", bounded(r"01[16789]\d{7,8}"), 0.4, gate=digits_run(10)),
            KoPattern(
                "international",
                rf"(?<![\w+])\+82[ \u00a0-]?(?:\(0\)[ \u00a0]?)?{intl_area}"
                rf"(?:{SEP}|\)[ \u00a0]?)?\d{{3,4}}{SEP}?\d{{4}}{NO_DIGIT_AFTER}",
                0.85,
            ),
            KoPattern(
                "landline", bounded(rf"{area_prefix}\d{{3,4}}{SEP}\d{{4}}"), 0.6, gate=FOUR_DIGITS
            ),
            KoPattern("landline digits", bounded(rf"{_AREA}\d{{7,8}}"), 0.3, gate=digits_run(9)),
        ]
