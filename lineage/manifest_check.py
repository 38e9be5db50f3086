"""What a manifest may say before anyone acts on it: its shape, and paths confined to the
folders a release has.

A manifest is input like any other: a mirror, a colleague or an attacker may hand over one
that lists ``../planted.txt`` or ``/home/u/.bashrc``, and ``curate pull`` would write there.
Every reader (pull, release, diff, versions, the lineage commands, and the review app when it
exists) parses a manifest through ``parse_manifest``/``check_manifest`` and joins its paths
only after ``release_path`` allowed them, so one function decides what a release may name:
a plain file name under ``data/``, ``provenance/`` or ``minhash/``, or one of the top-level
metadata files. ``confined`` adds what only the disk knows: a symlink planted under a
destination must not carry a write out of it.

A release's id is the sha256 of its manifest bytes; the manifest lists every other file's
sha256, so the id pins them all.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from typing import Any, BinaryIO

from lineage.errors import LineageError
from lineage.manifest import CARD, CONFIG, STATS

METADATA_FILES = (STATS, CONFIG, CARD)
# Manifest section → the folder its files live in (None: the top-level metadata files).
SECTION_FOLDERS = {"shards": "data", "provenance": "provenance", "minhash": "minhash"}
COUNT_KEYS = ("inputs", "kept", "dropped", "error")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,127}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SHOWN = 80


class UnsafePath(LineageError):
    """A manifest names a path outside the release, or a write would leave its target."""


def release_id(manifest_bytes: bytes) -> str:
    """The id a model team pins: the sha256 of the manifest file's bytes."""
    return hashlib.sha256(manifest_bytes).hexdigest()


def sha256_stream(handle: BinaryIO, chunk: int = 8 * 1024 * 1024) -> str:
    """SHA-256 of an open file, read in chunks (a shard may not fit in memory twice)."""
    digest = hashlib.sha256()
    while data := handle.read(chunk):
        digest.update(data)
    return digest.hexdigest()


def check_version_name(name: Any, where: str = "version") -> str:
    """``name`` if it can name one folder (a version): letters, digits, '.', '_', '+', '-', not
    starting with '.' or '-'; LineageError otherwise, so ``--version ../x`` writes nowhere."""
    if not isinstance(name, str) or not _VERSION.fullmatch(name):
        raise UnsafePath(
            f"{where} {_shown(name)} is not a version name (letters, digits, '.', '_', '+', "
            "'-', not starting with '.' or '-')"
        )
    return name


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _path_problem(path: Any, folder: str | None) -> str | None:
    if not isinstance(path, str) or not path:
        return "is not a file name"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        return "holds a NUL or control character"
    if "\\" in path:
        return "holds a backslash"
    if path.startswith("/") or ":" in path:
        return "is absolute or names another store"
    parts = path.split("/")
    if ".." in parts:
        return "climbs out of the release with '..'"
    if any(part in ("", ".") for part in parts):
        return "is not normalised"
    if folder is None:
        return None if path in METADATA_FILES else f"is not one of {', '.join(METADATA_FILES)}"
    if len(parts) != 2 or parts[0] != folder:
        return f"is not a file directly under {folder}/"
    if not _NAME.fullmatch(parts[1]):
        return "has a file name other than letters, digits, '.', '_' and '-'"
    return None


def release_path(path: Any, folder: str | None, where: str = "manifest") -> str:
    """``path`` when it is a plain file name under ``folder`` (``data``, ``provenance``,
    ``minhash``) or, with None, one of the top-level metadata files; UnsafePath otherwise.
    Relative, normalised, without ``..``, backslashes, NUL or a scheme: nothing a manifest
    lists can be joined to a release folder and land outside it."""
    problem = _path_problem(path, folder)
    if problem:
        raise UnsafePath(f"refusing {where}: it lists the path {_shown(path)}, which {problem}")
    return path


def confined(target: str, relative: str) -> str:
    """``target/relative`` for writing, refused when a symlink already under a local
    ``target`` (a planted ``data -> /home/u``) would carry the write outside it."""
    path = f"{target.rstrip('/')}/{relative}"
    if "://" in target:
        return path  # object stores have no symlinks
    root = os.path.realpath(target)
    real = os.path.realpath(path)
    if os.path.commonpath([root, real]) != root:
        raise UnsafePath(f"refusing to write {path}: a symlink there leads outside {target}")
    return path


def _bad(where: str, detail: str) -> LineageError:
    return LineageError(f"corrupted manifest: {where} ({detail})")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _entries(value: Any, label: str, folder: str | None, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise _bad(where, f"{label} is not a list")
    for entry in value:
        if not isinstance(entry, dict):
            raise _bad(where, f"an entry of {label} is not an object")
        release_path(entry.get("path"), folder, where)
        if not isinstance(entry.get("sha256"), str) or not _SHA256.fullmatch(entry["sha256"]):
            raise _bad(where, f"{entry['path']} has no sha256")
        for key in ("rows", "bytes", "token_count"):
            if entry.get(key) is not None and not _is_int(entry[key]):
                raise _bad(where, f"{entry['path']}: {key} is not a count")
    return value


def _object(manifest: dict[str, Any], key: str, where: str, required: bool) -> dict[str, Any]:
    value = manifest.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise _bad(where, f"{key} is not an object")
    return value


def _check_takedowns(manifest: dict[str, Any], where: str) -> None:
    recorded = _object(manifest, "takedowns", where, required=False)
    if "head_sha256" in recorded:
        head = recorded["head_sha256"]
        if not _is_int(recorded.get("entries")) or not (head is None or isinstance(head, str)):
            raise _bad(where, "takedowns: entries or head_sha256 malformed")
    applied = recorded.get("applied") or []
    if not isinstance(applied, list) or not all(
        isinstance(a, dict) and isinstance(a.get("id"), str) and _is_int(a.get("removed"))
        for a in applied
    ):
        raise _bad(where, "takedowns.applied malformed")


def listed_files(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Every file a checked manifest lists with a sha256: shards, provenance, MinHash
    signatures, and stats, config and card (releases made before those were hashed list
    none)."""
    return [
        *manifest.get("shards", []),
        *manifest.get("provenance", []),
        *((manifest.get("minhash") or {}).get("files") or []),
        *(manifest.get("metadata") or []),
    ]


def check_manifest(manifest: Any, where: str, complete: bool = True) -> dict[str, Any]:
    """``manifest`` if it has the shape readers rely on and every path it lists is confined
    (``release_path``); a one-line LineageError naming ``where`` otherwise. ``complete=False``
    (the lineage commands, which need only the version and the file lists) lets counts, inputs
    and file lists be absent; whatever is there is checked all the same."""
    if not isinstance(manifest, dict):
        raise _bad(where, "not a JSON object")
    if not isinstance(manifest.get("version"), str) or not _VERSION.fullmatch(manifest["version"]):
        raise _bad(where, "version is not a version name")
    for key in ("created_at", "config_sha256"):
        if manifest.get(key) is not None and not isinstance(manifest[key], str):
            raise _bad(where, f"{key} is not a string")
    counts = _object(manifest, "counts", where, required=complete)
    if not all(_is_int(counts.get(k)) for k in COUNT_KEYS if complete or k in counts):
        raise _bad(where, "counts are not counts")
    if manifest.get("token_count") is not None and not _is_int(manifest["token_count"]):
        raise _bad(where, "token_count is not a count")
    inputs = _object(manifest, "inputs", where, required=complete)
    if (complete or inputs) and not (
        isinstance(inputs.get("patterns"), list)
        and all(isinstance(p, str) for p in inputs["patterns"])
        and _is_int(inputs.get("files"))
    ):
        raise _bad(where, "inputs malformed")
    for section in ("shards", "provenance"):
        listed = manifest.get(section, None if complete else [])
        _entries(listed, section, SECTION_FOLDERS[section], where)
    minhash = _object(manifest, "minhash", where, required=False)
    if minhash:
        _entries(minhash.get("files") or [], "minhash.files", "minhash", where)
        if minhash.get("params") is not None and not isinstance(minhash["params"], dict):
            raise _bad(where, "minhash.params is not an object")
    _entries(manifest.get("metadata") or [], "metadata", None, where)
    for key in ("stats", "config", "card"):
        if key in manifest:
            release_path(manifest[key], None, where)
    derived = _object(manifest, "derived_from", where, required=False)
    if derived.get("version") is not None and not (
        isinstance(derived["version"], str) and _VERSION.fullmatch(derived["version"])
    ):
        raise _bad(where, "derived_from.version is not a version name")
    _check_takedowns(manifest, where)
    paths = [entry["path"] for entry in listed_files(manifest)]
    if len(set(paths)) != len(paths):
        raise _bad(where, "a file is listed twice")
    return manifest


def parse_manifest(data: bytes, where: str, complete: bool = True) -> dict[str, Any]:
    """A manifest file's bytes, parsed and checked (``check_manifest``)."""
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise _bad(where, type(err).__name__) from err
    return check_manifest(manifest, where, complete)
