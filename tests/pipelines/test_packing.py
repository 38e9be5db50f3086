"""Records cross the record-carrying shuffles packed: unpacking gives back every field with
its type, and the packed form is smaller than what the shuffle held before; while a run
spills, the shuffles hold claim tickets and the packed bytes wait on disk."""

import contextlib
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.coders import FastPrimitivesCoder

from curate.records import decision, make_source, new_record, with_decisions
from filters.analysis import analyze
from pipelines.curation import run_curation
from pipelines.packing import SpillError, pack, spill_folder, spilling, unpack
from tests.conftest import jsonl_line, real_texts, settings


def record() -> dict:
    text = real_texts(1)[0]
    base = new_record(
        "d-1", make_source("/in/a.jsonl", "line:7", "web", url="https://x.kr/1"), text
    )
    out = with_decisions(
        base,
        [decision("normalize", "min_chars", len(text), 1, True)],
        text_sha1="ab" * 20,
        dedup={"exact_group": "cd" * 20, "exact_group_size": 1, "duplicate_of": None},
        edits=[{"stage": "quality", "rule": "boilerplate_line", "line": 3, "chars": 12}],
        minhash=bytes(range(256)) * 2,
        quality_score=0.75,
        span=(1, 2),
    )
    out["analysis"] = analyze([text])[0].to_record(text)
    return out


def test_unpack_gives_back_every_field_and_type():
    original = record()
    back = unpack(pack(original))
    assert back == original
    assert type(back["span"]) is tuple and type(back["decisions"]) is list
    assert type(back["minhash"]) is bytes and back["dedup"]["duplicate_of"] is None


def test_packed_record_is_smaller_than_the_encoded_and_the_live_one():
    original = record()
    packed = pack(original)
    assert len(packed) < len(FastPrimitivesCoder().encode(original))
    assert len(packed) < live_size(original) / 2  # what the embedded runner held per record


def live_size(value) -> int:
    """Bytes of a value and everything it holds, as Python objects."""
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(live_size(k) + live_size(v) for k, v in value.items())
    elif isinstance(value, list | tuple):
        size += sum(live_size(v) for v in value)
    return size


@pytest.mark.parametrize("spill", [False, True])
def test_threads_pack_and_unpack_at_once(spill, tmp_path):
    original, errors = record(), []

    def work() -> None:
        try:
            for _ in range(50):
                assert unpack(pack(original)) == original
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(4)]
    with spilling(str(tmp_path)) if spill else contextlib.nullcontext():
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []


def test_a_spilled_value_is_a_short_ticket_for_bytes_on_disk(tmp_path, caplog):
    caplog.set_level("INFO", logger="pipelines.packing")
    originals = [record(), {"doc_id": "d-2", "text": "짧은 글"}, b"\x00raw", None]
    inline = [pack(value) for value in originals]
    with spilling(str(tmp_path), prefix=".spill-v1-") as folder:
        assert spill_folder() == folder and Path(folder).parent == tmp_path
        assert Path(folder).name.startswith(".spill-v1-")
        tickets = [pack(value) for value in originals]
        assert {len(ticket) for ticket in tickets} == {17}
        (spilled,) = Path(folder).iterdir()
        assert spilled.stat().st_size == sum(map(len, inline))
        assert [unpack(ticket) for ticket in reversed(tickets)] == originals[::-1]
        assert unpack(tickets[0]) == originals[0]  # redeemed as often as it is read
    assert spill_folder() is None and not Path(folder).exists()
    assert pack(originals[0]) == inline[0]  # inline again
    held = sum(map(len, inline)) / 2**20
    assert f"spill: {folder} held {held:.1f} MB; removed" in caplog.text


def test_the_spill_folder_goes_also_after_an_error_and_its_tickets_with_it(tmp_path):
    with pytest.raises(KeyError), spilling(str(tmp_path)) as folder:
        ticket = pack(record())
        raise KeyError("stage failed")
    assert not Path(folder).exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(SpillError, match="after its run's spill was removed"):
        unpack(ticket)


def test_one_spill_at_a_time(tmp_path):
    with spilling(str(tmp_path)) as folder:
        with pytest.raises(SpillError, match=f"already spilling to {folder}"), spilling():
            pass
        assert spill_folder() == folder


def test_a_truncated_spill_file_is_an_error_naming_it(tmp_path):
    with spilling(str(tmp_path)) as folder:
        ticket = pack(record())
        (spilled,) = Path(folder).iterdir()
        os.truncate(spilled, 10)
        with pytest.raises(SpillError, match=f"{spilled} is shorter than a ticket"):
            unpack(ticket)


class _SeeSpill(beam.PTransform):
    """A site stage that notes where ``pack`` spills while the pipeline runs, and whether
    the folder holds a spill file by then (exact dedup has packed every record)."""

    def __init__(self, seen: Path):
        super().__init__()
        self._seen = str(seen)

    def expand(self, records):
        seen = self._seen

        def note(record):
            folder = spill_folder()
            files = sorted(os.listdir(folder)) if folder else []
            Path(seen).write_text(f"{folder}\n{' '.join(files)}")
            return record

        return records | beam.Map(note)


@pytest.mark.parametrize("spill", ["auto", "off"])
def test_a_run_spills_inside_its_output_and_removes_the_folder(spill, tmp_path):
    corpus = tmp_path / "in.jsonl"
    lines = [jsonl_line({"id": str(i), "text": text}) for i, text in enumerate(real_texts(3))]
    corpus.write_bytes(b"".join(lines))
    seen = tmp_path / "seen.txt"
    out = tmp_path / "out"
    result = run_curation(
        inputs=[str(corpus)],
        output=str(out),
        version_name="v1",
        settings=settings(f"runtime.spill={spill}", "pii.enabled=false", "quality.enabled=false"),
        extra_stages=[("SeeSpill", _SeeSpill(seen))],
    )
    assert result.manifest["counts"]["kept"] == 3
    folder, files = seen.read_text().split("\n")
    if spill == "off":
        assert (folder, files) == ("None", "")
    else:
        assert Path(folder).parent == out and Path(folder).name.startswith(".spill-v1-")
        assert files == f"{os.getpid()}.spill"
        assert not Path(folder).exists()
    assert sorted(p.name for p in out.iterdir()) == ["v1"]


# A run in a child process whose files may not exceed LIMIT bytes (SIGXFSZ ignored, so the
# kernel answers EFBIG): the spill file outgrows it long before any release file does.
FULL_DISK_CHILD = """
import resource, signal, sys
from curate.commands.main import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), resource.RLIM_INFINITY))
sys.exit(main(sys.argv[2:]))
"""


def test_a_spill_that_fills_the_disk_fails_the_run_naming_the_file(tmp_path):
    texts = real_texts(60)
    lines = [jsonl_line({"id": str(i), "text": text}) for i, text in enumerate(texts)]
    (tmp_path / "in.jsonl").write_bytes(b"".join(lines))
    out = tmp_path / "out"
    args = ["run", "--input", str(tmp_path / "in.jsonl"), "--output", str(out), "--version", "v1"]
    args += [a for s in ("quality.enabled=false", "pii.enabled=false") for a in ("--set", s)]
    limit = len(b"".join(lines)) // 2  # the spill holds each record packed three times or more
    result = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CHILD, str(limit), *args],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=300,
    )
    errors = [line for line in result.stderr.splitlines() if line.startswith("curate: error:")]
    assert result.returncode == 2, result.stderr[-2000:]
    assert len(errors) == 1
    assert re.fullmatch(
        rf"curate: error: cannot write {re.escape(str(out))}/\.spill-v1-[^/]+/\d+\.spill: "
        r"File too large; no release was made and the staging folder was removed",
        errors[0],
    )
    assert list(out.iterdir()) == []
