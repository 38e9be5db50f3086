"""The review app at scale: the search and document pages over the 1,000,000-row index of
``bench_lineage.py``, timed server-side (Flask's test client in this process: routing, the
lineage queries, template rendering; no network, no browser).

Usage: ``python benchmarks/bench_review.py [--rows 1000000] [--out /tmp/bench-review]``
(reuses ``OUT/provenance.duckdb`` when ``--reuse`` is given and it exists).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_lineage import write_release  # noqa: E402
from lineage.index import build_index  # noqa: E402
from review.app import ReviewSettings, create_app  # noqa: E402


def timed_get(client, url: str, repeat: int = 7) -> tuple[float, float, int]:
    """(first request, median of the next ``repeat``) in ms, and the response size."""
    start = time.perf_counter()
    response = client.get(url)
    first = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, response.status_code)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        runs.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(runs), len(response.data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench-review"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="keep an index built before")
    args = parser.parse_args(argv)
    index_path = args.out / "provenance.duckdb"
    sample_path = args.out / "sample.txt"
    if not (args.reuse and index_path.exists() and sample_path.exists()):
        shutil.rmtree(args.out, ignore_errors=True)
        release = args.out / "releases" / "bench"
        start = time.perf_counter()
        sample = write_release(release, args.rows, args.seed)
        build_index([str(release)], str(index_path))
        print(f"{args.rows:,} rows generated and indexed in {time.perf_counter() - start:.1f} s")
        sample_path.write_text("\n".join(f"{k}\t{v}" for k, v in sample.items()))
    sample = dict(line.split("\t", 1) for line in sample_path.read_text().splitlines())
    app = create_app(ReviewSettings(index=str(index_path)))
    client = app.test_client()
    pages = {
        "search --domain (top site), page 1": ("domain", sample["top_domain"], 1),
        "search --domain (top site), page 100": ("domain", sample["top_domain"], 100),
        "search --domain (rare site)": ("domain", sample["rare_domain"], 1),
        "search --url": ("url", sample["url"], 1),
        "search --doc-id": ("doc_id", sample["doc_id"], 1),
    }
    print(f"\n{'page (server-side)':<40} {'first ms':>9} {'median ms':>10} {'KiB':>6}")
    for label, (kind, value, number) in pages.items():
        url = "/search?" + urlencode({"kind": kind, "q": value, "page": number})
        first, median, size = timed_get(client, url)
        print(f"{label:<40} {first:>9.1f} {median:>10.1f} {size / 1024:>6.0f}")
    first, median, size = timed_get(client, f"/doc/{sample['doc_id']}")
    print(f"{'document page (near cluster)':<40} {first:>9.1f} {median:>10.1f} {size / 1024:>6.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
