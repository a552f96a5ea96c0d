"""What each query command returns, as plain dicts and lists ready for a table, CSV or JSON."""

from __future__ import annotations

import re
import sqlite3
from operator import attrgetter
from typing import Any

from basewatch.query.history import EXAMPLES, RunwayFact, disagreements, runway_facts
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
    period, period_params = since_until_sql(since, until, "s.published")
    if period:
        conditions.append(f"EXISTS (SELECT 1 FROM sightings s WHERE s.facility_id = f.id AND {period})")
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


def dossier(conn: sqlite3.Connection, name: str, limit: int = 50, why: bool = True) -> dict[str, Any]:
    """Everything known about one facility: spellings, location, runway history, equipment, events,
    claims, sources, and (`why`) the evidence that joined each article's sighting to it.

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
    observations, facts = _runway_history(conn, fid)
    urls = _urls(conn, {a for fact in facts for a in fact.articles})
    out["runway_history"] = [
        {"length_m": f.length_m, "first_seen": f.first_seen, "last_seen": f.last_seen, "sources": f.sources,
         "statuses": f.statuses, "texts": f.texts, "urls": [urls[a] for a in f.articles if urls.get(a)]}
        for f in facts
    ]
    out["runway_disagreements"] = [
        {"period": d.period, "figures": [{"length_m": k, "sources": v} for k, v in d.figures.items()]}
        for d in disagreements(observations)
    ]
    out["equipment"] = _rows(conn, """
        SELECT e.designation, e.class, min(fe.published) AS first_seen, max(fe.published) AS last_seen,
               count(DISTINCT fe.source_key) AS sources, count(*) AS reports
        FROM facility_equipment fe JOIN equipment e ON e.id = fe.equipment_id
        WHERE fe.facility_id = ? GROUP BY e.id ORDER BY e.designation""", (fid,))
    out["events_total"] = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM events WHERE facility_id = ? GROUP BY observed, type)", (fid,),
    ).fetchone()[0]
    out["events"] = timeline(conn, facility_id=fid, limit=limit)
    out["claims_total"] = conn.execute(
        "SELECT count(*) FROM claim_facilities WHERE facility_id = ?", (fid,)).fetchone()[0]
    out["claims"] = claims(conn, facility_id=fid, limit=limit)
    out["sources"] = _rows(conn, f"""
        SELECT s.published, a.outlet, a.url, a.id AS article, coalesce(s.written, s.name) AS written
        FROM sightings s JOIN articles a ON a.id = s.article_id WHERE s.facility_id = ?
        ORDER BY s.published DESC, s.article_id {'LIMIT ?' if limit else ''}""", (fid, limit) if limit else (fid,))
    if not why:
        return out
    out["why"] = _rows(conn, """
        SELECT g.published, g.written, g.rule, g.evidence, g.articles, a.url FROM (
          SELECT min(published) AS published, coalesce(written, name) AS written, match_rule AS rule,
                 match_evidence AS evidence, count(*) AS articles, min(article_id) AS example, min(rowid) AS first
          FROM sightings WHERE facility_id = ? GROUP BY 2, 3, 4) g
        LEFT JOIN articles a ON a.id = g.example ORDER BY g.first""", (fid,))
    return out


def _runway_history(conn: sqlite3.Connection, fid: int) -> tuple[list[RunwayObservation], list[RunwayFact]]:
    """Runway observations of a facility, one per distinct (length, date, source, status) read from a
    covering index, and the facts they make, each with the example wordings and articles of its first
    observations. Repeats of one figure by one source on one date change no fact, only its examples."""
    observations = [
        RunwayObservation(length, False, None, status, observed, "", None, key, 0, 0, None)
        for length, observed, key, status in conn.execute(
            """SELECT length_m, observed, source_key, status FROM runways WHERE facility_id = ? AND length_m IS NOT NULL
               GROUP BY length_m, observed, source_key, status ORDER BY length_m, min(id)""",
            (fid,),
        )
    ]
    facts = runway_facts(observations)
    _fill_examples(conn, fid, facts)
    return observations, facts


def _fill_examples(conn: sqlite3.Connection, fid: int, facts: list[RunwayFact]) -> None:
    """Give each fact the first distinct wordings and articles of its observations in (length, id) order,
    in one pass over a covering index; a fact's observations lie from its length up to the next fact's."""
    if not facts:
        return
    ordered = sorted(facts, key=attrgetter("length_m"))
    bounds = [f.length_m for f in ordered[1:]]
    texts: list[dict[str, None]] = [{} for _ in ordered]
    articles: list[dict[str, None]] = [{} for _ in ordered]
    at = 0
    for length, text, article in conn.execute(
        "SELECT length_m, text, article_id FROM runways WHERE facility_id = ? AND length_m > 0 ORDER BY length_m, id",
        (fid,),
    ):
        while at < len(bounds) and length >= bounds[at]:
            at += 1
        if text and len(texts[at]) < EXAMPLES:
            texts[at][text] = None
        if len(articles[at]) < EXAMPLES:
            articles[at][article] = None
    for fact, wordings, sources in zip(ordered, texts, articles, strict=True):
        fact.texts, fact.articles = list(wordings), list(sources)


def _urls(conn: sqlite3.Connection, article_ids: set[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    marks = ",".join("?" * len(article_ids))
    return dict(conn.execute(f"SELECT id, url FROM articles WHERE id IN ({marks})", list(article_ids)).fetchall())


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(sql, params)]


def claims(conn: sqlite3.Connection, speaker: str | None = None, facility: str | None = None,
           hedged: bool | None = None, facility_id: int | None = None, limit: int = 0) -> list[dict[str, Any]]:
    """Claims with speaker, cue, hedging, content and the facilities each is about, oldest first;
    with a `limit`, only the most recent `limit` of them."""
    conditions, params = ["1"], []
    if speaker:
        sids = _speaker_ids(conn, speaker)
        conditions.append(f"c.speaker_id IN ({','.join('?' * len(sids))})")
        params += sids
    ids = [facility_id] if facility_id is not None else (facility_ids(conn, facility) if facility else None)
    if ids is not None:
        conditions.append(
            f"c.id IN (SELECT claim_id FROM claim_facilities WHERE facility_id IN ({','.join('?' * len(ids))}))")
        params += ids
    if hedged is not None:
        conditions.append("c.hedged = ?")
        params.append(int(hedged))
    chosen = f"""SELECT c.id FROM claims c WHERE {' AND '.join(conditions)}
                 ORDER BY c.published DESC, c.article_id DESC, c.start DESC {'LIMIT ?' if limit else ''}"""
    rows = conn.execute(
        f"""SELECT c.id, sp.name AS speaker, sp.role, sp.affiliation, c.speaker_text, c.cue, c.hedged, c.content,
                   c.published, a.url, a.id AS article, c.start, c.end,
                   (SELECT group_concat(f.name, '; ') FROM claim_facilities cf
                    JOIN facilities f ON f.id = cf.facility_id WHERE cf.claim_id = c.id) AS facilities
            FROM claims c JOIN speakers sp ON sp.id = c.speaker_id JOIN articles a ON a.id = c.article_id
            WHERE c.id IN ({chosen}) ORDER BY c.published, c.article_id, c.start""",
        [*params, limit] if limit else params,
    ).fetchall()
    return [dict(r, hedged=bool(r["hedged"])) for r in rows]


def _speaker_ids(conn: sqlite3.Connection, speaker: str) -> list[int]:
    """Speakers `speaker` names: the resolver's match (any spelling seen, near misspellings) and name substrings."""
    found = {r[0] for r in conn.execute("SELECT id FROM speakers WHERE name LIKE ?", (f"%{speaker}%",))}
    sid = SpeakerResolver(conn).match(speaker)
    if sid is not None:
        found.add(sid)
    return sorted(found) or [-1]


def timeline(conn: sqlite3.Connection, facility: str | None = None, since: str | None = None,
             facility_id: int | None = None, limit: int = 0) -> list[dict[str, Any]]:
    """Events in date order (the event's date, else its article's): one row per (facility, type, date),
    with the distinct sources reporting it, how many reports, when first and last reported, one URL;
    with a `limit`, only the latest `limit` of those rows."""
    conditions, params = ["1"], []
    ids = [facility_id] if facility_id is not None else (facility_ids(conn, facility) if facility else None)
    if ids is not None:
        conditions.append(f"e.facility_id IN ({','.join('?' * len(ids))})")
        params += ids
    period, period_params = since_until_sql(since, None, "e.observed")
    if period:
        conditions.append(period)
        params += period_params
    if limit:
        # Only events on or after the date of the limit-th latest row need aggregating; found on the index.
        cutoff = conn.execute(
            f"""SELECT e.observed FROM events e WHERE {' AND '.join(conditions)}
                GROUP BY e.facility_id, e.observed, e.type ORDER BY e.observed DESC LIMIT 1 OFFSET ?""",
            (*params, limit - 1),
        ).fetchone()
        if cutoff and cutoff[0] is not None:
            conditions.append("e.observed >= ?")
            params.append(cutoff[0])
    return _rows(conn, f"""
        SELECT g.date, g.facility_id, f.name AS facility, g.type, g.actor, g.sources, g.reports, g.first_reported,
               g.last_reported, g.text, a.url
        FROM (SELECT e.observed AS date, e.facility_id, e.type, max(e.actor) AS actor,
                     count(DISTINCT e.source_key) AS sources, count(*) AS reports,
                     min(e.published) AS first_reported, max(e.published) AS last_reported,
                     min(e.text) AS text, min(e.article_id) AS example
              FROM events e WHERE {' AND '.join(conditions)} GROUP BY e.facility_id, e.type, e.observed
              {'ORDER BY date DESC, facility_id, type LIMIT ?' if limit else ''}) g
        LEFT JOIN facilities f ON f.id = g.facility_id LEFT JOIN articles a ON a.id = g.example
        ORDER BY g.date, f.name, g.type""", (*params, limit) if limit else tuple(params))


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
