"""Plumbing shared by every stage: records that a stage settled leave the stream early, so
expensive later stages only see documents still in play; and an exception on one record
settles that record as an error instead of failing the bundle."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from curate.records import ERROR, Record


def _is_settled(record: Record, _num_partitions: int) -> int:
    return 0 if record["status"] is None else 1


def split_settled(pcoll, label: str) -> tuple[beam.PCollection, beam.PCollection]:
    """(records still in play, records that ended kept/dropped/error)."""
    open_, settled = pcoll | f"Split{label}" >> beam.Partition(_is_settled, 2)
    return open_, settled


STAGE_EXCEPTION = "stage_exception"
_LOG = logging.getLogger(__name__)
_ARTEFACTS = ("analysis",)


def failed_in(record: Record, stage: str, err: BaseException) -> Record:
    """The record settled as an error of ``stage``: the reason names the exception's type only
    (its message may quote the text), and the text and per-stage artefacts are dropped."""
    kind = type(err).__name__
    Metrics.counter("curate.errors", f"{stage}.{kind}").inc()
    _LOG.warning("stage %s: %s on document %s; settled as an error", stage, kind, record["doc_id"])
    out = {k: v for k, v in record.items() if k not in _ARTEFACTS}
    return {
        **out,
        "text": None,
        "status": ERROR,
        "stage": stage,
        "reason": f"{STAGE_EXCEPTION}: {kind}",
    }


def per_record(fn: Callable[..., Record], stage: str) -> Callable[..., Record]:
    """``fn`` for ``beam.Map``, with an exception on one record turned into that record's error
    instead of a failed bundle (which Dataflow retries and then fails the job on)."""

    @functools.wraps(fn)
    def guarded(record: Record, *args: Any, **kwargs: Any) -> Record:
        try:
            return fn(record, *args, **kwargs)
        except Exception as err:
            return failed_in(record, stage, err)

    return guarded


def per_batch(
    batch: list[Record], run: Callable[[list[Record]], Iterable[Any]], stage: str
) -> list[Any]:
    """``run(batch)``'s outputs; when the batch raises, each record is run alone so that only
    the one that fails becomes an error. Beam's own dead-letter output
    (``with_exception_handling``) would send the whole batch there."""
    try:
        return list(run(batch))
    except Exception:
        return list(_each_alone(batch, run, stage))


def _each_alone(
    records: list[Record], run: Callable[[list[Record]], Iterable[Any]], stage: str
) -> Iterator[Any]:
    """``run`` on one record at a time; a record it raises on becomes that stage's error."""
    for record in records:
        try:
            yield from run([record])
        except Exception as err:
            yield failed_in(record, stage, err)


def per_batch_in_order(
    batch: list[Record], run: Callable[[list[Record]], Iterable[Record]], stage: str
) -> Iterator[Record]:
    """Like ``per_batch`` for a ``run`` that gives one output per record, in order, but
    streaming: each output leaves as soon as ``run`` has it, so the stages fused after this
    one work while ``run`` goes on. When ``run`` raises, the outputs already given stand and
    the records from the first one without an output run alone."""
    done = 0
    try:
        for out in run(batch):
            yield out
            done += 1
    except Exception:
        yield from _each_alone(batch[done:], run, stage)
