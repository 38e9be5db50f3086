"""The near-dup stage end to end on Beam's embedded runner: wall time and peak RSS.

Writes N synthetic Korean documents (~2,000 characters, sentences drawn from the bundled
statutes and FAQ, 10% of them edited near-duplicate copies) as JSONL, then runs the
pipeline with only normalize, exact dedup and near dedup. Each size runs twice, with
and without near dedup, each in its own process, so that the stage's own cost in time and
peak RSS shows next to the rest of the pipeline:

    .venv/bin/python benchmarks/bench_near_dedup.py --docs 50000 100000 200000

The embedded runner keeps every shuffle (each GroupByKey's input) in memory, so the run's
peak RSS grows with the corpus whatever the stages do. The table therefore also gives the
corpus size and the stage's extra peak RSS per document (on − off, divided by the
documents): the near-dup stage shuffles each record once more (its final join by doc_id),
so an extra cost per document at or below the record's size, not rising with the corpus,
is the shuffle and nothing else.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curate.sample.texts import source_documents, split_sentences  # noqa: E402

DOC_CHARS = 2000


def sentence_pool() -> list[str]:
    return [
        s for d in source_documents() for p in d.body for s in split_sentences(p) if len(s) > 20
    ]


def documents(docs: int, seed: int = 0) -> Iterator[str]:
    """The corpus's texts, one at a time (memory does not grow with ``docs``)."""
    rng = random.Random(seed)
    pool = sentence_pool()
    previous: list[str] = []
    for _ in range(docs):
        if previous and rng.random() < 0.1:
            words = rng.choice(previous).split(" ")
            for slot in rng.sample(range(len(words)), 3):
                words[slot] = rng.choice(pool).split(" ")[0]
            yield " ".join(words)
            continue
        parts, size = [], 0
        while size < DOC_CHARS:
            sentence = rng.choice(pool)
            parts.append(sentence)
            size += len(sentence) + 1
        text = " ".join(parts)
        previous = (previous + [text])[-1000:]
        yield text


def make_corpus(path: Path, docs: int, seed: int = 0) -> None:
    path.mkdir(parents=True, exist_ok=True)
    with open(path / "docs.jsonl", "w", encoding="utf-8") as out:
        for index, text in enumerate(documents(docs, seed)):
            out.write(json.dumps({"id": str(index), "text": text}, ensure_ascii=False) + "\n")


def spine_overrides() -> list[str]:
    """``--set`` overrides turning off every stage that has an ``enabled`` switch except near
    dedup: ingest → normalize → exact dedup → near dedup → write."""
    import dataclasses

    from curate.config import load_settings

    defaults = load_settings()
    return [
        f"{field.name}.enabled=false"
        for field in dataclasses.fields(defaults)
        if hasattr(getattr(defaults, field.name), "enabled") and field.name != "near_dedup"
    ]


def run_once(corpus: Path, out: Path, near_dedup: bool) -> dict:
    """Runs in a child process so that peak RSS is this run's alone."""
    from curate.config import load_settings
    from pipelines.curation import run_curation

    overrides = [*spine_overrides(), f"near_dedup.enabled={str(near_dedup).lower()}"]
    settings = load_settings(None, overrides)
    start = time.perf_counter()
    result = run_curation(
        inputs=[str(corpus / "*.jsonl")], output=str(out), version_name="bench", settings=settings
    )
    return {
        "seconds": round(time.perf_counter() - start, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "counts": result.manifest["counts"],
        "near_dropped": result.stats["by_stage_reason"].get("dropped:near_dedup", {}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[20000])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, out, near = args.child
        print(json.dumps(run_once(Path(corpus), Path(out), near == "on")))
        return
    rows = []
    for docs in args.docs:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus"
            make_corpus(corpus, docs)
            corpus_mb = round((corpus / "docs.jsonl").stat().st_size / 2**20)
            row = {"docs": docs, "corpus_mb": corpus_mb}
            for near in ("on", "off"):
                child = subprocess.run(
                    [sys.executable, __file__, "--child", str(corpus), f"{tmp}/out-{near}", near],
                    capture_output=True,
                    text=True,
                )
                if child.returncode:
                    sys.exit(f"child run failed:\n{child.stderr[-3000:]}")
                row[near] = json.loads(child.stdout.strip().splitlines()[-1])
            rows.append(row)
            print(json.dumps(row), flush=True)
    print("\nembedded runner, in-process; each cell: near-dup on / off")
    print("| docs | corpus MB | wall s | peak RSS MB | extra KB/doc | near-dups dropped |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        on, off = row["on"], row["off"]
        dropped = sum(on["near_dropped"].values())
        extra_kb = (on["peak_rss_mb"] - off["peak_rss_mb"]) * 1024 / row["docs"]
        print(
            f"| {row['docs']} | {row['corpus_mb']} | {on['seconds']} / {off['seconds']} | "
            f"{on['peak_rss_mb']} / {off['peak_rss_mb']} | {extra_kb:.1f} | {dropped} |"
        )


if __name__ == "__main__":
    main()
