from hypothesis import given, settings
from hypothesis import strategies as st

from basewatch.extract.normalize import _ABBREV, _abbreviation_before, split_sentences

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
