"""The dates evaluator on Recognizers-Text's English date cases: scores must not fall below their floors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from basewatch.evaluate.dates import Case, Gold, Guess, score

# Measured (python -m basewatch.evaluate.dates --no-peer):
#   datetime-model P 0.948 R 0.696 F1 0.803, resolution 0.725 (coarser-or-right 0.784)
#   date-parsers   P 1.000 R 0.697 F1 0.822, resolution 0.651 (coarser-or-right 0.705)
#   German model   P 1.000 R 0.531 F1 0.693, resolution 0.769 (coarser-or-right 0.846)
FLOORS = {
    "recognizers-datetime-model": {
        "precision": 0.92,
        "recall": 0.67,
        "f1": 0.78,
        "resolution_accuracy": 0.69,
        "resolution_consistent": 0.77,
    },
    "recognizers-date-parsers": {
        "precision": 0.96,
        "recall": 0.67,
        "f1": 0.79,
        "resolution_accuracy": 0.61,
        "resolution_consistent": 0.68,
    },
    "recognizers-datetime-model-de": {
        "precision": 0.93,
        "recall": 0.5,
        "f1": 0.66,
        "resolution_accuracy": 0.72,
        "resolution_consistent": 0.8,
    },
}


@pytest.fixture(scope="module")
def report(shared: Path) -> dict[str, Any]:
    from basewatch.evaluate.dates import evaluate

    return evaluate(shared, peer=False, min_seconds=0.0)


@pytest.mark.parametrize("benchmark", sorted(FLOORS))
def test_scores_hold_their_floors(report: dict[str, Any], benchmark: str) -> None:
    entry = report[benchmark]
    assert entry["gold_scored"] > 90
    scores = entry["basewatch"]
    for metric, floor in FLOORS[benchmark].items():
        assert scores[metric] >= floor, f"{benchmark} {metric} {scores[metric]:.3f} < {floor}"


def test_score_matches_by_overlap_ignores_out_of_scope_and_cuts_full_dates() -> None:
    case = Case(
        "left on 5 March 2021 at 10am",
        "en",
        "2021-03-10",
        (Gold((8, 20), frozenset({"2021-03-05"})),),
        ((21, 28),),
    )
    ours = [Guess((8, 20), "2021-03-05"), Guess((24, 28), "2021-03-10")]
    peer = [Guess((10, 20), "2021-03-05", full=True), Guess((0, 4), "2021-03-10", full=True)]
    got = score([(case, ours)])
    assert (got.tp, got.fp, got.fn, got.resolved_right) == (1, 0, 0, 1)
    got = score([(case, peer)])
    assert (got.tp, got.fp, got.fn, got.resolved_right) == (1, 1, 0, 1)
    assert score([(case, [])]).fn == 1
