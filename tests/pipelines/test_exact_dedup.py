"""Exact dedup on its own: texts with one normalized-text hash form a group, the smallest doc id
is its representative, and every member learns the group's hash, size and representative."""

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from pipelines.exact_dedup import ExactDedup
from pipelines.options import pipeline_options


def _record(doc_id: str, text_sha1: str) -> dict:
    return {
        "doc_id": doc_id,
        "text_sha1": text_sha1,
        "decisions": [],
        "status": None,
        "stage": None,
        "reason": None,
    }


def _verdict(record: dict) -> tuple:
    (rule,) = record["decisions"]
    return (
        record["doc_id"],
        record["status"],
        record["dedup"],
        (rule["stage"], rule["rule"], rule["value"], rule["threshold"], rule["passed"]),
    )


def test_the_smallest_doc_id_of_a_hash_is_kept_and_the_others_point_to_it():
    records = [_record("d3", "h1"), _record("d1", "h1"), _record("d2", "h1"), _record("d9", "h2")]
    with beam.Pipeline(options=pipeline_options([])) as p:
        out = p | beam.Create(records) | ExactDedup() | beam.Map(_verdict)
        group = {"exact_group": "h1", "exact_group_size": 3}
        assert_that(
            out,
            equal_to(
                [
                    (
                        "d1",
                        None,
                        {**group, "duplicate_of": None},
                        ("exact_dedup", "exact_duplicate", 3.0, 1.0, True),
                    ),
                    (
                        "d2",
                        "dropped",
                        {**group, "duplicate_of": "d1"},
                        ("exact_dedup", "exact_duplicate", 3.0, 1.0, False),
                    ),
                    (
                        "d3",
                        "dropped",
                        {**group, "duplicate_of": "d1"},
                        ("exact_dedup", "exact_duplicate", 3.0, 1.0, False),
                    ),
                    (
                        "d9",
                        None,
                        {"exact_group": "h2", "exact_group_size": 1, "duplicate_of": None},
                        ("exact_dedup", "exact_duplicate", 1.0, 1.0, True),
                    ),
                ]
            ),
        )
