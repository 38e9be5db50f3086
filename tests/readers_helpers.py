"""Shared by the reader tests and the fuzz scripts: run one reader over bytes the way the
pipeline does, build small seed files of each format, and check what any input must give."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from curate.readers import FileContext, read_records
from curate.records import SOURCE_TYPE, string_problem
from tests.conftest import settings

DOC = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."
# Planted in seed files: no error reason may ever quote it.
MARKER = "비밀표식-7731"


def context(name: str, **ingest_overrides) -> FileContext:
    ingest = replace(settings().ingest, dataset="test", **ingest_overrides)
    return FileContext(uri=f"/corpus/{name}", relpath=name, settings=ingest)


def read(name: str, data: bytes, **ingest_overrides) -> list[dict]:
    return read_with_report(name, data, **ingest_overrides)[0]


def read_with_report(name: str, data: bytes, **ingest_overrides) -> tuple[list[dict], FileContext]:
    ctx = context(name, **ingest_overrides)
    return list(read_records(io.BytesIO(data), ctx)), ctx


def reasons(records: list[dict]) -> list[str | None]:
    return [r["reason"].split(":", 1)[0] if r["reason"] else None for r in records]


def jsonl(*objects) -> bytes:
    return b"".join(json.dumps(o, ensure_ascii=False).encode() + b"\n" for o in objects)


def page(body: str, charset: str = "utf-8") -> bytes:
    paragraphs = "".join(f"<p>{DOC} {i}번째 문단입니다.</p>" for i in range(6))
    html = (
        f'<html><head><meta charset="{charset}"><title>제목</title></head><body>'
        f"<nav><a href='/'>홈</a> <a href='/news'>뉴스</a></nav>"
        f"<article><h1>{body}</h1>{paragraphs}</article>"
        f"<footer>무단 전재 및 재배포 금지</footer></body></html>"
    )
    return html.encode(charset)


def warc(pages: list[tuple[str, str, bytes]], gzip: bool = True) -> bytes:
    """A WARC of response records, one gzip member per record when ``gzip``."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, content_type, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return out.getvalue()


def parquet(table: pa.Table, row_group_size: int | None = None) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink, row_group_size=row_group_size)
    return sink.getvalue()


def seed_jsonl(count: int = 4) -> bytes:
    return jsonl(
        *(
            {"id": f"id-{i}", "text": f"{DOC} {MARKER} {i}", "url": f"https://a.example.kr/{i}"}
            for i in range(count)
        )
    )


def seed_text(count: int = 4) -> bytes:
    return "\n\n".join(f"{DOC} {MARKER} 문단 {i}." for i in range(count)).encode()


def seed_warc(count: int = 3, gzip: bool = True) -> bytes:
    body = f"{DOC} {MARKER}".encode()
    kind = "text/plain; charset=utf-8"
    pages = [(f"https://news.example.kr/{i}", kind, body) for i in range(count)]
    return warc(pages, gzip=gzip)


def seed_parquet(count: int = 15) -> bytes:
    table = pa.table(
        {
            "id": [f"r{i}" for i in range(count)],
            "text": [f"{DOC} {MARKER} {i}" for i in range(count)],
            "url": [f"https://t.example.kr/{i}" for i in range(count)],
        }
    )
    return parquet(table, row_group_size=5)


def check_invariants(records: list[dict], ctx: FileContext) -> None:
    """What reading any bytes must give: records with unique ids and a known status, error
    reasons that quote nothing of the input, values Arrow can write, and a file report that
    agrees with the records (a cut-short file ends with the error record saying where)."""
    ids = [r["doc_id"] for r in records]
    assert len(set(ids)) == len(ids)
    for record in records:
        assert record["status"] in (None, "dropped", "error")
        if record["status"] == "error":
            assert record["stage"] == "ingest" and ":" in record["reason"]
            assert MARKER not in record["reason"]
            assert record["text"] is None
        text = record["text"]
        assert text is None or string_problem(text, allow_nul=True) is None
        assert all(string_problem(v) is None for v in record["source"].values())
    pa.array([r["source"] for r in records], SOURCE_TYPE)
    pa.array([r["text"] for r in records], pa.string())
    pa.array([r["reason"] for r in records], pa.string())
    if not ctx.report.complete:
        assert records and records[-1]["status"] == "error"
        assert records[-1]["source"]["locator"] == ctx.report.stopped_at


def same_release(whole: Path, split: Path) -> list[dict]:
    """Assert two releases hold the same shards byte for byte and the same provenance (the
    run record aside); return the provenance rows."""
    manifests = [json.loads((r / "manifest.json").read_text()) for r in (whole, split)]
    assert manifests[0]["shards"] == manifests[1]["shards"] and manifests[0]["shards"]
    for shard in manifests[0]["shards"]:
        assert (whole / shard["path"]).read_bytes() == (split / shard["path"]).read_bytes()
    rows = [
        pq.read_table(r / "provenance").drop_columns(["run"]).to_pylist() for r in (whole, split)
    ]
    assert rows[0] == rows[1]
    return rows[0]
