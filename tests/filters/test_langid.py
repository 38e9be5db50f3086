"""Language ID: Korean kept (Hanja-heavy too), other languages named, foreign paragraphs of
Korean pages cut as line edits while the page stays."""

from filters.langid import MODEL_PATH, LanguageId, foreign_lines, load_fasttext
from filters.script_stats import ScriptCounts
from tests.conftest import settings
from tests.quality_helpers import ENGLISH_PARAGRAPH, HANJA_HEAVY, assess, korean_prose, verdicts

JAPANESE = "本日は市立図書館の開館時間が変更されましたのでお知らせします。平日は午後八時までです。"


def lid() -> LanguageId:
    """Language ID with the default Hanja rule."""
    return LanguageId(settings().langid.cjk_hangul_share)


def identify(text: str):
    return lid().identify([text], [ScriptCounts.of(text)])[0]


def test_hanja_heavy_korean_is_korean_not_chinese():
    labels, probs = load_fasttext(MODEL_PATH).predict(HANJA_HEAVY, k=2)
    assert labels[0] == "__label__zh"
    result = identify(HANJA_HEAVY)
    assert result.lang == "ko" and result.korean_score > 0.9


def test_hanja_rule_needs_hangul():
    chinese = "中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家。"
    assert identify(chinese).lang == "zh"
    assert identify(JAPANESE).lang == "ja"
    assert identify(JAPANESE).korean_score < 0.01


def test_scores_are_probabilities_and_newlines_are_fine():
    text = korean_prose()["kolaw"]
    assert "\n" in text
    result = identify(text)
    assert result.lang == "ko" and 0.99 <= result.score <= 1.0


def test_english_paragraph_of_a_korean_page_is_cut():
    lines = korean_prose()["kobill"].split("\n")
    text = "\n".join([*lines[:2], ENGLISH_PARAGRAPH, *lines[2:]])
    assert foreign_lines(text, ScriptCounts.of(text), lid(), settings().langid) == [2]


def test_mostly_foreign_page_is_left_to_the_document_rule():
    text = "\n".join(["한국어 제목입니다", ENGLISH_PARAGRAPH, ENGLISH_PARAGRAPH + " Again."])
    assert foreign_lines(text, ScriptCounts.of(text), lid(), settings().langid) == []


def test_paragraph_removal_is_an_edit_and_the_page_is_kept():
    lines = korean_prose()["kolaw"].split("\n")
    text = "\n".join([*lines[:1], ENGLISH_PARAGRAPH, *lines[1:]])
    result = assess(text)
    assert result.failed is None
    assert [(e.rule, e.line, e.chars) for e in result.edits] == [
        ("non_korean_paragraph", 1, len(ENGLISH_PARAGRAPH))
    ]
    assert ENGLISH_PARAGRAPH not in result.text


def test_foreign_documents_fail_the_language_rule():
    result = assess(f"{JAPANESE}\n{JAPANESE}")
    assert result.lang.lang == "ja"
    assert verdicts(result)["korean_lang_score"] is False
    assert result.failed == "korean_lang_score"
