"""The quality stage records what it did on the record (decisions for every rule, edits for
removed lines, language, scores, token count and the analysis later stages reuse), alone and
inside the whole pipeline on the bundled messy sample corpus."""

from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that

from curate.records import make_source, new_record
from curate.sample.generate import generate_corpus
from filters.analysis import Analysis
from pipelines.options import pipeline_options
from pipelines.quality import STAGE, Quality, apply_assessment
from tests.conftest import curate_into, settings
from tests.quality_helpers import MENU, assess, junk_text, korean_prose


def record(text: str, name: str = "doc") -> dict:
    return new_record(f"test-{name}", make_source("mem://x", "line:1", "test"), text)


def test_kept_record_carries_analysis_decisions_and_counts():
    text = f"{MENU}\n{korean_prose()['kolaw']}"
    assessment = assess(text)
    out = apply_assessment(record(text), assessment)
    assert out["status"] is None
    assert out["text"] == korean_prose()["kolaw"]
    assert out["edits"] == [
        {"stage": STAGE, "rule": "boilerplate_line", "line": 0, "chars": len(MENU)}
    ]
    assert {d["stage"] for d in out["decisions"]} == {STAGE}
    assert all(d["passed"] for d in out["decisions"])
    assert len(out["decisions"]) == len(assessment.verdicts)
    assert out["lang"] == "ko" and out["lang_score"] > 0.99
    assert 0 < out["quality_score"] <= 1
    restored = Analysis.from_record(out["analysis"], out["text"])
    assert restored == assessment.analysis and out["token_count"] == len(restored) > 100


def test_dropped_record_names_the_first_failed_rule_and_keeps_all_decisions():
    assessment = assess(junk_text("chat"))
    out = apply_assessment(record(junk_text("chat")), assessment)
    failed = [d["rule"] for d in out["decisions"] if not d["passed"]]
    assert out["status"] == "dropped" and out["stage"] == STAGE
    assert out["reason"] == failed[0] and len(failed) > 1
    assert "analysis" not in out and out["token_count"] > 0


def test_beam_stage_batches_and_settles_records():
    run = settings("quality.batch_size=2")
    inputs = [
        record(korean_prose()["kolaw"], "law"),
        record(korean_prose()["kobill"], "bill"),
        record(junk_text("keyword_spam"), "spam"),
    ]

    def check(outputs):
        by_id = {r["doc_id"]: r for r in outputs}
        assert by_id["test-law"]["status"] is None and "analysis" in by_id["test-law"]
        assert by_id["test-bill"]["status"] is None
        assert by_id["test-spam"]["status"] == "dropped"

    with beam.Pipeline(options=pipeline_options([])) as pipeline:
        outputs = pipeline | beam.Create(inputs) | Quality(run.quality, run.langid)
        assert_that(outputs, check)


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
    # the spam pages' URL (/toto777/) is on the bundled gambling list: dropped before quality
    assert spam and all(r["status"] == "dropped" for r in spam)
    assert foreign and all(r["reason"] == "korean_lang_score" for r in foreign)
    edited = [r for r in provenance if r["status"] == "kept" and r["edits"]]
    assert edited
    rules = {"quality": {"boilerplate_line", "non_korean_paragraph"}}
    # lines the site repeats on its other pages go before quality sees the page
    rules["repeated_lines"] = {"site_boilerplate", "corpus_duplicate"}
    for row in edited:
        assert all(e["stage"] in rules and e["chars"] > 0 for e in row["edits"])
        assert all(e["rule"] in rules[e["stage"]] for e in row["edits"])
    assert any(e["stage"] == "quality" for row in edited for e in row["edits"])


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
        # repeated_lines off: its corpus rule would take the copy's long paragraphs (they are
        # the original's) and quality would then drop it before near-dup could see it
        overrides=[
            "quality.enabled=true",
            "near_dedup.shingle=morpheme",
            "repeated_lines.enabled=false",
        ],
    )
    rows = pq.read_table(Path(result.release) / "provenance").to_pylist()
    assert sorted(r["status"] for r in rows) == ["dropped", "kept", "kept", "kept"]
    dropped = next(r for r in rows if r["status"] == "dropped")
    assert dropped["stage"] == "near_dedup"
