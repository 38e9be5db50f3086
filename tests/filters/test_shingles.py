"""Morpheme shingles as characters: each form is one private-use code point, stable across
runs (stored signatures depend on it), and a form string is one character per morpheme."""

import unicodedata

import pytest
import xxhash

from filters.shingles import morpheme_char, morpheme_string

_PLANE_SIZE = 0xFFFE

# Forms whose hash lands on the edges of the two private-use planes (value = hash % 2×0xFFFE).
EDGE_FORMS = {
    "m160478": 0xF0000,  # value 0: first code point of plane 15
    "m180146": 0xFFFFD,  # value 0xFFFD: last character of plane 15
    "m21658": 0x100000,  # value 0xFFFE: first code point of plane 16
    "m65564": 0x100001,  # value 0xFFFF
    "m34399": 0x10FFFD,  # value 0x1FFFB: last character of plane 16
}


@pytest.mark.parametrize("form, code_point", sorted(EDGE_FORMS.items()))
def test_plane_edges_map_to_private_use_characters_never_to_noncharacters(form, code_point):
    char = morpheme_char(form)
    assert ord(char) == code_point
    assert unicodedata.category(char) == "Co"


def test_morpheme_chars_are_stable_across_releases():
    """Signatures stored by an earlier release must still match: the mapping is pinned."""
    assert [hex(ord(morpheme_char(form))) for form in ["가", "다", "먹", "었"]] == [
        "0x107484",
        "0xf09c7",
        "0xf525f",
        "0xf4ab7",
    ]


def test_every_form_is_one_private_use_character_and_distinct_hashes_stay_distinct():
    forms = [f"형태{i}" for i in range(2000)] + ["가", "ㄱ", "먹", "었", "다", "ETM", "NNG"]
    chars = {}
    for form in forms:
        char = morpheme_char(form)
        assert len(char) == 1 and unicodedata.category(char) == "Co", form
        value = xxhash.xxh32_intdigest(form.encode("utf-8")) % (2 * _PLANE_SIZE)
        chars.setdefault(value, set()).add(char)
    assert all(len(found) == 1 for found in chars.values())
    assert len({c for found in chars.values() for c in found}) == len(chars)


def test_morpheme_string_is_one_character_per_form_in_order():
    forms = ["먹", "었", "다"]
    text = morpheme_string(forms)
    assert text == "".join(morpheme_char(f) for f in forms)
    assert len(text) == 3
    assert morpheme_string([]) == ""
