"""Progress of a run on Beam's embedded runner: documents read, entering and settled per
stage, the active stage's rate and a rough ETA, every few seconds.

The embedded runner runs the stages in the launching process, so pass-through branches
(``Tally``) count into this module's registry and a reporter thread prints it: one updating
line on a terminal, a log line every ``LOG_EVERY_S`` seconds otherwise. On distributed
runners the branches count nothing (the registry would be a worker's) and the Beam counters
(``curate.outcome/…``) in the runner's UI do this job.

The ETA is the active stage's: documents still to reach it (read, less those settled by
earlier stages) over its rate in the last interval; while files are being read, the files
still unread over the read rate. Stages run one after another on this runner, so it is rough.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any

import apache_beam as beam

_LOG = logging.getLogger(__name__)
READ = "read"
ENTERED, SETTLED = "in", "settled"
TTY_EVERY_S = 1.0
LOG_EVERY_S = 5.0

_LOCK = threading.Lock()
_COUNTS: dict[tuple[str, str], int] = {}
_TIMES: dict[tuple[str, str], tuple[float, float]] = {}
_FILES: set[str] = set()
_ORDER: list[str] = []


def reset() -> None:
    """Forget the counts of an earlier run in this process."""
    with _LOCK:
        _COUNTS.clear()
        _TIMES.clear()
        _FILES.clear()


def snapshot() -> tuple[dict[tuple[str, str], int], int]:
    """(counts by (stage, in|settled), input files begun)."""
    with _LOCK:
        return dict(_COUNTS), len(_FILES)


def stage_spans(stages: Sequence[str] | None = None) -> dict[str, tuple[float, float]]:
    """(``time.monotonic()`` of each stage's first document in, of the last one in or settled
    there), in the order of ``stages`` (by default those of the last ``reporting``), for the
    stages that saw any. On the embedded runner stages run one after another, except that a
    stage fused with the one before it starts inside that one's span; starting up, model
    loading and shuffles fall between spans."""
    with _LOCK:
        times = dict(_TIMES)
    spans = {}
    for stage in (READ, *(_ORDER if stages is None else stages)):
        own = [times[(stage, what)] for what in (ENTERED, SETTLED) if (stage, what) in times]
        if own:
            spans[stage] = (min(first for first, _ in own), max(last for _, last in own))
    return spans


class Tally(beam.DoFn):
    """A branch that counts the documents passing one point of the pipeline (``read``, a
    stage's input or what it settled) into the registry, when ``enabled``; emits nothing."""

    def __init__(self, stage: str, what: str, enabled: bool):
        self._key = (stage, what)
        self._enabled = enabled

    def process(self, record: dict[str, Any]) -> Iterator[Any]:
        if not self._enabled:
            return
        now = time.monotonic()
        with _LOCK:
            _COUNTS[self._key] = _COUNTS.get(self._key, 0) + 1
            _TIMES[self._key] = (_TIMES.get(self._key, (now,))[0], now)
            if self._key[0] == READ:
                _FILES.add(record["source"]["uri"])
        yield from ()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class Progress:
    """Formats the registry for ``stages`` (pipeline order) and ``files`` input files; keeps
    the previous snapshot for rates."""

    def __init__(self, stages: Sequence[str], files: int):
        self._stages = [READ, *stages]
        self._files = files
        self.started = time.monotonic()
        self._last: tuple[float, dict[tuple[str, str], int]] = (self.started, {})

    def line(self) -> str:
        now = time.monotonic()
        counts, files_begun = snapshot()
        then, before = self._last
        self._last = (now, counts)
        parts, active, remaining_for = [], None, None
        expected = counts.get((READ, ENTERED), 0)
        for stage in self._stages:
            entered = counts.get((stage, ENTERED), 0)
            settled = counts.get((stage, SETTLED), 0)
            parts.append(f"{stage} {entered:,}" + (f" -{settled:,}" if settled else ""))
            if entered > before.get((stage, ENTERED), 0):
                active, remaining_for = stage, max(expected - entered, 0)
            expected -= settled
        text = f"[{_duration(now - self.started)}] " + " | ".join(parts)
        if active is None:
            return text
        rate = (counts[(active, ENTERED)] - before.get((active, ENTERED), 0)) / max(
            now - then, 1e-9
        )
        text += f" | {active} {rate:,.0f}/s"
        if active == READ:
            done = files_begun - 1
            if 0 < done < self._files:
                eta = (now - self.started) * (self._files - done) / done
                text += f", files {done}/{self._files}, ETA {active} ~{_duration(eta)}"
        elif remaining_for and rate > 0:
            text += f", ETA {active} ~{_duration(remaining_for / rate)}"
        return text


@contextmanager
def reporting(
    stages: Sequence[str], files: int, stream: IO[str] | None = None, enabled: bool = True
) -> Iterator[None]:
    """Report progress from a thread while the body runs: ``\\r``-updated on a terminal,
    log lines every ``LOG_EVERY_S`` seconds otherwise."""
    if not enabled:
        yield
        return
    stream = stream or sys.stderr
    tty = stream.isatty()
    reset()
    _ORDER[:] = stages
    progress = Progress(stages, files)
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(TTY_EVERY_S if tty else LOG_EVERY_S):
            if tty:
                stream.write("\r\x1b[2K" + progress.line())
                stream.flush()
            else:
                _LOG.info("progress %s", progress.line())

    thread = threading.Thread(target=loop, name="curate-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        if tty:
            stream.write("\r\x1b[2K" + progress.line() + "\n")
            stream.flush()
        start = progress.started
        spans = " | ".join(
            f"{stage} {first - start:.1f}-{last - start:.1f}s"
            for stage, (first, last) in stage_spans().items()
        )
        if spans:
            _LOG.info("stage spans (seconds from the start) %s", spans)
