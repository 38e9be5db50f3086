"""The near-dup stage inside real pipeline runs: clusters, representatives, provenance,
signatures stored with the release, and dedup against an earlier release."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.records import MINHASH_SCHEMA
from curate.sample.texts import source_documents
from lineage.release_files import ReleaseError
from tests.conftest import curate_into, jsonl_line


def docs(n: int, offset: int = 0) -> list[str]:
    texts = [d.text for d in source_documents() if len(d.text) > 600]
    return texts[offset : offset + n]


def edited(text: str) -> str:
    """A near-duplicate: one sentence appended and a word replaced."""
    return text.replace("국민", "시민", 1) + "\n이 문서는 다른 사이트에서 옮겨 왔습니다."


def write(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(jsonl_line(r) for r in rows))
    return path


@pytest.fixture(scope="module")
def near_release(tmp_path_factory):
    root = tmp_path_factory.mktemp("near")
    base = docs(6)
    rows = [{"id": f"orig{i}", "text": t} for i, t in enumerate(base)]
    rows += [{"id": f"copy{i}", "text": edited(t)} for i, t in enumerate(base[:3])]
    write(root / "in" / "a.jsonl", rows)
    result = curate_into([str(root / "in" / "*.jsonl")], root / "out")
    return root, result


def provenance(release: str) -> list[dict]:
    return pq.read_table(Path(release) / "provenance").to_pylist()


def test_near_duplicates_are_clustered_and_dropped(near_release):
    _, result = near_release
    rows = {r["source"]["record_id"]: r for r in provenance(result.release)}
    for i in range(3):
        orig, copy = rows[f"orig{i}"], rows[f"copy{i}"]
        assert {orig["status"], copy["status"]} == {"kept", "dropped"}
        dropped, kept = (copy, orig) if copy["status"] == "dropped" else (orig, copy)
        assert (dropped["stage"], dropped["reason"]) == ("near_dedup", "near_duplicate")
        assert (
            dropped["dedup"]["duplicate_of"]
            == kept["doc_id"]
            == min(orig["doc_id"], copy["doc_id"])
        )
        assert dropped["dedup"]["near_cluster_id"] == kept["dedup"]["near_cluster_id"]
        assert dropped["dedup"]["near_cluster_size"] == 2
    for i in range(3, 6):
        assert rows[f"orig{i}"]["status"] == "kept"
        assert rows[f"orig{i}"]["dedup"]["near_cluster_size"] == 1


def test_every_kept_document_has_a_near_dedup_decision(near_release):
    _, result = near_release
    for row in provenance(result.release):
        rules = [d["rule"] for d in row["decisions"] if d["stage"] == "near_dedup"]
        assert rules in (["near_duplicate"],)


def test_signatures_are_stored_with_the_release(near_release):
    _, result = near_release
    manifest = result.manifest
    params = manifest["minhash"]["params"]
    assert params["num_perm"] == 128 and params["hash"] == "xxh32"
    table = pq.read_table(Path(result.release) / "minhash")
    assert table.schema.remove_metadata() == MINHASH_SCHEMA
    assert table.num_rows == manifest["counts"]["kept"]
    assert all(len(sig) == 4 * params["num_perm"] for sig in table.column("signature").to_pylist())


def test_new_crawl_does_not_re_add_what_a_release_holds(near_release):
    root, first = near_release
    base = docs(6)
    write(
        root / "crawl2" / "b.jsonl",
        [
            {"id": "again", "text": edited(base[4])},
            {"id": "fresh", "text": docs(1, offset=10)[0]},
        ],
    )
    second = curate_into(
        [str(root / "crawl2" / "*.jsonl")],
        root / "out",
        version="v2",
        overrides=[f"near_dedup.against=[{first.release}]"],
    )
    rows = {r["source"]["record_id"]: r for r in provenance(second.release)}
    assert rows["again"]["reason"] == "near_duplicate_of_release"
    kept_v1 = {r["doc_id"] for r in provenance(first.release) if r["status"] == "kept"}
    assert rows["again"]["dedup"]["duplicate_of"] in kept_v1
    assert rows["fresh"]["status"] == "kept"


def test_incompatible_signatures_are_refused(near_release):
    root, first = near_release
    with pytest.raises(ReleaseError, match="incompatible.*num_perm"):
        curate_into(
            [str(root / "in" / "*.jsonl")],
            root / "out",
            version="v3",
            overrides=[
                f"near_dedup.against=[{first.release}]",
                "near_dedup.num_perm=64",
                "near_dedup.bands=8",
            ],
        )


def test_release_without_signatures_is_refused(tmp_path, near_release):
    root, _ = near_release
    plain = curate_into(
        [str(root / "in" / "*.jsonl")],
        tmp_path,
        version="plain",
        overrides=["near_dedup.enabled=false"],
    )
    assert json.loads((Path(plain.release) / "manifest.json").read_text())["minhash"] is None
    with pytest.raises(ReleaseError, match="no stored MinHash signatures"):
        curate_into(
            [str(root / "in" / "*.jsonl")],
            tmp_path,
            version="v2",
            overrides=[f"near_dedup.against=[{plain.release}]"],
        )


def test_morpheme_shingles_find_the_same_near_duplicates(near_release, tmp_path):
    root, _ = near_release
    result = curate_into(
        [str(root / "in" / "*.jsonl")],
        tmp_path,
        overrides=["near_dedup.shingle=morpheme", "near_dedup.ngram=3"],
    )
    rows = {r["source"]["record_id"]: r for r in provenance(result.release)}
    assert sum(r["reason"] == "near_duplicate" for r in rows.values()) == 3
    assert result.manifest["minhash"]["params"]["shingle"] == "morpheme"


def test_a_template_repeated_400_times_is_one_cluster(tmp_path):
    """Boilerplate pages colliding in every band: one cluster, one representative, every
    other page pointing at it — through the anchor edges and the streaming joins."""
    (page,) = docs(1, offset=10)
    rows = [{"id": f"p{i:03d}", "text": f"{page}\n게시물 번호 {i}"} for i in range(400)]
    rows += [{"id": "other", "text": docs(1, offset=11)[0]}]
    write(tmp_path / "in" / "pages.jsonl", rows)
    result = curate_into([str(tmp_path / "in" / "*.jsonl")], tmp_path / "out")
    by_id = {r["source"]["record_id"]: r for r in provenance(result.release)}
    pages = [by_id[f"p{i:03d}"] for i in range(400)]
    kept = [r for r in pages if r["status"] == "kept"]
    assert len(kept) == 1 and kept[0]["doc_id"] == min(r["doc_id"] for r in pages)
    assert {r["dedup"]["near_cluster_size"] for r in pages} == {400}
    assert {r["dedup"]["near_cluster_id"] for r in pages} == {kept[0]["doc_id"]}
    dropped = [r for r in pages if r["status"] == "dropped"]
    assert {r["dedup"]["duplicate_of"] for r in dropped} == {kept[0]["doc_id"]}
    assert {r["reason"] for r in dropped} == {"near_duplicate"}
    assert by_id["other"]["status"] == "kept"
    assert result.manifest["counts"] == {"inputs": 401, "kept": 2, "dropped": 399, "error": 0}
