"""Benchmark decontamination, piece by piece: how a benchmark file in each format is read
(ids, fields, nested values, what is refused and how), which words count as units, and how
the index scores, orders and cuts what a document pastes."""

from __future__ import annotations

import pytest

from filters.decontamination import (
    Hit,
    Item,
    ItemIndex,
    cut_lines,
    document_grams,
    eojeol_units,
    gram_hashes,
    item_grams,
    morpheme_units,
    read_items,
)

QUESTION = "조선의 수도를 한양으로 옮긴 임금은 누구인가"
OTHER = "대한민국 헌법 제1조가 규정하는 국가 형태는 무엇인가"


def test_eojeol_units_keep_line_numbers_and_drop_labels_only():
    assert eojeol_units("A. 다음 중 100년 전\n\n(10) SEOUL_시 세종대로!") == [
        ("다음", 0),
        ("100년", 0),
        ("seoul시", 2),
        ("세종대로", 2),
    ]


def test_units_are_nfc_and_case_folded():
    decomposed = "\u1112\u1161\u11ab\u1100\u116e\u11a8 STRASSE Straße"  # 한국, jamo by jamo
    assert eojeol_units(decomposed) == [("한국", 0), ("strasse", 0), ("strasse", 0)]


def test_three_digit_numbers_are_words_two_digit_ones_are_labels():
    assert eojeol_units("10 100 가 가나") == [("100", 0), ("가나", 0)]


def test_gram_hashes_are_one_per_window_and_keep_word_boundaries():
    units = ["가나", "다라", "마바"]
    assert len(gram_hashes(units, 2)) == 2
    assert len(gram_hashes(units, 3)) == 1
    assert gram_hashes(units, 4) == []
    assert gram_hashes(["가나", "다"], 2) != gram_hashes(["가", "나다"], 2)
    assert gram_hashes(units, 2)[1] == gram_hashes(["다라", "마바"], 2)[0]
    found, hashes = document_grams("가나 다라\n마바", "eojeol", 2)
    assert found == [("가나", 0), ("다라", 0), ("마바", 1)]
    assert hashes.dtype.name == "uint64" and hashes.tolist() == gram_hashes(units, 2)


def test_tsv_and_csv_read_ids_from_the_named_field():
    tsv = f"qid\tquestion\tanswer\nq-7\t{QUESTION}\t3\n".encode()
    assert list(read_items(tsv, "set.TSV", "kmmlu", id_field="qid")) == [("q-7", [QUESTION])]
    csv = f"\ufeffquestion,A\n{QUESTION},태조\n".encode()
    assert list(read_items(csv, "set.csv", "kmmlu")) == [("0", [QUESTION, "태조"])]


@pytest.mark.parametrize(
    "data",
    [
        b'{"data": [{"q": "a b"}, {"q": "c d"}]}',
        b'{"rows": [{"q": "a b"}, {"q": "c d"}]}',
        b'[{"q": "a b"}, {"q": "c d"}]',
        b'\xef\xbb\xbf{"q": "a b"}\n\n{"q": "c d"}\n',
    ],
)
def test_json_files_hold_a_list_a_data_or_rows_key_or_lines(data):
    path = "set.ndjson" if data.startswith(b"\xef") else "set.json"
    assert list(read_items(data, path, "custom", ["q"])) == [("0", ["a b"]), ("1", ["c d"])]


def test_a_single_json_object_is_one_item():
    assert list(read_items(b'{"q": "a b", "n": 1}', "one.json", "custom", ["q"], "n")) == [
        ("1", ["a b"])
    ]


def test_nested_field_values_give_every_nonblank_string_in_order():
    row = b'{"q": "a b", "opts": {"x": ["c d", 3, "  "], "y": ["e f", null, true]}, "skip": "z"}'
    assert list(read_items(row, "n.jsonl", "custom", ["q", "opts"])) == [
        ("0", ["a b", "c d", "e f"])
    ]


def test_an_item_without_its_id_is_numbered_and_fields_override_the_layout():
    data = b'{"id": "c-1", "paragraph": "p q", "extra": "x y"}\n{"paragraph": "r s"}\n'
    assert list(read_items(data, "click.jsonl", "click")) == [("c-1", ["p q"]), ("1", ["r s"])]
    assert list(read_items(data, "click.jsonl", "click", ["extra"])) == [
        ("c-1", ["x y"]),
        ("1", []),
    ]
    assert list(read_items(data, "click.jsonl", "click", ["paragraph"], "none")) == [
        ("0", ["p q"]),
        ("1", ["r s"]),
    ]


def test_an_empty_file_has_no_items():
    assert list(read_items(b"", "empty.jsonl", "kmmlu")) == []
    assert list(read_items(b"[]", "empty.json", "kmmlu")) == []


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\xff\xfe", "UnicodeDecodeError"),
        (b'{"question": ', "JSONDecodeError"),
    ],
)
def test_an_unreadable_file_is_refused_by_name_and_cause(data, error):
    with pytest.raises(ValueError) as err:
        list(read_items(data, "bad.jsonl", "kmmlu"))
    assert str(err.value) == f"bad.jsonl: not readable as kmmlu ({error})"


def test_refusals_name_the_file_and_the_missing_fields():
    with pytest.raises(ValueError) as err:
        list(read_items(b'{"text": "x"}\n', "o.jsonl", "kobest_copa"))
    assert str(err.value) == (
        "o.jsonl: none of the fields premise, alternative_1, alternative_2 in its first item"
    )
    with pytest.raises(ValueError) as err:
        list(read_items(b"", "o.jsonl", "mine"))
    assert str(err.value) == "o.jsonl: layout mine needs `fields` (the item's text fields)"
    with pytest.raises(ValueError) as err:
        list(read_items(b"", "o.txt", "kmmlu"))
    assert str(err.value) == "o.txt: unknown benchmark format (jsonl, json, parquet, csv, tsv)"


SQUAD = (
    '{"data": [{"paragraphs": ['
    '{"context": "경복궁 이야기", "qas": [{"question": "언제 지었나", "id": null},'
    ' {"question": "누가 지었나", "id": 17}]},'
    '{"context": "창덕궁 이야기", "qas": [{"question": "어디 있나"}]},'
    '{"context": "덕수궁 이야기"}'
    "]}, {}]}"
).encode()


def test_squad_paragraphs_are_named_by_their_first_question_id_or_their_place():
    assert list(read_items(SQUAD, "korquad.json", "korquad")) == [
        ("17", ["경복궁 이야기", "언제 지었나", "누가 지었나"]),
        ("0/1", ["창덕궁 이야기", "어디 있나"]),
        ("0/2", ["덕수궁 이야기"]),
    ]


def test_korquad_with_explicit_fields_reads_rows_as_they_are():
    data = b'{"context": "a b", "question": "c d", "id": "k"}\n'
    assert list(read_items(data, "k.jsonl", "korquad")) == [("k", ["a b", "c d"])]
    # with its fields named, a SQuAD file is rows like any other: every string under them
    assert list(read_items(SQUAD, "korquad.json", "korquad", ["paragraphs"])) == [
        (
            "0",
            [
                "경복궁 이야기",
                "언제 지었나",
                "누가 지었나",
                "창덕궁 이야기",
                "어디 있나",
                "덕수궁 이야기",
            ],
        ),
        ("1", []),
    ]


def test_an_item_with_only_short_fields_is_known_by_its_fields_joined():
    joined = item_grams(["가나 다라", "마바 사아"], eojeol_units, 3)
    assert joined == set(gram_hashes(["가나", "다라", "마바", "사아"], 3))
    own = item_grams(["가나 다라 마바", "사아 자차"], eojeol_units, 3)
    assert own == set(gram_hashes(["가나", "다라", "마바"], 3))
    assert item_grams(["가나", "다라"], eojeol_units, 3) == set()


def test_hits_are_ordered_by_overlap_and_need_the_minimum():
    index = ItemIndex.build(
        [("set", "q1", [QUESTION]), ("set", "q2", [OTHER]), ("too", "short", ["한 두"])],
        "eojeol",
        3,
    )
    assert [item.item_id for item in index.items] == ["q1", "q2"]
    assert len(index) == 4 + 5  # six and seven words
    half = " ".join(OTHER.split()[:4])  # 2 of its 5 trigrams
    document = f"서론\n{QUESTION}\n중간\n{half}"
    assert index.scan(document, 0.0) == [
        Hit("set", "q1", 1.0, frozenset({1})),
        Hit("set", "q2", 2 / 5, frozenset({3})),
    ]
    assert index.scan(document, 2 / 5) == index.scan(document, 0.0)
    assert index.scan(document, 0.41) == [Hit("set", "q1", 1.0, frozenset({1}))]
    assert index.scan("", 0.0) == []


def test_equal_overlaps_are_ordered_by_benchmark_then_item_id():
    entries = [("b", "2", [QUESTION]), ("b", "1", [QUESTION]), ("a", "9", [QUESTION])]
    index = ItemIndex.build(entries, "eojeol", 3)
    assert [(h.benchmark, h.item_id) for h in index.scan(QUESTION, 1.0)] == [
        ("a", "9"),
        ("b", "1"),
        ("b", "2"),
    ]


def test_a_gram_across_lines_marks_both_lines():
    index = ItemIndex.of(
        "eojeol", 3, [(Item("set", "q", 1), gram_hashes(["가나", "다라", "마바"], 3))]
    )
    assert index.scan("가나 다라\n마바", 1.0) == [Hit("set", "q", 1.0, frozenset({0, 1}))]


def test_cut_lines_reports_each_removed_line_and_trims_blank_ends():
    text, removed = cut_lines("문항\n본문 첫 줄\n\n문항 둘\n", [0, 3])
    assert (text, removed) == ("본문 첫 줄", [(0, 2), (3, 4)])
    assert cut_lines("가\n나", []) == ("가\n나", [])


def test_morpheme_units_know_the_line_of_each_form():
    text = "서울은 한국의 수도이다.\n\n부산은 항구 도시다!\nA. ① 대구"
    assert morpheme_units(text) == [
        ("서울", 0),
        ("한국", 0),
        ("수도", 0),
        ("부산", 2),
        ("항구", 2),
        ("도시", 2),
        ("대구", 3),
    ]


def test_a_morpheme_index_finds_a_paste_with_other_endings():
    index = ItemIndex.build(
        [("set", "q", ["서울은 한국의 수도이고 부산은 항구 도시이다"])], "morpheme", 3
    )
    hits = index.scan("머리말\n서울이 한국의 수도이며 부산이 항구 도시다", 1.0)
    assert [(h.item_id, h.lines) for h in hits] == [("q", frozenset({1}))]


def test_cut_lines_trims_only_newlines_at_the_ends():
    assert cut_lines("  들여 쓴 줄\n문항", [1]) == ("  들여 쓴 줄", [(1, 2)])
    assert cut_lines("문항\nXX 선언 XX", [0]) == ("XX 선언 XX", [(0, 2)])


def test_the_first_item_decides_whether_a_korquad_file_is_squad_shaped():
    data = (
        b'{"context": "a b", "question": "c d", "id": "k"}\n'
        b'{"paragraphs": [{"context": "e f", "qas": []}]}\n'
    )
    assert list(read_items(data, "k.jsonl", "korquad")) == [("k", ["a b", "c d"]), ("1", [])]
