"""``curate run`` as the issue tried it: runs racing for one version, and writes the kernel
refuses. Exactly one racer exits 0 and its release is the one a pinned pull verifies; every
failed write ends with one ``curate: error:`` line naming the path and the kernel's error, no
traceback (unless ``--verbose``), no version and no staging folder.

The kernel failures are real: a child process whose files may not exceed a size
(``RLIMIT_FSIZE`` with SIGXFSZ ignored, so ``write`` fails with EFBIG), a version path whose
parent is a regular file (ENOTDIR), and, where this machine lets a test mount one in a private
mount namespace, a 300 KiB tmpfs (ENOSPC, the issue's full disk) and a read-only tmpfs
(EROFS). Tests run as root here, so a read-only folder does not stop a write; the
permission-denied test runs only as another user.
"""

import fnmatch
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.commands.main import main
from tests.conftest import REPO, SPINE_ONLY, jsonl_line, real_texts

CHILD_ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
SETTINGS = [a for s in [*SPINE_ONLY, "near_dedup.enabled=false"] for a in ("--set", s)]


def run_args(inputs: str, output: Path, *extra: str) -> list[str]:
    return ["run", "--input", inputs, "--output", str(output), "--version", "v1", *SETTINGS,
            *extra]  # fmt: skip


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("curate: error:")]


# --- racing runs ------------------------------------------------------------------------------

# A run of ``curate run`` (the function the command calls) with one extra stage that holds the
# pipeline until every racer got that far, so all of them passed the start-of-run checks (the
# version did not exist yet) before any commits: they meet at the commit.
RACER = """
import sys, time
from pathlib import Path
import apache_beam as beam
from curate.commands.run import curate

class Barrier(beam.DoFn):
    def __init__(self, folder, runs, me):
        self.folder, self.runs, self.me = folder, runs, me

    def setup(self):
        Path(self.folder, self.me).touch()
        deadline = time.monotonic() + 120
        while len(list(Path(self.folder).iterdir())) < self.runs and time.monotonic() < deadline:
            time.sleep(0.05)

    def process(self, element):
        yield element

folder, runs, me, inputs, output, *overrides = sys.argv[1:]
barrier = beam.ParDo(Barrier(folder, int(runs), me))
sys.exit(curate([inputs], output, "v1", None, overrides, [], False,
                extra_stages=[("Barrier", barrier)]))
"""


def test_racing_runs_of_one_version_exactly_one_wins(tmp_path, capsys):
    texts = real_texts(9)
    racers = 3
    for i in range(racers):
        (tmp_path / f"in{i}").mkdir()
        (tmp_path / f"in{i}" / "docs.jsonl").write_bytes(
            b"".join(jsonl_line({"text": t}) for t in texts[i * 3 : i * 3 + 3])
        )
    (tmp_path / "barrier").mkdir()
    out = tmp_path / "out"
    racer_args = [str(tmp_path / "barrier"), str(racers)]
    overrides = [*SPINE_ONLY, "near_dedup.enabled=false"]
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                RACER,
                *racer_args,
                str(i),
                str(tmp_path / f"in{i}" / "*"),
                str(out),
                *overrides,
            ],
            cwd=REPO,
            env=CHILD_ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(racers)
    ]
    results = [(child, *child.communicate(timeout=300)) for child in children]
    results = [(child.returncode, stdout, stderr) for child, stdout, stderr in results]
    winners = [i for i, (code, _, _) in enumerate(results) if code == 0]
    assert len(winners) == 1, [r[2][-2000:] for r in results]
    (won,) = winners
    release_id = next(
        line.split()[2] for line in results[won][1].splitlines() if line.startswith("release id:")
    )
    manifest_run = (out / "v1" / "manifest.json").read_text()
    for i, (code, _, stderr) in enumerate(results):
        if i == won:
            continue
        assert code == 2 and "Traceback" not in stderr
        (line,) = errors(stderr)
        assert line.startswith("curate: error: another run (") and " meanwhile; " in line
        run_id = line.split("(")[1].split(")")[0]
        assert f'"run_id": "{run_id}"' in manifest_run  # the winner, named
    assert sorted(p.name for p in out.iterdir()) == ["v1"]  # no staging, no lock left
    code = main(["pull", str(out), "--version", "v1", "--to", str(tmp_path / "pulled"),
                 "--expect-sha256", release_id])  # fmt: skip
    assert code == 0 and f"release id: {release_id}" in capsys.readouterr().out
    rows = pq.read_table(tmp_path / "pulled" / "v1" / "provenance").to_pylist()
    uris = {row["source"]["uri"] for row in rows}
    assert uris == {str(tmp_path / f"in{won}" / "docs.jsonl")}


# --- writes the kernel refuses ----------------------------------------------------------------


def big_corpus(folder: Path) -> str:
    """Documents of random Hangul syllables: ~300 KB once zstd has its way, so a data shard
    outgrows a small file-size limit or disk."""
    rng = random.Random(7)
    folder.mkdir()
    lines = [
        jsonl_line({"text": "".join(chr(rng.randrange(0xAC00, 0xD7A4)) for _ in range(3000))})
        for _ in range(60)
    ]
    (folder / "docs.jsonl").write_bytes(b"".join(lines))
    return str(folder / "*")


LIMITED = """
import resource, runpy, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv.pop(1)), resource.RLIM_INFINITY))
sys.argv[0] = "curate"
runpy.run_module("curate.commands.main", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize(
    "verbose, spill, folder", [(False, "auto", ".spill-v1-"), (True, "off", ".staging-v1-")]
)
def test_a_file_too_large_ends_in_one_line_and_leaves_nothing(tmp_path, verbose, spill, folder):
    """Spilled, the records' spill file outgrows the limit first; kept in memory, a release
    file does. Either way one line names it and nothing is left."""
    inputs = big_corpus(tmp_path / "in")
    out = tmp_path / "out"
    extra = ["--set", f"runtime.spill={spill}", *(["--verbose"] if verbose else [])]
    child = subprocess.run(
        [sys.executable, "-c", LIMITED, str(64 * 1024), *run_args(inputs, out, *extra)],
        cwd=REPO, env=CHILD_ENV, capture_output=True, text=True,
    )  # fmt: skip
    assert child.returncode == 2, child.stderr[-3000:]
    (line,) = errors(child.stderr)
    assert child.stderr.rstrip().endswith(line)
    assert line.startswith(f"curate: error: cannot write {out}/{folder}")
    assert line.endswith(": File too large; no release was made and the staging folder was removed")
    assert ("Traceback" in child.stderr) == verbose
    assert list(out.iterdir()) == []


def test_a_version_path_under_a_regular_file_fails_at_commit_and_is_kept(tmp_path, capsys):
    """The pipeline ran and the accounting held; moving the files in fails (ENOTDIR)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(jsonl_line({"text": real_texts(1)[0]}))
    out = tmp_path / "out"
    out.mkdir()
    (out / "v1").write_text("a file the user keeps")
    code = main(run_args(str(tmp_path / "in" / "*"), out))
    _, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    assert errors(err) == [
        f"curate: error: cannot write {out}/v1/data: Not a directory; no release was made and "
        "the staging folder was removed"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["v1"]
    assert (out / "v1").read_text() == "a file the user keeps"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_permission_denied(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(jsonl_line({"text": real_texts(1)[0]}))
    out = tmp_path / "out"
    out.mkdir(mode=0o555)
    code = main(run_args(str(tmp_path / "in" / "*"), out))
    (line,) = errors(capsys.readouterr().err)
    assert code == 2 and line.startswith(f"curate: error: cannot write to output {out}: ")
    assert line.endswith(": Permission denied") and list(out.iterdir()) == []


def _can_mount_tmpfs(folder: Path) -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "mount", "-t", "tmpfs", "-o", "size=4k",
         "tmpfs", str(folder)],
        capture_output=True,
    )  # fmt: skip
    return probe.returncode == 0


# Mount a tmpfs over the output in a private mount namespace, run, then record what the run
# left on it (the tmpfs vanishes with the namespace).
IN_TMPFS = """
mount -t tmpfs -o "$1" tmpfs "$2" || exit 9
out=$2; left=$3; shift 3
"$@"; code=$?
ls -A "$out" > "$left"
exit $code
"""


@pytest.mark.parametrize(
    "options, spill, expected",
    [
        ("size=300k", "auto", "cannot write {out}/.spill-v1-*/*.spill: No space left on device; "
         "no release was made and the staging folder was removed"),
        ("size=300k", "off", "cannot write {out}/.staging-v1-*: No space left on device; no "
         "release was made and the staging folder was removed"),
        ("ro,size=300k", "auto", "cannot write to output {out}: {out}/.curate-write-probe-*: "
         "Read-only file system"),
    ],
    ids=["disk-full-spilling", "disk-full", "read-only"],
)  # fmt: skip
def test_a_full_or_read_only_disk(tmp_path, options, spill, expected):
    out = tmp_path / "out"
    out.mkdir()
    if not _can_mount_tmpfs(out):
        pytest.skip("no private mount namespace here (needs unshare and CAP_SYS_ADMIN)")
    inputs = big_corpus(tmp_path / "in")
    left = tmp_path / "left.txt"
    child = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c", IN_TMPFS, "sh", options,
         str(out), str(left), sys.executable, "-m", "curate.commands.main",
         *run_args(inputs, out, "--set", f"runtime.spill={spill}")],
        cwd=REPO, env=CHILD_ENV, capture_output=True, text=True,
    )  # fmt: skip
    assert child.returncode == 2, child.stderr[-3000:]
    assert "Traceback" not in child.stderr
    (line,) = errors(child.stderr)
    assert fnmatch.fnmatchcase(line, "curate: error: " + expected.format(out=out)), line
    assert left.read_text() == ""  # no version, no staging folder, no lock on the tmpfs
