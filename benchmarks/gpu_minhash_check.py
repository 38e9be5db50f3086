"""Check on a GPU box that the cupy backend gives the numpy backend's signatures, bit for
bit, and time both. Needs only numpy, xxhash and (for the GPU half) cupy: no Beam, no
datasketch. Prints one JSON line; exits 1 on any mismatch, 0 otherwise, including on a
machine where cupy is unusable (the reason is reported, numpy is still timed).

    python benchmarks/gpu_minhash_check.py [--docs 10000] [--chars 2000] [--num-perm 128]

``cupy_docs_per_s_by_batch`` times the pipeline's way of calling the kernel, one batch of
``near_dedup.batch_size`` documents at a time, to choose that setting for a GPU worker.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_minhash_signatures import corpus_parser, korean_documents  # noqa: E402

from filters.minhash import cupy_unavailable_reason, signatures  # noqa: E402

# Smaller variants checked for identity only: the host-hashed sha1 path, the legacy
# scheme's uint64 arithmetic, and n-gram lengths that cross XXH32's 16-byte stripe.
VARIANTS = (
    {"hash": "sha1"},
    {"scheme": "legacy"},
    {"ngram": 9},
    {"ngram": 2, "num_perm": 256},
)
BATCH_SIZES = (256, 1024, 4096)


def timed(compute: Callable[[], np.ndarray], sync: Callable[[], None]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = compute()
    sync()
    return result, time.perf_counter() - start


def device_name(cupy: Any) -> str:
    props = cupy.cuda.runtime.getDeviceProperties(cupy.cuda.Device().id)
    name = props["name"]
    return name.decode() if isinstance(name, bytes) else str(name)


def gpu_report(docs: list[str], params: dict[str, int], reference: np.ndarray) -> dict[str, Any]:
    """Time cupy on the same documents (after a warm-up) and compare every variant."""
    import cupy

    sync = cupy.cuda.Device().synchronize
    signatures(docs[:64], backend="cupy", **params)
    sync()
    result, seconds = timed(lambda: signatures(docs, backend="cupy", **params), sync)
    by_batch = {}
    for size in BATCH_SIZES:
        _, batched = timed(
            lambda size=size: [
                signatures(docs[i : i + size], backend="cupy", **params)
                for i in range(0, len(docs), size)
            ],
            sync,
        )
        by_batch[size] = round(len(docs) / batched, 1)
    sample = docs[:500]
    mismatched = [
        variant
        for variant in VARIANTS
        if not np.array_equal(
            signatures(sample, backend="cupy", **{**params, **variant}),
            signatures(sample, backend="numpy", **{**params, **variant}),
        )
    ]
    return {
        "device": device_name(cupy),
        "cupy_seconds": round(seconds, 3),
        "cupy_docs_per_s": round(len(docs) / seconds, 1),
        "cupy_docs_per_s_by_batch": by_batch,
        "identical": bool(np.array_equal(result, reference)) and not mismatched,
        "mismatched_variants": mismatched,
    }


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__.split("\n")[0])
    args = parser.parse_args(argv)

    docs = korean_documents(args.docs, args.chars)
    params = {"num_perm": args.num_perm, "ngram": args.ngram}
    signatures(docs[:8], backend="numpy", **params)
    reference, seconds = timed(lambda: signatures(docs, backend="numpy", **params), lambda: None)
    report: dict[str, Any] = {
        "docs": args.docs,
        "chars": args.chars,
        **params,
        "numpy_seconds": round(seconds, 3),
        "numpy_docs_per_s": round(args.docs / seconds, 1),
    }
    reason = cupy_unavailable_reason()
    if reason is None:
        report.update(gpu_report(docs, params, reference))
        report["speedup"] = round(report["cupy_docs_per_s"] / report["numpy_docs_per_s"], 1)
    else:
        report.update(device=None, cupy_unavailable=reason)
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report.get("identical", True) else 1


if __name__ == "__main__":
    sys.exit(main())
