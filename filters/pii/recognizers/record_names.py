"""Names in a record that holds a contact value: ``pii.person: contact`` makes every private
person's name there personal data, wherever it stands, so names are looked for beyond the
labels and cues ``KoPersonRecognizer`` needs (rosters, chat speakers, wedding and funeral
notices, bookings, names beside their own account or e-mail)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Collection
from typing import Any

from presidio_analyzer import RecognizerResult

from filters.pii.clause import table_cells
from filters.pii.recognizers.person import (
    BANK_ENDINGS,
    BANKS,
    BANKS_TEXT,
    CONTACT_KEY,
    DERIVED_TAGS,
    KIN_GLUED,
    LABEL_WORDS,
    LATIN_NOT_NAME_WORDS,
    NOT_PERSON_WORDS,
    ORGANISATION_ENDINGS,
    ROLE_ENDINGS,
    ROLE_LIKE_GIVEN_NAMES,
    SURNAMES_1,
    SURNAMES_2,
    TITLES,
    VALUE_LABELS,
    KoPersonRecognizer,
    field_label,
    in_narration,
    is_hangul,
    latin_person,
    name_column,
    plausible_name,
    role_label,
)

# Polite verb endings no name has.
_VERB_ENDINGS = ("세요", "니다", "해요", "어요", "아요")


def _name_shaped(name: str) -> bool:
    """A surname and a given name of one or two syllables (황보진, 박지안), not a role noun."""
    surname = 2 if name[:2] in SURNAMES_2 else 1 if name[:1] in SURNAMES_1 else 0
    return (
        surname > 0
        and 1 <= len(name) - surname <= 2
        and (not name.endswith(ROLE_ENDINGS) or name[-2:] in ROLE_LIKE_GIVEN_NAMES)
        and not name.endswith(_VERB_ENDINGS)
        and all(is_hangul(c) for c in name)
    )


def names_in_contact_record(
    text: str,
    analysis: Any,
    values: list[tuple[int, int]],
    people: list[tuple[int, int]] = (),
) -> list[RecognizerResult]:
    """Names of a record that holds contact values (``values``: their spans), which
    ``pii.person: contact`` makes personal data wherever they stand there: beside a value
    (``_names_beside``), Hangul and Latin-script names where names stand in contact data
    though no label says so (rosters, chat speakers, wedding and funeral notices, bookings),
    and the same name in the other script in brackets beside one found (``people``):
    PATEL RAHUL (라훌 파텔), 조다니엘 (Daniel Cho)."""
    spans = _names_beside(text, analysis, values)
    spans.update(_hangul_names_in_record(text, analysis, values))
    spans.update(_latin_names_in_record(text, values))
    spans.update(_given_names_in_record(text, analysis))
    spans.update(_foreign_names_in_record(text, values))
    spans.update(_table_names(text))
    spans.update(_logged_names(text))
    spans.update(_han_names(text))
    spans.update(_transliterations(text, [*spans, *people]))
    spans.update(_listed_with(text, [*spans, *people]))
    spans.update(_column_mates(text, [*spans, *people]))
    spans.update(_named_again(text, [*spans, *people]))
    spans -= _organisation_cells(text)
    return [_contact_person(start, end) for start, end in sorted(_called(text, spans))]


# Table headers of a column of organisations: a name-shaped cell there is a school's or a
# company's (| 소속 | 한빛고 |).
_ORGANISATION_HEADERS = frozenset(
    ("소속", "학교", "학교명", "회사", "회사명", "부서", "직장", "기관", "단체", "학과", "업체")
)


def _organisation_cells(text: str) -> set[tuple[int, int]]:
    """Spans of the cells under an organisation's header, stripped of their padding."""
    cells = set()
    if "|" in text or "\t" in text or "," in text:
        for start, end, header in table_cells(text):
            if header.strip() in _ORGANISATION_HEADERS:
                cell = text[start:end]
                stripped = cell.strip(" \u00a0")
                first = start + cell.find(stripped) if stripped else start
                cells.add((first, first + len(stripped)))
    return cells


def _called(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """A given name called with 아/야/이 (하린아, 서윤이) read as a full name of three
    syllables is the given name, where the record names it alone too (서윤; 하린, which
    ``_named_again`` finds for 오하린)."""
    given = {text[s:e] for s, e in spans if e - s == 2}
    return {
        (s, e - 1)
        if e - s == 3 and text[e - 1] in "아야이" and text[s : e - 1] in given
        else (s, e)
        for s, e in spans
    }


def _column_mates(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other names of a table's column in which a name was found under a person's
    header (| 분양자 |, | 이용자 |), or two under any header: each cell holding one name of
    either script."""
    cells: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, header in table_cells(text):
        match = _CELL_NAME_RE.fullmatch(text, start, end)
        if match is not None and not field_label(match["name"]):
            cells.setdefault(header, []).append((*match.span("name"), match["name"]))
    found = set(people)
    spans = []
    for header, column in cells.items():
        named = sum((start, end) in found for start, end, _ in column)
        if named < 2 and not (named and _names_a_person(header.replace(" ", ""))):
            continue  # one name in a column of affiliations may be a company's
        for start, end, name in column:
            if (start, end) not in found and _cell_name(name) and not _common_noun(name):
                spans.append((start, end))
    return spans


def _common_noun(name: str) -> bool:
    """A Korean word Kiwi knows as a common noun, which only a names column's header makes
    a name; not a foreign name in Hangul."""
    return not name[0].isascii() and not _foreign_run(name) and _word_kind(name) == "noun"


def _cell_name(name: str) -> bool:
    """A table cell's text as a person's name: a Latin run, a Korean name or a foreign name
    in Hangul (LIU HAORAN, 류하오란, 라힘 우딘)."""
    if name[0].isascii():
        return latin_person(name)
    return plausible_name(name) or _foreign_run(name)


def _named_again(text: str, people: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Every other mention of a name found in the record, which the policy makes personal
    data like the first (상주 석민규 … 석민규 계좌): the same Latin run, the same Hangul name
    with nothing or one of its tails after it, and a full name's given name where it is
    addressed (곽은지 … 힘내세요 은지야)."""
    found: set[tuple[int, int]] = set()
    for name in {text[start:end] for start, end in people}:
        if len(name) < 2:
            continue
        if name[0].isascii():
            found.update(
                (start, end)
                for start, end in _occurrences(text, name)
                if not _ascii_alnum(text[start - 1 : start])
                and not _ascii_alnum(text[end : end + 1])
            )
            continue
        found.update(_hangul_mentions(text, name, _AGAIN_TAILS, alone=True))
        if len(name) == 3 and name[0] in SURNAMES_1:
            found.update(_hangul_mentions(text, name[1:], _ADDRESSED_TAILS, alone=False))
    return found


def _ascii_alnum(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    spans = []
    start = text.find(word)
    while start >= 0:
        spans.append((start, start + len(word)))
        start = text.find(word, start + 1)
    return spans


def _hangul_mentions(
    text: str, word: str, tails: Collection[str], alone: bool
) -> list[tuple[int, int]]:
    """``word`` before one of ``tails`` (or standing ``alone``), never inside another word:
    a given name alone is a common word as often (보람 있는 거래)."""
    spans = []
    for start, end in _occurrences(text, word):
        if start and "가" <= text[start - 1] <= "힣":
            continue
        tail = _WORD_RE.match(text, end)
        if alone and tail is None or tail is not None and tail.group() in tails:
            spans.append((start, end))
    return spans


# Latin-script names in a record that holds contact values: passengers, guests, senders,
# foreign workers (LEE SOOAH, Sophie Martin, PARK/SEOYEON, NGUYEN VAN MINH), with the accents
# of Vietnamese, Polish, Turkish, German… names (Lê Thị Hương, Vũ Minh Châu, MÜLLER):
# Latin-1, Latin Extended-A/B and Latin Extended Additional.
_LOWER = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff"
_LATIN_TOKEN = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[-'][{_UPPER}{_LOWER}][{_LOWER}]+)?"
    rf"|[{_UPPER}]'[{_UPPER}][{_LOWER}]+"  # O'Brien, D'Souza
    rf"|[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?)"
)
_LATIN_RUN_RE = re.compile(
    rf"(?<![A-Za-z0-9@._\-/]){_LATIN_TOKEN}(?:(?:[ ]|/){_LATIN_TOKEN}){{1,3}}(?![A-Za-z0-9@_\-])"
)
_LIST_JOINT_RE = re.compile(r"[ ]?[·,、/][ ]?")
_JOINT_BEFORE_RE = re.compile(r"(?<![가-힣])(?P<core>[가-힣]{2,5})[ ]?[·,、/][ ]?$")
_LATIN_BEFORE_JOINT_RE = re.compile(
    rf"(?<![A-Za-z0-9@._\-/])(?P<core>{_LATIN_TOKEN}(?:[ ]{_LATIN_TOKEN}){{1,3}})[ ]?[·,、/][ ]?$"
)


def _listed_with(text: str, people: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names listed with a found one, either side, joined by a middle dot, a comma or a
    slash (신랑측 송병국·박미라, 동반자: 김현규, 이태식, 탑승: 길수아, 어민혁, Tran Van Duc): a
    word of a name's shape that Kiwi's dictionary does not know as a common noun, or, in a
    list that mixes scripts, a Latin run of a person's name (not ``Daniel Weber,
    Registration Chair``)."""
    found: set[tuple[int, int]] = set()
    todo = list(people)
    while todo:
        start, end = todo.pop()
        for span in (_listed_after(text, end), _listed_before(text, start)):
            if span is not None and span not in found:
                found.add(span)
                todo.append(span)
    return found


def _listed_after(text: str, end: int) -> tuple[int, int] | None:
    joint = _LIST_JOINT_RE.match(text, end)
    if joint is None:
        return None
    latin = _LATIN_RUN_RE.match(text, joint.end())
    if latin is not None:
        mixed = not text[end - 1].isascii()
        return latin.span() if mixed and latin_person(latin.group()) else None
    han = _HAN_ITEM_RE.match(text, joint.end())
    if han is not None:
        return han.span()
    name = _NAME_WORD_RE.match(text, joint.end())
    if name is None:
        return None
    return _list_item(text, name.start(), name["core"])


def _listed_before(text: str, start: int) -> tuple[int, int] | None:
    window = max(0, start - 40)
    latin = _LATIN_BEFORE_JOINT_RE.search(text, window, start)
    if latin is not None:
        mixed = not text[start].isascii()
        return latin.span("core") if mixed and latin_person(latin["core"]) else None
    name = _JOINT_BEFORE_RE.search(text, window, start)
    if name is None or _NAME_WORD_RE.fullmatch(name["core"]) is None:
        return None
    return _list_item(text, name.start("core"), name["core"])


# What ends a list's item: the list's end or next joint, a bracket, an honorific.
_ITEM_END_RE = re.compile(r"$|[\n·,、/)(]|[ ][(/·,]|[ ]?(?:님|씨)", re.MULTILINE)


def _list_item(text: str, start: int, core: str) -> tuple[int, int] | None:
    """A listed word as a name: a name's shape, not a common noun Kiwi knows nor one with a
    noun suffix (정기+권), and the whole item (not 정기권 of 정기권 30만원권, not a label:
    부길마:)."""
    end = start + len(core)
    if not plausible_name(core) or _word_kind(core) == "noun":
        return None
    if _suffixed_noun(core):
        return None
    return (start, end) if _ITEM_END_RE.match(text, end) else None


# Syllables that make a noun of a noun (정기권, 회원증, 이용료, 배정표).
_NOUN_SUFFIXES = frozenset("권증료표")


def _suffixed_noun(core: str) -> bool:
    """A known noun and a syllable that makes a noun of it (정기+권, 배정+표), not a name."""
    return core[-1] in _NOUN_SUFFIXES and _word_kind(core[:-1]) == "noun"


# A Latin name in a field or a cell, also SURNAME, Given (DELA CRUZ, Jomar Santos).
_LATIN_NAME = rf"[{_UPPER}][{_UPPER}{_LOWER}'\-]+(?:,?[ /][{_UPPER}][{_UPPER}{_LOWER}'\-]+){{1,3}}"
_HANGUL_NAME = r"[가-힣]{2,6}(?: [가-힣]{1,6}){0,3}|[가-힣](?: [가-힣]{1,6}){1,3}"
# A name in Chinese characters (王磊, 刘子涵), a Japanese one with its space (松本 拓也), and a
# name in katakana (マツモト タクヤ), the reading Japanese forms put beside it.
_HAN_NAME = r"[\u4e00-\u9fff]{1,2}[ ]?[\u4e00-\u9fff]{1,3}"
_KANA_NAME = r"[\u30a1-\u30fa\u30fc]+(?:[ ・][\u30a1-\u30fa\u30fc]+){0,2}"
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_KANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc]")
_OTHER_NAME = rf"{_LATIN_NAME}|{_HANGUL_NAME}|{_HAN_NAME}|{_KANA_NAME}"
_BRACKETED_AFTER_RE = re.compile(rf"[ ]?\((?P<name>{_OTHER_NAME})\)")
_BRACKETED_BEFORE_RE = re.compile(
    rf"(?<![가-힣A-Za-z\u4e00-\u9fff\u30a1-\u30fc])(?P<name>{_OTHER_NAME})[ ]?$"
)
# Chinese and Japanese labels for a person: name, booker, guest, contact, addressee…
_CJK_LABELS_TEXT = """
    姓名 氏名 名前 お名前 预订人 入住人 联系人 紧急联系人 申请人 担当 ご担当 担当者 宛名 同行者
    引率 领队 房东 旅客 乘客 收件人 寄件人 受取人 届け先 お届け先 代表者 保護者 监护人"""
_CJK_LABELS = "|".join(sorted(_CJK_LABELS_TEXT.split(), key=len, reverse=True))
# A name in Chinese characters after a person's label (성명: 王磊, 보증인: 王建国 (부),
# 预订人: 刘子涵, 姓名 Name: 陈晓雯, 氏名: 中村 真由美) or before a Japanese honorific
# (井上 由紀 様, 佐藤 遥さん).
_HAN_AFTER_LABEL_RE = re.compile(
    rf"(?P<label>[가-힣]+|{_CJK_LABELS})(?:[ ]?\([^()\n]{{1,12}}\))?(?:[ ][A-Za-z ]{{2,16}})?"
    rf"[ ]?[:：][ ]*(?P<name>{_HAN_NAME})(?![\u4e00-\u9fff\u3041-\u30fc])"
)
_HAN_ITEM_RE = re.compile(rf"{_HAN_NAME}(?=$|[\n,、/)(]|[ ]?(?:様|さん))", re.MULTILINE)
_HAN_HONORED_RE = re.compile(
    rf"(?<![\u4e00-\u9fff\u3041-\u30fc])(?P<name>{_HAN_NAME})[ ]?(?:様|さん|先生)"
    r"(?![\u4e00-\u9fff])"
)


def _han_names(text: str) -> list[tuple[int, int]]:
    """Chinese and Japanese names written in their characters: after a person's label in
    Korean, Chinese or Japanese, or before a Japanese honorific."""
    if _HAN_RE.search(text) is None:
        return []
    spans = [
        match.span("name")
        for match in _HAN_AFTER_LABEL_RE.finditer(text)
        if not match["label"].startswith("사업")
        and (not is_hangul(match["label"][0]) or _names_a_person(match["label"]))
    ]
    return spans + [match.span("name") for match in _HAN_HONORED_RE.finditer(text)]


def _script(character: str) -> str:
    if character.isascii():
        return "latin"
    if _HAN_RE.match(character):
        return "han"
    return "kana" if _KANA_RE.match(character) else "hangul"


def _transliterations(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A found name's spelling in another script, in brackets right after it or with the
    found name in brackets right after it (王磊 (왕레이), Eric Tanaka (에릭 타나카))."""
    found = []
    for start, end in people:
        script = _script(text[start])
        after = _BRACKETED_AFTER_RE.match(text, end)
        if after is not None and _script(after["name"][0]) != script:
            found.append(after.span("name"))
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            before = _BRACKETED_BEFORE_RE.search(text, max(0, start - 40), start - 1)
            if before is not None and _script(before["name"][0]) != script:
                found.append(_without_role(text, *before.span("name")))
    return [span for span in found if _other_spelling(text[span[0] : span[1]])]


def _without_role(text: str, start: int, end: int) -> tuple[int, int]:
    """A Hangul run without the label, role or relation words it opens with (담당자
    조다니엘, 신랑 조다니엘): the name is what follows them."""
    words = text[start:end].split(" ")
    while len(words) > 1 and _names_a_person(words[0]):
        start += len(words[0]) + 1
        words = words[1:]
    return start, end


def _other_spelling(name: str) -> bool:
    """A name in brackets beside a found one: a person's Latin run, or Hangul that Kiwi does
    not read as one common noun (Sun Li (서명) is a signature line) nor as words mostly
    common nouns."""
    if name[0].isascii():
        return latin_person(name)
    words = name.split()
    if len(words) > 1 and 2 * sum(_word_kind(word) == "noun" for word in words) > len(words):
        return False  # Kim Seo-yeon (한국인 버디), not 응우옌 반 흥
    return _word_kind(name) != "noun" and name not in NOT_PERSON_WORDS  # (우즈베키스탄)


def _a_place(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` ends like a place and follows a city or a district (서울 성동구,
    세종시 한솔동): an address, not a name."""
    return word.endswith(_PLACE_ENDINGS) and _PLACE_BEFORE_RE.search(text, 0, start) is not None


def _names_beside(text: str, analysis: Any, values: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Names right next to a contact value, which the value reaches (pii.person: contact): a
    proper noun of a name's shape a space apart (문의 010-4129-0068 황보진, 신한
    110-482-339017 박지안 으로), a Latin-script name before its e-mail in brackets (Changwoo
    Ryu <cwryu@…>). Only words Kiwi tags as proper nouns, so 우체국, 이메일 and 이사장 stay;
    banks are left out by name; a mail header's display name in quotes before its address
    (From: "이도현" <…>). (Every proper noun of a name's shape in a record with a
    value was tried too: Kiwi tags 배포판, 문자열, 배송지 as proper nouns.)"""
    spans: set[tuple[int, int]] = set()
    for start, end in values:
        after = end + (text[end : end + 1] == " ")
        before = start - (text[start - 1 : start] == " ")
        beside = [KoPersonRecognizer._candidate_at(text, analysis, after)]
        if before < start:
            beside.append(KoPersonRecognizer._candidate_before(text, analysis, before))
        for c in beside:
            if c is None or not c[2]:
                continue
            word = text[c[0] : c[1]]
            if _name_shaped(word) and word not in BANKS and not _a_place(text, c[0], word):
                spans.add(c[:2])
        latin = _LATIN_BEFORE_ADDRESS.search(text, max(0, start - 60), start)
        if latin is not None and latin_person(latin["name"]):
            spans.add(latin.span("name"))
        quoted = _QUOTED_BEFORE_ADDRESS.search(text, max(0, start - 12), start)
        if quoted is not None and plausible_name(quoted["name"]):
            spans.add(quoted.span("name"))
    return spans


def _contact_person(start: int, end: int) -> RecognizerResult:
    return RecognizerResult(
        "PERSON",
        start,
        end,
        0.8,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: "KoPersonRecognizer",
            CONTACT_KEY: True,
        },
    )


# Words a Latin run may open with that are a greeting or a title, not the name (Dear Maria
# Santos Reyes, Ms Han Yuna); a mail client's quote header ends its time right before the
# name (… at 3:14 PM Sang-hoon Ryu <…>).
_LEADING_CUES = frozenset(
    ("Dear", "Hi", "Hello", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "I'm", "AM", "PM")
    # a receipt's or a booking's role before the name, without a colon: Passenger Emily Carter
    + ("Passenger", "Driver", "Guest", "Customer", "Tenant", "Owner", "Sender", "Recipient")
    + ("Attn", "Patient", "Buyer", "Seller", "Host", "Supervisor", "Manager", "Guide", "Contact")
    + ("Wife", "Husband", "Mother", "Father", "Son", "Daughter", "Spouse", "Emergency")
)
_LATIN_BEFORE_ADDRESS = re.compile(
    r"(?<![A-Za-z'])(?!(?:" + "|".join(_LEADING_CUES) + r") )"
    r"(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){1,3})[ ]?[<(\[]$"
)
# A mail header's display name in quotes before its address: From: "이도현" <…>.
_QUOTED_BEFORE_ADDRESS = re.compile(r"\"(?P<name>[가-힣]{2,5})\"[ ]?<$")


# Names in a record that holds a contact value (pii.person: contact makes every private
# person's name there personal data): a word of a name's shape, not in Kiwi's dictionary as a
# common noun, where names stand in contact data.
_WORD_RE = re.compile(r"[가-힣]+")
# What may follow a name inside its word: particles, copula, honorifics (탁수민님께, 원지호인데요).
_NAME_TAILS_TEXT = """
    님 씨 님께 님께서 님의 님이 님은 님을 님도 씨가 씨는 씨의 씨를 이가 이는 이를 이의 이도
    이랑 이고 이요 이에요 이예요 인데요 인데 입니다 이며 이와 이나 가 는 은 을 를 의 도 와 과
    에게 한테 께 께서 에게서 한테서 로 으로 만 이라고 라고 이라는 이란 랑 하고"""
_NAME_TAILS = frozenset(_NAME_TAILS_TEXT.split())
_COPULA_TAILS = ("입니다", "인데요", "인데", "이에요", "이예요", "이요", "이라고", "라고")
_HONORIFIC_TAILS = ("님", "씨")
# What may follow a name mentioned again: its particles, and what friends add (서준이, 은지야).
_AGAIN_TAILS = _NAME_TAILS | frozenset(("이", "야", "아", "이야", "이네", "이한테", "이도"))
_ADDRESSED_TAILS = ("님", "씨", "야", "아", "이", "이야", "이가", "이는", "이도", "이랑")
# Syllables Korean given names are made of (either place), generous: a given name outside it
# (라이닝, 하우투, 이탤릭) is a loanword or a verb form, not a person.
_GIVEN_SYLLABLES_TEXT = """
    가 각 간 갑 강 건 걸 겸 경 계 고 곤 공 관 광 교 구 국 군 권 규 균 근 금 기 길 나 난 남
    낭 내 녀 년 노 누 늘 능 니 다 단 달 담 당 대 덕 도 돈 동 두 득 라 락 란 람 랑 래 량 려 련 렬
    령 례 로 록 론 뢰 룡 루 류 륜 률 륭 름 리 린 림 립 마 만 말 매 명 모 목 몽 무 묵 문 미 민 바
    박 반 배 백 범 벽 별 병 보 복 본 봉 부 분 비 빈 빛 사 산 삼 상 새 생 서 석 선 설 섭 성 세 소
    솔 송 수 숙 순 술 숭 슬 승 시 식 신 실 심 아 안 애 야 양 어 언 엄 여 역 연 열 염 엽 영 예 오
    옥 온 완 왕 요 용 우 욱 운 웅 원 월 위 유 육 윤 율 융 은 을 음 의 이 익 인 일 임 자 잔 장 재
    전 점 정 제 조 종 주 준 중 지 직 진 집 찬 창 채 천 철 청 초 총 추 춘 충 치 칠 탁 탄 태 택 평
    표 필 하 학 한 함 항 해 행 향 허 헌 혁 현 협 형 혜 호 홍 화 환 활 황 회 효 후 훈 휘 흠 흥 희
    힘 솜 결 봄"""
_GIVEN_SYLLABLES = frozenset(_GIVEN_SYLLABLES_TEXT.split())
_PLACE_ENDINGS = tuple("시구군도동읍면리로길역어")
# Province names cut before their 도, which reads as a particle (전라남+도).
# A Hangul word that is a name's shape: a surname, a given name of name syllables (two, or
# one or two after a two-syllable surname), then nothing or one of ``_NAME_TAILS``.
_GIVEN = "[" + "".join(sorted(_GIVEN_SYLLABLES)) + "]"
_NAME_WORD_RE = re.compile(
    r"(?<![가-힣0-9])(?P<core>(?:"
    + "|".join(SURNAMES_2)
    + f"){_GIVEN}{{1,2}}|[{''.join(sorted(SURNAMES_1))}]{_GIVEN}{{2}})"
    + "(?:"
    + "|".join(sorted(_NAME_TAILS, key=len, reverse=True))
    + r"|님[가-힣]*|씨[가-힣]*)?(?![가-힣])"
)
_PARTICLE_SYLLABLES = frozenset("은는이가을를의도와과로")
_PROVINCE_STEMS = frozenset(("전라남", "전라북", "경상남", "경상북", "충청남", "충청북"))
# Words next to a name that say whose it is: kin, church and work roles, titles (강민재 어머니,
# 조태웅 형제, 진하은 전도사, 어재석 기사님, 신랑 석도윤, 고객 한정우).
_RELATION_TEXT = """
    어머니 아버지 어머님 아버님 할머니 할아버지 엄마 아빠 남편 아내 부인 아들 딸 자녀 형제
    자매 성도 집사 권사 전도사 목사 장로 기사 세무사 변호사 법무사 노무사 회원 고객 학생 선생
    원장 신랑 신부 혼주 상주 총무 회장 계주 명의 동기 동문 원고 피고 모 부 형 누나 언니 오빠
    동생 님 씨 군 양 귀하 앞 드림 올림 조교 사장 회계 서기 차주 교사 강사 코치 선임 책임 수석
    인솔자 교수 소장 국장 사무국장 트레이너 간호사 약사 어르신 세대주 세입자 집주인
    대표"""
_RELATION_WORDS = (*_RELATION_TEXT.split(), *TITLES)
_RELATION_TAILS = (
    *("", "님", "님께", "님의", "님이", "님은", "님을", "님도", "께", "의", "이", "가", "은", "는"),
    *("에게", "도", "과", "와", "로", "으로", "께서", "한테", "랑", "이랑", "하고"),
    *("님께서", "님한테", "님과", "님이랑"),
)


_RELATION_FORMS = frozenset(
    relation + tail for relation in _RELATION_WORDS for tail in (*_RELATION_TAILS, "측")
)


def _relation(word: str) -> bool:
    """A relation word, alone or with its honorific or particle (어머니, 전도사님께, 신랑측)."""
    return word in _RELATION_FORMS


_SELF_WORDS = frozenset(("저", "제", "나", "저는", "나는", "제가", "내가"))
_UNKNOWN_MORPHEME = 2
# Tags of the pieces Kiwi cuts an unseen name into besides nouns: a number word, a prefix, a
# determiner, a root (권/NNB 오/NR 석, 표 재/XPN 윤, 길도 현/MM): no ending or particle.
_OFFICE_TITLES = frozenset(
    (*TITLES, "대표", "회장", "사장", "원장", "총무", "이장", "감사", "위원", "국장", "소장")
)
_PIECE_TAGS = frozenset(("NR", "XPN", "MM", "XR"))
# A syllable an unseen name is cut into may also read as an adverb or an interjection
# (심/XR 재/NNG 욱/MAG, 어/IC 경희/NNP).
_SYLLABLE_TAGS = frozenset(("MAG", "IC"))
# A chat export's speaker after its time stamp: 2026. 10. 28. 오후 9:05, 최성훈 : …
# A message's time as messengers export it: 14:05, [오후 2:14], 2024. 3. 5. 오후 2:14, 2:14 PM.
_MESSAGE_TIME = (
    r"(?:\d{4}[.\-/][ ]?\d{1,2}[.\-/][ ]?\d{1,2}\.?,?[ ])?"
    r"\[?(?:(?:오전|오후)[ ]?)?\d{1,2}:\d{2}(?:[ ]?[AP]M)?\]?,?"
)
_STAMPED_SPEAKER_RE = re.compile(r"\d{1,2}:\d{2}(?:[ ]?[AP]M)?[\])]?,?[ \u00a0]*$")
# A chat export's time after its speaker: 혜진 (18:22): ….
_TIME_AFTER_SPEAKER_RE = re.compile(r"[ ]?\(\d{1,2}:\d{2}\)[ ]?[:：]")
_PLACE_BEFORE_RE = re.compile(
    r"(?:[가-힣](?:시|도|구|군)|서울|부산|대구|인천|광주|대전|울산|세종|제주|경기|강원)[ \u00a0]$"
)


@functools.lru_cache(maxsize=65536)
def _word_kind(word: str) -> str:
    """How Kiwi's dictionary knows ``word`` alone: ``unknown`` (not in it, as most given names
    are not), ``proper`` (one proper noun: common names, places, brands), ``noun`` (one common
    noun: 수취인, 안내문), ``compound`` (a known noun then more: 배포+판, 조현+우),
    ``nouns`` (nouns cut syllable by syllable: 라+은+빈), ``particle`` (nouns and a particle or
    ending: 소윤+아) or ``verb`` (a verb form: 주세요)."""
    from filters.analysis import get_kiwi

    tokens = get_kiwi().tokenize(word)
    if len(tokens) == 1 and tokens[0].len == len(word) and tokens[0].tag.startswith("NN"):
        if tokens[0].id == _UNKNOWN_MORPHEME:
            return "unknown"
        return "proper" if tokens[0].tag == "NNP" else "noun"
    pieces = all(t.tag.startswith("NN") or t.tag in _PIECE_TAGS for t in tokens)
    if not pieces and all(
        t.tag.startswith("NN") or t.tag in _PIECE_TAGS or t.len == 1 and t.tag in _SYLLABLE_TAGS
        for t in tokens
    ):
        return "nouns"
    if tokens[0].tag == "NNB" and not pieces:
        return "verb"  # a bound noun and its particle: 명+의+의
    if not pieces:
        nouns = [t for t in tokens if t.tag.startswith("NN")]
        return (
            "particle"
            if tokens[: len(nouns)] == nouns
            and all(t.tag[0] in "JE" or t.tag == "VCP" for t in tokens[len(nouns) :])
            else "verb"
        )
    first = tokens[0]
    if first.len >= 2 and first.id != _UNKNOWN_MORPHEME:
        return "proper compound" if first.tag == "NNP" else "compound"
    return "nouns"


def _slot(
    text: str, start: int, end: int, word_end: int, values: list[tuple[int, int]]
) -> str | None:
    """Where a word stands: ``honorific`` before 님/씨 or a relation word (강민재 어머니);
    ``strong`` after a role, label, relation or self word or before a copula (근로자 성명
    라은빈, 신랑 석도윤, 저 원지호인데요) or as a chat's speaker; ``value`` beside a contact
    value, only separators between (… 3021188204531 엽경민, bora.lee@… (이보라)); ``weak`` at
    a line's or field's start, before a separator; None inside a sentence between ordinary
    words (검정 장우산, 부의금 입금) or before a colon (상호명: …)."""
    tail = text[end:word_end]
    if tail.startswith(_HONORIFIC_TAILS):
        return "honorific"
    rest = text[word_end:]
    stripped = rest.lstrip(" \u00a0")
    following = _WORD_RE.match(stripped)
    if following is not None and _relation(following.group()):
        return "honorific"
    if (
        tail in _COPULA_TAILS
        or _TIME_AFTER_RE.match(rest)
        or _TIME_AFTER_SPEAKER_RE.match(rest)
        or _bracketed_speaker(text, start, word_end)
    ):
        return "strong"  # 원지호인데요; a messenger's speaker: 임도현 10:02
    line = _QUALIFIER_RE.sub("", _line_before(text, start).rstrip(" \u00a0"))
    previous = _PREVIOUS_WORD_RE.search(line)
    if previous is not None and _credited_in_prose(text, previous, start):
        return None
    if previous is not None and _names_a_person(previous["word"]):
        return "strong" if previous["colon"] is None else "field"
    if line.endswith("(") and text.startswith(")", word_end):
        bracketed = _PREVIOUS_WORD_RE.search(line[:-1])
        if bracketed is not None and _names_a_person(bracketed["word"]):
            return "strong"  # 엄마(김정례), 아빠(김상철):
    if _FLAT_RE.search(line):
        return "strong"
    if rest[:1] in (":", "：", "\t") or rest.startswith((" :", " ：")):
        speaker = (
            _STAMPED_SPEAKER_RE.search(line)
            or not line.strip(" └ㄴ-•")
            and (
                len(re.findall(r"(?m)^" + re.escape(text[start:word_end]) + r"[ ]?:", text)) > 1
                or _chat_speakers(text) > 1
            )
        )
        return "strong" if speaker else None
    if _beside_value(text, start, word_end, values):
        return "value"
    if previous is not None:
        return None if previous["colon"] is None else "weak"
    plain_after = following is not None and stripped is not rest
    if plain_after:
        return None
    return "strong" if _LIST_MARKER_RE.fullmatch(line) else "weak"


# Words that credit a work's maker: a name after one in a sentence of prose is a credit (저자
# 김민수는 … 풀어낸다), not contact data, wherever the record gives a mail address.
_CREDIT_ROLES = frozenset(
    (
        "저자",
        "원저자",
        "지은이",
        "옮긴이",
        "역자",
        "번역가",
        "작가",
        "시인",
        "소설가",
        "감독",
        "화가",
    )
)


def _credited_in_prose(text: str, before: re.Match[str], start: int) -> bool:
    """The word before a name (``before``'s ``word``, no colon after it) credits a work,
    in a sentence of narration."""
    return (
        before["word"] in _CREDIT_ROLES
        and not before.group().rstrip(" \t").endswith((":", "："))
        and in_narration(text, start)
    )


_SPEAKER_LINE_RE = re.compile(
    r"(?m)^[ └ㄴ\-•]*(?:" + _MESSAGE_TIME + r"[ ]?(?:[가-힣]{2,4}[ ])?)?"
    r"(?:(?P<name>[가-힣]{2,5})(?: [가-힣]{1,4})?"
    rf"|(?P<latin>{_LATIN_TOKEN}(?: {_LATIN_TOKEN}){{1,2}}))"
    r"(?:[ ]?\(\d{1,2}:\d{2}\))?[ ]?[:：][ ]+"
    r"(?!\d)\S"
    # KakaoTalk's PC export: [김민지] [오후 2:14] 안녕하세요
    r"|^\[(?P<bracketed>[가-힣]{2,5})\][ ]\[(?:오전|오후)[ ]\d{1,2}:\d{2}\][ ]\S"
)


@functools.lru_cache(maxsize=256)
def _chat_speakers(text: str) -> int:
    """Lines of a chat log or a comment thread led by a name-shaped speaker and a colon
    (라윤희: 엄마 돈 들어왔어? / Anna Ra: yes 받았어); a form's labels (성명:, 신청인:) are no
    speakers: not a name's shape, or a noun Kiwi knows."""
    count = 0
    for match in _SPEAKER_LINE_RE.finditer(text):
        name = match["name"] or match["bracketed"]
        count += (
            match["latin"] is not None
            and latin_person(match["latin"])
            or name is not None
            and (
                _NAME_WORD_RE.fullmatch(name) is not None
                and plausible_name(name)
                or _GIVEN_WORD_RE.fullmatch(name) is not None
            )
            and _word_kind(name) in ("unknown", "nouns", "proper")
        )
    return count


_BRACKETED_SPEAKER_RE = re.compile(r"\][ ]\[(?:오전|오후)[ ]\d{1,2}:\d{2}\]")


def _bracketed_speaker(text: str, start: int, end: int) -> bool:
    """The word is a KakaoTalk PC export's speaker: [김민지] [오후 2:14] …"""
    return (
        _line_before(text, start) == "["
        and _BRACKETED_SPEAKER_RE.match(text, end) is not None
        and _chat_speakers(text) > 1
    )


# Buildings and shops (공학관, 시내점, 인도장), which a roster's place would also hold.
_FACILITY_ENDINGS = tuple("관점장실당층")
_HEADER_CELL_RE = re.compile(r"(?:^|[|\t])[ ]*(?:성명|이름|연락처|전화번호|휴대폰)[ ]*(?:[|\t]|$)")


def _in_header_row(text: str, position: int) -> bool:
    """The line is a table's header row: it holds a name or contact label as a cell."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    return _HEADER_CELL_RE.search(line) is not None


def _in_title(text: str, position: int) -> bool:
    """Inside the corner or double angle brackets Korean puts around a work's title."""
    before = text[text.rfind("\n", 0, position) + 1 : position]
    return any(before.count(o) > before.count(c) for o, c in _TITLE_BRACKETS)


_TITLE_BRACKETS = (("『", "』"), ("「", "」"), ("《", "》"))


@functools.lru_cache(maxsize=65536)
def _names_a_person(word: str) -> bool:
    """A word after which a name stands: a self-reference, a name label, a role or relation
    word (with its particle), a form's X명/X분/X측 or a flat's number (101동 황보석진); not a
    word for letters that ends like a role (로마자, 한자)."""
    stem = word[:-1] if word.endswith(("은", "는", "이", "가")) and len(word) > 2 else word
    if stem in _LETTER_WORDS or stem.endswith(_THING_NAME_LABELS):
        return False
    return (
        word in _SELF_WORDS
        or any(w in LABEL_WORDS or w.endswith(ROLE_ENDINGS) for w in (word, stem))
        or _relation(word)
        or stem in _ROLE_NOUNS
        or word.endswith(("명", "분", "측"))
    )


# A flat's or room's number before a resident's name: 101동 황보석진, 1502호 여윤희.
_FLAT_RE = re.compile(r"(?<![\d-])\d{1,4}(?:동|호)$")
_LETTER_WORDS = frozenset(("문자", "한자", "숫자", "로마자", "영문자", "글자", "대문자", "소문자"))
# Labels of a thing's name that end like a person's (고객명, 환자명): 동물명: 레오, 상품명: ….
_THING_NAME_LABELS = (
    *("동물명", "견명", "묘명", "상품명", "제품명", "품명", "업체명", "회사명", "상호명", "기관명"),
    *("학교명", "모델명", "차량명", "차명", "과목명", "지명", "역명", "건물명", "단지명", "파일명"),
)
_TIME_AFTER_RE = re.compile(r"[ ]+\d{1,2}:\d{2}(?!\d)")
# A label's qualifier in brackets (성명(한글) 어경태) and a roster line's number (2. 조아린 /).
_QUALIFIER_RE = re.compile(r"[ ]?\([가-힣A-Za-z]{1,4}\)(?=[ ]?[:：]?$)")
_LIST_MARKER_RE = re.compile(r"(?:\d{1,3}[.)]|[-•*■□▶○●◆※])")
_PREVIOUS_WORD_RE = re.compile(r"(?P<word>[가-힣]+)(?P<colon>[ ]?[:：])?$")
# What may stand between a name and its own value: spaces, brackets, separators, and the
# bank of an account (3333 05 8127734 카뱅 표주연).
_BETWEEN_NAME_AND_VALUE_RE = re.compile(
    r"[ \u00a0()\[\]<>/|,·:：\-–—]{0,4}"
    r"(?:(?:[가-힣]*(?:"
    + "|".join(BANK_ENDINGS)
    + r")|"
    + "|".join(BANKS_TEXT.split())
    + r")[ \u00a0()/|,·:：]{1,3})?"
)


def _line_before(text: str, position: int, reach: int = 48) -> str:
    """The text before ``position`` on its line, at most ``reach`` characters: what the slot
    rules look at (a label, a list marker, a time stamp), bounded so long lines cost the same."""
    return text[max(text.rfind("\n", 0, position) + 1, position - reach) : position]


# A name before its own value's label: 고혜진 여권번호 M64019283, 모하준 휴대폰 010-…,
# Hannah Roth, passport C01X…, 권오석 면허번호 인천 28-22-….
_NAME_THEN_LABEL_RE = re.compile(
    r"[ \u00a0]{0,2}(?:\([^()\n]{1,12}\)[ ]?)?[,/(]?[ ]?"
    + VALUE_LABELS
    + r"[ ]?[:：]?[ \u00a0]{0,2}"
)
# A name of one to three Hangul words in a person's slot, ending where a name ends: a
# separator, a bracket, a value or its label, the line's end.
_NAME_RUN = r"[가-힣]{1,6}(?: [가-힣]{1,6}){0,2}?"
_RUN_END = r"(?=[ ]*(?:$|\n|[—–\-/|,(\t<]|\+?\d)|[ ]+" + VALUE_LABELS + ")"
# A label before a colon, or a role word (its last syllable one that role nouns end in), then
# a Hangul word: where ``_foreign_names_in_record`` looks.
_LABEL_BEFORE_RUN_RE = re.compile(
    r"(?P<label>[가-힣]+)(?:[ ]?\([가-힣A-Za-z]{1,4}\))?"
    r"(?:[ ]?[:：][ ]+|(?<=[자인원생객사님부측명분족주장당실])[ ]+)(?=[가-힣])"
)
_RUN_RE = re.compile(r"(?P<run>" + _NAME_RUN + ")" + _RUN_END, re.MULTILINE)
_LISTED_RUN_RE = re.compile(
    r"^[ ]*(?:\d{1,3}[.)]|[-•*·|])[ ]*(?P<run>" + _NAME_RUN + ")" + _RUN_END, re.MULTILINE
)


# Header cells of a names column in English (Name, Passenger, Guest…).
_LATIN_NAME_HEADERS = frozenset(
    ("name", "full name", "names", "passenger", "guest", "student", "member", "participant")
    + ("name_ko", "name_en", "full_name", "english name", "guest name", "passenger name")
)
# Columns holding one part of a name, where one word is the whole cell (ZHAO | Mingyu).
_NAME_PART_HEADERS = frozenset(
    ("surname", "family name", "last name", "given name", "given names", "first name")
    + ("surname_en", "given_name", "first_name", "last_name", "family_name")
)
_NAME_PART_RE = re.compile(
    rf"[ \u00a0]*(?P<name>{_LATIN_TOKEN}(?: {_LATIN_TOKEN}){{0,2}})[ \u00a0]*"
)
_CELL_NAME_RE = re.compile(
    rf"[ \u00a0]*(?P<name>{_LATIN_NAME}|{_HANGUL_NAME})(?:[ ]*\([^()|\t]{{1,24}}\))?[ \u00a0]*"
)


def _table_names(text: str) -> list[tuple[int, int]]:
    """Names in a table's names column (header 이름, 성명, 근로자명, Name…) in any script:
    a Latin run, a Korean name, a foreign name in Hangul, each with its other spelling in
    brackets after it (LIU HAORAN (류하오란), 라힘 우딘); and the words of a surname or
    given-name column (Surname | Given names: KANG | DONGHYUN)."""
    spans = []
    for start, end, header in table_cells(text):
        if header.lower() in _NAME_PART_HEADERS:
            part = _NAME_PART_RE.fullmatch(text, start, end)
            words = part["name"].upper().split() if part is not None else ["NAME"]
            if not any(word in LATIN_NOT_NAME_WORDS for word in words):
                spans.append(part.span("name"))
            continue
        if not (name_column(header) or header.lower() in _LATIN_NAME_HEADERS):
            continue
        match = _CELL_NAME_RE.fullmatch(text, start, end)
        if match is None:
            continue
        name = match["name"]
        if field_label(name):
            continue  # the key column of a key-value table (성명⇥김민수⏎연락처⇥…)
        if _cell_name(name):
            spans.append(match.span("name"))
    return spans


# A log's, a URL's or a JSON record's key for a person (user=모재희, guest="CHEN XIAOWEN",
# "name": "Marcus Lee", student=이하윤); not a TOML file's ``name = "…"`` (a package's
# credited authors).
_LOGGED_NAME_RE = re.compile(
    r"(?i:user|member|name|customer|guest|owner|holder|requester|username|student|teacher|"
    r"patient|tenant|passenger|employee|name_en|name_ko|full_name|fullname|buyer|seller|sender|"
    r"recipient|receiver|applicant|driver)"
    r"(?:=\"?|\"[ ]?:[ ]?\")"
    rf"(?P<name>[가-힣]{{2,5}}(?![가-힣])|{_LATIN_TOKEN}(?: {_LATIN_TOKEN}){{1,3}}(?=[\" ,]|$))"
)


def _logged_names(text: str) -> list[tuple[int, int]]:
    if "=" not in text and '":' not in text and '" :' not in text:
        return []
    return [
        match.span("name")
        for match in _LOGGED_NAME_RE.finditer(text)
        if (latin_person if match["name"][0].isascii() else _logged_hangul_name)(match["name"])
    ]


def _logged_hangul_name(name: str) -> bool:
    """A Hangul name under a person's key, not a team's or an organisation's (인사팀)."""
    return plausible_name(name) and not name.endswith(("팀", *ORGANISATION_ENDINGS))


# A login handle made of a person's name (hyunsoo.kim, choi.yerin), or a one-word one where
# only a user can stand, written where a log or an account list says who acted: sshd's
# ``for X from`` and ``for user X``, a web server's access-log user (``203.0.113.5 - minho [``),
# a user key (``user="jaemin.park"``, ``"userName": "seojun.bae"``), in brackets after the
# person's name (``이가윤 (gayoon.lee)``), mapped to it (``jaemin.park = 박재민``), or in a
# CSV's user column.
_DOTTED_HANDLE = r"[a-z]{2,15}[._][a-z]{2,15}"
_HANDLE = rf"(?:{_DOTTED_HANDLE}|[a-z]{{3,15}})"
_HANDLE_END = r"(?![\w@.-]|\.[a-z])"


def _slot_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.MULTILINE)


# Each slot: a cheap test of the text, then the pattern whose ``handle`` group is the handle.
_HANDLE_SLOTS = (
    (
        lambda text: "for " in text and " from " in text,
        _slot_re(rf"\bfor (?:invalid )?(?:user )?(?P<handle>{_HANDLE}){_HANDLE_END}(?= from )"),
    ),
    (
        lambda text: "opened for user" in text,
        _slot_re(rf"\bsession opened for user (?P<handle>{_HANDLE}){_HANDLE_END}"),
    ),
    (
        lambda text: " - " in text and " [" in text,
        _slot_re(rf"[0-9a-f] - (?P<handle>{_HANDLE}) \["),
    ),
    (
        lambda text: "=" in text or '":' in text or '" :' in text,
        _slot_re(
            rf"(?i:user(?:_?name|_?id)?|login|account)(?:=\"?|\"[ ]?:[ ]?\")"
            rf"(?P<handle>{_HANDLE}){_HANDLE_END}"
        ),
    ),
    (
        lambda text: "(" in text,
        _slot_re(rf"(?<=[가-힣])[ ]?\((?P<handle>{_DOTTED_HANDLE})\)"),
    ),
    (
        lambda text: "=" in text or "→" in text,
        _slot_re(r"(?<![\w.@-])(?P<handle>[a-z]{2,15}\.[a-z]{2,15})[ ]?(?:=|→)[ ]?(?=[가-힣A-Z])"),
    ),
)
# A CSV header line with a user column.
_CSV_USER_HEADER_RE = re.compile(
    r"(?im)^(?:[^,\n]*,)*[ ]*(?:user(?:_?name|_id)?|login|account|common name)[ ]*(?:,|$)"
)
# Accounts of systems and services, not of people.
_SYSTEM_HANDLES_TEXT = """
    root admin administrator nobody guest ubuntu debian centos deploy git jenkins postgres
    mysql www data backup test user users system daemon service svc api app web bot ops dev
    sys noreply mail info support help sales oracle docker runner ansible"""
_SYSTEM_HANDLES = frozenset(_SYSTEM_HANDLES_TEXT.split())
_FILE_EXTENSIONS_TEXT = "csv tsv txt json log pdf xml yaml yml html zip png jpg md py sh ini xlsx"
_FILE_EXTENSIONS = frozenset(_FILE_EXTENSIONS_TEXT.split())
_CSV_USER_HEADERS = frozenset(
    ("user", "username", "user_name", "login", "account", "user_id", "common name")
)


def login_handles(text: str) -> list[RecognizerResult]:
    """Login handles made of people's names: an account's identifier is identity data with
    or without a contact value beside it (an access log holds none)."""
    return [_contact_person(start, end) for start, end in _login_handles(text)]


def _login_handles(text: str) -> list[tuple[int, int]]:
    """Login handles made of people's names (``_HANDLE_SLOTS``, a CSV's user column)."""
    spans = []
    for cue, pattern in _HANDLE_SLOTS:
        if not cue(text):
            continue
        for match in pattern.finditer(text):
            if text[match.start()] in " (" and not _owner_before(text, match.start()):
                continue  # 접속 이력 (export.csv): a file, not a person's account
            if _personal_handle(match["handle"]):
                spans.append(match.span("handle"))
    table = _CSV_USER_HEADER_RE.search(text) if "," in text else None
    if table is None:
        return spans
    header, column, position = [], None, table.start()
    for line in text[table.start() :].split("\n"):
        cells = line.split(",")
        if column is not None and len(cells) == len(header):
            cell = cells[column]
            if re.fullmatch(_HANDLE, cell) and _personal_handle(cell):
                start = position + sum(len(cell) + 1 for cell in cells[:column])
                spans.append((start, start + len(cell)))
        else:
            header = [cell.strip().lower() for cell in cells]
            column = next((i for i, c in enumerate(header) if c in _CSV_USER_HEADERS), None)
        position += len(line) + 1
    return spans


def _owner_before(text: str, position: int) -> bool:
    """A person's Hangul name right before ``position`` (이가윤 (gayoon.lee))."""
    owner = _OWNER_BEFORE_RE.search(text, max(0, position - 5), position)
    return owner is not None and plausible_name(owner.group())


_OWNER_BEFORE_RE = re.compile(r"(?<![가-힣])[가-힣]{2,4}$")


def _personal_handle(handle: str) -> bool:
    parts = re.split(r"[._]", handle)
    return parts[-1] not in _FILE_EXTENSIONS and not any(
        part in _SYSTEM_HANDLES or part.upper() in LATIN_NOT_NAME_WORDS for part in parts
    )


def _foreign_names_in_record(text: str, values: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names Korean writes in Hangul from another language (응우옌 티 투, 라마 프라사드,
    린샤오), which no surname marks: a run of one to three Hangul words after a person's
    label or role (성명:, 구직자:, 결혼이민자), or opening a roster's line beside its own
    value, ending where a name ends; never a Korean name (the other rules' part), a word Kiwi
    reads as a common noun, a verb form or a noun and its particle, a bank, a place, a team
    or a business (사업장: 대성금속 (사업자 …))."""
    spans = []
    for match in _LABEL_BEFORE_RUN_RE.finditer(text):
        label = match["label"]
        if not (
            _names_a_person(label)
            and not label.startswith("사업")
            and not label.endswith(ORGANISATION_ENDINGS)
            and (label in LABEL_WORDS or _word_kind(label) in ("noun", "compound"))
        ):
            continue
        run = _RUN_RE.match(text, match.end())
        if run is not None:
            spans.append(run.span("run"))
    for match in _LISTED_RUN_RE.finditer(text):
        start, end = match.span("run")
        if _beside_value(text, start, end, values):
            spans.append((start, end))
    return [
        (start, end)
        for start, end in spans
        if _foreign_run(text[start:end]) and not _BUSINESS_AFTER_RE.match(text, end)
    ]


_BUSINESS_AFTER_RE = re.compile(r"[ ]*\(?[ ]*(?:사업자|법인|주식회사|\(주\)|대표)")
# One-syllable words that open or end no foreign name: honorifics, kin, quantifiers.
_NOT_NAME_SYLLABLES = frozenset("님씨딸모부중외및등각총약본전현구신")


def _foreign_run(run: str) -> bool:
    words = run.split()
    # Kiwi reads a foreign syllable as a particle or an ending (끼엔 → 끼+엔): fine
    # beside a word it does not know at all (응우옌 반 끼엔).
    kinds = ("unknown", "proper", "nouns")
    if len(words) > 1 and any(_word_kind(word) == "unknown" for word in words if len(word) > 1):
        kinds += ("particle",)
    if plausible_name(words[0]) or any(len(w) > 2 and plausible_name(w) for w in words[1:]):
        return False
    for word in words:
        if len(word) == 1:
            if word in _NOT_NAME_SYLLABLES:
                return False
            continue
        if (
            word.endswith((*ROLE_ENDINGS, *ORGANISATION_ENDINGS, *_PLACE_ENDINGS, *BANK_ENDINGS))
            or word in BANKS
            or word in LABEL_WORDS
            or word in NOT_PERSON_WORDS
            or _word_kind(word) not in kinds
        ):
            return False
    return any(len(word) > 1 for word in words)


def _on_line_with_value(text: str, position: int, values: list[tuple[int, int]]) -> bool:
    """A contact value stands later on ``position``'s line (a table's or a roster's row)."""
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    return any(position <= start < line_end for start, _ in values)


def _beside_value(text: str, start: int, end: int, values: list[tuple[int, int]]) -> bool:
    for value_start, value_end in values:
        if value_end <= start and _BETWEEN_NAME_AND_VALUE_RE.fullmatch(text, value_end, start):
            return True
        if end <= value_start and (
            _BETWEEN_NAME_AND_VALUE_RE.fullmatch(text, end, value_start)
            or _NAME_THEN_LABEL_RE.fullmatch(text, end, value_start)
        ):
            return True
    return False


# The slots (``_slot``) in which a word of each dictionary kind (``_word_kind``) is taken for
# a name: Kiwi's proper nouns are mostly public figures, places and things (문자열), so they
# need a cue of their own; a word Kiwi reads as a verb form (주세요) needs an honorific.
_ALL_SLOTS = frozenset(("honorific", "field", "strong", "value", "weak"))
_CUED = frozenset(("honorific", "field", "strong", "value"))
_SLOTS_FOR = {
    "unknown": _ALL_SLOTS,
    "nouns": _ALL_SLOTS,
    "proper": _CUED,
    "proper compound": _CUED,
    "particle": _CUED,
    "compound": frozenset(("honorific", "field", "strong")),
    "verb": frozenset(("honorific",)),
}


def _in_field(text: str, match: re.Match, end: int, values: list[tuple[int, int]]) -> bool:
    """The word fills a person's field (a role or name label and its colon), as the whole
    value: whatever else Kiwi reads in it, a name-shaped word there is the name."""
    return (
        text[max(0, match.start() - 12) : match.start()].rstrip(" \u00a0\t").endswith((":", "："))
        and _slot(text, match.start(), end, match.end(), values) == "field"
        and _VALUE_AFTER_RE.match(text, match.end()) is not None
    )


# What ends a field's value: the line, a separator, a bracket, another value.
_VALUE_AFTER_RE = re.compile(
    r"[ \u00a0]*(?:$|[/|,(\[]|[0-9+]|[가-힣]+[ ]?[:：(]"
    r"|[가-힣]*(?:번호|연락처|전화|휴대폰)[ ]?[0-9+])",
    re.M,
)


def _hangul_names_in_record(
    text: str, analysis: Any, values: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Hangul names of a record that holds contact values (``values``), beyond the labelled ones: a
    surname and a given name of name syllables that Kiwi's dictionary does not know as a
    common noun, where names stand (``_slot``); the more Kiwi knows the word as something
    else, the stronger the slot it needs (``_SLOTS_FOR``)."""
    spans = []
    for match in _NAME_WORD_RE.finditer(text):
        core = match["core"]
        if not plausible_name(core) or core in _PROVINCE_STEMS:
            continue
        if core in BANKS or core.endswith(ORGANISATION_ENDINGS) or role_label(core):
            continue
        if len(core) == 3 and core[1:] in _OFFICE_TITLES:
            continue  # 동대표, 김회장: a title after a surname or a place, no name
        if len(match.group()) == 3 and match.group().endswith(_VERB_ENDINGS):
            continue  # 주세요 (주세 and the tail 요), which Kiwi may tag a proper noun
        kind = _word_kind(core)
        end = match.start() + len(core)
        if kind != "noun" and _in_field(text, match, end, values) and _name_shaped(core):
            spans.append((match.start(), end))
            continue  # 청구인: 신예나 (신예/NNG 나/JC), 매도인: 구성진 (구성지/VA)
        if kind in ("verb", "particle") and _nouns_in_context(analysis, match.start(), core):
            kind = "nouns"
        if kind not in ("unknown", "nouns") and not _name_shaped(core):
            continue  # 모임장, 관리인: a role noun Kiwi knows in part
        if core[-1] in _PARTICLE_SYLLABLES and _word_kind(core[:-1]) in ("noun", "verb"):
            continue  # 명의+의, 사람+은
        if kind == "noun" or kind.startswith("proper") and core.endswith(_PLACE_ENDINGS):
            continue
        if kind == "compound" and _suffixed_noun(core):
            continue  # 멘토 배정표 (배정/NNG 표/NNG): a heading, not 멘토 and a name
        if _a_place(text, match.start(), core) or _a_place(text, match.start(), match.group()):
            continue  # 서울 성동구; 용산구 이태원로 (이태원 and the particle-like 로)
        if _in_title(text, match.start()):
            continue  # 『82년생 김지영』: a book's title
        if _not_a_name_in_context(text, analysis, match.start(), end, match.end()):
            continue
        slot = _slot(text, match.start(), end, match.end(), values)
        if slot == "weak" and (core.endswith(_FACILITY_ENDINGS) or _in_header_row(text, end)):
            continue  # 공학관, 시내점; | 동호수 | 성명 | 연락처 |
        if slot in _SLOTS_FOR[kind]:
            spans.append((match.start(), end))
    return spans


# A given name alone, as friends and family write it: two name syllables, then 님/씨, a
# relation word, or the 이/아 that Korean adds to a given name (하윤이가, 수현아, 은채씨).
_GIVEN_WORD_RE = re.compile(rf"(?<![가-힣])(?P<core>{_GIVEN}{{2}})(?P<tail>[가-힣]*)(?![가-힣])")
_GIVEN_NAME_SUFFIX_TAGS = frozenset(("XSN", "JKV"))


def _given_names_in_record(text: str, analysis: Any) -> list[tuple[int, int]]:
    """Given names written alone in a record that holds contact values: a word of two name
    syllables that Kiwi reads as a proper noun in its sentence, followed by the suffix 이 or
    a vocative (하윤/NNP 이/XSN 가, 수현/NNP 아/JKV), by 님 or 씨, or by a relation word
    (도윤 엄마, 영호 형님께); with 님 or 씨 also one Kiwi does not know (서윤 님); never a
    common noun (미소님, 고객님)."""
    spans = []
    for match in _GIVEN_CUED_RE.finditer(text):
        core, tail = match["core"], match["tail"] or ""
        start, end = match.start(), match.end()
        honorific = tail[:1] in ("님", "씨") or tail.startswith(KIN_GLUED)
        suffixed = tail[:1] in ("이", "아", "야")
        related = speaker = False
        if not tail:
            following = _FOLLOWING_WORD_RE.match(text, end)
            related = following is not None and following[1] in _KIN_FORMS
            speaker = (
                not related
                and text[end : end + 1] in (":", "：", " ", "(", "]")
                and _speaker_at(text, start, end)
            )
        if not (honorific or related or speaker or suffixed) or core in _NOT_GIVEN_PAIRS:
            continue
        kind = _word_kind(core)
        if kind == "noun" and speaker and _addressed(text, core):
            kind = "nouns"  # 지수 (an index) speaks on a chat's line and is called 지수야
        if kind in ("noun", "compound", "proper compound"):
            continue
        if (
            (honorific or related or speaker)
            and kind in ("unknown", "nouns", "proper")
            or suffixed
            and _proper_with_suffix(analysis, start, core)
        ) and not _in_title(text, start):
            spans.append((start, start + 2))
    return spans


def _addressed(text: str, core: str) -> bool:
    """``core`` is called by name somewhere in the text: 지수야, 지수 씨, 지수님."""
    return re.search(rf"(?<![가-힣]){core}(?:야|아|[ ]?씨|[ ]?님)(?![가-힣])", text) is not None


_FOLLOWING_WORD_RE = re.compile(r"[ \u00a0]*([가-힣]+)")


# Family words and personal titles after a given name (도윤 엄마, 영호 형님께, 하람 자매님,
# 은비 간호사): 회원, 원고, 대표 after a word say its organisation or case (본회 회원, 주보 원고).
_KIN_TEXT = """
    엄마 아빠 어머니 아버지 어머님 아버님 할머니 할아버지 삼촌 이모 고모 외삼촌 형 형님 누나
    언니 오빠 동생 선생님 쌤 자매 자매님 형제 형제님 전도사 전도사님 목사님 집사님 권사님
    간호사 간호사님 강사님 코치님 매니저님"""
_KIN_FORMS = frozenset(
    kin + tail
    for kin in _KIN_TEXT.split()
    for tail in (
        "",
        "께",
        "께서",
        "이",
        "가",
        "는",
        "도",
        "의",
        "예요",
        "이에요",
        "야",
        "이야",
        "입니다",
    )
)


def _speaker_at(text: str, start: int, end: int) -> bool:
    """The word at ``start`` leads its line of a chat log as its speaker (서윤: 오늘 택배…,
    [14:05] 다인: …, 혜진 (18:22): …)."""
    line = _ROLE_BEFORE_SPEAKER_RE.sub("", _line_before(text, start))
    rest = text[end : end + 12]
    colon = rest[:1] in (":", "：") or _TIME_AFTER_SPEAKER_RE.match(rest) is not None
    return (
        _bracketed_speaker(text, start, end)
        or (
            colon
            and not line.strip(" └ㄴ-•")
            or _STAMPED_SPEAKER_RE.search(line) is not None
            and (colon or rest.startswith(" :"))
        )
        and _chat_speakers(text) > 1
    )


# A speaker's role between the time and the name: 14:03 상담원 지은:, 19:42 라이더 민재:.
_ROLE_BEFORE_SPEAKER_RE = re.compile(r"(?<=\d[ \]])[ ]?[가-힣]{2,4}[ ]$")


# Two name syllables with one of the cues above after them: only these are looked at.
_GIVEN_CUED_RE = re.compile(
    rf"(?<![가-힣])(?P<core>{_GIVEN}{{2}})"
    r"(?:(?P<tail>(?:님|씨|맘|엄마|아빠|이|아|야)[가-힣]*)(?![가-힣])"
    r"|(?![가-힣])(?=[:：(]|[ ][:(]|\][ ]\[|[ \u00a0]+(?:"
    + "|".join(sorted(_KIN_TEXT.split(), key=len, reverse=True))
    + r")))"
)
# Pairs of name syllables that open common words before 님/씨 or a relation word.
_NOT_GIVEN_PAIRS = frozenset(("선생", "사장", "원장", "회장", "부장", "과장", "기사", "고객"))


def _proper_with_suffix(analysis: Any, start: int, core: str) -> bool:
    """Kiwi read ``core`` at ``start`` as a proper noun followed by the given-name suffix
    이 or a vocative (하윤/NNP 이/XSN, 수현/NNP 아/JKV), or as one proper noun with that 이
    (은솔이/NNP)."""
    i = bisect_left(analysis.starts, start)
    if i >= len(analysis) or analysis.starts[i] != start or analysis.tags[i] != "NNP":
        return False
    form = analysis.forms[i]
    if form == core + "이":
        return True
    return (
        form == core
        and i + 1 < len(analysis)
        and analysis.starts[i + 1] == start + 2
        and analysis.tags[i + 1] in _GIVEN_NAME_SUFFIX_TAGS
    )


def _nouns_in_context(analysis: Any, start: int, core: str) -> bool:
    """Kiwi read the name in its sentence as nouns only, ending where it ends (신랑
    권준영/NNP ·, 투숙객 봉/NNG 하/NNG 진/NNG |)."""
    i = bisect_left(analysis.starts, start)
    end = start + len(core)
    if i >= len(analysis) or analysis.starts[i] != start:
        return False
    while i < len(analysis) and analysis.ends[i] <= end:
        if not analysis.tags[i].startswith("NN"):
            return False
        if analysis.ends[i] == end:
            return True
        i += 1
    return False


def _not_a_name_in_context(text: str, analysis: Any, start: int, end: int, word_end: int) -> bool:
    """Kiwi read the word in its sentence as a noun + 하다/되다 with an ending after it
    (남용하는, 시작되어; a bare 유서하 ends no verb), or as a common noun and its particle
    (사람+은, 공사+가), or a noun's name field (부서+명), or with a noun running on into
    what looked like the name's particle (백사마+을: 백사마을/NNP; 고용허+가: 고용 허가)."""
    first = bisect_left(analysis.starts, start)
    if (
        first + 1 < len(analysis)
        and analysis.starts[first] == start
        and analysis.tags[first] == "NNG"
        and analysis.ends[first] == end - 1
        and (
            analysis.tags[first + 1][0] == "J"
            or analysis.tags[first + 1] == "VCP"
            or analysis.forms[first + 1] == "명"
        )
        and _word_kind(analysis.forms[first]) == "noun"
    ):
        return True
    if not text.startswith(_HONORIFIC_TAILS, end) and any(
        analysis.tags[i].startswith("NN") and end < analysis.ends[i] <= word_end
        for i in range(first, bisect_left(analysis.starts, end))
    ):
        return True
    for i in range(max(first - 1, 0), len(analysis)):
        if analysis.starts[i] >= end:
            break
        if (
            word_end > end
            and analysis.ends[i] > start
            and analysis.tags[i] in DERIVED_TAGS
            and analysis.starts[i] > start
            and _word_kind(text[start : analysis.starts[i]]) == "noun"
        ):
            return True
    return False


# Korean surnames in their usual romanisations: one of them makes a bare run a name.
_ROMANISED_SURNAMES_TEXT = """
    KIM LEE YI RHEE PARK PAK BAK CHOI CHOE JUNG JEONG CHUNG KANG CHO JO YOON YUN JANG CHANG
    LIM IM HAN OH SEO SUH SHIN SIN KWON HWANG AHN AN SONG JEON JUN CHUN HONG YOO YU RYU KO GO
    MOON MUN YANG SON SOHN BAE BAEK PAIK HEO HUH NAM SIM SHIM NOH ROH RO HA KWAK GWAK SUNG
    SEONG CHA JOO JU WOO GOO KOO MIN JIN NA JI EOM UM CHAE WON CHEON BANG GONG KONG HYUN HAM
    BYUN BYEON YEOM CHU DO SO SEOK SUK SEOL MA GIL YEON WI PYO MYUNG GI KI BAN RA WANG GEUM
    KEUM OK YUK IN MAENG JE MO TAK GUK EO EUN PYEON YONG YE BONG SA BU TAE MOK PI DU EUM"""
_ROMANISED_SURNAMES = frozenset(_ROMANISED_SURNAMES_TEXT.split())
# Labels, in Korean or English, after which a Latin run is a person's name.
_LATIN_LABEL_RE = re.compile(
    r"(?:(?i:name|names|guest|sender|recipient|beneficiary|passenger|traveller|traveler|"
    r"holder|applicant|customer|host|dear|for|attn|i am|i'm|my name is|this is|"
    r"mr|mrs|ms|miss|dr|surname|refund to|signed by|guarantor|renter|tenant|insured)\.?"
    r"(?i:[ ]in[ ]full|[ ]as[ ]in[ ]passport)?"
    r"|성명|이름|영문명|영문)"
    r"(?:[ ]?\((?:영문|한글|영어)\))?[ ]?(?:\d[ ]?)?[:：]?[ \t]*$"
    # a person's role as a form's field: Owner: …, Emergency contact: …
    r"|(?i:owner|companion|emergency contact|contact|agent|driver|patient|student|member|"
    r"employee|candidate|participant|visitor|resident|buyer|seller|remitter|payee|payer|"
    r"spouse|parent|guardian|vendor|teacher|tutor|supervisor|roommate|interpreter|guide|"
    r"landlord|witness|reporter|requester|approver|assignee|user|staff|handled by|pax|"
    r"attendee|from|to|cc|requested by|prepared by|approved by|checked by|sent by"
    # …and in Korean: 후원자:, 주문자:, 학부모:, 보증인:
    r"|(?<![가-힣])(?!로마자|한자|문자|글자|숫자)[가-힣]{1,5}(?:자|인|주|생|객)|학부모|보호자)"
    r"(?: verification| onboarding)?(?:[ ]?\d{1,2})?[ ]?[:：][ \t]*$"
)
# Titles an airline or a hotel writes after a Latin name (HAN/YUNA MS).
_TRAILING_TITLES = frozenset(("MR", "MRS", "MS", "MISS", "MSTR", "DR", "PP"))
# Korean words for a person's role before a name (Latin or Hangul) that a role noun's
# ending does not show: 시터 Emily Kwon, 디자이너 하은, 순경 주태민, 플래너: 진하나, 고용주
# 차민호로부터, 상대방 마기태의, (담당의 탁유진).
_ROLE_NOUNS_TEXT = """
    시터 셀러 가이드 게스트 운영진 사위 며느리 튜터 호스트 멘토 멘티 바이어 에이전트 드라이버
    라이더 통역 동반 동행 룸메이트 발표 매니저 코디 트레이너 스태프 디자이너 플래너 인턴
    순경 경위 경장 컨설턴트 코디네이터 셰프 작가 고용주 건물주 집주인 상대방 담당의 주치의 총무
    경리 사감 간사 사서 비서 사무장 딜러 사업주"""
_ROLE_NOUNS = frozenset(_ROLE_NOUNS_TEXT.split())
# What after a Latin run says it is a person: an honorific (Emily Kwon 님), a chat line's
# time (Jiyoon Kang 10:42), a quoted mail's attribution (Daniel Shin wrote:).
_LATIN_PERSON_AFTER_RE = re.compile(
    r"[ ]?(?:님|씨)(?![가-힣])|[ ]+\d{1,2}:\d{2}(?!\d)| wrote:"
    r"|(?:이에요|예요|입니다|이고|인데|이라고|라고)(?![가-힣])"
)
# A given name alone after a greeting (Hi Sujin, / Dear Marcus,) and a name on the line after
# a letter's sign-off (Best regards,\nHannah Lee).
_GREETED_RE = re.compile(
    rf"(?:^|[\n.!] ?)(?:Hi|Hello|Hey|Dear)[ ](?P<name>{_LATIN_TOKEN}),"
    rf"|(?i:regards|best|thanks|thank you|sincerely|cheers|warmly|yours)[,.!]?[ ]*\n"
    rf"(?:— |- )?(?P<signed>{_LATIN_TOKEN})[ ]*(?:$|\n)"
)
# A given name alone in Latin letters where only a person's name stands: before 님 or 씨
# (Sunil님, Aziz 씨), after a self-introduction (this is Hana), after a message's closing
# dash (— Sora, / - Hana Seo (organizer)). Each with the cheap test of the text it needs.
_LATIN_GIVEN_RES = (
    (
        lambda text, lower: "님" in text or "씨" in text,
        re.compile(r"(?<![A-Za-z0-9@._\-])(?P<name>[A-Z][a-z]{2,})[ ]?(?:님|씨)(?![가-힣])"),
    ),
    (
        lambda text, lower: (
            "this is" in lower or "i am" in lower or "i'm" in lower or "my name" in lower
        ),
        re.compile(r"(?i:this is|i am|i'm|my name is)[ ](?P<name>[A-Z][a-z]{2,})(?![A-Za-z])"),
    ),
    (
        lambda text, lower: "—" in text or "–" in text,
        re.compile(
            rf"(?:^|[ \n])[—–][ ](?P<name>{_LATIN_TOKEN}(?:[ ]{_LATIN_TOKEN})?)(?=[ ]?(?:$|[\n,(]))"
        ),
    ),
)
_SIGN_OFF_RE = re.compile(
    r"(?i:regards|best|thanks|thank you|sincerely|cheers|warmly|yours)[,.!]?[ ]*\n$"
)
# A Korean word before a Latin-script name, with its particle or colon: 튜터 Ryan Baek,
# 운전자는 Jason Kwon이고, 남편 David Lee의, 예약자: Kim Haneul.
_HANGUL_WORD_BEFORE_RE = re.compile(
    r"(?P<word>[가-힣]+)(?:[ ]?\([가-힣]{1,4}\))?(?:[ ]?\d{1,2})?[ ]?[:：]?[ \t]*$"
)
# One part of a name in its own field: Surname: HWANG, Given names: YEJIN, also with the next
# field on its line (Surname: TRAN Given names: VAN LONG).
_NEXT_FIELD = r"(?i:given|first|middle|last|nationality|sex|gender|date|birth)\b"
_LATIN_NAME_PART_RE = re.compile(
    r"(?i:surname|given names?|family name)[ ]?[:：]?[ ]*"
    rf"(?P<name>{_LATIN_TOKEN})(?![A-Za-z0-9@_\-]|[ ](?!{_NEXT_FIELD}){_LATIN_TOKEN}\b)"
)
# A surname alone after a title: Dear Ms. Schneider.
_TITLED_SURNAME_RE = re.compile(
    rf"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ ](?P<name>{_LATIN_TOKEN})"
    rf"(?![ ]?{_LATIN_TOKEN}|[A-Za-z0-9@_\-])"
)
_HANGUL_NAME_BEFORE_RE = re.compile(r"[가-힣]{2,4}[ ]?\($")
# A chat export's speaker in Latin letters, a given name alone too, after the message's stamp:
# KakaoTalk's "2024년 6월 3일 오후 8:15, Jenny :" and "2024. 4. 18. 오후 11:20, Phuong :", LINE's
# "21:05⇥Aoi⇥", a CSV export's "2024-03-02 10:15:29,"Hana Suzuki",".
_STAMPED_LATIN_SPEAKER_RE = re.compile(
    r"^[ \t]*(?:(?:\d{4}년[ ]\d{1,2}월[ ]\d{1,2}일|\d{4}\.[ ]?\d{1,2}\.[ ]?\d{1,2}\.)"
    r"[ ](?:오전|오후)[ ]\d{1,2}:\d{2},[ ]"
    rf"(?P<kakao>{_LATIN_TOKEN}(?:[ ]{_LATIN_TOKEN}){{0,2}})[ ]?[:：]"
    rf"|\d{{1,2}}:\d{{2}}\t(?P<line>{_LATIN_TOKEN}(?:[ ]{_LATIN_TOKEN}){{0,2}})\t"
    r"|\d{4}-\d{2}-\d{2}[ ]\d{1,2}:\d{2}(?::\d{2})?,\""
    rf"(?P<csv>{_LATIN_TOKEN}(?:[ ]{_LATIN_TOKEN}){{0,2}})\",)",
    re.MULTILINE,
)
# English kin words before a name (by his grandfather, Robert Pennington) and a given name
# in the possessive before one (Noah's mother).
_KIN_EN = r"(?:mother|father|grandfather|grandmother|son|daughter|wife|husband|brother|sister)"
_KIN_BEFORE_RE = re.compile(rf"(?i:\b{_KIN_EN}),?[ ]$")
_KIN_AFTER_RE = re.compile(rf"(?P<name>[A-Z][a-z]{{2,}})'s[ ]{_KIN_EN}\b")
# A list item led by a given name, with a contact value on its line: - Mike (Michael Grant)
# 010-…, - Dmitri +7 916 ….
_LISTED_GIVEN_RE = re.compile(
    rf"^[ \t]*[-•*·][ \t]*(?P<name>{_LATIN_TOKEN})(?=[ ]*(?:\(|\+?\d))", re.MULTILINE
)
# An airline booking's passenger names: the numbered name elements (1.KIM/MINSU MR) and the
# name after the expiry date of an SSR DOCS line (…/14MAR30/KIM/MINSU/P1).
_PNR_NAME = r"[A-Z]{2,}/[A-Z]{2,}(?:[ ][A-Z]{2,})?"
_PNR_NAME_RE = re.compile(
    rf"(?:^|[ ])\d{{1,2}}\.(?P<name>{_PNR_NAME})(?=[ ]+(?:MR|MRS|MS|MISS|MSTR|CHD|INF)\b)"
    rf"|/\d{{2}}[A-Z]{{3}}\d{{2}}/(?P<docs>{_PNR_NAME})/(?:P\d|H\b)",
    re.MULTILINE,
)

# A Korean name as tickets and passports print it, surname first (NAME CHOI/MINJAE, my passport
# name is HAN/JIYOON), a machine-readable zone's name field (P<KORJUNG<<HAEUN<<<…), and a
# SWIFT payment's ordering customer or beneficiary (:50K:/1002… ⏎ KIM SOHEE, :59:CHEN JIALE).
_SLASHED_NAME_RE = re.compile(
    r"(?<![A-Za-z0-9/])(?P<name>(?P<surname>[A-Z]{2,})/(?P<given>[A-Z]{3,}))(?![A-Za-z0-9/])"
)
_MRZ_NAME_RE = re.compile(r"(?m)^P[A-Z<][A-Z<]{3}(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)")
_SWIFT_NAME_RE = re.compile(
    r"(?m)^:(?:50K|59):(?:/[0-9A-Z\-]+\n)?(?P<name>[A-Z]{2,}(?: [A-Z]{2,}){1,3})$"
)


def _untitled(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """A Latin run without the greeting or title words it opens or closes with, and whether
    there were any and a person's name is left (Dear Ms Han Yuna: Han Yuna)."""
    words = list(re.finditer(r"[^ /]+", text[start:end]))
    first, last = 0, len(words)
    while first < last and words[first].group() in _LEADING_CUES:
        first += 1
    while last > first and words[last - 1].group() in _TRAILING_TITLES:
        last -= 1
    if (first, last) == (0, len(words)) or last - first < 1:
        return start, end, False
    name = text[start + words[first].start() : start + words[last - 1].end()]
    whole = last - first > 1 or "/" in name
    return (
        start + words[first].start(),
        start + words[last - 1].end(),
        whole and latin_person(name),
    )


def _latin_names_in_record(text: str, values: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Latin-script names of a record that holds contact values: a run of two to four
    capitalised words (one in a Surname: or Given names: field) after a name label in either
    language, beside a value, in brackets after a Hangul name, or on a line of its own led
    by a Korean surname's romanisation; never a run made of label, title or company words."""
    parts = "name" in text or "NAME" in text or "Name" in text
    spans = [m.span("name") for m in _LATIN_NAME_PART_RE.finditer(text)] if parts else []
    titled = "Mr" in text or "Ms" in text or "Miss" in text or "Dr" in text or "Prof" in text
    spans += [
        m.span(group)
        for m in _GREETED_RE.finditer(text)
        for group in ("name", "signed")
        if m[group] is not None and m[group].upper() not in LATIN_NOT_NAME_WORDS
    ]
    spans += [
        m.span("name")
        for m in (_TITLED_SURNAME_RE.finditer(text) if titled else ())
        if latin_person(m["name"])
    ]
    if "/" in text:
        spans += [m.span(m.lastgroup) for m in _PNR_NAME_RE.finditer(text)]
        spans += [
            m.span("name")
            for m in _SLASHED_NAME_RE.finditer(text)
            if m["surname"] in _ROMANISED_SURNAMES and m["given"] not in LATIN_NOT_NAME_WORDS
        ]
    if "<<" in text:
        spans += [m.span("name") for m in _MRZ_NAME_RE.finditer(text)]
    if ":59:" in text or ":50K:" in text:
        spans += [m.span("name") for m in _SWIFT_NAME_RE.finditer(text)]
    if "오전" in text or "오후" in text or "\t" in text or ',"' in text:
        spans += [
            m.span(m.lastgroup)
            for m in _STAMPED_LATIN_SPEAKER_RE.finditer(text)
            if not any(w in LATIN_NOT_NAME_WORDS for w in m[m.lastgroup].upper().split())
        ]
    kin = _KIN_AFTER_RE.finditer(text) if "'s " in text else ()
    listed = _LISTED_GIVEN_RE.finditer(text) if any(m in text for m in "-•*·") else ()
    spans += [
        m.span("name")
        for m in (*kin, *listed)
        if m["name"].upper() not in LATIN_NOT_NAME_WORDS
        and (m.re is _KIN_AFTER_RE or _on_line_with_value(text, m.end(), values))
    ]
    lower = text.lower()
    spans += [
        m.span("name")
        for needed, pattern in _LATIN_GIVEN_RES
        if needed(text, lower)
        for m in pattern.finditer(text)
        if latin_person(m["name"]) and m["name"].upper() not in LATIN_NOT_NAME_WORDS
    ]
    for match in _LATIN_RUN_RE.finditer(text):
        start, end, titled_run = _untitled(text, *match.span())
        if titled_run:
            spans.append((start, end))
            continue
        if not latin_person(match.group()):
            continue
        upper = [w.upper() for w in re.split(r"[ /]", match.group())]
        line = _line_before(text, match.start())
        before = _HANGUL_WORD_BEFORE_RE.search(line)
        labelled = (
            _LATIN_LABEL_RE.search(line) is not None
            or _KIN_BEFORE_RE.search(line) is not None
            or _FLAT_RE.search(line.rstrip())
            or (
                before is not None
                and (_names_a_person(before["word"]) or before["word"] in _ROLE_NOUNS)
                and not _credited_in_prose(text, before, match.start())
            )
        )
        rest = text[match.end() : match.end() + 3]
        alone = not line.strip(" \t-•*·0123456789.—–") and (
            rest[:1] in ("", "\n", "\t", ",")
            or rest.startswith(("  ", " /", " |", " (", " –", " -", " —", ":"))
        )
        if (
            labelled
            or _LATIN_PERSON_AFTER_RE.match(text, match.end())
            or _SIGN_OFF_RE.search(text, max(0, match.start() - 24), match.start())
            and not line
            or _beside_value(text, match.start(), match.end(), values)
            or _HANGUL_NAME_BEFORE_RE.search(line)
            or _STAMPED_SPEAKER_RE.search(line)
            and rest.lstrip().startswith((":", "："))
            and _chat_speakers(text) > 1
            or alone
            and (
                upper[0] in _ROMANISED_SURNAMES
                or upper[-1] in _ROMANISED_SURNAMES
                or _on_line_with_value(text, match.end(), values)
                or rest[:1] == ":"
                and _chat_speakers(text) > 1
            )
        ):
            spans.append(match.span())
    return spans
