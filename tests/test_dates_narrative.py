"""Dates component: how a date without a year reads against the narrative and the publication date."""

from __future__ import annotations

import pytest

from basewatch.extract.dates import Dates
from basewatch.extract.normalize import make_doc

Expected = list[tuple[str, str | None]]


def found(dates: Dates, text: str, published: str = "2025-05-23") -> Expected:
    doc = dates(make_doc(text, published=published))
    return [(doc.surface(d.span), d.resolved) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The garrison came back in 2019, after the raid on the depot in September of that year.",
            [("2019", "2019"), ("September of that year", "2019-09")],
        ),
        (
            "Troops were massed there in October 2023, after a clash at the border in September that year.",
            [("October 2023", "2023-10"), ("September that year", "2023-09")],
        ),
        (
            "The pier opened in 2017. On 3 May the following year the first frigate docked.",
            [("2017", "2017"), ("3 May the following year", "2018-05-03")],
        ),
        (
            "Dredging began in 2012 and stopped in March the same year.",
            [("2012", "2012"), ("March the same year", "2012-03")],
        ),
        (
            "The hangar burned in 2020; in June of the previous year it was painted.",
            [("2020", "2020"), ("June of the previous year", "2019-06")],
        ),
        ("In September that year the depot closed.", [("September that year", None)]),
    ],
)
def test_month_of_that_year_takes_the_narrative_year(dates: Dates, text: str, expected: Expected) -> None:
    assert found(dates, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # News leaves out the year of this year's months even after an older year in the story.
        (
            "The radar site has been manned since 2014. The new crews arrived in March.",
            [("2014", "2014"), ("March", "2025-03")],
        ),
        (
            "The runway, which had opened in January 2021, was closed in April.",
            [("January 2021", "2021-01"), ("April", "2025-04")],
        ),
        (
            "The last units pulled out in 1976. Work on the tower began in February.",
            [("1976", "1976"), ("February", "2025-02")],
        ),
    ],
)
def test_yearless_month_reads_against_publication(dates: Dates, text: str, expected: Expected) -> None:
    assert found(dates, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jetty for the ships that will replace them is to be finished in March.", "2026-03"),
        ("Work on a jetty for the ships that will replace them began in March.", "2025-03"),
        ("The runway is due to open next year, the ministry said in January.", "2025-01"),
        ("Officials said the depot would reopen in January.", "2026-01"),
        ("A training centre is being built, and it should open in August.", "2025-08"),
        ("A training centre is being built, and it should open in January.", "2026-01"),
    ],
)
def test_past_verb_ends_the_reach_of_a_future_cue(dates: Dates, text: str, expected: str) -> None:
    assert found(dates, text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot was shelled on March 12 last year.", [("March 12 last year", "2024-03-12")]),
        ("The depot was shelled on 12 March last year.", [("12 March last year", "2024-03-12")]),
        ("The pier reopens on 4 May next year.", [("4 May next year", "2026-05-04")]),
        ("It was shelled on Tuesday, 12 March of last year.", [("Tuesday, 12 March of last year", "2024-03-12")]),
    ],
)
def test_day_and_month_with_a_shifted_year(dates: Dates, text: str, expected: Expected) -> None:
    assert found(dates, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On a July afternoon, spotters watched a transport land.", [("July", "2024-07")]),
        ("In a February storm the hangar roof came down.", [("February", "2025-02")]),
        ("On the March morning of the raid the gates were shut.", [("March", "2025-03")]),
        ("The brigade will march on a new road.", []),
    ],
)
def test_month_after_a_cue_and_an_article(dates: Dates, text: str, expected: Expected) -> None:
    assert found(dates, text) == expected
