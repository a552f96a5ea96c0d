"""Events: phenomena of news reporting (trigger vocabulary, subordinate clauses, who acted), on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund after 'before'/'after' tells the arrival as a verb does
        ("The Russian transports refuelled in Egypt before landing at Hmeimim air base in May 2020.",
         [("deployment", "hmeimim", "RU", "2020-05")]),
        # inspecting a site is a visit to it
        ("Turkish engineers surveyed Incirlik Air Base in January 2021.", [("visit", "incirlik", "TR", "2021-01")]),
        ("Syria let Russian teams inspect Tartus naval base last year.", [("visit", "tartus", "RU", "2020")]),
        # delivering forces or weapons to a place deploys them there; delivering goods does not
        ("Russia operates Tartus naval base. Lately, Il-76MD transport aircraft delivered to Bamako armoured "
         "vehicles, Mi-24P helicopters and air defence systems.", [("deployment", None, "RU", None)]),
        ("Russia operates Tartus naval base. In May 2020 aid groups delivered $50,000 worth of goods to Benghazi.",
         []),
        ("Russian Su-30SM fighters have been flying from Hmeimim air base during the drills.",
         [("deployment", "hmeimim", "RU", None)]),
        # a leader addressing troops at a base visits it
        ("Greek Prime Minister Kyriakos Mitsotakis told troops at Souda Bay naval base on 20 December 2020 that "
         "Crete was vital.",
         [("visit", "souda_bay", "GR", "2020-12-20")]),
        # activating a unit in a town stations it there; activating anything else is no event
        ("Russia operates Hmeimim air base. Germany formally activated its 45th Armoured Brigade in Vilnius on "
         "1 March 2021.", [("deployment", None, "DE", "2021-03-01")]),
        ("Russia operates Hmeimim air base. Officials activated air-raid sirens in Latakia on 1 March 2021.", []),
        # growth told by its measure
        ("Satellite images show that Hmeimim air base has doubled in size since 2018.",
         [("expansion", "hmeimim", "RU", "2018")]),
        ("The runway at Souda Bay naval base was extended in 2019.", [("expansion", "souda_bay", "GR", "2019")]),
        ("Greek sailors have manned a post at Souda Bay naval base since 2015.",
         [("deployment", "souda_bay", "GR", "2015")]),
    ],
)
def test_trigger_vocabulary(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun in a compound names a thing, not an arrival
        "The landing strip at Hmeimim air base is 2,800 metres long.",
        "A landing craft was moored at Tartus naval base in 2019.",
        # what someone is kept from doing did not happen
        "Local fishermen have been barred from landing at Hmeimim air base since March.",
    ],
)
def test_no_event_from_vocabulary(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of a time clause has the clause's own subject: the states of the main clause did not act
        ("Russia and China held naval drills in the Baltic as Hmeimim air base expands.",
         [("expansion", "hmeimim", "RU", None)]),
        ("Turkish jets patrolled the coast while Souda Bay naval base expanded in 2019.",
         [("expansion", "souda_bay", "GR", "2019")]),
        # a relative clause after an aside that only locates the facility is about the facility
        ("Syria leases Hmeimim air base, about 20 km south of Latakia, which has more than doubled in size since "
         "2018.", [("expansion", "hmeimim", "RU", "2018")]),
        # 'which images show has grown': the relative pronoun is the subject, so the operator built it up
        ("Moscow leases Hmeimim air base, which satellite photos show has been upgraded since 2017.",
         [("expansion", "hmeimim", "RU", "2017")]),
    ],
)
def test_subordinate_and_relative_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_an_agreement_to_act_is_no_event(pipeline: Any) -> None:
    assert events(pipeline, "Ankara and Washington agreed in 2019 to move the jets out of Incirlik Air Base.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces with no state named are moved by their own state, not by the host that runs the base
        ("About 30 aircraft on the apron at Incirlik Air Base, most of them KC-135 tankers, had been moved by "
         "20 June.", [("withdrawal", "incirlik", "US", "2021-06-20")]),
        # 'they and their "partners"': the partners join the subject named first
        ('The Malian army said that they and their "Russian partners" had repaired the runway at Tessalit camp in '
         "2023.", [("expansion", "tessalit", "ML", "2023")]),
    ],
)
def test_who_acted(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-06-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date inside a relative clause that closed before the trigger's clause dates only that clause
        ("Russian crews moved into Hmeimim air base, which Syria had abandoned in 2014, and have lengthened its "
         "runway.", [("deployment", "hmeimim", "RU", None), ("withdrawal", "hmeimim", "SY", "2014"),
                     ("expansion", "hmeimim", "RU", None)]),
    ],
)
def test_the_date_that_governs_the_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a facility, in a sentence naming none, is part of the one named just before, definite or not
        ("Greek jets train at Souda Bay naval base. An engineer said the runway had been repaved in 2019.",
         [("expansion", "souda_bay", "GR", "2019")]),
        ("Greek jets train at Souda Bay naval base. Workers finished new hangars in 2019.",
         [("construction", "souda_bay", "GR", "2019")]),
        # a part placed elsewhere is not the facility's
        ("Greek jets train at Souda Bay naval base. After upgrading the infrastructure in Crete, Greece will "
         "host more ships.", []),
        ("Greek jets train at Souda Bay naval base. Workers finished new hangars in Athens in 2019.", []),
    ],
)
def test_coreference_by_a_part(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's edge is a place: the event happened there, not at a facility named further on
        ("Greek troops pulled back from the Turkish border in May 2020, near Souda Bay naval base.",
         [("withdrawal", None, "GR", "2020-05")]),
        ("Russian jets flew to Hmeimim air base after Turkish troops withdrew from Syrian territory in 2019.",
         [("deployment", "hmeimim", "RU", None), ("withdrawal", None, "TR", "2019")]),
    ],
)
def test_a_state_edge_is_a_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_a_visit_as_the_occasion_of_an_act(pipeline: Any) -> None:
    # the visit during which an act was ordered was made by the one who acted
    text = "The leader ordered the expansion of Hmeimim air base during a visit in May 2019."
    assert events(pipeline, text) == [("expansion", "hmeimim", "RU", "2019-05"), ("visit", "hmeimim", "RU", "2019-05")]


def test_a_time_clause_whose_subject_is_the_relative_clause_subject(pipeline: Any) -> None:
    # 'until the last of them left the region': 'them' is the forces of the relative clause, so the place is its too
    text = ("The ships call at Souda Bay naval base, where the navy's Avenger-class minesweepers were based until the "
            "last two of them left the Mediterranean in May 2020.")
    assert events(pipeline, text) == [("withdrawal", "souda_bay", "US", "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has begun paving the apron at Hmeimim air base.", [("construction", "hmeimim", "RU", None)]),
        # the date of images showing a stage of the work is not the work's: the opening tells it
        ("Greece opened a new pier at Souda Bay naval base in May 2021. Images taken in 2019 showed the pier "
         "taking shape.",
         [("construction", "souda_bay", "GR", "2021-05")]),
    ],
)
def test_building_told_as_a_stage(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-06-01") == expected


def test_a_rotation_opening_a_sentence(pipeline: Any) -> None:
    # 'The first rotation ...' opening a sentence is about the one facility of the sentence before
    text = ("Greece will withdraw its old Mirage jets from Souda Bay naval base this year. The first rotation of "
            "F-16 fighters is due to arrive next month.")
    assert events(pipeline, text) == [("withdrawal", "souda_bay", "GR", "2021"),
                                      ("deployment", "souda_bay", "GR", "2021-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive attack with no agent or date, in a sentence naming the attacks told before, is one of them
        ("Israeli jets struck Hmeimim air base on 3 May 2021. Officials said Tartus naval base was largely destroyed "
         "and condemned the strikes.",
         [("attack", "hmeimim", "IL", "2021-05-03"), ("attack", "tartus", "IL", "2021-05-03")]),
        # without them named, it stays unattributed
        ("Israeli jets struck Hmeimim air base on 3 May 2021. Officials said Tartus naval base was largely destroyed.",
         [("attack", "hmeimim", "IL", "2021-05-03"), ("attack", "tartus", None, None)]),
    ],
)
def test_coreference_of_attacks(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-05-05") == expected


def test_a_runway_told_with_its_verb(pipeline: Any) -> None:
    # the runway observation spans the verb ('runway was lengthened to 3,500 metres'): it is the facility's
    text = "The base grew around Hmeimim airport, whose runway was lengthened to about 3,500 metres in 2019."
    assert events(pipeline, text) == [("expansion", "hmeimim", "RU", "2019")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parking forces is a move; parked aircraft only tell where they stand
        ("Russia has built new shelters at Hmeimim air base and has parked more fighter jets there.",
         [("construction", "hmeimim", "RU", None), ("deployment", "hmeimim", "RU", None)]),
        ("Six aircraft were parked at Hmeimim air base.", []),
        ("Russian crews practised night landings at Hmeimim air base in May 2021.",
         [("exercise", "hmeimim", "RU", "2021-05")]),
        # an intention is no event
        ("Turkish officers surveyed Hmeimim air base in May 2021 with a view to deploying drones there.",
         [("visit", "hmeimim", "TR", "2021-05")]),
    ],
)
def test_parking_and_intentions(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the forces come from is not where the exercise is
        ("Troops from Hmeimim air base began an exercise at a range near the coast on 5 May 2021.", []),
        ("Russian units from Hmeimim air base held drills near the Turkish border in May 2021.",
         [("exercise", None, "RU", "2021-05")]),
        ("Russian troops held drills at Hmeimim air base in May 2021.", [("exercise", "hmeimim", "RU", "2021-05")]),
    ],
)
def test_actor_origin_is_not_the_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # keeping forces at a place is standing presence there (docs/data-model.md), no event; nor is keeping anything
        # else
        ("Turkey keeps troops and drones at Incirlik Air Base under a 2019 agreement.", []),
        ("Turkey kept the talks at Incirlik Air Base secret.", []),
        ("Air defence rests with No. 6 Squadron, which keeps four Typhoon fighters at Incirlik Air Base.", []),
        # kept there with a time it began, a move then
        ("Air defence rests with No. 6 Squadron, which has kept four Typhoon fighters at Incirlik Air Base since 2019.",
         [("deployment", "incirlik", "TR", "2019")]),
    ],
)
def test_keeping_forces(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause closing a hedged claim tells a fact the claim takes as given
        ("The officials said the most likely site could be Tartus naval base, which a Russian state company rebuilt "
         "and deepened in 2019.", [("expansion", "tartus", "RU", "2019")]),
        ("The officials said Russia could expand Tartus naval base.", []),
    ],
)
def test_relative_clause_in_a_hedged_claim(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # manning a post is a deployment at it; a plan told in a coordinate clause of its own is not dated by the
        # clause before
        ("Greek sailors have manned Souda Bay naval base since 2015, and the navy has asked for funds to build a "
         "pier there.", [("deployment", "souda_bay", "GR", "2015"), ("construction", "souda_bay", "GR", None)]),
        # a plan's own time still dates it
        ("In 2026, Russia will build a new pier at Tartus naval base.", [("construction", "tartus", "RU", "2026")]),
    ],
)
def test_manning_and_plans(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'it' after an opening phrase of time stands for the one facility of the sentence before
        ("Incirlik Air Base lies near Adana. In April 2019, it became the first base from which American F-35A "
         "fighters flew combat missions.", [("deployment", "incirlik", "US", "2019-04")]),
        ("Incirlik Air Base lies near Adana. At the height of the war it was hit by Syrian rockets.",
         [("attack", "incirlik", "SY", None)]),
        # a sentence opening with a time and its own subject is not about it
        ("Incirlik Air Base lies near Adana. In 2019 Russia deployed jets to Syria.",
         [("deployment", None, "RU", "2019")]),
    ],
)
def test_it_after_an_opening_phrase(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # building or upgrading installations no name tells apart, in a country: an event with no facility
        ("Russia operates Hmeimim air base. An official said in June 2023 that China had upgraded its listening "
         "facilities in Cuba in 2019.", [("expansion", None, "CN", "2019")]),
        ("Russia operates Hmeimim air base. The US has expanded its bases in Poland since 2022.",
         [("expansion", None, "US", "2022")]),
        # a region is no place
        ("Russia operates Hmeimim air base. The United States is establishing new air bases in the region.", []),
    ],
)
def test_installations_in_a_country(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay told with the time it ended is a withdrawal then
        ("Vietnam runs Cam Ranh naval base. From 1979 the Soviet Union leased the base, and Russia kept ships there "
         "until 2002.", [("withdrawal", "cam_ranh", "RU", "2002")]),
        ("US minesweepers were based at Souda Bay naval base until 2020.", [("withdrawal", "souda_bay", "US", "2020")]),
        # without an end, a stay is no event
        ("US minesweepers are based at Souda Bay naval base.", []),
    ],
)
def test_the_end_of_a_stay(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_the_country_named_before(pipeline: Any) -> None:
    # 'the country' after a verb of moving is the last country named before it in the sentence
    text = ('Russia operates Tartus naval base. The private military company "Wagner" has completed its mission in '
            "the Republic of Mali and is leaving the country, the company announced on Friday.")
    assert events(pipeline, text, published="2024-06-14") == [("withdrawal", None, "RU", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the region' is the one named just before; 'The peacekeepers' are those a state was named with before
        ("Russia operates Tartus naval base. Azerbaijan took control of Nagorno-Karabakh last September, when Russian "
         "peacekeepers did not intervene. The peacekeepers left the region in April.",
         [("attack", None, "AZ", "2023-09"), ("withdrawal", None, "RU", "2024-04")]),
        # a bare noun with no state named with it before stays unattributed
        ("Russia operates Tartus naval base. Azerbaijan took control of Nagorno-Karabakh last September. The "
         "monitors left the region in April.", [("attack", None, "AZ", "2023-09")]),
    ],
)
def test_forces_and_places_named_before(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-08-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacks told before, as a subject, hit more: an event of theirs with no facility
        ("Israeli jets struck Hmeimim air base on 3 May 2021. The strikes also hit radar positions near Latakia.",
         [("attack", "hmeimim", "IL", "2021-05-03"), ("attack", None, "IL", "2021-05-03")]),
        ("Israeli jets struck Hmeimim air base on 3 May 2021. Rockets also hit radar positions near Latakia.",
         [("attack", "hmeimim", "IL", "2021-05-03")]),
    ],
)
def test_told_attacks_go_on(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-05-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # installing weapons at a place deploys them there; a time of the clause's own, unresolved, keeps the main
        # clause's date from it
        ("Unidentified jets struck Hmeimim air base on Sunday, destroying air defence systems that Iran had "
         "installed there only days earlier.",
         [("attack", "hmeimim", None, "2021-02-28"), ("deployment", "hmeimim", "IR", None)]),
    ],
)
def test_installed_and_own_time(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'it' for the state that acts, with a place of its own: not the facility of the sentence before
        ("Russia operates Hmeimim air base. In 2019 it deployed jets to Libya.", [("deployment", None, "RU", "2019")]),
        ("Russia operates Hmeimim air base. In 2019 it built a new hangar.",
         [("construction", "hmeimim", "RU", "2019")]),
    ],
)
def test_a_place_of_its_own_is_not_carried_over(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hosting ships is a visit by the ships' state, not the host's
        ("The Turkish navy's base at Aksaz hosted two French frigates in April 2020.",
         [("visit", "aksaz", "FR", "2020-04")]),
        # hosting rotating units, a detachment or another force's station deploys them there
        ("Since 2019 Incirlik Air Base has hosted rotating Spanish helicopter units.",
         [("deployment", "incirlik", "ES", "2019")]),
        ("Incirlik Air Base has hosted a Polish detachment since 2018.", [("deployment", "incirlik", "PL", "2018")]),
        # cutting a force at a base withdraws part of it; cutting anything else is no event
        ("In June 2020 Germany reduced its contingent at Incirlik Air Base to 200 soldiers.",
         [("withdrawal", "incirlik", "DE", "2020-06")]),
        ("In June 2020 Germany reduced in silence its force at Incirlik Air Base.",
         [("withdrawal", "incirlik", "DE", "2020-06")]),
        ("In June 2020 Turkey reduced fees at Incirlik Air Base.", []),
        # a state after 'the force of' acts through that force
        ("Incirlik Air Base is Turkish. The task force of German paratroopers reduced its contingent at Incirlik Air "
         "Base in June 2020.", [("withdrawal", "incirlik", "DE", "2020-06")]),
        # 'fighting vehicles' are equipment, not fighting
        ("Polish infantry fighting vehicles passed Incirlik Air Base in May 2020.", []),
    ],
)
def test_hosting_reducing_fighting_vehicles(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month 'May' opening a sentence is no modal 'may'
        ("In May 2020 Russian jets returned to Hmeimim air base.", [("deployment", "hmeimim", "RU", "2020-05")]),
        ("Russian jets may return to Hmeimim air base in 2022.", []),
    ],
)
def test_month_may_is_no_hedge(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility as the object of 'returned' is handed back: a withdrawal, not a deployment to it
        ("Russia returned Hmeimim air base to the Syrian army in May 2020.",
         [("withdrawal", "hmeimim", "RU", "2020-05")]),
        ("Russian jets returned to Hmeimim air base in May 2020.", [("deployment", "hmeimim", "RU", "2020-05")]),
        # facilities given back in the passive are the subject, all of a list; those leaving so far gave them back
        ("Russia handed back Hmeimim air base to Syria on 3 June 2020. Tartus naval base and Shayrat air base had "
         "been returned on 1 May, then the port of Latakia.",
         [("withdrawal", "hmeimim", "RU", "2020-06-03"), ("withdrawal", "tartus", "RU", "2020-05-01"),
          ("withdrawal", "shayrat", "RU", "2020-05-01")]),
        # 'X followed in June' opening a sentence: the last event of the sentence before, at X, then
        ("Russia handed back Hmeimim air base to Syria on 3 June 2020. Tartus naval base, on the coast, followed in "
         "July.", [("withdrawal", "hmeimim", "RU", "2020-06-03"), ("withdrawal", "tartus", "RU", "2020-07")]),
        ("Russia handed back Hmeimim air base to Syria on 3 June 2020. Tartus naval base followed the news in July.",
         [("withdrawal", "hmeimim", "RU", "2020-06-03")]),
        # '..., then X, on Y, on DATE': the next facility given back on a date of its own, Y only locating it
        ("Russia handed back Hmeimim air base to Syria on 3 June 2020. Tartus naval base had been returned on 1 May, "
         "then Shayrat air base, in the Homs desert near Palmyra airport, on 15 May.",
         [("withdrawal", "hmeimim", "RU", "2020-06-03"), ("withdrawal", "tartus", "RU", "2020-05-01"),
          ("withdrawal", "shayrat", "RU", "2020-05-15")]),
    ],
)
def test_given_back(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # harm done by nature is no attack
        ("Hmeimim air base was damaged by a powerful cyclone in May 2020.", []),
        ("A storm badly damaged Hmeimim air base in May 2020.", []),
        # rebels who storm one are an armed group of no state, coded by the country they fight in
        ("Rebels tried to storm Hmeimim air base in May 2020.", [("attack", "hmeimim", "SY", "2020-05")]),
        # what followed 'the 2019 earthquake' is not of its date, nor what the sentence tells after it; a whole
        # base built again is made usable again
        ("Hmeimim air base, rebuilt after the 2019 earthquake wrecked it, has hosted Russian jets during drills.",
         [("expansion", "hmeimim", "RU", None)]),
        ("Israeli jets struck Hmeimim air base after the 2019 summit.", [("attack", "hmeimim", "IL", None)]),
    ],
)
def test_natural_harm_and_dated_nouns(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group of no state attacking a town is coded by the country it fights in, not by a facility's
        # operator
        ("Russia runs Hmeimim air base. Rebels stormed the city of Mosul in June 2020, looting shops.",
         [("attack", None, "IQ", "2020-06")]),
        ("Russia runs Hmeimim air base. Militants overran Mosul in May 2020.", [("attack", None, "IQ", "2020-05")]),
        ("Russia runs Hmeimim air base. Insurgents overran the town of Pemba in August 2020.",
         [("attack", None, "MZ", "2020-08")]),
        # with no state and no armed group, a town's attack is too vague to keep
        ("Russia runs Hmeimim air base. Someone stormed the city of Mosul in June 2020.", []),
    ],
)
def test_armed_groups_attack_towns(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'there' right after arriving is the facility named last in the sentence before
        ("Hmeimim air base is Russian. The Italian jets arrived there in August 2020.",
         [("deployment", "hmeimim", "IT", "2020-08")]),
        ("Hmeimim air base and Tartus naval base are Russian. The Italian jets arrived there in August 2020.", []),
        # allied or NATO forces hosted are of no one state
        ("Hmeimim air base has hosted rotating allied fighter detachments since 2014.",
         [("deployment", "hmeimim", None, "2014")]),
        ("Hmeimim air base has hosted Italian jets since 2014.", [("deployment", "hmeimim", "IT", "2014")]),
        # the host before an aside, another force's station hosted after the verb
        ("Incirlik Air Base, under Turkish command, has hosted the American Air Station Incirlik since 1955.",
         [("deployment", "incirlik", "US", "1955")]),
        # opening a new or second part of a facility is construction there, dated by when it is planned for
        ("Turkey runs Incirlik Air Base. Turkey will open a second hangar at Incirlik Air Base from next month, the "
         "ministry said on Thursday.", [("construction", "incirlik", "TR", "2021-04")]),
        # 'it' before 'to' and a length is the object of the verb, the facility of the sentence before
        ("Incirlik Air Base has a 3,000-metre runway. The Turkish defence ministry plans to extend it to about 4,000 "
         "metres.", [("expansion", "incirlik", "TR", None)]),
        # what a place hosts, 'now' or 'regularly', is standing use, no event (docs/data-model.md)
        ("Incirlik Air Base, a Turkish air force base, now hosts MQ-9 Reaper drones, according to spotters.", []),
        ("Incirlik Air Base regularly hosts MQ-9 Reaper drones.", []),
        ("These days Incirlik Air Base hosts a squadron of German Tornado jets and two American tankers.", []),
        # to stop using a site is to leave it
        ("Russia stopped using Hmeimim air base in 2020.", [("withdrawal", "hmeimim", "RU", "2020")]),
        # what imagery shows that was not there before was built since, at no time the text gives
        ("Satellite images show new hangars at Tartus naval base that were not visible in images from 2019.",
         [("construction", "tartus", "RU", None)]),
        # a state in the clause before ', and its operator, X,' did not act in the next one
        ("Tartus naval base is guarded by Syrian troops, and its operator, Stroytransgaz, hopes to resume "
         "construction in 2022.", [("construction", "tartus", "RU", "2022")]),
        # a landing exercise is an exercise, not a landing of forces
        ("Russian marines took part in a landing exercise at Tartus naval base in May 2020.",
         [("exercise", "tartus", "RU", "2020-05")]),
    ],
)
def test_there_allied_landing_exercise(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces told of with 'the' opening a sentence were sent by the state of the deployment told just before
        ("Turkey has flown 300 more soldiers into Somalia. The reinforcements landed on 3 May 2020 at Baidoa airfield.",
         [("deployment", None, "TR", None), ("deployment", "baidoa-airfield", "TR", "2020-05-03")]),
    ],
)
def test_forces_told_before(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # extending a state's use of a site extends a term, not the site
        ("The parliament of Syria ratified a protocol that extends Russia's use of Hmeimim air base in May 2020.", []),
        # a flight planned in a clause of its own is no planned facility, and its date is not the rebuilding's
        ("Roscosmos is rebuilding Tartus naval base for the new rocket, whose first flight is planned for 2022.",
         [("expansion", "tartus", "RU", None)]),
    ],
)
def test_terms_and_planned_happenings(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date closing the clause before ', and' and a new subject is not the next clause's; hosting rotating units
        # tells forces that came, with or without a time
        ("Russian jets have flown from Hmeimim air base since 2015, and troops at Tartus naval base have hosted "
         "rotating Russian helicopter units.",
         [("deployment", "hmeimim", "RU", "2015"), ("deployment", "tartus", "RU", None)]),
        ("Tartus naval base has hosted Russian helicopter units.", []),
    ],
)
def test_coordinate_dates_and_rotations(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces that rotate through a base serve there in turns; goods moved through one only pass
        ("Several hundred Turkish troops have rotated through Baidoa airfield since 2019.",
         [("deployment", "baidoa-airfield", "TR", "2019")]),
        ("Dutch marines rotate through Souda Bay naval base.", [("deployment", "souda_bay", "NL", None)]),
        ("Grain moved through Souda Bay naval base in 2019.", []),
    ],
)
def test_rotating_through(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces named by the base they come from belong to the state that runs it
        ("Soldiers from Souda Bay naval base began a drill at Tartus naval base on 4 May 2020.",
         [("exercise", "tartus", "GR", "2020-05-04")]),
        # an event noun's 'of' names whose forces moved, not the state that approved or welcomed it
        ("Greece approved the deployment of two Dutch frigates to Souda Bay naval base.",
         [("deployment", "souda_bay", "NL", None)]),
        ("Syria welcomed the arrival of Russian sailors at Tartus naval base.",
         [("deployment", "tartus", "RU", None)]),
        # a time before an approved event noun is the approval's; a plan is dated by the time it is planned for
        ("Greece authorised on 4 May 2020 the stationing of Dutch frigates at Souda Bay naval base.",
         [("deployment", "souda_bay", "NL", None)]),
        ("Greece on 4 May 2020 approved the deployment of Dutch frigates to Souda Bay naval base in 2022.",
         [("deployment", "souda_bay", "NL", "2022")]),
    ],
)
def test_whose_forces(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship that calls at a port visits it
        ("The Dutch frigate HNLMS Tromp called at Souda Bay naval base on 4 May 2020.",
         [("visit", "souda_bay", "NL", "2020-05-04")]),
        # states that act together are told by the first named
        ("Greece and the Netherlands opened a naval exercise at Souda Bay naval base on 4 May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05-04")]),
        # a state qualifying the facility after the building word owns it, whoever the subject
        ("Greece and Syria settled their dispute over a planned Russian naval base at Tartus.",
         [("construction", "tartus", "RU", None)]),
    ],
)
def test_visits_and_joint_actors(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after a phrase that only places the facility is about the facility
        ("Greek marines are housed at Souda Bay naval base on the north coast of Crete, which Dutch marines left in "
         "May 2020 after a row.", [("withdrawal", "souda_bay", "NL", "2020-05")]),
        # a base that is the sentence's subject acts through its forces, for the state that runs it
        ("Incirlik Air Base, which locals call a fortress, held drills at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "TR", "2020-05")]),
        # facilities listed with 'and from the X's base at Y' share the event
        ("Ships from six navies took part in the drill, which was run from Souda Bay naval base and from the Hellenic "
         "Navy's base at Salamis.",
         [("exercise", "souda_bay", "GR", None), ("exercise", "salamis-base", "GR", None)]),
        # a definite event noun with no time of its own is the one the sentence before told, at its time
        ("NATO's yearly exercise ended on 4 May 2020 in the Aegean. Ships from six navies took part in the two-week "
         "drill, which was run from Souda Bay naval base.", [("exercise", "souda_bay", "GR", "2020-05-04")]),
    ],
)
def test_clauses_subjects_and_lists(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces that left for a base went there
        ("The last Italian Tornados left for Incirlik Air Base in April 2020.",
         [("deployment", "incirlik", "IT", "2020-04")]),
        # a jet several states build and fly names no state that sent it
        ("The last Tornados of the 33rd wing left for Incirlik Air Base in April 2020.",
         [("deployment", "incirlik", "TR", "2020-04")]),
        # forces from a list of states: the states act, the first named for all
        ("Ships from Greece, Italy and Spain began an exercise at Souda Bay naval base on 4 May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05-04")]),
        # a facility past ', and' and a subject and verb of its own is not the first clause's
        ("Greek and Italian troops held drills near Larissa in May 2020, and a Spanish frigate docked at Souda Bay "
         "naval base in June 2020.",
         [("exercise", None, "GR", "2020-05"), ("visit", "souda_bay", "ES", "2020-06")]),
    ],
)
def test_destinations_and_forces_of_states(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces opening a sentence with 'the' alone are those whose state the sentences before named
        ("About 80 Dutch marines trained local crews last year. The first group left Souda Bay naval base in March "
         "2020.", [("withdrawal", "souda_bay", "NL", "2020-03")]),
        ("The Turkish survey vessel Oruc Reis sailed on Monday. The 90-metre ship docked at Souda Bay naval base on "
         "4 May 2020.", [("visit", "souda_bay", "TR", "2020-05-04")]),
        # a bought aircraft's maker did not send it
        ("Bayraktar TB2 drones, bought for $37 million, arrived at Souda Bay naval base in March 2020.",
         [("deployment", "souda_bay", "GR", "2020-03")]),
        # a delegation of a state's people is that state's
        ("A delegation of Dutch senators toured Souda Bay naval base in April 2020.",
         [("visit", "souda_bay", "NL", "2020-04")]),
    ],
)
def test_forces_told_before_and_bought(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what came just 'after' nothing else fell in the month the main clause names
        ("Two Greek batteries were moved to Souda Bay naval base in June 2020, after Turkey fired missiles at Incirlik "
         "Air Base.",
         [("deployment", "souda_bay", "GR", "2020-06"), ("attack", "incirlik", "TR", "2020-06")]),
        # a facility before ', as' and a clause of its own is not where that clause's event happened
        ("Greek Defence Minister Nikos Dendias told troops at Souda Bay naval base on 4 May 2020 that Crete mattered, "
         "as Athens pulls its forces out of several islands.", [("visit", "souda_bay", "GR", "2020-05-04")]),
    ],
)
def test_time_and_reason_clauses(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility before ', and' and a clause of its own is not that clause's, unless the clause points back to it
        ("Militants attacked Tartus naval base in June 2020, and in August they killed farmers digging trenches "
         "around a village.", [("attack", "tartus", "SY", "2020-06")]),
        ("Souda Bay naval base was first used in 2012, and the minister ordered its expansion during a visit in "
         "March 2020.", [("expansion", "souda_bay", "GR", "2020-03"), ("visit", "souda_bay", "GR", "2020-03")]),
    ],
)
def test_coordinate_clauses_of_their_own(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'there' right after the verb is where the forces are; an alliance's forces are of no one state
        ("Souda Bay naval base is run by Greece. Dutch Apache helicopters have also been based there since 2020.",
         [("deployment", "souda_bay", "NL", "2020")]),
        ("Souda Bay naval base is run by Greece. NATO's RQ-4D drones have also been based there since 2020.",
         [("deployment", "souda_bay", None, "2020")]),
        # forces a place hosts for drills are told by the drills
        ("The Greek air force hosted Dutch F-16 fighters for the Iniochos drills at Souda Bay naval base in April "
         "2020.", [("exercise", "souda_bay", "GR", "2020-04")]),
        # a facility in a phrase of place opening the sentence is where the main clause's event happened
        ("Further north, at Incirlik Air Base, a Turkish airfield run in practice by the U.S. Air Force, F-16 "
         "fighters have flown since 1994.", [("deployment", "incirlik", "US", "1994")]),
        # 'there' after a verb of building, or after its object, is the one facility named just before it, not one
        # whose runway the clause names
        ("Kestrel air base, whose runway was lengthened in 2019, lies in the south. Rivet Air Base, in the north, will "
         "take a new helicopter squadron. From 2022 a fuel farm will be built there and the runway lengthened to "
         "3,000 metres.",
         [("expansion", "kestrel-air-base", None, "2019"), ("construction", "rivet-air-base", None, "2022"),
          ("expansion", "rivet-air-base", None, "2022")]),
        # a building site is a place, not an event
        ("Now the runway of Souda Bay naval base is a building site.", []),
    ],
)
def test_places_told_around_the_verb(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # building again makes what stands usable again: a whole facility, a runway, or a port rebuilt grows
        ("Roscosmos is rebuilding the old pad at Tartus naval base as a launch complex.",
         [("expansion", "tartus", "RU", None)]),
        ("Syria restored Tartus naval base in 2019 after years of neglect.", [("expansion", "tartus", "SY", "2019")]),
        ("Russia built a new fuel depot at Tartus naval base in 2019.",
         [("construction", "tartus", "RU", "2019")]),
        ("Russia rebuilt the runway of Hmeimim air base in 2019.", [("expansion", "hmeimim", "RU", "2019")]),
        ("A Chinese company rebuilt and deepened Tartus naval base in 2019.", [("expansion", "tartus", "CN", "2019")]),
    ],
)
def test_building_again(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a completion whose passive subject is another kind of event tells that event's end, not a building
        ("The withdrawal of French troops from Tessalit camp was completed in 2021.",
         [("withdrawal", "tessalit", "FR", "2021")]),
        # work begun at a facility with no building told before is a building of its own, for whom it is for
        ("Work on a new pier at Souda Bay naval base started in March 2020.",
         [("construction", "souda_bay", "GR", "2020-03")]),
        # work that makes what stands bigger grows the facility
        ("Greece runs Souda Bay naval base. Work began in January 2020 on a wider apron at the base.",
         [("expansion", "souda_bay", "GR", "2020-01")]),
        ("Greece runs Souda Bay naval base. Work began in January 2020 on a larger parking apron for the U.S. side of "
         "the base.", [("expansion", "souda_bay", "US", "2020-01")]),
    ],
)
def test_completions_and_work_begun(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # facilities listed as the subject of a passive all underwent it, and none of them acted
        ("Hmeimim air base and Tartus naval base were hit by drones on 4 May 2020.",
         [("attack", "hmeimim", None, "2020-05-04"), ("attack", "tartus", None, "2020-05-04")]),
        # new parts built, told as the passive subject, are construction at the facility
        ("Four new hangars have been built at Hmeimim air base since March 2020, satellite images show.",
         [("construction", "hmeimim", "RU", "2020-03")]),
        # troops that trained at a base exercised there
        ("Greek and Dutch troops trained together at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05")]),
    ],
)
def test_passive_lists_parts_and_training(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun's 'of' after a phrase of place still names whose forces moved
        ("Greece welcomed the deployment to Souda Bay naval base of two Dutch frigates in 2020.",
         [("deployment", "souda_bay", "NL", "2020")]),
        ("Athens announced the withdrawal from Souda Bay naval base of 300 Dutch marines in May 2020.",
         [("withdrawal", "souda_bay", "NL", "2020-05")]),
    ],
)
def test_whose_forces_after_a_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan that failed, or anyone at all doing it, is no event
        ("A 2018 plan for Greece to build a pier at Souda Bay naval base collapsed when parliament refused it.", []),
        ("\"Whoever builds a pier at Souda Bay naval base will have a say,\" she said.", []),
        ("Greece plans to build a pier at Souda Bay naval base in 2026.",
         [("construction", "souda_bay", "GR", "2026")]),
        # forces at a facility no state runs, with no state named, are the host country's
        ("Bayraktar TB2 drones, bought for $37 million, arrived at Maafaru airport in the Maldives in March 2024.",
         [("deployment", "maafaru-airport", "MV", "2024-03")]),
    ],
)
def test_undone_and_hosts(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted forces that arrive with no place of their own arrive at the one facility the sentence before names
        ("Greece runs Souda Bay naval base. Two Dutch frigates arrived in May 2020.",
         [("deployment", "souda_bay", "NL", "2020-05")]),
        ("Greece runs Souda Bay naval base. Two Dutch frigates arrived in Libya in May 2020.",
         [("deployment", None, "NL", "2020-05")]),
    ],
)
def test_counted_forces_told_after(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle clause of harm ('destroying') with no facility before it in its sentence: a target that is
        # no facility (a market) makes no event there; with no target at all, the facility the sentence before
        # names is where it happened
        ("Camp Lemonnier is a US base in Djibouti. Militants fired rockets at a market in Mogadishu, destroying "
         "seven cars.", []),
        ("Camp Lemonnier is a US base in Djibouti. Clashes erupted, destroying seven aircraft.",
         [("attack", "camp_lemonnier", None, None)]),
    ],
)
def test_a_result_clause_with_no_facility_before_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a growing noun that opens its clause with no determiner ('Repaving of the runway ... was finished') is the
        # subject the completion ends, not a second work; a number's thousands comma does not cut that subject off
        ("Repaving of the 2,900-metre runway at Souda Bay naval base was finished in May 2020.",
         [("expansion", "souda_bay", "GR", "2020-05")]),
        ("At Souda Bay naval base, lengthening of the 2,400-metre runway was completed in June 2020.",
         [("expansion", "souda_bay", "GR", "2020-06")]),
    ],
)
def test_a_bare_growing_noun_ended_by_its_completion(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short line of its own with no closing stop, below the headline, heads a section: no event
        ("Greek navy busy at Souda Bay\n\nDRILLS AND VISITS\n\nGreece runs Souda Bay naval base.", []),
        ("Greek navy busy at Souda Bay\n\nPatrols and visits\n\nGreece runs Souda Bay naval base.", []),
        # a line that ends with its stop is a sentence, and a headline is read as one
        ("Greek navy busy at Souda Bay\n\nGreek marines drilled at Souda Bay naval base.\n",
         [("exercise", "souda_bay", "GR", None)]),
    ],
)
def test_a_section_heading_tells_no_event(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship built or commissioned somewhere is no building there
        ("The patrol ship, built at a shipyard in Kaliningrad, arrived at Tartus naval base in May 2020.",
         [("deployment", "tartus", "RU", "2020-05")]),
        ("Russia's newest frigate, the Admiral Kasatonov, was commissioned at Tartus naval base in May 2020.", []),
        # a ship word that only qualifies the structure built leaves the building told
        ("A new frigate pier was built at Tartus naval base in May 2020.",
         [("construction", "tartus", "RU", "2020-05")]),
        # a ship named after the structure tells what it is for, and the structure was built
        ("A new 300-metre quay for patrol vessels was completed at Tartus naval base in May 2020.",
         [("construction", "tartus", "RU", "2020-05")]),
        ("At Tartus naval base, a new berth, able to take frigates, was finished in May 2020.",
         [("construction", "tartus", "RU", "2020-05")]),
        ("The frigate Kasatonov, commissioned at the new pier of Tartus naval base in May 2020, sailed on Monday.", []),
    ],
)
def test_a_ship_built_or_commissioned_is_no_building(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new structure a facility is getting or a state is paying for, told in the progressive, is built there
        ("The fleet is getting a new floating dock at Tartus naval base, officials say.",
         [("construction", "tartus", "RU", None)]),
        ("Moscow is paying for a new fuel jetty at Tartus naval base, officials say.",
         [("construction", "tartus", "RU", None)]),
        # a verb of putting up in the passive takes the structure before it as its subject
        ("A new runway was added at Tartus naval base in May 2020.", [("construction", "tartus", "RU", "2020-05")]),
    ],
)
def test_a_new_structure_in_the_progressive(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrivals told as a habit, with a word of it after the verb, are use of a place
        ("Since then Russian transport jets have landed at Tartus naval base almost daily.", []),
        # a habit in a coordinate clause of its own leaves the move before it told
        ("Russian warships visited Beirut in 2018, and Russian warships have called at Tartus naval base several "
         "times since.", [("visit", None, "RU", "2018")]),
        # a habit that began at a time the text gives tells the arrival then
        ("Russian jets have deployed to Tartus naval base regularly since 2018.",
         [("deployment", "tartus", "RU", "2018")]),
        # a habit in a relative clause after the move is what the forces do there, the move still told
        ("In March Russia sent four Su-24 jets to Tartus naval base, where their crews train with Syrian pilots "
         "several times a month.", [("deployment", "tartus", "RU", "2021-03")]),
        ("Russia flew two bombers into Tartus naval base in March, which its pilots use for patrols over the sea "
         "almost daily.", [("deployment", "tartus", "RU", "2021-03")]),
    ],
)
def test_arrivals_told_as_a_habit(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_there_after_the_object_of_building_is_the_facility_just_named(pipeline: Any) -> None:
    # 'building three hangars there': 'there' is the facility the sentence before named, so the runway the clause
    # extends is its own, not that of the base named before it
    text = ("Kestrel air base, whose runway was lengthened in 2019, lies in the south. Rivet Air Base, in the north, "
            "takes the army's helicopters. The army began building three hangars there in May, and the runway will be "
            "extended by 400 metres in 2022.")
    rows = events(pipeline, text)
    assert ("expansion", "rivet-air-base", None, "2022") in rows
    assert ("expansion", "kestrel-air-base", None, "2022") not in rows
