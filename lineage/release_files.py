"""A release's files through Beam's FileSystems (local, gs://, s3://): their names, their
bytes, and the staging folder they are committed from.

A run (``pipelines/write_release.py``) or a takedown release (``lineage/releases.py``) writes
into ``OUTPUT/.staging-VERSION-RUNID``; only after it finished and the accounting holds are
the files moved under ``OUTPUT/VERSION`` and the manifest written, last. A crash therefore
never leaves a version that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from lineage.card import dataset_card
from lineage.manifest import CARD, MANIFEST, STATS

_ROW_GROUP_ROWS = 10_000


class ReleaseError(RuntimeError):
    """The release target cannot be used (exists, incomplete, or not writable)."""


def join(*parts: str) -> str:
    return "/".join([parts[0].rstrip("/"), *(p.strip("/") for p in parts[1:])])


def file_name(kind: str, index: int, total: int) -> str:
    return f"{kind}/part-{index:05d}-of-{total:05d}.parquet"


def parquet_bytes(rows: list[dict[str, Any]], schema: pa.Schema, compression: str) -> bytes:
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(
        table,
        sink,
        compression=None if compression == "none" else compression,
        row_group_size=_ROW_GROUP_ROWS,
    )
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
    with FileSystems.create(path) as handle:
        handle.write(data)


def list_files(folder: str) -> list[str]:
    result = FileSystems.match([join(folder, "**")])[0]
    return sorted(m.path for m in result.metadata_list if not m.path.endswith("/"))


def check_target(output: str, version: str, overwrite: bool) -> str:
    """The release folder, after refusing an existing (or half-written) version."""
    target = join(output, version)
    if overwrite:
        return target
    if FileSystems.exists(join(target, MANIFEST)):
        raise ReleaseError(f"release {target} already exists; pass --overwrite to replace it")
    if FileSystems.exists(target) and list_files(target):
        raise ReleaseError(
            f"{target} exists but has no {MANIFEST} (an interrupted run?); "
            "pass --overwrite to replace it"
        )
    return target


def check_writable(output: str) -> None:
    probe = join(output, f".curate-write-probe-{uuid.uuid4().hex}")
    try:
        write_bytes(probe, b"")
        FileSystems.delete([probe])
    except Exception as err:  # noqa: BLE001 - any filesystem failure means "not writable"
        raise ReleaseError(f"cannot write to output {output}: {type(err).__name__}") from err


def read_json(path: str) -> Any:
    with FileSystems.open(path) as handle:
        return json.loads(handle.read().decode("utf-8"))


def json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def write_json(path: str, value: Any) -> None:
    write_bytes(path, json_bytes(value))


def discard(folder: str) -> None:
    """Remove a staging folder that must not become a release (a failed check, a crash)."""
    if FileSystems.exists(folder):
        FileSystems.delete([folder])


def _make_parents(paths: list[str]) -> None:
    """Local filesystems need folders before a rename; object stores ignore this."""
    for folder in sorted({p.rsplit("/", 1)[0] for p in paths}):
        if not FileSystems.exists(folder):
            FileSystems.mkdirs(folder)


def commit(
    staging: str, target: str, extra: dict[str, Any], manifest: dict[str, Any]
) -> dict[str, Any]:
    """Move staged files into ``target``, write ``extra`` JSON files and the dataset card,
    then the manifest, which also lists those metadata files with their sha256 (so stats,
    config and card are as verifiable as the shards). Returns the manifest written."""
    if FileSystems.exists(target):
        old = list_files(target)
        old_manifest = [p for p in old if p.endswith("/" + MANIFEST)]
        if old_manifest:
            FileSystems.delete(old_manifest)
        rest = [p for p in old if p not in old_manifest]
        if rest:
            FileSystems.delete(rest)
    staged = [p for p in list_files(staging) if not p.rsplit("/", 1)[-1].startswith("_")]
    prefix = staging.rstrip("/") + "/"
    destinations = [join(target, p[len(prefix) :]) for p in staged]
    _make_parents(destinations)
    FileSystems.rename(staged, destinations)
    metadata = {name: json_bytes(value) for name, value in extra.items()}
    metadata[CARD] = dataset_card(manifest, extra.get(STATS) or {}).encode("utf-8")
    for name, data in metadata.items():
        write_bytes(join(target, name), data)
    manifest = {
        **manifest,
        "metadata": [
            {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
            for name, data in metadata.items()
        ],
    }
    write_json(join(target, MANIFEST), manifest)
    FileSystems.delete([staging])
    return manifest
