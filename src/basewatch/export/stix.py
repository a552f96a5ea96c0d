"""The knowledge base as a STIX 2.1 bundle, with ids derived from content so a re-export is identical.

Mapping: a located facility is a Location; speakers and outlets are Identities; each article is
a Report (external reference to its URL) referring to what it mentions; a stated claim is a
Note and a hedged one an Opinion (`agree`: the speaker's own, tentative assessment), both
authored by the speaker; Relationships tie speakers to the facilities their claims are about
and each facility to its operator's armed forces.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import defaultdict
from typing import Any

import stix2

from basewatch.store.read import FacilityRecord, iter_facilities

_NAMESPACE = uuid.UUID("6f0f5a3e-52a3-4c7e-9a34-3b1f2f6d6a10")
_EPOCH = "1970-01-01T00:00:00Z"
_ORG_WORDS = frozenset({
    "ministry", "department", "pentagon", "command", "office", "officials", "government", "army", "forces",
    "navy", "agency", "council", "kremlin", "service", "services", "spokesperson", "embassy", "headquarters",
    "military",
})


def _id(kind: str, *key: object) -> str:
    return f"{kind}--{uuid.uuid5(_NAMESPACE, '|'.join(map(str, key)))}"


def _ts(date: str | None) -> str:
    """A STIX timestamp for a YYYY[-MM[-DD]] date (missing parts are the first of the period)."""
    if not date:
        return _EPOCH
    parts = [*date.split("-"), "01", "01"][:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def _stamp(date: str | None) -> dict[str, str]:
    return {"created": _ts(date), "modified": _ts(date)}


def _identity_class(name: str) -> str:
    return "organization" if _ORG_WORDS & set(name.lower().split()) else "individual"


class _Builder:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.objects: dict[str, Any] = {}
        self.report_refs: dict[str, list[str]] = defaultdict(list)
        self.locations: dict[int, str] = {}

    def add(self, obj: Any) -> str:
        self.objects.setdefault(obj.id, obj)
        return str(obj.id)

    def identity(self, name: str, identity_class: str, date: str | None, **extra: Any) -> str:
        key = _id("identity", identity_class, name.lower())
        if key not in self.objects:
            self.add(stix2.Identity(id=key, name=name, identity_class=identity_class, **_stamp(date), **extra))
        return key

    def facility(self, record: FacilityRecord) -> None:
        located = record.lat is not None and record.lon is not None
        if not located and not record.country:
            return
        coords = {"latitude": record.lat, "longitude": record.lon} if located else {}
        key = self.add(stix2.Location(
            id=_id("location", record.catalog_id or f"facility-{record.id}"),
            name=record.name,
            description=f"{record.kind}; operator {record.operator or 'unknown'}; aliases: {', '.join(record.aliases)}",
            country=record.country,
            administrative_area=record.admin1,
            **coords,
            **_stamp(record.first_seen),
        ))
        self.locations[record.id] = key
        for article in record.articles:
            self.report_refs[article.id].append(key)
        if record.operator:
            forces = self.identity(f"Armed forces of {record.operator}", "organization", record.first_seen,
                                   sectors=["defense"])
            self.add(stix2.Relationship(
                id=_id("relationship", forces, "operates", key), relationship_type="operates",
                source_ref=forces, target_ref=key, **_stamp(record.first_seen),
            ))

    def claims(self) -> None:
        about: dict[int, list[int]] = defaultdict(list)
        for claim_id, facility_id in self.conn.execute("SELECT claim_id, facility_id FROM claim_facilities"):
            about[claim_id].append(facility_id)
        for row in self.conn.execute(
            """SELECT c.id, c.article_id, c.cue, c.hedged, c.content, c.start, sp.name, sp.role, a.published
               FROM claims c JOIN speakers sp ON sp.id = c.speaker_id JOIN articles a ON a.id = c.article_id
               ORDER BY c.article_id, c.start"""
        ):
            self._claim(row, [self.locations[f] for f in about[row[0]] if f in self.locations])

    def _claim(self, row: sqlite3.Row, places: list[str]) -> None:
        _, article_id, cue, hedged, content, start, speaker, role, published = row
        who = self.identity(speaker, _identity_class(speaker), published, **({"roles": [role]} if role else {}))
        refs = [who, *places]
        common = {"object_refs": refs, "authors": [speaker], **_stamp(published)}
        if hedged:
            claim = stix2.Opinion(id=_id("opinion", article_id, start), opinion="agree",
                                  explanation=f"{speaker} ({cue}): {content}", **common)
        else:
            claim = stix2.Note(id=_id("note", article_id, start), abstract=f"{speaker} {cue}", content=content,
                               **common)
        self.report_refs[article_id] += [self.add(claim), who]
        for place in places:
            self.add(stix2.Relationship(
                id=_id("relationship", who, "comments-on", place), relationship_type="comments-on",
                source_ref=who, target_ref=place, **_stamp(published),
            ))

    def reports(self) -> None:
        for article_id, url, title, published, outlet in self.conn.execute(
            "SELECT id, url, title, published, outlet FROM articles ORDER BY id"
        ):
            author = self.identity(outlet or "unknown outlet", "organization", published)
            refs = list(dict.fromkeys(self.report_refs.get(article_id, []))) or [author]
            reference = {"source_name": outlet or "basewatch", "external_id": article_id}
            self.add(stix2.Report(
                id=_id("report", article_id), name=title or f"article {article_id[:12]}",
                published=_ts(published), report_types=["threat-report"], object_refs=refs,
                created_by_ref=author, external_references=[reference | ({"url": url} if url else {})],
                **_stamp(published),
            ))


def bundle(conn: sqlite3.Connection) -> str:
    """The knowledge base as a serialised STIX 2.1 bundle."""
    builder = _Builder(conn)
    for record in iter_facilities(conn):
        builder.facility(record)
    builder.claims()
    builder.reports()
    objects = [builder.objects[k] for k in sorted(builder.objects)]
    result = stix2.Bundle(objects=objects, id=_id("bundle", *sorted(builder.objects)), allow_custom=False)
    # Indented in the objects' own property order: stix2's `pretty` ordering searches the whole bundle for
    # every key, which grows with the square of the knowledge base.
    return str(result.serialize(indent=2))
