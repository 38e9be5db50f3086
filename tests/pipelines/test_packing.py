"""Records cross the record-carrying shuffles packed: unpacking gives back every field with
its type, and the packed form is smaller than what the shuffle held before."""

import sys
import threading

from apache_beam.coders import FastPrimitivesCoder

from curate.records import decision, make_source, new_record, with_decisions
from filters.analysis import analyze
from pipelines.packing import pack, unpack
from tests.conftest import real_texts


def record() -> dict:
    text = real_texts(1)[0]
    base = new_record(
        "d-1", make_source("/in/a.jsonl", "line:7", "web", url="https://x.kr/1"), text
    )
    out = with_decisions(
        base,
        [decision("normalize", "min_chars", len(text), 1, True)],
        text_sha1="ab" * 20,
        dedup={"exact_group": "cd" * 20, "exact_group_size": 1, "duplicate_of": None},
        edits=[{"stage": "quality", "rule": "boilerplate_line", "line": 3, "chars": 12}],
        minhash=bytes(range(256)) * 2,
        quality_score=0.75,
        span=(1, 2),
    )
    out["analysis"] = analyze([text])[0].to_record(text)
    return out


def test_unpack_gives_back_every_field_and_type():
    original = record()
    back = unpack(pack(original))
    assert back == original
    assert type(back["span"]) is tuple and type(back["decisions"]) is list
    assert type(back["minhash"]) is bytes and back["dedup"]["duplicate_of"] is None


def test_packed_record_is_smaller_than_the_encoded_and_the_live_one():
    original = record()
    packed = pack(original)
    assert len(packed) < len(FastPrimitivesCoder().encode(original))
    assert len(packed) < live_size(original) / 2  # what the embedded runner held per record


def live_size(value) -> int:
    """Bytes of a value and everything it holds, as Python objects."""
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(live_size(k) + live_size(v) for k, v in value.items())
    elif isinstance(value, list | tuple):
        size += sum(live_size(v) for v in value)
    return size


def test_threads_pack_and_unpack_at_once():
    original, errors = record(), []

    def work() -> None:
        try:
            for _ in range(50):
                assert unpack(pack(original)) == original
        except Exception as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
