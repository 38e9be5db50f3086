"""Page shells: what is left of a page once its menu, widget and footer lines are gone is
measured as main text, and a page whose main text is too small to train on is dropped.

The measure counts content morphemes in sentences closed by a sentence-final ending (EF, or
the -함/-음 ETN of official style), the sentences running prose is made of; headlines, dates
and link titles end in nouns, button labels in -기 (공유하기), and count for nothing. Unlike
the ``sentences`` the other rules see, a sentence here runs on across a line break when the
line ends on a particle or a connective ending (verse, hard-wrapped text): a poem's lines
are one sentence broken up, a news page's headline and story are two.
"""

from __future__ import annotations

from collections.abc import Iterator

from filters.quality_rules import CLOSING_PREFIXES, SYMBOL_TAGS, DocView, closing_tag

PAGE_SHELL_RULE = "page_shell"
# A line ending on one of these is not finished: the sentence continues on the next line.
CONTINUING_PREFIXES = ("J", "EC")
# The -기 nominal ending (ETN) closes button labels, not sentences: 공유하기, 더보기.
LABEL_ENDING = ("ETN", "기")
_SENTENCE_END = "SF"
_OPEN, _CLOSE = "SSO", "SSC"


def main_text_morphemes(doc: DocView) -> float:
    """Content morphemes in sentences closed by a sentence-final ending."""
    return sum(size for closing, size in _sentences(doc) if _closes(*closing))


def _closes(tag: str, form: str) -> bool:
    """EF, or an ETN of the -함/-음 style; -기 nominals are button labels (공유하기, 더보기)."""
    return tag.startswith(CLOSING_PREFIXES) and (tag, form) != LABEL_ENDING


def _sentences(doc: DocView) -> Iterator[tuple[tuple[str, str], int]]:
    """((tag, form) of the closing morpheme, content morphemes) of each sentence: ended by
    sentence-final punctuation, or by a line break after a finished line. The closing
    morpheme is the last content morpheme outside brackets (강화함(안 제26조). is closed by
    함), or inside them when nothing stands outside: a line of quoted dialogue, "먹을래?"."""
    analysis, text = doc.analysis, doc.text
    outside, inside, size, depth, previous_end = ("", ""), ("", ""), 0, 0, 0
    tokens = zip(analysis.tags, analysis.forms, analysis.starts, analysis.ends, strict=True)
    for tag, form, start, end in tokens:
        line_break = "\n" in text[previous_end:start]
        previous_end = end
        last = outside if outside[0] else inside
        if line_break and not last[0].startswith(CONTINUING_PREFIXES) or tag == _SENTENCE_END:
            yield last, size
            outside, inside, size, depth = ("", ""), ("", ""), 0, 0
        if tag == _OPEN:
            depth += 1
        elif tag == _CLOSE:
            depth = max(depth - 1, 0)
        elif tag not in SYMBOL_TAGS:
            size += 1
            closing = (closing_tag(tag, form), form)
            outside, inside = (closing, inside) if depth == 0 else (outside, closing)
    yield outside if outside[0] else inside, size
