"""Numbers written in digits or words: a parser and an embeddable regex, per language.

Number words and digit conventions come from `data/numbers.tsv`, so a new language is new
rows, not new code. "1,200", "1 200", "1.5", "1.2 million", "twenty-five", "a dozen",
"two and a half", "half a million" all parse; anything else gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from basewatch.data import table_for
from basewatch.extract.alternation import trie

_WORD_KINDS: Final = ("cardinal", "multiplier", "fraction")
_VULGAR: Final = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_COMMON_FRACTION: Final = re.compile(r"(?:(\d+)[ ])?(\d+)/(\d+)|(\d*)([½¼¾⅓⅔])")
# Multipliers this large close a group: "two hundred thousand" is (2*100)*1000, and what
# follows starts a new group ("one million two hundred").
_GROUP_CLOSING: Final = 1000.0


@cache
def digit_set(also: str = "") -> str:
    """Regex source for one character of `[\\d{also}]`, as a set of the decimal digits themselves.

    A scan for `\\d` asks the Unicode database about every character of the text; a set that
    lists the digits is a table lookup per character, so scans that open with one run 1.3 to 1.9
    times as fast. Digits past the Basic Multilingual Plane, which such a set cannot hold, are let
    through as a range and checked after.
    """
    listed = "".join(re.escape(ch) for ch in map(chr, range(0x10000)) if ch.isdecimal())
    return f"(?:[{listed}{also}\\U00010000-\\U0010ffff](?<=[\\d{also}]))"


@dataclass(frozen=True, slots=True)
class NumberWords:
    """One language's number vocabulary and digit marks."""

    words: dict[str, tuple[str, float]]
    articles: frozenset[str]
    conjunctions: frozenset[str]
    group_marks: str
    decimal_mark: str


@cache
def vocabulary(lang: str = "en") -> NumberWords:
    """The number vocabulary of `lang` (English when the language has no rows)."""
    words: dict[str, tuple[str, float]] = {}
    articles: set[str] = set()
    conjunctions: set[str] = set()
    group_marks = ""
    decimal_mark = "."
    for row in table_for("numbers.tsv", lang):
        kind, word = row["kind"], row["word"]
        if kind in _WORD_KINDS:
            words[word.lower()] = (kind, float(row["value"]))
        elif kind == "article":
            articles.add(word.lower())
        elif kind == "conj":
            conjunctions.add(word.lower())
        elif kind == "group_mark":
            group_marks += word
        elif kind == "decimal_mark":
            decimal_mark = word
    return NumberWords(words, frozenset(articles), frozenset(conjunctions), group_marks, decimal_mark)


def _alternation(words: set[str] | frozenset[str]) -> str:
    # Longest first so "seventeen" wins over "seven" inside one alternation.
    return trie(words)


def _digits_source(vocab: NumberWords) -> str:
    dec = re.escape(vocab.decimal_mark)
    fraction = rf"(?:{dec}\d+)?"
    # One mark used throughout ("1,200,000", "1 200 000"), groups of exactly three.
    grouped = "".join(rf"\d{{1,3}}(?:{re.escape(m)}\d{{3}})+(?!\d){fraction}|" for m in vocab.group_marks)
    vulgar = f"[{''.join(_VULGAR)}]"
    common = rf"(?:\d+[ ])?\d+/\d+(?![\d/])|\d*{vulgar}"
    # Most numbers are a run of digits that no slash, vulgar fraction, or space, decimal or group mark and a digit
    # follow: then every other branch fails and the last reads the run alone. Read so first, the run is spared the
    # others' tries (a fraction's, each group mark's, backtracking digit by digit: the number half as costly); where
    # a pattern around it fails after the run, the other branches give it once more, as before, and nothing else.
    marks = "|".join(["[ ]", dec, *(re.escape(m) for m in vocab.group_marks)])
    plain = rf"\d+(?![\d/]|{vulgar}|(?:{marks})\d)"
    return rf"(?<![\w.,/])(?:{plain}|{common}|{grouped}\d+{fraction}(?![\d/]))"


@cache
def number_pattern(lang: str = "en") -> str:
    """Regex source (no capture groups) matching one number in digits or words in `lang`."""
    vocab = vocabulary(lang)
    word = _alternation(set(vocab.words))
    multipliers = _alternation({w for w, (kind, _) in vocab.words.items() if kind == "multiplier"})
    joiners = [r"[ ]+"]
    if vocab.conjunctions:
        joiners.insert(0, rf"[ ]+(?:{_alternation(vocab.conjunctions)})[ ]+")
    if vocab.articles:
        article = _alternation(vocab.articles)
        joiners = [rf"{j}(?:{article})[ ]+" for j in joiners] + joiners
        scaling = _alternation({w for w, (kind, _) in vocab.words.items() if kind != "cardinal"})
        # "a dozen", "a half", "a thousand"; in "a three-year term" the article is not the number's.
        lead = rf"(?:(?:{article})[ ]+(?=(?:{scaling})\b))?"
    else:
        lead = ""
    joiner = "|".join([*joiners, "-"])
    words = rf"\b{lead}(?:{word})(?:(?:{joiner})(?:{word}))*\b"
    digits = rf"(?:{_digits_source(vocab)})(?:[ -]?(?:{multipliers})(?!\w))?"
    return rf"(?i:{digits}|{words})"


@cache
def _full_digits(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{_digits_source(vocabulary(lang))})")


_SPLIT: Final = re.compile(r"[\s-]+")


def parse_number(text: str, lang: str = "en") -> float | None:
    """The value of a number written in digits and/or words, or None if it is not one."""
    text = text.strip()
    if _plain_digits(text):
        return float(text)  # most numbers are plain digits, which every language's pattern reads as themselves
    vocab = vocabulary(lang)
    match = _full_digits(lang).match(text)
    if match:
        head = _digit_value(match.group(), vocab)
        rest = text[match.end() :].strip(" -")
        if head is None or not rest:
            return head
        scale = _words_value(_SPLIT.split(rest.lower()), vocab, scale=True)
        return head * scale if scale is not None and scale >= 12 else None
    return _words_value(_SPLIT.split(text.lower()), vocab) if text else None


def _plain_digits(text: str) -> bool:
    """Whether `text` is one or more of the digits 0-9 (compiled, a loop over a few characters costs less than the
    pattern and a method call)."""
    return bool(text) and all("0" <= char <= "9" for char in text)


def _digit_value(digits: str, vocab: NumberWords) -> float | None:
    fraction = _COMMON_FRACTION.fullmatch(digits)
    if fraction:
        whole, numerator, denominator, vulgar_whole, vulgar = fraction.groups()
        if vulgar:
            return float(vulgar_whole or 0) + _VULGAR[vulgar]
        return float(whole or 0) + float(numerator) / float(denominator) if float(denominator) else None
    for mark in vocab.group_marks:
        digits = digits.replace(mark, "")
    return float(digits.replace(vocab.decimal_mark, "."))


def _words_value(tokens: list[str], vocab: NumberWords, scale: bool = False) -> float | None:
    """Value of number-word tokens; None when a token is unknown or the order is not a number.

    With `scale` the tokens follow digits ("1.2 million"), so a leading multiplier is fine.
    """
    if len(tokens) > 1 and tokens[0] in vocab.articles:
        tokens = tokens[1:]
    elif not scale and tokens and vocab.words.get(tokens[0], ("",))[0] == "multiplier":
        # "hundred" alone is not a number ("several hundred years"); "a hundred" is.
        return None
    total = 0.0
    current: float | None = None
    last: tuple[str, float] | None = None
    after_conj = False
    for token in tokens:
        if token in vocab.conjunctions or (token in vocab.articles and last is not None):
            after_conj = after_conj or token in vocab.conjunctions
            continue
        entry = vocab.words.get(token)
        if entry is None:
            return None
        kind, value = entry
        if kind == "cardinal":
            if last is not None and last[0] == "cardinal" and not (after_conj or (last[1] >= 20 and value < 10)):
                return None
            current = (current or 0.0) + value
        elif kind == "fraction":
            current = value if current is None else current + value if after_conj else current * value
        else:
            scaled = (1.0 if current is None else current) * value
            if value >= _GROUP_CLOSING:
                total += scaled
                current = None
            else:
                current = scaled
        last = entry
        after_conj = False
    if last is None:
        return None
    return total + (current or 0.0)
