"""``curate release|versions|diff|pull``: releases for model teams and reviewers. A takedown
makes a new version (``release``), never edits one; ``pull`` copies a version and verifies
every sha256, and with ``--expect-sha256`` only the release of that id. Human text by
default, ``--json`` for tools; bad input, a refused manifest and a failed write are one
``curate: error:`` line and exit 2.
"""

from __future__ import annotations

import argparse
import re

from curate.commands.common import (
    add_command,
    add_json_option,
    emit,
    reporting,
    set_store_paths,
    setup_logging,
    verbose,
)
from lineage.errors import LineageError, ReleaseError

_handler = reporting(LineageError, ReleaseError, OSError)


@_handler
def _release(args: argparse.Namespace) -> int:
    setup_logging(verbose(args))
    from lineage.releases import make_release

    made = make_release(args.source, args.version, args.takedowns, args.output)
    manifest = made.manifest
    removed = sum(t["removed"] for t in manifest["takedowns"]["applied"])
    return emit(
        args,
        {**manifest, "release_id": made.release_id},
        lambda: (
            f"release {args.version} written to {made.path}: {removed} document(s) removed "
            f"by {len(manifest['takedowns']['applied'])} takedown(s), {manifest['counts']['kept']} "
            f"kept in {len(manifest['shards'])} shard(s)\nrelease id: {made.release_id}"
        ),
    )


@_handler
def _versions(args: argparse.Namespace) -> int:
    setup_logging(verbose(args))
    from lineage.releases import versions
    from lineage.render import versions_text

    rows = versions(args.folder)
    return emit(args, rows, lambda: versions_text(rows))


@_handler
def _diff(args: argparse.Namespace) -> int:
    setup_logging(verbose(args))
    from lineage.releases import diff
    from lineage.render import diff_text

    result = diff(args.a, args.b)
    return emit(args, result, lambda: diff_text(result, args.limit))


def _release_id(value: str) -> str:
    """``--expect-sha256``: a whole release id, so a typo cannot pin a prefix by accident."""
    if not re.fullmatch(r"[0-9a-fA-F]{64}", value):
        raise argparse.ArgumentTypeError("a release id is 64 hex digits (curate versions shows it)")
    return value.lower()


@_handler
def _pull(args: argparse.Namespace) -> int:
    setup_logging(verbose(args))
    from lineage.releases import pull

    report = pull(args.source, args.version, args.to, args.expect_sha256, threads=args.threads)
    data = {
        "target": report.target,
        "copied": report.copied,
        "skipped": report.skipped,
        "release_id": report.release_id,
    }
    pinned = " (the one --expect-sha256 pins)" if args.expect_sha256 else ""
    return emit(
        args,
        data,
        lambda: (
            f"pulled {args.version} to {report.target}: {len(report.copied)} file(s) copied, "
            f"{len(report.skipped)} already present; every sha256 verified\n"
            f"release id: {report.release_id}{pinned}"
        ),
    )


def register(commands) -> None:
    """Adds ``release``, ``versions``, ``diff`` and ``pull``."""
    release = add_command(
        commands, "release", "a new version of a release with takedowns applied", _release
    )
    release.add_argument("--from", dest="source", required=True, metavar="DIR/VERSION")
    release.add_argument("--version", required=True, metavar="NAME", help="the new version")
    release.add_argument("--takedowns", required=True, metavar="LOG", help="the takedown log")
    release.add_argument("--output", metavar="DIR", help="releases folder (default: --from's)")
    set_store_paths(release, "source", "takedowns", "output")
    add_json_option(release)

    versions = add_command(commands, "versions", "list the releases in a folder", _versions)
    versions.add_argument("folder", metavar="DIR")
    set_store_paths(versions, "folder")
    add_json_option(versions)

    diff = add_command(commands, "diff", "documents added, removed, changed between two", _diff)
    diff.add_argument("a", metavar="DIR/VERSION_A")
    diff.add_argument("b", metavar="DIR/VERSION_B")
    diff.add_argument("--limit", type=int, default=20, help="doc ids listed per section")
    set_store_paths(diff, "a", "b")
    add_json_option(diff)

    pull = add_command(commands, "pull", "copy a release, verifying every sha256", _pull)
    pull.add_argument("source", metavar="SRC", help="releases folder (local, gs://, s3://)")
    pull.add_argument("--version", required=True, metavar="NAME")
    pull.add_argument("--to", required=True, metavar="DIR", help="local releases folder")
    pull.add_argument(
        "--expect-sha256",
        type=_release_id,
        metavar="ID",
        help="the release id to accept (sha256 of its manifest.json, as curate run, release and "
        "versions print it); any other manifest is refused before anything is copied",
    )
    pull.add_argument(
        "--threads",
        type=int,
        default=8,
        metavar="N",
        help="files copied at once (default 8; 1 copies one after the other)",
    )
    set_store_paths(pull, "source", "to")
    add_json_option(pull)
