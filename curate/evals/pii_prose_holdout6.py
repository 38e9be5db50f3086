"""Sixth real-prose hold-out for person names: `data/pii_prose_holdout6_ko.jsonl`.

What it measures: how the PII scrubber treats PERSON names in Korean prose under the name
policy (`pii.person: contact`). Every person-name mention is labelled `contact` (a private
person's contact or identity data: form or label syntax, correspondence addressed to or from a
private person, or a name in the same record as that person's phone, e-mail, address, ID or
account number, including a name beside its own e-mail in a message header or signature),
`public` (public figures, historical persons, officials by title, fictional characters, stock
example names, clans, and credits: authors, maintainers, translators, packagers and
contributors of a published work named in a credits section, a copyright line, a PO header
or `translator-credits` entry, or a sign-off or trailer line, with or without their e-mail
address beside the name) or `not` (a word that only looks like a name: common nouns, places,
team and company names, anonymised names). `spans` holds a PERSON span for each `contact`
mention only, so a `<|name|>` placeholder is right only there.

Documents (none of this text is in the sample corpus or in the earlier prose hold-outs; none of
the packages was used by an earlier hold-out):

* `po-credits`: for each Korean catalogue of 15 Debian 12 packages (`apt`, `dpkg`,
  `gedit-common`, `gnome-calculator`, `gnome-font-viewer`, `gnome-system-monitor`,
  `mousepad`, `nano`, `network-manager-gnome`, `ristretto`, `thunar-data`, `wget` (two
  catalogues), `xfce4-panel`, `xfce4-settings`, `xfce4-terminal`), one document: the
  catalogue's PO header entry as `msgunfmt` prints it (re-encoded to UTF-8), followed by its
  `translator-credits` entry and any "written by" credit message (msgid and msgstr) as
  published, so translators and authors are credited with and without e-mail addresses;
* `po-messages`: the Korean translations (message bodies only, no header, no msgid) of the
  messages of 40 characters or more holding Hangul in 14 of those catalogues (their
  `translator-credits` entries, already in `po-credits`, left out), in catalogue
  order, blank lines inside a message collapsed, joined into documents of about 200-900
  characters, of which up to 8 (large catalogues) or 4 per catalogue, evenly spaced, are kept
  (ordinary technical prose; no person names);
* `ko-po-check`: the PyPI sdist of ko-po-check 0.98.0 (a Korean PO checker): `NEWS.md`
  (Korean release notes) cut at version headings into documents of 400-1,500 characters;
  `AUTHORS`, `THANKS` and `TODO`, whole; and git-log entries from `ChangeLog` (commit line,
  `Author:` name and e-mail, date, Korean message, diffstat, as published): evenly spaced
  entries with a Korean message plus every entry by an author other than the main one, an
  entry under 400 characters followed by the next one;
* `py-readmes`: the parts of the `README.md` of the PyPI sdists hangulpy 1.5.2 and pecab 1.0.8
  that hold Korean text, cut at paragraph breaks into documents of 200-1,500 characters, code
  blocks over 300 characters dropped (a code block split by the cut joined back); no person
  names (a project owner's handle inside URLs is not labelled);
* `written-holdout6-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout6_written.tsv`, names marked inline as `[[name|c/p/n]]`):
  politics, sports, entertainment and business news, history, biography, obituaries (news
  obituaries of public figures and a private funeral notice), dialogue fiction and a
  screenplay, interviews with bylines, court summaries, book, film, album, restaurant and
  exhibition reviews, thesis and book acknowledgements, community posts, private contact
  contexts (deliveries, transfers, forms, notices, text messages, a business card, rosters),
  e-mails between private people with headers, quoted-reply lines and signatures, records
  holding a private person's phone or e-mail that also name a public figure (`mixed`),
  written credits of made-up projects (README, AUTHORS, THANKS, Debian changelog, PO header,
  copyright line, git trailers, `pyproject.toml`, book and game credits), stock example
  names, clans, and look-alikes. Public persons are real; private persons, made-up projects
  and all their numbers and addresses are fictional (e-mail at example domains); quotes of
  real persons are invented and harmless.

The raw excerpts and their licences are in `data/prose_holdout6_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/`), its tests, the benchmarks, the pipelines, the README or any other
evaluation set. What the builder read: `curate/evals/prose_sets.py`,
`curate/evals/pii_prose_holdout4.py` (the layout), `curate/evals/marked.py`, the first
record of `data/pii_prose_holdout4_ko.jsonl`, and the policy text given with the task (the
label definitions above); no recognizer or `curate pii` command was run on this text while it
was built. The labels of the real documents are the table below. Each labelled string is
labelled at every occurrence in its document that starts a word and is not followed by a
Latin letter, digit or `@`, and the build fails if a labelled string is not found, if a table
names a missing file, or if a name marked in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout6`.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import N, P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout6_sources"
WRITTEN = DATA / "pii_prose_holdout6_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "po-credits": ("po-credits", "holdout6-pocredits"),
    "po-messages": ("po-messages", "holdout6-po"),
    "ko-po-check": ("ko-po-check", "holdout6-kpc"),
    "py-readmes": ("py-readmes", "holdout6-pyreadme"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# Every name in these excerpts is a credit (PO `Last-Translator:` header, `translator-credits`,
# a "written by" message, AUTHORS/THANKS files, a git-log `Author:` line): public, whether or
# not an e-mail address is printed beside it. The one bot account in a `Last-Translator:`
# header is not a person: not.
_RYU = {"Changwoo Ryu": P}
_CHO = {"Seong-ho Cho": P}
_XFCE_TEAM = {"ByungHyun Choi": P, "Seong-ho Cho": P, "Junggyu Park": P}

LABELS: dict[str, dict[str, str]] = {
    "po-credits/apt-header": _RYU,
    "po-credits/dpkg-header": _RYU,
    "po-credits/nm-applet-header": _RYU,
    "po-credits/wget-gnulib-header": _RYU,
    "po-credits/gedit-header": {
        "Changwoo Ryu": P,
        "남성현": P,
        "황치덕": P,
        "차영호": P,
        "류창우": P,
    },
    "po-credits/gnome-calculator-header": {"Changwoo Ryu": P, "차영호": P, "류창우": P, "박열": P},
    "po-credits/gnome-font-viewer-header": {
        "DaeHyun Sung": P,
        "류창우": P,
        "차영호": P,
        "김경곤": P,
        "성대현": P,
    },
    "po-credits/gnome-system-monitor-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "차영호": P,
        "김경곤": P,
        "조  환": P,
        "조성호": P,
    },
    "po-credits/mousepad-header": _CHO,
    "po-credits/nano-header": _CHO,
    "po-credits/ristretto-header": _CHO,
    # The catalogue's "written by" message credits the program's author beside his e-mail.
    "po-credits/thunar-header": {**_XFCE_TEAM, "Benedikt Meurer": P},
    "po-credits/wget-header": {"Seong-ho Cho": P, "Hrvoje Niksic": P},
    "po-credits/xfce4-panel-header": {**_XFCE_TEAM, "Seok Chae": P},
    "po-credits/xfce4-settings-header": {"Seong-ho Cho": P, "Benedikt Meurer": P},
    "po-credits/xfce4-terminal-header": {
        "Xfce Bot": N,
        "Benedikt Meurer": P,
        "Kibum Han": P,
        "Seong-ho Cho": P,
        "Jung-gyu Park": P,
    },
    # AUTHORS and THANKS of ko-po-check (addresses written out or spelled "at ... dot ...").
    "ko-po-check/AUTHORS": _RYU,
    "ko-po-check/THANKS": {
        "권순선": P,
        "김경헌": P,
        "박신조": P,
        "이진규": P,
        "정원교": P,
        "조성호": P,
        "최지희": P,
    },
    # git-log entries: the `Author: NAME <e-mail>` line of a commit credits its author.
    "ko-po-check/ChangeLog-00": _RYU,
    "ko-po-check/ChangeLog-01": _RYU,
    "ko-po-check/ChangeLog-02": _RYU,
    # A merge commit whose message names the contributor's handle it merged from: credited.
    "ko-po-check/ChangeLog-03": {"Changwoo Ryu": P, "jincreator": P},
    "ko-po-check/ChangeLog-04": {"Jinkyu Yi": P, "Changwoo Ryu": P},
    "ko-po-check/ChangeLog-05": _RYU,
    "ko-po-check/ChangeLog-06": _RYU,
    "ko-po-check/ChangeLog-07": {"Seong-ho, Cho": P, "Changwoo Ryu": P},
    "ko-po-check/ChangeLog-08": _RYU,
    "ko-po-check/ChangeLog-09": _RYU,
}


SET = ProseSet(
    "holdout6", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout6_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
