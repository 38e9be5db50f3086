"""``curate review --release DIR… | --index FILE [--log FILE] [--port 8080] [--host 127.0.0.1]``:
the legal-review web app (``review/``) on waitress, a production WSGI server.

It binds to 127.0.0.1: only this machine reaches it. The reviewer token comes from
``--token-file`` or ``CURATE_REVIEW_TOKEN``, never from a flag (``ps`` would show it), and is
never printed. Bad input (a missing release, an unreadable token file, a port in use) is one
``curate: error:`` line and exit 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import stat
import sys
from pathlib import Path

from curate.commands.common import (
    add_command,
    reporting,
    set_store_paths,
    setup_logging,
    verbose,
)
from lineage.errors import LineageError

TOKEN_ENV = "CURATE_REVIEW_TOKEN"
MIN_TOKEN_CHARS = 16
_handler = reporting(LineageError, OSError)


def read_token(token_file: str | None) -> str | None:
    """The reviewer token from ``--token-file`` (first line) or ``CURATE_REVIEW_TOKEN``; one
    shorter than 16 characters is refused (it would be guessed)."""
    if token_file:
        path = Path(token_file)
        try:
            lines = path.read_text("utf-8").splitlines()
        except OSError as err:
            raise LineageError(f"cannot read the token file {token_file} ({err.strerror})") from err
        except UnicodeDecodeError as err:
            raise LineageError(f"token file {token_file} is not UTF-8 text") from err
        token = lines[0].strip() if lines else ""
        where = f"token file {token_file}"
        if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            print(
                f"warning: {token_file} is readable by other users (chmod 600 {token_file})",
                file=sys.stderr,
            )
    else:
        token = os.environ.get(TOKEN_ENV, "").strip()
        where = TOKEN_ENV
        if not token:
            return None
    if len(token) < MIN_TOKEN_CHARS:
        raise LineageError(
            f"{where}: a reviewer token needs at least {MIN_TOKEN_CHARS} characters "
            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(24))')"
        )
    return token


def _is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")


@_handler
def _review(args: argparse.Namespace) -> int:
    from review.app import LOOPBACK, ReviewSettings, create_app

    setup_logging(verbose(args))
    if args.index and args.release:
        raise LineageError("give --index or --release, not both")
    token = read_token(args.token_file)
    loopback = _is_loopback(args.host)
    if not loopback and token is None:
        raise LineageError(
            f"--host {args.host} exposes the app beyond this machine: set a reviewer token "
            f"first (--token-file FILE or {TOKEN_ENV})"
        )
    if args.log and not Path(args.log).parent.is_dir():
        raise LineageError(f"takedown log folder does not exist: {Path(args.log).parent}")
    settings = ReviewSettings(
        releases=args.release,
        index=args.index,
        log=args.log,
        token=token,
        allowed_hosts=(*LOOPBACK, args.host) if loopback else None,
    )
    app = create_app(settings)
    logging.getLogger("curate.review").setLevel(logging.INFO)

    from waitress import create_server

    server = create_server(app, host=args.host, port=args.port, threads=args.threads)
    port = server.effective_port
    shown = f"[{args.host}]" if ":" in args.host else args.host
    releases = ", ".join(r.version for r in app.extensions["curate_review"].index().releases)
    print(f"reviewing {releases} on http://{shown}:{port}/", flush=True)
    if loopback:
        print(
            "only this machine can reach it; to share it, put it behind an HTTPS reverse proxy "
            "or an SSH tunnel (ssh -L 8080:127.0.0.1:8080 HOST), or bind --host 0.0.0.0 with a "
            "reviewer token",
            flush=True,
        )
    reads = "reading and takedowns need the reviewer token" if token else "reading is open"
    if not token:
        writes = "takedowns are off (no reviewer token)"
    elif not args.log:
        writes = "takedowns are off (no --log)"
    else:
        writes = f"takedowns go to {args.log}"
    print(f"{reads}; {writes}. Ctrl-C stops it.", flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def register(commands) -> None:
    """Adds ``review``."""
    review = add_command(
        commands,
        "review",
        "the legal-review web app: search, explain, diff, stats, case files, takedowns",
        _review,
    )
    review.add_argument(
        "--release",
        action="append",
        metavar="DIR",
        help="a release folder or a folder of releases, read in place; repeatable",
    )
    review.add_argument("--index", metavar="FILE", help="a DuckDB file from `lineage index`")
    review.add_argument(
        "--log", metavar="FILE", help="the takedown log: shown on documents, appended to"
    )
    review.add_argument("--port", type=int, default=8080, help="0: any free port")
    review.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: this machine only)"
    )
    review.add_argument(
        "--token-file",
        metavar="FILE",
        help=f"the reviewer token (first line); or set {TOKEN_ENV}. Needed for takedowns, and "
        "then for every page",
    )
    review.add_argument("--threads", type=int, default=4, help="request threads")
    set_store_paths(review, "release", "index", "log")
