"""Quality stage: line cleaning, language ID, one Kiwi analysis per document, every quality
rule and the model score (filters/quality_assessor.py), recorded on the record.

Documents travel in batches (Kiwi and fastText are faster on lists); Kiwi and the fastText
models load once per worker process in ``setup`` and are shared by every later batch. Kept
records carry the compact analysis (``record["analysis"]``) so PII context, token counts and
morpheme shingles never run Kiwi again.
"""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.windowed_value import WindowedValue

from curate.records import Record, decision, edit, with_decisions, with_edits
from curate.settings import LangidSettings, QualitySettings
from filters.quality_assessor import Assessment, QualityAssessor
from pipelines.parallel import OrderedPool, windowed
from pipelines.stages import per_batch

STAGE = "quality"


def apply_assessment(record: Record, assessment: Assessment) -> Record:
    """The record after the stage: lines removed (edits), every rule's decision, language,
    scores and token count; the first failed rule drops it."""
    if assessment.edits:
        edits = [edit(STAGE, e.rule, e.line, e.chars) for e in assessment.edits]
        record = with_edits(record, assessment.text, edits)
    decisions = [
        decision(STAGE, v.rule, v.value, v.threshold, v.passed) for v in assessment.verdicts
    ]
    out = with_decisions(
        record,
        decisions,
        lang=assessment.lang.lang,
        lang_score=assessment.lang.score,
        quality_score=assessment.quality_score,
        token_count=len(assessment.analysis),
    )
    if out["status"] is None:
        out["analysis"] = assessment.analysis.to_record(out["text"])
    return out


class _Assess(beam.DoFn):
    """Batches → assessed records. With ``threads`` > 1 the batches are assessed on a thread
    pool (``pipelines.parallel``: Kiwi releases the GIL, so one shared Kiwi runs on every
    core) and come back in input order; counters and errors are settled on Beam's thread."""

    def __init__(self, quality: QualitySettings, langid: LangidSettings, threads: int = 1):
        self._quality = quality
        self._langid = langid
        self._threads = threads
        self._assessor: QualityAssessor | None = None
        self._pool: OrderedPool | None = None

    def setup(self) -> None:
        self._assessor = QualityAssessor(self._quality, self._langid)
        self._assessor.load()
        self._pool = OrderedPool(self._assess_texts, self._threads)

    def teardown(self) -> None:
        if self._pool is not None:
            self._pool.close()

    def process(
        self,
        batch: list[Record],
        timestamp=beam.DoFn.TimestampParam,
        window=beam.DoFn.WindowParam,
    ) -> Iterator[Record]:
        for assessments, (done, _) in self._pool.submit(batch, (batch, (timestamp, window))):
            yield from self._settle(done, assessments)

    def finish_bundle(self) -> Iterator[WindowedValue]:
        for assessments, (batch, window_info) in self._pool.drain():
            for record in self._settle(batch, assessments):
                yield windowed(record, window_info)

    def _assess_texts(self, batch: list[Record]) -> list[Assessment] | Exception:
        """On a pool thread: the batch's assessments, or what it raised."""
        try:
            return self._assessor.assess([record["text"] for record in batch])
        except Exception as err:  # noqa: BLE001 - settled per record by _settle
            return err

    def _settle(self, batch: list[Record], assessments: list[Assessment] | Exception) -> list:
        """The batch's records; a batch that raised is redone one record at a time here, so
        only the failing record becomes an error (``per_batch``)."""

        def run(records: list[Record]) -> Iterator[Record]:
            if records is not batch:
                found = self._assessor.assess([record["text"] for record in records])
            elif isinstance(assessments, Exception):
                raise assessments
            else:
                found = assessments
            for record, assessment in zip(records, found, strict=True):
                for line_edit in assessment.edits:
                    Metrics.counter("curate.quality", f"lines_removed.{line_edit.rule}").inc()
                yield apply_assessment(record, assessment)

        return per_batch(batch, run, STAGE)


class Quality(beam.PTransform):
    """In-play records (normalized, exact-deduped) → the same records, some now dropped.
    ``threads``: how many batches are assessed at once (``runtime.threads``, resolved)."""

    def __init__(self, quality: QualitySettings, langid: LangidSettings, threads: int = 1):
        super().__init__()
        self._quality = quality
        self._langid = langid
        self._threads = threads

    def expand(self, pcoll):
        return (
            pcoll
            | "Batch"
            >> beam.BatchElements(min_batch_size=1, max_batch_size=self._quality.batch_size)
            | "Assess" >> beam.ParDo(_Assess(self._quality, self._langid, self._threads))
        )
