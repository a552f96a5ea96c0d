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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # setting fire to a post is an attack on it
        ("Russian saboteurs set fire to the gate of Souda Bay naval base on 3 May 2020.",
         [("attack", "souda_bay", "RU", "2020-05-03")]),
        # a ship tied up at a foreign port visits it; at its own navy's base it is based there
        ("The Russian frigate Admiral Essen tied up at Souda Bay naval base in May 2020.",
         [("visit", "souda_bay", "RU", "2020-05")]),
        ("The Greek frigate Hydra tied up at Salamis naval base in May 2020 after a patrol.",
         [("deployment", "salamis_nb", "GR", "2020-05")]),
        # forces that drilled at a base held an exercise there
        ("Greek marines drilled at Souda Bay naval base in May 2020.", [("exercise", "souda_bay", "GR", "2020-05")]),
        # forces that came home left the base they served at
        ("The Russian crews came home from Hmeimim air base in May 2020.",
         [("withdrawal", "hmeimim", "RU", "2020-05")]),
        # aircraft repositioned to a base are deployed there
        ("The Russian air force repositioned its Su-24 bombers to Hmeimim air base in May 2020.",
         [("deployment", "hmeimim", "RU", "2020-05")]),
        # a runway blacktopped is made better, as one paved is
        ("The runway of Hmeimim air base was blacktopped in 2019.", [("expansion", "hmeimim", "RU", "2019")]),
        # tents going up at a base are new structures there
        ("Rows of new tents are going up at Hmeimim air base.", [("construction", "hmeimim", "RU", None)]),
    ],
)
def test_verbs_of_news_reporting(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces that occupy a place moved in, dated by when they did, or by the start of their stay
        ("Russian troops have occupied the disused barracks at Tartus naval base since May 2020.",
         [("deployment", "tartus", "RU", "2020-05")]),
        ("The Greek navy has occupied Salamis naval base since 1881.", [("deployment", "salamis_nb", "GR", "1881")]),
        # anyone else who occupies a building there moves no forces
        ("Refugee families have occupied the old barracks at Tartus naval base since 2020.", []),
    ],
)
def test_forces_occupying_a_place_are_deployed(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time right after the verb is no object of it: those relieved who flew home the same month left the base
        ("A Greek battalion rotated into Souda Bay naval base in May 2020, relieving the old battalion, whose soldiers "
         "flew home the same month.",
         [("deployment", "souda_bay", "GR", "2020-05"), ("withdrawal", "souda_bay", "GR", "2020-05")]),
        # drills that open at a base are an exercise there, nothing built; a structure that opens is built
        ("The yearly Aegean exercise opened on 3 May 2020 at Souda Bay naval base, the ministry said.",
         [("exercise", "souda_bay", "GR", "2020-05-03")]),
        ("The new hangar opened at Souda Bay naval base in May 2020.",
         [("construction", "souda_bay", "GR", "2020-05")]),
    ],
)
def test_what_follows_the_verb(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base that becomes the home of forces receives them, however many words describe them
        ("Souda Bay naval base will be home to a new Greek helicopter squadron from 2027.",
         [("deployment", "souda_bay", "GR", "2027")]),
        ("Souda Bay naval base will become the home of a new Greek squadron.",
         [("deployment", "souda_bay", "GR", None)]),
        # the home of anything else, or what comes from forces, brings no forces there
        ("Souda Bay naval base will become the home of the naval museum.", []),
        ("Salamis naval base received a letter from Greek troops in May 2020.", []),
    ],
)
def test_becoming_the_home_of_forces(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a structure handed to its users ends the works on it: no forces leave
        ("Egypt completed the refurbishment of four blocks at Tartus naval base in 2019. The handover of the blocks "
         "took place on 3 May 2020.", [("expansion", "tartus", "EG", "2019")]),
        # a new one handed over is built; the base itself handed over is left
        ("Builders handed over two new barracks at Tartus naval base in May 2020.",
         [("construction", "tartus", "RU", "2020-05")]),
        ("Russia handed over Tartus naval base to the Syrian army in May 2020.",
         [("withdrawal", "tartus", "RU", "2020-05")]),
        # kit or goods handed over at a base are a gift there: no one leaves it
        ("In May 2020 Russia handed over three armoured trucks to the Syrian army at Tartus naval base.", []),
        ("The ceremony at Tartus naval base marked the handover of two of the patrol boats on 3 May 2020.", []),
        # a kit word that only qualifies the site handed over leaves it handed
        ("Russia handed its helicopter base at Tartus over to the Syrian army in May 2020.",
         [("withdrawal", "tartus", "RU", "2020-05")]),
    ],
)
def test_handing_over_a_structure(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # office holders in whose presence something is done at a base were there: a visit by their state
        ("The Greek navy opened a new pier at Souda Bay naval base on 3 May 2020 in the presence of the French "
         "ambassador.",
         [("construction", "souda_bay", "GR", "2020-05-03"), ("visit", "souda_bay", "FR", "2020-05-03")]),
        # in the presence of anything else no one came
        ("The new pier at Souda Bay naval base was built in 2019 in the presence of strong currents.",
         [("construction", "souda_bay", "GR", "2019")]),
    ],
)
def test_officials_present_visit(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office holder set off by commas before the verb still travels: a visit
        ("The Greek army chief, General Nikos Dimas, flew to Souda Bay naval base on 3 May 2020.",
         [("visit", "souda_bay", "GR", "2020-05-03")]),
        # a flight into a town is not to the base of the verb joined after it
        ("The Syrian army chief, General Ali Ayoub, flew into Latakia on 3 May 2020 and visited wounded troops at "
         "Tartus naval base.", [("visit", "tartus", "SY", "2020-05-03")]),
        # forces that fly into a town and land at a base are deployed there, once
        ("Two Russian transport planes, each carrying 80 soldiers, flew into Latakia on 3 May 2020 and landed at "
         "Hmeimim air base.", [("deployment", "hmeimim", "RU", "2020-05-03")]),
    ],
)
def test_travellers_set_off_and_joined_verbs(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a base shut is no leaving: its forces stay
        ("The dry dock at Salamis naval base, closed since 2023, will be restored by 2027.",
         [("expansion", "salamis_nb", "GR", "2027")]),
        # the base itself closed is left
        ("Salamis naval base closed in 2005 when the last sailors left.",
         [("withdrawal", "salamis_nb", "GR", "2005")]),
    ],
)
def test_a_part_closed_is_no_withdrawal(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works only considered or studied are undecided: no event yet
        ("Further refurbishment at Souda Bay naval base would be considered next year, subject to funding.", []),
        ("An expansion of Souda Bay naval base is being studied by the Greek navy.", []),
        # works told done are
        ("The expansion of Souda Bay naval base was completed in 2019.", [("expansion", "souda_bay", "GR", "2019")]),
    ],
)
def test_works_only_considered(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
