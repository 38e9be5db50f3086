"""Run configuration: Korean defaults from ``default_config.yaml``, a user YAML on top, then
``--set`` overrides, each checked against the typed settings (``curate.settings``) as it is
read, so an error names the file (or the ``--set``) and the key."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import json
import re
import typing
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from curate.settings import Settings

DEFAULTS_NAME = "default_config.yaml"


class ConfigError(ValueError):
    """A bad configuration; the message names the file and the key."""


def default_config() -> dict[str, Any]:
    """The bundled defaults as the YAML file has them."""
    text = resources.files("curate").joinpath(DEFAULTS_NAME).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.cache
def _fields(schema: type) -> dict[str, tuple[Any, Mapping[str, Any]]]:
    """name → (type, constraints) of a settings dataclass, in declaration order."""
    hints = typing.get_type_hints(schema)
    return {f.name: (hints[f.name], f.metadata) for f in dataclasses.fields(schema)}


_TYPE_NAMES = {
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    str: "a string",
    tuple[str, ...]: "a list of strings",
    int | str: "an integer or a word",
}
# Keys that moved, so an old configuration gets told where to instead of "unknown key".
_MOVED = {"quality.kiwi_threads": "runtime.threads"}
# Keys whose booleans became choices: the message says what each old value means now (YAML
# also reads a bare off/no as false, hence the quoting hint).
# A key whose choices include 'off' reads false as 'off': YAML 1.1 makes false of a bare
# `off`. True is refused; a key that used to be a boolean says what true meant.
_WAS_BOOLEAN = {
    "pii.person": "it is no longer a boolean: true was every name the recognizer finds, now "
    "'all' (the default 'contact' scrubs only a private person's contact data)",
}


def _element_type(kind: Any) -> type | None:
    """The dataclass ``D`` of a ``tuple[D, ...]`` field (a list of mappings), else None."""
    args = typing.get_args(kind)
    if typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return args[0] if dataclasses.is_dataclass(args[0]) else None
    return None


def _element_defaults(schema: type) -> dict[str, Any]:
    """The keys an element of a list of mappings may leave out, with their values."""
    fields = dataclasses.fields(schema)
    return {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}


def _merge_list(schema: type, value: Any, origin: str, key: str) -> list[dict[str, Any]]:
    """A list of mappings, each checked against ``schema`` over its defaults; a list given
    replaces the whole list (elements are not merged with the defaults' elements)."""
    if not isinstance(value, list | tuple):
        raise ConfigError(f"{origin}: {key} must be a list of mappings, got {value!r}")
    merged = []
    for index, element in enumerate(value):
        where = f"{key}[{index}]"
        if not isinstance(element, dict):
            raise ConfigError(f"{origin}: {where} must be a mapping, got {element!r}")
        checked = _merge(schema, _element_defaults(schema), element, origin, f"{where}.")
        missing = [name for name in _fields(schema) if name not in checked]
        if missing:
            raise ConfigError(f"{origin}: {where}.{missing[0]} is required")
        merged.append(checked)
    return merged


def _type_ok(kind: Any, value: Any) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == tuple[str, ...]:
        return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)
    if kind == int | str:
        return isinstance(value, str) or _type_ok(int, value)
    return isinstance(value, kind)


def _check_leaf(key: str, kind: Any, rules: Mapping[str, Any], value: Any, origin: str) -> Any:
    if isinstance(value, bool) and "off" in (rules.get("choices") or ()):
        if value is False:
            return "off"
        hint = f": {_WAS_BOOLEAN[key]}" if key in _WAS_BOOLEAN else ""
        raise ConfigError(
            f"{origin}: {key} must be one of {', '.join(rules['choices'])}, got {value!r}{hint}"
        )
    if not _type_ok(kind, value):
        raise ConfigError(f"{origin}: {key} must be {_TYPE_NAMES[kind]}, got {value!r}")
    choices, minimum, maximum = rules.get("choices"), rules.get("minimum"), rules.get("maximum")
    if isinstance(value, str):
        pattern = rules.get("pattern")
        if pattern and not re.fullmatch(pattern[0], value):
            raise ConfigError(f"{origin}: {key} must be {pattern[1]}, got {value!r}")
        if choices and value not in choices:
            options = (
                f"one of {', '.join(choices)}"
                if kind is str
                else f"{' or '.join(choices)} or an integer"
            )
            raise ConfigError(f"{origin}: {key} must be {options}, got {value!r}")
        return value
    if minimum is not None and value < minimum:
        raise ConfigError(f"{origin}: {key} must be >= {minimum}, got {value!r}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"{origin}: {key} must be <= {maximum}, got {value!r}")
    return value


def _merge(
    schema: type, base: Mapping[str, Any], override: Any, origin: str, prefix: str = ""
) -> dict[str, Any]:
    """``base`` with ``override`` laid over it, every key of ``override`` checked against
    the section ``schema``."""
    if not isinstance(override, dict):
        where = prefix.rstrip(".") or "top level"
        raise ConfigError(f"{origin}: {where} must be a mapping, got {override!r}")
    fields = _fields(schema)
    merged = dict(base)
    for key, value in override.items():
        dotted = f"{prefix}{key}"
        if dotted in _MOVED:
            raise ConfigError(f"{origin}: {dotted} is now {_MOVED[dotted]}")
        if key not in fields:
            hint = difflib.get_close_matches(str(key), list(fields), n=1)
            suggestion = f" (did you mean {prefix}{hint[0]}?)" if hint else ""
            raise ConfigError(f"{origin}: unknown key {dotted}{suggestion}")
        kind, rules = fields[key]
        if dataclasses.is_dataclass(kind):
            merged[key] = _merge(kind, base.get(key, {}), value, origin, f"{dotted}.")
        elif _element_type(kind) is not None:
            merged[key] = _merge_list(_element_type(kind), value, origin, dotted)
        else:
            merged[key] = _check_leaf(dotted, kind, rules, value, origin)
    return merged


def _build(schema: type, data: Mapping[str, Any], prefix: str = "") -> Any:
    """The settings object of ``schema`` from checked data (lists become tuples)."""
    values = {}
    for name, (kind, _) in _fields(schema).items():
        if name not in data:
            raise ConfigError(f"{DEFAULTS_NAME}: missing key {prefix}{name}")
        value = data[name]
        if dataclasses.is_dataclass(kind):
            value = _build(kind, value, f"{prefix}{name}.")
        elif _element_type(kind) is not None:
            element = _element_type(kind)
            value = tuple(
                _build(element, item, f"{prefix}{name}[{i}].") for i, item in enumerate(value)
            )
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return schema(**values)


def parse_override(assignment: str) -> tuple[list[str], Any]:
    """``section.key=value`` with the value read as YAML (so numbers and booleans type-check)."""
    key, sep, raw = assignment.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"--set {assignment!r}: expected section.key=value")
    return key.strip().split("."), yaml.safe_load(raw) if raw.strip() else ""


def load_settings(path: str | Path | None = None, overrides: list[str] = ()) -> Settings:
    """Defaults, then the YAML file at ``path``, then ``--set`` overrides, all checked."""
    config = _merge(Settings, {}, default_config(), DEFAULTS_NAME)
    if path is not None:
        origin = str(path)
        try:
            loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError as err:
            raise ConfigError(f"{origin}: config file not found") from err
        except (yaml.YAMLError, UnicodeDecodeError) as err:
            raise ConfigError(f"{origin}: not valid YAML: {err}") from err
        config = _merge(Settings, config, loaded or {}, origin)
    for assignment in overrides:
        keys, value = parse_override(assignment)
        nested: Any = value
        for key in reversed(keys):
            nested = {key: nested}
        config = _merge(Settings, config, nested, f"--set {assignment}")
    return _build(Settings, config)


def config_sha256(config: Settings | Mapping[str, Any]) -> str:
    """Hash of an effective configuration (defaults, file and overrides together), as the
    settings of a run or the ``config.json`` of a release."""
    data = config.to_dict() if isinstance(config, Settings) else config
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
