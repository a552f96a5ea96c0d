"""Events that name no facility and no place: forces that come and go, attacks and drills a state is named with."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import OPENING, Row, events, of_type, unplaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces as the object of a verb of moving, the state its subject
        ("France withdrew its last 300 troops in January 2021.", [("withdrawal", None, "FR", "2021-01")]),
        ("Moscow sent 2,000 paratroopers in January 2022.", [("deployment", None, "RU", "2022-01")]),
        # forces as the subject, qualified by their state, or by 'its' for the state that is the clause's subject
        ("Rwandan troops arrived in the province in March 2020.", [("deployment", None, "RW", "2020-03")]),
        ("The UAE said its forces had left the front lines in 2019.", [("withdrawal", None, "AE", "2019")]),
        ("French and British troops left in 2020.", [("withdrawal", None, "FR", "2020")]),
        # a list of states that opens before the clause its first comma starts: still the first named
        ("Estonian, Latvian and Lithuanian troops held an exercise near the border in May 2020.",
         [("exercise", None, "EE", "2020-05")]),
        ("Turkish soldiers have been deployed since 2019.", [("deployment", None, "TR", "2019")]),
        ("Houthi drones struck two tankers in 2020.", [("attack", None, "YE", "2020")]),
        # a state qualifying the event noun
        ("A US strike killed 11 people in May 2020.", [("attack", None, "US", "2020-05")]),
        ("Chinese drills began in August 2020.", [("exercise", None, "CN", "2020-08")]),
        # a state holding drills, the first of those named together
        ("Russia and Belarus held joint exercises in September 2020.", [("exercise", None, "RU", "2020-09")]),
        ("China's navy began large-scale drills in August 2020.", [("exercise", None, "CN", "2020-08")]),
        # drills of states named together are the host's, the country where they are held
        ("Russian and Nicaraguan troops held joint drills in the province of Chinandega in January 2021.",
         [("exercise", None, "NI", "2021-01")]),
        ("Warships from Iran, Russia and China began their annual exercise near Chabahar in January 2021.",
         [("exercise", None, "IR", "2021-01")]),
        # forces going home withdraw, told after a participle of their own
        ("French soldiers flew home in February 2021.", [("withdrawal", None, "FR", "2021-02")]),
        # pulling forces out or back withdraws them; pulling anything else does not
        ("Britain pulled 300 soldiers back from the border in 2020.", [("withdrawal", None, "GB", "2020")]),
        ("India finished pulling its military personnel out of the islands in May 2020.",
         [("withdrawal", None, "IN", "2020-05")]),
        # a named exercise is no retelling; the forces that host it, wherever they are, are its state's
        ("French forces in New Caledonia hosted the Southern Cross exercise in May 2020.",
         [("exercise", None, "FR", "2020-05")]),
        # attacks by armed groups of no state
        ("Officials said militia attacks on US convoys had risen in February 2021.",
         [("attack", None, None, "2021-02")]),
        ("A suicide bomber struck a convoy of Italian vehicles on the airport road in January 2021.",
         [("attack", None, None, "2021-01")]),
        # an attack noun after 'for' or 'after' happened before the clause's time: only a date after it dates it
        ("The jets were used for British strikes on the Islamic State in Iraq since 2014.",
         [("attack", None, "GB", "2014")]),
        ("Protests grew on Monday, days after a US strike killed 11 people.", [("attack", None, "US", None)]),
        # forces named with the states they come from; a coalition its leader leads; a state's withdrawal
        ("Soldiers from Rwanda and Burundi arrived in the province in May 2020.",
         [("deployment", None, "RW", "2020-05")]),
        ("US-led coalition jets struck the convoy in May 2020.", [("attack", None, "US", "2020-05")]),
        ("The Russian withdrawal was completed in May 2020.", [("withdrawal", None, "RU", "2020-05")]),
        # a US command's 'it' carrying out a strike; something coming under attack by no one named
        ("Africa Command said it had carried out an air strike in support of local forces in May 2020.",
         [("attack", None, "US", "2020-05")]),
        ("The convoys, which have come under attack several times in 2020, are vital.",
         [("attack", None, None, "2020")]),
        # a state conducting strikes; proxies of no state attacking; a state testing weapons
        ("Russia launched strikes in May 2020.", [("attack", None, "RU", "2020-05")]),
        ("Iranian-backed militias have attacked US forces more than 100 times since October 2020.",
         [("attack", None, None, "2020-10")]),
        ("North Korea test-fired a ballistic missile into the sea in May 2020.", [("other", None, "KP", "2020-05")]),
        # an intrusion into a state's airspace or waters
        ("Three Russian MiG-31 fighter jets entered Estonian airspace in May 2020.",
         [("other", None, "RU", "2020-05")]),
        ("Chinese coast guard ships entered Japanese territorial waters in May 2020.",
         [("other", None, "CN", "2020-05")]),
        # a deployment noun with the forces it moves is no retelling
        ("The Pentagon announced the deployment of 2,000 troops in May 2020.", [("deployment", None, "US", "2020-05")]),
        # forces taking part in drills act for their state, the first of those they come from
        ("British and Norwegian marines took part in the Cold Response exercise in March 2020.",
         [("exercise", None, "GB", "2020-03")]),
        ("About 4,000 troops from Japan and Australia are taking part in this year's drills.",
         [("exercise", None, "JP", "2021")]),
        # drills of many states, none named, are the host's
        ("Ships from 12 nations took part in the Joint Warrior exercise off north-west Scotland in April 2020.",
         [("exercise", None, "GB", "2020-04")]),
    ],
)
def test_event_with_no_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # keeping forces somewhere is where they are, not a move
        "The United States keeps about 900 troops in the east.",
        # the present tells what forces do, not what they did
        "US troops rotate through the sites and may store equipment there.",
        "Houthi drones strike ships every week.",
        # a flight, a firing in a drill, forces of no state named
        "Russian jets flew patrols over the sea in 2020.",
        "US Marines fired rockets during exercises in May 2020.",
        "Britain's intelligence said the submarines had relocated.",
        # drills told before, named again; drills watched by a state that did not hold them
        "Officials in Beijing said the drills would continue.",
        "American forces were monitoring the exercises in 2020.",
        "He pulled the plug on the project in 2020.",
        # handing over people is no withdrawal
        "Britain said Libya must hand over the bombers in May 2020.",
        # a departure of anyone but forces
        "The departure of the minister in May 2020 surprised many.",
        # a state's targets are no attack of its own
        "The Pentagon said the jets hit Houthi targets in May 2020.",
        # entering anything else, forces left behind, forces destroyed
        "The minister entered the room in May 2020.",
        "Russian forces violated the ceasefire in May 2020.",
        "That war left Russian troops in the breakaway region.",
        "Ukraine's air force said nine Russian aircraft were destroyed in May 2020.",
        # stopping attacks is no attack
        "Officials cut the power in July 2016, halting US air strikes against the Islamic State for a day.",
        # a sentence naming a facility: the event is the facility's or none
        "French troops left in 2020, and Tartus naval base was quiet.",
    ],
)
def test_no_event_with_no_place(pipeline: Any, text: str) -> None:
    assert unplaced(pipeline, OPENING + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces told with where or with whom they served, then their verb of going
        ("The last Kenyan soldiers of the regional force in northern Mozambique came home in May 2021.",
         [("withdrawal", None, "KE", "2021-05")]),
        ("Ghana's remaining troops with the UN mission in southern Lebanon flew home in June 2020.",
         [("withdrawal", None, "GH", "2020-06")]),
    ],
)
def test_forces_told_with_their_mission(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men of no state as the subject of an attack: no actor, or the state a demonym gives them
        ("Masked raiders attacked a customs post on the lake shore in May 2021.", [("attack", None, None, "2021-05")]),
        ("In June 2021 armed Malian bandits attacked a convoy near the river.", [("attack", None, "ML", "2021-06")]),
        ("Heavily armed men ambushed a police truck outside the town in March 2020.",
         [("attack", None, None, "2020-03")]),
        # however far after them their verb stands in its clause, and shooting at a target
        ("Poachers who had slipped across the frontier fired on a ranger patrol in April 2022.",
         [("attack", None, None, "2022-04")]),
        ("In July 2020 gunmen fired at a ferry on the river, wounding three passengers.",
         [("attack", None, None, "2020-07")]),
        # armed men tied to a group: the land the tie names, else the land of the story they attack in
        ("In June 2021 gunmen linked to a Chadian cattle-rustling band fired on a river patrol boat.",
         [("attack", None, "TD", "2021-06")]),
        ("In June 2021 poachers belonging to a gang that operates out of Benghazi attacked a coast guard boat.",
         [("attack", None, "LY", "2021-06")]),
        ("In June 2021 gunmen from a local gang fired on a police launch, wounding two officers.",
         [("attack", None, "SY", "2021-06")]),
    ],
)
def test_armed_men_of_no_state_attack(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shot fired, however far its verb, that hit, struck or came down somewhere: by whom it was fired
        ("Rockets fired from the hills above the valley struck a market in the town in May 2021.",
         [("attack", None, None, "2021-05")]),
        ("Shells fired by the Syrian army landed in the village of Kfar in June 2020.",
         [("attack", None, "SY", "2020-06")]),
        # or the state blamed for it in the next sentence
        ("Mortar rounds fired across the border hit a school in April 2022. Ankara blamed Syria.",
         [("attack", None, "SY", "2022-04")]),
    ],
)
def test_shots_fired_that_hit(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # armed men a passive tells of are the object; a shot with no target tells no attack
        "All six bandits were killed by the police in May 2021.",
        "Pirates fired flares into the night sky in May 2021.",
        # the attack their subordinate verb tells is their main verb's, told already
        "The raiders cut the fence in May 2021 before storming the depot.",
    ],
)
def test_armed_men_no_attack(pipeline: Any, text: str) -> None:
    assert unplaced(pipeline, OPENING + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("American and Greek sailors held a joint exercise at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05")]),
        # one state named: it holds the drills, wherever they are
        ("American sailors held an exercise at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "US", "2020-05")]),
    ],
)
def test_joint_drills_at_a_facility_are_the_hosts(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening with the time of the event told last is dated by it, to the measure it gives
        ("Rockets hit Souda Bay naval base on 3 May 2020. No one was hurt. Hours later, US helicopters struck militia "
         "positions.", ("attack", None, "US", "2020-05-03")),
        ("A Chinese ship docked at Souda Bay naval base on 3 February 2020. The same month, Greek and French navies "
         "held joint drills.", ("exercise", None, "GR", "2020-02")),
    ],
)
def test_the_time_of_the_event_told_last(pipeline: Any, text: str, expected: Row) -> None:
    assert events(pipeline, text)[-1] == expected


def test_days_later_keep_the_month(pipeline: Any) -> None:
    # days later is not the same day, but most likely the same month
    text = ("A Chinese ship docked at Souda Bay naval base on 3 February 2020. Days later, Greek and French navies "
            "held joint drills.")
    assert events(pipeline, text)[-1] == ("exercise", None, "GR", "2020-02")


def test_an_attack_with_a_target_of_its_own_in_a_sentence_naming_a_facility(pipeline: Any) -> None:
    text = "Iran fired missiles at Souda Bay naval base on Monday, in retaliation for US strikes on its nuclear sites."
    assert events(pipeline, text) == [("attack", "souda_bay", "IR", "2021-03-01"), ("attack", None, "US", None)]


def test_a_withdrawal_of_no_place_named_again(pipeline: Any) -> None:
    text = ("France withdrew its last 300 troops in January 2021. General Dupont, who led the French withdrawal, "
            "praised them.")
    assert unplaced(pipeline, OPENING + text) == [("withdrawal", None, "FR", "2021-01")]


def test_the_departure_of_forces(pipeline: Any) -> None:
    # the facility comes after, so that the opening noun has none told before it to stand for
    text = ("The departure of the last French soldiers in December 2020 ended the mission. Russia runs Tartus naval "
            "base.")
    assert events(pipeline, text) == [("withdrawal", None, "FR", "2020-12")]


@pytest.mark.parametrize(
    "text",
    [
        # drills postponed, called off or cancelled did not happen
        "The Pentagon said it had postponed this summer's exercise at Souda Bay naval base.",
        "Greece called off the joint drills at Souda Bay naval base in May 2020.",
    ],
)
def test_drills_that_did_not_happen(pipeline: Any, text: str) -> None:
    assert of_type(pipeline, text, "exercise") == []


def test_drills_of_many_states_at_a_facility_are_the_hosts(pipeline: Any) -> None:
    text = "The drills brought some 2,800 US and allied troops from 13 countries to Souda Bay naval base in 2020."
    assert of_type(pipeline, text, "exercise") == [("exercise", "souda_bay", "GR", "2020")]


def test_the_country_and_a_coordinate_clause_of_its_own(pipeline: Any) -> None:
    # 'the country' stands for the country of the place named last; a coordinate clause is dated by its own time,
    # though it is the time of a report
    text = ("In 2019, officials in Abu Dhabi said the country was reducing its troops, and the UAE announced in 2020 "
            "that its forces had left the front lines.")
    assert unplaced(pipeline, OPENING + text) == [("withdrawal", None, "AE", "2019"),
                                                  ("withdrawal", None, "AE", "2020")]


def test_an_alliance_deploying_a_mission(pipeline: Any) -> None:
    text = "The European Union deployed a civilian monitoring mission to Armenia in 2023."
    assert unplaced(pipeline, OPENING + text) == [("deployment", None, None, "2023")]


def test_the_visitors_last_visit(pipeline: Any) -> None:
    text = ("The deputy minister of defence of Russia has visited Bamako five times since 2023. During his last visit, "
            "in February 2025, he met the president.")
    assert unplaced(pipeline, OPENING + text) == [("visit", None, "RU", "2023"), ("visit", None, "RU", "2025-02")]


def test_a_facility_in_another_clause(pipeline: Any) -> None:
    # a facility in a clause of its own leaves the event its own; drills told at the same time as drills at a
    # facility are those drills (the president who watched them there visited it)
    text = "Hours after the attack on Souda Bay naval base, a suicide bomber struck a convoy on the road in May 2020."
    assert events(pipeline, text)[-1] == ("attack", None, None, "2020-05")
    text = ("The president watched the exercise at Souda Bay naval base in May 2020, as Greek and French forces held "
            "joint drills.")
    assert events(pipeline, text) == [("visit", "souda_bay", "GR", "2020-05"),
                                      ("exercise", "souda_bay", "GR", "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills no state in their clause holds: the state named after them in their sentence, else in the one before
        ("Crews of Rafale jets practised air refuelling over the sea in May 2020, the French navy said.",
         [("exercise", None, "FR", "2020-05")]),
        ("Japan said it was worried. Crews practised landings on the coast in May 2020.",
         [("exercise", None, "JP", "2020-05")]),
        # drills of no place told already: those again, not new ones of another state
        ("Chinese drills began in August 2020. Ships practised landings in the strait in August 2020.",
         [("exercise", None, "CN", "2020-08")]),
        # a drills noun: a state named before it in its sentence, never one only named after it
        ("US jets flew a joint exercise over the capital in May 2020.", [("exercise", None, "US", "2020-05")]),
        ("The previous exercise, in 2017, involved fewer troops, according to Russian figures.", []),
    ],
)
def test_drills_of_the_state_the_news_is_about(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told with no place of its own goes on at the facility the sentence before names
        ("US F-35 jets arrived at Ramstein Air Base on Monday. Defence Secretary Lloyd Austin inspected them on "
         "Tuesday.", [("deployment", "ramstein", "US", "2021-03-01"), ("visit", "ramstein", "US", "2021-02-23")]),
        # not across a paragraph, not with a place of its own, not when the sentence before names two facilities
        ("US F-35 jets arrived at Ramstein Air Base on Monday.\nDefence Secretary Lloyd Austin inspected troops on "
         "Tuesday.", [("deployment", "ramstein", "US", "2021-03-01")]),
        ("US jets arrived at Ramstein Air Base and at Spangdahlem Air Base on Monday. Defence Secretary Lloyd Austin "
         "inspected them on Tuesday.",
         [("deployment", "ramstein", "US", "2021-03-01"), ("deployment", "spangdahlem", "US", "2021-03-01")]),
    ],
)
def test_visit_goes_on_at_the_facility_told_before(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'hundreds of U.S. troops': the state between 'of' and forces is theirs, not a place
        ("Russia operates Tartus naval base. Hundreds of U.S. troops have moved to Poland since August 2022.",
         [("deployment", None, "US", "2022-08")]),
        # a move told of a country and of a base in it at the same time is one event, at the base
        ("Hundreds of U.S. troops moved from Iraq to Kuwait in August 2025. Most of them arrived at Camp Arifjan in "
         "August 2025.", [("deployment", "arifjan", "US", "2025-08")]),
        ("Hundreds of U.S. troops moved from Iraq to Kuwait in August 2025. The first of them had arrived at Camp "
         "Arifjan in 2019.", [("deployment", None, "US", "2025-08"), ("deployment", "arifjan", "US", "2019")]),
    ],
)
def test_move_told_of_a_country_and_a_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills of forces no state is named for are the exercise of the land whose place their clause names
        ("Two frigates and a supply ship held an anti-submarine drill in the waters off Latakia in May 2020.",
         [("exercise", None, "SY", "2020-05")]),
        # else of the country the story's facilities are in
        ("Two interceptors flew over the pole during a scheduled exercise in March 2020.",
         [("exercise", None, "SY", "2020-03")]),
        ("Some 30 warships of the fleet put to sea for a planned exercise in July 2020, the press office said.",
         [("exercise", None, "SY", "2020-07")]),
    ],
)
def test_drills_of_no_state_named(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # drills told before, named again with no place of their own
        "Officials said the exercise would end on Friday.",
        "Crews stayed at sea until the exercise ended in May 2020.",
    ],
)
def test_drills_told_again_have_no_state_of_their_own(pipeline: Any, text: str) -> None:
    assert unplaced(pipeline, OPENING + text) == []


def test_drills_told_at_no_place_then_at_a_facility_are_its(pipeline: Any) -> None:
    text = ("An allied naval exercise wound down on Friday in the eastern Mediterranean. Submarines from six navies"
            " took part in the two-week drill, which was run from Tartus naval base, the alliance said.")
    assert of_type(pipeline, OPENING + text, "exercise") == [("exercise", "tartus", "RU", "2021-02-26")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # smugglers, or men told only by the boat they are in, attacking a patrol at sea: armed men of no state
        ("In June 2020, suspected smugglers opened fire on a navy launch off the cape, wounding a cadet.",
         [("attack", None, None, "2020-06")]),
        ("Two men aboard a dinghy fired on a customs boat near the reef in May 2020.",
         [("attack", None, None, "2020-05")]),
        ("In April 2020, men on a fast motorboat rammed a police launch off the headland.",
         [("attack", None, None, "2020-04")]),
    ],
)
def test_men_in_a_boat_attack(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shots fired at a craft or patrol attack it, whoever fires: armed men told by their clothes or trade, or a
        # crew placed by where it came from
        ("In May 2020, hooded men in a skiff fired warning shots at a ferry near the cape.",
         [("attack", None, None, "2020-05")]),
        ("In June 2021, a fishing crew from Suriname fired on a customs cutter that had ordered it to stop.",
         [("attack", None, "SR", "2021-06")]),
        # a state's craft firing at one: the state that qualifies it
        ("In March 2022, a Peruvian navy gunboat fired on a skiff carrying contraband fuel.",
         [("attack", None, "PE", "2022-03")]),
        # or ramming one
        ("In March 2022, a Chilean navy patrol vessel rammed a trawler off the cape.",
         [("attack", None, "CL", "2022-03")]),
    ],
)
def test_shots_at_a_craft_attack_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men of no state going aboard a craft attack it; anyone else boarding one only goes aboard
        ("In August 2021, raiders boarded a cargo ship near the estuary and took its radios.",
         [("attack", None, None, "2021-08")]),
        ("In August 2021, Kenyan troops boarded a ferry to the island.", []),
    ],
)
def test_armed_men_boarding_a_craft_attack_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected


@pytest.mark.parametrize(
    "text",
    ["Smugglers crossed the border in May 2020.", "Men in a white van delivered the parcels in May 2020."],
)
def test_men_in_a_boat_doing_no_harm(pipeline: Any, text: str) -> None:
    assert unplaced(pipeline, OPENING + text) == []


def test_drills_placed_later_take_their_time_as_no_report_of_it(pipeline: Any) -> None:
    # the retelling's own clause has only the report's time: it takes the time told first, which is no report's
    text = (OPENING + "A naval exercise of six navies ended on 26 February 2021 off the coast. Submarines took part in"
            " the two-week drill at Tartus naval base, the ministry said on Monday.")
    found = pipeline.extract(text, published="2021-03-01")["events"]
    assert [(e["type"], e["facility"], e["date"], e["rule"]) for e in found if e["type"] == "exercise"] == [
        ("exercise", "tartus", "2021-02-26", "events:exercise")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship that anchored off a town calls there, at no facility
        ("The French frigate Surcouf anchored off Latakia on Thursday for a two-day call.",
         [("visit", None, "FR", "2021-02-25")]),
        ("An Indian destroyer anchored off Latakia in January.", [("visit", None, "IN", "2021-01")]),
    ],
)
def test_ship_anchored_off_a_town_visits_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert unplaced(pipeline, OPENING + text) == expected
