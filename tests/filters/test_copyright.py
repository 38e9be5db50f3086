"""Copyright policy as a legal reviewer reads it: which licence class and why, which
opt-out rule, which lines were stripped (index and length, never the content)."""

import pytest

from curate.config import ConfigError
from curate.records import make_source, new_record, sha1_hex
from curate.settings import CopyrightSettings
from filters.copyright import (
    OptOutRule,
    licence_class,
    licence_from_metadata,
    load_optout,
    parse_optout,
    strip_notices,
)
from pipelines.copyright import CopyrightPolicy, apply_policy
from tests.conftest import settings

ARTICLE = "\n".join(
    (
        "새 도서관 개관",
        "[서울=한빛일보] 홍길동 기자 = 시립 도서관이 15일 문을 열었다. 주민 200여 명이 왔다.",
        "도서관은 평일 오후 9시까지 운영한다.",
        "홍길동 기자 hong@example.com",
        "ⓒ 한빛일보, 무단 전재 및 재배포 금지",
    )
)


def policy(*overrides: str) -> tuple[CopyrightSettings, tuple[OptOutRule, ...]]:
    """The copyright settings (``--set``-style overrides) and the opt-out rules they read."""
    section = settings(*overrides).copyright
    return section, load_optout(section.optout_files, section.optout)


def record(text: str, url: str | None = None, license: str | None = None) -> dict:
    source = make_source("mem://x", "line:1", "corpus", url=url, license=license)
    out = new_record("corpus-1", source, text)
    return {**out, "text_sha1": sha1_hex(text)}


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        ("CC-BY-4.0", "open"),
        ("CC-BY-SA-4.0", "open"),
        ("cc0", "open"),
        ("KOGL-Type1", "open"),
        ("공공누리 제1유형", "open"),
        ("CC-BY-NC-ND-4.0", "restricted"),
        ("KOGL Type 3", "restricted"),
        ("all-rights-reserved", "all_rights_reserved"),
        ("no-ai", "tdm_reserved"),
        ("house licence v2", "unknown"),
        (None, None),
        ("", None),
    ],
)
def test_licence_from_metadata(metadata, expected):
    assert licence_from_metadata(metadata) == expected


@pytest.mark.parametrize(
    ("metadata", "text", "expected"),
    [
        (None, "본문.\nⓒ 한빛일보, 무단 전재 및 재배포 금지", ("all_rights_reserved", "text")),
        (None, "이 글은 CC BY-NC 4.0에 따라 이용할 수 있습니다.", ("restricted", "text")),
        (None, "크리에이티브 커먼즈 저작자표시 4.0 국제 라이선스", ("open", "text")),
        (None, "본 저작물은 공공누리 제1유형으로 개방한 저작물입니다.", ("open", "text")),
        ("CC-BY-4.0", "본문.\nCopyright 2024 Example. All rights reserved.", ("open", "metadata")),
        (
            "CC-BY-4.0",
            "<저작권자(c) 한빛일보, 무단 전재-재배포, AI 학습 및 활용 금지>",
            ("tdm_reserved", "text"),
        ),
        (None, "평범한 본문입니다.", ("unknown", "none")),
        ("house licence v2", "평범한 본문입니다.", ("unknown", "metadata")),
    ],
)
def test_licence_class_and_where_it_came_from(metadata, text, expected):
    assert licence_class(metadata, text) == expected


def test_news_footers_bylines_and_reporter_lines_are_stripped_as_lines():
    text, edits = strip_notices(ARTICLE, 200)
    assert text == "\n".join(
        (
            "새 도서관 개관",
            "시립 도서관이 15일 문을 열었다. 주민 200여 명이 왔다.",
            "도서관은 평일 오후 9시까지 운영한다.",
        )
    )
    lines = ARTICLE.split("\n")
    assert [(e.rule, e.line, e.chars) for e in edits] == [
        ("byline_prefix", 1, len("[서울=한빛일보] 홍길동 기자 = ")),
        ("reporter_line", 3, len(lines[3])),
        ("copyright_notice", 4, len(lines[4])),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "제2조 저작권자는 그 저작물을 복제할 권리를 가진다.",
        "(c) 기타 위원회가 정하는 사항",
        "저작권 침해 신고는 한국저작권위원회에 할 수 있다.",
        "가" * 250 + " All rights reserved.",
    ],
)
def test_prose_about_copyright_is_not_a_notice(line):
    assert strip_notices(f"본문\n{line}", 200) == (f"본문\n{line}", ())


def test_optout_rules_match_sites_subdomains_and_url_globs():
    rules = parse_optout(
        ["# comment", "", "domain:News.Example.com", "url:https://blog.example.org/premium/*"], "t"
    )
    match = lambda url, domain: next((r.text for r in rules if r.matches(url, domain)), None)  # noqa: E731
    assert match("https://m.news.example.com/a", "m.news.example.com") == "domain:news.example.com"
    assert match("https://othernews.example.com/a", "othernews.example.com") is None
    assert match("https://blog.example.org/premium/1", "blog.example.org") == (
        "url:https://blog.example.org/premium/*"
    )
    assert match("https://blog.example.org/free/1", "blog.example.org") is None
    assert load_optout()[0].text == "domain:tdm-reserved.example"


def test_a_bad_optout_rule_names_file_and_line(tmp_path):
    bad = tmp_path / "optout.txt"
    bad.write_text("domain:ok.example\nexample.com\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{bad}:2: expected"):
        load_optout([str(bad)])
    with pytest.raises(ConfigError, match="optout.txt:2"):
        CopyrightPolicy(settings(f"copyright.optout_files=[{bad}]").copyright)


def test_stage_records_every_decision_and_each_stripped_line():
    out = apply_policy(
        record(ARTICLE, "https://news.example.kr/1", "all-rights-reserved"), *policy()
    )
    assert out["status"] is None
    assert out["copyright"] == {
        "license_decision": "strip:all_rights_reserved:metadata",
        "notices_removed": 3,
        "optout_rule": None,
    }
    assert [(d["rule"], d["passed"]) for d in out["decisions"]] == [
        ("optout", True),
        ("license_all_rights_reserved", True),
    ]
    assert [(e["stage"], e["rule"], e["line"]) for e in out["edits"]] == [
        ("copyright", "byline_prefix", 1),
        ("copyright", "reporter_line", 3),
        ("copyright", "copyright_notice", 4),
    ]
    assert "hong@example.com" not in out["text"]
    assert out["text_sha1"] == sha1_hex(out["text"])  # exact dedup compares stripped texts


def test_open_licences_keep_their_notices_and_reservations_drop():
    kept = apply_policy(record(ARTICLE, license="CC-BY-4.0"), *policy())
    assert kept["text"] == ARTICLE and "edits" not in kept
    assert kept["copyright"]["license_decision"] == "keep:open:metadata"
    reserved = ARTICLE.replace("ⓒ 한빛일보, 무단 전재 및 재배포 금지", "AI 학습 및 활용 금지")
    dropped = apply_policy(record(reserved), *policy())
    assert (dropped["status"], dropped["stage"], dropped["reason"]) == (
        "dropped",
        "copyright",
        "license_tdm_reserved",
    )


def test_optout_drops_first_and_says_which_rule():
    rules = policy("copyright.optout=[domain:news.example.kr]")
    out = apply_policy(record(ARTICLE, "https://www.news.example.kr/1"), *rules)
    assert (out["status"], out["reason"]) == ("dropped", "optout")
    assert out["copyright"]["optout_rule"] == "domain:news.example.kr"
    assert out["text"] == ARTICLE
