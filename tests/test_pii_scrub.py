"""The PII stage per record: reuse of the quality stage's Kiwi analysis, provenance without
values, the density rule, presidio's context semantics, and the accuracy targets."""

import json

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from curate.evals import pii_sets
from curate.evals.pii import STRUCTURED, evaluate, load_eval_set
from curate.records import make_source, new_record
from curate.sample.texts import source_documents
from filters.analysis import analyze, analyze_text
from filters.pii.nlp_engine import LANGUAGE
from filters.pii.recognizers import korean_recognizers
from filters.pii.scrub import PiiSettings, scrubber
from pipelines.pii import scrub_record

VALUES = ("900101-1234568", "010-1234-5678", "hong@example.com", "홍길동", "4111-1111-1111-1111")
TEXT = (
    "민원 접수 안내\n성명: 홍길동 (주민등록번호 900101-1234568)\n"
    "연락처 010-1234-5678, 이메일 hong@example.com으로 회신 바랍니다.\n"
    "결제 카드 4111-1111-1111-1111 승인 완료. 접수일 2024-03-15, 수수료 12,000원."
)


def record(text: str, **fields) -> dict:
    source = make_source("mem://x", "line:1", "corpus", url="https://example.kr/1")
    return {**new_record("corpus-1", source, text), **fields}


@pytest.fixture(scope="module")
def engine():
    return scrubber(PiiSettings())


def test_stage_reuses_the_quality_analysis_and_matches_presidio_running_kiwi(engine):
    shared = analyze_text(TEXT).to_record()
    out, result = scrub_record(record(TEXT, analysis=shared), engine)
    assert not result.ran_kiwi
    assert "analysis" not in out  # offsets of the old text would mislead later readers
    reference = engine.scrub(TEXT, presidio_nlp=True)
    assert result.spans == reference.spans and out["text"] == reference.text
    assert [TEXT[s.start : s.end] for s in result.spans] == list(
        VALUES[3:4] + VALUES[:3] + VALUES[4:]
    )


def test_an_analysis_of_another_text_is_not_trusted(engine):
    for other in ("짧은 글", TEXT + " 덧붙인 문장입니다."):
        assert engine.scrub(TEXT, analyze_text(other).to_record()).ran_kiwi is True
    assert engine.scrub(TEXT, analyze_text(TEXT).to_record()).ran_kiwi is False


def test_provenance_has_types_offsets_scores_and_counts_never_values(engine):
    out, _ = scrub_record(record(TEXT), engine)
    pii = out["pii"]
    assert {span["type"] for span in pii["spans"]} == {
        "PERSON",
        "KR_RRN",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "CREDIT_CARD",
    }
    assert all(set(span) == {"type", "start", "end", "score"} for span in pii["spans"])
    assert sum(c["count"] for c in pii["counts"]) == 5
    dumped = json.dumps(pii, ensure_ascii=False) + json.dumps(out["decisions"], ensure_ascii=False)
    assert not any(value in dumped for value in VALUES)
    assert not any(value in out["text"] for value in VALUES)


def test_density_rule_drops_contact_lists_not_prose(engine):
    contacts = "\n".join(
        f"{name} 010-{1000 + i}-{2000 + i} {user}@example.com"
        for i, (name, user) in enumerate([("김민준", "mj"), ("이서연", "sy"), ("박도윤", "dy")])
    )
    dropped, _ = scrub_record(record(contacts), engine)
    assert (dropped["status"], dropped["stage"], dropped["reason"]) == (
        "dropped",
        "pii",
        "pii_density",
    )
    prose = next(doc.text for doc in source_documents() if len(doc.text) > 1500) + "\n" + TEXT
    kept, _ = scrub_record(record(prose), engine)
    assert kept["status"] is None
    assert kept["decisions"][-1]["rule"] == "pii_density" and kept["decisions"][-1]["passed"]
    off = scrubber(PiiSettings(max_density=0))
    assert scrub_record(record(contacts), off)[0]["status"] is None


def test_context_enhancer_matches_presidio_stock_enhancer_on_whole_documents(engine):
    stock = AnalyzerEngine(
        registry=RecognizerRegistry(
            recognizers=korean_recognizers(), supported_languages=[LANGUAGE]
        ),
        nlp_engine=engine.nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.5,
        context_aware_enhancer=LemmaContextAwareEnhancer(
            context_prefix_count=6, context_suffix_count=3
        ),
    )
    texts = [item["text"] for item in load_eval_set()[::4]]
    texts += [doc.text for doc in source_documents()[::12]] + [TEXT]
    for text, analysis in zip(texts, analyze(texts), strict=True):
        ours = engine.analyzer.analyze(
            text, LANGUAGE, nlp_artifacts=engine.nlp_engine.artifacts(text, analysis)
        )
        theirs = stock.analyze(
            text, LANGUAGE, nlp_artifacts=engine.nlp_engine.artifacts(text, analysis)
        )
        key = lambda r: (r.start, r.end, r.entity_type, r.score)  # noqa: E731
        assert sorted(map(key, ours)) == sorted(map(key, theirs)), text


def test_labelled_set_meets_the_targets():
    report = evaluate(PiiSettings())
    assert report["sentences"] >= 300 and report["hard_negatives"] >= 100
    types = report["types"]
    for kind in STRUCTURED:
        assert types[kind]["gold"] >= 10, kind
        assert types[kind]["precision"] >= 0.95 and types[kind]["recall"] >= 0.95, kind
    assert types["PERSON"]["precision"] >= 0.9


def test_shipped_eval_sets_are_what_the_generator_writes(tmp_path, capsys):
    pii_sets.main([str(tmp_path)])
    for name in (pii_sets.EVAL_SET, pii_sets.HOLDOUT, pii_sets.HOLDOUT2):
        assert (tmp_path / name).read_bytes() == (pii_sets.DATA / name).read_bytes(), name


def test_person_precision_holds_on_the_hand_written_holdout():
    report = evaluate(PiiSettings(), pii_sets.DATA / pii_sets.HOLDOUT2)
    assert report["types"]["PERSON"]["precision"] >= 0.9
    assert report["hard_negatives_flagged"] == []
