"""Attribution scorer: source, cue and content spans of claims against hand-labelled sentences.

Usage::

    python -m basewatch.evaluate.attribution GOLD.jsonl [-v]

Each GOLD line is ``{"text": ..., "claims": [{"source": ..., "cue": ..., "content": ...}]}`` with
surface strings (``source`` null for an impersonal "it was reported"). Per text, predicted and
gold items are compared as multisets, PARC-style, once exactly (after folding white space,
quotes and edge punctuation) and once by overlap (any shared word counts, each item used
once), for sources, cues, contents, and whole claims (all three together).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from basewatch.evaluate.metrics import Counts

Triple = tuple[str | None, str, str]
FIELDS = ("source", "cue", "content", "claim")
_EDGES = " \t\n,.;:\"'"


@dataclass(slots=True)
class Report:
    exact: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    overlap: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{'field':<10}{'P':>7}{'R':>7}{'F1':>7}   {'P~':>7}{'R~':>7}{'F1~':>7}   (~ = overlap)"]
        for name in FIELDS:
            e, o = self.exact[name], self.overlap[name]
            out.append(
                f"{name:<10}{e.precision:>7.3f}{e.recall:>7.3f}{e.f1:>7.3f}   "
                f"{o.precision:>7.3f}{o.recall:>7.3f}{o.f1:>7.3f}"
            )
        return out


def fold(text: str | None) -> str:
    """A string compared for equality: white space collapsed, quotes and edge punctuation dropped."""
    if text is None:
        return ""
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split()).strip(_EDGES).lower()


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def _overlaps(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return bool(_words(a) & _words(b)) or fold(a) == fold(b)


def _exact(a: str | None, b: str | None) -> bool:
    return fold(a) == fold(b)


def _pairs(predicted: Sequence[Any], gold: Sequence[Any], same: Callable[[Any, Any], bool]) -> int:
    """How many predicted items meet a gold item, each used at most once (greedy, in order)."""
    used: set[int] = set()
    hits = 0
    for p in predicted:
        for i, g in enumerate(gold):
            if i not in used and same(p, g):
                used.add(i)
                hits += 1
                break
    return hits


def score_one(report: Report, predicted: Sequence[Triple], gold: Sequence[Triple]) -> None:
    """Add one text's predicted and gold (source, cue, content) triples to `report`."""
    for name, same in (("exact", _exact), ("overlap", _overlaps)):
        table = report.exact if name == "exact" else report.overlap
        for k, field_name in enumerate(FIELDS[:3]):
            hits = _pairs([p[k] for p in predicted], [g[k] for g in gold], same)
            table[field_name].add(hits, len(predicted), len(gold))
        whole = _pairs(predicted, gold, lambda p, g, s=same: all(s(p[k], g[k]) for k in range(3)))  # type: ignore[misc]
        table["claim"].add(whole, len(predicted), len(gold))


def score(cases: Iterable[tuple[str, Sequence[Triple]]], extract: Callable[[str], Sequence[Triple]]) -> Report:
    """Score `extract` (text -> triples) over gold `cases`."""
    report = Report()
    for text, gold in cases:
        predicted = list(extract(text))
        before = report.exact["claim"].tp
        score_one(report, predicted, gold)
        if report.exact["claim"].tp - before < max(len(gold), len(predicted)):
            report.misses.append(f"{text!r}\n  gold: {list(gold)}\n  got:  {predicted}")
    return report


def triples(result: dict[str, Any], text: str) -> list[Triple]:
    """(source, cue, content) surfaces of an article@1 dict's claims."""
    out: list[Triple] = []
    for claim in result["claims"]:
        span = claim["speaker"].get("span")
        source = text[span[0] : span[1]] if span else None
        start, end = claim["content"]
        out.append((source, claim["cue"], text[start:end]))
    return out


def pipeline_extract(text: str) -> list[Triple]:
    """Triples from the full basewatch pipeline."""
    from basewatch.extract import extract

    return triples(extract(text), text)


def read_gold(path: Path) -> list[tuple[str, list[Triple]]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            cases.append((item["text"], [(c["source"], c["cue"], c["content"]) for c in item["claims"]]))
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every text not fully right")
    args = parser.parse_args(argv)
    report = score(read_gold(args.gold), pipeline_extract)
    print("\n".join(report.lines()))
    if args.verbose:
        print("\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
