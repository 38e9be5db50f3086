"""Takedowns in the pipeline: documents the takedown log names are dropped right after ingest,
before any stage spends work on them, with a decision naming the takedown."""

from __future__ import annotations

import apache_beam as beam

from curate.records import DROPPED, Record, decision, with_decisions
from curate.settings import TakedownSettings
from lineage.release_files import ReleaseError
from lineage.takedown import RULE, STAGE, TakedownLogError, Takedowns, read_log
from pipelines.stages import per_record


class TakedownLogUnusable(ReleaseError):
    """The configured takedown log cannot be read or was edited; the run does not start."""


def apply_takedown(record: Record, takedowns: Takedowns) -> Record:
    """The record dropped with ``reason: takedown: ID`` when the log names it; otherwise the
    record with a passed ``takedown`` decision (provenance lists every rule evaluated)."""
    found = takedowns.match(record)
    if found is None:
        return with_decisions(record, [decision(STAGE, RULE, None, None, True)])
    return with_decisions(
        record,
        [decision(STAGE, RULE, None, None, False)],
        status=DROPPED,
        stage=STAGE,
        reason=f"{RULE}: {found}",
    )


class ApplyTakedowns(beam.PTransform):
    """In-play records → the same records, those named by the log settled as dropped.

    The log is read once, when the pipeline is built (on the launcher), and shipped to
    workers with the transform, so workers need no access to it. ``head`` is where the log
    stood then, for the release manifest to record.
    """

    def __init__(self, settings: TakedownSettings):
        super().__init__()
        try:
            self._takedowns, self.head = read_log(settings.log)
        except TakedownLogError as err:
            raise TakedownLogUnusable(f"takedown.log: {err}") from err

    def expand(self, pcoll):
        return pcoll | "MatchTakedowns" >> beam.Map(
            per_record(apply_takedown, STAGE), self._takedowns
        )
