"""Toponyms resolved against the gazetteer: countries, demonyms, cities, admin1, seas and regions."""

from __future__ import annotations

from basewatch.model import Doc


class Places:
    """Pipeline component filling `Doc.places`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
