"""The steps of ConnectedComponents one at a time, on the grouped values its joins hand them:
what each round proposes, how a label jumps, which label pairs are left for the fix-up, and
the fix-up itself (its bound, its message, its log line)."""

from __future__ import annotations

import logging

import pytest

from pipelines.connected_components import (
    ComponentsDidNotConverge,
    _disagreements,
    _fixup,
    _jump,
    _label_to_neighbours,
    _relabel,
)


def test_a_node_proposes_its_label_to_every_neighbour():
    element = ("n1", {"label": ["a"], "neighbours": ["n2", "n3", "n2"]})
    assert list(_label_to_neighbours(element)) == [("n2", "a"), ("n3", "a"), ("n2", "a")]
    assert list(_label_to_neighbours(("n1", {"label": ["a"], "neighbours": []}))) == []


def test_members_jump_to_their_label_s_label():
    element = ("c", {"parent": ["a"], "members": ["c", "d", "e"]})
    assert list(_jump(element)) == [("c", "a"), ("d", "a"), ("e", "a")]


def test_a_label_that_is_no_node_s_label_keeps_itself():
    """A label never proposed as a node of its own (no parent) is its members' label."""
    assert list(_jump(("b", {"parent": [], "members": ["b", "x"]}))) == [("b", "b"), ("x", "b")]


def test_disagreeing_labels_become_ordered_pairs():
    element = ("n", {"label": ["m"], "incoming": ["z", "m", "a", "m"]})
    assert list(_disagreements(element)) == [("m", "z"), ("a", "m")]
    assert list(_disagreements(("n", {"label": ["m"], "incoming": ["m"]}))) == []


def test_fixup_merges_the_pairs_it_was_given(caplog):
    with caplog.at_level(logging.INFO, logger="pipelines.connected_components"):
        fixes = _fixup((3, [("c", "d"), ("b", "c"), ("x", "y")]), 3)
    assert fixes == {"b": "b", "c": "b", "d": "b", "x": "x", "y": "x"}
    assert [r.getMessage() for r in caplog.records] == [
        "connected components: 3 label pairs merged in one worker"
    ]


def test_fixup_without_pairs_changes_nothing_and_says_nothing(caplog):
    with caplog.at_level(logging.INFO, logger="pipelines.connected_components"):
        assert _fixup((0, []), 0) == {}
    assert caplog.records == []


def test_fixup_refuses_only_past_its_bound():
    assert _fixup((2, [("a", "b"), ("b", "c")]), 2) == {"a": "a", "b": "a", "c": "a"}
    with pytest.raises(ComponentsDidNotConverge) as err:
        _fixup((3, []), 2)
    assert str(err.value) == (
        "connected components still had 3 disagreeing label pairs after the configured "
        "rounds (bound 2); raise near_dedup.cc_rounds or near_dedup.max_fixup_edges"
    )


def test_relabel_applies_a_fix_to_the_label_only():
    fixes = {"b": "a", "n": "zzz"}
    assert _relabel(("n", "b"), fixes) == ("n", "a")
    assert _relabel(("q", "q"), fixes) == ("q", "q")
