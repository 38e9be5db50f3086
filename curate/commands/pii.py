"""``curate pii eval [--eval-set FILE] [--presidio | --prose] [--check] [--json]``: precision
and recall per PII type on the labelled Korean set (curate/evals/pii.py), of our recognizers or
(with ``--presidio``) of presidio's own Korean setup; ``--prose`` scores the name policy on
hand-labelled real prose; ``--check`` exits 1 below the targets."""

from __future__ import annotations

import argparse
import json
import sys

from curate.commands.common import add_config_options, add_json_option, fail, settings_of
from curate.config import ConfigError

TARGET_STRUCTURED = 0.95
TARGET_PERSON_PRECISION = 0.9
TARGET_PROSE_PRECISION = 0.95


def _eval(args: argparse.Namespace) -> int:
    from curate.evals.pii import (
        STRUCTURED,
        evaluate,
        evaluate_prose,
        format_prose_report,
        format_report,
    )

    try:
        settings = settings_of(args).pii
    except ConfigError as err:
        return fail(str(err))
    try:
        if args.prose:
            report = evaluate_prose(settings, args.eval_set)
        else:
            report = evaluate(settings, args.eval_set, baseline=args.presidio)
    except (OSError, ValueError, KeyError) as err:
        return fail(f"cannot read the evaluation set: {err}")
    if args.prose:
        print(json.dumps(report, indent=1) if args.json else format_prose_report(report))
        if args.check and report["precision"] < TARGET_PROSE_PRECISION:
            print("below target: <|name|> precision on prose", file=sys.stderr)
            return 1
        return 0
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
    evaluate.add_argument(
        "--prose",
        action="store_true",
        help="name placeholders per 1,000 documents by source and <|name|> precision on the "
        "hand-labelled real-prose set (pii_prose_ko.jsonl, or --eval-set)",
    )
    add_json_option(evaluate)
    evaluate.add_argument(
        "--check", action="store_true", help="exit 1 when a type misses its target"
    )
    add_config_options(evaluate)
    evaluate.set_defaults(handler=_eval)
