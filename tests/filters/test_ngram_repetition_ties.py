"""Gopher's top n-gram on long documents (the sorted path, 200 candidates or more) where the
most frequent n-gram occurs only once or twice: the first n-gram of the document, or the
first of the repeated ones, as datatrove's ``Counter.most_common`` picks it."""

from collections import Counter

from filters.ngram_repetition import NgramIndex


def reference_top(words: list[str], n: int) -> int:
    grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    gram, count = Counter(grams).most_common(1)[0]
    return len(gram) * count


def distinct_words(count: int) -> list[str]:
    """``count`` different words of different lengths."""
    return [f"w{i}" + "x" * (i % 7) for i in range(count)]


def test_no_repeat_in_a_long_document_gives_the_first_ngram():
    words = distinct_words(250)
    index = NgramIndex(words)
    assert index.top_chars(1) == len(words[0]) == reference_top(words, 1)
    assert index.top_chars(2) == len(words[0]) + 1 + len(words[1]) == reference_top(words, 2)


def test_every_ngram_twice_gives_the_first_repeated_one():
    body = distinct_words(250)
    words = ["서두에만나오는긴낱말", *body, *body]
    index = NgramIndex(words)
    assert index.top_chars(1) == 2 * len(body[0]) == reference_top(words, 1)
    assert index.top_chars(2) == 2 * (len(body[0]) + 1 + len(body[1])) == reference_top(words, 2)
    assert index.top_chars(3) == reference_top(words, 3)


def test_repeated_prefixes_without_a_repeated_trigram_give_the_first_trigram():
    # 250 repeats of the bigram "a b", each followed by a different word: no trigram repeats,
    # so the top trigram is the document's first, which starts before any repeated bigram
    # (and is longer than the first trigram starting at a repeated one).
    words = ["시작합니다"]
    for word in distinct_words(250):
        words += ["a", "b", word]
    index = NgramIndex(words)
    assert index.top_chars(2) == 250 * len("a b") == reference_top(words, 2)
    assert index.top_chars(3) == len("시작합니다 a b") == reference_top(words, 3)
    assert index.top_chars(4) == len("시작합니다 a b w0") == reference_top(words, 4)
