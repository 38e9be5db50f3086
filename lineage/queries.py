"""The questions a legal reviewer asks of the provenance index, as plain data.

Answers never contain document text: text lives only in the data shards, and a text search
returns where a snippet occurs (release, doc id, shard row), not the text around it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from lineage.errors import LineageError
from lineage.index import ProvenanceIndex, ReleaseRef
from lineage.keys import SEARCH_KEY_SQL, Selector, required_characters
from lineage.takedown import (
    Anchor,
    Groups,
    Removal,
    Takedown,
    append_takedown,
    close_over_duplicates,
    recorded_heads,
)

SUMMARY_COLUMNS = (
    "release_version, doc_id, status, stage, reason, url, domain, dataset, "
    "release.shard AS shard, release.row_index AS row_index"
)
_STATUS_COUNTS = (
    "count(*) FILTER (status = 'kept') AS kept, count(*) FILTER (status = 'dropped') AS dropped, "
    "count(*) FILTER (status = 'error') AS error, count(*) AS total"
)
_ID_SEP = "\x1f"


@dataclass(frozen=True)
class Found:
    """Matching provenance rows (at most ``limit``) and how many there are in all."""

    selector: Selector
    total: int
    rows: list[dict[str, Any]]


def text_scan(files: list[str], key: str) -> tuple[str, list[str]]:
    """SQL (and parameters) for the doc ids of shard files whose normalized text contains
    ``key``; texts lacking one of the key's Hangul syllables or digits are ruled out by a
    plain ``contains`` before any text is normalized."""
    paths = "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in files) + "]"
    required = required_characters(key)
    conditions = ["contains(text, ?)"] * len(required) + [f"contains({SEARCH_KEY_SQL}, ?)"]
    return (
        f"SELECT doc_id FROM read_parquet({paths}) WHERE {' AND '.join(conditions)}",
        [*required, key],
    )


def text_hits(index: ProvenanceIndex, key: str) -> list[str]:
    """``release_version␟doc_id`` of kept documents whose normalized text contains ``key``,
    by a scan of every release's data shards (the only place text exists)."""
    hits: list[str] = []
    for ref in index.releases:
        shards = ref.verified_files("shards", "data shard")
        if not shards:
            continue
        rows = index.query(*text_scan(shards, key))
        hits.extend(f"{ref.version}{_ID_SEP}{row['doc_id']}" for row in rows)
    return hits


def where(index: ProvenanceIndex, selector: Selector) -> tuple[str, list[Any]]:
    """SQL condition and parameters selecting the provenance rows a selector names."""
    if selector.kind == "doc_id":
        return "doc_id = ?", [selector.key]
    if selector.kind == "url":
        return "url_key = ?", [selector.key]
    if selector.kind == "domain":
        return "(domain = ? OR ends_with(domain, ?))", [selector.key, "." + selector.key]
    hits = text_hits(index, selector.key)
    return (
        f"doc_id IN (SELECT split_part(h, '{_ID_SEP}', 2) FROM unnest(?::VARCHAR[]) t(h)) "
        f"AND release_version || '{_ID_SEP}' || doc_id IN (SELECT unnest(?::VARCHAR[]))",
        [hits, hits],
    )


def find(
    index: ProvenanceIndex, selector: Selector, limit: int | None = 50, offset: int = 0
) -> Found:
    """Provenance rows matching the selector across all releases, by release then doc id;
    ``offset`` skips that many (the review app's pages)."""
    condition, params = where(index, selector)
    total = index.query(f"SELECT count(*) AS n FROM provenance WHERE {condition}", params)[0]["n"]
    page = "" if limit is None else f"LIMIT {int(limit)}"
    page += f" OFFSET {int(offset)}" if offset else ""
    rows = index.query(
        f"SELECT {SUMMARY_COLUMNS} FROM provenance WHERE {condition} "
        f"ORDER BY release_version, doc_id {page}",
        params,
    )
    return Found(selector, total, rows)


def matching_rows(index: ProvenanceIndex, selector: Selector) -> list[dict[str, Any]]:
    """Every provenance column of every matching row, for case files."""
    condition, params = where(index, selector)
    return index.query(
        "SELECT * EXCLUDE (release_path, url_key, exact_group, near_cluster_id) "
        f"FROM provenance WHERE {condition} ORDER BY release_version, doc_id",
        params,
    )


def shard_text(index: ProvenanceIndex, version: str, doc_id: str) -> str:
    """The text a kept document has in its data shard (after line cleaning and PII masking),
    read from that one shard once its sha256 matches the manifest and checked against the
    row's ``shard_text_sha1``. Dropped and errored documents have no text anywhere."""
    rows = index.query(
        "SELECT status, release.shard AS shard, shard_text_sha1 FROM provenance "
        "WHERE doc_id = ? AND release_version = ?",
        [doc_id, version],
    )
    if not rows:
        raise LineageError(f"unknown doc id {doc_id} in release {version}")
    if rows[0]["status"] != "kept" or not rows[0]["shard"]:
        raise LineageError(
            f"{doc_id} is not kept in {version}: only kept documents have text in a release"
        )
    ref = index.release(version)
    entries = [e for e in ref.entries("shards") if e["path"] == rows[0]["shard"]]
    if not entries:
        raise LineageError(f"release {version} lists no data shard {rows[0]['shard']}")
    # A release reference holding that one shard: only its bytes are hashed, not every shard's.
    one = ReleaseRef(ref.version, ref.path, {"shards": entries})
    path = one.verified_files("shards", "data shard")[0]
    found = index.query("SELECT text FROM read_parquet(?) WHERE doc_id = ?", [path, doc_id])
    if len(found) != 1:
        raise LineageError(f"data shard {rows[0]['shard']} of {version} does not hold {doc_id}")
    text = found[0]["text"]
    expected = rows[0]["shard_text_sha1"]
    if expected and hashlib.sha1(text.encode("utf-8")).hexdigest() != expected:
        raise LineageError(
            f"the text of {doc_id} in {rows[0]['shard']} does not match its provenance "
            "(shard_text_sha1)"
        )
    return text


def _members(index: ProvenanceIndex, version: str, column: str, value: str | None) -> list[dict]:
    if value is None:
        return []
    return index.query(
        f"SELECT doc_id, status, stage, reason, url FROM provenance "
        f"WHERE {column} = ? AND release_version = ? ORDER BY status = 'kept' DESC, doc_id "
        "LIMIT 100",
        [value, version],
    )


def explain(index: ProvenanceIndex, doc_id: str) -> dict[str, Any]:
    """The full decision trail of one document in every release that holds its record, with
    the members of its exact-duplicate group and near-duplicate cluster (kept one first)."""
    rows = index.query(
        "SELECT * EXCLUDE (release_path, url, url_key, domain, dataset) FROM provenance "
        "WHERE doc_id = ? ORDER BY release_version",
        [doc_id],
    )
    if not rows:
        raise LineageError(
            f"unknown doc id {doc_id} (not in {', '.join(r.version for r in index.releases)})"
        )
    order = {ref.version: i for i, ref in enumerate(index.releases)}
    rows.sort(key=lambda r: order.get(r["release_version"], len(order)))
    for row in rows:
        version = row["release_version"]
        row["exact_group_members"] = _members(index, version, "exact_group", row.pop("exact_group"))
        row["near_cluster_members"] = _members(
            index, version, "near_cluster_id", row.pop("near_cluster_id")
        )
    return {"doc_id": doc_id, "releases": rows}


def _grouped(
    index: ProvenanceIndex, key: str | None = None, per_release: int | None = None
) -> list[dict[str, Any]]:
    """Status counts per release and ``key``; the ``per_release`` largest groups only, ties
    at the cut broken by ``key`` (a positional 2 inside ``OVER ()`` is a constant)."""
    columns = "release_version" + (f", {key}" if key else "")
    groups = "1, 2" if key else "1"
    top = (
        ""
        if per_release is None
        else "QUALIFY row_number() OVER (PARTITION BY release_version ORDER BY total DESC, "
        f"{(key or 'release_version').rsplit(' AS ', 1)[0]}) <= {int(per_release)}"
    )
    return index.query(
        f"SELECT {columns}, {_STATUS_COUNTS} FROM provenance GROUP BY {groups} {top} "
        "ORDER BY release_version, total DESC, 2"
    )


def stats(index: ProvenanceIndex, top_domains: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Counts by release, source dataset, site, and stage/reason (reason codes: the part
    before ``:``, so byte offsets in error reasons do not split groups)."""
    return {
        "by_release": _grouped(index),
        "by_source": _grouped(index, "coalesce(dataset, '(none)') AS source"),
        "by_domain": _grouped(index, "coalesce(domain, '(no url)') AS domain", top_domains),
        "by_stage_reason": index.query(
            "SELECT release_version, status, coalesce(stage, '') AS stage, "
            "split_part(coalesce(reason, ''), ':', 1) AS reason, count(*) AS count "
            "FROM provenance WHERE status <> 'kept' GROUP BY ALL "
            "ORDER BY release_version, status, stage, count DESC, reason"
        ),
    }


def takedown_targets(index: ProvenanceIndex, selector: Selector) -> dict[str, dict[str, Removal]]:
    """Per release, the documents a takedown with this selector would remove: those it names
    and their exact- and near-duplicates."""
    condition, params = where(index, selector)
    named = index.query(
        f"SELECT release_version, doc_id, exact_group, near_cluster_id FROM provenance "
        f"WHERE {condition}",
        params,
    )
    by_release: dict[str, dict[str, tuple[str, Groups]]] = {}
    for row in named:
        groups = (row["exact_group"], row["near_cluster_id"])
        by_release.setdefault(row["release_version"], {})[row["doc_id"]] = ("new", groups)

    def members(version: str):
        def of(column: str, value: str) -> list[tuple[str, Groups]]:
            rows = index.query(
                f"SELECT doc_id, exact_group, near_cluster_id FROM provenance "
                f"WHERE {column} = ? AND release_version = ?",
                [value, version],
            )
            return [(r["doc_id"], (r["exact_group"], r["near_cluster_id"])) for r in rows]

        return of

    return {
        version: close_over_duplicates(seeds, members(version))
        for version, seeds in by_release.items()
    }


@dataclass(frozen=True)
class TakedownPlan:
    """What logging a takedown would do: the releases it was checked against (and the log
    heads they recorded) and, per release, the documents it would remove. ``curate lineage
    takedown`` and the review app's preview and confirm all come from this one function."""

    selector: Selector
    checked: list[str]
    anchors: list[Anchor]
    targets: dict[str, dict[str, Removal]]

    @property
    def doc_ids(self) -> list[str]:
        return sorted({doc for removals in self.targets.values() for doc in removals})

    def per_release(self) -> dict[str, dict[str, list[str]]]:
        """Per release: the documents the takedown names and, apart, their exact and near
        duplicates (removed with them)."""
        out = {}
        for version, removals in self.targets.items():
            by_kind: dict[str, list[str]] = {"named": [], "exact": [], "near": []}
            for doc_id, removal in sorted(removals.items()):
                kind = "named" if removal.duplicate_of is None else removal.group.split()[0]
                by_kind[kind].append(doc_id)
            out[version] = by_kind
        return out

    def require_match(self) -> None:
        """A takedown checked against releases that matches nothing is probably a typo."""
        if self.checked and not self.targets:
            raise LineageError(
                f"takedown of {self.selector.describe()} matches nothing in "
                f"{', '.join(self.checked)}; nothing logged (pass --allow-unmatched to log it "
                "for future runs anyway)"
            )


def plan_takedown(index: ProvenanceIndex | None, selector: Selector) -> TakedownPlan:
    """The takedown's effect on the releases of ``index`` (None: checked against nothing)."""
    if index is None:
        return TakedownPlan(selector, [], [], {})
    return TakedownPlan(
        selector,
        [r.version for r in index.releases],
        recorded_heads(r.manifest for r in index.releases),
        takedown_targets(index, selector),
    )


def log_takedown(
    log: str,
    plan: TakedownPlan,
    *,
    reason: str,
    requester: str,
    allow_unmatched: bool = False,
    reviewer: str | None = None,
) -> Takedown:
    """Append the planned takedown to the hash-chained log; one that was checked against
    releases and matches nothing is refused (probably a typo) unless ``allow_unmatched``."""
    if not allow_unmatched:
        plan.require_match()
    return append_takedown(
        log,
        plan.selector,
        reason=reason,
        requester=requester,
        doc_ids=plan.doc_ids,
        checked_against=plan.checked,
        anchors=plan.anchors,
        reviewer=reviewer,
    )
