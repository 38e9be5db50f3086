"""Run configuration: Korean defaults from ``default_config.yaml``, a user YAML on top,
then ``--set`` overrides, validated once at load with errors that name the key and file."""

from __future__ import annotations

import argparse
import copy
import difflib
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

Config = dict[str, Any]
DEFAULTS_NAME = "default_config.yaml"

_CHOICES = {
    "ingest.text_mode": ("document", "blocks"),
    "release.compression": ("zstd", "snappy", "gzip", "none"),
    "near_dedup.shingle": ("char", "morpheme"),
    "near_dedup.hash": ("xxh32", "sha1"),
    "near_dedup.backend": ("auto", "numpy", "cupy"),
    "pii.policy": ("placeholder", "mask"),
    **{
        f"copyright.policy.{name}": ("keep", "strip", "drop")
        for name in ("open", "restricted", "all_rights_reserved", "tdm_reserved", "unknown")
    },
}
_FRACTIONS = (
    "langid.min_score",
    "langid.cjk_hangul_share",
    "langid.paragraph_min_score",
    "langid.paragraph_doc_korean_share",
    "quality.max_boilerplate_ratio",
    "quality.model.min_score",
    *(
        f"quality.fineweb2.{key}"
        for key in (
            "max_dup_line_frac",
            "max_top_2gram_frac",
            "max_top_3gram_frac",
            "max_top_4gram_frac",
            *(f"max_dup_{n}gram_frac" for n in range(5, 11)),
            "min_line_punct_ratio",
            "max_char_dup_ratio",
            "max_bullet_lines_ratio",
            "max_ellipsis_lines_ratio",
            "min_alpha_word_ratio",
        )
    ),
    *(
        f"quality.korean.{key}"
        for key in (
            "min_hangul_ratio",
            "min_ef_sentence_ratio",
            "max_noun_ratio",
            "max_spam_lexicon_ratio",
            "max_repeated_char_ratio",
            "max_web_token_ratio",
        )
    ),
)
_MINIMUM = {
    "ingest.max_record_bytes": 1,
    "normalize.min_chars": 0,
    "release.rows_per_shard": 1,
    "release.provenance_rows_per_shard": 1,
    "near_dedup.ngram": 1,
    "near_dedup.num_perm": 1,
    "near_dedup.bands": 1,
    "near_dedup.rows": 1,
    "near_dedup.verify_threshold": 0,
    "near_dedup.batch_size": 1,
    "near_dedup.cc_rounds": 0,
    "near_dedup.max_fixup_edges": 0,
    **dict.fromkeys(_FRACTIONS, 0),
    "langid.paragraph_min_letters": 1,
    "quality.batch_size": 1,
    "quality.kiwi_threads": 1,
    "quality.boilerplate_max_line_chars": 1,
    "quality.fineweb2.max_new_line_ratio": 0,
    "quality.fineweb2.min_words": 0,
    "quality.fineweb2.max_words": 1,
    "quality.fineweb2.min_mean_word_length": 0,
    "quality.fineweb2.max_mean_word_length": 0,
    "quality.fineweb2.max_symbol_word_ratio": 0,
    "quality.fineweb2.min_stop_words": 0,
    "quality.korean.min_particle_ratio": 0,
    "quality.korean.min_mean_sentence_morphemes": 0,
    "quality.korean.max_mean_sentence_morphemes": 1,
    "pii.score_threshold": 0,
    "pii.max_density": 0,
    "pii.density_min_spans": 1,
    "pii.context_words_before": 0,
    "pii.context_words_after": 0,
    "copyright.max_notice_chars": 1,
}
_MAXIMUM = dict.fromkeys(_FRACTIONS, 1)


class ConfigError(ValueError):
    """A bad configuration; the message names the file and the key."""


def default_config() -> Config:
    text = resources.files("curate").joinpath(DEFAULTS_NAME).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _type_name(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


def _check_leaf(key: str, default: Any, value: Any, origin: str) -> Any:
    if isinstance(default, bool) or isinstance(value, bool):
        ok = isinstance(value, bool) and isinstance(default, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float)
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ConfigError(f"{origin}: {key} must be {_type_name(default)}, got {value!r}")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise ConfigError(
            f"{origin}: {key} must be one of {', '.join(_CHOICES[key])}, got {value!r}"
        )
    if key in _MINIMUM and value < _MINIMUM[key]:
        raise ConfigError(f"{origin}: {key} must be >= {_MINIMUM[key]}, got {value!r}")
    if key in _MAXIMUM and value > _MAXIMUM[key]:
        raise ConfigError(f"{origin}: {key} must be <= {_MAXIMUM[key]}, got {value!r}")
    return value


def _merge(base: Config, override: Any, origin: str, prefix: str = "") -> Config:
    if not isinstance(override, dict):
        where = prefix.rstrip(".") or "top level"
        raise ConfigError(f"{origin}: {where} must be a mapping, got {override!r}")
    merged = copy.deepcopy(base)
    for key, value in override.items():
        dotted = f"{prefix}{key}"
        if key not in base:
            hint = difflib.get_close_matches(str(key), [str(k) for k in base], n=1)
            suggestion = f" (did you mean {prefix}{hint[0]}?)" if hint else ""
            raise ConfigError(f"{origin}: unknown key {dotted}{suggestion}")
        if isinstance(base[key], dict):
            merged[key] = _merge(base[key], value, origin, f"{dotted}.")
        else:
            merged[key] = _check_leaf(dotted, base[key], value, origin)
    return merged


def parse_override(assignment: str) -> tuple[list[str], Any]:
    """``section.key=value`` with the value read as YAML (so numbers and booleans type-check)."""
    key, sep, raw = assignment.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--set {assignment!r}: expected section.key=value")
    return key.strip().split("."), yaml.safe_load(raw) if raw.strip() else ""


def load_config(path: str | Path | None = None, overrides: list[str] = ()) -> Config:
    """Defaults, then the YAML file at ``path``, then ``--set`` overrides, all validated."""
    config = default_config()
    if path is not None:
        origin = str(path)
        try:
            loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as err:
            raise ConfigError(f"{origin}: config file not found") from err
        except (yaml.YAMLError, UnicodeDecodeError) as err:
            raise ConfigError(f"{origin}: not valid YAML: {err}") from err
        config = _merge(config, loaded or {}, origin)
    for assignment in overrides:
        keys, value = parse_override(assignment)
        nested: Any = value
        for key in reversed(keys):
            nested = {key: nested}
        config = _merge(config, nested, f"--set {assignment}")
    return config


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """``--config FILE`` and repeatable ``--set key=value``, the same on every command."""
    parser.add_argument("--config", metavar="FILE", help="YAML config (defaults: Korean)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one config key, e.g. --set release.rows_per_shard=1000",
    )


def config_sha256(config: Config) -> str:
    """Hash of the effective configuration (defaults, file and overrides together)."""
    canonical = json.dumps(config, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
