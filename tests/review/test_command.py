"""``curate review`` as a command: one-line errors before anything is served, the token
never on the command line or in the output, and a server a plain HTTP client can use."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.lineage_helpers import curate
from tests.review_helpers import TOKEN, ReviewServer


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--index", "x.duckdb", "--release", "DEMO"], "give --index or --release, not both"),
        ([], "say where to look: --release DIR (repeatable) or --index FILE"),
        (["--release", "/nonexistent/releases"], "no such release: /nonexistent/releases"),
        (["--release", "DEMO", "--host", "0.0.0.0"], "--host 0.0.0.0 exposes the app beyond"),
        (["--release", "DEMO", "--token-file", "/nonexistent/token"], "cannot read the token"),
        (["--release", "DEMO", "--log", "/nonexistent/d/td.jsonl"], "log folder does not exist"),
    ],
)
def test_bad_start_is_one_line(demo, capsys, args, message):
    args = [str(demo.release) if a == "DEMO" else a for a in args]
    code, out, err = curate(["review", *args], capsys)
    assert code == 2
    assert err.startswith("curate: error: ") and message in err
    assert len(err.strip().splitlines()) == 1 and out == ""


def test_a_short_token_is_refused(demo, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CURATE_REVIEW_TOKEN", "short")
    code, _, err = curate(["review", "--release", str(demo.release)], capsys)
    assert code == 2 and "a reviewer token needs at least 16 characters" in err
    assert "short" not in err.replace("CURATE_REVIEW_TOKEN", "")


def test_server_answers_and_keeps_the_token_out_of_sight(demo, tmp_path):
    server = ReviewServer(["--release", str(demo.release)], env={"CURATE_REVIEW_TOKEN": TOKEN})
    try:
        command_line = Path(f"/proc/{server.process.pid}/cmdline").read_bytes()
        assert TOKEN.encode() not in command_line
        url = f"{server.url}/search?kind=domain&q=debian.example"
        with pytest.raises(urllib.error.HTTPError) as refused:
            # urllib follows the redirect to the sign-in page, which a tool cannot fill in
            opener = urllib.request.build_opener(NoRedirect())
            opener.open(url, timeout=30)
        assert refused.value.code == 302 and "/login" in refused.value.headers["Location"]
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {TOKEN}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            body = response.read().decode()
        assert "record(s) for domain &#39;debian.example&#39;" in body
    finally:
        log = server.stop()
    assert TOKEN not in log and "debian.example" not in log


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
