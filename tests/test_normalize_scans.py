"""Sentence ends are tried only at the characters `_SENT_END` can open on: the matches must be those of a regex scan
of the whole text, on our own sentences and on random strings of the characters that matter. Stop words are counted
as the regex counts them."""

from __future__ import annotations

import random
from collections import Counter

from basewatch.extract.normalize import (
    _SENT_END,
    _STOPWORD_LANG,
    _STOPWORD_RE,
    _sentence_ends,
    detect_language,
    make_doc,
    stop_words,
)
from basewatch.extract.spacing import lower

TEXTS = [
    "The base reopened. Jets arrived!! \"Why?\" he asked. (It was late.) 3.5 km away... Then\u2026 Done.\n\nNext para",
    "Mr. Smith met Gen. Lee at 5 p.m. U.S. forces left.  [A note.] 'Quoted.' \u2026 1990s.\n \n\nEnd?! Yes.",
    "",
    "No end here",
]


def _same(text: str) -> None:
    got = [(m.span(), m.group()) for m in _sentence_ends(text)]
    assert got == [(m.span(), m.group()) for m in _SENT_END.finditer(text)], text


def test_sentence_ends_are_those_of_a_regex_scan() -> None:
    for text in TEXTS:
        _same(text)
    rng = random.Random(7)
    alphabet = [".", "!", "?", "\u2026", "\n", " ", "\"", "'", ")", "]", "(", "[", "A", "b", "3", "\u0416", "\t"]
    for _ in range(3000):
        _same("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))))


# The English stop words are counted in the spaced view by string searches, the others found by the shared word pass:
# both must count what the regex finds, repeated words ('that that', 'to to') included.
LANGUAGE_TEXTS = [
    "The officials said that that runway was closed to to traffic and the the hangars were empty.",
    "Le ministre a dit que les avions sont dans la base, and that is all.",
    "Die Regierung sagt, dass der Flughafen mit den Jets und the base is closed.",
    "El gobierno dijo que los aviones están en la base para la defensa, según fuentes, con the the jets.",
    "the the the the le le le",
    "le le le the the the",
]


def _regex_languages(text: str) -> Counter[str]:
    return Counter(_STOPWORD_LANG[word] for word in _STOPWORD_RE.findall(" " + lower(text)))


def test_stop_words_counted_as_the_regex_counts_them() -> None:
    rng = random.Random(11)
    words = ["the", "that", "to", "and", "le", "les", "der", "die", "el", "con", "está", "x", "é", "_"]
    texts = LANGUAGE_TEXTS + [" ".join(rng.choice(words) for _ in range(rng.randint(0, 25))) for _ in range(2000)]
    for text in texts:
        doc = make_doc(text)
        assert Counter(stop_words(doc.norm, doc.lower(), doc.spaced())) == _regex_languages(doc.norm), text
        assert detect_language(doc.norm, doc.lower(), doc.spaced()) == detect_language(doc.norm, doc.lower()), text


def test_repeated_english_stop_words_all_count() -> None:
    # Three English stop words in a row of the same word, four French: English loses only if the repeats are missed.
    doc = make_doc("le le le the the the the")
    assert stop_words(doc.norm, doc.lower(), doc.spaced()).count("en") == 4
    assert detect_language(doc.norm, doc.lower(), doc.spaced()) == "en"
    assert detect_language("le le le le the the the") == "fr"
