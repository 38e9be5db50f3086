"""Reading one part of a CSV/TSV file, a MediaWiki XML file or a bz2 multistream dump gives,
part after part, exactly the records of a whole-file read, damaged files included."""

from __future__ import annotations

import bz2
import gzip
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.readers import read_records
from curate.readers.delimited import _text_lines, plan_parts, read_delimited
from curate.readers.mediawiki import (
    Part,
    multistream_cuts,
    read_mediawiki,
    splittable_xml,
    stream_starts,
)
from curate.readers.parts import nominal_ranges, page_bounds
from curate.sample import wiki
from pipelines.ingest import PARTS, PlanParts
from tests.conftest import settings as run_settings
from tests.curate.readers.split_corpus import (
    awkward_csv,
    awkward_tsv,
    multistream_dump,
    stream_offsets,
    wiki_pages,
)
from tests.readers_helpers import context

DUMP = "kowiki-pages-articles-multistream.xml.bz2"


def _whole(name: str, data: bytes, **overrides) -> list[dict]:
    return list(read_records(io.BytesIO(data), context(name, **overrides)))


def _csv_in_parts(name: str, data: bytes, split: int, **overrides) -> tuple[list[dict], int]:
    parts = plan_parts(io.BytesIO(data), context(name, **overrides), len(data), split)
    records = [
        record
        for part in parts
        for record in read_delimited(io.BytesIO(data), context(name, **overrides), part)
    ]
    return records, len(parts)


def _wiki_in_parts(name: str, data: bytes, bounds: list[tuple[int, int]]) -> list[dict]:
    return [
        record
        for start, end in bounds
        for record in read_mediawiki(io.BytesIO(data), context(name), Part(start, end))
    ]


def test_csv_parts_cut_only_at_record_starts():
    data = awkward_csv()
    whole = _whole("t.csv", data, max_record_bytes=1000)
    for split in (1, 97, 500, 4000):
        records, parts = _csv_in_parts("t.csv", data, split, max_record_bytes=1000)
        assert records == whole
        assert parts > min(8, len(data) // split)
    starts = {part.start for part in plan_parts(io.BytesIO(data), context("t.csv"), len(data), 1)}
    after_newline = {at + 1 for at in range(len(data)) if data[at] == ord("\n")}
    assert len(after_newline - starts) > 20  # newlines inside quoted fields: no cut there


def test_tsv_and_cp949_csv_split_like_whole_reads():
    data = awkward_tsv()
    assert _csv_in_parts("t.tsv", data, 150)[0] == _whole("t.tsv", data)
    legacy = awkward_csv().decode().encode("cp949")
    records, parts = _csv_in_parts("t.csv", legacy, 300)
    assert records == _whole("t.csv", legacy) and parts > 5
    assert records[0]["source"]["encoding"] == "cp949"


def test_utf16_csv_is_read_whole():
    data = awkward_csv().decode().encode("utf-16")
    assert plan_parts(io.BytesIO(data), context("t.csv"), len(data), 100) == []


_PIECES = st.sampled_from(
    ["a", "가나", '"', '""', ",", "\t", "\n", "\r\n", "\r", " ", "text", 'x"y', "\ufeff", "\udcff"]
)


@settings(max_examples=60, deadline=None)
@given(
    body=st.lists(_PIECES, max_size=60).map("".join),
    header=st.sampled_from(["text,id\n", "text\tid\r\n", '"te\nxt",id\r', "", "\n\nid,text\n"]),
    name=st.sampled_from(["t.csv", "t.tsv"]),
    split=st.integers(min_value=1, max_value=64),
)
def test_random_csv_in_random_parts_reads_as_whole(body, header, name, split):
    data = (header + body).encode("utf-8", "surrogateescape")
    assert _csv_in_parts(name, data, split)[0] == _whole(name, data)


@settings(max_examples=80, deadline=None)
@given(
    body=st.lists(_PIECES, max_size=40).map("".join),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "cp949"]),
    cuts=st.lists(st.integers(min_value=0, max_value=80), max_size=6),
)
def test_scanned_lines_are_the_lines_the_csv_reader_gets(body, codec, cuts):
    data = body.encode("utf-8", "surrogateescape") + b"\xea"  # ends mid-character
    bounds = sorted({0, *(c for c in cuts if c < len(data)), len(data)})
    chunks = [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    consumed = [0]
    lines = list(_text_lines(chunks, codec, consumed))
    text = io.TextIOWrapper(io.BytesIO(data), codec, errors="surrogateescape", newline="")
    assert lines == list(text) and consumed[0] == len(data)


def test_xml_parts_read_as_whole_intact_and_cut_short():
    data = wiki.mediawiki_xml(wiki_pages(12))
    assert splittable_xml(data[:4096])
    for cut in (len(data), len(data) - 20, len(data) - 900, len(data) // 2):
        dump = data[:cut]
        raw = io.BytesIO(dump)
        bounds = [page_bounds(raw, s, e) for s, e in nominal_ranges(len(dump), 600)]
        assert len(set(bounds)) > 4
        assert _wiki_in_parts("kowiki.xml", dump, bounds) == _whole("kowiki.xml", dump)


def test_xml_in_another_encoding_is_read_whole():
    head = b'<?xml version="1.0" encoding="EUC-KR"?>\n<mediawiki>'
    assert not splittable_xml(head)
    assert splittable_xml(head.replace(b"EUC-KR", b"UTF-8"))
    assert not splittable_xml(b"<?xml version='1.0'?><feed>")
    assert not splittable_xml(b"<feed><mediawiki>")  # another root: one error, read whole


def test_multistream_parts_are_groups_of_streams():
    data, index = multistream_dump(wiki_pages(24))
    starts = stream_starts(bz2.decompress(index).splitlines())
    assert starts == stream_offsets(index)
    cuts = multistream_cuts(io.BytesIO(data), starts, len(data), 4000)
    assert len(cuts) > 2 and cuts[0][0] == 0 and cuts[-1][1] == len(data)
    assert {start for start, _ in cuts[1:]} <= set(starts[:-1])
    assert _wiki_in_parts(DUMP, data, cuts) == _whole(DUMP, data)
    other, _ = multistream_dump(wiki_pages(24)[1:])
    assert multistream_cuts(io.BytesIO(other), starts, len(other), 4000) == []


def test_cut_short_multistream_keeps_every_page_before_the_cut_split_or_not():
    pages = wiki_pages(24)
    data, index = multistream_dump(pages)
    starts = stream_offsets(index)
    for cut in [*starts[1:], starts[3] + 40, starts[-1] + 5, len(data) - 10]:
        dump = data[:cut]
        whole = _whole(DUMP, dump)
        cuts = multistream_cuts(io.BytesIO(dump), starts, len(dump), 1)
        assert len(cuts) >= 2 or cut <= starts[2]
        assert _wiki_in_parts(DUMP, dump, cuts) == whole
        *kept, last = whole
        assert last["reason"].startswith("truncated_stream")
        if cut not in starts:
            assert f"byte offset {cut}" in last["reason"]
        assert all(r["reason"] is None or "truncated" not in r["reason"] for r in kept)


def _planned(tmp_path, name: str, data: bytes, index: bytes | None) -> list:
    (tmp_path / name).write_bytes(data)
    if index is not None:
        (tmp_path / name.replace(".xml.bz2", "-index.txt.bz2")).write_bytes(index)
    planner = PlanParts(run_settings("ingest.split_bytes=3000").ingest)
    return list(planner.process((str(tmp_path / name), name)))


def test_a_multistream_dump_without_its_index_is_read_whole(tmp_path):
    data, index = multistream_dump(wiki_pages(24))
    assert _planned(tmp_path, DUMP, data, None) == [(str(tmp_path / DUMP), DUMP)]
    parts = _planned(tmp_path, "b" + DUMP, data, index)
    assert len(parts) > 2 and all(part.tag == PARTS for part in parts)


def test_compressed_csv_and_xml_are_read_whole(tmp_path):
    for name, data in (
        ("t.csv.gz", gzip.compress(awkward_csv(200))),
        ("kowiki.xml.gz", gzip.compress(wiki.mediawiki_xml(wiki_pages(12)))),
        ("kowiki.xml.bz2", bz2.compress(wiki.mediawiki_xml(wiki_pages(12)))),
    ):
        assert _planned(tmp_path, name, data, None) == [(str(tmp_path / name), name)]
    data = awkward_csv(200)
    assert len(_planned(tmp_path, "t.csv", data, None)) > 2
