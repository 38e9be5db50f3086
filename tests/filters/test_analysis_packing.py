"""The compact record form of an analysis, byte for byte: the narrowest integer type, deltas,
forms left empty where they equal their span, the tag table; and how Kiwi's sentences become
one Analysis. No Kiwi here except where named: the analyses are built by hand."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from filters.analysis import (
    Analysis,
    _deltas,
    _from_sentences,
    _packed,
    _running,
    _unpacked,
    analyze,
    get_kiwi,
)


@pytest.mark.parametrize(
    ("values", "packed"),
    [
        ([], b"B"),
        ([0, 255], b"B\x00\xff"),
        ([256], b"H\x00\x01"),
        ([65535], b"H\xff\xff"),
        ([65536], b"I\x00\x00\x01\x00"),
        ([-1, 3], b"q" + (-1).to_bytes(8, "little", signed=True) + (3).to_bytes(8, "little")),
    ],
)
def test_integers_take_the_narrowest_type_that_holds_them(values, packed):
    assert _packed(values) == packed
    assert _unpacked(packed).tolist() == values


def test_deltas_and_running_sums_undo_each_other():
    assert _deltas([3, 5, 5, 9]) == [3, 2, 0, 4]
    assert _running([3, 2, 0, 4]) == [3, 5, 5, 9]
    assert _deltas([]) == [] and _running([]) == []


TEXT = "가나 다"
# "하" is a lemma (not its span "다"), as Kiwi gives for 했다 → 하/었/다.
HAND_MADE = Analysis(
    forms=("가나", "다", "하"),
    tags=("NNG", "XSV", "NNG"),
    starts=(0, 3, 3),
    ends=(2, 4, 4),
    sentences=((0, 2), (3, 4)),
)


def test_the_record_form_word_for_word():
    assert HAND_MADE.to_record(TEXT) == {
        "count": 3,
        "forms": "\x1f\x1f하",
        "tag_table": "NNG\x1fXSV",
        "tags": b"B\x00\x01\x00",
        "starts": b"B\x00\x03\x00",
        "lengths": b"B\x02\x01\x01",
        "sentences": b"B\x00\x02\x01\x01",
    }
    assert Analysis.from_record(HAND_MADE.to_record(TEXT), TEXT) == HAND_MADE
    assert len(HAND_MADE) == 3


def test_an_empty_analysis_round_trips():
    empty = Analysis((), (), (), (), ())
    assert empty.to_record("") == {
        "count": 0,
        "forms": "",
        "tag_table": "",
        "tags": b"B",
        "starts": b"B",
        "lengths": b"B",
        "sentences": b"B",
    }
    assert Analysis.from_record(empty.to_record(""), "") == empty
    assert len(empty) == 0


def test_one_morpheme_with_an_empty_form_round_trips():
    """A single morpheme equal to its span stores the empty string as its form: the count,
    not the string, says there is one."""
    one = Analysis(("가",), ("NNG",), (0,), (1,), ((0, 1),))
    record = one.to_record("가")
    assert record["forms"] == ""
    assert Analysis.from_record(record, "가") == one


def token(form: str, tag: str, start: int, length: int) -> SimpleNamespace:
    """What Kiwi's tokenize gives per morpheme (form, tag, start, len)."""
    return SimpleNamespace(form=form, tag=tag, start=start, len=length)


def test_sentences_become_one_analysis_and_empty_ones_vanish():
    sentences = [
        [token("어제", "MAG", 0, 2), token("갔", "VV", 3, 1), token("다", "EF", 4, 1)],
        [],
        [token("네", "IC", 7, 1)],
    ]
    assert _from_sentences(sentences) == Analysis(
        forms=("어제", "갔", "다", "네"),
        tags=("MAG", "VV", "EF", "IC"),
        starts=(0, 3, 4, 7),
        ends=(2, 4, 5, 8),
        sentences=((0, 5), (7, 8)),
    )
    assert _from_sentences([]) == Analysis((), (), (), (), ())


def test_an_empty_batch_is_analysed_to_nothing():
    assert analyze([]) == []
    assert analyze(iter([])) == []


def test_kiwi_is_made_once_and_a_smaller_request_gets_the_bigger_pool():
    """(Kiwi itself, loaded once per process; another test may have loaded a bigger pool.)"""
    assert get_kiwi() is get_kiwi(1)
    pool = get_kiwi(2)
    assert pool.num_workers >= 2
    assert get_kiwi() is pool and get_kiwi(1) is pool and get_kiwi(2) is pool
    (one,) = analyze(iter(["가나다"]))
    assert one == analyze(["가나다"], num_workers=1)[0]


def test_a_batch_is_analysed_on_as_many_kiwi_threads_as_asked_for():
    """(Kiwi itself.) A caller asking for four threads gets a pool of at least four."""
    (one,) = analyze(["가나다"], num_workers=4)
    assert get_kiwi().num_workers >= 4
    assert one == analyze(["가나다"])[0]


def test_asking_for_the_size_already_loaded_gets_that_pool():
    """(Kiwi itself.) A request for exactly the threads of the biggest pool loaded is that
    pool, not a second Kiwi (~0.4 GB each)."""
    pool = get_kiwi()
    assert get_kiwi(pool.num_workers) is pool
