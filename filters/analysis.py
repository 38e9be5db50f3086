"""One Kiwi analysis per document, shared by every stage that needs morphemes.

Kiwi is loaded once per process (≈1 s and ≈0.5 GB each), the analysis is computed once per
document, and it travels with the record in a compact, picklable form, so the quality rules,
PII context, token counts and morpheme shingles never re-run Kiwi.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_FORM_SEP = "\x1f"
_LOCK = threading.Lock()
_KIWI: dict[int, Any] = {}


def get_kiwi(num_workers: int = 1) -> Any:
    """The process-wide Kiwi instance (created on first use, then shared by all threads)."""
    with _LOCK:
        if num_workers not in _KIWI:
            from kiwipiepy import Kiwi

            _KIWI[num_workers] = Kiwi(num_workers=num_workers)
        return _KIWI[num_workers]


def _pairs_bytes(pairs: Iterable[tuple[int, int]]) -> bytes:
    return array("I", [value for pair in pairs for value in pair]).tobytes()


@dataclass(frozen=True)
class Analysis:
    """Morphemes (form, tag, code-point span) and sentence spans of one normalized text."""

    forms: tuple[str, ...]
    tags: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]

    def __len__(self) -> int:
        return len(self.forms)

    def to_record(self) -> dict[str, Any]:
        """Compact form for a Beam record: a few strings and byte arrays, not 4×N objects."""
        return {
            "forms": _FORM_SEP.join(self.forms),
            "tags": _FORM_SEP.join(self.tags),
            "spans": _pairs_bytes(zip(self.starts, self.ends, strict=True)),
            "sentences": _pairs_bytes(self.sentences),
        }

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> Analysis:
        spans = array("I")
        spans.frombytes(data["spans"])
        sents = array("I")
        sents.frombytes(data["sentences"])
        forms = tuple(data["forms"].split(_FORM_SEP)) if data["forms"] else ()
        tags = tuple(data["tags"].split(_FORM_SEP)) if data["tags"] else ()
        return cls(
            forms=forms,
            tags=tags,
            starts=tuple(spans[0::2]),
            ends=tuple(spans[1::2]),
            sentences=tuple(zip(sents[0::2], sents[1::2], strict=True)),
        )


def _from_sentences(sentences: Sequence[Sequence[Any]]) -> Analysis:
    forms, tags, starts, ends, spans = [], [], [], [], []
    for tokens in sentences:
        if not tokens:
            continue
        for token in tokens:
            forms.append(token.form)
            tags.append(token.tag)
            starts.append(token.start)
            ends.append(token.start + token.len)
        spans.append((tokens[0].start, tokens[-1].start + tokens[-1].len))
    return Analysis(tuple(forms), tuple(tags), tuple(starts), tuple(ends), tuple(spans))


def analyze(texts: Iterable[str], num_workers: int = 1) -> list[Analysis]:
    """Analyse a batch of texts; Kiwi spreads a batch over its own threads."""
    texts = list(texts)
    if not texts:
        return []
    kiwi = get_kiwi(num_workers)
    return [_from_sentences(sents) for sents in kiwi.tokenize(texts, split_sents=True)]


def analyze_text(text: str) -> Analysis:
    return analyze([text])[0]
