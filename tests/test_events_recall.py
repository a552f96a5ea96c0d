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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun owned by a state, at no facility
        ("The runway at Rovno air base was lengthened in 2020. After Azerbaijan's lightning offensive in September "
         "2023, most residents fled.", ("attack", None, "AZ", "2023-09")),
        ("The runway at Rovno air base was lengthened in 2020. Russia's invasion of Ukraine in February 2022 changed "
         "everything.", ("attack", None, "RU", "2022-02")),
        # a visit noun with its visitor's state after 'by'
        ("The runway at Rovno air base was lengthened in 2020. The deal was signed during a visit by French President "
         "Emmanuel Macron in August 2020.", ("visit", None, "FR", "2020-08")),
        # a stay dated by the event it began with
        ("The runway at Rovno air base was lengthened in 2020. About 2,000 Russian troops have been stationed in "
         "Transnistria since the ceasefire of July 1992.", ("deployment", None, "RU", "1992-07")),
        # 'its' forces: the state the sentence before is about
        ("The runway at Rovno air base was lengthened in 2020. Russia is expanding its footprint in Africa. Its "
         "instructors arrived in Bamako in 2021.", ("deployment", None, "RU", "2021")),
        # forces told with 'the' after a sentence naming whose they are
        ("The runway at Rovno air base was lengthened in 2020. About 300 Estonian soldiers trained in Tapa. The "
         "soldiers were sent to Mali in 2021.", ("deployment", None, "EE", "2021")),
        ("The runway at Rovno air base was lengthened in 2020. Turkish troops landed in northern Cyprus in 1974.",
         ("deployment", None, "TR", "1974")),
    ],
)
def test_more_events_at_no_facility(pipeline: Any, text: str, expected: tuple[str, None, str, str]) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'it' struck, in a sentence naming one facility before, is that facility
        ("Moscow handed Vaziani air base to Georgia in 2001, and Russian aircraft bombed it in August 2008.",
         ("attack", "RU", "2008-08")),
        # a 'when' clause happens at the time of the clause before
        ("Russian aircraft bombed Vaziani air base in August 2008, when they also struck the port of Poti.",
         ("attack", "RU", "2008-08")),
        # a time after the verb is no object of it
        ("In 2019, Turkey deployed drones to Gecitkale air base, which it had upgraded a year earlier.",
         ("expansion", "TR", "2018")),
        # moving in, with no place of its own, is at the facility the sentence named
        ("French forces vacated Camp Kossei in January 2025 and Chadian soldiers moved in.",
         ("deployment", "TD", "2025-01")),
        ("The Pentagon shuttered Camp Taji in 2020.", ("withdrawal", "US", "2020")),
        ("The Americans ceased operations at Manas air base in June 2014.", ("withdrawal", "US", "2014-06")),
        ("Latvia took delivery of its first HIMARS launchers at Camp Adazi in 2023.", ("deployment", "LV", "2023")),
    ],
)
def test_second_events_at_a_facility(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [(t, a, d) for t, _, a, d in events(pipeline, text, published="2025-05-10")]


def test_the_struck_port_of_a_when_clause_is_its_own_target(pipeline: Any) -> None:
    found = events(pipeline, "Russian aircraft bombed Vaziani air base in August 2008, when they also struck the "
                             "port of Poti.", published="2025-05-10")
    assert len({f for t, f, _, _ in found if t == "attack"}) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # organisations' missions and forces move though no state does
        ("The runway at Rovno air base was lengthened in 2020. UN peacekeepers withdrew from Mali in 2023.",
         ("withdrawal", None, None, "2023")),
        ("The runway at Rovno air base was lengthened in 2020. NATO troops arrived in Kosovo in 1999.",
         ("deployment", None, None, "1999")),
        # an armed group is coded by the land it fights from
        ("The runway at Rovno air base was lengthened in 2020. Houthi rebels attacked a cargo ship in the Red Sea in "
         "January 2024.", ("attack", None, "YE", "2024-01")),
        # numbers among the words before the destination
        ("The runway at Rovno air base was lengthened in 2020. The deployment of 3,000 US troops to Poland in 2022 "
         "was announced by the Pentagon.", ("deployment", None, "US", "2022")),
        # forces in a country, withdrawn
        ("The runway at Rovno air base was lengthened in 2020. In 2019 the UAE drew down its forces in Yemen.",
         ("withdrawal", None, "AE", "2019")),
        ("The runway at Rovno air base was lengthened in 2020. Burundi recalled its troops from Congo in 2024.",
         ("withdrawal", None, "BI", "2024")),
        ("The runway at Rovno air base was lengthened in 2020. The Rwandan contingent ended its deployment in "
         "Mozambique in December 2024.", ("withdrawal", None, "RW", "2024-12")),
        ("The runway at Rovno air base was lengthened in 2020. The US Marines rotated out of Darwin in October 2024.",
         ("withdrawal", None, "US", "2024-10")),
    ],
)
def test_moves_of_organisations_and_groups(pipeline: Any, text: str, expected: tuple[str, None, str, str]) -> None:
    assert expected in events(pipeline, text)


def test_no_move_elsewhere_is_carried_to_the_facility_before(pipeline: Any) -> None:
    text = "The runway at Rovno air base was lengthened in 2020. In 2019 the UAE drew down its forces in Yemen."
    assert [f for t, f, _, _ in events(pipeline, text) if t == "withdrawal"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'reinforced' before a structure only qualifies it: the building is told by 'construction'
        ("Construction of reinforced shelters for aircraft began at Engels air base in October 2024.",
         [("construction", "2024-10")]),
        # work dated, at the facility named before it in the sentence
        ("Crews practised rescue at sea from Lajes air base in March 2025, and work began in January 2025 on a new "
         "control tower.", [("exercise", "2025-03"), ("construction", "2025-01")]),
        # an official in lower case who flies somewhere visits it
        ("Japan's prime minister flew to Camp Lemonnier in 2023.", [("visit", "2023")]),
        ("The Chinese defence minister was shown around Ream Naval Base in April 2025.", [("visit", "2025-04")]),
        ("The navy added a new perimeter wall and watchtowers at Camp Adazi in 2023.", [("construction", "2023")]),
    ],
)
def test_more_readings_at_a_facility(pipeline: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, d) for t, _, _, d in events(pipeline, text, published="2025-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of no state named, moved in a story about one state, are that state's
        ("Estonia's ally France has long trained in the Baltics. France reinforced its presence there last year. Some "
         "300 French-trained soldiers were sent to Tapa air base in 2021. Later, 200 more soldiers were sent to "
         "Latvia in 2022.", ("deployment", None, "FR", "2022")),
    ],
)
def test_forces_of_the_story(pipeline: Any, text: str, expected: tuple[str, None, str, str]) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # no forces in the clause: no move of the story's state
        "Tapa air base was built by France in 2015. Many young people leave Latvia every year, officials say.",
        # armed men of no group are no state's
        "Tapa air base was built by France in 2015. In 2019, gunmen attacked police near the town of Valga.",
    ],
)
def test_no_story_state_without_forces(pipeline: Any, text: str) -> None:
    assert [(t, a) for t, f, a, _ in events(pipeline, text) if f is None and a == "FR"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # use from a base with the time it began tells an arrival then
        ("US MQ-9 Reaper drones have operated from Lask air base since 2018.", ("deployment", "US", "2018")),
        ("A small team of US Army surveyors has worked from Lask air base since March.",
         ("deployment", "US", "2025-03")),
        # a base that takes in forces
        ("Lask air base welcomed a squadron of US F-22s in 2023.", ("deployment", "US", "2023")),
        ("The base at Camp Adazi became home to a Canadian-led battlegroup in 2017.", ("deployment", "CA", "2017")),
        ("US Patriot batteries were positioned at Rzeszow airport in 2022.", ("deployment", "US", "2022")),
        ("Polish troops took up positions at Rzeszow airport in 2022.", ("deployment", "PL", "2022")),
    ],
)
def test_more_arrivals_at_a_facility(pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert [(t, a, d) for t, _, a, d in events(pipeline, text, published="2025-05-10")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # use with no time it began, and a welcome of no forces, tell no move
        "US MQ-9 Reaper drones operate from Lask air base.",
        "Lask air base welcomed the decision in 2023.",
        # working from a base, with no forces, is no presence of forces
        "Civilian mechanics have worked from Lask air base since 2019.",
        "US Army surveyors work from Lask air base.",
    ],
)
def test_standing_use_and_welcome_are_no_move(pipeline: Any, text: str) -> None:
    assert events(pipeline, text, published="2025-05-10") == []


def test_flying_from_one_base_to_another(pipeline: Any) -> None:
    # 'from X to Y': X is where the aircraft came from, Y where they went
    text = "US F-35s flew from Lakenheath air base to Lask air base in March 2024."
    assert [(t, a, d) for t, _, a, d in events(pipeline, text, published="2025-05-10")] == [
        ("deployment", "US", "2024-03")]
    assert "lakenheath" not in str(events(pipeline, text, published="2025-05-10"))


@pytest.mark.parametrize(
    "text",
    [
        # a move or sighting placed at a country or town of its own is not the facility's of the sentence before
        "The runway at Rovno air base was lengthened in 2020. Two Russian bombers flew near Alaska in August 2023.",
        "The runway at Rovno air base was lengthened in 2020. Drones were spotted over Danish airports in Denmark "
        "in September 2023.",
    ],
)
def test_placed_elsewhere_is_not_carried_over(pipeline: Any, text: str) -> None:
    assert [t for t, f, _, _ in events(pipeline, text) if f is not None] == ["expansion"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shot that came down at a place is a strike there, by whoever fired it
        ("Last October, rockets fired by Hezbollah landed inside Camp Kessel and damaged a store.",
         [("attack", "camp-kessel", "LB", "2020-10")]),
        ("Two mortar rounds fell inside Camp Kessel on Sunday, the army said.",
         [("attack", "camp-kessel", None, "2021-02-28")]),
        ("A Houthi missile fell near Camp Kessel in October 2019, injuring six people.",
         [("attack", "camp-kessel", "YE", "2019-10")]),
        # aircraft that land arrive; whatever else falls is no event
        ("Two Rafale jets landed at Camp Kessel on Monday.", [("deployment", "camp-kessel", "FR", "2021-03-01")]),
        ("Revenue at Camp Kessel fell by a third last year.", []),
        ("The old hangar at Camp Kessel fell into disuse.", []),
    ],
)
def test_shots_that_land(pipeline: Any, text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces staying at a base since a time came there then; with no time, or no forces, it is where they are
        ("Two Italian Eurofighter Typhoons have been at Camp Kessel since September for air policing training.",
         [("deployment", "camp-kessel", "IT", "2020-09")]),
        ("Two Italian Eurofighter Typhoons have been at Camp Kessel for two weeks.", []),
        ("The minister has been at Camp Kessel since Monday.", []),
        # a new structure as subject, however long its description, before a verb of rising
        ("Three new hangars large enough for medium-altitude drones have gone up at Camp Kessel in 2020.",
         [("construction", "camp-kessel", None, "2020")]),
    ],
)
def test_stays_since_and_structures_risen(
        pipeline: Any, text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a craft lost at a base is an 'other' event there, of the base's operator when no state is named
        ("Camp Kessel is run by the Albanian Air Force. On Sunday a MiG-29 crashed on landing at Camp Kessel.",
         ("other", "camp-kessel", "AL", "2021-02-28")),
        ("On Sunday a Mirage 2000 of the French air force crashed at Camp Kessel.",
         ("other", "camp-kessel", "FR", "2021-02-28")),
    ],
)
def test_craft_crashed_at_a_base(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in events(pipeline, text)


def test_crash_of_no_craft_is_no_event(pipeline: Any) -> None:
    assert all(t != "other" for t, *_ in events(pipeline, "The website crashed on Sunday after Camp Kessel opened."))



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going home leaves the base the forces came to, not the one they came from
        ("A Belgian transport flew into Keel airport from Melsbroek air base on Monday and will fly back on 9 "
         "March.", ("withdrawal", "keel-airport")),
        ("Two Danish frigates reached the naval base at Korsvik in May and will sail home in August.",
         ("withdrawal", "korsvik-naval-base")),
        ("The Polish crews will stay at Ravno air base until the end of June before returning home.",
         ("withdrawal", "ravno-air-base")),
    ],
)
def test_going_home_leaves_the_base_reached(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(t, f) for t, f, _, _ in events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Dutch F-35s rotated in from Volkel air base for the drill and began flying home on Thursday.", "volkel"),
        ("A Belgian transport flew into Keel airport from Melsbroek air base on Monday and will fly back on 9 "
         "March.", "melsbroek"),
    ],
)
def test_going_home_leaves_no_origin(pipeline: Any, text: str, origin: str) -> None:
    assert not [f for t, f, _, _ in events(pipeline, text) if t == "withdrawal" and f and origin in f]


def test_flying_back_to_a_base_is_arriving_there(pipeline: Any) -> None:
    rows = events(pipeline, "Six Kenyan trainer jets flew back to Laikipia air base on Monday after its runway was "
                            "rebuilt.")
    assert ("deployment", "laikipia-air-base", "KE", "2021-03-01") in rows
    assert not [r for r in rows if r[0] == "withdrawal"]


def test_going_home_are_those_who_came(pipeline: Any) -> None:
    rows = events(pipeline, "A Belgian transport flew into Keel airport from Melsbroek air base on "
                            "Monday and will fly back on 9 March.")
    assert ("withdrawal", "keel-airport", "BE", "2021-03-09") in rows


def test_going_home_from_where_sorties_flew(pipeline: Any) -> None:
    # forces that flew sorties from a base served there: going home, they leave it
    rows = events(pipeline, "Two Greek firefighting planes, which had flown patrols from Ravno air base during the "
                            "summer, went home in October.")
    assert ("withdrawal", "ravno-air-base", "GR", "2020-10") in rows


def test_leaving_the_island_leaves_where_the_forces_came(pipeline: Any) -> None:
    # the island told after forces came to a facility on it is where they leave from
    rows = events(pipeline, "Three Danish patrol planes landed at Vorn airfield on Monday for a month of training. "
                            "They will leave the island in April, a spokesman said.")
    assert ("withdrawal", "vorn-airfield", "DK", "2021-04") in rows


def test_an_official_flying_to_the_island_visits_where_forces_came(pipeline: Any) -> None:
    rows = events(pipeline, "Four Norwegian jets arrived at Vorn airfield on Monday. The harbour of the island is "
                            "small. Its mayor runs a bakery. The Norwegian defence minister flew to the island on "
                            "Tuesday to meet the pilots.")
    assert ("visit", "vorn-airfield", "NO", "2021-02-23") in rows


def test_the_island_is_no_facility_far_from_its_forces(pipeline: Any) -> None:
    # forces that leave an island long after others came are other forces
    rows = events(pipeline, "Four Norwegian jets arrived at Vorn airfield on Monday. The harbour of the island is "
                            "small. Its mayor runs a bakery. The police's last patrol boat left the island in 2011.")
    assert not [r for r in rows if r[0] == "withdrawal" and r[1]]


@pytest.mark.parametrize(
    "text",
    [
        # an office in lower case or a rank of its own before the name: the traveller visits
        "Defence undersecretary Marta Rossi flew to Vorn airfield on Monday to meet the crews.",
        "The head of the air force, Air Marshal Jon Dale, flew to Vorn airfield on Monday to meet the crews.",
    ],
)
def test_an_office_holder_who_flies_there_visits(pipeline: Any, text: str) -> None:
    assert [r[0] for r in events(pipeline, text) if r[1] == "vorn-airfield"] == ["visit"]


_CAME = "A Danish F-16 detachment landed at Vorn airfield on Monday to train with the island's own squadron. "


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("The jets will leave in April, a spokesman said.", "2021-04"),
        ("The pilots enjoy the island's fish. They are due to fly home on 2 April.", "2021-04-02"),
        # a clause of time after the verb, and where they go
        ("The detachment will go home when the training ends.", None),
        ("The jets will leave for Aalborg in April.", "2021-04"),
    ],
)
def test_forces_that_came_leave_where_they_came(pipeline: Any, tail: str, date: str | None) -> None:
    rows = events(pipeline, _CAME + tail)
    assert ("withdrawal", "vorn-airfield", date) in [(t, f, d) for t, f, _, d in rows]


@pytest.mark.parametrize(
    "tail",
    [
        # a speaker leaving, and forces with a place of their own
        '"We leave with pride," the squadron commander said in April.',
        "Danish soldiers serving in Mali returned home in April.",
        # a place after the verb is what they leave
        "The jets left Copenhagen in April.",
    ],
)
def test_leaving_with_a_place_of_its_own_is_not_where_forces_came(pipeline: Any, tail: str) -> None:
    rows = events(pipeline, _CAME + tail)
    assert not [r for r in rows if r[0] == "withdrawal" and r[1] == "vorn-airfield"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Engineers have rebuilt the navy's outpost at Rivo, a short walk from Rivo airport. Two patrol boats moved "
         "there from Tamsk in June.", ("deployment", "rivo-outpost", "2021-06")),
        ("The coast guard keeps a station at Kessa Bay, just outside Kessa airport. Contractors built a fuel depot "
         "there in 2019.", ("construction", "kessa-bay-station", "2019")),
    ],
)
def test_there_after_the_verb_is_the_one_facility_not_only_locating(
        pipeline: Any, text: str, expected: tuple[str, str, str]) -> None:
    # a facility named only as what the other is next to or near is not what 'there' stands for
    assert expected in [(t, f, d) for t, f, _, d in events(pipeline, text, published="2021-09-01")]


def test_there_after_two_facilities_places_no_move(pipeline: Any) -> None:
    rows = events(pipeline, "Greek jets are based at Vorn airfield and Greek ships at Kessa naval base. A company of "
                            "marines moved there from Tamsk in June.", published="2021-09-01")
    assert not [r for r in rows if r[0] == "deployment" and r[1]]


# An article about one airfield, then sentences about the island that name no facility.
_ONE_FIELD = ("Four Dutch patrol planes landed at Vorn airfield on Monday. The island has a fishing fleet of about 40 "
              "boats. Its harbour freezes in most winters. ")


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("The coast guard will put up a second hangar for its aircraft in 2023.", ("construction", "2023")),
        ("Contractors widened the apron in 2019.", ("expansion", "2019")),
    ],
)
def test_works_on_a_hangar_are_at_the_one_airfield(pipeline: Any, tail: str, expected: tuple[str, str]) -> None:
    rows = events(pipeline, _ONE_FIELD + tail)
    assert (expected[0], "vorn-airfield", expected[1]) in [(t, f, d) for t, f, _, d in rows]


@pytest.mark.parametrize(
    "tail",
    [
        # a base besides the airfield may be the one whose hangar it is
        "Kessa naval base lies across the bay. The coast guard will put up a second hangar for its aircraft in 2023.",
        # the apron only places the works
        "A fuel depot beside the apron was built in 2019.",
    ],
)
def test_a_hangar_of_no_one_airfield_places_no_works(pipeline: Any, tail: str) -> None:
    rows = events(pipeline, _ONE_FIELD + tail)
    assert not [r for r in rows if r[0] in ("construction", "expansion") and r[1] == "vorn-airfield"]
