"""Quantities with units and qualifiers: lengths, distances, areas, masses, speeds, durations, counts."""

from __future__ import annotations

from basewatch.model import Doc


class Quantities:
    """Pipeline component filling `Doc.quantities`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
