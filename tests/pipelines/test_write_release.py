from hypothesis import given
from hypothesis import strategies as st

from pipelines.write_release import bucket_count, bucket_of, even_chunks, file_layout


@given(st.dictionaries(st.integers(0, 50), st.integers(1, 500), min_size=1), st.integers(1, 120))
def test_layout_gives_contiguous_files_within_the_row_limit(sizes, per_file):
    layout = file_layout(list(sizes.items()), per_file)
    total = next(iter(layout.values()))[2]
    seen = []
    for bucket, (first, files, n) in layout.items():
        assert n == total
        chunks = even_chunks(list(range(sizes[bucket])), files)
        assert all(0 < len(chunk) <= per_file for chunk in chunks)
        seen.extend(range(first, first + files))
    assert sorted(seen) == list(range(total))


def test_bucket_count_leaves_slack_for_large_shards():
    assert bucket_count(100_000, 50_000) == 3
    assert bucket_count(0, 10) == 1
    assert bucket_count(10, 1) == 10


def test_bucket_of_is_pinned_across_processes_and_versions():
    """Shard layout must not depend on Python's per-process hash seed or on the release of the
    code: two runs a year apart lay the same documents out the same way."""
    assert [bucket_of("corpus-abc", 7), bucket_of("corpus-abc", 1000)] == [0, 77]
    assert [bucket_of("d0", 4), bucket_of("d1", 4)] == [3, 3]
    assert {bucket_of(f"d{i}", 4) for i in range(100)} == {0, 1, 2, 3}


def _settled(status: str, text: str) -> dict:
    from curate.records import decision, make_source, new_record, with_decisions

    record = new_record("d1", make_source("mem://x", "line:1", "set"), text)
    passed = status == "kept"
    out = with_decisions(record, [decision("quality", "min_words", 3, 50, passed)])
    if passed:
        out = {**out, "status": "kept"}
    return out


def test_what_a_settled_record_leaves_for_the_release_carries_no_dropped_text():
    """Where every outcome meets (a buffer the embedded runner holds whole), a dropped record
    is its keys and its provenance row, no text; a kept one adds its shard row, exactly what
    the release writes (signatures reach the release from near dedup, not from here)."""
    from curate.records import provenance_row, shard_row
    from pipelines.packing import unpack
    from pipelines.write_release import Settle

    run = {"run_id": "r1"}
    text = "가나다라마바사 아자차카타파하. " * 20
    dropped = _settled("dropped", text)
    (out,) = Settle(run).process(dropped)
    assert out["kept"] is False and out["row"] is None
    assert out["key"] == ("dropped", "quality", "min_words", "set")
    assert unpack(out["provenance"]) == provenance_row(dropped, run)
    assert "가나다" not in repr({k: v for k, v in out.items() if k != "provenance"})
    assert "가나다" not in repr(unpack(out["provenance"]))
    kept = _settled("kept", text)
    (out,) = Settle(run).process(kept)
    assert out["kept"] is True and "signature" not in out
    assert unpack(out["row"]) == shard_row(kept)
    assert unpack(out["provenance"]) == provenance_row(kept, run)
