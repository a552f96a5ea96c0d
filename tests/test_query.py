"""Query commands as a user runs them: tables, --json and --csv, dossiers, filters, clear refusals."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from basewatch.query.history import disagreements, runway_facts
from basewatch.store.read import RunwayObservation
from conftest import ROOT

BASEWATCH = [sys.executable, "-m", "basewatch.cli"]
CORPUS = ROOT / "examples" / "corpus"
FACILITY_KEYS = {"id", "name", "aliases", "kind", "operator", "country", "admin1", "lat", "lon", "geo_precision",
                 "runways", "equipment", "source_count", "articles"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BASEWATCH, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("q") / "kb.db")
    proc = run("ingest", str(CORPUS), "--db", path)
    assert proc.returncode == 0, proc.stderr
    return path


def as_json(*args: str) -> Any:
    proc = run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_facilities_json_has_every_field(db: str) -> None:
    rows = as_json("facilities", "--db", db)
    assert rows and all(set(r) >= FACILITY_KEYS for r in rows)
    hmeimim = next(r for r in rows if r["name"] == "Hmeimim Air Base")
    assert {"Khmeimim", "Hmeymim", "Humaymim"} <= set(hmeimim["aliases"])
    assert all({"id", "url", "alias"} <= set(a) for a in hmeimim["articles"])
    assert hmeimim["source_count"] == 3 and len(hmeimim["articles"]) == 4


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [("--country", "DJ", "country"), ("--operator", "us", "operator"), ("--kind", "naval base", "kind")],
)
def test_facilities_filters(db: str, option: str, value: str, field: str) -> None:
    rows = as_json("facilities", "--db", db, option, value)
    assert rows and all(r[field].lower() == value.lower() for r in rows)


def test_facilities_since_until_keep_those_seen_then(db: str) -> None:
    names = {r["name"] for r in as_json("facilities", "--db", db, "--since", "2022-01", "--until", "2022-12-31")}
    assert "Ream Naval Base" in names and "Nagurskoye Air Base" not in names


def test_facilities_table_and_csv(db: str) -> None:
    table = run("facilities", "--db", db).stdout
    assert table.splitlines()[0].split()[:3] == ["id", "name", "kind"]
    rows = list(csv.DictReader(io.StringIO(run("facilities", "--db", db, "--csv").stdout)))
    assert any(r["name"] == "Camp Lemonnier" for r in rows)


def test_dossier_by_any_spelling_shows_history_and_why(db: str) -> None:
    proc = run("facility", "Humaymim", "--db", db, "--why")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for section in ("Runway history", "Equipment", "Timeline", "Claims", "Sources", "Why these articles joined"):
        assert section in out
    assert "catalog id hmeimim" in out
    shaddadi = run("facility", "Ash Shaddadah", "--db", db).stdout
    assert "DISAGREEMENT in 2021: 1,200 m (1 sources) vs 1,500 m (1 sources)" in shaddadi


def test_dossier_json_counts_wire_copies_once(db: str) -> None:
    d = as_json("facility", "Khmeimim air base", "--db", db)
    figures = {r["length_m"]: r["sources"] for r in d["runway_history"]}
    assert figures.get(3200.0) == 1
    assert {s["outlet"] for s in d["sources"]} >= {"Global Wire", "Coastal Herald", "Levant Wire"}


def test_unknown_facility_is_refused_in_one_line(db: str) -> None:
    proc = run("facility", "Atlantis Naval Station", "--db", db)
    assert proc.returncode == 2
    assert proc.stderr.startswith("Error: no facility called") and "Traceback" not in proc.stderr


def test_missing_database_is_refused(tmp_path: Path) -> None:
    proc = run("facilities", "--db", str(tmp_path / "none.db"))
    assert proc.returncode == 2 and "no such database" in proc.stderr


def test_claims_filters(db: str) -> None:
    by_speaker = as_json("claims", "--db", db, "--speaker", "Whitfeld")
    assert len(by_speaker) == 2 and {c["speaker"] for c in by_speaker} == {"Jonas Whitfield"}
    hedged = as_json("claims", "--db", db, "--hedged")
    assert hedged and all(c["hedged"] for c in hedged)
    stated = as_json("claims", "--db", db, "--stated")
    assert stated and not any(c["hedged"] for c in stated)


def test_timeline_is_in_date_order_with_sources(db: str) -> None:
    rows = as_json("timeline", "--db", db, "--since", "2021")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates) and all(d >= "2021" for d in dates)
    assert all(r["sources"] >= 1 and r["reports"] >= r["sources"] for r in rows)
    omar = as_json("timeline", "--db", db, "--facility", "al-Omar base")
    assert "attack" in {r["type"] for r in omar}


def test_search_finds_articles_and_claims(db: str) -> None:
    hits = as_json("search", "strategic airfield", "--db", db)
    assert {h["hit"] for h in hits} == {"article", "claim"}
    assert run("search", "no-such-word-anywhere", "--db", db).stdout.strip() == "(nothing found)"


def _obs(length: float, status: str | None, date: str, source: str) -> RunwayObservation:
    return RunwayObservation(length, False, None, status, date, f"a-{source}-{date}", None, source, 0, 1, "x")


@pytest.mark.parametrize(
    ("observations", "periods"),
    [
        ([_obs(1200, "completed", "2021-01", "a"), _obs(1500, None, "2021-02", "b")], ["2021"]),
        ([_obs(1000, None, "2019-11", "a"), _obs(1400, "extended", "2020-07", "b")], []),
        ([_obs(1000, None, "2020-01", "a"), _obs(1400, "extended", "2020-07", "b")], []),
        ([_obs(2500, "extended", "2019-05", "a"), _obs(2600, None, "2019", "b")], ["2019"]),
        ([_obs(3000, "rebuilt", "2021-05", "a"), _obs(3010, None, "2021-06", "b")], []),
        ([_obs(3000, None, "2021-05", "a"), _obs(3000, None, "2021-06", "a")], []),
    ],
)
def test_runway_disagreements(observations: list[RunwayObservation], periods: list[str]) -> None:
    assert [d.period for d in disagreements(observations)] == periods


def test_one_figure_from_two_copies_counts_one_source() -> None:
    facts = runway_facts([_obs(3200, None, "2021-06-01", "wire"), _obs(3200, None, "2021-06-02", "wire")])
    assert [(f.length_m, f.sources, f.first_seen, f.last_seen) for f in facts] == [
        (3200, 1, "2021-06-01", "2021-06-02")
    ]
