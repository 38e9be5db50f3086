"""Labelled Korean documents for evaluating the quality stage and training its model.

Real prose comes from ``curate/sample/sources`` (statutes, bills, the Korean Debian FAQ),
split by document group (a statute chapter, a bill, an FAQ chapter) so that no group is in
both halves: about a quarter of the groups are held out for evaluation, the rest train the
bundled model. Junk is generated (``curate.sample.junk``) with a different seed for each half.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass

from curate.sample import junk
from curate.sample.texts import Document, source_documents
from filters.script_stats import ScriptCounts

GOOD, JUNK = "good", "junk"
TRAIN, EVAL = "train", "eval"
EVAL_SEED, TRAIN_SEED = 4, 8
HELD_OUT_BUCKETS = 4
JUNK_PER_CLASS = {TRAIN: 60, EVAL: 25}

PROSE_CLASSES = {"kolaw": "statutes", "kobill": "bills", "debian-faq": "translated docs"}
# Parts of the Korean Debian FAQ were never translated: those sections are English pages with
# Korean headings, junk for a Korean corpus. Judged by the text's own script mix.
UNTRANSLATED = "untranslated FAQ (English)"
MIN_HANGUL_SHARE = 0.5


@dataclass(frozen=True)
class Labelled:
    """A document, its class (what it is) and label (keep it or not)."""

    cls: str
    label: str
    text: str


def split_of(doc: Document) -> str:
    """Held out by group: every document of a statute chapter, bill or FAQ chapter shares
    its title, so hashing the title keeps a group on one side."""
    digest = int(hashlib.sha1(doc.title.encode("utf-8")).hexdigest(), 16)
    return EVAL if digest % HELD_OUT_BUCKETS == 0 else TRAIN


def is_korean(doc: Document) -> bool:
    return ScriptCounts.of(doc.text).hangul_share_of_letters() >= MIN_HANGUL_SHARE


def prose(split: str) -> list[Document]:
    """Korean prose documents of one split (untranslated FAQ sections excluded)."""
    return [doc for doc in source_documents() if split_of(doc) == split and is_korean(doc)]


def untranslated(split: str) -> list[Document]:
    return [doc for doc in source_documents() if split_of(doc) == split and not is_korean(doc)]


def _junk_makers(prose_docs: list[Document]) -> dict[str, Callable[[random.Random], str]]:
    sentences = junk.sentences_of([doc.text for doc in prose_docs])
    titles = [doc.title for doc in prose_docs]
    return {
        "ui strings": junk.ui_strings,
        "keyword spam": junk.keyword_spam,
        "gambling ads": junk.gambling_prose_spam,
        "random syllables": junk.random_syllables,
        "repeated lines": lambda rng: junk.repeated_lines(rng, sentences),
        "chat ㅋㅋㅋ": junk.chat,
        "number tables": junk.number_table,
        "navigation": junk.navigation,
        "foreign pages": lambda rng: junk.foreign_page(rng, rng.choice(titles)),
        "cookie notices": junk.cookie_notice,
    }


def _good_variants(rng: random.Random, docs: list[Document]) -> list[Labelled]:
    """Prose a good pipeline keeps after cleaning: Hanja-mixed, wrapped in site chrome, or
    carrying one English paragraph."""
    legal = [doc for doc in docs if doc.source != "debian-faq"]
    return [
        *(Labelled("hanja-mixed statutes", GOOD, junk.with_hanja(d.text)) for d in legal),
        *(Labelled("prose + page chrome", GOOD, junk.with_chrome(rng, d.text)) for d in docs),
        *(
            Labelled("prose + English paragraph", GOOD, junk.with_foreign_paragraph(rng, d.text))
            for d in docs
        ),
    ]


def hanja_passages(split: str) -> list[str]:
    """Two-line passages of Hanja-mixed statutes and bills: short text is where fastText
    mistakes Hanja-heavy Korean for Chinese."""
    passages = []
    for doc in prose(split):
        if doc.source == "debian-faq":
            continue
        lines = junk.with_hanja("\n".join(doc.body)).split("\n")
        passages += [" ".join(lines[i : i + 2]) for i in range(0, len(lines) - 1, 2)]
    return passages


def labelled_set(split: str, junk_per_class: int | None = None) -> list[Labelled]:
    """Every document of one split: prose by source, its variants a good pipeline keeps
    (Hanja-mixed, in page chrome, with an English paragraph), then junk."""
    rng = random.Random(EVAL_SEED if split == EVAL else TRAIN_SEED)
    docs = prose(split)
    items = [Labelled(PROSE_CLASSES[doc.source], GOOD, doc.text) for doc in docs]
    items += [Labelled(UNTRANSLATED, JUNK, doc.text) for doc in untranslated(split)]
    items += _good_variants(rng, docs)
    count = junk_per_class or JUNK_PER_CLASS[split]
    for cls, make in _junk_makers(docs).items():
        items += [Labelled(cls, JUNK, make(rng)) for _ in range(count)]
    return items
