"""Repeated lines on one document: keys compare lines the way the corpus should (case and
spacing aside), a site key names its line, and removal takes every copy of a condemned line
and reports it without its text."""

from __future__ import annotations

from filters.repeated_lines import (
    CORPUS_RULE,
    SITE_RULE,
    LineCounts,
    Removal,
    corpus_key,
    document_keys,
    line_form,
    line_hash,
    line_of,
    merge_removals,
    removal_rule,
    remove_repeated,
    site_key,
    spare_copies,
)

TEXT = "홈  뉴스 스포츠\n\n본문 첫 문단입니다. 충분히 깁니다.\nHOME 뉴스 스포츠\n홈 뉴스 스포츠"


def test_lines_compare_case_and_spacing_folded():
    assert line_form("  HOME   뉴스\t스포츠 ") == "home 뉴스 스포츠"
    keys = list(document_keys(TEXT, "site.example.kr", None))
    # three distinct lines (the menu twice counts once); site keys only without corpus rule
    assert len(keys) == 3 and all(k[:1] == b"s" for k in keys)
    assert line_of(site_key("site.example.kr", line_hash("홈 뉴스 스포츠"))) == line_hash(
        "홈 뉴스 스포츠"
    )


def test_corpus_keys_only_for_long_lines_and_no_site_keys_without_a_site():
    keys = list(document_keys(TEXT, None, 15))
    assert keys == [corpus_key(line_hash(line_form("본문 첫 문단입니다. 충분히 깁니다.")))]


def test_rules():
    site = site_key("s", line_hash("x"))
    corpus = corpus_key(line_hash("x"))
    assert removal_rule(site, LineCounts(3, "a", 1), "b", 3) == SITE_RULE
    assert removal_rule(site, LineCounts(2, "a", 1), "b", 3) is None
    assert removal_rule(corpus, LineCounts(2, "a", 2), "a", 3) is None
    assert removal_rule(corpus, LineCounts(2, "a", 2), "b", 3) == CORPUS_RULE


def test_removal_takes_every_copy_and_the_site_rule_wins():
    menu = line_hash("홈 뉴스 스포츠")
    found = [Removal(menu, CORPUS_RULE, 9), Removal(menu, SITE_RULE, 4)]
    assert merge_removals(found) == merge_removals(found[::-1]) == {menu: found[1]}
    text, removed = remove_repeated(TEXT, merge_removals(found))
    assert text == "본문 첫 문단입니다. 충분히 깁니다.\nHOME 뉴스 스포츠"
    assert [(index, chars) for index, _, chars in removed] == [(0, 9), (4, 8)]


def test_a_copy_keeps_its_corpus_duplicate_lines_for_near_dedup():
    shared = ["가" * 60, "나" * 60]
    menu = line_hash("홈 뉴스 스포츠")
    condemned = {line_hash(line): Removal(line_hash(line), CORPUS_RULE, 2) for line in shared}
    site = {menu: Removal(menu, SITE_RULE, 5)}
    # Lines under 50 characters and site boilerplate are not what the share is of.
    copy = "\n".join(["홈 뉴스 스포츠", *shared, "다" * 59, "짧은 줄"])  # 120 of 179
    quoting = "\n".join([shared[0], "다" * 60, "짧은 줄"])  # exactly half
    assert spare_copies(copy, {**condemned, **site}, 0.5, 50) == site
    assert spare_copies(quoting, condemned, 0.5, 50) == condemned
    assert spare_copies(copy, condemned, 1.0, 50) == condemned


def test_every_distinct_line_counts_once_and_the_corpus_minimum_is_inclusive():
    text = "가" * 14 + "\n" + "가" * 14 + "\n" + "나" * 15 + "\n" + "다" * 16
    keys = list(document_keys(text, None, 15))
    # the repeated first line is skipped, not the end of the document; 15 characters count
    assert keys == [corpus_key(line_hash("나" * 15)), corpus_key(line_hash("다" * 16))]


def test_removal_keeps_a_remaining_line_s_own_indentation():
    menu = line_hash("홈 뉴스 스포츠")
    text, _ = remove_repeated("홈 뉴스 스포츠\n  들여 쓴 본문", {menu: Removal(menu, SITE_RULE, 3)})
    assert text == "  들여 쓴 본문"
    text, _ = remove_repeated("홈 뉴스 스포츠\nX-ray 본문 X", {menu: Removal(menu, SITE_RULE, 3)})
    assert text == "X-ray 본문 X"


def test_the_copy_share_counts_long_lines_only_and_not_site_boilerplate():
    site_line, copied, short = "ㄱ" * 60, "ㄴ" * 50, "ㄷ" * 40
    removals = {
        line_hash(site_line): Removal(line_hash(site_line), SITE_RULE, 4),
        line_hash(copied): Removal(line_hash(copied), CORPUS_RULE, 2),
    }
    text = "\n".join([site_line, copied, short])
    # of the lines the rule looks at (at least 50 characters, not the site's) all are copies
    spared = spare_copies(text, removals, 0.5, 50)
    assert spared == {line_hash(site_line): removals[line_hash(site_line)]}
    # a long line of its own makes it a quotation: 50 of 150, the site's 60 not counted
    quoting = "\n".join([site_line, copied, "ㄹ" * 100])
    assert spare_copies(quoting, removals, 0.5, 50) == removals
