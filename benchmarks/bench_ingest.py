"""Ingest + normalize throughput on the sample corpus scaled up, per core.

Times the readers and the normalization stage exactly as the pipeline calls them, in one
process (one core), per input format and for all files together, then the whole pipeline on
Beam's embedded runner for context. WARC is dominated by trafilatura's HTML extraction.

    .venv/bin/python benchmarks/bench_ingest.py [--scale 20] [--repeat 3] [--no-beam]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curate.config import load_settings  # noqa: E402
from curate.readers import FileContext, read_records  # noqa: E402
from curate.sample.generate import generate_corpus  # noqa: E402
from curate.settings import Settings  # noqa: E402
from pipelines.normalize import normalize_record  # noqa: E402


def format_of(path: Path) -> str:
    name = path.name.lower()
    for fmt in ("warc", "parquet", "jsonl", "txt"):
        if f".{fmt}" in name:
            return fmt
    return "other"


def ingest_and_normalize(files: list[Path], root: Path, settings: Settings) -> tuple[int, int]:
    """(records, bytes of text that reached normalization)."""
    records = text_bytes = 0
    for path in files:
        ctx = FileContext(
            uri=str(path), relpath=str(path.relative_to(root)), settings=settings.ingest
        )
        for record in read_records(io.BytesIO(path.read_bytes()), ctx):
            records += 1
            if record["status"] is None:
                text_bytes += len(record["text"].encode("utf-8"))
                normalize_record(record, settings.normalize)
    return records, text_bytes


def measure(files: list[Path], root: Path, settings: Settings, repeat: int) -> dict:
    file_bytes = sum(p.stat().st_size for p in files)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        records, text_bytes = ingest_and_normalize(files, root, settings)
        best = min(best, time.perf_counter() - start)
    return {
        "files": len(files),
        "records": records,
        "file_mb": round(file_bytes / 1e6, 2),
        "seconds": round(best, 3),
        "docs_per_s": round(records / best),
        "file_mb_per_s": round(file_bytes / 1e6 / best, 2),
        "text_mb_per_s": round(text_bytes / 1e6 / best, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-beam", action="store_true")
    args = parser.parse_args()
    settings = load_settings(None, ["ingest.dataset=bench"])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        generate_corpus(root, seed=0, scale=args.scale)
        files = sorted(p for p in root.rglob("*") if p.is_file())
        by_format: dict[str, list[Path]] = {}
        for path in files:
            by_format.setdefault(format_of(path), []).append(path)
        rows = {}
        for fmt, group in [("all", files), *sorted(by_format.items())]:
            rows[fmt] = measure(group, root, settings, args.repeat)
        result = {"scale": args.scale, "per_core": rows}
        if not args.no_beam:
            from pipelines.curation import run_curation

            start = time.perf_counter()
            run_curation(
                inputs=[str(root / "**")],
                output=str(Path(tmp) / "out"),
                version_name="bench",
                settings=settings,
            )
            result["beam_embedded_pipeline_seconds"] = round(time.perf_counter() - start, 2)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
