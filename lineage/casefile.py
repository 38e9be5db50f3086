"""Case files: everything the index knows about the documents a complaint names, as CSV (one
flat row per document and release, for a spreadsheet) or JSON (the full nested records plus
the query, for tools and for the file)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

from lineage.errors import LineageError
from lineage.index import ProvenanceIndex
from lineage.keys import Selector
from lineage.queries import matching_rows

CSV_COLUMNS = (
    "release_version",
    "doc_id",
    "status",
    "stage",
    "reason",
    "url",
    "domain",
    "dataset",
    "uri",
    "locator",
    "record_id",
    "crawl_date",
    "license",
    "license_decision",
    "content_sha256",
    "text_sha1",
    "shard_text_sha1",
    "exact_group",
    "exact_group_size",
    "near_cluster_id",
    "near_cluster_size",
    "duplicate_of",
    "quality_score",
    "lang",
    "pii_counts",
    "shard",
    "row_index",
    "failed_rules",
    "decisions",
)


def rule_text(d: dict[str, Any]) -> str:
    """``stage/rule value vs threshold: pass|FAIL`` — one decision, readable in a cell."""
    value = "" if d["value"] is None else f" {d['value']:g}"
    threshold = "" if d["threshold"] is None else f" vs {d['threshold']:g}"
    return f"{d['stage']}/{d['rule']}{value}{threshold}: {'pass' if d['passed'] else 'FAIL'}"


def pii_text(pii: dict[str, Any] | None) -> str:
    if not pii or pii.get("counts") is None:
        return ""
    return "; ".join(f"{c['type']}={c['count']}" for c in pii["counts"])


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    source = row.get("source") or {}
    dedup = row.get("dedup") or {}
    release = row.get("release") or {}
    decisions = row.get("decisions") or []
    return {
        "release_version": row["release_version"],
        "doc_id": row["doc_id"],
        "status": row["status"],
        "stage": row["stage"],
        "reason": row["reason"],
        **{k: source.get(k) for k in ("url", "domain", "dataset", "uri", "locator")},
        **{k: source.get(k) for k in ("record_id", "crawl_date", "license")},
        "license_decision": (row.get("copyright") or {}).get("license_decision"),
        "content_sha256": row["content_sha256"],
        "text_sha1": row["text_sha1"],
        "shard_text_sha1": row.get("shard_text_sha1"),
        **{k: dedup.get(k) for k in ("exact_group", "exact_group_size", "near_cluster_id")},
        **{k: dedup.get(k) for k in ("near_cluster_size", "duplicate_of")},
        "quality_score": row.get("quality_score"),
        "lang": row.get("lang"),
        "pii_counts": pii_text(row.get("pii")),
        "shard": release.get("shard"),
        "row_index": release.get("row_index"),
        "failed_rules": "; ".join(rule_text(d) for d in decisions if not d["passed"]),
        "decisions": "; ".join(rule_text(d) for d in decisions),
    }


def case_file(index: ProvenanceIndex, selector: Selector, fmt: str) -> tuple[str, int]:
    """The case file for ``selector`` as text (``csv`` or ``json``) and its number of rows;
    ``lineage export`` writes it to a file, the review app sends it as a download."""
    if fmt not in ("csv", "json"):
        raise LineageError(f"case file format must be csv or json, got {fmt or 'none'}")
    rows = matching_rows(index, selector)
    if fmt == "csv":
        out = io.StringIO(newline="")
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(flat_row(r) for r in rows)
        return out.getvalue(), len(rows)
    case = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "query": {"kind": selector.kind, "key": selector.key},
        "searched": index.describe(),
        "count": len(rows),
        "documents": rows,
    }
    return json.dumps(case, ensure_ascii=False, indent=2, default=str), len(rows)


def write_case_file(
    index: ProvenanceIndex, selector: Selector, out: str, fmt: str | None = None
) -> int:
    """Write the case file for ``selector``; the format follows ``fmt`` or the extension.
    Returns the number of rows."""
    path = Path(out)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in ("csv", "json"):
        raise LineageError(f"case file format must be csv or json, got {fmt or 'none'} ({out})")
    if not path.parent.is_dir():
        raise LineageError(f"folder does not exist: {path.parent}")
    text, count = case_file(index, selector, fmt)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write(text)
    return count
