"""Ninth real-prose hold-out for person names: `data/pii_prose_holdout9_ko.jsonl`.

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
each `contact` mention only, so a `<|name|>` placeholder is right only there. A private person
named in running prose without any contact data of their own (a club member who scored, a
shop owner in a review, a friend in a blog post) is not `contact`; such names are labelled
`public` (a name, not to be scrubbed), and a private person's own contact data in the same
record makes only that person `contact`.

Documents (none of the packages or sources was used by an earlier hold-out, as their
docstrings list them):

* `po-credits`: for each of 26 Korean catalogues of 26 Debian 12 packages (`baobab`,
  `cheese-common` (`cheese`), `dconf-editor`, `debconf-i18n` (`debconf`), `ghex`,
  `gnome-bluetooth-3-common` (`gnome-bluetooth-3.0`), `gnome-characters`
  (`org.gnome.Characters`), `gnome-clocks`, `gnome-logs`, `gnome-maps`, `gnome-shell-common`
  (`gnome-shell`), `gnome-software-common` (`gnome-software`), `gnome-sound-recorder`
  (`org.gnome.SoundRecorder`), `gnome-text-editor`, `gnome-weather` (`org.gnome.Weather`),
  `gparted-common` (`gparted`), `libgweather-4-common` (`libgweather-4.0`),
  `libxfce4ui-common` (`libxfce4ui`), `mutter-common` (`mutter`), `pulseaudio`,
  `rhythmbox-data` (`rhythmbox`), `seahorse`, `simple-scan`, `tumbler-common` (`tumbler`),
  `xfce4-taskmanager`, `zenity-common` (`zenity`)), one document: the catalogue's PO header
  entry as `msgunfmt` prints it, followed by its `translator-credits` entry where it has one
  (19 of them), so translators are credited by full name in Latin letters
  (`Last-Translator:`) and in Hangul, mostly with their e-mail addresses beside them (two
  written with a space or ` at ` for the `@`, one name alone), and in the Launchpad lists of
  `rhythmbox` and `simple-scan` by name or handle beside a profile URL. The Transifex
  account `Xfce Bot` (`tumbler`) is not a person (`not`);
* `po-messages`: the Korean translations (message bodies only, no header, no msgid) of the
  messages of 40 characters or more holding Hangul in 15 of those catalogues (`dconf-editor`,
  `debconf`, `gnome-logs`, `gnome-maps`, `gnome-shell`, `gnome-software`, `gparted`,
  `libgweather-4.0`, `mutter`, `pulseaudio`, `rhythmbox`, `seahorse`, `simple-scan`,
  `xfce4-taskmanager`, `zenity`; `translator-credits` left out), in catalogue order, blank
  lines inside a message collapsed, joined into documents of about 200-900 characters (a
  single longer message, pulseaudio's `--help` text, is one document), of which 1-3 per
  catalogue, evenly spaced, are kept (29): ordinary technical prose, no person names; the
  printer maker Brother (`Brother website`, simple-scan) is `not`; a made-up address in an
  example (`janedoe.example.com`) is not labelled;
* `gnome-app-help-ko`: the Korean Mallard help pages of six of those packages (every page of
  `baobab`, `cheese`, `gnome-clocks`, `gnome-logs` and `gnome-text-editor`, and the index
  page of `ghex`, whose other pages are untranslated), one document per page (45): the
  `<credit>` entries of the page's `<info>` as `type: name <e-mail>, years` lines (authors,
  editors and translators, all credits: public; Sun Microsystems, credited as a translator of
  GHex, is a company: `not`), then the page's description and its body with the markup
  stripped, one line per title, paragraph or list item (task help on scanning disks, taking
  photos, alarms and timers, reading logs, editing text; the effect Sobel, named after its
  inventor, is labelled public as an eponym, as the first hold-out did);
* `emacs-tutorial-ko`: the Korean Emacs tutorial (`etc/tutorials/TUTORIAL.ko` of Debian 12
  `emacs-common` 1:28.2+1-15+deb12u4), its trailing file-local variables dropped, cut at
  blank lines into documents of up to about 1,500 characters (a new document at a `* `
  section heading once the current one holds 400 characters), of which every third one and
  the last two are kept (9): key commands, windows, recursive editing, help, and the copying
  conditions, which credit Stuart Cracraft (with 씨) as the author of the English tutorial it
  is based on (public);
* `written-holdout9-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout9_written.tsv`, names marked inline as `[[name|c/p/n]]`):
  politics, sports, entertainment and business news, history (clans with their 본관:
  안동 김씨, 풍양 조씨, 경주 최씨, 전주 이씨, 풍산 류씨), biography, obituaries (news
  obituaries of public figures; private funeral notices with the deceased and chief mourner
  in label syntax, the mourner's phone and account), dialogue fiction (modern and classical
  characters), screenplays with stage directions, interviews with bylines (a reporter's
  byline with e-mail is a credit: public), court summaries (anonymised parties A씨, B씨,
  김모, 이모, 박모: `not`; judges and a justice by title: public), reviews (film, book,
  restaurant, album), thesis, book and report acknowledgements, community posts and blog
  posts (recipe, travel, daily) with sign-offs and nicknames (보라맘, 하준맘, 은우맘: `not`),
  church bulletins (rosters in label syntax), apartment notices, club match reports with
  members' phones, school newsletters with a consent form, volunteer recruitment, alumni
  notices, hospital notices, classified ads, lost-and-found posts (a cat's and a dog's name:
  `not`), wedding invitations with accounts, 중고거래 posts, private contact contexts
  (a delivery notice, a text message, a group chat, an e-mail with headers, quoted-reply line
  and signature, a business card, a lease summary, a reference letter, an emergency-contact
  table, a sign-up form, a transfer receipt), records holding a private person's phone or
  e-mail that also name a public figure (`mixed`: ticket resale, a book signing, a
  YouTuber's collaboration enquiry, a lecture, a charity auction of a signed shirt), written
  credits of a made-up project (README, Debian changelog, git trailers, PO header and
  `translator-credits`), stock example names (홍길동, 철수, 영희, 길동) and look-alikes:
  common nouns that are also given names (하늘, 보람, 미소, 지수, 한결, 나라, 소망, 새봄,
  가람, 슬기), places (백사마을, 은평, 세종 in 세종청사 and 세종대로, 한강 the river beside
  한강 the novelist), shops, hospitals, halls, teams, idol groups and companies named with
  them; a public figure's nickname (연느님) and persons behind a metaphor or a title
  (슈바이처, 오웰) are public. Public persons are real; private
  persons, the made-up project and all their numbers and addresses are fictional (e-mail at
  example domains); quotes of real persons are invented and harmless.

The raw excerpts and their licences are in `data/prose_holdout9_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/`), its tests, the benchmarks, the pipelines, the README or any other
evaluation set. What the builder read: `curate/evals/prose_sets.py`,
`curate/evals/pii_prose_holdout8.py` (the layout and the label definitions above),
`curate/evals/marked.py`, the first five lines of `data/pii_prose_holdout8_written.tsv` (its
format), the file listings (names only) of `data/prose_holdout8_sources/` and of the first
hold-out's `data/prose_holdout_sources/` (to avoid its catalogues), the docstrings of the
earlier `pii_prose_holdout*.py` (to avoid their packages), and lines 70-80 of
`tests/curate/evals/test_pii.py` (to add this set to its parametrize list); no recognizer,
scrubber or `curate` command was run on this text while it was built (the builder checks of
`prose_sets.py`, `ruff` and the byte-for-byte test of this module were). The labels of the real
documents are the table below. Each labelled string is labelled at every occurrence in its
document that starts a word and is not followed by a Latin letter, digit or `@`, and the build
fails if a labelled string is not found, if a table names a missing file, or if a name marked
in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout9`.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import N, P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout9_sources"
WRITTEN = DATA / "pii_prose_holdout9_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "po-credits": ("po-credits", "holdout9-pocredits"),
    "po-messages": ("po-messages", "holdout9-po"),
    "gnome-app-help-ko": ("gnome-app-help-ko", "holdout9-help"),
    "emacs-tutorial-ko": ("emacs-tutorial-ko", "holdout9-emacs"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# Every name in the catalogue excerpts is a translator credit (PO `Last-Translator:` header or
# `translator-credits` entry): public, in Latin letters or Hangul, with its e-mail address
# beside it or, in the Launchpad lists, a profile URL. The message documents hold no person
# names and have no table but one look-alike.
_RYU = {"Changwoo Ryu": P}
_CHO = {"Seong-ho Cho": P}
_SUNG = {"DaeHyun Sung": P}

LABELS: dict[str, dict[str, str]] = {
    "po-credits/baobab-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "차영호": P,
        "박열": P,
        "조성호": P,
    },
    "po-credits/cheese-header": {"Changwoo Ryu": P, "류창우": P, "조성호": P},
    "po-credits/dconf-editor-header": {"Changwoo Ryu": P, "조성호": P, "류창우": P},
    "po-credits/debconf-header": _RYU,
    "po-credits/ghex-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "황치덕": P,
        "김남형": P,
        "조성호": P,
    },
    "po-credits/gnome-bluetooth-3.0-header": _CHO,
    "po-credits/gnome-characters-header": {
        "DaeHyun Sung": P,
        "조성호": P,
        "성대현": P,
        "류창우": P,
    },
    "po-credits/gnome-clocks-header": {"Seong-ho Cho": P, "조성호": P},
    "po-credits/gnome-logs-header": {"Seong-ho Cho": P, "류창우": P, "조성호": P, "임준열": P},
    "po-credits/gnome-maps-header": {"Jeeyong Um": P, "조성호": P, "정광섭": P, "엄지용": P},
    "po-credits/gnome-shell-header": {"Changwoo Ryu": P, "차영호": P, "조성호": P, "류창우": P},
    # Credited in Latin letters both in the header and in `translator-credits`.
    "po-credits/gnome-software-header": _CHO,
    "po-credits/gnome-sound-recorder-header": {"Changwoo Ryu": P, "류창우": P},
    "po-credits/gnome-text-editor-header": {"Seong-ho Cho": P, "조성호": P},
    "po-credits/gnome-weather-header": {"DaeHyun Sung": P, "Jinkyu Yi": P},
    "po-credits/gparted-header": {"Seong-ho Cho": P, "Namhyung Kim": P},
    "po-credits/libgweather-4.0-header": _SUNG,
    "po-credits/libxfce4ui-header": _CHO,
    "po-credits/mutter-header": {"Gwan-gyeong Mun": P},
    "po-credits/pulseaudio-header": {"김인수": P},
    # Launchpad contributors are credited by name or by handle beside a profile URL; two
    # handles are also the last part of their own URL and are labelled there too (public
    # either way).
    "po-credits/rhythmbox-header": {
        "Seong-ho Cho": P,
        "차영호": P,
        "김남형": P,
        "강분도": P,
        "조성호": P,
        "Beak, Tae-young": P,
        "Bundo": P,
        "Jaesung": P,
        "RainDrop": P,
        "Thedis": P,
        "Tiffany Worcester": P,
        "atie": P,
        "hurdlove": P,
    },
    "po-credits/seahorse-header": {"Changwoo Ryu": P, "류창우": P},
    "po-credits/simple-scan-header": {
        "DaeHyun Sung": P,
        "Bundo": P,
        "Jung-Kyu Park": P,
        "KiJune Yoon": P,
        "Kim Boram": P,
        "Koongchi": P,
        "Lyuso": P,
        "Min-Soo Kim": P,
        "Seung Soo, Ha": P,
        "Sunil": P,
        "atto": P,
    },
    # A Transifex robot account, not a person.
    "po-credits/tumbler-header": {"Xfce Bot": N},
    "po-credits/xfce4-taskmanager-header": _CHO,
    "po-credits/zenity-header": {"Changwoo Ryu": P, "차영호": P, "류창우": P},
    # A printer maker in a link text.
    "po-messages/simple-scan-01": {"Brother": N},
    # Mallard help pages: the `<credit>` entries of their `<info>` (authors, editors and
    # translators, e-mail and years beside them) are credits; Sun Microsystems, credited as a
    # translator of GHex, is a company. Sobel, an effect named after its inventor (cheese), is
    # an eponym, as the first hold-out labelled them.
    "gnome-app-help-ko/baobab-index": {"Julita Inca": P, "Ekaterina Gerasimova": P, "조성호": P},
    "gnome-app-help-ko/baobab-introduction": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Michael Hill": P,
        "조성호": P,
    },
    "gnome-app-help-ko/baobab-pref-view-chart": {
        "Julita Inca": P,
        "Michael Hill": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/baobab-problem-permissions": {"Baptiste Mille-Mathias": P, "조성호": P},
    "gnome-app-help-ko/baobab-problem-slow-scan": {"Baptiste Mille-Mathias": P, "조성호": P},
    "gnome-app-help-ko/baobab-question-open-folder": {"Ekaterina Gerasimova": P, "조성호": P},
    "gnome-app-help-ko/baobab-question-trash": {"Ekaterina Gerasimova": P, "조성호": P},
    "gnome-app-help-ko/baobab-scan-file-system": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Michael Hill": P,
        "조성호": P,
    },
    "gnome-app-help-ko/baobab-scan-folder": {
        "Julita Inca": P,
        "Michael Hill": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/baobab-scan-home": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Michael Hill": P,
        "조성호": P,
    },
    "gnome-app-help-ko/baobab-scan-remote": {
        "Julita Inca": P,
        "Michael Hill": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/cheese-burst-mode": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-effects-apply": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
        "Sobel": P,
    },
    "gnome-app-help-ko/cheese-index": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-introduction": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-photo-delete": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-photo-save": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-photo-take": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-photo-view": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-pref-countdown": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-pref-flash": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-pref-fullscreen": {
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-pref-image-properties": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-pref-resolution": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/cheese-video-record": {
        "Julita Inca": P,
        "Ekaterina Gerasimova": P,
        "Youngbin Han": P,
        "Changwoo Ryu": P,
    },
    "gnome-app-help-ko/ghex-index": {"Logan Rathbone": P, "Sun Microsystems": N, "조성호": P},
    "gnome-app-help-ko/gnome-clocks-alarm-add": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-alarm-edit": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-alarm-remove": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-alarm-snooze-stop": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-index": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-stopwatch": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-timer": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-world-add": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "Michael Hill": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-world-check": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-clocks-world-remove": {
        "Aruna Sankaranarayanan": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-logs-index": {"조성호": P},
    "gnome-app-help-ko/gnome-logs-introduction": {
        "David King": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-logs-permissions": {"Ekaterina Gerasimova": P, "조성호": P},
    "gnome-app-help-ko/gnome-text-editor-basics-create-new-file": {
        "Günther Wagner": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-text-editor-basics-draft-folder": {"Günther Wagner": P, "조성호": P},
    "gnome-app-help-ko/gnome-text-editor-basics-open-file": {"조성호": P},
    "gnome-app-help-ko/gnome-text-editor-edit-search-and-replace": {
        "Günther Wagner": P,
        "조성호": P,
    },
    "gnome-app-help-ko/gnome-text-editor-edit-undo-redo": {"Fionn Kelleher": P, "조성호": P},
    "gnome-app-help-ko/gnome-text-editor-index": {
        "Christian Hergert": P,
        "Günther Wagner": P,
        "조성호": P,
    },
    # The copying conditions: the author of the English tutorial, with 씨.
    "emacs-tutorial-ko/tutorial-021": {"Stuart Cracraft": P},
}


SET = ProseSet(
    "holdout9", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout9_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
