"""Readers that cannot be crashed. Hypothesis mutates a real release's manifest, its
stats.json and provenance Parquet bytes (with and without resealing their hashes in the
manifest, as a forger would), and takedown-log lines; every command that reads them answers
with exit 0 or with exactly one ``curate: error:`` line and exit 2, never a traceback, and a
command that refuses writes nothing. Where the mutated bytes are checked against a hash the
manifest lists, the answer must be the refusal."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.commands.main import main
from tests.lineage_helpers import demo_release, release_args, takedown_args

EXAMPLES = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def mutate_json(data: st.DataObject, value):
    """``value`` with one node replaced by arbitrary JSON, or one key deleted, at the end of a
    random walk from the root."""
    if not isinstance(value, dict | list) or not value or data.draw(st.integers(0, 4)) == 0:
        return data.draw(JSON)
    if isinstance(value, dict):
        key = data.draw(st.sampled_from(sorted(value)))
        if data.draw(st.integers(0, 4)) == 0:
            return {k: v for k, v in value.items() if k != key}
        return {**value, key: mutate_json(data, value[key])}
    index = data.draw(st.integers(0, len(value) - 1))
    return [*value[:index], mutate_json(data, value[index]), *value[index + 1 :]]


def mutate_bytes(data: st.DataObject, blob: bytes) -> bytes:
    """One flipped, inserted or deleted byte, or the file cut short."""
    op = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
    at = data.draw(st.integers(0, max(0, len(blob) - 1)))
    if op == "flip":
        return blob[:at] + bytes([blob[at] ^ data.draw(st.integers(1, 255))]) + blob[at + 1 :]
    if op == "insert":
        return blob[:at] + data.draw(st.binary(min_size=1, max_size=4)) + blob[at:]
    if op == "delete":
        return blob[:at] + blob[at + 1 :]
    return blob[:at]


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def answers_cleanly(args: list[str], root: Path, capsys) -> int:
    """Run one command; it must exit 0, or 2 with one error line and nothing written."""
    before = snapshot(root)
    code = main(args)
    _, err = capsys.readouterr()
    assert "Traceback" not in err, (args, err)
    assert code in (0, 2), (args, err)
    if code == 2:
        assert err.startswith("curate: error: ") and err.count("\n") == 1, (args, err)
        assert snapshot(root) == before, args
    return code


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The demo release, a kept doc id, and a three-entry takedown log with a release (v2)
    that recorded its head."""
    demo = demo_release(tmp_path_factory)
    root = tmp_path_factory.mktemp("readers")
    shutil.copytree(demo.release, root / "releases" / "v1")
    log = root / "takedowns.jsonl"
    (kept, near) = demo.near_duplicate_pair()
    for flag, value in (("--doc-id", kept["doc_id"]), ("--url", near["source"]["url"])):
        assert main(takedown_args(log, flag, value, root / "releases" / "v1")) == 0
    assert main(takedown_args(log, "--domain", "nowhere.example", root / "releases" / "v1")
                + ["--allow-unmatched"]) == 0  # fmt: skip
    assert main(release_args(root / "releases" / "v1", "v2", log)) == 0
    return {"release": root / "releases" / "v1", "v2": root / "releases" / "v2", "log": log,
            "doc_id": kept["doc_id"]}  # fmt: skip


def fresh(world, tmp_path_factory) -> tuple[Path, Path]:
    """A scratch root holding a copy of v1 as ``rel/demo``."""
    root = tmp_path_factory.mktemp("example")
    shutil.copytree(world["release"], root / "rel" / "demo")
    return root, root / "rel" / "demo"


def release_readers(world, root: Path, release: Path) -> dict[str, list[str]]:
    return {
        "versions": ["versions", str(release.parent)],
        "diff": ["diff", str(world["release"]), str(release)],
        "pull": ["pull", str(release.parent), "--version", "demo", "--to", str(root / "pulled")],
        "release": [*release_args(release, "v9", world["log"], root / "made")],
        "stats": ["lineage", "stats", "--release", str(release)],
        "explain": ["lineage", "explain", world["doc_id"], "--release", str(release)],
    }


def reseal(release: Path, relative: str) -> None:
    """Write the file's new sha256 and size into the manifest, as a forger would."""
    manifest_path = release / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    data = (release / relative).read_bytes()
    for section in ("shards", "provenance", "metadata"):
        for entry in manifest.get(section) or []:
            if entry["path"] == relative:
                entry.update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2))


@EXAMPLES
@given(data=st.data())
def test_a_mutated_manifest_never_crashes_a_reader(world, tmp_path_factory, capsys, data):
    root, release = fresh(world, tmp_path_factory)
    manifest_path = release / "manifest.json"
    if data.draw(st.booleans()):
        mutated = mutate_json(data, json.loads(manifest_path.read_text()))
        manifest_path.write_text(json.dumps(mutated, ensure_ascii=False))
    else:
        manifest_path.write_bytes(mutate_bytes(data, manifest_path.read_bytes()))
    for args in release_readers(world, root, release).values():
        answers_cleanly(args, root, capsys)


@EXAMPLES
@given(data=st.data(), sealed=st.booleans())
def test_mutated_stats_are_refused_by_every_reader_that_verifies_them(
    world, tmp_path_factory, capsys, data, sealed
):
    root, release = fresh(world, tmp_path_factory)
    stats = release / "stats.json"
    mutated = mutate_bytes(data, stats.read_bytes())
    stats.write_bytes(mutated)
    if sealed:
        reseal(release, "stats.json")
    readers = release_readers(world, root, release)
    for name, args in readers.items():
        code = answers_cleanly(args, root, capsys)
        if name in ("pull", "release") and not sealed:
            assert code == 2, name


@EXAMPLES
@given(data=st.data(), sealed=st.booleans())
def test_mutated_provenance_is_refused_by_every_reader_that_reads_it(
    world, tmp_path_factory, capsys, data, sealed
):
    root, release = fresh(world, tmp_path_factory)
    manifest = json.loads((release / "manifest.json").read_text())
    relative = manifest["provenance"][0]["path"]
    (release / relative).write_bytes(mutate_bytes(data, (release / relative).read_bytes()))
    if sealed:
        reseal(release, relative)
    for name, args in release_readers(world, root, release).items():
        code = answers_cleanly(args, root, capsys)
        if name != "versions" and not sealed:
            assert code == 2, name


@EXAMPLES
@given(data=st.data())
def test_a_mutated_takedown_log_never_crashes_a_reader(world, tmp_path_factory, capsys, data):
    root = tmp_path_factory.mktemp("log")
    log = root / "takedowns.jsonl"
    lines = world["log"].read_bytes().splitlines(keepends=True)
    op = data.draw(st.sampled_from(["json", "bytes", "delete", "duplicate", "swap"]))
    at = data.draw(st.integers(0, len(lines) - 1))
    if op == "json":
        entry = mutate_json(data, json.loads(lines[at]))
        lines[at] = json.dumps(entry, ensure_ascii=False, sort_keys=True).encode() + b"\n"
    elif op == "bytes":
        lines[at] = mutate_bytes(data, lines[at])
    elif op == "delete":
        del lines[at]
    elif op == "duplicate":
        lines.insert(at, lines[at])
    else:
        lines[at], lines[-1] = lines[-1], lines[at]
    log.write_bytes(b"".join(lines))
    readers = {
        "check-log": ["lineage", "check-log", "--log", str(log), "--release", str(world["v2"])],
        "explain": ["lineage", "explain", world["doc_id"], "--release", str(world["release"]),
                    "--log", str(log)],
        "release": release_args(world["v2"], "v9", log, root / "made"),
        "takedown": ["lineage", "takedown", "--log", str(log), "--doc-id", "x", "--reason", "r",
                     "--requester", "q", "--release", str(world["v2"]), "--allow-unmatched"],
    }  # fmt: skip
    for args in readers.values():
        answers_cleanly(args, root, capsys)
