"""Paths as remote workers see them: local paths made absolute at launch, refused where the
runner's workers cannot read them, and a run whose workers could open nothing failing loudly."""

import json
import os

import pytest

from curate.commands.main import main
from lineage.manifest import empty_release_reason, outcome_stats
from pipelines.launch_paths import LocalPathRefused, absolute, settle_paths, workers_are_remote
from tests.conftest import DOC, SPINE_ONLY, jsonl_line, settings


@pytest.mark.parametrize(
    "args, remote",
    [
        ([], False),
        (["--runner=BundleBasedDirectRunner"], False),
        (["--runner=DataflowRunner"], True),
        (["--runner=FlinkRunner"], False),
        (["--runner=FlinkRunner", "--flink_master=[local]"], False),
        (["--runner=FlinkRunner", "--flink_master=flink.example:8081"], True),
        (["--runner=FlinkRunner", "--environment_type=LOOPBACK"], False),
        (["--runner=FlinkRunner", "--environment_type=DOCKER"], True),
        (["--runner=PortableRunner"], True),
        (["--runner=PortableRunner", "--environment_type=EXTERNAL"], True),
        (["--runner=PortableRunner", "--environment_type=PROCESS"], True),
        (["--runner=PortableRunner", "--environment_type=LOOPBACK"], False),
        (["--runner=SparkRunner"], False),
        (["--runner=SparkRunner", "--spark_master_url=spark://m:7077"], True),
    ],
)
def test_which_runners_have_remote_workers(args, remote):
    from pipelines.options import pipeline_options

    assert workers_are_remote(pipeline_options(args)) is remote


def test_local_paths_become_absolute_and_shared_ones_stay(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    base = settings(
        "takedown.log=legal/log.jsonl",
        "near_dedup.against=['releases/v1', 'gs://bucket/releases/v0']",
        "copyright.optout_files=['optout.txt']",
    )
    inputs, output, settled = settle_paths(
        ["in/**/*", "s3://bucket/crawl/*.warc.gz", "file://rel/x.jsonl"],
        "out",
        base,
        remote=False,
        allow_local=False,
    )
    assert inputs == [
        f"{tmp_path}/in/**/*",
        "s3://bucket/crawl/*.warc.gz",
        f"{tmp_path}/rel/x.jsonl",
    ]
    assert output == f"{tmp_path}/out"
    assert settled.takedown.log == f"{tmp_path}/legal/log.jsonl"
    assert settled.near_dedup.against == (f"{tmp_path}/releases/v1", "gs://bucket/releases/v0")
    assert settled.copyright.optout_files == (f"{tmp_path}/optout.txt",)
    assert absolute("~/x") == os.path.expanduser("~/x")


@pytest.mark.parametrize(
    "inputs, output, against, option",
    [
        (["crawl/*.jsonl"], "gs://b/releases", [], "--input crawl/*.jsonl"),
        (["gs://b/crawl/*"], "/data/releases", [], "--output /data/releases"),
        (
            ["gs://b/crawl/*"],
            "gs://b/releases",
            ["/data/releases/v1"],
            "near_dedup.against /data/releases/v1",
        ),
    ],
)
def test_remote_workers_refuse_local_paths_they_would_open(inputs, output, against, option):
    base = settings(f"near_dedup.against={json.dumps(against)}")
    with pytest.raises(LocalPathRefused) as caught:
        settle_paths(inputs, output, base, remote=True, allow_local=False)
    assert str(caught.value) == (
        f"{option} is a local path, but this runner's workers are remote and cannot read it; "
        "use a shared filesystem (gs://, s3://, hdfs://), or pass --allow-local-paths if every "
        "worker mounts it at the same path"
    )
    settled, _, _ = settle_paths(inputs, output, base, remote=True, allow_local=True)
    assert all(p.startswith(("/", "gs://")) for p in settled)


def test_launch_files_read_on_the_launcher_are_not_refused():
    """The takedown log and opt-out lists are read once at launch and shipped with the
    transform: workers never open them."""
    base = settings("takedown.log=/legal/log.jsonl", "copyright.optout_files=['/o.txt']")
    _, _, settled = settle_paths(["gs://b/*"], "gs://b/r", base, remote=True, allow_local=False)
    assert settled.takedown.log == "/legal/log.jsonl"


def _run(tmp_path, capsys, *extra):
    spine = [a for s in SPINE_ONLY for a in ("--set", s)]
    code = main(["run", "--input", "in/*", "--output", "out", "--version", "v1", *spine, *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_remote_runner_with_a_relative_input_is_one_error_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(jsonl_line({"text": DOC}))
    code, _, err = _run(
        tmp_path,
        capsys,
        "--runner=PortableRunner",
        "--job_endpoint=localhost:1",
        "--environment_type=EXTERNAL",
        "--environment_config=localhost:1",
    )
    assert code == 2
    assert err == (
        "curate: error: --input in/* is a local path, but this runner's workers are "
        "remote and cannot read it; use a shared filesystem (gs://, s3://, hdfs://), or pass "
        "--allow-local-paths if every worker mounts it at the same path\n"
    )
    assert not (tmp_path / "out").exists()


def test_relative_paths_are_recorded_absolute(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(jsonl_line({"text": DOC}))
    code, _, _ = _run(tmp_path, capsys)
    assert code == 0
    manifest = json.loads((tmp_path / "out" / "v1" / "manifest.json").read_text())
    assert manifest["inputs"] == {"patterns": [f"{tmp_path}/in/*"], "files": 1}


def test_files_no_worker_could_open_are_named_as_the_cause():
    """The everyday cluster mistake: every file matched on the launcher, none opened on the
    workers. (Root opens any local file, so this machine cannot stage it end to end.)"""
    stats = outcome_stats([["error", "ingest", "unreadable_file", "web", 2]], 2)
    assert empty_release_reason(stats, 2) == (
        "none of the 2 input file(s) could be opened by the workers (unreadable_file); check "
        "that they can read the input paths"
    )
    some = outcome_stats(
        [
            ["error", "ingest", "unreadable_file", "web", 1],
            ["error", "ingest", "malformed_json", "web", 1],
        ],
        2,
    )
    assert empty_release_reason(some, 2).startswith("the release has no documents: all 2")
    kept = outcome_stats(
        [["kept", "", "", "web", 1], ["error", "ingest", "unreadable_file", "web", 1]], 2
    )
    assert empty_release_reason(kept, 2) is None
    assert empty_release_reason(outcome_stats([], 0), 0) is None


def test_a_release_with_no_documents_from_real_input_fails_loudly(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(b"{oops\n" + jsonl_line({"text": " "}))
    code, _, err = _run(tmp_path, capsys)
    assert code == 4
    assert err.splitlines()[-1] == (
        "curate: error: the release has no documents: all 2 input records were dropped (1) or "
        f"errors (1); see stats.json (release written: {tmp_path}/out/v1)"
    )


def test_a_run_where_no_input_record_could_be_read_is_one_error_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.docx").write_bytes(b"PK\3\4")
    (tmp_path / "in" / "b.pdf").write_bytes(b"%PDF-1.4")
    code, _, err = _run(tmp_path, capsys)
    assert code == 4
    errors = [line for line in err.splitlines() if line.startswith("curate: error:")]
    assert errors == [
        "curate: error: no input record could be read from the 2 input file(s) "
        f"(2 unsupported_file) (release written: {tmp_path}/out/v1)"
    ]
