"""What the mutation run of ``lineage/release_files.py`` found no test for: the paths a release's
files get, the kernel error a failed write is reported with, the one-line messages for an
unusable target, and the small file helpers the commit is built from."""

import errno
import hashlib
import json
import shutil
import subprocess
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from lineage import stores
from lineage.errors import CommitConflict, ReleaseError, WriteFailed
from lineage.manifest_check import UnsafePath, release_id
from lineage.release_files import (
    Target,
    check_target,
    check_writable,
    commit,
    commit_lock,
    delete_tree,
    describe,
    discard,
    failure_of,
    file_info,
    file_name,
    folder_bytes,
    join,
    json_bytes,
    list_files,
    manifest_id,
    os_failure,
    parquet_bytes,
    read_bytes,
    read_json,
    write_bytes,
    write_json,
)
from tests.emulators import running
from tests.lineage.test_commit import SHARD, commit_staged, staged, tree

NO_SPACE = "No space left on device"


def test_join_keeps_one_slash_between_parts_and_the_scheme_of_the_first():
    assert join("gs://bucket/releases/", "/v1/", "data/") == "gs://bucket/releases/v1/data"
    assert join("/out", "v1") == "/out/v1"
    assert join("/out/") == "/out"
    assert join("/outX/", "Xv1X", "dataX/") == "/outX/Xv1X/dataX"  # only slashes are trimmed


def test_file_names_are_numbered_with_five_digits():
    assert file_name("data", 3, 12) == "data/part-00003-of-00012.parquet"
    assert file_name("provenance", 0, 1) == "provenance/part-00000-of-00001.parquet"


def test_file_info_lists_kind_path_sha256_rows_bytes_and_tokens():
    data = b"parquet bytes"
    assert file_info("data", "data/part-00000-of-00001.parquet", data, 7, 99) == {
        "kind": "data",
        "path": "data/part-00000-of-00001.parquet",
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": 7,
        "bytes": len(data),
        "token_count": 99,
    }


def test_compression_none_writes_uncompressed_columns_and_a_codec_compresses():
    schema = pa.schema([("text", pa.string())])
    rows = [{"text": "대한민국 " * 50}] * 20
    plain = pq.ParquetFile(pa.BufferReader(parquet_bytes(rows, schema, "none")))
    packed = pq.ParquetFile(pa.BufferReader(parquet_bytes(rows, schema, "zstd")))
    assert plain.metadata.row_group(0).column(0).compression == "UNCOMPRESSED"
    assert packed.metadata.row_group(0).column(0).compression == "ZSTD"
    assert plain.read().to_pylist() == packed.read().to_pylist() == rows


def test_written_bytes_are_exact_even_under_a_compressed_name(tmp_path):
    path = tmp_path / "notes.json.gz"
    write_bytes(str(path), b"not gzip")
    assert path.read_bytes() == b"not gzip"
    assert read_bytes(str(path)) == b"not gzip"
    write_bytes(str(tmp_path / "empty"), b"")
    assert (tmp_path / "empty").read_bytes() == b""


def test_a_failed_write_names_the_file(tmp_path):
    (tmp_path / "file").write_text("x")
    path = str(tmp_path / "file" / "v1" / "data.parquet")
    with pytest.raises(OSError) as caught:
        write_bytes(path, b"data")
    assert caught.value.filename == path and caught.value.errno == errno.ENOTDIR
    assert caught.value.strerror
    assert os_failure(caught.value) == (path, caught.value.strerror)


def test_json_files_keep_hangul_readable_and_indented(tmp_path):
    value = {"name": "한국어", "n": [1]}
    assert json_bytes(value) == '{\n  "name": "한국어",\n  "n": [\n    1\n  ]\n}'.encode()
    write_json(str(tmp_path / "stats.json"), value)
    assert (tmp_path / "stats.json").read_bytes() == json_bytes(value)
    assert read_json(str(tmp_path / "stats.json")) == value


def test_list_files_is_every_file_below_sorted_without_folders(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.parquet").write_bytes(b"12345")
    (tmp_path / "a.json").write_bytes(b"12")
    (tmp_path / "empty").mkdir()
    assert list_files(str(tmp_path)) == [f"{tmp_path}/a.json", f"{tmp_path}/b/c/z.parquet"]
    assert folder_bytes(str(tmp_path)) == 7


def test_delete_tree_removes_a_folder_and_ignores_one_that_is_gone(tmp_path):
    (tmp_path / "stage" / "data").mkdir(parents=True)
    (tmp_path / "stage" / "data" / "x").write_bytes(b"x")
    delete_tree(str(tmp_path / "stage"))
    assert not (tmp_path / "stage").exists()
    delete_tree(str(tmp_path / "stage"))
    assert discard(str(tmp_path / "stage")) == ""


def test_os_failure_finds_the_kernel_error_behind_a_failure():
    named = OSError(errno.ENOSPC, NO_SPACE, "/out/v1/data.parquet")
    assert os_failure(named) == ("/out/v1/data.parquet", NO_SPACE)
    renamed = OSError(errno.EXDEV, "Invalid cross-device link", "/a", None, "/b")
    assert os_failure(renamed) == ("/a -> /b", "Invalid cross-device link")
    try:
        try:
            raise named
        except OSError as err:
            raise RuntimeError("step failed") from err
    except RuntimeError as wrapped:
        assert os_failure(wrapped) == ("/out/v1/data.parquet", NO_SPACE)
    try:
        try:
            raise named
        except OSError:
            raise ValueError("while handling") from None
    except ValueError as context:
        assert context.__cause__ is None and context.__context__ is named
        assert os_failure(context) == ("/out/v1/data.parquet", NO_SPACE)
    assert os_failure(RuntimeError("wrapped", named)) == ("/out/v1/data.parquet", NO_SPACE)


def test_os_failure_reads_beam_io_error_details_and_remote_error_text():
    class BeamIOError(OSError):
        def __init__(self, msg, exception_details):
            super().__init__(msg)
            self.exception_details = exception_details

    details = {"gs://b/x": OSError(errno.ENOSPC, NO_SPACE, "gs://b/x"), "gs://b/y": "text"}
    assert os_failure(BeamIOError("delete failed", details)) == ("gs://b/x", NO_SPACE)
    remote = RuntimeError(
        "Step 'Write' failed: [Errno 28] No space left on device: 'gs://b/out/v1/part-0'"
    )
    assert os_failure(remote) == ("gs://b/out/v1/part-0", NO_SPACE)


def test_os_failure_prefers_a_named_error_to_an_unnamed_one_and_is_none_without_one():
    unnamed = OSError(errno.ENOSPC, NO_SPACE)
    assert os_failure(unnamed) == (None, NO_SPACE)
    named = OSError(errno.EFBIG, "File too large", "/out/big")
    assert os_failure(RuntimeError("both", unnamed, named)) == ("/out/big", "File too large")
    assert os_failure(RuntimeError("no kernel error", OSError("plain"))) is None
    shared = RuntimeError("reached twice")
    assert os_failure(RuntimeError("x", shared, shared, named)) == ("/out/big", "File too large")
    loop = RuntimeError("a")
    other = RuntimeError("b")
    loop.__cause__, other.__cause__ = other, loop
    answers = []
    # in a thread, so that a search going round the cycle for ever fails here, not hangs
    search = threading.Thread(target=lambda: answers.append(os_failure(loop)), daemon=True)
    search.start()
    search.join(10)
    assert answers == [None]


def test_describe_names_the_path_when_there_is_one():
    assert describe(("/out/x", NO_SPACE)) == f"/out/x: {NO_SPACE}"
    assert describe((None, NO_SPACE)) == NO_SPACE


def test_a_writable_output_keeps_no_probe_and_an_unwritable_one_is_one_line(tmp_path):
    check_writable(str(tmp_path))
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "file").write_text("x")
    output = str(tmp_path / "file" / "releases")
    with pytest.raises(ReleaseError) as caught:
        check_writable(output)
    message = str(caught.value)
    assert message.startswith(f"cannot write to output {output}: {output}/.curate-write-probe-")
    assert message.endswith(": Not a directory") and "\n" not in message


def test_failure_of_reports_the_write_and_removes_the_staging_folder(tmp_path):
    staging = tmp_path / ".staging-v1-run"
    staging.mkdir()
    (staging / "x").write_bytes(b"x")
    failed = failure_of(OSError(errno.ENOSPC, NO_SPACE, "/out/v1/x"), str(staging))
    assert isinstance(failed, WriteFailed)
    assert str(failed) == (
        f"cannot write /out/v1/x: {NO_SPACE}; no release was made and the staging folder "
        "was removed"
    )
    assert not staging.exists()
    unnamed = failure_of(OSError(errno.ENOSPC, NO_SPACE), str(staging))
    assert str(unnamed).startswith(f"cannot write the release: {NO_SPACE}; no release was made")
    assert failure_of(ValueError("a bug"), str(staging)) is None
    assert failure_of(CommitConflict("another run"), str(staging)) is None


def test_manifest_id_is_the_sha256_of_the_manifest_or_none(tmp_path):
    assert manifest_id(str(tmp_path)) is None
    (tmp_path / "manifest.json").write_bytes(b'{"version": "v1"}')
    assert manifest_id(str(tmp_path)) == hashlib.sha256(b'{"version": "v1"}').hexdigest()


def test_a_target_is_the_version_folder_and_a_lock_beside_it():
    target = Target("gs://b/releases/", "v1", None, False)
    assert target.path == "gs://b/releases/v1"
    assert target.lock == "gs://b/releases/.v1.commit-lock"


def test_check_target_refuses_a_release_or_a_half_written_version(tmp_path):
    with pytest.raises(UnsafePath, match="is not a version name"):
        check_target(str(tmp_path), "../v1", overwrite=False)
    fresh = check_target(str(tmp_path), "v1", overwrite=False)
    assert fresh == Target(str(tmp_path), "v1", None, False)
    (tmp_path / "v1").mkdir()
    (tmp_path / "v1" / "part").write_bytes(b"x")
    with pytest.raises(ReleaseError) as caught:
        check_target(str(tmp_path), "v1", overwrite=False)
    assert str(caught.value) == (
        f"{tmp_path}/v1 exists but has no manifest.json (an interrupted run?); "
        "pass --overwrite to replace it"
    )
    assert check_target(str(tmp_path), "v1", overwrite=True).seen is None
    (tmp_path / "v1" / "manifest.json").write_bytes(b"{}")
    with pytest.raises(ReleaseError) as caught:
        check_target(str(tmp_path), "v1", overwrite=False)
    assert str(caught.value) == (
        f"release {tmp_path}/v1 already exists; pass --overwrite to replace it"
    )
    seen = check_target(str(tmp_path), "v1", overwrite=True)
    assert seen == Target(str(tmp_path), "v1", hashlib.sha256(b"{}").hexdigest(), True)


def test_a_lock_whose_claim_is_unreadable_still_names_the_lock_file(tmp_path):
    target = Target(str(tmp_path), "v1", None, False)
    Path(target.lock).write_bytes(b"not json")
    with pytest.raises(CommitConflict) as caught, commit_lock(target, "me", wait_s=0):
        pass
    assert str(caught.value) == (
        f"another run (unknown, on ? since ?) is committing {tmp_path}/v1; if that run "
        f"crashed, delete {target.lock} and rerun"
    )
    assert Path(target.lock).read_bytes() == b"not json"


def test_the_lock_claim_names_this_run_and_is_released(tmp_path):
    target = Target(str(tmp_path), "v1", None, False)
    with commit_lock(target, "run-7", wait_s=0):
        claim = json.loads(Path(target.lock).read_text())
        assert claim["run_id"] == "run-7" and claim["host"] and claim["pid"] > 0
        assert claim["since"]
    assert not Path(target.lock).exists()


@pytest.mark.parametrize("replacing", [False, True])
def test_a_commit_failing_in_this_process_puts_everything_back(tmp_path, replacing):
    if replacing:
        commit_staged(staged(tmp_path, "v1", b"old"), check_target(str(tmp_path), "v1", False))
    before = tree(tmp_path)
    staging, manifest, extra, run_id = staged(tmp_path, "v1", b"new")
    with_staging = tree(tmp_path)
    target = check_target(str(tmp_path), "v1", overwrite=True)
    # stats.json is written first; a file under it cannot be: the commit fails half-way
    extra = {**extra, "stats.json/more.json": {}}
    with pytest.raises(OSError) as caught:
        commit(staging, target, extra, manifest, run_id)
    assert tree(tmp_path) == with_staging
    assert (tmp_path / "v1").exists() == replacing
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["v1", Path(staging).name] if replacing else [Path(staging).name]
    )
    failed = failure_of(caught.value, staging)
    assert isinstance(failed, WriteFailed)
    assert str(failed).startswith(f"cannot write {tmp_path}/v1/stats.json")
    assert str(failed).endswith("; no release was made and the staging folder was removed")
    assert tree(tmp_path) == before


def test_a_version_removed_or_half_made_meanwhile_is_not_committed(tmp_path):
    first = commit_staged(staged(tmp_path, "v1", b"A"), check_target(str(tmp_path), "v1", False))
    saw = check_target(str(tmp_path), "v1", overwrite=True)
    (tmp_path / "v1" / "manifest.json").unlink()
    job = staged(tmp_path, "v1", b"B")
    with pytest.raises(CommitConflict) as caught:
        commit_staged(job, saw)
    assert str(caught.value) == (
        f"someone removed {tmp_path}/v1 meanwhile; --overwrite replaces only the release this "
        f"run saw at start ({first.release_id[:12]}…), so this run's release was not committed"
    )
    other = tmp_path / "other"
    late = check_target(str(other), "v1", overwrite=False)
    (other / "v1").mkdir(parents=True)
    (other / "v1" / "part").write_bytes(b"x")
    with pytest.raises(CommitConflict) as caught:
        commit_staged(staged(other, "v1", b"C"), late)
    assert str(caught.value) == (
        f"{other}/v1 got files but no manifest.json meanwhile (an interrupted commit?); "
        "this run's release was not committed"
    )
    assert tree(other / "v1") == {"part": b"x"}


def test_a_version_made_meanwhile_by_a_run_that_cannot_be_named(tmp_path):
    third = tmp_path / "third"
    late = check_target(str(third), "v1", overwrite=False)
    (third / "v1").mkdir(parents=True)
    (third / "v1" / "manifest.json").write_text("{}")
    with pytest.raises(CommitConflict) as caught:
        commit_staged(staged(third, "v1", b"D"), late)
    assert str(caught.value) == (
        f"another run (run id unknown) created {third}/v1 meanwhile; "
        "this run's release was not committed"
    )


def test_a_lock_taken_over_while_held_is_left_to_its_new_holder(tmp_path, caplog):
    target = Target(str(tmp_path), "v1", None, False)
    with commit_lock(target, "run-a", wait_s=0):
        Path(target.lock).write_text(json.dumps({"run_id": "run-b"}))
    assert json.loads(Path(target.lock).read_text()) == {"run_id": "run-b"}
    assert f"commit lock {target.lock} was taken from run run-a" in caplog.text


@pytest.fixture
def undeletable(tmp_path):
    """A staging folder holding a file nobody may delete (``chattr +i``), as a folder on a
    disk gone read-only or a bucket refusing deletes would be; skipped where this system
    cannot make one."""
    staging = tmp_path / ".staging-v1-run"
    (staging / "data").mkdir(parents=True)
    part = staging / "data" / "part"
    part.write_bytes(b"12345")
    if shutil.which("chattr") is None:
        pytest.skip("no chattr")
    made = subprocess.run(["chattr", "+i", str(part)], capture_output=True, check=False)
    if made.returncode != 0 or _deletable(staging):
        pytest.skip("cannot make an undeletable file here (chattr +i)")
    try:
        yield staging
    finally:
        subprocess.run(["chattr", "-i", str(part)], check=True)


def _deletable(staging: Path) -> bool:
    probe = staging / "data" / "probe"
    probe.write_bytes(b"")
    probe.unlink()
    try:
        (staging / "data" / "part").unlink()
    except OSError:
        return False
    return True


def test_a_staging_folder_that_cannot_be_removed_is_reported_with_its_size(undeletable):
    kept = (
        f"; staging folder kept: {undeletable} (5 bytes; part: Operation not permitted), "
        "remove it by hand"
    )
    assert discard(str(undeletable)) == kept
    failed = failure_of(OSError(errno.ENOSPC, NO_SPACE, "/out/v1/x"), str(undeletable))
    assert isinstance(failed, WriteFailed)
    assert str(failed) == f"cannot write /out/v1/x: {NO_SPACE}; no release was made{kept}"
    conflict = failure_of(CommitConflict("another run won"), str(undeletable))
    assert type(conflict) is CommitConflict and str(conflict) == f"another run won{kept}"
    assert (undeletable / "data" / "part").read_bytes() == b"12345"


def test_files_on_a_store_empty_or_not_are_written_listed_and_deleted(tmp_path):
    with running("moto", tmp_path / "moto") as emulator:
        stores.configure(emulator.beam_args)
        stage = f"{emulator.root}/.staging-v1-run"
        write_bytes(f"{stage}/_SUCCESS", b"")
        write_bytes(f"{stage}/data/part-0", b"parquet")
        assert list_files(stage) == [f"{stage}/_SUCCESS", f"{stage}/data/part-0"]
        assert read_bytes(f"{stage}/_SUCCESS") == b""
        assert folder_bytes(stage) == len(b"parquet")
        write_bytes(f"{emulator.root}/keep", b"k")
        assert discard(stage) == ""
        assert list_files(stage) == []
        assert list_files(emulator.root) == [f"{emulator.root}/keep"]
        delete_tree(stage)  # nothing left: nothing to do


def test_a_version_whose_name_ends_in_x_gets_its_files_where_they_belong(tmp_path):
    output = tmp_path / "outX"
    commit_staged(staged(output, "v1X", b"A"), check_target(str(output), "v1X", overwrite=False))
    assert sorted(tree(output / "v1X")) == sorted(
        [SHARD, "stats.json", "config.json", "README.md", "manifest.json"]
    )
    assert tree(output / "v1X")[SHARD] == b"A"
    replaced = commit_staged(staged(output, "v1X", b"B"), check_target(str(output), "v1X", True))
    assert tree(output / "v1X")[SHARD] == b"B"
    assert release_id((output / "v1X" / "manifest.json").read_bytes()) == replaced.release_id
    assert sorted(p.name for p in output.iterdir()) == ["v1X"]  # the old release is gone
