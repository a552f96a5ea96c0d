"""Exports from a real knowledge base open in the readers analysts use, and re-export identically."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from basewatch.export import FORMATS, export
from basewatch.store import open_db
from conftest import EXAMPLES


def ingest(db: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "basewatch.cli", "ingest", str(EXAMPLES), "--db", str(db)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    db = tmp_path_factory.mktemp("kb") / "basewatch.db"
    ingest(db)
    return open_db(db, readonly=True)


def facility_count(conn: sqlite3.Connection) -> int:
    count: int = conn.execute("SELECT count(*) FROM facilities").fetchone()[0]
    return count


def test_geojson_is_valid_and_never_invents_coordinates(kb: sqlite3.Connection) -> None:
    import geojson

    text = export(kb, "geojson")
    collection = geojson.loads(text)
    assert collection.is_valid, collection.errors()
    located = kb.execute("SELECT count(*) FROM facilities WHERE lat IS NOT NULL AND lon IS NOT NULL").fetchone()[0]
    assert len(collection["features"]) == located > 0
    assert len(collection["features"]) + len(collection["unlocated"]) == facility_count(kb)
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert {"operator", "kind", "runway_lengths_m", "source_count"} <= set(feature["properties"])


def test_kml_reads_back_with_a_kml_reader(kb: sqlite3.Connection) -> None:
    from fastkml import kml

    document = kml.KML.from_string(export(kb, "kml").encode("utf-8"))
    folders = list(document.features[0].features)
    placemarks = [p for folder in folders for p in folder.features]
    assert len(placemarks) == facility_count(kb)
    located = [p for p in folders[0].features]
    assert located and all(p.geometry is not None for p in located)
    assert all(p.geometry is None for p in folders[1].features)


def test_csv_has_one_row_per_facility(kb: sqlite3.Connection) -> None:
    rows = list(csv.DictReader(io.StringIO(export(kb, "csv"))))
    assert len(rows) == facility_count(kb)
    assert all(row["name"] for row in rows)


def test_json_matches_facilities_query(kb: sqlite3.Connection) -> None:
    data = json.loads(export(kb, "json"))
    assert len(data) == facility_count(kb)
    assert all({"id", "aliases", "runways", "articles", "source_count"} <= set(f) for f in data)


def test_stix_bundle_parses_with_stix2(kb: sqlite3.Connection) -> None:
    import stix2

    bundle = stix2.parse(export(kb, "stix"), allow_custom=False)
    kinds = {obj.type for obj in bundle.objects}
    assert {"location", "identity", "report", "relationship"} <= kinds
    assert kinds & {"note", "opinion"}
    ids = {obj.id for obj in bundle.objects}
    for obj in bundle.objects:
        for ref in getattr(obj, "object_refs", []):
            assert ref in ids, f"{obj.id} refers to missing {ref}"
    reports = [o for o in bundle.objects if o.type == "report"]
    articles = kb.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert len(reports) == articles
    assert any(ref.get("url") for r in reports for ref in r.external_references)


@pytest.mark.slow
def test_reexport_from_a_fresh_ingest_is_identical(kb: sqlite3.Connection, tmp_path: Path) -> None:
    ingest(tmp_path / "again.db")
    again = open_db(tmp_path / "again.db", readonly=True)
    for fmt in FORMATS:
        assert export(kb, fmt) == export(again, fmt), fmt


def test_export_cli_writes_file(kb: sqlite3.Connection, tmp_path: Path) -> None:
    db = kb.execute("PRAGMA database_list").fetchone()[2]
    out = tmp_path / "f.geojson"
    proc = subprocess.run(
        [sys.executable, "-m", "basewatch.cli", "export", "--format", "geojson", "--db", db, "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text())["type"] == "FeatureCollection"
