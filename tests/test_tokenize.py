"""The speaker phrases' tokenizer finds the tokens its pattern finds, by its string-test shortcuts included."""

from __future__ import annotations

import pytest

from basewatch.extract.speakers import lexicon, tokenize

_TEXTS = [
    'The drills were "routine," the ministry said. "They will go on", he added (on Monday).',
    "Gen. Ivan Petrov (retired), the U.S. envoy, and the Philippines' coast guard said so.",
    '("Wagner"), the group\'s chief, and Mr. Reyes\' aide spoke: "Yes!" —  "No...?"',
    "The 200,000-tonne ship (about $6.4 billion), said St. Petersburg's mayor; Gen.\u201d",
    "Its caf\u00e9.\u201d and \u0130st. or \u017ft. and _under_, (x_y) -- ...",
    # A capital sigma lower-cases by its neighbours: a token's lower case is its own, in either build ('ΑΣ' of
    # 'ΑΣ:Α' ends in a final sigma, though a letter follows in the text).
    "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 said \u0391\u03a3:\u0391, \u0391\u03a3\u2019\u0391 and \u03a3.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_are_the_patterns_tokens(text: str) -> None:
    lex = lexicon("en")
    for start in range(len(text)):
        for end in (len(text), min(len(text), start + 17)):
            found = lex.token_re.finditer(text, start, end)
            expected = [(m.start(), m.end(), m.group(), m.group().lower()) for m in found]
            assert tokenize(lex, text, start, end) == expected, (start, end)
