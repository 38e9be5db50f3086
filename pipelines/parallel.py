"""Every core of one machine inside a stage: a DoFn hands its batches to a thread pool and
yields their results in the order the batches came.

Beam's embedded runner runs one bundle at a time on one thread (its parallel modes lose
data, see ``pipelines.options``), so on a laptop or one big box the parallelism has to come
from inside the stage. The quality stage's cost is Kiwi, which releases the GIL, so threads
sharing one Kiwi instance (and its 0.5 GB model) run it on every core, while the Beam thread
keeps running the steps fused after the stage. Results come back in input order, so a run
releases the same bytes whatever the thread count. Beam metrics are per thread: count them
from what ``completed`` yields (on Beam's thread), never inside ``fn``.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from apache_beam.utils.windowed_value import WindowedValue

from pipelines.options import EMBEDDED_NAMES

In = TypeVar("In")
Out = TypeVar("Out")
AUTO = "auto"


def resolve_threads(setting: int | str, runner: str) -> int:
    """``runtime.threads`` as a count: ``auto`` is every core this process may use on the
    embedded runner and 1 on a distributed one (one SDK worker per core already)."""
    if setting != AUTO:
        return int(setting)
    if runner not in EMBEDDED_NAMES:
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class OrderedPool(Generic[In, Out]):
    """``fn`` over batches on ``threads`` threads, at most ``2 × threads`` batches in flight,
    results in submission order; with one thread ``fn`` runs inline, no pool at all.

    ``submit`` returns the results that are due (oldest first) so the caller can yield them
    while later batches are still being worked on; ``drain`` returns the rest."""

    def __init__(self, fn: Callable[[In], Out], threads: int):
        self._fn = fn
        self._threads = threads
        self._executor = ThreadPoolExecutor(threads, "stage") if threads > 1 else None
        self._pending: deque[tuple[Future[Out], Any]] = deque()

    def submit(self, batch: In, tag: Any = None) -> Iterator[tuple[Out, Any]]:
        """Queue ``batch`` (``tag`` travels with its result); yields (result, tag) pairs."""
        if self._executor is None:
            yield self._fn(batch), tag
            return
        self._pending.append((self._executor.submit(self._fn, batch), tag))
        while len(self._pending) > 2 * self._threads:
            future, tagged = self._pending.popleft()
            yield future.result(), tagged

    def drain(self) -> Iterator[tuple[Out, Any]]:
        """Every result still pending, in order."""
        while self._pending:
            future, tag = self._pending.popleft()
            yield future.result(), tag

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._pending.clear()


def windowed(value: Any, window_info: tuple[Any, Any]) -> WindowedValue:
    """``value`` in the window and at the timestamp of the element it came from, as
    ``finish_bundle`` must emit it."""
    timestamp, window = window_info
    return WindowedValue(value, timestamp, [window])
