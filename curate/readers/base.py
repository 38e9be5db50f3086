"""What every reader shares: the file's identity, record construction, decompression, and the
guarantee that a file failing midway becomes an error record instead of a crash."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import zstandard

from curate.records import Record, error_record, make_doc_id, make_source, new_record
from curate.settings import IngestSettings

INGEST = "ingest"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FileContext:
    """One input file: where it is, how it is named inside its dataset, and the ingest
    settings."""

    uri: str
    relpath: str
    settings: IngestSettings

    @property
    def dataset(self) -> str:
        return self.settings.dataset

    def doc_id(self, locator: str) -> str:
        return make_doc_id(self.dataset, self.relpath, locator)

    def source(self, locator: str, **fields: Any) -> dict[str, Any]:
        return make_source(self.uri, locator, self.dataset, **fields)

    def record(self, locator: str, text: str, **fields: Any) -> Record:
        return new_record(self.doc_id(locator), self.source(locator, **fields), text)

    def error(
        self, locator: str, code: str, detail: str, raw: bytes | None = None, **fields: Any
    ) -> Record:
        """An error record whose reason is ``code: detail`` (statistics group by code)."""
        return error_record(
            self.doc_id(locator), self.source(locator, **fields), INGEST, f"{code}: {detail}", raw
        )

    def oversize_reason(self, nbytes: int) -> str | None:
        limit = self.settings.max_record_bytes
        if nbytes <= limit:
            return None
        return f"record of {nbytes} bytes exceeds ingest.max_record_bytes ({limit})"


class _ZstdReader(io.RawIOBase):
    """Multi-frame zstd decompression that raises EOFError on a truncated frame.

    zstandard's own stream_reader ends quietly at a cut-off frame, which would lose the
    rest of a file without a trace.
    """

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self._obj = zstandard.ZstdDecompressor().decompressobj()
        self._pending = b""
        self._in_frame = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self._pending:
            chunk = self._raw.read(_CHUNK)
            if not chunk:
                if self._in_frame:
                    raise EOFError("truncated zstd frame")
                return
            while chunk:
                self._in_frame = True
                self._pending += self._obj.decompress(chunk)
                chunk = b""
                if self._obj.eof:
                    self._in_frame = False
                    chunk = self._obj.unused_data
                    self._obj = zstandard.ZstdDecompressor().decompressobj()

    def readinto(self, buffer) -> int:
        self._fill()
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def decompressed(raw: IO[bytes], name: str) -> IO[bytes]:
    """Stream-decompress by file extension, so huge .gz/.zst files never sit in memory.

    Buffers stay small so that records before a truncation point are still delivered.
    """
    lower = name.lower()
    if lower.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if lower.endswith((".zst", ".zstd")):
        return io.BufferedReader(_ZstdReader(raw), _CHUNK)
    return raw


def guarded(
    records: Iterator[Record], ctx: FileContext, position: Callable[[], str]
) -> Iterator[Record]:
    """Yield from a reader; if the file breaks midway, end with one error record saying where.

    Records already read stay valid. The reason names the failure class, never file content.
    """
    try:
        yield from records
    except (OSError, EOFError, ValueError, zstandard.ZstdError, RuntimeError) as err:
        where = position()
        yield ctx.error(
            f"unreadable-after:{where}",
            "unreadable_file",
            f"file unreadable after {where}: {type(err).__name__} ({_describe(err)})",
        )


def _describe(err: BaseException) -> str:
    if isinstance(err, EOFError):
        return "truncated compressed stream"
    if isinstance(err, gzip.BadGzipFile):
        return "corrupt gzip stream"
    if isinstance(err, zstandard.ZstdError):
        return "corrupt zstd stream"
    return "read failed"
