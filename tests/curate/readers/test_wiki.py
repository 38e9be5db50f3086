"""Wiki dump readers: MediaWiki XML (plain, bz2 multistream, damaged) and Namuwiki JSON."""

import bz2
import gzip
import io
import json
import random

from curate.config import load_settings
from curate.readers import reader_for
from curate.readers.mediawiki import read_dump_index, read_mediawiki
from curate.readers.namumark import namumark_to_text
from curate.readers.namuwiki import read_namuwiki
from curate.readers.wikitext import Namespaces, wikitext_to_text
from curate.sample import wiki
from curate.sample.texts import source_documents
from filters.copyright import assess, licence_from_metadata
from tests.readers_helpers import context, read, read_with_report, reasons

KOWIKI = Namespaces(dict(wiki.KOWIKI_NAMESPACES))
ARTICLE = """{{정보상자 나라
| 이름 = 대한민국
| 수도 = [[서울특별시|서울]]
}}
'''대한민국'''(大韓民國)은 [[동아시아]]의 [[민주 공화국|공화국]]이다.<ref name="헌법">{{웹 인용
|url=https://law.example.kr|제목=헌법}}</ref>{{출처 필요|날짜=2024-01}}
__TOC__
<!-- 숨은 주석 -->
[[파일:Flag of South Korea.svg|섬네일|250px|[[대한민국]]의 국기]]
[[그림:Map.png|left|지도]]
[[File:Seal.svg|thumb]]
[[Image:Old.jpg]]
== 역사 ==
고조선 이래 &lt;여러&gt; 나라가 있었다&nbsp;(기원전 2333년).<ref>사료</ref>
=== 근대 ===
* [[대한제국]] 수립
# 둘째 항목
; 용어 : 풀이
{| class="wikitable"
! 연도 !! 사건
|-
| 1948 || 정부 수립
|}
<gallery>
파일:A.jpg|가
파일:B.jpg|나
</gallery>
[https://www.korea.example.kr 공식 누리집]과 [[:분류:대한민국]] 문서를 보라.
<math>E=mc^2</math>
== 각주 ==
<references />
== 외부 링크 ==
* {{공식 웹사이트|https://www.korea.example.kr}}
[[분류:대한민국| ]]
[[Category:Countries]]
[[en:South Korea]]
[[zh-yue:南韓]]
"""
ARTICLE_TEXT = """대한민국(大韓民國)은 동아시아의 공화국이다.
역사
고조선 이래 <여러> 나라가 있었다 (기원전 2333년).
근대
대한제국 수립
둘째 항목
용어 풀이
공식 누리집과 분류:대한민국 문서를 보라."""


def page(title="대한민국", text=ARTICLE, page_id=7, rev_id=700, **fields) -> wiki.WikiPage:
    return wiki.WikiPage(
        title, text, page_id, rev_id, "2024-05-01T12:00:00Z", fields.pop("who", "홍길동"), **fields
    )


def dump(*pages: wiki.WikiPage) -> bytes:
    return wiki.mediawiki_xml(pages)


def test_wikitext_to_plain_text_with_localised_namespaces():
    assert wikitext_to_text(ARTICLE, KOWIKI) == ARTICLE_TEXT


def test_strip_code_alone_leaves_korean_namespace_lines():
    """Why the reader does not use mwparserfromhell's strip_code: this is what it leaves."""
    import mwparserfromhell

    stripped = mwparserfromhell.parse(ARTICLE).strip_code()
    assert "분류:" in stripped or "섬네일" in stripped or "__TOC__" in stripped


def test_mediawiki_record_fields():
    (record,) = read("kowiki-pages-articles.xml", dump(page()))
    assert record["status"] is None
    assert record["text"] == "대한민국\n" + ARTICLE_TEXT
    source = record["source"]
    assert source["locator"] == "page:7/rev:700"
    assert source["record_id"] == "7"
    assert source["url"] == "https://ko.wikipedia.org/wiki/%EB%8C%80%ED%95%9C%EB%AF%BC%EA%B5%AD"
    assert source["crawl_date"] == "2024-05-01T12:00:00Z"
    assert source["license"] == "CC-BY-SA-4.0"


def test_non_wikimedia_dump_records_no_licence():
    data = wiki.mediawiki_xml([page()], base="https://wiki.example.kr/wiki/대문")
    (record,) = read("x.xml", data)
    assert record["source"]["license"] is None
    assert record["source"]["url"].startswith("https://wiki.example.kr/wiki/")


def test_redirects_and_other_namespaces_dropped_with_their_rule():
    pages = [
        page(),
        page("옛 이름", "#넘겨주기 [[대한민국]]", 8, 800, redirect="대한민국"),
        page("토론:대한민국", "토론 글", 9, 900, ns=1),
        page("틀:정보상자", "{{{1}}}", 10, 1000, ns=10),
    ]
    records = read("a.xml", dump(*pages))
    assert [r["status"] for r in records] == [None, "dropped", "dropped", "dropped"]
    assert [(r["stage"], r["reason"]) for r in records[1:]] == [
        ("ingest", "redirect"),
        ("ingest", "wiki_namespace"),
        ("ingest", "wiki_namespace"),
    ]
    talk = read("a.xml", dump(*pages), wiki_namespaces=("0", "1"))
    assert talk[2]["status"] is None and talk[2]["text"] == "토론:대한민국\n토론 글"


def test_contributors_never_recorded():
    pages = [page(who="위키러버123"), page("둘", "본문", 8, 800, who="203.0.113.77")]
    records = read("a.xml", dump(*pages))
    written = json.dumps(records, ensure_ascii=False)
    assert len(records) == 2
    assert "위키러버123" not in written and "203.0.113.77" not in written


def _sample_pages(count: int) -> list[wiki.WikiPage]:
    docs = source_documents()[:count]
    return list(wiki.sample_pages(docs, random.Random(1)))


def test_bz2_multistream_reads_every_page():
    pages = _sample_pages(10)
    data, _ = wiki.multistream(pages, per_stream=3)
    records, ctx = read_with_report("kowiki-multistream.xml.bz2", data)
    assert [r["source"]["locator"] for r in records] == [
        f"page:{p.page_id}/rev:{p.rev_id}" for p in pages
    ]
    assert ctx.report.complete


def test_bz2_cut_mid_stream_keeps_pages_before_and_ends_with_one_error():
    pages = _sample_pages(10)
    data, index = wiki.multistream(pages, per_stream=3)
    lines = bz2.decompress(index).decode().splitlines()
    offsets = sorted({int(line.split(":", 1)[0]) for line in lines})
    cut = offsets[2] + 40  # inside the third stream of pages
    records, ctx = read_with_report("kowiki-multistream.xml.bz2", data[:cut])
    *kept, last = records
    assert [r["source"]["locator"] for r in kept] == [
        f"page:{p.page_id}/rev:{p.rev_id}" for p in pages[:6]
    ]
    assert all(r["status"] is None for r in kept)
    assert last["status"] == "error" and last["reason"].startswith("truncated_stream")
    assert f"byte offset {cut}" in last["reason"]
    last_read = f"page:{pages[5].page_id}/rev:{pages[5].rev_id}"
    assert last["source"]["locator"] == f"unreadable-after:{last_read}"
    assert ctx.report.summary("x", len(records))["read"] == "cut_short"


def test_corrupt_gzip_member_costs_its_pages_and_reading_resumes():
    pages = _sample_pages(9)
    head, body = wiki.siteinfo_xml(), [wiki.page_xml(p) for p in pages]
    members = [gzip.compress(head)]
    members += [gzip.compress(b"".join(body[i : i + 3])) for i in range(0, 9, 3)]
    members.append(gzip.compress(wiki.FOOTER))
    broken = bytearray(members[2])
    broken[len(broken) // 2 : len(broken) // 2 + 8] = b"\xff" * 8
    members[2] = bytes(broken)
    records = read("a.xml.gz", b"".join(members))
    kept = [r["source"]["locator"] for r in records if r["status"] is None]
    before = [f"page:{p.page_id}/rev:{p.rev_id}" for p in pages[:3]]
    after = [f"page:{p.page_id}/rev:{p.rev_id}" for p in pages[6:9]]
    assert kept[:3] == before and kept[-3:] == after  # the member's pages before the damage
    assert reasons(records).count("corrupt_stream") == 1  # may be kept, the rest is lost


def test_malformed_xml_keeps_pages_before_and_ends_the_file():
    data = wiki.siteinfo_xml() + wiki.page_xml(page()) + b"<page><title>x</tit></page>"
    records, ctx = read_with_report("a.xml", data)
    assert [r["status"] for r in records] == [None, "error"]
    assert reasons(records)[-1] == "malformed_xml"
    assert not ctx.report.complete


def test_plain_xml_cut_short_is_truncated():
    data = dump(page(), page("둘", "본문", 8, 800))
    records = read("a.xml", data[: data.index(b"<title>\xeb\x91\x98")])
    assert [r["status"] for r in records] == [None, "error"]
    assert reasons(records)[-1] == "truncated_stream"


def test_xml_that_is_no_mediawiki_export_is_an_error():
    records, ctx = read_with_report("feed.xml", b"<rss><channel><item>x</item></channel></rss>")
    assert reasons(records) == ["not_a_mediawiki_dump"]
    assert not ctx.report.complete


def test_broken_markup_keeps_what_parses():
    text = "앞 문장이다.\n{{정보상자\n| 이름 = 가\n[[링크|보이는 글]]이 남는다.\n{| 표\n| 칸"
    (record,) = read("a.xml", dump(page(text=text)))
    assert record["status"] is None
    assert record["text"] == "대한민국\n앞 문장이다.\n보이는 글이 남는다."


def test_oversize_page_is_an_error():
    records = read("a.xml", dump(page(text="가" * 100)), max_record_bytes=50)
    assert reasons(records) == ["oversize"]


def test_multistream_index_is_never_read_as_text():
    name = "kowiki-20240501-pages-articles-multistream-index.txt.bz2"
    assert reader_for(name) is read_dump_index
    assert reader_for("kowiki-pages-articles.xml.bz2") is read_mediawiki
    (record,) = read(name, bz2.compress(b"612:7:\xeb\x8c\x80\n"))
    assert record["status"] == "dropped" and record["text"] == ""
    assert record["reason"] == "wiki_dump_index"


NAMU = """[include(틀:상위 문서, top1=나라)]
[목차]
## 이 줄은 편집자 주석이다
== 개요 ==
'''대한민국'''은 [[동아시아]]의 [[민주공화국|공화국]]이다.[* [[헌법]]
제1조.] {{{+1 큰 글씨}}}와 {{{#ff0000,#00ff00 빨간 글씨}}}.
{{{#!wiki style="border:1px solid"
상자 속 글}}}
{{{#!html <b>html</b>}}}
||<tablewidth=100%> 수도 || 서울 ||
|| 인구 || 5천만 ||
[youtube(abc123)]
==# 역사 #==
 * [[고조선]]부터 ~~취소~~ 이어졌다.[br]다음 줄
> 인용문
[[파일:국기.svg|width=200]]
[각주]
[[분류:나라]]"""
NAMU_TEXT = """개요
대한민국은 동아시아의 공화국이다. 큰 글씨와 빨간 글씨.
역사
고조선부터 취소 이어졌다.
다음 줄
인용문"""


def test_namumark_to_plain_text():
    assert namumark_to_text(NAMU) == NAMU_TEXT


def namu(*docs: dict) -> bytes:
    return json.dumps(list(docs), ensure_ascii=False).encode()


def test_namuwiki_dump_recognised_by_content():
    docs = [
        {
            "namespace": "0",
            "title": "대한민국",
            "text": NAMU,
            "contributors": ["나무꾼", "1.2.3.4"],
        },
        {"namespace": "0", "title": "남한", "text": "#redirect 대한민국", "contributors": []},
        {"namespace": "1", "title": "상위 문서", "text": "틀", "contributors": ["나무꾼"]},
    ]
    records = read("namuwiki_20210301.json", namu(*docs))
    first = records[0]
    assert first["text"] == "대한민국\n" + NAMU_TEXT
    assert first["source"]["locator"] == "item:1"
    assert first["source"]["url"] == "https://namu.wiki/w/%EB%8C%80%ED%95%9C%EB%AF%BC%EA%B5%AD"
    assert first["source"]["license"] == "CC-BY-NC-SA-2.0-KR"
    assert [r["reason"] for r in records[1:]] == ["redirect", "wiki_namespace"]
    written = json.dumps(records, ensure_ascii=False)
    assert "나무꾼" not in written and "1.2.3.4" not in written


def test_namuwiki_cut_short_keeps_documents_before():
    docs = [{"namespace": "0", "title": f"문서{i}", "text": f"본문 {i}"} for i in range(5)]
    data = namu(*docs)
    records, ctx = read_with_report("namu.json", data[: data.index("문서3".encode())])
    assert [r["source"]["locator"] for r in records[:3]] == ["item:1", "item:2", "item:3"]
    assert reasons(records)[-1] == "truncated_stream"
    assert not ctx.report.complete


def test_namumark_deep_or_unclosed_blocks_keep_their_text():
    deep = "{{{+1 " * 5000 + "글" + "}}}" * 5000
    assert namumark_to_text(deep) == "글"
    assert namumark_to_text("앞 {{{#!wiki 상자 {{{+1 안}}} 끝}}} 뒤") == "앞 뒤"
    assert (
        namumark_to_text("열린 {{{+1 글씨 [* 닫히지 않은 각주") == "열린 글씨 [* 닫히지 않은 각주"
    )
    assert namumark_to_text("}}} 남는 닫개") == "}}} 남는 닫개"


def test_namuwiki_bad_element_is_its_own_error():
    data = namu({"namespace": "0", "title": "가", "text": 3}, {"namespace": "0", "title": "나"})
    records = list(read_namuwiki(io.BytesIO(data), context("namu.json")))
    assert reasons(records) == ["non_string_text", "non_string_text"]


def test_non_commercial_sources_dropped_by_the_documented_override():
    assert licence_from_metadata("CC-BY-SA-4.0") == "open"
    assert licence_from_metadata("CC-BY-NC-SA-2.0-KR") == "restricted"
    copyright = load_settings(overrides=["copyright.policy.restricted=drop"]).copyright
    namu_doc = {"namespace": "0", "title": "가", "text": "본문이다."}
    (namu_record,) = read("namu.json", namu(namu_doc))
    (wiki_record,) = read("a.xml", dump(page(text="본문이다.")))
    verdicts = [
        assess(r["text"], r["source"]["url"], None, r["source"]["license"], copyright, ())
        for r in (namu_record, wiki_record)
    ]
    assert [v.action for v in verdicts] == ["drop", "keep"]


def test_generated_pages_convert_to_their_plain_text():
    rng = random.Random(3)
    for doc in source_documents()[:40]:
        assert wikitext_to_text(wiki.wikitext_page(doc, rng), KOWIKI) == wiki.wikitext_plain(doc)
        assert namumark_to_text(wiki.namumark_page(doc, rng)) == wiki.namumark_plain(doc)


def test_sample_corpus_has_each_wiki_layout(tmp_path):
    from curate.sample.generate import generate_corpus

    summary = generate_corpus(tmp_path)
    files = summary["files"]
    dump_name = next(n for n in files if n.endswith("multistream.xml.bz2"))
    records = read(dump_name, (tmp_path / dump_name).read_bytes())
    assert len(records) == files[dump_name]["records"] >= 4
    kept = [r for r in records if r["status"] is None]
    for record in kept:
        assert "분류:" not in record["text"] and "섬네일" not in record["text"]
        assert "{{" not in record["text"] and "[[" not in record["text"]
    assert {r["reason"] for r in records if r["status"]} == {
        "redirect",
        "wiki_namespace",
    }
    namu_name = "wiki/namuwiki-sample.json"
    namu_records = read(namu_name, (tmp_path / namu_name).read_bytes())
    assert len(namu_records) == files[namu_name]["records"]
    for record in namu_records:
        assert "[include(" not in record["text"] and "||" not in record["text"]
