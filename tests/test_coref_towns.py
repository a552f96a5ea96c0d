"""A town's name standing for the one installation the article named after it."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import events
from spans import facilities_found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("The navy keeps frigates at Sattahip naval base. A Chinese training ship called at Sattahip in March.",
         ["Sattahip naval base", "Sattahip"]),
        ("Trade goes through the port of Lobito, which Angola runs. A Chinese training ship called at Lobito in March.",
         ["port of Lobito"]),
    ],
)
def test_a_ship_calling_at_a_town_calls_at_its_naval_base_not_its_trading_port(pipeline: Any, text: str,
                                                                               mentions: list[str]) -> None:
    found = facilities_found(pipeline, text)
    assert [text[s:e] for fac in found.values() for s, e in fac["mentions"]] == mentions



@pytest.mark.parametrize(
    "text",
    [
        # drills told at the town a named base is called after are at that base, as a basing verb's town is
        "The navy keeps frigates at Kalamata naval base. Aviano air base hosts American F-16s. Last week 150 Greek "
        "soldiers exercised at Kalamata.",
        "The navy keeps frigates at Kalamata naval base. Aviano air base hosts American F-16s. In May the navy held "
        "the Sea Shield exercise at Kalamata.",
    ],
)
def test_drills_at_a_town_are_at_the_base_named_after_it(pipeline: Any, text: str) -> None:
    assert [fac for typ, fac, _, _ in events(pipeline, text) if typ == "exercise"] == ["kalamata-naval-base"]


def test_the_base_after_a_stay_at_its_town_is_that_base(pipeline: Any) -> None:
    # 'been at X' makes the town a mention of the base named after it before 'the base' looks for its antecedent
    text = ("Kalamata naval base was built in 2019. Two jets flew from Aviano air base to Trapani air base in May, and "
            "four Italian jets have been at Kalamata since June. The base was expanded in 2021.")
    assert [fac for typ, fac, _, _ in events(pipeline, text) if typ == "expansion"] == ["kalamata-naval-base"]


def test_a_noun_told_long_after_stands_for_the_one_facility_its_name_holds(pipeline: Any) -> None:
    # 'the garrison' paragraphs on, with a camp named since: the one facility whose own name holds the noun
    text = ("Some 900 Nepalese soldiers serve at the British garrison at Dhekelia, and Cypriot troops at Camp Tanner. "
            "The island was split in 1974. Talks on its future stalled in 2017. Tourism has since grown fast. "
            "Britain's Chief of the General Staff visited the garrison in April.")
    found = facilities_found(pipeline, text)
    garrison = next(fac for fac in found.values() if "garrison" in fac["name"].lower())
    assert [text[s:e] for s, e in garrison["mentions"]][-1] == "the garrison"


def test_a_bare_name_before_island_is_the_island_not_the_facility(pipeline: Any) -> None:
    # 'X Island', 'the island of X': the bare name is the island's, so 'the base' after it is no base of X's
    text = ("Tourist planes land at Tarrow airport. The marines are setting up a base at Varn, a fishing village on "
            "Tarrow Island. Dutch engineers finished the base in 2020.")
    found = facilities_found(pipeline, text)
    assert [text[s:e] for s, e in found["Tarrow airport"]["mentions"]] == ["Tarrow airport"]
    text = ("Civilian flights use Tarrow airport. Fishermen complain about the noise. The navy keeps two patrol boats "
            "off the island of Tarrow. The base was built in 2020.")
    assert events(pipeline, text) == []
