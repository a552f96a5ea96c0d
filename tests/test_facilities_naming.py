"""How reporters place and name installations with no name of their own: bearings from a town, the coast off it,
one more of a kind, kind words for posts and stores, and what such a head is called."""

from __future__ import annotations

from typing import Any

import pytest

from basewatch.extract.facilities import _definite_just_before
from basewatch.extract.lexicon import facility_words
from spans import facilities_found as found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russia built an air base 40 km south of Lyaur last year.", "Lyaur air base"),
        ("The drones hit a military base about 30 kilometres north of Kulob on Monday.", "Kulob base"),
        ("Militias attacked a US base east of Deir ez-Zor, officials said.", "Deir ez-Zor base"),
        ("Turkish forces run a base north-west of Kulob, the ministry said.", "Kulob base"),
        ("The ministry plans a naval base off the coast of Kismayo, officials said.", "Kismayo naval base"),
        ("China is building a naval base off Kismayo, officials said.", "Kismayo naval base"),
    ],
)
def test_a_bearing_or_a_coast_off_a_town_places_a_head(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukraine destroyed a Russian command post near Kulob, the army said.", "Kulob command post"),
        ("Ukraine struck an air defence position near Lyaur on Sunday.", "Lyaur air defence position"),
        ("The rebels targeted a port facility in Kismayo with drones.", "Kismayo port facility"),
        ("A drone hit a fuel storage facility near Kulob, the military said.", "Kulob storage facility"),
        ("The army set up a new training centre in Kismayo for recruits.", "Kismayo training centre"),
        ("The Marines built an expeditionary airfield on Lamu last year.", "Lamu airfield"),
        ("The air force operates a maintenance facility in Kulob.", "Kulob facility"),
    ],
)
def test_posts_stores_and_modified_heads(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_another_of_a_kind_is_one_more_installation(pipeline: Any) -> None:
    facilities = found(pipeline, "The US has a drone base in Kulob and another near Lyaur, officials said.")
    assert {"Kulob base", "Lyaur base"} <= set(facilities)
    assert facilities["Lyaur base"]["operator"] == "US"


def test_a_depot_in_a_naval_town_is_not_its_naval_base(pipeline: Any) -> None:
    facilities = found(pipeline, "A drone struck an oil storage depot in Novorossiysk on Friday, the army said.")
    assert [f["kind"] for f in facilities.values()] == ["other"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels overran a government military camp at Lyaur.", "Lyaur base"),
        ("Soldiers have manned a small detachment on Batan Island since 2019.", "Batan Island outpost"),
    ],
)
def test_a_head_that_only_says_whose_it_is_takes_its_kind(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Satellite images show activity at the Lyaur air and naval base.", "Lyaur air and naval base", "naval base"),
        ("China expanded the Kulob naval and air base last year.", "Kulob naval and air base", "air base"),
        ("Strikes hit the Lyaur naval aviation base on Monday.", "Lyaur naval aviation base", "air base"),
    ],
)
def test_coordinated_classifiers_before_a_head(pipeline: Any, text: str, name: str, kind: str) -> None:
    assert found(pipeline, text)[name]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drones struck a Russian oil refinery in Kulob overnight.", "Kulob oil refinery"),
        ("Missiles hit a power station near Lyaur, the army said.", "Lyaur power station"),
    ],
)
def test_a_plant_is_named_by_its_own_head(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_name_opening_a_sentence_counts_once_the_text_writes_it_inside_one(pipeline: Any) -> None:
    assert "Lyaur airfield" in found(pipeline, "Jets flew to Lyaur on Monday. Lyaur airfield was reopened in May.")
    assert found(pipeline, "Mysterious air base images went online on Monday.") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Jets arrived at RNZAF Base Lyaur on Monday.", "RNZAF Base Lyaur", "air base"),
        ("The squadron is based at RMAF Kulob, officials said.", "RMAF Kulob", "air base"),
        ("Helicopters left Air Force Station Lyaur on Monday.", "Air Force Station Lyaur", "air base"),
        # The South African order: the service's base word first, the place after it.
        ("At Air Force Base Lyaur in the north, most of the jets have barely flown.", "Air Force Base Lyaur",
         "air base"),
        ("Troops arrived at CFB Kulob on Monday.", "CFB Kulob", "base"),
    ],
)
def test_a_service_s_prefix_names_its_installation(pipeline: Any, text: str, name: str, kind: str) -> None:
    facilities = found(pipeline, text)
    assert list(facilities) == [name]
    assert facilities[name]["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "The RAF Chief of the Air Staff said the jets were ready.",
        "The RMAF Commander said the jets were ready.",
        "The RAF Air Chief Marshal said the jets were ready.",
    ],
)
def test_a_rank_after_a_service_s_prefix_is_no_installation(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militants attacked the Lyaur cantonment on Monday.", "Lyaur cantonment"),
        ("The strike targeted an army cantonment in Kulob on Monday.", "Kulob cantonment"),
        ("The troops were based at the Dushanbe garrison last year.", "Dushanbe garrison"),
    ],
)
def test_garrison_towns_and_cantonments(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_named_barracks_in_a_town_is_one_installation(pipeline: Any) -> None:
    assert list(found(pipeline, "Soldiers moved into the Lyaur barracks in Kulob last week.")) == ["Lyaur barracks"]


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("The Kenya Navy base at Lyaur was attacked on Monday.", "Lyaur naval base", "KE"),
        ("The Royal Malaysian Air Force base at Kulob has been expanded.", "Kulob air base", "MY"),
    ],
)
def test_a_state_s_service_before_a_head_owns_it(pipeline: Any, text: str, name: str, operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The drones hit two air bases, Kulob and Dangara, overnight.", {"Kulob air base"}),
        ("Ukraine said it had struck the ports of Odesa and Mykolaiv.", {"Odesa port", "Mykolaiv port"}),
        ("Tajikistan's only air base, at Kulob, hosts Russian jets.", {"Kulob air base"}),
    ],
)
def test_names_set_after_a_plural_or_a_state_s_head(pipeline: Any, text: str, names: set[str]) -> None:
    assert names <= set(found(pipeline, text))


def test_a_town_after_a_bare_comma_alone_is_no_list(pipeline: Any) -> None:
    assert found(pipeline, "Russia struck two air bases, Kulob officials said.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chinese warships docked at the Dar es Salaam port on Monday.", "Dar es Salaam port"),
        ("Militants attacked the Ras ed Dhiya outpost on Monday.", "Ras ed Dhiya outpost"),
    ],
)
def test_arabic_articles_inside_a_name(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jets landed at the Castello della Pieve air base.", "Castello della Pieve air base"),
        ("Troops left the Villa de los Santos base on Monday.", "Villa de los Santos base"),
        ("Ships docked at the Les Sables d'Olonne port on Monday.", "Les Sables d'Olonne port"),
        ("Troops left the Newcastle upon Tyne barracks on Monday.", "Newcastle upon Tyne barracks"),
    ],
)
def test_romance_particles_and_elisions_inside_a_name(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A new air strip was built on Kulob island last year.", "Kulob airfield", "airfield"),
        ("The Kulob coast guard station was hit on Monday.", "Kulob coast guard station", "naval base"),
        ("US troops run a training facility near Kulob.", "Kulob training facility", "base"),
        ("Satellite images show a missile silo near Kulob.", "Kulob missile silo", "other"),
    ],
)
def test_more_kind_words(pipeline: Any, text: str, name: str, kind: str) -> None:
    assert found(pipeline, text)[name]["kind"] == kind


def test_a_base_in_a_town_and_a_camp_outside_it_are_two(pipeline: Any) -> None:
    text = ("France plans to leave its main base in Kulob by January. Hungarian special forces are expected to deploy "
            "to a training camp outside Kulob next year.")
    facilities = found(pipeline, text)
    assert {"Kulob base", "Kulob training camp"} <= set(facilities)
    assert facilities["Kulob training camp"]["operator"] == "HU"


def test_a_bare_catalogued_name_taken_up_by_the_next_sentence_s_head(pipeline: Any) -> None:
    text = "Ukrainian drones attacked Engels overnight. The air base hosts Tu-95 bombers."
    assert list(found(pipeline, text)) == ["Engels Air Base"]
    assert found(pipeline, "Drones attacked Engels overnight. The city mayor said no one was hurt.") == {}


def test_aircraft_taking_off_from_a_catalogued_base(pipeline: Any) -> None:
    assert list(found(pipeline, "Russian bombers took off from Olenya on Monday.")) == ["Olenya Air Base"]


def test_a_title_case_headline_s_verbs_and_prepositions_are_no_name(pipeline: Any) -> None:
    text = "Russia Moves Jets To Kulob Air Base\n\nRussia moved jets to Kulob air base on Monday."
    assert list(found(pipeline, text)) == ["Kulob Air Base"]


def test_a_numbered_field_lies_in_the_town_it_is_named_after(pipeline: Any) -> None:
    text = "Engineers were seen in Kulob, a town in Tajikistan. Jets flew from Kulob-2 air base on Monday."
    assert found(pipeline, text)["Kulob-2 air base"]["country"] == "TJ"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("British jets dropped bombs on a drone and missile launch site at Kulob.", "Kulob launch site"),
        ("Drones hit a fuel and ammunition depot in Kulob on Monday.", "Kulob ammunition depot"),
    ],
)
def test_modifiers_joined_by_and_before_a_placed_head(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_the_islands_airfield_is_the_last_named_island_town_s(pipeline: Any) -> None:
    text = "Jets flew to Kulob on Monday. Engineers lengthened the islands' military airfield last year."
    assert "Kulob airfield" in found(pipeline, text)


def test_a_where_clause_that_begins_building_a_head(pipeline: Any) -> None:
    text = "The move leaves a question over Kulob, where the UAE began building a second base in 2017."
    assert found(pipeline, text)["Kulob base"]["operator"] == "AE"


def test_a_small_town_a_unit_will_be_based_at_is_its_garrison(pipeline: Any) -> None:
    assert "Tapa garrison" in found(pipeline, "A second battalion will be based at Tapa, in northern Estonia.")
    assert found(pipeline, "The brigade is stationed in Moscow, officials said.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 'X Air Force Base on Guam': a name before the base words keeps them a head.
        ("Bombers landed at Lyaur Air Force Base on Monday.", "Lyaur Air Force Base"),
        ("Bombers landed at Lyaur Air Force Base, Kulob, on Monday.", "Lyaur Air Force Base"),
    ],
)
def test_a_name_before_the_base_words_keeps_them_a_head(pipeline: Any, text: str, name: str) -> None:
    assert list(found(pipeline, text)) == [name]


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("The envoy visited the Kenya Coast Guard's base at Shimoni on Friday.", "Kenya Coast Guard's base at Shimoni"),
        ("Canberra is paying for a new slipway at the police marine unit's base in Lomar.",
         "police marine unit's base in Lomar"),
        ("The minister toured Airbus's plant at Getafe last month.", "Airbus's plant at Getafe"),
        ("Two frigates docked at the navy's base at Kessel on Tuesday.", "navy's base at Kessel"),
    ],
)
def test_a_placed_head_s_alias_keeps_its_whole_owner(pipeline: Any, text: str, alias: str) -> None:
    assert any(alias in fac["aliases"] for fac in found(pipeline, text).values())


def test_a_length_before_a_placed_head_is_no_part_of_its_alias(pipeline: Any) -> None:
    facilities = found(pipeline, "The 900-metre airstrip at Pelvi reopened in October after repairs.")
    assert "airstrip at Pelvi" in facilities["Pelvi airfield"]["aliases"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya's navy opened a patrol station on Rusinga Island on Monday.", "Rusinga Island station"),
        ("The coast guard said a station at Port Meran will be built next year.", "Port Meran station"),
        ("The coastguard will open a new station at Kessel in the spring.", "Kessel station"),
    ],
)
def test_a_station_a_sea_service_opens_or_keeps_is_its_naval_base(pipeline: Any, text: str, name: str) -> None:
    assert found(pipeline, text)[name]["kind"] == "naval base"


@pytest.mark.parametrize(
    "text",
    [
        "Police opened a new station at Kessel on Monday.",
        "The train left the station at Kessel on Monday, before the navy arrived.",
    ],
)
def test_a_station_no_sea_service_opens_is_no_naval_base(pipeline: Any, text: str) -> None:
    assert not found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "base", "airport"),
    [
        ("Two transport helicopters landed at its base at Mbeli II International Airport in March.",
         "Mbeli II International Airport base", "Mbeli II International Airport"),
        ("The army's small base at Arno Velez International Airport was enlarged this year.",
         "Arno Velez International Airport base", "Arno Velez International Airport"),
    ],
)
def test_the_named_airport_a_base_is_placed_at_is_an_installation_too(pipeline: Any, text: str, base: str,
                                                                       airport: str) -> None:
    facilities = found(pipeline, text)
    assert (facilities[base]["kind"], facilities[airport]["kind"]) == ("base", "airfield")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The army has since sent two extra companies to its zone headquarters in Garissa.", "Garissa headquarters"),
        ("Imagery shows cleared ground beside the Fiji Police Force's maritime wing base on Levuka.", "Levuka base"),
        ("Officers toured the army's general headquarters in Garissa on Monday.", "Garissa headquarters"),
    ],
)
def test_words_saying_what_part_or_service_a_head_serves_describe_it(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarvo air base shares its runway of 3,100 metres with the international airport of Tarvo.",
        "The air base of Kessel shares its runway with the international airport of Kessel.",
    ],
)
def test_an_airport_named_by_its_town_is_not_the_air_base_of_that_town(pipeline: Any, text: str) -> None:
    assert sorted(fac["kind"] for fac in found(pipeline, text).values()) == ["air base", "airfield"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The army is putting a new radar station on a ridge outside Korvath, officials said.", "Korvath radar station",
         "new radar station on a ridge outside Korvath"),
        ("The navy keeps a patrol post near the fishing jetty at Tarrow Bay, he said.", "Tarrow Bay patrol post",
         "patrol post near the fishing jetty at Tarrow Bay"),
    ],
)
def test_a_described_spot_is_called_by_its_words_through_the_place_too(pipeline: Any, text: str, name: str,
                                                                         alias: str) -> None:
    assert alias in found(pipeline, text)[name]["aliases"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An island group's second name in brackets, and a particle of the language the name is in.
        ("Storms closed Marrow (Kestel) Islands Airport for two days.", "Marrow (Kestel) Islands Airport"),
        ("Reservists guard the fuel farm of Novo ob Savi air base at night.", "Novo ob Savi air base"),
        ("The air force keeps two helicopters at Velde en Dal airport.", "Velde en Dal airport"),
    ],
)
def test_brackets_and_particles_inside_a_name_keep_it_whole(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # an acronym in brackets glosses the words before it; a state before the brackets places the named one
        "Two transport planes touched down at Korvath (KV) Islands Airport after the storm.",
        "Relief flights reached Fiji (Lau) Islands Airport yesterday.",
    ],
)
def test_an_acronym_or_a_state_by_the_brackets_leaves_no_bracket_in_the_name(pipeline: Any, text: str) -> None:
    names = list(found(pipeline, text))
    assert names and not any("(" in name or ")" in name for name in names)

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Construction of Tarvo Airport has been delayed again by a lack of money.", "Tarvo Airport"),
        ("Dredging of Kessel port ended in March after two years of work.", "Kessel port"),
    ],
)
def test_an_event_word_opening_the_sentence_is_no_part_of_the_name(pipeline: Any, text: str, name: str) -> None:
    assert list(found(pipeline, text)) == [name]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Two patrol aircraft landed at Gozo's airfield on Tuesday.", "Gozo airfield", "Gozo's airfield"),
        ("Two patrol aircraft landed at Lampedusa's airport on Tuesday.", "Lampedusa airport", "Lampedusa's airport"),
    ],
)
def test_an_island_owns_its_airport(pipeline: Any, text: str, name: str, alias: str) -> None:
    assert alias in found(pipeline, text)[name]["aliases"]


def test_an_island_owns_no_base_someone_keeps_there(pipeline: Any) -> None:
    assert "Gozo base" not in found(pipeline, "The navy keeps a small team at Gozo's base, officials said.")


def test_an_article_alone_before_a_head_is_a_towns_name(pipeline: Any) -> None:
    assert "Le Port" not in found(pipeline, "Sailors of the patrol ship rested in the town of Le Port on Sunday.")



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The RAF reopened Remote Radar Head Brizlee Wood in 2019.", "Remote Radar Head Brizlee Wood"),
        ("Engineers upgraded the antennas at RRH Portreath last year.", "RRH Portreath"),
        ("A hangar for the rescue helicopters was finished at Air Station Vetka last year.", "Air Station Vetka"),
    ],
)
def test_a_radar_head_or_an_air_station_named_after_its_prefix(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)



@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Catalogue rows: an airport's official name goes on past a comma; a naval base named by its port.
        ("The foreign minister flew to Svalbard Airport, Longyear, on Tuesday.", "Svalbard Airport, Longyear"),
        ("Avinor will lengthen the runway of Vardø Airport, Svartnes, by 2030.", "Vardø Airport, Svartnes"),
        ("At Port des Galets, a berth for the navy's patrol ship was completed in 2023.", "Port des Galets Naval Base"),
    ],
)
def test_catalogued_names_with_a_comma_or_a_port_word(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Vetka Army Reserve Center opened a new drill hall in August.", "Vetka Army Reserve Center"),
        ("Reservists paraded at the Kessel Army Reserve Centre on Sunday.", "Kessel Army Reserve Centre"),
    ],
)
def test_an_army_reserve_center_keeps_its_name(pipeline: Any, text: str, name: str) -> None:
    # 'Army' would stop the name read back from 'Reserve Center': the service is a word of the head.
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the short name said first, the whole one later
        ("Gunners fired rockets at the Brenta range on Monday. Residents near the Monte Brenta firing range "
         "complained of the noise.", {"Brenta range"}),
        # the whole name first, a camp's prefix with the last word later
        ("Troops left Camp Aurelio Vantrell at dawn. By noon Camp Vantrell stood empty.", {"Camp Aurelio Vantrell"}),
        # a hyphened name's last part
        ("Tankers refuelled at Korvo-Belsk airport on Friday. Crews at the Belsk airfield worked overnight.",
         {"Korvo-Belsk airport"}),
    ],
)
def test_a_name_s_first_or_last_words_name_its_installation(pipeline: Any, text: str, names: set[str]) -> None:
    assert set(found(pipeline, text)) == names


@pytest.mark.parametrize(
    "text",
    [
        # an everyday word is a word of any name
        "The navy's Fleet Central headquarters moved. Officers at the Central Command headquarters stayed.",
        # an air base is not the airport named after its town
        "Jets flew from Korvo air base. Tourists landed at Korvo International Airport.",
        # a station of no kind of its own is not the airport
        "Engineers built the Vessa Satellite Station. Flights to Vessa Airport resumed.",
    ],
)
def test_a_name_s_words_do_not_join_other_installations(pipeline: Any, text: str) -> None:
    assert len(found(pipeline, text)) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the service whose the head is, between the head and its place
        ("Last spring a storm damaged a radar station of the navy on Mount Vessel.",
         "Mount Vessel radar station"),
        ("Pilots flew from an airstrip of the navy near Brenta Point all winter.", "Brenta Point airfield"),
        # a spot named before the place
        ("The army put a radar site on the hilltop of Korvo in 2019.", "Korvo radar site"),
        ("The navy keeps a lookout post on the peak of Vessa Island.", "Vessa Island outpost"),
    ],
)
def test_a_service_or_a_spot_between_a_head_and_its_place(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_cape_held_as_a_region_places_a_head_as_a_town_does(pipeline: Any) -> None:
    # Cape Dezhnev is a region of the place table; a base at it is one installation, named by it
    text = "The Pacific Fleet reopened the military base at Cape Dezhnev last year."
    assert set(found(pipeline, text)) == {"Cape Dezhnev base"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word of purpose before a weak head makes it an installation the place after it names
        ("The army keeps a surveillance station on Vessa Island, the ministry said.", "Vessa Island station"),
        # a describing word the vocabulary lacks may stand before the word of purpose
        ("The army runs an unmanned monitoring station near Bodø, the ministry said.", "Bodø station"),
    ],
)
def test_a_word_of_purpose_makes_a_weak_head_an_installation(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_weak_head_without_a_word_of_purpose_stays_none(pipeline: Any) -> None:
    assert not found(pipeline, "The army keeps a new station on Vessa Island, the ministry said.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tourists now sail into the old submarine tunnel at Vela Luka, which the navy left in 1991.",
         "Vela Luka submarine tunnel"),
        ("The reservists have drilled at the Harbour Road drill hall since 1950.", "Harbour Road drill hall"),
        ("Marines reinforced the army's strongpoint at Dagang on Monday.", "Dagang outpost"),
        ("The coast guard runs a radar tower near Kastro on the island's western cape.", "Kastro radar tower"),
        ("The navy's signal station at Vessa watches the strait.", "Vessa signal station"),
    ],
)
def test_heads_of_tunnels_halls_strongpoints_towers(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # the state word an article opens before a service's possessive is part of the owner's name
        ("Cadets toured the Spanish army's barracks at Tarifa on Monday.", "Tarifa barracks",
         "Spanish army's barracks at Tarifa"),
        # the town a named head stands at is part of what the text calls it
        ("The Royal Navy moved two patrol boats to the Vessa heliport at Bodø last week.", "Vessa heliport",
         "Vessa heliport at Bodø"),
    ],
)
def test_a_mention_named_in_full(pipeline: Any, text: str, name: str, alias: str) -> None:
    assert alias in found(pipeline, text)[name]["aliases"]


@pytest.mark.parametrize(
    ("text", "head", "closed"),
    [
        # a definite determiner or possessive right before the head: no word of purpose nor indefinite article
        ("Engineers painted the station near Vessa Island.", "station", True),
        ("Engineers painted its post near Vessa Island.", "post", True),
        # an indefinite article, a describing word or a modifier before it: the words before are read
        ("Engineers painted a station near Vessa Island.", "station", False),
        ("Engineers painted the tracking station near Vessa Island.", "station", False),
        ("Engineers painted the  station near Vessa Island.", "station", False),
    ],
)
def test_a_definite_word_before_a_head_closes_its_describing_words(text: str, head: str, closed: bool) -> None:
    assert _definite_just_before(text, text.index(head), facility_words("en"), {}) is closed
