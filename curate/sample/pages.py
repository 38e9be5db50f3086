"""HTML and binary payloads for the WARC: news-site pages with real chrome around the text."""

import html
import struct
import zlib
from collections.abc import Sequence

from curate.sample import snippets

_MENU = ("홈", "정치", "경제", "사회", "문화", "국제", "스포츠", "로그인", "회원가입")

_PAGE = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="{charset}">
<title>{title} - {outlet}</title>
</head>
<body>
<header><a class="logo" href="/">{outlet}</a></header>
<nav><ul>{menu}</ul></nav>
<article>
{article}
</article>
<aside><h2>많이 본 뉴스</h2><ol><li><a href="/article/1">오늘의 주요 뉴스</a></li></ol></aside>
<footer>
<p>{cookie}</p>
<p>{policy}</p>
<p>{copyright}</p>
</footer>
</body>
</html>
"""


def _menu() -> str:
    return "".join(f'<li><a href="/{i}">{item}</a></li>' for i, item in enumerate(_MENU))


def news_html(
    title: str,
    paragraphs: Sequence[str],
    *,
    outlet: str,
    byline: str = "",
    charset: str = "utf-8",
) -> str:
    """A news page: statute or FAQ text inside <article>, surrounded by nav, aside and footer."""
    article = ""
    if paragraphs:
        lead = [f'<p class="byline">{html.escape(byline)}</p>'] if byline else []
        body = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
        article = "\n".join([f"<h1>{html.escape(title)}</h1>", *lead, *body])
    return _PAGE.format(
        charset=charset,
        title=html.escape(title),
        outlet=outlet,
        menu=_menu(),
        article=article,
        cookie=snippets.PAGE_FOOTERS[0],
        policy=snippets.PAGE_FOOTERS[1],
        copyright=snippets.NEWS_FOOTERS[0].format(outlet=outlet),
    )


def menu_only_html(outlet: str) -> str:
    """A page that is all chrome: an extractor should find no main text in it."""
    return news_html("전체메뉴", (), outlet=outlet)


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG: a non-text response a crawler picks up alongside HTML."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks
