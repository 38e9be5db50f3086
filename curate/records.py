"""The document model: in-flight records, stable ids, and the Arrow schemas of a release.

Records travel through Beam as plain dicts (portable, picklable, no custom coder). A record is
never mutated in place: helpers return a new dict, because Beam may hand one element to
several consumers.
"""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

SCHEMA_VERSION = "1"
KEPT, DROPPED, ERROR = "kept", "dropped", "error"
STATUSES = (KEPT, DROPPED, ERROR)

Record = dict[str, Any]

SOURCE_TYPE = pa.struct(
    [
        ("uri", pa.string()),
        ("locator", pa.string()),
        ("record_id", pa.string()),
        ("dataset", pa.string()),
        ("url", pa.string()),
        ("domain", pa.string()),
        ("crawl_date", pa.string()),
        ("license", pa.string()),
        ("encoding", pa.string()),
    ]
)
DECISION_TYPE = pa.struct(
    [
        ("stage", pa.string()),
        ("rule", pa.string()),
        ("value", pa.float64()),
        ("threshold", pa.float64()),
        ("passed", pa.bool_()),
    ]
)
DEDUP_TYPE = pa.struct(
    [
        ("exact_group", pa.string()),
        ("exact_group_size", pa.int64()),
        ("near_cluster_id", pa.string()),
        ("near_cluster_size", pa.int64()),
        ("duplicate_of", pa.string()),
    ]
)
EDIT_TYPE = pa.struct(
    [
        ("stage", pa.string()),
        ("rule", pa.string()),
        ("line", pa.int64()),
        ("chars", pa.int64()),
        # Corpus-level rules only: how many documents (site_boilerplate: pages of the site)
        # held the removed line; null for rules that judge a line on its own.
        ("count", pa.int64()),
    ]
)
CONTAMINATION_TYPE = pa.struct(
    [
        ("benchmark", pa.string()),
        ("item_id", pa.string()),
        ("overlap", pa.float64()),
        ("action", pa.string()),
    ]
)
PII_SPAN_TYPE = pa.struct(
    [
        ("type", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("score", pa.float64()),
    ]
)
PII_TYPE = pa.struct(
    [
        ("spans", pa.list_(PII_SPAN_TYPE)),
        ("counts", pa.list_(pa.struct([("type", pa.string()), ("count", pa.int64())]))),
    ]
)
COPYRIGHT_TYPE = pa.struct(
    [
        ("license_decision", pa.string()),
        ("notices_removed", pa.int64()),
        ("optout_rule", pa.string()),
    ]
)
RELEASE_TYPE = pa.struct(
    [
        ("version", pa.string()),
        ("shard", pa.string()),
        ("row_index", pa.int64()),
    ]
)
RUN_TYPE = pa.struct(
    [
        ("run_id", pa.string()),
        ("code_version", pa.string()),
        ("config_sha256", pa.string()),
        ("runner", pa.string()),
        ("started_at", pa.string()),
    ]
)

PROVENANCE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_sha256", pa.string()),
        ("text_sha1", pa.string()),
        ("shard_text_sha1", pa.string()),
        ("source", SOURCE_TYPE),
        ("status", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("decisions", pa.list_(DECISION_TYPE)),
        ("edits", pa.list_(EDIT_TYPE)),
        ("dedup", DEDUP_TYPE),
        ("lang", pa.string()),
        ("lang_score", pa.float64()),
        ("quality_score", pa.float64()),
        ("char_count", pa.int64()),
        ("token_count", pa.int64()),
        ("pii", PII_TYPE),
        ("copyright", COPYRIGHT_TYPE),
        ("contamination", pa.list_(CONTAMINATION_TYPE)),
        ("release", RELEASE_TYPE),
        ("run", RUN_TYPE),
    ]
)

SHARD_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("text", pa.string()),
        ("url", pa.string()),
        ("domain", pa.string()),
        ("source", pa.string()),
        ("lang", pa.string()),
        ("quality_score", pa.float64()),
        ("token_count", pa.int64()),
        ("char_count", pa.int64()),
        ("license", pa.string()),
        ("pii_count", pa.int64()),
    ]
)


MINHASH_SCHEMA = pa.schema([("doc_id", pa.string()), ("signature", pa.binary())])


def sha256_hex(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def sha1_hex(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def make_doc_id(dataset: str, relpath: str, locator: str) -> str:
    """Stable id from where a record came from, so reruns and later releases agree on it.

    The path is relative to the input glob's fixed prefix, so the same corpus read from a
    laptop folder or a bucket gets the same ids.
    """
    digest = hashlib.sha256(f"{dataset}\x1f{relpath}\x1f{locator}".encode()).hexdigest()
    return f"{dataset}-{digest[:24]}"


def repaired(value: Any) -> Any:
    """A surrogate pair held as two code points, joined into its character (lossless); every
    other value as it is."""
    if not isinstance(value, str) or not _has_surrogate(value):
        return value
    try:
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return value


def string_problem(value: Any, allow_nul: bool = False) -> str | None:
    """Why a string cannot be written to a shard or provenance column (Arrow and Beam's coder
    need valid UTF-8), or None; never quotes the value."""
    if not isinstance(value, str):
        return None
    if _has_surrogate(value):
        return "a lone surrogate"
    if not allow_nul and "\x00" in value:
        return "a NUL character"
    return None


def _has_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def make_source(
    uri: str,
    locator: str,
    dataset: str,
    *,
    record_id: str | None = None,
    url: str | None = None,
    crawl_date: str | None = None,
    license: str | None = None,
    encoding: str | None = None,
) -> dict[str, Any]:
    return {
        "uri": uri,
        "locator": locator,
        "record_id": record_id,
        "dataset": dataset,
        "url": url,
        "domain": domain_of(url),
        "crawl_date": crawl_date,
        "license": license,
        "encoding": encoding,
    }


def new_record(doc_id: str, source: dict[str, Any], text: str) -> Record:
    """A freshly read document; ``content_sha256`` hashes the text before normalization."""
    return {
        "doc_id": doc_id,
        "source": source,
        "text": text,
        "content_sha256": sha256_hex(text),
        "text_sha1": None,
        "status": None,
        "stage": None,
        "reason": None,
        "decisions": [],
    }


def error_record(
    doc_id: str, source: dict[str, Any], stage: str, reason: str, raw: bytes | None = None
) -> Record:
    """A record that could not be read; ``reason`` must not contain the record's content."""
    return {
        "doc_id": doc_id,
        "source": source,
        "text": None,
        "content_sha256": sha256_hex(raw) if raw is not None else None,
        "text_sha1": None,
        "status": ERROR,
        "stage": stage,
        "reason": reason,
        "decisions": [],
    }


def decision(
    stage: str, rule: str, value: float | None, threshold: float | None, passed: bool
) -> dict[str, Any]:
    return {
        "stage": stage,
        "rule": rule,
        "value": None if value is None else float(value),
        "threshold": None if threshold is None else float(threshold),
        "passed": passed,
    }


def with_decisions(record: Record, decisions: list[dict[str, Any]], **changes: Any) -> Record:
    """Append rule evaluations; the first failed one decides a drop."""
    out = {**record, **changes, "decisions": [*record["decisions"], *decisions]}
    failed = next((d for d in decisions if not d["passed"]), None)
    if failed is not None and out["status"] is None:
        out.update(status=DROPPED, stage=failed["stage"], reason=failed["rule"])
    return out


def edit(stage: str, rule: str, line: int, chars: int, count: int | None = None) -> dict[str, Any]:
    """A line removed from a kept document: which line (0-based, in the text the stage saw),
    how many characters, and the rule; never the removed content. ``count``: for corpus-level
    rules, how many documents held the line (the evidence a reviewer checks)."""
    out = {"stage": stage, "rule": rule, "line": line, "chars": chars}
    if count is not None:
        out["count"] = count
    return out


def with_edits(record: Record, text: str, edits: list[dict[str, Any]]) -> Record:
    """Replace the text after line-level cleaning and record what was removed."""
    return {**record, "text": text, "edits": [*(record.get("edits") or []), *edits]}


def drop(record: Record, stage: str, reason: str, **changes: Any) -> Record:
    return {**record, **changes, "status": DROPPED, "stage": stage, "reason": reason}


def keep(record: Record) -> Record:
    return {**record, "status": KEPT, "stage": None, "reason": None}


def shard_row(record: Record) -> dict[str, Any]:
    """The lean row a model team trains on."""
    source = record["source"]
    pii = record.get("pii") or {}
    return {
        "doc_id": record["doc_id"],
        "text": record["text"],
        "url": source.get("url"),
        "domain": source.get("domain"),
        "source": source.get("dataset"),
        "lang": record.get("lang"),
        "quality_score": record.get("quality_score"),
        "token_count": record.get("token_count"),
        "char_count": len(record["text"]),
        "license": source.get("license"),
        "pii_count": sum(c["count"] for c in pii.get("counts", [])) if pii else 0,
    }


def provenance_row(
    record: Record, run: dict[str, Any], release: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The audit row a legal reviewer reads: never the text, only hashes and decisions.

    ``text_sha1`` hashes the text exact dedup compared; ``shard_text_sha1`` hashes the text
    the shard row holds (after line cleaning and PII masking), so a release diff sees every
    change a model team would."""
    row = {name: record.get(name) for name in PROVENANCE_SCHEMA.names}
    text = record.get("text")
    row["char_count"] = len(text) if text is not None else None
    row["shard_text_sha1"] = sha1_hex(text) if record["status"] == KEPT else None
    row["run"] = run
    row["release"] = release
    return row
