"""Which country a facility lies in when the places layer reads words of names as towns (an airport named after a
person, a town's name inside another installation's name), and radar sites told from the radar models they hold."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found as found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A person's surname that is also a town abroad does not place the airport named after him.
        ("American jets landed at Hiram Adams International Airport on Monday, the Barbados Defence Force said.",
         "Hiram Adams International Airport", "BB"),
        ("The U.S. Air Force sent two jets to the island. Next door, Edwin Adams International Airport will be the "
         "main entry point when Barbados hosts the exercise in May.", "Edwin Adams International Airport", None),
        # A town after a particle is the one the name is made of.
        ("The navy lengthened the runway at Rosa del Paso airport in Uruguay last year.", "Rosa del Paso airport",
         "UY"),
        # A town's name inside the name of the base a flight came from does not place the airfield it flew into.
        ("The runway at Melville Hall airport, the island's main airport in Dominica, is getting attention. On "
         "Tuesday an American patrol aircraft flew into Melville Hall from the regional base at Hiram Adams "
         "International Airport for a month of patrols.", "Melville Hall airport", "DM"),
    ],
)
def test_country_not_from_a_name_inside_a_name(pipeline: Any, text: str, name: str, country: str | None) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Two RAF transports landed at St Helena Airport on Monday, the Royal Air Force said.", "St Helena Airport",
         "SH"),
        ("Two Navy patrol aircraft flew into Sierra Leone International Airport on Friday, officials said.",
         "Sierra Leone International Airport", "SL"),
    ],
)
def test_a_state_of_several_words_opens_the_name_it_places(pipeline: Any, text: str, name: str,
                                                           country: str) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A coastal surveillance radar at Hakupu, on the south coast, was completed in November.",
         "Hakupu surveillance radar"),
        ("The new coastal radar station at Matura Point, built by the United States, changed the picture.",
         "Matura Point coastal radar station"),
    ],
)
def test_radar_placed_by_a_locative(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new station was built around an Ardent LRX-9 air surveillance radar.",
        "The army bought a Tellmark TPQ-50 coastal radar last year.",
    ],
)
def test_model_designation_names_no_radar_site(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


@pytest.mark.parametrize(
    ("text", "name", "operator", "country"),
    [
        # A territory with a code of its own is the country of the catalogued bases on it; its sovereign runs them.
        ("French Falcon jets flew from Tontouta Air Base 186 on Monday to patrol the fishing zone.",
         "Tontouta Air Base 186", "FR", "NC"),
        ("A rocket lifted off from the Guiana Space Centre on Tuesday.", "Guiana Space Centre", "FR", "GF"),
    ],
)
def test_catalogued_base_in_a_territory(pipeline: Any, text: str, name: str, operator: str, country: str) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["operator"], fac["country"]) == (operator, country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The sovereign's towns are where officials sit; the story is set in the territory, which its name tells.
        ("Bermuda's regiment will get a new armoury at Camp Tallow, its home, this year, officials in London said. "
         "Bermuda's government and London share the cost; Bermuda has asked for more, and Bermuda's premier is to "
         "visit Portsmouth in May.", "Camp Tallow", "BM"),
        # A state's own navy base that nothing places lies in the territory the story is set in, not in the state.
        ("The French navy's Pointe Verte naval base will get a longer wharf. Noumea has seen riots this year, and New "
         "Caledonia's leaders met in Noumea and in Kone on Friday, while New Caledonia's congress was suspended.",
         "Pointe Verte naval base", "NC"),
    ],
)
def test_a_facility_nothing_places_lies_in_the_territory_the_story_is_set_in(pipeline: Any, text: str, name: str,
                                                                             country: str) -> None:
    assert found(pipeline, text)[name]["country"] == country


def test_a_small_states_islands_outweigh_towns_abroad_for_a_facility_nothing_places(pipeline: Any) -> None:
    # The islands are one state's; the towns after them are where the donors sit, and no facility is placed by them.
    text = ("Patrols around Bequia, Mustique and Union Island have doubled this year, and fishermen on Bequia welcome "
            "them. Troops at Camp Halyard, the defence force's main base, will get new barracks, officials said. "
            "Officials in Washington and Portland have promised more boats.")
    assert found(pipeline, text)["Camp Halyard"]["country"] == "VC"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # The town opening the facility's name, reported in the dateline, gives the division.
        ("LOBITO, Angola - Sailors will use a new pier from June, the defence ministry said.", "Lobito port",
         "Benguela Province"),
        # 'Porto Santo air base' opens with no town 'Porto': the town's words end where the generic ones begin.
        ("PORTO, Portugal - The air force said jets will rotate through the island base from June.",
         "Porto Santo air base", None),
        # A town of a division other than the one the article names may be a namesake's reading: no division.
        ("Chinese officials in Fujian province said the navy moved ships from Zhanjiang.", "Zhanjiang naval base",
         None),
    ],
)
def test_a_reported_town_opening_a_facility_s_name_gives_its_division(places: Any, text: str, name: str,
                                                                     admin1: str | None) -> None:
    from basewatch.extract.facility_attrs import _reported_town_division
    from basewatch.extract.normalize import make_doc
    from basewatch.model import Facility

    doc = places(make_doc(text))
    country = next(p.country for p in doc.places if p.kind == "city")
    assert _reported_town_division(doc, Facility("x", name, "base", country=country)) == admin1


def test_a_catalogued_base_s_division_is_named_as_reporting_names_it(pipeline: Any) -> None:
    """The catalog names Yakutia's division as reporting does, the Sakha Republic, not by its bare 'Sakha'."""
    text = "Russia flew an Il-76 to the Temp Air Base on Kotelny Island, in the Sakha Republic, on Monday."
    assert found(pipeline, text)["Temp Air Base"]["admin1"] == "Sakha Republic"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # Regions the generated rows lacked: a town of theirs names the division its facility lies in.
        ("Minesweepers left the naval base at Genoa on Friday, the Italian navy said.", "Genoa naval base",
         "Liguria"),
        ("The Spanish navy will dredge the naval base at Vigo next spring.", "Vigo naval base", "Galicia"),
        ("The Moroccan air force flew two jets from the air base at Guelmim on Sunday.", "Guelmim air base",
         "Guelmim-Oued Noun"),
        ("Cameroon's navy opened a new base in Douala last week.", "Douala base", "Littoral Region"),
        # A division the generated rows had named after one of its districts.
        ("Bangladesh's navy said a frigate would be based at a new jetty in Comilla.", "Comilla jetty",
         "Chittagong"),
        # A capital's own district, which bears its name.
        ("Armenia's army opened a new barracks in Yerevan on Monday.", "Yerevan barracks", "Yerevan"),
        ("Haiti's coast guard will open a new base at Jacmel next year.", "Jacmel base", "Sud-Est"),
    ],
)
def test_a_town_s_division_the_generated_rows_lacked(pipeline: Any, text: str, name: str, admin1: str) -> None:
    facilities = found(pipeline, text)
    assert [fac["admin1"] for fac in facilities.values()] == [admin1], facilities


def test_a_compass_division_is_no_part_of_a_longer_division_s_name(pipeline: Any) -> None:
    """Cameroon's 'East Region' is read only as its towns' division, not inside Ghana's 'Upper East Region'."""
    from basewatch.extract.pipeline import extract

    places = extract("Ghana's army opened a new post at Bawku in the Upper East Region on Monday.")["places"]
    assert [p["name"] for p in places if p["kind"] == "admin1"] == ["Upper East Region"]
