"""``curate lineage find --text``'s shard scan against the plain one, side by side.

The plain scan normalizes every shard text (NFC, lowercase, no whitespace) and looks for
the snippet's key in it; ours skips NFC (shard texts are NFC already) and first asks DuckDB
for the snippet's Hangul syllables and digits with plain ``contains``, so only the few
texts holding all of them get normalized. Both must return the same documents:

    .venv/bin/python benchmarks/bench_find_text.py --docs 50000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_near_dedup import sentence_pool  # noqa: E402

from lineage.keys import search_key  # noqa: E402
from lineage.queries import text_scan  # noqa: E402

PLAIN_SQL = "regexp_replace(lower(nfc_normalize(text)), '\\s+', '', 'g')"


def write_shards(folder: Path, docs: int, per_file: int = 50_000, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    pool = sentence_pool()
    paths = []
    for first in range(0, docs, per_file):
        count = min(per_file, docs - first)
        texts = [" ".join(rng.choice(pool) for _ in range(25)) for _ in range(count)]
        ids = [f"doc-{first + i:08d}" for i in range(count)]
        path = folder / f"part-{len(paths):05d}.parquet"
        pq.write_table(pa.table({"doc_id": ids, "text": texts}), path, compression="zstd")
        paths.append(str(path))
    return paths


def scan(con: duckdb.DuckDBPyConnection, files: list[str], key: str, ours: bool) -> set[str]:
    """Ours is the query the CLI runs (lineage.queries.text_scan)."""
    if ours:
        sql, params = text_scan(files, key)
    else:
        sql = f"SELECT doc_id FROM read_parquet({files!r}) WHERE contains({PLAIN_SQL}, ?)"
        params = [key]
    return {row[0] for row in con.execute(sql, params).fetchall()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(1)
    pool = sentence_pool()
    snippets = [
        " ".join(rng.choice(pool).split(" ")[:4]),
        rng.choice([s for s in pool if any("가" <= c <= "힣" for c in s)])[:12],
        "제2조 제1항",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        files = write_shards(Path(tmp), args.docs)
        mb = sum(Path(f).stat().st_size for f in files) / 2**20
        print(f"{args.docs} documents, {len(files)} shard(s), {mb:.0f} MB zstd")
        con = duckdb.connect()
        print("| snippet | hits | plain s | ours s | ratio |")
        print("| --- | --- | --- | --- | --- |")
        for snippet in snippets:
            key = search_key(snippet)
            best = {True: float("inf"), False: float("inf")}
            found = {}
            for _ in range(args.repeat):
                for ours in (False, True):
                    start = time.perf_counter()
                    found[ours] = scan(con, files, key, ours)
                    best[ours] = min(best[ours], time.perf_counter() - start)
            if found[True] != found[False]:
                sys.exit(f"different documents for {snippet!r}")
            print(
                f"| {snippet} | {len(found[True])} | {best[False]:.2f} | {best[True]:.2f} | "
                f"{best[False] / best[True]:.1f}× |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
