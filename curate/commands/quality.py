"""``curate quality train|explain|eval``: build the quality model, show why documents pass or
fail, and measure the stage against FineWeb-2's rules on whitespace words.

Heavy modules (Kiwi, fastText) are imported inside the handlers so ``curate run`` does not pay
for them at start-up. Output never holds document text: rule values, verdicts, line numbers.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from curate.commands.common import add_config_options, add_json_option, reporting, settings_of
from curate.config import ConfigError
from filters.mojibake import edit_verb

BUILTIN_MODEL = "filters/models/quality_ko.ftz"


class QualityCliError(ValueError):
    """A bad argument or input; printed as one ``curate: error:`` line, exit status 2."""


_handler = reporting(QualityCliError, ConfigError, OSError)


def _read_jsonl(path: Path, field: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each non-blank line; a line that is not an object with a
    string ``field`` is an error naming the line, never its content."""
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise QualityCliError(f"{path}:{number}: not valid JSON ({err.msg})") from err
            if not isinstance(obj, dict) or not isinstance(obj.get(field), str):
                raise QualityCliError(
                    f"{path}:{number}: expected an object with a string {field!r} field"
                )
            yield number, obj


def _existing(path: str) -> Path:
    file = Path(path)
    if not file.is_file():
        raise QualityCliError(f"{path}: no such file")
    return file


def _documents(path: str, field: str) -> list[tuple[str, str]]:
    """(name, text) per document: one per JSONL line, or the whole file for other files."""
    file = _existing(path)
    if file.suffix in (".jsonl", ".ndjson", ".json"):
        return [
            (str(obj.get("id", f"line {number}")), obj[field])
            for number, obj in _read_jsonl(file, field)
        ]
    try:
        return [(file.name, file.read_text(encoding="utf-8"))]
    except UnicodeDecodeError as err:
        raise QualityCliError(f"{path}: not UTF-8 text") from err


def _train(args: argparse.Namespace) -> int:
    from filters.quality_model import TrainOptions, train

    if args.builtin == bool(args.input):
        raise QualityCliError("give exactly one of --input FILE or --builtin")
    if args.builtin:
        from curate.evals import quality_realprose
        from curate.evals.quality_data import TRAIN, labelled_set

        examples = [(item.label, item.text) for item in labelled_set(TRAIN)]
        examples += [(item.label, item.text) for item in quality_realprose.load(TRAIN)]
    else:
        examples = [
            (obj.get("label"), obj["text"]) for _, obj in _read_jsonl(_existing(args.input), "text")
        ]
    if not examples:
        raise QualityCliError("no training examples")
    try:
        stats = train(examples, args.output, TrainOptions(seed=args.seed))
    except ValueError as err:
        raise QualityCliError(str(err)) from err
    print(
        f"trained on {stats['examples']} documents ({stats['good']} good, {stats['junk']} "
        f"junk) → {args.output} ({stats['bytes']:,} bytes)"
    )
    return 0


def _verdict_rows(assessment: Any) -> list[dict[str, Any]]:
    return [
        {"rule": v.rule, "value": v.value, "op": v.op, "threshold": v.threshold, "passed": v.passed}
        for v in assessment.verdicts
    ]


def _explain_record(name: str, assessment: Any) -> dict[str, Any]:
    return {
        "document": name,
        "status": "kept" if assessment.failed is None else "dropped",
        "reason": assessment.failed,
        "lang": assessment.lang.lang,
        "lang_score": assessment.lang.score,
        "korean_score": assessment.lang.korean_score,
        "quality_score": assessment.quality_score,
        "token_count": len(assessment.analysis),
        "edits": [{"rule": e.rule, "line": e.line, "chars": e.chars} for e in assessment.edits],
        "rules": _verdict_rows(assessment),
    }


def _format_explained(record: dict[str, Any]) -> str:
    verdict = "KEPT" if record["reason"] is None else f"DROPPED by {record['reason']}"
    score = record["quality_score"]
    lines = [
        f"== {record['document']}: {verdict}",
        f"   lang {record['lang']} {record['lang_score']:.3f} (Korean score "
        f"{record['korean_score']:.3f}), {record['token_count']} morphemes, quality score "
        + ("-" if score is None else f"{score:.3f}"),
    ]
    lines += [
        f"   {edit_verb(e['rule'])} line {e['line']} ({e['chars']} chars): {e['rule']}"
        for e in record["edits"]
    ]
    lines += [
        f"   {'pass' if r['passed'] else 'FAIL'}  {r['rule']:26} {r['value']:10.4f} "
        f"{r['op']:>2} {r['threshold']:g}"
        for r in record["rules"]
    ]
    return "\n".join(lines)


def _explain(args: argparse.Namespace) -> int:
    from filters.quality_assessor import QualityAssessor

    settings = settings_of(args)
    documents = _documents(args.file, args.field)
    assessor = QualityAssessor(settings.quality, settings.langid)
    records = [
        _explain_record(name, assessment)
        for (name, _), assessment in zip(
            documents, assessor.assess([text for _, text in documents]), strict=True
        )
    ]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=1))
    else:
        print("\n".join(_format_explained(record) for record in records))
        kept = sum(record["reason"] is None for record in records)
        print(f"{len(records)} document(s): {kept} kept, {len(records) - kept} dropped")
    return 0


def _eval(args: argparse.Namespace) -> int:
    settings = settings_of(args)
    if args.set_name != "sample":
        from curate.evals.quality_realprose import HELD_OUT, TRAIN, evaluate, format_report

        split = args.set_name
        if split == "realprose":
            split = HELD_OUT if args.split == "eval" else TRAIN
        report = evaluate(settings.quality, settings.langid, split)
    else:
        from curate.evals.quality import evaluate, format_report

        report = evaluate(settings.quality, settings.langid, args.split)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_report(report))
    return 0


def _config_options(parser: argparse.ArgumentParser) -> None:
    add_config_options(parser)
    add_json_option(parser)


def register(commands) -> None:
    """Adds ``curate quality train|explain|eval``."""
    quality = commands.add_parser("quality", help="quality filtering: train, explain, evaluate")
    sub = quality.add_subparsers(dest="quality_command", required=True)

    train = sub.add_parser("train", help="train the fastText quality model")
    train.add_argument(
        "--input",
        metavar="FILE",
        help='labelled JSONL: {"text": ..., "label": "good"|"junk"} per line',
    )
    train.add_argument(
        "--builtin",
        action="store_true",
        help="train on the bundled training split (how the shipped model is "
        f"built: --builtin --output {BUILTIN_MODEL})",
    )
    train.add_argument("--output", required=True, metavar="MODEL", help="model file (.ftz)")
    train.add_argument("--seed", type=int, default=1)
    train.set_defaults(handler=_handler(_train))

    explain = sub.add_parser("explain", help="per-rule values and verdicts of each document")
    explain.add_argument(
        "file", metavar="FILE", help="JSONL (one document per line) or a text file (one document)"
    )
    explain.add_argument("--field", default="text", help="JSONL text field (default: text)")
    _config_options(explain)
    explain.set_defaults(handler=_handler(_explain))

    evaluate = sub.add_parser(
        "eval", help="keep rates on held-out Korean prose and junk vs the FineWeb-2 baseline"
    )
    _config_options(evaluate)
    evaluate.add_argument(
        "--split",
        choices=("eval", "train"),
        default="eval",
        help="held-out documents (default) or the model's training split",
    )
    evaluate.add_argument(
        "--set-name",
        choices=("sample", "realprose", *(f"holdout{n}" for n in range(2, 9))),
        default="sample",
        help="sample: prose of curate/sample/sources and generated junk (default); "
        "realprose: real Korean text of many registers vs junk of many kinds, per source "
        "and kind (curate/evals/data/quality_realprose); holdout2 to holdout8: later blind "
        "sets of several genres, holdout4 to 8 with translationese or fluent spam "
        "(curate/evals/data/quality_holdoutN; --split does not apply)",
    )
    evaluate.set_defaults(handler=_handler(_eval))
