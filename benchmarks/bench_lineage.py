"""Provenance index at scale: 1,000,000 synthetic provenance rows (the release schema, a
Zipf-shaped site distribution, duplicate groups and clusters), a persistent index, and the
time of ``find --domain``, ``find --url`` and ``explain`` — through the query functions and
through the CLI as a reviewer runs it (interpreter start-up included).

Usage: ``python benchmarks/bench_lineage.py [--rows 1000000] [--out /tmp/bench-lineage]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from curate.records import DECISION_TYPE, PROVENANCE_SCHEMA
from lineage.index import build_index, open_index
from lineage.keys import make_selector
from lineage.queries import explain, find

FILE_ROWS = 200_000
SITES = 20_000
TLDS = ("kr", "co.kr", "or.kr", "go.kr", "com", "net")
RULES = (
    ("normalize", "min_chars", 1.0),
    ("exact_dedup", "exact_duplicate", 1.0),
    ("near_dedup", "near_duplicate", 0.7),
    ("quality", "quality_score", 0.35),
)


def hexes(rng: np.random.Generator, n: int, chars: int) -> list[str]:
    raw = rng.bytes(n * chars // 2).hex()
    return [raw[i * chars : (i + 1) * chars] for i in range(n)]


def struct(fields: dict[str, pa.Array], mask: np.ndarray | None = None) -> pa.StructArray:
    return pa.StructArray.from_arrays(
        list(fields.values()), names=list(fields), mask=None if mask is None else pa.array(mask)
    )


def site_names(rng: np.random.Generator) -> list[str]:
    words = hexes(rng, SITES, 8)
    subs = ("news", "blog", "www", "m", "cafe", "")
    return [
        ".".join(p for p in (subs[i % len(subs)], f"site{w}", TLDS[i % len(TLDS)]) if p)
        for i, w in enumerate(words)
    ]


def provenance_chunk(rng: np.random.Generator, start: int, n: int, sites: list[str]) -> pa.Table:
    """``n`` rows: sites drawn Zipf(1.2), ~75% kept, 8% exact duplicates, 10% in near
    clusters, quality scores and PII counts on kept documents."""
    site = np.minimum(rng.zipf(1.2, n) - 1, SITES - 1)
    domains = [sites[s] for s in site]
    ids = [f"cc-{h}" for h in hexes(rng, n, 24)]
    urls = [f"https://{d}/article/{start + i}?ref={i % 7}" for i, d in enumerate(domains)]
    roll = rng.random(n)
    status = np.where(roll < 0.75, "kept", np.where(roll < 0.95, "dropped", "error"))
    stage_pool = np.array(["exact_dedup", "near_dedup", "quality", "normalize"])
    stage = np.where(status == "dropped", stage_pool[rng.integers(0, 4, n)], None)
    stage = np.where(status == "error", "ingest", stage)
    reason = [
        None if s is None else ("malformed_json: at byte 12" if s == "ingest" else f"{s}_rule")
        for s in stage
    ]
    sha1 = hexes(rng, n, 40)
    exact = rng.random(n) < 0.08
    group_size = np.where(exact, rng.integers(2, 6, n), 1)
    near = rng.random(n) < 0.10
    cluster = [ids[max(0, i - 1)] if near[i] else None for i in range(n)]
    kept = status == "kept"
    decisions_n = 4 * n
    decisions = pa.ListArray.from_arrays(
        pa.array(np.arange(0, decisions_n + 1, 4, dtype=np.int32)),
        struct(
            {
                "stage": pa.array([r[0] for r in RULES] * n),
                "rule": pa.array([r[1] for r in RULES] * n),
                "value": pa.array(rng.random(decisions_n) * 1000),
                "threshold": pa.array([r[2] for r in RULES] * n, pa.float64()),
                "passed": pa.array(rng.random(decisions_n) < 0.9),
            }
        ).cast(DECISION_TYPE),
    )
    pii_counts = pa.ListArray.from_arrays(
        pa.array(np.arange(0, 2 * n + 1, 2, dtype=np.int32)),
        struct(
            {"type": pa.array(["phone", "email"] * n), "count": pa.array(rng.integers(0, 3, 2 * n))}
        ),
    )
    empty_spans = pa.ListArray.from_arrays(
        pa.array(np.zeros(n + 1, dtype=np.int32)),
        pa.array([], PROVENANCE_SCHEMA.field("pii").type.field("spans").type.value_type),
    )
    shard_no = np.arange(start, start + n) // 50_000
    columns = {
        "doc_id": pa.array(ids),
        "content_sha256": pa.array(hexes(rng, n, 64)),
        "text_sha1": pa.array(sha1),
        "shard_text_sha1": pa.array(np.where(kept, sha1, None).tolist(), pa.string()),
        "source": struct(
            {
                "uri": pa.array(
                    [f"s3://crawl/CC-MAIN-2024-10/seg-{i % 900}.warc.gz" for i in range(n)]
                ),
                "locator": pa.array([f"warc-offset:{i * 4096}" for i in range(n)]),
                "record_id": pa.nulls(n, pa.string()),
                "dataset": pa.array(["cc-ko"] * n),
                "url": pa.array(urls),
                "domain": pa.array(domains),
                "crawl_date": pa.array(["2024-03-01"] * n),
                "license": pa.nulls(n, pa.string()),
                "encoding": pa.array(["utf-8"] * n),
            }
        ),
        "status": pa.array(status.tolist()),
        "stage": pa.array(stage.tolist(), pa.string()),
        "reason": pa.array(reason, pa.string()),
        "decisions": decisions,
        "edits": pa.nulls(n, PROVENANCE_SCHEMA.field("edits").type),
        "dedup": struct(
            {
                "exact_group": pa.array(sha1),
                "exact_group_size": pa.array(group_size),
                "near_cluster_id": pa.array(cluster, pa.string()),
                "near_cluster_size": pa.array(np.where(near, 2, 1)),
                "duplicate_of": pa.nulls(n, pa.string()),
            }
        ),
        "lang": pa.array(["ko"] * n),
        "lang_score": pa.array(rng.random(n)),
        "quality_score": pa.array(rng.random(n)),
        "char_count": pa.array(rng.integers(200, 20_000, n)),
        "token_count": pa.array(rng.integers(50, 6_000, n)),
        "pii": struct({"spans": empty_spans, "counts": pii_counts}, mask=~kept),
        "copyright": struct(
            {
                "license_decision": pa.array(["allowed"] * n),
                "notices_removed": pa.array(np.zeros(n, dtype=np.int64)),
                "optout_rule": pa.nulls(n, pa.string()),
            }
        ),
        "release": struct(
            {
                "version": pa.array(["bench"] * n),
                "shard": pa.array([f"data/part-{s:05d}-of-00015.parquet" for s in shard_no]),
                "row_index": pa.array(np.arange(start, start + n) % 50_000),
            },
            mask=~kept,
        ),
        "run": struct(
            {
                "run_id": pa.array(["0" * 32] * n),
                "code_version": pa.array(["bench"] * n),
                "config_sha256": pa.array(["0" * 64] * n),
                "runner": pa.array(["FnApiRunner"] * n),
                "started_at": pa.array(["2024-03-01T00:00:00+00:00"] * n),
            }
        ),
    }
    # A column added to the schema later (contamination…) is null here, as in an old release.
    return pa.Table.from_arrays(
        [
            columns[f.name].cast(f.type) if f.name in columns else pa.nulls(n, f.type)
            for f in PROVENANCE_SCHEMA
        ],
        schema=PROVENANCE_SCHEMA,
    )


def write_release(folder: Path, rows: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    sites = site_names(rng)
    (folder / "provenance").mkdir(parents=True)
    entries, sample = [], {}
    files = (rows + FILE_ROWS - 1) // FILE_ROWS
    for index in range(files):
        n = min(FILE_ROWS, rows - index * FILE_ROWS)
        table = provenance_chunk(rng, index * FILE_ROWS, n, sites).sort_by("doc_id")
        path = f"provenance/part-{index:05d}-of-{files:05d}.parquet"
        pq.write_table(table, folder / path, compression="zstd", row_group_size=10_000)
        data = (folder / path).read_bytes()
        entries.append(
            {
                "path": path,
                "sha256": hashlib.sha256(data).hexdigest(),
                "rows": n,
                "bytes": len(data),
                "token_count": 0,
            }
        )
        if index == 0:
            row = table.slice(n // 2, 1).to_pylist()[0]
            clustered = (
                table.filter(pc.is_valid(table["dedup"].combine_chunks().field("near_cluster_id")))
                .slice(0, 1)
                .to_pylist()[0]
            )
            counts = pc.value_counts(table["source"].combine_chunks().field("domain"))
            rare = next(c["values"] for c in counts.to_pylist() if 5 <= c["counts"] <= 20)
            sample = {
                "url": row["source"]["url"],
                "rare_domain": rare,
                "doc_id": clustered["doc_id"],
            }
    sample["top_domain"] = sites[0]
    manifest = {
        "version": "bench",
        "created_at": "2024-03-01T00:00:00+00:00",
        "counts": {"inputs": rows},
        "shards": [],
        "provenance": entries,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return sample


def timed(fn, repeat: int = 5) -> tuple[float, float]:
    """(first call, median of the next ``repeat``) in milliseconds."""
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(runs)


def cli_ms(args: list[str]) -> float:
    curate = Path(sys.executable).with_name("curate")
    start = time.perf_counter()
    subprocess.run([str(curate), *args], check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench-lineage"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    shutil.rmtree(args.out, ignore_errors=True)
    release = args.out / "releases" / "bench"
    start = time.perf_counter()
    sample = write_release(release, args.rows, args.seed)
    print(f"generated {args.rows:,} provenance rows in {time.perf_counter() - start:.1f} s")
    index_path = args.out / "provenance.duckdb"
    start = time.perf_counter()
    info = build_index([str(release)], str(index_path))
    print(
        f"built index in {time.perf_counter() - start:.1f} s: {info['bytes'] / 2**20:.1f} MiB "
        f"({info['rows']:,} rows); provenance Parquet "
        f"{sum(p.stat().st_size for p in release.rglob('*.parquet')) / 2**20:.1f} MiB"
    )
    queries = {
        f"find --domain {sample['top_domain']} (top site)": ("domain", sample["top_domain"]),
        f"find --domain {sample['rare_domain']}": ("domain", sample["rare_domain"]),
        "find --url": ("url", sample["url"]),
    }
    results = {}
    with open_index(str(index_path)) as index:
        for label, (kind, value) in queries.items():
            selector = make_selector(kind, value)
            found = find(index, selector)
            results[label] = (*timed(lambda s=selector: find(index, s)), found.total)
        trail = explain(index, sample["doc_id"])
        results["explain"] = (
            *timed(lambda: explain(index, sample["doc_id"])),
            len(trail["releases"]),
        )
    cli = {
        "find --domain (top site)": [
            "lineage",
            "find",
            "--index",
            str(index_path),
            "--domain",
            sample["top_domain"],
        ],
        "find --url": ["lineage", "find", "--index", str(index_path), "--url", sample["url"]],
        "explain": ["lineage", "explain", sample["doc_id"], "--index", str(index_path)],
    }
    print(f"\n{'query':<52} {'first ms':>9} {'median ms':>10} {'rows':>8}")
    for label, (first, median, rows) in results.items():
        print(f"{label:<52} {first:>9.1f} {median:>10.1f} {rows:>8,}")
    print(f"\n{'CLI, end to end (process start-up included)':<52} {'ms':>9}")
    for label, argv_ in cli.items():
        print(f"{label:<52} {statistics.median(cli_ms(argv_) for _ in range(3)):>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
