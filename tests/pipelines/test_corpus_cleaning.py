"""The three corpus-level stages in a real run (embedded runner, whole release): a gambling URL
is dropped right after ingest; a site's menu and footer, on every page and in no lexicon,
leave every page with an edit naming the page count; a page that was only boilerplate is
dropped with normalize's rule; a C4-style duplicate paragraph stays in its first document
only; a pasted KMMLU item drops its document and a pasted CLIcK item is cut, both named in
provenance and counted per benchmark in stats.json. Decontamination runs twice, its item index
a side input and a join (``side_input_max_ngrams`` below the fixtures' n-grams), and the two
releases must be the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import curate_into, jsonl_line, real_texts

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "benchmarks"
MENU = "종합 | 지역소식 | 오피니언 | 새날포토 | 구독신청"
FOOTER = "새날일보 | 충청북도 청주시 상당구 중앙로 77 | 발행인 겸 편집인 김새날"
KMMLU_Q = (
    "조선 시대 세종이 집현전 학자들과 함께 백성을 가르치는 바른 소리로 창제하여 반포한 "
    "문자는 무엇인가?"
)
CLICK_Q = (
    "판소리에서 소리꾼이 이야기를 노래로 부르는 사이사이에 말로 풀어내는 부분을 무엇이라고 "
    "부르는지 고르시오."
)
COPA = [
    "아침부터 하늘에 먹구름이 잔뜩 끼어 있었다.",
    "그래서 어머니는 외출할 때 우산을 챙겨 가라고 말씀하셨다.",
    "그래서 어머니는 외출할 때 선글라스를 챙겨 가라고 말씀하셨다.",
]
# The second KMMLU item's first nine words: 2 of its 5 8-grams, under min_overlap 0.5.
KMMLU_PARTIAL = "우리나라 헌법에서 국회의원의 임기를 몇 년으로 정하고 있는지 다음"
OUTING = "지난 주말 가족과 함께 근처 공원에 다녀왔는데, 날씨가 좋아서 산책하는 사람이 많았다."
DINNER = "돌아오는 길에는 시장에 들러 저녁거리를 샀고, 오랜만에 다 같이 둘러앉아 식사를 했다."
# How each run's index reaches the scan: auto at the default switch (a side input), and auto
# with the switch under the fixtures' n-grams (a join).
PATHS = {"side_input": [], "join": ["decontamination.side_input_max_ngrams=1"]}
RELEASES: dict[str, Path] = {}


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, tuple]:
    """The same corpus curated once per index path: {path: (provenance, shards, stats)}."""
    root = tmp_path_factory.mktemp("corpus-cleaning")
    texts = real_texts(8)
    shared = "이 문단은 여러 사이트가 함께 옮겨 실은 보도자료의 한 문단으로, " * 3
    rows = [
        {
            "id": f"p{i}",
            "text": f"{MENU}\n{texts[i]}\n{FOOTER}",
            "url": f"https://saenal.example.kr/{i}",
        }
        for i in range(4)
    ]
    rows += [
        {"id": "menu-only", "text": f"{MENU}\n{FOOTER}", "url": "https://saenal.example.kr/m"},
        {"id": "toto", "text": texts[4], "url": "https://blog.example.co.kr/toto777/1"},
        {"id": "dup-a", "text": f"{texts[5]}\n{shared}", "url": "https://a.example.kr/1"},
        {"id": "dup-b", "text": f"{texts[6]}\n{shared}", "url": "https://b.example.kr/1"},
        {
            "id": "kmmlu",
            "text": f"{texts[7]}\n{KMMLU_Q}\nA. 이두\nB. 훈민정음",
            "url": "https://c.example.kr/q",
        },
        {
            "id": "click",
            "text": f"{texts[3][:300]}\n{CLICK_Q}\n① 아니리 ② 추임새",
            "url": "https://d.example.kr/q",
        },
        {
            "id": "two-items",
            "text": "\n".join([OUTING, *COPA, CLICK_Q, "① 아니리 ② 추임새", CLICK_Q, DINNER]),
            "url": "https://e.example.kr/q",
        },
        {"id": "partial", "text": f"{OUTING}\n{KMMLU_PARTIAL}\n{DINNER}"},
    ]
    (root / "in.jsonl").write_bytes(b"".join(jsonl_line(r) for r in rows))
    config = root / "run.yaml"
    config.write_text(
        "decontamination:\n  benchmarks:\n"
        f"    - {{name: kmmlu, path: {FIXTURES / 'kmmlu.csv'}, layout: kmmlu}}\n"
        f"    - {{name: click, path: {FIXTURES / 'click.jsonl'}, layout: click, action: cut}}\n"
        f"    - {{name: copa, path: {FIXTURES / 'kobest_copa.jsonl'}, layout: kobest_copa, "
        "action: cut}\n"
    )
    from curate.config import load_settings
    from pipelines.curation import run_curation
    from tests.conftest import SPINE_ONLY

    out = {}
    for path, overrides in PATHS.items():
        result = run_curation(
            inputs=[str(root / "in.jsonl")],
            output=str(root / path),
            version_name="v1",
            settings=load_settings(config, [*SPINE_ONLY, "near_dedup.enabled=false", *overrides]),
        )
        release = RELEASES[path] = Path(result.release)
        provenance = {
            r["source"]["record_id"]: r for r in pq.read_table(release / "provenance").to_pylist()
        }
        shards = {r["doc_id"]: r["text"] for r in pq.read_table(release / "data").to_pylist()}
        stats = json.loads((release / "stats.json").read_text())
        out[path] = (provenance, shards, stats)
    return out


@pytest.fixture(scope="module", params=list(PATHS))
def cleaned(request, runs):
    return runs[request.param]


def test_gambling_url_is_dropped_by_the_url_policy(cleaned):
    provenance, _, stats = cleaned
    toto = provenance["toto"]
    assert (toto["status"], toto["stage"], toto["reason"]) == (
        "dropped",
        "url_policy",
        "gambling: word:toto",
    )
    assert stats["by_stage_reason"]["dropped:url_policy"] == {"gambling": 1}
    assert not any(d["stage"] == "normalize" for d in toto["decisions"])


def test_site_boilerplate_leaves_every_page_with_an_edit(cleaned):
    provenance, shards, _ = cleaned
    for i in range(3):
        row = provenance[f"p{i}"]
        assert row["status"] == "kept"
        text = shards[row["doc_id"]]
        assert MENU not in text and FOOTER not in text and text.strip()
        edits = [e for e in row["edits"] if e["stage"] == "repeated_lines"]
        assert [(e["rule"], e["line"], e["count"]) for e in edits][0] == ("site_boilerplate", 0, 5)
        assert {e["chars"] for e in edits} == {len(MENU), len(FOOTER)}


def test_a_page_of_nothing_but_boilerplate_is_dropped_with_its_reason(cleaned):
    provenance, _, stats = cleaned
    row = provenance["menu-only"]
    assert (row["status"], row["stage"], row["reason"]) == (
        "dropped",
        "repeated_lines",
        "min_chars",
    )
    assert stats["by_stage_reason"]["dropped:repeated_lines"] == {"min_chars": 1}


def test_a_corpus_duplicate_paragraph_stays_only_in_the_first_document(cleaned):
    provenance, shards, _ = cleaned
    a, b = sorted([provenance["dup-a"], provenance["dup-b"]], key=lambda r: r["doc_id"])
    shared = "보도자료의 한 문단으로"
    assert shared in shards[a["doc_id"]] and shared not in shards[b["doc_id"]]
    [removed] = [e for e in b["edits"] if e["stage"] == "repeated_lines"]
    assert (removed["rule"], removed["count"]) == ("corpus_duplicate", 2)
    assert not [e for e in a["edits"] or [] if e["stage"] == "repeated_lines"]


def test_a_pasted_item_drops_or_cuts_and_is_counted_per_benchmark(cleaned):
    provenance, shards, stats = cleaned
    dropped, cut = provenance["kmmlu"], provenance["click"]
    assert (dropped["status"], dropped["stage"], dropped["reason"]) == (
        "dropped",
        "decontamination",
        "kmmlu",
    )
    [found] = dropped["contamination"]
    assert (found["benchmark"], found["item_id"], found["action"]) == ("kmmlu", "0", "drop")
    assert found["overlap"] >= 0.5
    assert cut["status"] == "kept" and "판소리" not in shards[cut["doc_id"]]
    assert [(c["benchmark"], c["item_id"]) for c in cut["contamination"]] == [
        ("click", "click-culture-7")
    ]
    assert {e["rule"] for e in cut["edits"] if e["stage"] == "decontamination"} == {
        "contaminated:click"
    }
    assert stats["contamination"] == {
        "click": {"documents": 2, "dropped": 0, "cut": 2},
        "copa": {"documents": 1, "dropped": 0, "cut": 1},
        "kmmlu": {"documents": 1, "dropped": 1, "cut": 0},
    }
    assert stats["by_stage_reason"]["dropped:decontamination"] == {"kmmlu": 1}
    assert provenance["p0"]["contamination"] is None


def test_two_items_in_one_document_each_lose_their_lines(cleaned):
    provenance, shards, _ = cleaned
    row, partial = provenance["two-items"], provenance["partial"]
    assert [(c["benchmark"], c["overlap"]) for c in row["contamination"]] == [
        ("click", 1.0),
        ("copa", 1.0),
    ]
    # the choices line holds no 8-gram of the item (each choice is its own field): it stays
    assert shards[row["doc_id"]] == f"{OUTING}\n① 아니리 ② 추임새\n{DINNER}"
    rules = [(e["line"], e["rule"]) for e in row["edits"] if e["stage"] == "decontamination"]
    assert rules == [
        (1, "contaminated:copa"),
        (2, "contaminated:copa"),
        (3, "contaminated:copa"),
        (4, "contaminated:click"),
        (6, "contaminated:click"),
    ]
    assert partial["status"] == "kept" and partial["contamination"] is None


def test_side_input_and_join_release_the_same_bytes(runs):
    side, joined = runs["side_input"], runs["join"]
    fields = ("doc_id", "status", "stage", "reason", "contamination", "edits", "decisions")
    for record_id, row in side[0].items():
        assert {f: row[f] for f in fields} == {f: joined[0][record_id][f] for f in fields}
    assert side[0].keys() == joined[0].keys()
    assert side[1] == joined[1]
    assert side[2]["contamination"] == joined[2]["contamination"]
    assert side[2]["by_stage_reason"] == joined[2]["by_stage_reason"]


@pytest.mark.parametrize(
    ("overrides", "path"),
    [
        ([], "side_input"),
        (["decontamination.side_input_max_ngrams=TOTAL"], "side_input"),
        (["decontamination.side_input_max_ngrams=BELOW"], "join"),
        (
            ["decontamination.index=side_input", "decontamination.side_input_max_ngrams=1"],
            "side_input",
        ),
        (["decontamination.index=join"], "join"),
    ],
)
def test_the_index_is_a_side_input_up_to_the_switch_and_a_join_above(overrides, path):
    from curate.config import load_settings
    from pipelines.decontamination import Decontaminate, check_benchmarks

    spec = (
        f"decontamination.benchmarks=[{{name: k, path: {FIXTURES / 'kmmlu.csv'}, layout: kmmlu}}]"
    )
    total = check_benchmarks(load_settings(None, [spec]).decontamination)
    overrides = [o.replace("TOTAL", str(total)).replace("BELOW", str(total - 1)) for o in overrides]
    settings = load_settings(None, [spec, *overrides]).decontamination
    assert Decontaminate(settings, 1).path == path


def test_an_unreadable_benchmark_stops_the_run_naming_its_key(tmp_path):
    from pipelines.decontamination import BenchmarkUnusable

    (tmp_path / "in.jsonl").write_bytes(jsonl_line({"text": "본문"}))
    with pytest.raises(BenchmarkUnusable, match=r"decontamination.benchmarks\[0\].path: "):
        curate_into(
            [str(tmp_path / "in.jsonl")],
            tmp_path / "out",
            overrides=[f"decontamination.benchmarks=[{{name: k, path: {tmp_path / 'no.csv'}}}]"],
        )
    assert not (tmp_path / "out" / "v1").exists()


def test_a_release_made_from_another_keeps_its_contamination_counts(runs, tmp_path):
    from lineage.releases import make_release
    from lineage.takedown import append_takedown, takedown_selector

    provenance, _, stats = runs["side_input"]
    log = tmp_path / "takedowns.jsonl"
    selector = takedown_selector("doc_id", provenance["p0"]["doc_id"])
    append_takedown(log, selector, reason="court order", requester="legal")
    committed = make_release(str(RELEASES["side_input"]), "v2", str(log), str(tmp_path))
    derived = json.loads((Path(committed.path) / "stats.json").read_text())
    assert derived["by_stage_reason"]["dropped:takedown"] == {"takedown": 1}
    assert derived["contamination"] == stats["contamination"]
