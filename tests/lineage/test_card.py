"""The dataset card, word for word: the YAML header loaders read, the summary, loading
snippets, shard and column tables, takedowns, the PII policy in force and what was left out;
and each optional part as it reads when the manifest, stats or configuration lack it."""

import pytest
import yaml

from lineage.card import dataset_card, size_category

MANIFEST = {
    "version": "v3-봄",
    "code_version": "0.4.1",
    "created_at": "2026-12-06T18:00:00Z",
    "token_count": 1234,
    "counts": {"kept": 1500, "inputs": 1600, "dropped": 95, "error": 5},
    "shards": [
        {
            "path": "data/part-00000.parquet",
            "rows": 1000,
            "token_count": 800,
            "bytes": 4096,
            "sha256": "ab12",
        },
        {
            "path": "data/part-00001.parquet",
            "rows": 500,
            "token_count": 434,
            "bytes": 2048,
            "sha256": "cd34",
        },
    ],
    "derived_from": {"version": "v2"},
    "takedowns": {"applied": [{"id": "td-1", "removed": 3}, {"id": "td-2", "removed": 4}]},
}
STATS = {
    "by_stage_reason": {
        "dropped:quality": {"too_short": 90, "korean_lang_score": 5},
        "error:ingest": {"bad_utf8": 5},
    }
}
CONFIG = {"pii": {"enabled": True, "policy": "mask", "person": "contact"}}

EXPECTED = [
    "---",
    "pretty_name: korean-curate release v3-봄",
    "language:",
    "- ko",
    "license: other",
    "license_name: mixed-per-document",
    "task_categories:",
    "- text-generation",
    "size_categories:",
    "- 1K<n<10K",
    "tags:",
    "- korean",
    "- pretraining",
    "- korean-curate",
    "configs:",
    "- config_name: default",
    "  data_files: data/*.parquet",
    "dataset_info:",
    "  features:",
    "  - name: doc_id",
    "    dtype: string",
    "  - name: text",
    "    dtype: string",
    "  - name: url",
    "    dtype: string",
    "  - name: domain",
    "    dtype: string",
    "  - name: source",
    "    dtype: string",
    "  - name: lang",
    "    dtype: string",
    "  - name: quality_score",
    "    dtype: float64",
    "  - name: token_count",
    "    dtype: int64",
    "  - name: char_count",
    "    dtype: int64",
    "  - name: license",
    "    dtype: string",
    "  - name: pii_count",
    "    dtype: int64",
    "---",
    "",
    "# korean-curate release `v3-봄`",
    "",
    "Korean pretraining text curated by korean-curate 0.4.1, created 2026-12-06T18:00:00Z.",
    "",
    "| documents | tokens | shards | input records | dropped | errors |",
    "| --- | --- | --- | --- | --- | --- |",
    "| 1500 | 1234 | 2 | 1600 | 95 | 5 |",
    "",
    "## Loading",
    "",
    "```python",
    "import datasets",
    'ds = datasets.load_dataset("parquet", data_files="data/*.parquet", split="train")',
    "",
    "import duckdb",
    "duckdb.sql(\"SELECT * FROM 'data/*.parquet'\")",
    "",
    "import polars",
    'polars.scan_parquet("data/*.parquet")',
    "```",
    "",
    "Verify before training: `curate pull` checks every file against the SHA-256 in `manifest.json` (below).",  # noqa: E501
    "",
    "## Shards",
    "",
    "| file | rows | tokens | bytes | sha256 |",
    "| --- | --- | --- | --- | --- |",
    "| `data/part-00000.parquet` | 1000 | 800 | 4096 | `ab12` |",
    "| `data/part-00001.parquet` | 500 | 434 | 2048 | `cd34` |",
    "",
    "## Columns",
    "",
    "| column | type | meaning |",
    "| --- | --- | --- |",
    "| `doc_id` | string | stable id: dataset + SHA-256 of (dataset, path, locator); same in every release |",  # noqa: E501
    "| `text` | string | normalized text (NFC, control characters removed, whitespace folded) |",  # noqa: E501
    "| `url` | string | source URL, if the input had one |",
    "| `domain` | string | host of the URL without `www.` |",
    "| `source` | string | input dataset name (`ingest.dataset`) |",
    "| `lang` | string | detected language (null until language ID runs) |",
    "| `quality_score` | double | quality score (null until the quality stage runs) |",
    "| `token_count` | int64 | tokens of this document |",
    "| `char_count` | int64 | characters of `text` |",
    "| `license` | string | licence the source declared for this document (null: none declared) |",  # noqa: E501
    "| `pii_count` | int64 | PII spans the PII stage found in this document |",
    "",
    "## Takedowns",
    "",
    "This release is release `v2` with 2 takedown(s) applied: 7 document(s) removed, their near- and exact duplicates included. The pipeline was not re-run; `provenance/` records each removal with stage `takedown` and the takedown id.",  # noqa: E501
    "",
    "| takedown | documents removed |",
    "| --- | --- |",
    "| `td-1` | 3 |",
    "| `td-2` | 4 |",
    "",
    "## Personal data",
    "",
    "Identifiers were replaced (mask) by the PII stage; provenance keeps their types, offsets and counts, never the values. Name policy `pii.person: contact`: a person's name was replaced only as a private person's contact or identity data: in form or label syntax (성명: …, 받는 분 …, a table column headed 이름) or in a document that also holds a phone number, e-mail, resident/foreign registration, account, card, passport or licence number; names in running prose (public figures, historical persons, clans, people quoted in the news) and names credited with their e-mail address as a published work's author, maintainer or translator (the address was replaced) were kept.",  # noqa: E501
    "",
    "## What was left out",
    "",
    "| status:stage | reason | records |",
    "| --- | --- | --- |",
    "| dropped:quality | too_short | 90 |",
    "| dropped:quality | korean_lang_score | 5 |",
    "| error:ingest | bad_utf8 | 5 |",
    "",
    "## Provenance and licences",
    "",
    "`provenance/` holds one row per input record (kept, dropped or error) with every rule the pipeline evaluated, dedup groups, PII counts and the licence decision, never the text. Licences differ per document (`license` column); legal review uses `curate lineage` over this folder.",  # noqa: E501
    "",
]


def test_full_card_reads_exactly_so():
    assert dataset_card(MANIFEST, STATS, CONFIG).split("\n") == EXPECTED


def card(manifest=None, stats=None, config=None, **changes) -> list[str]:
    manifest = {**MANIFEST, **changes} if manifest is None else manifest
    return dataset_card(manifest, STATS if stats is None else stats, config).split("\n")


def section(lines: list[str], title: str) -> list[str]:
    """The lines of one ``## title`` section, up to the next section."""
    start = lines.index(f"## {title}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), None)
    return lines[start:end]


def test_header_is_the_yaml_loaders_read():
    text = dataset_card(MANIFEST, STATS, CONFIG)
    header = yaml.safe_load(text.split("---\n")[1])
    assert header["pretty_name"] == "korean-curate release v3-봄"
    assert header["size_categories"] == ["1K<n<10K"]
    assert header["configs"] == [{"config_name": "default", "data_files": "data/*.parquet"}]
    dtypes = {f["name"]: f["dtype"] for f in header["dataset_info"]["features"]}
    assert dtypes["quality_score"] == "float64" and dtypes["pii_count"] == "int64"
    assert dtypes["text"] == "string"


@pytest.mark.parametrize(
    ("rows", "bucket"),
    [
        (0, "n<1K"),
        (999, "n<1K"),
        (1000, "1K<n<10K"),
        (9999, "1K<n<10K"),
        (10_000, "10K<n<100K"),
        (999_999, "100K<n<1M"),
        (1_000_000, "1M<n<10M"),
        (10**7, "10M<n<100M"),
        (10**8, "100M<n<1B"),
        (10**9 - 1, "100M<n<1B"),
        (10**9, "1B<n<10B"),
        (10**11, "100B<n<1T"),
        (10**12 - 1, "100B<n<1T"),
        (10**12, "n>1T"),
        (10**15, "n>1T"),
    ],
)
def test_size_category_buckets(rows, bucket):
    assert size_category(rows) == bucket


def test_card_without_optional_manifest_fields():
    manifest = {"version": "v1", "counts": MANIFEST["counts"]}
    lines = card(manifest, stats={}, config=None)
    assert "Korean pretraining text curated by korean-curate , created ." in lines
    assert "| 1500 | 0 | 0 | 1600 | 95 | 5 |" in lines
    assert section(lines, "Shards") == [
        "## Shards",
        "",
        "| file | rows | tokens | bytes | sha256 |",
        "| --- | --- | --- | --- | --- |",
        "",
    ]
    assert "## Takedowns" not in lines and "## Personal data" not in lines
    assert section(lines, "What was left out") == ["## What was left out", "", "Nothing.", ""]


def test_no_shards_and_no_drops_when_given_as_null():
    lines = card(stats={"by_stage_reason": None}, shards=None)
    assert "| 1500 | 1234 | 0 | 1600 | 95 | 5 |" in lines
    assert section(lines, "What was left out")[2] == "Nothing."


def test_derived_release_without_takedowns_applied():
    for takedowns in (None, {}, {"applied": None}, {"applied": []}):
        lines = card(takedowns=takedowns)
        assert section(lines, "Takedowns") == [
            "## Takedowns",
            "",
            "This release is release `v2` with 0 takedown(s) applied: 0 document(s) removed, "
            "their near- and exact duplicates included. The pipeline was not re-run; "
            "`provenance/` records each removal with stage `takedown` and the takedown id.",
            "",
        ]


def test_release_not_derived_has_no_takedown_section():
    for derived in (None, {}):
        assert "## Takedowns" not in card(derived_from=derived)


def test_pii_off_and_absent():
    off = card(config={"pii": {"enabled": False, "person": "all"}})
    assert section(off, "Personal data") == [
        "## Personal data",
        "",
        "PII scrubbing was off for this release.",
        "",
    ]
    for config in (None, {}, {"pii": None}, {"pii": {}}):
        assert "## Personal data" not in card(config=config)


@pytest.mark.parametrize(
    ("person", "shown", "meaning"),
    [
        (
            True,
            "all",
            "every person name the recognizer found was replaced, running prose included",
        ),
        (False, "off", "person names were not scrubbed"),
        (
            "all",
            "all",
            "every person name the recognizer found was replaced, running prose included",
        ),
        ("off", "off", "person names were not scrubbed"),
        ("spouse", "spouse", "unknown policy"),
        (None, "None", "unknown policy"),
    ],
)
def test_name_policy_as_written_in_the_card(person, shown, meaning):
    lines = card(config={"pii": {"enabled": True, "policy": "hash", "person": person}})
    assert section(lines, "Personal data")[2] == (
        "Identifiers were replaced (hash) by the PII stage; provenance keeps their types, "
        f"offsets and counts, never the values. Name policy `pii.person: {shown}`: {meaning}."
    )
