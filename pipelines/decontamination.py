"""Benchmark decontamination in the pipeline, after repeated lines and before quality: a
document holding an evaluation item is dropped (reason: the benchmark) or loses the lines
holding it (edits), per benchmark; provenance ``contamination`` names benchmark, item and
overlap, and ``stats.json`` counts contaminated documents per benchmark.

The item index is built once per run, inside the pipeline, from the benchmark files (read by
a worker, so ``gs://`` and ``s3://`` work on every runner). The launcher reads each file once
first, so a missing file, an unknown format or a layout whose fields are absent stops the run
with one line before any work; it also counts the n-grams, which picks the path
(``index_path``; README "Corpus-level cleaning"):

- side input, up to ``side_input_max_ngrams`` (20 M, ~240 MB a worker at 12 bytes an n-gram;
  every public Korean benchmark together is a few M): the index is in every worker's memory
  and each document is one lookup, no shuffle;
- join, above: each document's distinct n-grams ``(hash, doc_id)`` meet the items'
  ``(hash, item key)`` in a streaming join, ``(doc_id, item)`` pairs are counted against the
  item's n-gram total carried in its key, and the items a document contains come back to its
  record by doc_id with the n-grams they share. The record is then scanned against an index
  of just those, by the same ``decontaminate``, so provenance, edits and stats are the same
  bytes as the side input's; no worker holds more than one n-gram's items or one document's
  matches. Only hashes, doc ids and item keys are shuffled, never text, besides the records'
  own join by doc_id.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence

import apache_beam as beam
import numpy as np
from apache_beam.metrics import Metrics
from apache_beam.pvalue import AsSingleton, TaggedOutput

from curate.records import Record, decision, edit, with_decisions, with_edits
from curate.settings import BenchmarkSettings, DecontaminationSettings
from filters.decontamination import (
    MAX_RECORDED_HITS,
    UNITS,
    Hit,
    Item,
    ItemIndex,
    cut_lines,
    document_grams,
    item_grams,
    read_items,
)
from lineage.manifest import DECONTAMINATION
from lineage.release_files import ReleaseError, read_bytes
from pipelines.join import StreamingJoin
from pipelines.normalize import min_chars_decision
from pipelines.packing import keyed_by_doc, unpack
from pipelines.stages import per_record

STAGE = DECONTAMINATION
SIDE_INPUT = "side_input"
JOIN = "join"
_FAILED = "failed"
_LOG = logging.getLogger(__name__)
# (benchmark, item id, position in its file, distinct n-grams): unique per item, and carrying
# the total so that a (document, item) count needs no second lookup.
ItemKey = tuple[str, str, int, int]


class BenchmarkUnusable(ReleaseError):
    """A configured benchmark file cannot be read, or the index would not fit; the run does
    not start."""


def benchmark_items(spec: BenchmarkSettings) -> list[tuple[str, str, list[str]]]:
    """(benchmark, item id, field texts) of every item in one configured file."""
    data = read_bytes(spec.path)
    items = read_items(data, spec.path, spec.layout, spec.fields, spec.id_field)
    return [(spec.name, item_id, texts) for item_id, texts in items]


def check_benchmarks(settings: DecontaminationSettings) -> int:
    """Read every file once on the launcher; the index's n-grams, counted from whitespace
    words (within 10% of either unit's count on Korean prose). Raises ``BenchmarkUnusable``
    naming the key of a file that cannot serve."""
    names = [b.name for b in settings.benchmarks]
    total = 0
    for index, spec in enumerate(settings.benchmarks):
        where = f"decontamination.benchmarks[{index}]"
        if names.count(spec.name) > 1:
            raise BenchmarkUnusable(f"{where}.name: {spec.name} is named twice")
        try:
            items = benchmark_items(spec)
        except (OSError, UnicodeDecodeError) as err:
            raise BenchmarkUnusable(
                f"{where}.path: {spec.path} cannot be read ({type(err).__name__})"
            ) from err
        except (ValueError, TypeError, AttributeError) as err:
            raise BenchmarkUnusable(f"{where}.path: {err}") from err
        if not items:
            raise BenchmarkUnusable(f"{where}.path: {spec.path} holds no items")
        total += sum(
            max(0, len(text.split()) - settings.ngram + 1)
            for _, _, texts in items
            for text in texts
        )
    return total


def index_path(settings: DecontaminationSettings, ngrams: int) -> str:
    """``side_input`` or ``join``: as ``index`` forces, else a side input while ``ngrams``
    fit ``side_input_max_ngrams`` (the index is held in every worker's memory) and a join
    above (no worker holds it, at the price of shuffling every document's n-grams)."""
    if settings.index != "auto":
        return settings.index
    return SIDE_INPUT if ngrams <= settings.side_input_max_ngrams else JOIN


def build_index(entries: list, unit: str, n: int) -> ItemIndex:
    """The index from every item of every benchmark, in a fixed order (so every run and
    every worker has the same one)."""
    return ItemIndex.build(sorted(entries), unit, n)


def _recorded(hits: list[Hit], actions: dict[str, str]) -> list[dict]:
    return [
        {
            "benchmark": h.benchmark,
            "item_id": h.item_id,
            "overlap": h.overlap,
            "action": actions[h.benchmark],
        }
        for h in hits[:MAX_RECORDED_HITS]
    ]


def decontaminate(
    record: Record,
    index: ItemIndex,
    actions: dict[str, str],
    min_overlap: float,
    min_chars: int,
) -> Record:
    """The record checked against every item: passed; dropped (a ``drop`` benchmark's item,
    reason the benchmark); or with the lines holding ``cut`` benchmarks' items removed (an
    edit each, rule ``contaminated:BENCHMARK``) and normalize's minimum applied again."""
    hits = index.scan(record["text"], min_overlap)
    if not hits:
        return with_decisions(record, [decision(STAGE, STAGE, None, min_overlap, True)])
    for hit in hits:
        Metrics.counter("curate.decontamination", hit.benchmark).inc()
    found = _recorded(hits, actions)
    dropping = next((h for h in hits if actions[h.benchmark] == "drop"), None)
    if dropping is not None:
        rule = decision(STAGE, dropping.benchmark, dropping.overlap, min_overlap, False)
        return with_decisions(record, [rule], contamination=found)
    owner: dict[int, str] = {}
    for hit in hits:
        for line in hit.lines:
            owner.setdefault(line, hit.benchmark)
    text, removed = cut_lines(record["text"], owner)
    edits = [edit(STAGE, f"contaminated:{owner[line]}", line, chars) for line, chars in removed]
    out = with_edits(record, text, edits)
    return with_decisions(out, [min_chars_decision(STAGE, text, min_chars)], contamination=found)


# ----- the join path -----


def _signed(hashes: Iterable[int] | np.ndarray) -> list[int]:
    """uint64 hashes as int64, which Beam's coder writes as a varint (a Python int of 2**63
    or more is pickled, twice the bytes through every shuffle)."""
    return np.asarray(hashes, dtype=np.uint64).view(np.int64).tolist()


def item_keys(spec: BenchmarkSettings, unit: str, n: int) -> Iterator[tuple[int, ItemKey]]:
    """(n-gram, item key) for each distinct n-gram of every item of one file; items too
    short for one n-gram are left out, as from the side input's index."""
    units = UNITS[unit]
    for position, (benchmark, item_id, texts) in enumerate(benchmark_items(spec)):
        grams = item_grams(texts, units, n)
        key = (benchmark, item_id, position, len(grams))
        for gram in _signed(sorted(grams)):
            yield gram, key


class DocumentGrams(beam.DoFn):
    """(n-gram, doc_id) once per distinct n-gram of a document. A document whose units raise
    goes to the ``failed`` output by doc_id instead of failing the bundle; its record settles
    as that error later (``decontaminate_found``)."""

    def process(self, record: Record, unit: str, n: int):
        try:
            _, hashes = document_grams(record["text"], unit, n)
        except Exception:
            yield TaggedOutput(_FAILED, (record["doc_id"], True))
            return
        doc_id = record["doc_id"]
        for gram in sorted(set(_signed(hashes))):
            yield gram, doc_id


def pair_grams(
    element: tuple[int, Mapping[str, Iterable]],
) -> Iterator[tuple[tuple[str, ItemKey], int]]:
    """For one n-gram: ((doc_id, item key), n-gram) for each document and item holding it.
    The items (the index side, few) are listed; the documents are streamed."""
    gram, grouped = element
    items = list(grouped["items"])
    if not items:
        return
    for doc_id in grouped["documents"]:
        for key in items:
            yield (doc_id, key), gram


def contained(
    element: tuple[tuple[str, ItemKey], Iterable[int]], min_overlap: float
) -> Iterator[tuple[str, tuple[ItemKey, list[int]]]]:
    """(doc_id, (item key, shared n-grams)) when a document holds at least ``min_overlap``
    of the item's n-grams: the same test as the scan, so no item the scan keeps is lost."""
    (doc_id, key), grams = element
    shared = sorted(set(grams))
    if len(shared) / key[3] >= min_overlap:
        yield doc_id, (key, shared)


def found_index(found: Iterable[tuple[ItemKey, Sequence[int]]], unit: str, n: int) -> ItemIndex:
    """The items the join found in one document, each with the n-grams it shares with the
    document and its own total: scanning the document against it gives exactly the hits,
    overlaps and lines that the whole index gives."""
    return ItemIndex.of(
        unit,
        n,
        (
            (Item(benchmark, item_id, total), np.asarray(grams, dtype=np.int64).view(np.uint64))
            for (benchmark, item_id, _, total), grams in sorted(found)
        ),
    )


def decontaminate_found(
    record: Record,
    index: ItemIndex,
    failed: bool,
    actions: dict[str, str],
    min_overlap: float,
    min_chars: int,
) -> Record:
    """``decontaminate`` against the items the join found in the document. A document whose
    n-grams failed in ``DocumentGrams`` computes them again here, so that it settles as the
    same error as on the side-input path."""
    if failed:
        document_grams(record["text"], index.unit, index.n)
    return decontaminate(record, index, actions, min_overlap, min_chars)


def _settle(
    element: tuple[str, Mapping[str, Iterable]],
    unit: str,
    n: int,
    actions: dict[str, str],
    min_overlap: float,
    min_chars: int,
) -> Iterator[Record]:
    _doc_id, grouped = element
    index = found_index(grouped["found"], unit, n)
    failed = any(True for _ in grouped[_FAILED])
    guarded = per_record(decontaminate_found, STAGE)
    for record in map(unpack, grouped["records"]):
        yield guarded(record, index, failed, actions, min_overlap, min_chars)


# ----- release counts -----


class Decontaminate(beam.PTransform):
    """In-play records → the same records, those holding an evaluation item dropped or cut.
    ``min_chars`` is normalize's minimum, applied again to a document that lost lines."""

    def __init__(self, settings: DecontaminationSettings, min_chars: int):
        super().__init__()
        if settings.unit not in UNITS:
            raise BenchmarkUnusable(f"decontamination.unit: unknown unit {settings.unit}")
        ngrams = check_benchmarks(settings)
        self.path = index_path(settings, ngrams)
        _LOG.info(
            "decontamination: ~%d benchmark n-grams, index %s (decontamination.index %s, "
            "side_input_max_ngrams %d)",
            ngrams,
            self.path,
            settings.index,
            settings.side_input_max_ngrams,
        )
        self._settings = settings
        self._min_chars = min_chars

    def expand(self, pcoll):
        settings = self._settings
        actions = {b.name: b.action for b in settings.benchmarks}
        specs = pcoll.pipeline | "Benchmarks" >> beam.Create(list(settings.benchmarks))
        if self.path == JOIN:
            return self._join(pcoll, specs, actions)
        index = (
            specs
            | "ReadItems" >> beam.FlatMap(benchmark_items)
            | "AllItems" >> beam.combiners.ToList()
            | "BuildIndex" >> beam.Map(build_index, settings.unit, settings.ngram)
        )
        return pcoll | "Scan" >> beam.Map(
            per_record(decontaminate, STAGE),
            AsSingleton(index),
            actions,
            settings.min_overlap,
            self._min_chars,
        )

    def _join(self, pcoll, specs, actions: dict[str, str]):
        """The join path: n-gram join, per-(document, item) counts, then the records."""
        settings = self._settings
        unit, n = settings.unit, settings.ngram
        items = specs | "ItemGrams" >> beam.FlatMap(item_keys, unit, n)
        documents = pcoll | "DocumentGrams" >> beam.ParDo(DocumentGrams(), unit, n).with_outputs(
            _FAILED, main="grams"
        )
        found = (
            {"items": items, "documents": documents.grams}
            | "Pair" >> StreamingJoin(pair_grams)
            | "PerDocumentItem" >> beam.GroupByKey()
            | "Overlap" >> beam.FlatMap(contained, settings.min_overlap)
        )
        keyed = pcoll | "KeyByDoc" >> beam.Map(keyed_by_doc)
        return {
            "records": keyed,
            "found": found,
            _FAILED: documents[_FAILED],
        } | "Settle" >> StreamingJoin(
            _settle, unit, n, actions, settings.min_overlap, self._min_chars
        )
