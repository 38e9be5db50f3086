"""Korean phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from presidio_analyzer import PatternRecognizer

from filters.pii.recognizers.base import (
    FOUR_DIGITS,
    NO_DIGIT_AFTER,
    OWN_LABEL_SCORE,
    SEP,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
)

_AREA = r"0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])"
# Ministries and national agencies, whose units publish their numbers (외교부 영사콜센터).
_MINISTRIES_TEXT = """
    외교부 통일부 법무부 국방부 행정안전부 기획재정부 교육부 과학기술정보통신부 문화체육관광부
    농림축산식품부 산업통상자원부 보건복지부 환경부 고용노동부 여성가족부 국토교통부 해양수산부
    중소벤처기업부 국가보훈부 국세청 관세청 조달청 통계청 검찰청 경찰청 소방청 산림청 특허청 기상청
    해양경찰청 질병관리청 병무청 방위사업청 재외동포청 국가유산청 인사혁신처 법제처
    식품의약품안전처"""
_MINISTRIES = "|".join(_MINISTRIES_TEXT.split())
# A landline right after a public institution or one of its departments (국토교통부
# 주택정책과 044-201-3321, ○○구청 민원실 대표번호 02-…, 재난안전상황실(031-…)) is the
# office's published number.
_INSTITUTION = re.compile(
    r"(?P<office>시청|구청|군청|도청|주민센터|행정복지센터|경찰서|지구대|파출소|소방서|세무서|법원|"
    r"검찰청|교육청|교육지원청|보건소|공단|공사|정부|국회|위원회|민원실|민원센터|학교|행정실|교무실|"
    r"상황실|[가-힣]{2,}(?:부|처|청|과|국)"
    # a ministry's or an agency's unit: 외교부 영사콜센터, 국세청 세원정보과
    rf"|(?:{_MINISTRIES})[ ]+[가-힣]{{1,10}}(?:센터|과|실|국|팀|단)|부대|사단|여단|연대|대대)"
    # and a unit of it, no person named: 주민센터 민방위 담당, 교육지원청 평생교육팀,
    # 외국인청 서울남부 사무소, 구청 여권 발급 담당 부서
    r"(?:(?:[ ·]+[가-힣]{1,10}){0,2}?[ ·]*"
    r"(?:[가-힣]{0,8}(?:팀|계|센터|사무소|출장소|지소|분소|창구)|담당(?:[ ]?부서)?|부서))?"
    r"[ ]*[(:]?[ ]*"
    r"(?:\(?(?:대표|민원|팩스|fax|tel|전화)(?:번호|전화)?\)?[ ]*[:.(]?[ ]*)?$",
    re.IGNORECASE,
)
# Words ending like a department (…처, …과) that name a place to reach someone, not an office:
# 연락처: 02-…, 장비 회수 연락처 051-….
_NOT_INSTITUTIONS = (
    "연락처",
    "문의처",
    "거래처",
    "접수처",
    "근무처",
    "구입처",
    "발급처",
    "판매처",
    "배송처",
    "수령처",
    "제출처",
    "사용처",
    "결과",
    "효과",
    "사과",
    "약국",
)
# An office named in brackets right after its number: 문의 02-2133-7700 (민원실).
_INSTITUTION_AFTER = re.compile(
    r"[ ]*\((?:민원실|민원센터|대표|행정실|교무실|주민센터|행정복지센터|[가-힣]{1,8}과)\)"
    # or said to be an institution's main line: (구청 대표번호로 자동 연결)
    r"|[ ]*\((?:[^()\n]{0,12}[ ])?(?:시청|구청|군청|도청|주민센터)[ ]?대표[ ]?(?:번호|전화)"
    # or published: (병원 누리집 공개번호)
    r"|[ ]*\([^()\n]{0,16}공개[ ]?(?:번호|전화)\)"
)
# +82 and an area code as the national number: +82-2-3210-0404 is 02-3210-0404.
_PLUS_82 = re.compile(r"^\+82[ \-.]?(?:\(0\)[ ]?)?0?")
_PUBLIC_WINDOW = 40
_NUMBER_END = re.compile(r"\(?\d[\d)( .\-]*\d")
# The office's other number before this one: 교통정책과 031-228-2000, 팩스 031-228-2999.
_OFFICE_NUMBER_BEFORE = re.compile(
    r"\(?\d[\d)( .-]{6,}\d(?P<office>[ ]*\([가-힣]{2,8}\))?[ ]*[,/·]?[ ]*"
    r"(?:\(?(?:팩스|fax|tel|전화|대표|민원)\)?[ ]*[:.]?[ ]*"
    # or one of its units, no person named: …6114, 여권 발급 담당 부서 02-…
    r"|(?:[가-힣]{1,10}[ ]){0,3}(?:담당[ ]?부서|부서|창구|[가-힣]{0,8}팀)[ ]*[:.]?[ ]*)?$",
    re.IGNORECASE,
)


# Digits read aloud and written in Hangul (공일공 사칠이일 삼팔구공), as messages write a number
# to get past filters: a mobile or 070 prefix (공일공, 영일영, 공일일, 공칠공...) and exactly
# eight more.
_SPOKEN = str.maketrans("공영일이삼사오육칠팔구", "00123456789")
_SPOKEN_DIGIT = "[공영일이삼사오육칠팔구]"
_SPOKEN_SEP = r"[ \u00a0]?[-.\u2010-\u2015\u2212]?[ \u00a0]?"


def _spoken(text: str) -> bool:
    return any(prefix in text for prefix in ("공일", "영일", "공칠", "영칠"))


def _exchange(digits: str) -> str:
    """The digits between the prefix (mobile, area code, 050x) and the last four, of a
    number written nationally or with +82 (with or without the trunk 0)."""
    if digits.startswith("82"):
        digits = digits[2:] if digits.startswith("820") else "0" + digits[2:]
    prefix = 2 if digits.startswith("02") else 4 if digits.startswith("050") else 3
    return digits[prefix:-4]


# An airline booking's contact element (IATA): CTCM for a mobile, CTCH home, CTCB business,
# the number with its country code and no plus (CTCM 821055829910, SSR CTCM KE HK1/8210…).
_BOOKING_CONTACT = KoPattern(
    "booking contact",
    r"(?<![A-Z])CTC[MHB](?:[ ]+[A-Z0-9]{2}[ ]+HK1)?[ /]+(?P<number>\+?\d(?:[ ]?\d){8,14})(?!\d)",
    OWN_LABEL_SCORE,
)


class KoPhoneRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Korean phone numbers: mobile 010/011/016-019, +82 (with or without the trunk 0:
    +82 10-…, +8201012345678), area-code landlines, 070 and 050x safe numbers, in every
    spelling (hyphens or any dash, dots, spaces, parentheses, none, 010-12345678, slashes
    010/1234/5678, digits read aloud in Hangul: 공일공 사칠이일 삼팔구공).
    Nationwide business numbers (1588-xxxx, 1577-, 1644-…) and 080 toll-free lines are
    companies, not people, and are not matched; nor is a landline right after a public
    institution (○○구청 민원실 02-…, 국토교통부 주택정책과 044-…, a school's 행정실) or
    after that office's other number (…과 031-228-2000, 팩스 031-228-2999)."""

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
        "number",
        "whatsapp",
        "cell",
        "sms",
        "telegram",
        "viber",
        "wechat",
        "emergency",
        "비상",
    ]

    def _laid_out(self, text: str) -> Iterator[tuple[tuple[int, int], KoPattern]]:
        """The number of an airline booking's contact element (``_BOOKING_CONTACT``)."""
        if "CTC" in text:
            for match in _BOOKING_CONTACT.compiled.finditer(text):
                yield match.span("number"), _BOOKING_CONTACT

    def validate_result(self, pattern_text: str) -> bool | None:
        """Another country's number that its numbering plan says is a real line
        (phonenumbers' metadata, bundled with presidio): a phone without a context word;
        +12 34 56 78 is too short for +1 and stays a statistic."""
        if not pattern_text.startswith("+") or pattern_text.startswith("+82"):
            return None
        try:
            number = phonenumbers.parse(pattern_text, None)
        except phonenumbers.NumberParseException:
            return None
        return phonenumbers.is_valid_number(number) or None

    def invalidate_result(self, pattern_text: str) -> bool:
        """An all-zero exchange (010-0000-0000, 02-000-1234) is a placeholder written in forms
        and examples: no line is numbered with one."""
        return _exchange(digits_of(pattern_text.translate(_SPOKEN))).strip("0") == ""

    def _negated(self, text: str, start: int) -> bool:
        """Also a landline (not a mobile, 070 or 050x number) right after a public
        institution: an office's published number, not a person's."""
        if super()._negated(text, start):
            return True
        national = _PLUS_82.sub("0", text[start : start + 6], count=1)
        if text.startswith("+", start) and not national.startswith("0"):
            return False  # another country's number
        if national.startswith(("01", "070", "050", "(01", "(070", "(050", "00")):
            return False
        end = _NUMBER_END.match(text, start)
        if end is not None and _INSTITUTION_AFTER.match(text, end.end()):
            return True
        window = text[max(0, start - 2 * _PUBLIC_WINDOW) : start]
        window = window[window.rfind("\n") + 1 :]
        before = _OFFICE_NUMBER_BEFORE.search(window)
        if before is not None:
            if before["office"] and _INSTITUTION_AFTER.match(before["office"]):
                return True
            window = window[: before.start()]
        office = _INSTITUTION.search(window[-_PUBLIC_WINDOW:])
        return office is not None and not office["office"].endswith(_NOT_INSTITUTIONS)

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        mobile_prefix = rf"(?:\(01[016789]\)[ \u00a0]?|01[016789](?:\)[ \u00a0]?|{SEP}))"
        area_prefix = rf"(?:\({_AREA}\)[ \u00a0]?|{_AREA}(?:\)[ \u00a0]?|{SEP}))"
        intl_area = r"(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)"
        return [
            KoPattern(
                "mobile",
                bounded(rf"{mobile_prefix}(?:\d{{3,4}}{SEP}\d{{4}}|\d{{8}})"),
                0.7,
                gate=FOUR_DIGITS,
            ),
            KoPattern(
                "mobile slashed", bounded(r"01[016789]/\d{3,4}/\d{4}"), 0.6, gate=FOUR_DIGITS
            ),
            KoPattern(
                "mobile spoken",
                rf"(?<![가-힣])[공영](?:일[공영일육칠팔구]|칠[공영])"
                rf"(?:{_SPOKEN_SEP}{_SPOKEN_DIGIT}){{8}}",
                0.6,
                gate=_spoken,
            ),
            KoPattern("mobile digits", bounded(r"010\d{8}"), 0.6, gate=digits_run(11)),
            KoPattern("old mobile digits", bounded(r"01[16789]\d{7,8}"), 0.4, gate=digits_run(10)),
            KoPattern(
                "international",
                rf"(?<![\w+])\+82[ \u00a0.-]?(?:\(0\)[ \u00a0]?|0)?{intl_area}"
                rf"(?:{SEP}|\)[ \u00a0]?)?\d{{3,4}}{SEP}?\d{{4}}{NO_DIGIT_AFTER}",
                0.85,
            ),
            # another country's number (+33 6 12 34 56 78, +44 7700 900123, +1 (206) …): 8 to
            # 13 digits after its country code; a valid line in its country's plan, or a
            # context word near it (연락처, Mobile:, WhatsApp)
            KoPattern(
                "foreign",
                r"(?<![\w+])\+(?!82)[1-9]\d{0,2}(?=(?:[ \u00a0()-]{0,2}\d){7,12}(?![\d-]))"
                r"(?:[ \u00a0-]?(?:\(\d{1,4}\)|\d{1,4})){2,6}(?![\d-])",
                0.15,
                0.6,
                gate=lambda text: "+" in text,
            ),
            KoPattern(
                "landline", bounded(rf"{area_prefix}\d{{3,4}}{SEP}\d{{4}}"), 0.6, gate=FOUR_DIGITS
            ),
            KoPattern("landline digits", bounded(rf"{_AREA}\d{{7,8}}"), 0.3, gate=digits_run(9)),
        ]
