"""Scrubbing one document: reuse of the quality stage's Kiwi analysis, provenance without
values, the density rule, replacement policies, and texts no recognizer may touch (each
recognizer's own cases are in recognizers/)."""

import json

import pytest

from curate.records import make_source, new_record
from curate.sample.texts import source_documents
from filters.analysis import analyze_text
from filters.pii.scrub import scrubber
from pipelines.pii import scrub_record
from tests.conftest import settings
from tests.pii_helpers import TEXT, VALUES, scrub, untouched


def record(text: str, **fields) -> dict:
    source = make_source("mem://x", "line:1", "corpus", url="https://example.kr/1")
    return {**new_record("corpus-1", source, text), **fields}


@pytest.fixture(scope="module")
def engine():
    return scrubber(settings().pii)


def test_stage_reuses_the_quality_analysis_and_matches_presidio_running_kiwi(engine):
    shared = analyze_text(TEXT).to_record(TEXT)
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
        assert engine.scrub(TEXT, analyze_text(other).to_record(other)).ran_kiwi is True
    assert engine.scrub(TEXT, analyze_text(TEXT).to_record(TEXT)).ran_kiwi is False


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
    off = scrubber(settings("pii.max_density=0").pii)
    assert scrub_record(record(contacts), off)[0]["status"] is None


GENERIC_UNTOUCHED = [
    "2024-03-15 14:30에 회의가 시작됩니다. 2024.03.15 오전 9:12",
    "가격은 12,000원이며 총액 1,234,567원입니다.",
    "ISBN 978-89-6626-123-4, ISBN 9788966261234",
    "헌법 제10조, 민법 제750조 제1항, 법률 제12345호",
    "우편번호 06236, 서울특별시 중구 세종대로 110 (04524)",
]


@pytest.mark.parametrize("text", GENERIC_UNTOUCHED)
def test_dates_prices_isbns_law_articles_and_postal_codes_stay(text):
    assert untouched(text)


def test_masking_keeps_length_and_offsets():
    text = "연락처 010-1234-5678, 메일 hong@example.com입니다"
    result = scrub(text, "pii.policy=mask")
    assert len(result.text) == len(text)
    assert result.text == "연락처 *************, 메일 ****************입니다"


def test_typed_placeholders_one_per_type():
    text = "성명: 홍길동, 주민번호 900101-1234568, 전화 010-1234-5678, 카드 4111-1111-1111-1111"
    assert scrub(text).text == "성명: <|name|>, 주민번호 <|rrn|>, 전화 <|phone|>, 카드 <|card|>"


def test_person_can_be_turned_off():
    assert scrub("성명: 홍길동", "pii.person=off").spans == ()
