"""Facility attributes: location from the places layer, builder as operator, runways, equipment, capabilities.

Runway observations: one per runway phrase, merged per facility when compatible (a later "the runway"
adds to "a new runway"). A before/after phrase ("lengthened from 700 to 1,320 m") gives two
observations: the earlier length with status "previous", the later with the phrase's own status.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Final

from basewatch.data import table, table_for
from basewatch.extract.bisection import bisect_left_int, bisect_right_int
from basewatch.extract.catalog import Installation, fresh_name_key, name_key
from basewatch.extract.compass import Compass
from basewatch.extract.coref import only_weak_heads, recent_facilities
from basewatch.extract.gazetteer import Airfield, City, airfields, city_index
from basewatch.extract.gazetteer import name_key as town_key
from basewatch.extract.lexicon import (
    SPACE_OR_HYPHEN,
    Actor,
    FacilityWords,
    PerLanguage,
    WordLists,
    alternation,
    cores,
    event_words,
    facility_words,
    pattern_words,
    spelled_words,
)
from basewatch.extract.spacing import is_word_char, positions_of, spaced, starts_at
from basewatch.extract.wordscan import spaced_hits, spaced_keys
from basewatch.model import Doc, EquipmentMention, Facility, PlaceMention, Quantity, Runway, Span

_APPROX: Final = frozenset(
    {"about", "around", "approximately", "approx.", "approx", "nearly", "almost", "some", "roughly",
     "circa", "~", "estimated", "close to", "an estimated", "just under", "just over"})
# A second-level division ('Lamu County') places a facility about as closely as a first-level one.
_PRECISION: Final = {"city": "town", "town": "town", "village": "town", "admin2": "admin1", "admin1": "admin1",
                     "country": "country"}
_SPECIFICITY: Final = {"town": 3, "admin1": 2, "country": 1}
# The words `_Cues.prep_before` may open on, lower-cased.
_PREP_FIRST_WORDS: Final = frozenset({"in", "near", "outside", "at", "on", "close", "district", "province", "region",
                                      "governorate", "prefecture", "county", "oblast", "state", "municipality"})
# `_Cues.prep_before`'s opening prepositions of one word, which nothing else in it ends on.
_BARE_PREPOSITIONS: Final = frozenset({"in", "near", "outside", "at", "on"})
# How far before a place `_Cues.prep_before` may start.
_PREP_REACH: Final = 56
# The words `_Cues.prep_before` may end on, lower-cased, besides a comma, a bracket, a possessive, a holding participle
# and a compass word (`_Cues.prep_last_words`, `_Cues.prep_last_ends`): so only places after one of them are searched
# for it.
_PREP_LAST_WORDS: Final = ("in", "near", "outside", "at", "on", "to", "of", "the")
# A place after a bare comma that owns something ('..., Australia's defence ministry said') opens a clause.
_POSSESSIVE_AFTER: Final = re.compile(r"['’]s\b")
# ... and one joined to another name ('Further west, U.S. and Finnish units fired') is a subject.
_JOINED_AFTER: Final = re.compile(r"\s+(?:and|or)\s+[A-Z]")
_TOWN_KINDS: Final = frozenset({"city", "town", "village"})
# Rules whose facility's name may open with the town it is named after, and how big such a town must be.
_TOWN_NAMED_RULES: Final = frozenset({"facilities:name-head"})
_SIZEABLE_TOWN: Final = 5000
# How far before a town's name the name of a facility holding it may start.
_NAME_REACH: Final = 80
# How far from a town a facility lies in the town's division, as a rule.
_NEAR_KM: Final = 50.0
# Places inside one first-level division, which they give a facility tied to them: settlements, second-level divisions,
# and the islands and island groups the gazetteer knows the division of ('the airstrip on Yonaguni': Okinawa).
_INSIDE_ADMIN1: Final = frozenset({"city", "town", "village", "admin2", "island", "archipelago"})
# Places whose country makes the article's dominant one: settlements, first-level divisions and islands (not island
# groups, which a territory's code may name apart from the state whose towns lie on them: Svalbard).
_DOMINATING_KINDS: Final = frozenset({"city", "town", "village", "admin1", "island"})
# Places whose sovereignty is disputed where the gazetteer gives them no state.
_DISPUTABLE_KINDS: Final = frozenset({"island", "reef", "archipelago"})
# Places that put a facility in a state: a settlement or a division, not a feature or a sea.
_PLACING_KINDS: Final = frozenset({"city", "town", "village", "admin1", "admin2"})
_FRONTED_IN: Final = re.compile(r"\b[Ii]n\s+$")
# How far into a sentence a fronted 'In <town>,' may start ('On the other side of the island, in X,').
_FRONT: Final = 40
# The words go without their leading \b, which would make the scan try every position: `_clause_breaks` checks the
# character before them instead.
_CLAUSE_BREAK: Final = re.compile(r";|\u2026|\.\.\.|but\b|while\b|whereas\b|although\b|though\b")
# The locative words that tie a place to a mention before it, as whole words.
_LOCATIVE_WORDS: Final = ("in", "near", "outside", "at", "on", "close to")
_MILITARY_PART_RULE: Final = "facilities:military-part"
# How far before a relative clause kit may end to be what the clause is about ('Akinci drones, which').
_KIT_BEFORE_CLAUSE: Final = 25
_FROM_BEFORE_ANCHOR: Final = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# Between a designation and the facility its own phrase puts it at: ' submarines at the ', ' helicopters in '.
_KIT_AT: Final = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:at|in|on|into)\s+(?:the\s+)?")
# Between a designation and the base it comes from: 'B-52H bombers from ', 'F-16s of the 31st wing from '.
# ... or a passive of coming in: 'Gripen fighters were flown in from '.
_KIT_FROM: Final = re.compile(
    r"(?:\s+[\w-]+){0,2}(?:\s+(?:was|were)\s+(?:also\s+)?[a-z]+(?:ed|wn)\s+in)?\s+from\s+(?:the\s+)?")
# ... when the words between name the kit rather than tell what it did: 'tanker from ', not 'scrambled from '.
_KIT_NOUN_FROM: Final = re.compile(r"(?:\s+(?![\w-]*(?:ed|ing)\b)[\w-]+){0,2}\s+from\s+(?:the\s+)?")
# Between a facility and kit its phrase gives it: "'s ", ' and its ', ', with its 24 ' ('X's Su-30s', 'X and its S-400
# battery', 'X, with 24 F-16s').
_FACILITY_KIT: Final = re.compile(
    r"(?:['\u2019]s\s+|\s+and\s+(?:its|their)\s+|,?\s+with\s+(?:its\s+|their\s+)?)(?:[\w-]+\s+){0,2}?")
# Between kit and the facility whose it is: ' fighters of the ', ' regiment of ' ('the Su-24 regiment of X').
_KIT_OF: Final = re.compile(r"(?:\s+[\w-]+){0,2}?\s+of\s+(?:the\s+)?")
# The longest gap either is tried on: no phrase of theirs is longer.
_OWN_KIT_REACH: Final = 40
# How far before a facility's mention `_Cues.passive_tie` may start.
_PASSIVE_REACH: Final = 30
# The words `_Cues.passive_tie` opens on, lower-cased ('out' of 'out of').
_TIE_WORDS: Final = frozenset({"at", "to", "from", "in", "on", "into", "out"})
# The prepositions that place a force at a facility after them, besides the verbs of `force at` (`_Cues.force_at`).
_FORCE_AT_PREPS: Final = ("at", "to", "from", "in", "on", "into", "inside")
# 'from about 750 metres to around 1,300 metres': qualified figures the quantities layer reads without 'from'/'to'.
# Between a building word and a facility: the work is on a part of it ('lengthen the runway at ').
_WORKS_AT: Final = re.compile(r"\w\s+(?:at|in|on)\s+(?:the\s+)?$")
_APPROX_WORD: Final = r"(?:(?:about|around|some|roughly|nearly|approximately|almost)\s+)?"
# How far before a runway's length a verb of extending may stand ('plans to lengthen the 1,600-metre runway').
_EXTEND_REACH: Final = 20
_TO_GAP: Final = re.compile(rf"\s+to\s+{_APPROX_WORD}", re.IGNORECASE)
_LENGTH_LIST: Final = re.compile(r",\s+|\s+and\s+|,\s+and\s+|\s+or\s+")
_BY_BEFORE: Final = re.compile(rf"\bby\s+{_APPROX_WORD}$", re.IGNORECASE)
_FROM_BEFORE: Final = re.compile(rf"\bfrom\s+{_APPROX_WORD}$", re.IGNORECASE)
# A comma or clause word between a length and a later runway word: the length is another clause's.
# Between a facility and a clause about it: the place it is in ('in the Kaluga region'); a place it is near ('near
# Kaliningrad, where Moscow has deployed Iskanders') is another.
_PLACE_GAP: Final = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
                               r"(?:\s+(?:region|province|oblast|governorate|district|county))?")
# The openers of a sentence on kit told before and where it is based (`_Cues.kit_pronoun`).
_KIT_OPENERS: Final = ("They ", "The ", "These ", "Both ", "All ")
_KIT_OPENER_LONGEST: Final = max(len(opener) for opener in _KIT_OPENERS)
_BEFORE_BREAK: Final = re.compile(r"[,;]|\b(?:and|but|while)\b")
_LONGEST_RUNWAY_M: Final = 6000.0
_ADMIN_WORD: Final = re.compile(
    r"\s+(?:Oblast|Province|Prefecture|County|Governorate|Region|Krai|City|State|Republic)$")
# Kit said never to have come: 'for MiG-21 fighters that never arrived'.
_NEVER_CAME: Final = re.compile(
    r"(?:\s+[\w-]+){0,2}\s+(?:that|which)\s+(?:never|did not|didn't|have not|haven't|has not|"
    r"hasn't)\b")
# A guess or an intention before equipment, or between it and the facility.
# 'May' with a capital is the month ('on 4 May'), not the modal.
# A plan of one's own stays a tie ('plans to base B-52s at X'); a purpose still being looked into does not ('surveyed X
# with a view to deploying drones there').
# After the facility left, where the kit went: ' to ', ' to the ', ' back to '.
# 'were moved there from ', 'was transferred here from ': kit moved to a place the sentence names by a locative adverb
# has left the facility it came from, whatever follows it.
_LEFT_FROM: Final = re.compile(r"\s(?:there|here)\s+from\s+(?:the\s+)?$")
_ARRIVED_REACH: Final = 30
_ONWARD: Final = re.compile(r"\s+(?:back\s+)?to\s+(?:the\s+)?")
# Mentions of one ship by its name ('USS Cole', 'the frigate Admiral Grigorovich'), not of a class or type.
_SHIP_RULES: Final = frozenset({"equipment:named-ship", "equipment:lead-ship"})
# A tie denied between kit and facility; 'not only', 'not far from' and 'no longer' deny nothing of the kit there now
# ('no longer' says it was).
_NEGATION: Final = re.compile(r"(?:\b(?:not|never)\b|n['\u2019]t\b)(?!\s+(?:only|far|least|just|yet|until)\b)")
# What any `_NEGATION` match holds.
_NEGATION_WORDS: Final = ("not", "never", "n'", "n\u2019")
# 'no' right before kit ('there are no F-35s at X', 'no two Su-24s').
_NO_KIT: Final = re.compile(r"\b(?:no|zero)\s+(?:[\w-]+\s+)?$")
# 'there' for a place, not the existential one ('there are', 'there have been'), which also opens a sentence.
_THERE: Final = re.compile(
    r"(?<=[a-z0-9,] )there\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|must|should|"
    r"seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|used|being|been)\b|['\u2019]s)")
# How far before a mention `_Cues.landmark_before` may start.
_LANDMARK_REACH: Final = 24
# A locative putting something at a place: 'flew over the North Pole', 'sent to Puerto Rico'.
_ELSEWHERE: Final = re.compile(r"\b(?:over|to|into|in|near|off)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_A_LOCATION: Final = frozenset({"demonym"})
# Before a facility kit came from into the place the text tells of: 'rotated in from the ', 'flown in from '.
_IN_FROM: Final = re.compile(r"\bin\s+from\s+(?:the\s+)?$")
# How far from a designation a 'there' standing for its place may be ('moved its two Su-25 jets there').
_THERE_REACH: Final = 30
# What any `_Cues.then_stop` match holds, and how far before the stop it may start.
_THEN_STOP_WORDS: Final = ("before", "then")
_THEN_STOP_REACH: Final = 40
# Between two designations of one list: ' fighting vehicles and ', ', ', ' jets as well as ' (no verb: 'landed and').
_KIT_LIST: Final = re.compile(r"(?:\s+(?![\w-]*ed\b)[a-z-]+){0,2}(?:,\s+|,?\s+and\s+|\s+or\s+|\s+as well as\s+)"
                              r"(?:(?:some|several|two|three|four|five|six|a|an|the)\s+)?")
# Between a place something else came from and kit joined after it: 'Crews from X and a Slovak Mi-17 team'.
_NEXT_CONJUNCT: Final = re.compile(r"\s+(?:and|as well as)\s+(?:(?:a|an|the|two|three|four)\s+)?(?:[A-Z][\w-]*\s+)?")
_WHERE: Final = re.compile(r",\s+where\b")
# A relative clause after a comma, to the next comma (not one inside a number: "3,000") or semicolon.
_RELATIVE: Final = re.compile(r",\s+(?:which|where)\b(?:[^,;]|,(?=\d))*")
# 'but', 'while' or 'and', adverbs and an auxiliary before a verb with no subject of its own: the clause goes on about
# the same subject.
_BUT_VERB: Final = re.compile(
    r"(?:but|while|and)\s+(?:(?:[a-z]+ly|also|now|still|since|later|then|already)\s+)*"
    r"(?:(?:is|are|was|were|has|have|had|will)\s+(?:(?:[a-z]+ly|also|now|still|since|already|been)\s+)*)?")
# 'the main US base in the country': the country unnamed, which is then the one the article names most.
_THE_COUNTRY: Final = re.compile(r"\b(?:in|of)\s+the\s+country\b")
# 'any base on', 'another port in': a place after such a head is that head's, not the facility's before it.
_OTHER_HEAD: Final = re.compile(
    r"\b(?:any|another|other|every|each|no|an?)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:on|in|at|near)\s")
# A participle after the conjunction ('before landing at X') tells more of the same subject, and so does 'once' for
# 'formerly' ('X, once home to Su-24s', 'once a hub for').
_SUBORDINATE: Final = re.compile(r",\s+(?:(?:after|before|when|because|although|though|until)\s(?![a-z]+ing\b)|"
                                 r"once\s(?!(?:home|a|an)\b|[a-z]+ed\b))")
# A comma and 'and': a new clause, or the end of a list.
_AND_CLAUSE: Final = re.compile(r",\s+and\b")
# 'as Russian MiG-31s entered', 'as did South Korean F-35As': a clause opening on another state's kit.
# No leading lookbehind for the space before, which would make the scan try every position: `_as_clause` checks it.
_AS_STATE: Final = re.compile(r"(?:as|while|whereas)\s+(?:(?:did|do|does|had|have|were|was)\s+)?(?:the\s+)?(?=[A-Z])")
_CONJUNCTION: Final = re.compile(r"\b(?:and|or|as well as)\b")
# Between two facilities of one list; the list's preposition may be said again ('to X and to Y').
_LIST_GAP: Final = re.compile(r"(?:,\s+|,?\s+(?:and|or)\s+(?:(?:to|at|in|into)\s+)?|\s+as well as\s+)(?:the\s+)?")
_HANDED_TO: Final = re.compile(r"\s+(?:over\s+)?to\s+(?:the\s+)?")
# Between a facility's name and a state in a description set after it: ', a ', ', the former ', ', ' (before
# "Cambodia's main naval facility").
_APPOSED_OWNER: Final = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2})?")
# Between a facility's name and the 'used by' that says who runs it.
_USED_GAP: Final = re.compile(r",?\s+(?:(?:has|have|had)\s+)?(?:(?:long|also|now|still|mainly|mostly|reportedly)\s+)?"
                              r"(?:been\s+)?(?:(?:long|also|now|still|mainly|mostly|reportedly)\s+)?")
_STATELESS_KINDS: Final = frozenset({"region", "admin1"})
# After what a state leases: to whom ('leases the X base to Russia'), the state being the lessor.
_LEASED_OUT: Final = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:out\s+)?to\s")
# Between a verb of running and the facility it runs: 'operates the ', 'runs a '.
_RUN_OBJECT: Final = re.compile(r"\s+(?:the|a|an|its)\s+")
_OBJECT_DETERMINERS: Final = frozenset({"the", "a", "an", "its"})
# Between two states that are one subject: 'Russia and Syria', 'Russia, Iran'.
_JOINING: Final = frozenset({" and ", ", ", " or ", ", and "})
# The longest of them: a longer gap is read no further.
_LONGEST_JOINING: Final = max(map(len, _JOINING))
# A trading port is built by contractors for the state or company that runs it ('the Chinese-built X port'), and so
# is a place only ever called an airport.
_BUILT_FOR_OTHERS: Final = frozenset({"port"})
_FORMER: Final = re.compile(r"\bformer\s+$", re.IGNORECASE)
# An air or naval base the text gives no foreign operator for is the host's own.
_NATIONAL_KINDS: Final = frozenset({"air base", "naval base"})
# Kinds the host runs when the text places no other force there.
_HOST_RUN_KINDS: Final = frozenset({"base", "outpost"})
_CIVIL_RUN_KINDS: Final = frozenset({"port", "airfield"})
_SERVICE_OPENING: Final = re.compile(
    r"(?:(?:new|planned|proposed|main|large|small|secret|major)\s+)*(?:army|navy|military)\s",
    re.IGNORECASE)
# A base only placed near a town or landmark may be anyone's: the host is not assumed to run it (a site only armed
# forces run, 'a radar site near X', is still the host's).
_UNNAMED_RULES: Final = frozenset({"facilities:head-near-place", "facilities:near-landmark"})
# A force's headquarters in a town ('its headquarters in X') is the host's when no other force is placed there.
_HQ_IN_TOWN_RULE: Final = "facilities:head-in-place"
# ... and so is a named force's ('the Black Sea Fleet headquarters in X', 'where the Y Fleet has its headquarters').
_HQ_RULES: Final = frozenset({_HQ_IN_TOWN_RULE, "facilities:headquarters", "facilities:name-head"})
# Kinds where the only force the text places there is taken to run the place.
_GARRISON_KINDS: Final = frozenset({"base", "outpost"})
_PREFIX_RULE: Final = "facilities:prefix-name"
# Places too wide to put an installation in one country.
_VAGUE_FEATURES: Final = frozenset({"sea", "ocean", "region", "continent", "demonym"})
_RANGE_ENDS: Final = frozenset({"from", "to"})
# A "new" runway status only holds when it modifies the runway word directly; any other status word wins.
_WEAK_STATUS: Final = "new"
# Places whose name or division may name a catalogued installation's division.
_DIVISION_KINDS: Final = frozenset({"admin1", "city", "town"})


class _Cues:
    """The patterns built from one language's word lists (pattern_words.tsv), each with the words (`cores`) any of its
    matches holds, which substring searches look for first."""

    def __init__(self, words: WordLists) -> None:
        # The end of the name of a force's headquarters, as the facilities component names it ('X Fleet headquarters').
        self.headquarters_ends = tuple(f" {word}" for word in words["headquarters"])
        points = Compass(words)
        # Between the locative and the place may stand the settlement word ('outside the occupied city of'), the state
        # owning the place ("in Russia's Bryansk region"), who holds it ('in Russian-occupied Crimea') and its side.
        areas = alternation(words["division"] + words["district"])
        settlements = alternation(words["settlement"])
        self.prep_before = re.compile(
            rf"(?:(?:\b(?:in|near|outside|at|on|close to|(?:{areas}) of)|,)\s+|\()(?:the\s+)?"
            rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{settlements}) of\s+)?"
            rf"(?:[A-Z][\w.-]*['\u2019]s\s+)?(?:(?:[\w]+-)?(?:{alternation(words['held'])})\s+)?"
            rf"(?:{points.side}\s+)?$", re.IGNORECASE)
        self.prep_last_words = frozenset({*_PREP_LAST_WORDS, *points.side_ends})
        self.prep_last_ends = (",", "'s", *(word.lower() for word in words["held"]))
        # A preposition right before a facility's mention, which ties the kit of its sentence to it ('next to X',
        # 'close to X' set a facility beside another, not kit at it); a settlement or island word may stand between
        # them ('to the island of X', 'at the port of X').
        self.passive_tie = re.compile(
            r"\b(?:at|(?<!next )(?<!close )to|from|in|on|into|out of)\s+(?:the\s+)?"
            rf"(?:(?:{alternation(words['settlement'] + words['island'])})\s+of\s+)?\S*\s*$", re.IGNORECASE)
        # Before one of several runways' lengths: 'and a second, of ', 'another of ', 'the other '.
        self.counted = re.compile(rf"\b(?:{alternation(words['counted'], ' ')})\b[^.;\d]{{0,20}}$")
        # A demonym before a settlement word, or two ('near the northern Iraqi town of ', 'the Iraqi port city of ').
        self.demonym_town = re.compile(
            rf"\b([A-Z][\w-]+)\s+(?:(?:{settlements})\s+)?(?:{settlements}) of\s+$")
        # A division of a state before its name: 'the province of '.
        self.division_of = re.compile(rf"\b(?:{alternation(words['division'])}) of\s+$", re.IGNORECASE)
        # Between a force and a facility: where the force is ('at', 'used a separate'); one that 'left the base' is
        # not. The verbs and prepositions that place a force at a facility after them, and how they do.
        self.force_at = re.compile(rf"\b(?:{alternation(_FORCE_AT_PREPS + words['force at'])})\s+"
                                   r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
        self.force_at_words = frozenset(_FORCE_AT_PREPS + words["force at"])
        # A guess or an intention before equipment, or between it and the facility. 'May' with a capital is the month
        # ('on 4 May'), not the modal. A plan of one's own stays a tie ('plans to base B-52s at X'); a purpose still
        # being looked into does not ('surveyed X with a view to deploying drones there').
        lower = alternation(words["lower modal"], " ")
        # A modal that reports a plan ('said the jets would be stationed at X', 'would station drones there') tells
        # the basing to come, as 'will be stationed' does: no guess, when a verb of basing follows it.
        planned = alternation([*(f"{be} {word}" for be in words["plain be"] for word in words["based"]),
                               *words["basing verb"]], " ")
        reported = alternation(words["reported modal"], " ")
        self.modal = re.compile(rf"\b(?:{alternation(words['modal'], ' ')}|(?-i:{lower})|"
                                rf"(?:{reported})(?!\s+(?:{planned})\b))\b", re.IGNORECASE)
        # What any `modal` match holds, lower-cased: ASCII text lacking them all needs no search.
        self.modal_words = cores(words["modal"] + words["lower modal"] + words["reported modal"])
        # A named ship's own basing verb, right after its name or its type ('X is based at', 'the X corvette is based
        # at').
        self.ship_based = re.compile(
            r"(?:\s+[a-z-]+){0,2}?\s+(?:is|are|has been|was|were)\s+(?:now\s+|permanently\s+)?"
            rf"(?:{alternation(words['ship based'])})\s+(?:at|in)\b")
        # A drill that names its kit: 'The exercise ... included ', 'the drills involved '.
        self.exercise_included = re.compile(
            rf"\b(?:{alternation(words['drill'], ' ')})\b[^.;]{{0,80}}?\b(?:{alternation(words['include'], ' ')})\b",
            re.IGNORECASE)
        self.exercise_words = cores(words["drill"])
        # A verb of relocation between kit and the facility it leaves ('were shipped from', 'was withdrawn from').
        self.relocated = re.compile(rf"\b(?:{alternation(words['relocate'])})\b", re.IGNORECASE)
        self.relocated_words = cores(words["relocate"])
        # Verbs whose object is a weapon sent at a target, and verbs whose subject is a weapon or an attacker striking
        # one.
        self.fired = re.compile(rf"\b(?:{alternation(words['fire'])})\b")
        self.fired_words = cores(words["fire"])
        self.struck = re.compile(rf"\b(?:{alternation(words['strike'])})\b")
        self.struck_words = cores(words["strike"])
        # Verbs that base kit somewhere.
        self.based = re.compile(rf"\b(?:{alternation(words['based'])})\b")
        self.based_words = cores(words["based"])
        # A force or state acquiring kit: 'the army had received ', 'the air force has bought '.
        self.force_acquired = re.compile(rf"\b(?:{alternation(words['acquirer'], ' ')})\s+(?:(?:has|had|have)\s+)?"
                                         rf"(?:(?:already|also|recently|now)\s+)?(?:{alternation(words['acquire'])})\b",
                                         re.IGNORECASE)
        self.acquired_words = cores(words["acquire"])
        # A facility meant to be fired at: kit fired there trains there.
        self.range = re.compile(rf"\b(?:{alternation(words['range'], ' ')})\b", re.IGNORECASE)
        # An arrival with no place after it: 'is due to arrive on March 20', 'landed last week'.
        self.arrives_unplaced = re.compile(
            rf"\b(?:{alternation(words['arrive'], ' ')})\b(?!\s+(?:at|in|into|to|back|home)\b)")
        self.arrive_words = cores(words["arrive"])
        # Kit arriving from a facility ('the jets arriving from the X air base'): it came from there.
        self.arrived_from = re.compile(rf"\b(?:{alternation(words['arrive'], ' ')})\s+from\s+(?:the\s+)?$")
        # Troops coming to a place: 'arrived at', 'rotated into', 'landed on Monday at'.
        self.coming_in = re.compile(rf"\b(?:{alternation(words['come in'], ' ')})\b", re.IGNORECASE)
        self.taking_part = re.compile(rf"\b(?:{alternation(words['take part'], ' ')})\b")
        # Before a facility a state hands over: 'handed over control of the ', 'leases the '.
        self.handed = re.compile(rf"\b(?:{alternation(words['hand over'])})\s+(?:over\s+|out\s+)?"
                                 r"(?:control\s+of\s+)?(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}?$")
        # After a facility, a passive handing it to a state: ' was handed over to the ', ' has been returned to '.
        self.handed_passive = re.compile(r"\s+(?:was|were|has been|have been|had been|is being|will be)\s+"
                                         rf"(?:formally\s+|officially\s+)?(?:{alternation(words['handed over'])})\s+"
                                         r"(?:over\s+|back\s+)?to\s+(?:the\s+)?")
        # A state's proxies after its name: '-backed', '-funded', '-trained', '-armed', '-aligned', '-allied'.
        self.proxy_after = re.compile(rf"-(?:{alternation(words['proxy'])})\b")
        # Between a state and a building word: it pays for the work ('spent A$175m building', 'Chinese-funded').
        paying = words["fund"] + words["funded"] + words["funding"]
        self.funds = re.compile(rf"\b(?:{alternation(paying)})\b|-(?:{alternation(words['funded'])})\b", re.IGNORECASE)
        # Between a state and a building word: a firm of that state does the work ('a Chinese company resurfaced the
        # runway'), for whoever runs the place, or the state qualifies who tells of it ('images released by an American
        # think tank show new hangars').
        self.not_builder = re.compile(
            rf"\b(?:{alternation(words['firm'] + words['teller'], SPACE_OR_HYPHEN)})\b", re.IGNORECASE)
        # Words telling which of a facility's runways one is ('the western runway', 'its second runway').
        self.sides = re.compile(rf"\b(?:{alternation(words['runway side'])})\b", re.IGNORECASE)
        self.side_words = cores(words["runway side"])
        # Facilities that share a runway ('the two share a runway of about 2,800 m').
        self.shared = re.compile(rf"\b(?:{alternation(words['share'])})\b", re.IGNORECASE)
        self.share_words = cores(words["share"])
        # 'plans to extend it to about 3,000 metres': a length a runway of the sentence before is to reach.
        self.extend_it = re.compile(rf"\b(?:{alternation(words['extend'])})\s+it\s+to\s+$", re.IGNORECASE)
        # 'a 1,800-metre runway the air force means to extend to 2,400 metres', 'the 1,600-metre runway is being
        # lengthened to some 2,200 metres': between a runway's length and a later one, a verb of extending and 'to'
        # right before the later.
        self.extended_to = re.compile(rf"\b(?:{alternation(words['extend'])})\b[^.;]{{0,80}}?\bto\s+{_APPROX_WORD}$",
                                      re.IGNORECASE)
        self.extend_words = cores(words["extend"])
        # A sentence opening on kit told before and where it is based: 'They are based at', 'The jets were moved to'.
        self.kit_pronoun = re.compile(
            rf"(?:They|These|Both|All|The)(?:\s+(?:new\s+)?(?:{alternation(words['kit'])}))?\s+(?:are|were|will be|"
            r"have been|had been|would be|remain)\s+(?:now\s+|permanently\s+|all\s+)?"
            rf"(?:{alternation(words['kit moved'])})\s")
        # The words `kit_pronoun` may go on with after its opener: every lower-case word its pattern spells, read off
        # the pattern so that a word added to it is never turned away.
        self.kit_next_words = spelled_words(self.kit_pronoun.pattern)
        # 'these bases', 'the two US air facilities': facilities told together.
        self.plural_ref = re.compile(
            r"\b(?:these|those|the|both|all|its|their)\s+(?:(?:two|three|new|US|American|Russian|military|air)\s+)*"
            rf"(?:{alternation(words['facility plural'])})\b", re.IGNORECASE)
        # After that state, its service and the facility noun: ' navy facility', "'s main naval base".
        self.owned_noun = re.compile(
            rf"(?:['\u2019]s)?(?:\s+[a-z-]+){{0,3}}?\s+(?:{alternation(words['facility noun'])})\b")
        # A breakaway region's own forces running a facility: 'used by Transnistria's own armed forces'.
        self.used_by = re.compile(rf"\b(?:{alternation(words['run by'] + words['used'])})\s+by\s+(?:the\s+)?")
        # Who runs a facility, said outright: 'run by the <state>' ('run in practice by': an adverb may stand before
        # 'by'), or 'which <state>' before `runs`. Used by a state, a facility is run by it only if the words follow
        # its name (`used`).
        self.run_by = re.compile(
            rf"\b(?:(?:(is|are|was|were)\s+)?(?:{alternation(words['run by'])}|(?P<used>{alternation(words['used'])}))"
            r"(?:\s+(?:in practice|de facto|effectively|largely|mainly|mostly|jointly))?\s+by|"
            r"(?P<which>which|that))\s+(?:the\s+)?(?:Royal\s+)?$")
        self.run_by_reach = len("were  in practice by the Royal ") + max(map(len, words["run by"] + words["used"]))
        # The first characters of the words `run_by` may open with ('is', 'run', 'which'...).
        self.run_by_initials = frozenset(word[0] for word in spelled_words(self.run_by.pattern))
        # 'which Russia uses', 'which US troops operate': a verb of running after the state and its service, read by
        # its class (`_verb_runs`). Seizing or capturing a base is an attack, not running it ('the airport, which
        # Russian forces captured in 2022').
        running = words["runs"] + words["uses"] + words["leases"] + words["take over"]
        self.runs = re.compile(rf"(?:['’]s)?\s+(?P<gap>(?:[\w-]+\s+){{0,2}}?)(?P<verb>{alternation(running, ' ')})\b")
        # A service no state qualifies before its verb of running ('which the navy also runs', 'the army operates'):
        # searched from a verb back, so it ends there.
        self.running_words = tuple(words["runs"])
        # The same words in the shared word pass (`wordscan.spaced_keys`), each key with the places in `running_words`
        # of the words it stands for: a document's are listed by its one read rather than a search of it per word.
        running_keys: dict[str, tuple[int, ...]] = {}
        for k, word in enumerate(self.running_words):
            running_keys[spaced(word.lower())] = (*running_keys.get(spaced(word.lower()), ()), k)
        self.running_slot = spaced_keys("facility_attrs:runs:" + " ".join(self.running_words), running_keys) if all(
            map(str.isalnum, self.running_words)) else -1
        adverbs = words["service run adverb"]
        self.service_runs = re.compile(
            rf"(?:\b(?P<which>{alternation(words['run relative'])})\s+)?"
            rf"\b(?:{alternation(words['service determiner'])})\s+"
            rf"(?P<service>{alternation(words['service'])})\s+(?:(?:{alternation(adverbs)})\s+)?$", re.IGNORECASE)
        # The words `service_runs` may end on before its spaces (a service's last word, an adverb), lower-cased and
        # without a stem's '*': the word before a verb opens with one of them, or the pattern need not be tried.
        self.service_run_ends = tuple(sorted({w.split(" ")[-1].removesuffix("*").lower() for w in words["service"]}
                                             | {w.lower() for w in adverbs}))
        # The article an object the service runs may open with ('the navy also runs the X airport').
        self.object_articles = tuple(words["definite"])
        self.uses = frozenset(words["uses"])
        # Words that may stand between a state and such a verb when the state's forces use a base ('US troops use'),
        # unlike its kit ('US Navy ships use', 'American bombers regularly use'), which visits it.
        self.using_forces = frozenset(words["using forces"])
        self.leases = frozenset(words["leases"])
        self.takes_over = frozenset(words["take over"])
        self.forces_after = re.compile(
            rf"['\u2019]s\s+(?:own\s+)?(?:armed\s+)?(?:{alternation(words['own forces'])})\b")
        # A state's armed service right after its name: "Bolivia's air force", 'the Bolivian navy'.
        # A company running a civil port or airport: 'run by a private operator', 'operated by a commercial firm'.
        # No leading \b, which would make the scan try every position: `_private_cues` checks the character before
        # instead.
        self.private_run = re.compile(rf"(?:{alternation(words['managed'])})\s+by\s+(?:a|an|the)\s+"
                                      rf"(?:{alternation(words['private'])})\s+(?:{alternation(words['operator'])})\b")
        self.private_words = cores(words["private"])
        # What each match of `private_run` opens with, as written: the first word of a word of running it reads.
        self.private_openings = tuple(sorted({word.removesuffix("*").split(" ")[0] for word in words["managed"]}))
        # After a state that 'used by' names: a company's name ('used by Qatar Airways', 'Turkish Airlines'), not its
        # forces.
        self.company_after = re.compile(rf"\s+(?!(?:{alternation(words['force name'])})\b)[A-Z]")
        self.service_after = re.compile(rf"(?:['\u2019]s)?\s+(?:{alternation(words['service'], ' ')})\b", re.IGNORECASE)
        # After a dependent territory's name, a force it raises itself: 'the Royal Bermuda Regiment'.
        self.raised_after = re.compile(rf"(?:['\u2019]s)?\s+(?:{alternation(words['raised force'], ' ')})\b",
                                       re.IGNORECASE)
        # A service no state qualifies: 'the army completed ...', 'its navy', 'Army engineers' opening a sentence.
        self.bare_service = re.compile(rf"(?P<det>\b(?:the|its)\s+)?(?:{alternation(words['service'], ' ')})\b",
                                       re.IGNORECASE)
        # Before a later stop of a route: ', before landing at the ', ' and then landed at '.
        self.then_stop = re.compile(rf"\b(?:before|then)\s+(?:{alternation(words['stop'], ' ')})\s+"
                                    r"(?:to\s+|at\s+|in\s+)(?:the\s+)?$", re.IGNORECASE)
        far = alternation(words["distance unit"])
        # After a mention, a distance from a town: ', about 40 km north of ', ', 110 km (70 miles) northwest of the city
        # of '.
        self.distance_from = re.compile(
            r"(?:,|\s+(?:lies|is|sits|was|stands)(?:\s+(?:located|situated))?)\s+"
            rf"(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+)?(?P<far>[\d,.]+)\s*(?:{far})\s+"
            rf"(?:\([^)]{{0,20}}\)\s+)?(?:{points.bearing}\s+)?"
            rf"(?:of|from)\s+(?:the\s+(?:{alternation(words['the town'])})(?:\s+of)?\s+)?")
        # 'from 700 m to ': the figure a runway was lengthened from.
        self.from_to = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?([\d.,]+)\s*"
                                  rf"(?:{alternation(words['length unit'])})?\s+to\s+$", re.IGNORECASE)
        # Before a facility named only to measure another's place by it: '20 miles south of ', '40 km from the '. One
        # set 'next to' or 'near' another may still be what the text goes on about.
        self.landmark_before = re.compile(
            rf"\b(?:{far})\s+(?:{points.point}[\w-]*\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE)
        # Between a facility and another named right after it to place it or tell whose part it is: ' near the ', ',
        # some 40 km south of ', ' next to ', ' of the '.
        self.beside = re.compile(
            r",?\s+(?:(?:about|some|roughly|around|just|only)\s+)?"
            rf"(?:[\d,.]+\s*(?:{alternation(words['distance unit'] + words['near unit'])})"
            rf"\s+(?:{points.point}[\w-]*\s+of|from)|{points.point}[\w-]*\s+of|near|next to|"
            r"close to|outside|beside|alongside|adjacent to|not far from|of)\s+(?:the\s+)?")


_CUES: Final[PerLanguage[_Cues]] = PerLanguage(lambda lang: _Cues(pattern_words(lang)))


def _cues(lang: str) -> _Cues:
    return _CUES.get(lang)


class PlaceIndex:
    """A document's places that can locate a facility, by start, so each facility looks only near its mentions.
    A plain class: compiled, its constructor is native code, where a dataclass's is interpreted."""

    def __init__(self, places: list[PlaceMention], starts: list[int], order: list[int], longest: int,
                 divisions: set[Span], facility_spans: list[Span]) -> None:
        self.places = places
        self.starts = starts
        self.order = order
        self.longest = longest
        # Whether a locative word ends right before a place, by the place's start; filled as facilities ask.
        self.after_locative: dict[int, bool] = {}
        # name_key of each division and town name, and of each town's division, sorted: what `_named_in_text` looks
        # up; made when a catalogued facility first asks.
        self.division_keys: list[str] | None = None
        # Spans of places the text calls a first-level division ('the province of X') whatever their kind.
        self.divisions = divisions
        # The article's dominant country, in a one-item list once a facility with no place of its own asks.
        self.dominant: list[str | None] = []
        # The country the article names most, likewise.
        self.named: list[str | None] = []
        # Every facility's mentions, by start.
        self.facility_spans = facility_spans

    def dominant_country(self) -> str | None:
        if not self.dominant:
            self.dominant.append(_dominant_country(self.places))
        return self.dominant[0]

    def most_named(self) -> str | None:
        """The country the article names at least twice and twice as often as any other, if one."""
        if not self.named:
            ranked = Counter(p.country for p in self.places if p.kind == "country" and p.country).most_common(2)
            top, count = ranked[0] if ranked else (None, 0)
            runner_up = ranked[1][1] if len(ranked) > 1 else 0
            self.named.append(top if count >= 2 and count >= 2 * runner_up else None)
        return self.named[0]

    def starting_in(self, low: int, high: int) -> list[int]:
        """Positions in `doc.places` of those starting in [low, high]."""
        return self.order[bisect_left_int(self.starts, low):bisect_right_int(self.starts, high)]

    def names_division(self, key: str) -> bool:
        """Whether a division or town key starts with `key`: those that do sort right from where `key` would."""
        keys = self.division_keys
        if keys is None:
            names = {name for p in self.places if p.kind in _DIVISION_KINDS for name in (p.name, p.admin1) if name}
            keys = self.division_keys = sorted([key for key in map(_place_key, names) if key])
        i = bisect_left(keys, key)
        return i < len(keys) and keys[i].startswith(key)

    def locative_before(self, cues: _Cues, norm: str, place: Span) -> bool:
        found = self.after_locative.get(place[0])
        if found is None:
            lo = max(0, place[0] - _PREP_REACH)
            prep = _prep_before(cues, norm, lo, place[0]) if _may_end_locative(cues, norm[lo:place[0]]) else None
            found = prep is not None and not (prep.group().startswith(",") and (
                _POSSESSIVE_AFTER.match(norm, place[1]) is not None or _JOINED_AFTER.match(norm, place[1]) is not None))
            self.after_locative[place[0]] = found
        return found


def _tied_before(tie: re.Pattern[str], norm: str, lo: int, hi: int) -> bool:
    """Whether `tie` (`_Cues.passive_tie`) is found in norm[lo:hi], tried only at the words it opens on (`_TIE_WORDS`),
    where the search tries every position of the window (some 15,000 instructions a call, compiled). A window outside
    ASCII goes to the search, which under IGNORECASE reads 'ı' as 'i'."""
    if not norm[lo:hi].isascii():
        return tie.search(norm, lo, hi) is not None
    pos = lo
    while pos < hi:
        if not is_word_char(norm[pos]):
            pos += 1
            continue
        end = pos + 1
        while end < hi and is_word_char(norm[end]):
            end += 1
        # A word the window cuts at its start has no boundary before it for the pattern's `\b`.
        if (pos == 0 or not is_word_char(norm[pos - 1])) and norm[pos:end].lower() in _TIE_WORDS and (
                tie.match(norm, pos, hi) is not None):
            return True
        pos = end
    return False


def _prep_before(cues: _Cues, norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """`cues.prep_before.search(norm, lo, hi)`, the pattern tried in order only where it can start: at a comma, a
    bracket or a word that opens it (`_PREP_FIRST_WORDS`), rather than at every position of the window as the search
    tries it. A word outside ASCII goes to the pattern, which under IGNORECASE matches 'ı' for 'i'."""
    # A window ending on a bare preposition ('... in '), as most do, can match only from that word: no other part of
    # the pattern ends on one.
    before = norm[lo:hi]
    bare = before.rstrip()
    if bare and len(bare) < len(before):
        last = bare.rsplit(None, 1)[-1]
        if last.lower() in _BARE_PREPOSITIONS:
            return cues.prep_before.match(norm, lo + len(bare) - len(last), hi)
    pos = lo
    while pos < hi:
        char = norm[pos]
        if char == "," or char == "(":
            found = cues.prep_before.match(norm, pos, hi)
            if found is not None:
                return found
            pos += 1
        elif is_word_char(char):
            end = pos + 1
            while end < hi and is_word_char(norm[end]):
                end += 1
            word = norm[pos:end]
            # Only a word's start is a boundary: one a word character comes before is inside a word.
            if not (pos and is_word_char(norm[pos - 1])) and (not word.isascii() or word.lower() in _PREP_FIRST_WORDS):
                found = cues.prep_before.match(norm, pos, hi)
                if found is not None:
                    return found
            pos = end
        else:
            pos += 1
    return None


def _may_end_locative(cues: _Cues, before: str) -> bool:
    """Whether `cues.prep_before` may match at the end of `before`: each of its parts ends on whitespace after one of a
    few words (`_Cues.prep_last_words`, `_Cues.prep_last_ends`) or on a bracket. Non-ASCII text goes to the pattern,
    which under IGNORECASE matches 'ı' for 'i'."""
    # The pattern's $ also matches before a final newline.
    if before.endswith("(") or before.endswith("(\n"):
        return True
    stripped = before.rstrip()
    if len(stripped) == len(before) or not stripped:
        return False
    word = stripped.rsplit(None, 1)[-1]
    if not word.isascii():
        return True
    word = word.lower()
    if any(word.endswith(end) for end in cues.prep_last_ends):  # one by one: compiled, a tuple's is a generic call
        return True
    # Words before an opening one count not ('x-in'): the last run of word characters is the word.
    start = len(word)
    while start and (word[start - 1].isalnum() or word[start - 1] == "_"):
        start -= 1
    return word[start:] in cues.prep_last_words


# Place names recur in article after article.
_place_key = lru_cache(maxsize=8192)(name_key)


def place_index(doc: Doc, facilities: list[Facility]) -> PlaceIndex:
    # 'the northernmost province of Batanes': the text makes a division of a place of any kind.
    divisions = {i for i, p in enumerate(doc.places) if p.kind not in _PRECISION and (
        (p.kind not in _VAGUE_FEATURES and _after_division_word(_cues(doc.language), doc.norm, p.span[0]))
        or _subdivision(p) is not None)}
    # An island the gazetteer knows the division of places a facility as a town does, short of its coordinates.
    by_start = sorted([(p.span[0], i) for i, p in enumerate(doc.places)
                       if p.kind in _PRECISION or i in divisions or (p.kind in _INSIDE_ADMIN1 and p.admin1)])
    return PlaceIndex(doc.places, [start for start, _ in by_start], [i for _, i in by_start],
                      max((doc.places[i].span[1] - start for start, i in by_start), default=0),
                      divisions={doc.places[i].span for i in divisions},
                      facility_spans=sorted(span for fac in facilities for span in fac.mentions))


def _after_division_word(cues: _Cues, norm: str, start: int) -> bool:
    """`cues.division_of` ends at `start`; its 'of' is tested first, most places having none before them."""
    lo = max(0, start - 16)
    before = norm[lo:start]
    bare = before.rstrip()
    # Non-ASCII letters go to the regex, which under IGNORECASE may match them.
    end = bare[-2:]
    return (len(bare) < len(before) and (end.lower() == "of" or not end.isascii())
            and cues.division_of.search(norm, lo, start) is not None)


def finer_divisions(doc: Doc, facilities: list[Facility]) -> None:
    """A facility's division that the analysts split further (England, Wales, a Philippine region) gives way to the
    one county or province of it that the article names, and a division is given the name reporting gives it
    (docs/data-model.md)."""
    for fac in facilities:
        if fac.country and fac.admin1:
            admin1 = _named_subdivision(doc, fac.country, fac.admin1) or fac.admin1
            # 'in Lamu County': a title the text writes as part of the name stays.
            reported = None if admin1 in doc.norm else _reported_divisions().get((fac.country, admin1))
            fac.admin1 = reported or admin1


@cache
def _reported_divisions() -> dict[tuple[str, str], str]:
    """(country, name) -> the name reporting gives a division whose gazetteer name carries the title the build script
    added to tell it from its town ('Peten Department', 'Cochabamba Department'), where the text does not write the
    title into the name: the name without it, in its own letters where the row keeps them ('Petén', 'Cochabamba').
    In a facility's admin1 no town is to be told apart."""
    titles = tuple(" " + row["word"] for row in table("place_words.tsv") if row["role"] == "division_title")
    reported: dict[tuple[str, str], str] = {}
    for row in table("admin1.tsv"):
        name = row["name"]
        title = next((t for t in titles if name.endswith(t)), None) if row["source"] == "script" else None
        if title is None:
            continue
        bare = name[:-len(title)]
        # The aliases hold the plain name as the sources spell it, diacritics and all, beside the ASCII one.
        reported[(row["country"], name)] = next(
            (alias for alias in row["aliases"].split("|") if alias != bare and town_key(alias) == town_key(bare)), bare)
    return reported


def locate(doc: Doc, fac: Facility, item: Installation | None, place_spans: list[Span], index: PlaceIndex) -> None:
    """Country, admin1 and coordinates: the catalog's position, else the place the text puts it in; an uncatalogued
    facility named after an island of its country that the text places in no division has the island's, else that of
    the town of its country opening its name that the article reports."""
    _locate(doc, fac, item, place_spans, index)
    if item is None and fac.country and not fac.admin1:
        island = _island_opening(fac)
        if island is not None and island[0] == fac.country:
            fac.admin1 = island[1]
        else:
            fac.admin1 = _reported_town_division(doc, fac)


# The most words of a town's or island's name opening a facility's name ('Porto Santo air base', 'the Lord Howe Island
# airstrip'); a longer run of capitalised words is read as no town's.
_TOWN_OPENING_WORDS: Final = 3


def _reported_town_division(doc: Doc, fac: Facility) -> str | None:
    """'the port of X', named 'X port', that the text ties to no place: X, a town of the facility's country that the
    article reports elsewhere (in the headline, in another sentence), names the division it lies in, as the text naming
    a town in a division does (docs/data-model.md)."""
    words = fac.name.split(" ")
    if len(words) < 2:
        return None
    # The town's words end where the generic ones begin ('Porto Santo air base' opens with no town 'Porto').
    size = next((k for k, word in enumerate(words) if word[:1].islower()), 0)
    if not 0 < size <= _TOWN_OPENING_WORDS:
        return None
    opening = town_key(" ".join(words[:size]))
    # A town of a division other than the ones the article names is a namesake's reading: a town the gazetteer lacks
    # there bears the name ('X port' in a story naming only one province is not the port of a town X in another).
    named = {p.admin1 for p in doc.places if p.kind == "admin1" and p.country == fac.country}
    for place in doc.places:
        if (place.kind == "city" and place.admin1 and place.country == fac.country
                and (not named or place.admin1 in named)
                and opening in (town_key(place.name), town_key(doc.surface(place.span)))):
            return place.admin1
    return None


def _locate(doc: Doc, fac: Facility, item: Installation | None, place_spans: list[Span], index: PlaceIndex) -> None:
    # The catalog knows the installation's division; the places layer only guesses a town's.
    known_admin1 = item.admin1 if item and _named_in_text(doc, item.admin1, index) else None
    if item is not None and known_admin1 and item.lat is not None and item.lon is not None:
        # Nothing the text says would change a catalogued, positioned installation with its division named.
        fac.admin1, fac.country = known_admin1, item.country
        fac.lat, fac.lon, fac.geo_precision = item.lat, item.lon, "facility"
        return
    linked = [p for p in _linked_places(doc, fac, place_spans, index)
              if item is None or not item.country or p.country == item.country]
    # A county the gazetteer knows no division of ('Lamu County') is the first division it names.
    admin1 = next((_subdivision(p) or p.name for p in linked if p.kind == "admin1" or p.span in index.divisions
                   or (p.kind == "admin2" and not p.admin1)), None) or next(
        (p.admin1 for p in linked if p.kind in _INSIDE_ADMIN1 and p.admin1), None)
    fac.admin1 = known_admin1 or admin1
    if item is not None:
        fac.country = item.country
        if item.lat is not None and item.lon is not None:
            fac.lat, fac.lon, fac.geo_precision = item.lat, item.lon, "facility"
            return
    best = max(linked, key=lambda p: _SPECIFICITY.get(_PRECISION.get(p.kind, ""), 0), default=None)
    if best is None:
        field_at = None if item is not None or fac.country else _known_airfield(fac)
        if field_at is not None:
            fac.country, fac.lat, fac.lon, fac.geo_precision = field_at.country, field_at.lat, field_at.lon, "facility"
            # 'Chania International Airport': the town the airfield is named after gives its division.
            town = _town_opening(doc, fac, index)
            if town is not None and town.country == field_at.country and _near(town, field_at):
                fac.admin1 = fac.admin1 or _admin1_name(town.country, town.admin1_code)
            return
        state = None if item is not None or fac.country else _state_opening(doc, fac)
        if state is not None:
            fac.country = state
            return
        town = None if item is not None or fac.country else _town_opening(doc, fac, index)
        if town is not None:
            fac.country, fac.admin1 = town.country, fac.admin1 or _admin1_name(town.country, town.admin1_code)
            fac.lat, fac.lon, fac.geo_precision = town.lat, town.lon, "town"
            return
        # "Norway's X air station" is in Norway though the article's other places are in Finland.
        country = (fac.country or _named_country(doc, place_spans) or _demonym_town(doc, place_spans)
                   or _measured_from(doc, fac) or _own_state(fac)
                   or _country_placed_in_sentence(doc, fac, index) or _article_country(doc, fac, item, index))
        # 'The French navy's X base' in a story set in New Caledonia: a territory with a code of its own is the
        # country of the facilities on it (docs/data-model.md), which a state's name or its towns' count misses.
        fac.country = (_territory_named(index, country) if country and item is None else None) or country
        return
    if fac.country and best.country != fac.country:
        return
    fac.country = best.country
    precision = _PRECISION.get(best.kind)
    if precision and best.lat is not None and best.lon is not None:
        fac.lat, fac.lon, fac.geo_precision = best.lat, best.lon, precision


def placed_elsewhere(doc: Doc, fac: Facility, item: Installation, place_spans: list[Span], index: PlaceIndex) -> bool:
    """'the Devonport naval base in Auckland', in an article about New Zealand: a catalogued name that the text ties
    only to towns or divisions of the state the article names most, the catalog putting it in another, names a
    namesake there. (A town's homonym abroad is the commoner mistake of the two, so the article's own state must
    back the town.)"""
    if not item.country:
        return False
    home = index.most_named()
    if home is None or home == item.country:
        return False
    placed = [p for p in _linked_places(doc, fac, place_spans, index) if p.kind in _PLACING_KINDS]
    return bool(placed) and all(p.country == home for p in placed)


def _near(town: City, field_at: Airfield) -> bool:
    """Within about 30 km (0.3 degree each way): the airfield is the town's."""
    return abs(town.lat - field_at.lat) < 0.3 and abs(town.lon - field_at.lon) < 0.3


def _town_opening(doc: Doc, fac: Facility, places: PlaceIndex) -> City | None:
    """'the Konarak naval base': a town the places layer does not report on its own (the article names it only in
    the base's name) still locates the base, when the gazetteer has one sizeable town of that name, in a country the
    article names if it names any, and in the article's own country where it has one ('Murray Barracks' in a story
    about Papua New Guinea is no town abroad that the text never names)."""
    if fac.rule not in _TOWN_NAMED_RULES:
        return None
    first = fac.name.split(" ", 1)[0]
    if first == fac.name or not first[:1].isupper():
        return None
    # 'King Vetkov Air Base': a name of several words is a town's only as a whole, not by its first word.
    part = min((a for a in fac.aliases if fac.name.startswith(a + " ")), key=len, default=first)
    index = city_index()
    rows = index.exact.get(town_key(part))
    if rows is None:
        return None
    towns = [index.city(r // 2) for r in ((rows,) if isinstance(rows, int) else rows) if r % 2]
    towns = [t for t in towns if t.population >= _SIZEABLE_TOWN]
    named = {p.country for p in doc.places if p.country}
    if named:
        towns = [t for t in towns if t.country in named]
    home = places.most_named() or places.dominant_country() if towns else None
    if home is not None:
        towns = [t for t in towns if t.country == home]
    return towns[0] if len({t.country for t in towns}) == 1 else None


def _island_opening(fac: Facility) -> tuple[str, str] | None:
    """'Yap International Airport', 'the Lord Howe Island airstrip': an island whose division the gazetteer knows,
    opening the facility's name, is where it lies (the places layer does not report a name only a facility's name
    holds): (country, division)."""
    words = fac.name.split(" ")
    for size in range(min(len(words) - 1, _TOWN_OPENING_WORDS), 0, -1):
        division = _island_divisions().get(town_key(" ".join(words[:size])))
        if division is not None:
            return division
    return None


@cache
def _island_divisions() -> dict[str, tuple[str, str]]:
    """name_key of an island's name or alias -> its country and first-level division, where the gazetteer gives one.
    A name is also keyed without the island word it ends with, in any language the word tables hold: a facility is
    named after the island without it ('Bering Airport' lies on Bering Island)."""
    tails = tuple(" " + row["word"] for row in table("pattern_words.tsv") if row["class"] == "island tail")
    rows = [(row["country"], row["admin1"], (row["name"], *filter(None, row["aliases"].split("|"))))
            for row in table("places.tsv") if row["admin1"] and row["country"]]
    found: dict[str, tuple[str, str]] = {}
    for country, admin1, names in rows:
        for name in names:
            found.setdefault(town_key(name), (country, admin1))
    # After every whole name, so that no island's bare name takes the key of another's whole one.
    for country, admin1, names in rows:
        for name in names:
            tail = next((t for t in tails if name.endswith(t) and len(name) > len(t)), None)
            if tail is not None:
                found.setdefault(town_key(name[:-len(tail)]), (country, admin1))
    return found


def _state_opening(doc: Doc, fac: Facility) -> str | None:
    """'the Mozambique LNG plant', 'St Helena Airport': a state's name opening the name places it in that state, not
    in a town of the same name."""
    return next((p.country for p in doc.places if p.kind == "country" and p.country
                 and fac.name.startswith(doc.norm[p.span[0]:p.span[1]] + " ")), None)


@cache
def _subdivisions() -> dict[tuple[str, str], str]:
    """(country, name_key of a name or alias) -> name, of the counties and provinces a facility's admin1 names where
    GeoNames' first level is coarser (subdivisions.tsv)."""
    return {(row["country"], town_key(name)): row["name"] for row in table("subdivisions.tsv")
            for name in _subdivision_names(row)}


def _subdivision_names(row: dict[str, str]) -> tuple[str, ...]:
    """The names a row of subdivisions.tsv is written with: its name, then its aliases."""
    return (row["name"], *filter(None, row["aliases"].split("|")))


def _subdivision(place: PlaceMention) -> str | None:
    """The county or province a place (not a town: Cotabato City is no Cotabato province) is, if it is one."""
    if place.kind in _TOWN_KINDS or place.country not in _subdivision_countries():
        return None
    return _subdivisions().get((place.country or "", town_key(place.name)))


@cache
def _subdivision_countries() -> frozenset[str | None]:
    """The countries whose first-level divisions subdivisions.tsv splits: a place elsewhere is no county or province."""
    return frozenset(row["country"] for row in table("subdivisions.tsv"))


@cache
def _subdivision_pattern(country: str, division: str) -> re.Pattern[str] | None:
    """The names of `division`'s counties or provinces, each whole and no part of a longer name ('Sulu Sea')."""
    names = [name for row in table("subdivisions.tsv") if row["country"] == country and row["division"] == division
             for name in _subdivision_names(row)]
    if not names:
        return None
    # Longest first, by first character in that order: the pattern opens with the set of those characters, to which
    # the engine skips in C, and looks behind the one it took; opening with the look-behind and the alternatives,
    # it tried every name at every character of the text.
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    openings = "".join(re.escape(first) for first in groups)
    branches = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(rests)})" for first, rests in groups.items())
    return re.compile(rf"[{openings}](?<![\w-].)(?:{branches})(?![\w-])(?! [A-Z])")


def _named_subdivision(doc: Doc, country: str, division: str) -> str | None:
    """The one county or province of `division` the article names, where it names one: 'Jolo, on Sulu' puts a base at
    Jolo (Bangsamoro, to GeoNames) in Sulu. A name the places layer reads as another country's place is not it, nor
    one the equipment layer reads as a ship's or a weapon's ('HMS Kent', 'the USS Bataan': navies name ships after
    counties and provinces)."""
    # Most facilities lie in a country the table splits no division of: told by a set, where the pattern's cache is
    # keyed by a pair built and hashed, and each new pair read the whole table.
    if country not in _subdivision_countries():
        return None
    pattern = _subdivision_pattern(country, division)
    if pattern is None:
        return None
    named = {_subdivisions()[(country, town_key(m.group()))] for m in pattern.finditer(doc.norm)
             if not any(p.country != country and p.span[0] < m.end() and m.start() < p.span[1] for p in doc.places)
             and not any(k.span[0] < m.end() and m.start() < k.span[1] for k in doc.equipment)}
    return next(iter(named)) if len(named) == 1 else None


@cache
def _admin1_names() -> dict[tuple[str, str], str]:
    return {(row["country"], row["code"]): row["name"] for row in table("admin1.tsv")}


def _admin1_name(country: str, code: str) -> str | None:
    return _admin1_names().get((country, code))


def _own_state(fac: Facility) -> str | None:
    """"Turkey's X air base", with no place given: a state's own air or naval base the catalog does not know of lies
    in that state (foreign bases are the catalogued ones)."""
    return fac.operator if fac.kind in _NATIONAL_KINDS and fac.rule == "facilities:name-head" else None


def _territory_named(index: PlaceIndex, sovereign: str) -> str | None:
    """The dependent territory of `sovereign` that the article's places lie in more than in any other country (the
    sovereign itself included), if one: where a story is set. Demonyms say whose forces act, not where; a country's
    name counts, as a territory is named more than its towns ('Gibraltar')."""
    ranked = Counter(p.country for p in index.places if p.country and p.kind != "demonym").most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    top = ranked[0][0]
    return top if _sovereigns().get(top) == sovereign else None


def _measured_from(doc: Doc, fac: Facility) -> str | None:
    """'The X airfield, 40 km north of Dushanbe, ...', 'X lies 40 km from Y': the country of the town a mention is
    measured from, and its division when the town is near (a few tens of kilometres)."""
    for _, end in fac.mentions:
        gap = _cues(doc.language).distance_from.match(doc.norm, end)
        if gap is not None:
            town = next((p for p in doc.places if p.span[0] == gap.end() and p.kind in _TOWN_KINDS), None)
            if town is not None and town.country:
                if _near_figure(gap.group("far"), gap.group()):
                    fac.admin1 = fac.admin1 or town.admin1
                return town.country
    return None


def _near_figure(figure: str, phrase: str) -> bool:
    """Whether a distance is within `_NEAR_KM` ('40 km', '25 miles')."""
    try:
        value = float(figure.replace(",", ""))
    except ValueError:
        return False
    return value * (1.609 if "mile" in phrase else 1.0) <= _NEAR_KM


def _known_airfield(fac: Facility) -> Airfield | None:
    """'Honiara International Airport', 'Momote airport': an airport the text places nowhere, known by its name."""
    if fac.kind != "airfield":
        return None
    index = _airfield_index()
    found = {field for alias in fac.aliases for key in (name_key(alias), name_key(f"{alias} airport"))
             for field in index.get(key, ())}
    return found.pop() if len(found) == 1 else None


def load_reference_data() -> None:
    """Build the reference data the attributes read (the airports by name) now, at load, rather than in the first
    article that names an airport."""
    _airfield_index()


@cache
def _airfield_index() -> dict[str, tuple[Airfield, ...]]:
    """Airports by folded name, also without 'International' ('Momote Airport'); names shared across countries are
    dropped, the text's name saying nothing of which one is meant."""
    index: dict[str, list[Airfield]] = {}
    for known in airfields():
        key = fresh_name_key(known.name)
        for variant in {key, key.replace(" international ", " ")}:
            index.setdefault(variant, []).append(known)
    return {key: tuple(fields) for key, fields in index.items() if len({f.country for f in fields}) == 1}


def _named_country(doc: Doc, place_spans: list[Span]) -> str | None:
    """The country of an island or other feature that is the facility's whole name ('station on X Island')."""
    return next((p.country for p in doc.places if p.country and p.kind not in _VAGUE_FEATURES
                 and p.span in place_spans), None)


def _demonym_town(doc: Doc, place_spans: list[Span]) -> str | None:
    """'near the northern Iraqi town of X': the state a demonym before the settlement word names."""
    for start, _ in place_spans:
        word = _cues(doc.language).demonym_town.search(doc.norm, max(0, start - 40), start)
        if word is None:
            continue
        # 'the Russian-occupied town of X' names who holds the town, not whose it is: the demonym must be the word.
        country = next((p.country for p in doc.places if p.kind == "demonym" and p.span == word.span(1)), None)
        if country:
            return country
    return None


def fronted_country(doc: Doc, fac: Facility, actor_list: list[Actor]) -> str | None:
    """'In Aguadilla, drones stood on the apron of X Airport': the country of the town a sentence opens in. Weaker
    than a place tied to the name, so it is asked last and runs no host rule; a capital that stands for its
    government ('In Washington, officials said ...') is where people speak, not where the facility is."""
    first = min(fac.mentions)
    sent_start = doc.sentence_of(first[0])[0]
    speakers = {a.span for a in actor_list}
    return next((p.country for p in doc.places if sent_start <= p.span[0] < sent_start + _FRONT and p.span[1] < first[0]
                 and p.kind in _TOWN_KINDS and p.country and p.span not in speakers
                 and doc.norm.startswith(",", p.span[1])
                 and _FRONTED_IN.search(doc.norm, max(sent_start, p.span[0] - 4), p.span[0])), None)


def _country_placed_in_sentence(doc: Doc, fac: Facility, index: PlaceIndex) -> str | None:
    """'China has one base, in Djibouti, which opened beside the Doraleh port': the country a locative names in the
    sentence of the facility's first mention."""
    first = min(fac.mentions)
    start, end = doc.sentence_of(first[0])
    # "on Vietnam's X Reef" says whose X is, not where.
    # '..., although the pilots will stay in the United States': a country in another clause is not where it is.
    # 'China, which runs a base in Djibouti, is building a port in X': nor one in a relative clause of its own.
    clauses = [r for r in _relative_clauses(doc, (start, end)) if not r[0] <= first[0] < r[1]]
    cues = _cues(doc.language)
    named = next((p.country for p in index.places if p.kind == "country" and p.country and start <= p.span[0] < end
                  and index.locative_before(cues, doc.norm, p.span) and not _POSSESSIVE_AFTER.match(doc.norm, p.span[1])
                  and not (p.span[0] > first[1] and _clause_break(doc.norm, first[1], p.span[0]))
                  and not any(r[0] <= p.span[0] < r[1] for r in clauses)), None)
    if named is not None or _THE_COUNTRY.search(doc.norm, first[1], end) is None:
        return named
    # 'Camp X, the main US base in the country': the country the article names most.
    ranked = Counter(p.country for p in index.places if p.kind == "country" and p.country).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _article_country(doc: Doc, fac: Facility, item: Installation | None, index: PlaceIndex) -> str | None:
    """'MONROVIA - ... the Armed Forces of Liberia train at the X Barracks in Schefflin': a facility nothing else
    places lies in the article's dominant country, else in the one it names most (`_most_named`). Not one named after
    an island, reef or archipelago the gazetteer gives no state (`_DISPUTABLE_KINDS`: a disputed one): for it no
    country is the judgement."""
    if _named_after_stateless(doc, fac, _DISPUTABLE_KINDS):
        return None
    return index.dominant_country() or _most_named(doc, fac, item, index)


def _named_after_stateless(doc: Doc, fac: Facility, kinds: frozenset[str] | None = None) -> bool:
    """Whether a mention of `fac` holds a place the gazetteer gives no state, of `kinds` (any but vague features:
    seas, regions, continents, demonyms, when None)."""
    return any(p.country is None and (p.kind in kinds if kinds is not None else p.kind not in _VAGUE_FEATURES)
               and s <= p.span[0] and p.span[1] <= e for p in doc.places for s, e in fac.mentions)


def _most_named(doc: Doc, fac: Facility, item: Installation | None, index: PlaceIndex) -> str | None:
    """The country the article names most (`PlaceIndex.most_named`), for a facility nothing else places. Not a
    catalogued one whose catalog gives no country, nor one named after a place the gazetteer gives no state."""
    if item is not None or _named_after_stateless(doc, fac):
        return None
    top = index.most_named()
    # 'Turkey's X base': a state the name itself gives runs it where the article's own country is another's.
    return None if fac.operator and fac.operator != top else top


def _dominant_country(places: list[PlaceMention]) -> str | None:
    """The country that at least three quarters of the article's towns, regions and islands lie in, or that three of
    them at least and twice as many as any other country's lie in, if any. An island counts as a town does: a story
    set on a small state's islands names few of its towns, and their namesakes abroad must not outweigh it."""
    countries = [p.country for p in places if p.kind in _DOMINATING_KINDS and p.country]
    if len(countries) < 2:
        return None
    # A country with three quarters of them is the only one with the most.
    ranked = Counter(countries).most_common(2)
    top, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return top if count >= 0.75 * len(countries) or (count >= 3 and count >= 2 * runner_up) else None


def _named_in_text(doc: Doc, admin1: str | None, index: PlaceIndex) -> bool:
    """Whether the article names this first-level division (as a place or as a town's division)."""
    if not admin1:
        return False
    key, bare = _division_forms(admin1)
    if key and index.names_division(key):
        return True
    if not bare:
        return False
    # The bare name as a whole word: found by substring search, its edges tested as \b would test them (a pattern
    # per division would be compiled for each of the catalog's hundreds of divisions).
    norm = doc.norm
    pos = norm.find(bare)
    while pos >= 0:
        end = pos + len(bare)
        if _boundary(norm[pos - 1:pos], bare[0]) and _boundary(bare[-1], norm[end:end + 1]):
            return True
        pos = norm.find(bare, pos + 1)
    return False


def _boundary(before: str, after: str) -> bool:
    """Whether \\b holds between `before` and `after`, one character each or empty at the text's edge."""
    return is_word_char(before) != is_word_char(after)


# The catalog's few divisions recur in article after article.
@lru_cache(maxsize=4096)
def _division_forms(admin1: str) -> tuple[str, str]:
    """A division's name_key and its name without the division word ('Latakia Governorate' -> 'Latakia')."""
    return name_key(admin1), _ADMIN_WORD.sub("", admin1)


def _linked_places(doc: Doc, fac: Facility, place_spans: list[Span], index: PlaceIndex) -> list[PlaceMention]:
    """Places named in a mention or tied to one by a locative ('... plant in Deir al Zour')."""
    by_end = sorted(fac.mentions, key=lambda span: span[1])
    ends = [span[1] for span in by_end]
    # A place holding a name starts at most `longest` before the name ends; a locative one within 60 after a mention.
    chosen = {i for s, e in place_spans for i in index.starting_in(e - index.longest, s)}
    chosen.update(i for e in ends for i in index.starting_in(e, e + 60))
    linked: list[PlaceMention] = []
    for place in (doc.places[i] for i in sorted(chosen)):
        inside = any(place.span[0] <= s and e <= place.span[1] for s, e in place_spans)
        if not inside and _named_in_other(index, fac, place.span):
            continue
        near = by_end[bisect_left_int(ends, place.span[0] - 60):bisect_right_int(ends, place.span[0])]
        if inside or any(_follows(doc, span, place.span, index)
                         and not _other_between(index, fac, span[1], place.span[0]) for span in near):
            linked.append(place)
    return linked


def _named_in_other(index: PlaceIndex, fac: Facility, place: Span) -> bool:
    """'flew into X from the base at Arthur Lewis International Airport': a town's name inside another facility's
    longer name is that facility's, and places nothing said before it."""
    spans = index.facility_spans
    start, end = place
    i = bisect_right(spans, (start, end + _NAME_REACH))
    while i > 0 and spans[i - 1][0] > start - _NAME_REACH:
        i -= 1
        s, e = spans[i]
        if s <= start and end <= e and (s, e) != place and (s, e) not in fac.mentions:
            return True
    return False


_APPOSITION_GAP: Final = 2


def _other_between(index: PlaceIndex, fac: Facility, start: int, end: int) -> bool:
    """'the jets moved there from the X air base in Y': another facility named between a mention and the place after it
    is the one the place locates. One set right after the mention's comma is an apposition ('X, the island's airfield
    in Y'), its place the mention's too."""
    spans = index.facility_spans
    i = bisect_left(spans, (start + _APPOSITION_GAP + 1, 0))
    while i < len(spans) and spans[i][0] < end:
        if spans[i][1] <= end and spans[i] not in fac.mentions:
            return True
        i += 1
    return False


def _clause_breaks(text: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """Semicolons, ellipses and the words 'but', 'while', 'whereas', 'although', 'though' in text[lo:hi]."""
    for brk in _CLAUSE_BREAK.finditer(text, lo, len(text) if hi is None else hi):
        start = brk.start()
        if not (start and brk.group()[0].isalpha() and (text[start - 1].isalnum() or text[start - 1] == "_")):
            yield brk


def _clause_break(text: str, lo: int = 0, hi: int | None = None) -> bool:
    end = len(text) if hi is None else hi
    return _may_break(text, lo, end) and next(_clause_breaks(text, lo, end), None) is not None


def _may_break(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds what `_CLAUSE_BREAK` finds: most gaps hold none of it, and substring searches cost
    less than the pattern's."""
    return (text.find(";", lo, hi) >= 0 or text.find("but", lo, hi) >= 0 or text.find("while", lo, hi) >= 0
            or text.find("...", lo, hi) >= 0 or text.find("\u2026", lo, hi) >= 0
            or text.find("whereas", lo, hi) >= 0 or text.find("though", lo, hi) >= 0)


def _follows(doc: Doc, mention: Span, place: Span, index: PlaceIndex) -> bool:
    """`place` comes within a short locative chain after `mention`, in the same clause."""
    if mention[1] > place[0]:
        return False
    gap = doc.norm[mention[1]:place[0]]
    if len(gap) > 60 or _clause_break(gap) or gap.count(",") > 1 or "." in gap:
        return False
    # The locative before the place first: it is asked once a place (cached) and most places have none, where the
    # word-list searches below would be made for every mention and place.
    if not index.locative_before(_cues(doc.language), doc.norm, place) or not (len(gap) < 8 or _has_locative(gap)):
        return False
    # 'X now matters more than any base on Crete': the place is another head's.
    if _OTHER_HEAD.search(gap) and facility_words(doc.language).heads.search(doc.norm, mention[1], place[0]):
        return False
    # 'jets flying from X struck targets in Y': a place after an event word is where the event was.
    return len(gap) < 8 or event_words(doc.language).triggers.search(doc.norm, mention[1], place[0]) is None


def _has_locative(text: str) -> bool:
    """Whether one of `_LOCATIVE_WORDS` stands in `text` as a whole word: each looked for by substring search, its edges
    tested as \\b would test them, where a pattern opening on \\b would be tried at every position."""
    for word in _LOCATIVE_WORDS:
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (pos == 0 or not is_word_char(text[pos - 1])) and (end == len(text) or not is_word_char(text[end])):
                return True
            pos = text.find(word, pos + 1)
    return False


def _may_name_side(words: tuple[str, ...], phrase: str) -> bool:
    """Whether a side's pattern may be found in `phrase`: in ASCII, only where one of its `words` stands there in some
    case."""
    if not phrase.isascii():
        return True  # under IGNORECASE, 'ı' is 'i' and 'ſ' is 's'
    lowered = phrase.lower()
    return any(word in lowered for word in words)


def attach_attributes(doc: Doc, facilities: list[Facility], actor_list: list[Actor], raising: frozenset[str]) -> None:
    """Each facility's operator, tenants, runways, equipment and capabilities; `raising`: the territories raising
    their own forces (`raising_territories`)."""
    if not facilities:
        return
    _stated_operator(doc, facilities, actor_list)
    _service_runs(doc, facilities, raising)
    _builder_operator(doc, facilities, actor_list)
    closed = {id(fac) for fac in facilities if _former(doc, fac)} | _run_by_no_state(doc, facilities, actor_list)
    for fac in facilities:
        if fac.operator is None and fac.kind in _NATIONAL_KINDS and fac.country and id(fac) not in closed:
            fac.operator = host_force(fac, raising)
    _privately_run(doc, facilities)
    _runways(doc, facilities)
    _tenants(doc, facilities, actor_list, raising)
    for fac in facilities:
        if (fac.operator is None and _host_run_kind(doc, fac) and fac.country
                and (not fac.tenants or _forces_only(doc, fac))
                and (fac.rule not in _UNNAMED_RULES or _service_named(fac) or _forces_only(doc, fac)
                     or _host_service_before(doc, fac, actor_list))
                and id(fac) not in closed):
            fac.operator = host_force(fac, raising)
    _equipment(doc, facilities)
    _kit_told_before(doc, facilities)
    _listed_kit(doc, facilities)
    _shared_runways(doc, facilities)
    _capabilities(doc, facilities)


def host_force(fac: Facility, raising: frozenset[str] = frozenset()) -> str | None:
    """Whose forces hold where a facility is: its country's, but in a division another state holds ('an air base
    near Saky in Crimea'), that state's; in a dependent territory ('an air base in French Guiana'), its sovereign's,
    unless the territory is one of `raising`, which raise forces of their own (docs/data-model.md)."""
    held = _held_divisions().get((fac.country or "", fac.admin1 or ""), fac.country)
    return held if not held or held in raising else _sovereigns().get(held, held)


def sovereign_of(country: str) -> str | None:
    """The state whose forces defend a dependent territory (French Guiana: FR); None for a country that is none."""
    return _sovereigns().get(country)


def raising_territories(doc: Doc, actor_list: list[Actor]) -> frozenset[str]:
    """The dependent territories whose own force the text names ('the Royal Bermuda Regiment', 'the Cayman Islands
    Coast Guard'): their bases are their forces', not their sovereign's."""
    sovereigns = _sovereigns()
    raised_after = _cues(doc.language).raised_after
    return frozenset(actor.code for actor in actor_list
                     if actor.code in sovereigns and raised_after.match(doc.norm, actor.span[1]) is not None)


@cache
def _sovereigns() -> dict[str, str]:
    return {row["territory"]: row["sovereign"] for row in table("dependencies.tsv")}


@cache
def _held_divisions() -> dict[tuple[str, str], str]:
    return {(row["country"], row["admin1"]): row["holder"] for row in table("held_divisions.tsv")}


def _host_run_kind(doc: Doc, fac: Facility) -> bool:
    """A base or outpost, or an airfield ever called more than an airport ('the X airfield'): the host runs it when
    the text places no other force there."""
    return fac.kind in _HOST_RUN_KINDS or (fac.kind == "airfield" and not only_weak_heads(doc.language, fac)) or (
        fac.rule in _HQ_RULES and fac.name.endswith(_cues(doc.language).headquarters_ends)) or _forces_only(doc, fac)


def _forces_only(doc: Doc, fac: Facility) -> bool:
    """'the X firing range': an installation of no schema kind that only armed forces run; foreign forces training
    there are its guests."""
    # A described installation's name ('X ammunition depot') carries the head its alias puts before the place ('the
    # army ammunition depot at X').
    heads = _host_run_heads(doc.language)
    return fac.kind == "other" and (fac.name.lower().endswith(heads)
                                    or any(name.lower().endswith(heads) for name in fac.aliases))


@lru_cache(maxsize=8)
def _host_run_heads(lang: str) -> tuple[str, ...]:
    """' firing range', ' military academy': the endings of names of installations only armed forces run."""
    return tuple(f" {row['word']}" for row in table("facility_words.tsv")
                 if row["lang"] == lang and row["role"] == "hostrun")


def _service_named(fac: Facility) -> bool:
    """'an army position near X': a post of a service no state qualifies is the host state's own."""
    return any(_SERVICE_OPENING.match(alias) for alias in fac.aliases)


def _host_service_before(doc: Doc, fac: Facility, actor_list: list[Actor]) -> bool:
    """'the army completed a new patrol post near X': a service no state qualifies, before the facility in a sentence
    that names no state before it, is the host's own."""
    first = min(fac.mentions)[0]
    start = doc.sentence_of(first)[0]
    if any(start <= a.span[0] < first for a in actor_list):
        return False
    return any(m.group("det") or m.start() == start for m in _cues(doc.language).bare_service.finditer(doc.norm, start,
                                                                                                          first))


def _privately_run(doc: Doc, facilities: list[Facility]) -> None:
    """'The port ... is run by a private operator': a civil port or airport a company runs has no state operator,
    whatever the catalog says of the state's hand in it."""
    # Most texts lack both of the cue's rare words, and need not be searched for it.
    if "private" not in doc.norm and "commercial" not in doc.norm:
        return
    for cue in _private_cues(_cues(doc.language), doc.norm):
        sent_start = doc.sentence_of(cue.start())[0]
        before = _by_start((s, fac) for fac in facilities for s, e in fac.mentions
                           if sent_start <= s and e <= cue.start())
        if before and before[0][1].kind in _CIVIL_RUN_KINDS:
            before[0][1].operator = None


def _private_cues(cues: _Cues, norm: str) -> list[re.Match[str]]:
    """The matches `cues.private_run` with a leading \\b would find: those a word character comes before are skipped,
    and the search goes on from the next position, as a failed boundary would make it. The pattern is tried only where
    one of its openings stands (`_Cues.private_openings`, found by substring searches), in order, where its search
    tried it at every position of the text from the first of its letters on."""
    found: list[re.Match[str]] = []
    if not any(word in norm for word in cues.private_words):
        return found  # most texts: substring searches spare the pattern's scan
    resume = 0
    # two openings may stand at one place ('operat', 'operated'): each place tried once
    for start in sorted(set(positions_of(norm, cues.private_openings))):
        if start < resume or (start and (norm[start - 1].isalnum() or norm[start - 1] == "_")):
            continue
        cue = cues.private_run.match(norm, start)
        if cue is not None:
            found.append(cue)
            resume = cue.end()
    return found


def _run_by_no_state(doc: Doc, facilities: list[Facility], actor_list: list[Actor]) -> set[int]:
    """'The base ... is used by Transnistria's own armed forces': a force of no recognised state runs it, so the host
    state does not (ids of such facilities)."""
    found: set[int] = set()
    # A cue counts only before such a region and its forces, which few texts have: the pattern, opening on \b, is
    # tried at every position, so the text is scanned only when one is there.
    cues = _cues(doc.language)
    if not any(p.kind in _STATELESS_KINDS and cues.forces_after.match(doc.norm, p.span[1]) for p in doc.places):
        return found
    for cue in cues.used_by.finditer(doc.norm):
        if any(a.span[0] == cue.end() for a in actor_list):
            continue
        region = next((p for p in doc.places if p.span[0] == cue.end() and p.kind in _STATELESS_KINDS), None)
        if region is None or not cues.forces_after.match(doc.norm, region.span[1]):
            continue
        sent_start = doc.sentence_of(cue.start())[0]
        before = _by_start((s, fac) for fac in facilities for s, e in fac.mentions
                           if sent_start <= s and e <= cue.start())
        if before:
            found.add(id(before[0][1]))
    return found


def _by_start(mentions: Iterator[tuple[int, Facility]]) -> list[tuple[int, Facility]]:
    """(start, facility) pairs by start, in facility order among equal starts (two facilities may share a mention's
    start, and facilities do not compare)."""
    return sorted(mentions, key=itemgetter(0))


def _former(doc: Doc, fac: Facility) -> bool:
    """'the former Roosevelt Roads naval station': a base that is no longer one has no host force running it."""
    # Only ASCII letters fold onto the word's: a lower-cased window without it needs no search (most have none).
    norm = doc.norm
    return any("former" in norm[max(0, s - 12):s].lower() and _FORMER.search(norm, max(0, s - 12), s)
               for s, _ in fac.mentions)


def _stated_operator(doc: Doc, facilities: list[Facility], actor_list: list[Actor]) -> None:
    """'X, which Tajikistan's air force operates', 'the base is run by the Papua New Guinea Defence Force': the text
    names who runs the facility mentioned last before the phrase."""
    _named_after_mentions(doc, facilities, actor_list)
    # Actors are few and the cue ends at one: look back from each rather than scan the text for the cue.
    verb_ends = _object_verb_ends(doc.norm, facilities)
    cues = _cues(doc.language)
    previous_end = -1
    for actor in actor_list:
        # 'Russia and Syria use the X base': states that run or use it together say nothing of which runs it.
        joint = _joined(doc.norm, previous_end, actor.span[0]) if previous_end >= 0 else False
        previous_end = actor.span[1]
        if not joint:
            _runs_next(doc, facilities, actor, verb_ends)
        lo = max(0, actor.span[0] - cues.run_by_reach)
        if not (_has_run_by_word(doc.norm, lo, actor.span[0]) and _may_end_run_by(doc.norm, lo, actor.span[0])):
            continue
        cue = _run_by_cue(cues, doc.norm, lo, actor.span[0])
        verb = cues.runs.match(doc.norm, actor.span[1]) if cue is not None and cue.group("which") else None
        if cue is None or (cue.group("which") and (verb is None or joint)):
            continue
        sent_start = doc.sentence_of(cue.start())[0]
        before = _by_start((s, fac) for fac in facilities for s, e in fac.mentions
                           if sent_start <= s and e <= cue.start())
        # 'missiles used by Russia' use a facility no more than they run it: 'used by' must follow the facility's
        # name; 'used by Iranian-backed forces' is by another state's proxies.
        # 'controlled by Russian-backed separatists': by another state's proxies; 'operated by China Merchants Port
        # Holdings': by a company.
        if cues.proxy_after.match(doc.norm, actor.span[1]) or cues.company_after.match(doc.norm, actor.span[1]):
            continue
        if cue.group("used") and (doc.norm.startswith("-", actor.span[1]) or not any(
                _USED_GAP.fullmatch(doc.norm, e, cue.start()) for _, e in _mentions_in(facilities, sent_start,
                                                                                       cue.start()))):
            continue
        if before:
            # A passive with its verb ('X, on ..., is run by') is said of the subject; a bare 'run by' of the last noun.
            fac = before[0 if cue.group(1) else -1][1]
            # "Turkey's X air base, used by US forces": those using a base someone is said to own are its guests; the
            # airlines using an airport run nothing there.
            if cue.group("used") and (fac.operator or only_weak_heads(doc.language, fac)):
                continue
            if verb is None or _verb_runs(doc, fac, actor, verb, verb.end()):
                fac.operator = actor.code


# How far before a verb of running `_Cues.service_runs` may start: 'which', the article, the longest service's name
# and an adverb ('which the coast guard also').
_SERVICE_RUN_REACH: Final = 40


def _service_runs(doc: Doc, facilities: list[Facility], raising: frozenset[str]) -> None:
    """'the airport at X, which the navy also runs', 'the army operates X airport': a service no state qualifies runs
    the facility told right before 'which' or right after the verb, for the state whose land it is on (`host_force`)."""
    cues = _cues(doc.language)
    for k, pos in _running_words_at(doc, cues):
        end = pos + len(cues.running_words[k]) + 1
        cue = None if is_word_char(doc.norm[end:end + 1]) or not _may_follow_service(cues, doc.norm, pos) else (
            cues.service_runs.search(doc.norm, max(0, pos - _SERVICE_RUN_REACH), pos + 1))
        if cue is not None:
            _run_by_service(doc, facilities, raising, cue, end + 1)


def _running_words_at(doc: Doc, cues: _Cues) -> list[tuple[int, int]]:
    """Each verb of running written after a space, as (its place in `cues.running_words`, where the space stands), by
    word and then by place: from the shared word pass, whose whole words in any case hold every one, or by a search of
    the text per word where the pass cannot read it (lower-casing moves its offsets)."""
    norm = doc.norm
    found = []
    if cues.running_slot >= 0 and doc.spaced() is not None:
        # A key ends on the space after its word (`spacing.spaced` pads the text with one in front).
        for after, ks in spaced_hits(cues.running_slot, norm):
            # typed, so the compiled build iterates a native tuple rather than an object
            places: tuple[int, ...] = ks
            for k in places:
                word = cues.running_words[k]
                pos = after - 2 - len(word)
                if pos >= 0 and norm[pos] == " " and norm.startswith(word, pos + 1):
                    found.append((k, pos))
        found.sort()
        return found
    for k, word in enumerate(cues.running_words):
        pos = norm.find(f" {word}")
        while pos >= 0:
            found.append((k, pos))
            pos = norm.find(f" {word}", pos + len(word) + 1)
    return found


def _may_follow_service(cues: _Cues, norm: str, pos: int) -> bool:
    """Whether the word before the spaces ending at `pos` may end `cues.service_runs` ('the navy also'): most words
    before a verb of running are not a service's, and a set of openings costs less than the pattern. Non-ASCII words go
    to the pattern, which under IGNORECASE matches 'ı' for 'i'."""
    before = norm[max(0, pos - _SERVICE_RUN_REACH):pos].rsplit(None, 1)
    if not before:
        return False
    word = before[-1]
    return not word.isascii() or word.lower().startswith(cues.service_run_ends)


def _run_by_service(doc: Doc, facilities: list[Facility], raising: frozenset[str], cue: re.Match[str],
                    after: int) -> None:
    """Sets the operator of the facility `cue` (`_Cues.service_runs`) says its service runs; `after`: where the verb's
    object starts."""
    sent_start = doc.sentence_of(cue.start())[0]
    if cue.group("which"):
        before = [(e, fac) for fac in facilities for s, e in fac.mentions if sent_start <= s and e <= cue.start()
                  and not doc.norm[e:cue.start()].strip(" ,")]
        fac = before[0][1] if before else None
    else:
        # right after the verb, or after its article ('the navy also runs the X airport')
        article = next((a for a in _cues(doc.language).object_articles if doc.norm.startswith(f"{a} ", after)), None)
        starts = (after,) if article is None else (after, after + len(article) + 1)
        fac = next((f for f in facilities for s, _ in f.mentions if s in starts), None)
    if fac is None or fac.operator is not None:
        return
    # A bare service is the land's own ('the navy' of the state it is in), as the host rules read it.
    fac.operator = host_force(fac, raising) if fac.country else None


def _run_by_cue(cues: _Cues, norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """What `cues.run_by.search(norm, lo, hi)` finds: the pattern tried only where a word opens with a character one
    of its words opens with, from the left, where the search opening on \\b tries it at every position."""
    at = lo
    while at < hi:
        if norm[at] in cues.run_by_initials and (at == lo or not is_word_char(norm[at - 1])):
            cue = cues.run_by.match(norm, at, hi)
            if cue is not None:
                return cue
        at += 1
    return None


def _joined(norm: str, end: int, start: int) -> bool:
    """Whether norm[end:start] joins two states ('Russia and Syria'); most gaps are too long to, and are not sliced."""
    return start - end <= _LONGEST_JOINING and norm[end:start] in _JOINING


def _has_run_by_word(norm: str, lo: int, hi: int) -> bool:
    """Whether norm[lo:hi] holds a word `_Cues.run_by` needs: three substring searches cost less than a pattern's (and,
    compiled, less than reading the window's last words)."""
    return norm.find("by ", lo, hi) >= 0 or norm.find("which ", lo, hi) >= 0 or norm.find("that ", lo, hi) >= 0


def _may_end_run_by(norm: str, lo: int, hi: int) -> bool:
    """Whether `_Cues.run_by` may end at `hi`: whitespace there, and the last word before it, less a 'Royal' and then a
    'the', ends with 'by', 'which' or 'that'. Most states' windows fail this, and are spared the pattern, which opens
    on \\b and is tried at every position."""
    bare = norm[lo:hi].rstrip()
    if len(bare) == hi - lo:
        return False
    for optional in _RUN_BY_OPTIONAL:
        if bare.endswith(optional) and (len(bare) == len(optional) or bare[-len(optional) - 1].isspace()):
            bare = bare[:-len(optional)].rstrip()
    return any(bare.endswith(word) for word in _RUN_BY_WORDS)  # one by one: compiled, a tuple's is a generic call


# What the word before `_Cues.run_by`'s optional article ends with, and the optional words after it, last first.
_RUN_BY_WORDS: Final = ("by", "which", "that")
_RUN_BY_OPTIONAL: Final = ("Royal", "the")


def _named_after_mentions(doc: Doc, facilities: list[Facility], actor_list: list[Actor]) -> None:
    """What follows a facility's name says who runs it: 'France handed the X base over to Chadian forces' (the state
    an unowned facility is handed to), 'X naval station, a Russian navy facility' (a description set after it)."""
    by_start = {a.span[0]: a for a in actor_list}
    cues = _cues(doc.language)
    for fac in facilities:
        for start, end in fac.mentions:
            if fac.operator is not None:
                break
            to = _HANDED_TO.match(doc.norm, end)
            actor = by_start.get(to.end()) if to else None
            if actor is not None and cues.handed.search(doc.norm, max(doc.sentence_of(start)[0], start - 40), start):
                fac.operator = actor.code
                continue
            # 'Its headquarters near X was handed over to the Azerbaijani army'.
            passive = cues.handed_passive.match(doc.norm, end) if doc.norm[end:end + 1] == " " else None
            actor = by_start.get(passive.end()) if passive else None
            # 'handed to China Merchants Port Holdings': a company, not the state its name opens with.
            if actor is not None and cues.company_after.match(doc.norm, actor.span[1]) is None:
                fac.operator = actor.code
                continue
            det = _APPOSED_OWNER.match(doc.norm, end)
            actor = by_start.get(det.end()) if det else None
            # 'X, the former British air base': the state ran it once.
            if (det is not None and actor is not None and "former" not in det.group()
                    and cues.owned_noun.match(doc.norm, actor.span[1])):
                fac.operator = actor.code


def _mentions_in(facilities: list[Facility], lo: int, hi: int) -> list[Span]:
    return [span for fac in facilities for span in fac.mentions if lo <= span[0] and span[1] <= hi]


def _runs_next(doc: Doc, facilities: list[Facility], actor: Actor, verb_ends: list[int]) -> None:
    """'The United States operates the X air base', 'Germany's army runs a logistics hub at X': the facility named
    right after the verb. `verb_ends`: where such a verb may end (`_object_verb_ends`)."""
    # Most states have no mention's verb after them in their sentence: the verb pattern need not be tried.
    later = bisect_right_int(verb_ends, actor.span[1])
    if later == len(verb_ends):
        return
    sent_end = doc.sentence_of(actor.span[0])[1]
    if verb_ends[later] > sent_end:
        return
    cues = _cues(doc.language)
    verb = cues.runs.match(doc.norm, actor.span[1])
    if verb is None or verb.end() > sent_end:
        return
    after = _RUN_OBJECT.match(doc.norm, verb.end())
    if after is None:
        return
    found = next(((f, e) for f in facilities for s, e in f.mentions if s == after.end()), None)
    if found is not None and _verb_runs(doc, found[0], actor, verb, found[1]):
        found[0].operator = actor.code


def _verb_runs(doc: Doc, fac: Facility, actor: Actor, verb: re.Match[str], object_end: int) -> bool:
    """Whether the state before a verb of `_Cues.runs` runs the facility: not a state using it with its kit or as a
    guest of whoever is known to run it ('US Navy ships use the X base'), nor one leasing it out ('leases the X base to
    Russia'), nor another subject's partner ('Russia and Syria'), nor one taking a base from a known operator other
    than the host (a capture, unlike a handover to the host's forces)."""
    gap = verb.group("gap").split()
    cues = _cues(doc.language)
    # 'China Merchants operates the X port': a company the state's name opens.
    if "and" in gap or "or" in gap or (gap and cues.company_after.match(doc.norm, actor.span[1])):
        return False
    word = verb.group("verb")
    if word in cues.uses:
        return fac.operator is None and all(w.lower() in cues.using_forces for w in gap)
    if word in cues.leases:
        return _LEASED_OUT.match(doc.norm, object_end) is None
    if word in cues.takes_over:
        return fac.operator is None or actor.code in (fac.operator, fac.country)
    return True


def _object_verb_ends(norm: str, facilities: list[Facility]) -> list[int]:
    """Where a verb `_RUN_OBJECT` follows must end for a mention to start where that pattern ends: before the spaces
    before a determiner right before the mention. Sorted."""
    ends: set[int] = set()
    for fac in facilities:
        for start, _ in fac.mentions:
            det_end = _spaces_before(norm, start)
            det_start = det_end
            while det_start and norm[det_start - 1].isalpha():
                det_start -= 1
            verb_end = _spaces_before(norm, det_start)
            if det_end < start and verb_end < det_start and norm[det_start:det_end] in _OBJECT_DETERMINERS:
                ends.add(verb_end)
    return sorted(ends)


def _spaces_before(norm: str, pos: int) -> int:
    """Where the whitespace (as \\s reads it) that ends at `pos` begins."""
    while pos and norm[pos - 1].isspace():
        pos -= 1
    return pos


def _builder_operator(doc: Doc, facilities: list[Facility], actor_list: list[Actor]) -> None:
    """A facility of unknown operator takes the state that builds it ('the United States constructing a ...'); one
    that pays for the work ('Australia spent A$175m rebuilding ...') leaves it with its owner."""
    words = event_words(doc.language)
    cues = _cues(doc.language)
    for fac in facilities:
        if fac.operator or fac.kind in _BUILT_FOR_OTHERS:
            continue
        weak = only_weak_heads(doc.language, fac)
        first = min(fac.mentions)
        sent_start, _ = doc.sentence_of(first[0])
        for trig in words.triggers.finditer(doc.norm, sent_start, first[0]):
            kind = words.trigger_type[trig.text.lower()][0]
            if kind not in ("construction", "expansion") or first[0] - trig.stop > 40:
                continue
            before = [a for a in actor_list if sent_start <= a.span[0] and a.span[1] <= trig.begin]
            # 'India will lengthen the runway at X air base' in Sri Lanka: a state working on a part of another's
            # facility helps its owner, as one paying for the work does.
            if (before and fac.country and before[-1].code != fac.country
                    and _WORKS_AT.search(doc.norm, trig.stop, first[0]) is not None):
                continue
            # 'Bolivia's air force is lengthening the runway at X airport': an airport a state's service works on is
            # its; a state alone may be building an airport for its airlines. The payment may open the trigger
            # ('is paying for a new pier at').
            gap = (before[-1].span[1], trig.stop) if before else (0, 0)
            if before and not cues.funds.search(doc.norm, *gap) and not cues.not_builder.search(doc.norm, *gap) and (
                    not weak or cues.service_after.match(doc.norm, before[-1].span[1])):
                fac.operator = before[-1].code
                break


@dataclass(slots=True)
class _Obs:
    facility: Facility
    runway: Runway
    sides: frozenset[str]
    mergeable: bool = True


def _runways(doc: Doc, facilities: list[Facility]) -> None:
    words = facility_words(doc.language)
    observations: list[_Obs] = []
    for match in words.runway.finditer(doc.norm):
        sent = doc.sentence_of(match.begin)
        if match.text[0].isupper() and doc.norm[sent[0]:match.begin].strip(" \"'("):
            continue
        fac = _facility_for(doc, facilities, (match.begin, match.stop), sent,
                            observations[-1].facility if observations else None)
        if fac is None:
            continue
        plural = match.text.lower().endswith("s")
        found = _observe(doc, fac, (match.begin, match.stop), sent, plural)
        if plural:
            found = [o for o in found if o.runway.length_m is not None]
            # 'three airstrips of roughly 3,000 metres on A, B and C reefs': one each.
            found += [replace(o, facility=other, runway=replace(o.runway)) for o in found
                      for other in _listed_after(doc, facilities, fac, match.stop, sent) if other is not fac]
        observations.extend(found)
    observations += _extended_to(doc, observations)
    for obs in observations:
        target = next((o for o in observations if o.facility is obs.facility and o is not obs and o.mergeable
                       and obs.mergeable and _compatible(o, obs) and o.runway.span < obs.runway.span), None)
        if target is None:
            obs.facility.runways.append(obs.runway)
            continue
        _merge(target, obs)
        obs.mergeable = False
    for fac in facilities:
        if any(r.length_m is not None for r in fac.runways):
            fac.runways = [r for r in fac.runways if r.length_m is not None or r.date]


def _extended_to(doc: Doc, observations: list[_Obs]) -> list[_Obs]:
    """'It has a 1,000-metre runway. The ministry plans to extend it to 3,000 metres': the new length of the runway
    just measured, though the sentence names no runway."""
    measured = sorted([o for o in observations if o.runway.length_m is not None], key=lambda o: o.runway.span)
    found: list[_Obs] = []
    for q in doc.quantities:
        if q.dimension != "length" or not measured or not _runway_sized(q):
            continue
        verb = _cues(doc.language).extend_it.search(doc.norm, max(0, q.span[0] - 40), q.span[0])
        sent = doc.sentence_of(q.span[0])
        before = [o for o in measured if o.runway.span[1] <= sent[0]]
        if verb is None or not before or doc.sentence_of(before[-1].runway.span[0])[1] < sent[0] - 2:
            continue
        status, status_pos = _status(doc, (verb.start(), q.span[1]), sent)
        date = _date_near(doc, status_pos if status_pos is not None else verb.start(), sent)
        runway = _runway_from(q, (verb.start(), q.span[1]), status, date, "facilities:runway-extended")
        found.append(_Obs(before[-1].facility, runway, before[-1].sides, mergeable=False))
    return found


def _listed_after(doc: Doc, facilities: list[Facility], fac: Facility, pos: int, sent: Span) -> list[Facility]:
    """The facility a plural runway word belongs to and those listed with it, when the list follows the word."""
    starts = [s for s, _ in fac.mentions if pos <= s < sent[1]]
    if not starts:
        return [fac]
    anchors = sorted([(s, e, f) for f in facilities for s, e in f.mentions if sent[0] <= s < sent[1]])
    return _listed_with(doc, anchors, min(starts), fac)


def _shared_runways(doc: Doc, facilities: list[Facility]) -> None:
    """'the two share a runway of about 2,800 m', 'X, which shares its runway with the air base': the measured runway
    is also the sentence's other facilities'. Run after the equipment ties, which anchor on each runway once."""
    cues = _cues(doc.language)
    for fac in facilities:
        for runway in [r for r in fac.runways if r.length_m is not None]:
            sent = doc.sentence_of(runway.span[0])
            if not _gated_search(cues.shared, cues.share_words, doc.norm, sent[0], sent[1]):
                continue
            for other in facilities:
                if other is not fac and any(sent[0] <= s and e <= sent[1] for s, e in other.mentions) and all(
                        r.length_m != runway.length_m for r in other.runways):
                    other.runways.append(replace(runway))


def _facility_for(doc: Doc, facilities: list[Facility], span: Span, sent: Span,
                  last_runway: Facility | None = None) -> Facility | None:
    """The facility a runway or equipment phrase belongs to: one named after it ('at the X base'), else nearest;
    in a sentence naming none, the recent one whose runway the text last spoke of ('Its runway is a building site.
    The jets left for Y. Builders began a new runway' is X's)."""
    in_sentence = [(s, fac) for fac in facilities for s, e in fac.mentions if sent[0] <= s and e <= sent[1]]
    clause = next((c for c in _relative_clauses(doc, sent) if c[0] < span[0] < c[1]), None)
    if clause is not None:
        # 'X, where the air force shares a runway ...' speaks of X: of no facility outside the clause if X is a
        # place that is none.
        owner = next((fac for fac in facilities for _, e in fac.mentions if e == clause[0]), None)
        if owner is not None:
            return owner
        if any(p.span[1] == clause[0] for p in doc.places):
            in_sentence = [(s, fac) for s, fac in in_sentence if clause[0] <= s < clause[1]]
            if not in_sentence:
                return None
    if in_sentence:
        after = [(s, fac) for s, fac in in_sentence if s >= span[1] and s - span[1] < 40]
        pool = after or in_sentence
        return min(pool, key=lambda x: abs(x[0] - span[0]))[1]
    recent = recent_facilities(doc, facilities, sent[0], sentences=2)
    if last_runway is not None and last_runway in recent:
        return last_runway
    return recent[0] if recent else None


def _observe(doc: Doc, fac: Facility, span: Span, sent: Span, plural: bool = False) -> list[_Obs]:
    norm = doc.norm
    lengths = [q for q in doc.quantities if q.dimension == "length" and sent[0] <= q.span[0] < sent[1]
               and _runway_sized(q) and _belongs(doc, q.span, span)]
    lengths.sort(key=lambda q: min(abs(q.span[1] - span[0]), abs(q.span[0] - span[1])))
    status, status_pos = _status(doc, span, sent)
    date = _date_near(doc, status_pos if status_pos is not None else span[0], sent)
    phrase = norm[max(sent[0], span[0] - 25):span[1]]
    cues = _cues(doc.language)
    sides = frozenset(m.group().lower() for m in cues.sides.finditer(phrase)) \
        if _may_name_side(cues.side_words, phrase) else frozenset()
    if not lengths:
        return [_Obs(fac, Runway(span, None, status=status, date=date, rule="facilities:runway"), sides)]
    after, before = _after_and_before(doc, lengths)
    if before is None:
        extended = _extended_length(doc, after, lengths)
        if extended is not None:
            before = (round(after.si_value if after.si_value is not None else after.value, 1), after.span)
            after = extended
    obs = _Obs(fac, _runway_from(after, span, status, date, "facilities:runway-length"), sides)
    if plural and before is None:
        # 'two runways of 2,500 and 3,000 metres': each length of the list is one runway's, and so is each one a
        # counting word opens ('one about 3,000 metres long and a second, of 11,800 feet').
        others = _listed_lengths(doc, after, lengths) or [
            q for q in sorted(lengths, key=lambda q: q.span) if q is not after and q.span[0] > span[1]
            and _cues(doc.language).counted.search(norm, max(span[1], q.span[0] - 30), q.span[0])]
        return [obs, *(_Obs(fac, _runway_from(q, q.span, status, date, "facilities:runway-length"), sides,
                            mergeable=False) for q in others)]
    if before is None:
        return [obs]
    obs.mergeable = False
    earlier = Runway(before[1], before[0], status="previous", rule="facilities:runway-before")
    return [_Obs(fac, earlier, sides, mergeable=False), obs]


def _extended_length(doc: Doc, length: Quantity, lengths: list[Quantity]) -> Quantity | None:
    """'a 1,800-metre runway that the air force means to extend to 2,400 metres', 'the 1,600-metre runway at X is being
    lengthened to some 2,200 metres': the length the runway measured is to reach, told later in the sentence; the
    measured one is then its earlier length, as 'from 1,800 to 2,400 metres' tells it."""
    cues = _cues(doc.language)
    # The verb may stand before the measured length ('to lengthen the 1,600-metre runway'), a few words back.
    lo = max(doc.sentence_of(length.span[0])[0], length.span[0] - _EXTEND_REACH)
    for later in sorted(lengths, key=lambda q: q.span):
        if later.span[0] <= length.span[1]:
            continue
        if _holds_any(doc.norm, cues.extend_words, lo, later.span[0]) and cues.extended_to.search(
                doc.norm, lo, later.span[0]) is not None:
            return later
    return None


def _listed_lengths(doc: Doc, length: Quantity, lengths: list[Quantity]) -> list[Quantity]:
    """The other lengths of a list the given one is in ('2,500 and 3,000 metres'), in text order."""
    ordered = sorted(lengths, key=lambda q: q.span)
    i = ordered.index(length)
    listed: list[Quantity] = []
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(ordered):
            left, right = (ordered[k + step], ordered[k]) if step < 0 else (ordered[k], ordered[k + step])
            if not _LENGTH_LIST.fullmatch(doc.norm, left.span[1], right.span[0]):
                break
            k += step
            listed.append(ordered[k])
    return sorted(listed, key=lambda q: q.span)


def _runway_sized(q: Quantity) -> bool:
    """No runway is longer than a few kilometres: '1,100 km north of' is a distance."""
    metres = q.si_value if q.si_value is not None else q.value
    return metres is None or metres <= _LONGEST_RUNWAY_M


def _belongs(doc: Doc, quantity: Span, runway: Span) -> bool:
    """A length belongs to a runway word just before it, or up to a clause after it with no other runway between."""
    if quantity[1] <= runway[0]:
        return runway[0] - quantity[1] < 40 and not _BEFORE_BREAK.search(doc.norm, quantity[1], runway[0])
    gap = doc.norm[runway[1]:quantity[0]]
    if len(gap) > 150 or _clause_break(gap):
        return False
    return facility_words(doc.language).runway.search(gap) is None


def _runway_from(q: Quantity, span: Span, status: str | None, date: str | None, rule: str) -> Runway:
    length = q.si_value if q.si_value is not None else q.value
    qualifier = q.qualifier if (q.qualifier or "").lower() not in _RANGE_ENDS else None
    return Runway((min(q.span[0], span[0]), max(q.span[1], span[1])), round(length, 1),
                  approx=bool(qualifier and qualifier.lower() in _APPROX), qualifier=qualifier, status=status,
                  date=date, rule=rule)


def _after_and_before(doc: Doc, lengths: list[Quantity]) -> tuple[Quantity, tuple[float, Span] | None]:
    """The runway's (latest) length and, for 'from N to M', the earlier figure."""
    ordered = sorted(lengths[:3], key=lambda q: q.span)
    for first, second in pairwise(ordered):
        # 'extended by 600 metres to 3,000': the first figure is what was added, no earlier length.
        if _BY_BEFORE.search(doc.norm, max(0, first.span[0] - 20), first.span[0]):
            return second, None
        if ((first.qualifier or "").lower() == "from" and (second.qualifier or "").lower() == "to") or (
                _TO_GAP.fullmatch(doc.norm, first.span[1], second.span[0])
                and _FROM_BEFORE.search(doc.norm, max(0, first.span[0] - 20), first.span[0])):
            value = first.si_value if first.si_value is not None else first.value
            return second, (round(value, 1), first.span)
    after = lengths[0]
    return after, _before_length(doc, after, lengths)


def _before_length(doc: Doc, after: Quantity, lengths: list[Quantity]) -> tuple[float, Span] | None:
    """The 'from N' figure of a 'from N to M' phrase, in metres, with its span."""
    prior = [q for q in lengths if q.span[1] <= after.span[0] and q is not after]
    text_before = doc.norm[max(0, after.span[0] - 40):after.span[0]]
    m = _cues(doc.language).from_to.search(text_before)
    if m is None:
        return None
    if prior and re.fullmatch(r"\s+to\s+", doc.norm[prior[-1].span[1]:after.span[0]]):
        q = prior[-1]
        return (round(q.si_value if q.si_value is not None else q.value, 1), q.span)
    try:
        value = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    scale = (after.si_value / after.value) if after.si_value and after.value else 1.0
    start = after.span[0] - len(text_before) + m.start(1)
    return (round(value * scale, 1), (start, start + len(m.group(1))))


def _status(doc: Doc, span: Span, sent: Span) -> tuple[str | None, int | None]:
    words = event_words(doc.language)
    best: tuple[float, str, int] | None = None
    for trig in words.triggers.finditer(doc.norm, sent[0], sent[1]):
        status = words.trigger_type[trig.text.lower()][1]
        if not status:
            continue
        distance = float(trig.begin - span[1] if trig.begin >= span[1] else span[0] - trig.stop)
        if status == _WEAK_STATUS and not (0 <= span[0] - trig.stop <= 25):
            distance += 1000
        if best is None or distance < best[0]:
            best = (distance, status, trig.begin)
    return (best[1], best[2]) if best else (None, None)


def _date_near(doc: Doc, pos: int, sent: Span) -> str | None:
    dated = [d for d in doc.dates if d.resolved and sent[0] <= d.span[0] < sent[1]]
    if not dated:
        return None
    return min(dated, key=lambda d: abs(d.span[0] - pos)).resolved


def _compatible(first: _Obs, other: _Obs) -> bool:
    a, b = first.runway, other.runway
    if a.length_m is not None and b.length_m is not None and abs(a.length_m - b.length_m) > 0.05 * a.length_m:
        return False
    if a.date and b.date and a.date[:4] != b.date[:4]:
        return False
    return not (first.sides and other.sides and not first.sides & other.sides)


def _merge(target: _Obs, obs: _Obs) -> None:
    into, new = target.runway, obs.runway
    if into.length_m is None and new.length_m is not None:
        into.length_m, into.approx, into.qualifier, into.span = new.length_m, new.approx, new.qualifier, new.span
        into.rule = new.rule
    if new.status and (into.status in (None, _WEAK_STATUS) or new.status != _WEAK_STATUS):
        into.status = new.status
    into.date = into.date or new.date
    target.sides = target.sides | obs.sides


class _TieSentence:
    """What a sentence offers the designations in it: its facility anchors (in anchor order), its relative clauses
    about a facility ('Evenes, which shares a runway with X, hosts F-35s'), whether a tie word is in it. A plain
    class: compiled, its constructor is native code, where a dataclass's is interpreted."""

    def __init__(self, anchors: list[tuple[int, int, Facility]], relative: list[Span], clauses: list[Span],
                 about: dict[int, int]) -> None:
        self.anchors = anchors
        self.relative = relative
        # Whether a tie word is in the sentence, once asked (`has_cue`).
        self.cue: bool | None = None
        # The sentence's relative clauses about kit ('TB2 drones, which fly from X').
        self.clauses = clauses
        # Where-clauses after the place a facility is said to be in, by start: the end of that facility's mention.
        self.about = about
        # Whether a preposition places each anchor (`placed_by_preposition`), by the anchor's start, once asked: a
        # sentence's anchors are asked again for each designation in it, and the pattern is costly.
        self.placed: dict[int, bool] = {}

    def placed_by_preposition(self, tie: re.Pattern[str], norm: str, start: int, sent: Span) -> bool:
        """Whether `tie` (`_Cues.passive_tie`) ends at the anchor starting at `start` ('landed at X', 'deployed to the
        island of X')."""
        placed = self.placed.get(start)
        if placed is None:
            placed = self.placed[start] = _tied_before(tie, norm, max(sent[0], start - _PASSIVE_REACH), start)
        return placed

    def has_cue(self, doc: Doc, words: FacilityWords, sent: Span) -> bool:
        """Whether a tie word is in the sentence `sent`: searched only when asked, as kit a preposition ties to a
        facility needs no cue."""
        if self.cue is None:
            self.cue = words.tie.search(doc.norm, sent[0], sent[1]) is not None
        return self.cue


def _equipment(doc: Doc, facilities: list[Facility]) -> None:
    """Designations in a sentence that ties them to a facility (deployed at, landing at, 'at the X base')."""
    if not doc.equipment:
        return  # no designation to tie: the anchors need not be gathered
    words = facility_words(doc.language)
    cues = _cues(doc.language)
    # Only the facilities' equipment grows below, so their mentions and runways anchor every designation alike.
    anchors = [(s, e, fac) for fac in facilities for s, e in (*fac.mentions, *(r.span for r in fac.runways))]
    spans = sorted(anchors, key=lambda a: a[:2])
    # Anchor positions by start, to take a sentence's anchors as a slice (then back in anchor order).
    by_start = sorted(range(len(anchors)), key=lambda i: anchors[i][0])
    starts = [anchors[i][0] for i in by_start]
    sentences: dict[Span, _TieSentence] = {}
    kit = [m.span for m in doc.equipment]
    for mention in doc.equipment:
        if mention.rule in _SHIP_RULES and not cues.ship_based.match(doc.norm, mention.span[1]):
            # A named ship calls at a port or base; the facility's kit is what it bases there ('X is based at'). A
            # lead ship named after its type ('the frigate Admiral Grigorovich') is a named ship too.
            continue
        sent = doc.sentence_of(mention.span[0])
        info = sentences.get(sent)
        if info is None:
            near = [anchors[i]
                    for i in sorted(by_start[bisect_left_int(starts, sent[0]):bisect_right_int(starts, sent[1])])]
            ends = {e for _, e, _ in near}
            clauses = _relative_clauses(doc, sent)
            about = _where_after_place(doc, clauses, ends)
            info = sentences[sent] = _TieSentence(
                near, [r for r in clauses if r[0] in ends or r[0] in about],
                [r for r in clauses if any(r[0] - _KIT_BEFORE_CLAUSE <= e <= r[0] for _, e in kit)], about)
        site = _kit_site(words, mention, info.anchors, sent) if mention.kind in words.kit_kinds else None
        if site is not None:
            if mention.designation not in site.equipment:
                site.equipment.append(mention.designation)
            continue
        own = next((r for r in info.relative if r[0] < mention.span[0] < r[1]), None)
        # 'the X airfield in the Kaluga region, where bombers are based': the clause is about the facility.
        own = (info.about.get(own[0], own[0]), own[1]) if own is not None else None
        # 'drones, which fly from X, as well as helicopters': a relative clause about kit tells of that kit, not of
        # kit named after it.
        in_sentence = [(s, e, fac) for s, e, fac in info.anchors if e <= sent[1]
                       and not _other_clause(doc, words, mention.span, (s, e), kit)
                       and (own is not None or not any(r[0] <= s and e <= r[1] for r in info.relative))
                       and not any(r[0] <= s and e <= r[1] <= mention.span[0] for r in info.clauses)]
        if len(in_sentence) > 1:
            in_sentence = [a for a in in_sentence if not _apposed(doc.norm, a, in_sentence, mention.span)
                           and not _beside(doc, a, in_sentence, mention.span)]
        if not in_sentence and not any(s < sent[1] for s, _, _ in info.anchors):
            there = _locative_there(doc.norm, sent)
            if there or info.has_cue(doc, words, sent) or _exercise_kit(doc, sent, mention.span):
                _tie_to_last_named(doc, facilities, mention.span, mention.designation, sent, there)
            continue
        ties = _ties(doc, mention.span, in_sentence, own, info, words, sent, kit) if in_sentence else []
        referent = _there_before(doc, mention.span, info.anchors, sent)
        if referent is not None and referent not in ties:
            ties.append(referent)
        for tie in ties:
            # a range the mention names ('fired at the X range' of the X garrison) is meant to be fired at
            if _untied(doc, mention.span, tie[0], tie[1]) or (
                    _weapon_at(doc, mention.span, tie[0]) and not cues.range.search(tie[2].name)
                    and not cues.range.search(doc.norm, tie[0], tie[1])):
                continue
            for listed in _listed_with(doc, spans, tie[0], tie[2]):
                if mention.designation not in listed.equipment:
                    listed.equipment.append(mention.designation)
        arrival = _arrived_in_from(doc, facilities, mention.span, ties, sent)
        if arrival is not None and mention.designation not in arrival.equipment:
            arrival.equipment.append(mention.designation)


def _kit_site(words: FacilityWords, mention: EquipmentMention, anchors: list[tuple[int, int, Facility]],
              sent: Span) -> Facility | None:
    """'The X radar station got a new Ground Master 400 set', 'the site will swap its old radar for a Y array':
    kit of the kind a facility in the sentence is named after is that facility's, whatever the verb (the site is
    built around it), the nearest such facility's."""
    sites = [a for a in anchors if a[1] <= sent[1] and _site_kind(words, a[2]) == mention.kind]
    return min(sites, key=lambda a: abs(a[0] - mention.span[0]))[2] if sites else None


def _site_kind(words: FacilityWords, fac: Facility) -> str | None:
    """The kind of kit the facility's name says it is built around ('X radar station': radar), if any."""
    return next((words.kit_sites[w] for w in fac.name.lower().split() if w in words.kit_sites), None)


def _arrived_in_from(doc: Doc, facilities: list[Facility], mention: Span, ties: list[tuple[int, int, Facility]],
                     sent: Span) -> Facility | None:
    """'A new hangar was completed at the base in May. Two F-16s were also rotated in from the X base', 'The base will
    host the drill. F-15E jets from X are due to arrive on March 20': kit that came 'in from' a facility, or comes
    from one and arrives with no place said, came to the facility the sentence before told of."""
    if not ties or any(not (mention[1] <= a[0] and (_IN_FROM.search(doc.norm, max(sent[0], a[0] - 16), a[0])
                                                    or _arrives_unplaced(doc, a, sent))) for a in ties):
        return None
    origins = {id(a[2]) for a in ties}
    return next((fac for fac in recent_facilities(doc, facilities, sent[0], sentences=1) if id(fac) not in origins),
                None)


def _arrives_unplaced(doc: Doc, origin: tuple[int, int, Facility], sent: Span) -> bool:
    """'F-15E jets from X are due to arrive on March 20': kit whose own phrase comes from the facility arrives later in
    the sentence with no place after the verb."""
    if not _from_before(doc.norm, max(sent[0], origin[0] - 9), origin[0]):
        return False
    cues = _cues(doc.language)
    return _gated_search(cues.arrives_unplaced, cues.arrive_words, doc.norm, origin[1], sent[1])


def _ties(doc: Doc, mention: Span, in_sentence: list[tuple[int, int, Facility]], own: Span | None,
          info: _TieSentence, words: FacilityWords, sent: Span, kit: list[Span]) -> list[tuple[int, int, Facility]]:
    """The anchors a designation is tied to: the facility a relative clause holding it is about, else the nearest
    one placed by a preposition ('at X'), else the nearest one if the sentence has a tie word. A place the kit comes
    from ('a flight from X') yields to one it is at ('landed at Y'), and is tied too only as the kit's home ('B-52s
    from X landed at Y')."""
    # A relative clause ('X, where Su-33s are based') speaks of the facility named right before it.
    head = next((a for a in in_sentence if own is not None and a[1] == own[0]), None)
    if head is not None:
        return [head]
    owner = next((a for a in in_sentence if _owns(doc.norm, a, mention)), None)
    if owner is not None:
        return [owner]
    tie = _cues(doc.language).passive_tie
    placed = [a for a in in_sentence if info.placed_by_preposition(tie, doc.norm, a[0], sent)]
    if not placed and not info.has_cue(doc, words, sent):
        return []
    # 'At X airport, jets landed on the military apron': the part of the airport named is where the kit is.
    placed = [a for a in placed if a[2].rule == _MILITARY_PART_RULE] or placed
    origins = [a for a in placed if _from_before(doc.norm, max(sent[0], a[0] - 9), a[0])]
    there = [a for a in placed if a not in origins]
    # 'Su-24s are based at X and Kilo submarines at Y': the facility in the kit's own phrase is its place.
    own_place = next((a for a in there if mention[1] <= a[0] and _KIT_AT.fullmatch(doc.norm, mention[1], a[0])), None)
    if not (origins and there):
        nearest = own_place or min(placed or in_sentence, key=lambda a: abs(a[0] - mention[0]))
        if nearest in origins and (
                _moved_away(doc, mention, nearest, sent) or _arrived_from(doc, mention, nearest)
                or _others_origin(doc, mention, nearest, kit)
                or _NEXT_CONJUNCT.fullmatch(doc.norm, nearest[1], mention[0])):
            return []
        return [nearest, *_later_stops(_cues(doc.language).then_stop, doc.norm, mention, nearest, there)]
    ties = [own_place or min(there, key=lambda a: abs(a[0] - mention[0]))]
    home = next((a for a in origins if mention[1] <= a[0] and _KIT_FROM.fullmatch(doc.norm, mention[1], a[0])), None)
    return ties if home is None else [*ties, home]


def _later_stops(then_stop: re.Pattern[str], norm: str, mention: Span, tie: tuple[int, int, Facility],
                 there: list[tuple[int, int, Facility]]) -> list[tuple[int, int, Facility]]:
    """'The jets flew to the X air base, where ..., before landing at the Y air base': the stops of the kit's route
    after the one it is tied to."""
    return [a for a in there if a[0] > max(tie[1], mention[1])
            and _gated_search(then_stop, _THEN_STOP_WORDS, norm, max(tie[1], a[0] - _THEN_STOP_REACH), a[0])]


def _arrived_from(doc: Doc, mention: Span, origin: tuple[int, int, Facility]) -> bool:
    """'two Poseidons arriving from X', 'the C-17s that arrived from X': kit whose verb brings it from the facility."""
    if not mention[1] <= origin[0]:
        return False
    cues = _cues(doc.language)
    return _gated_search(cues.arrived_from, cues.arrive_words, doc.norm, max(mention[1], origin[0] - _ARRIVED_REACH),
                         origin[0])


def _others_origin(doc: Doc, mention: Span, origin: tuple[int, int, Facility], kit: list[Span]) -> bool:
    """'a KC-135 tanker from X refuelled F-16 jets': a place another designation's own phrase comes from, told before
    the kit, is that designation's home, not this kit's."""
    return origin[1] <= mention[0] and any(
        k != mention and k[1] <= origin[0] and _KIT_NOUN_FROM.fullmatch(doc.norm, k[1], origin[0]) for k in kit)


def _there_before(doc: Doc, mention: Span, anchors: list[tuple[int, int, Facility]],
                  sent: Span) -> tuple[int, int, Facility] | None:
    """'At the X airport, a contractor is lengthening the runway, and the air force moved its Su-25 jets there': a
    locative 'there' by the kit stands for the facility named last before it in the sentence, whatever clause that
    is in, unless a place named in between is what it stands for."""
    lo, hi = max(sent[0], mention[0] - _THERE_REACH), min(sent[1], mention[1] + _THERE_REACH)
    if doc.norm.find("there", lo, hi) < 0:
        return None
    there = _THERE.search(doc.norm, lo, hi)
    if there is None:
        return None
    before = [a for a in anchors if a[1] <= min(there.start(), mention[0])]
    # 'The base, on the edge of the X airport, will house AW139s; a third is due there': X only places the base.
    before = [a for a in before
              if not _apposed(doc.norm, a, before, mention) and not _beside(doc, a, before, mention)]
    if not before:
        return None
    last = max(before, key=lambda a: a[1])
    if any(last[1] <= p.span[0] and p.span[1] <= there.start() and p.kind not in _NOT_A_LOCATION for p in doc.places):
        return None
    return last


def _owns(norm: str, anchor: tuple[int, int, Facility], mention: Span) -> bool:
    """Kit the facility's own phrase gives it, told with no verb of basing: 'X's Su-30s', 'X and its S-400 battery',
    'X, with 24 F-16s', 'the Su-24 regiment of X'."""
    if anchor[1] <= mention[0] <= anchor[1] + _OWN_KIT_REACH:
        return _FACILITY_KIT.fullmatch(norm, anchor[1], mention[0]) is not None
    if mention[1] <= anchor[0] <= mention[1] + _OWN_KIT_REACH:
        return _KIT_OF.fullmatch(norm, mention[1], anchor[0]) is not None
    return False


def _apposed(norm: str, anchor: tuple[int, int, Facility], anchors: list[tuple[int, int, Facility]],
             mention: Span) -> bool:
    """'The X air base, about 60 km from the Y naval base, hosts Su-30s': a facility in a comma-set description of
    another, told before kit named after it, only places the other; the kit is the subject's. A list ('X, the Y
    air base, and Z host') is no description."""
    if _next_comma(norm, anchor[1], mention[0]) < 0:
        return False
    return any(e < anchor[0] and other is not anchor[2] and norm.startswith(",", e)
               and _next_comma(norm, e + 1, anchor[0]) < 0 and not _LIST_GAP.fullmatch(norm, e, anchor[0])
               and not any(e < s < anchor[0] for s, _, _ in anchors) for _, e, other in anchors)


def _beside(doc: Doc, anchor: tuple[int, int, Facility], anchors: list[tuple[int, int, Facility]],
            mention: Span) -> bool:
    """'The X air base near the Y naval base hosts Su-30s', 'X, 40 km south of Y, ...': a facility set beside another
    right after it only places that one; kit told outside the pair is the other's."""
    if anchor[0] < mention[0] < anchor[1]:
        return False
    beside = _cues(doc.language).beside
    return any(e < anchor[0] and other is not anchor[2] and not s < mention[0] < anchor[0]
               and beside.fullmatch(doc.norm, e, anchor[0]) for s, e, other in anchors)


def _next_comma(norm: str, lo: int, hi: int) -> int:
    """The first comma in norm[lo:hi] that is not one inside a number ('3,000'), or -1."""
    at = norm.find(",", lo, hi)
    while at >= 0 and at + 1 < len(norm) and norm[at + 1].isdigit():
        at = norm.find(",", at + 1, hi)
    return at


def _moved_away(doc: Doc, mention: Span, origin: tuple[int, int, Facility], sent: Span) -> bool:
    """'tanks were shipped from X to Aden', 'the jets were moved from X to Y province': kit a relocation verb takes
    from a facility to a place that is none, or 'there' ('were moved there from X'), has left it ('B-52s from X landed
    in Guam' keep X as their home)."""
    cues = _cues(doc.language)
    if not mention[1] <= origin[0] or not _gated_search(cues.relocated, cues.relocated_words, doc.norm, mention[1],
                                                        origin[0]):
        return False
    if _LEFT_FROM.search(doc.norm, mention[1], origin[0]):
        return True
    onward = _ONWARD.match(doc.norm, origin[1])
    return onward is not None and any(p.span[0] == onward.end() for p in doc.places if p.span[0] < sent[1])


def _gated_search(pattern: re.Pattern[str], words: tuple[str, ...], norm: str, lo: int, hi: int) -> bool:
    """Whether `pattern` matches in norm[lo:hi]. Most stretches hold none of its `words`, which substring searches of
    the lower-cased stretch rule out faster than a pattern opening on \\b, tried at every position; non-ASCII text
    goes to the pattern, which under IGNORECASE matches 'ı' for 'i'."""
    stretch = norm[lo:hi]
    if stretch.isascii():
        lowered = stretch.lower()
        if not any(word in lowered for word in words):
            return False
    return pattern.search(norm, lo, hi) is not None


def _listed_kit(doc: Doc, facilities: list[Facility]) -> None:
    """'Bradley fighting vehicles and HIMARS launchers were shipped in' to X: kit listed together shares the
    facilities the sentence ties any of it to."""
    kit = [m for m in doc.equipment if m.rule not in _SHIP_RULES]
    for first, second in pairwise(kit):
        if not (_kit_gap(doc.norm, first.span[1], second.span[0])
                and _KIT_LIST.fullmatch(doc.norm, first.span[1], second.span[0])):
            continue
        sent = doc.sentence_of(first.span[0])
        pair = (first.designation, second.designation)
        for fac in facilities:
            if any(sent[0] <= s < sent[1] for s, _ in fac.mentions) and (pair[0] in fac.equipment) != (
                    pair[1] in fac.equipment):
                fac.equipment.append(pair[1] if pair[0] in fac.equipment else pair[0])


def _kit_gap(norm: str, lo: int, hi: int) -> bool:
    """Whether norm[lo:hi] holds only what `_KIT_LIST` reads (lower-case ASCII letters, hyphens, commas, whitespace):
    most gaps between two designations run on past a full stop or a capital, on which this stops, where the pattern
    backtracked through the words before it (some 12,000 instructions a call, compiled)."""
    for pos in range(lo, hi):
        char = norm[pos]
        if not ("a" <= char <= "z" or char == "," or char == "-" or char.isspace()):
            return False
    return True


def _opens_kit_sentence(norm: str, start: int) -> bool:
    """Whether one of `_KIT_OPENERS` opens the sentence at `start`: read in a slice, as compiled, `startswith` given a
    position or a tuple is a generic method call, several times the cost of these tests."""
    head = norm[start:start + _KIT_OPENER_LONGEST]
    return any(head.startswith(opener) for opener in _KIT_OPENERS)


def _kit_told_before(doc: Doc, facilities: list[Facility]) -> None:
    """'Six Su-30SM fighters arrived in May. They are based at the X air base.': a sentence opening on a pronoun or a
    bare kit noun that is based at a facility ties the kit the sentence before named."""
    if not doc.equipment:
        return
    norm = doc.norm
    cues = _cues(doc.language)
    # Sentences are few and most open otherwise: the opener is tested before any facility is looked at.
    for i, sent in enumerate(doc.sentences):
        if not i or not _opens_kit_sentence(norm, sent[0]) or not _kit_word_next(cues.kit_next_words, norm,
                                                                                      sent[0]) \
                or cues.kit_pronoun.match(norm, sent[0]) is None:
            continue
        before = doc.sentences[i - 1]
        kit = [k.designation for k in doc.equipment if before[0] <= k.span[0] < before[1]]
        if not kit:
            continue
        for fac in facilities:
            if any(sent[0] <= s < sent[1] and _tied_before(cues.passive_tie, norm, max(sent[0], s - _PASSIVE_REACH), s)
                   for s, _ in fac.mentions):
                fac.equipment.extend(d for d in dict.fromkeys(kit) if d not in fac.equipment)


def _tie_to_last_named(doc: Doc, facilities: list[Facility], mention: Span, designation: str, sent: Span,
                       there: bool = False) -> None:
    """A sentence naming no facility ('The jets arrived in May'): the one facility the sentence before named; with
    'there' ('held a parade there'), the one it named last. Not for a designation in a relative clause ('launchers,
    which fire Oniks missiles, arrived'): it describes."""
    if any(r[0] < mention[0] < r[1] for r in _relative_clauses(doc, sent)) or _placed_elsewhere(doc, mention, sent):
        return
    # 'the army had received CH-4 drones through a contractor': a force acquiring kit says nothing of where it is
    cues = _cues(doc.language)
    if not there and _gated_search(cues.force_acquired, cues.acquired_words, doc.norm, max(sent[0], mention[0] - 60),
                                   mention[0]):
        return
    recent = recent_facilities(doc, facilities, sent[0], sentences=1)
    if there:
        recent = recent[:1] or _there_further_back(doc, facilities, sent)
    if len(recent) == 2:
        # 'X, some 20 miles south of Y, ...': Y is named only to place X.
        recent = [fac for fac in recent if not _landmark_only(doc, fac, sent[0])] or recent
    # 'Troops from the X base began drills at the Y range. T-72s ... were taking part': kit in an exercise is both the
    # range's and the base's its troops came from.
    if len(recent) > 2 or (len(recent) == 2 and not cues.taking_part.search(doc.norm, sent[0], sent[1])):
        return
    if recent and not _modal_in(_cues(doc.language), doc.norm, sent[0], mention[0]):
        for fac in recent:
            if designation not in fac.equipment and not _told_apart(doc, fac, designation, sent[0]):
                fac.equipment.append(designation)


def _exercise_kit(doc: Doc, sent: Span, mention: Span) -> bool:
    """'The exercise, which lasted three weeks, included Typhoon and Rafale aircraft': kit a drill told of before
    included took part in it, where the text placed it."""
    cues = _cues(doc.language)
    return _gated_search(cues.exercise_included, cues.exercise_words, doc.norm, sent[0], mention[0])


def _there_further_back(doc: Doc, facilities: list[Facility], sent: Span) -> list[Facility]:
    """'X reopened in June. Passengers still cross by ferry. The air wing keeps its Mi-17 there.': with a sentence
    naming no facility between, 'there' is the facility named the sentence before that, unless that sentence named a
    place after it."""
    recent = recent_facilities(doc, facilities, sent[0], sentences=2)[:1]
    if not recent:
        return []
    last = max(e for _, e in recent[0].mentions if e <= sent[0])
    if any(last <= p.span[0] < sent[0] and p.kind not in _NOT_A_LOCATION for p in doc.places):
        return []
    return recent


def _told_apart(doc: Doc, fac: Facility, designation: str, pos: int) -> bool:
    """Whether a sentence before `pos` named the kit beside the facility without tying it there ('X jets scrambled as
    Russian MiG-31s entered the airspace. ... A photograph showed one of the MiG-31s'): told of again, it is still
    not there."""
    for kit in doc.equipment:
        if kit.span[0] < pos and kit.designation == designation:
            sent = doc.sentence_of(kit.span[0])
            if any(sent[0] <= s < sent[1] for s, _ in fac.mentions):
                return True
    return False


def _landmark_only(doc: Doc, fac: Facility, pos: int) -> bool:
    """Whether each of the facility's mentions in the sentence before `pos` only measures another's place ('20 miles
    south of X')."""
    floor = doc.sentences[max(0, bisect_right(doc.sentences, (pos, pos)) - 2)][0]
    landmark_before = _cues(doc.language).landmark_before
    return all(landmark_before.search(doc.norm, max(floor, s - _LANDMARK_REACH), s) is not None
               for s, _ in fac.mentions if floor <= s < pos)


def _locative_there(norm: str, sent: Span) -> bool:
    """'showing off captured Humvees there', 'T-72 tanks firing there': 'there' standing for a place the text named
    before (not 'there are', which only says something exists)."""
    return norm.find("there", sent[0], sent[1]) >= 0 and _THERE.search(norm, sent[0], sent[1]) is not None


def _placed_elsewhere(doc: Doc, mention: Span, sent: Span) -> bool:
    """'two MiG-31BMs flew over the North Pole': the sentence puts the kit at a place of its own."""
    return any(mention[1] <= p.span[0] < sent[1] and p.kind not in _NOT_A_LOCATION
               and _ELSEWHERE.search(doc.norm, max(0, p.span[0] - 12), p.span[0]) for p in doc.places)


def _where_after_place(doc: Doc, clauses: list[Span], ends: set[int]) -> dict[int, int]:
    """', where' clauses set after a facility and the place it is in ('the X airfield in the Kaluga region, where
    Tu-22M3 bombers are based'): the clause's start, and the end of the facility's mention it is about."""
    about: dict[int, int] = {}
    for start, _ in clauses:
        if start in ends or not starts_at(doc.norm, start, ", where"):
            continue
        end = next((e for e in ends if e < start and _PLACE_GAP.fullmatch(doc.norm, e, start)), None)
        if end is not None:
            about[start] = end
    return about


def _relative_clauses(doc: Doc, sent: Span) -> list[Span]:
    """', which ...' and ', where ...' clauses of a sentence, each up to the next comma or semicolon."""
    # Most sentences have neither word: two substring searches spare the pattern.
    if doc.norm.find("which", sent[0], sent[1]) < 0 and doc.norm.find("where", sent[0], sent[1]) < 0:
        return []
    return [m.span() for m in _RELATIVE.finditer(doc.norm, sent[0], sent[1])]


def _other_clause(doc: Doc, words: FacilityWords, mention: Span, anchor: Span, kit: list[Span]) -> bool:
    """A clause break between a designation and a facility: a semicolon, 'while', 'but' (not 'X is run by Y but
    hosts Z', one subject), or ', and' starting a new clause (not one ending a list of designations)."""
    lo, hi = min(anchor[0], mention[0]), max(anchor[0], mention[1])
    # `_SUBORDINATE` and `_AND_CLAUSE` open with a comma: with none between, neither pattern is called.
    comma = doc.norm.find(",", lo, hi) >= 0
    # 'Patriots were moved near X in June, after Iran fired missiles at Y': a clause of time or cause tells of another.
    if (comma and _SUBORDINATE.search(doc.norm, lo, hi)) or _as_clause(doc, lo, hi):
        return True
    if _may_break(doc.norm, lo, hi):
        for brk in _clause_breaks(doc.norm, lo, hi):
            if not _same_subject(doc, words, brk.start(), hi):
                return True
    clause = _AND_CLAUSE.search(doc.norm, lo, hi) if comma else None
    if clause is None or _same_subject(doc, words, clause.end() - 3, hi):
        return False
    between = (min(anchor[1], mention[1]), max(anchor[0], mention[0]))
    return not any(between[0] <= s and e <= between[1] for s, e in kit)


def _same_subject(doc: Doc, words: FacilityWords, start: int, hi: int) -> bool:
    """'X is run by Y but hosts Z', 'X was built in 1952, and now hosts Z', 'while also housing Z': a conjunction at
    `start` whose verb, a tie word, has no subject of its own goes on about the clause's subject."""
    verb = _BUT_VERB.match(doc.norm, start, hi)
    return verb is not None and words.tie.match(doc.norm, verb.end()) is not None


def _as_clause(doc: Doc, lo: int, hi: int) -> bool:
    """'jets scrambled from X as Russian MiG-31s entered the airspace': 'as' opening a clause whose subject is another
    state's (a demonym or state right after it) tells of other aircraft than X's."""
    norm = doc.norm
    # Its conjunctions hold 'as' or 'while': substring searches spare the pattern most stretches.
    if norm.find("as", lo, hi) < 0 and norm.find("while", lo, hi) < 0:
        return False
    conj = _AS_STATE.search(norm, lo, hi)
    while conj is not None:
        # The space the conjunction follows may lie before `lo`, as the lookbehind it stands for would see it.
        if not (conj.start() and norm[conj.start() - 1].isspace()):
            conj = _AS_STATE.search(norm, conj.start() + 1, hi)
            continue
        if any(p.span[0] == conj.end() and p.kind in ("demonym", "country") for p in doc.places):
            return True
        conj = _AS_STATE.search(norm, conj.end(), hi)
    return False


def _modal_in(cues: _Cues, norm: str, lo: int, hi: int) -> bool:
    """Whether a modal or a purchase to come ('could', 'to buy') stands in norm[lo:hi]."""
    return _gated_search(cues.modal, cues.modal_words, norm, lo, hi)


def _untied(doc: Doc, mention: Span, anchor: int, anchor_end: int) -> bool:
    """An intention or a guess ('plans to buy F-35s', 'could be based at X'), or a 'where' clause about another place
    ('X lies near Kaliningrad, where Moscow has deployed Iskanders'): no tie."""
    if _NEVER_CAME.match(doc.norm, mention[1]):
        return True
    cues = _cues(doc.language)
    if _modal_in(cues, doc.norm, max(0, mention[0] - 40), mention[0]):
        return True
    lo, hi = min(mention[1], anchor), max(mention[1], anchor)
    if _modal_in(cues, doc.norm, lo, hi) or _negated(doc.norm, mention, lo, hi):
        return True
    where = _WHERE.search(doc.norm, lo, hi)
    return where is not None and anchor < mention[0] and not _PLACE_GAP.fullmatch(
        doc.norm, anchor_end, where.start()) and any(
        lo <= p.span[0] and p.span[1] <= where.start() for p in doc.places if p.span[0] > anchor_end)


def _weapon_at(doc: Doc, mention: Span, anchor: int) -> bool:
    """'fired Fateh-110 missiles at X', 'jets dropped Paveway bombs on a site at X', 'Storm Shadow missiles hit X':
    the kit attacks the facility, it is not there. Kit fired or launched from X is X's."""
    norm = doc.norm
    if anchor < mention[1] or _from_before(norm, max(0, anchor - 9), anchor):
        return False
    cues = _cues(doc.language)
    if _based_between(cues, norm, mention[1], anchor):
        return False
    # The verbs' literal words first: substring searches spare the patterns, opening on \b, most stretches.
    fired = max(0, mention[0] - 30)
    return (_holds_any(norm, cues.fired_words, fired, anchor) and cues.fired.search(norm, fired, anchor) is not None
            ) or (_holds_any(norm, cues.struck_words, mention[1], anchor)
                  and cues.struck.search(norm, mention[1], anchor) is not None)


def _based_between(cues: _Cues, norm: str, lo: int, hi: int) -> bool:
    """'fired ATACMS from HIMARS launchers stationed near X': kit whose own phrase bases it at the facility is there,
    whatever it fires."""
    return _holds_any(norm, cues.based_words, lo, hi) and cues.based.search(norm, lo, hi) is not None


def _holds_any(norm: str, words: tuple[str, ...], lo: int, hi: int) -> bool:
    return any(norm.find(word, lo, hi) >= 0 for word in words)


def _from_before(norm: str, lo: int, hi: int) -> bool:
    """Whether `_FROM_BEFORE_ANCHOR` matches in norm[lo:hi]; an ASCII window lacking 'from' in any case needs no
    search. Non-ASCII text goes to the pattern, which under IGNORECASE matches 'ı' for 'i'."""
    window = norm[lo:hi]
    if window.isascii() and "from" not in window.lower():
        return False
    return _FROM_BEFORE_ANCHOR.search(norm, lo, hi) is not None


def _negated(norm: str, mention: Span, lo: int, hi: int) -> bool:
    """'X does not host F-35s', 'F-35s will never be based at X', 'there are no F-35s at X': a denied tie."""
    # Each pattern's literal words first: substring searches spare the patterns, opening on \b, most stretches.
    before = max(0, mention[0] - 12)
    if (norm.find("no", before, mention[0]) >= 0 or norm.find("zero", before, mention[0]) >= 0) and _NO_KIT.search(
            norm, before, mention[0]):
        return True
    return any(norm.find(word, lo, hi) >= 0 for word in _NEGATION_WORDS) and _NEGATION.search(norm, lo, hi) is not None


def _listed_with(doc: Doc, spans: list[tuple[int, int, Facility]], start: int, fac: Facility) -> list[Facility]:
    """The facility and the ones listed with it ('onto Fiery Cross, Subi and Mischief reefs' share what was moved);
    `spans`: every facility's mention and runway spans, sorted."""
    chain = [fac]
    i = next(k for k, (s, _, f) in enumerate(spans) if s == start and f is fac)
    joined = False
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(spans):
            left, right = (spans[k + step], spans[k]) if step < 0 else (spans[k], spans[k + step])
            gap = _LIST_GAP.fullmatch(doc.norm, left[1], right[0])
            if gap is None:
                break
            joined = joined or bool(_CONJUNCTION.search(gap.group()))
            k += step
            if spans[k][2] not in chain:
                chain.append(spans[k][2])
    # Commas alone make an apposition ('North Field, the sprawling airfield'), not a list.
    return chain if joined else chain[:1]


def _tenants(doc: Doc, facilities: list[Facility], actor_list: list[Actor], raising: frozenset[str]) -> None:
    """Foreign forces the text places at a facility ('American troops at Al Udeid'): neither operator nor host;
    `raising`: the dependent territories that raise forces of their own (`host_force`)."""
    forces = facility_words(doc.language).force.finditer(doc.norm)
    cues = _cues(doc.language)
    starts = [f.begin for f in forces]
    # Mentions by start (a stable sort: facility order among equals), so the first after a force that passes wins.
    mentions = sorted([(s, fac) for fac in facilities for s, _ in fac.mentions], key=lambda m: m[0])
    mention_starts = [s for s, _ in mentions]
    previous: Actor | None = None
    for actor in actor_list:
        # 'Serbian and Hungarian troops': forces of several states, none of which alone runs the place but the host.
        joint = previous.code if previous and _joined(doc.norm, previous.span[1], actor.span[0]) else None
        previous = actor
        i = bisect_left_int(starts, actor.span[1])
        if i == len(starts) or starts[i] - actor.span[1] > 25:
            continue
        force = forces[i]
        between = doc.norm[actor.span[1]:force.begin]
        # 'On the border with Haiti, the army sent ...': a state a comma parts from a force's word does not own it.
        if between.count(" ") > 2 or "," in between:
            continue
        sent = doc.sentence_of(actor.span[0])
        reach = min(sent[1], force.stop + 120)
        at = next(((s, fac) for s, fac in mentions[bisect_left_int(mention_starts, force.stop):
                                                     bisect_left_int(mention_starts, reach)]
                   if not _clause_break(doc.norm, force.stop, s)
                   and _force_at(cues, doc.norm, max(force.stop, s - 30), s)), None)
        if at is None:
            continue
        fac = at[1]
        # 'U.S. Marines who trained Cape Verdean soldiers at X': the force nearer the facility is the one there.
        if i + 1 < len(starts) and starts[i + 1] < at[0] and any(
                force.stop < a.span[0] and a.span[1] <= starts[i + 1] for a in actor_list):
            continue
        guests = _guest_forces(doc.language)
        # 'U.S. Army trainers at X': a service's men named by a guest's word after the service's. Foreign troops
        # arriving or rotating in ('U.S. soldiers rotated into the X training area') come to a facility of the state
        # it is in; not to a camp named by a prefix ('Turkish troops rotated in to Camp X'), which contingents abroad
        # name and keep as their own.
        guest = force.text.lower() in guests or _next_word(doc.norm, force.stop) in guests or (
            fac.country is not None and actor.code != fac.country and fac.rule != _PREFIX_RULE
            and _arrives(doc, force.stop, at[0]))
        if guest and fac.operator is None and fac.kind in _GARRISON_KINDS and actor.code != fac.country:
            # Foreign instructors serve at the host's installation.
            fac.operator = host_force(fac, raising)
        if fac.operator is None and not guest and fac.kind in _GARRISON_KINDS and (joint is None
                                                                                 or joint == fac.country):
            fac.operator = joint or actor.code
            if joint and actor.code != joint and actor.code not in fac.tenants:
                fac.tenants.append(actor.code)
        elif actor.code not in (fac.operator, fac.country) and actor.code not in fac.tenants:
            fac.tenants.append(actor.code)


def _arrives(doc: Doc, lo: int, hi: int) -> bool:
    """Whether a word of troops coming in (arrival, rotation, landing) stands in norm[lo:hi]."""
    return _cues(doc.language).coming_in.search(doc.norm, lo, hi) is not None


def _next_word(norm: str, end: int) -> str:
    """The lower-cased word after the single space at `end`, or ''."""
    if norm[end:end + 1] != " ":
        return ""
    stop = end + 1
    while stop < len(norm) and is_word_char(norm[stop]):
        stop += 1
    return norm[end + 1:stop].lower()


@lru_cache(maxsize=8)
def _guest_forces(lang: str) -> frozenset[str]:
    """'instructors', 'advisers': forces that serve at another's installation and so run none."""
    return frozenset(row["word"] for row in table_for("facility_words.tsv", lang) if row["role"] == "guest")


def _force_at(cues: _Cues, norm: str, lo: int, hi: int) -> bool:
    """Whether `cues.force_at` is found in norm[lo:hi]. A match is one of its verbs and three words at most, each ending
    in whitespace, so in ASCII the pattern is tried only where one of the verbs opens a word among the last four runs,
    not at every position of the window as a search opening on \\b would be."""
    window = norm[lo:hi]
    if not window.isascii():
        return cues.force_at.search(norm, lo, hi) is not None  # under IGNORECASE, 'ın' is 'in'
    runs = window.rsplit(None, 4)
    at = len(runs[0]) if len(runs) == 5 else 0
    size = len(window)
    while at < size:
        if is_word_char(window[at]) and (at == 0 or not is_word_char(window[at - 1])):
            stop = at + 1
            while stop < size and is_word_char(window[stop]):
                stop += 1
            if (stop < size and window[stop].isspace() and window[at:stop].lower() in cues.force_at_words
                    and cues.force_at.match(norm, lo + at, hi) is not None):
                return True
            at = stop
        else:
            at += 1
    return False


def _kit_word_next(next_words: frozenset[str], norm: str, start: int) -> bool:
    """Whether the word after a `_KIT_OPENERS` opener at `start` is one of `next_words`, those `_Cues.kit_pronoun` goes
    on with (a kit noun, 'new' or a verb): most sentences opening on 'The' go on otherwise, and are spared the
    pattern."""
    pos = norm.find(" ", start) + 1
    size = len(norm)
    while pos < size and norm[pos].isspace():
        pos += 1
    stop = pos
    while stop < size and norm[stop].isalpha():
        stop += 1
    return norm[pos:stop] in next_words


def _capabilities(doc: Doc, facilities: list[Facility]) -> None:
    """Classes of aircraft a facility (or 'these bases') is said to be able to take."""
    words = facility_words(doc.language)
    for cue in words.capability.finditer(doc.norm):
        sent = doc.sentence_of(cue.begin)
        classes = [m.text for m in words.classes.finditer(doc.norm, cue.stop, sent[1])]
        if not classes:
            continue
        targets = {id(f): f for f in facilities for s, _ in f.mentions if sent[0] <= s < cue.begin}
        if _cues(doc.language).plural_ref.search(doc.norm, sent[0], cue.begin):
            targets.update((id(f), f) for f in recent_facilities(doc, facilities, sent[0], sentences=4))
        for fac in targets.values():
            fac.capabilities.extend(c for c in dict.fromkeys(classes) if c not in fac.capabilities)
