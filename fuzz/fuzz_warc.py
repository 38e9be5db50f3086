"""Fuzz the WARC reader (plain and .gz, one member per record); see ``_harness``."""

from _harness import fuzz

from tests.readers_helpers import page, seed_warc, warc

NAMES = ["f.warc", "f.warc.gz"]


def seeds() -> list[bytes]:
    html = warc([("https://a.example.kr/", "text/html; charset=euc-kr", page("기사", "euc-kr"))])
    return [seed_warc(gzip=False), seed_warc(), html]


if __name__ == "__main__":
    fuzz(NAMES, seeds)
