"""Facilities: catalog and pattern mentions, operator vs host vs tenants, coreference, runways, equipment ties."""

from __future__ import annotations

from typing import Any

import pytest

from basewatch.data import table
from basewatch.extract.facilities import Facilities
from basewatch.extract.normalize import make_doc
from basewatch.model import Doc, EquipmentMention, PlaceMention, Quantity
from event_rows import events
from spans import check_spans


def facilities(pipeline: Any, text: str, published: str = "2021-03-01") -> dict[str, dict[str, Any]]:
    result = pipeline.extract(text, published=published)
    check_spans(text, result)
    return {f["id"]: f for f in result["facilities"]}


@pytest.mark.parametrize(
    ("text", "fid", "operator", "country", "tenants"),
    [
        ("US F-15E jets landed at Incirlik Air Base in southern Turkey on Monday.", "incirlik", "TR", "TR", ["US"]),
        ("Britain sent Typhoon jets to Al Udeid in Qatar.", "al_udeid", "QA", "QA", ["US", "GB"]),
        ("Camp Lemonnier in Djibouti hosts about 4,000 American personnel.", "camp_lemonnier", "US", "DJ", []),
        ("Cambodia denied that Ream Naval Base would host foreign warships.", "ream", "KH", "KH", ["CN"]),
        ("Italian and American F-35s share the runway at Aviano.", "aviano", "IT", "IT", ["US"]),
        ("A Chinese frigate visited the Хмеймим base.", "hmeimim", "RU", "SY", []),
    ],
)
def test_operator_differs_from_host(pipeline: Any, text: str, fid: str, operator: str, country: str,
                                    tenants: list[str]) -> None:
    fac = facilities(pipeline, text)[fid]
    assert (fac["operator"], fac["country"], fac["tenants"]) == (operator, country, tenants)
    assert fac["geo_precision"] == "facility" and fac["lat"] is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's PLA Support Base sits a few kilometres west of Camp Lemonnier, the American base in Djibouti.",
         {"pla_djibouti": "CN", "camp_lemonnier": "US"}),
        ("Russian military police set up a base at Qamishli airport, while US troops used a separate outpost "
         "near Qamishli.", {"qamishli": "SY", "qamishli-outpost": "US"}),
    ],
)
def test_two_facilities_share_a_town(pipeline: Any, text: str, expected: dict[str, str | None]) -> None:
    found = facilities(pipeline, text)
    assert {fid: f["operator"] for fid, f in found.items()} == expected


@pytest.mark.parametrize(
    ("text", "name", "kind", "operator"),
    [
        ("Turkish troops reinforced the Bamerni airfield in northern Iraq last year.", "Bamerni airfield", "airfield",
         "TR"),
        ("The Pentagon is building a 10,000-foot runway at a new base in Ras Lanuf.", "Ras Lanuf base", "base", "US"),
        ("Fighters tried to seize the Jabal Harb gas processing plant.", "Jabal Harb gas processing plant", "plant",
         None),
        ("A convoy reached the US military base in al Shaddadi area.", "al Shaddadi base", "base", "US"),
    ],
)
def test_named_by_pattern(pipeline: Any, text: str, name: str, kind: str, operator: str | None) -> None:
    [fac] = facilities(pipeline, text).values()
    assert (fac["name"], fac["kind"], fac["operator"]) == (name, kind, operator)


@pytest.mark.parametrize(
    "text",
    [
        "The US has a base in the area.",
        "Their bases in Iraq and the Gulf were on alert.",
        "Aircraft could strike without flying from remote air bases.",
        "The new base is not far from a base that the army established years ago.",
        "Washington is establishing new air bases in the region.",
    ],
)
def test_no_facility_for_vague_mentions(pipeline: Any, text: str) -> None:
    assert facilities(pipeline, text) == {}


@pytest.mark.parametrize(
    ("text", "fid", "anaphor"),
    [
        ("Russia is expanding Nagurskoye air base. The base now has a 3,500-metre runway.", "nagurskoye", "The base"),
        ("Work continues at Shaykovka. Tu-22M3 bombers use the airfield daily.", "shaykovka", "the airfield"),
        ("Engineers visited Kadena Air Base. Later the airfield was closed for repairs.", "kadena", "the airfield"),
        ("Analysts call Hmeimim the heart of the mission, and through it Moscow projects power.", "hmeimim", "it"),
        # a determiner two words before the one that opens the noun phrase ('the minister of the navy toured the
        # base') does not hide it
        ("Ostland keeps two patrol boats at Kestrel naval base. The minister of the navy toured the base on Friday.",
         "kestrel-naval-base", "the base"),
    ],
)
def test_coreference(pipeline: Any, text: str, fid: str, anaphor: str) -> None:
    found = facilities(pipeline, text)
    surfaces = [text[s:e] for s, e in found[fid]["mentions"]]
    assert anaphor in surfaces


def test_anaphor_joins_the_runway_to_the_facility(pipeline: Any) -> None:
    text = "Russia is expanding Nagurskoye air base. The base now has a 3,500-metre runway."
    [runway] = facilities(pipeline, text)["nagurskoye"]["runways"]
    assert runway["length_m"] == 3500


@pytest.mark.parametrize(
    ("text", "fid", "expected"),
    [
        ("Engineers lengthened the runway at Nagurskoye air base from 2,500 to 3,500 metres in 2019.", "nagurskoye",
         [(2500, "previous", None), (3500, "extended", "2019")]),
        ("Satellite images show a new runway at Kharab al-Jir. The 1,800-meter runway was completed in May 2020.",
         "kharab_al_jir", [(1800, "completed", "2020-05")]),
        ("The US is building a runway of about 1,000 meters at a new base near Ras Lanuf.", "ras-lanuf-base",
         [(1000, "under construction", None)]),
        ("Russia has rebuilt the runway at the Hmeimim base.", "hmeimim", [(None, "rebuilt", None)]),
    ],
)
def test_runways(pipeline: Any, text: str, fid: str, expected: list[tuple[float | None, str, str | None]]) -> None:
    runways = facilities(pipeline, text)[fid]["runways"]
    assert [(r["length_m"], r["status"], r["date"]) for r in runways] == expected


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("The Varnak air base has a 1,800-metre runway that the air force means to extend to 2,400 metres.",
         [1800, 2400]),
        ("Under the plan, the 1,600-metre runway at the Varnak air base is being lengthened to some 2,200 metres.",
         [1600, 2200]),
        # a later length with no verb of extending is no length the runway is to reach
        ("The 1,800-metre runway at the Varnak air base ends 2,400 metres from the sea.", [1800]),
    ],
)
def test_a_measured_runway_extended_to_a_later_length_has_both(pipeline: Any, text: str,
                                                                 lengths: list[float]) -> None:
    runways = facilities(pipeline, text)["varnak-air-base"]["runways"]
    assert [r["length_m"] for r in runways] == lengths


def test_runway_qualifier_is_approximate(pipeline: Any) -> None:
    text = "The US is building a runway of about 1,000 meters at a new base near Ras Lanuf."
    [runway] = facilities(pipeline, text)["ras-lanuf-base"]["runways"]
    assert runway["approx"] is True and runway["qualifier"] == "about"


@pytest.mark.parametrize(
    ("text", "fid", "equipment"),
    [
        ("Russia deployed Su-35 fighters to Hmeimim air base in March 2021.", "hmeimim", ["Su-35"]),
        ("Two MQ-9 drones are based at Chabelley.", "chabelley", ["MQ-9"]),
        ("An Su-34 flew over Moscow while Aviano prepared for an exercise.", "aviano", []),
    ],
)
def test_equipment_tie(pipeline: Any, text: str, fid: str, equipment: list[str]) -> None:
    assert facilities(pipeline, text)[fid]["equipment"] == equipment


def test_capability_classes_are_not_designations(pipeline: Any) -> None:
    text = ("The US is building a runway at the al Shaddadi base. The base will be able to receive transport "
            "helicopters and tactical attack aircraft.")
    fac = facilities(pipeline, text)["shaddadi"]
    assert fac["equipment"] == []
    assert fac["capabilities"] == ["transport helicopters", "tactical attack aircraft"]


def test_mentions_merge_and_aliases_are_surface_forms(pipeline: Any) -> None:
    text = "Russia is fortifying Hmeimim air base. Bombers will use the Hmeimim base. Khmeimim is near Latakia."
    fac = facilities(pipeline, text)["hmeimim"]
    assert {"Hmeimim air base", "Hmeimim base", "Khmeimim"} <= set(fac["aliases"])
    assert len(fac["mentions"]) == 3


# Hand-built documents: the facility component alone, with the layers it reads set by hand.
def _doc(text: str) -> Doc:
    return make_doc(text, published="2022-06-01")


def test_hand_built_doc_places_a_facility_by_its_town() -> None:
    doc = _doc("Engineers finished a new base near Tabqa last spring.")
    start = doc.norm.index("Tabqa")
    doc.places.append(PlaceMention((start, start + 5), "Tabqa", "SY", "city", "Raqqa", 35.84, 38.55))
    [fac] = Facilities()(doc).facilities
    assert (fac.name, fac.country, fac.admin1, fac.geo_precision, fac.lat) == ("Tabqa base", "SY", "Raqqa", "town",
                                                                                35.84)


def test_hand_built_doc_runway_and_equipment() -> None:
    doc = _doc("Two Tu-95MS bombers landed at Engels air base, whose 3,500 m runway was resurfaced.")
    pos = doc.norm.index("Tu-95MS")
    doc.equipment.append(EquipmentMention((pos, pos + 7), "Tu-95MS", cls="strategic bomber"))
    pos = doc.norm.index("3,500 m")
    doc.quantities.append(Quantity((pos, pos + 7), 3500, "m", 3500, "m", None, "length"))
    [fac] = Facilities()(doc).facilities
    assert fac.id == "engels" and fac.equipment == ["Tu-95MS"]
    assert [(r.length_m, r.status) for r in fac.runways] == [(3500, "rebuilt")]


def test_no_coordinates_are_invented() -> None:
    doc = _doc("Militia fighters attacked the Jabal Harb gas plant.")
    [fac] = Facilities()(doc).facilities
    assert (fac.lat, fac.lon, fac.geo_precision, fac.country) == (None, None, None, None)


def test_catalog_is_well_formed() -> None:
    rows = table("installations.tsv")
    assert len(rows) >= 300
    kinds = {"air base", "naval base", "base", "airfield", "outpost", "port", "plant", "field", "other"}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["kind"] in kinds, row["id"]
        assert row["bare"] in ("y", "n"), row["id"]
        assert all(len(code) == 2 and code.isupper() for code in row["tenants"].split("|") if code), row["id"]
        assert (row["lat"] == "") == (row["lon"] == ""), row["id"]
        if row["lat"]:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row["id"]


@pytest.mark.parametrize(
    ("text", "fid", "lengths"),
    [
        ("Its airstrip, nearly 2,700 metres long, is on Woody Island.", "woody_island", [2700]),
        ("Andersen Air Force Base has two runways of about 3,400 metres.", "andersen", [3400]),
        ("Fiery Cross Reef has runways. The runways are busy.", "fiery_cross", []),
    ],
)
def test_airstrips_and_plural_runways(pipeline: Any, text: str, fid: str, lengths: list[float]) -> None:
    runways = facilities(pipeline, text)[fid]["runways"]
    assert [r["length_m"] for r in runways if r["length_m"] is not None] == lengths


def test_bare_name_counts_once_the_base_is_named(pipeline: Any) -> None:
    text = "Bombers returned to Olenya air base. Images show four Tu-22M3 bombers on the apron at Olenya."
    fac = facilities(pipeline, text)["olenya"]
    assert len(fac["mentions"]) == 2 and fac["equipment"] == ["Tu-22M3"]


def test_bare_name_alone_is_not_a_base(pipeline: Any) -> None:
    assert "olenya" not in facilities(pipeline, "The train stopped at Olenya for an hour.")


def test_sentence_opening_it_joins_the_facility(pipeline: Any) -> None:
    text = "Vance flew to Pituffik Space Base on Friday. It was built in 1951 under a defence agreement."
    assert ("construction", "pituffik", "US", "1951") in events(pipeline, text, published="2025-03-29")


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Polish F-16s flew from the Krzesiny air base near Poznan.", "PL"),
        ("A new base near Tabqa was photographed.", None),
    ],
)
def test_host_runs_its_own_air_base(pipeline: Any, text: str, operator: str | None) -> None:
    [fac] = facilities(pipeline, text).values()
    assert fac["operator"] == operator


@pytest.mark.parametrize(
    ("text", "fid", "operator", "tenants"),
    [
        ("Roughly 10,000 American troops are based at Al Udeid.", "al_udeid", "QA", ["US", "GB"]),
        ("Russian military police set up a base at Qamishli airport.", "qamishli", "SY", ["RU"]),
        # A force that left runs nothing there: the base is the host's again.
        ("French troops left the Faya-Largeau base in Chad.", "faya-largeau-base", "TD", []),
        ("Italian troops train at Lask air base.", "lask", "PL", ["US", "IT"]),
    ],
)
def test_forces_in_text_become_tenants_or_garrison(pipeline: Any, text: str, fid: str, operator: str,
                                                   tenants: list[str]) -> None:
    fac = facilities(pipeline, text)[fid]
    assert (fac["operator"], fac["tenants"]) == (operator, tenants)


@pytest.mark.parametrize(
    "text",
    [
        "Россия расширяет авиабазу Хмеймим в Сирии.",
        "وسعت روسيا قاعدة حميميم الجوية في سوريا.",
        "Moscow flew more jets to Khmeimim airbase.",
        "The Humaymim base was hit.",
    ],
)
def test_aliases_in_any_script(pipeline: Any, text: str) -> None:
    assert "hmeimim" in facilities(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "RAF Typhoons flew over the island's 2,000-metre airport runway.",
        "The Republican base turned out in force.",
        "Mysterious air base imagery appeared online.",
    ],
)
def test_no_facility_from_measures_aircraft_or_common_words(pipeline: Any, text: str) -> None:
    assert facilities(pipeline, text) == {}


def test_there_after_a_basing_verb_is_the_facility(pipeline: Any) -> None:
    text = "Russian jets have flown from Hmeimim air base since 2015. Su-34 fighter-bombers are based there."
    assert facilities(pipeline, text)["hmeimim"]["equipment"] == ["Su-34"]


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Britain handed its base at Basra over to Iraqi forces in 2007.", "GB"),
        ("The Indonesian navy's base at Natuna was expanded last year.", "ID"),
    ],
)
def test_possessive_names_the_operator(pipeline: Any, text: str, operator: str) -> None:
    [fac] = facilities(pipeline, text).values()
    assert fac["operator"] == operator


def test_island_in_the_name_gives_the_host(pipeline: Any) -> None:
    [fac] = facilities(pipeline, "A radar station on Socotra Island opened.").values()
    assert (fac["country"], fac["operator"]) == ("YE", "YE")


@pytest.mark.parametrize(
    ("text", "fid"),
    [
        ("The fleet's main naval base in Sevastopol Bay was struck by drones.", "sevastopol"),
        ("Drones struck the Black Sea Fleet headquarters on Friday.", "black_sea_fleet_hq"),
        ("Two Chinese ships were moored at the Doraleh Container Terminal.", "doraleh_ct"),
    ],
)
def test_catalog_reached_through_place_and_new_rows(pipeline: Any, text: str, fid: str) -> None:
    assert fid in facilities(pipeline, text)


def test_town_stands_for_its_one_base(pipeline: Any) -> None:
    text = "The Bullsbrook air base is near Perth. Singaporean F-16 fighters landed at Bullsbrook on Friday."
    assert facilities(pipeline, text)["bullsbrook-air-base"]["equipment"] == ["F-16"]


def test_equipment_moved_onto_a_list_of_facilities(pipeline: Any) -> None:
    found = facilities(pipeline, "Chinese J-11 fighters were flown to Subi Reef and Mischief Reef.")
    assert (found["subi"]["equipment"], found["mischief"]["equipment"]) == (["J-11"], ["J-11"])


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # an island the gazetteer knows the division of places a facility the text ties to it ...
        ("Japan will build a new radar station on Tanegashima.", "Kagoshima Prefecture"),
        # ... or names after it, where nothing else in the text gives a division
        ("Engineers from Australia will lengthen the runway at Lord Howe Island Airport, in Australia, next year.",
         "New South Wales"),
        ("The Russian navy will reopen the Paramushir naval base in Russia next year.", "Sakhalin Oblast"),
        # ... by the island's name without its island word
        ("Russian engineers will lengthen the runway at Bering Airport in Russia next year.", "Kamchatka Krai"),
    ],
)
def test_island_gives_its_division(pipeline: Any, text: str, admin1: str) -> None:
    assert [f["admin1"] for f in facilities(pipeline, text).values()] == [admin1]


@pytest.mark.parametrize(
    ("text", "fid", "admin1"),
    [
        # the catalog's division, once the text names it, over a town's guessed division
        ("US aircraft may use Basa Air Base under the accord, officials in Pampanga said.", "basa", "Pampanga"),
        ("Israeli jets struck the Tiyas air base in Homs province, near Hama.", "tiyas", "Homs"),
    ],
)
def test_catalog_admin1_named_in_text(pipeline: Any, text: str, fid: str, admin1: str) -> None:
    assert facilities(pipeline, text)[fid]["admin1"] == admin1


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        # a distance is no runway length
        ("A new airstrip opened on Agalega, an island about 1,100 km north of Port Louis.", {"agalega": [None]}),
        # a length before a comma and 'and' belongs to the clause before, not to the next runway word
        ("The runway at Woody Island is 2,000 metres long, and the airstrip on Mischief Reef runs for about "
         "2,640 metres.", {"woody_island": [2000.0], "mischief": [2640.0]}),
    ],
)
def test_runway_lengths_stay_in_their_clause(pipeline: Any, text: str, lengths: dict[str, list[float | None]]) -> None:
    found = facilities(pipeline, text)
    assert {fid: [r["length_m"] for r in found[fid]["runways"]] for fid in lengths} == lengths


@pytest.mark.parametrize(
    ("text", "fid", "equipment"),
    [
        ("Chinese Type 056 corvettes docked at the Ream Naval Base in 2023.", "ream", ["Type 056"]),
        # a guess is no tie
        ("Analysts think F-35A fighters could be based at the Borcea air base.", "fetesti", []),
        # a 'where' clause about another place
        ("The Redzikowo base lies near Kaliningrad, where Moscow has deployed Iskander-M missiles.", "redzikowo", []),
    ],
)
def test_equipment_ties_and_non_ties(pipeline: Any, text: str, fid: str, equipment: list[str]) -> None:
    assert facilities(pipeline, text)[fid]["equipment"] == equipment


@pytest.mark.parametrize(
    ("text", "fid", "operator"),
    [
        # Sudan's own base at Flamingo Bay is not Russia's planned centre at Port Sudan
        ("Sudan's navy keeps its main base at Flamingo Bay.", "flamingo_bay", "SD"),
        ("Russia wants a naval logistics centre at Port Sudan.", "port_sudan", "RU"),
        ("The Chinese base at Doraleh opened in 2017.", "pla_djibouti", "CN"),
    ],
)
def test_catalog_neighbours_kept_apart(pipeline: Any, text: str, fid: str, operator: str) -> None:
    assert facilities(pipeline, text)[fid]["operator"] == operator
