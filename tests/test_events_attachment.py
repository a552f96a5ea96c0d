"""Events: which facility an event is told at (origins, relative clauses, 'the base'), on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from basewatch.extract.events import _cues
from event_rows import Row, events


def _at(rows: list[Row], kind: str) -> list[str | None]:
    return [facility for typ, facility, _, _ in rows if typ == kind]


@pytest.mark.parametrize(
    ("text", "kind", "facility"),
    [
        # drills told with forces flown in from one facility to another are held where they went
        ("During the Baltic Shield exercise in May, six Rafale jets were flown in from Mont-de-Marsan air base and "
         "spent ten days at Amari air base.", "exercise", "amari"),
        ("Marines took part in the drills after sailing from Souda Bay naval base to Larissa air base.", "exercise",
         "larissa"),
        ("For the Pitch Black drills, Indonesian Su-30s flew from Hasanuddin air base to RAAF Base Darwin in July.",
         "exercise", "raaf_darwin"),
        # drills run from two places are held at both, the first too
        ("Ships from nine navies took part in the drill, which was run from Souda Bay naval base and from the Greek "
         "navy's base at Salamis.", "exercise", "souda_bay"),
        # a relative clause on a ship or a group: the facility after its verb is the event's place
        ("They came with the landing ship Wuzhishan, which called at the port of Dar es Salaam on Saturday.", "visit",
         "dar-es-salaam-port"),
        ("Al-Shabaab, which attacked Camp Simba in January 2020, is still active.", "attack", "camp_simba"),
        # 'the base' after forces came from one facility to another is the one they went to
        ("A dozen F-16s flew into Ben Guerir air base last week from Aviano air base in Italy. The base's runway was "
         "resurfaced in 2020.", "expansion", "ben-guerir-air-base"),
        ("Helicopters arrived at Camp Bondsteel in May from Grafenwoehr training area. The base was expanded in 2019.",
         "expansion", "bondsteel"),
        ("The drills are spread over Ben Guerir air base and the Cap Draa training area. A dozen F-16s flew into Ben "
         "Guerir last week from Aviano air base in Italy. The base's runway was resurfaced in 2020.", "expansion",
         "ben-guerir-air-base"),
        # forces moved to a facility the sentence named before ('there', 'the base'): the one they came from is no
        # topic for the next 'the base'
        ("The fighter squadron at Kestrel air base has had the field to itself for years. Work on a new hangar began "
         "at the base in March, and four trainer jets were moved there from Pelham air base in June. The base's "
         "runway will be extended in 2027.", "expansion", "kestrel-air-base"),
        ("Marines have trained at Camp Alder since 2019. A fuel depot was finished at the camp in May, and a company "
         "of marines was sent there from Camp Brisk. The camp was expanded in 2024.", "expansion", "camp-alder"),
        ("The navy keeps its patrol boats at Port Halden naval base. Last month the base took in two corvettes from "
         "Sandvik naval base. The base is to be expanded next year.", "expansion", "port-halden-naval-base"),
        # forces moved to a facility named by an anaphor went elsewhere than the facility their sentence had them at;
        # forces that returned there went back to it
        ("The army opened Camp Rowan outside Hallam in July. The twelve helicopters that the army had kept at Camp "
         "Tiller near the capital were flown to the new camp in stages. The defence minister visited the camp on "
         "Saturday.", "visit", "camp-rowan"),
        ("The navy opened a new base at Port Kerran in March. Two frigates based at Sandvik naval base were moved to "
         "the new base in May. The base will be expanded next year.", "expansion", "port-kerran-base"),
        ("At Camp Tiller, outside Hallam, the regiment welcomed home a company that had spent four months abroad; the "
         "soldiers returned to the camp in July. The army will build new barracks at the camp next year.",
         "construction", "camp-tiller"),
        # a facility drills are run from is no origin: 'the base' is still it
        ("Maritime patrol aircraft hunted submarines from Souda Bay naval base during the exercise. The base was "
         "expanded in 2019.", "expansion", "souda_bay"),
        # the noun's own determiner opens it, not one two words before ('the minister of the navy toured the base')
        ("Ostland keeps two patrol boats at Kestrel naval base. Fishermen complain about the noise. The minister of "
         "the navy toured the base on Friday.", "visit", "kestrel-naval-base"),
    ],
)
def test_event_place(pipeline: Any, text: str, kind: str, facility: str) -> None:
    assert facility in _at(events(pipeline, text), kind)


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # forces flown after the sentence told where they were sent: the airfield is where the flight began
        ("The army sent 800 troops to Darfur, most of them flown from Wadi Seidna air base on Monday.",
         "wadi-seidna-air-base"),
        ("During the Baltic Shield exercise in May, six Rafale jets were flown in from Mont-de-Marsan air base and "
         "spent ten days at Amari air base.", "mont_de_marsan"),
    ],
)
def test_origin_is_no_place(pipeline: Any, text: str, origin: str) -> None:
    assert origin not in [facility for _, facility, _, _ in events(pipeline, text)]


def test_aircraft_that_have_flown_from_a_base_operate_there(pipeline: Any) -> None:
    assert events(pipeline, "US Reaper drones have flown from Larissa air base since 2020.") == [
        ("deployment", "larissa", "US", "2020")]


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        # an arrival told for a town, then the base there the forces live at, share or are based at: one event there
        ("The first group of Russian instructors arrived in Bamako in May 2022. According to a source, the contingent "
         "is housed at the Kati camp north of the capital.", "kati-camp"),
        ("Turkish military advisers arrived in Mogadishu in March, and some of them share Camp TURKSOM with Somali "
         "forces.", "turksom"),
        # a base the next sentence only names is no home of theirs
        ("Russian instructors arrived in Bangui in 2018. The Berengo camp was built in 1970.", None),
    ],
)
def test_arrival_in_a_town_housed_at_a_base(pipeline: Any, text: str, facility: str | None) -> None:
    assert _at(events(pipeline, text), "deployment") == [facility]


def test_town_in_a_road_name_is_no_base_of_it(pipeline: Any) -> None:
    # 'deployed to X' stands for X's one base, not for a checkpoint on the X-Y road
    rows = events(pipeline, "Police manned a checkpoint on the Kabul-Jalalabad highway in May. Some 300 troops were "
                            "deployed to Kabul in June.")
    assert ("deployment", None, "AF", "2020-06") in rows


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        # forces picked out by 'the last', 'the remaining' or their state that leave with no place of their own open a
        # sentence about the one facility the sentence before named, as 'The troops left' does
        ("Washington paid to lengthen the runway at Tarvik air base in 2004. The last US personnel left in May 2012.",
         "tarvik-air-base"),
        ("Paris rebuilt the hangars at Camp Sennar in 2015. The remaining French troops withdrew in March 2022.",
         "camp-sennar"),
    ],
)
def test_some_of_the_forces_leaving_leave_the_facility_told_before(pipeline: Any, text: str, facility: str) -> None:
    assert _at(events(pipeline, text), "withdrawal") == [facility]


@pytest.mark.parametrize(
    ("text", "kind", "facility"),
    [
        ("The army's small base at Arno Velez International Airport was enlarged with a second hangar this year.",
         "expansion", "arno-velez-international-airport-base"),
        ("Two transport helicopters landed at its base at Mbeli II International Airport in March.",
         "deployment", "mbeli-ii-international-airport-base"),
    ],
)
def test_what_is_done_at_a_base_at_an_airport_is_done_at_the_base(pipeline: Any, text: str, kind: str,
                                                                  facility: str) -> None:
    assert _at(events(pipeline, text), kind) == [facility]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark opened the Bornholm radar station in 2019. Danish and Polish warships held air defence drills off "
         "Bornholm in May.",
         [("construction", "bornholm-radar-station", "DK", "2019"), ("exercise", None, "DK", "2021-05")]),
        ("Sweden has extended the runway of the Gotland airfield at Visby. Swedish and Finnish marines held a landing "
         "exercise on the beaches of Gotland last week.",
         [("expansion", "gotland-airfield", "SE", None), ("exercise", None, "SE", "2021-06")]),
        ("Work on the Shikoku naval pier began in April. Japanese and Australian destroyers held anti-submarine drills "
         "south of Shikoku in June.",
         [("exercise", None, "JP", "2021-06"), ("construction", "shikoku-naval-pier", None, "2021-04")]),
    ],
)
def test_an_island_named_alone_is_the_island_not_the_facility_named_after_it(pipeline: Any, text: str,
                                                                             expected: list[Row]) -> None:
    # 'the X radar station' ... 'off X': where the places layer reads X as an island, drills there are at no facility
    assert events(pipeline, text, published="2021-07-01") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a coordinate clause opened by its own time and subject does not reach back to the facility before it
        "The frigate Hydra called at Souda Bay naval base on Sunday, and on Monday Greek and French warships held air "
        "defence drills south of the island.",
        "The frigate Hydra called at Souda Bay naval base in March, and last week Greek warships held drills south of "
        "the island.",
    ],
)
def test_drills_in_a_clause_of_their_own_time_are_at_no_facility_before(pipeline: Any, text: str) -> None:
    rows = events(pipeline, "Greece operates Souda Bay naval base on Crete. " + text)
    assert [row[1] for row in rows if row[0] == "exercise"] == [None]


@pytest.mark.parametrize(
    ("text", "facility", "at_it"),
    [
        # a facility's bare name in waters or on a shore ('the X lagoon', 'the Bay of X') names the place, not the
        # facility: drills there are at none (docs/data-model.md)
        ("The navy keeps its patrol boats at Kestrel naval base. On Saturday, sailors from an Australian patrol ship "
         "held a boarding drill in the Kestrel lagoon.", "kestrel-naval-base", False),
        ("The air force flies its patrols from Varden Air Base. In February, Spanish and Italian minehunters held a "
         "joint mine-clearance drill in the Bay of Varden.", "varden-air-base", False),
        # so too a landform's: 'the island of X'
        ("The navy keeps its patrol boats at Kestrel naval base. On Saturday, Australian marines held a landing drill "
         "on the island of Kestrel.", "kestrel-naval-base", False),
        # the bare name alone is still the facility
        ("The navy keeps its patrol boats at Kestrel naval base. On Saturday, sailors from an Australian patrol ship "
         "held a boarding drill at Kestrel.", "kestrel-naval-base", True),
    ],
)
def test_drills_in_waters_named_like_a_facility(pipeline: Any, text: str, facility: str, at_it: bool) -> None:
    assert (facility in _at(events(pipeline, text), "exercise")) is at_it


def test_came_from_takes_only_capitalised_words_of_a_name() -> None:
    # 'arrived from the Brisk air base': forces came from the facility named after 'from'; 'arrived from the old
    # hangars near X' names no origin in X (the pattern's case-blind words must not stretch over lower-case ones)
    came_from = _cues("en").came_from
    assert came_from.search("Six jets arrived from the Brisk ") is not None
    assert came_from.search("Six jets arrived from the old ") is None
    assert came_from.search("Six jets arrived from ") is not None


@pytest.mark.parametrize(
    "text",
    [
        # a ship's name makes the subject of the clause after ', and' long: the drills are not held at its port
        "Portuguese marines held a landing drill at sea on 4 June 2021, and the Portuguese corvette NRP Antonio Enes "
        "docked at Souda Bay naval base two days later.",
        "Portuguese marines held a landing drill at sea on 4 June 2021, and a Portuguese navy patrol ship named "
        "Setubal docked at Souda Bay naval base on 6 June 2021.",
    ],
)
def test_drills_in_a_clause_of_their_own_are_not_at_the_port_a_ship_docked_at(pipeline: Any, text: str) -> None:
    rows = events(pipeline, text)
    assert "souda_bay" in _at(rows, "visit")
    assert "souda_bay" not in _at(rows, "exercise")


def test_a_clause_after_and_whose_verb_is_to_come_keeps_the_works_told_before(pipeline: Any) -> None:
    # the works' place is the helicopters' too: 'would be parked' is no past verb of a clause of its own
    text = ("Greek sappers reached Souda Bay naval base on 3 May 2021. They are paving a second apron on the island, "
            "due to be finished in October 2022, and two Chinook helicopters would be parked on it after that.")
    assert ("construction", "souda_bay", "GR", "2022-10") in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Italian tanker aircraft landed at Souda Bay naval base on 3 May 2021 for Aegean Shield, a naval drill which "
        "Greece staged with its allies across the Cyclades.",
        "Greek helicopters touched down at Souda Bay naval base on 3 May 2021 to refuel during a search-and-rescue "
        "drill held throughout Thessaly and Epirus.",
    ],
)
def test_drills_spread_over_a_region_are_held_at_no_facility(pipeline: Any, text: str) -> None:
    rows = events(pipeline, text)
    assert _at(rows, "exercise") == [None]
    assert "souda_bay" in _at(rows, "deployment")


def test_drills_across_a_facility_are_held_there(pipeline: Any) -> None:
    text = "Greek marines held a night drill across the old runway at Souda Bay naval base on 3 May 2021."
    assert _at(events(pipeline, text), "exercise") == ["souda_bay"]
