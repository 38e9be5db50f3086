"""Fourth real-prose hold-out for person names: `data/pii_prose_holdout4_ko.jsonl`.

What it measures: how the PII scrubber treats PERSON names in Korean prose under the name
policy (`pii.person`, README "Names: the policy"). Every person-name mention is labelled
`contact` (a private person's contact/identity data: form or label syntax, or in the same
record as that person's phone, e-mail, address, ID or account number; a name printed beside
its own e-mail address counts as contact, as in hold-outs 2 and 3), `public` (public figures,
historical persons, officials, authors and contributors credited without an address, fictional
characters) or `not` (a word that only looks like a name). `spans` holds a PERSON span for
each `contact` mention only, so a `<|name|>` placeholder is right only there.

Documents (none of this text is in the sample corpus or in the earlier prose hold-outs):

* `hunspell-ko`: the Korean README of the hunspell Korean dictionary (`README.md.gz` in
  Debian 12 `hunspell-ko` 0.7.92), cut at paragraph breaks into documents of about
  200-1,500 characters (no person names);
* `g2pk`: the g2pK 0.9.4 sdist from PyPI: `README.md` (English with Korean examples; its
  citation credits the author), `g2pk/rules.txt` (Korean standard-pronunciation rules with the
  author's comments, one signed `by kyubyong`) and `g2pk/idioms.txt`, cut the same way, code
  blocks over 300 characters dropped and a paragraph over 1,500 characters split at line
  breaks;
* `kss-doc`: the parts of kss 6.0.6's `README.md` (PyPI sdist) that hold Korean text, cut
  the same way, plus its citation and licence paragraphs (credited authors, no address); its
  josa examples use the stock name 철수 (labelled public, a fictional stock character);
* `py-readmes`: the READMEs of hgtk 0.2.0 and koreanize-matplotlib 0.1.1 (PyPI), whole;
* `fonts-docs`: the Korean part of Debian 12 `fonts-lexi-saebom`'s README.Debian with its
  maintainer sign-off, and the Korean notice and copyright lines of `fonts-unfonts-extra`'s
  copyright file;
* `po-messages`: the Korean translations (message bodies only, no PO header) of the longer
  messages (60 characters or more) of Debian 12 `procps` 4.0.2 (`procps-ng.mo`: top's help
  screens, usage texts) and `mc-data` 4.8.29 (`mc.mo`), in catalogue order, blank lines
  inside a message collapsed, cut the same way (no person names);
* `written-holdout4-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout4_written.tsv`, names marked inline as `[[name|c/p/n]]`): politics,
  sports, entertainment and business news, history, biography, obituaries, dialogue fiction
  and screenplays, interviews, court summaries, book and film reviews, thesis
  acknowledgements, community posts, private contact contexts (deliveries, transfers, forms,
  notices, messages) and records holding a private person's phone or e-mail that also name a
  public figure (`mixed`: ticket resale, fan events). Public persons are real, private persons
  and their numbers fictional; quotes of real persons are invented.

The raw excerpts and their licences are in `data/prose_holdout4_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/pii/`), its tests, the benchmarks or the other PII evaluation sets (only
the layout of `pii_prose_holdout3.py` and the first record of `pii_prose_holdout3_ko.jsonl`);
no recognizer was run on this text while it was built. Not fully blind in one small way
(the writer disclosed it): reading the README's policy section, the print ran past it into
the "Measured on real prose" paragraph and the first row of that regression set's table. The
labels of the real documents are the table below. Each labelled string is labelled at every
occurrence in its document that starts a word and is not followed by a Latin letter, digit or
`@`, and the build fails if a labelled string is not found, if a table names a missing file,
or if a name marked in a written paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout4`.

Relabelled when the name policy changed (credits, README "Names: the policy"): the
credits printed beside their own e-mail address in the real excerpts below were labelled
`contact` by the writer and are `public` now; every other label is the writer's.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout4_sources"
WRITTEN = DATA / "pii_prose_holdout4_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "hunspell-ko": ("hunspell-ko", "holdout4-hunspell"),
    "g2pk": ("g2pk", "holdout4-g2pk"),
    "kss-doc": ("kss-doc", "holdout4-kss"),
    "py-readmes": ("py-readmes", "holdout4-pyreadme"),
    "fonts-docs": ("fonts-docs", "holdout4-fonts"),
    "po-messages": ("po-messages", "holdout4-po"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
LABELS: dict[str, dict[str, str]] = {
    # A rules comment signed with the author's handle, and the README's citation: credited
    # author without an address, public.
    "g2pk/rules-00": {"kyubyong": P},
    "g2pk/README-05": {"Park, Kyubyong": P},
    # kss's citation and licence credit the authors by name (a GitHub link, no address).
    "kss-doc/README-105": {"Ko, Hyunwoong": P, "Park, Sang": P},
    "kss-doc/README-106": {"Hyunwoong Ko": P, "Sang Park": P},
    # Josa examples with the stock name 철수 (a stock fictional character): public.
    "kss-doc/README-58": {"철수": P},
    "kss-doc/README-61": {"철수": P},
    # Debian maintainer sign-off (`-- NAME <e-mail>, date`): a credit, public.
    "fonts-docs/fonts-lexi-saebom-README-Debian-ko": {"Changwoo Ryu": P},
    # The notice names the head of the font firm (김태정사장, no address): public; the
    # copyright lines credit the fonts' author without an address (public) and contributors
    # and packagers beside their own e-mail addresses (credits too, public).
    "fonts-docs/fonts-unfonts-extra-copyright-notice": {
        "김태정": P,
        "Koaunghi Un": P,
        "Park, Won-kyu": P,
        "Jungshik Shin": P,
        "Changwoo Ryu": P,
        "Hideki Yamane": P,
    },
}


SET = ProseSet(
    "holdout4", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout4_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
