"""Quantities: sentence -> (surface, value, unit, qualifier) cases, non-quantities, spans, SI values."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from basewatch.extract.normalize import make_doc
from basewatch.extract.pipeline import Pipeline
from basewatch.extract.quantities import Found as Read
from basewatch.extract.quantities import Quantities, matcher, qualifier_kind
from basewatch.extract.spacing import spaced
from spans import check_spans


def _read(found: list[Read]) -> list[tuple[object, ...]]:
    """What the quantities found say, to compare two readings (a `Found` has no value equality)."""
    return [(f.span, f.value, f.unit.unit, f.unit.dimension, f.qualifier, f.rule, f.opener) for f in found]


Found = tuple[str, float, str, str | None]


@pytest.fixture(scope="module")
def quantities() -> Quantities:
    return Quantities()


@pytest.fixture(scope="module")
def only_quantities() -> Pipeline:
    return Pipeline(only=["quantities"])


def found(component: Quantities, text: str) -> list[Found]:
    doc = component(make_doc(text))
    return [(doc.surface(q.span), q.value, q.unit, q.qualifier) for q in doc.quantities]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strip has a runway of about 1,000 meters.", [("about 1,000 meters", 1000, "m", "about")]),
        ("The 1,200-meter runway was finished in January.", [("1,200-meter", 1200, "m", None)]),
        ("The apron is more than 3km long.", [("more than 3km", 3, "km", "more than")]),
        ("Engineers poured a 10,000-foot runway on the atoll.", [("10,000-foot", 10000, "ft", None)]),
        ("The missile has a range of 5,000 km.", [("5,000 km", 5000, "km", None)]),
        ("The depot sits 2.5 miles from the port.", [("2.5 miles", 2.5, "mi", None)]),
        ("A new 3 km-long strip appeared.", [("3 km", 3, "km", None)]),
        ("The causeway is nearly 1.5 kilometres long.", [("nearly 1.5 kilometres", 1.5, "km", "nearly")]),
        ("Jets cruised at 12,000 ft over the strait.", [("12,000 ft", 12000, "ft", None)]),
        ("The reef was built up to some 300 square kilometres.", [("some 300 square kilometres", 300, "km2", "some")]),
        ("Each crane lifts 40 tonnes.", [("40 tonnes", 40, "t", None)]),
        ("They seized 5 kilos of explosives.", [("5 kilos", 5, "kg", None)]),
        ("Strikes halted for more than a day.", [("more than a day", 1, "d", "more than")]),
        ("It lies about a mile from the gate.", [("about a mile", 1, "mi", "about")]),
        ("The drill lasted nearly an hour.", [("nearly an hour", 1, "h", "nearly")]),
        ("It opened more than a year ago.", []),
        ("The interceptor reaches 500 knots.", [("500 knots", 500, "kn", None)]),
        ("Work on the hangars took six months.", [("six months", 6, "month", None)]),
        ("The site covers 45 hectares.", [("45 hectares", 45, "ha", None)]),
        ("Trucks drove at 80 km/h along the coast.", [("80 km/h", 80, "km/h", None)]),
        (
            "The garrison grew to roughly 1.2 million square metres.",
            [("roughly 1.2 million square metres", 1.2e6, "m2", "roughly")],
        ),
        ("The wing carries 7.62mm guns.", [("7.62mm", 7.62, "mm", None)]),
        ("The bomb weighs 500 lb.", [("500 lb", 500, "lb", None)]),
        ("They sailed 200 nm north.", [("200 nm", 200, "nmi", None)]),
        ("A 48-hour drill ended.", [("48-hour", 48, "h", None)]),
        ("The pier is at least 300 m long.", [("at least 300 m", 300, "m", "at least")]),
        ("Planes land within up to 2 hours.", [("up to 2 hours", 2, "h", "up to")]),
        ("It lies less than 20 miles away.", [("less than 20 miles", 20, "mi", "less than")]),
        ("It lies under 20 miles away.", [("under 20 miles", 20, "mi", "under")]),
        ("No one may come within 200 meters.", [("within 200 meters", 200, "m", "within")]),
        ("a span of almost 4 km", [("almost 4 km", 4, "km", "almost")]),
        ("it stretches approximately 2,700 m", [("approximately 2,700 m", 2700, "m", "approximately")]),
        ("it stretches around 2,700 m", [("around 2,700 m", 2700, "m", "around")]),
        ("a runway over 3,000 m", [("over 3,000 m", 3000, "m", "over")]),
        ("a quarter mile", [("a quarter mile", 0.25, "mi", None)]),
        ("a 1/4 mile taxiway", [("1/4 mile", 0.25, "mi", None)]),
        ("two and a half miles to the east", [("two and a half miles", 2.5, "mi", None)]),
        ("The Russian runway is 3 500 m long.", [("3 500 m", 3500, "m", None)]),
        ("a lease under a 49-year deal", [("49-year", 49, "year", None)]),
        ("released on a three-year suspended sentence", [("three-year", 3, "year", None)]),
        ("a half mile away", [("a half mile", 0.5, "mi", None)]),
        ("Tartus foothold under 49-year deal", [("49-year", 49, "year", None)]),
        ("an over 3,000-metre runway", [("3,000-metre", 3000, "m", None)]),
        ("some 10,000-foot runway", [("some 10,000-foot", 10000, "ft", "some")]),
    ],
)
def test_measures(quantities: Quantities, sentence: str, expected: list[Found]) -> None:
    assert found(quantities, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The runway was lengthened from 700 to 1,320 m last year.",
            [("from 700", 700, "m", "from"), ("to 1,320 m", 1320, "m", "to")],
        ),
        ("It will be between 2 and 3 km long.", [("between 2", 2, "km", "from"), ("and 3 km", 3, "km", "to")]),
        ("A 2,400-3,000 m strip.", [("2,400", 2400, "m", "from"), ("3,000 m", 3000, "m", "to")]),
        ("It grew from 44 m to 50 m.", [("from 44 m", 44, "m", "from"), ("to 50 m", 50, "m", "to")]),
        ("A 8- to 16-meter mast.", [("8", 8, "m", "from"), ("to 16-meter", 16, "m", "to")]),
        ("Bunkers of 45 and 50 m.", [("45", 45, "m", None), ("50 m", 50, "m", None)]),
        ("Radars 3 km and 5 km apart.", [("3 km", 3, "km", None), ("5 km", 5, "km", None)]),
        ("It was extended from 700 m.", [("700 m", 700, "m", None)]),
        ("A runway of 2,700 x 45 m.", [("2,700", 2700, "m", None), ("45 m", 45, "m", None)]),
        ("It measures 3,000 by 60 metres.", [("3,000", 3000, "m", None), ("60 metres", 60, "m", None)]),
        ("a 2,500m x 45m strip", [("2,500m", 2500, "m", None), ("45m", 45, "m", None)]),
        ("2 x 4 trucks", []),
    ],
)
def test_ranges(quantities: Quantities, sentence: str, expected: list[Found]) -> None:
    assert found(quantities, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Satellite images show three bombers on the apron.", [("three bombers", 3, "count", None)]),
        ("A dozen drones circled.", [("A dozen drones", 12, "count", None)]),
        ("Two Russian Tu-95 bombers landed.", [("Two Russian Tu-95 bombers", 2, "count", None)]),
        ("at least 12 F-16 jets", [("at least 12 F-16 jets", 12, "count", "at least")]),
        ("Up to 2,000 troops are based there.", [("Up to 2,000 troops", 2000, "count", "up to")]),
        ("half a dozen helicopters", [("half a dozen helicopters", 6, "count", None)]),
        ("The navy sent some 300 marines.", [("some 300 marines", 300, "count", "some")]),
        ("Six MiG-29s and two Su-24s arrived.", [("Six MiG-29s", 6, "count", None), ("two Su-24s", 2, "count", None)]),
        ("The three reefs all carry runways.", [("three reefs", 3, "count", None)]),
        ("Two Chinese Type 056 corvettes docked.", [("Two Chinese Type 056 corvettes", 2, "count", None)]),
        ("about a dozen other officers", [("about a dozen other officers", 12, "count", "about")]),
        ("An attack kills three Americans.", [("three Americans", 3, "count", None)]),
        (
            "It hosts about 1,500 US and coalition troops.",
            [("about 1,500 US and coalition troops", 1500, "count", "about")],
        ),
        ("six Kilo-class submarines", [("six Kilo-class submarines", 6, "count", None)]),
        ("it fired 14 missiles", [("14 missiles", 14, "count", None)]),
        ("In 2019 2,000 troops came.", [("2,000 troops", 2000, "count", None)]),
        ("a dozen craters where aircraft stood", [("a dozen craters", 12, "count", None)]),
        ("one of the most important bases", []),
        ("it happened 10 times", []),
        ("one more step towards peace", []),
        ("a score of 1 means improvement", []),
        ("a twelve long hours", []),
        ("Boeing 737 jets", []),
        ("Mirage 2000-5 fighters", []),
        ("three of the hangars", []),
        ("Photos from March 4 show nine tankers.", [("nine tankers", 9, "count", None)]),
        ("Later, seven gunmen and two policemen died.",
         [("seven gunmen", 7, "count", None), ("two policemen", 2, "count", None)]),
        ("The first one burned and the second one our crews towed away.", []),
        ("The navy bought 12 second-hand frigates.", [("12 second-hand frigates", 12, "count", None)]),
        ("The raid came three weeks after the vote.", [("three weeks", 3, "week", None)]),
        ("The port saw two U.S. frigates dock.", [("two U.S. frigates", 2, "count", None)]),
        ("It bought four U.K.-built patrol boats.", [("four U.K.-built patrol boats", 4, "count", None)]),
        ('Officials spoke of "some 900 soldiers" there.', [("some 900 soldiers", 900, "count", "some")]),
        ("the five nations' navies met", [("five nations", 5, "count", None)]),
        ("RIGA, May 3 - Two Russian Su-24 bombers flew by.", [("Two Russian Su-24 bombers", 2, "count", None)]),
        ("The army sent a battalion, taking its troops there to about 2,500, officials said.",
         [("about 2,500", 2500, "count", "about")]),
        ("The plan will lower to four the number of tankers at the base.", [("four", 4, "count", None)]),
        ("Output grew from 3 to 5.", []),
        ("The death toll has climbed to 31, officials said.", [("31", 31, "count", None)]),
        ("Injured sailors rise above 40, navy says", [("above 40", 40, "count", "above")]),
    ],
)
def test_counts(quantities: Quantities, sentence: str, expected: list[Found]) -> None:
    assert found(quantities, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The camp was set for 2000 troops.", [("2000 troops", 2000, "count", None)]),
        ("Moscow sent in 2000 Russian soldiers last week.", [("2000 Russian soldiers", 2000, "count", None)]),
        ("The navy deployed 1995 sailors to the port.", [("1995 sailors", 1995, "count", None)]),
        # opening a clause, or after a determiner, a year dates or names what follows
        ("The hangars were finished, and in 2019 troops arrived.", []),
        ("When in 2019 troops came, the runway was short.", []),
        ("The 2019 strikes hit the hangars.", []),
    ],
)
def test_year_like_numbers_count_objects(quantities: Quantities, sentence: str, expected: list[Found]) -> None:
    """A year-like number right after the words of its clause counts the noun after it; opening a clause it is a
    year (`In 2019 troops arrived` among the non-quantities below)."""
    assert found(quantities, sentence) == expected


@pytest.fixture(scope="module")
def quantities_and_dates() -> Pipeline:
    return Pipeline(only=["quantities", "dates"])


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The camp was set for 2000 troops in March.", ["March"]),
        ("Russia sent in 2000 troops.", []),
        ("The drills are set for 2026.", ["2026"]),
        ("In 2000 troops left the base.", ["2000"]),
    ],
)
def test_a_counted_year_like_number_is_no_date(quantities_and_dates: Pipeline, text: str, dates: list[str]) -> None:
    result = quantities_and_dates.extract(text, published="2025-06-01")
    assert [d["text"] for d in result["dates"]] == dates


@pytest.mark.parametrize(
    "sentence",
    [
        "The base opened in 2019.",
        "2021",
        "The strike came on 5 March.",
        "Tu-160 and F-16 jets, S-400 and Su-35S.",
        "The squadron flies the Falcon 50 patrol jets and Hermes 900 drones.",
        "The fighting began three years ago.",
        "The fleet returned in 1995, four years after the war.",
        "A 30-year-old pilot.",
        "In 2019 troops arrived.",
        "Type 055 destroyers sailed.",
        "the 1990s",
        "It cost 1.8M dollars.",
        "The answer is 42.",
        "50 km/ms",
        "scp-173 m",
        "24703m212",
        "On 3/4/2021 it was done.",
        "someone often wrote none",
        "It will last for several hundred years.",
        "a 28 - year - old runner",
        "4 km cubed",
    ],
)
def test_not_quantities(quantities: Quantities, sentence: str) -> None:
    assert found(quantities, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sign or code before the amount, a short scale after it, a currency word after the number
        ("The contract is worth $5m.", [("$5m", 5_000_000, "USD", None)]),
        ("It signed a USD 49.3 million (EUR 40 m) loan.",
         [("USD 49.3 million", 49_300_000, "USD", None), ("EUR 40 m", 40_000_000, "EUR", None)]),
        ("The pier will cost about A$88 million, or 9 billion yen.",
         [("about A$88 million", 88_000_000, "AUD", "about"), ("9 billion yen", 9_000_000_000, "JPY", None)]),
        ("The club sold the striker for 9 million pounds sterling.",
         [("9 million pounds sterling", 9_000_000, "GBP", None)]),
        ("He was fined 500 pounds by the court.", []),
        # a unit that is also a currency, with money around it
        ("They paid 5,000 Egyptian pounds; 26,000 pounds of bombs.",
         [("5,000 Egyptian pounds", 5000, "EGP", None), ("26,000 pounds", 26000, "lb", None)]),
        ("It cost 1.2 billion Sri Lankan rupees.", [("1.2 billion Sri Lankan rupees", 1_200_000_000, "LKR", None)]),
        ("Turnout fell to roughly 40% from 0.5 per cent.",
         [("roughly 40%", 40, "%", "roughly"), ("0.5 per cent", 0.5, "%", None)]),
        # an article with a duration unit after a duration preposition, or made a modifier by '-long'
        ("They have waited for a decade; the month-long drill ends within a week.",
         [("a decade", 1, "decade", None), ("month-long", 1, "month", None), ("within a week", 1, "week", "within")]),
        ("A second team arrived in a second; weeks-long talks followed.", []),
        ("He flies twice a week; a year ago the pier was empty.", []),
        # "of" after a multiplier leads to the counted noun
        ("The launchers came on a pair of C-130J transports.", [("a pair of C-130J transports", 2, "count", None)]),
        # a word between a number and its unit
        ("The work will take at least 9 more years and 300 staff.",
         [("at least 9 more years", 9, "year", "at least"), ("300 staff", 300, "count", None)]),
    ],
)
def test_money_percent_and_durations(quantities: Quantities, sentence: str, expected: list[Found]) -> None:
    assert found(quantities, sentence) == expected


def test_money_has_no_si_value(quantities: Quantities) -> None:
    doc = quantities(make_doc("It costs $3 billion."))
    assert [(q.si_value, q.si_unit, q.dimension) for q in doc.quantities] == [(None, None, "money")]


def test_si_values_and_dimensions(quantities: Quantities) -> None:
    doc = quantities(make_doc("A 10,000-foot runway, 2 miles away, 40 tonnes, 500 knots, six months, 3 km2, two jets."))
    got = {q.unit: (round(q.si_value or 0, 3), q.si_unit, q.dimension) for q in doc.quantities}
    assert got == {
        "ft": (3048.0, "m", "length"),
        "mi": (3218.688, "m", "length"),
        "t": (40000.0, "kg", "mass"),
        "kn": (257.222, "m/s", "speed"),
        "month": (15778476.0, "s", "duration"),
        "km2": (3e6, "m2", "area"),
        "count": (2.0, "count", "count"),
    }


def test_rules_name_component(quantities: Quantities) -> None:
    doc = quantities(make_doc("from 700 to 1,320 m, about 5 km and three jets"))
    assert [q.rule for q in doc.quantities] == [
        "quantities:unit-range",
        "quantities:unit-range",
        "quantities:unit",
        "quantities:count",
    ]


@pytest.mark.parametrize(
    ("qualifier", "kind"),
    [
        ("about", "approx"),
        ("nearly", "approx"),
        ("more than", "min"),
        ("up to", "max"),
        ("within", "max"),
        ("from", "from"),
        (None, None),
    ],
)
def test_qualifier_kind(qualifier: str | None, kind: str | None) -> None:
    assert qualifier_kind(qualifier) == kind


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La piste mesure environ 2 500 mètres.", "fr", [("environ 2 500 mètres", 2500, "m", "environ")]),
        ("Die Landebahn ist etwa 3.000 Meter lang.", "de", [("etwa 3.000 Meter", 3000, "m", "etwa")]),
        ("Взлётная полоса длиной около 3 000 метров.", "ru", [("около 3 000 метров", 3000, "m", "около")]),
        ("مدرج بطول حوالي 3000 متر", "ar", [("حوالي 3000 متر", 3000, "m", "حوالي")]),
        ("Une piste de 2 700 mètres.", "fr", [("2 700 mètres", 2700, "m", None)]),
        ("Une piste de 700 à 1 320 mètres.", "fr", [("de 700", 700, "m", "from"), ("à 1 320 mètres", 1320, "m", "to")]),
        (
            "На базе около 1,5 тыс. военнослужащих.",
            "ru",
            [("около 1,5 тыс. военнослужащих", 1500, "count", "около")],
        ),
        ("La pista tiene unos 3.000 metros.", "fr", [("3.000 metros", 3000, "m", None)]),
        ("He left 2 an hour ago.", "en", []),
    ],
)
def test_other_languages(quantities: Quantities, text: str, lang: str, expected: list[Found]) -> None:
    doc = make_doc(text)
    doc.language = lang
    doc = quantities(doc)
    assert [(doc.surface(q.span), q.value, q.unit, q.qualifier) for q in doc.quantities] == expected


def test_spans_index_original_text(only_quantities: Pipeline) -> None:
    text = "A\u00a01,200\u2011meter runway, \u00adabout 1,000\u202fmeters, and from 700 to 1,320 m."
    result = only_quantities.extract(text)
    check_spans(text, result)
    assert [q["text"] for q in result["quantities"]] == [
        "1,200\u2011meter",
        "about 1,000\u202fmeters",
        "from 700",
        "to 1,320 m",
    ]


WORDS = st.sampled_from(
    [
        "about",
        "1,200",
        "-",
        "meter",
        "km",
        "from",
        "700",
        "to",
        "three",
        "bombers",
        "a dozen",
        "Tu-160",
        "2019",
        "miles",
        "between",
        "and",
        "½",
        "1/4",
        "\u00ad",
        "\u00a0",
        "\u2011",
        "more than",
        "sq km",
        "ago",
        "years",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_any_text_spans_hold(only_quantities: Pipeline, text: str) -> None:
    result: dict[str, Any] = only_quantities.extract(text)
    check_spans(text, result)
    for q in result["quantities"]:
        assert q["span"][0] < q["span"][1]


# Real-world findings, each in our own words.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Temperatures are their own dimension; a minus sign belongs to the value.
        (
            "The engine bay reached upwards of 150 degrees Celsius.",
            [("upwards of 150 degrees Celsius", 150, "°C", "upwards of")],
        ),
        ("Overnight it fell to -32 degrees Celsius at the airfield.", [("-32 degrees Celsius", -32, "°C", None)]),
        ("The tarmac hit 110 degrees Fahrenheit.", [("110 degrees Fahrenheit", 110, "°F", None)]),
        (
            "Furnaces run between 600 °C and 800 °C.",
            [("between 600 °C", 600, "°C", "from"), ("and 800 °C", 800, "°C", "to")],
        ),
        # Inches after feet make one height, in inches.
        ("The team's 6-foot-9 forward scored twice.", [("6-foot-9", 81, "in", None)]),
        ("The sentry is 5 feet 11 inches tall.", [("5 feet 11 inches", 71, "in", None)]),
        ("A 10-foot fence rings the depot.", [("10-foot", 10, "ft", None)]),
        # Pounds of a mass stay a mass.
        ("The bomber dropped 30,000 pounds of ordnance.", [("30,000 pounds", 30000, "lb", None)]),
        ("The crate weighs 300 pounds.", [("300 pounds", 300, "lb", None)]),
        # "or" offers two values, it spans no range.
        ("Residents made six or seven calls.", [("six", 6, "count", None), ("seven calls", 7, "count", None)]),
        ("Each shell weighs 40 kg or 45 kg.", [("40 kg", 40, "kg", None), ("45 kg", 45, "kg", None)]),
        # Counts after a modifier still count.
        ("The college awarded 412 doctoral degrees.", [("412 doctoral degrees", 412, "count", None)]),
    ],
)
def test_real_world_findings(quantities: Quantities, sentence: str, expected: list[Found]) -> None:
    assert found(quantities, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "By dawn the temperature had sunk to 19 degrees.",  # a temperature or an angle: no count
        "Dispatchers logged dozens of 911 calls overnight.",  # a service number, not a count
        "Britain bid to host the 2018 or 2022 tournaments.",  # years, not a count range
        "Police sought a gang of roughly 14 to 15-year-olds.",  # ages, not a duration
        "The winner clocked 1:59:42 seconds.",  # a clock reading is no 42 s
        "Rates rose by two percentage points.",
        "The engine makes 480 pound-feet of torque.",  # a compound unit we do not measure
    ],
)
def test_real_world_not_quantities(quantities: Quantities, sentence: str) -> None:
    assert found(quantities, sentence) == []


def test_temperature_si_value_is_kelvin(quantities: Quantities) -> None:
    doc = quantities(make_doc("It was 20 degrees Celsius at noon and 68 degrees Fahrenheit at dusk."))
    assert [(round(q.si_value or 0, 2), q.si_unit, q.dimension) for q in doc.quantities] == [
        (293.15, "K", "temperature"),
        (293.15, "K", "temperature"),
    ]


NUMBER_TEXTS = st.lists(
    st.sampled_from(["two", "twenty", "one", "dozen", "about a ", "approx. a ", "approx, a ", "within an ", "mile",
                     "km", "days", "3", "é", "-", ",", " ", "x", "_", "Two"]),
    max_size=30,
).map("".join)


@given(text=NUMBER_TEXTS)
def test_quantities_read_from_the_spaced_view_are_those_of_the_plain_scan(text: str) -> None:
    lowered = text.lower()
    assert _read(matcher("en").find(text, lowered, spaced(lowered))) == _read(matcher("en").find(text, lowered))
