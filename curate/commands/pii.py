"""``curate pii eval [--eval-set FILE] [--presidio] [--check] [--json]``: precision and recall
per PII type on the labelled Korean set (curate/evals/pii.py), of our recognizers or (with
``--presidio``) of presidio's own Korean setup; ``--check`` exits 1 below the targets."""

from __future__ import annotations

import argparse
import json
import sys

from curate.commands.common import add_config_options, add_json_option, fail, settings_of
from curate.config import ConfigError

TARGET_STRUCTURED = 0.95
TARGET_PERSON_PRECISION = 0.9


def _eval(args: argparse.Namespace) -> int:
    from curate.evals.pii import STRUCTURED, evaluate, format_report

    try:
        settings = settings_of(args).pii
    except ConfigError as err:
        return fail(str(err))
    try:
        report = evaluate(settings, args.eval_set, baseline=args.presidio)
    except (OSError, ValueError) as err:
        return fail(f"cannot read the evaluation set: {err}")
    print(json.dumps(report, indent=1) if args.json else format_report(report))
    if args.check:
        types = report["types"]
        missed = [
            kind
            for kind in STRUCTURED
            if types[kind]["gold"]
            and min(types[kind]["precision"], types[kind]["recall"]) < TARGET_STRUCTURED
        ]
        if types["PERSON"]["precision"] < TARGET_PERSON_PRECISION:
            missed.append("PERSON")
        if missed:
            print(f"below target: {', '.join(missed)}", file=sys.stderr)
            return 1
    return 0


def register(commands) -> None:
    pii = commands.add_parser("pii", help="PII recognizers: accuracy")
    sub = pii.add_subparsers(dest="pii_command", required=True)
    evaluate = sub.add_parser(
        "eval", allow_abbrev=False, help="precision/recall/F1 per type on the labelled Korean set"
    )
    evaluate.add_argument("--eval-set", metavar="FILE", help="another labelled JSONL set")
    evaluate.add_argument(
        "--presidio",
        action="store_true",
        help="score presidio's own Korean recognizers instead (the baseline to compare with)",
    )
    add_json_option(evaluate)
    evaluate.add_argument(
        "--check", action="store_true", help="exit 1 when a type misses its target"
    )
    add_config_options(evaluate)
    evaluate.set_defaults(handler=_eval)
