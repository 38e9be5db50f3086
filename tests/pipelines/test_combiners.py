"""Every CombineFn of the pipelines, run the way a runner may run it: the inputs split into
any number of bundles in any order, each folded into its own (compacted) accumulator, and
those merged in any order and any nesting. The output must not depend on any of it, or a
distributed run would pick different representatives, counts or pairs than a local one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import apache_beam as beam
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.connected_components import _AtMost
from pipelines.exact_dedup import _FirstAndCount
from pipelines.near_dedup import NEW, PRIOR, _Representative, node
from pipelines.repeated_lines import LineCountsFn


def folded(combine: beam.CombineFn, inputs: list[Any]) -> Any:
    """One accumulator over ``inputs``, never reusing an accumulator add_input was given."""
    accumulator = combine.create_accumulator()
    for item in inputs:
        accumulator = combine.add_input(accumulator, item)
    return accumulator


def split_and_merged(combine: beam.CombineFn, inputs: list[Any], data: st.DataObject) -> Any:
    """``inputs`` shuffled and cut into drawn bundles (empty ones too), each folded and
    compacted, then merged a drawn batch at a time, the merged ones going back into the
    pool so merges of merges happen. An accumulator handed to merge_accumulators is never
    used again: Beam lets that call mutate and return the first one."""
    shuffled = data.draw(st.permutations(inputs), label="order")
    cuts = data.draw(st.lists(st.integers(0, len(shuffled)), max_size=6), label="cuts")
    bounds = [0, *sorted(cuts), len(shuffled)]
    pool = [combine.compact(folded(combine, shuffled[a:b])) for a, b in pairwise(bounds)]
    while len(pool) > 1:
        pool = data.draw(st.permutations(pool), label="merge order")
        batch = data.draw(st.integers(2, len(pool)), label="batch")
        pool = [combine.merge_accumulators(pool[:batch]), *pool[batch:]]
    return combine.merge_accumulators(pool)


@dataclass(frozen=True)
class Case:
    """A CombineFn with the inputs a pipeline feeds it, and what of its output counts
    (``canonical``: the output with any order its consumer ignores taken out)."""

    combine_and_inputs: st.SearchStrategy[tuple[beam.CombineFn, list[Any]]]
    canonical: Callable[[Any], Any] = lambda output: output


DOC_IDS = st.text("abcdef0123", min_size=1, max_size=4)
SCORES = st.none() | st.floats(0, 1, allow_nan=False)
NODES = st.builds(node, st.sampled_from([PRIOR, NEW]), DOC_IDS)

CASES = {
    # exact dedup: per text hash, the smallest doc_id and the group's size
    "FirstAndCount": Case(st.tuples(st.builds(_FirstAndCount), st.lists(DOC_IDS, max_size=30))),
    # components' fix-up: every pair up to the bound, only their count past it
    "AtMost": Case(
        st.tuples(
            st.builds(_AtMost, st.integers(0, 12)),
            st.lists(st.tuples(DOC_IDS, DOC_IDS), max_size=30),
        ),
        canonical=lambda output: (output[0], sorted(output[1])),
    ),
    # near dedup: per cluster, its size and best member (each node once, as in a cluster)
    "Representative": Case(
        st.tuples(
            st.builds(_Representative),
            st.dictionaries(NODES, SCORES, min_size=1, max_size=30).map(lambda d: [*d.items()]),
        )
    ),
    # repeated lines: per line key, documents, the first doc id and the (capped) sites
    "LineCounts": Case(
        st.tuples(
            st.builds(LineCountsFn, st.integers(1, 5)),
            st.lists(st.tuples(DOC_IDS, st.none() | st.sampled_from("abcdefg")), max_size=30),
        )
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_output_does_not_depend_on_how_inputs_are_split_and_merged(case: Case, data):
    combine, inputs = data.draw(case.combine_and_inputs, label="combine and inputs")
    combine.setup()
    expected = combine.extract_output(folded(combine, inputs))
    actual = combine.extract_output(split_and_merged(combine, inputs, data))
    assert case.canonical(actual) == case.canonical(expected)
