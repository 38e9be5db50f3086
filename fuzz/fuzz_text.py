"""Fuzz the plain-text reader in blocks mode (plain and .gz); see ``_harness``."""

import gzip

from _harness import fuzz

from tests.readers_helpers import seed_text

NAMES = ["f.txt", "f.txt.gz"]


def seeds() -> list[bytes]:
    data = seed_text()
    return [data, gzip.compress(data), b"\xff\xfe" + data.decode().encode("utf-16-le")]


if __name__ == "__main__":
    fuzz(NAMES, seeds, text_mode="blocks")
