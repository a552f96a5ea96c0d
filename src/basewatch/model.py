"""Shared record types: the document that flows through the pipeline and what it carries.

Every span inside a `Doc` is in *normalised* coordinates (indices into `Doc.norm`);
`Doc.orig_span` maps one back to the original text, which is what the serialiser emits.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from basewatch.extract.spacing import digit_runs, lower, spaced

Span = tuple[int, int]


# The records components build by the thousand per megabyte are plain classes with an __init__ of their own, not
# dataclasses: compiled, a dataclass's generated __init__ runs as bytecode (some 4,000 instructions a record, 6,000
# when called with keywords), a plain class's as C. Nothing compares or prints them. Those that `dataclasses.replace`
# copies or tests compare (`PlaceMention`, `Runway`, `Facility`, `Doc`) stay dataclasses with `init=False` and an
# `__init__` written out, which compiles as C; the decorator still adds equality, repr and `replace`.
class Quantity:
    def __init__(self, span: Span, value: float, unit: str, si_value: float | None = None, si_unit: str | None = None,
                 qualifier: str | None = None, dimension: str | None = None, rule: str = "") -> None:
        self.span = span
        self.value = value
        self.unit = unit
        self.si_value = si_value
        self.si_unit = si_unit
        self.qualifier = qualifier
        self.dimension = dimension
        self.rule = rule


class DateMention:
    def __init__(self, span: Span, resolved: str | None, granularity: str | None = None, relative: bool = False,
                 rule: str = "") -> None:
        self.span = span
        self.resolved = resolved
        self.granularity = granularity
        self.relative = relative
        self.rule = rule


class EquipmentMention:
    def __init__(self, span: Span, designation: str, name: str | None = None, cls: str | None = None,
                 origin: str | None = None, in_catalog: bool = True, rule: str = "", kind: str | None = None) -> None:
        self.span = span
        self.designation = designation
        self.name = name
        self.cls = cls
        self.origin = origin
        self.in_catalog = in_catalog
        self.rule = rule
        # the catalog's kind ('aircraft', 'radar'), for the kit that a site is named after; not serialised
        self.kind = kind


@dataclass(slots=True, init=False)
class PlaceMention:
    span: Span
    name: str
    country: str | None
    kind: str = "city"
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    rule: str = ""

    def __init__(self, span: Span, name: str, country: str | None, kind: str = "city", admin1: str | None = None,
                 lat: float | None = None, lon: float | None = None, geonameid: int | None = None,
                 rule: str = "") -> None:
        self.span = span
        self.name = name
        self.country = country
        self.kind = kind
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
        self.rule = rule


@dataclass(slots=True, init=False)
class Runway:
    span: Span
    length_m: float | None
    approx: bool = False
    qualifier: str | None = None
    status: str | None = None
    date: str | None = None
    rule: str = ""

    def __init__(self, span: Span, length_m: float | None, approx: bool = False, qualifier: str | None = None,
                 status: str | None = None, date: str | None = None, rule: str = "") -> None:
        self.span = span
        self.length_m = length_m
        self.approx = approx
        self.qualifier = qualifier
        self.status = status
        self.date = date
        self.rule = rule


@dataclass(slots=True, init=False)
class Facility:
    id: str
    name: str
    kind: str
    operator: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    runways: list[Runway] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    tenants: list[str] = field(default_factory=list)
    rule: str = ""
    # Classes of aircraft or ships the text says the facility can take ("transport helicopters").
    capabilities: list[str] = field(default_factory=list)

    def __init__(self, id: str, name: str, kind: str, operator: str | None = None, country: str | None = None,
                 admin1: str | None = None, lat: float | None = None, lon: float | None = None,
                 geo_precision: str | None = None, aliases: list[str] | None = None, mentions: list[Span] | None = None,
                 runways: list[Runway] | None = None, equipment: list[str] | None = None,
                 tenants: list[str] | None = None, rule: str = "", capabilities: list[str] | None = None) -> None:
        self.id = id
        self.name = name
        self.kind = kind
        self.operator = operator
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geo_precision = geo_precision
        self.aliases = [] if aliases is None else aliases
        self.mentions = [] if mentions is None else mentions
        self.runways = [] if runways is None else runways
        self.equipment = [] if equipment is None else equipment
        self.tenants = [] if tenants is None else tenants
        self.rule = rule
        self.capabilities = [] if capabilities is None else capabilities


class Speaker:
    def __init__(self, name: str, role: str | None = None, affiliation: str | None = None, span: Span | None = None,
                 aliases: list[str] | None = None) -> None:
        self.name = name
        self.role = role
        self.affiliation = affiliation
        self.span = span
        self.aliases: list[str] = [] if aliases is None else aliases


class Claim:
    def __init__(self, speaker: Speaker, cue: str, hedged: bool, content: Span, span: Span,
                 about: list[str] | None = None, rule: str = "") -> None:
        self.speaker = speaker
        self.cue = cue
        self.hedged = hedged
        self.content = content
        self.span = span
        self.about: list[str] = [] if about is None else about
        self.rule = rule


class Event:
    def __init__(self, type: str, span: Span, facility: str | None = None, actor: str | None = None,
                 date: str | None = None, rule: str = "") -> None:
        self.type = type
        self.span = span
        self.facility = facility
        self.actor = actor
        self.date = date
        self.rule = rule


class Source:
    def __init__(self, kind: str, name: str, span: Span, rule: str = "") -> None:
        self.kind = kind
        self.name = name
        self.span = span
        self.rule = rule


@dataclass(slots=True, init=False)
class Doc:
    """One article on its way through the pipeline.

    `norm` is `text` with quotes, primes, odd spaces folded and invisible characters removed;
    `offsets[i]` is the index in `text` of `norm[i]` (None when nothing was removed).
    """

    text: str
    norm: str
    offsets: array[int] | None = None
    language: str = "en"
    published: str | None = None
    url: str | None = None
    title: str | None = None
    # Who published the article (its front matter's or record's `source`): what it tells its own reporters is no
    # source it cites.
    publisher: str | None = None
    sentences: list[Span] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    equipment: list[EquipmentMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    _lower: str | None = field(default=None, init=False, repr=False, compare=False)
    _spaced: str | None = field(default=None, init=False, repr=False, compare=False)
    _digit_runs: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)
    _starts_of: list[Span] | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(self, text: str, norm: str, offsets: array[int] | None = None, language: str = "en",
                 published: str | None = None, url: str | None = None, title: str | None = None,
                 publisher: str | None = None, sentences: list[Span] | None = None,
                 quantities: list[Quantity] | None = None,
                 dates: list[DateMention] | None = None, equipment: list[EquipmentMention] | None = None,
                 places: list[PlaceMention] | None = None, facilities: list[Facility] | None = None,
                 claims: list[Claim] | None = None, events: list[Event] | None = None,
                 sources: list[Source] | None = None) -> None:
        self.text = text
        self.norm = norm
        self.offsets = offsets
        self.language = language
        self.published = published
        self.url = url
        self.title = title
        self.publisher = publisher
        self.sentences = [] if sentences is None else sentences
        self.quantities = [] if quantities is None else quantities
        self.dates = [] if dates is None else dates
        self.equipment = [] if equipment is None else equipment
        self.places = [] if places is None else places
        self.facilities = [] if facilities is None else facilities
        self.claims = [] if claims is None else claims
        self.events = [] if events is None else events
        self.sources = [] if sources is None else sources
        self._lower = None
        self._spaced = None
        self._digit_runs = None
        self._starts = None
        self._starts_of = None

    def lower(self) -> str:
        """`norm` lower-cased (`str.lower`), worked out once for every component that scans it so."""
        if self._lower is None:
            self._lower = lower(self.norm)
        return self._lower

    def spaced(self) -> str | None:
        """`lower()` with all but letters and digits as spaces, padded (see `spacing`); None where
        lower-casing changed the text's length, so that offsets would not hold."""
        if self._spaced is None and len(self.lower()) == len(self.norm):
            self._spaced = spaced(self.lower())
        return self._spaced

    def digit_runs(self) -> list[int]:
        """Where each run of digits in `norm` starts (`spacing.digit_runs`), found once for every component."""
        if self._digit_runs is None:
            self._digit_runs = digit_runs(self.norm)
        return self._digit_runs

    def orig_span(self, span: Span) -> Span:
        """The original-text span covering normalised `span`."""
        start, end = span
        if self.offsets is None:
            return start, end
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.text)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def surface(self, span: Span) -> str:
        """The original text under normalised `span`."""
        start, end = self.orig_span(span)
        return self.text[start:end]

    def sentence_of(self, pos: int) -> Span:
        """The sentence (normalised span) holding normalised position `pos`."""
        sentences = self.sentences
        starts = self._starts
        if starts is None or self._starts_of is not sentences or len(starts) != len(sentences):
            starts = self._sentence_starts()
        # Sentences are in order and apart: only the last one starting at or before `pos` can hold it. The search is
        # written out over their starts: compiled, each step compares two machine integers, where `bisect` over the
        # pairs compared two tuples through generic calls.
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) >> 1
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0 and pos < sentences[lo - 1][1]:
            return sentences[lo - 1]
        return 0, len(self.norm)

    def _sentence_starts(self) -> list[int]:
        # Kept with the list they were read from: a caller that builds a `Doc` may fill `sentences` afterwards.
        self._starts = [start for start, _ in self.sentences]
        self._starts_of = self.sentences
        return self._starts


@dataclass(slots=True)
class RawArticle:
    """An article as read from input, before extraction."""

    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    origin: str = ""
