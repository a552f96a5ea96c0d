"""Corroboration and history of facts: first and last seen, distinct sources, disagreements.

A runway figure is one fact however many articles repeat it; two figures for the same
period (year) that differ by more than `CONFLICT_RATIO` are a disagreement, reported with
the sources behind each side rather than averaged away. The larger figure reported as an
extension no earlier than the smaller one explains the difference: that is a change, not a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter

from basewatch.store.read import RunwayObservation

CONFLICT_RATIO = 0.02
EXAMPLES = 5
_LENGTH = attrgetter("length_m")
_GROWTH_STATUSES = frozenset({"extended", "lengthened", "expanded"})


@dataclass(slots=True)
class RunwayFact:
    length_m: float
    first_seen: str | None
    last_seen: str | None
    sources: int
    statuses: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    """Up to `EXAMPLES` distinct wordings, and as many URLs and article ids."""
    urls: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Disagreement:
    period: str
    figures: dict[float, int]
    """Each length given in the period and the number of distinct sources giving it."""


def _first_unique(items: Iterable[str], n: int) -> list[str]:
    found: dict[str, None] = {}
    for item in items:
        found[item] = None
        if len(found) == n:
            break
    return list(found)


def _same_length(a: float, b: float) -> bool:
    return abs(a - b) <= CONFLICT_RATIO * max(a, b)


def runway_facts(observations: list[RunwayObservation]) -> list[RunwayFact]:
    """Observations grouped by length (within `CONFLICT_RATIO`), each with its dates and distinct sources."""
    groups: list[tuple[float, list[RunwayObservation]]] = []
    for obs in sorted((o for o in observations if o.length_m), key=_LENGTH):
        length = obs.length_m or 0.0
        if groups and _same_length(groups[-1][0], length):
            groups[-1][1].append(obs)
        else:
            groups.append((length, [obs]))
    facts = []
    for length, members in groups:
        dates = [o.date for o in members if o.date]
        facts.append(RunwayFact(
            length_m=length, first_seen=min(dates, default=None), last_seen=max(dates, default=None),
            sources=len({o.source_key for o in members}),
            statuses=sorted({o.status for o in members if o.status}),
            texts=_first_unique((o.text for o in members if o.text), EXAMPLES),
            urls=_first_unique((o.url for o in members if o.url), EXAMPLES),
            articles=_first_unique((o.article_id for o in members), EXAMPLES),
        ))
    return sorted(facts, key=lambda f: (f.first_seen or "", f.length_m))


def disagreements(observations: list[RunwayObservation]) -> list[Disagreement]:
    """Periods (years) in which sources give different runway lengths with no change reported."""
    by_year: dict[str, list[RunwayObservation]] = defaultdict(list)
    for obs in observations:
        if obs.length_m and obs.date:
            by_year[obs.date[:4]].append(obs)
    found = []
    for year, members in sorted(by_year.items()):
        facts = sorted(runway_facts(members), key=lambda f: f.length_m)
        unexplained = [f for i, f in enumerate(facts) if i == 0 or not _grew(facts[i - 1], f)]
        if len(unexplained) > 1:
            found.append(Disagreement(year, {f.length_m: f.sources for f in facts}))
    return found


def _grew(smaller: RunwayFact, larger: RunwayFact) -> bool:
    """Whether `larger` is reported as an extension dated no earlier than `smaller`."""
    if not set(larger.statuses) & _GROWTH_STATUSES:
        return False
    after, before = larger.last_seen or "", smaller.first_seen or ""
    common = min(len(after), len(before))
    return after[:common] >= before[:common]
