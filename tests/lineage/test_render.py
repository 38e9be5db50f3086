"""The text of the lineage and release commands, word for word: ``explain`` (every fact,
decision, edit, dedup group, PII count and licence decision, and how each reads when
missing), ``stats``, ``versions``, ``diff`` (limits, the weaker comparison note) and
``find`` (headline, table, rows left out)."""

import pytest

from lineage.keys import Selector
from lineage.queries import Found
from lineage.render import (
    diff_text,
    explain_text,
    fact_pairs,
    find_text,
    stats_text,
    verdict,
    versions_text,
)

MEMBER = {"doc_id": "d-1", "status": "kept", "stage": None, "reason": None, "url": "https://a.kr/1"}
MEMBER2 = {
    "doc_id": "d-2",
    "status": "dropped",
    "stage": "exact_dedup",
    "reason": "duplicate",
    "url": None,
}
FULL_ROW = {
    "release_version": "v2",
    "status": "dropped",
    "stage": "quality",
    "reason": "korean_lang_score",
    "source": {
        "url": "https://a.kr/1",
        "uri": "s3://in/part-1.jsonl",
        "locator": "line 7",
        "dataset": "web",
        "record_id": "r-7",
        "crawl_date": "2026-01-02",
        "license": "cc-by",
        "encoding": "utf-8",
    },
    "release": {"shard": "data/part-00000.parquet", "row_index": 12},
    "run": {"run_id": "run-9", "runner": "direct", "code_version": "0.4.1"},
    "content_sha256": "c0ffee",
    "text_sha1": "5ha1",
    "char_count": 1200,
    "token_count": 300,
    "lang": "ko",
    "quality_score": 0.25,
    "decisions": [
        {"stage": "quality", "rule": "min_words", "value": 120, "threshold": 50, "passed": True},
        {
            "stage": "quality",
            "rule": "korean_lang_score",
            "value": 0.3,
            "threshold": 0.65,
            "passed": False,
        },
    ],
    "edits": [
        {"stage": "quality", "rule": "mojibake_repaired", "line": 3, "chars": 40},
        {"stage": "quality", "rule": "boilerplate_line", "line": 9, "chars": 12},
    ],
    "dedup": {
        "duplicate_of": "d-1",
        "exact_group": "g-5",
        "exact_group_size": 2,
        "near_cluster_id": "n-8",
        "near_cluster_size": 2,
    },
    "exact_group_members": [MEMBER, MEMBER2],
    "near_cluster_members": [MEMBER2, MEMBER],
    "pii": {"counts": [{"type": "phone", "count": 2}, {"type": "email", "count": 1}]},
    "copyright": {"license_decision": "allow", "notices_removed": 1, "optout_rule": None},
}
BARE_ROW = {
    "release_version": "v1",
    "status": "error",
    "stage": "ingest",
    "reason": "bad_utf8",
    "source": None,
    "release": None,
    "run": None,
    "content_sha256": None,
    "text_sha1": None,
    "char_count": None,
    "token_count": None,
    "lang": None,
    "quality_score": None,
    "decisions": None,
    "dedup": None,
    "pii": None,
    "copyright": None,
}
KEPT_ROW = {
    **FULL_ROW,
    "release_version": "v3",
    "status": "kept",
    "stage": None,
    "reason": None,
    "decisions": [],
    "edits": None,
    "dedup": {},
    "pii": {"counts": []},
}
TRAIL = {
    "doc_id": "web-abc",
    "releases": [FULL_ROW, BARE_ROW, KEPT_ROW],
    "takedowns": [
        {
            "id": "td-1",
            "kind": "url",
            "created_at": "2026-03-04T05:06:07Z",
            "requester": "owner@a.kr",
            "reason": "request",
        }
    ],
}


def count_row(version, **extra):
    return {"release_version": version, **extra, "kept": 3, "dropped": 2, "error": 1, "total": 6}


STATS = {
    "by_release": [count_row("v1"), count_row("v2")],
    "by_source": [count_row("v1", source="web")],
    "by_domain": [count_row("v1", domain="a.kr")],
    "by_stage_reason": [
        {
            "release_version": "v1",
            "status": "dropped",
            "stage": "quality",
            "reason": "too_short",
            "count": 2,
        }
    ],
}
VERSIONS = [
    {
        "version": "v1",
        "created_at": "2026-01-01",
        "kept": 3,
        "dropped": 2,
        "error": 1,
        "tokens": 900,
        "shards": 1,
        "derived_from": None,
        "takedowns": 0,
        "release_id": "aa11",
        "complete": True,
        "path": "/r/v1",
    },
    {
        "version": "v2",
        "created_at": "2026-02-01",
        "kept": 2,
        "dropped": 3,
        "error": 1,
        "tokens": 600,
        "shards": 1,
        "derived_from": "v1",
        "takedowns": 1,
        "release_id": "bb22",
        "complete": True,
        "path": "/r/v2",
    },
    {"version": "v3", "complete": False, "path": "/r/v3"},
    {"version": "v4", "complete": False, "path": "/r/v4"},
]
REMOVED = [
    {"doc_id": f"r-{i}", "status": "dropped", "stage": "takedown", "reason": "td-1"}
    for i in range(3)
]
DIFF = {
    "a": "v1",
    "b": "v2",
    "added": ["n-1", "n-2", "n-3"],
    "removed": REMOVED,
    "changed": ["c-1", "c-2"],
    "unchanged": 40,
    "compared_by": "content_sha256",
}
DIFF_SAME = {
    "a": "v1",
    "b": "v2",
    "added": [],
    "removed": [],
    "changed": [],
    "unchanged": 7,
    "compared_by": "shard_text_sha1",
}
FIND_ROWS = [
    {
        "release_version": "v1",
        "doc_id": "d-1",
        "status": "kept",
        "stage": None,
        "reason": None,
        "url": "https://a.kr/1",
        "shard": "data/part-00000.parquet",
    },
    {
        "release_version": "v2",
        "doc_id": "d-1",
        "status": "dropped",
        "stage": "takedown",
        "reason": "td-1",
        "url": "https://a.kr/1",
        "shard": None,
    },
]
FOUND_URL = Found(Selector("url", "https://a.kr/1"), 5, FIND_ROWS)
FOUND_TEXT = Found(Selector("text", "국회"), 2, FIND_ROWS)
FOUND_NONE = Found(Selector("doc_id", "zz"), 0, [])


# The facts of the trail's fully described record, the same in releases v2 and v3.
TRAIL_FACTS = [
    "  in shard          data/part-00000.parquet row 12",
    "  url               https://a.kr/1",
    "  read from         s3://in/part-1.jsonl (line 7)",
    "  dataset           web",
    "  record id         r-7",
    "  crawl date        2026-01-02",
    "  declared licence  cc-by",
    "  encoding          utf-8",
    "  content sha256    c0ffee",
    "  text sha1         5ha1",
    "  characters        1200",
    "  tokens            300",
    "  language          ko",
    "  quality score     0.25",
    "  decided by run    run-9 (direct)",
    "  code version      0.4.1",
]


CASES = [
    pytest.param(
        lambda: explain_text(TRAIL),
        [
            "web-abc: in 3 release(s)",
            "",
            "release v2: dropped at quality: korean_lang_score",
            *TRAIL_FACTS,
            "  decisions (every rule evaluated, in order):",
            "    stage    rule               value  threshold  result",
            "    -------  -----------------  -----  ---------  ------",
            "    quality  min_words            120         50  pass",
            "    quality  korean_lang_score    0.3       0.65  FAIL",
            "  edit: quality/mojibake_repaired repaired line 3 (40 chars)",
            "  edit: quality/boilerplate_line removed line 9 (12 chars)",
            "  duplicate of: d-1 (the representative)",
            "  exact-duplicate group g-5 (size 2; kept member first):",
            "    doc_id  status   stage        reason     url",
            "    ------  -------  -----------  ---------  --------------",
            "    d-1     kept     -            -          https://a.kr/1",
            "    d-2     dropped  exact_dedup  duplicate  -",
            "  near-duplicate cluster n-8 (size 2; kept member first):",
            "    doc_id  status   stage        reason     url",
            "    ------  -------  -----------  ---------  --------------",
            "    d-2     dropped  exact_dedup  duplicate  -",
            "    d-1     kept     -            -          https://a.kr/1",
            "  PII: phone=2; email=1",
            "  licence decision: allow (notices removed: 1, opt-out rule: none)",
            "",
            "release v1: error at ingest: bad_utf8",
            "  in shard          -",
            "  url               -",
            "  read from         -",
            "  dataset           -",
            "  record id         -",
            "  crawl date        -",
            "  declared licence  -",
            "  encoding          -",
            "  content sha256    -",
            "  text sha1         -",
            "  characters        -",
            "  tokens            -",
            "  language          -",
            "  quality score     -",
            "  decided by run    -",
            "  code version      -",
            "  decisions: none (the record could not be read, so no rule ran)",
            "  exact-duplicate group: none",
            "  near-duplicate cluster: none",
            "  PII: not scanned (PII stage not run)",
            "  licence decision: not assessed (copyright stage not run)",
            "",
            "release v3: kept",
            *TRAIL_FACTS,
            "  decisions: none (the record could not be read, so no rule ran)",
            "  exact-duplicate group: none",
            "  near-duplicate cluster: none",
            "  PII: none found",
            "  licence decision: allow (notices removed: 1, opt-out rule: none)",
            "",
            "takedown td-1 (url), logged 2026-03-04T05:06:07Z: requested by owner@a.kr, reason: request",  # noqa: E501
        ],
        id="explain",
    ),
    pytest.param(
        lambda: explain_text({"doc_id": "x", "releases": []}),
        [
            "x: in 0 release(s)",
        ],
        id="explain_none",
    ),
    pytest.param(
        lambda: stats_text(STATS),
        [
            "records by release",
            "release  kept  dropped  error  total",
            "-------  ----  -------  -----  -----",
            "v1          3        2      1      6",
            "v2          3        2      1      6",
            "",
            "by source dataset",
            "release  source  kept  dropped  error  total",
            "-------  ------  ----  -------  -----  -----",
            "v1       web        3        2      1      6",
            "",
            "top domains",
            "release  domain  kept  dropped  error  total",
            "-------  ------  ----  -------  -----  -----",
            "v1       a.kr       3        2      1      6",
            "",
            "not kept, by stage and reason",
            "release  status   stage    reason     count",
            "-------  -------  -------  ---------  -----",
            "v1       dropped  quality  too_short      2",
        ],
        id="stats",
    ),
    pytest.param(
        lambda: versions_text(VERSIONS),
        [
            "version  created_at  kept  dropped  error  tokens  shards  derived_from  takedowns  release id (sha256)",  # noqa: E501
            "-------  ----------  ----  -------  -----  ------  ------  ------------  ---------  -------------------",  # noqa: E501
            "v1       2026-01-01     3        2      1     900       1  -                     0  aa11",  # noqa: E501
            "v2       2026-02-01     2        3      1     600       1  v1                    1  bb22",  # noqa: E501
            "incomplete (no manifest): /r/v3",
            "incomplete (no manifest): /r/v4",
        ],
        id="versions",
    ),
    pytest.param(
        lambda: diff_text(DIFF, 2),
        [
            "v1 → v2: 3 added, 3 removed, 2 changed, 40 unchanged",
            "(texts compared by content_sha256: a release predates shard_text_sha1, so changes by line cleaning or PII masking are not seen)",  # noqa: E501
            "added:",
            "  n-1",
            "  n-2",
            "  (1 more)",
            "changed:",
            "  c-1",
            "  c-2",
            "removed (what v2 says about them):",
            "  doc_id  status   stage     reason",
            "  ------  -------  --------  ------",
            "  r-0     dropped  takedown  td-1",
            "  r-1     dropped  takedown  td-1",
            "  (1 more)",
        ],
        id="diff2",
    ),
    pytest.param(
        lambda: diff_text(DIFF, 3),
        [
            "v1 → v2: 3 added, 3 removed, 2 changed, 40 unchanged",
            "(texts compared by content_sha256: a release predates shard_text_sha1, so changes by line cleaning or PII masking are not seen)",  # noqa: E501
            "added:",
            "  n-1",
            "  n-2",
            "  n-3",
            "changed:",
            "  c-1",
            "  c-2",
            "removed (what v2 says about them):",
            "  doc_id  status   stage     reason",
            "  ------  -------  --------  ------",
            "  r-0     dropped  takedown  td-1",
            "  r-1     dropped  takedown  td-1",
            "  r-2     dropped  takedown  td-1",
        ],
        id="diff3",
    ),
    pytest.param(
        lambda: diff_text(DIFF_SAME, 2),
        [
            "v1 → v2: 0 added, 0 removed, 0 changed, 7 unchanged",
        ],
        id="diff_same",
    ),
    pytest.param(
        lambda: find_text(FOUND_URL, ["v1", "v2"]),
        [
            "5 record(s) for url 'https://a.kr/1' in v1, v2",
            "release  doc_id  status   stage     reason  url             shard",
            "-------  ------  -------  --------  ------  --------------  -----------------------",
            "v1       d-1     kept     -         -       https://a.kr/1  data/part-00000.parquet",
            "v2       d-1     dropped  takedown  td-1    https://a.kr/1  -",
            "(3 more: --limit 0 shows all)",
        ],
        id="find_url",
    ),
    pytest.param(
        lambda: find_text(FOUND_TEXT, ["v2"]),
        [
            "2 kept document(s) contain text snippet in v2",
            "release  doc_id  status   stage     reason  url             shard",
            "-------  ------  -------  --------  ------  --------------  -----------------------",
            "v1       d-1     kept     -         -       https://a.kr/1  data/part-00000.parquet",
            "v2       d-1     dropped  takedown  td-1    https://a.kr/1  -",
        ],
        id="find_text",
    ),
    pytest.param(
        lambda: find_text(FOUND_NONE, ["v1", "v2", "v3"]),
        [
            "0 record(s) for doc_id 'zz' in v1, v2, v3",
        ],
        id="find_none",
    ),
]


@pytest.mark.parametrize(("render", "expected"), CASES)
def test_command_text_reads_exactly_so(render, expected):
    assert render().split("\n") == expected


def test_verdict_of_one_row():
    assert verdict({"status": "kept", "stage": None, "reason": None}) == "kept"
    assert verdict(BARE_ROW) == "error at ingest: bad_utf8"
    assert verdict(FULL_ROW) == "dropped at quality: korean_lang_score"


def test_a_fact_with_no_detail_shows_the_value_alone_and_no_value_shows_nothing():
    row = dict.fromkeys(
        ("release", "content_sha256", "text_sha1", "char_count", "token_count", "lang"), None
    ) | {
        "quality_score": None,
        "source": {"uri": "s3://in/part-1.jsonl", "locator": None},
        "run": {"run_id": None, "runner": "FnApiRunner"},
    }
    facts = dict(fact_pairs(row))
    assert facts["read from"] == "s3://in/part-1.jsonl"
    assert facts["decided by run"] is None
