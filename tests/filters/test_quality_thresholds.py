"""Every quality rule at its threshold: a document that measures exactly the threshold, and the
smallest edit that takes it across, so that `>=` turned into `>` (or `<` into `<=`) fails.

Each document runs through the real stage (Kiwi, fastText, line cleaning where the rule needs
it) with every other threshold at its most lenient allowed value, so the rule under test is the
only one that can drop it and the drop reason is that rule's name. Thresholds are set to the
fraction the text measures (``10 / 34``); the division gives the same float as the measure's.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import pytest

from curate.settings import FineWeb2Settings, KoreanRuleSettings
from filters.line_cleaning import boilerplate_lines
from filters.quality_rules import DocView, hangul_ratio
from filters.script_stats import ScriptCounts
from tests.quality_helpers import HANJA_HEAVY, MENU, assess, verdict_of

F, K = "quality.fineweb2.", "quality.korean."
UNBOUNDED = 10**9


def lenient(section: type, prefix: str) -> list[str]:
    """``--set`` overrides putting every ``min_*``/``max_*`` threshold of a rule section at the
    most lenient value its settings allow (a rule added later is switched off here too)."""
    overrides = []
    for field in dataclasses.fields(section):
        bound = "minimum" if field.name.startswith("min_") else "maximum"
        value = field.metadata[bound]
        overrides.append(f"{prefix}{field.name}={UNBOUNDED if value is None else value}")
    return overrides


# Two rules cannot be switched off by their settings alone: line_punct_ratio (> 0) needs a
# line ending in punctuation, and a top n-gram fraction can exceed 1 (Gopher joins the n-gram
# with spaces the text may lack), so every text below ends a line with "." and is spaced.
LENIENT = (
    "quality.line_cleaning=false",  # the rules see the text as constructed
    "langid.paragraph_mode=false",
    "langid.min_score=0",
    "quality.max_boilerplate_ratio=1",
    "quality.max_mojibake_share=1",
    "quality.min_main_text_morphemes=0",
    "quality.model.min_score=0",
    *lenient(FineWeb2Settings, F),
    *lenient(KoreanRuleSettings, K),
)

# Two-character nouns, one Kiwi morpheme each.
NOUNS = ("사과", "포도", "수박", "딸기", "참외", "자두", "앵두", "오이", "감자", "양파")
SENTENCE = "그는 밥을 먹었다."  # 그/는/밥/을/먹/었/다/. : 7 content morphemes, 2 particles
STATUTE = "大韓民國 헌법 제100조."  # 4 Hangul of 8 non-space non-Hanja characters


def repeated(n: int, between: str) -> str:
    """``n`` nouns, ``between``, the same ``n`` nouns, a full stop: the top n-gram covers
    2 * (3n - 1) characters (words plus the spaces Gopher joins them with), the duplicated
    n-gram 2n."""
    run = " ".join(NOUNS[:n])
    return f"{run} {between} {run}."


@dataclass(frozen=True)
class Edge:
    """One rule at its threshold: ``on`` measures exactly ``threshold``; ``past`` is the
    smallest edit across it and measures ``past_value``. ``<=``/``>=`` keep a document on the
    threshold, ``<``/``>`` drop it (``on_keeps``)."""

    rule: str
    setting: str
    threshold: float
    on: str
    past: str
    past_value: float
    on_keeps: bool = True
    also: tuple[str, ...] = ()


def repetition(kind: str, n: int, covered: int) -> Edge:
    """A Gopher n-gram rule on ``repeated``: ``covered`` characters of the text, then of a
    text one character shorter (the noun between the runs)."""
    on, past = repeated(n, "고구마"), repeated(n, "배추")
    rule = f"{kind}_{n}gram_frac"
    return Edge(rule, f"{F}max_{rule}", covered / len(on), on, past, covered / len(past))


EDGES = [
    Edge(
        "mojibake",
        "quality.max_mojibake_share",
        2 / 12,  # a line of two U+FFFD of 12 characters: cut on the threshold
        f"{SENTENCE}\n\ufffd\ufffd",
        f"{SENTENCE}\n\ufffd\ufffd\ufffd",
        3 / 13,
    ),
    Edge(
        "page_shell",
        "quality.min_main_text_morphemes",
        7,  # SENTENCE's content morphemes, closed by 다 (EF)
        SENTENCE,
        "그는 밥 먹었다.",
        6,
    ),
    Edge(
        "boilerplate_ratio",
        "quality.max_boilerplate_ratio",
        25 / 50,  # the 25-character menu line of 50 visible characters
        f"{MENU}\n그는 아침 일찍 밥을 먹고 나서 학교에 갔다.",
        f"{MENU}\n그는 아침 일찍 밥을 먹고 나서 학교 갔다.",
        25 / 49,
        also=("quality.line_cleaning=true",),
    ),
    Edge(
        "dup_line_frac",
        F + "max_dup_line_frac",
        1 / 4,
        f"{SENTENCE}\n그녀는 책을 읽었다.\n아이는 잠을 잤다.\n{SENTENCE}",
        f"{SENTENCE}\n그녀는 책을 읽었다.\n{SENTENCE}",
        1 / 3,
    ),
    repetition("top", 2, 10),
    repetition("top", 3, 16),
    repetition("top", 4, 22),
    repetition("dup", 5, 10),
    repetition("dup", 6, 12),
    repetition("dup", 7, 14),
    repetition("dup", 8, 16),
    repetition("dup", 9, 18),
    repetition("dup", 10, 20),
    Edge(
        "line_punct_ratio",  # must exceed: a document on the threshold is dropped
        F + "min_line_punct_ratio",
        1 / 4,
        f"사과 포도\n수박 딸기\n참외 자두\n{SENTENCE}",
        f"사과 포도.\n수박 딸기\n참외 자두\n{SENTENCE}",
        2 / 4,
        on_keeps=False,
    ),
    Edge(
        "char_dup_ratio",  # must stay below: a document on the threshold is dropped
        F + "max_char_dup_ratio",
        10 / 31,  # the repeated 10-character line of 31 characters
        f"{SENTENCE}\n그녀는 책을 읽었다.\n{SENTENCE}",
        f"{SENTENCE}\n그녀는 책들을 읽었다.\n{SENTENCE}",
        10 / 32,
        on_keeps=False,
    ),
    Edge(
        "new_line_ratio",
        F + "max_new_line_ratio",
        2 / 8,  # newlines per morpheme
        "사과 포도\n수박 딸기\n참외 자두 앵두.",
        "사과 포도\n수박 딸기\n참외 자두\n앵두.",
        3 / 8,
    ),
    Edge("min_words", F + "min_words", 5, "사과 포도 수박 딸기 참외.", "사과 포도 수박 딸기.", 4),
    Edge(
        "max_words",
        F + "max_words",
        5,
        "사과 포도 수박 딸기 참외.",
        "사과 포도 수박 딸기 참외 자두.",
        6,
    ),
    Edge(
        "min_mean_word_length",
        F + "min_mean_word_length",
        6 / 4,
        "포도 배 사과 감.",
        "포도 배 사과 감 귤.",
        7 / 5,
    ),
    Edge(
        "max_mean_word_length",
        F + "max_mean_word_length",
        10 / 4,
        "고구마 포도 바나나 사과.",
        "고구마 포도 바나나 토마토.",
        11 / 4,
    ),
    Edge(
        "hash_ratio",
        F + "max_symbol_word_ratio",
        1 / 5,
        "#사과 포도 수박 딸기.",
        "#사과 #포도 수박 딸기.",
        2 / 5,
    ),
    Edge(
        "ellipsis_ratio",
        F + "max_symbol_word_ratio",
        1 / 6,
        "사과… 포도 수박 딸기.",
        "사과… 포도… 수박 딸기.",
        2 / 7,
    ),
    Edge(
        "bullet_lines_ratio",
        F + "max_bullet_lines_ratio",
        2 / 4,
        "- 사과\n- 포도\n수박.\n딸기.",
        "- 사과\n- 포도\n- 수박.\n딸기.",
        3 / 4,
    ),
    Edge(
        "ellipsis_lines_ratio",
        F + "max_ellipsis_lines_ratio",
        2 / 4,
        "사과…\n포도...\n수박.\n딸기.",
        "사과…\n포도...\n수박...\n딸기.",
        3 / 4,
    ),
    Edge(
        "alpha_word_ratio",
        F + "min_alpha_word_ratio",
        3 / 6,  # whitespace words: 1, 2 and 3 have no letter
        "사과 1 포도 2 3 수박.",
        "사과 1 포도 2 3 4 수박.",
        3 / 7,
    ),
    Edge("stop_words", F + "min_stop_words", 3, SENTENCE, "그는 밥 먹었다.", 2),  # 는, 을, 다
    Edge("hangul_ratio", K + "min_hangul_ratio", 4 / 8, STATUTE, "大韓民國 헌법 제1000조.", 4 / 9),
    Edge(
        "ef_sentence_ratio",
        K + "min_ef_sentence_ratio",
        8 / 16,  # the 8 morphemes closed by 다 (EF) of 16
        f"{SENTENCE}\n사과 포도 수박 딸기 참외 자두 앵두.",
        f"{SENTENCE}\n사과 포도 수박 딸기 참외 자두 앵두 오이.",
        8 / 17,
    ),
    Edge(
        "particle_ratio",
        K + "min_particle_ratio",
        2 / 8,
        f"{SENTENCE} 사과.",
        f"{SENTENCE} 사과 포도.",
        2 / 9,
    ),
    Edge(
        "noun_ratio",
        K + "max_noun_ratio",
        3 / 4,
        f"{SENTENCE} 사과.",
        f"{SENTENCE} 사과 포도.",
        4 / 5,
    ),
    Edge(
        "min_sentence_morphemes",
        K + "min_mean_sentence_morphemes",
        7,
        SENTENCE,
        "그는 밥 먹었다.",
        6,
    ),
    Edge(
        "max_sentence_morphemes",
        K + "max_mean_sentence_morphemes",
        7,
        SENTENCE,
        "그는 밥을 많이 먹었다.",
        8,
    ),
    Edge(
        "spam_lexicon_ratio",
        K + "max_spam_lexicon_ratio",
        1 / 5,
        "바카라 사과 포도 수박 딸기.",
        "바카라 사과 포도 수박.",
        1 / 4,
    ),
    Edge(
        "repeated_char_ratio",
        K + "max_repeated_char_ratio",
        3 / 10,
        "ㅋㅋㅋ 오늘 정말 좋다.",
        "ㅋㅋㅋㅋ 오늘 정말 좋다.",
        4 / 11,
    ),
    Edge(
        "web_token_ratio",
        K + "max_web_token_ratio",
        1 / 5,
        "https://example.kr 사과 포도 수박.",
        "https://example.kr https://example.org 포도 수박.",
        2 / 5,
    ),
    Edge(
        "translationese_ratio",
        K + "max_translationese_ratio",
        1 / 6,  # one habit (그녀는) in one sentence, five of prior
        "그녀는 밥을 먹었다.",
        "그녀는 그녀의 밥을 먹었다.",
        2 / 6,
    ),
    Edge(
        "sales_pitch",
        K + "max_sales_pitch_calls",
        1,  # 만나 보세요 in the closing two fifths, two offers (혜택, 할인)
        "혜택이 크다. 사과 포도 수박 딸기 참외 자두 배. 써 보고 만나 보세요, 지금 할인.",
        "혜택이 크다. 사과 포도 수박 딸기 참외 자두 배. 써 보시고 만나 보세요, 지금 할인.",
        2,
    ),
]


SCORE_RULES = [
    ("korean_lang_score", "langid.min_score"),
    ("quality_model", "quality.model.min_score"),
]


@pytest.mark.parametrize("edge", EDGES, ids=lambda edge: edge.rule)
def test_rule_flips_exactly_at_its_threshold(edge: Edge) -> None:
    """On the threshold the document keeps (or loses) its place by the comparison alone; one
    step further the verdict flips and the rule's name is the drop reason."""
    overrides = (*LENIENT, *edge.also, f"{edge.setting}={edge.threshold!r}")
    on, past = assess(edge.on, *overrides), assess(edge.past, *overrides)
    measured = verdict_of(on, edge.rule)
    assert measured.threshold == edge.threshold
    assert measured.value == edge.threshold  # on it exactly, not merely close
    assert verdict_of(past, edge.rule).value == pytest.approx(edge.past_value)
    kept, dropped = (on, past) if edge.on_keeps else (past, on)
    assert kept.failed is None
    assert dropped.failed == edge.rule


def test_every_rule_has_an_edge() -> None:
    """A rule added without a row here would have its comparison untested."""
    rules = {v.rule for v in assess(SENTENCE, *LENIENT).verdicts}
    rows = {edge.rule for edge in EDGES} | {rule for rule, _ in SCORE_RULES}
    assert rules == rows


@pytest.mark.parametrize(("rule", "setting"), SCORE_RULES)
def test_score_rule_flips_exactly_at_its_threshold(rule: str, setting: str) -> None:
    """A model's score cannot be built to order: the threshold is set to the measured score,
    then to the next float above it."""
    score = verdict_of(assess(STATUTE, *LENIENT), rule).value
    assert 0 < score < 1
    on = assess(STATUTE, *LENIENT, f"{setting}={score!r}")
    past = assess(STATUTE, *LENIENT, f"{setting}={math.nextafter(score, 1)!r}")
    assert verdict_of(on, rule).value == verdict_of(on, rule).threshold == score
    assert on.failed is None
    assert past.failed == rule


def test_repetition_gate_is_inclusive_at_the_mean_line_length() -> None:
    """The duplicate n-gram rules judge a document whose lines average exactly
    ``min_repetition_line_chars`` characters and skip one a character short of it."""
    text = repeated(5, "고구마")
    strict = (*LENIENT, f"{F}max_dup_5gram_frac=0")
    on = assess(text, *strict, f"{F}min_repetition_line_chars={len(text)}")
    past = assess(text, *strict, f"{F}min_repetition_line_chars={len(text) + 1}")
    assert on.failed == "dup_5gram_frac"
    assert verdict_of(past, "dup_5gram_frac").value == 0 and past.failed is None


def test_boilerplate_line_length_bound_is_inclusive() -> None:
    """A menu line exactly ``boilerplate_max_line_chars`` long is cleaned; one character
    longer, it counts as prose and stays."""
    assert boilerplate_lines([MENU], len(MENU)) == [0]
    assert boilerplate_lines([MENU], len(MENU) - 1) == []


def without_hanja(text: str) -> str:
    return "".join(c for c in text if ScriptCounts.of(c).hanja == 0)


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        (STATUTE, 4 / 8),  # 헌법제조 against 100 and "."
        ("헌법 豈 제100조 𠀀.", 4 / 8),  # compatibility and extension-B ideographs
        (HANJA_HEAVY, 11 / 13),  # 11 Hangul against 2 digits, 24 Hanja ignored
    ],
    ids=["statute", "rare-ideographs", "hanja-heavy"],
)
def test_hanja_is_neutral_in_the_hangul_ratio(text: str, ratio: float) -> None:
    """Mixed-script Korean must not look foreign: Hanja counts neither as Hangul (STATUTE would
    be 8/12) nor against it (4/12), so removing it leaves the ratio exactly as it was."""
    assert ScriptCounts.of(text).hanja > 0
    assert hangul_ratio(DocView.whitespace(text)) == ratio
    assert hangul_ratio(DocView.whitespace(without_hanja(text))) == ratio
