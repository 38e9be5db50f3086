"""``curate lineage …`` for legal review and ``curate release|versions|diff|pull`` for model
teams. Human tables by default, ``--json`` for tools; bad input is one ``curate: error:``
line and exit 2. No output holds document text (see lineage/REVIEWERS.md).

Modules are imported inside the handlers: ``curate run`` should not pay for DuckDB, and the
lineage queries should not pay for Beam.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Callable
from typing import Any

from lineage.errors import LineageError

EXIT_USAGE = 2
DEFAULT_LIMIT = 50


def _handler(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn LineageError into the CLI's one-line error and exit status 2."""

    @functools.wraps(fn)
    def run(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except LineageError as err:
            print(f"curate: error: {err}", file=sys.stderr)
            return EXIT_USAGE

    return run


def _emit(args: argparse.Namespace, data: Any, human: Callable[[], str]) -> int:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human())
    return 0


def _quiet_beam() -> None:
    """Commands on Beam's FileSystems: keep its import-time warnings off the terminal."""
    from curate.cli import setup_logging

    setup_logging()


def _open(args: argparse.Namespace):
    from lineage.index import open_sources

    return open_sources(args.release, args.index)


def _selector(args: argparse.Namespace, minimum_text: int | None = None):
    from lineage.keys import MIN_FIND_TEXT_CHARS, make_selector

    kind = next(k for k in ("url", "domain", "doc_id", "text") if getattr(args, k) is not None)
    return make_selector(kind, getattr(args, kind), minimum_text or MIN_FIND_TEXT_CHARS)


# --- lineage -------------------------------------------------------------------------------


@_handler
def _find(args: argparse.Namespace) -> int:
    from lineage.queries import find
    from lineage.render import find_text

    selector = _selector(args)
    with _open(args) as index:
        found = find(index, selector, None if args.limit == 0 else args.limit)
        searched = [r.version for r in index.releases]
    data = {"query": selector.kind, "searched": searched, "total": found.total, "rows": found.rows}
    return _emit(args, data, lambda: find_text(found, searched))


@_handler
def _explain(args: argparse.Namespace) -> int:
    from lineage.queries import explain
    from lineage.render import explain_text

    with _open(args) as index:
        trail = explain(index, args.doc_id.strip())
    if args.log:
        from lineage.takedown import load_takedowns, takedowns_named

        trail["takedowns"] = takedowns_named(load_takedowns(args.log), trail["releases"])
    return _emit(args, trail, lambda: explain_text(trail))


@_handler
def _stats(args: argparse.Namespace) -> int:
    from lineage.queries import stats
    from lineage.render import stats_text

    with _open(args) as index:
        result = stats(index, args.top)
    return _emit(args, result, lambda: stats_text(result))


@_handler
def _export(args: argparse.Namespace) -> int:
    from lineage.casefile import write_case_file

    selector = _selector(args)
    with _open(args) as index:
        rows = write_case_file(index, selector, args.out, args.format)
    print(f"wrote {rows} row(s) for {selector.describe()} to {args.out}")
    return 0


@_handler
def _index(args: argparse.Namespace) -> int:
    from lineage.index import build_index

    info = build_index(args.release, args.out)
    return _emit(
        args,
        info,
        lambda: (
            f"indexed {info['rows']} provenance rows of {info['releases']} release(s) "
            f"into {info['path']} ({info['bytes'] / 1e6:.1f} MB)"
        ),
    )


@_handler
def _takedown(args: argparse.Namespace) -> int:
    from lineage.keys import MIN_TAKEDOWN_TEXT_CHARS
    from lineage.queries import takedown_targets
    from lineage.takedown import append_takedown

    selector = _selector(args, MIN_TAKEDOWN_TEXT_CHARS)
    targets: dict[str, dict[str, Any]] = {}
    checked: list[str] = []
    if args.release or args.index:
        with _open(args) as index:
            checked = [r.version for r in index.releases]
            targets = takedown_targets(index, selector)
        if not targets and not args.allow_unmatched:
            raise LineageError(
                f"takedown of {selector.describe()} matches nothing in {', '.join(checked)}; "
                "nothing logged (pass --allow-unmatched to log it for future runs anyway)"
            )
    doc_ids = sorted({doc for removals in targets.values() for doc in removals})
    entry = append_takedown(
        args.log,
        selector,
        reason=args.reason,
        requester=args.requester,
        doc_ids=doc_ids,
        checked_against=checked,
    )
    per_release = {
        version: {
            "named": sorted(d for d, r in removals.items() if r.duplicate_of is None),
            "duplicates": sorted(d for d, r in removals.items() if r.duplicate_of is not None),
        }
        for version, removals in targets.items()
    }
    data = {"takedown": entry.to_json(), "matches": per_release}
    if selector.kind == "text":
        data["takedown"]["value"] = "(text snippet)"

    def human() -> str:
        lines = [f"logged {entry.id} ({selector.describe()}) to {args.log}"]
        if not checked:
            lines.append("not checked against any release (give --release or --index)")
        for version, match in per_release.items():
            lines.append(
                f"  {version}: names {len(match['named'])} document(s), "
                f"{len(match['duplicates'])} more as their duplicates"
            )
        if checked and not per_release:
            lines.append("  matches nothing yet; future runs with takedown.log will honour it")
        lines.append("apply it: curate release --from RELEASE --version NEW --takedowns LOG")
        return "\n".join(lines)

    return _emit(args, data, human)


# --- releases ------------------------------------------------------------------------------


@_handler
def _release(args: argparse.Namespace) -> int:
    _quiet_beam()
    from lineage.releases import make_release

    target, manifest = make_release(args.source, args.version, args.takedowns, args.output)
    removed = sum(t["removed"] for t in manifest["takedowns"]["applied"])
    return _emit(
        args,
        manifest,
        lambda: (
            f"release {args.version} written to {target}: {removed} document(s) removed "
            f"by {len(manifest['takedowns']['applied'])} takedown(s), {manifest['counts']['kept']} "
            f"kept in {len(manifest['shards'])} shard(s)"
        ),
    )


@_handler
def _versions(args: argparse.Namespace) -> int:
    _quiet_beam()
    from lineage.releases import versions
    from lineage.render import versions_text

    rows = versions(args.folder)
    return _emit(args, rows, lambda: versions_text(rows))


@_handler
def _diff(args: argparse.Namespace) -> int:
    _quiet_beam()
    from lineage.releases import diff
    from lineage.render import diff_text

    result = diff(args.a, args.b)
    return _emit(args, result, lambda: diff_text(result, args.limit))


@_handler
def _pull(args: argparse.Namespace) -> int:
    _quiet_beam()
    from lineage.releases import pull

    report = pull(args.source, args.version, args.to)
    data = {"target": report.target, "copied": report.copied, "skipped": report.skipped}
    return _emit(
        args,
        data,
        lambda: (
            f"pulled {args.version} to {report.target}: {len(report.copied)} file(s) copied, "
            f"{len(report.skipped)} already present; every sha256 verified"
        ),
    )


# --- parsers -------------------------------------------------------------------------------


def _sources(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--release",
        action="append",
        metavar="DIR",
        help="a release folder or a folder of releases, read in place; repeatable",
    )
    parser.add_argument("--index", metavar="FILE", help="a DuckDB file from `lineage index`")


def _selectors(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--url", help="a page URL (scheme, www., trailing slash ignored)")
    group.add_argument("--domain", help="a site, its subdomains included")
    group.add_argument("--doc-id", dest="doc_id", help="a document id")
    group.add_argument("--text", help="a snippet; Unicode form and spacing are ignored")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def _command(commands, name: str, help_: str, handler) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, allow_abbrev=False, help=help_, description=help_)
    parser.set_defaults(handler=handler)
    return parser


def _register_lineage(commands) -> None:
    lineage = commands.add_parser(
        "lineage", allow_abbrev=False, help="provenance index for legal review and takedowns"
    )
    sub = lineage.add_subparsers(dest="lineage_command", required=True)

    find = _command(sub, "find", "which releases hold a URL, site, document or text", _find)
    _sources(find)
    _selectors(find)
    find.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="rows shown; 0: all")
    _json(find)

    explain = _command(sub, "explain", "the full decision trail of one document", _explain)
    explain.add_argument("doc_id", metavar="DOC_ID")
    _sources(explain)
    explain.add_argument("--log", metavar="FILE", help="takedown log: show who asked and why")
    _json(explain)

    stats = _command(sub, "stats", "counts by release, source, domain, stage and reason", _stats)
    _sources(stats)
    stats.add_argument("--top", type=int, default=20, help="domains shown per release")
    _json(stats)

    export = _command(sub, "export", "write a case file (CSV or JSON) for a query", _export)
    _sources(export)
    _selectors(export)
    export.add_argument("--out", required=True, metavar="FILE", help="case.csv or case.json")
    export.add_argument("--format", choices=("csv", "json"), help="default: from --out")

    index = _command(sub, "index", "build a persistent DuckDB index of releases", _index)
    index.add_argument("--release", action="append", required=True, metavar="DIR")
    index.add_argument("--out", required=True, metavar="FILE", help="e.g. provenance.duckdb")
    _json(index)

    takedown = _command(sub, "takedown", "log a takedown (append-only)", _takedown)
    takedown.add_argument("--log", required=True, metavar="FILE", help="the takedown log")
    _selectors(takedown)
    takedown.add_argument("--reason", required=True, help="why, e.g. a ticket or legal basis")
    takedown.add_argument("--requester", required=True, help="who asked")
    _sources(takedown)
    takedown.add_argument(
        "--allow-unmatched",
        action="store_true",
        help="log it even though it matches nothing in the given releases",
    )
    _json(takedown)


def register(commands) -> None:
    """Adds ``lineage``, ``release``, ``versions``, ``diff`` and ``pull`` to the parser."""
    _register_lineage(commands)

    release = _command(
        commands, "release", "a new version of a release with takedowns applied", _release
    )
    release.add_argument("--from", dest="source", required=True, metavar="DIR/VERSION")
    release.add_argument("--version", required=True, metavar="NAME", help="the new version")
    release.add_argument("--takedowns", required=True, metavar="LOG", help="the takedown log")
    release.add_argument("--output", metavar="DIR", help="releases folder (default: --from's)")
    _json(release)

    versions = _command(commands, "versions", "list the releases in a folder", _versions)
    versions.add_argument("folder", metavar="DIR")
    _json(versions)

    diff = _command(commands, "diff", "documents added, removed, changed between two", _diff)
    diff.add_argument("a", metavar="DIR/VERSION_A")
    diff.add_argument("b", metavar="DIR/VERSION_B")
    diff.add_argument("--limit", type=int, default=20, help="doc ids listed per section")
    _json(diff)

    pull = _command(commands, "pull", "copy a release, verifying every sha256", _pull)
    pull.add_argument("source", metavar="SRC", help="releases folder (local, gs://, s3://)")
    pull.add_argument("--version", required=True, metavar="NAME")
    pull.add_argument("--to", required=True, metavar="DIR", help="local releases folder")
    _json(pull)
