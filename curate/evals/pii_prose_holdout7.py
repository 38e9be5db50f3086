"""Seventh real-prose hold-out for person names: `data/pii_prose_holdout7_ko.jsonl`.

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

Documents (none of the packages was used by an earlier hold-out):

* `po-credits`: for each Korean catalogue of 22 Debian 12 packages (`Linux-PAM`, `adduser`,
  `appstream`, `at-spi2-core`, `cups-pk-helper`, `findutils`, `gdk-pixbuf`,
  `gettext-runtime`, `glib20`, `gstreamer-1.0`, `gtk30`, `libhandy`, `libsecret`, `make`,
  `popt`, `python-apt`, `sed`, `shared-mime-info`, `system-config-printer`, `systemd`, `tar`,
  `xdg-user-dirs`), one document: the catalogue's PO header entry as `msgunfmt` prints it
  (two EUC-KR catalogues re-encoded to UTF-8), followed by its `translator-credits` entry
  where it has one, so translators are credited by full name, in Hangul or Latin letters, and
  by handle, with their e-mail addresses beside them;
* `po-messages`: the Korean translations (message bodies only, no header, no msgid) of the
  messages of 40 characters or more holding Hangul (15 or more in the short-message catalogues
  `PackageKit` and `shared-mime-info`) in 14 catalogues (`PackageKit` and 13 of the above),
  in catalogue order, blank lines inside a message collapsed, joined into documents of about
  200-900 characters, of which 1-4 per catalogue, evenly spaced, are kept (ordinary technical
  prose; no person names: product names such as "Pathetic Writer" or "Scream Tracker" are not
  labelled);
* `written-holdout7-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout7_written.tsv`, names marked inline as `[[name|c/p/n]]`):
  politics, sports, entertainment and business news, history, biography, obituaries (news
  obituaries of public figures, private funeral notices with the chief mourner's phone and
  account), dialogue fiction (modern, classical and TV-drama characters), a screenplay and a
  play with stage directions, interviews with bylines, court summaries (anonymised parties,
  justices by title), book, film, album, restaurant, exhibition and recital reviews, thesis,
  book and report acknowledgements, community posts, private contact contexts (deliveries,
  transfers, forms, notices, text messages, a chat log, business cards, rosters, a wedding
  invitation with accounts, a lease, a lost-dog poster, a reference letter, a contact list),
  e-mails between private people with headers, quoted-reply lines and signatures, records
  holding a private person's phone or e-mail that also name a public figure (`mixed`: ticket
  resale and exchange, fan signings and fan meetings, lectures by politicians, authors, doctors
  and surgeons on TV, book signings, an auction of a footballer's shirt, a YouTuber's ad
  enquiry, a marathon with a celebrity ambassador, a golf clinic, blood-donation and birthday
  events for athletes, campaign volunteers, TV-show audiences, a manuscript request), written
  credits of made-up projects (README, AUTHORS, THANKS, Debian changelog, PO header and
  `translator-credits`, copyright line, git trailers, `pyproject.toml`, game and book
  credits), stock example names (홍길동, 철수, 영희), clans (본관 with 씨) and look-alikes
  (rivers, cities, shops, banks, teams, common nouns, a dog's name, anonymised suspects).
  Public persons are real; private persons, made-up projects and all their numbers and
  addresses are fictional (e-mail at example domains); quotes of real persons are invented
  and harmless.

The raw excerpts and their licences are in `data/prose_holdout7_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/`), its tests, the benchmarks, the pipelines, the README or any other
evaluation set. What the builder read: `curate/evals/prose_sets.py`,
`curate/evals/pii_prose_holdout6.py` (the layout), `curate/evals/marked.py`, the first
record of `data/pii_prose_holdout6_ko.jsonl`, and the policy text given with the task (the
label definitions above); no recognizer or `curate` command was run on this text while it
was built. The labels of the real documents are the table below. Each labelled string is
labelled at every occurrence in its document that starts a word and is not followed by a
Latin letter, digit or `@`, and the build fails if a labelled string is not found, if a table
names a missing file, or if a name marked in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout7`.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout7_sources"
WRITTEN = DATA / "pii_prose_holdout7_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "po-credits": ("po-credits", "holdout7-pocredits"),
    "po-messages": ("po-messages", "holdout7-po"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# Every name in these excerpts is a translator credit (PO `Last-Translator:` header or
# `translator-credits` entry): public, whether written in Hangul or Latin letters, as a handle
# (`simmon`) or a full name, and whether or not an e-mail address is printed beside it. The
# message documents hold no person names and have no table.
_RYU = {"Changwoo Ryu": P}
_CHO = {"Seong-ho Cho": P}
_SONG = {"Eungkyu Song": P}
_PARK = {"Shinjo Park": P}
_SIMMON = {"simmon": P}

LABELS: dict[str, dict[str, str]] = {
    "po-credits/Linux-PAM-header": _SIMMON,
    "po-credits/adduser-header": _SONG,
    "po-credits/appstream-header": {"이정희": P},
    "po-credits/at-spi2-core-header": _RYU,
    "po-credits/cups-pk-helper-header": _PARK,
    "po-credits/findutils-header": {"Bang Jun-Young": P},
    "po-credits/gdk-pixbuf-header": {"Gwan-gyeong Mun": P},
    "po-credits/gettext-runtime-header": _RYU,
    "po-credits/glib20-header": _RYU,
    "po-credits/gstreamer-1.0-header": {"SooHyun Kim": P},
    "po-credits/gtk30-header": _RYU,
    "po-credits/libhandy-header": _CHO,
    "po-credits/libsecret-header": _RYU,
    "po-credits/make-header": _RYU,
    "po-credits/popt-header": _SIMMON,
    "po-credits/python-apt-header": _SONG,
    "po-credits/sed-header": _CHO,
    "po-credits/shared-mime-info-header": _PARK,
    # The same translator credited by his Hangul name in the header and by his handle in the
    # catalogue's `translator-credits` entry.
    "po-credits/system-config-printer-header": {"김인수": P, "simmon": P},
    "po-credits/systemd-header": {"김인수": P},
    "po-credits/tar-header": _CHO,
    "po-credits/xdg-user-dirs-header": _RYU,
}


SET = ProseSet(
    "holdout7", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout7_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
