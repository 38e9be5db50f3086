"""Peak memory and time against corpus size on Beam's embedded runner: does memory grow with
the corpus beyond what the runner's shuffles must hold?

Streams N synthetic Korean documents of ~2,000 characters (``bench_near_dedup.py``'s corpus:
10% edited near-duplicates) to gzipped JSONL shards of ``--shard-docs`` each, then runs the
pipeline in a fresh process per size and reports its wall time and peak RSS (the process's
``ru_maxrss``: every thread, every shuffle the runner holds). ``--stages spine`` (default) is
ingest → normalize → exact dedup → near dedup → write, every other stage off; ``--stages
all`` is the default pipeline. The last lines fit peak RSS = a + b·N over the sizes run and
extrapolate to ``--project`` documents.

    .venv/bin/python benchmarks/memory_scale.py --docs 20000 50000 [--stages spine|all]
    .venv/bin/python benchmarks/memory_scale.py --docs 1000000   # the issue's target run

The corpus is generated once per size into ``--workdir`` (default: a temporary folder) and
kept there when given, so a rerun skips generation.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_near_dedup import documents, spine_overrides  # noqa: E402


def write_corpus(folder: Path, docs: int, shard_docs: int) -> None:
    """``docs`` documents in gzipped JSONL shards, streamed (nothing held in memory)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / ".complete"
    if marker.exists():
        return
    texts = documents(docs)
    for shard in range(-(-docs // shard_docs)):
        name = folder / f"part-{shard:05d}.jsonl.gz"
        with gzip.open(name, "wt", compresslevel=1, encoding="utf-8") as out:
            for offset, text in enumerate(itertools.islice(texts, shard_docs)):
                record = {"id": str(shard * shard_docs + offset), "text": text}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    marker.write_text(str(docs))


def run_child(corpus: Path, out: Path, stages: str) -> dict:
    """In a fresh process: one run; wall time, CPU time and peak RSS."""
    from curate.config import load_settings
    from pipelines.curation import run_curation

    settings = load_settings(None, spine_overrides() if stages == "spine" else [])
    wall = time.perf_counter()
    result = run_curation(
        inputs=[str(corpus / "*.jsonl.gz")], output=str(out), version_name="m", settings=settings
    )
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "wall_s": round(time.perf_counter() - wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "counts": result.manifest["counts"],
    }


def fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares (a, b) of y = a + b·x; with one point, b = y / x."""
    if len(points) == 1:
        return 0.0, points[0][1] / points[0][0]
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    b = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return my - b * mx, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[20000, 50000])
    parser.add_argument("--stages", choices=("spine", "all"), default="spine")
    parser.add_argument("--shard-docs", type=int, default=10000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--project", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, out, stages = args.child
        print(json.dumps(run_child(Path(corpus), Path(out), stages)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = args.workdir or Path(tmp)
        rows = []
        for docs in args.docs:
            corpus = root / f"corpus-{docs}"
            started = time.perf_counter()
            write_corpus(corpus, docs, args.shard_docs)
            generated = time.perf_counter() - started
            out = Path(tmp) / f"out-{docs}"
            child = subprocess.run(
                [sys.executable, __file__, "--child", str(corpus), str(out), args.stages],
                capture_output=True,
                text=True,
                check=False,
            )
            if child.returncode:
                sys.exit(f"run of {docs} documents failed:\n{child.stderr[-3000:]}")
            row = {"docs": docs, "generate_s": round(generated, 1)}
            row.update(json.loads(child.stdout.strip().splitlines()[-1]))
            row["corpus_mb"] = round(sum(p.stat().st_size for p in corpus.glob("*.gz")) / 2**20)
            rows.append(row)
            print(json.dumps(row), flush=True)
    print(f"\nembedded runner, stages: {args.stages}")
    print("| docs | corpus MB (gz) | wall s | CPU s | docs/s | peak RSS MB | peak KB/doc |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r['docs']:,} | {r['corpus_mb']} | {r['wall_s']} | {r['cpu_s']} | "
            f"{r['docs'] / r['wall_s']:.0f} | {r['peak_rss_mb']:,} | "
            f"{r['peak_rss_mb'] * 1024 / r['docs']:.1f} |"
        )
    a, b = fit([(r["docs"], r["peak_rss_mb"]) for r in rows])
    print(
        f"peak RSS ≈ {a:,.0f} MB + {b * 1024:.2f} KB/doc; at {args.project:,} documents "
        f"≈ {(a + b * args.project) / 1024:.1f} GB (a projection, not a run)"
    )


if __name__ == "__main__":
    main()
