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
        # with no facility to go to, leaving the one behind is what the move tells; being moved from it tells no
        # withdrawal there
        ("In May 2019 Russia moved several Su-24 bombers out of Hmeimim air base.",
         [("withdrawal", "hmeimim", "RU", "2019-05")]),
        ("In May 2019 Russia relocated several Su-24 bombers from Hmeimim air base to Libya.", []),
    ],
)
def test_relocation_goes_to_destination(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company or analyst of a nationality reports the move; the forces' operator made it (and the time the
        # images were published dates only them)
        ("In May 2019, images published by the American company Planet Labs showed that some of the bombers had been "
         "moved to Hmeimim air base.", [("deployment", "hmeimim", "RU", None)]),
        ("In May 2019, satellite images studied by a British analyst showed that some of the bombers had been moved "
         "to Hmeimim air base.", [("deployment", "hmeimim", "RU", "2019-05")]),
        # a state company is the state's
        ("A Chinese state company expanded Hambantota port in 2015.", [("expansion", "hambantota", "CN", "2015")]),
    ],
)
def test_civilian_of_a_nationality_is_no_agent(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trigger whose last word opens the facility's name ('open a new base at X')
        ("The army will open a new base at Kamarang next year.", [("construction", "kamarang-base", None, "2022")]),
        # a stay told with a time of its own is a move there then
        ("Satellite images showed Russian Su-34 jets parked at Hmeimim air base in March 2016.",
         [("deployment", "hmeimim", "RU", "2016-03")]),
        ("Two Russian frigates will be based at Tartus naval base from 2027.",
         [("deployment", "tartus", "RU", "2027")]),
        ("Two Russian frigates will be based at Tartus naval base, on the Syrian coast, from 2027.",
         [("deployment", "tartus", "RU", "2027")]),
        # with no time, or a time of another clause, it only says where forces are
        ("Russian Su-34 jets are parked at Hmeimim air base.", []),
        ("Russian minesweepers were based at Tartus naval base until the last of them left the region in January "
         "2020.", []),
        # forces named by where they stayed before a move of theirs: the move is the event
        ("Satellite images showed that Russian jets parked at Hmeimim air base in May 2019 had been moved to Engels "
         "air base by June.", [("deployment", "engels", "RU", "2019-05")]),
    ],
)
def test_dated_stays_and_named_objects(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work yet to begin on an object of its own is a building, dated by when it will begin
        ("Greece said work on a new naval base near Kythira would start next year.",
         [("construction", "kythira-naval-base", "GR", "2022")]),
        ("Greece said it would start work next year on a new naval base near Kythira.",
         [("construction", "kythira-naval-base", "GR", "2022")]),
        # on a new part of a facility (a second runway), it is construction there
        ("The navy said that work on a second runway at Souda Bay naval base is due to start next year.",
         [("construction", "souda_bay", "GR", "2022")]),
        # on making a part bigger, it grows the facility
        ("The navy said that work on lengthening the runway at Souda Bay naval base is due to start next year.",
         [("expansion", "souda_bay", "GR", "2022")]),
        # a facility that only locates the work's object is not what is built
        ("Greece will start work next year on a new hospital beside Souda Bay naval base.", []),
    ],
)
def test_work_yet_to_begin(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the work's object may run past an aside set off by commas, before its verb
        ("Work on a fuel depot at Souda Bay naval base, one of the largest harbours in the region, started in May.",
         [("construction", "souda_bay", "GR", "2020-05")]),
        ("Work on a second pier at Souda Bay naval base, on the north shore, is due to start next year.",
         [("construction", "souda_bay", "GR", "2022")]),
        # work begun again is begun then
        ("Work on a new pier at Souda Bay naval base resumed in April after a long pause.",
         [("construction", "souda_bay", "GR", "2020-04")]),
        # a facility right after the verb is where the work began, though other building, dated, was told before it
        ("The runway at Araxos air base was lengthened in 2019. Work on a new hangar for the navy's helicopters, "
         "which will hold six aircraft, began at Souda Bay naval base in May.",
         [("expansion", "araxos", "GR", "2019"), ("construction", "souda_bay", "GR", "2020-05")]),
        # a facility after a word of locating only places the new one, which is what is built
        ("Work began in May on a new naval base for the coast guard beside Kalamata airport.",
         [("construction", "naval-base-beside-kalamata", None, "2020-05")]),
        # a facility in a clause of its own after 'and' is none of the work's
        ("Work on a new pier began in May, and the frigates stay at Souda Bay naval base.", []),
    ],
)
def test_work_begun_past_asides(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces using another state's base since a time told were deployed there then
        ("American P-8A patrol aircraft have used Souda Bay naval base since 2019.",
         [("deployment", "souda_bay", "US", "2019")]),
        ("French Rafale jets have also used Souda Bay naval base for refuelling stops since March 2020.",
         [("deployment", "souda_bay", "FR", "2020-03")]),
        # with no time the use began, foreign forces using a base is standing use, no event
        ("Russian helicopters and Su-25 jets also use Ayni airfield, which the Tajik air force operates.", []),
        ("Italian and Spanish tankers regularly use Souda Bay naval base.", []),
        ("American destroyers have used Souda Bay naval base under a 1990 agreement.", []),
        # a state's own forces using its base, a user that is no force, or a place not named: no event
        ("Greek F-16 fighters use Souda Bay naval base.", []),
        ("Qatar Airways uses Hamad International Airport.", []),
        ("American units have used it since 1999.", []),
    ],
)
def test_forces_using_a_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_a_coordinate_clause_with_an_irregular_verb_keeps_its_facility(pipeline: Any) -> None:
    # '..., and the navy took delivery of a boat at X': X is the place of the second clause, not of the drill
    text = ("French and Greek sailors held a boarding drill off Crete last week, and the Greek navy took delivery of a "
            "new patrol boat at Souda Bay naval base in January.")
    assert events(pipeline, text) == [("exercise", None, "GR", "2021-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place shut for a while, for a purpose or to others is not left
        ("Souda Bay naval base was temporarily closed in May 2020 after the storm.", []),
        ("Souda Bay naval base was closed for two days in May 2020.", []),
        ("Souda Bay naval base was closed to civilian flights in May 2020.", []),
        ("Greek authorities closed the airspace around Souda Bay naval base in May 2020.", []),
        ("The runway at Souda Bay naval base was closed for repairs in May 2020.",
         [("expansion", "souda_bay", "GR", "2020-05")]),
        # a closure for good is a withdrawal
        ("The US Navy closed its base at Souda Bay naval base in 2004.", [("withdrawal", "souda_bay", "US", "2004")]),
        ("Souda Bay naval base was closed for good in 2004.", [("withdrawal", "souda_bay", "GR", "2004")]),
    ],
)
def test_passing_closures_are_no_withdrawal(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # growing the forces at a place, or its garrison, is sending forces there; the place does not grow
        ("Greece expanded its troop presence at Souda Bay naval base in May 2020.",
         [("deployment", "souda_bay", "GR", "2020-05")]),
        ("Greece reinforced the garrison at Souda Bay naval base in May 2020.",
         [("deployment", "souda_bay", "GR", "2020-05")]),
        ("Greece reinforced Souda Bay naval base with 500 troops in May 2020.",
         [("deployment", "souda_bay", "GR", "2020-05")]),
        # works that grow the place stay its expansion
        ("Greece reinforced the shelters at Souda Bay naval base with concrete in May 2020.",
         [("expansion", "souda_bay", "GR", "2020-05")]),
        ("Greece expanded Souda Bay naval base to house more troops in May 2020.",
         [("expansion", "souda_bay", "GR", "2020-05")]),
    ],
)
def test_growing_forces_is_a_deployment(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taking over a place others left, or one's own state's, is moving in, not seizing it
        ("Russian troops took over Souda Bay naval base after US forces left in May 2020.",
         [("deployment", "souda_bay", "RU", None), ("withdrawal", "souda_bay", "US", "2020-05")]),
        ("The Greek navy took over control of Souda Bay naval base in May 2020.",
         [("deployment", "souda_bay", "GR", "2020-05")]),
        # taking over another state's place with no one told leaving is seizing it
        ("Turkish troops took over Souda Bay naval base in May 2020.", [("attack", "souda_bay", "TR", "2020-05")]),
    ],
)
def test_taking_over_a_place_left_is_moving_in(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reopening a place that fell into disrepair, or after repairs, makes it usable again: an expansion
        ("Souda Bay naval base fell into disrepair and was reopened by the Greek navy in 2015.",
         [("expansion", "souda_bay", "GR", "2015")]),
        ("The Greek navy reopened Souda Bay naval base after repairs in 2015.",
         [("expansion", "souda_bay", "GR", "2015")]),
    ],
)
def test_reopening_after_disrepair_is_an_expansion(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_reopening_what_was_left_is_another_event(pipeline: Any) -> None:
    text = "The Greek navy reopened Souda Bay naval base in 2015 after it had been abandoned in 1993."
    assert ("other", "souda_bay", "GR", "2015") in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving X for Y tells both the leaving of X and the move to Y
        ("US jets left Aviano air base for Souda Bay naval base in May 2020.",
         [("withdrawal", "aviano", "US", "2020-05"), ("deployment", "souda_bay", "US", "2020-05")]),
        # 'for' a place that is no facility adds nothing
        ("US troops left Aviano air base for home in May 2020.", [("withdrawal", "aviano", "US", "2020-05")]),
    ],
)
def test_leaving_one_base_for_another(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay told with the time it began is an arrival then, whatever move of theirs the sentence tells later
        ("Greek tankers have operated from Souda Bay naval base since 2019 and will leave it for Salamis next year.",
         [("deployment", "souda_bay", "GR", "2019"), ("withdrawal", "souda_bay", "GR", "2022")]),
        # its beginning read past an aside set off by commas
        ("Patrol aircraft of the French Navy have used Souda Bay naval base, the island's main harbour, as a "
         "refuelling stop since 2018.", [("deployment", "souda_bay", "FR", "2018")]),
        # but not past a clause of its own joined by 'and'
        ("Patrol aircraft of the French Navy have used Souda Bay naval base, and the coast guard has grown since 2018.",
         []),
    ],
)
def test_a_stay_since_a_time_is_an_arrival_then(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
