"""Human-readable output of the lineage and release commands (``--json`` prints the data)."""

from __future__ import annotations

from typing import Any

from filters.mojibake import edit_verb
from lineage.casefile import pii_text
from lineage.queries import Found
from lineage.tables import format_table, key_values

FIND_COLUMNS = ("release_version", "doc_id", "status", "stage", "reason", "url", "shard")
FIND_HEADERS = ("release", "doc_id", "status", "stage", "reason", "url", "shard")
MEMBER_COLUMNS = ("doc_id", "status", "stage", "reason", "url")
COUNT_COLUMNS = ("kept", "dropped", "error", "total")


def find_headline(found: Found, searched: list[str]) -> str:
    """``N record(s) for url '…' in v1, v2``: the first line of ``find``, in the CLI and the
    review app."""
    what = "kept document(s) contain" if found.selector.kind == "text" else "record(s) for"
    return f"{found.total} {what} {found.selector.describe()} in {', '.join(searched)}"


def find_text(found: Found, searched: list[str]) -> str:
    lines = [find_headline(found, searched)]
    if found.rows:
        lines.append(format_table(found.rows, FIND_COLUMNS, FIND_HEADERS))
    if found.total > len(found.rows):
        lines.append(f"({found.total - len(found.rows)} more: --limit 0 shows all)")
    return "\n".join(lines)


def verdict(row: dict[str, Any]) -> str:
    """``kept``, or ``dropped at STAGE: REASON``: one row's outcome."""
    if row["status"] == "kept":
        return "kept"
    return f"{row['status']} at {row['stage']}: {row['reason']}"


def _with_detail(value: Any, detail: Any) -> str | None:
    """``value (detail)``, the value alone when there is no detail, and no fact (shown as
    ``-``) without a value: a missing source must not read as the word None."""
    if value is None:
        return None
    return str(value) if detail is None else f"{value} ({detail})"


def fact_pairs(row: dict[str, Any]) -> list[tuple[str, Any]]:
    """(label, value) facts of one provenance row of ``explain``, for the CLI and the app."""
    source = row["source"] or {}
    placed = row["release"]
    run = row["run"] or {}
    return [
        ("in shard", f"{placed['shard']} row {placed['row_index']}" if placed else None),
        ("url", source.get("url")),
        ("read from", _with_detail(source.get("uri"), source.get("locator"))),
        ("dataset", source.get("dataset")),
        ("record id", source.get("record_id")),
        ("crawl date", source.get("crawl_date")),
        ("declared licence", source.get("license")),
        ("encoding", source.get("encoding")),
        ("content sha256", row["content_sha256"]),
        ("text sha1", row["text_sha1"]),
        ("characters", row["char_count"]),
        ("tokens", row["token_count"]),
        ("language", row["lang"]),
        ("quality score", row["quality_score"]),
        ("decided by run", _with_detail(run.get("run_id"), run.get("runner"))),
        ("code version", run.get("code_version")),
    ]


def _facts(row: dict[str, Any]) -> str:
    return key_values(fact_pairs(row))


def _decisions(row: dict[str, Any]) -> list[str]:
    decisions = row["decisions"] or []
    if not decisions:
        return ["  decisions: none (the record could not be read, so no rule ran)"]
    table = [{**d, "result": "pass" if d["passed"] else "FAIL"} for d in decisions]
    return [
        "  decisions (every rule evaluated, in order):",
        format_table(table, ("stage", "rule", "value", "threshold", "result"), indent="    "),
        *(
            f"  edit: {e['stage']}/{e['rule']} {edit_verb(e['rule'])} line {e['line']} "
            f"({e['chars']} chars)"
            for e in row.get("edits") or []
        ),
    ]


def _dedup(row: dict[str, Any]) -> list[str]:
    dedup = row["dedup"] or {}
    lines = []
    if dedup.get("duplicate_of"):
        lines.append(f"  duplicate of: {dedup['duplicate_of']} (the representative)")
    groups = (
        ("exact-duplicate group", "exact_group", "exact_group_size", "exact_group_members"),
        ("near-duplicate cluster", "near_cluster_id", "near_cluster_size", "near_cluster_members"),
    )
    for label, key, size, members in groups:
        if not dedup.get(key):
            lines.append(f"  {label}: none")
            continue
        lines.append(f"  {label} {dedup[key]} (size {dedup.get(size)}; kept member first):")
        lines.append(format_table(row[members], MEMBER_COLUMNS, indent="    "))
    return lines


def _pii_and_licence(row: dict[str, Any]) -> list[str]:
    pii = row["pii"]
    copyright_ = row["copyright"]
    licence = (
        f"{copyright_['license_decision']} (notices removed: {copyright_['notices_removed']}, "
        f"opt-out rule: {copyright_['optout_rule'] or 'none'})"
        if copyright_
        else "not assessed (copyright stage not run)"
    )
    found = pii_text(pii) if pii else ""
    return [
        f"  PII: {found or 'none found'}" if pii else "  PII: not scanned (PII stage not run)",
        f"  licence decision: {licence}",
    ]


def explain_text(trail: dict[str, Any]) -> str:
    """The decision trail of one document, release by release."""
    releases = trail["releases"]
    lines = [f"{trail['doc_id']}: in {len(releases)} release(s)"]
    for row in releases:
        lines += ["", f"release {row['release_version']}: {verdict(row)}", _facts(row)]
        lines += _decisions(row) + _dedup(row) + _pii_and_licence(row)
    for entry in trail.get("takedowns") or []:
        lines.append(
            f"\ntakedown {entry['id']} ({entry['kind']}), logged {entry['created_at']}: "
            f"requested by {entry['requester']}, reason: {entry['reason']}"
        )
    return "\n".join(lines)


def stats_text(stats: dict[str, list[dict[str, Any]]]) -> str:
    sections = (
        ("records by release", "by_release", ("release_version", *COUNT_COLUMNS)),
        ("by source dataset", "by_source", ("release_version", "source", *COUNT_COLUMNS)),
        ("top domains", "by_domain", ("release_version", "domain", *COUNT_COLUMNS)),
        (
            "not kept, by stage and reason",
            "by_stage_reason",
            ("release_version", "status", "stage", "reason", "count"),
        ),
    )
    parts = []
    for title, key, columns in sections:
        headers = ["release", *columns[1:]]
        parts += [title, format_table(stats[key], columns, headers), ""]
    return "\n".join(parts).rstrip()


def versions_text(rows: list[dict[str, Any]]) -> str:
    columns = ("version", "created_at", "kept", "dropped", "error", "tokens", "shards")
    complete = [r for r in rows if r["complete"]]
    columns = (*columns, "derived_from", "takedowns", "release_id")
    lines = [format_table(complete, columns, (*columns[:-1], "release id (sha256)"))]
    lines += [f"incomplete (no manifest): {r['path']}" for r in rows if not r["complete"]]
    return "\n".join(lines)


def diff_text(result: dict[str, Any], limit: int) -> str:
    a, b = result["a"], result["b"]
    lines = [
        f"{a} → {b}: {len(result['added'])} added, {len(result['removed'])} removed, "
        f"{len(result['changed'])} changed, {result['unchanged']} unchanged"
    ]
    if result["compared_by"] != "shard_text_sha1":
        lines.append(
            f"(texts compared by {result['compared_by']}: a release predates shard_text_sha1, "
            "so changes by line cleaning or PII masking are not seen)"
        )
    for title, items in (("added", result["added"]), ("changed", result["changed"])):
        if items:
            lines.append(f"{title}:")
            lines += [f"  {doc_id}" for doc_id in items[:limit]]
            if len(items) > limit:
                lines.append(f"  ({len(items) - limit} more)")
    if result["removed"]:
        lines.append(f"removed (what {b} says about them):")
        columns = ("doc_id", "status", "stage", "reason")
        lines.append(format_table(result["removed"][:limit], columns, indent="  "))
        if len(result["removed"]) > limit:
            lines.append(f"  ({len(result['removed']) - limit} more)")
    return "\n".join(lines)
