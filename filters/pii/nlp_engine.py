"""A presidio NLP engine for Korean built from Kiwi morphemes.

presidio's context words only raise a score when the NLP artifacts carry lemmas, and its
stock engines need spaCy models that do not exist for Korean offline. ``KiwiArtifacts`` turns
one ``filters.analysis.Analysis`` into what presidio reads: a spaCy ``Doc`` of words with
their character offsets, lemmas and keywords. Words are Kiwi morphemes with compound nouns
joined (주민+등록+번호 → 주민등록번호), so a context word such as 주민등록번호 matches.

Everything is lazy, because most documents have no candidate identifier at all: nothing is
decoded until a recognizer or the context enhancer asks. ``KiwiContextEnhancer`` (presidio's
lemma enhancer) asks only for the words around each match, so a 2,000-character document
with one phone number builds a few dozen words, not seven hundred. With an analysis the
quality stage already made, Kiwi never runs; without one, it runs once, on first use.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import Any

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc
from spacy.vocab import Vocab

from filters.analysis import Analysis, analyze, analyze_text
from filters.pii.clause import clause_bounds, implied_context

LANGUAGE = "ko"
# Parts of a compound noun: contiguous ones form one word (주민+등록+번호, 국민+은행).
_COMPOUND_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "XPN", "XSN", "XR", "SL", "SH"})
# Predicates get the dictionary form (신청하 → 신청하다), as spaCy lemmas do.
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "VCN", "XSV", "XSA"})
# Particles, endings, copula and symbols carry no context.
_FUNCTION_PREFIXES = ("J", "E", "S", "VCP")
_CONTENT_SYMBOL_TAGS = frozenset({"SL", "SH"})
# Particles: presidio's default keyword filter asks is_stopword (our artifacts use Kiwi tags).
_STOPWORDS = frozenset(
    ("이", "가", "은", "는", "을", "를", "의", "에", "에서", "와", "과", "도", "로")
)
_WINDOW = 16

Word = tuple[int, int, str, bool]


class _Keywords(list):
    """presidio tests ``lemma in keywords`` for every word of a context window; a set
    behind the list keeps that constant-time."""

    def __init__(self, items: Iterable[str]):
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def _is_content(tag: str) -> bool:
    return tag in _CONTENT_SYMBOL_TAGS or not tag.startswith(_FUNCTION_PREFIXES)


def _lemma(forms: list[str], tags: list[str]) -> str:
    if tags[0] in _PREDICATE_TAGS:
        return forms[0] + "다"
    if tags[0] in _COMPOUND_TAGS:
        return "".join(f for f, t in zip(forms, tags, strict=True) if t in _COMPOUND_TAGS)
    return "".join(forms)


def words_of(text: str, analysis: Analysis, first: int = 0, last: int | None = None) -> list[Word]:
    """(start, end, lemma, is_content) per word of morphemes ``first``…``last`` (all by
    default): morphemes overlapping one another (했 = 하+었) or forming a compound noun are
    one word; non-space characters Kiwi left out become words of their own."""
    last = len(analysis) if last is None else last
    words: list[list[Any]] = []
    cursor = analysis.starts[first] if first < last else 0

    def add_gap(start: int, end: int) -> None:
        gap = text[start:end]
        if gap.isspace():
            return
        for chunk in gap.split():
            offset = text.index(chunk, start)
            words.append([offset, offset + len(chunk), [chunk], ["SW"]])
            start = offset + len(chunk)

    for i in range(first, last):
        form, tag, start, end = (
            analysis.forms[i],
            analysis.tags[i],
            analysis.starts[i],
            analysis.ends[i],
        )
        if words and (
            start < words[-1][1]
            or end <= start
            or start == words[-1][1]
            and tag in _COMPOUND_TAGS
            and words[-1][3][-1] in _COMPOUND_TAGS
        ):
            word = words[-1]
            word[1] = max(word[1], end)
            word[2].append(form)
            word[3].append(tag)
        elif end > start:
            if start > cursor:
                add_gap(cursor, start)
            words.append([start, end, [form], [tag]])
        cursor = max(cursor, end)
    if last == len(analysis) and cursor < len(text):
        add_gap(cursor, len(text))
    return [(s, e, _lemma(forms, tags), _is_content(tags[0])) for s, e, forms, tags in words]


def _decode(analysis: Analysis | dict[str, Any] | None, text: str) -> Analysis | None:
    """The given analysis, or None when there is none or it cannot be of ``text``: Kiwi's
    morphemes reach the last non-space character, so a last morpheme ending anywhere else
    means the text changed after the analysis was made."""
    if analysis is None:
        return None
    if not isinstance(analysis, Analysis):
        analysis = Analysis.from_record(analysis, text)
    end = max(analysis.ends, default=0)
    return analysis if end <= len(text) and not text[end:].strip() else None


class KiwiArtifacts(NlpArtifacts):
    """presidio's ``NlpArtifacts`` for one text, from a Kiwi analysis (an ``Analysis``, its
    record form, or None to analyse on first use). Every attribute is built on first access.
    """

    def __init__(
        self,
        text: str,
        analysis: Analysis | dict[str, Any] | None,
        nlp_engine: KiwiNlpEngine,
        language: str = LANGUAGE,
    ):
        self.text = text
        self.nlp_engine = nlp_engine
        self.language = language
        self.entities: list[Any] = []
        self.scores: list[float] = []
        self.ran_kiwi = False
        self._source = analysis
        self._analysis: Analysis | None = None
        self._built: tuple[Doc, list[int], list[str], _Keywords] | None = None
        self._windows: dict[tuple[int, int], list[Word]] = {}

    @property
    def analysis(self) -> Analysis:
        """The Kiwi morphemes (decoded, or computed now when none was given)."""
        if self._analysis is None:
            decoded = _decode(self._source, self.text)
            self.ran_kiwi = decoded is None
            self._analysis = analyze_text(self.text) if decoded is None else decoded
            self._source = None
        return self._analysis

    def _build(self) -> tuple[Doc, list[int], list[str], _Keywords]:
        if self._built is None:
            words = words_of(self.text, self.analysis)
            surfaces = [self.text[s:e] for s, e, _, _ in words]
            spaces = [nxt[0] > cur[1] for cur, nxt in zip(words, words[1:], strict=False)]
            doc = Doc(self.nlp_engine.vocab, words=surfaces, spaces=[*spaces, False][: len(words)])
            lemmas = [lemma for _, _, lemma, _ in words]
            keywords = _Keywords(lemma.lower() for _, _, lemma, content in words if content)
            self._built = (doc, [s for s, _, _, _ in words], lemmas, keywords)
        return self._built

    @property
    def tokens(self) -> Doc:
        return self._build()[0]

    @property
    def tokens_indices(self) -> list[int]:
        return self._build()[1]

    @property
    def lemmas(self) -> list[str]:
        return self._build()[2]

    @property
    def keywords(self) -> _Keywords:
        return self._build()[3]

    def context_window(
        self, position: int, before: int, after: int, clause: tuple[int, int] | None = None
    ) -> tuple[list[str], _Keywords, int | None]:
        """(lemmas, keywords, index of the word at ``position``) for the words around it,
        enough of them to hold ``before``/``after`` content words on each side (or the whole
        text). Windows are whole blocks of ``_WINDOW`` morphemes (so nearby matches share
        one) cut at whitespace, so their words, lemmas and keywords are those the whole-text
        artifacts have there. ``clause`` (start, end) keeps only the words starting inside
        it, and the word at ``position``."""
        analysis = self.analysis
        count = len(analysis)
        block = max(bisect_right(analysis.starts, position) - 1, 0) // _WINDOW
        reach = 1
        while count:
            first = max((block - reach) * _WINDOW, 0)
            last = min((block + reach + 1) * _WINDOW, count)
            while first > 0 and not self._boundary(first):
                first -= 1
            while last < count and not self._boundary(last):
                last += 1
            if (first, last) not in self._windows:
                self._windows[first, last] = words_of(self.text, analysis, first, last)
            words = self._windows[first, last]
            index = next((i for i, w in enumerate(words) if position < w[1]), None)
            if index is None and last == count and words:
                index = len(words) - 1
            whole = first == 0 and last == count
            if index is not None and (
                whole
                or (sum(w[3] for w in words[: index + 1]) > before or first == 0)
                and (sum(w[3] for w in words[index:]) > after or last == count)
            ):
                if clause is not None:
                    lo, hi = clause
                    kept = [i for i, w in enumerate(words) if lo <= w[0] < hi or i == index]
                    index = kept.index(index)
                    words = [words[i] for i in kept]
                keywords = _Keywords(w[2].lower() for w in words if w[3])
                return [w[2] for w in words], keywords, index
            if whole:
                break
            reach *= 2
        return [], _Keywords(()), None

    def _boundary(self, i: int) -> bool:
        """Whitespace separates morpheme ``i`` from the one before: no word spans it."""
        gap = self.text[self._analysis.ends[i - 1] : self._analysis.starts[i]]
        return bool(gap) and gap.isspace()


class KiwiContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's lemma context enhancer (same window, score boost and matching) reading
    only the Kiwi words around each match instead of every word of the document, and only
    those of the match's clause (``filters.pii.clause``): a context word in another
    sentence, behind another label or labelling the next value says nothing about it; a
    table cell's column header, or a bank's short name right before it, does."""

    def _extract_surrounding_words(
        self, nlp_artifacts: NlpArtifacts, word: str, start: int
    ) -> list[str]:
        if not isinstance(nlp_artifacts, KiwiArtifacts):
            return super()._extract_surrounding_words(nlp_artifacts, word, start)
        clause = clause_bounds(nlp_artifacts.text, start, start + len(word))
        lemmas, keywords, index = nlp_artifacts.context_window(
            start, self.context_prefix_count, self.context_suffix_count, clause
        )
        if index is None:
            return [""]
        backward = self._add_n_words_backward(index, self.context_prefix_count, lemmas, keywords)
        forward = self._add_n_words_forward(index, self.context_suffix_count, lemmas, keywords)
        return list({*backward, *forward, *implied_context(nlp_artifacts.text, start)})

    @staticmethod
    def _find_supportive_word_in_context(
        context_list: list[str], recognizer_context_list: list[str], matching_mode: str = ""
    ) -> str:
        """presidio's substring match, except that a Latin context word of three letters or
        fewer (nh, kb, ip, tel) must be a whole word: inside Minh, recipient or hotel it
        names no bank, address or phone. Korean ones stay substrings (계좌 in 계좌번호)."""
        words = [word.lower() for word in context_list or ()]
        for context_word in recognizer_context_list or ():
            wanted = context_word.lower()
            whole = wanted.isascii() and len(wanted) <= 3
            if any(wanted == word if whole else wanted in word for word in words):
                return context_word
        return ""


class KiwiNlpEngine(NlpEngine):
    """Korean NLP engine for presidio's ``AnalyzerEngine``: Kiwi morphemes as artifacts.

    ``process_text`` runs Kiwi (presidio's own path); the pipeline hands
    ``artifacts(text, analysis)`` to ``AnalyzerEngine.analyze(nlp_artifacts=...)`` instead,
    so the analysis the quality stage made is reused and Kiwi does not run again.
    """

    engine_name = "kiwi"
    is_available = True

    def __init__(self) -> None:
        self.vocab = Vocab()

    def load(self) -> None:
        """Kiwi loads on the first analysis (filters.analysis.get_kiwi), never at setup."""

    def is_loaded(self) -> bool:
        return True

    def artifacts(
        self, text: str, analysis: Analysis | dict[str, Any] | None = None
    ) -> KiwiArtifacts:
        return KiwiArtifacts(text, analysis, self)

    def process_text(self, text: str, language: str) -> KiwiArtifacts:
        self._check_language(language)
        return KiwiArtifacts(text, analyze_text(text), self, language)

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, KiwiArtifacts]]:
        self._check_language(language)
        texts = list(texts)
        for text, analysis in zip(texts, analyze(texts), strict=True):
            yield text, KiwiArtifacts(text, analysis, self, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word in _STOPWORDS

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(unicodedata.category(c)[0] in "PS" for c in word)

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]

    @staticmethod
    def _check_language(language: str) -> None:
        if language != LANGUAGE:
            raise ValueError(f"KiwiNlpEngine analyses Korean ({LANGUAGE!r}), not {language!r}")
