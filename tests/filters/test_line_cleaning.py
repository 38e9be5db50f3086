"""Line cleaning: which short lines are boilerplate, and the document without them."""

import pytest

from filters.line_cleaning import boilerplate_lines, boilerplate_patterns, remove_lines

LIMIT = 200


@pytest.mark.parametrize(
    "line",
    [
        "이 사이트는 쿠키를 사용합니다",  # cookie banner
        "ⓒ 한국일보, 무단 전재 및 재배포 금지",  # reprint notice
        "Copyright 2024 Example Corp.",  # anchored, upper case in the text
        "  (c) 뉴스 코리아",  # anchored after indentation
        "All Rights Reserved.",  # unanchored, upper case in the text
        "개인정보처리방침 | 이용약관 | 청소년보호정책",
        "HOME > 뉴스 > 정치",  # breadcrumb
        "홈 › 커뮤니티",
        "본문 바로가기",
        "로그인 | 회원가입 | 마이페이지 | 고객센터",
        "이전글 | 다음글",
        "댓글 3 | 공유하기",
        "관련기사",
        "맨 위로",
        "TOP",
        "김철수 기자 chulsoo@news.example.kr",  # byline on its own line
    ],
)
def test_a_boilerplate_line_is_found(line):
    assert boilerplate_lines(["본문입니다.", line, "끝."], LIMIT) == [1]


@pytest.mark.parametrize(
    "line",
    [
        "쿠키 맛집을 소개합니다",  # the trigger word, but none of the patterns
        "우리 홈 > 뉴스",  # a breadcrumb pattern only counts at the line start
        "이 글의 관련기사 목록",  # "관련기사" is boilerplate only as the whole line
        "김철수 기자가 쓴 기사입니다",  # a reporter named in prose, not a byline
        "저작권에 대하여",  # a word near a pattern, not a pattern
        "stop",  # "top" only as the whole line
        "",
        "   ",
    ],
)
def test_prose_that_resembles_boilerplate_stays(line):
    assert boilerplate_lines([line], LIMIT) == []


def test_long_lines_are_prose_even_when_they_mention_cookies():
    line = "이 사이트는 쿠키를 사용합니다"
    assert boilerplate_lines([line], len(line)) == [0]
    assert boilerplate_lines([line], len(line) - 1) == []
    assert boilerplate_lines([line, "본문", line], 100) == [0, 2]


def test_remove_lines_keeps_the_others_in_order():
    lines = ["메뉴", "첫 문단", "", "광고", "둘째 문단"]
    assert remove_lines(lines, {0, 3}) == "첫 문단\n\n둘째 문단"
    assert remove_lines(lines, set()) == "메뉴\n첫 문단\n\n광고\n둘째 문단"
    assert remove_lines(lines, set(range(5))) == ""


def lexicon(tmp_path, *patterns: str) -> str:
    path = tmp_path / "lines.txt"
    path.write_text("# a test lexicon\n\n" + "\n".join(patterns) + "\n", encoding="utf-8")
    return str(path)


def test_a_lexicon_of_unanchored_patterns_matches_nothing_else(tmp_path):
    patterns = boilerplate_patterns(lexicon(tmp_path, r"광고\s*문의"))
    assert patterns.matches("광고 문의: 02-123")
    assert patterns.matches("배너 광고문의")
    assert not patterns.matches("본문입니다")
    assert not patterns.matches("")
    assert not patterns.matches("광고입니다")


def test_a_lexicon_of_anchored_patterns_only_matches_at_the_line_start(tmp_path):
    patterns = boilerplate_patterns(lexicon(tmp_path, r"^\s*목록\s*$"))
    assert patterns.matches(" 목록 ")
    assert not patterns.matches("글 목록")
    assert not patterns.matches("본문입니다")
    assert not patterns.matches("")


def test_patterns_are_searched_in_the_lower_cased_line(tmp_path):
    patterns = boilerplate_patterns(lexicon(tmp_path, r"^skip\s+nav", r"read\s+more"))
    assert patterns.matches("SKIP NAV")
    assert patterns.matches("Click to READ More")
    assert not patterns.matches("Please skip nav")


def test_a_pattern_whose_last_leading_letter_is_optional_still_matches_without_it(tmp_path):
    patterns = boilerplate_patterns(
        lexicon(tmp_path, r"colou?r\s+policy", r"ab*c\s+menu", r"xy{0,1}z\s+bar", r"qu+x  end")
    )
    for line in (
        "our colour policy",
        "our color policy",
        "the ac menu",
        "the abbbc menu",
        "the xz bar",
        "the xyz bar",
        "a quux  end",
    ):
        assert patterns.matches(line), line
    assert not patterns.matches("the qx  end")


def test_a_pattern_may_start_with_a_one_letter_word(tmp_path):
    patterns = boilerplate_patterns(lexicon(tmp_path, r"톡\s*상담"))
    assert patterns.matches("카카오톡 상담 바로가기")
    assert not patterns.matches("상담 문의")


def test_a_pattern_keeps_its_words_after_inner_spaces(tmp_path):
    patterns = boilerplate_patterns(lexicon(tmp_path, r"more news\s*»"))
    assert patterns.matches("More News »")
    assert not patterns.matches("more »")


@pytest.mark.parametrize(
    "pattern", [r"\d+\s*views", r"(이전|다음)\s*글", r"  \s*x", r".*광고", r"x?y\s+z"]
)
def test_an_unanchored_pattern_must_start_with_a_word(tmp_path, pattern):
    with pytest.raises(ValueError) as err:
        boilerplate_patterns(lexicon(tmp_path, "광고", pattern))
    assert str(err.value) == (
        f"boilerplate_lines_ko.txt: pattern must start with ^ or a word: {pattern}"
    )
