"""One regression test per way bad input used to stop a run, lose records or miscount them
(issue #27), each on a small fixture built here."""

import gzip
import io
import json
import os
import tracemalloc
import zlib

import pyarrow as pa
import pytest

from curate.readers.stream import CHUNK
from tests.readers_helpers import (
    DOC,
    MARKER,
    check_invariants,
    jsonl,
    parquet,
    read,
    read_with_report,
    reasons,
    seed_parquet,
    seed_warc,
    warc,
)


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0xFF
    return bytes(out)


def _members(*parts: bytes) -> tuple[bytes, list[int]]:
    """Concatenated gzip members and where each starts."""
    members = [gzip.compress(p) for p in parts]
    starts = [sum(len(m) for m in members[:i]) for i in range(len(members))]
    return b"".join(members), starts


# --- the run died -----------------------------------------------------------------------------


def test_damaged_gzip_member_is_one_error_and_reading_resumes_at_the_next_member():
    lines = [jsonl({"text": f"{DOC} {i}"}) for i in range(3)]
    data, starts = _members(*lines)
    records, ctx = read_with_report("a.jsonl.gz", _flip(data, starts[1] + 15))
    assert reasons(records) == [None, "corrupt_stream", None]
    assert records[1]["source"]["locator"].startswith("damaged-bytes:")
    assert ctx.report.complete and ctx.report.damaged == 1
    check_invariants(records, ctx)


def test_damaged_single_member_cuts_the_file_short_with_offset_and_bytes_left():
    data = gzip.compress(jsonl(*({"text": f"{DOC} {i}"} for i in range(3000))))
    records, ctx = read_with_report("a.jsonl.gz", _flip(data, len(data) // 2))
    assert records[-1]["reason"].startswith("corrupt_stream: rest of file unreadable from byte")
    assert "bytes left unread" in records[-1]["reason"]
    # lines before the damage survive (a few just before it may decode as garbage first)
    assert len(records) > 100 and all(r["status"] is None for r in records[:100])
    assert not ctx.report.complete and ctx.report.reason == "corrupt_stream"
    assert ctx.report.bytes_left > 0
    check_invariants(records, ctx)


def _warc_with(*middle: bytes) -> bytes:
    first = warc([("https://a.example.kr/1", "text/plain; charset=utf-8", DOC.encode())], False)
    last = warc([("https://a.example.kr/3", "text/plain; charset=utf-8", DOC.encode())], False)
    return first + b"".join(middle) + last


def _bad_record(
    version: bytes = b"WARC/1.0", length: bytes = b"5", content: bytes = MARKER.encode()[:5]
) -> bytes:
    return (
        version + b"\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\n"
        b"Content-Length: " + length + b"\r\n\r\n" + content + b"\r\n\r\n"
    )


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        (_bad_record(version=b"WARX/9.9"), ["warc_framing"]),
        (_bad_record(length=b"abc"), ["warc_framing"]),
        (_bad_record(length=b"0", content=b""), [None]),
        (_bad_record(length=b"0"), ["warc_framing"]),
        (MARKER.encode() * 3 + b"\r\n", ["warc_framing"]),
    ],
    ids=[
        "bad-version-line",
        "non-numeric-length",
        "zero-length",
        "zero-length-with-content",
        "garbage-between-records",
    ],
)
def test_damaged_warc_framing_is_an_error_and_the_next_record_is_read(middle, expected, capfd):
    records, ctx = read_with_report("c.warc", _warc_with(middle))
    assert reasons(records)[0] is None and reasons(records)[-1] is None
    assert [r for r in reasons(records)[1:-1] if r] == [e for e in expected if e]
    out, err = capfd.readouterr()
    assert MARKER not in out + err
    check_invariants(records, ctx)


def test_warcio_warnings_never_carry_record_bytes(caplog, capfd):
    record = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.kr/ "
        + MARKER.encode()
        + b"\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
    )
    records = read("c.warc", record)
    assert reasons(records) == [None]
    out, err = capfd.readouterr()
    assert "WARC-Target-URI" in caplog.text and MARKER not in caplog.text + out + err


def test_bit_flipped_warc_gz_member_loses_only_its_record():
    pages = [
        (f"https://a.example.kr/{i}", "text/plain; charset=utf-8", DOC.encode()) for i in range(3)
    ]
    one = warc(pages[:1])
    data = warc(pages)
    records, ctx = read_with_report("c.warc.gz", _flip(data, len(one) + 40))
    assert reasons(records) == [None, "corrupt_stream", None]
    assert [r["source"]["url"] for r in records if r["status"] is None] == [
        "https://a.example.kr/0",
        "https://a.example.kr/2",
    ]
    check_invariants(records, ctx)


def test_warc_offsets_are_the_gzip_member_offsets_warcio_gives():
    from warcio.archiveiterator import ArchiveIterator

    data = warc([(f"https://a.example.kr/{i}", "text/html", b"<p>x</p>") for i in range(3)])
    archive = ArchiveIterator(io.BytesIO(data))
    expected = [f"warc-offset:{archive.offset}" for _ in archive]
    records = read("c.warc.gz", data)
    assert [r["source"]["locator"] for r in records] == expected


def test_warc_gzipped_whole_gets_unique_locators():
    records, ctx = read_with_report("w.warc.gz", gzip.compress(seed_warc(gzip=False)))
    assert reasons(records) == [None, None, None]
    assert records[0]["source"]["locator"] == "warc-offset:0"
    check_invariants(records, ctx)


@pytest.mark.parametrize("charset", ["rot13", "zlib", "base64"])
def test_http_charset_naming_no_text_encoding_is_ignored_and_recorded(charset):
    data = warc([("https://a.example.kr/", f"text/plain; charset={charset}", DOC.encode())])
    (record,) = read("c.warc.gz", data)
    assert record["status"] is None and record["text"] == DOC
    assert record["source"]["encoding"] == "utf-8"
    assert [d["rule"] for d in record["decisions"]] == ["declared_charset_ignored"]


@pytest.mark.parametrize("field", ["url", "id", "date", "license"])
def test_lone_surrogate_in_a_metadata_field_is_that_records_error(field):
    bad = b'{"text": "x", "' + field.encode() + b'": "a\\udc80b"}\n'
    records = read("a.jsonl", jsonl({"text": "1"}) + bad + jsonl({"text": "3"}))
    assert reasons(records) == [None, "invalid_value", None]
    assert records[1]["reason"].endswith("holds a lone surrogate")
    assert all(v is None or "\udc80" not in v for v in records[1]["source"].values())


def test_parquet_dates_and_timestamps_python_cannot_convert_are_read_as_strings():
    table = pa.table(
        {
            "text": [DOC, DOC],
            "date": pa.array([2**31 - 1, 0], pa.date32()),
            "id": pa.array([2**62, 1], pa.timestamp("us", tz="Mars/Olympus_Mons")),
        }
    )
    records = read("t.parquet", parquet(table), fields=_fields(date="date"))
    assert reasons(records) == [None, None]
    assert all(isinstance(r["source"]["crawl_date"], str) for r in records)
    assert all(isinstance(r["source"]["record_id"], str) for r in records)


def _fields(**names):
    from curate.settings import FieldNames

    base = {"text": "text", "id": "id", "url": "url", "date": "date", "license": "license"}
    return FieldNames(**{**base, **names})


# --- records vanished -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "json_too_deep"),
        (b'{"text": ' + b"7" * 4301 + b"}", "invalid_value"),
        (b'{"text": "a\\udc80"}', "invalid_value"),
    ],
    ids=["deep-nesting", "long-integer", "lone-surrogate-text"],
)
def test_a_line_python_json_cannot_take_is_one_error_and_later_lines_are_read(line, code):
    data = jsonl({"text": "1"}) + line + b"\n" + jsonl({"text": "3"}, {"text": "4"})
    records = read("a.jsonl", data)
    assert reasons(records) == [None, code, None, None]


def test_invalid_utf8_in_a_parquet_string_column_is_that_rows_error():
    values = [f"{DOC} {i}".encode() for i in range(15)]
    values[7] = b"\xff\xfe"
    offsets = [0]
    for value in values:
        offsets.append(offsets[-1] + len(value))
    text = pa.Array.from_buffers(
        pa.string(),
        15,
        [
            None,
            pa.py_buffer(pa.array(offsets, pa.int32()).buffers()[1]),
            pa.py_buffer(b"".join(values)),
        ],
    )
    records = read("t.parquet", parquet(pa.table({"text": text})))
    assert len(records) == 15
    assert [i for i, r in enumerate(reasons(records)) if r] == [7]
    assert records[7]["reason"] == "invalid_value: column 'text' holds invalid UTF-8"


def test_bad_parquet_row_group_is_one_error_and_the_next_row_group_is_read():
    data = seed_parquet()  # 15 rows in 3 row groups of 5
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    column = meta.row_group(1).column(1)
    start = column.dictionary_page_offset or column.data_page_offset
    broken = bytearray(data)
    broken[start : start + column.total_compressed_size] = b"\0" * column.total_compressed_size
    records, ctx = read_with_report("t.parquet", bytes(broken))
    assert reasons(records) == [None] * 5 + ["corrupt_row_group"] + [None] * 5
    assert records[5]["source"]["locator"] == "rows:5-9"
    check_invariants(records, ctx)


@pytest.mark.parametrize("charset", ["utf-16", "base64", "unicode_escape"])
def test_warc_record_with_an_odd_charset_does_not_end_the_file(charset):
    body = "가\\udc80".encode() if charset == "unicode_escape" else DOC.encode()
    pages = [(f"https://a.example.kr/{i}", "text/plain", DOC.encode()) for i in range(4)]
    pages[1] = ("https://a.example.kr/1", f"text/plain; charset={charset}", body)
    records = read("c.warc.gz", warc(pages))
    assert len(records) == 4
    assert [r["source"]["url"] for r in records][-1] == "https://a.example.kr/3"


def test_directory_that_cannot_be_listed_is_an_error_record(tmp_path, monkeypatch):
    from pipelines.ingest import match_files

    (tmp_path / "ok.jsonl").write_text('{"text": "가"}\n')
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.jsonl").write_text('{"text": "가"}\n')
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = match_files([str(tmp_path / "**")])
    assert (str(tmp_path / "locked"), "locked", "unlistable_directory") in items


def test_dangling_link_and_link_loop_under_a_glob_are_error_records(tmp_path):
    from pipelines.ingest import match_files

    (tmp_path / "ok.jsonl").write_text('{"text": "가"}\n')
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    (tmp_path / "loop.jsonl").symlink_to(tmp_path / "loop.jsonl")
    items = match_files([str(tmp_path / "*.jsonl")])
    assert sorted(items) == [
        (str(tmp_path / "gone.jsonl"), "gone.jsonl", "dangling_link"),
        (str(tmp_path / "loop.jsonl"), "loop.jsonl", "link_loop"),
        (str(tmp_path / "ok.jsonl"), "ok.jsonl"),
    ]


def test_non_utf8_file_name_is_carried_escaped_through_beam(tmp_path):
    import apache_beam as beam
    from apache_beam.testing.util import assert_that, equal_to

    from pipelines.ingest import FILES, ReadCorpus, match_files
    from pipelines.options import pipeline_options
    from tests.conftest import settings

    name = os.fsdecode(b"bad\xff.jsonl")
    (tmp_path / name).write_bytes(jsonl({"text": DOC}))
    (tmp_path / "x.jsonl").write_bytes(b"[1]\n" + b"[" * 100_000 + b"\n")
    items = match_files([str(tmp_path / "*.jsonl")])
    assert (os.fsencode(str(tmp_path / name)), "bad\\xff.jsonl") in items
    escaped = f"{tmp_path}/bad\\xff.jsonl"
    with beam.Pipeline(options=pipeline_options([])) as pipeline:
        read = pipeline | ReadCorpus(items, settings().ingest)
        uris = read["records"] | beam.Map(lambda r: (r["source"]["uri"], r["reason"] is None))
        assert_that(
            uris,
            equal_to(
                [(escaped, True), (f"{tmp_path}/x.jsonl", False), (f"{tmp_path}/x.jsonl", False)]
            ),
        )
        files = read[FILES] | "Paths" >> beam.Map(lambda f: (f["path"], f["read"], f["records"]))
        assert_that(
            files,
            equal_to([(escaped, "to_end", 1), (f"{tmp_path}/x.jsonl", "to_end", 2)]),
            label="Files",
        )


# --- records were miscounted ------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bom_marked_utf16_and_utf32_jsonl_are_decoded_as_such(codec):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec)
    bom = bom or {"utf-32-le": b"\xff\xfe\0\0", "utf-32-be": b"\0\0\xfe\xff"}[codec]
    lines = [json.dumps({"text": f"{DOC} {i}"}, ensure_ascii=False) for i in range(3)]
    data = bom + "\n".join(lines).encode(codec) + "\n".encode(codec)
    records = read("w.jsonl", data)
    assert [r["text"] for r in records] == [f"{DOC} {i}" for i in range(3)]
    assert {r["source"]["encoding"] for r in records} == {codec[:6]}


def test_bom_marked_utf16_text_is_decoded():
    (record,) = read("w.txt", b"\xff\xfe" + DOC.encode("utf-16-le"))
    assert record["text"] == DOC


def test_cr_only_line_endings_end_jsonl_lines_and_text_blocks():
    data = b"\r".join(json.dumps({"text": str(i)}).encode() for i in range(4)) + b"\r"
    assert [r["text"] for r in read("mac.jsonl", data)] == ["0", "1", "2", "3"]
    text = "\r\r".join(f"{DOC} {i}" for i in range(4)).encode()
    assert len(read("mac.txt", text, text_mode="blocks")) == 4
    mixed = jsonl({"text": "a"}).replace(b"\n", b"\r\n") + b'{"text": "b"}\r{"text": "c"}'
    assert [r["text"] for r in read("mixed.jsonl", mixed)] == ["a", "b", "c"]


def test_nul_in_url_is_that_records_error():
    records = read("a.jsonl", jsonl({"text": "x", "url": "https://a.kr/\u0000x"}, {"text": "y"}))
    assert reasons(records) == ["invalid_value", None]
    assert records[0]["reason"] == "invalid_value: field 'url' holds a NUL character"
    assert records[0]["source"]["url"] is None


def test_split_surrogate_pair_in_metadata_is_repaired():
    (record,) = read("a.jsonl", b'{"text": "x", "id": "\\ud83d\\ude00"}\n')
    assert record["source"]["record_id"] == "\U0001f600"


# --- memory followed the input ----------------------------------------------------------------


def _gzip_bomb(line_bytes: int) -> bytes:
    """A .jsonl.gz whose second line is ``line_bytes`` long: one member of 64 MiB of 'a'
    compressed once and repeated (a few MB on disk), between two small lines."""
    block = 64 * 1024 * 1024
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    member = packer.compress(b"a" * block) + packer.flush()
    head = gzip.compress(jsonl({"text": "first"}))
    tail = gzip.compress(b"\n" + jsonl({"text": "last"}))
    return head + member * (line_bytes // block) + tail


def test_a_line_past_the_record_limit_is_skipped_without_being_held():
    """A 1 GiB line (128 times the limit; 2 GiB takes twice as long and peaks the same)."""
    limit = 8 * 1024 * 1024
    size = 1024 * 1024 * 1024
    data = _gzip_bomb(size)
    tracemalloc.start()
    try:
        records = read("bomb.jsonl.gz", data, max_record_bytes=limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reasons(records) == [None, "oversize", None]
    assert records[1]["reason"].startswith(f"oversize: record of {size} bytes exceeds")
    assert records[1]["content_sha256"] is not None
    assert peak < 2 * limit + len(data) + 8 * CHUNK
