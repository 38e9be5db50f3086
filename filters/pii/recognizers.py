"""Korean PII recognizers for presidio, registered for language ``ko``.

presidio's Korean recognizers live under the ``kr`` country code with English context words,
its generic ones use ``\\b``, which never separates a digit or a Latin letter from a following
Hangul particle (010-1234-5678로, hong@example.com입니다: both sides are word characters).
The classes here reuse presidio's validators (RRN/FRN check digits, BRN check digit, Luhn,
driver's-licence region codes, ``ipaddress``) and replace patterns, context and scoring:

- boundaries are digit lookarounds, never ``\\b``;
- each pattern has a base score and the score a passing validator gives (presidio's own
  recognizers jump to 1.0 on any valid checksum, which would make every tenth bare
  10-digit number a business number);
- negative context: a candidate right after 주문번호, 바코드, ISBN, 법인등록번호, 버전… is
  not an identifier, whatever its digits look like;
- context words are Korean and matched against Kiwi lemmas by presidio's
  ``LemmaContextAwareEnhancer`` (see ``nlp_engine``): weak patterns only pass the score
  threshold with a context word nearby.
"""

from __future__ import annotations

import copy
import ipaddress
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import regex
import tldextract
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IpRecognizer,
)
from presidio_analyzer.predefined_recognizers.country_specific.korea import (
    KrBrnRecognizer,
    KrDriverLicenseRecognizer,
    KrFrnRecognizer,
    KrPassportRecognizer,
    KrRrnRecognizer,
)

from filters.pii.nlp_engine import LANGUAGE, KiwiArtifacts

# Not preceded by a digit (or digit + separator), not followed by one: 2024-010-1234-5678 is
# not a phone number, 010-1234-5678로 is.
_L = r"(?<!\d[-.]?)"
_R = r"(?![-.]?\d)"
_SEP = r"(?:[ \u00a0]?[-.\u2010-\u2015\u2212][ \u00a0]?|[ \u00a0])"
_DASH = r"[ \u00a0]?[-\u2010-\u2015\u2212][ \u00a0]?"
_DATE6 = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_MASK = r"[*xX●○]"
_AREA = r"0(?:2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70|50[2-8])"
_NEGATIVE_WINDOW = 20

# Numbers after these words are catalogue, order, document or product numbers.
_NOT_PERSONAL = (
    "주문번호",
    "주문 번호",
    "송장",
    "운송장",
    "일련번호",
    "시리얼",
    "serial",
    "바코드",
    "barcode",
    "isbn",
    "issn",
    "모델",
    "model",
    "품번",
    "상품번호",
    "제품번호",
    "사건번호",
    "의안번호",
    "법인등록번호",
    "법인번호",
    "고유번호",
    "접수번호",
    "예약번호",
    "승인번호",
    "인증번호",
    "문서번호",
    "특허",
    "출원번호",
    "우편번호",
    "버전",
    "version",
    "ver.",
    "쿠폰",
    "상품권",
    "핀번호",
    "pin",
    "기프트",
    "gift",
)
_ACCOUNT_WORDS = ("계좌", "입금", "송금", "이체", "예금주")


_DIGIT_RUN = re.compile(r"\d+")
_last_run: tuple[str | None, int] = (None, 0)


def longest_digit_run(text: str) -> int:
    """Length of the longest run of digits. Every recognizer asks it of the same text in
    turn, so the last answer is kept (one tuple, swapped whole: safe across threads)."""
    global _last_run
    cached = _last_run
    if cached[0] is text:
        return cached[1]
    length = max(map(len, _DIGIT_RUN.findall(text)), default=0)
    _last_run = (text, length)
    return length


def _digits_run(length: int) -> Callable[[str], bool]:
    """Gate: the pattern needs ``length`` consecutive digits somewhere in the text."""
    return lambda text: longest_digit_run(text) >= length


_SIX, _FOUR = _digits_run(6), _digits_run(4)


class _Explanation(AnalysisExplanation):
    """presidio deep-copies every result before context enhancement; an explanation holds
    only strings and numbers, so a shallow copy is a deep one, at a fraction of the cost."""

    def __deepcopy__(self, memo: dict) -> _Explanation:
        return copy.copy(self)


class _Result(RecognizerResult):
    def __deepcopy__(self, memo: dict) -> _Result:
        clone = copy.copy(self)
        clone.recognition_metadata = dict(self.recognition_metadata or {})
        clone.analysis_explanation = copy.copy(self.analysis_explanation)
        return clone


class KoPattern(Pattern):
    """A presidio pattern with the score it gets when the recognizer's validator passes, and
    when it fails (None: the match is dropped; a low score: only a context word saves it,
    as when 사업자등록번호 precedes a number whose check digit is wrong). ``gate`` is a cheap
    test of the whole text that skips the scan (no "::" and fewer than 7 colons: no IPv6)."""

    def __init__(
        self,
        name: str,
        regex_text: str,
        score: float,
        validated_score: float = 1.0,
        invalid_score: float | None = None,
        gate: Callable[[str], bool] | None = None,
    ):
        super().__init__(name, regex_text, score)
        self.validated_score = validated_score
        self.invalid_score = invalid_score
        self.gate = gate
        self.compiled = regex.compile(regex_text)


class KoreanPatternMixin:
    """Fast, Korean-aware matching for presidio ``PatternRecognizer`` subclasses.

    presidio's ``PatternRecognizer.analyze`` times every pattern with ``datetime`` and applies
    case-insensitive global flags; this version runs precompiled case-sensitive patterns,
    applies the validators with per-pattern scores and drops negatively-contexted matches.
    """

    NEGATIVE_CONTEXT: Sequence[str] = _NOT_PERSONAL
    patterns: list[KoPattern]
    supported_entities: list[str]
    name: str
    id: str

    def _negated(self, text: str, start: int) -> bool:
        window = text[max(0, start - _NEGATIVE_WINDOW) : start]
        window = window[window.rfind("\n") + 1 :].lower()
        return any(word in window for word in self.NEGATIVE_CONTEXT)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for pattern in self.patterns:
            if pattern.gate is not None and not pattern.gate(text):
                continue
            for match in pattern.compiled.finditer(text):
                start, end = match.span()
                if self._negated(text, start):
                    continue
                value = text[start:end]
                validation = self.validate_result(value)
                if self.invalidate_result(value):
                    continue
                if validation is False:
                    if pattern.invalid_score is None:
                        continue
                    score = pattern.invalid_score
                else:
                    score = pattern.validated_score if validation else pattern.score
                explanation = _Explanation(
                    recognizer=self.name,
                    original_score=score,
                    pattern_name=pattern.name,
                    pattern=pattern.regex,
                    validation_result=validation,
                    textual_explanation=f"Detected by `{self.name}` using pattern `{pattern.name}`",
                )
                results.append(
                    _Result(
                        self.supported_entities[0],
                        start,
                        end,
                        score,
                        analysis_explanation=explanation,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return EntityRecognizer.remove_duplicates(results)


def _korean(cls: type, patterns: list[KoPattern], context: list[str], **kwargs: Any):
    return cls(patterns=patterns, context=context, supported_language=LANGUAGE, **kwargs)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


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
            KoPattern("hyphenated", rf"{_L}{_DATE6}{_DASH}{g}\d{{6}}{_R}", 0.5, 1.0, gate=_SIX),
            KoPattern("digits", rf"{_L}{_DATE6}{g}\d{{6}}{_R}", 0.3, 0.7, gate=_SIX),
            KoPattern(
                "masked",
                rf"{_L}{_DATE6}{_DASH}{g}(?:{_MASK}{{6}}|\d{_MASK}{{5}})(?!{_MASK}|\d)",
                0.6,
                0.6,
                gate=_SIX,
            ),
        ]

    @classmethod
    def create(cls) -> KoRrnRecognizer:
        return _korean(cls, cls.ko_patterns(), cls.CONTEXT_WORDS)

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = _digits(pattern_text)
        return super().validate_result(digits) if len(digits) == 13 else None


class KoFrnRecognizer(KoRrnRecognizer, KrFrnRecognizer):
    """Foreigner registration number: the RRN layout with G 5-8 and its own check digit."""

    GENDER = "[5-8]"
    CONTEXT_WORDS = ["외국인", "등록번호", "frn", "alien"]


class KoPhoneRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Korean phone numbers: mobile 010/011/016-019, +82, area-code landlines, 070 and
    050x safe numbers, in the usual spellings (hyphens, dots, spaces, parentheses, none).
    Nationwide business numbers (1588-xxxx, 1577-, 1644-…) and 080 toll-free lines are
    companies, not people, and are not matched."""

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
    def create(cls) -> KoPhoneRecognizer:
        mobile_prefix = rf"(?:\(01[016789]\)[ \u00a0]?|01[016789](?:\)[ \u00a0]?|{_SEP}))"
        area_prefix = rf"(?:\({_AREA}\)[ \u00a0]?|{_AREA}(?:\)[ \u00a0]?|{_SEP}))"
        intl_area = r"(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)"
        patterns = [
            KoPattern("mobile", rf"{_L}{mobile_prefix}\d{{3,4}}{_SEP}\d{{4}}{_R}", 0.7, gate=_FOUR),
            KoPattern("mobile digits", rf"{_L}010\d{{8}}{_R}", 0.6, gate=_digits_run(11)),
            KoPattern(
                "old mobile digits", rf"{_L}01[16789]\d{{7,8}}{_R}", 0.4, gate=_digits_run(10)
            ),
            KoPattern(
                "international",
                rf"(?<![\w+])\+82[ \u00a0-]?(?:\(0\)[ \u00a0]?)?{intl_area}"
                rf"(?:{_SEP}|\)[ \u00a0]?)?\d{{3,4}}{_SEP}?\d{{4}}{_R}",
                0.85,
            ),
            KoPattern("landline", rf"{_L}{area_prefix}\d{{3,4}}{_SEP}\d{{4}}{_R}", 0.6, gate=_FOUR),
            KoPattern("landline digits", rf"{_L}{_AREA}\d{{7,8}}{_R}", 0.3, gate=_digits_run(9)),
        ]
        return _korean(
            cls, patterns, cls.CONTEXT_WORDS, supported_entity="PHONE_NUMBER", name=cls.__name__
        )


_TLD = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


class KoEmailRecognizer(KoreanPatternMixin, EmailRecognizer):
    """E-mail addresses that stop before a Korean particle (hong@example.com입니다). The
    domain must end in a public suffix (tldextract's bundled list, never fetched), which
    rejects file names such as logo@2x.png."""

    NEGATIVE_CONTEXT = ()
    CONTEXT_WORDS = ["메일", "email", "e-mail", "mail", "전자우편", "연락"]

    @classmethod
    def create(cls) -> KoEmailRecognizer:
        local = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}+"
        domain = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
        pattern = rf"(?<![A-Za-z0-9._%+\-]){local}@{domain}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
        return _korean(
            cls,
            [KoPattern("email", pattern, 0.5, 1.0, gate=lambda text: "@" in text)],
            cls.CONTEXT_WORDS,
        )

    def validate_result(self, pattern_text: str) -> bool:
        local, _, domain = pattern_text.rpartition("@")
        if local.startswith(".") or local.endswith(".") or ".." in local:
            return False
        parts = _TLD.extract_str(domain)
        return bool(parts.suffix and parts.domain)


class KoCreditCardRecognizer(KoreanPatternMixin, CreditCardRecognizer):
    """Card numbers: 4-4-4-4 groups (issuer digit 2-6: Master, JCB, Visa, Maestro, UnionPay;
    9: Korean domestic cards) or 4-6-5 (Amex) that pass Luhn, or fail it next to a card
    context word (카드번호); unbroken digits only when they pass (order numbers are long
    too). Gift-card and coupon PINs pass Luhn as well and are excluded by negative context."""

    CONTEXT_WORDS = ["카드", "card", "결제", "visa", "master", "신용", "체크"]

    @classmethod
    def create(cls) -> KoCreditCardRecognizer:
        patterns = [
            KoPattern(
                "grouped", rf"{_L}\d{{4}}([- ])\d{{4}}\1\d{{4}}\1\d{{4}}{_R}", 0.3, 1.0, 0.2, _FOUR
            ),
            KoPattern(
                "amex",
                rf"{_L}3[47]\d{{2}}([- ])\d{{6}}\1\d{{5}}{_R}",
                0.3,
                1.0,
                0.2,
                _digits_run(6),
            ),
            KoPattern("digits", rf"{_L}\d{{15,16}}{_R}", 0.2, 0.6, gate=_digits_run(15)),
        ]
        return _korean(cls, patterns, cls.CONTEXT_WORDS)

    def validate_result(self, pattern_text: str) -> bool:
        """Luhn (presidio's) and a card issuer: 15 digits for Amex, 16 for the others."""
        digits = _digits(pattern_text)
        amex = digits[:2] in ("34", "37")
        issuer = amex if len(digits) == 15 else digits[0] in "234569" and not amex
        return issuer and super().validate_result(digits)


class KoBankAccountRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Bank account numbers: 10-14 digits, grouped by hyphens as Korean banks print them
    (110-123-456789, 3333-01-1234567, 123456-01-234567). Account numbers have no common
    check digit, so they need a context word (계좌, 입금, a bank name) to pass."""

    CONTEXT_WORDS = [
        "계좌",
        "입금",
        "송금",
        "이체",
        "예금주",
        "은행",
        "뱅크",
        "농협",
        "신협",
        "새마을",
        "우체국",
        "수협",
        "저축",
        "account",
        "bank",
        "신한",
        "ibk",
        "kb",
        "nh",
        "환불",
        "무통장",
    ]

    @classmethod
    def create(cls) -> KoBankAccountRecognizer:
        patterns = [
            KoPattern(
                "grouped", rf"{_L}\d{{2,6}}(?:-\d{{2,7}}){{2,3}}{_R}", 0.3, gate=_digits_run(3)
            ),
            KoPattern("digits", rf"{_L}\d{{10,14}}{_R}", 0.2, gate=_digits_run(10)),
        ]
        return _korean(
            cls, patterns, cls.CONTEXT_WORDS, supported_entity="KR_BANK_ACCOUNT", name=cls.__name__
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if 10 <= len(_digits(pattern_text)) <= 14 else False


class KoBrnRecognizer(KoreanPatternMixin, KrBrnRecognizer):
    """Business registration number NNN-NN-NNNNN with its check digit (a failing check digit
    needs a context word such as 사업자등록번호); bare 10 digits only with a context word."""

    NEGATIVE_CONTEXT = (*_NOT_PERSONAL, *_ACCOUNT_WORDS)
    CONTEXT_WORDS = ["사업자", "등록번호", "brn", "business"]

    @classmethod
    def create(cls) -> KoBrnRecognizer:
        patterns = [
            KoPattern(
                "hyphenated", rf"{_L}\d{{3}}-\d{{2}}-\d{{5}}{_R}", 0.4, 0.9, 0.2, _digits_run(5)
            ),
            KoPattern("digits", rf"{_L}\d{{10}}{_R}", 0.1, 0.3, gate=_digits_run(10)),
        ]
        return _korean(cls, patterns, cls.CONTEXT_WORDS)


class KoPassportRecognizer(KoreanPatternMixin, KrPassportRecognizer):
    """Passport numbers (M123A4567, older M12345678); product codes look the same, so a
    context word (여권) is required."""

    CONTEXT_WORDS = ["여권", "passport"]

    @classmethod
    def create(cls) -> KoPassportRecognizer:
        edge = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
        patterns = [
            KoPattern(
                "current", rf"{edge[0]}[MSRODG]\d{{3}}[A-Z]\d{{4}}{edge[1]}", 0.3, gate=_FOUR
            ),
            KoPattern("previous", rf"{edge[0]}[MSRODG]\d{{8}}{edge[1]}", 0.2, gate=_digits_run(8)),
        ]
        return _korean(cls, patterns, cls.CONTEXT_WORDS)


_LICENSE_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산"


class KoDriverLicenseRecognizer(KoreanPatternMixin, KrDriverLicenseRecognizer):
    """Driver's licence numbers: NN-NN-NNNNNN-NN with a valid region code, or the older
    region-name form (서울 12-345678-90)."""

    CONTEXT_WORDS = ["운전", "면허", "license", "licence"]

    @classmethod
    def create(cls) -> KoDriverLicenseRecognizer:
        patterns = [
            KoPattern("numeric", rf"{_L}\d{{2}}-\d{{2}}-\d{{6}}-\d{{2}}{_R}", 0.3, 0.5, 0.2, _SIX),
            KoPattern(
                "region name",
                rf"(?:{_LICENSE_REGIONS})[ \u00a0]?\d{{2}}-\d{{6}}-\d{{2}}{_R}",
                0.6,
                gate=_SIX,
            ),
            KoPattern("digits", rf"{_L}\d{{12}}{_R}", 0.2, 0.2, gate=_digits_run(12)),
        ]
        return _korean(cls, patterns, cls.CONTEXT_WORDS)

    def validate_result(self, pattern_text: str) -> bool | None:
        if not pattern_text[0].isdigit():
            return None
        return super().validate_result(pattern_text)


def _may_hold_ipv6(text: str) -> bool:
    return "::" in text or text.count(":") >= 7


class KoIpRecognizer(KoreanPatternMixin, IpRecognizer):
    """IPv4 and IPv6 addresses, followed by Korean particles or not. Loopback, unspecified,
    broadcast, multicast, netmask values and network ranges (192.168.0.0/16) identify no one
    and are left alone; four-part version numbers after 버전/version are not addresses."""

    NEGATIVE_CONTEXT = (
        "버전",
        "version",
        "ver.",
        "펌웨어",
        "firmware",
        "빌드",
        "build",
        "릴리스",
        "release",
    )
    CONTEXT_WORDS = ["ip", "아이피", "접속", "서버", "주소", "address", "host"]

    @classmethod
    def create(cls) -> KoIpRecognizer:
        octet = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
        v4 = rf"(?<![\d.A-Za-z]){octet}(?:\.{octet}){{3}}(?:/(?:3[0-2]|[12]?\d))?(?!\d|\.\d)"
        v6 = (
            r"(?<![0-9A-Za-z_:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,7}"
            rf"(?:(?<=:){octet}(?:\.{octet}){{3}})?(?:%[0-9A-Za-z]+)?(?:/\d{{1,3}})?"
            r"(?![0-9A-Za-z_:]|\.\d)"
        )
        patterns = [
            KoPattern(
                "IPv4", v4, 0.6, gate=lambda text: "." in text and longest_digit_run(text) > 0
            ),
            KoPattern("IPv6", v6, 0.6, gate=_may_hold_ipv6),
        ]
        return _korean(cls, patterns, cls.CONTEXT_WORDS)

    def invalidate_result(self, pattern_text: str) -> bool:
        try:
            interface = ipaddress.ip_interface(pattern_text)
        except ValueError:
            return True
        address = interface.ip
        netmask = address.version == 4 and pattern_text.startswith("255.")
        network = "/" in pattern_text and address == interface.network.network_address
        return (
            netmask
            or network
            or address.is_loopback
            or address.is_unspecified
            or address.is_multicast
            or address.is_link_local
            and address.version == 6
        )


# A Hangul name: one of the common surnames, then one to three syllables.
_SURNAMES_2 = ("남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절")
_SURNAMES_1 = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민진나지"
    "엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
    "사부가복태목형피두감음빈동온시호범좌팽승간상갈단견당화창옹순빙묵계"
)
_NOT_NAMES = frozenset(
    [
        "하나",
        "예수",
        "부처",
        "석가",
        "알라",
        "주님",
        "고객",
        "회원",
        "선생",
        "사장",
        "부장",
        "과장",
        "대리",
        "대표",
        "교수",
        "원장",
        "손님",
        "기사",
        "여사",
        "사모",
        "형님",
        "누님",
        "아버",
        "어머",
        "부모",
        "할머",
        "할아",
        "신랑",
        "신부",
        "도련",
        "아가",
        "아저",
        "미상",
        "없음",
        "익명",
        "본인",
        "해당",
        "동일",
        "상동",
        "기타",
        "미정",
        "관리",
        "운영",
    ]
)
# Nouns for roles (구매자, 조합원, 수강생, 간호사…) and organisations (홍보팀) look like names
# to a surname check; without a proper-noun tag from Kiwi they are not taken for one.
_ROLE_ENDINGS = tuple("자원생사관객장인님부들") + (
    "팀",
    "과",
    "실",
    "처",
    "국",
    "청",
    "센터",
    "본부",
)
# Given names that end like a role noun (김혜원 is not a 회원, 이순자 not a 구매자).
_ROLE_LIKE_GIVEN_NAMES = frozenset(
    [
        "혜원",
        "채원",
        "지원",
        "서원",
        "예원",
        "가원",
        "하원",
        "주원",
        "도원",
        "태원",
        "재원",
        "승원",
        "세원",
        "영자",
        "미자",
        "순자",
        "정자",
        "옥자",
        "숙자",
        "경자",
        "춘자",
        "명자",
        "희자",
        "말자",
        "예인",
        "세인",
    ]
)
_TITLES = (
    "과장",
    "대리",
    "부장",
    "차장",
    "팀장",
    "사원",
    "주임",
    "실장",
    "이사",
    "본부장",
    "매니저",
    "주무관",
    "계장",
    "반장",
)
# Someone addressed by their role: 박은서 고객님, 김하준 회원님, 이서윤 환자분.
_ROLE_HONORIFICS = ("고객", "회원", "환자", "학부모", "보호자")
# Labels after which a name is the very next word. Strong ones (성명, 이름…) name a name
# field; weak ones (담당자, 신청인…) are also followed by 연락처, 이메일, 주소…, so after them
# (without a colon) only a word Kiwi tags as a proper noun counts.
_STRONG_LABELS = (
    "성명",
    "이름",
    "성함",
    "예금주",
    "본명",
    "실명",
    "고객명",
    "환자명",
    "수취인",
    "수령인",
    "받는 분",
    "받는분",
    "보내는 분",
    "보내는분",
    "받는 사람",
    "받는사람",
    "보낸 사람",
    "보낸사람",
    "보내는 사람",
)
_WEAK_LABELS = (
    "담당자",
    "작성자",
    "신청인",
    "신청자",
    "보호자",
    "대표자",
    "수신인",
    "수신자",
    "발신인",
    "발신자",
    "민원인",
    "피해자",
    "지원자",
    "의뢰인",
    "접수자",
    "담당",
    "피보험자",
    "계약자",
    "수험생",
    "참석자",
    "수신",
    "발신",
    "작성",
    "대표",
    "개인사업자",
    "보증인",
    "임차인",
    "임대인",
    "채무자",
    "채권자",
)
_LABEL_RE = re.compile(
    r"(?P<label>"
    + "|".join(sorted((*_STRONG_LABELS, *_WEAK_LABELS), key=len, reverse=True))
    + r")(?P<sep>[ \u00a0]*[:：][ \u00a0]*|[ \u00a0]*[)\]】][ \u00a0]*|[ \u00a0]+"
    + r"|(?:은|는)[ \u00a0]+)"
)
_LIST_SEP_RE = re.compile(r"[ \u00a0]*[,，、·/][ \u00a0]*")
# Cheap whole-text test (a literal alternation: stdlib re) before any name rule runs.
_CUE_RE = re.compile(
    "|".join(
        (
            *("씨", "님", "드림", "올림", "배상", "귀하", "안녕하세요", "저는", "제 이름은"),
            *_TITLES,
            *_ROLE_HONORIFICS,
        )
    )
)
_TITLE_RE = re.compile(
    r"[ \u00a0](?:" + "|".join(_TITLES) + r"|(?:" + "|".join(_ROLE_HONORIFICS) + r")(?:님|분))"
)
# An age or sex between a name and 씨 in news copy: 성수아(45) 씨, 김민준(32·회사원) 씨.
_ASIDE_RE = re.compile(r"\((?:\d{1,3}|[남여])(?:[·,/][ \u00a0]?[가-힣\d]{1,4})?\)$")
_CLOSING_RE = re.compile(r"[ \u00a0](?:드림|올림|배상|귀하)(?![가-힣])")
_INTRO_RE = re.compile(r"(?:안녕하세요|저는|제 이름은)[,.!]?[ \u00a0]+")
_INTRO_END = ("입니다", "이에요", "예요", "이라고", "라고")
# Morphemes that end a name inside its word: particles, endings, copula, 씨/님.
_SUFFIX_TAGS = ("J", "E", "VCP", "XSN")


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _plausible_name(name: str) -> bool:
    if not 2 <= len(name) <= 4 or not all(_is_hangul(c) for c in name):
        return False
    if name[:2] in _NOT_NAMES:
        return False
    if name[:2] in _SURNAMES_2:
        return len(name) >= 3
    return name[0] in _SURNAMES_1


class KoPersonRecognizer(EntityRecognizer):
    """Person names, only where the text says a name is there (precision first):

    - after a label: 성명: 홍길동, 이름 홍길동, 담당자: 김민준, 참석자: 임정숙, 주다은,
      [보낸 사람] 성보람;
    - before 씨/님: 박서연 씨가, 윤서준 님께서, past an age or sex aside: 성수아(45) 씨;
    - before a job title (김민준 과장), a role addressed with 님/분 (박은서 고객님), a letter
      closing or address (남민준 드림, 신태윤 귀하), and in a self-introduction
      (안녕하세요, 강소윤입니다).

    The name is the Hangul word at that place minus its particles and endings (Kiwi's
    morphemes say where those start: 홍길동입니다 → 홍길동), two to four syllables after a
    common surname. Kiwi splits unseen names unpredictably (김/NNP 승/NNG 민/NNG, or one
    NNG), so a proper-noun (NNP) morpheme inside the word is strong evidence; without one the
    word needs a strong cue (a name label, a colon, 씨) and three or four syllables that do
    not end like a role noun (구매자, 조합원, 간호사) or an organisation (홍보팀).
    """

    def __init__(self, strong_score: float = 0.85, weak_score: float = 0.8):
        self.strong_score = strong_score
        self.weak_score = weak_score
        super().__init__(
            supported_entities=["PERSON"], supported_language=LANGUAGE, name="KoPersonRecognizer"
        )

    def load(self) -> None:
        """Nothing to load: the morphemes come with the NLP artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        labels = list(_LABEL_RE.finditer(text))
        cued = _CUE_RE.search(text) is not None
        if not isinstance(nlp_artifacts, KiwiArtifacts) or not (labels or cued):
            return []
        analysis = nlp_artifacts.analysis
        found: dict[tuple[int, int], float] = {}

        def add(candidate: tuple[int, int, bool] | None, plain_ok: bool, score: float) -> bool:
            if candidate is None or not (
                candidate[2] or plain_ok and self._plain_ok(text, candidate)
            ):
                return False
            span = candidate[:2]
            found[span] = max(found.get(span, 0.0), score)
            return True

        for match in labels:
            strong = match["label"] in _STRONG_LABELS
            colon = ":" in match["sep"] or "：" in match["sep"]
            score = self.strong_score if strong else self.weak_score
            candidate = self._candidate_at(text, analysis, match.end())
            while add(candidate, strong or colon, score) and colon:
                separator = _LIST_SEP_RE.match(text, candidate[1])
                if not separator:
                    break
                candidate = self._candidate_at(text, analysis, separator.end())
        if not cued:
            return self._results(found)
        for j in self._honorifics(text, analysis):
            end = analysis.starts[j]
            end -= text[end - 1 : end] in (" ", "\u00a0")
            aside = _ASIDE_RE.search(text, max(0, end - 12), end)
            end = aside.start() if aside else end
            plain_ok = analysis.forms[j] == "씨"
            add(self._candidate_before(text, analysis, end), plain_ok, self.weak_score)
        for cue in (*_TITLE_RE.finditer(text), *_CLOSING_RE.finditer(text)):
            plain = cue.group().strip() not in _TITLES
            add(self._candidate_before(text, analysis, cue.start()), plain, self.weak_score)
        for intro in _INTRO_RE.finditer(text):
            candidate = self._candidate_at(text, analysis, intro.end())
            if candidate and text.startswith(_INTRO_END, candidate[1]):
                add(candidate, True, self.weak_score)
        return self._results(found)

    def _results(self, found: dict[tuple[int, int], float]) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                "PERSON",
                start,
                end,
                score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for (start, end), score in sorted(found.items())
        ]

    @staticmethod
    def _honorifics(text: str, analysis: Any) -> Iterator[int]:
        """Indexes of the 씨/님 morphemes (bound noun or suffix), found via the text."""
        for char in ("씨", "님"):
            position = text.find(char)
            while position >= 0:
                j = bisect_left(analysis.starts, position)
                if (
                    j < len(analysis)
                    and analysis.starts[j] == position
                    and analysis.forms[j] == char
                    and analysis.tags[j] in ("NNB", "XSN")
                ):
                    yield j
                position = text.find(char, position + 1)

    @staticmethod
    def _plain_ok(text: str, candidate: tuple[int, int, bool]) -> bool:
        """A name without a proper-noun tag: surname plus two syllables (three after a
        two-syllable surname), not ending like a role noun."""
        name = text[candidate[0] : candidate[1]]
        full_length = 4 if name[:2] in _SURNAMES_2 else 3
        return len(name) == full_length and (
            not name.endswith(_ROLE_ENDINGS) or name[-2:] in _ROLE_LIKE_GIVEN_NAMES
        )

    @staticmethod
    def _candidate_at(text: str, analysis: Any, start: int) -> tuple[int, int, bool] | None:
        """The name-like word starting at ``start``: the Hangul run minus the particles and
        endings Kiwi found at its end (a three-syllable word keeps its last syllable, which
        Kiwi often mistakes for a particle: 한윤+아, 김하+은)."""
        if start >= len(text) or not _is_hangul(text[start]):
            return None
        end = start
        while end < len(text) and _is_hangul(text[end]):
            end += 1
        starts, tags = analysis.starts, analysis.tags
        first = bisect_left(starts, start)
        last = bisect_left(starts, end)
        cut = end
        for i in range(last - 1, first, -1):
            if not tags[i].startswith(_SUFFIX_TAGS) and not (
                tags[i] == "NNB" and analysis.forms[i] in ("씨", "님")
            ):
                break
            cut = starts[i]
        if cut - start == 2 and end - start == 3:
            cut = end
        if text[cut - 1] in "님씨" and cut - start > 2:
            cut -= 1  # Kiwi read 백승아님 as 백승 + 아니 + ㅁ: no name ends in an honorific
        if not _plausible_name(text[start:cut]):
            return None
        proper = any(
            tags[i] == "NNP" and starts[i] < cut and analysis.ends[i] > start
            for i in range(max(first - 1, 0), last)
        )
        return start, cut, proper

    @classmethod
    def _candidate_before(cls, text: str, analysis: Any, end: int) -> tuple[int, int, bool] | None:
        """The name-like word ending exactly at ``end``."""
        start = end
        while start > 0 and _is_hangul(text[start - 1]):
            start -= 1
        candidate = cls._candidate_at(text, analysis, start)
        return candidate if candidate and candidate[1] == end else None


def korean_recognizers(person: bool = True) -> list[EntityRecognizer]:
    """Every recognizer of the Korean PII stage, in a fixed order."""
    recognizers: list[EntityRecognizer] = [
        KoRrnRecognizer.create(),
        KoFrnRecognizer.create(),
        KoPhoneRecognizer.create(),
        KoEmailRecognizer.create(),
        KoCreditCardRecognizer.create(),
        KoBankAccountRecognizer.create(),
        KoBrnRecognizer.create(),
        KoPassportRecognizer.create(),
        KoDriverLicenseRecognizer.create(),
        KoIpRecognizer.create(),
    ]
    if person:
        recognizers.append(KoPersonRecognizer())
    return recognizers


ENTITY_TYPES = (
    "KR_RRN",
    "KR_FRN",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "KR_BANK_ACCOUNT",
    "KR_BRN",
    "KR_PASSPORT",
    "KR_DRIVER_LICENSE",
    "IP_ADDRESS",
    "PERSON",
)
