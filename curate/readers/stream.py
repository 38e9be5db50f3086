"""Bounded-memory byte streams for the readers: decompression that survives damage, BOM-marked
UTF-16/32 transcoding, and line splitting that never holds more than the record limit.

A stream is an iterator of ``bytes`` chunks interleaved with ``Damage`` markers. A marker says
that a region of the raw file could not be decoded and where reading resumed (the next gzip
member or zstd frame), or that the rest of the file is lost. Readers turn each marker into one
error record, so a flipped bit costs the records it touches and no others.
"""

from __future__ import annotations

import bz2
import codecs
import hashlib
import io
import lzma
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Protocol

import zstandard

CHUNK = 64 * 1024
_ZSTD_FEED = 1024  # input bytes per zstd call: caps one call's output at ~32 MiB (RLE blocks)
_RESYNC_WINDOW = 1024 * 1024  # compressed bytes of a member kept to look for the next one
TRUNCATED, CORRUPT = "truncated_stream", "corrupt_stream"


@dataclass(frozen=True)
class Damage:
    """An undecodable region: ``offset`` is the raw byte where it was found, ``resumed_at`` the
    raw byte where decoding started again (None: the rest of the file is lost)."""

    kind: str
    offset: int
    resumed_at: int | None
    size: int | None = None

    @property
    def bytes_left(self) -> int | None:
        """Raw bytes never decoded after the damage when it ended the file."""
        if self.resumed_at is not None or self.size is None:
            return None
        return max(0, self.size - self.offset)

    def describe(self) -> str:
        """A reason detail naming offsets and counts only, never content."""
        if self.resumed_at is not None:
            return f"undecodable bytes {self.offset}-{self.resumed_at}, reading resumed after them"
        left = self.bytes_left
        tail = "" if left is None else f" ({left} bytes left unread)"
        if self.kind == TRUNCATED:
            return f"stream ends mid-record at byte offset {self.offset}{tail}"
        return f"rest of file unreadable from byte offset {self.offset}{tail}"


Chunks = Iterator["bytes | Damage"]


class _Raw:
    """The raw file read in chunks, counting how far it got."""

    def __init__(self, raw: IO[bytes]):
        self._raw = raw
        self.offset = 0

    def read(self) -> bytes:
        chunk = self._raw.read(CHUNK)
        self.offset += len(chunk)
        return chunk

    def size(self) -> int | None:
        try:
            return self._raw.seek(0, 2)
        except (OSError, AttributeError, ValueError):
            return None


class _Member(Protocol):
    eof: bool

    def feed(self, data: bytes) -> tuple[bytes, int]: ...


class _ZlibMember:
    """One gzip member; output per call is capped so a bomb never expands in memory."""

    def __init__(self) -> None:
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.eof = False

    def feed(self, data: memoryview) -> tuple[bytes, int]:
        out = self._obj.decompress(data, CHUNK)
        self.eof = self._obj.eof
        left = len(self._obj.unused_data if self.eof else self._obj.unconsumed_tail)
        return out, len(data) - left


class _ZstdMember:
    """One zstd frame; zstandard's decompressobj has no output cap, so it is fed small slices
    (one call's output stays under ~32 MiB even for RLE blocks)."""

    def __init__(self) -> None:
        self._obj = zstandard.ZstdDecompressor().decompressobj()
        self.eof = False

    def feed(self, data: memoryview) -> tuple[bytes, int]:
        out = self._obj.decompress(data)
        self.eof = self._obj.eof
        return out, len(data) - (len(self._obj.unused_data) if self.eof else 0)


@dataclass(frozen=True)
class _Format:
    magic: bytes
    member: Callable[[], _Member]
    errors: tuple[type[BaseException], ...]
    feed: int
    padding: bytes = b""


_GZIP = _Format(b"\x1f\x8b\x08", _ZlibMember, (zlib.error,), 16 * 1024, padding=b"\0")
_ZSTD = _Format(b"\x28\xb5\x2f\xfd", _ZstdMember, (zstandard.ZstdError,), 1024)


class _Input:
    """Undecoded input: a buffer, a read position in it, and the raw offset of that position."""

    def __init__(self, raw: IO[bytes]):
        self.src = _Raw(raw)
        self.buf = b""
        self.pos = 0

    @property
    def at(self) -> int:
        return self.src.offset - (len(self.buf) - self.pos)

    def available(self) -> int:
        return len(self.buf) - self.pos

    def fill(self, want: int = 1) -> bool:
        """Make at least ``want`` bytes available; False at the end of the file."""
        while self.available() < want:
            more = self.src.read()
            if not more:
                return False
            self.buf = self.buf[self.pos :] + more
            self.pos = 0
        return True

    def rewind_to(self, data: bytes) -> None:
        """Put ``data`` (bytes just consumed) back in front of the unread input."""
        self.buf = data + self.buf[self.pos :]
        self.pos = 0

    def view(self, size: int) -> memoryview:
        return memoryview(self.buf)[self.pos : self.pos + size]

    def skip(self, size: int) -> None:
        self.pos += size

    def find(self, needle: bytes, start: int = 0) -> int:
        found = self.buf.find(needle, self.pos + start)
        return -1 if found < 0 else found - self.pos


def _decode_member(inp: _Input, member: _Member, feed: int) -> Iterator[tuple[bytes, int]]:
    """(output, input bytes used) steps of one member until it ends or the input does; the
    caller advances the input, so a failure leaves it at the failing step."""
    while not member.eof:
        if not inp.fill():
            while not member.eof and (out := member.feed(memoryview(b""))[0]):
                yield out, 0
            return
        yield member.feed(inp.view(feed))


def _members(raw: IO[bytes], fmt: _Format, starts: list[tuple[int, int]] | None) -> Chunks:
    """Decompress concatenated members (gzip members, zstd frames). A damaged member ends at the
    damage; decoding resumes at the next magic that decodes, searched from just after the
    damaged member's start among its last ``_RESYNC_WINDOW`` input bytes and onwards.
    ``starts`` collects (decompressed offset, raw offset) of each member that decodes."""
    inp = _Input(raw)
    produced = 0
    magic = len(fmt.magic)
    damage: int | None = None  # raw offset of a damaged region being skipped
    while True:
        if damage is None and fmt.padding:
            while inp.fill() and inp.view(1)[0:1] == fmt.padding:
                inp.skip(1)
        if not inp.fill(magic):
            break
        found = inp.find(fmt.magic)
        if found != 0:
            damage = inp.at if damage is None else damage
            if found < 0:
                inp.skip(inp.available() - magic + 1)
                continue
            inp.skip(found)
        start = inp.at
        member = fmt.member()
        kept: list[bytes] = []
        kept_size = 0
        try:
            for out, used in _decode_member(inp, member, fmt.feed):
                if out:
                    if damage is not None:
                        yield Damage(CORRUPT, damage, start)
                        damage = None
                    if starts is not None and (not starts or starts[-1][1] != start):
                        starts.append((produced, start))
                    produced += len(out)
                    yield out
                if kept_size < _RESYNC_WINDOW:
                    kept.append(bytes(inp.view(used)))
                kept_size += used
                inp.skip(used)
        except fmt.errors:
            damage = inp.at if damage is None else damage
            if not kept_size:
                inp.skip(1)
            elif kept_size < _RESYNC_WINDOW:
                inp.rewind_to(b"".join(kept)[1:])
            continue
        if not member.eof:
            if damage is None:
                yield Damage(TRUNCATED, inp.at, None, inp.src.size())
                return
            break
        if damage is not None:
            yield Damage(CORRUPT, damage, start)
            damage = None
    if damage is not None:
        yield Damage(CORRUPT, damage, None, inp.src.size())


class _Stream(Protocol):
    eof: bool
    needs_input: bool
    unused_data: bytes

    def decompress(self, data: bytes, max_length: int = -1) -> bytes: ...


def _streams(
    raw: IO[bytes],
    new: Callable[[], _Stream],
    errors: tuple[type[BaseException], ...],
    padding: bytes,
    starts: list[tuple[int, int]] | None,
) -> Chunks:
    """Decompress concatenated bzip2 or xz streams (multistream ``pages-articles-multistream``
    dumps, ``pbzip2``/``pixz`` output) with each call's output capped at ``CHUNK``, so a bomb
    never expands in memory. Neither format can be resynchronised cheaply (bzip2 blocks start
    at bit offsets), so damage ends the file: one marker with the raw offset, every byte
    decoded before it kept. ``starts`` collects (decompressed offset, raw offset) per stream."""
    src = _Raw(raw)
    data = b""  # raw input not yet handed to the decompressor
    obj: _Stream | None = None
    produced = 0
    while True:
        if obj is None or obj.eof:
            data = (obj.unused_data if obj is not None else b"") + data
            data = data.lstrip(padding) if padding else data
            while not data:
                data = src.read()
                if not data:
                    return
                data = data.lstrip(padding) if padding else data
            obj = new()
            if starts is not None:
                starts.append((produced, src.offset - len(data)))
        try:
            if obj.needs_input:
                if not data:
                    data = src.read()
                    if not data:
                        yield Damage(TRUNCATED, src.offset, None, src.size())
                        return
                out, data = obj.decompress(data, CHUNK), b""
            else:
                out = obj.decompress(b"", CHUNK)
        except errors:
            yield Damage(CORRUPT, src.offset - len(data), None, src.size())
            return
        if out:
            produced += len(out)
            yield out


def _bz2() -> _Stream:
    return bz2.BZ2Decompressor()


def _xz() -> _Stream:
    return lzma.LZMADecompressor()


def _plain(raw: IO[bytes]) -> Chunks:
    src = _Raw(raw)
    while chunk := src.read():
        yield chunk


def window(raw: IO[bytes], start: int, end: int) -> Chunks:
    """Bytes [start, end) of an uncompressed file: one part of a file split for parallel
    reading."""
    raw.seek(start)
    left = end - start
    while left > 0 and (chunk := raw.read(min(CHUNK, left))):
        left -= len(chunk)
        yield chunk


def line_start_at_or_after(raw: IO[bytes], offset: int) -> int:
    """The first offset at or after ``offset`` where a line starts right after a ``\n`` (0
    and the file's end count too): where a part of a split file begins. Scanning from the
    byte before ``offset`` makes the answer the same whichever part asks."""
    if offset <= 0:
        return 0
    raw.seek(offset - 1)
    position = offset - 1
    while chunk := raw.read(CHUNK):
        found = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)
    return position


COMPRESSION = (".gz", ".tgz", ".zst", ".zstd", ".bz2", ".xz")


def raw_chunks(raw: IO[bytes], name: str, starts: list[tuple[int, int]] | None = None) -> Chunks:
    """The file's decompressed bytes by extension (.gz/.tgz, .zst/.zstd, .bz2, .xz, else as
    is); ``starts`` collects where each compressed member or stream begins.

    Every reader gets ``.bz2`` (multistream Wikipedia dumps) and ``.xz`` from here: a
    truncated or corrupt stream is one damage marker with its raw byte offset, and every
    record decoded before it is kept."""
    lower = name.lower()
    if lower.endswith((".gz", ".tgz")):
        return _members(raw, _GZIP, starts)
    if lower.endswith((".zst", ".zstd")):
        return _members(raw, _ZSTD, starts)
    if lower.endswith(".bz2"):
        return _streams(raw, _bz2, (OSError, ValueError, EOFError), b"", starts)
    if lower.endswith(".xz"):
        return _streams(raw, _xz, (lzma.LZMAError, EOFError), b"\0", starts)
    return _plain(raw)


def peek(chunks: Chunks, size: int) -> tuple[bytes, Chunks]:
    """The first ``size`` bytes (fewer at a damage marker or the end) and the whole stream."""
    head: list[bytes] = []
    got = 0
    held: list[bytes | Damage] = []
    for item in chunks:
        held.append(item)
        if isinstance(item, Damage):
            break
        head.append(item)
        got += len(item)
        if got >= size:
            break

    def replay() -> Chunks:
        yield from held
        yield from chunks

    return b"".join(head)[:size], replay()


def to_utf8(chunks: Chunks, encoding: str) -> Chunks:
    """Transcode a BOM-marked UTF-16/32 stream to UTF-8 chunk by chunk, so that lines split on
    real newlines. Undecodable code units come out as the raw bytes (surrogateescape), which
    fail UTF-8 decoding later and make their own line an error."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="surrogateescape")
    for item in chunks:
        if isinstance(item, Damage):
            yield from _encoded(decoder.decode(b"", final=True))
            decoder = codecs.getincrementaldecoder(encoding)(errors="surrogateescape")
            yield item
            continue
        yield from _encoded(decoder.decode(item))
    yield from _encoded(decoder.decode(b"", final=True))


def _encoded(text: str) -> Iterator[bytes]:
    if text:
        yield text.encode("utf-8", "surrogateescape")


@dataclass(frozen=True)
class Line:
    """One line without its ending. ``data`` is None when it was longer than the limit: it was
    skipped, not held, and only its size and sha256 are known."""

    number: int
    data: bytes | None
    size: int
    sha256: str | None = None


class _Pending:
    """The line being assembled: held up to ``limit`` bytes, then only counted and hashed."""

    def __init__(self, limit: int):
        self._limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self._hash: hashlib._Hash | None = None

    def add(self, piece: bytes) -> None:
        if not piece:
            return
        self.size += len(piece)
        if self._hash is not None:
            self._hash.update(piece)
            return
        self.parts.append(piece)
        if self.size > self._limit:
            self._hash = hashlib.sha256(b"".join(self.parts))
            self.parts = []

    def take(self, number: int) -> Line:
        if self._hash is not None:
            line = Line(number, None, self.size, self._hash.hexdigest())
        else:
            line = Line(number, b"".join(self.parts), self.size)
        self.parts, self.size, self._hash = [], 0, None
        return line

    def __bool__(self) -> bool:
        return self.size > 0


def split_lines(chunks: Chunks, limit: int) -> Iterator[Line | Damage]:
    """Lines ended by ``\\n``, ``\\r\\n`` or a lone ``\\r``; a line longer than ``limit`` is
    skipped to its end without being held. At a damage marker the line in progress is given
    up (the marker stands for it) and splitting goes on with the bytes after the damage."""
    pending = _Pending(limit)
    number = 0
    after_cr = False
    for item in chunks:
        if isinstance(item, Damage):
            pending = _Pending(limit)
            after_cr = False
            yield item
            continue
        start = 0
        if after_cr and item.startswith(b"\n"):
            start = 1
        after_cr = False
        size = len(item)
        while start < size:
            nl = item.find(b"\n", start)
            cr = item.find(b"\r", start, nl if nl >= 0 else size)
            end = cr if cr >= 0 else nl
            if end < 0:
                pending.add(item[start:])
                break
            pending.add(item[start:end])
            number += 1
            yield pending.take(number)
            start = end + 1
            if cr >= 0:
                if start < size and item[start] == 0x0A:
                    start += 1
                elif start == size:
                    after_cr = True
    if pending:
        number += 1
        yield pending.take(number)


class Damaged(Exception):
    """Raised by ``ByteReader`` where a damage marker interrupts the bytes asked for."""

    def __init__(self, damage: Damage):
        super().__init__(damage.kind)
        self.damage = damage


class ByteReader:
    """Buffered reads over a chunk stream for formats framed by lengths (WARC). ``offset`` is
    the position in the decompressed stream. Asking for bytes across a damage marker raises
    ``Damaged`` and drops what was buffered before it (the record in progress is lost);
    reading then goes on after the damage."""

    def __init__(self, chunks: Chunks):
        self._chunks = chunks
        self._buf = b""
        self._pos = 0
        self._damage: Damage | None = None
        self.offset = 0

    def _fill(self, want: int) -> bool:
        while len(self._buf) - self._pos < want:
            if self._damage is not None:
                return False
            item = next(self._chunks, None)
            if item is None:
                return False
            if isinstance(item, Damage):
                self._damage = item
                return False
            self._buf = self._buf[self._pos :] + item
            self._pos = 0
        return True

    def _raise_damage(self) -> None:
        if self._damage is not None:
            damage, self._damage = self._damage, None
            self.offset += len(self._buf) - self._pos
            self._buf, self._pos = b"", 0
            raise Damaged(damage)

    def _take(self, size: int) -> bytes:
        data = self._buf[self._pos : self._pos + size]
        self._pos += len(data)
        self.offset += len(data)
        return data

    def readline(self, limit: int) -> bytes:
        """Up to and including the next ``\\n``, at most ``limit`` bytes; b"" at the end."""
        scanned = 0
        while True:
            end = self._buf.find(b"\n", self._pos + scanned, self._pos + limit)
            if end >= 0:
                return self._take(end + 1 - self._pos)
            available = len(self._buf) - self._pos
            if available >= limit:
                return self._take(limit)
            scanned = available
            if not self._fill(available + 1):
                if self._damage is not None:
                    self._raise_damage()
                return self._take(available)

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes, or fewer at the end of the stream."""
        if not self._fill(size):
            self._raise_damage()
        return self._take(size)

    def skip(self, size: int) -> int:
        """Skip ``size`` bytes without holding them; returns how many there were."""
        done = 0
        while done < size:
            step = min(size - done, CHUNK)
            got = len(self.read(step))
            done += got
            if got < step:
                break
        return done

    def peek(self, size: int) -> bytes:
        self._fill(size)
        return self._buf[self._pos : self._pos + size]


class ChunkFile(io.RawIOBase):
    """A chunk stream as a file object, for libraries that read files (warcio's ARC path);
    a damage marker raises ``Damaged``."""

    def __init__(self, chunks: Chunks):
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            item = next(self._chunks, None)
            if item is None:
                return 0
            if isinstance(item, Damage):
                raise Damaged(item)
            self._pending = item
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
