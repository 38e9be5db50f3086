"""Normalization stage: canonical text, its hash, and the minimum-length rule."""

from __future__ import annotations

import apache_beam as beam

from curate.records import Record, decision, sha1_hex, with_decisions
from curate.settings import NormalizeSettings
from filters.normalize import normalize_text
from pipelines.stages import per_record

STAGE = "normalize"


def min_chars_decision(stage: str, text: str, min_chars: int) -> dict:
    """Normalize's minimum-length rule; stages that remove lines later (repeated lines,
    decontamination) apply it again, so a document they empty is dropped with this reason
    even when quality is off."""
    return decision(stage, "min_chars", len(text), min_chars, len(text) >= max(min_chars, 1))


def normalize_record(record: Record, settings: NormalizeSettings) -> Record:
    text = normalize_text(record["text"], settings)
    rules = [min_chars_decision(STAGE, text, settings.min_chars)]
    return with_decisions(record, rules, text=text, text_sha1=sha1_hex(text))


class Normalize(beam.PTransform):
    def __init__(self, settings: NormalizeSettings):
        super().__init__()
        self._settings = settings

    def expand(self, pcoll):
        return pcoll | "NormalizeText" >> beam.Map(
            per_record(normalize_record, STAGE), self._settings
        )
