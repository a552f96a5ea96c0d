"""'The airport', 'the range': a weak head after a determiner stands for the one facility whose own name holds it."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import Row, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named three sentences before and more: the airport is the one whose name holds the word
        ("Kestrel International Airport is home to the Ostland air wing. Its runway was widened in 2019. A new "
         "terminal opened in 2022. Fishermen complain about the noise. Ostland will station two drones at the "
         "airport from 2027, the ministry said.",
         [("expansion", "kestrel-international-airport", None, "2019"),
          ("deployment", "kestrel-international-airport", None, "2027")]),
        ("The army trains at the Marsh Point firing range. New barracks were built there in 2021. Fishermen "
         "complain about the noise. Tourists like the beaches. The defence minister visited the range in May 2022.",
         [("construction", "marsh-point-firing-range", None, "2021"),
          ("visit", "marsh-point-firing-range", None, "2022-05")]),
        # a station named before: 'the station' two sentences on is it, though placed by a date after it
        ("A new jetty at the Kestrel naval station was completed in August. The jetty lets patrol boats tie up "
         "alongside. The Dutch ambassador toured the station on Monday, the ministry said.",
         [("construction", "kestrel-naval-station", None, "2020-08"),
          ("visit", "kestrel-naval-station", "NL", "2021-03-01")]),
        # two stations named: 'the station' is neither
        ("Kestrel naval station lies north of the Brisk coast guard station. Fishermen complain about the "
         "noise. The Dutch ambassador toured the station on Monday, the ministry said.", []),
        # no facility named with the word: 'the airport' may be any airport there
        ("Rivet Air Base is the main air force base of Ostland. A new hangar was built there in 2021. Fishermen "
         "complain about the noise. Tourists like the beaches. Two F-16s landed at the airport in May 2022.",
         [("construction", "rivet-air-base", None, "2021")]),
        # two airports named: neither is meant
        ("Kestrel International Airport and Brisk International Airport both take military flights. Fishermen "
         "complain about the noise. Tourists like the beaches. Two F-16s landed at the airport in May 2022.", []),
        # a place only located by the airport is no event of it
        ("Kestrel International Airport is home to the Ostland air wing. Its runway was widened in 2019. Fishermen "
         "complain about the noise. A Gulf state began building a military base next to the airport in 2017.",
         [("expansion", "kestrel-international-airport", None, "2019")]),
    ],
)
def test_weak_head_stands_for_the_facility_named_with_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the centre' sentences after the one centre the article named
        ("The Ostland army opened the Kestrel reserve centre in 2015. Fishermen complain about the noise. Tourists "
         "like the beaches. The defence minister visited the centre in May 2022.",
         [("construction", "kestrel-reserve-centre", None, "2015"),
          ("visit", "kestrel-reserve-centre", None, "2022-05")]),
        # 'the post': the one post named, a border post or an observation post
        ("Ostland keeps a small border post at Brisk Point. Fishermen complain about the noise. The army closed the "
         "post in June 2020.",
         [("withdrawal", "brisk-point-border-post", None, "2020-06")]),
        ("The Ostland navy runs an observation post on Kestrel Cay. Fishermen complain about the noise. The Dutch "
         "ambassador toured the post in May 2022.",
         [("visit", "kestrel-cay-observation-post", "NL", "2022-05")]),
        # 'the headquarters', 'the strip'
        ("The Ostland army is building a new brigade headquarters at Varn. Fishermen complain about the noise. The "
         "Dutch ambassador toured the headquarters in May 2022.",
         [("construction", "varn-brigade-headquarters", None, None),
          ("visit", "varn-brigade-headquarters", "NL", "2022-05")]),
        ("Ostland built the Kestrel landing strip in 1944. Fishermen complain about the noise. Tourists like the "
         "beaches. The army resurfaced the strip in May 2022.",
         [("construction", "kestrel-landing-strip", None, "1944"),
          ("expansion", "kestrel-landing-strip", None, "2022-05")]),
        # two posts named: 'the post' is neither
        ("Kestrel Point observation post and Brisk border post watch the strait. Fishermen complain about the noise. "
         "The Dutch ambassador toured the post in May 2022.", []),
    ],
)
def test_a_centre_a_post_a_headquarters_or_a_strip_is_the_one_named_with_the_word(pipeline: Any, text: str,
                                                                                   expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second station named only in a later sentence: 'the station' is the one named in the sentence before
        ("The Ostland navy opened a coast watch station at Kestrel Point in 2019. The Dutch ambassador toured the "
         "station in May 2022. A smaller navy station at Varn watches the southern approaches.",
         [("construction", "kestrel-point-station", None, "2019"),
          ("visit", "kestrel-point-station", "NL", "2022-05")]),
        # one named earlier too: neither
        ("A navy station at Varn watches the southern approaches. The Ostland navy opened a coast watch station at "
         "Kestrel Point in 2019. The Dutch ambassador toured the station in May 2022.",
         [("construction", "kestrel-point-station", None, "2019")]),
    ],
)
def test_a_weak_head_is_the_one_named_just_before_when_the_others_come_later(pipeline: Any, text: str,
                                                                             expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a camp named by the airport it stands next to holds the head as a modifier: 'the airport' is the airport
        ("The Ostland army built a camp next to Kestrel Airport in 2019. Fishermen complain about the noise. Tourists "
         "like the beaches. The defence minister visited the airport in May 2022.",
         [("construction", "kestrel-airport-camp", None, "2019"),
          ("visit", "kestrel-airport", None, "2022-05")]),
        # a base named by the international airport it stands next to, the same
        ("The Ostland navy built a base next to Brisk International Airport in 2016. Fishermen complain about the "
         "noise. Tourists like the beaches. The defence minister visited the airport in May 2022.",
         [("construction", "brisk-international-airport-base", None, "2016"),
          ("visit", "brisk-international-airport", None, "2022-05")]),
    ],
)
def test_a_weak_head_is_the_facility_whose_name_ends_on_it(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


def test_a_weak_head_is_the_facility_whose_name_holds_it_before_a_comma(pipeline: Any) -> None:
    # 'Vardø Airport, Svartnes': the head is a word of the name though a comma, not a space, follows it
    text = ("A Norwegian coast guard plane landed at Vardø Airport, Svartnes, on Monday. Fishermen complain about the "
            "noise. Tourists like the beaches. Farmers grow potatoes. The defence minister visited the airport in May "
            "2022.")
    assert ("visit", "vardo_airport", "NO", "2022-05") in events(pipeline, text)
