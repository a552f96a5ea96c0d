"""Claims: direct and indirect speech with cue, speaker, hedging and content span."""

from __future__ import annotations

from basewatch.model import Doc


class Claims:
    """Pipeline component filling `Doc.claims`."""

    def __call__(self, doc: Doc) -> Doc:
        return doc
