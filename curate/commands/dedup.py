"""``curate dedup scurve`` and ``curate dedup eval``: the near-dup settings, explained and
measured."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from curate.commands.common import add_config_options, add_json_option, reporting, settings_of
from curate.config import ConfigError
from curate.settings import NearDedupSettings

DEFAULT_TRUTH_THRESHOLD = 0.7


def _with_settings(handler: Callable[[argparse.Namespace, NearDedupSettings], int]):
    """Run ``handler`` with the near_dedup settings (defaults, --config, --set); a bad
    configuration is one error line."""

    @reporting(ConfigError)
    def run(args: argparse.Namespace) -> int:
        return handler(args, settings_of(args).near_dedup)

    return run


def _scurve(args: argparse.Namespace, settings: NearDedupSettings) -> int:
    from filters.lsh import Banding, scurve_table

    banding = Banding(args.bands or settings.bands, args.rows or settings.rows)
    print(
        f"bands={banding.bands} rows={banding.rows} (num_perm used: "
        f"{banding.bands * banding.rows}); steepest at Jaccard {banding.threshold:.3f}"
    )
    print("Jaccard  P(candidate)")
    for jaccard, probability in scurve_table(banding):
        print(f"  {jaccard:.2f}   {probability:.4f}")
    return 0


def _eval(args: argparse.Namespace, settings: NearDedupSettings) -> int:
    from curate.evals.dedup import evaluate

    report = evaluate(settings, args.threshold, args.seed)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(
        f"{report['documents']} documents, {report['true_pairs']} true pairs "
        f"(exact Jaccard ≥ {report['threshold']}), {report['true_clusters']} true clusters; "
        f"bands={report['banding']['bands']} rows={report['banding']['rows']}"
    )
    print(f"{'engine':<24} {'pair P':>7} {'pair R':>7} {'clus P':>7} {'clus R':>7}")
    for name, r in report["engines"].items():
        print(
            f"{name:<24} {r['pairs']['precision']:>7.3f} {r['pairs']['recall']:>7.3f} "
            f"{r['clusters']['precision']:>7.3f} {r['clusters']['recall']:>7.3f}"
        )
    print("recall of (copy, original) pairs by edit:")
    for name, r in report["engines"].items():
        print(f"  {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in r["edit_recall"].items()))
    return 0


def register(commands) -> None:
    dedup = commands.add_parser("dedup", help="near-duplicate settings: S-curve, accuracy")
    sub = dedup.add_subparsers(dest="dedup_command", required=True)
    for name, handler, text in (
        ("scurve", _scurve, "print P(candidate) at Jaccard 0.5…0.95 for the banding"),
        ("eval", _eval, "precision/recall on a labelled Korean near-duplicate set"),
    ):
        parser = sub.add_parser(name, help=text)
        add_config_options(parser)
        parser.set_defaults(handler=_with_settings(handler))
        if name == "scurve":
            parser.add_argument("--bands", type=int)
            parser.add_argument("--rows", type=int)
        else:
            parser.add_argument(
                "--threshold",
                type=float,
                default=DEFAULT_TRUTH_THRESHOLD,
                help="exact Jaccard at which a pair counts as near-duplicate",
            )
            parser.add_argument("--seed", type=int, default=0)
            add_json_option(parser)
