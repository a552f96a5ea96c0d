"""The SQLite store: migrations by user_version, WAL, full-text search, refusals of wrong files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from basewatch.errors import StoreError
from basewatch.store import get_facility, iter_facilities, open_db, schema_version
from basewatch.store.db import migrations
from kb_helpers import article, claim, facility, store_all

TABLES = {"articles", "facilities", "aliases", "places", "equipment", "speakers", "claims", "runways", "events",
          "mentions", "sightings", "facility_equipment", "claim_facilities", "citations"}


def test_fresh_database_is_migrated_to_the_latest_version(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "kb.db")
    assert schema_version(conn) == migrations()[-1][0]
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert names >= TABLES | {"articles_fts", "claims_fts"}
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_changes_nothing(tmp_path: Path) -> None:
    open_db(tmp_path / "kb.db").close()
    conn = open_db(tmp_path / "kb.db")
    assert schema_version(conn) == migrations()[-1][0]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "kb.db")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_db(tmp_path / "kb.db")


def test_missing_and_foreign_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_db(tmp_path / "absent.db", readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_db(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a basewatch database"):
        open_db(other, readonly=True)


TEXT = (
    "Russia rebuilt the western runway at Hmeimim air base. The runway is 2,800 m long. "
    "Analyst Jane Roe said the base can now receive Tu-160 bombers."
)


def _stored(tmp_path: Path) -> sqlite3.Connection:
    fac = facility(TEXT, "f1", "Hmeimim air base", kind="air base", country="SY", operator="RU",
                   runways=[(2800.0, "rebuilt", "2021-01", "2,800 m")], equipment=["Tu-160"])
    said = claim(TEXT, "Jane Roe", "said", "the base can now receive Tu-160 bombers", about=["f1"])
    result = article(TEXT, "2021-03-01", [fac], [said], equipment=["Tu-160"], url="https://e.org/a")
    return store_all(tmp_path / "kb.db", [(result, TEXT, "Example News")])


def test_every_fact_points_at_its_characters(tmp_path: Path) -> None:
    conn = _stored(tmp_path)
    for table in ("mentions", "runways"):
        for start, end, text in conn.execute(f"SELECT start, end, text FROM {table}"):
            assert TEXT[start:end] == text
    start, end, content = conn.execute("SELECT content_start, content_end, content FROM claims").fetchone()
    assert TEXT[start:end] == content


def test_read_api_gives_whole_facilities(tmp_path: Path) -> None:
    conn = _stored(tmp_path)
    (record,) = list(iter_facilities(conn))
    assert record.name == "Hmeimim air base" and record.operator == "RU"
    assert [r.length_m for r in record.runways] == [2800.0]
    assert [e.designation for e in record.equipment] == ["Tu-160"]
    assert [(a.url, a.alias) for a in record.articles] == [("https://e.org/a", "Hmeimim air base")]
    assert record.source_count == 1
    assert get_facility(conn, record.id) == record


def test_full_text_search_over_articles_and_claims(tmp_path: Path) -> None:
    conn = _stored(tmp_path)
    hits = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'western runway'").fetchone()
    assert hits[0] == 1
    assert conn.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'bombers'").fetchone()[0] == 1
