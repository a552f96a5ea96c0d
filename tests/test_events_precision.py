"""Events: words of events told in a sense that tells none (a visit of the public), on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    "text",
    [
        "Russia runs Kresty air base. Tourists now visit its old bunkers.",
        "The old Kresty air base is visited every summer by thousands of hikers.",
        "Turkey runs Incirlik Air Base. Some 60,000 spectators visited the base on Saturday for its air show.",
        "Russia runs Tartus naval base. The base held an open day which, the navy said, 8,000 members of the public "
        "visited.",
    ],
)
def test_the_public_visiting_for_pleasure_is_no_visit(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "visit"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey runs Incirlik Air Base. The defence minister visited the base on 6 March 2021 with a group of "
         "tourists.", ("visit", "incirlik", "TR", "2021-03-06")),
        ("The Chinese ambassador, greeted by spectators, visited Hmeimim air base on 6 March 2021.",
         ("visit", "hmeimim", "CN", "2021-03-06")),
    ],
)
def test_an_official_among_the_public_still_visits(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weapons put in place, told in the passive with the weapons' own word
        ("Turkey runs Incirlik Air Base. Anti-ship launchers have been set up at the base in March 2021.",
         ("deployment", "incirlik", "TR", "2021-03")),
        ("Russian coastal missile batteries were set up at Tartus naval base in May 2020.",
         ("deployment", "tartus", "RU", "2020-05")),
        # forces that settle at a place, the verb with no object
        ("A detachment of Turkish army engineers set up at Incirlik Air Base in June 2020.",
         ("deployment", "incirlik", "TR", "2020-06")),
        ("Two companies of Russian marines arrived in Syria in May 2020 and set up at Tartus naval base.",
         ("deployment", "tartus", "RU", "2020-05")),
    ],
)
def test_forces_or_weapons_set_up_are_deployed(pipeline: Any, text: str, expected: Row) -> None:
    rows = events(pipeline, text)
    assert expected in rows
    assert [e for e in rows if e[0] == "construction"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia set up a new naval base at Tartus in 2017.", ("construction", "tartus", "RU", "2017")),
        ("A field hospital was set up at Incirlik Air Base in March 2021.",
         ("construction", "incirlik", "TR", "2021-03")),
    ],
)
def test_a_base_or_a_structure_set_up_is_built(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey keeps troops and drones at Incirlik Air Base under a 2019 agreement with Ankara.",
        "Russia keeps about 300 marines and two corvettes at Tartus naval base.",
    ],
)
def test_keeping_forces_somewhere_tells_where_they_are(pipeline: Any, text: str) -> None:
    # 'keeps troops at X' is standing presence (docs/data-model.md), forces as its object or not
    assert [e for e in events(pipeline, text) if e[0] == "deployment"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Luftwaffe has kept a small training unit at Incirlik Air Base since 1960.",
         ("deployment", "incirlik", "DE", "1960")),
        ("Russia kept warships at Tartus naval base until 2002.", ("withdrawal", "tartus", "RU", "2002")),
    ],
)
def test_keeping_forces_with_a_time_still_tells_a_move(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a move a drill plays out is no move of its own: after a word of rehearsing, or as the drill's participle
        ("Danish troops rehearsed evacuating the terminal of Bornholm Airport on Saturday.",
         [("exercise", "bornholm-airport-terminal", "DK", "2021-06-26")]),
        ("Some 200 Latvian soldiers exercised at Lielvarde air base last week in the scenario of an evacuation of "
         "wounded troops.", [("exercise", "lielvarde", "LV", "2021-06")]),
        ("Polish and Lithuanian troops held a mass-casualty drill at Lielvarde air base in May, landing two Polish "
         "C-295 transports there.", [("exercise", "lielvarde", "PL", "2021-05")]),
        ("Latvian and Estonian crews staged a search-and-rescue exercise at Lielvarde air base in June, with three "
         "helicopters of the Latvian Air Force flying in and out of the base.",
         [("exercise", "lielvarde", "LV", "2021-06")]),
        # a move told in a sentence of its own, or in a finite clause during the drills, stays one
        ("Polish troops held a drill at Lielvarde air base in May. Two Polish C-295 transports landed at Lielvarde "
         "air base on Tuesday.",
         [("exercise", "lielvarde", "PL", "2021-05"), ("deployment", "lielvarde", "PL", "2021-06-29")]),
        ("Russian Su-30SM fighters have been flying from Lielvarde air base during the drills.",
         [("deployment", "lielvarde", "RU", None)]),
        ("The exercise ended on Friday, and the Polish troops left Lielvarde air base on Sunday.",
         [("withdrawal", "lielvarde", "PL", "2021-06-27")]),
    ],
)
def test_moves_a_drill_plays_out_are_part_of_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-07-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event word told as going on for years, or 'long' after a perfect, is a standing state, no one event
        ("Finnish patrol boats have long berthed at the naval base at Upinniemi.", []),
        ("Swedish P-3C Orion patrol planes flew from Lielvarde air base for decades before the last of them left in "
         "2005.", [("withdrawal", "lielvarde", "SE", "2005")]),
        ("Local fishermen fought the Upinniemi naval base for years before it opened.",
         [("construction", "upinniemi-naval-base", None, None)]),
        # a span of weeks or a day stays an event
        ("Swedish P-3C Orion patrol planes arrived at Lielvarde air base for three weeks in May.",
         [("deployment", "lielvarde", "SE", "2021-05")]),
        ("Swedish patrol boats berthed at the naval base at Upinniemi on Monday.",
         [("visit", "upinniemi-naval-base", "SE", "2021-06-28")]),
    ],
)
def test_an_event_word_told_as_lasting_years_is_a_standing_state(pipeline: Any, text: str,
                                                                  expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-07-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft that flew from a base, with no time their stay began, used it: no arrival there
        ("Swedish trainee pilots flew from Lielvarde air base in the meantime.", []),
        ("Swedish bombers flew from Lielvarde air base to strike targets in 1944.", []),
        ("Swedish P-3C Orion patrol planes flew from Lielvarde air base for three weeks in May.", []),
        ("Swedish P-3C Orion patrol planes, which had flown fisheries patrols from Lielvarde air base during the "
         "summer, went home in October.", [("withdrawal", "lielvarde", "SE", "2020-10")]),
        # flights since a time, begun or going on tell forces that came
        ("Swedish P-3C Orion patrol planes have flown from Lielvarde air base, on the coast, since May 2019.",
         [("deployment", "lielvarde", "SE", "2019-05")]),
        ("Swedish P-3C Orion patrol planes began flying from Lielvarde air base in May.",
         [("deployment", "lielvarde", "SE", "2021-05")]),
        ("Swedish P-3C Orion patrol planes have been flying from Lielvarde air base during the drills.",
         [("deployment", "lielvarde", "SE", None)]),
    ],
)
def test_flights_from_a_base_use_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-07-01") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four fast attack craft of the Greek navy tied up at Souda Bay naval base on 3 May 2021.",
        "Tartus naval base, built by the Soviet Union for its attack boats, is run by Russia.",
        "Turkey will pay for a new drill hall and a vehicle shed at Incirlik Air Base in 2026.",
        "The new barracks at Camp Alder, with offices and a drill yard, opened on 3 May 2021.",
        "Until now the naval base at Tartus has hosted only visiting ships and a liaison officer.",
    ],
)
def test_a_trigger_word_naming_a_thing_tells_no_event(pipeline: Any, text: str) -> None:
    # 'attack craft', 'drill hall', 'visiting ships': the word names a craft, a building or a guest, no event
    assert [e for e in events(pipeline, text) if e[0] in ("attack", "exercise", "visit")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Greek and Cypriot troops held a drill on Crete in May 2021. A French frigate called at Souda Bay naval base "
        "on 3 June 2021 on its way home from the drill.",
        "Greek troops held an exercise on Crete in May 2021. The Greek defence minister flew to Souda Bay naval base "
        "on 3 June 2021 to review plans for the exercise.",
    ],
)
def test_drills_told_as_the_occasion_of_another_event_are_none_there(pipeline: Any, text: str) -> None:
    # 'home from the drill', 'plans for the exercise': the drills told before, not drills at the place of the call
    assert [e for e in events(pipeline, text, published="2021-07-01") if e[0] == "exercise" and e[1]] == []


def test_drills_held_at_the_place_are_still_drills(pipeline: Any) -> None:
    text = ("Greek troops held an exercise on Crete in May 2021. Greek marines held a drill at Souda Bay naval base on "
            "3 June 2021.")
    assert ("exercise", "souda_bay", "GR", "2021-06-03") in events(pipeline, text, published="2021-07-01")


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's spring gunnery drill at Zarqa camp was called off because of the heat.",
        "Syria said naval manoeuvres with Indian ships near Tartus naval base have been postponed until further "
        "notice.",
        "Tank drills at Zarqa camp remain suspended while engineers clear unexploded shells.",
        "Talk of a Greek scheme to build a pier at Souda Bay naval base stalled when the budget shrank.",
    ],
)
def test_drills_or_works_called_off_are_no_event(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'nearly' with no verb of being: the drills were held
        ("Jordan's army held the Lion Shield drill at Zarqa camp in May 2021, a drill that its budget nearly "
         "cancelled.", ("exercise", "zarqa-camp", "JO", "2021-05")),
        # the calling off belongs to a clause of its own
        ("Turkish troops left Zarqa camp in May 2021 after Ankara suspended its training mission.",
         ("withdrawal", "zarqa-camp", "TR", "2021-05")),
        ("The exercise at Zarqa camp, which was postponed from March, opened in May 2021 with Jordanian troops.",
         ("exercise", "zarqa-camp", "JO", "2021-05")),
        # too far from the trigger to be its verb's
        ("Jordanian troops held an exercise at Zarqa camp in May 2021 alongside gunners from Britain, engineers from "
         "Oman, medics from Saudi Arabia, pilots from the Emirates, signallers from Qatar, drivers from Kuwait, cooks "
         "from Bahrain, divers from Egypt, its 2020 edition was cancelled.",
         ("exercise", "zarqa-camp", "JO", "2021-05")),
    ],
)
def test_a_calling_off_of_something_else_keeps_the_event(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hikers often camp beside the abandoned Kresty air base, a local guide said in May 2021.",
        "Goats graze between the abandoned hangars of Kresty air base, a farmer said in May 2021.",
        "A survey in 2019 looked at a new pier beside the mothballed Kresty air base.",
    ],
)
def test_a_participle_of_leaving_before_its_noun_is_a_state_not_a_withdrawal(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "withdrawal"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia abandoned Kresty air base in May 2021.", ("withdrawal", "pskov_kresty", "RU", "2021-05")),
        ("Kresty air base was abandoned by Russia in May 2021.", ("withdrawal", "pskov_kresty", "RU", "2021-05")),
    ],
)
def test_a_participle_of_leaving_told_as_a_verb_is_a_withdrawal(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek frigate Hydra called at Souda Bay naval base on 3 May 2021. Its arrival drew a crowd of "
        "schoolchildren.",
        "The Turkish training ship Cumhuriyet called at Souda Bay naval base on 3 May 2021. Their arrival was "
        "welcomed by the mayor.",
    ],
)
def test_a_sentence_opening_with_its_or_his_and_an_event_noun_retells_the_event(pipeline: Any, text: str) -> None:
    rows = events(pipeline, text)
    assert [r for r in rows if r[0] == "deployment" and r[3] is None] == []


def test_an_event_noun_after_a_possessive_inside_a_sentence_is_an_event(pipeline: Any) -> None:
    text = "The United States completed its withdrawal from Souda Bay naval base on 3 May 2021."
    assert ("withdrawal", "souda_bay", "US", "2021-05-03") in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia built the runway at Kresty air base in 1975, and in the 1990s it was left to decay.",
        "Soldiers at Kresty air base collected the debris a tornado left behind in May 2021.",
    ],
)
def test_what_is_left_in_a_state_is_no_withdrawal(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "withdrawal"] == []


def test_a_base_left_by_forces_is_a_withdrawal(pipeline: Any) -> None:
    text = "Kresty air base was left by the last Russian troops in May 2021."
    assert ("withdrawal", "pskov_kresty", "RU", "2021-05") in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers at Kresty air base inspected two private jets which had landed there in May 2021.",
        "Kresty air base closed its apron to the public in May 2021 once the evening flight landed.",
        "Kresty air base, where the island's mail and goods arrive each week, got a new apron in May 2021.",
    ],
)
def test_a_move_of_no_forces_is_no_deployment(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "deployment"] == []


def test_forces_flights_that_landed_are_a_deployment(pipeline: Any) -> None:
    text = "Russian military cargo planes have landed at Kresty air base in May 2021."
    assert ("deployment", "pskov_kresty", "RU", "2021-05") in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia said in May 2021 that new drones at Tartus naval base would expand coverage of the eastern "
        "Mediterranean.",
        "Russian officers at Tartus naval base said in May 2021 that the new missiles would strengthen deterrence.",
    ],
)
def test_growing_something_of_no_structure_is_no_expansion(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] in ("expansion", "construction")] == []


def test_growing_a_structure_is_an_expansion(pipeline: Any) -> None:
    text = "Russia will extend the runway at Tartus naval base in May 2021."
    assert [e[0] for e in events(pipeline, text)] == ["expansion"]
