"""Who runs a facility: wordings that look like an operator's but name a guest, a lessor, a capturer, an airline."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found as found


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        # Kit that uses a base visits it; a state known to run it still does.
        ("US Navy ships use the Changi Naval Base in Singapore for repairs.", "Changi Naval Base", "SG"),
        ("American bombers regularly use the Morón air base in southern Spain.", "Moron Air Base", "ES"),
        ("Chinese warships use the Ream naval base in Cambodia.", "Ream Naval Base", "KH"),
        ("American bombers regularly use the Vetka air base.", "Vetka air base", None),
        # States named together use it together.
        ("Russia and Syria use the Hmeimim air base near Latakia.", "Hmeimim Air Base", "RU"),
        # A state leasing a base out is its lessor; the one it goes to runs it.
        ("Syria leases the Vetka naval base to Russia for 49 years.", "Vetka naval base", "RU"),
        ("Syria leases the Tartus naval base to Russia for 49 years.", "Tartus naval facility", "RU"),
        ("Djibouti leases the Camp Lemonnier base to the United States for $63 million a year.", "Camp Lemonnier",
         "US"),
        ("The UK leases the Vetka naval base from Bahrain.", "Vetka naval base", "GB"),
        # Seizing a base is an attack; taking a known base over is a handover only to the host.
        ("Russian forces seized the Hostomel airfield near Kyiv on the first day of the invasion.", "Hostomel Airport",
         "UA"),
        ("The Kherson airport, which Russian forces captured in 2022, was retaken in November.", "Kherson airport",
         None),
        ("Wagner fighters took control of the Kidal airfield in northern Mali.", "Kidal military camp", "ML"),
        ("Chadian troops took over the Vetka base in January.", "Vetka base", "TD"),
        # Airlines using an airport run nothing there.
        ("The Kandahar airport, used by Emirates and flydubai, reopened on Monday.", "Kandahar airport", None),
        ("The Vetka airfield, used by Qatar Airways since 2015, was struck.", "Vetka airfield", None),
    ],
)
def test_wordings_that_name_no_operator(pipeline: Any, text: str, name: str, operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Who holds a town is not whose town it is.
        ("Drones struck an ammunition depot near the Russian-occupied town of Lyubimovka.",
         "Lyubimovka ammunition depot", None),
        ("A radar site near the Russian-speaking Estonian town of Sillamae was upgraded.", "Sillamae radar site",
         "EE"),
    ],
)
def test_a_demonym_before_the_settlement_word(pipeline: Any, text: str, name: str, country: str | None) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A clause opened by 'although' places nothing of the clause before.
        ("The first jets will arrive at the Vetka air base in 2026, although the pilots will stay in the United "
         "States for training.", "Vetka air base", None),
        # A state owning a name places it, whatever country the article's other places are in.
        ("Jets flew from Rovaniemi air base in Lapland and from Norway's Vetka air station during the drills, which "
         "Finland hosted in Kuopio and Oulu.", "Vetka air station", "NO"),
    ],
)
def test_where_a_named_base_is(pipeline: Any, text: str, name: str, country: str | None) -> None:
    assert found(pipeline, text)[name]["country"] == country


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A weak head's name right after a named facility and 'on' is where that facility is.
        ("Tankers stopped at the Vetka air base on Terceira island last weekend.", ["Vetka air base"]),
        ("Venezuela has lengthened the military airstrip on Vetka island.", ["Vetka airfield"]),
        # A town named after a port is a town.
        ("The navy will open a base at Vetka next year. An analyst at a think tank in Port of Spain doubts it.",
         ["Vetka base"]),
    ],
)
def test_what_names_a_facility(pipeline: Any, text: str, names: list[str]) -> None:
    assert list(found(pipeline, text)) == names


def test_portuguese_particles_inside_a_name(pipeline: Any) -> None:
    assert list(found(pipeline, "Fuel for the tankers comes through the nearby port of Praia da Vitória.")) == [
        "Praia da Vitória port"]


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        # A passive handover names who runs it; a company is no state.
        ("The Russian contingent of 2,000 troops had been stationed there since 2020. Its main headquarters near "
         "Khojaly was handed over to the Azerbaijani army in May.", "Khojaly headquarters", "AZ"),
        ("The Vetka naval port was handed over to China Merchants Port Holdings in 2017.", "Vetka naval port", None),
        # A military post a state is not named for is the host's, whatever adjectives open it.
        ("Work on a new military airfield near Kalbajar will start next year, Azerbaijan's defence ministry said.",
         "Kalbajar airfield", "AZ"),
        # Forces of two states at a base: neither alone runs it.
        ("Serbian and Hungarian troops wrapped up joint drills at the Vetka training ground last week.",
         "Vetka training ground", None),
        # A base named by its number.
        ("A CN-235 transport left the Gabonese air force's Base 01 in December.", "Base 01", "GA"),
    ],
)
def test_who_runs_described_and_handed_bases(pipeline: Any, text: str, name: str, operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_country_joined_to_another_after_a_comma_places_nothing(pipeline: Any) -> None:
    text = "Further west, U.S. and Finnish artillery units fired rockets at the Vetka training area in May."
    assert found(pipeline, text)["Vetka training area"]["country"] is None


def test_forces_of_the_host_and_a_guest_leave_the_host_running_it(pipeline: Any) -> None:
    text = "Serbian and Hungarian troops wrapped up joint drills at the Vetka training ground near Kraljevo."
    fac = found(pipeline, text)["Vetka training ground"]
    assert (fac["operator"], fac["country"], fac["tenants"]) == ("RS", "RS", ["HU"])


def test_a_garrison_is_named_as_one(pipeline: Any) -> None:
    text = "The president visited the Jaeger Brigade's garrison at Sodankylä on Monday."
    assert list(found(pipeline, text)) == ["Sodankylä garrison"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("French Rafale fighters will be based at Batajnica, outside Belgrade, from 2028.", "Batajnica Air Base"),
        ("A new hangar for H145M helicopters opened at Lađevci air base near Kraljevo.", "Morava Air Base"),
        ("The first F-35As are scheduled to arrive at Rissala in 2026.", "Rissala Air Base"),
        ("Jets flew from Norway's Bodø air station during the drills.", "Bodø Main Air Station"),
    ],
)
def test_catalogued_balkan_and_nordic_bases(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_the_base_a_state_runs_is_that_state_s(pipeline: Any) -> None:
    text = ("Jets flew from Rovaniemi air base and from Norway's Bodø air station during the drills. Finland's Lapland "
            "Air Command, which runs the base, flies F/A-18 Hornets.")
    facs = found(pipeline, text)
    assert len(facs["Rovaniemi Air Base"]["mentions"]) == 2
    assert len(facs["Bodø Main Air Station"]["mentions"]) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Troops moved Mi-17 helicopters from Kabul airport to the Bagram air base.",
         ["Kabul airport", "Bagram Airfield"]),
        ("In Kabul, airport officials said the Bagram air base was quiet.", ["Bagram Airfield"]),
    ],
)
def test_a_capital_before_an_airport_names_it(pipeline: Any, text: str, names: list[str]) -> None:
    assert list(found(pipeline, text)) == names


def test_a_base_for_a_force_is_placed_past_the_force(pipeline: Any) -> None:
    text = "The ministry will establish a new base for the Royal Saudi Naval Forces near Jizan next year."
    fac = found(pipeline, text)["Jizan base"]
    assert (fac["operator"], fac["country"]) == ("SA", "SA")


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        # Whose forces hold a place runs the base there, not the state it belongs to.
        ("Explosions were reported at a military base in Russian-held Melitopol.", "Melitopol base", "RU"),
        ("Satellite images show new hangars at an air base near Saky in Crimea.", "Saky air base", "RU"),
        ("Ukrainian drones struck the Vetka air base near Sevastopol.", "Vetka air base", "RU"),
        ("Ukrainian drones struck the Vetka air base near Odesa.", "Vetka air base", "UA"),
    ],
)
def test_held_places(pipeline: Any, text: str, name: str, operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "operator", "country"),
    [
        # A dependent territory has no forces of its own: the sovereign's run what the text gives no operator.
        ("A new hangar was finished at the Vetka air base near Cayenne in French Guiana.", "Vetka air base", "FR",
         "GF"),
        ("Sailors at the naval base at Nouméa in New Caledonia took delivery of a patrol boat.", "Nouméa naval base",
         "FR", "NC"),
        ("The navy reopened the Vetka naval base in Puerto Rico last year.", "Vetka naval base", "US", "PR"),
        ("Crews at the military side of Vetka airport in Greenland refuelled two transports.",
         "military side of Vetka airport", "DK", "GL"),
        # Unless it raises a force of its own: then its bases are that force's.
        ("The Royal Bermuda Regiment has grown to 400 soldiers. Its new barracks at Hamilton opened in May.",
         "Hamilton barracks", "BM", "BM"),
        ("Patrol boats of the Cayman Islands Coast Guard sail from a naval base at Grand Harbour.",
         "Grand Harbour naval base", "KY", "KY"),
    ],
)
def test_dependent_territories(pipeline: Any, text: str, name: str, operator: str, country: str) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["operator"], fac["country"]) == (operator, country)


def test_kit_leaving_a_base_next_to_an_airport_is_the_base_s(pipeline: Any) -> None:
    text = ("The last French aircraft in Gabon, a CN-235 transport, left the Gabonese air force's Base 01, next to "
            "Libreville international airport, in December.")
    facs = found(pipeline, text)
    assert facs["Base 01"]["equipment"] == ["CN-235"]
    assert facs["Libreville international airport"]["equipment"] == []


def test_a_command_s_headquarters_in_a_town(pipeline: Any) -> None:
    text = "That command has its headquarters in Tumeremo, a mining town about 60 miles from the border."
    assert list(found(pipeline, text)) == ["Tumeremo headquarters"]


def test_port_of_spain_is_a_town(pipeline: Any) -> None:
    text = ("U.S. jets flew over Georgetown with the Guyanese air corps. Carlos Briceño, an analyst at a think tank "
            "in Port of Spain, doubts that Caracas would risk an invasion of the army's bases.")
    assert "Port of Spain" not in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("For years the navy's Eastern Command kept its headquarters in Visakhapatnam, officials said.",
         "Visakhapatnam headquarters", "IN"),
        ("The joint monitoring centre near Aghdam was shut by Russian and Turkish officers in April.",
         "Aghdam monitoring centre", None),
    ],
)
def test_headquarters_and_monitoring_centres(pipeline: Any, text: str, name: str, operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


def test_a_town_of_two_words_opening_a_name_locates_it(pipeline: Any) -> None:
    text = ("The Thai air force hosted visiting fighters for drills at Udon Thani air base last year, and a navy "
            "ship called at Sattahip in May.")
    fac = found(pipeline, text)["Udon Thani air base"]
    assert (fac["country"], fac["admin1"]) == ("TH", "Udon Thani Province")


@pytest.mark.parametrize(
    "text",
    [
        "The Vetka air base is controlled by Russian-backed separatists.",
        "The Vetka port is operated by China Merchants Port Holdings.",
        "China Merchants operates the Vetka port under a 99-year lease.",
        "The Vetka air base is operated by the Turkish Airlines maintenance unit.",
    ],
)
def test_proxies_and_companies_run_no_state_s_base(pipeline: Any, text: str) -> None:
    assert [f["operator"] for f in found(pipeline, text).values()] == [None]


def test_a_state_s_command_runs_it(pipeline: Any) -> None:
    text = "The Vetka air base is operated by US Central Command."
    assert found(pipeline, text)["Vetka air base"]["operator"] == "US"


def test_a_base_named_by_the_division_of_the_article_s_one_catalogued_base_is_that_base(pipeline: Any) -> None:
    text = ("Spotters count tankers at Lajes as Azores base comes back to life\n\n"
            "More than two dozen tankers stopped at Lajes air base on Terceira island last weekend.")
    facs = found(pipeline, text)
    assert list(facs) == ["Lajes Field"]
    assert len(facs["Lajes Field"]["mentions"]) == 3


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("The Vetka air base has two runways, one about 3,000 metres long and a second, of 3,600 metres, that "
         "engineers finished in 2006.", [3000.0, 3600.0]),
        ("The Vetka air base has two runways: one of 2,400 metres and another of 3,100 metres.", [2400.0, 3100.0]),
    ],
)
def test_runways_counted_one_by_one(pipeline: Any, text: str, lengths: list[float]) -> None:
    assert sorted(r["length_m"] for r in found(pipeline, text)["Vetka air base"]["runways"]) == lengths


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("Drones attacked the Vetka airfield in the Kaluga region, where Tu-22M3 bombers are based, Kyiv said.",
         ["Tu-22M3"]),
        ("Satellite images show the Vetka air base near Kaliningrad, where Moscow has deployed Iskander missiles.",
         []),
    ],
)
def test_a_where_clause_after_the_place_a_base_is_in(pipeline: Any, text: str, kit: list[str]) -> None:
    assert [f["equipment"] for f in found(pipeline, text).values()] == [kit]


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("Tankers stopped at the Vetka air base last weekend. The KC-135 and KC-46 aircraft were joined by several "
         "C-17 transports, the daily reported.", ["KC-135", "KC-46", "C-17"]),
    ],
)
def test_kit_joined_by_kit_at_the_base_told_before(pipeline: Any, text: str, kit: list[str]) -> None:
    assert [f["equipment"] for f in found(pipeline, text).values()] == [kit]


def test_two_facilities_sharing_a_mention_start_do_not_break_the_stated_operator(pipeline: Any) -> None:
    text = "The troops reached Vetka Air Base 7 Air Base near the river, run by China Merchants, used by Syria."
    found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("Six Su-30SM fighters arrived in May. They are based at the Vetka air base.", ["Su-30SM"]),
        ("The air force bought 12 F-35 jets in 2023. The jets will be based at the Vetka air base.", ["F-35"]),
        ("Some 300 troops arrived in May. They are based at the Vetka air base.", []),
        ("The Vetka air base is protected by Patriot batteries.", ["Patriot"]),
    ],
)
def test_kit_told_before_or_guarding(pipeline: Any, text: str, kit: list[str]) -> None:
    assert found(pipeline, text)["Vetka air base"]["equipment"] == kit


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A drone hit an ammunition depot in the Bryansk region on Tuesday.", "Bryansk ammunition depot",
         "Bryansk Oblast"),
        ("Officials said little about a small military site in Gorno-Badakhshan, near the Wakhan Corridor, where "
         "troops patrol.",
         "Gorno-Badakhshan site", "Gorno-Badakhshan"),
        # a division under the name English reporting gives it, not the gazetteer's local form
        ("A squadron of patrol boats is based at the Vetka naval station in South Sulawesi.", "Vetka naval station",
         "South Sulawesi"),
        ("Tankers refuel at the Vetka air base on Madeira on the way south.", "Vetka air base", "Madeira"),
    ],
)
def test_a_new_installation_in_a_division(pipeline: Any, text: str, name: str, admin1: str) -> None:
    assert found(pipeline, text)[name]["admin1"] == admin1


def test_a_place_after_another_facility_is_that_facility_s(pipeline: Any) -> None:
    text = ("Building began at the Vetka air base in May. Jets were flown there from Kromy Air Force Base in East Java "
            "in June.")
    facilities = found(pipeline, text)
    assert (facilities["Vetka air base"]["admin1"], facilities["Kromy Air Force Base"]["admin1"]) == (None, "East Java")


def test_the_holder_of_the_town_a_base_is_near_runs_it(pipeline: Any) -> None:
    text = "The airfield near the Russian-controlled city of Berdyansk was hit by missiles."
    assert found(pipeline, text)["Berdyansk airfield"]["operator"] == "RU"


def test_a_company_s_headquarters_is_no_installation(pipeline: Any) -> None:
    text = "Jets landed at the Vetka air base. The company has its headquarters in Dhahran, near the base."
    assert list(found(pipeline, text)) == ["Vetka air base"]


def test_a_country_in_another_relative_clause_places_nothing(pipeline: Any) -> None:
    text = "China, which runs a base in Djibouti, is also building a port in Vetka."
    assert found(pipeline, text)["Vetka port"]["country"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Troops held drills at the Kulob weapons range in Tajikistan on Monday.",
        "Cadets graduated from the Lyaur military academy in Tajikistan on Monday.",
    ],
)
def test_an_installation_only_forces_run_is_the_host_s(pipeline: Any, text: str) -> None:
    facilities = pipeline.extract(text, published="2024-05-01")["facilities"]
    assert [(f["country"], f["operator"]) for f in facilities] == [("TJ", "TJ")]


def test_a_named_force_s_headquarters_is_the_host_s(pipeline: Any) -> None:
    facilities = pipeline.extract("Drones hit the Northern Fleet headquarters in Severomorsk on Monday.",
                                  published="2024-05-01")["facilities"]
    assert [(f["name"], f["operator"]) for f in facilities] == [("Northern Fleet headquarters", "RU")]


def test_a_state_a_comma_parts_from_the_force_word_owns_no_force(pipeline: Any) -> None:
    # 'the army' here is the host's, not that of the neighbour named before the comma.
    text = ("On the frontier with Haiti, the army moved two companies to an army post near Vetka after shots were "
            "fired at it.")
    fac = found(pipeline, text)["Vetka outpost"]
    assert (fac["operator"], fac["tenants"]) == (None, [])


def test_a_service_s_trainers_are_its_guests(pipeline: Any) -> None:
    # The trainers' own service is named before their word: they serve at the host's fort, not at their own.
    text = "The last U.S. Army trainers at the Vetka military fort in Colombia left in October."
    fac = found(pipeline, text)["Vetka military fort"]
    assert (fac["operator"], fac["tenants"]) == ("CO", ["US"])


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        # A state's service working on an airport runs it ...
        ("Malawi's air force began resurfacing the runway at Vetka airport in May, the ministry said.", "MW"),
        ("The Malawian army started lengthening the runway at Vetka airport last year.", "MW"),
        # ... a state alone may be building it for its airlines.
        ("Malawi began resurfacing the runway at Vetka airport in May, the ministry said.", None),
    ],
)
def test_a_state_s_service_working_on_an_airport_runs_it(pipeline: Any, text: str, operator: str | None) -> None:
    assert found(pipeline, text)["Vetka airport"]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        # 'its' is said of the navy, not of the guests' state qualifying a plural noun.
        ("The Malawian navy hosted a group of Zambian naval officers at its Vetka base last week.", "MW"),
        # A verb ending in -s after a state is no plural noun: the state owns what follows.
        ("Zambia said Malawi hands its Vetka base to the police next year.", "MW"),
    ],
)
def test_its_points_past_a_state_s_people(pipeline: Any, text: str, operator: str) -> None:
    assert found(pipeline, text)["Vetka base"]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        # A state working on a part of another state's base, or paying for the work, helps its owner ...
        ("Under a pact signed in Colombo, India will lengthen the runway at the Vetka air base in Sri Lanka next year.",
         "Vetka air base", "LK"),
        ("Japan is meanwhile paying for a new fuel pier at the navy's Vetka base in Fiji.", "Vetka base", "FJ"),
        # ... one building or enlarging the installation itself runs it.
        ("Venezuela has lengthened the airstrip on Vetka island, which it has held since 1966.", "Vetka airfield",
         "VE"),
        ("In Sri Lanka, China is building a new naval base at Vetka, officials said.", "Vetka naval base", "CN"),
    ],
)
def test_a_state_working_at_another_s_base_does_not_run_it(pipeline: Any, text: str, name: str,
                                                          operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "operator", "tenants"),
    [
        # Foreign troops arriving or rotating in come to the host's installation ...
        ("About 200 Dutch soldiers rotated into the Vetka training area in Lithuania last week.", "Vetka training area",
         "LT", ["NL"]),
        ("A first contingent of Hungarian soldiers landed on Monday at the Vetka base in Chad.", "Vetka base", "TD",
         ["HU"]),
        # ... but to a camp named by a prefix, which contingents abroad keep as their own.
        ("Fresh Turkish troops rotated in to Camp Vetka in Kosovo on Monday.", "Camp Vetka", "TR", []),
        # The force nearer the facility is the one there.
        ("About 40 U.S. Marines who had trained Ghanaian soldiers at the Vetka barracks in Ghana pulled out in June.",
         "Vetka barracks", "GH", []),
    ],
)
def test_foreign_troops_arriving_at_a_host_s_base_are_its_guests(pipeline: Any, text: str, name: str, operator: str,
                                                                 tenants: list[str]) -> None:
    fac = found(pipeline, text)[name]
    assert (fac["operator"], fac["tenants"]) == (operator, tenants)


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        # A service no state qualifies, before a facility only placed near a town, is the host's ...
        ("The army completed a new patrol post near Hwange in November, officials said.", "Hwange patrol post", "ZW"),
        ("Army engineers have been lengthening the grass airstrip outside Hwange since June.", "Hwange airfield", "ZW"),
        # ... no service, no host assumed.
        ("Gunmen attacked a patrol post near Hwange in November.", "Hwange patrol post", None),
    ],
)
def test_the_host_s_unqualified_service_runs_a_facility_near_a_town(pipeline: Any, text: str, name: str,
                                                                     operator: str | None) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        ("Images show a new hangar at the old Portuguese military airstrip at Vetka in Angola.", "Vetka airfield",
         "AO"),
        ("Soldiers landed at the ex-French base of Vetka in Chad.", "Vetka base", "TD"),
        ("The Russian base at Vetka in Syria grew.", "Vetka base", "RU"),
    ],
)
def test_an_old_or_ex_owner_before_the_head_runs_it_no_more(pipeline: Any, text: str, name: str,
                                                            operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    ("text", "name", "operator"),
    [
        # A named camp is a base like any other: the host's when the text places no other force there ...
        ("Recruits marched into Kolwezi Camp in Zambia after the rains.", "Kolwezi Camp", "ZM"),
        ("Engineers are paving the roads inside Tamberlane Camp, on the outskirts of Gaborone in Botswana.",
         "Tamberlane Camp", "BW"),
        # ... and so is the unnamed camp of a service no state qualifies.
        ("In northern Ghana, the army has fenced its camp at Bolgatanga.", "Bolgatanga camp", "GH"),
    ],
)
def test_a_camp_is_a_base_its_host_runs(pipeline: Any, text: str, name: str, operator: str) -> None:
    assert found(pipeline, text)[name]["operator"] == operator


@pytest.mark.parametrize(
    "text",
    [
        "Troops escorted aid trucks to a migrant camp outside Tapachula on Sunday.",
        "Police and soldiers cleared a protest camp near Nakuru before dawn.",
    ],
)
def test_a_camp_for_people_in_need_or_protest_is_no_base(pipeline: Any, text: str) -> None:
    assert found(pipeline, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "In Peru, the navy also runs the Ilo airport, whose runway was lengthened in 2019.",
        "Peru's defence ministry will resurface the airport at Mollendo, which the navy also runs.",
    ],
)
def test_a_bare_service_running_a_facility_is_the_lands_own(pipeline: Any, text: str) -> None:
    assert [fac["operator"] for fac in found(pipeline, text).values()] == ["PE"]


def test_a_bare_service_running_something_else_runs_no_facility(pipeline: Any) -> None:
    text = "In Peru, the navy said it runs patrols from the Ilo airport."
    assert [fac["operator"] for fac in found(pipeline, text).values()] == [None]
