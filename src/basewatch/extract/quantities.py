"""Quantities with units and qualifiers: lengths, distances, areas, masses, speeds, durations, counts.

One compiled regex per language finds a number (digits or words, from `numbers.number_pattern`),
an optional second number joined as a range, then either a unit from `data/units.tsv`
("1,200-meter", "3km", "12,000 ft") or a counted noun ("three bombers", "12 F-16 jets").
Short look-backs then add the qualifier ("about", "more than") or range opener ("from",
"between") and drop what only looks like a quantity: designations ("Tu-160", "Type 055"),
money ("$5m"), points in time ("three years ago") and years counting things ("2019 troops").

Decisions the task left open:
- A bare number is never a quantity; a number (in digits or words) is a count only when a
  counted noun from units.tsv follows, at most two modifier words later ("two Russian
  bombers"). Counts have unit and dimension "count", si_value = value, si_unit "count", and
  their span runs to the counted noun.
- A range yields two quantities with qualifiers "from" and "to" whatever the connector
  ("from 700 to 1,320 m", "between 2 and 3 km", "2,400-3,000 m"); the first span starts at
  "from"/"between" when written, the second at the connector word ("to 1,320 m").
- A qualifier is reported lower-cased as written ("about", "more than"); `qualifier_kind`
  tells approx / min / max apart.
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
_QUALIFIER_KINDS = ("approx", "min", "max")
# Years counting things are far likelier to be dates: "In 2019 troops arrived".
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
_CURRENCY = "$€£¥₽₹"
_LOOK_BACK = 40
# Where a number written in digits can start: not inside a word, decimal or digit group.
_DIGIT_START = re.compile(r"[\d½¼¾⅓⅔](?<![\w.,/][\d½¼¾⅓⅔])")


@dataclass(frozen=True, slots=True)
class Unit:
    unit: str
    dimension: str
    si_factor: float


@dataclass(frozen=True, slots=True)
class Found:
    """One quantity found in normalised text, before it becomes a `model.Quantity`."""

    span: Span
    value: float
    unit: Unit
    qualifier: str | None
    rule: str


def _alternation(surfaces: set[str]) -> str:
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


def _words(lang: str, *kinds: str) -> set[str]:
    return {r["word"] for r in table_for("numbers.tsv", lang) if r["kind"] in kinds}


def qualifier_kind(qualifier: str | None, lang: str = "en") -> str | None:
    """'approx', 'min', 'max', 'from' or 'to' for a qualifier this component reported."""
    if qualifier in ("from", "to"):
        return qualifier
    for row in table_for("numbers.tsv", lang):
        if row["kind"] in _QUALIFIER_KINDS and row["word"].lower() == qualifier:
            return row["kind"]
    return None


class Matcher:
    """The compiled patterns and unit lookups for one language; pure, no `Doc` writes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        rows = [r for r in table("units.tsv") if r["lang"] in (lang, "en")]
        self.units: dict[str, Unit] = {}
        # The document's language wins over English for a surface both define.
        for row in sorted(rows, key=lambda r: r["lang"] == lang):
            self.units[row["surface"].lower()] = Unit(row["unit"], row["dimension"], float(row["si_factor"]))
        measures = {r["surface"] for r in rows if r["dimension"] != "count"}
        nouns = {r["surface"] for r in rows if r["dimension"] == "count"}
        # A number right after "letters-" is a designation (Tu-160, S-400); the first number
        # may not follow "alnum-" either (scp2-173), the second may ("2,400-3,000").
        num = rf"(?<![^\W\d_]-)(?:{number_pattern(lang)})"
        join = _alternation(_words(lang, "range_join"))
        function = _alternation(_words(lang, "function"))
        modifier = rf"(?!(?i:{function})(?!\w))[^\W\d_][\w'/-]*"
        self.pattern = re.compile(
            rf"(?<![^\W_]-)(?P<n1>{num})"
            rf"(?:(?P<join>[ ]?-[ ]?|-?[ ]+(?i:{join})[ ]+)(?P<n2>{num}))?"
            rf"(?:(?:[ ]?-[ ]?|[ ]?)(?P<unit>{_alternation(measures)})(?![\w^/]|[ ]cubed)"
            rf"|(?:[ ]+{modifier}){{0,2}}[ ]+(?P<noun>{_alternation(nouns)})(?!\w))"
        )
        qualifiers = _alternation(_words(lang, *_QUALIFIER_KINDS))
        opener = _alternation(_words(lang, "range_open"))
        self.before = re.compile(rf"(?<!\w)(?i:{opener}|{qualifiers})[ ]+\Z")
        self.openers = frozenset(w.lower() for w in _words(lang, "range_open"))
        self.conjunctions = frozenset(w.lower() for w in _words(lang, "conj"))
        self.link = re.compile(rf"[ ]*-[ ]*|[ ]*-?[ ]*(?P<word>(?i:{join}))[ ]+")
        self.designator = re.compile(rf"(?<!\w)(?:{_alternation(_words(lang, 'designator'))})[ ]*\Z")
        self.relative = re.compile(rf"[ ]*-?[ ]*(?i:{_alternation(_words(lang, 'relative'))})(?!\w)")

        vocab = vocabulary(lang)
        self.number_words = ahocorasick.Automaton()
        for word in vocab.words:
            self.number_words.add_word(word, len(word))
        self.number_words.make_automaton()
        self.article = re.compile(rf"(?<!\w)(?i:{_alternation(set(vocab.articles))})[ ]+\Z") if vocab.articles else None

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
            article = self.article.search(norm, max(0, start - 4), start) if self.article else None
            starts.append(article.start() if article else start)
        starts.sort()
        return starts

    def _read(self, norm: str, match: re.Match[str]) -> list[Found]:
        if self._not_a_quantity(norm, match):
            return []
        start = match.start()
        unit = self.units[(match.group("unit") or match.group("noun")).lower()]
        kind = "count" if match.group("noun") else "unit"
        first = parse_number(match.group("n1"), self.lang)
        before = self.before.search(norm, max(0, start - _LOOK_BACK), start)
        lead = before.start() if before else start
        qualifier = before.group().strip().lower() if before else None
        if first is None:
            return []
        if match.group("n2") is None:
            if kind == "count" and qualifier is None and _YEAR_LIKE.fullmatch(match.group("n1")):
                return []
            return [Found((lead, match.end()), first, unit, qualifier, kind)]
        second = parse_number(match.group("n2"), self.lang)
        if second is None:
            return []
        join = match.group("join")
        word = join.strip(" -")
        tail_start = match.start("join") + join.index(word) if word else match.start("n2")
        if word.lower() in self.conjunctions and qualifier not in self.openers:
            # "45 and 50 mg" without "between": two quantities sharing a unit, not a range.
            return [
                Found((lead, match.end("n1")), first, unit, qualifier, kind),
                Found((match.start("n2"), match.end()), second, unit, None, kind),
            ]
        if qualifier not in self.openers:
            lead = start
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

    def _not_a_quantity(self, norm: str, match: re.Match[str]) -> bool:
        start = match.start()
        if start and norm[start - 1] in _CURRENCY:
            return True
        if self.designator.search(norm, max(0, start - _LOOK_BACK), start):
            return True
        unit = match.group("unit")
        return bool(unit) and self.units[unit.lower()].dimension == "duration" and bool(
            self.relative.match(norm, match.end())
        )

    @staticmethod
    def _year_like(number: str, qualifier: str | None) -> bool:
        return qualifier is None and _YEAR_LIKE.fullmatch(number) is not None


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
