"""Document quality rules, datatrove-style: one rule is a name, a measure, a threshold and the
comparison that passes. Every rule of a set is evaluated (for provenance and tuning); the
first failed one is the reason a document is dropped.

Two families:

* ``fineweb2_rules``: FineWeb-2's Korean filter set (Gopher repetition, FineWeb quality,
  Gopher quality) with its Korean thresholds. It runs on whatever the caller calls words: Kiwi
  morpheme surfaces in our pipeline (what FineWeb-2 itself used for Korean), whitespace eojeol
  in the baseline (what a whitespace pipeline sees).
* ``korean_rules``: what only a morphological analysis can see (sentence-final endings,
  particles, noun/predicate balance, morpheme-matched spam lexicon) plus script and
  repetition checks tuned for Korean.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from curate.settings import FineWeb2Settings, KoreanRuleSettings, QualitySettings
from filters.analysis import Analysis, get_kiwi
from filters.lexicons import entries
from filters.ngram_repetition import NgramIndex
from filters.sales_pitch import sales_pitch_calls
from filters.script_stats import ScriptCounts
from filters.translationese import translationese_ratio

_PASSES: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
}
# FineWeb's line-end characters, plus the full-width ones Korean pages also use.
LINE_END_CHARS = (".", "'", '"', "!", "?", "。", "！", "？")
_LINE_RUNS = re.compile("\n+")
_SYMBOLS_ONLY = re.compile(r"[\W_]+")
_LETTER = re.compile(r"[^\W\d_]")
_BULLET = re.compile(r"\s*(?:•|-(?![A-Za-z-]))")
_REPEATED_CHARS = re.compile(r"([^\s\d.])\1{2,}")
SYMBOL_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB", "Z_CODA"})
PARTICLE_PREFIXES = ("JK", "JX", "JC")
NOUN_PREFIXES = ("NNG", "NNP", "NNB", "NR", "NP")
# A sentence is closed by a sentence-final ending, or by a nominalising ending: the -함/-음
# style (개조식) of bills, reports and notices closes sentences with ETN instead of EF.
CLOSING_PREFIXES = ("EF", "ETN")
# A line that ends on a connective ending or a particle breaks a clause that goes on on the
# next line (verse, hard-wrapped messages); a line holding a sentence-final or connective
# ending is a clause, not a list item or a menu entry.
CONTINUING_PREFIXES = ("EC", "J")
CLAUSE_PREFIXES = ("EF", "EC")
NON_HANGUL_TAGS = frozenset({"SL", "SH", "SN"})
_BRACKET_TAGS = frozenset({"SSO", "SSC"})
QUOTE_MARKS = frozenset("\"'“”‘’「」『』«»")
PREDICATE_PREFIXES = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA")
WEB_TOKEN_PREFIX = "W_"


class Verdict(NamedTuple):
    """One rule evaluated on one document (a tuple: dozens are made per document)."""

    rule: str
    value: float
    threshold: float
    passed: bool
    op: str

    @classmethod
    def of(cls, rule: str, value: float, threshold: float, op: str) -> Verdict:
        """``value <op> threshold`` passes."""
        return cls(rule, float(value), threshold, _PASSES[op](value, threshold), op)


@dataclass(frozen=True)
class Rule:
    """``measure(doc) <op> threshold`` passes the document."""

    name: str
    measure: Callable[[DocView], float]
    threshold: float
    op: str

    def check(self, doc: DocView) -> Verdict:
        return Verdict.of(self.name, self.measure(doc), self.threshold, self.op)


def evaluate(rules: Iterable[Rule], doc: DocView) -> list[Verdict]:
    return [rule.check(doc) for rule in rules]


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


class DocView:
    """One document as the rules see it; shared intermediate results are computed once.

    ``words`` is the tokenisation the FineWeb-2 rules count (morpheme surfaces or whitespace
    eojeol); ``analysis`` is needed only by the Korean rules.
    """

    def __init__(
        self,
        text: str,
        words: Sequence[str],
        analysis: Analysis | None = None,
        scripts: ScriptCounts | None = None,
    ):
        self.text = text
        self.words = words
        self.analysis = analysis
        self._scripts = scripts

    @classmethod
    def whitespace(cls, text: str) -> DocView:
        return cls(text, text.split())

    @classmethod
    def morphemes(cls, text: str, analysis: Analysis, scripts: ScriptCounts | None = None):
        """Words are the morphemes' surface strings, as datatrove's Kiwi tokenizer yields."""
        words = [text[s:e] for s, e in zip(analysis.starts, analysis.ends, strict=True)]
        return cls(text, [w for w in words if w.strip()], analysis, scripts)

    @cached_property
    def scripts(self) -> ScriptCounts:
        return self._scripts if self._scripts is not None else ScriptCounts.of(self.text)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def mean_line_chars(self) -> float:
        """Mean length of the non-blank lines: short in lists, verse and option tables, long in
        running prose."""
        lengths = [len(line) for line in self.lines if line.strip()]
        return _ratio(sum(lengths), len(lengths))

    @cached_property
    def non_symbol_words(self) -> list[str]:
        return [w for w in self.words if w.isalnum() or not _SYMBOLS_ONLY.fullmatch(w)]

    @cached_property
    def ngrams(self) -> NgramIndex:
        return NgramIndex(self.words)

    @cached_property
    def tag_counts(self) -> Counter[str]:
        return Counter(self.analysis.tags)

    def tagged(self, prefixes: tuple[str, ...]) -> int:
        return sum(n for tag, n in self.tag_counts.items() if tag.startswith(prefixes))

    @cached_property
    def content_morphemes(self) -> int:
        """Morphemes that are not punctuation or symbols."""
        return len(self.analysis) - sum(self.tag_counts[tag] for tag in SYMBOL_TAGS)

    @cached_property
    def line_tokens(self) -> list[tuple[int, int]]:
        """(first, end) token indexes of each of ``lines``."""
        spans, start, starts = [], 0, self.analysis.starts
        for line in self.lines:
            end = start + len(line)
            spans.append((bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))
            start = end + 1
        return spans

    @cached_property
    def sentences(self) -> list[tuple[str, int]]:
        """(closing tag, morpheme count) of every sentence. Punctuation alone is not a
        sentence: the closing quote after a quoted line's full stop, a lone bullet."""
        tags = self.analysis.tags
        result, first = [], 0
        for end in _sentence_ends(self):
            if not all(tag in SYMBOL_TAGS for tag in tags[first:end]):
                result.append((_closing_tag(self.analysis, first, end), end - first))
            first = end
        return result

    @cached_property
    def korean_morphemes(self) -> int:
        """Content morphemes written in Hangul (not Latin, Hanja, numbers or web tokens)."""
        foreign = sum(self.tag_counts[tag] for tag in NON_HANGUL_TAGS)
        return self.content_morphemes - foreign - self.tagged((WEB_TOKEN_PREFIX,))


# FineWeb-2 / Gopher / FineWeb measures (datatrove semantics).


def dup_line_frac(doc: DocView) -> float:
    lines = _LINE_RUNS.split(doc.text)
    return _ratio(len(lines) - len(set(lines)), len(lines))


def top_ngram_frac(n: int) -> Callable[[DocView], float]:
    def measure(doc: DocView) -> float:
        return _ratio(doc.ngrams.top_chars(n), len(doc.text))

    return measure


def dup_ngram_frac(n: int) -> Callable[[DocView], float]:
    def measure(doc: DocView) -> float:
        return _ratio(doc.ngrams.duplicate_chars(n), len(doc.text))

    return measure


def line_punct_ratio(doc: DocView) -> float:
    return _ratio(sum(line.endswith(LINE_END_CHARS) for line in doc.lines), len(doc.lines))


def line_closed_ratio(doc: DocView) -> float:
    """FineWeb's line punctuation, read the Korean way: a line is also closed by a
    sentence-final ending (EF, or the -함/-음 ETN) without a full stop, as verse, dialogue,
    UI messages and 개조식 notes write it. Without an analysis it is ``line_punct_ratio``."""
    if doc.analysis is None:
        return line_punct_ratio(doc)
    closed, lines = 0, 0
    for line, (first, end) in zip(doc.lines, doc.line_tokens, strict=True):
        if line.strip():
            lines += 1
            closed += line.rstrip().endswith(LINE_END_CHARS) or _closing_tag(
                doc.analysis, first, end
            ).startswith(CLOSING_PREFIXES)
    return _ratio(closed, lines)


def in_running_prose(
    measure: Callable[[DocView], float], min_line_chars: float
) -> Callable[[DocView], float]:
    """``measure`` where lines are running prose (mean non-blank line of at least
    ``min_line_chars``), 0 elsewhere. Lists, verse, option tables and statute items repeat
    their frames line after line (a refrain, "…를 선택합니다"); Gopher's repetition rules were
    written for running text and drop such pages by the dozen. 0 turns the gate off."""

    def measure_in_prose(doc: DocView) -> float:
        return measure(doc) if doc.mean_line_chars >= min_line_chars else 0.0

    return measure_in_prose


def char_dup_ratio(doc: DocView) -> float:
    seen: set[str] = set()
    duplicated = 0
    for line in doc.lines:
        if not line.strip():
            continue
        if line in seen:
            duplicated += len(line)
        seen.add(line)
    return _ratio(duplicated, len(doc.text) - doc.text.count("\n"))


def new_line_ratio(doc: DocView) -> float:
    return _ratio(doc.text.count("\n"), len(doc.words))


def clause_new_line_ratio(doc: DocView) -> float:
    """FineWeb's new-line ratio read the Korean way: a break after a clause (a line holding a
    sentence-final or connective ending) is verse or dialogue, not a list, so only the breaks
    after other lines count (list items, menu entries, headings, blank lines). Without an
    analysis it is ``new_line_ratio``."""
    if doc.analysis is None:
        return new_line_ratio(doc)
    tags = doc.analysis.tags
    breaks = sum(
        not any(tag.startswith(CLAUSE_PREFIXES) for tag in tags[first:end])
        for first, end in doc.line_tokens[:-1]
    )
    return _ratio(breaks, len(doc.words))


def word_count(doc: DocView) -> float:
    return len(doc.non_symbol_words)


def mean_word_length(doc: DocView) -> float:
    return _ratio(sum(map(len, doc.non_symbol_words)), len(doc.non_symbol_words))


def hash_ratio(doc: DocView) -> float:
    return _ratio(doc.text.count("#"), len(doc.words))


def ellipsis_ratio(doc: DocView) -> float:
    return _ratio(doc.text.count("...") + doc.text.count("…"), len(doc.words))


def bullet_lines_ratio(doc: DocView) -> float:
    lines = doc.text.splitlines()
    return _ratio(sum(line.lstrip().startswith(("•", "-")) for line in lines), len(lines))


def list_bullet_lines_ratio(doc: DocView) -> float:
    """``bullet_lines_ratio`` without option lines: a dash before a Latin letter or another
    dash opens a command-line option (``-b, --bytes``), as manuals list them, not a bullet."""
    lines = doc.text.splitlines()
    return _ratio(sum(_BULLET.match(line) is not None for line in lines), len(lines))


def ellipsis_lines_ratio(doc: DocView) -> float:
    lines = doc.text.splitlines()
    return _ratio(sum(line.rstrip().endswith(("...", "…")) for line in lines), len(lines))


def _has_letter(word: str) -> bool:
    """``any(c.isalpha() for c in word)``, fast for the common all-letter and no-letter words
    (the regex alone would count ① and other numeric signs as letters)."""
    return word.isalpha() or (_LETTER.search(word) is not None and any(c.isalpha() for c in word))


def alpha_word_ratio(doc: DocView) -> float:
    alpha = sum(1 for word in doc.words if _has_letter(word))
    return _ratio(alpha, len(doc.words))


def eojeol_alpha_word_ratio(doc: DocView) -> float:
    """FineWeb's alpha-word ratio on whitespace words (eojeol) where the other rules count
    morphemes: Kiwi splits punctuation off every word (``--sort=none`` is five morphemes,
    three of them symbols), so on morphemes option lists and punctuated prose lose words
    that FineWeb, splitting on spaces, counts as alphabetic."""
    return alpha_word_ratio(DocView.whitespace(doc.text))


def stop_word_count(stop_words: frozenset[str]) -> Callable[[DocView], float]:
    def measure(doc: DocView) -> float:
        return sum(word in stop_words for word in doc.words)

    return measure


# Korean measures on the Kiwi analysis.


@functools.cache
def stop_morphemes(name: str = "stop_morphemes_ko.txt") -> dict[str, tuple[str, ...]]:
    """form → tag prefixes it counts with (``이`` as a subject particle, not as a tooth)."""
    table = {}
    for entry in entries(name):
        form, tags = entry.split("\t")
        table[form] = tuple(tags.split(","))
    return table


def stop_morpheme_count(doc: DocView) -> float:
    table = stop_morphemes()
    analysis = doc.analysis
    return sum(
        1
        for form, tag in zip(analysis.forms, analysis.tags, strict=True)
        if form in table and tag.startswith(table[form])
    )


def _positions(items: Sequence[str], value: str) -> Iterator[int]:
    """Indexes of ``value`` in ``items`` (``index`` scans in C, a Python loop would not)."""
    found = -1
    while True:
        try:
            found = items.index(value, found + 1)
        except ValueError:
            return
        yield found


def _sentence_ends(doc: DocView) -> list[int]:
    """Token index just past each sentence: after sentence-final punctuation (SF) and at line
    ends, except where a line stops mid-clause (on a connective ending or a particle) and the
    next line goes on: verse and hard-wrapped text break lines inside sentences. Kiwi's own
    sentence split stumbles on Hanja-mixed text; these boundaries do not."""
    tags = doc.analysis.tags
    ends = {i + 1 for i in _positions(tags, "SF")}
    lines, spans = doc.lines, doc.line_tokens
    for index, (first, end) in enumerate(spans[:-1]):
        continued = lines[index + 1].strip() and _closing_tag(doc.analysis, first, end).startswith(
            CONTINUING_PREFIXES
        )
        if not continued:
            ends.add(end)
    ends.add(len(tags))
    ends.discard(0)
    return sorted(ends)


def _closing_tag(analysis: Analysis, first: int, end: int) -> str:
    """Tag of the morpheme that closes tokens ``first..end-1``, looking past punctuation and
    a trailing parenthetical (강화함(안 제26조). is closed by 함), but into a trailing quotation:
    the quoted words close it (내 말이 “잊었노라.” is closed by 노라)."""
    depth = 0
    tags, forms = analysis.tags, analysis.forms
    for i in range(end - 1, first - 1, -1):
        tag = tags[i]
        if tag in _BRACKET_TAGS and forms[i] in QUOTE_MARKS:
            continue
        if tag == "SSC":
            depth += 1
        elif tag == "SSO":
            depth = max(depth - 1, 0)
        elif depth == 0 and tag not in SYMBOL_TAGS:
            return closing_tag(tag, forms[i])
    return ""


def closing_tag(tag: str, form: str) -> str:
    """The tag a sentence's last morpheme closes it with: a verse-final ending Kiwi reads as
    connective (``verse_final_endings_ko.txt``) closes like EF."""
    return "EF" if tag == "EC" and form in verse_final_endings() else tag


@functools.cache
def verse_final_endings(name: str = "verse_final_endings_ko.txt") -> frozenset[str]:
    return frozenset(entries(name))


def ef_sentence_ratio(doc: DocView) -> float:
    """Share of morphemes in sentences closed by a sentence-final ending (EF, or ETN in the
    -함/-음 style): running prose closes its sentences, keyword lists, menus and tables do not.
    Weighted by length so that headings and captions of a real article weigh little."""
    sentences = doc.sentences
    closed = sum(size for tag, size in sentences if tag.startswith(CLOSING_PREFIXES))
    return _ratio(closed, sum(size for _, size in sentences))


def particle_ratio(doc: DocView) -> float:
    """Case/auxiliary/conjunctive particles per Hangul content morpheme: Korean grammar lives
    in particles, keyword stuffing and menus have almost none. English words and numbers are
    left out of the count so that a technical text is judged on its Korean."""
    return _ratio(doc.tagged(PARTICLE_PREFIXES), doc.korean_morphemes)


def noun_ratio(doc: DocView) -> float:
    """Nouns among nouns + predicates: noun lists (tags, SEO keywords) approach 1."""
    nouns = doc.tagged(NOUN_PREFIXES)
    return _ratio(nouns, nouns + doc.tagged(PREDICATE_PREFIXES))


def hangul_ratio(doc: DocView) -> float:
    """Hangul against Latin, digits and symbols; Hanja is neutral (mixed-script Korean)."""
    scripts = doc.scripts
    return _ratio(scripts.hangul, scripts.non_space - scripts.hanja)


def translationese_measure(doc: DocView) -> float:
    """Literal-translation habits per sentence (``filters.translationese``)."""
    return translationese_ratio(doc.analysis, len(doc.sentences))


def mean_sentence_morphemes(doc: DocView) -> float:
    return _ratio(doc.content_morphemes, len(doc.sentences))


@functools.cache
def spam_sequences(name: str = "spam_ko.txt") -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lexicon entries as Kiwi form sequences, keyed by their first form."""
    kiwi = get_kiwi()
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries(name):
        forms = tuple(token.form for token in kiwi.tokenize(entry))
        if forms:
            table.setdefault(forms[0], []).append(forms)
    return {first: tuple(sorted(seqs, key=len, reverse=True)) for first, seqs in table.items()}


def spam_lexicon_ratio(doc: DocView) -> float:
    """Share of content morphemes inside a spam-lexicon match (longest match first)."""
    table = spam_sequences()
    forms = doc.analysis.forms
    if table.keys().isdisjoint(forms):
        return 0.0
    matched, i = 0, 0
    while i < len(forms):
        for seq in table.get(forms[i], ()):
            if forms[i : i + len(seq)] == seq:
                matched += len(seq)
                i += len(seq)
                break
        else:
            i += 1
    return _ratio(matched, doc.content_morphemes)


def repeated_char_ratio(doc: DocView) -> float:
    """Characters in runs of 3+ identical characters (ㅋㅋㅋ, !!!, ~~~), digits excepted."""
    runs = sum(len(m[0]) for m in _REPEATED_CHARS.finditer(doc.text))
    return _ratio(runs, doc.scripts.non_space)


def sales_pitch(doc: DocView) -> float:
    """Calls to act on an offer in the closing part (``filters.sales_pitch``)."""
    return float(sales_pitch_calls(doc.text))


def web_token_ratio(doc: DocView) -> float:
    """URLs, e-mails, serials, hashtags and emoji (Kiwi's W_* tags) per morpheme."""
    return _ratio(doc.tagged((WEB_TOKEN_PREFIX,)), len(doc.analysis))


# Rule sets built from the typed settings.


def _ngram_rules(settings: FineWeb2Settings) -> list[Rule]:
    """Duplicate lines everywhere; top 2..4-grams and duplicate 5..10-grams only in running
    prose (``in_running_prose``): a help page's table repeats its frame (선택한 머리글/바닥글
    영역에 … 삽입합니다) as a poem repeats its refrain, while templated and stuffed pages
    repeat theirs in long lines."""
    gate = settings.min_repetition_line_chars
    rules = [Rule("dup_line_frac", dup_line_frac, settings.max_dup_line_frac, "<=")]
    rules += [
        Rule(
            f"top_{n}gram_frac",
            in_running_prose(top_ngram_frac(n), gate),
            settings.max_top_ngram_frac(n),
            "<=",
        )
        for n in (2, 3, 4)
    ]
    rules += [
        Rule(
            f"dup_{n}gram_frac",
            in_running_prose(dup_ngram_frac(n), gate),
            settings.max_dup_ngram_frac(n),
            "<=",
        )
        for n in range(5, 11)
    ]
    return rules


def fineweb2_rules(
    settings: FineWeb2Settings,
    stop_measure: Callable[[DocView], float],
    line_measure: Callable[[DocView], float] = line_punct_ratio,
    new_line_measure: Callable[[DocView], float] = new_line_ratio,
    alpha_measure: Callable[[DocView], float] = alpha_word_ratio,
    bullet_measure: Callable[[DocView], float] = bullet_lines_ratio,
) -> list[Rule]:
    """FineWeb-2's Korean filters in its order (repetition, FineWeb quality, Gopher quality).
    The stop-word, line-end, new-line, alpha-word and bullet rules are the caller's: stop
    words on whitespace words and punctuation only (FineWeb-2), or stop-morphemes, Korean
    line closings, clause-aware line breaks, alphabetic eojeol on the analysis and bullets
    that are not option lines."""
    gate = settings.min_repetition_line_chars
    return [
        *_ngram_rules(settings),
        Rule("line_punct_ratio", line_measure, settings.min_line_punct_ratio, ">"),
        Rule(
            "char_dup_ratio",
            in_running_prose(char_dup_ratio, gate),
            settings.max_char_dup_ratio,
            "<",
        ),
        Rule("new_line_ratio", new_line_measure, settings.max_new_line_ratio, "<="),
        Rule("min_words", word_count, settings.min_words, ">="),
        Rule("max_words", word_count, settings.max_words, "<="),
        Rule("min_mean_word_length", mean_word_length, settings.min_mean_word_length, ">="),
        Rule("max_mean_word_length", mean_word_length, settings.max_mean_word_length, "<="),
        Rule("hash_ratio", hash_ratio, settings.max_symbol_word_ratio, "<="),
        Rule("ellipsis_ratio", ellipsis_ratio, settings.max_symbol_word_ratio, "<="),
        Rule("bullet_lines_ratio", bullet_measure, settings.max_bullet_lines_ratio, "<="),
        Rule("ellipsis_lines_ratio", ellipsis_lines_ratio, settings.max_ellipsis_lines_ratio, "<="),
        Rule("alpha_word_ratio", alpha_measure, settings.min_alpha_word_ratio, ">="),
        Rule("stop_words", stop_measure, settings.min_stop_words, ">="),
    ]


def korean_rules(settings: KoreanRuleSettings) -> list[Rule]:
    """Rules on the Kiwi analysis."""
    return [
        Rule("hangul_ratio", hangul_ratio, settings.min_hangul_ratio, ">="),
        Rule("ef_sentence_ratio", ef_sentence_ratio, settings.min_ef_sentence_ratio, ">="),
        Rule("particle_ratio", particle_ratio, settings.min_particle_ratio, ">="),
        Rule("noun_ratio", noun_ratio, settings.max_noun_ratio, "<="),
        Rule(
            "min_sentence_morphemes",
            mean_sentence_morphemes,
            settings.min_mean_sentence_morphemes,
            ">=",
        ),
        Rule(
            "max_sentence_morphemes",
            mean_sentence_morphemes,
            settings.max_mean_sentence_morphemes,
            "<=",
        ),
        Rule("spam_lexicon_ratio", spam_lexicon_ratio, settings.max_spam_lexicon_ratio, "<="),
        Rule("repeated_char_ratio", repeated_char_ratio, settings.max_repeated_char_ratio, "<="),
        Rule("web_token_ratio", web_token_ratio, settings.max_web_token_ratio, "<="),
        Rule(
            "translationese_ratio",
            translationese_measure,
            settings.max_translationese_ratio,
            "<=",
        ),
        Rule("sales_pitch", sales_pitch, settings.max_sales_pitch_calls, "<="),
    ]


def morpheme_rules(settings: QualitySettings) -> list[Rule]:
    """Our document rules: FineWeb-2's on morphemes (stop-morphemes) + the Korean ones."""
    fineweb2 = fineweb2_rules(
        settings.fineweb2,
        stop_morpheme_count,
        line_closed_ratio,
        clause_new_line_ratio,
        eojeol_alpha_word_ratio,
        list_bullet_lines_ratio,
    )
    return fineweb2 + korean_rules(settings.korean)
