"""The ``curate`` parser: one subcommand family per module of this package. Unknown flags are
Beam pipeline options: every one for the commands that launch a pipeline (``run``), the
filesystem ones (``--s3_endpoint_url``, ``--project``…) for every command, since each of them
may read or write a bucket."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from curate.commands import dedup, demo, lineage, pii, quality, release, review, run, scrub
from curate.commands.common import fail, prepare_stores, run_handler, store_flags_unknown

# Each has ``register(commands)``, adding parsers with ``set_defaults(handler=fn)``,
# ``fn(args) -> int``; ``beam_args=True`` on a parser lets unknown flags through to Beam, and
# ``set_store_paths`` names the arguments that are paths on a store.
COMMANDS = (run, demo, quality, dedup, pii, scrub, lineage, release, review)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="curate", allow_abbrev=False, description="Korean pretraining-data curation on Beam."
    )
    commands = top.add_subparsers(dest="command", required=True)
    for module in COMMANDS:
        module.register(commands)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = parser().parse_known_args(argv)
    if extra and not getattr(args, "beam_args", False):
        unknown = store_flags_unknown(extra)
        if unknown:
            return fail(f"unrecognized arguments: {' '.join(unknown)}")
    args.extra = extra
    refused = prepare_stores(args)
    if refused is not None:
        return refused
    return run_handler(args)


if __name__ == "__main__":
    sys.exit(main())
