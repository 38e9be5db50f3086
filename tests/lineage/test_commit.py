"""A version is made once: of several commits of one version exactly one succeeds, the others
name the winner and leave nothing in the version; ``--overwrite`` replaces only the release it
saw; a commit that fails half-way (a real EFBIG from the kernel) puts everything back."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from curate.commands.main import main
from curate.config import config_sha256
from lineage.errors import CommitConflict, LineageError
from lineage.manifest import CONFIG, STATS, build_manifest, new_run, now, outcome_stats
from lineage.manifest_check import release_id
from lineage.release_files import (
    Committed,
    Target,
    check_target,
    commit,
    commit_lock,
    failure_of,
    file_info,
)
from lineage.stores import StoreUnavailable, store_for
from tests.conftest import REPO

SHARD = "data/part-00000-of-00001.parquet"


def staged(output: Path, version: str, payload: bytes, config_pad: int = 0):
    """A staging folder as a run leaves it (one data file), and the manifest to commit it
    with; the bytes are not Parquet, which the commit never reads."""
    config = {"pad": "x" * config_pad}
    run = new_run(config_sha256(config), "test")
    staging = output / f".staging-{version}-{run['run_id']}"
    (staging / "data").mkdir(parents=True)
    (staging / SHARD).write_bytes(payload)
    (staging / "_run_summary.json").write_text("{}")
    stats = outcome_stats([["kept", "", "", "d", 1]], 1)
    files = [file_info("data", SHARD, payload, 1, 1)]
    manifest = build_manifest(
        version=version,
        run=run,
        created_at=now(),
        inputs=[payload.decode()],
        input_files=1,
        stats=stats,
        files=files,
        config_file=None,
    )
    extra = {STATS: stats, CONFIG: config}
    return str(staging), manifest, extra, run["run_id"]


def commit_staged(job, target: Target):
    staging, manifest, extra, run_id = job
    return commit(staging, target, extra, manifest, run_id)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_concurrent_commits_of_one_version_exactly_one_wins(tmp_path):
    jobs = [staged(tmp_path, "v1", f"run {i}".encode()) for i in range(6)]
    targets = [check_target(str(tmp_path), "v1", overwrite=False) for _ in jobs]
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)

    def race(i: int) -> None:
        barrier.wait()
        try:
            results[i] = commit_staged(jobs[i], targets[i])
        except CommitConflict as err:
            results[i] = err
            assert failure_of(err, jobs[i][0]) is None  # the staging folder is discarded

    threads = [threading.Thread(target=race, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (winner,) = [r for r in results if isinstance(r, Committed)]
    won = next(i for i, r in enumerate(results) if r is winner)
    losers = [r for r in results if isinstance(r, CommitConflict)]
    assert len(losers) == len(jobs) - 1
    for err in losers:
        assert str(err) == (
            f"another run ({jobs[won][3]}) created {tmp_path}/v1 meanwhile; "
            "this run's release was not committed"
        )
    version = tmp_path / "v1"
    assert tree(version)[SHARD] == f"run {won}".encode()
    assert sorted(tree(version)) == sorted(
        [SHARD, "stats.json", "config.json", "README.md", "manifest.json"]
    )
    assert release_id((version / "manifest.json").read_bytes()) == winner.release_id
    assert [p.name for p in tmp_path.iterdir()] == ["v1"]  # no lock, no staging left
    assert (
        main(["pull", str(tmp_path), "--version", "v1", "--to", str(tmp_path / "pulled"),
              "--expect-sha256", winner.release_id])
        == 0
    )  # fmt: skip


def test_overwrite_replaces_only_the_release_it_saw(tmp_path):
    first = commit_staged(staged(tmp_path, "v1", b"A"), check_target(str(tmp_path), "v1", False))
    slow = check_target(str(tmp_path), "v1", overwrite=True)
    fast = check_target(str(tmp_path), "v1", overwrite=True)
    assert slow.seen == fast.seen == first.release_id
    replaced = commit_staged(staged(tmp_path, "v1", b"C"), fast)
    lost = staged(tmp_path, "v1", b"B")
    with pytest.raises(CommitConflict) as caught:
        commit_staged(lost, slow)
    assert str(caught.value) == (
        f"another run ({replaced.manifest['run']['run_id']}) replaced {tmp_path}/v1 meanwhile; "
        f"--overwrite replaces only the release this run saw at start ({first.release_id[:12]}…), "
        "so this run's release was not committed"
    )
    assert tree(tmp_path / "v1")[SHARD] == b"C"
    assert release_id((tmp_path / "v1" / "manifest.json").read_bytes()) == replaced.release_id
    again = commit_staged(lost, check_target(str(tmp_path), "v1", overwrite=True))
    assert tree(tmp_path / "v1")[SHARD] == b"B" and again.release_id != replaced.release_id


def test_a_version_made_while_a_run_ran_is_not_clobbered(tmp_path):
    """The run checked at start that v1 did not exist; a release appearing since is never
    deleted, as the old commit did."""
    late = check_target(str(tmp_path), "v1", overwrite=False)
    made = commit_staged(staged(tmp_path, "v1", b"first"), check_target(str(tmp_path), "v1", False))
    with pytest.raises(CommitConflict, match="created .* meanwhile"):
        commit_staged(staged(tmp_path, "v1", b"second"), late)
    assert tree(tmp_path / "v1")[SHARD] == b"first"
    assert release_id((tmp_path / "v1" / "manifest.json").read_bytes()) == made.release_id


def test_a_held_lock_names_its_holder_and_the_file_to_delete(tmp_path):
    target = check_target(str(tmp_path), "v1", overwrite=False)
    Path(target.lock).write_text(json.dumps({"run_id": "crashed-run", "host": "h", "since": "t"}))
    with pytest.raises(CommitConflict) as caught, commit_lock(target, "me", wait_s=0.3):
        pass
    assert str(caught.value) == (
        f"another run (crashed-run, on h since t) is committing {tmp_path}/v1; if that run "
        f"crashed, delete {target.lock} and rerun"
    )
    os.unlink(target.lock)
    with commit_lock(target, "me", wait_s=0):
        assert json.loads(Path(target.lock).read_text())["run_id"] == "me"
    assert not Path(target.lock).exists()


def test_a_waiting_commit_gets_the_lock_when_the_holder_finishes(tmp_path):
    target = check_target(str(tmp_path), "v1", overwrite=False)
    order = []

    def second() -> None:
        with commit_lock(target, "second"):
            order.append("second")

    with commit_lock(target, "first", wait_s=0):
        waiter = threading.Thread(target=second)
        waiter.start()
        waiter.join(0.5)  # it waits while the lock is held
        order.append("first done")
    waiter.join(10)
    assert order == ["first done", "second"]


# A commit in a child process whose files may not exceed LIMIT bytes (SIGXFSZ ignored, so the
# kernel answers EFBIG): the data file moves in and stats.json is written, config.json fails.
CHILD = """
import json, resource, signal, sys
from lineage.release_files import check_target, commit, failure_of
job = json.load(open(sys.argv[1]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
target = check_target(job["output"], "v1", overwrite=True)
try:
    commit(job["staging"], target, job["extra"], job["manifest"], job["run_id"])
except BaseException as err:
    print(failure_of(err, job["staging"]))
    sys.exit(2)
"""


@pytest.mark.parametrize("replacing", [False, True])
def test_a_commit_failing_half_way_puts_everything_back(tmp_path, replacing):
    if replacing:
        commit_staged(staged(tmp_path, "v1", b"old"), check_target(str(tmp_path), "v1", False))
    before = tree(tmp_path)
    staging, manifest, extra, run_id = staged(tmp_path, "v1", b"new", config_pad=20_000)
    job = tmp_path.parent / f"{tmp_path.name}-job.json"
    job.write_text(
        json.dumps(
            {"output": str(tmp_path), "staging": staging, "manifest": manifest, "extra": extra,
             "run_id": run_id}
        )
    )  # fmt: skip
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(job)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert child.returncode == 2, child.stderr
    assert child.stdout.strip() == (
        f"cannot write {tmp_path}/v1/config.json: File too large; no release was made and the "
        "staging folder was removed"
    )
    assert tree(tmp_path) == before
    assert (tmp_path / "v1").exists() == replacing
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_store_without_conditional_writes_is_refused():
    with pytest.raises(StoreUnavailable, match="cannot be committed to hdfs://"):
        store_for("hdfs://nn/releases")
    assert issubclass(StoreUnavailable, LineageError)
