"""Files that are awkward to cut into parts, shared by the split-reading tests and
``benchmarks/check_split_portable.py``: CSV with quoted newlines, doubled quotes, CRLF and
broken quoting; TSV with stray quotes; MediaWiki XML; a bz2 multistream dump and its index."""

from __future__ import annotations

import bz2
import random

from curate.sample import wiki
from curate.sample.texts import source_documents

DOC = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."


def awkward_csv(rows: int = 60) -> bytes:
    """A header, then rows whose text fields hold what a newline-only cut gets wrong."""
    out = ["text,id,url\r\n"]
    for i in range(rows):
        kind = i % 6
        if kind == 0:
            text = f'"{DOC}\n둘째 줄 {i}\r\n셋째 줄"'
        elif kind == 1:
            text = '"' + '""인용"" ' * 12 + f'{i}"'
        elif kind == 2:
            text = f"{DOC} {i}"
        elif kind == 3:
            text = f'"{DOC},\n\n{i}"'
        elif kind == 4:
            text = f'"\n{i}\n,"'
        else:
            text = f'unquoted "quote" in field {i}'
        out.append(f"{text},{i},https://a.example.kr/{i}\r\n" if i % 4 else f"{text},{i}\n")
        if i == 20:
            out.append('"never closed,' + "\n가나다" * 5 + "\n")
        if i == 30:
            out.append("\n\n")
    out.append(f'"{DOC} 끝",last,"https://a.example.kr/last"')
    return "".join(out).encode()


def awkward_tsv(rows: int = 60) -> bytes:
    """Tab-separated: quotes are text, a short row is an error, blank lines are skipped."""
    out = ["id\ttext\n"]
    for i in range(rows):
        out.append(f'{i}\t"{DOC}" {i}번 "반쪽\n' if i % 9 else f"{i}\n\n")
    return "".join(out).encode()


def wiki_pages(count: int = 24) -> list[wiki.WikiPage]:
    return list(wiki.sample_pages(source_documents()[:count], random.Random(7)))


def multistream_dump(pages: list[wiki.WikiPage], per_stream: int = 3) -> tuple[bytes, bytes]:
    """(a ``-multistream.xml.bz2`` dump, its index): each group of pages its own bz2 stream."""
    return wiki.multistream(pages, per_stream=per_stream)


def stream_offsets(index: bytes) -> list[int]:
    return sorted({int(line.split(b":", 1)[0]) for line in bz2.decompress(index).splitlines()})
