"""Quality-rule measures pinned where the mutation run of filters/quality_rules.py found gaps
(see benchmarks/mutation_survivors.md): the comparison a verdict records, the new-line ratio
without an analysis, sentences split at every full stop of a run of them, and a line ending
mid-clause that the next line goes on. Real Kiwi analyses, no mocks."""

from filters.analysis import analyze_text
from filters.quality_rules import (
    DocView,
    Rule,
    clause_new_line_ratio,
    ef_sentence_ratio,
    new_line_ratio,
)


def morphemes(text: str) -> DocView:
    return DocView.morphemes(text, analyze_text(text))


def test_a_verdict_records_the_comparison_it_was_judged_by():
    """The provenance of a verdict names its comparison: `0.5 <= 0.5` passes as `<=`."""
    doc = DocView.whitespace("사과\n포도")
    for op, passed in (("<=", True), ("<", False), (">=", True), (">", False)):
        verdict = Rule("new_line_ratio", new_line_ratio, 0.5, op).check(doc)
        assert (verdict.rule, verdict.value, verdict.threshold, verdict.op) == (
            "new_line_ratio",
            0.5,
            0.5,
            op,
        )
        assert verdict.passed is passed


def test_without_an_analysis_the_clause_new_line_ratio_is_fineweb_s():
    """The baseline (whitespace words, no Kiwi) measures every line break: 2 in 4 words."""
    doc = DocView.whitespace("사과\n포도 수박\n딸기")
    assert clause_new_line_ratio(doc) == new_line_ratio(doc) == 2 / 4


def test_every_full_stop_of_a_run_ends_a_sentence():
    """`? !` are two full stops (two SF morphemes): the second is a sentence of punctuation
    alone and is not counted, so 그렇다. is a sentence of 3 morphemes, not 4; the share of
    morphemes in closed sentences is 3 of 5."""
    doc = morphemes("정말? ! 그렇다.")
    assert doc.sentences == [("MAG", 2), ("EF", 3)]
    verdict = Rule("ef_sentence_ratio", ef_sentence_ratio, 0.6, ">=").check(doc)
    assert (verdict.value, verdict.passed) == (3 / 5, True)
    assert morphemes("정말요. ? 그렇다").sentences == [("EF", 3), ("EF", 2)]


def test_a_line_ending_mid_clause_goes_on_on_the_next_line_not_the_one_before():
    """꽃이 피고 (a connective ending) goes on on the next line, whatever the line before it
    (here the text's last, empty line after a final line break) holds: one closed sentence."""
    for text in ("꽃이 피고\n새가 울었다\n", "꽃이 피고\n새가 울었다"):
        doc = morphemes(text)
        assert doc.sentences == [("EF", 9)], text
        assert ef_sentence_ratio(doc) == 1.0
