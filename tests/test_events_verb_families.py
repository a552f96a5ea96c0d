"""Verb families of moving forces that read only with forces (or a facility) beside them: 'move', 'station',
'massing', 'posted to', 'due at', 'headed to', 'rolled into', 'crossed into'."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import OPENING, Row, events, of_type, unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of moving with forces or their craft as its object
        ("The Hellenic Navy will station two frigates at Souda Bay naval base next year.",
         [("deployment", "souda_bay", "GR", "2022")]),
        ("The Royal Danish Air Force will move its F-16 jets to Skrydstrup air base in June.",
         [("deployment", "skrydstrup", "DK", "2021-06")]),
        # boats and single ships are what a navy or coast guard moves too
        ("The Hellenic Coast Guard will station a fast patrol vessel at Souda Bay naval base from next summer.",
         [("deployment", "souda_bay", "GR", "2021")]),
        ("The Greek navy will station three small boats at Souda Bay naval base in June.",
         [("deployment", "souda_bay", "GR", "2021-06")]),
        ("The Hellenic Coast Guard will station a cutter at Souda Bay naval base in July.",
         [("deployment", "souda_bay", "GR", "2021-07")]),
        ("The Hellenic Air Force will station four interceptors at Souda Bay naval base in June.",
         [("deployment", "souda_bay", "GR", "2021-06")]),
        ("The Greek navy will station a ship at Souda Bay naval base in June.",
         [("deployment", "souda_bay", "GR", "2021-06")]),
        # forces or their craft that move themselves, where they go after the verb (a relative clause may stand
        # between the subject and the verb)
        ("Two Danish F-16 squadrons, which now fly from Aalborg, will move to Skrydstrup air base in June.",
         [("deployment", "skrydstrup", "DK", "2021-06")]),
        ("The Greek navy's oldest patrol boat will be moving from Piraeus to Souda Bay naval base in May.",
         [("deployment", "souda_bay", "GR", "2021-05")]),
        # the verb 'base' after 'to' or a word of the future, with forces or their craft as its object
        ("Under a deal signed in May, Denmark will base four F-35 jets at Skrydstrup air base next year.",
         [("deployment", "skrydstrup", "DK", "2022")]),
        ("Latvia intends to base 200 soldiers at Camp Tapa from next January.",
         [("deployment", "tapa", "LV", "2022-01")]),
        # forces that are posted, head or roll somewhere
        ("Some 300 Estonian soldiers were posted to Camp Tapa in January.",
         [("deployment", "tapa", "EE", "2021-01")]),
        # 'posted' with its object or its time before the place
        ("Estonia's defence forces posted 300 soldiers and a dozen howitzers to Camp Tapa in January.",
         [("deployment", "tapa", "EE", "2021-01")]),
        ("Latvian troops were posted for six months to Camp Tapa in February.",
         [("deployment", "tapa", "LV", "2021-02")]),
        # a day right after 'posted on' is when, not where online
        ("Forty Lithuanian soldiers were posted on 3 February to Camp Tapa.",
         [("deployment", "tapa", "LT", "2021-02-03")]),
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
    ("text", "expected"),
    [
        # forces yet to be stationed or based somewhere arrive there, dated or not; with no state of theirs named,
        # those of the state the story is about, not the host's
        ("The Danish army is reorganising its units. An air-defence company will be stationed at Camp Tapa.",
         [("deployment", "tapa", "DK", None)]),
        ("From next year two Danish patrol boats will be based at Souda Bay naval base, on a rotation with Norway.",
         [("deployment", "souda_bay", "DK", "2022")]),
    ],
)
def test_forces_yet_to_be_stationed(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun, or a verb with no forces as object
        "The move to Amari air base was criticised by officials in Tallinn.",
        "Work at Amari air base is moving ahead, where crews were moving earth in May.",
        "The debate over the future of Amari air base will move to parliament in May.",
        "The Wrangel Island radar station at Cape Schmidt is due to open next year.",
        # an attack of many drones, not forces gathering
        "Air defences repelled a massed drone attack on Engels air base on Monday.",
        # 'due at' of no facility; 'posted to' of no forces
        "The runway at Amari air base is long. The report is due at the end of the month.",
        "Amari air base hosts 900 soldiers. Officials posted to Amari air base say morale is high.",
        # 'to base' of no forces, or of a base able to take them
        "The mechanics got a lift back to base at Amari air base in May.",
        "Officials at Amari air base said the runway is long enough to base fighters there.",
        # photos posted online, even of soldiers at a base
        "In January a local blogger posted photos of the new hangars at Amari air base.",
        "A video posted on Telegram on Monday showed soldiers walking to Camp Tapa.",
    ],
)
def test_no_moving_without_forces(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "deployment") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops were massing near the Ukrainian border in January 2021.",
         [("deployment", None, "RU", "2021-01")]),
        ("Ethiopian troops crossed into Somalia in February 2021.", [("deployment", None, "ET", "2021-02")]),
    ],
)
def test_forces_gathering_or_crossing(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


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
    text = OPENING + "Some of the 60 Russian diplomats being expelled from the United States left on Friday."
    assert of_type(pipeline, text, "withdrawal") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official who attends, supervises or presides over drills or a ceremony at a facility visits it
        ("The Estonian defence minister attended a ceremony at Camp Tapa on 26 February.",
         [("visit", "tapa", "EE", "2021-02-26")]),
        ("The Latvian army chief supervised a live-fire exercise at Camp Tapa on 1 February.",
         [("visit", "tapa", "LV", "2021-02-01"), ("exercise", "tapa", "LV", "2021-02-01")]),
        # the passive, its official after 'by'
        ("A parade at Camp Tapa was attended by the Estonian president on 24 February.",
         [("visit", "tapa", "EE", "2021-02-24")]),
        # the handover attended is the one told before, and its time the visit's
        ("Britain handed Camp Tapa to Estonia at a ceremony on 4 February. About 80 British soldiers stay on. "
         "The British defence secretary attended the handover.",
         [("withdrawal", "tapa", "GB", "2021-02-04"), ("visit", "tapa", "GB", "2021-02-04")]),
    ],
)
def test_officials_attending(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no office holder, or nothing attended that is drills or a ceremony
        "About 400 students attended classes at Camp Tapa in February.",
        "A Finnish company supervised the paving of the apron at Amari air base in February.",
    ],
)
def test_attending_without_an_official(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "visit") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of two states training together at a facility: the host's drills
        ("US Marines trained alongside Estonian soldiers at Camp Tapa in February.",
         [("exercise", "tapa", "EE", "2021-02")]),
        ("Estonian special forces are training with American instructors at Camp Tapa this month.",
         [("exercise", "tapa", "EE", "2021-03")]),
    ],
)
def test_training_together(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegian troops held winter training in Finnmark in February.", [("exercise", None, "NO", "2021-02")]),
    ],
)
def test_named_training(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a place, a unit or a course named by the words; training that is only a move's purpose
        "Camp Tapa is a field training area of the Estonian army.",
        "Amari air base hosts the combat training squadron of the Estonian air force.",
        "About 400 US Marines arrived at Camp Tapa in February for cold-weather training.",
    ],
)
def test_training_words_that_name_no_drills(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "exercise") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces flown in or a garrison bolstered: more forces came
        ("The United States airlifted 300 soldiers to Camp Tapa in February.",
         [("deployment", "tapa", "US", "2021-02")]),
        ("Britain bolstered its garrison at Camp Tapa with 200 more troops in February.",
         [("deployment", "camp-tapa-garrison", "GB", "2021-02")]),
        # a contingent cut, a base decommissioned: forces leave
        ("France cut its contingent at Camp Tapa from 350 to 80 in February.",
         [("withdrawal", "tapa", "FR", "2021-02")]),
        # torched, looted: an attack on the place
        ("Rioters torched the gate of Camp Tapa on 2 February.", [("attack", "tapa", None, "2021-02-02")]),
        # works overhauling what stands, and land cleared for something new
        ("The Estonian air force overhauled the runway at Amari air base in 2020.",
         [("expansion", "amari", "EE", "2020")]),
        ("Engineers cleared land for a new hangar at Amari air base in 2020.",
         [("construction", "amari", "EE", "2020")]),
        # drills rehearsed
        ("Estonian troops rehearsed a river crossing at Camp Tapa in February.",
         [("exercise", "tapa", "EE", "2021-02")]),
    ],
)
def test_more_verb_families(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_ceremony_of_the_event_told_before(pipeline: Any) -> None:
    text = ("The Spring Storm exercise closed on 26 February at Camp Tapa. The closing ceremony was attended by the "
            "Estonian president.")
    assert ("visit", "tapa", "EE", "2021-02-26") in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces that enter a land, a town or a facility are deployed there
        ("About 400 Chinese soldiers with armoured vehicles entered Laos on 2 February.",
         [("deployment", None, "CN", "2021-02-02")]),
        ("In February Kenyan units also entered the town of Kismayo.", [("deployment", None, "KE", "2021-02")]),
    ],
)
def test_forces_entering_a_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


def test_forces_entering_a_facility(pipeline: Any) -> None:
    assert events(pipeline, "Kenyan troops entered Kismayo air base in October 2012.") == [
        ("deployment", "kismayo-air-base", "KE", "2012-10")]


@pytest.mark.parametrize(
    "text",
    [
        # entering talks, or a treaty entering into force, is no move
        "The Russian army entered talks with the rebels in May.",
        "The agreement entered into force in 2020, when 200 Russian troops were on the island.",
    ],
)
def test_entering_no_place(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, OPENING + text, "deployment") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new structure a facility gets, or a state pays for, is built there
        ("Amari air base will get a new control tower in 2023.", [("construction", "amari", "EE", "2023")]),
        ("Camp Tapa will receive new barracks by 2023.", [("construction", "tapa", "EE", "2023")]),
        # a new structure told as the subject of 'appeared' or of a passive 'added'
        ("New hardened shelters have appeared at Amari air base since the summer.",
         [("construction", "amari", "EE", None)]),
        ("A new taxiway has been added at Amari air base.", [("construction", "amari", "EE", None)]),
        # forces that take over from or replace other forces
        ("Some 200 German soldiers took over from the Dutch at Camp Tapa in February.",
         [("deployment", "tapa", "DE", "2021-02")]),
    ],
)
def test_new_structures_and_reliefs(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no structure, or nothing new, after or before the verb
        "Amari air base will get a new commander in February.",
        "The runway at Amari air base appeared intact in images from February.",
        # things replaced that are no forces
        "The Estonian navy replaced the runway lights at Amari air base in February.",
    ],
)
def test_no_structure_no_relief(pipeline: Any, text: str) -> None:
    assert [row for row in events(pipeline, text) if row[0] in ("construction", "deployment")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office holder who comes, goes, or meets or addresses the troops at a facility visits it
        ("The Estonian prime minister went to Camp Tapa on 26 February.", [("visit", "tapa", "EE", "2021-02-26")]),
        ("The Estonian defence minister addressed the troops at Camp Tapa on 26 February.",
         [("visit", "tapa", "EE", "2021-02-26")]),
        # a ship that calls in
        ("The USS Ross called in at Souda Bay naval base on 26 February.",
         [("visit", "souda_bay", "US", "2021-02-26")]),
    ],
)
def test_more_visits(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # idioms of coming and going
        "The general came to power in a coup at Camp Tapa in 2020.",
        "The money went to Camp Tapa in 2020.",
    ],
)
def test_no_trip(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "visit") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new structure handed over is finished: a construction, not a withdrawal
        ("Builders handed over two new barracks blocks at Camp Tapa in February.",
         [("construction", "tapa", "EE", "2021-02")]),
        ("At Amari air base, a new maintenance hangar for the air force's helicopters was handed over in February.",
         [("construction", "amari", "EE", "2021-02")]),
        # a structure told for the first time ('a', a number) is a new one
        ("At Amari air base, a fuel depot for the jets was handed over in February.",
         [("construction", "amari", "EE", "2021-02")]),
        # the new structure may be told before an aside between commas
        ("Two new shelters at Amari air base, each large enough for a tanker, were handed over in February.",
         [("construction", "amari", "EE", "2021-02")]),
        # handed over right after being built: the end of those works, no one leaves
        ("The radar tower at Amari air base, built by Germany and handed over in February, is working.",
         [("construction", "amari", "DE", "2021-02")]),
        # a facility handed over is left
        ("Britain handed over Camp Tapa to the Estonian army in February.", [("withdrawal", "tapa", "GB", "2021-02")]),
    ],
)
def test_new_structure_handed_over(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_a_structure_told_before_handed_over_is_left(pipeline: Any) -> None:
    text = "Its old headquarters at Camp Tapa was handed over to the Estonian army in February."
    assert [row[:2] for row in events(pipeline, text)] == [("withdrawal", "tapa")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces that reach a facility or a town are deployed there
        ("The first rotation of Danish troops reached Camp Tapa in February.",
         [("deployment", "tapa", "DK", "2021-02")]),
        # aircraft seen at a facility for the first time came there
        ("Four Su-34 jets have appeared at Amari air base, satellite images show.",
         [("deployment", "amari", "RU", None)]),
        # planned hosting of forces
        ("Amari air base will host a US drone squadron from next year.", [("deployment", "amari", "US", "2022")]),
    ],
)
def test_reaching_appearing_hosting(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_reaching_a_town(pipeline: Any) -> None:
    text = OPENING + "Ethiopian troops reached the town of Gondar in February."
    assert unplaced(pipeline, text) == [("deployment", None, "ET", "2021-02")]


@pytest.mark.parametrize(
    "text",
    [
        "The two armies reached a deal at Camp Tapa in February.",
        "Amari air base will host a conference on air defence in February.",
    ],
)
def test_no_reaching_no_hosting(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "deployment") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft spotted or seen at a facility were deployed there
        ("Four Su-34 jets were spotted at Amari air base on 3 February.",
         [("deployment", "amari", "RU", "2021-02-03")]),
        # weapons set up at a facility are deployed; a base set up is built
        ("Russian S-400 launchers were set up at Amari air base in February.",
         [("deployment", "amari", "RU", "2021-02")]),
    ],
)
def test_craft_seen_or_set_up(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_official_seen_is_no_deployment(pipeline: Any) -> None:
    assert events(pipeline, "The Estonian defence minister was seen at Amari air base on 3 February.") == []


def test_port_call_in_a_town(pipeline: Any) -> None:
    text = OPENING + "Chinese warships made a port call in Colombo in February."
    assert unplaced(pipeline, text) == [("visit", None, "CN", "2021-02")]


@pytest.mark.parametrize(
    "text",
    [
        # work on something new begun at a facility builds it, with no time the text resolves (last week ran across
        # two months)
        "Work on a barracks complex for 1,200 soldiers began at Camp Tapa last week.",
        "Work on a new fuel depot began at Camp Tapa, officials said.",
    ],
)
def test_work_begun_with_no_time(pipeline: Any, text: str) -> None:
    assert events(pipeline, text, published="2021-04-07") == [("construction", "tapa", "EE", None)]


def test_new_structures_rising_and_work_said_to_have_started(pipeline: Any) -> None:
    text = ("Satellite images taken on 2 February show six new hangars rising at Amari air base. Images from December "
            "show the same ground empty, and the work appears to have started in January.")
    assert events(pipeline, text) == [("construction", "amari", "EE", "2021-01")]


def test_rising_without_anything_new(pipeline: Any) -> None:
    assert events(pipeline, "The runway at Amari air base is rising above the flood plain.") == []


def test_training_alongside_ahead(pipeline: Any) -> None:
    text = "US soldiers will train alongside Estonian paratroopers at Camp Tapa next week."
    assert events(pipeline, text) == [("exercise", "tapa", "EE", "2021-03")]


@pytest.mark.parametrize(
    "text",
    [
        "US soldiers reached Camp Tapa on 20 February. They held drills with Estonian paratroopers there on 22 "
        "February.",
        "US soldiers reached Camp Tapa on 20 February. They trained with Estonian paratroopers there on 22 February.",
    ],
)
def test_drills_there(pipeline: Any, text: str) -> None:
    assert ("exercise", "tapa") in [row[:2] for row in events(pipeline, text)]


def test_from_there_is_no_place_of_drills(pipeline: Any) -> None:
    text = "US soldiers reached Camp Tapa on 20 February. There are drills planned from there to Riga in March."
    assert ("exercise", "tapa") not in [row[:2] for row in events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new kit of the kind a station runs on, received in place of its old, upgrades it
        ("The Haldor radar site of the Danish air force received a new three-dimensional radar in May 2020.",
         ("expansion", "DK", "2020-05")),
        ("The Haldor radar site of the Danish air force will receive a new coastal surveillance radar in 2022.",
         ("expansion", "DK", "2022")),
        # a new structure received is built
        ("The Haldor radar site of the Danish air force received a new barracks block in May 2020.",
         ("construction", "DK", "2020-05")),
    ],
)
def test_new_kit_received_upgrades(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert [(t, a, d) for t, f, a, d in events(pipeline, text) if f] == [expected]
