"""MB/s of ``curate pull``'s copy from each local object-store emulator to local disk, next to a
plain sequential copy.

    .venv/bin/python benchmarks/pull_throughput.py [--files 24] [--mib 2] [--threads 8]

For each emulator (tests/emulators.py: moto for S3, gcp-storage-emulator and fake-gcs-server
for GCS) it uploads ``--files`` random files of ``--mib`` MiB, then copies them to a fresh
local folder three ways: a plain sequential copy (Beam FileSystems read, local write, no
hashing), pull's copy with one thread, and pull's copy with ``--threads`` threads (both verify
each sha256 and go through a ``.partial`` name, as ``curate pull`` does). An emulator on the
same machine has no network latency, so the gain from threads here is a floor of what a real
link to a bucket gives: there each request waits out round trips that threads overlap.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from apache_beam.io.filesystem import CompressionTypes  # noqa: E402
from apache_beam.io.filesystems import FileSystems  # noqa: E402

from lineage import release_files, stores  # noqa: E402
from lineage.releases import copy_files  # noqa: E402
from tests.emulators import STARTERS, running  # noqa: E402


def _plain_copy(entries: list[dict], src: str, dst: Path) -> None:
    for entry in entries:
        target = dst / entry["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            FileSystems.open(
                f"{src}/{entry['path']}", compression_type=CompressionTypes.UNCOMPRESSED
            ) as reader,
            open(target, "wb") as writer,
        ):
            shutil.copyfileobj(reader, writer, 8 * 1024 * 1024)


def _timed(label: str, total: int, copy) -> str:
    start = time.perf_counter()
    copy()
    seconds = time.perf_counter() - start
    return f"  {label:<34} {total / seconds / 1e6:8.1f} MB/s  ({seconds:.2f} s)"


def bench(name: str, files: int, mib: int, threads: int, work: Path) -> list[str]:
    lines = [f"{name}: {files} files x {mib} MiB"]
    with running(name, work / name) as emulator:
        stores.configure(emulator.beam_args)
        src = f"{emulator.root}/bench"
        entries = []
        for index in range(files):
            data = os.urandom(mib * 1024 * 1024)
            path = f"data/part-{index:05d}.bin"
            release_files.write_bytes(f"{src}/{path}", data)
            entries.append({"path": path, "sha256": hashlib.sha256(data).hexdigest()})
        total = files * mib * 1024 * 1024
        runs = [
            ("plain sequential copy", lambda dst: _plain_copy(entries, src, dst)),
            (
                "pull, 1 thread (verified)",
                lambda dst: copy_files(entries, src, str(dst), 1, [], []),
            ),
            (
                f"pull, {threads} threads (verified)",
                lambda dst: copy_files(entries, src, str(dst), threads, [], []),
            ),
        ]
        for label, copy in runs:
            dst = work / f"{name}-dst"
            shutil.rmtree(dst, ignore_errors=True)
            lines.append(_timed(label, total, lambda copy=copy, dst=dst: copy(dst)))
            shutil.rmtree(dst, ignore_errors=True)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=24)
    parser.add_argument("--mib", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--emulator", action="append", choices=sorted(STARTERS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pull-bench-") as work:
        for name in args.emulator or sorted(STARTERS):
            print("\n".join(bench(name, args.files, args.mib, args.threads, Path(work))))


if __name__ == "__main__":
    main()
