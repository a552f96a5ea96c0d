"""English usages the facilities stage must read as reporters mean them: possessives inside place names, common
words that are also installations' names, compounds whose first word is a head, and installations named bare."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found as found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A contractor is lengthening the runway at Tarrow's Landing airport, officials said.",
         "Tarrow's Landing airport"),
        ("Frigates still call at Pelham's Cove naval base every spring.", "Pelham's Cove naval base"),
        ("The strain shows at Pelham's Cove, the navy's main base on the south coast.", "Pelham's Cove base"),
    ],
)
def test_a_possessive_inside_a_place_name_is_part_of_it(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_state_or_owner_named_alone_elsewhere_owns_the_name(pipeline: Any) -> None:
    text = ("Drones struck Valmora's Brenmoor air base on Sunday. Valmora said the attack failed. "
            "Drax Holdings' Ostrel plant was untouched; Drax said so.")
    facilities = found(pipeline, text)
    assert "Brenmoor air base" in facilities
    assert not any("Valmora" in name for name in facilities)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters on quick-reaction alert scrambled twice from the base, officials said.",
        "The airline hired a temp to run the desk at the airport.",
    ],
)
def test_an_installation_name_written_as_a_common_word_is_that_word(pipeline: Any, text: str) -> None:
    assert not any(f["id"] in {"alert", "temp"} for f in found(pipeline, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosted the regional Tembo Cheza field exercise at the Gilgil training school last year.",
        "Troops set up a Mbeya field hospital for the wounded, the army said.",
        "Soldiers from Kenya took part in the Tembo Cheza field training in May.",
        "A drone came down in a field near Tovrik, in the east of the country, the army said.",
    ],
)
def test_a_field_that_modifies_a_noun_or_is_farmland_is_no_installation(pipeline: Any, text: str) -> None:
    assert not any(f["kind"] == "field" for f in found(pipeline, text).values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guards patrol the al Kazra field, which pumps oil for export.", "al Kazra field"),
        ("Militants attacked an oil field near Tovrik on Sunday.", "Tovrik oil field"),
    ],
)
def test_named_and_oil_fields_stay_installations(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The air force moved its patrol planes from Kerlan, its main base on the coast, to Tovrik.", "Kerlan base"),
        ("The navy's only large naval base today is Brenmoor, on the south coast.", "Brenmoor naval base"),
        ("The main base remains Kerlan, officials said.", "Kerlan base"),
    ],
)
def test_a_bare_name_described_as_a_base_is_that_base(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_an_indefinite_head_before_a_copula_names_nothing(pipeline: Any) -> None:
    assert not found(pipeline, "A base is Kerlan's best hope, the mayor said.")


@pytest.mark.parametrize(
    "text",
    [
        "Alakurtti once hosted several thousand Russian troops, residents said.",
        "At Alakurtti, home of much of the 80th Arctic Brigade, new barracks went up last year.",
    ],
)
def test_a_catalogued_base_named_bare_is_the_base_where_it_hosts_forces(pipeline: Any, text: str) -> None:
    assert "Alakurtti Military Base" in found(pipeline, text)


def test_forces_arriving_at_a_catalogued_name_no_town_has_arrive_at_the_base(pipeline: Any) -> None:
    assert "Union III" in found(pipeline, "Instructors have been arriving at Union III lately, officials said.")
    # A town of the name is where troops go as often as its base.
    assert "Alakurtti Military Base" not in found(pipeline, "Troops have been arriving at Alakurtti, officials said.")


@pytest.mark.parametrize(
    "text",
    [
        "Alakurtti hosted a music festival last summer.",
        "Tourists have been arriving at Alakurtti in recent weeks, the mayor said.",
    ],
)
def test_a_catalogued_name_hosting_no_forces_stays_a_place(pipeline: Any, text: str) -> None:
    assert "Alakurtti Military Base" not in found(pipeline, text)


def test_a_catalogued_base_named_again_without_its_head_word_is_the_base(pipeline: Any) -> None:
    text = ("Tankers landed at King Abdulaziz Air Base on Monday. A week later two more arrived at King Abdulaziz, "
            "officials said. The base was named after King Abdulaziz, who founded the kingdom.")
    result = pipeline.extract(text, published="2024-05-01")
    base = next(f for f in result["facilities"] if f["id"] == "king_abdulaziz_ab")
    mentions = [text[s:e] for s, e in base["mentions"]]
    assert mentions.count("King Abdulaziz") == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two hundred soldiers landed on Monday at the ex-Soviet base of Kerawa, in the east.", "Kerawa base"),
        ("The army plans to open a new base for a mobile brigade at Tibrak next year.", "Tibrak base"),
        ("The ministry built a base for the engineer battalion near Tibrak.", "Tibrak base"),
    ],
)
def test_a_former_holder_or_the_formation_a_base_is_for_leaves_it_placed(pipeline: Any, text: str,
                                                                          name: str) -> None:
    assert name in found(pipeline, text)


def test_a_common_first_word_before_a_capitalised_head_opens_a_proper_name(pipeline: Any) -> None:
    text = ("The army keeps a base on the island. Summers International Airport, the country's main gateway, is "
            "repaving its runway.")
    assert "Summers International Airport" in found(pipeline, text)


def test_a_title_case_headline_word_stays_no_name(pipeline: Any) -> None:
    assert not any(name.startswith("Mysterious") for name in found(
        pipeline, "The army keeps a base on the island. Mysterious Air Base Spotted In Desert"))


def test_a_name_no_place_has_that_a_force_is_based_at_is_its_base(pipeline: Any) -> None:
    text = ("The Coastal Service, based at Brennock in the bay, has struggled to crew its ships. Two patrol boats "
            "entered service at Brennock last year. The minister toured the base on Monday.")
    result = pipeline.extract(text, published="2024-05-01")
    base = next(f for f in result["facilities"] if f["name"] == "Brennock base")
    assert [text[s:e] for s, e in base["mentions"]][:2] == ["Brennock", "Brennock"]
    assert [e["facility"] for e in result["events"] if e["type"] == "visit"] == [base["id"]]


def test_troops_based_at_a_catalogued_base_keep_its_catalog_entry(pipeline: Any) -> None:
    assert "Brennock base" not in found(pipeline, "US troops stationed at Camp Lemonnier left for Brennock.")


@pytest.mark.parametrize(
    "text",
    [
        "At Kulob, in Khatlon, the air base is still shared with the allies.",
        "At Kulob, Tajikistan's oldest air base is still shared with the allies.",
    ],
)
def test_a_sentence_opening_on_a_town_places_its_definite_or_state_owned_head(pipeline: Any, text: str) -> None:
    assert "Kulob air base" in found(pipeline, text)


def test_a_runway_in_a_sentence_opening_on_a_town_is_that_towns_airfield(pipeline: Any) -> None:
    text = ("The air force moved its trainers north. At Kulob, close to the border, resurfacing of the 2,750-metre "
            "runway was completed in March.")
    assert "Kulob airfield" in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A grenade was thrown at the gate of the barracks \"Dren Halili\" in Kerlow.", "Dren Halili barracks"),
        ("An attack submarine tied up at the Brennock industrial port on Sunday for a crew change.",
         "Brennock industrial port"),
        ("Soldiers trained at the Kerlow shooting range last week.", "Kerlow shooting range"),
    ],
)
def test_quoted_names_and_more_head_words(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_catalogued_name_listed_beside_a_catalogued_installation_is_one_too(pipeline: Any) -> None:
    text = "Imagery covers three sites: Pituffik Space Base, Alakurtti and Kerlow."
    assert "Alakurtti Military Base" in found(pipeline, text)
    assert "Alakurtti Military Base" not in found(pipeline, "Residents of Alakurtti and Kerlow complained.")
