"""MinHash signature throughput on one core: datasketch against filters.minhash.

Documents are synthetic Korean: words built from common Hangul syllables, drawn with a Zipf
law, with particles, sentence endings and punctuation, so that n-gram statistics (and with
them duplicate and byte-length mixes) resemble prose rather than uniform noise. Both sides
start from the same Python strings; datasketch's time includes building its n-gram bytes.

Every method runs in the same allocator state: glibc serves multi-megabyte arrays (each
datasketch document allocates several) with mmap until a large mmapped block is freed, and
a process in that first state ran datasketch 1.5× (SHA-1) to 2.3× (xxh32) slower. The
methods run in turn, --repeat rounds, and each keeps its fastest run.

    python benchmarks/bench_minhash_signatures.py [--docs 10000] [--chars 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from filters.minhash import _settle_allocator, signatures  # noqa: E402

SYLLABLES = "".join(
    dict.fromkeys(
        "이다는의에하고가을를지한서로기사도리시자대어있정수아나인게여해전일제주부비상국보경스"
        "라들동과적성것우구요연문만없면장소원실위중내오거공관화그우미방신유치거러러진회개분생"
        "터학모저니마간계선물조세까음발데두통법우말때야권단결당현무세운식업체은민명산양교차"
        "용반행감심감안설영최외평남북강작청금년월날시간사람나라말씀생각경제사회문화역사"
    )
)
PARTICLES = (
    "",
    "",
    "",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "로",
    "으로",
    "와",
    "과",
    "도",
    "만",
    "까지",
    "부터",
    "에게",
    "처럼",
)
ENDINGS = ("다.", "습니다.", "었다.", "한다.", "이다.", "였다.", "까?", "요.", "니다.", "죠.")


def vocabulary(rng: np.random.Generator, size: int = 20_000) -> list[str]:
    """Words of 1-4 syllables, syllables themselves Zipf-weighted like real text."""
    weights = 1.0 / np.arange(1, len(SYLLABLES) + 1) ** 0.9
    lengths = rng.choice([1, 2, 3, 4], size=size, p=[0.15, 0.5, 0.25, 0.1])
    picks = rng.choice(len(SYLLABLES), size=int(lengths.sum()), p=weights / weights.sum())
    ends = np.cumsum(lengths)
    return [
        "".join(SYLLABLES[i] for i in picks[end - n : end])
        for end, n in zip(ends, lengths, strict=True)
    ]


def korean_documents(count: int, chars: int, seed: int = 0) -> list[str]:
    """`count` documents of about `chars` characters each, deterministic for a seed."""
    rng = np.random.default_rng(seed)
    words = vocabulary(rng)
    word_weights = 1.0 / np.arange(1, len(words) + 1) ** 1.05
    word_weights /= word_weights.sum()
    per_doc = chars // 3 + 8
    docs = []
    for _ in range(count):
        picks = rng.choice(len(words), size=per_doc, p=word_weights)
        particles = rng.integers(0, len(PARTICLES), size=per_doc)
        ends = rng.random(per_doc) < 0.1
        endings = rng.integers(0, len(ENDINGS), size=per_doc)
        tokens = [
            words[w] + (ENDINGS[e] if end else PARTICLES[p])
            for w, p, end, e in zip(picks, particles, ends, endings, strict=True)
        ]
        docs.append(" ".join(tokens)[:chars])
    return docs


def ngram_bytes(text: str, ngram: int) -> list[bytes]:
    if len(text) < ngram:
        return [text.encode("utf-8")] if text else []
    return [text[i : i + ngram].encode("utf-8") for i in range(len(text) - ngram + 1)]


def datasketch_signatures(
    texts: list[str], num_perm: int, ngram: int, hashfunc: Callable | None
) -> np.ndarray:
    from datasketch import MinHash

    kwargs = {"hashfunc": hashfunc} if hashfunc else {}
    sketches = MinHash.bulk([ngram_bytes(t, ngram) for t in texts], num_perm=num_perm, **kwargs)
    return np.array([m.hashvalues for m in sketches], dtype=np.uint32)


def timed_in_turn(
    runs: dict[str, tuple[Callable[[list[str]], np.ndarray], list[str]]], repeat: int
) -> dict[str, tuple[np.ndarray, float, float]]:
    """Result, CPU seconds and wall seconds of each named compute(docs). Each is warmed up
    on a few documents; then all run in turn, `repeat` rounds, and each keeps its run with
    the fewest CPU seconds, so that a slow spell of a shared machine hits every method
    alike instead of whichever happened to be running. Everything timed is single-threaded,
    so CPU seconds are core-seconds."""
    for compute, docs in runs.values():
        compute(docs[:8])
    best = {name: (np.empty(0), float("inf"), float("inf")) for name in runs}
    for _ in range(repeat):
        for name, (compute, docs) in runs.items():
            cpu, wall = time.process_time(), time.perf_counter()
            result = compute(docs)
            run = (result, time.process_time() - cpu, time.perf_counter() - wall)
            best[name] = min(best[name], run, key=lambda r: r[1])
    return best


def corpus_parser(description: str) -> argparse.ArgumentParser:
    """The corpus and signature flags both benchmark scripts share."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=2_000)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--ngram", type=int, default=5)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(__doc__.split("\n")[0])
    parser.add_argument(
        "--datasketch-docs",
        type=int,
        default=300,
        help="documents timed with datasketch (a prefix of --docs)",
    )
    parser.add_argument(
        "--sha1-docs",
        type=int,
        default=1_000,
        help="documents timed with our sha1 path (a prefix of --docs)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="rounds; each method keeps its best")
    args = parser.parse_args(argv)
    _settle_allocator()

    import xxhash

    docs = korean_documents(args.docs, args.chars)
    n_ds, n_sha = min(args.datasketch_docs, args.docs), min(args.sha1_docs, args.docs)
    ours = dict(num_perm=args.num_perm, ngram=args.ngram, backend="numpy")
    runs: list[tuple[str, int, Callable[[list[str]], np.ndarray]]] = [
        (
            "datasketch bulk, sha1 (default)",
            n_ds,
            lambda d: datasketch_signatures(d, args.num_perm, args.ngram, None),
        ),
        (
            "datasketch bulk, xxh32",
            n_ds,
            lambda d: datasketch_signatures(d, args.num_perm, args.ngram, xxhash.xxh32_intdigest),
        ),
        ("filters.minhash numpy, sha1", n_sha, lambda d: signatures(d, hash="sha1", **ours)),
        ("filters.minhash numpy, xxh32", args.docs, lambda d: signatures(d, hash="xxh32", **ours)),
    ]
    timings = timed_in_turn({name: (compute, docs[:n]) for name, n, compute in runs}, args.repeat)
    results = {name: (n, *timings[name]) for name, n, _ in runs}
    names = list(results)
    rate = {name: n / cpu for name, (n, _, cpu, _) in results.items()}
    ds_sha1, ds_xxh, our_sha1, our_xxh = names
    checks = {
        "sha1": np.array_equal(results[ds_sha1][1], results[our_sha1][1][:n_ds]),
        "xxh32": np.array_equal(results[ds_xxh][1], results[our_xxh][1][:n_ds]),
    }
    mean_chars = sum(map(len, docs)) / len(docs)
    print(
        f"{args.docs} docs of {mean_chars:.0f} chars (Hangul prose), num_perm={args.num_perm}, "
        f"ngram={args.ngram}, numpy {np.__version__}, one thread"
    )
    print(
        f"datasketch timed on the first {n_ds} docs, our sha1 path on the first {n_sha}; "
        f"rates are documents per CPU-second, best of {args.repeat} rounds run in turn\n"
    )
    print("| method | docs | CPU s | wall s | docs/s | × datasketch sha1 | × datasketch xxh32 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in names:
        n, _, cpu, wall = results[name]
        print(
            f"| {name} | {n} | {cpu:.2f} | {wall:.2f} | {rate[name]:,.0f} | "
            f"{rate[name] / rate[ds_sha1]:.1f} | {rate[name] / rate[ds_xxh]:.1f} |"
        )
    print(
        f"\nbit-identical to datasketch on {n_ds} docs: "
        + ", ".join(f"{k} {'yes' if ok else 'NO'}" for k, ok in checks.items())
    )
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
