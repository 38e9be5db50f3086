"""PII scrubbing of one document: presidio's analyzer with the Korean recognizers and the
Kiwi NLP engine, then presidio's anonymizer with the configured replacement policy.

The result says where each identifier was (type, code-point offsets into the text that was
scrubbed, score) and how many of each type, never the value, so provenance can show a legal
reviewer what was removed without showing what it was.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig

from curate.settings import PiiSettings
from filters.analysis import Analysis
from filters.pii.credits import NO_CREDITS, Credits, billed, find_credits
from filters.pii.nlp_engine import LANGUAGE, KiwiContextEnhancer, KiwiNlpEngine
from filters.pii.recognizers import ENTITY_TYPES, korean_recognizers
from filters.pii.recognizers.person import CONTACT_KEY, example_name
from filters.pii.recognizers.record_names import login_handles, names_in_contact_record

PLACEHOLDERS = {
    "KR_RRN": "<|rrn|>",
    "KR_FRN": "<|frn|>",
    "PHONE_NUMBER": "<|phone|>",
    "EMAIL_ADDRESS": "<|email|>",
    "CREDIT_CARD": "<|card|>",
    "KR_BANK_ACCOUNT": "<|account|>",
    "KR_BRN": "<|brn|>",
    "KR_PASSPORT": "<|passport|>",
    "KR_DRIVER_LICENSE": "<|driver_license|>",
    "IP_ADDRESS": "<|ip|>",
    "PERSON": "<|name|>",
}
MASK_CHAR = "*"
# Identifiers that make a record a private person's contact or identity data, so that a name
# in it is one too (pii.person: contact). Business numbers and IP addresses identify firms
# and machines, not people.
CONTACT_TYPES = frozenset(ENTITY_TYPES) - {"KR_BRN", "IP_ADDRESS", "PERSON"}


@dataclass(frozen=True)
class Span:
    type: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "score": self.score}


@dataclass(frozen=True)
class ScrubResult:
    """The scrubbed text and where the identifiers were in the input text."""

    text: str
    spans: tuple[Span, ...]
    input_chars: int
    ran_kiwi: bool

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(span.type for span in self.spans)
        return {t: counted[t] for t in ENTITY_TYPES if counted[t]}

    @property
    def density(self) -> float:
        """Identifiers per 1,000 characters of the input text."""
        return 1000.0 * len(self.spans) / max(self.input_chars, 1)

    def provenance(self) -> dict[str, list[dict[str, Any]]]:
        """The ``pii`` provenance struct: spans and counts per type, never a value."""
        return {
            "spans": [span.to_dict() for span in self.spans],
            "counts": [{"type": t, "count": n} for t, n in self.counts.items()],
        }


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One type per character: the higher score wins, then the longer span."""
    kept: list[RecognizerResult] = []
    for result in sorted(
        results, key=lambda r: (-r.score, r.start - r.end, r.start, r.entity_type)
    ):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: (r.start, r.end))


def contact_names(
    results: list[RecognizerResult], credits: Credits = NO_CREDITS, text: str = ""
) -> list[RecognizerResult]:
    """The ``contact`` name policy: a name is personal data when it is a private person's
    contact or identity data (PIPA art. 2): in form/label syntax or correspondence (the
    recognizer marks those) or in a record that also holds a contact identifier other than
    the e-mail addresses of credits; names in running prose (public figures, historical
    persons, clans) and credited names (``credits``: in a credits section or beside a
    credited address) are kept for the model, unless an identifier other than an e-mail
    address stands on the name's line of ``text`` (신청인 최서연(주민등록번호 …): no credit
    prints one)."""
    identities = [
        (r.start, r.end)
        for r in results
        if r.entity_type in CONTACT_TYPES and r.entity_type != "EMAIL_ADDRESS"
    ]
    results = [
        r
        for r in results
        if r.entity_type != "PERSON"
        or not credits.holds(r.start, r.end)
        or _on_its_line(text, r.start, identities)
    ]
    if any(
        r.entity_type in CONTACT_TYPES and (r.start, r.end) not in credits.addresses
        for r in results
    ):
        return results
    return [
        r
        for r in results
        if r.entity_type != "PERSON" or (r.recognition_metadata or {}).get(CONTACT_KEY)
    ]


def _on_its_line(text: str, position: int, spans: list[tuple[int, int]]) -> bool:
    """One of ``spans`` lies on the line of ``text`` that holds ``position``."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    return any(start <= a and b <= end for a, b in spans)


class Scrubber:
    """presidio's analyzer and anonymizer for Korean, built once per process (the registry,
    compiled patterns and spaCy vocabulary are reused for every document)."""

    def __init__(self, settings: PiiSettings):
        self.settings = settings
        self.nlp_engine = KiwiNlpEngine()
        registry = RecognizerRegistry(
            recognizers=korean_recognizers(person=settings.person != "off"),
            supported_languages=[LANGUAGE],
        )
        self.analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=[LANGUAGE],
            default_score_threshold=settings.score_threshold,
            context_aware_enhancer=KiwiContextEnhancer(
                context_prefix_count=settings.context_words_before,
                context_suffix_count=settings.context_words_after,
            ),
        )
        self.anonymizer = AnonymizerEngine()
        if settings.policy == "mask":
            operator = {"masking_char": MASK_CHAR, "chars_to_mask": 1 << 30, "from_end": False}
            self.operators = {t: OperatorConfig("mask", operator) for t in PLACEHOLDERS}
        else:
            self.operators = {
                t: OperatorConfig("replace", {"new_value": value})
                for t, value in PLACEHOLDERS.items()
            }

    def find(
        self,
        text: str,
        analysis: Analysis | dict[str, Any] | None = None,
        *,
        presidio_nlp: bool = False,
    ) -> tuple[list[RecognizerResult], bool]:
        """Identifiers in ``text`` (non-overlapping, in text order) and whether Kiwi ran.

        ``analysis`` is the shared Kiwi analysis of exactly this text, if one exists; it
        becomes presidio's NLP artifacts, decoded only if a recognizer or context word needs
        it. ``presidio_nlp`` runs the NLP engine (Kiwi) on every text as stock presidio does,
        the path the benchmark compares against.
        """
        if presidio_nlp:
            artifacts = self.nlp_engine.process_text(text, LANGUAGE)
        else:
            artifacts = self.nlp_engine.artifacts(text, analysis)
        results = self.analyzer.analyze(text, LANGUAGE, nlp_artifacts=artifacts)
        addresses = [(r.start, r.end) for r in results if r.entity_type == "EMAIL_ADDRESS"]
        named = any(r.entity_type == "PERSON" for r in results)
        contact = self.settings.person == "contact"
        credits = find_credits(text, addresses, named) if contact else NO_CREDITS
        values = [
            (r.start, r.end)
            for r in results
            if r.entity_type in CONTACT_TYPES and (r.start, r.end) not in credits.addresses
        ]
        if self.settings.person != "off":
            results += login_handles(text)
        if values and self.settings.person != "off":
            people = [(r.start, r.end) for r in results if r.entity_type == "PERSON"]
            results += names_in_contact_record(text, artifacts.analysis, values, people)
        people_found = any(r.entity_type == "PERSON" for r in results)
        public = billed(text) if contact and people_found else frozenset()
        results = [
            r
            for r in results
            if r.entity_type != "PERSON"
            or not (example_name(text, r.start, r.end) or text[r.start : r.end] in public)
        ]
        return self._policy(results, credits, text), presidio_nlp or artifacts.ran_kiwi

    def _policy(
        self, results: list[RecognizerResult], credits: Credits, text: str
    ) -> list[RecognizerResult]:
        """Overlaps resolved, then the name policy (``pii.person``) applied."""
        kept = resolve_overlaps(results)
        return contact_names(kept, credits, text) if self.settings.person == "contact" else kept

    def scrub(
        self,
        text: str,
        analysis: Analysis | dict[str, Any] | None = None,
        *,
        presidio_nlp: bool = False,
    ) -> ScrubResult:
        results, ran_kiwi = self.find(text, analysis, presidio_nlp=presidio_nlp)
        spans = tuple(Span(r.entity_type, r.start, r.end, round(r.score, 4)) for r in results)
        scrubbed = text
        if results:
            scrubbed = self.anonymizer.anonymize(
                text, results, self.operators, merge_entities_with_spaces=False
            ).text
        return ScrubResult(scrubbed, spans, len(text), ran_kiwi)

    def too_dense(self, result: ScrubResult) -> bool:
        """The density rule: a contact list or a leaked table, not prose naming a contact."""
        limit = self.settings.max_density
        return (
            limit > 0
            and len(result.spans) >= self.settings.density_min_spans
            and result.density > limit
        )


@functools.lru_cache(maxsize=4)
def scrubber(settings: PiiSettings) -> Scrubber:
    """The process-wide scrubber for these settings (Beam workers build it once)."""
    return Scrubber(settings)
