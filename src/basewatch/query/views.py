"""What each query command returns, as plain dicts and lists ready for a table, CSV or JSON."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict
from typing import Any

from basewatch.query.history import disagreements, runway_facts
from basewatch.query.lookup import facility_ids, find_facility_id, since_until_sql
from basewatch.resolve.entities import SpeakerResolver
from basewatch.store.read import FacilityRecord, RunwayObservation, iter_facilities

_WORD = re.compile(r"\w+", re.UNICODE)


def facility_json(record: FacilityRecord) -> dict[str, Any]:
    """One facility as `facilities --json` gives it."""
    return {
        "id": record.id,
        "name": record.name,
        "aliases": record.aliases,
        "kind": record.kind,
        "catalog_id": record.catalog_id,
        "operator": record.operator,
        "country": record.country,
        "admin1": record.admin1,
        "lat": record.lat,
        "lon": record.lon,
        "geo_precision": record.geo_precision,
        "runways": [
            {"length_m": r.length_m, "approx": r.approx, "qualifier": r.qualifier, "status": r.status,
             "date": r.date, "text": r.text, "article": r.article_id, "url": r.url}
            for r in record.runways
        ],
        "equipment": [
            {"designation": e.designation, "class": e.cls, "first_seen": e.first_seen, "last_seen": e.last_seen,
             "sources": e.sources}
            for e in record.equipment
        ],
        "source_count": record.source_count,
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
        "articles": [
            {"id": a.id, "url": a.url, "published": a.published, "outlet": a.outlet, "alias": a.alias}
            for a in record.articles
        ],
    }


def _filters(country: str | None, operator: str | None, kind: str | None, since: str | None,
             until: str | None) -> tuple[str, list[Any]]:
    """SQL conditions on facilities `f` for the facilities command's filters."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, value in (("country", country), ("operator", operator)):
        if value:
            conditions.append(f"upper(f.{column}) = upper(?)")
            params.append(value)
    if kind:
        conditions.append("lower(f.kind) = lower(?)")
        params.append(kind)
    period, period_params = since_until_sql(since, until, "a.published")
    if period:
        conditions.append(
            f"EXISTS (SELECT 1 FROM sightings s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.facility_id = f.id AND {period})"
        )
        params += period_params
    return " AND ".join(conditions), params


def facilities(conn: sqlite3.Connection, country: str | None = None, operator: str | None = None,
               kind: str | None = None, since: str | None = None, until: str | None = None) -> list[FacilityRecord]:
    """Whole facility records matching every given filter (`since`/`until`: seen in articles of that period)."""
    where, params = _filters(country, operator, kind, since, until)
    return list(iter_facilities(conn, where, tuple(params)))


def facility_table(conn: sqlite3.Connection, country: str | None = None, operator: str | None = None,
                   kind: str | None = None, since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
    """One short row per facility, from indexed aggregates: fast at any corpus size."""
    where, params = _filters(country, operator, kind, since, until)
    rows = conn.execute(
        f"""SELECT f.id, f.name, f.kind, f.operator, f.country, f.admin1, f.lat, f.lon, f.geo_precision,
                   coalesce(st.articles, 0) AS articles, st.first_seen, st.last_seen,
                   (SELECT count(*) FROM facility_sources fs WHERE fs.facility_id = f.id) AS sources,
                   (SELECT count(*) FROM aliases al WHERE al.entity = 'facility' AND al.entity_id = f.id) AS aliases,
                   (SELECT group_concat(l, ' / ') FROM (SELECT DISTINCT CAST(round(r.length_m) AS INTEGER) AS l
                      FROM runways r WHERE r.facility_id = f.id AND r.length_m IS NOT NULL ORDER BY l)) AS runway_m,
                   (SELECT group_concat(d, ', ') FROM (SELECT DISTINCT e.designation AS d FROM facility_equipment fe
                      JOIN equipment e ON e.id = fe.equipment_id WHERE fe.facility_id = f.id ORDER BY d)) AS equipment
            FROM facilities f LEFT JOIN facility_stats st ON st.facility_id = f.id
            {('WHERE ' + where) if where else ''} ORDER BY f.name COLLATE NOCASE, f.id""",
        params,
    ).fetchall()
    return [_table_row(dict(r)) for r in rows]


def _table_row(row: dict[str, Any]) -> dict[str, Any]:
    lat, lon = row.pop("lat"), row.pop("lon")
    precision = row.pop("geo_precision")
    row["location"] = f"{lat:.3f},{lon:.3f} ({precision})" if lat is not None else ""
    if row["runway_m"]:
        row["runway_m"] = " / ".join(f"{int(x):,}" for x in str(row["runway_m"]).split(" / "))
    return row


def dossier(conn: sqlite3.Connection, name: str, limit: int = 50) -> dict[str, Any]:
    """Everything known about one facility: spellings, location, runway history, equipment, events,
    claims, sources, and the evidence that joined each article's sighting to it.

    Aggregated in SQL so a facility seen in thousands of articles answers as fast as a rare one;
    claims and articles are the `limit` most recent (0: all), with their totals.
    """
    fid = find_facility_id(conn, name)
    head = conn.execute(
        """SELECT f.*, coalesce(st.articles, 0) AS article_count, st.first_seen, st.last_seen,
                  (SELECT count(*) FROM facility_sources fs WHERE fs.facility_id = f.id) AS source_count
           FROM facilities f LEFT JOIN facility_stats st ON st.facility_id = f.id WHERE f.id = ?""",
        (fid,),
    ).fetchone()
    out = dict(head)
    out["aliases"] = [r[0] for r in conn.execute(
        "SELECT alias FROM aliases WHERE entity = 'facility' AND entity_id = ? ORDER BY alias", (fid,))]
    observations = [
        RunwayObservation(r[0], bool(r[1]), *r[2:]) for r in conn.execute(
            """SELECT r.length_m, r.approx, r.qualifier, r.status, coalesce(r.date, a.published), a.id, a.url,
                      a.source_key, r.start, r.end, r.text
               FROM runways r JOIN articles a ON a.id = r.article_id WHERE r.facility_id = ? ORDER BY r.id""",
            (fid,),
        )
    ]
    out["runway_history"] = [asdict(f) for f in runway_facts(observations)]
    for fact in out["runway_history"]:
        fact["texts"], fact["urls"] = fact["texts"][:5], fact["urls"][:5]
    out["runway_disagreements"] = [
        {"period": d.period, "figures": [{"length_m": k, "sources": v} for k, v in d.figures.items()]}
        for d in disagreements(observations)
    ]
    out["equipment"] = _rows(conn, """
        SELECT e.designation, e.class, min(a.published) AS first_seen, max(a.published) AS last_seen,
               count(DISTINCT a.source_key) AS sources, count(*) AS reports
        FROM facility_equipment fe JOIN equipment e ON e.id = fe.equipment_id JOIN articles a ON a.id = fe.article_id
        WHERE fe.facility_id = ? GROUP BY e.id ORDER BY e.designation""", (fid,))
    out["events"] = timeline(conn, facility_id=fid)
    out["claims_total"] = conn.execute(
        "SELECT count(*) FROM claim_facilities WHERE facility_id = ?", (fid,)).fetchone()[0]
    out["claims"] = claims(conn, facility_id=fid, limit=limit)
    out["sources"] = _rows(conn, f"""
        SELECT a.published, a.outlet, a.url, a.id AS article, coalesce(s.written, s.name) AS written
        FROM sightings s JOIN articles a ON a.id = s.article_id WHERE s.facility_id = ?
        ORDER BY a.published DESC, a.id {'LIMIT ?' if limit else ''}""", (fid, limit) if limit else (fid,))
    out["why"] = _rows(conn, """
        SELECT min(a.published) AS published, coalesce(s.written, s.name) AS written, s.match_rule AS rule,
               s.match_evidence AS evidence, count(*) AS articles, min(a.url) AS url
        FROM sightings s JOIN articles a ON a.id = s.article_id WHERE s.facility_id = ?
        GROUP BY 2, 3, 4 ORDER BY min(s.rowid)""", (fid,))
    return out


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params)]


def claims(conn: sqlite3.Connection, speaker: str | None = None, facility: str | None = None,
           hedged: bool | None = None, facility_id: int | None = None, limit: int = 0) -> list[dict[str, Any]]:
    """Claims with speaker, cue, hedging, content and the facilities each is about, oldest first;
    with a `limit`, only the most recent `limit` of them."""
    conditions, params = ["1"], []
    if speaker:
        sid = SpeakerResolver(conn).match(speaker)
        conditions.append("(c.speaker_id = ? OR sp.name LIKE ?)")
        params += [sid if sid is not None else -1, f"%{speaker}%"]
    ids = [facility_id] if facility_id is not None else (facility_ids(conn, facility) if facility else None)
    if ids is not None:
        conditions.append(
            f"c.id IN (SELECT claim_id FROM claim_facilities WHERE facility_id IN ({','.join('?' * len(ids))}))")
        params += ids
    if hedged is not None:
        conditions.append("c.hedged = ?")
        params.append(int(hedged))
    rows = conn.execute(
        f"""SELECT c.id, sp.name AS speaker, sp.role, sp.affiliation, c.speaker_text, c.cue, c.hedged, c.content,
                   a.published, a.url, a.id AS article, c.start, c.end,
                   (SELECT group_concat(f.name, '; ') FROM claim_facilities cf
                    JOIN facilities f ON f.id = cf.facility_id WHERE cf.claim_id = c.id) AS facilities
            FROM claims c JOIN speakers sp ON sp.id = c.speaker_id JOIN articles a ON a.id = c.article_id
            WHERE {' AND '.join(conditions)} ORDER BY a.published DESC, c.article_id DESC, c.start DESC
            {'LIMIT ?' if limit else ''}""",
        [*params, limit] if limit else params,
    ).fetchall()
    return [dict(r, hedged=bool(r["hedged"])) for r in reversed(rows)]


def timeline(conn: sqlite3.Connection, facility: str | None = None, since: str | None = None,
             facility_id: int | None = None) -> list[dict[str, Any]]:
    """Events in date order (the event's date, else its article's): one row per (facility, type, date),
    with the distinct sources reporting it and when it was first and last reported."""
    conditions, params = ["1"], []
    ids = [facility_id] if facility_id is not None else (facility_ids(conn, facility) if facility else None)
    if ids is not None:
        conditions.append(f"e.facility_id IN ({','.join('?' * len(ids))})")
        params += ids
    period, period_params = since_until_sql(since, None, "coalesce(e.date, a.published)")
    if period:
        conditions.append(period)
        params += period_params
    rows = conn.execute(
        f"""SELECT coalesce(e.date, a.published) AS date, e.type, f.name AS facility, e.facility_id, e.actor,
                   e.text, a.url, a.published, a.source_key
            FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN facilities f ON f.id = e.facility_id
            WHERE {' AND '.join(conditions)} ORDER BY date, f.name, e.type, a.published""",
        params,
    ).fetchall()
    return _corroborate([dict(r) for r in rows])


def _corroborate(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (facility, type, date): distinct sources, reports, first and last reported, all URLs."""
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in events:
        key = (e["facility_id"], e["type"], e["date"])
        row = merged.setdefault(key, {
            "date": e["date"], "facility": e["facility"], "type": e["type"], "actor": e["actor"],
            "text": e["text"], "reports": 0, "first_reported": e["published"], "last_reported": e["published"],
            "urls": [], "keys": set(),
        })
        row["reports"] += 1
        row["keys"].add(e["source_key"])
        row["actor"] = row["actor"] or e["actor"]
        if e["published"]:
            row["first_reported"] = min(filter(None, (row["first_reported"], e["published"])))
            row["last_reported"] = max(filter(None, (row["last_reported"], e["published"])))
        if e["url"] and e["url"] not in row["urls"]:
            row["urls"].append(e["url"])
    out = []
    for row in merged.values():
        row["sources"] = len(row.pop("keys"))
        out.append(row)
    return out


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles and claims whose text holds every word of `text` (FTS5), best first."""
    words = _WORD.findall(text)
    if not words:
        return []
    query = " ".join(f'"{w}"' for w in words)
    found = [
        dict(r) for r in conn.execute(
            """SELECT 'article' AS hit, a.id AS article, a.published, a.title, a.url,
                      snippet(articles_fts, 1, '[', ']', '...', 12) AS snippet
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
               WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?""",
            (query, limit),
        )
    ]
    found += [
        dict(r) for r in conn.execute(
            """SELECT 'claim' AS hit, c.article_id AS article, a.published, sp.name AS title, a.url,
                      snippet(claims_fts, 0, '[', ']', '...', 12) AS snippet
               FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id
               JOIN speakers sp ON sp.id = c.speaker_id
               WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?""",
            (query, limit),
        )
    ]
    return found
