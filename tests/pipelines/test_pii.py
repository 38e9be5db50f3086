"""End to end on the messy sample corpus (planted fictional PII, news footers, licences) with
the copyright and PII stages on: identifiers are gone from the shards, never reach the
provenance files (every type, names included: ``test_privacy.py``), and every copyright
decision and stripped line is there."""

import hashlib
import json
import re
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import zstandard

from curate.sample.generate import generate_corpus
from lineage.releases import diff
from tests.conftest import curate_into

# The formats curate.sample.noise plants, read back from the input files independently of
# the recognizers under test.
PLANTED = re.compile(
    r"\d{6}-\d{7}|(?<!\d)\d{13}(?!\d)|010-\d{4}-\d{4}|(?<!\d)010\d{8}(?!\d)"
    r"|[\w.]+@example\.(?:com|org|net|co\.kr)|\d{4}-\d{4}-\d{4}-\d{4}"
)
OPTOUT = "url:https://blog.example.co.kr/toto777/*"
# The URL policy would drop these gambling pages first; off, so the opt-out path is exercised.
STAGES = [
    "copyright.enabled=true",
    "near_dedup.enabled=false",
    f"copyright.optout=['{OPTOUT}']",
    "url_policy.enabled=false",
]


def _raw(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":  # one of them is truncated on purpose
        data = zlib.decompressobj(wbits=31).decompress(data)
    elif path.suffix == ".zst":
        data = zstandard.ZstdDecompressor().decompressobj().decompress(data)
    return data.decode("utf-8", errors="ignore")


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    root = tmp_path_factory.mktemp("pii-e2e")
    generate_corpus(root / "in", seed=0)
    values = set()
    for path in (root / "in").rglob("*.jsonl*"):
        values.update(PLANTED.findall(_raw(path)))
    result = curate_into(
        [str(root / "in" / "**")],
        root / "out",
        overrides=[*STAGES, "pii.enabled=true"],
    )
    release = Path(result.release)
    return {
        "root": root,
        "release": release,
        "values": values,
        "provenance": pq.read_table(release / "provenance").to_pylist(),
        "shards": pq.read_table(release / "data").to_pylist(),
        "stats": result.stats,
    }


def test_planted_identifiers_are_gone_from_shards_and_provenance(release):
    values = release["values"]
    assert len(values) >= 20
    shard_text = "\n".join(row["text"] for row in release["shards"])
    assert not [v for v in values if v in shard_text]
    assert "<|rrn|>" in shard_text and "<|phone|>" in shard_text and "<|email|>" in shard_text
    provenance = json.dumps(release["provenance"], ensure_ascii=False, default=str)
    assert not [v for v in values if v in provenance]


def test_pii_provenance_and_shard_counts_agree(release):
    kept = {row["doc_id"]: row for row in release["provenance"] if row["status"] == "kept"}
    scrubbed = [row for row in release["shards"] if row["pii_count"]]
    assert len(scrubbed) >= 10
    for row in release["shards"]:
        pii = kept[row["doc_id"]]["pii"]
        assert pii is not None
        assert row["pii_count"] == sum(c["count"] for c in pii["counts"]) == len(pii["spans"])
        assert all(0 <= s["start"] < s["end"] and s["score"] >= 0.5 for s in pii["spans"])


def test_copyright_decisions_and_stripped_lines_are_recorded(release):
    rows = release["provenance"]
    judged = [row for row in rows if row["copyright"]]
    assert judged and all(row["copyright"]["license_decision"] for row in judged)
    stripped = [e for row in rows for e in row["edits"] or [] if e["stage"] == "copyright"]
    assert {"copyright_notice", "reporter_line", "byline_prefix"} <= {e["rule"] for e in stripped}
    assert all(e["chars"] > 0 and e["line"] >= 0 for e in stripped)
    by_reason = release["stats"]["by_stage_reason"]["dropped:copyright"]
    assert by_reason["optout"] >= 1 and by_reason["license_tdm_reserved"] >= 1
    optout = [row for row in rows if row["reason"] == "optout"]
    assert all(row["copyright"]["optout_rule"] == OPTOUT for row in optout)
    assert all(
        row["source"]["url"].startswith("https://blog.example.co.kr/toto777/") for row in optout
    )


def test_shard_text_hash_and_release_diff_see_masking(release):
    """``text_sha1`` is the text exact dedup compared; what a model team sees changing between
    releases is the shard text, so a release without PII masking differs in exactly the
    documents masking touched."""
    texts = {row["doc_id"]: row["text"] for row in release["shards"]}
    for row in release["provenance"]:
        expected = texts[row["doc_id"]] if row["status"] == "kept" else None
        assert row["shard_text_sha1"] == (
            expected and hashlib.sha1(expected.encode("utf-8")).hexdigest()
        )
    unmasked = curate_into(
        [str(release["root"] / "in" / "**")],
        release["root"] / "out",
        version="unmasked",
        overrides=STAGES,
    )
    result = diff(str(unmasked.release), str(release["release"]))
    masked = {row["doc_id"] for row in release["shards"] if row["pii_count"]}
    assert result["compared_by"] == "shard_text_sha1"
    assert result["added"] == [] and result["removed"] == []
    assert set(result["changed"]) == masked and len(masked) >= 10
