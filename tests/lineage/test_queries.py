"""What a legal reviewer sees: find, explain, stats and case files over a real release, in
place and through the persistent index, and one-line errors for bad input."""

import csv
import json
import shutil
import unicodedata

import pytest

from lineage.index import build_index, open_index, open_releases
from lineage.keys import make_selector
from lineage.queries import find
from tests.lineage_helpers import curate, demo_release


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_release(tmp_path_factory)


@pytest.fixture(scope="module")
def index_file(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("index") / "provenance.duckdb"
    build_index([str(demo.release)], str(path))
    return path


def find_json(capsys, source, *selector):
    code, out, err = curate(
        ["lineage", "find", *source, *selector, "--json", "--limit", "0"], capsys
    )
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module", params=["in-place", "index"])
def source(request, demo, index_file):
    if request.param == "index":
        return ["--index", str(index_file)]
    return ["--release", str(demo.release)]


def test_find_by_url_ignores_scheme_www_and_trailing_slash(demo, source, capsys):
    kept, _dup = demo.near_duplicate_pair()
    url = kept["source"]["url"]
    messy = url.replace("https://", "http://www.") + "/"
    found = find_json(capsys, source, "--url", messy)
    assert [r["doc_id"] for r in found["rows"]] == [kept["doc_id"]]
    assert found["rows"][0]["shard"] == kept["release"]["shard"]
    assert found["rows"][0]["row_index"] == kept["release"]["row_index"]


def test_find_by_domain_includes_subdomains(demo, source, capsys):
    rows = demo.provenance()
    debian = {r["doc_id"] for r in rows if (r["source"]["domain"] or "").endswith("debian.example")}
    assert any(r["source"]["domain"].startswith("mirror") for r in rows if r["doc_id"] in debian)
    found = find_json(capsys, source, "--domain", "https://www.faq.debian.example/ko/")
    faq = {
        r["doc_id"] for r in rows if (r["source"]["domain"] or "").endswith("faq.debian.example")
    }
    assert {r["doc_id"] for r in found["rows"]} == faq
    found = find_json(capsys, source, "--domain", "debian.example")
    assert {r["doc_id"] for r in found["rows"]} == debian
    assert found["total"] == len(debian)


def test_find_by_doc_id_shows_why_a_dropped_document_is_absent(demo, source, capsys):
    _kept, dup = demo.near_duplicate_pair()
    code, out, _ = curate(["lineage", "find", *source, "--doc-id", dup["doc_id"]], capsys)
    assert code == 0
    assert "1 record(s) for doc_id" in out
    assert dup["doc_id"] in out and "near_dedup" in out and "near_duplicate" in out


def test_find_text_ignores_unicode_form_and_spacing(demo, source, capsys):
    doc_id, text = next((d, t) for d, t in sorted(demo.texts().items()) if len(t) > 80)
    snippet = text[20:60].strip()
    variants = [
        unicodedata.normalize("NFD", snippet),
        "  ".join(snippet.split()),
        snippet.replace(" ", ""),
        " ".join(snippet),
    ]
    for variant in variants:
        found = find_json(capsys, source, "--text", variant)
        assert doc_id in {r["doc_id"] for r in found["rows"]}, variant
        assert all(r["status"] == "kept" for r in found["rows"])


def test_find_text_never_prints_the_text(demo, source, capsys):
    doc_id, text = next((d, t) for d, t in sorted(demo.texts().items()) if len(t) > 80)
    snippet = text[10:50].strip()
    code, out, err = curate(["lineage", "find", *source, "--text", snippet], capsys)
    assert code == 0 and doc_id in out
    assert snippet not in out + err and "".join(snippet.split()) not in out + err


def test_find_limits_rows_but_reports_the_total(demo, capsys):
    code, out, _ = curate(
        [
            "lineage",
            "find",
            "--release",
            str(demo.release),
            "--domain",
            "example.kr",
            "--limit",
            "2",
        ],
        capsys,
    )
    assert code == 0
    total = int(out.split()[0])
    assert total > 2 and f"({total - 2} more" in out


def test_explain_shows_every_rule_with_value_threshold_and_the_cluster(demo, source, capsys):
    kept, dup = demo.near_duplicate_pair()
    code, out, _ = curate(["lineage", "explain", dup["doc_id"], *source], capsys)
    assert code == 0
    assert "release v1: dropped at near_dedup: near_duplicate" in out
    for d in dup["decisions"]:
        line = next(ln for ln in out.splitlines() if d["stage"] in ln and f" {d['rule']} " in ln)
        for number in (d["value"], d["threshold"]):
            assert (" - " if number is None else f"{number:g}") in f"{line} "
        assert ("pass" if d["passed"] else "FAIL") in line
    assert f"duplicate of: {kept['doc_id']}" in out
    cluster = out[out.index("near-duplicate cluster") :]
    assert cluster.index(kept["doc_id"]) < cluster.index(dup["doc_id"])
    assert "PII: not scanned" in out and "licence decision: not assessed" in out
    assert dup["source"]["uri"] in out and dup["source"]["locator"] in out


def test_explain_json_has_the_trail_and_placement(demo, source, capsys):
    kept, dup = demo.near_duplicate_pair()
    code, out, _ = curate(["lineage", "explain", kept["doc_id"], *source, "--json"], capsys)
    assert code == 0
    trail = json.loads(out)["releases"][0]
    assert trail["release"] == kept["release"]
    assert trail["decisions"] == kept["decisions"]
    assert {m["doc_id"] for m in trail["near_cluster_members"]} >= {kept["doc_id"], dup["doc_id"]}
    assert trail["exact_group_members"][0]["doc_id"] == kept["doc_id"]


def test_stats_match_the_release_stats(demo, source, capsys):
    manifest = json.loads((demo.release / "manifest.json").read_text())
    run_stats = json.loads((demo.release / "stats.json").read_text())
    code, out, _ = curate(["lineage", "stats", *source, "--json"], capsys)
    assert code == 0
    stats = json.loads(out)
    (release,) = stats["by_release"]
    assert {k: release[k] for k in ("kept", "dropped", "error")} == {
        k: manifest["counts"][k] for k in ("kept", "dropped", "error")
    }
    by_reason = {f"{r['status']}:{r['stage']}": {} for r in stats["by_stage_reason"]}
    for r in stats["by_stage_reason"]:
        by_reason[f"{r['status']}:{r['stage']}"][r["reason"]] = r["count"]
    assert by_reason == run_stats["by_stage_reason"]
    assert stats["by_domain"][0]["domain"] == "faq.debian.example"
    code, out, _ = curate(["lineage", "stats", *source], capsys)
    assert "top domains" in out and "not kept, by stage and reason" in out


def test_export_case_files(demo, tmp_path, capsys):
    rows = [r for r in demo.provenance() if r["source"]["domain"] == "news.example.kr"]
    base = ["lineage", "export", "--release", str(demo.release), "--domain", "news.example.kr"]
    code, out, _ = curate([*base, "--out", str(tmp_path / "case.csv")], capsys)
    assert code == 0 and f"wrote {len(rows)} row(s)" in out
    with open(tmp_path / "case.csv", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert {r["doc_id"] for r in table} == {r["doc_id"] for r in rows}
    dropped = next(r for r in table if r["status"] == "dropped")
    assert dropped["failed_rules"] and "FAIL" in dropped["failed_rules"]
    assert all(r["release_version"] == "v1" and r["url"] for r in table)
    code, _, _ = curate([*base, "--out", str(tmp_path / "case.json")], capsys)
    case = json.loads((tmp_path / "case.json").read_text())
    assert case["query"] == {"kind": "domain", "key": "news.example.kr"}
    assert case["count"] == len(rows) == len(case["documents"])
    assert {d["doc_id"]: d["decisions"] for d in case["documents"]} == {
        r["doc_id"]: r["decisions"] for r in rows
    }


def test_index_answers_like_the_release_across_two_releases(demo, tmp_path):
    copy = tmp_path / "releases" / "v1-copy"
    shutil.copytree(demo.release, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    (copy / "manifest.json").write_text(json.dumps({**manifest, "version": "v1-copy"}))
    build_index([str(demo.release), str(copy)], str(tmp_path / "two.duckdb"))
    selector = make_selector("domain", "law.example.kr")
    with open_index(str(tmp_path / "two.duckdb")) as index:
        both = find(index, selector, None)
    with open_releases([str(demo.release), str(copy)]) as in_place:
        assert find(in_place, selector, None) == both
    assert {r["release_version"] for r in both.rows} == {"v1", "v1-copy"}
    assert both.total == 2 * sum(
        1 for r in demo.provenance() if r["source"]["domain"] == "law.example.kr"
    )


def test_index_command_reports_rows(demo, tmp_path, capsys):
    out_file = tmp_path / "p.duckdb"
    code, out, _ = curate(
        ["lineage", "index", "--release", str(demo.releases), "--out", str(out_file)], capsys
    )
    assert code == 0 and out_file.is_file()
    assert f"indexed {len(demo.provenance())} provenance rows of 1 release(s)" in out


def one_line_error(code, err):
    assert code == 2
    assert err.startswith("curate: error: ") and err.count("\n") == 1
    return err


def test_bad_input_is_one_line(demo, tmp_path, capsys):
    cases = {
        "no such release": [
            "lineage",
            "find",
            "--release",
            str(tmp_path / "nope"),
            "--doc-id",
            "x",
        ],
        "unknown doc id": ["lineage", "explain", "corpus-000", "--release", str(demo.release)],
        "not a provenance index": [
            "lineage",
            "find",
            "--index",
            str(demo.release / "README.md"),
            "--doc-id",
            "x",
        ],
        "say where to look": ["lineage", "stats"],
        "text snippet too short": [
            "lineage",
            "find",
            "--release",
            str(demo.release),
            "--text",
            "가",
        ],
        "format must be csv or json": [
            "lineage",
            "export",
            "--release",
            str(demo.release),
            "--doc-id",
            "x",
            "--out",
            str(tmp_path / "case.xlsx"),
        ],
    }
    for expected, args in cases.items():
        code, _, err = curate(args, capsys)
        assert expected in one_line_error(code, err), (expected, err)


def test_corrupted_provenance_file_is_named(demo, tmp_path, capsys):
    broken = tmp_path / "broken"
    shutil.copytree(demo.release, broken)
    (prov,) = (broken / "provenance").iterdir()
    prov.write_bytes(prov.read_bytes()[:-100])
    code, _, err = curate(["lineage", "stats", "--release", str(broken)], capsys)
    assert f"corrupted provenance file: {prov}" in one_line_error(code, err)
    (broken / "manifest.json").write_text("{not json")
    code, _, err = curate(["lineage", "stats", "--release", str(broken)], capsys)
    assert "corrupted manifest" in one_line_error(code, err)
