"""MediaWiki wikitext to plain text, through mwparserfromhell's parse tree and the dump's own
namespace names.

``strip_code()`` keeps every sentence but does not know localised namespaces, so on a Korean
dump every article keeps ``분류:…`` and ``파일:…|섬네일|250px`` lines; here links are resolved
against the siteinfo names (and MediaWiki's canonical English names and aliases), so file,
media and category links and interlanguage links go, while link display text stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

MEDIA, FILE, CATEGORY = -2, 6, 14
_HIDDEN_NAMESPACES = frozenset((MEDIA, FILE, CATEGORY))
# MediaWiki's canonical names work on every wiki beside the localised ones; the aliases are
# those of the Korean Wikipedia (그림 for File) and every wiki (Image).
_CANONICAL: Mapping[int, tuple[str, ...]] = {
    MEDIA: ("Media",),
    FILE: ("File", "Image", "그림"),
    CATEGORY: ("Category",),
}
# Tags whose content is not running text: footnotes, tables, galleries, formulas, scores,
# maps, code and page-building markup.
_DROPPED_TAGS = frozenset(
    (
        "ref", "references", "gallery", "table", "math", "chem", "score", "timeline",
        "graph", "mapframe", "maplink", "imagemap", "templatedata", "templatestyles",
        "syntaxhighlight", "source", "includeonly", "inputbox", "categorytree", "hiero",
        "indicator", "section", "style", "script",
    )
)  # fmt: skip
_BREAK_TAGS = frozenset(("br", "hr", "p", "div", "li", "dt", "dd", "tr", "blockquote"))
_LANGUAGE_PREFIX = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*|simple")
_MAGIC_WORD = re.compile(r"__(?:[A-Z]+|[가-힣]+)__")
# Lines left holding only table or template syntax after a page's markup was unbalanced.
_MARKUP_LINE = re.compile(r"^(?:\{\||\|\}|\|-|\{\{|\}\}|!|\|)")
_HEADING = "\ue000"  # marks heading lines until empty sections are pruned


def _name_key(name: str) -> str:
    """Namespace names compare case-insensitively, with ``_`` as a space."""
    return " ".join(name.replace("_", " ").split()).casefold()


class Namespaces:
    """The namespace numbers of a wiki by every name a link prefix can use."""

    def __init__(self, localised: Mapping[int, str]):
        names: dict[str, int] = {}
        for key, aliases in _CANONICAL.items():
            for alias in aliases:
                names[_name_key(alias)] = key
        for key, name in localised.items():
            if name:
                names[_name_key(name)] = key
        self._by_name = names

    def key(self, prefix: str) -> int | None:
        return self._by_name.get(_name_key(prefix))


def _link_hidden(title: str, namespaces: Namespaces) -> bool:
    """File, media and category links render no text in the article; interlanguage links
    (``[[en:…]]``) render in the sidebar. A leading colon makes any of them a visible link."""
    prefix, sep, _ = title.partition(":")
    if not sep:
        return False
    key = namespaces.key(prefix)
    if key is not None:
        return key in _HIDDEN_NAMESPACES
    return bool(_LANGUAGE_PREFIX.fullmatch(prefix.strip()))


def _render(code: Wikicode, namespaces: Namespaces, out: list[str]) -> None:
    for node in code.nodes:
        if isinstance(node, Text):
            out.append(node.value)
        elif isinstance(node, Wikilink):
            _render_link(node, namespaces, out)
        elif isinstance(node, Tag):
            _render_tag(node, namespaces, out)
        elif isinstance(node, Heading):
            out.append(f"\n{_HEADING}{node.level}")
            _render(node.title, namespaces, out)
            out.append("\n")
        elif isinstance(node, HTMLEntity):
            out.append(node.normalize())
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                _render(node.title, namespaces, out)
            elif not node.brackets:
                out.append(str(node.url))
        elif isinstance(node, Template | Comment | Argument):
            continue


def _render_link(node: Wikilink, namespaces: Namespaces, out: list[str]) -> None:
    title = str(node.title).strip()
    if title.startswith(":"):
        title = title[1:]
    elif _link_hidden(title, namespaces):
        return
    if node.text is not None and str(node.text).strip():
        _render(node.text, namespaces, out)
    else:
        out.append(title)


def _render_tag(node: Tag, namespaces: Namespaces, out: list[str]) -> None:
    name = str(node.tag).strip().lower()
    if name in _DROPPED_TAGS:
        return
    if node.contents is not None and not node.self_closing:
        _render(node.contents, namespaces, out)
    if name in _BREAK_TAGS and not node.wiki_markup:
        out.append("\n")


def _prune_empty_sections(lines: list[str]) -> list[str]:
    """Headings whose section kept no text (각주, 외부 링크 after their footnotes and links
    were removed) go; headings over text stay."""
    kept = []
    for i, line in enumerate(lines):
        if not line.startswith(_HEADING):
            kept.append(line)
            continue
        level = int(line[1])
        for later in lines[i + 1 :]:
            if not later.startswith(_HEADING):
                kept.append(line[2:].strip())
                break
            if int(later[1]) <= level:
                break
    return kept


def _lines(text: str) -> Iterable[str]:
    for raw in text.split("\n"):
        line = " ".join(_MAGIC_WORD.sub("", raw).split())
        if line.startswith(_HEADING):
            title = line[2:].strip()
            if title:
                yield line[:2] + title
        elif line and not _MARKUP_LINE.match(line):
            yield line


def wikitext_to_text(wikitext: str, namespaces: Namespaces) -> str:
    """Plain text of a page: running text, link display text, headings and list items, one
    paragraph or item a line; templates, references, tables, galleries, comments, magic words
    and file/category/interlanguage links removed; entities decoded."""
    out: list[str] = []
    _render(mwparserfromhell.parse(wikitext.replace(_HEADING, "")), namespaces, out)
    return "\n".join(_prune_empty_sections(list(_lines("".join(out)))))
