"""Connected components of a large graph in Beam, without ever holding all edges in one
worker.

Each round propagates the smallest label along every edge (one join) and then jumps
pointers, ``label(v) ← label(label(v))`` (a second join), so star-shaped LSH clusters settle
in one or two rounds and long chains in O(log diameter). After the configured rounds, the
edges whose endpoints still disagree are the only unfinished work: they are counted and,
when fewer than ``max_fixup_edges``, merged by a union-find in one worker over their
*labels*; above that bound the run fails with a message saying which setting to raise (and
the pairs past the bound are only counted, never collected).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.pvalue import AsSingleton

from filters.lsh import UnionFind
from pipelines.join import StreamingJoin

_LOG = logging.getLogger(__name__)


class ComponentsDidNotConverge(RuntimeError):
    pass


def _jump(element) -> Iterator[tuple[str, str]]:
    """(label, {members, its own label}) → each member takes the label's label."""
    _label, grouped = element
    parents = list(grouped["parent"])
    for member in grouped["members"]:
        yield member, parents[0] if parents else _label


class _Round(beam.PTransform):
    def __init__(self, index: int, both_ways):
        super().__init__(f"Round{index}")
        self._both_ways = both_ways

    def expand(self, labels):
        proposals = {"neighbours": self._both_ways, "label": labels} | "JoinEdges" >> StreamingJoin(
            _label_to_neighbours
        )
        merged = (
            (labels, proposals) | "WithProposals" >> beam.Flatten()
        ) | "Smallest" >> beam.CombinePerKey(min)
        return {
            "members": merged | "ByLabel" >> beam.KvSwap(),
            "parent": merged,
        } | "JoinParents" >> StreamingJoin(_jump)


def _label_to_neighbours(element) -> Iterator[tuple[str, str]]:
    _node, grouped = element
    labels = list(grouped["label"])
    for neighbour in grouped["neighbours"]:
        yield neighbour, labels[0]


def _disagreements(element) -> Iterator[tuple[str, str]]:
    _node, grouped = element
    own = next(iter(grouped["label"]))
    for other in grouped["incoming"]:
        if other != own:
            yield min(own, other), max(own, other)


class _AtMost(beam.CombineFn):
    """(count, inputs): every input while there are at most ``bound``, none past that, so a
    graph that did not converge fails without one worker collecting all its pairs."""

    def __init__(self, bound: int):
        self._bound = bound

    def create_accumulator(self):
        return 0, []

    def add_input(self, acc, item):
        count, items = acc
        if count < self._bound:
            items.append(item)
        elif items:
            items = []
        return count + 1, items

    def merge_accumulators(self, accumulators):
        count, items = 0, []
        for part_count, part_items in accumulators:
            count += part_count
            items = items + part_items if count <= self._bound else []
        return count, items

    def extract_output(self, acc):
        return acc


def _fixup(summary: tuple[int, list[tuple[str, str]]], bound: int) -> dict[str, str]:
    count, pairs = summary
    if count > bound:
        raise ComponentsDidNotConverge(
            f"connected components still had {count} disagreeing label pairs after the "
            f"configured rounds (bound {bound}); raise near_dedup.cc_rounds or "
            "near_dedup.max_fixup_edges"
        )
    union = UnionFind()
    for a, b in pairs:
        union.union(a, b)
    if pairs:
        _LOG.info("connected components: %d label pairs merged in one worker", len(pairs))
    return union.components()


def _relabel(element, fixes: dict[str, str]) -> tuple[str, str]:
    node, label = element
    return node, fixes.get(label, label)


class ConnectedComponents(beam.PTransform):
    """Edges (u, v) → (node, component label), the label being the smallest node."""

    def __init__(self, rounds: int = 4, max_fixup_edges: int = 1_000_000):
        super().__init__()
        self._rounds = rounds
        self._bound = max_fixup_edges

    def expand(self, edges):
        both_ways = (
            edges,
            edges | "Reverse" >> beam.KvSwap(),
        ) | "BothWays" >> beam.Flatten()
        labels = (
            both_ways
            | "InitialLabel" >> beam.Map(lambda e: (e[0], min(e)))
            | "InitialMin" >> beam.CombinePerKey(min)
        )
        for index in range(self._rounds):
            labels = labels | _Round(index, both_ways)
        incoming = {"neighbours": edges, "label": labels} | "CheckJoinU" >> StreamingJoin(
            _label_to_neighbours
        )
        fixes = (
            {"incoming": incoming, "label": labels}
            | "CheckJoinV" >> StreamingJoin(_disagreements)
            | "DistinctPairs" >> beam.Distinct()
            | "AllPairs" >> beam.CombineGlobally(_AtMost(self._bound))
            | "FixUp" >> beam.Map(_fixup, self._bound)
        )
        return labels | "Relabel" >> beam.Map(_relabel, fixes=AsSingleton(fixes))
