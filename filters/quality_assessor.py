"""The quality stage's per-batch logic, without Beam: line cleaning, language ID, one Kiwi
analysis, every rule, the model score.

Order matters for cost and for honesty of the analysis: mojibake is repaired (or its lines
cut) first, so that every later step reads the text as it was written; lines are cleaned next
(boilerplate patterns, then foreign paragraphs of mostly Korean documents), so Kiwi analyses
the text that will be released, once; every later consumer (rules, model, token counts, PII
context, morpheme shingles) reuses that analysis.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from curate.settings import LangidSettings, QualitySettings
from filters.analysis import Analysis, analyze, analyze_each, get_kiwi
from filters.langid import LangResult, LanguageId, foreign_lines
from filters.line_cleaning import boilerplate_lines, remove_lines
from filters.mojibake import CUT_RULE, REPAIR_RULE, MojibakeScan, scan
from filters.page_shell import PAGE_SHELL_RULE, main_text_morphemes
from filters.quality_model import QualityModel
from filters.quality_rules import DocView, Verdict, evaluate, morpheme_rules, spam_sequences
from filters.script_stats import ScriptCounts

BOILERPLATE_LINE = "boilerplate_line"
FOREIGN_PARAGRAPH = "non_korean_paragraph"
LANG_RULE = "korean_lang_score"
BOILERPLATE_RULE = "boilerplate_ratio"
MODEL_RULE = "quality_model"
MOJIBAKE_RULE = "mojibake"


@dataclass(frozen=True)
class LineEdit:
    """A removed (or, for ``mojibake_repaired``, re-decoded) line: which rule, its index in
    the stage's input text, its length in that text."""

    rule: str
    line: int
    chars: int


@dataclass(frozen=True)
class Assessment:
    """Everything the stage decided about one document."""

    text: str
    edits: tuple[LineEdit, ...]
    lang: LangResult
    verdicts: tuple[Verdict, ...]
    analysis: Analysis
    quality_score: float | None

    @property
    def failed(self) -> str | None:
        """The first failed rule (the drop reason), or None when the document is kept."""
        return next((v.rule for v in self.verdicts if not v.passed), None)


@dataclass(frozen=True)
class _Cleaned:
    text: str
    scripts: ScriptCounts
    edits: tuple[LineEdit, ...]
    boilerplate_ratio: float
    mojibake_share: float


# With Kiwi's threads, documents judged together: fewer fastText calls, while Kiwi's read-ahead
# window (16 documents per thread) keeps its threads busy.
JUDGED_TOGETHER = 16


class QualityAssessor:
    """Built from the ``quality`` and ``langid`` settings; models load lazily."""

    def __init__(self, quality: QualitySettings, langid: LangidSettings, kiwi_threads: int = 1):
        self._quality = quality
        self._kiwi_threads = kiwi_threads
        self._langid_settings = langid
        self._langid = LanguageId(cjk_hangul_share=langid.cjk_hangul_share)
        self._rules = morpheme_rules(quality)
        model = quality.model
        self._model = QualityModel(model.path) if model.enabled else None

    def load(self) -> None:
        """Load Kiwi, the lexicons and the fastText models now (once per process) rather than
        on the first batch."""
        get_kiwi(self._kiwi_threads)
        spam_sequences()
        _ = self._langid.model
        if self._model is not None:
            _ = self._model.model

    def assess(self, texts: Iterable[str]) -> list[Assessment]:
        """Assess a batch (Kiwi gets the whole batch, which is faster than one by one)."""
        return list(self.assess_each(texts))

    def assess_each(self, texts: Iterable[str]) -> Iterator[Assessment]:
        """Assessments in input order, a group as soon as its analyses are done. Each text is
        cleaned when Kiwi reads it, a window ahead, and Kiwi analyses on its own threads while
        this thread judges the ones ready (and, in a pipeline, the stages fused after this one
        work on them). With ``kiwi_threads`` 1 the batch is analysed first, on one core."""
        cleaned: deque[_Cleaned] = deque()

        def bodies() -> Iterator[str]:
            for text in texts:
                cleaned.append(self._clean(text))
                yield cleaned[-1].text

        if self._kiwi_threads > 1:
            analyses: Iterable[Analysis] = analyze_each(bodies(), self._kiwi_threads)
            group = JUDGED_TOGETHER
        else:
            # One core: Kiwi reading ahead on a worker thread would run beside this one.
            analyses = analyze(bodies())
            group = max(len(analyses), 1)
        ready: list[tuple[_Cleaned, Analysis]] = []
        for analysis in analyses:
            ready.append((cleaned.popleft(), analysis))
            if len(ready) == group:
                yield from self._judge_all(ready)
                ready = []
        yield from self._judge_all(ready)

    def _judge_all(self, ready: list[tuple[_Cleaned, Analysis]]) -> list[Assessment]:
        """Language ID and the model score a group at a time: fastText's calls cost ~0.25 ms
        each beyond the work."""
        if not ready:
            return []
        bodies = [body for body, _ in ready]
        analyses = [analysis for _, analysis in ready]
        langs = self._langid.identify([b.text for b in bodies], [b.scripts for b in bodies])
        scores = self._model.scores(analyses) if self._model else [None] * len(ready)
        return [self._judge(*parts) for parts in zip(bodies, langs, analyses, scores, strict=True)]

    def _clean(self, text: str) -> _Cleaned:
        original = text.split("\n")
        mojibake = scan(original)
        cut = self._mojibake_cut(mojibake)
        lines = list(mojibake.lines)
        text = "\n".join(lines) if mojibake.repaired else text
        scripts = ScriptCounts.of(text)
        boilerplate: list[int] = []
        if self._quality.line_cleaning:
            boilerplate = boilerplate_lines(lines, self._quality.boilerplate_max_line_chars)
        foreign: list[int] = []
        if self._langid_settings.paragraph_mode:
            skip = frozenset(boilerplate) | cut
            foreign = foreign_lines(text, scripts, self._langid, self._langid_settings, skip)
        removed = (
            {i: BOILERPLATE_LINE for i in boilerplate}
            | {i: FOREIGN_PARAGRAPH for i in foreign}
            | dict.fromkeys(cut, CUT_RULE)
        )
        repairs = tuple(LineEdit(REPAIR_RULE, i, chars) for i, chars in mojibake.repaired)
        if not removed:
            return _Cleaned(text, scripts, repairs, 0.0, mojibake.share)
        edits = tuple(LineEdit(rule, i, len(original[i])) for i, rule in sorted(removed.items()))
        boilerplate_chars = sum(len(lines[i]) for i in boilerplate)
        visible = len(text) - text.count("\n")
        ratio = boilerplate_chars / visible if visible else 0.0
        body = remove_lines(lines, set(removed))
        edits = tuple(sorted(repairs + edits, key=lambda e: e.line))
        return _Cleaned(body, ScriptCounts.of(body), edits, ratio, mojibake.share)

    def _mojibake_cut(self, mojibake: MojibakeScan) -> frozenset[int]:
        """Garbled lines are cut when the page passes the ``mojibake`` rule; a page that fails
        it is dropped as it came (cutting would leave fragments to analyse for nothing)."""
        if mojibake.share > self._quality.max_mojibake_share:
            return frozenset()
        return frozenset(mojibake.garbled)

    def _judge(
        self, cleaned: _Cleaned, lang: LangResult, analysis: Analysis, score: float | None
    ) -> Assessment:
        view = DocView.morphemes(cleaned.text, analysis, cleaned.scripts)
        max_boilerplate = self._quality.max_boilerplate_ratio
        min_lang_score = self._langid_settings.min_score
        max_mojibake = self._quality.max_mojibake_share
        min_main_text = self._quality.min_main_text_morphemes
        verdicts = [
            Verdict.of(MOJIBAKE_RULE, cleaned.mojibake_share, max_mojibake, "<="),
            Verdict.of(BOILERPLATE_RULE, cleaned.boilerplate_ratio, max_boilerplate, "<="),
            Verdict.of(LANG_RULE, lang.korean_score, min_lang_score, ">="),
            *evaluate(self._rules, view),
            Verdict.of(PAGE_SHELL_RULE, main_text_morphemes(view), min_main_text, ">="),
        ]
        if score is not None:
            verdicts.append(Verdict.of(MODEL_RULE, score, self._quality.model.min_score, ">="))
        return Assessment(cleaned.text, cleaned.edits, lang, tuple(verdicts), analysis, score)
