"""`alternation.at_word` opens a pattern with a set of letters; it must match exactly what `\\b(?:words)` matches."""

from __future__ import annotations

import re

import pytest

from basewatch.extract.alternation import at_word
from basewatch.extract.events import _VANISHED_SUBJECT, _each

_TEXTS = (
    "The base was expanded in 2019, and it is used as a hub since then.",
    "WAS IT USED? Since İt ıs \u212aELVIN-based, wasn't it? ſince then, inside the fort",
    "it\n  was\tbeing built; coast guards from Iran and the team of monitors",
)
_CASES = (
    ("was|were|been|being|is|are|came under", r"\s+", re.IGNORECASE),
    ("it|in|inside|is", r"\b", re.IGNORECASE),
    ("it|in|inside|is", r"\b", 0),
    ("since|Since|used", r"\s+\w+", 0),
    (r"coast\s+guards|team", r"\s+(?:from|of)", re.IGNORECASE),
)


@pytest.mark.parametrize(("words", "tail", "flags"), _CASES)
def test_at_word_matches_as_word_boundary(words: str, tail: str, flags: int) -> None:
    plain = re.compile(rf"\b(?:{words}){tail}", flags)
    opened = re.compile(at_word(words, cased=not flags) + tail, flags)
    for text in _TEXTS:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in opened.finditer(text)]
        for lo in range(len(text)):
            for hi in (lo + 3, lo + 9, len(text)):
                for method in ("search", "match", "fullmatch"):
                    want, got = getattr(plain, method)(text, lo, hi), getattr(opened, method)(text, lo, hi)
                    assert (want and want.span()) == (got and got.span())


def test_each_puts_the_tail_after_every_alternative() -> None:
    assert _each("said|shows?", r"\s+") == r"said\s+|shows?\s+"


def test_at_word_wants_words() -> None:
    with pytest.raises(ValueError):
        at_word(r"(?:a|b)")


_SUBJECTS = (
    "The Soviet Union built it, then Soviet army engineers had also lengthened it; USSR troops left.",
    "Yugoslav People's Army units then pulled out, East German builders first came, and Czechoslovak sailors stayed.",
    "A Soviets-era hangar; the GDR has; Sovietunion; East  Germany was; ĸSoviet Union",
)


def test_vanished_subject_matches_as_its_word_boundary_form() -> None:
    plain = re.compile(
        r"\b(?:Soviet\s+Union|USSR|Soviets|Yugoslavia|East\s+Germany|GDR|Czechoslovakia|"
        r"(?:Soviet|Yugoslav|East\s+German|Czechoslovak)\s+(?:[\w'-]+\s+){0,2}?(?i:engineers|troops|forces|army|navy|"
        r"military|builders|workers|specialists|advisers|advisors|units|soldiers|sailors))\s+"
        r"(?:(?:had|has|have|was|were|then|first|also|originally|later)\s+)*$")
    for text in _SUBJECTS:
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1):
                want, got = plain.search(text, lo, hi), _VANISHED_SUBJECT.search(text, lo, hi)
                assert (want and want.span()) == (got and got.span())
