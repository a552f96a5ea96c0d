"""The known-installations catalog (installations.tsv): load it once, find its aliases in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from rapidfuzz import fuzz, process

from basewatch.data import table
from basewatch.extract.bisection import bisect_right_int
from basewatch.extract.wordscan import PhraseList

# Articles and particles that transliterations add or drop ("al Shaddadi" / "Shaddadi").
_PARTICLES: Final = re.compile(r"\b(?:the|al|el|ash|as|ad|ar|at|az|an|ath|adh)\b[\s-]*", re.IGNORECASE)
_PARTICLE_WORDS: Final = frozenset({"the", "al", "el", "ash", "as", "ad", "ar", "at", "az", "an", "ath", "adh"})
_NON_WORD: Final = re.compile(r"[\W_]+")
# ASCII bytes with each non-word character (as \\w reads ASCII) made a space: splitting the result gives the words.
_WORD_BYTES: Final = bytes(
    code if chr(code).isalnum() or code == ord("_") else ord(" ") for code in range(128)) + bytes(
    range(128, 256))


_FUZZY_CACHE: Final = 20000
# How close (0-100) a spelling must come to a catalog key to name that installation.
_CUTOFF: Final = 92


@dataclass(frozen=True, slots=True)
class Installation:
    id: str
    name: str
    kind: str
    operator: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    tenants: tuple[str, ...]
    aliases: tuple[str, ...]
    bare: bool


def fresh_name_key(name: str) -> str:
    """A spelling-insensitive key: lower case, particles and punctuation dropped. Uncached: for keying thousands of
    names once (an index), which would only crowd out of `name_key`'s cache the names that recur."""
    lowered = name.lower()
    if not lowered.isascii():
        # Case-blind matching folds a few letters outside ASCII onto a particle's ('\u017f' onto 's').
        return _NON_WORD.sub("", _PARTICLES.sub("", lowered))
    # In ASCII the particles are whole words: the words but those, less underscores, give the key without the
    # particle pattern's trial at every position; a byte translation and a split find the words at C speed.
    words = lowered.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return "".join([word for word in words if word not in _PARTICLE_WORDS]).replace("_", "")


# Place and facility names recur across a document's facilities and across articles: key each once.
name_key = lru_cache(maxsize=_FUZZY_CACHE)(fresh_name_key)


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


class Catalog:
    """Known installations, and their lower-cased aliases as a phrase list."""

    def __init__(self, rows: tuple[dict[str, str], ...]) -> None:
        self.items: list[Installation] = []
        self.by_id: dict[str, Installation] = {}
        self.by_key: dict[str, Installation] = {}
        by_alias: dict[str, list[Installation]] = {}
        for row in rows:
            item = Installation(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                operator=row["operator"] or None,
                country=row["country"] or None,
                admin1=row["admin1"] or None,
                lat=_float(row["lat"]),
                lon=_float(row["lon"]),
                tenants=tuple(t for t in row["tenants"].split("|") if t),
                aliases=tuple(dict.fromkeys([row["name"], *(a for a in row["aliases"].split("|") if a)])),
                bare=row["bare"] == "y",
            )
            self.items.append(item)
            self.by_id[item.id] = item
            for alias in item.aliases:
                self.by_key.setdefault(name_key(alias), item)
                by_alias.setdefault(alias.lower(), []).append(item)
        self.aliases = PhraseList(by_alias)
        self._keys = list(self.by_key)
        # Names not in the catalog recur across articles; the fuzzy search over every key is the costly part.
        self._fuzzy: dict[str, Installation | None] = {}
        # The keys long enough, and short enough, to come close to a key of each length, in catalog order; and
        # the same keys joined by newlines, with where each starts, for `_sharing_a_piece`.
        self._keys_near: dict[int, list[str]] = {}
        self._joined_near: dict[int, tuple[str, list[int], int]] = {}

    def find(self, text: str) -> list[tuple[int, int, list[Installation]]]:
        """Leftmost-longest alias hits on whole words of lower-cased text: (start, end, installations)."""
        return self.aliases.find(text)

    def lookup(self, name: str) -> Installation | None:
        """The installation a free-text name most likely denotes: exact key, else a close spelling."""
        key = name_key(name)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        if len(key) < 6:
            return None
        if key not in self._fuzzy:
            if len(self._fuzzy) >= _FUZZY_CACHE:
                self._fuzzy.clear()
            choices = self._sharing_a_piece(key)
            best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=_CUTOFF) if choices else None
            self._fuzzy[key] = self.by_key[best[0]] if best else None
        return self._fuzzy[key]

    def _near(self, size: int) -> list[str]:
        """The keys whose length lets them score the cutoff against a key of `size` characters.

        The ratio is 100 * (1 - distance / (len1 + len2)) and the distance is at least the difference of the lengths,
        so a key of another length scores at most 200 * min(len1, len2) / (len1 + len2); keys whose bound is short of
        the cutoff (with a point to spare) cannot be the best match, and the fuzzy search skips them. Catalog order is
        kept, so ties go to the same key."""
        near = self._keys_near.get(size)
        if near is None:
            near = self._keys_near[size] = [
                k for k in self._keys if 200 * min(size, len(k)) >= (_CUTOFF - 1) * (size + len(k))]
        return near

    def _sharing_a_piece(self, key: str) -> list[str]:
        """The keys of `_near(len(key))` that hold one of `key`'s pieces whole, in catalog order: no other can score
        the cutoff, and the fuzzy search costs some 650 instructions a key where most names come close to none.

        A key scores the cutoff only within a distance of 8% of the two lengths, each insertion or deletion a step.
        Cut into one piece more than that many steps, `key` keeps at least one piece untouched by any of them: the
        other key holds that piece as it stands. A step more than the bound spares rounding."""
        size = len(key)
        near = self._near(size)
        text, starts, longest = self._joined(size)
        pieces = 8 * (size + longest) // 100 + 2
        if pieces > size:
            return near
        found: set[int] = set()
        for k in range(pieces):
            piece = key[k * size // pieces:(k + 1) * size // pieces]
            at = text.find(piece)
            while at >= 0:
                found.add(bisect_right_int(starts, at) - 1)
                at = text.find(piece, at + 1)
        return [near[k] for k in sorted(found)]

    def _joined(self, size: int) -> tuple[str, list[int], int]:
        """The keys of `_near(size)` joined by newlines (no key holds one), where each starts, the longest's length."""
        joined = self._joined_near.get(size)
        if joined is None:
            near = self._near(size)
            starts: list[int] = []
            at = 0
            for name in near:
                starts.append(at)
                at += len(name) + 1
            joined = self._joined_near[size] = ("\n".join(near), starts, max(map(len, near), default=0))
        return joined


@cache
def catalog() -> Catalog:
    return Catalog(table("installations.tsv"))
