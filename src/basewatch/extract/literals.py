"""One Aho-Corasick pass over a document for the literal tables of several components, and the named tables every
shared pass keeps (`TablePass`: this one's and the word pass's, wordscan.py).

Claims look for cue forms and hedge words, sources for outlet names and the keywords that pick sentences for
their patterns: plain substrings of the text, each judged afterwards by its component's own rules. One automaton
holds every table's strings, so a document is read once for all of them, and the hits of the last texts read are
kept for the components that come after: over a batch (`Pipeline.extract_many`) each component reads every article
before the next component starts, so the pass keeps a batch's worth of texts rather than only the last.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import ahocorasick

# Each table's hits in one text: (index of the hit's last character, the table's value for the string).
Hits = list[tuple[int, Any]]
# Texts whose hits are kept: more than the articles of a batch as ingest extracts them (64).
RECENT: Final = 80


class TablePass:
    """What every shared pass keeps: named tables of plain data, each at its slot, and the automaton built from them.

    A table is a data file's, read the same way each time it is named: the many instances of a component (one a
    language, one a pipeline) name it alike and share its slot."""

    def __init__(self) -> None:
        self.slots: dict[str, int] = {}
        self.tables: list[dict[str, Any]] = []
        self.automaton: ahocorasick.Automaton | None = None

    def join(self, name: str, table: Mapping[str, Any]) -> int:
        """The slot of the table called `name`, which joins the pass the first time it is named."""
        slot = self.slots.get(name)
        if slot is None:
            slot = self.slots[name] = len(self.tables)
            self.tables.append(dict(table))
            self.changed()
        return slot

    def changed(self) -> None:
        """Drop the automaton and the hits read with it: the pass has a new table to find."""
        self.automaton = None
        self.forget()

    def forget(self) -> None:
        """Drop the kept hits (see `wordscan.forget_texts`)."""
        raise NotImplementedError


class LiteralPass(TablePass):
    """The literal tables' pass, and the hits of the last texts read."""

    def __init__(self) -> None:
        super().__init__()
        self.last: tuple[str, list[Hits]] | None = None
        self.recent: list[tuple[str, list[Hits]]] = []  # the last texts read, `last` first

    def hits(self, slot: int, text: str) -> Hits:
        """Every occurrence in `text` of a string of table `slot`, overlapping ones included, in the order they end."""
        last = self.last
        if last is None or last[0] is not text:
            last = self._recalled(text)
        return last[1][slot]

    def forget(self) -> None:
        self.last = None
        self.recent = []

    def _recalled(self, text: str) -> tuple[str, list[Hits]]:
        """The hits of `text` kept from an earlier read, or read now, made the last."""
        recent = self.recent
        found = None
        for k, kept in enumerate(recent):
            if kept[0] is text:
                found = recent.pop(k)
                break
        if found is None:
            found = (text, self._scan(text))
        recent.insert(0, found)
        del recent[RECENT:]
        self.last = found
        return found

    def _scan(self, text: str) -> list[Hits]:
        if self.automaton is None:
            self.automaton = self._build()
        found: list[Hits] = [[] for _ in self.tables]
        if len(self.automaton):
            for hit in self.automaton.iter(text):
                # typed, so the compiled build unpacks native tuples rather than iterating objects
                stored: tuple[int, tuple[tuple[int, Any], ...]] = hit
                end, owners = stored
                for owner in owners:
                    slot, value = owner
                    found[slot].append((end, value))
        return found

    def _build(self) -> ahocorasick.Automaton:
        owners: dict[str, list[tuple[int, Any]]] = {}
        for slot, table in enumerate(self.tables):
            for key, value in table.items():
                owners.setdefault(key, []).append((slot, value))
        automaton = ahocorasick.Automaton()
        # The automaton tries a node's next characters in the order they were added, one by one: added most
        # frequent first, the characters of running text are mostly found early (the scan ~12% faster).
        for key in in_frequency_order(list(owners)):
            automaton.add_word(key, tuple(owners[key]))
        if owners:
            automaton.make_automaton()
        return automaton


# Characters of English text, most frequent first; any other character comes after them, by code point.
_FREQUENT: Final = " etaoinsrhldcumfpgwybvkxjqz"


def by_frequency(key: str) -> list[int]:
    """A sort key adding an automaton's keys in the order that puts the characters of running text first."""
    return [_FREQUENT.find(c) if c in _FREQUENT else len(_FREQUENT) + ord(c) for c in key]


def in_frequency_order(keys: list[str]) -> list[str]:
    """`sorted(keys, key=by_frequency)`, each key compared as one string spelt with a character per rank, in rank
    order: a string comparison in C instead of a list of ranks built and compared per key."""
    ranked = sorted(set("".join(keys)), key=lambda char: by_frequency(char)[0])
    spelling = {ord(char): chr(at) for at, char in enumerate(ranked)}
    return sorted(keys, key=lambda key: key.translate(spelling))


LITERALS: Final = LiteralPass()
