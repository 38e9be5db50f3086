"""URL and domain blocklists: the bundled Korean gambling and adult lists hit the spam URLs
they are for and never a word that merely contains theirs; every rule kind matches as its
list file says; a bad line is refused with the file and line."""

from __future__ import annotations

import pytest

from filters.url_policy import UrlBlocklist, builtin_list, match_url, parse_rules

BUNDLED = tuple(
    UrlBlocklist(
        reason, parse_rules(builtin_list(f"builtin:url_{reason}_ko.txt").splitlines(), reason)
    )
    for reason in ("gambling", "adult")
)


@pytest.mark.parametrize(
    "url, reason",
    [
        ("https://blog.example.co.kr/toto777/3", "gambling"),
        ("https://casino-365.example/", "gambling"),
        ("https://bet365.example/ko", "gambling"),
        ("https://www.example.kr/%ED%86%A0%ED%86%A0%EC%82%AC%EC%9D%B4%ED%8A%B8/1", "gambling"),
        ("https://sub.muktu.example.kr/", "gambling"),
        ("https://example.kr/board/xxx/12", "adult"),
        ("https://yadong.example/", "adult"),
    ],
)
def test_bundled_lists_hit_spam_urls(url, reason):
    blocklist, _rule = match_url(BUNDLED, url)
    assert blocklist.reason == reason


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.kr/article/1",
        "https://alphabet.example/totoro/slotted",
        "https://blog.example.co.kr/post/photo-toto",
        "https://law.example.kr/statute/12",
        None,
        "",
    ],
)
def test_ordinary_urls_pass(url):
    if url and "photo-toto" in url:
        # a token of its own: `toto` between separators is the gambling word
        assert match_url(BUNDLED, url) is not None
    else:
        assert match_url(BUNDLED, url) is None


def test_each_rule_kind():
    rules = parse_rules(
        [
            "# comment",
            "",
            "domain:www.Spam.example",
            "word:bet",
            "substring:ad-",
            "regex:/p/\\d{5}$",
        ],
        "mine.txt",
    )
    mine = (UrlBlocklist("mine", rules),)
    assert match_url(mine, "https://a.spam.example/x")[1].text == "domain:spam.example"
    assert match_url(mine, "https://notspam.example/x") is None
    assert match_url(mine, "https://x.example/bet/1")[1].text == "word:bet"
    assert match_url(mine, "https://alphabet.example/") is None
    assert match_url(mine, "https://x.example/ad-banner")[1].text == "substring:ad-"
    assert match_url(mine, "https://x.example/p/12345")[1].text == "regex:/p/\\d{5}$"


@pytest.mark.parametrize("line", ["host:example.com", "word:", "word:--", "regex:(", "nothing"])
def test_bad_line_names_file_and_line(line):
    with pytest.raises(ValueError, match=r"^mine.txt:2: "):
        parse_rules(["# ok", line], "mine.txt")


def test_hosts_compare_decoded_and_without_www():
    """An internationalised host is matched in Hangul (its punycode decoded), a `www.` host as
    its domain: the rule and the URL meet in one form."""
    rules = parse_rules(["domain:카지노.kr", "domain:www.exact.example"], "mine.txt")
    mine = (UrlBlocklist("mine", rules),)
    punycode = "카지노.kr".encode("idna").decode("ascii")
    assert punycode.startswith("xn--")
    assert match_url(mine, f"https://{punycode}/")[1].text == "domain:카지노.kr"
    assert match_url(mine, f"https://www.{punycode}/")[1].text == "domain:카지노.kr"
    assert match_url(mine, f"https://sub.{punycode}/x")[1].text == "domain:카지노.kr"
    assert match_url(mine, "https://WWW.exact.example/")[1].text == "domain:exact.example"
    assert match_url(mine, "https://exact.example.other/") is None
    assert match_url(mine, "https://[::1/") is None  # an unparsable host is no host
    assert match_url(mine, "https://xn--a.example/") is None  # bad punycode stays as written


def test_a_value_keeps_its_own_colons_and_the_error_lists_every_kind():
    (rule,) = parse_rules(["substring: ads:banner "], "mine.txt")
    assert rule.text == "substring:ads:banner"
    with pytest.raises(ValueError) as err:
        parse_rules(["path:/x"], "mine.txt")
    assert str(err.value) == (
        "mine.txt:1: expected one of domain:, word:, substring:, regex: and a value, got 'path:/x'"
    )


def test_builtin_lists_are_read_from_the_package_and_other_paths_are_not():
    text = builtin_list("builtin:url_gambling_ko.txt")
    assert text is not None and "word:" in text
    assert builtin_list("lists/url_gambling_ko.txt") is None
    assert builtin_list("gs://bucket/builtin:url_gambling_ko.txt") is None
