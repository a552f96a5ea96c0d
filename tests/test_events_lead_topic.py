"""'The air base' paragraphs after the lead named several bases: the one the headline or opening sentence names."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening sentence names Camp Orla; later paragraphs name two more bases, then 'the base' comes back
        ("Ostland hands Camp Orla to Westmark\n\nOstland handed Camp Orla to the Westmark army on Friday, ending "
         "forty years of presence. Its troops left the garrison at Brisk in May and the depot at Tarn in June. "
         "Ministers met in the capital. Farmers worry about the roads. Prices went up. A researcher said Dutch "
         "officers had already visited the base in 2020.",
         [("visit", "camp-orla", "NL", "2020")]),
        # the headline and the lead name two bases: neither is the topic, and 'the base' is left alone
        ("Camp Orla and Camp Vell change hands\n\nOstland handed Camp Orla and Camp Vell to Westmark on Friday. "
         "Ministers met in the capital. Farmers worry about the roads. Prices went up. Rain fell. A researcher said "
         "Dutch officers had already visited the base in 2020.",
         []),
    ],
)
def test_far_anaphor_is_the_lead_facility(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert of_type(pipeline, text, "visit") == expected
