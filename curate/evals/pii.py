"""``curate pii eval``: precision, recall and F1 per PII type on the labelled Korean set
(``curate/evals/data/pii_eval_ko.jsonl``, built by ``curate.evals.pii_sets``); with
``--prose``, what the name policy does to real prose (``pii_prose_ko.jsonl``, built by
``curate.evals.pii_prose``): name placeholders per 1,000 documents by source and the precision
of ``<|name|>`` against names labelled by hand.

A prediction counts only when type, start and end equal a gold span exactly, so a phone
number found without its area code, or an e-mail that swallowed a particle, is both a false
positive and a false negative.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from curate.evals.pii_sets import DATA, EVAL_SET
from curate.settings import PiiSettings
from filters.analysis import analyze
from filters.pii.nlp_engine import LANGUAGE, KiwiNlpEngine
from filters.pii.recognizers import ENTITY_TYPES
from filters.pii.recognizers.email import suffixes_offline
from filters.pii.scrub import resolve_overlaps, scrubber

STRUCTURED = tuple(t for t in ENTITY_TYPES if t != "PERSON")


def load_eval_set(path: str | Path | None = None) -> list[dict[str, Any]]:
    text = Path(path or DATA / EVAL_SET).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def presidio_korean_analyzer() -> AnalyzerEngine:
    """presidio's own recognizers for Korean text, set up as a new user would, to compare
    against: its Korean ones (KrRrn, KrFrn, KrBrn, KrDriverLicense, KrPassport; shipped
    disabled, registered for ``ko``/``kr``) and its generic e-mail, card, IP and phone
    (region KR) ones, presidio's default score threshold (0) and its stock lemma context
    enhancer reading Kiwi words (presidio has no Korean NLP model of its own)."""
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IpRecognizer,
        PhoneRecognizer,
    )
    from presidio_analyzer.predefined_recognizers.country_specific.korea import (
        KrBrnRecognizer,
        KrDriverLicenseRecognizer,
        KrFrnRecognizer,
        KrPassportRecognizer,
        KrRrnRecognizer,
    )

    korean = (
        KrRrnRecognizer,
        KrFrnRecognizer,
        KrBrnRecognizer,
        KrDriverLicenseRecognizer,
        KrPassportRecognizer,
        EmailRecognizer,
        CreditCardRecognizer,
        IpRecognizer,
    )
    suffixes_offline()
    recognizers = [cls(supported_language=LANGUAGE) for cls in korean]
    recognizers.append(PhoneRecognizer(supported_language=LANGUAGE, supported_regions=("KR",)))
    return AnalyzerEngine(
        registry=RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE]),
        nlp_engine=KiwiNlpEngine(),
        supported_languages=[LANGUAGE],
    )


def evaluate(
    settings: PiiSettings, path: str | Path | None = None, baseline: bool = False
) -> dict[str, Any]:
    """Scores per type plus the hard negatives that got a span (ids only); ``baseline``
    scores presidio's own Korean setup (``presidio_korean_analyzer``) instead of ours."""
    items = load_eval_set(path)
    engine = scrubber(settings)
    analyses = analyze(item["text"] for item in items)
    if baseline:
        stock = presidio_korean_analyzer()

        def find(text: str, analysis: Any) -> list[Any]:
            artifacts = stock.nlp_engine.artifacts(text, analysis)
            return resolve_overlaps(stock.analyze(text, LANGUAGE, nlp_artifacts=artifacts))

    else:

        def find(text: str, analysis: Any) -> list[Any]:
            return engine.find(text, analysis)[0]

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    flagged_negatives = []
    for item, analysis in zip(items, analyses, strict=True):
        results = find(item["text"], analysis)
        predicted = {(r.entity_type, r.start, r.end) for r in results}
        gold = {(s["type"], s["start"], s["end"]) for s in item["spans"]}
        for kind, *_ in predicted & gold:
            tp[kind] += 1
        for kind, *_ in predicted - gold:
            fp[kind] += 1
        for kind, *_ in gold - predicted:
            fn[kind] += 1
        if item.get("hard_negative") and predicted:
            flagged_negatives.append(item["id"])
    types = {}
    for kind in ENTITY_TYPES:
        precision = _ratio(tp[kind], tp[kind] + fp[kind])
        recall = _ratio(tp[kind], tp[kind] + fn[kind])
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        types[kind] = {
            "gold": tp[kind] + fn[kind],
            "predicted": tp[kind] + fp[kind],
            "tp": tp[kind],
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    return {
        "sentences": len(items),
        "hard_negatives": sum(1 for item in items if item.get("hard_negative")),
        "hard_negatives_flagged": flagged_negatives,
        "types": types,
    }


def evaluate_prose(settings: PiiSettings, path: str | Path | None = None) -> dict[str, Any]:
    """Name placeholders on the real-prose set: per source, how many per 1,000 documents and
    on which hand label (``contact``, ``public``, ``not``, or no labelled name at all); a
    placeholder is right only on a ``contact`` name (what ``pii.person: contact`` means)."""
    from curate.evals.pii_prose import LABELS, PROSE

    items = load_eval_set(path or DATA / PROSE)
    engine = scrubber(settings)
    analyses = analyze(item["text"] for item in items)
    sources: dict[str, Counter[str]] = {}
    wrong = []
    for item, analysis in zip(items, analyses, strict=True):
        counted = sources.setdefault(item["source"], Counter())
        counted["documents"] += 1
        counted["contact_names"] += sum(n["label"] == "contact" for n in item["names"])
        for result in engine.find(item["text"], analysis)[0]:
            if result.entity_type != "PERSON":
                continue
            labels = [
                n["label"]
                for n in item["names"]
                if n["start"] < result.end and result.start < n["end"]
            ]
            label = labels[0] if labels else "unlabelled"
            counted["placeholders"] += 1
            counted[label] += 1
            if label != "contact":
                wrong.append(f"{item['id']}:{item['text'][result.start : result.end]}({label})")
    rows = {
        source: {
            "documents": c["documents"],
            "placeholders": c["placeholders"],
            "per_1000_docs": 1000.0 * c["placeholders"] / c["documents"],
            **{label: c[label] for label in (*LABELS, "unlabelled")},
            "contact_names": c["contact_names"],
        }
        for source, c in sorted(sources.items())
    }
    total = Counter()
    for row in rows.values():
        total.update({k: v for k, v in row.items() if k != "per_1000_docs"})
    return {
        "person_policy": settings.person,
        "sources": rows,
        "documents": total["documents"],
        "placeholders": total["placeholders"],
        "precision": _ratio(total["contact"], total["placeholders"]),
        "contact_recall": _ratio(total["contact"], total["contact_names"]),
        "wrong": wrong,
    }


def format_prose_report(report: dict[str, Any]) -> str:
    lines = [
        f"pii.person: {report['person_policy']}; {report['documents']} documents; "
        "<|name|> placeholders by the hand label of the name they cover",
        f"{'source':<20} {'docs':>5} {'names':>6} {'/1000':>8} {'contact':>8} {'public':>7} "
        f"{'not':>5} {'unlab.':>6}",
    ]
    for source, r in report["sources"].items():
        lines.append(
            f"{source:<20} {r['documents']:>5} {r['placeholders']:>6} "
            f"{r['per_1000_docs']:>8.1f} {r['contact']:>8} {r['public']:>7} {r['not']:>5} "
            f"{r['unlabelled']:>6}"
        )
    lines.append(
        f"<|name|> precision {report['precision']:.3f} ({report['placeholders']} placeholders); "
        f"recall of private contact names {report['contact_recall']:.3f}"
    )
    if report["wrong"]:
        lines.append("wrong: " + ", ".join(report["wrong"]))
    return "\n".join(lines)


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{report['sentences']} sentences ({report['hard_negatives']} hard negatives); exact "
        "span match",
        f"{'type':<18} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for kind, r in report["types"].items():
        lines.append(
            f"{kind:<18} {r['gold']:>5} {r['predicted']:>5} {r['precision']:>6.3f} "
            f"{r['recall']:>6.3f} {r['f1']:>6.3f}"
        )
    flagged = report["hard_negatives_flagged"]
    lines.append(
        f"hard negatives with a span: {len(flagged)}"
        + (f" ({', '.join(flagged)})" if flagged else "")
    )
    return "\n".join(lines)
