"""What the mutation run of ``commit`` and ``parquet_bytes`` (``lineage/release_files.py``)
found no test for (see ``benchmarks/mutation_survivors.md``)."""

import hashlib
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from curate.records import SHARD_SCHEMA
from lineage.card import dataset_card
from lineage.manifest import CARD, CONFIG, MANIFEST, STATS
from lineage.release_files import check_target, commit, parquet_bytes
from tests.lineage.test_commit import SHARD, staged


def test_a_shard_of_no_rows_is_the_file_pyarrow_writes_for_the_empty_table():
    """No rows: the bytes ``pq.write_table`` writes for the empty table (one row group of no
    rows), as for a shard of any size, not a file without row groups."""
    for compression, codec in (("zstd", "zstd"), ("none", None)):
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist([], schema=SHARD_SCHEMA), sink, compression=codec)
        data = parquet_bytes(iter(()), SHARD_SCHEMA, compression)
        assert data == sink.getvalue().to_pybytes()
        read = pq.ParquetFile(pa.BufferReader(data))
        assert (read.metadata.num_row_groups, read.metadata.num_rows) == (1, 0)


def test_the_committed_card_and_manifest_describe_the_runs_stats_and_config(tmp_path):
    """The card (README.md) shows the run's drops (stats.json) and PII policy (config.json);
    the manifest lists stats, config and card with the sha256 and size of the bytes
    written, which is what makes them verifiable."""
    staging, manifest, extra, run_id = staged(tmp_path, "v1", b"A")
    extra = {
        STATS: {**extra[STATS], "by_stage_reason": {"dropped:quality": {"min_words": 3}}},
        CONFIG: {**extra[CONFIG], "pii": {"enabled": True, "policy": "mask", "person": "off"}},
    }
    committed = commit(staging, check_target(str(tmp_path), "v1", False), extra, manifest, run_id)
    folder = tmp_path / "v1"
    card = (folder / CARD).read_text(encoding="utf-8")
    assert card == dataset_card(manifest, extra[STATS], extra[CONFIG])
    assert "| dropped:quality | min_words | 3 |" in card
    assert "Identifiers were replaced (mask) by the PII stage" in card
    written = json.loads((folder / MANIFEST).read_bytes())
    assert (committed.path, written) == (str(folder), committed.manifest)
    assert written["metadata"] == [
        {
            "path": name,
            "sha256": hashlib.sha256((folder / name).read_bytes()).hexdigest(),
            "bytes": (folder / name).stat().st_size,
        }
        for name in (STATS, CONFIG, CARD)
    ]
    assert json.loads((folder / CONFIG).read_bytes()) == extra[CONFIG]


def test_an_overwrite_keeps_the_replaced_release_in_the_output_folder(
    tmp_path, tmp_path_factory, monkeypatch
):
    """The release being replaced is moved aside inside the output folder (a rename on the
    same filesystem), wherever the command runs from: here from a working directory on
    another filesystem where the machine has one (/dev/shm), where a rename to it would fail
    (EXDEV); elsewhere from another folder, which must stay empty."""
    shm = Path("/dev/shm")
    other_device = shm.is_dir() and os.stat(shm).st_dev != os.stat(tmp_path).st_dev
    elsewhere = shm if other_device else tmp_path_factory.mktemp("elsewhere")
    before = sorted(elsewhere.iterdir())
    first = staged(tmp_path, "v1", b"A")
    commit(first[0], check_target(str(tmp_path), "v1", False), first[2], first[1], first[3])
    monkeypatch.chdir(elsewhere)
    staging, manifest, extra, run_id = staged(tmp_path, "v1", b"B")
    committed = commit(staging, check_target(str(tmp_path), "v1", True), extra, manifest, run_id)
    assert (tmp_path / "v1" / SHARD).read_bytes() == b"B"
    assert committed.manifest["run"]["run_id"] == run_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1"]
    assert sorted(elsewhere.iterdir()) == before
