"""Tenth real-prose hold-out for person names: `data/pii_prose_holdout10_ko.jsonl`.

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
docstrings and source folders list them):

* `po-credits`: for each of the 34 Korean catalogues of 34 Debian 12 packages (`aisleriot`,
  `catfish`, `five-or-more`, `four-in-a-row`, `gnome-2048`, `gnome-calendar`, `gnome-chess`,
  `gnome-contacts`, `gnome-klotski`, `gnome-mahjongg`, `gnome-mines`, `gnome-music`
  (`org.gnome.Music`), `gnome-nibbles`, `gnome-robots`, `gnome-screenshot`, `gnome-sudoku`,
  `gnome-tetravex` (`gnome-tetravex-gui`), `gnome-tweaks`, `hexchat-common` (`hexchat`),
  `hitori`, `iagno`, `lightsoff`, `parole`, `pidgin-data` (`pidgin`), `quadrapassel`,
  `swell-foop`, `tali`, `xfburn`, `xfce4-appfinder`, `xfce4-notifyd`,
  `xfce4-power-manager-data` (`xfce4-power-manager`), `xfce4-screenshooter`, `xfce4-session`,
  `xfwm4`), one document: the catalogue's PO header entry as `msgunfmt` prints it, followed
  by its `translator-credits` entry where it has one (23 of them), so translators are
  credited by full name in Latin letters (`Last-Translator:`), in Hangul and by handle
  (`adenosie`), mostly with their e-mail addresses beside them (the `gnome-screenshot` list
  names four of its five without one). The Transifex account `Xfce Bot` is not a person, and
  pidgin's unfilled template `FULL NAME <EMAIL@ADDRESS>` is a placeholder: both `not`;
* `po-messages`: the Korean translations (message bodies only, no header, no msgid) of the
  messages of 40 characters or more holding Hangul in 17 of those catalogues (`aisleriot`,
  `catfish`, `gnome-chess`, `gnome-robots`, `gnome-screenshot`, `gnome-tetravex-gui`,
  `gnome-tweaks`, `hexchat`, `iagno`, `org.gnome.Music`, `parole`, `pidgin`, `xfburn`,
  `xfce4-power-manager`, `xfce4-screenshooter`, `xfce4-session`, `xfwm4`;
  `translator-credits` left out), in catalogue order, blank lines inside a message
  collapsed, joined into documents of up to about 900 characters (a last one under 200 joined
  to the one before), of which 1-3 per catalogue, evenly spaced, are kept (24): ordinary
  technical prose (IRC and chat commands, release notes, licence notices). Names: iagno's
  `Translators` message (its translators with their e-mails) and xfce4-session's "written by"
  message (`Brian Tarricone <kelnos@xfce.org>이 작성했습니다.`) are credits: public; the
  example nicknames of hexchat's command help (`johnsmith`, `john`) are stock example names:
  public; `Franklin` of the FSF's postal address (`51 Franklin Street`, gnome-music) is a
  street: `not`. Product names (빠롤, 방울새 for Pidgin, 아일라이어트) are not labelled;
* `gnome-games-help-ko`: the Korean Mallard help pages of nine of those packages
  (`four-in-a-row`, `gnome-chess`, `gnome-mahjongg`, `gnome-mines`, `gnome-music`,
  `gnome-sudoku`, `hitori`, `lightsoff`, `swell-foop`; the contributing, bug-filing,
  documentation, translation and licence pages kept for `gnome-mines` only, as the other games
  repeat them, and 12 further short pages left out), one document per page (62): the
  `<credit>` entries of the page's `<info>` as `type: name <e-mail>, years` lines (authors,
  editors and translators, all credits: public, the names of two editors written in Hangul,
  마이클 힐 and 안나 필립스; where a translator put a video URL in the name field, or left it
  empty, nothing is labelled), then the page's description and its body with the markup
  stripped, one line per title, paragraph, list item or table cell (game rules, strategy,
  settings and scores, playlists; partly untranslated English; no person names in the bodies:
  the colours Red and Green and the game names 히토리 and 스웰푸프 are not labelled);
* `written-holdout10-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout10_written.tsv`, names marked inline as `[[name|c/p/n]]`), in
  registers mostly new to these sets: local-paper profiles, court-ruling summaries
  (anonymised parties A씨, B씨, 김모, 이모: `not`; judges by title: public), National Assembly
  minutes (members by name: public), history textbook paragraphs, children's biographies,
  novels (dialogue and third-person narration), a play with stage directions, poems and
  essays, fan-café reviews, restaurant and travel blogs, parenting-café posts (nicknames such
  as 서윤맘: `not`), alumni and club notices with members' phones, funeral and wedding text
  messages, delivery and booking texts, a résumé and a cover letter, recommendation letters,
  meeting minutes with attendees' contacts, company notices, volunteer rosters, church
  bulletins, school newsletters with a reply slip, certificates and citations, interviews with
  a reporter's byline, thesis acknowledgements, a translator's afterword, a podcast script,
  YouTube subtitles, game walkthroughs (game characters: public) and live sports text
  commentary; and look-alikes: common nouns that are also given names (다솜, 하람, 나래,
  누리, 한빛, 아름, 초롱, 별, 온새미로), streets, halls, shops and prizes named after persons
  (충무로, 퇴계로, 을지로, 세종문화회관, 장영실 in 장영실상, 김만덕 기념관, 이중섭 거리,
  이효석 문학관, 장금이네 한식당: `not`), 정주영 the founder beside 현대 the company and a
  private namesake, anonymised names, public figures' nicknames (국민 MC, 피겨 여왕),
  persons inside metaphors (햄릿, 돈키호테, 셜록), private persons named in running prose with
  no contact data of their own (public, per the definitions) and records holding a private
  person's contact data (that person `contact`). Public persons are real; private persons and
  all their numbers and addresses are fictional (e-mail at example domains, phones
  010-xxxx-xxxx); quotes of real persons are invented and harmless.

The raw excerpts and their licences are in `data/prose_holdout10_sources/` (`LICENSES.md`,
the packages' Debian `copyright` files in `licences/`). Every mention was labelled by hand
before any scoring, by someone who had not read the recognizer (`filters/`), its tests, the
benchmarks, the pipelines, the README or any other evaluation set. What the builder read:
`curate/evals/prose_sets.py`, `curate/evals/pii_prose_holdout9.py` (the layout and the label
definitions above), `curate/evals/marked.py`, the first five lines of
`data/pii_prose_holdout9_written.tsv` (its format), the file listings (names only) of the
earlier hold-outs' `data/prose_holdout*_sources/` folders, the docstrings of the earlier
`pii_prose_holdout*.py` (to avoid their packages), and the parametrize list of the
byte-for-byte test in `tests/curate/evals/test_pii.py` (to add this set); no recognizer,
scrubber or `curate` command was run on this text while it was built (the builder checks of
`prose_sets.py`, `ruff` and the byte-for-byte test of this module were). The labels of the
real documents are the table below. Each labelled string is labelled at every occurrence in
its document that starts a word and is not followed by a Latin letter, digit or `@`, and the
build fails if a labelled string is not found, if a table names a missing file, or if a name
marked in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout10`.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import N, P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout10_sources"
WRITTEN = DATA / "pii_prose_holdout10_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "po-credits": ("po-credits", "holdout10-pocredits"),
    "po-messages": ("po-messages", "holdout10-po"),
    "gnome-games-help-ko": ("gnome-games-help-ko", "holdout10-help"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# Every name in the catalogue headers is a translator credit (PO `Last-Translator:` header or
# `translator-credits` entry): public, in Latin letters, in Hangul or by handle, with its
# e-mail address beside it or not.
_CHO = {"Seong-ho Cho": P}
_BOT = {"Xfce Bot": N}

LABELS: dict[str, dict[str, str]] = {
    "po-credits/aisleriot-header": {"Seong-ho Cho": P, "류창우": P, "백관선": P, "조성호": P},
    "po-credits/catfish-header": {"Seong-ho Cho": P, "Kibum Han": P, "Jung-gyu Park": P},
    "po-credits/five-or-more-header": {"Hyunwoo Park": P, "류창우": P, "김치현": P, "박현우": P},
    "po-credits/four-in-a-row-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "백관선": P,
        "김치현": P,
        "강영선": P,
        "조성호": P,
    },
    # A translator credited by handle only, in the header and in `translator-credits`.
    "po-credits/gnome-2048-header": {"adenosie": P},
    "po-credits/gnome-calendar-header": {"Seong-ho Cho": P, "조성호": P},
    "po-credits/gnome-chess-header": {
        "Seong-ho Cho": P,
        "백관선": P,
        "조성호": P,
        "류창우": P,
        "엄지용": P,
        "전민석": P,
    },
    "po-credits/gnome-contacts-header": _CHO,
    "po-credits/gnome-klotski-header": {"Seong-ho Cho": P, "류창우": P, "김치현": P, "조성호": P},
    "po-credits/gnome-mahjongg-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "백관선": P,
        "이병일": P,
        "조성호": P,
    },
    "po-credits/gnome-mines-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "백관선": P,
        "김치현": P,
        "조성호": P,
    },
    "po-credits/gnome-nibbles-header": {"DaeHyun Sung": P, "류창우": P, "한영빈": P, "성대현": P},
    "po-credits/gnome-robots-header": {"DaeHyun Sung": P, "류창우": P, "성대현": P},
    # Four of the five credited by name alone, one with his e-mail.
    "po-credits/gnome-screenshot-header": {
        "Changwoo Ryu": P,
        "류창우": P,
        "조성호": P,
        "차영호": P,
        "김경곤": P,
        "엄지용": P,
    },
    "po-credits/gnome-sudoku-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "박열": P,
        "성대현": P,
        "조성호": P,
    },
    "po-credits/gnome-tetravex-gui-header": {"Seong-ho Cho": P, "류창우": P, "조성호": P},
    "po-credits/gnome-tweaks-header": _CHO,
    "po-credits/hexchat-header": _CHO,
    "po-credits/hitori-header": {"Seong-ho Cho": P, "류창우": P, "임준열": P, "조성호": P},
    "po-credits/iagno-header": {"DaeHyun Sung": P, "류창우": P, "성대현": P},
    "po-credits/lightsoff-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "임준열": P,
        "박현우": P,
        "조성호": P,
    },
    "po-credits/org.gnome.Music-header": _CHO,
    "po-credits/parole-header": _CHO,
    # The template's unfilled placeholder, not a person.
    "po-credits/pidgin-header": {"FULL NAME": N},
    "po-credits/quadrapassel-header": {
        "Seong-ho Cho": P,
        "류창우": P,
        "박열": P,
        "성대현": P,
        "조성호": P,
    },
    "po-credits/swell-foop-header": {"DaeHyun Sung": P, "류창우": P, "성대현": P},
    "po-credits/tali-header": {"Seong-ho Cho": P, "류창우": P, "김치현": P, "조성호": P},
    "po-credits/xfburn-header": _CHO,
    # A Transifex robot account, not a person.
    "po-credits/xfce4-appfinder-header": _BOT,
    "po-credits/xfce4-notifyd-header": _CHO,
    "po-credits/xfce4-power-manager-header": _CHO,
    "po-credits/xfce4-screenshooter-header": _CHO,
    "po-credits/xfce4-session-header": _BOT,
    "po-credits/xfwm4-header": _BOT,
    # Example nicknames in IRC command help: stock example names.
    "po-messages/hexchat-00": {"johnsmith": P},
    "po-messages/hexchat-02": {"john": P},
    # iagno's `Translators` message: its translators with their e-mails (credits).
    "po-messages/iagno-00": {"류창우": P, "성대현": P},
    # The FSF's postal address: a street named after a person.
    "po-messages/org.gnome.Music-00": {"Franklin": N},
    # A "written by" credit.
    "po-messages/xfce4-session-00": {"Brian Tarricone": P},
    # Mallard help pages: the `<credit>` entries of their `<info>` (authors, editors and
    # translators, e-mail and years beside them) are credits; the bodies name nobody.
    "gnome-games-help-ko/four-in-a-row-appearance": {"Aruna Sankaranarayanan": P, "전민석": P},
    "gnome-games-help-ko/four-in-a-row-basics": {"Aruna Sankaranarayanan": P, "전민석": P},
    "gnome-games-help-ko/four-in-a-row-choose-opponent": {
        "Aruna Sankaranarayanan": P,
        "마이클 힐": P,
        "전민석": P,
    },
    "gnome-games-help-ko/four-in-a-row-index": {"Aruna Sankaranarayanan": P, "전민석": P},
    "gnome-games-help-ko/four-in-a-row-make-easy": {"Aruna Sankaranarayanan": P, "전민석": P},
    "gnome-games-help-ko/four-in-a-row-scores": {
        "Aruna Sankaranarayanan": P,
        "안나 필립스": P,
        "전민석": P,
    },
    "gnome-games-help-ko/gnome-chess-change-board-orientation": {
        "Brian Grohe": P,
        "Tiffany Antopolski": P,
        "Andre Klapper": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-chess-chess-engines": {"Andre Klapper": P, "조성호": P},
    "gnome-games-help-ko/gnome-chess-index": {"Tiffany Antopolski": P, "조성호": P},
    "gnome-games-help-ko/gnome-chess-play": {
        "Andre Klapper": P,
        "Rafael Fontenelle": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-chess-rules": {"조성호": P},
    "gnome-games-help-ko/gnome-chess-save-resume": {
        "Brian Grohe": P,
        "Tiffany Antopolski": P,
        "Andre Klapper": P,
        "Rafael Fontenelle": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-chess-timer": {
        "Andre Klapper": P,
        "Rafael Fontenelle": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mahjongg-bonustiles": {"Rashi Aswani": P, "조성호": P},
    "gnome-games-help-ko/gnome-mahjongg-gameplay": {
        "Chris Beiser": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mahjongg-hints": {
        "Chris Beiser": P,
        "Michael Hill": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mahjongg-index": {"Chris Beiser": P, "조성호": P},
    "gnome-games-help-ko/gnome-mahjongg-map": {"Ekaterina Gerasimova": P, "조성호": P},
    "gnome-games-help-ko/gnome-mahjongg-rules": {"Chris Beiser": P, "Michael Hill": P, "조성호": P},
    "gnome-games-help-ko/gnome-mahjongg-scoring": {
        "Chris Beiser": P,
        "Ekaterina Gerasimova": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mahjongg-strategy": {"Michael Hill": P, "조성호": P},
    "gnome-games-help-ko/gnome-mines-board-size": {
        "Baptiste Mille-Mathias": P,
        "Ekaterina Gerasimova": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-bug-filing": {
        "Tiffany Antopolski": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-develop": {"Tiffany Antopolski": P, "임준열": P, "조성호": P},
    "gnome-games-help-ko/gnome-mines-documentation": {
        "Tiffany Antopolski": P,
        "Ekaterina Gerasimova": P,
        "Aruna Sankaranarayanan": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-flags": {
        "Tiffany Antopolski": P,
        "Baptiste Mille-Mathias": P,
        "Ekaterina Gerasimova": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-high-scores": {
        "Baptiste Mille-Mathias": P,
        "Ekaterina Gerasimova": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-index": {
        "Brian Grohe": P,
        "Ekaterina Gerasimova": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-license": {"임준열": P, "조성호": P},
    "gnome-games-help-ko/gnome-mines-new-game": {
        "Baptiste Mille-Mathias": P,
        "Ekaterina Gerasimova": P,
        "Aruna Sankaranarayanan": P,
        "Rashi Aswani": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-rules": {
        "Baptiste Mille-Mathias": P,
        "Ekaterina Gerasimova": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-mines-translate": {
        "Tiffany Antopolski": P,
        "Michael Hill": P,
        "임준열": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-music-index": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-music-introduction": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-music-play-music": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-music-playlist-create-albums": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-music-playlist-delete": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-music-playlist-repeat": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-music-search": {"Shobha Tyagi": P, "조성호": P},
    "gnome-games-help-ko/gnome-sudoku-basics": {
        "Chris Beiser": P,
        "Michael Hill": P,
        "전민석": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-sudoku-earmarks": {
        "Thomas Hinkle": P,
        "Chris Beiser": P,
        "Michael Hill": P,
        "전민석": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-sudoku-highlighting": {
        "Tiffany Antopolski": P,
        "전민석": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-sudoku-index": {
        "Tiffany Antopolski": P,
        "Ekaterina Gerasimova": P,
        "전민석": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-sudoku-keyboard-shortcuts": {
        "Chris Beiser": P,
        "Tiffany Antopolski": P,
        "전민석": P,
        "조성호": P,
    },
    "gnome-games-help-ko/gnome-sudoku-rules": {"Thomas Hinkle": P, "전민석": P, "조성호": P},
    "gnome-games-help-ko/gnome-sudoku-strategy": {
        "Radoslav Asparuhov": P,
        "Tiffany Antopolski": P,
        "전민석": P,
        "조성호": P,
    },
    "gnome-games-help-ko/hitori-customization": {"조성호": P},
    "gnome-games-help-ko/hitori-game": {"조성호": P},
    "gnome-games-help-ko/hitori-index": {"Philip Withnall": P, "조성호": P},
    "gnome-games-help-ko/hitori-playing": {"조성호": P},
    "gnome-games-help-ko/hitori-strategy": {"조성호": P},
    "gnome-games-help-ko/lightsoff-basic": {"Perumal Viravan": P, "조성호": P},
    "gnome-games-help-ko/lightsoff-index": {"Perumal Viravan": P, "조성호": P},
    "gnome-games-help-ko/lightsoff-rules": {"Perumal Viravan": P, "조성호": P},
    "gnome-games-help-ko/lightsoff-strategy": {"Perumal Viravan": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-index": {"Roopa": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-introduction": {"Roopa": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-playing-game": {"Roopa": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-preferences": {"Roopa": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-score": {"Roopa": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-start": {"Roopa": P, "조성호": P},
    "gnome-games-help-ko/swell-foop-strategy": {"Roopa": P, "조성호": P},
}


SET = ProseSet(
    "holdout10", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout10_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
