"""PII stage: presidio with the Korean recognizers (filters/pii), the last stage before the
release, so it scrubs exactly the text that ships.

The analyzer, anonymizer and compiled recognizers are built once per worker process
(``setup`` → ``filters.pii.scrub.scrubber``, a process-wide cache). The Kiwi analysis the
quality stage left on the record (``record["analysis"]``) is handed to presidio as its NLP
artifacts, so Kiwi does not run again; without one (quality off), Kiwi runs once, and only
for documents with a candidate identifier.

Provenance gets ``pii {spans [{type, start, end, score}], counts [{type, count}]}`` with
offsets into the text this stage saw (the text after every earlier stage, before
replacement), never a value; the shard row's ``pii_count`` sums the counts.
"""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from curate.records import Record, decision, with_decisions
from curate.settings import PiiSettings
from filters.pii.scrub import Scrubber, ScrubResult, scrubber
from pipelines.stages import per_record

STAGE = "pii"
DENSITY_RULE = "pii_density"


def scrub_record(record: Record, engine: Scrubber) -> tuple[Record, ScrubResult]:
    """The record with its text scrubbed, its ``pii`` provenance and, when the density rule
    is on, its decision (a failed one drops the document)."""
    result = engine.scrub(record["text"], record.get("analysis"))
    settings = engine.settings
    rules = []
    if settings.max_density > 0:
        passed = not engine.too_dense(result)
        rules.append(decision(STAGE, DENSITY_RULE, result.density, settings.max_density, passed))
    out = with_decisions(record, rules, text=result.text, pii=result.provenance())
    if result.spans:
        out.pop("analysis", None)
    return out, result


class _Scrub(beam.DoFn):
    def __init__(self, settings: PiiSettings):
        self._settings = settings
        self._engine: Scrubber | None = None

    def setup(self) -> None:
        self._engine = scrubber(self._settings)
        self._guarded = per_record(self._scrub, STAGE)

    def process(self, record: Record) -> Iterator[Record]:
        yield self._guarded(record)

    def _scrub(self, record: Record) -> Record:
        out, result = scrub_record(record, self._engine)
        for kind, count in result.counts.items():
            Metrics.counter("curate.pii", f"spans.{kind}").inc(count)
        if result.ran_kiwi:
            Metrics.counter("curate.pii", "kiwi_analyses").inc()
        return out


class PiiScrub(beam.PTransform):
    """In-play records → the same records, scrubbed; some dropped by ``pii_density``."""

    def __init__(self, settings: PiiSettings):
        super().__init__()
        self._settings = settings

    def expand(self, pcoll):
        return pcoll | "Scrub" >> beam.ParDo(_Scrub(self._settings))
