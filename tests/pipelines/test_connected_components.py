import random

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from filters.lsh import UnionFind
from pipelines.connected_components import ConnectedComponents, _AtMost
from pipelines.options import pipeline_options


def run_components(edges, rounds=4, bound=1_000_000):
    expected = UnionFind()
    for u, v in edges:
        expected.union(u, v)
    with beam.Pipeline(options=pipeline_options([])) as p:
        labels = p | beam.Create(edges) | ConnectedComponents(rounds, bound)
        assert_that(labels, equal_to(sorted(expected.components().items())))


def test_long_chain_converges_with_the_fixup():
    nodes = [f"n{i:04d}" for i in range(300)]
    random.Random(1).shuffle(nodes)
    run_components(list(zip(nodes, nodes[1:], strict=False)), rounds=2)


def test_stars_and_pairs():
    edges = [("a", x) for x in "bcdef"] + [("x", "y"), ("f", "g"), ("p", "q")]
    run_components(edges, rounds=1)


def test_too_many_unfinished_edges_fail_loudly():
    nodes = [f"n{i:04d}" for i in range(200)]
    random.Random(2).shuffle(nodes)
    with pytest.raises(Exception, match="raise near_dedup.cc_rounds"):
        run_components(list(zip(nodes, nodes[1:], strict=False)), rounds=0, bound=3)


@settings(max_examples=8, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=60))
def test_matches_union_find(pairs):
    run_components(
        [(f"d{u:02d}", f"d{v:02d}") for u, v in pairs if u != v] or [("a", "b")], rounds=2
    )


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 99), max_size=8), min_size=1, max_size=6),
    st.integers(0, 20),
)
def test_fixup_pairs_are_collected_only_up_to_the_bound(parts, bound):
    """However a runner splits the pairs, the combine returns all of them up to the bound
    and only their count past it: a failing run never gathers every pair in one worker."""
    combine = _AtMost(bound)
    accumulators = []
    for part in parts:
        acc = combine.create_accumulator()
        for item in part:
            acc = combine.add_input(acc, item)
        accumulators.append(acc)
    count, items = combine.extract_output(combine.merge_accumulators(accumulators))
    everything = [item for part in parts for item in part]
    assert count == len(everything)
    assert sorted(items) == (sorted(everything) if count <= bound else [])
