"""Split reading on the portable path (what Flink and Dataflow run): Beam's job service and
an external SDK worker pool, two workers, one large file per format cut into parts (JSON
Lines; with ``--formats``, also CSV with quoted newlines and MediaWiki XML). Prints the
per-worker part counters (``parts_read_by_worker_pid_N``, and per format
``worker_pid_N_read_KIND_parts``) and checks that two workers read parts of each file and
that the release equals the in-process, unsplit one.

    python benchmarks/check_split_portable.py [--mib 8] [--split-kib 512] \
        [--formats jsonl,csv,xml] [--xml-mib 1]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyarrow.parquet as pq  # noqa: E402

from curate.sample import wiki  # noqa: E402
from curate.sample.texts import source_documents  # noqa: E402
from tests.conftest import DOC, curate_into  # noqa: E402
from tests.pipelines.test_portable_runner import free_port, service  # noqa: E402


def write_corpus(path: Path, mib: int) -> None:
    with path.open("wb") as out:
        i = 0
        while out.tell() < mib * 1024 * 1024:
            line = {"id": str(i), "text": f"{DOC} {i}번째 문서입니다. " * 3}
            out.write(json.dumps(line, ensure_ascii=False).encode() + b"\n")
            i += 1


def write_csv(path: Path, mib: int) -> None:
    """Rows whose text holds newlines, CRLF, commas and doubled quotes."""
    with path.open("w", encoding="utf-8", newline="") as out:
        rows = csv.writer(out)
        rows.writerow(["text", "id"])
        i = 0
        while out.tell() < mib * 1024 * 1024:
            rows.writerow([f'{DOC}\n{i}번째 "행",\r\n둘째 줄', str(i)])
            i += 1


def write_xml(path: Path, mib: int) -> None:
    """A kowiki-schema export: the bundled sample pages over and over, with their own ids."""
    pages = list(wiki.sample_pages(source_documents(), random.Random(3)))
    body = io.BytesIO()
    i = 0
    while body.tell() < mib * 1024 * 1024:
        page = pages[i % len(pages)]
        body.write(wiki.page_xml(replace(page, page_id=10**6 + i, rev_id=10**7 + i)))
        i += 1
    path.write_bytes(wiki.siteinfo_xml() + body.getvalue() + wiki.FOOTER)


WRITERS = {"jsonl": ("big.jsonl", write_corpus), "csv": ("big.csv", write_csv)}
WRITERS["xml"] = ("kowiki-big.xml", write_xml)


# Beam's local job service builds its FnApiRunner with one worker whatever the options say
# (Flink and Dataflow run many); this wrapper lets ``--direct_num_workers`` reach it, so the
# job asks the external pool for that many SDK workers. Nothing else is changed.
JOB_SERVICE = """
from apache_beam.options.pipeline_options import DirectOptions
from apache_beam.runners.portability import local_job_service_main
from apache_beam.runners.portability.fn_api_runner import fn_runner

_run = fn_runner.FnApiRunner.run_via_runner_api


def run_via_runner_api(self, proto, options):
    self._num_workers = int(options.view_as(DirectOptions).direct_num_workers or 1)
    return _run(self, proto, options)


fn_runner.FnApiRunner.run_via_runner_api = run_via_runner_api
local_job_service_main.run(__import__("sys").argv[1:])
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=8)
    parser.add_argument("--split-kib", type=int, default=512)
    parser.add_argument("--formats", default="jsonl", help="comma-separated: jsonl,csv,xml")
    parser.add_argument("--xml-mib", type=int, default=1, help="XML is slow to parse")
    args = parser.parse_args()
    formats = args.formats.split(",")
    root = Path(tempfile.mkdtemp(prefix="split-portable-"))
    (root / "in").mkdir()
    for kind in formats:
        name, write = WRITERS[kind]
        write(root / "in" / name, args.xml_mib if kind == "xml" else args.mib)
    split = f"ingest.split_bytes={args.split_kib * 1024}"
    whole = curate_into(
        [str(root / "in" / "*")], root / "whole", overrides=["ingest.split_bytes=0"]
    )
    job_port, worker_port = free_port(), free_port()
    (root / "cwd").mkdir()
    (root / "cwd" / "job_service_n_workers.py").write_text(JOB_SERVICE)
    job = ["job_service_n_workers", "--port", str(job_port)]
    pool = ["apache_beam.runners.worker.worker_pool_main", "--service_port", str(worker_port)]
    with (
        service(sys.executable, job, job_port, root / "cwd", root / "job.log"),
        service(sys.executable, pool, worker_port, root / "cwd", root / "pool.log"),
    ):
        portable = curate_into(
            [str(root / "in" / "*")],
            root / "portable",
            overrides=[split],
            allow_local_paths=True,
            beam_args=[
                "--runner=PortableRunner",
                f"--job_endpoint=localhost:{job_port}",
                "--environment_type=EXTERNAL",
                f"--environment_config=localhost:{worker_port}",
                "--direct_num_workers=2",
            ],
        )
    per_worker = {k: v for k, v in portable.counters.items() if "parts_read_by_worker" in k}
    for name, value in sorted(portable.counters.items()):
        if "parts_read_by_worker" in name or "_read_" in name and name.endswith("_parts"):
            print(f"{name}: {value}")
    by_kind = {
        kind: [k for k in portable.counters if k.endswith(f"_read_{kind}_parts")]
        for kind in formats
    }
    rows = [
        pq.read_table(Path(r.release) / "provenance").drop_columns(["run"]).to_pylist()
        for r in (whole, portable)
    ]
    shards = [
        json.loads((Path(r.release) / "manifest.json").read_text())["shards"]
        for r in (whole, portable)
    ]
    same = rows[0] == rows[1] and shards[0] == shards[1]
    spread = {kind: len(workers) for kind, workers in by_kind.items()}
    print(
        f"parts: {sum(per_worker.values())}, workers: {len(per_worker)}, workers per format: "
        f"{spread}, shards (sha256) and provenance identical to the unsplit in-process run: "
        f"{same}"
    )
    return 0 if same and min(spread.values()) >= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
