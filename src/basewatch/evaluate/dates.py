"""The dates evaluator: our component and dateparser's search_dates on Recognizers-Text date cases.

Usage::

    python -m basewatch.evaluate.dates [--shared DIR] [--no-peer] [--json]

Benchmarks (under `corpora/recognizers-text-specs/DateTime/` in the shared directory), each case
a sentence with a reference date-time, which we pass as the publication date:

- `English/DateTimeModel.json` (985 cases): every date-time expression of a sentence, with
  Start/End (End inclusive) and timex resolutions.
- `English/DateParser.json` and `English/DatePeriodParser.json` (389 cases): one date or date
  period each, with Start/Length, a timex and past/future resolutions.
- `German/DateTimeModel.json` (202 cases), as the English model cases: our German table rows
  against the same rules.

Scope. A gold item is scored when it is a date or date period whose timex is a year, month or
day ("2019", "2019-05", "2019-05-03", or the same with an unknown year: "XXXX-05"). Times,
date-times, durations, sets, weeks, seasons, quarters, spans ("(2014-01-01,2018-01-01,P4Y)") and
day-of-month-only or weekday-only timexes are out of our scope: they are ignored, and so is any
prediction overlapping one. A case is kept when it has at least one gold item in scope or no gold
items at all (then every prediction is a false positive); a case whose every gold item is out of
scope is dropped and counted.

Detection: a prediction matches a gold item when their spans overlap (one-to-one, in text order).
Precision, recall and F1 are micro-averaged. Resolution accuracy is over matched pairs: ours must
equal the timex; for an unknown-year timex, either the past or the future resolution cut to the
timex's granularity. "Coarser-or-right" also counts an answer that is right at a coarser
granularity than the gold one (our "2014" for "two years ago" where the gold says "2014-11-07").
dateparser returns full datetimes, so its find is cut to the granularity of the gold item it
matches (which favours it: for dateparser both resolution figures are the same).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basewatch.evaluate import DEFAULT_SHARED, existing
from basewatch.evaluate.metrics import Counts
from basewatch.extract.dates import Dates
from basewatch.extract.normalize import make_doc
from basewatch.model import Span

CASES_DIR = Path("corpora/recognizers-text-specs/DateTime")
# Benchmark -> (language, case files under CASES_DIR).
BENCHMARKS = {
    "recognizers-datetime-model": ("en", ("English/DateTimeModel.json",)),
    "recognizers-date-parsers": ("en", ("English/DateParser.json", "English/DatePeriodParser.json")),
    "recognizers-datetime-model-de": ("de", ("German/DateTimeModel.json",)),
}
IN_SCOPE_TYPES = frozenset({"date", "daterange"})
TIMEX = re.compile(r"(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?)?")
RESOLVED = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Gold:
    """A scored gold date: its span and every resolution counted right."""

    span: Span
    accepted: frozenset[str]


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    lang: str
    published: str | None
    gold: tuple[Gold, ...]
    ignored: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Guess:
    """A predicted date; `full` marks a full date to be cut to the gold item's granularity."""

    span: Span
    resolved: str | None
    full: bool = False

    def right(self, gold: Gold) -> bool:
        if self.resolved is None:
            return False
        return any((self.resolved[: len(a)] if self.full else self.resolved) == a for a in gold.accepted)

    def consistent(self, gold: Gold) -> bool:
        """Right, or right at a coarser granularity ("2014" for a gold "2014-11-07")."""
        resolved = self.resolved
        return resolved is not None and any(a.startswith(resolved) or self.right(gold) for a in gold.accepted)


@dataclass
class Score(Counts):
    resolved_right: int = 0
    resolved_consistent: int = 0

    @property
    def resolution_accuracy(self) -> float:
        return self.resolved_right / self.tp if self.tp else 0.0

    @property
    def resolution_consistent(self) -> float:
        return self.resolved_consistent / self.tp if self.tp else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "resolution_accuracy": round(self.resolution_accuracy, 4),
            "resolution_consistent": round(self.resolution_consistent, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _accepted(timex: str, resolutions: Iterable[str | None]) -> frozenset[str] | None:
    """What counts as a right resolution of `timex`; None when the timex is out of scope."""
    if not TIMEX.fullmatch(timex):
        return None
    if not timex.startswith("XXXX"):
        return frozenset({timex})
    cut = {r[: len(timex)] for r in resolutions if r and RESOLVED.match(r)}
    return frozenset(cut) or None


def _published(case: dict[str, Any]) -> str | None:
    reference = case.get("Context", {}).get("ReferenceDateTime")
    return reference[:10] if reference else None


def _model_result(result: dict[str, Any]) -> tuple[Span, frozenset[str] | None]:
    span = (result["Start"], result["End"] + 1)
    kind = (result.get("TypeName") or result.get("Typename") or "").removeprefix("datetimeV2.")
    values = result.get("Resolution", {}).get("values", [])
    timexes = {v.get("timex", "") for v in values}
    if kind not in IN_SCOPE_TYPES or len(timexes) != 1:
        return span, None
    return span, _accepted(timexes.pop(), [v.get("value") or v.get("start") for v in values])


def _parser_result(result: dict[str, Any]) -> tuple[Span, frozenset[str] | None]:
    span = (result["Start"], result["Start"] + result["Length"])
    value = result.get("Value", {})
    if result.get("Type") not in IN_SCOPE_TYPES:
        return span, None
    resolutions = [
        value.get(side, {}).get(key) for side in ("PastResolution", "FutureResolution") for key in ("date", "startDate")
    ]
    return span, _accepted(value.get("Timex", ""), resolutions)


def load_cases(shared: Path, lang: str, files: Iterable[str]) -> tuple[list[Case], dict[str, int]]:
    """The kept cases of `files` and how many were read, kept, negative and dropped."""
    cases: list[Case] = []
    counts = {"read": 0, "kept": 0, "negative": 0, "dropped_out_of_scope": 0}
    for name in files:
        raw = json.loads((shared / CASES_DIR / name).read_text(encoding="utf-8-sig"))
        read_result = _model_result if "Model" in name else _parser_result
        for case in raw:
            counts["read"] += 1
            gold: list[Gold] = []
            ignored: list[Span] = []
            for result in case.get("Results", []):
                span, accepted = read_result(result)
                if accepted is None:
                    ignored.append(span)
                else:
                    gold.append(Gold(span, accepted))
            if ignored and not gold:
                counts["dropped_out_of_scope"] += 1
                continue
            counts["kept"] += 1
            counts["negative"] += not gold
            cases.append(Case(case["Input"], lang, _published(case), tuple(gold), tuple(ignored)))
    return cases, counts


Predictor = Callable[[Case], list[Guess]]


def ours() -> Predictor:
    """Our Dates component alone, in the case's language, with its reference date as publication."""
    component = Dates()

    def predict(case: Case) -> list[Guess]:
        doc = make_doc(case.text, published=case.published)
        doc.language = case.lang
        return [Guess(d.span, d.resolved) for d in component(doc).dates]

    return predict


def dateparser_search() -> Predictor:
    """dateparser's `search_dates` with the case's reference date as RELATIVE_BASE."""
    from dateparser.search import search_dates

    def predict(case: Case) -> list[Guess]:
        settings: dict[str, Any] = {}
        if case.published:
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(case.published)
        found = search_dates(case.text, languages=[case.lang], settings=settings) or []
        guesses: list[Guess] = []
        cursor = 0
        for surface, when in found:
            start = case.text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            guesses.append(Guess((start, cursor), when.date().isoformat(), full=True))
        return guesses

    return predict


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(cases: Iterable[tuple[Case, list[Guess]]]) -> Score:
    """Detection by span overlap and resolution over the matched pairs, micro-averaged."""
    total = Score()
    for case, guesses in cases:
        unmatched = list(case.gold)
        for guess in guesses:
            gold = next((g for g in unmatched if _overlaps(g.span, guess.span)), None)
            if gold is not None:
                unmatched.remove(gold)
                total.tp += 1
                total.resolved_right += guess.right(gold)
                total.resolved_consistent += guess.consistent(gold)
            elif not any(_overlaps(span, guess.span) for span in case.ignored):
                total.fp += 1
        total.fn += len(unmatched)
    return total


def run(cases: list[Case], predict: Predictor, min_seconds: float = 0.5) -> tuple[list[list[Guess]], float]:
    """Every case's guesses and the speed in characters per CPU second (passes repeated for min_seconds).

    CPU time, not wall time, so that other work on the machine does not skew the comparison."""
    started = time.process_time()
    guesses = [predict(case) for case in cases]
    passes = 1
    while time.process_time() - started < min_seconds:
        for case in cases:
            predict(case)
        passes += 1
    elapsed = time.process_time() - started
    return guesses, passes * sum(len(c.text) for c in cases) / elapsed


def evaluate(shared: Path, peer: bool = True, min_seconds: float = 0.5) -> dict[str, Any]:
    """Scores and speeds per benchmark for our component and, with `peer`, for search_dates."""
    predictors: dict[str, Predictor] = {"basewatch": ours()}
    if peer:
        predictors["dateparser"] = dateparser_search()
    report: dict[str, Any] = {}
    for benchmark, (lang, files) in BENCHMARKS.items():
        cases, counts = load_cases(shared, lang, files)
        entry: dict[str, Any] = {**counts, "gold_scored": sum(len(c.gold) for c in cases)}
        for name, predict in predictors.items():
            guesses, speed = run(cases, predict, min_seconds)
            entry[name] = {**score(zip(cases, guesses, strict=True)).as_dict(), "chars_per_s": round(speed)}
        report[benchmark] = entry
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=existing, default=str(DEFAULT_SHARED), help="the shared directory (../shared)")
    parser.add_argument("--no-peer", action="store_true", help="skip dateparser's search_dates")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = evaluate(args.shared, peer=not args.no_peer)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for name, entry in report.items():
        print(
            f"{name}: {entry['read']} cases read, {entry['kept']} kept ({entry['negative']} without dates), "
            f"{entry['dropped_out_of_scope']} dropped (only times/durations/sets/weeks...), "
            f"{entry['gold_scored']} gold dates scored"
        )
        for label in ("basewatch", "dateparser"):
            if label in entry:
                r = entry[label]
                print(
                    f"  {label:<10} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
                    f"resolution {r['resolution_accuracy']:.3f} (coarser-or-right {r['resolution_consistent']:.3f})  "
                    f"({r['tp']} tp, {r['fp']} fp, {r['fn']} fn)  "
                    f"{r['chars_per_s'] / 1000:,.0f} k chars/s"
                )
        if "dateparser" in entry and entry["dateparser"]["chars_per_s"]:
            ratio = entry["basewatch"]["chars_per_s"] / entry["dateparser"]["chars_per_s"]
            print(f"  speed ratio basewatch / search_dates: {ratio:.0f}x")


if __name__ == "__main__":
    main()
