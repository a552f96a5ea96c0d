"""Sources: outlets, social media, satellite imagery and the institutions that speak."""

from __future__ import annotations

import pytest

from basewatch.extract import extract
from basewatch.extract.claims import Claims
from basewatch.extract.normalize import make_doc
from basewatch.extract.sources import (
    _LEADING_ARTICLE,
    _OUTLET_WORD,
    _SOCIAL_PICTURES,
    _SOCIAL_PICTURES_OPENERS,
    Sources,
    _at_openers,
    _outlet_words,
    _without_article,
)
from basewatch.model import Doc

_CLAIMS = Claims()
_SOURCES = Sources()


def _sources(text: str) -> list[tuple[str, str]]:
    doc: Doc = _SOURCES(_CLAIMS(make_doc(text)))
    for source in doc.sources:
        assert doc.norm[source.span[0] : source.span[1]], source
    return [(s.kind, s.name) for s in doc.sources]


def _sources_spelt_as_found(text: str) -> list[tuple[str, str]]:
    """Like `_sources`, for sources whose name is exactly the text of their span."""
    doc: Doc = _SOURCES(_CLAIMS(make_doc(text)))
    for source in doc.sources:
        assert doc.norm[source.span[0] : source.span[1]] == source.name
    return [(s.kind, s.name) for s in doc.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runway is 2,400 metres long, according to TASS.", [("outlet", "TASS")]),
        ("The New York Times reported that the jets had left.", [("outlet", "The New York Times")]),
        ("Officials told Reuters and the AP that the port was closed.",
         [("official", "Officials"), ("outlet", "Reuters"), ("outlet", "Associated Press")]),
        ('In an article on the "Harbour Watch" website, an analyst said the pier is new.',
         [("outlet", "Harbour Watch")]),
        ("A defence analyst said the pier is new.", [("expert", "defence analyst")]),
        ("The hotel website said rooms were full.", []),
        ("The base was first spotted by the Kenyan news site Coastline Daily.", [("outlet", "Coastline Daily")]),
        ("Social media circulated images of burning hangars.", [("social_media", "social media images")]),
        ("Videos posted on Telegram showed smoke over the airfield.", [("social_media", "Telegram")]),
        ("Footage shared on X, formerly Twitter, showed two helicopters.", [("social_media", "X")]),
        ("Satellite images from Maxar show a new apron.",
         [("imagery", "Satellite images"), ("imagery", "Maxar Technologies")]),
        ("Enthusiasts who posted the flights on X spotted six bombers.", [("social_media", "X")]),
        ("According to Iranian state media, ten missiles were fired.", [("outlet", "Iranian state media")]),
        ("Missiles were moved there, ABCD reported on Wednesday.", [("outlet", "ABCD")]),
        ("The command said the jets arrived, releasing photographs of them.", [("imagery", "photographs")]),
        ("Satellite images published by Ukrainian media show two burnt jets.",
         [("imagery", "Satellite images"), ("outlet", "Ukrainian media")]),
        ("A source close to the rebels told reporters the radar was hit.", [("other", "source close to the rebels")]),
        ("Planet Labs imagery taken on Monday shows craters on the runway.", [("imagery", "Planet Labs")]),
        ("CSIS said the outpost now has a helipad.", [("expert", "Center for Strategic and International Studies")]),
        ("The Russian Defense Ministry said the bombers had landed. The ministry said they would stay.",
         [("official", "Russian Defense Ministry")]),
        ("A State Department spokesman said the talks went well.", [("official", "State Department")]),
        ("A spokeswoman for the Japan Coast Guard said two ships were seen.", [("official", "Japan Coast Guard")]),
        ("Defence analyst Clara Jensen said the island was exposed.", []),
        ("The National Interest published a long essay on the base.", [("outlet", "The National Interest")]),
        ("The planet is warming and the drive home was long.", []),
        ("Four firms, among them Facebook and Amazon, bid for the broadcast rights.", []),
        ("The actor once had a part in an NBC sitcom.", []),
        ("The singer thanked her three million Instagram followers.", []),
        ("He told Reuters that YouTube had removed the clip.", [("outlet", "Reuters")]),
        ("YouTube said it had removed the clip.", [("social_media", "YouTube")]),
        ("According to a post on Facebook, the bridge was closed.", [("social_media", "Facebook")]),
        ("Fuel prices rose again, a Lebanese-owned weekly reported.", [("outlet", "Lebanese-owned weekly")]),
        ("The Harbor City Gazette reported that the ferry was late.", [("outlet", "Harbor City Gazette")]),
        ("The New York Times reported the fire. The fire spread, the New York Times said.",
         [("outlet", "The New York Times")]),
    ],
)
def test_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


def test_one_source_per_name() -> None:
    text = "Reuters reported the strike. Reuters later said two jets were hit."
    assert _sources(text) == [("outlet", "Reuters")]


def test_sources_carry_rules() -> None:
    doc = _SOURCES(_CLAIMS(make_doc("According to Reuters, the base is new.")))
    assert [s.rule for s in doc.sources] == ["sources:outlet-table"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KALMAR, Sweden, June 3 (Reuters) - Two corvettes left the port on Monday.", []),
        ("OSLO (AP) — The navy moved two frigates north.", []),
        ("Some villagers of Brekke told local radio they heard jets.",
         [("other", "villagers of Brekke"), ("outlet", "local radio")]),
        ("Smoke rose over the depot, witnesses said.", [("other", "witnesses")]),
        ("Estonian state media showed two tanks on a ferry.", [("outlet", "Estonian state media")]),
        ("The local radio station plays music all night.", []),
    ],
)
def test_bylines_unnamed_media_and_witnesses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources_spelt_as_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Footage verified by the Nordic Open Source Lab shows two launchers.",
         [("expert", "Nordic Open Source Lab")]),
        ("Photos reviewed by the Baltic Herald show a new hangar.", [("outlet", "Baltic Herald")]),
        ("Footage published by the Narvik Gazette shows a new hangar.", [("outlet", "Narvik Gazette")]),
        ("Footage published by the Coastal Authority shows a new hangar.", []),
        ("The tanker circled for hours, according to Flightradar24.", [("other", "Flightradar24")]),
    ],
)
def test_reviewers_and_tracking_services(text: str, expected: list[tuple[str, str]]) -> None:
    assert [s for s in _sources(text) if s[0] != "imagery"] == expected


def test_listed_outlet_named_by_a_speaker_phrase_is_the_source() -> None:
    assert _sources("Two frigates docked, Russian state news agency Tass reported.") == [("outlet", "TASS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A navy spokesman said the frigate had left.", [("official", "navy spokesman")]),
        ("The pier is closed, according to military officials.", [("official", "military officials")]),
    ],
)
def test_speaker_of_a_bare_common_institution_is_named_in_full(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources_spelt_as_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state-run Harbour Times said the quay was full.", [("outlet", "Harbour Times")]),
        ("The runway is new, according to the coast guard's website.", [("official", "coast guard's website")]),
        ("An external affairs ministry spokesman said the visit was routine.",
         [("official", "external affairs ministry")]),
    ],
)
def test_described_masthead_owned_page_and_external_ministry(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State media showed the launch.", [("outlet", "State media")]),
        ("The Bureau for Maritime Affairs said the quay was shut.", [("official", "Bureau for Maritime Affairs")]),
    ],
)
def test_capitalised_state_media_and_bureaus(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal was described in the Danish press on Sunday.", [("outlet", "Danish press")]),
        ("The talks failed, the port's press office said.", []),
    ],
)
def test_a_countrys_press_cited(text: str, expected: list[tuple[str, str]]) -> None:
    assert [s for s in _sources(text) if s[0] == "outlet"] == expected


def test_an_outlet_that_analysed_imagery_keeps_its_kind() -> None:
    sources = _sources("Four hangars were built, satellite images analysed by The Associated Press show.")
    assert ("outlet", "The Associated Press") in sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drone footage analysed by the conflict monitor Sahel Watch shows burnt trucks.", [("expert", "Sahel Watch")]),
        ("Satellite photos taken in May and published by the investigative site Fjordnews.no show a new pier.",
         [("outlet", "Fjordnews.no")]),
        ("Images broadcast by the public television NRK showed the flag lowered.", [("outlet", "NRK")]),
        ("A photograph released by the Norwegian Armed Forces showed the missiles.",
         [("official", "Norwegian Armed Forces")]),
        ("Photos released by Lars Olsen showed the missiles.", []),
    ],
)
def test_who_reviewed_or_put_out_material_after_what_it_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert [s for s in _sources(text) if s[0] != "imagery"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanks were seen on the coast road, photos shared online show.", [("social_media", "photos shared online")]),
        ("Videos posted online by residents showed smoke over the port.",
         [("social_media", "videos posted online")]),
        ("Online sales of drones rose.", []),
    ],
)
def test_pictures_shared_online(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six soldiers were killed, according to local sources.", [("other", "local sources")]),
        ("Environmental groups say the road would clear the forest.", [("other", "Environmental groups")]),
        ("Jets struck the base, sources on both sides said.", []),
        ("The unit moved north, police sources said.", [("official", "police sources")]),
    ],
)
def test_unnamed_sources_and_groups_a_word_describes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The frigate left port, according to a statement from the Chilean navy.",
         [("official", "Chilean navy")]),
        ("The pier is closed, according to a communiqué issued by the port authority.",
         [("official", "port authority")]),
        ("Two jets landed, according to a report by the Danish Defence Ministry.",
         [("official", "Danish Defence Ministry")]),
    ],
)
def test_a_document_cited_names_its_issuer(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A TikTok video showed soldiers at the gate.", [("social_media", "TikTok")]),
        ("A Telegram post said the bridge was hit.", [("social_media", "Telegram")]),
        ("He watched TikTok videos all day.", []),
        ("Ship-tracking data showed the tanker in port.", [("other", "Ship-tracking data")]),
        ("Flight-tracking data show two tankers over the sea.", [("other", "Flight-tracking data")]),
    ],
)
def test_platform_material_and_tracking_data(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Foreign Affairs of Kazakhstan stated that the lease was extended.",
         [("official", "Ministry of Foreign Affairs of Kazakhstan")]),
        ("The Department for Foreign Affairs said the visit was off.",
         [("official", "Department for Foreign Affairs")]),
        ("An editor of The Times said the story was true.", [("outlet", "The Times")]),
    ],
)
def test_an_outlet_name_ending_an_institutions_name_is_no_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A source in the Belgian defence ministry said the hangar was ready.",
         [("official", "source in the Belgian defence ministry")]),
        ("The hangar is ready, according to a source at the General Staff.",
         [("official", "source at the General Staff")]),
        ("Sources close to the navy said the frigate had sailed.", [("other", "Sources close to the navy")]),
        ("The frigate sailed in May, according to informed naval sources.", [("official", "informed naval sources")]),
        ("Two patrol boats were lost, an intelligence source said.", [("official", "intelligence source")]),
        ("The depot burned, the Harbour Times reported, citing a consular source.",
         [("outlet", "Harbour Times"), ("official", "consular source")]),
        ("The tanker was seized, a shipping industry source said.", [("other", "industry source")]),
        ("The radar was moved in May, according to a source of security in the capital.",
         [("official", "source of security")]),
        ("Sources of the Ministry of Defence said the frigate had sailed.", [("official", "Ministry of Defence")]),
        ("Pentagon sources said the frigate had sailed.", [("official", "Pentagon")]),
    ],
)
def test_unnamed_source_inside_a_state_body_is_official(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kuwait Press Agency reported that two frigates had sailed.", [("outlet", "Kuwait Press Agency")]),
        ("Pacific Wire reported that the airstrip had reopened.", [("outlet", "Pacific Wire")]),
        ("The Presidential Press Office said the airstrip had reopened.", [("official", "Presidential Press Office")]),
    ],
)
def test_press_agencies_and_wires_are_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hangars were finished last year, the Luftwaffe said.", [("official", "Luftwaffe")]),
        ("The Zambian National Assembly said the treaty would be ratified.",
         [("official", "Zambian National Assembly")]),
        ("Chile's National Assembly voted on Monday to extend the mission, the assembly said.",
         [("official", "Chile's National Assembly")]),
    ],
)
def test_legislatures_and_air_arms_speak(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    ["According to the historian Petra Novak of the Institute of Baltic Studies, the port will stay.",
     "Analyst Jonas Berg of the Nordic Security Centre said the port will stay."],
)
def test_a_named_persons_body_is_no_source(text: str) -> None:
    assert _sources(text) == []


def test_a_body_named_by_its_leader_is_the_source() -> None:
    assert _sources("The government of Colonel Assimi Diallo says the army holds the north.") == [
        ("official", "government of Colonel Assimi Diallo")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jets will arrive in May, the paper reported, citing defence officials.",
         [("official", "defence officials")]),
        ("The jets will arrive in May, the paper reported, citing Air Force planning documents.",
         [("official", "Air Force planning documents")]),
        ("The jets will arrive in May, the paper reported, citing informed sources.", [("other", "informed sources")]),
        ("The jets will arrive in May, the paper reported, citing security concerns.", []),
        ("The jets will arrive in May, the paper reported, citing Colonel Ruth Amsel.", []),
    ],
)
def test_whom_a_report_cites(text: str, expected: list[tuple[str, str]]) -> None:
    assert [s for s in _sources(text) if s[1] != "paper"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Procurement papers show that the hangar was ordered in 2021.", [("official", "Procurement papers")]),
        ("Court records revealed that the hangar was ordered in 2021.", [("official", "Court records")]),
        ("The documents show that the hangar was ordered in 2021.", []),
    ],
)
def test_papers_a_word_describes_that_show_something(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Satellite imagery from Umbra taken in June shows a new hangar.",
         [("imagery", "Satellite imagery"), ("imagery", "Umbra")]),
        ("Satellite images from the company Capella Space show a new hangar.",
         [("imagery", "Satellite images"), ("imagery", "Capella Space")]),
        ("Satellite images from June show a new hangar.", [("imagery", "Satellite images")]),
    ],
)
def test_whom_satellite_imagery_comes_from(text: str, expected: list[tuple[str, str]]) -> None:
    # The full pipeline: its dates layer says 'June' is a time, not a provider.
    assert [(s["kind"], s["name"]) for s in extract(text)["sources"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jets landed, local outlet Harbour Voice reported.", [("outlet", "Harbour Voice")]),
        ("The jets landed, the independent outlet Steppe Daily reported.", [("outlet", "Steppe Daily")]),
        ("A factory outlet Mega Store opened near the base.", []),
    ],
)
def test_an_outlet_a_word_of_news_describes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


def test_a_short_form_cites_the_body_spelt_out_before() -> None:
    text = "Neither the Ministry of Defence nor the navy would comment. Later the MoD said the ship was safe."
    assert _sources(text) == [("official", "Ministry of Defence")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The African Union's top envoy said the mission would end.", [("official", "African Union")]),
        ("The mission will end, the office of the prime minister announced.",
         [("official", "office of the prime minister")]),
        ("The Republican Guards said the mission would end.", [("official", "Republican Guards")]),
    ],
)
def test_bodies_behind_possessives_offices_and_guards(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers at the Nordic Institute of Peace said the site was a missile base.",
         [("expert", "Nordic Institute of Peace")]),
        ("Spokesmen for the Nordic Defence Ministry said the site was a missile base.",
         [("official", "Nordic Defence Ministry")]),
        ("Turkish news agencies reported that the site had been struck.", [("outlet", "Turkish news agencies")]),
        ("Residents posted videos of the strike on social media.",
         [("other", "Residents"), ("social_media", "social media")]),
        ("Human Rights Watch said the strike killed civilians.", [("expert", "Human Rights Watch")]),
    ],
)
def test_research_bodies_news_agencies_and_posts(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanna Berg, who tracks missile sites for the Atlantic Council, believes the pad is new.", []),
        ("Tom Ward, a senior fellow at the Atlantic Council, said the pad was new.", []),
        ("The pad is new, according to the Atlantic Council.", [("expert", "Atlantic Council")]),
        ("Marta Gil, who teaches naval history for the Lowy Institute, doubts the plan.", []),
        ("Ida Holm, a fellow at the London-based International Institute for Strategic Studies, doubts it.", []),
        ("Exports slowed in May, said Rosa Vidal, a shipping economist at the tracking company MarineTraffic.", []),
        ("Kenji Ota, a fellow at Tokyo's Sasakawa Peace Foundation, doubts the pier will be ready.", []),
        ("Lia Conti, who works at the Italian Institute for International Political Studies (ISPI), doubts it.", []),
        ("Exports fell in May, according to Kpler.", [("other", "Kpler")]),
    ],
)
def test_a_research_body_a_named_person_works_for_is_no_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A conference at the Centre for Peace and Foreign Policy discussed the radar.", []),
        ("The radar is new, the BBC and Foreign Policy reported.", [("outlet", "BBC"), ("outlet", "Foreign Policy")]),
    ],
)
def test_an_outlet_s_name_ending_a_longer_name_is_no_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kyiv Post newspaper and a news website said so; the TV channel and the YouTube channel did not.",
        "A newsweekly, the daily news agency feed and the monitoring site's blog-post, then a factory outlet.",
        "No word of the press here at all.",
        "newspaper newspaper, news  website\nnews\nagency TVTV television channel",
    ],
)
def test_outlet_words_are_the_pattern_s_own_matches(text: str) -> None:
    """Tried only where the automaton found an opening word, the outlet words are those a search finds."""
    hits = _SOURCES._scan(text)
    expected = [m.span() for m in _OUTLET_WORD.finditer(text)]
    assert [m.span() for m in _outlet_words(text, hits)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents of the Harlow estate complain that the helicopters are loud.",
         [("other", "Residents of the Harlow estate")]),
        ("Some growers near the depot are uneasy: farmers near Oakridge fear that the runway will take their fields.",
         [("other", "farmers near Oakridge")]),
        ("A shopkeeper in Brenton said trade was up since the garrison arrived.",
         [("other", "shopkeeper in Brenton")]),
        ("Some villagers worry about the dust from the works.", []),
        ("Fishers along the estuary fear for their moorings.", []),
        ("Herders near the range worry the firing will scatter their flocks.", [("other", "Herders near the range")]),
        ("Shopkeepers in Dunmore fear the new gate will cut off their trade.", [("other", "Shopkeepers in Dunmore")]),
        ("The hill is a quarry now, a place that many herders fear might host a radar one day.", []),
        ("Planners in the capital have worried openly about the cost.", []),
        ("Older islanders still tell of the wartime blockade.", []),
        ("The mayor said residents were broadly supportive.", [("official", "mayor")]),
    ],
)
def test_people_on_the_spot_who_speak_are_other_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ferry skipper from Marlow Quay said the patrol boats now cross his route twice a day.",
         [("other", "ferry skipper from Marlow Quay")]),
        ("Boat owners along the north quay worry that the new patrol schedule will close the fishing grounds.",
         [("other", "Boat owners along the north quay")]),
        ("Two welders at the dry dock said the overtime had doubled.", [("other", "welders at the dry dock")]),
        ("The shipyard's owners expect the navy contract to be renewed next spring.", []),
    ],
)
def test_people_on_the_spot_by_their_trade_are_other_sources_with_the_words_saying_which(
        text: str, expected: list[tuple[str, str]]) -> None:
    """Trades of people on the spot are local people too, named with a word before that says which of them; the
    owners of a thing owned by name are that body's, no one on the spot."""
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nobody from the navy would comment when Vestervik, the island's weekly, asked about the dredging.",
         [("outlet", "Vestervik")]),
        ("The works will take a year, according to Holmgard, a regional daily.", [("outlet", "Holmgard")]),
        ("However, the regional daily did not say who would pay.", []),
        ("Brantvik, the town's biggest employer, said the jetty would stay.", []),
    ],
)
def test_an_outlet_named_before_an_apposition_saying_what_it_is(text: str, expected: list[tuple[str, str]]) -> None:
    """A name the outlet table does not know is an outlet's when an apposition closed by an outlet word says so;
    not a word opening the sentence."""
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deputy mayor told Fjordposten Kveld that the pier would be finished in May.",
         [("outlet", "Fjordposten Kveld")]),
        ("The minister told Congress that the garrison would stay.", []),
        ("Clara Vesk said the pier was safe, and the minister told Vesk that it would stay.", []),
    ],
)
def test_a_name_someone_told_that_names_no_person_or_body_is_an_outlet(text: str,
                                                                       expected: list[tuple[str, str]]) -> None:
    """A capitalised name after a verb of telling, with no masthead word, is an outlet the table does not know when
    none of its words is a role's or a body's and no speaker of the story bears it."""
    assert [s for s in _sources(text) if s[0] == "outlet"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herders near the range posted clips of the convoy on TikTok.",
         [("other", "Herders near the range"), ("social_media", "TikTok")]),
        ("Plane spotters have shared pictures of the tanker on X.",
         [("other", "Plane spotters"), ("social_media", "X")]),
        ("Pictures posted on X by spotters showed the tanker.", [("social_media", "X")]),
        ("Fishermen posted a petition on the harbour wall.", []),
    ],
)
def test_people_who_post_pictures_on_a_platform_are_other_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


def test_a_state_tied_source_named_again_keeps_its_kind() -> None:
    text = "The depot was emptied, a naval source told the Harbour Times. The source said two tugs left at dawn."
    assert [kind for kind, _ in _sources(text) if kind != "outlet"] == ["official"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Joint Estates Organisation said the hangars would be finished in May.",
         [("official", "Joint Estates Organisation")]),
        ("The runway will close in June, the Federal Procurement Organization said.",
         [("official", "Federal Procurement Organization")]),
    ],
)
def test_an_organisation_that_speaks_is_an_official_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier is a museum now, but the navy still owns the quay, and harbour officials suspect it wants the "
         "berth back one day.",
         [("official", "harbour officials")]),
        ("Talks stalled in May. Norwegian diplomats privately worry that the lease will lapse.",
         [("official", "Norwegian diplomats")]),
        ("Estonian officials have said little about the second depot.", []),
        ("The brigade met commanders of the garrison. They said the depot was full.", []),
    ],
)
def test_official_groups_who_speak_are_official_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Chilean daily reported that the frigate had sailed.", []),
        ("Our magazine asked the navy for comment but had no reply.", []),
        ("A Hamas-owned television channel said the harbour had reopened.",
         [("outlet", "Hamas-owned television channel")]),
    ],
)
def test_an_outlet_named_by_kind_is_no_article_demonym_or_description(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # The full pipeline: its places layer says 'Chilean' is a demonym, not a name.
    assert [(s["kind"], s["name"]) for s in extract(text)["sources"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Source reported that the pier was new.", [("outlet", "Harbour Source")]),
        ("The Antigua and Barbuda Sentinel reported that the pier was new.",
         [("outlet", "Antigua and Barbuda Sentinel")]),
        ("A military source said the pier was new.", [("official", "military source")]),
        # 'and' joining the last two names joins two reporters, no masthead
        ("Norway and Denmark reported that the frigates had left.", []),
        ("Olsen and Berg reported that the frigates had left.", []),
    ],
)
def test_a_masthead_ending_in_source_or_joined_by_and_reports(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s["kind"], s["name"]) for s in extract(text)["sources"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The runway is finished," the mayor told the Lagoon Gazette.', [("outlet", "Lagoon Gazette")]),
        ("The colonel said in an interview with Atoll FM that the patrols would go on.", [("outlet", "Atoll FM")]),
        ("The mayor told the Gazette that the runway was finished.", []),
        ("The admiral told the Senate Armed Services Committee that the dock was late.", []),
    ],
)
def test_an_outlet_someone_told_is_a_source(text: str, expected: list[tuple[str, str]]) -> None:
    outlets = [(s["kind"], s["name"]) for s in extract(text)["sources"] if s["kind"] == "outlet"]
    assert outlets == expected


def test_the_article_s_own_publisher_told_is_no_source() -> None:
    text = "The mayor told the Lagoon Gazette that the runway was finished."
    def outlets(publisher: str) -> list[str]:
        return [s["name"] for s in extract(text, publisher=publisher)["sources"] if s["kind"] == "outlet"]

    assert outlets("The Lagoon Gazette") == []
    assert outlets("Reef Radio") == ["Lagoon Gazette"]


def test_article_taken_off_as_the_pattern_takes_it_off() -> None:
    # `_without_article` tells by string tests what `_LEADING_ARTICLE.sub` takes off: an opening article in any case
    # with the white space after it, nothing else ('thes', 'the-', a name), and 'thıs' (a case-blind 'i') as the
    # pattern reads it
    for text in ["the navy", "The  Navy", "THESE\tofficials", "a spokesman", "An envoy", "an", "the", "thes navy",
                 "the-navy", "theatre staff", "Anna Roe", "th\u0131s office", "the\u00a0navy", " the navy", "",
                 "these", "this ministry", "Ankara"]:
        assert _without_article(text) == _LEADING_ARTICLE.sub("", text), text


def test_openers_read_past_ascii_as_the_pattern_reads_them() -> None:
    # `_at_openers` tries the pattern only where an opener starts, in the sentence's lower case even past ASCII: it
    # finds what a scan of the whole sentence finds, and leaves a sentence with a letter a case-blind pattern takes for
    # an ASCII one ('\u0131') to the scan
    for text in ["\u201cVideos on social media\u201d show the caf\u00e9 burning.",
                 "Footage from SOCIAL MEDIA and photos on social media, the army\u2019s own, showed it.",
                 "V\u0131deos on social media showed the base.",
                 "Pictures from social media \u2014 and \u00e9t\u00e9 photos."]:
        found = _at_openers(text, [(0, len(text))], _SOCIAL_PICTURES, _SOCIAL_PICTURES_OPENERS, folded=True)
        assert [m.span() for m in found] == [m.span() for m in _SOCIAL_PICTURES.finditer(text)], text
        assert found, text
