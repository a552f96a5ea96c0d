"""Events: trigger type, facility, actor country and date; hedged, negated and facility-less triggers are not events."""

from __future__ import annotations

import random
from typing import Any

import pytest

from basewatch.extract import events as ev
from basewatch.extract.events import Events
from basewatch.extract.normalize import make_doc
from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is fortifying Hmeimim air base.", [("expansion", "hmeimim", "RU", None)]),
        ("Russia deployed Su-35 fighters to Hmeimim air base in March 2021.",
         [("deployment", "hmeimim", "RU", "2021-03")]),
        ("The pro-Assad militias and Russian Wagner fighters tried three years ago to take over the Conoco gas "
         "processing plant in Deir al Zour.", [("attack", "conoco", "RU", "2018")]),
        ("Iranian-backed militias fired rockets at the Ain al-Asad air base on 5 January 2020.",
         [("attack", "ain_al_asad", "IR", "2020-01-05")]),
        ("Tower 22 was attacked by Iranian-backed militias last month.", [("attack", "tower_22", "IR", "2021-02")]),
        ("The United States withdrew its troops from Bagram Airfield in July 2021.",
         [("withdrawal", "bagram", "US", "2021-07")]),
        ("The Chinese defence minister visited Ream Naval Base last year.", [("visit", "ream", "CN", "2020")]),
        # states qualifying forces together: the first leads
        ("Polish and American troops held a joint exercise at Lask air base.", [("exercise", "lask", "PL", None)]),
        ("The 1,200-meter runway at the al Shaddadi base was completed last January.",
         [("construction", "shaddadi", "US", "2021-01")]),
    ],
)
def test_events(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The United States is establishing new air bases in the region.",
        "Russian forces attacked positions near the border.",
        "There are no obstacles preventing the deployment of bombers at the Hmeimim base.",
        "He believes that sending bombers to Hmeimim air base will create new challenges.",
    ],
)
def test_no_event(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


def test_attacks_from_a_base_are_not_on_it(pipeline: Any) -> None:
    # the militias' seizure is an attack of no place; the air attacks come from the base, not onto it
    text = "Militias took over the plant, but they faced intense air attacks from US forces at Al Udeid."
    assert events(pipeline, text) == [("attack", None, None, None)]


def test_attack_needs_the_facility_as_target(pipeline: Any) -> None:
    # (the fighters, of no state, are coded by the country they fight in: docs/data-model.md)
    text = "Fighters stormed the Conoco gas plant, but they faced intense air attacks from the US forces."
    assert events(pipeline, text) == [("attack", "conoco", "SY", None)]


def test_undated_repeat_yields_to_the_dated_event(pipeline: Any) -> None:
    text = "The US is expanding Al Tanf. It expanded Al Tanf in 2019 as well."
    assert events(pipeline, text) == [("expansion", "al_tanf", "US", "2019")]


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        ("Rebels shelled the town for a week.", ["attack"]),
        ("The army mobilized reservists on Tuesday.", ["deployment"]),
        ("Troops withdrew from the city.", ["withdrawal"]),
        ("The president visited Moscow.", ["visit"]),
        ("The ministers agreed to meet again.", []),
    ],
)
def test_triggers_without_facilities(sentence: str, types: list[str]) -> None:
    assert [t.type for t in Events().match(make_doc(sentence))] == types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The base, built by the US military in 2017, hosts drones. The base is Camp Lemonnier.", []),
        ("Camp Lemonnier, built by the US military in 2002, hosts drones.",
         [("construction", "camp_lemonnier", "US", "2002")]),
        # the facility moved from is only where it came from: no withdrawal there
        ("The US moved its air operations centre from Prince Sultan Air Base in 2003.", []),
        ("Strikes hit Belbek. Ukrainian missiles struck the Belbek air base on 16 May 2024.",
         [("attack", "belbek", "UA", "2024-05-16")]),
        ("Russia sends bombers to Syria's Khmeimim air base.", [("deployment", "hmeimim", "RU", None)]),
    ],
)
def test_events_across_commas_relocations_and_retellings(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the direction word nearest the facility decides: 'to' the base is a deployment there
        ("Russia moved six frigates from Tartus to the Novorossiysk naval base last year.",
         [("deployment", "novorossiysk", "RU", "2023")]),
        # a handover is a withdrawal; 'in southern Iraq' is a place, not an agent
        ("Britain handed its base at Basra, in southern Iraq, to Iraqi forces in 2007.",
         [("withdrawal", "basra-base", "GB", "2007")]),
        # the state that made the weapons is not the one that used them
        ("Ukraine used French and British cruise missiles to strike the Saki air base in 2023.",
         [("attack", "saki", "UA", "2023")]),
        # 'inaugurated the expansion' is one event, done by the subject, not by the funder
        ("Vietnam on Monday inaugurated the Japanese-funded expansion of the Cam Ranh naval base.",
         [("expansion", "cam_ranh", "VN", "2024-04-29")]),
        # an event noun opening a sentence is about the one facility of the sentence before
        ("Camp Humphreys is the largest US base abroad. Construction began in 2007.",
         [("construction", "humphreys", "US", "2007")]),
        # a base that has hosted aircraft: a deployment there, the facility being the subject
        ("Kadena Air Base has hosted F-22 fighters since 2007.", [("deployment", "kadena", "US", "2007")]),
        # visiting aircraft with no state named: their country of origin
        ("B-1 bombers visited Orland air base in 2021.", [("visit", "orland", "US", "2021")]),
    ],
)
def test_event_direction_suppliers_openings_and_visitors(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of another event in a clause of its own is not this one's
        ("The strike was the worst on the Saki air base since Moscow annexed Crimea in 2014.",
         [("attack", "saki", None, None)]),
        # the day of the report that tells it never dates an event
        ("Russian jets have left the Hmeimim air base, the ministry said on Monday.",
         [("withdrawal", "hmeimim", "RU", None)]),
        ("Russian jets left the Hmeimim air base in March, the ministry said on Monday.",
         [("withdrawal", "hmeimim", "RU", "2024-03")]),
        # 'attack aircraft' names a kind of aircraft, not an attack
        ("The last A-10 attack aircraft have left Osan Air Base.", [("withdrawal", "osan", "US", None)]),
    ],
)
def test_event_dates_and_trigger_look_alikes(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


_BASE = "Camp Lemonnier hosts US drones. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an action on a country or town, no installation named: an event with no facility
        (_BASE + "French troops left Mali in August 2022.", [("withdrawal", None, "FR", "2022-08")]),
        (_BASE + "Houthi drones attacked Eilat in 2023, the army said.", [("attack", None, "YE", "2023")]),
        # armed men the text leaves unplaced attack with no actor (docs/data-model.md, session 11 rulings)
        (_BASE + "Unknown gunmen attacked Eilat in 2023.", [("attack", None, None, "2023")]),
        # forces that are somewhere, a note sent somewhere, an ability: no event
        (_BASE + "About 900 US troops are stationed in Syria.", []),
        (_BASE + "Russia sent a protest note to Estonia.", []),
        (_BASE + "The ability to deploy bombers to Australia matters.", []),
        # the states that back the fighters are not the ones that attack
        (_BASE + "The rebels, backed by Russia and Egypt, launched an offensive on Tripoli in 2019.", []),
    ],
)
def test_events_without_an_installation(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one event for each facility of a list
        ("Chinese troops were moved onto Subi Reef and Mischief Reef in 2016.",
         [("deployment", "subi", "CN", "2016"), ("deployment", "mischief", "CN", "2016")]),
        # a relative clause's date is another event's; the date of the images is not the event's either
        ("Satellite images taken in March show construction crews clearing North Field, the airfield from which "
         "bombers took off in 1945.", [("construction", "north-field", None, None)]),
    ],
)
def test_event_lists_and_relative_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date that dates a deal, not the event
        ("Russia is expanding the Tartus naval base under a 2017 deal.", [("expansion", "tartus", "RU", None)]),
        # 'before the fall of ...' is another event
        ("Israeli jets hit the T4 air base several times before the fall of the government in December 2024.",
         [("attack", "tiyas", "IL", None)]),
        # a plan takes no report date
        ("The United States plans to build facilities at RAAF Base Tindal, ABC reported on Monday.",
         [("construction", "tindal", "US", None)]),
    ],
)
def test_event_dates_of_deals_other_events_and_plans(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 'where' clause is about the facility before it, not the one its purpose names
        ("The drones fly from Chabelley Airfield, a former strip near Djibouti City, where the US military moved "
         "its drone fleet in 2013 to free space at Camp Lemonnier.", [("deployment", "chabelley", "US", "2013")]),
        # a 'which' clause is about the noun right before it
        ("Officials said the port of Tartus, which was expanded in 2019, could serve the Hmeimim air base.",
         [("expansion", "tartus", "RU", "2019")]),
        # a plan to close is no construction
        ("The government had planned to close the Andoya air station in 2019.", []),
        # what was parked at a base and has been moved went away from it
        ("Nearly 40 US aircraft parked at the Al Udeid Air Base had been moved by 19 April.",
         [("withdrawal", "al_udeid", "US", "2024-04-19")]),
    ],
)
def test_event_relative_clauses_plans_and_departures(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'out of' a base is leaving it
        ("American troops were flown out of the Ain al-Asad air base before the strike.",
         [("withdrawal", "ain_al_asad", "US", None)]),
        # a retelling dated only by its report yields to the dated telling
        ("Iran's missile attack on the Ain al-Asad air base in January killed no one. The number of injured after "
         "Iran's missile attack on the Ain al-Asad air base has risen to 109, the Pentagon said on Monday.",
         [("attack", "ain_al_asad", "IR", "2024-01")]),
    ],
)
def test_event_departures_and_retellings(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


def test_dismantling_is_a_withdrawal(pipeline: Any) -> None:
    text = "Turkey has been dismantling parts of its base at Bashiqa since March."
    assert events(pipeline, text, published="2024-05-01") == [("withdrawal", "bashiqa", "TR", "2024-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a passive attack the subject's state is the target's, not the attacker's
        ("The Russian-run Saki air base was bombed in August 2022.", [("attack", "saki", None, "2022-08")]),
        ("Russian jets at the Saki air base were hit by Ukrainian missiles in August 2022.",
         [("attack", "saki", "UA", "2022-08")]),
    ],
)
def test_passive_attack_actor(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'where' after a town the base lies near is about the town
        ("The Redzikowo base lies some 250 km from Kaliningrad, where Moscow has deployed Iskander-M missiles.", []),
        # a date after a closed relative clause is the main clause's again
        ("Russian forces have flown from the Hmeimim air base, which lies beside the town of Jableh, since "
         "September 2015.", [("deployment", "hmeimim", "RU", "2015-09")]),
    ],
)
def test_event_where_and_closed_relative_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled person who flies somewhere visits it
        ("US Vice President JD Vance flew to the Pituffik Space Base on Friday.",
         [("visit", "pituffik", "US", "2021-02-26")]),
        # building a new part of a base that is already there is construction there
        ("Myanmar's military has built two new hangars at the Great Coco Island airfield.",
         [("construction", "coco_islands", "MM", None)]),
        # a facility that strengthens something else does not grow
        ("Poland's defence minister said the Aegis Ashore Redzikowo site strengthened Poland's security.", []),
        # 'are based at' tells where forces are; 'have been based at ... since' dates their move
        ("Singapore's F-15SG jets are based at RAAF Base Darwin.", []),
        ("F-15s have been based at Kadena Air Base since 1979.", [("deployment", "kadena", "US", "1979")]),
        # a state qualifying the strike is its agent, not a supplier of the drone
        ("Iran fired missiles at Ain al-Asad Air Base on 8 January 2020, in retaliation for the US drone strike that "
         "killed a general at Baghdad airport on 3 January.",
         [("attack", "ain_al_asad", "IR", "2020-01-08"), ("attack", "baghdad_airport", "US", "2021-01-03")]),
        # 'at X and at Y' lists two targets
        ("Iran fired missiles at Ain al-Asad Air Base and at Erbil airport on 8 January 2020.",
         [("attack", "ain_al_asad", "IR", "2020-01-08"), ("attack", "erbil_ab", "IR", "2020-01-08")]),
    ],
)
def test_event_types_agents_and_lists(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a comma tells what the clause before did to the facility named there
        ("A series of explosions ripped through the Saki air base on Tuesday, destroying seven aircraft.",
         [("attack", "saki", None, "2021-02-23")]),
        # a state that reports a passive attack is not its agent
        ("Syria's foreign ministry said the Hama airbase was almost entirely destroyed.",
         [("attack", "hama_ab", None, None)]),
        # a definite event noun with no date of its own tells an event of its type again
        ("Israeli warplanes struck the T4 air base on Wednesday. Syria called the strikes a violation at T4 air base.",
         [("attack", "tiyas", "IL", "2021-02-24")]),
        # a state in a relative clause set off by commas is not the agent
        ("The United States has run the base at Diego Garcia, which the British have leased to it, since construction "
         "began in 1971.", [("construction", "diego_garcia", "US", "1971")]),
    ],
)
def test_event_clauses_and_retellings(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'an assault by X': the agent follows the event noun
        # and a place in an aside set off by commas does not take the 'where' from the facility before it
        ("The oil field is not far from the Conoco gas plant, also in Deir al-Zour province, where US forces beat back "
         "an assault by pro-government fighters and Russian contractors in February 2018.",
         [("attack", "conoco", "RU", "2018-02")]),
        # a facility only located in a country is the antecedent of 'where'
        ("The United States keeps jets at Prince Sultan Air Base in Saudi Arabia, where American troops returned in "
         "2019.", [("deployment", "psab", "US", "2019")]),
        # a time clause of its own takes no date from the main clause
        ("US F-22s arrived at Al Dhafra Air Base on Saturday, weeks after Houthi rebels fired missiles towards the "
         "base.", [("deployment", "al_dhafra", "US", "2021-02-27"), ("attack", "al_dhafra", "YE", None)]),
        # a reported plan ('would set up') is an event with no date: not the date of the telling
        ("He told the Izvestia newspaper on 5 October that Russia would set up a naval base at Ochamchire.",
         [("construction", "ochamchire", "RU", None)]),
    ],
)
def test_event_agents_antecedents_and_plans(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility 'including' in a set is not the object of the event told of the whole set
        ("Russia has reopened or built about a dozen Arctic bases since 2013, including the Temp airfield.", []),
        # states qualifying forces together: the first leads
        ("Putin watched the exercise at the Mulino training ground on Monday, as Russian and Belarusian forces held "
         "joint drills.", [("exercise", "mulino", "RU", "2021-03-01")]),
        # an 'as' clause is dated by nothing outside it, and no event by the report's date
        ("Six B-2 bombers have arrived at Diego Garcia, satellite images taken on Tuesday show, as Washington steps "
         "up strikes on Yemen.", [("deployment", "diego_garcia", "US", None), ("attack", None, "US", None)]),
    ],
)
def test_event_sets_joined_states_and_as_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader's counterpart joins the leader named first
        ("Indian Prime Minister Narendra Modi and his Mauritian counterpart Pravind Jugnauth on Thursday inaugurated "
         "a new airstrip at Agalega airstrip.", [("construction", "agalega", "IN", "2021-02-25")]),
        # with no state named, the builder named before goes on building
        ("India built the Agalega airstrip in 2021. The runway was finished in 2023.",
         [("construction", "agalega", "IN", "2021"), ("construction", "agalega", "IN", "2023")]),
        # a present 'flies from' is where forces are, not a move
        ("The Lebanese Air Force flies its six A-29 aircraft from Hamat Air Base.", []),
    ],
)
def test_event_leaders_builders_and_habits(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_news_told_by_a_report_is_not_an_old_event(pipeline: Any) -> None:
    # undated, as no report's day dates an event, yet not the old deployment told with less
    text = ("Russia has flown three bombers to the Khmeimim air base, the Russian Defense Ministry said on 25 May. "
            "Russian forces have flown from the airfield since September 2015.")
    assert events(pipeline, text, published="2021-06-02") == [
        ("deployment", "hmeimim", "RU", None), ("deployment", "hmeimim", "RU", "2015-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening with a facility noun is about the facility the sentence before names; the agent may
        # come several words after the verb, after 'by'
        ("Jets struck the al-Watiya air base on Sunday. The base, near the border, was captured from Haftar's forces "
         "on 18 May by troops of the Tripoli-based government.",
         [("attack", "al_watiya", None, "2021-02-28"), ("attack", "al_watiya", "LY", "2020-05-18")]),
        # but not a relative clause about another noun, nor a 'strike' that names a kind of jet
        ("The Nagurskoye airfield opened in 2017. The airfield has hosted Su-34 strike jets and hangars for drones, "
         "which flew missions over the sea.",
         [("construction", "nagurskoye", "RU", "2017")]),
    ],
)
def test_event_facility_subjects_and_late_agents(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town right after the trigger is its object, not a facility further on in the sentence; the warships'
        # calls there are visits of their own, in a clause with its own subject that the time before does not date
        ("The US aircraft carrier USS Carl Vinson visited the city of Da Nang in March 2018, the first such visit "
         "since the war, and US warships have called at Cam Ranh naval base since.",
         [("visit", None, "US", "2018-03"), ("visit", "cam_ranh", "US", None)]),
        # 'welcome to visit' is no visit
        ("A navy spokesman said foreign warships were welcome to visit Cam Ranh naval base.", []),
    ],
)
def test_event_town_objects_and_welcomes(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of its own inside a relative clause has its own place (the Turkish border, no facility)
        ("Russian helicopters are at Qamishli airport, where Russian forces set up a helicopter base after American "
         "troops pulled back from the Turkish border in October 2019.",
         [("construction", "qamishli", "RU", None), ("withdrawal", None, "US", "2019-10")]),
        # unless its subject is the antecedent itself
        ("They will protect the Temp airfield, which the military reopened three years ago after it had been "
         "abandoned in 1993.", [("other", "temp", "RU", "2018"), ("withdrawal", "temp", "RU", "1993")]),
    ],
)
def test_event_clauses_inside_relative_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_civilian_flights_are_no_deployment(pipeline: Any) -> None:
    assert events(pipeline, "China has flown civilian aircraft onto the new runway at Fiery Cross Reef.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # events of a kind ('during exercises') with no date are not one event
        ("Russian bombers had been flown to the Olenya air base before, during exercises.",
         [("deployment", "olenya", "RU", None)]),
        # a facility before a clause of its own is not what that clause's verb acts on
        ("Al-Jufra air base became a hub for the contractors after Haftar's forces abandoned their offensive in May.",
         []),
    ],
)
def test_event_kinds_and_main_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_definite_event_noun_dated_in_another_clause_is_retold(pipeline: Any) -> None:
    text = ("Belarusian forces held drills at the Obuz-Lesnovsky training ground on Monday. Russian fighters have been "
            "flying from the Baranovichi air base during the drills, and bombers flew patrols on Thursday.")
    kinds = [row[0] for row in events(pipeline, text)]
    assert kinds.count("exercise") == 1


def test_it_before_the_verb_is_the_facility_named_before(pipeline: Any) -> None:
    text = ("The Mihail Kogalniceanu air base is run by the Romanian Air Force, but American units have used it "
            "since 1999, and it has hosted soldiers of the US 101st Airborne Division since 2022.")
    assert events(pipeline, text) == [("deployment", "mk", "US", "2022")]


def test_forces_told_of_before_land_where_the_sentence_before_put_them(pipeline: Any) -> None:
    text = ("Six B-2 bombers have arrived at the US military base on Diego Garcia, satellite images taken on Tuesday "
            "show. The bombers landed late last month.")
    assert events(pipeline, text, published="2025-04-02") == [("deployment", "diego_garcia", "US", "2025-03")]


def test_withdrawal_of_something_other_than_forces_leaves_no_facility(pipeline: Any) -> None:
    text = "The UAE used the Assab base to support its troops until it scaled back its role in the war in 2019."
    assert events(pipeline, text) == []


def test_work_going_on_is_the_work_begun_long_ago(pipeline: Any) -> None:
    text = ("Cuba has a new antenna array under construction at El Salao, a report published on Tuesday said. At "
            "El Salao, the array appears to have been under construction since 2021.")
    assert [row[3] for row in events(pipeline, text, published="2024-07-03")] == ["2021"]


def test_weapons_told_of_before_arrive_where_the_sentence_before_put_them(pipeline: Any) -> None:
    text = ("Russia has deployed Bastion coastal missile systems to the Temp airfield, the press service said on "
            "Monday. The Bastion launchers, which fire P-800 Oniks missiles, arrived by ship in September.")
    assert events(pipeline, text, published="2016-10-04") == [("deployment", "temp", "RU", "2016-09")]


def test_hosted_forces_are_deployed_by_their_own_state(pipeline: Any) -> None:
    text = "Since January, the Lask air base has hosted US Army Black Hawk helicopters."
    assert [row[2] for row in events(pipeline, text)] == ["US"]


def test_forces_based_somewhere_by_an_agent_is_a_deployment(pipeline: Any) -> None:
    assert [row[:2] for row in events(pipeline, "In 2019 Russia based Su-35 fighters at Hmeimim air base.")] == [
        ("deployment", "hmeimim")]
    assert events(pipeline, "Su-35 fighters are based at Hmeimim air base.") == []
    assert events(pipeline, "Land-based missiles were seen near Hmeimim air base.") == []


def test_an_active_pronoun_stands_for_the_state_of_a_sentence_before(pipeline: Any) -> None:
    text = ("Moscow has steadily reinforced its presence in Syria. In 2019 it based Su-35 fighters at Hmeimim air "
            "base.")
    assert events(pipeline, text) == [("deployment", "hmeimim", "RU", "2019")]


def test_a_coordinate_clause_keeps_its_date_to_itself(pipeline: Any) -> None:
    text = ("The US Air Force is phasing out its F-15 fighters at Kadena Air Base, and has been rotating F-35 jets "
            "through the base since late 2020.")
    assert ("withdrawal", "kadena", "US", None) in events(pipeline, text)
    text = "India spent $70 million renovating Ayni air base, but Indian personnel left in 2020."
    assert [row[:4] for row in events(pipeline, text) if row[0] == "expansion"] == [("expansion", "ayni", "IN", None)]


def test_a_subordinate_clause_shares_the_date_of_its_main_clause(pipeline: Any) -> None:
    text = ("The US military built up Al Udeid Air Base after 2003, when it moved its air operations centre out of "
            "Prince Sultan Air Base.")
    assert ("withdrawal", "psab", "US", "2003") in events(pipeline, text)


def test_a_relative_clause_after_a_list_is_about_every_facility_listed(pipeline: Any) -> None:
    text = "China has airstrips on Fiery Cross Reef, Subi Reef and Mischief Reef, where it has deployed J-11 fighters."
    assert sorted(row[1] or "" for row in events(pipeline, text) if row[0] == "deployment") == [
        "fiery_cross", "mischief", "subi"]


def test_taking_over_a_task_at_a_base_is_no_attack(pipeline: Any) -> None:
    text = "Italian Typhoons took over the air policing mission at Siauliai air base in December."
    assert [row[0] for row in events(pipeline, text) if row[0] == "attack"] == []


def test_forces_with_no_state_named_are_sent_by_their_own_country(pipeline: Any) -> None:
    text = "The F-35Bs, from the Marine Corps, landed at the former Roosevelt Roads naval station on Saturday."
    assert [row[2] for row in events(pipeline, text)] == ["US"]


def test_where_forces_were_sent_from_is_no_event_there(pipeline: Any) -> None:
    text = "Some equipment was flown to Abidjan and the rest shipped from the Ream Naval Base in January."
    assert [row for row in events(pipeline, text) if row[1] == "ream"] == []
    text = "American MQ-9 Reaper drones have flown from Lask air base since 2018."
    assert [row[:2] for row in events(pipeline, text)] == [("deployment", "lask")]


def test_it_that_sends_forces_elsewhere_is_not_the_facility_named_before(pipeline: Any) -> None:
    text = ("In 2018 Russia based Su-35 fighters at Hmeimim air base, and four years later it moved Bastion launchers "
            "to Paramushir, an island in the northern Kurils.")
    assert [row[3] for row in events(pipeline, text) if row[1] == "hmeimim"] == ["2018"]


def test_unnamed_workers_build_for_the_state_of_the_sentence_before(pipeline: Any) -> None:
    text = "Vietnam has reclaimed new land in the Spratlys. At Pearson Reef, workers have dug a harbour for corvettes."
    assert ("construction", "pearson-reef", "VN", None) in events(pipeline, text)


def test_objects_told_with_dates_of_their_own_are_events_of_their_own(pipeline: Any) -> None:
    text = ("French troops left Bagram Airfield, in the far north, on December 26 and the Ream Naval Base, near "
            "the coast, on January 11.")
    assert sorted(row[1:] for row in events(pipeline, text, published="2021-01-30")) == [
        ("bagram", "FR", "2020-12-26"), ("ream", "FR", "2021-01-11")]


def test_a_stop_on_the_way_elsewhere_is_no_visit(pipeline: Any) -> None:
    assert events(pipeline, "Several of the Russian cargo flights had stopped at Hmeimim air base on the way.") == []
    assert [row[0] for row in events(pipeline, "The Russian defence minister stopped at Hmeimim air base.")] == [
        "visit"]


def test_drills_on_an_island_are_an_exercise_there_dated_by_their_own_clause(pipeline: Any) -> None:
    text = ("Japan lodged a protest with Russia on Tuesday after Russian troops held coastal missile drills on Iturup. "
            "Bal systems were seen at Hmeimim air base.")
    assert events(pipeline, text, published="2025-09-16") == [("exercise", None, "RU", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'moved to' a place is where forces went, however the place is spelt
        ("Russia sent jets to al-Jufra air base in May. Two Pantsir-S1 systems have also been moved to al-Jufra "
         "since last year.", [("deployment", "al_jufra", "RU", "2024-05"), ("deployment", "al_jufra", "RU", "2023")]),
        # 'moved to' and a verb is another act: nothing moved
        ("Russia moved to ban flights over Hmeimim air base in March.", []),
        ("Turkey moved quickly to secure Incirlik Air Base.", []),
    ],
)
def test_moved_to_a_place_or_an_act(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills 'around' a country are held there, as 'in', 'off' or 'near' it
        ("China's navy began large-scale drills around Taiwan on Wednesday. Kadena Air Base is on Okinawa.",
         [("exercise", None, "CN", "2025-04-02")]),
        # a facility in a clause with a subject of its own is not the trigger's
        ("Russia starts naval drills as Turkey puts Incirlik Air Base on alert.", []),
    ],
)
def test_exercise_places_and_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2025-04-03") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closure an attack brought about is the attack's effect
        ("Iranian missile strikes closed Al Udeid Air Base for two days in June 2025.",
         [("attack", "al_udeid", "IR", "2025-06")]),
        ("Qatar closed Al Udeid Air Base in June 2025.", [("withdrawal", "al_udeid", "QA", "2025-06")]),
    ],
)
def test_closure_by_an_attack(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2025-07-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent after 'an attack by' is the attacker even with no state named (militants of no state are coded
        # by the country they fight in), the subject only met the attack; a dateline's date is the filing's: the
        # event keeps its own ('late on Monday') or none
        ("Attack repulsed\n\nBAGHDAD, March 27 - Iraqi troops repulsed an attack by militants on the Ain al-Asad air "
         "base, late on Monday, the army said.", [("attack", "ain_al_asad", "IQ", "2024-03-25")]),
        ("Strike on Belbek\n\nKYIV, March 27 - The air force said an attack by Ukrainian drones on the Belbek air "
         "base destroyed two jets.", [("attack", "belbek", "UA", None)]),
        ("Shelters built\n\nVILNIUS, March 27 - Russia has built eight new hardened shelters at the Chkalovsk air "
         "base.", [("construction", "chkalovsk", "RU", None)]),
    ],
)
def test_attack_by_and_datelines(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-03-27") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city before '-based' places an organisation, it is not the agent
        ("Images analysed by the Washington-based CSIS show that Hmeimim air base was expanded last year.",
         [("expansion", "hmeimim", "RU", "2020")]),
        # a builder named by no state of today leaves the agent unknown, not the present operator
        ("The Bagram Airfield runway, built by the Soviet Union in the 1970s, is 3,000 metres long.",
         [("construction", "bagram", None, None)]),
        # 'by' and a date names a time, not an agent
        ("The runway at Bagram Airfield was lengthened by March 2021.", [("expansion", "bagram", "AF", "2021-03")]),
    ],
)
def test_agents_that_are_no_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-06-01") == expected


def test_headline_retold_in_the_body(pipeline: Any) -> None:
    # the headline's undated strikes are the body's, told there with their date
    text = "Drones hit Tartus naval base and Hmeimim\n\nDrones struck the Hmeimim air base on Sunday, the army said."
    assert events(pipeline, text, published="2024-06-04") == [("attack", "hmeimim", None, "2024-06-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base that receives forces is where they are deployed, by the state they belong to
        ("Ämari Air Base received four Spanish Eurofighter jets in March 2024.",
         [("deployment", "amari", "ES", "2024-03")]),
        ("Kadena Air Base received its first F-35A fighters last month.", [("deployment", "kadena", "US", "2024-05")]),
        # what a place is able to take in is no event, nor is receiving anything but forces
        ("The longer runway allows Nagurskoye air base to receive Il-76 transports.", []),
        ("Incirlik Air Base can receive C-17 transports.", []),
        ("Incirlik Air Base received a warning from Ankara.", []),
    ],
)
def test_receiving_forces(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arriving or leaving with nothing but a date after it happens at the one facility named before it
        ("Germany spent millions renovating Ämari Air Base in 2019, but German troops left in 2022.",
         [("expansion", "amari", "DE", "2019"), ("withdrawal", "amari", "DE", "2022")]),
        ("Spanish jets now fly from Ämari Air Base, the ministry said, after the last of them arrived in March 2024.",
         [("deployment", "amari", "ES", "2024-03")]),
        # a relative clause's own subject is the agent, here no state, so neither the one before nor the operator
        ("Troops moved into Bagram Airfield, which the Soviet army left in 1989.",
         [("deployment", "bagram", "AF", None), ("withdrawal", "bagram", None, "1989")]),
    ],
)
def test_coming_and_going_and_relative_subjects(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


def test_a_service_with_no_state_is_the_one_named_before(pipeline: Any) -> None:
    # 'the Air Force' is the service of the state last named with one ('the Japanese military')
    text = ("The Japanese military is preparing more airfields. Nearby, the Air Force is building hangars at Kadena "
            "Air Base.")
    assert events(pipeline, text, published="2024-06-01") == [("construction", "kadena", "JP", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the Coast Guard' is the state's named with a coast guard, not the one named last with another service
        ("The Greek Coast Guard said that US Navy destroyers were patrolling the strait. The Coast Guard will lengthen "
         "the pier at Souda Bay naval base next year.",
         [("expansion", "souda_bay", "GR", "2025")]),
        ("Officers of the Norwegian army met US Air Force pilots at the airport. The army will build new barracks at "
         "Rygge air station in 2026.",
         [("construction", "rygge", "NO", "2026")]),
    ],
)
def test_a_service_is_the_one_of_its_name(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rocket that flies is launched, not deployed
        ("A rocket fired from the Sohae Satellite Launching Ground, as the site is known, flew south over the sea.",
         []),
        ("Jets armed with cruise missiles flew to Hmeimim air base in May.",
         [("deployment", "hmeimim", "RU", "2024-05")]),
    ],
)
def test_what_flies(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


def test_pronoun_agent_of_an_event_at_a_place(pipeline: Any) -> None:
    # 'it' stands for the state the sentence before opens with, for a move to a place as to a facility
    text = ("Moscow has fortified the southern Kurils. In 2020 it moved Bastion launchers to Paramushir, an island in "
            "the north. Kadena Air Base is on Okinawa.")
    assert events(pipeline, text, published="2024-06-01") == [("deployment", None, "RU", "2020")]


def test_an_office_of_a_state_acts_for_it(pipeline: Any) -> None:
    # 'of Turkey' after an office is who the minister serves, not a place
    text = ("The deputy minister of defence of Turkey has visited Tripoli three times since 2022. Al-Watiya air base "
            "is in Libya.")
    assert events(pipeline, text, published="2024-06-01") == [("visit", None, "TR", "2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warship that docks at a foreign port calls there; at its own state's base, or staying on, it is deployed
        ("A French frigate docked at Cam Ranh International Port on Monday.",
         [("visit", "cam-ranh-international-port", "FR", "2024-06-03")]),
        ("A Chinese navy supply ship docked at the PLA support base in Djibouti in May.",
         [("deployment", "pla_djibouti", "CN", "2024-05")]),
        ("Two Chinese corvettes docked at Ream Naval Base in December and stayed there for months.",
         [("deployment", "ream", "CN", "2023-12")]),
        # a ship that docks and will be based there, or joins those based there, is deployed
        ("Two Indian patrol boats tied up at Cam Ranh International Port in May and will be based there for a year.",
         [("deployment", "cam-ranh-international-port", "IN", "2024-05")]),
        ("An Indian corvette docked at Cam Ranh International Port in May, joining two Indian boats posted there.",
         [("deployment", "cam-ranh-international-port", "IN", "2024-05")]),
        # 'there' right after the verb: the facility named before it
        ("Cam Ranh International Port lies on the bay. An Indian destroyer docked there on Monday.",
         [("visit", "cam-ranh-international-port", "IN", "2024-06-03")]),
        ("Cam Ranh International Port is busy, and a Japanese patrol ship berthed there in May for a week.",
         [("visit", "cam-ranh-international-port", "JP", "2024-05")]),
    ],
)
def test_docking(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


def test_taking_control_of_a_region(pipeline: Any) -> None:
    # taking control of a place is seizing it, and a region is a place an attack acts on
    text = "Azerbaijan took control of Nagorno-Karabakh in September 2023. Russia keeps Erebuni air base near Yerevan."
    assert events(pipeline, text, published="2024-06-05") == [("attack", None, "AZ", "2023-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base used for strikes is where they came from, not their target; the strikes are events of no place
        ("Britain built RAF Akrotiri in 1955. The base has also been used for British strikes on the Islamic State "
         "since 2014.", [("construction", "akrotiri", "GB", "1955"), ("attack", None, "GB", "2014")]),
        ("Incirlik Air Base was used for American strikes on Iraq in 2003.", [("attack", None, "US", "2003")]),
        ("RAF Akrotiri was hit by two drones in 2018.", [("attack", "akrotiri", None, "2018")]),
    ],
)
def test_a_base_used_for_strikes(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the work said to begin on a date is the building told before it with no date
        ("Satellite images show that the runway at Al Tanf has been lengthened. Work at the site began in March, "
         "residents said.", [("expansion", "al_tanf", "US", "2022-03")]),
        # a building already dated keeps its own date
        ("Russia has expanded Hmeimim air base in 2019. Work at the base began in March 2018.",
         [("expansion", "hmeimim", "RU", "2019")]),
    ],
)
def test_work_begun(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2022-11-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # closing one's airspace is no withdrawal from a base named past the clause, nor is leaving it to fend alone
        ("Turkey closed its airspace to Russian flights in 2022, leaving the garrison at Hmeimim air base to fend for "
         "itself.", []),
        ("Russian troops left Hmeimim air base to Syrian forces in 2024.", [("withdrawal", "hmeimim", "RU", "2024")]),
        ("Syria closed Hmeimim air base in 2024.", [("withdrawal", "hmeimim", "SY", "2024")]),
    ],
)
def test_closing_and_leaving_in_a_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


def test_what_a_reduced_relative_built(pipeline: Any) -> None:
    # 'the base it built next to the port': the base was built, the port only locates it
    text = "China is expanding Ream Naval Base it built next to the port of Sihanoukville."
    assert events(pipeline, text, published="2024-06-05") == [("expansion", "ream", "CN", None),
                                                               ("construction", "ream", "CN", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of the event's own that resolves to nothing leaves it undated, as the report's date does
        ("US Marines landed two launchers at Basco Airport this week, the Philippine military said on Thursday.",
         [("deployment", "basco-airport", "US", None)]),
        ("US Marines landed two launchers at Basco Airport, the Philippine military said on Thursday.",
         [("deployment", "basco-airport", "US", None)]),
    ],
)
def test_unresolved_own_time(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2025-05-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # extending a lease or a deal grows no facility
        ("Russia will extend the lease on Hmeimim air base until 2066.", []),
        ("Syria agreed to an extension of the agreement on Hmeimim air base.", []),
        ("Russia will extend the runway at Hmeimim air base.", [("expansion", "hmeimim", "RU", None)]),
    ],
)
def test_extending_a_term(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reopening and repairing a facility are events of their own kind ('other'), done by whoever is named
        ("The Somali army reopened Baledogle Airfield with US help in 2015.", [("other", "baledogle", "SO", "2015")]),
        # 'the military' with no state named is the one that runs the facility
        ("Bagram Airfield, which the military reopened in 2002, lies north of Kabul.",
         [("other", "bagram", "AF", "2002")]),
        # resurfacing makes it usable again: an expansion, by the force that runs the base when no other is named
        ("The runway at Hmeimim air base was resurfaced last year.", [("expansion", "hmeimim", "RU", "2023")]),
        # reopening something else is nothing done to the base; weighing it is no event yet
        ("Officials reopened the airspace, though Incirlik Air Base still ran on generators.", []),
        ("Lebanon weighs reopening Hamat Air Base as a second airport.", []),
    ],
)
def test_reopening_and_repairs(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


def test_a_launch_is_an_event_at_its_site(pipeline: Any) -> None:
    # a rocket that lifts off from a launch site is an event there ('other'), by the state that launched it
    text = ("North Korea said it had put a satellite into orbit after a rocket lifted off on Tuesday from the Sohae "
            "Satellite Launching Ground.")
    assert events(pipeline, text, published="2023-11-23") == [("other", "sohae", "KP", "2023-11-21")]


def test_an_aside_tells_of_the_subject(pipeline: Any) -> None:
    # 'The port, opened in 2016, sits next to X': the port opened, not X
    text = ("A French frigate docked at Cam Ranh International Port on Monday. The port, opened in 2016 on the bay, "
            "sits next to the Cam Ranh naval base.")
    assert events(pipeline, text, published="2023-06-28") == [
        ("visit", "cam-ranh-international-port", "FR", "2023-06-26"),
        ("construction", "cam-ranh-international-port", None, "2016")]


def test_a_relative_aside_is_not_hedged_by_its_claim(pipeline: Any) -> None:
    # ', which was expanded in 2019,' is taken as given by the hedged claim around it ('could serve')
    text = "An official said Hmeimim air base, which was expanded in 2019, could host more bombers."
    assert events(pipeline, text, published="2024-06-05") == [("expansion", "hmeimim", "RU", "2019")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base that repairs ships repairs the ships, not itself
        ("Russia says the Tartus naval base supplies and repairs warships of its Mediterranean squadron.", []),
        ("Russia repaired the runway at Hmeimim air base in 2023.", [("expansion", "hmeimim", "RU", "2023")]),
    ],
)
def test_repairing_forces_or_the_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility that only locates the target yields to one that is a target itself
        ("A second wave of drones on Monday hit fuel tanks near the Port of Gwadar and the naval base at PNS Siddique.",
         [("attack", "pns-siddique-naval-base", None, "2024-06-03")]),
        # alone, it is the nearest thing hit
        ("Drones hit fuel tanks near Hmeimim air base on Monday.", [("attack", "hmeimim", None, "2024-06-03")]),
    ],
)
def test_attack_targets_and_locators(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base that has hosted forces at a time told is where they were deployed then
        ("Kadena Air Base has hosted F-22 fighters since 2007.", [("deployment", "kadena", "US", "2007")]),
        # with no time at all it tells what the base can take, not a move
        ("The airfield at Kadena Air Base already takes transports and has hosted F-22 fighters.", []),
    ],
)
def test_hosting_needs_a_time(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'until the runway is finished' looks ahead: nothing is finished yet
        ("Kadena Air Base will stay open until the new runway at Camp Schwab is finished.", []),
        # 'until it was abandoned in 1993' tells what happened
        ("Troops used Bagram Airfield until it was abandoned in 1993.", [("withdrawal", "bagram", "AF", "1993")]),
    ],
)
def test_until_done(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'it' after the verb, in a sentence naming no facility, is the facility of the sentence before
        ("The Soviet navy ran Cam Ranh naval base for decades. Russia closed it in 2002.",
         [("withdrawal", "cam_ranh", "RU", "2002")]),
        # in a sentence that names one, 'it' may be another noun
        ("The UAE began an attempt to build a runway at Hmeimim air base in 2016 but abandoned it a year later.",
         [("construction", "hmeimim", "AE", "2016")]),
    ],
)
def test_pronoun_objects(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-05") == expected


def test_a_facility_opened_where_the_sentence_state_acts(pipeline: Any) -> None:
    # no builder named: the state acting at the facility in the same sentence opened it
    text = ("Washington has fortified the Marianas. In 2018 it based F-35 fighters at Tinian International Airport, "
            "the airport that opened in 2014.")
    assert events(pipeline, text, published="2024-06-05") == [("deployment", "tinian_airport", "US", "2018"),
                                                               ("construction", "tinian_airport", "US", "2014")]


def test_attack_of_arms_names_the_attacker(pipeline: Any) -> None:
    # the weapons' state after 'an attack of' attacked, not the subject that met it
    text = "Ukrainian troops repelled a massed attack of Russian drones on the Saky air base in Crimea."
    assert events(pipeline, text) == [("attack", "saki", "RU", None)]


def test_plain_word_tests_never_rule_out_a_match() -> None:
    # each pattern is searched only where `_may_hold` finds one of its words: on random windows of words it matches,
    # in any case, with letters outside ASCII that a case-blind pattern takes for ASCII ones and with other characters
    # past ASCII (a window with which the test reads in its lower case too), the test must pass
    cues = ev._cues("en")
    pairs = [(ev._UNTIL_DONE, ev._UNTIL_WORDS), (cues.stopped_before, cues.stopping_words),
             (cues.reported_on, cues.reporting_words), (ev._APPROVED, ev._APPROVING_WORDS), (ev._BY, ev._BY_WORDS),
             (ev._MULTINATIONAL, ev._MULTINATIONAL_WORDS), (ev._SUBORDINATE_AFTER, ev._SUBORDINATING_WORDS),
             (cues.forces_before, cues.force_words)]
    vocabulary = ["until", "the", "runway", "is", "finally", "halted", "paused", "grounded", "said", "says", "told",
                  "shows", "taken", "approved", "authorized", "endorses", "sanctioned", "a", "an", "by", "from", "13",
                  "countries", "nations", "multinational", "after", "before", "because", "troops", "units", "service",
                  "members", "air", "force", "coast", "guard", "armies", "navies", "warships", "jets", "which", "has",
                  "been", "later", "newly", "UNTIL", "Said", "BY", "Troops", "unt\u0131l", "\u0131n", "s\u0131nce",
                  "\u017fa\u0131d", "\u212aept", "\u201cuntil\u201d", "caf\u00e9", "\u00c9T\u00c9", "army\u2019s"]
    rng = random.Random(7)
    for _ in range(5000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 9))) + rng.choice(["", " "])
        for pattern, words in pairs:
            if pattern.search(text) and not ev._may_hold(text, 0, len(text), words):
                raise AssertionError((pattern.pattern, text))


def test_report_verb_searched_from_its_last_runs() -> None:
    # `_report_date` searches `reported_on` (which ends at the date) only from the last `_REPORTED_ON_RUNS` runs of
    # characters before the date: on random stretches of words it matches, it must find a match where the whole
    # stretch holds one ('published by the ministry's own analysts on': seven runs)
    vocabulary = ["said", "told", "published", "seen", "by", "by", "the", "ministry", "own", "analysts", "on", "in",
                  "last", "(said", "images", "a", "\n", "report,"]
    rng = random.Random(11)
    reported_on = ev._cues("en").reported_on
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12))) + rng.choice([" ", "", "\n"])
        text = rng.choice(["", "published by the ministry own analysts on "]) + text
        whole = reported_on.search(text, 0, len(text)) is not None
        found += whole
        assert whole == (reported_on.search(text, ev.last_runs(text, 0, len(text), ev._REPORTED_ON_RUNS),
                                            len(text)) is not None), text
    assert found
