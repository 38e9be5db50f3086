"""A manifest is input: every path it lists stays inside the release, and a destination
that a planted symlink would carry outside its target is refused. Each command that reads a
manifest refuses a bad one with one line and writes nothing."""

import hashlib
import json
import posixpath
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lineage.manifest_check import (
    UnsafePath,
    check_manifest,
    check_version_name,
    confined,
    release_path,
)
from tests.lineage_helpers import curate, demo_release

ESCAPES = {
    "../x": "climbs out of the release with '..'",
    "a/../../x": "climbs out of the release with '..'",
    "/abs": "is absolute or names another store",
    "/home/u/.bashrc": "is absolute or names another store",
    "gs://other/x": "is absolute or names another store",
    "a\\..\\x": "holds a backslash",
    "data/x\x00.parquet": "holds a NUL or control character",
}


@pytest.mark.parametrize("path", sorted(ESCAPES))
def test_escaping_paths_are_refused_with_the_reason(path):
    with pytest.raises(UnsafePath) as caught:
        release_path(path, "data")
    message = str(caught.value)
    assert ESCAPES[path] in message and "\n" not in message and "\x00" not in message


@pytest.mark.parametrize(
    "path, folder, reason",
    [
        ("data/./x.parquet", "data", "is not normalised"),
        ("data//x.parquet", "data", "is not normalised"),
        ("data/sub/x.parquet", "data", "is not a file directly under data/"),
        ("provenance/part-00000-of-00001.parquet", "data", "is not a file directly under data/"),
        ("data/.hidden", "data", "has a file name other than"),
        ("notes.txt", None, "is not one of stats.json, config.json, README.md"),
        ("", "data", "is not a file name"),
        (7, "data", "is not a file name"),
    ],
)
def test_only_the_folders_a_release_has(path, folder, reason):
    with pytest.raises(UnsafePath, match=reason):
        release_path(path, folder)


def test_release_paths_as_written_are_accepted():
    assert release_path("data/part-00000-of-00004.parquet", "data")
    assert release_path("minhash/part-00000-of-00001.parquet", "minhash")
    for name in ("stats.json", "config.json", "README.md"):
        assert release_path(name, None) == name


@given(st.text(st.characters(codec="utf-8"), max_size=30))
def test_an_accepted_path_never_leaves_the_release(path):
    """Whatever text a manifest holds: if it passes, joined to a release it lands inside."""
    for folder in ("data", None):
        try:
            release_path(path, folder)
        except UnsafePath:
            continue
        joined = posixpath.normpath(posixpath.join("/r/v1", path))
        assert joined.startswith("/r/v1/") and "\\" not in path and "\x00" not in path


@pytest.mark.parametrize("name", ["../x", "a/b", ".hidden", "-rf", "", "v1\n", "x" * 200])
def test_version_names_are_one_folder(name):
    with pytest.raises(UnsafePath, match="is not a version name"):
        check_version_name(name)


def test_version_names_in_use_pass():
    for name in ("v1", "demo", "v3.1", "v3-interrupted", "2026_01+hotfix"):
        assert check_version_name(name) == name


def test_confined_refuses_a_symlink_that_leads_out(tmp_path):
    target, outside = tmp_path / "pulled" / "v1", tmp_path / "outside"
    target.mkdir(parents=True)
    outside.mkdir()
    assert confined(str(target), "data/x.parquet") == f"{target}/data/x.parquet"
    (target / "data").symlink_to(outside)
    with pytest.raises(UnsafePath, match="a symlink there leads outside"):
        confined(str(target), "data/x.parquet")
    (target / "data").unlink()
    (target / "data").mkdir()
    (target / "data" / "x.parquet").symlink_to(outside / "victim")
    with pytest.raises(UnsafePath):
        confined(str(target), "data/x.parquet")
    (target / "data" / "y.parquet").symlink_to(target / "data" / "z.parquet")
    assert confined(str(target), "data/y.parquet")  # a link that stays inside is harmless


def test_check_manifest_refuses_a_file_listed_twice(tmp_path):
    entry = {"path": "data/part-00000-of-00001.parquet", "sha256": "0" * 64}
    manifest = {
        "version": "v1",
        "counts": {"inputs": 1, "kept": 1, "dropped": 0, "error": 0},
        "inputs": {"patterns": [], "files": 0},
        "shards": [entry, entry],
        "provenance": [],
    }
    with pytest.raises(Exception, match="a file is listed twice"):
        check_manifest(manifest, "m.json")


# --- every command that reads a manifest -----------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_release(tmp_path_factory)


def planted_mirror(demo, root, path: str):
    """A copy of the demo release whose manifest lists one more shard at ``path``, with the
    real hash of a planted file (the issue's ``../planted.txt``)."""
    mirror = root / "mirror"
    shutil.copytree(demo.release, mirror / "demo")
    planted = b"planted\n"
    (mirror / "planted.txt").write_bytes(planted)
    manifest_path = mirror / "demo" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["shards"].append(
        {"path": path, "sha256": hashlib.sha256(planted).hexdigest(), "rows": 0, "bytes": 8}
    )
    manifest_path.write_text(json.dumps(manifest))
    return mirror


COMMANDS = {
    "pull": lambda m, out, demo: ["pull", str(m), "--version", "demo", "--to", str(out)],
    "release": lambda m, out, demo: [
        "release", "--from", str(m / "demo"), "--version", "v2",
        "--takedowns", str(m / "planted.txt"), "--output", str(out),
    ],
    "diff": lambda m, out, demo: ["diff", str(demo.release), str(m / "demo")],
    "versions": lambda m, out, demo: ["versions", str(m)],
    "lineage stats": lambda m, out, demo: ["lineage", "stats", "--release", str(m / "demo")],
    "lineage index": lambda m, out, demo: [
        "lineage", "index", "--release", str(m), "--out", str(m.parent / "idx.duckdb"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("path", sorted(ESCAPES))
def test_every_reader_refuses_a_manifest_that_escapes(demo, tmp_path, capsys, command, path):
    mirror = planted_mirror(demo, tmp_path, path)
    out = tmp_path / "out"
    before = sorted(p for p in tmp_path.rglob("*"))
    code, stdout, err = curate(COMMANDS[command](mirror, out, demo), capsys)
    assert code == 2 and stdout == "" and err.count("\n") == 1, err
    assert err.startswith(f"curate: error: refusing {mirror / 'demo' / 'manifest.json'}: ")
    assert f"it lists the path {path!r}, which {ESCAPES[path]}" in err
    assert sorted(p for p in tmp_path.rglob("*")) == before  # nothing written anywhere


SHARD = "data/part-00000-of-00001.parquet"


def _folder_link(target, outside):
    (target / "data").symlink_to(outside)


def _file_link(target, outside):
    (target / "data").mkdir()
    (target / SHARD).symlink_to(outside / "victim")


def _partial_link(target, outside):
    (target / "data").mkdir()
    (target / f"{SHARD}.partial").symlink_to(outside / "victim")


@pytest.mark.parametrize("plant", [_folder_link, _file_link, _partial_link])
def test_pull_refuses_a_planted_symlink_and_writes_nothing(demo, tmp_path, capsys, plant):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim").write_bytes(b"keep me")
    target = tmp_path / "pulled" / "v1"
    target.mkdir(parents=True)
    plant(target, outside)
    before = sorted(p for p in tmp_path.rglob("*"))
    code, _, err = curate(
        ["pull", str(demo.releases), "--version", "v1", "--to", str(tmp_path / "pulled")], capsys
    )
    assert code == 2 and err.count("\n") == 1
    assert f"curate: error: refusing to write {target}/data/" in err
    assert "a symlink there leads outside" in err
    assert sorted(p for p in tmp_path.rglob("*")) == before
    assert (outside / "victim").read_bytes() == b"keep me"
