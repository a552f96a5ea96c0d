"""Hand-built `basewatch/article@1` dicts for knowledge-base tests, spans found in the text itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from basewatch.extract.normalize import make_doc
from basewatch.extract.serialise import SCHEMA_ID, article_id
from basewatch.model import RawArticle
from basewatch.store import open_db
from basewatch.store.write import ArticleWriter


def span(text: str, needle: str) -> list[int]:
    start = text.index(needle)
    return [start, start + len(needle)]


def facility(text: str, fid: str, name: str, aliases: list[str] | None = None, **fields: Any) -> dict[str, Any]:
    aliases = aliases or [name]
    runways = [
        {"length_m": length, "approx": False, "qualifier": None, "status": status, "date": date,
         "span": span(text, surface), "text": surface, "rule": "test"}
        for length, status, date, surface in fields.pop("runways", [])
    ]
    return {
        "id": fid, "name": name, "aliases": aliases, "kind": fields.pop("kind", "air base"),
        "operator": fields.pop("operator", None), "country": fields.pop("country", None),
        "admin1": fields.pop("admin1", None), "lat": fields.pop("lat", None), "lon": fields.pop("lon", None),
        "geo_precision": fields.pop("geo_precision", None), "runways": runways,
        "equipment": fields.pop("equipment", []), "tenants": [],
        "mentions": [span(text, a) for a in aliases if a in text], "rule": "test", **fields,
    }


def claim(text: str, speaker: str, cue: str, content: str, hedged: bool = False,
          about: list[str] | None = None) -> dict[str, Any]:
    return {
        "speaker": {"name": speaker, "role": None, "affiliation": None, "span": None},
        "cue": cue, "hedged": hedged, "content": span(text, content), "span": span(text, content),
        "about": about or [], "rule": "test",
    }


def article(text: str, published: str | None = None, facilities: list[dict[str, Any]] | None = None,
            claims: list[dict[str, Any]] | None = None, events: list[dict[str, Any]] | None = None,
            equipment: list[str] | None = None, url: str | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "article": {"id": article_id(make_doc(text).norm), "url": url, "title": None, "published": published,
                    "language": "en", "chars": len(text)},
        "facilities": facilities or [], "claims": claims or [], "events": events or [],
        "equipment": [
            {"designation": d, "name": None, "class": None, "origin": None, "in_catalog": True,
             "mentions": [span(text, d)] if d in text else [], "texts": [d] if d in text else [], "rule": "test"}
            for d in equipment or []
        ],
        "places": [], "quantities": [], "dates": [], "sources": [],
    }


def store_all(db: Path, items: list[tuple[dict[str, Any], str, str | None]]) -> sqlite3.Connection:
    """Store (article dict, text, outlet) triples in one transaction; return the open connection."""
    conn = open_db(db)
    writer = ArticleWriter(conn)
    conn.execute("BEGIN")
    for result, text, outlet in items:
        meta = result["article"]
        raw = RawArticle(text=text, url=meta["url"], published=meta["published"], source=outlet, origin="test")
        writer.store(raw, result, make_doc(text).norm)
    conn.execute("COMMIT")
    return conn
