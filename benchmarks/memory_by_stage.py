"""Which stage of a run holds the memory: for every fused stage Beam's embedded runner runs,
the bytes of its input per document and the process's RSS before, after and at its peak.

``memory_scale.py`` says how peak RSS grows with the corpus; this says where. On the embedded
runner a stage's whole input is one bundle: the runner's buffer, the copies it makes while
handing it to the worker (the encoded stream, the data channel's protos) and the stage's
outputs are alive together, so the stage whose input is largest per document sets the peak.
To see that, this wraps ``BundleManager.process_bundle`` of Beam's ``fn_runner`` (a private
API of Beam 2.77, read only; a diagnostic, not a measurement of speed):

    .venv/bin/python benchmarks/memory_by_stage.py --docs 100000 --workdir /tmp/mem [--stages all]

The corpus is ``memory_scale.py``'s (generated once into ``--workdir``, kept there). Stages
whose input is under ``--min-bytes`` per document and that moved RSS by less than 20 MB are
left out of the table.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from apache_beam.runners.portability.fn_api_runner import fn_runner  # noqa: E402
from memory_scale import run_child, write_corpus  # noqa: E402

PAGE_MB = resource.getpagesize() / 2**20


def rss_mb() -> float:
    """Resident set size now (``/proc/self/statm``), not the peak."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_MB


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def input_bytes(inputs) -> int:
    """Encoded bytes of a bundle's inputs (every buffer's streams)."""
    total = 0
    for buffer in inputs.values():
        for stream in buffer or ():
            total += len(stream)
    return total


def watch_stages(rows: list[dict]) -> None:
    """Record one row per bundle the runner processes (one per stage on this runner)."""
    process_bundle = fn_runner.BundleManager.process_bundle

    def watched(self, inputs, expected_outputs, *args, **kwargs):
        before, size = rss_mb(), input_bytes(inputs)
        result = process_bundle(self, inputs, expected_outputs, *args, **kwargs)
        rows.append(
            {
                "stage": self.bundle_context_manager.stage.name,
                "input_bytes": size,
                "rss_before": before,
                "rss_after": rss_mb(),
                "peak": peak_mb(),
            }
        )
        return result

    fn_runner.BundleManager.process_bundle = watched


def short(stage: str, width: int = 90) -> str:
    """A fused stage's name without its nesting parentheses, cut to ``width``."""
    name = stage.replace("(", "").replace(")", "").replace("ref_AppliedPTransform_", "")
    return name if len(name) <= width else name[: width - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=50000)
    parser.add_argument("--stages", choices=("spine", "all"), default="spine")
    parser.add_argument("--shard-docs", type=int, default=10000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--min-bytes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = (args.workdir or Path(tmp)) / f"corpus-{args.docs}"
        write_corpus(corpus, args.docs, args.shard_docs)
        rows: list[dict] = []
        watch_stages(rows)
        result = run_child(corpus, Path(tmp) / "out", args.stages)
    print(f"{args.docs:,} documents, stages: {args.stages}; {result}")
    print("| input B/doc | RSS before MB | RSS after MB | peak so far MB | stage |")
    print("|---:|---:|---:|---:|---|")
    for row in rows:
        per_doc = row["input_bytes"] / args.docs
        moved = abs(row["rss_after"] - row["rss_before"])
        if per_doc < args.min_bytes and moved < 20:
            continue
        print(
            f"| {per_doc:,.0f} | {row['rss_before']:,.0f} | {row['rss_after']:,.0f} | "
            f"{row['peak']:,.0f} | {short(row['stage'])} |"
        )


if __name__ == "__main__":
    main()
