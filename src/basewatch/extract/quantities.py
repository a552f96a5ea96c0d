"""Quantities with units and qualifiers: lengths, distances, areas, masses, speeds, durations, counts.

One compiled regex per language reads a number (digits or words, from `numbers.number_pattern`),
an optional second number joined as a range, then either a unit from `data/units.tsv`
("1,200-meter", "3km", "12,000 ft") or a counted noun ("three bombers", "12 F-16 jets").
It runs only where a cheap scan says a number starts. One short look-back then adds the
qualifier ("about", "more than") or range opener ("from", "between"), or drops what only
looks like a quantity: designations ("Tu-160", "Type 055", "Boeing 737"), money ("$5m"),
points in time ("three years ago", "a 30-year-old") and years counting things ("2019 troops").

Decisions the task left open:
- A bare number is never a quantity. A number (in digits or words) is a count when a counted
  noun follows, at most five modifier words later ("two Russian Tu-95 bombers"): a noun listed
  in units.tsv ("aircraft", "personnel"), any lower-case plural ("three reefs") or a designation
  in the plural ("six MiG-29s"). Counts have
  unit and dimension "count", si_value = value and si_unit "count"; their span runs to the noun.
- A range yields two quantities with qualifiers "from" and "to" whatever the connector
  ("from 700 to 1,320 m", "between 2 and 3 km", "2,400-3,000 m", "44 mg to 50 mg"); the first
  span starts at "from"/"between" when written, the second at the connector word ("to 1,320 m").
  "45 and 50 mg" without "between" is two quantities sharing the unit, no qualifiers.
- A qualifier is reported lower-cased as written ("about", "more than"); `qualifier_kind`
  tells approx / min / max apart. Before an attributive unit ("under 49-year deal") a qualifier
  that is also a preposition is left out: there it is the preposition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from basewatch.data import table, table_for
from basewatch.extract.numbers import number_pattern, parse_number, vocabulary
from basewatch.model import Doc, Quantity, Span

SI_UNITS = {"length": "m", "area": "m2", "mass": "kg", "speed": "m/s", "duration": "s", "count": "count"}
COUNT = "count"
_QUALIFIER_KINDS = ("approx", "min", "max")
# Years counting things are far likelier to be dates: "In 2019 troops arrived".
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
# Three or more bare digits after a capitalised name are a model number: "Boeing 737", "Mirage 2000".
_MODEL_NUMBER = re.compile(r"\d{3,}|0\d+")
_CURRENCY = "$€£¥₽₹"
_LOOK_BACK = 40
# Where a number written in digits can start: not inside a word, decimal or digit group.
_DIGIT_START = re.compile(r"[\d½¼¾⅓⅔](?<![\w.,/][\d½¼¾⅓⅔])")
_MAX_MODIFIERS = 5
# A designation in the plural counts aircraft or ships of that type: "six MiG-29s", "F-16s".
_TYPE_PLURAL = r"[A-Z][A-Za-z]*-?\d+[A-Z]*s(?![\w'-])"


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    dimension: str
    si_factor: float


COUNTED = Unit(COUNT, COUNT, 1.0)


@dataclass(frozen=True, slots=True)
class Found:
    """One quantity found in normalised text, before it becomes a `model.Quantity`."""

    span: Span
    value: float
    unit: Unit
    qualifier: str | None
    rule: str


def _alternation(surfaces: set[str] | frozenset[str]) -> str:
    """Longest first; plain words of four letters or more match in any case, symbols exactly.

    An empty set gives a pattern that never matches, so a language without some kind of
    word simply never finds one.
    """
    if not surfaces:
        return "(?!)"
    parts = []
    for surface in sorted(surfaces, key=lambda s: (-len(s), s)):
        escaped = re.escape(surface)
        loose = len(surface) >= 4 and surface.replace(" ", "").isalpha()
        parts.append(f"(?i:{escaped})" if loose else escaped)
    return "|".join(parts)


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


def _units(lang: str) -> dict[str, Unit]:
    """Unit and counted-noun surfaces (lower-cased) of every language; `lang`, then English, win a tie.

    All languages, because a mis-detected language ("metros" in a text taken for French) must
    still find its units, and unit words rarely mean something else in another language;
    short ones do (French "an", a year), so those only count in their own language.
    """
    rows = sorted(
        (r for r in table("units.tsv") if r["lang"] in (lang, "en") or len(r["surface"]) > 2),
        key=lambda r: (r["lang"] == lang, r["lang"] == "en"),
    )
    return {r["surface"].lower(): Unit(r["unit"], r["dimension"], float(r["si_factor"])) for r in rows}


class Matcher:
    """The compiled patterns and word lists for one language; pure, no `Doc` writes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.units = _units(lang)
        self.openers = _lower(_words(lang, "range_open"))
        self.conjunctions = _lower(_words(lang, "conj"))
        self.function = _lower(_words(lang, "function"))
        # Capitalised words that may stand before a number without naming a model.
        self.plain = self.function | self.openers | _lower(_words(lang, "article", *_QUALIFIER_KINDS))
        self.pattern = self._pattern(lang)
        join = _alternation(_words(lang, "range_join"))
        self.link = re.compile(rf"[ ]*-[ ]*|[ ]*-?[ ]*(?P<word>(?i:{join}))[ ]+")
        self.relative = re.compile(rf"[ ]*-?[ ]*(?i:{_alternation(_words(lang, 'relative'))})(?!\w)")
        self.before = re.compile(
            rf"(?<![\w-])(?:(?P<qual>(?i:{_alternation(_words(lang, 'range_open', *_QUALIFIER_KINDS))}))"
            rf"|(?P<designator>{_alternation(_words(lang, 'designator'))})"
            rf"|(?P<name>[A-Z][\w-]*))[ ]+\Z"
        )
        vocab = vocabulary(lang)
        self.number_words = ahocorasick.Automaton()
        for word in vocab.words:
            self.number_words.add_word(word, len(word))
        self.number_words.make_automaton()
        self.article = re.compile(rf"(?<!\w)(?i:{_alternation(vocab.articles)})[ ]+\Z")

    def _pattern(self, lang: str) -> re.Pattern[str]:
        measures = {s for s, u in self.units.items() if u.dimension != COUNT}
        nouns = {s for s, u in self.units.items() if u.dimension == COUNT}
        endings = "|".join(re.escape(e) for e in _words(lang, "plural_ending")) or "(?!)"
        # A lower-case word ending like a plural; "ss" and "us" endings are not plurals.
        plural = rf"[a-zà-öø-ÿ][\w'-]*(?<![su'])(?:{endings})(?![\w'-])"
        function = rf"(?i:{_alternation(self.function)})(?![\w'-])"
        modifier = rf"(?!{function}|{plural})[^\W_][\w'/\"-]*"
        # A number right after "letters-" is a designation (Tu-160, S-400); the first number
        # may not follow "alnum-" either (scp2-173), the second may ("2,400-3,000").
        num = rf"(?<![^\W\d_]-)(?:{number_pattern(lang)})"
        join = _alternation(_words(lang, "range_join"))
        return re.compile(
            rf"(?<![^\W_]-)(?P<n1>{num})"
            rf"(?:(?P<join>[ ]?-[ ]?|-?[ ]+(?i:{join})[ ]+)(?P<n2>{num}))?"
            rf"(?:(?P<sep>[ ]?-[ ]?|[ ]?)(?P<unit>{_alternation(measures)})(?![\w^/]|[ ]cubed)"
            rf"|(?:[ ]+{modifier}){{0,{_MAX_MODIFIERS}}}[ ]+"
            rf"(?:(?P<noun>{_alternation(nouns)})(?![\w'-])"
            rf"|(?!{function}|(?:{_alternation(measures)})(?![\w'-]))(?P<plural>{plural}|{_TYPE_PLURAL})))"
        )

    def find(self, norm: str) -> list[Found]:
        """Every quantity in `norm`, left to right, none overlapping."""
        found: list[Found] = []
        end = 0
        for start in self._starts(norm):
            if start < end:
                continue
            match = self.pattern.match(norm, start)
            if not match:
                continue
            end = match.end()
            items = self._read(norm, match)
            if len(items) == 1 and found:
                items[0] = self._link(norm, found, items[0])
            found.extend(items)
        return found

    def _starts(self, norm: str) -> list[int]:
        """Where a number may start: cheap scans, so the full pattern runs only there."""
        starts = [m.start() for m in _DIGIT_START.finditer(norm)]
        lowered = norm.lower()
        if len(lowered) != len(norm):
            # A few characters lower-case to two; their offsets would drift, so scan the original.
            lowered = norm
        size = len(norm)
        for last, length in self.number_words.iter(lowered):
            start = last - length + 1
            if (start and lowered[start - 1].isalnum()) or (last + 1 < size and lowered[last + 1].isalnum()):
                continue
            article = self.article.search(norm, max(0, start - 4), start)
            if article:
                starts.append(article.start())
            starts.append(start)
        starts.sort()
        return starts

    def _read(self, norm: str, match: re.Match[str]) -> list[Found]:
        start = match.start()
        before = self.before.search(norm, max(0, start - _LOOK_BACK), start)
        if self._not_a_quantity(norm, match, before):
            return []
        qualifier = before.group("qual").lower() if before and before.group("qual") else None
        if qualifier in self.function and "-" in (match.group("sep") or ""):
            qualifier = None
        lead = before.start() if qualifier else start
        unit, kind = self._unit(match)
        first = parse_number(match.group("n1"), self.lang)
        if first is None:
            return []
        if match.group("n2") is None:
            if kind != "unit" and qualifier is None and _YEAR_LIKE.fullmatch(match.group("n1")):
                return []
            if kind == "count-plural" and first == 1:
                # "one says", "1 means": after one, a word ending in -s is a verb, not a plural.
                return []
            return [Found((lead, match.end()), first, unit, qualifier, kind)]
        return self._range(match, first, unit, kind, qualifier, lead)

    def _unit(self, match: re.Match[str]) -> tuple[Unit, str]:
        if match.group("unit"):
            return self.units[match.group("unit").lower()], "unit"
        if match.group("noun"):
            return COUNTED, "count"
        return COUNTED, "count-plural"

    def _range(
        self, match: re.Match[str], first: float, unit: Unit, kind: str, qualifier: str | None, lead: int
    ) -> list[Found]:
        second = parse_number(match.group("n2"), self.lang)
        join = match.group("join")
        word = join.strip(" -")
        if second is None or (not word and second <= first):
            # "Mirage 2000-5 fighters", "a 3-2 vote": a hyphen before a smaller number is no range.
            return []
        if word.lower() in self.conjunctions and qualifier not in self.openers:
            # "45 and 50 mg" without "between": two quantities sharing a unit, not a range.
            return [
                Found((lead, match.end("n1")), first, unit, qualifier, kind),
                Found((match.start("n2"), match.end()), second, unit, None, kind),
            ]
        if qualifier not in self.openers:
            lead = match.start()
        tail_start = match.start("join") + join.index(word) if word else match.start("n2")
        return [
            Found((lead, match.end("n1")), first, unit, "from", f"{kind}-range"),
            Found((tail_start, match.end()), second, unit, "to", f"{kind}-range"),
        ]

    def _link(self, norm: str, found: list[Found], item: Found) -> Found:
        """`item`, as the upper end of a range when the quantity before it is its lower end ("44 mg to 50 mg")."""
        previous = found[-1]
        gap = self.link.fullmatch(norm, previous.span[1], item.span[0])
        if gap is None or item.qualifier is not None or previous.rule.endswith("-range"):
            return item
        opened = previous.qualifier in self.openers
        word = (gap.group("word") or "").lower()
        if (
            previous.unit.dimension != item.unit.dimension
            or (previous.qualifier is not None and not opened)
            or (word in self.conjunctions and not opened)
        ):
            return item
        found[-1] = Found(previous.span, previous.value, previous.unit, "from", f"{previous.rule}-range")
        start = gap.start("word") if word else item.span[0]
        return Found((start, item.span[1]), item.value, item.unit, "to", f"{item.rule}-range")

    def _not_a_quantity(self, norm: str, match: re.Match[str], before: re.Match[str] | None) -> bool:
        start = match.start()
        if start and norm[start - 1] in _CURRENCY:
            return True
        if before and before.group("designator"):
            return True
        name = before.group("name") if before else None
        if name and name.lower() not in self.plain and _MODEL_NUMBER.fullmatch(match.group("n1")):
            return True
        unit = match.group("unit")
        return bool(unit) and self.units[unit.lower()].dimension == "duration" and bool(
            self.relative.match(norm, match.end())
        )


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
        si_value=found.value * unit.si_factor,
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
        return matcher(doc.language).find(doc.norm)

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        doc.quantities.extend(to_quantity(f) for f in found)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc
