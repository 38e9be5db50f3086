"""Hashed n-gram statistics give datatrove's Gopher repetition numbers exactly."""

import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from filters.ngram_repetition import NgramIndex


def reference_top(words: list[str], n: int) -> int:
    grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    if not grams:
        return 0
    gram, count = Counter(grams).most_common(1)[0]
    return len(gram) * count


def reference_duplicates(words: list[str], n: int) -> int:
    seen, total, i = set(), 0, 0
    while i < len(words) - n + 1:
        gram = "".join(words[i : i + n])
        if gram in seen:
            total += len(gram)
            i += n
        else:
            seen.add(gram)
            i += 1
    return total


words = st.lists(st.sampled_from(["가", "나다", "라", "ab", "c", "의", "."]), max_size=600)


@settings(max_examples=200)
@given(words, st.integers(min_value=1, max_value=10))
def test_matches_datatrove_definitions(ws, n):
    index = NgramIndex(ws)
    assert index.top_chars(n) == reference_top(ws, n)
    assert index.duplicate_chars(n) == reference_duplicates(ws, n)


def test_repeated_sentence_counts_every_repeat_once():
    sentence = ["국회", "는", "법률", "을", "정한다", "."]
    index = NgramIndex(sentence * 3)
    assert index.duplicate_chars(5) == reference_duplicates(sentence * 3, 5) > 0


def test_long_documents_take_the_numpy_path_and_agree():
    rng = random.Random(7)
    ws = [rng.choice(["가", "나다", "라", "ab", "의", "."]) for _ in range(2000)]
    index = NgramIndex(ws)
    for n in range(1, 11):
        assert index.top_chars(n) == reference_top(ws, n)
        assert index.duplicate_chars(n) == reference_duplicates(ws, n)
