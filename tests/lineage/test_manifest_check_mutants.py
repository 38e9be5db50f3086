"""What the mutation run of ``lineage/manifest_check.py`` found no test for: the one-line
message each malformed part of a manifest is refused with, the edges of a count, a version
name and a listed path, the sections only a complete manifest must have, and a destination
written next to its target (not through a link beside it)."""

import hashlib
import io
import json

import pytest

from lineage.errors import LineageError
from lineage.manifest_check import (
    UnsafePath,
    check_manifest,
    check_version_name,
    confined,
    listed_files,
    parse_manifest,
    release_id,
    release_path,
    sha256_stream,
)

WHERE = "/r/v1/manifest.json"
SHARD = "data/part-00000-of-00001.parquet"
PROV = "provenance/part-00000-of-00001.parquet"
SIGS = "minhash/part-00000-of-00001.parquet"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def good() -> dict:
    """A manifest as ``curate release`` writes one (every section present)."""
    return {
        "schema_version": "1",
        "version": "v2",
        "created_at": "2026-12-07T07:22:43+00:00",
        "config_sha256": sha("config"),
        "inputs": {"patterns": ["corpus/**"], "files": 13},
        "counts": {"inputs": 340, "kept": 199, "dropped": 123, "error": 18},
        "token_count": 0,
        "shards": [{"path": SHARD, "sha256": sha("d"), "rows": 199, "bytes": 9, "token_count": 0}],
        "provenance": [{"path": PROV, "sha256": sha("p"), "rows": 340, "bytes": 7}],
        "minhash": {"params": {"num_perm": 128}, "files": [{"path": SIGS, "sha256": sha("m")}]},
        "stats": "stats.json",
        "config": "config.json",
        "card": "README.md",
        "derived_from": {"version": "v1", "path": "/r/v1", "manifest_sha256": sha("v1")},
        "takedowns": {
            "log_sha256": sha("log"),
            "entries": 1,
            "head_sha256": sha("head"),
            "applied": [{"id": "TD-1", "removed": 47}],
        },
        "metadata": [
            {"path": "stats.json", "sha256": sha("s"), "bytes": 837},
            {"path": "config.json", "sha256": sha("c"), "bytes": 3902},
            {"path": "README.md", "sha256": sha("r"), "bytes": 100},
        ],
    }


def refusal(manifest, complete=True) -> str:
    """The refusal, by ``check_manifest`` called as the readers call it (complete: no flag)."""
    with pytest.raises(LineageError) as caught:
        check_manifest(manifest, WHERE, *(() if complete else (False,)))
    return str(caught.value)


def corrupted(detail: str) -> str:
    return f"corrupted manifest: {WHERE} ({detail})"


def test_a_manifest_as_written_passes_and_lists_every_hashed_file():
    manifest = good()
    assert check_manifest(manifest, WHERE) is manifest
    assert [e["path"] for e in listed_files(manifest)] == [
        SHARD,
        PROV,
        SIGS,
        "stats.json",
        "config.json",
        "README.md",
    ]
    data = json.dumps(manifest).encode()
    assert parse_manifest(data, WHERE) == manifest
    assert release_id(data) == hashlib.sha256(data).hexdigest()


def test_a_manifest_without_the_optional_sections_passes_and_lists_its_files():
    manifest = good()
    for key in ("created_at", "config_sha256", "token_count", "minhash", "metadata"):
        del manifest[key]
    for key in ("derived_from", "takedowns", "stats", "config", "card"):
        del manifest[key]
    assert check_manifest(manifest, WHERE) is manifest
    assert [e["path"] for e in listed_files(manifest)] == [SHARD, PROV]
    manifest.update(created_at=None, config_sha256=None, token_count=None, minhash=None)
    manifest.update(metadata=None, derived_from=None, takedowns=None)
    assert check_manifest(manifest, WHERE) is manifest
    assert [e["path"] for e in listed_files(manifest)] == [SHARD, PROV]


def edit(change):
    manifest = good()
    change(manifest)
    return manifest


# Each malformed part, and the exact detail the one-line refusal gives for it.
BROKEN = {
    "version missing": (lambda m: m.pop("version"), "version is not a version name"),
    "version a number": (lambda m: m.update(version=2), "version is not a version name"),
    "version a path": (lambda m: m.update(version="../v1"), "version is not a version name"),
    "created_at a number": (lambda m: m.update(created_at=7), "created_at is not a string"),
    "config_sha256 a list": (lambda m: m.update(config_sha256=[]), "config_sha256 is not a string"),
    "counts missing": (lambda m: m.pop("counts"), "counts is not an object"),
    "counts a list": (lambda m: m.update(counts=[1, 2]), "counts is not an object"),
    "a count negative": (lambda m: m["counts"].update(kept=-1), "counts are not counts"),
    "a count a bool": (lambda m: m["counts"].update(error=True), "counts are not counts"),
    "a count a float": (lambda m: m["counts"].update(inputs=340.0), "counts are not counts"),
    "a count a string": (lambda m: m["counts"].update(dropped="1"), "counts are not counts"),
    "a count missing": (lambda m: m["counts"].pop("inputs"), "counts are not counts"),
    "token_count negative": (lambda m: m.update(token_count=-5), "token_count is not a count"),
    "token_count a string": (lambda m: m.update(token_count="5"), "token_count is not a count"),
    "inputs missing": (lambda m: m.pop("inputs"), "inputs is not an object"),
    "inputs without patterns": (lambda m: m["inputs"].pop("patterns"), "inputs malformed"),
    "patterns a string": (lambda m: m["inputs"].update(patterns="x/**"), "inputs malformed"),
    "a pattern a number": (lambda m: m["inputs"].update(patterns=["a", 3]), "inputs malformed"),
    "inputs.files negative": (lambda m: m["inputs"].update(files=-1), "inputs malformed"),
    "inputs.files missing": (lambda m: m["inputs"].pop("files"), "inputs malformed"),
    "shards missing": (lambda m: m.pop("shards"), "shards is not a list"),
    "provenance an object": (lambda m: m.update(provenance={}), "provenance is not a list"),
    "a shard a string": (
        lambda m: m["shards"].append(SHARD),
        "an entry of shards is not an object",
    ),
    "a shard without sha256": (
        lambda m: m["shards"][0].pop("sha256"),
        f"{SHARD} has no sha256",
    ),
    "a shard sha256 in capitals": (
        lambda m: m["shards"][0].update(sha256=sha("d").upper()),
        f"{SHARD} has no sha256",
    ),
    "a shard sha256 too short": (
        lambda m: m["shards"][0].update(sha256=sha("d")[:63]),
        f"{SHARD} has no sha256",
    ),
    "a shard sha256 too long": (
        lambda m: m["shards"][0].update(sha256=sha("d") + "0"),
        f"{SHARD} has no sha256",
    ),
    "a shard sha256 a number": (
        lambda m: m["shards"][0].update(sha256=7),
        f"{SHARD} has no sha256",
    ),
    "shard rows negative": (
        lambda m: m["shards"][0].update(rows=-1),
        f"{SHARD}: rows is not a count",
    ),
    "shard bytes a string": (
        lambda m: m["shards"][0].update(bytes="9"),
        f"{SHARD}: bytes is not a count",
    ),
    "shard token_count a bool": (
        lambda m: m["shards"][0].update(token_count=False),
        f"{SHARD}: token_count is not a count",
    ),
    "provenance rows a float": (
        lambda m: m["provenance"][0].update(rows=1.5),
        f"{PROV}: rows is not a count",
    ),
    "minhash a list": (lambda m: m.update(minhash=[]), "minhash is not an object"),
    "minhash.files an object": (
        lambda m: m["minhash"].update(files={"a": 1}),
        "minhash.files is not a list",
    ),
    "a signature file without sha256": (
        lambda m: m["minhash"]["files"][0].pop("sha256"),
        f"{SIGS} has no sha256",
    ),
    "minhash.params a list": (
        lambda m: m["minhash"].update(params=[128]),
        "minhash.params is not an object",
    ),
    "metadata an object": (lambda m: m.update(metadata={"a": 1}), "metadata is not a list"),
    "a metadata file without sha256": (
        lambda m: m["metadata"][1].update(sha256=None),
        "config.json has no sha256",
    ),
    "a metadata file bytes negative": (
        lambda m: m["metadata"][2].update(bytes=-1),
        "README.md: bytes is not a count",
    ),
    "derived_from a string": (
        lambda m: m.update(derived_from="v1"),
        "derived_from is not an object",
    ),
    "derived_from.version a path": (
        lambda m: m["derived_from"].update(version="../v1"),
        "derived_from.version is not a version name",
    ),
    "derived_from.version a number": (
        lambda m: m["derived_from"].update(version=1),
        "derived_from.version is not a version name",
    ),
    "takedowns a list": (lambda m: m.update(takedowns=[]), "takedowns is not an object"),
    "takedowns.entries missing": (
        lambda m: m["takedowns"].pop("entries"),
        "takedowns: entries or head_sha256 malformed",
    ),
    "takedowns.entries negative": (
        lambda m: m["takedowns"].update(entries=-1),
        "takedowns: entries or head_sha256 malformed",
    ),
    "takedowns.head_sha256 a number": (
        lambda m: m["takedowns"].update(head_sha256=5),
        "takedowns: entries or head_sha256 malformed",
    ),
    "takedowns.applied an object": (
        lambda m: m["takedowns"].update(applied={"id": "TD-1", "removed": 1}),
        "takedowns.applied malformed",
    ),
    "an applied takedown a string": (
        lambda m: m["takedowns"].update(applied=["TD-1"]),
        "takedowns.applied malformed",
    ),
    "an applied takedown without an id": (
        lambda m: m["takedowns"]["applied"][0].pop("id"),
        "takedowns.applied malformed",
    ),
    "an applied takedown with a numeric id": (
        lambda m: m["takedowns"]["applied"][0].update(id=1),
        "takedowns.applied malformed",
    ),
    "an applied takedown removing -1": (
        lambda m: m["takedowns"]["applied"][0].update(removed=-1),
        "takedowns.applied malformed",
    ),
    "the second applied takedown malformed": (
        lambda m: m["takedowns"]["applied"].append({"id": "TD-2"}),
        "takedowns.applied malformed",
    ),
    "a metadata file listed twice": (
        lambda m: m["metadata"].append({"path": "stats.json", "sha256": sha("s")}),
        "a file is listed twice",
    ),
    "a signature file listed twice": (
        lambda m: m["minhash"]["files"].append({"path": SIGS, "sha256": sha("x")}),
        "a file is listed twice",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_malformed_part_is_refused_with_its_detail(case):
    change, detail = BROKEN[case]
    message = refusal(edit(change))
    assert message == corrupted(detail)


def test_a_manifest_that_is_no_object_is_refused():
    for value in ([], "v1", None, 3):
        assert refusal(value) == corrupted("not a JSON object")
        assert refusal(value, complete=False) == corrupted("not a JSON object")


@pytest.mark.parametrize(
    "data, detail",
    [
        (b"\xff\xfe{}", "UnicodeDecodeError"),
        (b'{"version": ', "JSONDecodeError"),
        (b"[" * 100_000 + b"]" * 100_000, "RecursionError"),
        (b"[1, 2]", "not a JSON object"),
    ],
)
def test_a_manifest_file_that_does_not_parse_is_refused_in_one_line(data, detail):
    with pytest.raises(LineageError) as caught:
        parse_manifest(data, WHERE)
    assert str(caught.value) == corrupted(detail)


def test_parse_checks_completeness_as_asked():
    data = json.dumps({"version": "v1"}).encode()
    assert parse_manifest(data, WHERE, complete=False) == {"version": "v1"}
    with pytest.raises(LineageError, match=r"\(counts is not an object\)"):
        parse_manifest(data, WHERE)


def test_counts_of_zero_and_of_any_size_are_counts():
    manifest = good()
    manifest["counts"] = {"inputs": 0, "kept": 0, "dropped": 0, "error": 0}
    manifest["token_count"] = 0
    manifest["inputs"]["files"] = 0
    manifest["inputs"]["patterns"] = []
    manifest["shards"][0].update(rows=0, bytes=0, token_count=2**40)
    manifest["takedowns"].update(entries=0, head_sha256=None)
    manifest["takedowns"]["applied"][0]["removed"] = 0
    assert check_manifest(manifest, WHERE) is manifest


def test_takedowns_without_a_recorded_head_need_no_entry_count():
    manifest = good()
    manifest["takedowns"] = {"log_sha256": sha("log"), "applied": []}
    assert check_manifest(manifest, WHERE) is manifest
    manifest["takedowns"] = {"applied": None}
    assert check_manifest(manifest, WHERE) is manifest
    manifest["takedowns"] = {"entries": "many"}  # no head: the count is not read
    assert check_manifest(manifest, WHERE) is manifest


def test_a_derived_release_needs_no_parent_version():
    manifest = good()
    manifest["derived_from"] = {"path": "/r/v1"}
    assert check_manifest(manifest, WHERE) is manifest
    manifest["derived_from"] = {"version": None}
    assert check_manifest(manifest, WHERE) is manifest


def test_an_empty_minhash_section_is_not_read():
    manifest = good()
    manifest["minhash"] = {}
    assert check_manifest(manifest, WHERE) is manifest
    manifest["minhash"] = {"files": None, "params": None}
    assert check_manifest(manifest, WHERE) is manifest
    assert [e["path"] for e in listed_files(manifest)][:3] == [SHARD, PROV, "stats.json"]


# --- the lineage commands' partial manifests (complete=False) --------------------------------


def test_a_partial_manifest_needs_only_its_version():
    assert check_manifest({"version": "v1"}, WHERE, complete=False) == {"version": "v1"}
    assert listed_files({"version": "v1"}) == []
    assert refusal({"version": "v1"}) == corrupted("counts is not an object")
    assert refusal({}, complete=False) == corrupted("version is not a version name")


def test_a_partial_manifest_checks_whatever_it_has():
    manifest = {"version": "v1", "counts": {"kept": 3}, "inputs": {}}
    assert check_manifest(manifest, WHERE, complete=False) is manifest
    manifest["counts"]["dropped"] = -1
    assert refusal(manifest, complete=False) == corrupted("counts are not counts")
    manifest["counts"] = {"kept": 3}
    manifest["inputs"] = {"files": 2}
    assert refusal(manifest, complete=False) == corrupted("inputs malformed")
    manifest["inputs"] = {"files": 2, "patterns": ["a/**"]}
    assert check_manifest(manifest, WHERE, complete=False) is manifest
    manifest["counts"] = []
    assert refusal(manifest, complete=False) == corrupted("counts is not an object")


def test_a_partial_manifest_checks_the_files_it_lists():
    manifest = {"version": "v1", "shards": [{"path": "../x", "sha256": sha("d")}]}
    with pytest.raises(UnsafePath) as caught:
        check_manifest(manifest, WHERE, complete=False)
    assert str(caught.value) == (
        f"refusing {WHERE}: it lists the path '../x', which climbs out of the release with '..'"
    )
    manifest = {"version": "v1", "provenance": None}
    assert refusal(manifest, complete=False) == corrupted("provenance is not a list")
    manifest = {"version": "v1", "provenance": [{"path": PROV}]}
    assert refusal(manifest, complete=False) == corrupted(f"{PROV} has no sha256")
    manifest = {"version": "v1", "takedowns": {"applied": [{"id": "x"}]}}
    assert refusal(manifest, complete=False) == corrupted("takedowns.applied malformed")


# --- paths -----------------------------------------------------------------------------------


def unsafe(path, folder, where=WHERE) -> str:
    with pytest.raises(UnsafePath) as caught:
        release_path(path, folder, where)
    return str(caught.value)


@pytest.mark.parametrize(
    "section, path, reason",
    [
        ("shards", PROV, "is not a file directly under data/"),
        ("provenance", SHARD, "is not a file directly under provenance/"),
        ("minhash", "minhash/sub/x.parquet", "is not a file directly under minhash/"),
        ("metadata", "data/stats.json", "is not one of stats.json, config.json, README.md"),
        ("metadata", "manifest.json", "is not one of stats.json, config.json, README.md"),
        ("card", "/etc/passwd", "is absolute or names another store"),
        ("stats", "../stats.json", "climbs out of the release with '..'"),
        ("config", "config.json/", "is not normalised"),
    ],
)
def test_each_section_lists_only_its_own_folder(section, path, reason):
    manifest = good()
    if section in ("stats", "config", "card"):
        manifest[section] = path
    elif section == "minhash":
        manifest["minhash"]["files"][0]["path"] = path
    else:
        manifest[section][0]["path"] = path
    with pytest.raises(UnsafePath) as caught:
        check_manifest(manifest, WHERE)
    assert str(caught.value) == f"refusing {WHERE}: it lists the path {path!r}, which {reason}"


def test_a_refusal_names_where_the_manifest_came_from():
    assert unsafe("../x", "data", "gs://b/v1/manifest.json") == (
        "refusing gs://b/v1/manifest.json: it lists the path '../x', which climbs out of the "
        "release with '..'"
    )
    assert unsafe("../x", "data").startswith(f"refusing {WHERE}: ")
    with pytest.raises(UnsafePath, match=r"^refusing manifest: it lists the path '\.\./x'"):
        release_path("../x", "data")


@pytest.mark.parametrize(
    "path, reason",
    [
        ("data/x\x1f.parquet", "holds a NUL or control character"),
        ("data/x\x7f.parquet", "holds a NUL or control character"),
        ("data/x\n", "holds a NUL or control character"),
        ("data/c:x.parquet", "is absolute or names another store"),
        ("data\\x.parquet", "holds a backslash"),
        ("./data/x.parquet", "is not normalised"),
        ("data/x.parquet/", "is not normalised"),
        ("data/..", "climbs out of the release with '..'"),
        ("data/x.parquet/y", "is not a file directly under data/"),
        ("data", "is not a file directly under data/"),
        ("dat/x.parquet", "is not a file directly under data/"),
        ("data/_x.parquet", "has a file name other than letters, digits, '.', '_' and '-'"),
        ("data/-x.parquet", "has a file name other than letters, digits, '.', '_' and '-'"),
        ("data/x y.parquet", "has a file name other than letters, digits, '.', '_' and '-'"),
        ("data/x+y.parquet", "has a file name other than letters, digits, '.', '_' and '-'"),
        ("data/파일.parquet", "has a file name other than letters, digits, '.', '_' and '-'"),
        (None, "is not a file name"),
        (["data/x"], "is not a file name"),
    ],
)
def test_each_path_problem_has_its_reason(path, reason):
    assert unsafe(path, "data") == f"refusing {WHERE}: it lists the path {path!r}, which {reason}"


def test_the_characters_a_file_name_may_hold():
    for name in ("x", "X", "9", "a.b", "a_b", "a-b", "A9._-z", "part-00000-of-00001.parquet"):
        assert release_path(f"data/{name}", "data") == f"data/{name}"
    assert release_path("stats.json", None) == "stats.json"
    assert "is not one of" in unsafe("stats.jsonx", None)
    assert "is not one of" in unsafe("README", None)


def test_a_long_path_is_shown_cut_at_80_characters():
    path = "../" + "a" * 200
    shown = repr(path)[:79] + "…"
    assert unsafe(path, "data") == (
        f"refusing {WHERE}: it lists the path {shown}, which climbs out of the release with '..'"
    )
    exact = "../" + "a" * 75  # repr is 80 characters: shown whole
    assert len(repr(exact)) == 80
    assert f"the path {exact!r}, which" in unsafe(exact, "data")


# --- version names ---------------------------------------------------------------------------


def test_a_version_name_is_refused_with_where_it_came_from():
    with pytest.raises(UnsafePath) as caught:
        check_version_name("../x", "--version")
    assert str(caught.value) == (
        "--version '../x' is not a version name (letters, digits, '.', '_', '+', '-', not "
        "starting with '.' or '-')"
    )
    with pytest.raises(UnsafePath, match=r"^version 7 is not a version name"):
        check_version_name(7)
    with pytest.raises(UnsafePath, match=r"^version None is not a version name"):
        check_version_name(None)


def test_a_version_name_is_at_most_128_characters():
    assert check_version_name("v" * 128) == "v" * 128
    with pytest.raises(UnsafePath) as caught:
        check_version_name("v" * 129)
    assert str(caught.value).startswith(f"version {repr('v' * 129)[:79]}… is not a version name")


@pytest.mark.parametrize("name", ["V1", "1", "v1.0-rc_2+b", "a.", "z-"])
def test_version_names_of_letters_digits_and_punctuation_pass(name):
    assert check_version_name(name) == name
    manifest = good()
    manifest["version"] = name
    manifest["derived_from"]["version"] = name
    assert check_manifest(manifest, WHERE) is manifest


@pytest.mark.parametrize("name", ["_v1", "+v1", "v 1", "v/1", "v1\\", "판1", "v:1"])
def test_other_version_names_are_refused(name):
    with pytest.raises(UnsafePath, match="is not a version name"):
        check_version_name(name)
    manifest = good()
    manifest["version"] = name
    assert refusal(manifest) == corrupted("version is not a version name")
    manifest = good()
    manifest["derived_from"]["version"] = name
    assert refusal(manifest) == corrupted("derived_from.version is not a version name")


# --- hashes ----------------------------------------------------------------------------------


def test_a_stream_is_hashed_whole_whatever_the_chunk_size():
    data = bytes(range(256)) * 1000
    expected = hashlib.sha256(data).hexdigest()
    assert sha256_stream(io.BytesIO(data)) == expected
    assert sha256_stream(io.BytesIO(data), chunk=7) == expected
    assert sha256_stream(io.BytesIO(b"")) == hashlib.sha256(b"").hexdigest()


# --- writing ---------------------------------------------------------------------------------


def test_confined_joins_with_one_slash(tmp_path):
    target = tmp_path / "pulled" / "v1"
    target.mkdir(parents=True)
    assert confined(f"{target}/", "data/x.parquet") == f"{target}/data/x.parquet"
    assert confined(f"{target}//", "stats.json") == f"{target}/stats.json"
    assert confined("gs://bucket/v1/", "data/x.parquet") == "gs://bucket/v1/data/x.parquet"
    assert confined("s3://b/../v1", "x") == "s3://b/../v1/x"  # a store has no links to follow


def test_confined_refuses_a_link_to_a_sibling_folder_with_the_same_prefix(tmp_path):
    """``/t/v1`` and ``/t/v10`` share a string prefix, not a folder."""
    target, sibling = tmp_path / "v1", tmp_path / "v10"
    (target / "data").mkdir(parents=True)
    sibling.mkdir()
    (target / "data" / "x.parquet").symlink_to(sibling / "x.parquet")
    with pytest.raises(UnsafePath) as caught:
        confined(str(target), "data/x.parquet")
    assert str(caught.value) == (
        f"refusing to write {target}/data/x.parquet: a symlink there leads outside {target}"
    )


def test_confined_follows_a_target_that_is_itself_a_link(tmp_path):
    real = tmp_path / "real"
    (real / "data").mkdir(parents=True)
    link = tmp_path / "link"
    link.symlink_to(real)
    assert confined(str(link), "data/x.parquet") == f"{link}/data/x.parquet"
    (real / "data" / "y.parquet").symlink_to(tmp_path / "y.parquet")
    with pytest.raises(UnsafePath, match="a symlink there leads outside"):
        confined(str(link), "data/y.parquet")


def test_a_store_path_is_never_resolved_on_the_local_disk(tmp_path, monkeypatch):
    """A local folder that happens to be named like a bucket (``./gs:/bucket``), with a link
    in it, has nothing to do with a write to ``gs://bucket``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gs:" / "bucket" / "v1").mkdir(parents=True)
    (tmp_path / "gs:" / "bucket" / "v1" / "data").symlink_to(tmp_path)
    assert confined("gs://bucket/v1", "data/x.parquet") == "gs://bucket/v1/data/x.parquet"
    assert confined("gs://bucket/dataX/", "x") == "gs://bucket/dataX/x"
