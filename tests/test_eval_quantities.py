"""The quantities evaluator on the shared public benchmarks: scores must not fall below their floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from basewatch.evaluate.quantities import Item, article_speeds, as_midpoints, evaluate

# Measured: quantulum3-tests P 1.000 R 0.917 F1 0.957; Recognizers-Text dimensions P 0.866 R 0.866 F1 0.866.
FLOORS = {
    "quantulum3-tests": {"precision": 0.95, "recall": 0.88, "f1": 0.92},
    "recognizers-dimension": {"precision": 0.82, "recall": 0.82, "f1": 0.83},
}


@pytest.fixture(scope="module")
def report(shared: Path) -> dict[str, dict[str, object]]:
    return evaluate(shared, peer=False, timed=False)


@pytest.mark.parametrize("benchmark", sorted(FLOORS))
def test_scores_hold_their_floors(report: dict[str, dict[str, object]], benchmark: str) -> None:
    entry = report[benchmark]
    assert entry["gold_scored"] > 40
    scores = entry["basewatch"]
    assert isinstance(scores, dict)
    for metric, floor in FLOORS[benchmark].items():
        assert scores[metric] >= floor, f"{benchmark} {metric} {scores[metric]:.3f} < {floor}"


def test_ranges_fold_to_midpoints() -> None:
    items = [Item(8, "m", (0, 1), "from"), Item(16, "m", (2, 10), "to"), Item(3, "km", (12, 16))]
    assert as_midpoints(items) == [Item(12, "m", (0, 10)), Item(3, "km", (12, 16))]


def test_article_speeds_reports_every_timing(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The 1,200-meter runway opened. About 40 aircraft are based there.", encoding="utf-8")
    timing = article_speeds([article], peer=False, min_seconds=0.01)
    assert timing["articles"] == 1
    assert timing["basewatch_component"] > 0
    assert timing["basewatch_normalise_and_component"] > 0
