"""Quantities tell where a number may start by string tests at each run of digits: they must find what the
`_DIGIT_START` regex finds, on our own sentences; the units after it are read by slice tests that must say what
`str.startswith` says."""

from __future__ import annotations

from basewatch.extract.normalize import make_doc
from basewatch.extract.quantities import _DIGIT_START, _opens_number
from basewatch.extract.spacing import starts_at

TEXTS = [
    "Some 3,500 troops, 12.5 km, 1/2 of the 40 jets at 10:30, F-16s, A320, x_5, $40m, (12) and 7% of 2,000.",
    "Около 5 000 военных, ٣٠ طائرة, ²7 and 12 ships in 2019; a 2-3 km gap.",
]


def test_digit_run_tests_match_the_number_start_regex() -> None:
    for text in TEXTS:
        doc = make_doc(text)
        runs = doc.digit_runs()
        assert [run for run in runs if _opens_number(doc.norm, run)] == [
            run for run in runs if _DIGIT_START.match(doc.norm, run)]


def test_slice_tests_say_what_startswith_says() -> None:
    for text in TEXTS:
        for prefix in ("-", " ", " cubed", "12"):
            for pos in range(len(text) + 2):
                assert starts_at(text, pos, prefix) == text.startswith(prefix, pos)
