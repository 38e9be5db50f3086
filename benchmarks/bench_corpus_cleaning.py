"""Corpus-level cleaning measured: repeated lines against site boilerplate, benchmark
decontamination against pasted items, and each stage's cost per document next to quality's.

1. ``repeated``: a multi-site corpus (real paragraphs from the bundled texts, each site with
   its own header, menu, related-article headlines, reporter bylines and footer lines, none of
   them in the boilerplate lexicon except where a real site would also use lexicon words).
   Reported per method: the share of boilerplate line occurrences removed, and of real body
   paragraph occurrences kept. Methods: today's lexicon-only line cleaning; the
   repeated-lines rules (line unit) at several site thresholds and corpus minimum lengths;
   C4's three-sentence spans; paragraphs (blank-line blocks) as the unit.
2. ``decontam``: synthetic KMMLU-layout items (questions are real sentences of half the
   bundled documents, choices real phrases), pasted into real documents of the other half in
   five ways; recall per paste style and false hits on the clean documents, per unit
   (eojeol, Kiwi morphemes), n and minimum overlap.
3. ``cost``: CPU time per document of the URL policy, the repeated-lines filter work, the
   decontamination scan (a 5,000-item index), the join path's document keys (and the bytes
   each document puts through the n-gram shuffle) and the quality stage, on the same
   documents.

    .venv/bin/python benchmarks/bench_corpus_cleaning.py [repeated|decontam|cost|all]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curate.sample.texts import source_documents, split_sentences  # noqa: E402
from filters.decontamination import ItemIndex  # noqa: E402
from filters.line_cleaning import boilerplate_lines  # noqa: E402
from filters.repeated_lines import (  # noqa: E402
    SITE_RULE,
    LineCounts,
    Removal,
    document_keys,
    line_of,
    merge_removals,
    removal_rule,
    remove_repeated,
)

SEED = 7
SITES = 12

# ----- 1. the multi-site corpus -----

_MENU_WORDS = ["정치", "경제", "사회", "문화", "국제", "스포츠", "오피니언", "생활", "과학", "지역"]
_TOWNS = ["종로구", "마포구", "수성구", "해운대구", "유성구", "덕진구", "상당구", "북구"]


def _site_kit(site: int, rng: random.Random) -> dict[str, list[str]]:
    """One site's boilerplate: lines that repeat on its pages and in no lexicon."""
    name = f"{rng.choice(['한빛', '새날', '누리', '바른', '푸른', '열린'])}{site}일보"
    menu = " ".join(rng.sample(_MENU_WORDS, 6))
    headlines = [
        f"{rng.choice(_TOWNS)} {rng.choice(['주민센터', '도서관', '시장', '학교'])} "
        f"{rng.choice(['새단장', '개관식 열려', '예산 확정', '행사 성황'])} {k}"
        for k in range(8)
    ]
    reporters = [
        f"{rng.choice('김이박최정강조윤')}{rng.choice(['민수', '지영', '서준', '하은'])} 기자"
        for _ in range(3)
    ]
    return {
        "header": [name, menu, f"{name} 구독 신청 및 제보 안내 바로가기"],
        "related": headlines,
        "reporters": reporters,
        "footer": [
            f"{name} | 주소 {rng.choice(_TOWNS)} 중앙로 {site * 7} | 발행인 겸 편집인 홍길동",
            f"제보 및 문의 전화 02-{site:03d}-{site * 13 % 10000:04d} 팩스 02-{site:03d}-0000",
            "ⓒ 무단 전재 및 재배포 금지",
        ],
    }


def multi_site_corpus(pages_per_site: tuple[int, int] = (3, 22)) -> list[dict]:
    """Documents with their site, lines, and which lines are boilerplate; every source
    document is used once (the sizes stop where they run out)."""
    rng = random.Random(SEED)
    docs = [d for d in source_documents() if len(d.body) >= 2]
    rng.shuffle(docs)
    kits = [_site_kit(s, rng) for s in range(SITES)]
    sizes = [rng.randint(*pages_per_site) for _ in range(SITES)]
    out, cursor = [], 0
    for site, size in enumerate(sizes):
        kit = kits[site]
        for page in range(min(size, len(docs) - cursor)):
            doc = docs[cursor]
            cursor += 1
            lines = [(line, "boiler") for line in kit["header"]]
            lines.append((doc.title, "title"))
            lines += [(p, "body") for p in doc.body]
            lines.append(
                (f"{rng.choice(kit['reporters'])} 입력 2024.0{page % 9 + 1}.1{page % 10}", "boiler")
            )
            lines.append(("관련기사", "boiler"))
            lines += [(h, "boiler") for h in rng.sample(kit["related"], 3)]
            lines += [(line, "boiler") for line in kit["footer"]]
            out.append(
                {"doc_id": f"d{len(out):05d}", "site": f"site{site}.example.kr", "lines": lines}
            )
    return out


def _shares(docs: list[dict], removed: list[set[int]]) -> dict[str, float]:
    tally: Counter[tuple[str, bool]] = Counter()
    for doc, gone in zip(docs, removed, strict=True):
        for index, (_, kind) in enumerate(doc["lines"]):
            tally[(kind, index in gone)] += 1

    def share(kind: str, gone: bool) -> float:
        total = tally[(kind, True)] + tally[(kind, False)]
        return tally[(kind, gone)] / total if total else 0.0

    return {
        "boiler_removed": share("boiler", True),
        "body_kept": share("body", False),
        "title_kept": share("title", False),
    }


def lexicon_only(docs: list[dict]) -> list[set[int]]:
    return [set(boilerplate_lines([line for line, _ in d["lines"]], 150)) for d in docs]


def repeated_rules(
    docs: list[dict], site_min_pages: int, corpus_min_chars: int | None
) -> list[set[int]]:
    """The stage's decisions, computed in memory exactly as the pipeline's combiner and
    joins would (the same filter functions)."""
    counts: dict[bytes, list] = {}
    texts = ["\n".join(line for line, _ in d["lines"]) for d in docs]
    for doc, text in zip(docs, texts, strict=True):
        for key in document_keys(text, doc["site"], corpus_min_chars):
            entry = counts.setdefault(key, [0, None])
            entry[0] += 1
            entry[1] = doc["doc_id"] if entry[1] is None else min(entry[1], doc["doc_id"])
    removed = []
    for doc, text in zip(docs, texts, strict=True):
        found = []
        for key in document_keys(text, doc["site"], corpus_min_chars):
            docs_count, first = counts[key]
            rule = removal_rule(
                key, LineCounts(docs_count, first, 1), doc["doc_id"], site_min_pages
            )
            if rule:
                found.append(Removal(line_of(key), rule, docs_count))
        _, gone = remove_repeated(text, merge_removals(found))
        removed.append({index for index, _, _ in gone})
    return removed


def sentence_spans(docs: list[dict], span: int = 3) -> list[set[int]]:
    """C4: every three-sentence span seen earlier in the corpus goes (sentences split on
    final punctuation); a line is removed when all its sentences are."""
    seen: set[tuple[str, ...]] = set()
    removed = []
    for doc in sorted(docs, key=lambda d: d["doc_id"]):
        sentences = [
            (index, s)
            for index, (line, _) in enumerate(doc["lines"])
            for s in (split_sentences(line) or [line])
        ]
        dead = set()
        for start in range(max(0, len(sentences) - span + 1)):
            key = tuple(s for _, s in sentences[start : start + span])
            if key in seen:
                dead.update(range(start, start + span))
            seen.add(key)
        per_line: dict[int, list[bool]] = defaultdict(list)
        for position, (index, _) in enumerate(sentences):
            per_line[index].append(position in dead)
        removed.append({index for index, flags in per_line.items() if all(flags)})
    return removed


def bench_repeated() -> None:
    docs = multi_site_corpus()
    boiler = sum(1 for d in docs for _, k in d["lines"] if k == "boiler")
    body = sum(1 for d in docs for _, k in d["lines"] if k == "body")
    print(
        f"# repeated text: {len(docs)} pages on {SITES} sites, {boiler} boilerplate line "
        f"occurrences, {body} real body paragraphs (paragraph = line in this corpus)"
    )
    rows = [("lexicon only (today)", lexicon_only(docs))]
    rows.append(("C4 3-sentence spans", sentence_spans(docs)))
    for n in (2, 3, 5, 10):
        rows.append((f"site>={n} pages, no corpus rule", repeated_rules(docs, n, None)))
    for chars in (50, 100, 200):
        rows.append((f"site>=3 + corpus lines>={chars} chars", repeated_rules(docs, 3, chars)))
    lexicon = lexicon_only(docs)
    both = [a | b for a, b in zip(lexicon, repeated_rules(docs, 3, 100), strict=True)]
    rows.append(("site>=3 + corpus>=100 + lexicon (default run)", both))
    print(f"{'method':48} {'boiler removed':>15} {'body kept':>10} {'titles kept':>12}")
    for name, removed in rows:
        s = _shares(docs, removed)
        print(
            f"{name:48} {s['boiler_removed']:>15.3f} {s['body_kept']:>10.4f} "
            f"{s['title_kept']:>12.3f}"
        )


# ----- 2. decontamination -----


def _items_and_docs(rng: random.Random, count: int = 300):
    docs = list(source_documents())
    rng.shuffle(docs)
    held_in, clean = docs[: len(docs) // 2], docs[len(docs) // 2 :]
    sentences = [
        s for d in held_in for p in d.body for s in split_sentences(p) if 12 <= len(s.split()) <= 40
    ]
    phrases = [" ".join(s.split()[i : i + 2]) for s in sentences for i in range(0, 6, 2)]
    rng.shuffle(sentences)
    items = []
    for number, question in enumerate(sentences[:count]):
        items.append((str(number), question, rng.sample(phrases, 4)))
    return items, [d.text for d in clean]


def _paste(style: str, question: str, choices: list[str], rng: random.Random) -> str:
    if style == "verbatim":
        return question + "\n" + "\n".join(f"{'ABCD'[i]}. {c}" for i, c in enumerate(choices))
    if style == "question only":
        return "문제 질문 드립니다. " + question
    if style == "circled choices":
        return question + " " + " ".join(f"{'①②③④'[i]} {c}" for i, c in enumerate(choices))
    if style == "respaced":
        words = question.split()
        joined = [w + ("" if rng.random() < 0.2 else " ") for w in words]
        return "".join(joined)
    if style == "partial (70%)":
        words = question.split()
        return " ".join(words[: int(len(words) * 0.7)])
    raise ValueError(style)


STYLES = ("verbatim", "question only", "circled choices", "respaced", "partial (70%)")


def bench_decontam() -> None:
    import functools

    from filters import decontamination

    # Each text is cut into units once per unit (Kiwi is the slow part), for every n and
    # overlap; the ms/doc column is therefore the n-gram lookup alone.
    for unit, fn in list(decontamination.UNITS.items()):
        decontamination.UNITS[unit] = functools.lru_cache(maxsize=None)(fn)
    rng = random.Random(SEED)
    items, clean = _items_and_docs(rng, count=200)
    entries = [("kmmlu", i, [q, *c]) for i, q, c in items]
    pasted: dict[str, list[tuple[str, str]]] = {s: [] for s in STYLES}
    for index, (item_id, question, choices) in enumerate(items):
        host = clean[index % len(clean)]
        for style in STYLES:
            lines = host.split("\n")
            at = rng.randint(1, len(lines))
            text = "\n".join([*lines[:at], _paste(style, question, choices, rng), *lines[at:]])
            pasted[style].append((item_id, text))
    print(
        f"# decontamination: {len(items)} KMMLU-layout items, {len(clean)} clean documents, "
        f"each item pasted into a clean document in {len(STYLES)} styles"
    )
    header = " ".join(f"{s:>15}" for s in STYLES)
    print(f"{'unit':8} {'n':>3} {'overlap':>7} {header} {'false hits':>10} {'ms/doc':>7}")
    for unit in ("eojeol", "morpheme"):
        for n in (5, 8, 13):
            index = ItemIndex.build(entries, unit, n)
            for min_overlap in (0.3, 0.5, 0.8):
                recall = []
                for style in STYLES:
                    found = sum(
                        any(h.item_id == item_id for h in index.scan(text, min_overlap))
                        for item_id, text in pasted[style]
                    )
                    recall.append(found / len(pasted[style]))
                started = time.process_time()
                false = sum(bool(index.scan(text, min_overlap)) for text in clean)
                per_doc = (time.process_time() - started) / len(clean) * 1000
                cells = " ".join(f"{r:>15.3f}" for r in recall)
                print(
                    f"{unit:8} {n:>3} {min_overlap:>7} {cells} {false:>4}/{len(clean):<5} "
                    f"{per_doc:>7.2f}"
                )


# ----- 3. cost per document -----


def join_keys_cost(texts: list[str], unit: str = "eojeol", n: int = 8) -> tuple[float, float]:
    """The decontamination join path's work per document: (CPU ms for its distinct n-gram
    keys, bytes of ``(hash, doc_id)`` pairs it puts through the n-gram shuffle, as Beam's
    coder writes them)."""
    from apache_beam.coders.coders import FastPrimitivesCoder

    from curate.records import make_doc_id
    from pipelines.decontamination import DocumentGrams

    keys = DocumentGrams()
    records = [
        {"doc_id": make_doc_id("corpus", "bench.jsonl", str(i)), "text": t}
        for i, t in enumerate(texts)
    ]
    started = time.process_time()
    pairs = [list(keys.process(r, unit, n)) for r in records]
    ms = (time.process_time() - started) / len(texts) * 1000
    coder = FastPrimitivesCoder()
    size = sum(len(coder.encode(pair)) for found in pairs for pair in found)
    return ms, size / len(texts)


def bench_cost() -> None:
    from curate.config import load_settings
    from filters.quality_assessor import QualityAssessor
    from filters.url_policy import match_url
    from pipelines.url_policy import load_lists

    settings = load_settings()
    docs = multi_site_corpus()
    texts = ["\n".join(line for line, _ in d["lines"]) for d in docs]
    urls = [f"https://{d['site']}/news/article/{i}" for i, d in enumerate(docs)]
    rng = random.Random(SEED)
    items, _ = _items_and_docs(rng, count=5000)
    index = ItemIndex.build([("kmmlu", i, [q, *c]) for i, q, c in items], "eojeol", 8)

    def timed(fn) -> float:
        started = time.process_time()
        fn()
        return (time.process_time() - started) / len(texts) * 1000

    lists = load_lists(settings.url_policy)
    rl = settings.repeated_lines

    def repeated() -> None:
        # Each document's keys twice (counting, then the join) and one removal pass: the
        # stage's per-document CPU (its shuffles are the runner's, reported apart).
        for d, text in zip(docs, texts, strict=True):
            keys = list(document_keys(text, d["site"], rl.corpus_min_chars))
            list(document_keys(text, d["site"], rl.corpus_min_chars))
            remove_repeated(text, {line_of(k): Removal(line_of(k), SITE_RULE, 5) for k in keys[:3]})

    assessor = QualityAssessor(settings.quality, settings.langid)
    assessor.load()
    assessor.assess(texts[:8])
    rows = [
        ("url policy", timed(lambda: [match_url(lists, u) for u in urls])),
        ("repeated lines (keys + removal)", timed(repeated)),
        (
            "decontamination scan (5,000 items, eojeol 8)",
            timed(lambda: [index.scan(t, 0.5) for t in texts]),
        ),
        ("decontamination join keys (eojeol 8)", join_keys_cost(texts)[0]),
        (
            "quality stage",
            timed(lambda: [assessor.assess(texts[i : i + 64]) for i in range(0, len(texts), 64)]),
        ),
    ]
    print(
        f"# cost per document ({len(texts)} documents of ~{sum(map(len, texts)) // len(texts)} "
        "characters, CPU ms, one process)"
    )
    for name, ms in rows:
        print(f"{name:48} {ms:>9.3f} ms")
    shuffled = join_keys_cost(texts)[1]
    print(f"{'decontamination join: n-gram shuffle a document':48} {shuffled:>9.0f} B")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "part", nargs="?", default="all", choices=("repeated", "decontam", "cost", "all")
    )
    part = parser.parse_args().part
    if part in ("repeated", "all"):
        bench_repeated()
    if part in ("decontam", "all"):
        bench_decontam()
    if part in ("cost", "all"):
        bench_cost()


if __name__ == "__main__":
    main()
