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
from typing import Final

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


# Letters that case-blind matching takes for an ASCII letter besides its two cases (re folds them so): a written-out
# set of opening letters for a case-blind pattern holds them too.
_FOLDS: Final = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level."""
    found: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and not depth:
            found.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*found, pattern[start:]]


def at_word(words: str, cased: bool = True) -> str:
    r"""`\b(?:words)`, its alternatives each opening with a letter, written to open with the set of those letters.

    A search through a window opening with `\b` runs the whole pattern from every character of the window, and that
    is most of what such a search costs; opening with a set of characters, the engine skips in C to where one of
    them stands. The alternatives keep their order and their case (`cased`, else any case)."""
    groups: dict[str, list[str]] = {}
    for word in alternatives(words):
        if not word[:1].isalpha():
            raise ValueError(f"not a word: {word!r}")
        groups.setdefault(word[0] if cased else word[0].lower(), []).append(word[1:])
    opening = set(groups) if cased else {c for g in groups for c in (g, g.upper(), *_FOLDS.get(g, ""))}
    branches = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())
    # the letter is taken, then the character before it must be no word character: `\b` before a word
    return f"(?-i:[{''.join(sorted(opening))}])(?<!\\w.)(?{'-' if cased else ''}i:{branches})"
