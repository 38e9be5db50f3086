"""Case files: one flat CSV row per document and release, or the full JSON records."""

import csv
import datetime as dt
import hashlib
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.records import PROVENANCE_SCHEMA
from lineage.casefile import CSV_COLUMNS, case_file, flat_row, pii_text, rule_text, write_case_file
from lineage.errors import LineageError
from lineage.index import open_releases
from lineage.keys import make_selector

DECISIONS = [
    {"stage": "quality", "rule": "hangul_ratio", "value": 0.25, "threshold": 0.5, "passed": False},
    {"stage": "quality", "rule": "mean_word_length", "value": 3.0, "threshold": None,
     "passed": True},
    {"stage": "langid", "rule": "is_korean", "value": None, "threshold": None, "passed": True},
]  # fmt: skip


def provenance_row(doc_id: str, **fields) -> dict:
    row = {
        "doc_id": doc_id,
        "content_sha256": "c" * 64,
        "text_sha1": "t" * 40,
        "shard_text_sha1": None,
        "source": None,
        "status": "kept",
        "stage": None,
        "reason": None,
        "decisions": [],
        "edits": [],
        "dedup": None,
        "lang": None,
        "lang_score": None,
        "quality_score": None,
        "char_count": 10,
        "token_count": 3,
        "pii": None,
        "copyright": None,
        "contamination": [],
        "release": None,
        "run": None,
    }
    return {**row, **fields}


DROPPED = provenance_row(
    "web-2",
    shard_text_sha1="s" * 40,
    source={
        "uri": "s3://bucket/crawl.warc.gz", "locator": "offset=10", "record_id": "rec-9",
        "dataset": "web", "url": "https://news.example.kr/a", "domain": "news.example.kr",
        "crawl_date": "2024-05-01", "license": "cc-by", "encoding": "utf-8",
    },
    status="dropped",
    stage="quality",
    reason="hangul_ratio",
    decisions=DECISIONS,
    dedup={
        "exact_group": "g1", "exact_group_size": 2, "near_cluster_id": "n1",
        "near_cluster_size": 3, "duplicate_of": "web-1",
    },
    lang="ko",
    quality_score=0.125,
    pii={"spans": [], "counts": [{"type": "email", "count": 2}, {"type": "phone", "count": 1}]},
    copyright={"license_decision": "allowed", "notices_removed": 0, "optout_rule": None},
    release={"version": "v1", "shard": "data/part-0.parquet", "row_index": 4},
)  # fmt: skip
KEPT = provenance_row(
    "web-1",
    source={"url": "https://news.example.kr/b", "domain": "sub.news.example.kr", "dataset": "web"},
    decisions=DECISIONS[1:],
    release={"version": "v1", "shard": "data/part-0.parquet", "row_index": 0},
)
OTHER = provenance_row("wiki-1", source={"domain": "ko.wikipedia.org", "dataset": "wiki"})


def write_release(folder, rows, extra=None) -> str:
    """A release holding only a provenance file (what the lineage commands read)."""
    (folder / "provenance").mkdir(parents=True)
    path = folder / "provenance" / "part-0.parquet"
    table = pa.Table.from_pylist(rows, schema=PROVENANCE_SCHEMA)
    for name, column in (extra or {}).items():
        table = table.append_column(name, column)
    pq.write_table(table, path)
    entry = {"path": "provenance/part-0.parquet", "rows": len(rows)}
    entry["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest = {"version": folder.name, "created_at": "2024-06-01T00:00:00+00:00"}
    (folder / "manifest.json").write_text(json.dumps({**manifest, "provenance": [entry]}))
    return str(folder)


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    folder = tmp_path_factory.mktemp("releases") / "v1"
    write_release(folder, [DROPPED, KEPT, OTHER])
    return folder


@pytest.fixture
def index(release):
    with open_releases([str(release)]) as opened:
        yield opened


def test_a_decision_reads_stage_rule_value_threshold_and_verdict():
    assert rule_text(DECISIONS[0]) == "quality/hangul_ratio 0.25 vs 0.5: FAIL"
    assert rule_text(DECISIONS[1]) == "quality/mean_word_length 3: pass"
    assert rule_text(DECISIONS[2]) == "langid/is_korean: pass"
    assert rule_text({**DECISIONS[2], "threshold": 2e-06}) == "langid/is_korean vs 2e-06: pass"


def test_pii_counts_read_type_equals_count():
    assert pii_text(DROPPED["pii"]) == "email=2; phone=1"
    assert pii_text(None) == ""
    assert pii_text({"spans": [], "counts": None}) == ""
    assert pii_text({"spans": [], "counts": []}) == ""
    assert pii_text({"spans": []}) == ""


def test_a_flat_row_has_every_column_of_a_full_record():
    flat = flat_row({**DROPPED, "release_version": "v1"})
    assert list(flat) == list(CSV_COLUMNS)
    assert flat == {
        "release_version": "v1",
        "doc_id": "web-2",
        "status": "dropped",
        "stage": "quality",
        "reason": "hangul_ratio",
        "url": "https://news.example.kr/a",
        "domain": "news.example.kr",
        "dataset": "web",
        "uri": "s3://bucket/crawl.warc.gz",
        "locator": "offset=10",
        "record_id": "rec-9",
        "crawl_date": "2024-05-01",
        "license": "cc-by",
        "license_decision": "allowed",
        "content_sha256": "c" * 64,
        "text_sha1": "t" * 40,
        "shard_text_sha1": "s" * 40,
        "exact_group": "g1",
        "exact_group_size": 2,
        "near_cluster_id": "n1",
        "near_cluster_size": 3,
        "duplicate_of": "web-1",
        "quality_score": 0.125,
        "lang": "ko",
        "pii_counts": "email=2; phone=1",
        "shard": "data/part-0.parquet",
        "row_index": 4,
        "failed_rules": "quality/hangul_ratio 0.25 vs 0.5: FAIL",
        "decisions": "quality/hangul_ratio 0.25 vs 0.5: FAIL; "
        "quality/mean_word_length 3: pass; langid/is_korean: pass",
    }


def test_every_failed_rule_is_listed_in_order():
    failed = [{**DECISIONS[0], "rule": "a"}, DECISIONS[1], {**DECISIONS[0], "rule": "b"}]
    flat = flat_row({**DROPPED, "release_version": "v1", "decisions": failed})
    assert flat["failed_rules"] == "quality/a 0.25 vs 0.5: FAIL; quality/b 0.25 vs 0.5: FAIL"


def test_a_record_without_nested_parts_flattens_to_empty_cells():
    bare = {
        "release_version": "v0",
        "doc_id": "old-1",
        "status": "error",
        "stage": "read",
        "reason": "decode",
        "content_sha256": "c",
        "text_sha1": "t",
    }
    flat = flat_row(bare)
    assert list(flat) == list(CSV_COLUMNS)
    filled = {"release_version", "doc_id", "status", "stage", "reason", "content_sha256",
              "text_sha1", "pii_counts", "failed_rules", "decisions"}  # fmt: skip
    assert {k: v for k, v in flat.items() if k not in filled} == dict.fromkeys(
        set(CSV_COLUMNS) - filled
    )
    assert (flat["pii_counts"], flat["failed_rules"], flat["decisions"]) == ("", "", "")
    nulls = {**bare, "source": None, "dedup": None, "release": None, "copyright": None,
             "decisions": None, "pii": None}  # fmt: skip
    assert flat_row(nulls) == flat


def test_csv_case_file_has_one_row_per_matching_document(index):
    text, count = case_file(index, make_selector("domain", "news.example.kr"), "csv")
    assert count == 2
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    table = list(csv.DictReader(io.StringIO(text)))
    assert [r["doc_id"] for r in table] == ["web-1", "web-2"]  # by release, then doc id
    dropped = table[1]
    assert dropped["failed_rules"] == "quality/hangul_ratio 0.25 vs 0.5: FAIL"
    assert dropped["pii_counts"] == "email=2; phone=1"
    assert (dropped["url"], dropped["row_index"], dropped["release_version"]) == (
        "https://news.example.kr/a", "4", "v1",
    )  # fmt: skip
    assert table[0]["failed_rules"] == "" and table[0]["uri"] == ""


def test_csv_cells_with_line_breaks_stay_one_record(tmp_path):
    decisions = [{**DECISIONS[0], "rule": "a,b\nc"}]
    row = provenance_row("web-9", decisions=decisions, status="dropped")
    with open_releases([write_release(tmp_path / "v2", [row])]) as index:
        text, count = case_file(index, make_selector("doc_id", "web-9"), "csv")
    assert count == 1
    (only,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert only["failed_rules"] == "quality/a,b\nc 0.25 vs 0.5: FAIL"
    assert "\r\r\n" not in text


def test_json_case_file_holds_the_query_the_releases_and_the_full_records(index, release):
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    text, count = case_file(index, make_selector("domain", "news.example.kr"), "json")
    after = dt.datetime.now(dt.UTC)
    case = json.loads(text)
    assert count == 2
    assert list(case) == ["created_at", "query", "searched", "count", "documents"]
    created = dt.datetime.fromisoformat(case["created_at"])
    assert created.utcoffset() == dt.timedelta(0)
    assert before <= created <= after
    assert case["created_at"].endswith("+00:00") and "." not in case["created_at"]
    assert case["query"] == {"kind": "domain", "key": "news.example.kr"}
    assert case["searched"] == [f"v1 ({release.resolve()})"]
    assert case["count"] == 2
    docs = case["documents"]
    assert [d["doc_id"] for d in docs] == ["web-1", "web-2"]
    assert docs[1]["decisions"] == DECISIONS
    assert docs[1]["pii"]["counts"] == DROPPED["pii"]["counts"]
    assert docs[1]["release_version"] == "v1"
    assert "url_key" not in docs[1] and "release_path" not in docs[1]
    assert text.startswith('{\n  "created_at"')  # indented for a person reading the file


def test_json_case_file_keeps_hangul_readable(tmp_path):
    row = provenance_row("web-5", source={"domain": "한국.kr", "url": "https://한국.kr/뉴스"})
    with open_releases([write_release(tmp_path / "v3", [row])]) as index:
        text, count = case_file(index, make_selector("doc_id", "web-5"), "json")
    assert count == 1
    assert "https://한국.kr/뉴스" in text and "\\u" not in text


def test_a_provenance_column_json_cannot_hold_is_written_as_text(tmp_path):
    """Case files carry every provenance column, also ones a release adds later (a date)."""
    reviewed = {"reviewed_on": pa.array([dt.date(2024, 5, 1)], pa.date32())}
    folder = write_release(tmp_path / "v5", [provenance_row("web-6")], reviewed)
    with open_releases([folder]) as index:
        text, count = case_file(index, make_selector("doc_id", "web-6"), "json")
    assert count == 1
    assert json.loads(text)["documents"][0]["reviewed_on"] == "2024-05-01"


def test_no_match_is_an_empty_case_file(index):
    text, count = case_file(index, make_selector("doc_id", "nobody"), "csv")
    assert (text, count) == (",".join(CSV_COLUMNS) + "\r\n", 0)
    text, count = case_file(index, make_selector("doc_id", "nobody"), "json")
    assert count == 0 and json.loads(text)["documents"] == []


@pytest.mark.parametrize("fmt", ["xlsx", "", "CSV"])
def test_only_csv_or_json(index, fmt):
    with pytest.raises(LineageError) as err:
        case_file(index, make_selector("doc_id", "web-1"), fmt)
    assert str(err.value) == f"case file format must be csv or json, got {fmt or 'none'}"


def test_write_case_file_takes_the_format_from_the_extension(index, tmp_path):
    selector = make_selector("domain", "news.example.kr")
    assert write_case_file(index, selector, str(tmp_path / "case.CSV")) == 2
    written = (tmp_path / "case.CSV").read_bytes().decode("utf-8")
    assert written == case_file(index, selector, "csv")[0]  # \r\n line ends kept as written
    assert write_case_file(index, selector, str(tmp_path / "case.txt"), "json") == 2
    assert json.loads((tmp_path / "case.txt").read_text(encoding="utf-8"))["count"] == 2
    assert write_case_file(index, make_selector("doc_id", "web-1"), str(tmp_path / "a.json")) == 1
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["query"] == {
        "kind": "doc_id", "key": "web-1",
    }  # fmt: skip


def test_write_case_file_writes_utf8(tmp_path):
    row = provenance_row("web-7", source={"domain": "한국.kr"})
    with open_releases([write_release(tmp_path / "v4", [row])]) as index:
        write_case_file(index, make_selector("doc_id", "web-7"), str(tmp_path / "c.csv"))
    assert "한국.kr" in (tmp_path / "c.csv").read_bytes().decode("utf-8")


def test_write_case_file_refuses_an_unknown_format_or_a_missing_folder(index, tmp_path):
    selector = make_selector("doc_id", "web-1")
    with pytest.raises(LineageError) as err:
        write_case_file(index, selector, str(tmp_path / "case.xlsx"))
    assert str(err.value) == (
        f"case file format must be csv or json, got xlsx ({tmp_path / 'case.xlsx'})"
    )
    with pytest.raises(LineageError) as err:
        write_case_file(index, selector, str(tmp_path / "case"))
    assert str(err.value) == f"case file format must be csv or json, got none ({tmp_path / 'case'})"
    missing = tmp_path / "no" / "such"
    with pytest.raises(LineageError) as err:
        write_case_file(index, selector, str(missing / "case.csv"))
    assert str(err.value) == f"folder does not exist: {missing}"
    assert not missing.exists()
