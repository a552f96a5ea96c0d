"""Attribution cue tables: the cues, hedges, complementisers and frames of cues.tsv, and the scan for cues.

One Aho-Corasick automaton per language finds every cue form as a whole word; a second one finds the
hedge words (may, could, likely ...) inside a claim's content.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick

from basewatch.data import table_for
from basewatch.extract.speakers import Lexicon, lexicon, outlet_names


class Hit(NamedTuple):
    """One cue occurrence in the normalised text."""

    at: int
    until: int
    text: str


@dataclass(slots=True)
class Cues:
    automaton: ahocorasick.Automaton
    rows: dict[str, list[dict[str, str]]]
    hedges: ahocorasick.Automaton | None
    # Cue forms and hedge words in one automaton, so one pass over a document finds both: each
    # word's value is (length, whether it is a cue form, whether it is a hedge).
    both: ahocorasick.Automaton
    lex: Lexicon
    outlets_re: re.Pattern[str]
    frames: frozenset[str]
    complementisers: frozenset[str]
    after_comma: frozenset[str]
    subordinators: frozenset[str]
    outlets: frozenset[str] = field(default_factory=frozenset)
    # One-word day names that may follow a cue as an adverbial ("officials said Thursday").
    days: frozenset[str] = field(default_factory=frozenset)


def _alternation(forms: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))


def build_cues(lang: str) -> Cues:
    rows = table_for("cues.tsv", lang)
    by_text: dict[str, list[dict[str, str]]] = {}
    forms: list[str] = []
    hedges: list[str] = []
    frames: set[str] = set()
    subordinators: set[str] = set()
    complementisers: set[str] = set()
    after_comma: set[str] = set()
    for row in rows:
        if row["kind"] == "hedge":
            hedges.append(row["cue"])
            continue
        if row["kind"] == "frame":
            frames.add(row["cue"])
            continue
        if row["kind"] == "subord":
            subordinators.add(row["cue"])
            continue
        if row["kind"] in ("comp", "comma-comp"):
            complementisers.add(row["cue"])
            if row["kind"] == "comma-comp":
                after_comma.add(row["cue"])
            continue
        by_text.setdefault(row["cue"].lower(), []).append(row)
        forms.append(row["cue"])
        if row["kind"] in ("prep", "passive", "noun"):
            forms.append(row["cue"][:1].upper() + row["cue"][1:])
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    hedge_automaton = ahocorasick.Automaton()
    for hedge in hedges:
        # Lower case only: "May" is a month far more often than a hedge.
        hedge_automaton.add_word(hedge, len(hedge))
    hedge_automaton.make_automaton()
    both = ahocorasick.Automaton()
    for word in {*forms, *hedges}:
        both.add_word(word, (len(word), word in forms, word in hedges))
    both.make_automaton()
    outlets = outlet_names()
    outlets_re = re.compile(rf"(?<![\w-])(?:{_alternation(sorted(outlets))})(?![\w-])")
    return Cues(
        automaton, by_text, hedge_automaton if hedges else None, both, lexicon(lang), outlets_re, frozenset(frames),
        frozenset(complementisers or {"that"}), frozenset(after_comma), frozenset(subordinators), outlets,
        _days(lang),
    )


def _days(lang: str) -> frozenset[str]:
    """Weekdays and one-word day words (today, yesterday) of the dates table."""
    rows = table_for("date_words.tsv", lang)
    return frozenset(r["word"] for r in rows if r["kind"] in ("weekday", "deictic") and " " not in r["word"])


def find_cues(automaton: ahocorasick.Automaton, norm: str, start: int = 0, end: int | None = None) -> list[Hit]:
    """Whole-word occurrences of the automaton's words in norm[start:end], longest where two overlap."""
    return _longest(norm, _occurrences(automaton, norm, start, end))


def cues_and_hedges(cues: Cues, norm: str) -> tuple[list[Hit], WordHits]:
    """`find_cues` of the cue forms over `norm`, and the hedge words of `norm`, in one pass."""
    found: list[tuple[int, int]] = []
    hedged: list[tuple[int, int]] = []
    size = len(norm)
    for last, (length, cue, hedge) in cues.both.iter(norm):
        first = last + 1 - length
        if (first == 0 or not norm[first - 1].isalnum()) and (last + 1 == size or not norm[last + 1].isalnum()):
            if cue:
                found.append((first, -length))
            if hedge:
                hedged.append((first, -length))
    found.sort()
    hedged.sort()
    return _longest(norm, found), WordHits(norm, hedged)


class WordHits:
    """Whole-word occurrences of some words in one text, overlapping ones included, read range by
    range: the same as `find_cues` over each range, without scanning the text again."""

    def __init__(self, norm: str, hits: list[tuple[int, int]]) -> None:
        self.norm = norm
        self.hits = hits  # (first, -length), sorted
        self.firsts = [first for first, _ in hits]

    def within(self, start: int, end: int) -> list[Hit]:
        """`find_cues(automaton, norm, start, end)`."""
        found = self.hits[bisect_left(self.firsts, start) : bisect_left(self.firsts, end)]
        return _longest(self.norm, [(first, neg) for first, neg in found if first - neg <= end])


def _occurrences(automaton: ahocorasick.Automaton, norm: str, start: int = 0, end: int | None = None
                 ) -> list[tuple[int, int]]:
    """(first, -length) of each whole-word occurrence in norm[start:end], overlapping ones included, sorted."""
    hits: list[tuple[int, int]] = []
    size = len(norm)
    # The automaton reads a slice: given the whole text with bounds, it copies the whole text each call.
    for last, length in automaton.iter(norm[start:end] if start or end is not None else norm):
        last += start
        first = last + 1 - length
        if (first == 0 or not norm[first - 1].isalnum()) and (last + 1 == size or not norm[last + 1].isalnum()):
            hits.append((first, -length))
    hits.sort()
    return hits


def _longest(norm: str, hits: list[tuple[int, int]]) -> list[Hit]:
    """The sorted occurrences left once each overlap keeps its first, longest word."""
    out: list[Hit] = []
    last = -1
    for first, neg in hits:
        if first >= last:
            last = first - neg
            out.append(Hit(first, last, norm[first:last]))
    return out
