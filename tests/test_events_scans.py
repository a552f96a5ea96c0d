"""Events spare several patterns the search by a literal test first, each built from the words of its pattern: with
the test, each must find what the pattern alone finds, at every position of our own sentences."""

from __future__ import annotations

from basewatch.extract.events import (
    _BACKED_BY,
    _BY_ENDINGS,
    _FIRED_WORDS,
    _FORMER_BEFORE,
    _FROM_ENDINGS,
    _HAZARD_BEFORE,
    _HAZARD_WORDS,
    _INFINITIVE,
    _IT_AFTER,
    _OF_ENDINGS,
    _OFFICE_OF,
    _SHOT_FIRED,
    _TEMPORAL_CLAUSE,
    _THEN,
    _THEN_WORDS,
    _cues,
    _ends_with_by,
    _former_before,
    _infinitive_before,
    _it_after,
    _may_end_led,
    _may_hold,
    _temporal_clause,
)

TEXTS = [
    "The ex-Soviet base, a former  Navy depot, was handed over; an EX- Yugoslav craft and a Former\nfrigate sailed.",
    "Troops closed it in 2002 and said it would reopen, after the storm hit it to some degree.",
    "Weeks after the vote, two days before the drill, three long hard years until peace, as Moscow left; AS it was.",
    "Plans to  build a pier, the ability to deploy, a bid TO strike, and work to\tlengthen the runway went on.",
    "Helicopters donated by the United States, a boat given by  Australia, kit gifted BY THE Navy, sold by Iran.",
    "Aſ the troops left, untıl the end, aftermath-ridden ports, pre-war after ships: odd cases, and _as_ one.",
]


def test_literal_tests_find_what_their_patterns_find() -> None:
    donor_before = _cues("en").donor_before
    for text in TEXTS:
        for at in range(len(text) + 1):
            lo = max(0, at - 30)
            assert _former_before(text, at) == bool(_FORMER_BEFORE.search(text, max(0, at - 8), at)), (text, at)
            assert _it_after(text, at) == bool(_IT_AFTER.match(text, at)), (text, at)
            assert _infinitive_before(text, at) == bool(_INFINITIVE.search(text, max(0, at - 5), at)), (text, at)
            assert _temporal_clause(text, at) == bool(_TEMPORAL_CLAUSE.match(text, at)), (text, at)
            if donor_before.search(text, lo, at):
                assert _ends_with_by(text, lo, at), (text, at)



def test_patterns_ending_on_a_word_and_spaces_match_only_where_the_window_ends_so() -> None:
    """`_may_end_led` spares `_OFFICE_OF`, `forces_from` and `_BACKED_BY` the search: each must match only in a window
    ending with one of the words it is given, maybe then 'the', and white space."""
    forces_from = _cues("en").forces_from
    texts = [*TEXTS,
             "Sailors from Peru, Chile and the  Philippines came; the deputy Minister of Defence OF THE\tKingdom said.",
             "A militia armed by Qatar,  Oman and the Gulf states, units of the army of  Chad, envoys FROM Fiji met.",
             "Gunboats supported by the Netherlands and the  coast guards of\nthe Bahamas, the chief of staff of it."]
    matched = 0
    for text in texts:
        for at in range(len(text) + 1):
            for pattern, reach, words in ((_OFFICE_OF, 40, _OF_ENDINGS), (forces_from, 60, _FROM_ENDINGS),
                                          (_BACKED_BY, 80, _BY_ENDINGS)):
                if pattern.search(text, max(0, at - reach), at):
                    matched += 1
                    assert _may_end_led(text, max(0, at - reach), at, words), (text, at, pattern.pattern[:30])
    assert matched > 20
    assert not _may_end_led("the troops of Chad", 0, 13, _OF_ENDINGS)  # no space after 'of'
    assert not _may_end_led("the people in the ", 0, 18, _OF_ENDINGS)
    assert _may_end_led("the chief OF  the\n", 0, 18, _OF_ENDINGS)


def test_windows_a_pattern_matches_in_hold_a_word_of_its_literal_test() -> None:
    """The words `_may_hold` is given are kept beside their patterns by hand: a window the pattern matches in must
    hold one of them, or the test would hide the match."""
    hazards = ["FLOODING", "floods", "earthquake", "Tornadoes", "typhoon", "wildfire", "landslides", "storm",
               "cyclones", "Tsunami", "hurricane", "eruption", "quakes"]
    texts = [*TEXTS, *(f"Years ago the {hazard} had badly hit the port." for hazard in hazards),
             "Rockets fired from the hills struck it. By then mortar rounds fired at night had hit; since then and at "
             "that time, calm."]
    for text in texts:
        for at in range(len(text) + 1):
            near, far = max(0, at - 40), max(0, at - 110)
            if _HAZARD_BEFORE.search(text, near, at):
                assert _may_hold(text, near, at, _HAZARD_WORDS), (text, at)
            if _THEN.search(text, near, at):
                assert _may_hold(text, near, at, _THEN_WORDS), (text, at)
            if _SHOT_FIRED.search(text, far, at):
                assert _may_hold(text, far, at, _FIRED_WORDS), (text, at)


def test_a_window_past_ascii_is_read_for_each_part_of_words_parted_by_spaces() -> None:
    """Outside ASCII a call-off of two or three words ('put on hold') may be parted by a no-break space: the window
    may hold it only where it holds each of its parts, and one holding none spares the pattern."""
    cues = _cues("en")
    text = "The \u201cspring\u201d drill was put\u00a0on\u00a0hold; the \u201cautumn\u201d parade went ahead."
    held = text.index("; the")
    assert cues.called_off.search(text, 0, held)
    assert _may_hold(text, 0, held, cues.called_off_words)
    assert not cues.called_off.search(text, held, len(text))
    assert not _may_hold(text, held, len(text), cues.called_off_words)
    # each part there, in any case and order, is enough to read the window
    assert _may_hold("\u201cHOLD\u201d on, they put", 0, 22, cues.called_off_words)


def test_an_ascii_window_read_in_the_text_lowered_once_answers_as_the_window_cut_and_lowered() -> None:
    """`_may_hold` reads an ASCII window between its bounds in its text lower-cased once: the same answer as the window
    cut out and lowered, in a text of plain ASCII, one holding characters past ASCII around the window, and one whose
    lower case is longer than itself ('İ'), where the window is cut as before."""
    words = ("hold", "put on", "storm")
    texts = ["Storms HOLD; they Put On a show at dawn.",
             "The \u201cStorm\u201d held, then PUT ON hold: a caf\u00e9 storm.",
             "\u0130zmir put on hold the STORM drill, \u0130 said.",
             # more characters past ASCII than are read one by one (`_FEW_PAST_ASCII`): bisected
             "\u00abLes \u00celes\u00bb \u2014 caf\u00e9 storm, na\u00efve hold, \u00fcber PUT ON, \u00c6r\u00f8 "
             "\u0153uvre \u2018storm\u2019 at dawn."]
    for text in texts:
        for lo in range(len(text) + 1):
            for hi in range(lo, len(text) + 2):
                window = text[lo:hi]
                if window.isascii():
                    expected = any(word in window.lower() for word in words)
                    assert _may_hold(text, lo, hi, words) == expected, (text, lo, hi)


def test_a_languages_cues_are_the_same_whichever_string_names_it() -> None:
    first = _cues("en")
    again = _cues("".join(["e", "n"]))  # an equal string, not the same object
    assert again is first and _cues("en") is first
