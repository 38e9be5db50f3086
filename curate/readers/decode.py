"""Byte decoding for Korean corpora: UTF-8 first, then the legacy CP949/EUC-KR family.

The encoding is decided once per file from a sample (a crawl file has one encoding), so a
single corrupt line in a UTF-8 file becomes an error record instead of being silently
mis-decoded as CP949.
"""

from __future__ import annotations

import codecs

SAMPLE_BYTES = 64 * 1024
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WIDE = ("utf-16", "utf-32")
# Text codecs by Python's reckoning that no document is saved in: a declared charset naming
# one is ignored like an unknown one.
_NOT_CHARSETS = frozenset(
    ("unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "utf-7")
)
_ALIASES = {
    "euc-kr": "cp949",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "uhc": "cp949",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "utf8": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
}


class DecodeError(ValueError):
    """Raised with a reason that is safe to log: it never contains the bytes themselves."""


def canonical_encoding(name: str) -> str:
    """Map declared charsets onto the codec we actually decode with (EUC-KR ⊂ CP949); a name
    that is not a text encoding documents are saved in (``rot13``, ``zlib``, ``base64``,
    ``unicode_escape``) is refused like an unknown one."""
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    if name == "utf-8-sig":
        return name
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError) as err:
        raise DecodeError("unknown declared encoding") from err
    if not info._is_text_encoding or info.name in _NOT_CHARSETS:
        raise DecodeError(f"declared encoding {info.name} is not a text charset")
    return info.name


def usable_charset(name: str | None) -> bool:
    """Whether a declared charset names a codec documents are decoded with."""
    if not name:
        return False
    try:
        canonical_encoding(name)
    except DecodeError:
        return False
    return True


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` names, if any."""
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def _decodes_prefix(sample: bytes, encoding: str) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeError:
        return False
    return True


def _sample_lines(sample: bytes) -> list[bytes]:
    lines = sample.split(b"\n")
    if len(lines) > 1:
        lines = lines[:-1]
    return [line for line in lines if not line.isascii()]


def detect_encoding(sample: bytes, declared: str | None = None, fallback: str = "cp949") -> str:
    """Pick the encoding of a file or payload from its first bytes.

    Candidates in order: BOM, UTF-8, the declared charset, the Korean legacy ``fallback``
    (CP949 covers EUC-KR). Each non-ASCII line of the sample votes, so one corrupt line does
    not flip a UTF-8 file to CP949. When no candidate decodes anything, UTF-8 is returned so
    that every record fails loudly as undecodable rather than being decoded as mojibake by a
    statistical guess.
    """
    sample = sample[:SAMPLE_BYTES]
    bom = bom_encoding(sample)
    if bom:
        return bom
    lines = _sample_lines(sample)
    if not lines:
        return "utf-8"
    candidates = ["utf-8"]
    for extra in (declared, fallback):
        try:
            name = canonical_encoding(extra) if extra else None
        except DecodeError:
            name = None
        if name and name not in candidates:
            candidates.append(name)
    votes = [sum(_decodes_prefix(line, name) for line in lines) for name in candidates]
    best = max(range(len(candidates)), key=lambda i: (votes[i], -i))
    return candidates[best] if votes[best] > 0 else "utf-8"


def decode_bytes(data: bytes, encoding: str) -> str:
    """Strictly decode ``data``; the error names the offset, never the content."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DecodeError(
            f"invalid {encoding} byte sequence at offset {err.start} of {len(data)} bytes"
        ) from err
    except UnicodeError as err:
        raise DecodeError(f"{encoding} cannot decode these {len(data)} bytes") from err
