"""Shortcuts that stand in for a pattern or a method call: each must answer exactly as what it replaces."""

from __future__ import annotations

import re
from bisect import bisect_left

import pytest

from basewatch.extract.claims import _token_at
from basewatch.extract.cues import build_cues
from basewatch.extract.facilities import (
    _basing_verbs_at,
    _cues,
    _forces_based_at,
    _possessives_before_names,
)
from basewatch.extract.normalize import make_doc
from basewatch.extract.places import _OWNER, _OWNER_REACH, _owner_search_start, _possessive_s
from basewatch.extract.sources import _spelling
from basewatch.extract.speakers import _INTRODUCED, Mention, Names, _last_introduced, lexicon, outlet_names, tokenize


def _spelling_by_pattern(norm: str, acronym: str) -> str | None:
    """The pattern `_spelling` reads as, compiled per acronym."""
    joint = r"(?:\s+(?:of|the|for|and|in|on|de|du|des|la|el)){0,2}[\s-]+"
    pattern = joint.join(rf"{letter}[\w'\u2019-]*" for letter in acronym)
    found = re.search(rf"(?<![\w-]){pattern}(?![\w-])", norm)
    return found.group() if found is not None else None


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The Northern Harbour Authority (NHA) said on Monday that the NHA would dredge.", "NHA"),
        ("Officers of the Coastal Defence Force said the CDF had moved.", "CDF"),
        ("The Office for Research and Development spoke; the ORD did not.", "ORD"),
        ("The Bureau of the Interior des Affaires said so.", "BIA"),
        ("The Inter-Services Media Wing said the ISMW had no comment.", "ISMW"),
        ("A co-Chair and Planning Team met; the CPT spoke.", "CPT"),
        ("Nothing here spells it out: the XYZ said so.", "XYZ"),
        ("The Fleet Air-Arm Command, FAC for short.", "FAC"),
        ("Dock Services\u2019 Yard and Dock Services Yard both wrote.", "DSY"),
    ],
)
def test_spelling_reads_as_its_pattern(text: str, acronym: str) -> None:
    assert _spelling(text, acronym) == _spelling_by_pattern(text, acronym)


def test_spelling_finds_the_words_an_acronym_stands_for() -> None:
    assert _spelling("Officers of the Coastal Defence Force said", "CDF") == "Coastal Defence Force"
    assert _spelling("the pre-Coastal Defence Force", "CDF") is None  # a hyphen before the first letter


def _last_by_pattern(norm: str, lo: int, hi: int) -> tuple[int, int] | None:
    last = None
    for m in _INTRODUCED.finditer(norm, lo, hi):
        last = m
    return last.span() if last is not None else None


@pytest.mark.parametrize(
    "text",
    [
        'Mira Vance Hollis, who tracks ships for a living, counted nine. "It was busy," she said.',
        "In Port Elder, a town of 900, Jon Bask, an engineer, said the quay was cracked.",
        "Tomas Ruiz, the mayor, and Ana Belo, who runs the port, Kai Lund, a pilot, spoke.",
        "the people, who live nearby, and Lena Ott, a farmer said, and Ravi bin Omar, a clerk.",
        "Sara Lee, who Piet Mol, a diver, met, said so.",
        "No name here, who knows, a comma, the end.",
    ],
)
def test_last_introduced_is_the_last_match_of_the_pattern(text: str) -> None:
    for lo in range(0, len(text), 7):
        for hi in range(lo, len(text) + 1, 5):
            found = _last_introduced(text, lo, hi)
            assert (found.span() if found is not None else None) == _last_by_pattern(text, lo, hi)


def test_tokens_are_lower_cased() -> None:
    text = 'The Harbour Master said, "We are ready."'
    assert [t[3] for t in tokenize(lexicon("en"), text, 0, len(text))] == [
        "the", "harbour", "master", "said", ",", '"', "we", "are", "ready", ".", '"'
    ]


def test_token_at_is_the_bisection_over_tokens() -> None:
    text = "Officials said on Monday, in a statement, that the pier would open."
    toks = tokenize(lexicon("en"), text, 0, len(text))
    for pos in range(-1, len(text) + 2):
        for lo in (0, 3, len(toks), len(toks) + 2):
            assert _token_at(toks, pos, lo) == bisect_left(toks, (pos,), lo)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour's Chief Engineer, Dara Quill, spoke. Later the chief engineer said the quay held.",
        "«Le Capitaine» Émile Roux spoke; İstanbul's ÇAVUŞ came. Later the capitaine said so.",
        "ΟΔΥΣΣΕΑΣ ΠΑΠΑΣ spoke. ΠΑΡΑΣ the captain said so.",
    ],
)
def test_a_look_back_lowered_off_the_document_is_the_look_back_lowered(text: str) -> None:
    names = Names(text, lexicon("en"), text.lower())
    for at in range(len(text) + 1):
        mention = Mention("x", "person", (at, at), at, at)
        before = names._before(mention)
        assert names._before_lowered(mention, before) == before.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Ferris's Landing lies north of Ann's Harbour; the navy's Pier is old.",
        "Carter's Point opens the text, and O'Hara's Quay, McKay's Bight and aAbel's Cove follow.",
        "Tom's town, Tom's Town, Tom'sTown, Tom's T, Tom's Ta and \u00c9mile's Wharf.",
        "Kelly's  Dock, KELLY's Dock, Kelly\u2019s Dock, _Kelly's Dock and 9Kelly's Dock.",
        "The end is a possessive: Blake's",
    ],
)
def test_possessives_before_names_read_as_their_pattern(text: str) -> None:
    pattern = re.compile(r"\b([A-Z][a-z]+)'s (?=[A-Z][a-z])")
    assert _possessives_before_names(text) == [(m.start(), m.group(1)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Service, based at Pell Harbour, sailed. Its Fleet is stationed at Dunmore and troops were "
        "garrisoned at Kerrow. Marines headquartered at Lisk left.",
        "No basing here. The brigade, based at the coast, moved; soldiers based at Arden and sailors based at Brill.",
        "Forces have been permanently stationed at Orrin, the Navy said. A Squadron stationed at sea returned.",
        "Nothing is based anywhere in this text.",
    ],
)
def test_forces_based_at_sought_by_sentence_are_the_patterns(text: str) -> None:
    doc = make_doc(text)
    pattern = _cues("en").force_based_at
    assert [m.span() for m in _forces_based_at(doc)] == [m.span() for m in pattern.finditer(doc.norm)]


@pytest.mark.parametrize(
    "text",
    [
        "The wing is based at Orrin; a unit stationed\tat Pell, one garrisoned  at Brill, HQ headquartered at Lisk.",
        "debased at  x, based at\nthe coast, based atop a hill, based\u00a0at\u2003Kerrow, stationed at",
        "based in Arden; stationed near Dunmore; basedat; Based at Tor; based at based at based at ",
        "",
    ],
)
def test_basing_verbs_found_by_substring_are_the_patterns(text: str) -> None:
    cues = _cues("en")
    assert _basing_verbs_at(cues, text) == [m.start() for m in cues.based_at_verb.finditer(text)]


def _outlets_flat() -> re.Pattern[str]:
    """The outlet pattern as a flat alternation of the names, longest first."""
    names = sorted(sorted(outlet_names()), key=len, reverse=True)
    spaced = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?<![\w-])(?:{spaced})(?![\w-])")


@pytest.mark.parametrize(
    "text",
    [
        "Published on 38 North  project pages, then 38 North, 38 Northern and x38 North; 81.cn and 81.cnx.",
        "Reported by 100% Noticias and 100 Noticias,\n964\tMedia and 964 Media-X, then AAP; AAP-x AAPs _AAP",
        "No outlet is named in this sentence at all.",
    ],
)
def test_outlets_found_as_a_prefix_tree_are_the_flat_alternations(text: str) -> None:
    flat = _outlets_flat()
    tree = build_cues("en").outlets_re
    for pos in range(len(text) + 1):
        for end in (len(text), max(pos, len(text) - 7)):
            found, expected = tree.search(text, pos, end), flat.search(text, pos, end)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text",
    [
        'The pier opened. "It is ready." She left! Did he?\n\n  Why.\u201d Then \'so\'. End.',
        "No gap.Here. \nA line\nbreak, a stop at the end.",
        'Stop." Quote then letter."x Stop.\u201dx and ?! marks',
    ],
)
def test_sentence_openings_read_as_a_search_of_the_window(text: str) -> None:
    gap = re.compile(r"[.!?][\"\u201d']?\s+|\n\s*")
    names = Names(text, lexicon("en"), text.lower())
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            expected = ([lo] if lo == 0 else []) + [m.end() for m in gap.finditer(text, lo, hi)]
            assert names.sentence_openings(lo, hi) == expected, (lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "Cox's Bazar, the navy's pier, it's late, Simon\u2019s Town and St. George's.",
        "A's b'ss 's s's 'S Ali'S_ x's' O'Hara's, \u062d\u0645\u064a's and 1990's.",
        "Near the old St. George's and Fort St. Mary's, by (Port Louis's quay; the U.S. Navy's A. B. Cole's yard.",
        "Ends with a possessive: Blake's",
    ],
)
def test_possessive_spots_and_owner_test_read_as_their_patterns(text: str) -> None:
    possessive_s = re.compile(r"['\u2019][sS](?![\w'\u2019])")
    assert _possessive_s(text) == [m.start() for m in possessive_s.finditer(text)]
    for at in range(len(text) + 1):
        owner = _OWNER.search(text, max(0, at - _OWNER_REACH), at)
        start = _owner_search_start(text, at)
        if start < 0:
            assert owner is None, at
        else:
            found = _OWNER.search(text, start, at)
            assert (found is None) == (owner is None), at
            if found is not None and owner is not None:
                assert (found.span(), found.span(1)) == (owner.span(), owner.span(1)), at
