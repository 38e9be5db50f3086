"""Reading raw files into records, through Beam's FileSystems so gs:// and s3:// work as is."""

from __future__ import annotations

import bz2
import errno
import json
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
from curate.readers.archive import read_zip, zip_members
from curate.readers.decode import SAMPLE_BYTES
from curate.readers.delimited import Part as CsvPart
from curate.readers.delimited import plan_parts as plan_csv
from curate.readers.delimited import read_delimited
from curate.readers.extraction import Extractor
from curate.readers.jsonl import Part as JsonlPart
from curate.readers.jsonl import read_jsonl
from curate.readers.mediawiki import (
    MULTISTREAM,
    index_path,
    multistream_cuts,
    read_mediawiki,
    splittable_xml,
    stream_starts,
)
from curate.readers.mediawiki import Part as WikiPart
from curate.readers.parquet import read_parquet, row_group_rows
from curate.readers.parts import (
    SPLITTABLE,
    count_lines,
    nominal_ranges,
    page_bounds,
    part_bounds,
    splittable,
)
from curate.records import Record
from curate.settings import IngestSettings
from pipelines.packing import pack, unpack

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


def _local(path: str | bytes) -> str:
    return os.fsdecode(path) if isinstance(path, bytes) else path


class ReadFileRecords(beam.DoFn):
    """Opens one file and yields all its records, and on the ``files`` output one summary of
    how far it was read (see ``FileReport``); a file that cannot be opened yields one error
    record, so it is counted rather than lost. ``threads`` > 1: HTML pages get their main
    text from that many processes of this worker's own (``curate.readers.extraction``)."""

    def __init__(self, settings: IngestSettings, threads: int = 1):
        self._settings = settings
        self._threads = threads
        self._extractor: Extractor | None = None
        self._records = Metrics.counter("curate", "input_records")
        self._files = Metrics.counter("curate", "input_files")
        self._cut = Metrics.counter("curate", "input_files_cut_short")

    def setup(self) -> None:
        self._extractor = Extractor(self._threads)

    def teardown(self) -> None:
        if self._extractor is not None:
            self._extractor.close()

    def process(self, item: InputItem) -> Iterator[Record]:
        path, relpath, *problem = item
        ctx = self._context(path, relpath)
        records = self._read(_local(path), ctx, problem[0] if problem else None)
        yield from self._counted(records, ctx)
        self._files.inc()
        if not ctx.report.complete:
            self._cut.inc()

    def _context(self, path: str | bytes, relpath: str) -> FileContext:
        return FileContext(
            uri=escaped_name(_local(path)),
            relpath=relpath,
            settings=self._settings,
            extractor=self._extractor,
        )

    def _counted(
        self, records: Iterator[Record], ctx: FileContext, part: int | None = None
    ) -> Iterator[Record]:
        """The records, then the file's (or part's) summary on the ``files`` output."""
        count = 0
        for record in records:
            count += 1
            yield record
        self._records.inc(count)
        _LOG.info("read %d records from %s", count, ctx.uri)
        summary = ctx.report.summary(ctx.uri, count)
        yield TaggedOutput(FILES if part is None else PART_SUMMARIES, (part, summary))

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


PARTS, PART_SUMMARIES = "parts", "part_summaries"
PARQUET, ZIP, DELIMITED, XML = ".parquet", ".zip", (".csv", ".tsv"), ".xml"
# What a split file's parts are made of, by name; ``_kind`` picks one.
JSONL_KIND, PARQUET_KIND, ZIP_KIND, CSV_KIND, XML_KIND, BZ2_KIND = (
    "jsonl", "parquet", "zip", "csv", "xml", "multistream"
)  # fmt: skip
# A part of a split file: (path, relpath, index, start, end, count, header). start and end are
# bytes (row group or member numbers for Parquet and zip); JSON Lines and XML parts are
# nominal until aligned by ``CountPartLines``, the others exact when planned. count: the lines
# or rows a part numbers, then (``_numbered``) those before it; a CSV part is planned with the
# rows before it. header: a CSV's column names as JSON ("" otherwise; JSON keeps undecodable
# bytes as escapes, where Beam's string coder refuses them).
Part = tuple


def _kind(path: str | bytes) -> str | None:
    name = _local(path).lower()
    kinds = (
        (SPLITTABLE, JSONL_KIND),
        ((PARQUET,), PARQUET_KIND),
        ((ZIP,), ZIP_KIND),
        (DELIMITED, CSV_KIND),
        ((XML,), XML_KIND),
        ((MULTISTREAM,), BZ2_KIND),
    )
    return next((kind for suffixes, kind in kinds if name.endswith(suffixes)), None)


def _open(path: str | bytes):
    return FileSystems.open(_local(path), compression_type=CompressionTypes.UNCOMPRESSED)


def _index_starts(path: str | bytes) -> list[int]:
    """The stream offsets of a multistream dump's index beside it (none without one)."""
    index = index_path(_local(path))
    if index is None or not FileSystems.exists(index):
        return []
    with _open(index) as handle, bz2.open(handle) as lines:
        return stream_starts(lines)


class PlanParts(beam.DoFn):
    """Passes a file through whole, or (over ``ingest.split_bytes``) as its parts on the
    ``parts`` output: byte ranges of uncompressed JSON Lines, CSV/TSV and MediaWiki XML,
    groups of streams of a bz2 multistream dump with its index, Parquet row groups, zip
    members. Runs on workers, in parallel over files: sizes come from the store's metadata;
    what is read here is a file's head or footer, a multistream dump's index, and a CSV file
    once through (its record starts need a sequential scan, see ``delimited.plan_parts``)."""

    def __init__(self, settings: IngestSettings):
        self._settings = settings

    def process(self, item: InputItem) -> Iterator:
        path, relpath, *problem = item
        split_bytes = self._settings.split_bytes
        if problem or not split_bytes or _kind(path) is None:
            yield item
            return
        try:
            parts = self._parts(path, relpath, _kind(path), split_bytes)
        except Exception:  # noqa: BLE001 - the whole-file reader reports why it cannot read it
            parts = []
        if len(parts) < 2:
            yield item
            return
        for index, (start, end, count, header) in enumerate(parts):
            yield TaggedOutput(PARTS, (path, relpath, index, start, end, count, header))

    def _parts(self, path: str | bytes, relpath: str, kind: str, split_bytes: int) -> list:
        """(start, end, count, header) of each part; nothing for a file to read whole."""
        size = FileSystems.match([_local(path)])[0].metadata_list[0].size_in_bytes
        if size <= split_bytes:
            return []
        with _open(path) as handle:
            if kind == PARQUET_KIND:
                groups = row_group_rows(handle)
                return [(group, group, 0, "") for group in range(len(groups))]
            if kind == ZIP_KIND:
                return [(member, member, 0, "") for member in range(len(zip_members(handle)))]
            if kind == BZ2_KIND:
                cuts = multistream_cuts(handle, _index_starts(path), size, split_bytes)
                return [(start, end, 0, "") for start, end in cuts]
            if kind == CSV_KIND:
                ctx = FileContext(uri=_local(path), relpath=relpath, settings=self._settings)
                return [
                    (p.start, p.end, p.rows_before, json.dumps(p.header))
                    for p in plan_csv(handle, ctx, size, split_bytes)
                ]
            head = handle.read(SAMPLE_BYTES)
            if not (splittable(_local(path), head) or kind == XML_KIND and splittable_xml(head)):
                return []
        return [(start, end, 0, "") for start, end in nominal_ranges(size, split_bytes)]


class CountPartLines(beam.DoFn):
    """First pass over a part: its aligned bounds and what it numbers. JSON Lines: the lines
    starting in it; XML: aligned to ``<page>`` starts, nothing to number; a Parquet row group:
    its rows, from the footer; CSV and bz2 parts come planned."""

    def __init__(self, settings: IngestSettings):
        self._limit = settings.max_record_bytes

    def process(self, part: Part) -> Iterator[tuple[str | bytes, Part]]:
        path, relpath, index, start, end, count, header = part
        kind = _kind(path)
        if kind in (JSONL_KIND, XML_KIND, PARQUET_KIND):
            with _open(path) as handle:
                if kind == PARQUET_KIND:
                    count = row_group_rows(handle)[index]
                elif kind == XML_KIND:
                    start, end = page_bounds(handle, start, end)
                else:
                    start, end = part_bounds(handle, start, end)
                    count = count_lines(handle, start, end, self._limit)
        yield path, (path, relpath, index, start, end, count, header)


def _numbered(keyed: tuple[str | bytes, list[Part]]) -> Iterator[Part]:
    """Each part of one file with what is numbered before it: the counts of the parts ahead
    (a CSV part already carries it)."""
    _, parts = keyed
    before = 0
    for path, relpath, index, start, end, count, header in sorted(parts, key=lambda p: p[2]):
        if _kind(path) == CSV_KIND:
            before = count
        yield path, relpath, index, start, end, before, header
        before += count


class ReadFilePart(ReadFileRecords):
    """Second pass: the records of one part, numbered as in the whole file; its summary goes
    to ``part_summaries`` to be merged with the file's other parts. Counts parts per worker
    process, which shows that one file's parts were read by several workers."""

    def process(self, part: Part) -> Iterator[Record]:
        path, relpath, index, start, end, before, header = part
        ctx = self._context(path, relpath)
        Metrics.counter("curate", f"parts_read_by_worker_pid_{os.getpid()}").inc()
        kind = _kind(path)
        Metrics.counter("curate", f"worker_pid_{os.getpid()}_read_{kind}_parts").inc()
        try:
            handle = _open(path)
        except OSError as err:
            records: Iterator[Record] = iter(
                [ctx.error("file", "unreadable_file", f"cannot open file: {type(err).__name__}")]
            )
            ctx.report.cut("file", "unreadable_file", None)
            yield from self._counted(records, ctx, index)
            return
        with handle:
            if kind == PARQUET_KIND:
                records = read_parquet(handle, ctx, (index, before))
            elif kind == ZIP_KIND:
                records = read_zip(handle, ctx, read_records, index)
            elif kind in (XML_KIND, BZ2_KIND):
                records = read_mediawiki(handle, ctx, WikiPart(start, end))
            else:
                head = handle.read(SAMPLE_BYTES)
                if kind == CSV_KIND:
                    columns = json.loads(header)
                    records = read_delimited(
                        handle, ctx, CsvPart(head, start, end, before, columns)
                    )
                else:
                    records = read_jsonl(handle, ctx, JsonlPart(head, start, end, before))
            yield from self._counted(records, ctx, index)
        if index == 0:
            self._files.inc()


def merged_summary(keyed: tuple[str, list[tuple[int, dict]]]) -> tuple[None, dict]:
    """One file's summary from its parts' (in part order): records and damaged regions added
    up; cut short where the first part that was cut short stopped."""
    _, parts = keyed
    summaries = [summary for _, summary in sorted(parts, key=lambda p: p[0])]
    merged = dict(summaries[0])
    merged["records"] = sum(s["records"] for s in summaries)
    merged["damaged_regions"] = sum(s["damaged_regions"] for s in summaries)
    cut = next((s for s in summaries if s["read"] != "to_end"), None)
    for key in ("read", "stopped_at", "reason", "bytes_left"):
        merged[key] = summaries[0][key] if cut is None else cut[key]
    return None, merged


class ReadCorpus(beam.PTransform):
    """Matched files → records (``.records``) and per-file summaries (``[FILES]``), with files
    spread over workers before the (slow) reading, and large files read in parts."""

    def __init__(self, files: list[tuple[str, str]], settings: IngestSettings, threads: int = 1):
        super().__init__()
        self._files = files
        self._settings = settings
        self._threads = threads

    def expand(self, pbegin) -> dict[str, beam.PCollection]:
        """Records on ``records``, one summary per file on ``files``.

        The summaries pass through one more step before anything reads them: Beam 2.77's
        BundleBasedDirectRunner hands a side input taken straight from a ParDo's tagged output
        the wrong elements (none of the tag's, and the tag's inside the main output's view)."""
        settings = self._settings
        planned = (
            pbegin
            | "Files" >> beam.Create(self._files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "PlanParts" >> beam.ParDo(PlanParts(settings)).with_outputs(PARTS, main="whole")
        )
        read = planned.whole | "Read" >> beam.ParDo(
            ReadFileRecords(settings, self._threads)
        ).with_outputs(FILES, main="records")
        parts = (
            planned[PARTS]
            | "SpreadParts" >> beam.Reshuffle()
            | "CountPartLines" >> beam.ParDo(CountPartLines(settings))
            | "PartsByFile" >> beam.GroupByKey()
            | "NumberParts" >> beam.FlatMap(_numbered)
            | "SpreadNumberedParts" >> beam.Reshuffle()
            | "ReadParts"
            >> beam.ParDo(ReadFilePart(settings, self._threads)).with_outputs(
                PART_SUMMARIES, main="records"
            )
        )
        merged = (
            parts[PART_SUMMARIES]
            | "PartSummariesByFile" >> beam.Map(lambda p: (p[1]["path"], p))
            | "GroupPartSummaries" >> beam.GroupByKey()
            | "MergePartSummaries" >> beam.Map(merged_summary)
        )
        # Records read in two stages meet in a buffer the embedded runner holds whole: packed.
        records = (
            (
                read.records | "PackWhole" >> beam.Map(pack),
                parts.records | "PackParts" >> beam.Map(pack),
            )
            | "AllRecords" >> beam.Flatten()
            | "Unpack" >> beam.Map(unpack)
        )
        summaries = (read[FILES], merged) | "AllSummaries" >> beam.Flatten()
        return {"records": records, FILES: summaries | "FileSummaries" >> beam.Map(_summary)}


def _summary(item: tuple[int | None, dict]) -> dict:
    return item[1]
