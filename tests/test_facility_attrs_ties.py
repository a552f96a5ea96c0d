"""Which facility of a sentence naming several the text puts kit at."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facility_equipment as equipment


@pytest.mark.parametrize(
    "text",
    [
        "The Varnak air base, about 60 km from the Tarvo naval base, hosts Su-30SM fighters.",
        "The Varnak air base, built next to the Tarvo naval base in the south, now hosts Su-30SM fighters.",
        "The Varnak air base, the largest after the Tarvo naval base, hosts Su-30SM fighters.",
    ],
)
def test_a_facility_in_a_description_of_another_only_places_it(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"], "Tarvo naval base": []}


def test_a_list_of_facilities_is_no_description(pipeline: Any) -> None:
    text = "The Varnak air base, the Tarvo air base, and the Kelmo airfield all host Su-30SM fighters."
    assert equipment(pipeline, text) == {
        "Varnak air base": ["Su-30SM"], "Tarvo air base": ["Su-30SM"], "Kelmo airfield": ["Su-30SM"]}


@pytest.mark.parametrize(
    "text",
    [
        "The Varnak air base's Su-30SM fighters are ageing.",
        "The Su-30SM regiment of the Varnak air base was disbanded last year.",
        "The Varnak air base and its Su-30SM fighters are a likely target.",
        "The Varnak air base, with 24 Su-30SM fighters, is the largest in the country.",
    ],
)
def test_kit_the_facility_phrase_gives_it_is_tied_with_no_verb(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"]}


def test_a_facility_after_of_is_no_owner_of_kit_told_later(pipeline: Any) -> None:
    text = "The commander of the Varnak air base said Su-30SM fighters were ageing."
    assert equipment(pipeline, text) == {"Varnak air base": []}


@pytest.mark.parametrize(
    "text",
    [
        "The Varnak air base was built in 1952, and now hosts Su-30SM fighters.",
        "The Varnak air base was built in 1952, and has since hosted Su-30SM fighters.",
        "The Varnak air base was expanded in 2020 while hosting Su-30SM fighters.",
        "The Varnak air base, once home to Su-30SM fighters, now lies idle.",
        "Su-30SM fighters were photographed, after landing at the Varnak air base.",
    ],
)
def test_a_clause_with_no_subject_of_its_own_goes_on_about_the_facility(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"]}


@pytest.mark.parametrize(
    "text",
    [
        "The Varnak air base was built in 1952, and Estoria bought Su-30SM fighters in 2020.",
        "The Varnak air base will reopen in May, once the Su-30SM fighters arrive.",
    ],
)
def test_a_clause_with_its_own_subject_tells_of_other_kit(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": []}


def test_the_month_may_is_no_guess(pipeline: Any) -> None:
    text = "Images taken on 4 May show Su-30SM fighters parked at the Varnak air base."
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"]}


def test_the_modal_may_is_a_guess(pipeline: Any) -> None:
    text = "Officials said Su-30SM fighters may be parked at the Varnak air base."
    assert equipment(pipeline, text) == {"Varnak air base": []}


@pytest.mark.parametrize(
    "text",
    [
        "A ministry spokesman said two Su-30SM fighters would be stationed at the Varnak air base from March.",
        "The general told parliament that Estoria would station Su-30SM fighters at the Varnak air base next year.",
    ],
)
def test_would_before_a_verb_of_basing_reports_a_plan(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"]}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Su-30SM fighters could be stationed at the Varnak air base.",
        "Officials said a longer runway would let Su-30SM fighters land at the Varnak air base.",
    ],
)
def test_a_guess_or_a_would_of_no_basing_stays_untied(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": []}


def test_a_facility_named_to_measure_another_place_is_not_what_kit_told_next_is_at(pipeline: Any) -> None:
    text = ("Estoria flies Su-24 bombers from the Varnak air base, some 30 km north of the Tarvo naval base. "
            "A squadron of Su-30SM fighters is due to arrive later this year.")
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-24", "Su-30SM"], "Tarvo naval base": []}


def test_a_facility_set_next_to_another_keeps_both_in_view(pipeline: Any) -> None:
    text = ("The Varnak air base hosts Su-24 bombers and lies next to the Tarvo naval base. "
            "A squadron of Su-30SM fighters is due to arrive later this year.")
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-24"], "Tarvo naval base": []}


@pytest.mark.parametrize(
    "text",
    [
        "The Varnak air base near the Tarvo naval base hosts Su-30SM fighters.",
        "The Varnak air base south of the Tarvo naval base now hosts Su-30SM fighters.",
        "The Varnak air base close to the Tarvo naval base received Su-30SM fighters.",
    ],
)
def test_a_facility_set_beside_another_only_places_it(pipeline: Any, text: str) -> None:
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"], "Tarvo naval base": []}


def test_a_facility_another_is_part_of_is_not_where_the_part_kit_is(pipeline: Any) -> None:
    text = "The Varnak air station of the Tarvo naval base hosts P-8A aircraft."
    assert equipment(pipeline, text) == {"Varnak air station": ["P-8A"], "Tarvo naval base": []}


def test_images_of_a_facility_that_show_kit_tie_it(pipeline: Any) -> None:
    text = "Satellite images of the Varnak air base show four Su-30SM fighters."
    assert equipment(pipeline, text) == {"Varnak air base": ["Su-30SM"]}


def test_kit_named_beside_a_facility_untied_stays_untied_when_told_again(pipeline: Any) -> None:
    text = ("Estorian jets scrambled from the Varnak air base as Russian MiG-31 jets entered the airspace. "
            "The runway of the Varnak air base is about 2,700 metres long. "
            "A photograph showed one of the MiG-31 jets with missiles under its wings.")
    assert equipment(pipeline, text) == {"Varnak air base": []}


def test_kit_its_own_phrase_bases_at_a_facility_is_there_whatever_it_fires(pipeline: Any) -> None:
    text = "The army fired rockets from HIMARS launchers stationed near the Varnak air base."
    assert equipment(pipeline, text) == {"Varnak air base": ["HIMARS"]}


def test_kit_fired_at_a_facility_attacks_it(pipeline: Any) -> None:
    text = "The army fired ATACMS missiles at the Varnak air base on Monday."
    assert equipment(pipeline, text) == {"Varnak air base": []}
