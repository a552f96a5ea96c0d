"""Dates, absolute and relative to the publication day, resolved to YYYY, YYYY-MM or YYYY-MM-DD.

Each rule is a regex branch built from `months.tsv` and `date_words.tsv` (so a language is new
rows, not new code) with a small resolver that turns its match into a `DateMention`. Rules are
tried only where they can start: an Aho-Corasick automaton finds trigger tokens (month, weekday,
unit, day word, season, digits) and the words that may open a date within reach before them,
and each opener is matched with the regex of just the rules that can start with its kind of word.
Conventions, so a reader can predict every answer:

- A relative date is resolved only from `Doc.published`; with none it stays unresolved. A
  publication date of only a year or month resolves what it can ("last year" from "2021-03").
- A bare four-digit year needs a cue: a preposition ("in", "since", "by"), a part ("mid-2020"),
  "the year", a possessive ("2019's"), a determiner before and a word after ("the 2014
  annexation"), a range ("2018-2020") or another date just before ("in 2007 and 2009").
- A month without a year is the last such month on or before the publication month, the next on
  or after it when a future cue ("will", "scheduled", or a present tense that schedules: "takes
  place", "leaves office") precedes it in the sentence, the nearer of the two right after "until"
  or "through"; "last January" is the last January strictly before the publication month. A day
  without a year follows the same rule, except that a day up to 31 days after publication is
  taken in the coming weeks (news gives no year for this year's dates).
  A bare weekday is the nearest on or before the publication day (on or after it with a future
  cue before it, or a modal after it: "Sunday will start"; the nearer of the two after "until").
  "Last Tuesday" follows news usage: the latest Tuesday before publication but not the day before
  (news calls that "yesterday"), so on a Sunday it is two days back, on a Wednesday the previous
  week's. "This/next/previous Tuesday" is the Tuesday of the current/next/previous Monday-Sunday
  week, "past Tuesday" the nearest strictly before.
- Recurring weekdays are no date: "every Friday", "the fourth Thursday in November", a weekday
  range after clock times ("11 a.m. to 5 p.m. Friday to Tuesday"). Nor is a year before a vehicle
  make ("a 2008 Ford").
- Parts and seasons keep the granularity of what they qualify: "mid-2020" and "the summer of
  2018" are years, "early March 2021" a month, "the end of the year" the publication year; a
  winter, a decade ("the 1990s") or a vague stretch ("years ago", "in recent months") stays
  unresolved, and a future one ("in the coming weeks") is left out. "In recent weeks/days" is
  the publication month. A week ("last week") is its month when the Monday-Sunday week lies in
  one, else unresolved; so is a weekend ("over the weekend": the last one before publication).
  A season with "the" and no year ("over the summer", "in the autumn") is the year of the latest
  one begun by publication (the next one not yet over after a future cue), unresolved after
  "since"; winter, or a season qualifying a noun ("the summer months"), is no date.
- Names holding a weekday ("The Sunday Times", "Good Friday") are no date.
- "N days/weeks/months/years ago" counts back from publication at that unit's granularity; "two
  days later", "a week earlier", "the next day", "that year" count from the text's previous date
  when it is fine enough (a day for days and weeks), and stay unresolved otherwise ("In 1939 ...
  one week earlier" is not counted from a day named earlier in the text).
- A day range ("5-7 March 2021") is its month; a year range gives one mention per year.
- Slashed or dashed numeric dates whose day and month could swap ("03/05/2019") resolve to the
  year only; dotted ones ("03.05.2019") are read day first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

import ahocorasick

from basewatch.data import table
from basewatch.extract.alternation import longest_first, trie
from basewatch.extract.literals import by_frequency
from basewatch.extract.numbers import NumberWords, digit_set, number_pattern, parse_number
from basewatch.extract.numbers import vocabulary as vocabulary_of_numbers
from basewatch.extract.spacing import CAPITAL_SIGMA, folds_into_ascii, is_word_char, spaced
from basewatch.extract.wordscan import spaced_hits, spaced_keys
from basewatch.model import DateMention, Doc, Span

_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er)?(?!\d)"
_YEAR: Final = r"(?:1[7-9]|20)\d\d(?!\d)"
_NO_NUMBER_BEFORE: Final = r"(?<![\w.,\-/$€£#])"
_NO_NUMBER_AFTER: Final = r"(?![\w\-/]|[.,]\d)"
# Bare years need a cue and are kept to this range; years next to a month may be older.
_CUED_YEARS: Final = range(1700, 2100)
# A year with only a determiner before it ("the 2014 annexation") must look modern.
_DETERMINED_YEARS: Final = range(1900, 2100)
_SEASON_MONTHS: Final = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
# After a date that must end its phrase: punctuation or the end of the text.
_CLOSED: Final = re.compile(r"\s*(?:[^\w\s]|\Z)")
_DAY_UNITS: Final = {"day": 1, "week": 7, "fortnight": 14}
_CONTEXT: Final = 40
_SOON_DAYS: Final = 31
_NON_DIGIT: Final = re.compile(r"\D")
_PUBLISHED: Final = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date as far as it is known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> Anchor:
        match = _PUBLISHED.match(published or "")
        if not match:
            return cls()
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            return cls(year)
        if day is not None and month is not None and _valid(year or 1, month, day) is None:
            day = None
        return cls(year, month, day)

    @property
    def day_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's date vocabulary: surface form (lower case) -> meaning, per kind."""

    lang: str
    months: dict[str, int]
    words: dict[str, dict[str, str]]
    cased: dict[str, str]

    def get(self, kind: str, surface: str | None) -> str | None:
        if surface is None:
            return None
        return self.words.get(kind, {}).get(_fold(surface))

    def alt(self, *kinds: str) -> str:
        """Regex alternation of every word of `kinds`, longest first, bounded at word edges."""
        forms = {w for kind in kinds for w in (self.months if kind == "month" else self.words.get(kind, {}))}
        return _alternation(forms, self.cased)


def _fold(surface: str) -> str:
    return " ".join(surface.lower().split())


def _alternation(words: Iterable[str], cased: dict[str, str]) -> str:
    """Words longest first; a `cased` word must be written capitalised ("y") or lower-case ("l")."""
    parts: list[str] = []
    run: list[str] = []
    for word in longest_first(words):
        if cased.get(word) not in ("y", "l"):
            run.append(word)
            continue
        if run:
            # A cased word cannot share a prefix tree, so it splits the list where it stands.
            parts.append(trie(run, _atoms, _right))
            run = []
        body = re.escape(word).replace(r"\ ", r"\s+")
        if cased[word] == "y":
            body = f"(?-i:{re.escape(word.capitalize())}|{re.escape(word.upper())})"
        else:
            body = f"(?-i:{body})"
        parts.append(f"{_left(word)}{body}{_right(word)}")
    if run:
        parts.append(trie(run, _atoms, _right))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _left(word: str) -> str:
    return r"\b" if re.match(r"\w", word) else ""


def _right(word: str) -> str:
    return r"\b" if re.search(r"\w$", word) else r"(?!\w)"


def _atoms(word: str) -> list[tuple[str, str]]:
    """Trie pieces of a date word: any run of white space between its words, the word boundary
    before it with its first character."""
    atoms = [(" ", r"\s+") if ch == " " else (ch.lower(), re.escape(ch)) for ch in word]
    if atoms:
        atoms[0] = (atoms[0][0], _left(word) + atoms[0][1])
    return atoms


def load_lexicon(lang: str) -> Lexicon:
    """The date vocabulary of `lang` from the package tables."""
    months = {r["name"].lower(): int(r["month"]) for r in table("months.tsv") if r["lang"] == lang}
    words: dict[str, dict[str, str]] = {}
    cased = {r["name"].lower(): r["cased"] for r in table("months.tsv") if r["lang"] == lang and r["cased"]}
    for row in table("date_words.tsv"):
        if row["lang"] == lang:
            words.setdefault(row["kind"], {})[row["word"].lower()] = row["value"]
            if row["cased"]:
                cased[row["word"].lower()] = row["cased"]
    return Lexicon(lang, months, words, cased)


def _branches(lex: Lexicon) -> dict[str, str]:
    """Regex source per rule; `@` in a group name becomes the rule's prefix."""
    day, year, month = f"(?:{_DAY}|{lex.alt('ordinal')})", _YEAR, f"(?P<@mon>{lex.alt('month')})(?:\\.(?=\\s*\\d))?"
    weekday, unit, season = lex.alt("weekday"), lex.alt("unit"), lex.alt("season")
    shift, part, rng = lex.alt("shift"), lex.alt("part"), lex.alt("range")
    year_units = _alternation([w for w, v in lex.words.get("unit", {}).items() if v == "year"], lex.cased)
    number = f"(?:{number_pattern(lex.lang)})"
    count = f"(?:(?P<@vague>{lex.alt('vague')})|(?P<@n>{number})|(?P<@one>{lex.alt('one')}))"
    connect = f"(?:{lex.alt('connect')}\\s+)?"
    article = f"(?:{lex.alt('article')}\\s+)?"
    suffix = f"(?:\\s+{lex.alt('year_suffix')})?"
    days = f"(?P<@d>{day})(?:(?:\\s*-\\s*|\\s+{rng}\\s+)(?P<@d2>{day}))?"
    year_after = f"(?:(?P<@y>{year}){suffix}|(?P<@sh>{shift})\\s+{year_units})"
    year_joiner = f"(?:\\s*,\\s*|\\s+{connect}|\\s*[-/]\\s*)"
    month_units = _alternation([w for w, v in lex.words.get("unit", {}).items() if v == "month"], lex.cased)
    week_units = _alternation([w for w, v in lex.words.get("unit", {}).items() if v == "week"], lex.cased)
    single_units = _alternation([w for w in lex.words.get("unit", {}) if not w.endswith("s")], lex.cased)
    week_joiner = f"(?:{lex.alt('weekday_joiner')}\\s+)?"
    # 'September of that year', 'May the following year': the year the narrative set, not the publication's
    narrative_year = (f"(?P<@ana>{lex.alt('article')}\\s+{lex.alt('anaphor_shift')}|{lex.alt('anaphor_same')})"
                      f"\\s+{year_units}")
    return {
        "iso": f"{_NO_NUMBER_BEFORE}(?P<@y>{year})(?P<@sep>[-/.])(?P<@m>1[0-2]|0?[1-9])(?P=@sep)"
        f"(?P<@d>3[01]|[12]\\d|0?[1-9]){_NO_NUMBER_AFTER}",
        "numeric": f"{_NO_NUMBER_BEFORE}(?P<@a>[0-3]?\\d)(?P<@sep>[-/.])(?P<@b>[0-3]?\\d)(?P=@sep)"
        f"(?P<@y>{year}){_NO_NUMBER_AFTER}",
        "numeric-month": f"{_NO_NUMBER_BEFORE}(?P<@m>1[0-2]|0?[1-9])\\s*[-/]\\s*(?P<@y>{year}){_NO_NUMBER_AFTER}",
        "week-weekday": f"(?:(?P<@wd>{weekday})\\s+{week_joiner}(?P<@sh>{shift})\\s+{week_units}"
        f"|(?P<@sh2>{shift})\\s+{week_units}\\s+{week_joiner}(?P<@wd2>{weekday}))",
        # 'in March and again in September 2025': the second month's year is the first's too
        "month-range": f"{month}\\s*(?:-|\\s{rng}(?:\\s+{lex.alt('range_again')})?(?:\\s+{lex.alt('range_in')})?)\\s*"
        f"(?P<@mon2>{lex.alt('month')})\\.?{year_joiner}(?P<@y>{year})",
        "day-month": f"(?:(?P<@wd>{weekday}),?\\s+{article})?{_NO_NUMBER_BEFORE}{days}"
        f"(?:\\.?\\s+{connect}|\\.\\s*|\\s*[-/]\\s*){month}(?:{year_joiner}(?:{year_after}|{narrative_year}))?",
        "part-month": f"(?P<@part>{part})[\\s-]*{month}(?:(?:,\\s*|\\s+{connect}){year_after})?",
        "shift-name": f"(?:(?P<@part>{part})\\s+)?(?P<@sh>{shift}|{lex.alt('shift_named')})\\s+"
        f"(?:{month}|(?P<@wd>{weekday})|(?P<@season>{season}))",
        "name-shift": f"(?:{month}|(?P<@season>{season})|(?P<@unit>{unit}))\\s+(?P<@sh>{lex.alt('shift_after')})",
        # 'the summer of 2025', 'summer 2025'; 'the summer' alone only after a word that dates it (`_bare_season`)
        "season": f"(?:(?P<@part>{part})[\\s-]*)?(?:(?P<@art>{lex.alt('article')})\\s+)?(?P<@season>{season})"
        f"(?:\\s+{connect}{year_after}|(?(@art)|(?!)))",
        "ago": f"(?:{count}[\\s-]+)?(?P<@unit>{unit})\\s+{lex.alt('ago_after')}",
        "later": f"(?:{count}[\\s-]+)?(?P<@unit>{unit})\\s+(?P<@dir>{lex.alt('anaphor_after')})"
        f"(?!\\s+{lex.alt('comparative')})",
        "anaphoric-unit": f"(?:{lex.alt('article')}\\s+(?P<@sh>{lex.alt('anaphor_shift')})|{lex.alt('anaphor_same')})"
        f"\\s+(?P<@unit>{unit})"
        # 'the day before (the vote)': one unit, the shift after it; 'the year before last' is no anaphor
        f"|{lex.alt('article')}\\s+(?P<@one_unit>{single_units})\\s+(?P<@sh_after>{lex.alt('anaphor_shift_after')})"
        f"(?!\\s+(?:{lex.alt('deictic', 'shift')}))",
        "ago-before": f"{lex.alt('ago_before')}\\s+(?:{count}\\s+)?(?P<@unit>{unit})",
        "relative-unit": f"(?:(?P<@part>{part})\\s+)?(?P<@sh>{shift})\\s+(?P<@unit>{unit})",
        "part-unit": f"(?P<@part>{part})\\s+{connect}{lex.alt('article')}\\s+(?P<@unit>{year_units}|{month_units})"
        f"(?!\\s+{connect}\\w|\\s+{lex.alt('anaphor_after')})",
        "recent": f"(?:(?P<@rec>{lex.alt('recent')})\\s+(?:(?P<@n>{number})\\s+)?"
        f"|(?P<@recn>{lex.alt('recent_count')})\\s+(?P<@n2>{number})\\s+)(?P<@unit>{unit})",
        # 'yesterday (Wednesday)': the weekday in brackets only names the same day
        "deictic": f"(?P<@word>{lex.alt('deictic')})(?:\\s*\\(\\s*{weekday}\\s*\\))?",
        "weekend": f"(?:(?P<@sh>{shift}|{lex.alt('shift_named')})\\s+|{lex.alt('article')}\\s+)"
        f"(?P<@we>{lex.alt('weekend')})",
        "month-day": f"(?:(?P<@wd>{weekday}),?\\s+)?{month}(?:\\s*[-/]?\\s*{days}(?!\\s*(?:%|:\\d)))?"
        f"(?:{year_joiner}(?:{year_after}|{narrative_year}))?(?P<@poss>'s)?",
        "weekday": f"(?P<@wd>{weekday})",
        "decade": f"(?:{lex.alt('article')}\\s+)?(?:{part}[\\s-]*)?{_NO_NUMBER_BEFORE}(?:1[7-9]|20)\\d0'?s\\b",
        "year-range": f"{_NO_NUMBER_BEFORE}(?P<@y>{year})(?:\\s*(?P<@dash>[-/])\\s*|\\s+(?P<@word>{rng})\\s+)"
        f"(?P<@y2>{year}|\\d\\d(?!\\d)){_NO_NUMBER_AFTER}",
        "year": f"(?:(?P<@part>{part})[\\s-]*{article}|(?P<@yw>{article}{year_units})\\s+{connect}|{_NO_NUMBER_BEFORE})"
        f"(?P<@y>{year})(?P<@poss>'s)?{_NO_NUMBER_AFTER}",
    }


# The kinds of token each rule can start with; a rule is tried only where one of them starts.
_STARTS: Final[dict[str, frozenset[str]]] = {
    rule: frozenset(kinds.split())
    for rule, kinds in {
        "iso": "digits4",
        "numeric": "digits2",
        "numeric-month": "digits2",
        "week-weekday": "weekday shift",
        "month-range": "month",
        "day-month": "digits2 weekday ordinal",
        "part-month": "part",
        "shift-name": "part shift shift_named",
        "name-shift": "month season unit",
        "season": "part article season",
        "ago": "vague number digits2 digits4 digits one unit",
        "ago-before": "ago_before",
        "later": "vague number digits2 digits4 digits one unit",
        "anaphoric-unit": "article anaphor_same",
        "relative-unit": "part shift",
        "part-unit": "part",
        "recent": "recent recent_count",
        "deictic": "deictic",
        "weekend": "shift shift_named article",
        "month-day": "weekday month",
        "weekday": "weekday",
        "decade": "article part digits4",
        "year-range": "digits4",
        "year": "part article unit digits4",
    }.items()
}
# How `Grammar._next_word` gives a word that opens with a digit.
_DIGITS_WORD: Final = "0"
# The kinds of word that may come after each kind of first token of a rule, where the rule cannot match with the
# first token alone: a rule is not tried where the next word is a plain word or a number of none of them
# (`Grammar.match`). "digits": a number in digits ('5 March', '2019-05-01'); "number": any word of a number
# ('twenty-five', 'a dozen') or digits. A first token's own later words ('by the end of') are added when the table is
# read (`_follow_sets`).
_FOLLOWS: Final[dict[str, dict[str, str]]] = {
    rule: dict(item.split(":") for item in kinds.split(";"))
    for rule, kinds in {
        "iso": "digits4:digits",
        "numeric": "digits2:digits",
        "numeric-month": "digits2:digits",
        "week-weekday": "weekday:weekday_joiner shift;shift:unit",
        "month-range": "month:range month",
        "day-month": "weekday:article ordinal digits;digits2:range connect month ordinal digits;"
                     "ordinal:range connect month ordinal digits",
        "part-month": "part:month",
        "shift-name": "part:shift shift_named;shift:month weekday season;shift_named:month weekday season",
        "name-shift": "month:shift_after;season:shift_after;unit:shift_after",
        "season": "part:article season;article:season;season:connect shift digits",
        "ago": "vague:unit number;number:unit number;digits2:unit number;digits4:unit number;digits:unit number;"
               "one:unit number;unit:ago_after",
        "ago-before": "ago_before:number vague one unit",
        "later": "vague:unit number;number:unit number;digits2:unit number;digits4:unit number;digits:unit number;"
                 "one:unit number;unit:anaphor_after",
        "anaphoric-unit": "article:anaphor_shift unit;anaphor_same:unit",
        "relative-unit": "part:shift;shift:unit",
        "part-unit": "part:connect article",
        "recent": "recent:number unit;recent_count:number",
        "weekend": "shift:weekend;shift_named:weekend;article:weekend",
        "month-day": "weekday:month",
        "decade": "article:part digits;part:digits",
        "year-range": "digits4:range digits",
        "year": "part:article digits;article:unit;unit:connect digits",
    }.items()
}
# Every date holds one of these; a start is tried only if one follows within _REACH characters.
_TRIGGERS: Final = frozenset({"month", "weekday", "unit", "deictic", "season", "weekend", "digit"})
# Rules that cannot match without a word of this kind: a language with none (English has no shift
# written after the name it shifts) leaves them out rather than try them at every opener.
_NEEDS: Final = {"ago": "ago_after", "later": "anaphor_after", "name-shift": "shift_after", "season": "season",
                 "weekend": "weekend"}
_REACH: Final = 40


def _compile(rule: str, source: str) -> re.Pattern[str]:
    """The regex of one rule, its groups named after it."""
    prefix = rule.replace("-", "_") + "__"
    return re.compile(f"(?<!\\w)(?P<{prefix[:-2]}>{source.replace('@', prefix)})", re.IGNORECASE)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _ymd(d: date) -> str:
    return d.isoformat()


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


_TOKEN: Final = re.compile(r"'?\w+")


def _token_view(lowered: str, spaced_view: str) -> str:
    """`spaced_view` (`Doc.spaced()` of `lowered`) with the apostrophes and underscores of `lowered` put back: every
    character but those that `_TOKEN` reads a space, at the spaced view's offsets."""
    kept: list[int] = []
    for mark in ("'", "_"):
        at = lowered.find(mark)
        while at >= 0:
            kept.append(at)
            at = lowered.find(mark, at + 1)
    if not kept:
        return spaced_view
    kept.sort()
    parts: list[str] = []
    last = 0
    for at in kept:
        parts.append(spaced_view[last : at + 1])
        parts.append(lowered[at])
        last = at + 2
    parts.append(spaced_view[last:])
    return "".join(parts)


def _ends_with(words: list[str], phrases: frozenset[str], longest: int) -> bool:
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(longest, len(words)) + 1))


@dataclass(frozen=True, slots=True)
class CueWords:
    """Left-context word sets for bare years, yearless months and tense, one set per language."""

    cues: frozenset[str]
    articles: frozenset[str]
    determiners: frozenset[str]
    future: frozenset[str]
    future_phrases: tuple[str, ...]
    # The first word of each of `future_phrases`.
    future_heads: frozenset[str]
    future_after: frozenset[str]
    past: frozenset[str]
    # Beyond `_FUTURE_NEAR`, a cue reaches a date over no verb of the past: these words, and words with these endings.
    past_far: frozenset[str]
    past_endings: tuple[str, ...]
    # Forms of 'be' before a participle that leave its time open ('will be completed in June', 'is to be finished').
    open_passive: frozenset[str]
    until: frozenset[str]
    recurring: frozenset[str]
    ordinals: frozenset[str]
    of_month: re.Pattern[str]
    makes: frozenset[str]
    clock: re.Pattern[str]
    range_after: re.Pattern[str]
    range_before: re.Pattern[str]
    recent_prep: re.Pattern[str]
    names: re.Pattern[str]
    # The lower-case words of each of `names`' phrases; None where one holds a character past ASCII.
    name_words: tuple[tuple[str, ...], ...] | None
    joiner: re.Pattern[str]
    relative_clause: re.Pattern[str]
    # The words before 'the' and a season that make it a date: the cues and those of a span ('over the summer').
    season_cues: frozenset[str]
    # Those of them that open a span from the season, which leaves its year open ('since the summer').
    season_open: frozenset[str]
    longest: int

    @classmethod
    def build(cls, lex: Lexicon) -> CueWords:
        def phrases(kind: str, value: str | None = None) -> frozenset[str]:
            words = lex.words.get(kind, {})
            return frozenset(" ".join(_TOKEN.findall(w)) for w, v in words.items() if value is None or v == value)

        cues = phrases("cue", "")
        future = phrases("future")
        future_after = phrases("future_after")
        joining = [w for w, v in lex.words.get("cue", {}).items() if v == "after_date"]
        not_dates = lex.words.get("not_date", {})
        return cls(
            cues=cues,
            # A cue reaches over an article: "in the March rally", "on a July afternoon".
            articles=phrases("article") | phrases("indefinite"),
            determiners=phrases("determiner"),
            future=frozenset(p for p in future if " " not in p),
            # Padded, so that a phrase is found only as whole words.
            future_phrases=tuple(f" {p} " for p in future if " " in p),
            future_heads=frozenset(p.split(" ")[0] for p in future if " " in p),
            future_after=future_after,
            past=phrases("past"),
            past_far=phrases("past") | phrases("past_far"),
            past_endings=tuple(sorted(phrases("past_ending"))),
            open_passive=phrases("open_passive"),
            until=phrases("until"),
            recurring=phrases("recurring"),
            ordinals=phrases("ordinal"),
            of_month=re.compile(f"\\s+(?:{lex.alt('weekday_joiner')}|{lex.alt('cue')})\\s+", re.IGNORECASE),
            makes=frozenset(lex.words.get("make", {})),
            clock=re.compile(r"(?:\d\s*[ap]\.?m\b\.?|\d[:.]\d\d)\s*,?\s*\Z", re.IGNORECASE),
            range_after=re.compile(f"\\s*(?:-|{lex.alt('until')})\\s*{lex.alt('weekday')}", re.IGNORECASE),
            range_before=re.compile(f"{lex.alt('weekday')}\\s*(?:-|{lex.alt('until')})\\s*\\Z", re.IGNORECASE),
            recent_prep=re.compile(f"{lex.alt('recent_prep')}\\s+$", re.IGNORECASE),
            names=re.compile(lex.alt("not_date"), re.IGNORECASE),
            name_words=tuple(tuple(w.lower().split()) for w in sorted(not_dates))
            if all(w.isascii() for w in not_dates) else None,
            joiner=re.compile(f"\\s*(?:,\\s*)?(?:{_alternation(joining, lex.cased)}\\s*)?", re.IGNORECASE),
            relative_clause=re.compile(f"(?<!\\w)(?:{lex.alt('relative_clause')})(?!\\w)", re.IGNORECASE),
            season_cues=cues | phrases("season_cue"),
            season_open=phrases("season_open"),
            longest=max((p.count(" ") + 1 for p in cues | future), default=1),
        )


def _may_hold_name(window: str, names: tuple[tuple[str, ...], ...] | None) -> bool:
    """Whether `window` may hold one of the names given by their lower-case words, in any case: every word of one
    stands in it. Outside ASCII a case-blind pattern matches more than `str.lower` tells, so there it may."""
    if names is None or not window.isascii():
        return True
    low = window.lower()
    return any(all(word in low for word in words) for words in names)


_NEXT_WORD: Final = re.compile(r"\s+[^\W\d_]{3,}\b(?!\s*-)")
_WORD_AFTER: Final = re.compile(r"\s+([A-Z][\w-]*(?:\s+[A-Z]\w*)?)")
# How far before a yearless date a future cue governs it; a plain modal ("will") reaches further
# ("will be used to apply for funding to implement the plan in August", "will host divers and rescue swimmers from its
# partners in the region for ten days of salvage drills near the lighthouse in February") than "would" or "expected".
_FUTURE_NEAR: Final = 60
_FUTURE_REACH: Final = 130
# How far before a date's cue word `_past_participle_before` reads the three words before it ('will be completed in',
# 'the assembly approved in').
_PARTICIPLE_REACH: Final = 40
_FUTURE_AFTER_WORDS: Final = 3
# The most words before a date that still opens its sentence ("In October", "Then from June").
_OPENING_WORDS: Final = 2


def scanned_words(text: str) -> list[str]:
    """The lower-cased word tokens of `text` by a regex scan: what `Context.words` must give. Its own function so
    that a check compares like with like in either build: compiled, `str.lower` lowers a capital sigma letter by
    letter, where CPython's reads its neighbours (a final 'ς')."""
    return _TOKEN.findall(text.lower())


class Context:
    """What resolvers need besides the match: the doc, its anchor, and the previous mention."""

    def __init__(self, doc: Doc, lex: Lexicon, cues: CueWords, anchor: Anchor) -> None:
        self.doc = doc
        self.lex = lex
        self.cues = cues
        self.anchor = anchor
        self.last_end = -1
        self.previous: list[DateMention] = []
        self.quantities = sorted(q.span for q in doc.quantities)
        # The text as `_TOKEN` reads it, made on the first look at the words before or after a date; "" for none
        # (lower-casing that changes the length or reads a letter by its neighbours, the capital sigma).
        self._view: str | None = None

    def words(self, lo: int, hi: int) -> list[str]:
        """`scanned_words(doc.norm[lo:hi])`, the lower-cased word tokens of a stretch ("I'll" gives "i",
        "'ll"), read by splitting a view of the whole text: the cues around a date are looked at several times an
        article, and a regex scan of each stretch costs far more than a split."""
        view = self._view
        if view is None:
            spaced_view = self.doc.spaced()
            usable = spaced_view is not None and CAPITAL_SIGMA not in self.doc.norm
            view = self._view = _token_view(self.doc.lower(), spaced_view) if spaced_view and usable else ""
        if not view:
            return scanned_words(self.doc.norm[lo:hi])
        found: list[str] = []
        for chunk in view[lo + 1 : hi + 1].split():
            if "'" not in chunk:
                found.append(chunk)
                continue
            # `'?\w+` in a run of word characters and apostrophes: the first piece as it is, each later one with
            # the apostrophe before it.
            pieces = chunk.split("'")
            if pieces[0]:
                found.append(pieces[0])
            for piece in pieces[1:]:
                if piece:
                    found.append("'" + piece)
        return found

    def tail(self, lo: int, hi: int, count: int) -> list[str]:
        """The last `count` word tokens of doc.norm[lo:hi], lower-cased."""
        return self.words(lo, hi)[-count:]

    def cued(self, start: int) -> bool:
        """A cue word, or a date followed by a joining word, ends just before `start`."""
        words = self.tail(max(0, start - _CONTEXT), start, self.cues.longest + 1)
        if words and words[-1] in self.cues.articles:
            words.pop()
        if _ends_with(words, self.cues.cues, self.cues.longest):
            return True
        return (
            self.last_end >= 0
            and self.last_end >= start - _CONTEXT
            and bool(self.cues.joiner.fullmatch(self.doc.norm[max(self.last_end, 0) : start]))
        )

    def determined(self, start: int, end: int) -> bool:
        """A determiner before and a word after: "the 2014 annexation", "its 2025 budget"."""
        words = self.tail(max(0, start - 12), start, 1)
        return bool(words and words[-1] in self.cues.determiners and _NEXT_WORD.match(self.doc.norm, end))

    def future(self, start: int) -> bool:
        """A future-tense cue ("will", "scheduled", "takes place") earlier in the sentence, close by, and no
        past-tense verb between them ("work that will replace it began in March", "is due to start next year,
        the ministry said in January": the date goes with the past verb)."""
        sentence_start = self.doc.sentence_of(start)[0] if self.doc.sentences else 0
        if self._past_participle_before(sentence_start, start):
            return False
        reach = max(sentence_start, start - _FUTURE_REACH)
        # Kept for `_far_future`, which reads the same words again.
        far = self.words(reach, start)
        words = self._since_past(far)
        if not self.cues.future_after.isdisjoint(words):
            return True
        near = max(sentence_start, start - _FUTURE_NEAR)
        if near != reach:
            words = self._since_past(self.words(near, start))
        if not self.cues.future.isdisjoint(words):
            return True
        if not self.cues.future_heads.isdisjoint(words):
            joined = f" {' '.join(words)} "
            if any(map(joined.__contains__, self.cues.future_phrases)):
                return True
        return near != reach and self._far_future(far)

    def _past_participle_before(self, sentence_start: int, start: int) -> bool:
        """'a plan the assembly approved in June', 'a tender notice published in February': a past verb or
        participle right before the date's cue word is what it dates, whatever future the sentence told before; not
        one after 'be' ('will be completed in June')."""
        words = self.tail(max(sentence_start, start - _PARTICIPLE_REACH), start, 3)
        if len(words) < 2 or words[-1] not in self.cues.cues:
            return False
        verb = words[-2]
        if verb in self.cues.future or not verb.endswith(self.cues.past_endings):
            return False
        return len(words) < 3 or words[-3] not in self.cues.open_passive

    def _far_future(self, words: list[str]) -> bool:
        """A future cue further back than `_FUTURE_NEAR` ('plans to send two turboprops to the airport in August',
        'would base two launches at the harbour beside the lighthouse from March') governs the date when no verb of
        the past stands between them ('is expected to visit X in April, the radio reported on Monday', 'from April
        under a contract the Space Force awarded in December'). `words` run from the reach to the date."""
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            # Only a phrase's first word opens one: the pair is spelled out for those alone.
            if word in self.cues.future or (word in self.cues.future_heads and i + 1 < len(words)
                                            and f" {word} {words[i + 1]} " in self.cues.future_phrases):
                return True
            if word in self.cues.past_far or word.endswith(self.cues.past_endings):
                return False
        return False

    def _since_past(self, words: list[str]) -> list[str]:
        """The words after the last past-tense verb among `words` (all of them without one)."""
        for i in range(len(words) - 1, -1, -1):
            if words[i] in self.cues.past:
                return words[i + 1 :]
        return words

    def future_after(self, end: int) -> bool:
        """A future modal a few words after a date that opens its clause: "Sunday will start", "On
        Sunday, the minister will", not "said on Sunday that it would"."""
        sentence_end = self.doc.sentence_of(end)[1] if self.doc.sentences else len(self.doc.norm)
        stop = min(sentence_end, end + 40)
        words = self.words(end, stop)[:_FUTURE_AFTER_WORDS]
        if words and words[0] in self.cues.future_after:
            return True
        return self.doc.norm[end:stop].lstrip().startswith(",") and not self.cues.future_after.isdisjoint(words)

    def future_opening(self, start: int, end: int) -> bool:
        """A date that opens its sentence ("In March, the navy will open", "From February, two helicopters from X
        will be stationed") is the time of its main verb: a future modal after it, before any past verb ("In
        May, the ministry said the jets will come": the date goes with 'said'), is its future cue. Not one inside a
        clause ("the battalion that rotated in in April will hold": the date goes with its own verb)."""
        sentence_start = self.doc.sentence_of(start)[0] if self.doc.sentences else 0
        if len(self.words(sentence_start, start)) > _OPENING_WORDS:
            return False
        stop = min(self.doc.sentence_of(end)[1] if self.doc.sentences else len(self.doc.norm), end + _FUTURE_REACH)
        return not self.cues.future_after.isdisjoint(self._before_past(self.words(end, stop)))

    def _before_past(self, words: list[str]) -> list[str]:
        """The words before the first past-tense verb among `words` (all of them without one)."""
        for i, word in enumerate(words):
            if word in self.cues.past:
                return words[:i]
        return words

    def recurring(self, span: Span) -> bool:
        """A weekday that recurs: "every Friday", "the fourth Thursday in November", opening hours."""
        before = self.tail(max(0, span[0] - 16), span[0], 1)
        if before and before[-1] in self.cues.recurring:
            return True
        if before and before[-1] in self.cues.ordinals and self.cues.of_month.match(self.doc.norm, span[1]):
            return True
        # A weekday range right after a clock time is opening hours: "11 a.m. to 5 p.m. Friday to Tuesday".
        start = span[0]
        if not self.cues.range_after.match(self.doc.norm, span[1]):
            first = self.cues.range_before.search(self.doc.norm, max(0, start - 24), start)
            if first is None:
                return False
            start = first.start()
        return bool(self.cues.clock.search(self.doc.norm, max(0, start - 24), start))

    def model_year(self, end: int) -> bool:
        """A vehicle make follows the year: "a 2008 Ford F-250" is a model year, not a date."""
        word = _WORD_AFTER.match(self.doc.norm, end)
        if word is None:
            return False
        name = word.group(1).lower()
        return name in self.cues.makes or name.split()[0] in self.cues.makes

    def in_name(self, span: Span) -> bool:
        """The span is part of a name that is no date ("The Sunday Times", "Good Friday")."""
        lo, hi = span
        start, end = max(0, lo - 16), hi + 16
        if not _may_hold_name(self.doc.norm[start:end], self.cues.name_words):
            return False  # most weekdays stand in no such name: the test spares them the scan, every position tried
        return any(m.start() <= lo and hi <= m.end() for m in self.cues.names.finditer(self.doc.norm, start, end))

    def until(self, start: int) -> bool:
        """An end-point word ("until", "through") just before `start`."""
        words = self.tail(max(0, start - 16), start, 1)
        return bool(words) and words[-1] in self.cues.until

    def in_quantity(self, span: Span) -> bool:
        """The span is part of a longer quantity ("2019 km"), not the whole of one."""
        i = bisect.bisect_right(self.quantities, (span[1], span[1]))
        for q_start, q_end in self.quantities[max(0, i - 3) : i]:
            if q_start < span[1] and span[0] < q_end and (q_start, q_end) != span:
                return True
        return False


Resolver = Callable[[re.Match[str], str, Context], list[DateMention]]


def _group(match: re.Match[str], prefix: str, name: str) -> str | None:
    """Group `name` of the rule with `prefix`; None when that rule has no such group.

    Asked for first: most rules asked have the group, and compiled, reading the pattern's group index (an attribute,
    a mapping proxy made anew, a lookup) costs more than the rare exception."""
    try:
        return match.group(prefix + name)
    except IndexError:
        return None


def _span(match: re.Match[str], prefix: str) -> Span:
    """The date's span; a possessive ending after it ("December's storm") is the noun phrase's, not the date's."""
    start, end = match.span(prefix[:-2])
    possessive = prefix + "poss"
    if possessive in match.re.groupindex and match.start(possessive) >= 0:
        end = match.start(possessive)
    return start, end


def _month_of(ctx: Context, surface: str | None) -> int | None:
    return ctx.lex.months.get(_fold(surface).rstrip(".")) if surface else None


def _year_from_anchor(ctx: Context, month: int, day: int | None, start: int, end: int = -1) -> int | None:
    """Year of a yearless month/day: the last on or before publication; the next on or after it
    after a future cue; the nearer of the two after "until" ("runs until 2 August")."""
    a = ctx.anchor
    if a.year is None or a.month is None:
        return None
    later = (month, day or 0) > (a.month, a.day or 99) if day and a.day else month > a.month
    earlier = (month, day or 99) < (a.month, a.day or 0) if day and a.day else month < a.month
    past, future = a.year - 1 if later else a.year, a.year + 1 if earlier else a.year
    if ctx.future(start) or (end >= 0 and ctx.future_opening(start, end)):
        return future
    if ctx.until(start):
        here = a.year * 12 + a.month
        return past if here - (past * 12 + month) <= future * 12 + month - here else future
    soon = _valid(future, month, day) if day and a.day_date else None
    if soon is not None and a.day_date is not None and (soon - a.day_date).days <= _SOON_DAYS:
        # News omits the year of dates in the current year: a day just after publication is that
        # day (or a slightly early publication date), not the same day a year back.
        return future
    return past


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year next to `year` in which month/day falls on `weekday` ("Wednesday, Oct. 12")."""
    for candidate in (year, year - 1, year + 1):
        valid = _valid(candidate, month, day)
        if valid is not None and valid.weekday() == weekday:
            return candidate
    return year


def _framed_year(ctx: Context, surface: str) -> int | None:
    """The year of 'that year', 'the following year' after a month: the year of the date the text last set,
    shifted; None with no such date."""
    previous = _framing(ctx, [f for f in ctx.previous if f.resolved])
    if previous is None or previous.resolved is None:
        return None
    return int(previous.resolved[:4]) + int(ctx.lex.get("anaphor_shift", surface.split()[-1]) or 0)


def _day_month(match: re.Match[str], p: str, ctx: Context, rule: str) -> list[DateMention]:
    month = _month_of(ctx, _group(match, p, "mon"))
    day_text = _group(match, p, "d")
    if month is None or day_text is None:
        return []
    day = int(_NON_DIGIT.sub("", day_text) or ctx.lex.get("ordinal", day_text) or 0)
    year_text, narrated = _group(match, p, "y"), _group(match, p, "ana")
    shift = ctx.lex.get("shift", _group(match, p, "sh"))
    year = int(year_text) if year_text else _framed_year(ctx, narrated) if narrated else None
    if shift is not None and ctx.anchor.year is not None:
        year = ctx.anchor.year + int(shift)
    relative = year_text is None
    span = _span(match, p)
    if year is None and not narrated and shift is None:
        year = _year_from_anchor(ctx, month, day, span[0], span[1])
        weekday = ctx.lex.get("weekday", _group(match, p, "wd"))
        if year is not None and weekday is not None:
            year = _year_of_weekday(year, month, day, int(weekday))
    if _valid(year or 2000, month, day) is None:
        return []
    if _group(match, p, "d2"):
        resolved = _ym(year, month) if year else None
        return [DateMention(span, resolved, "month" if resolved else None, relative, f"dates:{rule}-range")]
    if year is None:
        return [DateMention(span, None, None, True, f"dates:{rule}")]
    return [DateMention(span, _ymd(date(year, month, day)), "day", relative, f"dates:{rule}")]


def _resolve_month_range(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """Resolve "March to May 2021": both months take the year; "December-January 2021" starts a year before."""
    first, second = _month_of(ctx, _group(match, p, "mon")), _month_of(ctx, _group(match, p, "mon2"))
    year = int(_group(match, p, "y") or 0)
    if first is None or second is None:
        return []
    start_year = year - 1 if first > second else year
    return [
        DateMention(match.span(p + "mon"), _ym(start_year, first), "month", False, "dates:month-range"),
        DateMention((match.start(p + "mon2"), match.end(p[:-2])), _ym(year, second), "month", False,
                    "dates:month-range"),
    ]


def _day_rule(rule: str, match: re.Match[str], p: str) -> str:
    if _group(match, p, "y"):
        return rule
    if _group(match, p, "sh"):
        return f"{rule}-relative-year"
    return f"{rule}-narrative-year" if _group(match, p, "ana") else f"{rule}-yearless"


def _resolve_day_month(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    return _day_month(match, p, ctx, _day_rule("day-month", match, p))


def _resolve_month_day(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    if _group(match, p, "d"):
        return _day_month(match, p, ctx, _day_rule("month-day", match, p))
    if _group(match, p, "y") or _group(match, p, "sh") or _group(match, p, "ana"):
        return _month_year(match, p, ctx, "month-year")
    if _group(match, p, "poss") or ctx.cued(match.start()):
        return _month_year(match, p, ctx, "month-cued")
    return []


def _resolve_part_month(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    return _month_year(match, p, ctx, "part-month")


def _month_year(match: re.Match[str], p: str, ctx: Context, rule: str) -> list[DateMention]:
    """A month with a year, a shifted year ("January last year") or none (from the anchor)."""
    month = _month_of(ctx, _group(match, p, "mon"))
    if month is None:
        return []
    span = _span(match, p)
    year_text, shift = _group(match, p, "y"), ctx.lex.get("shift", _group(match, p, "sh"))
    if year_text:
        return [DateMention(span, _ym(int(year_text), month), "month", False, f"dates:{rule}")]
    if shift is not None:
        year = ctx.anchor.year + int(shift) if ctx.anchor.year is not None else None
        resolved = _ym(year, month) if year is not None else None
        return [DateMention(span, resolved, "month" if resolved else None, True, f"dates:{rule}-relative-year")]
    narrated = _group(match, p, "ana")
    if narrated:
        year = _framed_year(ctx, narrated)
        resolved = _ym(year, month) if year is not None else None
        return [DateMention(span, resolved, "month" if resolved else None, True, f"dates:{rule}-narrative-year")]
    year = _year_from_anchor(ctx, month, None, span[0], span[1])
    resolved = _ym(year, month) if year is not None else None
    return [DateMention(span, resolved, "month" if resolved else None, True, f"dates:{rule}-yearless")]


def _resolve_iso(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    y, m, d = (int(_group(match, p, k) or 0) for k in ("y", "m", "d"))
    valid = _valid(y, m, d)
    return [DateMention(_span(match, p), _ymd(valid), "day", False, "dates:iso")] if valid else []


def _resolve_numeric(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    a, b, y = (int(_group(match, p, k) or 0) for k in ("a", "b", "y"))
    span = _span(match, p)
    if _group(match, p, "sep") == "." or (a > 12 >= b):
        day, month = a, b
    elif b > 12 >= a or a == b:
        day, month = b, a
    else:
        return [DateMention(span, str(y), "year", False, "dates:numeric-ambiguous")]
    valid = _valid(y, month, day)
    return [DateMention(span, _ymd(valid), "day", False, "dates:numeric")] if valid else []


def _resolve_numeric_month(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    month, year = int(_group(match, p, "m") or 0), int(_group(match, p, "y") or 0)
    return [DateMention(_span(match, p), _ym(year, month), "month", False, "dates:numeric-month")]


def _resolve_week_weekday(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """A weekday of a shifted week: "Tuesday of next week", "last week on Monday"."""
    weekday = int(ctx.lex.get("weekday", _group(match, p, "wd") or _group(match, p, "wd2")) or 0)
    shift = int(ctx.lex.get("shift", _group(match, p, "sh") or _group(match, p, "sh2")) or 0)
    anchor = ctx.anchor.day_date
    if anchor is None:
        return [DateMention(_span(match, p), None, None, True, "dates:week-weekday")]
    day = _week_weekday(anchor, weekday, shift)
    return [DateMention(_span(match, p), _ymd(day), "day", True, "dates:week-weekday")]


def _nearest_weekday(anchor: date, weekday: int, future: bool, strict: bool) -> date:
    """The weekday closest to the anchor going back (or forward), the anchor itself unless strict."""
    days = (weekday - anchor.weekday()) % 7 if future else (anchor.weekday() - weekday) % 7
    days = days or (7 if strict else 0)
    return anchor + timedelta(days=days if future else -days)


def _week_weekday(anchor: date, weekday: int, shift: int) -> date:
    """The weekday in the Monday-Sunday week `shift` weeks from the anchor's."""
    return anchor + timedelta(days=weekday - anchor.weekday(), weeks=shift)


def _resolve_weekday(match: re.Match[str], p: str, ctx: Context, shift: int | None = None) -> list[DateMention]:
    """A weekday: "Tuesday" nearest before publication (after it with a future cue), "past
    Tuesday" strictly before, "last Tuesday" the latest but yesterday, "this/next Tuesday" in the
    current/next week."""
    weekday = int(ctx.lex.get("weekday", _group(match, p, "wd")) or 0)
    span = _span(match, p)
    if ctx.in_name(span) or (shift is None and ctx.recurring(span)):
        return []
    anchor = ctx.anchor.day_date
    rule = "dates:weekday" if shift is None else "dates:shift-weekday"
    if anchor is None:
        return [DateMention(span, None, None, True, rule)]
    surface = _group(match, p, "sh")
    if shift is None:
        day = _plain_weekday(ctx, span, anchor, weekday)
    elif ctx.lex.get("shift_named", surface) is not None:
        day = _nearest_weekday(anchor, weekday, shift > 0, strict=True)
    elif ctx.lex.get("shift_latest", surface) is not None:
        # News usage: "last Thursday" is the latest Thursday before publication, even in the same
        # week, but never the day before, which news calls "yesterday" or plain "Thursday".
        day = _nearest_weekday(anchor - timedelta(days=1), weekday, False, strict=True)
    else:
        day = _week_weekday(anchor, weekday, shift)
    return [DateMention(span, _ymd(day), "day", True, rule)]


def _plain_weekday(ctx: Context, span: Span, anchor: date, weekday: int) -> date:
    """A bare weekday: the nearest before publication, after it with a future cue, and the
    nearer of the two after "until" ("closed from Saturday until Sunday")."""
    if ctx.until(span[0]):
        before = _nearest_weekday(anchor, weekday, False, strict=False)
        after = _nearest_weekday(anchor, weekday, True, strict=False)
        return before if anchor - before <= after - anchor else after
    return _nearest_weekday(anchor, weekday, ctx.future(span[0]) or ctx.future_after(span[1]), strict=False)


def _resolve_shift_name(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    surface = _group(match, p, "sh")
    shift = int(ctx.lex.get("shift", surface) or ctx.lex.get("shift_named", surface) or 0)
    return _shifted_name(match, p, ctx, shift)


def _resolve_name_shift(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    shift = int(ctx.lex.get("shift_after", _group(match, p, "sh")) or 0)
    if _group(match, p, "unit"):
        return _unit_shift(match, p, ctx, shift)
    return _shifted_name(match, p, ctx, shift)


def _shifted_name(match: re.Match[str], p: str, ctx: Context, shift: int) -> list[DateMention]:
    """Resolve "last January", "next Tuesday", "last summer" against the publication date."""
    if _group(match, p, "wd"):
        return _resolve_weekday(match, p, ctx, shift)
    span, a = _span(match, p), ctx.anchor
    season = ctx.lex.get("season", _group(match, p, "season"))
    month = _month_of(ctx, _group(match, p, "mon"))
    first, last = _SEASON_MONTHS.get(season or "", (0, 0)) if month is None else (month, month)
    if a.year is None or a.month is None or first == 0:
        return [DateMention(span, None, None, True, "dates:shift-name")]
    if shift < 0:
        year = a.year if last < a.month else a.year - 1
    elif shift > 0:
        year = a.year if first > a.month else a.year + 1
    else:
        year = a.year
    if month is None:
        return [DateMention(span, str(year), "year", True, "dates:shift-season")]
    return [DateMention(span, _ym(year, month), "month", True, "dates:shift-month")]


def _resolve_season(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    span = _span(match, p)
    year_text, shift_word = _group(match, p, "y"), _group(match, p, "sh")
    if year_text:
        return [DateMention(span, year_text, "year", False, "dates:season-year")]
    if shift_word is None:
        return _bare_season(match, p, ctx, span)
    shift = ctx.lex.get("shift", shift_word)
    if ctx.anchor.year is None or shift is None:
        return [DateMention(span, None, None, True, "dates:season-relative-year")]
    return [DateMention(span, str(ctx.anchor.year + int(shift)), "year", True, "dates:season-relative-year")]


def _bare_season(match: re.Match[str], p: str, ctx: Context, span: Span) -> list[DateMention]:
    """'Was resurfaced over the summer', 'finished in the autumn', 'due to start in the summer': a season with the
    article and no year, after a word that dates it, is the latest one begun by publication, after a future cue the
    next one not yet over. Winter, which spans two years, is none; nor is a season without the article or such a word
    ('summer exercises', 'the spring at the oasis'), or one that does not end its phrase."""
    words = ctx.tail(max(0, span[0] - _CONTEXT), span[0], ctx.cues.longest)
    first, last = _SEASON_MONTHS.get(ctx.lex.get("season", _group(match, p, "season")) or "", (0, 0))
    if (_group(match, p, "art") is None or _group(match, p, "part") or first == 0
            or not _ends_with(words, ctx.cues.season_cues, ctx.cues.longest)
            or not _CLOSED.match(ctx.doc.norm, span[1])):
        # 'through the summer season', 'in the summer heat', 'after the fall of Kabul': a season's word with a word
        # after it qualifies that word or names something else
        return []
    a = ctx.anchor
    if a.year is None or a.month is None or _ends_with(words, ctx.cues.season_open, ctx.cues.longest):
        # 'new shelters have appeared since the summer': a span from a season that may be this year's or last, no date
        return [DateMention(span, None, None, True, "dates:season-bare")]
    if ctx.future(span[0]):
        year = a.year if last >= a.month else a.year + 1
    else:
        year = a.year if first <= a.month else a.year - 1
    return [DateMention(span, str(year), "year", True, "dates:season-bare")]


def _count(match: re.Match[str], p: str, ctx: Context) -> float | None:
    """The count before a unit: a number, "a"/"an" (one), or None when vague or absent."""
    if _group(match, p, "one"):
        return 1.0
    number = _group(match, p, "n") or _group(match, p, "n2")
    return parse_number(number, ctx.lex.lang) if number else None


def _back(ctx: Context, unit: str, count: float) -> tuple[str | None, str | None]:
    """The date `count` units before publication, at the unit's granularity."""
    a, n = ctx.anchor, int(count)
    if unit in ("year", "decade"):
        years = n * (10 if unit == "decade" else 1)
        return (str(a.year - years), "year") if a.year is not None else (None, None)
    if unit == "month":
        if a.year is None or a.month is None:
            return None, None
        return _ym(*_add_months(a.year, a.month, -n)), "month"
    anchor = a.day_date
    if anchor is None:
        return None, None
    return _ymd(anchor - timedelta(days=n * _DAY_UNITS[unit])), "day"


def _resolve_ago(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    span = _span(match, p)
    unit = ctx.lex.get("unit", _group(match, p, "unit")) or "year"
    count = _count(match, p, ctx)
    if count is None or count != int(count) or count <= 0:
        return [DateMention(span, None, None, True, "dates:ago-vague")]
    resolved, granularity = _back(ctx, unit, count)
    return [DateMention(span, resolved, granularity, True, "dates:ago")]


def _week(anchor: date, shift: int) -> tuple[str | None, str | None]:
    """The Monday-Sunday week `shift` weeks from the anchor's, as its month if it lies in one."""
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _ym(monday.year, monday.month), "month"
    # Across two months no month holds the week, and its year is too coarse to say anything.
    return None, None


def _unit_shift(match: re.Match[str], p: str, ctx: Context, shift: int,
                rule: str = "relative-unit") -> list[DateMention]:
    """Resolve "last year", "earlier this month", "next week" against the publication date."""
    span, a = _span(match, p), ctx.anchor
    unit = ctx.lex.get("unit", _group(match, p, "unit"))
    resolved: str | None = None
    granularity: str | None = None
    if unit == "day":
        return _after_previous(ctx, span, "day", shift)
    if unit in ("decade", "fortnight"):
        return [DateMention(span, None, None, True, f"dates:{rule}")]
    if unit == "year" and a.year is not None:
        resolved, granularity = str(a.year + shift), "year"
    elif unit == "month" and a.year is not None and a.month is not None:
        resolved, granularity = _ym(*_add_months(a.year, a.month, shift)), "month"
    elif unit == "week" and a.day_date is not None:
        resolved, granularity = _week(a.day_date, shift)
    return [DateMention(span, resolved, granularity, True, f"dates:{rule}")]


def _resolve_relative_unit(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    return _unit_shift(match, p, ctx, int(ctx.lex.get("shift", _group(match, p, "sh")) or 0))


# what stands between a date and a phrase describing the same day: 'Nov. 24 - the day after', 'Friday, the day before'
_APPOSITION: Final = re.compile(r"[\s,;:()\u2013\u2014-]*")


def _resolve_part_unit(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """Resolve "the end of the year", "later in the month" to the publication's year or month, or to
    those of the date the narrative just set."""
    span = _span(match, p)
    narrated = _narrated(ctx, span, ctx.lex.get("unit", _group(match, p, "unit")))
    if narrated is not None:
        granularity = "month" if len(narrated) == len("2024-07") else "year"
        return [DateMention(span, narrated, granularity, True, "dates:part-unit")]
    return _unit_shift(match, p, ctx, 0, "part-unit")


def _narrated(ctx: Context, span: Span, unit: str | None) -> str | None:
    """'They left on 15 July; by the end of the month the camp was empty': told in the past, 'the
    month' is the month of the date set in this sentence or the one before, not the publication's."""
    if unit not in ("month", "year") or not ctx.doc.sentences or ctx.future(span[0]):
        return None
    # the text's last date, resolved or not: an unresolved one ('March', undated text) sets no frame
    previous = _framing(ctx, ctx.previous)
    fine = ("day", "month") if unit == "month" else ("day", "month", "year")
    if previous is None or previous.resolved is None or previous.granularity not in fine:
        return None
    sentences = ctx.doc.sentences
    here = bisect.bisect_right(sentences, span[0], key=lambda s: s[0]) - 1
    if here < 0 or previous.span[0] < sentences[max(0, here - 1)][0]:
        return None
    return previous.resolved[: len("2024-07") if unit == "month" else len("2024")]


def _resolve_recent(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """A vague stretch: recent days or weeks are the publication month; anything else unresolved."""
    span, a = _span(match, p), ctx.anchor
    before = ctx.cues.recent_prep.search(ctx.doc.norm, max(0, span[0] - 16), span[0])
    if before:
        # The preposition belongs to the phrase: "in recent weeks", "over the past few days".
        span = (before.start(), span[1])
    unit = ctx.lex.get("unit", _group(match, p, "unit"))
    direction = ctx.lex.get("recent", _group(match, p, "rec")) or ctx.lex.get("recent_count", _group(match, p, "recn"))
    if direction != "past":
        # "in the coming weeks" dates no event; it is left out rather than kept unresolvable.
        return []
    if unit in ("day", "week", "fortnight") and a.year is not None and a.month is not None:
        return [DateMention(span, _ym(a.year, a.month), "month", True, "dates:recent")]
    return [DateMention(span, None, None, True, "dates:recent")]


def _after_previous(ctx: Context, span: Span, unit: str, count: int) -> list[DateMention]:
    """`count` units after (before, if negative) the last date of the text fine enough for `unit`."""
    needed = {"day": ("day",), "week": ("day",), "fortnight": ("day",), "month": ("day", "month")}.get(
        unit, ("day", "month", "year")
    )
    # Only the text's last date counts: an older, finer one belongs to another passage ("In 1939
    # ... one week earlier" is no week before a day named paragraphs earlier).
    previous = _framing(ctx, [f for f in ctx.previous if f.resolved])
    if previous is not None and previous.granularity not in needed:
        previous = None
    resolved: str | None = None
    granularity: str | None = None
    if previous is not None and previous.resolved is not None:
        year, month, day = (int(x) for x in (previous.resolved + "-01-01").split("-")[:3])
        if unit in _DAY_UNITS:
            resolved, granularity = _ymd(date(year, month, day) + timedelta(days=count * _DAY_UNITS[unit])), "day"
        elif unit == "month":
            resolved, granularity = _ym(*_add_months(year, month, count)), "month"
        elif unit in ("year", "decade"):
            resolved, granularity = str(year + count * (10 if unit == "decade" else 1)), "year"
    return [DateMention(span, resolved, granularity, True, "dates:anaphoric")]


def _framing(ctx: Context, dates: list[DateMention]) -> DateMention | None:
    """The date the text last set: its last resolved date, unless that one sits in a relative clause
    after another date of its sentence ("In 2018 it based jets at the airport that opened in 2014,
    and four years later ..." counts from 2018)."""
    if not dates:
        return None
    last = dates[-1]
    if len(dates) == 1 or not ctx.doc.sentences:
        return last
    earlier = dates[-2]
    sentence = ctx.doc.sentence_of(last.span[0])
    if sentence[0] <= earlier.span[0] and ctx.cues.relative_clause.search(ctx.doc.norm, earlier.span[1], last.span[0]):
        return earlier
    return last


def _resolve_later(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """Resolve "two days later", "a week earlier": counted from the text's previous date."""
    span = _span(match, p)
    unit = ctx.lex.get("unit", _group(match, p, "unit")) or "day"
    count = _count(match, p, ctx)
    if count is None or count != int(count) or count <= 0:
        return [DateMention(span, None, None, True, "dates:anaphoric")]
    return _after_previous(
        ctx, span, unit, int(count) * int(ctx.lex.get("anaphor_after", _group(match, p, "dir")) or 1)
    )


def _resolve_anaphoric_unit(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """Resolve "the next day", "the previous year", "that year", "the day before": from the text's previous date."""
    unit = ctx.lex.get("unit", _group(match, p, "unit") or _group(match, p, "one_unit")) or "day"
    shift = int(ctx.lex.get("anaphor_shift", _group(match, p, "sh"))
                or ctx.lex.get("anaphor_shift_after", _group(match, p, "sh_after")) or 0)
    if _group(match, p, "sh_after"):
        return _before_after(ctx, _span(match, p), unit, shift)
    if shift == 0 and unit == "week":
        return [_same_week(ctx, _span(match, p))]
    if shift == 0 and unit not in ("day", "month", "year"):
        # "That fortnight" is no day, and its month is not sure.
        return [DateMention(_span(match, p), None, None, True, "dates:anaphoric")]
    return _after_previous(ctx, _span(match, p), unit, shift)


def _same_week(ctx: Context, span: Span) -> DateMention:
    """'The same week', 'that week': no day, but a span of weeks with no edge of its own, dated by its month
    (docs/data-model.md): the month of the text's last date, when that names a month or a day whose Monday-to-Sunday
    week lies in one month; none when the week runs across two months or the last date is a year."""
    previous = _framing(ctx, [f for f in ctx.previous if f.resolved])
    resolved: str | None = None
    granularity: str | None = None
    if previous is not None and previous.resolved is not None:
        if previous.granularity == "month":
            resolved, granularity = previous.resolved, "month"
        elif previous.granularity == "day":
            resolved, granularity = _week(date.fromisoformat(previous.resolved), 0)
    return DateMention(span, resolved, granularity, True, "dates:anaphoric")


def _before_after(ctx: Context, span: Span, unit: str, shift: int) -> list[DateMention]:
    """'The day before (the vote)' counts from the text's previous date; with none it places nothing,
    and right after one it is that date described ('on Nov. 24 - the day after the payments')."""
    if not ctx.previous:
        return []
    last = ctx.previous[-1]
    if _APPOSITION.fullmatch(ctx.doc.norm, last.span[1], span[0]):
        return [DateMention(span, last.resolved, last.granularity, True, "dates:anaphoric")]
    return _after_previous(ctx, span, unit, shift)


def _resolve_weekend(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """Resolve "the weekend": the last one (the coming one after a future cue), "last/this/next weekend"
    that of the previous/current/next Monday-Sunday week; resolved to its month, or its year if
    it straddles two months."""
    span, anchor = _span(match, p), ctx.anchor.day_date
    if anchor is None:
        return [DateMention(span, None, None, True, "dates:weekend")]
    saturday = anchor + timedelta(days=5 - anchor.weekday())
    surface = _group(match, p, "sh")
    if surface is not None:
        shift = int(ctx.lex.get("shift", surface) or ctx.lex.get("shift_named", surface) or 0)
    elif anchor.weekday() >= 5:
        shift = 0
    else:
        shift = 0 if ctx.future(span[0]) else -1
    saturday += timedelta(weeks=shift)
    sunday = saturday + timedelta(days=1)
    if saturday.month == sunday.month:
        return [DateMention(span, _ym(saturday.year, saturday.month), "month", True, "dates:weekend")]
    return [DateMention(span, None, None, True, "dates:weekend")]


def _resolve_deictic(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    offset = int(ctx.lex.get("deictic", _group(match, p, "word")) or 0)
    anchor = ctx.anchor.day_date
    resolved = _ymd(anchor + timedelta(days=offset)) if anchor else None
    return [DateMention(_span(match, p), resolved, "day" if resolved else None, True, "dates:deictic")]


def _resolve_plain_weekday(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    return _resolve_weekday(match, p, ctx)


def _resolve_decade(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    """Keep "the 1990s", "the early 2000s" unresolved: a date no YYYY can hold, kept unresolved."""
    return [DateMention(_span(match, p), None, None, False, "dates:decade")]


def _resolve_year_range(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    first_text, second_text = _group(match, p, "y") or "", _group(match, p, "y2") or ""
    first = int(first_text)
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not first < second <= first + 50 or second not in _CUED_YEARS:
        return []
    if _group(match, p, "word") and not (ctx.cued(match.start()) or ctx.determined(match.start(), match.end())):
        # "2018 or 2022" needs a cue ("in 2018 or 2022") or a determiner and a noun ("the 2018 or 2022 World Cups").
        return []
    spans = (match.span(p + "y"), match.span(p + "y2"))
    if any(ctx.in_quantity(s) for s in spans):
        return []
    return [DateMention(s, str(v), "year", False, "dates:year-range")
            for s, v in zip(spans, (first, second), strict=True)]


def _resolve_year(match: re.Match[str], p: str, ctx: Context) -> list[DateMention]:
    span, year_span = _span(match, p), match.span(p + "y")
    year = int(_group(match, p, "y") or 0)
    part = _group(match, p, "part")
    if part:
        return [DateMention(span, str(year), "year", False, "dates:year-part")]
    if year not in _CUED_YEARS or ctx.in_quantity(year_span) or ctx.model_year(year_span[1]):
        return []
    if _group(match, p, "yw"):
        rule = "dates:year-word"
    elif _group(match, p, "poss"):
        if ctx.doc.norm[max(0, span[0] - 4) : span[0]].lower() == "the ":
            return []
        rule = "dates:year-possessive"
    elif ctx.cued(span[0]):
        rule = "dates:year-cue"
    elif year in _DETERMINED_YEARS and ctx.determined(span[0], year_span[1]):
        rule = "dates:year-determiner"
    else:
        return []
    return [DateMention(span, str(year), "year", False, rule)]


_RESOLVERS: Final[dict[str, Resolver]] = {
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "numeric_month": _resolve_numeric_month,
    "week_weekday": _resolve_week_weekday,
    "month_range": _resolve_month_range,
    "day_month": _resolve_day_month,
    "part_month": _resolve_part_month,
    "shift_name": _resolve_shift_name,
    "name_shift": _resolve_name_shift,
    "season": _resolve_season,
    "ago": _resolve_ago,
    "ago_before": _resolve_ago,
    "later": _resolve_later,
    "anaphoric_unit": _resolve_anaphoric_unit,
    "relative_unit": _resolve_relative_unit,
    "part_unit": _resolve_part_unit,
    "recent": _resolve_recent,
    "deictic": _resolve_deictic,
    "weekend": _resolve_weekend,
    "month_day": _resolve_month_day,
    "weekday": _resolve_plain_weekday,
    "decade": _resolve_decade,
    "year_range": _resolve_year_range,
    "year": _resolve_year,
}


_NON_WORD: Final = re.compile(r"\W")
# What `_NON_WORD` finds among ASCII characters: all but letters, digits and the underscore.
_ASCII_NON_WORD: Final = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})
# Digit runs that can be a day, month or year (not "1,200", "3.75" or "747"); longer numbers
# in a date ("300 years ago") are reached from the date's other trigger.
# Each pattern opens with the digit so the regex engine can skip ahead to digits; the look-behind
# after it checks the character before the run.
_DIGITS: Final = re.compile(digit_set() + r"(?<![\d.,]\d)(?:\d{3}(?!\d)|\d?(?!\d|[.,]\d{3}(?!\d)))")
# A digit run can open a date only where it is not the tail of a designation or number.
_DIGIT_START: Final = re.compile(digit_set() + r"(?<![\w.,\-/$€£#]\d)")
_WORD_RUN: Final = re.compile(r"\w+")
# Kinds whose one-word forms make a date alone ('March', 'Friday', 'yesterday', '2019'); every rule reads a word of
# any other kind, or a digit run of another length, with more date words or digits after it.
_ALONE: Final = frozenset({"month", "weekday", "deictic", "digits4"})


def _follower(norm: str, start: int) -> str:
    """The word after the word at `start`, as `\\w+\\W*(\\w*)` reads it there ('' where no word opens at `start`):
    compiled, a loop over the characters costs less than a regex call."""
    size = len(norm)
    at = start
    while at < size and is_word_char(norm[at]):
        at += 1
    if at == start:
        return ""
    while at < size and not is_word_char(norm[at]):
        at += 1
    end = at
    while end < size and is_word_char(norm[end]):
        end += 1
    return norm[at:end]


def _word_key(text: str) -> str:
    return " " + _NON_WORD.sub(" ", text.lower()).strip().split(" ")[0] + " "


def _automaton(keys: dict[str, frozenset[str]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    # Added most frequent characters first, so that the scan finds a node's next character early (`by_frequency`).
    for key in sorted(keys, key=by_frequency):
        kinds = keys[key]
        if key.strip():
            # The automaton reports the key's last character in the padded text; the key's
            # leading space and the padding cancel out, so the word starts at end - len(key) + 1.
            automaton.add_word(key, (len(key), kinds))
    automaton.make_automaton()
    return automaton


def _trigger_automaton(lengths: dict[str, int]) -> ahocorasick.Automaton:
    """Each key storing the length of the word it finds."""
    automaton = ahocorasick.Automaton()
    for key in sorted(lengths, key=by_frequency):
        length = lengths[key]
        if length:
            automaton.add_word(key, length)
    automaton.make_automaton()
    return automaton


def _lowered(text: str, lowered: str) -> str:
    """`text` lower-cased, one character for one, from `lowered` (`text.lower()`)."""
    # Lower-casing keeps length except for the dotted capital I; a text where it still would
    # not is scanned as it is (capitalised words are then missed, never misplaced).
    if "\u0130" in text:
        lowered = text.replace("\u0130", "i").lower()
    return lowered if len(lowered) == len(text) else text


def _spaced(text: str) -> str:
    """Lower-cased `text` with non-word characters as spaces, padded: whole words are " word "."""
    # str.translate has a fast path for ASCII that the regex substitution lacks.
    spaced = text.translate(_ASCII_NON_WORD) if text.isascii() else _NON_WORD.sub(" ", text)
    return " " + spaced + " "


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's date rules: token automata to find where a date may start, and a
    compiled regex per set of start kinds to match it there."""

    lexicon: Lexicon
    cues: CueWords
    triggers: ahocorasick.Automaton
    # The slot of the trigger words in the shared word pass (`wordscan.spaced_keys`), which finds them as whole words
    # only; -1 where a trigger holds other characters than letters and digits.
    spaced_slot: int
    openers: ahocorasick.Automaton
    patterns: dict[frozenset[str], tuple[re.Pattern[str], ...]]
    # Kinds of opening word or digit run that no rule reads as a date alone ('the', 'a', 'last', '12'): a date word
    # or digits must follow.
    led: frozenset[frozenset[str]]
    # Every word of every date word, month and number word, lower-cased: what may follow such an opener.
    vocabulary: frozenset[str]
    # Per set of start kinds, for each of its patterns the index in `needed` of the words one of which the rule
    # cannot match without (`_NEEDS`: "ago", "later"), or -1; and those words, each the first of its forms.
    needs: dict[frozenset[str], tuple[int, ...]]
    needed: tuple[tuple[str, ...], ...]
    # Per set of start kinds, for each of its patterns the words that may come after the start's word (`_FOLLOWS`),
    # or None for any.
    follows: dict[frozenset[str], tuple[frozenset[str] | None, ...]]
    # Per set of start kinds, for each of its patterns whether it is the decade rule read from a four-digit run ('the
    # 1990s' opens with its article; '1990s' with the run), which only a run ending in 0 with an s after opens.
    decades: dict[frozenset[str], tuple[bool, ...]]

    def match(self, norm: str, start: int, kinds: frozenset[str],
              reach: Reach | None = None) -> re.Match[str] | None:
        """The first rule, in priority order, that a token of `kinds` opens at `start` (`reach`: `reaches` of the
        text, where the caller has it, so that rules whose needed word comes nowhere after `start` are not tried)."""
        # The word after is read only where a test asks for it (a month or weekday alone may open a date).
        word: str | None = None
        if kinds in self.led:
            word = self._next_word(norm, start)
            if word and word != _DIGITS_WORD and word not in self.vocabulary:
                return None  # 'the', 'a', 'first' open far more phrases than dates: no rule need be tried
        needs = self.needs[kinds]
        follows = self.follows[kinds]
        decades = self.decades[kinds]
        for i, pattern in enumerate(self.patterns[kinds]):
            need = needs[i]
            if reach is not None and need >= 0 and reach.before(need, start):
                continue
            if decades[i] and not _decade_digits(norm, start):
                continue  # '2019', '2020 drills': most years are no decade
            allowed = follows[i]
            if allowed is not None and word is None:
                word = self._next_word(norm, start)
            if word and allowed is not None and word not in allowed:
                continue  # 'May 2019' opens no month range, '2019, the' no ISO date
            match = pattern.match(norm, start)
            if match is not None:
                return match
        return None

    def reaches(self, doc: Doc) -> Reach:
        """Where the words of each set of `needed` last start in `doc`, read when a rule first asks."""
        return Reach(doc, self.needed)

    def _next_word(self, norm: str, start: int) -> str:
        """The word after the one at `start`, lower-cased, where it is a plain ASCII word, `_DIGITS_WORD` where it is
        an ASCII one opening with a digit; '' for any other, which is not judged."""
        # Every rule's pieces after its first word are date words, digits and what separates them, each word
        # ending at a word edge; IGNORECASE folds a few letters outside ASCII into it, so only an ASCII word is
        # judged. A number's glued letters ('5th', '12k') are the first word's, never judged.
        word = _follower(norm, start)
        if not word.isascii():
            return ""
        first = word[:1]
        return word.lower() if first.isalpha() else _DIGITS_WORD if first.isdigit() else ""

    def windows(self, norm: str, lowered: str, spaced_view: str | None = None,
                runs: list[int] | None = None) -> list[Span]:
        """Stretches of `norm` that end with a trigger token and reach _REACH characters before it
        (`spaced_view`, `runs`: the `Doc.spaced()` of `lowered` and `Doc.digit_runs()` of `norm`, where there are)."""
        if spaced_view is not None and self.spaced_slot >= 0:
            # A hit ends on the space after its word, which starts `length` + 1 characters before that.
            ends: list[Span] = []
            for after, length in spaced_hits(self.spaced_slot, norm):
                ends.append((after - length - 1, after - 1))
        else:
            # Trigger words are matched inside words too ("day" in "today"), then kept only whole.
            last = len(lowered) - 1
            ends = [
                (end - length + 1, end + 1)
                for end, length in self.triggers.iter(lowered)
                if (end == last or not lowered[end + 1].isalnum())
                and (end < length or not lowered[end - length].isalnum())
            ]
        if runs is None:
            ends += [m.span() for m in _DIGITS.finditer(norm)]
        else:
            ends += _date_digits(norm, runs)
        ends.sort()
        merged: list[Span] = []
        for start, end in ends:
            lo = max(0, start - _REACH)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((lo, end))
        return merged

    def opener_starts(self, norm: str, lowered: str, windows: list[Span], spaced_view: str | None = None,
                      runs: list[int] | None = None) -> list[tuple[int, frozenset[str]]]:
        """Token starts inside `windows` that can open a date, in text order, with the kinds of token each is
        (`spaced_view`, `runs`: the `Doc.spaced()` of `lowered` and `Doc.digit_runs()` of `norm`, where there are)."""
        if not windows:
            return []
        # One scan over the windows' texts joined by a non-word character, which pads each text as
        # the spaces around a lone window would.
        firsts: list[int] = []
        at = 1
        for lo, hi in windows:
            firsts.append(at)
            at += hi - lo + 1
        if spaced_view is not None and "_" not in lowered:
            # The spaced view holds each window's text as `_spaced` spaces it (but for '_', a space there).
            joined = " " + " ".join(spaced_view[lo + 1:hi + 1] for lo, hi in windows) + " "
        else:
            joined = _spaced("\x00".join(lowered[lo:hi] for lo, hi in windows))
        starts: dict[int, frozenset[str]] = {}
        for hit in self.openers.iter(joined):
            # typed, so the compiled build unpacks native tuples rather than iterating objects
            opener: tuple[int, tuple[int, frozenset[str]]] = hit
            end, (length, kinds) = opener
            word = end - length + 2
            k = bisect.bisect_right(firsts, word) - 1
            starts[windows[k][0] + word - firsts[k]] = kinds
        k = 0
        lo, hi = windows[0][0], windows[-1][1]
        if runs is None:
            digits = [m.start() for m in _DIGIT_START.finditer(norm, lo, hi)]
        else:
            digits = [run for run in runs[bisect.bisect_left(runs, lo):bisect.bisect_left(runs, hi)]
                      if _opens_number(norm, run)]
        for start in digits:
            while windows[k][1] <= start:
                k += 1
            if start >= windows[k][0]:
                starts[start] = _DIGIT_KINDS.get(_run_end(norm, start) - start, _OTHER_DIGITS)
        return sorted(starts.items())


# What `_DIGITS` and `_DIGIT_START` read before a run of digits, told by string tests at each run start that
# `Doc.digit_runs()` gives: compiled, a regex call per run costs several times the tests.
_NOT_BEFORE_DATE_DIGITS: Final = frozenset(".,")
_NOT_BEFORE_NUMBER: Final = frozenset("_.,-/$€£#")


# What may follow a decade's digits: its s in any case the rule's case-blind pattern reads ('ſ' as 's'), or the
# apostrophe before it ('1990's').
_DECADE_ENDS: Final = frozenset("sSſ'")


def _decade_digits(norm: str, start: int) -> bool:
    """Whether the four-digit run at `start` may be a decade's ('1990s', "1980's"): it ends with 0, an s or an
    apostrophe after it."""
    return norm[start + 3:start + 4] == "0" and norm[start + 4:start + 5] in _DECADE_ENDS


def _run_end(norm: str, start: int) -> int:
    """Where the run of decimal digits (`\\d`) at `start` ends."""
    end = start + 1
    size = len(norm)
    while end < size:
        # Compiled, `isdecimal` is a generic method call: asked only past ASCII, whose decimal digits are 0-9.
        code = ord(norm[end])
        if not (48 <= code <= 57 or (code > 127 and norm[end].isdecimal())):
            break
        end += 1
    return end


def _date_digits(norm: str, runs: list[int]) -> list[Span]:
    """The `_DIGITS` matches among the digit runs starting at `runs`: runs of one, two or four digits not after a
    full stop or comma, those of one or two not before a thousands group ("3,500", "1.200")."""
    found: list[Span] = []
    size = len(norm)
    for run in runs:
        if run and norm[run - 1] in _NOT_BEFORE_DATE_DIGITS:
            continue
        end = _run_end(norm, run)
        length = end - run
        if length == 4:
            found.append((run, end))
        elif length <= 2:
            grouped = (end + 1 < size and norm[end] in _NOT_BEFORE_DATE_DIGITS and norm[end + 1].isdecimal()
                       and _run_end(norm, end + 1) == end + 4)
            if not grouped:
                found.append((run, end))
    return found


def _opens_number(norm: str, run: int) -> bool:
    """`_DIGIT_START` at a run start: no word character, decimal mark, joiner or currency sign before the run."""
    if not run:
        return True
    before = norm[run - 1]
    return not (before.isalnum() or before in _NOT_BEFORE_NUMBER)


_ASCII: Final = bytes(range(128))


class Reach:
    """Where the last word of each of a grammar's `needed` word sets starts in a text, each read when a rule needing
    one is first tried (most articles try few of them): a rule needing a set cannot match after its last word."""

    def __init__(self, doc: Doc, needed: tuple[tuple[str, ...], ...]) -> None:
        self.doc = doc
        self.needed = needed
        self.last = [-2] * len(needed)  # -2: not read yet, -1: none
        self.usable: bool | None = None

    def before(self, need: int, start: int) -> bool:
        """Whether every word of set `need` starts before `start`: never where the lower-cased text is no sure guide to
        what the rules match (`_unfolded`)."""
        last = self.last[need]
        if last == -2:
            if self.usable is None:
                norm = self.doc.norm
                # ASCII words are misread only through the letters `folds_into_ascii` looks for ('ı', 'ſ'; the lengths
                # tell 'İ' too, and lowering reads the Kelvin sign as the 'k' it matches): a few character tests spare
                # the text's other characters the whole-text check
                ascii_words = all(word.isascii() for words in self.needed for word in words)
                self.usable = len(self.doc.lower()) == len(norm) and not (
                    folds_into_ascii(norm) if ascii_words else _unfolded(norm))
            lowered = self.doc.lower()
            last = self.last[need] = max(lowered.rfind(word) for word in self.needed[need]) if self.usable else -1
        return self.usable is True and last < start


def _unfolded(text: str) -> bool:
    """Whether `text` holds a character that the rules' case-blind matching may take for a letter its lower case is
    not: one whose upper case lower-cases to another character ('ı' reads as 'i', 'ſ' as 's'), or the capital sigma,
    which lower-cases by its neighbours."""
    if text.isascii():
        return False
    # The characters past ASCII are the bytes left when the ASCII ones are deleted: a byte-table pass.
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass")
    return any(ch == CAPITAL_SIGMA or ch.upper().lower() != ch.lower() for ch in set(rest))


# A digit run is a day or month with one or two digits, a year with four, and a count with any.
_DIGIT_KINDS: Final = {1: frozenset({"digits2"}), 2: frozenset({"digits2"}), 4: frozenset({"digits4"})}
_OTHER_DIGITS: Final = frozenset({"digits"})


def build_grammar(lang: str) -> Grammar:
    lex = load_lexicon(lang)
    openers: dict[str, set[str]] = {}
    triggers: set[str] = set()
    for kind in {k for kinds in _STARTS.values() for k in kinds} | _TRIGGERS:
        for form in lex.months if kind == "month" else lex.words.get(kind, {}):
            openers.setdefault(_word_key(form), set()).add(kind)
            if kind in _TRIGGERS:
                # The last word: "the day before yesterday" is found by "yesterday", not "the".
                triggers.add(_NON_WORD.sub(" ", form.lower()).split()[-1])
    numbers = vocabulary_of_numbers(lang)
    for form in [*numbers.words, *numbers.articles]:
        openers.setdefault(_word_key(form), set()).add("number")
    frozen = {key: frozenset(kinds) for key, kinds in openers.items()}
    forms = [*lex.months, *(form for kind_forms in lex.words.values() for form in kind_forms), *numbers.words,
             *numbers.articles, *numbers.conjunctions]
    vocabulary = {word for form in forms for word in _WORD_RUN.findall(form.lower())}
    # A word that is a whole month, weekday or day word may be a date alone; any other opener is led.
    alone_forms = (_WORD_RUN.findall(form.lower()) for kind in _ALONE
                   for form in (lex.months if kind == "month" else lex.words.get(kind, {})))
    alone = {words[0] for words in alone_forms if len(words) == 1}
    lone_kinds = {kinds for key, kinds in frozen.items() if key.strip() in alone}
    digit_kinds = {*_DIGIT_KINDS.values(), _OTHER_DIGITS}
    lone_kinds.update(kinds for kinds in digit_kinds if kinds & _ALONE)
    branches = _branches(lex)
    # One small regex per rule, tried in priority order: the rules a token can open are few, and
    # small programs stay in the processor's caches between articles where one per set of kinds did not.
    rules = {rule: _compile(rule, source) for rule, source in branches.items()
             if rule not in _NEEDS or lex.words.get(_NEEDS[rule])}
    every_kinds = {*frozen.values(), *_DIGIT_KINDS.values(), _OTHER_DIGITS}
    patterns = {kinds: tuple(rules[rule] for rule in rules if _STARTS[rule] & kinds) for kinds in every_kinds}
    needing = [rule for rule in rules if rule in _NEEDS]
    needed = tuple(tuple(sorted({form.split()[0] for form in lex.words[_NEEDS[rule]]})) for rule in needing)
    needs = {kinds: tuple(needing.index(rule) if rule in needing else -1 for rule in rules if _STARTS[rule] & kinds)
             for kinds in every_kinds}
    follow_sets = _follow_sets(lex, numbers)
    follows = {kinds: tuple(_follows(follow_sets, rule, kinds) for rule in rules if _STARTS[rule] & kinds)
               for kinds in every_kinds}
    return Grammar(
        lex,
        CueWords.build(lex),
        _trigger_automaton({word: len(word) for word in triggers}),
        spaced_keys(f"dates:{lang}", {spaced(word): len(word) for word in triggers}) if all(map(str.isalnum, triggers))
        else -1,
        _automaton(frozen),
        patterns,
        frozenset({*frozen.values(), *digit_kinds} - lone_kinds),
        frozenset(vocabulary),
        needs,
        needed,
        follows,
        {kinds: tuple(rule == "decade" and kinds == _DIGIT_KINDS[4] for rule in rules if _STARTS[rule] & kinds)
         for kinds in every_kinds},
    )


def _kind_words(lex: Lexicon, numbers: NumberWords, kind: str, at: int) -> set[str]:
    """The word at `at` (0: the first, 1: the second) of every form of `kind`, lower-cased ("number": every word of
    every number word, and digits); a word opening with a digit as `Grammar._next_word` reads one."""
    if kind == "digits":
        return {_DIGITS_WORD}
    if kind == "number":
        forms = [*numbers.words, *numbers.articles, *numbers.conjunctions, "0"]
        return {_DIGITS_WORD if word[:1].isdigit() else word for form in forms for word in _WORD_RUN.findall(form)}
    pieces = (_WORD_RUN.findall(form.lower()) for form in (lex.months if kind == "month" else lex.words.get(kind, {})))
    return {_DIGITS_WORD if words[at][:1].isdigit() else words[at] for words in pieces if len(words) > at}


def _follow_sets(lex: Lexicon, numbers: NumberWords) -> dict[tuple[str, str], frozenset[str] | None]:
    """Per rule and kind of first token in `_FOLLOWS`, the words that may come after the token's first word: the
    first words of the kinds that may follow and the token's own second words; None where one of them holds a letter
    outside ASCII that a case-blind match may read as one inside it ('ı' as 'i'), which the set would not hold."""
    found: dict[tuple[str, str], frozenset[str] | None] = {}
    for rule, by_kind in _FOLLOWS.items():
        for first, after in by_kind.items():
            words = _kind_words(lex, numbers, first, 1).union(*(_kind_words(lex, numbers, k, 0) for k in after.split()))
            folds = any(not ch.isascii() and (ch.lower().isascii() or ch.upper().isascii())
                        for word in words for ch in word)
            found[rule, first] = None if folds else frozenset(words)
    return found


def _follows(follow_sets: dict[tuple[str, str], frozenset[str] | None], rule: str,
             kinds: frozenset[str]) -> frozenset[str] | None:
    """The words that may come after a first word of `kinds` where `rule` matches there: those of each of its kinds
    that the rule may start with; None (any) where one of them has no set."""
    found: set[str] = set()
    for kind in kinds & _STARTS[rule]:
        words = follow_sets.get((rule, kind))
        if words is None:
            return None
        found |= words
    return frozenset(found)


class Dates:
    """Pipeline component filling `Doc.dates`."""

    def __init__(self) -> None:
        langs = {r["lang"] for r in table("months.tsv")}
        self.grammars = {lang: build_grammar(lang) for lang in sorted(langs)}

    def match(self, doc: Doc) -> list[DateMention]:
        """Every date in `doc`, in text order, resolved against `doc.published`."""
        grammar = self.grammars.get(doc.language) or self.grammars["en"]
        ctx = Context(doc, grammar.lexicon, grammar.cues, Anchor.parse(doc.published))
        found: list[DateMention] = []
        done = 0
        lowered = _lowered(doc.norm, doc.lower())
        spaced_view = doc.spaced()
        runs = doc.digit_runs()
        windows = grammar.windows(doc.norm, lowered, spaced_view, runs)
        reach = grammar.reaches(doc) if windows else None
        for start, kinds in grammar.opener_starts(doc.norm, lowered, windows, spaced_view, runs):
            if start < done:
                continue
            match = grammar.match(doc.norm, start, kinds, reach)
            # A match that closes no rule's group (an opener alone, e.g. a bare "weekend") is no date.
            resolver = _RESOLVERS.get(match.lastgroup or "") if match else None
            if match is None or resolver is None:
                continue
            rule = match.lastgroup or ""
            items = resolver(match, rule + "__", ctx)
            # A rejected match still uses up its text: "the coming weeks" holds no "coming weeks".
            done = match.end()
            if items:
                ctx.last_end = done
                found.extend(items)
                ctx.previous = found
        return found

    def set_annotations(self, doc: Doc, found: list[DateMention]) -> None:
        doc.dates.extend(found)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc
