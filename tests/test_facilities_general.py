"""Facilities in news phrasing the tuned examples lack: towns inside names, adjectives before heads, unit posts,
bare modifiers that name nothing."""

from __future__ import annotations

from typing import Any

import pytest

from spans import check_spans
from spans import facilities_found as found


@pytest.mark.parametrize(
    ("text", "name", "country", "operator"),
    [
        ("Warships left the Konarak naval base on Monday. Chabahar port stayed shut.", "Konarak naval base", "IR",
         "IR"),
        ("Satellite images show new hangars at the Bokhtar air base, analysts said.", "Bokhtar air base", "TJ", "TJ"),
    ],
)
def test_a_town_inside_the_name_locates_the_facility(pipeline: Any, text: str, name: str, country: str,
                                                     operator: str) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["country"], fac["operator"], fac["geo_precision"]) == (country, operator, "town")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("French troops left the desert base at Abeche on Friday, the army said.", "Abeche base"),
        ("Soldiers have manned a small detachment on Batan Island since 2019, the military said.",
         "Batan Island outpost"),
        ("Troops fired Grad rockets during drills at the Lyaur firing position on Tuesday.", "Lyaur firing position"),
        ("Troops began drills at the Lyaur weapons range on Monday.", "Lyaur weapons range"),
        ("The old Soviet air base at Lyaur has been abandoned since the 1990s.", "Lyaur air base"),
        ("Jets landed at the Ras al-Hilal air base on Monday.", "Ras al-Hilal air base"),
        ("Workers are paving a runway for fighter jets on Barque Canada Reef, images show.", "Barque Canada Reef"),
        ("China has deployed fighter jets to the Lyaur and Kulob reefs.", "Kulob reefs"),
        ("The base sits on the edge of Abeche's Hassan Djamous international airport.",
         "Hassan Djamous international airport"),
        ("Russian teams inspected Qasr as-Sidra, a disused air base near the border, last week.",
         "Qasr as-Sidra air base"),
    ],
)
def test_heads_after_adjectives_and_unit_posts(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the County of Brant OPP detachment received several calls about the noise.",
        "Passengers waited for hours at Hassan Djamous international airport on Monday.",
        "Aid workers flew to Goma, a base for UN peacekeepers, on Monday.",
        "Russian troops crossed the Zagros range on foot during the drills.",
        "A detachment of Marines arrived in Darwin on Monday.",
        "Protesters gathered at the gate, near the Marine base, on Sunday.",
        "Engineers will rebuild the old Second World War harbour in northern Borneo, the navy said.",
    ],
)
def test_no_facility(pipeline: Any, text: str) -> None:
    assert not found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Russian jets use the Lyaur airfield, 10 km west of Dushanbe, which Tajikistan's air force operates.",
         "Lyaur airfield", "TJ"),
        ("The Talasea naval base, on the far side of the bay, is run by the Papua New Guinea Defence Force.",
         "Talasea naval base", "PG"),
        ("Australia has spent A$175 million rebuilding the Talasea naval base in Papua New Guinea.",
         "Talasea naval base", "PG"),
        ("French troops left the base at Abeche in Chad on Friday.", "Abeche base", "TD"),
    ],
)
def test_who_runs_it(pipeline: Any, text: str, name: str, operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_place_owning_the_next_clause_does_not_locate(pipeline: Any) -> None:
    text = "A new wharf at the Talasea naval base is nearly finished, Australia's defence department said."
    assert found(pipeline, text)["Talasea naval base"]["country"] != "AU"


def test_a_facility_named_by_the_place_another_is_in_is_that_facility(pipeline: Any) -> None:
    text = ("Work on the Talasea naval base wharf is nearly done. The wharf at the Lombrum naval base on Talasea "
            "Island will take patrol boats. The base is run by the Papua New Guinea Defence Force.")
    result = found(pipeline, text)
    assert list(result) == ["Lombrum naval base"]
    assert result["Lombrum naval base"]["operator"] == "PG"


def test_a_base_in_a_town_and_the_town_port_stay_apart(pipeline: Any) -> None:
    text = "US troops serve at the Lyaur air base in Kulob. The Kulob port will be extended by Tajik troops."
    assert {"Lyaur air base", "Kulob port"} <= set(found(pipeline, text))


def test_an_island_of_a_group_is_no_facility(pipeline: Any) -> None:
    text = "Russian troops held missile drills on the disputed Kuril island of Iturup on Monday."
    assert "Kuril island" not in found(pipeline, text)


def test_a_name_does_not_open_with_of(pipeline: Any) -> None:
    text = "Two MQ-9 drones were photographed on the apron of Rafael Hernandez Airport on Monday."
    assert "Rafael Hernandez Airport" in found(pipeline, text)


def test_a_capital_opening_a_sentence_is_where_officials_speak(pipeline: Any) -> None:
    text = "In Washington, officials said two MQ-9 drones had landed at the Lyaur air base on Monday."
    assert found(pipeline, text)["Lyaur air base"]["country"] is None


def test_a_sentence_opening_in_a_town_gives_the_country(pipeline: Any) -> None:
    text = ("On the other side of the island, in Aguadilla, two MQ-9 drones stood beside the old Lyaur Air Force "
            "Base runway.")
    fac = found(pipeline, text)["Lyaur Air Force Base"]
    assert (fac["country"], fac["operator"]) == ("PR", None)


def test_a_bare_name_is_the_facility_again(pipeline: Any) -> None:
    text = ("Fighters from the Lyaur airfield took part in the drills. The port of Lae was closed. "
            "Lyaur's runway, at roughly 2,300 metres, takes transport planes.")
    runways = {name: [r["length_m"] for r in fac["runways"]] for name, fac in found(pipeline, text).items()}
    assert runways["Lyaur airfield"] == [2300.0]


def test_a_shared_runway_is_each_facility_s(pipeline: Any) -> None:
    text = ("France handed the Lyaur base to the army in the early 1960s.\n\nThe base sits on the edge of Abeche's "
            "Hassan Djamous international airport, and the two share a runway of about 9,200 feet.")
    facilities = found(pipeline, text)
    runways = {name: [r["length_m"] for r in fac["runways"]] for name, fac in facilities.items()}
    assert runways == {"Lyaur base": [2804.2], "Hassan Djamous international airport": [2804.2]}
    base = facilities["Lyaur base"]
    assert [text[s:e] for s, e in base["mentions"]] == ["Lyaur base", "The base"]


def test_a_runway_lengthened_from_about_one_figure_to_around_another(pipeline: Any) -> None:
    text = "At the Lyaur airfield the runway was lengthened from about 750 metres to around 1,300 metres in 2016."
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    runways = {(r["length_m"], r["status"]) for f in result["facilities"] for r in f["runways"]}
    assert runways == {(750.0, "previous"), (1300.0, "extended")}


def test_a_town_owning_the_name_locates_it(pipeline: Any) -> None:
    text = "The base sits on the edge of N'Djamena's Hassan Djamous international airport, in Chad."
    fac = found(pipeline, text)["Hassan Djamous international airport"]
    assert (fac["country"], fac["geo_precision"]) == ("TD", "town")


def test_a_trading_port_is_not_run_by_the_state_named_before_it(pipeline: Any) -> None:
    text = "French equipment left through the Cameroonian port of Douala last week."
    fac = next(iter(found(pipeline, text).values()))
    assert (fac["operator"], fac["country"]) == (None, "CM")


def test_a_former_base_has_no_host_operator(pipeline: Any) -> None:
    text = "US jets landed at the former Lyaur naval station in Ceiba, Puerto Rico, on Saturday."
    fac = found(pipeline, text)["Lyaur naval station"]
    assert (fac["operator"], fac["country"]) == (None, "PR")


def test_an_airport_in_an_article_about_bases_is_a_facility(pipeline: Any) -> None:
    text = ("Troops reinforced the Lyaur air base on Monday. The airport in Kulob and Abeche's civilian airport "
            "were closed to flights.")
    facilities = found(pipeline, text)
    assert {"Lyaur air base", "Kulob airport", "Abeche airport"} <= set(facilities)
    assert facilities["Abeche airport"]["operator"] is None


def test_a_year_after_a_locative_is_no_place(pipeline: Any) -> None:
    text = "Emirati engineers began building a second military base in 2019 near the coast."
    assert not [name for name in found(pipeline, text) if "2019" in name]


@pytest.mark.parametrize(
    "text",
    [
        "The terminal is run by China Lyaur Port Holdings, a state company, the navy said.",
        "Troops patrol the Kulob Sovereign Base Areas, where the air base lies.",
    ],
)
def test_a_head_inside_a_company_or_territory_name_is_no_facility(pipeline: Any, text: str) -> None:
    assert not [name for name in found(pipeline, text) if name.endswith(("Port", "Base"))]


def test_a_town_s_airport_is_not_its_catalogued_port(pipeline: Any) -> None:
    text = "Chinese warships called at Gwadar port in May. The new Gwadar airport has yet to open, officials said."
    kinds = {fac["kind"] for fac in found(pipeline, text).values()}
    assert {"port", "airfield"} <= kinds


def test_a_port_built_by_a_foreign_state_is_not_run_by_it(pipeline: Any) -> None:
    text = "Navy ships docked beside the Chinese-built Lyaur port in Djibouti on Monday."
    assert found(pipeline, text)["Lyaur port"]["operator"] is None


def test_a_definite_description_after_a_name_is_the_same_facility(pipeline: Any) -> None:
    text = ("Russia has built new shelters at the Lyaur airfield, the Northern Fleet's main air base in the Kulob "
            "region. Its 2,500-metre runway was repaved.")
    facilities = found(pipeline, text)
    assert list(facilities) == ["Lyaur airfield"]
    assert [r["length_m"] for r in facilities["Lyaur airfield"]["runways"]] == [2500.0]


def test_a_pronoun_after_a_fronted_phrase_is_the_last_sentence_s_subject(pipeline: Any) -> None:
    text = ("France handed the Lyaur base to the army on Monday. The base sits beside Kulob's civilian airport. "
            "At its peak it housed Mirage 2000D fighter jets and Tiger helicopters.")
    facilities = found(pipeline, text)
    assert set(facilities["Lyaur base"]["equipment"]) == {"Mirage 2000D", "Tiger"}
    assert facilities["Kulob airport"]["equipment"] == []


def test_the_base_is_not_a_place_only_called_an_airport(pipeline: Any) -> None:
    text = ("Engineers will study the Lyaur air base, which could become a second airport outside Kulob. "
            "The base has a 3,000-metre runway.")
    facilities = found(pipeline, text)
    assert [r["length_m"] for r in facilities["Lyaur air base"]["runways"]] == [3000.0]


def test_a_force_s_installation_at_a_place_is_a_facility(pipeline: Any) -> None:
    text = "US troops guard the Kenya Navy's installation at Lyaur Bay, in Lamu County, the army said."
    fac = found(pipeline, text)["Lyaur Bay installation"]
    assert (fac["operator"], fac["country"], fac["admin1"]) == ("KE", "KE", "Lamu County")


def test_a_site_in_a_town_outside_military_news_is_no_facility(pipeline: Any) -> None:
    text = "Workers found old coins at a building site in Kulob on Monday, the museum said."
    assert not found(pipeline, text)


def test_a_prefix_after_an_indefinite_article_names_no_station(pipeline: Any) -> None:
    text = "Every few weeks an RAF Voyager lands at the Lyaur air base after a long flight, the ministry said."
    assert list(found(pipeline, text)) == ["Lyaur air base"]


def test_a_named_ship_based_at_a_port_is_its_equipment(pipeline: Any) -> None:
    text = ("The patrol vessel HMS Forth is based at the Lyaur naval base. "
            "The frigate HMS Kent docked at the Kulob naval base on Monday.")
    equipment = {name: fac["equipment"] for name, fac in found(pipeline, text).items()}
    assert equipment == {"Lyaur naval base": ["HMS Forth"], "Kulob naval base": []}


def test_a_civilian_port_run_by_a_company_has_no_operator(pipeline: Any) -> None:
    text = "Chinese warships called at Gwadar port in May, officials said."
    assert found(pipeline, text)["Port of Gwadar"]["operator"] is None


def test_the_province_of_a_place_is_its_division(pipeline: Any) -> None:
    text = "US Marines landed rocket launchers at Lyaur Airport in the Philippines' northernmost province of Batanes."
    fac = found(pipeline, text)["Lyaur Airport"]
    assert (fac["country"], fac["admin1"]) == ("PH", "Batanes")


def test_an_airport_placed_nowhere_is_located_by_its_known_name(pipeline: Any) -> None:
    text = "A US missile launcher arrived at Laoag International Airport in April, near the air base."
    fac = found(pipeline, text)["Laoag International Airport"]
    assert (fac["country"], fac["geo_precision"]) == ("PH", "facility")


def test_a_runway_in_a_where_clause_is_the_place_s_not_the_last_facility_s(pipeline: Any) -> None:
    text = ("Taiwan sent jets from the Lyaur air base to Kulob, where the air force shares a 3,000-metre runway "
            "with the civilian airport.")
    assert found(pipeline, text)["Lyaur air base"]["runways"] == []


def test_a_runway_in_a_where_clause_after_a_facility_is_that_facility_s(pipeline: Any) -> None:
    text = "Jets use the Lyaur air base, where engineers lengthened the runway to 3,000 metres last year."
    assert [r["length_m"] for r in found(pipeline, text)["Lyaur air base"]["runways"]] == [3000.0]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian troops remain at Air Base 101, Mali's army said. Mali and Niger signed a pact; Mali pays.", "ML"),
        ("US troops left Air Base 101 in Niger, the Pentagon said. Niger asked them to go, unlike Mali.", "NE"),
    ],
)
def test_a_name_shared_by_installations_is_the_one_in_the_country_named_most(pipeline: Any, text: str,
                                                                             country: str) -> None:
    assert [fac["country"] for fac in found(pipeline, text).values()] == [country]


def test_air_defences_guarding_a_base_are_its_equipment(pipeline: Any) -> None:
    text = "Jets flew into the Lyaur air base on Monday. Two batteries of Patriot missiles guard the air base."
    assert found(pipeline, text)["Lyaur air base"]["equipment"] == ["Patriot"]


def test_it_is_home_to_is_said_of_the_facility_before(pipeline: Any) -> None:
    text = "The Lyaur air base lies north of the town. It is home to Su-30SM fighters, the ministry said."
    assert found(pipeline, text)["Lyaur air base"]["equipment"] == ["Su-30SM"]


def test_of_a_unit_names_no_facility(pipeline: Any) -> None:
    text = "Su-30SM fighters flew from an airfield of the Baltic Fleet during the drills, the ministry said."
    assert not found(pipeline, text)


def test_a_place_only_called_an_airport_is_not_run_by_whoever_finished_something_there(pipeline: Any) -> None:
    text = "Russian border guards completed their withdrawal from Lyaur International Airport, near the air base."
    assert found(pipeline, text)["Lyaur International Airport"]["operator"] is None


def test_the_only_airfield_named_is_the_airfield_paragraphs_later(pipeline: Any) -> None:
    text = ("Militants attacked the Lyaur military airfield on Monday. The army said the attack failed. "
            "Officials said five gunmen died. The group often exaggerates. Residents heard blasts.\n\n"
            "The airfield, about 110 km northwest of the capital, has a runway of more than 10,000 feet.")
    assert [r["length_m"] for r in found(pipeline, text)["Lyaur military airfield"]["runways"]] == [3048.0]


def test_its_before_a_name_points_to_the_state_before(pipeline: Any) -> None:
    text = "The Sri Lanka Navy moved its Lyaur Naval Command headquarters to the south in 2018, the navy said."
    assert found(pipeline, text)["Lyaur Naval Command headquarters"]["operator"] == "LK"


def test_a_town_s_port_and_the_base_named_after_the_town_stay_apart(pipeline: Any) -> None:
    text = ("Satellite images show the UAE tearing down its base at Assab. The UAE built the base beside the "
            "Eritrean port of Assab in 2015.")
    kinds = sorted(fac["kind"] for fac in found(pipeline, text).values())
    assert kinds == ["base", "port"]


def test_a_base_at_a_town_s_port_is_named_by_the_town(pipeline: Any) -> None:
    text = "The UAE has been dismantling parts of its base at the Eritrean port of Assab, images show."
    fac = next(iter(found(pipeline, text).values()))
    assert (fac["kind"], fac["operator"], fac["country"]) == ("base", "AE", "ER")


def test_plural_airstrips_on_a_list_of_facilities_are_one_each(pipeline: Any) -> None:
    text = "The navy has three airstrips of roughly 3,000 metres on Fiery Cross, Subi and Mischief reefs."
    runways = {name: [r["length_m"] for r in fac["runways"]] for name, fac in found(pipeline, text).items()}
    assert runways == {"Fiery Cross Reef": [3000.0], "Subi Reef": [3000.0], "Mischief Reef": [3000.0]}


def test_a_catalogued_island_base_named_as_the_island_in_military_news(pipeline: Any) -> None:
    text = ("The defense minister said the armed forces had moved Su-30MK2 fighters to the island of La Orchila, "
            "which has one runway of about 3 km.")
    fac = found(pipeline, text)["La Orchila military base"]
    assert (fac["operator"], [r["length_m"] for r in fac["runways"]]) == ("VE", [3000.0])


def test_an_island_named_outside_military_news_is_no_base(pipeline: Any) -> None:
    text = "Tourists sailed to the island of La Orchila on Monday, the ferry company said."
    assert not found(pipeline, text)


def test_an_island_owning_a_name_locates_it(pipeline: Any) -> None:
    text = "Crews are clearing Tinian's wartime Lyaur Field, where bombers took off in 1945, the air force said."
    assert found(pipeline, text)["Lyaur Field"]["country"] == "MP"


def test_equipping_it_ties_the_kit_to_the_facility_before(pipeline: Any) -> None:
    text = ("The unit would be based at Camp Lyaur, a post that opened in 2016. "
            "The ministry said it planned to equip it with Type 03 missiles.")
    assert found(pipeline, text)["Camp Lyaur"]["equipment"] == ["Type 03"]


@pytest.mark.parametrize(
    "text",
    [
        "The town grew up around Lyaur Field, the wartime airstrip that is now Kulob International Airport.",
        "The Lyaur naval station closed in 2004 and its airfield now operates as Kulob International Airport.",
    ],
)
def test_a_later_name_of_a_facility_is_the_same_facility(pipeline: Any, text: str) -> None:
    facilities = found(pipeline, text)
    assert len(facilities) == 1
    assert "Kulob International Airport" in next(iter(facilities.values()))["aliases"]


def test_kit_a_later_sentence_puts_elsewhere_is_not_the_last_facility_s(pipeline: Any) -> None:
    text = ("Su-34 bombers have been hosted at the Lyaur air base since 2020. "
            "Last month, two MiG-31BM interceptors flew over the North Pole during an exercise.")
    assert found(pipeline, text)["Lyaur air base"]["equipment"] == ["Su-34"]


def test_the_port_of_a_town_is_not_the_naval_base_catalogued_there(pipeline: Any) -> None:
    text = ("Warships gathered near the civilian port of Chabahar on Tuesday. Iran's navy is expanding the Konarak "
            "naval base. Commercial images show new docks at the naval base.")
    facilities = found(pipeline, text)
    port = next(fac for fac in facilities.values() if fac["kind"] == "port")
    assert (port["operator"], port["country"]) == (None, "IR")
    assert len(facilities["Konarak naval base"]["mentions"]) == 2


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Gunmen stormed the Gwadar Port Authority complex before security forces killed them.",
         "Gwadar Port Authority complex", None),
        ("French troops and the Japanese Lyaur Defense Forces facility near the airport guard the strait.",
         "Lyaur Defense Forces facility", "JP"),
    ],
)
def test_a_name_before_a_general_noun_is_a_facility_in_military_news(pipeline: Any, text: str, name: str,
                                                                     operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_general_noun_after_the_start_of_a_found_name_is_that_facility(pipeline: Any) -> None:
    text = ("Troops guard the Lyaur Point Water Treatment Plant. Engineers said the Lyaur Point facility "
            "was damaged by shelling.")
    assert "Lyaur Point facility" not in found(pipeline, text)


def test_kit_taking_part_is_the_one_facility_named_before(pipeline: Any) -> None:
    text = ("Troops from the Lyaur military base began an exercise on Tuesday. "
            "About 200 vehicles, including T-72B3 tanks and Mi-8 helicopters, were taking part, the army said.")
    assert sorted(found(pipeline, text)["Lyaur military base"]["equipment"]) == ["Mi-8", "T-72B3"]


def test_a_town_named_on_its_own_elsewhere_that_opens_a_name_locates_it(pipeline: Any) -> None:
    text = ("Gunmen attacked Quetta on Monday. Troops then guarded the Quetta Port Authority complex, "
            "which houses intelligence offices, the army said.")
    fac = found(pipeline, text)["Quetta Port Authority complex"]
    assert (fac["country"], fac["admin1"]) == ("PK", "Balochistan")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("China is building a planned naval base at Lyaur, satellite images show.", "Lyaur naval base"),
        ("Two cutters left Coast Guard Air Station Lyaur on Monday, the service said.",
         "Coast Guard Air Station Lyaur"),
        ("Radars at Lyaur Air Force Station tracked the missile launch.", "Lyaur Air Force Station"),
        ("Troops returned to the Kulob barracks after the exercise, the army said.", "Kulob barracks"),
        ("Warships were repaired at the Lyaur naval shipyard on Monday.", "Lyaur naval shipyard"),
        ("The drones were launched from an airfield near the village of Lyaur, officials said.", "Lyaur airfield"),
    ],
)
def test_common_news_phrasings_of_installations(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_who_built_a_station_is_not_who_runs_it(pipeline: Any) -> None:
    text = "The Russian-built radar station at Lyaur was hit by a drone on Sunday."
    assert found(pipeline, text)["Lyaur radar station"]["operator"] != "RU"


def test_a_state_that_operates_the_base_named_next_runs_it(pipeline: Any) -> None:
    text = "The United States operates the Lyaur air base in Kyrgyzstan, officials said."
    fac = found(pipeline, text)["Lyaur air base"]
    assert (fac["operator"], fac["country"]) == ("US", "KG")


def test_a_facility_measured_from_a_town_lies_in_its_country(pipeline: Any) -> None:
    text = "The Lyaur airfield, about 40 km north of Dushanbe, was built by India in 2002."
    assert found(pipeline, text)["Lyaur airfield"]["country"] == "TJ"


def test_a_town_hosting_a_base_names_it(pipeline: Any) -> None:
    text = "Kulob, a town in Khatlon province, hosts a Russian military base, officials said."
    fac = found(pipeline, text)["Kulob base"]
    assert (fac["operator"], fac["country"]) == ("RU", "TJ")


def test_a_territory_s_port_of_a_town_is_the_trading_port(pipeline: Any) -> None:
    text = "Iran's port of Chabahar will be expanded by Indian firms, officials said on Monday."
    fac = next(iter(found(pipeline, text).values()))
    assert (fac["kind"], fac["operator"], fac["country"]) == ("port", None, "IR")


def test_in_the_city_is_the_town_named_before_in_the_sentence(pipeline: Any) -> None:
    text = ("Missiles struck the fleet's headquarters in Sevastopol, and drones hit the Lyaur shipyard in the city "
            "on Monday.")
    fac = found(pipeline, text)["Lyaur shipyard"]
    assert (fac["country"], fac["admin1"]) == ("UA", "Sevastopol City")


def test_a_town_named_after_a_fort_is_no_facility(pipeline: Any) -> None:
    text = "The chain runs clinics in Fort Myers and Tampa, Florida, and plans two more in Fort Worth, Texas."
    assert found(pipeline, text) == {}


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Drones struck the US-run base at Lyaur in Syria on Monday.", "US"),
        ("The Russian-held Lyaur air base in Syria was hit on Monday.", "RU"),
        ("Drones struck the Chinese-funded base at Lyaur in Cambodia on Monday.", "KH"),
    ],
)
def test_a_compound_says_who_runs_a_base_or_only_who_paid(pipeline: Any, text: str, operator: str) -> None:
    assert [fac["operator"] for fac in found(pipeline, text).values()] == [operator]


def test_kit_moved_to_two_facilities_listed_with_the_is_each_s(pipeline: Any) -> None:
    text = "Russia has moved S-400 batteries to the Lyaur air base and the Kulob naval base, officials said."
    assert {name: fac["equipment"] for name, fac in found(pipeline, text).items()} == {
        "Lyaur air base": ["S-400"], "Kulob naval base": ["S-400"]}


def test_a_state_s_own_uncatalogued_air_base_placed_nowhere_lies_in_it(pipeline: Any) -> None:
    text = "Turkey's Lyaur air base, used by US forces, hosts B61 bombs, analysts said."
    fac = found(pipeline, text)["Lyaur air base"]
    assert (fac["operator"], fac["country"]) == ("TR", "TR")


def test_the_state_whose_plan_a_base_is_runs_it(pipeline: Any) -> None:
    text = "An earlier Indian plan for a base on Lyaur Island stalled in 2018 after local opposition in the Seychelles."
    assert [fac["operator"] for fac in found(pipeline, text).values()] == ["IN"]


def test_a_base_a_breakaway_region_s_forces_use_has_no_state_operator(pipeline: Any) -> None:
    text = ("A drone struck a military base in Tiraspol on Sunday. The base is used by Transnistria's own armed "
            "forces, not by Russian troops.")
    fac = found(pipeline, text)["Tiraspol base"]
    assert (fac["operator"], fac["country"]) == (None, "MD")


def test_there_after_keeping_kit_is_the_sentence_s_subject(pipeline: Any) -> None:
    text = ("The Lyaur naval base, on the far side of the Kulob Harbour, is run by the Papua New Guinea Defence Force, "
            "which keeps its two Guardian-class patrol boats there.")
    facilities = found(pipeline, text)
    assert facilities["Lyaur naval base"]["equipment"] == ["Guardian"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkey operates a military base in Mogadishu where it trains Somali soldiers.", "Mogadishu base"),
        ("The last soldiers handed over the former French base in the capital, Niamey, on Sunday.", "Niamey base"),
        ("Officials unveiled a proposed integrated naval base in Ushuaia, Argentina's southernmost city.",
         "Ushuaia naval base"),
        ("Engineers are upgrading the Kourou tracking station in French Guiana.", "Kourou tracking station"),
        ("Three soldiers died when rebels overran an army post at Kalehe, the military said.", "Kalehe outpost"),
        ("Les avions ont décollé de la base aérienne de Niamey lundi.", "base aérienne de Niamey"),
        ("Russian instructors are housed in the military section of Bangui airport, diplomats said.",
         "Bangui airport"),
        ("US troops at Camp Lemonnier in Djibouti were placed on alert.", "Camp Lemonnier"),
        ("A missile brigade is based at the Kaliningrad garrison, officials said.", "Kaliningrad garrison"),
        ("Marines trained at the Shoalwater Bay Training Area in Queensland.", "Shoalwater Bay Training Area"),
        ("The Pentagon is expanding its drone base in Agadez, Niger.", "Agadez base"),
        ("India inaugurated a naval air station at Minicoy in the Lakshadweep islands.", "Minicoy naval air station"),
        ("US Marines rotated through Robertson Barracks in Darwin this year.", "Robertson Barracks"),
        ("Drones struck an ammunition depot near Toropets, officials said.", "Toropets ammunition depot"),
        ("Sweden reopened its naval headquarters at Muskö, a base hewn into rock.", "Muskö base"),
        ("Engineers upgraded a radar station planned near Kure, villagers said.", "Kure radar station"),
        ("The army is building a new base on the outskirts of Bamako, officials said.", "Bamako base"),
        ("Troops were moved to a forward operating base near Kandahar.", "Kandahar base"),
        ("The army runs a training camp in Kismayo for Somali recruits.", "Kismayo training camp"),
        ("The Russian navy keeps a supply point in Tartus, its only Mediterranean base.", "Tartus naval facility"),
        ("Helicopters flew from the Ouallam garrison to the border.", "Ouallam garrison"),
        ("Rebels seized the Kamina military base in southern Congo on Monday.", "Kamina military base"),
        ("The Wagner group took over a former UN camp near Timbuktu.", "Timbuktu camp"),
        ("Ammunition exploded at a military warehouse in Tikhoretsk on Friday.", "Tikhoretsk military warehouse"),
        ("Chinese personnel are stationed at a space tracking station in Neuquén province.",
         "Neuquén tracking station"),
        ("Les militaires ont rejoint le camp de Kosseï à N'Djamena.", "camp de Kosseï"),
        ("Die Bundeswehr zieht sich aus dem Feldlager Camp Castor in Gao zurück.", "Camp Castor"),
        ("Engineers built a helipad at the Sittwe naval outpost.", "Sittwe naval outpost"),
        ("Satellite photos show construction at a suspected missile site near Sakchu.", "Sakchu missile site"),
        ("French forces left their last base in Chad, at Abeche, in January.", "Abeche base"),
        ("The army has a base in northern Mali, near Gao, officials said.", "Gao base"),
        ("The New Norcia tracking station lost contact with the probe.", "New Norcia tracking station"),
        ("Die Soldaten sind in der Kaserne Munster stationiert.", "Kaserne Munster"),
        ("Rebels overran a government military camp at Rubaya.", "Rubaya base"),
        ("A naval base is planned at Sihanoukville, officials said.", "Sihanoukville naval base"),
        ("Iran's navy opened a base in the Gulf of Oman at Jask.", "Jask Naval Base"),
        ("Troops are based at a camp on the island of Lamu.", "Lamu camp"),
    ],
)
def test_described_planned_and_passing_installations(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_capital_after_of_stays_the_port_prefix_reading(pipeline: Any) -> None:
    text = "Officials said the port of Tripoli could work with the new airfield."
    assert "port of Tripoli" in found(pipeline, text)


def test_a_region_with_no_town_after_it_names_nothing(pipeline: Any) -> None:
    assert found(pipeline, "The army has a base in northern Mali, in January, officials said.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The company opened a new training camp for football players in Marbella.",
        "Fans gathered at a football training ground in Manchester.",
        "She flew to Fort Lauderdale on Monday to visit family.",
    ],
)
def test_civil_camps_and_fort_towns_are_no_installations(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


def test_a_host_base_and_the_foreign_station_inside_it_stay_two(pipeline: Any) -> None:
    text = ("The Italian air force's Sigonella air base in Sicily has long hosted the American Naval Air Station "
            "Sigonella, whose patrol aircraft fly over the Mediterranean.")
    facs = {f["name"]: f for f in pipeline.extract(text, published="2024-05-01")["facilities"]}
    host, tenant = facs["Sigonella air base"], facs["Naval Air Station Sigonella"]
    assert (host["operator"], host["tenants"], host["country"]) == ("IT", ["US"], "IT")
    assert (tenant["operator"], tenant["tenants"], tenant["country"]) == ("US", [], "IT")


def test_the_foreign_station_named_again_by_its_place_stays_one(pipeline: Any) -> None:
    text = ("Naval Air Station Sigonella received two more drones on Monday. Sailors at Sigonella said the "
            "aircraft would fly over Libya.")
    assert len(found(pipeline, text)) == 1


def test_the_base_at_a_host_place_splits_off_the_foreign_station(pipeline: Any) -> None:
    text = ("Two frigates docked at the Italian navy's base at Sigonella on Monday. The U.S. Navy's own installation "
            "there, Naval Air Station Sigonella, sent a patrol aircraft.")
    names = found(pipeline, text)
    assert names["Naval Air Station Sigonella"]["operator"] == "US"
    assert len(names) == 2


def test_a_runway_lengthened_in_the_next_sentence_gets_its_new_length(pipeline: Any) -> None:
    text = ("The Kiunga air base has a runway of 1,200 metres. Engineers lengthened it to 2,000 metres in 2019. "
            "The road to the town was extended to 20 km.")
    runways = found(pipeline, text)["Kiunga air base"]["runways"]
    assert [(r["length_m"], r["date"]) for r in runways] == [(1200.0, None), (2000.0, "2019")]


def test_a_state_opening_a_name_is_no_town_of_that_name(pipeline: Any) -> None:
    text = "Troops have guarded the Mozambique LNG plant since 2021, the army said."
    fac = found(pipeline, text)["Mozambique LNG plant"]
    assert (fac["admin1"], fac["geo_precision"]) == (None, None)


@pytest.mark.parametrize(
    ("first", "admin1"),
    [
        ("the Pemba airport and the Macomia airfield", "Cabo Delgado Province"),
        ("the Pemba airport", None),
    ],
)
def test_an_unplaced_base_lies_in_the_one_division_of_its_placed_neighbours(pipeline: Any, first: str,
                                                                            admin1: str | None) -> None:
    text = (f"Mozambican troops reinforced {first} last week. Engineers also began work on Mozambique's Quionga "
            "naval base, officials said.")
    assert found(pipeline, text)["Quionga naval base"]["admin1"] == admin1


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("Polish F-16s scrambled from Lask air base as Russian Su-35s flew along the border.", ["F-16"]),
        ("Polish F-16s scrambled from Lask air base as F-35s were refuelled.", ["F-16", "F-35"]),
    ],
)
def test_as_opening_another_state_s_clause_ties_none_of_its_kit(pipeline: Any, text: str, kit: list[str]) -> None:
    assert found(pipeline, text)["Lask Air Base"]["equipment"] == kit


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Chinese ships called at the Kyaukphyu port on Monday. The port is run by a private operator.",
         "Kyaukphyu port", None),
        ("Chinese ships called at the Kyaukphyu port on Monday.", "Kyaukphyu port", "MM"),
        ("Troops guard the Kiunga air base. The base is run by a private company, officials said.",
         "Kiunga air base", "PG"),
    ],
)
def test_a_civil_port_a_company_runs_has_no_state_operator(pipeline: Any, text: str, name: str,
                                                           operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_facility_beside_another_lies_in_its_country(pipeline: Any) -> None:
    text = "Troops fired mortars at the Hawk firing range next to Camp Arifjan on Tuesday."
    assert found(pipeline, text)["Hawk firing range"]["country"] == "KW"


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Insurgents attacked an army position near Ancuabe in Mozambique on Monday, killing six soldiers.", "MZ"),
        ("Insurgents attacked a Rwandan army position near Ancuabe in Mozambique on Monday.", "RW"),
    ],
)
def test_an_army_post_no_state_qualifies_is_the_host_s(pipeline: Any, text: str, operator: str) -> None:
    assert found(pipeline, text)["Ancuabe outpost"]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Su-34 jets are stationed at the Vetka air base outside the city of Lipetsk.", "Vetka air base", "RU",
         "Lipetsk Oblast"),
        ("Drones hit the Vetka airfield in Russia's Bryansk region on Sunday.", "Vetka airfield", "RU",
         "Bryansk Oblast"),
        ("American troops are based at the Vetka air base in Iraq's Anbar province.", "Vetka air base", "IQ", "Anbar"),
        ("Missiles hit the Vetka air base in occupied Crimea overnight.", "Vetka air base", "UA", "Crimea"),
        ("Ukraine hit a Russian ammunition depot in the occupied city of Melitopol on Friday.",
         "Melitopol ammunition depot", "UA", "Zaporizhzhia Oblast"),
    ],
)
def test_a_town_or_division_after_words_that_qualify_it_places_the_facility(
        pipeline: Any, text: str, name: str, country: str, admin1: str) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["country"], fac["admin1"]) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Jets landed at the Vetka naval air base on Monday.", "Vetka naval air base", "naval base"),
        ("Soldiers trained at the Vetka military training ground in the Brest region.",
         "Vetka military training ground", "base"),
        ("Soldiers arrived at US Army Garrison Vetka on Monday.", "US Army Garrison Vetka", "base"),
        ("Troops at the Vetka military installation were put on alert.", "Vetka military installation", "base"),
        ("Engineers expanded the Vetka support facility last year.", "Vetka support facility", "base"),
    ],
)
def test_a_name_before_modifiers_and_service_heads(pipeline: Any, text: str, name: str, kind: str) -> None:
    assert found(pipeline, text)[name]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("MQ-9 Reaper drones operate out of the Vetka air base.", ["MQ-9"]),
        ("The Vetka air base, some 40 km from the border, houses Su-25 jets.", ["Su-25"]),
    ],
)
def test_basing_verbs_tie_kit(pipeline: Any, text: str, kit: list[str]) -> None:
    assert found(pipeline, text)["Vetka air base"]["equipment"] == kit


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Kyiv said it had struck the Vetka air base, which Russia uses to launch drones.", "Vetka air base", "RU"),
        ("The Vetka airfield, used by Russian forces since 2015, was struck.", "Vetka airfield", "RU"),
        ("The Vetka airfield has long been used by the Russian air force.", "Vetka airfield", "RU"),
        ("The Vetka airfield was hit by missiles used by Russia.", "Vetka airfield", None),
        ("The Vetka airfield was used by Iranian-backed militias.", "Vetka airfield", None),
        ("The US maintains a drone base near Agadez in Niger.", "Agadez base", "US"),
        ("The Turkish army operates a military base in Qatar.", "Turkish base in Qatar", "TR"),
    ],
)
def test_who_uses_or_keeps_it(pipeline: Any, text: str, name: str, operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The last Tornado jets left for Nörvenich in April, the air force said.", ["Norvenich Air Base"]),
        ("Several warships have left for Novorossiysk since the strikes.", []),
        ("Protesters marched through Nörvenich on Sunday.", []),
    ],
)
def test_aircraft_moved_to_a_base_s_town_name(pipeline: Any, text: str, names: list[str]) -> None:
    assert list(found(pipeline, text)) == names


def test_a_runway_no_facility_is_named_with_is_the_one_last_spoken_of(pipeline: Any) -> None:
    text = ("The Vetka air base is closed to flying. Its runway is a building site. The jets moved to the Tolkov air "
            "base in May. Workers began a new 3,000-metre runway in June.")
    runways = {name: [r["length_m"] for r in fac["runways"]] for name, fac in found(pipeline, text).items()}
    assert runways["Vetka air base"] == [3000.0]
    assert runways["Tolkov air base"] == []


@pytest.mark.parametrize(
    ("text", "part", "airport", "operator"),
    [
        ("Bayraktar TB2 drones fly from the military part of Niamey airport, officials said.",
         "military part of Niamey airport", "Niamey airport", "NE"),
        ("Travellers crowded Lae airport on Monday. At the same airport, the military side of the field hosts two "
         "C-130 aircraft.", "military side of Lae airport", "Lae airport", "PG"),
    ],
)
def test_the_military_part_of_an_airport_is_a_facility_of_its_own(pipeline: Any, text: str, part: str, airport: str,
                                                                  operator: str) -> None:
    facilities = found(pipeline, text)
    assert (facilities[part]["operator"], facilities[part]["country"]) == (operator, operator)
    assert len(facilities[part]["equipment"]) == 1
    assert facilities[airport]["equipment"] == []
    assert facilities[airport]["operator"] is None


@pytest.mark.parametrize(
    ("text", "base"),
    [
        # the base shares the airport's runway: the airport's military side is the base
        ("Jets flew into Vetka Air Base on Monday. Vetka Air Base and Tolkov International Airport have shared one "
         "runway since 1990, and new shelters went up on the military side of the airport.", "Vetka Air Base"),
        # the part set after the base's name
        ("Engineers paved an apron at Vetka air base, the military part of Tolkov International Airport, in May.",
         "Vetka air base"),
    ],
)
def test_the_military_part_of_an_airport_is_the_air_base_named_there(pipeline: Any, text: str, base: str) -> None:
    facilities = found(pipeline, text)
    assert set(facilities) == {base, "Tolkov International Airport"}
    assert any("military" in alias for alias in facilities[base]["aliases"])


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("Four B-52H bombers from the Vetka air base landed at the Tolkov air base last week.",
         {"Vetka air base": ["B-52H"], "Tolkov air base": ["B-52H"]}),
        ("A C-17 landed at the Tolkov air base after a direct flight from the Vetka air base.",
         {"Vetka air base": [], "Tolkov air base": ["C-17"]}),
    ],
)
def test_kit_comes_from_one_base_and_lands_at_another(pipeline: Any, text: str, kit: dict[str, list[str]]) -> None:
    assert {name: fac["equipment"] for name, fac in found(pipeline, text).items()} == kit


def test_a_depot_named_after_its_village(pipeline: Any) -> None:
    text = "Submarines sail from HM Naval Base Clyde, and the warheads stay at the armaments depot at Coulport."
    assert set(found(pipeline, text)) == {"HMNB Clyde", "RNAD Coulport"}


def test_a_runway_placed_at_a_name_makes_it_an_airfield(pipeline: Any) -> None:
    text = "Soldiers guard the new runway at Vetka, some 2,400 metres long, the army said."
    fac = found(pipeline, text)["Vetka airfield"]
    assert [r["length_m"] for r in fac["runways"]] == [2400.0]


def test_a_runway_at_a_name_without_forces_is_no_facility(pipeline: Any) -> None:
    assert not found(pipeline, "The runway at Vetka was resurfaced last summer, the airline said.")


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("The last troops left Vetka, the former British air base in Kulob, in March.", "Vetka air base", "TJ"),
        ("Troops left Vetka, the British air base in Kulob, in March.", "Vetka air base", "GB"),
    ],
)
def test_a_definite_description_after_a_name(pipeline: Any, text: str, name: str, operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Work will start beside the Fijian navy's Vetka base at Walu Bay next year.", "Vetka base", "FJ"),
        ("A navy hospital ship docked at the Vetka wharf in Port Vila in July.", "Vetka wharf", None),
        ("Another Chinese-built naval base, at Luganville, drew attention in 2018.", "Luganville naval base", None),
    ],
)
def test_service_possessives_wharves_and_another_base(pipeline: Any, text: str, name: str,
                                                      operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_relative_clause_about_kit_ties_none_named_after_it(pipeline: Any) -> None:
    text = ("The air force has received Bayraktar TB2 drones, which fly from the Vetka air base, as well as Mi-24 "
            "helicopters.")
    assert found(pipeline, text)["Vetka air base"]["equipment"] == ["Bayraktar TB2"]


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("Drills ended at the Vetka air base on Thursday. The drills saw the participation of Rafale fighters.",
         ["Rafale"]),
        ("The Vetka air base is the largest in the country. Its F-16 jets fly under the 52nd wing.", ["F-16"]),
        ("The Vetka air base is building new hangars for P-8A patrol aircraft, the navy said.", ["P-8A"]),
    ],
)
def test_more_ways_of_placing_kit(pipeline: Any, text: str, kit: list[str]) -> None:
    assert found(pipeline, text)["Vetka air base"]["equipment"] == kit


def test_run_in_practice_by(pipeline: Any) -> None:
    text = "Jets flew from the Vetka air base in Italy, an airfield run in practice by the U.S. Air Force."
    assert found(pipeline, text)["Vetka air base"]["operator"] == "US"


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("The army reopened the Vetka airfield near Kulob on Saturday.", "Vetka airfield", "TJ"),
        ("Troops guarded the Vetka airport near Kulob on Saturday.", "Vetka airport", None),
        ("US troops guarded the Vetka airfield near Kulob on Saturday.", "Vetka airfield", None),
    ],
)
def test_an_airfield_no_other_force_is_placed_at_is_the_host_s(pipeline: Any, text: str, name: str,
                                                                operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_kit_that_never_came_is_not_tied(pipeline: Any) -> None:
    text = "Cuban engineers built the Vetka air base in the 1980s for MiG-21 fighters that never arrived."
    assert found(pipeline, text)["Vetka air base"]["equipment"] == []


def test_a_region_in_brackets_places_the_facility(pipeline: Any) -> None:
    fac = found(pipeline, "Drones struck the Vetka air base (Belgorod region) on Monday.")["Vetka air base"]
    assert (fac["country"], fac["admin1"]) == ("RU", "Belgorod Oblast")


def test_a_capital_standing_for_its_state_owns_no_town_base(pipeline: Any) -> None:
    text = "Washington's only permanent base in Africa, Camp Lemonnier, hosts 4,000 troops."
    assert list(found(pipeline, text)) == ["Camp Lemonnier"]


def test_a_place_an_event_happened_in_does_not_locate_the_base_it_came_from(pipeline: Any) -> None:
    fac = found(pipeline, "Su-25 jets flying from the Vetka air base struck targets in Donetsk.")["Vetka air base"]
    assert (fac["country"], fac["admin1"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("The frigate docked at Vetka naval station, a Russian navy facility on the Baltic coast.", "RU"),
        ("The frigate docked at Vetka naval station, the former Russian navy facility on the coast.", None),
    ],
)
def test_a_description_after_the_name_says_whose_it_is(pipeline: Any, text: str, operator: str | None) -> None:
    assert found(pipeline, text)["Vetka naval station"]["operator"] == operator


def test_a_demonym_before_the_settlement_word_gives_the_country(pipeline: Any) -> None:
    text = "Fighter jets took off from an airbase in the western Iranian city of Vetka on Monday."
    assert found(pipeline, text)["Vetka air base"]["country"] == "IR"


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("The Vetka air base has two runways of 2,500 and 3,000 metres.", [2500.0, 3000.0]),
        ("The runway at the Vetka air base has been extended by 600 metres to 3,000 metres.", [3000.0]),
    ],
)
def test_runway_lists_and_increments(pipeline: Any, text: str, lengths: list[float]) -> None:
    assert [r["length_m"] for r in found(pipeline, text)["Vetka air base"]["runways"]] == lengths


def test_a_town_opening_a_longer_name_does_not_locate_it(pipeline: Any) -> None:
    text = "US fighter jets flew from King Vetkov Air Base in the kingdom's east."
    fac = found(pipeline, text)["King Vetkov Air Base"]
    assert (fac["country"], fac["admin1"]) == (None, None)


def test_a_town_abroad_opening_the_name_does_not_locate_it_in_another_states_story(pipeline: Any) -> None:
    text = ("Ghana will renovate Springfield Barracks this year, the Ghanaian army said. Ghana and the United States "
            "signed a training pact; Ghana hopes for more.")
    fac = found(pipeline, text)["Springfield Barracks"]
    assert (fac["country"], fac["admin1"], fac["operator"]) == ("GH", None, "GH")


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("The UK leases the Vetka naval base from Bahrain.", "Vetka naval base", "GB"),
        ("France handed over the Vetka base to Chadian forces in January.", "Vetka base", "TD"),
        ("France handed the Vetka base over to Chadian forces in January.", "Vetka base", "TD"),
        ("Russia took control of the Vetka air base in March.", "Vetka air base", "RU"),
        ("The Vetka air base is operated by the Royal Saudi Air Force.", "Vetka air base", "SA"),
    ],
)
def test_who_takes_or_is_handed_a_base_runs_it(pipeline: Any, text: str, name: str, operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_kit_passing_through_a_facility_is_tied_to_it(pipeline: Any) -> None:
    text = "Army vehicles, among them M1A2 Abrams tanks, passed through the Vetka naval base last year."
    assert found(pipeline, text)["Vetka naval base"]["equipment"] == ["M1A2"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Launchers were seen near Gusev (Gąbin in Polish), where the 79th Motor Rifle Brigade is based.",
         ["Gusev garrison"]),
        ("Tourists love Lviv, where the food is good.", []),
    ],
)
def test_a_town_a_unit_is_based_in_is_its_garrison(pipeline: Any, text: str, names: list[str]) -> None:
    assert list(found(pipeline, text)) == names


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Drones flew over Severomorsk, where the Northern Fleet has its headquarters, on Monday.",
         "Northern Fleet headquarters", "RU"),
        ("Turkey keeps the headquarters of its navy in Ankara, officials said.", "Turkish navy headquarters", "TR"),
    ],
)
def test_a_force_s_headquarters_in_a_town(pipeline: Any, text: str, name: str, operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_measure_before_the_head_is_a_modifier(pipeline: Any) -> None:
    text = "China is building a 3,000-metre airstrip near Kulob, satellite images show."
    fac = found(pipeline, text)["Kulob airfield"]
    assert [r["length_m"] for r in fac["runways"]] == [3000.0]


def test_a_name_beside_a_possessed_description(pipeline: Any) -> None:
    text = "Troops moved to Vetka, the country's newest air base, on Monday."
    assert "Vetka air base" in found(pipeline, text)


def test_a_town_set_after_the_country_past_its_settlement_word(pipeline: Any) -> None:
    text = "The army opened its first permanent garrison in Poland, in the western city of Poznan, on Tuesday."
    fac = found(pipeline, text)["Poznan garrison"]
    assert (fac["country"], fac["admin1"]) == ("PL", "Greater Poland")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("The Vetka air base, 40 km south of Kursk, was struck overnight.", "Kursk Oblast"),
        ("The Vetka air base lies 30 km from Kursk.", "Kursk Oblast"),
        ("The Vetka air base, 140 km south of Kursk, was struck overnight.", None),
    ],
)
def test_a_town_a_facility_is_measured_from_gives_its_division_when_near(pipeline: Any, text: str,
                                                                         admin1: str | None) -> None:
    fac = found(pipeline, text)["Vetka air base"]
    assert (fac["country"], fac["admin1"]) == ("RU", admin1)


@pytest.mark.parametrize(
    "text",
    [
        "Drones attacked three Russian airfields: Kursk, Voronezh and Bryansk.",
        "Drones attacked three Russian airfields - in Kursk, Voronezh and Bryansk - overnight.",
    ],
)
def test_names_listed_after_a_colon_or_dash(pipeline: Any, text: str) -> None:
    assert len(found(pipeline, text)) == 3


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("US Marines are stationed at Base Aérea de Vetka in southern Spain.", "Base Aérea de Vetka", "air base"),
        ("German jets flew from Fliegerhorst Vetka on Monday.", "Fliegerhorst Vetka", "air base"),
        ("Troops at the Vetka Kaserne in Bavaria were placed on alert.", "Vetka Kaserne", "base"),
        ("Turkish frigates left the Vetka Deniz Üssü on Monday.", "Vetka Deniz Üssü", "naval base"),
    ],
)
def test_foreign_heads_in_english_text(pipeline: Any, text: str, name: str, kind: str) -> None:
    assert found(pipeline, text)[name]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian engineers have set up a radar station on a hilltop near the town of Kulob.", "Kulob radar station"),
        ("Russian engineers have set up a radar station on a hilltop near the Tajik town of Kulob.",
         "Kulob radar station"),
    ],
)
def test_a_described_spot_near_a_settlement_word(pipeline: Any, text: str, name: str) -> None:
    assert found(pipeline, text)[name]["country"] == "TJ"


def test_a_description_after_a_facility_s_town_is_the_facility_s(pipeline: Any) -> None:
    text = "Most of them serve at Camp Humphreys in Pyeongtaek, the largest US overseas base."
    assert list(found(pipeline, text)) == ["Camp Humphreys"]


def test_as_did_opens_another_state_s_clause(pipeline: Any) -> None:
    text = "US F-16 fighters from the Vetka air base took part in the drills, as did South Korean F-35As."
    assert found(pipeline, text)["Vetka air base"]["equipment"] == ["F-16"]


def test_a_town_home_to_a_base(pipeline: Any) -> None:
    fac = found(pipeline, "A fire broke out near Kulob, home to a Russian air base, officials said.")["Kulob air base"]
    assert (fac["operator"], fac["country"]) == ("RU", "TJ")


def test_a_facility_only_measured_from_is_no_antecedent(pipeline: Any) -> None:
    text = ("The air force flies F-16 fighters at the Vetka air base, some 20 miles south of the Tolkov naval base, "
            "and has been rotating F-35A jets through the base since 2022.")
    kit = {name: fac["equipment"] for name, fac in found(pipeline, text).items()}
    assert kit == {"Vetka air base": ["F-16", "F-35A"], "Tolkov naval base": []}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russia runs a satellite ground station beside the Vetka lagoon near Kulob, officials said.",
         ["Vetka ground station"]),
        ("South African troops live in a camp beside Kulob airport, officials said.",
         ["camp beside Kulob", "Kulob airport"]),
    ],
)
def test_beside_a_place_or_another_facility(pipeline: Any, text: str, names: list[str]) -> None:
    assert list(found(pipeline, text)) == names


def test_a_predicate_says_what_a_named_base_is_and_whose(pipeline: Any) -> None:
    facilities = found(pipeline, "The Vetka air base is a Turkish base in northern Iraq.")
    assert list(facilities) == ["Vetka air base"]
    assert (facilities["Vetka air base"]["operator"], facilities["Vetka air base"]["country"]) == ("TR", "IQ")


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Images show Chinese construction at the Vetka naval base, Cambodia's main naval facility.", "KH"),
        ("Troops left the Vetka naval base, Cambodia's defence ministry said on Monday.", None),
    ],
)
def test_a_state_s_possessed_description_after_the_name(pipeline: Any, text: str, operator: str | None) -> None:
    assert found(pipeline, text)["Vetka naval base"]["operator"] == operator


def test_a_placed_description_after_a_copula_is_the_subject(pipeline: Any) -> None:
    facilities = found(pipeline, "The Vetka naval base is the main Russian naval base in Syria.")
    assert list(facilities) == ["Vetka naval base"]
    assert facilities["Vetka naval base"]["operator"] == "RU"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Nothing places the barracks but the state the article keeps naming.
        ("Zambia plans to double its defence budget. Zambian officials said on Monday that recruits at the Kasoma "
         "Mwale Barracks would get new rifles, and that Zambia would buy two transport aircraft.",
         "Kasoma Mwale Barracks", "ZM"),
        # Two states named as often: neither is the article's.
        ("Zambia and Malawi plan to double their defence budgets. Recruits at the Kasoma Mwale Barracks would get new "
         "rifles, officials said, and Zambia and Malawi would buy two transport aircraft.",
         "Kasoma Mwale Barracks", None),
        # A reef the gazetteer gives no state keeps its outpost in no country, however often a claimant is named.
        ("Vietnam has expanded its outposts in the Spratlys. Vietnam dredged a harbour at the Lansdowne Reef outpost "
         "last year, and Vietnam plans more.", "Lansdowne Reef outpost", None),
    ],
)
def test_an_unplaced_facility_lies_in_the_country_the_article_names_most(
        pipeline: Any, text: str, name: str, country: str | None) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The article's own state and a town of it place a namesake of a catalogued base abroad.
        ("New Zealand's navy moved two patrol boats to the Devonport naval base in Auckland on Friday. New Zealand "
         "plans to buy two more.", "Devonport naval base", "NZ"),
        # The catalogued one, where the text puts it there.
        ("Two frigates will berth at the Devonport naval base in Plymouth, Britain's navy said. Britain and France "
         "signed a pact on Monday.", "HMNB Devonport", "GB"),
    ],
)
def test_a_catalogued_name_placed_in_another_state_is_a_namesake(
        pipeline: Any, text: str, name: str, country: str) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["country"], fac["operator"]) == (country, country)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A named airport is not the camp or base named after the same town ...
        ("Camp Vetka, the army's new base beside Vetka Airport, was opened on Monday in Ghana.",
         ["Camp Vetka", "Vetka Airport"]),
        ("The air force brought its helicopters back to the Air Guard base at Vetka in Ghana. The runway at Vetka "
         "International Airport, which the Air Guard shares with the airlines, was resurfaced last year.",
         ["Vetka base", "Vetka International Airport"]),
        # ... nor the air base named so, where the text names no other air base (test_facilities_recall has the one
        # that does).
        ("Jets landed at the Vetka air base in Ghana on Monday. Vetka International Airport shares its runway with the "
         "air base.", ["Vetka air base", "Vetka International Airport"]),
    ],
)
def test_a_named_airport_beside_a_base_of_the_same_town(pipeline: Any, text: str, names: list[str]) -> None:
    assert list(found(pipeline, text)) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The army completed a new patrol post near Vetka on the lake in November.", "Vetka patrol post"),
        ("The government plans to build a naval post near Vetka, the small port on the west coast, by 2027.",
         "Vetka outpost"),
        ("Soldiers manned a forward post outside Vetka through the winter.", "Vetka forward post"),
    ],
)
def test_patrol_naval_and_forward_posts_placed_by_a_town(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_head_of_a_named_force_placed_after_the_force(pipeline: Any) -> None:
    text = "Britain keeps a detachment of the Royal Marines at Vetka, on the island of Brisk."
    fac = found(pipeline, text)["Vetka outpost"]
    assert ("detachment of the Royal Marines at Vetka" in fac["aliases"], fac["operator"]) == (True, "GB")


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("The mission handed its base at Vetka, in the far south-east, to the army in February.", "its base at Vetka"),
        ("The president visited the navy's base at Vetka in Ghana on Tuesday.", "navy's base at Vetka"),
    ],
)
def test_a_placed_head_is_also_called_by_the_owner_before_it(pipeline: Any, text: str, alias: str) -> None:
    fac = found(pipeline, text)["Vetka base"]
    assert alias in fac["aliases"] and "base at Vetka" in fac["aliases"]


def test_the_naval_base_at_gibraltar_by_its_full_title(pipeline: Any) -> None:
    # The catalogue row's public names (HMNB Gibraltar), as the Clyde row has them: the title keeps the surface form.
    text = "A visiting frigate berthed at His Majesty's Naval Base Gibraltar for three days last week."
    assert "His Majesty's Naval Base Gibraltar" in found(pipeline, text)["Naval Base Gibraltar"]["aliases"]
