"""Credits: e-mail addresses printed with a name to credit a published work's author,
maintainer, translator or contributor (a man page's AUTHOR or HISTORY section, a copyright
line, a Debian sign-off, a PO header, "thanks to" in release notes, a news byline).

Under ``pii.person: contact`` a name beside its own e-mail is a private person's contact
data, except here: a credit is the person's own public attribution of their work, the same
kind of text as an author printed on a book. The address is still replaced as an e-mail; it
just does not make the name beside it, or the record, contact data. An address anywhere else
(a mail header, a signature, a roster, a form) still does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where a line's text starts: past indentation, a comment or quote mark (PO files quote their
# header and comment its credits), a list bullet or a Markdown heading's hashes.
# A line's start, with its markup or a section's number (16.1. 저자, 3) AUTHORS).
_START = r"^[ \t#\"*>=\-]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+)?"
# A line that credits by itself: copyright, sign-offs and trailers, "… by" credits, bylines.
_CREDIT_LINE_RE = re.compile(
    r"(?i)copyright|\(c\)[ ]*(?:\d{4}|[a-z가-힣])|[©ⓒ][ ]*(?:\d{4}|[a-z가-힣])"
    r"|^[ \t]*--[ ]+\S.*>[ \t,]+\S"  # Debian changelog and README sign-off: -- Name <a>  date
    r"|^[ \t]*#.*>,[ ]*\d{4}"  # a PO file's translator line: # Name <a>, 2021.
    + r"|"
    + _START
    + r"(?:signed-off|co-authored|reviewed|acked|reported|tested|suggested)-by[ ]*:"
    + r"|"
    + _START
    + r"(?:last-translator|translator[-_]credits|language-team|report-msgid-bugs-to|maintainer"
    r"|uploaders?"
    r"|upstream-contact|authors?|translators?|contributors?|credits|packager"
    r"|(?:author[ ]+)?editors?"  # a help page's credits (GNOME's Mallard: author editor: …)
    r"|원저자|저자|지은이|만든이|옮긴이|역자|번역자?|번역가|기여자|개발자)[ ]*:"
    r"|\b(?:written|translated|maintained|contributed|packaged|created|developed|ported"
    r"|uploaded|debianized|debianised)\b[^\n<@]{0,30}?\bby\b|\bthanks to\b"
    r"|(?:초기|원|최초)[ ]?작성자[ ]*:|원작자[ ]*:"
    # Korean "written by": the credited address, then its particle and the work's verb
    r"|@[^\s>)]+[>)]?[ ]?(?:님이|님께서|이|가|께서)[ ]"
    # …then the work's verb in the same clause (a man page's HISTORY: <a>가 제공한 버그 수정
    # 코드를 …가 적용함; <a>이 man-db를 개발하고 관리함); not a quoted reply's "님이 작성:".
    r"[^\n.:!?]{0,40}?(?:(?:작성|개발|만들|번역|관리|적용|기여)[가-힣]"
    r"|제공한[ ]?(?:버그|패치|코드|수정))"
    r"|(?:기자|특파원|논설위원|객원기자|편집위원)(?=[ ]*[(<\[]?[ ]*[\w.+-]+@)"
    # a name's role in a credit, in brackets: — Jiwoo Baek (maintainer), jiwoo@…
    r"|\((?i:maintainer|co-?maintainer|author|co-?author|translator|packager|contributor)\)",
    re.MULTILINE,
)
# A line that heads a credits section (a man page's AUTHOR, 저작자; THANKS in a manual; the
# translator-credits message of a PO file). Not 이력 or 유지보수: a résumé's career and a
# maintenance notice list private people under them.
_CREDIT_HEADER_RE = re.compile(
    r"(?i)(?:"
    + _START
    + r"(?:authors?|author and maintainers?|maintainers?|contributors?|credits|thanks"
    r"|history|maintenance"
    r"|translators?|translations?|저작자|저자|원저자|지은이|만든 ?사람들?|만든이|옮긴이|번역자?"
    r"|번역가|기여자|개발자|개발진|감사의 글|고마운 분들)[ \t]*:?"
    r'|^msgid "translator[-_]credits")[ \t]*$',
    re.MULTILINE,
)
# What ends a credits section: a blank line, then a heading of another kind (버그, SEE ALSO,
# ## 설치): a short line of letters and spaces, in capitals when Latin. Lines listing people
# (`최서현 - 버그 보고`, `Oh Seungjae`) and credit sub-headings (주 개발자, 기여자) do not.
_HEADING_RE = re.compile(
    r"\n[ \t]*\n(?:[ \t#=]*(?P<heading>[A-Z][A-Z ]{1,24}|[가-힣]+(?: [가-힣]+){0,2})[ \t]*(?:\n|$)"
    r"|msgid )"  # or a PO file's next message
    # or a numbered section's heading, blank line or not (16.2. 피드백, 16장. FAQ 일반 정보; a
    # numbered credits heading opens a section of its own)
    r"|\n[ \t]*(?=\d{1,3}(?:\.\d{1,3})*(?:[.)]|장\.?)[ \t]+[^\n]{1,30}(?:\n|$))"
)
_CREDIT_WORD_RE = re.compile(
    r"(?i)author|maintainer|contributor|credit|thank|translat|개발|기여|저자|작성|번역|만든|관리|감사"
)
SECTION_CHARS = 1200
# A name billed for its show, record, book or exhibition (유재석 씨 팬미팅, 나훈아 콘서트,
# 김영하 신작 북토크), or announced as an event's speaker or guest, is a public figure's,
# even in a ticket resale post that holds the seller's account number.
_BILLED_RE = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})(?:[ ]?(?:씨|님))?"
    # a public title between (안철수 국회의원 의정보고회, 이국종 교수 초청 강연)
    r"(?:[ ]?(?:국회의원|의원|교수|강사|작가|시인|소설가|감독|선수|박사|시장|구청장|장관))?"
    r"(?:의)?[ ]?(?:단독[ ]?|첫[ ]?|초청[ ]?)?"
    r"(?:콘서트|팬미팅|팬사인회|사인회|북토크|북콘서트|신곡|정규[ ]?앨범|앨범|신작|내한[ ]?공연"
    r"|전국[ ]?투어|월드[ ]?투어|주연작|출연작|디너쇼|리사이틀|독주회|개인전|의정보고회"
    r"|초청[ ]?강연|강연회|특강|출판[ ]?기념회)"
    # or announced as an event's speaker, guest or author (강연자: 김영하 작가; 작가: 김애란
    # in a book talk's list: the text holds a billing word, see ``billed``)
    r"|(?:강연자?|특강|초청[ ]?연사|연사|출연진?|게스트|특별[ ]?출연|작가|저자|강사"
    # a show's or podcast episode's hosts and makers (진행: 곽도희, 심재원; 편집: 류하늘)
    r"|진행자?|사회자?|MC|편집|연출|제작|촬영|구성|작곡|작사|편곡|프로듀서|PD)"
    r"[ ]*[:：][ ]*(?:[가-힣]{2,6}[ ](?=[가-힣]{2,4}(?![가-힣])))??"
    r"(?P<guest>[가-힣]{2,4})(?![가-힣])(?:,[ ]?(?P<cohost>[가-힣]{2,4})(?![가-힣]))?"
)


# The cheap test first: one of these words must stand in the text.
_BILLING_RE = re.compile(
    "콘서트|팬미팅|사인회|북토크|신곡|앨범|신작|공연|투어|주연작|출연|디너쇼|리사이틀|독주회"
    "|개인전|강연|연사|게스트|의정보고회|특강|기념회"
)


def billed(text: str) -> frozenset[str]:
    """Names billed for a performance, record, book or exhibition anywhere in ``text``."""
    if _BILLING_RE.search(text) is None:
        return frozenset()
    return frozenset(
        name
        for match in _BILLED_RE.finditer(text)
        for name in (match["name"] or match["guest"], match["cohost"])
        if name
    )


def _field(text: str, position: int) -> str:
    """The line holding ``position``, with the lines before it when it continues them: a
    folded field (Debian's ``Copyright:``, an e-mail header) goes on in indented lines."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    while start > 0 and text[start : start + 1] in (" ", "\t"):
        start = text.rfind("\n", 0, start - 1) + 1
    return text[start : len(text) if end < 0 else end]


def sections(text: str) -> list[tuple[int, int]]:
    """Spans of credits sections: from a credits heading to the next heading of another
    kind, at most ``SECTION_CHARS`` on. A name inside one is credited, cue or not (장우빈 님께
    감사드립니다 under 고마운 분들)."""
    spans = []
    for header in _CREDIT_HEADER_RE.finditer(text):
        limit = min(len(text), header.end() + SECTION_CHARS)
        end = limit
        for heading in _HEADING_RE.finditer(text, header.end(), limit):
            if heading["heading"] is None or not _CREDIT_WORD_RE.search(heading["heading"]):
                end = heading.start()
                break
        spans.append((header.start(), end))
    return spans


def credited(
    text: str, addresses: list[tuple[int, int]], within: list[tuple[int, int]] | None = None
) -> set[tuple[int, int]]:
    """The ``addresses`` (e-mail spans of ``text``) that stand in a credit: on a crediting
    line, or inside a credits section (``within``: the text's ``sections``, found when None)."""
    if not addresses:
        return set()
    within = sections(text) if within is None else within
    found = set()
    for start, end in addresses:
        if _CREDIT_LINE_RE.search(_field(text, start)) or any(
            a <= start and end <= b for a, b in within
        ):
            found.add((start, end))
    return found


@dataclass(frozen=True)
class Credits:
    """Where a text credits people: the addresses that stand in a credit, and its credits
    sections."""

    addresses: frozenset[tuple[int, int]] = frozenset()
    sections: tuple[tuple[int, int], ...] = ()

    def holds(self, start: int, end: int) -> bool:
        """The span lies inside a credits section."""
        return any(a <= start and end <= b for a, b in self.sections)


NO_CREDITS = Credits()


def find_credits(text: str, addresses: list[tuple[int, int]], names: bool = False) -> Credits:
    """The credits of ``text`` for its e-mail spans ``addresses``; the sections are looked for
    only where they matter: an address, or ``names`` (a name was found)."""
    if not addresses and not names:
        return NO_CREDITS
    within = sections(text)
    return Credits(frozenset(credited(text, addresses, within)), tuple(within))
