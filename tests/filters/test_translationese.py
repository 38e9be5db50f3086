"""Translationese: each habit of a literal rendering is counted, its native rewrite (the same
content, written by a Korean writer) counts nothing, one habit repeated is capped, and the
stage drops a literal rendering while it keeps the native one."""

from __future__ import annotations

import pytest

from filters.analysis import analyze_text
from filters.quality_rules import DocView
from filters.translationese import habit_counts, translationese_ratio
from tests.quality_helpers import assess, verdict_of

# (habit, literal rendering, native rewrite): hand-written pairs of the calibration set.
PAIRS = [
    (
        "possessive_pronoun",
        "그는 그의 아버지의 오래된 시계를 그의 손 안에 쥐고 있었다.",
        "아버지가 차던 낡은 시계를 손에 꼭 쥐고 있었다.",
    ),
    (
        "spelled_out_pronoun",
        "“당신은 괜찮습니까?” 그녀가 그에게 물었다.",
        "“괜찮아요?” 하고 묻자 대답이 돌아왔다.",
    ),
    (
        "double_passive",
        "이 설정은 관리자에 의해 변경되어질 수 있습니다.",
        "관리자만 바꿀 수 있는 설정입니다.",
    ),
    (
        "possible",
        "공항에서 시내까지 버스를 타는 것이 가능합니다.",
        "공항에서 시내까지는 버스로 갈 수 있습니다.",
    ),
    (
        "it_is_that",
        "이것은 우리가 생각하는 것보다 훨씬 더 복잡한 과정인 것이다.",
        "생각보다 훨씬 복잡한 과정이다.",
    ),
    ("event_had", "“나는 이 기회를 취할 거야.” 그가 말했다.", "“이번 기회는 꼭 잡을 거야.”"),
    (
        "comma_and",
        "그 화재는 부엌에서 시작되었으며, 그리고 빠르게 위층으로 번졌다.",
        "불은 부엌에서 시작돼 순식간에 위층까지 번졌다.",
    ),
    (
        "counted_genitive",
        "한 명의 키가 큰 남자가 방 안으로 들어왔다.",
        "키 큰 남자가 들어섰다.",
    ),
    ("plural", "파일들을 저장하려면 버튼들을 누르세요.", "파일을 저장하려면 버튼을 누르세요."),
    (
        "possessive_pronoun",
        "당신의 몸은 아침 식사로부터 혜택을 받을 것이다.",
        "아침을 먹으면 몸이 한결 가볍다.",
    ),
    (
        "make_it",
        "저축을 자동화하는 것은 이 과정을 훨씬 더 쉽게 만든다.",
        "자동 이체를 걸어 두면 저축이 한결 쉬워진다.",
    ),
    (
        "in_regard",
        "두 집단 사이에 체중 감량에 있어서 큰 차이는 없었다.",
        "두 집단의 체중 감량은 크게 다르지 않았다.",
    ),
    (
        "provide",
        "비상 자금은 마음의 평화를 제공한다.",
        "비상금이 있으면 마음이 놓인다.",
    ),
    (
        "from",
        "많은 사람들이 그 경험으로부터 교훈을 얻었다.",
        "그 일을 겪고 나서 깨달은 바가 컸다.",
    ),
    (
        "means_that",
        "이것은 아침 식사가 원인이라는 것을 의미하지는 않는다.",
        "그렇다고 아침밥 때문이라고 단정할 수는 없다.",
    ),
    (
        "that_is_why",
        "이것이 전문가들이 비상 자금을 강조하는 이유이다.",
        "그래서 전문가마다 비상금부터 마련하라고 한다.",
    ),
    (
        "tend_to",
        "아침을 먹는 사람은 체중을 유지하는 경향이 있다.",
        "아침을 챙겨 먹는 사람은 대체로 체중이 덜 는다.",
    ),
    (
        "depends_on",
        "대답은 개인적인 필요와 생활 방식에 달려 있다.",
        "답은 사람마다, 사는 방식마다 다르다.",
    ),
]


@pytest.mark.parametrize(("habit", "literal", "native"), PAIRS, ids=[p[0] for p in PAIRS])
def test_each_habit_is_counted_and_its_native_rewrite_counts_nothing(habit, literal, native):
    assert habit_counts(analyze_text(literal))[habit] >= 1
    assert habit_counts(analyze_text(native)) == {}


def test_native_uses_of_the_same_words_are_not_habits():
    """The future -ㄹ 것이다, 가지다 with a possession, 그 as a determiner and a pronoun in the
    genitive count nothing; 그녀의 counts once, as possessive, not also as spelled out."""
    native = "내일 비가 올 것이다. 그는 집을 가지고 있다. 그 책은 재미있다."
    assert habit_counts(analyze_text(native)) == {}
    assert habit_counts(analyze_text("그녀의 책이다.")) == {"possessive_pronoun": 1}


def test_one_habit_repeated_is_capped_and_short_texts_have_a_prior():
    """Ten sentences addressing 당신 count 2 + 10/10 = 3 habits, over 10 + 5 sentences; one
    sentence with one habit measures 1/6."""
    poem = " ".join(["당신은 나를 보았다."] * 10)
    doc = DocView.morphemes(poem, analyze_text(poem))
    assert len(doc.sentences) == 10
    assert habit_counts(doc.analysis)["spelled_out_pronoun"] == 10
    assert translationese_ratio(doc.analysis, 10) == 3 / 15
    assert translationese_ratio(analyze_text("그녀는 웃었다."), 1) == 1 / 6


def test_the_stage_drops_a_literal_rendering_and_keeps_its_native_rewrite():
    literal = " ".join(p[1] for p in PAIRS)
    native = " ".join(p[2] for p in PAIRS)
    dropped = verdict_of(assess(literal), "translationese_ratio")
    kept = verdict_of(assess(native), "translationese_ratio")
    assert (dropped.passed, kept.passed) == (False, True)
    assert kept.value == 0
    assert dropped.value > dropped.threshold
