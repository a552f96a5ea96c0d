"""A town's name standing for the one installation the article named after it."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("The navy keeps frigates at Sattahip naval base. A Chinese training ship called at Sattahip in March.",
         ["Sattahip naval base", "Sattahip"]),
        ("Trade goes through the port of Lobito, which Angola runs. A Chinese training ship called at Lobito in March.",
         ["port of Lobito"]),
    ],
)
def test_a_ship_calling_at_a_town_calls_at_its_naval_base_not_its_trading_port(pipeline: Any, text: str,
                                                                               mentions: list[str]) -> None:
    found = facilities_found(pipeline, text)
    assert [text[s:e] for fac in found.values() for s, e in fac["mentions"]] == mentions
