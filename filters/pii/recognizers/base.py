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
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    RecognizerResult,
)

from filters.pii.clause import NOT_NEGATIVE, NOT_PERSONAL
from filters.pii.nlp_engine import LANGUAGE

# Not preceded by a digit (or digit + separator), not followed by one: 2024-010-1234-5678 is
# not a phone number, 010-1234-5678로 is.
NO_DIGIT_BEFORE = r"(?<!\d[-.]?)"
NO_DIGIT_AFTER = r"(?![-.]?\d)"
SEP = r"(?:[ \u00a0]?[-.\u2010-\u2015\u2212][ \u00a0]?|[ \u00a0])"
DASH = r"[ \u00a0]?[-\u2010-\u2015\u2212][ \u00a0]?"
DATE6 = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_NEGATIVE_WINDOW = 20

# Full-width forms (０-９, Ａ-Ｚ, －, ＋…), every Unicode dash (‐ ‑ ‒ – — ― − ﹣), middle dots and
# wide spaces,
# as ASCII: one code point for one, so offsets into the copy are offsets into the text.
_ASCII = str.maketrans(
    {
        **{chr(0xFF01 + i): chr(0x21 + i) for i in range(94)},
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63", "-"),
        # middle dots between digit groups (010·4418·2257) read as the dots they stand for
        **dict.fromkeys("\u00b7\u2027\u30fb\uff65", "."),
        "\u00a0": " ",
        "\u3000": " ",
    }
)
_last_ascii: tuple[str | None, str] = (None, "")


def ascii_form(text: str) -> str:
    """``text`` with full-width characters and dashes as ASCII, same length, when its
    numbers need it (a full-width digit, a Unicode dash or wide space between digits) or an
    address has a full-width ＠ (written so against address harvesters). Every
    recognizer asks it of the same text in turn, so the last answer is kept."""
    global _last_ascii
    cached = _last_ascii
    if cached[0] is text:
        return cached[1]
    folded = text.translate(_ASCII) if _digit_runs(text)[3] or "＠" in text else text
    _last_ascii = (text, folded)
    return folded


def embedded(text: str, start: int, end: int) -> bool:
    """The match is part of a longer token: an order id (ORD01012345678), a SKU
    (SKU-3333011234567), a hash, a file name or a URL, none of which is an identifier."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if _word_char(before) or _word_char(after):
        return True
    if before in "-_#" and start >= 2 and _word_char(text[start - 2], letters_only=True):
        return True
    if after in "-_" and end + 1 < len(text) and _word_char(text[end + 1], letters_only=True):
        return True
    token_start = start
    while token_start > 0 and not text[token_start - 1].isspace() and start - token_start < 200:
        token_start -= 1
    token = text[token_start:start]
    return "://" in token or token.startswith("www.")


def _word_char(char: str, letters_only: bool = False) -> bool:
    if not char.isascii():
        return False
    return char.isalpha() if letters_only else char.isalnum() or char == "_"


# Digit runs, with those one separator apart taken together (220 88 69974, 010–1234).
_DIGIT_GROUPS = re.compile(
    r"\d+(?:[- \u00a0\u3000\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u00b7\u2027\u30fb\uff65]\d+)*"
)
_DIGITS = re.compile(r"\d+")
_SPACES = (" ", "\u00a0", "\u3000")
_last_run: tuple[str | None, int, bool, bool] = (None, 0, False, False)


def _digit_runs(text: str) -> tuple[str | None, int, bool, bool]:
    """(text, longest run of digits, whether two runs are one space apart, whether a digit
    or a separator between digits is not ASCII: full-width or a Unicode dash). Every
    recognizer asks it of the same text in turn, so the last answer is kept (one tuple,
    swapped whole: safe across threads)."""
    global _last_run
    cached = _last_run
    if cached[0] is text:
        return cached
    joined = "\n".join(_DIGIT_GROUPS.findall(text))
    longest = max(map(len, _DIGITS.findall(joined)), default=0)
    spaced = any(space in joined for space in _SPACES)
    _last_run = (text, longest, spaced, not joined.isascii())
    return _last_run


def longest_digit_run(text: str) -> int:
    """Length of the longest run of digits."""
    return _digit_runs(text)[1]


def bounded(regex_text: str) -> str:
    """``regex_text`` with no digit (or digit and separator) right before it or after it."""
    return f"{NO_DIGIT_BEFORE}{regex_text}{NO_DIGIT_AFTER}"


def digits_run(length: int) -> Callable[[str], bool]:
    """Gate: the pattern needs ``length`` consecutive digits somewhere in the text."""
    return lambda text: longest_digit_run(text) >= length


SIX_DIGITS, FOUR_DIGITS = digits_run(6), digits_run(4)


def spaced_digits(length: int) -> Callable[[str], bool]:
    """Gate for groups joined by spaces (220 88 69974): two digit runs one space apart and a
    run of ``length``. Few texts have one, and such patterns have no literal the regex
    engine could skip to, so the gate spares scanning nearly every text."""
    return lambda text: (runs := _digit_runs(text))[2] and runs[1] >= length


def mentions(words: Sequence[str], length: int = 1) -> Callable[[str], bool]:
    """Gate for patterns that only pass with a context word: one of ``words`` (ASCII ones in
    lower, upper or title case) is in the text, and a run of ``length`` digits."""
    variants = {v for word in words for v in (word, word.upper(), word.title())}
    pattern = re.compile("|".join(map(re.escape, sorted(variants))))
    return lambda text: longest_digit_run(text) >= length and pattern.search(text) is not None


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


# The score of a value right after its own label whose check digit or date fails: enough to
# pass the default threshold on its own.
OWN_LABEL_SCORE = 0.5


@functools.lru_cache(maxsize=32)
def _own_label_pattern(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    if not labels:
        return None
    words = "|".join(map(re.escape, labels))
    return re.compile(
        rf"(?:{words})[\"']?(?:[ ]*\([^)]{{0,12}}\))?(?:[ ]*[:：)(]|은|는|이|가)?[ ]*[\"']?$", re.I
    )


def _word_end(window: str, word: str) -> int:
    """Where the last ``word`` in ``window`` ends, -1 if none; a Latin word only where it
    starts a word (``ver.`` of a version, not of naver.com)."""
    at = window.rfind(word)
    if at < 0:
        return -1
    if word[0].isascii() and word[0].isalpha():
        ends = [match.end() for match in re.finditer(rf"(?<![a-z]){re.escape(word)}", window)]
        return ends[-1] if ends else -1
    return at + len(word)


# A value as its sentence's subject and the words after it: 4471-… 은 기프트카드 일련번호
_SUBJECT_AFTER_RE = re.compile(
    r"[ ]?(?:은|는|이|가)[ ](?:[가-힣A-Za-z]{1,8}[ ])?(?P<word>[가-힣A-Za-z]{2,8})"
)
# A company's name, whose words are no labels: ㈜코드브릿지 holds 코드.
_COMPANY = re.compile(r"(?:㈜|\(주\))[ ]?[^\s/|,]+")
# A value listed right after another one: 여권번호: C4482019, C5593102.
_LISTED_VALUE_RE = re.compile(r"(?<![A-Za-z0-9\-])[A-Za-z0-9][A-Za-z0-9\-]{3,23},[ ]?$")
_SPACED_VALUE_RE = re.compile(r"[A-Za-z0-9\-]+[ ][A-Za-z0-9]")


class KoreanPatternMixin:
    """Fast, Korean-aware matching for presidio ``PatternRecognizer`` subclasses.

    presidio's ``PatternRecognizer.analyze`` times every pattern with ``datetime`` and applies
    case-insensitive global flags; this version runs precompiled case-sensitive patterns,
    applies the validators with per-pattern scores and drops negatively-contexted matches.
    """

    NEGATIVE_CONTEXT: Sequence[str] = NOT_PERSONAL
    CONTEXT_WORDS: list[str]
    # Labels that name exactly this type: a value of its shape right after one is scrubbed
    # even when its check digit or date fails (README, "Spellings and look-alikes").
    OWN_LABELS: Sequence[str] = ()
    # Patterns of a weaker spelling that count once another value of the record passes.
    SIBLING_PATTERNS: Sequence[str] = ()
    # False where a match may sit inside a longer token (e-mail and IP addresses in URLs).
    STANDALONE = True
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
        """A negative word (주문번호, 상품코드…) shortly before the match, on its line, with no
        context word of this recognizer after it (QR코드 … 연락처 010-… is a phone number)."""
        window = text[max(0, start - _NEGATIVE_WINDOW) : start]
        window = window[window.rfind("\n") + 1 :].lower()
        if not any(word in window for word in self.NEGATIVE_CONTEXT):
            return False
        for masked in NOT_NEGATIVE:
            window = window.replace(masked, " " * len(masked))
        window = _COMPANY.sub(lambda match: " " * len(match.group()), window)
        last = max((_word_end(window, word) for word in self.NEGATIVE_CONTEXT), default=-1)
        return last >= 0 and not any(word in window[last:] for word in self.CONTEXT_WORDS)

    def _named_after(self, text: str, end: int) -> bool:
        """The sentence goes on to call the match by a negative word: 4471-2093-1180-5527 은
        기프트카드 일련번호입니다 (the match its subject, one word at most between)."""
        after = _SUBJECT_AFTER_RE.match(text, end)
        if after is None or not self.NEGATIVE_CONTEXT:
            return False
        return after["word"].lower().startswith(tuple(self.NEGATIVE_CONTEXT))

    def rejected(self, text: str, start: int, end: int) -> bool:
        """No identifier whatever its shape: after a negative word or called one by the
        sentence, inside a longer token, a form's example or a placeholder of zeros."""
        return (
            self._negated(text, start)
            or self._named_after(text, end)
            or self.STANDALONE
            and embedded(text, start, end)
            or _example(text, start, end)
            or _placeholder(text[start:end])
        )

    def _own_label(self, text: str, start: int) -> bool:
        """The match sits right after its own label (주민등록번호: …, 카드번호 …, a JSON
        key ``"여권번호": "…"``), or is listed right after a value that does."""
        pattern = _own_label_pattern(tuple(self.OWN_LABELS))
        if pattern is None:
            return False
        if pattern.search(text, max(0, start - 24), start) is not None:
            return True
        if _SPACED_VALUE_RE.match(text, start):
            return False  # ARC 750310-… after a passport number is another value
        listed = _LISTED_VALUE_RE.search(text, max(0, start - 28), start)
        return listed is not None and self._own_label(text, listed.start())

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        folded = ascii_form(text)
        for pattern in self.patterns:
            if pattern.gate is not None and not pattern.gate(folded):
                continue
            for match in pattern.compiled.finditer(folded):
                start, end = match.span()
                if self.rejected(folded, start, end):
                    continue
                value = folded[start:end]
                validation = self.validate_result(value)
                if self.invalidate_result(value):
                    continue
                if validation is False:
                    if self._own_label(folded, start):
                        score = OWN_LABEL_SCORE
                    elif pattern.invalid_score is None:
                        continue
                    else:
                        score = pattern.invalid_score
                else:
                    score = pattern.validated_score if validation else pattern.score
                results.append(
                    self.result(start, self._end(folded, end), score, pattern, validation)
                )
        results = self._with_siblings(folded, results)
        return self._with_laid_out(folded, EntityRecognizer.remove_duplicates(results))

    def _with_siblings(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """A list of people, each with their number: once one value of the record passes on
        its own, the others written in a weaker spelling of ``SIBLING_PATTERNS`` (a dot or
        spaces between the parts, not an unbroken run) whose check did not fail are values
        too (MIAH SHAKIL (060314.7341093) below TRAN GIA BAO (180204-7369503))."""
        if not self.SIBLING_PATTERNS or len(results) < 2:
            return results
        names = [result.analysis_explanation.pattern_name for result in results]
        if not any(
            result.score >= OWN_LABEL_SCORE and name not in self.SIBLING_PATTERNS
            for result, name in zip(results, names, strict=True)
        ):
            return results
        for result, name in zip(results, names, strict=True):
            if (
                name in self.SIBLING_PATTERNS
                and result.analysis_explanation.validation_result is not False
                and not text[result.start : result.end].isdigit()
            ):
                result.score = max(result.score, OWN_LABEL_SCORE)
        return results

    def _end(self, text: str, end: int) -> int:
        """Where a match's value ends: the match's end (a recognizer may leave a suffix out)."""
        return end

    def _laid_out(self, text: str) -> Iterator[tuple[tuple[int, int], KoPattern]]:
        """(span, pattern) of each value a document's layout labels where no label word
        stands (a traveller list, a SWIFT message's field): none by default."""
        return iter(())

    def _with_laid_out(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """``results`` and the laid-out values, scored as after their own label (a weak match
        already found for one is raised to that score)."""
        laid_out = list(self._laid_out(text))
        if not laid_out:
            return results
        found = {(r.start, r.end): r for r in results}
        for (start, end), pattern in laid_out:
            if (start, end) in found:
                found[start, end].score = max(found[start, end].score, OWN_LABEL_SCORE)
            else:
                found[start, end] = self.result(start, end, OWN_LABEL_SCORE, pattern, None)
        return list(found.values())

    def result(
        self, start: int, end: int, score: float, pattern: Pattern, validation: bool | None
    ) -> RecognizerResult:
        """A result of this recognizer, explained by the pattern that found it."""
        explanation = _Explanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=pattern.name,
            pattern=pattern.regex,
            validation_result=validation,
            textual_explanation=f"Detected by `{self.name}` using pattern `{pattern.name}`",
        )
        return _Result(
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


def _placeholder(value: str) -> bool:
    """Only zeros where the digits go (000-000-000000, 000000-0000000): a form's example."""
    digits = digits_of(value)
    return bool(digits) and digits.strip("0") == ""


# What introduces a form's example value: 예) 123456789012, 예: 010-0000-0000, e.g. ….
_EXAMPLE_BEFORE = re.compile(r"(?:예[):]|예시[)]?[ ]?:?|\(예\)|e\.g\.,?|ex\))[ ]*$", re.IGNORECASE)


# A line that gives a form's example: 예) 홍길동 / 010-1234-5678 / 서울시 ○○구 ….
_EXAMPLE_LINE = re.compile(
    r"^[ \t]*(?:[※*•][ ]*)?(?:(?:작성|입력|기재)[ ]?)?(?:예[):]|예시[):]?|\(예\)|e\.g\.|ex\))",
    re.IGNORECASE | re.MULTILINE,
)


# What says the value before it shows a shape: M123A4567 형식, 010-1234-5678과 같은 형태.
_EXAMPLE_AFTER = re.compile(
    r"[ ]?(?:[와과][ ]?같은[ ])?(?:형식|형태)(?:[은는이의으로]|입니다|이다|[ ,.)]|$)"
    r"|[ ]?[은는이가]?[ ]?예시(?:입니다|이며|이고|이다|일|[ ,.)]|$)"
)


def _example(text: str, start: int, end: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return (
        _EXAMPLE_BEFORE.search(text, max(0, start - 8), start) is not None
        or _EXAMPLE_LINE.match(text, line) is not None
        or _EXAMPLE_AFTER.match(text, end) is not None
    )


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())
