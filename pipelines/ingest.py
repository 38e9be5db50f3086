"""Reading raw files into records, through Beam's FileSystems so gs:// and s3:// work as is."""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from curate.readers import FileContext, read_records
from curate.records import Record
from curate.settings import IngestSettings

_LOG = logging.getLogger(__name__)
_WILDCARD = re.compile(r"[*?\[]")


def glob_root(pattern: str) -> str:
    """The fixed directory part of a glob; paths below it name records in their dataset."""
    match = _WILDCARD.search(pattern)
    fixed = pattern if match is None else pattern[: match.start()]
    if match is None:
        return posixpath.dirname(fixed.rstrip("/"))
    return fixed.rsplit("/", 1)[0] if "/" in fixed else ""


def relative_path(path: str, root: str) -> str:
    if root and path.startswith(root.rstrip("/") + "/"):
        return path[len(root.rstrip("/")) + 1 :]
    return posixpath.basename(path)


class InputPathClash(ValueError):
    """Two input files would name their records the same way."""


def match_files(patterns: list[str]) -> list[tuple[str, str]]:
    """(path, path relative to its glob root) for every file any pattern matches, deduplicated.

    Runs in the launching process: the file list is small next to the records, and an empty
    match must fail before a cluster is started. Document ids come from the relative path,
    so two different files with the same one (``a/x.jsonl`` and ``b/x.jsonl`` given as
    ``a/*`` and ``b/*``) are refused rather than given the same ids.
    """
    seen: dict[str, str] = {}
    for pattern, result in zip(patterns, FileSystems.match(patterns), strict=True):
        root = glob_root(pattern)
        for meta in sorted(result.metadata_list, key=lambda m: m.path):
            if meta.path.endswith("/"):
                continue
            seen.setdefault(meta.path, relative_path(meta.path, root))
    owners: dict[str, str] = {}
    for path, relpath in sorted(seen.items()):
        other = owners.setdefault(relpath, path)
        if other != path:
            raise InputPathClash(
                f"inputs {other} and {path} both read as {relpath!r}, so their records would "
                "get the same doc_ids; give them under one glob (e.g. their parent/**)"
            )
    return sorted(seen.items())


class ReadFileRecords(beam.DoFn):
    """Opens one file and yields all its records; a file that cannot be opened yields one
    error record, so it is counted rather than lost."""

    def __init__(self, settings: IngestSettings):
        self._settings = settings
        self._records = Metrics.counter("curate", "input_records")
        self._files = Metrics.counter("curate", "input_files")

    def process(self, item: tuple[str, str]) -> Iterator[Record]:
        path, relpath = item
        ctx = FileContext(uri=path, relpath=relpath, settings=self._settings)
        count = 0
        try:
            handle = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
        except OSError as err:
            count = 1
            yield ctx.error("file", "unreadable_file", f"cannot open file: {type(err).__name__}")
        else:
            with handle:
                for record in read_records(handle, ctx):
                    count += 1
                    yield record
        self._files.inc()
        self._records.inc(count)
        _LOG.info("read %d records from %s", count, path)


class ReadCorpus(beam.PTransform):
    """Matched files → records, with files spread over workers before the (slow) reading."""

    def __init__(self, files: list[tuple[str, str]], settings: IngestSettings):
        super().__init__()
        self._files = files
        self._settings = settings

    def expand(self, pbegin):
        return (
            pbegin
            | "Files" >> beam.Create(self._files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "Read" >> beam.ParDo(ReadFileRecords(self._settings))
        )
