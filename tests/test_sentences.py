from hypothesis import given, settings
from hypothesis import strategies as st

from basewatch.extract.normalize import (
    _ABBREV,
    _ONE_FOR_ONE,
    _REMOVED,
    _abbreviation_before,
    normalise,
    split_sentences,
)

PIECES = st.lists(
    st.sampled_from(["Mr", "Mrs", "Gen", "approx", "Sept", "etc", "U", "S", "K", "e", "g", "i", "a", "X", "x", "Dr",
                     "DrX", "Lieut", "Colonel", "Co", "vs", "é", "Ä", "_", "1", "42", ".", ". ", " ", "\n", "-", "(",
                     "'"]),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(text=PIECES)
def test_abbreviation_before_a_full_stop_is_the_patterns(text: str) -> None:
    for at, char in enumerate(text):
        if char == ".":
            assert _abbreviation_before(text, at) == bool(_ABBREV.search(text, max(0, at - 6), at))


def test_abbreviations_end_no_sentence() -> None:
    text = "Gen. Smith met Mr. Lee in the U.S. on Monday. They spoke, e.g. of bases. A. B. Jones left. Approx. Ten."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Gen. Smith met Mr. Lee in the U.S. on Monday.", "They spoke, e.g. of bases.", "A. B. Jones left.",
        "Approx.", "Ten.",  # 'approx.' is written lower-case
    ]


CHARS = st.text(alphabet=st.sampled_from(["a", "Z", " ", "\t", "\n", ".", "é", "\u2019", "\u201c", "\u00a0", "\u2014",
                                          "\u00ad", "\u200b", "\ufeff", "\u0416", "\U0001f600", "\ud800"]), max_size=30)


@given(text=CHARS)
def test_normalise_folds_odd_characters_and_removes_invisible_ones(text: str) -> None:
    norm, offsets = normalise(text)
    kept = [i for i, char in enumerate(text) if char not in _REMOVED]
    assert norm == "".join(_ONE_FOR_ONE.get(text[i], text[i]) for i in kept)
    assert (list(offsets) if offsets is not None else None) == (kept if len(kept) < len(text) else None)
