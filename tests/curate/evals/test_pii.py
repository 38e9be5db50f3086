"""The labelled PII sets: the shipped files are what the generator writes, and the stage
meets its targets on them."""

import importlib
import json

import pytest
import requests
import tldextract

from curate.evals import pii_prose, pii_sets
from curate.evals.pii import STRUCTURED, evaluate
from curate.evals.prose_sets import build
from tests.conftest import settings


def test_labelled_set_meets_the_targets():
    report = evaluate(settings().pii)
    assert report["sentences"] >= 300 and report["hard_negatives"] >= 100
    types = report["types"]
    for kind in STRUCTURED:
        assert types[kind]["gold"] >= 10, kind
        assert types[kind]["precision"] >= 0.95 and types[kind]["recall"] >= 0.95, kind
    assert types["PERSON"]["precision"] >= 0.9


def test_shipped_eval_sets_are_what_the_generator_writes(tmp_path, capsys):
    pii_sets.main([str(tmp_path)])
    for name in (pii_sets.EVAL_SET, pii_sets.HOLDOUT, pii_sets.HOLDOUT2):
        assert (tmp_path / name).read_bytes() == (pii_sets.DATA / name).read_bytes(), name


def test_shipped_prose_set_is_what_its_builder_writes(tmp_path):
    pii_prose.main([str(tmp_path)])
    name = pii_prose.PROSE
    assert (tmp_path / name).read_bytes() == (pii_sets.DATA / name).read_bytes()


def test_person_precision_holds_on_the_hand_written_holdout():
    report = evaluate(settings().pii, pii_sets.DATA / pii_sets.HOLDOUT2)
    assert report["types"]["PERSON"]["precision"] >= 0.9
    assert report["hard_negatives_flagged"] == []


def test_presidio_baseline_scores_presidios_own_korean_recognizers(tmp_path):
    """The comparison in the README: presidio's Korean setup finds a hyphenated RRN but has
    no recognizer for Korean bank accounts."""
    item = {
        "id": "x",
        "text": "주민등록번호 900101-1234568, 입금 계좌 신한은행 110-123-456789",
        "spans": [
            {"type": "KR_RRN", "start": 7, "end": 21},
            {"type": "KR_BANK_ACCOUNT", "start": 34, "end": 48},
        ],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    ours = evaluate(settings().pii, path)["types"]
    theirs = evaluate(settings().pii, path, baseline=True)["types"]
    assert ours["KR_RRN"]["tp"] == ours["KR_BANK_ACCOUNT"]["tp"] == 1
    assert theirs["KR_RRN"]["tp"] == 1 and theirs["KR_BANK_ACCOUNT"]["predicted"] == 0


def test_presidio_baseline_reads_e_mail_suffixes_without_the_network(tmp_path, monkeypatch):
    """presidio's stock e-mail check asks ``tldextract``, whose default extractor downloads
    the public-suffix list on first use; the baseline reads the bundled one instead."""

    def no_network(*args, **kwargs):
        raise RuntimeError("the public-suffix list was fetched")

    monkeypatch.setattr(requests.Session, "send", no_network)
    # the default extractor as a fresh process has it: nothing cached on disk yet
    fresh = tldextract.TLDExtract(cache_dir=str(tmp_path / "cache"))
    monkeypatch.setattr(tldextract.tldextract, "TLD_EXTRACTOR", fresh)
    item = {
        "id": "x",
        "text": "문의: minsu.kim@example.co.kr",
        "spans": [{"type": "EMAIL_ADDRESS", "start": 4, "end": 27}],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    assert evaluate(settings().pii, path, baseline=True)["types"]["EMAIL_ADDRESS"]["tp"] == 1


def test_prose_report_from_the_command_line(capsys):
    """`curate pii eval --prose --check`: the default policy meets the prose goal; `all`
    scrubs public figures' names in prose and misses it."""
    from curate.commands.main import main

    assert main(["pii", "eval", "--prose", "--check"]) == 0
    out = capsys.readouterr().out
    assert "pii.person: contact" in out and "<|name|> precision 1.000" in out
    assert main(["pii", "eval", "--prose", "--check", "--set", "pii.person=all"]) == 1


@pytest.mark.parametrize("number", [3, 4, 5, 6, 7, 8, 9, 10])
def test_each_prose_hold_out_is_what_its_builder_writes(number):
    """The shipped JSONL of each real-prose hold-out is its builder's output, byte for byte."""
    spec = importlib.import_module(f"curate.evals.pii_prose_holdout{number}").SET
    lines = [json.dumps(d, ensure_ascii=False) for d in build(spec)]
    assert spec.out.read_text(encoding="utf-8").splitlines() == lines
