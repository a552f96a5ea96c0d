"""Verb families of moving forces that read only with forces (or a facility) beside them: 'move', 'station',
'massing', 'posted to', 'due at', 'headed to', 'rolled into', 'crossed into'."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of moving with forces or their craft as its object
        ("The Hellenic Navy will station two frigates at Souda Bay naval base next year.",
         [("deployment", "souda_bay", "GR", "2022")]),
        ("The Royal Danish Air Force will move its F-16 jets to Skrydstrup air base in June.",
         [("deployment", "skrydstrup", "DK", "2021-06")]),
        # forces that are posted, head or roll somewhere
        ("Some 300 Estonian soldiers were posted to Camp Tapa in January.",
         [("deployment", "tapa", "EE", "2021-01")]),
        ("A Swedish mechanised battalion rolled into Camp Tapa in February.",
         [("deployment", "tapa", "SE", "2021-02")]),
        ("Two Italian Eurofighters headed to Amari air base in February.",
         [("deployment", "amari", "IT", "2021-02")]),
        # aircraft due at a facility: a planned arrival
        ("Poland has ordered 32 F-35 jets, and the first are due at Lask air base in 2024.",
         [("deployment", "lask", "PL", "2024")]),
    ],
)
def test_moving_verbs_with_forces(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun, or a verb with no forces as object
        "The move to Amari air base was criticised by officials in Tallinn.",
        "Work at Amari air base is moving ahead, where crews were moving earth in May.",
        "The Wrangel Island radar station at Cape Schmidt is due to open next year.",
        # an attack of many drones, not forces gathering
        "Air defences repelled a massed drone attack on Engels air base on Monday.",
        # 'due at' of no facility; 'posted to' of no forces
        "The runway at Amari air base is long. The report is due at the end of the month.",
        "Amari air base hosts 900 soldiers. Officials posted to Amari air base say morale is high.",
    ],
)
def test_no_moving_without_forces(pipeline: Any, text: str) -> None:
    assert [row for row in events(pipeline, text) if row[0] == "deployment"] == []


# Events run only where the text names a facility; each case opens with one, told apart from the sentence tested.
_OPENING = "Russia operates Tartus naval base. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops were massing near the Ukrainian border in January 2021.",
         [("deployment", None, "RU", "2021-01")]),
        ("Ethiopian troops crossed into Somalia in February 2021.", [("deployment", None, "ET", "2021-02")]),
    ],
)
def test_forces_gathering_or_crossing(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert [row for row in events(pipeline, _OPENING + text) if row[1] is None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire of a named weapon, bombs dropped, a bomb set off or a vehicle rammed: an attack on the place
        ("Camp Tapa came under sustained rocket fire overnight on 3 February.",
         [("attack", "tapa", None, "2021-02-03")]),
        ("A drone dropped explosives on Amari air base on 2 February.", [("attack", "amari", None, "2021-02-02")]),
        ("A truck bomb hit the gate of Camp Tapa on 2 February, killing four soldiers.",
         [("attack", "tapa", None, "2021-02-02")]),
        ("Militants rammed a vehicle packed with explosives into the gate of Camp Tapa on 2 February.",
         [("attack", "tapa", "EE", "2021-02-02")]),
        # forces expelled or forced out of a place leave it
        ("US troops were expelled from Camp Tapa in February.", [("withdrawal", "tapa", "US", "2021-02")]),
        ("Russian troops were forced out of Camp Tapa in February.", [("withdrawal", "tapa", "RU", "2021-02")]),
    ],
)
def test_attacks_and_expulsions(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_expelled_diplomats_are_no_withdrawal(pipeline: Any) -> None:
    text = _OPENING + "Some of the 60 Russian diplomats being expelled from the United States left on Friday."
    assert [row for row in events(pipeline, text) if row[0] == "withdrawal"] == []
