"""Events: the type and date chosen for a found event, on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's place may be written with accented capitals: its date is still the filing's, and the event
        # keeps its own time ('on Sunday') or none
        ("Base attacked\n\nBOGOTÁ, March 11 (Andes Wire) - Rebels attacked the army base at Saravena, the army said.",
         [("attack", "saravena-base", "CO", None)]),
        ("Base attacked\n\nASUNCIÓN, March 11 (Chaco Wire) - Gunmen attacked the army base at Pedro Juan Caballero, "
         "in the north-east of the country, before dawn on Monday, the army said.",
         [("attack", "pedro-juan-caballero-base", None, "2026-03-09")]),
        ("Jets arrive\n\nREYKJAVÍK, March 10 (Nordic Wire) - Norwegian F-35 fighters landed at Keflavik air base, "
         "the coast guard said.", [("deployment", "keflavik", "NO", None)]),
    ],
)
def test_accented_datelines(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shooting at a range, or with rounds for training, is a drill, not an attack
        ("Polish troops fired artillery at the Drawsko Pomorskie range last week.",
         [("exercise", "drawsko", "PL", "2026-03")]),
        ("Finnish gunners fired rockets at the Rovajärvi range in February.",
         [("exercise", "rovajärvi-range", "FI", "2026-02")]),
        ("Australian soldiers fired live rounds at the Shoalwater Bay training area last week.",
         [("exercise", "shoalwater_bay", "AU", "2026-03")]),
        ("B-52 bombers dropped bombs on the Halmahera bombing range in Indonesia on Tuesday.",
         [("exercise", "halmahera-bombing-range", "ID", "2026-03-10")]),
        # shooting at a base, or at a training ground, is still an attack; 'range' of something else is no range
        ("Houthi fighters fired missiles at the Al Anad air base on Monday.",
         [("attack", "al-anad-air-base", "YE", "2026-03-09")]),
        ("Russian artillery shelled the Yavoriv training ground near Lviv on Sunday.",
         [("attack", "yavoriv-training-ground", "RU", "2026-03-08")]),
        ("Militants fired rockets at the Kandahar airfield, which lies within range of their positions, on Friday.",
         [("attack", "kandahar", "AF", "2026-03-06")]),
    ],
)
def test_firing_in_practice(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time sources were reviewed, analysed or seen is the study's, not the event's
        ("The army has been dismantling parts of its camp at Gao, according to satellite imagery reviewed earlier "
         "this year.", [("withdrawal", "gao", "ML", None)]),
        ("Russia has built four new hangars at Hmeimim air base, according to images analysed by the Institute in "
         "February.", [("construction", "hmeimim", "RU", None)]),
        ("Chinese crews have lengthened the runway at Ream naval base, according to documents seen by Reuters in "
         "January.", [("expansion", "ream", "CN", None)]),
        # the event's own time stays, before the study or with none given for it
        ("Turkish drones arrived at the Bishoftu air base in January, according to flight data reviewed in February.",
         [("deployment", "bishoftu-air-base", "TR", "2026-01")]),
        ("Chinese crews lengthened the runway at Ream naval base in 2023, according to documents seen by Reuters.",
         [("expansion", "ream", "CN", "2023")]),
    ],
)
def test_dates_of_studied_sources(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a length a thing runs to is no extension of it; an extension by a length is one
        ("The main runway of Incirlik Air Base extends some 3,048 metres from east to west.", []),
        ("Engineers extended the runway at Incirlik Air Base by 600 metres in 2023.",
         [("expansion", "incirlik", "TR", "2023")]),
        # what a blow left behind is counted; forces that leave a place leave it
        ("The blast left dozens of vehicles burnt out at the Saky air base.", []),
        ("The last French troops left the Kossei base in N'Djamena on Thursday.",
         [("withdrawal", "kossei", "FR", "2026-03-12")]),
        # images capture a scene; troops capture a place
        ("Images captured on 3 March show six bombers on the apron of Engels air base.", []),
        ("Russian troops captured the Kramatorsk airfield in March.", [("attack", "kramatorsk_ab", "RU", "2026-03")]),
        # a ship that calls for repairs visits; repairs to a runway expand it
        ("The frigate docked at Souda Bay naval base on Monday for repairs.",
         [("visit", "souda_bay", None, "2026-03-09")]),
        ("Crews began repairs at the Tamale air base in January.", [("expansion", "tamale-air-base", "GH", "2026-01")]),
        # a building as a thing is no building work, unless told new or done
        ("On Sunday a fire destroyed a storage building at the Penanjong garrison.",
         [("attack", "penanjong-garrison", None, "2026-03-08")]),
        ("At Ream naval base, a large command building and a pier have been finished since April.",
         [("construction", "ream", "KH", "2025-04")]),
        ("China is building a new pier at Ream naval base.", [("construction", "ream", "CN", None)]),
        # a place shut to civilians is not left by its forces
        ("Camp Lemonnier has been closed to civilians for decades.", []),
    ],
)
def test_senses_of_no_event(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works planned after the building told in their sentence are that building's, dated by the plan's year
        ("Peru would instead expand its naval station at Puerto Maldonado, with work planned for 2027.",
         [("expansion", "puerto-maldonado-naval-station", "PE", "2027")]),
        ("Chile will lengthen the runway at Chabunco air base, with works planned for 2027.",
         [("expansion", "chabunco-air-base", "CL", "2027")]),
        # told alone, planned works are the event
        ("Construction planned at the Talara naval base will start in 2027.",
         [("construction", "talara-naval-base", "PE", "2027")]),
    ],
)
def test_planned_works_of_one_told(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a need is no plan
        ("The main runway of RAF Lossiemouth would need resurfacing within five years, the report said.", []),
        ("Manas air base needs repairs to its runway.", []),
        # reopening a former base makes it usable again; reopening after an attack is no building work
        ("The Mongolian air force will reopen the runway of the former Soviet air base at Nalaikh next year.",
         [("expansion", "nalaikh-air-base", "MN", "2027")]),
        ("The airport at Kidal reopened on Monday after the attack.", [("other", "kidal_camp", "ML", "2026-03-09")]),
        # flying over a base is no arrival at it
        ("Several drones flew over Kleine Brogel air base at night in November.", []),
        ("Belgian F-35s flew to Kleine Brogel air base in November.",
         [("deployment", "kleine_brogel", "BE", "2025-11")]),
        # a titled person a relative clause follows travels to visit
        ("Defence Minister Luis Petri, who flew to the Mar del Plata naval base on Monday, promised new funds.",
         [("visit", "mar-del-plata-naval-base", "AR", "2026-03-09")]),
    ],
)
def test_needs_reopenings_overflights_travellers(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is built reinforced is built; reinforcing a base grows it
        ("Kyiv plans to build reinforced underground shelters at Starokostiantyniv air base next year.",
         [("construction", "starokostiantyniv", "UA", "2027")]),
        ("Engineers added a reinforced runway at the Kidal camp in 2024.",
         [("construction", "kidal_camp", "ML", "2024")]),
        ("China has built 24 reinforced hangars at Woody Island since 2022.",
         [("construction", "woody_island", "CN", "2022")]),
        ("Russia reinforced the Hmeimim air base with S-400 batteries in 2023.",
         [("expansion", "hmeimim", "RU", "2023")]),
    ],
)
def test_built_reinforced(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what will be done after what was done is not dated by the past clause's time, only by its own
        ("Troops arrived at Camp Lemonnier on Monday and will conduct a joint exercise there.",
         [("deployment", "camp_lemonnier", "US", "2026-03-09"), ("exercise", "camp_lemonnier", "US", None)]),
        ("Troops arrived at Camp Lemonnier on Monday and will conduct a joint exercise there in April.",
         [("deployment", "camp_lemonnier", "US", "2026-03-09"), ("exercise", "camp_lemonnier", "US", "2026-04")]),
        ("In 2019 the army closed the Kidal camp and will now rebuild it.",
         [("withdrawal", "kidal_camp", "ML", "2019"), ("expansion", "kidal_camp", "ML", None)]),
    ],
)
def test_future_clause_after_past(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shooting at a training area, or during drills, is a drill
        ("Norwegian gunners fired rockets at the Setermoen training area in May during the Cold Response drills.",
         [("exercise", "setermoen", "NO", "2025-05")]),
        # drills held at a place as a habit are no one drill; drills held then are
        ("Around 400 recruits are trained at the Tapa camp each year.", []),
        ("Recruits were trained at the Tapa camp in June.", [("exercise", "tapa", "EE", "2025-06")]),
    ],
)
def test_drills_by_shots_and_habits(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2026-03-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the works' own completion, in their sentence or the next ones, ends them and dates them when undated
        ("At Souda Bay naval base, Greece is lengthening the main quay; the work is due to be finished in 2026.",
         [("expansion", "souda_bay", "GR", "2026")]),
        ("Work to lengthen the runway of Incirlik Air Base began in March 2021. The Turkish air force said the works "
         "would be finished by the end of the year and would let the base take larger jets.",
         [("expansion", "incirlik", "TR", "2021-03")]),
        ("Turkey is lengthening the runway at Incirlik Air Base. The works are due to be finished in 2027, when more "
         "tankers will fly from the base.", [("expansion", "incirlik", "TR", "2027")]),
        # a new structure finished is works of its own
        ("Turkey is lengthening the runway at Incirlik Air Base, and a new hangar at the base is due to be finished in "
         "2026.", [("expansion", "incirlik", "TR", None), ("construction", "incirlik", "TR", "2026")]),
    ],
)
def test_completion_of_the_works_told_is_no_new_building(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works told with no time are dated by the completion the next sentence tells, in the passive, of what was done
        ("Turkey has widened the main apron at Incirlik Air Base. The work was completed in January, the air force "
         "said.", [("expansion", "incirlik", "TR", "2021-01")]),
        ("Greece is building new shelters at Souda Bay naval base. Four of them were finished in February.",
         [("construction", "souda_bay", "GR", "2021-02")]),
        # a builder of its own finishes other works; a time of the works' own that resolves to none stands
        ("Turkey has widened the main apron at Incirlik Air Base. A contractor finished a new terminal in January.",
         [("expansion", "incirlik", "TR", None)]),
        ("Greek engineers built Souda Bay naval base in the 1960s. The work was completed in May.",
         [("construction", "souda_bay", "GR", None)]),
        # a completion at another facility ends works of its own
        ("Turkey has widened the main apron at Incirlik Air Base. A hangar at Souda Bay naval base was completed in "
         "January.", [("expansion", "incirlik", "TR", None), ("construction", "souda_bay", "GR", "2021-01")]),
    ],
)
def test_works_dated_by_their_completion_told_next(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
