"""Exact dedup over the whole run on the normalized-text SHA-1.

Only (hash, doc_id) pairs are combined, and the records (packed, ``pipelines.packing``) meet
their group's verdict in a streaming join, so a boilerplate text repeated a million times
costs a counter, not a million texts in one worker; the smallest doc_id is the
representative, which is the same in every run.
"""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam

from curate.records import Record, decision, with_decisions
from pipelines.join import StreamingJoin
from pipelines.packing import pack, unpack

STAGE = "exact_dedup"


class _FirstAndCount(beam.CombineFn):
    def create_accumulator(self):
        return (None, 0)

    def add_input(self, acc, doc_id):
        first, count = acc
        return (doc_id if first is None or doc_id < first else first, count + 1)

    def merge_accumulators(self, accumulators):
        first, total = None, 0
        for doc_id, count in accumulators:
            total += count
            if doc_id is not None and (first is None or doc_id < first):
                first = doc_id
        return (first, total)

    def extract_output(self, acc):
        return acc


def mark_duplicates(element) -> Iterator[Record]:
    """(text hash, {group: [(representative, size)], records: packed records}) → the records
    with their verdict, unpacked one at a time."""
    text_sha1, grouped = element
    ((representative, size),) = grouped["group"]
    for packed in grouped["records"]:
        record = unpack(packed)
        is_rep = record["doc_id"] == representative
        dedup = {
            "exact_group": text_sha1,
            "exact_group_size": size,
            "duplicate_of": None if is_rep else representative,
        }
        rules = [decision(STAGE, "exact_duplicate", size, 1, is_rep)]
        yield with_decisions(record, rules, dedup=dedup)


class ExactDedup(beam.PTransform):
    def expand(self, pcoll):
        keyed = pcoll | "KeyByHash" >> beam.Map(lambda r: (r["text_sha1"], r))
        groups = (
            keyed
            | "DocIds" >> beam.MapTuple(lambda key, r: (key, r["doc_id"]))
            | "Representative" >> beam.CombinePerKey(_FirstAndCount())
        )
        packed = keyed | "Pack" >> beam.MapTuple(lambda key, r: (key, pack(r)))
        return {"records": packed, "group": groups} | "Join" >> StreamingJoin(mark_duplicates)
