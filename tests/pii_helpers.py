"""Shared by the PII tests: a form full of fictional identifiers, and what the default
scrubber finds in a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from filters.pii.scrub import ScrubResult, scrubber
from tests.conftest import settings

VALUES = ("900101-1234568", "010-1234-5678", "hong@example.com", "홍길동", "4111-1111-1111-1111")
TEXT = (
    "민원 접수 안내\n성명: 홍길동 (주민등록번호 900101-1234568)\n"
    "연락처 010-1234-5678, 이메일 hong@example.com으로 회신 바랍니다.\n"
    "결제 카드 4111-1111-1111-1111 승인 완료. 접수일 2024-03-15, 수수료 12,000원."
)


def scrub(text: str, *overrides: str) -> ScrubResult:
    """``text`` through the PII stage with the default settings (``--set``-style overrides
    such as ``pii.policy=mask``), Kiwi analysing it once."""
    return scrubber(settings(*overrides).pii).scrub(text)


def spans_of(text: str, *overrides: str) -> list[tuple[str, str]]:
    """(type, value) of every span the PII stage finds (default settings plus
    ``overrides``), in text order."""
    result = scrub(text, *overrides)
    return [(s.type, text[s.start : s.end]) for s in result.spans]


def untouched(text: str) -> bool:
    """No recognizer found anything and the text comes out as it went in."""
    result = scrub(text)
    return result.spans == () and result.text == text


def finds_exactly(
    kind: str, cases: list[tuple[str, str]], *overrides: str
) -> Callable[[str, str], None]:
    """A test that each (text, value) case gets a ``kind`` span covering exactly the value."""

    @pytest.mark.parametrize(("text", "value"), cases)
    def test(text: str, value: str) -> None:
        assert (kind, value) in spans_of(text, *overrides)

    return test


def leaves_untouched(texts: list[str]) -> Callable[[str], None]:
    """A test that no recognizer touches any of ``texts``."""

    @pytest.mark.parametrize("text", texts)
    def test(text: str) -> None:
        assert untouched(text)

    return test
