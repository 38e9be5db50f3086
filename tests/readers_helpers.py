"""Shared by the reader tests: run one reader over bytes the way the pipeline does."""

from __future__ import annotations

import io
from dataclasses import replace

from curate.readers import FileContext, read_records
from tests.conftest import settings


def read(name: str, data: bytes, **ingest_overrides) -> list[dict]:
    ingest = replace(settings().ingest, dataset="test", **ingest_overrides)
    ctx = FileContext(uri=f"/corpus/{name}", relpath=name, settings=ingest)
    return list(read_records(io.BytesIO(data), ctx))


def reasons(records: list[dict]) -> list[str | None]:
    return [r["reason"].split(":", 1)[0] if r["reason"] else None for r in records]
