"""The Kiwi NLP engine as presidio sees it: compound nouns are one word, so Korean context
words match, and our context enhancer scores exactly as presidio's stock one reading the
whole document's words, with those outside the match's clause left out."""

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from curate.evals.pii import load_eval_set
from curate.sample.texts import source_documents
from filters.analysis import analyze, analyze_text
from filters.pii.clause import clause_bounds, implied_context
from filters.pii.nlp_engine import LANGUAGE, KiwiContextEnhancer, words_of
from filters.pii.recognizers import korean_recognizers
from filters.pii.scrub import scrubber
from tests.conftest import settings
from tests.filters.pii.test_pii_spellings import FOUND, UNTOUCHED
from tests.pii_helpers import TEXT


def test_compound_nouns_are_one_word_so_context_words_match():
    text = "주민등록번호 확인"
    lemmas = [lemma for _, _, lemma, _ in words_of(text, analyze_text(text))]
    assert lemmas[0] == "주민등록번호"


class ClauseLemmaEnhancer(LemmaContextAwareEnhancer):
    """presidio's stock enhancer over every word of the document, the words outside the
    match's clause blanked, plus the context the value's place implies (the reference for
    the windowed one). Short Latin context words match whole words in both (tested below)."""

    _find_supportive_word_in_context = staticmethod(
        KiwiContextEnhancer._find_supportive_word_in_context
    )

    def _extract_surrounding_words(self, nlp_artifacts, word, start):
        lo, hi = clause_bounds(nlp_artifacts.text, start, start + len(word))
        tokens, starts = nlp_artifacts.tokens, nlp_artifacts.tokens_indices
        index = self._find_index_of_match_token(word, start, tokens, starts)
        lemmas = [
            lemma if lo <= first < hi or i == index else "\0"
            for i, (first, lemma) in enumerate(zip(starts, nlp_artifacts.lemmas, strict=True))
        ]
        keywords = nlp_artifacts.keywords
        before = self._add_n_words_backward(index, self.context_prefix_count, lemmas, keywords)
        after = self._add_n_words_forward(index, self.context_suffix_count, lemmas, keywords)
        return list({*before, *after, *implied_context(nlp_artifacts.text, start)})


def test_context_enhancer_matches_presidio_stock_enhancer_on_whole_documents():
    engine = scrubber(settings().pii)
    stock = AnalyzerEngine(
        registry=RecognizerRegistry(
            recognizers=korean_recognizers(), supported_languages=[LANGUAGE]
        ),
        nlp_engine=engine.nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.5,
        context_aware_enhancer=ClauseLemmaEnhancer(context_prefix_count=6, context_suffix_count=3),
    )
    texts = [item["text"] for item in load_eval_set()[::4]]
    texts += [doc.text for doc in source_documents()[::12]] + [TEXT]
    texts += [text for _, text, _ in FOUND] + UNTOUCHED
    for text, analysis in zip(texts, analyze(texts), strict=True):
        ours = engine.analyzer.analyze(
            text, LANGUAGE, nlp_artifacts=engine.nlp_engine.artifacts(text, analysis)
        )
        theirs = stock.analyze(
            text, LANGUAGE, nlp_artifacts=engine.nlp_engine.artifacts(text, analysis)
        )
        key = lambda r: (r.start, r.end, r.entity_type, r.score)  # noqa: E731
        assert sorted(map(key, ours)) == sorted(map(key, theirs)), text


def test_a_short_latin_context_word_counts_only_as_a_whole_word():
    find = KiwiContextEnhancer._find_supportive_word_in_context
    assert find(["Minh", "father"], ["계좌", "nh", "bank"]) == ""
    assert find(["NH", "302"], ["계좌", "nh"]) == "nh"
    assert find(["recipient"], ["ip", "서버"]) == ""
    assert find(["계좌번호"], ["nh", "계좌"]) == "계좌"
    assert find(["Telephone"], ["phone"]) == "phone"
