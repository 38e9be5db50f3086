"""The takedown log and matcher without a pipeline run: fast unit tests (the end-to-end ones,
which build a demo release first, are in test_takedown.py)."""

import datetime as dt
import hashlib
import json
import re

import pytest

from lineage.errors import LineageError
from lineage.keys import make_selector
from lineage.takedown import (
    LogHead,
    Removal,
    Takedown,
    TakedownLogError,
    Takedowns,
    append_takedown,
    close_over_duplicates,
    load_takedowns,
    log_sha256,
    read_log,
    recorded_heads,
    takedown_selector,
    takedowns_named,
)

WHEN = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def _entry(position, kind, value, doc_ids=(), reviewer=None):
    return Takedown(
        f"TD-{position}",
        "2026-01-01T00:00:00+00:00",
        kind,
        value,
        "r",
        "q",
        doc_ids,
        reviewer=reviewer,
    )


def test_the_entry_line_records_the_request_trimmed_and_its_ids_sorted(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    entry = append_takedown(
        log,
        make_selector("url", "https://a.kr/기사"),
        reason="  게시 중단 요청 ",
        requester=" 홍길동 ",
        doc_ids=["d2", "d1", "d2"],
        checked_against=["v1", "v2"],
        now=WHEN,
        reviewer="  kim ",
    )
    assert re.fullmatch(r"TD-20260304T050607Z-[0-9a-f]{6}", entry.id)
    line = log.read_bytes()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert "게시 중단 요청".encode() in line  # UTF-8 as written, not \u escapes
    assert json.loads(line) == {
        "id": entry.id,
        "created_at": "2026-03-04T05:06:07+00:00",
        "kind": "url",
        "value": "a.kr/기사",
        "reason": "게시 중단 요청",
        "requester": "홍길동",
        "doc_ids": ["d1", "d2"],
        "checked_against": ["v1", "v2"],
        "prev_sha256": None,
        "reviewer": "kim",
    }
    assert list(json.loads(line)) == sorted(json.loads(line))
    assert load_takedowns(log).entries == (entry,)


def test_an_entry_without_reviewer_has_no_reviewer_field_and_is_dated_in_utc(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    entry = append_takedown(log, make_selector("domain", "b.kr"), reason="r", requester="q")
    assert "reviewer" not in json.loads(log.read_bytes())
    assert entry.reviewer is None and entry.doc_ids == () and entry.checked_against == ()
    created = dt.datetime.fromisoformat(entry.created_at)
    assert created.utcoffset() == dt.timedelta(0) and entry.created_at.endswith("+00:00")
    assert entry.id.startswith(f"TD-{created:%Y%m%dT%H%M%SZ}-")


@pytest.mark.parametrize("reason, requester", [("", "q"), ("r", "  "), (" ", "q")])
def test_a_takedown_needs_a_reason_and_a_requester(tmp_path, reason, requester):
    log = tmp_path / "takedowns.jsonl"
    with pytest.raises(
        LineageError, match="^a takedown needs a non-empty --reason and --requester$"
    ):
        append_takedown(log, make_selector("domain", "b.kr"), reason=reason, requester=requester)
    assert not log.exists()


def test_a_log_in_a_missing_folder_is_refused(tmp_path):
    log = tmp_path / "nowhere" / "takedowns.jsonl"
    with pytest.raises(TakedownLogError) as caught:
        append_takedown(log, make_selector("domain", "b.kr"), reason="r", requester="q")
    assert str(caught.value) == f"takedown log folder does not exist: {log.parent}"


def test_an_append_is_refused_when_the_log_no_longer_extends_a_recorded_head(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    append_takedown(log, make_selector("domain", "a.kr"), reason="r", requester="q")
    _, head = read_log(log)
    log.write_bytes(b"")
    with pytest.raises(TakedownLogError) as caught:
        append_takedown(
            log,
            make_selector("domain", "b.kr"),
            reason="r",
            requester="q",
            anchors=[("release v1", head)],
        )
    assert str(caught.value) == (
        f"takedown log {log} holds 0 entries but release v1 recorded 1: entries were removed"
    )
    assert log.read_bytes() == b""


def _log_of(path, count):
    for n in range(count):
        append_takedown(
            path, make_selector("url", f"https://a.kr/{n}"), reason=f"r{n}", requester="q"
        )
    return path.read_bytes().splitlines(keepends=True)


def test_nothing_is_appended_to_a_log_whose_chain_is_broken(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    lines = _log_of(log, 2)
    log.write_bytes(lines[1])
    with pytest.raises(TakedownLogError) as caught:
        append_takedown(log, make_selector("domain", "b.kr"), reason="r", requester="q")
    assert str(caught.value) == (
        f"takedown log {log} line 1: hash chain broken (an earlier entry was edited or removed)"
    )
    assert log.read_bytes() == lines[1]


def test_an_edit_that_only_adds_trailing_spaces_is_detected(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    lines = _log_of(log, 2)
    log.write_bytes(lines[0].replace(b"\n", b"  \n") + lines[1])
    with pytest.raises(TakedownLogError, match="line 2: hash chain broken"):
        load_takedowns(log)


def test_a_missing_or_unreadable_log_is_one_line(tmp_path):
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(TakedownLogError) as caught:
        read_log(missing)
    assert str(caught.value) == f"takedown log not found: {missing}"
    with pytest.raises(TakedownLogError) as caught:
        read_log(tmp_path)
    assert str(caught.value) == f"cannot read takedown log {tmp_path}: Is a directory"


def test_an_empty_log_has_no_takedowns_and_an_empty_head(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(b"")
    takedowns, head = read_log(log, [("release v0", LogHead(0, None))])
    assert len(takedowns) == 0 and head == LogHead(0, None)
    assert head.to_json() == {"entries": 0, "head_sha256": None}


def _line(**fields):
    entry = {
        "id": "TD-1",
        "created_at": "t",
        "kind": "domain",
        "value": "a.kr",
        "reason": "r",
        "requester": "q",
        "doc_ids": [],
        "checked_against": [],
        "prev_sha256": None,
    }
    return json.dumps({**entry, **fields}).encode() + b"\n"


@pytest.mark.parametrize(
    "line, error",
    [
        (b"{not json\n", "JSONDecodeError"),
        (b"[1, 2]\n", "TypeError"),
        (_line(doc_ids="d1"), "TypeError"),
        (_line(doc_ids=[1]), "TypeError"),
        (_line(checked_against=["v1", 2]), "TypeError"),
        (_line(checked_against="v1"), "TypeError"),
        (_line(reason=7), "TypeError"),
        (_line(id=None), "TypeError"),
        (_line(created_at=1), "TypeError"),
        (_line(kind=["domain"]), "TypeError"),
        (_line(value=1.5), "TypeError"),
        (_line(requester=False), "TypeError"),
        (_line(prev_sha256=12), "TypeError"),
        (_line(reviewer=["kim"]), "TypeError"),
        (_line(extra="x"), "TypeError"),
    ],
)
def test_a_line_that_is_not_a_takedown_entry_is_named(tmp_path, line, error):
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(line)
    with pytest.raises(TakedownLogError) as caught:
        load_takedowns(log)
    assert str(caught.value) == f"takedown log {log} line 1: not a takedown entry ({error})"


def test_an_entry_of_an_unknown_kind_is_named(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(_line(kind="email"))
    with pytest.raises(TakedownLogError) as caught:
        load_takedowns(log)
    assert str(caught.value) == f"takedown log {log} line 1: unknown kind email"


def test_entries_with_a_reviewer_and_without_optional_fields_are_read(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    first = json.loads(_line(reviewer="kim"))
    del first["doc_ids"], first["checked_against"]
    data = json.dumps(first).encode() + b"\n"
    second = _line(
        id="TD-2",
        prev_sha256=hashlib.sha256(data.rstrip(b"\n")).hexdigest(),
        doc_ids=["d1"],
        checked_against=["v1"],
    )
    log.write_bytes(data + second)
    takedowns, head = read_log(log)
    assert [(e.id, e.reviewer, e.doc_ids, e.checked_against) for e in takedowns.entries] == [
        ("TD-1", "kim", (), ()),
        ("TD-2", None, ("d1",), ("v1",)),
    ]
    assert head == LogHead(2, hashlib.sha256(second.rstrip(b"\n")).hexdigest())
    assert log_sha256(log) == hashlib.sha256(data + second).hexdigest()


def test_the_earliest_takedown_wins_and_resolved_documents_count_only_when_asked():
    takedowns = Takedowns(
        (
            _entry(0, "doc_id", "d-other", doc_ids=("d-copy",)),
            _entry(1, "doc_id", "d-copy"),
            _entry(2, "domain", "example.kr"),
            _entry(3, "url", "news.example.kr/a"),
            _entry(4, "domain", "news.example.kr"),
            _entry(5, "doc_id", "d-copy", doc_ids=("d-late",)),
        )
    )
    assert len(takedowns) == 6 and not takedowns.has_text
    page = {"doc_id": "d-copy", "source": {"url": "https://news.example.kr/a"}}
    assert takedowns.match(page) == "TD-0"
    assert takedowns.match(page, resolved=False) == "TD-1"
    site = {"doc_id": "x", "source": {"url": "https://news.example.kr/a", "domain": None}}
    assert takedowns.match(site) == "TD-2"
    # with no recorded domain, the URL's host gives it
    assert takedowns.match({"doc_id": "x", "source": {"url": "https://other.kr/"}}) is None
    assert takedowns.match({"doc_id": "x", "source": {"domain": "WWW.News.Example.kr"}}) == "TD-2"
    assert takedowns.match({"doc_id": "d-late"}) == "TD-5"
    assert takedowns.match({"doc_id": "d-late"}, resolved=False) is None
    assert takedowns.resolved("d-copy") == "TD-0" and takedowns.resolved("d-late") == "TD-5"
    assert takedowns.resolved("d-other") is None


def test_a_text_takedown_matches_only_documents_holding_its_snippet():
    snippet = make_selector("text", "대한민국의 주권은 국민에게 있고").key
    takedowns = Takedowns((_entry(0, "domain", "a.kr"), _entry(1, "text", snippet)))
    assert takedowns.has_text
    assert (
        takedowns.match({"doc_id": "x", "text": "헌법 대한민국의 주권은 국민에게 있고 ..."})
        == "TD-1"
    )
    assert takedowns.match({"doc_id": "x", "text": "대한민국의 주권은"}) is None
    assert takedowns.match({"doc_id": "x", "text": None}) is None


def test_a_text_takedown_needs_a_longer_snippet_than_a_search():
    with pytest.raises(LineageError):
        takedown_selector("text", "대한민국의 주권은")
    assert takedown_selector("text", "대한민국의 주권은 국민에게").key == "대한민국의주권은국민에게"
    assert takedown_selector("doc_id", " d1 ").key == "d1"


def test_removal_reasons_name_the_takedown_and_how_a_duplicate_relates():
    assert (Removal("TD-1").rule, Removal("TD-1").reason) == ("takedown", "takedown: TD-1")
    near = Removal("TD-1", duplicate_of="d1", group="near duplicate")
    assert near.rule == "takedown_duplicate"
    assert near.reason == "takedown_duplicate: TD-1 (near duplicate of d1)"
    recorded = Removal("TD-1", group="duplicate recorded when the takedown was logged")
    assert recorded.reason == (
        "takedown_duplicate: TD-1 (duplicate recorded when the takedown was logged)"
    )


def test_duplicates_are_closed_over_transitively_through_both_kinds_of_group():
    groups = {
        "a": ("e1", None),
        "b": ("e1", "n1"),
        "c": (None, "n1"),
        "d": ("e2", "n1"),
        "e": ("e2", None),
        "z": ("e9", "n9"),
    }

    def members(column, value):
        index = 0 if column == "exact_group" else 1
        return [(doc, g) for doc, g in groups.items() if g[index] == value]

    removals = close_over_duplicates({"a": ("TD-1", groups["a"])}, members)
    assert removals == {
        "a": Removal("TD-1"),
        "b": Removal("TD-1", duplicate_of="a", group="exact duplicate"),
        "c": Removal("TD-1", duplicate_of="b", group="near duplicate"),
        "d": Removal("TD-1", duplicate_of="b", group="near duplicate"),
        "e": Removal("TD-1", duplicate_of="d", group="exact duplicate"),
    }
    both = close_over_duplicates({"c": ("TD-2", groups["c"]), "a": ("TD-1", groups["a"])}, members)
    assert both["a"] == Removal("TD-1") and both["c"] == Removal("TD-2")
    assert both["b"] == Removal("TD-1", duplicate_of="a", group="exact duplicate")
    assert close_over_duplicates({"z": ("TD-3", (None, None))}, members) == {"z": Removal("TD-3")}


def test_each_group_is_listed_once():
    asked = []

    def members(column, value):
        asked.append((column, value))
        return [("a", ("e1", "n1")), ("b", ("e1", "n1"))]

    close_over_duplicates({"a": ("TD-1", ("e1", "n1")), "b": ("TD-1", ("e1", "n1"))}, members)
    assert sorted(asked) == [("exact_group", "e1"), ("near_cluster_id", "n1")]


def test_release_manifests_give_the_heads_the_log_must_extend():
    manifests = [
        {"version": "v1"},
        {"version": "v2", "takedowns": {"entries": "3", "head_sha256": "abc"}},
        {"version": "v3", "takedowns": {"entries": 0, "head_sha256": None}},
        {"version": "v4", "takedowns": {"entries": 2}},
    ]
    assert LogHead.from_manifest(manifests[0]) is None
    assert recorded_heads(manifests) == [
        ("release v2", LogHead(3, "abc")),
        ("release v3", LogHead(0, None)),
    ]


def test_provenance_reasons_name_the_entries_shown_to_a_reviewer():
    first = Takedown("TD-20260101T000000Z-abcdef", "t1", "text", "secret text", "privacy", "q1")
    second = Takedown(
        "TD-20260102T000000Z-012345", "t2", "url", "a.kr/1", "copyright", "q2", reviewer="kim"
    )
    third = Takedown("TD-20260103T000000Z-999999", "t3", "domain", "b.kr", "spam", "q3")
    rows = [
        {"reason": "takedown: TD-20260101T000000Z-abcdef"},
        {"reason": "takedown_duplicate: TD-20260102T000000Z-012345 (exact duplicate of d1)"},
        {"reason": None},
        {},
    ]
    assert takedowns_named(Takedowns((first, second, third)), rows) == [
        {
            "id": first.id,
            "created_at": "t1",
            "kind": "text",
            "reason": "privacy",
            "requester": "q1",
        },
        {
            "id": second.id,
            "created_at": "t2",
            "kind": "url",
            "reason": "copyright",
            "requester": "q2",
            "reviewer": "kim",
        },
    ]
