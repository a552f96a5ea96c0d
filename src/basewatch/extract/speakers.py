"""Speaker phrases: who a claim is attributed to, with role and affiliation, joined across a document.

A speaker phrase is read off a sentence's tokens around an attribution cue: a noun phrase of
determiners, modifiers, role words and capitalised names ("Russian military expert Yuri
Natkashev", "a spokesman for the Russian Defense Ministry"), optionally with an apposition
("Joseph Trevithick, a researcher ..."). `SpeakerBook` joins later mentions of one speaker in a
document (a surname, a misspelt surname, a pronoun) to the first full mention.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from basewatch.data import table
from basewatch.extract.lexicon import pattern_words
from basewatch.extract.spacing import CAPITAL_SIGMA, is_word_char, positions_of, str_lower
from basewatch.model import Doc, Span

# (start, end, text, text lower-cased): the rules compare lower-cased words many times over.
Token = tuple[int, int, str, str]

# Words that join a role head to what it belongs to ("spokesman for the ministry").
# "sources close to the ministry", "people familiar with the plan".
_LINKING: Final = frozenset({"close", "familiar", "loyal", "linked", "near"})
# "officials in Yemen's government", "sources on both sides": where a group of speakers sits.
_LINKED_PLACES: Final = frozenset({"in", "on", "at", "from", "within", "inside", "by"})
# Prepositions opening an aside between a speaker and its verb, which says no role.
_ASIDE_OPENERS: Final = frozenset({"in", "on", "at", "during", "via", "through", "after", "before"})
# Participles that open an aside on how a speaker spoke ('officials speaking on condition of anonymity'), not
# what the speaker is.
_SPEAKING_ASIDES: Final = frozenset({"speaking", "talking", "writing", "commenting"})
# Surname similarity (0-100) above which a later spelling joins an earlier speaker.
SURNAME_MATCH: Final = 85
# An apposition longer than this many tokens is a clause, not a role.
_MAX_APPOSITION: Final = 16
_POSSESSIVE: Final = re.compile(r"'s?$")
_AND: Final = ("and", "&")
_FIRST_PERSON: Final = frozenset({"i", "we", "you"})
_APPOSITION_ADVERBS: Final = frozenset({"then", "now", "formerly", "currently", "also", "still", "himself", "herself"})
# Lowercase name particles: "Ain al-Asad", "Osama bin Laden", "Ursula von der Leyen".
_PARTICLES: Final = frozenset(
    {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "den", "da", "di", "du", "dos", "del", "la", "por"}
)
# Particles written joined to a surname by a hyphen ('al-Werfalli', 'ash-Shami'); later mentions often drop them.
_JOINED_PARTICLES: Final = frozenset({"ad", "as", "ash", "at", "ar", "an", "az"})
_ANY_PARTICLES: Final = _PARTICLES | _JOINED_PARTICLES
_DOUBLED: Final = re.compile(r"(\w)\1+")
_PARTICLE_NAME: Final = re.compile(r"(?:al|el|ad|as|ash|at|ar|an|az|ibn|bin|abu)-[A-Z]")
# A line shorter than this, ended by a line break, is a heading or a handle rather than wrapped text.
_SHORT_LINE: Final = 40
_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)")
# Words whose head() answer is kept; past it the store starts over, so a long ingest's vocabulary
# does not pile up in memory.
_SEEN_HEADS: Final = 50_000
# What `Lexicon.head` keeps for a word heading nothing: a head's kind is never empty.
_NO_HEAD: Final = ("", "")
# Documents that 'say' for whoever issued them ('the statement said'), and how far back (characters) that
# issuer may have spoken.
DOCUMENTS: Final = frozenset({"statement", "report", "assessment", "communique", "communiqué", "release", "study"})
_DOCUMENT_REACH: Final = 1200
_WORD_PARTS: Final = re.compile(r"[\s-]+")
# Words before the end of a speaker's name that make that end an object, not the head ('a source close to the
# GNA' is not 'the GNA').
_OBJECT_BEFORE: Final = frozenset({"the", "to", "of", "for", "with", "in", "at", "from", "on", "by"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word classes for speaker phrases in one language, from roles.tsv."""

    heads: dict[str, tuple[str, str]]
    modifiers: frozenset[str]
    determiners: frozenset[str]
    honorifics: frozenset[str]
    stops: frozenset[str]
    connectors: frozenset[str]
    place_connectors: frozenset[str]
    pronouns: dict[str, str]
    # Names a later bare mention may stand for, lower-cased, by group; and each group's names as written.
    kin: dict[str, str]
    kin_names: dict[str, tuple[str, ...]]
    # Bodies a country has one of ('army', 'government'): named bare, they still say who speaks.
    sole: frozenset[str]
    token_re: re.Pattern[str]
    # Abbreviation stems ('gen' for 'Gen.'), and the longest: a longer word before a full stop ends a sentence.
    stems: frozenset[str]
    abbreviation_reach: int
    # head() answers, by word as written: phrase reading asks about the same words many times over.
    # (a word heading nothing is kept as `_NO_HEAD`, so that one lookup answers for any word seen before)
    seen_heads: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)
    seen_phrase_words: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def head(self, word: str) -> tuple[str, str] | None:
        """(kind, source kind) when `word` heads a role, group or institution phrase."""
        # `get`, not a caught KeyError: compiled, each raised error builds a traceback.
        seen = self.seen_heads.get(word)
        if seen is not None:
            return seen if seen[0] else None
        if len(self.seen_heads) >= _SEEN_HEADS:
            self.seen_heads.clear()
        found = self._head(word)
        self.seen_heads[word] = _NO_HEAD if found is None else found
        return found

    def _head(self, word: str) -> tuple[str, str] | None:
        low = word.lower()
        found = self.heads.get(low)
        if found is None and "'" in low:
            found = self.heads.get(_POSSESSIVE.sub("", low))
        if found is None and low.endswith("s"):
            single = self.heads.get(low[:-1])  # "economists": a group of what an economist is
            if single is not None and single[0] == "person":
                found = ("group", single[1])
        if found is None and "-" in low:
            # "Vice-Admiral", "Lieutenant-Colonel": a rank written with a hyphen is the rank in words
            *first, last = low.split("-")
            if first and all(w in self.modifiers for w in first):
                found = self.heads.get(last)
        return found

    def is_phrase_word(self, word: str) -> bool:
        """Whether `word` can stand in a speaker phrase: a name, modifier, honorific, head or ordinal."""
        seen = self.seen_phrase_words.get(word)
        if seen is not None:
            return seen
        if len(self.seen_phrase_words) >= _SEEN_HEADS:
            self.seen_phrase_words.clear()
        found = self.seen_phrase_words[word] = self._is_phrase_word(word)
        return found

    def _is_phrase_word(self, word: str) -> bool:
        low = word.lower()
        return (
            word[:1].isupper()
            or _PARTICLE_NAME.match(word) is not None
            or low in self.modifiers
            or low in self.honorifics
            or self.head(word) is not None
            or bool(_ORDINAL.fullmatch(low))
        )


@cache
def lexicon(lang: str) -> Lexicon:
    """The speaker lexicon for `lang` (English words always included)."""
    rows = [r for r in table("roles.tsv") if r["lang"] in (lang, "en")]
    heads: dict[str, tuple[str, str]] = {}
    modifiers: set[str] = set()
    sets: dict[str, set[str]] = {"det": set(), "honorific": set(), "stop": set(), "abbrev": set(), "conn": set(),
                                 "sole": set()}
    place_connectors: set[str] = set()
    pronouns: dict[str, str] = {}
    abbreviations: set[str] = set()
    kin: dict[str, str] = {}
    kin_names: dict[str, list[str]] = {}
    for row in rows:
        words = row["word"].lower().split()
        kind = row["kind"]
        if kind == "sole":
            sets["sole"].add(row["word"].lower())
        elif kind == "same":
            kin[row["word"].lower()] = row["source"]
            kin_names.setdefault(row["source"], []).append(row["word"])
        elif kind in ("person", "group", "institution", "title"):
            at = 0 if "of" in words else -1  # "ministry of defence" is headed by "ministry"
            heads.setdefault(words[at], (kind, row["source"]))
            modifiers.update(w for w in words if w != words[at] and w != "of")
        elif kind == "modifier":
            modifiers.update(words)
        elif kind == "pron":
            pronouns[words[0]] = row["source"]
        elif kind == "conn" and row["source"] == "place":
            place_connectors.add(words[0])
            sets["conn"].add(words[0])
        else:
            sets[kind].update(words)
        abbreviations.update(w for w in words if w.endswith(".") and len(w) > 2)
    for word in pattern_words(lang)["local people"]:
        # "farmers near the depot said": people on the spot speak as witnesses, read off the one class of them
        heads.setdefault(word.lower().split()[-1], ("group", "witness"))
    return Lexicon(
        heads=heads,
        modifiers=frozenset(modifiers),
        determiners=frozenset(sets["det"]),
        honorifics=frozenset(sets["honorific"]),
        stops=frozenset(sets["stop"]),
        connectors=frozenset(sets["conn"]),
        place_connectors=frozenset(place_connectors),
        pronouns=pronouns,
        kin=kin,
        kin_names={group: tuple(names) for group, names in kin_names.items()},
        sole=frozenset(sets["sole"]),
        token_re=_token_pattern(abbreviations),
        stems=frozenset(filter(None, map(_stem, abbreviations))),
        abbreviation_reach=max((len(stem) for stem in map(_stem, abbreviations) if stem), default=0),
    )


def _token_pattern(abbreviations: set[str]) -> re.Pattern[str]:
    """Words (with inner hyphens, apostrophes, full stops), a full stop kept on a known abbreviation
    ('Gen.', 'St.', 'U.S.'), a possessive apostrophe after s, or one punctuation mark.

    The abbreviations are checked by look-behinds once a full stop follows a word, grouped by length
    because a look-behind has one width: most words end without a full stop and so never reach them.
    """
    by_length: dict[int, list[str]] = {}
    for stem in filter(None, map(_stem, abbreviations)):
        by_length.setdefault(len(stem), []).append(re.escape(stem))
    behinds = [rf"(?<=\b(?i:{'|'.join(sorted(stems))})\.)" for _, stems in sorted(by_length.items())]
    behinds.append(r"(?<=\b[A-Z]\.[A-Z]\.)")  # U.S., U.K.
    # "50,000" is one token: a comma inside a number closes no apposition.
    return re.compile(rf"\w+(?:[-'.]\w+|(?<=\d),(?=\d{{3}}))*(?:\.(?:{'|'.join(behinds)}))?(?:(?<=s)'(?!\w))?|[^\w\s]")


def _stem(abbreviation: str) -> str:
    """The letters of a one-word abbreviation ('gen' for 'gen.'); empty for 'u.s.' or 'st. petersburg'."""
    stem = abbreviation.rstrip(".")
    return stem if " " not in stem and "." not in stem else ""


# Characters that, closing a run of letters or digits, are a token of their own whatever comes before.
_CLOSERS: Final = frozenset(',;:!?)]"')


def tokenize(lex: Lexicon, text: str, start: int, end: int) -> list[Token]:
    """Tokens (start, end, text, lower-cased text) of `text[start:end]`, in document coordinates.

    The same tokens as `lex.token_re` finds over the whole span, found faster: no token spans white
    space, and most white-space-separated chunks are one word, or one word and a comma or full stop,
    which string tests recognise; only the other chunks go through the pattern.
    """
    out: list[Token] = []
    # Past the first chunk, white space stands before each chunk: a word opening it starts a word.
    opened = start == 0 or text[start - 1].isspace()
    segment = text[start:end]
    chunks = segment.split()
    # Mostly one white-space character parts the chunks and none is left over at either end: then each
    # chunk starts one past the one before, and no search has to place it.
    spaces = len(segment)
    for chunk in chunks:
        spaces -= len(chunk)
    even = spaces == len(chunks) - 1
    at = start - 1 if even else start
    for chunk in chunks:
        first = at + 1 if even else text.find(chunk, at)
        at = first + len(chunk)
        if chunk.isalnum():
            out.append((first, at, chunk, chunk.lower()))
            continue
        cut = _cut(lex, chunk, opened or first > start)
        if cut == len(chunk):
            out.append((first, at, chunk, chunk.lower()))
        elif cut:
            head, tail = chunk[:cut], chunk[cut:]
            out.append((first, first + cut, head, head.lower()))
            out.append((first + cut, at, tail, tail.lower()))
        elif not _marks_around_word(lex, out, chunk, first, opened or first > start):
            for m in lex.token_re.finditer(text, first, at):
                token = m.group()
                out.append((m.start(), m.end(), token, token.lower()))
    if CAPITAL_SIGMA in segment:
        # Compiled, `token.lower()` is mypyc's, which lowers a capital sigma ending a word to 'σ' where CPython
        # writes 'ς': the tokens lowered again as CPython lowers them, so that both builds read the same words.
        return [(s, e, token, str_lower(token)) for s, e, token, _ in out]
    return out


def _marks_around_word(lex: Lexicon, out: list[Token], chunk: str, first: int, opened: bool) -> bool:
    """Append the tokens of a chunk that is marks, one word, then marks ('drones,"', '"Wagner"', '(retired),'), as
    `lex.token_re` finds them, and say True; say False, appending nothing, for any other chunk.

    Each mark is a token of its own; the word takes the full stop after it when it is an abbreviation stem, and
    the apostrophe after a closing s. A word after an opening mark starts a word, as one after white space
    does, so the abbreviation test is `_cut`'s; after a chunk that does not open a word (`opened` false) the
    pattern's look-behinds see the text before the chunk, so only the pattern can say.
    """
    if not opened:
        return False
    size = len(chunk)
    i = 0
    while i < size and not is_word_char(chunk[i]):
        i += 1
    j = i
    while j < size and chunk[j].isalnum():
        j += 1
    k = j
    while k < size and not is_word_char(chunk[k]):
        k += 1
    if k < size:
        return False  # a mark inside a word ('U.S.', '200,000', 'Al-Enezi,') or an underscore
    end = j
    if i < j < size and chunk[j] == ".":
        word = chunk[i:j]
        if j - i <= lex.abbreviation_reach:
            if not word.isascii():
                return False  # the pattern's case-blind match of a stem is lower() only for ASCII
            if word.lower() in lex.stems:
                end = j + 1
    elif i < j < size and chunk[j] == "'" and chunk[j - 1] == "s":
        end = j + 1
    for q in range(i):
        out.append((first + q, first + q + 1, chunk[q], chunk[q].lower()))
    if i < j:
        word = chunk[i:end]
        out.append((first + i, first + end, word, word.lower()))
    for q in range(end if i < j else i, size):
        out.append((first + q, first + q + 1, chunk[q], chunk[q].lower()))
    return True


def _cut(lex: Lexicon, chunk: str, opened: bool) -> int:
    """Where a chunk that is not one plain word splits into two tokens, len(chunk) if it is one token,
    0 when only the pattern can say: the common shapes of `lex.token_re`'s tokens, told by string tests.

    'said,' and '"We' split after and before the word; 'said.' splits unless its word is an abbreviation
    stem ('Gen.'), which only holds when the word starts a word (`opened`) and its letters are ASCII, the
    pattern's case-blind match being lower() there; 'Biden's' and 'long-range' are one token.
    """
    word, last = chunk[:-1], chunk[-1]
    if word.isalnum():
        if last in _CLOSERS:
            return len(word)
        if last == ".":
            if len(word) > lex.abbreviation_reach:
                return len(word)
            if opened and word.isascii():
                return len(chunk) if word.lower() in lex.stems else len(word)
        return 0
    lead = chunk[0]
    if not lead.isalnum() and lead != "_" and chunk[1:].isalnum():
        return 1
    left, joint, right = chunk.partition("-" if "-" in chunk else "'")
    return len(chunk) if joint and left.isalnum() and right.isalnum() else 0


# Mention and Known are plain classes rather than dataclasses: compiled, a dataclass's generated __init__ runs as
# bytecode, and a document makes one of each per speaker phrase. Nothing compares them by value.
class Mention:
    """One speaker phrase as written, before it is joined to a document speaker."""

    def __init__(self, name: str, kind: str, span: Span, start: int, end: int, role: str | None = None,
                 affiliation: str | None = None, source: str = "other") -> None:
        self.name = name
        self.kind = kind  # person, group, institution, pronoun, other
        self.span = span
        self.start = start  # where the whole phrase, apposition included, begins
        self.end = end
        self.role = role
        self.affiliation = affiliation
        self.source = source


class Known:
    """A speaker of the document, as first named, with the other names it went by."""

    def __init__(self, name: str, kind: str, role: str | None, affiliation: str | None, source: str,
                 surfaces: list[str]) -> None:
        self.name = name
        self.kind = kind
        self.role = role
        self.affiliation = affiliation
        self.source = source
        self.surfaces = surfaces

    def aliases(self) -> list[str]:
        """Other names this speaker went by, short forms of its name ('Lavrov') left out."""
        others = [s for s in self.surfaces if s != self.name]
        if not others:
            return others
        words = set(self.name.lower().split())
        return [s for s in others if not set(s.lower().split()) <= words]


class Phrases:
    """Reads speaker phrases off a document's tokens, given the places already found."""

    def __init__(self, doc: Doc, lex: Lexicon, outlet_names: frozenset[str]) -> None:
        self.doc = doc
        self.lex = lex
        self.outlets = outlet_names
        self.places = sorted((p.span[0], p.span[1], p.country or "", p.kind) for p in doc.places)
        self._starts = [p[0] for p in self.places]

    def text(self, toks: list[Token], i: int, j: int) -> str:
        return self.doc.norm[toks[i][0] : toks[j - 1][1]] if i < j else ""

    def countries_in(self, start: int, end: int) -> list[str]:
        """Countries of place mentions (country names, demonyms) lying inside [start, end)."""
        found = []
        k = bisect_left(self._starts, start)
        while k < len(self.places) and self.places[k][0] < end:
            _, e, country, kind = self.places[k]
            if e <= end and country and kind in ("country", "demonym"):
                found.append(country)
            k += 1
        return found

    def is_place(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, start)
        return k < len(self.places) and self.places[k][0] == start and self.places[k][1] >= end

    def place_country(self, start: int, end: int) -> str | None:
        """The country of the place mention that spans exactly [start, end)."""
        k = bisect_left(self._starts, start)
        if k < len(self.places) and self.places[k][0] == start and self.places[k][1] >= end:
            return self.places[k][2] or None
        return None

    # --- reading a noun phrase -------------------------------------------------------------

    def back(self, toks: list[Token], j: int, lo: int) -> int:
        """Start index of the speaker noun phrase that ends just before token `j`."""
        lex = self.lex
        k = j
        while k > lo:
            if k < j and toks[k][0] - toks[k - 1][1] > 1 and self._heading_between(toks[k - 1], toks[k]):
                break
            _, _, word, low = toks[k - 1]
            if low in lex.determiners:
                joined = k - 2 >= lo and toks[k - 2][3] in self.lex.connectors and k < j
                k -= 1
                if not joined:
                    break
                continue
            if low in self.lex.connectors and k < j and k - 2 >= lo and self._joins(toks[k - 2][2]):
                k -= 1
                continue
            if (low in ("to", "with") and k < j and k - 3 >= lo and toks[k - 2][3] in _LINKING
                    and self.lex.head(toks[k - 3][2])):
                k -= 2
                continue
            if (low in _PARTICLES and k < j and k - 2 >= lo
                    and (toks[k][2][:1].isupper() or toks[k][3] in _PARTICLES)
                    and (toks[k - 2][2][:1].isupper() or toks[k - 2][3] in _PARTICLES)):
                k -= 1
                continue
            if k == j and plural_noun(word) and k - 2 >= lo and self._premodifies(toks[k - 2][2]):
                k -= 1
                continue
            if k < j and low.endswith("'s") and low[:-2].isalpha() and low[:-2].islower():
                k -= 1  # "the central bank's chief economist"
                continue
            if k < j and word in _AND and _name_and(toks, k - 1, lo, j):
                k -= 1
                continue
            first_person = (low.partition("'")[0] if "'" in low else low) in _FIRST_PERSON
            if first_person or not (lex.is_phrase_word(word) or self._noun_modifier(toks, k - 1, j, lo)):
                linked = self._linked(toks, k, lo)
                if linked is None:
                    break
                k = linked
                continue
            k -= 1
        while k < j and (toks[k][3] in lex.stops or toks[k][3] in lex.connectors):
            k += 1
        return k

    def forward(self, toks: list[Token], i: int, hi: int, owned: bool = False) -> int:
        """End index (exclusive) of the speaker noun phrase that starts at token `i`; `owned`: a plain noun
        owned by the name may close it ('according to the navy's website')."""
        lex = self.lex
        k = i
        if k < hi and toks[k][3] in lex.stops:
            return i  # "posted Saturday on the website": a day or a linking word names nobody
        if k < hi and toks[k][3] in lex.determiners:
            k += 1
        while k < hi:
            if k > i and toks[k][0] - toks[k - 1][1] > 1 and self._heading_between(toks[k - 1], toks[k]):
                break
            _, _, word, low = toks[k]
            if low in self.lex.connectors and k + 1 < hi and k > i and self._joins(toks[k - 1][2]):
                nxt = toks[k + 1][2]
                # "the ministry of defence": a lower-case institution word goes on the name as a capital would
                if nxt.lower() in lex.determiners or nxt[:1].isupper() or lex.is_phrase_word(nxt):
                    k += 2 if nxt.lower() in lex.determiners else 1
                    continue
            if _name_and(toks, k, i, hi):
                k += 1
                continue
            if word.isalpha() and word.islower() and k + 1 < hi and lex.head(toks[k + 1][2]):
                k += 1  # "the ministry's annual report"
                continue
            if word == "(" and k > i and (after := _aside_end(toks, k, hi)):
                k = after  # "Commodore (retired) Graham Hollis"
                continue
            if not lex.is_phrase_word(word):
                if owned and k > i and self._owned_closes(toks, k, hi):
                    k += 1
                break
            k += 1
        while k > i and (toks[k - 1][3] in lex.determiners or toks[k - 1][3] in lex.connectors):
            k -= 1
        return k

    def _owned_closes(self, toks: list[Token], k: int, hi: int) -> bool:
        """Whether token `k` is a plain noun that ends the phrase and heads it: owned by the name before it
        ('the navy's website') or described by words that name no speaker ('Russian figures')."""
        word, before = toks[k][2], toks[k - 1][2]
        closes = k + 1 >= hi or not toks[k + 1][2][:1].isalnum()
        return closes and word.isalpha() and word.islower() and (_possessive(before) or self.lex.head(before) is None)

    def _heading_between(self, left: Token, right: Token) -> bool:
        """Whether a short line (a heading, a handle) ends between two tokens: a speaker phrase does not
        run across it, though it runs across the wrap of a long line."""
        if right[0] - left[1] < 2:
            return False
        norm = self.doc.norm
        brk = norm.find("\n", left[1], right[0])
        return brk >= 0 and brk - (norm.rfind("\n", 0, left[1]) + 1) < _SHORT_LINE

    def _premodifies(self, word: str) -> bool:
        low = word.lower()
        return low in self.lex.determiners or low in self.lex.modifiers or word[:1].isupper()

    def _linked(self, toks: list[Token], k: int, lo: int) -> int | None:
        """Start of 'a person familiar with the talks' or 'sources on both sides of the conflict'."""
        for q in range(k - 1, max(lo, k - 8), -1):
            word = toks[q][2]
            low = word.lower()
            if not (word.isalpha() or _POSSESSIVE.search(word)):
                return None
            if low in ("to", "with") and toks[q - 1][3] in _LINKING and q - 2 >= lo:
                return q - 1 if self.lex.head(toks[q - 2][2]) else None
            if low in _LINKED_PLACES and self.group_head(toks[q - 1][2]):
                return q
            before = toks[q - 1][3]
            participle = before.endswith(("ed", "ing")) and before not in _SPEAKING_ASIDES and q - 2 >= lo \
                and self.group_head(toks[q - 2][2])
            if low in _LINKED_PLACES and participle:
                return q - 1  # "people briefed on the plan", "an engineer working at the site"
        return None

    def group_head(self, word: str) -> bool:
        return (self.lex.head(word) or ("",))[0] in ("person", "group")

    def _noun_modifier(self, toks: list[Token], k: int, j: int, lo: int) -> bool:
        """A plain word before a lowercase head: 'the transport ministry', "Syria's armed forces ministry"."""
        word = toks[k][2]
        if k + 1 >= j or not word.isalpha() or not word.islower() or word in self.lex.stops:
            return False
        following = toks[k + 1][2]
        possessive = following.endswith("'s") and following[:-2].islower()
        if following[:1].isupper() or not (self.lex.is_phrase_word(following) or possessive):
            return False
        institution_follows = any((self.lex.head(t[2]) or ("",))[0] == "institution" for t in toks[k + 1 : j])
        for left in range(k - 1, max(lo - 1, k - 3), -1):
            word = toks[left][2]
            if word.lower() in self.lex.determiners or (_POSSESSIVE.search(word) and (
                    word[:1].isupper() or (self.lex.head(word) or ("",))[0] == "institution")):
                return True  # "the army's infrastructure agency": a body's own, as "Syria's" is
            if institution_follows and word[:1].isupper():
                return True
            if not (word.isalpha() and word.islower()):
                return False
        return False

    def _joins(self, word: str) -> bool:
        return self.lex.head(word) is not None or word[:1].isupper()

    def read(self, toks: list[Token], i: int, j: int) -> Mention | None:
        """The speaker named by tokens [i, j), or None when they name nobody."""
        lex = self.lex
        while i < j and toks[i][3] in lex.determiners:
            i += 1
        shown = i  # "Dr. Hannah Weiss" is shown whole; the honorific is not part of the name
        while i < j and toks[i][3] in lex.honorifics:
            i += 1
        if i >= j and j - shown == 1 and toks[shown][2].istitle() and toks[shown][2].isalpha():
            i = shown  # "Lord said": a surname that is also a title
        if i >= j:
            return None
        if j - i == 1 and toks[i][3] in lex.pronouns:
            return self._pronoun(toks[i])
        led = self._led_body(toks, i, j)
        if led is not None:
            return led
        joint = self._name_then_body(toks, i, j)
        named_first = self._with_body(toks, shown, i, joint, j) if joint else None
        if named_first is not None:
            return named_first
        heads = [lex.head(t[2]) for t in toks[i:j]]
        last_head = self._last_head(toks, heads, i, j)
        name_from = last_head + 1 if last_head >= 0 else i
        while name_from < j - 1 and (toks[name_from][3] in lex.honorifics or _possessive(toks[name_from][2])):
            name_from += 1
        if name_from < j and toks[name_from][2] == "(":
            name_from = _aside_end(toks, name_from, j) or name_from
        titled = self._past_title_object(toks, name_from, j)
        title_end, name_from = (titled, titled) if titled != name_from else (0, name_from)
        span = (toks[shown][0], toks[j - 1][1])
        plain = name_from < j and not (toks[name_from][2][:1].isupper() or _PARTICLE_NAME.match(toks[name_from][2]))
        last = heads[last_head - i] if last_head >= 0 else None
        institutional = last is not None and last[0] == "institution" and not any(
            h is not None and h[0] == "person" for h in heads
        )
        named = last_head >= 0 and any(t[2][:1].isupper() for t in toks[name_from:j])
        if named and name_from < j and not plain and not institutional:
            return self._named(toks, i, name_from, last_head, j, span, title_end)
        if named and name_from < j and not plain and last is not None and toks[last_head][2].islower() and (
                last[1] == "outlet" or (last_head > i and toks[last_head - 1][3] == "news")):
            # "the state news agency KPL", "the local newspaper Diario X": the outlet's name, described before it
            return Mention(name=self.text(toks, name_from, j), kind="institution", span=span, start=span[0],
                           end=span[1], role=self.text(toks, i, name_from), source="outlet")
        if last_head < 0:
            if plural_noun(toks[j - 1][2]):
                name = self.text(toks, i, j)
                return Mention(name=name, kind="group", span=span, start=span[0], end=span[1], role=name,
                               affiliation=self._affiliation(toks, i, j, i))
            return self._bare_name(toks, i, j, shown)
        head_at = next((i + n for n, h in enumerate(heads) if h), i)
        while head_at + 1 < j and heads[head_at + 1 - i] is not None and toks[head_at + 1][3] not in lex.connectors:
            head_at += 1  # "the official spokesman of X": a run of role words ends in the head the 'of' joins
        joined = head_at + 1 < j and toks[head_at + 1][3] in lex.connectors
        phrase_head = head_at if joined else last_head
        kind, source = lex.head(toks[phrase_head][2]) or ("person", "other")
        mention = Mention(
            name=self.text(toks, i, j), kind="institution" if kind == "title" else kind, span=span,
            start=span[0], end=span[1], source=source,
        )
        if kind in ("person", "group"):
            mention.role = self.text(toks, i, j)
        mention.affiliation = self._affiliation(toks, i, j, head_at)
        return mention

    def _led_body(self, toks: list[Token], i: int, j: int) -> Mention | None:
        """'the government of Captain X Y', 'the administration of President X': a body named by who leads it
        speaks as that body, not as its leader."""
        head = self.lex.head(toks[i][2])
        if head is None or head[0] != "institution" or not toks[i][2].islower() or j - i < 4 or toks[i + 1][3] != "of":
            return None
        k = i + 2
        while k < j and toks[k][2][:1].isupper() and (
            (self.lex.head(toks[k][2]) or ("",))[0] in ("person", "title") or toks[k][3] in self.lex.modifiers
        ):
            k += 1
        if k == i + 2 or k >= j or not all(t[2][:1].isupper() and self.lex.head(t[2]) is None for t in toks[k:j]):
            return None
        span = (toks[i][0], toks[j - 1][1])
        return Mention(name=self.text(toks, i, j), kind="institution", span=span, start=span[0], end=span[1],
                       source=head[1])

    def _name_then_body(self, toks: list[Token], i: int, j: int) -> int:
        """The connector in 'the political scientist X Y of the Institute of Z' that ends a role and a name
        and opens whom they belong to; 0 if none."""
        lex = self.lex
        for k in range(i + 2, j - 1):
            if toks[k][3] not in lex.connectors or toks[k][3] in lex.place_connectors:
                continue
            run = k
            while run > i and toks[run - 1][2][:1].isupper() and lex.head(toks[run - 1][2]) is None:
                run -= 1
            role = lex.head(toks[run - 1][2]) if run > i else None
            if run < k and role is not None and role[0] == "person":
                return k  # a role, then a name: "analyst Maria Lopez of the Lowy Institute"
            return 0
        return 0

    def _with_body(self, toks: list[Token], shown: int, i: int, joint: int, j: int) -> Mention | None:
        """A role and name before `joint`, whom the body after it counts as their affiliation; None unless a
        named person stands there."""
        mention = self.read(toks, i, joint)
        if mention is None or mention.kind != "person" or mention.name == mention.role:
            return None
        org_from = joint + 1
        while org_from < j and toks[org_from][3] in self.lex.determiners:
            org_from += 1
        org = self.text(toks, org_from, j)
        mention.affiliation = self.place_country(toks[org_from][0], toks[j - 1][1]) or org
        mention.span = (toks[shown][0], toks[j - 1][1])
        mention.start, mention.end = mention.span
        return mention

    def _past_title_object(self, toks: list[Token], k: int, j: int) -> int:
        """Past the rest of a title ('of State', 'of Defense') to the name after it ('Secretary of State
        Antony Blinken'); `k` unless a name follows."""
        if k >= j - 2 or toks[k][3] != "of" or not all(t[2][:1].isupper() for t in toks[k + 1 : j]):
            return k
        q = k + 1
        while q < j - 1 and (toks[q][3] in self.lex.modifiers or self.lex.head(toks[q][2])):
            q += 1
        return q if q > k + 1 and j - q >= 1 else k

    def _first_head(self, toks: list[Token], i: int, j: int) -> int:
        return min((k for k in range(i, j) if self.lex.head(toks[k][2])), default=i)

    def _named(self, toks: list[Token], i: int, name_from: int, last_head: int, j: int, span: Span,
               title_end: int = 0) -> Mention:
        role_end = max(last_head + 1, title_end)
        role_start = i
        while role_start < role_end and _POSSESSIVE.search(toks[role_start][2]) and role_start < last_head:
            role_start += 1
        _, source = self.lex.head(toks[last_head][2]) or ("person", "other")
        kind = "person"
        role = self.text(toks, i, role_end) if i < role_end else None
        name_span = (toks[name_from][0], toks[j - 1][1])
        return Mention(
            name=self.doc.norm[name_span[0] : name_span[1]], kind=kind, span=span, start=span[0], end=span[1],
            role=role, source=source,
            affiliation=self._affiliation(toks, i, last_head + 1, self._first_head(toks, i, last_head + 1)),
        )

    @staticmethod
    def _last_head(toks: list[Token], heads: list[tuple[str, str] | None], i: int, j: int) -> int:
        """The last token of [i, j) that heads the phrase ('King's' in "King's College London" does
        not), given the head() answers of the tokens; -1 if none."""
        for k in range(j - 1, i - 1, -1):
            if heads[k - i] is None:
                continue
            if not (_possessive(toks[k][2]) and k + 1 < j and toks[k + 1][2][:1].isupper()):
                return k
        return -1

    def _bare_name(self, toks: list[Token], i: int, j: int, shown: int) -> Mention | None:
        while i < j and _POSSESSIVE.search(toks[i][2]) and i < j - 1:
            i += 1
            shown = max(shown, i)
        caps = [t for t in toks[i:j] if t[2][:1].isupper()]
        if not caps:
            return None
        affiliation = None
        joint = next((k for k in range(i + 1, j - 1) if toks[k][3] in self.lex.connectors), None)
        if joint is not None and joint - i >= 2:
            # "Matthieu Prin of BOP Consulting": a name, then whom the person speaks for.
            org_from = joint + 1
            while org_from < j and toks[org_from][3] in self.lex.determiners:
                org_from += 1
            affiliation = self.text(toks, org_from, j) or None
            if toks[joint][3] in self.lex.place_connectors and affiliation is not None:
                affiliation = self.place_country(toks[org_from][0], toks[j - 1][1])
            j = joint
        name = self.text(toks, i, j)
        span = (toks[shown][0], toks[j - 1][1])
        if name in self.outlets:
            return Mention(name=name, kind="institution", span=span, start=span[0], end=span[1], source="outlet")
        if self.is_place(*span):
            return Mention(name=name, kind="institution", span=span, start=span[0], end=span[1], source="official")
        return Mention(name=name, kind="person", span=span, start=span[0], end=span[1], affiliation=affiliation)

    def _pronoun(self, tok: Token) -> Mention:
        kind = self.lex.pronouns[tok[3]]
        return Mention(name=tok[2], kind="pronoun", span=(tok[0], tok[1]), start=tok[0], end=tok[1], source=kind)

    def _affiliation(self, toks: list[Token], i: int, j: int, head: int) -> str | None:
        """What the phrase's speaker belongs to: an organisation after 'for/of/at', else a country."""
        person = head < j and (self.lex.head(toks[head][2]) or ("",))[0] in ("person", "group")
        for k in range(max(i, head), j - 1 if person else i):
            if toks[k][3] in self.lex.connectors and toks[k][3] not in self.lex.place_connectors:
                org_from = k + 1
                while org_from < j and toks[org_from][3] in self.lex.determiners:
                    org_from += 1
                org = self.text(toks, org_from, j)
                if org[:1].isupper():
                    return self.place_country(toks[org_from][0], toks[j - 1][1]) or org
        if i >= j:
            return None
        countries = self.countries_in(toks[i][0], toks[j - 1][1])
        if countries:
            return countries[0]
        for k in range(i, j):
            if toks[k][2] in self.outlets:
                return toks[k][2]
        return None

    def apposition(self, toks: list[Token], i: int, j: int) -> tuple[str | None, str | None, bool]:
        """(role, affiliation, is_apposition) for tokens [i, j) set off by commas after a name."""
        if i >= j or j - i > _MAX_APPOSITION:
            return None, None, False
        while i < j - 1 and toks[i][3] in _APPOSITION_ADVERBS:
            i += 1
        first = toks[i][3]
        if first in ("who", "which", "whose") or first in _ASIDE_OPENERS:
            return None, None, True  # "The navy, in a statement, said": where or how, not what the speaker is
        starts_role = first in ("a", "an", "the") or self._role_opens(toks, i, j)
        has_head = any(self.lex.head(t[2]) for t in toks[i:j])
        if not (starts_role and has_head):
            return None, None, False
        role_from = i + 1 if first in ("a", "an", "the") else i
        role = self.text(toks, role_from, j)
        affiliation = self._affiliation(toks, role_from, j, self._first_head(toks, role_from, j))
        return role, affiliation, True

    def _role_opens(self, toks: list[Token], i: int, j: int) -> bool:
        """A role head within the first words, after plain lower-case ones: 'vice president of X',
        'second secretary at the embassy'."""
        for q in range(i, min(i + 3, j)):
            word = toks[q][2]
            if self.lex.head(word) is not None:
                return True
            owner = word.endswith("'s") and word[:1].isupper()  # "Sergei's niece"
            if not (owner or (word.replace("-", "").isalpha() and word.islower())):
                return False
        return False

    def read_role(self, toks: list[Token], i: int, j: int) -> Mention | None:
        """A role-only phrase ('the military expert') or None."""
        mention = self.read(toks, i, j)
        if mention is None or mention.kind not in ("person",) or mention.role is None or mention.name != mention.role:
            return None
        while i < j and toks[i][3] in self.lex.determiners:
            i += 1
        mention.role = self.text(toks, i, j)
        return mention


# Characters within which "it" or "they" may refer back to an institution or group that spoke.
_PRONOUN_REACH: Final = 400
# How far back a surname or title looks for the full name written before it.
_LOOK_BACK: Final = 4000
_NAME_WORD: Final = r"(?:[A-Z][\w'-]+|(?:bin|ibn|al|de|van|von|der|da|di|du)(?= [A-Z]))"


class Names:
    """Full names written earlier in a document, for speakers met by surname or title alone."""

    def __init__(self, norm: str, lex: Lexicon, lowered: str | None = None) -> None:
        self.norm = norm
        self.lex = lex
        # `norm.lower()` (`Doc.lower`, kept by the document) where a slice of it is the same slice of `norm` lowered:
        # each character lowered on its own to one character, no capital sigma (whose lower case depends on the
        # letters around it).
        usable = lowered is not None and len(lowered) == len(norm) and CAPITAL_SIGMA not in norm
        self.lowered = lowered if usable else None
        self._marks: list[int] | None = None  # where a gap between sentences can open, found on first need

    def sentence_openings(self, lo: int, hi: int) -> list[int]:
        """Where the sentences opening in norm[lo:hi] start: after a full stop, a question or exclamation mark (and a
        closing quote) and white space, or after a line break; `lo` itself where it opens the text. The gaps are
        read from the text's marks, found once, from `lo` on as a search of the window would."""
        if self._marks is None:
            self._marks = positions_of(self.norm, _SENTENCE_MARKS)
        found = [lo] if lo == 0 else []
        pos = lo
        marks = self._marks
        for k in range(bisect_left(marks, lo), len(marks)):
            at = marks[k]
            if at >= hi:
                break
            if at >= pos:
                end = _gap_end(self.norm, at, hi)
                if end >= 0:
                    found.append(end)
                    pos = end
        return found

    def expand(self, mention: Mention) -> str | None:
        """'Antony Blinken' for a later 'Blinken'; 'Salman bin Hamad' for a later 'the crown prince'; 'Ministry
        of Defence' for a later 'MoD'."""
        if mention.name.lower() in _ORDER_WORDS:
            return self._one_of_pair(mention)
        if mention.role is None and _short_form(mention.name):
            full = _spelt_out(self._before(mention), mention.name)
            heads = [self.lex.head(w) for w in (full or "").split()]
            body = any(h is not None and h[0] == "institution" for h in heads)
            if full is not None and (len(heads) > 2 or body):
                mention.kind = "institution" if body else mention.kind
                return full
        if mention.kind == "person" and mention.role is None and " " not in mention.name:
            for words in _words_before(self._before(mention), mention.name, _NAMES_BEFORE):
                while words and (self.lex.head(words[0]) or words[0].lower() in self.lex.stops
                                 or words[0].lower() in self.lex.modifiers):
                    words = words[1:]
                if words:
                    return " ".join([*words, mention.name])
            return None
        if mention.kind == "institution" and mention.name.islower() and " " not in mention.name:
            # "the squadron" after "the US Air Force's 25th Fighter Squadron"
            head = mention.name.capitalize()
            named = next(_words_before(self._before(mention), head, _UNITS_BEFORE), None)
            if named:
                return " ".join([*named, head])
            kin = self._kin_named(mention)
            if kin is not None:
                return kin
        title = mention.role if mention.kind == "person" else mention.name
        unnamed = (mention.kind == "person" and mention.role == mention.name) or mention.kind == "institution"
        if unnamed and title and len(title) > 3 and (mention.kind == "person" or title.islower()):
            before = self._before(mention)
            return _name_after_title(before, self._before_lowered(mention, before), title)
        return None

    def _kin_named(self, mention: Mention) -> str | None:
        """'NATO' for a later 'the alliance': the name of its group written last before it."""
        group = self.lex.kin.get(mention.name)
        if group is None or not self.norm[max(0, mention.span[0] - 4) : mention.span[0]].lower().endswith("the "):
            return None
        before = self._before(mention)
        # a name's pattern only for a name written in the text: most of a group's names are not
        found = [(m.start(), name) for name in self.lex.kin_names[group] if not name.islower() and name in before
                 for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", before)]
        return max(found)[1] if found else None

    def _one_of_pair(self, mention: Mention) -> str | None:
        """'the latter' / 'the former' after 'General X Y and Admiral Z W': the second or the first name, its
        title left out."""
        pair = next(reversed(list(_NAME_PAIR.finditer(self._before(mention)[-_PAIR_REACH:]))), None)
        if pair is None:
            return None
        words = pair.group("first" if mention.name.lower() == "former" else "second").split()
        while len(words) > 2 and (self.lex.head(words[0]) or words[0].lower() in self.lex.modifiers):
            words = words[1:]
        mention.kind = "person"
        return " ".join(words)

    def _before(self, mention: Mention) -> str:
        """The text a look-back reads: only some mentions need it, and it is long."""
        return self.norm[max(0, mention.span[0] - _LOOK_BACK) : mention.span[0]]

    def _before_lowered(self, mention: Mention, before: str) -> str:
        """`before.lower()` for the look-back `before` of `mention`: a slice of the document's lower case where it
        holds one, rather than thousands of characters lowered again."""
        if self.lowered is None:
            return str_lower(before)
        return self.lowered[max(0, mention.span[0] - _LOOK_BACK) : mention.span[0]]


# The static halves of the look-backs: the name words standing before a surname or a unit's head,
# and the name after a title. They are matched at each occurrence of the word itself, so no pattern
# is compiled per name.
# A person named in full and described after a comma, whom a later 'he' or 'she' may stand for.
_INTRODUCED: Final = re.compile(
    rf"(?<![\w'-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}), (?P<what>who|an?|the)\b(?P<rest>(?: [\w'-]+){{0,5}})"
)
_INTRODUCED_REACH: Final = 400
# What ends a sentence before the next opens: a full stop, a question or exclamation mark (and a closing quote), then
# white space; or a line break.
# A gap between sentences: a stop, maybe a closing quote, and white space; or a line break (`_gap_end` reads it).
_SENTENCE_MARKS: Final = ".!?\n"
_CLOSING_QUOTES: Final = frozenset({'"', "\u201d", "'"})
# Characters and words a sentence's opening subject, its titles and apposition take at most.
_SUBJECT_REACH: Final = 160
_SUBJECT_WORDS: Final = 16
# What every _INTRODUCED match holds: searched first, since the name words may open at any position of the window.
_INTRODUCED_CUE: Final = re.compile(r", (?:who|an?|the)\b")
_NAMES_BEFORE: Final = re.compile(rf"(?<![\w'-])((?:{_NAME_WORD} ){{1,3}})$")
_UNITS_BEFORE: Final = re.compile(rf"(?<![\w'-])((?:(?:\d+(?:st|nd|rd|th)|{_NAME_WORD}) ){{1,4}})$")
_NAME_AFTER_TITLE: Final = re.compile(rf',? "?({_NAME_WORD}(?: {_NAME_WORD}){{0,4}})')
_WORD_CHAR: Final = re.compile(r"\w")


def _is_person_head(head: tuple[str, str] | None) -> bool:
    return head is not None and head[0] in ("person", "title")


def _short_form(name: str) -> bool:
    """'MoD', 'ISPR', 'DoD': a short word of two capitals or more that an organisation may go by."""
    return 1 < len(name) < 7 and name.isalpha() and sum(c.isupper() for c in name) >= 2 and name[0].isupper()


def _spelt_out(text: str, short: str) -> str | None:
    """The last run of capitalised words in `text` whose initials spell `short`'s capitals ('Ministry of
    Defence' for 'MoD', 'Inter-Services Public Relations' for 'ISPR')."""
    letters = "".join(c for c in short if c.isupper())
    runs: list[str] = _CAPITALISED_RUN.findall(text)  # typed: mypyc cannot compile reversed() of a list of Any
    for run in reversed(runs):
        words = run.split()
        owned = "'" in run
        for k in range(len(words)):
            # A name's plain initials open with its first word's capital; only an owner ("Korea's Joint Chiefs")
            # can start them later, so most words are passed over without spelling the initials out.
            if words[k][:1] != letters[:1] and not owned:
                continue
            if words[k][:1].isupper() and letters in _initials(" ".join(words[k:])):
                return " ".join(words[k:])
    return None


# An owner and national words before what a body is ("Israel's military", 'the Israeli military').
_OWNER_BEFORE: Final = re.compile(r"^(?:\S+'s\s+|\S+\u2019s\s+)")
# 'the former' and 'the latter', and how far back (characters) the pair they pick from may stand.
_ORDER_WORDS: Final = frozenset({"former", "latter"})
_PAIR_REACH: Final = 600
_NAME_PAIR: Final = re.compile(
    r"(?P<first>(?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+)(?:,\s+[^,.]{3,60},)?\s+and\s+"
    r"(?P<second>(?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+)"
)
_CAPITALISED_RUN: Final = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w'-]*)+")


def _last_introduced(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of `_INTRODUCED.finditer(norm, lo, hi)`, tried only just before each ', who' (or ', a', ', the')
    rather than at every position of the window.

    Every match ends its name at such a cue, and a name is at most four words with single spaces between them and
    no comma inside: a match with the first cue at or after `pos` opens after the fourth space before it, and one
    with a later cue opens past that cue. So no match opens before that space, and the scan can skip there.
    """
    found = None
    pos = lo
    while (cue := _INTRODUCED_CUE.search(norm, pos, hi)) is not None:
        comma = cue.start()
        start = comma
        for _ in range(4):
            start = norm.rfind(" ", pos, start)
            if start < 0:
                break
        start = start + 1 if start >= 0 else pos
        at = None
        for s in range(start, comma):
            # the character before first: inside a word it rules the position out at once
            if (s == 0 or not _name_char(norm[s - 1])) and norm[s].isalpha():
                at = _INTRODUCED.match(norm, s, hi)
                if at is not None:
                    break
        if at is None:
            pos = comma + 1
        else:
            found, pos = at, at.end()
    return found


def _gap_end(norm: str, at: int, hi: int) -> int:
    """Where the gap between sentences opening at the mark `at` ends, read no further than `hi`: after a line break
    and any white space, or after a stop, maybe a closing quote, and white space (none: -1)."""
    end = at + 1
    if norm[at] != "\n":
        if end + 1 < hi and norm[end] in _CLOSING_QUOTES and norm[end + 1].isspace():
            end += 1
        if end >= hi or not norm[end].isspace():
            return -1
    while end < hi and norm[end].isspace():
        end += 1
    return end


def _titled_subject(norm: str, lex: Lexicon, start: int, hi: int) -> Mention | None:
    """The person named with a title or role opening the sentence at `start`, right before its verb ('Defence
    Minister X Y visited', 'The overseas minister, X Y, toured', 'X Y, state secretary at the ministry, flew'); None
    for a name with no person's title or role beside it, which may as well be a place's or a firm's."""
    words = norm[start : min(hi, start + _SUBJECT_REACH)].split()[:_SUBJECT_WORDS]
    verb = next((k for k, w in enumerate(words) if w.endswith(",") or not _capitalised_or_joining(w, lex)), -1)
    if verb >= 2 and not words[verb].endswith(","):
        lead = words[:verb]
        person = _name_after_titles(lead, lex)
        titles = lead[: len(lead) - len(person.split())] if person is not None else []
        return _person_at(norm, person, start) if person and any(_is_person_head(lex.head(w)) for w in titles) \
            else None
    return _apposed_subject(norm, lex, start, words)


def _apposed_subject(norm: str, lex: Lexicon, start: int, words: list[str]) -> Mention | None:
    """'The overseas minister, X Y, visited' or 'X Y, a state secretary, visited': a name and a role set off by
    commas, one of them opening the sentence, then its verb."""
    comma = next((k for k, w in enumerate(words) if w.endswith(",")), -1)
    close = next((k for k in range(comma + 1, len(words)) if words[k].endswith(",")), -1) if comma >= 0 else -1
    if close < 0 or close + 1 >= len(words) or not words[close + 1][:1].islower():
        return None
    first = [w.rstrip(",") for w in words[: comma + 1]]
    second = [w.rstrip(",") for w in words[comma + 1 : close + 1]]
    for role, name in ((first, second), (second, first)):
        person = _name_after_titles(name, lex)
        titles = name[: len(name) - len(person.split())] if person is not None else []
        # the name's side holds the name and its titles only: 'commander of X Y' names a body, not the person
        if (person is not None and all(_title_word(w, lex) for w in titles)
                and any(_is_person_head(lex.head(w)) for w in role)):
            return _person_at(norm, person, start)
    return None


def _title_word(word: str, lex: Lexicon) -> bool:
    """Whether `word` may stand in a title before a name ('Rear Admiral', 'Deputy', 'The')."""
    low = word.lower()
    return _is_person_head(lex.head(word)) or low in lex.modifiers or low in lex.honorifics or low in lex.determiners


def _person_at(norm: str, name: str, start: int) -> Mention | None:
    """The mention of the person `name` written first from `start`; None where white space other than one space
    parts its words."""
    at = norm.find(name, start)
    return Mention(name=name, kind="person", span=(at, at + len(name)), start=start, end=at + len(name)) if at >= 0 \
        else None


def _capitalised_or_joining(word: str, lex: Lexicon) -> bool:
    """Whether `word` may stand in a title and name ('State Minister of Defence X Y'): capitalised, a name's
    particle ('al-Harbi'), or a word joining a title's parts ('of', 'the')."""
    return (word[:1].isupper() or _PARTICLE_NAME.match(word) is not None or word in lex.connectors
            or word in lex.determiners)


def _name_after_titles(words: list[str], lex: Lexicon) -> str | None:
    """The person's name closing `words`, its titles, ranks and their words left out: two to four name words none of
    which heads a role or an institution, nor is an acronym."""
    name: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if (lex.head(word) or low in lex.stops or low in lex.modifiers or low in lex.connectors
                or low in lex.determiners or not (word[:1].isupper() or _PARTICLE_NAME.match(word))):
            break
        if word.isupper() and len(word) > 1:
            return None
        name.insert(0, word)
    return " ".join(name) if 2 <= len(name) <= 4 else None


def _name_char(char: str) -> bool:
    """Whether `char` may not stand right before a name: `_INTRODUCED`'s look-behind, [\\w'-]."""
    return is_word_char(char) or char in "'-"


def _words_before(text: str, word: str, pattern: re.Pattern[str]) -> Iterator[list[str]]:
    """The name words `pattern` finds just before each whole-word `word` in `text`, last first."""
    at = text.rfind(word)
    while at > 0:
        after = at + len(word)
        if after == len(text) or not _WORD_CHAR.match(text, after):
            found = pattern.search(text, max(0, at - 160), at)
            if found is not None:
                yield found.group(1).split()
        at = text.rfind(word, 0, at)


def _name_after_title(text: str, low: str, title: str) -> str | None:
    """The name written right after the last 'the military expert' in `text` ('..., Yuri Natkashev'), given
    `text` lower-cased."""
    at = low.rfind(title.lower())
    while at >= 0:
        if at == 0 or not _WORD_CHAR.match(text, at - 1):
            found = _NAME_AFTER_TITLE.match(text, at + len(title))
            if found is not None:
                return found.group(1)
        at = low.rfind(title.lower(), 0, at)
    return None


class SpeakerBook:
    """The speakers of one document: joins surnames, misspellings and pronouns to the first full name."""

    def __init__(self, names: Names | None = None) -> None:
        self.known: list[Known] = []
        self.last: dict[str, Known] = {}
        self.last_at: dict[str, int] = {}
        self.names = names

    def join(self, mention: Mention) -> Known | None:
        """The document speaker `mention` refers to (new or earlier); None for an unresolvable pronoun."""
        if mention.kind == "pronoun":
            seen_at = self.last_at.get(mention.source, -_PRONOUN_REACH)
            if mention.source != "person" and mention.span[0] - seen_at > _PRONOUN_REACH:
                return None  # "it" and "they" only pick up a speaker of the last sentence or two
            introduced = self._introduced(mention, seen_at) if mention.source == "person" else None
            if introduced is None and mention.source == "person":
                introduced = self._subject_named(mention, seen_at)
            return self.join(introduced) if introduced is not None else self.last.get(mention.source)
        known = self._find(mention)
        surface = mention.name
        full = self.names.expand(mention) if known is None and self.names is not None else None
        if full is not None:
            mention.name = full
            known = self._find(mention)
            if known is not None:
                known.surfaces.append(surface)
        if known is None:
            known = Known(mention.name, mention.kind, mention.role, mention.affiliation, mention.source, [mention.name])
            if full is not None:
                known.surfaces.append(surface)  # "MoD" for the "Ministry of Defence" named before
            self.known.append(known)
        else:
            self._merge(known, mention)
        pronoun = _pronoun_class(known.kind)
        self.last[pronoun] = known
        self.last_at[pronoun] = mention.span[1]
        return known

    def _introduced(self, pronoun: Mention, seen_at: int) -> Mention | None:
        """The person 'he' or 'she' stands for when one was introduced since the last person who spoke ('Noa Roe,
        who studies imagery, counted 30 craters. "...," she said'): named in full, then described."""
        if self.names is None:
            return None
        window = max(0, seen_at, pronoun.span[0] - _INTRODUCED_REACH)
        found = _last_introduced(self.names.norm, window, pronoun.span[0])
        if found is None:
            return None
        lex = self.names.lex
        words = found.group("name").split()
        while words and (lex.head(words[0]) or words[0].lower() in lex.stops or words[0].lower() in lex.modifiers):
            words = words[1:]  # "Colonel Jean Dupont, who ...": the person, not the title
        if len(words) < 2 or any(lex.head(w) or (w.isupper() and len(w) > 1) for w in words):
            return None  # a title's words or an acronym's ('SME Mauritius Limited'): no person's name
        described, rest = found.group("what"), found.group("rest").split()
        if described == "who" and rest and rest[0].lower() in lex.pronouns:
            return None  # "Kurt Roe, who she has met": someone spoken of, not a subject
        if described != "who" and not any(_is_person_head(lex.head(w)) for w in rest):
            return None  # "Tel Aviv, a city ...": described as no person
        name = " ".join(words)
        end = found.end("name")
        return Mention(name=name, kind="person", span=(end - len(name), end), start=found.start(), end=found.end())

    def _subject_named(self, pronoun: Mention, seen_at: int) -> Mention | None:
        """The person 'he' or 'she' stands for when one opened a sentence since the last person who spoke, named
        with a title or a role ('Defence Minister X Y toured the base. "...," he said'; 'The commander of the fleet,
        Admiral X Y, inspected the works. He said ...'): the subject a story goes on with."""
        if self.names is None:
            return None
        norm, lex = self.names.norm, self.names.lex
        lo = max(0, seen_at, pronoun.span[0] - _INTRODUCED_REACH)
        for opening in reversed(self.names.sentence_openings(lo, pronoun.span[0])):
            named = _titled_subject(norm, lex, opening, pronoun.span[0])
            if named is not None:
                return named  # the last subject named before the pronoun
        return None

    def _find(self, mention: Mention) -> Known | None:
        acronym = _acronym_of(mention.name, self.known)
        if acronym is not None:
            return acronym
        words = mention.name.lower().split()
        if len(words) > 1 and words[0] == "same":
            # "the same sources" after "sources of the ministry": the speaker named so last
            same = next((k for k in reversed(self.known) if words[-1] in f"{k.name} {k.role or ''}".lower().split()),
                        None)
            if same is not None:
                return same
        if mention.name in DOCUMENTS and self._definite(mention):
            # "The statement said" after "according to the army": the body that issued it
            seen_at = self.last_at.get("institution", -_DOCUMENT_REACH)
            if mention.span[0] - seen_at <= _DOCUMENT_REACH:
                return self.last.get("institution")
        if mention.kind == "person" and mention.name.islower() and " " not in mention.name:
            # "the diplomat" after "a Western diplomat in Tripoli": the one described so before
            described = next((k for k in reversed(self.known) if (k.kind == "person"
                              and mention.name in f"{k.name} {k.role or ''}".lower().split())
                              or k.name.startswith(mention.name + " ")), None)
            if described is not None:
                return described
            member = self._member(mention)
            if member is not None:
                return member
        if mention.kind == "person":
            return self._find_person(mention.name) or self._unnamed_before(mention)
        name = _plain(mention.name)
        # 'ministry' / 'Russian Defense Ministry', 'Central Command' / 'US Central Command', and a name cut short.
        ending, opening = " " + name, name + " "
        for known in reversed(self.known):
            other = _plain(known.name)
            headed = other.endswith(ending) and other[: -len(ending)].rsplit(" ", 1)[-1] not in _OBJECT_BEFORE
            if name == other or headed or name.endswith(" " + other) or other.startswith(opening):
                return known
        if len(mention.name.split()) == 1:
            head = mention.name.lower()
            for known in reversed(self.known):
                if known.kind == mention.kind and known.name.lower().split()[-1:] == [head]:
                    return known
            kin = self._kin(mention)
            if kin is not None:
                return kin
        if mention.source == "expert" and mention.kind == "institution" and mention.name.islower():
            # "the think tank" after "the Asia Maritime Transparency Initiative": research bodies are few per story
            return next((k for k in reversed(self.known)
                         if k.kind == "institution" and k.source == "expert" and k.name[:1].isupper()), None)
        return None

    def _kin(self, mention: Mention) -> Known | None:
        """'the army' after 'the Israeli military said', 'the alliance' after 'NATO': a bare definite word standing
        for the last body of its group that spoke shortly before."""
        if self.names is None or not mention.name.islower() or not self._definite(mention):
            return None
        kin = self.names.lex.kin
        group = kin.get(mention.name)
        seen_at = self.last_at.get("institution", -_DOCUMENT_REACH)
        if group is None or mention.span[0] - seen_at > _DOCUMENT_REACH:
            return None
        for known in reversed(self.known):
            name = _OWNER_BEFORE.sub("", known.name.lower())
            if known.kind == "institution" and group in (kin.get(name), kin.get(name.split()[-1])):
                return known
        return None

    def _unnamed_before(self, mention: Mention) -> Known | None:
        """'a Navy spokesperson said ... said Commander X, the spokesperson': a name given with a bare role names
        the one of that role who spoke unnamed before."""
        role = mention.role
        if role is None or " " in role or not role.islower() or not mention.name[:1].isupper():
            return None
        return next((k for k in reversed(self.known)
                     if k.kind == "person" and k.role is not None and k.name == k.role
                     and k.role.lower().split()[-1] == role), None)

    def _member(self, mention: Mention) -> Known | None:
        """'one official' after 'US officials': one of the group spoken of before speaks for it."""
        if self.names is None:
            return None
        before = self.names.norm[max(0, mention.span[0] - 8) : mention.span[0]].lower()
        if not before.endswith(("one ", "another ")):
            return None
        plural = mention.name + "s"
        return next((k for k in reversed(self.known) if k.kind == "group" and k.name.lower().split()[-1] == plural),
                    None)

    def _definite(self, mention: Mention) -> bool:
        """Whether 'the', 'this', 'that', 'its' or 'their' stands right before the mention."""
        if self.names is None:
            return False
        before = self.names.norm[max(0, mention.span[0] - 7) : mention.span[0]].lower()
        return before.endswith(("the ", "this ", "that ", "its ", "their "))

    def described(self, known: Known) -> Known:
        """The named speaker a bare description stands for ('think tank' for 'the London think tank
        Chatham House'), before or after it in the story; `known` itself when none is."""
        name = known.name
        if known.kind == "person" or not name.islower():
            return known
        for other in self.known:
            if other is not known and other.kind != "person" and other.role and other.name[:1].isupper() \
                    and other.role.lower().endswith(" " + name):
                if known.name not in other.surfaces:
                    other.surfaces.append(known.name)
                return other
        return known

    def _find_person(self, name: str) -> Known | None:
        parts = name.split()
        surname = parts[-1].lower()
        people = [k for k in reversed(self.known) if k.kind == "person"]
        for known in people:
            kparts = known.name.split()
            if len(kparts) > 1 and kparts[-2].lower() in _OBJECT_BEFORE:
                continue  # "a source close to the GNA" has no surname: 'GNA' is whom it is close to
            # the same surname spelt alike, the commonest, is told without the cached call
            known_surname = kparts[-1].lower()
            if known_surname != surname and not _surname_matches(known_surname, surname):
                continue
            if len(parts) == 1 or len(kparts) == 1 or parts[0][:1] == kparts[0][:1]:
                return known
        if len(parts) == 1:
            # Family name first (Wang Yi, Hun Manet): a lone "Wang" is the same person.
            return next((k for k in people if len(k.name.split()) > 1 and k.name.split()[0].lower() == surname), None)
        return None

    def _merge(self, known: Known, mention: Mention) -> None:
        # "Commander X, the spokesperson" after "a Navy spokesperson": the name joins the one described so
        unnamed = known.kind == mention.kind == "person" and known.name == known.role and mention.role is not None \
            and mention.name != mention.role and mention.name[:1].isupper()
        if unnamed or len(mention.name.split()) > len(known.name.split()):
            if unnamed and known.name not in known.surfaces:
                known.surfaces.append(known.name)
            known.name = mention.name
        if mention.name not in known.surfaces:
            known.surfaces.append(mention.name)
        known.role = known.role or mention.role
        known.affiliation = known.affiliation or mention.affiliation
        if known.source == "other":
            known.source = mention.source


def _acronym_of(name: str, known: list[Known]) -> Known | None:
    """'AMTI' after 'Asia Maritime Transparency Initiative', or the full name after its acronym."""
    short = _acronym(name)
    for other in reversed(known):
        other_short = _acronym(other.name)
        if not (short or other_short):
            continue  # mostly neither name is an acronym: nothing to compare
        if other.kind == "person" and len(_WORD_PARTS.split(other.name)) < 4:
            continue  # a name of four words or more that no role word heads is an unknown body's
        if short and name in _initials(other.name):
            return other
        if other_short and other.name in _initials(name):
            return other
    return None


def _acronym(name: str) -> bool:
    return 1 < len(name) < 7 and name.isupper()  # the length first: most names are long, and it costs nothing


@lru_cache(maxsize=4096)
def _initials(name: str) -> tuple[str, ...]:
    """The acronyms a name may go by: 'ISPR' for 'Inter-Services Public Relations' (a hyphen parts
    words), and 'JCS' for "South Korea's Joint Chiefs of Staff" (the owner left out)."""
    words = _WORD_PARTS.split(name)
    forms = ["".join(w[0] for w in words if w[:1].isupper())]
    owner = next((k for k in range(len(words) - 1, -1, -1) if _possessive(words[k])), None)
    if owner is not None:
        forms.append("".join(w[0] for w in words[owner + 1 :] if w[:1].isupper()))
    return tuple(forms)


@lru_cache(maxsize=4096)
def _plain(name: str) -> str:
    """A name compared without case or the full stops of abbreviations ('U.S. officials' = 'US officials')."""
    return name.lower().replace(".", "")


# A document names its people many times over, and each mention of one is compared with every person met before.
@lru_cache(maxsize=8192)
def _surname_matches(a: str, b: str) -> bool:
    if a == b or _surname_key(a) == _surname_key(b):
        return True
    if min(len(a), len(b)) >= 6 and a[:2] == b[:2] and Levenshtein.distance(_surname_key(a), _surname_key(b)) <= 1:
        return True  # one letter off in a longer name: Khoury / Khouri, Hollis / Hollies, Jamaldini / Jamaldeeni
    shorter, total = min(len(a), len(b)), len(a) + len(b)
    # ratio() is 200 * (longest common subsequence) / total, so at most 200 * shorter / total, and at most 200 *
    # (letters the names share, counted with repeats) / total: names of lengths too far apart or of too few letters
    # in common cannot reach the threshold, and the call is spared.
    return shorter >= 3 and 200 * shorter >= SURNAME_MATCH * total \
        and 200 * _shared_letters(a, b) >= SURNAME_MATCH * total and ratio(a, b) >= SURNAME_MATCH


def _shared_letters(a: str, b: str) -> int:
    """How many characters `a` and `b` have in common, each counted as often as it occurs in both."""
    return sum(min(a.count(char), b.count(char)) for char in set(a))


@lru_cache(maxsize=4096)
def _surname_key(name: str) -> str:
    """A lower-cased surname as a later spelling may write it: no accents, no joined particle
    ('al-Werfalli' / 'Werfali'), no doubled letters ('Méndez' / 'Mendez')."""
    # ASCII has no accents to take off: most names skip the Unicode decomposition.
    plain = name if name.isascii() else "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )
    head, dash, rest = plain.partition("-")
    if dash and rest and head in _ANY_PARTICLES:
        plain = rest
    # Most names double no letter: the search spares them the substitution's template machinery.
    return _DOUBLED.sub(r"\1", plain) if _DOUBLED.search(plain) is not None else plain


def _aside_end(toks: list[Token], k: int, hi: int) -> int:
    """The token after a bracketed lower-case aside at `k` that a name follows ('(retired)', '(ret.)'); 0 if none."""
    close = next((q for q in range(k + 1, min(k + 4, hi)) if toks[q][2] == ")"), 0)
    if not close or close + 1 >= hi or not toks[close + 1][2][:1].isupper():
        return 0
    return close + 1 if all(t[2].islower() for t in toks[k + 1 : close]) else 0


def _possessive(word: str) -> bool:
    """Whether a token ends in a possessive apostrophe ('ministry's', 'officials'')."""
    return word.endswith(("'", "'s"))


def _name_and(toks: list[Token], k: int, lo: int, hi: int) -> bool:
    """'and' inside a name: 'Center for Strategic and International Studies' (not 'the Pentagon and Iraq's ...')."""
    if toks[k][2] not in _AND or k - 1 < lo or k + 1 >= hi:
        return False
    left, right = toks[k - 1][2], toks[k + 1][2]
    return left[:1].isupper() and right[:1].isupper() and not _POSSESSIVE.search(left + right)


def plural_noun(word: str) -> bool:
    """A plain lowercase plural ('organisers', 'farmers') that can name a group of speakers."""
    return len(word) > 4 and word.isalpha() and word.islower() and (
        (word.endswith("s") and not word.endswith("ss")) or word.endswith("men")  # "fishermen", "servicemen"
    )


def _pronoun_class(kind: str) -> str:
    return _PRONOUN_CLASSES.get(kind, "institution")


_PRONOUN_CLASSES: Final = {"person": "person", "group": "group"}


def outlet_names() -> frozenset[str]:
    """Every written form of the outlets in outlets.tsv."""
    names: set[str] = set()
    for row in table("outlets.tsv"):
        names.add(row["name"])
        names.update(a for a in row["aliases"].split("|") if a)
    return frozenset(names)
