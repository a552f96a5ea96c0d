"""Dates: a week within a named month, and a year a plan is set for, on our own sentences."""

from __future__ import annotations

import pytest

from basewatch.extract.dates import Dates
from basewatch.extract.normalize import make_doc


def found(dates: Dates, text: str, published: str = "2026-03-12") -> list[tuple[str, str | None]]:
    doc = dates(make_doc(text, published=published))
    return [(doc.surface(d.span), d.resolved) for d in doc.dates]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a week within a named month dates by that month, not by the week before publication
        ("The battalion reached the camp in the first week of February.", [("the first week of February", "2026-02")]),
        ("Sappers cleared the runway in the last week of January.", [("the last week of January", "2026-01")]),
        ("The frigates sailed in the final week of December 2025.", [("the final week of December 2025", "2025-12")]),
        ("Talks open in the second week of March.", [("the second week of March", "2026-03")]),
        # the week before publication stays one
        ("Sappers cleared the runway last week.", [("last week", "2026-03")]),
        # a year that works or drills are planned, scheduled or set for
        ("Dredging of the harbour is planned for 2027.", [("2027", "2027")]),
        ("The runway works, scheduled for 2028, will close the airport.", [("2028", "2028")]),
        ("The next drills are slated for 2027.", [("2027", "2027")]),
        ("Money has been earmarked for 2029 to rebuild the pier.", [("2029", "2029")]),
        # a count after 'for' is no year
        ("The plan called for 2027 homes.", []),
    ],
)
def test_weeks_of_months_and_planned_years(dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two months joined with 'again' or 'then' share the year written after the second
        ("The depot was shelled in March and again in September 2025.",
         [("March", "2025-03"), ("September 2025", "2025-09")]),
        ("Frigates called in May and then in June 2023.", [("May", "2023-05"), ("June 2023", "2023-06")]),
        # the first month falls before the second, so a later month name is the year before
        ("Bombers came in November and again in March 2025.", [("November", "2024-11"), ("March 2025", "2025-03")]),
        # with no year written, each reads against the publication date
        ("Troops came in March and in September.", [("March", "2026-03"), ("September", "2025-09")]),
    ],
)
def test_months_sharing_a_year(dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # works set to begin or be completed in a month: the next such month, as after any future cue
        ("Plans for a second fuel depot at the port are drawn up, with digging to start in January.",
         [("January", "2027-01")]),
        ("Dredging got under way last year, to be completed in February.", [("last year", "2025"),
                                                                            ("February", "2027-02")]),
        # a plain modal governs a month told at the end of a long clause
        ("The coast guard will host divers and rescue swimmers from its partners in the region for ten days of salvage "
         "drills near the lighthouse in February.", [("February", "2027-02")]),
        # a month told with a past verb after the cue stays past
        ("The yard that will build the ferries began work in February.", [("February", "2026-02")]),
    ],
)
def test_months_after_a_start_or_end_to_come(
        dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'the' and a season after a word that dates it: the latest one begun by publication (12 March 2026), the
        # next one not yet over after a future cue
        ("The ferry terminal was repainted over the summer.", [("the summer", "2025")]),
        ("The old hangar burned down in the autumn, firefighters said.", [("the autumn", "2025")]),
        ("Road works began in the spring.", [("the spring", "2026")]),
        ("A new quay is due to open in the summer.", [("the summer", "2026")]),
        # a span from a season leaves its year open
        ("Fishing boats have stayed in port since the autumn.", [("the autumn", None)]),
        # a season that qualifies a word after it, winter, or one with no article or no dating word is no date
        ("The island fills with tourists in the summer months.", []),
        ("The lake freezes over the winter.", []),
        ("Summer storms closed the airport.", []),
        ("The spring behind the barracks dried up.", []),
    ],
)
def test_seasons_with_the_article(dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a yearless month opening its sentence takes the time of the main verb: after a future modal, the next one
        ("In January, the coast guard will open a station on the island.", [("January", "2027-01")]),
        ("From February, two patrol boats from the naval base at the harbour mouth will be posted there.",
         [("February", "2027-02")]),
        # a past verb before the modal, or a date inside a clause of its own, keeps the last one
        ("In January, the minister said the frigates will return.", [("January", "2026-01")]),
        ("The company that arrived in January will stay until the summer.",
         [("January", "2026-01"), ("the summer", "2026")]),
    ],
)
def test_opening_month_takes_the_main_verbs_time(dates: Dates, sentence: str,
                                                  expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan or a modal further back still makes a yearless month the next one
        ("The navy plans to send two patrol boats to the northern harbour on the island in September.",
         [("September", "2026-09")]),
        ("The border police would base two fast launches at the small harbour beside the lighthouse from October.",
         [("October", "2026-10")]),
        # unless a verb of the past stands between them
        ("The minister plans to tour the new barracks and the ranges on the coast, the local paper reported in "
         "October.", [("October", "2025-10")]),
        ("Officials would not say whether the airstrip on the island was the target in January.",
         [("January", "2026-01")]),
    ],
)
def test_far_future_cue(dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past verb or participle right before the date's cue is what it dates, whatever future was told before
        ("The navy will lengthen the quay under a plan the council approved in November.", [("November", "2025-11")]),
        ("Dredging will cost more than a tender notice published in October said.", [("October", "2025-10")]),
        # after 'be' the participle is the future's own
        ("The new quay will be completed in November.", [("November", "2026-11")]),
    ],
)
def test_past_participle_dates_its_own_verb(dates: Dates, sentence: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected
