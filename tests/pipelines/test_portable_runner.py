"""The portable path that Flink and Dataflow use, run for real: Beam's own job service and an
external SDK worker pool, each in its own process, the workers in a fresh virtualenv that has
the project only as the wheel Beam's stager would ship (``make wheel``) and a working directory
that is not the checkout. With every content stage on, near-dup against an earlier release and a
takedown log, the release must be the in-process release: shards and signatures byte for byte,
provenance row for row (its ``run`` names another run and runner, nothing else may differ)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.commands.main import main
from curate.sample.generate import generate_corpus
from lineage.keys import make_selector
from lineage.takedown import append_takedown
from tests.conftest import REPO, curate_into


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("localhost", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"service exited ({process.returncode}): {log.read_text()[-2000:]}")
        with socket.socket() as sock:
            if sock.connect_ex(("localhost", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on {port} after {timeout}s: {log.read_text()[-2000:]}")


@contextmanager
def service(python: str, args: list[str], port: int, cwd: Path, log: Path) -> Iterator[None]:
    """A Beam service in its own process group, stopped with everything it started, whatever
    the test does."""
    env = {**os.environ, "PATH": f"{Path(python).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [python, "-m", *args],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, process, log)
        yield
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
                process.wait(timeout=10)
                break
            except ProcessLookupError:
                break
            except subprocess.TimeoutExpired:
                continue


@pytest.fixture(scope="module")
def worker_python(tmp_path_factory) -> str:
    """A fresh virtualenv holding the project's wheel and nothing of the checkout; its
    third-party packages are this environment's (the test machine has no index to install
    from), reached through a path entry that does not process this venv's editable install."""
    root = tmp_path_factory.mktemp("worker-venv")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(root / "dist"),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next((root / "dist").glob("korean_curate-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / "venv")], check=True)
    python = str(root / "venv" / "bin" / "python")
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return python


def test_the_worker_venv_imports_the_wheel_not_the_checkout(worker_python, tmp_path):
    found = subprocess.run(
        [
            worker_python,
            "-c",
            "import os, curate, filters; "
            "print(os.path.join(os.path.dirname(filters.__file__), 'models', 'lid.176.ftz'), "
            "curate.__file__)",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin"},
    ).stdout.split()
    assert len(found) == 2 and Path(found[0]).is_file()
    assert all("worker-venv" in path and str(REPO) not in path for path in found)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    """The sample corpus, an earlier release of its web part, and a takedown log."""
    root = tmp_path_factory.mktemp("portable")
    generate_corpus(root / "corpus", seed=0)
    earlier = curate_into(
        [str(root / "corpus" / "web" / "*")],
        root / "earlier",
        version="v0",
        overrides=["quality.enabled=true"],
    )
    log = root / "takedowns.jsonl"
    append_takedown(
        log,
        make_selector("domain", "blog.example.co.kr"),
        reason="ticket 9",
        requester="rights holder",
    )
    return {"root": root, "earlier": Path(earlier.release), "log": log}


def curate_args(corpus: dict[str, Path], output: Path) -> list[str]:
    """Every content stage on (the defaults), near-dup against v0, the takedown log."""
    return [
        "run",
        "--input",
        str(corpus["root"] / "corpus" / "**"),
        "--output",
        str(output),
        "--version",
        "v1",
        "--set",
        f"near_dedup.against=['{corpus['earlier']}']",
        "--set",
        f"takedown.log={corpus['log']}",
    ]


def test_portable_runner_with_external_workers_gives_the_in_process_release(
    corpus, worker_python, tmp_path, capsys
):
    assert main(curate_args(corpus, tmp_path / "local")) == 0
    local_out = capsys.readouterr().out
    job_port, worker_port = free_port(), free_port()
    elsewhere = tmp_path / "workers"
    elsewhere.mkdir()
    job = ["apache_beam.runners.portability.local_job_service_main", "--port", str(job_port)]
    pool = ["apache_beam.runners.worker.worker_pool_main", "--service_port", str(worker_port)]
    with (
        service(sys.executable, job, job_port, elsewhere, tmp_path / "job.log"),
        service(worker_python, pool, worker_port, elsewhere, tmp_path / "workers.log"),
    ):
        code = main(
            [
                *curate_args(corpus, tmp_path / "portable"),
                "--allow-local-paths",
                "--runner=PortableRunner",
                f"--job_endpoint=localhost:{job_port}",
                "--environment_type=EXTERNAL",
                f"--environment_config=localhost:{worker_port}",
            ]
        )
    portable_out = capsys.readouterr().out
    assert code == 0

    local, portable = tmp_path / "local" / "v1", tmp_path / "portable" / "v1"
    manifests = [json.loads((r / "manifest.json").read_text()) for r in (local, portable)]
    assert [m["runner"] for m in manifests] == ["FnApiRunner", "PortableRunner"]
    for kind in ("shards", "minhash"):
        entries = [m[kind] if kind == "shards" else m[kind]["files"] for m in manifests]
        assert entries[0] == entries[1] and entries[0]
        for entry in entries[0]:
            assert (local / entry["path"]).read_bytes() == (portable / entry["path"]).read_bytes()
    rows = [
        pq.read_table(r / "provenance").drop_columns(["run"]).to_pylist() for r in (local, portable)
    ]
    assert rows[0] == rows[1]
    assert manifests[0]["counts"] == manifests[1]["counts"]
    assert manifests[0]["takedowns"] == manifests[1]["takedowns"]
    reasons = {r["reason"] for r in rows[0] if r["reason"]}
    assert any(r.startswith("takedown: TD-") for r in reasons)
    assert "near_duplicate_of_release" in reasons
    counters = [line for line in portable_out.splitlines() if line.startswith("runner counters")]
    assert counters == [
        line for line in local_out.splitlines() if line.startswith("runner counters")
    ]
    assert counters[0].endswith("(agree with the release)")
