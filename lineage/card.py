"""The dataset card (README.md) every release carries.

The YAML header follows the Hugging Face dataset-card format, so ``load_dataset`` on the
folder (or ``load_dataset("parquet", data_files="data/*.parquet")``) finds the shards without
a loading script; DuckDB and Polars read the same glob. The body says what a model team needs
before training: counts, tokens per shard, checksums, and where provenance lives.
"""

from __future__ import annotations

import math
from typing import Any

import yaml

from curate.records import SHARD_SCHEMA

DATA_GLOB = "data/*.parquet"
_DTYPES = {"string": "string", "double": "float64", "int64": "int64"}
_COLUMN_NOTES = {
    "doc_id": "stable id: dataset + SHA-256 of (dataset, path, locator); same in every release",
    "text": "normalized text (NFC, control characters removed, whitespace folded)",
    "url": "source URL, if the input had one",
    "domain": "host of the URL without `www.`",
    "source": "input dataset name (`ingest.dataset`)",
    "lang": "detected language (null until language ID runs)",
    "quality_score": "quality score (null until the quality stage runs)",
    "token_count": "tokens of this document",
    "char_count": "characters of `text`",
    "license": "licence the source declared for this document (null: none declared)",
    "pii_count": "PII spans the PII stage found in this document",
}


def size_category(rows: int) -> str:
    """The Hugging Face ``size_categories`` bucket for a row count."""
    if rows < 1000:
        return "n<1K"
    names = ["1K", "10K", "100K", "1M", "10M", "100M", "1B", "10B", "100B", "1T"]
    exponent = min(int(math.log10(rows)), 12) - 3
    if exponent >= len(names) - 1:
        return "n>1T"
    return f"{names[exponent]}<n<{names[exponent + 1]}"


def _header(manifest: dict[str, Any]) -> dict[str, Any]:
    kept = manifest["counts"]["kept"]
    return {
        "pretty_name": f"korean-curate release {manifest['version']}",
        "language": ["ko"],
        "license": "other",
        "license_name": "mixed-per-document",
        "task_categories": ["text-generation"],
        "size_categories": [size_category(kept)],
        "tags": ["korean", "pretraining", "korean-curate"],
        "configs": [{"config_name": "default", "data_files": DATA_GLOB}],
        "dataset_info": {
            "features": [
                {"name": f.name, "dtype": _DTYPES.get(str(f.type), str(f.type))}
                for f in SHARD_SCHEMA
            ]
        },
    }


def _md_table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    return [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
        *("| " + " | ".join(str(v) for v in row) + " |" for row in rows),
    ]


def _lineage_lines(manifest: dict[str, Any]) -> list[str]:
    derived = manifest.get("derived_from")
    if not derived:
        return []
    applied = (manifest.get("takedowns") or {}).get("applied") or []
    removed = sum(t["removed"] for t in applied)
    lines = [
        "## Takedowns",
        "",
        f"This release is release `{derived['version']}` with {len(applied)} takedown(s) "
        f"applied: {removed} document(s) removed, their near- and exact duplicates included. "
        "The pipeline was not re-run; `provenance/` records each removal with stage "
        "`takedown` and the takedown id.",
        "",
    ]
    if applied:
        lines += _md_table(
            ["takedown", "documents removed"], [[f"`{t['id']}`", t["removed"]] for t in applied]
        )
        lines.append("")
    return lines


# What each ``pii.person`` value means, for the card's reader (README "Names: the policy").
_NAME_POLICIES = {
    "contact": "a person's name was replaced only as a private person's contact or identity "
    "data: in form or label syntax (성명: …, 받는 분 …, a table column headed 이름) or in a "
    "document that also holds a phone number, e-mail, resident/foreign registration, account, "
    "card, passport or licence number; names in running prose (public figures, historical "
    "persons, clans, people quoted in the news) and names credited with their e-mail address "
    "as a published work's author, maintainer or translator (the address was replaced) were "
    "kept",
    "all": "every person name the recognizer found was replaced, running prose included",
    "off": "person names were not scrubbed",
}


def _pii_lines(config: dict[str, Any] | None) -> list[str]:
    """The PII policy in force, from the run's configuration (absent in older callers)."""
    pii = (config or {}).get("pii")
    if not pii:
        return []
    if not pii.get("enabled"):
        return ["## Personal data", "", "PII scrubbing was off for this release.", ""]
    raw = pii.get("person")
    # Releases made before the policy had a boolean here: true was every name found.
    person = ("all" if raw else "off") if isinstance(raw, bool) else str(raw)
    return [
        "## Personal data",
        "",
        f"Identifiers were replaced ({pii.get('policy')}) by the PII stage; provenance keeps "
        "their types, offsets and counts, never the values. Name policy "
        f"`pii.person: {person}`: {_NAME_POLICIES.get(person, 'unknown policy')}.",
        "",
    ]


def dataset_card(
    manifest: dict[str, Any], stats: dict[str, Any], config: dict[str, Any] | None = None
) -> str:
    """README.md text: a YAML header, then what is in the release and how to load it."""
    counts = manifest["counts"]
    shards = manifest.get("shards") or []
    header = yaml.safe_dump(_header(manifest), sort_keys=False, allow_unicode=True)
    drops = [
        [group, reason, count]
        for group, reasons in (stats.get("by_stage_reason") or {}).items()
        for reason, count in reasons.items()
    ]
    lines = [
        "---",
        header.rstrip("\n"),
        "---",
        "",
        f"# korean-curate release `{manifest['version']}`",
        "",
        f"Korean pretraining text curated by korean-curate {manifest.get('code_version', '')}, "
        f"created {manifest.get('created_at', '')}.",
        "",
        *_md_table(
            ["documents", "tokens", "shards", "input records", "dropped", "errors"],
            [
                [
                    counts["kept"],
                    manifest.get("token_count", 0),
                    len(shards),
                    counts["inputs"],
                    counts["dropped"],
                    counts["error"],
                ]
            ],
        ),
        "",
        "## Loading",
        "",
        "```python",
        "import datasets",
        f'ds = datasets.load_dataset("parquet", data_files="{DATA_GLOB}", split="train")',
        "",
        "import duckdb",
        f"duckdb.sql(\"SELECT * FROM '{DATA_GLOB}'\")",
        "",
        "import polars",
        f'polars.scan_parquet("{DATA_GLOB}")',
        "```",
        "",
        "Verify before training: `curate pull` checks every file against the SHA-256 in "
        "`manifest.json` (below).",
        "",
        "## Shards",
        "",
        *_md_table(
            ["file", "rows", "tokens", "bytes", "sha256"],
            [
                [f"`{s['path']}`", s["rows"], s["token_count"], s["bytes"], f"`{s['sha256']}`"]
                for s in shards
            ],
        ),
        "",
        "## Columns",
        "",
        *_md_table(
            ["column", "type", "meaning"],
            [[f"`{f.name}`", f.type, _COLUMN_NOTES.get(f.name, "")] for f in SHARD_SCHEMA],
        ),
        "",
        *_lineage_lines(manifest),
        *_pii_lines(config),
        "## What was left out",
        "",
        *(_md_table(["status:stage", "reason", "records"], drops) if drops else ["Nothing."]),
        "",
        "## Provenance and licences",
        "",
        "`provenance/` holds one row per input record (kept, dropped or error) with every rule "
        "the pipeline evaluated, dedup groups, PII counts and the licence decision, never the "
        "text. Licences differ per document (`license` column); legal review uses "
        "`curate lineage` over this folder.",
        "",
    ]
    return "\n".join(lines)
