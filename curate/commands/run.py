"""``curate run --input GLOB [--input GLOB ...] --output DIR --version NAME [--config FILE]
[--set key=value ...] [--overwrite] [--verbose] [beam options]``: curate raw files into a
release, and print its id (the sha256 of its manifest) for model teams to pin.

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
    add_verbose_option,
    fail,
    set_store_paths,
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
    verbose: bool = False,
) -> int:
    """Run the pipeline and print the summary; the exit status of ``curate run``.
    ``extra_stages`` are wired after the built-in ones (see ``build_pipeline``). A failure
    is one ``curate: error:`` line; ``verbose`` prints its traceback first."""
    setup_logging(verbose)
    from curate.config import ConfigError, load_settings
    from lineage.errors import LineageError, ReleaseError
    from lineage.manifest import AccountingError, empty_release_reason, format_summary
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
        LineageError,
    ) as err:
        return fail(str(err), err=err if verbose else None)
    except AccountingError as err:
        return fail(str(err), EXIT_ACCOUNTING, err if verbose else None)
    print(format_summary(result.stats, result.files, result.release, result.counters))
    shards = result.manifest["shards"]
    print(
        f"{len(shards)} shard(s), {sum(s['rows'] for s in shards)} rows; "
        f"manifest: {result.release}/manifest.json"
    )
    print(f"release id: {result.release_id} (sha256 of manifest.json; pin it with --expect-sha256)")
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
        verbose=args.verbose,
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
    run.add_argument(
        "--overwrite",
        action="store_true",
        help="replace the release the version holds now (only that one: if another run "
        "replaces it meanwhile, this run fails)",
    )
    add_verbose_option(run)
    run.add_argument(
        "--allow-local-paths",
        action="store_true",
        help="let remote workers open local paths (every worker mounts them at the same path)",
    )
    run.set_defaults(handler=_run, beam_args=True)
    set_store_paths(run, "input", "output")
