"""Every core of one machine inside a stage: how many threads ``runtime.threads`` means.

Beam's embedded runner runs one bundle at a time on one thread (its parallel modes lose
data, see ``pipelines.options``), so on a laptop or one big box the parallelism has to come
from inside the stage. The quality stage's cost is Kiwi's analysis, and Kiwi runs a batch on a
thread pool of its own (``Kiwi(num_workers=N)``) outside the GIL. Measured, Python threads each
calling one shared Kiwi did not pay: Kiwi's single-worker calls ran one at a time.
"""

from __future__ import annotations

import os

from pipelines.options import EMBEDDED_NAMES

AUTO = "auto"


def resolve_threads(setting: int | str, runner: str) -> int:
    """``runtime.threads`` as a count: ``auto`` is every core this process may use on the
    embedded runner and 1 on a distributed one (one SDK worker per core already)."""
    if setting != AUTO:
        return int(setting)
    if runner not in EMBEDDED_NAMES:
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
