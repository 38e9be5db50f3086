"""Hand-labelled sets: marks become exact spans, a bad mark is refused, and every shipped
hold-out file is what its generator writes (no hand edits after scoring)."""

from __future__ import annotations

import importlib
import json

import pytest

from curate.evals.marked import strip_marks, typed_spans


def test_marks_become_the_spans_of_their_values():
    text, spans = typed_spans("성명: [[김도윤|PERSON]] / 연락처 [[010-1234-5678|PHONE_NUMBER]]")
    assert text == "성명: 김도윤 / 연락처 010-1234-5678"
    assert [text[s["start"] : s["end"]] for s in spans] == ["김도윤", "010-1234-5678"]
    assert [s["type"] for s in spans] == ["PERSON", "PHONE_NUMBER"]


@pytest.mark.parametrize("marked", ["[[김도윤|NAME]]", "[[김도윤|PERSON]", "이름 [[김도윤]]"])
def test_an_unknown_label_or_a_broken_mark_is_refused(marked):
    with pytest.raises(ValueError, match="김도윤"):
        strip_marks(marked)


@pytest.mark.parametrize("number", [4, 5, 6, 7])
def test_each_shipped_hold_out_is_what_its_generator_writes(number):
    module = importlib.import_module(f"curate.evals.pii_holdout{number}")
    path = getattr(module, "OUTPUT", None) or module.OUT
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [json.dumps(row, ensure_ascii=False) for row in module.records()]
