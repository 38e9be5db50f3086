"""The assessor streams: with Kiwi's threads, each assessment comes as soon as its analysis is
done (Kiwi reads a window ahead while this thread judges), and what it gives does not depend on
the thread count."""

import itertools

from filters.quality_assessor import QualityAssessor
from tests.conftest import settings
from tests.quality_helpers import ENGLISH_PARAGRAPH, HANJA_HEAVY, MENU, junk_text, korean_prose


def _texts() -> list[str]:
    prose = list(korean_prose().values())
    mixed = f"{MENU}\n{prose[0]}\n{ENGLISH_PARAGRAPH}\n{MENU}"
    return [*prose, mixed, HANJA_HEAVY, junk_text("keyword_spam"), "", prose[1]]


def _assessor(threads: int) -> QualityAssessor:
    run = settings()
    return QualityAssessor(run.quality, run.langid, threads)


def test_two_threads_give_the_assessments_of_one_in_the_same_order():
    texts = _texts()
    one = _assessor(1).assess(texts)
    two = list(_assessor(2).assess_each(iter(texts)))
    assert two == one
    assert any(a.edits for a in one)
    assert {a.failed for a in one} > {None}


def test_with_threads_the_first_assessments_come_before_the_input_ends():
    texts = _texts()

    def long_source():
        yield from itertools.islice(itertools.cycle(texts), 200)
        raise AssertionError("the assessor read the whole input before giving anything")

    first = list(itertools.islice(_assessor(2).assess_each(long_source()), len(texts) + 2))
    assert first == _assessor(1).assess([*texts, *texts[:2]])
