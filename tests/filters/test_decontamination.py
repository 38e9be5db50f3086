"""Benchmark decontamination on one document: every shipped layout reads its fixture (small
files in the published layouts, Korean text written for these tests), a document that pastes
an item is found with the item's id, clean prose is not, and a cut takes only the pasted
lines."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from filters.decontamination import (
    LAYOUTS,
    ItemIndex,
    cut_lines,
    document_grams,
    eojeol_units,
    read_items,
)
from tests.conftest import real_texts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "benchmarks"
# layout → (fixture file, id of its first item)
CASES = {
    "kmmlu": ("kmmlu.csv", "0"),
    "kobest_boolq": ("kobest_boolq.jsonl", "0"),
    "kobest_copa": ("kobest_copa.jsonl", "0"),
    "kobest_hellaswag": ("kobest_hellaswag.jsonl", "0"),
    "kobest_sentineg": ("kobest_sentineg.jsonl", "0"),
    "kobest_wic": ("kobest_wic.jsonl", "0"),
    "haerae": ("haerae.jsonl", "0"),
    "click": ("click.jsonl", "click-culture-7"),
    "klue_mrc": ("klue_mrc.jsonl", "klue-mrc-v1_dev_00042"),
    "korquad": ("korquad.json", "6521755-0-0"),
}


def items_of(layout: str, name: str | None = None) -> list[tuple[str, list[str]]]:
    name = name or CASES[layout][0]
    return list(read_items((FIXTURES / name).read_bytes(), name, layout))


def index_of(*layouts: str, n: int = 8) -> ItemIndex:
    entries = [(layout, i, texts) for layout in layouts for i, texts in items_of(layout)]
    return ItemIndex.build(entries, "eojeol", n)


def test_every_shipped_layout_has_a_fixture():
    assert set(CASES) == set(LAYOUTS)


@pytest.mark.parametrize("layout", CASES)
def test_each_layout_reads_its_items_text_fields_only(layout):
    (item_id, texts), *_ = items_of(layout)
    assert item_id == CASES[layout][1]
    assert texts and all(isinstance(t, str) and t.strip() for t in texts)
    # labels and answer indexes (numbers) are not item text
    assert not any(t.strip() in {"0", "1", "2", "3"} for t in texts)


def test_kmmlu_reads_the_same_from_csv_jsonl_and_parquet():
    rows = [{"question": "질문 " * 9, "A": "가", "B": "나", "C": "다", "D": "라", "answer": 1}]
    data = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), data)
    assert list(read_items(data.getvalue(), "kmmlu.parquet", "kmmlu")) == [
        ("0", ["질문 " * 9, "가", "나", "다", "라"])
    ]
    assert len(items_of("kmmlu")) == 2
    assert items_of("kmmlu", "kmmlu.jsonl")[0][1][1] == "포도당"


def test_korquad_items_are_paragraphs_with_their_questions():
    [(item_id, texts)] = items_of("korquad")
    assert item_id == "6521755-0-0"
    assert (
        texts[0].startswith("경복궁은") and texts[1].startswith("임진왜란 때") and len(texts) == 3
    )


@pytest.mark.parametrize("layout", CASES)
def test_a_pasted_item_is_found_with_its_id_and_lines(layout):
    index = index_of(*CASES)
    item_id, texts = items_of(layout)[0]
    prose = real_texts(2)[0]
    paste = [f"{'①②③④⑤⑥'[i]} {t}" if i else f"Q. {t}" for i, t in enumerate(texts)]
    document = "\n".join([prose, *paste, "이상입니다. 답을 알려 주세요."])
    hits = index.scan(document, 0.5)
    assert (hits[0].benchmark, hits[0].item_id) == (layout, item_id)
    first = prose.count("\n") + 1
    assert hits[0].lines <= set(range(first, first + len(paste)))
    text, removed = cut_lines(document, hits[0].lines)
    assert text.startswith(prose) and text.endswith("이상입니다. 답을 알려 주세요.")
    assert [line for line, _ in removed] == sorted(hits[0].lines)


def test_an_index_of_only_the_shared_grams_scans_like_the_whole_index():
    """The join path's per-document index (each item the document touches, with only the
    n-grams they share and its own total) gives the same hits, overlaps and lines."""
    whole = index_of(*CASES)
    (_, click), (_, copa) = items_of("click")[0], items_of("kobest_copa")[0]
    document = "\n".join([real_texts(1)[0], *copa, click[0], click[0][:40], "끝."])
    shared = {int(h) for h in document_grams(document, "eojeol", 8)[1]}
    touched = []
    for owner, item in enumerate(whole.items):
        grams = {int(g) for g in whole.grams[whole.owners == owner]} & shared
        if grams:
            touched.append((item, np.asarray(sorted(grams), dtype=np.uint64)))
    assert len(touched) >= 2
    for min_overlap in (0.0, 0.5, 1.0):
        found = ItemIndex.of("eojeol", 8, touched).scan(document, min_overlap)
        assert found == whole.scan(document, min_overlap)
    assert ItemIndex.of("eojeol", 8, []).scan(document, 0.0) == []


def test_clean_prose_has_no_hits():
    index = index_of(*CASES)
    assert not [t for t in real_texts(40) if index.scan(t, 0.5)]


def test_units_drop_choice_labels_and_punctuation():
    assert [u for u, _ in eojeol_units("1. 다음 중 옳은 것은?\n(A) 서울, ② 부산")] == [
        "다음",
        "옳은",
        "것은",
        "서울",
        "부산",
    ]


def test_a_file_without_the_layouts_fields_is_refused_by_name(tmp_path):
    with pytest.raises(ValueError, match="other.jsonl: none of the fields question"):
        list(read_items(b'{"text": "x"}\n', "other.jsonl", "kmmlu"))
    with pytest.raises(ValueError, match="needs `fields`"):
        list(read_items(b'{"text": "x"}\n', "other.jsonl", "custom"))
    with pytest.raises(ValueError, match="unknown benchmark format"):
        list(read_items(b"", "items.xlsx", "kmmlu"))
    assert list(read_items(b'{"t": "a b"}\n', "x.jsonl", "custom", ["t"])) == [("0", ["a b"])]
