"""Korean passport numbers."""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers.country_specific.korea import KrPassportRecognizer

from filters.pii.clause import asking_line, column_header
from filters.pii.recognizers.base import (
    OWN_LABEL_SCORE,
    KoPattern,
    KoreanPatternMixin,
    ascii_form,
    mentions,
)

_KOREAN = r"[MSRODGmsrodg](?:\d{3}[A-Za-z]\d{4}|\d{8})"
_KOREAN_RE = re.compile(_KOREAN)
# English records label a passport number in more ways than a colon: a log's key=value, the
# number in brackets after the word, a sentence (my passport is …).
_ENGLISH_LABEL_RE = re.compile(
    r"passport(?: number| no\.?)?(?:[ ]*[=(]|[ ]+is)[ ]*$|(?-i:(?<![A-Za-z])PP)[ ]+$", re.I
)
# An airline's travel-document fields, where no passport word stands: the passport element of
# an SSR DOCS line (SSR DOCS KE HK1 P/KOR/M30586142/KOR/15MAR85/M/…), and a passenger list's
# number right after the name's title (01 LEE/JUNGHO MR   M452B7718).
_AIRLINE_DOCUMENT = (
    r"(?:\bDOCS\b[^\n]{0,24}?\bP/[A-Z]{3}/"
    r"|[A-Z]+/[A-Z]+(?:[ ][A-Z]+)?[ ]+(?:MR|MRS|MS|MISS|MSTR)[ ]+)"
    r"(?P<number>(?=(?:[A-Z]*\d){4})[A-Z0-9]{6,9})(?![A-Za-z0-9])"
)
_AIRLINE_DOCUMENT_RE = re.compile(_AIRLINE_DOCUMENT)
_AIRLINE = KoPattern("airline document", _AIRLINE_DOCUMENT, OWN_LABEL_SCORE)
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

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The patterns' numbers, and those of an airline's document fields
        (``_AIRLINE_DOCUMENT``)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "/" not in text or "DOCS" not in text and " MR" not in text and " MS" not in text:
            return results
        taken = {(r.start, r.end) for r in results}
        for match in _AIRLINE_DOCUMENT_RE.finditer(ascii_form(text)):
            if match.span("number") not in taken:
                results.append(self.result(*match.span("number"), OWN_LABEL_SCORE, _AIRLINE, None))
        return results

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
