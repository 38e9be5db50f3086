"""What the mutation run of ``filters/pii/scrub.py`` found no test for (see
``benchmarks/mutation_survivors.md``): the placeholders and the context window the stage is
built with, the provenance's counts, the density rule's edges, which of two overlapping
spans wins, two identifiers a space apart, and ``presidio_nlp`` reaching the analyzer.

Each test that depends on how the stage is built builds it afresh (``Scrubber(...)``, not
the process-wide ``scrubber``), so that the mutation run maps the test to ``__init__``. All
values are fictional."""

import pytest
from presidio_analyzer import RecognizerResult

from filters.analysis import analyze_text
from filters.pii.scrub import Scrubber, ScrubResult, Span, resolve_overlaps
from tests.conftest import settings
from tests.pii_helpers import TEXT


def fresh(*overrides: str) -> Scrubber:
    return Scrubber(settings(*overrides).pii)


def found(text: str, *overrides: str) -> list[tuple[str, str]]:
    """(type, value) of every span a freshly built PII stage finds in ``text``."""
    return [(s.type, text[s.start : s.end]) for s in fresh(*overrides).scrub(text).spans]


# How the stage is built -------------------------------------------------------------------


def test_a_fresh_stage_writes_the_typed_placeholders():
    text = "성명: 홍길동, 전화 010-1234-5678, 메일 hong@example.com"
    assert fresh().scrub(text).text == "성명: <|name|>, 전화 <|phone|>, 메일 <|email|>"


def test_a_fresh_masking_stage_masks_every_character_from_the_start():
    text = "전화 010-1234-5678 끝"
    assert fresh("pii.policy=mask").scrub(text).text == "전화 ************* 끝"


def test_two_identifiers_a_space_apart_stay_two_placeholders():
    """presidio would merge same-type neighbours separated by whitespace into one span of
    the anonymized text; the stage keeps one placeholder per identifier."""
    text = "전화 010-1234-5678 010-2345-6789 로 주세요"
    result = fresh().scrub(text)
    assert result.text == "전화 <|phone|> <|phone|> 로 주세요"
    assert [s.type for s in result.spans] == ["PHONE_NUMBER", "PHONE_NUMBER"]


ACCOUNT = "110-123-456789"


@pytest.mark.parametrize(
    ("text", "is_found"),
    [
        # context_words_before: 6 -- the sixth word before the number is still read
        (f"계좌 하나 둘 셋 넷 다섯 {ACCOUNT}", True),
        (f"계좌 하나 둘 셋 넷 다섯 여섯 {ACCOUNT}", False),
        # context_words_after: 3 -- a verb three words after it is still read
        (f"{ACCOUNT} 계좌로 입금해 주세요", True),
        (f"{ACCOUNT} 오늘 내일 입금 부탁", True),
        (f"{ACCOUNT} 오늘 내일 모레 입금 부탁", False),
    ],
)
def test_the_context_window_is_the_configured_number_of_words(text, is_found):
    assert found(text) == ([("KR_BANK_ACCOUNT", ACCOUNT)] if is_found else [])


def test_a_context_word_in_the_previous_sentence_does_not_count():
    """The stage's own context enhancer reads only the number's clause (presidio's stock
    one would read 계좌 across the full stop)."""
    assert found(f"계좌는 없습니다. 참고 {ACCOUNT}") == []
    assert found(f"계좌는 다음과 같습니다 {ACCOUNT}") == [("KR_BANK_ACCOUNT", ACCOUNT)]


def test_a_banks_short_name_right_before_the_number_is_context():
    assert found("하나 630-910274-88305") == [("KR_BANK_ACCOUNT", "630-910274-88305")]


def test_presidio_nlp_runs_kiwi_even_with_the_quality_analysis():
    engine = fresh()
    shared = analyze_text(TEXT).to_record(TEXT)
    assert engine.scrub(TEXT, shared).ran_kiwi is False
    assert engine.scrub(TEXT, shared, presidio_nlp=True).ran_kiwi is True


# Provenance -------------------------------------------------------------------------------


def test_provenance_counts_name_each_type_and_its_count():
    text = "전화 010-1234-5678, 010-2345-6789, 메일 hong@example.com"
    assert fresh().scrub(text).provenance()["counts"] == [
        {"type": "PHONE_NUMBER", "count": 2},
        {"type": "EMAIL_ADDRESS", "count": 1},
    ]


# The density rule ---------------------------------------------------------------------------


def result_of(spans: int, chars: int) -> ScrubResult:
    """A scrubbed text of ``chars`` characters in which ``spans`` identifiers were found."""
    found_spans = tuple(Span("PHONE_NUMBER", 20 * i, 20 * i + 13, 1.0) for i in range(spans))
    return ScrubResult("가" * chars, found_spans, chars, False)


def test_density_exactly_at_the_limit_is_not_too_dense():
    engine = fresh()  # 20 per 1,000 characters, at least 4 identifiers
    assert result_of(4, 200).density == 20.0
    assert not engine.too_dense(result_of(4, 200))
    assert engine.too_dense(result_of(4, 199))


def test_density_needs_at_least_the_minimum_number_of_identifiers():
    engine = fresh()
    assert engine.too_dense(result_of(4, 100))  # 4 identifiers: the minimum
    assert not engine.too_dense(result_of(3, 100))  # 30 per 1,000 but only 3


def test_a_limit_below_one_per_thousand_still_applies_and_zero_turns_the_rule_off():
    assert fresh("pii.max_density=0.5").too_dense(result_of(4, 2000))  # 2 per 1,000
    assert not fresh("pii.max_density=0").too_dense(result_of(40, 100))


# Overlapping spans --------------------------------------------------------------------------


def kept(*results: tuple[str, int, int, float]) -> list[tuple[str, int, int]]:
    out = resolve_overlaps([RecognizerResult(*r) for r in results])
    return [(r.entity_type, r.start, r.end) for r in out]


def test_of_two_overlapping_spans_the_higher_score_wins():
    assert kept(("KR_BANK_ACCOUNT", 0, 14, 0.65), ("PHONE_NUMBER", 2, 14, 0.9)) == [
        ("PHONE_NUMBER", 2, 14)
    ]
    assert kept(("PHONE_NUMBER", 2, 14, 0.9), ("KR_BANK_ACCOUNT", 0, 14, 0.65)) == [
        ("PHONE_NUMBER", 2, 14)
    ]


def test_of_two_overlapping_spans_with_one_score_the_longer_wins():
    assert kept(("PHONE_NUMBER", 0, 5, 0.7), ("KR_BANK_ACCOUNT", 2, 12, 0.7)) == [
        ("KR_BANK_ACCOUNT", 2, 12)
    ]


def test_spans_that_only_touch_are_both_kept_in_text_order():
    assert kept(("EMAIL_ADDRESS", 5, 10, 1.0), ("PHONE_NUMBER", 0, 5, 0.9)) == [
        ("PHONE_NUMBER", 0, 5),
        ("EMAIL_ADDRESS", 5, 10),
    ]
    assert kept(("PHONE_NUMBER", 0, 5, 1.0), ("EMAIL_ADDRESS", 5, 10, 0.9)) == [
        ("PHONE_NUMBER", 0, 5),
        ("EMAIL_ADDRESS", 5, 10),
    ]


# What find reads ---------------------------------------------------------------------------


def test_find_reads_the_given_analysis_and_does_not_run_kiwi_again():
    """The stage's context words come from the analysis it is handed (of a text of the same
    length here, so that it is taken as this text's): Kiwi does not run on the text again."""
    engine = fresh()
    text, other = f"계좌 {ACCOUNT} 입니다", f"참고 {ACCOUNT} 입니다"
    results, ran_kiwi = engine.find(text, analyze_text(text))
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [
        ("KR_BANK_ACCOUNT", ACCOUNT)
    ]
    assert ran_kiwi is False
    assert engine.find(text, analyze_text(other)) == ([], False)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the recognizer finds the first name by its label; the record the second beside it
        ("성명: 홍길동·김영희\n전화 010-1234-5678", ["홍길동", "김영희"]),
        ("예금주 홍길동, 김영희\n국민 604201-01-552013", ["홍길동", "김영희"]),
    ],
)
def test_a_name_listed_with_a_found_one_in_a_contact_record_is_scrubbed(text, names):
    result = fresh().scrub(text)
    assert [text[s.start : s.end] for s in result.spans if s.type == "PERSON"] == names
