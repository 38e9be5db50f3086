"""Typed settings: one frozen dataclass per section of the run configuration.

``default_config.yaml`` holds the Korean defaults and the reason for each; these classes hold
the shape: every key's type and allowed values, which ``curate.config`` checks when it loads
a configuration (naming the file and the key of a bad value) before any stage sees it. Each
stage takes its own section (``Normalize(settings.normalize)``), never the whole run's.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


def setting(
    *,
    choices: tuple[str, ...] = (),
    minimum: float | None = None,
    maximum: float | None = None,
    default: Any = dataclasses.MISSING,
    pattern: tuple[str, str] | None = None,
) -> Any:
    """A field whose value must be one of ``choices``, lie in [minimum, maximum], or match
    ``pattern`` (regex, what it means). A ``default`` is only for the elements of a list of
    mappings (``decontamination.benchmarks``), whose keys the YAML defaults cannot spell out;
    sections take theirs from the YAML."""
    return dataclasses.field(
        default=default,
        metadata={"choices": choices, "minimum": minimum, "maximum": maximum, "pattern": pattern},
    )


def fraction() -> Any:
    return setting(minimum=0, maximum=1)


def at_least(minimum: float) -> Any:
    return setting(minimum=minimum)


def action() -> Any:
    return setting(choices=("keep", "strip", "drop"))


def count_or(*words: str, minimum: int = 1) -> Any:
    """A field holding an integer of at least ``minimum`` or one of ``words`` (``auto``)."""
    return setting(choices=words, minimum=minimum)


@dataclass(frozen=True)
class FieldNames:
    """``ingest.fields``: field names in JSONL objects and Parquet columns."""

    text: str
    id: str
    url: str
    date: str
    license: str


_KEY = r"[^.\[\]]+(\[\*\])?"
JSON_PATH = (rf"|(?:\[\*\]|{_KEY})(?:\.{_KEY})*", "dotted keys with [*] for every element")


@dataclass(frozen=True)
class JsonPaths:
    """``ingest.json``: where records, their text and their id sit in a nested ``.json`` file
    (dotted keys, ``[*]`` for every element of a list); empty ``records`` recognises known
    layouts (NIKL) by their shape."""

    records: str = setting(pattern=JSON_PATH)
    text: str = setting(pattern=JSON_PATH)
    id: str = setting(pattern=JSON_PATH)


@dataclass(frozen=True)
class IngestSettings:
    """``ingest``: how files become records (dataset name, field names, nested JSON paths,
    size limit, charset)."""

    dataset: str
    fields: FieldNames
    json: JsonPaths
    text_mode: str = setting(choices=("document", "blocks"))
    max_record_bytes: int = at_least(1)
    fallback_encoding: str
    split_bytes: int = at_least(0)
    wiki_namespaces: tuple[str, ...]


@dataclass(frozen=True)
class NormalizeSettings:
    """``normalize``: the canonical text every hash and analysis sees."""

    nfc: bool
    strip_control: bool
    collapse_whitespace: bool
    min_chars: int = at_least(0)


@dataclass(frozen=True)
class DedupSettings:
    """``dedup``: exact duplicates on the normalized text's hash."""

    exact: bool


@dataclass(frozen=True)
class NearDedupSettings:
    """``near_dedup``: MinHash signatures, LSH banding, verification, components."""

    enabled: bool
    shingle: str = setting(choices=("char", "morpheme"))
    ngram: int = at_least(1)
    num_perm: int = at_least(1)
    seed: int
    hash: str = setting(choices=("xxh32", "sha1"))
    bands: int = at_least(1)
    rows: int = at_least(1)
    verify_threshold: float = at_least(0)
    backend: str = setting(choices=("auto", "numpy", "cupy"))
    batch_size: int = at_least(1)
    cc_rounds: int = at_least(0)
    max_fixup_edges: int = at_least(0)
    against: tuple[str, ...]


@dataclass(frozen=True)
class ReleaseSettings:
    """``release``: shard sizes and Parquet compression."""

    rows_per_shard: int = at_least(1)
    provenance_rows_per_shard: int = at_least(1)
    compression: str = setting(choices=("zstd", "snappy", "gzip", "none"))


@dataclass(frozen=True)
class LangidSettings:
    """``langid``: the Korean score a document needs, the Hanja rule, foreign paragraphs."""

    min_score: float = fraction()
    cjk_hangul_share: float = fraction()
    paragraph_mode: bool
    paragraph_min_letters: int = at_least(1)
    paragraph_min_score: float = fraction()
    paragraph_doc_korean_share: float = fraction()


@dataclass(frozen=True)
class FineWeb2Settings:
    """``quality.fineweb2``: FineWeb-2's Korean rule thresholds."""

    max_dup_line_frac: float = fraction()
    max_top_2gram_frac: float = fraction()
    max_top_3gram_frac: float = fraction()
    max_top_4gram_frac: float = fraction()
    max_dup_5gram_frac: float = fraction()
    max_dup_6gram_frac: float = fraction()
    max_dup_7gram_frac: float = fraction()
    max_dup_8gram_frac: float = fraction()
    max_dup_9gram_frac: float = fraction()
    max_dup_10gram_frac: float = fraction()
    min_repetition_line_chars: float = at_least(0)
    min_line_punct_ratio: float = fraction()
    max_char_dup_ratio: float = fraction()
    max_new_line_ratio: float = at_least(0)
    min_words: int = at_least(0)
    max_words: int = at_least(1)
    min_mean_word_length: float = at_least(0)
    max_mean_word_length: float = at_least(0)
    max_symbol_word_ratio: float = at_least(0)
    max_bullet_lines_ratio: float = fraction()
    max_ellipsis_lines_ratio: float = fraction()
    min_alpha_word_ratio: float = fraction()
    min_stop_words: int = at_least(0)

    def max_top_ngram_frac(self, n: int) -> float:
        return getattr(self, f"max_top_{n}gram_frac")

    def max_dup_ngram_frac(self, n: int) -> float:
        return getattr(self, f"max_dup_{n}gram_frac")


@dataclass(frozen=True)
class KoreanRuleSettings:
    """``quality.korean``: thresholds of the rules only a morphological analysis can
    express."""

    min_hangul_ratio: float = fraction()
    min_ef_sentence_ratio: float = fraction()
    min_particle_ratio: float = at_least(0)
    max_noun_ratio: float = fraction()
    min_mean_sentence_morphemes: float = at_least(0)
    max_mean_sentence_morphemes: float = at_least(1)
    max_spam_lexicon_ratio: float = fraction()
    max_repeated_char_ratio: float = fraction()
    max_web_token_ratio: float = fraction()
    max_translationese_ratio: float = at_least(0)
    max_sales_pitch_calls: float = at_least(0)


@dataclass(frozen=True)
class QualityModelSettings:
    """``quality.model``: the fastText classifier and the score it must reach."""

    enabled: bool
    path: str
    min_score: float = fraction()


@dataclass(frozen=True)
class QualitySettings:
    """``quality``: line cleaning, Kiwi batches, and the rule sets and model below it."""

    enabled: bool
    batch_size: int = at_least(1)
    line_cleaning: bool
    boilerplate_max_line_chars: int = at_least(1)
    max_boilerplate_ratio: float = fraction()
    max_mojibake_share: float = fraction()
    min_main_text_morphemes: int = at_least(0)
    fineweb2: FineWeb2Settings
    korean: KoreanRuleSettings
    model: QualityModelSettings


@dataclass(frozen=True)
class TakedownSettings:
    """``takedown``: the log whose documents are dropped right after ingest."""

    log: str


# ``pii.person``: which person names count as personal data. ``contact``: a private person's
# contact or identity data (a name in form/label syntax or in a record holding a phone number,
# e-mail, RRN…); ``all``: every name the recognizer finds; ``off``: none.
PERSON_POLICIES = ("contact", "all", "off")


@dataclass(frozen=True)
class PiiSettings:
    """``pii``: replacement policy, score threshold, density rule, name policy, context window."""

    enabled: bool
    policy: str = setting(choices=("placeholder", "mask"))
    score_threshold: float = at_least(0)
    max_density: float = at_least(0)
    density_min_spans: int = at_least(1)
    person: str = setting(choices=PERSON_POLICIES)
    context_words_before: int = at_least(0)
    context_words_after: int = at_least(0)


@dataclass(frozen=True)
class LicencePolicy:
    """``copyright.policy``: the action (keep, strip, drop) for each licence class."""

    open: str = action()
    restricted: str = action()
    all_rights_reserved: str = action()
    tdm_reserved: str = action()
    unknown: str = action()

    def action_for(self, licence_class: str) -> str:
        return getattr(self, licence_class)


@dataclass(frozen=True)
class CopyrightSettings:
    """``copyright``: opt-out lists (files and inline rules) and the licence policy."""

    enabled: bool
    optout_files: tuple[str, ...]
    optout: tuple[str, ...]
    policy: LicencePolicy
    max_notice_chars: int = at_least(1)


@dataclass(frozen=True)
class UrlList:
    """One ``url_policy.lists`` entry: a blocklist file and the reason its matches are dropped
    with (``builtin:NAME`` names a list shipped in ``filters/lexicons``)."""

    reason: str
    path: str


@dataclass(frozen=True)
class UrlPolicySettings:
    """``url_policy``: domain, URL-word and URL-pattern blocklists applied right after ingest."""

    enabled: bool
    lists: tuple[UrlList, ...]


@dataclass(frozen=True)
class RepeatedLinesSettings:
    """``repeated_lines``: lines repeated across the corpus (site boilerplate, corpus
    duplicates), counted over the whole run and removed from each document."""

    enabled: bool
    site_min_pages: int = at_least(2)
    corpus_duplicates: bool
    corpus_min_chars: int = at_least(1)
    corpus_copy_share: float = fraction()
    max_sites_tracked: int = at_least(1)


BENCHMARK_LAYOUTS = (
    "custom",
    "kmmlu",
    "kobest_boolq",
    "kobest_copa",
    "kobest_hellaswag",
    "kobest_sentineg",
    "kobest_wic",
    "haerae",
    "click",
    "klue_mrc",
    "korquad",
)


@dataclass(frozen=True)
class BenchmarkSettings:
    """One ``decontamination.benchmarks`` entry: an evaluation set's file (JSONL, JSON,
    Parquet, CSV), the fields that hold an item's text (``layout`` names a known mapping;
    ``fields`` names them explicitly), and what a contaminated document gets."""

    name: str
    path: str
    layout: str = setting(choices=BENCHMARK_LAYOUTS, default="custom")
    fields: tuple[str, ...] = setting(default=())
    id_field: str = setting(default="")
    action: str = setting(choices=("drop", "cut"), default="drop")


@dataclass(frozen=True)
class DecontaminationSettings:
    """``decontamination``: n-grams of evaluation items, the share of an item's n-grams a
    document must contain to count as contaminated, and how the item index meets documents
    (``index``: a side input up to ``side_input_max_ngrams`` n-grams, a join above; or forced)."""

    unit: str = setting(choices=("eojeol", "morpheme"))
    ngram: int = at_least(1)
    min_overlap: float = fraction()
    index: str = setting(choices=("auto", "side_input", "join"))
    side_input_max_ngrams: int = at_least(1)
    benchmarks: tuple[BenchmarkSettings, ...]


@dataclass(frozen=True)
class RuntimeSettings:
    """``runtime``: how many cores the heavy per-document work uses inside one worker
    process (``auto`` or a count), and whether the embedded runner's buffers hold records or
    claim tickets for them on disk (``spill``); neither changes what a run releases."""

    threads: int | str = count_or("auto")
    spill: str = setting(choices=("auto", "off"))


@dataclass(frozen=True)
class Settings:
    """A whole run's configuration, in the order of ``default_config.yaml``."""

    ingest: IngestSettings
    normalize: NormalizeSettings
    dedup: DedupSettings
    near_dedup: NearDedupSettings
    release: ReleaseSettings
    langid: LangidSettings
    quality: QualitySettings
    takedown: TakedownSettings
    pii: PiiSettings
    copyright: CopyrightSettings
    url_policy: UrlPolicySettings
    repeated_lines: RepeatedLinesSettings
    decontamination: DecontaminationSettings
    runtime: RuntimeSettings

    def to_dict(self) -> dict[str, Any]:
        """Plain data in the YAML's shape (lists for tuples), for ``config.json``."""
        return plain(self)


def plain(value: Any) -> Any:
    """A settings object (any section) as nested dicts and lists, in field order."""
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value
