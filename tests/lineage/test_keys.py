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
    domain_key,
    make_selector,
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
