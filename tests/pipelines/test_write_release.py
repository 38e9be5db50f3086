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
