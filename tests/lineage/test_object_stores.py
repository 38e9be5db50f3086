"""Inputs and releases on object stores, end to end against local emulators (tests/emulators.py).

For S3 (moto) and GCS (gcp-storage-emulator): the demo corpus uploaded, ``curate run`` from the
bucket into the bucket, ``pull`` to local disk, ``lineage find``/``explain`` on the remote
release, a takedown logged on the bucket and ``curate release`` from bucket to bucket, each
compared with the same run on local disk. What must match byte for byte does (data shards,
config, pulled files, the takedown release's shards); provenance matches row for row except
``run`` (a run's id and start time) and ``source.uri`` (where the input was read), stats with
input paths named by role, manifests in everything but run, time and paths, lineage answers in
everything but paths and ``run``.

Conditional writes (the commit lock, the manifest's exclusive create, the takedown log's
compare-and-swap append) run against every emulator, with what each honours: moto and
fake-gcs-server honour them (``If-None-Match``/``If-Match``; ``ifGenerationMatch``),
gcp-storage-emulator ignores preconditions (a second exclusive create succeeds there).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lineage import release_files, stores
from lineage.errors import CommitConflict
from lineage.keys import make_selector
from lineage.release_files import Target, commit_lock
from lineage.takedown import append_takedown, read_log
from tests.conftest import REPO, SPINE_ONLY
from tests.emulators import AWS_SECRET, Emulator, running, start_moto
from tests.lineage_helpers import curate, demo_release

SET_SPINE = [arg for override in SPINE_ONLY for arg in ("--set", override)]


@pytest.fixture(scope="module", params=["moto", "gcp-storage-emulator"])
def store(request, tmp_path_factory):
    """An emulator that runs the whole pipeline, with the demo release made on it."""
    with running(request.param, tmp_path_factory.mktemp(request.param)) as emulator:
        stores.configure(emulator.beam_args)
        yield emulator


def _upload(local: Path, remote: str) -> None:
    for path in sorted(p for p in local.rglob("*") if p.is_file()):
        name = path.relative_to(local).as_posix()
        release_files.write_bytes(f"{remote}/{name}", path.read_bytes())


def _remote_tree(remote: str) -> dict[str, bytes]:
    prefix = remote.rstrip("/") + "/"
    return {p[len(prefix) :]: release_files.read_bytes(p) for p in release_files.list_files(remote)}


def _local_tree(local: Path) -> dict[str, bytes]:
    files = (p for p in local.rglob("*") if p.is_file())
    return {p.relative_to(local).as_posix(): p.read_bytes() for p in files}


def _rows(files: dict[str, bytes], kind: str) -> list[dict[str, Any]]:
    """Provenance rows of a release's files, without ``run`` (which run decided a row) and the
    input file's location (``source.uri``: a local path in one, a bucket in the other)."""
    rows = []
    for name in sorted(n for n in files if n.startswith(f"{kind}/")):
        table = pq.read_table(pa.BufferReader(files[name]))
        for row in table.to_pylist():
            row.pop("run")
            row["source"].pop("uri")
            rows.append(row)
    return rows


def _comparable_manifest(data: bytes) -> dict[str, Any]:
    """What two runs of one corpus and config must agree on: everything but the run, its time,
    the input patterns and source release (paths) and the provenance files' hashes (their rows
    carry the run)."""
    manifest = json.loads(data)
    dropped = ("run", "created_at", "inputs", "card", "metadata", "code_version", "runner")
    for key in (*dropped, "derived_from"):
        manifest.pop(key, None)
    manifest["provenance"] = [
        {"path": e["path"], "rows": e["rows"]} for e in manifest["provenance"]
    ]
    return manifest


def _same_release(
    remote: dict[str, bytes], local: dict[str, bytes], inputs: dict[str, str]
) -> None:
    """Data files and config byte for byte; provenance row for row; stats and manifest with
    the input files' locations (``inputs``: path → role) named by role."""
    assert sorted(remote) == sorted(local)
    for name in remote:
        if name.startswith(("data/", "minhash/")) or name == "config.json":
            assert remote[name] == local[name], name
    assert _rows(remote, "provenance") == _rows(local, "provenance")
    for name in ("stats.json", "manifest.json"):
        load = _comparable_manifest if name == "manifest.json" else json.loads
        assert _comparable(load(remote[name]), inputs) == _comparable(load(local[name]), inputs)


def _no_secret(emulator: Emulator, *texts: str | bytes) -> None:
    for secret in emulator.secrets:
        for text in texts:
            blob = text if isinstance(text, bytes) else text.encode()
            assert secret.encode() not in blob


def _comparable(value: Any, paths: dict[str, str]) -> Any:
    """A lineage answer with the locations in ``paths`` named by their role and without the
    ``run`` that decided each row: what a local and a store release must agree on."""
    text = json.dumps(value, sort_keys=True)
    for path, role in paths.items():
        text = text.replace(path, role)

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "run"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip(json.loads(text))


def test_a_release_made_read_and_taken_down_on_a_store_equals_the_local_one(
    store, tmp_path_factory, tmp_path, capsys
):
    demo = demo_release(tmp_path_factory)
    stores.configure(store.beam_args)  # the local run configured Beam's filesystems for itself
    root = f"{store.root}/e2e"
    _upload(demo.corpus, f"{root}/raw")
    args = store.beam_args

    code, out, err = curate(
        [
            "run",
            "--input",
            f"{root}/raw/**",
            "--output",
            f"{root}/releases",
            "--version",
            "v1",
            *SET_SPINE,
            *args,
        ],
        capsys,
    )
    assert code == 0, err
    inputs = {f"{root}/raw": "INPUT", str(demo.corpus.resolve()): "INPUT"}
    remote_v1 = _remote_tree(f"{root}/releases/v1")
    _same_release(remote_v1, _local_tree(demo.release), inputs)
    assert not [p for p in release_files.list_files(f"{root}/releases") if "/." in p]
    _no_secret(store, out, err, *remote_v1.values())
    code, _, err = curate(
        [
            "run",
            "--input",
            f"{root}/raw/**",
            "--output",
            f"{root}/releases",
            "--version",
            "v1",
            *SET_SPINE,
            *args,
        ],
        capsys,
    )
    errors = [line for line in err.splitlines() if line.startswith("curate: error:")]
    assert code == 2 and len(errors) == 1 and "already exists" in errors[0], err

    # pull: every file byte for byte, then a rerun after an interruption copies what is missing
    code, out, err = curate(
        [
            "pull",
            f"{root}/releases",
            "--version",
            "v1",
            "--to",
            str(tmp_path / "pulled"),
            "--json",
            *args,
        ],
        capsys,
    )
    assert code == 0, err
    pulled = tmp_path / "pulled" / "v1"
    assert _local_tree(pulled) == remote_v1
    report = json.loads(out)
    assert report["copied"] and not report["skipped"]
    shard = pulled / report["copied"][0]
    shard.unlink()
    provenance = next(pulled.glob("provenance/*.parquet"))
    provenance.write_bytes(provenance.read_bytes()[:100])  # a file cut short
    (pulled / "manifest.json").unlink()
    code, out, err = curate(
        [
            "pull",
            f"{root}/releases",
            "--version",
            "v1",
            "--to",
            str(tmp_path / "pulled"),
            "--json",
            "--threads",
            "3",
            *args,
        ],
        capsys,
    )
    assert code == 0, err
    resumed = json.loads(out)
    assert sorted(resumed["copied"]) == sorted(
        [shard.relative_to(pulled).as_posix(), provenance.relative_to(pulled).as_posix()]
    )
    assert _local_tree(pulled) == remote_v1

    # lineage find / explain on the remote release: the local answers, but for the path
    doc = next(r for r in demo.provenance() if r["source"]["url"] and r["status"] == "kept")
    answers = {}
    for where, release in (("remote", f"{root}/releases"), ("local", str(demo.releases))):
        found = curate(
            [
                "lineage",
                "find",
                "--release",
                release,
                "--url",
                doc["source"]["url"],
                "--json",
                *args,
            ],
            capsys,
        )
        explained = curate(
            ["lineage", "explain", doc["doc_id"], "--release", release, "--json", *args], capsys
        )
        assert found[0] == 0 and explained[0] == 0, (found[2], explained[2])
        answers[where] = _comparable(
            [json.loads(found[1]), json.loads(explained[1])],
            {
                f"{root}/releases/v1": "RELEASE",
                str(demo.release.resolve()): "RELEASE",
                **inputs,
            },
        )
    assert answers["remote"] == answers["local"]
    assert answers["remote"][0]["total"] >= 1

    # a takedown logged on the store, then a release from the store to the store
    log = f"{root}/takedown.log"
    code, out, err = curate(
        [
            "lineage",
            "takedown",
            "--log",
            log,
            "--doc-id",
            doc["doc_id"],
            "--reason",
            "ticket-1",
            "--requester",
            "legal",
            "--release",
            f"{root}/releases/v1",
            *args,
        ],
        capsys,
    )
    assert code == 0, err
    takedowns, head = read_log(log)
    assert [t.kind for t in takedowns.entries] == ["doc_id"] and head.entries == 1
    code, out, err = curate(
        [
            "release",
            "--from",
            f"{root}/releases/v1",
            "--version",
            "v2",
            "--takedowns",
            log,
            "--json",
            *args,
        ],
        capsys,
    )
    assert code == 0, err
    local_log = tmp_path / "takedown.log"
    local_log.write_bytes(release_files.read_bytes(log))
    code, _, err = curate(
        [
            "release",
            "--from",
            str(demo.release),
            "--version",
            "v2",
            "--takedowns",
            str(local_log),
            "--output",
            str(tmp_path / "local-releases"),
        ],
        capsys,
    )
    assert code == 0, err
    remote_v2 = _remote_tree(f"{root}/releases/v2")
    local_v2 = _local_tree(tmp_path / "local-releases" / "v2")
    _same_release(remote_v2, local_v2, inputs)
    assert json.loads(remote_v2["manifest.json"])["derived_from"]["path"] == f"{root}/releases/v1"

    # versions and diff read the store too
    code, out, err = curate(["versions", f"{root}/releases", "--json", *args], capsys)
    assert code == 0, err
    assert [r["version"] for r in json.loads(out)] == ["v1", "v2"]
    remote_diff = curate(
        ["diff", f"{root}/releases/v1", f"{root}/releases/v2", "--json", *args], capsys
    )
    local_diff = curate(
        ["diff", str(demo.release), str(tmp_path / "local-releases" / "v2"), "--json"], capsys
    )
    assert remote_diff[0] == 0 and json.loads(remote_diff[1]) == json.loads(local_diff[1])
    assert doc["doc_id"] in {r["doc_id"] for r in json.loads(remote_diff[1])["removed"]}
    _no_secret(store, out, err, *remote_v2.values(), release_files.read_bytes(log))


# --- conditional writes, on each emulator -------------------------------------------------

# Which preconditions each emulator honours (checked below, the README says the same).
HONOURS = {"moto": True, "fake-gcs-server": True, "gcp-storage-emulator": False}


def _started(name: str, tmp_path: Path):
    with running(name, tmp_path / name) as emulator:
        stores.configure(emulator.beam_args)
        yield emulator


@pytest.fixture(params=sorted(HONOURS))
def any_store(request, tmp_path):
    yield from _started(request.param, tmp_path)


@pytest.fixture(params=sorted(name for name, honours in HONOURS.items() if honours))
def locking_store(request, tmp_path):
    """An emulator whose preconditions hold, so a lock or an append there can be exclusive."""
    yield from _started(request.param, tmp_path)


def test_exclusive_create_and_replace_as_the_emulator_implements_them(any_store):
    store = stores.versioned_store(f"{any_store.root}/x")
    path = f"{any_store.root}/locks/.v1.commit-lock"
    assert store.create_exclusive(path, b"first")
    honours = HONOURS[any_store.name]
    assert store.create_exclusive(path, b"second") is not honours
    data, token = store.read_versioned(path)
    assert data == (b"first" if honours else b"second")
    assert store.replace_if(path, b"third", token)
    assert store.replace_if(path, b"fourth", token) is not honours  # the token is stale now
    assert store.read_versioned(f"{any_store.root}/locks/none") == (None, None)


def test_the_commit_lock_on_a_store_keeps_a_second_committer_out(locking_store):
    target = Target(f"{locking_store.root}/releases", "v1", None, False)
    with (
        commit_lock(target, "run-a"),
        pytest.raises(CommitConflict, match="run-a"),
        commit_lock(target, "run-b", wait_s=0.3),
    ):
        pass
    with commit_lock(target, "run-c"):  # released: the next one gets in
        pass


def test_concurrent_takedowns_on_a_store_keep_the_chain(locking_store):
    log = f"{locking_store.root}/takedown.log"
    failures: list[BaseException] = []

    def reviewer(name: str) -> None:
        try:
            for n in range(4):
                selector = make_selector("domain", f"{name}{n}.example.kr")
                append_takedown(log, selector, reason=f"ticket {n}", requester=name)
        except BaseException as err:  # noqa: BLE001 - reported below
            failures.append(err)

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    takedowns, head = read_log(log)
    assert head.entries == 8
    assert sorted(t.value for t in takedowns.entries) == sorted(
        f"{n}{i}.example.kr" for n in "ab" for i in range(4)
    )


# --- a store this installation cannot reach, and credentials that cannot be found ---------

_ISOLATED = """
import contextlib, io, json, sys
for blocked in sys.argv[1].split(","):
    if blocked:
        sys.modules[blocked] = None  # as if the package were not installed
from curate.commands.main import main
results = []
for argv in json.loads(sys.argv[2]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except BaseException as exc:  # a traceback would be the bug under test
            import traceback
            traceback.print_exc(file=err)
            code = "raised"
    results.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def _isolated(commands: list[list[str]], blocked: list[str], env: dict[str, str]) -> list:
    """Run CLI commands in a fresh interpreter with ``blocked`` modules made unimportable and
    only ``env`` (plus PATH) as environment."""
    result = subprocess.run(
        [sys.executable, "-c", _ISOLATED, ",".join(blocked), json.dumps(commands)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PATH": os.environ.get("PATH", ""), "HOME": env.pop("HOME", "/nonexistent"), **env},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _every_command(root: str, local: str) -> list[list[str]]:
    return [
        ["run", "--input", f"{root}/raw/**", "--output", f"{local}/out", "--version", "v1"],
        ["run", "--input", f"{local}/in/*", "--output", f"{root}/releases", "--version", "v1"],
        ["pull", f"{root}/releases", "--version", "v1", "--to", local],
        ["diff", f"{root}/releases/v1", f"{root}/releases/v2"],
        ["versions", f"{root}/releases"],
        ["release", "--from", f"{root}/releases/v1", "--version", "v2", "--takedowns", "t.log"],
        ["lineage", "find", "--release", f"{root}/releases", "--doc-id", "x"],
        ["lineage", "explain", "x", "--release", f"{root}/releases"],
        [
            "lineage",
            "takedown",
            "--log",
            f"{root}/t.log",
            "--doc-id",
            "x",
            "--reason",
            "r",
            "--requester",
            "q",
            "--allow-unmatched",
        ],
        ["review", "--release", f"{root}/releases/v1", "--port", "0"],
    ]


@pytest.mark.parametrize(
    "root, blocked, extra",
    [
        ("gs://bucket", ["google.cloud.storage"], "korean-curate[gcp]"),
        ("s3://bucket", ["boto3"], "korean-curate[aws]"),
    ],
)
def test_a_store_whose_filesystem_is_not_installed_is_one_line_naming_the_extra(
    root, blocked, extra, tmp_path
):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text('{"text": "x"}\n')
    for code, _, err in _isolated(_every_command(root, str(tmp_path)), blocked, {}):
        assert code == 2, err
        assert err.startswith("curate: error: ") and err.count("\n") == 1, err
        assert f"pip install '{extra}'" in err and "Traceback" not in err


def test_missing_credentials_are_one_line_naming_the_store_and_what_was_tried(tmp_path):
    s3 = _isolated(
        _every_command("s3://bucket", str(tmp_path)),
        [],
        {
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": str(tmp_path / "none"),
            "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
        },
    )
    gcs = _isolated(
        _every_command("gs://bucket", str(tmp_path)),
        [],
        {"GOOGLE_APPLICATION_CREDENTIALS": str(tmp_path / "missing-adc.json")},
    )
    for code, _, err in s3:
        assert code == 2 and err.count("\n") == 1, err
        assert err.startswith("curate: error: cannot authenticate to s3://bucket: no AWS "), err
        assert "AWS_ACCESS_KEY_ID" in err and "instance roles" in err
    for code, _, err in gcs:
        assert code == 2 and err.count("\n") == 1, err
        assert err.startswith("curate: error: cannot authenticate to gs://bucket: "), err
        assert "GOOGLE_APPLICATION_CREDENTIALS names" in err and "missing-adc.json" in err


def test_store_flags_are_accepted_by_every_command_and_others_are_not(tmp_path, capsys):
    code, _, err = curate(["versions", str(tmp_path), "--s3_region_name=eu-west-1"], capsys)
    assert code == 2 and "no releases under" in err  # the flag was accepted
    code, _, err = curate(["versions", str(tmp_path), "--runner=FlinkRunner"], capsys)
    assert code == 2 and "unrecognized arguments: --runner=FlinkRunner" in err


def test_credentials_the_store_refuses_are_one_line_naming_the_store_and_what_was_tried(
    tmp_path,
):
    """moto enforcing IAM refuses the test key (403 InvalidAccessKeyId) on the first read."""
    moto = start_moto(tmp_path, enforce_auth=True)
    try:
        result = subprocess.run(
            [
                str(Path(sys.executable).with_name("curate")),
                "versions",
                f"{moto.root}/releases",
                *moto.beam_args,
            ],
            capture_output=True,
            text=True,
            env={**os.environ, **moto.env},
            timeout=120,
        )
    finally:
        moto.stop()
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(
        f"curate: error: {moto.root} refused access (InvalidAccessKeyId): credentials tried: "
    ), result.stderr
    assert AWS_SECRET not in result.stderr and "Traceback" not in result.stderr
