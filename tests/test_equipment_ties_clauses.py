"""Kit tied across clauses by 'there', kit whose origin is another designation's, a range named by the mention, and a
purpose still looked into."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facility_equipment


def equipment(pipeline: Any, text: str) -> dict[str, list[str]]:
    return facility_equipment(pipeline, text, published="2025-01-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'there' in a later clause stands for the facility named before it in the sentence
        ("At the Kamina air base, engineers have been resurfacing the runway since June, and the air force flew four "
         "Mi-24 gunships there last week.", {"Kamina air base": ["Mi-24"]}),
        ("French marines spent a week at the Agadez airfield, while two Czech L-159 jets landed there in May.",
         {"Agadez airfield": ["L-159"]}),
        ("Engineers lengthened the runway at the Ngerengere air base last year, but Chinese-made K-8 trainers have "
         "flown there since 2010.", {"Ngerengere air base": ["K-8"]}),
        # a facility set in a description of another only places it: 'there' is the other
        ("Kenya opened the Wajir air base in 2024. The base, on the eastern edge of Wajir International Airport, will "
         "house Z-9 helicopters; a third Z-9 is due there in June.",
         {"Wajir air base": ["Z-9"], "Wajir International Airport": []}),
    ],
)
def test_there_across_clauses(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "facility", "kit"),
    [
        ("Officials said an Il-78 tanker from the Engels air base had refuelled Tu-22M3 bombers over the Caspian Sea.",
         "Engels Air Base", ["Il-78"]),
        ("Witnesses said a C-295 from the Tamale air base dropped supplies to Mi-17 crews near the border.",
         "Tamale air base", ["C-295"]),
    ],
)
def test_origin_of_another_designation(pipeline: Any, text: str, facility: str, kit: list[str]) -> None:
    assert equipment(pipeline, text)[facility] == kit


def test_range_named_by_the_mention(pipeline: Any) -> None:
    # the facility's own name is the air base's, the mention the range's: kit fired there trains there
    text = "Crews from the Lielvarde air base fired Stinger missiles at the Lielvarde range last week."
    assert equipment(pipeline, text) == {"Lielvarde Air Base": ["Stinger"]}


@pytest.mark.parametrize(
    "text",
    [
        "Ankara surveyed the Jufra air base last month with a view to deploying Akıncı drones there.",
        "The navy studied the Sattahip naval base with a view to basing its P-8A aircraft at the site.",
    ],
)
def test_purpose_looked_into_is_no_tie(pipeline: Any, text: str) -> None:
    assert all(kit == [] for kit in equipment(pipeline, text).values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a settlement or feature word between the preposition and the facility still places it
        ("The air force flew six K-8 trainers from the Ngerengere air base to the island of Pemba airfield last month.",
         {"Ngerengere air base": ["K-8"], "Pemba airfield": ["K-8"]}),
        ("Cuba moved two Mi-17 helicopters from the San Antonio air base to the town of Holguin air station in May.",
         {"San Antonio air base": ["Mi-17"], "Holguin air station": ["Mi-17"]}),
        # a regular stop, a stopover, a place kit reached
        ("Masirah island's air base has become a regular stop for US Navy P-8A patrol aircraft.",
         {"Masirah Air Base": ["P-8A"]}),
        ("The Seeb air base is now a stopover for RAF Voyager tankers heading east.", {"Seeb air base": ["A330 MRTT"]}),
        ("Around 200 Dutch soldiers with CV90 fighting vehicles reached the Pabrade training area on Sunday.",
         {"Pabrade Training Area": ["CV90"]}),
    ],
)
def test_tie_cues_and_placing_words(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'there' two sentences on, past one naming no facility nor place
        ("Across the bay, the Lungi air base reopened in June after repairs. Passengers still cross by ferry. The air "
         "wing keeps its only Mi-17 there.", {"Lungi air base": ["Mi-17"]}),
        ("The Kamina air base reopened in June. Its runway is now 2,600 metres long. Four Su-25 jets are kept there.",
         {"Kamina air base": ["Su-25"]}),
        # ... not past a place named in between
        ("The Kamina air base reopened in June. The army later moved troops to Kolwezi. It keeps four Mi-24 gunships "
         "there.", {"Kamina air base": []}),
    ],
)
def test_there_two_sentences_on(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list whose preposition is said again shares the kit
        ("The government deployed HIMARS launchers to the Tapa army base and to the Adazi training area.",
         {"Tapa Army Base": ["HIMARS"], "Adazi Military Base": ["HIMARS"]}),
        ("The army sent CV90 vehicles to the Rukla garrison and to the Pabrade training area in May.",
         {"Rukla Military Base": ["CV90"], "Pabrade Training Area": ["CV90"]}),
        # 'out of' places kit at a facility as 'from' does
        ("C-17 transports have been flying in and out of the Ramstein air base all week.",
         {"Ramstein Air Base": ["C-17"]}),
    ],
)
def test_repeated_preposition_and_out_of(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "facility", "kit"),
    [
        # kit that came 'in from' a facility came to the one the sentence before told of
        ("Engineers finished a new apron at the Amari air base in May. Four Spanish Eurofighter jets were also flown "
         "in from the Torrejon air base last week.", "Amari Air Base", ["Eurofighter Typhoon"]),
        ("The Rovaniemi air base hosted the drill. Some 20 US F-16 fighters rotated in from the Spangdahlem air base "
         "for it.", "Rovaniemi Air Base", ["F-16"]),
        # ... not when the sentence names where it went
        ("The Rovaniemi air base hosted the drill. Some 20 US F-16 fighters rotated in from the Spangdahlem air base "
         "to the Kallax air base.", "Rovaniemi Air Base", []),
    ],
)
def test_came_in_from(pipeline: Any, text: str, facility: str, kit: list[str]) -> None:
    assert equipment(pipeline, text)[facility] == kit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'shelters' as a verb of housing
        ("The Bechar air base shelters a squadron of Su-24 bombers.", {"Bechar air base": ["Su-24"]}),
        # kit flown in from a base it then left for another keeps the first as its home
        ("Six Rafale jets were flown in from the Saint-Dizier air base and spent a week at the Tanagra air base.",
         {"Saint-Dizier Air Base 113": ["Rafale"], "Tanagra Air Base": ["Rafale"]}),
        ("Two Hawk trainers were also shipped in from the Valley air base and stayed at the Kemble airfield.",
         {"Valley air base": ["Hawk"], "Kemble airfield": ["Hawk"]}),
    ],
)
def test_sheltered_and_flown_in_from(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "facility", "kit"),
    [
        # kit a drill told of before included took part in it where the text placed it
        ("Egyptian and Saudi pilots trained at the Berenice air base in May. The exercise, which ran for ten days, "
         "included Rafale and F-15SA jets.", "Berenice Military Base", ["Rafale", "F-15SA"]),
        ("Russian troops held drills at the Kant air base last week. The drills involved Su-25 jets and Mi-8 "
         "helicopters.", "Kant Air Base", ["Su-25", "Mi-8"]),
        # ... not what a deal included
        ("Officials visited the Krzesiny air base in March. The deal, signed later that month, included 32 F-35A jets.",
         "Poznan-Krzesiny Air Base", []),
    ],
)
def test_kit_an_exercise_included(pipeline: Any, text: str, facility: str, kit: list[str]) -> None:
    assert equipment(pipeline, text)[facility] == kit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the later stops of a route the kit flew
        ("The Su-35 fighters flew to the Shayrat air base, where they refuelled, before landing at the T4 air base.",
         {"Shayrat Air Base": ["Su-35"], "Tiyas Air Base": ["Su-35"]}),
        ("F-16 fighters flew to the Lask air base before the Krzesiny air base was repaired.",
         {"Lask Air Base": ["F-16"], "Poznan-Krzesiny Air Base": []}),
    ],
)
def test_later_stops_of_a_route(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


def test_listed_kit_shares_its_ties(pipeline: Any) -> None:
    text = ("The drills brought 3,000 troops to the Adazi training area, and Leopard 2 tanks and CV90 vehicles were "
            "shipped in for them.")
    assert sorted(equipment(pipeline, text)["Adazi Military Base"]) == ["CV90", "Leopard 2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a facility that fires the kit holds it; kit fired at a facility does not
        ("The Deveselu base, near the town of Caracal, is run by the US Navy and fires SM-3 interceptors.",
         {"Aegis Ashore Deveselu": ["SM-3"]}),
        ("The cruiser fires Kalibr missiles at the Ochakiv naval base every week.", {"Ochakiv Naval Base": []}),
    ],
)
def test_fires(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "facility", "kit"),
    [
        # kit from another base that arrives with no place said arrives where the text was
        ("The Leeuwarden air base will host the drill from March 23. A squadron of F-15E jets from RAF Lakenheath is "
         "due to arrive on March 20.", "Leeuwarden Air Base", ["F-15E"]),
        # ... not when it arrives somewhere named
        ("The Leeuwarden air base will host the drill from March 23. A squadron of F-15E jets from RAF Lakenheath is "
         "due to arrive in Norway on March 20.", "Leeuwarden Air Base", []),
    ],
)
def test_arrives_from_another_base(pipeline: Any, text: str, facility: str, kit: list[str]) -> None:
    assert equipment(pipeline, text)[facility] == kit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force acquiring kit says nothing of where it is
        ("Rebels shelled the Goma airport last week. The army had received Chinese-made CH-4 drones through a broker "
         "in 2023.", {"Goma airport": []}),
        # ... kit arriving with no place said is still at the facility told of before
        ("The Kamina air base reopened in May. Six Su-25 jets arrived in June.", {"Kamina air base": ["Su-25"]}),
    ],
)
def test_force_acquiring_kit(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place others came from is not the home of kit joined after it
        ("Crews from the Namest air base and a Slovak Mi-17 team held rescue drills over the lake last week.",
         {"Namest air base": []}),
        ("Troops from the Tapa army base and two Polish Leopard 2 tanks took part in the drill.",
         {"Tapa Army Base": []}),
        # ... a place fronted before the kit still is
        ("From the Lask air base, F-16 fighters flew to the Baltic coast.", {"Lask Air Base": ["F-16"]}),
    ],
)
def test_origin_of_a_conjunct(pipeline: Any, text: str, expected: dict[str, list[str]]) -> None:
    assert equipment(pipeline, text) == expected
