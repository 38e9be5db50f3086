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
    Rule,
    alpha_word_ratio,
    bullet_lines_ratio,
    char_dup_ratio,
    clause_new_line_ratio,
    dup_line_frac,
    dup_ngram_frac,
    ef_sentence_ratio,
    ellipsis_lines_ratio,
    ellipsis_ratio,
    eojeol_alpha_word_ratio,
    hangul_ratio,
    hash_ratio,
    in_running_prose,
    line_closed_ratio,
    line_punct_ratio,
    list_bullet_lines_ratio,
    mean_sentence_morphemes,
    mean_word_length,
    new_line_ratio,
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


@pytest.mark.parametrize("n", [2, 3, 4])
def test_the_stage_measures_top_ngrams_in_running_prose_only(n):
    """The default rule set gates the top n-gram rules like the duplicate ones: a help table
    repeating its frame in short lines measures 0, the same lines run together do not."""
    frame = "선택한 영역에 자리 표시자를 삽입합니다."
    items = [f"{noun} {frame}" for noun in ("파일", "표", "쪽", "날짜", "시간")]
    listed, running = assess("\n".join(items)), assess(" ".join(items))
    rule = f"top_{n}gram_frac"
    assert verdict_of(listed, rule).value == 0
    assert verdict_of(running, rule).value > 0


# Measures at a threshold: a constructed document measuring exactly the threshold, and one just
# past it, with the verdict of the rule's own comparison (`Rule.check`).


def check(measure, op: str, threshold: float, *docs: DocView) -> list[tuple[float, bool]]:
    """(value, passed) of ``measure <op> threshold`` on each document."""
    rule = Rule("rule", measure, threshold, op)
    return [(v.value, v.passed) for v in (rule.check(doc) for doc in docs)]


def test_an_empty_document_measures_zero_not_one():
    """Every ratio of an empty text is 0 (no division by zero): it passes a maximum of 0."""
    empty = DocView.whitespace("")
    ratios = (
        dup_line_frac,
        line_punct_ratio,
        new_line_ratio,
        mean_word_length,
        hash_ratio,
        ellipsis_ratio,
        bullet_lines_ratio,
        ellipsis_lines_ratio,
        alpha_word_ratio,
        char_dup_ratio,
        hangul_ratio,
    )
    assert [m(empty) for m in ratios] == [0.0] * len(ratios)
    assert check(new_line_ratio, "<=", 0, empty) == [(0.0, True)]


def test_a_blank_line_neither_ends_nor_counts_in_the_duplicated_characters():
    """The copy after a blank line still counts, every copy adds up; blank lines and newlines
    are not characters."""
    on = DocView.whitespace(
        "그는 밥을 먹었다.\n\n그는 밥을 먹었다.\n사과 포도\n사과 포도"
    )  # 15 of 30
    past = DocView.whitespace("그는 밥을 먹었다.\n\n그는 밥을 먹었다.\n사과 포도\n사과 포도\n수박")
    assert check(char_dup_ratio, "<", 15 / 30, on, past) == [(15 / 30, False), (15 / 32, True)]


def test_bullets_after_indentation_and_ellipses_before_trailing_spaces():
    """A bullet is read after the line's indentation (• or -); an ellipsis line end (... or …)
    before its trailing spaces; ellipses of both kinds count per word."""
    on = DocView.whitespace("  - 사과\n• 포도\n수박.")
    past = DocView.whitespace("  - 사과\n• 포도\n- 수박.")
    assert check(bullet_lines_ratio, "<=", 2 / 3, on, past) == [(2 / 3, True), (1.0, False)]
    assert check(list_bullet_lines_ratio, "<=", 2 / 3, on, past) == [(2 / 3, True), (1.0, False)]
    on = DocView.whitespace("사과… \n포도... \n수박.")
    past = DocView.whitespace("사과… \n포도... \n수박...  ")
    assert check(ellipsis_lines_ratio, "<=", 2 / 3, on, past) == [(2 / 3, True), (1.0, False)]
    on = DocView.whitespace("사과... 포도… 수박 딸기")
    past = DocView.whitespace("사과... 포도… 수박... 딸기")
    assert check(ellipsis_ratio, "<=", 2 / 4, on, past) == [(2 / 4, True), (3 / 4, False)]


def test_a_word_with_a_letter_is_alphabetic_a_numeric_sign_is_not():
    """3일 has a letter; ① is alphanumeric to Python's regex but has no letter."""
    on = DocView.whitespace("① 3일 사과 100")
    past = DocView.whitespace("① 3일 사과 100 200")
    assert check(alpha_word_ratio, ">=", 2 / 4, on, past) == [(2 / 4, True), (2 / 5, False)]


def morphemes(text: str) -> DocView:
    return DocView.morphemes(text, analyze_text(text))


def test_each_line_is_closed_by_its_own_morphemes():
    """Line by line: 포도. is closed by its full stop (trailing space aside), 먹었다 by its
    ending, and the next line's first noun is not read as part of the line before."""
    on = morphemes("사과\n포도. \n그는 밥을 먹었다\n수박")
    past = morphemes("사과\n포도. \n그는 밥을 먹었다\n수박.")
    assert check(line_closed_ratio, ">", 2 / 4, on, past) == [(2 / 4, False), (3 / 4, True)]


def test_a_sentence_is_closed_past_nested_brackets_and_never_by_the_sentence_before():
    """강화함(안(제26조)). is closed by 함 (nested brackets skipped); a bracketed line after
    먹었다 has no closing morpheme of its own."""
    assert ef_sentence_ratio(morphemes("이 법을 강화함(안(제26조)).")) == 1.0
    on = morphemes("그는 밥을 먹었다\n(사과)")  # 7 closed morphemes of 10
    past = morphemes("그는 밥을 먹었다\n(사과 포도)")  # 7 of 11
    assert check(ef_sentence_ratio, ">=", 7 / 10, on, past) == [(7 / 10, True), (7 / 11, False)]


def test_sentences_end_at_every_full_stop_and_every_line_break():
    """Sentences of one line split at each full stop, from the second morpheme on; each line
    break ends one, a leading one ends none."""
    doc = morphemes("네. 그는 밥을 먹었다. 사과 포도. 그녀는 책을 읽었다.")
    assert [size for _, size in doc.sentences] == [2, 8, 3, 8]
    on = morphemes("사과\n포도\n수박\n그는 밥을 먹었다.")  # 10 content morphemes, 4 sentences
    past = morphemes("사과\n포도\n수박\n참외\n그는 밥을 먹었다.")  # 11 of 5
    assert [size for _, size in on.sentences] == [1, 1, 1, 8]
    assert check(mean_sentence_morphemes, ">=", 10 / 4, on, past) == [
        (10 / 4, True),
        (11 / 5, False),
    ]
    assert mean_sentence_morphemes(morphemes("\n그는 밥을 먹었다.")) == 7


def test_spam_is_matched_at_any_position():
    on = morphemes("사과 바카라 포도 수박 딸기.")  # 1 of 5 content morphemes
    past = morphemes("사과 바카라 포도 수박.")
    assert check(spam_lexicon_ratio, "<=", 1 / 5, on, past) == [(1 / 5, True), (1 / 4, False)]


def test_the_stage_reads_line_endings_the_korean_way():
    """The morpheme rule set measures line_punct_ratio with line_closed_ratio: 먹었다 closes its
    line without a full stop (FineWeb's reading would measure 1/3 and 2/4)."""
    setting = f"quality.fineweb2.min_line_punct_ratio={2 / 3!r}"
    on = assess(
        "그는 밥을 먹었다\n사과 포도\n그녀는 책을 읽었다.", "quality.line_cleaning=false", setting
    )
    past = assess(
        "그는 밥을 먹었다\n사과 포도\n그녀는 책을 읽었다.\n그가 왔다",
        "quality.line_cleaning=false",
        setting,
    )
    measured = [verdict_of(a, "line_punct_ratio") for a in (on, past)]
    assert [(v.value, v.passed) for v in measured] == [(2 / 3, False), (3 / 4, True)]


def test_a_line_broken_inside_a_clause_goes_on_on_the_next_line():
    """Verse and hard-wrapped text break lines inside sentences: a line that stops on a
    connective ending (먹고) or a particle (물을) goes on, so the sentence is closed by 마셨다;
    a blank line (a stanza break) or a noun line (사과) ends it where it stands."""
    wrapped = morphemes("그는 밥을 먹고\n물을\n마셨다")
    assert wrapped.sentences == [("EF", 11)]
    assert ef_sentence_ratio(wrapped) == 1.0
    stanza = morphemes("그는 밥을 먹고\n\n물을 마셨다")
    assert stanza.sentences == [("EC", 6), ("EF", 5)]
    assert ef_sentence_ratio(stanza) == 5 / 11
    assert morphemes("사과\n물을 마셨다").sentences == [("NNG", 1), ("EF", 5)]


def test_punctuation_alone_is_not_a_sentence_and_quoted_words_close_their_line():
    """A quoted line's closing quote after its full stop is not a sentence of its own (it made
    dialogue read as fragments); a line ending in a quotation is closed by the quoted words,
    a line ending in brackets by the words before them."""
    dialogue = morphemes("“밥 먹었어?”\n“응, 먹었어.”")
    assert dialogue.sentences == [("EF", 6), ("EF", 7)]
    assert mean_sentence_morphemes(dialogue) == 4.0
    quoted = morphemes("그는 말했다. “배가 고파요”")
    assert quoted.sentences == [("EF", 7), ("EF", 6)]
    assert line_closed_ratio(morphemes("“배가 고파요”\n“나도”")) == 0.5
    assert morphemes("이 법을 강화함(안 제26조)").sentences == [("ETN", 12)]


def test_line_breaks_after_clauses_are_verse_not_a_list():
    """The stage's new-line ratio counts only the breaks after lines without a sentence-final
    or connective ending: verse measures 0 where FineWeb's ratio measures 2 breaks in 14
    morphemes; a menu counts every break either way."""
    verse = morphemes("산에는 꽃 피네\n꽃이 지네\n새가 우네")
    assert (clause_new_line_ratio(verse), new_line_ratio(verse)) == (0.0, 2 / 14)
    menu = morphemes("홈\n뉴스\n로그인")
    assert clause_new_line_ratio(menu) == new_line_ratio(menu) == 2 / 3
    half = morphemes("산에는 꽃 피네\n홈\n뉴스")
    assert clause_new_line_ratio(half) == 1 / len(half.words)


def test_the_stage_reads_line_breaks_the_korean_way():
    """The morpheme rule set measures new_line_ratio with clause_new_line_ratio: at a
    threshold between the two readings, verse passes that FineWeb's reading would drop."""
    verse = "산에는 꽃 피네\n꽃이 지네\n새가 우네\n바람이 부네"
    setting = "quality.fineweb2.max_new_line_ratio=0.1"
    measured = verdict_of(assess(verse, "quality.line_cleaning=false", setting), "new_line_ratio")
    assert (measured.value, measured.passed) == (0.0, True)
    assert new_line_ratio(morphemes(verse)) > 0.1


def test_verse_final_endings_close_their_sentence():
    """Kiwi tags the final endings of sijo and older verse as connective (어떠하리: 리/EC,
    있으랴: 으랴/EC); at a line's end they close the sentence like EF, so the line does not
    run on into the next one and a sijo measures as closed sentences. A modern connective
    (먹고) still runs on."""
    sijo = morphemes("이런들 어떠하며 저런들 어떠하리\n만수산 드렁칡이 얽어진들 어떠하리")
    assert [tag for tag, _ in sijo.sentences] == ["EF", "EF"]
    assert ef_sentence_ratio(sijo) == 1.0
    assert line_closed_ratio(sijo) == 1.0
    asked = morphemes("일편단심이야 변할 줄이 있으랴.")
    assert asked.sentences[-1][0] == "EF"
    waiting = morphemes("나는 아직 나의 봄을 기다리고 있을 테요\n모란이 피기까지는")
    assert [tag for tag, _ in waiting.sentences] == ["EF", "JX"]
    assert morphemes("그는 밥을 먹고\n물을 마셨다").sentences == [("EF", 11)]


def test_a_verse_final_ending_counts_as_main_text():
    """The page-shell measure reads the same endings as closing: a sijo line closed by 로다
    is main text as it would be closed by the modern 다 (else it would run on into the
    unfinished line after it and count nothing)."""
    from filters.page_shell import main_text_morphemes

    sijo = morphemes("태산이 높다 하되 하늘 아래 뫼이로다\n오르고 또 오르면 못 오를 리 없건마는")
    closed = morphemes("태산이 높다 하되 하늘 아래 뫼이다\n오르고 또 오르면 못 오를 리 없건마는")
    assert main_text_morphemes(sijo) == main_text_morphemes(closed) == 11


def test_alphabetic_words_are_counted_on_eojeol_not_on_morphemes():
    """An option line keeps FineWeb's reading (each of its 4 whitespace words has a letter)
    where Kiwi's morphemes count every split-off hyphen, comma and bracket as a word (6 of
    12 have a letter)."""
    doc = morphemes("-d, --delimiters=<목록> 탭 대신에")
    assert (eojeol_alpha_word_ratio(doc), alpha_word_ratio(doc)) == (1.0, 6 / 12)
    assert eojeol_alpha_word_ratio(morphemes("사과 1 포도 2")) == 2 / 4


OPTIONS = (  # coreutils' Korean messages (GPL-3.0+), as `curate quality eval` reads them
    "-b <파일>   <파일>이 존재하는 블록 특수 파일인지 여부\n"
    "  -d <파일>   <파일>이 존재하는 디렉터리인지 여부\n"
    "-b, --bytes         열이 아니라 바이트 수를 셉니다\n"
    "  --width=<너비>  80열 대신에 <너비> 길이 열을 활용합니다\n"
    "- 사과\n"
    "-1은 음수입니다."
)


def test_option_lines_are_no_bullets_in_our_rules_but_are_in_fineweb2s():
    """A manual's option list (`-b`, `--bytes`) is not a bulleted list: our rule counts only
    the dash before a space and before a digit; FineWeb-2's baseline keeps datatrove's
    reading, every line opened by a dash."""
    doc = DocView.whitespace(OPTIONS)
    assert list_bullet_lines_ratio(doc) == 2 / 6
    assert bullet_lines_ratio(doc) == 1.0
    ours = verdict_of(assess("coreutils 메시지\n" + OPTIONS), "bullet_lines_ratio")
    assert (ours.value, ours.passed) == (2 / 7, True)
    baseline = {v.rule: v for v in FineWeb2Baseline().assess([OPTIONS])[0]}
    assert not baseline["bullet_lines_ratio"].passed
