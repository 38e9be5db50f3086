"""Near-duplicate removal: MinHash signatures → LSH bands → anchor edges → (optional)
verification → distributed connected components → one representative per cluster.

Only (node, signature) pairs and edges are shuffled for the graph; the records themselves
meet their cluster once, in a final join by doc_id. Signatures of an earlier release join
the graph as nodes too, so a new crawl does not re-add what that release already holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import apache_beam as beam
import numpy as np

from curate.records import MINHASH_SCHEMA, Record, decision, with_decisions
from curate.settings import NearDedupSettings
from filters.analysis import Analysis, analyze
from filters.lsh import Banding, anchor_edges, band_keys, estimated_jaccard
from filters.minhash import MinHashParams, signatures
from filters.shingles import morpheme_string
from lineage.errors import LineageError
from lineage.manifest import MANIFEST
from lineage.manifest_check import check_manifest
from lineage.release_files import ReleaseError, join, read_json
from pipelines.connected_components import ConnectedComponents
from pipelines.join import StreamingJoin
from pipelines.packing import keyed_by_doc, pack, unpack
from pipelines.stages import per_batch, split_settled

STAGE = "near_dedup"
NEW, PRIOR = "1", "0"


def node(origin: str, doc_id: str) -> str:
    """Graph node names: prior-release documents sort first, so they label their cluster."""
    return f"{origin}:{doc_id}"


def split_node(name: str) -> tuple[str, str]:
    origin, _, doc_id = name.partition(":")
    return origin, doc_id


def prior_signatures(pipeline: beam.Pipeline, releases: Sequence[str]):
    """(node, packed signature) of every kept document of the given releases, or None."""
    if not releases:
        return None
    reads = [
        pipeline
        | f"ReadPrior{index}"
        >> beam.io.ReadFromParquet(
            join(release, "minhash", "*.parquet"), columns=MINHASH_SCHEMA.names
        )
        for index, release in enumerate(releases)
    ]
    return (
        reads
        | "AllPrior" >> beam.Flatten()
        | "PriorNodes" >> beam.Map(lambda row: (node(PRIOR, row["doc_id"]), pack(row["signature"])))
    )


def check_prior_releases(releases: Sequence[str], params: MinHashParams) -> None:
    """Refuse, before any work starts, signatures that cannot be compared with ours."""
    for release in releases:
        try:
            manifest = check_manifest(read_json(join(release, MANIFEST)), join(release, MANIFEST))
        except LineageError as err:
            raise ReleaseError(f"near_dedup.against: {err}") from err
        except Exception as err:  # noqa: BLE001 - any read failure: not a usable release
            raise ReleaseError(
                f"near_dedup.against: cannot read {join(release, MANIFEST)}: {type(err).__name__}"
            ) from err
        stored = (manifest.get("minhash") or {}).get("params")
        if stored is None:
            raise ReleaseError(
                f"near_dedup.against: release {release} has no stored "
                "MinHash signatures (it was built without near_dedup)"
            )
        try:
            MinHashParams.from_dict(stored).check_compatible(params)
        except ValueError as err:
            raise ReleaseError(
                f"near_dedup.against: signatures of {release} are incompatible: {err}"
            ) from err


def minhash_params(settings: NearDedupSettings) -> MinHashParams:
    """What makes two signatures comparable, as the release stores it."""
    return MinHashParams(
        num_perm=settings.num_perm,
        seed=settings.seed,
        ngram=settings.ngram,
        hash=settings.hash,
        shingle=settings.shingle,
    )


def shingle_sources(batch: list[Record], shingle: str) -> list[str]:
    """The strings whose character n-grams are the shingles: the texts themselves, or one
    code point per Kiwi morpheme when shingling morphemes. The shared analysis is used
    when the quality stage made it; otherwise the batch is analysed here, once."""
    if shingle == "char":
        return [r["text"] for r in batch]
    missing = [r["text"] for r in batch if "analysis" not in r]
    fresh = iter(analyze(missing))
    forms = [
        Analysis.from_record(r["analysis"], r["text"]).forms
        if "analysis" in r
        else next(fresh).forms
        for r in batch
    ]
    return [morpheme_string(f) for f in forms]


class _Sign(beam.DoFn):
    """A batch of records → the same records, plus the graph's (node, packed signature) pairs.
    The signature stays off the record: the record waits in near dedup's join (the embedded
    runner's largest buffer), the release takes signatures from ``SIGNATURES``. Packed, a
    signature is a claim ticket while the run spills (``pipelines.packing``): the graph waits
    in three of the runner's buffers until the release. Batches keep a GPU busy when the
    backend is cupy."""

    GRAPH = "graph"

    def __init__(self, params: MinHashParams, backend: str):
        self._params = params
        self._backend = backend

    def process(self, batch: list[Record]) -> Iterator[Any]:
        yield from per_batch(batch, self._sign, STAGE)

    def _sign(self, batch: list[Record]) -> Iterator[Any]:
        p = self._params
        sources = shingle_sources(batch, p.shingle)
        sigs = signatures(
            sources,
            num_perm=p.num_perm,
            seed=p.seed,
            ngram=p.ngram,
            hash=p.hash,
            backend=self._backend,
        )
        for record, sig in zip(batch, sigs, strict=True):
            packed = pack(sig.astype("<u4").tobytes())
            yield record
            yield beam.pvalue.TaggedOutput(self.GRAPH, (node(NEW, record["doc_id"]), packed))


def signature_of(packed: bytes) -> np.ndarray:
    """A graph node's packed signature as MinHash values."""
    return np.frombuffer(unpack(packed), dtype="<u4")


def _bucket_entries(element, banding: Banding) -> Iterator[tuple[bytes, str]]:
    name, packed = element
    for key in band_keys(signature_of(packed), banding):
        yield key, name


def _edges(element) -> Iterator[tuple[str, str]]:
    _key, members = element
    yield from anchor_edges(members)


def _attach_signature(element) -> Iterator[tuple[str, tuple[str, bytes]]]:
    """(member, {edges: anchors, sig}) → (anchor, (member, member signature))."""
    member, grouped = element
    sig = next(iter(grouped["sig"]), None)
    for anchor in grouped["edges"]:
        yield anchor, (member, sig)


def _verified(element, threshold: float) -> Iterator[tuple[str, str]]:
    anchor, grouped = element
    anchor_sig = signature_of(next(iter(grouped["sig"])))
    for member, packed in grouped["members"]:
        if estimated_jaccard(anchor_sig, signature_of(packed)) >= threshold:
            yield anchor, member


class _Representative(beam.CombineFn):
    """Per cluster: its size and its best member — prior releases first, then the highest
    quality score, then the smallest doc_id."""

    def create_accumulator(self):
        return (0, None)

    @staticmethod
    def _rank(item):
        name, score = item
        origin, doc_id = split_node(name)
        return (origin, -score if score is not None else float("inf"), doc_id)

    def add_input(self, acc, item):
        size, best = acc
        return size + 1, item if best is None or self._rank(item) < self._rank(best) else best

    def merge_accumulators(self, accumulators):
        size, best = 0, None
        for part_size, part_best in accumulators:
            size += part_size
            if part_best is not None and (best is None or self._rank(part_best) < self._rank(best)):
                best = part_best
        return size, best

    def extract_output(self, acc):
        size, best = acc
        return size, best[0]


def _member_info(element) -> Iterator[tuple[str, dict[str, Any]]]:
    label, grouped = element
    ((size, best),) = grouped["cluster"]
    best_origin, best_doc = split_node(best)
    for member in grouped["members"]:
        origin, doc_id = split_node(member)
        if origin != NEW:
            continue
        yield (
            doc_id,
            {
                "near_cluster_id": split_node(label)[1],
                "near_cluster_size": size,
                "duplicate_of": None if member == best else best_doc,
                "prior": best_origin == PRIOR and member != best,
            },
        )


SINGLETON = {
    "near_cluster_id": None,
    "near_cluster_size": 1,
    "duplicate_of": None,
    "prior": False,
}


class LostGroupedData(RuntimeError):
    """A join found a document without exactly one of what it must have met: the runner
    lost or repeated grouped data. Failing here keeps a run from silently keeping
    near-duplicates whose cluster annotation went missing."""


def _one(values: Iterable[Any], what: str, doc_id: str) -> Any:
    found = list(values)
    if len(found) != 1:
        raise LostGroupedData(
            f"near_dedup: document {doc_id} met {len(found)} {what}, expected exactly 1; "
            "the runner lost or duplicated grouped data"
        )
    return found[0]


def mark_near_duplicates(element, threshold: float) -> Iterator[Record]:
    """Every new document has exactly one annotation (singletons too), so a missing one is
    an error rather than a duplicate quietly kept."""
    doc_id, grouped = element
    records = []
    for packed in grouped["records"]:
        record = unpack(packed)
        if record["status"] is None:
            records.append(record)
        else:
            yield record  # signing failed: settled already, no cluster to meet
    if not records:
        return
    info = _one(grouped["cluster"], "cluster annotations", doc_id)
    size, duplicate_of = info["near_cluster_size"], info["duplicate_of"]
    for record in records:
        dedup = {
            **(record.get("dedup") or {}),
            "near_cluster_id": info["near_cluster_id"],
            "near_cluster_size": size,
        }
        if duplicate_of:
            dedup["duplicate_of"] = duplicate_of
        rule = "near_duplicate_of_release" if info["prior"] else "near_duplicate"
        rules = [decision(STAGE, rule, size, threshold, duplicate_of is None)]
        yield with_decisions(record, rules, dedup=dedup)


RECORDS, SIGNATURES = "records", "signatures"


class NearDedup(beam.PTransform):
    """In-play records → ``{RECORDS: the same records, near-duplicates dropped with their
    cluster; SIGNATURES: (doc_id, packed signature) of every new document signed}``."""

    def __init__(self, settings: NearDedupSettings, prior_signatures=None):
        super().__init__()
        self._settings = settings
        self._prior = prior_signatures

    def expand(self, records):
        settings = self._settings
        params = minhash_params(settings)
        banding = Banding(settings.bands, settings.rows)
        banding.check(params.num_perm)
        batch = settings.batch_size
        signed = (
            records
            | "Batch" >> beam.BatchElements(min_batch_size=batch, max_batch_size=batch)
            | "Sign"
            >> beam.ParDo(_Sign(params, settings.backend)).with_outputs(_Sign.GRAPH, main="records")
        )
        signed_records, _failed = split_settled(signed.records, "Signed")
        graph = signed[_Sign.GRAPH]
        if self._prior is not None:
            graph = (graph, self._prior) | "WithPrior" >> beam.Flatten()
        edges = (
            graph
            | "BandKeys" >> beam.FlatMap(_bucket_entries, banding)
            | "Buckets" >> beam.GroupByKey()
            | "AnchorEdges" >> beam.FlatMap(_edges)
            | "DistinctEdges" >> beam.Distinct()
        )
        if settings.verify_threshold > 0:
            with_member_sig = {
                "edges": edges | "ByMember" >> beam.KvSwap(),
                "sig": graph,
            } | "JoinMemberSig" >> StreamingJoin(_attach_signature)
            edges = {"members": with_member_sig, "sig": graph} | "JoinAnchorSig" >> StreamingJoin(
                _verified, settings.verify_threshold
            )
        labels = edges | "Components" >> ConnectedComponents(
            settings.cc_rounds, settings.max_fixup_edges
        )
        scores = signed_records | "Scores" >> beam.Map(
            lambda r: (node(NEW, r["doc_id"]), r.get("quality_score"))
        )
        prior_scores = None
        if self._prior is not None:
            prior_scores = self._prior | "PriorScores" >> beam.Map(lambda e: (e[0], None))
            scores = (scores, prior_scores) | "AllScores" >> beam.Flatten()
        by_label = (
            {"label": labels, "score": scores}
            | "JoinScores" >> beam.CoGroupByKey()
            | "ByLabel" >> beam.ParDo(_ByLabel()).with_outputs(_ByLabel.SINGLETONS, main="labelled")
        )
        labelled = by_label.labelled
        clusters = labelled | "Representative" >> beam.CombinePerKey(_Representative())
        members = labelled | "Members" >> beam.MapTuple(lambda label, item: (label, item[0]))
        info = (
            {"members": members, "cluster": clusters}
            | "JoinClusters" >> StreamingJoin(_member_info),
            by_label[_ByLabel.SINGLETONS],
        ) | "AllInfo" >> beam.Flatten()
        threshold = settings.verify_threshold or banding.threshold
        # Records that failed signing travel with the rest: a Flatten of two stages' outputs
        # would be one more buffer of every record on the embedded runner.
        marked = (
            {
                "records": signed.records | "KeyById" >> beam.Map(keyed_by_doc),
                "cluster": info,
            }
            | "JoinRecords" >> beam.CoGroupByKey()
            | "Mark" >> beam.FlatMap(mark_near_duplicates, threshold)
        )
        return {RECORDS: marked, SIGNATURES: signed[_Sign.GRAPH] | "ByDocId" >> beam.Map(_by_doc)}


def _by_doc(element: tuple[str, bytes]) -> tuple[str, bytes]:
    name, packed = element
    return split_node(name)[1], packed


class _ByLabel(beam.DoFn):
    """(node, {label, score}) → (label, (node, score)) for nodes in a cluster; a new
    document in none is a singleton and gets its annotation here."""

    SINGLETONS = "singletons"

    def process(self, element) -> Iterator[Any]:
        name, grouped = element
        labels = list(grouped["label"])
        if labels:
            label = _one(labels, "component labels", name)
            yield label, (name, _one(grouped["score"], "quality scores", name))
            return
        origin, doc_id = split_node(name)
        if origin == NEW:
            yield beam.pvalue.TaggedOutput(self.SINGLETONS, (doc_id, SINGLETON))
