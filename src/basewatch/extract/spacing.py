"""Views of a text that several components scan: its words between spaces, at their own offsets (the
view that spaced automaton keys scan), and where its runs of digits start.

An Aho-Corasick automaton whose keys are `" word "` never leaves its root inside a word, where one
keyed on bare words walks every word that begins like one of them (at a cost that grows with the
number of first letters the keys have), and it finds only whole words, so no hit needs checking.
"""

from __future__ import annotations

import codecs
from typing import Final

_NON_ALNUM: Final = bytes(c for c in range(128) if not chr(c).isalnum())
# Every ASCII character but letters and digits to a space; bytes past ASCII (UTF-8 sequences) unchanged.
_ASCII_TO_SPACE: Final = bytes.maketrans(_NON_ALNUM, b" " * len(_NON_ALNUM))
_ASCII: Final = bytes(range(128))
# Texts this long or longer are articles, whose lower case several components ask for; shorter ones (names,
# phrases) are lower-cased anew, and kept lower cases never outnumber the articles of a batch by much.
_KEPT_FROM: Final = 256
_KEPT_MOST: Final = 100
# The one letter whose lower case depends on the letters around it (final or not).
CAPITAL_SIGMA: Final = "\u03a3"
# CPython's `str.lower`, called through the method object: compiled, `text.lower()` is mypyc's own, which lowers a
# capital sigma ending a word to 'σ' where CPython writes 'ς'.
_STR_LOWER: Final = str.lower


class _LowerCases:
    """The lower case of the long texts lower-cased since the last `forget_lower_cases` (a plain class: compiled,
    its attribute is read as C)."""

    def __init__(self) -> None:
        self.kept: dict[str, str] = {}


_LOWER_CASES: Final = _LowerCases()


def lower(text: str) -> str:
    """`text.lower()`. An article's, which the document, the shared word pass and phrase lists each ask for, is
    worked out once (until `forget_lower_cases`)."""
    if len(text) < _KEPT_FROM:
        return str_lower(text)
    kept = _LOWER_CASES.kept
    lowered = kept.get(text)
    if lowered is None:
        if len(kept) >= _KEPT_MOST:
            kept.clear()
        lowered = kept[text] = _lower_case(text)
    return lowered


def str_lower(text: str) -> str:
    """`text.lower()` as CPython lowers it, compiled or not."""
    return _STR_LOWER(text)


def forget_lower_cases() -> None:
    """Drop the kept lower cases: once an article is out, no component asks for its lower case again."""
    _LOWER_CASES.kept.clear()


def _lower_case(text: str) -> str:
    """`text.lower()`, which past ASCII looks every character up in the Unicode tables (most articles hold a curly
    quote or a dash): the UTF-8 bytes' ASCII letters lowered by a table, then each of the few distinct characters
    past ASCII that have a lower case replaced by it. `str.lower` lowers character by character but for the capital
    sigma, whose lower case depends on the letters around it: a text holding one is lowered as it is."""
    if text.isascii():
        return text.lower()
    raw = text.encode("utf-8", "surrogatepass")
    out = raw.lower().decode("utf-8", "surrogatepass")
    for ch in set(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        low = ch.lower()
        if low != ch:
            if ch == CAPITAL_SIGMA:
                return str_lower(text)
            out = out.replace(ch, low)
    return out


def spaced(text: str) -> str:
    """`text` with every character but letters and digits (`str.isalnum`) a space, and a space added at
    each end: a word at `start` in `text` stands at `start + 1`, between spaces."""
    if text.isascii():
        # As bytes: a table lookup per character, twice as fast as str.translate's mapping.
        return " " + text.encode("ascii").translate(_ASCII_TO_SPACE).decode("ascii") + " "
    # Translate the UTF-8 bytes, then space the few characters past ASCII that are no letter or digit
    # (each is one character before and after). Those characters are the bytes left when the ASCII ones are
    # deleted: a byte-table pass, where a regex for them tests a set at each character.
    raw = text.encode("utf-8", "surrogatepass")
    out = raw.translate(_ASCII_TO_SPACE).decode("utf-8", "surrogatepass")
    for ch in set(raw.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        if not ch.isalnum():
            out = out.replace(ch, " ")
    return " " + out + " "


# Each ASCII digit to "1", every other byte to a space.
_DIGIT_MARKS: Final = bytes(ord("1") if chr(code).isdigit() and code < 128 else ord(" ") for code in range(256))


def _digit_marks(error: UnicodeError) -> tuple[str, int]:
    """A run of characters past ASCII as one mark each: "1" for a decimal digit ('٣'), a space for the rest."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start:error.end]
    return "".join(["1" if ch.isdecimal() else " " for ch in run]), error.end


codecs.register_error("basewatch-digit-marks", _digit_marks)


def digit_runs(text: str) -> list[int]:
    """Where each run of decimal digits in `text` starts: the one place where a number, a year or a
    designation's digits can begin, so components match their patterns there rather than each scan."""
    # One byte a character, "1" for a digit: the runs are then found by byte searches at C speed, where a
    # regex would test a set of every script's digits at each character.
    marks = text.encode("ascii", "basewatch-digit-marks").translate(_DIGIT_MARKS)
    runs: list[int] = []
    at = marks.find(b"1")
    while at >= 0:
        runs.append(at)
        stop = marks.find(b" ", at)
        if stop < 0:
            break
        at = marks.find(b"1", stop)
    return runs


# Letters outside ASCII that a case-blind pattern takes for ASCII ones: 'İ' and 'K' (lower case 'i', 'k'), 'ı' and
# 'ſ' (matched with 'i', 's'). In a text with none of them, such a pattern matches words of plain ASCII letters only
# where the text's lower case holds them.
_FOLDING_INTO_ASCII: Final = ("\u0130", "\u0131", "\u017f", "\u212a")


def folds_into_ascii(text: str) -> bool:
    """Whether `text` holds a letter that a case-blind pattern takes for an ASCII one (`_FOLDING_INTO_ASCII`)."""
    return any(c in text for c in _FOLDING_INTO_ASCII)


def positions_of(text: str, chars: str | tuple[str, ...]) -> list[int]:
    """Where each of `chars` (characters, or strings) stands in `text`, in text order, found by string searches:
    compiled, a pattern opening with a set of characters tests the set at every character of the text, many times the
    cost of these searches."""
    found: list[int] = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def is_word_char(char: str) -> bool:
    """Whether `char` is a word character as `\\w` reads one (an empty string, at a text's edge, is none)."""
    return char.isalnum() or char == "_"


def starts_at(text: str, pos: int, prefix: str) -> bool:
    """`text.startswith(prefix, pos)` for a non-empty `prefix` and a `pos` of 0 or more, by a slice: compiled,
    `str.startswith` from a position is a generic method call costing several times the slice and the comparison."""
    return text[pos:pos + len(prefix)] == prefix


def last_runs(text: str, lo: int, hi: int, count: int) -> int:
    """Where the last `count` runs of characters other than white space in text[lo:hi] begin (`lo`, where it holds
    fewer): a pattern that ends at `hi` and spans no more of them matches nowhere before, so a search for it may start
    there rather than be tried from every character of a wide window."""
    pos = hi
    for _ in range(count):
        while pos > lo and text[pos - 1].isspace():
            pos -= 1
        while pos > lo and not text[pos - 1].isspace():
            pos -= 1
    return pos


def may_end(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi] may end with one of `words` (lower-case ASCII) and white space, in any case: a literal test
    that spares a case-blind pattern ending so (`\\s+$`) the search, which tries it at every position. Outside ASCII
    anything may match (under IGNORECASE a letter outside ASCII may stand for one in ASCII, as '\u0131' does for
    'i')."""
    window = text[lo:hi]
    if not window.isascii():
        return True
    stripped = window.rstrip()
    return len(stripped) < len(window) and stripped.lower().endswith(words)
