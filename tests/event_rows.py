"""Events of one extracted text as comparable rows, each span checked against the text."""

from __future__ import annotations

from typing import Any

Row = tuple[str, str | None, str | None, str | None]


def events(pipeline: Any, text: str, published: str = "2021-03-01") -> list[Row]:
    result = pipeline.extract(text, published=published)
    for event in result["events"]:
        assert text[event["span"][0]:event["span"][1]] == event["text"]
    return [(e["type"], e["facility"], e["actor"], e["date"]) for e in result["events"]]
