"""Every core inside a stage: ``runtime.threads`` resolves per runner, and a run releases the
same bytes with one Kiwi thread or several, with its records waiting in memory or on disk."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from curate.sample.generate import generate_corpus
from pipelines.curation import run_curation
from pipelines.parallel import resolve_threads
from tests.conftest import settings


def test_auto_is_every_core_on_the_embedded_runner_and_one_elsewhere():
    cores = len(__import__("os").sched_getaffinity(0))
    assert resolve_threads("auto", "FnApiRunner") == cores
    assert resolve_threads("auto", "DataflowRunner") == 1
    assert resolve_threads("auto", "FlinkRunner") == 1
    assert resolve_threads(3, "DataflowRunner") == 3
    assert resolve_threads(1, "FnApiRunner") == 1


def release_files(release: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(release)): path.read_bytes()
        for kind in ("data", "minhash")
        for path in sorted((release / kind).glob("*.parquet"))
    }


def test_release_is_byte_identical_whatever_the_thread_count_and_spill(tmp_path):
    """The default pipeline (every stage on) over the messy sample corpus, in small batches
    so that many are in flight at once, one thread with records in memory against three with
    records spilled: shards and signatures byte for byte, provenance row for row (only
    ``run`` differs: its id, time and config hash)."""
    generate_corpus(tmp_path / "in", seed=0)
    releases = {}
    for threads in (1, 3):
        spill = "off" if threads == 1 else "auto"
        overrides = [f"runtime.threads={threads}", f"runtime.spill={spill}", "quality.batch_size=4"]
        result = run_curation(
            inputs=[str(tmp_path / "in" / "**")],
            output=str(tmp_path / f"out{threads}"),
            version_name="v1",
            settings=settings(*overrides),
        )
        releases[threads] = Path(result.release)
    one, many = (releases[t] for t in (1, 3))
    assert release_files(one) and release_files(one) == release_files(many)
    rows = [pq.read_table(r / "provenance").drop_columns(["run"]).to_pylist() for r in (one, many)]
    assert rows[0] == rows[1]
    assert {r["stage"] for r in rows[0]} >= {"quality", "exact_dedup"}


@pytest.mark.parametrize("threads", [1, 2])
def test_a_failing_batch_settles_only_its_failing_record(threads):
    """A batch that raises is redone one record at a time, whatever Kiwi's thread count: the
    record that fails alone becomes an error, the others are assessed."""
    import apache_beam as beam
    from apache_beam.testing.util import assert_that

    from curate.records import make_source, new_record
    from pipelines.options import pipeline_options
    from pipelines.quality import Quality
    from tests.quality_helpers import korean_prose

    prose = list(korean_prose().values())
    records = [
        new_record(f"d{i}", make_source("mem://x", f"line:{i}", "t"), prose[i % len(prose)])
        for i in range(5)
    ]
    records[2] = {**records[2], "text": None}  # assess() raises on it
    quality = settings()
    with beam.Pipeline(options=pipeline_options([])) as pipeline:
        out = (
            pipeline
            | beam.Create(records)
            | Quality(quality.quality, quality.langid, threads)
            | beam.Map(lambda r: (r["doc_id"], r["status"], r["stage"]))
        )

        def check(found):
            by_id = {doc_id: (status, stage) for doc_id, status, stage in found}
            assert by_id["d2"] == ("error", "quality")
            assert all(by_id[f"d{i}"][0] != "error" for i in (0, 1, 3, 4))

        assert_that(out, check)
