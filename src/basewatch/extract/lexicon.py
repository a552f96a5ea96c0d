"""Facility and event vocabularies (facility_words.tsv, event_words.tsv) compiled to matchers, once per language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from basewatch.data import table_for
from basewatch.model import Doc, Span

# Place kinds that name a state and so can stand for its forces ("Russian", "Syria").
_ACTOR_PLACE_KINDS = frozenset({"country", "demonym"})


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation factored by shared prefixes, so matching cost does not grow with the list."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def word_regex(words: Iterable[str], ignore_case: bool = True) -> re.Pattern[str]:
    """Whole-word matcher for `words` (longest alternative wins at a position)."""
    unique = sorted({w for w in words if w})
    if not unique:
        return re.compile(r"(?!x)x")
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(unique) + r")(?![\w])", flags)


@dataclass(frozen=True, slots=True)
class FacilityWords:
    """Compiled facility vocabulary for one language."""

    heads: re.Pattern[str]
    head_kind: dict[str, str]
    weak: frozenset[str]
    prefixes: re.Pattern[str]
    prefix_kind: dict[str, str]
    nominal: frozenset[str]
    runway: re.Pattern[str]
    tie: re.Pattern[str]
    capability: re.Pattern[str]
    classes: re.Pattern[str]
    modifiers: frozenset[str]


@dataclass(frozen=True, slots=True)
class EventWords:
    """Compiled event triggers and actor names for one language."""

    triggers: re.Pattern[str]
    trigger_type: dict[str, tuple[str, str]]
    actors: re.Pattern[str]
    actor_code: dict[str, str]


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
        modifiers=frozenset(w.lower() for w in by_role.get("modifier", {})),
    )


@cache
def event_words(lang: str) -> EventWords:
    rows = table_for("event_words.tsv", lang)
    triggers = {r["word"].lower(): (r["type"], r["value"]) for r in rows if r["type"] != "actor"}
    actors = {r["word"]: r["value"] for r in rows if r["type"] == "actor"}
    return EventWords(
        triggers=word_regex(triggers),
        trigger_type=triggers,
        actors=word_regex(actors, ignore_case=False),
        actor_code=actors,
    )


@dataclass(frozen=True, slots=True)
class Actor:
    span: Span
    code: str


def actors(doc: Doc) -> list[Actor]:
    """States and their forces named in the text: the places layer's countries and demonyms, plus actor words."""
    found = {p.span: Actor(p.span, p.country) for p in doc.places if p.kind in _ACTOR_PLACE_KINDS and p.country}
    words = event_words(doc.language)
    for match in words.actors.finditer(doc.norm):
        covered = any(s <= match.start() < e for s, e in found)
        if not covered:
            found[match.span()] = Actor(match.span(), words.actor_code[match.group()])
    return sorted(found.values(), key=lambda a: a.span)
