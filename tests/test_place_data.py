"""Reference place data: islands, capes and bays reporting on bases names, and abbreviations that are words."""

from __future__ import annotations

import pytest

from basewatch.extract.normalize import make_doc
from basewatch.extract.places import Places


@pytest.fixture(scope="module")
def places() -> Places:
    return Places()


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
