"""Hold-out set: how the PII scrubber treats person names in real Korean prose.

``pii_prose_holdout_ko.jsonl`` is a second, unseen set in the schema of
``pii_prose_ko.jsonl``: one object per document with ``id``, ``source``, ``text``, ``spans``
(``PERSON`` spans, for private contact names only: what a scrubber should replace) and
``names`` (every person-name mention and every word that only looks like a name, each with a
label). Offsets are Python code points, end exclusive.

Labels:

* ``contact``: a private person's name that is their contact or identity data: in form or
  label syntax (``성명:``, ``이름``, ``받는 분``, ``예금주``, a table column headed 이름, a
  ``Last-Translator: Name <email>`` credit) or in the same record as that person's phone,
  e-mail, address or account number. Only these are ``spans``.
* ``public``: a name that must be kept: a public figure, a historical person, an author or
  translator credited in a publication, an official acting in office, a clan or dynasty
  family (안동 김씨, 도쿠가와 씨), a person behind an eponym (피어슨 상관 계수, 베지에 곡선),
  and also fictional characters and example names (춘향, 해리, 홍길동 in a code sample):
  they are not personal data, and ``public`` here means "a name, not to be scrubbed".
* ``not``: a word that only looks like a name: a value after 이름 that is not a person
  (a named cell range, a page style, a pet, a login, a feature), a language team, a template
  placeholder (``FULL NAME``, 아무개).

Sources (raw excerpts and licences in ``data/prose_holdout_sources/``, see its
``LICENSES.md``): the Korean Debian installation guide, the Korean LibreOffice and GIMP help,
the headers of Korean gettext catalogues, and 69 paragraphs written for this set
(``data/pii_prose_holdout_written.tsv``, source ``written-holdout-…``) in registers where
names are hard: history with clans and birth names, election and policy news with 씨 and
titles, biographies with 본명:, obituaries, fiction dialogue, community posts and forms with a
private person's contact data, and tutorials using 이름 as a noun. Public persons there are
real, private persons and their numbers and addresses fictional.

Every name was labelled by hand, by reading each document, before any scoring and without
reading the name recognizer or its tests: the tables below (``NAMES``) give each name as it is
written in one excerpt file with its label, and every occurrence of it in that file is labelled;
the written paragraphs carry inline marks ``[[name|c]]``, ``[[name|p]]``, ``[[name|n]]``.
The builder checks that every table entry occurs, that spans hold the labelled text, and that a
marked name occurs nowhere unmarked in its paragraph.

Regenerate with ``.venv/bin/python -m curate.evals.pii_prose_holdout``.

Relabelled when the name policy changed (credits, README "Names: the policy"): the
credits printed beside their own e-mail address in the real excerpts below were labelled
`contact` by the writer and are `public` now; every other label is the writer's.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from curate.evals.marked import strip_marks

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout_sources"
WRITTEN = DATA / "pii_prose_holdout_written.tsv"
OUT = DATA / "pii_prose_holdout_ko.jsonl"

# Excerpt folder -> (source field, id slug). Excerpts are cut into documents of whole
# paragraphs of at most MAX_CHARS characters (a longer paragraph stays whole); a gettext
# header is one document.
FOLDERS = {
    "gettext": ("gettext-ko-header", "gettext"),
    "installation-guide": ("debian-installation-guide-ko", "instguide"),
    "libreoffice-help": ("libreoffice-help-ko", "lohelp"),
    "gimp-help": ("gimp-help-ko", "gimphelp"),
}
MAX_CHARS = 700
LABELS = {"c": "contact", "p": "public", "n": "not"}

# Hand-labelled names per excerpt file: (name as written, label). Every occurrence in the
# file gets the label; a longer name wins over a shorter one it contains.
_TEAM = ("Korean", "n")
NAMES: dict[str, list[tuple[str, str]]] = {
    # gettext catalogue headers: translators credited in Last-Translator / translator-credits,
    # next to their e-mail address (public: credits); the language team's name sits in the
    # same label syntax.
    "gettext/Linux-PAM.ko.header.txt": [("simmon", "p"), _TEAM],
    "gettext/PackageKit.ko.header.txt": [_TEAM],
    "gettext/adduser.ko.header.txt": [("Eungkyu Song", "p"), _TEAM],
    "gettext/appstream.ko.header.txt": [("이정희", "p"), _TEAM],
    "gettext/apt.ko.header.txt": [
        ("Changwoo Ryu", "p"),
        _TEAM,
        ("APT Development Team", "n"),
    ],
    "gettext/at-spi2-core.ko.header.txt": [("Changwoo Ryu", "p"), ("GNOME Korea", "n")],
    "gettext/avahi.ko.header.txt": [("FULL NAME", "n"), _TEAM],
    "gettext/bash.ko.header.txt": [("Seong-ho Cho", "p"), _TEAM],
    "gettext/coreutils.ko.header.txt": [("Seong-ho Cho", "p"), _TEAM],
    "gettext/cups-pk-helper.ko.header.txt": [("Shinjo Park", "p"), _TEAM],
    "gettext/dpkg.ko.header.txt": [("Changwoo Ryu", "p"), _TEAM],
    "gettext/findutils.ko.header.txt": [("Bang Jun-Young", "p"), _TEAM],
    "gettext/gdk-pixbuf.ko.header.txt": [("Gwan-gyeong Mun", "p"), ("Gnome Korea", "n")],
    "gettext/git.ko.header.txt": [
        ("Changwoo Ryu", "p"),
        ("Git Korean translation", "n"),
        ("Git Mailing List", "n"),
    ],
    "gettext/gstreamer-1.0.ko.header.txt": [("SooHyun Kim", "p"), _TEAM],
    "gettext/initdb-15.ko.header.txt": [("Ioseph Kim", "p"), _TEAM],
    "gettext/python-apt.ko.header.txt": [("Eungkyu Song", "p"), _TEAM],
    "gettext/shared-mime-info.ko.header.txt": [("Shinjo Park", "p"), _TEAM],
    "gettext/system-config-printer.ko.header.txt": [("김인수", "p"), ("simmon", "p"), _TEAM],
    "gettext/systemd.ko.header.txt": [("김인수", "p"), _TEAM],
    # Debian installation guide: the project's history, its authors and translators.
    "installation-guide/apes01.txt": [
        (name, "p")
        for name in ("류창우", "박선재", "이경순", "이광우", "이유미", "장석문", "최병현")
    ],
    "installation-guide/apes03.txt": [
        (name, "p")
        for name in (
            "브루스 페렌스",
            "Bruce Perens",
            "스벤 루돌프",
            "Sven Rudolph",
            "이고르 그로브먼",
            "Igor Grobman",
            "제임스 트리시",
            "James Treacy",
            "아담 디 카를로",
            "Adam Di Carlo",
            "세바스찬 레이",
            "Sebastian Ley",
            "미로슬라브 쿠르제",
            "Miroslav Kuře",
            "마이클 슈미츠",
            "Michael Schmitz",
            "프랭크 노이만",
            "Frank Neumann",
            "아르토 아스탈라",
            "Arto Astala",
            "에릭 들루니",
            "Eric Delaunay",
            "벤 콜린스",
            "Ben Collins",
            "타피오 레토넨",
            "Tapio Lehtonen",
            "스테판 보르츠메이어",
            "Stéphane Bortzmeyer",
            "파스칼 르 베일",
            "Pascal Le Bail",
            "짐 민타",
            "Jim Mintha",
            "카르스텐 M. 셀프",
            "Karsten M. Self",
            "길레스 라미럴",
            "Gilles Lamiral",
        )
    ],
    # The GPL's sample disclaimer: fictional names in a published licence text.
    "installation-guide/apf.txt": [("제임스 해커", "p"), ("Ty Coon", "p")],
    "installation-guide/ch01s01.txt": [("이안 머독", "p")],
    "installation-guide/ch01s02.txt": [("리누스 토발즈", "p"), ("Linus Torvalds", "p")],
    "installation-guide/ch01s04.txt": [("Joey Hess", "p")],
    "installation-guide/ch06s03-excerpt.txt": [("installer", "n")],  # 사용자 이름은 installer
    "installation-guide/ch08s02.txt": [("아무개", "n")],  # /etc/cron.d/아무개
    # LibreOffice help: named ranges and styles after 이름, eponyms, an example greeting.
    "libreoffice-help/text_scalc_01_04060109.txt": [
        ("Rabbit", "n"),
        ("토끼", "n"),
        ("All", "n"),
        ("Prices", "n"),
    ],
    "libreoffice-help/text_scalc_01_04060110.txt": [("김", "p")],  # "안녕하세요 김 선생님"
    "libreoffice-help/text_scalc_01_04060181.txt": [("피어슨", "p")],
    "libreoffice-help/text_scalc_01_04060184.txt": [("피어슨", "p")],
    "libreoffice-help/text_scalc_01_04060185.txt": [("웨이블", "p")],
    "libreoffice-help/text_shared_00_00000005.txt": [("피에르 베지에", "p"), ("베지에", "p")],
    "libreoffice-help/text_swriter_guide_pageorientation.txt": [("My Landscape", "n")],
    # GIMP help: release notes crediting contributors, eponyms.
    "gimp-help/gimp-introduction-history-2-10.txt": [
        (name, "p")
        for name in (
            "Benoit Touchette",
            "Klaus Staedtler",
            "Ville Pätsi",
            "한 아렴",
            "Jehan Pagès",
            "Alexandre Prokoudine",
            "Michael Natterer",
            "Øyvind Kolås",
            "Ell",
            "Elle Stone",
            "Peter Sikking",
            "Mikael Magnusson",
            "Michael Muré",
            "Jonathan Tait",
            "Johannes Matschke",
            "Michael Henning",
            "Jan Rüegg",
            "Daniel Sabo",
            "Alexia Death",
            "shark0r",
            "Jose Americo Gobbo",
            "Thomas Manni",
            "Tobias Ellinghaus",
            "Alberto Griggio",
            "Massimo Valentini",
            "Mukund Sivamaran",
            "Lionel N",
            "Darshan Kadu",
            "Marek Dvoroznak",
            "Barak Itkin",
        )
    ],
    "gimp-help/gimp-introduction-history-2-2.txt": [("David Odin", "p"), ("베지어", "p")],
    "gimp-help/gimp-introduction-history-2-6.txt": [("가우시언", "p")],
}

_LATIN_INNER = "@._-"


@dataclass(frozen=True)
class Doc:
    id: str
    source: str
    text: str
    names: tuple[tuple[int, int, str], ...]  # (start, end, label)

    def record(self) -> dict:
        names = sorted(self.names)
        return {
            "id": self.id,
            "source": self.source,
            "text": self.text,
            "spans": [
                {"type": "PERSON", "start": s, "end": e} for s, e, lab in names if lab == "contact"
            ],
            "names": [{"start": s, "end": e, "label": lab} for s, e, lab in names],
        }


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _bounded(text: str, start: int, end: int) -> bool:
    """A match is a whole word: not inside a longer word, an e-mail address or a path. After a
    Hangul name any particle may follow (토발즈는, 베지에가); after a Latin one no letter."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or (_is_latin(text[start]) and before in _LATIN_INNER):
        return False
    return not (_is_latin(text[end - 1]) and (_is_latin(after) or after in _LATIN_INNER))


def occurrences(text: str, name: str) -> list[int]:
    return [
        m.start() for m in re.finditer(re.escape(name), text) if _bounded(text, m.start(), m.end())
    ]


def label_names(text: str, table: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Every bounded occurrence of each name, longest names first, without overlaps."""
    taken: list[tuple[int, int, str]] = []
    for name, code in sorted(table, key=lambda item: -len(item[0])):
        for start in occurrences(text, name):
            end = start + len(name)
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, LABELS[code]))
    return sorted(taken)


def group(text: str) -> list[str]:
    """Whole paragraphs (blank-line separated), packed up to MAX_CHARS per document."""
    docs: list[str] = []
    current: list[str] = []
    for para in (p for p in text.split("\n\n") if p.strip()):
        if current and len("\n\n".join([*current, para])) > MAX_CHARS:
            docs.append("\n\n".join(current))
            current = []
        current.append(para)
    if current:
        docs.append("\n\n".join(current))
    return docs


def excerpt_docs() -> list[Doc]:
    docs: list[Doc] = []
    seen: set[str] = set()
    for folder, (source, slug) in FOLDERS.items():
        for path in sorted((SOURCES / folder).glob("*.txt")):
            key = f"{folder}/{path.name}"
            table = NAMES.get(key, [])
            text = path.read_text(encoding="utf-8")
            for name, _ in table:
                if not occurrences(text, name):
                    raise ValueError(f"{key}: labelled name {name!r} does not occur")
            parts = [text.strip("\n")] if folder == "gettext" else group(text)
            stem = path.name.removesuffix(".txt").removesuffix(".ko.header")
            for i, part in enumerate(parts):
                docs.append(
                    Doc(
                        f"holdout-{slug}-{stem}-{i:02d}",
                        source,
                        part,
                        tuple(label_names(part, table)),
                    )
                )
            seen.add(key)
    missing = set(NAMES) - seen
    if missing:
        raise ValueError(f"name table for files that are not shipped: {sorted(missing)}")
    return docs


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Text without the [[name|x]] marks, and the marked spans with their labels."""
    text, spans = strip_marks(marked, LABELS)
    return text, [(start, end, LABELS[mark]) for start, end, mark in spans]


def written_docs() -> list[Doc]:
    docs: list[Doc] = []
    lines = WRITTEN.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        ident, _register, raw = line.split("\t")
        marked = raw.replace("\\t", "\t").replace("\\n", "\n")
        text, names = parse_marked(marked)
        for start, end, _ in names:
            name = text[start:end]
            marked_at = {s for s, e, _ in names if text[s:e] == name}
            for at in occurrences(text, name):
                covered = any(s <= at < e for s, e, _ in names)
                if at not in marked_at and not covered:
                    raise ValueError(f"{ident}: {name!r} occurs unmarked at {at}")
        category = ident.rsplit("-", 1)[0]
        docs.append(
            Doc(f"holdout-written-{ident}", f"written-holdout-{category}", text, tuple(names))
        )
    return docs


def build() -> list[Doc]:
    docs = excerpt_docs() + written_docs()
    ids = Counter(d.id for d in docs)
    if max(ids.values()) > 1:
        raise ValueError(f"duplicate ids: {[i for i, n in ids.items() if n > 1]}")
    for doc in docs:
        for start, end, _ in doc.names:
            if (
                not doc.text[start:end].strip()
                or doc.text[start:end] != doc.text[start:end].strip()
            ):
                raise ValueError(f"{doc.id}: bad span {start}:{end}")
    return docs


def main() -> None:
    docs = build()
    with OUT.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc.record(), ensure_ascii=False) + "\n")
    per_source = Counter(d.source for d in docs)
    labels = Counter((d.source, lab) for d in docs for _, _, lab in d.names)
    print(f"{len(docs)} documents -> {OUT}")
    for source, n in sorted(per_source.items()):
        counts = ", ".join(f"{lab} {labels[source, lab]}" for lab in LABELS.values())
        print(f"  {source}: {n} documents; {counts}")


if __name__ == "__main__":
    main()
