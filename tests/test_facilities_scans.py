"""Shortcuts that spare the facility layer whole-text scans must find what the scans found."""

from __future__ import annotations

from typing import Any

import pytest

from basewatch.extract import coref
from spans import check_spans


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard keeps its two patrol boats there, and the navy kept a tug there too.",
        "Upkeeps there were costly. The army houses some 300 troops there - and parks trucks there.",
        "It stations\nfour new jets there; the air force bases them there, not elsewhere.",
        "Nobody keeps anything there. Therefore, there, thereby.",
        "The fleet keeps boats at Tartus; there is no other port. It keeps one frigate-sized ship\tthere",
        "",
    ],
)
def test_object_there_finds_what_a_whole_text_scan_finds(text: str) -> None:
    scanned = [m.span(1) for m in coref._OBJECT_THERE.finditer(text)]
    assert coref._object_there(text) == scanned


def test_a_private_operator_still_clears_a_ports_state_operator(pipeline: Any) -> None:
    text = ("Ships call at the port of Gwadar every week. The port is run by a private operator under a lease, "
            "officials said.")
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    ports = [f for f in result["facilities"] if f["kind"] == "port"]
    assert ports and all(f["operator"] is None for f in ports)
