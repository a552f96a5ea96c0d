"""Resolution across articles: one facility per real base whatever the spelling, never two merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from basewatch.resolve.duplicates import similarity, sketch
from basewatch.resolve.entities import equipment_key
from basewatch.resolve.names import core, skeleton
from kb_helpers import article, claim, facility, store_all


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hmeimim air base", "Khmeimim"),
        ("Hmeimim", "Hmeymim airbase"),
        ("Hmeimim", "Humaymim"),
        ("Hmeimim", "Хмеймим"),
        ("al Shaddadi", "Ash Shaddadah"),
        ("the US military base in al Shaddadi", "Shaddadi"),
        ("Al Udeid Air Base", "al-Udaid"),
        ("Tartus naval facility", "Tartous"),
        ("İncirlik", "Incirlik Air Base"),
    ],
)
def test_spellings_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [("Hama", "Hmeimim"), ("Ream", "Rayak"), ("Tanf", "Tabqa"), ("Omar", "Conoco")])
def test_different_names_keep_apart(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("the US military base in al Shaddadi", "shaddadi"), ("Camp Lemonnier", "lemonnier"), ("Ream Naval Base", "ream")],
)
def test_core_drops_generic_words(name: str, expected: str) -> None:
    assert core(name) == expected


@pytest.mark.parametrize(("a", "b"), [("Tu-160", "TU 160"), ("Tu-22M3", "tu22m3"), ("F-16C/D", "F16 C/D")])
def test_equipment_keys(a: str, b: str) -> None:
    assert equipment_key(a) == equipment_key(b)


def _one(text: str, fid: str, name: str, aliases: list[str] | None = None, **fields: object) -> dict[str, object]:
    return article(text, "2021-03-01", [facility(text, fid, name, aliases, **fields)])


def test_transliterations_resolve_to_one_facility(tmp_path: Path) -> None:
    texts = [
        ("Russia rebuilt the runway at Hmeimim air base in Latakia.", "f1", "Hmeimim air base"),
        ("Bombers landed at Khmeimim last week, officials said.", "f1", "Khmeimim"),
        ("Satellite photos of the Hmeymim airbase show new shelters.", "f2", "Hmeymim airbase"),
        ("The Humaymim airfield hosts Russian jets.", "f1", "Humaymim airfield"),
    ]
    conn = store_all(tmp_path / "kb.db", [
        (_one(t, fid, name, country="SY", operator="RU"), t, f"outlet{i}") for i, (t, fid, name) in enumerate(texts)
    ])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 1
    rules = [r[0] for r in conn.execute("SELECT match_rule FROM sightings ORDER BY rowid")]
    assert rules[0] == "new" and set(rules[1:]) <= {"alias", "translit", "fuzzy"}


def test_two_bases_in_one_town_stay_apart(tmp_path: Path) -> None:
    one = "The US base at Camp Lemonnier in Djibouti city grew again."
    two = "China's naval support base in Djibouti opened a new pier."
    three = "Camp Lemonnier, the American base in Djibouti, hosts drones."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "f1", "Camp Lemonnier", country="DJ", operator="US", lat=11.55, lon=43.15,
              geo_precision="town"), one, "a"),
        (_one(two, "f1", "naval support base in Djibouti", kind="naval base", country="DJ", operator="CN",
              lat=11.59, lon=43.06, geo_precision="town"), two, "b"),
        (_one(three, "f1", "Camp Lemonnier", ["Camp Lemonnier", "American base in Djibouti"], country="DJ",
              operator="US"), three, "c"),
    ])
    names = sorted(r[0] for r in conn.execute("SELECT name FROM facilities"))
    assert names == ["Camp Lemonnier", "naval support base in Djibouti"]


def test_operator_veto_blocks_same_name(tmp_path: Path) -> None:
    one = "The Russian base in Deir ez-Zor was shelled."
    two = "The US base in Deir ez-Zor received helicopters."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "f1", "base in Deir ez-Zor", kind="base", country="SY", operator="RU"), one, "a"),
        (_one(two, "f1", "base in Deir ez-Zor", kind="base", country="SY", operator="US"), two, "b"),
    ])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 2
    evidence = conn.execute("SELECT match_evidence FROM sightings WHERE operator = 'US'").fetchone()[0]
    assert "operator US != RU" in evidence


def test_field_is_not_the_base_beside_it(tmp_path: Path) -> None:
    one = "Fighters tried to seize the al Omar field in 2018."
    two = "A new US base near the al Omar field has a runway."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "f1", "al Omar field", kind="field", country="SY"), one, "a"),
        (_one(two, "f1", "al Omar base", ["al Omar field"], kind="base", country="SY", operator="US"), two, "b"),
    ])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 2


def test_oil_field_folded_into_a_base_becomes_its_own_facility(tmp_path: Path) -> None:
    one = "Drones hit the Qayyarah oil field, next to the Qayyarah base, on Monday."
    two = "The Qayyarah oil field is burning again, local officials said."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "f1", "Qayyarah base", ["Qayyarah base", "Qayyarah oil field"], kind="base", country="IQ",
              operator="US"), one, "a"),
        (_one(two, "f1", "Qayyarah oil field", kind="field", country="IQ"), two, "b"),
    ])
    rows = dict(conn.execute("SELECT name, kind FROM facilities").fetchall())
    assert rows == {"Qayyarah base": "base", "Qayyarah oil field": "field"}
    spellings = {r[0] for r in conn.execute(
        "SELECT alias FROM aliases a JOIN facilities f ON f.id = a.entity_id WHERE a.entity = 'facility' "
        "AND f.kind = 'base'")}
    assert spellings == {"Qayyarah base"}
    moved = conn.execute("SELECT count(*) FROM mentions m JOIN facilities f ON f.id = m.entity_id "
                         "WHERE m.entity = 'facility' AND f.kind = 'field'").fetchone()[0]
    assert moved == 2


@pytest.mark.parametrize("name", ["Hickam Field", "Henderson Field"])
def test_a_bare_field_stays_an_airfield_name(tmp_path: Path, name: str) -> None:
    text = f"Bombers landed at {name} on Tuesday."
    conn = store_all(tmp_path / "kb.db", [(_one(text, "f1", name, kind="airfield", country="US"), text, "a")])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 1


def test_far_apart_namesakes_stay_apart(tmp_path: Path) -> None:
    one = "Work continues at Al Asad air base in Anbar."
    two = "Planes were seen at the Asad airfield near Damascus."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "f1", "Al Asad air base", lat=33.79, lon=42.44, geo_precision="facility"), one, "a"),
        (_one(two, "f1", "Asad airfield", lat=33.51, lon=36.29, geo_precision="town"), two, "b"),
    ])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 2


def test_catalog_id_joins_unlike_names(tmp_path: Path) -> None:
    one = "Aircraft left Latakia airport for the coast."
    two = "Jets returned to Hmeimim on Monday."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "hmeimim", "Hmeimim Air Base", ["Latakia airport"], country="SY"), one, "a"),
        (_one(two, "hmeimim", "Hmeimim Air Base", ["Hmeimim"], country="SY"), two, "b"),
    ])
    assert tuple(conn.execute("SELECT count(*), min(catalog_id) FROM facilities").fetchone()) == (1, "hmeimim")
    assert conn.execute("SELECT match_rule FROM sightings ORDER BY rowid").fetchall()[1][0] == "catalog"


def test_misspelt_speaker_joins_the_first(tmp_path: Path) -> None:
    one = "Joseph Trevithick said the runway was rebuilt."
    two = "According to Trevithik, the base can now take bombers."
    three = "Yuri Natkashev believes fuel is the problem."
    conn = store_all(tmp_path / "kb.db", [
        (article(one, claims=[claim(one, "Joseph Trevithick", "said", "the runway was rebuilt")]), one, "a"),
        (article(two, claims=[claim(two, "Trevithik", "according to", "the base can now take bombers")]), two, "b"),
        (article(three, claims=[claim(three, "Yuri Natkashev", "believes", "fuel is the problem", True)]), three, "c"),
    ])
    assert sorted(r[0] for r in conn.execute("SELECT name FROM speakers")) == ["Joseph Trevithick", "Yuri Natkashev"]


def test_institutions_do_not_join_by_last_word(tmp_path: Path) -> None:
    one = "The Russian Defense Ministry said the jets arrived."
    two = "The Turkish Defense Ministry said talks continue."
    conn = store_all(tmp_path / "kb.db", [
        (article(one, claims=[claim(one, "the Russian Defense Ministry", "said", "the jets arrived")]), one, "a"),
        (article(two, claims=[claim(two, "the Turkish Defense Ministry", "said", "talks continue")]), two, "b"),
    ])
    assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 2


def test_wire_copies_are_one_source() -> None:
    story = (
        "Russian engineers have finished rebuilding the western runway at the air base near Latakia. "
        "Satellite images taken in May show fresh asphalt along the full length of the strip. "
        "The work allows heavy bombers to use the base for the first time, analysts say. "
        "The ministry in Moscow did not reply to a request for comment on the works."
    )
    copy = "LATAKIA (Wire) - " + story.replace("analysts say", "analysts said") + " Reporting by staff."
    other = "A different story about a naval base in the Black Sea, with new piers and cranes being built there now."
    assert similarity(sketch(story), sketch(copy)) >= 0.5
    assert similarity(sketch(story), sketch(other)) == 0.0


def test_two_catalog_entries_never_merge(tmp_path: Path) -> None:
    one = "Rockets hit the al Omar base in Deir ez-Zor."
    two = "Drones circled the Omar base housing area, Green Village, at night."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "omar", "al Omar base", ["al Omar base"], kind="base", country="SY", operator="US"), one, "a"),
        (_one(two, "green_village", "Green Village", ["Green Village", "Omar base"], kind="outpost", country="SY",
              operator="US"), two, "b"),
    ])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 2
    evidence = conn.execute("SELECT match_evidence FROM sightings WHERE local_id = 'green_village'").fetchone()[0]
    assert "catalog entry green_village != omar" in evidence


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("the Russian Defense Ministry", "Russian Defence Ministry", True),
        ("the Pentagon", "Pentagon", True),
        ("the Russian Defence Ministry", "the Turkish Defence Ministry", False),
        ("US Central Command", "US Central Commands", True),
        ("US Central Command", "US European Command", False),
    ],
)
def test_institution_spellings(tmp_path: Path, first: str, second: str, same: bool) -> None:
    one, two = f"{first} said the jets arrived.", f"{second} said talks continue."
    conn = store_all(tmp_path / "kb.db", [
        (article(one, claims=[claim(one, first, "said", "the jets arrived")]), one, "a"),
        (article(two, claims=[claim(two, second, "said", "talks continue")]), two, "b"),
    ])
    assert (conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 1) == same


@pytest.mark.parametrize(
    ("first", "second"),
    [("Severomorsk-1 air base", "Severomorsk-3 air base"), ("Air Base 101 in Niamey", "Air Base 201 in Niamey")],
)
def test_numbered_namesakes_stay_apart(tmp_path: Path, first: str, second: str) -> None:
    one, two = f"Jets were seen at {first}.", f"Jets were seen at {second}."
    conn = store_all(tmp_path / "kb.db", [
        (_one(one, "f1", first, country="RU"), one, "a"),
        (_one(two, "f1", second, country="RU"), two, "b"),
    ])
    assert conn.execute("SELECT count(*) FROM facilities").fetchone()[0] == 2
