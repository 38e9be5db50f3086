"""Fifth real-prose hold-out for person names: `data/pii_prose_holdout5_ko.jsonl`.

What it measures: how the PII scrubber treats PERSON names in Korean prose under the name
policy `pii.person: contact`. Every person-name mention is labelled `contact` (a private
person's contact or identity data: form or label syntax, correspondence to or from a private
person, or a name in the same record as that person's phone, e-mail, address, ID or account
number, a name beside its own e-mail in a message header, signature, roster or form included),
`public` (public figures, historical persons, officials, fictional characters and stock names,
and -- the point of this set -- CREDITS: a person credited as author, maintainer, translator,
packager or contributor of a published work, in a credits section, a copyright line or a
sign-off/trailer line such as a Debian changelog `-- NAME <e-mail>  date` or a PO header's
`Last-Translator:`, with or without the e-mail printed beside the name) or `not` (a word that
only looks like a name). `spans` holds a PERSON span for each `contact` mention only, so a
`<|name|>` placeholder is right only there.

Documents (none of this text is in the sample corpus or in the earlier prose hold-outs):

* `kotex-doc`: the Korean manuals of ko.TeX in Debian 12 `texlive-lang-korean`
  2022.20230122-1: `kotex-utf-doc.tex` (the kotex-utf 3.0 user guide) and
  `pmhanguljamo-kdoc.tex` (the pmhanguljamo 0.5.2 guide), LaTeX source as published. Only
  the body (from `\\mainmatter` / `\\begin{document}`) is cut: paragraphs (blank-line
  separated) holding at least 20 Hangul syllables, merged in order into documents of
  about 500-1,500 characters (a paragraph over 1,500 split at line breaks); every third
  document of kotex-utf-doc is kept (0, 3, 6, ...) plus every document that names a person,
  and every third of pmhanguljamo-kdoc. Each guide's `\\title`/`\\author` lines are one more
  document. Names: the manuals credit package authors (`\\wi{김도현}이 작성하였다`, `Eitan
  Gurari 씨가 만든 TeX4ht`), thank reviewers (`이기황, 이주호 님께 ... 감사`), cite authors and
  quote historical writers (김소월, 이태준, 정약용, 지석영): all public.
* `po-ko`: Korean message catalogues of Debian 12 packages, read from their `.mo` files with
  `msgunfmt`: `uim-data` 1:1.8.8-9.2, `im-config` 0.55-2, `ibus-hangul` 1.5.4-2,
  `fcitx5-hangul` 5.0.10-1, `fcitx-hangul` 0.3.1-3, `libhangul-data` 0.1.0+git20191003-2,
  `gnome-terminal-data` 3.46.8-1, `evince-common` 43.1-2+deb12u1 and `file-roller` 43.0-1. Per
  catalogue one document is the PO header as published (`Last-Translator: NAME <e-mail>`,
  `Language-Team`) with the `translator-credits` entry where there is one (translators' names
  and e-mails, one per line); the others hold the Korean translations (message bodies only, in
  catalogue order, blank lines inside a message collapsed) of the messages of at least
  20 (uim), 40 (im-config) or 50 (GNOME apps) characters, or all of them in the small
  catalogues, merged into documents of about 300-1,500 characters (every second one kept for
  uim and gnome-terminal). Translator credits are public; the layout name 안마태 (Ahn Matae's
  keyboard, libhangul) is public.
* `debian-docs`: files from `/usr/share/doc` of Debian 12 Korean packages, whole: the
  `copyright` files of `fonts-baekmuk` (with its Korean licence notice), `libhangul1`,
  `ibus-hangul`, `fcitx5-hangul`, `im-config` and `fonts-alee`; `COPYRIGHT.ko.txt` and
  `README` of `fonts-baekmuk`; `README.Debian` of `fonts-lexi-gulim` (English and Korean,
  maintainer sign-off), `fonts-nanum`, `fonts-unfonts-core` and `fonts-alee`; the `AUTHORS`
  of `uim-data` and `scim-tables-ko`; and the first two entries of the `changelog.Debian` of
  `fonts-nanum`, `ibus-hangul`, `libhangul1`, `fonts-baekmuk`, `fcitx5-hangul`,
  `fonts-naver-d2coding`, `fonts-woowa-bm` and `im-config`. Every name there is a credit
  (copyright holder, author, packager, changelog sign-off), e-mail beside it or not: public.
  The font family 은진 (Eunjin, fonts-alee) looks like a given name: not.
* `tex-credits`: READMEs and ChangeLogs of the ko.TeX family in the same `texlive-lang-korean`:
  the `cjk-ko` README up to its licence section, the `lshort-korean` README up to its fonts
  section (the Korean translation's credit line), the `pmhanguljamo`, `nanumtype1` and
  `baekmuk` READMEs, the state and contacts sections of `kotex-oblivoir`'s README, the
  contacts section of `kotex-plain`'s, and the newest entries (up to about 1,200 characters)
  of the ChangeLogs of `cjk-ko`, `kotex-utils`, `kotex-utf`, `kotex-plain` and
  `kotex-oblivoir` (`DATE  NAME  <handle at ktug org>` entry heads). All credits: public.
* `written-holdout5-<register>`: paragraphs written for this set
  (`data/pii_prose_holdout5_written.tsv`, names marked inline as `[[name|c/p/n]]`): politics,
  sports, entertainment, business and science news, history, biography, obituaries (and a
  private death notice with the mourner's phone and account), dialogue fiction, interviews,
  court summaries, book and film reviews, thesis acknowledgements, education, religion,
  travel, community posts, private contact contexts (deliveries, transfers, forms, rosters,
  notices, text and group-chat messages, letters, e-mails between private people with their
  headers and signatures, a lease summary, a clinic reminder), mailing-list messages (a
  `From:` header with its e-mail is contact, not a credit), written credits (README,
  AUTHORS, THANKS, copyright, changelog, `Signed-off-by:`, PO-header and book-colophon lines
  of made-up projects, e-mail beside the name or not: public), records that hold a private
  person's phone or e-mail and also name a public figure (`mixed`), and look-alikes (team and
  role names, anonymised 김모 씨, places, companies, a dog's name, common nouns that are also
  given names). Public persons are real; private persons, their numbers and
  addresses are made up (e-mail at example.com, example.kr, example.org or .test); quotes of
  real persons are invented and harmless.

The raw excerpts and their licences are in `data/prose_holdout5_sources/` (`LICENSES.md`).
Every mention was labelled by hand before any scoring, by someone who had not read the
recognizer (`filters/pii/`), its tests, the benchmarks, the pipelines, the README or the other
evaluation sets (only `prose_sets.py`, `marked.py`, the layout of `pii_prose_holdout4.py` and
the first record of `pii_prose_holdout4_ko.jsonl`); no recognizer was run on this text while it
was built. The labels of the real documents are the table below; a real document missing from
it names nobody. Each labelled string is labelled at every occurrence in its document that
starts a word and is not followed by a Latin letter, digit or `@`, and the build fails if a
labelled string is not found, if a table names a missing file, or if a name marked in a written
paragraph also occurs there unmarked.

Regenerate with `.venv/bin/python -m curate.evals.pii_prose_holdout5`.
"""

from __future__ import annotations

from pathlib import Path

from curate.evals.prose_sets import N, P, ProseSet, main

DATA = Path(__file__).parent / "data"
SOURCES = DATA / "prose_holdout5_sources"
WRITTEN = DATA / "pii_prose_holdout5_written.tsv"


# Source folder -> (source name, id prefix).
SOURCE_DIRS = {
    "kotex-doc": ("kotex-doc", "holdout5-kotexdoc"),
    "po-ko": ("po-ko", "holdout5-po"),
    "debian-docs": ("debian-docs", "holdout5-debdoc"),
    "tex-credits": ("tex-credits", "holdout5-texcred"),
}

# Hand labels of the real documents: "folder/file stem" -> {name as written: label}.
LABELS: dict[str, dict[str, str]] = {
    # --- kotex-doc: the manuals' authors, credited contributors and reviewers, cited
    # authors and quoted historical writers: all public.
    "kotex-doc/kotex-utf-doc-title": {"김강수": P},  # \author{} of the manual
    "kotex-doc/kotex-utf-doc-00": {"김도현": P},  # "\wi{김도현}이 작성하였다" (code author)
    "kotex-doc/kotex-utf-doc-35": {"H\\`an Th\\'{\\^e} Th\\`anh": P},  # pdfTeX's author
    "kotex-doc/kotex-utf-doc-36": {"김도현": P},  # cited article in a comment
    # "신정식 님께서 알려주신 바에 의하면": a contributor credited in a published manual.
    "kotex-doc/kotex-utf-doc-38": {"신정식": P},
    "kotex-doc/kotex-utf-doc-39": {"Peter Wilson": P},  # author of the Memoir manual
    "kotex-doc/kotex-utf-doc-63": {"은광희": P},  # author of HLaTeX, credited
    "kotex-doc/kotex-utf-doc-75": {"Rowland MacDonnell": P},  # "... 씨의 sectsty 패키지"
    "kotex-doc/kotex-utf-doc-85": {"Eitan Gurari": P},  # "... 씨가 만든 TeX4ht"
    "kotex-doc/kotex-utf-doc-91": {"김도현": P},  # "이 유틸리티들은 김도현이 제작하였다"
    # The manual's acknowledgement: "감수를 맡아주신 이기황, 이주호 님께 ... 감사": credits.
    "kotex-doc/kotex-utf-doc-93": {"이기황": P, "이주호": P},
    "kotex-doc/pmhanguljamo-kdoc-title": {"Nova de Hi": P},  # the author's pen name
    # Quoted and cited historical writers.
    "kotex-doc/pmhanguljamo-kdoc-24": {"김소월": P, "이태준": P, "정약용": P, "지석영": P},
    # --- po-ko: PO headers (Last-Translator, Language-Team) and translator-credits entries,
    # names with their e-mails: credits, public.
    "po-ko/uim-header": {"Jae-hyeon Park": P},
    "po-ko/im-config-header": {"Changwoo Ryu": P},
    "po-ko/im-config-00": {"Osamu Aoki": P},  # "(c) Osamu Aoki <osamu@debian.org>, GPL-2+"
    "po-ko/ibus-hangul-header": {"Choe Hwanjin": P},
    "po-ko/fcitx5-hangul-header": {"Junghee Lee": P},
    "po-ko/fcitx-hangul-header": {"Bon Keun Seo": P},
    "po-ko/libhangul-header": {"Choe Hwanjin": P},
    # The keyboard layout named after its inventor (Ahnmatae): a public person's name.
    "po-ko/libhangul-00": {"안마태": P},
    "po-ko/gnome-terminal-header": {
        "Changwoo Ryu": P,
        "차영호": P,
        "한영빈": P,
        "류창우": P,
        "방진호": P,
    },
    "po-ko/evince-header": {"Changwoo Ryu": P, "차영호": P, "류창우": P, "조성호": P, "김경곤": P},
    "po-ko/file-roller-header": {
        "Seong-ho Cho": P,
        "강정희": P,
        "차영호": P,
        "류창우": P,
        "임준열": P,
        "강영선": P,
        "조성호": P,
    },
    # --- debian-docs: copyright holders, authors, packagers and changelog sign-offs.
    "debian-docs/fonts-baekmuk-copyright": {"Kim Jeong-Hwan": P, "김정환": P, "Changwoo Ryu": P},
    "debian-docs/fonts-baekmuk-COPYRIGHT-ko": {"김정환": P},
    "debian-docs/libhangul1-copyright": {"Choe Hwanjin": P, "Changwoo Ryu": P},
    "debian-docs/ibus-hangul-copyright": {
        "Huang Peng": P,
        "Choe Hwanjin": P,
        "LI Daobing": P,
        "Changwoo Ryu": P,
    },
    "debian-docs/fcitx5-hangul-copyright": {"CSSlayer": P, "Boyuan Yang": P, "Choe Hwanjin": P},
    # The copyright file's comment credits the packagers in running text, names broken over
    # lines as published.
    "debian-docs/im-config-copyright": {
        "Osamu Aoki": P,
        "Osamu\n Aoki": P,
        "Aron Xu": P,
        "Andrew Lee": P,
        "Andrew\n Lee": P,
        "Kenshi Muto": P,
        "Kenshi\n Muto": P,
    },
    "debian-docs/fonts-alee-copyright": {"A Lee": P},
    "debian-docs/fonts-alee-README-Debian": {"A Lee": P, "은진": N},  # 은진: a font family
    "debian-docs/fonts-lexi-gulim-README-Debian": {"Changwoo Ryu": P},
    "debian-docs/fonts-nanum-README-Debian": {"Changwoo Ryu": P},
    "debian-docs/fonts-unfonts-core-README-Debian": {"Changwoo Ryu": P},
    "debian-docs/uim-data-AUTHORS": {
        "YAMAMOTO Kengo": P,
        "YamaKen": P,
        "Etsushi Kato": P,
        "TOKUNAGA Hiroyuki": P,
        "Masahito Omote": P,
        "Yusuke TABATA": P,
        "NOKUBI Takatsugu": P,
        "Kazuki Ohta": P,
        "Masanari Yamamoto": P,
        "Takuro Ashie": P,
        "Jun Inoue": P,
        "Jae-hyeon Park": P,
        "Konosuke Watanabe": P,
        "KIHARA Hideto": P,
        "IWATA Ray": P,
        "Kouhei Sutou": P,
        "Muneyuki Noguchi": P,
    },
    "debian-docs/scim-tables-ko-AUTHORS": {
        "James Su": P,
        "Matthew Fischer": P,
        "Albert Wang": P,
        "Samuel Thibault": P,
        "Mohammad DAMT": P,
        "Jörg Haustein": P,
        "Jatin Nansi": P,
        "Amanpreet Singh Brar": P,
    },
    "debian-docs/fonts-nanum-changelog-Debian": {"Changwoo Ryu": P},
    "debian-docs/ibus-hangul-changelog-Debian": {"Gunnar Hjalmarsson": P, "Changwoo Ryu": P},
    "debian-docs/libhangul1-changelog-Debian": {"Changwoo Ryu": P},
    "debian-docs/fonts-baekmuk-changelog-Debian": {"Changwoo Ryu": P},
    "debian-docs/fcitx5-hangul-changelog-Debian": {"Boyuan Yang": P},
    "debian-docs/fonts-naver-d2coding-changelog-Debian": {"Boyuan Yang": P, "Changwoo Ryu": P},
    "debian-docs/fonts-woowa-bm-changelog-Debian": {"Boyuan Yang": P, "Changwoo Ryu": P},
    "debian-docs/im-config-changelog-Debian": {"Gunnar Hjalmarsson": P},
    # --- tex-credits: package authors, translators, maintainers and ChangeLog entry heads.
    "tex-credits/cjk-ko-README": {"Werner Lemberg": P, "Dohyun Kim": P},
    "tex-credits/lshort-korean-README": {"Tobias Oetiker": P, "Kangsoo Kim": P, "In-Sung Cho": P},
    "tex-credits/pmhanguljamo-README": {"Kangsoo Kim": P},
    "tex-credits/nanumtype1-README": {"Dohyun Kim": P},
    "tex-credits/baekmuk-README": {
        "Kim Jeong-Hwan": P,
        "Hironobu Yamashita": P,
        "Werner Lemberg": P,
    },
    # "requested by ischo", "reported by Progress": credited bug reporters (user handles).
    "tex-credits/kotex-oblivoir-README-state": {"ischo": P, "Progress": P},
    "tex-credits/kotex-oblivoir-README-contacts": {"Kihwang Lee": P},
    "tex-credits/kotex-plain-README-contacts": {"Kihwang Lee": P},
    "tex-credits/cjk-ko-ChangeLog": {"Dohyun Kim": P},
    "tex-credits/kotex-utils-ChangeLog": {"Dohyun Kim": P, "Kihwang Lee": P},
    "tex-credits/kotex-utf-ChangeLog": {"Kangsoo Kim": P, "Dohyun Kim": P, "Kihwang Lee": P},
    "tex-credits/kotex-plain-ChangeLog": {"Kangsoo Kim": P, "Dohyun Kim": P, "Kihwang Lee": P},
    "tex-credits/kotex-oblivoir-ChangeLog": {"Kangsoo Kim": P, "Kihwang Lee": P},
}


SET = ProseSet(
    "holdout5", SOURCES, SOURCE_DIRS, LABELS, WRITTEN, DATA / "pii_prose_holdout5_ko.jsonl"
)


if __name__ == "__main__":
    main(SET)
