"""FineWeb-2's Korean filters as a whitespace pipeline applies them: the baseline that
`curate quality eval` compares our stage with.

The rules are ours (``quality_rules.fineweb2_rules``), fixed to FineWeb-2's published Korean
values (configs/kor_Hang.yml of github.com/huggingface/fineweb-2, and the pipeline's
overrides of datatrove defaults), but words are whitespace-separated eojeol (Gopher, C4 and
FineWeb split on whitespace), the stop words are FineWeb-2's Korean list matched against
whole eojeol, and the language score is lid.176's raw Korean probability (no Hanja rule)
against FineWeb-2's 0.842. No line cleaning, no paragraph LID, no Kiwi.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from curate.settings import FineWeb2Settings
from filters.langid import LanguageId
from filters.lexicons import entries
from filters.quality_rules import DocView, Verdict, evaluate, fineweb2_rules, stop_word_count
from filters.script_stats import ScriptCounts

STOP_WORDS_FILE = "fineweb2_stopwords_ko.txt"
LANG_RULE = "language_score"
LANGUAGE_SCORE = 0.842
FINEWEB2_KOREAN = FineWeb2Settings(
    max_dup_line_frac=0.374,
    max_top_2gram_frac=0.282,
    max_top_3gram_frac=0.228,
    max_top_4gram_frac=0.185,
    max_dup_5gram_frac=0.201,
    max_dup_6gram_frac=0.184,
    max_dup_7gram_frac=0.168,
    max_dup_8gram_frac=0.154,
    max_dup_9gram_frac=0.14,
    max_dup_10gram_frac=0.127,
    min_repetition_line_chars=0,  # FineWeb-2 measures repetition in every document
    min_line_punct_ratio=0.062,
    max_char_dup_ratio=0.1,
    max_new_line_ratio=0.196,
    min_words=50,
    max_words=100000,
    min_mean_word_length=1,
    max_mean_word_length=6,
    max_symbol_word_ratio=0.1,
    max_bullet_lines_ratio=0.9,
    max_ellipsis_lines_ratio=0.3,
    min_alpha_word_ratio=0.791,
    min_stop_words=2,
)


class FineWeb2Baseline:
    """FineWeb-2's Korean rule set on whitespace words; ``math.inf`` turns the Hanja rule off."""

    def __init__(self, settings: FineWeb2Settings = FINEWEB2_KOREAN):
        stop_words = frozenset(entries(STOP_WORDS_FILE))
        self._rules = fineweb2_rules(settings, stop_word_count(stop_words))
        self._langid = LanguageId(cjk_hangul_share=math.inf)

    def assess(self, texts: Sequence[str]) -> list[list[Verdict]]:
        """Every rule's verdict per document, language score first."""
        langs = self._langid.identify(list(texts), [ScriptCounts.of(t) for t in texts])
        return [
            [
                Verdict.of(LANG_RULE, lang.korean_score, LANGUAGE_SCORE, ">="),
                *evaluate(self._rules, DocView.whitespace(text)),
            ]
            for text, lang in zip(texts, langs, strict=True)
        ]
