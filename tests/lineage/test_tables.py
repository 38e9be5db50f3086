"""Reviewer tables: columns line up with Hangul, numbers right-aligned, long cells cut."""

import pytest

from lineage.tables import MAX_CELL, format_table, key_values, width


def test_hangul_and_fullwidth_characters_take_two_cells():
    assert width("") == 0
    assert width("abc") == 3
    assert width("뉴스") == 4
    assert width("ＡＢ") == 4  # fullwidth Latin (east_asian_width F)
    assert width("ｱ") == 1  # halfwidth Katakana: one cell
    assert width("a뉴b") == 4


def test_columns_line_up_under_hangul_headers_and_cells():
    rows = [
        {"domain": "뉴스.kr", "count": 3, "score": 0.5},
        {"domain": "a.kr", "count": 12345, "score": 12.25},
    ]
    text = format_table(rows, ["domain", "count", "score"])
    assert text.split("\n") == [
        "domain   count  score",
        "-------  -----  -----",
        "뉴스.kr      3    0.5",
        "a.kr     12345  12.25",
    ]


def test_headers_replace_column_names_and_the_indent_starts_every_line():
    rows = [{"stage": "quality", "rule": "길이"}]
    text = format_table(rows, ["stage", "rule"], ["단계", "rule"], indent="    ")
    assert text.split("\n") == [
        "    단계     rule",
        "    -------  ----",
        "    quality  길이",
    ]


def test_null_is_a_dash_and_a_column_with_a_text_is_left_aligned():
    rows = [
        {"name": "kept", "n": None, "mixed": 7},
        {"name": "x", "n": 42, "mixed": "seven"},
        {"name": "y", "n": None, "mixed": None},
    ]
    text = format_table(rows, ["name", "n", "mixed"])
    assert text.split("\n") == [
        "name   n  mixed",
        "----  --  -----",
        "kept   -  7",
        "x     42  seven",
        "y      -  -",
    ]


def test_a_column_of_nulls_only_is_text_and_a_missing_key_is_null():
    text = format_table([{"a": None}, {}], ["a", "bb"])
    assert text.split("\n") == ["a  bb", "-  --", "-  -", "-  -"]


def test_floats_print_short_and_line_breaks_become_spaces():
    rows = [{"v": 0.30000000000000004, "t": "two\nlines"}, {"v": 1e-07, "t": "x"}]
    text = format_table(rows, ["t", "v"])
    assert text.split("\n") == [
        "t              v",
        "---------  -----",
        "two lines    0.3",
        "x          1e-07",
    ]


def test_trailing_spaces_are_trimmed_but_the_indent_of_an_empty_line_is_not_added():
    rows = [{"a": "long value", "b": ""}]
    lines = format_table(rows, ["a", "b"], indent="  ").split("\n")
    assert lines == ["  a           b", "  ----------  -", "  long value"]


def test_a_cell_longer_than_the_limit_is_cut_to_exactly_the_limit_with_an_ellipsis():
    exact = "a" * MAX_CELL
    longer = "b" * (MAX_CELL + 1)
    hangul = "가" * 40  # 80 cells
    text = format_table([{"t": exact}, {"t": longer}, {"t": hangul}], ["t"])
    _header, _rule, *cells = text.split("\n")
    assert cells[0] == exact  # at the limit: kept whole
    assert cells[1].rstrip() == "b" * (MAX_CELL - 1) + "…"
    assert width(cells[1].rstrip()) == MAX_CELL
    assert cells[2].rstrip() == "가" * 35 + "…"  # 70 cells + the ellipsis; 36 would be 73
    assert MAX_CELL == 72


def test_key_values_pad_labels_to_one_width_and_never_cut_values():
    long = "z" * (MAX_CELL + 10)
    text = key_values([("doc_id", "web-1"), ("출처", None), ("점수", 0.25), ("text", long)])
    assert text.split("\n") == [
        "  doc_id  web-1",
        "  출처    -",
        "  점수    0.25",
        f"  text    {long}",
    ]
    assert key_values([("a", "x\ny")], indent="") == "a  x y"
    assert key_values([]) == ""


def test_headers_that_do_not_match_the_columns_are_refused_not_cut():
    with pytest.raises(ValueError):
        format_table([], ["a", "b"], ["A", "B", "C"])
    with pytest.raises(ValueError):
        format_table([], ["a", "b", "c"], ["A", "B"])
