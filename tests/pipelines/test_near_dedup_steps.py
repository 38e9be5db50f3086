"""The near-dup stage's steps one at a time, outside a pipeline where they can be: node names,
the refusal of an earlier release, signing, band buckets, the representative, the cluster
annotation each document gets and the decision it becomes. The pipeline runs are in
test_near_dedup.py; one short run here reads an earlier release's signatures."""

from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that, equal_to

from curate.records import MINHASH_SCHEMA
from filters.analysis import Analysis, analyze
from filters.lsh import Banding, anchor_edges, band_keys
from filters.minhash import MinHashParams, signatures
from filters.shingles import morpheme_string
from lineage.release_files import ReleaseError
from pipelines.near_dedup import (
    NEW,
    PRIOR,
    SINGLETON,
    LostGroupedData,
    _attach_signature,
    _bucket_entries,
    _by_doc,
    _ByLabel,
    _edges,
    _member_info,
    _one,
    _Representative,
    _Sign,
    check_prior_releases,
    mark_near_duplicates,
    minhash_params,
    node,
    prior_signatures,
    shingle_sources,
    split_node,
)
from pipelines.options import pipeline_options
from pipelines.packing import pack, unpack
from tests.near_dedup_helpers import default_near_dedup, record

# ---------------------------------------------------------------------------- node names


def test_nodes_name_their_origin_and_keep_colons_of_the_doc_id():
    assert node(PRIOR, "a:b") == "0:a:b"
    assert split_node("1:a:b:c") == ("1", "a:b:c")
    assert split_node(node(NEW, "")) == (NEW, "")
    assert _by_doc(("0:x:y", b"sig")) == ("x:y", b"sig")


# ---------------------------------------------------------------------------- settings


def test_minhash_params_take_every_signature_setting():
    near = default_near_dedup(
        "num_perm=64", "bands=16", "rows=4", "seed=7", "ngram=4", "hash=sha1", "shingle=morpheme"
    )
    assert minhash_params(near) == MinHashParams(
        num_perm=64, seed=7, ngram=4, hash="sha1", shingle="morpheme", scheme="affine32"
    )


# ---------------------------------------------------------------------------- prior releases

COUNTS = {"inputs": 0, "kept": 0, "dropped": 0, "error": 0}


def release(root: Path, name: str, minhash) -> str:
    folder = root / name
    folder.mkdir(parents=True)
    manifest = {
        "version": name,
        "counts": COUNTS,
        "inputs": {"patterns": [], "files": 0},
        "shards": [],
        "provenance": [],
        "minhash": minhash,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return str(folder)


def test_compatible_prior_releases_pass(tmp_path):
    params = MinHashParams(num_perm=64, seed=3)
    one = release(tmp_path, "v1", {"params": params.to_dict(), "files": []})
    two = release(tmp_path, "v2", {"params": {"num_perm": 64, "seed": 3}, "files": []})
    check_prior_releases([one, two], params)
    check_prior_releases([], params)


def test_incompatible_prior_signatures_are_named(tmp_path):
    old = release(tmp_path, "v1", {"params": MinHashParams(seed=2).to_dict(), "files": []})
    with pytest.raises(ReleaseError) as err:
        check_prior_releases([old], MinHashParams())
    assert str(err.value) == (
        f"near_dedup.against: signatures of {old} are incompatible: "
        "MinHash parameters differ: seed (2 != 1)"
    )


def test_a_later_bad_release_is_refused_after_a_good_one(tmp_path):
    good = release(tmp_path, "v1", {"params": MinHashParams().to_dict(), "files": []})
    bad = release(tmp_path, "v2", {"params": {"num_perm": 128, "bands": 4}, "files": []})
    with pytest.raises(ReleaseError) as err:
        check_prior_releases([good, bad], MinHashParams())
    assert str(err.value) == (
        f"near_dedup.against: signatures of {bad} are incompatible: "
        "unknown MinHash parameters: bands"
    )


@pytest.mark.parametrize("minhash", [None, {}, {"files": []}, {"params": None, "files": []}])
def test_a_release_without_signatures_is_refused(tmp_path, minhash):
    plain = release(tmp_path, "plain", minhash)
    with pytest.raises(ReleaseError) as err:
        check_prior_releases([plain], MinHashParams())
    assert str(err.value) == (
        f"near_dedup.against: release {plain} has no stored MinHash signatures "
        "(it was built without near_dedup)"
    )


def test_a_missing_or_unreadable_manifest_is_refused(tmp_path):
    missing = str(tmp_path / "nowhere")
    with pytest.raises(ReleaseError) as err:
        check_prior_releases([missing], MinHashParams())
    assert str(err.value).startswith(f"near_dedup.against: cannot read {missing}/manifest.json: ")
    garbled = tmp_path / "garbled"
    garbled.mkdir()
    (garbled / "manifest.json").write_text("{not json")
    with pytest.raises(ReleaseError) as err:
        check_prior_releases([str(garbled)], MinHashParams())
    assert str(err.value) == (
        f"near_dedup.against: cannot read {garbled}/manifest.json: JSONDecodeError"
    )


def test_a_corrupted_manifest_is_refused_with_the_check_s_words(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.json").write_text(json.dumps({"version": "../up"}))
    with pytest.raises(ReleaseError) as err:
        check_prior_releases([str(broken)], MinHashParams())
    assert str(err.value) == (
        f"near_dedup.against: corrupted manifest: {broken}/manifest.json "
        "(version is not a version name)"
    )


def test_prior_signatures_are_prior_nodes_of_every_release(tmp_path):
    rows = {
        "v1": [{"doc_id": "a", "signature": b"\x01\x00\x00\x00"}],
        "v2": [
            {"doc_id": "b", "signature": b"\x02\x00\x00\x00"},
            {"doc_id": "c", "signature": b""},
        ],
    }
    for version, table in rows.items():
        (tmp_path / version / "minhash").mkdir(parents=True)
        pq.write_table(
            pa.Table.from_pylist(table, schema=MINHASH_SCHEMA),
            tmp_path / version / "minhash" / "part-00000-of-00001.parquet",
        )
    with beam.Pipeline(options=pipeline_options([])) as p:
        assert prior_signatures(p, []) is None
        found = prior_signatures(p, [str(tmp_path / "v1"), str(tmp_path / "v2") + "/"])
        found = found | beam.MapTuple(lambda name, packed: (name, unpack(packed)))
        assert_that(
            found,
            equal_to(
                [
                    ("0:a", b"\x01\x00\x00\x00"),
                    ("0:b", b"\x02\x00\x00\x00"),
                    ("0:c", b""),
                ]
            ),
        )


# ---------------------------------------------------------------------------- signing

KOREAN = [
    "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.",
    "모든 국민은 인간으로서의 존엄과 가치를 가지며, 행복을 추구할 권리를 가진다.",
    "짧다",
]


def test_char_shingles_are_the_texts():
    batch = [record(f"d{i}", text) for i, text in enumerate(KOREAN)]
    assert shingle_sources(batch, "char") == KOREAN


def test_morpheme_shingles_reuse_a_stored_analysis_and_analyse_the_rest():
    """A stored analysis is read, not recomputed (here it differs from Kiwi's on purpose);
    the records without one are analysed in their own order."""
    stored = Analysis(("가", "나"), ("NNG", "JX"), (0, 1), (1, 2), ((0, 2),))
    fresh = analyze([KOREAN[0], KOREAN[2]])
    batch = [
        record("a", KOREAN[0]),
        {**record("b", "가나"), "analysis": stored.to_record("가나")},
        record("c", KOREAN[2]),
    ]
    assert shingle_sources(batch, "morpheme") == [
        morpheme_string(fresh[0].forms),
        morpheme_string(("가", "나")),
        morpheme_string(fresh[1].forms),
    ]


def test_signing_yields_each_record_then_its_graph_node():
    params = MinHashParams(num_perm=16, seed=5, ngram=3, hash="sha1")
    batch = [record(f"d{i}", text) for i, text in enumerate(KOREAN)]
    out = list(_Sign(params, "numpy").process(batch))
    expected = signatures(KOREAN, num_perm=16, seed=5, ngram=3, hash="sha1")
    assert [o for o in out[0::2]] == batch
    graph = out[1::2]
    assert {o.tag for o in graph} == {_Sign.GRAPH}
    assert [o.value[0] for o in graph] == ["1:d0", "1:d1", "1:d2"]
    for tagged, sig in zip(graph, expected, strict=True):
        assert np.frombuffer(unpack(tagged.value[1]), dtype="<u4").tolist() == sig.tolist()


def test_a_record_that_cannot_be_signed_becomes_an_error_alone():
    params = MinHashParams(num_perm=8)
    batch = [record("good", KOREAN[0]), {**record("bad", ""), "text": "\ud800 lone surrogate"}]
    out = list(_Sign(params, "numpy").process(batch))
    assert out[0] == batch[0]
    assert out[1].value[0] == "1:good"
    assert out[2]["doc_id"] == "bad"
    assert out[2]["status"] == "error"
    assert out[2]["stage"] == "near_dedup"
    assert out[2]["reason"] == "stage_exception: UnicodeEncodeError"
    assert len(out) == 3


# ---------------------------------------------------------------------------- the graph


def test_bucket_entries_are_the_band_keys_of_the_signature():
    banding = Banding(4, 2)
    sig = np.arange(8, dtype=np.uint32) * np.uint32(1000)
    entries = list(_bucket_entries(("1:d", pack(sig.astype("<u4").tobytes())), banding))
    assert entries == [(key, "1:d") for key in band_keys(sig, banding)]
    assert len(entries) == 4


def test_edges_of_a_bucket_are_its_anchor_edges():
    members = ["1:c", "1:a", "0:b"]
    assert list(_edges((b"key", members))) == list(anchor_edges(members))
    assert list(_edges((b"key", ["1:a"]))) == list(anchor_edges(["1:a"]))


def test_each_anchor_gets_the_member_and_its_signature():
    element = ("1:m", {"edges": ["1:a", "0:b"], "sig": [b"SIG"]})
    assert list(_attach_signature(element)) == [("1:a", ("1:m", b"SIG")), ("0:b", ("1:m", b"SIG"))]
    lost = ("1:m", {"edges": ["1:a"], "sig": []})
    assert list(_attach_signature(lost)) == [("1:a", ("1:m", None))]


# ---------------------------------------------------------------------------- representative


def representative(items):
    combine = _Representative()
    acc = combine.create_accumulator()
    for item in items:
        acc = combine.add_input(acc, item)
    return combine.extract_output(acc)


def test_the_representative_is_prior_then_best_score_then_smallest_id():
    assert representative([("1:b", 0.4), ("1:a", 0.2), ("1:c", 0.9)]) == (3, "1:c")
    assert representative([("1:b", 0.9), ("0:z", None), ("1:a", 0.95)]) == (3, "0:z")
    assert representative([("1:b", None), ("1:a", None)]) == (2, "1:a")
    assert representative([("1:b", 0.0), ("1:a", None)]) == (2, "1:b")
    assert representative([("1:b", 0.5), ("1:a", 0.5)]) == (2, "1:a")
    assert representative([("1:a", -0.5), ("1:b", None)]) == (2, "1:a")


def test_merged_representatives_keep_the_best_and_add_the_sizes():
    combine = _Representative()
    parts = [
        combine.add_input(combine.create_accumulator(), ("1:b", 0.3)),
        combine.create_accumulator(),
        combine.add_input(
            combine.add_input(combine.create_accumulator(), ("1:c", 0.8)), ("1:a", 0.8)
        ),
    ]
    assert combine.extract_output(combine.merge_accumulators(parts)) == (3, "1:a")
    worse_last = [parts[2], combine.add_input(combine.create_accumulator(), ("1:d", 0.1))]
    assert combine.extract_output(combine.merge_accumulators(worse_last)) == (3, "1:a")


def test_each_new_member_learns_its_cluster():
    element = ("1:a", {"cluster": [(3, "1:b")], "members": ["1:a", "1:b", "1:c"]})
    assert list(_member_info(element)) == [
        (
            "a",
            {"near_cluster_id": "a", "near_cluster_size": 3, "duplicate_of": "b", "prior": False},
        ),
        (
            "b",
            {"near_cluster_id": "a", "near_cluster_size": 3, "duplicate_of": None, "prior": False},
        ),
        (
            "c",
            {"near_cluster_id": "a", "near_cluster_size": 3, "duplicate_of": "b", "prior": False},
        ),
    ]


def test_members_of_a_prior_release_s_cluster_point_at_it():
    element = ("0:old", {"cluster": [(3, "0:old")], "members": ["0:old", "0:older", "1:new"]})
    assert list(_member_info(element)) == [
        (
            "new",
            {
                "near_cluster_id": "old",
                "near_cluster_size": 3,
                "duplicate_of": "old",
                "prior": True,
            },
        )
    ]


def test_a_join_that_lost_or_repeated_data_fails_loudly():
    assert _one(iter(["x"]), "things", "d1") == "x"
    for found in ([], ["x", "y"]):
        with pytest.raises(LostGroupedData) as err:
            _one(found, "cluster annotations", "d1")
        assert str(err.value) == (
            f"near_dedup: document d1 met {len(found)} cluster annotations, expected exactly 1; "
            "the runner lost or duplicated grouped data"
        )


def test_nodes_are_labelled_or_new_singletons():
    by_label = _ByLabel()
    assert list(by_label.process(("1:b", {"label": ["1:a"], "score": [0.5]}))) == [
        ("1:a", ("1:b", 0.5))
    ]
    (single,) = by_label.process(("1:x:y", {"label": [], "score": [0.1]}))
    assert single.tag == _ByLabel.SINGLETONS
    assert single.value == ("x:y", SINGLETON)
    assert SINGLETON == {
        "near_cluster_id": None,
        "near_cluster_size": 1,
        "duplicate_of": None,
        "prior": False,
    }
    assert list(by_label.process(("0:old", {"label": [], "score": [None]}))) == []
    with pytest.raises(LostGroupedData, match="document 1:b met 2 component labels"):
        list(by_label.process(("1:b", {"label": ["1:a", "1:c"], "score": [0.5]})))
    with pytest.raises(LostGroupedData, match="document 1:b met 0 quality scores"):
        list(by_label.process(("1:b", {"label": ["1:a"], "score": []})))


# ---------------------------------------------------------------------------- the decision


def marked(doc, info, threshold=0.7):
    grouped = {"records": [pack(doc)], "cluster": [] if info is None else [info]}
    return list(mark_near_duplicates((doc["doc_id"], grouped), threshold))


def test_a_duplicate_is_dropped_with_its_cluster_and_the_rule():
    doc = {**record("b", "text"), "dedup": {"exact_group_size": 2}}
    info = {"near_cluster_id": "a", "near_cluster_size": 3, "duplicate_of": "a", "prior": False}
    (out,) = marked(doc, info)
    assert out["status"] == "dropped"
    assert (out["stage"], out["reason"]) == ("near_dedup", "near_duplicate")
    assert out["dedup"] == {
        "exact_group_size": 2,
        "near_cluster_id": "a",
        "near_cluster_size": 3,
        "duplicate_of": "a",
    }
    assert out["decisions"] == [
        {
            "stage": "near_dedup",
            "rule": "near_duplicate",
            "value": 3.0,
            "threshold": 0.7,
            "passed": False,
        }
    ]


def test_a_duplicate_of_a_release_is_named_so():
    info = {"near_cluster_id": "old", "near_cluster_size": 2, "duplicate_of": "old", "prior": True}
    (out,) = marked(record("n", "text"), info, threshold=0.5)
    assert (out["status"], out["reason"]) == ("dropped", "near_duplicate_of_release")
    assert out["decisions"][-1]["rule"] == "near_duplicate_of_release"
    assert out["decisions"][-1]["threshold"] == 0.5


def test_a_representative_or_singleton_is_kept_in_play_with_its_decision():
    (rep,) = marked(
        record("a", "text"),
        {"near_cluster_id": "a", "near_cluster_size": 3, "duplicate_of": None, "prior": False},
    )
    assert rep["status"] is None
    assert rep["dedup"] == {"near_cluster_id": "a", "near_cluster_size": 3}
    assert rep["decisions"] == [
        {
            "stage": "near_dedup",
            "rule": "near_duplicate",
            "value": 3.0,
            "threshold": 0.7,
            "passed": True,
        }
    ]
    (single,) = marked(record("s", "text"), SINGLETON)
    assert single["status"] is None
    assert single["dedup"] == {"near_cluster_id": None, "near_cluster_size": 1}
    assert single["decisions"][-1]["passed"] is True


def test_a_settled_record_passes_through_without_an_annotation():
    failed = {**record("e", "text"), "status": "error", "reason": "stage_exception: X"}
    assert marked(failed, None) == [failed]


def test_a_record_in_play_without_an_annotation_fails_loudly():
    with pytest.raises(LostGroupedData, match="document m met 0 cluster annotations"):
        marked(record("m", "text"), None)
    assert list(mark_near_duplicates(("gone", {"records": [], "cluster": [SINGLETON]}), 0.7)) == []
