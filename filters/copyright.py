"""Copyright and licence policy for one document, without Beam.

Three questions, each answered in provenance: is the site on an opt-out list (operators
reserving text-and-data-mining rights)? which licence class does the document belong to
(from its metadata and from marks in its text)? and, when the policy keeps it with notices
stripped, which lines are copyright footers, reporter bylines or reporter e-mail lines?
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from curate.settings import CopyrightSettings
from filters.lexicons import kind_value_lines

BUILTIN_OPTOUT = "copyright_optout.txt"

NOTICE_RULE = "copyright_notice"
REPORTER_RULE = "reporter_line"
BYLINE_RULE = "byline"
BYLINE_PREFIX_RULE = "byline_prefix"


@dataclass(frozen=True)
class OptOutRule:
    """``domain:HOST`` (the host and its subdomains) or ``url:GLOB`` (the whole URL)."""

    kind: str
    value: str

    @property
    def text(self) -> str:
        return f"{self.kind}:{self.value}"

    def matches(self, url: str | None, domain: str | None) -> bool:
        if self.kind == "domain":
            return bool(domain) and (domain == self.value or domain.endswith("." + self.value))
        return bool(url) and fnmatch.fnmatchcase(url, self.value)


def parse_optout(lines: Iterable[str], origin: str) -> list[OptOutRule]:
    """Rules from a list, one a line (lines starting with ``#`` and blank lines ignored); a
    bad line raises ``ValueError`` naming ``origin`` and the line number."""
    rules = []
    expected = "'domain:HOST' or 'url:GLOB'"
    for _, kind, value in kind_value_lines(lines, origin, ("domain", "url"), expected):
        if kind == "domain":
            value = value.lower().removeprefix("www.")
        rules.append(OptOutRule(kind, value))
    return rules


def load_optout(files: Sequence[str] = (), inline: Sequence[str] = ()) -> tuple[OptOutRule, ...]:
    """The bundled list, then each file, then inline rules (read once, at launch)."""
    builtin = resources.files("filters").joinpath(BUILTIN_OPTOUT).read_text(encoding="utf-8")
    rules = parse_optout(builtin.splitlines(), BUILTIN_OPTOUT)
    for name in files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except OSError as err:
            raise ValueError(f"opt-out list {name}: cannot be read ({err.strerror})") from err
        rules += parse_optout(text.splitlines(), name)
    rules += parse_optout(inline, "copyright.optout")
    return tuple(rules)


def match_optout(
    rules: Sequence[OptOutRule], url: str | None, domain: str | None
) -> OptOutRule | None:
    return next((rule for rule in rules if rule.matches(url, domain)), None)


_TDM_TEXT = re.compile(
    r"(?:AI|인공\s*지능|머신\s*러닝|기계\s*학습|딥\s*러닝|LLM)[^\n]{0,12}?(?:학습|훈련|활용|이용)"
    r"[^\n]{0,20}?(?:금지|불가|거부)"
    r"|(?i:text\s+and\s+data\s+mining|\bTDM\b)[^\n]{0,40}?(?i:reserv|prohibit|금지|불가)"
    r"|텍스트\s*(?:및|와)\s*데이터\s*마이닝[^\n]{0,30}?(?:금지|불가|유보)"
)
_CC_URL = re.compile(r"(?i)creativecommons\.org/(?:licenses|publicdomain)/([a-z-]+)")
# The code ends where Latin letters and digits do: a Korean particle may follow it (CC BY-NC로).
_CC_MARK = re.compile(r"(?i)(?<![A-Za-z0-9])CC[ -]?(BY(?:[ -](?:NC|ND|SA)){0,2}|0)(?![A-Za-z0-9])")
_KOGL = re.compile(r"(?i)(?:공공누리|KOGL)\s*(?:제\s*)?(?:type\s*)?([1-4])\s*(?:유형)?")
_KO_CC = re.compile(r"저작자\s*표시((?:\s*-\s*(?:비영리|변경\s*금지|동일\s*조건\s*변경\s*허락))*)")
_RESERVED_TEXT = re.compile(
    r"(?i)all\s+rights\s+reserved|무단\s*(?:전재|복제|배포)|재배포\s*금지"
    r"|저작권자\s*(?:[©ⓒ]|\(c\))|[©ⓒ]|copyright\s*(?:[©ⓒ]|\(c\)|\d{4})"
)
_RESTRICTED_META = re.compile(
    r"(?i)(?:^|[^a-z])(?:nc|nd)(?:[^a-z]|$)|non-?commercial|no-?deriv|kogl[-_ ]?type[-_ ]?[234]"
    r"|공공누리\s*제?\s*[234]\s*유형|비영리|변경\s*금지"
)
_OPEN_META = re.compile(
    r"(?i)cc0|public[-_ ]?domain|^pd$|cc[-_ ]?by|creative\s*commons|kogl[-_ ]?type[-_ ]?1"
    r"|공공누리\s*제?\s*1\s*유형|^(?:mit|apache|bsd|gpl|lgpl|agpl|gfdl|mpl|odbl|odc)|저작자\s*표시"
)
_RESERVED_META = re.compile(
    r"(?i)all[-_ ]?rights[-_ ]?reserved|^arr$|proprietary|copyright|무단|저작권자|[©ⓒ]"
)
_TDM_META = re.compile(r"(?i)tdm|no[-_ ]?ai|ai[-_ ]?(?:training|학습)[-_ ]?(?:금지|prohibited)")


def _cc_class(code: str) -> str:
    code = code.upper()
    return "restricted" if "NC" in code or "ND" in code else "open"


def licence_from_metadata(value: str | None) -> str | None:
    """The class a ``source.license`` string names; None when there is none, ``unknown``
    when it names nothing we recognise."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    for pattern, licence_class in (
        (_TDM_META, "tdm_reserved"),
        (_RESTRICTED_META, "restricted"),
        (_OPEN_META, "open"),
        (_RESERVED_META, "all_rights_reserved"),
    ):
        if pattern.search(value):
            return licence_class
    return "unknown"


def licence_marks_in_text(text: str) -> tuple[bool, str | None, bool]:
    """(a TDM reservation, the class of a licence mark (CC, KOGL), a reservation notice)."""
    tdm = _TDM_TEXT.search(text) is not None
    mark = None
    for pattern in (_CC_URL, _CC_MARK):
        found = pattern.search(text)
        if found:
            code = found.group(1)
            mark = "open" if code.lower() in ("zero", "0", "mark") else _cc_class(code)
            break
    if mark is None and (found := _KOGL.search(text)):
        mark = "open" if found.group(1) == "1" else "restricted"
    if mark is None and (found := _KO_CC.search(text)):
        suffix = found.group(1)
        mark = (
            "restricted"
            if "비영리" in suffix or "변경" in suffix and "동일" not in suffix
            else "open"
        )
    return tdm, mark, _RESERVED_TEXT.search(text) is not None


def licence_class(metadata: str | None, text: str) -> tuple[str, str]:
    """(class, where it came from: ``metadata``, ``text`` or ``none``).

    An explicit reservation against AI training in the text wins over everything (it is the
    rights holder's statement about exactly this use); then the metadata, when it names a
    class; then a licence mark in the text; then a reservation notice (ⓒ, 무단 전재…).
    """
    tdm, mark, reserved = licence_marks_in_text(text)
    if tdm:
        return "tdm_reserved", "text"
    from_metadata = licence_from_metadata(metadata)
    if from_metadata not in (None, "unknown"):
        return from_metadata, "metadata"
    if mark:
        return mark, "text"
    if reserved:
        return "all_rights_reserved", "text"
    return "unknown", "metadata" if from_metadata else "none"


_NOTICE_LINE = re.compile(
    r"(?i)all\s+rights\s+reserved|무단\s*(?:전재|복제|배포|수집)|재배포\s*금지"
    r"|저작권자\s*(?:[©ⓒ]|\(c\)|[:：])|^\W*(?:[©ⓒ]|copyright\s*(?:[©ⓒ]|\(c\)|\d{4}|by\b))"
    r"|[©ⓒ]\s*\d{4}|(?:AI|인공\s*지능)\s*(?:학습|활용)[^\n]{0,20}금지"
)
_REPORTER_TITLE = r"(?:기자|특파원|통신원|객원기자|인턴기자|선임기자|논설위원)"
_REPORTER_LINE = re.compile(
    rf"^\W*[가-힣]{{2,4}}\s*{_REPORTER_TITLE}\s*[(\[<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)\]>]?\W*$"
    rf"|^\W*[가-힣]{{2,4}}\s*{_REPORTER_TITLE}\s*(?:[|ㅣ]|입력|수정|승인|기사\s*입력)"
)
_BYLINE = re.compile(
    rf"^\s*[\[(（【][^\])）】\n]{{1,30}}[=＝][^\])）】\n]{{1,30}}[\])）】]\s*[가-힣]{{2,4}}\s*"
    rf"{_REPORTER_TITLE}\s*=?\s*"
)


@dataclass(frozen=True)
class LineEdit:
    """A removed line (or, for ``byline_prefix``, the byline at its start): 0-based index in
    the text the stage saw, characters removed."""

    rule: str
    line: int
    chars: int


def strip_notices(text: str, max_chars: int) -> tuple[str, tuple[LineEdit, ...]]:
    """Remove copyright footers, reporter e-mail/byline lines and the byline prefix of a
    first paragraph ([서울=연합] 홍길동 기자 = …); lines over ``max_chars`` are prose."""
    lines = text.split("\n")
    kept, edits = [], []
    for number, line in enumerate(lines):
        if line.strip() and len(line) <= max_chars:
            rule = (
                REPORTER_RULE
                if _REPORTER_LINE.search(line)
                else NOTICE_RULE
                if _NOTICE_LINE.search(line)
                else None
            )
            byline = _BYLINE.match(line)
            if rule is None and byline and byline.end() == len(line):
                rule = BYLINE_RULE
            if rule:
                edits.append(LineEdit(rule, number, len(line)))
                continue
        byline = _BYLINE.match(line)
        if byline and byline.end() < len(line):
            edits.append(LineEdit(BYLINE_PREFIX_RULE, number, byline.end()))
            line = line[byline.end() :]
        kept.append(line)
    return ("\n".join(kept), tuple(edits)) if edits else (text, ())


@dataclass(frozen=True)
class CopyrightVerdict:
    licence_class: str
    source: str
    action: str
    optout_rule: str | None
    text: str
    edits: tuple[LineEdit, ...]

    @property
    def license_decision(self) -> str:
        """``action:class:source`` as provenance records it, such as
        ``strip:all_rights_reserved:text``."""
        return f"{self.action}:{self.licence_class}:{self.source}"


def assess(
    text: str,
    url: str | None,
    domain: str | None,
    licence: str | None,
    settings: CopyrightSettings,
    optout: Sequence[OptOutRule],
) -> CopyrightVerdict:
    """Every decision for one document (``optout``: the rules ``load_optout`` read at
    launch); the text changes only under ``strip``."""
    rule = match_optout(optout, url, domain)
    found, source = licence_class(licence, text)
    action = settings.policy.action_for(found)
    stripped, edits = (
        strip_notices(text, settings.max_notice_chars)
        if action == "strip" and rule is None
        else (text, ())
    )
    return CopyrightVerdict(found, source, action, rule.text if rule else None, stripped, edits)
