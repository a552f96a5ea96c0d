"""Exports: the knowledge base as GeoJSON, KML, CSV, JSON or a STIX 2.1 bundle."""

from basewatch.export.formats import FORMATS, export

__all__ = ["FORMATS", "export"]
