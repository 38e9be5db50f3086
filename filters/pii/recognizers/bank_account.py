"""Bank account numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import PatternRecognizer

from filters.pii.recognizers.base import (
    OWN_LABEL_SCORE,
    KoPattern,
    KoreanPatternMixin,
    bounded,
    digits_of,
    digits_run,
    spaced_digits,
)

# Words that say a number is an account, which other recognizers take as negative context.
ACCOUNT_WORDS = ("계좌", "입금", "송금", "이체", "예금주", "통장")
# A country code before a number: a phone abroad.
_COUNTRY_CODE_BEFORE = re.compile(r"\+\d{1,3}[ \-]?\(?$")
# A SWIFT MT103's ordering and beneficiary customers (:50K:/…, :59:/…): the account first.
_SWIFT_ACCOUNT = r"(?m)^:(?:50[AFK]|59[AF]?):/(?P<number>\d[\d\- ]{8,20}\d)[ ]*$"
_SWIFT_ACCOUNT_PATTERN = KoPattern("SWIFT customer account", _SWIFT_ACCOUNT, OWN_LABEL_SCORE)


class KoBankAccountRecognizer(KoreanPatternMixin, PatternRecognizer):
    """Bank account numbers: 10-14 digits, unbroken or in the groupings Korean banks and
    cooperatives print, the groups joined by one kind of separator (a dash of any kind or a
    space): 110-123-456789 (신한), 1002-123-456789 (우리), 123456-01-234567 (국민, 우체국),
    123-456789-01234 (하나), 123-123456-01-012 (기업), 301-1234-5678-11 (농협),
    3333-01-1234567 (카카오뱅크), 508-10-123456-7 (대구, 3-2-6-1), 9002-1234-5678-9
    (새마을금고). Account numbers have no common check digit, so they need a context word
    (계좌, 입금, 통장, 예금주, a bank) in their clause to pass."""

    ENTITY = "KR_BANK_ACCOUNT"
    CONTEXT_WORDS = [
        "계좌",
        "입금",
        "송금",
        "이체",
        "예금",
        "통장",
        "수취",
        "은행",
        "뱅크",
        "농협",
        "신협",
        "새마을",
        "금고",
        "우체국",
        "수협",
        "축협",
        "산림조합",
        "저축",
        "account",
        "bank",
        "신한",
        "ibk",
        "kb",
        "nh",
        "환불",
        "카뱅",
        "케뱅",
        "토뱅",
    ]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        grouped = r"\d{2,6}(?P<sep>[ ]?-[ ]?)\d{2,7}(?:(?P=sep)\d{1,7}){1,2}"
        return [
            KoPattern("grouped", bounded(grouped), 0.3, gate=digits_run(3)),
            KoPattern(
                "spaced", bounded(r"\d{2,6} \d{2,7}(?: \d{1,7}){1,2}"), 0.3, gate=spaced_digits(2)
            ),
            KoPattern("digits", bounded(r"\d{10,14}"), 0.2, gate=digits_run(10)),
        ]

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if 10 <= len(digits_of(pattern_text)) <= 14 else False

    def _negated(self, text: str, start: int) -> bool:
        """Also a number after a country code: +1 617-555-0133 is a phone line abroad."""
        return _COUNTRY_CODE_BEFORE.search(text, max(0, start - 6), start) is not None or (
            super()._negated(text, start)
        )

    def _laid_out(self, text: str) -> Iterator[tuple[tuple[int, int], KoPattern]]:
        """An account in a SWIFT message's customer field."""
        if ":/" in text:
            for match in _SWIFT_ACCOUNT_PATTERN.compiled.finditer(text):
                if 10 <= len(digits_of(match["number"])) <= 14:
                    yield match.span("number"), _SWIFT_ACCOUNT_PATTERN
