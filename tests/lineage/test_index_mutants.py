"""What the mutation run of ``lineage/index.py`` found no test for: which folders count as
releases and in what order, the columns of ``provenance``, the persistent index's tables and
indexes, and the one-line errors for a bad release, index or query. The releases here hold
only a provenance file written directly (no pipeline run)."""

import hashlib
import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.records import PROVENANCE_SCHEMA
from lineage import stores
from lineage.errors import LineageError
from lineage.index import (
    INDEX_FORMAT,
    ReleaseRef,
    build_index,
    find_releases,
    load_release,
    open_index,
    open_releases,
    open_sources,
)
from lineage.release_files import write_bytes
from tests.emulators import running

PROV = "provenance/part-0.parquet"


def row(doc_id: str, url: str | None, domain: str | None, **fields) -> dict:
    base = {name: None for name in PROVENANCE_SCHEMA.names}
    source = None if domain is None else {"url": url, "domain": domain, "dataset": "web"}
    dedup = {"exact_group": f"e-{doc_id}", "near_cluster_id": f"n-{doc_id}"}
    return {**base, "doc_id": doc_id, "status": "kept", "source": source, "dedup": dedup, **fields}


ROWS = [
    row("d3", "https://www.b.example.kr/x/", "b.example.kr"),
    row("d1", "http://a.example.kr/y", "a.example.kr"),
    row("d2", "https://A.example.kr/a", "a.example.kr"),
    row("d0", None, None),
]


def write_release(
    folder: Path, rows=ROWS, created_at="2024-06-01T00:00:00+00:00", version=None
) -> str:
    """A release holding only a provenance file, listed in its manifest with its sha256."""
    (folder / "provenance").mkdir(parents=True)
    path = folder / PROV
    pq.write_table(pa.Table.from_pylist(rows, schema=PROVENANCE_SCHEMA), path)
    entry = {
        "path": PROV,
        "rows": len(rows),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
    manifest = {"version": version or folder.name, "provenance": [entry]}
    if created_at is not None:
        manifest["created_at"] = created_at
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return str(folder)


def error_of(call, *args) -> str:
    with pytest.raises(LineageError) as caught:
        call(*args)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_folder_of_releases_is_read_oldest_first_without_hidden_or_unfinished_ones(tmp_path):
    write_release(tmp_path / "v3", created_at="2024-07-01T00:00:00+00:00")
    write_release(tmp_path / "v2", created_at="2024-06-01T00:00:00+00:00")
    write_release(tmp_path / "v1", created_at="2024-06-01T00:00:00+00:00")
    write_release(tmp_path / "v0", created_at=None)
    write_release(tmp_path / ".staging-v4-run", version="v4")
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("x")
    found = find_releases(tmp_path)
    assert [r.version for r in found] == ["v0", "v1", "v2", "v3"]
    assert [r.path for r in found] == [str(tmp_path / v) for v in ("v0", "v1", "v2", "v3")]
    assert found[0].created_at == ""
    assert [r.version for r in find_releases(tmp_path / "v2")] == ["v2"]
    with open_releases([str(tmp_path)]) as index:
        assert index.describe() == [f"{v} ({tmp_path / v})" for v in ("v0", "v1", "v2", "v3")]
        listed = index.query("SELECT version, path, created_at, manifest FROM releases")
        assert [(r["version"], r["path"], r["created_at"]) for r in listed] == [
            ("v0", str(tmp_path / "v0"), ""),
            ("v1", str(tmp_path / "v1"), "2024-06-01T00:00:00+00:00"),
            ("v2", str(tmp_path / "v2"), "2024-06-01T00:00:00+00:00"),
            ("v3", str(tmp_path / "v3"), "2024-07-01T00:00:00+00:00"),
        ]
        assert json.loads(listed[1]["manifest"]) == index.release("v1").manifest
        assert index.release("v2").path == str(tmp_path / "v2")
        assert error_of(index.release, "v4") == "release v4 is not in this index"


def test_a_relative_release_path_is_made_absolute(tmp_path, monkeypatch):
    write_release(tmp_path / "v1")
    monkeypatch.chdir(tmp_path)
    ref = load_release("v1")
    assert ref.path == str(tmp_path / "v1")
    assert ref.files("provenance") == [str(tmp_path / "v1" / PROV)]


def test_missing_or_unfinished_releases_are_named(tmp_path):
    gone = tmp_path / "nope"
    assert error_of(find_releases, gone) == f"no such release: {gone}"
    assert error_of(load_release, gone) == f"no such release: {gone}"
    (tmp_path / "file").write_text("x")
    assert error_of(find_releases, tmp_path / "file") == f"no such release: {tmp_path / 'file'}"
    (tmp_path / "empty").mkdir()
    assert error_of(find_releases, tmp_path / "empty") == (
        f"{tmp_path / 'empty'} is not a release (no manifest.json) and holds no releases"
    )
    assert error_of(load_release, tmp_path / "empty") == (
        f"{tmp_path / 'empty'} is not a complete release (no manifest.json)"
    )


def test_manifest_file_lists_in_either_form(tmp_path):
    listed = [{"path": "minhash/part-0.parquet", "sha256": "0" * 64}]
    ref = ReleaseRef("v1", str(tmp_path), {"version": "v1", "minhash": {"files": listed}})
    assert ref.entries("minhash") == listed
    assert ref.files("minhash") == [str(tmp_path / "minhash" / "part-0.parquet")]
    assert ref.entries("shards") == []
    bare = ReleaseRef("v1", str(tmp_path), {"version": "v1", "minhash": {"params": {}}})
    assert bare.entries("minhash") == []
    assert ReleaseRef("v1", str(tmp_path), {"shards": None}).entries("shards") == []


def test_provenance_rows_carry_their_release_and_lookup_columns(tmp_path):
    folder = write_release(tmp_path / "o'brien" / "v1")
    with open_releases([folder]) as index:
        rows = index.query(
            "SELECT * FROM provenance WHERE doc_id <> ? ORDER BY doc_id", ["d0"]
        ) + index.query("SELECT * FROM provenance WHERE doc_id = 'd0'")
    assert [r["doc_id"] for r in rows] == ["d1", "d2", "d3", "d0"]
    assert {r["release_version"] for r in rows} == {"v1"}
    assert {r["release_path"] for r in rows} == {folder}
    assert [r["url"] for r in rows] == [
        "http://a.example.kr/y",
        "https://A.example.kr/a",
        "https://www.b.example.kr/x/",
        None,
    ]
    assert [r["url_key"] for r in rows] == [
        "a.example.kr/y",
        "a.example.kr/a",
        "b.example.kr/x",
        None,
    ]
    assert [r["domain"] for r in rows] == ["a.example.kr", "a.example.kr", "b.example.kr", None]
    assert [r["dataset"] for r in rows][:3] == ["web"] * 3
    assert [r["exact_group"] for r in rows] == ["e-d1", "e-d2", "e-d3", "e-d0"]
    assert [r["near_cluster_id"] for r in rows] == ["n-d1", "n-d2", "n-d3", "n-d0"]
    assert rows[0]["status"] == "kept" and rows[0]["source"]["url"] == "http://a.example.kr/y"
    names = list(rows[0])
    assert names[:9] == [
        "release_version",
        "release_path",
        "doc_id",
        "url",
        "url_key",
        "domain",
        "dataset",
        "exact_group",
        "near_cluster_id",
    ]
    assert names.count("doc_id") == 1 and set(PROVENANCE_SCHEMA.names) <= set(names)


def test_releases_with_different_provenance_columns_are_read_together(tmp_path):
    older = write_release(tmp_path / "v1", rows=ROWS[:1])
    newer = tmp_path / "v2"
    (newer / "provenance").mkdir(parents=True)
    table = pa.Table.from_pylist(ROWS[1:2], schema=PROVENANCE_SCHEMA)
    pq.write_table(table.append_column("extra", pa.array(["x"])), newer / PROV)
    sha = hashlib.sha256((newer / PROV).read_bytes()).hexdigest()
    manifest = {"version": "v2", "provenance": [{"path": PROV, "sha256": sha}]}
    (newer / "manifest.json").write_text(json.dumps(manifest))
    with open_releases([older, str(newer)]) as index:
        rows = index.query("SELECT release_version, doc_id, extra FROM provenance ORDER BY doc_id")
    assert rows == [
        {"release_version": "v2", "doc_id": "d1", "extra": "x"},
        {"release_version": "v1", "doc_id": "d3", "extra": None},
    ]


def test_two_releases_of_one_version_are_refused(tmp_path):
    first = write_release(tmp_path / "a" / "v1")
    second = write_release(tmp_path / "b" / "v1")
    assert error_of(open_releases, [first, second]) == (
        f"two releases named v1: {first} and {second}"
    )


def test_one_release_named_twice_is_read_once(tmp_path):
    """``--release out/ --release out/v1``: the folder of releases and one inside it name the
    same release; its records count once (they were listed, and counted, twice)."""
    release = write_release(tmp_path / "out" / "v1")
    with open_releases([str(tmp_path / "out"), release, release]) as index:
        assert [r.version for r in index.releases] == ["v1"]
        doc_ids = [row[0] for row in index.con.execute("SELECT doc_id FROM provenance").fetchall()]
    assert sorted(doc_ids) == ["d0", "d1", "d2", "d3"]


def test_a_provenance_file_that_is_missing_altered_or_unreadable_is_named(tmp_path):
    folder = Path(write_release(tmp_path / "v1"))
    prov = folder / PROV
    data = prov.read_bytes()
    pq.write_table(pa.Table.from_pylist(ROWS[:2], schema=PROVENANCE_SCHEMA), prov)
    assert error_of(open_releases, [str(folder)]) == (
        f"provenance file {prov} does not match its manifest (sha256): it was altered or "
        "corrupted; pull the release again"
    )
    prov.write_bytes(data[:-100])
    assert error_of(open_releases, [str(folder)]) == (
        f"corrupted provenance file: {prov} (ArrowInvalid)"
    )
    prov.unlink()
    assert error_of(open_releases, [str(folder)]) == f"missing provenance file: {prov}"


def test_a_release_of_several_provenance_files_and_a_broken_manifest(tmp_path):
    folder = tmp_path / "v1"
    (folder / "provenance").mkdir(parents=True)
    entries = []
    for i, rows in enumerate((ROWS[:1], ROWS[1:3])):
        path = folder / "provenance" / f"part-{i}.parquet"
        pq.write_table(pa.Table.from_pylist(rows, schema=PROVENANCE_SCHEMA), path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        entries.append({"path": f"provenance/part-{i}.parquet", "sha256": sha})
    (folder / "manifest.json").write_text(json.dumps({"version": "v1", "provenance": entries}))
    other = write_release(tmp_path / "more" / "v2", rows=ROWS[3:])
    with open_releases([str(folder), other]) as index:
        assert index.path == f"{folder}, {other}"
        rows = index.query("SELECT release_version, doc_id FROM provenance ORDER BY doc_id")
    assert [(r["release_version"], r["doc_id"]) for r in rows] == [
        ("v2", "d0"),
        ("v1", "d1"),
        ("v1", "d2"),
        ("v1", "d3"),
    ]
    (folder / "manifest.json").write_text("{not json")
    manifest = folder / "manifest.json"
    assert error_of(load_release, folder) == f"corrupted manifest: {manifest} (JSONDecodeError)"
    assert error_of(open_releases, [str(tmp_path)]) == (
        f"corrupted manifest: {manifest} (JSONDecodeError)"
    )


def test_provenance_without_the_lookup_columns_is_one_line(tmp_path):
    folder = tmp_path / "v1"
    (folder / "provenance").mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": ["d1"]}), folder / PROV)
    sha = hashlib.sha256((folder / PROV).read_bytes()).hexdigest()
    manifest = {"version": "v1", "provenance": [{"path": PROV, "sha256": sha}]}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    other = write_release(tmp_path / "more" / "v2")
    message = error_of(open_releases, [other, str(folder)])
    assert message.startswith(f"cannot read the provenance of {other}, {folder}: ")
    assert "source" in message


def test_a_failing_query_is_one_line(tmp_path):
    with open_releases([write_release(tmp_path / "v1")]) as index:
        message = error_of(index.query, "SELECT no_such_column FROM provenance")
        assert message.startswith("query failed: ") and "no_such_column" in message
        assert index.query("SELECT count(*) AS n FROM provenance") == [{"n": 4}]


def test_release_or_index_exactly_one(tmp_path):
    folder = write_release(tmp_path / "v1")
    assert error_of(open_sources, [folder], str(tmp_path / "i.duckdb")) == (
        "give --index or --release, not both"
    )
    assert error_of(open_sources, None, None) == (
        "say where to look: --release DIR (repeatable) or --index FILE"
    )
    assert error_of(open_sources, [], None).startswith("say where to look")
    with open_sources([folder], None) as index:
        assert index.path == folder
    build_index([folder], str(tmp_path / "i.duckdb"))
    with open_sources(None, str(tmp_path / "i.duckdb")) as index:
        assert index.path == str(tmp_path / "i.duckdb")
        assert [r.version for r in index.releases] == ["v1"]


def test_a_built_index_holds_the_sorted_rows_indexes_and_its_format(tmp_path):
    write_release(tmp_path / "releases" / "v2", created_at="2024-07-01T00:00:00+00:00")
    write_release(tmp_path / "releases" / "v1", created_at="2024-06-01T00:00:00+00:00")
    out = tmp_path / "index" / "p.duckdb"
    out.parent.mkdir()
    out.write_bytes(b"an older index")
    report = build_index([str(tmp_path / "releases")], str(out))
    assert report == {
        "path": str(out),
        "rows": 2 * len(ROWS),
        "releases": 2,
        "bytes": out.stat().st_size,
    }
    assert [p.name for p in out.parent.iterdir()] == ["p.duckdb"]  # no temporary file left
    con = duckdb.connect(str(out), read_only=True)
    try:
        assert con.execute("SELECT format FROM index_meta").fetchall() == [(INDEX_FORMAT,)]
        (built_at,) = con.execute("SELECT built_at FROM index_meta").fetchone()
        assert built_at.endswith("+00:00") and "." not in built_at
        physical = con.execute("SELECT domain, url_key, doc_id FROM provenance").fetchall()
        indexes = con.execute(
            "SELECT index_name, expressions FROM duckdb_indexes() ORDER BY index_name"
        ).fetchall()
    finally:
        con.close()
    assert physical == sorted(
        physical, key=lambda r: (r[0] is None, r[0] or "", r[1] is None, r[1] or "", r[2])
    )
    assert [r[2] for r in physical[:4]] == ["d2", "d2", "d1", "d1"]
    assert [(name, "".join(cols).strip("[]'\"")) for name, cols in indexes] == [
        ("provenance_doc_id", "doc_id"),
        ("provenance_exact", "exact_group"),
        ("provenance_near", "near_cluster_id"),
        ("provenance_url_key", "url_key"),
    ]
    with open_index(str(out)) as index:
        assert [(r.version, r.path) for r in index.releases] == [
            ("v1", str(tmp_path / "releases" / "v1")),
            ("v2", str(tmp_path / "releases" / "v2")),
        ]
        assert index.release("v2").created_at == "2024-07-01T00:00:00+00:00"
        refused = error_of(index.query, "DELETE FROM provenance")  # opened read-only
        assert refused.startswith("query failed: ") and "read-only" in refused
        found = index.query(
            "SELECT release_version, doc_id FROM provenance WHERE url_key = ? ORDER BY 1",
            ["a.example.kr/y"],
        )
        assert found == [
            {"release_version": "v1", "doc_id": "d1"},
            {"release_version": "v2", "doc_id": "d1"},
        ]


def test_an_index_that_cannot_be_built_leaves_nothing(tmp_path):
    folder = write_release(tmp_path / "v1")
    missing = tmp_path / "no" / "p.duckdb"
    assert error_of(build_index, [folder], str(missing)) == (
        f"index folder does not exist: {missing.parent}"
    )
    (tmp_path / "v1" / PROV).write_bytes(b"not parquet")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(LineageError, match="corrupted provenance file"):
        build_index([folder], str(out / "p.duckdb"))
    assert list(out.iterdir()) == []


def make_index(tmp_path: Path) -> Path:
    out = tmp_path / "p.duckdb"
    build_index([write_release(tmp_path / "v1")], str(out))
    return out


def rewrite(index: Path, sql: str) -> None:
    con = duckdb.connect(str(index))
    try:
        con.execute(sql)
    finally:
        con.close()


def test_a_bad_index_file_is_named(tmp_path):
    gone = tmp_path / "nope.duckdb"
    assert error_of(open_index, str(gone)) == f"no such index: {gone}"
    text = tmp_path / "notes.txt"
    text.write_text("not an index")
    assert error_of(open_index, str(text)) == f"not a provenance index (or corrupted): {text}"
    other = tmp_path / "other.duckdb"
    rewrite(other, "CREATE TABLE t (x INT)")
    assert error_of(open_index, str(other)) == f"not a provenance index (or corrupted): {other}"

    old = make_index(tmp_path / "old")
    rewrite(old, "UPDATE index_meta SET format = 'korean-curate-provenance-index/0'")
    assert error_of(open_index, str(old)) == f"not a provenance index of this version: {old}"
    rewrite(old, "SELECT 1")  # the failed open closed its connection: writable again
    empty = make_index(tmp_path / "empty")
    rewrite(empty, "DELETE FROM index_meta")
    assert error_of(open_index, str(empty)) == f"not a provenance index of this version: {empty}"

    broken = make_index(tmp_path / "broken")
    path = str(tmp_path / "broken" / "v1")
    rewrite(broken, "UPDATE releases SET manifest = '{not json'")
    assert error_of(open_index, str(broken)) == (
        f"corrupted manifest: {broken} (release {path}) (JSONDecodeError)"
    )
    rewrite(broken, """UPDATE releases SET manifest = '{"version": "../x"}'""")
    assert f"{broken} (release {path})" in error_of(open_index, str(broken))
    rewrite(broken, "SELECT 1")  # every failed open closed its connection: writable again


def upload(local: Path, remote: str) -> None:
    for path in sorted(p for p in local.rglob("*") if p.is_file()):
        write_bytes(f"{remote}/{path.relative_to(local).as_posix()}", path.read_bytes())


def test_releases_on_a_store_are_found_verified_and_read_like_local_ones(tmp_path):
    local = tmp_path / "local"
    write_release(local / "v2", created_at="2024-07-01T00:00:00+00:00")
    write_release(local / "v1", rows=ROWS[:2], created_at="2024-06-01T00:00:00+00:00")
    write_release(local / ".staging-v3-run", version="v3")
    with running("moto", tmp_path / "moto") as emulator:
        stores.configure(emulator.beam_args)
        remote = f"{emulator.root}/releases"
        upload(local, remote)
        write_bytes(f"{remote}/notes/readme.txt", b"not a release")
        found = find_releases(f"{remote}/")
        assert [(r.version, r.path) for r in found] == [
            ("v1", f"{remote}/v1"),
            ("v2", f"{remote}/v2"),
        ]
        assert [r.version for r in find_releases(f"{remote}/v2/")] == ["v2"]
        assert load_release(f"{remote}/v1/").path == f"{remote}/v1"
        (copy,) = found[0].files("provenance")
        assert Path(copy).read_bytes() == (local / "v1" / PROV).read_bytes()
        key = hashlib.sha256(f"{remote}/v1".encode()).hexdigest()[:16]
        assert copy.endswith(f"/{key}/{PROV}") and "/curate-releases-" in copy
        (other,) = found[1].files("provenance")  # each release has its own copies
        assert Path(other).read_bytes() == (local / "v2" / PROV).read_bytes()
        assert Path(other).read_bytes() != Path(copy).read_bytes()
        with open_releases([remote]) as index:
            rows = index.query("SELECT release_path, doc_id FROM provenance ORDER BY doc_id, 1")
        assert sorted((r["doc_id"], r["release_path"]) for r in rows) == sorted(
            [(d, f"{remote}/v1") for d in ("d1", "d3")]
            + [(d, f"{remote}/v2") for d in ("d0", "d1", "d2", "d3")]
        )
        assert error_of(find_releases, f"{remote}/notes") == (
            f"{remote}/notes is not a release (no manifest.json) and holds no releases"
        )
        assert error_of(load_release, f"{remote}/notes") == (
            f"{remote}/notes is not a complete release (no manifest.json)"
        )
        pinned = f"{emulator.root}/pinnedX"  # a folder name ending in X, trailing slash given
        upload(local / "v1", pinned)
        assert load_release(f"{pinned}/").path == pinned
        assert [r.path for r in find_releases(f"{pinned}/")] == [pinned]
        write_bytes(f"{remote}/broken/manifest.json", b"{not json")
        assert error_of(load_release, f"{remote}/broken") == (
            f"corrupted manifest: {remote}/broken/manifest.json (JSONDecodeError)"
        )
