"""Attribution cue tables: the cues, hedges, complementisers and frames of cues.tsv, and the scan for cues.

The literal pass (literals.py) finds every cue form and every hedge word (may, could, likely ...)
as whole words, in the one pass over a document it makes for the sources' strings too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from basewatch.data import table, table_for
from basewatch.extract.alternation import trie
from basewatch.extract.literals import LITERALS
from basewatch.extract.speakers import Lexicon, lexicon, outlet_names


class Hit:
    """One cue occurrence in the normalised text. A plain class: compiled, a NamedTuple is built by bytecode."""

    def __init__(self, at: int, until: int, text: str) -> None:
        self.at = at
        self.until = until
        self.text = text


@dataclass(slots=True)
class Cues:
    rows: dict[str, list[dict[str, str]]]
    # Cue forms and hedge words in one table of the literal pass, so one pass over a document finds both:
    # each word's value is (length, whether it is a cue form, whether it is a hedge).
    slot: int
    lex: Lexicon
    outlets_re: re.Pattern[str]
    frames: frozenset[str]
    complementisers: frozenset[str]
    after_comma: frozenset[str]
    subordinators: frozenset[str]
    outlets: frozenset[str] = field(default_factory=frozenset)
    # One-word day names that may follow a cue as an adverbial ("officials said Thursday").
    days: frozenset[str] = field(default_factory=frozenset)
    # Where words were said ('statement', 'interview') and the prepositions before it ('in', 'at').
    venues: frozenset[str] = field(default_factory=frozenset)
    venue_preps: frozenset[str] = field(default_factory=frozenset)
    # Words joining a subject's second verb, a cue, to its first ('toured the pier and said'), and those doing so only
    # after a first verb that reports nothing ('welcomed the plan but said').
    coordinators: frozenset[str] = field(default_factory=frozenset)
    contrasts: frozenset[str] = field(default_factory=frozenset)
    # Social platforms as written ('Facebook', 'X'): a verb of posting before one reports ('posted on X').
    platforms: frozenset[str] = field(default_factory=frozenset)


def _single_spaced(name: str) -> str:
    return " ".join(name.split())


def _outlet_atoms(name: str) -> list[tuple[str, str]]:
    """An outlet name's characters, each space standing for any white space."""
    return [(char, r"\s+" if char == " " else re.escape(char)) for char in name]


def build_cues(lang: str) -> Cues:
    rows = table_for("cues.tsv", lang)
    by_text: dict[str, list[dict[str, str]]] = {}
    forms: list[str] = []
    hedges: list[str] = []
    frames: set[str] = set()
    subordinators: set[str] = set()
    coordinators: set[str] = set()
    contrasts: set[str] = set()
    venues: set[str] = set()
    venue_preps: set[str] = set()
    complementisers: set[str] = set()
    after_comma: set[str] = set()
    for row in rows:
        if row["kind"] == "hedge":
            hedges.append(row["cue"])
            continue
        if row["kind"] == "frame":
            frames.add(row["cue"])
            continue
        if row["kind"] in ("subord", "coord", "contrast"):
            {"subord": subordinators, "coord": coordinators, "contrast": contrasts}[row["kind"]].add(row["cue"])
            continue
        if row["kind"] in ("venue", "venue-prep"):
            (venues if row["kind"] == "venue" else venue_preps).add(row["cue"])
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
        elif row["kind"] == "lead":
            forms[-1] = row["cue"][:1].upper() + row["cue"][1:]  # a sentence's first word only: "For X, ..."
    # Hedge words in lower case only: "May" is a month far more often than a hedge.
    slot = LITERALS.join(f"cues.tsv:{lang}", {w: (len(w), w in forms, w in hedges) for w in {*forms, *hedges}})
    outlets = outlet_names()
    # As a prefix tree: tried at every position of the window searched (it opens on a look-behind), a flat alternation
    # of the ~1,800 names tried each name there.
    outlets_re = re.compile(rf"(?<![\w-])(?:{trie(map(_single_spaced, outlets), _outlet_atoms)})(?![\w-])")
    return Cues(
        by_text, slot, lexicon(lang), outlets_re, frozenset(frames),
        frozenset(complementisers or {"that"}), frozenset(after_comma), frozenset(subordinators), outlets,
        _days(lang), frozenset(venues), frozenset(venue_preps), frozenset(coordinators),
        frozenset(contrasts), _platforms(),
    )


def _platforms() -> frozenset[str]:
    """The social platforms of outlets.tsv, by name and alias, one word each ('Facebook', 'X', 'VK')."""
    rows = [r for r in table("outlets.tsv") if r["kind"] == "social_media"]
    return frozenset(f for r in rows for f in [r["name"], *r["aliases"].split("|")] if f and " " not in f)


def _days(lang: str) -> frozenset[str]:
    """Weekdays and one-word day words (today, yesterday) of the dates table."""
    rows = table_for("date_words.tsv", lang)
    return frozenset(r["word"] for r in rows if r["kind"] in ("weekday", "deictic") and " " not in r["word"])


def cues_and_hedges(cues: Cues, norm: str) -> tuple[list[Hit], WordHits]:
    """Whole-word cue forms of `norm` (the first, longest where two overlap), and its hedge words, in one pass."""
    found: list[tuple[int, int]] = []
    hedged: list[tuple[int, int]] = []
    size = len(norm)
    for last, value in LITERALS.hits(cues.slot, norm):
        # typed, so the compiled build unpacks a native tuple rather than iterating an object
        entry: tuple[int, bool, bool] = value
        length, cue, hedge = entry
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
    range, without scanning the text again."""

    def __init__(self, norm: str, hits: list[tuple[int, int]]) -> None:
        self.norm = norm
        self.hits = hits  # (first, -length), sorted
        self.firsts = [first for first, _ in hits]

    def within(self, start: int, end: int) -> list[Hit]:
        """The hits in norm[start:end], the first, longest where two overlap."""
        found = self.hits[bisect_left(self.firsts, start) : bisect_left(self.firsts, end)]
        return _longest(self.norm, [(first, neg) for first, neg in found if first - neg <= end])


def _longest(norm: str, hits: list[tuple[int, int]]) -> list[Hit]:
    """The sorted occurrences left once each overlap keeps its first, longest word."""
    out: list[Hit] = []
    last = -1
    for first, neg in hits:
        if first >= last:
            last = first - neg
            out.append(Hit(first, last, norm[first:last]))
    return out
