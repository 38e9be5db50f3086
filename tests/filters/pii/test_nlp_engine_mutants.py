"""What the mutation run of ``filters/pii/nlp_engine.py`` found no test for (see
``benchmarks/mutation_survivors.md``): the NLP engine as presidio's own entry points see it,
``process_text`` (the artifacts' spaCy tokens, lemmas and keywords), ``process_batch`` (no
test reached it), the language check, and the stopword and punctuation questions presidio
may ask. Each test builds its engine afresh, so that the mutation run maps it to the code
that builds one. All values are fictional."""

import pytest
from presidio_analyzer import BatchAnalyzerEngine

from filters.analysis import Analysis, analyze_text
from filters.pii.nlp_engine import LANGUAGE, KiwiContextEnhancer, KiwiNlpEngine, words_of
from filters.pii.scrub import Scrubber
from tests.conftest import settings

TEXT = "신청하는 주민등록번호 확인했다"


def test_process_text_gives_tokens_that_rebuild_the_text_with_lemmas_and_keywords():
    artifacts = KiwiNlpEngine().process_text(TEXT, "ko")
    assert [token.text for token in artifacts.tokens] == [
        "신청",
        "하",
        "는",
        "주민등록번호",
        "확인",
        "했",
        "다",
    ]
    assert artifacts.tokens.text == TEXT  # a space only where the text has one
    assert [token.whitespace_ for token in artifacts.tokens][-1] == ""
    assert artifacts.tokens_indices == [0, 2, 3, 5, 12, 14, 15]
    assert artifacts.lemmas == ["신청", "하다", "는", "주민등록번호", "확인", "하다", "다"]
    assert list(artifacts.keywords) == ["신청", "하다", "주민등록번호", "확인", "하다"]
    assert "주민등록번호" in artifacts.keywords and "는" not in artifacts.keywords
    assert artifacts.language == LANGUAGE == "ko"
    assert artifacts.entities == [] and artifacts.scores == []  # no named entities from Kiwi
    assert artifacts.ran_kiwi is False  # Kiwi ran in process_text, not on first use


def test_process_text_refuses_another_language():
    with pytest.raises(ValueError, match=r"Korean \('ko'\), not 'en'"):
        KiwiNlpEngine().process_text(TEXT, "en")


def test_process_batch_gives_each_texts_artifacts_in_order():
    texts = ["연락처 010-1234-5678", "메일 hong@example.com 으로", "아무 번호도 없다"]
    batch = list(KiwiNlpEngine().process_batch(texts, "ko"))
    assert [text for text, _ in batch] == texts
    assert [artifacts.text for _, artifacts in batch] == texts
    assert all(artifacts.language == "ko" for _, artifacts in batch)
    assert [artifacts.tokens.text for _, artifacts in batch] == texts
    # the batch was analysed up front: reading the tokens did not run Kiwi text by text
    assert all(artifacts.ran_kiwi is False for _, artifacts in batch)
    with pytest.raises(ValueError, match="not 'en'"):
        list(KiwiNlpEngine().process_batch(texts, "en"))


def test_presidios_batch_analyzer_finds_the_identifiers_of_each_text():
    analyzer = Scrubber(settings().pii).analyzer
    texts = ["연락처 010-1234-5678", "메일 hong@example.com 으로", "아무 번호도 없다"]
    found = [
        [(r.entity_type, text[r.start : r.end]) for r in results]
        for text, results in zip(
            texts, BatchAnalyzerEngine(analyzer).analyze_iterator(texts, "ko"), strict=True
        )
    ]
    assert found == [
        [("PHONE_NUMBER", "010-1234-5678")],
        [("EMAIL_ADDRESS", "hong@example.com")],
        [],
    ]


def test_the_engine_is_ready_without_loading_anything_and_speaks_korean_only():
    engine = KiwiNlpEngine()
    assert engine.is_loaded() is True
    assert engine.get_supported_languages() == ["ko"]
    assert engine.get_supported_entities() == []


@pytest.mark.parametrize(("word", "stopword"), [("이", True), ("에서", True), ("계좌", False)])
def test_particles_are_stopwords(word, stopword):
    assert KiwiNlpEngine().is_stopword(word, "ko") is stopword


@pytest.mark.parametrize(
    ("word", "punct"),
    [("...", True), ("▶", True), ("-", True), ("", False), ("a.", False), ("계좌", False)],
)
def test_punctuation_is_a_word_of_punctuation_or_symbols_only(word, punct):
    assert KiwiNlpEngine().is_punct(word, "ko") is punct


def test_a_three_letter_latin_context_word_must_be_whole_a_four_letter_one_need_not():
    find = KiwiContextEnhancer._find_supportive_word_in_context
    assert find(["hotel", "room"], ["tel"]) == ""  # three letters: inside hotel it is no phone
    assert find(["Tel", "02"], ["tel"]) == "tel"
    assert find(["hostname"], ["host"]) == "host"  # four letters: a substring counts
    assert find(["banking"], ["bank"]) == "bank"


def test_characters_the_analysis_left_out_become_words_of_their_own():
    """A stored analysis without morphemes for some characters (here ※ and the closing
    mark): each whitespace-separated run of them is a word at its own offset, never content,
    so the words around it keep their offsets."""
    text = "계좌 ※ ※ 번호 ※※"
    analysis = Analysis(
        forms=("계좌", "번호"),
        tags=("NNG", "NNG"),
        starts=(0, 7),
        ends=(2, 9),
        sentences=((0, 9),),
    )
    assert words_of(text, analysis) == [
        (0, 2, "계좌", True),
        (3, 4, "※", False),
        (5, 6, "※", False),
        (7, 9, "번호", True),
        (10, 12, "※※", False),
    ]
    # a window of morphemes starts at its first one and ends at its last one, except that
    # the text's end is read with the last morpheme
    assert words_of(text, analysis, 0, 1) == [(0, 2, "계좌", True)]
    assert words_of(text, analysis, 1, 2) == [(7, 9, "번호", True), (10, 12, "※※", False)]


@pytest.mark.parametrize("text", ["", "   "])
def test_the_analysis_of_an_empty_or_blank_text_is_reused(text):
    artifacts = KiwiNlpEngine().artifacts(text, analyze_text(text))
    assert len(artifacts.analysis) == 0
    assert artifacts.ran_kiwi is False


def test_a_text_with_no_morpheme_at_all_is_words_of_its_own_characters():
    empty = Analysis(forms=(), tags=(), starts=(), ends=(), sentences=())
    assert words_of("※ ※※", empty) == [(0, 1, "※", False), (2, 4, "※※", False)]
    assert words_of("   ", empty) == []
    artifacts = KiwiNlpEngine().artifacts("   ", analyze_text("   "))
    assert artifacts.lemmas == [] and list(artifacts.keywords) == []
