"""What the mutation run of ``lineage/releases.py`` found no test for: a pull that copies every
listed file in manifest order and nothing a forged or planted source could slip in, which
refuses to clobber a different release or write through a link, and which leaves only what the
user had when it is refused; the exact one-line refusals of a file that does not match its
manifest; the release list; and the diff of two kept sets. The releases are written by hand
(a few files with real hashes), so no test waits on a curation run."""

import gzip
import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.config import config_sha256
from lineage.errors import LineageError, WriteFailed
from lineage.manifest_check import UnsafePath
from lineage.releases import (
    diff,
    make_release,
    open_manifest,
    parse_table,
    pull,
    release_config,
    verified_bytes,
    versions,
)

SHARD = "data/part-00000-of-00001.parquet"
PROV = "provenance/part-00000-of-00001.parquet"
SIGS = "minhash/part-00000-of-00001.parquet"
METADATA = ("stats.json", "config.json", "README.md")
ORDER = [SHARD, PROV, SIGS, *METADATA]
CONFIG = {"release": {"compression": "zstd"}, "seed": 0}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_release(
    root: Path,
    version: str = "v1",
    *,
    legacy: bool = False,
    config=CONFIG,
    created_at: str | None = "2026-01-01T00:00:00+00:00",
    files: dict[str, bytes] | None = None,
    **fields,
) -> Path:
    """A release folder: its files, and a manifest listing each with its sha256 (``legacy``:
    stats, config and card unlisted, as releases made before they were hashed)."""
    release = root / version
    files = files or {
        SHARD: b"shard " * 3000,
        PROV: b"provenance " * 100,
        SIGS: b"signatures",
        # this release's own stats: no stray file elsewhere has these bytes
        "stats.json": json.dumps({"counts": {}, "release": str(release)}).encode(),
        "config.json": json.dumps(config).encode(),
        "README.md": b"# v1\n",
    }
    for path, data in files.items():
        (release / path).parent.mkdir(parents=True, exist_ok=True)
        (release / path).write_bytes(data)

    def listed(path):
        return {"path": path, "sha256": sha(files[path]), "bytes": len(files[path])}

    manifest = {
        "version": version,
        "created_at": created_at,
        "config_sha256": config_sha256(config),
        "inputs": {"patterns": ["corpus/**"], "files": 2},
        "counts": {"inputs": 5, "kept": 3, "dropped": 1, "error": 1},
        "token_count": 42,
        "shards": [listed(p) for p in files if p.startswith("data/")],
        "provenance": [listed(p) for p in files if p.startswith("provenance/")],
        "minhash": {"params": {}, "files": [listed(p) for p in files if p.startswith("minhash/")]},
        "stats": "stats.json",
        "config": "config.json",
        "card": "README.md",
        **fields,
    }
    if not legacy:
        manifest["metadata"] = [listed(p) for p in METADATA if p in files]
    (release / "manifest.json").write_text(json.dumps(manifest))
    return release


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (links as where they point) by its relative path."""
    return {
        str(p.relative_to(folder)): (
            f"-> {p.readlink()}".encode() if p.is_symlink() else p.read_bytes()
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file() or p.is_symlink()
    }


def refused(error, call, *args, **kwargs) -> str:
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    return str(caught.value)


# --- pull ------------------------------------------------------------------------------------


@pytest.mark.parametrize("threads", [0, 1, 8])
def test_a_pull_copies_every_listed_file_and_reports_them_in_manifest_order(tmp_path, threads):
    release = write_release(tmp_path / "src")
    report = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"), threads=threads)
    assert report.target == f"{tmp_path}/to/v1"
    assert report.copied == ORDER and report.skipped == []
    assert report.release_id == sha((release / "manifest.json").read_bytes())
    assert tree(tmp_path / "to" / "v1") == tree(release)
    again = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"), threads=threads)
    assert again.copied == [] and again.skipped == ORDER
    assert again.release_id == report.release_id


def test_a_resumed_pull_copies_only_the_missing_or_altered_files(tmp_path):
    write_release(tmp_path / "src")
    to = tmp_path / "to"
    pull(str(tmp_path / "src"), "v1", str(to))
    (to / "v1" / "manifest.json").unlink()
    (to / "v1" / SIGS).write_bytes(b"half")
    (to / "v1" / "stats.json").unlink()
    (to / "v1" / f"{SHARD}.partial").write_bytes(b"an interrupted copy")
    report = pull(str(tmp_path / "src"), "v1", str(to), threads=4)
    assert report.copied == [SIGS, "stats.json"]
    assert report.skipped == [SHARD, PROV, "config.json", "README.md"]
    assert tree(to / "v1") == {
        **tree(tmp_path / "src" / "v1"),
        f"{SHARD}.partial": b"an interrupted copy",
    }


def test_a_version_that_is_not_one_folder_is_refused_before_anything_is_read(tmp_path):
    write_release(tmp_path / "src")
    message = refused(UnsafePath, pull, str(tmp_path / "src"), "../src/v1", str(tmp_path / "to"))
    assert message.startswith("version '../src/v1' is not a version name")
    assert not (tmp_path / "to").exists()


def test_a_version_the_source_does_not_have_is_refused(tmp_path):
    write_release(tmp_path / "src")
    (tmp_path / "src" / "v2").mkdir()
    for version in ("v2", "v3"):
        message = refused(LineageError, pull, str(tmp_path / "src"), version, str(tmp_path / "to"))
        assert message == f"no release {version} at {tmp_path}/src"
    assert not (tmp_path / "to").exists()


def test_a_pinned_release_id_is_matched_in_any_case_and_a_wrong_one_copies_nothing(tmp_path):
    release = write_release(tmp_path / "src")
    rid = sha((release / "manifest.json").read_bytes())
    report = pull(str(tmp_path / "src"), "v1", str(tmp_path / "ok"), expect_sha256=rid.upper())
    assert report.release_id == rid and report.copied == ORDER
    other = sha(b"another manifest")
    message = refused(
        LineageError, pull, str(tmp_path / "src"), "v1", str(tmp_path / "no"), expect_sha256=other
    )
    assert message == (
        f"refusing {release}/manifest.json: its release id is sha256 {rid}, not the {other} "
        "--expect-sha256 pins; nothing was copied"
    )
    assert not (tmp_path / "no").exists()


def test_a_manifest_that_fails_its_check_is_refused_before_anything_is_written(tmp_path):
    release = write_release(tmp_path / "src")
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["counts"]["kept"] = -1
    (release / "manifest.json").write_text(json.dumps(manifest))
    message = refused(LineageError, pull, str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert message == f"corrupted manifest: {release}/manifest.json (counts are not counts)"
    assert not (tmp_path / "to").exists()


def test_a_different_release_of_the_same_name_is_never_overwritten(tmp_path):
    write_release(tmp_path / "src")
    theirs = write_release(tmp_path / "to", config={**CONFIG, "seed": 1})
    before = tree(theirs)
    message = refused(LineageError, pull, str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert message == (
        f"{theirs} already holds a different release v1; releases are immutable, pull into "
        "another folder"
    )
    assert tree(theirs) == before


@pytest.mark.parametrize("name", ["manifest.json", "stats.json", f"{SIGS}.partial"])
def test_a_link_planted_where_a_pull_writes_is_refused_and_nothing_is_written(tmp_path, name):
    """Every destination is checked: the manifest written last, a legacy release's unlisted
    metadata and each file's temporary name."""
    write_release(tmp_path / "src", legacy=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim").write_bytes(b"keep me")
    target = tmp_path / "to" / "v1"
    (target / Path(name).parent).mkdir(parents=True, exist_ok=True)
    (target / name).symlink_to(outside / "planted")  # dangling: no release is there yet
    before = tree(tmp_path / "to")
    message = refused(UnsafePath, pull, str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert message == (f"refusing to write {target}/{name}: a symlink there leads outside {target}")
    assert tree(tmp_path / "to") == before and tree(outside) == {"victim": b"keep me"}


def test_a_leftover_temporary_link_inside_the_target_is_replaced_not_written_through(tmp_path):
    release = write_release(tmp_path / "src")
    target = tmp_path / "to" / "v1"
    (target / "data").mkdir(parents=True)
    (target / "notes.txt").write_bytes(b"the user's notes")
    (target / f"{SHARD}.partial").symlink_to(target / "notes.txt")
    report = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert report.copied == ORDER
    assert (target / "notes.txt").read_bytes() == b"the user's notes"
    assert not (target / SHARD).is_symlink()
    assert tree(target) == {**tree(release), "notes.txt": b"the user's notes"}


@pytest.mark.parametrize("existed", [False, True])
def test_a_tampered_source_file_leaves_nothing_of_the_pull(tmp_path, existed):
    """The card is copied last: the files verified before it go too, and the target folder
    itself when the pull made it; what the user had there stays."""
    release = write_release(tmp_path / "src")
    card = release / "README.md"
    listed = sha(card.read_bytes())
    card.write_bytes(b"# v1, edited\n")
    target = tmp_path / "to" / "v1"
    if existed:
        target.mkdir(parents=True)
        (target / "notes.txt").write_bytes(b"mine")
    message = refused(
        LineageError, pull, str(tmp_path / "src"), "v1", str(tmp_path / "to"), threads=1
    )
    assert message == (
        f"refusing {card}: sha256 {sha(card.read_bytes())[:12]}… does not "
        f"match the manifest's {listed[:12]}… (the source file was altered or corrupted); "
        "nothing of it was written"
    )
    if existed:
        assert tree(tmp_path / "to") == {"v1/notes.txt": b"mine"}
    else:
        assert not target.exists()


def test_a_listed_file_missing_from_the_source_is_refused(tmp_path):
    release = write_release(tmp_path / "src")
    (release / PROV).unlink()
    message = refused(
        LineageError, pull, str(tmp_path / "src"), "v1", str(tmp_path / "to"), threads=1
    )
    assert message == f"{release}/{PROV} is listed in the manifest but missing from the source"
    assert not (tmp_path / "to" / "v1").exists()


def test_a_pull_that_cannot_write_keeps_what_it_verified_for_a_rerun(tmp_path):
    """A file where a folder must go: the write fails with the kernel's error, naming the
    file; the files verified before it stay (the one thread copies in manifest order), no
    manifest is written, and a rerun copies only the rest."""
    release = write_release(tmp_path / "src")
    target = tmp_path / "to" / "v1"
    (target / "data").mkdir(parents=True)
    (target / SHARD).write_bytes((release / SHARD).read_bytes())  # from an earlier pull
    (target / "minhash").write_bytes(b"")
    with pytest.raises(WriteFailed) as caught:
        pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"), threads=1)
    kept = [p for p in ORDER if (target / p).is_file()]
    assert kept[:2] == [SHARD, PROV] and SIGS not in kept
    size = sum(len((release / p).read_bytes()) for p in kept)
    assert str(caught.value) == (
        f"pull of v1 failed: {target}/{SIGS}.partial: File exists; {len(kept)} verified "
        f"file(s) kept in {target} ({size} bytes): rerun to resume"
    )
    assert tree(target) == {"minhash": b"", **{p: (release / p).read_bytes() for p in kept}}
    (target / "minhash").unlink()
    report = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"), threads=1)
    assert report.skipped == kept and report.copied == [p for p in ORDER if p not in kept]
    assert tree(target) == tree(release)


# --- legacy releases and the config ----------------------------------------------------------


def test_a_legacy_release_gets_its_unlisted_metadata_copied_after_its_files(tmp_path):
    release = write_release(tmp_path / "src", legacy=True)
    (release / "README.md").unlink()  # an old release without a card: nothing to copy
    report = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert report.copied == [SHARD, PROV, SIGS] and report.skipped == []
    assert tree(tmp_path / "to" / "v1") == tree(release)


@pytest.mark.parametrize(
    "config_bytes, reason",
    [
        (json.dumps({**CONFIG, "seed": 1}).encode(), "it does not hash to config_sha256"),
        (json.dumps([1, 2]).encode(), "it does not hash to config_sha256"),
        (b"{not json", "(JSONDecodeError)"),
        (None, "(FileNotFoundError)"),
    ],
)
def test_a_legacy_release_whose_config_does_not_verify_is_refused(tmp_path, config_bytes, reason):
    release = write_release(tmp_path / "src", legacy=True)
    if config_bytes is None:
        (release / "config.json").unlink()
    else:
        (release / "config.json").write_bytes(config_bytes)
        if config_bytes.startswith(b"["):
            manifest = json.loads((release / "manifest.json").read_text())
            manifest["config_sha256"] = config_sha256([1, 2])
            (release / "manifest.json").write_text(json.dumps(manifest))
    message = refused(LineageError, pull, str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    path = f"{release}/config.json"
    if reason.startswith("("):
        assert message == f"cannot read {path} {reason}"
    else:
        assert message == f"refusing {path}: {reason}"
    assert list((tmp_path / "to").iterdir()) == []


def test_a_listed_config_is_verified_by_its_sha256_and_by_config_sha256(tmp_path):
    release = write_release(tmp_path / "src")
    manifest, _ = open_manifest(str(release))
    assert release_config(str(release), manifest) == CONFIG
    forged = {**manifest, "config_sha256": config_sha256({**CONFIG, "seed": 1})}
    assert refused(LineageError, release_config, str(release), forged) == (
        f"refusing {release}/config.json: it does not hash to config_sha256"
    )
    (release / "config.json").write_text(json.dumps({**CONFIG, "seed": 1}))
    message = refused(LineageError, release_config, str(release), manifest)
    assert message.startswith(f"{release}/config.json does not match its manifest (sha256 ")
    assert message.endswith("…): the file was altered or corrupted")


# --- reading a release -----------------------------------------------------------------------


def test_a_file_is_refused_unless_it_hashes_to_its_manifest_entry(tmp_path):
    release = write_release(tmp_path / "src")
    entry = {"path": SHARD, "sha256": sha(b"shard " * 3000)}
    assert verified_bytes(str(release), entry) == b"shard " * 3000
    (release / SHARD).write_bytes(b"forged")
    assert refused(LineageError, verified_bytes, str(release), entry) == (
        f"{release}/{SHARD} does not match its manifest (sha256 {sha(b'forged')[:12]}…, "
        f"expected {entry['sha256'][:12]}…): the file was altered or corrupted"
    )
    (release / SHARD).unlink()
    assert refused(LineageError, verified_bytes, str(release), entry) == (
        f"cannot read {release}/{SHARD} (FileNotFoundError)"
    )


def test_a_folder_without_a_readable_manifest_is_no_release(tmp_path):
    assert refused(LineageError, open_manifest, str(tmp_path)) == (
        f"no release at {tmp_path} (no manifest.json)"
    )
    (tmp_path / "manifest.json").mkdir()
    assert refused(LineageError, open_manifest, str(tmp_path)) == (
        f"cannot read {tmp_path}/manifest.json (Is a directory)"
    )


def test_a_file_that_is_no_table_is_refused_naming_it_and_columns_are_picked(tmp_path):
    assert refused(LineageError, parse_table, b"PAR1 forged", "/r/v1/x", "data shard") == (
        "corrupted data shard file: /r/v1/x (ArrowInvalid)"
    )
    sink = pa.BufferOutputStream()
    pq.write_table(pa.table({"doc_id": ["a"], "text": ["t"], "n": [1]}), sink)
    data = sink.getvalue().to_pybytes()
    assert parse_table(data, "p", "w").column_names == ["doc_id", "text", "n"]
    assert parse_table(data, "p", "w", ["n", "doc_id", "absent"]).column_names == ["n", "doc_id"]


def test_versions_lists_each_release_oldest_first_and_the_incomplete_last(tmp_path):
    root = tmp_path / "releases"
    rids = {}
    for version, created in [("v2", "2026-02-01"), ("a-first", "2026-01-01"), ("v0", None)]:
        release = write_release(root, version, created_at=created)
        rids[version] = sha((release / "manifest.json").read_bytes())
    derived = write_release(
        root,
        "v3",
        created_at="2026-03-01",
        derived_from={"version": "v2", "path": str(root / "v2")},
        takedowns={
            "entries": 2,
            "head_sha256": None,
            "applied": [{"id": "a", "removed": 1}, {"id": "b", "removed": 4}],
        },
    )
    rids["v3"] = sha((derived / "manifest.json").read_bytes())
    write_release(root, ".v2.replaced-1234")  # moved aside by a commit in progress
    (root / ".staging-v4-1").mkdir()
    (root / "v4-interrupted" / "data").mkdir(parents=True)
    (root / "b-also-interrupted").mkdir()
    (root / "notes.txt").write_text("not a release")
    rows = versions(str(root))

    def row(version, created, derived_from=None, takedowns=0):
        return {
            "version": version,
            "created_at": created,
            "kept": 3,
            "dropped": 1,
            "error": 1,
            "tokens": 42,
            "shards": 1,
            "derived_from": derived_from,
            "takedowns": takedowns,
            "path": f"{root}/{version}",
            "release_id": rids[version],
            "complete": True,
        }

    assert rows == [
        row("v0", None),
        row("a-first", "2026-01-01"),
        row("v2", "2026-02-01"),
        row("v3", "2026-03-01", "v2", 2),
        {"version": "b-also-interrupted", "path": f"{root}/b-also-interrupted", "complete": False},
        {"version": "v4-interrupted", "path": f"{root}/v4-interrupted", "complete": False},
    ]


def test_versions_of_a_folder_without_releases_says_so(tmp_path):
    (tmp_path / ".staging-v1-1").mkdir()
    write_release(tmp_path, ".v1.replaced-1")
    for root in (tmp_path, tmp_path / "none"):
        assert refused(LineageError, versions, str(root)) == f"no releases under {root}"


def test_versions_refuses_a_listed_release_whose_manifest_is_corrupted(tmp_path):
    release = write_release(tmp_path, "v1")
    (release / "manifest.json").write_text('{"version": "v1"}')
    assert refused(LineageError, versions, str(tmp_path)) == (
        f"corrupted manifest: {release}/manifest.json (counts is not an object)"
    )


# --- diff ------------------------------------------------------------------------------------


def provenance_release(root: Path, version: str, rows: list[tuple], shard_text=True) -> Path:
    """A release whose provenance holds ``rows`` of (doc_id, status, text_sha1,
    shard_text_sha1, stage, reason); without ``shard_text``, written before that column."""
    columns = ["doc_id", "status", "text_sha1", "shard_text_sha1", "stage", "reason"]
    table = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
    if not shard_text:
        table = table.drop_columns(["shard_text_sha1"])
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    files = {PROV: sink.getvalue().to_pybytes(), "config.json": json.dumps(CONFIG).encode()}
    return write_release(root, version, files=files)


A_ROWS = [
    ("same", "kept", "t1", "s1", None, None),
    ("edited", "kept", "t2", "s2", None, None),
    ("masked", "kept", "t3", "s3", None, None),
    ("taken", "kept", "t4", "s4", None, None),
    ("gone", "kept", "t5", "s5", None, None),
    ("was-dropped", "dropped", "t6", None, "quality", "too_short"),
]
B_ROWS = [
    ("same", "kept", "t1", "s1", None, None),
    ("edited", "kept", "t2x", "s2x", None, None),
    ("masked", "kept", "t3", "s3-masked", None, None),
    ("taken", "dropped", "t4", None, "takedown", "TD-1"),
    ("was-dropped", "kept", "t6", "s6", None, None),
    ("new", "kept", "t7", "s7", None, None),
]


def test_diff_names_what_was_added_removed_and_changed_and_why(tmp_path):
    a = provenance_release(tmp_path, "v1", A_ROWS)
    b = provenance_release(tmp_path, "v2", B_ROWS)
    assert diff(str(a), str(b)) == {
        "a": "v1",
        "b": "v2",
        "compared_by": "shard_text_sha1",
        "added": ["new", "was-dropped"],
        "removed": [
            {"doc_id": "gone", "status": "absent", "stage": None, "reason": None},
            {"doc_id": "taken", "status": "dropped", "stage": "takedown", "reason": "TD-1"},
        ],
        "changed": ["edited", "masked"],
        "unchanged": 1,
    }


def test_diff_with_a_release_before_shard_text_compares_text_sha1(tmp_path):
    a = provenance_release(tmp_path, "v1", A_ROWS, shard_text=False)
    b = provenance_release(tmp_path, "v2", B_ROWS)
    result = diff(str(b), str(a))
    assert result["compared_by"] == "text_sha1"
    assert result["changed"] == ["edited"]  # the masked text keeps its text_sha1
    assert result["unchanged"] == 2
    assert result["added"] == ["gone", "taken"] and [r["doc_id"] for r in result["removed"]] == [
        "new",
        "was-dropped",
    ]
    assert result["removed"][1] == {
        "doc_id": "was-dropped",
        "status": "dropped",
        "stage": "quality",
        "reason": "too_short",
    }


def test_diff_of_releases_without_provenance_files_is_empty(tmp_path):
    a = write_release(tmp_path, "v1", files={"config.json": json.dumps(CONFIG).encode()})
    assert diff(str(a), str(a)) == {
        "a": "v1",
        "b": "v1",
        "compared_by": "shard_text_sha1",
        "added": [],
        "removed": [],
        "changed": [],
        "unchanged": 0,
    }


# --- make_release: the refusals before anything is written -----------------------------------


def test_a_new_version_is_refused_when_the_folder_is_taken_or_the_source_does_not_verify(tmp_path):
    source = write_release(tmp_path, "v1")
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(b"")
    write_release(tmp_path, "v2")
    assert refused(LineageError, make_release, str(source), "v2", str(log)) == (
        f"{tmp_path}/v2 already exists; releases are immutable, choose another version"
    )
    out = tmp_path / "out"
    stats = (source / "stats.json").read_bytes()
    (source / "stats.json").write_text('{"counts": {"kept": 4}}')
    message = refused(LineageError, make_release, str(source), "v3", str(log), str(out))
    assert message.startswith(f"{source}/stats.json does not match its manifest")
    (source / "stats.json").write_bytes(stats)
    (source / "config.json").write_text(json.dumps({**CONFIG, "seed": 1}))
    message = refused(LineageError, make_release, str(source), "v3", str(log), str(out))
    assert message.startswith(f"{source}/config.json does not match its manifest")
    assert not (tmp_path / "v3").exists() and not (out / "v3").exists()
    assert not list(tmp_path.rglob(".staging-*"))


def test_a_new_version_needs_the_source_config_to_name_a_compression(tmp_path):
    config = {"release": {}, "seed": 0}
    source = write_release(tmp_path, "v1", config=config)
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(b"")
    assert refused(LineageError, make_release, str(source), "v2", str(log)) == (
        f"{source}/config.json names no release.compression"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["takedowns.jsonl", "v1"]


def test_a_provenance_file_forged_to_match_its_manifest_is_refused_naming_it(tmp_path):
    """Bytes that hash to their entry but are no table: one line naming the file and what it
    should have been, not a traceback from inside Arrow."""
    good = provenance_release(tmp_path, "v1", A_ROWS)
    files = {PROV: b"PAR1 not a table", "config.json": json.dumps(CONFIG).encode()}
    forged = write_release(tmp_path, "v2", files=files)
    for a, b in ((good, forged), (forged, good)):
        assert refused(LineageError, diff, str(a), str(b)) == (
            f"corrupted provenance file: {forged}/{PROV} (ArrowInvalid)"
        )


def test_a_listed_file_named_like_a_compressed_one_is_copied_as_its_bytes(tmp_path):
    """``data/x.gz`` is a file name like any other: its bytes are hashed and copied as they
    are (never decompressed by its name), and a rerun finds it in place."""
    files = {
        SHARD: b"shard",
        "data/notes.gz": gzip.compress(b"not to be unpacked"),
        "config.json": json.dumps(CONFIG).encode(),
    }
    release = write_release(tmp_path / "src", files=files)
    report = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert report.copied == [SHARD, "data/notes.gz", "config.json"]
    assert tree(tmp_path / "to" / "v1") == tree(release)
    again = pull(str(tmp_path / "src"), "v1", str(tmp_path / "to"))
    assert again.copied == [] and again.skipped == report.copied
