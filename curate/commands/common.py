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


def error_message(err: Exception, args: argparse.Namespace | None = None) -> str:
    """The one line for ``err``: a store's refusal of the credentials names the store and the
    credentials tried (``lineage.stores.access_failure``), a kernel error its file."""
    refused = access_refused(err, args) if args is not None else None
    if refused:
        return refused
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
                return fail(error_message(err, args), err=err if verbose(args) else None)

        return run

    return wrap


def set_store_paths(parser: argparse.ArgumentParser, *dests: str) -> None:
    """Name the arguments of ``parser`` that are files or folders, local or on a store: before
    the command runs, each on a store is checked for an installed filesystem and credentials
    (``prepare_stores``)."""
    parser.set_defaults(store_paths=dests)


def store_paths(args: argparse.Namespace) -> list[str]:
    """The values of the arguments ``set_store_paths`` named that are on a store (``…://``)."""
    found: list[str] = []
    for dest in getattr(args, "store_paths", ()):
        value = getattr(args, dest, None)
        values = value if isinstance(value, list | tuple) else [value]
        found += [v for v in values if isinstance(v, str) and "://" in v]
    return found


def store_flags_unknown(extra: list[str]) -> list[str]:
    """Of Beam flags given to a command that launches no pipeline, those that configure no
    filesystem (GCS, S3, HDFS, Azure options are accepted: they say how to reach a store)."""
    from apache_beam.options.pipeline_options import (
        AzureOptions,
        GoogleCloudOptions,
        HadoopFileSystemOptions,
        S3Options,
    )

    parser = argparse.ArgumentParser(allow_abbrev=False, add_help=False)
    for options in (GoogleCloudOptions, S3Options, HadoopFileSystemOptions, AzureOptions):
        options._add_argparse_args(parser)  # noqa: SLF001 - Beam's own flag definitions
    try:
        _, unknown = parser.parse_known_args(extra)
    except SystemExit:  # a store flag without its value
        return extra
    return unknown


def prepare_stores(args: argparse.Namespace) -> int | None:
    """Configure Beam's filesystems from the command's Beam flags and refuse, as one line, a
    store path whose filesystem is not installed or whose credentials cannot be found; None
    when the command may run. Commands on local paths only never import Beam here."""
    paths = store_paths(args)
    if not paths and not getattr(args, "extra", None):
        return None
    from lineage.stores import StoreUnavailable, configure, require_filesystem

    try:
        configure(args.extra)
        require_filesystem(*paths)
    except StoreUnavailable as err:
        return fail(str(err))
    return None


def access_refused(err: BaseException, args: argparse.Namespace) -> str | None:
    """The line for a store that refused the command's credentials, or None."""
    paths = store_paths(args)
    if not paths:
        return None
    from lineage.stores import access_failure

    return access_failure(err, paths)


def run_handler(args: argparse.Namespace) -> int:
    """Run the command; a store's refusal that no handler turned into a line becomes one."""
    try:
        return args.handler(args)
    except Exception as err:
        refused = access_refused(err, args)
        if refused is None:
            raise
        return fail(refused, err=err if verbose(args) else None)


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


PRESIDIO_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process")


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
    noisy_stores = ("botocore", "boto3", "s3transfer", "urllib3", "google.auth", "google.cloud")
    for noisy in ("apache_beam", "trafilatura", "htmldate", "charset_normalizer", *noisy_stores):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # presidio logs "Fetching all recognizers" at INFO on every analyzer call it builds.
    for chatty in PRESIDIO_LOGGERS:
        logging.getLogger(chatty).setLevel(logging.NOTSET if verbose else logging.WARNING)
    if not verbose:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_one_line)
