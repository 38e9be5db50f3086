"""What a browser may send, checked before it reaches a query or the takedown log.

The matching itself is ``lineage.keys.make_selector`` (the CLI's rules); this module only
refuses what could never name a document (a URL or site whose host is not a host name, a doc
id with quotes or slashes), over-long fields and control characters, each as a one-line
``BadInput`` the app answers with 400. Values go into DuckDB only as parameters.
"""

from __future__ import annotations

import re

from lineage.errors import LineageError
from lineage.keys import MIN_FIND_TEXT_CHARS, SELECTOR_KINDS, Selector, make_selector, url_key

MAX_FIELD = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HOST = re.compile(r"[\w-]+(\.[\w-]+)*(:\d{1,5})?")
_DOC_ID = re.compile(r"[\w.:+@-]{1,256}")
KIND_LABELS = {"url": "URL", "domain": "site (domain)", "doc_id": "doc id", "text": "text snippet"}


class BadInput(LineageError):
    """A field the app will not use; the message names the field, never its value."""


def field(value: str | None, label: str, required: bool = True, limit: int = MAX_FIELD) -> str:
    """A free-text field (reason, requester, reviewer…): any text, but not empty when required,
    at most ``limit`` characters, no control characters."""
    text = (value or "").strip()
    if required and not text:
        raise BadInput(f"{label} is required")
    if len(text) > limit:
        raise BadInput(f"{label} is longer than {limit} characters")
    if _CONTROL.search(text):
        raise BadInput(f"{label} holds control characters")
    return text


def doc_id(value: str | None) -> str:
    """A document id as the pipeline makes them (``dataset-<24 hex>``): word characters and
    ``. : + @ -`` only, so a quote, a slash or ``..`` is refused before any lookup."""
    text = field(value, "doc id", limit=256)
    if not _DOC_ID.fullmatch(text):
        raise BadInput("doc id may hold only letters, digits and . : + @ - _")
    return text


def selector(
    kind: str | None, raw: str | None, min_text_chars: int = MIN_FIND_TEXT_CHARS
) -> Selector:
    """A search or takedown selector with ``lineage find``'s matching rules."""
    if kind not in SELECTOR_KINDS:
        raise BadInput(f"search by one of: {', '.join(SELECTOR_KINDS)}")
    label = KIND_LABELS[kind]
    text = field(raw, label)
    if kind == "doc_id":
        text = doc_id(text)
    elif kind in ("url", "domain"):
        key = url_key(text) or ""
        host = re.split(r"[/?#]", key, maxsplit=1)[0]
        if not _HOST.fullmatch(host):
            raise BadInput(f"{label} does not start with a host name (like news.example.kr)")
    return make_selector(kind, text, min_text_chars)
