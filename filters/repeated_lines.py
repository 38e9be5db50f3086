"""Lines repeated across the corpus, per document and without Beam: the keys a document
contributes to the corpus-wide counts, the verdict a line's counts give, and the document
with the condemned lines removed.

A line is compared case-folded with whitespace collapsed and hashed to 8 bytes (xxh3-64), so
only hashes, doc ids and sites travel through the shuffle. Two keys per distinct line:

- a *site* key (site hash + line hash): a line on ``site_min_pages`` pages of one site is
  that site's menu, footer, byline or related-articles block, removed from all its pages;
- a *corpus* key (line hash), for lines of at least ``corpus_min_chars`` characters: C4's
  rule on lines, the copy in the smallest doc_id stays and the others go.

A document whose long lines are mostly such lines is a copy of another document, not one
quoting it: cut line by line it would leave a fragment of its own few lines and lose its link
to the original. ``spare_copies`` leaves those lines in place so that near-dedup judges the
copy whole (keeping the best of the copies and naming the one it keeps).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import NamedTuple

import xxhash

SITE_RULE = "site_boilerplate"
CORPUS_RULE = "corpus_duplicate"
SITE, CORPUS = b"s", b"c"
HASH_BYTES = 8


def line_form(line: str) -> str:
    """The form lines are compared in: case-folded, whitespace collapsed."""
    return " ".join(line.casefold().split())


def line_hash(form: str) -> bytes:
    return xxhash.xxh3_64_digest(form.encode("utf-8"))


def site_key(site: str, hashed: bytes) -> bytes:
    """The site key of a line: kind, 4 bytes of site hash, the line hash (the last 8 bytes,
    so a verdict names the line it is about)."""
    return SITE + xxhash.xxh32_digest(site.encode("utf-8")) + hashed


def corpus_key(hashed: bytes) -> bytes:
    return CORPUS + hashed


def line_of(key: bytes) -> bytes:
    return key[-HASH_BYTES:]


def line_hashes(text: str) -> list[bytes | None]:
    """The hash of every line of ``text`` (None for blank lines), by line index."""
    out: list[bytes | None] = []
    for line in text.split("\n"):
        form = line_form(line)
        out.append(line_hash(form) if form else None)
    return out


def document_keys(text: str, site: str | None, corpus_min_chars: int | None) -> Iterator[bytes]:
    """Each key this document adds one to (one per distinct line): site keys when the
    document has a site, corpus keys for lines of at least ``corpus_min_chars`` characters
    (``None``: no corpus keys)."""
    seen: set[bytes] = set()
    for line in text.split("\n"):
        form = line_form(line)
        if not form:
            continue
        hashed = line_hash(form)
        if hashed in seen:
            continue
        seen.add(hashed)
        if site:
            yield site_key(site, hashed)
        if corpus_min_chars is not None and len(form) >= corpus_min_chars:
            yield corpus_key(hashed)


class LineCounts(NamedTuple):
    """What the corpus saw of one key: documents holding it, the smallest of their doc ids,
    and the distinct sites counted (at most ``max_sites_tracked``). Travels as a plain
    tuple (``tuple(counts)``): Beam's coder pickles named tuples."""

    docs: int
    first: str | None
    sites: int


def removal_rule(key: bytes, counts: LineCounts, doc_id: str, site_min_pages: int) -> str | None:
    """The rule that removes this key's line from document ``doc_id``, or None."""
    if key[:1] == SITE:
        return SITE_RULE if counts.docs >= site_min_pages else None
    if counts.docs >= 2 and doc_id != counts.first:
        return CORPUS_RULE
    return None


class Removal(NamedTuple):
    """A condemned line of one document: its hash, the rule and the documents count (a plain
    tuple in transit, like ``LineCounts``)."""

    line: bytes
    rule: str
    count: int


def remove_repeated(
    text: str, removals: Mapping[bytes, Removal]
) -> tuple[str, list[tuple[int, Removal, int]]]:
    """``text`` without the condemned lines, and (line index, removal, chars) per removed
    line; every copy of a condemned line in the document goes."""
    kept, removed = [], []
    for index, (line, hashed) in enumerate(zip(text.split("\n"), line_hashes(text), strict=True)):
        found = removals.get(hashed) if hashed is not None else None
        if found is None:
            kept.append(line)
        else:
            removed.append((index, found, len(line)))
    return "\n".join(kept).strip("\n"), removed


def spare_copies(
    text: str, removals: dict[bytes, Removal], max_share: float, min_chars: int
) -> dict[bytes, Removal]:
    """``removals`` without the corpus rule's when the lines it condemns hold more than
    ``max_share`` of the characters of the document's lines the rule looks at (at least
    ``min_chars`` long, not site boilerplate)."""
    eligible = duplicated = 0
    for line, hashed in zip(text.split("\n"), line_hashes(text), strict=True):
        found = removals.get(hashed) if hashed is not None else None
        if found is not None and found.rule == SITE_RULE or len(line_form(line)) < min_chars:
            continue
        eligible += len(line)
        duplicated += len(line) if found is not None else 0
    if not eligible or duplicated / eligible <= max_share:
        return removals
    return {line: r for line, r in removals.items() if r.rule != CORPUS_RULE}


def merge_removals(found: list[Removal]) -> dict[bytes, Removal]:
    """One removal per line; the site rule wins (the line is the site's, wherever else it
    is), then the larger count, so the result never depends on arrival order."""
    out: dict[bytes, Removal] = {}
    for removal in found:
        held = out.get(removal.line)
        if held is None or _rank(removal) > _rank(held):
            out[removal.line] = removal
    return out


def _rank(removal: Removal) -> tuple[bool, int]:
    return (removal.rule == SITE_RULE, removal.count)
