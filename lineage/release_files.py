"""A release's files through Beam's FileSystems (local, gs://, s3://): their names, their
bytes, and the staging folder they are committed from.

A run (``pipelines/write_release.py``) or a takedown release (``lineage/releases.py``) writes
into ``OUTPUT/.staging-VERSION-RUNID``; only after it finished and the accounting holds are
the files moved under ``OUTPUT/VERSION`` and the manifest written, last. A crash therefore
never leaves a version that looks complete.

A version is made once. The commit runs under the version's commit lock,
``OUTPUT/.VERSION.commit-lock``, taken by one exclusive create (``lineage/stores.py``: a hard
link locally, ``ifGenerationMatch=0`` on GCS, ``If-None-Match: *`` on S3), so of two runs
committing one version only one is ever inside. Holding it, a run checks that the version
still holds what it saw at start (no release, or for ``--overwrite`` the release with the id it
saw: compare-and-swap on the manifest's sha256) and fails naming the run that got there first
otherwise; the manifest itself is created exclusively too. A commit that fails half-way puts
back what it moved, so a failure leaves the version as it found it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import re
import socket
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from lineage.card import dataset_card
from lineage.errors import CommitConflict, ReleaseError, WriteFailed
from lineage.manifest import CARD, CONFIG, MANIFEST, STATS, now
from lineage.manifest_check import check_version_name, release_id
from lineage.stores import is_remote, put_empty, scheme_of, store_for

_ROW_GROUP_ROWS = 10_000
LOCK_WAIT_S = 60.0
_POLL_S = 0.1
_LOG = logging.getLogger(__name__)


def join(*parts: str) -> str:
    return "/".join([parts[0].rstrip("/"), *(p.strip("/") for p in parts[1:])])


def file_name(kind: str, index: int, total: int) -> str:
    return f"{kind}/part-{index:05d}-of-{total:05d}.parquet"


def parquet_bytes(rows: Iterable[dict[str, Any]], schema: pa.Schema, compression: str) -> bytes:
    """One Parquet file of ``rows``, built a row group at a time: only one group's rows are
    alive at once when ``rows`` is a generator (a shard's rows unpacked as they are written).
    The bytes are those ``pq.write_table`` writes for the whole table."""
    sink = pa.BufferOutputStream()
    codec = None if compression == "none" else compression
    with pq.ParquetWriter(sink, schema, compression=codec) as writer:
        rows, empty = iter(rows), True
        while group := list(itertools.islice(rows, _ROW_GROUP_ROWS)):
            writer.write_table(pa.Table.from_pylist(group, schema=schema), _ROW_GROUP_ROWS)
            group.clear()  # before the next group is read, not after
            empty = False
        if empty:
            writer.write_table(pa.Table.from_pylist([], schema=schema))
    return sink.getvalue().to_pybytes()


def file_info(kind: str, path: str, data: bytes, rows: int, tokens: int) -> dict[str, Any]:
    """A written file as ``build_manifest`` lists it."""
    return {
        "kind": kind,
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": rows,
        "bytes": len(data),
        "token_count": tokens,
    }


def write_bytes(path: str, data: bytes) -> None:
    """Write one file's exact bytes (never compressed by its name); a kernel error comes out
    naming ``path`` (a failed ``write`` names no file), also from a Beam worker, whose runner
    passes only the error's text along."""
    try:
        if not data and scheme_of(path) == "s3":
            put_empty(path)
            return
        with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            handle.write(data)
    except OSError as err:
        if err.errno is None:
            raise
        raise OSError(err.errno, err.strerror, path) from err


def list_files(folder: str) -> list[str]:
    result = FileSystems.match([join(folder, "**")])[0]
    return sorted(m.path for m in result.metadata_list if not m.path.endswith("/"))


_ERRNO_TEXT = re.compile(r"\[Errno \d+\] ([^\[\]\n]+?): '([^'\n]+)'")


def os_failure(err: BaseException) -> tuple[str | None, str] | None:
    """(path, reason) of the kernel error behind a failure, or None when it was not one:
    searched through exception chains, Beam's ``BeamIOError`` details and the step-annotated
    error its runners raise (of a remote worker's error only the text arrives:
    ``[Errno 28] No space left on device: 'gs://…'``)."""
    pending: list[BaseException] = [err]
    seen: set[int] = set()
    unnamed = None
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, OSError) and current.strerror:
            if current.filename is not None:
                where = str(current.filename)
                if current.filename2 is not None:
                    where += f" -> {current.filename2}"
                return where, current.strerror
            unnamed = unnamed or (None, current.strerror)
        details = getattr(current, "exception_details", None)
        if isinstance(details, dict):
            pending.extend(v for v in details.values() if isinstance(v, BaseException))
        pending.extend(
            e
            for e in (current.__cause__, current.__context__, *current.args)
            if isinstance(e, BaseException)
        )
    match = _ERRNO_TEXT.search(str(err))
    return (match[2], match[1]) if match else unnamed


def describe(failure: tuple[str | None, str]) -> str:
    path, reason = failure
    return f"{path}: {reason}" if path else reason


def _first_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def check_writable(output: str) -> None:
    probe = join(output, f".curate-write-probe-{uuid.uuid4().hex}")
    try:
        write_bytes(probe, b"")
        FileSystems.delete([probe])
    except Exception as err:  # noqa: BLE001 - any filesystem failure means "not writable"
        failure = os_failure(err)
        reason = describe(failure) if failure else _first_line(err)
        raise ReleaseError(f"cannot write to output {output}: {reason}") from err


def read_bytes(path: str) -> bytes:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return handle.read()


def read_json(path: str) -> Any:
    with FileSystems.open(path) as handle:
        return json.loads(handle.read().decode("utf-8"))


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def write_json(path: str, value: Any) -> None:
    write_bytes(path, json_bytes(value))


def folder_bytes(folder: str) -> int:
    result = FileSystems.match([join(folder, "**")])[0]
    return sum(m.size_in_bytes for m in result.metadata_list)


def delete_tree(folder: str) -> None:
    """Remove a folder and everything under it. An object store has no folders: a prefix's
    objects are listed and deleted one by one (Beam deletes a bare prefix as one object)."""
    if is_remote(folder):
        files = list_files(folder)
        if files:
            FileSystems.delete(files)
    elif FileSystems.exists(folder):
        FileSystems.delete([folder])


def discard(folder: str) -> str:
    """Remove a staging folder that must not become a release (a failed check, a crash).
    Returns "" when it is gone, or what to tell the user about the one that had to stay."""
    try:
        delete_tree(folder)
        return ""
    except Exception as err:  # noqa: BLE001 - the failure being reported matters more
        try:
            size = f"{folder_bytes(folder)} bytes"
        except Exception:  # noqa: BLE001
            size = "size unknown"
        failure = os_failure(err)
        reason = describe(failure) if failure else _first_line(err)
        return f"; staging folder kept: {folder} ({size}; {reason}), remove it by hand"


def failure_of(err: BaseException, staging: str) -> ReleaseError | None:
    """Discard ``staging`` after ``err``; then the one-line error to raise instead of ``err``
    (a write failure names the path and the kernel's reason, and says whether the staging
    folder is gone), or None to let ``err`` propagate unchanged."""
    left = discard(staging)
    if isinstance(err, ReleaseError):
        return type(err)(f"{err}{left}") if left else None
    failure = os_failure(err)
    if failure is None:
        return None
    path, reason = failure
    return WriteFailed(
        f"cannot write {path or 'the release'}: {reason}; no release was made"
        + (left or " and the staging folder was removed")
    )


def manifest_id(folder: str) -> str | None:
    """The release id (sha256 of the manifest bytes) of the release in ``folder``, or None."""
    path = join(folder, MANIFEST)
    if not FileSystems.exists(path):
        return None
    return release_id(read_bytes(path))


@dataclass(frozen=True)
class Target:
    """A version folder and what a run saw there when it started: ``seen`` is the release id
    found then (None: no release), the only release ``--overwrite`` may replace."""

    output: str
    version: str
    seen: str | None
    overwrite: bool

    @property
    def path(self) -> str:
        return join(self.output, self.version)

    @property
    def lock(self) -> str:
        return join(self.output, f".{self.version}.commit-lock")


@dataclass(frozen=True)
class Committed:
    """A release as committed: where, its manifest, and its id (sha256 of the manifest)."""

    path: str
    manifest: dict[str, Any]
    release_id: str


def check_target(output: str, version: str, overwrite: bool) -> Target:
    """The release folder and what it holds now, after refusing an existing (or half-written)
    version unless ``overwrite``; also makes sure the store can commit exclusively."""
    check_version_name(version)
    store_for(output)
    target = Target(output, version, manifest_id(join(output, version)), overwrite)
    if overwrite:
        return target
    if target.seen is not None:
        raise ReleaseError(f"release {target.path} already exists; pass --overwrite to replace it")
    if list_files(target.path):
        raise ReleaseError(
            f"{target.path} exists but has no {MANIFEST} (an interrupted run?); "
            "pass --overwrite to replace it"
        )
    return target


def _lock_claim(path: str) -> bytes | None:
    try:
        return read_bytes(path) if FileSystems.exists(path) else None
    except OSError:
        return None


@contextmanager
def commit_lock(target: Target, run_id: str, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold the version's commit lock. A holder's commit takes seconds, so a run finding the
    lock taken waits up to ``wait_s`` for it; after that (a holder that crashed mid-commit
    keeps it) the error names the holder and the lock file to delete."""
    store = store_for(target.lock)
    claim = json_bytes(
        {"run_id": run_id, "host": socket.gethostname(), "pid": os.getpid(), "since": now()}
    )
    deadline = time.monotonic() + wait_s
    while not store.create_exclusive(target.lock, claim):
        held = _lock_claim(target.lock)
        if held is not None and time.monotonic() >= deadline:
            try:
                holder = json.loads(held)
            except ValueError:
                holder = {}
            raise CommitConflict(
                f"another run ({holder.get('run_id', 'unknown')}, on {holder.get('host', '?')} "
                f"since {holder.get('since', '?')}) is committing {target.path}; if that run "
                f"crashed, delete {target.lock} and rerun"
            )
        time.sleep(_POLL_S)
    try:
        yield
    finally:
        if _lock_claim(target.lock) == claim:
            store.delete(target.lock)
        else:
            _LOG.warning("commit lock %s was taken from run %s", target.lock, run_id)


def _run_of(folder: str) -> str:
    try:
        return str(read_json(join(folder, MANIFEST))["run"]["run_id"])
    except Exception:  # noqa: BLE001 - only used to name the other run
        return "run id unknown"


def _check_unchanged(target: Target) -> None:
    """Under the lock: the version still holds what the run saw at start, or CommitConflict."""
    current = manifest_id(target.path)
    if current != target.seen:
        if target.seen is None:
            raise CommitConflict(
                f"another run ({_run_of(target.path)}) created {target.path} meanwhile; "
                "this run's release was not committed"
            )
        other = f"another run ({_run_of(target.path)}) replaced" if current else "someone removed"
        raise CommitConflict(
            f"{other} {target.path} meanwhile; --overwrite replaces only the release this run "
            f"saw at start ({target.seen[:12]}…), so this run's release was not committed"
        )
    if not target.overwrite and list_files(target.path):
        raise CommitConflict(
            f"{target.path} got files but no {MANIFEST} meanwhile (an interrupted commit?); "
            "this run's release was not committed"
        )


def _move(files: list[str], source: str, destination: str, done: list[tuple[str, str]]) -> None:
    """Rename ``files`` from under ``source`` to the same place under ``destination``, one at a
    time, recording each in ``done`` so a failure can be undone exactly."""
    prefix = source.rstrip("/") + "/"
    for path in files:
        moved = join(destination, path[len(prefix) :])
        folder = moved.rsplit("/", 1)[0]
        if not FileSystems.exists(folder):
            FileSystems.mkdirs(folder)  # local disks need folders; object stores ignore this
        FileSystems.rename([path], [moved])
        done.append((path, moved))


def _undo(
    moved: list[tuple[str, str]], written: list[str], target: Target, created: bool, aside: str
) -> None:
    """Put a failed commit's version back as it was: what it wrote deleted, what it moved
    (new files in, the replaced release out to ``aside``) moved back, newest first, and the
    folders it made removed once empty (``aside``; the version if the commit created it)."""
    for path in written:
        try:
            if FileSystems.exists(path):
                FileSystems.delete([path])
        except Exception:  # noqa: BLE001 - undo as much as possible
            _LOG.warning("could not remove %s after a failed commit", path)
    for source, moved_to in reversed(moved):
        try:
            FileSystems.rename([moved_to], [source])
        except Exception:  # noqa: BLE001
            _LOG.warning("could not move %s back to %s after a failed commit", moved_to, source)
    for folder in [aside, *([target.path] if created else [])]:
        try:
            if FileSystems.exists(folder) and not list_files(folder):
                FileSystems.delete([folder])
        except Exception:  # noqa: BLE001
            _LOG.warning("could not remove the empty folder %s", folder)


def commit(
    staging: str, target: Target, extra: dict[str, Any], manifest: dict[str, Any], run_id: str
) -> Committed:
    """Move staged files into the version, write ``extra`` JSON files and the dataset card,
    then the manifest, which also lists those metadata files with their sha256 (so stats,
    config and card are as verifiable as the shards); all under the version's commit lock,
    after checking the version still holds what ``target`` saw. Raises CommitConflict when
    another run got there first, with nothing of this run left in the version."""
    metadata = {name: json_bytes(value) for name, value in extra.items()}
    metadata[CARD] = dataset_card(manifest, extra.get(STATS) or {}, extra.get(CONFIG)).encode(
        "utf-8"
    )
    manifest = {
        **manifest,
        "metadata": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in metadata.items()
        ],
    }
    manifest_bytes = json_bytes(manifest)
    store = store_for(target.path)
    staged = [p for p in list_files(staging) if not p.rsplit("/", 1)[-1].startswith("_")]
    replaced = join(target.output, f".replaced-{target.version}-{run_id}")
    with commit_lock(target, run_id):
        _check_unchanged(target)
        # Object stores have no folders: a version holds what its prefix lists. The old
        # manifest moves out first, so a half-replaced version never looks complete.
        old = sorted(list_files(target.path), key=lambda p: not p.endswith("/" + MANIFEST))
        created = not old and not FileSystems.exists(target.path)
        moved: list[tuple[str, str]] = []
        written: list[str] = []
        try:
            _move(old, target.path, replaced, moved)
            _move(staged, staging, target.path, moved)
            for name, data in metadata.items():
                written.append(join(target.path, name))
                write_bytes(written[-1], data)
            manifest_path = join(target.path, MANIFEST)
            if not store.create_exclusive(manifest_path, manifest_bytes):
                raise CommitConflict(
                    f"another run wrote {manifest_path} although this run held the commit lock "
                    f"(was {target.lock} deleted by hand?)"
                )
        except BaseException:
            _undo(moved, written, target, created, replaced)
            raise
        left = discard(replaced)
        if left:
            _LOG.warning("the replaced release could not be removed%s", left)
    discard(staging)
    return Committed(target.path, manifest, release_id(manifest_bytes))
