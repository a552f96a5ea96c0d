"""PLOVER gold-standard agreement for event types and actors: floors that an update may not lower."""

from __future__ import annotations

from pathlib import Path

import pytest

from basewatch.evaluate.events import Report, evaluate, gold_type

# Measured 2026-11-25: attack F1 0.561, micro F1 0.437, actor accuracy 0.710 (31 events).
FLOORS = {"attack_f1": 0.54, "micro_f1": 0.42, "actor_accuracy": 0.68}


@pytest.fixture(scope="module")
def report(shared: Path) -> Report:
    path = shared / "corpora" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    if not path.is_file():
        pytest.skip("PLOVER gold standard absent")
    return evaluate(path)


def test_attack_floor(report: Report) -> None:
    assert report.per_type["attack"].f1 >= FLOORS["attack_f1"]


def test_micro_floor(report: Report) -> None:
    assert report.micro.f1 >= FLOORS["micro_f1"]


def test_actor_floor(report: Report) -> None:
    assert report.actor_accuracy >= FLOORS["actor_accuracy"]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"event": "ASSAULT", "mode": "explosives"}, "attack"),
        ({"event": "CONSULT", "mode": "visit"}, "visit"),
        ({"event": "CONSULT", "mode": "phone"}, None),
        ({"event": "AGREE"}, None),
    ],
)
def test_category_mapping(record: dict[str, str], expected: str | None) -> None:
    assert gold_type(record) == expected
