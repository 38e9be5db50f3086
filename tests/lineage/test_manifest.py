import re

import pytest

from lineage.manifest import (
    AccountingError,
    check_accounting,
    counters_line,
    format_summary,
    outcome_stats,
)

OUTCOMES = [
    ["kept", "", "", "news", 5],
    ["dropped", "exact_dedup", "exact_duplicate", "news", 3],
    ["error", "ingest", "malformed_json", "news", 1],
    ["error", "ingest", "malformed_json", "web", 1],
]
FILES = [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 10}]


def test_stats_group_by_status_reason_and_dataset():
    stats = outcome_stats(OUTCOMES, 10)
    assert stats["counts"] == {"inputs": 10, "kept": 5, "dropped": 3, "error": 2}
    assert stats["by_stage_reason"]["error:ingest"] == {"malformed_json": 2}
    assert stats["by_dataset"]["web"] == {"error": 1}


def test_inputs_are_the_count_read_not_the_sum_of_outcomes():
    assert outcome_stats(OUTCOMES, 12)["counts"]["inputs"] == 12


def test_accounting_passes_when_everything_adds_up():
    check_accounting(outcome_stats(OUTCOMES, 10), FILES)


@pytest.mark.parametrize(
    "inputs, files, message",
    [
        (11, [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 11}],
         "inputs 11 != kept+dropped+error 10"),
        (9, [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 9}],
         "inputs 9 != kept+dropped+error 10"),
        (10, [{"kind": "data", "rows": 4}, {"kind": "provenance", "rows": 10}],
         "shard rows 4 != kept 5"),
        (10, [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 9}],
         "provenance rows 9 != inputs 10"),
    ],
)
def test_accounting_mismatch_is_loud(inputs, files, message):
    with pytest.raises(AccountingError, match=f"^accounting mismatch: {re.escape(message)}$"):
        check_accounting(outcome_stats(OUTCOMES, inputs), files)


def test_summary_lists_every_reason():
    text = format_summary(outcome_stats(OUTCOMES, 10), FILES, "out/v1")
    assert text.splitlines()[0] == "inputs 10 = kept 5 + dropped 3 + error 2  (accounting OK)"
    assert "exact_duplicate" in text and "malformed_json" in text
    assert text.endswith("release: out/v1")


def test_summary_counts_contaminated_documents_per_benchmark():
    stats = {
        **outcome_stats(OUTCOMES, 10),
        "contamination": {
            "kmmlu": {"documents": 3, "dropped": 2, "cut": 1},
            "click": {"documents": 1, "dropped": 0, "cut": 1},
        },
    }
    lines = format_summary(stats, FILES, "out/v1").splitlines()
    assert lines[-3:-1] == [
        "          1  contaminated           click (dropped 0, cut 1)",
        "          3  contaminated           kmmlu (dropped 2, cut 1)",
    ]


def test_summary_verdict_is_computed_from_the_counts():
    lost = outcome_stats(OUTCOMES, 12)
    text = format_summary(lost, [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 10}],
                          "out/v1")
    assert text.splitlines()[0] == (
        "inputs 12 != kept 5 + dropped 3 + error 2  (accounting MISMATCH: "
        "inputs 12 != kept+dropped+error 10; provenance rows 10 != inputs 12)"
    )
    short_shards = format_summary(outcome_stats(OUTCOMES, 10),
                                  [{"kind": "data", "rows": 4}, {"kind": "provenance", "rows": 10}],
                                  "out/v1")
    assert "(accounting MISMATCH: shard rows 4 != kept 5)" in short_shards


def test_runner_counters_are_set_beside_the_release_counts():
    stats = outcome_stats(OUTCOMES, 10)
    counters = {
        "curate/input_records": 10,
        "curate.outcome/kept": 5,
        "curate.outcome/dropped.exact_dedup.exact_duplicate": 3,
        "curate.outcome/error.ingest.malformed_json: x": 2,
        "curate.pii/spans.PERSON": 7,
    }
    assert counters_line(stats, counters) == (
        "runner counters: inputs 10, kept 5, dropped 3, error 2 (agree with the release)"
    )
    counters["curate.outcome/kept"] = 4
    assert counters_line(stats, counters).endswith("kept 4, dropped 3, error 2 (DISAGREE with "
                                                   "the release)")
    assert counters_line(stats, {}) == "runner counters: none reported"
    summary = format_summary(stats, FILES, "out/v1", {})
    assert summary.splitlines()[-2:] == ["runner counters: none reported", "release: out/v1"]
