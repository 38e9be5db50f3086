"""The ``curate`` parser: one subcommand family per module of this package. Unknown flags are
Beam pipeline options, accepted only by the commands that launch a pipeline (``run``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from curate.commands import dedup, demo, lineage, pii, quality, release, run, scrub
from curate.commands.common import fail

# Each has ``register(commands)``, adding parsers with ``set_defaults(handler=fn)``,
# ``fn(args) -> int``; ``beam_args=True`` on a parser lets unknown flags through to Beam.
COMMANDS = (run, demo, quality, dedup, pii, scrub, lineage, release)


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
        return fail(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
