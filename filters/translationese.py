"""Translationese: Korean as a literal rendering of English writes it, counted on the Kiwi
analysis.

A literal translation keeps what English must say and Korean leaves out or says otherwise:
third-person and second-person pronouns in every sentence (그녀는 그녀의 가방을, 당신의
파일들을), possessive pronouns, double passives (되어지다, 보여지다), 것이 가능하다 for
"can", the -ㄴ 것이다 ending, event nouns "had" or "taken" (시간을 가지다, 숨을 취하다),
", 그리고" for ", and", counted nouns in the genitive (세 명의 사람들), and the plural 들 on
ordinary nouns; and English phrasings carried over word for word: "make it easier" (더 쉽게
만들다), "in" (-에 있어서), "provide" (제공하다), "from" (로부터), "means that" (것을
의미하다), "that is why" (이유이다), "tend to" (경향이 있다), "depend on" (에 달려 있다).
Each habit alone is also native Korean (a poem addresses 당신 in every line,
a diary says 친구들), so a habit counts at most twice plus once per ten sentences: one habit
repeated is style, several together are translation. The measure is those capped counts per
sentence, with five sentences of prior so that a two-line text is not judged on one word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from filters.analysis import Analysis

THIRD_PERSON = frozenset({"그", "그녀", "그들", "그것", "그것들", "그녀들"})
# 당신의 is "your" in every sentence of a literal rendering; native prose says 자기 or nothing.
POSSESSIVE = THIRD_PERSON | {"당신", "당신들"}
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
    return t[i] == "NP" and f[i] in POSSESSIVE and _at(t, i + 1) == "JKG"


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


def _make_it(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    """-게 만들다, English "make it easier": 이것은 과정을 더 쉽게 만든다."""
    return f[i] == "만들" and (_at(t, i - 1), _at(f, i - 1)) == ("EC", "게")


def _in_regard(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (
        f[i] == "있"
        and (_at(t, i - 1), _at(f, i - 1)) == ("JKB", "에")
        and _at(f, i + 1)
        in (
            "어",
            "어서",
        )
    )


def _provide(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return f[i] == "제공" and _at(t, i - 1) == "JKO" and _at(t, i + 1).startswith("XSV")


def _from(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return t[i] == "JKB" and f[i] in ("로부터", "으로부터")


def _means_that(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (
        f[i] == "의미"
        and _at(f, i - 2) == "것"
        and _at(t, i - 1) == "JKO"
        and _at(t, i + 1).startswith("XSV")
    )


def _that_is_why(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return f[i] == "이유" and (_at(t, i + 1), _at(t, i + 2)) == ("VCP", "EF")


def _tend_to(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return f[i] == "경향" and _at(t, i + 1) == "JKS" and _at(f, i + 2) == "있"


def _depends_on(f: tuple[str, ...], t: tuple[str, ...], i: int) -> bool:
    return (
        f[i] == "달리"
        and _at(f, i - 1) == "에"
        and _at(f, i + 1) in ("어", "어서")
        and _at(f, i + 2) == "있"
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
    "make_it": _make_it,
    "in_regard": _in_regard,
    "provide": _provide,
    "from": _from,
    "means_that": _means_that,
    "that_is_why": _that_is_why,
    "tend_to": _tend_to,
    "depends_on": _depends_on,
}
# The forms each habit starts at: only those morphemes are looked at (a pass over every
# morpheme with every matcher cost a twentieth of Kiwi's own analysis).
_TRIGGERS = {
    "possessive_pronoun": POSSESSIVE,
    "spelled_out_pronoun": SPELLED_OUT,
    "double_passive": {"지"},
    "possible": {"것"},
    "it_is_that": {"것"},
    "event_had": {"가지", "취하"},
    "comma_and": {"그리고"},
    "counted_genitive": COUNTERS,
    "plural": {"들"},
    "make_it": {"만들"},
    "in_regard": {"있"},
    "provide": {"제공"},
    "from": {"로부터", "으로부터"},
    "means_that": {"의미"},
    "that_is_why": {"이유"},
    "tend_to": {"경향"},
    "depends_on": {"달리"},
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
