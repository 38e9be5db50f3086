"""Repeated lines across the corpus, after exact dedup and before quality: site boilerplate
(menus, footers, bylines, related-article blocks no lexicon holds) and C4-style corpus
duplicates are removed from each document, every removal an edit in provenance.

Three shuffles, none carrying text: each document's distinct lines become compact keys
(``filters.repeated_lines``) with ``(doc_id, site)``; a combiner counts documents, the first
doc id and distinct sites per key (bounded accumulators, lifted before the shuffle); a
streaming join of the occurrences with their key's counts names the lines each document must
lose; a second streaming join by doc_id brings records and their removals together (the
records' shuffle, like exact dedup's). Nothing is held per worker beyond one key's counts or
one document's removals, so it runs on every runner.
"""

from __future__ import annotations

from collections.abc import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from curate.records import Record, edit, with_decisions, with_edits
from curate.settings import RepeatedLinesSettings
from filters.repeated_lines import (
    LineCounts,
    Removal,
    document_keys,
    line_of,
    merge_removals,
    removal_rule,
    remove_repeated,
    spare_copies,
)
from pipelines.join import StreamingJoin
from pipelines.normalize import min_chars_decision
from pipelines.packing import keyed_by_doc, unpack
from pipelines.stages import per_record

STAGE = "repeated_lines"


class LineCountsFn(beam.CombineFn):
    """(doc_id, site) occurrences of one key → ``LineCounts`` (as a tuple): the document count, the
    smallest doc id (C4's kept copy, the same in every run) and the distinct sites, kept as
    the ``max_sites`` smallest site names so that any split of the input counts the same."""

    def __init__(self, max_sites: int):
        self._max_sites = max_sites

    def create_accumulator(self):
        return (0, None, ())

    def add_input(self, acc, occurrence):
        doc_id, site = occurrence
        return self.merge_accumulators([acc, (1, doc_id, (site,) if site else ())])

    def merge_accumulators(self, accumulators):
        docs, first, sites = 0, None, set()
        for count, doc_id, seen in accumulators:
            docs += count
            if doc_id is not None and (first is None or doc_id < first):
                first = doc_id
            sites.update(seen)
        return (docs, first, tuple(sorted(sites)[: self._max_sites]))

    def extract_output(self, acc):
        docs, first, sites = acc
        return (docs, first, len(sites))


def occurrences(record: Record, settings: RepeatedLinesSettings) -> Iterator[tuple]:
    """(key, (doc_id, site)) for each distinct line of the document."""
    site = record["source"].get("domain")
    corpus_min = settings.corpus_min_chars if settings.corpus_duplicates else None
    for key in document_keys(record["text"], site, corpus_min):
        yield key, (record["doc_id"], site)


def condemn(element, site_min_pages: int) -> Iterator[tuple[str, tuple]]:
    """For one key: (doc_id, removal) for every document that must lose the key's line."""
    key, grouped = element
    counts = LineCounts(*next(iter(grouped["counts"])))
    if counts.docs < 2:
        return
    for doc_id, _site in grouped["occurrences"]:
        rule = removal_rule(key, counts, doc_id, site_min_pages)
        if rule is not None:
            yield doc_id, (line_of(key), rule, counts.docs)


def clean_record(
    record: Record,
    found: list[tuple],
    min_chars: int,
    copy_share: tuple[float, int] | None = None,
) -> Record:
    """The record without its condemned lines (an edit each, with the count that condemned
    it), and normalize's ``min_chars`` decision again when lines went, so that a document
    left empty is dropped with its reason even when quality is off. A copy (``copy_share``:
    the share of its long lines, and how long, over which a document is one) keeps its
    corpus-duplicate lines for near-dedup to judge."""
    if not found:
        return record
    removals = merge_removals([Removal(*r) for r in found])
    if copy_share is not None:
        removals = spare_copies(record["text"], removals, *copy_share)
    if not removals:
        return record
    text, removed = remove_repeated(record["text"], removals)
    edits = [edit(STAGE, r.rule, index, chars, r.count) for index, r, chars in removed]
    for _, removal, _ in removed:
        Metrics.counter("curate.repeated_lines", f"lines_removed.{removal.rule}").inc()
    out = with_edits(record, text, edits)
    return with_decisions(out, [min_chars_decision(STAGE, text, min_chars)])


def _clean(element, min_chars: int, copy_share: tuple[float, int] | None) -> Iterator[Record]:
    _doc_id, grouped = element
    found = list(grouped["removals"])
    guarded = per_record(clean_record, STAGE)
    for record in map(unpack, grouped["records"]):
        yield guarded(record, found, min_chars, copy_share)


class RepeatedLines(beam.PTransform):
    """In-play records → the same records with corpus-repeated lines removed; ``min_chars``
    is normalize's minimum, applied again to a document that lost lines. ``near_dedup``:
    whether near-dedup runs later, to which copies are then left whole."""

    def __init__(self, settings: RepeatedLinesSettings, min_chars: int, near_dedup: bool = False):
        super().__init__()
        self._settings = settings
        self._min_chars = min_chars
        share = (settings.corpus_copy_share, settings.corpus_min_chars)
        self._copy_share = share if near_dedup and settings.corpus_duplicates else None

    def expand(self, pcoll):
        settings = self._settings
        found = pcoll | "Lines" >> beam.FlatMap(occurrences, settings)
        counts = found | "Count" >> beam.CombinePerKey(LineCountsFn(settings.max_sites_tracked))
        removals = {"occurrences": found, "counts": counts} | "Condemn" >> StreamingJoin(
            condemn, settings.site_min_pages
        )
        keyed = pcoll | "KeyByDoc" >> beam.Map(keyed_by_doc)
        return {"records": keyed, "removals": removals} | "Clean" >> StreamingJoin(
            _clean, self._min_chars, self._copy_share
        )
