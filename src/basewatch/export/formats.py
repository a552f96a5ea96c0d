"""Serialisers from the store's facility records to GeoJSON, KML, CSV and JSON; the registry.

Facilities without coordinates are never given fake ones: GeoJSON lists them apart in a
foreign member `unlocated`, KML in a folder of placemarks without geometry.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree as ET

from basewatch.query.views import facility_json
from basewatch.store.read import FacilityRecord, iter_facilities

KML_NS = "http://www.opengis.net/kml/2.2"


def _summary(record: FacilityRecord) -> dict[str, Any]:
    """The flat properties every format shares."""
    lengths = sorted({round(r.length_m) for r in record.runways if r.length_m})
    return {
        "id": record.id,
        "catalog_id": record.catalog_id,
        "name": record.name,
        "kind": record.kind,
        "operator": record.operator,
        "country": record.country,
        "admin1": record.admin1,
        "geo_precision": record.geo_precision,
        "aliases": record.aliases,
        "runway_lengths_m": lengths,
        "equipment": [e.designation for e in record.equipment],
        "source_count": record.source_count,
        "first_seen": record.first_seen,
        "last_seen": record.last_seen,
    }


def _located(record: FacilityRecord) -> bool:
    return record.lat is not None and record.lon is not None


def to_geojson(conn: sqlite3.Connection) -> str:
    features, unlocated = [], []
    for record in iter_facilities(conn):
        props = _summary(record)
        if _located(record):
            features.append({
                "type": "Feature",
                "id": record.id,
                "geometry": {"type": "Point", "coordinates": [record.lon, record.lat]},
                "properties": props,
            })
        else:
            unlocated.append(props)
    collection = {"type": "FeatureCollection", "features": features, "unlocated": unlocated}
    return json.dumps(collection, ensure_ascii=False, indent=1)


def _kml_placemark(parent: ET.Element, record: FacilityRecord) -> None:
    props = _summary(record)
    mark = ET.SubElement(parent, "Placemark", id=f"facility-{record.id}")
    ET.SubElement(mark, "name").text = record.name
    lengths = ", ".join(f"{n:,} m" for n in props["runway_lengths_m"]) or "none reported"
    ET.SubElement(mark, "description").text = (
        f"{record.kind}; operator {record.operator or 'unknown'}; host {record.country or 'unknown'}; "
        f"runways {lengths}; {record.source_count} source(s)"
    )
    data = ET.SubElement(mark, "ExtendedData")
    for key, value in props.items():
        cell = ET.SubElement(data, "Data", name=key)
        text = "; ".join(map(str, value)) if isinstance(value, list) else value
        ET.SubElement(cell, "value").text = "" if text is None else str(text)
    if _located(record):
        point = ET.SubElement(mark, "Point")
        ET.SubElement(point, "coordinates").text = f"{record.lon},{record.lat}"


def to_kml(conn: sqlite3.Connection) -> str:
    ET.register_namespace("", KML_NS)
    root = ET.Element("kml", xmlns=KML_NS)
    document = ET.SubElement(root, "Document")
    ET.SubElement(document, "name").text = "basewatch facilities"
    located = ET.SubElement(document, "Folder")
    ET.SubElement(located, "name").text = "Located facilities"
    unlocated = ET.SubElement(document, "Folder")
    ET.SubElement(unlocated, "name").text = "Unlocated facilities (no coordinates known)"
    for record in iter_facilities(conn):
        _kml_placemark(located if _located(record) else unlocated, record)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


CSV_COLUMNS = (
    "id", "catalog_id", "name", "kind", "operator", "country", "admin1", "lat", "lon", "geo_precision",
    "aliases", "runway_lengths_m", "equipment", "source_count", "first_seen", "last_seen",
)


def to_csv(conn: sqlite3.Connection) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in iter_facilities(conn):
        row = _summary(record) | {"lat": record.lat, "lon": record.lon}
        writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
    return out.getvalue()


def to_json(conn: sqlite3.Connection) -> str:
    return json.dumps([facility_json(r) for r in iter_facilities(conn)], ensure_ascii=False, indent=1)


def to_stix(conn: sqlite3.Connection) -> str:
    from basewatch.export.stix import bundle

    return bundle(conn)


FORMATS: dict[str, Callable[[sqlite3.Connection], str]] = {
    "geojson": to_geojson,
    "kml": to_kml,
    "csv": to_csv,
    "json": to_json,
    "stix": to_stix,
}


def export(conn: sqlite3.Connection, fmt: str) -> str:
    """The whole knowledge base in format `fmt` (one of `FORMATS`)."""
    text = FORMATS[fmt](conn)
    return text if text.endswith("\n") else text + "\n"
