"""Facilities a reader counts in reporting that names them once, in descriptive words: modifiers the vocabulary did
not know, heads of kinds it lacked, and descriptions set beside an installation's own name."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found, only_facility


def names(pipeline: Any, text: str) -> list[str]:
    return list(facilities_found(pipeline, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The jets used a staging base near Agadez during the operation, the army said.", "Agadez"),
        ("Soldiers were moved to the army's new jungle base at Surucucu, near the border.", "Surucucu"),
        ("Rebels attacked a patrol base outside Tamale on Sunday, killing two soldiers.", "Tamale"),
        ("The navy is building a coast guard base at Kilwa, according to satellite images.", "Kilwa"),
        ("Gunmen attacked a gendarmerie post near Kaya on Sunday, killing four.", "Kaya"),
        ("The frigate berthed at a naval dock in Mombasa after the exercise.", "Mombasa"),
        ("Satellite images show a drone hub outside Kassala that the military built last year.", "Kassala"),
        ("The Chinese-built deep space station in Neuquen, run by the army, was inspected.", "Neuquen"),
        # A police post is a post of the state's forces, as a gendarmerie's is; a coast guard's post is its station.
        ("Militants fired on a police post near Tessaoua overnight, wounding two soldiers.", "Tessaoua"),
        ("The navy will pay for a new coast guard post at Kilifi, officials said.", "Kilifi"),
        # A reserve centre is where part-time soldiers train, as a training centre is.
        ("The Army Reserve centre in Wrexham will take two more platoons next year.", "Wrexham"),
        ("Volunteers of the engineer squadron drill at a reserve center near Bangor, officers said.", "Bangor"),
        # A facility on a part of a hill or island is placed by the name the part is of.
        ("The air force is upgrading its radar station on the summit of Mount Orrin, officials said.", "Mount Orrin"),
        ("Engineers will put a long-range air-surveillance radar on the slopes of Ben Carrow next year.", "Ben Carrow"),
        ("Soldiers guard a new air defence radar at the foot of Mount Tessel, officials said.", "Mount Tessel"),
    ],
)
def test_a_placed_head_with_a_military_modifier_is_named_by_its_place(pipeline: Any, text: str, town: str) -> None:
    assert only_facility(pipeline, text).startswith(town)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marines train at Camp Blaz, a new base in Dededo on Guam.", "Camp Blaz"),
        ("Jets flew from Bagram Airfield, a sprawling base north of Kabul.", "Bagram Airfield"),
        ("Sailors live at Naval Support Activity Bahrain, a walled compound in the Juffair district, officials said.",
         "Naval Support Activity Bahrain"),
    ],
)
def test_a_description_beside_an_installations_name_is_no_second_installation(pipeline: Any, text: str,
                                                                             name: str) -> None:
    assert name in only_facility(pipeline, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Troops attacked a terrorist base near Idlib, the ministry said.", "Idlib"),
        ("The rebels' mountain base near Jalalabad was bombed by jets.", "Jalalabad"),
        ("The army flew soldiers to a dirt airstrip at Surucucu on Monday.", "Surucucu"),
        ("Marines landed at a river outpost near Leticia, the navy said.", "Leticia"),
    ],
)
def test_an_unknown_word_may_describe_a_military_head_in_a_sentence_about_forces(pipeline: Any, text: str,
                                                                                town: str) -> None:
    assert only_facility(pipeline, text).startswith(town)


@pytest.mark.parametrize(
    "text",
    [
        "The president's political base in Kumasi backed the army's budget.",
        "The military said the company's production base in Shanghai would make drones.",
        "Soldiers guarded a refugee camp near Goma overnight.",
        "The troops played at a football field near Juba.",
        "Workers poured a concrete base near Agadez, the company said.",
    ],
)
def test_a_figurative_or_civil_head_or_a_sentence_without_forces_names_no_installation(pipeline: Any,
                                                                                      text: str) -> None:
    assert names(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ghana's army opened a Forward Operating Base (FOB) at Bawku, in the Upper East region.", "Bawku"),
        ("The army runs a Forward Operating Base (FOB) located at Bawku in the Upper East region.", "Bawku"),
        ("The army set up a base established near Bawku in 2022.", "Bawku"),
        ("Engineers completed a naval base constructed at Manta for the navy.", "Manta"),
        ("Drones struck the main airport of Khartoum overnight, the army said.", "Khartoum"),
        ("Rebels seized the airport in Goma on Sunday, the army said.", "Goma"),
        ("Chinese engineers are expanding Gwadar New International Airport, the navy said.", "Gwadar New"),
    ],
)
def test_a_head_placed_past_its_short_form_or_participle_or_of_a_capital(pipeline: Any, text: str,
                                                                         town: str) -> None:
    assert only_facility(pipeline, text).startswith(town)


def test_a_capitalised_new_alone_before_a_head_names_nothing(pipeline: Any) -> None:
    assert names(pipeline, "The army flew to the Kasai air base and then to New Airport.") == ["Kasai air base"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("China's military runs the Espacio Lejano space station in Neuquén, US officials say.", "Espacio Lejano"),
        ("The Argentine navy resupplies the Esperanza station each summer.", "Esperanza"),
        ("Russian troops guarded the Vostok station in Antarctica, according to the ministry.", "Vostok"),
    ],
)
def test_a_station_named_in_a_sentence_about_forces_is_an_installation(pipeline: Any, text: str, name: str) -> None:
    assert only_facility(pipeline, text).startswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Troops patrolled outside Victoria station after the attack, police said.",
        "Russian military cosmonauts flew to the International Space Station in April.",
        "The army moved soldiers to Union Station on Monday.",
        "Soldiers guarded the railway station in Kharkiv, the army said.",
    ],
)
def test_a_station_of_transport_or_space_is_no_installation(pipeline: Any, text: str) -> None:
    assert names(pipeline, text) == []


def test_a_name_ending_a_question_leaves_its_mark_out(pipeline: Any) -> None:
    found = names(pipeline, "Why does the Argentine navy want a naval base in Ushuaia?\n\nOfficials say it is cheap.")
    assert found == ["Ushuaia naval base"]


def test_an_island_that_places_a_named_airport_is_no_installation_of_its_own(pipeline: Any) -> None:
    text = ("US P-8 surveillance planes already fly from the Seymour airport on Baltra island, which the Ecuadorian "
            "air force shares with civilian flights.")
    assert names(pipeline, text) == ["Seymour airport"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The communiqué said the drill, held at the firing range of Cap Sigli, tested the Naval Forces.", "Cap Sigli"),
        ("Transport aircraft landed at the airport of Tamanrasset, the army said.", "Tamanrasset"),
    ],
)
def test_of_sets_a_place_the_gazetteer_lacks_or_a_division_of_its_towns_name_after_a_head(pipeline: Any, text: str,
                                                                                         name: str) -> None:
    assert only_facility(pipeline, text).startswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "Jets flew from the air base of the Wagner group near Bamako, officials said.",
        "The drones hit a camp of Wagner fighters, the army said.",
        "A rotating detachment of Eurofighter Typhoons took over the air policing mission, the air force said.",
    ],
)
def test_of_sets_no_force_group_or_equipment_as_a_heads_place(pipeline: Any, text: str) -> None:
    assert not [n for n in names(pipeline, text) if "Wagner" in n or "Typhoon" in n]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked a military base in the northeastern town of Puerto Jordán on Tuesday.",
         ["Puerto Jordán base"]),
        ("Rebels attacked a military base in Eastern Ukraine on Tuesday.", []),
        ("Rebels attacked a military base in Upper Egypt on Tuesday.", []),
    ],
)
def test_a_country_read_in_a_later_word_of_a_name_is_no_place_of_it(pipeline: Any, text: str,
                                                                    expected: list[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023 the ELN attacked the Marine Corps training centre at Coveñas, the army said.",
         "Coveñas training centre"),
        ("Troops reinforced the Republican Guard barracks in Damascus, the army said.", "Damascus barracks"),
    ],
)
def test_a_force_whose_name_a_service_word_cut_short_owns_the_head_a_town_names(pipeline: Any, text: str,
                                                                              expected: str) -> None:
    assert names(pipeline, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh opened the country's first submarine base, BNS Sheikh Hasina, at Pekua on Wednesday.",
         ["BNS Sheikh Hasina"]),
        ("Russia is expanding its naval base, Tartus, on the Mediterranean.", ["Tartus naval facility"]),
        ("The army inspected the base, Colonel Ahmed Musa, the commander, said on Monday.", []),
        ("The jets reached the air base, Mr Smith, a pilot, said.", []),
        ("They visited the base, Reuters reported.", []),
    ],
)
def test_a_name_between_commas_after_a_definite_head_names_it(pipeline: Any, text: str, expected: list[str]) -> None:
    assert names(pipeline, text) == expected


def test_a_named_military_training_school_is_an_installation(pipeline: Any) -> None:
    text = "Ugandan recruits train at the Singo military training school, the army said."
    assert names(pipeline, text) == ["Singo military training school"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels attacked the battalion headquarters in Arauca on Sunday, the army said.", "Arauca"),
        ("Soldiers reinforced the frontier post at Zamyn-Uud, the army said.", "Zamyn-Uud"),
        ("The frigate returned to the navy station at Puerto Ayora, officials said.", "Puerto Ayora"),
    ],
)
def test_headquarters_of_a_unit_and_frontier_posts_placed_by_a_town(pipeline: Any, text: str, town: str) -> None:
    assert only_facility(pipeline, text).startswith(town)


def test_a_title_case_headline_places_a_capitalised_head(pipeline: Any) -> None:
    text = "Tanzania Is Building A Naval Base In Kilwa, Officials Say\n\nThe work began in 2022."
    assert names(pipeline, text) == ["Kilwa naval base"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials described a new naval base being built north of Manta port, the navy said.",
        "Officials described a new naval base to the north of Manta port, the navy said.",
        "Officials described a new naval base right next to Manta port, the navy said.",
    ],
)
def test_a_naval_base_placed_by_a_towns_port_is_a_second_installation(pipeline: Any, text: str) -> None:
    assert sorted(names(pipeline, text)) == ["Manta naval base", "Manta port"]


def test_the_countrys_head_set_off_by_commas_before_its_place_is_new(pipeline: Any) -> None:
    assert names(pipeline, "The country's only naval base, at Mombasa, hosted the drill.") == ["Mombasa naval base"]


def test_a_head_joined_to_another_by_and_shares_its_determiner_and_place(pipeline: Any) -> None:
    text = "India is building a harbour and dockyard for the coast guard at Uthuru Thila Falhu, officials said."
    assert names(pipeline, text) == ["Uthuru Thila Falhu dockyard"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit Wadi Seidna, the air force's main base, on Sunday, the army said.", ["Wadi Seidna base"]),
        ("Troops left Gao, the French army's last base in the north, in August.", ["Gao base"]),
        ("Drones struck hangars at Kenana, south of Kosti, the air force's main base in the region.", ["Kenana base"]),
        ("Drones struck Wadi Seidna, 20 km north of Omdurman, the air force's main base, on Friday.",
         ["Wadi Seidna base"]),
    ],
)
def test_a_description_owned_by_a_two_word_force_is_set_beside_a_name(pipeline: Any, text: str,
                                                                        expected: list[str]) -> None:
    # A town placed by a bearing ('south of X') before the description only says where the name before it is.
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sudanese Armed Forces base at Kosti was hit by drones.", ["Kosti base"]),
        ("The Sudanese Armed Forces (SAF) base at Kosti was hit by drones.", ["Kosti base"]),
        ("The Ethiopian National Defense Force camp at Bure was hit by drones.", ["Bure camp"]),
        ("Gunmen attacked the Kenya Defence Forces camp at Baure in Lamu county.", ["Baure camp"]),
    ],
)
def test_a_force_named_before_a_placed_head_owns_it(pipeline: Any, text: str, expected: list[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Maritime Wing base at Kismayo received two new patrol boats in May.", ["Kismayo base"]),
        ("Inspectors visited the Coastal Squadron base at Toamasina on Monday.", ["Toamasina base"]),
        ("Two frigates joined the Patrol Flotilla base at Kotor in June.", ["Kotor base"]),
        ("Air defence teams arrived at the Western Naval Command headquarters in Sekondi last week.",
         ["Sekondi command headquarters"]),
    ],
)
def test_a_unit_named_before_a_placed_head_owns_it(pipeline: Any, text: str, expected: list[str]) -> None:
    # The unit is based there; the place after the head names the base, and the unit's words name nothing.
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Questions hang over Bosaso, in the semi-autonomous region of Puntland, where the UAE began building a "
         "second base in 2017.", ["Bosaso base"]),
        ("Attention has turned to Obock, in northern Djibouti, where China is building a naval base.",
         ["Obock naval base"]),
    ],
)
def test_a_where_clause_after_a_town_and_its_region_places_the_head_at_the_town(pipeline: Any, text: str,
                                                                                 expected: list[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian cargo ship unloaded armour at a fuel depot at the port of Tobruk, ship trackers said.",
         ["Tobruk fuel depot", "Tobruk port"]),
        ("The Marines keep an ammunition depot at the port of Sines, which NATO warships also use.",
         ["Sines ammunition depot", "Sines port"]),
    ],
)
def test_a_depot_at_a_towns_port_and_the_port_are_two_installations(pipeline: Any, text: str,
                                                                     expected: list[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ship carried a detachment of U.S. Marines from Darwin to the exercise area.",
        "The exercise included a detachment of U.K. commandos, officials said.",
    ],
)
def test_a_unit_of_a_states_forces_is_no_installation_named_by_the_state(pipeline: Any, text: str) -> None:
    assert names(pipeline, text) == []


def test_the_islands_airport_is_the_one_catalogued_under_its_name_not_the_islands_garrison(pipeline: Any) -> None:
    text = ("Missile troops will move to Camp Yonaguni next year, the ministry said. It also plans to lengthen the "
            "island's 2,000-metre airport runway so that transport aircraft can land.")
    assert sorted(names(pipeline, text)) == ["Yonaguni Garrison", "Yonaguni airport"]


def test_a_unit_based_at_a_name_the_gazetteer_lacks_is_garrisoned_there(pipeline: Any) -> None:
    text = ("Poland will send a brigade east. A second battalion will be based at Zolkvy, in eastern Poland, "
            "officials said.")
    assert names(pipeline, text) == ["Zolkvy garrison"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malian troops flew to Timbuktu on Monday, the army said. The army keeps a base there, officials said.",
         ["Timbuktu base"]),
        ("The ministers met in Geneva on Monday. They agreed that a base there would be too costly.", []),
    ],
)
def test_a_new_head_kept_there_is_at_the_town_named_last(pipeline: Any, text: str, expected: list[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuel comes through Cadiz, where a U.S. Navy fuel depot has stood empty since 2015, officials said.",
         ("Cadiz fuel depot", "US")),
        ("A U.S. Army camp near Tapa was expanded last year.", ("Tapa base", "US")),
    ],
)
def test_a_states_service_before_a_head_owns_it(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
    found = facilities_found(pipeline, text)
    assert [(name, fac["operator"]) for name, fac in found.items()] == [expected]


def test_a_head_overlooking_a_strait_is_named_by_the_whole_strait(pipeline: Any) -> None:
    text = "Iran's navy has built a radar site overlooking the Strait of Hormuz, satellite images show."
    assert names(pipeline, text) == ["Strait of Hormuz radar site"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The gendarmerie keeps a small barracks above Torvik, on the road to the pass.", "Torvik barracks"),
        ("Soldiers moved into an old army camp below Skarnes in the spring.", "Skarnes base"),
    ],
)
def test_a_head_above_or_below_a_town_is_near_it(pipeline: Any, text: str, name: str) -> None:
    assert names(pipeline, text) == [name]


def test_a_spot_holding_an_installation_does_not_place_a_head_beside_it(pipeline: Any) -> None:
    text = "Divers inspected the old jetty on the naval base at Kessan after the storm."
    assert names(pipeline, text) == ["Kessan naval base"]


def test_a_description_with_a_word_the_vocabulary_lacks_is_set_beside_a_name(pipeline: Any) -> None:
    text = "Jets landed at Wadi Halfa, the dirt airstrip from which the army supplies its troops."
    assert names(pipeline, text) == ["Wadi Halfa airfield"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A bare 'post' placed at a town, in a sentence about forces, is a military post.
        ("The army closed its post at Vetkovo in August and moved the soldiers to the capital.", "Vetkovo outpost"),
        ("Gunmen fired on a post near Vetkovo on Sunday, wounding two soldiers.", "Vetkovo outpost"),
    ],
)
def test_a_bare_post_placed_at_a_town(pipeline: Any, text: str, name: str) -> None:
    assert name in names(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # A message on a platform, an office a person holds, a newspaper: no installation.
        "In a post on Telegram, the ministry said drones had struck the Vetka air base.",
        "A Facebook post showed soldiers at the Vetka air base after the attack.",
        "The general left his post in Bamako after the attack on the barracks.",
        "The Kathmandu Post reported that troops had been deployed to the border.",
    ],
)
def test_a_post_that_is_a_message_or_an_office(pipeline: Any, text: str) -> None:
    assert not [n for n in names(pipeline, text) if "post" in n.lower()]


@pytest.mark.parametrize(
    "text",
    [
        # An island named only by its name and head is where things happen, not an installation.
        "About 60 special forces soldiers began a two-week exercise on Vetkovo island on Sunday.",
        "Pirates boarded a tanker about 40 nautical miles south of Vetkovo island, the navy said.",
    ],
)
def test_an_island_named_alone_is_a_place(pipeline: Any, text: str) -> None:
    assert names(pipeline, text) == []


def test_an_island_that_places_an_installation_names_it(pipeline: Any) -> None:
    text = "The army has lengthened the airstrip on Vetkovo island, satellite images show."
    assert names(pipeline, text) == ["Vetkovo airfield"]


def test_a_town_s_air_base_beside_its_international_airport_is_another_installation(pipeline: Any) -> None:
    text = ("Fighters landed at the Vetkovo air base on Monday. The air base sits beside Vetkovo International "
            "Airport, "
            "and both use the same runway.")
    assert names(pipeline, text) == ["Vetkovo air base", "Vetkovo International Airport"]


def test_an_air_base_named_after_the_airport_s_town_may_be_another_named_base(pipeline: Any) -> None:
    # Where the text names its air base otherwise, 'the X air base' of the headline is no third installation.
    text = ("Drones hit Vetkovo air base and airport. Drones struck the Osmanov air base and the civilian airport in "
            "Vetkovo on Tuesday. Smoke rose over Vetkovo International Airport, which shares its runway with the air "
            "base.")
    assert len(names(pipeline, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The sergeant left his police post in Nakuru last year, soldiers said.",
        "The police post photos of the troops on Facebook every day.",
    ],
)
def test_a_police_post_held_or_a_verb_names_no_installation(pipeline: Any, text: str) -> None:
    assert names(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The frigate docked in Tromsø on Monday, Norway's Joint Headquarters said.",
        "According to a spokesperson for the Danish Joint Headquarters, the exercise ends on Friday.",
    ],
)
def test_a_command_that_speaks_is_no_site(pipeline: Any, text: str) -> None:
    # Said by the headquarters, or by one who speaks for it: the body, not its buildings.
    assert names(pipeline, text) == []


def test_a_command_placed_and_spoken_of_is_still_a_site(pipeline: Any) -> None:
    text = "The Joint Headquarters at Reitan is being expanded, officials said."
    assert names(pipeline, text) == ["Joint Headquarters"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reservists of the Island Field Squadron train on weekday evenings at Fort Regent.", ["Fort Regent"]),
        ("A Home Guard detachment kept watch over the harbour during the summit.", []),
        ("An Air Force Hawk detachment spent the summer training pilots over the hills.", []),
    ],
)
def test_a_unit_is_no_site(pipeline: Any, text: str, expected: list[str]) -> None:
    # A capitalised head a unit's word goes on from, or a lower-case word for a body of troops neither placed nor
    # named by a place, names the unit.
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Foreign Legion detachment at Mayotte guards the port.", ["Foreign Legion detachment"]),
        ("The last jets left Air Detachment 181 in June.", ["Air Detachment"]),
    ],
)
def test_a_placed_or_capitalised_detachment_is_a_site(pipeline: Any, text: str, expected: list[str]) -> None:
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the Frontier Guard station in Kuressaare at dawn, wounding two sentries.",
         ["Kuressaare station"]),
        ("Two rockets hit the Republican Guard station in Tikrit overnight.", ["Tikrit station"]),
    ],
)
def test_a_forces_own_weak_head_placed_in_a_town_is_its_post(pipeline: Any, text: str, expected: list[str]) -> None:
    # 'station' alone needs more to be military; a force's name before it says whose post it is.
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Charter flights now use Peter Andersen Airport, the island's only civil field.", ["Peter Andersen Airport"]),
        ("Cargo planes landed at Ahmad Bagram Airport in the north, officials said.", ["Ahmad Bagram Airport"]),
        ("B-52 bombers landed at Andersen Air Force Base on Guam on Thursday.", ["Andersen Air Force Base"]),
    ],
)
def test_a_catalogued_name_ending_a_longer_name_is_part_of_it(pipeline: Any, text: str, expected: list[str]) -> None:
    # A person's given names before a catalogued surname make one proper name with the capitalised head.
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Major Lena Fischer, the airfield commander, told reporters the runway would reopen in spring.",
        "The drills went well, according to Lieutenant Colonel Ana Ruiz, the garrison commander.",
    ],
)
def test_a_person_set_beside_a_heads_office_names_no_site(pipeline: Any, text: str) -> None:
    # 'the base commander': the head only modifies the office, and the name beside it is its holder's.
    assert names(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The garrison at 2,000 metres is the highest in the country.",
        "Officials said 45 airport employees were evacuated after the alarm.",
        "Troops have held the ridge since 1998, a small camp their only shelter.",
    ],
)
def test_figures_alone_name_no_site(pipeline: Any, text: str) -> None:
    # A height, a head count or a year where a name would stand is no place of the head's.
    assert names(pipeline, text) == []


def test_a_number_after_a_prefix_still_names_a_site(pipeline: Any) -> None:
    assert names(pipeline, "Engineers repaired Camp 6 last year.") == ["Camp 6"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Marines' camp at Kin was expanded last year.", ["Kin camp"]),
        ("Shelters were dug at the Rangers' base at Mombasa in March.", ["Mombasa base"]),
    ],
)
def test_a_plurals_possessive_owns_a_placed_head(pipeline: Any, text: str, expected: list[str]) -> None:
    # "the Marines' camp" says whose the camp is, as "the Navy's base" does; the place after it names it.
    assert names(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The navy maintains a small radar station that looks out over the channel.", "small radar station",
         "small radar station"),
        ("Estonia has operated a coastal listening post near the border since 2010, the navy said.",
         "coastal listening post", "coastal listening post near the border"),
        ("The Royal Danish Navy operated a missile-tracking station on the headland until 1994.",
         "Royal Danish Navy missile-tracking station", "missile-tracking station on the headland"),
    ],
)
def test_a_role_described_head_a_force_runs_is_an_installation(pipeline: Any, text: str, name: str,
                                                                alias: str) -> None:
    found = facilities_found(pipeline, text)
    assert list(found) == [name] and alias in found[name]["aliases"]


@pytest.mark.parametrize(
    "text",
    [
        "The weather service runs a weather station on the hill.",
        "The navy said it would buy a surveillance radar from Sweden.",
    ],
)
def test_a_role_described_head_no_force_runs_or_builds_is_none(pipeline: Any, text: str) -> None:
    assert facilities_found(pipeline, text) == {}


def test_a_role_described_head_going_on_into_another_is_one_installation(pipeline: Any) -> None:
    text = "The air force wants to build an air surveillance radar station near the summit of Mount Skarvet."
    assert len(facilities_found(pipeline, text)) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engineers extended the old wharf at Levuka by forty metres over the dry season.", "Levuka wharf"),
        ("Contractors will build a second pier at Savusavu for the inter-island ferries.", "Savusavu pier"),
        ("The council plans to rebuild the wharf at Taveuni before the cyclone season.", "Taveuni wharf"),
    ],
)
def test_a_pier_whose_building_the_sentence_tells_is_an_installation(pipeline: Any, text: str, name: str) -> None:
    assert only_facility(pipeline, text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contractors are widening the pier at the Lautoka naval station this winter.", "Lautoka naval station"),
        ("The coast guard wants to enlarge the pier at its outpost at Nadi next year.", "Nadi outpost"),
        ("Crews will lengthen the pier at Naval Station Henry Hale before the new cutters arrive.",
         "Naval Station Henry Hale"),
    ],
)
def test_a_pier_built_at_an_installation_is_its_part(pipeline: Any, text: str, name: str) -> None:
    assert only_facility(pipeline, text) == name


def test_a_pier_a_ship_only_calls_at_is_no_installation(pipeline: Any) -> None:
    assert facilities_found(pipeline, "A cruise ship called at the pier at Levuka on Monday.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Cadets from a Polish training ship went ashore after it docked in Kirkwall harbour last week.",
        "During the regatta a Greek corvette docked at the Aldo naval station, within Tarbert harbour.",
    ],
)
def test_a_harbour_ships_only_call_at_is_no_installation(pipeline: Any, text: str) -> None:
    assert not any("harbour" in name for name in facilities_found(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "A Polish training ship docked in Kirkwall harbour last week. The council will dredge the harbour next year.",
        "Two patrol boats tied up at Tarbert harbour on Monday and will be based there from now on, the navy said.",
    ],
)
def test_a_harbour_with_works_or_basing_told_is_an_installation(pipeline: Any, text: str) -> None:
    assert any("harbour" in name for name in facilities_found(pipeline, text))
