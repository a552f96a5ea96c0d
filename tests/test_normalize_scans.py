"""Sentence ends are tried only at the characters `_SENT_END` can open on: the matches must be those of a regex scan
of the whole text, on our own sentences and on random strings of the characters that matter."""

from __future__ import annotations

import random

from basewatch.extract.normalize import _SENT_END, _sentence_ends

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
