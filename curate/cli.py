"""The ``curate`` command.

``curate run --input GLOB [--input GLOB ...] --output DIR --version NAME [--config FILE]
[--set key=value ...] [--overwrite] [beam options]`` and ``curate demo [--output DIR]``.
Unknown flags are Beam pipeline options (``--runner``, ``--project``, ``--flink_master``...).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_USAGE = 2
EXIT_ACCOUNTING = 3


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"curate: error: {message}", file=sys.stderr)
    return code


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
    run.add_argument("--config", metavar="FILE", help="YAML config (defaults: Korean)")
    run.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one config key, e.g. --set release.rows_per_shard=1000",
    )
    run.add_argument("--overwrite", action="store_true", help="replace an existing version")

    demo = commands.add_parser("demo", allow_abbrev=False, help="run on the bundled sample corpus")
    demo.add_argument("--output", default="demo-output", metavar="DIR")
    demo.add_argument("--seed", type=int, default=0)
    return parser


def _setup_logging() -> None:
    import apache_beam  # noqa: F401 - Beam configures the root logger on import; undo that

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
    from curate.config import ConfigError, load_config
    from lineage.manifest import AccountingError, format_summary
    from pipelines.curation import NoInputError, run_curation
    from pipelines.release_files import ReleaseError

    try:
        config = load_config(config_file, overrides)
    except ConfigError as err:
        return _fail(str(err))
    _setup_logging()
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
    except (NoInputError, ReleaseError) as err:
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


def _demo(output: str, seed: int) -> int:
    from curate.sample.generate import generate_corpus

    corpus = Path(output) / "sample-input"
    if corpus.exists():
        shutil.rmtree(corpus)
    summary = generate_corpus(corpus, seed=seed)
    print(f"sample corpus: {len(summary['files'])} files in {corpus}")
    return _curate(
        [str(corpus / "**")], str(Path(output) / "releases"), "demo", None, [], [], overwrite=True
    )


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = _parser().parse_known_args(argv)
    if args.command == "run":
        return _curate(
            args.input, args.output, args.version, args.config, args.set, extra, args.overwrite
        )
    if extra:
        return _fail(f"unrecognized arguments: {' '.join(extra)}")
    return _demo(args.output, args.seed)


if __name__ == "__main__":
    sys.exit(main())
