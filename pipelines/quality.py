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

from curate.records import Record, decision, edit, with_decisions, with_edits
from curate.settings import LangidSettings, QualitySettings
from filters.mojibake import edit_verb
from filters.quality_assessor import Assessment, QualityAssessor
from pipelines.stages import per_batch_in_order

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
    """Batches → assessed records. ``threads`` > 1 gives Kiwi that many threads of its own over
    each batch (Kiwi's analysis is most of the stage's cost, and its pool runs outside the
    GIL); the rest of the stage stays on Beam's thread, so the output cannot depend on it."""

    def __init__(self, quality: QualitySettings, langid: LangidSettings, threads: int = 1):
        self._quality = quality
        self._langid = langid
        self._threads = threads
        self._assessor: QualityAssessor | None = None

    def setup(self) -> None:
        self._assessor = QualityAssessor(self._quality, self._langid, self._threads)
        self._assessor.load()

    def process(self, batch: list[Record]) -> Iterator[Record]:
        yield from per_batch_in_order(batch, self._assess, STAGE)

    def _assess(self, batch: list[Record]) -> Iterator[Record]:
        assessments = self._assessor.assess_each(record["text"] for record in batch)
        for record, assessment in zip(batch, assessments, strict=True):
            for line_edit in assessment.edits:
                verb = edit_verb(line_edit.rule)
                Metrics.counter("curate.quality", f"lines_{verb}.{line_edit.rule}").inc()
            yield apply_assessment(record, assessment)


class Quality(beam.PTransform):
    """In-play records (normalized, exact-deduped) → the same records, some now dropped.
    ``threads``: Kiwi's threads per worker process (``runtime.threads``, resolved)."""

    def __init__(self, quality: QualitySettings, langid: LangidSettings, threads: int = 1):
        super().__init__()
        self._quality = quality
        self._langid = langid
        self._threads = threads

    def expand(self, pcoll):
        size = self._quality.batch_size
        # With Kiwi's threads, batches of a fixed size: Beam's adaptive sizing times each batch
        # and settles on small, uneven ones (1 to 47 documents measured) that threads split
        # badly. On one thread (every distributed runner) its sizing stays as it was.
        smallest = size if self._threads > 1 else 1
        return (
            pcoll
            | "Batch" >> beam.BatchElements(min_batch_size=smallest, max_batch_size=size)
            | "Assess" >> beam.ParDo(_Assess(self._quality, self._langid, self._threads))
        )
