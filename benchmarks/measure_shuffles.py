"""Bytes the default pipeline shuffles per document, GroupByKey by GroupByKey, and each stage's
docs/s per core: the inputs to sizing a Dataflow or Flink job (README, "Running on Flink and
Dataflow").

Writes N synthetic Korean documents (~2,000 characters, 10% edited near-duplicates; the
corpus of ``bench_near_dedup.py``), builds the default pipeline, and before running it hangs a
measuring branch on the input of every GroupByKey in the graph (CoGroupByKeys and combiners
expand into one): each element is encoded with the coder Beam infers for that PCollection and
its size counted. Combiner inputs are listed too, marked: runners lift combiners and shuffle
accumulators, far fewer bytes than the raw input. The same run gives each stage's time (the
runner's ``ptransform_execution_time`` of every step under the stage's label; the embedded
runner runs on one thread, so this is one core's time) as input documents per second.

    .venv/bin/python benchmarks/measure_shuffles.py --docs 20000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import apache_beam as beam  # noqa: E402
from apache_beam.metrics import Metrics  # noqa: E402
from apache_beam.metrics.metric import MetricsFilter  # noqa: E402
from apache_beam.pipeline import PipelineVisitor  # noqa: E402
from bench_near_dedup import make_corpus  # noqa: E402

from curate.config import load_settings  # noqa: E402
from lineage.manifest import new_run  # noqa: E402
from pipelines.curation import build_pipeline  # noqa: E402
from pipelines.ingest import match_files  # noqa: E402
from pipelines.options import pipeline_options  # noqa: E402

NAMESPACE = "shuffle"


class _ShuffleInputs(PipelineVisitor):
    def __init__(self) -> None:
        self.found: list[tuple[str, beam.PCollection]] = []

    def visit_transform(self, node) -> None:
        if isinstance(node.transform, beam.GroupByKey):
            for pcoll in node.inputs:
                self.found.append((node.full_label, pcoll))


def _measure(label: str, coder: beam.coders.Coder):
    size = Metrics.counter(NAMESPACE, f"{label}|bytes")
    count = Metrics.counter(NAMESPACE, f"{label}|elements")

    def measure(element) -> None:
        size.inc(len(coder.encode(element)))
        count.inc()

    return measure


def stage_seconds(result) -> dict[str, float]:
    """Seconds the runner spent in each top-level stage's steps."""
    seconds: dict[str, float] = {}
    for counter in result.monitoring_metrics().query()["counters"]:
        if "ptransform_execution_time:total_msecs" not in str(counter.key.metric):
            continue
        stage = (counter.key.step or "").split("/", 1)[0]
        if stage.startswith("MeasureShuffle") or not stage:
            continue
        seconds[stage] = seconds.get(stage, 0.0) + (counter.committed or 0) / 1000
    return seconds


def shuffle_bytes(
    corpus: Path, out: Path, overrides: list[str]
) -> tuple[int, dict[str, tuple], dict[str, float]]:
    settings = load_settings(None, overrides)
    options = pipeline_options([])
    pipeline = beam.Pipeline(options=options)
    files = match_files([str(corpus / "*.jsonl")])
    build_pipeline(pipeline, files, settings, str(out / "staging"), "v1", new_run("x", "bench"))
    visitor = _ShuffleInputs()
    pipeline.visit(visitor)
    for index, (label, pcoll) in enumerate(visitor.found):
        coder = beam.coders.registry.get_coder(pcoll.element_type)
        _ = pcoll | f"MeasureShuffle{index}" >> beam.Map(_measure(label, coder))
    result = pipeline.run()
    result.wait_until_finish()
    table: dict[str, list[int]] = {}
    for counter in result.metrics().query(MetricsFilter().with_namespace(NAMESPACE))["counters"]:
        label, what = counter.key.metric.name.rsplit("|", 1)
        entry = table.setdefault(label, [0, 0])
        entry[0 if what == "bytes" else 1] += counter.committed or counter.attempted or 0
    inputs = next(
        c.committed
        for c in result.metrics().query(MetricsFilter().with_name("input_records"))["counters"]
    )
    return inputs, {label: tuple(v) for label, v in table.items()}, stage_seconds(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--set", action="append", default=[], help="config override")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, args.docs)
        started = time.process_time()
        inputs, table, stages = shuffle_bytes(corpus, Path(tmp), args.set)
        cpu = time.process_time() - started
    lifted = {label for label in table if "Combine" in label or "Count" in label}
    total = sum(size for label, (size, _) in table.items() if label not in lifted)
    print(f"{inputs} documents, whole pipeline {cpu:.0f} CPU-s ({inputs / cpu:.1f} docs/s/core)")
    print(f"{'shuffle (GroupByKey input)':<72} {'elements':>9} {'bytes/doc':>10}")
    for label, (size, count) in sorted(table.items(), key=lambda kv: -kv[1][0]):
        combiner = "  (combiner: lifted, not counted)" if label in lifted else ""
        print(f"{label[:72]:<72} {count:>9} {size / inputs:>10,.0f}{combiner}")
    print(f"{'all shuffles (lifted combiners left out)':<72} {'':>9} {total / inputs:>10,.0f}")
    print(f"\n{'stage':<24} {'seconds':>8} {'input docs/s/core':>18}")
    for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.05:
            print(f"{stage:<24} {seconds:>8.1f} {inputs / seconds:>18,.0f}")
    rest = cpu - sum(stages.values())
    print(f"{'runner (shuffles, coders)':<24} {rest:>8.1f} {inputs / rest:>18,.0f}")


if __name__ == "__main__":
    main()
