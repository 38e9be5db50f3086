"""What every command shares: the one-line error and its exit status, config and JSON
options, quiet logging, and output as a table or as JSON."""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

from curate.config import load_settings
from curate.settings import Settings

EXIT_USAGE = 2
EXIT_ACCOUNTING = 3
EXIT_EMPTY_RELEASE = 4

Handler = Callable[[argparse.Namespace], int]


def fail(message: str, code: int = EXIT_USAGE, err: BaseException | None = None) -> int:
    """Print ``curate: error: MESSAGE`` (one line, never document text) and return ``code``;
    with ``--verbose`` (``err`` given) the traceback comes first, for a bug report."""
    if err is not None:
        traceback.print_exception(err, file=sys.stderr)
    one_line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    print(f"curate: error: {one_line}", file=sys.stderr)
    return code


def error_message(err: Exception) -> str:
    if isinstance(err, OSError) and err.filename is not None:
        return f"{err.filename}: {err.strerror}"
    return str(err)


def reporting(*errors: type[Exception]) -> Callable[[Handler], Handler]:
    """A handler whose ``errors`` end as one ``curate: error:`` line and exit status 2."""

    def wrap(fn: Handler) -> Handler:
        @functools.wraps(fn)
        def run(args: argparse.Namespace) -> int:
            try:
                return fn(args)
            except errors as err:
                return fail(error_message(err), err=err if verbose(args) else None)

        return run

    return wrap


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """``--config FILE`` and repeatable ``--set key=value``, the same on every command."""
    parser.add_argument("--config", metavar="FILE", help="YAML config (defaults: Korean)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one config key, e.g. --set release.rows_per_shard=1000",
    )


def add_verbose_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--verbose", action="store_true", help="print the traceback of an error, and Beam's"
    )


def verbose(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "verbose", False))


def add_command(commands, name: str, help_: str, handler: Handler) -> argparse.ArgumentParser:
    """A subcommand whose help is also its description, run by ``handler``."""
    parser = commands.add_parser(name, allow_abbrev=False, help=help_, description=help_)
    parser.set_defaults(handler=handler)
    add_verbose_option(parser)
    return parser


def settings_of(args: argparse.Namespace) -> Settings:
    """The settings ``--config`` and ``--set`` give (raises ``ConfigError``)."""
    return load_settings(args.config, args.set)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def emit(args: argparse.Namespace, data: Any, human: Callable[[], str]) -> int:
    """``data`` as JSON with ``--json``, else the human text."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(human())
    return 0


def _one_line(record: logging.LogRecord) -> bool:
    """Beam logs a failing step with its traceback before the run raises; the run then ends
    with its own ``curate: error:`` line, so without ``--verbose`` only the first line of
    Beam's record is kept."""
    if record.name.startswith("apache_beam") and (record.exc_info or record.stack_info):
        message = record.getMessage().strip()
        record.msg = message.splitlines()[0] if message else ""
        record.args = None
        record.exc_info = record.exc_text = record.stack_info = None
    return True


def setup_logging(verbose: bool = False) -> None:
    """Quiet Beam's import-time warnings, then undo the root-logger setup Beam does."""
    logging.basicConfig(level=logging.ERROR, force=True)
    import apache_beam  # noqa: F401

    logging.basicConfig(
        level=logging.INFO,
        force=True,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("apache_beam", "trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if not verbose:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_one_line)
