"""Third real-prose hold-out for person names: `data/pii_prose_holdout3_ko.jsonl`.

What it measures: how the PII scrubber treats PERSON names in Korean prose under the name
policy (`pii.person`, README "Names: the policy"). Every person-name mention is labelled
`contact` (a private person's contact/identity data: form or label syntax, or in the same
record as that person's phone, e-mail, address, ID or account number), `public` (public
figures, historical persons, officials, authors and contributors credited in publications,
translators credited in software, fictional characters) or `not` (a word that only looks like
a name). `spans` holds a PERSON span for each `contact` mention only, so a `<|name|>`
placeholder is right only there.

Documents (none of this text is in the sample corpus or in the earlier prose hold-outs):

* `man-ko`: the Korean manual pages shipped in Debian 12 (`man-db`, `psmisc`, `xz-utils`,
  `login`, `passwd`), rendered with `man -l` and `col -bx`, page header and footer dropped,
  indentation and justification spaces collapsed, cut at section and paragraph breaks into
  documents of about 200-1,500 characters; their 저작자/저자/AUTHOR sections credit authors
  with their e-mail addresses;
* `vimtutor-ko`: the Korean Vim tutor (`tutor.ko.utf-8`, Debian 12 `vim-runtime`), cut the
  same way; its last part credits the tutor's authors and recommends two books;
* `kiwipiepy-doc`: the Korean documentation of the `kiwipiepy` morphological analyser
  (`kiwipiepy/documentation.md` in kiwipiepy 0.24.1 from PyPI), code blocks over 300
  characters dropped, cut the same way;
* `nabi-fonts-docs`: Korean documentation of Debian 12 packages for Korean input and fonts:
  nabi's README (its Korean part), README.Debian.ko, changelog (`NEWS`, cut as above) and
  the three Korean icon-theme READMEs (one or two lines of credit each, kept whole although
  under 200 characters), the Korean part of `fonts-lexi-gulim`'s README.Debian, and
  `fonts-baekmuk`'s README and Korean copyright notice;
* `written-holdout3-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout3_written.tsv`, names marked inline as `[[name|c/p/n]]`): politics,
  sports and entertainment news, history, biography, obituaries, dialogue fiction and
  screenplays, interviews, court summaries, acknowledgements of a thesis, community posts and
  private contact contexts (messages, notices, forms, transfers, deliveries). Public persons
  are real, private persons and their numbers fictional; quotes of real persons are invented.

The raw excerpts and their licences are in `data/prose_holdout3_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/pii/`), its tests, the benchmarks or the other PII evaluation sets (only
the layout of `pii_prose_holdout2.py` and the schema of the first record of
`pii_prose_holdout2_ko.jsonl`); no recognizer was run on this text while it was built. The
labels of the real documents are the tables below: a name printed beside its own e-mail
address (a man page's author line, the tutor's author signing with his address) is contact
data, as hold-out 2 labelled such credit lines; credited authors without an address, book
authors and Vim's maintainer are public. Each labelled string is labelled at every occurrence
in its document that starts a word and is not followed by a Latin letter or digit (so `Wilf.`
is a name but the `Wilford` of `G.Wilford@…` is not, nor a handle before `@`), and the build
fails if a labelled string is not found, if a table names a missing file, or if a name marked
in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout3`.

Relabelled when the name policy changed (credits, README "Names: the policy"): the
credits printed beside their own e-mail address in the real excerpts below were labelled
`contact` by the writer and are `public` now; every other label is the writer's.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout3_sources"
WRITTEN = DATA / "pii_prose_holdout3_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "man-ko": ("man-ko", "holdout3-man"),
    "vimtutor-ko": ("vimtutor-ko", "holdout3-vimtutor"),
    "kiwipiepy-doc": ("kiwipiepy-doc", "holdout3-kiwipiepy"),
    "nabi-fonts-docs": ("nabi-fonts-docs", "holdout3-nabi-fonts"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
# man-db's author lines: `Wilf. (G.Wilford@…)`, `Fabrizio Polacco (fpolacco@…)`, `Colin
# Watson (cjwatson@…)`, each beside its own address: credits, public.
_MAN_DB = {"Wilf": P, "Fabrizio Polacco": P, "Colin Watson": P}
LABELS: dict[str, dict[str, str]] = {
    "man-ko/accessdb-8-00": _MAN_DB,
    "man-ko/apropos-1-02": _MAN_DB,
    "man-ko/catman-8-00": _MAN_DB,
    "man-ko/lexgrog-1-01": _MAN_DB,
    "man-ko/mandb-8-02": _MAN_DB,
    "man-ko/manpath-1-00": _MAN_DB,
    "man-ko/whatis-1-01": _MAN_DB,
    "man-ko/zsoelim-1-00": _MAN_DB,
    "man-ko/man-recode-1-00": {"Colin Watson": P},
    "man-ko/manconv-1-00": {"Colin Watson": P},
    "man-ko/man-1-11": {
        **_MAN_DB,
        "John W. Eaton": P,
        "Willem Kasdorp": P,
        "Rik\nFaith": P,
    },
    "man-ko/chfn-1-00": {"Salvatore Valente": P},
    "man-ko/chsh-1-00": {"Salvatore Valente": P},
    "man-ko/login-1-03": {"Michael Glad": P, "Peter Orbaek": P},
    "man-ko/peekfd-1-00": {"Trent Waddington": P},
    "man-ko/pslog-1-00": {"Vito Mule": P},
    # Book authors recommended by the tutor: public.
    "vimtutor-ko/tutor-12": {"Steve Oualline": P},
    # The tutor's credits: the authors, the idea's originator and Vim's maintainer are
    # credited authors (public); Robert K. Ware signs with his own e-mail address (a credit too).
    "vimtutor-ko/tutor-13": {
        "Linda Lamb": P,
        "Michael C. Pierce": P,
        "Robert K. Ware": P,
        "Charles Smith": P,
        "Bram Moolenaar": P,
    },
    # Debian maintainer sign-offs (`-- NAME <e-mail>, date`): credits, public.
    "nabi-fonts-docs/nabi-README-Debian-ko": {"Changwoo Ryu": P},
    "nabi-fonts-docs/fonts-lexi-gulim-README-Debian-ko": {"Changwoo Ryu": P},
    # The font's copyright holder, credited without an address: public.
    "nabi-fonts-docs/fonts-baekmuk-COPYRIGHT-ko": {"김정환": P},
    # nabi's changelog thanks a translator once with his e-mail and once without (public
    # both), and credits contributors by handle (public).
    "nabi-fonts-docs/nabi-NEWS-01": {"Niklaus Giger": P, "Stefan Krämer": P},
    "nabi-fonts-docs/nabi-NEWS-02": {"Niklaus Giger": P, "bluetux": P, "exman": P},
    # Icon-theme credits, each with the contributor's e-mail: public; the theme's subjects
    # (King Sejong, Caesar) and the icon designer the keyboard icons were derived from
    # (jimmac) are public.
    "nabi-fonts-docs/nabi-README-themes-KingSejong": {"성현 신": P},
    "nabi-fonts-docs/nabi-README-themes-KingSejong2": {
        "크래머 스테판": P,
        "세종대왕": P,
        "Gaius Iulius Caesar": P,
    },
    "nabi-fonts-docs/nabi-README-themes-keyboard": {"Kim Seok-Jin": P, "jimmac": P},
}


SET = ProseSet(
    "holdout3", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout3_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
