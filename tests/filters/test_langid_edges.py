"""Language ID edge cases: newlines flattened to spaces, scores clipped at 1, the Hanja rule's
threshold inclusive, the Korean score as the sum of the model's ko and CJK probabilities,
counts that must match the texts, and the paragraph rule's limits (a line of exactly
``paragraph_min_letters`` letters judged, a shorter one or a skipped one kept, a page exactly
half Hangul still judged line by line, Hanja-heavy Korean lines kept)."""

import pytest

from filters.langid import MODEL_PATH, LanguageId, foreign_lines, load_fasttext, one_line
from filters.script_stats import ScriptCounts
from tests.conftest import settings
from tests.quality_helpers import ENGLISH_PARAGRAPH, HANJA_HEAVY, korean_prose

# A bill title on which the quantised model returns p(ko) = 1.00004 with zh and ja in its top 5.
BILL_TITLE = "결혼중개업의 관리에 관한 법률 일부개정법률안"
# Korean with some English: fastText gives ko 0.65, en 0.24, and no CJK label in its top 5.
MIXED = "서울시 도서관은 The city council approved the new budget today"
# 3 Hangul of 12 CJK characters: exactly a quarter.
QUARTER_HANGUL = "大韓民國은 民主共和國이다"
SHORT_ENGLISH = "Library opening hours"  # 19 letters, fastText: en 0.74
THIRTY_LETTERS = "The council approved the new budget"  # exactly 30 letters, en 0.90
KOREAN_WORDS = [
    "국회는",
    "법률을",
    "제정하고",
    "대통령은",
    "법률안에",
    "이의가",
    "있을",
    "때에는",
    "이의서를",
    "붙여",
    "환부한다",
]


def lid(share: float | None = None) -> LanguageId:
    return LanguageId(settings().langid.cjk_hangul_share if share is None else share)


def identify(text: str, share: float | None = None):
    return lid(share).identify([text], [ScriptCounts.of(text)])[0]


def cut(text: str, skip: frozenset[int] = frozenset()) -> list[int]:
    return foreign_lines(text, ScriptCounts.of(text), lid(), settings().langid, skip)


def raw_scores(text: str) -> dict[str, float]:
    labels, probs = load_fasttext(MODEL_PATH).predict(text, k=5)
    return {
        label.removeprefix("__label__"): float(p) for label, p in zip(labels, probs, strict=True)
    }


def korean_page(*extra: str) -> str:
    """The bill page with ``extra`` lines inserted after its second line."""
    lines = korean_prose()["kobill"].split("\n")
    return "\n".join([*lines[:2], *extra, *lines[2:]])


def hangul_line(letters: int) -> str:
    """A Korean line of exactly ``letters`` Hangul syllables (and spaces)."""
    words, total, i = [], 0, 0
    while total < letters:
        word = KOREAN_WORDS[i % len(KOREAN_WORDS)][: letters - total]
        words.append(word)
        total += len(word)
        i += 1
    return " ".join(words)


def test_one_line_turns_every_line_break_into_one_space():
    assert one_line("첫 줄\r\n둘째 줄\n셋째\r끝") == "첫 줄  둘째 줄 셋째 끝"
    assert one_line("no breaks") == "no breaks"


def test_korean_score_is_clipped_at_one_even_with_cjk_probability_added():
    scores = raw_scores(BILL_TITLE)
    assert scores["ko"] > 1.0 and "zh" in scores  # the model's own overshoot
    result = identify(BILL_TITLE)
    assert result.lang == "ko"
    assert result.score == result.korean_score == 1.0


def test_korean_score_adds_only_the_cjk_labels_the_model_returned():
    scores = raw_scores(MIXED)
    assert not {"zh", "ja", "wuu", "yue"} & scores.keys()
    result = identify(MIXED)
    assert result.lang == "ko"
    assert result.korean_score == pytest.approx(scores["ko"], abs=1e-6)
    assert 0.5 < result.korean_score < 0.8


def test_hanja_rule_applies_at_exactly_the_threshold_share():
    assert ScriptCounts.of(QUARTER_HANGUL).hangul_share_of_cjk() == 0.25
    scores = raw_scores(QUARTER_HANGUL)
    assert max(scores, key=scores.get) == "zh"
    at_threshold = identify(QUARTER_HANGUL, share=0.25)
    assert at_threshold.lang == "ko"
    assert at_threshold.korean_score == pytest.approx(
        scores["ko"] + scores["zh"] + scores["ja"], abs=1e-6
    )
    above = identify(QUARTER_HANGUL, share=0.26)
    assert above.lang == "zh"
    assert above.korean_score == pytest.approx(scores["ko"], abs=1e-6)


def test_identify_refuses_counts_that_do_not_match_the_texts():
    counts = [ScriptCounts.of(BILL_TITLE)]
    with pytest.raises(ValueError, match="zip"):
        lid().identify([BILL_TITLE, MIXED], counts)
    with pytest.raises(ValueError, match="zip"):
        lid().identify([BILL_TITLE], counts * 2)


def test_line_shorter_than_the_minimum_is_kept_even_if_english():
    assert settings().langid.paragraph_min_letters == 30
    assert cut(korean_page(SHORT_ENGLISH)) == []


def test_line_of_exactly_the_minimum_letters_is_judged():
    assert ScriptCounts.of(THIRTY_LETTERS).letters == 30
    assert cut(korean_page(THIRTY_LETTERS)) == [2]


def test_skipped_lines_are_not_judged():
    text = korean_page(ENGLISH_PARAGRAPH, THIRTY_LETTERS)
    assert cut(text) == [2, 3]
    assert cut(text, frozenset({2})) == [3]
    assert cut(text, frozenset({2, 3})) == []


def test_page_exactly_half_hangul_is_judged_line_by_line():
    assert settings().langid.paragraph_doc_korean_share == 0.5
    latin = ScriptCounts.of(ENGLISH_PARAGRAPH).latin
    text = "\n".join([hangul_line(latin), ENGLISH_PARAGRAPH])
    assert ScriptCounts.of(text).hangul_share_of_letters() == 0.5
    assert cut(text) == [1]
    # One Hangul letter fewer: mostly foreign, left to the document rule.
    fewer = "\n".join([hangul_line(latin - 1), ENGLISH_PARAGRAPH])
    assert cut(fewer) == []


def test_hanja_heavy_korean_line_is_not_cut():
    counts = ScriptCounts.of(HANJA_HEAVY)
    assert 2 * counts.hangul < counts.letters >= 30  # a candidate fastText judges
    assert identify(HANJA_HEAVY).lang == "ko"
    assert cut(korean_page(HANJA_HEAVY, ENGLISH_PARAGRAPH)) == [3]
