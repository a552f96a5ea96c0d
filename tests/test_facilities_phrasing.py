"""Facilities in general phrasings of news reporting: organisations owning bases, foreign-language articles."""

from __future__ import annotations

from typing import Any

import pytest

from basewatch.extract.facility_attrs import _dominant_country
from basewatch.extract.normalize import make_doc
from basewatch.model import PlaceMention
from spans import facilities_found as found
from spans import only_facility


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Insurgents fired mortars at a NATO base in Kandahar on Sunday.", "Kandahar"),
        ("Insurgents fired mortars at the NATO base in Kandahar on Sunday.", "Kandahar"),
        ("Gunmen attacked the UN base in Menaka on Friday.", "Menaka"),
        ("The attack hit an African Union base near Mogadishu, police said.", "Mogadishu"),
        ("A coalition base near Deir al-Zour came under rocket fire.", "Deir al-Zour"),
        ("Peacekeepers left the MINUSCA camp at Bambari last year.", "Bambari"),
    ],
)
def test_an_organisation_before_a_placed_head_owns_it_and_the_place_names_it(pipeline: Any, text: str,
                                                                             town: str) -> None:
    assert only_facility(pipeline, text).startswith(town)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Armada envió dos fragatas a la base naval, según el ministerio, para unas maniobras con los aliados.",
         "es"),
        ("El gobierno anunció que la base militar recibirá nuevos helicópteros del ejército en marzo.", "es"),
        ("Les soldats sont arrivés à la base dans la nuit, selon le ministère des Armées.", "fr"),
        ("Die Soldaten sind am Montag in die Kaserne zurückgekehrt, teilte die Bundeswehr mit.", "de"),
        ("The frigates sailed from the naval base on Monday, the ministry said.", "en"),
    ],
)
def test_spanish_is_not_taken_for_french(text: str, lang: str) -> None:
    assert make_doc(text).language == lang


def test_the_language_is_read_from_the_whole_text() -> None:
    text = "Vessels sailed at dawn. " * 200 + "Les soldats sont dans la base avec les alliés."
    assert make_doc(text).language == "fr"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Los cazas llegaron a la Base Aérea de Morón el martes, según fuentes del ministerio.", "Moron Air Base",
         "ES"),
        ("La Armada mantiene la base naval estadounidense de Rota desde hace años, según el ministerio.",
         "Naval Station Rota", "ES"),
        ("Los soldados llegaron a la base militar en Herat el lunes, según el ministerio de Defensa.",
         "base militar en Herat", "AF"),
        ("Les drones sont stationnés sur la Base aérienne 709 de Cognac depuis l'an dernier, selon le ministère.",
         "Cognac air base", "FR"),
        ("Moscou a renforcé la base navale russe de Tartous avec deux frégates, selon les images.",
         "Tartus naval facility", "SY"),
        ("Die Soldaten kehrten am Montag in die Kaserne in Munster zurück, teilte die Bundeswehr mit.",
         "Kaserne in Munster", "DE"),
    ],
)
def test_a_place_after_a_foreign_head_and_its_adjectives_names_it(pipeline: Any, text: str, name: str,
                                                                  country: str) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "La decisión se tomó sobre la base de los informes de Washington, según el ministro.",
        "El acuerdo se firmó sobre la base de Naciones Unidas y de la OTAN, según el ministro.",
        "Die Bundeswehr verlegt die Jets auf den Fliegerhorst. Der Fliegerhorst liegt in Bayern, sagte der Minister.",
    ],
)
def test_a_basis_or_a_verb_before_a_region_names_no_base(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Satellite images show new buildings at a radar site near Olenegorsk, analysts said.",
         "Olenegorsk radar site"),
        ("Engineers are rebuilding the old pad as the Angara launch complex, the agency said.",
         "Angara launch complex"),
        ("Marines held drills at the Cabo Noval training range near the coast.", "Cabo Noval training range"),
        ("The missiles were tested at the Kapustin Yar missile test range, officials said.",
         "Kapustin Yar missile test range"),
        ("A new air defence site near Baltiysk guards the fleet, analysts said.", "Baltiysk air defence site"),
        ("Russia has a proving ground at Kapustin Yar in the Astrakhan region.", "Kapustin Yar proving ground"),
    ],
)
def test_sites_ranges_and_launch_complexes_are_installations(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The country has turned into a launch pad for other people's wars, the party said.",
        "Greece is a launch pad for the alliance, the minister said.",
    ],
)
def test_a_figurative_launch_pad_is_no_installation(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


def test_a_named_site_at_a_catalogued_installation_is_part_of_it(pipeline: Any) -> None:
    text = "The Polish army guards the Iron Gate missile defence site at Redzikowo, officials said."
    names = found(pipeline, text)
    assert list(names) == ["Aegis Ashore Redzikowo"]
    assert "Iron Gate missile defence site" in names["Aegis Ashore Redzikowo"]["aliases"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Military cargo jets landed at Kuwait International Airport on Monday.", "Kuwait International Airport", "KW"),
        ("US drones flew from Djibouti International Airport, officials said.", "Djibouti International Airport",
         "DJ"),
        ("Troops guard the Mozambique LNG plant on the Afungi peninsula.", "Mozambique LNG plant", "MZ"),
        ("Rockets hit the Israel Aerospace Industries plant near Lod, the army said.",
         "Israel Aerospace Industries plant", "IL"),
    ],
)
def test_a_state_s_own_name_may_open_a_facility_s_name(pipeline: Any, text: str, name: str, country: str) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("The Russian Hmeimim base was attacked by drones.", "Hmeimim Air Base", "RU"),
        ("The US Al Udeid base hosts 10,000 troops, officials said.", "Al Udeid Air Base", "QA"),
    ],
)
def test_a_demonym_or_an_abbreviation_before_a_name_stays_out_of_it(pipeline: Any, text: str, name: str,
                                                                    operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Warships called at Tartus, where Russia keeps a naval base, officials said.", "Tartus"),
        ("The convoy reached Gao, where the French army had its main base until 2022.", "Gao"),
        ("The troops landed at Bossaso, where the UAE operates an airfield, witnesses said.", "Bossaso"),
        ("Rebels shelled Timbuktu, where the army runs a small outpost, on Friday.", "Timbuktu"),
        ("Drones were seen over Erbil, where a coalition base stands, on Tuesday.", "Erbil"),
        ("Troops patrol Tallinn, where the army's largest base lies.", "Tallinn"),
    ],
)
def test_a_where_clause_after_a_town_places_the_head_it_opens_or_its_subject_keeps(pipeline: Any, text: str,
                                                                                 town: str) -> None:
    assert only_facility(pipeline, text).startswith(town)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists visit Gao, where the market is busy, every week.",
        "Protesters marched in Tallinn, where the parliament sits, on Friday.",
        "Analysts visited Erbil, where the governor has an office near the base.",
    ],
)
def test_a_where_clause_with_no_installation_opening_it_names_none(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The reinforcements landed at Mocimboa da Praia on Monday. Troops guard the town's airfield, officials said.",
         "Mocimboa da Praia airfield"),
        ("The ship docked at Lamu on Friday. The island's airstrip was extended last year.", "Lamu airfield"),
        ("Soldiers moved into Berbera in May, and the city's port now hosts two warships.", "Berbera port"),
    ],
)
def test_the_town_s_head_is_the_town_named_last(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("While Kulob airfield was closed for repairs, the Russian jets flew from Dushanbe.", "Kulob airfield"),
        ("Because Ormeli airport lacks fuel, the navy's patrol planes stay away.", "Ormeli airport"),
    ],
)
def test_a_word_opening_a_clause_at_a_sentence_s_start_is_no_part_of_the_name(pipeline: Any, text: str,
                                                                               name: str) -> None:
    assert list(found(pipeline, text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two patrol boats of the navy now moor at the Harbour Home Guard station, the ministry said.",
         "Harbour Home Guard station"),
        ("Troops of the army paraded at the Ostland Military Region headquarters last week.",
         "Ostland Military Region headquarters"),
    ],
)
def test_a_stop_word_inside_a_capitalised_name_goes_on_it(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_head_placed_at_a_catalogued_name_is_a_mention_of_it(pipeline: Any) -> None:
    facs = found(pipeline, "Two transport jets left the air base at Hmeimim on Monday, the ministry said.")
    assert list(facs) == ["Hmeimim Air Base"]
    assert "air base at Hmeimim" in facs["Hmeimim Air Base"]["aliases"]


def test_the_harbour_a_placed_head_stands_in_is_its_place_not_an_installation(pipeline: Any) -> None:
    facs = found(pipeline, "The navy opened a small patrol base in Batumi harbour last year.")
    assert list(facs) == ["Batumi base"]
    assert "small patrol base in Batumi harbour" in facs["Batumi base"]["aliases"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Two navy patrol aircraft flew to Vetrenok's small airport for the drills.", {"Vetrenok airport"}),
        ("The fighters will use Ulmarra's state-run airfield during the exercise.", {"Ulmarra airfield"}),
        ("Two navy patrol aircraft flew to John's airport for the drills.", set()),
        ("Two navy patrol aircraft flew to Boeing's airport for the drills.", set()),
    ],
)
def test_a_rare_name_the_places_layer_lacks_owns_an_airport_as_a_town(pipeline: Any, text: str,
                                                                       names: set[str]) -> None:
    assert set(found(pipeline, text)) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The transmission station of Rufisque was handed over to the army in June.", "Rufisque transmission station"),
        ("Insurgents attacked an army position near Mucojo, killing six soldiers.", "Mucojo outpost"),
        ("Rebels overran a military position outside Kidal on Sunday.", "Kidal outpost"),
        ("Only Djibouti still hosts a large French base on the continent.", "Djibouti base"),
        ("Djibouti also hosts a Chinese naval base, officials said.", "Djibouti naval base"),
    ],
)
def test_stations_positions_and_bases_a_state_hosts(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("The images show a radar site on a hill above the island's southern tip, near Indira Point.",
         "Indira Point radar site", "radar site on a hill above the island's southern tip"),
        ("Engineers built a radar station on a ridge north of the town, near Kulob, officials said.",
         "Kulob radar station", "radar station on a ridge north of the town"),
        ("The ship docked at Lamu on Friday. Satellite images show a radar station on the island's northern tip.",
         "Lamu radar station", "radar station on the island's northern tip"),
    ],
)
def test_a_spot_described_in_words_is_named_by_the_place_after_it_or_its_island(pipeline: Any, text: str, name: str,
                                                                                mention: str) -> None:
    assert mention in found(pipeline, text)[name]["aliases"]


def test_a_garrison_at_the_city_s_airport_is_no_spot_of_its_own(pipeline: Any) -> None:
    text = ("Russian helicopters use Qamishli airport, analysts said. Qamishli is also home to a Syrian army "
            "garrison at the city's airport.")
    assert "Qamishli base" not in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The naval base Vice-Admiral Kerr, on the port of Dakar, was returned in May.",
         "Vice-Admiral Kerr naval base"),
        ("Officers inspected the airfield Tabqa and the base Ayn Issa on Sunday.", "Ayn Issa base"),
        ("The army left the base Camp Bravo, officials said.", "Camp Bravo"),
    ],
)
def test_a_name_right_after_a_definite_head_names_it(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "They visited the air base Monday, officials said.",
        "Fighters use the base Hezbollah built in the valley.",
        "Troops left the base Russia built near the border.",
        "The base NATO runs in the north is small.",
    ],
)
def test_a_date_an_actor_or_a_clause_after_a_head_names_nothing(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


def test_a_country_a_locative_names_in_the_sentence_locates_an_unplaced_facility(pipeline: Any) -> None:
    text = "Turkey keeps one training base abroad, in Somalia, which opened in 2017 beside the Marwaz jetty."
    assert found(pipeline, text)["Marwaz jetty"]["country"] == "SO"


def test_a_possessor_country_does_not_locate_a_facility(pipeline: Any) -> None:
    text = "Workers paved a runway on Vietnam's Ladd Reef in the Spratly chain, images show."
    assert found(pipeline, text)["Ladd Reef"]["country"] is None


@pytest.mark.parametrize(
    ("towns", "expected"),
    [
        (["SN", "SN", "SN", "SN", "GA", "FR"], "SN"),
        (["MZ"] * 8 + ["RW"] * 3 + ["ES"] * 2, "MZ"),
        (["KW", "KW", "IQ", "QA", "US"], None),
        (["SN", "SN", "FR"], None),
    ],
)
def test_the_dominant_country_has_most_towns_by_far(towns: list[str], expected: str | None) -> None:
    places = [PlaceMention((i, i + 1), f"T{i}", country) for i, country in enumerate(towns)]
    assert _dominant_country(places) == expected


@pytest.mark.parametrize(
    ("text", "here", "there"),
    [
        ("Two Patriot batteries were moved to Camp Arifjan in June, after Iran fired missiles at Al Udeid Air Base.",
         "Camp Arifjan", "Al Udeid Air Base"),
        ("Four F-16 jets landed at Incirlik Air Base, because drones had struck Al Udeid Air Base.",
         "Incirlik Air Base", "Al Udeid Air Base"),
    ],
)
def test_kit_in_a_main_clause_is_not_a_time_or_cause_clause_s_facility(pipeline: Any, text: str, here: str,
                                                                       there: str) -> None:
    facs = found(pipeline, text)
    assert facs[here]["equipment"]
    assert facs[there]["equipment"] == []


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Helicopter units rotate through Kalambaka, a Greek army airfield near Trikala, every spring.",
         "Kalambaka airfield", "GR"),
        ("Drones flew from Tessit, a Malian army outpost near the border, on Monday.", "Tessit outpost", "ML"),
    ],
)
def test_a_state_in_an_apposed_description_runs_the_facility(pipeline: Any, text: str, name: str,
                                                            operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_camp_named_after_a_foreign_town_is_where_the_article_puts_it(pipeline: Any) -> None:
    text = ("US troops moved from Iraq to Kuwait this year, and Kuwait says the troops will stay in Kuwait. "
            "Camp Tehran, the main U.S. base in the country in the 1990s, closed in 2005.")
    fac = found(pipeline, text)["Camp Tehran"]
    assert (fac["country"], fac["operator"]) == ("KW", "US")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A new air base is being built at Kyaukpyu, analysts say.", "Kyaukpyu air base"),
        ("A naval base has been established at Jask, state media said.", "Jask Naval Base"),
        ("The strike hit a military airport near Hama, state media reported.", "Hama airfield"),
        ("The Pentagon is expanding its airfield on the Pacific island of Tinian.", "Tinian airfield"),
    ],
)
def test_heads_being_built_near_a_division_s_town_or_on_a_described_island(pipeline: Any, text: str,
                                                                          name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Washington runs a drone base in Niger's Agadez, officials said.", "Agadez base"),
        ("Moscow keeps an airfield near Syria's Qamishli, analysts said.", "Qamishli airfield"),
    ],
)
def test_a_town_after_its_state_s_possessive_names_the_head(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Drones hit air bases at Engels, Morozovsk and Millerovo overnight.",
         {"Engels Air Base", "Morozovsk Air Base", "Millerovo Air Base"}),
        ("The strikes targeted the Shaykhah and Tarmiyah air bases, officials said.",
         {"Shaykhah air base", "Tarmiyah air base"}),
    ],
)
def test_each_name_of_a_list_by_a_plural_head_is_an_installation(pipeline: Any, text: str, names: set[str]) -> None:
    assert set(found(pipeline, text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Georgia's coast guard runs three small stations at Batumi, Poti and Anaklia, the ministry said.",
         {"Batumi naval base", "Poti naval base", "Anaklia naval base"}),
        ("Power stations at Batumi and Poti lost their roofs in the storm.", set()),
        ("The navy plans new bases while engineers inspect pumping stations at Batumi and Poti.", set()),
    ],
)
def test_a_sea_service_s_stations_listed_after_it_are_its_bases(pipeline: Any, text: str, names: set[str]) -> None:
    assert set(found(pipeline, text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Russia keeps bases in Armenia, Tajikistan and Kyrgyzstan.",
        "The Army and Air Force bases were closed, officials said.",
        "The Andaman and Nicobar Command watches the strait. India hardens its Andaman and Nicobar outposts.",
    ],
)
def test_states_services_and_compound_names_by_a_plural_head_are_none(pipeline: Any, text: str) -> None:
    assert not any(name.startswith(("Armenia", "Tajikistan", "Air", "Andaman ", "Nicobar "))
                   for name in found(pipeline, text))


@pytest.mark.parametrize(
    ("text", "name", "operator", "country"),
    [
        ("Beijing has one acknowledged overseas military base, in Djibouti, which opened in 2017.",
         "Chinese base in Djibouti", "CN", "DJ"),
        ("Drones hit a US base in Syria on Monday, officials said.", "US base in Syria", "US", "SY"),
        ("Russia also keeps a naval base in Syria, the report said.", "Russian naval base in Syria", "RU", "SY"),
    ],
)
def test_a_state_s_base_in_another_state_is_named_by_both(pipeline: Any, text: str, name: str, operator: str,
                                                         country: str) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["operator"], fac["country"]) == (operator, country)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia has a base in Armenia, officials said.",
        "Drones hit Watiya air base. The base, near the village of Tarhunah, in Libya, is home to Turkish drones.",
    ],
)
def test_a_state_s_own_base_or_a_definite_description_is_not_named_by_the_country(pipeline: Any, text: str) -> None:
    assert not any(" in " in name for name in found(pipeline, text))


def test_the_state_s_base_in_a_country_is_its_catalogued_one_there(pipeline: Any) -> None:
    text = "Troops at Al Tanf Garrison were attacked. Drones also hit a US base in Syria on Monday."
    assert list(found(pipeline, text)) == ["Al Tanf Garrison"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops fired artillery at the Udairi range on Monday, the army said.", "Udairi range"),
        ("Marines held live-fire drills at the Nightingale range last week.", "Nightingale range"),
    ],
)
def test_a_named_range_in_military_news_is_an_installation(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants hid in the Zagros range, the army said.",
        "The Tien Shan range is a popular destination for hikers.",
    ],
)
def test_a_mountain_range_is_no_installation(pipeline: Any, text: str) -> None:
    assert not any(name.endswith("range") for name in found(pipeline, text))


def test_kit_taking_part_in_drills_is_the_range_s_and_the_base_s_its_troops_came_from(pipeline: Any) -> None:
    text = ("Troops from the Lyaur air base began drills at the Dangara range on Tuesday. "
            "T-72B3 tanks and Mi-8 helicopters were taking part, the district said.")
    facs = found(pipeline, text)
    assert facs["Dangara range"]["equipment"] == facs["Lyaur air base"]["equipment"] == ["T-72B3", "Mi-8"]


def test_a_town_whose_name_holds_a_head_word_is_not_its_base_by_itself(pipeline: Any) -> None:
    text = "PORT BLAIR, India - Fishermen in Port Blair sold their catch on Monday, the city council said."
    assert found(pipeline, text) == {}


def test_two_different_names_of_a_catalogued_base_name_it(pipeline: Any) -> None:
    text = "Sudan and Russia settled the deal for a Russian naval logistics centre at Port Sudan, the minister said."
    assert "Port Sudan naval logistics centre" in found(pipeline, text)


def test_headquarters_in_a_town_is_not_the_base_catalogued_under_the_town(pipeline: Any) -> None:
    text = "The theatre command is young. Its headquarters in Port Blair ran a few patrol boats, officers said."
    assert "INS Jarawa" not in found(pipeline, text)


def test_a_naval_air_station_s_own_name_is_the_catalogued_air_base(pipeline: Any) -> None:
    text = "The navy flies Dornier patrol planes from INS Baaz, a naval air station on Great Nicobar."
    assert list(found(pipeline, text)) == ["INS Baaz"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les Rafale ont atterri à l'aéroport militaire de Niamey mardi, selon l'état-major des armées.",
         "aéroport militaire de Niamey"),
        ("Les soldats ont quitté la caserne de Bouaké lundi, selon le ministère des Armées.", "caserne de Bouaké"),
        ("Los soldados regresaron al cuartel de Bétera el lunes, según el Ministerio de Defensa.",
         "cuartel de Bétera"),
        ("Los aviones aterrizaron en el aeropuerto militar de Getafe el martes, según el ministerio.",
         "aeropuerto militar de Getafe"),
        ("Die Panzer übten auf dem Truppenübungsplatz Munster, teilte die Bundeswehr mit.",
         "Truppenübungsplatz Munster"),
    ],
)
def test_french_spanish_and_german_installation_words(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_each_of_a_pair_of_named_quarters_is_a_base(pipeline: Any) -> None:
    text = "The Lyautey and Gallieni quarters, in the heart of the capital, were returned to the army on 7 March."
    assert set(found(pipeline, text)) == {"Lyautey base", "Gallieni quarters"}


def test_a_place_after_another_head_locates_that_head(pipeline: Any) -> None:
    text = ("Ships unload at the port of Alexandroupolis. An analyst said Alexandroupolis now matters more to "
            "Washington than any base on Crete.")
    assert found(pipeline, text)["Port of Alexandroupolis"]["admin1"] != "Crete"


def test_an_airfield_named_after_a_town_takes_the_town_s_division(pipeline: Any) -> None:
    text = "In Greece, destroyers called at Souda Bay, whose base shares an airfield with Chania International Airport."
    assert found(pipeline, text)["Chania International Airport"]["admin1"] == "Crete"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A first-level division of the town's name is still the town the head is named after.
        ("Two transport helicopters landed at the air base Tafilah in April.", "Tafilah air base"),
        ("About 300 reservists trained at the military training area Brennwald in June.", "Brennwald training area"),
        ("The last tanks left the military polygon Dubrava on Monday, near the border.", "Dubrava military polygon"),
        # Another spelling in brackets after the name.
        ("Six patrol aircraft were moved to the airfield Morovo (Morova) last week.", "Morovo airfield"),
    ],
)
def test_a_name_right_after_a_definite_modified_head(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)
