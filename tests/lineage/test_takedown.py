"""Takedowns end to end: the append-only log, a new release without the documents and their
duplicates (the pipeline not re-run), provenance saying why, and later runs honouring it."""

import hashlib
import json
import unicodedata

import pyarrow.parquet as pq
import pytest

from curate.commands.main import main
from lineage.keys import make_selector
from lineage.takedown import (
    LogHead,
    Takedown,
    TakedownLogError,
    Takedowns,
    append_takedown,
    load_takedowns,
    read_log,
)
from pipelines.takedown import TakedownLogUnusable
from tests.conftest import curate_into
from tests.lineage_helpers import curate, demo_release, release_args, takedown_args


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_release(tmp_path_factory)


def entry(kind, value, position=0, doc_ids=()):
    key = make_selector(kind, value).key
    return Takedown(f"TD-{position}", "2026-01-01T00:00:00+00:00", kind, key, "r", "q", doc_ids)


def record(doc_id="d1", url=None, text=None):
    from curate.records import domain_of

    return {"doc_id": doc_id, "source": {"url": url, "domain": domain_of(url)}, "text": text}


def test_matcher_by_doc_id_url_site_and_text():
    snippet = "대한민국의 주권은 국민에게 있고"
    takedowns = Takedowns(
        (
            entry("url", "https://news.example.kr/a/1", 0),
            entry("domain", "spam.example.kr", 1),
            entry("text", snippet, 2),
            entry("doc_id", "d-named", 3, doc_ids=("d-copy",)),
        )
    )
    assert takedowns.match(record(url="http://www.news.example.kr/a/1/#top")) == "TD-0"
    assert takedowns.match(record(url="https://news.example.kr/a/2")) is None
    assert takedowns.match(record(url="https://m.spam.example.kr/x")) == "TD-1"
    assert takedowns.match(record(url="https://notspam.example.kr/x")) is None
    nfd = unicodedata.normalize("NFD", "전문. 대한민국의  주권은\n국민에게 있고, 모든 권력은")
    assert takedowns.match(record(text=nfd)) == "TD-2"
    assert takedowns.match(record(text="대한민국의 주권은 국민에 있고")) is None
    assert takedowns.match(record("d-named")) == "TD-3"
    assert takedowns.match(record("d-copy")) == "TD-3"
    assert takedowns.match(record("d-named", url="https://spam.example.kr/")) == "TD-1"


def test_log_is_append_only_and_edits_are_detected(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    first = append_takedown(log, make_selector("url", "https://a.kr/1"), reason="r1", requester="q")
    before = log.read_bytes()
    second = append_takedown(log, make_selector("domain", "b.kr"), reason="r2", requester="q")
    assert log.read_bytes().startswith(before)
    loaded = load_takedowns(log)
    assert [e.id for e in loaded.entries] == [first.id, second.id]
    assert first.id.startswith("TD-") and first.created_at
    assert (
        json.loads(log.read_text().splitlines()[1])["prev_sha256"]
        == hashlib.sha256(before.rstrip(b"\n")).hexdigest()
    )
    log.write_bytes(before.replace(b"r1", b"r0") + log.read_bytes()[len(before) :])
    with pytest.raises(TakedownLogError, match="line 2: hash chain broken"):
        load_takedowns(log)
    log.write_bytes(log.read_bytes().split(b"\n", 1)[1])
    with pytest.raises(TakedownLogError, match="line 1: hash chain broken"):
        load_takedowns(log)


def _log_of(path, count: int) -> list[bytes]:
    """A real log of ``count`` entries; its lines."""
    for n in range(count):
        append_takedown(
            path, make_selector("url", f"https://a.kr/{n}"), reason=f"r{n}", requester="q"
        )
    return path.read_bytes().splitlines(keepends=True)


def _edited(line: bytes) -> bytes:
    return line.replace(b'"reason": "r', b'"reason": "R')


@pytest.mark.parametrize("change", ["edit", "delete"])
@pytest.mark.parametrize("position", [0, 2, 4], ids=["first", "middle", "last"])
def test_any_entry_edited_or_deleted_is_detected_against_a_recorded_head(
    tmp_path, position, change
):
    log = tmp_path / "takedowns.jsonl"
    lines = _log_of(log, 5)
    _, head = read_log(log)
    assert head == LogHead(5, hashlib.sha256(lines[-1].rstrip(b"\n")).hexdigest())
    changed = [*lines]
    if change == "edit":
        changed[position] = _edited(lines[position])
    else:
        del changed[position]
    log.write_bytes(b"".join(changed))
    with pytest.raises(TakedownLogError) as caught:
        load_takedowns(log, [("release v2", head)])
    message = str(caught.value)
    if position < 4:
        line = position + 2 if change == "edit" else position + 1
        assert f"line {line}: hash chain broken (an earlier entry was edited or removed)" in message
    elif change == "edit":
        assert message == (
            f"takedown log {log} line 5: not the entry release v2 recorded "
            "(the log was edited since)"
        )
    else:
        assert message == (
            f"takedown log {log} holds 4 entries but release v2 recorded 5: entries were removed"
        )


def test_without_a_recorded_head_only_the_last_entry_can_change_unseen(tmp_path):
    """Why heads are recorded: the chain alone cannot vouch for its own last line."""
    log = tmp_path / "takedowns.jsonl"
    lines = _log_of(log, 3)
    log.write_bytes(b"".join([*lines[:2], _edited(lines[2])]))
    assert [e.reason for e in load_takedowns(log).entries] == ["r0", "r1", "R2"]


def test_appends_after_a_recorded_head_are_allowed(tmp_path):
    log = tmp_path / "takedowns.jsonl"
    _log_of(log, 2)
    _, head = read_log(log)
    append_takedown(
        log,
        make_selector("domain", "b.kr"),
        reason="later",
        requester="q",
        anchors=[("release v2", head)],
    )
    assert len(load_takedowns(log, [("release v2", head)])) == 3


def test_takedown_that_matches_nothing_is_refused_unless_allowed(demo, tmp_path, capsys):
    log = tmp_path / "log.jsonl"
    base = [
        "lineage",
        "takedown",
        "--log",
        str(log),
        "--url",
        "https://nowhere.example/x",
        "--reason",
        "ticket 1",
        "--requester",
        "legal",
    ]
    code, _, err = curate([*base, "--release", str(demo.release)], capsys)
    assert code == 2 and "matches nothing in v1; nothing logged" in err
    assert not log.exists() or log.read_bytes() == b""
    code, out, _ = curate([*base, "--release", str(demo.release), "--allow-unmatched"], capsys)
    assert code == 0 and "matches nothing yet" in out
    code, out, _ = curate([*base, "--json"], capsys)
    assert code == 0 and json.loads(out)["takedown"]["checked_against"] == []
    assert len(load_takedowns(log)) == 2


@pytest.fixture(scope="module")
def taken_down(demo, tmp_path_factory):
    """A log with three takedowns (a kept page with a near-duplicate, the URL of a dropped
    exact duplicate, a text snippet), and v2 made from v1 with them."""
    root = tmp_path_factory.mktemp("takedown")
    rows = demo.provenance()
    by_id = {r["doc_id"]: r for r in rows}
    kept, near = demo.near_duplicate_pair()
    exact = next(
        r
        for r in rows
        if r["reason"] == "exact_duplicate"
        and r["source"]["url"]
        and by_id[r["dedup"]["duplicate_of"]]["status"] == "kept"
    )
    exact_rep = by_id[exact["dedup"]["duplicate_of"]]
    texts = demo.texts()
    busy = {kept["doc_id"], exact_rep["doc_id"]}
    text_doc = next(d for d, t in sorted(texts.items()) if d not in busy and len(t) > 120)
    snippet = unicodedata.normalize("NFD", texts[text_doc][40:100])
    assert (
        sum(
            1
            for t in texts.values()
            if "".join(snippet.split()) in "".join(unicodedata.normalize("NFD", t).split())
        )
        == 1
    )
    log = root / "takedowns.jsonl"
    selectors = [
        ("--url", kept["source"]["url"]),
        ("--url", exact["source"]["url"]),
        ("--text", snippet),
    ]
    for flag, value in selectors:
        assert main(takedown_args(log, flag, value, demo.release)) == 0
    before = {p.name: p.read_bytes() for p in demo.release.rglob("*") if p.is_file()}
    assert main(release_args(demo.release, "v2", log, root / "releases")) == 0
    after = {p.name: p.read_bytes() for p in demo.release.rglob("*") if p.is_file()}
    assert before == after
    ids = [e.id for e in load_takedowns(log).entries]
    return {
        "log": log,
        "v2": root / "releases" / "v2",
        "ids": ids,
        "kept": kept,
        "near": near,
        "exact": exact,
        "exact_rep": exact_rep,
        "text_doc": text_doc,
    }


def test_release_drops_named_documents_and_their_duplicates(demo, taken_down):
    v2 = taken_down["v2"]
    data = pq.read_table(v2 / "data").column("doc_id").to_pylist()
    gone = {taken_down["kept"]["doc_id"], taken_down["exact_rep"]["doc_id"], taken_down["text_doc"]}
    assert not gone & set(data)
    v1_kept = {r["doc_id"] for r in demo.provenance() if r["status"] == "kept"}
    assert set(data) == v1_kept - gone
    manifest = json.loads((v2 / "manifest.json").read_text())
    assert manifest["derived_from"]["version"] == "v1"
    assert manifest["counts"]["kept"] == len(data)
    assert manifest["counts"]["inputs"] == len(demo.provenance())
    assert [t["id"] for t in manifest["takedowns"]["applied"]] == taken_down["ids"]
    stats = json.loads((v2 / "stats.json").read_text())
    assert stats["by_stage_reason"]["dropped:takedown"] == {"takedown": 2, "takedown_duplicate": 1}
    assert (v2 / "README.md").read_text().count(taken_down["ids"][0]) == 1


def test_a_release_records_the_log_head_and_a_later_edit_of_its_last_entry_is_refused(
    demo, taken_down, tmp_path, capsys
):
    log = taken_down["log"]
    v2 = taken_down["v2"]
    recorded = json.loads((v2 / "manifest.json").read_text())["takedowns"]
    lines = log.read_bytes().splitlines(keepends=True)
    assert recorded["entries"] == 3
    assert recorded["head_sha256"] == hashlib.sha256(lines[-1].rstrip(b"\n")).hexdigest()
    check = ["lineage", "check-log", "--release", str(v2)]
    code, out, _ = curate([*check, "--log", str(log)], capsys)
    assert code == 0
    assert out.splitlines()[0] == f"takedown log {log}: 3 entries, hash chain intact"
    assert "extends the head release v2 recorded (3 entries)" in out
    edited = tmp_path / "edited.jsonl"
    edited.write_bytes(b"".join([*lines[:-1], lines[-1].replace(b"ticket", b"TICKET")]))
    code, _, err = curate([*check, "--log", str(edited)], capsys)
    assert (code, err) == (
        2,
        f"curate: error: takedown log {edited} line 3: not the entry "
        "release v2 recorded (the log was edited since)\n",
    )
    code, _, err = curate(release_args(v2, "v3", edited, tmp_path / "releases"), capsys)
    assert code == 2 and "not the entry release v2 recorded" in err
    assert not (tmp_path / "releases" / "v3").exists()


def test_release_provenance_says_which_takedown_and_why(taken_down):
    rows = {r["doc_id"]: r for r in pq.read_table(taken_down["v2"] / "provenance").to_pylist()}
    url_id, exact_id, text_id = taken_down["ids"]
    kept = rows[taken_down["kept"]["doc_id"]]
    assert (kept["status"], kept["stage"], kept["reason"]) == (
        "dropped",
        "takedown",
        f"takedown: {url_id}",
    )
    assert kept["decisions"][-1] == {
        "stage": "takedown",
        "rule": "takedown",
        "value": None,
        "threshold": None,
        "passed": False,
    }
    assert kept["release"] is None and kept["run"]["runner"] == "curate release"
    assert kept["shard_text_sha1"] is None
    near = rows[taken_down["near"]["doc_id"]]
    assert near["status"] == "dropped" and near["stage"] == "near_dedup"
    assert near["decisions"][-1]["rule"] == "takedown_duplicate"
    rep = rows[taken_down["exact_rep"]["doc_id"]]
    assert rep["stage"] == "takedown"
    assert rep["reason"] == (
        f"takedown_duplicate: {exact_id} (exact duplicate of {taken_down['exact']['doc_id']})"
    )
    assert rows[taken_down["text_doc"]]["reason"] == f"takedown: {text_id}"
    shards = {}
    for row in rows.values():
        if row["status"] == "kept":
            shard = shards.setdefault(
                row["release"]["shard"],
                pq.read_table(taken_down["v2"] / row["release"]["shard"]).column("doc_id"),
            )
            assert shard[row["release"]["row_index"]].as_py() == row["doc_id"]
            assert row["release"]["version"] == "v2" and row["shard_text_sha1"]
        else:
            assert row["shard_text_sha1"] is None


def test_lineage_sees_the_takedown_in_the_new_release(demo, taken_down, capsys):
    doc_id = taken_down["kept"]["doc_id"]
    code, out, _ = curate(
        [
            "lineage",
            "explain",
            doc_id,
            "--release",
            str(demo.release),
            "--release",
            str(taken_down["v2"]),
        ],
        capsys,
    )
    assert code == 0 and "in 2 release(s)" in out
    assert "release v1: kept" in out
    assert f"release v2: dropped at takedown: takedown: {taken_down['ids'][0]}" in out
    args = ["lineage", "explain", doc_id, "--release", str(taken_down["v2"])]
    code, out, _ = curate([*args, "--log", str(taken_down["log"])], capsys)
    assert f"takedown {taken_down['ids'][0]} (url)" in out
    assert "requested by rights holder, reason: ticket 7" in out
    code, out, _ = curate(["diff", str(demo.release), str(taken_down["v2"]), "--json"], capsys)
    result = json.loads(out)
    assert result["added"] == [] and result["changed"] == []
    assert {r["doc_id"] for r in result["removed"]} == {
        doc_id,
        taken_down["exact_rep"]["doc_id"],
        taken_down["text_doc"],
    }
    assert {r["stage"] for r in result["removed"]} == {"takedown"}


def test_releases_are_immutable(demo, taken_down, capsys):
    args = release_args(demo.release, "v2", taken_down["log"], taken_down["v2"].parent)
    code, _, err = curate(args, capsys)
    assert code == 2 and "already exists; releases are immutable" in err


def test_a_later_pipeline_run_honours_the_log(demo, taken_down, tmp_path):
    result = curate_into(
        [str(demo.corpus / "**")], tmp_path, overrides=[f"takedown.log={taken_down['log']}"]
    )
    rows = {r["doc_id"]: r for r in pq.read_table(tmp_path / "v1" / "provenance").to_pylist()}
    url_id, exact_id, text_id = taken_down["ids"]
    assert rows[taken_down["kept"]["doc_id"]]["reason"] == f"takedown: {url_id}"
    assert rows[taken_down["near"]["doc_id"]]["reason"] == f"takedown: {url_id}"
    assert rows[taken_down["exact"]["doc_id"]]["reason"] == f"takedown: {exact_id}"
    assert rows[taken_down["exact_rep"]["doc_id"]]["reason"] == f"takedown: {exact_id}"
    assert rows[taken_down["text_doc"]]["reason"] == f"takedown: {text_id}"
    assert {r["stage"] for r in rows.values() if r["reason"] and "takedown" in r["reason"]} == {
        "takedown"
    }
    kept = next(r for r in rows.values() if r["status"] == "kept")
    passed = {
        "stage": "takedown",
        "rule": "takedown",
        "value": None,
        "threshold": None,
        "passed": True,
    }
    assert passed in kept["decisions"]
    assert result.manifest["counts"]["kept"] == len(pq.read_table(tmp_path / "v1" / "data"))
    _, head = read_log(taken_down["log"])
    assert result.manifest["takedowns"] == {"entries": 3, "head_sha256": head.sha256}


def test_an_unusable_log_stops_the_run_before_it_starts(demo, tmp_path, capsys):
    with pytest.raises(TakedownLogUnusable, match="takedown.log: takedown log not found"):
        curate_into(
            [str(demo.corpus / "legacy" / "*")],
            tmp_path,
            overrides=[f"takedown.log={tmp_path / 'missing.jsonl'}"],
        )
    code, _, err = curate(
        [
            "run",
            "--input",
            str(demo.corpus / "legacy" / "*"),
            "--output",
            str(tmp_path / "o"),
            "--version",
            "v1",
            "--set",
            f"takedown.log={tmp_path / 'missing.jsonl'}",
        ],
        capsys,
    )
    assert code == 2 and "curate: error: takedown.log: takedown log not found" in err
    assert not list(tmp_path.glob("**/manifest.json"))
