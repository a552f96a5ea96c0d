"""In-document coreference for facilities: definite anaphors ("the new base") and "it" join a facility."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Final

from basewatch.data import table_for
from basewatch.extract.compass import compass
from basewatch.extract.lexicon import (
    Actor,
    FacilityWords,
    PerLanguage,
    WordLists,
    alternation,
    cores,
    facility_words,
    pattern_words,
    word_regex,
)
from basewatch.extract.spacing import is_word_char, may_end
from basewatch.extract.wordscan import Hit, WordMatcher
from basewatch.model import Doc, Facility, Span

# How far back an anaphor may look for its antecedent, in sentences.
_WINDOW: Final = 3
# The headline and the opening sentence: a facility named there is the article's topic.
_LEAD: Final = 2
# Beyond any position in a text.
_END: Final = 1 << 62
# Anaphor head -> facility kinds it can refer to (None: any).
_COMPATIBLE: Final[dict[str, frozenset[str] | None]] = {
    "air base": frozenset({"air base", "airfield", "base"}),
    "airfield": frozenset({"air base", "airfield", "base"}),
    "naval base": frozenset({"naval base", "base"}),
    "port": frozenset({"naval base", "port"}),
    "plant": frozenset({"plant"}),
    "field": frozenset({"field"}),
    "outpost": frozenset({"outpost", "base"}),
    "base": frozenset({"air base", "naval base", "base", "outpost", "airfield"}),
}
# Anaphor kinds of a base proper, which a place only called an airport is not.
_BASE_KINDS: Final = frozenset({"base", "air base", "naval base", "outpost"})
# The prepositions before an 'it' that stands for a facility ('through it', 'near it'), besides the verbs of `equip`.
_PREPS_BEFORE_IT: Final = ("through", "from", "at", "into", "to", "near", "inside", "around", "on", "within", "outside")
_NOT_AFTER_IT: Final = re.compile(r"\s+(?:is|was|has)\b")


_COPULA_BEFORE: Final = re.compile(r"\b(?:is|was|remains|remained)\s+(?:also\s+)?$")


# Right before a facility's name: where forces came from ('from Aviano', 'from the Russian base of').
_FROM_BEFORE: Final = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}$")
# How far into its sentence a pronoun may stand to be read as the sentence's subject.
_FRONT: Final = 30
# How far before an anaphor a verb of moving forces and its preposition may start ('were redeployed to ').
_MOVE_REACH: Final = 30
# The prepositions `_Cues.moved_to` ends on ('flown to ', 'moved into ').
_MOVED_PREPS: Final = ("to", "into")


class _Cues:
    """The patterns built from one language's word lists (pattern_words.tsv); their grammar stays here."""

    def __init__(self, words: WordLists, bearing: str) -> None:
        # 'through it', 'to equip it': an 'it' after a preposition or a verb of arming stands for a facility.
        self.prep_before_it = re.compile(rf"\b(?:{alternation(_PREPS_BEFORE_IT + words['equip'])})\s+$", re.IGNORECASE)
        # Its words, which end the last word before the whitespace it ends on.
        self.preps_before_it = _PREPS_BEFORE_IT + words["equip"]
        self.part_after_its = re.compile(rf"\s+(?:{alternation(words['its part'])})\b", re.IGNORECASE)
        # "It" opening a sentence and followed by a verb of being, having or hosting: not the weather "it is".
        self.subject_it = re.compile(rf"It\s+(?:{alternation(words['subject it'])})\b")
        # "it" after a short fronted phrase ('At its peak it housed ...'), with a verb of hosting only.
        housed = alternation(words["it housed"])
        self.fronted_it = re.compile(rf"[A-Z][\w'\u2019]*(?:\s+[\w'\u2019]+){{0,4}}\s+(it)\s+(?:{housed})\b")
        # How `fronted_it` ends: rare, so one search of the text spares trying the pattern at every sentence start.
        self.it_housed = re.compile(rf"it\s+(?:{housed})\b")
        # Before a place a distance is measured from: '20 miles south of ', '10 km from the '.
        self.distance_of = re.compile(
            rf"\b(?:{alternation(words['distance unit'] + words['near unit'])})\s+(?:\([^)]{{0,20}}\)\s+)?"
            rf"(?:{bearing}\s+)?(?:of|from)\s+(?:the\s+)?$")
        # Before it in its sentence: where forces went ('flew into X', 'reached X', 'arrived at X'), not 'according to
        # X'.
        self.went_to = re.compile(rf"\b(?<!according )(?:into|to|at|{alternation(words['reach'])})\s+(?:the\s+)?"
                                  r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
        # "there" after a verb of basing or moving stands for the place just named ('Su-34s are based there').
        there_verbs = alternation(words["there verb"])
        self.there = re.compile(rf"\b(?:{there_verbs})\s+(there)\b", re.IGNORECASE)
        # The same verbs ending right where the whitespace before a "there" begins.
        self.there_verb = re.compile(rf"\b(?:{there_verbs})$", re.IGNORECASE)
        self.longest_there_verb = max(map(len, words["there verb"]))
        # "there" after a verb of keeping and its object ('keeps its two patrol boats there').
        self.object_there = re.compile(rf"\b(?:{alternation(words['keep'])})\s+(?:[\w-]+\s+){{1,5}}?(there)\b")
        # What each of `object_there`'s verbs holds.
        self.keeping_verbs = cores(words["keep"])
        # A verb of running right before an anaphor: 'which runs the base'.
        self.runs_before = re.compile(rf"\b(?:{alternation(words['runs it'])})\s+$")
        # What each of them holds, which the text before the anaphor must.
        self.running_verbs = cores(words["runs it"])
        # A ship calling at a port: the words of mooring and of a ship's stop (events' too), less the 'at' a phrase of
        # them ends on, as the patterns below give the prepositions ('docked at X', 'called in X').
        calling = tuple(dict.fromkeys(word.removesuffix(" at") for word in words["mooring"] + words["ship stop"]))
        # A verb of basing, flying, calling at a port, drilling or staying and its preposition, right before a town:
        # 'held the Astral Knight exercise at X', 'have been at X since May' are at the base named after X, as 'based
        # at X' is.
        self.basing_verbs = words["based at"] + calling
        self.based_at = re.compile(rf"\b(?:{alternation(self.basing_verbs)})\s+(?:at|to|in|into|from)\s+$",
                                   re.IGNORECASE)
        # The weak heads ('the airport', 'the range') that stand for a facility when its own name holds them.
        self.weak_heads = word_regex(words["weak anaphor"])
        # Right before a weak anaphor: it only locates something else ('a base next to the airport').
        self.locating_before = re.compile(rf"\b(?:{alternation(words['locating'])})\s+$", re.IGNORECASE)
        # A verb of calling at a port right before a town.
        self.called_at = re.compile(rf"\b(?:{alternation(calling)})\s+(?:at|in|into)\s+$")
        # Waters or a shore a name stands in: right after it ('the X lagoon', "X's west coast"), or before it with 'of',
        # 'off' or 'below' ('the Bay of X', 'the beaches below X'), or 'off' alone ('a drill off X').
        waters = alternation(words["waters"])
        self.waters_after = re.compile(rf"(?:'s\s+(?:[a-z][\w-]*\s+)?|\s+)(?:{waters})\b", re.IGNORECASE)
        waters_of, off = alternation(words["waters of"]), alternation(words["off waters"])
        self.waters_before = re.compile(rf"\b(?:(?:{waters})\s+(?:{waters_of})|{off})\s+(?:the\s+)?$", re.IGNORECASE)
        # A verb moving forces somewhere and its preposition, right before an anaphor: 'were flown to the new camp'; not
        # one of going back ('returned to the camp' is the one its sentence named).
        back = set(words["giving back"])
        moving = alternation([w for w in words["relocation"] + words["sent"] + words["travel"] if w not in back])
        self.moved_to = re.compile(rf"\b(?:{moving})\s+(?:{'|'.join(_MOVED_PREPS)})\s+$", re.IGNORECASE)


_CUES: Final[PerLanguage[_Cues]] = PerLanguage(lambda lang: _Cues(pattern_words(lang), compass(lang).bearing))


def _cues(lang: str) -> _Cues:
    return _CUES.get(lang)


def resolve_anaphors(doc: Doc, facilities: list[Facility], actor_list: list[Actor]) -> None:
    """Add the spans of anaphors that refer to a facility to its mentions."""
    if not facilities:
        return
    words = facility_words(doc.language)
    _bare_names(doc, facilities)
    # a town standing for its base is a mention before the anaphors look back: '... have been at X since June. The
    # base was expanded' is X's base, not one named before
    _town_for_base(doc, facilities, sorted([span for fac in facilities for span in fac.mentions]))
    taken = sorted([span for fac in facilities for span in fac.mentions])
    for start, end, head_word in _anaphors(doc, anaphor_heads(doc.language)):
        span = (start, end)
        if _covered(span, taken):
            continue
        head = head_word.lower()
        kind = words.head_kind.get(head, "")
        kinds = _COMPATIBLE.get(kind)
        wanted = next((a.code for a in actor_list if span[0] <= a.span[0] < span[1]), None) or _runner(
            doc, actor_list, span[0])
        target = _antecedent(doc, facilities, span[0], kinds, wanted, airports_too=kind not in _BASE_KINDS,
                             head=head)
        if target is not None:
            target.mentions.append(span)
            # 'Camp X, the main US base in the country': a state the anaphor names runs a facility of no known
            # operator (not one that only built it: 'the Soviet-built base', nor one that ran it: 'the former
            # Russian navy facility').
            owner = next((a for a in actor_list if span[0] <= a.span[0] < span[1]), None)
            if (target.operator is None and owner is not None and target.kind in _BASE_KINDS
                    and not doc.norm.startswith("-", owner.span[1])
                    and doc.norm.find("former", span[0], owner.span[0]) < 0):
                target.operator = owner.code
    _weak_anaphors(doc, facilities, taken)
    for span in _pronouns(doc):
        # The one facility named earlier in the same sentence ('Incirlik ..., but troops are based there'), else the
        # one named since the sentence before.
        candidates = recent_facilities(doc, facilities, span[0], sentences=0)
        if len(candidates) > 1:
            # 'The base, on the side of X Harbour, ..., keeps its boats there': the sentence's subject.
            candidates = _subject_of_sentence(doc, candidates, span[0]) or candidates
        if len(candidates) != 1:
            candidates = recent_facilities(doc, facilities, span[0], sentences=1)
        if len(candidates) > 1:
            candidates = _subject_of_last_sentence(doc, candidates, span[0])
        if len(candidates) == 1:
            candidates[0].mentions.append(span)


def _weak_anaphors(doc: Doc, facilities: list[Facility], taken: list[Span]) -> None:
    """'Kestrel Airport ... drones will be stationed at the airport': a weak head after a determiner is the one facility
    of the article whose own name holds that head, named before it; with none or several it may be any airport or
    range there."""
    for start, end, head_word in _anaphors(doc, _cues(doc.language).weak_heads):
        span = (start, end)
        if _covered(span, taken) or _cues(doc.language).locating_before.search(doc.norm, max(0, start - 16), start):
            continue
        head = f" {head_word.lower()} "
        # one in the whole article: 'the same airport' before 'the military side of X airport' in its sentence is none
        # a name's words, set off by spaces, whatever sets them off in it ('Svalbard Airport, Longyear')
        named = [fac for fac in facilities if any(head in _spaced(alias) for alias in (fac.name, *fac.aliases))]
        if len(named) > 1:
            # 'X Airport camp' holds the head as a modifier of its own: the facility whose name ends on it is the one
            # the bare head stands for
            named = [fac for fac in named if f" {fac.name.lower()} ".endswith(head)] or named
        if len(named) > 1:
            # 'a coast watch station on X. The station carries a radar' with a second station named only in sentences
            # after: the one named in the sentence before or its own
            named = _only_named_just_before(doc, named, start)
        if len(named) == 1 and named[0].mentions and min(named[0].mentions)[0] < start:
            named[0].mentions.append(span)


def _spaced(name: str) -> str:
    """`name` lower-cased between spaces, its commas read as spaces: ' svalbard airport  longyear '."""
    return f" {name.lower().replace(',', ' ')} "


def _only_named_just_before(doc: Doc, named: list[Facility], pos: int) -> list[Facility]:
    """The one of `named` mentioned in the sentence before `pos` or in its own, when each other is first mentioned in
    a later sentence; else none."""
    sentence_end = doc.sentence_of(pos)[1]
    recent = recent_facilities(doc, named, pos, sentences=1)
    if len(recent) != 1:
        return []
    others_later = all(min(fac.mentions)[0] >= sentence_end for fac in named if fac is not recent[0] and fac.mentions)
    return recent if others_later else []


def _runner(doc: Doc, actor_list: list[Actor], pos: int) -> str | None:
    """"Finland's Air Command, which runs the base": the state the sentence opens with, where a verb of running
    comes right before the anaphor at `pos`: the base is one that state runs."""
    lo = max(0, pos - 12)
    cues = _cues(doc.language)
    if not any(verb in doc.norm[lo:pos] for verb in cues.running_verbs):
        return None
    if cues.runs_before.search(doc.norm, lo, pos) is None:
        return None
    sent_start = doc.sentence_of(pos)[0]
    return next((a.code for a in actor_list if sent_start <= a.span[0] < min(pos, sent_start + _FRONT)), None)


def _subject_of_sentence(doc: Doc, candidates: list[Facility], pos: int) -> list[Facility]:
    """Of several facilities named in a pronoun's sentence, the one the sentence opens with."""
    start = doc.sentences[max(0, bisect_right(doc.sentences, (pos, _END)) - 1)][0] if doc.sentences else 0
    return [fac for fac in candidates if any(_opens(doc.norm, start, s) for s, _ in fac.mentions)]


def _opens(norm: str, sent_start: int, pos: int) -> bool:
    """Whether a mention at `pos` opens the sentence, but for an article ('The Lyaur naval base')."""
    return pos == sent_start or (0 < pos - sent_start <= 4 and norm[sent_start:pos].strip().lower() == "the")


def _subject_of_last_sentence(doc: Doc, candidates: list[Facility], pos: int) -> list[Facility]:
    """'The base sits beside X airport ... At its peak it housed ...': of several facilities in the sentence before,
    a pronoun opening its own sentence takes the one that sentence opened with."""
    index = bisect_right(doc.sentences, (pos, _END)) - 1
    if index < 1 or pos - doc.sentences[index][0] > _FRONT:
        return candidates
    start = doc.sentences[index - 1][0]
    return [fac for fac in candidates if any(_opens(doc.norm, start, s) for s, _ in fac.mentions)]


def _bare_names(doc: Doc, facilities: list[Facility]) -> None:
    """'Yasny airfield' ... 'at Yasny': a found facility's name without its head is that facility again, unless the
    places layer reads that word as a town, a state or an island there ('drills off X' is the island's waters), or two
    facilities share the name."""
    owners: dict[str, list[Facility]] = {}
    # The short names of catalogued installations ('Prince X Air Base' -> 'Prince X'), often a person's or a force's,
    # count only where a preposition of place sets them.
    placed_only: set[str] = set()
    heads = facility_words(doc.language).heads
    for fac in facilities:
        if fac.rule in _NAMED_RULES:
            # The name without its head is the alias the full name opens with.
            for alias in fac.aliases:
                if alias[:1].isupper() and fac.name.startswith(alias + " "):
                    owners.setdefault(alias, []).append(fac)
        elif fac.rule == _CATALOG_RULE:
            # 'the X camp' ... 'at X': a catalogued installation written with its head is named by the rest alone.
            for alias in fac.aliases:
                bare = _without_head(alias, heads)
                if bare[:1].isupper():
                    owners.setdefault(bare, []).append(fac)
                    placed_only.add(bare)
    if not owners:
        return
    taken = sorted([span for fac in facilities for span in fac.mentions])
    geographic = [p.span for p in doc.places if p.kind in _GEOGRAPHIC_KINDS]
    norm = doc.norm
    cues = _cues(doc.language)
    for alias, (fac, *others) in owners.items():
        if others:
            continue
        pos = norm.find(alias, min(fac.mentions)[0] + 1)
        while pos >= 0:
            span = (pos, pos + len(alias))
            if _whole_word(norm, span) and not _covered(span, taken) and not any(
                    s < span[1] and span[0] < e for s, e in geographic) and (
                    alias not in placed_only or _PLACE_PREP.search(norm, max(0, pos - 8), pos)) and not (
                    cues.waters_after.match(norm, span[1]) or cues.waters_before.search(norm, max(0, pos - 24), pos)):
                fac.mentions.append(span)
            pos = norm.find(alias, pos + 1)


def _without_head(alias: str, heads: WordMatcher) -> str:
    """The name before the head word `alias` ends on, or '' when it ends on none."""
    # Searched as a range: a whole new text would take the shared pass over (every list's automaton, for a name),
    # and the article's next range search would then miss the article's scan.
    ending = [hit for hit in heads.finditer(alias, 0, len(alias)) if hit.stop == len(alias) and hit.begin]
    return alias[:ending[-1].begin].rstrip() if ending else ""


def _whole_word(norm: str, span: Span) -> bool:
    before = norm[span[0] - 1] if span[0] else " "
    after = norm[span[1]] if span[1] < len(norm) else " "
    return not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_")


# Rules whose facilities carry a name the text gave them (the catalog's names are looked up by facilities.py).
_NAMED_RULES: Final = frozenset({"facilities:name-head", "facilities:apposition", "facilities:based-at"})
_CATALOG_RULE: Final = "facilities:catalog"
_PLACE_PREP: Final = re.compile(r"\b(?:at|in|from|to|into|near|outside|inside)\s+$")
# Places a bare word may be rather than the facility named after it.
_GEOGRAPHIC_KINDS: Final = frozenset({"city", "town", "village", "admin1", "country", "region", "continent", "sea",
                                      "island", "demonym", "archipelago"})


def _town_for_base(doc: Doc, facilities: list[Facility], taken: list[Span]) -> None:
    """'jets based at Darwin' once the article has named RAAF Base Darwin: the town stands for its one base."""
    cues = _cues(doc.language)
    for place in doc.places:
        if place.kind not in _TOWN_KINDS or not _after_basing_verb(cues, doc.norm, place.span[0]):
            continue
        if _covered(place.span, taken):
            continue
        # not a town joined to another by a hyphen: 'a checkpoint on the X-Y road' is no base of X's
        word = re.compile(rf"(?<![\w-]){re.escape(doc.norm[place.span[0]:place.span[1]])}(?![\w-])")
        named = [fac for fac in facilities if word.search(fac.name)]
        # 'a ship called at X': a town stands for its naval base, not its trading port.
        if len(named) == 1 and (named[0].kind == "naval base" or not cues.called_at.search(
                doc.norm, max(0, place.span[0] - 16), place.span[0])):
            named[0].mentions.append(place.span)


_TOWN_KINDS: Final = frozenset({"city", "town", "village"})


def _after_basing_verb(cues: _Cues, norm: str, start: int) -> bool:
    """`cues.based_at` ends at `start`; its preposition is tested first, most towns having none before them."""
    lo = max(0, start - 30)
    before = norm[lo:start]
    bare = before.rstrip()
    # Non-ASCII letters go to the regex: under IGNORECASE it matches 'ı' for 'i'.
    end = bare[-2:]
    if len(bare) == len(before) or not (end.lower() in _PREPOSITION_ENDS or not end.isascii()):
        return False
    # Most prepositions before a town follow no verb of basing: the word before them is tested before the pattern.
    words = bare.rsplit(None, 2)
    verb = words[-2] if len(words) > 1 else ""
    return (not verb.isascii() or verb.lower().endswith(cues.basing_verbs)) and bool(
        cues.based_at.search(norm, lo, start))


# The last two letters of each of `_Cues.based_at`'s prepositions.
_PREPOSITION_ENDS: Final = frozenset({"at", "to", "in", "om"})


def _pronouns(doc: Doc) -> list[Span]:
    """'through it', 'its runway', and a sentence-opening 'It was built ...' that refers back to a place."""
    norm = doc.norm
    cues = _cues(doc.language)
    spans = []
    for start in _found(norm, "it") + _found(norm, "It"):
        # Most are inside a word ('with', 'military'): the character before is tested first.
        if start and is_word_char(norm[start - 1]):
            continue
        end = _word_end(norm, start)
        if end < 0:
            continue
        if end > start + 2:
            if cues.part_after_its.match(norm, end):
                spans.append((start, end))
        elif _may_end_prep(cues, norm, max(0, start - 12), start) and cues.prep_before_it.search(
                norm, max(0, start - 12), start) and not _NOT_AFTER_IT.match(norm, end):
            spans.append((start, end))
    # Sentences are apart: their starts are distinct.
    starts = [sent[0] for sent in doc.sentences]
    # Only a sentence's start may hold a subject "It": the pattern is tried there, not searched for over the text. Its
    # two letters are read one by one: compiled, `startswith` is a generic method call.
    size = len(norm)
    for start in starts:
        if start + 1 < size and norm[start] == "I" and norm[start + 1] == "t" and cues.subject_it.match(norm, start):
            spans.append((start, start + 2))
    if cues.it_housed.search(norm):
        spans.extend(fronted.span(1) for start in starts if (fronted := cues.fronted_it.match(norm, start)))
    spans.extend(_there(cues, norm, doc.lower()))
    spans.extend(_object_there(cues, norm))
    return sorted(spans)


def _may_end_prep(cues: _Cues, norm: str, lo: int, hi: int) -> bool:
    """Whether `cues.prep_before_it` may end at `hi`: whitespace before it, after a word ending on one of its words. A
    word outside ASCII goes to the pattern, which under IGNORECASE matches 'ı' for 'i'."""
    if hi <= lo or not norm[hi - 1].isspace():
        return False
    words = norm[lo:hi].rsplit(None, 1)
    last = words[-1] if words else ""
    return not last.isascii() or last.lower().endswith(cues.preps_before_it)


def _found(text: str, word: str) -> list[int]:
    """Every position of `word` in `text`: substring searches run at C speed where a pattern's scan does not."""
    found = []
    pos = text.find(word)
    while pos >= 0:
        found.append(pos)
        pos = text.find(word, pos + 1)
    return found


def _word_end(norm: str, start: int) -> int:
    """Where 'it' or 'its' at `start` ends as a whole word on its right (-1 if a word character goes on from it)."""
    end = start + 2
    if norm[end:end + 1] == "s":
        end += 1
    return -1 if end < len(norm) and is_word_char(norm[end]) else end


def _object_there(cues: _Cues, norm: str) -> list[Span]:
    """The spans of `cues.object_there`'s "there". A match holds only word characters, hyphens and spaces, so only the
    stretch of those around each "there" is searched: the pattern, opening on \\b, would be tried at every position."""
    spans: list[Span] = []
    size = len(norm)
    start = norm.find("there")
    while start >= 0:
        lo = start
        while lo and _in_stretch(norm[lo - 1]):
            lo -= 1
        end = start + 5
        while end < size and _in_stretch(norm[end]):
            end += 1
        # The pattern's verbs are rare: a stretch holding none of them is not searched.
        if any(norm.find(verb, lo, end) >= 0 for verb in cues.keeping_verbs):
            spans.extend(m.span(1) for m in cues.object_there.finditer(norm, lo, end))
        # Any later "there" of this stretch was searched with it.
        start = norm.find("there", end)
    return spans


def _in_stretch(char: str) -> bool:
    """Whether `char` may stand inside an `object_there` match: a word character (as \\w reads one), a hyphen or a
    space (as \\s reads one)."""
    return char.isalnum() or char == "_" or char == "-" or char.isspace()


def _there(cues: _Cues, norm: str, lowered: str) -> list[Span]:
    """The spans of `cues.there`'s "there"; the word is rare, so find it first and only then look back for the verb.
    `lowered`: `norm.lower()`, which the document keeps (`Doc.lower`)."""
    if len(lowered) != len(norm):
        return [m.span(1) for m in cues.there.finditer(norm)]
    spans = []
    start = lowered.find("there")
    while start >= 0:
        stop = start + 5
        gap = start
        while gap and norm[gap - 1].isspace():
            gap -= 1
        if (gap < start and (stop == len(norm) or not (norm[stop].isalnum() or norm[stop] == "_"))
                and cues.there_verb.search(norm, max(0, gap - cues.longest_there_verb), gap)):
            spans.append((start, stop))
        start = lowered.find("there", start + 1)
    return spans


@cache
def anaphor_heads(lang: str) -> WordMatcher:
    """Facility nouns that can head a definite anaphor ('the base', 'this facility')."""
    words = facility_words(lang)
    return word_regex(w for w in (*words.head_kind, *words.nominal) if w not in words.weak)


# The word right after a head, maybe hyphened to it.
_WORD_AFTER: Final = re.compile(r"[ -](\w+)")


@cache
def _compounds(lang: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == "compound")


@cache
def _compound_openers(lang: str) -> frozenset[str]:
    """The heads a compound opens with: what comes before its last space (the word after a head holds none)."""
    return frozenset(compound.rsplit(" ", 1)[0] for compound in _compounds(lang))


def compound_modifier(norm: str, head: Hit, lang: str) -> bool:
    """'the X field exercise', 'a field hospital', 'a port call': a head that opens a compound noun modifies the noun
    that ends it, which is no installation."""
    # Most heads open no compound: the word after them is then not read.
    opener = head.text.lower()
    if opener not in _compound_openers(lang):
        return False
    following = _WORD_AFTER.match(norm, head.stop)
    return following is not None and f"{opener} {following.group(1).lower()}" in _compounds(lang)


_DET_BEFORE: Final = re.compile(r"\b(?:the|this|that)\s+((?:[\w.'-]+\s+){0,3})$", re.IGNORECASE)
# What makes a facility noun no anchor: a plural, a compound, a relative clause, or a capitalised name placing it
# ('the base in Djibouti': a new facility), unless that name is a date ('the base in December').
_NOT_ANAPHOR_AFTER: Final = re.compile(
    r"(?:s\b|-|\s+(?:that|which|where|who)\b|\s+(?:at|in|near|of|on)\s+(?:the\s+)?([A-Z]))")


def _anaphors(doc: Doc, heads: WordMatcher) -> list[tuple[int, int, str]]:
    """Definite facility nouns ('the new base', 'this airfield') headed by one of `heads`: (start, end, head) for
    each."""
    words = facility_words(doc.language)
    found: list[tuple[int, int, str]] = []
    dated = {d.span[0] for d in doc.dates}
    for head in heads.finditer(doc.norm):
        if compound_modifier(doc.norm, head, doc.language):
            continue
        after = _NOT_ANAPHOR_AFTER.match(doc.norm, head.stop)
        placed = after is not None and not (after.group(1) and after.start(1) in dated)
        if after is not None and placed and not after.group(1):
            continue
        # Within the sentence: the search takes the leftmost determiner, which may end the sentence before.
        det = _determiner(doc.norm, max(doc.sentence_of(head.begin)[0], head.begin - 60), head.begin)
        # 'the minister of the navy toured the base': past a determiner whose words up to the noun are no modifiers,
        # the next one may still open the noun phrase. Not past a 'that': the clause it opens ('said that the base was
        # secure', 'the town that serves the range') reports or describes more often than it tells an act (measured:
        # resolving those added four false events on golden and none found)
        while det is not None and not det.group(0).lower().startswith("that") and not _modifiers_only(det, words):
            det = _determiner(doc.norm, det.start() + 1, head.begin)
        # 'X is the main Russian naval base in Syria': a placed description after a copula is still X.
        if det is None or (placed and not _COPULA_BEFORE.search(doc.norm, max(0, det.start() - 12), det.start())):
            continue
        if _modifiers_only(det, words):
            found.append((det.start(), head.stop, head.text))
    return found


def _modifiers_only(det: re.Match[str], words: FacilityWords) -> bool:
    """Whether the words between a determiner and a facility noun are modifiers or capitalised ('the new Russian')."""
    return all(w.lower() in words.modifiers or w[0].isupper() for w in det.group(1).split())


def _determiner(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_DET_BEFORE` searched in norm[lo:hi]. A match is a determiner and three words at most, each run ending in
    whitespace, so it starts within the last four whitespace-separated runs: only those are searched, not every
    position of the window as the pattern, opening on \\b, would be."""
    runs = norm[lo:hi].rsplit(None, 4)
    start = lo + len(runs[0]) if len(runs) == 5 else lo
    window = norm[start:hi]
    if not window.isascii():
        return _DET_BEFORE.search(norm, start, hi)  # under IGNORECASE, 'thıs' is 'this'
    # In ASCII, each determiner opens with 'th': the pattern is tried where one starts a word, not at every position.
    lowered = window.lower()
    at = lowered.find("th")
    while at >= 0:
        if at == 0 or not is_word_char(window[at - 1]):
            det = _DET_BEFORE.match(norm, start + at, hi)
            if det is not None:
                return det
        at = lowered.find("th", at + 1)
    return None


def _covered(span: Span, taken: list[Span]) -> bool:
    i = bisect_right(taken, (span[0], _END))
    return any(s < span[1] and span[0] < e for s, e in taken[max(0, i - 2):i + 1])


def _antecedent(doc: Doc, facilities: list[Facility], pos: int, kinds: frozenset[str] | None,
                wanted: str | None, airports_too: bool = True, head: str = "") -> Facility | None:
    # 'The jets kept at X were flown to the new camp': where forces were moved to is not where the sentence had them
    sent_start = doc.sentence_of(pos)[0]
    lo = max(sent_start, pos - _MOVE_REACH)
    # The pattern is searched only where the window ends on its preposition: at each position, it cost some 30,000
    # instructions a call compiled, and nearly every window ends otherwise.
    left = may_end(doc.norm, lo, pos, _MOVED_PREPS) and _cues(doc.language).moved_to.search(
        doc.norm, lo, pos) is not None

    def fits(fac: Facility) -> bool:
        return ((kinds is None or fac.kind in kinds) and (airports_too or not only_weak_heads(doc.language, fac))
                and not (wanted and fac.operator and wanted != fac.operator)
                and not (left and _named_in(fac, sent_start, pos)))

    recent = [fac for fac in recent_facilities(doc, facilities, pos, sentences=_WINDOW) if fits(fac)]
    # 'X, some 20 miles south of Y, ... the base': a facility named only as where a distance is measured from is no
    # topic.
    topics = [fac for fac in recent if not _only_measured_from(doc, fac, pos)]
    found = topics[0] if topics else (recent[0] if recent else None)
    if topics and _only_origin(doc, facilities, topics[0], pos):
        # 'jets flew into X last week from Y. The base's runway': the latest facility named only as where forces came
        # from is no topic either; the one they went to is, though named by its town, else the one named before
        found = _went_to(doc, facilities, topics[0], pos, fits) or next(
            (fac for fac in topics[1:] if not _only_origin(doc, facilities, fac, pos)), found)
    if found is None:
        # 'The airfield, about 110 km north of ...' paragraphs after the article named its only airfield.
        earlier = [fac for fac in facilities if fits(fac) and min(fac.mentions)[0] < pos]
        # 'the garrison' paragraphs after the article named 'the British garrison at Seria' and a camp: the one
        # facility whose own name holds the noun
        named = [fac for fac in earlier if head and any(f" {head} " in f" {alias.lower()} "
                                                         for alias in (fac.name, *fac.aliases))]
        found = earlier[0] if len(earlier) == 1 else (named[0] if len(named) == 1 else _lead(doc, earlier))
    return found


def _lead(doc: Doc, earlier: list[Facility]) -> Facility | None:
    """'France handed the X base to Chad ... [paragraphs on other bases] ... trainers visited the air base': of
    several facilities that fit, the one the article's headline or opening sentence names is its topic."""
    lead_end = doc.sentences[min(_LEAD, len(doc.sentences)) - 1][1] if doc.sentences else 0
    opening = [fac for fac in earlier if min(fac.mentions)[0] < lead_end]
    return opening[0] if len(opening) == 1 else None


def _only_measured_from(doc: Doc, fac: Facility, pos: int) -> bool:
    """Whether each mention of `fac` before `pos` in its sentence follows a distance ('20 miles south of X')."""
    sent_start = doc.sentence_of(pos)[0]
    mentions = [s for s, e in fac.mentions if sent_start <= s and e <= pos]
    return bool(mentions) and all(_cues(doc.language).distance_of.search(doc.norm, max(0, s - 40), s) for s in mentions)


def _only_origin(doc: Doc, facilities: list[Facility], fac: Facility, pos: int) -> bool:
    """Whether each mention of `fac` in the anaphor's window before `pos` follows 'from' after the place its sentence
    told the forces went to ('flew into X last week from Y'), or after another facility its sentence named ('work began
    at the base, and jets were moved there from Y'); 'drills run from Y' name no origin."""
    index = max(0, bisect_right(doc.sentences, (pos, _END)) - 1 - _WINDOW)
    floor = doc.sentences[index][0] if doc.sentences else 0
    mentions = [s for s, e in fac.mentions if floor <= s and e <= pos]
    cues = _cues(doc.language)
    return bool(mentions) and all(
        _FROM_BEFORE.search(doc.norm, max(0, s - 40), s) and not cues.distance_of.search(doc.norm, max(0, s - 40), s)
        and (cues.went_to.search(doc.norm, doc.sentence_of(s)[0], s) is not None
             or _other_named(facilities, fac, doc.sentence_of(s)[0], s)) for s in mentions)


def _other_named(facilities: list[Facility], fac: Facility, lo: int, hi: int) -> bool:
    """Whether a facility other than `fac` has a mention starting in [lo, hi)."""
    return any(other is not fac and _named_in(other, lo, hi) for other in facilities)


def _named_in(fac: Facility, lo: int, hi: int) -> bool:
    """Whether a mention of `fac` starts in [lo, hi)."""
    return any(lo <= start < hi for start, _ in fac.mentions)


def _went_to(doc: Doc, facilities: list[Facility], origin: Facility, pos: int,
             fits: Callable[[Facility], bool]) -> Facility | None:
    """The facility named as where forces went in the sentence that last named `origin` as where they came from."""
    last = max(start for start, end in origin.mentions if end <= pos)
    went = _cues(doc.language).went_to.search(doc.norm, doc.sentence_of(last)[0], last)
    if went is None:
        return None
    name = went.group(1)
    return next((fac for fac in facilities if fac is not origin and fits(fac) and any(
        alias == name or alias.startswith(name + " ") for alias in (fac.name, *fac.aliases))), None)


def only_weak_heads(lang: str, fac: Facility) -> bool:
    """A facility the text only ever calls an airport: 'the base' is not it."""
    if fac.kind != "airfield":
        return False
    heads = [head for alias in fac.aliases if (head := _first_head(alias, lang))]
    return bool(heads) and all(head in facility_words(lang).weak for head in heads)


# Facilities' aliases recur in article after article, and each is asked of again and again.
@lru_cache(maxsize=4096)
def _first_head(alias: str, lang: str) -> str:
    """The first head word in `alias`, lower-cased ('' if none)."""
    hit = facility_words(lang).heads.search(alias)
    return hit.text.lower() if hit else ""


def recent_facilities(doc: Doc, facilities: list[Facility], pos: int, sentences: int) -> list[Facility]:
    """Facilities mentioned before `pos` within the last `sentences` sentences, most recent first."""
    # Sentences are sorted spans: bisecting them with (pos, end of all) counts those starting at or before `pos`.
    index = max(0, bisect_right(doc.sentences, (pos, _END)) - 1 - sentences)
    floor = doc.sentences[index][0] if doc.sentences else 0
    last: list[tuple[int, Facility]] = []
    for fac in facilities:
        # The latest end in the window, kept as the mentions go by: no list of them is built.
        latest = -1
        for start, end in fac.mentions:
            if floor <= start and end <= pos and end > latest:
                latest = end
        if latest >= 0:
            last.append((latest, fac))
    return [fac for _, fac in sorted(last, key=lambda x: -x[0])]
