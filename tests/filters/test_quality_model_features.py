"""What the quality model reads and what its score means: the ``form/TAG`` features of an
analysis (built by hand here), P(good) from fastText's labels, the bundled model, and the
refusal of labels it cannot learn."""

from __future__ import annotations

import numpy as np
import pytest

from filters.analysis import Analysis, analyze
from filters.quality_model import (
    DEFAULT_MODEL,
    QualityModel,
    TrainOptions,
    _good_probability,
    features,
    train,
)


def analysis_of(pairs: list[tuple[str, str]]) -> Analysis:
    forms = tuple(form for form, _ in pairs)
    tags = tuple(tag for _, tag in pairs)
    starts = tuple(range(len(pairs)))
    return Analysis(forms, tags, starts, tuple(s + 1 for s in starts), ())


def test_features_are_forms_with_two_letter_tags():
    analysis = analysis_of(
        [("학교", "NNG"), ("에", "JKB"), ("가", "VV"), ("았", "EP"), ("다", "EF")]
    )
    assert features(analysis) == "학교/NN 에/JK 가/VV 았/EP 다/EF"


def test_whitespace_forms_are_skipped_and_newlines_never_reach_fasttext():
    analysis = analysis_of([("가", "NNG"), ("\n", "SW"), (" ", "SP"), ("a\nb", "SL"), ("x", "S")])
    assert features(analysis) == "가/NN a b/SL x/S"


def test_only_the_first_2000_morphemes_count():
    analysis = analysis_of([(f"w{i}", "NNG") for i in range(2001)])
    tokens = features(analysis).split(" ")
    assert len(tokens) == 2000
    assert tokens[-1] == "w1999/NN"
    assert features(analysis_of([])) == ""


def test_the_good_probability_is_read_from_either_label():
    assert _good_probability(["__label__good", "__label__junk"], np.array([0.75, 0.25])) == 0.75
    assert _good_probability(["__label__junk", "__label__good"], np.array([0.9, 0.1])) == (
        pytest.approx(0.1)
    )
    assert _good_probability(["__label__junk"], np.array([1.0])) == 0.0
    # fastText's softmax can overshoot 1 by a float error; a score is a probability
    assert _good_probability(["__label__good"], np.array([1.00001])) == 1.0
    assert _good_probability(["__label__good"], np.array([1.0])) == 1.0


def test_the_bundled_model_scores_each_document():
    model = QualityModel()
    assert model.scores([]) == []
    prose = analysis_of([("학교", "NNG"), ("에", "JKB"), ("가", "VV"), ("았", "EP"), ("다", "EF")])
    junk = analysis_of([("클릭", "NNG"), ("!!!", "SF"), ("http", "SL")])
    scores = model.scores([prose, junk, prose])
    assert len(scores) == 3
    assert all(isinstance(s, float) and 0.0 <= s <= 1.0 for s in scores)
    assert scores[0] == scores[2]
    labels, probs = model.model.predict([features(prose)], k=2)
    assert scores[0] == _good_probability(labels[0], probs[0])
    assert QualityModel(str(DEFAULT_MODEL)).scores([prose]) == scores[:1]


def test_training_refuses_unknown_labels(tmp_path):
    with pytest.raises(ValueError) as err:
        train([("good", "가"), ("spam", "나"), ("bad", "다")], tmp_path / "m.ftz")
    assert str(err.value) == "labels must be 'good' or 'junk', got 'bad'"
    assert not (tmp_path / "m.ftz").exists()


def test_training_writes_a_model_that_tells_the_two_apart(tmp_path):
    """A model (10 epochs, otherwise the defaults) from 30 examples: written where asked,
    counted, and readable by QualityModel, which scores the good examples above the junk."""
    good = [f"오늘 학교에서 {i}번째 수업을 들었다. 선생님께서 숙제를 내 주셨다." for i in range(15)]
    junk = [f"클릭 클릭 {i} !!! 무료 당첨 http 바로가기 >>> 클릭" for i in range(15)]
    examples = [("good", t) for t in good] + [("junk", t) for t in junk]
    output = tmp_path / "new" / "folder" / "model.ftz"
    options = TrainOptions(epoch=10)
    summary = train(examples, output, options)
    assert summary == {"examples": 30, "good": 15, "junk": 15, "bytes": output.stat().st_size}
    assert summary["bytes"] > 0
    model = QualityModel(str(output))
    scores = model.scores(analyze([good[0], junk[0]]))
    assert scores[0] > 0.5 > scores[1]
