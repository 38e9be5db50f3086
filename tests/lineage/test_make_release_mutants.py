"""What the mutation run of ``make_release`` and its helpers found no fast test for: a new
version made from a release and a takedown log, checked file by file. The source release is
written by hand (Parquet files of the release schemas, committed with ``commit`` as a run
commits them) and the log with ``append_takedown``, so no test waits on a curation run.

The source ``v1`` holds 15 documents in two provenance files, 10 of them kept in three data
shards and signed in two signature files. The log names, by URL, domain, text snippet and a
resolved doc id, documents kept and dropped; what must go is each named kept document, every
member of a named document's exact or near duplicate group, and the documents a takedown
resolved to when it was logged."""

import hashlib
import json
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.config import config_sha256
from curate.records import (
    MINHASH_SCHEMA,
    PROVENANCE_SCHEMA,
    SHARD_SCHEMA,
    decision,
    make_source,
    sha1_hex,
)
from lineage.errors import LineageError, WriteFailed
from lineage.keys import make_selector
from lineage.manifest import (
    CONFIG,
    STATS,
    AccountingError,
    build_manifest,
    contamination_keys,
    contamination_stats,
    new_run,
    now,
    outcome_key,
    outcome_stats,
)
from lineage.release_files import check_target, commit, file_info, file_name, parquet_bytes
from lineage.releases import make_release
from lineage.takedown import append_takedown, read_log, takedown_selector

SOURCE_CONFIG = {"release": {"compression": "zstd"}, "seed": 0}
NEW_COMPRESSION = "gzip"  # the source's files are zstd: a rewritten file shows which was used
MINHASH_PARAMS = {"num_perm": 4, "bands": 2}
SNIPPET = "유출된 내부 보고서의 전문을 공개합니다"
QUALITY = decision("quality", "min_chars", 400.0, 200.0, True)
CREATED = "2026-01-01T00:00:00+00:00"


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_of(doc_id: str) -> str:
    body = f"{doc_id} 문서의 본문입니다. 서울의 날씨는 맑고 시민들은 공원을 걷는다."
    return f"{body} {SNIPPET}." if doc_id in ("a1", "c1") else body


def prov(
    doc_id: str,
    status: str,
    dataset: str,
    *,
    url: str | None = None,
    stage: str | None = None,
    reason: str | None = None,
    exact: str | None = None,
    near: str | None = None,
    tokens: int | None = None,
    contamination: list[str] = (),
    dedup: bool = True,
) -> dict:
    """A provenance row as a run writes it (``release`` and ``run`` filled in later)."""
    kept = status == "kept"
    return {
        "doc_id": doc_id,
        "content_sha256": sha(doc_id.encode()),
        "text_sha1": sha1_hex(text_of(doc_id)),
        "shard_text_sha1": sha1_hex(text_of(doc_id)) if kept else None,
        "source": make_source(f"corpus/{dataset}.jsonl", doc_id, dataset, url=url),
        "status": status,
        "stage": stage,
        "reason": reason,
        "decisions": None if status == "error" else [QUALITY],
        "edits": [],
        "dedup": {
            "exact_group": exact,
            "exact_group_size": None,
            "near_cluster_id": near,
            "near_cluster_size": None,
            "duplicate_of": None,
        }
        if dedup
        else None,
        "lang": "ko",
        "lang_score": 0.99,
        "quality_score": 0.9,
        "char_count": len(text_of(doc_id)),
        "token_count": tokens,
        "pii": None,
        "copyright": None,
        "contamination": [
            {"benchmark": b, "item_id": "7", "overlap": 0.8, "action": "flag"}
            for b in contamination
        ],
    }


def _dropped(stage: str, reason: str) -> dict:
    return {"stage": stage, "reason": reason}


def source_provenance() -> list[list[dict]]:
    """The two provenance files of ``v1``."""
    return [
        [
            prov("a1", "kept", "news", url="https://a.example.kr/1", exact="g1", tokens=11),
            prov(
                "a2",
                "dropped",
                "news",
                url="https://a.example.kr/copy",
                **_dropped("exact_dedup", "exact_duplicate: a1"),
                exact="g1",
                tokens=12,
            ),
            prov("b1", "kept", "news", url="https://b.example.kr/1", near="n1", tokens=13),
            prov(
                "b2",
                "dropped",
                "news",
                url="https://b.example.kr/copy",
                **_dropped("near_dedup", "near_duplicate: b1"),
                near="n1",
                tokens=14,
            ),
            prov(
                "e1",
                "error",
                "news",
                url="https://d.example.kr/broken",
                stage="ingest",
                reason="unreadable_record: line 3",
                dedup=False,
            ),
            prov(
                "k1",
                "dropped",
                "news",
                **_dropped("decontamination", "contaminated: kobest/7"),
                tokens=15,
                contamination=["kobest", "klue"],
            ),
        ],
        [
            prov("c1", "kept", "web", exact="g2", tokens=20),
            prov(
                "c2",
                "dropped",
                "web",
                **_dropped("exact_dedup", "exact_duplicate: c1"),
                exact="g2",
                tokens=21,
            ),
            prov(
                "d1",
                "kept",
                "web",
                url="https://d.example.kr/1",
                tokens=22,
                contamination=["kobest"],
            ),
            prov("d2", "kept", "web", url="https://news.d.example.kr/2", tokens=23),
            prov("f1", "kept", "web", url="https://f.example.kr/1", tokens=24),
            prov(
                "g1",
                "kept",
                "web",
                url="https://g.example.kr/1",
                tokens=25,
                contamination=["kobest"],
            ),
            prov("h1", "kept", "web", url="https://h.example.kr/1"),
            prov("i1", "kept", "web", url="https://i.example.kr/1"),
            prov("j1", "kept", "web", url="https://j.example.kr/1", tokens=26),
        ],
    ]


# the three data shards and two signature files of v1, by doc id
SHARDS = [["a1", "b1"], ["c1", "g1", "d1", "f1", "j1", "d2"], ["h1", "i1"]]
SIGNATURES = [["a1", "b1", "c1", "d1", "d2", "f1", "g1", "j1"], ["h1", "i1"]]


def shard_row(row: dict) -> dict:
    text = text_of(row["doc_id"])
    return {
        "doc_id": row["doc_id"],
        "text": text,
        "url": row["source"]["url"],
        "domain": row["source"]["domain"],
        "source": row["source"]["dataset"],
        "lang": "ko",
        "quality_score": 0.9,
        "token_count": row["token_count"],
        "char_count": len(text),
        "license": None,
        "pii_count": 0,
    }


def signature_row(doc_id: str) -> dict:
    return {"doc_id": doc_id, "signature": hashlib.sha1(doc_id.encode()).digest()}


def table_bytes(rows: list[dict], schema: pa.Schema, drop: tuple[str, ...] = ()) -> bytes:
    """Parquet bytes of ``rows`` without the ``drop`` columns (a file forged to match its
    manifest entry but missing a column)."""
    table = pa.Table.from_pylist(rows, schema=schema).drop_columns(list(drop))
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


def write_source(
    root: Path,
    *,
    provenance: list[list[dict]] | None = None,
    shards: list[list[str]] = SHARDS,
    signatures: list[list[str]] | None = SIGNATURES,
    config: dict = SOURCE_CONFIG,
    inputs: int | None = None,
    forged: dict[str, bytes] | None = None,
) -> Path:
    """Release ``root/v1`` as a run commits it: shards, provenance and signatures staged with
    their file infos, stats, a manifest, then ``commit``. ``forged`` replaces a file's bytes
    before it is listed (so it still matches its entry); ``inputs`` overrides the input count."""
    provenance = source_provenance() if provenance is None else provenance
    rows = {r["doc_id"]: r for part in provenance for r in part}
    run = new_run(config_sha256(config), "DirectRunner")
    staging = root / ".staging-v1-test"
    files = []

    def stage(kind: str, index: int, total: int, data: bytes, count: int, tokens: int) -> str:
        name = file_name(kind, index, total)
        data = (forged or {}).get(name, data)
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_bytes(data)
        files.append(file_info(kind, name, data, count, tokens))
        return name

    for index, ids in enumerate(shards):
        data = parquet_bytes([shard_row(rows[d]) for d in ids], SHARD_SCHEMA, "zstd")
        tokens = sum(rows[d]["token_count"] or 0 for d in ids)
        name = stage("data", index, len(shards), data, len(ids), tokens)
        for row_index, doc_id in enumerate(ids):
            rows[doc_id]["release"] = {"version": "v1", "shard": name, "row_index": row_index}
    for index, part in enumerate(provenance):
        for row in part:
            row.setdefault("release", None)
            row["run"] = run
        data = parquet_bytes(part, PROVENANCE_SCHEMA, "zstd")
        tokens = sum(r["token_count"] or 0 for r in part)
        stage("provenance", index, len(provenance), data, len(part), tokens)
    for index, ids in enumerate(signatures or []):
        data = parquet_bytes([signature_row(d) for d in ids], MINHASH_SCHEMA, "zstd")
        stage("minhash", index, len(signatures), data, len(ids), 0)
    every = list(rows.values())
    stats = outcome_stats(
        [[*k, n] for k, n in sorted(Counter(outcome_key(r) for r in every).items())],
        len(every) if inputs is None else inputs,
    )
    found = Counter(key for r in every for key in contamination_keys(r))
    stats["contamination"] = contamination_stats([[*k, n] for k, n in found.items()])
    manifest = build_manifest(
        version="v1",
        run=run,
        created_at=CREATED,
        inputs=["corpus/**"],
        input_files=2,
        stats=stats,
        files=files,
        config_file="curate.yaml",
        minhash_params=None if signatures is None else MINHASH_PARAMS,
    )
    target = check_target(str(root), "v1", overwrite=False)
    commit(str(staging), target, {STATS: stats, CONFIG: config}, manifest, run["run_id"])
    return root / "v1"


def write_log(path: Path) -> dict[str, str]:
    """The takedown log: name → takedown id, in log order."""
    entries = [
        ("url-a1", make_selector("url", "https://a.example.kr/1"), ()),
        ("text", takedown_selector("text", SNIPPET), ()),
        ("domain-d", make_selector("domain", "d.example.kr"), ()),
        ("url-b2", make_selector("url", "https://b.example.kr/copy"), ()),
        ("resolved-f1", make_selector("doc_id", "elsewhere"), ("f1",)),
        ("nothing", make_selector("url", "https://nowhere.example.kr/x"), ()),
    ]
    return {
        name: append_takedown(
            path, selector, reason=f"ticket {name}", requester="rights holder", doc_ids=ids
        ).id
        for name, selector, ids in entries
    }


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def refused(error, call, *args) -> BaseException:
    with pytest.raises(error) as caught:
        call(*args)
    return caught.value


@pytest.fixture
def made(tmp_path):
    """``v1``, the log, and ``v2`` made from them into ``out``, with the source's compression
    set to gzip (the new files must be written with the source config's codec)."""
    config = {**SOURCE_CONFIG, "release": {"compression": NEW_COMPRESSION}}
    source = write_source(tmp_path / "releases", config=config)
    before = tree(source)
    log = tmp_path / "takedowns.jsonl"
    ids = write_log(log)
    started = now()
    committed = make_release(str(source), "v2", str(log), str(tmp_path / "out"))
    finished = now()
    assert tree(source) == before  # the source is never changed
    v2 = tmp_path / "out" / "v2"
    manifest = json.loads((v2 / "manifest.json").read_text())
    rows = {r["doc_id"]: r for r in pq.read_table(v2 / "provenance").to_pylist()}
    return {
        "source": source,
        "log": log,
        "ids": ids,
        "committed": committed,
        "v2": v2,
        "manifest": manifest,
        "rows": rows,
        "config": config,
        "when": (started, finished),
    }


# --- the files of the new version --------------------------------------------------------------


def test_the_new_version_keeps_untouched_files_as_they_are_and_renumbers_the_rest(made):
    """The shard of a1 and b1 is emptied and left out; the shard of c1…d2 is rewritten with
    g1 and j1 in the source config's codec; the shard of h1 and i1 is copied byte for byte.
    Signatures follow the data."""
    v1, v2 = made["source"], made["v2"]
    source_rows = {r["doc_id"]: r for r in pq.read_table(v1 / "provenance").to_pylist()}
    assert sorted(p.relative_to(v2).as_posix() for p in v2.rglob("*.parquet")) == [
        "data/part-00000-of-00002.parquet",
        "data/part-00001-of-00002.parquet",
        "minhash/part-00000-of-00002.parquet",
        "minhash/part-00001-of-00002.parquet",
        "provenance/part-00000-of-00002.parquet",
        "provenance/part-00001-of-00002.parquet",
    ]
    rewritten = [shard_row(source_rows[d]) for d in ("g1", "j1")]
    assert (v2 / "data/part-00000-of-00002.parquet").read_bytes() == parquet_bytes(
        rewritten, SHARD_SCHEMA, NEW_COMPRESSION
    )
    assert (v2 / "data/part-00001-of-00002.parquet").read_bytes() == (
        v1 / "data/part-00002-of-00003.parquet"
    ).read_bytes()
    assert (v2 / "minhash/part-00000-of-00002.parquet").read_bytes() == parquet_bytes(
        [signature_row("g1"), signature_row("j1")], MINHASH_SCHEMA, NEW_COMPRESSION
    )
    assert (v2 / "minhash/part-00001-of-00002.parquet").read_bytes() == (
        v1 / "minhash/part-00001-of-00002.parquet"
    ).read_bytes()
    for path in (
        "provenance/part-00000-of-00002.parquet",
        "provenance/part-00001-of-00002.parquet",
    ):
        rows = pq.read_table(v2 / path).to_pylist()
        assert (v2 / path).read_bytes() == parquet_bytes(rows, PROVENANCE_SCHEMA, NEW_COMPRESSION)
    assert [r["doc_id"] for r in pq.read_table(v2 / "provenance").to_pylist()] == [
        *("a1", "a2", "b1", "b2", "e1", "k1"),
        *("c1", "c2", "d1", "d2", "f1", "g1", "h1", "i1", "j1"),
    ]


def test_the_manifest_lists_each_new_file_with_its_hash_rows_and_tokens(made):
    v2, manifest = made["v2"], made["manifest"]

    def entry(path, rows, tokens):
        data = (v2 / path).read_bytes()
        return {
            "path": path,
            "sha256": sha(data),
            "rows": rows,
            "bytes": len(data),
            "token_count": tokens,
        }

    assert manifest["shards"] == [
        entry("data/part-00000-of-00002.parquet", 2, 25 + 26),
        entry("data/part-00001-of-00002.parquet", 2, 0),  # h1 and i1 have no token count
    ]
    assert manifest["token_count"] == 51
    assert manifest["provenance"] == [
        entry("provenance/part-00000-of-00002.parquet", 6, 11 + 12 + 13 + 14 + 15),
        entry("provenance/part-00001-of-00002.parquet", 9, 20 + 21 + 22 + 23 + 24 + 25 + 26),
    ]
    assert manifest["minhash"] == {
        "params": MINHASH_PARAMS,
        "files": [
            entry("minhash/part-00000-of-00002.parquet", 2, 0),
            entry("minhash/part-00001-of-00002.parquet", 2, 0),
        ],
    }
    assert made["committed"].manifest == manifest
    assert made["committed"].path == str(v2)
    assert made["committed"].release_id == sha((v2 / "manifest.json").read_bytes())


def test_the_manifest_says_where_the_version_came_from_and_which_takedowns_it_applied(made):
    manifest, ids, log = made["manifest"], made["ids"], made["log"]
    v1 = json.loads((made["source"] / "manifest.json").read_text())
    assert manifest["version"] == "v2"
    assert manifest["derived_from"] == {
        "version": "v1",
        "path": str(made["source"]),
        "manifest_sha256": sha((made["source"] / "manifest.json").read_bytes()),
    }
    _, head = read_log(log)
    assert manifest["takedowns"] == {
        "log_sha256": sha(log.read_bytes()),
        "entries": 6,
        "head_sha256": head.sha256,
        "applied": [
            {"id": ids["url-a1"], "removed": 1},
            {"id": ids["text"], "removed": 1},
            {"id": ids["domain-d"], "removed": 2},
            {"id": ids["url-b2"], "removed": 1},
            {"id": ids["resolved-f1"], "removed": 1},
        ],
    }
    assert manifest["counts"] == {"inputs": 15, "kept": 4, "dropped": 10, "error": 1}
    assert manifest["inputs"] == {"patterns": ["corpus/**"], "files": 2}
    assert manifest["config_file"] == "curate.yaml"
    assert manifest["config_sha256"] == v1["config_sha256"]
    run = manifest["run"]
    assert run["runner"] == manifest["runner"] == "curate release"
    assert run["config_sha256"] == v1["config_sha256"] and run["run_id"] != v1["run"]["run_id"]
    started, finished = made["when"]
    assert started <= manifest["created_at"] <= finished


def test_the_new_stats_count_the_takedowns_and_the_contamination(made):
    stats = json.loads((made["v2"] / "stats.json").read_text())
    assert stats == {
        "counts": {"inputs": 15, "kept": 4, "dropped": 10, "error": 1},
        "by_stage_reason": {
            "dropped:decontamination": {"contaminated": 1},
            "dropped:exact_dedup": {"exact_duplicate": 2},
            "dropped:near_dedup": {"near_duplicate": 1},
            "dropped:takedown": {"takedown": 4, "takedown_duplicate": 2},
            "error:ingest": {"unreadable_record": 1},
        },
        "by_dataset": {
            "news": {"dropped": 5, "error": 1},
            "web": {"dropped": 5, "kept": 4},
        },
        # d1, removed by a takedown, still held kobest text: counted as cut, like g1
        "contamination": {
            "klue": {"documents": 1, "dropped": 1, "cut": 0},
            "kobest": {"documents": 3, "dropped": 1, "cut": 2},
        },
    }
    assert json.loads((made["v2"] / "config.json").read_text()) == made["config"]
    assert made["ids"]["url-a1"] in (made["v2"] / "README.md").read_text()


# --- provenance -------------------------------------------------------------------------------


def test_provenance_says_which_takedown_removed_each_document_and_why(made):
    rows, ids, run = made["rows"], made["ids"], made["manifest"]["run"]
    takedown = decision("takedown", "takedown", None, None, False)
    duplicate = decision("takedown", "takedown_duplicate", None, None, False)
    removed_kept = {
        "a1": (f"takedown: {ids['url-a1']}", takedown),
        "c1": (f"takedown: {ids['text']}", takedown),
        "d1": (f"takedown: {ids['domain-d']}", takedown),
        "d2": (f"takedown: {ids['domain-d']}", takedown),
        "b1": (f"takedown_duplicate: {ids['url-b2']} (near duplicate of b2)", duplicate),
        "f1": (
            f"takedown_duplicate: {ids['resolved-f1']} "
            "(duplicate recorded when the takedown was logged)",
            duplicate,
        ),
    }
    for doc_id, (reason, rule) in removed_kept.items():
        row = rows[doc_id]
        assert (row["status"], row["stage"], row["reason"]) == ("dropped", "takedown", reason)
        assert row["decisions"] == [QUALITY, rule], doc_id
        assert row["run"] == run and row["release"] is None
        assert row["shard_text_sha1"] is None and row["text_sha1"] == sha1_hex(text_of(doc_id))
    # named or duplicates of named, but dropped or failed before: only a decision is added
    removed_other = {
        "a2": ("dropped", "exact_dedup", "exact_duplicate: a1", [QUALITY, duplicate]),
        "b2": ("dropped", "near_dedup", "near_duplicate: b1", [QUALITY, takedown]),
        "c2": ("dropped", "exact_dedup", "exact_duplicate: c1", [QUALITY, duplicate]),
        "e1": ("error", "ingest", "unreadable_record: line 3", [takedown]),
    }
    for doc_id, (status, stage, reason, decisions) in removed_other.items():
        row = rows[doc_id]
        assert (row["status"], row["stage"], row["reason"]) == (status, stage, reason)
        assert row["decisions"] == decisions, doc_id
        assert row["run"] == run and row["release"] is None


def test_provenance_of_the_documents_left_points_at_their_new_rows_and_keeps_their_run(made):
    rows, v2 = made["rows"], made["v2"]
    source_run = json.loads((made["source"] / "manifest.json").read_text())["run"]
    placed = {
        "g1": ("data/part-00000-of-00002.parquet", 0),
        "j1": ("data/part-00000-of-00002.parquet", 1),
        "h1": ("data/part-00001-of-00002.parquet", 0),
        "i1": ("data/part-00001-of-00002.parquet", 1),
    }
    for doc_id, (shard, row_index) in placed.items():
        row = rows[doc_id]
        assert row["release"] == {"version": "v2", "shard": shard, "row_index": row_index}
        assert pq.read_table(v2 / shard).column("doc_id")[row_index].as_py() == doc_id
        assert (row["status"], row["stage"], row["reason"]) == ("kept", None, None)
        assert row["decisions"] == [QUALITY] and row["run"] == source_run
        assert row["shard_text_sha1"] == sha1_hex(text_of(doc_id))
    k1 = rows["k1"]
    assert (k1["status"], k1["stage"], k1["decisions"], k1["release"], k1["run"]) == (
        "dropped",
        "decontamination",
        [QUALITY],
        None,
        source_run,
    )


def test_a_document_named_by_url_and_by_text_is_removed_by_the_earlier_url_takedown(made):
    """a1 holds the text snippet too; its URL takedown was logged first and is the one named."""
    assert made["rows"]["a1"]["reason"] == f"takedown: {made['ids']['url-a1']}"
    assert made["rows"]["a2"]["reason"] == "exact_duplicate: a1"


def test_a_document_named_by_text_first_and_by_url_later_is_removed_by_the_text_takedown(
    tmp_path,
):
    """Logged the other way round, the earlier text takedown is named and counted, as a
    pipeline run names it (``Takedowns.match``), though provenance is read before the text."""
    source = write_source(tmp_path / "releases")
    log = tmp_path / "takedowns.jsonl"
    first = append_takedown(log, takedown_selector("text", SNIPPET), reason="r", requester="q").id
    later = append_takedown(
        log, make_selector("url", "https://a.example.kr/1"), reason="r", requester="q"
    ).id
    committed = make_release(str(source), "v2", str(log), str(tmp_path / "out"))
    rows = {
        r["doc_id"]: r for r in pq.read_table(tmp_path / "out" / "v2" / "provenance").to_pylist()
    }
    assert rows["a1"]["reason"] == f"takedown: {first}"
    applied = committed.manifest["takedowns"]["applied"]
    assert later not in [entry["id"] for entry in applied]
    assert [entry["id"] for entry in applied] == [first]


# --- without signatures, contamination or text takedowns ---------------------------------------


def test_a_log_that_names_nothing_kept_gives_a_copy_of_the_data_and_fresh_placements(tmp_path):
    provenance = source_provenance()
    for part in provenance:
        for row in part:
            row["contamination"] = []
    source = write_source(tmp_path, provenance=provenance, signatures=None)
    log = tmp_path / "takedowns.jsonl"
    append_takedown(
        log, make_selector("url", "https://d.example.kr/broken"), reason="r", requester="q"
    )
    committed = make_release(str(source), "v2", str(log))
    v2 = tmp_path / "v2"
    assert committed.path == str(v2)
    for index in range(3):
        name = f"data/part-0000{index}-of-00003.parquet"
        assert (v2 / name).read_bytes() == (source / name).read_bytes()
    assert not (v2 / "minhash").exists() and committed.manifest["minhash"] is None
    assert committed.manifest["takedowns"]["applied"] == []
    stats = json.loads((v2 / "stats.json").read_text())
    assert "contamination" not in stats
    assert stats["counts"] == {"inputs": 15, "kept": 10, "dropped": 4, "error": 1}
    rows = {r["doc_id"]: r for r in pq.read_table(v2 / "provenance").to_pylist()}
    assert rows["b1"]["release"] == {
        "version": "v2",
        "shard": "data/part-00000-of-00003.parquet",
        "row_index": 1,
    }
    e1 = rows["e1"]  # named, but an error before: one decision more, the reason it had
    assert (e1["status"], e1["reason"]) == ("error", "unreadable_record: line 3")
    assert e1["decisions"] == [decision("takedown", "takedown", None, None, False)]


def test_a_takedown_by_doc_id_removes_that_document_and_its_duplicates(tmp_path):
    """a2 is a dropped copy of a1: naming it takes a1 too; the log has no text takedown, so
    doc ids are matched from provenance alone."""
    source = write_source(tmp_path, signatures=None)
    log = tmp_path / "takedowns.jsonl"
    td = append_takedown(log, make_selector("doc_id", "a2"), reason="r", requester="q").id
    committed = make_release(str(source), "v2", str(log))
    assert committed.manifest["takedowns"]["applied"] == [{"id": td, "removed": 1}]
    rows = {r["doc_id"]: r for r in pq.read_table(tmp_path / "v2" / "provenance").to_pylist()}
    assert rows["a1"]["reason"] == f"takedown_duplicate: {td} (exact duplicate of a2)"
    assert rows["a2"]["decisions"][-1] == decision("takedown", "takedown", None, None, False)
    data = pq.read_table(tmp_path / "v2" / "data").column("doc_id").to_pylist()
    assert data == ["b1", "c1", "g1", "d1", "f1", "j1", "d2", "h1", "i1"]


def test_a_release_made_before_its_metadata_was_hashed_can_be_derived_from(tmp_path):
    source = write_source(tmp_path / "releases")
    manifest = json.loads((source / "manifest.json").read_text())
    del manifest["metadata"]
    (source / "manifest.json").write_text(json.dumps(manifest))
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(b"")
    committed = make_release(str(source), "v2", str(log), str(tmp_path / "out"))
    assert committed.manifest["counts"]["kept"] == 10
    assert committed.manifest["takedowns"] == {
        "log_sha256": sha(b""),
        "entries": 0,
        "head_sha256": None,
        "applied": [],
    }


# --- where the new version goes -----------------------------------------------------------------


@pytest.mark.parametrize("relative", [False, True])
def test_the_new_version_goes_next_to_its_source_by_default(tmp_path, monkeypatch, relative):
    source = write_source(tmp_path)
    log = tmp_path / "takedowns.jsonl"
    write_log(log)
    if relative:
        monkeypatch.chdir(tmp_path)
        committed = make_release("v1", "v2", str(log))
        assert committed.manifest["derived_from"]["path"] == "v1"
    else:
        committed = make_release(f"{source}/", "v2", str(log))
    assert (tmp_path / "v2" / "manifest.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["takedowns.jsonl", "v1", "v2"]
    assert committed.manifest["counts"]["kept"] == 4


# --- refusals ----------------------------------------------------------------------------------


def test_a_log_edited_since_the_source_recorded_its_head_is_refused(tmp_path):
    source = write_source(tmp_path)
    log = tmp_path / "takedowns.jsonl"
    write_log(log)
    make_release(str(source), "v2", str(log))
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join([*lines[:-1], lines[-1].replace(b"ticket", b"TICKET")]))
    error = refused(LineageError, make_release, str(tmp_path / "v2"), "v3", str(log))
    assert str(error) == (
        f"takedown log {log} line 6: not the entry release v2 recorded (the log was edited since)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["takedowns.jsonl", "v1", "v2"]


@pytest.mark.parametrize(
    "config", [{"seed": 0}, {"release": None, "seed": 0}, {"release": {"compression": 5}}]
)
def test_a_source_config_without_a_compression_name_is_refused(tmp_path, config):
    source = write_source(tmp_path, config=config)
    log = tmp_path / "takedowns.jsonl"
    log.write_bytes(b"")
    error = refused(LineageError, make_release, str(source), "v2", str(log))
    assert str(error) == f"{source}/config.json names no release.compression"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["takedowns.jsonl", "v1"]


def test_a_source_whose_counts_do_not_add_up_is_refused_and_leaves_nothing(tmp_path):
    source = write_source(tmp_path / "releases", inputs=16)
    log = tmp_path / "takedowns.jsonl"
    write_log(log)
    error = refused(LineageError, make_release, str(source), "v2", str(log))
    assert str(error) == (
        "accounting mismatch: inputs 16 != kept+dropped+error 15; provenance rows 15 != inputs 16"
    )
    assert isinstance(error.__cause__, AccountingError)
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["v1"]


def test_a_write_that_fails_is_one_line_naming_the_file_and_leaves_nothing(tmp_path):
    source = write_source(tmp_path / "releases")
    log = tmp_path / "takedowns.jsonl"
    write_log(log)
    output = tmp_path / "not-a-folder"
    output.write_bytes(b"a file where the releases folder should be")
    error = refused(WriteFailed, make_release, str(source), "v2", str(log), str(output))
    message = str(error)
    assert message.startswith(f"cannot write {output}/.staging-v2-")
    assert message.endswith(
        ": Not a directory; no release was made and the staging folder was removed"
    )
    assert isinstance(error.__cause__, OSError)
    assert output.read_bytes() == b"a file where the releases folder should be"


PROV0 = "provenance/part-00000-of-00002.parquet"
PROV1 = "provenance/part-00001-of-00002.parquet"
SHARD1 = "data/part-00001-of-00003.parquet"
SIG0 = "minhash/part-00000-of-00002.parquet"


def _forged(name: str) -> dict[str, bytes]:
    """Bytes for ``name`` that match the manifest but are not the table it should be."""
    provenance = source_provenance()
    if name == "prov-no-table":
        return {PROV0: b"PAR1 not a table"}
    if name.startswith("prov-no-"):  # both files, or they would not concatenate
        drop = (name.removeprefix("prov-no-"),)
        return {
            PROV0: table_bytes(provenance[0], PROVENANCE_SCHEMA, drop),
            PROV1: table_bytes(provenance[1], PROVENANCE_SCHEMA, drop),
        }
    if name == "shard-no-table":
        return {SHARD1: b"PAR1 not a table"}
    if name == "shard-no-doc-id":
        rows = [{"text": text_of("c1")}]
        return {SHARD1: table_bytes(rows, pa.schema([("text", pa.string())]))}
    rows = [signature_row("a1")]
    return {SIG0: table_bytes(rows, MINHASH_SCHEMA, ("doc_id",))}


@pytest.mark.parametrize(
    "forgery, text_takedown, what",
    [
        ("prov-no-table", False, f"provenance file: {{v1}}/{PROV0} (ArrowInvalid)"),
        ("prov-no-dedup", False, "provenance file: {v1}/provenance (KeyError)"),
        ("prov-no-status", False, "provenance file: {v1}/provenance (KeyError)"),
        ("prov-no-stage", False, f"provenance file: {{v1}}/{PROV0} (KeyError)"),
        ("shard-no-table", False, f"data file: {{v1}}/{SHARD1} (ArrowInvalid)"),
        ("shard-no-table", True, f"data shard file: {{v1}}/{SHARD1} (ArrowInvalid)"),
        ("shard-no-doc-id", False, f"data file: {{v1}}/{SHARD1} (KeyError)"),
        ("shard-no-doc-id", True, f"data shard file: {{v1}}/{SHARD1} (ValueError)"),
        ("sig-no-doc-id", False, f"minhash file: {{v1}}/{SIG0} (KeyError)"),
    ],
    ids=[
        "provenance-not-parquet",
        "provenance-without-dedup",
        "provenance-without-status",
        "provenance-without-stage-met-while-staging",
        "shard-not-parquet-met-while-staging",
        "shard-not-parquet-met-by-a-text-takedown",
        "shard-without-doc-id-met-while-staging",
        "shard-without-doc-id-met-by-a-text-takedown",
        "signatures-without-doc-id-met-while-staging",
    ],
)
def test_a_file_forged_to_match_its_manifest_is_refused_naming_it(
    tmp_path, forgery, text_takedown, what
):
    """One line naming the file and what it should have been; nothing written, also when the
    forged file is met after the new files were being staged."""
    source = write_source(tmp_path / "releases", forged=_forged(forgery))
    log = tmp_path / "takedowns.jsonl"
    if text_takedown:
        append_takedown(log, takedown_selector("text", SNIPPET), reason="r", requester="q")
    else:
        append_takedown(log, make_selector("domain", "d.example.kr"), reason="r", requester="q")
    error = refused(LineageError, make_release, str(source), "v2", str(log))
    assert str(error) == "corrupted " + what.format(v1=source)
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["v1"]
