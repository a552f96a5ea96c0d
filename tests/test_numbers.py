"""Number parsing in digits and words, and the embeddable number regex."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basewatch.extract.numbers import (
    _VULGAR,
    NumberWords,
    _digits_source,
    digit_set,
    number_pattern,
    parse_number,
    vocabulary,
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1,200", "en", 1200),
        ("1.5", "en", 1.5),
        ("1 200", "en", 1200),
        ("12,000", "en", 12000),
        ("1,200.5", "en", 1200.5),
        ("three", "en", 3),
        ("Three", "en", 3),
        ("a dozen", "en", 12),
        ("half a dozen", "en", 6),
        ("twenty-five", "en", 25),
        ("twenty five", "en", 25),
        ("two hundred", "en", 200),
        ("one hundred and five", "en", 105),
        ("1.2 million", "en", 1_200_000),
        ("3 dozen", "en", 36),
        ("half", "en", 0.5),
        ("two and a half", "en", 2.5),
        ("half a million", "en", 500_000),
        ("one million two hundred thousand", "en", 1_200_000),
        ("a thousand", "en", 1000),
        ("1.200", "de", 1200),
        ("1,5", "fr", 1.5),
        ("1 200,5", "fr", 1200.5),
        ("deux cents", "fr", 200),
        ("три тысячи", "ru", 3000),
        ("dos mil", "es", 2000),
        ("zwei", "xx", None),
    ],
)
def test_parse_number(text: str, lang: str, expected: float | None) -> None:
    assert parse_number(text, lang) == expected


@pytest.mark.parametrize("text", ["", "a", "the", "seven twelve", "many", "1,20"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("about 1,000 meters and a 1,200-meter strip", ["1,000", "1,200"]),
        ("lengthened from 700 to 1,320 m", ["700", "1,320"]),
        ("a dozen bombers and two and a half thousand troops", ["a dozen", "two and a half thousand"]),
        ("some 1.2 million people", ["1.2 million"]),
        ("the A320 at gate", []),
    ],
)
def test_number_pattern_finds(sentence: str, numbers: list[str]) -> None:
    assert [m.group() for m in re.finditer(number_pattern(), sentence)] == numbers


def test_number_pattern_has_no_groups_and_parses_its_matches() -> None:
    compiled = re.compile(number_pattern())
    assert compiled.groups == 0
    for m in compiled.finditer("twenty-five jets, 3 dozen drones and 1 200 troops"):
        assert parse_number(m.group()) is not None


@pytest.mark.parametrize(
    ("text", "expected"), [("hundred", None), ("a hundred", 100), ("dozen", None), ("1.2 million", 1.2e6)]
)
def test_bare_multiplier_needs_a_count(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@given(text=st.text(alphabet=st.sampled_from("09a .-_½⅔٣۷١\U0001d7d8\U0001d7e1\U00010000é"), max_size=30))
def test_digit_set_finds_what_its_class_finds(text: str) -> None:
    assert [m.start() for m in re.finditer(digit_set("½⅔"), text)] == [m.start() for m in re.finditer(r"[\d½⅔]", text)]


def _branches_only(vocab: NumberWords) -> str:
    """The digits' pattern as its branches alone read numbers, in their order (`_digits_source` without the branch for
    a plain run of digits that it tries first)."""
    dec = re.escape(vocab.decimal_mark)
    fraction = rf"(?:{dec}\d+)?"
    grouped = "".join(rf"\d{{1,3}}(?:{re.escape(m)}\d{{3}})+(?!\d){fraction}|" for m in vocab.group_marks)
    vulgar = f"[{''.join(_VULGAR)}]"
    return rf"(?<![\w.,/])(?:(?:\d+[ ])?\d+/\d+(?![\d/])|\d*{vulgar}|{grouped}\d+{fraction}(?![\d/]))"


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "de", "es", "ar"])
def test_a_plain_run_of_digits_read_first_reads_as_the_branches_alone_read_it(lang: str) -> None:
    """Read first, a plain run of digits gives what the branches alone give at every position, and so does the pattern
    inside a longer one that fails after the number and tries again ('12 000 soldiers', '1 1/2', '3,5 km')."""
    vocab = vocabulary(lang)
    texts = ["In 2019, 12 000 soldiers and 1,200.5 t of kit came; 3,5 km and 1 1/2 miles, 7\u00bd days, 45/46, 8.",
             "Units 9 and 10 left at 06:30 on 1.2.2024; 1 234 567 rounds, 250,000, 3 000,25 and 77-80 too",
             "\u0662\u0660\u0662\u0664 and 2024\u00bc, 10/ 12 or 1 2/3: 99 100 101."]
    for wrap in ("{}", r"{}(?=[ ]\D)", r"(?:{})(?:[ ]?[a-z%]+\b)"):
        fast = re.compile(wrap.format(_digits_source(vocab)))
        branches = re.compile(wrap.format(_branches_only(vocab)))
        for text in texts:
            for pos in range(len(text) + 1):
                got, expected = fast.match(text, pos), branches.match(text, pos)
                assert (got and got.span()) == (expected and expected.span()), (lang, wrap, text, pos)
