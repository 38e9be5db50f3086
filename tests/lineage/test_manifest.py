import re
from importlib.metadata import version

import pytest

from lineage.manifest import (
    AccountingError,
    build_manifest,
    check_accounting,
    contamination_keys,
    contamination_stats,
    counters_line,
    empty_release_reason,
    format_summary,
    input_file_stats,
    input_files_lines,
    new_run,
    now,
    outcome_key,
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
        (
            11,
            [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 11}],
            "inputs 11 != kept+dropped+error 10",
        ),
        (
            9,
            [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 9}],
            "inputs 9 != kept+dropped+error 10",
        ),
        (
            10,
            [{"kind": "data", "rows": 4}, {"kind": "provenance", "rows": 10}],
            "shard rows 4 != kept 5",
        ),
        (
            10,
            [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 9}],
            "provenance rows 9 != inputs 10",
        ),
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
    text = format_summary(
        lost, [{"kind": "data", "rows": 5}, {"kind": "provenance", "rows": 10}], "out/v1"
    )
    assert text.splitlines()[0] == (
        "inputs 12 != kept 5 + dropped 3 + error 2  (accounting MISMATCH: "
        "inputs 12 != kept+dropped+error 10; provenance rows 10 != inputs 12)"
    )
    short_shards = format_summary(
        outcome_stats(OUTCOMES, 10),
        [{"kind": "data", "rows": 4}, {"kind": "provenance", "rows": 10}],
        "out/v1",
    )
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
    assert counters_line(stats, counters).endswith(
        "kept 4, dropped 3, error 2 (DISAGREE with the release)"
    )
    assert counters_line(stats, {}) == "runner counters: none reported"
    summary = format_summary(stats, FILES, "out/v1", {})
    assert summary.splitlines()[-2:] == ["runner counters: none reported", "release: out/v1"]


def test_outcomes_are_keyed_by_status_stage_reason_code_and_dataset():
    dropped = {
        "status": "dropped",
        "stage": "quality",
        "reason": "too_short: 12 chars: of 50",
        "source": {"dataset": "news"},
    }
    assert outcome_key(dropped) == ("dropped", "quality", "too_short", "news")
    kept = {"status": "kept", "stage": None, "reason": None, "source": {"dataset": None}}
    assert outcome_key(kept) == ("kept", "", "", "")


def test_kept_records_have_no_stage_reason_row_and_every_status_is_counted():
    stats = outcome_stats([["kept", "", "", "news", 2], ["kept", "", "", "news", 1]], 3)
    assert stats == {
        "counts": {"inputs": 3, "kept": 3, "dropped": 0, "error": 0},
        "by_stage_reason": {},
        "by_dataset": {"news": {"kept": 3}},
    }


def test_input_files_are_counted_read_to_the_end_or_cut_short_and_listed_by_path():
    cut = {
        "path": "b.jsonl",
        "read": "cut_short",
        "records": 4,
        "stopped_at": "line 5",
        "reason": "malformed_utf8",
        "bytes_left": 120,
    }
    whole = {
        "path": "a.jsonl",
        "read": "to_end",
        "records": 9,
        "stopped_at": None,
        "reason": None,
        "bytes_left": None,
    }
    unsized = {**cut, "path": "c.jsonl.gz", "bytes_left": None}
    files = input_file_stats([unsized, cut, whole])
    assert files == {"read_to_end": 1, "cut_short": 2, "files": [whole, cut, unsized]}
    assert input_files_lines(files) == [
        "input files: 1 read to the end, 2 cut short",
        "  cut short: b.jsonl at line 5 (malformed_utf8, 120 bytes left)",
        "  cut short: c.jsonl.gz at line 5 (malformed_utf8)",
    ]
    assert input_files_lines(None) == []
    summary = format_summary({**outcome_stats(OUTCOMES, 10), "input_files": files}, FILES, "v1")
    assert summary.splitlines()[-3:] == [
        "  cut short: b.jsonl at line 5 (malformed_utf8, 120 bytes left)",
        "  cut short: c.jsonl.gz at line 5 (malformed_utf8)",
        "release: v1",
    ]


def test_summary_lists_reasons_by_stage_with_their_counts():
    lines = format_summary(outcome_stats(OUTCOMES, 10), FILES, "out/v1").splitlines()
    assert lines[1:3] == [
        "          3  dropped:exact_dedup    exact_duplicate",
        "          2  error:ingest           malformed_json",
    ]


def test_contamination_is_counted_once_per_benchmark_as_dropped_or_cut():
    def settled(stage, status, benchmarks):
        return {
            "stage": stage,
            "status": status,
            "contamination": [{"benchmark": b, "item": i} for i, b in enumerate(benchmarks)],
        }

    assert list(
        contamination_keys(settled("decontamination", "dropped", ["kmmlu", "click", "kmmlu"]))
    ) == [
        ("click", "dropped"),
        ("kmmlu", "dropped"),
    ]
    assert list(contamination_keys(settled("decontamination", "kept", ["kmmlu"]))) == [
        ("kmmlu", "cut")
    ]
    assert list(contamination_keys(settled("quality", "dropped", ["kmmlu"]))) == [("kmmlu", "cut")]
    assert list(contamination_keys({"stage": None, "status": "kept"})) == []
    assert contamination_stats(
        [["kmmlu", "dropped", 2], ["kmmlu", "cut", 1], ["click", "cut", 4], ["kmmlu", "cut", 3]]
    ) == {
        "click": {"documents": 4, "dropped": 0, "cut": 4},
        "kmmlu": {"documents": 6, "dropped": 2, "cut": 4},
    }


def _file(kind, path, rows, tokens):
    return {
        "kind": kind,
        "path": path,
        "sha256": f"sha-{path}",
        "rows": rows,
        "bytes": 10 * rows,
        "token_count": tokens,
    }


def test_the_manifest_lists_each_kind_of_file_and_sums_the_shards_tokens():
    run = {
        "run_id": "r1",
        "code_version": "0.1.0+gabc",
        "config_sha256": "cfg",
        "runner": "test",
        "started_at": "2026-01-01T00:00:00+00:00",
    }
    stats = outcome_stats(OUTCOMES, 10)
    files = [
        _file("data", "data/0.parquet", 3, 100),
        _file("data", "data/1.parquet", 2, 50),
        _file("provenance", "provenance/0.parquet", 10, 0),
        _file("minhash", "minhash/0.parquet", 8, 0),
    ]
    entry = {key: files[0][key] for key in ("path", "sha256", "rows", "bytes", "token_count")}
    manifest = build_manifest(
        version="v1",
        run=run,
        created_at="2026-01-02T00:00:00+00:00",
        inputs=["in/*.jsonl"],
        input_files=2,
        stats=stats,
        files=files,
        config_file="curate.yaml",
    )
    assert manifest == {
        "schema_version": "1",
        "version": "v1",
        "created_at": "2026-01-02T00:00:00+00:00",
        "run": run,
        "code_version": "0.1.0+gabc",
        "config_sha256": "cfg",
        "config_file": "curate.yaml",
        "runner": "test",
        "inputs": {"patterns": ["in/*.jsonl"], "files": 2},
        "counts": {"inputs": 10, "kept": 5, "dropped": 3, "error": 2},
        "token_count": 150,
        "shards": [
            entry,
            {
                **entry,
                "path": "data/1.parquet",
                "sha256": "sha-data/1.parquet",
                "rows": 2,
                "bytes": 20,
                "token_count": 50,
            },
        ],
        "provenance": [
            {
                "path": "provenance/0.parquet",
                "sha256": "sha-provenance/0.parquet",
                "rows": 10,
                "bytes": 100,
                "token_count": 0,
            }
        ],
        "minhash": None,
        "stats": "stats.json",
        "config": "config.json",
        "card": "README.md",
    }
    params = {"num_perm": 128, "bands": 16}
    with_signatures = build_manifest(
        version="v1",
        run=run,
        created_at="x",
        inputs=[],
        input_files=0,
        stats=stats,
        files=files,
        config_file=None,
        minhash_params=params,
    )
    assert with_signatures["minhash"] == {
        "params": params,
        "files": [
            {
                "path": "minhash/0.parquet",
                "sha256": "sha-minhash/0.parquet",
                "rows": 8,
                "bytes": 80,
                "token_count": 0,
            }
        ],
    }


def test_a_run_records_a_fresh_id_this_codes_version_and_the_time_in_utc():
    first, second = new_run("cfg", "DirectRunner"), new_run("cfg", "DirectRunner")
    assert re.fullmatch(r"[0-9a-f]{32}", first["run_id"]) and first["run_id"] != second["run_id"]
    assert first["config_sha256"] == "cfg" and first["runner"] == "DirectRunner"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", first["started_at"])
    # run from the git checkout: the package version and the short commit
    assert re.fullmatch(
        re.escape(version("korean-curate")) + r"\+g[0-9a-f]{12}", first["code_version"]
    )
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", now())


def test_a_release_whose_records_all_failed_says_why():
    whole_files = outcome_stats(
        [
            ["error", "ingest", "unsupported_file", "web", 1],
            ["error", "ingest", "dangling_link", "web", 2],
        ],
        3,
    )
    assert empty_release_reason(whole_files, 3) == (
        "no input record could be read from the 3 input file(s) (2 dangling_link, "
        "1 unsupported_file)"
    )
    dropped = outcome_stats(
        [
            ["dropped", "quality", "too_short", "web", 2],
            ["error", "ingest", "malformed_json", "web", 1],
        ],
        3,
    )
    assert empty_release_reason(dropped, 0) == (
        "the release has no documents: all 3 input records were dropped (2) or errors (1); "
        "see stats.json"
    )
    assert empty_release_reason(outcome_stats([], 0), 2) is None


def test_every_mismatch_is_named_in_one_error():
    with pytest.raises(AccountingError) as raised:
        check_accounting(outcome_stats(OUTCOMES, 12), [{"kind": "data", "rows": 4}])
    assert str(raised.value) == (
        "accounting mismatch: inputs 12 != kept+dropped+error 10; shard rows 4 != kept 5; "
        "provenance rows 0 != inputs 12"
    )


def test_runner_counters_missing_a_count_read_as_zero_in_the_summary():
    stats = outcome_stats(OUTCOMES, 10)
    summary = format_summary(stats, FILES, "out/v1", {"curate.outcome/kept": 5})
    assert summary.splitlines()[-2] == (
        "runner counters: inputs 0, kept 5, dropped 0, error 0 (DISAGREE with the release)"
    )


def test_an_empty_release_from_readable_files_is_not_blamed_on_the_files():
    dropped = outcome_stats([["dropped", "quality", "too_short", "web", 2]], 2)
    assert empty_release_reason(dropped, 1) == (
        "the release has no documents: all 2 input records were dropped (2) or errors (0); "
        "see stats.json"
    )
    malformed = outcome_stats([["error", "ingest", "malformed_json", "web", 2]], 2)
    assert empty_release_reason(malformed, 1).startswith("the release has no documents: all 2")


def test_the_commit_is_recorded_whatever_folder_the_run_is_started_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # not a git checkout
    assert re.fullmatch(
        re.escape(version("korean-curate")) + r"\+g[0-9a-f]{12}",
        new_run("cfg", "test")["code_version"],
    )
