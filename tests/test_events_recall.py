"""Events that a sentence tells besides one already read, or at a town or region rather than an installation."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named by its kind before its name is the move's destination
        ("The runway at Rovno air base was lengthened in 2020. Brazil moved armoured vehicles to its border town of "
         "Pacaraima in March 2024.", ("deployment", None, "BR", "2024-03")),
        ("The runway at Rovno air base was lengthened in 2020. Poland deployed two tank battalions to the eastern city "
         "of Bialystok last year.", ("deployment", None, "PL", "2020")),
        ("The runway at Rovno air base was lengthened in 2020. US Secretary of State Antony Blinken visited the "
         "Solomon Islands in April 2022.", ("visit", None, "US", "2022-04")),
        # a move from a facility to a town is a deployment at no facility
        ("The runway at Rovno air base was lengthened in 2020. Russian fighter jets were moved from Rovno air base to "
         "the city of Kursk in May 2024.", ("deployment", None, "RU", "2024-05")),
        # a stay told with the time it began
        ("The runway at Rovno air base was lengthened in 2020. About 1,500 Russian troops have been based in "
         "Transnistria since 1992.", ("deployment", None, "RU", "1992")),
    ],
)
def test_event_at_no_facility(pipeline: Any, text: str, expected: tuple[str, None, str, str]) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Camp Bouet was built by France in 1964 and expanded in 2011.",
         [("construction", "FR", "1964"), ("expansion", "FR", "2011")]),
        ("Ream Naval Base was constructed in 1995 and upgraded in 2023.",
         [("construction", "KH", "1995"), ("expansion", "KH", "2023")]),
    ],
)
def test_building_then_expanding(pipeline: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    # a building word followed by an expansion told apart is two works, each at its own time
    assert [(t, a, d) for t, _, a, d in events(pipeline, text, published="2024-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Since the French exit from Camp Kossei in January 2025, Chadian forces have run the base.", "2025-01"),
        ("Russia's Wagner mercenaries quit Camp Tessalit in 2024.", "2024"),
        ("Russian forces were driven out of Kherson airport in November 2022.", "2022-11"),
        ("Camp Kossei was turned over to the Chadian army in January 2025.", "2025-01"),
        ("The US scaled down its presence at Al Asad air base in 2024.", "2024"),
        ("Britain gave up its base at Gan in 1976.", "1976"),
        ("The last US troops exited Camp Taji in August 2020.", "2020-08"),
    ],
)
def test_leaving_words(pipeline: Any, text: str, date: str) -> None:
    assert [(t, d) for t, _, _, d in events(pipeline, text, published="2025-05-10")] == [("withdrawal", date)]


def test_reducing_needs_forces(pipeline: Any) -> None:
    # 'reduce' is a withdrawal only of forces; reducing anything else at a base is none
    assert events(pipeline, "The army will reduce the number of troops at Camp Taji by half.")[0][0] == "withdrawal"
    assert events(pipeline, "The army wants to reduce noise at Camp Taji.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # imagery that shows a new structure shows it built, at no time the images' date gives
        ("Satellite images taken in March show new hangars at Kasimov air base.", [("construction", None)]),
        ("Imagery published on Monday shows a new runway at Ream Naval Base.", [("construction", None)]),
        ("A new barracks for 500 soldiers is going up at Camp Adazi, the ministry said.", [("construction", None)]),
        ("Ground was broken on the new radar station at Camp Adazi in May 2023.", [("construction", "2023-05")]),
        # without a structure, nothing is built
        ("Satellite images show new activity at Kasimov air base.", []),
        ("Prices are going up at Camp Adazi.", []),
    ],
)
def test_new_structures(pipeline: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t, d) for t, _, _, d in events(pipeline, text, published="2024-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany ended its presence at Niamey air base in August 2024.", ("withdrawal", "DE", "2024-08")),
        ("Two Chinese warships berthed at Ream Naval Base in December 2023.", ("visit", "CN", "2023-12")),
        ("Ukrainian drones pounded Engels air base in January 2025.", ("attack", "UA", "2025-01")),
        ("A Ukrainian drone slammed into a hangar at Engels air base in January 2025.", ("attack", "UA", "2025-01")),
    ],
)
def test_more_event_words(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert [(t, a, d) for t, _, a, d in events(pipeline, text, published="2025-05-10")] == [expected]
