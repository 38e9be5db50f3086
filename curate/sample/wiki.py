"""Wiki dumps built from the bundled texts: a kowiki-schema MediaWiki XML export (bz2
multistream, with its index) and a Namuwiki-style JSON array, each page wrapped in the markup
the readers must remove (infoboxes, citations, footnotes, tables, galleries, file and
category links, interlanguage links, magic words) around the prose they must keep.

Used by the sample corpus, the reader tests and the ingest benchmark, so all three see the
same layout."""

from __future__ import annotations

import bz2
import json
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from curate.sample.texts import Document

KOWIKI_BASE = (
    "https://ko.wikipedia.org/wiki/%EC%9C%84%ED%82%A4%EB%B0%B1%EA%B3%BC:%EB%8C%80%EB%AC%B8"
)
XMLNS = "http://www.mediawiki.org/xml/export-0.11/"
KOWIKI_NAMESPACES: tuple[tuple[int, str], ...] = (
    (-2, "미디어"), (-1, "특수"), (0, ""), (1, "토론"), (2, "사용자"), (3, "사용자토론"),
    (4, "위키백과"), (5, "위키백과토론"), (6, "파일"), (7, "파일토론"), (8, "미디어위키"),
    (9, "미디어위키토론"), (10, "틀"), (11, "틀토론"), (12, "도움말"), (13, "도움말토론"),
    (14, "분류"), (15, "분류토론"), (100, "포털"), (101, "포털토론"), (118, "초안"),
    (119, "초안토론"), (828, "모듈"), (829, "모듈토론"),
)  # fmt: skip
PAGES_PER_STREAM = 100


@dataclass(frozen=True)
class WikiPage:
    """One ``<page>`` with its latest revision; ``contributor`` is a user name or an IP
    address (personal data the reader must never record)."""

    title: str
    text: str
    page_id: int
    rev_id: int
    timestamp: str
    contributor: str
    ns: int = 0
    redirect: str | None = None


def siteinfo_xml(base: str = KOWIKI_BASE, dbname: str = "kowiki") -> bytes:
    spaces = "".join(
        f'      <namespace key="{key}" case="first-letter"'
        + (f">{escape(name)}</namespace>\n" if name else " />\n")
        for key, name in KOWIKI_NAMESPACES
    )
    return (
        f'<mediawiki xmlns="{XMLNS}" version="0.11" xml:lang="ko">\n  <siteinfo>\n'
        f"    <sitename>위키백과</sitename>\n    <dbname>{dbname}</dbname>\n"
        f"    <base>{escape(base)}</base>\n    <generator>MediaWiki 1.43.0-wmf.1</generator>\n"
        f"    <case>first-letter</case>\n    <namespaces>\n{spaces}    </namespaces>\n"
        "  </siteinfo>\n"
    ).encode()


def page_xml(page: WikiPage) -> bytes:
    who = (
        f"<ip>{escape(page.contributor)}</ip>"
        if page.contributor.replace(".", "").isdigit()
        else f"<username>{escape(page.contributor)}</username><id>{page.page_id % 997}</id>"
    )
    redirect = f"    <redirect title={quoteattr(page.redirect)} />\n" if page.redirect else ""
    body = page.text.encode()
    return (
        f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>{page.ns}</ns>\n"
        f"    <id>{page.page_id}</id>\n{redirect}    <revision>\n"
        f"      <id>{page.rev_id}</id>\n      <timestamp>{page.timestamp}</timestamp>\n"
        f"      <contributor>{who}</contributor>\n      <model>wikitext</model>\n"
        f"      <format>text/x-wiki</format>\n"
        f'      <text bytes="{len(body)}" xml:space="preserve">{escape(page.text)}</text>\n'
        "    </revision>\n  </page>\n"
    ).encode()


FOOTER = b"</mediawiki>\n"


def mediawiki_xml(pages: Iterable[WikiPage], base: str = KOWIKI_BASE) -> bytes:
    return siteinfo_xml(base) + b"".join(page_xml(p) for p in pages) + FOOTER


def multistream(
    pages: Sequence[WikiPage], per_stream: int = PAGES_PER_STREAM
) -> tuple[bytes, bytes]:
    """(the ``-multistream.xml.bz2`` dump, its ``-multistream-index.txt.bz2``): one bz2
    stream for the siteinfo, one per ``per_stream`` pages, one for the closing tag; the index
    names each page's stream offset as ``offset:page id:title``."""
    parts = [bz2.compress(siteinfo_xml())]
    index = []
    offset = len(parts[0])
    for start in range(0, len(pages), per_stream):
        group = pages[start : start + per_stream]
        index += [f"{offset}:{p.page_id}:{p.title}\n" for p in group]
        parts.append(bz2.compress(b"".join(page_xml(p) for p in group)))
        offset += len(parts[-1])
    parts.append(bz2.compress(FOOTER))
    return b"".join(parts), bz2.compress("".join(index).encode())


def _title_words(doc: Document) -> str:
    """The first words of the document's title, without characters page titles cannot hold."""
    words = doc.title.translate({ord(c): " " for c in "<>[]{}|#_:"}).split()
    return " ".join(words[:4]) or "문서"


def wikitext_page(doc: Document, rng: random.Random) -> str:
    """A kowiki-style article around ``doc``'s paragraphs."""
    title = _title_words(doc)
    body = list(doc.body) or [doc.title]
    lead = body[0]
    lines = [
        "{{정보상자 문서\n| 이름 = " + title + "\n| 종류 = 법령\n}}",
        f"'''{title}'''은(는) [[대한민국|한국]]의 문서이다. {lead}"
        "<ref>{{웹 인용|url=https://law.example.kr/"
        + str(rng.randrange(10**6))
        + "|제목=원문|확인날짜=2024-01-01}}</ref>{{출처 필요|날짜=2024-01}}",
        "__TOC__",
        "== 내용 ==",
        "[[파일:Example " + str(rng.randrange(100)) + ".jpg|섬네일|250px|[[대한민국]]의 예]]",
    ]
    for paragraph in body[1:]:
        lines.append(f"{paragraph} <!-- 편집 주석 -->")
    lines += [
        "=== 목록 ===",
        "* [[헌법]] &amp; [[법률]]",
        "* 첫째 항목",
        '{| class="wikitable"\n! 구분 !! 값\n|-\n| 가 || 1\n|}',
        "<gallery>\n파일:A.jpg|설명 가\n그림:B.png|설명 나\n</gallery>",
        "== 각주 ==",
        "<references />",
        "[[분류:대한민국의 문서]]",
        "[[Category:Korean documents]]",
        f"[[en:{title}]]",
    ]
    return "\n".join(lines)


def wikitext_plain(doc: Document) -> str:
    """What the converter must make of ``wikitext_page(doc)``."""
    title = _title_words(doc)
    body = list(doc.body) or [doc.title]
    lines = [f"{title}은(는) 한국의 문서이다. {body[0]}", "내용", *body[1:]]
    lines += ["목록", "헌법 & 법률", "첫째 항목"]
    return "\n".join(" ".join(line.split()) for line in lines)


def namumark_page(doc: Document, rng: random.Random) -> str:
    """A Namuwiki-style document around ``doc``'s paragraphs."""
    title = _title_words(doc)
    body = list(doc.body) or [doc.title]
    lines = [
        "[include(틀:문서 상단, 문서명=" + title + ")]",
        "[목차]",
        "## 편집자 주석",
        "== 개요 ==",
        f"'''{title}'''은(는) [[대한민국|한국]]의 문서이다.[* 출처: [[원문]] "
        f"{rng.randrange(1000)}쪽] {{{{{{+1 {body[0]}}}}}}}",
        '{{{#!wiki style="border: 1px solid"\n상자 안의 글\n}}}',
        "== 내용 ==",
        *(f"{{{{{{#red {p}}}}}}}" if i % 2 else p for i, p in enumerate(body[1:])),
        " * [[헌법]]",
        "|| 구분 || 값 ||",
        "|| 가 || 1 ||",
        "[youtube(abc123)]",
        "{{{#!html <b>굵게</b>}}}",
        "[각주]",
        "[[분류:대한민국의 문서]]",
    ]
    return "\n".join(lines)


def namumark_plain(doc: Document) -> str:
    """What the converter must make of ``namumark_page(doc)``."""
    title = _title_words(doc)
    body = list(doc.body) or [doc.title]
    lines = ["개요", f"{title}은(는) 한국의 문서이다. {body[0]}", "내용", *body[1:], "헌법"]
    return "\n".join(" ".join(line.split()) for line in lines)


def namuwiki_json(docs: Iterable[dict]) -> bytes:
    """The dump's layout: one JSON array, one object per page, contributors included."""
    return json.dumps(list(docs), ensure_ascii=False).encode()


def sample_pages(docs: Sequence[Document], rng: random.Random) -> Iterator[WikiPage]:
    """Articles from ``docs``, with a redirect, a talk page and a template page among them;
    contributors alternate between user names and IP addresses."""
    for i, doc in enumerate(docs):
        yield WikiPage(
            title=f"{_title_words(doc)} {i}",
            text=wikitext_page(doc, rng),
            page_id=1000 + i,
            rev_id=50000 + i,
            timestamp=f"2024-0{1 + i % 9}-1{i % 10}T0{i % 10}:00:00Z",
            contributor="위키사용자" + str(i) if i % 2 else f"203.0.113.{i % 250}",
        )
    extras = (
        ("넘겨주기 문서", "#넘겨주기 [[대한민국]]", 0, "대한민국"),
        ("토론:대한민국", "토론 내용입니다. --[[사용자:누군가]]", 1, None),
        ("틀:정보상자 문서", "{{{이름}}} 틀 본문", 10, None),
    )
    for j, (title, text, ns, redirect) in enumerate(extras):
        stamp = "2024-02-01T00:00:00Z"
        yield WikiPage(title, text, 9000 + j, 90000 + j, stamp, "198.51.100.7", ns, redirect)


def sample_namu_docs(docs: Sequence[Document], rng: random.Random) -> list[dict]:
    """Namuwiki objects from ``docs`` plus a redirect and a template page; every object
    carries contributors, as the real dump does."""
    found = [
        {
            "namespace": "0",
            "title": f"{_title_words(doc)} {i}",
            "text": namumark_page(doc, rng),
            "contributors": [f"나무사용자{i}", f"211.36.{i}.{rng.randrange(256)}"],
        }
        for i, doc in enumerate(docs)
    ]
    found.append(
        {"namespace": "0", "title": "넘겨주기", "text": "#redirect 대한민국", "contributors": ["a"]}
    )
    found.append({"namespace": "1", "title": "상단", "text": "틀 본문", "contributors": ["b"]})
    return found
