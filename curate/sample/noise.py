"""Planted phenomena: each function turns clean text into one kind of crawl mess.

Every function takes the caller's ``random.Random`` so a corpus is reproducible from its seed.
"""

import random
from collections.abc import Callable, Sequence

from curate.sample import snippets
from curate.sample.texts import Document, split_sentences

ZERO_WIDTH_SPACE, BYTE_ORDER_MARK = "\u200b", "\ufeff"
ZERO_WIDTH = (ZERO_WIDTH_SPACE, "\u200c", "\u200d")
CONTROL_CHARS = ("\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f")
HANGUL_FIRST, HANGUL_COUNT = 0xAC00, 11172
RRN_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_check_digit(first12: str) -> int:
    """Check digit of a resident registration number, so planted RRNs look valid to a validator."""
    total = sum(int(d) * w for d, w in zip(first12, RRN_WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def luhn_check_digit(payload: str) -> int:
    """Digit that makes ``payload + digit`` pass the Luhn test, as real card numbers do."""
    total = 0
    for i, char in enumerate(reversed(payload)):
        digit = int(char) * (2 if i % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return (10 - total % 10) % 10


def resident_number(rng: random.Random) -> str:
    """A fictional but checksum-valid RRN such as 900101-1234568."""
    year = rng.randint(1950, 2009)
    gender = rng.choice("12" if year < 2000 else "34")
    birth = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first12 = birth + gender + f"{rng.randrange(10**5):05d}"
    return f"{first12[:6]}-{first12[6:]}{rrn_check_digit(first12)}"


def mobile_number(rng: random.Random) -> str:
    return f"010-{rng.randint(2000, 9999)}-{rng.randrange(10**4):04d}"


def email_address(rng: random.Random, user: str) -> str:
    return f"{user}@{rng.choice(snippets.EMAIL_DOMAINS)}"


def card_number(rng: random.Random) -> str:
    """A Luhn-valid 16-digit number, grouped the way Korean receipts print it."""
    prefix = rng.choice(("4", "5", "9410"))
    payload = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    digits = payload + str(luhn_check_digit(payload))
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def pii_sentence(rng: random.Random, template: str) -> str:
    name, user = rng.choice(snippets.REPORTERS)
    rrn, phone = resident_number(rng), mobile_number(rng)
    return template.format(
        name=name,
        rrn=rrn,
        rrn_digits=rrn.replace("-", ""),
        phone=phone,
        phone_digits=phone.replace("-", ""),
        email=email_address(rng, user),
        card=card_number(rng),
    )


def with_pii(rng: random.Random, doc: Document, first_template: int) -> str:
    """Insert two PII sentences; ``first_template`` cycles so every PII type gets planted."""
    templates = snippets.PII_TEMPLATES
    chosen = (templates[first_template % len(templates)], rng.choice(templates))
    paragraphs = list(doc.paragraphs)
    for template in chosen:
        paragraphs.insert(rng.randint(1, len(paragraphs)), pii_sentence(rng, template))
    return "\n".join(paragraphs)


def _body_index(rng: random.Random, doc: Document) -> int:
    return rng.randrange(1, len(doc.paragraphs))


def insert_sentence(rng: random.Random, doc: Document, donor: Document) -> str:
    paragraphs = list(doc.paragraphs)
    i = _body_index(rng, doc)
    sentences = split_sentences(paragraphs[i])
    sentences.insert(rng.randint(0, len(sentences)), rng.choice(split_sentences(donor.body[0])))
    paragraphs[i] = " ".join(sentences)
    return "\n".join(paragraphs)


def delete_sentence(rng: random.Random, doc: Document, donor: Document) -> str:
    paragraphs = list(doc.paragraphs)
    i = _body_index(rng, doc)
    sentences = split_sentences(paragraphs[i])
    if len(sentences) > 1:
        sentences.pop(rng.randrange(len(sentences)))
        paragraphs[i] = " ".join(sentences)
    else:
        paragraphs.pop(i)
    return "\n".join(paragraphs)


def replace_words(rng: random.Random, doc: Document, donor: Document) -> str:
    paragraphs = [paragraph.split(" ") for paragraph in doc.paragraphs]
    donor_words = donor.text.split()
    slots = [(i, j) for i in range(1, len(paragraphs)) for j in range(len(paragraphs[i]))]
    for i, j in rng.sample(slots, min(3, len(slots))):
        paragraphs[i][j] = rng.choice([w for w in donor_words if w != paragraphs[i][j]])
    return "\n".join(" ".join(words) for words in paragraphs)


def add_boilerplate_line(rng: random.Random, doc: Document, donor: Document) -> str:
    if rng.random() < 0.5:
        return "\n".join((rng.choice(snippets.MENU_LINES), *doc.paragraphs))
    return "\n".join((*doc.paragraphs, rng.choice(snippets.PAGE_FOOTERS)))


def reorder_paragraphs(rng: random.Random, doc: Document, donor: Document) -> str:
    body = list(doc.body)
    while len(set(body)) > 1 and tuple(body) == doc.body:
        rng.shuffle(body)
    return "\n".join((doc.title, *body))


def perturb_whitespace(rng: random.Random, doc: Document, donor: Document) -> str:
    """Same words, different spacing: doubled spaces, trailing blanks, tabs, blank lines."""
    lines = []
    for paragraph in doc.paragraphs:
        words = paragraph.split(" ")
        spaced = "".join(w + rng.choice((" ", " ", "  ", "\t")) for w in words).rstrip("\t ")
        lines.append(spaced + rng.choice(("", " ", "   ")))
    return rng.choice(("\n\n", "\n \n")).join(lines) + "\n"


NearDuplicateEdit = Callable[[random.Random, Document, Document], str]

NEAR_DUPLICATE_EDITS: tuple[NearDuplicateEdit, ...] = (
    insert_sentence,
    delete_sentence,
    replace_words,
    add_boilerplate_line,
    reorder_paragraphs,
    perturb_whitespace,
)


def _insert_at_random(rng: random.Random, text: str, marks: Sequence[str]) -> str:
    chars = list(text)
    for mark in marks:
        chars.insert(rng.randrange(1, len(chars)), mark)
    return "".join(chars)


def with_zero_width(rng: random.Random, text: str) -> str:
    """Zero-width spaces/joiners and a stray BOM mid-text, as rich-editor copy-paste leaves."""
    marks = [ZERO_WIDTH_SPACE, BYTE_ORDER_MARK, *rng.choices(ZERO_WIDTH, k=rng.randint(2, 6))]
    return _insert_at_random(rng, text, marks)


def with_control_chars(rng: random.Random, text: str) -> str:
    return _insert_at_random(rng, text, rng.choices(CONTROL_CHARS, k=rng.randint(2, 5)))


def news_article(rng: random.Random, doc: Document) -> str:
    """Wrap a document in a news byline, reporter e-mail line and copyright footer."""
    outlet, city = rng.choice(snippets.OUTLETS), rng.choice(snippets.CITIES)
    name, user = rng.choice(snippets.REPORTERS)
    byline = rng.choice(snippets.BYLINES).format(city=city, outlet=outlet, name=name)
    reporter = snippets.REPORTER_LINE.format(name=name, email=email_address(rng, user))
    footer = rng.choice(snippets.NEWS_FOOTERS).format(outlet=outlet)
    first, *rest = doc.body
    return "\n".join((doc.title, byline + first, *rest, reporter, footer))


def site_chrome(rng: random.Random, doc: Document) -> str:
    """Surround a document with menu lines and cookie/policy footers scraped along with it."""
    header = rng.sample(snippets.MENU_LINES, rng.randint(1, 3))
    footer = rng.sample(snippets.PAGE_FOOTERS, rng.randint(1, 2))
    return "\n".join((*header, *doc.paragraphs, *footer))


def _keyword_spam(rng: random.Random, words: Sequence[str]) -> str:
    lines = (
        " ".join(rng.choices(words, k=rng.randint(6, 12))) + " " + rng.choice(snippets.SPAM_CALLS)
        for _ in range(rng.randint(8, 20))
    )
    return "\n".join(lines)


def gambling_spam(rng: random.Random) -> str:
    return _keyword_spam(rng, snippets.GAMBLING_WORDS)


def adult_spam(rng: random.Random) -> str:
    return _keyword_spam(rng, snippets.ADULT_WORDS)


def chat_spam(rng: random.Random) -> str:
    lines = (
        " ".join(rng.choices(snippets.CHAT_PHRASES, k=rng.randint(1, 4)))
        for _ in range(rng.randint(30, 80))
    )
    return "\n".join(lines)


def syllable_spam(rng: random.Random) -> str:
    """Random Hangul syllables: valid script, no language, like SEO filler."""

    def word() -> str:
        return "".join(
            chr(HANGUL_FIRST + rng.randrange(HANGUL_COUNT)) for _ in range(rng.randint(1, 4))
        )

    lines = (" ".join(word() for _ in range(12)) for _ in range(rng.randint(10, 25)))
    return "\n".join(lines)


SPAM_STYLES: tuple[Callable[[random.Random], str], ...] = (
    gambling_spam,
    adult_spam,
    chat_spam,
    syllable_spam,
)


def foreign_text(rng: random.Random, sentences: Sequence[str], joiner: str) -> str:
    """Two or three paragraphs of non-Korean prose for the language filter to drop."""
    paragraphs = (
        joiner.join(rng.sample(sentences, rng.randint(2, 4))) for _ in range(rng.randint(2, 3))
    )
    return "\n".join(paragraphs)


def english_text(rng: random.Random) -> str:
    return foreign_text(rng, snippets.ENGLISH_SENTENCES, " ")


def japanese_text(rng: random.Random) -> str:
    return foreign_text(rng, snippets.JAPANESE_SENTENCES, "")
