"""Translationese: Korean as a literal rendering of English writes it, counted on the Kiwi
analysis.

A literal translation keeps what English must say and Korean leaves out or says otherwise:
third-person and second-person pronouns in every sentence (그녀는 그녀의 가방을, 당신의
파일들을), possessive pronouns, double passives (되어지다, 보여지다), 것이 가능하다 for
"can", the -ㄴ 것이다 ending, event nouns "had" or "taken" (시간을 가지다, 숨을 취하다),
", 그리고" for ", and", counted nouns in the genitive (세 명의 사람들), and the plural 들 on
ordinary nouns. Each habit alone is also native Korean (a poem addresses 당신 in every line,
a diary says 친구들), so a habit counts at most twice plus once per ten sentences: one habit
repeated is style, several together are translation. The measure is those capped counts per
sentence, with five sentences of prior so that a two-line text is not judged on one word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from filters.analysis import Analysis

THIRD_PERSON = frozenset({"그", "그녀", "그들", "그것", "그것들", "그녀들"})
# Pronouns native prose mostly drops or replaces with a name or a title.
SPELLED_OUT = frozenset({"그녀", "그녀들", "그것", "그것들", "당신", "당신들"})
# Verbs whose -어지다 form is a passive on a passive (되어지다, 보여지다, 말해지다).
PASSIVE_STEMS = frozenset({"되", "보이", "말하", "쓰이", "놓이", "주"})
# Events English "has" or "takes" and Korean does (회의를 가지다 → 회의하다).
EVENT_NOUNS = frozenset(
    {"시간", "파티", "회의", "모임", "숨", "산책", "식사", "기회", "경험", "대화", "휴식"}
    | {"미팅", "기대", "생각", "주말", "하루", "샤워"}
)
COUNTERS = frozenset({"개", "명", "마리"})
HABIT_CAP, CAP_SENTENCES, PRIOR_SENTENCES = 2, 10, 5

Matcher = Callable[[tuple[str, ...], tuple[str, ...], int], bool]


def _at(items: tuple[str, ...], i: int) -> str:
    return items[i] if 0 <= i < len(items) else ""


def _possessive_pronoun(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return t[i] == "NP" and f[i] in THIRD_PERSON and _at(t, i + 1) == "JKG"


def _spelled_out_pronoun(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return t[i] == "NP" and f[i] in SPELLED_OUT and _at(t, i + 1) != "JKG"


def _double_passive(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (t[i], f[i]) == ("VX", "지") and _at(t, i - 1) == "EC" and _at(f, i - 2) in PASSIVE_STEMS


def _possible(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return f[i] == "것" and _at(t, i + 1) == "JKS" and _at(f, i + 2) == "가능"


def _it_is_that(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    """-ㄴ 것이다 at a sentence's end; the future -ㄹ 것이다 is native."""
    return (
        (t[i], f[i]) == ("NNB", "것")
        and (_at(t, i + 1), _at(t, i + 2)) == ("VCP", "EF")
        and _at(t, i - 1) == "ETM"
        and _at(f, i - 1) not in ("ᆯ", "을")
    )


def _event_had(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (
        f[i] in ("가지", "취하")
        and t[i].startswith("VV")
        and _at(t, i - 1) == "JKO"
        and _at(f, i - 2) in EVENT_NOUNS
    )


def _comma_and(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (t[i], f[i]) == ("MAJ", "그리고") and (_at(f, i - 1) == "," or _at(t, i - 1) == "EC")


def _counted_genitive(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (
        t[i] == "NNB"
        and f[i] in COUNTERS
        and _at(t, i + 1) == "JKG"
        and _at(t, i - 1) in ("MM", "NR", "SN")
    )


def _plural(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (t[i], f[i]) == ("XSN", "들") and _at(t, i - 1) == "NNG"


HABITS: dict[str, Matcher] = {
    "possessive_pronoun": _possessive_pronoun,
    "spelled_out_pronoun": _spelled_out_pronoun,
    "double_passive": _double_passive,
    "possible": _possible,
    "it_is_that": _it_is_that,
    "event_had": _event_had,
    "comma_and": _comma_and,
    "counted_genitive": _counted_genitive,
    "plural": _plural,
}
# The forms each habit starts at: only those morphemes are looked at (a pass over every
# morpheme with every matcher cost a twentieth of Kiwi's own analysis).
_TRIGGERS = {
    "possessive_pronoun": THIRD_PERSON,
    "spelled_out_pronoun": SPELLED_OUT,
    "double_passive": {"지"},
    "possible": {"것"},
    "it_is_that": {"것"},
    "event_had": {"가지", "취하"},
    "comma_and": {"그리고"},
    "counted_genitive": COUNTERS,
    "plural": {"들"},
}


def _habits_by_form() -> dict[str, tuple[tuple[str, Matcher], ...]]:
    table: dict[str, tuple[tuple[str, Matcher], ...]] = {}
    for name, forms in _TRIGGERS.items():
        for form in forms:
            table[form] = (*table.get(form, ()), (name, HABITS[name]))
    return table


_BY_FORM = _habits_by_form()


def habit_counts(analysis: Analysis) -> Counter[str]:
    """How often each habit of ``HABITS`` occurs in one analysed text."""
    forms, tags = analysis.forms, analysis.tags
    counts: Counter[str] = Counter()
    for i, form in enumerate(forms):
        for name, matches in _BY_FORM.get(form, ()):
            if matches(forms, tags, i):
                counts[name] += 1
    return counts


def translationese_ratio(analysis: Analysis, sentences: int) -> float:
    """Capped habit counts per sentence (with ``PRIOR_SENTENCES`` of prior)."""
    cap = HABIT_CAP + sentences / CAP_SENTENCES
    counts = habit_counts(analysis)
    return sum(min(n, cap) for n in counts.values()) / (sentences + PRIOR_SENTENCES)
