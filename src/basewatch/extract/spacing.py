"""Views of a text that several components scan: its words between spaces, at their own offsets (the
view that spaced automaton keys scan), and where its runs of digits start.

An Aho-Corasick automaton whose keys are `" word "` never leaves its root inside a word, where one
keyed on bare words walks every word that begins like one of them (at a cost that grows with the
number of first letters the keys have), and it finds only whole words, so no hit needs checking.
"""

from __future__ import annotations

import re

from basewatch.extract.numbers import digit_set

_NON_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
# Every ASCII character but letters and digits to a space; bytes past ASCII (UTF-8 sequences) unchanged.
_ASCII_TO_SPACE = bytes.maketrans(_NON_ALNUM, b" " * len(_NON_ALNUM))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def spaced(text: str) -> str:
    """`text` with every character but letters and digits (`str.isalnum`) a space, and a space added at
    each end: a word at `start` in `text` stands at `start + 1`, between spaces."""
    if text.isascii():
        # As bytes: a table lookup per character, twice as fast as str.translate's mapping.
        return " " + text.encode("ascii").translate(_ASCII_TO_SPACE).decode("ascii") + " "
    # Translate the UTF-8 bytes, then space the few characters past ASCII that are no letter or digit
    # (each is one character before and after).
    out = text.encode("utf-8", "surrogatepass").translate(_ASCII_TO_SPACE).decode("utf-8", "surrogatepass")
    for ch in set(_NON_ASCII.findall(text)):
        if not ch.isalnum():
            out = out.replace(ch, " ")
    return " " + out + " "


# A digit that follows no digit.
_RUN_START = re.compile(digit_set() + r"(?<!\d\d)")


def digit_runs(text: str) -> list[int]:
    """Where each run of decimal digits in `text` starts: the one place where a number, a year or a
    designation's digits can begin, so components match their patterns there rather than each scan."""
    return [match.start() for match in _RUN_START.finditer(text)]
