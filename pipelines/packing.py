"""Records cross a shuffle as one compressed bytes value each, unpacked right after it.

Beam's embedded runner keeps every GroupByKey's input in memory until the consuming stage
runs, and it keeps the values decoded: a record is a live dict, its Korean text a Python
string, each decision a dict of its own, ~9 KB for a 2,000-character document. Packed, it is
one ``bytes`` of ~2.6 KB: the same coder Beam applies to these values anyway (so unpacking
gives back exactly what the shuffle would have), then zstd at its fastest level. On
distributed runners the shuffle is smaller too, for ~30 µs of CPU per record and shuffle.

Still, on the embedded runner every such buffer is held whole, several times over while it
is handed to the next stage, so 2.6 KB a document sets how large a corpus fits in memory.
Inside ``spilling(folder)`` (a run on the embedded runner, ``runtime.spill``) ``pack`` appends
the compressed bytes to a file of this process and returns a 17-byte claim ticket instead;
``unpack`` reads them back (one ``pread``, from the page cache while it holds them). The
buffers then hold tickets, keys and ids, and the text waits on disk. Distributed runners
never spill: their shuffles are on disk already, and a ticket means nothing to another
machine.
"""

from __future__ import annotations

import logging
import os
import shutil
import struct
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import zstandard
from apache_beam.coders import FastPrimitivesCoder

_LOG = logging.getLogger(__name__)
_CODER = FastPrimitivesCoder()
_LOCAL = threading.local()
LEVEL = 1
# A zstd frame starts with 0x28; a ticket with 0x00, then the writer's pid, offset, length.
_TICKET = struct.Struct("<cIQI")
_MARK = b"\x00"


class SpillError(RuntimeError):
    """A claim ticket that cannot be redeemed (no spill in force, or a short read)."""


class _Spill:
    """One append-only file per process under ``folder``; readers ``pread`` any of them."""

    def __init__(self, folder: str):
        self.folder = folder
        self._lock = threading.Lock()
        self._pid = 0
        self._fd = -1
        self._end = 0
        self._readers: dict[int, int] = {}

    def _path(self, pid: int) -> str:
        return os.path.join(self.folder, f"{pid}.spill")

    def put(self, data: bytes) -> bytes:
        with self._lock:
            pid = os.getpid()
            if pid != self._pid:
                flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND
                self._fd, self._pid, self._end = os.open(self._path(pid), flags, 0o600), pid, 0
            offset = self._end
            view = memoryview(data)
            try:
                while view:
                    view = view[os.write(self._fd, view) :]
            except OSError as err:  # a full disk: name the file, as a release write would
                raise OSError(err.errno, err.strerror, self._path(pid)) from err
            self._end += len(data)
        return _TICKET.pack(_MARK, pid, offset, len(data))

    def get(self, ticket: bytes) -> bytes:
        _, pid, offset, length = _TICKET.unpack(ticket)
        fd = self._readers.get(pid)
        if fd is None:
            with self._lock:
                fd = self._readers.get(pid)
                if fd is None:
                    fd = self._readers[pid] = os.open(self._path(pid), os.O_RDONLY)
        data = os.pread(fd, length, offset)
        if len(data) != length:
            raise SpillError(
                f"spill file {self._path(pid)} is shorter than a ticket it issued "
                f"({len(data)} of {length} bytes at offset {offset})"
            )
        return data

    def close(self) -> None:
        for fd in (self._fd, *self._readers.values()):
            if fd >= 0:
                os.close(fd)
        self._fd, self._pid, self._readers = -1, 0, {}


_SPILL: _Spill | None = None


@contextmanager
def spilling(parent: str | None = None, prefix: str = "curate-spill-") -> Iterator[str]:
    """Within it, ``pack`` spills to a new folder made in ``parent`` (the system's temporary
    folder when None), which is removed with everything in it on the way out, also after an
    error. Yields the folder."""
    global _SPILL
    if _SPILL is not None:
        raise SpillError(f"already spilling to {_SPILL.folder}")
    folder = tempfile.mkdtemp(prefix=prefix, dir=parent)
    _SPILL = _Spill(folder)
    try:
        yield folder
    finally:
        spill, _SPILL = _SPILL, None
        spill.close()
        held = sum(entry.stat().st_size for entry in os.scandir(folder))
        shutil.rmtree(folder, ignore_errors=True)
        _LOG.info("spill: %s held %.1f MB; removed", folder, held / 2**20)


def spill_folder() -> str | None:
    """The folder ``pack`` spills to now, None when it keeps values inline."""
    return None if _SPILL is None else _SPILL.folder


def _codecs() -> tuple[zstandard.ZstdCompressor, zstandard.ZstdDecompressor]:
    """One compressor and decompressor per thread (zstandard's are not thread-safe)."""
    codecs = getattr(_LOCAL, "codecs", None)
    if codecs is None:
        codecs = _LOCAL.codecs = (zstandard.ZstdCompressor(LEVEL), zstandard.ZstdDecompressor())
    return codecs


def pack(value: Any) -> bytes:
    """``value`` (a record, a row) as compressed bytes for a shuffle, or as a claim ticket
    for them while spilling."""
    data = _codecs()[0].compress(_CODER.encode(value))
    return data if _SPILL is None else _SPILL.put(data)


def unpack(data: bytes) -> Any:
    """The value ``pack`` was given, equal to it in every field and type."""
    if data[:1] == _MARK:
        if _SPILL is None:
            raise SpillError("a spilled value was unpacked after its run's spill was removed")
        data = _SPILL.get(data)
    return _CODER.decode(_codecs()[1].decompress(data))


def keyed_by_doc(record: dict[str, Any]) -> tuple[str, bytes]:
    """(doc_id, packed record): how a record enters a join by document."""
    return record["doc_id"], pack(record)
