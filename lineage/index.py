"""The provenance index: DuckDB over the provenance Parquet of one or many releases.

Opened over release folders it queries the Parquet files in place (nothing is copied; fine up
to a few million rows). ``build_index`` writes the same tables into one DuckDB file, sorted by
site and URL with ART indexes on ``doc_id``, ``url_key`` and the dedup groups, for answers in
milliseconds over many releases. Both expose the same relations, so every query works on either:

- ``releases(version, path, created_at, manifest)``
- ``provenance``: one row per input record per release — ``release_version``,
  ``release_path``, the lookup columns ``doc_id, url, url_key, domain, dataset, exact_group,
  near_cluster_id``, then every provenance column as the release stores it.
"""

from __future__ import annotations

import atexit
import datetime as dt
import functools
import hashlib
import json
import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from lineage.errors import LineageError
from lineage.keys import url_key
from lineage.manifest import MANIFEST
from lineage.manifest_check import check_manifest, parse_manifest, sha256_stream
from lineage.stores import is_remote

INDEX_FORMAT = "korean-curate-provenance-index/1"


@dataclass(frozen=True)
class ReleaseRef:
    """A committed release on local disk."""

    version: str
    path: str
    manifest: dict[str, Any]

    @property
    def created_at(self) -> str:
        return self.manifest.get("created_at") or ""

    def entries(self, kind: str) -> list[dict[str, Any]]:
        """The manifest's ``shards``, ``provenance`` or ``minhash`` file entries."""
        entries = self.manifest.get(kind) or []
        if isinstance(entries, dict):
            entries = entries.get("files") or []
        return entries

    def files(self, kind: str) -> list[str]:
        """Absolute paths of the manifest's ``shards``, ``provenance`` or ``minhash`` files;
        those of a release on a store are first copied to a local cache (DuckDB reads local
        Parquet), each verified against its sha256 on the way."""
        if is_remote(self.path):
            return _fetched(self.path, self.entries(kind))
        return [str(Path(self.path) / e["path"]) for e in self.entries(kind)]

    def verified_files(self, kind: str, what: str) -> list[str]:
        """``files(kind)`` after checking each: a readable Parquet footer (a truncated file is
        named as corrupted) and the sha256 the manifest lists (an altered one is refused), so
        no answer rests on bytes the release did not ship."""
        paths = self.files(kind)
        check_parquet(paths, what)
        for path, entry in zip(paths, self.entries(kind), strict=True):
            with open(path, "rb") as handle:
                if sha256_stream(handle) != entry["sha256"]:
                    raise LineageError(
                        f"{what} file {path} does not match its manifest (sha256): it was "
                        "altered or corrupted; pull the release again"
                    )
        return paths


@functools.cache
def _cache_root() -> str:
    """This process's copies of files of releases on stores, removed when it exits."""
    root = tempfile.mkdtemp(prefix="curate-releases-")
    atexit.register(shutil.rmtree, root, True)
    return root


def _fetched(release: str, entries: list[dict[str, Any]]) -> list[str]:
    """Local copies of a store release's listed files, copied (concurrently, verified) once
    per process."""
    from lineage.releases import copy_files

    cache = os.path.join(_cache_root(), hashlib.sha256(release.encode()).hexdigest()[:16])
    copied: list[str] = []
    copy_files(entries, release, cache, threads=8, copied=copied, skipped=[])
    return [os.path.join(cache, e["path"]) for e in entries]


def _load_remote(path: str) -> ReleaseRef:
    """A release on a store, by its manifest (read through Beam's FileSystems)."""
    from apache_beam.io.filesystems import FileSystems

    from lineage.release_files import read_bytes

    folder = path.rstrip("/")
    manifest_path = f"{folder}/{MANIFEST}"
    if not FileSystems.exists(manifest_path):
        raise LineageError(f"{path} is not a complete release (no {MANIFEST})")
    manifest = parse_manifest(read_bytes(manifest_path), manifest_path, complete=False)
    return ReleaseRef(version=manifest["version"], path=folder, manifest=manifest)


def _find_remote(path: str) -> list[ReleaseRef]:
    """A release on a store, or a folder of releases there."""
    from apache_beam.io.filesystems import FileSystems

    folder = path.rstrip("/")
    if FileSystems.exists(f"{folder}/{MANIFEST}"):
        return [_load_remote(folder)]
    found = FileSystems.match([f"{folder}/*/{MANIFEST}"])[0].metadata_list
    folders = sorted({m.path[: -len(MANIFEST) - 1] for m in found})
    releases = [_load_remote(f) for f in folders if not f.rsplit("/", 1)[-1].startswith(".")]
    if not releases:
        raise LineageError(f"{path} is not a release (no {MANIFEST}) and holds no releases")
    return sorted(releases, key=lambda r: (r.created_at, r.version))


def load_release(path: str | Path) -> ReleaseRef:
    if is_remote(str(path)):
        return _load_remote(str(path))
    folder = Path(path)
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        if not folder.exists():
            raise LineageError(f"no such release: {path}")
        raise LineageError(f"{path} is not a complete release (no {MANIFEST})")
    try:
        data = manifest_path.read_bytes()
    except OSError as err:
        raise LineageError(f"cannot read {manifest_path} ({err.strerror})") from err
    manifest = parse_manifest(data, str(manifest_path), complete=False)
    return ReleaseRef(version=manifest["version"], path=str(folder.resolve()), manifest=manifest)


def find_releases(path: str | Path) -> list[ReleaseRef]:
    """A release folder, or a folder of releases (every subfolder with a manifest, oldest
    first)."""
    if is_remote(str(path)):
        return _find_remote(str(path))
    folder = Path(path)
    if (folder / MANIFEST).is_file():
        return [load_release(folder)]
    if not folder.is_dir():
        raise LineageError(f"no such release: {path}")
    found = [
        load_release(c)
        for c in sorted(folder.iterdir())
        if not c.name.startswith(".") and (c / MANIFEST).is_file()  # not a commit in progress
    ]
    if not found:
        raise LineageError(f"{path} is not a release (no {MANIFEST}) and holds no releases")
    return sorted(found, key=lambda r: (r.created_at, r.version))


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join(_sql_str(v) for v in values) + "]"


def check_parquet(paths: list[str], what: str) -> None:
    """Read each footer: a truncated or overwritten file fails here with its name, not later
    inside a query."""
    for path in paths:
        try:
            pq.read_metadata(path)
        except FileNotFoundError as err:
            raise LineageError(f"missing {what} file: {path}") from err
        except (OSError, pa.ArrowException) as err:
            raise LineageError(f"corrupted {what} file: {path} ({type(err).__name__})") from err


def _first(err: Exception) -> str:
    """The first line of a DuckDB error: the rest repeats the query."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _url_keys(urls: pa.Array) -> pa.Array:
    return pa.array([url_key(u) for u in urls.to_pylist()], pa.string())


class ProvenanceIndex:
    """A DuckDB connection exposing ``releases`` and ``provenance``; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, releases: list[ReleaseRef], path: str):
        self.con = con
        self.releases = releases
        self.path = path

    def __enter__(self) -> ProvenanceIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.con.close()

    def describe(self) -> list[str]:
        return [f"{r.version} ({r.path})" for r in self.releases]

    def release(self, version: str) -> ReleaseRef:
        for ref in self.releases:
            if ref.version == version:
                return ref
        raise LineageError(f"release {version} is not in this index")

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Rows as dicts; DuckDB failures (a file gone bad since opening) become one line."""
        try:
            cursor = self.con.execute(sql, params or [])
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except duckdb.Error as err:
            raise LineageError(f"query failed: {_first(err)}") from err


def _release_select(ref: ReleaseRef) -> str:
    files = ref.files("provenance")
    return f"""
        SELECT {_sql_str(ref.version)} AS release_version, {_sql_str(ref.path)} AS release_path,
               doc_id, source.url AS url, url_key(source.url) AS url_key,
               source.domain AS domain, source.dataset AS dataset,
               dedup.exact_group AS exact_group, dedup.near_cluster_id AS near_cluster_id,
               * EXCLUDE (doc_id)
        FROM read_parquet({_sql_list(files)}, union_by_name = true)"""


def open_releases(paths: list[str]) -> ProvenanceIndex:
    """An in-memory index over release folders (or folders of releases), queried in place."""
    releases: list[ReleaseRef] = []
    for path in paths:
        releases.extend(find_releases(path))
    # A release named twice (a folder of releases and one inside it) is read once.
    by_version: dict[str, ReleaseRef] = {}
    for ref in releases:
        first = by_version.setdefault(ref.version, ref)
        if first.path != ref.path:
            raise LineageError(f"two releases named {ref.version}: {first.path} and {ref.path}")
        if first is ref:
            ref.verified_files("provenance", "provenance")
    releases = list(by_version.values())
    con = duckdb.connect()
    con.create_function(
        "url_key", _url_keys, ["VARCHAR"], "VARCHAR", type="arrow", null_handling="special"
    )
    con.execute(
        "CREATE TABLE releases (version VARCHAR, path VARCHAR, created_at VARCHAR, "
        "manifest VARCHAR)"
    )
    con.executemany(
        "INSERT INTO releases VALUES (?, ?, ?, ?)",
        [[r.version, r.path, r.created_at, json.dumps(r.manifest)] for r in releases],
    )
    union = "\nUNION ALL BY NAME\n".join(_release_select(r) for r in releases)
    try:
        con.execute(f"CREATE VIEW provenance AS {union}")
    except duckdb.Error as err:
        con.close()
        raise LineageError(
            f"cannot read the provenance of {', '.join(paths)}: {_first(err)}"
        ) from err
    return ProvenanceIndex(con, releases, ", ".join(paths))


def open_index(path: str) -> ProvenanceIndex:
    """A persistent index written by ``build_index`` (read-only)."""
    if not Path(path).is_file():
        raise LineageError(f"no such index: {path}")
    try:
        con = duckdb.connect(path, read_only=True)
        meta = con.execute("SELECT format FROM index_meta").fetchone()
        rows = con.execute("SELECT path, manifest FROM releases ORDER BY created_at").fetchall()
    except duckdb.Error as err:
        raise LineageError(f"not a provenance index (or corrupted): {path}") from err
    if meta is None or meta[0] != INDEX_FORMAT:
        con.close()
        raise LineageError(f"not a provenance index of this version: {path}")
    releases = []
    for release_path, text in rows:
        try:
            manifest = _indexed_manifest(text, f"{path} (release {release_path})")
        except LineageError:
            con.close()
            raise
        releases.append(
            ReleaseRef(version=manifest["version"], path=release_path, manifest=manifest)
        )
    return ProvenanceIndex(con, releases, path)


def _indexed_manifest(text: str, where: str) -> dict[str, Any]:
    """A manifest an index holds, checked like one read from a release."""
    try:
        manifest = json.loads(text)
    except ValueError as err:
        raise LineageError(f"corrupted manifest: {where} ({type(err).__name__})") from err
    return check_manifest(manifest, where, complete=False)


def open_sources(releases: list[str] | None, index: str | None) -> ProvenanceIndex:
    """What ``--release``/``--index`` name: exactly one of the two kinds."""
    if index and releases:
        raise LineageError("give --index or --release, not both")
    if index:
        return open_index(index)
    if not releases:
        raise LineageError("say where to look: --release DIR (repeatable) or --index FILE")
    return open_releases(releases)


def build_index(releases: list[str], out: str) -> dict[str, Any]:
    """Write a persistent index of the given releases to ``out`` (replaced atomically)."""
    target = Path(out)
    if not target.parent.is_dir():
        raise LineageError(f"index folder does not exist: {target.parent}")
    tmp = target.with_name(f".{target.name}.tmp-{secrets.token_hex(4)}")
    try:
        with open_releases(releases) as source:
            con = source.con
            con.execute(f"ATTACH {_sql_str(str(tmp))} AS idx")
            try:
                con.execute(
                    "CREATE TABLE idx.provenance AS SELECT * FROM provenance "
                    "ORDER BY domain, url_key, doc_id"
                )
                con.execute("CREATE TABLE idx.releases AS SELECT * FROM releases")
                con.execute(
                    "CREATE TABLE idx.index_meta AS SELECT ? AS format, ? AS built_at",
                    [INDEX_FORMAT, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
                )
                con.execute("CREATE INDEX provenance_doc_id ON idx.provenance (doc_id)")
                con.execute("CREATE INDEX provenance_url_key ON idx.provenance (url_key)")
                # explain's and takedowns' group members: a point lookup, not a scan of every
                # row (1,000,000 rows: 170 ms → 20 ms per explain).
                con.execute("CREATE INDEX provenance_exact ON idx.provenance (exact_group)")
                con.execute("CREATE INDEX provenance_near ON idx.provenance (near_cluster_id)")
                rows = con.execute("SELECT count(*) FROM idx.provenance").fetchone()[0]
                count = len(source.releases)
            except duckdb.Error as err:
                raise LineageError(f"cannot build index: {_first(err)}") from err
            finally:
                con.execute("DETACH idx")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return {"path": str(target), "rows": rows, "releases": count, "bytes": target.stat().st_size}
