"""Fuzz the JSON Lines reader (plain, .gz, .zst); see ``_harness``."""

import gzip

import zstandard
from _harness import fuzz

from tests.readers_helpers import seed_jsonl

NAMES = ["f.jsonl", "f.jsonl.gz", "f.jsonl.zst"]


def seeds() -> list[bytes]:
    data = seed_jsonl()
    return [data, gzip.compress(data), zstandard.ZstdCompressor().compress(data)]


if __name__ == "__main__":
    fuzz(NAMES, seeds)
