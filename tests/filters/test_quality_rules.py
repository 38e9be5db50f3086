"""Verdicts a user notices: real Korean prose is kept, each kind of junk is dropped by the rule
meant for it, every rule is recorded, and morphemes beat whitespace words rule by rule."""

import random

import pytest

from curate.evals.fineweb2_baseline import FineWeb2Baseline
from curate.evals.quality_data import EVAL, prose
from curate.sample import junk
from filters.analysis import analyze_text
from filters.quality_rules import (
    DocView,
    dup_ngram_frac,
    in_running_prose,
    line_closed_ratio,
    line_punct_ratio,
    spam_lexicon_ratio,
)
from tests.quality_helpers import assess, assessor, junk_text, korean_prose, verdict_of, verdicts

RULES = {
    "korean_lang_score",
    "boilerplate_ratio",
    "dup_line_frac",
    "top_2gram_frac",
    "dup_10gram_frac",
    "line_punct_ratio",
    "new_line_ratio",
    "min_words",
    "alpha_word_ratio",
    "stop_words",
    "hangul_ratio",
    "ef_sentence_ratio",
    "particle_ratio",
    "noun_ratio",
    "min_sentence_morphemes",
    "spam_lexicon_ratio",
    "repeated_char_ratio",
    "quality_model",
}


@pytest.mark.parametrize("source", ["kolaw", "kobill", "debian-faq"])
def test_real_korean_prose_is_kept(source):
    result = assess(korean_prose()[source])
    assert result.failed is None, [v for v in result.verdicts if not v.passed]
    assert result.lang.lang == "ko"
    assert result.quality_score > 0.5


def test_hanja_mixed_statute_is_kept():
    result = assess(junk.with_hanja(korean_prose()["kolaw"]))
    assert result.failed is None


@pytest.mark.parametrize(
    ("kind", "caught_by"),
    [
        ("keyword_spam", {"particle_ratio", "noun_ratio", "ef_sentence_ratio"}),
        ("random_syllables", {"particle_ratio", "noun_ratio"}),
        ("chat", {"repeated_char_ratio", "min_sentence_morphemes"}),
        ("number_table", {"hangul_ratio", "ef_sentence_ratio"}),
        ("navigation", {"ef_sentence_ratio", "particle_ratio", "min_sentence_morphemes"}),
        ("ui_strings", {"min_sentence_morphemes", "particle_ratio"}),
        ("gambling_prose_spam", {"spam_lexicon_ratio"}),
        ("cookie_notice", {"boilerplate_ratio"}),
    ],
)
def test_junk_is_dropped_by_the_rule_meant_for_it(kind, caught_by):
    result = assess(junk_text(kind))
    failed = {rule for rule, passed in verdicts(result).items() if not passed}
    assert result.failed is not None
    assert caught_by <= failed


def test_repeated_lines_fail_gopher_repetition():
    sentences = junk.sentences_of(list(korean_prose().values()))
    result = assess(junk.repeated_lines(random.Random(0), sentences))
    assert not verdicts(result)["dup_line_frac"]


def test_every_rule_is_evaluated_not_only_the_first_failure():
    result = assess(junk_text("keyword_spam"))
    names = [v.rule for v in result.verdicts]
    assert set(names) >= RULES and len(names) == len(set(names))
    assert result.failed == next(v.rule for v in result.verdicts if not v.passed)
    assert sum(not v.passed for v in result.verdicts) > 1


def test_boilerplate_lines_go_and_the_page_stays():
    text = junk.with_chrome(random.Random(1), korean_prose()["kobill"])
    lines = text.split("\n")
    result = assess(text)
    assert result.failed is None
    removed = [e.line for e in result.edits if e.rule == "boilerplate_line"]
    assert removed and removed[0] == 0 and removed[-1] == len(lines) - 1
    assert all(e.chars == len(lines[e.line]) for e in result.edits)
    assert result.text == "\n".join(line for i, line in enumerate(lines) if i not in removed)
    assert 0 < verdict_of(result, "boilerplate_ratio").value < 0.5


def test_spam_lexicon_matches_morphemes_not_substrings():
    prose = "명품 바카라트 크리스탈 잔을 샀다. 주말에는 파워볼링 대회에서 먹튀김을 먹었다."
    spam = "바카라 사이트에서 파워볼을 했다. 안전놀이터 가입코드를 받고 먹튀 검증을 했다."
    analyses = {text: assess(text).analysis for text in (prose, spam)}
    ratio = {t: spam_lexicon_ratio(DocView.morphemes(t, a)) for t, a in analyses.items()}
    assert all(word in prose for word in ("바카라", "파워볼", "먹튀")) and ratio[prose] == 0
    assert ratio[spam] > 0.3


def test_morphemes_beat_whitespace_words_rule_by_rule():
    """FineWeb-2's Korean stop words are morphemes: on whitespace eojeol they are almost never
    found, so the baseline drops real prose; on Kiwi morphemes the same rule passes it."""
    baseline = FineWeb2Baseline()
    texts = [doc.text for doc in prose(EVAL)]
    base_fails = [
        not dict((v.rule, v.passed) for v in b)["stop_words"] for b in baseline.assess(texts)
    ]
    our_fails = [not verdicts(a)["stop_words"] for a in assessor().assess(texts)]
    assert sum(base_fails) > len(texts) / 2 and not any(our_fails)
    ads = junk_text("gambling_prose_spam")
    assert all(v.passed for v in baseline.assess([ads])[0])
    assert assess(ads).failed is not None


def test_thresholds_come_from_the_config():
    text = korean_prose()["kolaw"]
    strict = assessor("quality.korean.min_hangul_ratio=0.99").assess([text])[0]
    assert strict.failed == "hangul_ratio"
    value = verdict_of(strict, "hangul_ratio")
    assert value.threshold == 0.99 and value.value < 0.99


def test_a_line_closed_by_a_final_ending_counts_as_punctuated():
    """Verse, dialogue and UI messages close lines with an ending and no full stop; FineWeb's
    punctuation-only reading (whitespace view, no analysis) counts just the last line."""
    text = "그는 밥을 먹었다\n사과 포도\n그녀는 책을 읽었다."
    assert line_closed_ratio(DocView.morphemes(text, analyze_text(text))) == 2 / 3
    assert line_closed_ratio(DocView.whitespace(text)) == line_punct_ratio(DocView.whitespace(text))
    assert line_punct_ratio(DocView.whitespace(text)) == 1 / 3


def test_duplicate_ngrams_are_measured_in_running_prose_only():
    """The same repeated frames count in long lines and are left alone in a list of short
    ones (a manual's option table, a poem's refrain); a gate of 0 measures everything."""
    frame = "메뉴의 항목을 선택하면 새 창이 열립니다."
    items = [f"{noun} {frame}" for noun in ("파일", "편집", "보기", "도구")]
    listed, running = "\n".join(items), " ".join(items)
    measure = dup_ngram_frac(5)
    assert measure(DocView.whitespace(listed)) == measure(DocView.whitespace(running)) > 0
    assert in_running_prose(measure, 60)(DocView.whitespace(listed)) == 0
    assert in_running_prose(measure, 60)(DocView.whitespace(running)) > 0
    assert in_running_prose(measure, 0)(DocView.whitespace(listed)) > 0
