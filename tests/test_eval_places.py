"""The places evaluator on GeoWebNews and TR-News: it runs, and scores stay above their floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from basewatch.evaluate.places import Scores, distance_km, evaluate

# A little below what was measured, so that small data changes do not fail CI for nothing.
FLOORS = {
    "gwn": {"strict_f1": 0.83, "overlap_f1": 0.87, "e2e": 0.74, "given": 0.74, "known_id": 0.88},
    "tr": {"strict_f1": 0.79, "overlap_f1": 0.88, "e2e": 0.74, "given": 0.70, "known_id": 0.82},
}


def f1(tp: int, scores: Scores) -> float:
    p, r = tp / scores.predicted, tp / scores.gold
    return 2 * p * r / (p + r)


def test_distance_km() -> None:
    assert distance_km(33.5138, 36.2765, 33.5138, 36.2765) == 0
    assert 300 < distance_km(33.5138, 36.2765, 36.2021, 37.1343) < 320  # Damascus - Aleppo


@pytest.fixture(scope="module")
def results(shared: Path) -> dict[str, Scores]:
    return evaluate(shared)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["gwn", "tr"])
def test_floors(results: dict[str, Scores], corpus: str) -> None:
    scores, floor = results[corpus], FLOORS[corpus]
    measured = {
        "strict_f1": f1(scores.tp_strict, scores),
        "overlap_f1": f1(scores.tp_overlap, scores),
        "e2e": scores.geo_e2e / scores.geo_gold,
        "given": scores.geo_given / scores.geo_gold,
        "known_id": scores.id_known_given / scores.id_known,
    }
    assert all(measured[k] >= v for k, v in floor.items()), (measured, scores.report(corpus))
