"""Reading raw files into records, through Beam's FileSystems so gs:// and s3:// work as is."""

from __future__ import annotations

import errno
import logging
import os
import posixpath
import re
from collections.abc import Iterator

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes, FileSystem
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.pvalue import TaggedOutput

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


FILES = "files"
# An input item: (path, relpath) for a file to read, or (path, relpath, reason code) for a
# path under a glob that cannot be read as a file (an unlistable directory, a dangling link, a
# link loop). ``path`` is bytes when the local name is not UTF-8 (Beam's coders take bytes).
InputItem = tuple


def escaped_name(path: str) -> str:
    """A file name safe to write to provenance and logs: bytes that are not UTF-8 (held by
    Python as surrogate escapes) become ``\\xNN``."""
    try:
        raw = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def _carried(path: str) -> str | bytes:
    """The path as it travels through Beam: bytes when a coder could not encode it."""
    return path if escaped_name(path) == path else os.fsencode(path)


def _is_local(pattern: str) -> bool:
    return "://" not in pattern


def _probe(pattern: str) -> str:
    """A name the pattern's last component matches, to test whether a directory that cannot
    be listed could hold matches."""
    last = pattern.rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"\[!?([^\]])[^\]]*\]", r"\1", last).replace("*", "").replace("?", "x") or "x"


def _walk_problems(root: str) -> Iterator[tuple[str, str]]:
    """(path, reason code) for what a listing under ``root`` silently leaves out."""
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed.append):
        for name in (*filenames, *dirnames):
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                continue
            try:
                os.stat(path)
            except OSError as err:
                yield path, "link_loop" if err.errno == errno.ELOOP else "dangling_link"
    for err in failed:
        if err.filename and os.path.normpath(err.filename) != os.path.normpath(root):
            yield os.fspath(err.filename), "unlistable_directory"


def unreadable_paths(pattern: str) -> list[tuple[str, str]]:
    """(path, reason code) under a local glob that the glob would have matched, or could
    have matched inside, but that are no readable file; empty for remote stores."""
    if not _is_local(pattern):
        return []
    root = glob_root(pattern) or "."
    if not os.path.isdir(root):
        return []
    regex = re.compile(FileSystem.translate_pattern(pattern))
    found = []
    for path, code in _walk_problems(root):
        probe = path if code != "unlistable_directory" else f"{path}/{_probe(pattern)}"
        if regex.match(probe):
            found.append((path, code))
    return found


def match_files(patterns: list[str]) -> list[InputItem]:
    """(path, path relative to its glob root) for every file any pattern matches, deduplicated,
    and (path, relpath, reason code) for what a local glob reaches but cannot read (see
    ``InputItem``); file names are carried escaped when they are not UTF-8.

    Runs in the launching process: the file list is small next to the records, and an empty
    match must fail before a cluster is started. Document ids come from the relative path,
    so two different files with the same one (``a/x.jsonl`` and ``b/x.jsonl`` given as
    ``a/*`` and ``b/*``) are refused rather than given the same ids.
    """
    seen: dict[str, tuple[str, str | None]] = {}
    for pattern, result in zip(patterns, FileSystems.match(patterns), strict=True):
        root = glob_root(pattern)
        for meta in sorted(result.metadata_list, key=lambda m: m.path):
            if meta.path.endswith("/"):
                continue
            seen.setdefault(meta.path, (relative_path(meta.path, root), None))
        for path, code in unreadable_paths(pattern):
            seen.setdefault(path, (relative_path(path, root), code))
    owners: dict[str, str] = {}
    items: list[InputItem] = []
    for path, (relpath, code) in sorted(seen.items(), key=lambda item: escaped_name(item[0])):
        relpath = escaped_name(relpath)
        other = owners.setdefault(relpath, path)
        if other != path:
            raise InputPathClash(
                f"inputs {escaped_name(other)} and {escaped_name(path)} both read as "
                f"{relpath!r}, so their records would get the same doc_ids; give them under one "
                "glob (e.g. their parent/**)"
            )
        items.append((_carried(path), relpath) if code is None else (_carried(path), relpath, code))
    return items


_UNREADABLE_DETAIL = {
    "unlistable_directory": "directory under an input glob cannot be listed",
    "dangling_link": "link under an input glob points to nothing",
    "link_loop": "link under an input glob points back into a loop",
}


class ReadFileRecords(beam.DoFn):
    """Opens one file and yields all its records, and on the ``files`` output one summary of
    how far it was read (see ``FileReport``); a file that cannot be opened yields one error
    record, so it is counted rather than lost."""

    def __init__(self, settings: IngestSettings):
        self._settings = settings
        self._records = Metrics.counter("curate", "input_records")
        self._files = Metrics.counter("curate", "input_files")
        self._cut = Metrics.counter("curate", "input_files_cut_short")

    def process(self, item: InputItem) -> Iterator[Record]:
        path, relpath, *problem = item
        local = os.fsdecode(path) if isinstance(path, bytes) else path
        uri = escaped_name(local)
        ctx = FileContext(uri=uri, relpath=relpath, settings=self._settings)
        count = 0
        for record in self._read(local, ctx, problem[0] if problem else None):
            count += 1
            yield record
        self._files.inc()
        self._records.inc(count)
        if not ctx.report.complete:
            self._cut.inc()
        _LOG.info("read %d records from %s", count, uri)
        yield TaggedOutput(FILES, ctx.report.summary(uri, count))

    def _read(self, path: str, ctx: FileContext, problem: str | None) -> Iterator[Record]:
        if problem is not None:
            ctx.report.cut("file", problem, None)
            yield ctx.error("file", problem, _UNREADABLE_DETAIL.get(problem, "cannot be read"))
            return
        try:
            handle = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
        except OSError as err:
            ctx.report.cut("file", "unreadable_file", None)
            yield ctx.error("file", "unreadable_file", f"cannot open file: {type(err).__name__}")
            return
        with handle:
            yield from read_records(handle, ctx)


class ReadCorpus(beam.PTransform):
    """Matched files → records (``.records``) and per-file summaries (``[FILES]``), with files
    spread over workers before the (slow) reading."""

    def __init__(self, files: list[tuple[str, str]], settings: IngestSettings):
        super().__init__()
        self._files = files
        self._settings = settings

    def expand(self, pbegin) -> dict[str, beam.PCollection]:
        """Records on ``records``, one summary per file on ``files``.

        The summaries pass through one more step before anything reads them: Beam 2.77's
        BundleBasedDirectRunner hands a side input taken straight from a ParDo's tagged output
        the wrong elements (none of the tag's, and the tag's inside the main output's view)."""
        read = (
            pbegin
            | "Files" >> beam.Create(self._files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "Read"
            >> beam.ParDo(ReadFileRecords(self._settings)).with_outputs(FILES, main="records")
        )
        return {"records": read.records, FILES: read[FILES] | "FileSummaries" >> beam.Map(_same)}


def _same(summary: dict) -> dict:
    return summary
