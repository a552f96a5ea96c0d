"""Compass words (pattern_words.tsv: point, quarter, side, region opener) as the regex pieces every module that places
things by them builds its patterns from, once per language.

A hyphen in a quarter or a side is one the text may leave out ('north-east', 'northeast'); the grammar around the
pieces (what a bearing or a side stands before) stays in each module's pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from basewatch.extract.alternation import longest_first
from basewatch.extract.lexicon import WordLists, alternation, pattern_words


def _hyphened(words: Iterable[str]) -> str:
    """Regex alternatives for `words`, longer ones first, each hyphen in them optional."""
    return "|".join(re.escape(word).replace(r"\-", "-?") for word in longest_first(words))


def _spellings(words: Iterable[str]) -> tuple[str, ...]:
    """`words` as written and, for those with a hyphen, without it."""
    return tuple(dict.fromkeys(spelling for word in words for spelling in (word, word.replace("-", ""))))


class Compass:
    """One language's compass words, as word sets and regex sources (each source a group of its own)."""

    def __init__(self, words: WordLists) -> None:
        quarters = words["quarter"]
        sides = words["side"]
        self.points = words["point"]
        # Every spelling of the quarters ('north-east', 'northeast').
        self.quarters = _spellings(quarters)
        # Sides told by one word of one point or the middle ('northern', 'central'), not by a quarter's.
        self.plain_sides = tuple(side for side in sides if "-" not in side)
        # Every side, as the table writes it.
        self.sides = sides
        # A point: 'north of X'.
        self.point = f"(?:{alternation(self.points)})"
        # A bearing: a point, or a point and the second point of a quarter ('40 km north-west of').
        seconds = alternation(dict.fromkeys(quarter.partition("-")[2] for quarter in quarters))
        self.bearing = rf"(?:{alternation(self.points)})(?:-?(?:{seconds}))?"
        # A part of a land named by its side, or by a point or quarter said as one ('northern Mali', 'north-east
        # Syria').
        self.side = f"(?:{_hyphened(self.points + quarters + sides)})"
        # A side's adjective alone ('northern', 'north-eastern', 'central').
        self.adjective = f"(?:{_hyphened(sides)})"
        # A point or a side's adjective ('north Kivu', 'eastern Ukraine'), not a quarter alone.
        self.point_or_side = f"(?:{_hyphened(self.points + sides)})"
        # The same words capitalised, each part of a hyphened one or the whole word run together ('North-East',
        # 'Northeastern'), and the other words that may open a region's name ('Upper Nile').
        capitalised = [form for word in self.points + quarters + sides
                       for form in ("-".join(part.capitalize() for part in word.split("-")),
                                    word.replace("-", "").capitalize())]
        self.region_opener = f"(?:{alternation([*capitalised, *words['region opener']])})"
        # The last run of word characters of every spelling a side may be written in ('north-eastern' ends on
        # 'eastern').
        self.side_ends = frozenset(word.rpartition("-")[2] for word in _spellings(self.points + quarters + sides))


@cache
def compass(lang: str) -> Compass:
    return Compass(pattern_words(lang))
