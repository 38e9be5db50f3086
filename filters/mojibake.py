"""Mojibake: text decoded with the wrong codec, repaired where the mapping is reversible and
cut (a paragraph) or dropped (the document) where it is not.

Korean web text meets three failures, each recognisable by what its bytes must look like:

* UTF-8 read as CP1252/Latin-1 (``ì•ˆë…•`` for 안녕): every Hangul syllable becomes a lead
  character à-ï and two continuation characters. Reversible unless a byte was lost.
* UTF-8 read as CP949 (``紐⑸줉`` for 목록; read so twice, ``筌뤿``, ``疫꿸퀡``): three bytes a
  syllable fall into two-byte CP949 pairs, Hanja and Hangul whose CP949 bytes are a run of
  UTF-8 sequences. Reversible only when every pair was a valid CP949 character (a word of
  odd byte count loses its last byte).
* The 占쏙옙 family: U+FFFD (the replacement of bytes a decoder could not read, EF BF BD in
  UTF-8) read as CP949; and U+FFFD itself. The original bytes are gone.

Repair is a strict round trip (encode in the wrong codec, decode as UTF-8, no error allowed),
run on each maximal run of the codec's characters, so that only exact inversions are
applied: ftfy's ``fix_encoding`` covers the CP1252 family with heuristics of its own (and a
version to pin), but not CP949, and what we need is the narrower, checkable claim "these
bytes were UTF-8, and decoded so they read as more Korean". A paragraph is a line.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass

REPAIR_RULE = "mojibake_repaired"
CUT_RULE = "mojibake_paragraph"
REPLACEMENT = "\ufffd"
# The UTF-8 bytes of U+FFFD; seen in a line's CP949 encoding, they are the 占쏙옙 family.
_FFFD_UTF8 = REPLACEMENT.encode()
# Fewer garbled characters than this in a line is noise, not an encoding failure: a single
# stray U+FFFD stays (cutting a paragraph for it would lose more than it saves).
MIN_GARBLED_CHARS = 2
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]+")
_TOKEN = re.compile(r"\S+")
# Two or more consecutive three-byte UTF-8 sequences of Hangul or CJK (leads E3-ED).
_UTF8_RUNS = re.compile(rb"(?:[\xe3-\xed][\x80-\xbf]{2}){2,}")
# Share of a line's non-ASCII CP949 bytes such runs must cover. The 1,517 Korean lines of the
# quality eval's prose read as CP949 measure 0.34 at the median (lost bytes break runs up;
# 81% reach 0.2, and 98% hold two or more U+FFFD, counted on their own); its 3,034 lines of
# prose, also with their Sino-Korean words in Hanja, hold no run at all.
MIN_CP949_COVERAGE = 0.2


@functools.cache
def _sloppy_cp1252() -> dict[str, int]:
    """Character → byte of CP1252 as browsers decode it: the five bytes CP1252 leaves undefined
    read as the C1 controls of Latin-1, so every byte has a character (and Latin-1's C1
    controls are covered too)."""
    table = {chr(byte): byte for byte in range(0x80, 0x100)}
    for byte in range(0x80, 0xA0):
        with contextlib.suppress(UnicodeDecodeError):  # 81 8D 8F 90 9D stay C1 controls
            table[bytes([byte]).decode("cp1252")] = byte
    return table


@functools.cache
def _cp1252_garble() -> re.Pattern[str]:
    """Two or more three-byte UTF-8 sequences (lead E0-EF, two continuations 80-BF) seen
    through CP1252, the shape of a Hangul word read that way (a lost continuation shows as
    U+FFFD); one alone can be an accented letter before two symbols (perché”…)."""
    table = _sloppy_cp1252()
    continuation = "".join(re.escape(c) for c, b in table.items() if b < 0xC0) + REPLACEMENT
    return re.compile(f"(?:[\u00e0-\u00ef][{continuation}]{{2}}){{2,}}")


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _cp949_utf8_bytes(text: str) -> int:
    """Bytes of ``text``'s CP949 encoding inside runs of consecutive UTF-8 sequences, when the
    runs cover ``MIN_CP949_COVERAGE`` of its non-ASCII bytes (else 0). Legitimate Korean
    rarely forms even one run: Hangul lead bytes (B0-C8) cannot start a sequence, so a run
    needs a Hanja of rows E3-ED and the right trail bytes around it."""
    view = text.encode("cp949", errors="replace")
    covered = sum(len(run) for run in _UTF8_RUNS.findall(view))
    non_ascii = len(view) - len(view.decode("latin-1").encode("ascii", errors="ignore"))
    return covered if covered and covered >= MIN_CP949_COVERAGE * non_ascii else 0


def _fffd_family(token: str) -> bool:
    if "占" not in token and "옙" not in token:  # either holds part of EF BF BD
        return False
    return _FFFD_UTF8 in token.encode("cp949", errors="replace")


def garbled_chars(line: str) -> int:
    """Characters of ``line`` that are mojibake no round trip can undo: CP949 runs (two bytes
    a character), 占쏙옙 tokens, CP1252 sequences, every U+FFFD (each counted once)."""
    spans = [m.span() for m in _TOKEN.finditer(line) if _fffd_family(m[0])]
    spans += [m.span() for m in _cp1252_garble().finditer(line)]
    spans += [(m.start(), m.end()) for m in re.finditer(REPLACEMENT, line)]
    covered = len({i for start, end in spans for i in range(start, end)})
    return covered + _cp949_utf8_bytes(line) // 2


def _from_cp1252(run: str) -> str | None:
    """A run of CP1252 characters (NBSP included: it is byte A0) decoded as the UTF-8 it was,
    when it has the CP1252 shape and decodes exactly."""
    if not _cp1252_garble().search(run):
        return None
    table = _sloppy_cp1252()
    return _decode(bytes(table[c] for c in run), run)


def _from_cp949(run: str) -> str | None:
    """A non-ASCII run decoded as the UTF-8 it was, when its CP949 bytes hold consecutive
    UTF-8 sequences (one alone can be chance) and the whole run decodes exactly."""
    if not _encodes(run, "cp949") or not _cp949_utf8_bytes(run):
        return None
    return _decode(run.encode("cp949"), run)


def _decode(raw: bytes, run: str) -> str | None:
    """Strict UTF-8 of ``run``'s bytes, kept only when it is more Hangul than ``run`` (a
    repair reads as Korean; half-undone double mojibake, 疫꿸퀡 → 湲곕, does not) and holds no
    U+FFFD (the 占쏙옙 family decodes to the loss itself)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if REPLACEMENT in text or _hangul_share(text) <= _hangul_share(run):
        return None
    return text


def _hangul_share(text: str) -> float:
    return sum("\uac00" <= c <= "\ud7a3" for c in text) / len(text)


@functools.cache
def _cp1252_run() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in _sloppy_cp1252()) + "]+")


def repair_line(line: str) -> str:
    """``line`` with every reversible mojibake run decoded; a line without either shape
    (almost every line) costs one regex search and one CP949 encoding."""
    if _cp1252_garble().search(line):
        line = _cp1252_run().sub(lambda m: _from_cp1252(m[0]) or m[0], line)
    if _cp949_utf8_bytes(line):
        line = _NON_ASCII_RUN.sub(lambda m: _from_cp949(m[0]) or m[0], line)
    return line


def edit_verb(rule: str) -> str:
    """How an edit changed its line, for reports: a repair keeps the line, every other line
    edit removes it."""
    return "repaired" if rule == REPAIR_RULE else "removed"


@dataclass(frozen=True)
class MojibakeScan:
    """One document's lines after repair: which lines were repaired (index, characters before),
    which are still garbled, and the garbled lines' share of the visible characters."""

    lines: tuple[str, ...]
    repaired: tuple[tuple[int, int], ...]
    garbled: tuple[int, ...]
    share: float


def scan(lines: list[str]) -> MojibakeScan:
    """Repair what round-trips, then measure what is left. A line still garbled keeps its
    original text (it is cut or its document dropped, a partial repair would be recorded for
    nothing); line indexes are unchanged, as a repair never adds or removes a newline."""
    fixed, repaired, garbled = [], [], []
    for index, line in enumerate(lines):
        new = line if line.isascii() else repair_line(line)
        if not new.isascii() and garbled_chars(new) >= MIN_GARBLED_CHARS:
            garbled.append(index)
            new = line
        elif new != line:
            repaired.append((index, len(line)))
        fixed.append(new)
    visible = sum(len(line) for line in fixed)
    share = sum(len(fixed[i]) for i in garbled) / visible if visible else 0.0
    return MojibakeScan(tuple(fixed), tuple(repaired), tuple(garbled), share)
