"""Sources the outlet table names: national agencies, regional papers, think tanks, imagery firms, platforms
and trackers, in the written forms reporters use, and no ordinary word among them."""

from __future__ import annotations

import re

import pytest

from basewatch.data import table
from basewatch.extract import extract
from basewatch.extract.claims import Claims
from basewatch.extract.normalize import make_doc
from basewatch.extract.sources import Sources
from basewatch.model import Doc

_CLAIMS = Claims()
_SOURCES = Sources()


def _sources(text: str) -> list[tuple[str, str]]:
    doc: Doc = _SOURCES(_CLAIMS(make_doc(text)))
    return [(s.kind, s.name) for s in doc.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The corvette docked at the naval base on Monday, KUNA reported.", ("outlet", "Kuwait News Agency")),
        ("Two tankers landed at the air base, the Emirati agency WAM said.", ("outlet", "Emirates News Agency")),
        ("The brigade left the garrison last week, according to dpa.", ("outlet", "Deutsche Presse-Agentur")),
        ("The hangar was completed in June, Jiji Press reported.", ("outlet", "Jiji Press")),
        ("The pier is 300 metres long, the Vietnam News Agency said.", ("outlet", "Vietnam News Agency")),
        ("Engineers resurfaced the runway, Armenpress reported on Friday.", ("outlet", "Armenpress")),
        ("The drills ended on Sunday, according to Ukrainska Pravda and UNIAN.",
         ("outlet", "UNIAN")),
        ("The garrison was reinforced, the Chosun Ilbo reported, citing military officials.",
         ("outlet", "Chosun Ilbo")),
        ("The airfield was expanded, Okinawa Times said.", ("outlet", "Okinawa Times")),
        ("The base hosts four drones, according to analysts at the Hudson Institute.", ("expert", "Hudson Institute")),
        ("Pictures taken by ICEYE showed new revetments at the airfield.", ("imagery", "ICEYE")),
        ("The governor wrote on WhatsApp that the port would reopen.", ("social_media", "WhatsApp")),
        ("Data from Kpler showed the tanker loading at the terminal.", ("other", "Kpler")),
    ],
)
def test_listed_sources_are_found_by_any_written_form(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "The windward side of the island has no harbour.",
        "A mirror and a map hung in the hall; the insider knew the route.",
        "Discord among the allies grew as the threads of the deal came apart.",
        "The convoy left at dawn in 1945 and reached the depot by noon.",
    ],
)
def test_ordinary_words_name_no_source(text: str) -> None:
    assert _sources(text) == []


def test_every_written_form_is_capitalised_or_spelt_like_a_name() -> None:
    # A form the table matches case-sensitively must not be a plain lower-case word, nor digits alone (a year);
    # an agency may style its initials small ('dpa').
    for row in table("outlets.tsv"):
        for form in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert not re.fullmatch(r"[a-z]{4,}|\d+", form), form


@pytest.mark.parametrize(
    "text",
    [
        "HARBOURTOWN (Reuters) Engineers lengthened the runway at the island's airfield.",
        "The hangars stood empty. (Jane Roe/Reuters) Engineers lengthened the runway.",
        "Engineers lengthened the runway. By Jane Roe and Sam Poe, The Canadian Press.",
        "AFP/Sam Poe. Engineers lengthened the runway at the island's airfield.",
    ],
)
def test_bylines_and_picture_credits_are_no_cited_source(text: str) -> None:
    assert [s for s in _sources(text) if s[0] == "outlet"] == []


def test_an_agency_in_brackets_mid_sentence_is_cited() -> None:
    assert ("outlet", "Reuters") in _sources("The runway was lengthened in May (Reuters reported) and reopened.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reinforcements will land at the airfield next week, the prefecture said on Friday.",
         ("official", "prefecture")),
        ("According to the prefecture, the gendarmes' new hangar opens in May.", ("official", "prefecture")),
        ("Two officers were wounded at the post, the Royal Solomon Islands Constabulary said.",
         ("official", "Royal Solomon Islands Constabulary")),
        ("The tanker took on fuel at the quay, the harbour captaincy said.", ("official", "harbour captaincy")),
        ("The transport will stay at the airport until Friday, the Canadian consulate in Hobart said.",
         ("official", "Canadian consulate in Hobart")),
        ("Stones were thrown at the border post, the Government Delegation in Melilla said.",
         ("official", "Government Delegation in Melilla")),
    ],
)
def test_state_offices_named_by_a_less_common_head_word_are_official(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sources(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A signals troop will be posted to the atoll in May, according to a notice sent to households.",
         ("official", "notice sent to households")),
        ("The wharf is to be finished by 2027, according to a notice published by the Fiji government.",
         ("official", "Fiji government")),
        ("The slipway will be rebuilt next year, according to a circular issued by the navy.", ("official", "navy")),
        ("Dredging starts in June, according to a document lodged with the harbour board on Monday.",
         ("official", "document lodged with the harbour board on Monday")),
    ],
)
def test_a_paper_cited_by_itself_names_its_issuer_or_how_it_went_out(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sources(text)


def test_a_bare_paper_named_before_is_not_cited_again() -> None:
    text = "The navy published a notice on Monday. The pier will be rebuilt, according to the notice."
    assert all("notice" not in name for _, name in _sources(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The garrison moved to the coast in July, Caribnieuws reported.", ("outlet", "Caribnieuws")),
        ("A second hangar is planned, the Tobago Clarion reported on Monday.", ("outlet", "Tobago Clarion")),
        ("The barracks will be rebuilt, reported the Salzburger Abendblatt.", ("outlet", "Salzburger Abendblatt")),
        ("A general inspected the site, according to the Esch Tageblatt.", ("outlet", "Esch Tageblatt")),
    ],
)
def test_a_name_no_word_of_which_is_known_that_reports_is_an_outlet(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters attacked the post of Mandera, killing a guard, reported the daily Nation.",
        "A drill was held, according to Ruslan Abenov.",
        "The patrol boat sank, Kenya reported.",
        "Ingrid Solberg, who covers defence, said the jets left. Solberg reported the base was empty.",
    ],
)
def test_places_people_and_named_papers_reporting_are_no_unknown_outlet(text: str) -> None:
    assert all(s["rule"] != "sources:reporting-name" for s in extract(text)["sources"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy is dredging a channel that officials say will let frigates berth at the quay.",
         ("official", "officials")),
        ("They met at a depot outside Nis, which Western diplomats have long suspected of storing drones.",
         ("official", "Western diplomats")),
        ("A corvette visited the port, a gesture that Chilean diplomats described as overdue.",
         ("official", "Chilean diplomats")),
    ],
)
def test_officials_who_speak_inside_a_relative_clause_are_cited(text: str, expected: tuple[str, str]) -> None:
    assert expected in _sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pier that officials visited on Monday was built in 1990.",
        "Officials who toured the base left on Friday.",
        "It is a decision which the officials of the port made alone.",
    ],
)
def test_officials_in_a_relative_clause_without_a_reporting_verb_are_not_cited(text: str) -> None:
    assert all(s.rule != "sources:relative-group" for s in _SOURCES(_CLAIMS(make_doc(text))).sources)
