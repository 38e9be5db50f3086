"""What every reader shares: the file's identity, record construction with values safe to
write, how far reading a file got, and the guarantee that a file failing midway becomes an
error record instead of a crash."""

from __future__ import annotations

import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import zstandard

from curate.readers.stream import CORRUPT, TRUNCATED, Damage, Damaged
from curate.records import (
    Record,
    error_record,
    make_doc_id,
    make_source,
    new_record,
    repaired,
    string_problem,
)
from curate.settings import IngestSettings

INGEST = "ingest"
INVALID_VALUE = "invalid_value"


@dataclass
class FileReport:
    """How far reading one file got, filled in by its reader: damaged regions skipped (reading
    resumed after them) and, when the file was cut short, where, why and how much was left."""

    damaged: int = 0
    stopped_at: str | None = None
    reason: str | None = None
    bytes_left: int | None = None

    @property
    def complete(self) -> bool:
        return self.stopped_at is None

    def cut(self, locator: str, code: str, bytes_left: int | None) -> None:
        if self.stopped_at is None:
            self.stopped_at, self.reason, self.bytes_left = locator, code, bytes_left

    def summary(self, path: str, records: int) -> dict[str, Any]:
        """The per-file entry of a run's ``stats.json``."""
        return {
            "path": path,
            "records": records,
            "read": "to_end" if self.complete else "cut_short",
            "damaged_regions": self.damaged,
            "stopped_at": self.stopped_at,
            "reason": self.reason,
            "bytes_left": self.bytes_left,
        }


@dataclass(frozen=True)
class FileContext:
    """One input file: where it is, how it is named inside its dataset, the ingest settings,
    the report its reader fills in, and where its HTML pages get their main text."""

    uri: str
    relpath: str
    settings: IngestSettings
    report: FileReport = field(default_factory=FileReport, compare=False)
    member: str = ""
    # Where HTML pages get their main text (``curate.readers.extraction.Extractor``); None:
    # in this process.
    extractor: Any = field(default=None, compare=False)

    @property
    def dataset(self) -> str:
        return self.settings.dataset

    def within(self, member: str) -> FileContext:
        """The context of an archive member: its own report, its name in the uri (readers
        and decompression are chosen by it), and locators prefixed with it (``NAME#line:3``),
        so doc_ids of two members never meet."""
        return FileContext(
            uri=f"{self.uri}!/{member}",
            relpath=self.relpath,
            settings=self.settings,
            member=f"{self.member}{member}#",
            extractor=self.extractor,
        )

    def doc_id(self, locator: str) -> str:
        return make_doc_id(self.dataset, self.relpath, self.member + locator)

    def source(self, locator: str, **fields: Any) -> dict[str, Any]:
        return make_source(self.uri, self.member + locator, self.dataset, **fields)

    def record(
        self, locator: str, text: str, decisions: list | None = None, **fields: Any
    ) -> Record:
        """A read document, or an ``invalid_value`` error when its text or a metadata value
        cannot be written (a lone surrogate; NUL in metadata); lossless repairs applied."""
        fields = {key: repaired(value) for key, value in fields.items()}
        text = repaired(text)
        for name, value in (("text", text), *fields.items()):
            problem = string_problem(value, allow_nul=name == "text")
            if problem:
                detail = f"field {name!r} holds {problem}"
                return self.error(locator, INVALID_VALUE, detail, **fields)
        record = new_record(self.doc_id(locator), self.source(locator, **fields), text)
        if decisions:
            record["decisions"] = list(decisions)
        return record

    def error(
        self,
        locator: str,
        code: str,
        detail: str,
        raw: bytes | None = None,
        digest: str | None = None,
        **fields: Any,
    ) -> Record:
        """An error record whose reason is ``code: detail`` (statistics group by code); metadata
        values that could not be written are left out."""
        safe = {
            key: None if string_problem(repaired(value)) else repaired(value)
            for key, value in fields.items()
        }
        record = error_record(
            self.doc_id(locator), self.source(locator, **safe), INGEST, f"{code}: {detail}", raw
        )
        if digest is not None:
            record["content_sha256"] = digest
        return record

    def oversize_reason(self, nbytes: int) -> str | None:
        limit = self.settings.max_record_bytes
        if nbytes <= limit:
            return None
        return f"record of {nbytes} bytes exceeds ingest.max_record_bytes ({limit})"

    def damaged(self, damage: Damage, position: str) -> Record:
        """The error record standing for an undecodable region. Reading resumed after it: the
        locator names its bytes. It ended the file: the locator names the last record read
        (``position``)."""
        if damage.resumed_at is not None:
            locator = f"damaged-bytes:{damage.offset}-{damage.resumed_at}"
        else:
            locator = f"unreadable-after:{position}"
        return self.damage_error(damage, locator)

    def damage_error(self, damage: Damage, locator: str) -> Record:
        """``damage`` as the error of the record at ``locator``, noted in the file's report
        (cut short when reading did not resume)."""
        if damage.resumed_at is None:
            self.report.cut(locator, damage.kind, damage.bytes_left)
        else:
            self.report.damaged += 1
        return self.error(locator, damage.kind, damage.describe())


class ReaderUnavailable(RuntimeError):
    """A reader cannot work in this process at all (not one file's problem): the run fails
    with this message instead of turning every file into errors."""


def guarded(
    records: Iterator[Record], ctx: FileContext, position: Callable[[], str]
) -> Iterator[Record]:
    """Yield from a reader; if the file breaks midway, end with one error record saying where
    (``position``: the last record read) and report the file cut short.

    Records already read stay valid. The reason names the failure class, never file content
    (exception messages can quote it, so they are never passed on).
    """
    try:
        yield from records
    except ReaderUnavailable:
        raise
    except Exception as err:  # noqa: BLE001 - any failure of a reader ends its file, not the run
        where = position()
        locator = f"unreadable-after:{where}"
        code = failure_code(err)
        ctx.report.cut(locator, code, None)
        yield ctx.error(locator, code, f"file unreadable after {where}: {type(err).__name__}")


def failure_code(err: BaseException) -> str:
    """The reason code for an exception that ended a file."""
    if isinstance(err, Damaged):
        return err.damage.kind
    if isinstance(err, EOFError):
        return TRUNCATED
    if isinstance(
        err,
        zlib.error
        | zstandard.ZstdError
        | gzip.BadGzipFile
        | lzma.LZMAError
        | zipfile.BadZipFile
        | tarfile.TarError,
    ):
        return CORRUPT
    if type(err).__name__ == "ArchiveLoadFailed":
        return "warc_framing"
    return "unreadable_file"
