"""HTML pages' main text from a pool of processes: the same records in the same order as
reading alone, and a page that kills its process or raises is that page's error only. (A
record read and not yet judged has no status.)"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

import pytest

from curate.readers import read_records
from curate.readers.base import ReaderUnavailable
from curate.readers.extraction import Extractor, Page, extract_main_text
from tests.readers_helpers import context, page, warc

CRASH, RAISE = "<!-- kill the process -->", "<!-- raise -->"


def crashing_extract(html: str, url: str | None) -> str:
    """trafilatura, except that a page carrying CRASH ends the process (as an out-of-memory
    kill or a crash in lxml would) and one carrying RAISE raises."""
    if CRASH in html:
        os._exit(3)
    if RAISE in html:
        raise ValueError("this page cannot be parsed")
    return extract_main_text(html, url)


def crawl(count: int, marks: dict[int, str] | None = None, gzip: bool = True) -> bytes:
    marks = marks or {}
    pages = []
    for i in range(count):
        body = page(f"기사 {i}")
        if i in marks:
            body = body.replace(b"</body>", marks[i].encode() + b"</body>")
        if i % 7 == 3:
            pages.append((f"https://news.example.kr/{i}.png", "image/png", b"\x89PNG\r\n"))
        else:
            pages.append((f"https://news.example.kr/{i}", "text/html; charset=utf-8", body))
    return warc(pages, gzip=gzip)


def read_crawl(data: bytes, extractor: Extractor | None, name: str = "crawl.warc.gz"):
    ctx = replace(context(name), extractor=extractor)
    try:
        records = list(read_records(io.BytesIO(data), ctx))
    finally:
        if extractor is not None:
            extractor.close()
    return records, ctx.report


@pytest.mark.parametrize("gzip", [True, False])
def test_a_pool_gives_the_records_of_reading_alone(gzip):
    data = crawl(40, gzip=gzip)
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    alone, alone_report = read_crawl(data, None, name)
    pooled, pooled_report = read_crawl(data, Extractor(2), name)
    assert pooled == alone
    assert pooled_report == alone_report
    kept = [r for r in alone if r["status"] is None]
    assert len(kept) == 34 and "기사 39" in alone[-1]["text"]
    assert {r["reason"] for r in alone if r["status"] is not None} == {"non_text_content"}


def test_a_pool_that_died_between_two_pages_tries_the_next_page_again():
    """A process can die after one answer and before the reader sends its next page; the
    broken pool then refuses the page outright, which must not end the file's reading."""
    extractor = Extractor(2, crashing_extract)
    try:
        dead = extractor._submit(Page(CRASH, None, str, repr))
        with pytest.raises(BrokenProcessPool):
            dead.result(timeout=120)
        pages = [Page(f"<p>{i}</p>", None, lambda _text, i=i: i, repr) for i in range(3)]
        assert list(extractor.resolved(pages)) == [0, 1, 2]
    finally:
        extractor.close()


def test_a_page_that_kills_its_process_is_its_own_error_and_no_other_page_is_lost():
    data = crawl(30, {5: CRASH, 6: RAISE, 20: CRASH})
    records, report = read_crawl(data, Extractor(2, crashing_extract))
    assert len(records) == 30 and report.complete
    errors = {i: r["reason"] for i, r in enumerate(records) if r["status"] == "error"}
    assert errors == {
        5: "bad_warc_record: main text not extracted (extraction process died)",
        6: "bad_warc_record: record could not be read (ValueError)",
        20: "bad_warc_record: main text not extracted (extraction process died)",
    }
    kept = [i for i, r in enumerate(records) if r["status"] is None]
    assert kept == [i for i in range(30) if i % 7 != 3 and i not in errors]
    assert all(f"기사 {i}" in records[i]["text"] for i in kept)


def test_inline_extraction_makes_the_same_errors_for_pages_that_raise():
    data = crawl(8, {2: RAISE})
    records, _ = read_crawl(data, Extractor(1, crashing_extract))
    assert [r["status"] for r in records] == [None, None, "error", "dropped", *[None] * 4]
    assert records[2]["reason"] == "bad_warc_record: record could not be read (ValueError)"


def test_a_file_cut_short_keeps_every_page_read_before_the_cut():
    """The reader runs ahead of the pages in work; when the file breaks, the pages before the
    break come out first, then the one error saying where it broke."""
    data = crawl(40)
    cut = data[: len(data) * 3 // 4]
    alone, alone_report = read_crawl(cut, None)
    pooled, pooled_report = read_crawl(cut, Extractor(2))
    assert pooled == alone and pooled_report == alone_report
    assert not alone_report.complete and alone[-1]["status"] == "error"
    assert sum(r["status"] is None for r in alone) >= 20


def article(i: int) -> Page:
    html = f"<html><body><article><p>{i} " + "본문입니다. " * 40 + "</p></article></body></html>"
    return Page(html, None, lambda text: (i, "page" if text else "empty"), lambda err: (i, err))


def test_pages_before_a_source_that_raises_come_out_before_its_exception():
    """A reader that fails midway (a disk error, a decompressor's) ends its file with one
    error after the records already read: none of those may stay behind in the pool."""

    def items():
        yield from (article(i) for i in range(10))
        raise OSError("the disk went away")

    extractor, out = Extractor(2), []
    with pytest.raises(OSError):
        for item in extractor.resolved(items()):
            out.append(item)
    extractor.close()
    assert out == [(i, "page") for i in range(10)]


def test_records_come_out_in_order_while_pages_are_in_work():
    """Items that are not pages wait behind the pages before them."""
    finished = []
    items = [article(i) if i % 3 else (i, "record") for i in range(24)]
    extractor = Extractor(2)
    try:
        for item in extractor.resolved(items):
            finished.append(item)
    finally:
        extractor.close()
    assert [i for i, _ in finished] == list(range(24))
    assert {kind for i, kind in finished if i % 3} == {"page"}


def always_crashing_extract(html: str, url: str | None) -> str:
    os._exit(3)


def test_processes_that_never_answer_end_the_run_with_what_to_do():
    """Not one page's fault: every page would end as an error, so the run fails instead."""
    data = crawl(6)
    with pytest.raises(ReaderUnavailable, match="if __name__"):
        read_crawl(data, Extractor(2, always_crashing_extract))


UNGUARDED_SCRIPT = """
import sys
from curate.config import load_settings
from pipelines.curation import run_curation

settings = load_settings(None, ["runtime.threads=2", "quality.enabled=false", "pii.enabled=false"])
run_curation(inputs=[sys.argv[1]], output=sys.argv[2], version_name="v1", settings=settings)
print("released")
"""


def test_a_script_that_starts_a_run_unguarded_gets_one_clear_failure(tmp_path):
    """A spawned process imports the launching script again; one that starts a run at its top
    level makes the processes die at start. No release, and the message says why."""
    (tmp_path / "crawl.warc.gz").write_bytes(crawl(6))
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "crawl.warc.gz"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode != 0 and "released" not in done.stdout
    assert 'if __name__ == "__main__":' in done.stderr
    assert not (tmp_path / "out" / "v1").exists()
