"""The match keys: what a reviewer pastes finds what the pipeline stored, and the SQL used on
shard texts agrees with the Python used by the takedown matcher."""

import unicodedata

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filters.normalize import normalize_text
from lineage.errors import LineageError
from lineage.keys import (
    SEARCH_KEY_SQL,
    Selector,
    domain_key,
    make_selector,
    parent_domains,
    required_characters,
    search_key,
    url_key,
)

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
TEXT = st.text(
    alphabet=st.one_of(HANGUL, st.sampled_from(list("abcXYZ019 .,\n\t\u3000\u200b"))),
    max_size=60,
)


@pytest.mark.parametrize(
    "variant",
    [
        "https://news.example.kr/기사/1?id=2",
        "http://www.news.example.kr/기사/1/?id=2#comments",
        "HTTPS://News.Example.KR:443/%EA%B8%B0%EC%82%AC/1?id=2",
        "news.example.kr/기사/1?id=2",
        "  https://news.example.kr/" + unicodedata.normalize("NFD", "기사") + "/1?id=2  ",
    ],
)
def test_url_variants_share_a_key(variant):
    assert url_key(variant) == "news.example.kr/기사/1?id=2"


def test_different_pages_and_ports_do_not_share_a_key():
    assert url_key("https://a.kr/1") != url_key("https://a.kr/2")
    assert url_key("https://a.kr:8080/1") != url_key("https://a.kr/1")
    assert url_key("https://a.kr/1?x=1") != url_key("https://a.kr/1")
    assert url_key(None) is None and url_key("  ") is None


def test_domain_key_accepts_a_pasted_url():
    assert domain_key("https://www.Blog.Example.co.kr/post/1") == "blog.example.co.kr"
    assert domain_key("WWW.example.kr.") == "example.kr"


@given(TEXT, st.lists(st.integers(min_value=0, max_value=60), max_size=5))
@settings(max_examples=200, deadline=None)
def test_search_key_ignores_unicode_form_and_spacing(text, cuts):
    spaced = text
    for cut in sorted(cuts, reverse=True):
        spaced = spaced[:cut] + "  " + spaced[cut:]
    assert search_key(unicodedata.normalize("NFD", spaced)) == search_key(text)


@given(TEXT)
@settings(max_examples=200, deadline=None)
def test_sql_twin_agrees_on_pipeline_normalized_text(text):
    stored = normalize_text(text)
    (sql,) = duckdb.execute(
        f"SELECT {SEARCH_KEY_SQL} FROM (SELECT ? AS text)", [stored]
    ).fetchall()[0]
    assert sql == search_key(stored)


@given(TEXT, st.integers(0, 60), st.integers(0, 60), st.lists(st.integers(0, 60), max_size=4))
@settings(max_examples=200, deadline=None)
def test_a_match_holds_every_required_character_as_is(text, a, b, cuts):
    """The find --text prefilter never rules out a text the full comparison would match:
    any snippet of a stored text, respaced and decomposed, asks only for characters that
    the stored text holds literally."""
    stored = normalize_text(text)
    snippet = stored[min(a, b) : max(a, b)]
    for cut in sorted(cuts, reverse=True):
        snippet = snippet[:cut] + " " + snippet[cut:]
    key = search_key(unicodedata.normalize("NFD", snippet))
    assert all(c in stored for c in required_characters(key))
    assert required_characters("제2조 ① Kernel 제2조") == ["제", "2", "조"]


def test_selectors_refuse_empty_and_too_short_input():
    with pytest.raises(LineageError, match="empty url"):
        make_selector("url", "   ")
    with pytest.raises(LineageError, match="too short: 3 characters"):
        make_selector("text", "가 나 다", min_text_chars=12)
    assert make_selector("text", "가 나 다").key == "가나다"


@pytest.mark.parametrize(
    "pasted, key",
    [
        ("https://a.kr/1", "a.kr/1"),  # no query: no "?"
        ("https://a.kr/", "a.kr"),
        ("https://a.kr:8080/1", "a.kr:8080/1"),  # a non-default port stays with the host
        ("http://a.kr:80/1", "a.kr/1"),
        ("https://news.example.kr./1", "news.example.kr/1"),  # the root label's dot
        ("/news.example.kr/1", "news.example.kr/1"),  # a stray leading slash
        ("//news.example.kr/1", "news.example.kr/1"),
        ("XY.kr/1", "xy.kr/1"),  # only slashes are stripped off the front
        ("https://a.kr/docs/MAX", "a.kr/docs/MAX"),  # only a trailing slash is dropped
        ("https://a.kr/docs/X/", "a.kr/docs/X"),
        ("file:///srv/기사.txt", "/srv/기사.txt"),  # no host at all
    ],
)
def test_url_key_of_pasted_urls(pasted, key):
    assert url_key(pasted) == key


def test_an_unparsable_url_is_still_decoded_and_composed():
    """A port out of range makes the URL unparsable; its key is the decoded, NFC text, so
    the same bad URL pasted encoded or decomposed still finds the stored one."""
    decomposed = unicodedata.normalize("NFD", "기사")
    assert url_key(f" https://a.kr:99999/{decomposed} ") == "https://a.kr:99999/기사"
    assert url_key("https://a.kr:99999/%EA%B8%B0%EC%82%AC") == "https://a.kr:99999/기사"


@pytest.mark.parametrize(
    "pasted, key",
    [
        ("www.example.kr/board/1", "example.kr"),  # a URL pasted without its scheme
        ("Example.KR/", "example.kr"),
        ("https://a.kr:8080/x?y=1", "a.kr"),
        ("https://", ""),
        ("blog.example.kr", "blog.example.kr"),
        ("Example.kr:8080", "example.kr"),  # the pipeline's source.domain never has a port
    ],
)
def test_domain_key_of_pasted_sites(pasted, key):
    assert domain_key(pasted) == key


def test_a_takedown_of_a_site_covers_its_parents_chain():
    assert parent_domains("a.b.kr") == ["a.b.kr", "b.kr", "kr"]
    assert parent_domains("kr") == ["kr"]


def test_required_characters_keep_the_edges_of_hangul_and_digits():
    assert required_characters("가a힣 0-9/:") == ["가", "힣", "0", "9"]
    many = "".join(chr(0xAC00 + 28 * i) for i in range(20))
    assert required_characters(many) == list(many[:16])
    assert required_characters(many, limit=3) == list(many[:3])


@pytest.mark.parametrize(
    "kind, raw, selector",
    [
        ("doc_id", "  AbC-0042 ", Selector("doc_id", "AbC-0042")),  # kept as given
        ("url", "https://www.A.kr/기사/1/", Selector("url", "a.kr/기사/1")),
        ("domain", "https://www.Blog.kr/post/1", Selector("domain", "blog.kr")),
        ("text", "대한 민국", Selector("text", "대한민국")),
        ("text", "가나", Selector("text", "가나")),  # exactly the minimum
    ],
)
def test_each_selector_kind_keys_its_input(kind, raw, selector):
    assert make_selector(kind, raw) == selector


def test_selectors_refuse_unknown_kinds_one_character_and_blank_text():
    with pytest.raises(
        LineageError, match=r"unknown selector 'site' \(use one of doc_id, url, domain, text\)"
    ):
        make_selector("site", "a.kr")
    with pytest.raises(LineageError, match="too short: 1 characters"):
        make_selector("text", " 가 ")
    with pytest.raises(LineageError, match="empty text"):
        make_selector("text", " \u200b\n ")
    with pytest.raises(LineageError, match="empty domain"):
        make_selector("domain", "https://")
    with pytest.raises(LineageError, match="empty doc_id"):
        make_selector("doc_id", "  ")


def test_selectors_describe_what_was_looked_for():
    assert make_selector("url", "https://a.kr/1").describe() == "url 'a.kr/1'"
    assert make_selector("domain", "A.kr").describe() == "domain 'a.kr'"
    assert make_selector("text", "비공개 문장입니다").describe() == "text snippet"
