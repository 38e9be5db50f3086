"""What the mutation run of ``lineage/queries.py`` found no fast test for: ``find`` (each
selector, pages, the text search across releases), ``matching_rows``, ``shard_text`` and its
refusals, ``explain`` with its duplicate groups, ``stats``, and the takedown plan and log. The
releases are written by hand (a provenance file and data shards listed in a manifest with
their real sha256), so no pipeline runs."""

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.records import PROVENANCE_SCHEMA, SHARD_SCHEMA
from lineage.errors import LineageError
from lineage.index import open_releases
from lineage.keys import make_selector
from lineage.queries import (
    explain,
    find,
    log_takedown,
    matching_rows,
    plan_takedown,
    shard_text,
    stats,
    text_scan,
)
from lineage.takedown import LogHead, Removal, TakedownLogError, read_log

P0, P1 = "data/part-0.parquet", "data/part-1.parquet"
SUNNY = "서울 날씨는 맑음 2024년 6월"
SEA = "부산 바다 이야기"
CLOUDY = "서울 날씨는 흐림"
HEAD = "ab" * 32


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def prov(doc_id, status="kept", *, url=None, domain=None, dataset=None, exact=None, near=None,
         stage=None, reason=None, shard=None, row=None, text=None):  # fmt: skip
    """A provenance row; ``text`` gives its ``shard_text_sha1``."""
    base = {name: None for name in PROVENANCE_SCHEMA.names}
    source = None
    if url or domain or dataset:
        source = {"url": url, "domain": domain, "dataset": dataset, "uri": f"raw/{doc_id}"}
    release = None if shard is None else {"version": None, "shard": shard, "row_index": row}
    return {
        **base,
        "doc_id": doc_id,
        "status": status,
        "stage": stage,
        "reason": reason,
        "source": source,
        "dedup": {"exact_group": exact, "near_cluster_id": near},
        "release": release,
        "shard_text_sha1": None if text is None else sha1(text),
        "decisions": [
            {"stage": "quality", "rule": "len", "value": 1.0, "threshold": 2.0, "passed": False}
        ],
    }


def write_release(folder: Path, rows, shards, created_at, **manifest) -> str:
    """A release: the provenance rows and the shards (path -> [(doc_id, text)]), each file
    listed in the manifest with its sha256."""

    def listed(path: str, table: pa.Table) -> dict:
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, folder / path)
        sha = hashlib.sha256((folder / path).read_bytes()).hexdigest()
        return {"path": path, "rows": table.num_rows, "sha256": sha}

    prov_entry = listed(
        "provenance/part-0.parquet", pa.Table.from_pylist(rows, schema=PROVENANCE_SCHEMA)
    )
    shard_entries = [
        listed(path, pa.Table.from_pylist(
            [{"doc_id": d, "text": t} for d, t in docs], schema=SHARD_SCHEMA
        ))
        for path, docs in shards.items()
    ]  # fmt: skip
    body = {"version": folder.name, "created_at": created_at, "provenance": [prov_entry]}
    body["shards"] = shard_entries
    (folder / "manifest.json").write_text(json.dumps({**body, **manifest}))
    return str(folder)


OLD_ROWS = [
    prov("d1", url="https://www.a.example.kr/news/1", domain="a.example.kr", dataset="web",
         exact="g1", near="n1", shard=P0, row=0, text=SUNNY),
    prov("d2", "dropped", url="http://a.example.kr/news/2", domain="a.example.kr",
         dataset="web", exact="g1", stage="exact_dedup", reason="exact_duplicate: of d1"),
    prov("d0", "dropped", url="https://sub.a.example.kr/x", domain="sub.a.example.kr",
         dataset="web", exact="g0", near="n1", stage="near_dedup", reason="near_duplicate: d1"),
    prov("d4", "error", stage="read", reason="decode_error: byte 17"),
    prov("d5", url="https://xa.example.kr/", domain="xa.example.kr", dataset="news",
         shard=P1, row=0, text=SEA),
    prov("d6", domain="b.example.kr", dataset="news", shard=P1, row=1),
    prov("d7", "dropped", domain="b.example.kr", dataset="news", stage="quality",
         reason="too_short: 3 < 20"),
    prov("d10", "dropped", domain="b.example.kr", dataset="news", stage="quality",
         reason="too_short: 5 < 20"),
    prov("d11", "dropped", domain="b.example.kr", dataset="news", stage="quality",
         reason="hangul_ratio: 0.1"),
    prov("d9", "error"),
    prov("d12", domain="c.example.kr", dataset="news"),
    prov("d13", domain="c.example.kr", dataset="news", shard="data/part-9.parquet", row=0),
    prov("d14", domain="c.example.kr", dataset="news", shard=P0, row=5, text="없음"),
    prov("d15", domain="c.example.kr", dataset="news", shard=P1, row=2, text="다른 글"),
]  # fmt: skip
OLD_SHARDS = {P0: [("d1", SUNNY)], P1: [("d5", SEA), ("d6", CLOUDY), ("d15", "고친 글")]}
NEW_ROWS = [
    prov("d1", "dropped", url="https://www.a.example.kr/news/1", domain="a.example.kr",
         dataset="web", exact="g1", near="n1", stage="takedown", reason="takedown: TD-1"),
    prov("d9", "dropped", domain="a.example.kr", dataset="web", exact="g1",
         stage="exact_dedup", reason="exact_duplicate: of d1"),
    prov("d5", url="https://xa.example.kr/", domain="xa.example.kr", dataset="news",
         shard=P0, row=0, text=SEA),
    prov("d8", url="https://a.example.kr/news/8", domain="a.example.kr", dataset="web",
         exact="g8", shard=P0, row=1, text=SUNNY),
]  # fmt: skip
NEW_SHARDS = {P0: [("d5", SEA), ("d8", SUNNY)]}


@pytest.fixture
def releases(tmp_path) -> tuple[str, str]:
    """``old`` (June) and ``new`` (July, recording a takedown log head), in a folder whose
    name holds a quote; ``new`` sorts first by name, ``old`` first by date."""
    root = tmp_path / "o'neil"
    old = write_release(root / "old", OLD_ROWS, OLD_SHARDS, "2024-06-01T00:00:00+00:00")
    new = write_release(
        root / "new",
        NEW_ROWS,
        NEW_SHARDS,
        "2024-07-01T00:00:00+00:00",
        takedowns={"entries": 1, "head_sha256": HEAD},
    )
    return old, new


def ids(rows) -> list[tuple[str, str]]:
    return [(r["release_version"], r["doc_id"]) for r in rows]


def error_of(call, *args, **kwargs) -> str:
    with pytest.raises(LineageError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_find_by_domain_covers_subdomains_only_and_pages_by_release_then_doc_id(releases):
    with open_releases(list(releases)) as index:
        selector = make_selector("domain", "https://www.A.example.kr/")
        found = find(index, selector, None)
        assert found.selector == selector and found.total == 6
        assert ids(found.rows) == [
            ("new", "d1"), ("new", "d8"), ("new", "d9"),
            ("old", "d0"), ("old", "d1"), ("old", "d2"),
        ]  # fmt: skip
        page = find(index, selector, 2, 1)
        assert page.total == 6 and ids(page.rows) == [("new", "d8"), ("new", "d9")]
        assert ids(find(index, selector, 2).rows) == [("new", "d1"), ("new", "d8")]
        assert ids(find(index, selector, None, 5).rows) == [("old", "d2")]
        assert find(index, make_selector("domain", "example.kr"), 0).rows == []
        xa = find(index, make_selector("domain", "xa.example.kr"), None)
        assert ids(xa.rows) == [("new", "d5"), ("old", "d5")]


def test_a_found_row_has_the_summary_columns(releases):
    with open_releases(list(releases)) as index:
        found = find(index, make_selector("doc_id", " d1 "))
    assert found.total == 2
    assert found.rows == [
        {
            "release_version": "new",
            "doc_id": "d1",
            "status": "dropped",
            "stage": "takedown",
            "reason": "takedown: TD-1",
            "url": "https://www.a.example.kr/news/1",
            "domain": "a.example.kr",
            "dataset": "web",
            "shard": None,
            "row_index": None,
        },
        {
            "release_version": "old",
            "doc_id": "d1",
            "status": "kept",
            "stage": None,
            "reason": None,
            "url": "https://www.a.example.kr/news/1",
            "domain": "a.example.kr",
            "dataset": "web",
            "shard": P0,
            "row_index": 0,
        },
    ]


def test_find_by_url_compares_url_keys(releases):
    with open_releases(list(releases)) as index:
        found = find(index, make_selector("url", "http://A.example.kr/news/1/"), None)
        assert ids(found.rows) == [("new", "d1"), ("old", "d1")] and found.total == 2
        assert find(index, make_selector("url", "a.example.kr/news"), None).total == 0


def test_the_default_page_is_fifty_rows(tmp_path):
    rows = [prov(f"w{n:02}", domain=f"s{n:02}.example.kr", dataset="web") for n in range(60)]
    folder = write_release(tmp_path / "wide", rows, {}, "2024-01-01T00:00:00+00:00")
    with open_releases([folder]) as index:
        found = find(index, make_selector("domain", "example.kr"))
        assert found.total == 60 and len(found.rows) == 50
        assert found.rows[-1]["doc_id"] == "w49"
        assert len(find(index, make_selector("domain", "example.kr"), offset=55).rows) == 5
        by_domain = stats(index)["by_domain"]
    assert len(by_domain) == 20 and {r["total"] for r in by_domain} == {1}
    names = [r["domain"] for r in by_domain]
    assert names == sorted(names) and len(set(names)) == 20


def test_the_top_sites_tied_at_the_cut_are_the_first_by_name(tmp_path):
    rows = [prov(f"w{n:02}", domain=f"s{n:02}.example.kr", dataset="web") for n in range(60)]
    folder = write_release(tmp_path / "wide", rows, {}, "2024-01-01T00:00:00+00:00")
    with open_releases([folder]) as index:
        by_domain = stats(index, top_domains=3)["by_domain"]
    assert [r["domain"] for r in by_domain] == [f"s0{n}.example.kr" for n in range(3)]


def test_text_search_finds_the_kept_document_of_each_release_whatever_its_spacing(releases):
    with open_releases(list(releases)) as index:
        found = find(index, make_selector("text", "서울날씨는 맑음 2024"), None)
        assert ids(found.rows) == [("new", "d8"), ("old", "d1")] and found.total == 2
        assert all(r["status"] == "kept" for r in found.rows)
        cloudy = find(index, make_selector("text", "날씨는  흐림"), None)
        assert ids(cloudy.rows) == [("old", "d6")]
        sea = find(index, make_selector("text", "바다이야기"), None)
        assert ids(sea.rows) == [("new", "d5"), ("old", "d5")]
        assert find(index, make_selector("text", "서울 날씨는 비"), None).total == 0


def test_text_search_skips_a_release_without_data_shards(tmp_path, releases):
    bare = write_release(
        tmp_path / "bare", [prov("b1", domain="a.example.kr")], {}, "2024-01-01T00:00:00+00:00"
    )
    with open_releases([bare, *releases]) as index:
        assert [r.version for r in index.releases] == ["bare", "old", "new"]
        found = find(index, make_selector("text", "바다 이야기"), None)
    assert ids(found.rows) == [("new", "d5"), ("old", "d5")]


def test_text_scan_rules_texts_out_by_their_hangul_and_digits_first():
    sql, params = text_scan(["/r/o'neil/p.parquet", "/r/q.parquet"], "서울날씨2024ab")
    assert params == ["서", "울", "날", "씨", "2", "0", "4", "서울날씨2024ab"]
    assert sql.startswith(
        "SELECT doc_id FROM read_parquet(['/r/o''neil/p.parquet', '/r/q.parquet']) WHERE "
        "contains(text, ?) AND contains(text, ?) AND "
    )
    assert sql.count("contains(text, ?)") == 7 and sql.count(" AND ") == 7


def test_matching_rows_have_every_provenance_column_but_the_lookup_ones(releases):
    with open_releases(list(releases)) as index:
        rows = matching_rows(index, make_selector("domain", "b.example.kr"))
    assert ids(rows) == [("old", "d10"), ("old", "d11"), ("old", "d6"), ("old", "d7")]
    names = set(rows[0])
    assert not names & {"release_path", "url_key", "exact_group", "near_cluster_id"}
    assert {"release_version", "url", "domain", "dataset", "source", "dedup"} <= names
    assert set(PROVENANCE_SCHEMA.names) <= names
    assert rows[0]["reason"] == "too_short: 5 < 20" and rows[0]["dataset"] == "news"
    with open_releases(list(releases)) as index:
        by_text = matching_rows(index, make_selector("text", "바다 이야기"))
    assert ids(by_text) == [("new", "d5"), ("old", "d5")]


def test_shard_text_reads_the_kept_document_from_its_verified_shard(releases):
    with open_releases(list(releases)) as index:
        assert shard_text(index, "old", "d1") == SUNNY
        assert shard_text(index, "new", "d8") == SUNNY
        assert shard_text(index, "old", "d6") == CLOUDY  # no shard_text_sha1: not compared
        assert error_of(shard_text, index, "old", "d8") == "unknown doc id d8 in release old"
        not_kept = "is not kept in old: only kept documents have text in a release"
        assert error_of(shard_text, index, "old", "d2") == f"d2 {not_kept}"
        assert error_of(shard_text, index, "old", "d12") == f"d12 {not_kept}"
        assert error_of(shard_text, index, "new", "d1") == (
            "d1 is not kept in new: only kept documents have text in a release"
        )
        assert error_of(shard_text, index, "old", "d13") == (
            "release old lists no data shard data/part-9.parquet"
        )
        assert error_of(shard_text, index, "old", "d14") == (
            f"data shard {P0} of old does not hold d14"
        )
        assert error_of(shard_text, index, "old", "d15") == (
            f"the text of d15 in {P1} does not match its provenance (shard_text_sha1)"
        )


def test_shard_text_hashes_only_the_shard_it_reads(releases):
    old, _ = releases
    shard = Path(old) / P1
    altered = bytearray(shard.read_bytes())
    altered[8] ^= 1  # a data page, not the footer: still opens as Parquet
    shard.write_bytes(bytes(altered))
    with open_releases([old]) as index:
        assert shard_text(index, "old", "d1") == SUNNY
        message = error_of(shard_text, index, "old", "d5")
    assert message.startswith(f"data shard file {Path(old) / P1} does not match its manifest")
    assert message.endswith("pull the release again")


def test_a_text_search_over_an_altered_data_shard_names_it(releases):
    old, _ = releases
    shard = Path(old) / P1
    altered = bytearray(shard.read_bytes())
    altered[8] ^= 1
    shard.write_bytes(bytes(altered))
    with open_releases([old]) as index:
        assert error_of(find, index, make_selector("text", "바다 이야기")) == (
            f"data shard file {shard} does not match its manifest (sha256): it was altered or "
            "corrupted; pull the release again"
        )


def test_explain_gives_each_release_in_date_order_with_its_groups(releases):
    with open_releases(list(releases)) as index:
        trail = explain(index, "d1")
    assert trail["doc_id"] == "d1"
    old, new = trail["releases"]
    assert (old["release_version"], new["release_version"]) == ("old", "new")
    assert not set(old) & {"release_path", "url", "url_key", "domain", "dataset"}
    assert not set(old) & {"exact_group", "near_cluster_id"}
    assert old["status"] == "kept" and new["reason"] == "takedown: TD-1"
    assert old["decisions"][0]["rule"] == "len" and old["source"]["domain"] == "a.example.kr"
    assert old["exact_group_members"] == [
        {"doc_id": "d1", "status": "kept", "stage": None, "reason": None,
         "url": "https://www.a.example.kr/news/1"},
        {"doc_id": "d2", "status": "dropped", "stage": "exact_dedup",
         "reason": "exact_duplicate: of d1", "url": "http://a.example.kr/news/2"},
    ]  # fmt: skip
    assert [m["doc_id"] for m in old["near_cluster_members"]] == ["d1", "d0"]  # kept first
    assert [m["doc_id"] for m in new["exact_group_members"]] == ["d1", "d9"]
    assert [m["doc_id"] for m in new["near_cluster_members"]] == ["d1"]


def test_explain_of_a_document_without_groups_or_record(releases):
    with open_releases(list(releases)) as index:
        (d2,) = explain(index, "d2")["releases"]
        assert d2["near_cluster_members"] == []
        assert [m["doc_id"] for m in d2["exact_group_members"]] == ["d1", "d2"]
        (d4,) = explain(index, "d4")["releases"]
        assert d4["exact_group_members"] == [] and d4["near_cluster_members"] == []
        assert error_of(explain, index, "zz") == "unknown doc id zz (not in old, new)"


def test_stats_count_by_release_source_site_and_reason(releases):
    with open_releases(list(releases)) as index:
        counted = stats(index, top_domains=2)
    assert counted["by_release"] == [
        {"release_version": "new", "kept": 2, "dropped": 2, "error": 0, "total": 4},
        {"release_version": "old", "kept": 7, "dropped": 5, "error": 2, "total": 14},
    ]
    assert counted["by_source"] == [
        {"release_version": "new", "source": "web", "kept": 1, "dropped": 2, "error": 0,
         "total": 3},
        {"release_version": "new", "source": "news", "kept": 1, "dropped": 0, "error": 0,
         "total": 1},
        {"release_version": "old", "source": "news", "kept": 6, "dropped": 3, "error": 0,
         "total": 9},
        {"release_version": "old", "source": "web", "kept": 1, "dropped": 2, "error": 0,
         "total": 3},
        {"release_version": "old", "source": "(none)", "kept": 0, "dropped": 0, "error": 2,
         "total": 2},
    ]  # fmt: skip
    assert [(r["release_version"], r["domain"], r["total"]) for r in counted["by_domain"]] == [
        ("new", "a.example.kr", 3),
        ("new", "xa.example.kr", 1),
        ("old", "b.example.kr", 4),
        ("old", "c.example.kr", 4),
    ]
    assert counted["by_domain"][2] == {
        "release_version": "old", "domain": "b.example.kr", "kept": 1, "dropped": 3, "error": 0,
        "total": 4,
    }  # fmt: skip
    assert counted["by_stage_reason"] == [
        {"release_version": "new", "status": "dropped", "stage": "exact_dedup",
         "reason": "exact_duplicate", "count": 1},
        {"release_version": "new", "status": "dropped", "stage": "takedown",
         "reason": "takedown", "count": 1},
        {"release_version": "old", "status": "dropped", "stage": "exact_dedup",
         "reason": "exact_duplicate", "count": 1},
        {"release_version": "old", "status": "dropped", "stage": "near_dedup",
         "reason": "near_duplicate", "count": 1},
        {"release_version": "old", "status": "dropped", "stage": "quality",
         "reason": "too_short", "count": 2},
        {"release_version": "old", "status": "dropped", "stage": "quality",
         "reason": "hangul_ratio", "count": 1},
        {"release_version": "old", "status": "error", "stage": "", "reason": "", "count": 1},
        {"release_version": "old", "status": "error", "stage": "read",
         "reason": "decode_error", "count": 1},
    ]  # fmt: skip


def test_stats_list_sites_without_a_url_together(releases):
    old, _ = releases
    with open_releases([old]) as index:
        domains = stats(index)["by_domain"]
    assert [(r["domain"], r["total"]) for r in domains] == [
        ("b.example.kr", 4),
        ("c.example.kr", 4),
        ("(no url)", 2),
        ("a.example.kr", 2),
        ("sub.a.example.kr", 1),
        ("xa.example.kr", 1),
    ]


def test_a_takedown_plan_names_the_documents_and_their_duplicates_per_release(releases):
    with open_releases(list(releases)) as index:
        plan = plan_takedown(index, make_selector("doc_id", "d2"))
        both = plan_takedown(index, make_selector("domain", "a.example.kr"))
    assert plan.checked == ["old", "new"]
    assert plan.anchors == [("release new", LogHead(1, HEAD))]
    assert plan.targets == {
        "old": {
            "d2": Removal("new"),
            "d1": Removal("new", duplicate_of="d2", group="exact duplicate"),
            "d0": Removal("new", duplicate_of="d1", group="near duplicate"),
        }
    }
    assert plan.doc_ids == ["d0", "d1", "d2"]
    assert plan.per_release() == {"old": {"named": ["d2"], "exact": ["d1"], "near": ["d0"]}}
    plan.require_match()
    assert both.per_release() == {
        "new": {"named": ["d1", "d8", "d9"], "exact": [], "near": []},
        "old": {"named": ["d0", "d1", "d2"], "exact": [], "near": []},
    }
    assert both.doc_ids == ["d0", "d1", "d2", "d8", "d9"]


def test_a_takedown_of_a_near_duplicate_takes_its_cluster_in_that_release_only(releases):
    with open_releases(list(releases)) as index:
        plan = plan_takedown(index, make_selector("doc_id", "d0"))
        by_text = plan_takedown(index, make_selector("text", "부산 바다 이야기"))
    assert by_text.per_release() == {
        "new": {"named": ["d5"], "exact": [], "near": []},
        "old": {"named": ["d5"], "exact": [], "near": []},
    }
    assert plan.targets == {
        "old": {
            "d0": Removal("new"),
            "d1": Removal("new", duplicate_of="d0", group="near duplicate"),
            "d2": Removal("new", duplicate_of="d1", group="exact duplicate"),
        }
    }
    assert plan.per_release() == {"old": {"named": ["d0"], "exact": ["d2"], "near": ["d1"]}}


def test_a_takedown_that_matches_nothing_is_refused_unless_allowed(releases, tmp_path):
    old, _ = releases
    selector = make_selector("doc_id", "zz")
    with open_releases(list(releases)) as index:
        plan = plan_takedown(index, selector)
    assert plan.targets == {} and plan.doc_ids == [] and plan.per_release() == {}
    expected = (
        "takedown of doc_id 'zz' matches nothing in old, new; nothing logged (pass "
        "--allow-unmatched to log it for future runs anyway)"
    )
    assert error_of(plan.require_match) == expected
    log = tmp_path / "takedown.log"
    kwargs = {"reason": "ticket 9", "requester": "legal"}
    assert error_of(log_takedown, str(log), plan, **kwargs) == expected
    assert not log.exists()
    nothing = plan_takedown(None, selector)
    assert (nothing.checked, nothing.anchors, nothing.targets) == ([], [], {})
    nothing.require_match()
    entry = log_takedown(str(log), nothing, **kwargs)
    assert entry.checked_against == () and entry.doc_ids == ()
    with open_releases([old]) as index:
        unmatched = plan_takedown(index, selector)
    second = log_takedown(str(log), unmatched, allow_unmatched=True, **kwargs)
    assert second.checked_against == ("old",)
    takedowns, head = read_log(log)
    assert head.entries == 2 and [t.value for t in takedowns.entries] == ["zz", "zz"]


def test_a_logged_takedown_records_the_plan(releases, tmp_path):
    old, _ = releases
    with open_releases([old]) as index:
        plan = plan_takedown(index, make_selector("domain", "sub.a.example.kr"))
    log = tmp_path / "takedown.log"
    entry = log_takedown(str(log), plan, reason=" ticket 7 ", requester="legal", reviewer="kim")
    (logged,) = read_log(log)[0].entries
    assert logged == entry
    assert (entry.kind, entry.value, entry.reason, entry.requester, entry.reviewer) == (
        "domain",
        "sub.a.example.kr",
        "ticket 7",
        "legal",
        "kim",
    )
    assert entry.doc_ids == ("d0", "d1", "d2") and entry.checked_against == ("old",)
    assert log_takedown(str(log), plan, reason="r", requester="q").reviewer is None


def test_a_takedown_is_logged_only_on_a_log_that_extends_the_heads_releases_recorded(
    releases, tmp_path
):
    with open_releases(list(releases)) as index:
        plan = plan_takedown(index, make_selector("doc_id", "d5"))
    log = tmp_path / "takedown.log"
    log.write_bytes(b"")
    with pytest.raises(TakedownLogError, match="holds 0 entries but release new recorded 1"):
        log_takedown(str(log), plan, reason="r", requester="q")
    assert log.read_bytes() == b""
