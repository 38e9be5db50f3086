"""Mutation-testing results per module, from the ``mutants/*.meta`` files ``mutmut run`` leaves.

    .venv/bin/python benchmarks/mutation_report.py                   # every mutated module
    .venv/bin/python benchmarks/mutation_report.py filters/lsh.py lineage/   # some of them
    .venv/bin/python benchmarks/mutation_report.py --survivors build/mutation/survivors.txt

One row per source file: mutants in all, killed, survived, timeout, no tests (no selected test
reaches the function), other (suspicious, segfault, interrupted), skipped, not checked (not
run yet), the mean seconds a tested mutant took, and the score, killed / (total - skipped -
not checked); "+timeouts" is the same with timeouts counted as caught, as mutmut's own badge
counts them (the mutant made a test run on, which a test run notices, but only at the
timeout). ``--survivors FILE`` writes the surviving mutants' names, one a line, for
``.venv/bin/mutmut show NAME`` (the diff) or ``.venv/bin/mutmut run NAME`` (test it again).
``--json`` prints the table as JSON.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"

# mutmut 3.8.1's exit code -> status (mutmut.stats.status_by_exit_code, which maps any other
# code to "suspicious"); kept here so the report reads results without loading mutmut.
STATUS_BY_EXIT_CODE = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    2: "interrupted",
    None: "not checked",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    37: "type check",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    -11: "segfault",
    -9: "segfault",
}
COLUMNS = ("total", "killed", "survived", "timeout", "no tests", "other", "skipped", "not checked")
OTHER = {"suspicious", "segfault", "interrupted", "type check"}


def status(exit_code: int | None) -> str:
    found = STATUS_BY_EXIT_CODE.get(exit_code, "suspicious")
    return "other" if found in OTHER else found


# With process_isolation = "forkserver", mutmut 3.8.1 stores 0.0 as every mutant's duration;
# its debug log (log_to_file = true) has the real one.
COMPLETED = re.compile(r"Completed (\S+): exit=(-?\d+) \((\d+(?:\.\d+)?)s\)")


def logged_durations(mutants: Path = MUTANTS) -> dict[str, float]:
    """Mutant name -> seconds its latest test run took, from mutmut's debug log files."""
    found: dict[str, tuple[str, float]] = {}
    for log in mutants.glob("mutmut-debug.log*"):
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if match := COMPLETED.search(line):
                stamp = line[:23]
                if match[1] not in found or found[match[1]][0] <= stamp:
                    found[match[1]] = (stamp, float(match[3]))
    return {name: seconds for name, (_, seconds) in found.items()}


def load(mutants: Path = MUTANTS) -> dict[str, dict]:
    """Source path (``filters/lsh.py``) -> that file's mutmut meta data."""
    metas = {
        meta.relative_to(mutants).as_posix().removesuffix(".meta"): json.loads(meta.read_text())
        for meta in sorted(mutants.rglob("*.py.meta"))
    }
    logged = logged_durations(mutants)
    for meta in metas.values():
        durations = meta.setdefault("durations_by_key", {})
        for key, code in meta["exit_code_by_key"].items():
            if code is not None and not durations.get(key) and key in logged:
                durations[key] = logged[key]
    return metas


def selected(path: str, meta: dict, wanted: list[str]) -> bool:
    """Whether a source file is one of ``wanted``: files, folders, or mutant names (globs)."""
    if not wanted:
        return True
    names = [w for w in wanted if "__mutmut_" in w or "*" in w]
    return any(path == w or path.startswith(w.rstrip("/") + "/") for w in wanted) or any(
        fnmatch.fnmatchcase(key, name) for key in meta["exit_code_by_key"] for name in names
    )


def summarize(meta: dict) -> dict:
    counts = Counter(status(code) for code in meta["exit_code_by_key"].values())
    row = {column: counts.get(column, 0) for column in COLUMNS[1:]}
    row["total"] = sum(counts.values())
    durations = [
        meta["durations_by_key"][key]
        for key, code in meta["exit_code_by_key"].items()
        if code is not None and meta["durations_by_key"].get(key)
    ]
    row["tested"] = len(durations)
    row["seconds"] = round(sum(durations), 3)
    return row


def score(row: dict, *, timeouts_caught: bool = False) -> float | None:
    judged = row["total"] - row["skipped"] - row["not checked"]
    caught = row["killed"] + (row["timeout"] if timeouts_caught else 0)
    return caught / judged if judged else None


def percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def survivors(metas: dict[str, dict]) -> list[str]:
    return sorted(
        key
        for meta in metas.values()
        for key, code in meta["exit_code_by_key"].items()
        if status(code) == "survived"
    )


def table(rows: dict[str, dict]) -> str:
    header = ("module", *COLUMNS, "s/mutant", "score", "+timeouts")
    lines = [header]
    for module, row in rows.items():
        mean = f"{row['seconds'] / row['tested']:.2f}" if row["tested"] else "-"
        lines.append(
            (
                module,
                *(str(row[c]) for c in COLUMNS),
                mean,
                percent(score(row)),
                percent(score(row, timeouts_caught=True)),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "paths", nargs="*", help="source files or folders, or mutant names (default: all)"
    )
    parser.add_argument("--survivors", type=Path, help="write surviving mutant names here")
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument("--mutants", type=Path, default=MUTANTS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    metas = {
        path: meta for path, meta in load(args.mutants).items() if selected(path, meta, args.paths)
    }
    if not metas:
        print(f"no mutmut results under {args.mutants} for {args.paths or 'any module'}")
        return 1
    rows = {path: summarize(meta) for path, meta in metas.items()}
    rows = {path: row for path, row in rows.items() if row["total"]}
    overall = {key: sum(row[key] for row in rows.values()) for key in (*COLUMNS, "tested")}
    overall["seconds"] = round(sum(row["seconds"] for row in rows.values()), 3)

    if args.json:
        for row in [*rows.values(), overall]:
            row["score"] = score(row)
            row["score_timeouts_caught"] = score(row, timeouts_caught=True)
        print(json.dumps({"modules": rows, "overall": overall}, indent=2))
    else:
        print(table({**rows, "overall": overall}))
    if args.survivors:
        names = survivors(metas)
        args.survivors.parent.mkdir(parents=True, exist_ok=True)
        args.survivors.write_text("".join(f"{name}\n" for name in names))
        print(f"{len(names)} surviving mutants listed in {args.survivors}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
