"""Events of one extracted text as comparable rows, each span checked against the text."""

from __future__ import annotations

from typing import Any

Row = tuple[str, str | None, str | None, str | None]


def events(pipeline: Any, text: str, published: str = "2021-03-01") -> list[Row]:
    result = pipeline.extract(text, published=published)
    for event in result["events"]:
        assert text[event["span"][0]:event["span"][1]] == event["text"]
    return [(e["type"], e["facility"], e["actor"], e["date"]) for e in result["events"]]


# Events run only where the text names a facility: a text testing events at none opens with a sentence naming one,
# told apart from the sentence tested.
OPENING = "Russia operates Tartus naval base. "


def of_type(pipeline: Any, text: str, kind: str) -> list[Row]:
    """The events of type `kind` in `text`, as `events` gives them."""
    return [row for row in events(pipeline, text) if row[0] == kind]


def unplaced(pipeline: Any, text: str) -> list[Row]:
    """The events at no facility in `text`, as `events` gives them."""
    return [row for row in events(pipeline, text) if row[1] is None]
