"""Dates component: absolute and relative dates, resolution against the publication date, spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from basewatch.extract.dates import Anchor, Dates
from basewatch.extract.normalize import make_doc
from basewatch.extract.spacing import spaced
from basewatch.model import Doc
from spans import check_spans


def run(dates: Dates, text: str, published: str | None = "2021-03-01") -> Doc:
    return dates(make_doc(text, published=published))


def found(dates: Dates, text: str, published: str | None = "2021-03-01") -> list[tuple[str, str | None]]:
    doc = run(dates, text, published)
    return [(doc.surface(d.span), d.resolved) for d in doc.dates]


# Published Monday 2021-03-01 unless the case says otherwise.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The airstrip was finished on 5 March 2021.", [("5 March 2021", "2021-03-05")]),
        ("The airstrip was finished on March 5, 2021.", [("March 5, 2021", "2021-03-05")]),
        ("Work started on Tuesday, 2 February 2021.", [("Tuesday, 2 February 2021", "2021-02-02")]),
        ("Satellite images from January 2021 show a hangar.", [("January 2021", "2021-01")]),
        ("Images from Jan. 2021 show it.", [("Jan. 2021", "2021-01")]),
        ("The port opened in January of 2017.", [("January of 2017", "2017-01")]),
        ("The base was handed over in 2019.", [("2019", "2019")]),
        ("The lease runs until 2044.", [("2044", "2044")]),
        ("The log is dated 2019-05-03.", [("2019-05-03", "2019-05-03")]),
        ("The order is dated 13/05/2019.", [("13/05/2019", "2019-05-13")]),
        ("The order is dated 03.05.2019.", [("03.05.2019", "2019-05-03")]),
        ("The order is dated 03/05/2019.", [("03/05/2019", "2019")]),
        ("Troops arrived in mid-2020.", [("mid-2020", "2020")]),
        ("Troops arrived in early 2019.", [("early 2019", "2019")]),
        ("Troops left at the end of 2016.", [("the end of 2016", "2016")]),
        ("Dredging began in the summer of 2018.", [("the summer of 2018", "2018")]),
        ("Dredging began in late March 2021.", [("late March 2021", "2021-03")]),
        ("The drills ran on 5-7 March 2020.", [("5-7 March 2020", "2020-03")]),
        (
            "It sailed on the fifth of May 2019 and on June twenty-first, 2019.",
            [("fifth of May 2019", "2019-05-05"), ("June twenty-first, 2019", "2019-06-21")],
        ),
        ("Le 1er mars 2021, la piste a rouvert.", [("1er mars 2021", "2021-03-01")]),
        ("Drills ran from March to May 2019.", [("March", "2019-03"), ("May 2019", "2019-05")]),
        ("Drills ran December-February 2019.", [("December", "2018-12"), ("February 2019", "2019-02")]),
        ("The 2014 annexation of Crimea changed the fleet's basing.", [("2014", "2014")]),
        ("Russia's 2014 annexation of Crimea changed it.", [("2014", "2014")]),
        ("A 2019 report and its 2025 budget say so.", [("2019", "2019"), ("2025", "2025")]),
        ("Sevastopol was founded in 1783 as a naval base.", [("1783", "1783")]),
        ("Jets are due in the first quarter of 2021 and Q3 2022.", [("2021", "2021"), ("2022", "2022")]),
        ("A force of 2000 troops and a budget of 2019 million.", []),
        ("The 1800 sailors left.", []),
        ("Funding for 2022/23 and the 2022-23 financial year rose.", [("2022", "2022"), ("23", "2023")] * 2),
        ("The base grew between 2018 and 2020.", [("2018", "2018"), ("2020", "2020")]),
        ("Construction (2015-2017) cost millions.", [("2015", "2015"), ("2017", "2017")]),
        ("The ministry's 2019's budget rose.", [("2019", "2019")]),
        ("Troops sent after December's storm flew home.", [("December", "2020-12")]),
        ("Flights resumed in 2007 and 2009.", [("2007", "2007"), ("2009", "2009")]),
        ("The Su-24 and the S-400 were seen.", []),
        ("The runway is 2,400 m long and 1,200-meter taxiways link it.", []),
        ("More than 2000 sailors serve there.", []),
        ("Model 2019 was never built.", []),
        ("They may move. The march was long.", []),
        ("The fleet of the 1990s was larger.", [("the 1990s", None)]),
        ("It was built in the early 2000s and in 1990's style.", [("the early 2000s", None), ("1990's", None)]),
    ],
)
def test_absolute(dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The runway was completed last January.", [("last January", "2021-01")]),
        ("Fighters tried three years ago to take the plant.", [("three years ago", "2018")]),
        ("A base was set up years ago.", [("years ago", None)]),
        ("A base was set up a few years ago.", [("a few years ago", None)]),
        ("A base was set up a decade ago.", [("a decade ago", "2011")]),
        ("Earlier this month, jets landed.", [("Earlier this month", "2021-03")]),
        ("Jets landed on Tuesday.", [("Tuesday", "2021-02-23")]),
        ("Jets will land on Tuesday.", [("Tuesday", "2021-03-02")]),
        ("The frigate will arrive next year.", [("next year", "2022")]),
        ("Activity grew in recent weeks.", [("in recent weeks", "2021-03")]),
        ("Activity grew in recent months.", [("in recent months", None)]),
        ("More ships will come in the coming weeks.", []),
        ("The hangars were built last year.", [("last year", "2020")]),
        ("The hangars were built this year.", [("this year", "2021")]),
        ("The hangars were built last month.", [("last month", "2021-02")]),
        ("Drones were seen yesterday.", [("yesterday", "2021-02-28")]),
        ("Drones were seen two weeks ago.", [("two weeks ago", "2021-02-15")]),
        ("Drones were seen two months ago.", [("two months ago", "2021-01")]),
        ("The base was hit in March.", [("March", "2021-03")]),
        ("The base was hit in April.", [("April", "2020-04")]),
        ("The base will be hit in April.", [("April", "2021-04")]),
        ("The move may be complete by April.", [("April", "2021-04")]),
        ("In May the pier may have been hit.", [("May", "2020-05")]),
        ("Officials said an inquiry would report by 15 October.", [("15 October", "2021-10-15")]),
        ("The drill goes on until 2 April.", [("2 April", "2021-04-02")]),
        ("The port was shut until 2 November.", [("2 November", "2020-11-02")]),
        ("Jets came in May and June.", [("May", "2020-05"), ("June", "2020-06")]),
        ("The base was hit on March 5.", [("March 5", "2021-03-05")]),
        ("The base was hit on April 5.", [("April 5", "2020-04-05")]),
        ("The base was hit on 20 February.", [("20 February", "2021-02-20")]),
        ("Work resumes on Tuesday, March 2, they said.", [("Tuesday, March 2", "2021-03-02")]),
        ("It was hit on Saturday, 5 December.", [("Saturday, 5 December", "2020-12-05")]),
        ("The base was hit in January last year.", [("January last year", "2020-01")]),
        ("The base was hit last week.", [("last week", "2021-02")]),
        ("The base was hit last summer.", [("last summer", "2020")]),
        ("The base will be hit next Friday.", [("next Friday", "2021-03-12")]),
        ("The base will be hit this Friday.", [("this Friday", "2021-03-05")]),
        ("The base was hit last Monday.", [("last Monday", "2021-02-22")]),
        ("The base was hit this past Sunday.", [("this past Sunday", "2021-02-28")]),
        ("The base was hit on Monday.", [("Monday", "2021-03-01")]),
        ("The base was hit over the weekend.", [("the weekend", "2021-02")]),
        ("The base will be hit this weekend.", [("this weekend", "2021-03")]),
        ("The Sunday Times said the base grew after Good Friday.", []),
        ("The base was hit on Tuesday of last week.", [("Tuesday of last week", "2021-02-23")]),
        ("It was finished at the end of last year.", [("the end of last year", "2020")]),
        ("The year before, in the past few days, nothing moved.", [("in the past few days", "2021-03")]),
        (
            "Jets struck on 3 May 2020 and drones two days later.",
            [("3 May 2020", "2020-05-03"), ("two days later", "2020-05-05")],
        ),
        (
            "On January 24 missiles flew. A week earlier, drones hit.",
            [("January 24", "2021-01-24"), ("A week earlier", "2021-01-17")],
        ),
        (
            "The depot burned in May 2019; the next day it was hit again.",
            [("May 2019", "2019-05"), ("the next day", None)],
        ),
        (
            "The depot burned on Tuesday; images taken the next day show it.",
            [("Tuesday", "2021-02-23"), ("the next day", "2021-02-24")],
        ),
        ("The pier opened in 2015 and the following year it grew.", [("2015", "2015"), ("the following year", "2016")]),
        (
            "Jets hit it on 3 May 2020; that day, ships left.",
            [("3 May 2020", "2020-05-03"), ("that day", "2020-05-03")],
        ),
        ("It opened in March 2019 and closed the same year.", [("March 2019", "2019-03"), ("the same year", "2019")]),
        ("It opened in 2019 and closed the same month.", [("2019", "2019"), ("the same month", None)]),
        # a week with no edge of its own is dated by its month: the one the text last named, or that of a day whose
        # week lies in one month; none across two months or after a bare year
        ("Two frigates docked in July 2020; a tanker came the same week.",
         [("July 2020", "2020-07"), ("the same week", "2020-07")]),
        ("Two frigates docked on 15 July 2020; a tanker came that week.",
         [("15 July 2020", "2020-07-15"), ("that week", "2020-07")]),
        ("Two frigates docked on 30 June 2020; a tanker came the same week.",
         [("30 June 2020", "2020-06-30"), ("the same week", None)]),
        ("Two frigates docked in 2020; a tanker came the same week.", [("2020", "2020"), ("the same week", None)]),
        ("Tromso, February 20: The frigate left at 06:30.", [("February 20", "2021-02-20")]),
        (
            "The vote came on Thursday. The day before it, rockets flew.",
            [("Thursday", "2021-02-25"), ("The day before", "2021-02-24")],
        ),
        (
            "Sirens sounded on Feb. 12, the day after the raid.",
            [("Feb. 12", "2021-02-12"), ("the day after", "2021-02-12")],
        ),
        ("The day before the summit, jets flew.", []),
        ("The year before last was quiet.", []),
    ],
)
def test_relative(dates: Dates, sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The hangars were built last year.", "2021-03", [("last year", "2020")]),
        ("The hangars were built last year.", "2021", [("last year", "2020")]),
        ("Jets landed on Tuesday.", "2021-03", [("Tuesday", None)]),
        ("The runway was completed last January.", "2021-01-20", [("last January", "2020-01")]),
        ("The runway was completed last January.", "2021", [("last January", None)]),
        ("The runway was completed in January 2019.", None, [("January 2019", "2019-01")]),
    ],
)
def test_partial_or_late_publication(
    dates: Dates, sentence: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert found(dates, sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The runway was completed last January.",
        "Fighters tried three years ago to take the plant.",
        "Jets landed on Tuesday, yesterday and last week.",
        "The base was hit in March and next year it will grow.",
    ],
)
def test_no_publication_date_leaves_relative_dates_unresolved(dates: Dates, sentence: str) -> None:
    doc = run(dates, sentence, None)
    assert doc.dates
    assert all(d.resolved is None and d.granularity is None and d.relative for d in doc.dates)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("La piste a été achevée le 5 mars 2021.", "fr", [("5 mars 2021", "2021-03-05")]),
        ("Die Landebahn wurde am 5. März 2021 fertig.", "de", [("5. März 2021", "2021-03-05")]),
        ("La pista se terminó el 5 de marzo de 2021.", "es", [("5 de marzo de 2021", "2021-03-05")]),
        ("Полосу завершили 5 марта 2021 года.", "ru", [("5 марта 2021 года", "2021-03-05")]),
        ("Die Basis wurde vor drei Jahren gebaut.", "de", [("vor drei Jahren", "2018")]),
        (
            "Sie wurde vorletztes Jahr am 28.Oktober geöffnet.",
            "de",
            [("vorletztes Jahr", "2019"), ("28.Oktober", "2020-10-28")],
        ),
        ("Guten Morgen, morgen kommt der Bericht.", "de", [("morgen", "2021-03-02")]),
        ("La base a été agrandie l'année dernière.", "fr", [("année dernière", "2020")]),
        ("Полосу удлинили в прошлом году.", "ru", [("прошлом году", "2020")]),
        ("منذ 3 سنوات وسعت روسيا المدرج، ثم العام الماضي", "ar", [("منذ 3 سنوات", "2018"), ("العام الماضي", "2020")]),
    ],
)
def test_other_languages(dates: Dates, sentence: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    doc = make_doc(sentence, published="2021-03-01")
    doc.language = lang
    doc = dates(doc)
    assert [(doc.surface(d.span), d.resolved) for d in doc.dates] == expected


def test_granularity_rule_and_spans_map_to_original(dates: Dates) -> None:
    text = "The\u00a0runway\u00ad was completed last\u00a0January and three\u2011years ago."
    doc = run(dates, text)
    assert [(d.granularity, d.relative) for d in doc.dates][:1] == [("month", True)]
    for d in doc.dates:
        start, end = doc.orig_span(d.span)
        assert text[start:end] == doc.surface(d.span)
        assert d.rule.startswith("dates:")


def test_each_occurrence_is_its_own_mention(dates: Dates) -> None:
    doc = run(dates, "It was done last January. He spoke last January.")
    assert [d.resolved for d in doc.dates] == ["2021-01", "2021-01"]
    assert doc.dates[0].span != doc.dates[1].span


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2021-03-01", (2021, 3, 1)),
        ("2021-03", (2021, 3, None)),
        ("2021", (2021, None, None)),
        (None, (None,) * 3),
        ("2021-03-01T10:00:00Z", (2021, 3, 1)),
        ("2021-02-30", (2021, 2, None)),
        ("2021-13-01", (2021, None, None)),
        ("March 2021", (None,) * 3),
    ],
)
def test_anchor(published: str | None, expected: tuple[int | None, ...]) -> None:
    anchor = Anchor.parse(published)
    assert (anchor.year, anchor.month, anchor.day) == expected


def test_seed_dates(dates: Dates, shared: Path) -> None:
    seed = (shared / "seed" / "syria-bases.txt").read_text(encoding="utf-8")
    assert found(dates, seed) == [
        ("years ago", None),
        ("last January", "2021-01"),
        ("three years ago", "2018"),
        ("last January", "2021-01"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards left on 12 January. By the end of the month, the camp was empty.", "2021-01"),
        ("Guards left on 12 January. Crews will finish by the end of the month.", "2021-03"),
        ("The pier opened in 2018. Trade doubled by the end of the year.", "2018"),
        ("The pier opened in 2018. Trade rose. Fees fell. Jobs came by the end of the year.", "2021"),
    ],
)
def test_part_of_the_narrated_period(pipeline: Any, text: str, expected: str) -> None:
    """'The end of the month' after a date told in the past is that date's month, not the publication's."""
    result = pipeline.extract(text, published="2021-03-05")
    assert result["dates"][-1]["resolved"] == expected


def test_pipeline_output_validates_and_spans_hold(pipeline: Any, validate: Any) -> None:
    text = (
        "On\u00a0Tuesday, 2\u00a0March\u00a02021, jets landed; three\u2011years ago the runway was 1,200\u00a0m.\n"
        "Work ran from January through June 2020 \u2014 mid\u20112020 \u2014 and again last week."
    )
    result = pipeline.extract(text, published="2021-03-05")
    validate(result)
    check_spans(text, result)
    assert [d["resolved"] for d in result["dates"]] == ["2021-03-02", "2018", "2020-01", "2020-06", "2020", "2021-02"]


@pytest.mark.parametrize("text", ["They held a weekend rally in the park.", "over the Easter long weekend"])
def test_weekend_as_modifier_is_no_date_and_no_crash(text: str) -> None:
    doc = make_doc(text, published="2017-03-01")
    assert Dates()(doc).dates == []


# Real-world findings, each in our own words; published on the day given per case.
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A present tense that schedules makes a yearless month or day the coming one.
        ("The governor, who leaves office in January, vetoed the bill.", "2016-11-23", [("January", "2017-01")]),
        ("The summit takes place on 12 February in Geneva.", "2016-12-16", [("12 February", "2017-02-12")]),
        ("The finalists are announced on 9 January.", "2016-12-10", [("9 January", "2017-01-09")]),
        (
            "The grant will be used to hire staff and to carry out the proposed repairs in August.",
            "2018-04-05",
            [("August", "2018-08")],
        ),
        # Without a future cue the past month stays.
        ("The governor vetoed the bill in January.", "2016-11-23", [("January", "2016-01")]),
        # "Last Friday" is the latest Friday before publication, but not the day before.
        ("Last Friday the convoy left the base.", "2017-07-23", [("Last Friday", "2017-07-21")]),
        ("Last Thursday the convoy left the base.", "2016-12-16", [("Last Thursday", "2016-12-08")]),
        ("Last Monday the convoy left the base.", "2016-12-16", [("Last Monday", "2016-12-12")]),
        # A weekday after "until", or the subject of "will", lies ahead.
        (
            "The runway is shut from noon on Saturday until Sunday.",
            "2016-12-17",
            [("Saturday", "2016-12-17"), ("Sunday", "2016-12-18")],
        ),
        ("Sunday will begin cold and grey.", "2016-12-17", [("Sunday", "2016-12-18")]),
        ("The minister said on Thursday that the unit would move.", "2024-08-30", [("Thursday", "2024-08-29")]),
        # Recurring weekdays, schedules and names are no dates.
        ("The museum is open 10 a.m. to 4 p.m. Wednesday to Sunday.", "2018-01-22", []),
        ("The fire started just after 11 p.m. Friday near the depot.", "2018-01-22", [("Friday", "2018-01-19")]),
        ("Veterans meet every Tuesday at the hall.", "2018-01-22", []),
        ("The holiday falls on the third Monday of January.", "2018-01-22", []),
        ("Sponsors include a bakery chain, Ruby Tuesday and two banks.", "2018-03-31", []),
        # Years joined by "or" after a determiner and before a noun are dates.
        ("Britain bid to host the 2018 or 2022 tournaments.", "2016-11-23", [("2018", "2018"), ("2022", "2022")]),
        # A year before a vehicle make is a model year.
        ("Police stopped a 2011 Toyota Tacoma on the road.", "2018-03-31", []),
        ("Police found a 2011 report on the road.", "2018-03-31", [("2011", "2011")]),
        # A relative date counts from the text's last date only, and only if it is fine enough.
        (
            "On 3 May 2010 the plan was drafted. In 1939 the holiday moved one week earlier.",
            "2016-11-16",
            [("3 May 2010", "2010-05-03"), ("1939", "1939"), ("one week earlier", None)],
        ),
    ],
)
def test_real_world_findings(
    dates: Dates, sentence: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(dates, sentence, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a week or weekend across two months has no month, and its year says nothing
        ("Marines arrived this week.", "2025-09-30", [("this week", None)]),
        ("The port was shut last weekend.", "2025-06-03", [("last weekend", None)]),
        ("Marines arrived this week.", "2025-09-24", [("this week", "2025-09")]),
    ],
)
def test_weeks_across_months(
    dates: Dates, sentence: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(dates, sentence, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in a relative clause after the sentence's own date sets no frame
        ("In 2016 the navy based frigates at the port that opened in 2012, and three years later it added a pier.",
         [("2016", "2016"), ("2012", "2012"), ("three years later", "2019")]),
        # without another date before it in its sentence, the clause's date is the frame
        ("Work began in 2016. A pier that opened in 2012 was torn down; two years later a new one stood.",
         [("2016", "2016"), ("2012", "2012"), ("two years later", "2014")]),
        ("In 2016 the navy arrived and in 2018 it left; two years later it came back.",
         [("2016", "2016"), ("2018", "2018"), ("two years later", "2020")]),
    ],
)
def test_later_counts_from_the_sentence_date(dates: Dates, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(dates, text) == expected


TRIGGER_TEXTS = st.lists(
    st.sampled_from(["day", "today", "days", "May", "mayor", "week", "last", "the", "early", "é", "_", "-", ",", " ",
                     "\n", "3", "2021", "x", "лето"]),
    max_size=40,
).map("".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TRIGGER_TEXTS)
def test_date_starts_read_from_the_spaced_view_are_those_of_the_plain_scans(dates: Dates, text: str) -> None:
    lowered = text.lower()
    for grammar in dates.grammars.values():
        windows = grammar.windows(text, lowered)
        assert grammar.windows(text, lowered, spaced(lowered)) == windows
        assert grammar.opener_starts(text, lowered, windows, spaced(lowered)) == grammar.opener_starts(
            text, lowered, windows)


LED_TEXTS = st.lists(
    st.sampled_from(["the", "a", "last", "first", "that", "same", "day", "before", "yesterday", "summer", "of", "end",
                     "year", "years", "ago", "two", "cat", "weekend", "March", "mid", "2019", "1990s", "12", "half",
                     "x", "é", "_", "-", ",", ".", "'s", "5", "5th", "1,200", "03/05/2019", "km", "12k", "½", "to",
                     "7", "million"]),
    max_size=12,
).map(" ".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=LED_TEXTS)
def test_led_openers_skip_only_starts_no_rule_matches(dates: Dates, text: str) -> None:
    lowered = text.lower()
    for grammar in dates.grammars.values():
        for start, kinds in grammar.opener_starts(text, lowered, grammar.windows(text, lowered)):
            tried = next(filter(None, (p.match(text, start) for p in grammar.patterns[kinds])), None)
            found = grammar.match(text, start, kinds)
            assert (found and (found.span(), found.lastgroup)) == (tried and (tried.span(), tried.lastgroup))


def test_led_openers() -> None:
    grammar = Dates().grammars["en"]
    assert frozenset({"month"}) not in grammar.led  # 'March' is a date alone
    assert frozenset({"digits4"}) not in grammar.led  # so is '2019'
    assert frozenset({"digits2"}) in grammar.led  # '12' needs a month, a unit or more digits
    assert any("article" in kinds for kinds in grammar.led)  # 'the' needs a date word after it
    assert {"day", "before", "yesterday", "ago", "two"} <= grammar.vocabulary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jets landed yesterday (Sunday) at the base.", [("yesterday (Sunday)", "2021-02-28")]),
        ("Talks resume today ( Monday ).", [("today ( Monday )", "2021-03-01")]),
        (
            "The jets landed yesterday (Sunday and Monday).",
            [("yesterday", "2021-02-28"), ("Sunday", "2021-02-28"), ("Monday", "2021-03-01")],
        ),
    ],
)
def test_day_word_with_its_weekday_in_brackets_is_one_date(
    dates: Dates, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(dates, text) == expected
