"""The assessor streams: with Kiwi's threads, each assessment comes as soon as its analysis is
done (Kiwi reads a window ahead while this thread judges), and what it gives does not depend on
the thread count."""

import itertools

import pytest

from filters.analysis import get_kiwi
from filters.langid import MODEL_PATH as LID_MODEL
from filters.mojibake import CUT_RULE, REPAIR_RULE
from filters.quality_assessor import BOILERPLATE_LINE, LineEdit, QualityAssessor
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


def test_one_kiwi_thread_by_default_reads_the_whole_batch_before_judging():
    """Without ``kiwi_threads`` the stage runs on the caller's core: the batch is analysed
    first, so the first assessment comes only after the last text was read (Kiwi's threads
    would read a window ahead and judge the first group before the input ends)."""
    run = settings()
    texts = [f"{sentence} {i}번." for i, sentence in enumerate(["그는 밥을 먹었다."] * 200)]
    read: list[int] = []

    def source():
        for i, text in enumerate(texts):
            read.append(i)
            yield text

    first = next(QualityAssessor(run.quality, run.langid).assess_each(source()))
    assert len(read) == len(texts)
    assert first.text == texts[0]


def test_a_disabled_model_scores_nothing_and_gives_no_verdict():
    text = korean_prose()["kolaw"]
    run = settings("quality.model.enabled=false")
    (assessment,) = QualityAssessor(run.quality, run.langid).assess([text])
    assert assessment.quality_score is None
    assert "quality_model" not in {v.rule for v in assessment.verdicts}
    (scored,) = _assessor(1).assess([text])
    assert scored.quality_score is not None and 0 < scored.quality_score <= 1
    assert [v.rule for v in scored.verdicts][-1] == "quality_model"


def test_the_model_at_the_configured_path_is_the_one_that_scores():
    """lid.176 is a fastText model without the ``good`` label: as the quality model it scores
    every document 0, and the model rule drops a page the bundled model keeps."""
    text = korean_prose()["kolaw"]
    assert _assessor(1).assess([text])[0].failed is None
    run = settings(f"quality.model.path={LID_MODEL}")
    (assessment,) = QualityAssessor(run.quality, run.langid).assess([text])
    assert assessment.quality_score == 0.0
    assert assessment.failed == "quality_model"


def test_load_makes_the_kiwi_the_stage_runs_on():
    run = settings()
    QualityAssessor(run.quality, run.langid, 2).load()
    assert get_kiwi().num_workers >= 2


def test_load_reads_the_configured_model_before_any_batch(tmp_path):
    """A model path that does not open fails when the stage is set up, not on its first
    batch; with the model switched off nothing is read from it."""
    missing = tmp_path / "missing.ftz"
    run = settings(f"quality.model.path={missing}")
    with pytest.raises(ValueError, match="missing.ftz"):
        QualityAssessor(run.quality, run.langid).load()
    off = settings(f"quality.model.path={missing}", "quality.model.enabled=false")
    QualityAssessor(off.quality, off.langid).load()


KOREAN = "오늘 서울의 날씨는 맑고 기온은 어제보다 조금 높겠습니다."
COPYRIGHT = "Copyright 2024 Example News Corporation. All rights reserved."


def as_cp1252(text: str) -> str:
    """UTF-8 bytes shown as a browser shows CP1252 (undefined bytes as C1 controls)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
        for b in text.encode()
    )


def test_every_edit_is_recorded_with_its_rule_in_line_order():
    """A repaired first line, a garbled line cut, an English copyright notice: the released
    text is the prose as written, and each line's edit names what was done to it. The notice
    is boilerplate, not a foreign paragraph, although fastText would call it English: lines
    already removed are not judged again."""
    prose = korean_prose()["kolaw"]
    first, _, rest = prose.partition("\n")
    garbled = KOREAN.encode().decode("cp949", errors="replace")
    (assessment,) = _assessor(1).assess([f"{as_cp1252(first)}\n{rest}\n{garbled}\n{COPYRIGHT}"])
    assert assessment.text == prose
    last = prose.count("\n") + 1
    assert assessment.edits == (
        LineEdit(REPAIR_RULE, 0, len(as_cp1252(first))),
        LineEdit(CUT_RULE, last, len(garbled)),
        LineEdit(BOILERPLATE_LINE, last + 1, len(COPYRIGHT)),
    )
    assert assessment.failed is None


def test_groups_of_judged_documents_follow_one_another():
    """With Kiwi's threads, documents are judged sixteen at a time: forty come out as one
    thread gives them."""
    texts = [f"그는 {i}번 버스를 타고 학교에 갔다." for i in range(40)]
    assert list(_assessor(2).assess_each(iter(texts))) == _assessor(1).assess(texts)


def test_the_stage_analyses_on_as_many_kiwi_threads_as_it_was_given():
    run = settings()
    QualityAssessor(run.quality, run.langid, 3).assess(["그는 밥을 먹었다."])
    assert get_kiwi().num_workers >= 3


def test_a_repair_alone_is_the_only_edit_and_a_clean_page_has_none():
    prose = korean_prose()["kolaw"]
    first, _, rest = prose.partition("\n")
    repaired, clean = _assessor(1).assess([f"{as_cp1252(first)}\n{rest}", prose])
    assert repaired.text == prose
    assert repaired.edits == (LineEdit(REPAIR_RULE, 0, len(as_cp1252(first))),)
    assert clean.edits == ()


def test_a_page_exactly_at_the_mojibake_share_loses_its_garbled_line():
    """Two U+FFFD of twelve characters: on ``max_mojibake_share`` the page passes the rule,
    so the garbled line is cut (not kept in a page that stays)."""
    sentence = "그는 밥을 먹었다."
    run = settings(f"quality.max_mojibake_share={2 / 12!r}")
    (assessment,) = QualityAssessor(run.quality, run.langid).assess([f"{sentence}\n\ufffd\ufffd"])
    assert assessment.text == sentence
    assert assessment.edits == (LineEdit(CUT_RULE, 1, 2),)
    assert next(v for v in assessment.verdicts if v.rule == "mojibake").passed
