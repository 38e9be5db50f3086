"""Byte-reproducible writers: no timestamps, file names or random ids leak into containers."""

import gzip
import io
import random
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.parquet as pq
import zstandard
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

UTF8_BOM = b"\xef\xbb\xbf"
USER_AGENT = "korean-curate-sample/0.1 (+https://example.kr/bot)"


def jsonl_bytes(lines: Sequence[bytes], *, bom: bool = False) -> bytes:
    return (UTF8_BOM if bom else b"") + b"".join(line + b"\n" for line in lines)


def gzip_bytes(data: bytes) -> bytes:
    """gzip with mtime 0 and no file name in the header, so output depends on data alone."""
    return gzip.compress(data, compresslevel=6, mtime=0)


def zstd_bytes(data: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=10).compress(data)


COMPRESSORS = {"jsonl": bytes, "jsonl.gz": gzip_bytes, "jsonl.zst": zstd_bytes}


def count_records(lines: Sequence[bytes]) -> int:
    """Non-blank lines: a blank line is not a record, every other line is (broken or not)."""
    return sum(1 for line in lines if line.strip())


def readable_lines(truncated_gzip: bytes) -> int:
    """Complete lines a streaming reader yields before the truncated gzip raises EOFError."""
    return zlib.decompressobj(wbits=31).decompress(truncated_gzip).count(b"\n")


def parquet_bytes(rows: Sequence[tuple[str, str | None, str]]) -> bytes:
    """An (id, text, url) table; text may be null, as in real exported tables."""
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("url", pa.string())])
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[], [], []]
    table = pa.Table.from_arrays(columns, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


@dataclass(frozen=True)
class WarcPage:
    url: str
    content_type: str
    body: bytes


class WarcStamps:
    """WARC-Date and WARC-Record-ID values drawn from the seed instead of the clock and uuid4."""

    def __init__(self, rng: random.Random, start: datetime) -> None:
        self._rng = rng
        self._now = start

    def tick(self) -> str:
        self._now += timedelta(seconds=self._rng.randint(1, 90))
        return self._now.strftime("%Y-%m-%dT%H:%M:%SZ")

    def record_id(self) -> str:
        return f"<urn:uuid:{uuid.UUID(int=self._rng.getrandbits(128), version=4)}>"


def _warcinfo(writer: WARCWriter, filename: str, stamps: WarcStamps) -> ArcWarcRecord:
    fields = (
        f"software: korean-curate sample generator\r\nformat: WARC File Format 1.1\r\n"
        f"robots: obey\r\nhttp-header-user-agent: {USER_AGENT}\r\n"
    ).encode()
    headers = {
        "WARC-Record-ID": stamps.record_id(),
        "WARC-Date": stamps.tick(),
        "WARC-Filename": filename,
        "Content-Type": "application/warc-fields",
    }
    return writer.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(fields), length=len(fields), warc_headers_dict=headers
    )


def _exchange(
    writer: WARCWriter, page: WarcPage, stamps: WarcStamps
) -> tuple[ArcWarcRecord, ArcWarcRecord]:
    """A GET request record and its HTTP/1.1 200 response, linked by WARC-Concurrent-To."""
    date, response_id = stamps.tick(), stamps.record_id()
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", page.content_type), ("Content-Length", str(len(page.body)))],
        protocol="HTTP/1.1",
    )
    response = writer.create_warc_record(
        page.url,
        "response",
        payload=io.BytesIO(page.body),
        length=len(page.body),
        http_headers=http,
        warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": date},
    )
    url = urlsplit(page.url)
    target = url.path + (f"?{url.query}" if url.query else "")
    get = StatusAndHeaders(
        f"GET {target} HTTP/1.1",
        [("Host", url.netloc), ("User-Agent", USER_AGENT), ("Accept-Language", "ko-KR,ko;q=0.9")],
        is_http_request=True,
    )
    request_headers = {
        "WARC-Record-ID": stamps.record_id(),
        "WARC-Date": date,
        "WARC-Concurrent-To": response_id,
    }
    request = writer.create_warc_record(
        page.url, "request", http_headers=get, warc_headers_dict=request_headers
    )
    return request, response


def warc_bytes(filename: str, pages: Sequence[WarcPage], stamps: WarcStamps) -> bytes:
    """A gzipped WARC/1.1 file: warcinfo, then a request/response pair per page."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    writer.write_record(_warcinfo(writer, filename, stamps))
    for page in pages:
        for record in _exchange(writer, page, stamps):
            writer.write_record(record)
    return out.getvalue()
