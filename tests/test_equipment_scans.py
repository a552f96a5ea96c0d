"""Equipment tells where a designation's digits may start by string tests at each run of digits: they must find what
the `_HINT` regex finds, on our own sentences."""

from __future__ import annotations

from basewatch.extract.equipment import _HINT, _after_letter
from basewatch.extract.normalize import make_doc

TEXTS = [
    "The Su-35S and F 16 jets, an MQ-9B, 2 T-72B3 tanks, the A320, X_5, ²7, ½3 and 12 troops in 2019 at -5 degrees.",
    "Су-35С и Ту-22М3, 5 ракет; Mi-8 AMTSh, S-400 and Type 055 destroyers, Ｆ-１６ (fullwidth) and F-١٦.",
    "7 a-7 A 7 -7 ' 7",
]


def test_digit_run_tests_match_the_hint_regex() -> None:
    for text in TEXTS:
        doc = make_doc(text)
        runs = doc.digit_runs()
        assert [run for run in runs if _after_letter(doc.norm, run)] == [m.start() for m in _HINT.finditer(doc.norm)]
