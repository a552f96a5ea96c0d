"""Property tests: for any text, extraction never raises and every span indexes the original."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from basewatch.extract.dates import Dates
from basewatch.extract.equipment import _designation_matches
from basewatch.extract.normalize import (
    _ONE_FOR_ONE,
    _REMOVED,
    _STOPWORD_LANG,
    _STOPWORD_RE,
    normalise,
    stop_words,
)
from basewatch.extract.quantities import Found, matcher
from basewatch.extract.spacing import digit_runs, last_runs, lower, spaced
from spans import check_spans


def _read(found: list[Found]) -> list[tuple[object, ...]]:
    """What the quantities found say, to compare two readings (a `Found` has no value equality)."""
    return [(f.span, f.value, f.unit.unit, f.unit.dimension, f.qualifier, f.rule, f.opener) for f in found]


NOISE = st.sampled_from(
    ["\u00ad", "\u200b", "\u00a0", "\u2033", "\u201d", "\u2019", "\ufeff", "\u2013", " ", "\n", "\n\n", "."]
)
WORDS = st.sampled_from(
    [
        "Hmeimim", "air base", "runway", "1,200-meter", "about 1,000 meters", "Tu-160", "Tupolev Tu-95",
        "last January", "three years ago", "in 2019", "Deir al Zour", "al Shaddadi", "said", "believes",
        "Lavrov", "Su-35S", "km", "5 March 2021", "Tripoli", "Russian", "the base", "he said", "from 700 to",
        "MQ-9A", "Djibouti", "Camp Lemonnier", "according to", "Reuters", "12,000 ft", "a dozen",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, NOISE, st.text(max_size=5)), max_size=60).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=st.sampled_from([None, "2021-03-01", "2019-12", "2020"]))
@example(text="The bASE B .", published=None)  # found by this test: a lone '.' after a head's name
def test_extract_never_raises_and_spans_hold(pipeline: Any, text: str, published: str | None) -> None:
    result = pipeline.extract(text, published=published)
    assert result["article"]["chars"] == len(text)
    check_spans(text, result)


@given(text=st.text(max_size=200))
def test_normalised_offsets_point_at_kept_characters(text: str) -> None:
    norm, offsets = normalise(text)
    if offsets is None:
        assert len(norm) == len(text)
        return
    assert len(offsets) == len(norm)
    assert list(offsets) == sorted(set(offsets))
    assert all(0 <= o < len(text) for o in offsets)


ASCII_TEXTS = st.lists(
    st.sampled_from(["the", "The", "and", "le", "der", "el", "con", "x", "1", "_", ",", "-", "'", "\t", " ", "\n"]),
    max_size=80,
).map("".join)
WORD_TEXTS = st.lists(
    st.sampled_from(["the", "and", "está", "la", "é", "ж", "٣", "€", "…", "’", ",", "-", " ", "\n", "x", "1"]),
    max_size=80,
).map("".join)


@given(text=WORD_TEXTS)
def test_stop_words_of_the_spaced_view_are_those_the_regex_finds(text: str) -> None:
    by_regex = Counter(_STOPWORD_LANG[word] for word in _STOPWORD_RE.findall(" " + text))
    assert Counter(stop_words(text, lower(text), spaced(lower(text)))) == by_regex
    assert Counter(stop_words(text)) == by_regex


@given(text=st.one_of(ASCII_TEXTS, WORD_TEXTS, st.text(max_size=40)))
def test_spaced_view_spaces_all_but_letters_and_digits(text: str) -> None:
    assert spaced(text) == " " + "".join(ch if ch.isalnum() else " " for ch in text) + " "


# Capitals past ASCII (the capital sigma lowers by the letters around it, the dotted capital I to two characters,
# the Kelvin sign to an ASCII letter), a curly quote and a dash, ASCII letters.
CASED = st.text(alphabet=st.sampled_from(["\u03a3", "\u0130", "\u212a", "\u0141", "\u00c9", "\u0413", "\u00df",
                                          "\u2019", "\u2013", "A", "s", " ", "."]))


@given(text=st.one_of(CASED.map(lambda t: t * 40), st.text(min_size=256, max_size=400)))
def test_a_long_texts_lower_case_is_str_lower(text: str) -> None:
    assert lower(text) == text.lower()
    assert lower(text) == text.lower()  # kept


@given(text=ASCII_TEXTS)
def test_ascii_text_normalises_its_tabs_only(text: str) -> None:
    assert normalise(text) == (text.replace("\t", " "), None)


DATES = Dates()
NUMBER_TEXTS = st.lists(
    st.sampled_from(["2019", "12", "3.5", "1,200", "Su-35", "F 16", "in 2021", "½", "km", "٣", "x", "é", "-", ","]),
    max_size=30,
).map("".join)


@given(text=NUMBER_TEXTS)
def test_patterns_tried_at_digit_runs_find_what_their_scans_find(text: str) -> None:
    runs = digit_runs(text)
    lowered = text.lower()
    assert _read(matcher("en").find(text, lowered, None, runs)) == _read(matcher("en").find(text, lowered))
    grammar = DATES.grammars["en"]
    windows = grammar.windows(text, lowered)
    assert grammar.windows(text, lowered, None, runs) == windows
    assert grammar.opener_starts(text, lowered, windows, None, runs) == grammar.opener_starts(text, lowered, windows)
    assert [m.span() for m in _designation_matches(text, runs)] == [m.span() for m in _designation_matches(text)]


@given(text=st.text(alphabet=st.sampled_from(["1", "0", "9", "\u0663", "\u06f5", "\U0001d7d9", "\u00bd", "\u00b2", "a",
                                                "\u00e9", " ", "-", "\u2014"]), max_size=30))
def test_digit_runs_start_where_a_decimal_digit_follows_none(text: str) -> None:
    starts = [k for k, ch in enumerate(text) if ch.isdecimal() and not (k and text[k - 1].isdecimal())]
    assert digit_runs(text) == starts


@given(text=st.text(alphabet=st.sampled_from([*_ONE_FOR_ONE, *_REMOVED, "a", "\u00e9", " ", "1"]), max_size=30))
def test_normalise_folds_odd_characters_and_drops_removed_ones(text: str) -> None:
    assert normalise(text)[0] == "".join(_ONE_FOR_ONE.get(ch, ch) for ch in text if ch not in _REMOVED)


@given(text=st.text(alphabet=st.sampled_from(["a", "\u00e9", "-", " ", "\n", "\u00a0"]), max_size=20),
       lo=st.integers(0, 20), hi=st.integers(0, 20), count=st.integers(1, 4))
def test_last_runs_start_at_the_countth_last_run_of_the_window(text: str, lo: int, hi: int, count: int) -> None:
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    starts = [lo + k for k, ch in enumerate(text[lo:hi]) if not ch.isspace() and (k == 0 or text[lo + k - 1].isspace())]
    assert last_runs(text, lo, hi, count) == (starts[-count] if len(starts) >= count else lo)
