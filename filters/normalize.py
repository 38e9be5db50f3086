"""Text normalization applied before any hashing or analysis.

Korean text from macOS arrives decomposed (NFD jamo) and web text carries zero-width and
control characters; both would make identical documents hash differently and confuse Kiwi.
"""

from __future__ import annotations

import re
import unicodedata

from curate.settings import NormalizeSettings

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_KEEP_CONTROLS = "\n\t"
_CONTROL_RE = re.compile(
    "["
    + "".join(
        re.escape(chr(c))
        for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]
        if chr(c) not in _KEEP_CONTROLS
    )
    + re.escape(_ZERO_WIDTH)
    + "]"
)
_HORIZONTAL_SPACE_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def normalize_text(text: str, settings: NormalizeSettings | None = None) -> str:
    """Return the canonical form of ``text`` that every later stage and hash sees; without
    ``settings`` every step runs (the form lineage searches compare)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if settings is None or settings.strip_control:
        text = _CONTROL_RE.sub("", text)
    if settings is None or settings.nfc:
        text = unicodedata.normalize("NFC", text)
    if settings is None or settings.collapse_whitespace:
        text = _HORIZONTAL_SPACE_RE.sub(" ", text)
        text = "\n".join(line.strip() for line in text.split("\n"))
        text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip()
