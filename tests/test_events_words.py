"""Event trigger words for visits and 'other' events (event_words.tsv), on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events, of_type, unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship calling at a port visits it
        ("The Turkish frigate TCG Kemalreis called at Tartus naval base in May 2020.",
         [("visit", "tartus", "TR", "2020-05")]),
        ("Russian warships have called at Souda Bay naval base in 2020.", [("visit", "souda_bay", "RU", "2020")]),
        ("The Japanese destroyer made a port call at Souda Bay naval base in May 2020.",
         [("visit", "souda_bay", "JP", "2020-05")]),
        # drones seen over a base, and a test firing there, are events of no other type
        ("Unidentified drones were spotted over Tartus naval base on several nights in January 2021.",
         [("other", "tartus", None, "2021-01")]),
        ("Russia test-fired a new interceptor at Tartus naval base in June 2020.",
         [("other", "tartus", "RU", "2020-06")]),
    ],
)
def test_visit_and_other_words(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_a_place_reopens_by_whoever_runs_it(pipeline: Any) -> None:
    text = "Souda Bay naval base, which is run by the Hellenic Navy, reopened at a ceremony in May 2020."
    assert events(pipeline, text) == [("other", "souda_bay", "GR", "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader travelling to a country or arriving in a city visits it; ships docked in a country visit it
        ("Russia operates Tartus naval base. US Defense Secretary Lloyd Austin travelled to Vietnam in May 2020.",
         [("visit", None, "US", "2020-05")]),
        ("Russia operates Tartus naval base. Russian Foreign Minister Sergei Lavrov arrived in Khartoum in May 2020.",
         [("visit", None, "RU", "2020-05")]),
        ("Russia operates Tartus naval base. Chinese warships docked in Cambodia in May 2020.",
         [("visit", None, "CN", "2020-05")]),
        ("Russia operates Tartus naval base. The French president traveled to Djibouti in May 2020.",
         [("visit", None, "FR", "2020-05")]),
        # a team travelling is no visit
        ("Russia operates Tartus naval base. Real Madrid had traveled to Japan in May 2020 to play.", []),
        # a leader visiting troops in a country visits it; strikes inside a country are on it
        ("Russia operates Tartus naval base. Germany's defence minister visited troops in Lithuania in March 2020.",
         [("visit", None, "DE", "2020-03")]),
        ("Russia operates Tartus naval base. Pakistan conducted air strikes inside Iran in January 2020.",
         [("attack", None, "PK", "2020-01")]),
    ],
)
def test_places_after_visits_and_strikes(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an officer of no state named who inspects a base serves the force that runs it
        ("The Chief of Staff, Lieutenant General Ahmed Khalifa, inspected Souda Bay naval base in May 2020.",
         [("visit", "souda_bay", "GR", "2020-05")]),
        # so does a visitor of no office and no state: the place's own people are shown round it
        ("A delegation inspected Souda Bay naval base in May 2020.", [("visit", "souda_bay", "GR", "2020-05")]),
    ],
)
def test_an_officer_visiting_a_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a strike of workers is no attack
        "Dock workers at Souda Bay naval base began an open-ended strike in May 2020.",
        "A nationwide strike closed the port at Souda Bay naval base in May 2020.",
    ],
)
def test_labour_strikes(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "attack") == []


def test_a_question_is_no_event(pipeline: Any) -> None:
    # what someone asks about may not have happened
    text = "Researchers asked whether US bombs had returned to Souda Bay naval base in May 2020."
    assert events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving quietly, and handing a base over, are withdrawals; a closure by its users too
        ("French troops slipped out of Tartus naval base overnight in July 2021.",
         [("withdrawal", "tartus", "FR", "2021-07")]),
        ("The last French soldiers drove out of Tartus naval base on 3 May 2021.",
         [("withdrawal", "tartus", "FR", "2021-05-03")]),
        ("Russia hands over Tartus naval base to Syria, July 2021", [("withdrawal", "tartus", "RU", "2021-07")]),
        ("The joint radar post at Souda Bay naval base was shut by Greek officers in April 2020.",
         [("withdrawal", "souda_bay", "GR", "2020-04")]),
        # breaking into a base is an attack on it, by no state when none is named
        ("In June 2020 protesters broke into Souda Bay naval base and damaged two trucks.",
         [("attack", "souda_bay", None, "2020-06")]),
    ],
)
def test_leaving_and_breaking_in_words(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-08-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every form of a trigger verb triggers as its others do
        ("Engineers were refurbishing Souda Bay naval base in May 2020, the Greek navy said.",
         [("expansion", "souda_bay", "GR", "2020-05")]),
        ("American troops began evacuating Tartus naval base in May 2020.",
         [("withdrawal", "tartus", "US", "2020-05")]),
        ("Russian troops are departing Tartus naval base in May 2020.", [("withdrawal", "tartus", "RU", "2020-05")]),
        ("The Russian navy redeploys its frigates to Tartus naval base in May 2020.",
         [("deployment", "tartus", "RU", "2020-05")]),
    ],
)
def test_inflections_of_trigger_verbs(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no one doing it, and what a thing is made for, are no events
        "Nobody is going to invade Tartus naval base, he said in May 2020.",
        "Tartus naval base fires interceptors designed to destroy missiles.",
    ],
)
def test_negated_and_purpose_triggers(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pulling anything out, back or home from a facility withdraws it, craft named by type too
        ("Greece pulled its Mirage 2000-5 jets out of Souda Bay naval base in May 2020.",
         [("withdrawal", "souda_bay", "GR", "2020-05")]),
        ("The US pulled the last of its F-16 jets back from Souda Bay naval base in 2020.",
         [("withdrawal", "souda_bay", "US", "2020")]),
        # pulling with nothing moved out is none
        ("He pulled the plug on Souda Bay naval base in 2020.", []),
    ],
)
def test_pulling_out(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'No.' before a number is the numero sign of a unit's name, no negation; 'no' before forces still negates
        ("RAAF No. 75 Squadron deployed to Souda Bay naval base in May 2020.",
         [("deployment", "souda_bay", "AU", "2020-05")]),
        ("No jets flew to Souda Bay naval base in May 2020.", []),
        # a service's acronym acts for its state
        ("JASDF F-15s landed at Souda Bay naval base in May 2020.", [("deployment", "souda_bay", "JP", "2020-05")]),
    ],
)
def test_numero_and_service_acronyms(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drill word capitalised inside a sentence opens or closes a drill's name, and still tells the drill
        ("Greek troops took part in Exercise Iniochos at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05")]),
        ("Greek jets flew to Souda Bay naval base for the Iniochos Exercise in May 2020.",
         [("deployment", "souda_bay", "GR", "2020-05"), ("exercise", "souda_bay", "GR", "2020-05")]),
    ],
)
def test_capitalised_drill_words(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_a_part_named_in_the_singular(pipeline: Any) -> None:
    # every part of a facility counts in either number ('a dormitory' as 'dormitories')
    text = ("Greek jets train at Souda Bay naval base. Budget papers show that building work on a new dormitory "
            "started in 2024.")
    assert events(pipeline, text) == [("construction", "souda_bay", "GR", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # landing at a facility, told in the present or planned, arrives there as 'landed' does
        ("The first Greek F-35s should land at Souda Bay naval base in 2028.",
         [("deployment", "souda_bay", "GR", "2028")]),
        ("President Biden lands at Souda Bay naval base on Monday.", [("visit", "souda_bay", "GR", "2021-03-01")]),
    ],
)
def test_landing_at(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # developing a facility builds it; redeveloping one that stands expands it
        ("China developed Ream naval base in 2022.", [("construction", "ream", "CN", "2022")]),
        ("The development of Ream naval base began in 2022.", [("construction", "ream", "KH", "2022")]),
        ("Ramstein Air Base was developed by the US Air Force in 1953.",
         [("construction", "ramstein", "US", "1953")]),
        ("Turkish engineers completed the redevelopment of Al-Watiya air base in 2021.",
         [("expansion", "al_watiya", "TR", "2021")]),
        ("Britain redeveloped RAF Akrotiri in 2019.", [("expansion", "akrotiri", "GB", "2019")]),
        # a weapon developed by its maker, a situation that develops, plans developed there: nothing built
        ("The F-35, developed by Lockheed Martin, flies from Ramstein Air Base.", []),
        ("The situation at Ramstein Air Base developed quickly in 2021.", []),
        ("The situation at Ramstein Air Base is developing.", []),
        ("Officials at Ramstein Air Base are developing new plans.", []),
    ],
)
def test_developing_builds_only_its_object(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # imagery reports tell building by the structure added, put up or begun
        ("Russia has added four new hangars at Hmeimim air base in May 2020.",
         [("construction", "hmeimim", "RU", "2020-05")]),
        ("Russia put up new barracks at Hmeimim air base in May 2020.", [("construction", "hmeimim", "RU", "2020-05")]),
        ("Workers laid the foundation stone of a new barracks at Camp Bondsteel in May 2020.",
         [("construction", "bondsteel", "US", "2020-05")]),
        ("China poured concrete for a new runway at Fiery Cross Reef in 2015.",
         [("construction", "fiery_cross", "CN", "2015")]),
        ("Dozens of new shelters have sprung up at Hmeimim air base since May 2020.",
         [("construction", "hmeimim", "RU", "2020-05")]),
        # with no structure, the same words build nothing
        ("The runway at Hmeimim air base is 3 km long, he added.", []),
        ("Russia added Hmeimim air base to its list of bases in 2020.", []),
        ("The minister laid a wreath at Hmeimim air base in May 2020.", []),
        ("Troops laid mines around Hmeimim air base in May 2020.", []),
    ],
)
def test_structures_added_are_built(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft that touch down at a base land there; an official who does visits it
        ("B-52 bombers touched down at Fairford air base in May 2020.", [("deployment", "fairford", "US", "2020-05")]),
        ("Two Chinese H-6 bombers touched down at Hmeimim air base on 3 May 2020.",
         [("deployment", "hmeimim", "CN", "2020-05-03")]),
        ("German Defence Minister Boris Pistorius touched down at Ramstein Air Base on Monday.",
         [("visit", "ramstein", "DE", "2021-03-01")]),
    ],
)
def test_touching_down_lands(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official who watches drills at a facility visits it, besides the drills
        ("The defence minister watched the live firing at Souda Bay naval base on 3 March 2021.",
         [("visit", "souda_bay", "GR", "2021-03-03")]),
        ("President Putin observed the exercise at the Mulino training ground on 13 September 2021.",
         [("visit", "mulino", "RU", "2021-09-13"), ("exercise", "mulino", "RU", "2021-09-13")]),
        # the official told before the commas of an apposition
        ("On Monday, Greece's army chief, General Nikos Aris, watched the live firing at Souda Bay naval base.",
         [("visit", "souda_bay", "GR", "2021-03-01")]),
        # analysts watching drills, or an official watching anything else, visit nothing
        ("Analysts watched the drills at the Mulino training ground closely.", [("exercise", "mulino", "RU", None)]),
        ("The defence minister watched a football match at Souda Bay naval base on 3 March 2021.", []),
    ],
)
def test_official_watching_drills_visits(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thrown or planted weapon named as the subject or object tells the attack on the gate's facility
        ("In March 2020 masked men threw petrol bombs at the main gate of Tartus naval base, the police said.",
         [("attack", "tartus", None, "2020-03")]),
        ("Last May a homemade bomb damaged the perimeter fence of Souda Bay naval base, police said.",
         [("attack", "souda_bay", None, "2020-05")]),
        ("An explosive device was hurled at the entrance of Tartus naval base in January 2021, wounding a guard.",
         [("attack", "tartus", None, "2021-01")]),
        ("Youths firebombed two lorries outside Souda Bay naval base in February 2021.",
         [("attack", "souda_bay", None, "2021-02")]),
    ],
)
def test_weapons_thrown_or_planted_attack(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
