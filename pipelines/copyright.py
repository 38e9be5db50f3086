"""Copyright stage: opt-out list, licence class and policy, notice lines stripped
(filters/copyright.py), every decision and every removed line in provenance.

It runs right after normalization: opt-out drops are cheap and happen before any expensive
stage, and exact dedup sees the text without footers, so two copies of an article that
differ only in their copyright line are duplicates (``text_sha1`` is recomputed when lines
were removed: it hashes the text exact dedup compares).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics

from curate.config import ConfigError
from curate.records import Record, decision, edit, sha1_hex, with_decisions, with_edits
from curate.settings import CopyrightSettings
from filters.copyright import OptOutRule, assess, load_optout
from pipelines.stages import per_record

STAGE = "copyright"
OPTOUT_RULE = "optout"


def apply_policy(
    record: Record, settings: CopyrightSettings, optout: Sequence[OptOutRule]
) -> Record:
    """The record after the stage: the opt-out and licence decisions (the first failed one
    drops it), the ``copyright`` provenance struct, and stripped lines as edits."""
    source = record["source"]
    verdict = assess(
        record["text"],
        source.get("url"),
        source.get("domain"),
        source.get("license"),
        settings,
        optout,
    )
    rules = [
        decision(
            STAGE,
            OPTOUT_RULE,
            float(verdict.optout_rule is not None),
            None,
            not verdict.optout_rule,
        ),
        decision(STAGE, f"license_{verdict.licence_class}", None, None, verdict.action != "drop"),
    ]
    changes: dict[str, Any] = {
        "copyright": {
            "license_decision": verdict.license_decision,
            "notices_removed": len(verdict.edits),
            "optout_rule": verdict.optout_rule,
        }
    }
    if verdict.edits:
        edits = [edit(STAGE, e.rule, e.line, e.chars) for e in verdict.edits]
        record = with_edits(record, verdict.text, edits)
        changes["text_sha1"] = sha1_hex(verdict.text)
    return with_decisions(record, rules, **changes)


def _apply_counted(
    record: Record, settings: CopyrightSettings, optout: Sequence[OptOutRule]
) -> Record:
    out = apply_policy(record, settings, optout)
    info = out["copyright"]
    Metrics.counter("curate.copyright", f"license.{info['license_decision']}").inc()
    if info["optout_rule"]:
        Metrics.counter("curate.copyright", "optout").inc()
    if info["notices_removed"]:
        Metrics.counter("curate.copyright", "lines_removed").inc(info["notices_removed"])
    return out


class CopyrightPolicy(beam.PTransform):
    """In-play records (normalized) → the same records, some dropped (``optout`` or
    ``license_<class>``), the others with notices stripped per the licence policy. The
    opt-out lists are read here, at launch, and travel with the transform."""

    def __init__(self, settings: CopyrightSettings):
        super().__init__()
        self._settings = settings
        try:
            self._optout = load_optout(settings.optout_files, settings.optout)
        except ValueError as err:
            raise ConfigError(str(err)) from err

    def expand(self, pcoll):
        return pcoll | "ApplyPolicy" >> beam.Map(
            per_record(_apply_counted, STAGE), self._settings, self._optout
        )
