"""Writing a release's files into a staging folder: data shards, provenance, run summary.

Rows go to buckets by a hash of ``doc_id`` (packed, ``pipelines.packing``) and are sorted by
``doc_id`` inside a file, so two runs over the same input write byte-identical shards. The
bucket count leaves four standard deviations of slack below ``rows_per_file``; a bucket that
still overflows is split evenly.
Only buckets that received rows become files, numbered contiguously: no shard is empty and
none exceeds ``rows_per_file``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Callable, Iterator
from typing import Any

import apache_beam as beam
import pyarrow as pa
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsList, AsSingleton

from curate.records import (
    KEPT,
    MINHASH_SCHEMA,
    PROVENANCE_SCHEMA,
    SHARD_SCHEMA,
    Record,
    provenance_row,
    shard_row,
)
from curate.settings import ReleaseSettings
from lineage.manifest import contamination_keys, outcome_key
from lineage.release_files import file_info, file_name, parquet_bytes, write_bytes
from pipelines.join import StreamingJoin
from pipelines.packing import pack, unpack

_LOG = logging.getLogger(__name__)
RUN_SUMMARY = "_run_summary.json"
PLACEMENTS = "placements"


def bucket_of(doc_id: str, buckets: int) -> int:
    return int.from_bytes(hashlib.sha1(doc_id.encode("utf-8")).digest()[:8], "big") % buckets


def bucket_count(rows: int, rows_per_file: int) -> int:
    target = max(1.0, rows_per_file - 4 * math.sqrt(rows_per_file))
    return max(1, math.ceil(rows / target))


def file_layout(
    bucket_sizes: list[tuple[int, int]], rows_per_file: int
) -> dict[int, tuple[int, int, int]]:
    """bucket → (first file index, files in this bucket, total files)."""
    layout, index = {}, 0
    for bucket, size in sorted(bucket_sizes):
        files = math.ceil(size / rows_per_file)
        layout[bucket] = (index, files)
        index += files
    return {bucket: (first, files, index) for bucket, (first, files) in layout.items()}


def even_chunks(rows: list[Any], parts: int) -> list[list[Any]]:
    size, extra = divmod(len(rows), parts)
    bounds = [i * size + min(i, extra) for i in range(parts + 1)]
    return [rows[bounds[i] : bounds[i + 1]] for i in range(parts)]


RowOf = Callable[[str, Any], dict[str, Any]]


class _WriteBucket(beam.DoFn):
    def __init__(
        self,
        staging: str,
        kind: str,
        schema: pa.Schema,
        compression: str,
        placements: bool,
        row_of: RowOf | None,
    ):
        self._staging = staging.rstrip("/")
        self._kind = kind
        self._schema = schema
        self._compression = compression
        self._placements = placements
        self._row_of = row_of

    def process(self, element, layout: dict[int, tuple[int, int, int]]) -> Iterator[Any]:
        """A bucket's (doc_id, packed row) pairs, sorted by doc_id while still packed; each
        file's rows are unpacked a row group at a time as it is written."""
        bucket, pairs = element
        first, files, total = layout[bucket]
        ordered = sorted(pairs, key=lambda pair: pair[0])
        for offset, chunk in enumerate(even_chunks(ordered, files)):
            yield from self._write(file_name(self._kind, first + offset, total), chunk)

    def _write(self, name: str, pairs: list[tuple[str, bytes]]) -> Iterator[Any]:
        tokens, row_of = 0, self._row_of

        def rows() -> Iterator[dict[str, Any]]:
            nonlocal tokens
            for doc_id, packed in pairs:
                row = unpack(packed) if row_of is None else row_of(doc_id, unpack(packed))
                tokens += row.get("token_count") or 0
                yield row

        data = parquet_bytes(rows(), self._schema, self._compression)
        write_bytes(f"{self._staging}/{name}", data)
        _LOG.info("wrote %s (%d rows, %d bytes)", name, len(pairs), len(data))
        yield file_info(self._kind, name, data, len(pairs), tokens)
        if self._placements:
            for index, (doc_id, _packed) in enumerate(pairs):
                yield beam.pvalue.TaggedOutput(PLACEMENTS, (doc_id, (name, index)))


class WriteBucketedParquet(beam.PTransform):
    """(doc_id, packed row) pairs → Parquet files under ``staging/kind``; emits one info dict
    per file and, when ``placements`` is set, (doc_id, (file, row index)) on a tagged output.
    With ``row_of`` the packed values are not rows yet: ``row_of(doc_id, value)`` makes each
    row as it is written."""

    def __init__(
        self,
        staging: str,
        kind: str,
        schema: pa.Schema,
        rows_per_file: int,
        compression: str,
        placements: bool = False,
        row_of: RowOf | None = None,
    ):
        super().__init__()
        self._staging = staging
        self._kind = kind
        self._schema = schema
        self._rows_per_file = rows_per_file
        self._compression = compression
        self._placements = placements
        self._row_of = row_of

    def expand(self, rows):
        per_file = self._rows_per_file
        buckets = (
            rows
            | "Count" >> beam.combiners.Count.Globally()
            | "Buckets" >> beam.Map(bucket_count, per_file)
        )
        keyed = rows | "Bucket" >> beam.Map(
            lambda pair, n: (bucket_of(pair[0], n), pair), n=AsSingleton(buckets)
        )
        layout = (
            keyed
            | "BucketIds" >> beam.Keys()
            | "BucketSizes" >> beam.combiners.Count.PerElement()
            | "AllSizes" >> beam.combiners.ToList()
            | "Layout" >> beam.Map(file_layout, per_file)
        )
        writer = _WriteBucket(
            self._staging,
            self._kind,
            self._schema,
            self._compression,
            self._placements,
            self._row_of,
        )
        return (
            keyed
            | "Group" >> beam.GroupByKey()
            | "Write"
            >> beam.ParDo(writer, layout=AsSingleton(layout)).with_outputs(PLACEMENTS, main="files")
        )


class Settle(beam.DoFn):
    """A settled record → what the release keeps of it: its outcome key and contamination keys,
    its provenance row and, when kept, its shard row (both packed); and a
    Beam counter per status, stage and reason, visible in the runner's UI while a job runs.
    Applied where each stage lets its records go, so the buffer where every outcome meets
    (which the embedded runner holds whole) carries no live records and no dropped text."""

    def __init__(self, run: dict[str, Any]):
        self._run = run

    def process(self, record: Record) -> Iterator[dict[str, Any]]:
        status = record["status"]
        kept = status == KEPT
        name = status if kept else f"{status}.{record['stage']}.{record['reason']}"
        Metrics.counter("curate.outcome", name).inc()
        yield {
            "doc_id": record["doc_id"],
            "kept": kept,
            "key": outcome_key(record),
            "contamination": list(contamination_keys(record)),
            "provenance": pack(provenance_row(record, self._run)),
            "row": pack(shard_row(record)) if kept else None,
        }


def _with_placement(element, version: str) -> Iterator[dict[str, Any]]:
    _doc_id, grouped = element
    placement = next(iter(grouped["placement"]), None)
    release = (
        None
        if placement is None
        else {"version": version, "shard": placement[0], "row_index": placement[1]}
    )
    for packed in grouped["provenance"]:
        yield _doc_id, pack({**unpack(packed), "release": release})


def _kept_signature(element) -> Iterator[tuple[str, bytes]]:
    """(doc_id, {packed signature, kept}) → (doc_id, packed signature) when the document was
    kept; a kept document has one signature."""
    doc_id, grouped = element
    if any(True for _ in grouped["kept"]):
        for signature in grouped["signature"]:
            yield doc_id, signature


def _signature_row(doc_id: str, signature: bytes) -> dict[str, Any]:
    return {"doc_id": doc_id, "signature": signature}


def _write_run_summary(
    _,
    staging: str,
    files: list[dict],
    stats: list,
    inputs: int,
    contamination: list,
    input_files: list[dict],
) -> None:
    summary = {
        "inputs": inputs,
        "files": sorted(files, key=lambda f: f["path"]),
        "outcomes": sorted([*key, count] for key, count in stats),
        "contamination": sorted([*key, count] for key, count in contamination),
        "input_files": sorted(input_files, key=lambda f: f["path"]),
    }
    write_bytes(
        f"{staging.rstrip('/')}/{RUN_SUMMARY}",
        json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8"),
    )


class WriteRelease(beam.PTransform):
    """Settled records, in branches → staged shards, provenance and a run summary for the
    manifest."""

    def __init__(
        self,
        staging: str,
        version: str,
        run: dict[str, Any],
        settings: ReleaseSettings,
        inputs: beam.PCollection,
        input_files: beam.PCollection | None = None,
        signatures: beam.PCollection | None = None,
    ):
        """``inputs``: the count of records read; ``input_files``: one summary per input file
        of how far it was read (none when the records did not come from files);
        ``signatures``: (doc_id, packed MinHash signature) of signed documents, of which the kept
        ones' are written (none without near dedup)."""
        super().__init__()
        self._signatures = signatures
        self._inputs = inputs
        self._input_files = input_files
        self._staging = staging
        self._version = version
        self._run = run
        self._settings = settings

    def expand(self, branches):
        """``branches``: PCollections of settled records (one per stage that lets records go,
        and the kept ones), each settled where it leaves."""
        settings = self._settings
        outcomes = [
            branch | f"Settle{index}" >> beam.ParDo(Settle(self._run))
            for index, branch in enumerate(branches)
        ] | "Outcomes" >> beam.Flatten()
        data = (
            outcomes
            | "Kept" >> beam.Filter(lambda o: o["kept"])
            | "ShardRow" >> beam.Map(lambda o: (o["doc_id"], o["row"]))
            | "WriteData"
            >> WriteBucketedParquet(
                self._staging,
                "data",
                SHARD_SCHEMA,
                settings.rows_per_shard,
                settings.compression,
                placements=True,
            )
        )
        provenance = (
            {
                "provenance": outcomes
                | "ProvenanceRow" >> beam.Map(lambda o: (o["doc_id"], o["provenance"])),
                "placement": data[PLACEMENTS],
            }
            | "JoinPlacement" >> beam.CoGroupByKey()
            | "Placed" >> beam.FlatMap(_with_placement, self._version)
        )
        prov_files = provenance | "WriteProvenance" >> WriteBucketedParquet(
            self._staging,
            "provenance",
            PROVENANCE_SCHEMA,
            settings.provenance_rows_per_shard,
            settings.compression,
        )
        files = [data.files, prov_files.files]
        if self._signatures is not None:
            kept_ids = (
                outcomes
                | "KeptIds" >> beam.Filter(lambda o: o["kept"])
                | "KeptId" >> beam.Map(lambda o: (o["doc_id"], None))
            )
            sig_files = (
                {"signature": self._signatures, "kept": kept_ids}
                | "KeptSignatures" >> StreamingJoin(_kept_signature)
                | "WriteSignatures"
                >> WriteBucketedParquet(
                    self._staging,
                    "minhash",
                    MINHASH_SCHEMA,
                    settings.provenance_rows_per_shard,
                    settings.compression,
                    row_of=_signature_row,
                )
            )
            files.append(sig_files.files)
        files = files | "AllFiles" >> beam.Flatten()
        stats = (
            outcomes
            | "StatsKey" >> beam.Map(lambda o: o["key"])
            | "CountOutcomes" >> beam.combiners.Count.PerElement()
        )
        contamination = (
            outcomes
            | "ContaminationKeys" >> beam.FlatMap(lambda o: o["contamination"])
            | "CountContamination" >> beam.combiners.Count.PerElement()
        )
        input_files = self._input_files
        if input_files is None:
            input_files = outcomes.pipeline | "NoInputFiles" >> beam.Create([])
        return (
            outcomes.pipeline
            | "SummaryTrigger" >> beam.Create([None])
            | "WriteSummary"
            >> beam.Map(
                _write_run_summary,
                self._staging,
                files=AsList(files),
                stats=AsList(stats),
                inputs=AsSingleton(self._inputs),
                contamination=AsList(contamination),
                input_files=AsList(input_files),
            )
        )
