"""The shared word-list pass: hits of a text stay right when other texts are searched in between."""

from basewatch.extract.wordscan import WordMatcher


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
