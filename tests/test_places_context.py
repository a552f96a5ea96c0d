"""Place resolution in the light of the article: homonyms, paragraphs and names the gazetteer lacks."""

from __future__ import annotations

import pytest

from basewatch.extract.places import Places
from test_places import find, run


def test_unlisted_settlement_does_not_take_the_country_of_the_paragraph_before(places: Places) -> None:
    text = ("Laos has reinforced its northern garrisons. Laos says the new posts in Laos are defensive.\n"
            "Thailand, for its part, moved tanks to the border town of Aranyaprathet.\n"
            "The army will open a new base at Khoutwongsa, near the border, next year.")
    assert find(run(places, text), "Khoutwongsa").country == "LA"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Libya's coast guard patrols off Tripoli and Misrata. An analyst in Valletta doubts the plan.", "Valletta",
         "MT"),
        ("Somalia's army retook Kismayo from al-Shabaab. Diplomats in Moroni said nothing.", "Moroni", "KM"),
    ],
)
def test_small_capital_abroad_after_a_trigger_is_the_capital(places: Places, text: str, surface: str,
                                                             country: str) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Convoys from Armenia crossed the Lachin corridor.", "Lachin corridor", "Lachin corridor", "AZ"),
        ("French troops hunted militants in the Adrar des Ifoghas.", "Adrar des Ifoghas", "Adrar des Ifoghas", "ML"),
        ("The missiles were moved beyond the Urals.", "Urals", "Ural Mountains", "RU"),
        ("A German frigate passed the Fehmarn Belt.", "Fehmarn Belt", "Fehmarn Belt", None),
        ("Chinese coast guard ships entered Manila Bay.", "Manila Bay", "Manila Bay", "PH"),
        ("Kurdish forces in Rojava hold the oil fields.", "Rojava", "Rojava", "SY"),
    ],
)
def test_regions_seas_and_straits_reporting_names(places: Places, text: str, surface: str, name: str,
                                                  country: str | None) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Lithuania's army trains at Gaiziunai. The new barracks stand at Kairiukai, a former Soviet range about 20 km"
         " north of Vilnius.", "Kairiukai", "LT"),
        ("Kenya's navy patrols the coast. The drones fly from Mokowe, 10 km west of Lamu.", "Mokowe", "KE"),
    ],
)
def test_a_name_measured_from_another_place_is_a_place(places: Places, text: str, surface: str, country: str) -> None:
    assert find(run(places, text), surface).country == country


def test_a_person_measured_in_words_is_no_place(places: Places) -> None:
    text = "Kenya's navy met at Lamu. Officers greeted Wanjiru, a captain who sailed 40 km north with them."
    assert "Wanjiru" not in {surface for surface, _ in run(places, text)}


@pytest.mark.parametrize(
    ("text", "not_places", "places_named"),
    [
        ("The carrier group of HMS Prince of Wales left Portsmouth.", {"Wales"}, {"Portsmouth"}),
        ("USS New York docked at Souda Bay.", {"New York"}, set()),
        ("Sailors of HMS Dauntless and Portsmouth dockers marched.", set(), {"Portsmouth"}),
    ],
)
def test_a_name_after_a_navy_prefix_is_the_ship(places: Places, text: str, not_places: set[str],
                                                places_named: set[str]) -> None:
    found = {surface for surface, _ in run(places, text)}
    assert not found & not_places
    assert places_named <= found


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        ("The Army will move a brigade to Georgia. Officials in Atlanta welcomed it.", "US", "admin1"),
        ("Officials in Georgia said Fort Stewart, near Savannah, would host the brigade.", "US", "admin1"),
        ("Georgia's government in Tbilisi protested. Officials in Atlanta said nothing.", "GE", "country"),
        ("Georgia sent troops to Afghanistan. Georgian soldiers trained in Germany.", "GE", "country"),
    ],
)
def test_a_state_named_like_a_country_is_the_state_where_the_article_names_its_towns(
        places: Places, text: str, country: str, kind: str) -> None:
    place = find(run(places, text), "Georgia")
    assert (place.country, place.kind) == (country, kind)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("French forces left Gao and Menaka in northern Mali.", "Menaka", "ML"),
        ("Drones flew from Arlit, in north-western Niger.", "Arlit", "NE"),
    ],
)
def test_a_country_after_a_compass_word_qualifies_the_town_before_it(places: Places, text: str, surface: str,
                                                                    country: str) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Russian forces shelled Mykolaiv overnight.", "Mykolaiv", "UA"),
        ("Turkish drones bombed Qamishli and Kobani.", "Qamishli", "SY"),
        ("The army retook Kupiansk in the spring.", "Kupiansk", "UA"),
    ],
)
def test_what_is_shelled_or_retaken_is_a_place(places: Places, text: str, surface: str, country: str) -> None:
    assert find(run(places, text), surface).country == country


def test_a_person_attacked_is_no_place(places: Places) -> None:
    assert not {surface for surface, _ in run(places, "Critics attacked Smith and Jones over the plan.")}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("The cutter sailed from St Lucia to St. Vincent and the Grenadines on Monday.", "St Lucia", "LC"),
        ("The cutter sailed from St Lucia to St. Vincent and the Grenadines on Monday.",
         "St. Vincent and the Grenadines", "VC"),
        ("Ministers from St Helena and from St Pierre and Miquelon met in London.", "St Helena", "SH"),
        ("Aid for St Kitts and Nevis was announced on Friday.", "St Kitts and Nevis", "KN"),
    ],
)
def test_a_state_or_territory_named_for_a_saint_is_found_in_its_short_form(places: Places, text: str, surface: str,
                                                                           country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.kind, place.country) == ("country", country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Storms battered Nevis on Monday. Two boats sank in Charlestown overnight, the coast guard said.", "KN"),
        ("Storms battered Louisiana on Monday. Two boats sank in Charlestown overnight, the coast guard said.", "US"),
    ],
)
def test_an_island_of_one_state_vouches_for_its_towns(places: Places, text: str, country: str) -> None:
    assert find(run(places, text), "Charlestown").country == country


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Cape Verde's coast guard opened a post at Palmeira this spring. Cape Verde bought its boats from Portugal, "
         "officials in Praia said, and Cape Verde will train crews in Lisbon.", "Palmeira", "CV"),
        ("Saint Kitts and Nevis will station a patrol boat at Charlestown. Saint Kitts and Nevis signed the deal with "
         "the United States in Basseterre, and Saint Kitts and Nevis will pay for fuel.", "Charlestown", "KN"),
    ],
)
def test_a_small_states_village_is_the_namesake_in_a_story_about_it(places: Places, text: str, surface: str,
                                                                      country: str) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize("text", ["Navy divers trained off the US Virgin Islands in March.",
                                  "Drills in the United States Virgin Islands ended on Friday."])
def test_the_us_virgin_islands_without_dots_are_the_territory(places: Places, text: str) -> None:
    assert [m.country for _, m in run(places, text) if m.kind == "country"] == ["VI"]
