"""Reference place data: islands, capes and bays reporting on bases names, and abbreviations that are words."""

from __future__ import annotations

import pytest

from basewatch.extract.normalize import make_doc
from basewatch.extract.places import Places


def found(places: Places, text: str) -> dict[str, tuple[str, str | None]]:
    doc = places(make_doc(text))
    return {doc.surface(p.span): (p.name, p.country) for p in doc.places}


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("The airstrip on Car Nicobar was rebuilt.", "Car Nicobar", "Car Nicobar", "IN"),
        ("A jetty rose on North Andaman last year.", "North Andaman", "North Andaman", "IN"),
        ("Engineers cleared land near Indira Point.", "Indira Point", "Indira Point", "IN"),
        ("The jets turned back near Vaindloo island.", "Vaindloo", "Vaindloo", "EE"),
        ("Gas works on the Afungi peninsula stopped.", "Afungi peninsula", "Afungi", "MZ"),
        ("Warships anchored in the Bay of Cadiz.", "Bay of Cadiz", "Bay of Cádiz", "ES"),
        ("MONTGOMERY, Ala. - The guard unit deployed.", "Ala.", "Alabama", "US"),
        # A country's main islands, lakes, uplands and the counties reporting names.
        ("Cyclone damage closed roads across Vanua Levu.", "Vanua Levu", "Vanua Levu", "FJ"),
        ("Navy divers trained off Tongatapu in June.", "Tongatapu", "Tongatapu", "TO"),
        ("A patrol boat sank in Lake Nicaragua.", "Lake Nicaragua", "Lake Nicaragua", "NI"),
        ("Submarines berth on the Gare Loch.", "Gare Loch", "Gare Loch", "GB"),
        ("The tanks fired on Salisbury Plain.", "Salisbury Plain", "Salisbury Plain", "GB"),
        ("Bunkers are hidden in the Hunsrück.", "Hunsrück", "Hunsrück", "DE"),
        ("The radar at RAF Fylingdales in North Yorkshire was upgraded.", "North Yorkshire", "North Yorkshire", "GB"),
        ("Typhoons from RAF Coningsby in Lincolnshire scrambled.", "Lincolnshire", "Lincolnshire", "GB"),
        ("Marines landed at a beach in Zambales.", "Zambales", "Zambales", "PH"),
        ("Engineers poured concrete on Mayun last year.", "Mayun", "Perim", "YE"),
    ],
)
def test_listed(places: Places, text: str, surface: str, name: str, country: str) -> None:
    assert found(places, text)[surface] == (name, country)


def test_a_division_named_by_its_town_sets_the_context(places: Places) -> None:
    """'The Karaganda region' (read through the town Karagandy) puts a namesake town in that division."""
    text = "The range lies in the Karaganda region. Images show a site near Priozersk."
    assert found(places, text)["Priozersk"] == ("Priozersk", "KZ")


def test_unit_names_are_no_states(places: Places) -> None:
    assert "Ala" not in found(places, "Typhoons of the Ala 14 flew from Albacete.")


def test_a_camp_named_after_a_town_is_no_mention_of_it(places: Places) -> None:
    """'Camp Taji' is a base's name (the town may be another country's namesake); 'camp in Taji' is the town."""
    assert found(places, "Trainers left Camp Taji in 2020.") == {}
    assert "Taji" in found(places, "Trainers set up camp in Taji.")


def test_a_philippine_region_is_its_geonames_division(places: Places) -> None:
    doc = places(make_doc("Marines trained near Laoag in the Ilocos region."))
    assert {doc.surface(p.span): p.admin1 for p in doc.places} == {"Laoag": "Ilocos Region", "Ilocos": "Ilocos Region"}


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        ("Britain moved a squadron to Suffolk.", "GB", "region"),
        # A county whose name a town abroad bears is the town where the article names its country only.
        ("Virginia builds ships in Norfolk and Suffolk, near Chesapeake.", "US", "city"),
    ],
)
def test_a_county_gives_way_to_a_town_abroad(places: Places, text: str, country: str, kind: str) -> None:
    doc = places(make_doc(text))
    suffolk = next(p for p in doc.places if doc.surface(p.span) == "Suffolk")
    assert (suffolk.country, suffolk.kind) == (country, kind)


@pytest.mark.parametrize("text", ["Protesters marched down Northumberland Avenue in Ottawa.",
                                  "Police in Suffolk County, New York, made arrests."])
def test_a_street_or_county_named_after_a_region_is_its_own(places: Places, text: str) -> None:
    doc = places(make_doc(text))
    assert all(p.kind != "region" for p in doc.places)


def test_nearby_announces_a_small_town(places: Places) -> None:
    assert "Camporotondo Etneo" in found(places, "Italy is calm. Residents of nearby Camporotondo Etneo complained.")


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("A cyclone shut the harbour at Toamasina for a week.", "Toamasina", "Atsinanana Region"),
        ("The navy flew a patrol aircraft out of Mahajanga on Monday.", "Mahajanga", "Boeny Region"),
        ("Sailors from Antsiranana took part in the drill.", "Antsiranana", "Diana Region"),
        ("Rain cut the road from Morondava to the coast.", "Morondava", "Menabe Region"),
    ],
)
def test_madagascar_s_towns_lie_in_its_regions(places: Places, text: str, surface: str, admin1: str) -> None:
    """GeoNames codes Madagascar's towns by its regions: each code is the region of the town that is its capital."""
    doc = places(make_doc(text))
    assert {doc.surface(p.span): p.admin1 for p in doc.places}.get(surface) == admin1
