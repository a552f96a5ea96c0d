"""Events spare several patterns the search by a literal test first, each built from the words of its pattern: with
the test, each must find what the pattern alone finds, at every position of our own sentences."""

from __future__ import annotations

from basewatch.extract.events import (
    _FORMER_BEFORE,
    _INFINITIVE,
    _IT_AFTER,
    _TEMPORAL_CLAUSE,
    _cues,
    _ends_with_by,
    _former_before,
    _infinitive_before,
    _it_after,
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
