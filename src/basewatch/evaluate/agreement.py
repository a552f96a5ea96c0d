"""Inter-annotator agreement on events: a second analyst's blind files against the golden set, beside the extractor.

Usage::

    python -m basewatch.evaluate.agreement tests/agreement/round2 [--golden tests/golden] [--articles examples]

A second analyst reads each article with only its facility inventory (the golden file's facility
names) and docs/data-model.md, and writes `<slug>.json` holding `{"events": [...], "note": ...}`
in the golden format. Their events are scored against the golden file exactly as the extractor's
are (the tuple (type, facility, actor, date) and its `event.found`, `event.actor` and
`event.date` cuts), and the extractor is scored on the same articles, so the two F1s say how close
the extractor is to what two careful people agree on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from basewatch.evaluate.golden import EVENT_CUTS, Counts, Score, compare, count_multisets, format_table, run_case

EVENT_FIELDS = ("events", *EVENT_CUTS)


def event_tuples(events: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    """An event list as the scorer sees it: distinct (type, facility, actor, date)."""
    return {(e["type"], e.get("facility"), e.get("actor"), e.get("date")) for e in events}


def agreement(golden: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, Counts]:
    """TP/FP/FN of a second analyst's events against the golden ones, per event field."""
    exp, out = event_tuples(golden), event_tuples(second)
    counts = {"events": count_multisets(exp, out)}
    for name, kept in EVENT_CUTS.items():
        counts[name] = count_multisets({kept(e) for e in exp}, {kept(e) for e in out})
    return counts


def _add(totals: dict[str, Counts], counts: dict[str, Counts]) -> None:
    for name in EVENT_FIELDS:
        totals[name].add(counts[name])


def measure(annotations: Path, golden: Path, articles: Path) -> tuple[dict[str, Score], dict[str, Score]]:
    """(second analyst vs golden, extractor vs golden) over every annotated article, micro-averaged."""
    human = {name: Counts() for name in EVENT_FIELDS}
    machine = {name: Counts() for name in EVENT_FIELDS}
    for path in sorted(annotations.glob("*.json")):
        expected_path = golden / f"{path.stem}.expected.json"
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        second = json.loads(path.read_text(encoding="utf-8"))
        _add(human, agreement(expected["events"], second["events"]))
        case = run_case(articles / f"{path.stem}.txt", expected_path)
        _add(machine, compare(case.result, case.expected))
    return ({name: c.score() for name, c in human.items()}, {name: c.score() for name, c in machine.items()})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m basewatch.evaluate.agreement",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("annotations", help="folder of a second analyst's <slug>.json event files")
    parser.add_argument("--golden", default="tests/golden", help="folder of the golden .expected.json files")
    parser.add_argument("--articles", default="examples", help="folder of the articles' .txt files")
    args = parser.parse_args(argv)
    annotations = Path(args.annotations)
    count = len(list(annotations.glob("*.json")))
    if not count:
        print(f"Error: no <slug>.json annotation files in {annotations}", file=sys.stderr)
        return 2
    human, machine = measure(annotations, Path(args.golden), Path(args.articles))
    print(format_table(human, f"== second analyst vs golden, {count} article(s)"))
    print(format_table(machine, f"== extractor vs golden, same {count} article(s)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
