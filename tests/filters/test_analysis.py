"""The analysis a record carries from the quality stage to near-dup and PII: exactly the
analysis Kiwi made, in a fraction of the bytes (it rides every shuffle in between)."""

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from filters.analysis import Analysis, analyze_text

# Kiwi lemmatizes (했다 → 하/었/다), so some forms differ from their span of the text.
PROSE = "어제 그는 학교에 갔다. 선생님께서 숙제를 내 주셨고, 우리는 밤늦게까지 했다!"


def test_the_record_form_restores_the_analysis_exactly():
    analysis = analyze_text(PROSE)
    spans = zip(analysis.forms, analysis.starts, analysis.ends, strict=True)
    assert any(PROSE[s:e] != form for form, s, e in spans)
    assert Analysis.from_record(analysis.to_record(PROSE), PROSE) == analysis


def test_large_offsets_and_an_empty_text_survive():
    long_text = (PROSE + "\n") * 2000  # offsets past 65,535
    analysis = analyze_text(long_text)
    assert max(analysis.ends) > 1 << 16
    assert Analysis.from_record(analysis.to_record(long_text), long_text) == analysis
    empty = analyze_text("")
    assert Analysis.from_record(empty.to_record(""), "") == empty


def test_the_record_form_is_a_third_of_the_plain_one_or_less():
    text = PROSE * 40
    analysis = analyze_text(text)
    plain = {
        "forms": "\x1f".join(analysis.forms),
        "tags": "\x1f".join(analysis.tags),
        "spans": list(zip(analysis.starts, analysis.ends, strict=True)),
        "sentences": analysis.sentences,
    }
    assert len(pickle.dumps(analysis.to_record(text))) * 3 <= len(pickle.dumps(plain))


_ALPHABET = "가나다라마바사아자차카타파하한국어는을를이의에서 .,!?\n漢字abc123"
_TEXTS = st.text(alphabet=st.sampled_from(list(_ALPHABET)), max_size=200)


@settings(max_examples=60, deadline=None)
@given(_TEXTS)
def test_round_trip_on_any_text(text):
    analysis = analyze_text(text)
    assert Analysis.from_record(analysis.to_record(text), text) == analysis
