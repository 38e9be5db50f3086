"""Fuzz the Parquet reader; see ``_harness``."""

from _harness import fuzz

from tests.readers_helpers import seed_parquet

NAMES = ["f.parquet"]


def seeds() -> list[bytes]:
    return [seed_parquet(), seed_parquet(3)]


if __name__ == "__main__":
    fuzz(NAMES, seeds)
