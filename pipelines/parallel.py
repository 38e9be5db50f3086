"""Every core of one machine inside a stage: how many threads ``runtime.threads`` means.

Beam's embedded runner runs one bundle at a time on one thread (its parallel modes lose
data, see ``pipelines.options``), so on a laptop or one big box the parallelism has to come
from inside the stage. The quality stage's cost is Kiwi's analysis, and Kiwi runs a batch on a
thread pool of its own (``Kiwi(num_workers=N)``) outside the GIL. Measured, Python threads each
calling one shared Kiwi did not pay: Kiwi's single-worker calls ran one at a time.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

from pipelines.options import EMBEDDED_NAMES

AUTO = "auto"
# How long a thread holding the GIL runs before it must hand it over to one waiting for it.
# Kiwi's threads take the GIL for each text they read and each analysis they hand back;
# at Python's default (5 ms) they wait behind Beam's thread judging documents. Measured on
# 2,000 documents, 2 threads, two passes each: 30.3 and 30.1 s at 5 ms, 29.3 and 28.3 s at
# 1 ms, 29.9 and 29.7 s at 0.2 ms.
GIL_HANDOFF_S = 0.001


def resolve_threads(setting: int | str, runner: str) -> int:
    """``runtime.threads`` as a count: ``auto`` is every core this process may use on the
    embedded runner and 1 on a distributed one (one SDK worker per core already)."""
    if setting != AUTO:
        return int(setting)
    if runner not in EMBEDDED_NAMES:
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextlib.contextmanager
def gil_handoff(threads: int) -> Iterator[None]:
    """While a run with ``threads`` > 1 lasts on this process's embedded runner, threads
    hand the GIL over every ``GIL_HANDOFF_S`` (``sys.setswitchinterval``); as it was after."""
    before = sys.getswitchinterval()
    if threads > 1:
        sys.setswitchinterval(min(before, GIL_HANDOFF_S))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
