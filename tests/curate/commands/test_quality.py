"""`curate quality train|explain|eval`: what a user runs to build the model, tune thresholds
and compare with the whitespace baseline."""

import hashlib
import json

import pytest

from curate.commands.main import main
from curate.evals.quality import format_report
from tests.quality_helpers import junk_text, korean_prose


def run(args, capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    path = tmp_path_factory.mktemp("explain") / "docs.jsonl"
    lines = [
        {"id": "law", "text": korean_prose()["kolaw"]},
        {"id": "spam", "text": junk_text("keyword_spam")},
    ]
    path.write_text("\n".join(json.dumps(obj, ensure_ascii=False) for obj in lines) + "\n")
    return path


def test_explain_prints_every_rule_with_value_threshold_and_verdict(documents, capsys):
    code, out, _ = run(["quality", "explain", str(documents)], capsys)
    assert code == 0
    law, spam = out.split("== ")[1:]
    assert law.startswith("law: KEPT") and "FAIL" not in law
    assert spam.startswith("spam: DROPPED by ")
    assert "FAIL  particle_ratio" in spam and "pass  korean_lang_score" in spam
    assert "2 document(s): 1 kept, 1 dropped" in out
    assert korean_prose()["kolaw"][:20] not in out


def test_explain_json_and_config_overrides(documents, capsys):
    args = ["quality", "explain", str(documents), "--json", "--set", "langid.min_score=0.999999"]
    code, out, _ = run(args, capsys)
    records = json.loads(out)
    assert code == 0 and [r["document"] for r in records] == ["law", "spam"]
    lang_rule = next(r for r in records[0]["rules"] if r["rule"] == "korean_lang_score")
    assert lang_rule["threshold"] == 0.999999
    assert records[0]["token_count"] > 100 and records[0]["edits"] == []


def test_explain_a_text_file_as_one_document(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text(korean_prose()["kobill"], encoding="utf-8")
    code, out, _ = run(["quality", "explain", str(path)], capsys)
    assert code == 0 and out.startswith("== page.txt: KEPT")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quality", "explain", "missing.jsonl"], "missing.jsonl: no such file"),
        (
            ["quality", "explain", "BAD", "--set", "quality.korean.max_noun_ratio=2"],
            "quality.korean.max_noun_ratio must be <= 1",
        ),
        (["quality", "train", "--output", "m.ftz"], "exactly one of --input FILE or --builtin"),
    ],
)
def test_errors_are_one_line_and_exit_2(args, message, capsys):
    code, out, err = run(args, capsys)
    assert code == 2 and out == ""
    assert err.startswith("curate: error: ") and message in err and err.count("\n") == 1


def test_bad_jsonl_line_names_the_line_not_its_content(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "좋은 문서"}\n{"text": 7, "secret": "주민번호"}\n', encoding="utf-8")
    code, _, err = run(["quality", "explain", str(path)], capsys)
    assert code == 2 and f"{path}:2:" in err and "주민번호" not in err


def test_train_is_reproducible_and_the_model_is_used(tmp_path, capsys):
    labelled = tmp_path / "labelled.jsonl"
    good = [korean_prose()[s] for s in ("kolaw", "kobill", "debian-faq")]
    junk = [junk_text(kind, seed) for kind in ("keyword_spam", "chat") for seed in range(3)]
    rows = [{"text": t, "label": "good"} for t in good] + [
        {"text": t, "label": "junk"} for t in junk
    ]
    labelled.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    digests = []
    for name in ("a.ftz", "b.ftz"):
        code, out, _ = run(
            ["quality", "train", "--input", str(labelled), "--output", str(tmp_path / name)],
            capsys,
        )
        assert code == 0 and "3 good, 6 junk" in out
        digests.append(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert digests[0] == digests[1]
    model = tmp_path / "a.ftz"
    code, out, _ = run(
        ["quality", "explain", str(labelled), "--json", "--set", f"quality.model.path={model}"],
        capsys,
    )
    scores = [r["quality_score"] for r in json.loads(out)]
    assert code == 0 and min(scores[:3]) > max(scores[3:])


def test_train_rejects_unknown_labels(tmp_path, capsys):
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(json.dumps({"text": "문서", "label": "spam"}) + "\n")
    code, _, err = run(
        ["quality", "train", "--input", str(labelled), "--output", str(tmp_path / "m.ftz")],
        capsys,
    )
    assert code == 2 and "'spam'" in err


def test_eval_prints_keep_rates_next_to_the_baseline(capsys):
    code, out, _ = run(["quality", "eval", "--json"], capsys)
    report = json.loads(out)
    assert code == 0
    classes = {row["class"]: row for row in report["classes"]}
    assert {
        "statutes",
        "bills",
        "translated docs",
        "chat ㅋㅋㅋ",
        "number tables",
        "cookie notices",
        "foreign pages",
        "random syllables",
    } <= set(classes)
    assert report["totals"]["good"]["ours"] >= 0.95
    assert report["totals"]["junk"]["ours"] <= 0.05
    assert report["totals"]["good"]["ours"] > report["totals"]["good"]["baseline"]
    assert report["totals"]["junk"]["ours"] < report["totals"]["junk"]["baseline"]
    table = format_report(report)
    assert "keep rate per class" in table and "baseline" in table.splitlines()[3]


def test_unwritable_model_path_is_one_line(tmp_path, capsys):
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(json.dumps({"text": "좋은 문서입니다.", "label": "good"}) + "\n")
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, _, err = run(
        ["quality", "train", "--input", str(labelled), "--output", str(blocker / "m.ftz")],
        capsys,
    )
    assert code == 2 and err.startswith("curate: error: ") and err.count("\n") == 1
