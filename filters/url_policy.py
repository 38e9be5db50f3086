"""URL and domain blocklists for one document, without Beam.

FineWeb drops pages by URL before any expensive stage; here gambling and adult sites (a large
share of Korean web spam) are dropped right after ingest instead of paying for Kiwi and
presidio before the spam lexicon catches them. Each list is a plain file with its own reason;
a match is the list's reason plus the rule that matched (never the URL).

Short words match whole URL *tokens*: host and path are lowercased, percent-decoded and cut
into runs of letters, runs of digits and runs of Hangul, so ``word:bet`` never hits
``alphabet`` and ``word:toto`` hits ``toto777``; a multi-token word (``word:bet365``) matches
consecutive tokens.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from filters.lexicons import LEXICON_DIR, kind_value_lines

BUILTIN = "builtin:"
KINDS = ("domain", "word", "substring", "regex")
_TOKEN = re.compile(r"[a-z]+|[0-9]+|[가-힣]+")


def url_tokens(text: str) -> tuple[str, ...]:
    """Letter, digit and Hangul runs of a lowercased text."""
    return tuple(_TOKEN.findall(text.lower()))


@dataclass(frozen=True)
class UrlRule:
    """One blocklist line: ``kind:value``."""

    kind: str
    value: str

    @property
    def text(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class UrlView:
    """What every rule looks at, computed once per URL."""

    host: str
    flat: str
    tokens: tuple[str, ...]

    @classmethod
    def of(cls, url: str) -> UrlView:
        decoded = unquote(url.strip()).lower()
        try:
            host = (urlsplit(decoded).hostname or "").removeprefix("www.")
        except ValueError:
            host = ""
        if host.startswith("xn--") or ".xn--" in host:
            with contextlib.suppress(UnicodeError):
                host = host.encode("ascii").decode("idna")
        return cls(host=host, flat=decoded, tokens=url_tokens(f"{host} {decoded}"))


@dataclass(frozen=True)
class UrlBlocklist:
    """A list's reason and its rules, compiled for matching."""

    reason: str
    rules: tuple[UrlRule, ...]

    def __post_init__(self) -> None:
        words = {r.value: url_tokens(r.value) for r in self.rules if r.kind == "word"}
        object.__setattr__(self, "_words", words)
        patterns = [(r, re.compile(r.value)) for r in self.rules if r.kind == "regex"]
        object.__setattr__(self, "_patterns", patterns)

    def match(self, view: UrlView) -> UrlRule | None:
        """The first rule (in file order) the URL matches, or None."""
        for rule in self.rules:
            if _matches(rule, view, self._words, self._patterns):
                return rule
        return None


def _matches(rule: UrlRule, view: UrlView, words: dict, patterns: list) -> bool:
    if rule.kind == "domain":
        return bool(view.host) and (view.host == rule.value or view.host.endswith("." + rule.value))
    if rule.kind == "substring":
        return rule.value in view.flat
    if rule.kind == "word":
        return _contains_run(view.tokens, words[rule.value])
    return next(p for r, p in patterns if r is rule).search(view.flat) is not None


def _contains_run(tokens: tuple[str, ...], run: tuple[str, ...]) -> bool:
    size = len(run)
    if not size:
        return False
    return any(tokens[i : i + size] == run for i in range(len(tokens) - size + 1))


def parse_rules(lines: Iterable[str], origin: str) -> tuple[UrlRule, ...]:
    """Rules from a list file (``#`` comments and blank lines ignored); a bad line raises
    ``ValueError`` naming ``origin`` and the line number."""
    rules = []
    expected = f"one of {', '.join(k + ':' for k in KINDS)} and a value"
    for number, kind, value in kind_value_lines(lines, origin, KINDS, expected):
        if kind == "regex":
            try:
                re.compile(value)
            except re.error as err:
                raise ValueError(f"{origin}:{number}: bad regex ({err})") from err
        elif kind == "domain":
            value = value.lower().removeprefix("www.")
        else:
            value = value.lower()
        if kind == "word" and not url_tokens(value):
            raise ValueError(f"{origin}:{number}: word {value!r} has no letters or digits")
        rules.append(UrlRule(kind, value))
    return tuple(rules)


def builtin_list(path: str) -> str | None:
    """The text of a ``builtin:NAME`` list shipped in ``filters/lexicons``; None for any other
    path (the launcher reads those from their filesystem)."""
    if not path.startswith(BUILTIN):
        return None
    return (LEXICON_DIR / path.removeprefix(BUILTIN)).read_text(encoding="utf-8")


def match_url(
    blocklists: Sequence[UrlBlocklist], url: str | None
) -> tuple[UrlBlocklist, UrlRule] | None:
    """The first list (in configured order) and rule the URL matches; None without a URL."""
    if not url:
        return None
    view = UrlView.of(url)
    for blocklist in blocklists:
        rule = blocklist.match(view)
        if rule is not None:
            return blocklist, rule
    return None
