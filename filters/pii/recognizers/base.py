"""What the Korean pattern recognizers share.

presidio's Korean recognizers live under the ``kr`` country code with English context words,
its generic ones use ``\\b``, which never separates a digit or a Latin letter from a following
Hangul particle (010-1234-5678로, hong@example.com입니다: both sides are word characters).
The recognizers of this package reuse presidio's validators (RRN/FRN check digits, BRN check
digit, Luhn, driver's-licence region codes, ``ipaddress``) and replace patterns, context and
scoring:

- boundaries are digit lookarounds, never ``\\b``;
- each pattern has a base score and the score a passing validator gives (presidio's own
  recognizers jump to 1.0 on any valid checksum, which would make every tenth bare
  10-digit number a business number);
- negative context: a candidate right after 주문번호, 바코드, ISBN, 법인등록번호, 버전… is
  not an identifier, whatever its digits look like;
- context words are Korean, one list per recognizer, and matched against Kiwi lemmas by
  presidio's ``LemmaContextAwareEnhancer`` (see ``nlp_engine``): weak patterns only pass the
  score threshold with a context word nearby.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from typing import Any

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    RecognizerResult,
)

from filters.pii.nlp_engine import LANGUAGE

# Not preceded by a digit (or digit + separator), not followed by one: 2024-010-1234-5678 is
# not a phone number, 010-1234-5678로 is.
NO_DIGIT_BEFORE = r"(?<!\d[-.]?)"
NO_DIGIT_AFTER = r"(?![-.]?\d)"
SEP = r"(?:[ \u00a0]?[-.\u2010-\u2015\u2212][ \u00a0]?|[ \u00a0])"
DASH = r"[ \u00a0]?[-\u2010-\u2015\u2212][ \u00a0]?"
DATE6 = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
MASK = r"[*xX●○]"
_NEGATIVE_WINDOW = 20

# Numbers after these words are catalogue, order, document or product numbers.
NOT_PERSONAL = (
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


def bounded(regex_text: str) -> str:
    """``regex_text`` with no digit (or digit and separator) right before it or after it."""
    return f"{NO_DIGIT_BEFORE}{regex_text}{NO_DIGIT_AFTER}"


def digits_run(length: int) -> Callable[[str], bool]:
    """Gate: the pattern needs ``length`` consecutive digits somewhere in the text."""
    return lambda text: longest_digit_run(text) >= length


SIX_DIGITS, FOUR_DIGITS = digits_run(6), digits_run(4)


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

    NEGATIVE_CONTEXT: Sequence[str] = NOT_PERSONAL
    CONTEXT_WORDS: list[str]
    # presidio's generic PatternRecognizer names no entity of its own; its subclasses do.
    ENTITY: str | None = None
    patterns: list[KoPattern]
    supported_entities: list[str]
    name: str
    id: str

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        """This recognizer's patterns, each with its scores and gate."""
        return []

    @classmethod
    def create(cls) -> Any:
        """The recognizer for Korean with its patterns and context words."""
        named = {"supported_entity": cls.ENTITY, "name": cls.__name__} if cls.ENTITY else {}
        return cls(
            patterns=cls.ko_patterns(),
            context=cls.CONTEXT_WORDS,
            supported_language=LANGUAGE,
            **named,
        )

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


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())
