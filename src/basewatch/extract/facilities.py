"""Named installations, their attributes (runways, equipment) and in-document coreference."""

from __future__ import annotations

from basewatch.model import Doc


class Facilities:
    """Pipeline component filling `Doc.facilities`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
