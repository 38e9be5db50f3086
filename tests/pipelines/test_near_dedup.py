"""The near-dup stage inside real pipeline runs: clusters, representatives, provenance,
signatures stored with the release, and dedup against an earlier release."""

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import apache_beam as beam
import numpy as np
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that, equal_to

from curate.records import MINHASH_SCHEMA, Record
from curate.sample.texts import source_documents
from filters.lsh import Banding
from filters.minhash import MinHashParams
from lineage.release_files import ReleaseError
from pipelines.near_dedup import PRIOR, RECORDS, NearDedup, _verified, node
from pipelines.options import pipeline_options
from pipelines.packing import pack
from tests.conftest import curate_into, jsonl_line
from tests.near_dedup_helpers import (
    agreeing_only_at,
    band_positions,
    binomial_bounds,
    default_banding,
    default_near_dedup,
    default_params,
    fewest_equal_values,
    pairs_at_jaccard,
    record,
    sign,
)


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
    # Default settings: the copies share long lines with their originals, and repeated-lines
    # leaves them whole for near-dup (repeated_lines.corpus_copy_share).
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


def test_copies_lose_their_shared_lines_to_the_corpus_rule_only_without_near_dedup(
    near_release, tmp_path
):
    root, result = near_release
    rows = {r["source"]["record_id"]: r for r in provenance(result.release)}
    assert not [
        e for r in rows.values() for e in r["edits"] or [] if e["rule"] == "corpus_duplicate"
    ]
    alone = curate_into(
        [str(root / "in" / "*.jsonl")], tmp_path / "out", overrides=["near_dedup.enabled=false"]
    )
    rows = {r["source"]["record_id"]: r for r in provenance(alone.release)}
    for i in (0, 2):
        pair = sorted((rows[f"orig{i}"], rows[f"copy{i}"]), key=lambda r: r["doc_id"])
        cuts = [[e for e in r["edits"] or [] if e["stage"] == "repeated_lines"] for r in pair]
        # C4's rule: the copy in the smaller doc_id keeps the lines, the other loses them.
        assert not cuts[0] and cuts[1]
        assert {(e["rule"], e["count"]) for e in cuts[1]} == {("corpus_duplicate", 2)}


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
    kept_ids = pq.read_table(Path(result.release) / "data").column("doc_id").to_pylist()
    assert sorted(table.column("doc_id").to_pylist()) == sorted(kept_ids)
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


Outcome = tuple[str, str | None, str | None]


def outcome(rec: Record) -> Outcome:
    """What a user sees of the stage's verdict: the document, why it was dropped (None if
    kept), and the document it duplicates."""
    return rec["doc_id"], rec["reason"], rec["dedup"].get("duplicate_of")


def run_stage(
    records: list[Record],
    check: Callable[[list[Outcome]], None],
    *overrides: str,
    prior: Sequence[tuple[str, np.ndarray]] = (),
) -> None:
    """``records`` through the real NearDedup transform (default settings plus
    ``near_dedup.`` overrides), ``prior`` joining the graph as an earlier release's
    (doc_id, signature); ``check`` sees every outcome."""
    near = default_near_dedup(*overrides)
    with beam.Pipeline(options=pipeline_options([])) as p:
        prior_nodes = None
        if prior:
            entries = [
                (node(PRIOR, doc_id), pack(sig.astype("<u4").tobytes())) for doc_id, sig in prior
            ]
            prior_nodes = p | "Prior" >> beam.Create(entries)
        out = p | "Records" >> beam.Create(records) | NearDedup(near, prior_nodes)
        assert_that(out[RECORDS] | beam.Map(outcome), check)


def test_the_best_quality_copy_represents_its_cluster():
    """The kept copy is the one with the highest quality score, even when its doc_id sorts
    last; a scored copy beats an unscored one, and only a tie falls back to doc_id."""
    best_last, unscored, tied = docs(3, offset=20)
    copies = [
        ("c-best", best_last, 0.9),
        ("a-worst", edited(best_last), 0.2),
        ("b-middle", best_last + "\n감사합니다.", 0.5),
        ("d-unscored", unscored, None),
        ("e-scored", edited(unscored), 0.1),
        ("f-tie", tied, 0.5),
        ("g-tie", edited(tied), 0.5),
    ]
    run_stage(
        [record(doc_id, text, score) for doc_id, text, score in copies],
        equal_to(
            [
                ("c-best", None, None),
                ("a-worst", "near_duplicate", "c-best"),
                ("b-middle", "near_duplicate", "c-best"),
                ("e-scored", None, None),
                ("d-unscored", "near_duplicate", "e-scored"),
                ("f-tie", None, None),
                ("g-tie", "near_duplicate", "f-tie"),
            ]
        ),
    )


def test_verification_merges_at_its_threshold_and_not_below():
    """A band collision merges only when the estimated Jaccard reaches
    ``verify_threshold``: one equal MinHash value fewer and the documents stay apart."""
    near, params = default_near_dedup(), default_params()
    texts = docs(2, offset=20)
    sigs = sign(texts, params)
    enough = fewest_equal_values(near.verify_threshold, params.num_perm)
    assert (enough - 1) / params.num_perm < near.verify_threshold <= enough / params.num_perm
    prior = [
        ("prior-at", agreeing_only_at(sigs[0], range(enough), seed=0)),
        ("prior-below", agreeing_only_at(sigs[1], range(enough - 1), seed=1)),
    ]
    run_stage(
        [record("at", texts[0]), record("below", texts[1])],
        equal_to([("at", "near_duplicate_of_release", "prior-at"), ("below", None, None)]),
        prior=prior,
    )


@pytest.mark.parametrize(
    ("threshold", "equal", "merged"),
    [(0.75, 96, True), (0.75, 95, False), (0.7, 90, True), (0.7, 89, False)],
)
def test_verified_keeps_an_edge_at_or_above_the_threshold(threshold, equal, merged):
    """``_verified`` reads the threshold as inclusive: 96/128 is exactly 0.75 and merges."""
    sig = sign(["대한민국은 민주공화국이다."], default_params())[0]
    member = agreeing_only_at(sig, range(equal), seed=equal)
    members = [("member", pack(member.tobytes()))]
    element = ("anchor", {"sig": [pack(sig.tobytes())], "members": members})
    assert list(_verified(element, threshold)) == ([("anchor", "member")] if merged else [])


STAGE_PAIRS = {0.6: 150, 0.8: 150}


def one_band_matches(banding: Banding, params: MinHashParams):
    """A document per band, and an earlier release's signature agreeing with the
    document's own in that band alone."""
    texts = docs(banding.bands)
    records = [record(f"band-{band:02d}", text) for band, text in enumerate(texts)]
    prior = [
        (f"prior-{band:02d}", agreeing_only_at(sig, band_positions(banding, band), seed=band))
        for band, sig in enumerate(sign(texts, params))
    ]
    return records, prior


def pair_records(params: MinHashParams) -> list[Record]:
    """Documents ``J/NNN-a`` and ``J/NNN-b`` at exact Jaccard J, for every J of STAGE_PAIRS."""
    return [
        record(f"{jaccard}/{i:03d}-{side}", text)
        for jaccard, count in STAGE_PAIRS.items()
        for i, pair in enumerate(pairs_at_jaccard(jaccard, count, params.ngram))
        for side, text in zip("ab", pair, strict=True)
    ]


def merged_pairs(outcomes: list[Outcome]) -> dict[float, int]:
    """Per Jaccard point, how many of its pairs the stage put in one cluster."""
    found = dict.fromkeys(STAGE_PAIRS, 0)
    for doc_id, _reason, duplicate_of in outcomes:
        pair = doc_id.rsplit("-", 1)[0]
        if "/" in doc_id and duplicate_of is not None and duplicate_of.rsplit("-", 1)[0] == pair:
            found[float(pair.split("/")[0])] += 1
    return found


def test_without_verification_the_stage_links_what_its_bands_promise():
    """Verification off, so banding alone decides. A document agreeing with an earlier
    release's signature in one band only is found, for every band; pairs at an exact Jaccard
    merge at the rate the default S-curve promises, so a stage that swaps bands and rows or
    buckets only some bands cannot pass. One pipeline run for both: each costs seconds."""
    banding, params = default_banding(), default_params()
    band_records, prior = one_band_matches(banding, params)

    def check(outcomes: list[Outcome]) -> None:
        assert sorted(o for o in outcomes if o[0].startswith("band-")) == [
            (f"band-{band:02d}", "near_duplicate_of_release", f"prior-{band:02d}")
            for band in range(banding.bands)
        ]
        for jaccard, merged in merged_pairs(outcomes).items():
            bounds = binomial_bounds(STAGE_PAIRS[jaccard], banding.candidate_probability(jaccard))
            assert bounds[0] <= merged <= bounds[1], (jaccard, merged, bounds)

    run_stage([*band_records, *pair_records(params)], check, "verify_threshold=0", prior=prior)
