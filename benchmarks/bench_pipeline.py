"""The whole default pipeline on one machine: ``runtime.threads`` 1 vs ``auto`` side by side
(wall time, CPU time, docs/s), and per-core rates of the whole pipeline, the quality stage
alone and bare Kiwi on the same documents.

Writes N synthetic Korean documents of ~2,000 characters (10% edited near-duplicates; the
corpus of ``bench_near_dedup.py``), then runs ``run_curation`` with every stage on (the
defaults), once per thread setting, each in its own fresh process (its CPU time counts every
thread; its peak RSS is its own). Passes alternate between the settings when ``--repeat`` >
1 and the best wall time of each is kept, so a busy neighbour skews no single setting.
Then, in one more process, the quality stage (``QualityAssessor.assess`` in batches of
``quality.batch_size``) and bare ``Kiwi(num_workers=1).tokenize`` over the first
``--stage-docs`` of the same documents, per CPU-second (``bench_quality.py``'s modes).

    .venv/bin/python benchmarks/bench_pipeline.py --docs 5000 [--repeat 2] [--stage-docs 1000]
    .venv/bin/python benchmarks/bench_pipeline.py --docs 1000 --format warc

``--format warc`` serves the same documents as web pages in one WARC file (the text inside a
~50 KB page of menus, scripts, styles, related links and a footer, as crawled pages are), so
that trafilatura's main-text extraction runs before every other stage; the per-core section
is left out there.

For reference, issue #14 measured datatrove's FineWeb-2 Korean filter chain (kiwipiepy 0.21,
one core) at 7.6 documents per CPU-second on 1,000 of these documents; datatrove is not a
dependency, so that number is quoted, not rerun here.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_near_dedup import make_corpus  # noqa: E402

SETTINGS = ("1", "auto")
TARGET_SPEEDUP = 1.7
DATATROVE_DOCS_PER_CPU_S = 7.6


def run_child(corpus: Path, out: Path, threads: str) -> dict:
    """In a fresh process: one whole run; wall, CPU (every thread, and the extraction
    processes it started) and peak RSS (its own)."""
    from curate.config import load_settings
    from pipelines.curation import run_curation
    from pipelines.parallel import resolve_threads
    from pipelines.progress import stage_spans

    settings = load_settings(None, [f"runtime.threads={threads}"])
    wall = time.perf_counter()
    result = run_curation(
        inputs=[str(corpus / "*")], output=str(out), version_name="bench", settings=settings
    )
    wall = time.perf_counter() - wall
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    first, last = stage_spans().get("Quality", (0.0, 0.0))
    return {
        "threads": resolve_threads(settings.runtime.threads, "FnApiRunner"),
        "wall_s": wall,
        "quality_s": last - first,
        "cpu_s": usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "counts": result.manifest["counts"],
        "data_sha256": [s["sha256"] for s in result.manifest["shards"]],
    }


def reader_child(corpus: Path, workers: int) -> dict:
    """In a fresh process: the WARC read alone (no stage after it), its pages' main text from
    ``workers`` processes; wall and CPU (this process and the extraction processes)."""
    import io

    from curate.config import load_settings
    from curate.readers import FileContext, read_records
    from curate.readers.extraction import Extractor

    path = corpus / "crawl.warc.gz"
    data = path.read_bytes()
    extractor = Extractor(workers)
    ctx = FileContext(str(path), path.name, load_settings().ingest, extractor=extractor)
    wall = time.perf_counter()
    records = sum(1 for _ in read_records(io.BytesIO(data), ctx))
    extractor.close()
    wall = time.perf_counter() - wall
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return {
        "workers": workers,
        "records": records,
        "wall_s": wall,
        "cpu_s": sum(u.ru_utime + u.ru_stime for u in usage),
    }


def stage_child(corpus: Path, docs: int) -> dict:
    """In a fresh process: the quality stage and bare Kiwi over the same documents, per
    CPU-second (best of two passes each, after a warm-up)."""
    from bench_quality import MODES, WARMUP_DOCS

    with open(corpus / "docs.jsonl", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for _, line in zip(range(docs), lines, strict=False)]
    rates = {}
    for mode in ("kiwi.tokenize", "quality stage"):
        run = MODES[mode]()
        run(texts[:WARMUP_DOCS])
        best = float("inf")
        for _ in range(2):
            cpu = time.process_time()
            run(texts)
            best = min(best, time.process_time() - cpu)
        rates[mode] = len(texts) / best
    return rates


def chrome(rng: random.Random, count: int, words: list[str]) -> str:
    """``count`` links of a site's menus and lists."""
    return "".join(
        f'<li><a href="/{rng.randrange(10**6)}">{" ".join(rng.sample(words, 3))}</a></li>'
        for _ in range(count)
    )


def web_page(text: str, index: int, rng: random.Random) -> str:
    """The document as the article of a ~50 KB news page."""
    words = text.split()[:200] or ["뉴스"]
    style = "".join(f".c{i}{{margin:{i % 9}px;color:#{i:06x}}}" for i in range(150))
    script = "".join(f"var t{i}='{rng.getrandbits(64):x}';" for i in range(400))
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (
        f"<!DOCTYPE html><html lang=ko><head><meta charset=utf-8><title>기사 {index}</title>"
        f"<style>{style}</style><script>{script}</script></head><body>"
        f"<header><nav><ul>{chrome(rng, 200, words)}</ul></nav></header>"
        f"<main><article><h1>기사 {index}</h1>{paragraphs}</article>"
        f"<aside><h2>많이 본 뉴스</h2><ol>{chrome(rng, 100, words)}</ol></aside>"
        f"<section class=comments><h2>댓글</h2>{chrome(rng, 60, words)}</section></main>"
        f"<footer><ul>{chrome(rng, 100, words)}</ul><p>ⓒ 뉴스 무단전재 및 재배포 금지</p></footer>"
        "</body></html>"
    )


def as_warc(corpus: Path) -> None:
    """The corpus's documents as web pages in ``crawl.warc.gz``, in place of its JSON Lines."""
    from datetime import datetime

    from curate.sample.writers import WarcPage, WarcStamps, warc_bytes

    rng = random.Random(0)
    source = corpus / "docs.jsonl"
    with open(source, encoding="utf-8") as lines:
        pages = [
            WarcPage(
                f"https://news.example.kr/article/{index}",
                "text/html; charset=utf-8",
                web_page(json.loads(line)["text"], index, rng).encode(),
            )
            for index, line in enumerate(lines)
        ]
    stamps = WarcStamps(rng, datetime(2026, 1, 1))
    (corpus / "crawl.warc.gz").write_bytes(warc_bytes("crawl.warc.gz", pages, stamps))
    source.unlink()


def resolve_cores() -> int:
    """What ``runtime.threads: auto`` means on the embedded runner here."""
    from pipelines.parallel import resolve_threads

    return resolve_threads("auto", "FnApiRunner")


def _child(args: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode:
        sys.exit(f"child {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1, help="passes per setting (best wall)")
    parser.add_argument("--stage-docs", type=int, default=1000)
    parser.add_argument("--format", choices=("jsonl", "warc"), default="jsonl")
    parser.add_argument("--run-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--stage-child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--reader-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reader_child:
        print(json.dumps(reader_child(Path(args.reader_child[0]), int(args.reader_child[1]))))
        return
    if args.run_child:
        corpus, out, threads = args.run_child
        print(json.dumps(run_child(Path(corpus), Path(out), threads)))
        return
    if args.stage_child:
        print(json.dumps(stage_child(Path(args.stage_child[0]), int(args.stage_child[1]))))
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        make_corpus(corpus, args.docs)
        if args.format == "warc":
            as_warc(corpus)
        best: dict[str, dict] = {}
        for attempt in range(args.repeat):
            for threads in SETTINGS:
                out = Path(tmp) / f"out-{threads}-{attempt}"
                run = _child(["--run-child", str(corpus), str(out), threads])
                print(json.dumps({"setting": threads, **run}), flush=True)
                if threads not in best or run["wall_s"] < best[threads]["wall_s"]:
                    best[threads] = run
        stages = None
        reading: list[dict] = []
        if args.format == "jsonl":
            stages = _child(["--stage-child", str(corpus), str(args.stage_docs)])
        else:
            cores = str(resolve_cores())
            for _ in range(args.repeat):
                reading += [_child(["--reader-child", str(corpus), n]) for n in ("1", cores)]

    one, auto = best["1"], best["auto"]
    same = one["data_sha256"] == auto["data_sha256"] and one["counts"] == auto["counts"]
    kind = "documents" if args.format == "jsonl" else "web pages in a WARC"
    print(f"\n{args.docs} {kind}, default pipeline (every stage), embedded runner")
    print(
        f"{'runtime.threads':<22} {'wall s':>8} {'CPU s':>8} {'docs/s':>8} "
        f"{'docs/CPU-s':>10} {'peak RSS MB':>11}"
    )
    for name, run in (("1", one), (f"auto ({auto['threads']})", auto)):
        print(
            f"{name:<22} {run['wall_s']:>8.1f} {run['cpu_s']:>8.1f} "
            f"{args.docs / run['wall_s']:>8.1f} {args.docs / run['cpu_s']:>10.1f} "
            f"{run['peak_rss_mb']:>11.0f}"
        )
    speedup = one["wall_s"] / auto["wall_s"]
    verdict = "meets" if speedup >= TARGET_SPEEDUP else "misses"
    print(
        f"speedup (wall, 1 / auto): {speedup:.2f}x ({verdict} the {TARGET_SPEEDUP}x target); "
        f"shards identical: {same}"
    )
    if one["quality_s"] and auto["quality_s"]:
        rest = [run["wall_s"] - run["quality_s"] for run in (one, auto)]
        print(
            f"  the quality stage's span: {one['quality_s']:.1f} s vs {auto['quality_s']:.1f} s "
            f"({one['quality_s'] / auto['quality_s']:.2f}x); the rest of the run (start-up, "
            f"model loading, the stages before and after it, on one core either way): "
            f"{rest[0]:.1f} s vs {rest[1]:.1f} s"
        )
    for workers in sorted({r["workers"] for r in reading}):
        runs = [r for r in reading if r["workers"] == workers]
        fastest = min(runs, key=lambda r: r["wall_s"])
        print(
            f"reading alone, {workers} extraction process(es): {fastest['wall_s']:.1f} s wall, "
            f"{fastest['cpu_s']:.1f} CPU-s, {fastest['records']} records"
        )
    if stages is None:
        return
    print(f"\nper core, on the first {args.stage_docs} documents (docs per CPU-second)")
    print(f"{'whole pipeline (threads=1)':<34} {args.docs / one['cpu_s']:>8.1f}")
    print(f"{'whole pipeline (threads=auto)':<34} {args.docs / auto['cpu_s']:>8.1f}")
    for mode, rate in stages.items():
        print(f"{mode:<34} {rate:>8.1f}")
    print(f"{'datatrove FineWeb-2 chain (quoted)':<34} {DATATROVE_DOCS_PER_CPU_S:>8.1f}")


if __name__ == "__main__":
    main()
