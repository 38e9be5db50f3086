"""Korean passport numbers."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers.country_specific.korea import KrPassportRecognizer

from filters.pii.recognizers.base import KoPattern, KoreanPatternMixin, mentions


class KoPassportRecognizer(KoreanPatternMixin, KrPassportRecognizer):
    """Passport numbers (M123A4567, older M12345678, in either case); product codes look the
    same, so a context word (여권) in the clause is required."""

    CONTEXT_WORDS = ["여권", "passport"]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        edge = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
        return [
            KoPattern(
                "current",
                rf"{edge[0]}[MSRODGmsrodg]\d{{3}}[A-Za-z]\d{{4}}{edge[1]}",
                0.3,
                gate=mentions(cls.CONTEXT_WORDS, 4),
            ),
            KoPattern(
                "previous",
                rf"{edge[0]}[MSRODGmsrodg]\d{{8}}{edge[1]}",
                0.2,
                gate=mentions(cls.CONTEXT_WORDS, 8),
            ),
        ]
