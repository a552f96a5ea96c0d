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
        ("The expansion project at Hmeimim air base was completed in 2019.",
         [("expansion", "hmeimim", "RU", "2019")]),
        ("The upgrade work at Souda Bay naval base was finished in 2020.", [("expansion", "souda_bay", "GR", "2020")]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the event noun telling its course dates it
        ("The drills, which began on Monday, involve troops at Souda Bay naval base.",
         [("exercise", "souda_bay", "GR", "2021-03-01")]),
        ("The drills at Souda Bay naval base, which began on Monday, involve 2,000 troops.",
         [("exercise", "souda_bay", "GR", "2021-03-01")]),
        ("The deployment of Russian jets to Hmeimim air base, which started in March 2020, was the largest yet.",
         [("deployment", "hmeimim", "RU", "2020-03")]),
        ("The deployment, which started in March, brought Russian jets to Hmeimim air base.",
         [("deployment", "hmeimim", "RU", "2021-03")]),
        ("The exercise at Souda Bay naval base, which ended on 12 May 2020, involved Greek and US ships.",
         [("exercise", "souda_bay", "GR", "2020-05-12")]),
        ("The strike on Hmeimim air base, which took place on 3 January 2018, damaged several jets.",
         [("attack", "hmeimim", None, "2018-01-03")]),
        ("The visit to Incirlik Air Base, which came in May 2019, was the minister's first.",
         [("visit", "incirlik", "TR", "2019-05")]),
        # a relative clause on the facility, or one telling no course, dates it not
        ("Russia deployed jets to Hmeimim air base, which started operating in 2015.",
         [("deployment", "hmeimim", "RU", None)]),
        ("The deployment of jets to Hmeimim air base, which Russia began using in 2015, was announced.",
         [("deployment", "hmeimim", "RU", None)]),
    ],
)
def test_relative_clause_dates_event_noun(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the completion told in or after a relative clause on the event noun ends that event
        ("The expansion of Hmeimim air base, which began in 2015, is now complete.",
         [("expansion", "hmeimim", "RU", "2015")]),
        ("The withdrawal of French troops from Gao air base, which was completed in August 2022, ended a mission.",
         [("withdrawal", "gao", "FR", "2022-08")]),
        ("The withdrawal of French troops from Gao air base was completed in August 2022.",
         [("withdrawal", "gao", "FR", "2022-08")]),
        ("The expansion of Hmeimim air base, which Russia funded, is complete, and new hangars were completed in 2019.",
         [("expansion", "hmeimim", "RU", None), ("construction", "hmeimim", "RU", "2019")]),
    ],
)
def test_completion_after_relative_clause(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # work said to have gone on since a time began then
        ("Russia is lengthening the runway at Hmeimim air base. Work at the site has gone on since March 2020.",
         [("expansion", "hmeimim", "RU", "2020-03")]),
        ("Russia is lengthening the runway at Hmeimim air base. Work has been under way since March 2020.",
         [("expansion", "hmeimim", "RU", "2020-03")]),
        ("Russia is lengthening the runway at Hmeimim air base. Work at the site has continued since March 2020.",
         [("expansion", "hmeimim", "RU", "2020-03")]),
        # a report's date is not the work's start
        ("Russia is lengthening the runway at Hmeimim air base. Work at the site has continued, officials said in "
         "March 2020.", [("expansion", "hmeimim", "RU", None)]),
    ],
)
def test_work_gone_on_since(pipeline: Any, text: str, expected: list[Row]) -> None:
    assert events(pipeline, text) == expected
