"""A rare word opening a sentence before a facility word is the facility's name; an everyday word is not."""

from __future__ import annotations

import pytest

from basewatch.extract import extract
from basewatch.extract.lexicon import common_word


@pytest.mark.parametrize(("word", "common"), [
    ("Sprawling", True), ("Remote", True), ("Hangars", True), ("Barracks", True),
    ("Makurdi", False), ("Ohakea", False), ("Engels", False),
])
def test_everyday_words_and_names(word: str, common: bool) -> None:
    assert common_word(word, "en") is common


@pytest.mark.parametrize(("text", "name"), [
    ("Makurdi air base hosts the air force's Alpha Jet trainers.", "Makurdi air base"),
    ("The jets were grounded. Ohakea air base, where they are kept, was closed on Monday.", "Ohakea air base"),
])
def test_a_rare_word_opening_a_sentence_names_the_head(text: str, name: str) -> None:
    assert [f["name"] for f in extract(text)["facilities"]] == [name]


@pytest.mark.parametrize("text", [
    "Sprawling air base complexes were shown on state television.",
    "Remote airfields were upgraded across the north last year.",
])
def test_an_everyday_word_opening_a_sentence_names_nothing(text: str) -> None:
    assert extract(text)["facilities"] == []
