"""Line-level cleaning: menu, footer, cookie and byline lines go, the document stays.

Patterns live in ``lexicons/boilerplate_lines_ko.txt``. Only lines up to ``max_line_chars``
are tested: a long line is a paragraph, and a paragraph that mentions cookies is content.
Every unanchored pattern starts with a literal word; one search for any of those words
decides whether a line needs the patterns at all (a 35-branch regex costs ~10 µs a line).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from filters.lexicons import entries

BOILERPLATE_FILE = "boilerplate_lines_ko.txt"
_LEADING_LITERAL = re.compile(r"[^\\^$.|?*+()\[\]{}]+")
_QUANTIFIERS = ("?", "*", "+", "{")


@dataclass(frozen=True)
class BoilerplatePatterns:
    """Anchored patterns (tried at the line start), the others, and their leading words."""

    anchored: re.Pattern[str]
    anywhere: re.Pattern[str]
    triggers: re.Pattern[str]

    def matches(self, line: str) -> bool:
        lower = line.lower()
        if self.anchored.match(lower):
            return True
        return self.triggers.search(lower) is not None and self.anywhere.search(lower) is not None


def _leading_literal(pattern: str) -> str:
    found = _LEADING_LITERAL.match(pattern)
    literal = found[0] if found else ""
    if literal and pattern[len(literal) : len(literal) + 1] in _QUANTIFIERS:
        literal = literal[:-1]
    literal = literal.strip()
    if not literal:
        raise ValueError(f"{BOILERPLATE_FILE}: pattern must start with ^ or a word: {pattern}")
    return literal


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


@functools.cache
def boilerplate_patterns(name: str = BOILERPLATE_FILE) -> BoilerplatePatterns:
    patterns = entries(name)
    anywhere = [p for p in patterns if not p.startswith("^")]
    triggers = sorted({_leading_literal(p) for p in anywhere}, key=len, reverse=True)
    return BoilerplatePatterns(
        anchored=_alternation([p for p in patterns if p.startswith("^")]),
        anywhere=_alternation(anywhere),
        triggers=_alternation([re.escape(t) for t in triggers]),
    )


def boilerplate_lines(lines: list[str], max_line_chars: int) -> list[int]:
    """Indexes of the lines that are boilerplate."""
    patterns = boilerplate_patterns()
    return [
        i
        for i, line in enumerate(lines)
        if line.strip() and len(line) <= max_line_chars and patterns.matches(line)
    ]


def remove_lines(lines: list[str], removed: set[int]) -> str:
    return "\n".join(line for i, line in enumerate(lines) if i not in removed)
