"""The shared word-list pass: hits of a text stay right when other texts are searched in between."""

import ahocorasick
from hypothesis import given
from hypothesis import strategies as st

from basewatch.extract.spacing import spaced
from basewatch.extract.wordscan import WordMatcher, spaced_hits, spaced_keys


def test_an_article_searched_again_after_short_texts_keeps_its_hits() -> None:
    heads = WordMatcher(["air base", "port"])
    article = "The port was shelled; the air base nearby stayed open, officials at the port said."
    first = heads.finditer(article)
    for name in ("Tartus port", "Hmeimim air base", "no match here"):
        heads.finditer(name)
    again = heads.finditer(article)
    assert again == first
    assert [h.text for h in again] == ["port", "air base", "port"]


def test_a_loose_phrase_list_keeps_every_spot_whatever_parts_its_words() -> None:
    from basewatch.extract.wordscan import PhraseList

    spots = PhraseList({"black sea": 1, "sea fleet": 2, "black sea fleet": 3}, loose=True)
    text = "The Black Sea-Fleet and the black\u2019sea, not the blacksea fleet."
    found = {(start, -neg_end, value) for start, neg_end, value in spots.spots(text)}
    assert found == {(4, 13, 1), (10, 19, 2), (4, 19, 3), (28, 37, 1)}


SPACED_TEXTS = st.lists(
    st.sampled_from(["air", "base", "air base", "é", "élan", "ж", "٣", "_", "air_base", "’", ",", "-", " ", "\n", "x",
                     "1", "Air", "BASE", "\u00c9lan"]),
    max_size=40,
).map("".join)
SPACED_KEYS = {" air ": "air", " air base ": "air base", " élan ": "élan", " x 1 ": "x 1", " base  ": "base,"}


@given(text=SPACED_TEXTS)
def test_keyed_tables_find_what_a_scan_of_the_spaced_view_finds(text: str) -> None:
    # Letters past ASCII (placeholders to the shared pass) and '_' (a letter to word lists, a space to the spaced view)
    # must leave the hits those of the spaced view read on its own.
    slot = spaced_keys("test:spaced", SPACED_KEYS)
    alone = ahocorasick.Automaton()
    for key, value in SPACED_KEYS.items():
        alone.add_word(key, value)
    alone.make_automaton()
    assert spaced_hits(slot, text) == list(alone.iter(spaced(text.lower())))


def test_the_shared_pass_compares_only_keys_it_may_misread() -> None:
    # A hit of a key of ASCII letters and digits is the key itself; one with a space, an underscore or a capital may
    # stand for other characters of the text ('air-base', 'runéway' read as 'run_way'), which are compared.
    from basewatch.extract.wordscan import PhraseList

    heads = WordMatcher(["air base", "runway", "run_way", "hangar"])
    text = "The air-base had a runéway; the air base had a runway and a Hangar."
    assert [h.text for h in heads.finditer(text)] == ["air base", "runway", "Hangar"]
    phrases = PhraseList({"air base": 1, "runway": 2, "run_way": 3})
    assert [(text[s:e], v) for s, e, v in phrases.find(text.lower())] == [("air base", 1), ("runway", 2)]
