"""E-mail addresses."""

from __future__ import annotations

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from filters.pii.recognizers.base import KoPattern, KoreanPatternMixin

_TLD = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def suffixes_offline() -> None:
    """Point ``tldextract.extract`` at the bundled suffix list: its default extractor fetches
    the list from the network on first use, and presidio's stock e-mail recognizer (the
    baseline ``curate pii eval --presidio`` runs) calls it. Nothing is downloaded at run time."""
    tldextract.tldextract.TLD_EXTRACTOR = _TLD


# Not public suffixes, yet real mail is addressed to them: the special-use names of RFC 2606
# and 6761 (examples and test fixtures are written with them) and the usual intranet ones.
PRIVATE_TLDS = frozenset(
    {"test", "example", "invalid", "localhost", "local", "internal", "intranet", "lan", "corp"}
)


# A form's or a template's sample address: a generic mailbox at an example domain.
PLACEHOLDER_MAILBOXES = frozenset(
    {"user", "username", "name", "yourname", "your.name", "email", "id", "someone", "sample"}
    | {"test", "tester", "testuser", "foo", "bar", "example", "abc", "xxx", "youremail"}
)
_EXAMPLE_DOMAINS = frozenset({"example.com", "example.org", "example.net", "domain.com"})


class KoEmailRecognizer(KoreanPatternMixin, EmailRecognizer):
    """E-mail addresses that stop before a Korean particle (hong@example.com입니다). The
    domain must end in a public suffix (tldextract's bundled list, never fetched) or a
    special-use or intranet name (``PRIVATE_TLDS``), which rejects file names such as
    logo@2x.png."""

    # A mail's own id and the ids it answers look like addresses and name no mailbox.
    NEGATIVE_CONTEXT = ("message-id", "in-reply-to", "references:")
    STANDALONE = False
    CONTEXT_WORDS = ["메일", "email", "e-mail", "mail", "전자우편", "연락"]

    @classmethod
    def ko_patterns(cls) -> list[KoPattern]:
        local = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}+"
        domain = r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
        pattern = rf"(?<![A-Za-z0-9._%+\-]){local}@{domain}(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
        return [KoPattern("email", pattern, 0.5, 1.0, gate=lambda text: "@" in text)]

    def invalidate_result(self, pattern_text: str) -> bool:
        """``user@example.com`` and its kind (``PLACEHOLDER_MAILBOXES``) name no one."""
        local, _, domain = pattern_text.lower().rpartition("@")
        return local in PLACEHOLDER_MAILBOXES and domain in _EXAMPLE_DOMAINS

    def validate_result(self, pattern_text: str) -> bool:
        local, _, domain = pattern_text.rpartition("@")
        if local.startswith(".") or local.endswith(".") or ".." in local:
            return False
        parts = _TLD.extract_str(domain)
        if parts.suffix:
            return bool(parts.domain)
        name, _, tld = domain.rpartition(".")
        return bool(name) and tld.lower() in PRIVATE_TLDS
