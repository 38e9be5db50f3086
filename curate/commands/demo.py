"""``curate demo [--output DIR] [--seed N]``: write the messy sample corpus and curate it."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from curate.commands.common import add_verbose_option
from curate.commands.run import curate


def _demo(args: argparse.Namespace) -> int:
    from curate.sample.generate import generate_corpus

    corpus = Path(args.output) / "sample-input"
    if corpus.exists():
        shutil.rmtree(corpus)
    summary = generate_corpus(corpus, seed=args.seed)
    print(f"sample corpus: {len(summary['files'])} files in {corpus}")
    releases = str(Path(args.output) / "releases")
    return curate(
        [str(corpus / "**")], releases, "demo", None, [], [], overwrite=True, verbose=args.verbose
    )


def register(commands) -> None:
    demo = commands.add_parser("demo", allow_abbrev=False, help="run on the bundled sample corpus")
    demo.add_argument("--output", default="demo-output", metavar="DIR")
    demo.add_argument("--seed", type=int, default=0)
    add_verbose_option(demo)
    demo.set_defaults(handler=_demo)
