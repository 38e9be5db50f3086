"""Korean passport numbers."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers.country_specific.korea import KrPassportRecognizer

from filters.pii.clause import asking_line, column_header
from filters.pii.recognizers.base import KoPattern, KoreanPatternMixin, mentions

_KOREAN = r"[MSRODGmsrodg](?:\d{3}[A-Za-z]\d{4}|\d{8})"
_KOREAN_RE = re.compile(_KOREAN)
# English records label a passport number in more ways than a colon: a log's key=value, the
# number in brackets after the word, a sentence (my passport is …).
_ENGLISH_LABEL_RE = re.compile(
    r"passport(?: number| no\.?)?(?:[ ]*[=(]|[ ]+is)[ ]*$|(?-i:(?<![A-Za-z])PP)[ ]+$", re.I
)
# The label after the number, in brackets: Z4418207 (Indian passport), C4829173 (베트남 여권).
_LABEL_AFTER_RE = re.compile(
    r"[A-Za-z0-9]+(?:[ ][A-Za-z0-9]+)?[ ]?\((?:[^()\n]{0,16}[ ])?(?:passport|여권)", re.I
)


class KoPassportRecognizer(KoreanPatternMixin, KrPassportRecognizer):
    """Passport numbers (M123A4567, older M12345678, in either case); product codes look the
    same, so a context word (여권) in the clause is required. Another country's number (six
    to nine letters and digits, at least four of them digits: TK5829174, 548210937,
    CJ7T9N2K4) counts right after its own label only (여권번호: …, Passport No. …), or in a
    table's passport column; either kind also with one space inside (M 9182 7364, FH 210493,
    72 4410938)."""

    # Korean, English, Chinese, Japanese and Uzbek/Russian words for a passport.
    CONTEXT_WORDS = ["여권", "passport", "护照", "護照", "旅券", "pasport", "паспорт"]
    OWN_LABELS = (
        "여권번호",
        "여권 번호",
        "여권",
        "passport number",
        "passport no.",
        "passport",
        "护照号码",
        "护照号",
        "護照號碼",
        "旅券番号",
        "pasport",
        "паспорт",
    )

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
            KoPattern(
                "previous, spaced",
                rf"{edge[0]}[MSRODGmsrodg][ ]\d{{4}}[ ]\d{{4}}{edge[1]}",
                0.2,
                gate=mentions(cls.CONTEXT_WORDS, 4),
            ),
            KoPattern(
                "foreign, spaced",
                rf"{edge[0]}(?![MSRODGmsrodg][ ]\d{{4}}[ ]\d{{4}})(?=(?:[A-Za-z ]*\d){{6}})"
                rf"[A-Za-z0-9]{{1,3}}[ ][A-Za-z0-9]{{4,7}}{edge[1]}",
                0.0,
                gate=mentions(cls.CONTEXT_WORDS, 4),
                invalid_score=None,
            ),
            KoPattern(
                "foreign",
                rf"{edge[0]}(?!{_KOREAN}{edge[1]})(?=(?:[A-Za-z]*\d){{4}})[A-Za-z0-9]{{6,9}}{edge[1]}",
                0.0,
                gate=mentions([*cls.CONTEXT_WORDS, "PP "], 1),
                invalid_score=None,
            ),
        ]

    def _own_label(self, text: str, start: int) -> bool:
        """Also a table cell under a passport column (| 여권번호 |, | Passport |), the
        English spellings of ``_ENGLISH_LABEL_RE`` (an airline's ``PP`` among them), the
        label in brackets after the number, and a chat's answer to a question for it."""
        if super()._own_label(text, start):
            return True
        if _ENGLISH_LABEL_RE.search(text, max(0, start - 24), start):
            return True
        if _LABEL_AFTER_RE.match(text, start):
            return True
        asked = asking_line(text, start)
        if asked is not None and any(w in asked.lower() for w in self.CONTEXT_WORDS):
            return True  # 간호사: 여권번호 다시 불러주실 수 있을까요? ⏎ 통역사: C4829173 입니다
        header = column_header(text, start)
        return header is not None and any(w in header.lower() for w in self.CONTEXT_WORDS)

    def validate_result(self, pattern_text: str) -> bool | None:
        """Korean numbers as the other patterns take them; any other shape only after its
        own label (False sends it there)."""
        return None if _KOREAN_RE.fullmatch(pattern_text.replace(" ", "")) else False
