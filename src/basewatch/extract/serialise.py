"""Serialise a processed `Doc` to the `basewatch/article@1` dict, spans in original offsets."""

from __future__ import annotations

import hashlib
from typing import Any, Final

from basewatch.model import Claim, Doc, EquipmentMention, Facility, PlaceMention, Span

SCHEMA_ID: Final = "basewatch/article@1"


def article_id(norm: str) -> str:
    """Stable id of an article: hex digest of its normalised text."""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()


def to_article(doc: Doc) -> dict[str, Any]:
    # Every entry is built by a loop of its own with direct reads, no function passed around: compiled, a call
    # through a function object (a lambda, `list`) costs several times the dictionary it fills.
    spans = _Spans(doc)
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
        "facilities": [_facility(f, spans) for f in doc.facilities],
        "equipment": _equipment(doc.equipment, spans),
        "places": _places(doc.places, spans),
        "claims": [_claim(c, spans) for c in doc.claims],
        "quantities": [
            {
                "text": spans.surface(q.span),
                "value": q.value,
                "unit": q.unit,
                "si_value": q.si_value,
                "si_unit": q.si_unit,
                "qualifier": q.qualifier,
                "dimension": q.dimension,
                "span": spans.span(q.span),
                "rule": q.rule,
            }
            for q in doc.quantities
        ],
        "dates": [
            {
                "text": spans.surface(d.span),
                "resolved": d.resolved,
                "granularity": d.granularity,
                "relative": d.relative,
                "span": spans.span(d.span),
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
                "span": spans.span(e.span),
                "text": spans.surface(e.span),
                "rule": e.rule,
            }
            for e in doc.events
        ],
        "sources": [
            {"kind": s.kind, "name": s.name, "span": spans.span(s.span), "text": spans.surface(s.span), "rule": s.rule}
            for s in doc.sources
        ],
    }


class _Spans:
    """Spans and surfaces in original offsets; most texts lose no character, so a span is its own."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.same = doc.offsets is None

    def span(self, span: Span) -> list[int]:
        start, end = span if self.same else self.doc.orig_span(span)
        return [start, end]

    def surface(self, span: Span) -> str:
        return self.text[span[0] : span[1]] if self.same else self.doc.surface(span)


def _facility(f: Facility, spans: _Spans) -> dict[str, Any]:
    return {
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
                "span": spans.span(r.span),
                "text": spans.surface(r.span),
                "rule": r.rule,
            }
            for r in f.runways
        ],
        "equipment": f.equipment,
        "tenants": f.tenants,
        "capabilities": f.capabilities,
        "mentions": [spans.span(m) for m in f.mentions],
        "rule": f.rule,
    }


def _claim(c: Claim, spans: _Spans) -> dict[str, Any]:
    speaker = c.speaker
    return {
        "speaker": {
            "name": speaker.name,
            "role": speaker.role,
            "affiliation": speaker.affiliation,
            "span": spans.span(speaker.span) if speaker.span else None,
            "aliases": speaker.aliases,
        },
        "cue": c.cue,
        "hedged": c.hedged,
        "content": spans.span(c.content),
        "span": spans.span(c.span),
        "about": c.about,
        "rule": c.rule,
    }


def _equipment(mentions: list[EquipmentMention], spans: _Spans) -> list[dict[str, Any]]:
    """One entry per designation, with every mention's span and surface form."""
    grouped: dict[str, dict[str, Any]] = {}
    for m in mentions:
        entry = grouped.get(m.designation)
        if entry is None:
            entry = grouped[m.designation] = {
                "designation": m.designation, "name": m.name, "class": m.cls, "origin": m.origin,
                "in_catalog": m.in_catalog, "mentions": [], "texts": [], "rule": m.rule,
            }
        entry["mentions"].append(spans.span(m.span))
        entry["texts"].append(spans.surface(m.span))
    return list(grouped.values())


def _places(mentions: list[PlaceMention], spans: _Spans) -> list[dict[str, Any]]:
    """One entry per resolved place (geonameid, else name), with every mention."""
    grouped: dict[object, tuple[list[list[int]], list[str]]] = {}
    entries: list[dict[str, Any]] = []
    for p in mentions:
        key: object = p.geonameid if p.geonameid is not None else (p.name, p.country)
        lists = grouped.get(key)
        if lists is None:
            lists = grouped[key] = ([], [])
            entries.append({"name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1, "lat": p.lat,
                            "lon": p.lon, "geonameid": p.geonameid, "mentions": lists[0], "texts": lists[1],
                            "rule": p.rule})
        lists[0].append(spans.span(p.span))
        lists[1].append(spans.surface(p.span))
    return entries
