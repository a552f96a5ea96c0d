"""Prefix-tree alternations match exactly what the plain longest-first alternation matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from basewatch.extract.alternation import longest_first, trie

_WORDS = st.lists(st.text(alphabet="abcAB .-", min_size=1, max_size=5), max_size=12)
_TEXT = st.text(alphabet="abcAB .-x", max_size=30)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in longest_first(words)) if words else "(?!)"


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=_TEXT)
def test_trie_finds_what_the_plain_alternation_finds(words: list[str], text: str) -> None:
    for flags in (0, re.IGNORECASE):
        lowered = [w.lower() for w in words] if flags else words
        plain = re.compile(rf"(?:{_plain(lowered)})\b", flags)
        tree = re.compile(rf"(?:{trie(lowered)})\b", flags)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "source"),
    [
        (["jan", "january", "june"], "j(?:an(?:uary|)|une)"),
        (["may"], "may"),
        ([], "(?!)"),
    ],
)
def test_trie_shares_prefixes(words: list[str], source: str) -> None:
    assert trie(words) == source
