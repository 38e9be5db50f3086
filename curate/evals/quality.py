"""`curate quality eval`: keep rates per class of held-out Korean prose and generated junk,
for our stage and for FineWeb-2's rules on whitespace words, plus a rule-by-rule comparison.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from curate.evals.fineweb2_baseline import LANG_RULE as BASELINE_LANG_RULE
from curate.evals.fineweb2_baseline import FineWeb2Baseline
from curate.evals.quality_data import EVAL, GOOD, Labelled, hanja_passages, labelled_set
from curate.settings import FineWeb2Settings, LangidSettings, QualitySettings
from filters.langid import LanguageId
from filters.quality_assessor import LANG_RULE, MODEL_RULE, Assessment, QualityAssessor
from filters.quality_rules import Verdict, fineweb2_rules, stop_word_count
from filters.script_stats import ScriptCounts

LID_SWEEP = (0.5, 0.65, 0.8, 0.842, 0.9, 0.95)


def _fineweb2_names(settings: FineWeb2Settings) -> set[str]:
    return {rule.name for rule in fineweb2_rules(settings, stop_word_count(frozenset()))}


def _passes(verdicts: Iterable[Verdict], names: set[str] | None = None) -> bool:
    return all(v.passed for v in verdicts if names is None or v.rule in names)


def _rate(flags: Sequence[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def evaluate(
    quality: QualitySettings, langid: LangidSettings, split: str = EVAL, batch_size: int = 64
) -> dict:
    """Run both rule sets over one split (the held-out one unless told); returns the report
    `curate quality eval` prints (rates are fractions of documents kept, or failed for the
    per-rule table)."""
    items = labelled_set(split)
    ours, baseline = assess_both(items, quality, langid, batch_size)
    return {
        "split": split,
        **score_tables(items, ours, baseline, quality),
        "lid_sweep": _lid_sweep(items, ours, baseline, split, langid.cjk_hangul_share),
    }


def assess_both(
    items: Sequence[Labelled],
    quality: QualitySettings,
    langid: LangidSettings,
    batch_size: int = 64,
) -> tuple[list[Assessment], list[list[Verdict]]]:
    """Our stage's assessment and the whitespace FineWeb-2 baseline's verdicts per item."""
    texts = [item.text for item in items]
    assessor = QualityAssessor(quality, langid)
    ours: list[Assessment] = []
    for start in range(0, len(texts), batch_size):
        ours += assessor.assess(texts[start : start + batch_size])
    return ours, FineWeb2Baseline().assess(texts)


def score_tables(
    items: list[Labelled],
    ours: list[Assessment],
    baseline: list[list[Verdict]],
    quality: QualitySettings,
) -> dict[str, Any]:
    """Keep rates per class and per label, and failure rates per rule, for both sides."""
    fw2_names = _fineweb2_names(quality.fineweb2) | {LANG_RULE}
    return {
        "documents": len(items),
        "classes": _class_table(items, ours, baseline, fw2_names),
        "totals": _totals(items, ours, baseline),
        "rules": _rule_table(items, ours, baseline),
        "model_threshold": quality.model.min_score if quality.model.enabled else None,
    }


def _class_table(
    items: list[Labelled],
    ours: list[Assessment],
    baseline: list[list[Verdict]],
    fw2_names: set[str],
) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for item, mine, base in zip(items, ours, baseline, strict=True):
        row = rows.setdefault(
            item.cls,
            {
                "class": item.cls,
                "label": item.label,
                "ours": [],
                "fw2_morphemes": [],
                "baseline": [],
                "model": [],
                "edited": [],
            },
        )
        row["ours"].append(mine.failed is None)
        row["fw2_morphemes"].append(_passes(mine.verdicts, fw2_names))
        row["baseline"].append(_passes(base))
        row["model"].append(_passes(mine.verdicts, {MODEL_RULE}))
        row["edited"].append(bool(mine.edits))
    return [
        {
            **row,
            **{
                key: _rate(row[key])
                for key in ("ours", "fw2_morphemes", "baseline", "model", "edited")
            },
            "docs": len(row["ours"]),
        }
        for row in rows.values()
    ]


def _totals(
    items: list[Labelled], ours: list[Assessment], baseline: list[list[Verdict]]
) -> dict[str, dict[str, float]]:
    totals = {}
    for label in sorted({item.label for item in items}):
        picked = [i for i, item in enumerate(items) if item.label == label]
        totals[label] = {
            "docs": len(picked),
            "ours": _rate([ours[i].failed is None for i in picked]),
            "baseline": _rate([_passes(baseline[i]) for i in picked]),
        }
    return totals


def _rule_table(
    items: list[Labelled], ours: list[Assessment], baseline: list[list[Verdict]]
) -> list[dict[str, Any]]:
    """Per rule: share of good documents it fails (wrong drops) and of junk it fails
    (catches), on our side and, for rules the baseline shares, on the baseline side."""
    fails: dict[tuple[str, str, str], list[bool]] = defaultdict(list)
    for item, mine, base in zip(items, ours, baseline, strict=True):
        for side, verdicts in (("ours", mine.verdicts), ("baseline", base)):
            for v in verdicts:
                name = LANG_RULE if v.rule == BASELINE_LANG_RULE else v.rule
                fails[(name, side, item.label)].append(not v.passed)
    names = list(dict.fromkeys(name for name, _, _ in fails))
    return [
        {
            "rule": name,
            **{
                f"{side}_{label}": _rate(fails[(name, side, label)])
                if (name, side, label) in fails
                else None
                for side in ("ours", "baseline")
                for label in (GOOD, "junk")
            },
        }
        for name in names
    ]


def _korean_scores(texts: list[str], cjk_hangul_share: float) -> list[float]:
    results = LanguageId(cjk_hangul_share).identify(texts, [ScriptCounts.of(t) for t in texts])
    return [result.korean_score for result in results]


def _lid_sweep(
    items: list[Labelled],
    ours: list[Assessment],
    baseline: list[list[Verdict]],
    split: str,
    cjk_hangul_share: float,
) -> list[dict[str, float]]:
    """Keep rate of the language rule alone at several thresholds: good documents (after our
    paragraph cleaning, with the Hanja rule) vs raw lid.176 scores, junk, and short
    Hanja-mixed passages with and without the Hanja rule."""
    good = [i for i, item in enumerate(items) if item.label == GOOD]
    junk = [i for i, item in enumerate(items) if item.label != GOOD]
    raw = [base[0].value for base in baseline]
    passages = hanja_passages(split)
    hanja_ours = _korean_scores(passages, cjk_hangul_share)
    hanja_raw = _korean_scores(passages, math.inf)
    return [
        {
            "threshold": threshold,
            "ours_good": _rate([ours[i].lang.korean_score >= threshold for i in good]),
            "raw_good": _rate([raw[i] >= threshold for i in good]),
            "ours_junk": _rate([ours[i].lang.korean_score >= threshold for i in junk]),
            "hanja_ours": _rate([score >= threshold for score in hanja_ours]),
            "hanja_raw": _rate([score >= threshold for score in hanja_raw]),
            "hanja_passages": len(passages),
        }
        for threshold in LID_SWEEP
    ]


def format_report(report: dict[str, Any]) -> str:
    """The tables `curate quality eval` prints."""
    if report["split"] == EVAL:
        header = (
            f"{report['documents']} held-out documents (Korean prose from "
            "curate/sample/sources not used to train the bundled model; junk generated "
            "with the eval seed)"
        )
    else:
        header = (
            f"{report['documents']} documents of the {report['split']} split: the bundled "
            "model was trained on them, so its column is not a measurement"
        )
    out = [
        header,
        "",
        "keep rate per class (good: higher is better; junk: lower is better)",
        f"{'class':30} {'label':5} {'docs':>4} {'ours':>6} {'fw2-morph':>9} "
        f"{'baseline':>8} {'model':>6} {'edited':>6}",
    ]
    for row in report["classes"]:
        out.append(
            f"{row['class']:30} {row['label']:5} {row['docs']:>4} {row['ours']:>6.0%} "
            f"{row['fw2_morphemes']:>9.0%} {row['baseline']:>8.0%} {row['model']:>6.0%} "
            f"{row['edited']:>6.0%}"
        )
    out.append("")
    for label, total in report["totals"].items():
        out.append(
            f"all {label:5} {total['docs']:>4} docs: ours keeps {total['ours']:.1%}, "
            f"baseline keeps {total['baseline']:.1%}"
        )
    out += [
        "",
        "ours = our stage (line cleaning, LID + Hanja rule, FineWeb-2 rules on Kiwi morphemes, "
        "Korean rules, model); fw2-morph = its FineWeb-2 rules and LID only; baseline = "
        "FineWeb-2 Korean rules on whitespace words + raw lid.176 >= 0.842; model = model "
        "score alone; edited = documents with lines removed.",
        "",
        "per rule: share of documents failing it (good: wrong drops, junk: catches)",
        f"{'rule':26} {'ours good':>9} {'ours junk':>9} {'base good':>9} {'base junk':>9}",
    ]
    for row in report["rules"]:
        cells = [row["ours_good"], row["ours_junk"], row["baseline_good"], row["baseline_junk"]]
        out.append(
            f"{row['rule']:26} "
            + " ".join(f"{'-':>9}" if cell is None else f"{cell:>9.0%}" for cell in cells)
        )
    out += [
        "",
        "language score alone: keep rate at each threshold (hanja: "
        f"{report['lid_sweep'][0]['hanja_passages']} two-line Hanja-mixed passages, with "
        "and without the Hanja rule)",
        f"{'threshold':>9} {'ours good':>9} {'raw good':>9} {'ours junk':>9} "
        f"{'hanja ours':>10} {'hanja raw':>9}",
    ]
    for row in report["lid_sweep"]:
        out.append(
            f"{row['threshold']:>9} {row['ours_good']:>9.0%} {row['raw_good']:>9.0%} "
            f"{row['ours_junk']:>9.0%} {row['hanja_ours']:>10.0%} {row['hanja_raw']:>9.0%}"
        )
    return "\n".join(out)
