"""English usages the facilities stage must read as reporters mean them: possessives inside place names, common
words that are also installations' names, compounds whose first word is a head, and installations named bare."""

from __future__ import annotations

from typing import Any

import pytest

from spans import facilities_found as found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A contractor is lengthening the runway at Tarrow's Landing airport, officials said.",
         "Tarrow's Landing airport"),
        ("Frigates still call at Pelham's Cove naval base every spring.", "Pelham's Cove naval base"),
        ("The strain shows at Pelham's Cove, the navy's main base on the south coast.", "Pelham's Cove base"),
    ],
)
def test_a_possessive_inside_a_place_name_is_part_of_it(pipeline: Any, text: str, name: str) -> None:
    assert name in found(pipeline, text)


def test_a_state_or_owner_named_alone_elsewhere_owns_the_name(pipeline: Any) -> None:
    text = ("Drones struck Valmora's Brenmoor air base on Sunday. Valmora said the attack failed. "
            "Drax Holdings' Ostrel plant was untouched; Drax said so.")
    facilities = found(pipeline, text)
    assert "Brenmoor air base" in facilities
    assert not any("Valmora" in name for name in facilities)
