"""CSV/TSV, MediaWiki XML and bz2 multistream dumps read in parts: the records, doc_ids, the
release and the per-file summaries are those of a whole-file read, and several parts were
really read."""

from __future__ import annotations

import io
import json
from pathlib import Path

from curate.readers.delimited import plan_parts
from curate.readers.mediawiki import multistream_cuts
from curate.readers.parts import nominal_ranges
from curate.sample import wiki
from tests.conftest import curate_into
from tests.curate.readers.split_corpus import (
    awkward_csv,
    awkward_tsv,
    multistream_dump,
    stream_offsets,
    wiki_pages,
)
from tests.readers_helpers import context, same_release

SPLIT = 700
OVERRIDES = ["ingest.max_record_bytes=1000", 'ingest.wiki_namespaces=["0","1"]']


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "table.csv").write_bytes(awkward_csv())
    (corpus / "table.tsv").write_bytes(awkward_tsv())
    pages = wiki_pages()
    (corpus / "kowiki.xml").write_bytes(wiki.mediawiki_xml(pages[:12]))
    dump, index = multistream_dump(pages[12:])
    (corpus / "kowiki-pages-articles-multistream.xml.bz2").write_bytes(dump)
    (corpus / "kowiki-pages-articles-multistream-index.txt.bz2").write_bytes(index)
    cut_dump, cut_index = multistream_dump(pages, per_stream=2)
    cut = stream_offsets(cut_index)[-3] + 60  # inside a page stream, two before the last
    (corpus / "cut-pages-articles-multistream.xml.bz2").write_bytes(cut_dump[:cut])
    (corpus / "cut-pages-articles-multistream-index.txt.bz2").write_bytes(cut_index)
    return corpus


def _expected_parts(corpus: Path) -> dict[str, int]:
    def csv_parts(name: str) -> int:
        data = (corpus / name).read_bytes()
        return len(plan_parts(io.BytesIO(data), context(name), len(data), SPLIT))

    def bz2_parts(name: str) -> int:
        data = (corpus / f"{name}-pages-articles-multistream.xml.bz2").read_bytes()
        index = (corpus / f"{name}-pages-articles-multistream-index.txt.bz2").read_bytes()
        offsets = stream_offsets(index)
        return len(multistream_cuts(io.BytesIO(data), offsets, len(data), SPLIT))

    xml = (corpus / "kowiki.xml").stat().st_size
    return {
        "csv": csv_parts("table.csv") + csv_parts("table.tsv"),
        "xml": len(nominal_ranges(xml, SPLIT)),
        "multistream": bz2_parts("kowiki") + bz2_parts("cut"),
    }


def _run(tmp_path: Path, name: str, corpus: Path, split_bytes: int):
    overrides = [f"ingest.split_bytes={split_bytes}", *OVERRIDES]
    result = curate_into([str(corpus / "*")], tmp_path / name, overrides=overrides)
    release = Path(result.release)
    return result, release, json.loads((release / "stats.json").read_text())


def test_csv_xml_and_multistream_parts_give_the_whole_file_release(tmp_path):
    corpus = _corpus(tmp_path)
    _, whole, whole_stats = _run(tmp_path, "whole", corpus, 0)
    result, split, split_stats = _run(tmp_path, "split", corpus, SPLIT)

    read = {
        kind: sum(v for k, v in result.counters.items() if k.endswith(f"_read_{kind}_parts"))
        for kind in ("csv", "xml", "multistream")
    }
    expected = _expected_parts(corpus)
    assert read == expected
    assert all(count >= 6 for count in expected.values())

    rows = same_release(whole, split)
    by_file = {}
    for row in rows:
        by_file.setdefault(Path(row["source"]["uri"]).name, []).append(row)
    assert len(by_file["table.csv"]) == 62 and len(by_file["kowiki.xml"]) == 12
    reasons = {(row["reason"] or "").split(":")[0] for row in by_file["table.csv"]}
    assert "malformed_row" in reasons
    cut = [r["reason"] for r in by_file["cut-pages-articles-multistream.xml.bz2"]]
    (truncated,) = [r for r in cut if r and r.startswith("truncated_stream")]
    assert truncated.startswith("truncated_stream: stream ends mid-record at byte offset")
    assert len(cut) == 2 * 11 + 1  # the pages of the streams before the cut, then the error
    assert whole_stats["input_files"] == split_stats["input_files"]
    assert whole_stats["counts"] == split_stats["counts"]
