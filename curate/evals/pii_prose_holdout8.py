"""Eighth real-prose hold-out for person names: `data/pii_prose_holdout8_ko.jsonl`.

What it measures: how the PII scrubber treats PERSON names in Korean prose under the name
policy (`pii.person: contact`). Every person-name mention is labelled `contact` (a private
person's contact or identity data: form or label syntax, correspondence addressed to or from a
private person, or a name in the same record as that person's phone, e-mail, address, ID or
account number, including a name beside its own e-mail in a message header or signature),
`public` (public figures, historical persons, officials by title, fictional characters, stock
example names such as 홍길동, clans, and credits: authors, maintainers, translators, packagers
and contributors of a published work named in a credits section, a copyright line, a PO
header or `translator-credits` entry, or a sign-off or trailer line, with or without their
e-mail address beside the name) or `not` (a word that only looks like a name: common nouns,
places, team and company names, anonymised names like 김모 씨). `spans` holds a PERSON span for
each `contact` mention only, so a `<|name|>` placeholder is right only there.

Documents (none of the packages was used by an earlier hold-out, as their docstrings list
them):

* `po-credits`: for each of 24 Korean catalogues of 21 Debian 12 packages (`bash`, `bison`
  (`bison-gnulib`), `coreutils`, `cpio`, `eog`, `gawk`, `gettext` (`gettext-tools`), `git`,
  `gnome-control-center-data` (`gnome-control-center-2.0` and its `-timezones`),
  `gnome-disk-utility`, `grep`, `libgtk2.0-common` (`gtk20`), `libc-l10n` (`libc`),
  `nautilus-data`, `notification-daemon`, `postgresql-15` and `postgresql-client-15`
  (`postgres-15`, `psql-15`, `pg_dump-15`), `software-properties-common`, `sudo` (`sudo`,
  `sudoers`), `totem-common`, `xkb-data` (`xkeyboard-config`)), one document: the
  catalogue's PO header entry as `msgunfmt` prints it (the EUC-KR `bison-gnulib` re-encoded
  to UTF-8), followed by its `translator-credits` entry where it has one (`eog`,
  `gnome-disk-utility`, `nautilus`), so translators are credited by full name in Latin
  letters (`Last-Translator:`) and in Hangul (`translator-credits`), with their e-mail
  addresses beside them;
* `po-messages`: the Korean translations (message bodies only, no header, no msgid) of the
  messages of 40 characters or more holding Hangul in 14 of those catalogues, in catalogue
  order, blank lines inside a message collapsed, joined into documents of about 200-900
  characters, of which 1-3 per catalogue, evenly spaced, are kept (ordinary technical prose:
  usage texts, error messages, settings descriptions; no person names, and product names such
  as Totem are not labelled);
* `debian-faq-ko`: the Korean Debian FAQ (Debian 12 `debian-faq-ko` 11.1, plain-text
  edition), cut at its numbered sections into documents of up to about 1,500 characters, of
  which every fifth one and the last two are kept (16): questions and answers on
  architectures, packages, archives, upgrades and customising, and the FAQ's own credits
  section (its authors and maintainers, and the authors of the texts it draws on, all
  public; the release name Jessie in an English passage left untranslated is `not`);
* `written-holdout8-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout8_written.tsv`, names marked inline as `[[name|c/p/n]]`):
  politics, sports, entertainment and business news, history, biography, obituaries (news
  obituaries of public figures, private funeral notices with the chief mourner's phone and
  account), dialogue fiction, a screenplay with stage directions, interviews with bylines,
  court summaries (anonymised parties, judges by title), reviews, thesis acknowledgements,
  community posts, church bulletins, apartment notices, sports-club match reports with
  members' phones, school newsletters, volunteer recruitment, alumni notices, hospital
  visiting rules, classified ads, podcast show notes crediting hosts, a wiki talk page, a
  recipe blog with the author's sign-off, private contact contexts (deliveries, transfers,
  forms, notices, text messages, a chat log, business cards, rosters, a wedding invitation
  with accounts, a lease, a lost-cat poster, a reference letter, a contact list), e-mails
  between private people with headers, quoted-reply lines and signatures, records holding a
  private person's phone or e-mail that also name a public figure (`mixed`: ticket resale, a
  book signing, a lecture, a fan meeting, a signed-shirt sale, a YouTuber's collaboration
  enquiry, a book talk, a charity race with a celebrity ambassador), written credits of
  made-up projects (README, AUTHORS, changelog, copyright line, git trailers, a PO header, game
  credits), stock example names (홍길동, 철수, 영희), clans (본관 with 씨) and look-alikes
  (rivers, cities, shops, banks, teams, common nouns that are also given names, pets' names,
  anonymised suspects). Public persons are
  real; private persons, made-up projects and all their numbers and addresses are
  fictional (e-mail at example domains); quotes of real persons are invented and harmless.

The raw excerpts and their licences are in `data/prose_holdout8_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/`), its tests, the benchmarks, the pipelines, the README or any other
evaluation set. What the builder read: `curate/evals/prose_sets.py`,
`curate/evals/pii_prose_holdout7.py` (the layout), `curate/evals/marked.py`, the first
record of `data/pii_prose_holdout7_ko.jsonl`, a few lines of
`data/pii_prose_holdout7_written.tsv` (its format), `data/prose_holdout7_sources/LICENSES.md`,
the docstrings of the earlier `pii_prose_holdout*.py` (to avoid their packages), and the
policy text given with the task (the label definitions above); no recognizer or `curate`
command was run on this text while it was built. The labels of the real documents are the
table below. Each labelled string is labelled at every occurrence in its document that starts
a word and is not followed by a Latin letter, digit or `@`, and the build fails if a labelled
string is not found, if a table names a missing file, or if a name marked in a written
paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout8`.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import N, P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout8_sources"
WRITTEN = DATA / "pii_prose_holdout8_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "po-credits": ("po-credits", "holdout8-pocredits"),
    "po-messages": ("po-messages", "holdout8-po"),
    "debian-faq-ko": ("debian-faq-ko", "holdout8-faq"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# Every name in the catalogue excerpts is a translator credit (PO `Last-Translator:` header or
# `translator-credits` entry): public, in Latin letters or Hangul, with its e-mail address
# beside it. A handle inside a URL (`github.com/changwoo/...`) is not labelled. The message
# documents hold no person names and have no table.
_RYU = {"Changwoo Ryu": P}
_CHO = {"Seong-ho Cho": P}
_KIM = {"Ioseph Kim": P}

LABELS: dict[str, dict[str, str]] = {
    "po-credits/bash-header": _CHO,
    "po-credits/bison-gnulib-header": _RYU,
    "po-credits/coreutils-header": _CHO,
    "po-credits/cpio-header": _CHO,
    "po-credits/eog-header": {
        "Jeeyong Um": P,
        "남성현": P,
        "차영호": P,
        "류창우": P,
        "엄지용": P,
    },
    "po-credits/gawk-header": _CHO,
    "po-credits/gettext-tools-header": _RYU,
    "po-credits/git-header": _RYU,
    "po-credits/gnome-control-center-2.0-header": _RYU,
    "po-credits/gnome-control-center-2.0-timezones-header": {"Eun-Ju Kim": P},
    "po-credits/gnome-disk-utility-header": {
        "Seong-ho Cho": P,
        "김남형": P,
        "류창우": P,
        "조성호": P,
        "장성만": P,
    },
    "po-credits/grep-header": _CHO,
    "po-credits/gtk20-header": _RYU,
    "po-credits/libc-header": _RYU,
    # The translator credited in Latin letters in the header and in Hangul (류창우) in the
    # catalogue's `translator-credits` entry; one e-mail written as "at ... dot".
    "po-credits/nautilus-header": {"Changwoo Ryu": P, "차영호": P, "류창우": P, "조성호": P},
    "po-credits/notification-daemon-header": _RYU,
    "po-credits/pg_dump-15-header": _KIM,
    "po-credits/postgres-15-header": _KIM,
    "po-credits/psql-15-header": _KIM,
    "po-credits/software-properties-header": {"Eungkyu Song": P},
    "po-credits/sudo-header": _CHO,
    "po-credits/sudoers-header": _CHO,
    "po-credits/totem-header": _RYU,
    "po-credits/xkeyboard-config-header": _RYU,
    # A release code name (Debian 8) in an English passage of the Korean edition.
    "debian-faq-ko/faq-010": {"Jessie": N},
    # The FAQ's credits section: its first and later authors and maintainers, and the authors
    # of the texts it draws on. Two names are broken across lines as published (one line's
    # indent is three no-break spaces and a space).
    "debian-faq-ko/faq-066": {
        "J.H.M. Dassen": P,
        "Ray": P,
        "Chuck Stickelman": P,
        "Susan G.\n\u00a0\u00a0\u00a0 Kleinmann": P,
        "Sven Rudolph": P,
        "Santiago Vila": P,
        "Josip Rodin": P,
        "Javier\n    Fernandez-Sanguino": P,
        "Bruce Perens": P,
        "Ian Jackson": P,
        "Kamaraju Kusumanchi": P,
    },
}


SET = ProseSet(
    "holdout8", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout8_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
