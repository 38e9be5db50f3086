"""``curate scrub``: the pipeline's PII scrubbing on a JSONL file, without Beam.

``curate scrub --input IN.jsonl --output OUT.jsonl [--text-field text]`` writes one line per
non-blank input line, in order: the record with every field kept, the text field scrubbed
and ``pii`` a list of ``{type, start, end, score}`` with code-point offsets into the input
text; or, for a line that is not a usable record, ``{"error": …, "line": N}``. Neither
errors nor logs ever contain a value from the input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from curate.commands.common import add_config_options, fail, settings_of
from curate.config import ConfigError


def scrub_line(raw: bytes, number: int, field: str, engine: Any) -> dict[str, Any] | None:
    """The output object for one input line (None for a blank line)."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return {"error": f"line {number} is not valid UTF-8 (byte {err.start})", "line": number}
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        reason = f"{err.msg.removesuffix(' at')} (column {err.colno})"
        return {"error": f"malformed JSON at line {number}: {reason}", "line": number}
    if not isinstance(record, dict):
        return {"error": f"line {number} is not a JSON object", "line": number}
    text = record.get(field)
    if not isinstance(text, str):
        state = "missing" if text is None else "not a string"
        return {"error": f"line {number}: field {field!r} is {state}", "line": number}
    try:
        result = engine.scrub(text)
    except Exception as err:  # noqa: BLE001 - one bad record must not stop the file
        return {"error": f"line {number}: scrubbing failed ({type(err).__name__})", "line": number}
    return {**record, field: result.text, "pii": [span.to_dict() for span in result.spans]}


def _scrub(args: argparse.Namespace) -> int:
    from filters.pii.scrub import scrubber

    try:
        settings = settings_of(args).pii
    except ConfigError as err:
        return fail(str(err))
    source, target = Path(args.input), Path(args.output)
    if target.exists() and source.exists() and source.resolve() == target.resolve():
        return fail("--output must not be the --input file")
    try:
        reader = source.open("rb")
    except OSError as err:
        return fail(f"cannot read {source}: {err.strerror}")
    engine = scrubber(settings)
    records = errors = spans = 0
    partial = None
    try:
        with (
            reader,
            tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=target.parent, prefix=f".{target.name}.", delete=False
            ) as out,
        ):
            partial = out.name
            for number, raw in enumerate(reader, 1):
                obj = scrub_line(raw, number, args.text_field, engine)
                if obj is None:
                    continue
                if "error" in obj and "pii" not in obj:
                    errors += 1
                else:
                    records += 1
                    spans += len(obj["pii"])
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        os.replace(partial, target)
    except OSError as err:
        if partial:
            Path(partial).unlink(missing_ok=True)
        return fail(f"cannot write {target}: {err.strerror}")
    print(
        f"scrubbed {records} record(s), {spans} identifier(s) replaced, {errors} error line(s) "
        f"→ {target}",
        file=sys.stderr,
    )
    return 0


def register(commands) -> None:
    scrub = commands.add_parser(
        "scrub", allow_abbrev=False, help="scrub PII from a JSONL file (no Beam)"
    )
    scrub.add_argument("--input", required=True, metavar="IN.jsonl")
    scrub.add_argument("--output", required=True, metavar="OUT.jsonl")
    scrub.add_argument("--text-field", default="text", metavar="NAME")
    add_config_options(scrub)
    scrub.set_defaults(handler=_scrub)
