import gzip
import io
import json
import unicodedata

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.settings import FieldNames
from tests.readers_helpers import DOC, jsonl, read, reasons
from tests.readers_helpers import page as _page
from tests.readers_helpers import warc as _warc


def test_jsonl_fields_and_locators():
    data = jsonl(
        {
            "id": "a1",
            "text": DOC,
            "url": "https://www.news.example.kr/1",
            "date": "2024-01-02",
            "license": "CC-BY-4.0",
        },
        {"text": "둘째"},
    )
    first, second = read("news/a.jsonl", data)
    assert first["text"] == DOC and first["status"] is None
    assert first["source"] == {
        "uri": "/corpus/news/a.jsonl",
        "locator": "line:1",
        "record_id": "a1",
        "dataset": "test",
        "url": "https://www.news.example.kr/1",
        "domain": "news.example.kr",
        "crawl_date": "2024-01-02",
        "license": "CC-BY-4.0",
        "encoding": "utf-8",
    }
    assert second["source"]["locator"] == "line:2"
    assert first["doc_id"] != second["doc_id"]


def test_doc_id_depends_on_location_not_order():
    a = read("x.jsonl", jsonl({"text": "가"}, {"text": "나"}))
    b = read("x.jsonl", jsonl({"text": "다"}, {"text": "나"}))
    c = read("y.jsonl", jsonl({"text": "가"}))
    assert [r["doc_id"] for r in a] == [r["doc_id"] for r in b]
    assert a[0]["doc_id"] != c[0]["doc_id"]


def test_custom_field_names():
    data = jsonl({"body": DOC, "link": "http://blog.example.co.kr/p"})
    fields = FieldNames(text="body", id="id", url="link", date="date", license="license")
    (record,) = read("a.jsonl", data, fields=fields)
    assert record["text"] == DOC and record["source"]["domain"] == "blog.example.co.kr"


def test_bad_jsonl_lines_become_errors_and_good_lines_survive():
    data = b"".join(
        [
            jsonl({"text": DOC}),
            b'{"id": "x", "text": \n',
            b"[1, 2, 3]\n",
            b'"just a string"\n',
            jsonl({"id": "no-text"}),
            jsonl({"text": None}),
            jsonl({"text": 12345}),
            b'{"text": "\xff\xfe\xc3\x28"}\n',
            b"\n   \n",
            jsonl({"text": "   \n\t "}),
        ]
    )
    records = read("bad.jsonl", data)
    assert reasons(records) == [
        None,
        "malformed_json",
        "not_an_object",
        "not_an_object",
        "missing_text",
        "non_string_text",
        "non_string_text",
        "undecodable",
        None,
    ]
    assert [r["status"] for r in records] == [None] + ["error"] * 7 + [None]
    assert records[5]["reason"] == "non_string_text: text field 'text' is null, not a string"
    assert records[6]["reason"] == "non_string_text: text field 'text' is int, not a string"
    assert all(r["stage"] == "ingest" for r in records if r["status"] == "error")


def test_error_reasons_never_contain_record_content():
    secret = "900101-1234568"
    records = read(
        "pii.jsonl",
        b'{"text": "' + secret.encode() + b'\xff"}\n' + b'{"text": "' + secret.encode() + b'"\n',
    )
    assert all(secret not in r["reason"] for r in records)


def test_bom_and_cp949_jsonl():
    (bom,) = read("bom.jsonl", b"\xef\xbb\xbf" + jsonl({"text": DOC}))
    assert bom["text"] == DOC and bom["source"]["encoding"] == "utf-8-sig"
    (legacy,) = read(
        "old.jsonl", json.dumps({"text": DOC}, ensure_ascii=False).encode("cp949") + b"\n"
    )
    assert legacy["text"] == DOC and legacy["source"]["encoding"] == "cp949"


def test_compressed_jsonl():
    data = jsonl({"text": DOC}, {"text": "둘"})
    assert len(read("a.jsonl.gz", gzip.compress(data))) == 2
    assert len(read("a.jsonl.zst", zstandard.ZstdCompressor().compress(data))) == 2


def test_truncated_gzip_keeps_read_records_and_reports_the_rest():
    data = gzip.compress(jsonl(*({"text": f"{DOC} {i}"} for i in range(2000))))
    records = read("cut.jsonl.gz", data[: len(data) // 2])
    assert records[-1]["status"] == "error"
    assert records[-1]["reason"].startswith("truncated_stream: stream ends mid-record at byte")
    assert records[-1]["reason"].endswith("(0 bytes left unread)")
    assert records[-1]["source"]["locator"] == f"unreadable-after:line:{len(records) - 1}"
    assert len(records) > 100 and all(r["status"] is None for r in records[:-1])


def test_empty_file_has_no_records():
    assert read("empty.jsonl", b"") == []


def test_oversize_record_is_an_error(tmp_path):
    big = jsonl({"text": "가" * (4 * 1024 * 1024)})
    (record,) = read("big.jsonl", big)
    assert record["status"] == "error"
    assert record["reason"].startswith(f"oversize: record of {len(big) - 1} bytes exceeds")


def test_text_document_and_blocks_modes():
    data = "첫 문단입니다.\n둘째 줄.\n\n\n둘째 문단.\n \n셋째 문단.".encode("cp949")
    (whole,) = read("a.txt", data)
    assert whole["source"]["locator"] == "file" and whole["source"]["encoding"] == "cp949"
    blocks = read("a.txt", data, text_mode="blocks")
    assert [r["text"] for r in blocks] == ["첫 문단입니다.\n둘째 줄.", "둘째 문단.", "셋째 문단."]
    assert [r["source"]["locator"] for r in blocks] == ["block:1", "block:2", "block:3"]


def test_nfd_text_file_is_read_as_is():
    nfd = unicodedata.normalize("NFD", DOC)
    (record,) = read("mac.txt", nfd.encode())
    assert record["text"] == nfd


def test_parquet_rows():
    table = pa.table(
        {
            "id": ["r1", "r2", "r3"],
            "text": [DOC, None, "셋"],
            "url": ["https://a.example.kr/", None, None],
        }
    )
    sink = io.BytesIO()
    pq.write_table(table, sink)
    records = read("t.parquet", sink.getvalue())
    assert [r["source"]["locator"] for r in records] == ["row:0", "row:1", "row:2"]
    assert reasons(records) == [None, "non_string_text", None]
    assert records[0]["source"]["record_id"] == "r1"


def test_corrupt_parquet_is_one_error():
    (record,) = read("t.parquet", b"PAR1 not really parquet")
    assert record["status"] == "error" and record["reason"].startswith("unreadable_file")


def test_warc_html_extraction_encodings_and_non_text():
    data = _warc(
        [
            ("https://news.example.kr/a", "text/html; charset=utf-8", _page("기사")),
            ("https://old.example.kr/b", "text/html", _page("옛 기사", "euc-kr")),
            ("https://news.example.kr/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            (
                "https://news.example.kr/blank",
                "text/html",
                b"<html><body><script>var a = 1;</script></body></html>",
            ),
        ]
    )
    records = read("crawl.warc.gz", data)
    assert len(records) == 4
    utf8, legacy, image, empty = records
    assert DOC in utf8["text"] and "홈" not in utf8["text"]
    assert utf8["source"]["url"] == "https://news.example.kr/a"
    assert utf8["source"]["record_id"].startswith("<urn:uuid:")
    assert utf8["source"]["locator"].startswith("warc-offset:")
    assert legacy["source"]["encoding"] == "cp949" and DOC in legacy["text"]
    assert (image["status"], image["reason"]) == ("dropped", "non_text_content")
    assert (empty["status"], empty["reason"]) == ("dropped", "no_main_text")


def test_unsupported_file_type():
    (record,) = read("image.png", b"\x89PNG")
    assert record["reason"].startswith("unsupported_file")


line_strategy = st.one_of(
    st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False).encode(), st.text()),
    st.builds(
        lambda v: json.dumps({"text": v}).encode(),
        st.one_of(st.none(), st.integers(), st.lists(st.integers())),
    ),
    st.binary(max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.just(b"   "),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(line_strategy, max_size=30))
def test_every_nonblank_line_is_exactly_one_record(lines):
    records = read("p.jsonl", b"\n".join(lines) + b"\n")
    assert len(records) == sum(1 for line in lines if line.strip())
    assert len({r["doc_id"] for r in records}) == len(records)
    assert all(r["status"] in (None, "error") for r in records)


def test_truncated_zstd_is_reported_not_silently_shortened():
    data = zstandard.ZstdCompressor().compress(
        jsonl(*({"text": f"{DOC} {i}"} for i in range(2000)))
    )
    records = read("cut.jsonl.zst", data[: len(data) // 2])
    assert records[-1]["status"] == "error"
    assert records[-1]["reason"].startswith("truncated_stream")


def test_multi_frame_zstd():
    frames = b"".join(
        zstandard.ZstdCompressor().compress(jsonl({"text": str(i)})) for i in range(3)
    )
    assert [r["text"] for r in read("m.jsonl.zst", frames)] == ["0", "1", "2"]
