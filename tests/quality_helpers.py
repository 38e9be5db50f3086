"""Shared pieces of the quality tests: real Korean prose, the default assessor, junk."""

from __future__ import annotations

import functools
import random

from curate.evals.quality_data import EVAL, prose
from curate.sample import junk
from filters.quality_assessor import Assessment, QualityAssessor
from filters.quality_rules import Verdict
from tests.conftest import settings

# A Hanja-heavy passage (국한문혼용): raw lid.176 calls it Chinese.
HANJA_HEAVY = "第1條 大韓民國은 民主共和國이다 第2條 大韓民國의 國民이 되는 要件은 法律로 定한다"
ENGLISH_PARAGRAPH = (
    "The city council approved the new budget for public libraries on Tuesday. Most branches "
    "will extend their opening hours until nine in the evening."
)
# A site menu line that line cleaning removes (boilerplate_lines_ko.txt).
MENU = "로그인 | 회원가입 | 마이페이지 | 고객센터"


@functools.cache
def assessor(*overrides: str) -> QualityAssessor:
    """The default stage (Kiwi and fastText load once per test process)."""
    run = settings(*overrides)
    return QualityAssessor(run.quality, run.langid)


def assess(text: str, *overrides: str) -> Assessment:
    return assessor(*overrides).assess([text])[0]


def verdicts(assessment: Assessment) -> dict[str, bool]:
    return {v.rule: v.passed for v in assessment.verdicts}


def verdict_of(assessment: Assessment, rule: str) -> Verdict:
    """One rule's verdict (value, threshold, passed): every rule is evaluated on every document."""
    return next(v for v in assessment.verdicts if v.rule == rule)


@functools.cache
def korean_prose() -> dict[str, str]:
    """One held-out document per source: statute, bill, translated FAQ."""
    chosen: dict[str, str] = {}
    for doc in prose(EVAL):
        chosen.setdefault(doc.source, doc.text)
    return chosen


def junk_text(kind: str, seed: int = 0) -> str:
    return getattr(junk, kind)(random.Random(seed))
