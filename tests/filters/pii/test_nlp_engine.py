"""The Kiwi NLP engine as presidio sees it: compound nouns are one word, so Korean context
words match, and our context enhancer scores exactly as presidio's stock one."""

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from curate.evals.pii import load_eval_set
from curate.sample.texts import source_documents
from filters.analysis import analyze, analyze_text
from filters.pii.nlp_engine import LANGUAGE, words_of
from filters.pii.recognizers import korean_recognizers
from filters.pii.scrub import scrubber
from tests.conftest import settings
from tests.pii_helpers import TEXT


def test_compound_nouns_are_one_word_so_context_words_match():
    text = "주민등록번호 확인"
    lemmas = [lemma for _, _, lemma, _ in words_of(text, analyze_text(text))]
    assert lemmas[0] == "주민등록번호"


def test_context_enhancer_matches_presidio_stock_enhancer_on_whole_documents():
    engine = scrubber(settings().pii)
    stock = AnalyzerEngine(
        registry=RecognizerRegistry(
            recognizers=korean_recognizers(), supported_languages=[LANGUAGE]
        ),
        nlp_engine=engine.nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=0.5,
        context_aware_enhancer=LemmaContextAwareEnhancer(
            context_prefix_count=6, context_suffix_count=3
        ),
    )
    texts = [item["text"] for item in load_eval_set()[::4]]
    texts += [doc.text for doc in source_documents()[::12]] + [TEXT]
    for text, analysis in zip(texts, analyze(texts), strict=True):
        ours = engine.analyzer.analyze(
            text, LANGUAGE, nlp_artifacts=engine.nlp_engine.artifacts(text, analysis)
        )
        theirs = stock.analyze(
            text, LANGUAGE, nlp_artifacts=engine.nlp_engine.artifacts(text, analysis)
        )
        key = lambda r: (r.start, r.end, r.entity_type, r.score)  # noqa: E731
        assert sorted(map(key, ours)) == sorted(map(key, theirs)), text
