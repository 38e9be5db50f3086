"""Progress while a run goes: documents read, entering and settled per stage, the active
stage's rate and ETA; log lines when not on a terminal, one updating line on a terminal."""

import logging
import os
import re
import time

from curate.records import make_source, new_record
from pipelines import progress
from pipelines.progress import (
    ENTERED,
    READ,
    SETTLED,
    Progress,
    Tally,
    reporting,
    stage_spans,
)
from tests.conftest import curate_into


def count(stage: str, what: str, records: int, uri: str = "file:///a.jsonl") -> None:
    tally = Tally(stage, what, enabled=True)
    for i in range(records):
        list(tally.process(new_record(f"d{i}", make_source(uri, f"line:{i}", "t"), "x")))


def test_line_shows_counts_per_stage_rate_and_eta_of_the_active_stage():
    progress.reset()
    line = Progress(["Normalize", "Quality"], files=1)
    count(READ, ENTERED, 100)
    count("Normalize", ENTERED, 100)
    count("Normalize", SETTLED, 10)
    line.line()
    count("Quality", ENTERED, 30)
    text = line.line()
    assert "read 100 | Normalize 100 -10 | Quality 30" in text
    # 90 documents reach quality, 30 have: the ETA is the other 60 at the last interval's rate.
    assert "| Quality " in text and "/s, ETA Quality ~" in text


def test_a_stage_spans_from_its_first_document_in_to_its_last_in_or_settled():
    progress.reset()
    count(READ, ENTERED, 3)
    count("Normalize", ENTERED, 2)
    second_in = time.monotonic()
    time.sleep(0.05)
    count("Normalize", ENTERED, 1)
    time.sleep(0.05)
    count("Normalize", SETTLED, 1)
    settled = time.monotonic()
    time.sleep(0.05)
    count("Quality", ENTERED, 2)
    spans = stage_spans(["Normalize", "Quality", "NearDedup"])
    assert list(spans) == [READ, "Normalize", "Quality"]  # NearDedup saw nothing
    first, last = spans["Normalize"]
    assert first < second_in < second_in + 0.1 <= last < settled
    assert settled < spans["Quality"][0] <= spans["Quality"][1]
    assert stage_spans(["Quality"]).keys() == {READ, "Quality"}


def test_disabled_tallies_count_nothing():
    progress.reset()
    list(Tally(READ, ENTERED, enabled=False).process({"source": {"uri": "x"}}))
    assert progress.snapshot() == ({}, 0)


def test_a_run_logs_progress_lines_when_not_on_a_terminal(
    bad_corpus, tmp_path, caplog, monkeypatch
):
    monkeypatch.setattr(progress, "LOG_EVERY_S", 0.05)
    with caplog.at_level(logging.INFO, logger="pipelines.progress"):
        curate_into([str(bad_corpus / "*")], tmp_path)
    *lines, spans = [r.getMessage() for r in caplog.records if r.name == "pipelines.progress"]
    assert lines and all(line.startswith("progress [") for line in lines)
    assert any("read " in line and "Normalize " in line for line in lines)
    counts, _ = progress.snapshot()
    assert counts[(READ, ENTERED)] > 0 and counts[("kept", ENTERED)] > 0
    # Last, when the run is over: where each stage began and ended.
    assert re.fullmatch(r"stage spans \(seconds from the start\) read [\d.]+-[\d.]+s \| .*", spans)
    assert " | UrlPolicy " in spans and " | kept " in spans
    order = list(stage_spans())
    assert order[0] == READ and order[-1] == "kept" and "Normalize" in order


def test_on_a_terminal_the_line_is_rewritten_in_place(monkeypatch):
    monkeypatch.setattr(progress, "TTY_EVERY_S", 0.01)
    leader, follower = os.openpty()
    with os.fdopen(follower, "w") as terminal, reporting(["Normalize"], 1, terminal):
        count(READ, ENTERED, 5)
        count("Normalize", ENTERED, 5)
    written = os.read(leader, 65536).decode().replace("\r\n", "\n")  # the tty's own newline
    os.close(leader)
    assert "\r\x1b[2K[" in written and written.endswith("\n")
    assert "read 5 | Normalize 5" in written.rsplit("\r", 1)[-1]
