"""Builds ``curate/evals/data/pii_prose_ko.jsonl``: person names on real Korean prose, every
name mention labelled by hand, to measure what the name policy (``pii.person``) does to
text that is not a form.

Two parts. Real texts shipped in ``curate/sample/sources`` (the Constitution, ten National
Assembly bills, the Korean Debian FAQ), cut into documents as the sample corpus cuts them;
each person named there was listed by reading every document, and every occurrence of the
listed names is labelled (the lawmakers who sponsor a bill are public officials acting in
office; the Debian developers are named in the project's own documentation). And paragraphs
written for this set in the registers the issue found damaged: history (clans, a queen's birth
name, an activist's earlier names), politics and election coverage (씨 after a former
president), biographies (본명: …), technical tutorials (이름 as an ordinary noun), plus a few
private contact contexts embedded in prose (a lost-and-found post, a notice) so that precision
has something to be right about. Names of public and historical persons are real; private
persons and their values are fictional.

Labels: ``contact`` (a private person's contact or identity data: the policy must scrub it),
``public`` (a public figure, historical person or clan), ``not`` (a word that only looks like
a name: 가능, a country). Gold ``spans`` are the ``contact`` names, as PERSON.

Regenerate: ``python -m curate.evals.pii_prose [FOLDER]``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from curate.evals.pii_sets import DATA
from curate.sample.texts import source_documents

PROSE = "pii_prose_ko.jsonl"
LABELS = ("contact", "public", "not")
_MARK = re.compile(r"\[\[([^|\]]+)\|(c|p|n)\]\]")
_LABEL_OF = {"c": "contact", "p": "public", "n": "not"}

# Every person named in the shipped real texts, found by reading each document: the bills'
# sponsors (18th National Assembly members) and the people the Debian FAQ credits.
_SPONSORS = """
    정의화 이명수 김을동 이사철 여상규 안규백 황영철 박영아 김정훈 김학송 안상수 원희목 강석호
    서상기 나성린 권영진 이춘식 정영희 이애주 안형환 백성운 김금래 유선호 강기갑 김효석 조승수
    최문순 조영택 문학진 백재현 송민순 박은수 정동영 김춘진 김재윤 우윤근 이성남 이종걸 최재성
    김성곤 양승조 신낙균 조배숙 박영선 한선교 손범규 이인기 유성엽 이한성 안홍준 김태원 정갑윤
"""
_DEBIAN_PEOPLE = (
    "Ian Murdock",
    "Bruce Perens",
    "Richard Stallman",
    "Santiago Vila",
    "Sven Rudolph",
    "Josip Rodin",
    "Javier Fernandez-Sanguino",
    "Susan G. Kleinmann",
    "Dan J. Bernstein",
    "Kamaraju Kusumanchi",
    "Didier Raboud",
    "Chuck Stickelman",
    "Debra",
)
REAL_NAMES: dict[str, str] = dict.fromkeys((*_SPONSORS.split(), *_DEBIAN_PEOPLE), "public")

# Written for this set, one paragraph a line: register<TAB>text, [[name|c/p/n]] marking
# every name mention and its label.
WRITTEN = DATA / "pii_prose_written.tsv"


def _strip_marks(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """The text without [[…|x]] marks and the labelled name mentions in it."""
    parts, names, position, last = [], [], 0, 0
    for match in _MARK.finditer(marked):
        parts.append(marked[last : match.start()])
        position += match.start() - last
        name = match.group(1)
        names.append({"start": position, "end": position + len(name), "label": _LABEL_OF[match[2]]})
        parts.append(name)
        position += len(name)
        last = match.end()
    parts.append(marked[last:])
    return "".join(parts), names


def _real_names(text: str) -> list[dict[str, Any]]:
    """Every occurrence of a listed real person's name in ``text``."""
    pattern = re.compile("|".join(sorted(REAL_NAMES, key=len, reverse=True)))
    return [
        {"start": m.start(), "end": m.end(), "label": REAL_NAMES[m.group()]}
        for m in pattern.finditer(text)
    ]


def _record(ident: str, source: str, text: str, names: list[dict[str, Any]]) -> dict[str, Any]:
    spans = [
        {"type": "PERSON", "start": n["start"], "end": n["end"]}
        for n in names
        if n["label"] == "contact"
    ]
    return {"id": ident, "source": source, "text": text, "spans": spans, "names": names}


def build() -> list[dict[str, Any]]:
    """The real documents, then the written paragraphs, in a fixed order."""
    records = [
        _record(f"real-{doc.source}-{i:03d}", doc.source, doc.text, _real_names(doc.text))
        for i, doc in enumerate(source_documents())
    ]
    lines = WRITTEN.read_text(encoding="utf-8").splitlines()
    written = [line.split("\t", 1) for line in lines if line and not line.startswith("#")]
    for i, (source, marked) in enumerate(written):
        text, names = _strip_marks(marked.replace("\\n", "\n"))
        records.append(_record(f"written-{source}-{i:03d}", f"written-{source}", text, names))
    return records


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DATA
    lines = (json.dumps(r, ensure_ascii=False) for r in build())
    (folder / PROSE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
