"""The text views and literal tests that several extract components share (basewatch.extract.spacing)."""

from __future__ import annotations

from basewatch.extract.spacing import may_end


def test_may_end_tells_a_window_ending_on_a_word_and_white_space_in_any_case() -> None:
    text = "troops moved INTO  the camp"
    assert may_end(text, 0, text.index("the"), ("into", "to"))
    # no white space at the end, another word, or bounds cutting the word: no match can end there
    assert not may_end(text, 0, text.index("  the"), ("into",))
    assert not may_end(text, 0, text.index("the"), ("from",))
    # past ASCII a case-blind pattern may match more than lowering tells, so anything may
    assert may_end("troops moved ıNTO the camp", 0, 18, ("from",))
