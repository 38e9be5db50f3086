"""The streaming join gives what CoGroupByKey gives, and a key's values are never listed:
a boilerplate text repeated 100,000 times passes exact dedup's join in constant memory."""

import tracemalloc

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.exact_dedup import mark_duplicates
from pipelines.join import StreamingJoin, TaggedValues
from pipelines.options import pipeline_options
from pipelines.packing import pack


def _summary(element):
    key, grouped = element
    yield key, sorted(grouped["left"]), sorted(grouped["right"])


@settings(max_examples=5, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("abcd"), st.integers(0, 9)), max_size=20),
    st.lists(st.tuples(st.sampled_from("bcde"), st.integers(0, 9)), max_size=20),
)
def test_streaming_join_gives_what_cogroupbykey_gives(left, right):
    with beam.Pipeline(options=pipeline_options([])) as p:
        inputs = {
            "left": p | "L" >> beam.Create(left),
            "right": p | "R" >> beam.Create(right),
        }
        ours = inputs | "Ours" >> StreamingJoin(_summary)
        theirs = inputs | beam.CoGroupByKey() | beam.FlatMap(_summary)
        expected = sorted(
            (key, sorted(v for k, v in left if k == key), sorted(v for k, v in right if k == key))
            for key in {k for k, _ in left + right}
        )
        assert_that(ours, equal_to(expected), label="OursMatch")
        assert_that(theirs, equal_to(expected), label="TheirsMatch")


def test_tagged_values_need_grouped_values_they_can_read_again():
    pairs = [(0, "x"), (1, "y"), (0, "z")]
    grouped = TaggedValues(pairs, ("a", "b"))
    assert list(grouped["a"]) == ["x", "z"] and list(grouped["a"]) == ["x", "z"]
    assert list(grouped["b"]) == ["y"] and dict.fromkeys(grouped) == {"a": None, "b": None}
    with pytest.raises(KeyError):
        grouped["c"]
    with pytest.raises(TypeError, match="more than once"):
        TaggedValues(iter(pairs), ("a", "b"))


class _Repeats:
    """Grouped values of one text hash repeated ``size`` times, made afresh on every pass
    the way a distributed runner pages them from its shuffle."""

    def __init__(self, size: int):
        self.size = size

    def __iter__(self):
        yield 1, ("doc-00000000", self.size)
        for i in range(self.size):
            record = {"doc_id": f"doc-{i:08d}", "text": "쿠키 정책에 동의합니다. " * 20}
            yield 0, pack({**record, "decisions": [], "status": None})


def test_a_text_repeated_100000_times_costs_no_list_of_its_records():
    grouped = TaggedValues(_Repeats(100_000), ("records", "group"))
    tracemalloc.start()
    try:
        kept = dropped = 0
        for record in mark_duplicates(("hash", grouped)):
            kept += record["dedup"]["duplicate_of"] is None
            dropped += record["dedup"]["duplicate_of"] is not None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (kept, dropped) == (1, 99_999)
    assert peak < 1024 * 1024  # the records as a list would take hundreds of megabytes


def _labelled(element, prefix, *, suffix):
    key, grouped = element
    yield f"{prefix}{key}:{','.join(sorted(grouped['left']))}{suffix}"


def test_streaming_join_passes_the_consumers_extra_arguments():
    """Positional and keyword arguments given to the transform reach every call of the
    consumer, as they would with FlatMap."""
    with beam.Pipeline(options=pipeline_options([])) as p:
        inputs = {
            "left": p | "L" >> beam.Create([("k", "b"), ("k", "a"), ("j", "c")]),
            "right": p | "R" >> beam.Create([("k", 1)]),
        }
        out = inputs | StreamingJoin(_labelled, "<", suffix=">")
        assert_that(out, equal_to(["<k:a,b>", "<j:c>"]))


def test_a_missing_input_name_is_reported_by_name():
    grouped = TaggedValues([(0, "x")], ("records",))
    with pytest.raises(KeyError) as raised:
        grouped["record"]
    assert raised.value.args == ("record",)
    assert "record" not in grouped and "records" in grouped and len(grouped) == 1
    with pytest.raises(TypeError, match="^TaggedValues reads the grouped values more than once$"):
        TaggedValues(iter([(0, "x")]), ("records",))
