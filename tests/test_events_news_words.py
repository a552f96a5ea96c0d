"""Event words of news reporting that earlier tables lacked, and idioms that hide a trigger, on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rehabilitating a standing structure makes it usable again: an expansion, as repairing is
        ("Egyptian engineers rehabilitated the old hangars at Tartus naval base in May 2020.",
         [("expansion", "tartus", "EG", "2020-05")]),
        ("The rehabilitation of the runway at Souda Bay naval base, paid for by Greece, will start in 2027.",
         [("expansion", "souda_bay", "GR", "2027")]),
        # what is rehabilitated may be people, which makes nothing at the base bigger
        ("Tartus naval base rehabilitates wounded soldiers in its new clinic.", []),
    ],
)
def test_rehabilitating_is_an_expansion(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 'leave no doubt' tells a judgement, nothing left behind
        "Photographs leave little doubt that the ship in the harbour is at Tartus naval base.",
        "The new images left no doubt about the works at Tartus naval base.",
        # an attack word naming a kind of aircraft, and a medical evacuation, are no attack and no withdrawal
        "Tartus naval base keeps four light attack planes and a helicopter for medical evacuation.",
    ],
)
def test_idioms_hide_triggers(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []
