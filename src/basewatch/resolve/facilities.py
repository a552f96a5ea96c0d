"""Cross-article facility resolution: one knowledge-base facility for every spelling of a real one.

Evidence, strongest first: the catalog id the extractor gives; an alias whose core name is
already known; a shared transliteration skeleton; a close fuzzy match (rapidfuzz). Any
match is vetoed by incompatible facts: different operators or host countries, a field or plant
against a base, or precise coordinates far apart. A shared town alone never merges two bases.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

from basewatch.data import table
from basewatch.resolve.names import core, fold, numbers, skeleton

FUZZY_MIN = 88
TRANSLIT_CLOSE = 70
# token_set_ratio scores a name contained in another 100; only distinctive names may join that way.
MAX_KM = 60.0
_PRECISE = frozenset({"facility", "town"})
# Kinds in different groups are different facilities even in one town; "base" and "other" fit any
# military kind, but an oil field or a plant is never the base beside it.
_KIND_GROUP = {"air base": "air", "airfield": "air", "naval base": "navy", "port": "port"}
_CIVIL_KINDS = frozenset({"plant", "field"})
_PRECISION_RANK = {"facility": 0, "town": 1, "admin1": 2, "country": 3, None: 4}
CATALOG = "installations.tsv"
FACILITY_WORDS = "facility_words.tsv"


@cache
def catalog_names() -> dict[str, tuple[str, ...]]:
    """Name and aliases of each known-installations catalog entry, by catalog id."""
    try:
        rows = table(CATALOG)
    except FileNotFoundError:
        return {}
    return {row["id"]: (row["name"], *filter(None, row.get("aliases", "").split("|"))) for row in rows}


def catalog_id(fac: dict[str, Any]) -> str | None:
    """The catalog id of an article@1 facility, or None when its id is local to the article."""
    fid = str(fac.get("id") or "")
    return fid if fid in catalog_names() else None


@dataclass(slots=True)
class Match:
    facility_id: int
    rule: str
    evidence: str


@dataclass(slots=True)
class _Known:
    id: int
    name: str
    kind: str
    operator: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    catalog: str | None = None


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


_LANDFORM_WORDS = "island islands isle reef atoll bay cape point gulf sea lake river mount hill valley peninsula"
_LANDFORMS = frozenset(_LANDFORM_WORDS.split())


def _distinctive_subset(a: str, b: str) -> bool:
    """Whether the shorter name, found inside the longer, is more than a place name: two words or more,
    not all landforms. "Doraleh" inside "Doraleh Multipurpose" names a town, not a facility."""
    words = set(min(a, b, key=len).split())
    return len(words) >= 2 and not words <= _LANDFORMS


def _corroborated(fac: dict[str, Any], name: str, known: _Known) -> bool:
    """Whether a transliteration match has support beyond the skeleton: same host country, or close spelling."""
    if fac.get("country") and known.country:
        return bool(fac["country"] == known.country)
    return fuzz.ratio(core(name), core(known.name)) >= TRANSLIT_CLOSE


@cache
def civil_heads() -> dict[str, str]:
    """Folded head words that make a name a plant or a field ("oil field", "refinery") -> that kind.
    A bare "field" is left out: it also ends airfield names (Hickam Field)."""
    return {
        fold(row["word"]): row["kind"] for row in table(FACILITY_WORDS)
        if row["kind"] in _CIVIL_KINDS and row.get("role") == "head" and fold(row["word"]) != "field"
    }


def _civil_kind(name: str) -> str | None:
    words = fold(name).split()
    for size in range(min(3, len(words) - 1), 0, -1):
        kind = civil_heads().get(" ".join(words[-size:]))
        if kind:
            return kind
    return None


def split_other_kinds(fac: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """`fac`, and one facility of its own for each alias naming a plant or a field beside a military one
    (the extractor may fold "al Omar oil field" into the al Omar base): a field is never the base, so its
    name must not become one of the base's spellings. The split-off facility takes the alias's mentions
    and the host country, nothing else."""
    if fac.get("kind") in _CIVIL_KINDS:
        return [fac]
    civil = {alias: kind for alias in names_of(fac) if (kind := _civil_kind(alias))}
    if not civil or fac["name"] in civil:
        return [fac]
    keys = {core(alias): alias for alias in civil}
    spans: dict[str, list[list[int]]] = {alias: [] for alias in civil}
    kept: list[list[int]] = []
    for span in fac["mentions"]:
        owner = keys.get(core(text[span[0]:span[1]]))
        (spans[owner] if owner else kept).append(span)
    base = {**fac, "aliases": [a for a in fac.get("aliases") or [] if a not in civil], "mentions": kept}
    return [base, *(
        {"id": f"{fac['id']}/{alias}", "name": alias, "aliases": [alias], "kind": kind, "operator": None,
         "country": fac.get("country"), "admin1": fac.get("admin1"), "lat": None, "lon": None, "geo_precision": None,
         "runways": [], "equipment": [], "tenants": [], "mentions": spans[alias] or [],
         "rule": f"{fac.get('rule')}+resolve:split-{kind}"}
        for alias, kind in civil.items()
    )]


def names_of(fac: dict[str, Any]) -> list[str]:
    """The facility's name and aliases, deduplicated, name first."""
    seen: dict[str, None] = {fac["name"]: None}
    for alias in fac.get("aliases") or []:
        seen.setdefault(alias, None)
    return list(seen)


class FacilityResolver:
    """Matches article facilities to stored ones, keeping its indexes in step with the database.

    Indexes live in memory and are rebuilt by `load()`; call it again after a rolled-back batch.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.load()

    def load(self) -> None:
        self.known: dict[int, _Known] = {}
        self.by_catalog: dict[str, int] = {}
        self.by_core: dict[str, set[int]] = defaultdict(set)
        self.by_skeleton: dict[str, set[int]] = defaultdict(set)
        self.cores_by_country: dict[str | None, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.stored: set[tuple[int, str]] = set()
        for r in self.conn.execute(
            "SELECT id, name, kind, operator, country, lat, lon, geo_precision, catalog_id FROM facilities"
        ):
            self.known[r[0]] = _Known(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8])
            if r[8]:
                self._link_catalog(r[8], r[0])
        for fid, alias in self.conn.execute("SELECT entity_id, alias FROM aliases WHERE entity = 'facility'"):
            self.stored.add((fid, alias))
            self._index(fid, alias)

    def unstored(self, fid: int, names: list[str]) -> list[str]:
        """Those of `names` not yet stored as aliases of `fid`, now counted as stored."""
        new = [n for n in names if (fid, n) not in self.stored]
        self.stored.update((fid, n) for n in new)
        return new

    def _link_catalog(self, cid: str, fid: int) -> None:
        """Tie catalog entry `cid` to facility `fid`: its catalog spellings now find it too."""
        self.by_catalog[cid] = fid
        for name in catalog_names().get(cid, ()):
            self._index(fid, name)

    def _index(self, fid: int, alias: str) -> None:
        key = core(alias)
        if not key:
            return
        self.by_core[key].add(fid)
        self.cores_by_country[self.known[fid].country][key].add(fid)
        skel = skeleton(alias)
        if len(skel.replace(" ", "")) >= 3:
            self.by_skeleton[skel].add(fid)

    def veto(self, fac: dict[str, Any], known: _Known) -> str | None:
        """Why `fac` cannot be `known`, or None when nothing forbids it."""
        mine = catalog_id(fac)
        if mine and known.catalog and mine != known.catalog:
            return f"catalog entry {mine} != {known.catalog}"
        ours, theirs = numbers(fac["name"]), numbers(known.name)
        if ours and theirs and ours != theirs:
            return f"numbers {'/'.join(sorted(ours))} != {'/'.join(sorted(theirs))}"
        for attr in ("operator", "country"):
            mine, theirs = fac.get(attr), getattr(known, attr)
            if mine and theirs and mine != theirs:
                return f"{attr} {mine} != {theirs}"
        kinds = {fac.get("kind") or "other", known.kind}
        groups = {_KIND_GROUP.get(k) for k in kinds} - {None}
        if len(groups) > 1 or (len(kinds) > 1 and kinds & _CIVIL_KINDS):
            return f"kind {fac.get('kind')} != {known.kind}"
        if (
            fac.get("geo_precision") in _PRECISE and known.precision in _PRECISE
            and fac.get("lat") is not None and known.lat is not None
        ):
            km = km_between(fac["lat"], fac["lon"], known.lat, known.lon or 0.0)
            if km > MAX_KM:
                return f"{km:.0f} km apart"
        return None

    def _first_allowed(self, fac: dict[str, Any], ids: set[int]) -> tuple[int | None, list[str]]:
        vetoes: list[str] = []
        for fid in sorted(ids):
            reason = self.veto(fac, self.known[fid])
            if reason is None:
                return fid, vetoes
            vetoes.append(f"not #{fid} {self.known[fid].name!r}: {reason}")
        return None, vetoes

    def match(self, fac: dict[str, Any]) -> Match | None:
        """The stored facility `fac` is, with the evidence, or None when it is new. Pure: writes nothing."""
        cid = catalog_id(fac)
        if cid and cid in self.by_catalog:
            return Match(self.by_catalog[cid], "catalog", f"catalog id {cid}")
        names = names_of(fac)
        vetoes: list[str] = []
        for name in names:
            key = core(name)
            fid, why = self._first_allowed(fac, self.by_core.get(key, set()))
            vetoes += why
            if fid is not None:
                return Match(fid, "alias", f"{name!r} has the core name {key!r} of {self.known[fid].name!r}")
        for name in names:
            skel = skeleton(name)
            # A consonant skeleton is weak evidence alone (Balabac / Belbek): the host country must agree,
            # or, where it is unknown, the spellings must be close.
            candidates = {f for f in self.by_skeleton.get(skel, set()) if _corroborated(fac, name, self.known[f])}
            fid, why = self._first_allowed(fac, candidates)
            vetoes += why
            if fid is not None:
                return Match(fid, "translit", f"{name!r} ~ {self.known[fid].name!r}: transliteration key {skel!r}")
        found = self._fuzzy(fac, names)
        if found:
            return found
        if vetoes:
            return Match(0, "new", "; ".join(dict.fromkeys(vetoes)))
        return None

    def _fuzzy(self, fac: dict[str, Any], names: list[str]) -> Match | None:
        pool = self._fuzzy_pool(fac.get("country"))
        if not pool:
            return None
        for name in names:
            key = core(name)
            if len(key) < 5:
                continue
            for scorer, label in ((fuzz.ratio, "ratio"), (fuzz.token_set_ratio, "shared words")):
                for other, score, _ in process.extract(key, list(pool), scorer=scorer, score_cutoff=FUZZY_MIN, limit=3):
                    if label == "shared words" and not _distinctive_subset(key, other):
                        continue
                    fid, _ = self._first_allowed(fac, pool[other])
                    if fid is not None:
                        evidence = f"{name!r} ~ {other!r} of {self.known[fid].name!r}: {label} {score:.0f}"
                        return Match(fid, "fuzzy", evidence)
        return None

    def _fuzzy_pool(self, country: str | None) -> dict[str, set[int]]:
        """Core names to compare with: the host country's, or every country's when it is unknown."""
        if country:
            return self.cores_by_country.get(country) or {}
        return self.by_core

    def resolve(self, fac: dict[str, Any]) -> Match:
        """Match `fac` or create its facility; record its names and improve what is known."""
        found = self.match(fac)
        if found is None or found.rule == "new":
            fid = self._create(fac)
            cid = catalog_id(fac)
            evidence = f"first sighting of catalog id {cid}" if cid else "no stored facility matched"
            found = Match(fid, "new", evidence + (f" ({found.evidence})" if found else ""))
        else:
            self._improve(found.facility_id, fac)
        for name in names_of(fac):
            self._index(found.facility_id, name)
        return found

    def _create(self, fac: dict[str, Any]) -> int:
        cid = catalog_id(fac)
        cur = self.conn.execute(
            """INSERT INTO facilities (name, kind, catalog_id, operator, country, admin1, lat, lon, geo_precision)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (fac["name"], fac.get("kind") or "other", cid, fac.get("operator"), fac.get("country"),
             fac.get("admin1"), fac.get("lat"), fac.get("lon"), fac.get("geo_precision")),
        )
        fid = int(cur.lastrowid or 0)
        self.known[fid] = _Known(fid, fac["name"], fac.get("kind") or "other", fac.get("operator"),
                                 fac.get("country"), fac.get("lat"), fac.get("lon"), fac.get("geo_precision"), cid)
        if cid:
            self._link_catalog(cid, fid)
        return fid

    def _improve(self, fid: int, fac: dict[str, Any]) -> None:
        """Fill what the stored facility lacks; a catalog sighting or a more precise location wins."""
        known = self.known[fid]
        cid = catalog_id(fac)
        updates: dict[str, Any] = {}
        if cid and known.catalog is None and cid not in self.by_catalog:
            updates.update(catalog_id=cid, name=fac["name"])
            known.name, known.catalog = fac["name"], cid
            self._link_catalog(cid, fid)
        for attr in ("operator", "country"):
            if getattr(known, attr) is None and fac.get(attr):
                updates[attr] = fac[attr]
                setattr(known, attr, fac[attr])
        if known.kind == "other" and fac.get("kind") not in (None, "other"):
            updates["kind"] = known.kind = fac["kind"]
        if fac.get("lat") is not None and _PRECISION_RANK[fac.get("geo_precision")] < _PRECISION_RANK[known.precision]:
            updates.update(lat=fac["lat"], lon=fac["lon"], geo_precision=fac.get("geo_precision"),
                           admin1=fac.get("admin1"))
            known.lat, known.lon, known.precision = fac["lat"], fac["lon"], fac.get("geo_precision")
        elif fac.get("admin1"):
            self.conn.execute("UPDATE facilities SET admin1 = ? WHERE id = ? AND admin1 IS NULL", (fac["admin1"], fid))
        if updates:
            sets = ", ".join(f"{k} = ?" for k in updates)
            self.conn.execute(f"UPDATE facilities SET {sets} WHERE id = ?", (*updates.values(), fid))
