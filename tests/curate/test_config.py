import pytest

from curate.config import ConfigError, config_sha256, load_config


def test_defaults_are_korean_and_valid():
    config = load_config()
    assert config["ingest"]["fallback_encoding"] == "cp949"
    assert config["normalize"]["nfc"] is True


def test_file_and_overrides_apply_in_order(tmp_path):
    path = tmp_path / "run.yaml"
    path.write_text("release:\n  rows_per_shard: 10\ningest:\n  dataset: news\n")
    config = load_config(path, ["release.rows_per_shard=20"])
    assert config["release"]["rows_per_shard"] == 20
    assert config["ingest"]["dataset"] == "news"
    assert config["ingest"]["fields"]["text"] == "text"


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
    ],
)
def test_bad_config_names_file_and_key(tmp_path, body, message):
    path = tmp_path / "bad.yaml"
    path.write_text(body)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_bad_override_names_the_flag():
    with pytest.raises(ConfigError, match=r"--set release.rows_per_shard=x: release"):
        load_config(None, ["release.rows_per_shard=x"])


def test_sha256_tracks_effective_config():
    assert config_sha256(load_config()) == config_sha256(load_config())
    assert config_sha256(load_config()) != config_sha256(
        load_config(None, ["normalize.min_chars=5"])
    )
