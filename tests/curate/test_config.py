"""Configuration as a user meets it: Korean defaults, a file and --set on top, one-line errors
naming the file and key, and typed settings that every stage takes in the same form."""

import dataclasses
import inspect
import json

import pytest

from curate.config import ConfigError, config_sha256, default_config, load_settings
from curate.settings import LicencePolicy, NormalizeSettings, Settings
from pipelines.copyright import CopyrightPolicy
from pipelines.decontamination import Decontaminate
from pipelines.ingest import ReadCorpus
from pipelines.near_dedup import NearDedup
from pipelines.normalize import Normalize
from pipelines.pii import PiiScrub
from pipelines.quality import Quality
from pipelines.repeated_lines import RepeatedLines
from pipelines.takedown import ApplyTakedowns
from pipelines.url_policy import UrlPolicy
from pipelines.write_release import WriteRelease


def test_defaults_are_korean_and_valid():
    settings = load_settings()
    assert settings.ingest.fallback_encoding == "cp949"
    assert settings.normalize == NormalizeSettings(
        nfc=True, strip_control=True, collapse_whitespace=True, min_chars=1
    )
    assert settings.copyright.policy == LicencePolicy("keep", "strip", "strip", "drop", "strip")


def test_settings_hold_every_default_in_the_files_order():
    """config.json and config_sha256 are the YAML's shape: nothing added, lost or reordered."""
    assert json.dumps(load_settings().to_dict()) == json.dumps(default_config())


def test_file_and_overrides_apply_in_order(tmp_path):
    path = tmp_path / "run.yaml"
    path.write_text("release:\n  rows_per_shard: 10\ningest:\n  dataset: news\n")
    settings = load_settings(path, ["release.rows_per_shard=20"])
    assert settings.release.rows_per_shard == 20
    assert settings.ingest.dataset == "news"
    assert settings.ingest.fields.text == "text"


@pytest.mark.parametrize("value", ["off", "'off'", "false", "contact", "all"])
def test_person_policy_is_a_choice_and_a_bare_off_means_off(value):
    """YAML reads a bare off (and the old false) as a boolean: both mean no names."""
    expected = {"off": "off", "'off'": "off", "false": "off"}.get(value, value)
    assert load_settings(None, [f"pii.person={value}"]).pii.person == expected
    assert load_settings(None).pii.person == "contact"


@pytest.mark.parametrize("body, expected", [("off", "off"), ("'off'", "off"), ("auto", "auto")])
def test_spill_is_auto_or_off_and_a_bare_off_in_a_file_means_off(tmp_path, body, expected):
    path = tmp_path / "run.yaml"
    path.write_text(f"runtime:\n  spill: {body}\n")
    assert load_settings(path).runtime.spill == expected
    assert load_settings(None).runtime.spill == "auto"


def test_lists_become_tuples_and_settings_are_frozen():
    settings = load_settings(None, ["near_dedup.against=[releases/v1, releases/v2]"])
    assert settings.near_dedup.against == ("releases/v1", "releases/v2")
    assert settings.to_dict()["near_dedup"]["against"] == ["releases/v1", "releases/v2"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.pii.person = "off"
    hash(settings)


@pytest.mark.parametrize(
    "body, message",
    [
        (
            "release:\n  rows_per_shrad: 10\n",
            "unknown key release.rows_per_shrad (did you mean release.rows_per_shard?)",
        ),
        ("release:\n  rows_per_shard: many\n", "release.rows_per_shard must be an integer"),
        ("release:\n  rows_per_shard: 0\n", "release.rows_per_shard must be >= 1"),
        ("normalize:\n  nfc: 1\n", "normalize.nfc must be a boolean"),
        ("ingest:\n  text_mode: lines\n", "ingest.text_mode must be one of document, blocks"),
        ("ingest: [1, 2]\n", "ingest must be a mapping"),
        ("release: {rows_per_shard: 1\n", "not valid YAML"),
        ("langid:\n  min_score: 1.5\n", "langid.min_score must be <= 1, got 1.5"),
        ("quality:\n  fineweb2:\n    min_words: 2.5\n", "quality.fineweb2.min_words must be an"),
        ("copyright:\n  policy:\n    open: delete\n", "copyright.policy.open must be one of"),
        ("copyright:\n  optout: [1]\n", "copyright.optout must be a list of strings, got [1]"),
        ("pii:\n  person: yes please\n", "pii.person must be one of contact, all, off"),
        ("pii:\n  person: true\n", "got True: it is no longer a boolean: true was every name"),
        ("[1, 2]\n", "top level must be a mapping"),
        ("runtime:\n  threads: 0\n", "runtime.threads must be >= 1, got 0"),
        ("runtime:\n  threads: all\n", "runtime.threads must be auto or an integer, got 'all'"),
        ("runtime:\n  threads: 1.5\n", "runtime.threads must be an integer or a word"),
        ("runtime:\n  threads: true\n", "runtime.threads must be an integer or a word"),
        ("runtime:\n  spill: on\n", "runtime.spill must be one of auto, off, got True"),
        ("runtime:\n  spill: disk\n", "runtime.spill must be one of auto, off, got 'disk'"),
        ("quality:\n  kiwi_threads: 2\n", "quality.kiwi_threads is now runtime.threads"),
        (
            "decontamination:\n  benchmarks: {name: k}\n",
            "decontamination.benchmarks must be a list of mappings",
        ),
        ("decontamination:\n  benchmarks: [k]\n", "decontamination.benchmarks[0] must be a"),
        (
            "decontamination:\n  benchmarks: [{name: k}]\n",
            "decontamination.benchmarks[0].path is required",
        ),
        (
            "decontamination:\n  benchmarks: [{name: k, path: a.csv}, {name: j, pth: b}]\n",
            "unknown key decontamination.benchmarks[1].pth (did you mean "
            "decontamination.benchmarks[1].path?)",
        ),
        (
            "decontamination:\n  benchmarks: [{name: k, path: a.csv, action: delete}]\n",
            "decontamination.benchmarks[0].action must be one of drop, cut",
        ),
        (
            "decontamination:\n  benchmarks: [{name: k, path: a.csv, fields: q}]\n",
            "decontamination.benchmarks[0].fields must be a list of strings",
        ),
        ("url_policy:\n  lists: [{reason: spam}]\n", "url_policy.lists[0].path is required"),
        ("repeated_lines:\n  site_min_pages: 1\n", "repeated_lines.site_min_pages must be >= 2"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_a_list_of_mappings_takes_element_defaults_and_replaces_the_list(tmp_path):
    path = tmp_path / "run.yaml"
    path.write_text(
        "decontamination:\n  benchmarks:\n"
        "    - {name: kmmlu, path: kmmlu.csv, layout: kmmlu}\n"
        "    - {name: mine, path: mine.jsonl, fields: [q, a], action: cut}\n"
    )
    settings = load_settings(path)
    first, second = settings.decontamination.benchmarks
    assert (first.layout, first.fields, first.action) == ("kmmlu", (), "drop")
    assert (second.layout, second.fields, second.action) == ("custom", ("q", "a"), "cut")
    assert settings.to_dict()["decontamination"]["benchmarks"][1]["fields"] == ["q", "a"]
    hash(settings)
    replaced = load_settings(None, ["url_policy.lists=[{reason: mine, path: my.txt}]"])
    assert [(u.reason, u.path) for u in replaced.url_policy.lists] == [("mine", "my.txt")]
    assert [u.reason for u in load_settings().url_policy.lists] == ["gambling", "adult"]


def test_threads_are_auto_by_default_or_a_count():
    assert load_settings().runtime.threads == "auto"
    assert load_settings(None, ["runtime.threads=4"]).runtime.threads == 4


def test_a_number_where_a_fraction_is_wanted_may_be_an_integer():
    assert load_settings(None, ["langid.min_score=1"]).langid.min_score == 1


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(tmp_path / "nope.yaml")


def test_bad_override_names_the_flag():
    with pytest.raises(ConfigError, match=r"--set release.rows_per_shard=x: release"):
        load_settings(None, ["release.rows_per_shard=x"])


def test_sha256_tracks_effective_config():
    assert config_sha256(load_settings()) == config_sha256(load_settings())
    assert config_sha256(load_settings()) == config_sha256(load_settings().to_dict())
    assert config_sha256(load_settings()) != config_sha256(
        load_settings(None, ["normalize.min_chars=5"])
    )


@pytest.mark.parametrize(
    "stage",
    [
        ReadCorpus,
        ApplyTakedowns,
        UrlPolicy,
        Normalize,
        CopyrightPolicy,
        RepeatedLines,
        Decontaminate,
        Quality,
        NearDedup,
        PiiScrub,
    ],
)
def test_every_stage_takes_its_typed_settings(stage):
    """The same form everywhere: a stage is built from sections of ``Settings``, never from
    the whole run's configuration or a dict."""
    sections = {field.type for field in dataclasses.fields(Settings)}
    annotations = [p.annotation for p in inspect.signature(stage).parameters.values()]
    assert any(a in sections for a in annotations), annotations
    assert not any("dict" in str(a) or a == "Settings" for a in annotations), annotations


def test_the_release_writer_takes_the_release_settings():
    params = inspect.signature(WriteRelease).parameters
    assert params["settings"].annotation == "ReleaseSettings"


def test_nested_json_paths_and_split_size_are_checked(tmp_path):
    settings = load_settings(
        None,
        ["ingest.json.records=data[*]", "ingest.json.text=rows[*].text", "ingest.split_bytes=0"],
    )
    assert (settings.ingest.json.records, settings.ingest.json.text) == ("data[*]", "rows[*].text")
    assert settings.ingest.split_bytes == 0
    assert load_settings().ingest.json.records == ""
    path = tmp_path / "bad.yaml"
    path.write_text("ingest:\n  json:\n    text: paragraph[0].form\n")
    with pytest.raises(ConfigError, match="ingest.json.text must be dotted keys with"):
        load_settings(path)
    with pytest.raises(ConfigError, match="ingest.split_bytes must be >= 0"):
        load_settings(None, ["ingest.split_bytes=-1"])
