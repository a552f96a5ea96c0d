"""Facility and event vocabularies (facility_words.tsv, event_words.tsv) compiled to matchers, once per language."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import ahocorasick

from basewatch.data import table_for
from basewatch.model import Doc, Span

# Place kinds that name a state and so can stand for its forces ("Russian", "Syria").
_ACTOR_PLACE_KINDS = frozenset({"country", "demonym"})


@dataclass(frozen=True, slots=True)
class Hit:
    """A word-list match, with the parts of `re.Match` the components use."""

    begin: int
    stop: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def span(self) -> Span:
        return self.begin, self.stop

    def group(self) -> str:
        return self.text


class WordMatcher:
    """Whole-word, leftmost-longest matching of a word list with an Aho-Corasick automaton (C speed).

    Each word is stored once behind every character that can open a word (space, newline, bracket,
    quote, slash) and the text is searched with a space in front, so the automaton only ever reports
    hits that begin a word; case is folded unless it matters.
    """

    def __init__(self, words: Iterable[str], ignore_case: bool = True) -> None:
        self.ignore_case = ignore_case
        self.automaton = ahocorasick.Automaton()
        for word in {w for w in words if w}:
            for opener in _OPENERS:
                key = opener + self._key(word)
                self.automaton.add_word(key, len(key))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()

    def _key(self, text: str) -> str:
        return _fold(text) if self.ignore_case else text

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Hit]:
        """Non-overlapping whole-word hits in text[pos:endpos], leftmost-longest first."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.empty or pos >= end:
            return []
        chunk = text[pos:end]
        keyed = " " + self._key(chunk)
        hits = []
        for last, length in self.automaton.iter(keyed):
            begin, stop = last - length + 1, last
            if stop < len(chunk) and (chunk[stop].isalnum() or chunk[stop] == "_"):
                continue
            hits.append((begin, stop))
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[Hit] = []
        for begin, stop in hits:
            if not kept or pos + begin >= kept[-1].stop:
                kept.append(Hit(pos + begin, pos + stop, chunk[begin:stop]))
        return kept

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
        """The first hit of `finditer`: the leftmost, longest there; found without listing the others."""
        return self._first(text, pos, endpos, anchored=False)

    def match(self, text: str, pos: int) -> Hit | None:
        """The longest hit starting exactly at `pos`."""
        return self._first(text, pos, pos + 80, anchored=True)

    def _first(self, text: str, pos: int, endpos: int | None, anchored: bool) -> Hit | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.empty or pos >= end:
            return None
        chunk = text[pos:end]
        best: tuple[int, int] | None = None
        for last, length in self.automaton.iter(" " + self._key(chunk)):
            begin, stop = last - length + 1, last
            if (anchored and begin) or (stop < len(chunk) and (chunk[stop].isalnum() or chunk[stop] == "_")):
                continue
            if best is None or begin < best[0] or (begin == best[0] and stop > best[1]):
                best = (begin, stop)
        return Hit(pos + best[0], pos + best[1], chunk[best[0]:best[1]]) if best else None


_OPENERS = (" ", "\n", "(", "[", '"', "/")


def _fold(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] for ch in text)


def word_regex(words: Iterable[str], ignore_case: bool = True) -> WordMatcher:
    """Whole-word matcher for `words` (longest alternative wins at a position)."""
    return WordMatcher(words, ignore_case)


@dataclass(frozen=True, slots=True)
class FacilityWords:
    """Compiled facility vocabulary for one language."""

    heads: WordMatcher
    head_kind: dict[str, str]
    weak: frozenset[str]
    prefixes: WordMatcher
    prefix_kind: dict[str, str]
    nominal: frozenset[str]
    runway: WordMatcher
    tie: WordMatcher
    capability: WordMatcher
    classes: WordMatcher
    context: WordMatcher
    force: WordMatcher
    modifiers: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventWords:
    """Compiled event triggers and actor names for one language."""

    triggers: WordMatcher
    trigger_type: dict[str, tuple[str, str]]
    actors: WordMatcher
    actor_code: dict[str, str]
    titles: WordMatcher
    parts: WordMatcher


@cache
def facility_words(lang: str) -> FacilityWords:
    rows = table_for("facility_words.tsv", lang)
    by_role: dict[str, dict[str, str]] = {}
    for row in rows:
        by_role.setdefault(row["role"], {})[row["word"]] = row["kind"]
    heads = {**by_role.get("head", {}), **by_role.get("weak", {})}
    return FacilityWords(
        heads=word_regex(heads),
        head_kind={w.lower(): k for w, k in heads.items()},
        weak=frozenset(w.lower() for w in by_role.get("weak", {})),
        prefixes=word_regex(by_role.get("prefix", {}), ignore_case=False),
        prefix_kind=dict(by_role.get("prefix", {})),
        nominal=frozenset(w.lower() for w in by_role.get("nominal", {})),
        runway=word_regex(by_role.get("runway", {})),
        tie=word_regex(by_role.get("tie", {})),
        capability=word_regex(by_role.get("capability", {})),
        classes=word_regex(by_role.get("class", {})),
        context=word_regex(by_role.get("context", {})),
        force=word_regex(by_role.get("force", {})),
        modifiers=frozenset(w.lower() for w in by_role.get("modifier", {})),
    )


@cache
def event_words(lang: str) -> EventWords:
    rows = table_for("event_words.tsv", lang)
    triggers = {r["word"].lower(): (r["type"], r["value"]) for r in rows if r["type"] not in _NOT_TRIGGERS}
    actors = {r["word"]: r["value"] for r in rows if r["type"] == "actor"}
    return EventWords(
        triggers=word_regex(triggers),
        trigger_type=triggers,
        actors=word_regex(actors, ignore_case=False),
        actor_code=actors,
        titles=word_regex((r["word"] for r in rows if r["type"] == "title"), ignore_case=False),
        parts=word_regex(r["word"] for r in rows if r["type"] == "part"),
    )


# Rows of event_words.tsv that are not triggers: actor names, people's titles, parts of a facility.
_NOT_TRIGGERS = frozenset({"actor", "title", "part"})


@dataclass(frozen=True, slots=True)
class Actor:
    span: Span
    code: str


def actors(doc: Doc) -> list[Actor]:
    """States and their forces named in the text: the places layer's countries and demonyms, plus actor words."""
    found = sorted((Actor(p.span, p.country) for p in doc.places if p.kind in _ACTOR_PLACE_KINDS and p.country),
                   key=lambda a: a.span)
    starts = [a.span[0] for a in found]
    extra: list[Actor] = []
    for word in _actor_words(doc.norm, doc.language):
        i = bisect_right(starts, word.span[0]) - 1
        if i < 0 or found[i].span[1] <= word.span[0]:
            extra.append(word)
    return sorted(dict.fromkeys(found + extra), key=lambda a: a.span)


@lru_cache(maxsize=4)
def _actor_words(norm: str, lang: str) -> tuple[Actor, ...]:
    """Actor words in a text; the facilities and events components both ask for them, so one pass serves both."""
    words = event_words(lang)
    return tuple(Actor(m.span(), words.actor_code[m.group()]) for m in words.actors.finditer(norm))
