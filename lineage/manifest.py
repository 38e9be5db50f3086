"""The release manifest and run statistics, built from what the pipeline staged.

A release is complete exactly when its manifest exists; the manifest lists every file with
its sha256 so a model team can verify what it trains on, and the counts so anyone can check
``inputs == kept + dropped + error``.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from curate.records import DROPPED, SCHEMA_VERSION, STATUSES, Record

MANIFEST = "manifest.json"
STATS = "stats.json"
CONFIG = "config.json"
CARD = "README.md"


class AccountingError(RuntimeError):
    """Records were lost or invented: the run's outputs do not add up to its inputs."""


def code_version() -> str:
    """Package version, plus the git commit when running from a checkout."""
    try:
        base = version("korean-curate")
    except PackageNotFoundError:
        base = "0+unknown"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],
            cwd=Path(__file__).resolve().parent,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return base
    return f"{base}+g{commit}" if commit else base


def new_run(config_sha256: str, runner: str) -> dict[str, Any]:
    """The ``run`` a manifest and every provenance row it decided record: a fresh id, this
    code's version, the configuration's hash, who ran it and when."""
    return {
        "run_id": uuid.uuid4().hex,
        "code_version": code_version(),
        "config_sha256": config_sha256,
        "runner": runner,
        "started_at": now(),
    }


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def reason_code(reason: str | None) -> str:
    """``"code: detail"`` → ``code``: statistics group by cause, not by byte offset."""
    return (reason or "").split(":", 1)[0]


def outcome_key(record: Record) -> tuple[str, str, str, str]:
    """(status, stage, reason code, dataset): what run statistics count records by."""
    return (
        record["status"],
        record["stage"] or "",
        reason_code(record["reason"]),
        record["source"]["dataset"] or "",
    )


def outcome_stats(outcomes: list[list[Any]], inputs: int) -> dict[str, Any]:
    """Counts by status, by stage and reason, and by dataset, from (status, stage, reason,
    dataset, count) rows. ``inputs`` is counted where records are read, never derived from the
    outcomes, so the identity ``inputs == kept + dropped + error`` can fail."""
    by_status: Counter[str] = Counter({status: 0 for status in STATUSES})
    by_reason: dict[str, Counter[str]] = defaultdict(Counter)
    by_dataset: dict[str, Counter[str]] = defaultdict(Counter)
    for status, stage, reason, dataset, count in outcomes:
        by_status[status] += count
        if status != "kept":
            by_reason[f"{status}:{stage}"][reason] += count
        by_dataset[dataset][status] += count
    return {
        "counts": {"inputs": inputs, **dict(by_status)},
        "by_stage_reason": {k: dict(sorted(v.items())) for k, v in sorted(by_reason.items())},
        "by_dataset": {k: dict(v) for k, v in sorted(by_dataset.items())},
    }


INPUT_FILES = "input_files"
CONTAMINATION = "contamination"
DECONTAMINATION = "decontamination"


def input_file_stats(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """How far each input file was read: counts of files read to their end and cut short,
    and one entry per file (path, records, where and why it stopped, bytes left unread)."""
    cut = sum(1 for entry in entries if entry["read"] != "to_end")
    return {
        "read_to_end": len(entries) - cut,
        "cut_short": cut,
        "files": sorted(entries, key=lambda entry: entry["path"]),
    }


def accounting_problems(stats: dict[str, Any], files: list[dict[str, Any]]) -> list[str]:
    """Every way inputs, outcomes, shard rows and provenance rows disagree; empty when they add
    up. Four independent counts: records read, records settled, rows written to each kind."""
    counts = stats["counts"]
    inputs = counts["inputs"]
    settled = counts["kept"] + counts["dropped"] + counts["error"]
    data_rows = sum(f["rows"] for f in files if f["kind"] == "data")
    provenance_rows = sum(f["rows"] for f in files if f["kind"] == "provenance")
    problems = []
    if inputs != settled:
        problems.append(f"inputs {inputs} != kept+dropped+error {settled}")
    if data_rows != counts["kept"]:
        problems.append(f"shard rows {data_rows} != kept {counts['kept']}")
    if provenance_rows != inputs:
        problems.append(f"provenance rows {provenance_rows} != inputs {inputs}")
    return problems


def check_accounting(stats: dict[str, Any], files: list[dict[str, Any]]) -> None:
    """Raise AccountingError unless inputs, outcomes, shard rows and provenance rows agree."""
    problems = accounting_problems(stats, files)
    if problems:
        raise AccountingError("accounting mismatch: " + "; ".join(problems))


# Ingest errors that stand for a whole file none of whose records could be read.
FILE_LEVEL_ERRORS = (
    "unsupported_file",
    "unreadable_file",
    "unlistable_directory",
    "dangling_link",
    "link_loop",
)


def empty_release_reason(stats: dict[str, Any], input_files: int) -> str | None:
    """Why a run that added up still failed its user, or None: a release with no document from
    non-empty input (every file unreadable, say, on workers that cannot see the launcher's
    paths) must not pass as a success."""
    counts = stats["counts"]
    if counts["kept"] or not counts["inputs"]:
        return None
    ingest = stats["by_stage_reason"].get("error:ingest", {})
    unreadable = ingest.get("unreadable_file", 0)
    if input_files and unreadable == input_files:
        return (
            f"none of the {input_files} input file(s) could be opened by the workers "
            "(unreadable_file); check that they can read the input paths"
        )
    whole_files = {code: ingest[code] for code in FILE_LEVEL_ERRORS if ingest.get(code)}
    if sum(whole_files.values()) == counts["inputs"]:
        causes = ", ".join(f"{n} {code}" for code, n in sorted(whole_files.items()))
        return f"no input record could be read from the {input_files} input file(s) ({causes})"
    return (
        f"the release has no documents: all {counts['inputs']} input records were dropped "
        f"({counts['dropped']}) or errors ({counts['error']}); see stats.json"
    )


def _file_entry(info: dict[str, Any]) -> dict[str, Any]:
    return {key: info[key] for key in ("path", "sha256", "rows", "bytes", "token_count")}


def build_manifest(
    *,
    version: str,
    run: dict[str, Any],
    created_at: str,
    inputs: list[str],
    input_files: int,
    stats: dict[str, Any],
    files: list[dict[str, Any]],
    config_file: str | None,
    minhash_params: dict[str, Any] | None = None,
) -> dict[str, Any]:
    shards = [_file_entry(f) for f in files if f["kind"] == "data"]
    provenance = [_file_entry(f) for f in files if f["kind"] == "provenance"]
    signatures = [_file_entry(f) for f in files if f["kind"] == "minhash"]
    return {
        "schema_version": SCHEMA_VERSION,
        "version": version,
        "created_at": created_at,
        "run": run,
        "code_version": run["code_version"],
        "config_sha256": run["config_sha256"],
        "config_file": config_file,
        "runner": run["runner"],
        "inputs": {"patterns": inputs, "files": input_files},
        "counts": stats["counts"],
        "token_count": sum(s["token_count"] for s in shards),
        "shards": shards,
        "provenance": provenance,
        "minhash": None
        if minhash_params is None
        else {"params": minhash_params, "files": signatures},
        "stats": STATS,
        "config": CONFIG,
        "card": CARD,
    }


def counters_line(stats: dict[str, Any], counters: dict[str, int]) -> str:
    """What the runner's counters say next to the release's counts: a runner that dropped or
    double-counted work shows here, and a remote runner that reports nothing says so."""
    if not counters:
        return "runner counters: none reported"
    seen = {
        "inputs": counters.get("curate/input_records", 0),
        **{
            status: sum(
                v
                for k, v in counters.items()
                if k == f"curate.outcome/{status}" or k.startswith(f"curate.outcome/{status}.")
            )
            for status in STATUSES
        },
    }
    counts = stats["counts"]
    agree = all(seen[key] == counts[key] for key in seen)
    listed = ", ".join(f"{key} {value}" for key, value in seen.items())
    return f"runner counters: {listed} ({'agree' if agree else 'DISAGREE'} with the release)"


def input_files_lines(files: dict[str, Any] | None) -> list[str]:
    """Summary lines: files read to their end vs cut short, and where each cut one stopped."""
    if files is None:
        return []
    lines = [f"input files: {files['read_to_end']} read to the end, {files['cut_short']} cut short"]
    for entry in files["files"]:
        if entry["read"] == "to_end":
            continue
        left = "" if entry["bytes_left"] is None else f", {entry['bytes_left']} bytes left"
        lines.append(
            f"  cut short: {entry['path']} at {entry['stopped_at']} ({entry['reason']}{left})"
        )
    return lines


def contamination_keys(record: Record) -> Iterator[tuple[str, str]]:
    """(benchmark, ``dropped`` or ``cut``) once per benchmark a settled record (or its
    provenance row) was found to contain: the release's per-benchmark counts, in a run and
    in a release made from another."""
    dropped = record["stage"] == DECONTAMINATION and record["status"] == DROPPED
    outcome = "dropped" if dropped else "cut"
    for benchmark in sorted({c["benchmark"] for c in record.get("contamination") or []}):
        yield benchmark, outcome


def contamination_stats(rows: list[list]) -> dict[str, dict[str, int]]:
    """(benchmark, outcome, count) rows → {benchmark: {documents, dropped, cut}}."""
    out: dict[str, dict[str, int]] = {}
    for benchmark, outcome, count in sorted(rows):
        entry = out.setdefault(benchmark, {"documents": 0, "dropped": 0, "cut": 0})
        entry[outcome] += count
        entry["documents"] += count
    return out


def contamination_lines(found: dict[str, dict[str, int]] | None) -> list[str]:
    """Summary lines: documents holding each benchmark's items, and what was done to them."""
    return [
        f"  {entry['documents']:>9}  {'contaminated':<22} {name} "
        f"(dropped {entry['dropped']}, cut {entry['cut']})"
        for name, entry in sorted((found or {}).items())
    ]


def format_summary(
    stats: dict[str, Any],
    files: list[dict[str, Any]],
    release: str,
    counters: dict[str, int] | None = None,
) -> str:
    """The human summary printed at the end of a run; its verdict is checked here, not assumed."""
    c = stats["counts"]
    problems = accounting_problems(stats, files)
    verdict = "accounting MISMATCH: " + "; ".join(problems) if problems else "accounting OK"
    relation = "=" if c["inputs"] == c["kept"] + c["dropped"] + c["error"] else "!="
    lines = [
        f"inputs {c['inputs']} {relation} kept {c['kept']} + dropped {c['dropped']} "
        f"+ error {c['error']}  ({verdict})"
    ]
    for group, reasons in stats["by_stage_reason"].items():
        for reason, count in reasons.items():
            lines.append(f"  {count:>9}  {group:<22} {reason}")
    lines += contamination_lines(stats.get(CONTAMINATION))
    lines += input_files_lines(stats.get(INPUT_FILES))
    if counters is not None:
        lines.append(counters_line(stats, counters))
    lines.append(f"release: {release}")
    return "\n".join(lines)
