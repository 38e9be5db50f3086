"""Namumark (the markup of Namuwiki dumps) to plain text.

No maintained namumark parser is published (namu-wiki-extractor leaves ``[include(`` in some
documents), so this is a small converter of its own: brace blocks and footnotes are matched
by nesting depth (they nest, and regular expressions cannot count), the line-level syntax by
expressions anchored to a line. Nothing here raises on broken markup: an unclosed block or
footnote keeps its text, so a page is always kept with what could be read.
"""

from __future__ import annotations

import re

_REDIRECT = re.compile(r"^\s*#(?:redirect|넘겨주기)\b", re.IGNORECASE)
# {{{+1 …}}}, {{{-2 …}}}, {{{#red …}}}, {{{#ff0000,#00ff00 …}}}: size and colour wrappers.
_WRAPPER = re.compile(r"(?:[+-][1-5]|#[0-9A-Za-z]+(?:,\s*#[0-9A-Za-z]+)?)\s")
_COMMENT = re.compile(r"^##.*$", re.MULTILINE)
_TABLE_ROW = re.compile(r"^\s*\|\|.*$", re.MULTILINE)
_MACRO = re.compile(
    r"\[(?:include|youtube|kakaotv|nicovideo|vimeo|navertv|age|dday|date|datetime|anchor"
    r"|math|pagecount|tableofcontents|footnote|clearfix|목차|각주)"
    r"(?:\((?:[^()\]]|\([^()]*\))*\))?\]",
    re.IGNORECASE,
)
_RUBY = re.compile(r"\[ruby\(([^,)\]]*)[^\]]*\]", re.IGNORECASE)
_BR = re.compile(r"\[br\]", re.IGNORECASE)
_LINK = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*)\]\]", re.DOTALL)
_HIDDEN_LINK = re.compile(r"^\s*:?\s*(?:분류|파일|file|category)\s*:", re.IGNORECASE)
_EXTERNAL = re.compile(r"^\s*(?:https?|ftp)://", re.IGNORECASE)
_STYLES = tuple(
    re.compile(pattern)
    for pattern in (
        r"'''(.+?)'''", r"''(.+?)''", r"__(.+?)__", r"~~(.+?)~~", r"--(.+?)--",
        r"\^\^(.+?)\^\^", r",,(.+?),,",
    )
)  # fmt: skip
_HEADING = re.compile(r"^(={1,6})#?\s*(.*?)\s*#?\1\s*$", re.MULTILINE)
_LIST = re.compile(r"^\s+(?:\*|[1aAiI]\.(?:#\d+)?)\s*", re.MULTILINE)
_QUOTE = re.compile(r"^>+\s?", re.MULTILINE)
_RULE = re.compile(r"^-{4,9}\s*$", re.MULTILINE)
_ESCAPE = re.compile(r"\\(.)")


def is_redirect(text: str) -> bool:
    return bool(_REDIRECT.match(text))


def _matching(text: str, start: int, opener: str, closer: str) -> int:
    """The index just past the closer matching the opener at ``start``; -1 if unclosed."""
    depth, i = 0, start
    while i < len(text):
        if text.startswith(opener, i):
            depth, i = depth + 1, i + len(opener)
        elif text.startswith(closer, i):
            depth, i = depth - 1, i + len(closer)
            if depth == 0:
                return i
        else:
            i += 1
    return -1


def _braces(text: str) -> str:
    """``{{{…}}}`` blocks, in one pass with a stack (they nest): ``#!wiki``/``#!html``/
    ``#!syntax``/``#!folding`` blocks leave the running text; size and colour wrappers and
    literal blocks keep their inner text. A block left open keeps its text."""
    parts: list[list[str]] = [[]]
    keeps: list[bool] = []
    i = 0
    while True:
        opened, closed = text.find("{{{", i), text.find("}}}", i)
        if closed < 0 or (0 <= opened < closed):
            if opened < 0:
                break
            parts[-1].append(text[i:opened])
            i = opened + 3
            keeps.append(not text.startswith("#!", i))
            wrapper = _WRAPPER.match(text, i)
            i = wrapper.end() if wrapper else i
            parts.append([])
            continue
        parts[-1].append(text[i:closed])
        i = closed + 3
        if not keeps:
            parts[-1].append("}}}")
            continue
        inner = "".join(parts.pop())
        if keeps.pop():
            parts[-1].append(inner)
    parts[-1].append(text[i:])
    while keeps:
        keeps.pop()
        inner = "".join(parts.pop())
        parts[-1].append(inner)
    return "".join(parts[0])


def _footnotes(text: str) -> str:
    """``[* …]`` and ``[*name …]`` footnotes, whose text may hold links and brackets."""
    out, i = [], 0
    while (start := text.find("[*", i)) >= 0:
        end = _matching(text, start, "[", "]")
        if end < 0:
            break
        out.append(text[i:start])
        i = end
    out.append(text[i:])
    return "".join(out)


def _link(match: re.Match[str]) -> str:
    target, sep, display = match.group(1).partition("|")
    if _HIDDEN_LINK.match(target):
        return ""
    if sep and display.strip():
        return display
    return "" if _EXTERNAL.match(target) else target.split("#", 1)[0] or target


def namumark_to_text(markup: str) -> str:
    """Plain text of a Namuwiki document: running text, link display text, headings and list
    items kept; footnotes, tables, macros (include, youtube, 목차, 각주…), comments, brace
    blocks and category/file links removed."""
    text = markup.replace("\r\n", "\n").replace("\r", "\n")
    text = _COMMENT.sub("", text)
    text = _braces(text)
    text = _footnotes(text)
    text = _TABLE_ROW.sub("", text)
    text = _BR.sub("\n", text)
    text = _RUBY.sub(r"\1", text)
    text = _MACRO.sub("", text)
    while True:
        text, count = _LINK.subn(_link, text)
        if not count:
            break
    for style in _STYLES:
        text = style.sub(r"\1", text)
    text = _HEADING.sub(r"\2", text)
    text = _RULE.sub("", text)
    text = _LIST.sub("", text)
    text = _QUOTE.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
