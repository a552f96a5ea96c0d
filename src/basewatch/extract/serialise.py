"""Serialise a processed `Doc` to the `basewatch/article@1` dict, spans in original offsets."""

from __future__ import annotations

import hashlib
from typing import Any

from basewatch.model import Doc, Span

SCHEMA_ID = "basewatch/article@1"


def article_id(norm: str) -> str:
    """Stable id of an article: hex digest of its normalised text."""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()


def to_article(doc: Doc) -> dict[str, Any]:
    span = doc.orig_span

    def mentions(spans: list[Span]) -> list[list[int]]:
        return [list(span(s)) for s in spans]

    return {
        "schema": SCHEMA_ID,
        "article": {
            "id": article_id(doc.norm),
            "url": doc.url,
            "title": doc.title,
            "published": doc.published,
            "language": doc.language,
            "chars": len(doc.text),
        },
        "facilities": [
            {
                "id": f.id,
                "name": f.name,
                "aliases": f.aliases,
                "kind": f.kind,
                "operator": f.operator,
                "country": f.country,
                "admin1": f.admin1,
                "lat": f.lat,
                "lon": f.lon,
                "geo_precision": f.geo_precision,
                "runways": [
                    {
                        "length_m": r.length_m,
                        "approx": r.approx,
                        "qualifier": r.qualifier,
                        "status": r.status,
                        "date": r.date,
                        "span": list(span(r.span)),
                        "text": doc.surface(r.span),
                        "rule": r.rule,
                    }
                    for r in f.runways
                ],
                "equipment": f.equipment,
                "tenants": f.tenants,
                "capabilities": f.capabilities,
                "mentions": mentions(f.mentions),
                "rule": f.rule,
            }
            for f in doc.facilities
        ],
        "equipment": _equipment(doc),
        "places": _places(doc),
        "claims": [
            {
                "speaker": {
                    "name": c.speaker.name,
                    "role": c.speaker.role,
                    "affiliation": c.speaker.affiliation,
                    "span": list(span(c.speaker.span)) if c.speaker.span else None,
                    "aliases": c.speaker.aliases,
                },
                "cue": c.cue,
                "hedged": c.hedged,
                "content": list(span(c.content)),
                "span": list(span(c.span)),
                "about": c.about,
                "rule": c.rule,
            }
            for c in doc.claims
        ],
        "quantities": [
            {
                "text": doc.surface(q.span),
                "value": q.value,
                "unit": q.unit,
                "si_value": q.si_value,
                "si_unit": q.si_unit,
                "qualifier": q.qualifier,
                "dimension": q.dimension,
                "span": list(span(q.span)),
                "rule": q.rule,
            }
            for q in doc.quantities
        ],
        "dates": [
            {
                "text": doc.surface(d.span),
                "resolved": d.resolved,
                "granularity": d.granularity,
                "relative": d.relative,
                "span": list(span(d.span)),
                "rule": d.rule,
            }
            for d in doc.dates
        ],
        "events": [
            {
                "type": e.type,
                "facility": e.facility,
                "actor": e.actor,
                "date": e.date,
                "span": list(span(e.span)),
                "text": doc.surface(e.span),
                "rule": e.rule,
            }
            for e in doc.events
        ],
        "sources": [
            {"kind": s.kind, "name": s.name, "span": list(span(s.span)), "text": doc.surface(s.span), "rule": s.rule}
            for s in doc.sources
        ],
    }


def _equipment(doc: Doc) -> list[dict[str, Any]]:
    """One entry per designation, with every mention's span and surface form."""
    grouped: dict[str, dict[str, Any]] = {}
    for m in doc.equipment:
        entry = grouped.get(m.designation)
        if entry is None:
            entry = grouped[m.designation] = {
                "designation": m.designation,
                "name": m.name,
                "class": m.cls,
                "origin": m.origin,
                "in_catalog": m.in_catalog,
                "mentions": [],
                "texts": [],
                "rule": m.rule,
            }
        _add_mention(doc, entry, m.span)
    return list(grouped.values())


def _places(doc: Doc) -> list[dict[str, Any]]:
    """One entry per resolved place (geonameid, else name), with every mention."""
    grouped: dict[object, dict[str, Any]] = {}
    for p in doc.places:
        key = p.geonameid if p.geonameid is not None else (p.name, p.country)
        entry = grouped.get(key)
        if entry is None:
            entry = grouped[key] = {
                "name": p.name,
                "kind": p.kind,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "geonameid": p.geonameid,
                "mentions": [],
                "texts": [],
                "rule": p.rule,
            }
        _add_mention(doc, entry, p.span)
    return list(grouped.values())


def _add_mention(doc: Doc, entry: dict[str, Any], span: Span) -> None:
    start, end = doc.orig_span(span)
    entry["mentions"].append([start, end])
    entry["texts"].append(doc.text[start:end])
