"""Nested JSON (NIKL, AI Hub), CSV/TSV, archives and .bz2/.xz: real bytes of each layout,
read the way the pipeline reads them."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tarfile
import zipfile

import pytest

from curate.readers import reader_for
from curate.readers.nested_json import LINES, NAMUWIKI, NESTED, json_layout
from curate.settings import JsonPaths
from tests.readers_helpers import (
    DOC,
    MARKER,
    check_invariants,
    jsonl,
    read,
    read_with_report,
    reasons,
    seed_jsonl,
    seed_parquet,
)

NO_PATHS = JsonPaths(records="", text="", id="")


def nikl(documents: int = 3) -> bytes:
    """The layout of NIKL's 모두의 말뭉치 (written/newspaper corpora), pretty-printed."""
    return json.dumps(
        {
            "id": "NWRW1800000001",
            "metadata": {"title": "국립국어원 신문 말뭉치", "license": "NIKL"},
            "document": [
                {
                    "id": f"NWRW1800000001.{i}",
                    "metadata": {"title": f"기사 {i}"},
                    "paragraph": [
                        {"id": f"NWRW1800000001.{i}.1", "form": f"{DOC} {i}"},
                        {"id": f"NWRW1800000001.{i}.2", "form": f"{MARKER} 둘째 문단"},
                    ],
                }
                for i in range(documents)
            ],
        },
        ensure_ascii=False,
        indent=2,
    ).encode()


def aihub() -> bytes:
    """An AI Hub layout (전문분야 말뭉치 style): records under data[*], text in a list."""
    return json.dumps(
        {
            "info": {"name": "전문분야 말뭉치"},
            "data": [
                {"doc_id": f"AIHUB-{i}", "rows": [{"text": f"{DOC} {i}"}, {"text": "끝."}]}
                for i in range(2)
            ],
        },
        ensure_ascii=False,
    ).encode()


def test_nikl_is_recognised_by_its_shape_one_document_per_record():
    records = read("NWRW1800000001.json", nikl())
    assert [r["source"]["locator"] for r in records] == ["record:0", "record:1", "record:2"]
    assert records[1]["text"] == f"{DOC} 1\n{MARKER} 둘째 문단"
    assert records[2]["source"]["record_id"] == "NWRW1800000001.2"


def test_configured_paths_read_an_ai_hub_layout():
    paths = JsonPaths(records="data[*]", text="rows[*].text", id="doc_id")
    records = read("aihub.json", aihub(), json=paths)
    assert [r["text"] for r in records] == [f"{DOC} 0\n끝.", f"{DOC} 1\n끝."]
    assert [r["source"]["record_id"] for r in records] == ["AIHUB-0", "AIHUB-1"]


def test_a_top_level_array_is_one_record_per_element_and_bad_records_are_errors():
    data = json.dumps([{"text": DOC}, {"text": 3}, [1], {"body": "x"}]).encode()
    records, ctx = read_with_report("array.json", b"  \n" + data)
    assert reasons(records) == [None, "non_string_text", "not_an_object", "missing_text"]
    check_invariants(records, ctx)


def test_json_broken_midway_keeps_the_records_before_it():
    records, ctx = read_with_report("cut.json", nikl()[:-40])
    assert reasons(records) == [None, None, "malformed_json"]
    assert not ctx.report.complete
    check_invariants(records, ctx)


def test_one_value_per_line_stays_json_lines():
    records = read("lines.json", seed_jsonl(3))
    assert [r["source"]["locator"] for r in records] == ["line:1", "line:2", "line:3"]
    single = read("one.json", jsonl({"text": DOC}))
    assert single[0]["source"]["locator"] == "line:1"


@pytest.mark.parametrize(
    ("head", "layout"),
    [
        (b'{"text": "a"}\n{"text": "b"}\n', LINES),
        (b'{"text": "a"}\n', LINES),
        (b'[{"text": "a"}]', NESTED),
        (b'{\n  "document": [{"paragraph": [{"form": "a"}]}]}', NESTED),
        (b'[{"namespace": "0", "title": "t", "text": "x"}]', NAMUWIKI),
        (b"not json", LINES),
    ],
)
def test_json_layout_from_the_first_bytes(head, layout):
    assert json_layout(head, NO_PATHS) == layout


CSV = (
    "id,text,url\r\n"
    f'1,"{DOC}, 쉼표와 ""따옴표""\n그리고 줄바꿈",https://a.kr/1\r\n'
    "\r\n"
    "2,둘째 행,\r\n"
    "3,열이 많은 행,x,y\r\n"
).encode()


def test_csv_rows_keep_quoted_newlines_and_ragged_rows_are_errors():
    records, ctx = read("table.csv", CSV), None
    assert records[0]["text"] == f'{DOC}, 쉼표와 "따옴표"\n그리고 줄바꿈'
    assert records[0]["source"]["url"] == "https://a.kr/1"
    assert records[1]["source"]["url"] is None
    assert [r["source"]["locator"] for r in records] == ["row:0", "row:1", "row:2"]
    assert reasons(records) == [None, None, "malformed_row"]
    del ctx


def test_tsv_is_unquoted_and_in_cp949_too():
    data = 'text\tid\n"인용" 그대로\t7\n'.encode("cp949")
    records = read("table.tsv", data)
    assert records[0]["text"] == '"인용" 그대로'
    assert records[0]["source"]["encoding"] == "cp949"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _tar(members: dict[str, bytes], mode: str = "w") -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode=mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


MEMBERS = {
    "a/one.jsonl": seed_jsonl(2),
    "b/nikl.json": nikl(1),
    "c/table.csv": CSV,
    "d/rows.parquet": seed_parquet(3),
    "e/notes.bin": b"\0\1",
}


def _expected_locators() -> list[str]:
    return [
        "a/one.jsonl#line:1",
        "a/one.jsonl#line:2",
        "b/nikl.json#record:0",
        "c/table.csv#row:0",
        "c/table.csv#row:1",
        "c/table.csv#row:2",
        "d/rows.parquet#row:0",
        "d/rows.parquet#row:1",
        "d/rows.parquet#row:2",
        "e/notes.bin#file",
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("set.zip", _zip(MEMBERS)),
        ("set.tar", _tar(MEMBERS)),
        ("set.tar.gz", gzip.compress(_tar(MEMBERS))),
        ("set.tgz", gzip.compress(_tar(MEMBERS))),
        ("set.tar.xz", lzma.compress(_tar(MEMBERS))),
    ],
)
def test_archive_members_are_read_by_their_own_format(name, data):
    records, ctx = read_with_report(name, data)
    assert [r["source"]["locator"] for r in records] == _expected_locators()
    assert records[-1]["reason"].startswith("unsupported_file")
    assert records[0]["source"]["uri"] == f"/corpus/{name}!/a/one.jsonl"
    assert ctx.report.complete
    check_invariants(records, ctx)


def test_a_corrupt_zip_member_is_an_error_and_the_other_members_survive():
    data = bytearray(
        _zip({"a.jsonl": seed_jsonl(2), "b.jsonl": seed_jsonl(50), "c.txt": DOC.encode()})
    )
    start = data.find(b"b.jsonl") + 40
    data[start : start + 20] = bytes(20)
    records, ctx = read_with_report("set.zip", bytes(data))
    kept = [r["source"]["locator"] for r in records if r["status"] is None]
    assert kept[:2] == ["a.jsonl#line:1", "a.jsonl#line:2"] and kept[-1] == "c.txt#file"
    assert any(r["status"] == "error" and "b.jsonl#" in r["source"]["locator"] for r in records)
    assert ctx.report.damaged >= 1
    check_invariants(records, ctx)


def test_a_truncated_tar_gz_keeps_the_members_before_the_cut():
    data = gzip.compress(_tar({"a.jsonl": seed_jsonl(2), "b.txt": DOC.encode() * 2000}))
    records, ctx = read_with_report("set.tar.gz", data[: len(data) // 2])
    assert [r["source"]["locator"] for r in records][:2] == ["a.jsonl#line:1", "a.jsonl#line:2"]
    assert records[-1]["status"] == "error"
    assert not ctx.report.complete
    check_invariants(records, ctx)


@pytest.mark.parametrize("compress", [bz2.compress, lzma.compress])
def test_bz2_and_xz_streams_and_multistream(compress):
    name = "x.jsonl.bz2" if compress is bz2.compress else "x.jsonl.xz"
    data = compress(seed_jsonl(2)) + compress(seed_jsonl(3))
    records, ctx = read_with_report(name, data)
    assert len(records) == 5 and reasons(records) == [None] * 5
    assert ctx.report.complete


@pytest.mark.parametrize("compress", [bz2.compress, lzma.compress])
def test_truncated_bz2_and_xz_keep_every_record_before_the_cut(compress):
    name = "x.jsonl.bz2" if compress is bz2.compress else "x.jsonl.xz"
    whole = compress(seed_jsonl(2))
    data = whole + compress(seed_jsonl(400))[:-30]
    records, ctx = read_with_report(name, data)
    assert reasons(records[:2]) == [None, None]
    assert records[-1]["reason"].startswith("truncated_stream: stream ends mid-record at byte")
    assert ctx.report.stopped_at == records[-1]["source"]["locator"]
    check_invariants(records, ctx)


def test_garbage_after_a_bz2_stream_is_one_corrupt_error():
    data = bz2.compress(seed_jsonl(2)) + b"not bzip2 at all"
    records, ctx = read_with_report("x.jsonl.bz2", data)
    assert reasons(records) == [None, None, "corrupt_stream"]
    check_invariants(records, ctx)


def test_new_suffixes_have_readers():
    for name in ("a.json.bz2", "a.csv.xz", "a.tsv", "a.zip", "a.tar", "a.tgz", "a.tar.zst"):
        assert reader_for(name) is not None, name


def test_json_lines_with_a_first_line_longer_than_the_sample_stay_json_lines():
    long = jsonl({"text": "가" * 40_000}, {"text": DOC})
    records = read("long.json", long)
    assert [r["source"]["locator"] for r in records] == ["line:1", "line:2"]
