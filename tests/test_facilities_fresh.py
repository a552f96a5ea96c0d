"""Facility-list phenomena of fresh reporting: headline shorthand for a body's installations."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found

# An article as ingest hands it on: its headline line, then its body.
_HEADED = "{title}\n\n"


@pytest.mark.parametrize(
    ("title", "body", "shorthand"),
    [
        ("Paratroopers storm a Vestmark airport in spring drill",
         "Dutch paratroopers landed at Kolvik Airport on Tuesday and held the runway for two days, the army said.",
         "Vestmark airport"),
        ("Washington quietly builds up Orlanda airfield",
         "US Navy Seabees are lengthening the runway at Tarvo Air Base, a local official said on Monday.",
         "Orlanda airfield"),
        ("Paris refits its Morvane garrison",
         "The French army will rebuild the barracks at Camp Delorme near Sainte-Aude, the ministry said.",
         "Morvane garrison"),
    ],
)
def test_a_name_only_the_headline_gives_is_no_installation(pipeline: Any, title: str, body: str,
                                                           shorthand: str) -> None:
    found = facilities_found(pipeline, _HEADED.format(title=title) + body)
    assert shorthand not in found
    assert found


def test_a_headline_name_the_body_takes_up_stays(pipeline: Any) -> None:
    text = _HEADED.format(title="Marines train at Fort Halvard") + (
        "US Marines arrived at Fort Halvard on Monday for two weeks of drills, officials said.")
    assert "Fort Halvard" in facilities_found(pipeline, text)


def test_a_headline_name_over_a_body_with_no_installation_stays(pipeline: Any) -> None:
    text = _HEADED.format(title="Army opens Brenmoor garrison") + "Officials said the move would bring 300 jobs."
    assert "Brenmoor garrison" in facilities_found(pipeline, text)


def test_a_first_line_that_is_a_sentence_is_no_headline(pipeline: Any) -> None:
    text = ("Soldiers moved into the Brenmoor garrison on Monday, officials said.\n\n"
            "US Navy Seabees are lengthening the runway at Tarvo Air Base, a local official said.")
    assert "Brenmoor garrison" in facilities_found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The dispute has strained ties between Athens and Ankara. Two Greek F-16 jets landed at the island's military "
        "airfield on Monday.",
        "London has said little about the plan. Royal Marines cleared the island's small airstrip after the storm.",
        "Rome is also paying for work at the island's small airport, where navy helicopters refuel.",
    ],
)
def test_a_capital_standing_for_its_state_owns_no_islands_airfield(pipeline: Any, text: str) -> None:
    found = facilities_found(pipeline, text)
    assert not any(name.startswith(("Athens", "Ankara", "London", "Rome")) for name in found)


def test_the_island_town_named_before_owns_the_islands_airport(pipeline: Any) -> None:
    text = ("Estonian soldiers arrived in Kuressaare on Monday. The island's airport will get a new hangar for army "
            "helicopters.")
    assert "Kuressaare airport" in facilities_found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The host's forces run an airport's military part ...
        ("The Royal Bermuda Regiment has grown to 400 soldiers in Bermuda. Its helicopters fly from the military side "
         "of L.F. Wade International Airport in Bermuda.", "military side of L.F. Wade International Airport"),
        ("The Falkland Islands Defence Force has grown. Its Land Rovers use the military side of Stanley Airport in "
         "the Falklands.", "military side of Stanley Airport"),
        # ... and the installation where foreign forces rotate in.
        ("The Royal Bermuda Regiment trains at home. US Marines rotated into the training camp at Warwick, Bermuda, "
         "on Monday.", "Warwick training camp"),
    ],
)
def test_a_territory_raising_its_own_force_runs_what_its_host_would(pipeline: Any, text: str, name: str) -> None:
    found = facilities_found(pipeline, text)
    assert found[name]["operator"] == found[name]["country"]


def test_a_territory_raising_no_force_leaves_it_to_its_sovereign(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Its Land Rovers use the military side of Stanley Airport in the Falklands.")
    assert found["military side of Stanley Airport"]["operator"] == "GB"


def test_a_facility_nothing_places_lies_in_the_division_the_storys_towns_dominate(pipeline: Any) -> None:
    text = ("Italian helicopters landed at Lorwen Air Base on Monday. Officials in Cagliari said the crews would stay, "
            "and the mayor of Cagliari welcomed them. Traders in Cagliari hope for new business.")
    assert facilities_found(pipeline, text)["Lorwen Air Base"]["admin1"] == "Sardinia"


@pytest.mark.parametrize(
    "text",
    [
        # A capital standing for its state is no town of the story ...
        "Italian helicopters landed at Lorwen Air Base on Monday. Rome said the crews would stay. Rome wants more "
        "patrols, and Rome will pay for them. Traders in Cagliari hope for new business.",
        # ... and towns of two divisions dominate none.
        "Two Indonesian F-16 fighters landed at Lorwen Air Base on Monday. The jets came from Surabaya and Malang, and "
        "more will fly from Ambon and Tual, officials said.",
    ],
)
def test_no_dominant_division_leaves_the_facility_undivided(pipeline: Any, text: str) -> None:
    assert facilities_found(pipeline, text)["Lorwen Air Base"]["admin1"] is None


def test_a_facility_at_a_town_the_gazetteer_lacks_takes_no_storys_division(pipeline: Any) -> None:
    text = ("Italian soldiers moved into the army camp at Vortellu on Monday. Officials in Cagliari said the troops "
            "would stay, and the mayor of Cagliari welcomed them. Traders in Cagliari hope for new business.")
    found = facilities_found(pipeline, text)
    assert found
    assert all(f["admin1"] is None for f in found.values())


def test_an_english_base_lies_in_the_county_the_text_puts_it_in(pipeline: Any) -> None:
    text = "A Typhoon squadron moved to RAF Marlowe in Lincolnshire on Monday, the ministry said."
    assert facilities_found(pipeline, text)["RAF Marlowe"]["admin1"] == "Lincolnshire"


def test_a_philippine_base_lies_in_the_province_the_article_names(pipeline: Any) -> None:
    text = ("Philippine marines moved into the camp at Bongao on Monday. Officials in Tawi-Tawi province said the "
            "troops would stay.")
    assert facilities_found(pipeline, text)["Bongao camp"]["admin1"] == "Tawi-Tawi"


def test_two_named_provinces_leave_the_region(pipeline: Any) -> None:
    text = ("Philippine marines moved into the camp at Bongao on Monday. Officials in Tawi-Tawi and Basilan said the "
            "troops would stay.")
    assert facilities_found(pipeline, text)["Bongao camp"]["admin1"] == "Bangsamoro"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Two Typhoons left RAF Coningsby in England at dawn to shadow a bomber alongside HMS Kent.",
         "RAF Coningsby", "England"),
        ("Landing craft from the USS Bataan ferried marines to Clark Air Base near Angeles City in May.",
         "Clark Air Base", "Central Luzon"),
    ],
)
def test_a_ship_named_after_a_county_names_none(pipeline: Any, text: str, name: str, admin1: str) -> None:
    """Navies name ships after counties and provinces: the ship's name puts no base there."""
    assert facilities_found(pipeline, text)[name]["admin1"] == admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Bolivian soldiers moved into a camp outside Chimoré, in Cochabamba department, on Monday.", "Chimoré camp",
         "Cochabamba"),
        ("Guatemalan troops reinforced the army post at Melchor de Mencos, in the department of Petén, on Monday.",
         "Melchor de Mencos outpost", "Petén"),
        # 'Rodrigues Island' in the gazetteer, 'Rodrigues' in reporting.
        ("Twelve Mauritian coast guard officers now work from the station at Port Mathurin.",
         "Port Mathurin station", "Rodrigues"),
    ],
)
def test_a_division_bears_the_name_reporting_gives_it(pipeline: Any, text: str, name: str, admin1: str) -> None:
    assert facilities_found(pipeline, text)[name]["admin1"] == admin1


def test_a_title_the_text_writes_into_the_name_stays(pipeline: Any) -> None:
    text = "Bolivian soldiers moved into a camp outside Chimoré, in the Cochabamba Department, on Monday."
    assert facilities_found(pipeline, text)["Chimoré camp"]["admin1"] == "Cochabamba Department"
