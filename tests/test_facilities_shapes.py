"""Installation shapes of fresh reporting: checkpoints, foreign-language prefixes in English text, prefixes that open
on a state's word, numbered bases the catalog does not hold, and the host's hand in described military sites."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels shelled a military checkpoint near Rutshuru overnight, residents of North Kivu said.", "Rutshuru"),
        ("In May, the army pulled its soldiers out of the checkpoint at Santa Rosa after residents blockaded it.",
         "Santa Rosa"),
        ("Gunmen attacked an army checkpoint near Maiduguri in Borno state on Friday, killing three soldiers.",
         "Maiduguri"),
    ],
)
def test_a_military_checkpoint_at_a_town_is_an_outpost(pipeline: Any, text: str, town: str) -> None:
    found = facilities_found(pipeline, text)
    assert [f["kind"] for f in found.values()] == ["outpost"]
    assert next(iter(found)).startswith(town)


def test_a_checkpoint_with_no_forces_about_is_none(pipeline: Any) -> None:
    assert not facilities_found(pipeline, "Passengers queued for hours at the security checkpoint.")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The French air force left Base Aérienne 172 in Fort-Lamy decades ago, officials in Chad recall.",
         "Base Aérienne 172", "air base"),
        ("Defence Minister Anita Anand visited Canadian Forces Station Alert, the northernmost station, on Friday.",
         "CFS Alert", "other"),
        ("The troops moved into the Stützpunkt Rukla near Jonava last year.", "Rukla Military Base", "base"),
    ],
)
def test_a_prefix_names_what_follows_it(pipeline: Any, text: str, name: str, kind: str) -> None:
    found = facilities_found(pipeline, text)
    assert name in found
    assert found[name]["kind"] == kind


def test_a_prefix_opening_on_a_states_word_takes_the_name(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Hornets flew from Canadian Forces Base Cold Lake to an exercise in Alaska.")
    assert [f["country"] for f in found.values()] == ["CA"]
    assert not any(name.startswith("Forces") for name in found)


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Two blasts tore through the army ammunition depot at Kalinovka in Ukraine in 2017.", "UA"),
        ("The transmission station of Rufisque, east of Dakar, was handed back to Senegal in June.", "SN"),
        ("The radar site at Balkhash in Kazakhstan was upgraded last year, the ministry said.", "KZ"),
    ],
)
def test_a_described_site_only_forces_run_is_the_hosts(pipeline: Any, text: str, operator: str) -> None:
    found = facilities_found(pipeline, text)
    assert [f["operator"] for f in found.values()] == [operator]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soldiers of the two armies began the drill at the Msata comprehensive training centre on Monday.",
         "Msata comprehensive training centre"),
        ("The last US trainers at the Tolemaida military fort left in October.", "Tolemaida military fort"),
        ("King Abdullah visited the headquarters of the Northern Military Zone in Irbid on Tuesday.",
         "Northern Military Zone headquarters"),
        ("Russian officers toured the Ghanaian navy's headquarters in Sekondi in May.", "Sekondi headquarters"),
    ],
)
def test_a_described_or_commanding_installation_is_named(pipeline: Any, text: str, name: str) -> None:
    assert list(facilities_found(pipeline, text)) == [name]


def test_a_plural_forward_operating_location_list_names_each(pipeline: Any) -> None:
    found = facilities_found(pipeline, "CF-18 Hornets flew from the forward operating locations at Inuvik and Iqaluit "
                                       "during the drill, the command said.")
    assert len(found) == 2
    assert all(f["country"] == "CA" for f in found.values())


def test_a_firms_headquarters_is_none(pipeline: Any) -> None:
    assert not facilities_found(pipeline, "The shipping firm's headquarters in Piraeus were searched by police.")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The army plans a new naval base in the province of Cabo Delgado, the minister said.",
         "Cabo Delgado naval base", "MZ"),
        ("Satellite images show a Chinese naval facility on the Red Sea coast near Port Sudan.",
         "Port Sudan naval facility", "SD"),
    ],
)
def test_a_head_in_a_division_or_on_a_coast_is_named_by_the_place(pipeline: Any, text: str, name: str,
                                                                  country: str) -> None:
    found = facilities_found(pipeline, text)
    assert list(found) == [name]
    assert found[name]["country"] == country


def test_a_radar_site_placed_near_a_town_is_the_hosts(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Satellite images show a new radar site near Gwadar in Pakistan, on a hill over "
                                       "the port, where troops were seen last week.")
    assert [(f["operator"], f["country"]) for f in found.values() if f["kind"] == "other"] == [("PK", "PK")]


def test_a_foreign_firm_doing_the_work_runs_nothing(pipeline: Any) -> None:
    found = facilities_found(pipeline, "A Chinese company finished resurfacing the runway at Ngerengere air base in "
                                       "Morogoro region in March, the ministry said.")
    assert [f["operator"] for f in found.values()] == ["TZ"]


def test_foreign_instructors_serve_at_the_hosts_base(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Special forces are training with Turkish instructors at the Hurso military "
                                       "training centre near Dire Dawa this month.")
    assert [(f["operator"], f["tenants"]) for f in found.values()] == [("ET", ["TR"])]


def test_the_state_of_who_tells_of_the_works_builds_nothing(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Satellite images released by an American think tank show new hangars at a "
                                       "military airfield near Kyaukpyu in Myanmar.")
    assert [f["operator"] for f in found.values()] == ["MM"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At Tindouf, the works for extending the runway of the air base to 4,000 metres continue, images show.",
         "Tindouf air base"),
        ("At Kamina, the Congolese air force said on Monday that the air base had been hit by drones.",
         "Kamina air base"),
    ],
)
def test_a_definite_head_in_a_sentence_opening_on_a_town_is_the_towns(pipeline: Any, text: str, name: str) -> None:
    assert list(facilities_found(pipeline, text)) == [name]


def test_a_sentence_opening_on_a_capital_names_no_base(pipeline: Any) -> None:
    assert not facilities_found(pipeline, "In Washington, the Pentagon said the base would close next year.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The navy opened a new naval base called Talara, on the northern coast, in May.", "Talara naval base"),
        ("The F-16s flew from Selfridge Air National Guard base in Michigan to the drill.",
         "Selfridge Air National Guard base"),
    ],
)
def test_a_named_or_guard_base_is_found(pipeline: Any, text: str, name: str) -> None:
    assert list(facilities_found(pipeline, text)) == [name]


def test_a_base_named_after_a_person_is_no_name(pipeline: Any) -> None:
    assert not facilities_found(pipeline, "The army set up an outpost named after General Ojukwu near the river.")


def test_a_central_european_particle_sits_inside_a_towns_name(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Slovak pilots flew from the air base at Nitra pod Zoborom, officials said.")
    assert list(found) == ["Nitra pod Zoborom air base"]


def test_a_named_commands_headquarters_needs_no_town(pipeline: Any) -> None:
    found = facilities_found(pipeline, "The king visited on Wednesday the headquarters of the Eastern Military Zone, "
                                       "where he was briefed on the border.")
    assert list(found) == ["Eastern Military Zone headquarters"]
    assert not facilities_found(pipeline, "The protesters gathered outside the headquarters of the Ruling Party.")


def test_a_head_in_the_city_is_the_last_towns(pipeline: Any) -> None:
    found = facilities_found(pipeline, "The admiral toured the port of Ushuaia last Thursday. The president said "
                                       "Argentina will build a naval base in the city, with American advice.")
    assert "Ushuaia naval base" in found


def test_the_city_past_another_installation_names_nothing(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Troops landed in Mombasa. Kismayo airport has a long runway, built when "
                                       "the Soviets kept a naval base in the town.")
    assert "Mombasa naval base" not in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Work began in January on a new air base for the Mauritanian air force beside Nouakchott international "
         "airport.", "air base beside Nouakchott", "air base"),
        ("Turkey opened a training camp next to Mogadishu airport in 2017.", "training camp next to Mogadishu", "base"),
    ],
)
def test_an_installation_beside_an_airport_is_one_of_its_own(pipeline: Any, text: str, name: str, kind: str) -> None:
    found = facilities_found(pipeline, text)
    assert found[name]["kind"] == kind
    assert [f["kind"] for n, f in found.items() if n != name] == ["airfield"]


@pytest.mark.parametrize("text", ["The navy built a base near Mombasa", "The navy built a base beside Mombasa"])
def test_a_text_ending_on_a_placed_heads_town_is_read(pipeline: Any, text: str) -> None:
    assert list(facilities_found(pipeline, text)) == ["Mombasa base"]


def test_an_island_that_locates_a_described_installation_is_none_of_its_own(pipeline: Any) -> None:
    found = facilities_found(pipeline, "The Nanisivik Naval Facility, a refuelling depot for navy ships on Baffin "
                                       "Island, is now expected to open next year.")
    assert list(found) == ["Nanisivik Naval Facility"]


def test_an_island_right_after_an_unnamed_head_still_names_it(pipeline: Any) -> None:
    found = facilities_found(pipeline, "China has built an outpost on Woody Island with a runway and hangars, "
                                       "satellite images show.")
    assert list(found) == ["Woody Island"]


def test_a_signals_intelligence_station_is_the_hosts_and_its_island_no_facility(pipeline: Any) -> None:
    found = facilities_found(pipeline, "Engineers finished a new signals intelligence station outside Darwin, on the "
                                       "coast, last year.")
    assert [(f["kind"], f["operator"]) for f in found.values()] == [("other", "AU")]
    found = facilities_found(pipeline, "The minister visited the signals intelligence station at the northern tip of "
                                       "Ellesmere Island on Friday.")
    assert "Ellesmere Island" not in found
