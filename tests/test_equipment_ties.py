"""Kit tied to a facility across a sentence ('there') and by stative cues ('a hub for', 'has a fleet of')."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facility_equipment as equipment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'there' stands for the facility named last, even when the sentence before named two
        ("Troops from the Kulob air base drilled at the Lyaur range in May. A video showed T-72 tanks firing there.",
         {"Kulob air base": [], "Lyaur range": ["T-72"]}),
        ("The Lyaur air base was handed over in 2021. Last month the army held a parade there, showing off BTR-80s.",
         {"Lyaur air base": ["BTR-80"]}),
    ],
)
def test_there_ties_kit_to_the_facility_named_last(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


def test_existential_there_ties_nothing(pipeline: Any) -> None:
    text = "The army uses the Lyaur range. There are T-72 tanks in the region."
    assert equipment(pipeline, text) == {"Lyaur range": []}


@pytest.mark.parametrize(
    "text",
    [
        "The Lyaur air base, a hub for C-17 cargo aircraft, lies in the north.",
        "The Lyaur air base has a fleet of C-17 transports.",
        "The Lyaur air base serves as the main base for the air force's C-17 transports.",
        "The Lyaur air base welcomed two C-17s on Monday.",
        "The Lyaur air base stores C-17 spares and two C-17s.",
    ],
)
def test_stative_cues_tie_kit(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Lyaur air base": ["C-17"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship named after its type calls at a port; it is the port's kit only when based there
        ("The frigate Admiral Grigorovich docked at the Lyaur naval base in May.", {"Lyaur naval base": []}),
        ("The frigate Admiral Grigorovich is based at the Lyaur naval base.",
         {"Lyaur naval base": ["Admiral Grigorovich"]}),
    ],
)
def test_a_lead_ship_by_name_is_a_named_ship(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # relocated from a facility to a place that is none: the kit has left
        ("Leclerc tanks and G6 howitzers were shipped from the Lyaur base to Aden in 2015.", {"Lyaur base": []}),
        ("Su-25 jets were withdrawn from the Kulob air base back to Russia.", {"Kulob air base": []}),
        # moved between two facilities: both keep it; kit 'from' a base without a relocation verb: its home
        ("The air force moved its Su-27 fighters from the Kulob air base to the Lyaur air base.",
         {"Kulob air base": ["Su-27"], "Lyaur air base": ["Su-27"]}),
        ("B-52 bombers from the Kulob air base flew to Guam.", {"Kulob air base": ["B-52"]}),
        # moved 'there' (to a facility told before) or arriving from a base: the kit came from it
        ("Work on a hangar began at the Lyaur air base in May, and six Su-27 jets were transferred there from the "
         "Kulob air base in June.", {"Lyaur air base": ["Su-27"], "Kulob air base": []}),
        ("Radar plots showed two C-17 transports arriving from the Kulob air base at dawn.", {"Kulob air base": []}),
    ],
)
def test_kit_moved_away_from_a_facility(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


def test_submarines_list_named_ships(pipeline: Any) -> None:
    text = "The submarines Kazan and Novorossiysk docked at the Lyaur naval base."
    result = pipeline.extract(text, published="2024-05-01")
    assert [e["designation"] for e in result["equipment"]] == ["Kazan", "Novorossiysk"]
    assert equipment(pipeline, text) == {"Lyaur naval base": []}


@pytest.mark.parametrize(
    "text",
    [
        "Su-24 bombers are based at the Kulob air base and Kilo submarines at the Lyaur naval base.",
        "Russia has Su-24 bombers at the Kulob air base and Kilo submarines in the Lyaur naval base.",
    ],
)
def test_each_kit_goes_to_the_facility_of_its_own_phrase(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Kulob air base": ["Su-24"], "Lyaur naval base": ["Kilo"]}


@pytest.mark.parametrize(
    "text",
    [
        "The Lyaur air base does not host F-35 jets.",
        "The Lyaur air base has never hosted B-52 bombers.",
        "There are no F-35s at the Lyaur air base.",
    ],
)
def test_a_denied_tie_ties_nothing(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Lyaur air base": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons sent at a facility attack it; kit flying from it, or hit there, is its own
        ("Iran fired Fateh-110 missiles at the Lyaur air base.", {"Lyaur air base": []}),
        ("Shahed-136 drones struck the Lyaur air base overnight.", {"Lyaur air base": []}),
        ("Su-34 bombers flying from the Lyaur air base struck positions in the east.", {"Lyaur air base": ["Su-34"]}),
        ("Drones hit the Lyaur air base, destroying two Su-34 bombers.", {"Lyaur air base": ["Su-34"]}),
        # a range is fired at by the kit training there
        ("Artillery units fired HIMARS rockets at the Lyaur training area in May.",
         {"Lyaur training area": ["HIMARS"]}),
    ],
)
def test_weapons_fired_at_a_facility(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a radar in a sentence with a radar site is the site's, whatever the verb and whichever facility is nearer
        ("Near the Lyaur air base, the Dunda radar station on the ridge got a Ground Master 400 set last spring.",
         {"Lyaur air base": [], "Dunda radar station": ["Ground Master 400"]}),
        ("The Dunda radar site is due to switch its old radar for an AN/TPS-77 next year.",
         {"Dunda radar site": ["AN/TPS-77"]}),
    ],
)
def test_a_radar_named_with_a_radar_site_is_its_radar(pipeline: Any, text: str,
                                                       expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected
