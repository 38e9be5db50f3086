"""``curate lineage find|explain|stats|export|index|takedown|check-log``: the provenance index
for legal review. Human tables by default, ``--json`` for tools; bad input is one ``curate: error:``
line and exit 2. No output holds document text (see lineage/REVIEWERS.md).

Modules are imported inside the handlers: ``curate run`` should not pay for DuckDB, and the
lineage queries should not pay for Beam.
"""

from __future__ import annotations

import argparse

from curate.commands.common import add_command, add_json_option, emit, reporting, set_store_paths
from lineage.errors import LineageError

DEFAULT_LIMIT = 50
_handler = reporting(LineageError, OSError)


def _open(args: argparse.Namespace):
    from lineage.index import open_sources

    return open_sources(args.release, args.index)


def _selector(args: argparse.Namespace, minimum_text: int | None = None):
    from lineage.keys import MIN_FIND_TEXT_CHARS, make_selector

    kind = next(k for k in ("url", "domain", "doc_id", "text") if getattr(args, k) is not None)
    return make_selector(kind, getattr(args, kind), minimum_text or MIN_FIND_TEXT_CHARS)


@_handler
def _find(args: argparse.Namespace) -> int:
    from lineage.queries import find
    from lineage.render import find_text

    selector = _selector(args)
    with _open(args) as index:
        found = find(index, selector, None if args.limit == 0 else args.limit)
        searched = [r.version for r in index.releases]
    data = {"query": selector.kind, "searched": searched, "total": found.total, "rows": found.rows}
    return emit(args, data, lambda: find_text(found, searched))


@_handler
def _explain(args: argparse.Namespace) -> int:
    from lineage.queries import explain
    from lineage.render import explain_text

    with _open(args) as index:
        trail = explain(index, args.doc_id.strip())
    if args.log:
        from lineage.takedown import load_takedowns, takedowns_named

        trail["takedowns"] = takedowns_named(load_takedowns(args.log), trail["releases"])
    return emit(args, trail, lambda: explain_text(trail))


@_handler
def _stats(args: argparse.Namespace) -> int:
    from lineage.queries import stats
    from lineage.render import stats_text

    with _open(args) as index:
        result = stats(index, args.top)
    return emit(args, result, lambda: stats_text(result))


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
    return emit(
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
    from lineage.queries import log_takedown, plan_takedown

    selector = _selector(args, MIN_TAKEDOWN_TEXT_CHARS)
    if args.release or args.index:
        with _open(args) as index:
            plan = plan_takedown(index, selector)
    else:
        plan = plan_takedown(None, selector)
    checked = plan.checked
    entry = log_takedown(
        args.log,
        plan,
        reason=args.reason,
        requester=args.requester,
        allow_unmatched=args.allow_unmatched,
    )
    per_release = {
        version: {"named": match["named"], "duplicates": sorted(match["exact"] + match["near"])}
        for version, match in plan.per_release().items()
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

    return emit(args, data, human)


@_handler
def _check_log(args: argparse.Namespace) -> int:
    from lineage.takedown import read_log, recorded_heads

    anchors = []
    if args.release or args.index:
        with _open(args) as index:
            anchors = recorded_heads(r.manifest for r in index.releases)
    _, head = read_log(args.log, anchors)
    data = {
        "log": args.log,
        **head.to_json(),
        "checked_against": [{"by": who, **recorded.to_json()} for who, recorded in anchors],
    }

    def human() -> str:
        lines = [f"takedown log {args.log}: {head.entries} entries, hash chain intact"]
        lines.append(f"  head sha256 {head.sha256}")
        for who, recorded in anchors:
            lines.append(f"  extends the head {who} recorded ({recorded.entries} entries)")
        if not anchors:
            lines.append(
                "  no release recorded a head of this log: the last entry is checked only "
                "against a release's manifest (give --release or --index)"
            )
        return "\n".join(lines)

    return emit(args, data, human)


def _sources(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--release",
        action="append",
        metavar="DIR",
        help="a release folder or a folder of releases, read in place; repeatable",
    )
    parser.add_argument("--index", metavar="FILE", help="a DuckDB file from `lineage index`")
    set_store_paths(parser, "release", "log")


def _selectors(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--url", help="a page URL (scheme, www., trailing slash ignored)")
    group.add_argument("--domain", help="a site, its subdomains included")
    group.add_argument("--doc-id", dest="doc_id", help="a document id")
    group.add_argument("--text", help="a snippet; Unicode form and spacing are ignored")


def register(commands) -> None:
    """Adds ``lineage find|explain|stats|export|index|takedown``."""
    lineage = commands.add_parser(
        "lineage", allow_abbrev=False, help="provenance index for legal review and takedowns"
    )
    sub = lineage.add_subparsers(dest="lineage_command", required=True)

    find = add_command(sub, "find", "which releases hold a URL, site, document or text", _find)
    _sources(find)
    _selectors(find)
    find.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="rows shown; 0: all")
    add_json_option(find)

    explain = add_command(sub, "explain", "the full decision trail of one document", _explain)
    explain.add_argument("doc_id", metavar="DOC_ID")
    _sources(explain)
    explain.add_argument("--log", metavar="FILE", help="takedown log: show who asked and why")
    add_json_option(explain)

    stats = add_command(sub, "stats", "counts by release, source, domain, stage and reason", _stats)
    _sources(stats)
    stats.add_argument("--top", type=int, default=20, help="domains shown per release")
    add_json_option(stats)

    export = add_command(sub, "export", "write a case file (CSV or JSON) for a query", _export)
    _sources(export)
    _selectors(export)
    export.add_argument("--out", required=True, metavar="FILE", help="case.csv or case.json")
    export.add_argument("--format", choices=("csv", "json"), help="default: from --out")

    index = add_command(sub, "index", "build a persistent DuckDB index of releases", _index)
    index.add_argument("--release", action="append", required=True, metavar="DIR")
    index.add_argument("--out", required=True, metavar="FILE", help="e.g. provenance.duckdb")
    set_store_paths(index, "release")
    add_json_option(index)

    takedown = add_command(sub, "takedown", "log a takedown (append-only)", _takedown)
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
    add_json_option(takedown)

    check = add_command(
        sub, "check-log", "verify the takedown log against the heads releases recorded", _check_log
    )
    check.add_argument("--log", required=True, metavar="FILE", help="the takedown log")
    _sources(check)
    add_json_option(check)
