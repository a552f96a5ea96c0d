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
