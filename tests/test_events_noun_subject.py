"""Events: an event noun as its sentence's subject, told more of by the verb or a relative clause, on our own
sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # completing works named by a noun is their end, one event of their own type
        ("The expansion of Hmeimim air base was completed in 2019.", [("expansion", "hmeimim", "RU", "2019")]),
        ("The upgrade of Souda Bay naval base was finished in 2020.", [("expansion", "souda_bay", "GR", "2020")]),
        ("The extension of the runway at Incirlik Air Base was completed in May 2020.",
         [("expansion", "incirlik", "TR", "2020-05")]),
        ("The lengthening of the runway at Tartus naval base was completed in 2018.",
         [("expansion", "tartus", "RU", "2018")]),
        ("Work on the expansion of Hmeimim air base was completed in 2019.", [("expansion", "hmeimim", "RU", "2019")]),
        ("The Chinese-funded expansion of Ream naval base will be completed in 2024.",
         [("expansion", "ream", "CN", "2024")]),
        ("The resurfacing of the runway at Souda Bay naval base was completed in 2020.",
         [("expansion", "souda_bay", "GR", "2020")]),
        ("The construction of Hmeimim air base was completed in 2016.", [("construction", "hmeimim", "RU", "2016")]),
        ("The construction of a new hangar at Souda Bay naval base was finished in 2020.",
         [("construction", "souda_bay", "GR", "2020")]),
        # a completion with a subject of its own tells other works
        ("The runway at Incirlik Air Base was extended and new hangars were completed in 2019.",
         [("expansion", "incirlik", "TR", "2019"), ("construction", "incirlik", "TR", "2019")]),
        ("The expansion of Hmeimim air base began in 2015, and new barracks were completed in 2019.",
         [("expansion", "hmeimim", "RU", "2015"), ("construction", "hmeimim", "RU", "2019")]),
    ],
)
def test_completed_works_noun(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
