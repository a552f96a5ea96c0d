"""Read API over the knowledge base: whole facilities with their aliases, history and sources.

A fact's `sources` count is the number of distinct `articles.source_key` values behind it:
one per outlet, and copies of one story (near-duplicates) count once.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class ArticleRef:
    id: str
    url: str | None
    title: str | None
    published: str | None
    outlet: str | None
    source_key: str
    alias: str
    """The names this article used for the facility, as written ("; "-joined; "the base", "it" left out)."""


@dataclass(slots=True)
class RunwayObservation:
    length_m: float | None
    approx: bool
    qualifier: str | None
    status: str | None
    date: str | None
    """When the observation holds: the runway's own date, else the article's publication date."""
    article_id: str
    url: str | None
    source_key: str
    start: int
    end: int
    text: str | None


@dataclass(slots=True)
class EquipmentSighting:
    designation: str
    name: str | None
    cls: str | None
    first_seen: str | None
    last_seen: str | None
    sources: int
    article_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FacilityRecord:
    id: int
    name: str
    kind: str
    catalog_id: str | None
    operator: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    aliases: list[str] = field(default_factory=list)
    runways: list[RunwayObservation] = field(default_factory=list)
    equipment: list[EquipmentSighting] = field(default_factory=list)
    articles: list[ArticleRef] = field(default_factory=list)

    @property
    def source_count(self) -> int:
        return len({a.source_key for a in self.articles})

    @property
    def first_seen(self) -> str | None:
        dates = [a.published for a in self.articles if a.published]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = [a.published for a in self.articles if a.published]
        return max(dates) if dates else None


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _load(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[FacilityRecord]:
    """Facility records for `rows` of the facilities table, children read in a few bulk queries."""
    records = {
        r["id"]: FacilityRecord(
            id=r["id"], name=r["name"], kind=r["kind"], catalog_id=r["catalog_id"], operator=r["operator"],
            country=r["country"], admin1=r["admin1"], lat=r["lat"], lon=r["lon"], geo_precision=r["geo_precision"],
        )
        for r in rows
    }
    if not records:
        return []
    ids = list(records)
    marks = _in(ids)
    for fid, alias in conn.execute(
        f"SELECT entity_id, alias FROM aliases WHERE entity = 'facility' AND entity_id IN ({marks}) ORDER BY alias",
        ids,
    ):
        records[fid].aliases.append(alias)
    for r in conn.execute(
        f"""SELECT s.facility_id, a.id, a.url, a.title, a.published, a.outlet, a.source_key,
                   coalesce(s.written, s.name)
            FROM sightings s JOIN articles a ON a.id = s.article_id
            WHERE s.facility_id IN ({marks}) ORDER BY a.published, a.id""",
        ids,
    ):
        records[r[0]].articles.append(ArticleRef(*r[1:]))
    for r in conn.execute(
        f"""SELECT r.facility_id, r.length_m, r.approx, r.qualifier, r.status, coalesce(r.date, a.published),
                   a.id, a.url, a.source_key, r.start, r.end, r.text
            FROM runways r JOIN articles a ON a.id = r.article_id
            WHERE r.facility_id IN ({marks}) ORDER BY coalesce(r.date, a.published), r.id""",
        ids,
    ):
        records[r[0]].runways.append(RunwayObservation(r[1], bool(r[2]), *r[3:]))
    _load_equipment(conn, records, ids)
    return list(records.values())


def _load_equipment(conn: sqlite3.Connection, records: dict[int, FacilityRecord], ids: list[int]) -> None:
    seen: dict[tuple[int, int], dict[str, Any]] = {}
    order: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for fid, eid, designation, name, cls, article_id, published, source_key in conn.execute(
        f"""SELECT fe.facility_id, e.id, e.designation, e.name, e.class, fe.article_id, fe.published, fe.source_key
            FROM facility_equipment fe JOIN equipment e ON e.id = fe.equipment_id
            WHERE fe.facility_id IN ({_in(ids)}) ORDER BY e.designation, fe.published""",
        ids,
    ):
        key = (fid, eid)
        if key not in seen:
            seen[key] = {"designation": designation, "name": name, "cls": cls, "dates": [], "sources": set(), "ids": []}
            order[fid].append(key)
        entry = seen[key]
        if published:
            entry["dates"].append(published)
        entry["sources"].add(source_key)
        entry["ids"].append(article_id)
    for fid, keys in order.items():
        for key in keys:
            e = seen[key]
            records[fid].equipment.append(
                EquipmentSighting(
                    designation=e["designation"], name=e["name"], cls=e["cls"],
                    first_seen=min(e["dates"]) if e["dates"] else None,
                    last_seen=max(e["dates"]) if e["dates"] else None,
                    sources=len(e["sources"]), article_ids=e["ids"],
                )
            )


def iter_facilities(conn: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = (),
                    batch: int = 500) -> Iterator[FacilityRecord]:
    """Every facility (optionally filtered by an SQL `where` on table `f`), ordered by name."""
    rows = conn.execute(
        f"SELECT f.* FROM facilities f {('WHERE ' + where) if where else ''} ORDER BY f.name COLLATE NOCASE, f.id",
        params,
    ).fetchall()
    for i in range(0, len(rows), batch):
        yield from _load(conn, rows[i:i + batch])


def get_facility(conn: sqlite3.Connection, facility_id: int) -> FacilityRecord | None:
    rows = conn.execute("SELECT * FROM facilities WHERE id = ?", (facility_id,)).fetchall()
    loaded = _load(conn, rows)
    return loaded[0] if loaded else None
