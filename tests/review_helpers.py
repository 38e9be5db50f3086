"""The review app as a reviewer meets it: ``curate review`` started as its own process on a
free port, and Debian's headless Chromium driven through its chromedriver.

Nothing here downloads a browser: the driver and the browser are the system's
(``apt-get install chromium chromium-driver``; ``.ci/run`` installs them), and Selenium
Manager is kept offline. Outside CI a missing browser skips the browser tests with the
command that installs it; in CI (``CI`` set) it fails them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
INSTALL = "apt-get install -y chromium chromium-driver"
TOKEN = "reviewer-token-for-tests-0123456789"


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            return f"{path} is not installed ({INSTALL})"
    return None


def require_browser() -> None:
    """Skip (outside CI) or fail (in CI) when Chromium or its driver is missing."""
    missing = browser_missing()
    if missing is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the browser tests: {missing}")
    pytest.skip(missing)


@contextmanager
def chromium(width: int = 1360, height: int = 1000) -> Iterator[object]:
    """A headless Chromium session (Selenium WebDriver) on the system's browser."""
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager: never fetch a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",  # CI containers run as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        f"--window-size={width},{height}",
        "--lang=en-US",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


class ReviewServer:
    """``curate review`` in a child process; ``url`` is where it said it listens."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        curate = Path(sys.executable).with_name("curate")
        command = [str(curate)] if curate.exists() else [sys.executable, "-m", "curate.commands"]
        # The request log goes to a file: a pipe nobody reads would block the server once full.
        self._log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [*command, "review", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self.url = self._wait_for_url()

    def _wait_for_url(self, timeout: float = 120.0) -> str:
        deadline = time.monotonic() + timeout
        assert self.process.stdout is not None
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            if " on http://" in line:
                return line.split(" on ", 1)[1].strip().rstrip("/")
        raise AssertionError(f"curate review did not start: {self.stop()}")

    def stop(self) -> str:
        """Stop the server; its stderr (the request log)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.communicate()
        self._log.seek(0)
        log = self._log.read()
        self._log.close()
        return log


def copy_release(release: Path, releases: Path) -> Path:
    """A copy of a release in a folder of its own: tests that add releases next to it leave
    the shared demo release alone."""
    target = releases / release.name
    shutil.copytree(release, target)
    return target
