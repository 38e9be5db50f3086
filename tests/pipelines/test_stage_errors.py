"""An unexpected exception on one record settles that record as an error of the stage it hit
(stage, exception type, no values) instead of failing the bundle, which Dataflow would retry
and then fail the whole job on; every other record, batched with it or not, comes out exactly
as it would alone."""

import json
import re
import tempfile

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.testing.util import assert_that

from curate.records import make_source, new_record
from curate.settings import TakedownSettings
from lineage.takedown import append_takedown, takedown_selector
from pipelines.copyright import CopyrightPolicy
from pipelines.near_dedup import RECORDS, NearDedup
from pipelines.normalize import Normalize
from pipelines.options import pipeline_options
from pipelines.pii import PiiScrub
from pipelines.quality import Quality
from pipelines.stages import STAGE_EXCEPTION, per_batch, per_batch_in_order, per_record
from pipelines.takedown import ApplyTakedowns
from tests.conftest import DOC, curate_into, jsonl_line, real_texts, settings
from tests.quality_helpers import korean_prose

SECRET = "010-2938-4756"


def record(text, name: str) -> dict:
    return new_record(f"test-{name}", make_source("mem://x", f"line:{name}", "test"), "") | {
        "text": text
    }


def _explode_on_secret(record: dict) -> dict:
    if SECRET in record["text"]:
        raise ValueError(f"cannot handle {record['text']}")
    return {**record, "text": record["text"].upper()}


def test_per_record_turns_an_exception_into_that_records_error_without_its_values():
    guarded = per_record(_explode_on_secret, "mystage")
    assert guarded(record("abc", "a"))["text"] == "ABC"
    out = guarded(record(f"call {SECRET}", "b"))
    assert out["status"] == "error" and out["stage"] == "mystage"
    assert out["reason"] == f"{STAGE_EXCEPTION}: ValueError"
    assert out["text"] is None and out["doc_id"] == "test-b"
    assert SECRET not in json.dumps(out, ensure_ascii=False)


def test_per_batch_runs_a_failing_batch_one_by_one_and_isolates_the_bad_record():
    calls = []

    def run(batch):
        calls.append(len(batch))
        return [_explode_on_secret(r) for r in batch]

    batch = [record("a", "1"), record(SECRET, "2"), record("c", "3")]
    out = per_batch(batch, run, "mystage")
    assert calls == [3, 1, 1, 1]
    assert [(r["doc_id"], r["status"], r["text"]) for r in out] == [
        ("test-1", None, "A"),
        ("test-2", "error", None),
        ("test-3", None, "C"),
    ]
    calls.clear()
    assert [r["text"] for r in per_batch([record("x", "4")], run, "s")] == ["X"]
    assert calls == [1]


def test_per_batch_in_order_streams_and_reruns_alone_only_from_the_failure():
    seen = []

    def run(batch):
        for r in batch:
            seen.append(r["doc_id"])
            yield _explode_on_secret(r)

    batch = [record("a", "1"), record("b", "2"), record(SECRET, "3"), record("d", "4")]
    out = per_batch_in_order(batch, run, "mystage")
    assert next(out)["text"] == "A" and seen == ["test-1"]
    rest = list(out)
    assert seen == ["test-1", "test-2", "test-3", "test-3", "test-4"]
    assert [(r["doc_id"], r["status"], r["text"]) for r in rest] == [
        ("test-2", None, "B"),
        ("test-3", "error", None),
        ("test-4", None, "D"),
    ]
    assert rest[1]["reason"] == f"{STAGE_EXCEPTION}: ValueError"


def _takedown_log() -> str:
    folder = tempfile.mkdtemp(prefix="takedowns-")
    log = f"{folder}/takedowns.jsonl"
    selector = takedown_selector("domain", "spam.example.kr")
    append_takedown(log, selector, reason="court order", requester="legal")
    return log


def _stage_transforms():
    run = settings("quality.batch_size=4", "near_dedup.batch_size=4")
    return {
        "takedown": lambda: ApplyTakedowns(TakedownSettings(log=_takedown_log())),
        "normalize": lambda: Normalize(run.normalize),
        "copyright": lambda: CopyrightPolicy(run.copyright),
        "quality": lambda: Quality(run.quality, run.langid),
        "near_dedup": lambda: NearDedup(run.near_dedup),
        "pii": lambda: PiiScrub(run.pii),
    }


_COLLECTED: list[dict] = []


def _collect(outputs) -> None:
    """A module-level matcher: Beam pickles it by reference, so the outputs land here."""
    _COLLECTED.extend(outputs)


def _through(transform, records: list[dict]) -> list[dict]:
    _COLLECTED.clear()
    with beam.Pipeline(options=pipeline_options([])) as pipeline:
        out = pipeline | beam.Create(records, reshuffle=False) | transform
        assert_that(out[RECORDS] if isinstance(out, dict) else out, _collect)
    assert _COLLECTED, "the stage produced nothing"
    return sorted(_COLLECTED, key=lambda r: r["doc_id"])


def _comparable(record: dict) -> dict:
    """What a stage decided, without the run-specific cluster id a batch-mate could change."""
    dedup = {k: v for k, v in (record.get("dedup") or {}).items() if k != "near_cluster_id"}
    return {**record, "dedup": dedup}


@pytest.mark.parametrize("stage", sorted(_stage_transforms()))
def test_each_stage_settles_a_record_that_raises_and_passes_the_others_through(stage):
    texts = [korean_prose()["kolaw"], korean_prose()["kobill"], *real_texts(2)]
    good = [record(text, f"good{i}") for i, text in enumerate(texts)]
    for r in good:
        r["text_sha1"] = f"sha-{r['doc_id']}"
    bad = record(12345, "bad") | {"text_sha1": "sha-bad"}
    bad["source"] = {**bad["source"], "url": 12345}
    make = _stage_transforms()[stage]
    together = _through(make(), [*good[:2], bad, *good[2:]])
    alone = _through(make(), good)

    errors = [r for r in together if r["status"] == "error"]
    assert [r["doc_id"] for r in errors] == ["test-bad"]
    assert errors[0]["stage"] == stage
    assert re.fullmatch(f"{STAGE_EXCEPTION}: (TypeError|AttributeError)", errors[0]["reason"])
    assert errors[0]["text"] is None
    assert [_comparable(r) for r in together if r["doc_id"] != "test-bad"] == [
        _comparable(r) for r in alone
    ]


def _raise_on_third(record: dict) -> dict:
    if "세 번째" in record["text"]:
        raise RuntimeError(record["text"])
    return record


def test_a_run_with_a_stage_failing_on_one_record_completes_and_accounts_for_it(tmp_path):
    texts = ["첫 번째", "두 번째", "세 번째", "네 번째"]
    lines = [
        jsonl_line({"id": f"r{n}", "text": f"{DOC} {t} 문단 {n * 7919}."})
        for n, t in enumerate(texts)
    ]
    (tmp_path / "in.jsonl").write_bytes(b"".join(lines))
    failing = beam.Map(per_record(_raise_on_third, "site_filter"))
    result = curate_into(
        [str(tmp_path / "in.jsonl")],
        tmp_path / "out",
        overrides=["near_dedup.enabled=false"],
        extra_stages=[("SiteFilter", failing)],
    )
    prov = pq.read_table(f"{result.release}/provenance").to_pylist()
    assert {r["source"]["record_id"]: (r["status"], r["stage"], r["reason"]) for r in prov} == {
        "r0": ("kept", None, None),
        "r1": ("kept", None, None),
        "r2": ("error", "site_filter", f"{STAGE_EXCEPTION}: RuntimeError"),
        "r3": ("kept", None, None),
    }
    assert pq.read_table(f"{result.release}/data").num_rows == 3
    assert result.counters["curate.errors/site_filter.RuntimeError"] == 1
    assert "세 번째" not in json.dumps(prov, ensure_ascii=False, default=str)
