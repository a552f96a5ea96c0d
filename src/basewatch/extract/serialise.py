"""Serialise a processed `Doc` to the `basewatch/article@1` dict, spans in original offsets."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from basewatch.model import Doc, EquipmentMention, PlaceMention, Span

M = TypeVar("M", EquipmentMention, PlaceMention)

SCHEMA_ID = "basewatch/article@1"


def article_id(norm: str) -> str:
    """Stable id of an article: hex digest of its normalised text."""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()


def to_article(doc: Doc) -> dict[str, Any]:
    span, surface = _mappers(doc)

    def mentions(spans: list[Span]) -> list[list[int]]:
        return [span(s) for s in spans]

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
                        "span": span(r.span),
                        "text": surface(r.span),
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
        "equipment": _equipment(doc, span, surface),
        "places": _places(doc, span, surface),
        "claims": [
            {
                "speaker": {
                    "name": c.speaker.name,
                    "role": c.speaker.role,
                    "affiliation": c.speaker.affiliation,
                    "span": span(c.speaker.span) if c.speaker.span else None,
                    "aliases": c.speaker.aliases,
                },
                "cue": c.cue,
                "hedged": c.hedged,
                "content": span(c.content),
                "span": span(c.span),
                "about": c.about,
                "rule": c.rule,
            }
            for c in doc.claims
        ],
        "quantities": [
            {
                "text": surface(q.span),
                "value": q.value,
                "unit": q.unit,
                "si_value": q.si_value,
                "si_unit": q.si_unit,
                "qualifier": q.qualifier,
                "dimension": q.dimension,
                "span": span(q.span),
                "rule": q.rule,
            }
            for q in doc.quantities
        ],
        "dates": [
            {
                "text": surface(d.span),
                "resolved": d.resolved,
                "granularity": d.granularity,
                "relative": d.relative,
                "span": span(d.span),
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
                "span": span(e.span),
                "text": surface(e.span),
                "rule": e.rule,
            }
            for e in doc.events
        ],
        "sources": [
            {"kind": s.kind, "name": s.name, "span": span(s.span), "text": surface(s.span), "rule": s.rule}
            for s in doc.sources
        ],
    }


def _mappers(doc: Doc) -> tuple[Callable[[Span], list[int]], Callable[[Span], str]]:
    """Span and surface in original offsets; most texts lose no character, so a span is its own."""
    if doc.offsets is None:
        text = doc.text
        return list, lambda s: text[s[0] : s[1]]
    return lambda s: list(doc.orig_span(s)), doc.surface


def _equipment(doc: Doc, span: Callable[[Span], list[int]], surface: Callable[[Span], str]) -> list[dict[str, Any]]:
    """One entry per designation, with every mention's span and surface form."""
    return _grouped(doc.equipment, _designation, _equipment_head, span, surface)


def _places(doc: Doc, span: Callable[[Span], list[int]], surface: Callable[[Span], str]) -> list[dict[str, Any]]:
    """One entry per resolved place (geonameid, else name), with every mention."""
    return _grouped(doc.places, _place_key, _place_head, span, surface)


def _grouped(mentions: Sequence[M], key: Callable[[M], object], head: Callable[[M], dict[str, Any]],
             span: Callable[[Span], list[int]], surface: Callable[[Span], str]) -> list[dict[str, Any]]:
    """One entry per key, opened by the first mention's head, listing every mention's span and text."""
    grouped: dict[object, dict[str, Any]] = {}
    for m in mentions:
        k = key(m)
        entry = grouped.get(k)
        if entry is None:
            entry = grouped[k] = head(m) | {"mentions": [], "texts": [], "rule": m.rule}
        entry["mentions"].append(span(m.span))
        entry["texts"].append(surface(m.span))
    return list(grouped.values())


def _designation(m: EquipmentMention) -> object:
    return m.designation


def _equipment_head(m: EquipmentMention) -> dict[str, Any]:
    return {"designation": m.designation, "name": m.name, "class": m.cls, "origin": m.origin,
            "in_catalog": m.in_catalog}


def _place_key(p: PlaceMention) -> object:
    return p.geonameid if p.geonameid is not None else (p.name, p.country)


def _place_head(p: PlaceMention) -> dict[str, Any]:
    return {"name": p.name, "kind": p.kind, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
            "geonameid": p.geonameid}
