"""Normalization stage: canonical text, its hash, and the minimum-length rule."""

from __future__ import annotations

from typing import Any

import apache_beam as beam

from curate.records import Record, decision, sha1_hex, with_decisions
from filters.normalize import NormalizeOptions, normalize_text

STAGE = "normalize"


def normalize_record(record: Record, config: dict[str, Any]) -> Record:
    options = NormalizeOptions(
        nfc=config["nfc"],
        strip_control=config["strip_control"],
        collapse_whitespace=config["collapse_whitespace"],
    )
    text = normalize_text(record["text"], options)
    minimum = config["min_chars"]
    rules = [decision(STAGE, "min_chars", len(text), minimum, len(text) >= max(minimum, 1))]
    return with_decisions(record, rules, text=text, text_sha1=sha1_hex(text))


class Normalize(beam.PTransform):
    def __init__(self, config: dict[str, Any]):
        super().__init__()
        self._config = config

    def expand(self, pcoll):
        return pcoll | "NormalizeText" >> beam.Map(normalize_record, self._config)
