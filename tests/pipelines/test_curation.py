"""End-to-end runs on Beam's embedded runner: real files in, a real release out."""

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.records import PROVENANCE_SCHEMA, SHARD_SCHEMA
from filters.normalize import normalize_text
from lineage.release_files import ReleaseError
from pipelines.options import UnsafeRunnerOptions
from tests.conftest import curate_into, legacy_text


def provenance(release: str) -> list[dict]:
    return pq.read_table(Path(release) / "provenance").to_pylist()


def by_reason(rows: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        key = (
            row["status"]
            if row["status"] == "kept"
            else (f"{row['status']}:{row['stage']}:{row['reason'].split(':')[0]}")
        )
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_accounting_holds_and_is_recorded(bad_release):
    counts = bad_release.manifest["counts"]
    assert counts["inputs"] == counts["kept"] + counts["dropped"] + counts["error"]
    rows = provenance(bad_release.release)
    assert len(rows) == counts["inputs"]
    assert len({r["doc_id"] for r in rows}) == len(rows)
    stats = json.loads((Path(bad_release.release) / "stats.json").read_text())
    assert stats["counts"] == counts


def test_every_bad_input_ends_with_a_reason(bad_release):
    counts = by_reason(provenance(bad_release.release))
    assert counts["error:ingest:malformed_json"] == 1
    assert counts["error:ingest:not_an_object"] == 1
    assert counts["error:ingest:missing_text"] == 1
    assert counts["error:ingest:non_string_text"] == 2
    assert counts["error:ingest:undecodable"] == 1
    assert counts["error:ingest:oversize"] == 1
    assert counts["error:ingest:truncated_stream"] == 1
    assert counts["dropped:normalize:min_chars"] == 1
    assert counts["dropped:exact_dedup:exact_duplicate"] >= 2


def test_stats_say_which_files_were_read_to_the_end_and_which_were_cut_short(bad_release):
    stats = json.loads((Path(bad_release.release) / "stats.json").read_text())
    files = stats["input_files"]
    assert files["cut_short"] == 1
    assert files["read_to_end"] == len(files["files"]) - 1
    (cut,) = [f for f in files["files"] if f["read"] == "cut_short"]
    assert cut["path"].endswith("cut.jsonl.gz") and cut["reason"] == "truncated_stream"
    assert cut["stopped_at"].startswith("unreadable-after:line:") and cut["bytes_left"] == 0
    cut_rows = [r for r in provenance(bad_release.release) if r["source"]["uri"] == cut["path"]]
    assert len(cut_rows) == cut["records"]
    assert sum(f["records"] for f in files["files"]) == stats["counts"]["inputs"]


def test_shards_match_manifest_checksums_and_are_never_empty(bad_release):
    root = Path(bad_release.release)
    manifest = json.loads((root / "manifest.json").read_text())
    assert manifest == bad_release.manifest
    assert len(manifest["shards"]) >= 2
    for entry in manifest["shards"] + manifest["provenance"]:
        data = (root / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["bytes"]
        assert entry["rows"] == pq.read_metadata(root / entry["path"]).num_rows > 0
    assert sum(s["rows"] for s in manifest["shards"]) == manifest["counts"]["kept"]
    assert sorted(m["path"] for m in manifest["metadata"]) == [
        "README.md",
        "config.json",
        "stats.json",
    ]
    for entry in manifest["metadata"]:
        data = (root / entry["path"]).read_bytes()
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (entry["sha256"], entry["bytes"])
    assert pq.read_schema(root / manifest["shards"][0]["path"]).remove_metadata() == SHARD_SCHEMA
    assert (
        pq.read_schema(root / manifest["provenance"][0]["path"]).remove_metadata()
        == PROVENANCE_SCHEMA
    )
    for key in ("schema_version", "config_sha256", "code_version", "runner", "created_at"):
        assert manifest[key]
    assert manifest["runner"] == "FnApiRunner"


def test_release_placement_points_at_the_shard_row(bad_release):
    root = Path(bad_release.release)
    kept = [r for r in provenance(bad_release.release) if r["status"] == "kept"]
    assert kept
    for row in kept:
        shard = pq.read_table(root / row["release"]["shard"]).to_pylist()
        assert shard[row["release"]["row_index"]]["doc_id"] == row["doc_id"]
        assert row["release"]["version"] == "v1"


def test_duplicates_point_at_a_kept_representative(bad_release):
    rows = provenance(bad_release.release)
    kept = {r["doc_id"]: r for r in rows if r["status"] == "kept"}
    dups = [r for r in rows if r["reason"] == "exact_duplicate"]
    for dup in dups:
        rep = kept[dup["dedup"]["duplicate_of"]]
        assert rep["text_sha1"] == dup["text_sha1"]
        assert rep["doc_id"] < dup["doc_id"]
        assert dup["dedup"]["exact_group_size"] == rep["dedup"]["exact_group_size"] >= 2
        assert {"stage": "exact_dedup", "rule": "exact_duplicate", "passed": False}.items() <= dup[
            "decisions"
        ][-1].items()


def test_nfd_and_cp949_documents_are_normalized_and_recorded(bad_release):
    root = Path(bad_release.release)
    rows = provenance(bad_release.release)
    legacy = next(r for r in rows if r["source"]["uri"].endswith("legacy.txt"))
    assert legacy["status"] == "kept" and legacy["source"]["encoding"] == "cp949"
    texts = {r["text"] for r in pq.read_table(root / "data").to_pylist()}
    assert normalize_text(legacy_text()) in texts
    nfd = next(r for r in rows if r["source"]["record_id"] == "nfd")
    assert nfd["reason"] == "exact_duplicate"
    bom = next(r for r in rows if r["source"]["record_id"] == "g0")
    assert bom["source"]["encoding"] == "utf-8-sig"


def test_provenance_never_holds_text(bad_release):
    assert "text" not in PROVENANCE_SCHEMA.names
    raw = b"".join(p.read_bytes() for p in (Path(bad_release.release) / "provenance").iterdir())
    assert "민주공화국".encode() not in raw


def test_two_runs_give_identical_shards_and_ids(bad_corpus, tmp_path):
    a = curate_into([str(bad_corpus / "*")], tmp_path / "a", overrides=["release.rows_per_shard=3"])
    b = curate_into([str(bad_corpus / "*")], tmp_path / "b", overrides=["release.rows_per_shard=3"])
    assert [(s["path"], s["sha256"]) for s in a.manifest["shards"]] == [
        (s["path"], s["sha256"]) for s in b.manifest["shards"]
    ]
    ids_a = sorted((r["doc_id"], r["status"]) for r in provenance(a.release))
    assert ids_a == sorted((r["doc_id"], r["status"]) for r in provenance(b.release))


def test_existing_version_is_refused_unless_overwritten(bad_corpus, tmp_path):
    inputs = [str(bad_corpus / "legacy.txt")]
    first = curate_into(inputs, tmp_path)
    with pytest.raises(ReleaseError, match="already exists; pass --overwrite"):
        curate_into(inputs, tmp_path)
    again = curate_into(inputs, tmp_path, overwrite=True)
    assert again.manifest["run"]["run_id"] != first.manifest["run"]["run_id"]


def test_half_written_version_is_refused(bad_corpus, tmp_path):
    (tmp_path / "v1" / "data").mkdir(parents=True)
    (tmp_path / "v1" / "data" / "part-00000-of-00001.parquet").write_bytes(b"partial")
    with pytest.raises(ReleaseError, match="has no manifest.json"):
        curate_into([str(bad_corpus / "legacy.txt")], tmp_path)


@pytest.mark.parametrize(
    "beam_args",
    [
        ["--direct_running_mode=multi_processing", "--direct_num_workers=2"],
        ["--direct_running_mode=multi_threading", "--direct_num_workers=4"],
        ["--direct_num_workers=0"],
    ],
)
def test_parallel_embedded_runner_is_refused_before_any_work(bad_corpus, tmp_path, beam_args):
    """Beam 2.77's embedded runner lost grouped data with parallel workers (see
    pipelines/options.py): such a run must not start."""
    with pytest.raises(UnsafeRunnerOptions, match="is refused: Beam's embedded runner lost"):
        curate_into([str(bad_corpus / "good.jsonl")], tmp_path, beam_args=beam_args)
    assert not list(tmp_path.iterdir())
