"""Facility and event vocabularies (facility_words.tsv, event_words.tsv) compiled to matchers, once per language; the
word lists patterns are built from (pattern_words.tsv)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Final, Generic, NamedTuple, TypeVar

from basewatch.data import table, table_for
from basewatch.extract.alternation import longest_first
from basewatch.extract.bisection import bisect_right_int
from basewatch.extract.wordscan import PhraseList, WordMatcher
from basewatch.model import Doc, PlaceMention, Span

# Place kinds that name a state and so can stand for its forces ("Russian", "Syria").
_ACTOR_PLACE_KINDS: Final = frozenset({"country", "demonym"})


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
    # The last words of a force's capitalised name, each after its space (' Forces'), and the first words of a head
    # that name a service ('Navy' in 'the Kenya Navy base'), as written.
    force_ends: tuple[str, ...]
    service_heads: frozenset[str]
    # A word of a facility's name that names the kind of kit it is built around ('radar' in 'X radar site'), lower
    # case, with that kind.
    kit_sites: dict[str, str]
    kit_kinds: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventWords:
    """Compiled event triggers and actor names for one language."""

    triggers: WordMatcher
    trigger_type: dict[str, tuple[str, str]]
    actors: WordMatcher
    actor_code: dict[str, str]
    titles: WordMatcher
    parts: WordMatcher
    hedges: PhraseList[str]


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
        force_ends=tuple(f" {w}" for w in by_role.get("force end", {})),
        service_heads=frozenset(by_role.get("service head", {})),
        kit_sites={w.lower(): k for w, k in by_role.get("kit site", {}).items()},
        kit_kinds=frozenset(by_role.get("kit site", {}).values()),
    )


@cache
def event_words(lang: str) -> EventWords:
    rows = table_for("event_words.tsv", lang)
    triggers = {r["word"].lower(): (r["type"], r["value"]) for r in rows if r["type"] not in _NOT_TRIGGERS}
    triggers.update(dict.fromkeys(_forces_only_deployments(rows[0]["lang"] if rows else lang), ("deployment", "")))
    actors = {r["word"]: r["value"] for r in rows if r["type"] == "actor"}
    return EventWords(
        triggers=word_regex(triggers),
        trigger_type=triggers,
        actors=word_regex(actors, ignore_case=False),
        actor_code=actors,
        titles=word_regex((r["word"] for r in rows if r["type"] == "title"), ignore_case=False),
        parts=word_regex(r["word"] for r in rows if r["type"] == "part"),
        hedges=PhraseList({r["word"]: r["type"] for r in rows if r["type"] == "hedge"}),
    )


# Rows of event_words.tsv that are not triggers: actor names, people's titles, parts of a facility, hedges.
_NOT_TRIGGERS: Final = frozenset({"actor", "title", "part", "hedge"})
# Classes of pattern_words.tsv whose words are deployment triggers only of forces or kit, a condition the events
# module tests ('posted a company to X', not 'posted online'; 'will base a patrol boat at X'): their one home.
_FORCES_ONLY_DEPLOYMENTS: Final = ("posting forces", "basing")


@cache
def forces_only_deployments(lang: str) -> frozenset[str]:
    """Deployment triggers only of forces or kit ('posted', 'will base'), which tell no event by themselves."""
    return frozenset(_forces_only_deployments(lang))


def _forces_only_deployments(lang: str) -> list[str]:
    """The words of the forces-only deployment classes written for `lang` itself (pattern_words' fallback to English
    would make English words triggers in another language's text)."""
    lists = word_lists(r for r in table("pattern_words.tsv") if r["lang"] == lang)
    return [word.lower() for name in _FORCES_ONLY_DEPLOYMENTS for word in lists.get(name, ())]


WordLists = Mapping[str, tuple[str, ...]]
# Between the words of a compound written either way ('live fire', 'live-fire'): a pattern's spacing for such words.
SPACE_OR_HYPHEN: Final = r"[\s-]"


def word_lists(rows: Iterable[Mapping[str, str]]) -> dict[str, tuple[str, ...]]:
    """The words of pattern_words.tsv rows by class, in table order."""
    found: dict[str, list[str]] = {}
    for row in rows:
        found.setdefault(row["class"], []).append(row["word"])
    return {name: tuple(words) for name, words in found.items()}


def word_lists_for(rows: Iterable[Mapping[str, str]], lang: str) -> dict[str, tuple[str, ...]]:
    """The word lists of `rows` for `lang`, by class; a class the language lacks is English's."""
    rows = list(rows)
    return {**word_lists(r for r in rows if r["lang"] == "en"), **word_lists(r for r in rows if r["lang"] == lang)}


_Value = TypeVar("_Value")


class PerLanguage(Generic[_Value]):
    """One value per language, built on first ask, with the last one asked for kept at hand: an article's rules ask for
    one language's cues hundreds of times, and compiled, the same string told by identity and two native attributes
    read cost a fraction of a call through functools' cache wrapper."""

    def __init__(self, build: Callable[[str], _Value]) -> None:
        self._build = build
        self._by_lang: dict[str, _Value] = {}
        self._lang = ""
        self._last: _Value | None = None

    def get(self, lang: str) -> _Value:
        last = self._last
        if last is not None and lang is self._lang:
            return last
        value = self._by_lang.get(lang)
        if value is None:
            value = self._by_lang[lang] = self._build(lang)
        self._lang = lang
        self._last = value
        return value


@cache
def pattern_words(lang: str) -> WordLists:
    """The word lists of pattern_words.tsv for `lang` (`word_lists_for`)."""
    return word_lists_for(table("pattern_words.tsv"), lang)


def alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """Regex alternatives for `words`, longer ones first (so a word wins over a shorter one opening it), a space
    between words standing for `space`: the pattern's own, as the spacing it allows is its grammar. A word ending in
    '*' is a stem, which any word characters may follow."""
    return "|".join(_word_source(word, space) for word in longest_first(words))


def _word_source(word: str, space: str) -> str:
    source = space.join(map(re.escape, word.removesuffix("*").split(" ")))
    return source + r"\w*" if word.endswith("*") else source


def spelled_words(pattern: str) -> frozenset[str]:
    """The lower-case words, of letters of any script, that a pattern's source spells: the words text it matches may
    open or go on with, read off the pattern so that a word added to it is never turned away."""
    return frozenset(word for word in re.findall(r"[^\W\d_]+", pattern) if word == word.lower())


def cores(words: Iterable[str]) -> tuple[str, ...]:
    """Those of `words` (lower-cased, stems without their '*') that hold no other: text a pattern of `words` matches in
    holds one of them, which substring searches find faster than the pattern."""
    lowered = {word.removesuffix("*").lower() for word in words}
    return tuple(sorted(w for w in lowered if not any(o != w and o in w for o in lowered)))


class Actor(NamedTuple):
    span: Span
    code: str


# Actor's generated __new__ is a Python function; building the tuple directly skips that call for every actor.
_new_actor = tuple.__new__


class _ActorsOf:
    """The actors of the last document asked about, with what they were read from.

    A plain class: compiled, a frozen dataclass's generated `__init__` runs as bytecode through `object.__setattr__`,
    this one as C."""

    def __init__(self, doc: Doc, norm: str, places: list[PlaceMention], count: int, found: list[Actor]) -> None:
        self.doc = doc
        self.norm = norm
        self.places = places
        self.count = count
        self.found = found


_last_actors: list[_ActorsOf] = []


def actors(doc: Doc) -> list[Actor]:
    """States and their forces named in the text: the places layer's countries and demonyms, plus actor words."""
    # Facilities and events both ask for one document's actors; the places layer is complete before either runs.
    last = _last_actors[0] if _last_actors else None
    if last and last.doc is doc and last.norm is doc.norm and last.places is doc.places and \
            last.count == len(doc.places):
        return list(last.found)
    found = _actors(doc)
    _last_actors[:] = [_ActorsOf(doc, doc.norm, doc.places, len(doc.places), found)]
    return list(found)


def forget_actors() -> None:
    """Let the last document asked about go (see `wordscan.forget_texts`)."""
    _last_actors.clear()


def _actors(doc: Doc) -> list[Actor]:
    # Loops, not generators: compiled, a generator handed to `sorted` is stepped by generic calls.
    found: list[Actor] = []
    for p in doc.places:
        if p.kind in _ACTOR_PLACE_KINDS and p.country:
            found.append(_new_actor(Actor, (p.span, p.country)))
    found.sort(key=itemgetter(0))
    starts = [a.span[0] for a in found]
    words = event_words(doc.language)
    extra: list[Actor] = []
    for match in words.actors.finditer(doc.norm):
        i = bisect_right_int(starts, match.begin) - 1
        if i < 0 or found[i].span[1] <= match.begin:
            extra.append(_new_actor(Actor, ((match.begin, match.stop), words.actor_code[match.text])))
    if not extra:
        # Sorted already: only the repeats go, the first of each kept in place as `sorted` would keep it.
        return list(dict.fromkeys(found))
    return sorted(dict.fromkeys(found + extra), key=itemgetter(0))



# Zipf frequency (log10 of uses per billion words) from which a word is taken as a common word of its language. On
# wordfreq's lists the names of installations and the towns they stand in fall below it (Engels 2.9, Rota 2.7,
# Makurdi 1.7) and the adjectives that open a sentence before a facility word above it (sprawling 3.2, fortified
# 3.4, remote 4.4).
_COMMON_ZIPF: Final = 3.1
# Words weighed recur across articles, and each lookup tokenises and normalises in wordfreq's pure Python; bounded, as
# a stream of articles opens sentences with ever new words.
_COMMON_WORDS_KEPT: Final = 8192


@lru_cache(maxsize=_COMMON_WORDS_KEPT)
def common_word(word: str, lang: str) -> bool:
    """Whether `word` is an everyday word of `lang` (wordfreq's small list, which ships its data) rather than a name;
    an English plural counts by its singular too, the list ranking 'hangar' but not 'hangars'."""
    # Imported here: loading wordfreq costs ~0.3 s, which only texts with such a word should pay.
    from wordfreq import zipf_frequency

    forms = [word]
    if lang == "en" and word.endswith("s"):
        forms += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return any(zipf_frequency(form, lang, wordlist="small") >= _COMMON_ZIPF for form in forms)
