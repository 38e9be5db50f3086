"""The ``curate`` command.

``curate run --input GLOB [--input GLOB ...] --output DIR --version NAME [--config FILE]
[--set key=value ...] [--overwrite] [beam options]`` and ``curate demo [--output DIR]``.
Unknown flags are Beam pipeline options (``--runner``, ``--project``, ``--flink_master``...).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from curate.config import add_config_options

EXIT_USAGE = 2
EXIT_ACCOUNTING = 3


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"curate: error: {message}", file=sys.stderr)
    return code


# Modules that add their own subcommands: each has ``register(commands)`` that adds parsers
# with ``set_defaults(handler=fn)``, ``fn(args) -> int``.
COMMAND_MODULES: tuple[str, ...] = (
    "curate.quality_cli",
    "curate.scrub_cli",
    "curate.dedup_cli",
    "lineage.cli",
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="curate", allow_abbrev=False, description="Korean pretraining-data curation on Beam."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run",
        allow_abbrev=False,
        help="curate raw files into a versioned release",
        epilog="Other --flags are passed to Beam as pipeline options.",
    )
    run.add_argument(
        "--input",
        action="append",
        required=True,
        metavar="GLOB",
        help="input files (local, gs://, s3://); repeatable",
    )
    run.add_argument("--output", required=True, metavar="DIR", help="releases folder")
    run.add_argument("--version", required=True, metavar="NAME", help="release version name")
    add_config_options(run)
    run.add_argument("--overwrite", action="store_true", help="replace an existing version")
    run.set_defaults(handler=_run_command, beam_args=True)

    demo = commands.add_parser("demo", allow_abbrev=False, help="run on the bundled sample corpus")
    demo.add_argument("--output", default="demo-output", metavar="DIR")
    demo.add_argument("--seed", type=int, default=0)
    demo.set_defaults(handler=_demo_command)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def setup_logging() -> None:
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


def _curate(
    inputs: list[str],
    output: str,
    version: str,
    config_file: str | None,
    overrides: list[str],
    beam_args: list[str],
    overwrite: bool,
) -> int:
    setup_logging()
    from curate.config import ConfigError, load_config
    from lineage.manifest import AccountingError, format_summary
    from pipelines.curation import NoInputError, run_curation
    from pipelines.ingest import InputPathClash
    from pipelines.options import UnsafeRunnerOptions
    from pipelines.release_files import ReleaseError

    try:
        config = load_config(config_file, overrides)
    except ConfigError as err:
        return _fail(str(err))
    try:
        result = run_curation(
            inputs=inputs,
            output=output,
            version_name=version,
            config=config,
            config_file=config_file,
            beam_args=beam_args,
            overwrite=overwrite,
        )
    except (NoInputError, InputPathClash, UnsafeRunnerOptions, ReleaseError, ConfigError) as err:
        return _fail(str(err))
    except AccountingError as err:
        return _fail(str(err), EXIT_ACCOUNTING)
    print(format_summary(result.stats, result.release))
    shards = result.manifest["shards"]
    print(
        f"{len(shards)} shard(s), {sum(s['rows'] for s in shards)} rows; "
        f"manifest: {result.release}/manifest.json"
    )
    return 0


def _run_command(args: argparse.Namespace) -> int:
    return _curate(
        args.input, args.output, args.version, args.config, args.set, args.extra, args.overwrite
    )


def _demo_command(args: argparse.Namespace) -> int:
    from curate.sample.generate import generate_corpus

    corpus = Path(args.output) / "sample-input"
    if corpus.exists():
        shutil.rmtree(corpus)
    summary = generate_corpus(corpus, seed=args.seed)
    print(f"sample corpus: {len(summary['files'])} files in {corpus}")
    releases = str(Path(args.output) / "releases")
    return _curate([str(corpus / "**")], releases, "demo", None, [], [], overwrite=True)


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = _parser().parse_known_args(argv)
    if extra and not getattr(args, "beam_args", False):
        return _fail(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
