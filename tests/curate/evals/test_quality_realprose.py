"""The real-prose quality set (issue #25): what ships is what the builder makes, the split is
by group and honest, and `curate quality eval --set-name realprose` reports per source/kind."""

import functools
import json
from collections import defaultdict

import pytest

from curate.commands.main import main
from curate.evals import quality_realprose as rp
from curate.evals import realprose_junk as rj
from curate.evals.quality_data import GOOD, JUNK
from curate.evals.realprose_sources import DATA, WRITTEN_TRAIN, written_texts

PROSE = {
    "statutes",
    "bills",
    "debian-faq",
    "hanja-statutes",
    "libreoffice-help",
    "gettext",
    "poems",
    "dialogue-fiction",
    "recipes",
    "hanja-mixed",
}
# Only in written_train.txt (texts written to teach the model); the blind hold-outs measure them.
TRAIN_ONLY = {
    "forum-qa",
    "sijo-and-folk",
    "essay-blog",
    "manual",
    "news",
    "ui-messages",
    "native-rewrites",
    "native-topical",
    "product-review",
    "economy-news",
    "health-howto",
    "event-notice",
    "translated-literature",
    "fiction",
    "health-advice",
    "shop-and-event-notice",
    "enthusiastic-review",
    "business-news",
    "finance-explainer",
    "health-story",
    "local-notice",
    "news-report",
    "forum-thread",
    "how-to",
    "essay",
    "translated-book",
    "official-prose",
}
JUNK_KINDS = {
    "templated",
    "spun",
    "keyword-stuffed",
    "keyword-list",
    "page-shell",
    "mojibake",
    "translationese",
    "fluent-spam",
}


@functools.cache
def shipped() -> tuple[rp.Item, ...]:
    return tuple(rp.load())


def test_the_shipped_set_is_what_the_builder_makes():
    """Rebuilding (python -m curate.evals.quality_realprose) changes nothing."""
    assert tuple(rp.build()) == shipped()


def test_every_source_and_kind_is_on_both_sides_and_groups_never_cross():
    sides = defaultdict(set)
    for item in shipped():
        sides[(item.source, item.label)].add(item.split)
        assert item.label == (GOOD if item.source in PROSE | TRAIN_ONLY else JUNK)
    assert {source for source, _ in sides} == PROSE | TRAIN_ONLY | JUNK_KINDS
    for (source, _), split in sides.items():
        assert split == ({rp.TRAIN} if source in TRAIN_ONLY else {rp.TRAIN, rp.HELD_OUT})
    group_sides = defaultdict(set)
    for item in shipped():
        group_sides[item.group].add(item.split)
    assert all(len(split) == 1 for split in group_sides.values())
    assert len({item.id for item in shipped()}) == len(shipped())


def test_sample_sources_keep_the_bundled_models_split():
    """Statutes, bills and the FAQ held out here were held out from the model's training."""
    for item in shipped():
        if item.source in ("statutes", "bills", "debian-faq", "hanja-statutes"):
            assert item.group.startswith(f"{item.split}:")


def test_held_out_translationese_and_spam_share_no_sentence_with_training():
    for pool in (rj.TRANSLATIONESE, rj.FLUENT_SPAM):
        assert not set(rj.split_pool(pool, True)) & set(rj.split_pool(pool, False))


def test_every_shipped_source_has_its_licence_row():
    licences = (DATA / "LICENSES.md").read_text(encoding="utf-8")
    for name in ("libreoffice-help-ko", "bash", "coreutils", "git", "postgresql-15"):
        assert name in licences
    for text in written_texts() + written_texts(WRITTEN_TRAIN):
        assert text.origin in ("written", "reproduced") and text.title in licences


def test_texts_written_for_training_stay_on_the_train_side():
    """Every text of written_train.txt is a train item, junk where its source is a junk kind;
    adding them moved no group of the other sources across the split."""
    trained = {text.body for text in written_texts(WRITTEN_TRAIN)}
    items = [item for item in shipped() if item.text in trained]
    assert len(items) == len(trained)
    assert {item.split for item in items} == {rp.TRAIN}
    assert {item.source for item in items if item.label == JUNK} == set(rj.WRITTEN_JUNK)
    held_out = [item for item in shipped() if item.split == rp.HELD_OUT and item.label == GOOD]
    assert not {item.text for item in held_out} & trained


@pytest.fixture
def small_set(monkeypatch):
    """Three documents of every source and kind, so the command runs in seconds."""
    items = rp.load(rp.HELD_OUT)
    picked, seen = [], defaultdict(int)
    for item in items:
        if seen[item.source] < 3:
            picked.append(item)
            seen[item.source] += 1
    monkeypatch.setattr(rp, "load", lambda split=None: [i for i in picked if i.split == split])
    return picked


def test_eval_reports_keep_rates_per_source_and_kind(small_set, capsys):
    code = main(["quality", "eval", "--set-name", "realprose", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["split"] == rp.HELD_OUT
    classes = {row["class"]: row for row in report["classes"]}
    assert set(classes) == PROSE | JUNK_KINDS
    assert all({"ours", "fw2_kiwi", "baseline", "model"} <= set(row) for row in classes.values())
    assert set(report["targets_met"]) == set(classes)
    table = rp.format_report(report)
    assert "fw2-kiwi" in table and "first failed rule" in table
