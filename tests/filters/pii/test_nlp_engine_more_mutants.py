"""The context window of ``KiwiArtifacts`` (``filters/pii/nlp_engine.py``), pinned where the
mutation run of its ``context_window`` found gaps (see ``benchmarks/mutation_survivors.md``):
the words of a window are exactly the whole text's words there (a window is cut at whitespace,
never inside a compound noun or an unspaced run), it holds the word at the position and enough
content words on each side (or reaches the text's edge), its keywords are its content lemmas,
and a clause keeps the words starting inside it. Real Kiwi, no mocks; all values fictional."""

import functools

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from filters.analysis import analyze_text
from filters.pii.nlp_engine import KiwiContextEnhancer, KiwiNlpEngine, words_of
from filters.pii.scrub import Scrubber
from tests.conftest import settings

# Compound nouns of ten morphemes with no space inside: a block edge (every 16 morphemes)
# falls inside a word.
COMPOUNDS = (
    "주민등록번호확인서발급신청서접수처리결과통지서 " * 6
    + "연락처 010-1234-5678 으로 회신 바랍니다."
)
# An unspaced run of 26 morphemes first: the window of a value two blocks on must go back
# to the text's start, not stop one morpheme short of it.
UNSPACED = (
    "대한민국헌법제일조대한민국은민주공화국이다대한민국의주권은국민에게있고모든권력은국민으로부터"
    "나온다 그리고 나서 우리는 계좌번호 302-1234-5678-01 을 확인했다."
)
# 69 morphemes with no space at all, then a last word: a window inside the run can only
# start at the text's start and end at the space before the last word.
LONG_RUN = (
    "대한민국헌법제일조대한민국은민주공화국이다대한민국의주권은국민에게있고모든권력은국민으로부터"
    "나온다제이조대한민국의국민이되는요건은법률로정한다국가는법률이정하는바에의하여재외국민을"
    "보호할의무를진다계좌번호302-1234-5678-01을확인했다 연락처 010-1234-5678"
)
# Ordinary prose with identifiers, several blocks long.
PROSE = (
    "민원 접수 안내\n성명: 홍길동 (주민등록번호 900101-1234568)\n"
    "연락처 010-1234-5678, 이메일 hong@example.com으로 회신 바랍니다.\n"
    "결제 카드 4111-1111-1111-1111 승인 완료. 접수일 2024-03-15, 수수료 12,000원.\n"
    "담당자는 서울특별시 종로구 세종대로 209 정부서울청사 민원실에서 근무합니다."
)


@functools.cache
def analysis_of(text: str):
    return analyze_text(text)


def artifacts_of(text: str):
    """Fresh artifacts (no window computed yet) over the text's one analysis."""
    return KiwiNlpEngine().artifacts(text, analysis_of(text))


def check_window(text: str, position: int, before: int, after: int) -> None:
    """The window around ``position`` is a run of the whole text's words holding the word at
    ``position`` with more than ``before`` content words up to it and more than ``after``
    from it, unless it reaches the text's start or end."""
    artifacts = artifacts_of(text)
    words = words_of(text, artifacts.analysis)
    lemmas, keywords, index = artifacts.context_window(position, before, after)
    target = next((i for i, w in enumerate(words) if position < w[1]), len(words) - 1)
    first = target - index
    end = first + len(lemmas)
    where = (text[position : position + 8], before, after)
    assert first >= 0 and lemmas == [w[2] for w in words[first:end]], where
    assert first == 0 or sum(w[3] for w in words[first : target + 1]) > before, where
    assert end == len(words) or sum(w[3] for w in words[target:end]) > after, where
    assert list(keywords) == [w[2].lower() for w in words[first:end] if w[3]], where


@pytest.mark.parametrize(
    "text", [COMPOUNDS, UNSPACED, LONG_RUN, PROSE], ids=["compounds", "unspaced", "run", "prose"]
)
@pytest.mark.parametrize(("before", "after"), [(6, 3), (0, 0), (2, 9), (30, 0), (0, 30)])
def test_a_window_is_the_whole_texts_words_around_the_position(text, before, after):
    starts = sorted({w[0] for w in words_of(text, analysis_of(text))})
    for position in starts:
        check_window(text, position, before, after)


def test_a_position_past_the_last_word_reads_the_last_word():
    """Trailing spaces hold no word: a position there is read as the text's last word."""
    text = "연락처 010-1234-5678   "
    for before, after in ((6, 3), (0, 0)):
        check_window(text, len(text) - 1, before, after)
    lemmas, _, index = artifacts_of(text).context_window(len(text) - 1, 6, 3)
    assert (lemmas[index], index) == ("010-1234-5678", len(lemmas) - 1)


def test_a_clause_keeps_the_words_starting_inside_it_and_the_word_at_the_position():
    """Bounds at word starts: 연락처 (at the clause's start) is kept, 이메일 (at its end) is
    not; the word at the position is kept even outside the clause, at its place in order."""
    position = PROSE.index("010-1234-5678")
    whole, _, at = artifacts_of(PROSE).context_window(position, 6, 3)
    words = words_of(PROSE, analysis_of(PROSE))
    target = next(i for i, w in enumerate(words) if position < w[1])
    window = words[target - at : target - at + len(whole)]
    assert [w[2] for w in window] == whole

    def clipped(lo: int, hi: int) -> tuple[list[str], list[str], int]:
        kept = [w for w in window if lo <= w[0] < hi or w is words[target]]
        return [w[2] for w in kept], [w[2].lower() for w in kept if w[3]], kept.index(words[target])

    lo, hi = PROSE.index("연락처"), PROSE.index("이메일")
    lemmas, keywords, index = artifacts_of(PROSE).context_window(position, 6, 3, (lo, hi))
    assert (lemmas, list(keywords), index) == clipped(lo, hi)
    assert lemmas[0] == "연락처" and "이메일" not in lemmas and lemmas[index] == "010-1234-5678"
    # a clause before the position: its words, then the word at the position
    lo, hi = PROSE.index("성명"), PROSE.index("(주민")
    lemmas, keywords, index = artifacts_of(PROSE).context_window(position, 6, 3, (lo, hi))
    assert (lemmas, list(keywords), index) == clipped(lo, hi)
    assert lemmas == ["성명", ":", "홍길동", "010-1234-5678"] and index == 3


def test_a_value_in_a_long_document_reads_a_few_dozen_words_not_the_whole_document():
    """The enhancer's window around one value holds the blocks around it (a few dozen
    words), not the document's hundreds: a long page with one phone number stays cheap."""
    text = "\n".join([PROSE] * 8)
    words = words_of(text, analysis_of(text))
    position = text.index("010-1234-5678", len(text) // 2)
    lemmas, _, index = artifacts_of(text).context_window(position, 6, 3)
    check_window(text, position, 6, 3)
    assert lemmas[index] == "010-1234-5678"
    assert len(words) > 300 and len(lemmas) < 80


def test_artifacts_of_another_nlp_engine_get_presidios_own_context_words():
    """Given presidio's own artifacts (another NLP engine's words, no Kiwi analysis), the
    enhancer reads presidio's window: the number, one word before it (연락처, not 안내: the
    prefix count here is 1) and the words after it; a match no token covers is presidio's
    ValueError naming it."""
    engine = KiwiNlpEngine()
    surfaces = ["안내", "연락처", "010-1234-5678", "으로", "회신"]
    starts = [0, 3, 7, 21, 24]
    artifacts = NlpArtifacts(
        entities=[],
        tokens=Doc(engine.vocab, words=surfaces, spaces=[True, True, False, True, False]),
        tokens_indices=starts,
        lemmas=surfaces,
        nlp_engine=engine,
        language="ko",
    )
    enhancer = KiwiContextEnhancer(context_prefix_count=1, context_suffix_count=3)
    words = enhancer._extract_surrounding_words(artifacts, "010-1234-5678", 7)
    assert sorted(words) == ["010-1234-5678", "연락처", "으로", "회신"]
    with pytest.raises(ValueError, match="Did not find word '0000'"):
        enhancer._extract_surrounding_words(artifacts, "0000", 40)


def test_kiwi_has_not_run_until_something_asks_for_the_words():
    """Artifacts without an analysis run Kiwi only on first use; a text no recognizer finds
    a candidate in is scrubbed without Kiwi (the stage's kiwi_analyses count stays 0)."""
    artifacts = KiwiNlpEngine().artifacts("연락처 없음", None)
    assert artifacts.ran_kiwi is False
    assert [token.text for token in artifacts.tokens] == ["연락처", "없", "음"]
    assert artifacts.ran_kiwi is True
    result = Scrubber(settings().pii).scrub("hello world 2024")
    assert (result.text, result.spans, result.ran_kiwi) == ("hello world 2024", (), False)
