"""The command-line contract other tooling relies on: exit codes, one-line errors, summary."""

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import apache_beam as beam
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.commands.main import main
from tests.conftest import DOC, SPINE_ONLY, jsonl_line


def manifest_stats(release) -> dict:
    return json.loads((release / "stats.json").read_text())["by_stage_reason"]


def run_args(inputs, output, *extra) -> list[str]:
    return ["run", "--input", str(inputs), "--output", str(output), "--version", "v1", *extra]


def run_cli(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_run_prints_summary_and_exits_zero_with_errors(bad_corpus, tmp_path, capsys):
    code, out, _ = run_cli(run_args(str(bad_corpus / "*.jsonl"), str(tmp_path)), capsys)
    assert code == 0
    manifest = json.loads((tmp_path / "v1" / "manifest.json").read_text())
    c = manifest["counts"]
    assert (
        f"inputs {c['inputs']} = kept {c['kept']} + dropped {c['dropped']} "
        f"+ error {c['error']}  (accounting OK)"
    ) in out
    assert "malformed_json" in out and f"release: {tmp_path}/v1" in out
    release_id = hashlib.sha256((tmp_path / "v1" / "manifest.json").read_bytes()).hexdigest()
    assert out.splitlines()[-1] == (
        f"release id: {release_id} (sha256 of manifest.json; pin it with --expect-sha256)"
    )


def test_bad_config_is_one_line_naming_file_and_key(bad_corpus, tmp_path, capsys):
    config = tmp_path / "run.yaml"
    config.write_text("normalize:\n  min_chars: -3\n")
    code, _, err = run_cli(
        run_args(str(bad_corpus / "*"), str(tmp_path / "out"), "--config", str(config)), capsys
    )
    assert code == 2
    assert err == f"curate: error: {config}: normalize.min_chars must be >= 0, got -3\n"


def test_no_input_matched(tmp_path, capsys):
    code, _, err = run_cli(
        run_args(str(tmp_path / "nothing-*.jsonl"), str(tmp_path / "out")), capsys
    )
    assert code == 2
    assert err == f"curate: error: no input files matched: {tmp_path}/nothing-*.jsonl\n"


def test_two_files_that_would_share_doc_ids_are_refused(tmp_path, capsys):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.jsonl").write_bytes(jsonl_line({"text": DOC}))
    code, _, err = run_cli(
        [
            "run",
            "--input",
            str(tmp_path / "a" / "*"),
            "--input",
            str(tmp_path / "b" / "*"),
            "--output",
            str(tmp_path / "out"),
            "--version",
            "v1",
        ],
        capsys,
    )
    assert code == 2
    assert err == (
        f"curate: error: inputs {tmp_path}/a/x.jsonl and {tmp_path}/b/x.jsonl both read as "
        "'x.jsonl', so their records would get the same doc_ids; give them under one glob "
        "(e.g. their parent/**)\n"
    )
    assert not (tmp_path / "out" / "v1").exists()


def test_unwritable_output(bad_corpus, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _, err = run_cli(run_args(str(bad_corpus / "legacy.txt"), str(blocker / "out")), capsys)
    assert code == 2
    assert err.startswith(f"curate: error: cannot write to output {blocker}/out: {blocker}/out/")
    assert err.endswith(": Not a directory\n") and err.count("\n") == 1


def test_set_overrides_config(bad_corpus, tmp_path, capsys):
    code, _, _ = run_cli(
        run_args(
            str(bad_corpus / "good.jsonl"), str(tmp_path), "--set", "release.rows_per_shard=1"
        ),
        capsys,
    )
    assert code == 0
    manifest = json.loads((tmp_path / "v1" / "manifest.json").read_text())
    assert all(s["rows"] == 1 for s in manifest["shards"])
    assert (
        json.loads((tmp_path / "v1" / "config.json").read_text())["release"]["rows_per_shard"] == 1
    )


def test_beam_options_pass_through(bad_corpus, tmp_path, capsys):
    """Flags the CLI does not know reach Beam: the runner named is the one that ran, and the
    manifest and every provenance row say so."""
    import pyarrow.parquet as pq

    code, out, _ = run_cli(
        run_args(
            str(bad_corpus / "legacy.txt"),
            str(tmp_path),
            "--runner=BundleBasedDirectRunner",
            "--job_name=curate-test",
            *(a for s in SPINE_ONLY for a in ("--set", s)),
        ),
        capsys,
    )
    assert code == 0 and "(accounting OK)" in out
    manifest = json.loads((tmp_path / "v1" / "manifest.json").read_text())
    assert manifest["runner"] == "BundleBasedDirectRunner" and manifest["counts"]["inputs"] > 0
    rows = pq.read_table(tmp_path / "v1" / "provenance").to_pylist()
    assert {r["run"]["runner"] for r in rows} == {"BundleBasedDirectRunner"}
    files = json.loads((tmp_path / "v1" / "stats.json").read_text())["input_files"]
    assert (files["read_to_end"], files["cut_short"], len(files["files"])) == (1, 0, 1)


def test_console_script_entry_point(tmp_path):
    result = subprocess.run(
        [str(Path(sys.executable).with_name("curate")), "run", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--input GLOB" in result.stdout and "Beam" in result.stdout


LINE_KINDS = {
    "good": (jsonl_line({"text": DOC}), ["kept"]),
    "dup": (
        jsonl_line({"text": "서울은 한국의 수도이며 한강이 도시를 가로지른다."}) * 2,
        ["dropped:exact_dedup", "kept"],
    ),
    "blank": (jsonl_line({"text": "  "}), ["dropped:normalize"]),
    "broken": (b"{oops\n", ["error:ingest"]),
    "null": (jsonl_line({"text": None}), ["error:ingest"]),
    "nfd": (jsonl_line({"text": "\u1100\u1161\u1100\u1161 나라"}), ["kept"]),
}


def test_each_line_kind_ends_as_expected_and_the_summary_adds_up(tmp_path, capsys):
    """One run, one file per kind of line: each file's records end where they should and the
    summary line states the counts the provenance holds."""
    import pyarrow.parquet as pq

    for kind, (data, _) in LINE_KINDS.items():
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{kind}.jsonl").write_bytes(data)
    spine = [arg for setting in SPINE_ONLY for arg in ("--set", setting)]
    code, out, _ = run_cli(
        run_args(str(tmp_path / "in" / "*"), str(tmp_path / "out"), *spine), capsys
    )
    assert code == 0
    rows = pq.read_table(tmp_path / "out" / "v1" / "provenance").to_pylist()
    ended: dict[str, list[str]] = {}
    for row in rows:
        kind = Path(row["source"]["uri"]).stem
        label = row["status"] if row["status"] == "kept" else f"{row['status']}:{row['stage']}"
        ended.setdefault(kind, []).append(label)
    assert {k: sorted(v) for k, v in ended.items()} == {k: v for k, (_, v) in LINE_KINDS.items()}
    assert out.splitlines()[0] == "inputs 7 = kept 3 + dropped 2 + error 2  (accounting OK)"
    assert "runner counters: inputs 7, kept 3, dropped 2, error 2 (agree with the release)" in out
    texts = pq.read_table(tmp_path / "out" / "v1" / "data").column("text").to_pylist()
    assert "가가 나라" in texts


_LINES = st.sampled_from(
    [
        jsonl_line({"text": DOC}),
        jsonl_line({"text": DOC + " 다른 문서"}),
        jsonl_line({"text": "\u1100\u1161 \u200b"}),
        jsonl_line({"text": ""}),
        b"not json\n",
        b"[]\n",
        jsonl_line({"text": 1}),
        b'{"text": "\xff"}\n',
        b"\n",
    ]
)


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(files=st.lists(st.lists(_LINES, max_size=12), min_size=1, max_size=3))
def test_accounting_identity_property(files, tmp_path_factory):
    from tests.conftest import curate_into

    root = tmp_path_factory.mktemp("prop")
    for index, lines in enumerate(files):
        (root / "in" / f"f{index}.jsonl").parent.mkdir(exist_ok=True)
        (root / "in" / f"f{index}.jsonl").write_bytes(b"".join(lines))
    result = curate_into([str(root / "in" / "*.jsonl")], root / "out")
    counts = result.manifest["counts"]
    expected = sum(1 for lines in files for line in lines if line.strip())
    assert counts["inputs"] == expected
    assert counts["inputs"] == counts["kept"] + counts["dropped"] + counts["error"]


def test_demo_curates_the_sample_corpus(tmp_path, capsys):
    import pyarrow.parquet as pq

    code, out, _ = run_cli(["demo", "--output", str(tmp_path)], capsys)
    assert code == 0 and "(accounting OK)" in out
    release = tmp_path / "releases" / "demo"
    manifest = json.loads((release / "manifest.json").read_text())
    counts = manifest["counts"]
    assert counts["kept"] > 150 and counts["error"] > 10 and counts["dropped"] > 20
    shard = pq.read_table(release / "data").to_pylist()
    assert all(r["token_count"] > 0 and r["lang"] == "ko" for r in shard)
    assert sum(r["pii_count"] for r in shard) > 0
    stages = {k.split(":")[1] for k in manifest_stats(release)}
    assert {"quality", "near_dedup", "exact_dedup"} <= stages
    rows = pq.read_table(release / "provenance").to_pylist()
    cp949 = next(r for r in rows if r["source"]["uri"].endswith("cp949-notice.txt"))
    assert cp949["status"] == "kept" and cp949["source"]["encoding"] == "cp949"
    warc = [r for r in rows if ".warc" in r["source"]["uri"]]
    assert any(r["source"]["encoding"] == "cp949" and r["status"] == "kept" for r in warc)
    assert {r["reason"] for r in warc if r["status"] == "dropped"} >= {"non_text_content"}
    texts = pq.read_table(release / "data", columns=["text"]).column("text").to_pylist()
    assert not any("\u200b" in t or "\u1100" in t for t in texts)
    assert f"release: {release}" in out


def _lose_every_other(record) -> bool:
    return int(record["doc_id"][-1], 16) % 2 == 0


def _invent_a_copy(record):
    yield record
    yield {**record, "doc_id": record["doc_id"] + "-copy"}


FAULTS = {"lose": beam.Filter(_lose_every_other), "invent": beam.FlatMap(_invent_a_copy)}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_run_that_loses_or_invents_records_exits_3_and_releases_nothing(fault, tmp_path, capsys):
    """A real pipeline with one faulty stage wired in: the identity must fail, loudly."""
    from curate.commands.run import curate

    lines = [
        jsonl_line({"text": f"{DOC} {n}번째 문단은 서로 다른 내용이다 {n * 7919}."})
        for n in range(6)
    ]
    (tmp_path / "in.jsonl").write_bytes(b"".join(lines))
    transform = FAULTS[fault]
    out = tmp_path / "out"
    code = curate(
        [str(tmp_path / "in.jsonl")],
        str(out),
        "v1",
        None,
        [*SPINE_ONLY, "near_dedup.enabled=false"],
        [],
        False,
        extra_stages=[("Faulty", transform)],
    )
    stdout, stderr = capsys.readouterr()
    assert code == 3 and stdout == ""
    errors = [line for line in stderr.splitlines() if line.startswith("curate: error:")]
    assert len(errors) == 1
    settled = "[0-5]" if fault == "lose" else "12"
    assert re.fullmatch(
        f"curate: error: accounting mismatch: inputs 6 != kept\\+dropped\\+error ({settled}); "
        "provenance rows \\1 != inputs 6",
        errors[0],
    )
    assert not (out / "v1").exists()
    assert [p.name for p in out.iterdir()] == []
