"""Second real-prose hold-out for person names: `data/pii_prose_holdout2_ko.jsonl`.

What it measures: how the PII scrubber treats PERSON names in Korean prose under the name
policy (`pii.person`, README "Names: the policy"). Every person-name mention is labelled
`contact` (a private person's contact/identity data: form or label syntax, or in the same
record as that person's phone, e-mail, address, ID or account number), `public` (public
figures, historical persons, officials, authors and contributors credited in publications,
fictional characters) or `not` (a word that only looks like a name). `spans` holds a PERSON
span for each `contact` mention only, so a `<|name|>` placeholder is right only there.

Documents (none of this text is in the sample corpus or in the first prose hold-out):

* `texlive-lang-korean`: Korean ko.TeX manuals and the Korean translation of "The Not So
  Short Introduction to LaTeX2e" (Debian 12 `texlive-lang-korean`), TeX markup stripped;
* `gnome-user-docs-ko`: Korean GNOME help pages (Debian 12 `gnome-user-docs`), one document
  per page;
* `gnome-user-docs-ko-credits`: the Mallard `<credit>` entries of other Korean GNOME help
  pages (authors, editors, translators with their e-mail addresses), one line each;
* `written-holdout2-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout2_written.tsv`, names marked inline as `[[name|c/p/n]]`): dialogue
  fiction, scripts, interviews, sports, entertainment and politics news, obituaries, history,
  biographies with 본명:, court summaries, acknowledgements and credits, and private contact
  contexts. Public persons are real, private persons and their numbers fictional; quotes of
  real persons are invented.

The raw excerpts and their licences are in `data/prose_holdout2_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/pii/`), its tests or the other PII evaluation sets (only the schema of
`pii_prose_holdout_ko.jsonl`); no recognizer was run on this text while it was built. The
labels of the real documents are the tables below: each labelled string is labelled at every
occurrence in its document that starts a word, and the build fails if a labelled string is not
found, or if a name marked in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout2`.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from curate.evals.marked import strip_marks

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout2_sources"
WRITTEN = DATA / "pii_prose_holdout2_written.tsv"
OUT = DATA / "pii_prose_holdout2_ko.jsonl"

C, P, N = "contact", "public", "not"
MARK_LABELS = {"c": C, "p": P, "n": N}

# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "texlive-lang-korean": ("texlive-lang-korean", "holdout2-texlive"),
    "gnome-help": ("gnome-user-docs-ko", "holdout2-gnome-help"),
    "gnome-help-credits": ("gnome-user-docs-ko-credits", "holdout2-gnome-credits"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# Credited authors, translators, reviewers and acknowledged helpers of a published manual are
# public; a name printed next to its own e-mail address (and, in the credit line of the lshort
# afterword, the co-translator signing with it) is contact data.
_KNUTH = {"Donald E. Knuth": P, "Knuth": P}
TEX_LABELS: dict[str, dict[str, str]] = {
    "kotex-doc-02": {"은광희": P},
    "kotex-doc-03": {"김도현": P},
    "kotex-doc-04": {"은광희": P, "Werner Lemberg": P},
    "kotex-doc-05": {"김도현": P, "은광희": P, "김정환": P},
    "kotex-doc-06": {"은광희": P, "김도현": P, "김강수": P},
    "kotex-utf-doc-20": {"신정식": P},
    "kotex-utf-doc-21": {"Peter Wilson": P, "Bringhurst": P},
    "kotex-utf-doc-46": {"Rowland MacDonnell": P},
    "kotex-utf-doc-49": {"Knuth": P},
    "kotex-utf-doc-58": {"이기황": P, "이주호": P},
    "lsk-afterword-01": {"이주호": P, "이호재": P, "윤석천": P, "김강수": C, "조인성": C},
    "lsk-afterword-05": {
        "Tobias Oetiker": P,
        "Oetiker": P,
        "신정식": P,
        "조진환": P,
        "남상호": P,
        "김도현": P,
        "이주호": P,
        "이호재": P,
        "홍석호": P,
        "이상직": P,
        "딸기아빠": P,
        "커꿈": P,
    },
    "lsk-afterword-06": {"김강수": P},
    "lsk-afterword-07": {"강윤배": P, "장대훈": P, "김재우": P},
    "lsk-afterword-09": {"김도현": P, "이현호": P, "무식인": P, "은광희": P, "김강수": P},
    "lsk-appendix-00": {"Knuth": P},
    "lsk-contrib-00": {'J"org Knappen': P},
    "lsk-graphic-01": {"Till Tantau": P, **_KNUTH},
    "lsk-graphic-02": {"Urs Oswald": C},
    "lsk-lssym-00": {"David Carlisle": P, "Josef Ikadlec": P},
    "lsk-overview-03": {"Tobias Oetiker": C, "OETIKER": N},
    "lsk-spec-07": {"Daniel Flipo": C},
    "lsk-spec-13": {"Axel Kielhorn": C},
    "lsk-spec-18": {"Daniel Flipo": C},
    "lsk-things-00": _KNUTH,
    "lsk-things-01": {"Knuth": P},
    "lsk-things-02": {"Leslie Lamport": P},
    "lsk-typeset-00": {"Hapspeter Schmid": C},
    "lsk-typeset-11": {"Axel Kielhorn": C},
    "ob-mathleading-doc-02": {"Progress": P, "조인성": P},
    "obchaptertoc-doc-00": {"yihoze": P},
    "oblivoir-test-04": {"동야": P, "강남": N, "Peter Wilson": P},
    "oblivoir-test-05": {"김도현": P},
    "oblivoir-test-06": {"이호재": P, "어머님": N},
    "pmhanguljamo-kdoc-28": {"신정식": P, "박원규": P, "본명조": N},
    "pmhanguljamo-kdoc-30": {"공병우": P},
}
GNOME_LABELS: dict[str, dict[str, str]] = {
    "gnome-help_color-calibrationtargets": {"Wolf Faust": P},
    "system-admin-guide_login-enterprise": {"User": N},
}
# Credit lines (`역할: NAME <e-mail>`): a person's name next to their own e-mail is contact;
# the GNOME Documentation Project is not a person.
CREDIT_PERSONS = {
    "조성호",
    "조재은",
    "Michael Hill",
    "Ekaterina Gerasimova",
    "Petr Kovar",
    "Shaun McCance",
    "Jana Svarova",
    "David King",
    "Phil Bull",
    "Matthias Clasen",
    "Tiffany Antopolski",
    "Richard Hughes",
    "Paul W. Frields",
    "Julita Inca",
    "Jim Campbell",
    "Andre Klapper",
}
CREDIT_ORGS = {"그놈 문서 프로젝트"}
_CREDIT_LINE = re.compile(r"^[^:\n]+: (?P<name>[^<\n]+?) <[^<>\s]+@[^<>\s]+>$", re.M)


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


def occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Every occurrence of `name` in `text` that starts a word."""
    return [
        (m.start(), m.end())
        for m in re.finditer(re.escape(name), text)
        if _word_start(text, m.start())
    ]


def label_all(text: str, labels: dict[str, str], where: str) -> list[dict]:
    """Label every word-initial occurrence of each name, longest names first."""
    taken: list[tuple[int, int]] = []
    names = []
    for name in sorted(labels, key=len, reverse=True):
        every = occurrences(text, name)
        if not every:
            raise ValueError(f"{where}: {name!r} not found")
        found = [(s, e) for s, e in every if all(e <= a or s >= b for a, b in taken)]
        for s, e in found:
            taken.append((s, e))
            names.append({"start": s, "end": e, "label": labels[name]})
    return sorted(names, key=lambda n: n["start"])


def parse_marked(marked: str, where: str) -> tuple[str, list[dict]]:
    """Strip `[[name|c/p/n]]` marks; check that no marked name also occurs unmarked."""
    try:
        text, spans = strip_marks(marked, MARK_LABELS)
    except ValueError as err:
        raise ValueError(f"{where}: malformed mark") from err
    names = [{"start": a, "end": b, "label": MARK_LABELS[mark]} for a, b, mark in spans]
    marked_at = {(n["start"], n["end"]) for n in names}
    for surface in {text[n["start"] : n["end"]] for n in names}:
        for s, e in occurrences(text, surface):
            inside = any(a <= s and e <= b for a, b in marked_at)
            if not inside:
                raise ValueError(f"{where}: {surface!r} at {s} is not marked")
    return text, names


def _doc(doc_id: str, source: str, text: str, names: list[dict]) -> dict:
    spans = [
        {"type": "PERSON", "start": n["start"], "end": n["end"]} for n in names if n["label"] == C
    ]
    return {"id": doc_id, "source": source, "text": text, "spans": spans, "names": names}


def real_documents() -> list[dict]:
    docs = []
    used: set[str] = set()
    for folder, (source, prefix) in SOURCE_DIRS.items():
        for path in sorted((SOURCES / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8").rstrip("\n")
            stem = path.stem
            where = f"{folder}/{path.name}"
            if folder in ("texlive-lang-korean", "gnome-help"):
                table = TEX_LABELS if folder == "texlive-lang-korean" else GNOME_LABELS
                labels = table.get(stem, {})
                if stem in table:
                    used.add(stem)
            else:
                labels = {}
                for m in _CREDIT_LINE.finditer(text):
                    name = m.group("name")
                    if name in CREDIT_PERSONS:
                        labels[name] = C
                    elif name not in CREDIT_ORGS:
                        raise ValueError(f"{where}: unlabelled credit {name!r}")
            names = label_all(text, labels, where) if labels else []
            docs.append(_doc(f"{prefix}-{stem}", source, text, names))
    missing = (set(TEX_LABELS) | set(GNOME_LABELS)) - used
    if missing:
        raise ValueError(f"labels for missing files: {sorted(missing)}")
    return docs


def written_documents() -> list[dict]:
    docs = []
    with WRITTEN.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            marked = row["text"].replace("\\n", "\n").replace("\\t", "\t")
            text, names = parse_marked(marked, row["id"])
            source = f"written-holdout2-{row['register']}"
            docs.append(_doc(f"holdout2-written-{row['id']}", source, text, names))
    return docs


def build() -> list[dict]:
    docs = real_documents() + written_documents()
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    return docs


def main() -> None:
    docs = build()
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str], int] = {}
    for d in docs:
        for n in d["names"]:
            key = (d["source"], n["label"])
            counts[key] = counts.get(key, 0) + 1
    print(f"{len(docs)} documents -> {OUT}")
    for (source, label), k in sorted(counts.items()):
        print(f"  {source:40} {label:8} {k}")


if __name__ == "__main__":
    main()
