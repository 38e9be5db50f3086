"""Plain-text collections: one document per file, or one per blank-line-separated block."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

from curate.readers.base import FileContext, decompressed, guarded
from curate.readers.decode import DecodeError, decode_bytes, detect_encoding
from curate.records import Record

_BLOCK_SPLIT = re.compile(r"\n\s*\n")


def split_blocks(text: str) -> list[str]:
    blocks = _BLOCK_SPLIT.split(text.replace("\r\n", "\n"))
    return [block.strip("\n") for block in blocks if block.strip()]


def read_text(raw: IO[bytes], ctx: FileContext) -> Iterator[Record]:
    def records() -> Iterator[Record]:
        limit = ctx.settings.max_record_bytes
        data = decompressed(raw, ctx.uri).read(limit + 1)
        if len(data) > limit:
            yield ctx.error(
                "file",
                "oversize",
                f"file larger than ingest.max_record_bytes ({limit}); "
                "split it or convert it to JSONL",
            )
            return
        try:
            encoding = detect_encoding(data, fallback=ctx.settings.fallback_encoding)
            text = decode_bytes(data, encoding)
        except DecodeError as err:
            yield ctx.error("file", "undecodable", str(err), data)
            return
        if ctx.settings.text_mode == "document":
            yield ctx.record("file", text, encoding=encoding)
            return
        for number, block in enumerate(split_blocks(text), start=1):
            yield ctx.record(f"block:{number}", block, encoding=encoding)

    return guarded(records(), ctx, lambda: "file-start")
