"""Match keys shared by the provenance index, the takedown matcher and text search.

A reviewer pastes a URL, a site or a sentence from a complaint; the copy in our data differs in
scheme, ``www.``, percent-encoding, Unicode form or spacing. Every lookup compares keys, never
raw strings, and the index and the pipeline use these same functions so they always agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from filters.normalize import normalize_text
from lineage.errors import LineageError

_DEFAULT_PORTS = {80, 443}
_WHITESPACE_RE = re.compile(r"\s+")
# The SQL twin of search_key for texts the pipeline already normalized: shard texts are NFC
# (later stages only remove lines or insert ASCII placeholders), so no nfc_normalize per row,
# which cost as much as everything else; they only hold " " and "\n" as whitespace, which
# RE2's \s covers.
SEARCH_KEY_SQL = "regexp_replace(lower(text), '\\s+', '', 'g')"


def required_characters(key: str, limit: int = 16) -> list[str]:
    """Characters of a search key that every matching shard text holds as they are: Hangul
    syllables and digits, which NFC, lowercasing and spacing leave alone. A cheap
    ``contains`` on each rules most texts out before any text is normalized."""
    return list(dict.fromkeys(c for c in key if "가" <= c <= "힣" or "0" <= c <= "9"))[:limit]


def _strip_www(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def url_key(url: str | None) -> str | None:
    """``host[:port]/path?query`` with the host lowercased and without ``www.``, the scheme,
    default ports, the fragment and a trailing slash; the path percent-decoded and NFC, so a
    Hangul URL pasted from a browser matches its encoded form in the crawl."""
    if url is None or not url.strip():
        return None
    text = url.strip()
    if "://" not in text:
        text = "//" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return unicodedata.normalize("NFC", unquote(url.strip()))
    netloc = _strip_www(host.rstrip("."))
    if port is not None and port not in _DEFAULT_PORTS:
        netloc += f":{port}"
    path = unicodedata.normalize("NFC", unquote(parts.path)).rstrip("/")
    query = f"?{unicodedata.normalize('NFC', unquote(parts.query))}" if parts.query else ""
    return f"{netloc}{path}{query}"


def domain_key(domain: str) -> str:
    """A site as the pipeline records it (``source.domain``, a host name without port):
    lowercase, no ``www.``; a pasted URL or ``host:port`` is reduced to its host."""
    text = domain.strip()
    if "://" in text or "/" in text:
        text = url_key(text) or ""
    text = re.split(r"[:/?]", text, maxsplit=1)[0]
    return _strip_www(text.lower().rstrip("."))


def parent_domains(domain: str) -> list[str]:
    """``a.b.kr`` → ``[a.b.kr, b.kr, kr]``: a takedown of a site covers its subdomains."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def search_key(text: str) -> str:
    """NFC, no control or zero-width characters, lowercase, and no whitespace at all: a
    snippet matches whatever its spacing (Korean word spacing varies) or Unicode form."""
    return _WHITESPACE_RE.sub("", normalize_text(text).lower())


SELECTOR_KINDS = ("doc_id", "url", "domain", "text")
MIN_FIND_TEXT_CHARS = 2
MIN_TAKEDOWN_TEXT_CHARS = 12


@dataclass(frozen=True)
class Selector:
    """What a reviewer looks for: a kind and the key it is compared by."""

    kind: str
    key: str

    def describe(self) -> str:
        return f"{self.kind} {self.key!r}" if self.kind != "text" else "text snippet"


def make_selector(kind: str, raw: str, min_text_chars: int = MIN_FIND_TEXT_CHARS) -> Selector:
    """Normalize a reviewer's input, refusing inputs that would match nothing or everything."""
    if kind not in SELECTOR_KINDS:
        raise LineageError(f"unknown selector {kind!r} (use one of {', '.join(SELECTOR_KINDS)})")
    if kind == "doc_id":
        key = raw.strip()
    elif kind == "url":
        key = url_key(raw) or ""
    elif kind == "domain":
        key = domain_key(raw)
    else:
        key = search_key(raw)
        if 0 < len(key) < min_text_chars:
            raise LineageError(
                f"text snippet too short: {len(key)} characters without spaces, "
                f"at least {min_text_chars} needed"
            )
    if not key:
        raise LineageError(f"empty {kind}")
    return Selector(kind, key)
