"""Korean passport numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer.predefined_recognizers.country_specific.korea import KrPassportRecognizer

from filters.pii.clause import asking_line, column_header, row_mates
from filters.pii.recognizers.base import (
    OWN_LABEL_SCORE,
    KoPattern,
    KoreanPatternMixin,
    embedded,
    longest_digit_run,
    mentions,
)
from filters.pii.recognizers.person import COUNTRIES, COUNTRIES_EN

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
_AIRLINE = KoPattern("airline document", _AIRLINE_DOCUMENT, OWN_LABEL_SCORE)
# A machine-readable zone's second line (ICAO 9303, TD3): the document number, its check
# digit, the nationality, the birth date: M471B29304KOR9203148F3203147<<<…
_MRZ = r"(?m)^(?P<number>[A-Z0-9]{6,9})<*[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}"
_MRZ_PATTERN = KoPattern("machine-readable zone", _MRZ, OWN_LABEL_SCORE)
_LATIN_NAME_WORD = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
_LATIN_NAME = rf"(?<![A-Za-z]){_LATIN_NAME_WORD}(?:[ ]{_LATIN_NAME_WORD}){{1,3}}"
_COUNTRIES_EN = "|".join(name.replace(" ", "[ ]?") for name in COUNTRIES_EN)
_NATIONALITY = rf"(?:[A-Z]{{2,3}}|{'|'.join(sorted(COUNTRIES))}|(?i:{_COUNTRIES_EN}))"
# A traveller list's number right after the traveller: a passenger name as tickets print it
# (WANG/LEI E48291736, NAKAMURA/SAKI (MZ4827163)), or after a nationality column
# (Nguyen Duc Anh / VN / C8392017, ZAW MIN OO / MYANMAR / MC392817, GURUNG PRAKASH / 네팔 /
# PA1928374). Letters then digits, the shape most countries issue, or the Philippines'
# P1234567A.
_FOREIGN_NUMBER = r"(?P<number>[A-Z]{1,2}[0-9]{6,8}|[A-Z][0-9]{7}[A-Z])(?![A-Za-z0-9])"
_TRAVELLER_PATTERN = KoPattern(
    "traveller list",
    r"(?<![A-Za-z/])[A-Z]{2,}/[A-Z]{2,}(?:[ ][A-Z]{2,})?[ ]+\(?" + _FOREIGN_NUMBER,
    OWN_LABEL_SCORE,
)
_NATIONALITY_PATTERN = KoPattern(
    "nationality column",
    rf"{_LATIN_NAME}[ ]/[ ]{_NATIONALITY}[ ]/[ ]{_FOREIGN_NUMBER}",
    OWN_LABEL_SCORE,
)
# A number of a passport's shape: the Korean ones, or letters then digits as other countries
# issue them (E58201947, EB1029384, P4829173A).
_ROW_NUMBER_RE = re.compile(rf"{_KOREAN}|[A-Z]{{1,2}}[0-9]{{6,8}}|[A-Z][0-9]{{7}}[A-Z]")
_ROW_MATE = KoPattern("list row", _ROW_NUMBER_RE.pattern, OWN_LABEL_SCORE)
_ANY_CASE_NUMBER_RE = re.compile(_ROW_NUMBER_RE.pattern, re.I)
# A line opening with such a number, past a list marker: "ab3820188 DUBOIS LEO", "2. E5820194".
_LINE_OPENING_NUMBER_RE = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[.)][ ]*|[-•*][ ]*)?(?P<number>{_ROW_NUMBER_RE.pattern})(?![A-Za-z0-9])",
    re.I,
)
_SHAPE_RE = re.compile(r"[A-Za-z]+|[0-9]+")


def _shape(number: str) -> tuple[tuple[bool, int], ...]:
    """Letters and digits in runs, by length: ab3820174 and ac0192837 are one shape."""
    return tuple((run[0].isdigit(), len(run)) for run in _SHAPE_RE.findall(number))


# Words of travel abroad: in a record that holds one, a Korean passport's own shape (M/S/R/O/D/G
# and eight digits, or the current M123A4567) is a passport wherever no other label claims it,
# as in a group's list of names and numbers whose header alone says what they are.
# Korean, English, Chinese, Japanese and Uzbek/Russian words for a passport.
PASSPORT_WORDS = ["여권", "passport", "护照", "護照", "旅券", "pasport", "паспорт"]
_PASSPORT_WORD_RE = re.compile("|".join(PASSPORT_WORDS), re.I)
_TRAVEL_RE = re.compile(
    "|".join([*PASSPORT_WORDS, "해외", "출국", "입국", "항공", "여행", "비자", "visa", "외국인"]),
    re.I,
)
_KOREAN_LISTED = KoPattern(
    "travel record", rf"(?<![A-Za-z0-9]){_KOREAN}(?![A-Za-z0-9])", OWN_LABEL_SCORE
)
# Another label right before a number: 예약번호, 상품코드, 회원 ID, No.
_OTHER_LABEL_RE = re.compile(r"(?:번호|코드|ID|No\.?|#)[ ]*[:：]?[ ]*$", re.I)
# The label, then the issuing country: 여권: Kazakhstan N12938475.
_COUNTRY_AFTER_LABEL_RE = re.compile(
    r"(?:여권|passport)(?:[ ]?번호| no\.?| number)?[ ]*[:：][ ]*"
    r"(?-i:[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]+)?)[ ]+$",
    re.I,
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

    CONTEXT_WORDS = PASSPORT_WORDS
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

    def _laid_out(self, text: str) -> Iterator[tuple[tuple[int, int], KoPattern]]:
        """The numbers of an airline's document fields (``_AIRLINE_DOCUMENT``), a
        machine-readable zone, a traveller list and a travel record (``_TRAVEL_RE``)."""
        if "/" in text and ("DOCS" in text or " MR" in text or " MS" in text):
            for match in _AIRLINE.compiled.finditer(text):
                yield match.span("number"), _AIRLINE
        if "<<" in text:
            for match in _MRZ_PATTERN.compiled.finditer(text):
                yield match.span("number"), _MRZ_PATTERN
        if "/" in text and longest_digit_run(text) >= 6:
            for match in _TRAVELLER_PATTERN.compiled.finditer(text):
                yield match.span("number"), _TRAVELLER_PATTERN
            if " / " in text:
                for match in _NATIONALITY_PATTERN.compiled.finditer(text):
                    yield match.span("number"), _NATIONALITY_PATTERN
        yield from self._row_mates(text)
        yield from self._lines_below(text)
        if (
            longest_digit_run(text) < 4
            or _KOREAN_LISTED.compiled.search(text) is None
            or _TRAVEL_RE.search(text) is None
        ):
            return
        for match in _KOREAN_LISTED.compiled.finditer(text):
            start, end = match.span()
            line = text.rfind("\n", 0, start) + 1
            if not (
                self.rejected(text, start, end)
                or _OTHER_LABEL_RE.search(text, max(line, start - 16), start)
            ):
                yield match.span(), _KOREAN_LISTED

    def _row_mates(self, text: str) -> Iterator[tuple[tuple[int, int], KoPattern]]:
        """The other rows' numbers of a list whose one row labels its number inline (``1.
        WANG FANG / 여권 EA4827193``, then ``2. LIU YANG / E58201947``)."""
        if "|" not in text and "\t" not in text and " / " not in text:
            return
        if _PASSPORT_WORD_RE.search(text) is None:
            return
        for match in _ROW_NUMBER_RE.finditer(text):
            start, end = match.span()
            if embedded(text, start, end) or not self._own_label(text, start):
                continue
            for lo, hi in row_mates(text, start):
                if _ROW_NUMBER_RE.fullmatch(text, lo, hi) and not self.rejected(text, lo, hi):
                    yield (lo, hi), _ROW_MATE

    def _lines_below(self, text: str) -> Iterator[tuple[tuple[int, int], KoPattern]]:
        """The numbers opening the lines right below a labelled one, of its very shape (``여권
        ab3820174 DUBOIS CAMILLE``, then ``ab3820188 DUBOIS LEO``)."""
        if "\n" not in text or _PASSPORT_WORD_RE.search(text) is None:
            return
        for match in _ANY_CASE_NUMBER_RE.finditer(text):
            start, end = match.span()
            if embedded(text, start, end) or not self._own_label(text, start):
                continue
            shape = _shape(match.group())
            while (newline := text.find("\n", end)) >= 0:
                below = _LINE_OPENING_NUMBER_RE.match(text, newline + 1)
                if below is None or _shape(below["number"]) != shape:
                    break
                end = below.end("number")
                if not self.rejected(text, below.start("number"), end):
                    yield below.span("number"), _ROW_MATE

    def _own_label(self, text: str, start: int) -> bool:
        """Also a table cell under a passport column (| 여권번호 |, | Passport |), the
        English spellings of ``_ENGLISH_LABEL_RE`` (an airline's ``PP`` among them), the
        label in brackets after the number, and a chat's answer to a question for it."""
        if super()._own_label(text, start):
            return True
        if _ENGLISH_LABEL_RE.search(text, max(0, start - 24), start):
            return True
        if _COUNTRY_AFTER_LABEL_RE.search(text, max(0, start - 40), start):
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
