"""Events at facilities: construction, expansion, deployment, withdrawal, attack, exercise."""

from __future__ import annotations

from basewatch.model import Doc


class Events:
    """Pipeline component filling `Doc.events`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
