"""Copyright rules one at a time, as a legal reviewer checks them: which opt-out rule matches
which site, which licence mark in a text names which class, where a notice line ends and
prose begins, and what one document's verdict says."""

import pytest

from curate.settings import CopyrightSettings
from filters.copyright import (
    CopyrightVerdict,
    LineEdit,
    OptOutRule,
    assess,
    licence_class,
    licence_marks_in_text,
    load_optout,
    match_optout,
    parse_optout,
    strip_notices,
)
from tests.conftest import settings

FOOTER = "ⓒ 2024 한빛일보"


def copyright_settings(*overrides: str) -> CopyrightSettings:
    return settings(*overrides).copyright


def test_domain_rules_are_lowercased_and_lose_www():
    rules = parse_optout(["domain:WWW.News.Example.com", "url:https://A.example/*"], "list.txt")
    assert [r.text for r in rules] == ["domain:news.example.com", "url:https://A.example/*"]
    assert rules[0].matches(None, "news.example.com")
    assert rules[0].matches(None, "m.news.example.com")
    assert not rules[0].matches("https://news.example.com/1", None)
    assert not rules[0].matches("https://news.example.com/1", "")
    # a URL glob needs a URL, and is case-sensitive
    assert not rules[1].matches(None, "a.example")
    assert not rules[1].matches("", "a.example")
    assert not rules[1].matches("https://a.example/1", "a.example")
    assert rules[1].matches("https://A.example/1", None)


def test_the_first_matching_rule_is_the_one_recorded():
    rules = parse_optout(
        ["domain:other.example", "url:https://x.example/*", "domain:x.example"], "t"
    )
    assert match_optout(rules, "https://x.example/1", "x.example").text == "url:https://x.example/*"
    assert match_optout(rules, "https://y.x.example/1", "y.x.example").text == "domain:x.example"
    assert match_optout(rules, "https://z.example/1", "z.example") is None
    assert match_optout((), "https://x.example/1", "x.example") is None


def test_lists_are_read_builtin_then_files_then_inline(tmp_path):
    listed = tmp_path / "legal.txt"
    listed.write_text("# legal team, 2024\ndomain:file.example\n", encoding="utf-8")
    rules = load_optout([str(listed)], ["url:https://inline.example/*"])
    assert [r.text for r in rules] == [
        "domain:tdm-reserved.example",
        "domain:file.example",
        "url:https://inline.example/*",
    ]
    assert rules[1] == OptOutRule("domain", "file.example")


def test_an_unreadable_list_and_a_bad_inline_rule_are_refused_by_name(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(ValueError) as err:
        load_optout([str(missing)])
    assert str(err.value) == f"opt-out list {missing}: cannot be read (No such file or directory)"
    with pytest.raises(ValueError) as err:
        load_optout((), ["domain:ok.example", "site:bad.example"])
    assert str(err.value) == (
        "copyright.optout:2: expected 'domain:HOST' or 'url:GLOB', got 'site:bad.example'"
    )


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("https://creativecommons.org/licenses/by-nc/4.0/", "restricted"),
        ("https://creativecommons.org/licenses/by-sa/4.0/", "open"),
        ("https://creativecommons.org/publicdomain/zero/1.0/", "open"),
        ("https://creativecommons.org/publicdomain/mark/1.0/", "open"),
        ("이 사진은 CC0 1.0으로 공개합니다.", "open"),
        ("CC BY-ND 4.0", "restricted"),
        ("CC-BY-SA 4.0", "open"),
        ("공공누리 제1유형", "open"),
        ("공공누리 제2유형", "restricted"),
        ("KOGL Type 4", "restricted"),
        ("저작자표시 4.0", "open"),
        ("저작자표시-비영리", "restricted"),
        ("저작자표시-변경금지", "restricted"),
        ("저작자표시-동일조건변경허락", "open"),
        ("저작자표시-비영리-동일조건변경허락", "restricted"),
        ("평범한 본문", None),
        # A Korean particle right after the code: the whole code is read, not its prefix.
        ("이 글은 CC BY-NC로 이용할 수 있다.", "restricted"),
        ("사진은 CC0로 공개", "open"),
        ("CC BY로 공개합니다", "open"),
        ("ACCBY 2.0", None),
    ],
)
def test_licence_marks_in_text_name_their_class(text, mark):
    assert licence_marks_in_text(text) == (False, mark, False)


def test_a_cc_url_is_read_before_a_cc_mark_and_a_cc_mark_before_kogl():
    assert licence_marks_in_text("CC BY creativecommons.org/licenses/by-nd/4.0")[1] == "restricted"
    assert licence_marks_in_text("CC BY-NC, 공공누리 제1유형")[1] == "restricted"
    assert licence_marks_in_text("공공누리 제3유형, 저작자표시")[1] == "restricted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("텍스트 및 데이터 마이닝 금지", (True, None, False)),
        ("Text and data mining rights reserved", (True, None, False)),
        ("인공지능 학습 이용 불가", (True, None, False)),
        ("All rights reserved.", (False, None, True)),
        ("무단 복제 금지", (False, None, True)),
        ("Copyright 2024 한빛", (False, None, True)),
        ("CC BY 4.0 ⓒ 홍길동", (False, "open", True)),
    ],
)
def test_reservations_and_notices_in_text(text, expected):
    assert licence_marks_in_text(text) == expected


@pytest.mark.parametrize(
    ("metadata", "text", "expected"),
    [
        ("house licence v2", "CC BY-NC 4.0", ("restricted", "text")),
        ("house licence v2", "무단 전재 금지", ("all_rights_reserved", "text")),
        (None, "CC BY 4.0, 무단 전재 금지", ("open", "text")),
        ("CC-BY-NC", "CC BY 4.0", ("restricted", "metadata")),
        ("   ", "평범한 본문", ("unknown", "none")),
    ],
)
def test_a_licence_mark_in_text_counts_when_the_metadata_names_no_class(metadata, text, expected):
    assert licence_class(metadata, text) == expected


def test_a_notice_line_of_exactly_max_chars_is_stripped_one_longer_is_prose():
    width = len(FOOTER)
    assert strip_notices(f"본문\n{FOOTER}", width) == (
        "본문",
        (LineEdit("copyright_notice", 1, width),),
    )
    assert strip_notices(f"본문\n{FOOTER}", width - 1) == (f"본문\n{FOOTER}", ())


def test_blank_lines_stay_and_a_text_without_notices_is_returned_as_is():
    text, edits = strip_notices(f"첫 줄\n\n{FOOTER}\n마지막 줄", 200)
    assert (text, edits) == ("첫 줄\n\n마지막 줄", (LineEdit("copyright_notice", 2, len(FOOTER)),))
    plain = "첫 줄\n\n   \n마지막 줄"
    assert strip_notices(plain, 200) == (plain, ())


def test_a_byline_alone_on_its_line_is_removed_as_a_byline():
    line = "[서울=한빛일보] 홍길동 기자 ="
    assert strip_notices(f"{line}\n본문이다.", 200) == (
        "본문이다.",
        (LineEdit("byline", 0, len(line)),),
    )


def test_a_long_first_paragraph_still_loses_its_byline_prefix():
    prose = "시립 도서관이 문을 열었다. " * 20
    text, edits = strip_notices(f"[서울=한빛일보] 홍길동 기자 = {prose}", 200)
    assert text == prose
    assert edits == (LineEdit("byline_prefix", 0, len("[서울=한빛일보] 홍길동 기자 = ")),)


@pytest.mark.parametrize(
    "line",
    [
        "홍길동 기자 | 입력 2024.01.15",
        "홍길동 특파원 (hong@example.com)",
        "<홍길동 기자 hong@example.co.kr>",
    ],
)
def test_reporter_lines_are_stripped(line):
    assert strip_notices(f"본문\n{line}", 200) == (
        "본문",
        (LineEdit("reporter_line", 1, len(line)),),
    )


ARTICLE = f"[서울=한빛일보] 홍길동 기자 = 도서관이 문을 열었다.\n{FOOTER}"


def test_a_verdict_strips_and_says_what_it_decided():
    verdict = assess(
        ARTICLE, "https://news.example/1", "news.example", None, copyright_settings(), ()
    )
    assert verdict == CopyrightVerdict(
        "all_rights_reserved",
        "text",
        "strip",
        None,
        "도서관이 문을 열었다.",
        (
            LineEdit("byline_prefix", 0, len("[서울=한빛일보] 홍길동 기자 = ")),
            LineEdit("copyright_notice", 1, len(FOOTER)),
        ),
    )
    assert verdict.license_decision == "strip:all_rights_reserved:text"


def test_an_opted_out_document_keeps_its_text_and_names_the_rule():
    rules = parse_optout(["domain:news.example"], "t")
    verdict = assess(
        ARTICLE, "https://news.example/1", "news.example", None, copyright_settings(), rules
    )
    assert (verdict.optout_rule, verdict.text, verdict.edits) == (
        "domain:news.example",
        ARTICLE,
        (),
    )
    assert verdict.license_decision == "strip:all_rights_reserved:text"


def test_keep_and_drop_leave_the_text_alone():
    kept = assess(ARTICLE, None, None, "CC-BY-4.0", copyright_settings(), ())
    assert (kept.license_decision, kept.text, kept.edits) == ("keep:open:metadata", ARTICLE, ())
    dropped = assess(
        ARTICLE,
        None,
        None,
        None,
        copyright_settings("copyright.policy.all_rights_reserved=drop"),
        (),
    )
    assert (dropped.license_decision, dropped.text, dropped.edits) == (
        "drop:all_rights_reserved:text",
        ARTICLE,
        (),
    )


def test_a_byline_line_too_long_to_be_a_notice_is_kept_whole():
    text = "[서울=한빛일보] 홍길동 기자 =\n본문이다."
    assert strip_notices(text, 10) == (text, ())


def test_a_url_rule_opts_a_document_out_before_any_stripping():
    rules = parse_optout(["url:https://news.example/premium/*"], "t")
    url = "https://news.example/premium/1"
    verdict = assess(ARTICLE, url, "news.example", None, copyright_settings(), rules)
    assert (verdict.optout_rule, verdict.text) == ("url:https://news.example/premium/*", ARTICLE)
    free = assess(
        ARTICLE, "https://news.example/free/1", "news.example", None, copyright_settings(), rules
    )
    assert (free.optout_rule, free.text) == (None, "도서관이 문을 열었다.")
