"""Where a candidate's clause starts and ends, so that a context word counts only where it
can describe the candidate.

A context word says what the number next to it is only inside the same sentence or clause:
not across a full stop (계좌 없음. 코드 3333011234567), not past another label (은행
상품코드 3333011234567), and not when it is the label of the next value (3333011234567
계좌번호: 110-…). A line break ends a clause, except after a label line (a short line
without digits, or one ending in a colon: 계좌번호⏎110-123-456789). In a table (cells split
by ``|`` or tabs) a cell's column header labels it too (계좌번호 over 014820-02-365719).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# Numbers after these words are catalogue, order, document or product numbers.
NOT_PERSONAL = (
    "주문번호",
    "주문 번호",
    "주문id",
    "주문 id",
    "order id",
    "송장",
    "운송장",
    "일련번호",
    "시리얼",
    "serial",
    "바코드",
    "barcode",
    "isbn",
    "issn",
    "sku",
    "모델",
    "model",
    "품번",
    "상품번호",
    "제품번호",
    "상품코드",
    "제품코드",
    "참조번호",
    "코드",
    "사건번호",
    "의안번호",
    "법인등록번호",
    "법인번호",
    "고유번호",
    "접수번호",
    "예약번호",
    "승인번호",
    "인증번호",
    "문서번호",
    "특허",
    "출원번호",
    "우편번호",
    "버전",
    "version",
    "ver.",
    "쿠폰",
    "상품권",
    "핀번호",
    "pin",
    "기프트",
    "gift",
)
# Labels containing a negative word that still introduce a phone number, and a word holding
# one (디스코드, Discord, holds 코드).
NOT_NEGATIVE = ("국가코드", "국가 코드", "지역코드", "지역 코드", "디스코드")

_REACH = 80
# A sentence end: ! ? 。 anywhere, a full stop after a Hangul syllable, a closing bracket or
# quote (not 010.1234, Tel. or ver.); a field separator: ; | or a slash between spaces.
_STOP = r"(?<=[가-힣)\]\"'’”])\.(?=\s|$)|[!?。！？](?=\s|$)|[;|]|\s/\s"
_BEFORE = re.compile(_STOP)
# After the candidate a comma also ends the clause (…567, 예금주 홍길동).
_AFTER = re.compile(rf"{_STOP}|,|\n")
# The token right before the next value: a label that belongs to that value.
_NEXT_LABEL = re.compile(r"\S+[ \u00a0]*(?=[+(]?\d)")


def sentence_start(text: str, start: int) -> int:
    """Where the sentence (or field) holding ``start`` begins on its line."""
    line = text.rfind("\n", 0, start) + 1
    return max((stop.end() for stop in _BEFORE.finditer(text, line, start)), default=line)


def _label_line(line: str) -> bool:
    line = line.strip()
    return line.endswith((":", "：")) or (len(line) <= 20 and not any(c.isdigit() for c in line))


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` around the candidate ``[start, end)`` whose words may be its
    context: from the last sentence end, field separator, line break or foreign label before
    it to the first sentence end, comma, line break or next value's label after it."""
    reach = max(0, start - _REACH)
    window = text[reach:start]
    lo = max((reach + stop.end() for stop in _BEFORE.finditer(window)), default=0)
    lowered = window.lower()
    if any(word in lowered for word in NOT_PERSONAL):
        for masked in NOT_NEGATIVE:
            lowered = lowered.replace(masked, " " * len(masked))
        labels = (lowered.rfind(word) + len(word) for word in NOT_PERSONAL if word in lowered)
        lo = max(lo, reach + max(labels, default=0))
    newline = text.rfind("\n", max(lo, reach), start)
    while newline >= 0 and _label_line(text[text.rfind("\n", 0, newline) + 1 : newline]):
        newline = text.rfind("\n", max(lo, reach), newline)
    if newline >= 0:
        lo = newline + 1
    reach = min(len(text), end + _REACH)
    stop = _AFTER.search(text, end, reach)
    hi = stop.start() if stop else len(text)
    label = _NEXT_LABEL.search(text, end, hi if stop else reach)
    return lo, label.start() if label else hi


# A CSV field: quoted (its commas are the value's: "TANAKA, HARUTO"), or up to the next comma.
_CSV_FIELD_RE = re.compile(r'[ ]*"(?P<quoted>(?:[^"]|"")*)"[ ]*(?=,|$)|[^,]*')


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table line, inside a CSV field's quotes."""
    if delimiter != "," or '"' not in line:
        spans, offset = [], 0
        for cell in line.split(delimiter):
            spans.append((offset, offset + len(cell)))
            offset += len(cell) + len(delimiter)
        return spans
    spans, offset = [], 0
    while offset <= len(line):
        field = _CSV_FIELD_RE.match(line, offset)
        spans.append(field.span("quoted") if field["quoted"] is not None else field.span())
        offset = field.end() + 1
    return spans


def _delimiter(line: str) -> str | None:
    """How a table's line splits into cells: ``|`` or tabs, or, in a CSV export or a
    slash-separated list, two commas or two ``" / "`` or more."""
    if "|" in line:
        return "|"
    if "\t" in line:
        return "\t"
    if line.count(",") >= 2:
        return ","
    if line.count(" / ") >= 2:
        return " / "
    return None


@functools.lru_cache(maxsize=8)
def table_cells(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, header) of every cell below the first row of each table: runs of lines
    split by ``|`` or tabs, or by commas or slashes into as many cells as the first line
    (a CSV export's rows under its header line), the first line of a run being its header
    row. Kept for the few texts in hand: every recognizer of a record asks."""
    return tuple(_table_cells(text))


def _table_cells(text: str) -> Iterator[tuple[int, int, str]]:
    if "|" not in text and "\t" not in text and "," not in text and " / " not in text:
        return
    header: list[str] | None = None
    split = None
    position = 0
    for line in text.split("\n"):
        delimiter = _delimiter(line)
        cells = _cells(line, delimiter) if delimiter else []
        loose = delimiter in (",", " / ")
        if delimiter != split or header is not None and loose and len(cells) != len(header):
            header = None
        if delimiter is not None and header is None:
            header = [line[lo:hi].strip() for lo, hi in cells]
        elif delimiter is not None:
            for index, (lo, hi) in enumerate(cells[: len(header)]):
                yield position + lo, position + hi, header[index]
        split = delimiter
        position += len(line) + 1


def column_header(text: str, start: int) -> str | None:
    """The header of the table cell holding ``start``, if it is in one below a header."""
    return next((h for lo, hi, h in table_cells(text) if lo <= start < hi), None)


_ROW_DELIMITERS = ("|", "\t", " / ")


def row_mates(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The same field of the other rows of a list whose row holds ``start``: the lines next to
    it split by the same delimiter (``|``, a tab or `` / ``) into as many fields, each field
    stripped (a list whose first row labels its value inline: ``1. WANG FANG / 여권
    EA4827193`` then ``2. LIU YANG / E58201947``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    delimiter = next((d for d in _ROW_DELIMITERS if d in line), None)
    if delimiter is None:
        return
    cells = _cells(line, delimiter)
    index = next((i for i, (lo, hi) in enumerate(cells) if lo <= start - line_start <= hi), None)
    if index is None:
        return
    lines = text.split("\n")
    row = text.count("\n", 0, line_start)
    offsets = [0]
    for each in lines[:-1]:
        offsets.append(offsets[-1] + len(each) + 1)
    for step in (-1, 1):
        other = row + step
        while 0 <= other < len(lines) and delimiter in lines[other]:
            other_cells = _cells(lines[other], delimiter)
            if len(other_cells) != len(cells):
                break
            lo, hi = other_cells[index]
            field = lines[other][lo:hi]
            lo += len(field) - len(field.lstrip())
            hi -= len(field) - len(field.rstrip())
            if lo < hi:
                yield offsets[other] + lo, offsets[other] + hi
            other += step


# What the words right before a value say about it without a context word: a bank's short
# name (하나 630-910274-88305, 우리 1002-…: 하나 and 우리 are also "one" and "we", so only
# right before the number; not the banks named after regions, 부산 or 전북, which are
# places first), or the account line of a wedding or funeral notice (on the line
# of the number or the one above it).
_IMPLIED_BEFORE = (
    (
        re.compile(
            r"(?:^|[\s(/:,])(?:KB|국민|신한|우리|하나|농협|기업|IBK|SC제일|씨티|카카오|"
            r"토스|케이|우체국|새마을|신협|수협|산업)[ ]*$"
        ),
        "은행",
    ),
    (
        re.compile(
            r"(?:마음|축의금|조의금|부의금)[을를 ]*(?:전하실|보내실|전해 주실)[ ]*(?:곳|분)"
        ),
        "계좌",
    ),
)


def implied_context(text: str, start: int) -> list[str]:
    """Context words a value at ``start`` has by its place: its table column's header, a
    bank's short name right before it, a notice's account line."""
    line_start = text.rfind("\n", 0, start)
    recent = text[text.rfind("\n", 0, max(line_start, 0)) + 1 : start]  # this line, the one above
    words = [word for pattern, word in _IMPLIED_BEFORE if pattern.search(recent)]
    header = column_header(text, start)
    heading = list_heading(text, start)
    asked = asking_line(text, start)
    return [*words, *(h.lower() for h in (header, heading, asked) if h)]


# A chat message's opening: its speaker (after a time, if any) and a colon.
_MESSAGE_OPENING_RE = re.compile(r"[^\n]{1,48}?[:：][ ]*(?:Sent:[ ]*)?")


# A message that asks for something: a question, or a request (보내줘, 알려 주세요, send).
_REQUEST_RE = re.compile(r"\?|주세요|주실|줘|알려|보내|불러|(?i:please|send|share)")


def asking_line(text: str, start: int) -> str | None:
    """The message a value answers, when the value opens a chat message and the line before
    asks for something (간호사: 여권번호 다시 불러주실 수 있을까요? ⏎ 통역사: C4829173 입니다):
    that line, whose words are the value's context; None elsewhere (a form's next field)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _MESSAGE_OPENING_RE.fullmatch(text, line_start, start):
        return None
    previous = text.rfind("\n", 0, line_start - 1) + 1
    line = text[previous : line_start - 1]
    return line if _REQUEST_RE.search(line) else None


# A list's item: a marker (1., 1), -, •) or a number and a space, or a row of fields split by
# slashes (김태식 / M41827705 / 만료 2029.03).
_LIST_ITEM_RE = re.compile(
    r"[ \t]*(?:\d{1,3}[.)]|[-•*·▶■□○●])[ \t]|[ \t]*\d{1,2}[ ](?=[^\d\s])"
    r"|[^\n/]+/[^\n/]+/(?![^\n]*[:：][ \t]*$)"
)


def list_heading(text: str, start: int, reach: int = 12) -> str | None:
    """The heading of the list whose item holds ``start`` (여권 정보 (영문 이름 / 여권번호):
    above 1. KIM MINJI / M71204586): the nearest line above the item's that is no item,
    within ``reach`` lines; None outside a list."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_ITEM_RE.match(text, line_start):
        return None
    for _ in range(reach):
        if line_start == 0:
            return None
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        if line.strip() and not _LIST_ITEM_RE.match(line):
            return line
        line_start = previous
    return None
