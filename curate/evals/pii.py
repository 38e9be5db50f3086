"""``curate pii eval``: precision, recall and F1 per PII type on the labelled Korean set
(``curate/evals/data/pii_eval_ko.jsonl``, built by ``curate.evals.pii_sets``).

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
