"""Coverage-guided fuzzing of one reader with atheris (``pip install -e '.[fuzz]'``); not run
in CI. Each ``fuzz_*.py`` script names its reader's file names and seeds; the first input
byte picks the name (so compressed variants are fuzzed too), the rest is the file. A crash is
an exception escaping the reader or a broken invariant (``check_invariants``).

    python fuzz/fuzz_jsonl.py -max_total_time=60 [libFuzzer flags] [CORPUS_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

with atheris.instrument_imports(include=["curate"]):
    from curate.readers import read_records  # noqa: F401  (instrumented before first use)
    from tests.readers_helpers import check_invariants, read_with_report


def fuzz(names: list[str], seeds: Callable[[], list[bytes]], **overrides) -> None:
    """Run atheris over ``names`` (picked by the first byte) with ``seeds`` as the start."""

    def one_input(data: bytes) -> None:
        if not data:
            return
        name = names[data[0] % len(names)]
        records, ctx = read_with_report(name, data[1:], **overrides)
        check_invariants(records, ctx)

    argv = list(sys.argv)
    if not any(not arg.startswith("-") for arg in argv[1:]):
        corpus = Path(tempfile.mkdtemp(prefix="fuzz-corpus-"))
        for index, seed in enumerate(seeds()):
            for pick in range(len(names)):
                (corpus / f"seed-{index}-{pick}").write_bytes(bytes([pick]) + seed)
        argv.append(str(corpus))
    atheris.Setup(argv, one_input)
    atheris.Fuzz()
