"""Events: where forces went and who moved them, on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # moved from one facility to another: the move is told by where the forces went
        ("The Greek navy moved two frigates from Souda Bay naval base to Salamis naval base in May 2019.",
         [("deployment", "salamis_nb", "GR", "2019-05")]),
        ("In May 2019 several Russian Su-24 bombers were transferred from Hmeimim air base to the Engels air base.",
         [("deployment", "engels", "RU", "2019-05")]),
        # with no facility to go to, the one left behind is what the move tells
        ("In May 2019 Russia moved several Su-24 bombers out of Hmeimim air base.",
         [("withdrawal", "hmeimim", "RU", "2019-05")]),
        ("In May 2019 Russia relocated several Su-24 bombers from Hmeimim air base to Libya.",
         [("withdrawal", "hmeimim", "RU", "2019-05")]),
    ],
)
def test_relocation_goes_to_destination(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company or analyst of a nationality reports the move; the forces' operator made it
        ("In May 2019, images published by the American company Planet Labs showed that some of the bombers had been "
         "moved to Hmeimim air base.", [("deployment", "hmeimim", "RU", "2019-05")]),
        ("In May 2019, satellite images studied by a British analyst showed that some of the bombers had been moved "
         "to Hmeimim air base.", [("deployment", "hmeimim", "RU", "2019-05")]),
        # a state company is the state's
        ("A Chinese state company expanded Hambantota port in 2015.", [("expansion", "hambantota", "CN", "2015")]),
    ],
)
def test_civilian_of_a_nationality_is_no_agent(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
