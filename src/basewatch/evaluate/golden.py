"""The golden-set scorer: extraction output against analyst-written expected files, field by field.

Usage::

    python -m basewatch.evaluate.golden [ARTICLES_DIR] [EXPECTED_DIR] [-v] [--misses] [--json]
    python -m basewatch.evaluate.golden ARTICLE.txt ARTICLE.expected.json [--published YYYY-MM-DD]

Defaults are `examples/` and `tests/golden/`; `<slug>.txt` is paired with `<slug>.expected.json`
(articles without an expected file are skipped with a note). The publication date comes from
`--published`, else the article's front matter, else the expected file's `published`.

Each field is reduced to facts on both sides, the facts are aligned one-to-one, and true
positives, false positives and false negatives are summed over the whole set (micro-average):

- `facilities`: an expected facility matches an output facility when any of its names (name or
  aliases) equals any output name after folding (case, diacritics, punctuation, leading articles
  "the", "al-", "el-", "ash-"...), or their facility-kind-free cores are equal, or rapidfuzz ratio
  of two folded names is >= 85. Pairs are taken best score first, each facility used once.
- `facility.operator`, `facility.country`, `facility.admin1`: on matched facilities, a right
  value is a TP, a wrong one a FP and a FN, a missing one a FN, one the analyst left null a FP;
  the analyst's values on facilities not found at all are FNs (no facilities, no free 1.0). An
  admin1 the analyst left null means "not said in the text", so any output admin1 there is not
  scored (a null operator or country is a judgement: "no military operator", "disputed").
  admin1 names match when folded-equal or ratio >= 85 once an administrative word is dropped
  (Al-Hasakah / Hasakah, Okinawa / Okinawa Prefecture).
- `facility.runway_lengths`: set of (facility, metres rounded); lengths match within 1.5%, so a
  converted "10,000-foot" runway (3048 m) meets an analyst's 3,050 m.
- `facility.equipment`: set of (facility, designation); designations folded (case, spaces, hyphens),
  an output designation also matching by the name the output's equipment list gives it, alone or
  written with the designation ("P-8A Poseidon" meets {"designation": "P-8A", "name": "Poseidon"}).
- `equipment`: set of designations, folded likewise; an output item matches by its designation, its
  name ("Patriot" meets {"designation": "MIM-104", "name": "Patriot"}) or both written together.
- `places`: (canonical-or-name, country); names match the output's name or any of its surface
  `texts`, folded or ratio >= 85, also with an administrative word dropped ("Murmansk region" =
  "Murmansk"), and the country must be equal (a Tripoli put in the wrong country is a FP and a
  FN). An output place of kind "demonym" that matches nothing is not a FP: "Russian" is evidence
  of a country, not a toponym, and analysts list toponyms only (the serialiser groups a demonym
  with its country, so such an entry may still carry the country's mentions and match).
- `speakers`: distinct speaker names of the output claims (with the speaker's `aliases`) against
  expected names and aliases: folded-equal, ratio >= 85, or one name's words all in the other's
  ("Trevithick" / "Joseph Trevithick"). An unjoined misspelling counts as an extra (FP) speaker.
- `claim.cue`: set of (speaker, cue as written, folded); an expected `cue` may list several cues
  separated by " / " (or be a list).
- `claim.hedged`: set of (speaker, hedged); an expected `hedged` may be a list when a speaker both
  states and speculates.
- `sources`: (kind, name); the kind must be equal, names match loosely (folded-equal, one inside
  the other, or token-set ratio >= 80).
- `sources`: a (kind, folded name) cited twice is one source.
- `quantities`: multiset of (value, unit); values compared in SI units for known length units
  (m, km, ft, mi, nmi), within 0.5%, so "3 km" meets 3000 m; a count's unit is "" (the output's
  "count" is the same), other units are compared by name after aliasing (tonnes = t, years = year).
- `dates`: multiset of (text, resolved); texts folded and stripped of leading prepositions and
  early/mid/late/start of ("in 2019" = "2019", "late last month" = "last month"); an expected date
  with `count: n` is expected n times.
- `events`: set of (type, facility, actor, date); the output event's facility (an id or name) is
  mapped through the facility alignment to the analyst's name. An event told twice (headline and
  body) with the same facts is one event.
- `event.found`, `event.actor`, `event.date`: the same sets cut to (type, facility), (type, facility,
  actor) and (type, facility, date). They tell apart an event not found at all from one found with
  the wrong actor or date, which matters on held-out batches whose misses are not read.

Facilities, speakers and places are aligned first; dependent facts use the analyst's name for an
aligned item, and the output's own name otherwise (so they count as FP).

Expected files follow ../shared/seed/syria-bases.expected.json: `published`; `facilities` (name,
aliases, kind, operator, country, admin1, runway_lengths_m, runway_status, equipment, and
optionally tenants); `equipment` (designations); `places` (name, country, optional canonical);
`speakers` (name, aliases, role, affiliation, cue, hedged); `sources` (kind, name); `quantities`
(text, value, unit, qualifier); `dates` (text, resolved, optional count); `events` (type, facility,
actor, date). kind, runway_status, role, affiliation, qualifier and tenants are read by people,
not scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from basewatch.errors import ExpectedFileError

FIELDS = (
    "facilities",
    "facility.operator",
    "facility.country",
    "facility.admin1",
    "facility.runway_lengths",
    "facility.equipment",
    "equipment",
    "places",
    "speakers",
    "claim.cue",
    "claim.hedged",
    "sources",
    "quantities",
    "dates",
    "events",
    "event.found",
    "event.actor",
    "event.date",
)

Score = tuple[float, float, float, int, int, int]
FUZZY = 85.0
_ARTICLE = re.compile(r"^(?:the|al|el|ash|as|ad|az|ar|at|an)\s+")
_NON_WORD = re.compile(r"[\W_]+")
_KIND_WORDS = re.compile(
    r"\b(?:air ?base|naval base|navy base|military base|air station|air field|airfield|airstrip|airport|"
    r"base|camp|field|port|plant|facility|station|installation|outpost)\b"
)
_CLASS_SUFFIX = re.compile(r"(?<=.)class$")
_ADMIN_WORDS = re.compile(
    r"\b(?:region|province|governorate|oblast|krai|voivodeship|district|prefecture|county|state|municipality|emirate|city)\b"
)
_LEADING_PREP = re.compile(
    r"^(?:(?:in|on|at|since|by|until|from|during|of|for|the|early|late|mid|(?:start|end|beginning|middle) of)[\s-]+)+"
)
_SI_LENGTH = {"m": 1.0, "km": 1000.0, "ft": 0.3048, "mi": 1609.344, "nmi": 1852.0}
_UNIT_ALIASES = {
    "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "foot": "ft", "feet": "ft", "mile": "mi", "miles": "mi",
    "nautical mile": "nmi", "nautical miles": "nmi", "nm": "nmi",
    "square kilometre": "km2", "square kilometres": "km2", "square kilometer": "km2", "square kilometers": "km2",
    "sq km": "km2", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "metric ton": "t",
    "years": "year", "yr": "year", "a": "year", "months": "month", "weeks": "week", "wk": "week",
    "days": "day", "d": "day", "acres": "acre", "ac": "acre", "hectares": "ha", "hectare": "ha",
    "hours": "hour", "h": "hour", "hr": "hour", "minutes": "minute", "min": "minute",
    "seconds": "second", "s": "second",
    "count": "", "item": "", "items": "", "unit": "", "units": "", "number": "", "dimensionless": "",
    "percent": "%", "per cent": "%", "pct": "%",
}


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with the facts behind the errors."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed += other.missed
        self.extra += other.extra

    def score(self) -> Score:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if self.fp == 0 else 0.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f1, self.tp, self.fp, self.fn


def fold(text: str | None) -> str:
    """Lower case, no diacritics, no punctuation, no leading article: the key names are compared on."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    words = _NON_WORD.sub(" ", plain).strip()
    return _ARTICLE.sub("", words)


def _core(folded: str) -> str:
    return " ".join(_KIND_WORDS.sub(" ", folded).split())


def _admin_core(name: str) -> str:
    return " ".join(_ADMIN_WORDS.sub(" ", fold(name)).split())


def fold_designation(text: str) -> str:
    """Designation key: no case, spaces, hyphens or trailing "class" ("Kilo-class" = "Kilo")."""
    return _CLASS_SUFFIX.sub("", _NON_WORD.sub("", text.casefold()))


def names_match(left: Iterable[str], right: Iterable[str]) -> float:
    """Best match score (0-100) between two sets of names of one thing; 0 below the fuzzy bar."""
    lefts = {fold(n) for n in left} - {""}
    rights = {fold(n) for n in right} - {""}
    if lefts & rights:
        return 101.0
    if {_core(n) for n in lefts} & {_core(n) for n in rights} - {""}:
        return 99.0
    best = max((fuzz.ratio(a, b) for a in lefts for b in rights), default=0.0)
    return best if best >= FUZZY else 0.0


def person_match(left: Iterable[str], right: Iterable[str]) -> float:
    """Like `names_match`, also joining a surname to the full name ("Trevithick", "Joseph Trevithick")."""
    score = names_match(left, right)
    if score:
        return score
    for a in {fold(n) for n in left} - {""}:
        for b in {fold(n) for n in right} - {""}:
            wa, wb = set(a.split()), set(b.split())
            if wa <= wb or wb <= wa:
                return 90.0
    return 0.0


def source_match(left: Iterable[str], right: Iterable[str]) -> float:
    for a in {fold(n) for n in left} - {""}:
        for b in {fold(n) for n in right} - {""}:
            if a == b or a in b or b in a or fuzz.token_set_ratio(a, b) >= 80:
                return 100.0
    return 0.0


def align(
    expected: Sequence[Any], output: Sequence[Any], scorer: Callable[[Any, Any], float]
) -> dict[int, int]:
    """One-to-one alignment expected index -> output index, best-scoring pairs first."""
    pairs = sorted(
        ((s, i, j) for i, e in enumerate(expected) for j, o in enumerate(output) if (s := scorer(e, o)) > 0),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    taken_e: dict[int, int] = {}
    taken_o: set[int] = set()
    for _, i, j in pairs:
        if i not in taken_e and j not in taken_o:
            taken_e[i] = j
            taken_o.add(j)
    return taken_e


def _show(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("name") or item.get("designation") or item)
    if isinstance(item, tuple):
        return " | ".join(_show(x) for x in item)
    return str(item)


def count_aligned(
    expected: Sequence[Any],
    output: Sequence[Any],
    matched: dict[int, int],
    counted: Callable[[Any], bool] | None = None,
) -> Counts:
    """Counts from an alignment; unmatched output items for which `counted` is false are not FPs."""
    used = set(matched.values())
    missed = [_show(e) for i, e in enumerate(expected) if i not in matched]
    extra = [_show(o) for j, o in enumerate(output) if j not in used and (counted is None or counted(o))]
    return Counts(len(matched), len(extra), len(missed), missed, extra)


def count_multisets(expected: Iterable[Hashable], output: Iterable[Hashable]) -> Counts:
    exp, out = Counter(expected), Counter(output)
    tp = sum((exp & out).values())
    missed = [_show(x) for x in (exp - out).elements()]
    extra = [_show(x) for x in (out - exp).elements()]
    return Counts(tp, len(extra), len(missed), missed, extra)


def count_tolerant(
    expected: Sequence[Any], output: Sequence[Any], same: Callable[[Any, Any], bool]
) -> Counts:
    """Multiset counts where `same` decides equality (greedy, each item used once)."""
    used: set[int] = set()
    missed: list[str] = []
    for e in expected:
        j = next((j for j, o in enumerate(output) if j not in used and same(e, o)), None)
        if j is None:
            missed.append(_show(e))
        else:
            used.add(j)
    extra = [_show(o) for j, o in enumerate(output) if j not in used]
    return Counts(len(used), len(extra), len(missed), missed, extra)


def _value_counts(
    pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]],
    key: str,
    same: Callable[[str, str], bool],
    null_is_unknown: bool = False,
) -> Counts:
    """One facility attribute over (expected, output) facility pairs."""
    c = Counts()
    for e, o in pairs:
        exp, out = e.get(key), o.get(key)
        if exp and out and same(exp, out):
            c.tp += 1
            continue
        if exp:
            c.fn += 1
            c.missed.append(f"{e['name']} | {exp}")
        if out and (exp or not null_is_unknown):
            c.fp += 1
            c.extra.append(f"{e['name']} | {out}")
    return c


def _fuzzy_equal(a: str, b: str) -> bool:
    fa, fb = _admin_core(a) or fold(a), _admin_core(b) or fold(b)
    return fa == fb or fuzz.ratio(fa, fb) >= FUZZY


def _fac_names(fac: dict[str, Any]) -> list[str]:
    return [fac.get("name") or "", *(fac.get("aliases") or [])]


def _as_list(value: Any, split: bool = False) -> list[Any]:
    if isinstance(value, list):
        return value
    if value is None:
        return []
    if split and isinstance(value, str):
        return [v.strip() for v in value.split("/") if v.strip()]
    return [value]


def _si(value: float, unit: str) -> tuple[float, str]:
    u = " ".join(unicodedata.normalize("NFKD", unit).casefold().split()) if unit else ""
    u = _UNIT_ALIASES.get(u, u)
    if u in _SI_LENGTH:
        return value * _SI_LENGTH[u], "m"
    return value, u


def _same_quantity(e: tuple[float, str], o: tuple[float, str]) -> bool:
    (ev, eu), (ov, ou) = _si(*e), _si(*o)
    return eu == ou and abs(ev - ov) <= 0.005 * max(abs(ev), 1e-9)


def _date_text(text: str) -> str:
    return _LEADING_PREP.sub("", " ".join(text.casefold().split()))


def compare(result: dict[str, Any], expected: dict[str, Any]) -> dict[str, Counts]:
    """TP/FP/FN per field for one article's output against its expected file."""
    counts = {name: Counts() for name in FIELDS}
    exp_facs: list[dict[str, Any]] = expected.get("facilities", [])
    out_facs: list[dict[str, Any]] = result.get("facilities", [])
    fac_map = align(exp_facs, out_facs, lambda e, o: names_match(_fac_names(e), _fac_names(o)))
    counts["facilities"] = count_aligned(exp_facs, out_facs, fac_map)
    fac_key = _facility_keys(exp_facs, out_facs, fac_map)

    pairs = [(exp_facs[i], out_facs[j]) for i, j in fac_map.items()]
    pairs += [(e, {}) for i, e in enumerate(exp_facs) if i not in fac_map]
    counts["facility.operator"] = _value_counts(pairs, "operator", str.__eq__)
    counts["facility.country"] = _value_counts(pairs, "country", str.__eq__)
    counts["facility.admin1"] = _value_counts(pairs, "admin1", _fuzzy_equal, null_is_unknown=True)

    exp_runways = [(e["name"], float(m)) for e in exp_facs for m in e.get("runway_lengths_m") or []]
    out_runways = [
        (fac_key.get(o.get("id") or o["name"], o["name"]), float(r["length_m"]))
        for o in out_facs for r in o.get("runways") or [] if r.get("length_m") is not None
    ]
    counts["facility.runway_lengths"] = count_tolerant(
        sorted(set(exp_runways)), sorted({(f, round(m)) for f, m in out_runways}),
        lambda e, o: e[0] == o[0] and abs(e[1] - o[1]) <= 0.015 * e[1],
    )
    exp_tied = {(e["name"], fold_designation(d)) for e in exp_facs for d in e.get("equipment") or []}
    names = _equipment_names(result.get("equipment", []))
    counts["facility.equipment"] = count_multisets(
        exp_tied,
        {_tied_key(fac_key.get(o.get("id") or o["name"], o["name"]), d, names, exp_tied)
         for o in out_facs for d in o.get("equipment") or []},
    )
    exp_designations = sorted({fold_designation(d) for d in expected.get("equipment", [])})
    out_equipment = [_item_keys(e) for e in result.get("equipment", [])]
    counts["equipment"] = count_aligned(
        exp_designations, [e["designation"] for e in result.get("equipment", [])],
        align(exp_designations, out_equipment, lambda d, keys: 1.0 if d in keys else 0.0),
    )
    counts["places"] = _places(expected.get("places", []), result.get("places", []))
    _claims(expected.get("speakers", []), result.get("claims", []), counts)
    counts["sources"] = _sources(expected.get("sources", []), result.get("sources", []))
    counts["quantities"] = count_tolerant(
        [(float(q["value"]), q.get("unit") or "") for q in expected.get("quantities", [])],
        [(float(q["value"]), q.get("unit") or "") for q in result.get("quantities", [])],
        _same_quantity,
    )
    counts["dates"] = count_multisets(
        [(_date_text(d["text"]), d.get("resolved")) for d in expected.get("dates", [])
         for _ in range(int(d.get("count", 1)))],
        [(_date_text(d["text"]), d.get("resolved")) for d in result.get("dates", [])],
    )
    exp_events = {(e["type"], e.get("facility"), e.get("actor"), e.get("date")) for e in expected.get("events", [])}
    out_events = {(e["type"], _event_facility(e.get("facility"), fac_key, exp_facs), e.get("actor"), e.get("date"))
                  for e in result.get("events", [])}
    counts["events"] = count_multisets(exp_events, out_events)
    for name, kept in EVENT_CUTS.items():
        counts[name] = count_multisets({kept(e) for e in exp_events}, {kept(e) for e in out_events})
    return counts


EVENT_CUTS: dict[str, Callable[[tuple[Any, ...]], tuple[Any, ...]]] = {
    "event.found": itemgetter(0, 1),
    "event.actor": itemgetter(0, 1, 2),
    "event.date": itemgetter(0, 1, 3),
}


def _item_keys(item: dict[str, Any]) -> set[str]:
    """An output item's folded designation, name, and the two written together ("P-8A Poseidon")."""
    designation, name = item["designation"], item.get("name") or ""
    keys = {fold_designation(designation), fold_designation(name)}
    if name:
        keys |= {fold_designation(f"{designation} {name}"), fold_designation(f"{name} {designation}")}
    return keys - {""}


def _equipment_names(equipment: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Folded designation -> every key of that item (`_item_keys`), from the output's equipment list."""
    names: dict[str, set[str]] = {}
    for e in equipment:
        key = fold_designation(e["designation"])
        names.setdefault(key, {key}).update(_item_keys(e))
    return names


def _tied_key(
    facility: str, designation: str, names: dict[str, set[str]], expected: set[tuple[str, str]]
) -> tuple[str, str]:
    """(facility, designation) keyed like the analyst's entry when the designation's name is what they wrote."""
    key = fold_designation(designation)
    return next(((facility, k) for k in sorted(names.get(key, {key})) if (facility, k) in expected), (facility, key))


def _facility_keys(
    exp_facs: list[dict[str, Any]], out_facs: list[dict[str, Any]], fac_map: dict[int, int]
) -> dict[str, str]:
    """Output facility id and name -> the analyst's name of the facility it was aligned with."""
    keys: dict[str, str] = {}
    for i, j in fac_map.items():
        out = out_facs[j]
        for key in (out.get("id"), out.get("name")):
            if key:
                keys[key] = exp_facs[i]["name"]
    return keys


def _event_facility(value: str | None, fac_key: dict[str, str], exp_facs: list[dict[str, Any]]) -> str | None:
    if value is None or value in fac_key:
        return fac_key.get(value) if value is not None else None
    for fac in exp_facs:
        if names_match(_fac_names(fac), [value]):
            return str(fac["name"])
    return value


def _places(expected: list[dict[str, Any]], output: list[dict[str, Any]]) -> Counts:
    def score(e: dict[str, Any], o: dict[str, Any]) -> float:
        if e.get("country") != o.get("country"):
            return 0.0
        names = [e["name"], *([e["canonical"]] if e.get("canonical") else [])]
        found = [o["name"], *(o.get("texts") or [])]
        return names_match(names, found) or names_match(map(_admin_core, names), map(_admin_core, found))

    return count_aligned(expected, output, align(expected, output, score), lambda o: o.get("kind") != "demonym")


def _speaker_names(speaker: dict[str, Any]) -> list[str]:
    return [speaker["name"], *(speaker.get("aliases") or [])]


def _claims(expected: list[dict[str, Any]], claims: list[dict[str, Any]], counts: dict[str, Counts]) -> None:
    out_names = sorted({c["speaker"]["name"] for c in claims})
    aliases: dict[str, set[str]] = {name: {name} for name in out_names}
    for c in claims:
        aliases[c["speaker"]["name"]].update(c["speaker"].get("aliases") or [])
    speaker_map = align(expected, out_names, lambda e, o: person_match(_speaker_names(e), aliases[o]))
    counts["speakers"] = count_aligned(expected, out_names, speaker_map)
    key = {out_names[j]: expected[i]["name"] for i, j in speaker_map.items()}
    counts["claim.cue"] = count_multisets(
        {(s["name"], fold(c)) for s in expected for c in _as_list(s.get("cue"), split=True)},
        {(key.get(c["speaker"]["name"], c["speaker"]["name"]), fold(c["cue"])) for c in claims},
    )
    counts["claim.hedged"] = count_multisets(
        {(s["name"], bool(h)) for s in expected for h in _as_list(s.get("hedged"))},
        {(key.get(c["speaker"]["name"], c["speaker"]["name"]), bool(c["hedged"])) for c in claims},
    )


def _sources(expected: list[dict[str, Any]], output: list[dict[str, Any]]) -> Counts:
    exp = list({(s["kind"], fold(s["name"])): s for s in expected}.values())
    out = list({(s["kind"], fold(s["name"])): s for s in output}.values())

    def score(e: dict[str, Any], o: dict[str, Any]) -> float:
        return source_match([e["name"]], [o["name"], o.get("text") or ""]) if e["kind"] == o["kind"] else 0.0

    return count_aligned(exp, out, align(exp, out, score))


def score(results: Sequence[dict[str, Any]], expected: Sequence[dict[str, Any]]) -> dict[str, Score]:
    """Micro-averaged (p, r, f1, tp, fp, fn) per field over aligned lists of outputs and expected files."""
    totals = {name: Counts() for name in FIELDS}
    for result, exp in zip(results, expected, strict=True):
        for name, c in compare(result, exp).items():
            totals[name].add(c)
    return {name: c.score() for name, c in totals.items()}


@dataclass(slots=True)
class Case:
    """One golden article: its name, the extraction output and the analyst's expected facts."""

    name: str
    result: dict[str, Any]
    expected: dict[str, Any]


def run_case(article: Path, expected_path: Path, published: str | None = None) -> Case:
    """Extract `article` (front matter read) and load its expected file."""
    from basewatch.extract import extract
    from basewatch.ingest.readers import check_date, text_article

    raw = text_article(article.read_text(encoding="utf-8"), str(article))
    try:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        when = check_date(published) or raw.published or expected.get("published")
    except (ValueError, AttributeError) as exc:
        raise _malformed(expected_path, exc) from exc
    result = extract(raw.text, published=when, url=raw.url, title=raw.title, publisher=raw.source)
    try:
        compare(result, expected)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _malformed(expected_path, exc) from exc
    return Case(article.stem, result, expected)


def _malformed(path: Path, exc: Exception) -> ExpectedFileError:
    """The one-line error for a hand-written expected file the scorer cannot read: the file and the fault."""
    return ExpectedFileError(f"{path}: not a well-formed expected file ({type(exc).__name__}: {exc}); "
                             "docs/data-model.md gives each field's form")


def golden_pairs(articles_dir: Path, expected_dir: Path) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """(article, expected) pairs by slug, and the articles that have no expected file."""
    pairs: list[tuple[Path, Path]] = []
    missing: list[Path] = []
    for article in sorted(articles_dir.glob("*.txt")):
        expected = expected_dir / f"{article.stem}.expected.json"
        (pairs.append((article, expected)) if expected.is_file() else missing.append(article))
    return pairs, missing


def format_table(scores: dict[str, Score], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'field':<26}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    for name, (p, r, f1, tp, fp, fn) in scores.items():
        lines.append(f"{name:<26}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{tp:>6}{fp:>6}{fn:>6}")
    return "\n".join(lines)


def format_misses(case: Case) -> str:
    """The facts one article's output missed (-) or added (+), field by field."""
    lines = [f"== {case.name}"]
    for name, c in compare(case.result, case.expected).items():
        lines += [f"  {name:<24}- {item}" for item in c.missed]
        lines += [f"  {name:<24}+ {item}" for item in c.extra]
    return "\n".join(lines)


# A folder holding this file keeps its articles unread (held-out and validation sets): the scorer gives their
# scores but never their misses, since reading them would spend the set (tests/heldout/README.md).
WITHHELD_MARK = "WITHHELD"


def _held_out_note(case: Case) -> str:
    return f"== {case.name}\n  (held-out article: misses not listed; reading them spends it)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m basewatch.evaluate.golden", description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", default="examples", help="folder of .txt articles, or one .txt")
    parser.add_argument("expected", nargs="?", default="tests/golden", help="folder of .expected.json, or one file")
    parser.add_argument("--published", help="publication date for a single article (YYYY-MM-DD)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also print each article's table")
    parser.add_argument("--misses", action="store_true", help="list each article's missed (-) and extra (+) facts")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    articles, expected = Path(args.articles), Path(args.expected)
    withheld = ((articles if articles.is_dir() else articles.parent) / WITHHELD_MARK).is_file()
    if articles.is_file():
        pairs, published = [(articles, expected)], args.published
    else:
        pairs, missing = golden_pairs(articles, expected)
        published = None
        for path in missing:
            print(f"note: {path} has no expected file in {expected}, skipped", file=sys.stderr)
        if not pairs:
            print(f"Error: no article with an expected file in {articles} / {expected}", file=sys.stderr)
            return 2
    try:
        cases = [run_case(a, e, published) for a, e in pairs]
    except ExpectedFileError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    scores = score([c.result for c in cases], [c.expected for c in cases])
    if args.json:
        print(json.dumps({name: dict(zip(("p", "r", "f1", "tp", "fp", "fn"), s, strict=True))
                          for name, s in scores.items()}, indent=1))
        return 0
    if args.misses:
        for case in cases:
            print(_held_out_note(case) if withheld else format_misses(case))
    if args.verbose:
        for case in cases:
            print(format_table(score([case.result], [case.expected]), f"== {case.name}") + "\n")
    print(format_table(scores, f"== {len(cases)} article(s), micro-averaged"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
