"""Large files read in parts: the release, its doc_ids and the per-file summaries are the same
as when every file is read whole."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pyarrow as pa
import pytest

from curate.readers.parts import count_lines, nominal_ranges, part_bounds
from pipelines.ingest import merged_summary
from tests.conftest import DOC, curate_into
from tests.readers_helpers import parquet, same_release


def awkward_jsonl(lines: int = 60) -> bytes:
    """Every line ending the reader knows, blank lines, bad JSON, an oversize line and a last
    line without an ending: the places where a part boundary could go wrong."""
    out = []
    for i in range(lines):
        obj = json.dumps({"id": str(i), "text": f"{DOC} {i}번"}, ensure_ascii=False).encode()
        ending = (b"\n", b"\r\n", b"\r")[i % 3]
        out.append(obj + ending)
        if i % 7 == 0:
            out.append(b"\n")
        if i == 20:
            out.append(b"{not json\n")
        if i == 30:
            out.append(json.dumps({"text": "가" * 400}, ensure_ascii=False).encode() + b"\n")
    out.append(json.dumps({"text": f"{DOC} 마지막"}, ensure_ascii=False).encode())
    return b"".join(out)


def test_parts_tile_the_file_and_their_line_counts_add_up():
    data = awkward_jsonl()
    raw = io.BytesIO(data)
    bounds = [part_bounds(raw, s, e) for s, e in nominal_ranges(len(data), 97)]
    assert bounds[0][0] == 0 and bounds[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    whole = count_lines(raw, 0, len(data), 1 << 20)
    assert sum(count_lines(raw, s, e, 1 << 20) for s, e in bounds) == whole


def _release(tmp_path: Path, name: str, split_bytes: int, corpus: Path):
    result = curate_into(
        [str(corpus / "*")],
        tmp_path / name,
        overrides=[f"ingest.split_bytes={split_bytes}", "ingest.max_record_bytes=1000"],
    )
    release = Path(result.release)
    stats = json.loads((release / "stats.json").read_text())
    return result, release, stats


@pytest.mark.parametrize("split_bytes", [97, 1000])
def test_split_and_whole_reads_give_the_same_release(tmp_path, split_bytes):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "big.jsonl").write_bytes(awkward_jsonl())
    (corpus / "small.jsonl").write_bytes(b'{"text": "' + DOC.encode() + b'"}\n')
    (corpus / "packed.jsonl.gz").write_bytes(gzip.compress(awkward_jsonl(5)))
    texts = [f"{DOC} 행 {i}" if i % 6 else None for i in range(17)]
    (corpus / "rows.parquet").write_bytes(parquet(pa.table({"text": texts}), row_group_size=5))
    with zipfile.ZipFile(corpus / "set.zip", "w") as archive:
        archive.writestr("a/one.jsonl", awkward_jsonl(8))
        archive.writestr("b/table.csv", f'text,id\n"{DOC}\n둘째 줄",1\n'.encode())
        archive.writestr("c/nested.json", json.dumps([{"text": DOC}, {"text": 2}]).encode())
    _, whole, whole_stats = _release(tmp_path, "whole", 0, corpus)
    result, split, split_stats = _release(tmp_path, "split", split_bytes, corpus)
    parts = sum(v for k, v in result.counters.items() if "parts_read_by_worker_pid" in k)
    sizes = [path.stat().st_size for path in corpus.glob("*.jsonl")]
    ranges = sum(len(nominal_ranges(size, split_bytes)) for size in sizes if size > split_bytes)
    assert parts == ranges + 4 + 3  # and the Parquet file's row groups, the zip's members
    rows = same_release(whole, split)
    assert any(r["reason"] and r["reason"].startswith("malformed_json") for r in rows)
    assert any(r["reason"] and r["reason"].startswith("oversize") for r in rows)
    assert whole_stats["input_files"] == split_stats["input_files"]
    assert whole_stats["counts"] == split_stats["counts"]


def test_part_summaries_merge_into_the_file_summary():
    def part(records: int, cut: str | None) -> dict:
        return {
            "path": "/c/a.jsonl",
            "records": records,
            "read": "cut_short" if cut else "to_end",
            "damaged_regions": 1,
            "stopped_at": cut,
            "reason": "x" if cut else None,
            "bytes_left": None,
        }

    _, merged = merged_summary(
        ("/c/a.jsonl", [(2, part(3, "line:9")), (0, part(4, None)), (1, part(5, "line:5"))])
    )
    assert merged == {**part(12, "line:5"), "damaged_regions": 3}
