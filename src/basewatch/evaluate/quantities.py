"""The quantities evaluator: our component and quantulum3 on public quantity benchmarks.

Usage::

    python -m basewatch.evaluate.quantities [--shared DIR] [--no-peer] [--articles DIR]
        [--golden ARTICLES_DIR EXPECTED_DIR] [--json]

Benchmarks (under `corpora/` in the shared directory):

- quantulum3's own English tests (`quantulum3-tests/quantities.json`): gold items carry a value,
  a quantulum3 unit name and the surface text (located in the sentence to get a span). A range
  is one gold item whose value is the midpoint ("8- to 16-meter" -> 12 m), so our "from"/"to"
  pair is scored as its midpoint there.
- Microsoft Recognizers-Text `NumberWithUnit/English/DimensionModel.json`: gold items carry a
  value, a unit name and Start/End (End inclusive). A range there is its last number only
  ("eight to 10 feet" -> 10 ft), so our pairs are scored as they are.

Only gold items whose unit maps onto one of ours, in a dimension the benchmark annotates, are
scored (quantulum3: length, area, mass, speed, duration; Recognizers-Text's dimension model:
the same without duration, which it keeps in its date-time model); the rest (currency,
temperature, volume, bare numbers...) are counted and skipped, and so are predictions outside
those dimensions (our counts; quantulum3's dimensionless numbers).
A match is the same unit and value (relative tolerance 1e-6) and overlapping spans.
Precision, recall and F1 are micro-averaged over all gold and predicted items.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basewatch.data import table
from basewatch.evaluate import DEFAULT_SHARED, existing
from basewatch.evaluate.metrics import Counts
from basewatch.extract.normalize import make_doc
from basewatch.extract.pipeline import Pipeline
from basewatch.extract.quantities import Quantities

QUANTULUM_CASES = Path("corpora/quantulum3-tests/quantities.json")
RECOGNIZERS_CASES = Path("corpora/recognizers-text-specs/NumberWithUnit/English/DimensionModel.json")

# Unit names of both benchmarks (and of quantulum3's own output), lower-cased, to our units.
UNIT_NAMES = {
    "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "centimetre": "cm", "centimeter": "cm",
    "millimetre": "mm", "millimeter": "mm", "decimetre": "dm", "decimeter": "dm", "inch": "in", "foot": "ft",
    "yard": "yd", "mile": "mi", "nautical mile": "nmi",
    "square metre": "m2", "square meter": "m2", "square kilometre": "km2", "square kilometer": "km2",
    "square mile": "mi2", "square foot": "ft2", "hectare": "ha", "acre": "acre",
    "milligram": "mg", "microgram": "µg", "gram": "g", "kilogram": "kg", "tonne": "t", "ton": "t",
    "metric ton": "t", "short ton": "t", "pound": "lb", "pound-mass": "lb", "ounce": "oz",
    "kilometre per hour": "km/h", "kilometer per hour": "km/h", "mile per hour": "mph", "knot": "kn",
    "metre per second": "m/s", "meter per second": "m/s",
    "second": "s", "minute": "min", "hour": "h", "day": "d", "week": "week", "month": "month", "year": "year",
    "decade": "decade",
}
DIMENSIONS = {row["unit"]: row["dimension"] for row in table("units.tsv")}
# Recognizers-Text keeps durations in its date-time model, so its dimension cases never mark them.
RECOGNIZERS_DIMENSIONS = frozenset({"length", "area", "mass", "speed"})
QUANTULUM_DIMENSIONS = RECOGNIZERS_DIMENSIONS | {"duration"}
GOLDEN_DIMENSIONS = QUANTULUM_DIMENSIONS | {"count"}
# The golden files' unit spellings that differ from ours; quantulum3's bare numbers are its counts.
GOLDEN_UNITS = {"": "count", "day": "d", "days": "d", "years": "year", "dimensionless": "count"}


@dataclass(frozen=True, slots=True)
class Item:
    """A quantity as scored: value, our unit, and its span in the case text when known."""

    value: float
    unit: str
    span: tuple[int, int] | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    gold: tuple[Item, ...]
    skipped: int
    midpoint_ranges: bool
    dimensions: frozenset[str]


Score = Counts


Predictor = Callable[[str], list[Item]]


def _unit(name: str | None) -> str | None:
    return UNIT_NAMES.get((name or "").lower())


def load_quantulum(shared: Path) -> list[Case]:
    """quantulum3's English test sentences, gold reduced to units we cover."""
    cases = []
    for entry in json.loads((shared / QUANTULUM_CASES).read_text(encoding="utf-8-sig")):
        text: str = entry["req"]
        gold, skipped = [], 0
        for res in entry["res"]:
            unit = _unit(res["unit"])
            if unit is None or DIMENSIONS[unit] not in QUANTULUM_DIMENSIONS:
                skipped += 1
                continue
            start = text.find(res["surface"])
            span = (start, start + len(res["surface"])) if start >= 0 else None
            gold.append(Item(float(res["value"]), unit, span))
        cases.append(Case(text, tuple(gold), skipped, midpoint_ranges=True, dimensions=QUANTULUM_DIMENSIONS))
    return cases


def load_recognizers(shared: Path) -> list[Case]:
    """Recognizers-Text English dimension cases, gold reduced to units we cover."""
    cases = []
    for entry in json.loads((shared / RECOGNIZERS_CASES).read_text(encoding="utf-8-sig")):
        gold, skipped = [], 0
        for res in entry["Results"]:
            resolution = res.get("Resolution") or {}
            unit = _unit(resolution.get("unit"))
            if unit is None or DIMENSIONS[unit] not in RECOGNIZERS_DIMENSIONS or resolution.get("value") is None:
                skipped += 1
                continue
            gold.append(Item(float(resolution["value"]), unit, (res["Start"], res["End"] + 1)))
        cases.append(
            Case(entry["Input"], tuple(gold), skipped, midpoint_ranges=False, dimensions=RECOGNIZERS_DIMENSIONS)
        )
    return cases


def load_golden(articles: Path, expected: Path) -> list[Case]:
    """The project's golden articles (front matter read) with their analysts' quantities.

    Counts there have unit "" (ours "count"); other units outside ours (currencies) are skipped.
    """
    from basewatch.evaluate.golden import golden_pairs
    from basewatch.ingest.readers import text_article

    cases = []
    for article, expected_path in golden_pairs(articles, expected)[0]:
        text = text_article(article.read_text(encoding="utf-8"), str(article)).text
        gold, skipped = [], 0
        for item in json.loads(expected_path.read_text(encoding="utf-8")).get("quantities", []):
            unit = GOLDEN_UNITS.get(item.get("unit") or "", item.get("unit") or "")
            if unit not in DIMENSIONS:
                skipped += 1
                continue
            gold.append(Item(float(item["value"]), unit))
        cases.append(Case(text, tuple(gold), skipped, midpoint_ranges=False, dimensions=GOLDEN_DIMENSIONS))
    return cases


def ours() -> Predictor:
    """Our quantities component, alone, as a predictor (counts are not scored)."""
    pipeline = Pipeline(only=["quantities"])

    def predict(text: str) -> list[Item]:
        doc = pipeline(make_doc(text))
        return [Item(q.value, q.unit, doc.orig_span(q.span), q.qualifier) for q in doc.quantities]

    return predict


def quantulum() -> Predictor:
    """quantulum3's parser as a predictor, its unit names mapped onto ours."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def predict(text: str) -> list[Item]:
        found = []
        for q in parser.parse(text):
            unit = _unit(q.unit.name) or GOLDEN_UNITS.get(q.unit.name)
            if unit is not None:
                found.append(Item(float(q.value), unit, tuple(q.span)))
        return found

    return predict


def as_midpoints(items: list[Item]) -> list[Item]:
    """Our "from"/"to" pairs folded into one item at their midpoint, spanning both."""
    folded: list[Item] = []
    for item in items:
        last = folded[-1] if folded else None
        if item.qualifier == "to" and last is not None and last.qualifier == "from" and last.unit == item.unit:
            span = (last.span[0], item.span[1]) if last.span and item.span else None
            folded[-1] = Item((last.value + item.value) / 2, item.unit, span)
        else:
            folded.append(item)
    return folded


def _same(gold: Item, guess: Item) -> bool:
    if gold.unit != guess.unit or abs(gold.value - guess.value) > 1e-6 * max(1.0, abs(gold.value)):
        return False
    if gold.span is None or guess.span is None:
        return True
    return gold.span[0] < guess.span[1] and guess.span[0] < gold.span[1]


def score(cases: Iterable[Case], predict: Predictor, fold_ranges: bool = True) -> Score:
    """Micro-averaged match counts of `predict` over `cases`."""
    total = Score()
    for case in cases:
        guesses = [g for g in predict(case.text) if DIMENSIONS.get(g.unit) in case.dimensions]
        if fold_ranges and case.midpoint_ranges:
            guesses = as_midpoints(guesses)
        unmatched = list(guesses)
        for gold in case.gold:
            hit = next((g for g in unmatched if _same(gold, g)), None)
            if hit is None:
                total.fn += 1
            else:
                unmatched.remove(hit)
                total.tp += 1
        total.fp += len(unmatched)
    return total


def speed(texts: list[str], predict: Callable[[str], object], min_seconds: float = 1.0) -> float:
    """Characters per CPU second of `predict` over `texts`, repeated for at least `min_seconds`.

    CPU time of this process, not wall time: the figure is per core and holds on a busy machine.
    """
    chars = sum(len(t) for t in texts)
    rounds, started = 0, time.process_time()
    while True:
        for text in texts:
            predict(text)
        rounds += 1
        elapsed = time.process_time() - started
        if elapsed >= min_seconds:
            return rounds * chars / elapsed


def component_speed(texts: list[str], min_seconds: float = 1.0) -> float:
    """Characters per second of the quantities component alone, on documents normalised beforehand."""
    component = Quantities()
    docs = {text: make_doc(text) for text in texts}
    return speed(texts, lambda text: component.match(docs[text]), min_seconds)


def evaluate(
    shared: Path, peer: bool = True, timed: bool = True, golden: tuple[Path, Path] | None = None
) -> dict[str, Any]:
    """Scores per benchmark (and speeds when `timed`): ours, and quantulum3's when `peer`.

    `golden` (articles dir, expected dir) adds the project's golden set as a third benchmark.
    """
    predictors = {"basewatch": ours()}
    if peer:
        predictors["quantulum3"] = quantulum()
    benchmarks: list[tuple[str, Callable[[], list[Case]]]] = [
        ("quantulum3-tests", lambda: load_quantulum(shared)),
        ("recognizers-dimension", lambda: load_recognizers(shared)),
    ]
    if golden:
        benchmarks.append(("golden-set", lambda: load_golden(*golden)))
    report: dict[str, Any] = {}
    for name, loader in benchmarks:
        cases = loader()
        texts = [c.text for c in cases]
        entry: dict[str, Any] = {
            "cases": len(cases),
            "gold_scored": sum(len(c.gold) for c in cases),
            "gold_skipped": sum(c.skipped for c in cases),
        }
        for label, predict in predictors.items():
            result = score(cases, predict)
            entry[label] = {
                "precision": result.precision, "recall": result.recall, "f1": result.f1,
                "tp": result.tp, "fp": result.fp, "fn": result.fn,
                "chars_per_s": speed(texts, predict) if timed else None,
            }
        if timed:
            entry["basewatch"]["component_chars_per_s"] = component_speed(texts)
        report[name] = entry
    return report


def article_speeds(paths: list[Path], peer: bool = True, min_seconds: float = 2.0) -> dict[str, float]:
    """Chars/s on whole articles: our component alone, normalise + component, and quantulum3
    fed the same articles sentence by sentence (its parser is meant for short texts)."""
    texts = [path.read_text(encoding="utf-8") for path in paths]
    report = {
        "articles": float(len(texts)),
        "chars": float(sum(len(t) for t in texts)),
        "basewatch_component": component_speed(texts, min_seconds),
        "basewatch_normalise_and_component": speed(texts, ours(), min_seconds),
    }
    if peer:
        parse = quantulum()
        sentences = {t: [t[slice(*make_doc(t).orig_span(s))] for s in make_doc(t).sentences] for t in texts}
        report["quantulum3"] = speed(texts, lambda text: [parse(s) for s in sentences[text]], min_seconds)
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=existing, default=str(DEFAULT_SHARED),
                        help="the shared directory holding corpora/")
    parser.add_argument("--no-peer", action="store_true", help="skip quantulum3")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--articles", type=Path, help="also time both on the *.txt articles in this directory")
    parser.add_argument(
        "--golden", type=Path, nargs=2, metavar=("ARTICLES", "EXPECTED"), help="also score the golden set"
    )
    args = parser.parse_args(argv)
    report = evaluate(args.shared, peer=not args.no_peer, golden=tuple(args.golden) if args.golden else None)
    if args.articles:
        report["articles"] = article_speeds(sorted(args.articles.glob("*.txt")), peer=not args.no_peer)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    timing = report.pop("articles", None)
    for name, entry in report.items():
        print(f"{name}: {entry['cases']} cases, {entry['gold_scored']} gold quantities in our dimensions "
              f"({entry['gold_skipped']} outside them, skipped)")
        for label in ("basewatch", "quantulum3"):
            if label in entry:
                r = entry[label]
                print(f"  {label:<10} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                      f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']})  {r['chars_per_s'] / 1e3:,.0f} kchars/s")
        ours_only = entry["basewatch"]["component_chars_per_s"]
        print(f"  basewatch component alone (text normalised beforehand): {ours_only / 1e3:,.0f} kchars/s")
        if "quantulum3" in entry:
            ratio = entry["basewatch"]["chars_per_s"] / entry["quantulum3"]["chars_per_s"]
            print(f"  speed ratio basewatch (normalise + component) / quantulum3: {ratio:.0f}x")
    if timing:
        print(f"articles: {timing['articles']:.0f} files, {timing['chars']:,.0f} chars")
        for key, value in timing.items():
            if key not in ("articles", "chars"):
                print(f"  {key:<34} {value / 1e3:,.0f} kchars/s")


if __name__ == "__main__":
    main()
