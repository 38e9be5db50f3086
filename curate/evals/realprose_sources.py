"""Real Korean text for the real-prose quality set, from installed packages, and the loader
of what was shipped.

``extract`` is run once by hand on unpacked Debian packages (``apt-get download`` +
``dpkg-deb -x``) and the system's gettext catalogues; it writes ``excerpts.jsonl`` (one page
or catalogue block per line, with its package path) next to ``LICENSES.md``. The evaluation
reads only the shipped files, so it needs neither the packages nor the network.
"""

from __future__ import annotations

import gettext
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from curate.sample.texts import Document, html_blocks, pack
from filters.script_stats import ScriptCounts

DATA: Traversable = files("curate.evals") / "data" / "quality_realprose"
EXCERPTS = "excerpts.jsonl"
WRITTEN = "written.txt"
# Texts written to train the bundled model: train side only, junk kinds labelled junk.
WRITTEN_TRAIN = "written_train.txt"
LIBREOFFICE_HELP = "usr/share/libreoffice/help/ko/text"
LOCALE_KO = "/usr/share/locale/ko/LC_MESSAGES"
# Catalogues whose long messages are Korean prose (help texts, hints), by Debian package.
CATALOGUES = ("bash", "coreutils", "git", "postgres-15", "grep", "xz", "procps-ng", "dpkg")
MIN_PAGE_CHARS = 300
MIN_HANGUL_SHARE = 0.5
MIN_MESSAGE_CHARS = 80
MIN_MESSAGE_HANGUL = 40
LIBREOFFICE_PAGES = 260
# LibreOffice's page header paragraph, not content.
CHROME = frozenset({"LibreOffice 7.4 Help"})


@dataclass(frozen=True)
class Excerpt:
    """One shipped block of real text: its source, its group (the unit of the train/held-out
    split), where it came from inside the package, its title and paragraphs."""

    source: str
    group: str
    path: str
    paragraphs: tuple[str, ...]

    def documents(self) -> list[Document]:
        """Cut into web-page-sized documents (curate.sample.texts.pack)."""
        title, *body = self.paragraphs
        return [d for d in pack(self.source, title, ([p] for p in body)) if d.body]


def is_korean(text: str) -> bool:
    """Translated, not an English page left untranslated (judged by the text's letters)."""
    return ScriptCounts.of(text).hangul_share_of_letters() >= MIN_HANGUL_SHARE


def _stable_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _libreoffice_page(root: Path, path: Path) -> Excerpt | None:
    blocks = [text for _, text in html_blocks(path.read_text(encoding="utf-8"))]
    paragraphs = tuple(text for text in blocks if text not in CHROME)
    text = "\n".join(paragraphs)
    if len(paragraphs) < 2 or len(text) < MIN_PAGE_CHARS or not is_korean(text):
        return None
    relative = path.relative_to(root)
    group = "/".join(relative.parts[-3:]).removesuffix(".html")
    return Excerpt("libreoffice-help", f"libreoffice:{group}", str(relative), paragraphs)


def libreoffice_excerpts(root: Path) -> list[Excerpt]:
    """Translated help pages, a deterministic sample of LIBREOFFICE_PAGES (the whole help is
    ~0.7 M characters; a sample keeps the shipped data small)."""
    base = root / LIBREOFFICE_HELP
    pages = (_libreoffice_page(root, p) for p in sorted(base.rglob("*.html")))
    kept = sorted((p for p in pages if p is not None), key=lambda e: _stable_key(e.path))
    return sorted(kept[:LIBREOFFICE_PAGES], key=lambda e: e.path)


def _long_messages(path: Path) -> list[str]:
    with path.open("rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog  # noqa: SLF001 - msgstr table
    messages = (v for k, v in catalog.items() if k and isinstance(v, str))
    return sorted(
        {
            message.strip()
            for message in messages
            if len(message) >= MIN_MESSAGE_CHARS
            and sum("가" <= c <= "힣" for c in message) >= MIN_MESSAGE_HANGUL
        }
    )


def gettext_excerpts(locale_dir: Path = Path(LOCALE_KO)) -> list[Excerpt]:
    """Long translated messages (help texts, hints, errors) per catalogue; one catalogue is
    one group, its messages in msgid order are the paragraphs."""
    excerpts = []
    for name in CATALOGUES:
        path = locale_dir / f"{name}.mo"
        if path.is_file():
            messages = _long_messages(path)
            title = f"{name} 메시지"
            excerpts.append(Excerpt("gettext", f"gettext:{name}", str(path), (title, *messages)))
    return excerpts


def extract(root: Path, out: Path) -> int:
    """Write the excerpts of the packages unpacked under ``root``; returns the count."""
    excerpts = libreoffice_excerpts(root) + gettext_excerpts()
    with out.open("w", encoding="utf-8") as f:
        for e in excerpts:
            row = {"source": e.source, "group": e.group, "path": e.path, "text": e.paragraphs}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(excerpts)


def shipped_excerpts() -> list[Excerpt]:
    lines = (DATA / EXCERPTS).read_text(encoding="utf-8").splitlines()
    rows = (json.loads(line) for line in lines if line.strip())
    return [Excerpt(r["source"], r["group"], r["path"], tuple(r["text"])) for r in rows]


@dataclass(frozen=True)
class WrittenText:
    """A hand-written (``written``) or reproduced public-domain (``reproduced``) text."""

    source: str
    group: str
    origin: str
    title: str
    body: str


def _written_blocks(text: str) -> Iterator[tuple[str, list[str]]]:
    header, lines = "", []
    for line in text.splitlines():
        if line.startswith("## "):
            if header:
                yield header, lines
            header, lines = line[3:], []
        elif header:
            lines.append(line)
    if header:
        yield header, lines


def written_texts(name: str = WRITTEN) -> list[WrittenText]:
    """``## source | group | origin | title`` then the text, up to the next header."""
    texts = []
    for header, lines in _written_blocks((DATA / name).read_text(encoding="utf-8")):
        source, group, origin, title = (part.strip() for part in header.split("|"))
        body = "\n".join(lines).strip()
        texts.append(WrittenText(source, group, origin, title, body))
    return texts


if __name__ == "__main__":
    import sys

    target = Path(str(DATA)) / EXCERPTS
    print(f"{extract(Path(sys.argv[1]), target)} excerpts -> {target}")
