"""Releases as immutable versions: list, compare, pull with verification, and derive a new
version with takedowns applied.

Paths go through Beam's FileSystems, so a release can live on local disk, ``gs://`` or
``s3://``. A version is never changed once its manifest exists: ``make_release`` writes a new
one next to it, ``pull`` refuses to overwrite a different release of the same name. Every
manifest is checked (``lineage/manifest_check.py``) before a path it lists is used, and a
release is known by its id, the sha256 of its manifest bytes, which ``pull`` can be pinned to.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from curate.config import config_sha256
from curate.records import DROPPED, KEPT, MINHASH_SCHEMA, PROVENANCE_SCHEMA, SHARD_SCHEMA, decision
from lineage.errors import LineageError
from lineage.manifest import (
    CARD,
    CONFIG,
    CONTAMINATION,
    MANIFEST,
    STATS,
    AccountingError,
    build_manifest,
    check_accounting,
    contamination_keys,
    contamination_stats,
    new_run,
    now,
    outcome_key,
    outcome_stats,
)
from lineage.manifest_check import (
    check_version_name,
    confined,
    listed_files,
    parse_manifest,
    release_id,
    sha256_stream,
)
from lineage.release_files import (
    Committed,
    ReleaseError,
    WriteFailed,
    check_target,
    commit,
    describe,
    discard,
    failure_of,
    file_info,
    file_name,
    folder_bytes,
    join,
    manifest_id,
    os_failure,
    parquet_bytes,
    read_bytes,
    write_bytes,
)
from lineage.stores import store_for
from lineage.takedown import (
    RECORDED,
    STAGE,
    Groups,
    Removal,
    Takedowns,
    close_over_duplicates,
    log_sha256,
    read_log,
    recorded_heads,
)

_CHUNK = 8 * 1024 * 1024


def sha256_file(path: str) -> str | None:
    """Streamed SHA-256 of a file, None if it does not exist."""
    if not FileSystems.exists(path):
        return None
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return sha256_stream(handle, _CHUNK)


def open_manifest(release: str) -> tuple[dict[str, Any], str]:
    """A release's checked manifest and its release id (the sha256 of the bytes read, so the
    two always describe the same file)."""
    path = join(release, MANIFEST)
    if not FileSystems.exists(path):
        raise LineageError(f"no release at {release} (no {MANIFEST})")
    try:
        data = read_bytes(path)
    except OSError as err:
        raise LineageError(f"cannot read {path} ({err.strerror or type(err).__name__})") from err
    return parse_manifest(data, path), release_id(data)


def read_manifest(release: str) -> dict[str, Any]:
    return open_manifest(release)[0]


def verified_bytes(release: str, entry: dict[str, Any]) -> bytes:
    """A listed file's bytes, refused when they do not hash to the manifest's sha256."""
    path = join(release, entry["path"])
    try:
        data = read_bytes(path)
    except Exception as err:  # noqa: BLE001 - any filesystem failure: the file is unusable
        raise LineageError(f"cannot read {path} ({type(err).__name__})") from err
    got = hashlib.sha256(data).hexdigest()
    if got != entry["sha256"]:
        raise LineageError(
            f"{path} does not match its manifest (sha256 {got[:12]}…, expected "
            f"{entry['sha256'][:12]}…): the file was altered or corrupted"
        )
    return data


@contextmanager
def interpreting(path: str, what: str) -> Iterator[None]:
    """Around code that interprets a file whose bytes passed their hash check: content that
    is still not the table it should be (a manifest forged to match it) ends as one
    LineageError naming the file instead of a traceback from deep inside Arrow."""
    try:
        yield
    except (pa.ArrowException, OSError, KeyError, TypeError, ValueError) as err:
        if isinstance(err, LineageError):
            raise
        raise LineageError(f"corrupted {what} file: {path} ({type(err).__name__})") from err


def parse_table(data: bytes, path: str, what: str, columns: list[str] | None = None) -> pa.Table:
    """Parquet bytes as a table (the ``columns`` it has); a file that is no table is one
    LineageError naming ``path``."""
    with interpreting(path, what):
        parquet = pq.ParquetFile(pa.BufferReader(data))
        names = parquet.schema_arrow.names
        return parquet.read(columns=None if columns is None else [c for c in columns if c in names])


def read_table(
    release: str, entry: dict[str, Any], what: str, columns: list[str] | None = None
) -> pa.Table:
    """A listed Parquet file, verified against its sha256, then read."""
    path = join(release, entry["path"])
    return parse_table(verified_bytes(release, entry), path, what, columns)


# --- versions and diff ---------------------------------------------------------------------


def version_summary(manifest: dict[str, Any], rid: str | None, folder: str) -> dict[str, Any]:
    """One release as ``curate versions`` and the review app's release list show it."""
    applied = (manifest.get("takedowns") or {}).get("applied") or []
    return {
        "version": manifest["version"],
        "created_at": manifest.get("created_at"),
        "kept": manifest["counts"]["kept"],
        "dropped": manifest["counts"]["dropped"],
        "error": manifest["counts"]["error"],
        "tokens": manifest.get("token_count"),
        "shards": len(manifest.get("shards", [])),
        "derived_from": (manifest.get("derived_from") or {}).get("version"),
        "takedowns": len(applied),
        "path": folder,
        "release_id": rid,
        "complete": True,
    }


def versions(root: str) -> list[dict[str, Any]]:
    """The releases under ``root``, oldest first; local folders without a manifest are listed
    as incomplete (an interrupted run or pull)."""
    matches = FileSystems.match([join(root, "*", MANIFEST)])[0].metadata_list
    rows = []
    for meta in matches:
        folder = meta.path[: -len(MANIFEST) - 1]
        if folder.rsplit("/", 1)[-1].startswith("."):
            continue  # a release being replaced, moved aside by a commit in progress
        manifest, rid = open_manifest(folder)
        rows.append(version_summary(manifest, rid, folder))
    local = Path(root)
    if local.is_dir():
        done = {Path(r["path"]).name for r in rows}
        rows += [
            {"version": child.name, "path": str(child), "complete": False}
            for child in sorted(local.iterdir())
            if child.is_dir() and not child.name.startswith(".") and child.name not in done
        ]
    if not rows:
        raise LineageError(f"no releases under {root}")
    return sorted(rows, key=lambda r: (not r["complete"], r.get("created_at") or "", r["version"]))


def _provenance_table(release: str, manifest: dict[str, Any], columns: list[str]) -> pa.Table:
    """The given provenance columns of a release; a column its files lack (a release written
    before the column existed) comes back as nulls."""
    tables = []
    for entry in manifest.get("provenance", []):
        table = read_table(release, entry, "provenance", columns)
        tables.append(
            pa.table(
                {
                    c: table[c] if c in table.column_names else pa.nulls(len(table), pa.string())
                    for c in columns
                }
            )
        )
    return pa.concat_tables(tables) if tables else pa.table({c: [] for c in columns})


def diff(a: str, b: str) -> dict[str, Any]:
    """Documents added to, removed from and changed between the kept sets of two releases; a
    removed document carries what became of it in ``b``. Changed means another text in the
    shard (``shard_text_sha1``); releases written before that column are compared by
    ``text_sha1``, which misses line cleaning and PII masking, and the result says so."""
    man_a, man_b = read_manifest(a), read_manifest(b)
    columns = ["doc_id", "text_sha1", "shard_text_sha1", "status", "stage", "reason"]
    rows_a = _provenance_table(a, man_a, columns).to_pylist()
    rows_b = {r["doc_id"]: r for r in _provenance_table(b, man_b, columns).to_pylist()}
    kept_rows = [r for r in (*rows_a, *rows_b.values()) if r["status"] == KEPT]
    key = (
        "shard_text_sha1"
        if all(r["shard_text_sha1"] is not None for r in kept_rows)
        else "text_sha1"
    )
    kept_a = {r["doc_id"]: r[key] for r in rows_a if r["status"] == KEPT}
    kept_b = {d: r[key] for d, r in rows_b.items() if r["status"] == KEPT}
    absent = {"status": "absent", "stage": None, "reason": None}
    removed = [
        {"doc_id": doc_id, **{k: rows_b.get(doc_id, absent)[k] for k in absent}}
        for doc_id in sorted(kept_a.keys() - kept_b.keys())
    ]
    both = kept_a.keys() & kept_b.keys()
    return {
        "a": man_a["version"],
        "b": man_b["version"],
        "compared_by": key,
        "added": sorted(kept_b.keys() - kept_a.keys()),
        "removed": removed,
        "changed": sorted(d for d in both if kept_a[d] != kept_b[d]),
        "unchanged": sum(1 for d in both if kept_a[d] == kept_b[d]),
    }


# --- pull ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PullReport:
    target: str
    copied: list[str]
    skipped: list[str]
    release_id: str


def _copy_verified(src: str, dst: str, expected: str) -> None:
    """Stream ``src`` to ``dst`` through a temporary name; a mismatch leaves nothing behind."""
    if not FileSystems.exists(src):
        raise LineageError(f"{src} is listed in the manifest but missing from the source")
    partial = f"{dst}.partial"
    if "://" not in partial and os.path.lexists(partial):
        os.unlink(partial)  # a planted symlink is replaced, never written through
    digest = hashlib.sha256()
    try:
        with (
            FileSystems.open(src, compression_type=CompressionTypes.UNCOMPRESSED) as reader,
            FileSystems.create(partial, compression_type=CompressionTypes.UNCOMPRESSED) as writer,
        ):
            while chunk := reader.read(_CHUNK):
                digest.update(chunk)
                writer.write(chunk)
    except OSError as err:
        if FileSystems.exists(partial):
            FileSystems.delete([partial])
        if err.errno is None:
            raise
        raise OSError(err.errno, err.strerror, partial) from err  # name the file written
    if digest.hexdigest() != expected:
        FileSystems.delete([partial])
        raise LineageError(
            f"refusing {src}: sha256 {digest.hexdigest()[:12]}… does not match the manifest's "
            f"{expected[:12]}… (the source file was altered or corrupted); nothing of it was "
            "written"
        )
    if FileSystems.exists(dst):
        FileSystems.delete([dst])
    FileSystems.rename([partial], [dst])


def release_config(release: str, manifest: dict[str, Any]) -> dict[str, Any]:
    """A release's ``config.json``, verified: by its sha256 in ``metadata`` where the manifest
    lists it, and in any case by ``config_sha256``."""
    entry = next((e for e in manifest.get("metadata") or [] if e["path"] == CONFIG), None)
    path = join(release, CONFIG)
    try:
        data = verified_bytes(release, entry) if entry else read_bytes(path)
        config = json.loads(data)
    except LineageError:
        raise
    except Exception as err:  # noqa: BLE001 - missing or unreadable: either way not verifiable
        raise LineageError(f"cannot read {path} ({type(err).__name__})") from err
    if not isinstance(config, dict) or config_sha256(config) != manifest.get("config_sha256"):
        raise LineageError(f"refusing {path}: it does not hash to config_sha256")
    return config


def _undo_pull(target: str, copied: list[str], created: bool) -> None:
    """A refused source leaves nothing of this pull: the files it copied, and the target
    folder when the pull created it."""
    if created:
        discard(target)
        return
    for path in copied:
        if FileSystems.exists(join(target, path)):
            FileSystems.delete([join(target, path)])


def _fetch(entry: dict[str, Any], src: str, target: str) -> bool:
    """Copy one listed file unless the target already holds it with its sha256; whether it
    was copied."""
    dst = join(target, entry["path"])
    if sha256_file(dst) == entry["sha256"]:
        return False
    _copy_verified(join(src, entry["path"]), dst, entry["sha256"])
    return True


def copy_files(
    entries: list[dict[str, Any]],
    src: str,
    target: str,
    threads: int,
    copied: list[str],
    skipped: list[str],
) -> None:
    """Copy the listed files ``threads`` at a time: one stream per file cannot fill a link to
    a bucket (each request waits out its round trips). ``copied`` and ``skipped`` are filled
    in manifest order, also when a file fails: the first failure stops the files not yet
    started, lets the running ones finish, and is raised."""
    order = {entry["path"]: index for index, entry in enumerate(entries)}
    failures: list[BaseException] = []
    with ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="pull") as pool:
        futures = {pool.submit(_fetch, entry, src, target): entry["path"] for entry in entries}
        for future in as_completed(futures):
            if future.cancelled():
                continue
            err = future.exception()
            if err is not None:
                failures.append(err)
                for pending in futures:
                    pending.cancel()
                continue
            (copied if future.result() else skipped).append(futures[future])
    copied.sort(key=order.__getitem__)
    skipped.sort(key=order.__getitem__)
    if failures:
        raise failures[0]


def pull(
    source: str,
    version: str,
    to: str,
    expect_sha256: str | None = None,
    threads: int = 8,
) -> PullReport:
    """Copy release ``source/version`` to ``to/version``, ``threads`` files at a time,
    verifying every listed sha256 and the config hash; files already there with the right
    hash are skipped, so a rerun after an interruption copies only what is missing or
    incomplete (a ``.partial`` file is copied again from its start). The
    manifest is checked, and matched against ``expect_sha256`` (a release id), before anything
    is written; every destination must stay inside the target (no planted symlink leads out);
    a file that fails its hash removes what this pull wrote. The manifest is written last, so
    an interrupted pull never looks complete."""
    check_version_name(version)
    src = join(source, version)
    if not FileSystems.exists(join(src, MANIFEST)):
        raise LineageError(f"no release {version} at {source}")
    manifest_bytes = read_bytes(join(src, MANIFEST))
    rid = release_id(manifest_bytes)
    if expect_sha256 is not None and rid != expect_sha256.lower():
        raise LineageError(
            f"refusing {join(src, MANIFEST)}: its release id is sha256 {rid}, not the "
            f"{expect_sha256} --expect-sha256 pins; nothing was copied"
        )
    manifest = parse_manifest(manifest_bytes, join(src, MANIFEST))
    target = join(to, version)
    store = store_for(target)
    if manifest_id(target) not in (None, rid):
        raise LineageError(
            f"{target} already holds a different release {version}; releases are immutable, "
            "pull into another folder"
        )
    entries = listed_files(manifest)
    hashed = {entry["path"] for entry in entries}
    legacy = [name for name in (CONFIG, STATS, CARD) if name not in hashed]
    for name in [*hashed, *(f"{p}.partial" for p in hashed), *legacy, MANIFEST]:
        confined(target, name)
    created = not FileSystems.exists(target)
    copied: list[str] = []
    skipped: list[str] = []
    try:
        copy_files(entries, src, target, threads, copied, skipped)
        release_config(src, manifest)
        for name in legacy:
            if FileSystems.exists(join(src, name)):
                write_bytes(join(target, name), read_bytes(join(src, name)))
        written = store.create_exclusive(join(target, MANIFEST), manifest_bytes)
        if not written and manifest_id(target) != rid:
            raise LineageError(f"another pull wrote a different release {version} to {target}")
    except LineageError:
        _undo_pull(target, copied, created)
        raise
    except Exception as err:
        failure = os_failure(err)
        if failure is None:
            raise
        raise WriteFailed(
            f"pull of {version} failed: {describe(failure)}; {len(copied) + len(skipped)} "
            f"verified file(s) kept in {target} ({folder_bytes(target)} bytes): rerun to resume"
        ) from err
    return PullReport(target, copied, skipped, rid)


# --- a new version with takedowns applied --------------------------------------------------


def _removals(
    release: str, manifest: dict[str, Any], provenance: list[pa.Table], takedowns: Takedowns
) -> dict[str, Removal]:
    """Documents of the release the takedowns name, by provenance (doc id, URL, site) and by
    shard text, each by the earliest takedown naming it in any way (as a pipeline run names
    it), closed over their duplicate groups."""
    groups: dict[str, Groups] = {}
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    seeds: dict[str, tuple[str, Groups]] = {}
    sources: dict[str, Any] = {}
    with interpreting(join(release, "provenance"), "provenance"):
        rows = pa.concat_tables(provenance).select(["doc_id", "source", "dedup"]).to_pylist()
        for row in rows:
            dedup = row["dedup"] or {}
            key = (dedup.get("exact_group"), dedup.get("near_cluster_id"))
            groups[row["doc_id"]] = key
            for column, value in zip(("exact_group", "near_cluster_id"), key, strict=True):
                if value is not None:
                    members[(column, value)].append(row["doc_id"])
            sources[row["doc_id"]] = row["source"]
            named = {"doc_id": row["doc_id"], "source": row["source"]}
            hit = takedowns.match(named, resolved=False)
            if hit:
                seeds[row["doc_id"]] = (hit, key)
    if takedowns.has_text:
        for entry in manifest.get("shards", []):
            shard = read_table(release, entry, "data shard", ["doc_id", "text"])
            with interpreting(join(release, entry["path"]), "data shard"):
                for doc_id, text in zip(*shard.to_pydict().values(), strict=True):
                    # with its provenance again, so the earliest takedown of all is named
                    named = {"doc_id": doc_id, "source": sources.get(doc_id), "text": text}
                    hit = takedowns.match(named, resolved=False)
                    if hit:
                        seeds[doc_id] = (hit, groups.get(doc_id, (None, None)))
    removals = close_over_duplicates(
        seeds, lambda column, value: [(d, groups[d]) for d in members[(column, value)]]
    )
    for doc_id in groups.keys() - removals.keys():
        recorded = takedowns.resolved(doc_id)
        if recorded:
            removals[doc_id] = Removal(recorded, group=RECORDED)
    return removals


def _tokens(table: pa.Table) -> int:
    if "token_count" not in table.column_names:
        return 0
    return pc.sum(table.column("token_count")).as_py() or 0


def _filter_files(
    release: str,
    entries: list[dict[str, Any]],
    kind: str,
    schema: pa.Schema,
    removed: set[str],
    staging: str,
    compression: str,
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, int]]]:
    """Copy files without the removed documents: untouched files byte for byte, emptied ones
    left out, the rest renumbered contiguously. Returns file infos and doc id → (file, row)."""
    kept_tables = []
    for entry in entries:
        path = join(release, entry["path"])
        data = verified_bytes(release, entry)
        table = parse_table(data, path, kind)
        with interpreting(path, kind):
            ids = table.column("doc_id").to_pylist()
            mask = [doc_id not in removed for doc_id in ids]
            if all(mask):
                kept_tables.append((data, table))
            elif any(mask):
                filtered = table.filter(pa.array(mask))
                rewritten = parquet_bytes(filtered.to_pylist(), schema, compression)
                kept_tables.append((rewritten, filtered))
    infos, placements = [], {}
    for index, (data, table) in enumerate(kept_tables):
        name = file_name(kind, index, len(kept_tables))
        write_bytes(join(staging, name), data)
        infos.append(file_info(kind, name, data, table.num_rows, _tokens(table)))
        for row, doc_id in enumerate(table.column("doc_id").to_pylist()):
            placements[doc_id] = (name, row)
    return infos, placements


def _rewrite_provenance(
    row: dict[str, Any],
    removal: Removal | None,
    placement: tuple[str, int] | None,
    version: str,
    run: dict[str, Any],
) -> dict[str, Any]:
    """One provenance row of the new version: its new shard row, or why the takedown removed
    it. Rows a takedown did not touch keep the run that decided them."""
    out = {**row, "release": None}
    if placement is not None:
        out["release"] = {"version": version, "shard": placement[0], "row_index": placement[1]}
    if removal is None:
        return out
    out["decisions"] = [*(row["decisions"] or []), decision(STAGE, removal.rule, None, None, False)]
    out["run"] = run
    if row["status"] == KEPT:
        out.update(status=DROPPED, stage=STAGE, reason=removal.reason, shard_text_sha1=None)
    return out


def _stage_files(
    source: str,
    src_manifest: dict[str, Any],
    provenance: list[pa.Table],
    removals: dict[str, Removal],
    removed: set[str],
    staging: str,
    compression: str,
    run: dict[str, Any],
    version: str,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Write the new version's data, signatures and provenance into ``staging``; returns the
    file infos and the outcome statistics."""
    data_files, placements = _filter_files(
        source, src_manifest.get("shards", []), "data", SHARD_SCHEMA, removed, staging, compression
    )
    signatures = (src_manifest.get("minhash") or {}).get("files") or []
    sig_files, _ = _filter_files(
        source, signatures, "minhash", MINHASH_SCHEMA, removed, staging, compression
    )
    outcomes: Counter[tuple[str, str, str, str]] = Counter()
    contaminated: Counter[tuple[str, str]] = Counter()
    prov_files = []
    for entry, table in zip(src_manifest.get("provenance", []), provenance, strict=True):
        with interpreting(join(source, entry["path"]), "provenance"):
            rows = [
                _rewrite_provenance(
                    row, removals.get(row["doc_id"]), placements.get(row["doc_id"]), version, run
                )
                for row in table.to_pylist()
            ]
            outcomes.update(outcome_key(r) for r in rows)
            contaminated.update(key for r in rows for key in contamination_keys(r))
            data = parquet_bytes(rows, PROVENANCE_SCHEMA, compression)
        write_bytes(join(staging, entry["path"]), data)
        tokens = sum(r["token_count"] or 0 for r in rows)
        prov_files.append(file_info("provenance", entry["path"], data, len(rows), tokens))
    stats = outcome_stats(
        [[*key, count] for key, count in sorted(outcomes.items())], src_manifest["counts"]["inputs"]
    )
    if contaminated:
        stats[CONTAMINATION] = contamination_stats(
            [[*key, count] for key, count in contaminated.items()]
        )
    return data_files + prov_files + sig_files, stats


def make_release(source: str, version: str, log: str, output: str | None = None) -> Committed:
    """Write ``output/version`` (default: next to ``source``): release ``source`` without the
    documents the takedown log names and their duplicates, with provenance saying why, a card,
    stats and a manifest. The source is verified first and left untouched; a failed write
    leaves no version and no staging folder. Returns the committed release."""
    src_manifest, src_id = open_manifest(source)
    takedowns, head = read_log(log, recorded_heads([src_manifest]))
    log_hash = log_sha256(log)
    output = output or posixpath.dirname(source.rstrip("/")) or "."
    try:
        target = check_target(output, version, overwrite=False)
    except ReleaseError as err:
        raise LineageError(
            f"{join(output, version)} already exists; releases are immutable, choose another "
            "version"
        ) from err
    for entry in src_manifest.get("metadata") or []:
        verified_bytes(source, entry)
    config = release_config(source, src_manifest)
    compression = (config.get("release") or {}).get("compression")
    if not isinstance(compression, str):
        raise LineageError(f"{join(source, CONFIG)} names no release.compression")
    run = new_run(src_manifest["config_sha256"], "curate release")
    provenance = [read_table(source, e, "provenance") for e in src_manifest["provenance"]]
    removals = _removals(source, src_manifest, provenance, takedowns)
    with interpreting(join(source, "provenance"), "provenance"):
        kept_ids = {
            d
            for t in provenance
            for d, s in zip(
                t.column("doc_id").to_pylist(), t.column("status").to_pylist(), strict=True
            )
            if s == KEPT
        }
    removed = kept_ids & removals.keys()
    staging = join(output, f".staging-{version}-{run['run_id']}")
    try:
        files, stats = _stage_files(
            source, src_manifest, provenance, removals, removed, staging, compression, run, version
        )
        check_accounting(stats, files)
        removed_by: Counter[str] = Counter(removals[d].takedown for d in removed)
        manifest = build_manifest(
            version=version,
            run=run,
            created_at=now(),
            inputs=src_manifest["inputs"]["patterns"],
            input_files=src_manifest["inputs"]["files"],
            stats=stats,
            files=files,
            config_file=src_manifest.get("config_file"),
            minhash_params=(src_manifest.get("minhash") or {}).get("params"),
        )
        manifest["derived_from"] = {
            "version": src_manifest["version"],
            "path": source,
            "manifest_sha256": src_id,
        }
        manifest["takedowns"] = {
            "log_sha256": log_hash,
            **head.to_json(),
            "applied": [
                {"id": td.id, "removed": removed_by[td.id]}
                for td in takedowns.entries
                if removed_by[td.id]
            ],
        }
        return commit(staging, target, {STATS: stats, CONFIG: config}, manifest, run["run_id"])
    except BaseException as err:
        failure = failure_of(err, staging)
        if isinstance(err, AccountingError):
            raise LineageError(str(err)) from err
        if failure is None:
            raise
        raise failure from err
