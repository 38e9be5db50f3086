"""Ingest of a MediaWiki dump alone (no other stage), next to wikiextractor on the same file,
and the share of documents with leftover markup on a hand-labelled set.

Generates a kowiki-schema XML dump of at least ``--mb`` MB from the bundled texts (the
sample generator's pages, with fresh ids and titles), reads it with the pipeline's reader in
one process (one core), then runs ``wikiextractor`` (one process) on the same file when it is
installed. The labelled set (benchmarks/wiki_labelled.py) is converted by this reader, by
mwparserfromhell's ``strip_code()``, by wikitextparser's ``plain_text()`` and by
wikiextractor, and each output is checked for leftover markup.

    .venv/bin/python benchmarks/bench_wiki_ingest.py [--mb 200] [--no-wikiextractor]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.wiki_labelled import LABELLED  # noqa: E402
from curate.config import load_settings  # noqa: E402
from curate.readers import FileContext, read_records  # noqa: E402
from curate.readers.wikitext import Namespaces, wikitext_to_text  # noqa: E402
from curate.sample import wiki  # noqa: E402
from curate.sample.texts import source_documents  # noqa: E402

# Markup a plain-text page must not hold: links, templates, tables, tags, entities, magic
# words, heading and bold marks, list bullets, file/category prefixes and image options.
LEFTOVER = re.compile(
    r"\[\[|\]\]|\{\{|\}\}|\{\||\|\}|</?[a-zA-Z]+[\s/>]|&[a-z]+;|&#\d+;|__[A-Z]+__|'''|''"
    r"|^=+|=+$|^[*#;:]|섬네일|\b\d+px\b|\bthumb\b|(?:분류|파일|그림|Category|File|Image):",
    re.MULTILINE,
)


SAMPLED = 2000  # pages whose output is checked for leftover markup


def has_leftover(text: str, expected: str = "") -> bool:
    """Markup in ``text`` that the labelled ``expected`` text does not hold itself (a page
    may quote ``<foo>`` or link a category page visibly: that is text, not leftover)."""
    found = {m.group() for m in LEFTOVER.finditer(text)}
    return bool(found - {m.group() for m in LEFTOVER.finditer(expected)})


def write_dump(path: Path, megabytes: int) -> tuple[int, list[str]]:
    """A kowiki-schema dump of at least ``megabytes`` MB: (its page count, the labelled plain
    text of page id N at index (N - 1) % len)."""
    rng = random.Random(0)
    docs = source_documents()
    bodies = [wiki.wikitext_page(doc, rng) for doc in docs]
    target, size, count = megabytes * 1_000_000, 0, 0
    with path.open("wb") as out:
        size += out.write(wiki.siteinfo_xml())
        while size < target:
            body = bodies[count % len(bodies)]
            page = wiki.WikiPage(
                title=f"문서 {count}",
                text=body,
                page_id=count + 1,
                rev_id=10_000_000 + count,
                timestamp="2024-05-01T00:00:00Z",
                contributor=f"사용자{count % 977}",
            )
            size += out.write(wiki.page_xml(page))
            count += 1
        out.write(wiki.FOOTER)
    return count, [wiki.wikitext_plain(doc) for doc in docs]


def ingest(path: Path) -> tuple[float, int, int, dict[int, str]]:
    """(seconds, records, kept, texts of the first 2000 kept pages by id) of the reader."""
    settings = load_settings().ingest
    ctx = FileContext(uri=str(path), relpath=path.name, settings=settings)
    start = time.perf_counter()
    records = kept = 0
    texts: dict[int, str] = {}
    with path.open("rb") as raw:
        for record in read_records(raw, ctx):
            records += 1
            if record["status"] is None:
                kept += 1
                if len(texts) < SAMPLED:
                    texts[int(record["source"]["record_id"])] = record["text"]
    return time.perf_counter() - start, records, kept, texts


def wikiextractor(path: Path, out: Path) -> tuple[float, dict[int, str]] | None:
    """(seconds, texts by page id) of wikiextractor in one process; None when it fails."""
    command = [sys.executable, "-m", "wikiextractor.WikiExtractor", str(path), "--json"]
    command += ["--processes", "1", "-q", "-o", str(out)]
    start = time.perf_counter()
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=1800)
    except (subprocess.CalledProcessError, FileNotFoundError) as err:
        print(f"wikiextractor failed: {type(err).__name__}", file=sys.stderr)
        return None
    seconds = time.perf_counter() - start
    texts = {}
    for part in sorted(out.rglob("wiki_*")):
        for line in part.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            texts[int(doc["id"])] = doc["text"]
    return seconds, texts


def share(pairs: Iterable[tuple[str, str]]) -> float:
    """The share of (output, expected) pairs whose output holds leftover markup."""
    found = list(pairs)
    return sum(has_leftover(text, expected) for text, expected in found) / max(1, len(found))


def labelled(texts: dict[int, str], plain: list[str]) -> list[tuple[str, str]]:
    ids = sorted(texts)[:SAMPLED]
    return [(texts[i], plain[(i - 1) % len(plain)]) for i in ids]


def labelled_report(work: Path, run_wikiextractor: bool) -> dict:
    """Leftover-markup share and exact matches per converter on the labelled set."""
    import mwparserfromhell
    import wikitextparser

    names = Namespaces(dict(wiki.KOWIKI_NAMESPACES))
    converters: dict[str, Callable[[str], str]] = {
        "curate (mwparserfromhell + siteinfo)": lambda t: wikitext_to_text(t, names),
        "mwparserfromhell strip_code()": lambda t: mwparserfromhell.parse(t).strip_code(),
        "wikitextparser plain_text()": lambda t: wikitextparser.parse(t).plain_text(),
    }
    report = {}
    wants = [want for _, want in LABELLED]
    for name, convert in converters.items():
        start = time.perf_counter()
        outputs = [convert(source).strip() for source, _ in LABELLED * 50][: len(LABELLED)]
        seconds = (time.perf_counter() - start) / 50
        exact = sum(o == want for o, want in zip(outputs, wants, strict=True))
        report[name] = {
            "leftover_share": round(share(zip(outputs, wants, strict=True)), 3),
            "exact": f"{exact}/{len(LABELLED)}",
            "ms_per_page": round(1000 * seconds / len(LABELLED), 3),
        }
    if run_wikiextractor:
        path = work / "labelled.xml"
        pages = [
            wiki.WikiPage(f"문서 {i}", src, i + 1, i + 1, "2024-05-01T00:00:00Z", "x")
            for i, (src, _) in enumerate(LABELLED)
        ]
        path.write_bytes(wiki.mediawiki_xml(pages))
        done = wikiextractor(path, work / "labelled-out")
        if done is not None:
            pairs = [(done[1].get(i + 1, ""), want) for i, want in enumerate(wants)]
            report["wikiextractor"] = {"leftover_share": round(share(pairs), 3)}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="size of the generated XML dump")
    parser.add_argument("--no-wikiextractor", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dump = work / "kowiki-bench-pages-articles.xml"
        start = time.perf_counter()
        pages, plain = write_dump(dump, args.mb)
        size = dump.stat().st_size
        print(f"generated {size / 1e6:.1f} MB, {pages} pages in {time.perf_counter() - start:.1f}s")
        seconds, records, kept, texts = ingest(dump)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS after ingest: {peak:.0f} MiB (flat in the dump's size)")
        print(
            f"curate ingest: {seconds:.1f}s  {size / 1e6 / seconds:.2f} MB/s  "
            f"{records / seconds:.0f} pages/s  ({kept} kept of {records}; "
            f"leftover markup in {share(labelled(texts, plain)):.1%} of the first {len(texts)})"
        )
        if not args.no_wikiextractor:
            done = wikiextractor(dump, work / "out")
            if done is not None:
                ext_seconds, ext_texts = done
                print(
                    f"wikiextractor: {ext_seconds:.1f}s  {size / 1e6 / ext_seconds:.2f} MB/s  "
                    f"{len(ext_texts) / ext_seconds:.0f} pages/s  ({len(ext_texts)} docs; "
                    f"leftover markup in {share(labelled(ext_texts, plain)):.1%} of the first "
                    f"{SAMPLED})"
                )
        report = labelled_report(work, not args.no_wikiextractor)
        print(f"labelled set ({len(LABELLED)} pages):")
        for name, row in report.items():
            print(f"  {name}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
