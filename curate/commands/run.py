"""``curate run --input GLOB [--input GLOB ...] --output DIR --version NAME [--config FILE]
[--set key=value ...] [--overwrite] [beam options]``: curate raw files into a release.

Every flag it does not know is a Beam pipeline option (``--runner``, ``--project``,
``--flink_master``...).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from curate.commands.common import (
    EXIT_ACCOUNTING,
    EXIT_EMPTY_RELEASE,
    add_config_options,
    fail,
    setup_logging,
)

if TYPE_CHECKING:
    from apache_beam import PTransform


def curate(
    inputs: list[str],
    output: str,
    version: str,
    config_file: str | None,
    overrides: list[str],
    beam_args: list[str],
    overwrite: bool,
    extra_stages: Sequence[tuple[str, PTransform]] = (),
    allow_local_paths: bool = False,
) -> int:
    """Run the pipeline and print the summary; the exit status of ``curate run``.
    ``extra_stages`` are wired after the built-in ones (see ``build_pipeline``)."""
    setup_logging()
    from curate.config import ConfigError, load_settings
    from lineage.manifest import AccountingError, empty_release_reason, format_summary
    from lineage.release_files import ReleaseError
    from pipelines.curation import NoInputError, run_curation
    from pipelines.ingest import InputPathClash
    from pipelines.launch_paths import LocalPathRefused
    from pipelines.options import UnsafeRunnerOptions

    try:
        settings = load_settings(config_file, overrides)
    except ConfigError as err:
        return fail(str(err))
    try:
        result = run_curation(
            inputs=inputs,
            output=output,
            version_name=version,
            settings=settings,
            config_file=config_file,
            beam_args=beam_args,
            overwrite=overwrite,
            extra_stages=extra_stages,
            allow_local_paths=allow_local_paths,
        )
    except (
        NoInputError,
        InputPathClash,
        UnsafeRunnerOptions,
        LocalPathRefused,
        ReleaseError,
        ConfigError,
    ) as err:
        return fail(str(err))
    except AccountingError as err:
        return fail(str(err), EXIT_ACCOUNTING)
    print(format_summary(result.stats, result.files, result.release, result.counters))
    shards = result.manifest["shards"]
    print(
        f"{len(shards)} shard(s), {sum(s['rows'] for s in shards)} rows; "
        f"manifest: {result.release}/manifest.json"
    )
    empty = empty_release_reason(result.stats, result.manifest["inputs"]["files"])
    if empty:
        return fail(f"{empty} (release written: {result.release})", EXIT_EMPTY_RELEASE)
    return 0


def _run(args: argparse.Namespace) -> int:
    return curate(
        args.input,
        args.output,
        args.version,
        args.config,
        args.set,
        args.extra,
        args.overwrite,
        allow_local_paths=args.allow_local_paths,
    )


def register(commands) -> None:
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
    run.add_argument(
        "--allow-local-paths",
        action="store_true",
        help="let remote workers open local paths (every worker mounts them at the same path)",
    )
    run.set_defaults(handler=_run, beam_args=True)
