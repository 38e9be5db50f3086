"""The pipeline with the quality stage on the bundled messy sample corpus: shard rows get
token counts and languages, provenance gets every quality decision and the line edits."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.sample.generate import generate_corpus
from tests.conftest import curate_into

QUALITY_RULES = {
    "korean_lang_score",
    "boilerplate_ratio",
    "dup_5gram_frac",
    "stop_words",
    "ef_sentence_ratio",
    "particle_ratio",
    "spam_lexicon_ratio",
    "quality_model",
}


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    root = tmp_path_factory.mktemp("quality-e2e")
    generate_corpus(root / "in", seed=0)
    result = curate_into(
        [str(root / "in" / "**")], root / "out", overrides=["quality.enabled=true"]
    )
    shards = pq.read_table(Path(result.release) / "data").to_pylist()
    provenance = pq.read_table(Path(result.release) / "provenance").to_pylist()
    return result, shards, provenance


def quality_decisions(row: dict) -> list[dict]:
    return [d for d in row["decisions"] if d["stage"] == "quality"]


def test_shard_rows_have_token_count_lang_and_score(release):
    result, shards, _ = release
    assert shards and all(row["lang"] == "ko" for row in shards)
    assert all(row["token_count"] > 0 and 0 <= row["quality_score"] <= 1 for row in shards)
    assert result.manifest["token_count"] == sum(row["token_count"] for row in shards)


def test_every_document_reaching_quality_has_all_its_decisions(release):
    _, _, provenance = release
    reached = [r for r in provenance if r["status"] == "kept" or r["stage"] == "quality"]
    assert len(reached) > 200
    for row in reached:
        decisions = quality_decisions(row)
        assert {d["rule"] for d in decisions} >= QUALITY_RULES
        failed = [d["rule"] for d in decisions if not d["passed"]]
        if row["status"] == "kept":
            assert not failed and row["lang"] == "ko" and row["token_count"] > 0
        else:
            assert row["reason"] == failed[0]


def test_planted_junk_is_dropped_and_chrome_lines_are_edits(release):
    _, _, provenance = release
    by_url = [(r["source"]["url"] or "", r) for r in provenance]
    spam = [r for url, r in by_url if "/toto777/" in url]
    foreign = [r for url, r in by_url if "/intl/" in url]
    assert spam and all(r["status"] == "dropped" for r in spam)
    assert foreign and all(r["reason"] == "korean_lang_score" for r in foreign)
    edited = [r for r in provenance if r["status"] == "kept" and r["edits"]]
    assert edited
    for row in edited:
        assert all(e["stage"] == "quality" and e["chars"] > 0 for e in row["edits"])
        assert {e["rule"] for e in row["edits"]} <= {"boilerplate_line", "non_korean_paragraph"}


def test_morpheme_shingles_reuse_the_stage_analysis(tmp_path):
    from tests.conftest import jsonl_line
    from tests.quality_helpers import korean_prose

    texts = list(korean_prose().values())
    copy = texts[0].replace("\n", "\n\n", 1)
    lines = [jsonl_line({"id": str(i), "text": t}) for i, t in enumerate([*texts, copy])]
    (tmp_path / "in.jsonl").write_bytes(b"".join(lines))
    result = curate_into(
        [str(tmp_path / "in.jsonl")],
        tmp_path / "out",
        overrides=["quality.enabled=true", "near_dedup.shingle=morpheme"],
    )
    rows = pq.read_table(Path(result.release) / "provenance").to_pylist()
    assert sorted(r["status"] for r in rows) == ["dropped", "kept", "kept", "kept"]
    dropped = next(r for r in rows if r["status"] == "dropped")
    assert dropped["stage"] == "near_dedup"
