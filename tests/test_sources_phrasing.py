"""Sources cited by the way a sentence puts them: platforms in a list, pictures people post, what leaks online,
pictures media or platforms put out, and state broadcasters named or not."""

from __future__ import annotations

import pytest

from test_sources import _sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The garrison commander posted the pictures on Facebook and Telegram.",
         [("social_media", "Facebook"), ("social_media", "Telegram")]),
        ("Tankers refuelled at the airfield, judging by photos shared by spotters on X, Instagram and TikTok.",
         [("social_media", "X"), ("social_media", "Instagram"), ("social_media", "TikTok")]),
        ("Officials told Reuters, Facebook had removed the posts.", [("official", "Officials"), ("outlet", "Reuters")]),
    ],
)
def test_a_source_listed_with_a_cited_one_is_cited(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clips filmed by villagers showed three helicopters landing at the base.",
         [("social_media", "clips filmed by villagers")]),
        ("Footage shared by local residents showed smoke over the airfield.",
         [("social_media", "footage shared by local residents")]),
        ("A copy of the lease leaked on social media last week.", [("social_media", "social media")]),
        ("Photos posted by the ministry showed the new hangars.", []),
    ],
)
def test_pictures_people_put_online_are_social_media(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State television published photographs of the new radar.", [("outlet", "State television")]),
        ("The brigade published video of the drill on its Telegram channel.", [("social_media", "Telegram")]),
        ("The ministry released photographs of the new radar.", [("imagery", "photographs")]),
    ],
)
def test_pictures_put_out_by_media_or_a_platform_cite_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot burned for hours, Ruritania's state broadcaster said.",
         [("outlet", "Ruritania's state broadcaster")]),
        ("The depot burned for hours, the state news agency reported.", [("outlet", "state news agency")]),
        ("The depot burned for hours, the state broadcaster RTR said.", [("outlet", "RTR")]),
    ],
)
def test_state_broadcasters_and_agencies_are_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hangars were empty in pictures from Airbus taken last week.", [("imagery", "Airbus")]),
        ("Images from Planet showed two new piers.", [("imagery", "Planet")]),
        ("Photos from Ruritanian officials showed two new piers.", []),
    ],
)
def test_pictures_from_an_imagery_firm_by_its_short_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


def test_the_agency_signing_the_story_is_not_cited_for_its_own_reporting() -> None:
    text = ("PORTVILLE, May 3 (Reuters) - Rebels shelled the airfield on Monday. The attack was repulsed, a captain "
            "told Reuters by phone, and the BBC said the runway was closed.")
    assert [s for s in _sources(text) if s[0] == "outlet"] == [("outlet", "BBC")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people familiar with the matter said the jets had arrived.",
         [("other", "people familiar with the matter")]),
        ("The jets had arrived, according to a person briefed on the deployment.",
         [("other", "person briefed on the deployment")]),
        ("A person close to the ministry said the jets had arrived.", [("other", "person close to the ministry")]),
        ("The people close to the base were evacuated on Monday.", []),
    ],
)
def test_people_in_the_know_are_unnamed_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin-backed newspaper Polar Herald reported that the base was hit.", [("outlet", "Polar Herald")]),
        ("The base was hit, the independent outlet Tundra.Realii reported.", [("outlet", "Tundra.Realii")]),
        ("The pier is new, the online publication Harbour Watch reported.", [("outlet", "Harbour Watch")]),
        ("The pier is new, the investigative outlet Dock Files reported.", [("outlet", "Dock Files")]),
        ("The Houthi-run Saba news agency said the base was hit.", [("outlet", "Saba News Agency")]),
        ("The factory outlet Harbour Shoes sold the boots.", []),
    ],
)
def test_outlets_named_beside_what_they_are(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier is new, said analysts at the Harbour Policy Forum.", [("expert", "Harbour Policy Forum")]),
        ("The Harbour Policy Forum, a Washington think tank, said the pier is new.",
         [("expert", "Harbour Policy Forum")]),
        ("Jane Roe, a Washington analyst, said the pier is new.", []),
        ("Jane Roe, a former navy officer, said the pier is new.", []),
    ],
)
def test_research_bodies_named_in_full_are_experts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier is new, according to an analysis of satellite images by the Harbour Policy Forum.",
         [("imagery", "satellite images"), ("expert", "Harbour Policy Forum")]),
        ("Satellite images provided by Harbour Sat show the pier is new.",
         [("imagery", "Satellite images"), ("imagery", "Harbour Sat")]),
    ],
)
def test_who_reviewed_or_provided_the_imagery(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Videos on social media showed smoke rising from the base.",
        "Social media footage showed smoke rising from the base.",
    ],
)
def test_pictures_social_media_carry_cite_it(text: str) -> None:
    assert _sources(text) == [("social_media", "social media")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two new revetments have appeared near the runway at Chuhuiv, images from Maxar show.",
         [("imagery", "Maxar Technologies")]),
        ("Engineers levelled a pad for a radar dome above the port, photos from Planet Labs show.",
         [("imagery", "Planet Labs")]),
        ("Pictures taken by Airbus in early May show a second hangar beside the quay at Obock.",
         [("imagery", "Airbus")]),
        ("Photos captured by Maxar last week show earthworks south of the runway at Tartus.",
         [("imagery", "Maxar Technologies")]),
        ("Photographs taken by soldiers at the camp show a burnt truck.", []),
        ("The general talked about the base on an ABC show.", []),
    ],
)
def test_pictures_an_imagery_firm_took_show_things(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satellite images published by the Brazilian monitoring group Radar Sul show a new hangar at Boa Vista.",
         [("imagery", "Satellite images"), ("expert", "Radar Sul")]),
        ("The drones arrived in May, according to images released by the Indian analysis group Orbital Watch.",
         [("expert", "Orbital Watch")]),
        ("Photos published by the open-source research collective Sahel Eyes show burnt trucks at the camp.",
         [("expert", "Sahel Eyes")]),
        ("Footage published by the rebel group Ansar Dine shows the attack on the camp.", []),
    ],
)
def test_a_research_body_that_published_the_pictures_is_an_expert(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runway at Pisco was extended last year, El Comercio reported.", [("outlet", "El Comercio")]),
        ("Villagers told Radio Okapi that the troops had left the camp at Rutshuru.",
         [("other", "Villagers"), ("outlet", "Radio Okapi")]),
        ("A coast guard cutter called at Puerto Madryn in March, La Nación reported.", [("outlet", "La Nación")]),
        ("Indepaz, a think tank that tracks political violence, has counted 40 massacres this year.",
         [("expert", "Indepaz")]),
        ("A MiG-29 crashed at Mary-2, according to Chronicles of Turkmenistan.",
         [("outlet", "Chronicles of Turkmenistan")]),
        ("Two soldiers died near the camp at Ménaka, Sahara Medias reported.", [("outlet", "Sahara Medias")]),
    ],
)
def test_regional_papers_broadcasters_and_think_tanks_are_known(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two more corvettes docked at the new pier at Mongla, the navy said on Tuesday.", [("official", "navy")]),
        ("According to the army, the garrison at Kidal was reinforced with two companies.", [("official", "army")]),
        ("The gunmen fled on motorbikes towards the border, police said.", [("official", "police")]),
        ("The government said it had struck militant camps near the airfield.", [("official", "government")]),
        ("The ministry said the hangars would be finished by June.", []),
        ("The company said the runway would be finished by June.", []),
    ],
)
def test_a_body_a_country_has_one_of_is_a_source_named_bare(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A forward base will open at Fotokol by December, according to a budget document seen by the Bulletin.",
         [("official", "budget document")]),
        ("The airstrip will be finished by March, according to a planning document seen by Reuters.",
         [("official", "planning document"), ("outlet", "Reuters")]),
    ],
)
def test_a_document_someone_saw_is_the_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy handed its base at Luqa to the Armed Forces of Malta on Thursday, the AFM said in a statement.",
         [("official", "Armed Forces of Malta")]),
        ("Troopers of the Kentucky State Police closed the road to Fort Knox. Two men were arrested, the KSP said.",
         [("official", "Kentucky State Police")]),
        ("Flights by British Airways to Cyprus resumed on Monday. The RAF base was not affected, BA said.",
         [("other", "British Airways")]),
        ("Two drones were shot down near the base, the IDF said.", []),
    ],
)
def test_an_acronym_that_speaks_is_the_body_it_spells(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attackers fled at dusk, one of the sources, an officer who asked not to be named, said.", []),
        ("Two of the sources said the drones at the base were Iranian.", []),
        ("According to a source close to the Wagner group, the troops left the airport at Bamako.",
         [("other", "source close to the Wagner group")]),
        ("Local sources said the base at Kidal was empty.", [("other", "Local sources")]),
    ],
)
def test_one_of_the_sources_is_no_new_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State television did not mention the crash at the air base.", []),
        ("State media made no mention of the strike on the airfield at Shayrat.", []),
        ("Iranian state media reported the strike on the airfield at Shayrat.", [("outlet", "Iranian state media")]),
        ("The Chief of Staff said the exercise at Hammaguir was a success.", [("official", "Chief of Staff")]),
        ("South Korea's Joint Chiefs of Staff said the launch came from Sohae.",
         [("official", "South Korea's Joint Chiefs of Staff")]),
    ],
)
def test_media_that_left_a_story_out_and_a_title_ending_in_a_body_word(text: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck smugglers' hideouts inside Sweida province, according to residents and local media.",
         [("other", "residents"), ("outlet", "local media")]),
        ("Drones struck the camp at Kidal, according to witnesses and local officials.",
         [("other", "witnesses"), ("official", "local officials")]),
    ],
)
def test_two_groups_cited_together_are_two_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group said in a statement carried by its Andalus radio station that it had entered the airfield.",
         [("outlet", "Andalus")]),
        ("The attack on the camp at Baledogle was confirmed, Shabelle radio reported.", [("outlet", "Shabelle")]),
        ("Fans won't hear longtime Blue Jays radio voice Jerry Howarth this season.", []),
    ],
)
def test_a_radio_named_before_the_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economists in Lisbon say the harbour works will pay for themselves within a decade.",
         [("expert", "Economists in Lisbon")]),
        ("Maritime analysts expect the frigates to leave the anchorage before winter.",
         [("expert", "Maritime analysts")]),
        ("A few Polish researchers believe the radar was never switched on.", [("expert", "Polish researchers")]),
        # the trade's view in general, and experts cited already, are no new source
        ("Analysts say the runway can take the heaviest transports.", []),
        ("The scientists said the bay was warming faster than the open sea.", []),
    ],
)
def test_unnamed_experts_said_which_are_a_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot will hold 40 tanks, according to tender documents posted on the port authority's website.",
         [("official", "tender documents posted on the port authority's website")]),
        ("The garrison will grow by a company next year, according to the defence budget request sent to parliament.",
         [("official", "defence budget request sent to parliament")]),
        # a body's own paper is cited by the body's name
        ("The radar will be replaced in 2028, according to Army planning documents.",
         [("official", "Army planning documents")]),
    ],
)
def test_a_paper_said_which_and_how_put_out_is_a_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected
