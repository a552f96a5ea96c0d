"""Dates, absolute and relative to the publication day, resolved to YYYY, YYYY-MM or YYYY-MM-DD."""

from __future__ import annotations

from basewatch.model import Doc


class Dates:
    """Pipeline component filling `Doc.dates`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
