"""Quantities with units and qualifiers: lengths, distances, areas, masses, speeds, durations,
temperatures, counts.

One compiled regex per language reads a number (digits or words, from `numbers.number_pattern`),
an optional second number joined as a range, then either a unit from `data/units.tsv`
("1,200-meter", "3km", "12,000 ft") or a counted noun ("three bombers", "12 F-16 jets").
It runs only where a cheap scan says a number starts; another scan finds a qualified article
before a unit ("more than a day" is one day). One short look-back then adds the
qualifier ("about", "more than") or range opener ("from", "between"), or drops what only
looks like a quantity: designations ("Tu-160", "Type 055", "Boeing 737"), money ("$5m", "EUR 40 m"),
points in time ("three years ago", "a 30-year-old") and years counting things ("2019 troops").

Decisions the task left open:
- A bare number is never a quantity. A number (in digits or words) is a count when a counted
  noun follows, at most five modifier words later (three of them plain lower-case words):
  a noun listed in units.tsv ("aircraft", "personnel"), any plural word ("three reefs",
  "three Americans") or a designation in the plural ("six MiG-29s"). Counts have unit and dimension "count",
  si_value = value and si_unit "count"; their span runs to the noun ("two Russian Tu-95 bombers").
- A range yields two quantities with qualifiers "from" and "to" whatever the connector
  ("from 700 to 1,320 m", "between 2 and 3 km", "2,400-3,000 m", "44 mg to 50 mg"); the first
  span starts at "from"/"between" when written, the second at the connector word ("to 1,320 m").
  "45 and 50 mg" without "between", "six or seven calls", and a size ("2,700 x 45 m"), are two
  quantities sharing the unit, without qualifiers; "from" with no "to" after it is no qualifier ("from 700 m").
- Feet followed by inches are one height in inches ("6-foot-7", "5 feet 11 inches" -> 79, 71 in).
  A temperature is in its scale (°C, °F) with si_value in kelvin; a minus sign or "minus" before
  it is the value's ("-40 degrees Celsius"). Bare "degrees" right after a number is no quantity
  (temperature or angle cannot be told apart), nor a count.
- Money is a quantity in its ISO 4217 code: a sign or code before the amount ("about $110 million",
  "A$175 million", "EUR 40 m", "$5m") or a currency word after it ("930 billion yen"); a percentage
  is unit "%" ("70%", "5 to 6 per cent"). Neither has an SI value.
- An article before a duration unit is one of it after a duration preposition ("for a decade",
  "within a week") or hyphenated into a modifier ("a week-long drill": span "week-long"); "twice a
  week" and "a decade ago" stay out. A word like "more" may stand between a number and its unit
  ("at least 12 more years").
- A unit that is also a currency ("pounds") is money: in that currency when "sterling" follows
  ("5,000 pounds sterling"), and left out when only a money word ("spend", "paid", "fine", "worth")
  earlier in the clause says so, since the pounds may be Egyptian; "of" after it keeps it a mass
  ("26,000 pounds of bombs"). A number naming a service ("911 calls") counts nothing.
- A qualifier is reported lower-cased as written ("about", "more than"); `qualifier_kind`
  tells approx / min / max apart. Before an attributive unit ("under 49-year deal") a qualifier
  that is also a preposition is left out: there it is the preposition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

import ahocorasick

from basewatch.data import table, table_for
from basewatch.extract.alternation import longest_first, trie
from basewatch.extract.numbers import digit_set, number_pattern, parse_number, vocabulary
from basewatch.extract.spacing import is_word_char, spaced, starts_at
from basewatch.extract.wordscan import spaced_hits, spaced_keys
from basewatch.model import Doc, Quantity, Span

SI_UNITS = {
    "length": "m",
    "area": "m2",
    "mass": "kg",
    "speed": "m/s",
    "duration": "s",
    "temperature": "K",
    "count": "count",
}
COUNT: Final = "count"
_RATIO: Final = "ratio"
_QUALIFIER_KINDS: Final = ("approx", "min", "max")
# Years counting things are far likelier to be dates: "In 2019 troops arrived".
_YEAR_LIKE: Final = re.compile(r"(?:1[89]|20)\d\d")
_CENTURIES: Final = frozenset({"18", "19", "20"})
# The two lower-case words before a number, with nothing but a space after each: 'sent in 2000 troops'.
_TWO_WORDS_BEFORE: Final = re.compile(r"(?<![\w'-])(\w+)[ ]([a-z]+)[ ]\Z")
# Three or more bare digits after a capitalised name are a model number: "Boeing 737", "Mirage 2000".
_MODEL_NUMBER: Final = re.compile(r"\d{3,}|0\d+")
_NAMED_MODEL: Final = re.compile(r"[A-Z][a-z]+[ -]\d+")
_MODEL_FOLD: Final = re.compile(r"[-\s]+")
_CURRENCY: Final = "$€£¥₽₹"
_LOOK_BACK: Final = 40
_VULGAR: Final = "½¼¾⅓⅔"
# Where a number written in digits can start: not inside a word, decimal, digit group or clock
# time ("2:01:38 seconds" is no 38 s).
_DIGIT_START: Final = re.compile(digit_set(_VULGAR) + rf"(?<![\w.,/:][\d{_VULGAR}])")
# Inches after feet make one height: "6-foot-7", "6 feet 7 inches", "5 ft 10 in".
_FEET: Final = "ft"
_INCH: Final = "inch"
_INCHES_AFTER_HYPHEN: Final = re.compile(r"-(1[01]|\d)(?![\d.,])(?:[ -]?(?:inches|inch)\b)?")
_INCHES_AFTER_SPACE: Final = re.compile(r"[ ]?(1[01]|\d)[ ]?(?:inches|inch|in\b)")
# A temperature below zero: "-40 degrees Celsius", "minus 16 °C".
_BELOW_ZERO: Final = re.compile(r"(?:(?<![\w.,-])-|(?i:\bminus[ ]))\Z")
_MAX_MODIFIERS: Final = 5
_MAX_PLAIN_MODIFIERS: Final = 3
# A designation in the plural counts aircraft or ships of that type: "six MiG-29s", "F-16s".
_TYPE_PLURAL: Final = r"[A-Z][A-Za-z]*-?\d+[A-Z]*s"


# Unit, Found and Tail are plain classes rather than dataclasses: compiled, a dataclass's generated __init__ runs as
# bytecode (a frozen one's through object.__setattr__), and every number read builds a Tail and every quantity a
# Found. Nothing compares them by value.
class Unit:
    """A unit of measure: its symbol, its dimension and how it converts to the dimension's SI unit."""

    def __init__(self, unit: str, dimension: str, si_factor: float, si_offset: float = 0.0) -> None:
        self.unit = unit
        self.dimension = dimension
        self.si_factor = si_factor
        self.si_offset = si_offset


COUNTED: Final = Unit(COUNT, COUNT, 1.0)


class Found:
    """One quantity found in normalised text, before it becomes a `model.Quantity`."""

    def __init__(self, span: Span, value: float, unit: Unit, qualifier: str | None, rule: str,
                 opener: int | None = None) -> None:
        self.span = span
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.rule = rule
        # Where "from"/"between" was written before it: kept out of the span unless a range follows.
        self.opener = opener


def _words(lang: str, *kinds: str) -> frozenset[str]:
    return frozenset(r["word"] for r in table_for("numbers.tsv", lang) if r["kind"] in kinds)


def _lower(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def qualifier_kind(qualifier: str | None, lang: str = "en") -> str | None:
    """'approx', 'min', 'max', 'from' or 'to' for a qualifier this component reported."""
    if qualifier in ("from", "to"):
        return qualifier
    for row in table_for("numbers.tsv", lang):
        if row["kind"] in _QUALIFIER_KINDS and row["word"].lower() == qualifier:
            return row["kind"]
    return None


def _is_loose(surface: str) -> bool:
    """Plain words of four letters or more match in any case; symbols ("km", "UAV") exactly."""
    return len(surface) >= 4 and surface.replace(" ", "").isalpha()


def _alternation(surfaces: set[str] | frozenset[str], ignore_case: bool = False) -> str:
    """Longest first, case as `_is_loose` says (or in any case, for a pattern that ignores case
    around it); an empty set never matches, so a language without some kind of word simply never
    finds one."""
    if not surfaces:
        return "(?!)"
    if ignore_case:
        return trie({s.lower() for s in surfaces})
    # Prefix trees of the runs of loose and of exact words, in the longest-first order.
    parts: list[str] = []
    run: list[str] = []
    for surface in longest_first(surfaces):
        if run and _is_loose(surface) != _is_loose(run[0]):
            parts.append(_run(run))
            run = []
        run.append(surface)
    parts.append(_run(run))
    return "|".join(parts)


def _run(surfaces: list[str]) -> str:
    if _is_loose(surfaces[0]):
        return f"(?i:{trie({s.lower() for s in surfaces})})"
    return trie(surfaces)


class Lexicon:
    """Surfaces (units or counted nouns) to units, looked up at a position without regex alternations."""

    def __init__(self, surfaces: dict[str, Unit]) -> None:
        self.exact = {s: u for s, u in surfaces.items() if not _is_loose(s)}
        self.loose = {s.lower(): u for s, u in surfaces.items() if _is_loose(s)}
        lengths: dict[str, set[int]] = {}
        for surface in surfaces:
            lengths.setdefault(surface[:2].lower(), set()).add(len(surface))
        # Per first two characters (one, for one-character surfaces), longest first: a lookup tries
        # only lengths that can exist, and few surfaces share their first two characters.
        self.lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}
        # First words of the surfaces of several words: no other word can open one.
        self.first_exact = frozenset(s.split(" ", 1)[0] for s in self.exact if " " in s)
        self.first_loose = frozenset(s.split(" ", 1)[0] for s in self.loose if " " in s)

    def word(self, text: str) -> Unit | None:
        return self.exact.get(text) or self.loose.get(text.lower())

    def at(self, text: str, pos: int) -> tuple[Unit, int] | None:
        """The longest surface starting at `pos` and ending at a word boundary, and its end."""
        size = len(text)
        if pos >= size:
            return None
        for lengths in (self.lengths.get(text[pos : pos + 2].lower()), self.lengths.get(text[pos].lower())):
            if lengths is None:
                continue
            for length in lengths:
                end = pos + length
                if end > size or (end < size and (text[end].isalnum() or text[end] in "_^/")):
                    continue
                surface = text[pos:end]
                unit = self.word(surface)
                # A capitalised unit word joined to what follows is a name: "six Kilo-class submarines".
                named = surface[0].isupper() and surface not in self.exact and starts_at(text, end, "-")
                if unit is not None and not named and not starts_at(text, end, " cubed"):
                    return unit, end
        return None


def _lexicons(lang: str) -> tuple[Lexicon, Lexicon]:
    """Units and counted nouns of every language; `lang`, then English, win a tie.

    All languages, because a mis-detected language ("metros" in a text taken for French) must
    still find its units, and unit words rarely mean something else in another language;
    short ones do (French "an", a year), so those only count in their own language.
    """
    rows = sorted(
        (r for r in table("units.tsv") if r["lang"] in (lang, "en") or len(r["surface"]) > 2),
        key=lambda r: (r["lang"] == lang, r["lang"] == "en"),
    )
    units = {
        r["surface"]: Unit(r["unit"], r["dimension"], float(r["si_factor"]), float(r["si_offset"] or 0)) for r in rows
    }
    measures = {s: u for s, u in units.items() if u.dimension != COUNT}
    return Lexicon(measures), Lexicon({s: u for s, u in units.items() if u.dimension == COUNT})


def _word_scanner(words: Iterable[str], phrases: Iterable[str], spans: frozenset[str]) -> ahocorasick.Automaton:
    """One automaton over lower-cased number `words` and qualified-article `phrases`, so one scan
    finds both; a word stores (length, None), a phrase (length, phrase without its last word), or
    (length, '') when its first word is a duration preposition in `spans` rather than a qualifier."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, (len(word), None))
    for phrase in phrases:
        qualifier = phrase.rsplit(" ", 2)[0]
        automaton.add_word(phrase, (len(phrase), "" if qualifier in spans else qualifier))
    automaton.make_automaton()
    return automaton


# One key of the spaced view: the key it stands for, how far before the hit's end that key starts, the key's value,
# whether the text must be checked.
_SpacedEntry = tuple[str, int, tuple[int, str | None], bool]


def _spaced_keys(scanner: ahocorasick.Automaton) -> dict[str, list[_SpacedEntry]]:
    """`scanner`'s keys as keys of the spaced view (`spacing`): ' word ', and ' phrase ' for a phrase, which
    ends on its own space. A key of letters and digits only matches its own text, others ('approx. a ') may
    match another's ('approx, a ')."""
    keyed: dict[str, list[_SpacedEntry]] = {}
    for key, value in scanner.items():
        spaced_key = spaced(key)[:-1] if key.endswith(" ") else spaced(key)
        keyed.setdefault(spaced_key, []).append((key, len(spaced_key) - 1, value, not key.isalnum()))
    return keyed


class Tail:
    """What follows a number: its unit, the rule that found it, where it ends, whether hyphenated."""

    def __init__(self, unit: Unit, kind: str, end: int, hyphenated: bool = False, inches: float | None = None) -> None:
        self.unit = unit
        self.kind = kind
        self.end = end
        self.hyphenated = hyphenated
        # Inches after feet ("6-foot-7"): the quantity is then one height in inches.
        self.inches = inches


def _separated(norm: str, pos: int) -> int:
    """Where a unit may start after the number ending at `pos`: past a space, a hyphen and a space, each if there
    ("1,200 - meter", "1,200-meter", "3 km", "3km"). String tests: compiled, they cost less than a regex call."""
    if starts_at(norm, pos, " "):
        pos += 1
    if starts_at(norm, pos, "-"):
        pos += 1
    if starts_at(norm, pos, " "):
        pos += 1
    return pos


def _token(norm: str, pos: int) -> Span | None:
    """The word after the spaces at `pos` (where it starts and ends), None if no space or no letter or digit opens
    one: an initialism with periods is one word ('three U.S. destroyers', 'U.S.-made'), any other runs on over word
    characters, apostrophes, quotes, slashes and hyphens. Read as the regex
    `[ ]+((?:[A-Z]\\.){2,}(?:-[^\\W_][\\w-]*)?|[^\\W_][\\w'/\"-]*)` would, by character tests: compiled, they cost less
    than a regex call per word."""
    size = len(norm)
    start = pos
    while start < size and norm[start] == " ":
        start += 1
    if start in (pos, size):
        return None
    end = start
    while end + 1 < size and "A" <= norm[end] <= "Z" and norm[end + 1] == ".":
        end += 2
    if end - start >= 4:
        if end + 1 < size and norm[end] == "-" and norm[end + 1].isalnum():
            end += 2
            while end < size and (is_word_char(norm[end]) or norm[end] == "-"):
                end += 1
        return start, end
    if not norm[start].isalnum():
        return None
    end = start + 1
    while end < size and (is_word_char(norm[end]) or norm[end] in _TOKEN_MARKS):
        end += 1
    return start, end


# What a word after a number may hold besides word characters.
_TOKEN_MARKS: Final = "'/\"-"
# a closing quote or possessive apostrophe after a noun is not part of it ('"800 troops"', 'two countries\'')
_CLOSING: Final = "'\""


def _by_last(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Non-empty `words` by their last character."""
    found: dict[str, list[str]] = {}
    for word in sorted(words):
        found.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in found.items()}


class Matcher:
    """The compiled patterns and word lists for one language; pure, no `Doc` writes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.measures, self.nouns = _lexicons(lang)
        self.openers = _lower(_words(lang, "range_open"))
        self.conjunctions = _lower(_words(lang, "conj"))
        self.alternatives = _lower(_words(lang, "alternative"))
        self.function = _lower(_words(lang, "function"))
        self.prepositions = _lower(_words(lang, "preposition"))
        self.clause_openers = _lower(_words(lang, "clause_open"))
        self.determiners = _lower(_words(lang, "determiner"))
        # Capitalised words that may stand before a number without naming a model.
        self.plain = self.function | self.openers | _lower(_words(lang, "article", *_QUALIFIER_KINDS))
        endings = "|".join(re.escape(e) for e in _words(lang, "plural_ending")) or "(?!)"
        # A lower-case word ending like a plural ("ss", "us" endings are not), or a type in the plural.
        self.plural = re.compile(
            rf"[a-zà-öø-ÿ][\w'-]*(?<![su'])(?:{endings})|[A-Z][a-zà-öø-ÿ]+(?<![su'])(?:{endings})|{_TYPE_PLURAL}"
        )
        self.size_joins = _lower(_words(lang, "size_join"))
        self.not_counted = _lower(_words(lang, "not_counted"))
        self.named_numbers = _words(lang, "named_number")
        self.models = _catalogued_models()
        changes = _alternation(_words(lang, "change_to"), ignore_case=True)
        approx = _alternation(_words(lang, *_QUALIFIER_KINDS), ignore_case=True)
        preps = _alternation(_words(lang, "change_prep"), ignore_case=True)
        # the preposition right before the number, then the verb before it: most bare numbers have neither
        self.change_prep = re.compile(rf"[ ](?i:{preps})(?: (?i:{approx}))?[ ]\Z")
        # The last words `change_prep` may close with, lower-cased; None where a word holds a character past ASCII,
        # which a case-blind pattern may match otherwise than `str.lower` tells.
        prep_words = _words(lang, "change_prep", *_QUALIFIER_KINDS)
        self.change_prep_last = frozenset(w.lower().rsplit(" ", 1)[-1] for w in prep_words) if all(
            w.isascii() and w for w in prep_words) else None
        self.changed_to = re.compile(rf"(?<!\w)(?i:{changes})\b[^.;:!?\n\d]{{0,50}}?\Z")
        after = _alternation(_words(lang, "change_after"), ignore_case=True)
        self.change_end = re.compile(rf"[,.;:]|\Z|[ ]+(?i:{after})(?!\w)")
        money_units = _alternation(_words(lang, "money_unit"), ignore_case=True)
        self.money_codes = {
            r["word"].lower(): r["value"] for r in table_for("numbers.tsv", lang) if r["kind"] == "money_unit"
        }
        self.money_unit = re.compile(rf"(?<!\w)(?i:{money_units})\Z")
        # the units those words are when no money is around ("lb"; a count when no unit, as a plural
        # noun counts): only quantities in them can be money
        self.money_unit_units = {
            unit[0].unit if (unit := self.measures.at(w, 0)) else COUNT for w in _words(lang, "money_unit")
        }
        self.money_cue = re.compile(rf"(?<!\w)(?i:{_alternation(_words(lang, 'money_cue'), ignore_case=True)})(?!\w)")
        self.money_after = re.compile(r"[ ]+(?i:sterling)\b")
        self.currencies = {r["sign"]: r["code"] for r in table("currencies.tsv")}
        signs = trie(self.currencies)
        self.sign_ends = {sign[-1] for sign in self.currencies}
        self.currency_before = re.compile(rf"(?<![\w$€£¥₽₹₩₺₪.])(?P<sign>{signs})[ ]?\Z")
        scales = {r["word"]: float(r["value"]) for r in table_for("numbers.tsv", lang) if r["kind"] == "money_scale"}
        self.money_scales = scales
        self.money_scale = re.compile(rf"[ ]?(?P<scale>{trie(scales) if scales else '(?!)'})(?![\w])")
        self.unit_modifiers = _lower(_words(lang, "unit_modifier"))
        self.multipliers = {w.lower() for w, (kind, _) in vocabulary(lang).words.items() if kind == "multiplier"}
        self.cardinals = frozenset(w for w, (kind, _) in vocabulary(lang).words.items() if kind == "cardinal")
        self.collective_of = re.compile(rf"[ ]+(?i:{_alternation(_words(lang, 'collective_of'), ignore_case=True)})[ ]")
        self.lasting = re.compile(r"-(?i:long)(?![\w-])")
        self.mass_after = re.compile(r"[ ]+(?i:of)\b")
        self._compile(lang)
        vocab = vocabulary(lang)
        self.article = re.compile(rf"(?<!\w)(?i:{_alternation(vocab.articles, ignore_case=True)})[ ]+\Z")
        qualifiers = _lower(_words(lang, *_QUALIFIER_KINDS))
        # a duration preposition and an article are stored as phrases whose qualifier is '' ("for a ")
        spans = _lower(_words(lang, "duration_preposition"))
        phrases = [f"{q} {article} " for q in qualifiers | spans for article in vocab.articles]
        self.words = _word_scanner(vocab.words, phrases, spans - qualifiers)
        # Found by the shared word pass, which reads a document once for the other components' words too.
        self.spaced_slot = spaced_keys(f"quantities:{lang}", _spaced_keys(self.words))

    def _compile(self, lang: str) -> None:
        """The number-and-range pattern and the short look-around patterns around it."""
        join = _alternation(_words(lang, "range_join"), ignore_case=True)
        size = _alternation(self.size_joins)
        # A number right after "letters-" is a designation (Tu-160, S-400); the first number
        # may not follow "alnum-" either (scp2-173), the second may ("2,400-3,000").
        num = rf"(?<![^\W\d_]-)(?:{number_pattern(lang)})"
        self.pattern = re.compile(
            rf"(?<![^\W_]-)(?P<n1>{num})"
            rf"(?:(?P<join>[ ]?-[ ]?|-?[ ]+(?i:{join})[ ]+|[ ]*(?:{size})[ ]*)(?P<n2>{num}))?"
        )
        self.link = re.compile(rf"[ ]*-[ ]*|[ ]*-?[ ]*(?P<word>(?i:{join}))[ ]+")
        self.relative = re.compile(rf"[ ]*-?[ ]*(?i:{_alternation(_words(lang, 'relative'), ignore_case=True)})(?!\w)")
        self.offset = re.compile(rf"[ ]+(?i:{_alternation(_words(lang, 'offset'), ignore_case=True) or '(?!)'})(?!\w)")
        qualifiers = _alternation(_words(lang, "range_open", *_QUALIFIER_KINDS), ignore_case=True)
        # the longest word `before` reads: how far back from the number a match of it can begin
        before_words = _words(lang, "range_open", "designator", "currency", *_QUALIFIER_KINDS)
        self.before_words = max(map(len, before_words), default=0)
        # What those words end a text with, lower-cased, for a test that spares most numbers the search, by their last
        # character (compiled, `str.endswith` given a tuple is a generic call, and the tuple was long); None where a
        # word holds a character past ASCII, which a case-blind pattern may match otherwise than `str.lower` tells.
        self.before_endings = _by_last(w.lower() for w in before_words) if all(
            w.isascii() and w for w in before_words) else None
        self.before = re.compile(
            rf"(?<![\w-])(?:(?P<qual>(?i:{qualifiers}))"
            # After a designator the number names ("Type 055"); after a currency code it prices ("EUR 40 m").
            rf"|(?P<blocker>{_alternation(_words(lang, 'designator', 'currency'))})"
            rf"|(?P<name>[A-Z][\w-]*))[ ]+\Z"
        )

    def find(self, norm: str, lowered: str | None = None, spaced_view: str | None = None,
             runs: list[int] | None = None) -> list[Found]:
        """Every quantity in `norm`, left to right, none overlapping (`lowered`, `spaced_view`, `runs`: the
        `Doc.lower()`, `Doc.spaced()` and `Doc.digit_runs()` of `norm`, where the caller has them)."""
        if lowered is None:
            lowered = norm.lower()
        if len(lowered) != len(norm):
            # A few characters lower-case to two; their offsets would drift, so scan the original.
            lowered = norm
        words: list[tuple[int, int]] = []
        phrases: list[tuple[int, int, str]] = []
        hits = self._spaced_hits(norm, lowered) if spaced_view is not None else list(self.words.iter(lowered))
        for last, (length, qualifier) in hits:
            if qualifier is None:
                words.append((last, length))
            else:
                phrases.append((last, length, qualifier))
        found = self._numbered(norm, self._starts(norm, lowered, words, runs))
        taken = {f.span[0] for f in found}
        found.extend(f for f in self._one_of_a_unit(norm, lowered, phrases) if f.span[0] not in taken)
        if "-long" in lowered:
            found.extend(f for f in self._lasting(norm) if not any(_overlap(f.span, g.span) for g in found))
        return sorted(found, key=lambda f: f.span)

    def _spaced_hits(self, norm: str, lowered: str) -> list[tuple[int, tuple[int, str | None]]]:
        """What `self.words` finds in `lowered` (`norm` lower-cased) standing as whole words (the rest is dropped
        after), from the shared pass's hits in its spaced view (a list, not a generator: compiled, each step of one
        costs a call)."""
        hits: list[tuple[int, tuple[int, str | None]]] = []
        for after, stored in spaced_hits(self.spaced_slot, norm):
            # typed, so the compiled build iterates a native list rather than an object
            entries: list[_SpacedEntry] = stored
            for entry in entries:
                # typed, so the compiled build unpacks a native tuple rather than iterating an object
                found: _SpacedEntry = entry
                key, back, value, checked = found
                start = after - back
                if not checked or lowered.startswith(key, start):
                    hits.append((start + len(key) - 1, value))
        return hits

    def _lasting(self, norm: str) -> list[Found]:
        """ "a week-long drill": a duration unit made a modifier by '-long' with no number is one of it."""
        found = []
        for match in self.lasting.finditer(norm):
            start = norm.rfind(" ", 0, match.start()) + 1
            unit = self.measures.at(norm, start)
            # 'weeks-long' is several weeks, not one
            single = unit is not None and not norm[unit[1] - 1].lower().endswith("s")
            if single and unit is not None and unit[1] == match.start() and unit[0].dimension == "duration":
                found.append(Found((start, match.end()), 1.0, unit[0], None, "unit-long"))
        return found

    def _numbered(self, norm: str, starts: list[int]) -> list[Found]:
        found: list[Found] = []
        end = 0
        for start in starts:
            if start < end:
                continue
            match = self.pattern.match(norm, start)
            if not match:
                continue
            # a sign or code ends right before the number, or a space after it: anything else is no money
            last = norm[start - 1] if start else ""
            if last == " " and start > 1:
                last = norm[start - 2]
            money = self._priced(norm, match) if last in self.sign_ends else None
            if money is not None:
                end = money.span[1]
                found.append(money)
                continue
            tail = self._tail(norm, match.end()) or self._changed_to(norm, match)
            if (tail is None and match.group("n2")) or self._mixed(match):
                # Not a range after all ("3-4 said"): the first number alone may still carry a unit.
                match = self.pattern.match(norm, start, match.end("n1"))
                tail = self._tail(norm, match.end()) if match else None
            if match is None or tail is None:
                continue
            if match.group("n2") and tail.unit.dimension == _RATIO and self._sized(match):
                # "trade in 1983 by 50 percent": a share has no size, so the second number stands alone
                continue
            end = tail.end
            items = self._read(norm, match, tail)
            if len(items) == 1 and found:
                items[0] = self._link(norm, found, items[0])
            found.extend(items)
        return found

    def _before(self, norm: str, start: int) -> re.Match[str] | None:
        """`before` ending at `start`, within `_LOOK_BACK` characters.

        It can only begin in the last word before the spaces (a name) or as far back as its
        longest word reaches (a qualifier or blocker): searching from there skips the positions
        before, which cannot begin a match, and reads the same match.
        """
        lo = max(0, start - _LOOK_BACK)
        words_end = start
        while words_end > lo and norm[words_end - 1] == " ":
            words_end -= 1
        name = norm.rfind(" ", lo, words_end) + 1
        if not self._may_end_before(norm, words_end):
            return None
        return self.before.search(norm, max(lo, min(name, words_end - self.before_words)), start)

    def _may_end_before(self, norm: str, words_end: int) -> bool:
        """Whether a match of `before` may end its words at `words_end`: a name opens the run of word characters and
        hyphens that ends there with a capital, or one of its words ends there (most numbers have neither: the test
        costs less than the search)."""
        endings = self.before_endings
        if endings is None:
            return True
        run = words_end
        while run > 0 and (is_word_char(norm[run - 1]) or norm[run - 1] == "-"):
            run -= 1
        if run < words_end and "A" <= norm[run] <= "Z":
            return True
        head = norm[max(0, words_end - self.before_words):words_end]
        if not head.isascii():
            return True
        low = head.lower()
        return any(low.endswith(ending) for ending in endings.get(low[-1:], ()))

    def _changed_to(self, norm: str, match: re.Match[str]) -> Tail | None:
        """A bare number a change reaches is a count of what changes: "bringing its force there to some 4,000,",
        "will raise to six the number of ships"; a year is no count ("cut to 1990 levels" has a noun anyway)."""
        if (not self._may_close_change_prep(norm, match.start()) or match.group("n2")
                or _year_like(match.group("n1")) or not self.change_end.match(norm, match.end())):
            return None
        prep = self.change_prep.search(norm, max(0, match.start() - 30), match.start())
        if prep is None or self.changed_to.search(norm, max(0, prep.start() - 60), prep.start()) is None:
            return None
        return Tail(COUNTED, "count", match.end())

    def _may_close_change_prep(self, norm: str, start: int) -> bool:
        """Whether `change_prep` may end at `start`: a space, and before it one of its last words (string tests; most
        bare numbers are the object of no such preposition, and the tests cost less than the conditions after)."""
        if norm[start - 1 : start] != " ":
            return False
        last = self.change_prep_last
        word = norm[norm.rfind(" ", 0, start - 1) + 1 : start - 1]
        return last is None or not word.isascii() or word.lower() in last

    def _mixed(self, match: re.Match[str]) -> bool:
        """A dash between a number in digits and one in words is punctuation, not a range: 'Sept 20 - Three
        jets entered' (a dateline), where '2-3 jets' and 'two to three jets' are ranges."""
        second = match.group("n2")
        if second is None or match.group("join").strip() != "-":
            return False
        return match.group("n1")[0].isdigit() != second[0].isdigit()

    def _sized(self, match: re.Match[str]) -> bool:
        return match.group("join").strip(" -").lower() in self.size_joins

    def _priced(self, norm: str, match: re.Match[str]) -> Found | None:
        """Money with a sign or code before it: "about $110 million", "A$175 million", "EUR 40 m", "$5m"."""
        start = match.start()
        sign = self.currency_before.search(norm, max(0, start - 5), start)
        if sign is None:
            return None
        value = parse_number(match.group("n1"), self.lang)
        if value is None:
            return None
        end = match.end("n1")
        scale = self.money_scale.match(norm, end)
        if scale is not None:
            value, end = value * self.money_scales[scale.group("scale")], scale.end()
        lead = sign.start()
        before = self._before(norm, lead) if norm[lead - 1 : lead] == " " else None
        qualifier = before.group("qual").lower() if before and before.group("qual") else None
        if qualifier in self.openers:
            qualifier = None
        code = self.currencies[sign.group("sign")]
        return Found((before.start() if qualifier and before else lead, end), value, Unit(code, "money", 1.0),
                     qualifier, "money")

    def _one_of_a_unit(self, norm: str, lowered: str, phrases: list[tuple[int, int, str]]) -> list[Found]:
        """ "more than a day", "about a mile": a qualified article before a unit is one of it."""
        longest: dict[int, tuple[int, str]] = {}
        for last, length, qualifier in phrases:
            start = last - length + 1
            if (start == 0 or not lowered[start - 1].isalnum()) and start < longest.get(last, (start + 1, ""))[0]:
                longest[last] = (start, qualifier)
        found = []
        for last, (start, qualifier) in longest.items():
            unit = self.measures.at(norm, last + 1)
            if unit is None or (unit[0].dimension == "duration" and self.relative.match(norm, unit[1])):
                continue
            if qualifier == "":
                # "for a decade": the preposition only says the article is one of a duration
                # "in a second" is an ordinal as often as a duration
                if unit[0].dimension != "duration" or unit[0].unit == "s" or starts_at(norm, unit[1], "-"):
                    continue
                article = norm.rindex(" ", start, last)
                found.append(Found((article + 1, unit[1]), 1.0, unit[0], None, "unit-article"))
                continue
            found.append(Found((start, unit[1]), 1.0, unit[0], qualifier, "unit-article"))
        return found

    def _starts(self, norm: str, lowered: str, words: list[tuple[int, int]], runs: list[int] | None) -> list[int]:
        """Where a number may start: cheap scans, so the full pattern runs only there."""
        if runs is not None and (norm.isascii() or not any(fraction in norm for fraction in _VULGAR)):
            # With no vulgar fraction in the text, a number starts where a run of digits does.
            starts = [run for run in runs if _opens_number(norm, run)]
        else:
            starts = [m.start() for m in _DIGIT_START.finditer(norm)]
        size = len(norm)
        for last, length in words:
            start = last - length + 1
            if (start and lowered[start - 1].isalnum()) or (last + 1 < size and lowered[last + 1].isalnum()):
                continue
            article = self.article.search(norm, max(0, start - 4), start)
            if article:
                starts.append(article.start())
            starts.append(start)
        starts.sort()
        return starts

    def _tail(self, norm: str, pos: int) -> Tail | None:
        """The unit right after the number at `pos`, else a counted noun a few words on."""
        sep = _separated(norm, pos)
        unit = self.measures.at(norm, sep)
        if unit is not None and starts_at(norm, unit[1], "-") and self.measures.at(norm, unit[1] + 1):
            # A compound unit we do not measure: "627 pound-feet" of torque.
            return None
        if unit is not None and starts_at(norm, unit[1], "-") and norm[unit[1] - 6 : unit[1]].lower() == "second":
            unit = None  # "24 second-hand jets", "its second-largest base": the ordinal, not the unit of time
        if unit is not None:
            hyphenated = "-" in norm[pos:sep]
            inches = self._inches(norm, unit[0], unit[1], hyphenated)
            if inches is not None:
                return Tail(unit[0], "unit", inches.end(), hyphenated, float(inches.group(1)))
            return Tail(unit[0], "unit", unit[1], hyphenated)
        # only a number written in words can end in a multiplier ("a pair")
        return self._counted(norm, self._collective_of(norm, pos) if norm[pos - 1 : pos].isalpha() else pos)

    def _collective_of(self, norm: str, pos: int) -> int:
        """After "a dozen" or "a pair", "of" leads to the counted noun ("a pair of KC-130J tankers")."""
        last = norm.rfind(" ", 0, pos) + 1
        if norm[last:pos].lower() not in self.multipliers:
            return pos
        joined = self.collective_of.match(norm, pos)
        return joined.end() - 1 if joined else pos

    def _inches(self, norm: str, unit: Unit, end: int, hyphenated: bool) -> re.Match[str] | None:
        """Inches written after feet: "6-foot-7" (hyphens both sides), "6 feet 7 inches"."""
        if unit.unit != _FEET:
            return None
        return (_INCHES_AFTER_HYPHEN if hyphenated else _INCHES_AFTER_SPACE).match(norm, end)

    def _counted(self, norm: str, pos: int) -> Tail | None:
        """A counted noun after at most `_MAX_MODIFIERS` modifier words ("two Russian Tu-95 bombers")."""
        plain_words = 0
        capitalised = False
        number_end = pos
        following = _token(norm, pos)
        at = pos  # where the token read starts, the spaces before its word included
        for _ in range(_MAX_MODIFIERS + 1):
            token = following
            if token is None:
                return None
            word_start, token_end = token
            word = norm[word_start:token_end]
            word_end = token_end
            if word[-1] in _CLOSING:  # a word starts with a letter or digit, so some of it stays
                word = word.rstrip(_CLOSING)
                word_end = word_start + len(word)
            lower = word.lower()
            following = _token(norm, token_end)
            if lower in self.unit_modifiers and at == number_end and following is not None:
                # "12 more years": a word like "more" may stand between a number and its unit
                unit = self.measures.at(norm, following[0])
                if unit is not None:
                    return Tail(unit[0], "unit", unit[1])
            if following is not None and self._opens_noun(word, lower):
                second = norm[following[0]:following[1]].rstrip(_CLOSING)
                if self.nouns.word(f"{word} {second}"):
                    return Tail(COUNTED, "count", following[0] + len(second))
            if self.nouns.word(word):
                return Tail(COUNTED, "count", word_end)
            joins_names = capitalised and lower in self.conjunctions  # "1,500 US and coalition troops"
            # Right after the number, "degrees" is a temperature or an angle ("22 degrees"); after a
            # modifier it may be counted ("438 postgraduate degrees").
            directly = at == number_end
            if not directly and lower in self.cardinals:
                return None  # "on Feb. 3 show six fighters": the noun is the next number's
            if (
                (lower in self.function and not joins_names)
                or (directly and lower in self.not_counted)
                or self.measures.word(word)
            ):
                return None
            capitalised = word[0].isupper()
            if self.plural.fullmatch(word):
                return Tail(COUNTED, "count-plural", word_end)
            if word.islower():
                # Names and designations may pile up ("P-8A Poseidon maritime patrol aircraft");
                # a run of plain words is a clause, not modifiers ("50 km/ms all use ... units").
                plain_words += 1
                if plain_words > _MAX_PLAIN_MODIFIERS or "/" in word:
                    return None
            at = token_end
        return None

    def _object_count(self, norm: str, start: int, tail: Tail) -> bool:
        """A year-like number before a counted noun counts it when it is the object of the words before it, inside
        its clause: 'sent in 2000 troops', 'set for 2000 troops', 'deployed 2000 troops'. Opening a clause it is the
        clause's time ('In 2000 troops left', ', and in 2019 troops arrived'), and after a determiner a year that
        names what follows ('the 2019 strikes')."""
        if tail.kind != "count":
            return False
        words = _TWO_WORDS_BEFORE.search(norm, max(0, start - 40), start)
        return (words is not None and words.group(2) not in self.determiners
                and words.group(1).lower() not in self.clause_openers)

    def _opens_noun(self, word: str, lower: str) -> bool:
        """Whether some two-word counted noun starts with `word` ("armoured vehicles")."""
        return word in self.nouns.first_exact or lower in self.nouns.first_loose

    def _read(self, norm: str, match: re.Match[str], tail: Tail) -> list[Found]:
        start = match.start()
        # What stands before a number counts only with a space between: no space, no search.
        before = self._before(norm, start) if norm[start - 1 : start] == " " else None
        if tail.unit.unit in self.money_unit_units and self._money(norm, start, tail):
            sterling = self.money_after.match(norm, tail.end)
            if sterling is None:
                # "spend 22,000 pounds": money, but whose pounds (sterling, Egyptian) the number cannot say
                return []
            code = self.money_codes.get(norm[start : tail.end].rsplit(" ", 1)[-1].lower(), "")
            tail = Tail(Unit(code, "money", 1.0), tail.kind, sterling.end(), tail.hyphenated)
        if self._not_a_quantity(norm, match, before, tail):
            return []
        qualifier = before.group("qual").lower() if before and before.group("qual") else None
        if qualifier in self.prepositions and tail.hyphenated:
            qualifier = None
        lead = before.start() if before and qualifier else start
        opener = lead if qualifier in self.openers else None
        first = parse_number(match.group("n1"), self.lang)
        if first is None:
            return []
        if match.group("n2") is None:
            if (tail.kind != "unit" and qualifier is None and _year_like(match.group("n1"))
                    and not self._object_count(norm, start, tail)):
                return []
            if tail.inches is not None:
                inches = self.measures.word(_INCH)
                if inches is None:
                    return []
                return [Found((lead, tail.end), first * 12 + tail.inches, inches, qualifier, "unit-feet-inches")]
            if tail.unit.dimension == "temperature":
                below = _BELOW_ZERO.search(norm, max(0, start - 6), start)
                if below is not None:
                    first, lead = -first, min(lead, below.start())
            if tail.kind == "count-plural" and first == 1:
                # "one says", "1 means": after one, a word ending in -s is a verb, not a plural.
                return []
            if opener is not None:
                # Alone, "de 2 700 mètres" is "of", and "from 700 m" waits for its "to".
                return [Found((start, tail.end), first, tail.unit, None, tail.kind, opener)]
            return [Found((lead, tail.end), first, tail.unit, qualifier, tail.kind)]
        return self._range(match, first, tail, qualifier, lead)

    def _range(self, match: re.Match[str], first: float, tail: Tail, qualifier: str | None, lead: int) -> list[Found]:
        second = parse_number(match.group("n2"), self.lang)
        join = match.group("join")
        word = join.strip(" -")
        if second is None or (not word and second <= first):
            # "Mirage 2000-5 fighters", "a 3-2 vote": a hyphen before a smaller number is no range.
            return []
        if tail.kind != "unit" and all(_year_like(match.group(n)) for n in ("n1", "n2")):
            # "the 2018 or 2022 World Cups" names years, it counts nothing.
            return []
        unit, kind = tail.unit, tail.kind
        if word.lower() in self.size_joins and kind != "unit":
            # "2 x 4 trucks" names a drive, it counts nothing.
            return []
        listed = word.lower() in self.conjunctions and qualifier not in self.openers
        if word.lower() in self.size_joins or listed or word.lower() in self.alternatives:
            # "2,700 x 45 m", "45 and 50 mg" without "between", "six or seven calls": two quantities sharing a unit.
            if qualifier in self.openers:
                qualifier, lead = None, match.start()
            return [
                Found((lead, match.end("n1")), first, unit, qualifier, kind),
                Found((match.start("n2"), tail.end), second, unit, None, kind),
            ]
        if qualifier not in self.openers:
            lead = match.start()
        tail_start = match.start("join") + join.index(word) if word else match.start("n2")
        return [
            Found((lead, match.end("n1")), first, unit, "from", f"{kind}-range"),
            Found((tail_start, tail.end), second, unit, "to", f"{kind}-range"),
        ]

    def _link(self, norm: str, found: list[Found], item: Found) -> Found:
        """`item`, as the upper end of a range when the quantity before it is its lower end ("44 mg to 50 mg")."""
        previous = found[-1]
        gap = self.link.fullmatch(norm, previous.span[1], item.span[0])
        if gap is None or item.qualifier is not None or previous.rule.endswith("-range"):
            return item
        word = (gap.group("word") or "").lower()
        if (
            previous.unit.dimension != item.unit.dimension
            or previous.qualifier is not None
            or (word in self.conjunctions and previous.opener is None)
            or word in self.alternatives
        ):
            return item
        lead = previous.span[0] if previous.opener is None else previous.opener
        found[-1] = Found((lead, previous.span[1]), previous.value, previous.unit, "from", f"{previous.rule}-range")
        start = gap.start("word") if word else item.span[0]
        return Found((start, item.span[1]), item.value, item.unit, "to", f"{item.rule}-range")

    def _not_a_quantity(self, norm: str, match: re.Match[str], before: re.Match[str] | None, tail: Tail) -> bool:
        start = match.start()
        if start and norm[start - 1] in _CURRENCY:
            return True
        if match.group("n1") in self.named_numbers and tail.kind != "unit":
            return True
        if before and before.group("blocker"):
            return True
        name = before.group("name") if before else None
        number = match.group("n1")
        # a model: "Boeing 737", or a catalogued name and number ("the Falcon 50 maritime patrol aircraft")
        if name and name.lower() not in self.plain and (
            _MODEL_NUMBER.fullmatch(number) or f"{name}{number}".lower() in self.models
        ):
            return True
        if tail.unit.dimension != "duration":
            return False
        if self.relative.match(norm, tail.end):
            return True
        return bool(self.offset.match(norm, tail.end)) and norm[max(0, start - 2) : start].strip() == ","

    def _money(self, norm: str, start: int, tail: Tail) -> bool:
        """A unit that is also a currency ("pounds") with money around it: "spend 22,000 pounds",
        "5,000 pounds sterling"; "pounds of" stays a mass ("26,000 pounds of bombs")."""
        if not self.money_unit.search(norm, start, tail.end) or self.mass_after.match(norm, tail.end):
            return False
        if self.money_after.match(norm, tail.end):
            return True
        clause = max(norm.rfind(".", 0, start), norm.rfind("\n", 0, start), start - _LOOK_BACK * 2)
        return bool(self.money_cue.search(norm, clause + 1, start))


# What may not stand right before a number's first digit (`_DIGIT_START`), besides a letter or digit.
_NOT_BEFORE_NUMBER: Final = frozenset("_.,/:")


def _opens_number(norm: str, run: int) -> bool:
    """`_DIGIT_START` at the start of a run of digits, told by string tests (compiled, far cheaper than a regex call
    per run): no word character, decimal mark, slash or colon before it."""
    if not run:
        return True
    before = norm[run - 1]
    return not (before.isalnum() or before in _NOT_BEFORE_NUMBER)


@cache
def _catalogued_models() -> frozenset[str]:
    """Catalogued equipment written as a name and a number ('Falcon 50', 'Hermes 450'), folded: lower case,
    no space or hyphen."""
    forms = (f for row in table("equipment.tsv") for f in (row["designation"], *row["variants"].split("|"),
                                                            *row["aliases"].split("|")))
    return frozenset(_MODEL_FOLD.sub("", f).lower() for f in forms if _NAMED_MODEL.fullmatch(f))


def _year_like(number: str) -> bool:
    """`_YEAR_LIKE.fullmatch(number)`, told by string tests where the last two digits are ASCII (compiled, far cheaper
    than a regex call); the pattern reads any other, its `\\d` taking every decimal digit."""
    if len(number) != 4 or number[:2] not in _CENTURIES:
        return False
    return ("0" <= number[2] <= "9" and "0" <= number[3] <= "9") or _YEAR_LIKE.fullmatch(number) is not None


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@cache
def matcher(lang: str) -> Matcher:
    """The matcher for `lang`, built once per process."""
    return Matcher(lang)


def to_quantity(found: Found) -> Quantity:
    unit = found.unit
    return Quantity(
        span=found.span,
        value=found.value,
        unit=unit.unit,
        si_value=found.value * unit.si_factor + unit.si_offset if unit.dimension in SI_UNITS else None,
        si_unit=SI_UNITS.get(unit.dimension),
        qualifier=found.qualifier,
        dimension=unit.dimension,
        rule=f"quantities:{found.rule}",
    )


class Quantities:
    """Pipeline component filling `Doc.quantities`."""

    def __init__(self) -> None:
        matcher("en")

    def match(self, doc: Doc) -> list[Found]:
        return matcher(doc.language).find(doc.norm, doc.lower(), doc.spaced(), doc.digit_runs())

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        doc.quantities.extend(to_quantity(f) for f in found)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc
