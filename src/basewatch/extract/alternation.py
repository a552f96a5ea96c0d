"""Word alternations as prefix trees: the same matches as `a|b|c`, found with fewer attempts.

Python's regex engine tries the alternatives of `a|b|c` one after another, and under IGNORECASE
it cannot skip one by its first character, so a list of 300 words costs 300 attempts at every
position tried. Sharing prefixes ('jan(?:uary)?' rather than 'january|jan') makes that a walk
down a tree. Preference is kept: alternatives can both match at one position only when one is a
prefix of the other, and both orderings here put the longer one first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Atoms = Callable[[str], list[tuple[str, str]]]


def _escaped(word: str) -> list[tuple[str, str]]:
    return [(ch, re.escape(ch)) for ch in word]


class _Node:
    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, tuple[str, _Node]] = {}
        self.end: str | None = None

    def source(self) -> str:
        options = [atom + child.source() for atom, child in self.children.values()]
        if self.end is not None:
            # Every word through this node is longer than the one ending here, so comes first.
            options.append(self.end)
        if len(options) == 1:
            return options[0]
        return "(?:" + "|".join(options) + ")"


def longest_first(words: Iterable[str]) -> list[str]:
    """`words` in the order an alternation must try them: longest first, then alphabetical."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def trie(words: Iterable[str], atoms: Atoms = _escaped, end: Callable[[str], str] = lambda _: "") -> str:
    """Regex source matching what `|`.join(longest-first words) matches, with the same preference.

    `atoms` splits a word into (key, source) pieces, by default its characters: pieces with equal
    keys are shared, so equal keys must match the same text and unequal keys never the same text
    (under IGNORECASE, give lower-case words). `end` gives the source closing each word (a word
    boundary, say). An empty list gives a pattern that never matches.
    """
    root = _Node()
    for word in longest_first(words):
        node = root
        for key, source in atoms(word):
            node = node.children.setdefault(key, (source, _Node()))[1]
        if node.end is None:
            node.end = end(word)
    if not root.children and root.end is None:
        return "(?!)"
    return root.source()
