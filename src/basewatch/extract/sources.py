"""Sources cited: outlets, officials, social media and satellite imagery."""

from __future__ import annotations

from basewatch.model import Doc


class Sources:
    """Pipeline component filling `Doc.sources`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
