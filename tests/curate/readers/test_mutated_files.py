"""Property tests: every reader, given seed files of its format mutated by bit flips,
truncation and insertion, lets no exception escape, accounts for every record it read (unique
ids, a known status, a file report that agrees) and writes no input bytes into a reason."""

import bz2
import gzip
import io
import json
import lzma
import random
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.sample.texts import source_documents
from curate.sample.wiki import mediawiki_xml, namuwiki_json, sample_namu_docs, sample_pages
from tests.readers_helpers import (
    check_invariants,
    read_with_report,
    seed_jsonl,
    seed_parquet,
    seed_text,
    seed_warc,
)


def _docs():
    return [d for d in source_documents() if len(d.text) > 300][:3]


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _csv() -> bytes:
    lines = [json.loads(line) for line in seed_jsonl().splitlines()]
    rows = ['"{}","{}"'.format(r.get("id", ""), str(r["text"]).replace('"', '""')) for r in lines]
    return ("id,text\n" + "\n".join(rows) + "\n").encode()


def _nikl() -> bytes:
    paragraphs = [{"id": f"p{i}", "form": d.text[:200]} for i, d in enumerate(_docs())]
    document = [{"id": f"D{i}", "metadata": {}, "paragraph": [p]} for i, p in enumerate(paragraphs)]
    return json.dumps(
        {"id": "NIKL", "metadata": {}, "document": document}, ensure_ascii=False
    ).encode()


SEEDS = {
    "seed.jsonl": seed_jsonl(),
    "seed.jsonl.gz": b"".join(gzip.compress(line + b"\n") for line in seed_jsonl().splitlines()),
    "seed.txt": seed_text(),
    "seed.txt.gz": gzip.compress(seed_text()),
    "seed.warc": seed_warc(gzip=False),
    "seed.warc.gz": seed_warc(),
    "seed.parquet": seed_parquet(),
    "seed.jsonl.bz2": bz2.compress(seed_jsonl()),
    "seed.jsonl.xz": lzma.compress(seed_jsonl()),
    "seed.csv": _csv(),
    "seed.json": _nikl(),
    "namuwiki.json": namuwiki_json(sample_namu_docs(_docs(), random.Random(0))),
    "kowiki.xml": mediawiki_xml(list(sample_pages(_docs(), random.Random(0)))),
    "seed.zip": _zip({"a.jsonl": seed_jsonl(), "b.csv": _csv()}),
}


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """``data`` after one to four bit flips, insertions or a truncation."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "truncate"]))
        at = draw(st.integers(0, max(0, len(out) - 1)))
        if kind == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "truncate":
            del out[at:]
    return bytes(out)


def _check(name: str, data: bytes, **overrides) -> None:
    records, ctx = read_with_report(name, data, **overrides)
    check_invariants(records, ctx)


def _property(name: str, **overrides):
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutated(SEEDS[name]))
    def test(data):
        _check(name, data, **overrides)

    return test


def test_seeds_read_cleanly():
    counts = {name: len(read_with_report(name, data)[0]) for name, data in SEEDS.items()}
    assert counts == {
        "seed.jsonl": 4,
        "seed.jsonl.gz": 4,
        "seed.txt": 1,
        "seed.txt.gz": 1,
        "seed.warc": 3,
        "seed.warc.gz": 3,
        "seed.parquet": 15,
        "seed.jsonl.bz2": 4,
        "seed.jsonl.xz": 4,
        "seed.csv": 4,
        "seed.json": 3,
        "namuwiki.json": 5,
        "kowiki.xml": 6,
        "seed.zip": 8,
    }


test_mutated_jsonl = _property("seed.jsonl")
test_mutated_jsonl_gz = _property("seed.jsonl.gz")
test_mutated_text_blocks = _property("seed.txt", text_mode="blocks")
test_mutated_text_gz_blocks = _property("seed.txt.gz", text_mode="blocks")
test_mutated_warc = _property("seed.warc")
test_mutated_warc_gz = _property("seed.warc.gz")
test_mutated_parquet = _property("seed.parquet")
test_mutated_jsonl_bz2 = _property("seed.jsonl.bz2")
test_mutated_jsonl_xz = _property("seed.jsonl.xz")
test_mutated_csv = _property("seed.csv")
test_mutated_nested_json = _property("seed.json")
test_mutated_namuwiki = _property("namuwiki.json")
test_mutated_mediawiki = _property("kowiki.xml")
test_mutated_zip = _property("seed.zip")
