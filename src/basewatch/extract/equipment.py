"""Military equipment designations: catalog lookup plus a designation pattern for the unseen."""

from __future__ import annotations

from basewatch.model import Doc


class Equipment:
    """Pipeline component filling `Doc.equipment`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
