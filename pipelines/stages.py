"""Plumbing shared by every stage: records that a stage settled leave the stream early, so
expensive later stages only see documents still in play."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from curate.records import Record


def _is_settled(record: Record, _num_partitions: int) -> int:
    return 0 if record["status"] is None else 1


class CountOutcome(beam.DoFn):
    """A Beam counter per stage and reason, visible in the runner's UI while a job runs."""

    def process(self, record: Record):
        name = (
            record["status"]
            if record["status"] == "kept"
            else (f"{record['status']}.{record['stage']}.{record['reason']}")
        )
        Metrics.counter("curate.outcome", name).inc()
        yield record


def split_settled(pcoll, label: str) -> tuple[beam.PCollection, beam.PCollection]:
    """(records still in play, records that ended kept/dropped/error)."""
    open_, settled = pcoll | f"Split{label}" >> beam.Partition(_is_settled, 2)
    return open_, settled
