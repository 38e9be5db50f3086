"""Settings the near-dup stage hands on inside a pipeline run: the threshold its decisions
record (verification's, or the banding's when verification is off) and the components'
fix-up bound, on graphs built from signatures that agree in chosen bands only."""

from __future__ import annotations

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to

from curate.records import Record
from filters.lsh import Banding
from pipelines.near_dedup import PRIOR, RECORDS, NearDedup, node
from pipelines.options import pipeline_options
from pipelines.packing import pack
from tests.near_dedup_helpers import (
    band_positions,
    default_near_dedup,
    default_params,
    record,
    sign,
)

TEXTS = [
    "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다.",
    "모든 국민은 인간으로서의 존엄과 가치를 가지며, 행복을 추구할 권리를 가진다.",
]


def decision_of(rec: Record) -> tuple[str, str | None, float | None, bool]:
    (last,) = [d for d in rec["decisions"] if d["stage"] == "near_dedup"]
    return rec["doc_id"], rec["reason"], last["threshold"], last["passed"]


def test_decisions_record_the_threshold_that_applied():
    """Two copies of one text and a text of its own, through the stage twice in one
    pipeline: with verification the threshold recorded is ``verify_threshold``, without it
    the banding's own (the Jaccard where its S-curve crosses one half)."""
    verified = default_near_dedup("verify_threshold=0.65")
    banded = default_near_dedup("verify_threshold=0")
    banding_threshold = Banding(banded.bands, banded.rows).threshold
    assert banding_threshold not in (0.0, 0.65)
    records = [record("a", TEXTS[0]), record("b", TEXTS[0]), record("c", TEXTS[1])]
    with beam.Pipeline(options=pipeline_options([])) as p:
        docs = p | beam.Create(records)
        for label, near, threshold in (
            ("Verified", verified, 0.65),
            ("Banded", banded, banding_threshold),
        ):
            out = docs | label >> NearDedup(near)
            assert_that(
                out[RECORDS] | f"{label}Decisions" >> beam.Map(decision_of),
                equal_to(
                    [
                        ("a", None, threshold, True),
                        ("b", "near_duplicate", threshold, False),
                        ("c", None, threshold, True),
                    ]
                ),
                label=f"Check{label}",
            )


def chain() -> tuple[list[Record], list[tuple[str, np.ndarray]]]:
    """Prior 0:a — prior 0:b — new 1:c, linked a-b in band 0 and b-c in band 1 only: the
    middle node is not the smallest, so with no propagation round one label pair is left
    for the fix-up."""
    params = default_params()
    banding = Banding(default_near_dedup().bands, default_near_dedup().rows)
    (c,) = sign([TEXTS[0]], params)
    rng = np.random.default_rng(7)
    a = rng.integers(0, 1 << 32, c.shape, dtype=np.uint64).astype(np.uint32)
    b = rng.integers(0, 1 << 32, c.shape, dtype=np.uint64).astype(np.uint32)
    b[list(band_positions(banding, 0))] = a[list(band_positions(banding, 0))]
    b[list(band_positions(banding, 1))] = c[list(band_positions(banding, 1))]
    return [record("c", TEXTS[0])], [("a", a), ("b", b)]


def run_chain(*overrides: str) -> None:
    records, prior = chain()
    near = default_near_dedup("verify_threshold=0", "cc_rounds=0", *overrides)
    with beam.Pipeline(options=pipeline_options([])) as p:
        entries = [
            (node(PRIOR, doc_id), pack(sig.astype("<u4").tobytes())) for doc_id, sig in prior
        ]
        prior_nodes = p | "Prior" >> beam.Create(entries)
        out = p | "Records" >> beam.Create(records) | NearDedup(near, prior_nodes)
        assert_that(
            out[RECORDS]
            | beam.Map(lambda r: (r["doc_id"], r["reason"], r["dedup"]["duplicate_of"])),
            equal_to([("c", "near_duplicate_of_release", "a")]),
        )


def test_the_fix_up_joins_a_chain_within_its_bound():
    run_chain("max_fixup_edges=1")


def test_the_fix_up_bound_is_the_setting():
    with pytest.raises(Exception, match=r"bound 0\); raise near_dedup.cc_rounds"):
        run_chain("max_fixup_edges=0")
