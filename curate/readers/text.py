"""Plain-text collections: one document per file, or one per blank-line-separated block."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import IO

from curate.readers.base import FileContext, guarded
from curate.readers.decode import DecodeError, decode_bytes, detect_encoding
from curate.readers.stream import Chunks, Damage, raw_chunks
from curate.records import Record

_BLOCK_SPLIT = re.compile(r"\n\s*\n")
_LINE_END = re.compile(r"\r\n?")


def split_blocks(text: str) -> list[str]:
    """Blank-line-separated blocks; ``\\r\\n`` and a lone ``\\r`` end lines like ``\\n``."""
    blocks = _BLOCK_SPLIT.split(_LINE_END.sub("\n", text))
    return [block.strip("\n") for block in blocks if block.strip()]


def _segments(chunks: Chunks, limit: int) -> tuple[list[tuple[bytes, Damage | None]], bool]:
    """The file's bytes as (bytes, damage that ended them) segments, and whether the file was
    longer than ``limit`` (reading stops there: nothing past the limit is held)."""
    segments: list[tuple[bytes, Damage | None]] = []
    parts: list[bytes] = []
    total = 0
    for item in chunks:
        if isinstance(item, Damage):
            segments.append((b"".join(parts), item))
            parts = []
            continue
        total += len(item)
        if total > limit:
            return [], True
        parts.append(item)
    if parts or not segments:
        segments.append((b"".join(parts), None))
    return segments, False


def _decode_segment(data: bytes, encoding: str, cut: bool) -> str:
    """Decode one segment; one cut by damage may end inside a character, which is left out."""
    if not cut:
        return decode_bytes(data, encoding)
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeError:
        return decode_bytes(data, encoding)


def read_text(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    """One record per file (or per block); a damaged region in a compressed file makes the
    document (or the block it cut) an error, and blocks on either side survive."""
    state = {"block": 0}

    def records() -> Iterator[Record]:
        limit = ctx.settings.max_record_bytes
        segments, oversize = _segments(raw_chunks(raw, ctx.uri), limit)
        if oversize:
            yield ctx.error(
                "file",
                "oversize",
                f"file larger than ingest.max_record_bytes ({limit}); "
                "split it or convert it to JSONL",
            )
            return
        first = segments[0][0]
        encoding = detect_encoding(first, fallback=ctx.settings.fallback_encoding)
        if ctx.settings.text_mode == "document":
            yield _document(segments, encoding, ctx)
            return
        for data, damage in segments:
            try:
                text = _decode_segment(data, encoding, damage is not None)
            except DecodeError as err:
                state["block"] += 1
                where = "file" if len(segments) == 1 else f"block:{state['block']}"
                yield ctx.error(where, "undecodable", str(err), data)
            else:
                for block in split_blocks(text):
                    state["block"] += 1
                    yield ctx.record(f"block:{state['block']}", block, encoding=encoding)
            if damage is not None:
                yield ctx.damaged(damage, f"block:{state['block']}")

    return guarded(
        records(), ctx, lambda: f"block:{state['block']}" if state["block"] else "file-start"
    )


def _document(
    segments: list[tuple[bytes, Damage | None]], encoding: str, ctx: FileContext
) -> Record:
    """The file as one record; any damage makes it that record's error."""
    damage = next((d for _, d in segments if d is not None), None)
    if damage is not None:
        return ctx.damage_error(damage, "file")
    data = segments[0][0]
    try:
        text = decode_bytes(data, encoding)
    except DecodeError as err:
        return ctx.error("file", "undecodable", str(err), data)
    return ctx.record("file", text, encoding=encoding)
