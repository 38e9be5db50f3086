"""One Kiwi analysis per document, shared by every stage that needs morphemes.

Kiwi is loaded once per process (≈1 s and ≈0.5 GB each), the analysis is computed once per
document, and it travels with the record in a compact, picklable form, so the quality rules,
PII context, token counts and morpheme shingles never re-run Kiwi.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

_FORM_SEP = "\x1f"
_LOCK = threading.Lock()
_KIWI: dict[int, Any] = {}


def get_kiwi(num_workers: int = 1) -> Any:
    """The process-wide Kiwi with at least ``num_workers`` threads (created on first use, then
    shared by all threads). A caller that asks for fewer gets the one already loaded: a Kiwi
    costs ~2.5 s and ~0.4 GB to load and warm, and one string at a time runs on the caller's
    thread whatever the pool."""
    with _LOCK:
        fits = [n for n in _KIWI if n >= num_workers]
        if fits:
            return _KIWI[max(fits)]
        from kiwipiepy import Kiwi

        _KIWI[num_workers] = Kiwi(num_workers=num_workers)
        return _KIWI[num_workers]


def _packed(values: Sequence[int]) -> bytes:
    """Integers in the narrowest array type that holds them, its type code first."""
    if values and min(values) < 0:
        code = "q"
    else:
        top = max(values, default=0)
        code = "B" if top < 1 << 8 else "H" if top < 1 << 16 else "I"
    return code.encode("ascii") + array(code, values).tobytes()


def _unpacked(data: bytes) -> array:
    values = array(chr(data[0]))
    values.frombytes(data[1:])
    return values


def _deltas(values: Sequence[int]) -> list[int]:
    return [b - a for a, b in zip((0, *values), values, strict=False)]


def _running(deltas: Iterable[int]) -> list[int]:
    total, out = 0, []
    for delta in deltas:
        total += delta
        out.append(total)
    return out


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

    def to_record(self, text: str) -> dict[str, Any]:
        """Compact form for a Beam record, ~a quarter of the plain one: it rides every shuffle
        between the quality and PII stages. A form equal to its span of ``text`` (nine in ten)
        is left empty, tags are indices into the record's own tag list, offsets are deltas in
        the narrowest integer type."""
        table = sorted(set(self.tags))
        index = {tag: i for i, tag in enumerate(table)}
        return {
            "count": len(self.forms),
            "forms": _FORM_SEP.join(
                "" if text[s:e] == form else form
                for form, s, e in zip(self.forms, self.starts, self.ends, strict=True)
            ),
            "tag_table": _FORM_SEP.join(table),
            "tags": _packed([index[tag] for tag in self.tags]),
            "starts": _packed(_deltas(self.starts)),
            "lengths": _packed([e - s for s, e in zip(self.starts, self.ends, strict=True)]),
            "sentences": _packed(_deltas([v for pair in self.sentences for v in pair])),
        }

    @classmethod
    def from_record(cls, data: dict[str, Any], text: str) -> Analysis:
        """The analysis ``to_record(text)`` stored; ``text`` must be the same text."""
        count = data["count"]
        starts = tuple(_running(_unpacked(data["starts"])))
        ends = tuple(s + n for s, n in zip(starts, _unpacked(data["lengths"]), strict=True))
        stored = data["forms"].split(_FORM_SEP) if count else []
        forms = tuple(f or text[s:e] for f, s, e in zip(stored, starts, ends, strict=True))
        table = data["tag_table"].split(_FORM_SEP)
        bounds = _running(_unpacked(data["sentences"]))
        return cls(
            forms=forms,
            tags=tuple(table[i] for i in _unpacked(data["tags"])),
            starts=starts,
            ends=ends,
            sentences=tuple(zip(bounds[0::2], bounds[1::2], strict=True)),
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
    return list(analyze_each(texts, num_workers))


def analyze_each(texts: Iterable[str], num_workers: int = 1) -> Iterator[Analysis]:
    """Analyses in input order, each as soon as Kiwi has it. Kiwi reads ``texts`` a window
    ahead (16 per thread) and analyses on its own threads, so a caller that works on each
    analysis as it comes keeps every core busy; ``texts`` may be a generator."""
    kiwi = get_kiwi(num_workers)
    for sentences in kiwi.tokenize(texts, split_sents=True):
        yield _from_sentences(sentences)


def analyze_text(text: str) -> Analysis:
    return analyze([text])[0]
