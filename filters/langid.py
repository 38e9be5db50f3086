"""Language ID with fastText ``lid.176.ftz`` (bundled), made safe for Korean.

Two Korean-specific corrections on top of the raw fastText scores:

* Hanja. Korean written with many Hanja (statutes, older newspapers) pulls fastText toward
  Chinese/Japanese (ko 0.72 / zh 0.27 is typical). Chinese and Japanese text never contains
  Hangul, Korean always does (particles and endings), so when at least ``cjk_hangul_share`` of
  the CJK characters (Hangul + Hanja + Kana) are Hangul, the zh/ja probability is counted as
  Korean: the Korean score is p(ko) + p(zh) + p(ja) (+ Wu/Cantonese).
* Probabilities above 1. The quantised model returns values like 1.00006; scores are clipped.

fastText models do not pickle, so the model is loaded lazily once per process and shared.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curate.settings import LangidSettings
from filters.script_stats import HANGUL, HANJA, KANA, LATIN, ScriptCounts, line_counts

MODEL_PATH = Path(__file__).resolve().parent / "models" / "lid.176.ftz"
KOREAN = "ko"
CJK_LABELS = ("zh", "ja", "wuu", "yue")
TOP_K = 5
_PREFIX = "__label__"

_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}


def load_fasttext(path: str | Path) -> Any:
    """A fastText model, loaded once per process and path (models do not pickle)."""
    key = str(path)
    with _LOCK:
        if key not in _MODELS:
            import fasttext

            _MODELS[key] = fasttext.load_model(key)
        return _MODELS[key]


def one_line(text: str) -> str:
    """fastText refuses newlines in ``predict``."""
    return text.replace("\r", " ").replace("\n", " ")


@dataclass(frozen=True)
class LangResult:
    """The identified language with its score, and the Korean score (after the Hanja rule)."""

    lang: str
    score: float
    korean_score: float


@dataclass(frozen=True)
class LanguageId:
    """Document- and paragraph-level language ID; ``cjk_hangul_share`` is the Hanja rule
    (``langid.cjk_hangul_share``; ``math.inf`` turns it off)."""

    cjk_hangul_share: float
    model_path: str = str(MODEL_PATH)

    @property
    def model(self) -> Any:
        return load_fasttext(self.model_path)

    def identify(self, texts: list[str], counts: list[ScriptCounts]) -> list[LangResult]:
        """One result per text; ``counts`` are the texts' script counts (for the Hanja rule)."""
        if not texts:
            return []
        labels, probs = self.model.predict([one_line(t) for t in texts], k=TOP_K)
        return [
            self._result(text_labels, text_probs, count)
            for text_labels, text_probs, count in zip(labels, probs, counts, strict=True)
        ]

    def _result(self, labels: list[str], probs: Any, counts: ScriptCounts) -> LangResult:
        scores = {
            label[len(_PREFIX) :]: min(float(p), 1.0)
            for label, p in zip(labels, probs, strict=True)
        }
        korean = scores.get(KOREAN, 0.0)
        if counts.hangul_share_of_cjk() >= self.cjk_hangul_share:
            korean += sum(scores.get(label, 0.0) for label in CJK_LABELS)
        korean = min(korean, 1.0)
        best, best_score = max(scores.items(), key=lambda item: item[1], default=("", 0.0))
        if korean >= best_score and korean > 0:
            return LangResult(KOREAN, korean, korean)
        return LangResult(best, best_score, korean)


def foreign_lines(
    text: str,
    counts: ScriptCounts,
    langid: LanguageId,
    settings: LangidSettings,
    skip: frozenset[int] = frozenset(),
) -> list[int]:
    """Indexes of the ``\\n``-separated lines of ``text`` (whose script counts are
    ``counts``) that are non-Korean paragraphs.

    A line is judged only when it has ``paragraph_min_letters`` letters and less than half of
    them are Hangul (clearly Korean lines skip fastText); it is cut when fastText names
    another language with at least ``paragraph_min_score``. Documents whose Hangul share of
    letters is below ``paragraph_doc_korean_share`` are left whole: the document-level rule
    decides those.
    """
    min_letters = settings.paragraph_min_letters
    if 2 * (counts.letters - counts.hangul) < min_letters:
        return []  # too few non-Hangul letters for any line to be a candidate
    if counts.hangul_share_of_letters() < settings.paragraph_doc_korean_share:
        return []
    per_line = line_counts(text)
    letters = per_line[:, [HANGUL, HANJA, KANA, LATIN]].sum(axis=1)
    hangul = per_line[:, HANGUL]
    candidates = [
        i
        for i in range(len(per_line))
        if i not in skip and letters[i] >= min_letters and 2 * hangul[i] < letters[i]
    ]
    if not candidates:
        return []
    lines = text.split("\n")
    results = langid.identify(
        [lines[i] for i in candidates],
        [ScriptCounts(*(int(n) for n in per_line[i])) for i in candidates],
    )
    return [
        i
        for i, result in zip(candidates, results, strict=True)
        if result.lang != KOREAN and result.score >= settings.paragraph_min_score
    ]
