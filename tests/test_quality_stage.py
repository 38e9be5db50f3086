"""The Beam stage records what it did on the record: decisions for every rule, edits for
removed lines, language, scores, token count and the analysis later stages reuse."""

import apache_beam as beam
from apache_beam.testing.util import assert_that

from curate.config import load_config
from curate.records import make_source, new_record
from filters.analysis import Analysis
from pipelines.options import pipeline_options
from pipelines.quality import STAGE, Quality, apply_assessment
from tests.quality_helpers import assess, junk_text, korean_prose

MENU = "로그인 | 회원가입 | 마이페이지 | 고객센터"


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
    restored = Analysis.from_record(out["analysis"])
    assert restored == assessment.analysis and out["token_count"] == len(restored) > 100


def test_dropped_record_names_the_first_failed_rule_and_keeps_all_decisions():
    assessment = assess(junk_text("chat"))
    out = apply_assessment(record(junk_text("chat")), assessment)
    failed = [d["rule"] for d in out["decisions"] if not d["passed"]]
    assert out["status"] == "dropped" and out["stage"] == STAGE
    assert out["reason"] == failed[0] and len(failed) > 1
    assert "analysis" not in out and out["token_count"] > 0


def test_beam_stage_batches_and_settles_records():
    config = load_config(None, ["quality.batch_size=2"])
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
        outputs = pipeline | beam.Create(inputs) | Quality(config)
        assert_that(outputs, check)
