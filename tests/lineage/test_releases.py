"""What a model team relies on: versions, diff, a verified and resumable pull that refuses a
tampered shard, and a dataset card that loaders read as is."""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys

import duckdb
import pyarrow.parquet as pq
import pytest
import yaml

from curate.commands.main import main
from lineage.card import dataset_card, size_category
from lineage.releases import pull
from tests.conftest import REPO
from tests.lineage_helpers import curate, demo_release, release_args, takedown_args


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_release(tmp_path_factory)


@pytest.fixture(scope="module")
def two_versions(demo, tmp_path_factory):
    """v1, and v2 made from it by taking down one site."""
    root = tmp_path_factory.mktemp("versions")
    shutil.copytree(demo.release, root / "v1")
    log = root / "takedowns.jsonl"
    assert main(takedown_args(log, "--domain", "news.example.kr", root / "v1")) == 0
    assert main(release_args(root / "v1", "v2", log)) == 0
    (root / "v3-interrupted" / "data").mkdir(parents=True)
    return root


def test_versions_lists_releases_oldest_first(two_versions, capsys):
    code, out, _ = curate(["versions", str(two_versions), "--json"], capsys)
    assert code == 0
    rows = json.loads(out)
    assert [(r["version"], r["complete"]) for r in rows] == [
        ("v1", True),
        ("v2", True),
        ("v3-interrupted", False),
    ]
    assert rows[1]["derived_from"] == "v1" and rows[1]["takedowns"] == 1
    assert rows[1]["kept"] < rows[0]["kept"]
    code, out, _ = curate(["versions", str(two_versions)], capsys)
    assert "incomplete (no manifest):" in out and "derived_from" in out


def test_diff_by_doc_id_and_text_sha1(demo, two_versions, capsys):
    news = {
        r["doc_id"]
        for r in demo.provenance()
        if r["status"] == "kept" and r["source"]["domain"] == "news.example.kr"
    }
    code, out, _ = curate(
        ["diff", str(two_versions / "v1"), str(two_versions / "v2"), "--json"], capsys
    )
    assert code == 0
    result = json.loads(out)
    assert news <= {r["doc_id"] for r in result["removed"]}
    assert result["added"] == [] and result["changed"] == []
    code, out, _ = curate(["diff", str(two_versions / "v2"), str(two_versions / "v1")], capsys)
    assert f"v2 → v1: {len(result['removed'])} added, 0 removed, 0 changed" in out


def _edited_copy(release, target, edit):
    """A copy of ``release`` whose provenance table went through ``edit``, manifest resealed."""
    shutil.copytree(release, target)
    manifest = json.loads((target / "manifest.json").read_text())
    (entry,) = manifest["provenance"]
    pq.write_table(edit(pq.read_table(target / entry["path"])), target / entry["path"])
    entry["sha256"] = hashlib.sha256((target / entry["path"]).read_bytes()).hexdigest()
    (target / "manifest.json").write_text(json.dumps(manifest))
    return target


def test_diff_reports_changed_shard_text(two_versions, tmp_path, capsys):
    victim = {}

    def change_one(table):
        rows = table.to_pylist()
        row = next(r for r in rows if r["status"] == "kept")
        row["shard_text_sha1"] = "0" * 40
        victim["doc_id"] = row["doc_id"]
        return table.from_pylist(rows, schema=table.schema)

    changed = _edited_copy(two_versions / "v1", tmp_path / "v1-edited", change_one)
    code, out, _ = curate(["diff", str(two_versions / "v1"), str(changed), "--json"], capsys)
    result = json.loads(out)
    assert result["changed"] == [victim["doc_id"]]
    assert result["compared_by"] == "shard_text_sha1"


def test_diff_with_a_release_older_than_shard_text_sha1(two_versions, tmp_path, capsys):
    def drop_column(table):
        return table.drop_columns(["shard_text_sha1"])

    older = _edited_copy(two_versions / "v1", tmp_path / "v1-older", drop_column)
    code, out, _ = curate(["diff", str(older), str(two_versions / "v2"), "--json"], capsys)
    result = json.loads(out)
    assert code == 0 and result["compared_by"] == "text_sha1" and result["changed"] == []
    assert result["removed"]
    code, out, _ = curate(["diff", str(older), str(two_versions / "v2")], capsys)
    assert "texts compared by text_sha1: a release predates shard_text_sha1" in out


def test_pull_verifies_then_resumes(two_versions, tmp_path, capsys):
    code, out, _ = curate(
        ["pull", str(two_versions), "--version", "v2", "--to", str(tmp_path)], capsys
    )
    assert code == 0 and "every sha256 verified" in out
    src, dst = two_versions / "v2", tmp_path / "v2"
    assert sorted(p.relative_to(dst) for p in dst.rglob("*") if p.is_file()) == sorted(
        p.relative_to(src) for p in src.rglob("*") if p.is_file()
    )
    for path in src.rglob("*"):
        if path.is_file():
            assert (dst / path.relative_to(src)).read_bytes() == path.read_bytes()
    manifest = json.loads((dst / "manifest.json").read_text())
    first, second = manifest["shards"][0]["path"], manifest["provenance"][0]["path"]
    (dst / "manifest.json").unlink()
    (dst / first).write_bytes(b"half a file")
    (dst / second).unlink()
    report = pull(str(two_versions), "v2", str(tmp_path))
    assert sorted(report.copied) == sorted([first, second])
    assert set(report.skipped) == {
        e["path"] for e in manifest["minhash"]["files"] + manifest["metadata"]
    }
    assert (dst / "manifest.json").is_file()
    again = pull(str(two_versions), "v2", str(tmp_path))
    assert again.copied == [] and sorted(again.skipped) == sorted(report.copied + report.skipped)


def test_pull_refuses_a_tampered_shard(two_versions, tmp_path, capsys):
    source = tmp_path / "mirror"
    shutil.copytree(two_versions / "v1", source / "v1")
    shard = (
        source
        / "v1"
        / json.loads((source / "v1" / "manifest.json").read_text())["shards"][0]["path"]
    )
    data = bytearray(shard.read_bytes())
    data[200] ^= 0xFF
    shard.write_bytes(bytes(data))
    code, _, err = curate(
        ["pull", str(source), "--version", "v1", "--to", str(tmp_path / "out")], capsys
    )
    assert code == 2 and err.count("\n") == 1
    assert f"curate: error: refusing {shard}: sha256" in err and "altered or corrupted" in err
    assert not (tmp_path / "out" / "v1" / "manifest.json").exists()
    assert not list((tmp_path / "out").rglob("*.parquet*"))


def test_pull_refuses_tampered_stats(two_versions, tmp_path, capsys):
    source = tmp_path / "mirror"
    shutil.copytree(two_versions / "v1", source / "v1")
    stats = source / "v1" / "stats.json"
    counts = json.loads(stats.read_text())
    counts["counts"]["kept"] += 1
    stats.write_text(json.dumps(counts))
    code, _, err = curate(
        ["pull", str(source), "--version", "v1", "--to", str(tmp_path / "out")], capsys
    )
    assert code == 2
    assert f"curate: error: refusing {stats}: sha256" in err
    assert not (tmp_path / "out" / "v1" / "manifest.json").exists()


def test_pull_refuses_overwriting_a_different_release(two_versions, tmp_path, capsys):
    shutil.copytree(two_versions / "v1", tmp_path / "v2")
    code, _, err = curate(
        ["pull", str(two_versions), "--version", "v2", "--to", str(tmp_path)], capsys
    )
    assert code == 2 and "already holds a different release v2" in err
    code, _, err = curate(
        ["pull", str(two_versions), "--version", "v9", "--to", str(tmp_path)], capsys
    )
    assert code == 2 and f"no release v9 at {two_versions}" in err


def test_a_release_is_pinned_by_the_sha256_of_its_manifest(two_versions, tmp_path, capsys):
    code, out, _ = curate(["versions", str(two_versions), "--json"], capsys)
    ids = {r["version"]: r.get("release_id") for r in json.loads(out)}
    for version in ("v1", "v2"):
        data = (two_versions / version / "manifest.json").read_bytes()
        assert ids[version] == hashlib.sha256(data).hexdigest()
    code, out, _ = curate(["versions", str(two_versions)], capsys)
    assert "release id (sha256)" in out and ids["v2"] in out
    pinned = ["pull", str(two_versions), "--version", "v2", "--to", str(tmp_path / "ok")]
    code, out, _ = curate([*pinned, "--expect-sha256", ids["v2"].upper()], capsys)
    assert code == 0 and f"release id: {ids['v2']} (the one --expect-sha256 pins)" in out
    wrong = ["pull", str(two_versions), "--version", "v2", "--to", str(tmp_path / "no")]
    code, _, err = curate([*wrong, "--expect-sha256", ids["v1"]], capsys)
    assert code == 2 and err == (
        f"curate: error: refusing {two_versions}/v2/manifest.json: its release id is sha256 "
        f"{ids['v2']}, not the {ids['v1']} --expect-sha256 pins; nothing was copied\n"
    )
    assert not (tmp_path / "no").exists()
    with pytest.raises(SystemExit) as usage:
        main([*wrong, "--expect-sha256", ids["v1"][:12]])
    assert usage.value.code == 2 and "a release id is 64 hex digits" in capsys.readouterr().err


def test_curate_release_prints_the_id_it_made(demo, tmp_path, capsys):
    shutil.copytree(demo.release, tmp_path / "v1")
    log = tmp_path / "takedowns.jsonl"
    code, _, _ = curate(takedown_args(log, "--domain", "news.example.kr", tmp_path / "v1"), capsys)
    code, out, _ = curate([*release_args(tmp_path / "v1", "v2", log), "--json"], capsys)
    made = json.loads(out)
    data = (tmp_path / "v2" / "manifest.json").read_bytes()
    assert code == 0 and made["release_id"] == hashlib.sha256(data).hexdigest()
    assert {k: v for k, v in made.items() if k != "release_id"} == json.loads(data)
    code, out, _ = curate(release_args(tmp_path / "v1", "v3", log), capsys)
    data = (tmp_path / "v3" / "manifest.json").read_bytes()
    assert out.splitlines()[-1] == f"release id: {hashlib.sha256(data).hexdigest()}"


def test_pull_refused_mid_way_removes_what_it_copied(two_versions, tmp_path, capsys):
    """The last listed file is altered: the files verified before it are not left behind."""
    source = tmp_path / "mirror"
    shutil.copytree(two_versions / "v1", source / "v1")
    card = source / "v1" / "README.md"
    card.write_text(card.read_text() + "edited")
    code, _, err = curate(["pull", str(source), "--version", "v1", "--to", str(tmp_path / "o")],
                          capsys)  # fmt: skip
    assert code == 2 and f"refusing {card}: sha256" in err
    assert not (tmp_path / "o" / "v1").exists()


def card_header(release):
    text = (release / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    header, _, body = text[4:].partition("\n---\n")
    return yaml.safe_load(header), body


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_dataset_card_loads_and_its_glob_matches_the_shards(two_versions, version):
    release = two_versions / version
    header, body = card_header(release)
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["card"] == "README.md"
    (config,) = header["configs"]
    assert config["config_name"] == "default"
    matched = sorted(glob.glob(str(release / config["data_files"])))
    assert matched == sorted(str(release / s["path"]) for s in manifest["shards"])
    assert header["language"] == ["ko"] and header["license"]
    assert [f["name"] for f in header["dataset_info"]["features"]] == pq.read_schema(
        matched[0]
    ).names
    rows = duckdb.sql(f"SELECT count(*) FROM '{release / config['data_files']}'").fetchall()[0][0]
    assert rows == manifest["counts"]["kept"] == pq.read_table(matched).num_rows
    for shard in manifest["shards"]:
        assert shard["sha256"] in body and str(shard["token_count"]) in body


def test_card_of_a_derived_release_names_its_takedowns(two_versions):
    _, body = card_header(two_versions / "v2")
    manifest = json.loads((two_versions / "v2" / "manifest.json").read_text())
    assert "## Takedowns" in body and manifest["takedowns"]["applied"][0]["id"] in body
    assert "news.example.kr" not in body


def test_card_sizes_and_yaml_for_large_releases():
    assert [size_category(n) for n in (0, 999, 1000, 54_321, 2_000_000)] == [
        "n<1K",
        "n<1K",
        "1K<n<10K",
        "10K<n<100K",
        "1M<n<10M",
    ]
    manifest = {
        "version": "v9",
        "counts": {"inputs": 3, "kept": 1, "dropped": 1, "error": 1},
        "token_count": 12,
        "shards": [],
        "code_version": "x",
        "created_at": "now",
    }
    header = yaml.safe_load(dataset_card(manifest, {}).split("---\n")[1])
    assert header["configs"][0]["data_files"] == "data/*.parquet"


# A pull in a child process whose files may not exceed 64 KiB (SIGXFSZ ignored: EFBIG).
LIMITED_PULL = """
import resource, signal, sys
from curate.commands.main import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
sys.exit(main(sys.argv[1:]))
"""


def test_a_pull_that_cannot_write_says_so_in_one_line(demo, tmp_path):
    shard = max((demo.release / "data").iterdir(), key=lambda p: p.stat().st_size)
    assert shard.stat().st_size > 64 * 1024
    args = ["pull", str(demo.releases), "--version", "v1", "--to", str(tmp_path)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    child = subprocess.run(
        [sys.executable, "-c", LIMITED_PULL, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
    )
    assert child.returncode == 2 and "Traceback" not in child.stderr
    (line,) = [x for x in child.stderr.splitlines() if x.startswith("curate: error:")]
    assert line.startswith(f"curate: error: pull of v1 failed: {tmp_path}/v1/") and (
        ": File too large; " in line and line.endswith("bytes): rerun to resume")
    )
    assert not (tmp_path / "v1" / "manifest.json").exists()
    assert not list(tmp_path.rglob("*.partial"))


def test_verbose_shows_the_traceback_behind_the_one_line(tmp_path, capsys):
    code, _, err = curate(["versions", str(tmp_path / "none")], capsys)
    assert code == 2 and err == f"curate: error: no releases under {tmp_path / 'none'}\n"
    code, _, err = curate(["versions", str(tmp_path / "none"), "--verbose"], capsys)
    assert code == 2 and err.startswith("Traceback (most recent call last):")
    assert err.splitlines()[-1] == f"curate: error: no releases under {tmp_path / 'none'}"
