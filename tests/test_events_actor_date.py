"""Events: who acted and when, for events found at the right place, on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import OPENING, Row, events, of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a civil or defence department of no state named does its land's works
        ("Papua New Guinea is investing in its coast. The Department of Civil Aviation will lengthen the runway at "
         "Wewak airport next year.", [("expansion", "wewak-airport", "PG", "2022")]),
        ("The Defense Department will pay to rebuild the runway at Wewak airport next year.",
         [("expansion", "wewak-airport", "PG", "2022")]),
        # a bare service is the home state's, not that of a foreign state named before with another service
        ("Italy is spending more on defence, and Italian officials want more hangars. The French navy sent a frigate "
         "to Taranto last month. The air force built new hangars at Amendola Air Base in 2019.",
         [("deployment", None, "FR", "2021-02"), ("construction", "amendola", "IT", "2019")]),
        ("Belarus is spending more, Belarusian officials say. The Russian navy held drills in the Baltic last month. "
         "The army closed its depot at Baranovichi Air Base in 2005.",
         [("exercise", None, "RU", "2021-02"), ("withdrawal", "baranovichi", "BY", "2005")]),
        # the state of the weapons an attack noun is of attacked, whoever met the attack
        ("Air defences repelled an attack of Turkish drones on Hmeimim air base on 2 February 2021.",
         [("attack", "hmeimim", "TR", "2021-02-02")]),
        # a dated attack with no attacker named goes on the story of attacks told so far
        ("Israeli missiles struck Hmeimim air base on 1 February 2021. A radar was destroyed at Tartus naval base "
         "on Wednesday.",
         [("attack", "hmeimim", "IL", "2021-02-01"), ("attack", "tartus", "IL", "2021-02-24")]),
        # a speaker of no state who reports what 'it' did stands for the pronoun: no state attacked
        ("Israeli missiles struck Hmeimim air base on 1 February 2021. The Revolutionary Front said it fired rockets "
         "at Tartus naval base on 3 February 2021.",
         [("attack", "hmeimim", "IL", "2021-02-01"), ("attack", "tartus", None, "2021-02-03")]),
        # an armed group coded by the land it fights in tells nothing of who attacked next there
        ("Insurgents attacked Hmeimim air base on 1 February 2021. A radar was destroyed at Tartus naval base on "
         "Wednesday.",
         [("attack", "hmeimim", "SY", "2021-02-01"), ("attack", "tartus", None, "2021-02-24")]),
        # an undated summary of attacks names no one
        ("Israeli missiles struck Hmeimim air base on 1 February 2021. Tartus naval base has been hit repeatedly.",
         [("attack", "hmeimim", "IL", "2021-02-01"), ("attack", "tartus", None, None)]),
    ],
)
def test_attacker(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'on the same night' is that of the last event told to the day, not of a month-long work told since
        ("Israeli missiles struck Hmeimim air base on 1 February 2021. Work on new hangars began at Tartus naval "
         "base in January. On the same night, drones also attacked Souda Bay naval base.",
         [("attack", "hmeimim", "IL", "2021-02-01"), ("attack", "souda_bay", "IL", "2021-02-01"),
          ("construction", "tartus", "RU", "2021-01")]),
        ("Russian jets landed at Hmeimim air base on 3 February 2021. In the same month, Russian ships docked at "
         "Tartus naval base.",
         [("deployment", "hmeimim", "RU", "2021-02-03"), ("deployment", "tartus", "RU", "2021-02")]),
    ],
)
def test_same_time_as_told(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visitor the text gives no state is of the force that runs the place
        ("Defence Minister Yiannis Kostas toured Souda Bay naval base on Monday.",
         [("visit", "souda_bay", "GR", "2021-03-01")]),
        # the state of the command a visitor heads is the visitor's
        ("General John Smith, the head of U.S. European Command, visited Souda Bay naval base on Monday.",
         [("visit", "souda_bay", "US", "2021-03-01")]),
        # a visitor with no title and no state is one of the place's own people
        ("Students from the local university visited Souda Bay naval base on Monday.",
         [("visit", "souda_bay", "GR", "2021-03-01")]),
        # a ship of no state that docks keeps no state: it may be anyone's, the host's own would be based there
        ("A frigate docked at Souda Bay naval base on Monday.", [("visit", "souda_bay", None, "2021-03-01")]),
        ("A frigate called at Souda Bay naval base on Monday.", [("visit", "souda_bay", None, "2021-03-01")]),
    ],
)
def test_visitor(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_force_named_by_whose(pipeline: Any) -> None:
    # 'X, whose army ...' names the state of 'the army' told later, as 'X's army' does
    assert events(pipeline, "Cyprus, whose army is small, leans on its friends. The army will open a new base at "
                            "Souda Bay next year.") == [("construction", "souda_bay", "CY", "2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date inside an apposition's relative clause is that clause's, not the main verb's
        ("Russia has lengthened the runway at Hmeimim air base, the airfield that it has held since 2015.",
         [("expansion", "hmeimim", "RU", None)]),
        ("Russia has lengthened the runway at Hmeimim air base, the airfield that it has held since 2015. Work "
         "started in November.", [("expansion", "hmeimim", "RU", "2020-11")]),
    ],
)
def test_date_of_an_apposition(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'since then' points back to the time the sentence before told
        ("Hmeimim air base was reopened by the Syrian army with Russian help in 2015. Several hundred Russian "
         "troops have rotated through Hmeimim since then.",
         [("other", "hmeimim", "SY", "2015"), ("deployment", "hmeimim", "RU", "2015")]),
        # attacks since then are many, of no one time
        ("Israeli missiles struck Hmeimim air base on 1 February 2021. Tartus naval base has been hit repeatedly "
         "since then.",
         [("attack", "hmeimim", "IL", "2021-02-01"), ("attack", "tartus", None, None)]),
    ],
)
def test_time_told_before(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time clause dates its own verb, whether it follows the main clause ('a month after') or opens the sentence
        ("Russian jets landed at Hmeimim air base last week, a month after Israel struck Tartus naval base.",
         [("deployment", "hmeimim", "RU", "2021-02"), ("attack", "tartus", "IL", None)]),
        ("Three weeks after Israel struck Tartus naval base in January 2021, Russian jets landed at Hmeimim air base.",
         [("attack", "tartus", "IL", "2021-01"), ("deployment", "hmeimim", "RU", None)]),
        # a time of its own opening the sentence is no time clause
        ("The day before yesterday, Russian jets landed at Hmeimim air base.",
         [("deployment", "hmeimim", "RU", "2021-02-27")]),
    ],
)
def test_date_of_a_time_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkish engineers, working with their Libyan counterparts, expanded Al-Watiya air base in 2020.",
        "Turkish engineers, with the help of Libyan troops, expanded Al-Watiya air base in 2020.",
    ],
)
def test_state_that_goes_along(pipeline: Any, text: str) -> None:
    # a state in a phrase set off by commas that goes along with the subject did not act
    assert events(pipeline, text) == [("expansion", "al_watiya", "TR", "2020")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date before 'and' and a verb of leaving dates the first verb only
        ("Russian troops arrived at Hmeimim air base in 2015 and left it in 2017.",
         [("deployment", "hmeimim", "RU", "2015"), ("withdrawal", "hmeimim", "RU", "2017")]),
        ("Russian troops arrived at Hmeimim air base in 2015 and left.",
         [("deployment", "hmeimim", "RU", "2015"), ("withdrawal", "hmeimim", "RU", None)]),
        # a verb of another kind after 'and' shares the time
        ("Russian troops arrived at Hmeimim air base in 2015 and built new hangars there.",
         [("deployment", "hmeimim", "RU", "2015"), ("construction", "hmeimim", "RU", "2015")]),
        # a relative clause closed by a comma leaves the date after it to the main verb
        ("The Russian defence minister visited Hmeimim air base, which Moscow has run since 2015, on Tuesday.",
         [("visit", "hmeimim", "RU", "2021-02-23")]),
    ],
)
def test_date_of_a_coordinate_verb(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alliance's forces, with or without a possessive, are of no one state (not the operator by default)
        ("NATO jets landed at Souda Bay naval base in May 2020.", [("deployment", "souda_bay", None, "2020-05")]),
        ("NATO troops arrived at Souda Bay naval base in May 2020.", [("deployment", "souda_bay", None, "2020-05")]),
        # a state in a phrase of escort set off by commas did not act
        ("Two Chinese warships, accompanied by an Iranian frigate, docked at Souda Bay naval base in May 2020.",
         [("visit", "souda_bay", "CN", "2020-05")]),
    ],
)
def test_forces_of_no_one_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_plan_is_not_dated_by_its_approval(pipeline: Any) -> None:
    # a time before an infinitive is that of the approval or agreement governing it, not of the planned event
    assert events(pipeline, "Russia approved on Monday a plan to deploy jets to Hmeimim air base.") == [
        ("deployment", "hmeimim", "RU", None)]


def test_forces_of_many_states_come_for_drills(pipeline: Any) -> None:
    # forces from many countries brought to a base for drills are the host's exercise, not one state's deployment
    text = "The drills brought some 3,000 troops from 11 countries to Souda Bay naval base in May 2020."
    assert events(pipeline, text) == [("exercise", "souda_bay", "GR", "2020-05")]


def test_drills_dated_by_their_own_course(pipeline: Any) -> None:
    # a relative clause on the drills' own course ('which ended on Wednesday') dates the exercise
    text = ("Jets from 12 countries flew from Souda Bay naval base during the two-week Iniochos exercise, which "
            "ended on Wednesday.")
    assert events(pipeline, text) == [("exercise", "souda_bay", "GR", "2021-02-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces told at a place are those that leave it, not the army it is handed to
        ("The French contingent had been based at Camp de Port-Bouet since 2002. The camp was handed over to the "
         "Ivorian army in February 2025.",
         [("deployment", "camp-de-port-bouet", "FR", "2002"), ("withdrawal", "camp-de-port-bouet", "FR", "2025-02")]),
        ("Russian troops had been stationed at Tartus naval base since 2015. The base closed in May 2020.",
         [("deployment", "tartus", "RU", "2015"), ("withdrawal", "tartus", "RU", "2020-05")]),
    ],
)
def test_who_leaves(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_owner_of_the_base_left_is_not_who_left(pipeline: Any) -> None:
    # a state whose service owns the base ('the Greek navy's X') is its host, not the one whose forces left
    text = "The U.S. detachment that used the Greek navy's Souda Bay naval base left in May 2020."
    assert of_type(pipeline, text, "withdrawal") == [("withdrawal", "souda_bay", "US", "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group that is no state's force is coded by the country it is based in and fights from: named by
        # the data ('al Shabaab'), else the country of the facility it attacks
        ("Islamist militants from al Shabaab attacked Hmeimim air base on Monday.",
         [("attack", "hmeimim", "SO", "2021-03-01")]),
        # however long the group's name, with no state in the sentence
        ("Militants of a jihadist group linked to al-Qaeda and armed with rockets attacked Tartus naval base on "
         "Monday.", [("attack", "tartus", "SY", "2021-03-01")]),
        ("Security forces repulsed an attack by separatist militants on Hmeimim air base on Monday.",
         [("attack", "hmeimim", "SY", "2021-03-01")]),
        # 'they' after a sentence the group opened stands for it
        ("The insurgents stormed the town of Latakia in May 2020. In June they attacked Hmeimim air base.",
         [("attack", None, "SY", "2020-05"), ("attack", "hmeimim", "SY", "2020-06")]),
    ],
)
def test_armed_group_of_no_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_builder_based_in_a_state(pipeline: Any) -> None:
    # a company based in a state builds for that state ('the Dubai-based operator')
    assert events(pipeline, "Souda Bay naval base was expanded by the Dubai-based firm DP World in 2019.") == [
        ("expansion", "souda_bay", "AE", "2019")]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is strengthening its defences. Its navy deployed two frigates to Souda Bay naval base in May 2020.",
        "Turkey is strengthening its defences. The country's navy deployed two frigates to Souda Bay naval base in "
        "May 2020.",
    ],
)
def test_forces_of_the_state_told_before(pipeline: Any, text: str) -> None:
    # 'its navy', 'the country's navy' stand for the state a sentence before opened with, not the base's operator
    assert events(pipeline, text) == [("deployment", "souda_bay", "TR", "2020-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops are based at Camp Simba in Manda Bay. Kenya is leaning on friends. British Typhoon jets flew a joint "
        "exercise with the Kenyan air force over the capital in December 2020.",
        "Troops are based at Camp Simba in Manda Bay. Around 5,000 soldiers from Britain and Kenya took part in "
        "drills in December 2020, the Kenyan army said.",
    ],
)
def test_joint_drills_held_where_the_facilities_are(pipeline: Any, text: str) -> None:
    # drills of states named together that tell no place are the host's, the country of the article's facilities
    assert events(pipeline, text)[-1] == ("exercise", None, "KE", "2020-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event told between the report's verb and the date is what the date is of
        ("Russia's defence ministry says its jets left Hmeimim air base in May 2020.",
         [("withdrawal", "hmeimim", "RU", "2020-05")]),
        # a date right after the report's verb, with the event told before, dates the report only
        ("Russian jets left Hmeimim air base, the defence ministry said on 3 May 2020.",
         [("withdrawal", "hmeimim", "RU", None)]),
    ],
)
def test_date_after_the_report_verb(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_site_handed_over_by_the_leavers(pipeline: Any) -> None:
    # a site handed over to a new owner was left by the forces told leaving, not by the owner it now has
    text = ("The last Russian soldiers drove out of the region on Wednesday. Their main headquarters near Kelbajar was "
            "handed over to the Azerbaijani army at the end of May.")
    assert events(pipeline, text)[-1] == ("withdrawal", "kelbajar-headquarters", "RU", "2020-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that no longer exists has no code, and the operator of today did not do its work
        ("The Soviet Union built Cam Ranh Bay naval base in 1979. Russia expanded it in 2020.",
         [("construction", "cam_ranh", None, "1979"), ("expansion", "cam_ranh", "RU", "2020")]),
        ("Soviet engineers lengthened the runway at Hmeimim air base in 1985.",
         [("expansion", "hmeimim", None, "1985")]),
        # a Soviet-built runway is no agent
        ("The Soviet-built runway at Hmeimim air base was extended in 2019.",
         [("expansion", "hmeimim", "RU", "2019")]),
    ],
)
def test_vanished_state_as_subject(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days or weeks later keep the month of the event told last
        ("In May 2020, Russia began expanding Hmeimim air base. Two weeks later, new jets arrived at the base.",
         [("expansion", "hmeimim", "RU", "2020-05"), ("deployment", "hmeimim", "RU", "2020-05")]),
        ("Russian jets landed at Hmeimim air base on 3 May 2020. Days later, Turkish troops arrived at Tartus naval "
         "base.", [("deployment", "hmeimim", "RU", "2020-05-03"), ("deployment", "tartus", "TR", "2020-05")]),
    ],
)
def test_days_or_weeks_later(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # planned works are dated by the completion the next sentences give them, not by the report
        ("The United States plans to build hangars at Souda Bay naval base, officials said on Monday. The work "
         "includes an apron. It is due to be finished by 2023.", [("construction", "souda_bay", "US", "2023")]),
        # works told as done are dated by the completion the next sentence tells of them, as those told in their own
        # sentence are ('was extended, and the work was completed in 2023')
        ("The United States built hangars at Souda Bay naval base. The work was finished in 2019.",
         [("construction", "souda_bay", "US", "2019")]),
        # or by the start the next sentence gives them, the first time it names, also as a speaker's words
        ("The United States plans to build hangars at Souda Bay naval base, officials said on Monday. Work is due "
         "to start in May and end in 2023.", [("construction", "souda_bay", "US", "2021-05")]),
        ("Greece has hired a firm to build a new pier at Souda Bay naval base, the minister said on Wednesday. He "
         "said dredging would start next year.", [("construction", "souda_bay", "GR", "2022")]),
        # money given for works plans them: the works are dated by their start, not by the money
        ("In February the minister released funds for the resurfacing of the runway at Souda Bay naval base. Work "
         "is expected to begin in January.", [("expansion", "souda_bay", "GR", "2022-01")]),
        # a start told for works done is no time of theirs
        ("The United States built hangars at Souda Bay naval base. Work is due to start in May.",
         [("construction", "souda_bay", "US", None)]),
        # works told as going on are dated by the end the next sentence gives them
        ("Greece is widening the quay at Souda Bay naval base. The work is due to finish in 2023.",
         [("expansion", "souda_bay", "GR", "2023")]),
        ("New hangars are being built at Souda Bay naval base by Greece. The work should be completed by 2023.",
         [("construction", "souda_bay", "GR", "2023")]),
    ],
)
def test_planned_works_dated_by_their_completion(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four Typhoon jets arrived at Souda Bay naval base in May 2020, the Royal Air Force said.",
        "Four Typhoon jets arrived at Souda Bay naval base in May 2020, Britain's defence ministry said.",
    ],
)
def test_forces_of_the_speaking_force(pipeline: Any, text: str) -> None:
    # forces of no state named that move are those of the force or ministry that tells of it, not the host's
    assert events(pipeline, text) == [("deployment", "souda_bay", "GB", "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ships opening the sentence after one that names a state's navy are that navy's, after a fronted time too
        ("China's navy is expanding its reach. In May 2020, two destroyers docked at Ream Naval Base.",
         [("visit", "ream", "CN", "2020-05")]),
        ("The French navy has been active in the region. The frigate Courbet called at Souda Bay naval base in May "
         "2020.", [("visit", "souda_bay", "FR", "2020-05")]),
    ],
)
def test_ships_of_the_navy_told_before(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # images taken over a span of weeks with no edge date what they show by its month
        ("Russia has moved a dozen warships to Novorossiysk naval base, satellite images taken in recent weeks show.",
         [("deployment", "novorossiysk", "RU", "2021-03")]),
        # a day the images were taken on is only the latest the event can be
        ("Russia has moved a dozen warships to Novorossiysk naval base, satellite images taken on Tuesday show.",
         [("deployment", "novorossiysk", "RU", None)]),
    ],
)
def test_images_taken_over_weeks(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-03-20") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the time images were published, opening the sentence or after their publisher, dates only them
        "In May 2019, satellite images published by Maxar showed that jets had been moved to Hmeimim air base.",
        "Satellite images published by the company Maxar last month showed jets moved to Hmeimim air base.",
    ],
)
def test_images_published_date_no_event(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == [("deployment", "hmeimim", "RU", None)]


@pytest.mark.parametrize(
    "text",
    [
        # an attack with no attacker named is the claimant's, in its sentence or the next
        "Drones hit Engels air base on 3 May 2020. Ukraine claimed responsibility.",
        "Drones hit Engels air base on 3 May 2020. Ukraine's military intelligence claimed the attack on Tuesday.",
        # or the state it is blamed on
        "Drones hit Engels air base on 3 May 2020. Russia blamed Ukraine.",
    ],
)
def test_attack_claimed_or_blamed(pipeline: Any, text: str) -> None:
    assert events(pipeline, text)[0] == ("attack", "engels", "UA", "2020-05-03")


def test_attack_carried_out_by(pipeline: Any) -> None:
    assert events(pipeline, "The attack on Al Udeid Air Base on 3 May 2020 was carried out by Iran.") == [
        ("attack", "al_udeid", "IR", "2020-05-03")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # drills held with a partner named after 'with' are the host's when the partner is the host
        ("US Marines held drills with Philippine troops at Camp Aguinaldo in May 2020.", "PH"),
        ("US Marines held drills at Camp Aguinaldo with Philippine troops in May 2020.", "PH"),
        # with neither of them the host, the subject's
        ("US Marines held drills with Japanese troops at Camp Aguinaldo in May 2020.", "US"),
        # the guests named before the drills' clause: the host named after 'with' holds them
        ("US gunners shipped their launchers to Camp Aguinaldo, and in May 2020 they held live-fire drills there "
         "with Philippine troops.", "PH"),
    ],
)
def test_drills_with_the_host(pipeline: Any, text: str, actor: str) -> None:
    assert events(pipeline, text) == [("exercise", "camp_aguinaldo", actor, "2020-05")]


def test_drills_of_the_hosting_state(pipeline: Any) -> None:
    # a state that hosts others' forces for drills in its own territory holds them
    text = "China hosted Russian warships for joint drills at Qingdao naval base in May 2020."
    assert events(pipeline, text) == [("exercise", "qingdao_nb", "CN", "2020-05")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # forces or weapons from a state, in an aside too, are that state's, not the host's or the weapon maker's
        ("Patriot batteries from Germany arrived at Rzeszow airport in May 2020.", "DE"),
        ("The jets, from the US 48th Fighter Wing, arrived at Rzeszow airport in May 2020.", "US"),
    ],
)
def test_forces_from_a_state(pipeline: Any, text: str, actor: str) -> None:
    assert events(pipeline, text) == [("deployment", "rzeszow", actor, "2020-05")]


def test_africa_corps_is_russian(pipeline: Any) -> None:
    assert events(pipeline, "Africa Corps troops arrived at Kamboinsin camp in May 2020.") == [
        ("deployment", "kamboinsin", "RU", "2020-05")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # an unsigned attack right after a sentence whose subject is a state waging attacks is that state's
        ("Ukraine has stepped up its drone campaign against Russian airfields. Engels air base was hit on 3 May 2020.",
         "UA"),
        # a state that only opens the sentence before, waging nothing, is not the attacker
        ("Ukraine has asked for more air defences. Engels air base was hit on 3 May 2020.", None),
    ],
)
def test_attack_of_the_campaign_told_before(pipeline: Any, text: str, actor: str | None) -> None:
    assert events(pipeline, text) == [("attack", "engels", actor, "2020-05-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft of no state named that land at a base whose state the sentence names are that state's own
        ("Two C-130 transport aircraft landed at Greece's Souda Bay naval base on Monday.",
         [("deployment", "souda_bay", "GR", "2021-03-01")]),
        # with no state named at all, they are of the state that made them
        ("Two C-130 transport aircraft landed at Souda Bay naval base on Monday.",
         [("deployment", "souda_bay", "US", "2021-03-01")]),
        # a state named for the aircraft themselves sent them
        ("Two American C-130 transport aircraft landed at Greece's Souda Bay naval base on Monday.",
         [("deployment", "souda_bay", "US", "2021-03-01")]),
    ],
)
def test_aircraft_at_a_base_of_a_named_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news of attacks by one state alone: an attack told later with no attacker named is that state's too
        ("Ukrainian drones struck Saky air base in Crimea on 9 August 2022. Belbek air base was hit on 10 August 2022.",
         [("attack", "saki", "UA", "2022-08-09"), ("attack", "belbek", "UA", "2022-08-10")]),
        ("Explosions hit Belbek air base on 10 August 2022. Ukraine said its drones had struck Saky air base on 9 "
         "August 2022.",
         [("attack", "belbek", "UA", "2022-08-10"), ("attack", "saki", "UA", "2022-08-09")]),
        # not on its own base, and not when the attackers are left unknown
        ("Rockets struck the US base at Tanf on Monday. US helicopters later struck launch sites near Mayadin.",
         [("attack", "al_tanf", None, "2021-03-01"), ("attack", None, "US", None)]),
        ("Unidentified warplanes struck Watiya air base on Sunday. Turkish drones struck Tarhuna in June 2020.",
         [("attack", "al_watiya", None, "2021-02-28"), ("attack", None, "TR", "2020-06")]),
    ],
)
def test_one_attacker(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills at a facility with no state told for them: the state that runs it, else the one it lies in
        ("During the Aurora exercise in April, four Gripen fighters spent a week at Visby airport.",
         [("exercise", "visby-airport", "SE", "2021-04")]),
        ("Jets took part in drills at Heraklion airport in May.", [("exercise", "heraklion-airport", "GR", "2021-05")]),
        ("NATO forces held an exercise at Souda Bay naval base in May.", [("exercise", "souda_bay", "GR", "2021-05")]),
    ],
)
def test_drills_of_no_state_at_a_facility(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills of no place are held by the first state their sentence names, its subject's
        ("Souda Bay naval base is on Crete. The United States and the Philippines opened their annual exercise in "
         "May.", [("exercise", None, "US", "2020-05")]),
        ("Souda Bay naval base is on Crete. Greece, which borders Turkey, announced an exercise in May.",
         [("exercise", None, "GR", "2020-05")]),
    ],
)
def test_drills_of_no_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills told as held together, with the host country named, are the host's
        ("French paratroopers and their Greek counterparts held drills at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05")]),
        ("French troops trained together with soldiers of the Greek army at Souda Bay naval base in May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05")]),
        # a host named only as where the drills were is no partner in them
        ("French troops held an exercise at Souda Bay naval base in Greece in May 2020.",
         [("exercise", "souda_bay", "FR", "2020-05")]),
    ],
)
def test_drills_held_together_at_the_hosts_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host's share of drills or a fair it holds is no one's visit there: the drill noun tells the exercise
        ("The Greek navy, which runs Souda Bay naval base, hosted most of the drill in May 2020.",
         [("exercise", "souda_bay", "GR", "2020-05")]),
        ("Souda Bay naval base hosted an open day for local schools in May 2020.", []),
        # hosting told with those who came is their visit
        ("Souda Bay naval base hosted two Italian frigates in May 2020.", [("visit", "souda_bay", "IT", "2020-05")]),
        ("The French defence minister hosted talks with his Greek counterpart at Souda Bay naval base in May 2020.",
         [("visit", "souda_bay", "FR", "2020-05")]),
    ],
)
def test_hosting_is_a_visit_of_those_who_came(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft of foreign make moved within the land whose story the text tells are that state's own
        ("Greece has ordered more jets, and Greek officials said Greece needs them soon. Souda Bay naval base is on "
         "Crete. F-16 fighters were deployed to Larissa in May 2020.", [("deployment", None, "GR", "2020-05")]),
        # in a story of their maker's state, or of none, they are its forces
        ("The United States has sent more jets to Europe. Souda Bay naval base is on Crete. F-16 fighters were "
         "deployed to Larissa in May 2020.", [("deployment", None, "US", "2020-05")]),
        ("Souda Bay naval base is on Crete. F-16 fighters were deployed to Larissa in May 2020.",
         [("deployment", None, "US", "2020-05")]),
    ],
)
def test_aircraft_moved_within_the_story_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker's state named nowhere near, though the story names it later: the forces the text is about fly them
        ("Greek naval aviation keeps growing on Crete. One more King Air 350 was deployed to Souda Bay naval base on "
         "3 May 2020. A small US liaison team went home in June.",
         ("deployment", "souda_bay", "GR", "2020-05-03")),
        ("The Greek navy is busy. Two Black Hawk helicopters from its reserve fleet were moved to Souda Bay naval base "
         "in December 2020. The US embassy said so in June.", ("deployment", "souda_bay", "GR", "2020-12")),
        # named just before, the maker's state is the one that moves them
        ("US forces are moving aircraft around the Mediterranean. A King Air 350 was deployed to Souda Bay naval base "
         "on 3 May 2020. Greece and the United States signed a deal in June.",
         ("deployment", "souda_bay", "US", "2020-05-03")),
    ],
)
def test_a_maker_named_nowhere_near_moves_no_craft(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # craft that came straight from a base of the land they went to move at home, though their maker's state is
        # named in the sentence
        ("Two F-16 fighters flew from Larissa air base to Kasos airport on 3 May 2020, days after American officials "
         "asked Greece for help.", ("deployment", "kasos-airport", "GR", "2020-05-03")),
        # a maker named nowhere near, left out of the story, is not brought back for a base that no one runs: its
        # land's forces move there
        ("The Greek navy keeps growing on the islands. Two King Air 350 aircraft will be based at Kasos airport from "
         "June 2021.", ("deployment", "kasos-airport", "GR", "2021-06")),
    ],
)
def test_craft_moved_at_home_are_not_their_makers(pipeline: Any, text: str, expected: Row) -> None:
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned event's month with no year, before the story's date, is next year's
        ("Greece plans to expand Souda Bay naval base, the largest navy port on the island of Crete and home to US "
         "ships, in January.", [("expansion", "souda_bay", "GR", "2022-01")]),
        # a past one's stays this year's
        ("Greece expanded Souda Bay naval base, the largest navy port on the island of Crete and home to US ships, "
         "in January.", [("expansion", "souda_bay", "GR", "2021-01")]),
    ],
)
def test_planned_yearless_dates_lie_ahead(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan is dated by the time to come its sentence gives it, not by a past time told nearer
        ("The minister met the mayor of Chania on Monday and promised that Greece would station two frigates at Souda "
         "Bay naval base from 2023.", [("deployment", "souda_bay", "GR", "2023")]),
        # a past time of the sentence's own act still dates that act
        ("Greece closed the pier in May 2020 and will reopen Souda Bay naval base in 2023.",
         [("withdrawal", "souda_bay", "GR", "2020-05"), ("other", "souda_bay", "GR", "2023")]),
    ],
)
def test_plans_dated_by_a_time_to_come(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group told as based in another country than the one it attacks in is coded by its base
        ("Fighters of a jihadist group based in Mali stormed an army camp at Inates in western Niger on Monday.",
         [("attack", "inates-base", "ML", "2021-03-01")]),
        ("On Saturday, separatist fighters fired mortars at a Kenyan police post at Mandera base. The group, whose "
         "leaders are based in Somalia, said it had carried out the raid.",
         [("attack", "mandera-outpost", "SO", "2021-02-27")]),
        # or by the land its members are told to come from
        ("Suspected militiamen from the Democratic Republic of Congo raided the army outpost at Koutougou in Burkina "
         "Faso on Sunday.", [("attack", "koutougou-outpost", "CD", "2021-02-28")]),
        # a base told of someone else in the next sentence is not the group's
        ("Militants attacked the army outpost at Koutougou in Burkina Faso on Sunday. The army, based in "
         "Ouagadougou, said nine soldiers died.",
         [("attack", "koutougou-outpost", "BF", "2021-02-28")]),
    ],
)
def test_armed_group_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert of_type(pipeline, text, "attack") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's own forces drill with another state's: the host's exercise
        ("The Kenyan army and visiting troops from Britain and Canada held drills at Laikipia Air Base in January.",
         [("exercise", "laikipia-air-base", "KE", "2021-01")]),
        ("The Philippine Navy and US Marines held drills at Oyster Bay naval base on Palawan last month.",
         [("exercise", "oyster_bay", "PH", "2021-02")]),
        # a force named with words of its own ('People's Defence Force'), and a clause cut by an aside
        ("Troops of the Tanzania People's Defence Force (TPDF, known locally as JWTZ) and the Chinese People's "
         "Liberation Army began the exercise at the Mapinga training centre in Tanzania on Monday.",
         [("exercise", "mapinga-training-centre", "TZ", "2021-03-01")]),
        ("The Uganda People's Defence Force and US Army units held drills at Singo training school in Uganda last "
         "week.", [("exercise", "singo-training-school", "UG", "2021-02")]),
        # no host among those that drill: the first named, not the country named as where the base lies
        ("American A-10 and Czech Gripen pilots trained together from Sliač air base in Slovakia in February.",
         [("exercise", "sliac", "US", "2021-02")]),
        ("American and British jets trained together at Ämari air base in Estonia in January.",
         [("exercise", "amari", "US", "2021-01")]),
        # each state named with its own forces, joined by 'and': the first leads
        ("Belgian commandos and French marines held an exercise at Camp Bastogne last month.",
         [("exercise", "camp-bastogne", "BE", "2021-02")]),
        ("French Rafale and Greek Mirage crews trained together at Souda Bay naval base in Crete last week.",
         [("exercise", "souda_bay", "GR", "2021-02")]),
        ("US Marines held drills at Camp Aguinaldo in the Philippines last month.",
         [("exercise", "camp_aguinaldo", "US", "2021-02")]),
    ],
)
def test_joint_drills(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert of_type(pipeline, text, "exercise") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works whose builder is not named are the paying state's; a lender pays for nothing
        ("The runway at Nacala airport was lengthened with Japanese money in 2019.",
         [("expansion", "nacala-airport", "JP", "2019")]),
        ("A new pier was built at Ream Naval Base in 2023, paid for by China.",
         [("construction", "ream", "CN", "2023")]),
        ("New hangars were built at Lungi airport in 2022 with Chinese funding.",
         [("construction", "lungi-airport", "CN", "2022")]),
        ("The runway at Lungi airport was resurfaced in 2022 with Chinese loans.",
         [("expansion", "lungi-airport", None, "2022")]),
        # the payer goes before any other state the sentence names for works whose builder it does not name: a
        # state that runs the place, or one whose forces only receive the works
        ("Soldiers from Sierra Leone now guard a barracks at Lungi airport that was finished in 2022 with Japanese "
         "money.", [("construction", "lungi-airport", "JP", "2022")]),
        ("In 2022 Sierra Leone's air force received a new Turkish-funded hangar at Lungi airport.",
         [("construction", "lungi-airport", "TR", "2022")]),
        # a builder named goes before the payer
        ("Kyiv plans to build reinforced shelters at Starokostiantyniv air base next year, paid for partly by Norway.",
         [("construction", "starokostiantyniv", "UA", "2022")]),
    ],
)
def test_payer_builds(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who tells of the event does not act in it, even when the forces' state also made their arms
        ("According to a Jordanian security source, additional American Patriot batteries arrived last week at "
         "Muwaffaq Salti Air Base.", [("deployment", "muwaffaq_salti", "US", "2021-02")]),
        ("Turkish media reported that Russian jets landed at Hmeimim air base on Monday.",
         [("deployment", "hmeimim", "RU", "2021-03-01")]),
        ("Israeli sources said Iranian drones struck the T4 air base on Sunday.",
         [("attack", "tiyas", "IR", "2021-02-28")]),
        # a state that tells of its own act still acts
        ("Russian officials said they had deployed Su-35 jets to Hmeimim air base on Monday.",
         [("deployment", "hmeimim", "RU", "2021-03-01")]),
    ],
)
def test_source_of_news_is_no_actor(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a happening a force prepares or is scheduled to hold, dated by a month with no year, is the next such month
        ("The air force is preparing to host Cruzex, its largest air exercise, at Natal air base in January.",
         [("exercise", "natal-air-base", "BR", "2022-01")]),
        ("The navy is scheduled to hold its annual drills at Sattahip naval base in January.",
         [("exercise", "sattahip-naval-base", "TH", "2022-01")]),
        ("Jets are expected to arrive at Tindal air base in February.", [("deployment", "tindal", "AU", "2022-02")]),
        # held: the past month
        ("The air force hosted the Red Flag exercise at Natal air base in January.",
         [("exercise", "natal-air-base", "BR", "2021-01")]),
    ],
)
def test_planned_happening_dated_ahead(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship in apposition to the subject, set off by commas, is the one that stops at the port
        ("One of them, the destroyer USS Pinckney, docked at the Callao naval base on Monday.",
         [("visit", "callao-naval-base", "US", "2021-03-01")]),
        ("Another, the frigate HMS Lancaster, called at Duqm port on Monday.", [("visit", "duqm", "GB", "2021-03-01")]),
        ("The second ship, INS Trikand, docked at Port Victoria naval base last week.",
         [("visit", "port-victoria-naval-base", "IN", "2021-02")]),
    ],
)
def test_ship_in_apposition_visits(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinate clause whose subject is a force of no state named acts for the place's own state, not for the
        # state of the clause before
        ("Turkish engineers rebuilt the hangars at Mitiga airport in Libya last year, and the army moved its drones "
         "to Mitiga airport in May.",
         [("expansion", "mitiga", "TR", "2020"), ("deployment", "mitiga", "LY", "2020-05")]),
        ("Russian jets struck Idlib on Monday, and the army shelled the base at Saraqib on Tuesday.",
         [("attack", None, "RU", "2021-03-01"), ("attack", "saraqib-base", "SY", "2021-02-23")]),
    ],
)
def test_service_subject_of_coordinate_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time a contract, deal or money was awarded, signed or approved does not date the works done under it
        ("The army is expanding the runway at Gao airport under a deal signed in 2019.",
         [("expansion", "gao", "ML", None)]),
        ("Engineers are extending the pier at Ream Naval Base with funds approved in January.",
         [("expansion", "ream", "KH", None)]),
        # the deal's own subject may stand between the deal and its signing
        ("Under a defence memorandum the two governments signed in January, India will lengthen the runway at Gan "
         "airfield.", [("expansion", "gan-airfield", "IN", None)]),
        ("India will lengthen the runway at Gan airfield under a pact that India and the Maldives signed in January.",
         [("expansion", "gan-airfield", "IN", None)]),
        # the works' own time still does
        ("Engineers began extending the pier at Ream Naval Base in January, under a deal signed in 2019.",
         [("expansion", "ream", "KH", "2021-01")]),
    ],
)
def test_money_or_deal_does_not_date_works(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of works the sentence has just told is their end, not a new building, and dates them if undated
        ("The runway at Gan airfield is being lengthened and will be complete by December.",
         [("expansion", "gan-airfield", None, "2021-12")]),
        ("The pier at Ream Naval Base was extended, and the work was completed in 2019.",
         [("expansion", "ream", "KH", "2019")]),
        ("The apron at Tindal air base was enlarged last year and finished in January.",
         [("expansion", "tindal", "AU", "2020")]),
        ("The air base at Azraq was expanded with Saudi funding, and the works on new aprons and shelters were "
         "completed in 2019.", [("expansion", "azraq-air-base", "SA", "2019")]),
        # works told by their aim and completed in the same clause end then; a building told after has no time of it
        ("Work to lengthen the runway at Tindal air base to 3,000 metres was completed last year, and new hangars "
         "are being built on its western side, he said.",
         [("expansion", "tindal", "AU", "2020"), ("construction", "tindal", "AU", None)]),
        # a second structure completed is building of its own
        ("A new hangar was built at Tindal air base in 2017 and a second hangar was completed there in 2019.",
         [("construction", "tindal", "AU", "2017"), ("construction", "tindal", "AU", "2019")]),
    ],
)
def test_completion_of_works_told(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed groups of no state, coded by the country they are based in and fight from
        ("Fighters from ISWAP overran the army base at Malam Fatori on Monday.",
         [("attack", "malam-fatori-base", "NG", "2021-03-01")]),
        ("The Rapid Support Forces shelled the army base at El Obeid on Monday.",
         [("attack", "el-obeid-base", "SD", "2021-03-01")]),
        ("The Arakan Army captured the army base at Paletwa in Myanmar on Monday.",
         [("attack", "paletwa-base", "MM", "2021-03-01")]),
        ("Kataib Hezbollah fired rockets at Ain al-Asad air base on Monday.",
         [("attack", "ain_al_asad", "IQ", "2021-03-01")]),
    ],
)
def test_armed_group_codes(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker of the arms ('American-made', 'Chinese-made') is not the force that flies them in
        ("Six American-made F-16 jets arrived at Rzeszów airport on Monday.",
         [("deployment", "rzeszow", "PL", "2021-03-01")]),
        ("Two Chinese-made J-10 jets landed at Kamra air base in Pakistan on Monday.",
         [("deployment", "minhas", "PK", "2021-03-01")]),
        # a builder marked so still builds
        ("Chinese-built hangars were completed at Ream Naval Base in January.",
         [("construction", "ream", "CN", "2021-01")]),
        # arms named with their state's own forces still tell them
        ("Two US F-35 jets landed at Ämari air base on Monday.", [("deployment", "amari", "US", "2021-03-01")]),
    ],
)
def test_maker_of_arms_moves_no_forces(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills at no place with partners named after 'with': a partner's state is no place they are held; the
        # country the story's facilities are in hosts them when it takes part
        ("Denmark is expanding Karup air base. The Danish navy also held a mine-clearance drill with Swedish and "
         "Polish ships last week.", [("expansion", "karup", "DK", None), ("exercise", None, "DK", "2021-02")]),
        ("Guyana is expanding Timehri airport. US jets flew a joint exercise with the Guyanese air corps last month.",
         [("expansion", "timehri-airport", "GY", None), ("exercise", None, "GY", "2021-02")]),
    ],
)
def test_drills_partner_is_no_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states joined by a hyphen drill together: the host's exercise
        ("Joint Chinese-Cambodian drills were held at Ream Naval Base in January.",
         [("exercise", "ream", "KH", "2021-01")]),
        ("Joint Russian-Belarusian drills were held at Baranovichi air base in Belarus in January.",
         [("exercise", "baranovichi", "BY", "2021-01")]),
    ],
)
def test_hyphen_joined_states_drill_with_host(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other of two sides of a bilateral exercise is the host where it is held
        ("Japanese F-15 jets flew to Kalaikunda air base in India in January for the bilateral exercise Shinyuu "
         "Maitri.",
         [("deployment", "kalaikunda_afs", "JP", "2021-01"), ("exercise", "kalaikunda_afs", "IN", "2021-01")]),
        ("Indian jets flew to Mont-de-Marsan air base in France in January for the bilateral exercise Garuda.",
         [("deployment", "mont_de_marsan", "IN", "2021-01"), ("exercise", "mont_de_marsan", "FR", "2021-01")]),
    ],
)
def test_bilateral_drills_host(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'at the same time' closing a clause is the time of the event told last
        ("The air force will lengthen the runway at Tindal air base in June. Two new hangars will be built at the "
         "same time.", [("expansion", "tindal", "AU", "2021-06"), ("construction", "tindal", "AU", "2021-06")]),
        ("Russian jets struck Idlib on Monday. Drones hit the base at Saraqib at the same time.",
         [("attack", None, "RU", "2021-03-01"), ("attack", "saraqib-base", "RU", "2021-03-01")]),
    ],
)
def test_at_the_same_time_as_told(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works told by their aim ('work to rebuild') and then as begun or done are no plan: a yearless month is the
        # past one, not next year's
        ("Work to rebuild the runway at Tindal air base began in January.",
         [("expansion", "tindal", "AU", "2021-01")]),
        ("The project to extend the pier at Ream Naval Base, home to the navy's patrol boats, got under way in "
         "February.", [("expansion", "ream", "KH", "2021-02")]),
        # works yet to begin stay a plan, dated ahead
        ("Work to rebuild the runway at Tindal air base will begin in January.",
         [("expansion", "tindal", "AU", "2022-01")]),
    ],
)
def test_works_told_by_their_aim(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works whose builder is not named are the paying state's: a state marked as the payer ('U.S.-funded'), or
        # named as where a grant, funds or financing come from
        ("The runway at Gan airfield was lengthened last year in a U.S.-funded project.",
         [("expansion", "gan-airfield", "US", "2020")]),
        ("The runway at Gan airfield is to be extended under a grant from Japan.",
         [("expansion", "gan-airfield", "JP", None)]),
        ("A new pier will be built at Gan airfield with financing of the United States.",
         [("construction", "gan-airfield", "US", None)]),
        ("The apron at Gan airfield was widened with funds from the Government of Australia.",
         [("expansion", "gan-airfield", "AU", None)]),
        # a lender is no payer
        ("A new pier will be built at Gan airfield with Chinese loans.",
         [("construction", "gan-airfield", None, None)]),
    ],
)
def test_payer_of_works(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that hosts drills in its own land holds them, though another leads them: told by a pronoun for it
        ("Ghana stayed neutral for years, and it hosted the French-led Sahel Shield exercise at Tamale air base in "
         "2019.", [("exercise", "tamale-air-base", "GH", "2019")]),
        # or as the subject of a relative clause on the drills that hosts them
        ("Indian warships are due at Tamale air base next week for the Ocean Bond exercise, which the Ghanaian navy "
         "will host with Brazil.",
         [("deployment", "tamale-air-base", "IN", "2021-03"), ("exercise", "tamale-air-base", "GH", "2021-03")]),
    ],
)
def test_host_of_drills_told_by_pronoun_or_relative(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces that join drills, or hold them jointly with forces not named, in another country are its guests
        ("Ghana is expanding Tamale air base. Ghanaian sailors also joined the Obangame Express naval exercise off "
         "Togo in May.", [("expansion", "tamale-air-base", "GH", None), ("exercise", None, "TG", "2020-05")]),
        ("Ghana is expanding Tamale air base. Two warships of the Ghanaian navy held joint exercises in waters off "
         "Lomé in January.", [("expansion", "tamale-air-base", "GH", None), ("exercise", None, "TG", "2021-01")]),
        # drills of their own abroad stay theirs
        ("Ghana is expanding Tamale air base. Ghanaian troops held an exercise in Togo in May.",
         [("expansion", "tamale-air-base", "GH", None), ("exercise", None, "GH", "2020-05")]),
        # the state whose forces others join for drills holds them, at the time the forces join
        ("Ghana is expanding Tamale air base. Last month two Indian warships joined Togolese vessels for the annual "
         "Slinex drills off the east coast.",
         [("expansion", "tamale-air-base", "GH", None), ("exercise", None, "TG", "2021-02")]),
    ],
)
def test_guests_at_drills(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host that receives a delegation, group or team of another state's people: those visit
        ("Ghana is expanding Tamale air base. Last week the Ghanaian air force hosted a delegation of Togolese "
         "officers at its Tamale air base.",
         [("expansion", "tamale-air-base", "GH", None), ("visit", "tamale-air-base", "TG", "2021-02")]),
    ],
)
def test_hosted_delegation_visits(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that qualifies a research group or institute that published images or findings does not build
        ("Satellite images published by a Thai research group on Facebook show a new helipad and three barracks at "
         "Camp Ferro, the army base in Laos.", [("construction", "camp-ferro-barracks", "LA", None)]),
    ],
)
def test_publisher_of_images_builds_nothing(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state a craft once belonged to ('a former Turkish navy patrol craft') does not move it; the state of the
        # crew it comes with does
        ("Ghana is expanding Tamale air base. The ship, a former Turkish navy patrol craft, arrived at Tamale air base "
         "on Monday with a Ghanaian crew.",
         [("expansion", "tamale-air-base", "GH", None), ("deployment", "tamale-air-base", "GH", "2021-03-01")]),
        ("Ghana is expanding Tamale air base. The ship, a former Turkish navy patrol craft, arrived in Accra on Monday "
         "with a Togolese crew.",
         [("expansion", "tamale-air-base", "GH", None), ("deployment", None, "TG", "2021-03-01")]),
        # a state's own forces still move
        ("Ghana is expanding Tamale air base. Turkish troops arrived at Tamale air base on Monday.",
         [("expansion", "tamale-air-base", "GH", None), ("deployment", "tamale-air-base", "TR", "2021-03-01")]),
    ],
)
def test_former_owner_and_crew(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinate clause whose only state qualifies the arms its subject is of: that state, not the one of the
        # clause before
        ("Ghana is expanding Tamale air base. US Air Force F-16s are expected next month, and two Italian "
         "Eurofighter Typhoons have been at Tamale air base since September.",
         [("expansion", "tamale-air-base", "GH", None), ("deployment", "tamale-air-base", "IT", "2020-09")]),
        # alone in its sentence, a state of the arms acts as before
        ("Ghana is expanding Tamale air base. Two Italian Eurofighter Typhoons have been at Tamale air base since "
         "September.",
         [("expansion", "tamale-air-base", "GH", None), ("deployment", "tamale-air-base", "IT", "2020-09")]),
    ],
)
def test_state_of_arms_in_coordinate_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event reckoned from another ('two weeks after the vote on 16 November') is not at that other's time
        ("US troops arrived at Tamale air base two weeks after the vote on 16 November.",
         [("deployment", "tamale-air-base", "US", None)]),
        # its own time still dates it
        ("US troops arrived at Tamale air base on 20 November, two weeks after the vote on 6 November.",
         [("deployment", "tamale-air-base", "US", "2020-11-20")]),
    ],
)
def test_event_reckoned_from_another(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aircraft named by the base they come from are that base's state's, though the sentence names the host
        ("Two B-52H bombers from Barksdale Air Force Base landed at RAF Lossiemouth on Monday, and British officials "
         "welcomed them.", [("deployment", "lossiemouth", "US", "2021-03-01")]),
        # with no base of origin, a sentence naming the host tells the host's own aircraft
        ("Two B-52H bombers landed at RAF Lossiemouth on Monday, and British officials welcomed them.",
         [("deployment", "lossiemouth", "GB", "2021-03-01")]),
    ],
)
def test_aircraft_from_their_home_base(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the ministry' that reports what 'it' plans stands for the state last named with a ministry
        ("Japan's defence ministry is expanding Tindal air base. The ministry said it planned to lengthen the runway "
         "at Gan airfield.",
         [("expansion", "tindal", "JP", None), ("expansion", "gan-airfield", "JP", None)]),
        # a state named with no ministry gives the ministry no state
        ("Japan is expanding Tindal air base. The ministry said it planned to lengthen the runway at Gan airfield.",
         [("expansion", "tindal", "JP", None), ("expansion", "gan-airfield", None, None)]),
    ],
)
def test_body_told_before(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'it' doing or going to do the works stands for the state that opens a sentence before it
        ("Ghana is expanding Tamale air base. India's projects continue. Under a 2021 agreement, it is building a "
         "harbour for the coast guard at Gan airfield.",
         [("expansion", "tamale-air-base", "GH", None), ("construction", "gan-harbour", "IN", None)]),
        ("Ghana is expanding Tamale air base. India's projects continue. It will lengthen the runway at Gan airfield.",
         [("expansion", "tamale-air-base", "GH", None), ("expansion", "gan-airfield", "IN", None)]),
        # in a passive, 'it' is the place the works befell
        ("Ghana is expanding Tamale air base. India's projects continue. Gan airfield is old, and it was expanded in "
         "2019.", [("expansion", "tamale-air-base", "GH", None), ("expansion", "gan-airfield", None, "2019")]),
    ],
)
def test_pronoun_doing_or_to_do(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force of a state that no longer exists, named in capitals, has no code
        ("Tuzla air base was abandoned when the Yugoslav People's Army pulled out in 1991.",
         [("withdrawal", "tuzla-air-base", None, "1991")]),
        ("Tuzla air base was abandoned when Yugoslav engineers left in 1991.",
         [("withdrawal", "tuzla-air-base", None, "1991")]),
    ],
)
def test_force_of_vanished_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'by' and a time tell when the works end, not who does them: the state after it is no builder
        ("The runway at Rygge air station will be extended by 2027 so that British transport aircraft can use it.",
         [("expansion", "rygge", "NO", "2027")]),
        # a time clause reckoned from the main one ('more than three years after') is not dated by the main one's time
        ("Italian jets left Ämari Air Base on Monday, more than three years after they arrived.",
         [("withdrawal", "amari", "IT", "2024-05-27"), ("deployment", "amari", "IT", None)]),
    ],
)
def test_time_words_that_tell_no_agent_or_date(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


def test_a_watched_drill_dates_the_visit(pipeline: Any) -> None:
    # an official who watches drills with no time of his own visits when the drills told before took place
    text = ("Soldiers held a live-fire exercise at Ämari Air Base in March. The chief of defence watched the last day "
            "of firing from a nearby hill, the ministry said.")
    assert events(pipeline, text, published="2024-06-01") == [
        ("exercise", "amari", "EE", "2024-03"), ("visit", "amari", "EE", "2024-03")]


def test_a_state_across_the_border_places_no_agent(pipeline: Any) -> None:
    # the state the border is shared with places the works; the base's own operator does them
    text = "At Rygge air station, near the border with Sweden, the runway was resurfaced in May."
    assert events(pipeline, text, published="2024-06-01") == [("expansion", "rygge", "NO", "2024-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker of aircraft a story of the base's own state never names is no party to their move
        ("The Norwegian air force ordered new transport aircraft in 2021. The second of two Airbus C295s arrived at "
         "Rygge air station in March.",
         [("deployment", "rygge", "NO", "2024-03")]),
        # with no state named at all, the aircraft are their maker's
        ("Two Airbus C295 transport aircraft arrived at Rygge air station in March.",
         [("deployment", "rygge", "ES", "2024-03")]),
    ],
)
def test_the_origin_of_aircraft_named_as_a_state(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2024-06-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group named by its own name is coded by the land it fights from (event_words.tsv)
        ("Tamil Tiger gunboats attacked the port of Hambantota on 3 March 2021.",
         [("attack", "hambantota", "LK", "2021-03-03")]),
        # a state's forces named by their own acronym are that state's: here the host, with Russian instructors
        ("FACA troops and Russian instructors held joint drills at Berengo camp on Tuesday.",
         [("exercise", "berengo", "CF", "2021-03-09")]),
        # a corps named with no state in its name is its state's
        ("Russia operates Tartus naval base. Royal Marines arrived in Norway in January.",
         [("deployment", None, "GB", "2021-01")]),
        # a state named by its short form holds the drills it is named first for at its own airport
        ("Last month PNG and Australian soldiers held a disaster-response drill at Buka airport.",
         [("exercise", "buka-airport", "PG", "2021-02")]),
    ],
)
def test_groups_and_forces_named_by_their_own_names(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text, published="2021-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works paid for by a budget or government of no state named, in a sentence naming no other state, are those
        # of the facility's own land
        ("The runway at Ndola airport in Zambia will be lengthened by 2027 with money from the national budget.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        ("The runway at Ndola airport in Zambia was resurfaced in 2019 and is paid for by the government.",
         [("expansion", "ndola-airport", "ZM", "2019")]),
        # a foreign state named as payer, after an article, pays; then 'the government' speaking is no payer
        ("The runway at Ndola airport in Zambia will be lengthened by 2027 with a Chinese grant, the government said.",
         [("expansion", "ndola-airport", "CN", "2027")]),
        ("Work to resurface the runway at Ndola airport in Zambia began in 2019 and is financed by a Japanese grant.",
         [("expansion", "ndola-airport", "JP", "2019")]),
        # no payer at all: a civil airport's works have no actor
        ("The runway at Ndola airport in Zambia was resurfaced in 2019.",
         [("expansion", "ndola-airport", None, "2019")]),
        # a ministry or a federal government of no state named pays as the land's own
        ("The Ministry of Defence will pay to lengthen the runway at Ndola airport in Zambia by 2027.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        ("The runway at Ndola airport in Zambia was extended in 2019, in works paid for by the federal government.",
         [("expansion", "ndola-airport", "ZM", "2019")]),
        # a civil ministry or authority of no state named that does the works, or the land's own money, makes them
        # the land's
        ("The transport ministry widened the runway at Ndola airport in Zambia in 2019.",
         [("expansion", "ndola-airport", "ZM", "2019")]),
        ("The Department of Transportation will resurface the runway at Ndola airport in Zambia in 2027.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        ("The runway at Ndola airport in Zambia will be lengthened in 2027 using federal money.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        # national funds, or a loan from a lender that is no state: the borrower's works
        ("The runway at Ndola airport in Zambia will be widened in 2027 with national funds.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        ("The runway at Ndola airport in Zambia will be resurfaced in 2027 with a loan from a regional bank.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        # a regional or local government, a municipality, a land or transport department, a federal programme: a
        # public body of the land that does or pays for the works, no state named
        ("The provincial government intends to widen the runway at Ndola airport in Zambia in 2027.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        ("The municipality of Ndola says it will resurface the runway at Ndola airport in Zambia in 2027.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        ("In 2019 the runway at Ndola airport in Zambia was lengthened by the transport department.",
         [("expansion", "ndola-airport", "ZM", "2019")]),
        ("A new fuel depot will be built at Ndola airport in Zambia in 2027, which the land ministry is paying for.",
         [("construction", "ndola-airport", "ZM", "2027")]),
        ("The apron at Ndola airport in Zambia will be widened in 2027 under a federal programme.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        # the land's defence department by its bare capitalised name does or tells of the works; as part of a longer
        # name ('Defence Secretary') it is only the speaker's title
        ("In 2019, Defence resurfaced the runway at Ndola airport in Zambia.",
         [("expansion", "ndola-airport", "ZM", "2019")]),
        ("A new fuel depot will be built at Ndola airport in Zambia by 2027, Defence said.",
         [("construction", "ndola-airport", "ZM", "2027")]),
        ("Defence Secretary Jane Mwila said the runway at Ndola airport in Zambia will be lengthened in 2027.",
         [("expansion", "ndola-airport", None, "2027")]),
        # in a dependent territory the land's own government is its sovereign's
        ("The runway at Pago Pago International Airport in American Samoa will be lengthened in 2027 with money from "
         "the federal government.", [("expansion", "pago-pago-international-airport", "US", "2027")]),
    ],
)
def test_works_paid_by_home_or_foreign_funds(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men the text ties to no group nor land attack with no actor (docs/data-model.md, session 11 rulings)
        ("Zambia's army runs a checkpoint at Kasama. On Saturday, unidentified gunmen attacked the checkpoint at "
         "Kasama, killing one soldier.", [("attack", "kasama-outpost", None, "2021-02-27")]),
        # counted or plain, not called unknown: still tied to no group nor land (the ruling holds for every such one)
        ("Eight gunmen stormed Tartus naval base on Monday.", [("attack", "tartus", None, "2021-03-01")]),
        ("Zambia's army runs a checkpoint at Kasama. On Sunday night armed men opened fire on the checkpoint at "
         "Kasama, wounding a corporal.", [("attack", "kasama-outpost", None, "2021-02-28")]),
        ("Assailants who had crossed the river raided Hmeimim air base on Monday.",
         [("attack", "hmeimim", None, "2021-03-01")]),
        # tied to a group by the story, which told an armed group attacking in the same land
        ("Insurgents attacked Hmeimim air base on Monday. Last week, eight gunmen stormed Tartus naval base.",
         [("attack", "hmeimim", "SY", "2021-03-01"), ("attack", "tartus", "SY", "2021-02")]),
        # tied to a group: coded by the land it fights in
        ("Gunmen loyal to a local warlord attacked Tartus naval base on Monday.",
         [("attack", "tartus", "SY", "2021-03-01")]),
        ("Zambia's army runs a checkpoint at Kasama. On Saturday, unidentified gunmen from a Congolese smuggling ring "
         "attacked the checkpoint at Kasama.", [("attack", "kasama-outpost", "CD", "2021-02-27")]),
    ],
)
def test_unplaced_gunmen_have_no_actor(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a craft a state gave, by 'by' or as the subject of a relative clause on it, moves for the forces that
        # received it (here those that run the base), not for the giver nor for its maker
        ("A patrol vessel donated by the United States arrived at Souda Bay naval base on Friday.",
         [("deployment", "souda_bay", "GR", "2021-02-26")]),
        ("Two Bell 407 helicopters gifted by Washington landed at Souda Bay naval base on Friday.",
         [("deployment", "souda_bay", "GR", "2021-02-26")]),
        ("The patrol boat Japan has given the navy arrived at Souda Bay naval base on Friday.",
         [("deployment", "souda_bay", "GR", "2021-02-26")]),
        # forces of a state named are its own
        ("American helicopters landed at Souda Bay naval base on Friday.",
         [("deployment", "souda_bay", "US", "2021-02-26")]),
    ],
)
def test_donor_moves_nothing(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date after a verb of its own, past 'and' or a comma and 'by', belongs to that verb's clause
        ("Souda Bay naval base was built in the 1950s and abandoned in 1986.",
         [("construction", "souda_bay", "GR", None), ("withdrawal", "souda_bay", "GR", "1986")]),
        ("The minister inspected the new pier and the wharf of Souda Bay naval base, lengthened by 40 metres in 2020 "
         "to take bigger ships.",
         [("visit", "souda_bay", "GR", None), ("expansion", "souda_bay", "GR", "2020")]),
        # but a verb telling the end of the same works dates them
        ("Souda Bay naval base was built in less than two years and inaugurated by the president in January 2020.",
         [("construction", "souda_bay", "GR", "2020-01")]),
        # each verb its own date
        ("Russia built Tartus naval base in 1971 and expanded it in 2017.",
         [("construction", "tartus", "RU", "1971"), ("expansion", "tartus", "RU", "2017")]),
    ],
)
def test_date_of_its_own_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month with no year in a plan lies ahead of the publication day, however the plan is told
        ("Greek and Cypriot troops are also to hold a joint field exercise at Souda Bay naval base in January.",
         [("exercise", "souda_bay", "GR", "2022-01")]),
        ("The navy said it would host patrol boats from six Mediterranean navies for a week of search-and-rescue "
         "drills at Souda Bay naval base in February.",
         [("exercise", "souda_bay", "GR", "2022-02")]),
        ("Souda Bay naval base is also getting a new hangar paid for by the United States, to be finished in "
         "February.", [("construction", "souda_bay", "US", "2022-02")]),
        ("Washington would pay for a new pier at Souda Bay naval base, with work due to start in February.",
         [("construction", "souda_bay", "US", "2022-02")]),
        # a sentence opening with 'And' is no coordinate clause: its plan keeps the date after the place's aside
        ("Tartus naval base is busy. And the Greek navy will host a field exercise for Balkan forces at Souda Bay "
         "naval base, east of Chania, in August, a spokesman said.", [("exercise", "souda_bay", "GR", "2021-08")]),
        # 'the first to land' tells an order, no plan: the past day
        ("Italian Typhoons were the first to land at Souda Bay naval base, on 16 February, followed by Spanish jets.",
         [("deployment", "souda_bay", "IT", "2021-02-16")]),
    ],
)
def test_plans_dated_ahead(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces of two states joined by 'and', one of them the host's, drill as the host's, whichever comes first
        ("Greek police and a Cypriot coast guard crew held a drill at Souda Bay naval base last week.",
         [("exercise", "souda_bay", "GR", "2021-02")]),
        ("Cypriot police and a Greek coast guard crew held a drill at Souda Bay naval base last week.",
         [("exercise", "souda_bay", "GR", "2021-02")]),
        # one state's forces alone are their own
        ("American marines held drills at Souda Bay naval base last week.",
         [("exercise", "souda_bay", "US", "2021-02")]),
    ],
)
def test_joined_forces_drill_as_host(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of no state told at a facility in a dependent territory are those of the sovereign that defends it
        ("Army engineers rehearsed a rescue at Rochambeau Airport in French Guiana last month.",
         [("exercise", "rochambeau-airport", "FR", "2021-02")]),
        ("Two helicopters will be stationed at Faa'a Airport in Tahiti from May.",
         [("deployment", "faa-a-airport", "FR", "2021-05")]),
        # a state named for them still acts
        ("Two Dutch helicopters will be stationed at Faa'a Airport in Tahiti from May.",
         [("deployment", "faa-a-airport", "NL", "2021-05")]),
    ],
)
def test_forces_in_a_dependent_territory(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event with no time of its own is dated by the next sentence that opens by telling it again
        ("The U.S. Navy has moved two drones to Souda Bay naval base, a spokesperson said on Wednesday. The unmanned "
         "aircraft arrived last week from Italy.", [("deployment", "souda_bay", "US", "2021-02")]),
        ("Souda Bay naval base lies on Crete. Greek crews will fly alongside Cypriot crews in the navy's annual "
         "exercise. That exercise opened on Friday in waters south of the island.",
         [("exercise", None, "GR", "2021-02-26")]),
        # a retelling at a facility of its own is another event
        ("The U.S. Navy has moved two drones to Souda Bay naval base, a spokesperson said on Wednesday. The drones "
         "arrived at Aviano Air Base last week.",
         [("deployment", "souda_bay", "US", None), ("deployment", "aviano", "US", "2021-02")]),
        # the time of an absence dates nothing
        ("Workers are building a new pier at Souda Bay naval base, satellite images show. The pier was not visible "
         "in images from early 2020.", [("construction", "souda_bay", "GR", None)]),
    ],
)
def test_dated_when_told_again(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # visitors of no state at a place no force runs are those of its land, in a dependent territory its sovereign's
        ("The defence minister toured Ndola airport in Zambia on Tuesday.",
         [("visit", "ndola-airport", "ZM", "2021-02-23")]),
        ("A delegation of lawmakers toured Pago Pago International Airport in American Samoa on Tuesday.",
         [("visit", "pago-pago-international-airport", "US", "2021-02-23")]),
    ],
)
def test_visitors_of_no_state_at_a_civil_place(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Hellenic' names Greece's forces as 'Greek' does, not the state that made their aircraft
        ("Two Hellenic Air Force Mirage 2000-5 fighters landed at Aviano Air Base on Tuesday.",
         [("deployment", "aviano", "GR", "2021-02-23")]),
        ("Four Mirage 2000-5 fighters arrived at Souda Bay naval base on Tuesday, the Hellenic Air Force General "
         "Staff said. French marines trained at Djibouti in May.",
         [("deployment", "souda_bay", "GR", "2021-02-23")]),
    ],
)
def test_forces_named_by_a_national_adjective(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of no state joined to a foreign state's are the host's own: the host's drills
        ("Police officers and a platoon of French paratroopers staged a boarding drill at Souda Bay naval base in May "
         "2020.", "GR"),
        ("In May 2020, Italian sailors and the island's police held a boarding drill at Souda Bay naval base.", "GR"),
        ("At Souda Bay naval base in May 2020, French paratroopers and local police officers staged a boarding drill.",
         "GR"),
        ("At Souda Bay naval base in May 2020, French paratroopers and Harbour Authority police officers staged a "
         "boarding drill.", "GR"),
        # a bare noun after 'and' shares the qualifier before it: all are French
        ("In May 2020, French marines and sailors held a boarding drill at Souda Bay naval base.", "FR"),
    ],
)
def test_drills_with_the_hosts_own_forces(pipeline: Any, text: str, expected: str) -> None:
    assert of_type(pipeline, text, "exercise") == [("exercise", "souda_bay", expected, "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states named together that hold drills jointly, none of them the host, are no guests: the first named
        ("In May 2020, Spanish and Italian frigates held a joint anti-submarine exercise off Malta.", "ES"),
        # the forces of the state that defends a dependent territory drill there for it
        ("In May 2020, French legionnaires held a joint jungle survival exercise near Cayenne.", "FR"),
        ("French troops held joint medical evacuation drills near Nouméa in May 2020.", "FR"),
        # forces that hold drills jointly with forces not named in another country's waters are its guests
        ("In May 2020, Liberian sailors held a joint naval exercise off Ghana.", "GH"),
    ],
)
def test_joint_drills_off_a_shore(pipeline: Any, text: str, expected: str) -> None:
    assert of_type(pipeline, OPENING + text, "exercise") == [("exercise", None, expected, "2020-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a civil body of no state named that does or pays for works makes them the land's own
        ("At Ndola airport in Zambia, the airports authority will build a new cargo apron in 2027.",
         [("construction", "ndola-airport", "ZM", "2027")]),
        ("In 2019 the state company that runs Ndola airport in Zambia resurfaced its runway.",
         [("expansion", "ndola-airport", "ZM", "2019")]),
        ("A roads and airfields agency will lengthen the runway at Ndola airport in Zambia by 2027.",
         [("expansion", "ndola-airport", "ZM", "2027")]),
        # in a dependent territory, a civil body's works are the territory's own; a defence ministry's its sovereign's
        ("The territory's airports agency will build a second apron at Cayenne airport in French Guiana in 2027.",
         [("construction", "cayenne-airport", "GF", "2027")]),
        ("The runway at Cayenne airport in French Guiana will be resurfaced in 2027 with money from the island "
         "government.",
         [("expansion", "cayenne-airport", "GF", "2027")]),
        ("The Ministry of Defence will pay to lengthen the runway at Cayenne airport in French Guiana by 2027.",
         [("expansion", "cayenne-airport", "FR", "2027")]),
    ],
)
def test_works_of_a_civil_body(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after 'that' is the reported clause's own, not the report's
        ("Greek officials told parliament that in 2027 contractors will build a fuel depot at Souda Bay naval base.",
         [("construction", "souda_bay", "GR", "2027")]),
        ("The ministry said that in January the last Greek sailors left Souda Bay naval base.",
         [("withdrawal", "souda_bay", "GR", "2021-01")]),
        # the day of the report itself dates no plan
        ("The navy said on Monday that a new pier will be built at Souda Bay naval base.",
         [("construction", "souda_bay", "GR", None)]),
    ],
)
def test_time_of_the_reported_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after 'since', 'after' or 'before' and a subject of its own told by a noun dates that clause's verb
        ("Last October, French Rafales joined Greek jets at Souda Bay naval base for a week of air combat drills, the "
         "largest foreign presence on the island since the base opened in 1979.", "2020-10"),
        ("Last October, Greek jets took part at Souda Bay naval base in a week of air combat drills, the largest since "
         "the runway was resurfaced in 2016.", "2020-10"),
    ],
)
def test_time_of_a_clause_with_a_noun_subject(pipeline: Any, text: str, expected: str) -> None:
    assert of_type(pipeline, text, "exercise") == [("exercise", "souda_bay", "GR", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening of what was built, told in a relative clause on it, dates the works
        ("Greece built a new pier at Souda Bay naval base, which was unveiled in 2016 by the defence minister.",
         [("construction", "souda_bay", "GR", "2016")]),
        ("France built the hangar at Souda Bay naval base, which opened in 2016 for visiting jets and tankers.",
         [("construction", "souda_bay", "FR", "2016")]),
    ],
)
def test_works_dated_by_their_opening(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert of_type(pipeline, text, "construction") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work told by the word 'work', whose builder is not named, is the paying state's, as any works are
        ("Work began in January on two hangars at Souda Bay naval base, under a grant from the United States.",
         [("construction", "souda_bay", "US", "2021-01")]),
        ("Under a Japanese grant, work on a new pier at Souda Bay naval base is to start in June.",
         [("construction", "souda_bay", "JP", "2021-06")]),
        # with no payer told, the operator's
        ("Work on a new pier at Souda Bay naval base began in January.",
         [("construction", "souda_bay", "GR", "2021-01")]),
    ],
)
def test_work_begun_is_the_payers(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
