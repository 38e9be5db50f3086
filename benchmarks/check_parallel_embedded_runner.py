"""Why `--direct_num_workers` other than 1 is refused (see pipelines/options.py).

Runs the shape of the exact-dedup join in plain Beam (a CombinePerKey and a CoGroupByKey
over the same keys, nothing of ours but plain functions) on Beam's embedded runner in
``multi_processing`` mode with two workers, while busy loops keep the cores loaded, and
counts the runs in which a key met its records but not its combined group, or which lost
records:

    .venv/bin/python benchmarks/check_parallel_embedded_runner.py --runs 5 2>/dev/null

``--mode multi_threading`` uses threads instead of processes; ``--workers 1`` runs the
same pipeline in-process, as curate does, for comparison. With Beam 2.77 on a 2-core
machine: 2 of 5 runs lost data with two worker processes; 5 of 5 with threads (missing
groups, a corrupt stream "VarLong too long", 41,280 of 50,000 records out); 0 of 5
in-process.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.options import EMBEDDED_RUNNER  # noqa: E402

BUSY = "import time\nend = time.time() + 600\nwhile time.time() < end: pass"


def record(index: int, docs: int, chars: int) -> dict:
    text = f"문서 {index % (docs * 9 // 10)} " + "가" * chars
    return {
        "doc_id": f"{index:08d}",
        "text_sha1": hashlib.sha1(text.encode()).hexdigest(),
        "text": text,
        "decisions": [],
        "status": None,
    }


def one_run(docs: int, chars: int, workers: int, mode: str) -> str:
    """'ok', or what went wrong."""
    mode = mode if workers > 1 else "in_memory"
    options = PipelineOptions(
        [
            f"--runner={EMBEDDED_RUNNER}",
            f"--direct_running_mode={mode}",
            f"--direct_num_workers={workers}",
        ]
    )
    try:
        with beam.Pipeline(options=options) as pipeline:
            _ = (
                pipeline
                | beam.Create(range(docs))
                | beam.Reshuffle()
                | beam.Map(record, docs, chars)
                | PlainJoin()
                | beam.combiners.Count.Globally()
                | beam.Map(_check, docs)
            )
    except Exception as err:  # noqa: BLE001 - any failure is what we are counting
        return f"failed: {str(err).strip().splitlines()[-1][:160]}"
    return "ok"


class PlainJoin(beam.PTransform):
    """Records → the same records, each having met its key's representative."""

    def expand(self, records):
        keyed = records | beam.Map(lambda r: (r["text_sha1"], r))
        first = keyed | beam.MapTuple(lambda key, r: (key, r["doc_id"])) | beam.CombinePerKey(min)
        return {"records": keyed, "first": first} | beam.CoGroupByKey() | beam.FlatMap(_met)


def _met(element):
    key, grouped = element
    if len(grouped["first"]) != 1:
        raise RuntimeError(f"key {key} met {len(grouped['first'])} combined groups")
    return grouped["records"]


def _check(count: int, docs: int) -> None:
    if count != docs:
        raise RuntimeError(f"{docs} records in, {count} out")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--chars", type=int, default=4_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--mode", choices=["multi_processing", "multi_threading"], default="multi_processing"
    )
    args = parser.parse_args()
    busy = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(2)]
    try:
        outcomes = []
        for run in range(1, args.runs + 1):
            outcomes.append(one_run(args.docs, args.chars, args.workers, args.mode))
            print(f"run {run}: {outcomes[-1]}", flush=True)
    finally:
        for process in busy:
            process.kill()
    lost = sum(outcome != "ok" for outcome in outcomes)
    print(f"{lost} of {args.runs} runs lost grouped data")
    return 0


if __name__ == "__main__":
    sys.exit(main())
