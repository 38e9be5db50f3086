"""Hand-labelled sets: marks become exact spans, a bad mark is refused, and every shipped
hold-out file is what its generator writes (no hand edits after scoring)."""

from __future__ import annotations

import importlib
import json

import pytest

from curate.evals.marked import holdout_rows, strip_marks, typed_spans, write_holdout


def test_marks_become_the_spans_of_their_values():
    text, spans = typed_spans("성명: [[김도윤|PERSON]] / 연락처 [[010-1234-5678|PHONE_NUMBER]]")
    assert text == "성명: 김도윤 / 연락처 010-1234-5678"
    assert [text[s["start"] : s["end"]] for s in spans] == ["김도윤", "010-1234-5678"]
    assert [s["type"] for s in spans] == ["PERSON", "PHONE_NUMBER"]


@pytest.mark.parametrize("marked", ["[[김도윤|NAME]]", "[[김도윤|PERSON]", "이름 [[김도윤]]"])
def test_an_unknown_label_or_a_broken_mark_is_refused(marked):
    with pytest.raises(ValueError, match="김도윤"):
        strip_marks(marked)


@pytest.mark.parametrize("number", [4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])
def test_each_shipped_hold_out_is_what_its_generator_writes(number):
    module = importlib.import_module(f"curate.evals.pii_holdout{number}")
    path = getattr(module, "OUTPUT", None) or module.OUT
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [json.dumps(row, ensure_ascii=False) for row in module.records()]


def test_a_hold_out_expands_short_labels_and_numbers_its_records():
    rows = holdout_rows(["성명: [[김도윤|PER]] [[010-1234-5678|TEL]]"], ["주문번호 ORD-2291"], "h")
    assert [row["id"] for row in rows] == ["h-p001", "h-n001"]
    assert [s["type"] for s in rows[0]["spans"]] == ["PERSON", "PHONE_NUMBER"]
    assert rows[1] == {
        "id": "h-n001",
        "text": "주문번호 ORD-2291",
        "spans": [],
        "hard_negative": True,
    }


@pytest.mark.parametrize(
    ("positives", "negatives", "message"),
    [(["no mark here"], [], "positive without gold"), ([], ["[[김도윤|PER]]"], "with gold")],
)
def test_a_positive_needs_gold_and_a_negative_none(positives, negatives, message):
    with pytest.raises(ValueError, match=message):
        holdout_rows(positives, negatives, "h")


def test_a_hold_out_below_its_minimum_is_refused(tmp_path):
    rows = holdout_rows(["[[김도윤|PER]]"], [], "h")
    write_holdout(rows, tmp_path / "ok.jsonl", {"PERSON": 1})
    with pytest.raises(ValueError, match="below minimum: {'PHONE_NUMBER': 0}"):
        write_holdout(rows, tmp_path / "short.jsonl", {"PERSON": 1, "PHONE_NUMBER": 1})
