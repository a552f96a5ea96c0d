"""Writing one extracted article (`basewatch/article@1` dict) into the knowledge base.

The caller owns the transaction; `ArticleWriter` only inserts. Resolution of facilities,
speakers and equipment happens here, in the same transaction, so a rolled-back batch leaves
no trace (call `reload()` afterwards to resync the in-memory indexes).
"""

from __future__ import annotations

import sqlite3
from typing import Any
from urllib.parse import urlsplit

from basewatch.model import RawArticle
from basewatch.resolve.duplicates import DUPLICATE_JACCARD, SKETCH_SIZE, similarity, sketch
from basewatch.resolve.entities import EquipmentResolver, SpeakerResolver, equipment_key
from basewatch.resolve.facilities import FacilityResolver, names_of, split_other_kinds
from basewatch.resolve.names import core, fold

# Candidates are looked up by the smallest LOOKUP hashes only; copies at the duplicate threshold
# share about half of them, so a quarter is a safe floor.
LOOKUP = SKETCH_SIZE // 2
MIN_SHARED = LOOKUP // 4
POSTINGS_CAP = 20


def outlet_of(raw: RawArticle) -> str | None:
    """The outlet: the declared source, else the URL's host without `www.`."""
    if raw.source:
        return raw.source.strip() or None
    if raw.url:
        host = urlsplit(raw.url).hostname or ""
        return host.removeprefix("www.") or None
    return None


class ArticleWriter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.facilities = FacilityResolver(conn)
        self.speakers = SpeakerResolver(conn)
        self.equipment = EquipmentResolver(conn)
        self._queued: list[tuple[str, str, int, int, int, str]] = []
        self.place_ids: dict[str, int] = dict(conn.execute("SELECT key, id FROM places").fetchall())
        self._published: str | None = None
        self._source_key = ""

    def reload(self) -> None:
        self.place_ids = dict(self.conn.execute("SELECT key, id FROM places").fetchall())
        self.facilities.load()
        self.speakers.load()
        self.equipment.load()

    def known(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def store(self, raw: RawArticle, result: dict[str, Any], norm: str) -> None:
        """Insert the article and every fact in `result`; `norm` is its normalised text."""
        meta = result["article"]
        aid = meta["id"]
        mine = sketch(norm)
        dup_of, source_key = self._duplicate(aid, mine, outlet_of(raw))
        self._published, self._source_key = meta.get("published"), source_key
        self.conn.execute(
            """INSERT INTO articles (id, url, title, published, outlet, language, chars, origin, dup_of,
               source_key, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (aid, meta.get("url"), meta.get("title"), meta.get("published"), outlet_of(raw), meta["language"],
             meta["chars"], raw.origin, dup_of, source_key, raw.text),
        )
        self.conn.executemany("INSERT INTO article_sketch (hash, article_id) VALUES (?, ?)",
                              [(h, aid) for h in mine])
        text = raw.text
        self._queued = []
        self._places(aid, result["places"], text)
        equipment_ids = self._equipment(aid, result["equipment"], text)
        local = self._facilities(aid, result["facilities"], text, equipment_ids)
        self._facility_stats(aid, meta.get("published"), source_key, set(local.values()))
        self._claims(aid, result["claims"], text, local)
        self._events(aid, result["events"], text, local)
        self.conn.executemany(
            "INSERT INTO citations (article_id, kind, name, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, s["kind"], s["name"], *s["span"], text[slice(*s["span"])]) for s in result["sources"]],
        )
        self.conn.executemany(
            "INSERT INTO mentions (article_id, entity, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?, ?)",
            self._queued,
        )

    def _duplicate(self, aid: str, mine: list[int], outlet: str | None) -> tuple[str | None, str]:
        """(first stored near-duplicate, source key): copies of one story share the original's key."""
        for other, theirs in self._candidates(mine).items():
            if similarity(mine, theirs) >= DUPLICATE_JACCARD:
                root, key = self.conn.execute(
                    "SELECT coalesce(dup_of, id), source_key FROM articles WHERE id = ?", (other,)).fetchone()
                return root, key
        return None, outlet or f"article:{aid}"

    def _candidates(self, mine: list[int]) -> dict[str, list[int]]:
        """Sketches of stored articles sharing enough of `mine` to be copies; boilerplate hashes capped."""
        probe = mine[:LOOKUP]
        if len(probe) < MIN_SHARED:
            return {}
        # Each hash contributes at most POSTINGS_CAP articles, so boilerplate shingles stay cheap.
        postings = " UNION ALL ".join(
            f"SELECT * FROM (SELECT article_id FROM article_sketch WHERE hash = ? LIMIT {POSTINGS_CAP})" for _ in probe
        )
        ids = [r[0] for r in self.conn.execute(
            f"SELECT article_id FROM ({postings}) GROUP BY article_id HAVING count(*) >= ? "
            f"ORDER BY count(*) DESC LIMIT 5",
            (*probe, MIN_SHARED),
        )]
        found: dict[str, list[int]] = {i: [] for i in ids}
        if ids:
            for article_id, h in self.conn.execute(
                f"SELECT article_id, hash FROM article_sketch WHERE article_id IN ({','.join('?' * len(ids))})", ids
            ):
                found[article_id].append(h)
        return found

    def _places(self, aid: str, places: list[dict[str, Any]], text: str) -> None:
        for p in places:
            key = str(p["geonameid"]) if p.get("geonameid") is not None else f"{fold(p['name'])}|{p.get('country')}"
            pid = self.place_ids.get(key)
            if pid is None:
                cur = self.conn.execute(
                    """INSERT INTO places (name, kind, country, admin1, lat, lon, geonameid, key)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    (p["name"], p.get("kind"), p.get("country"), p.get("admin1"), p.get("lat"), p.get("lon"),
                     p.get("geonameid"), key),
                )
                pid = self.place_ids[key] = int(cur.lastrowid or 0)
            self._mentions(aid, "place", pid, p["mentions"], text)

    def _equipment(self, aid: str, items: list[dict[str, Any]], text: str) -> dict[str, int]:
        ids: dict[str, int] = {}
        spellings: list[tuple[int, str, str]] = []
        for item in items:
            eid = ids[equipment_key(item["designation"])] = self.equipment.resolve(item)
            self._mentions(aid, "equipment", eid, item["mentions"], text)
            new = self.equipment.unstored(eid, {item["designation"], *item.get("texts", [])})
            spellings += [(eid, t, fold(t)) for t in new]
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity, entity_id, alias, fold) VALUES ('equipment', ?, ?, ?)", spellings)
        return ids

    def _facilities(self, aid: str, facilities: list[dict[str, Any]], text: str,
                    equipment_ids: dict[str, int]) -> dict[str, int]:
        """Resolve each facility in turn, then write the article's sightings, aliases, runways and
        equipment links in one statement per table."""
        local: dict[str, int] = {}
        sightings, aliases, runways, kit = [], [], [], []
        for fac in (part for whole in facilities for part in split_other_kinds(whole, text)):
            found = self.facilities.resolve(fac)
            fid = local[fac["id"]] = found.facility_id
            written = dict.fromkeys(t for s, e in fac["mentions"] if core(t := text[s:e]))
            sightings.append(
                (aid, fac["id"], fid, fac["name"], fac.get("kind"), fac.get("operator"), fac.get("country"),
                 fac.get("admin1"), fac.get("lat"), fac.get("lon"), fac.get("geo_precision"),
                 ",".join(fac.get("tenants") or []), found.rule, found.evidence, fac.get("rule"),
                 "; ".join(written) or fac["name"], self._published, self._source_key))
            aliases += [(fid, name, fold(name)) for name in self.facilities.unstored(fid, names_of(fac))]
            self._mentions(aid, "facility", fid, fac["mentions"], text)
            runways += [(fid, aid, r.get("length_m"), int(r.get("approx", False)), r.get("qualifier"),
                         r.get("status"), r.get("date"), *r["span"], text[slice(*r["span"])], r.get("rule"),
                         r.get("date") or self._published, self._source_key) for r in fac["runways"]]
            kit += [(fid, equipment_ids.get(equipment_key(d)) or self.equipment.resolve({"designation": d}), aid,
                     self._published, self._source_key) for d in fac["equipment"]]
        self.conn.executemany(
            """INSERT OR REPLACE INTO sightings (article_id, local_id, facility_id, name, kind, operator, country,
               admin1, lat, lon, geo_precision, tenants, match_rule, match_evidence, rule, written, published,
               source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            sightings,
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity, entity_id, alias, fold) VALUES ('facility', ?, ?, ?)", aliases)
        self.conn.executemany(
            """INSERT INTO runways (facility_id, article_id, length_m, approx, qualifier, status, date,
               start, end, text, rule, observed, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            runways,
        )
        self.conn.executemany(
            """INSERT OR IGNORE INTO facility_equipment (facility_id, equipment_id, article_id, published, source_key)
               VALUES (?, ?, ?, ?, ?)""",
            kit,
        )
        return local

    def _facility_stats(self, aid: str, published: str | None, source_key: str, facility_ids: set[int]) -> None:
        """Count the article once per facility it saw, widen first/last seen, record its source."""
        self.conn.executemany(
            """INSERT INTO facility_stats (facility_id, articles, first_seen, last_seen) VALUES (?, 1, ?, ?)
               ON CONFLICT (facility_id) DO UPDATE SET articles = articles + 1,
                 first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
                 last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))""",
            [(fid, published, published) for fid in sorted(facility_ids)],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO facility_sources (facility_id, source_key) VALUES (?, ?)",
            [(fid, source_key) for fid in sorted(facility_ids)],
        )

    def _claims(self, aid: str, claims: list[dict[str, Any]], text: str, local: dict[str, int]) -> None:
        """Insert the article's claims in one statement; ids are assigned here so links need no read-back."""
        if not claims:
            return
        first = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
        rows, links = [], []
        for cid, c in enumerate(claims, first):
            speaker = c["speaker"]
            sid = self.speakers.resolve(speaker)
            if speaker.get("span"):
                self._mentions(aid, "speaker", sid, [speaker["span"]], text)
            cs, ce = c["content"]
            rows.append((cid, aid, sid, text[slice(*speaker["span"])] if speaker.get("span") else None, c["cue"],
                         int(c["hedged"]), text[cs:ce], cs, ce, *c["span"], c.get("rule"), self._published))
            links += [(cid, local[f]) for f in dict.fromkeys(c.get("about") or []) if f in local]
        self.conn.executemany(
            """INSERT INTO claims (id, article_id, speaker_id, speaker_text, cue, hedged, content, content_start,
               content_end, start, end, rule, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            rows,
        )
        self.conn.executemany("INSERT OR IGNORE INTO claim_facilities (claim_id, facility_id) VALUES (?, ?)", links)

    def _events(self, aid: str, events: list[dict[str, Any]], text: str, local: dict[str, int]) -> None:
        self.conn.executemany(
            """INSERT INTO events (article_id, facility_id, type, actor, date, start, end, text, rule, observed,
               published, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(aid, local.get(e.get("facility") or ""), e["type"], e.get("actor"), e.get("date"), *e["span"],
              text[slice(*e["span"])], e.get("rule"), e.get("date") or self._published, self._published,
              self._source_key) for e in events],
        )

    def _mentions(self, aid: str, entity: str, eid: int, spans: list[list[int]], text: str) -> None:
        """Queue mention rows; `store` writes an article's mentions in one statement."""
        self._queued.extend((aid, entity, eid, s, e, text[s:e]) for s, e in spans)
