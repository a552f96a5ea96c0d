"""Events at facilities: construction, expansion, deployment, withdrawal, attack, visit, exercise.

A trigger word (event_words.tsv) becomes an event when its clause names a facility (a mention,
an anaphor or a runway attached to it). The actor is the state named nearest before the trigger
in its clause ("Russian Wagner fighters tried to take over" -> RU), else after "by", else, for
building and deploying, the facility's operator. The date is the nearest resolved date in the
clause, else in the sentence. Triggers under a hedge or negation ("no obstacles preventing the
deployment", "he believes") and inside hedged claims are not events.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from calendar import monthrange
from collections.abc import Collection, Iterable
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import Final, Literal

from basewatch.extract.alternation import alternatives, at_word, longest_first
from basewatch.extract.bisection import bisect_left_int, bisect_right_int
from basewatch.extract.compass import Compass
from basewatch.extract.facility_attrs import host_force, sovereign_of
from basewatch.extract.lexicon import (
    SPACE_OR_HYPHEN,
    Actor,
    PerLanguage,
    WordLists,
    actors,
    alternation,
    cores,
    event_words,
    facility_words,
    pattern_words,
)
from basewatch.extract.spacing import folds_into_ascii, last_runs, lower, may_end, starts_at
from basewatch.extract.wordscan import share
from basewatch.model import DateMention, Doc, EquipmentMention, Event, Facility, PlaceMention, Span


def _skip(norm: str, at: int, skipped: str = "") -> int:
    """Where the first character from `at` stands that is neither a space (as the regex `\\s` reads one) nor one of
    `skipped` (the text's length if none)."""
    size = len(norm)
    while at < size and (norm[at].isspace() or norm[at] in skipped):
        at += 1
    return at


def _relative_at(norm: str, at: int) -> re.Match[str] | None:
    """`_RELATIVE` at `at`, tried only where a 'w' opens the word there: most clauses open otherwise, and a regex call
    costs more than the test."""
    first = _skip(norm, at)
    return _RELATIVE.match(norm, at) if first < len(norm) and norm[first] in "wW" else None


def _the_at(norm: str, start: int, end: int = -1) -> re.Match[str] | None:
    """`_THE` at `start` (up to `end`, -1: the text's end), tried only where 'The' stands after the spaces, quotes and
    brackets that it may open with."""
    first = _skip(norm, start, "\"'(")
    if norm[first:first + 3] != "The":
        return None
    return _THE.match(norm, start) if end < 0 else _THE.match(norm, start, end)


# How many characters of a word `_opening_after` compares.
_OPENING_LENGTH: Final = 4


def _openings(words: Iterable[str]) -> frozenset[str]:
    """What `_opening_after` compares of each of `words` (pattern alternatives opening with plain letters)."""
    return frozenset(word[:_OPENING_LENGTH] for word in words)


def _each(words: str, tail: str) -> str:
    """The alternatives of `words`, each followed by `tail`: `(?:words)tail` as alternatives for `at_word`."""
    return "|".join(word + tail for word in alternatives(words))


# Clauses end at these words, at ';', ':', an ellipsis, ' - ' and a comma before a space; a facility in another clause
# of the sentence is not the trigger's. All but the comma are hard breaks: a facility beyond one is never the trigger's.
_BREAK_WORDS: Final = ("but", "while", "whereas", "although")
# How far after a trigger a call-off ('... was cancelled') may still be its verb's.
_CALL_OFF_REACH: Final = 150
_CAPABLE_BEFORE: Final = re.compile(at_word(r"can|could|able\s+to|capable\s+of", cased=False) + r"\s+$", re.IGNORECASE)
# Right after a word of receiving: the forces received, their numbers, state and kind between ('a new Greek helicopter
# squadron'), not what comes from or is told about them ('a letter from the troops'), nor a place ('fees at X base').
_FORCES_AFTER: Final = re.compile(
    r"\s+(?:(?!(?:from|about|by|with|for|against|at|near)\b)[\w.-]+\s+){0,4}?"
    r"(?:units?|troops|(?<!air\s)force|forces|contingents?|detachments?|garrisons?|presence|"
    r"soldiers|fighters|jets|bombers|aircraft|warplanes|drones|missiles|batteries|warships|"
    r"ships|submarines|squadrons?|battalions?|brigades?|regiments?|battle\s?groups?|bases?|"
    r"stations?|headquarters)\b", re.IGNORECASE)
# Between 'hosted' and the state of the forces hosted ('hosted US', 'hosted two Russian').
_HOSTED_OPENING: Final = re.compile(
    r"\s+(?:(?:the|a|an|some|several|[\d,]+|two|three|four|five|six|dozens\s+of)\s+)?"
    r"(?:(?:rotating|visiting|allied|more|additional|new)\s+)?"
    # 'hosted a delegation of Peruvian naval officers': the visitors are those the group is of
    r"(?:(?:high-level\s+|military\s+|naval\s+)?(?:delegation|group|team|party)\s+of\s+"
    r"(?:(?:senior|visiting|\d+|some)\s+)?)?",
    re.IGNORECASE)
# Around a closing word: the place is shut to others, not left ('closed the airspace over X'; `_Cues.closed_for`).
_CLOSED_OBJECT: Final = re.compile(
    r"\s+(?:(?:the|its|their|[A-Z][\w-]*(?:'s)?)\s+){0,2}(?:[a-z]+\s+)?(?:airspace|roads?|"
    r"gates?|borders?|strait|sea\s+lanes|runways?\s+to\s+civilian)\b")
# After where forces came from: where they went, named ('to Lask air base', 'to the Y airfield').
_NAMED_DESTINATION: Final = re.compile(r"\s(?:to|into|towards?)\s+(?:the\s+)?[A-Z]")
# Places that are towns, whose bases an arrival there may be told at.
_TOWN_PLACES: Final = frozenset({"city", "town", "village"})
# Right before a participle: a perfect tense ('have flown', 'had often flown'), told of what aircraft do.
_PERFECT_BEFORE: Final = re.compile(at_word("have|has|had") + r"\s+(?:[a-z]+ly\s+)?$")
# Right before a facility: 'from', for where forces were moved from.
_FROM_RIGHT_BEFORE: Final = re.compile(at_word("from") + r"\s+(?:the\s+)?$")
_FROM_RIGHT_AFTER: Final = re.compile(r"\s+from\s+(?:the\s+)?")
# Between a deployment word and a facility after it: where the forces went ('sent to', 'landed at').
_TOWARD: Final = re.compile(at_word("to|into|at|in|on|onto|from|out of", cased=False) + r"\b", re.IGNORECASE)
_THROUGH: Final = re.compile(at_word("through", cased=False) + r"\b", re.IGNORECASE)
# A state named after one of these is a place, not an agent ('in Syria', 'from Iraq', 'in northern Mali').
_LOCATIVE_WORDS: Final = "in|to|from|at|near|across|over|into|of|inside|throughout|around"
_LOCATIVES: Final = at_word(_LOCATIVE_WORDS, cased=False)
# What a text ending with 'with' or 'with the' ends with before its spaces (`may_end`).
_WITH_ENDINGS: Final = ("with", "the")
# The word a text that `_OFFICE_OF` matches ends with ('of', 'of the'), that `_Cues.forces_from` matches ('from',
# 'of', a list of states after them: ', ', 'and', 'and the') or `_BACKED_BY` matches ('by', the same lists), before
# its spaces or 'the' (`_may_end_led`): those patterns end with `\s+$`, and searched, each is tried at every letter of
# its window.
_OF_ENDINGS: Final = ("of",)
_FROM_ENDINGS: Final = ("from", "of", "and", ",")
_BY_ENDINGS: Final = ("by", "and", ",")
# Before a state: an office or force that belongs to it ('the deputy minister of defence of Russia', 'the armed forces
# of Mali'), so the state acts through it.
_OFFICE_OF: Final = re.compile(at_word("minister|ministry|president|secretary|commander|chief|head|army|navy|forces?|"
                                        "military|troops|contingent|detachment|units?|government", cased=False)
                               + r"(?:\s+(?:of\s+)?[\w-]+){0,2}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Before an event noun that opens its sentence ('Construction began', 'The expansion will').
_OPENING: Final = re.compile(r"[\s\"'(]*(?:(?:the|its|their|this|that)\s+)?(?:(?:first|new|latest|next|second)\s+)?",
                             re.IGNORECASE)
# Opening a sentence, or after an opening phrase of time ('In April 2019 it'): a pronoun for what the sentence before
# was about.
_ITS: Final = re.compile(
    r"[\s\"'(]*(?:Its?\b|(?:In|At|During|By|Until|After|Before|Under)\s+(?:[\w'-]+,?\s+){1,5}?its?\s)")
# Right before a verb: 'it' is its subject ('it has hosted', 'it was expanded').
_IT_BEFORE: Final = re.compile(at_word("it") + r"\s+(?:(?:has|had|have|was|is|will)\s+)?(?:been\s+)?$")
# After a deployment verb: its object goes elsewhere ('moved launchers to Y').
_SENT_ELSEWHERE: Final = re.compile(r"\s+(?:[\w-]+\s+){1,4}?(?:to|into|onto)\s")
# Right before an active verb: a pronoun for the agent ('it first deployed', 'they have moved'), or the unnamed
# hands it works through ('workers have dug'); not a passive.
_AGENT_PRONOUN: Final = re.compile(
    at_word("it|they|workers|crews|engineers|contractors|builders|labou?rers|"
             + _each(r"Its|its|Their|their|The\s+country's|the\s+country's",
                     r"\s+(?:[\w-]+\s+)?(?:military|armed\s+forces|air\s+force|navy|army|forces|"
                     r"troops|soldiers|instructors|advisers|advisors|peacekeepers|personnel|"
                     r"contingent|units|marines|sailors|warships|jets)"))
    + r"\s+"
    r"(?:(?:has|have|had|then|also|first|later|again)\s+){0,2}$")
# Before an -ing trigger: 'it' or 'they' doing it ('it is building a harbour'); before a bare verb, going to do it ('it
# will build'). A passive ('it was expanded', 'it will be expanded') has the place for its subject, and matches neither.
_PRONOUN_DOING: Final = re.compile(at_word("it|they|It|They") + r"\s+(?:is|are|was|were)\s+(?:(?:also|now|still)\s+)?$")
_PRONOUN_WILL: Final = re.compile(at_word("it|they|It|They") + r"\s+(?:will|would)\s+(?:(?:also|now|then)\s+)?$")
# Before a sentence's subject.
_SUBJECT_OPENING: Final = re.compile(r"[\s\"'(]*(?:The\s+)?")
# After an intransitive verb, once its dates are taken out: no place, no object, only words of time.
_NOTHING_BUT_TIME: Final = re.compile(
    r"[\s.,;!?]*(?:(?:in|on|by|at|around|about|early|late|mid|last|this|again|too|also|"
    r"finally|then|soon|shortly|after|afterwards|later)\b[\s.,;!?-]*)*")
# A relative clause's subject that is a pronoun, standing for a state named before it.
_PRONOUN_SUBJECT: Final = re.compile(r"\s*(?:it|they|he|she|we|its|their)\b", re.IGNORECASE)
# Opening a relative clause: its verb follows at once, so the relative pronoun is its subject.
_AUXILIARY: Final = re.compile(r"\s*(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do)\b")
# A pronoun in a subject: it stands for a noun named before ('the last of them', 'its jets').
_ANAPHOR: Final = re.compile(at_word("it|its|they|them|their|he|his|she|her", cased=False) + r"\b", re.IGNORECASE)
# A state's armed services, named after it ('US military', 'Pakistani navy') or with no state ('the Air Force').
_SERVICES: Final = r"(?:military|armed forces|air force|navy|army|marines|marine corps|coast guard)\b"
_SERVICE: Final = re.compile(r"(?:'s|,\s+whose)?\s+" + _SERVICES, re.IGNORECASE)
_SERVICE_WORD: Final = re.compile(_SERVICES, re.IGNORECASE)
_THE_SERVICE: Final = re.compile(at_word("the", cased=False) + r"\s+" + _SERVICES, re.IGNORECASE)
# Opening a coordinate clause: its subject, a force of no state named ('and the air force moved', 'but the army').
_SERVICE_SUBJECT: Final = re.compile(r"[\s,]*(?:and|but)\s+(?:then\s+)?(?:the|its)\s+" + _SERVICES, re.IGNORECASE)
# What a clause's words may run over up to its verb: no full stop or semicolon, and commas only around an aside (', in
# the north,', ', paid for by X,'), not before a clause joined by 'and' or 'but'.
_ASIDE_STRETCH: Final = r"(?:[^,.;]|(?<=\d)[,.](?=\d)|,(?!\s+(?:and|but)\b))"
# Between a verb and the facility it was done at ('began at X', 'started in the X base').
_AT_RIGHT_AFTER: Final = re.compile(r"\s+(?:at|in|on)\s+(?:the\s+)?")
# A comma, then 'and' or 'but': a clause of its own begins.
_JOINED_CLAUSE: Final = re.compile(r",\s+(?:and|but)\s")
_WORK_ON: Final = re.compile(r"([Ww]orks?)\s+(?:[\w-]+\s+){0,3}?on\s")
# Between work and a facility: the facility only locates the work's object ('on a new centre beside X').
_LOCATING_WORD: Final = re.compile(
    at_word(r"near|outside|beside|close\s+to|next\s+to", cased=False) + r"\b", re.IGNORECASE)
_STARTING_BEFORE: Final = re.compile(at_word("will|would|to") + r"\s+(?:start|begin)\s+$")
# Between a sentence's subject and a participle opening an aside ('The port, opened', 'The base, first built').
_ASIDE_OPENING: Final = re.compile(r",\s+(?:(?:first|formally|originally|only|later)\s+)?")
# Right after a verb: 'it' is its object ('closed it in 2002'), not the subject of a clause that follows ('said it
# would').
_IT: Final = "it"
_IT_AFTER: Final = re.compile(rf"\s+{_IT}\b(?!\s+(?:is|was|has|had|will|would|could|can|may|might|did|does|"
                              r"to(?!\s+(?:about|around|some|nearly|roughly|almost|over|more\s+than|\d))))")
# How many sentences back a pronoun's state may be named.
_PRONOUN_REACH: Final = 2
# 'Troops from the 201st base', 'jets based at X': forces named by the facility they come from, before its name
_FORCES_OF_BEFORE: Final = re.compile(
    at_word(r"troops|soldiers|forces|units|sailors|airmen|marines|personnel|crews|jets|"
            r"aircraft|bombers|fighters|helicopters|drones|ships|warships|squadrons?|"
            r"battalions?|brigades?", cased=False) + r"\s+(?:from|of)\s+"
    r"(?:the\s+|[A-Z][\w-]*'s\s+)?$", re.IGNORECASE)
# After a weapon's name: the noun it qualifies ('Bastion launchers').
_NOUN: Final = re.compile(r"\s+[a-z][\w-]*")
# How far into a sentence a possessive opening it may end, before an event's noun ('Their arrival').
_TOLD_AGAIN_REACH: Final = 12
# How far after drills' noun the word spreading them over a place may stand, past a relative clause of theirs.
_ACROSS_REACH: Final = 120
# After a participle: a word of its own follows, which it describes ('abandoned Soviet stations').
_NOUN_AFTER: Final = re.compile(r"\s+[^\W\d_]")
# Between a subject and its verb: a relative clause set off by commas.
_ASIDE: Final = re.compile(r",\s+(?:which|who|that)\b[^,]*,\s+")
_THE: Final = re.compile(r"[\s\"'(]*The\s+")
# After 'The': what picks out some of the forces before their noun ('The last US personnel', 'The remaining French
# troops').
_FEW: Final = re.compile(r"(?:(?:last|first|remaining|final)\s+)?(?:[A-Z][\w.-]*\s+)?")
# Between two states named together.
_JOINED: Final = re.compile(r",?\s+and\s+|,\s+")
# Between two states whose forces are told with their kit ('American A-10 and Czech Gripen pilots'): a name or
# designation, then 'and'; after the second, its kit and the forces.
_KIT_JOINED: Final = re.compile(r"\s+[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)?,?\s+and\s+")
_KIT_FORCES_AFTER: Final = re.compile(r"\s+[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)?\s+(?:pilots|crews|jets|fighters|ships|"
                                      r"warships|troops|soldiers|sailors|units)\b")
# Between a building word and a state qualifying its object ('planned Russian base', 'building a new Chinese pier').
_OBJECT_OPENING: Final = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:new|second|first|permanent)\s+)?")
# Between that state and the facility's head noun ('Russian naval logistics centre').
_MODIFIERS: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?")
# Events that are happenings, not works: what 'opened' or 'began' governs when it names one of them.
_HAPPENINGS: Final = frozenset({"exercise", "visit", "attack"})
# Between 'opened' and the noun of the happening it opened: its determiner and modifiers ('the annual Cobra Gold').
_HAPPENING_OPENING: Final = re.compile(r"\s+(?:(?:the|a|an|its|their|this)\s+)?(?:[\w\"'\u201c\u201d-]+\s+){0,4}?")
# Right before an opening verb: the noun of what opened, its subject ('The exercise opened', 'the drills have opened').
_HAPPENING_SUBJECT: Final = re.compile(r"\b(\w+)\s+(?:(?:has|have|had|was|were|officially|formally)\s+){0,2}$")
# Between a facility and the comma of a relative clause: the words opening a phrase that only places the facility
# (`_Cues.placed_phrase`: 'in X', 'north of X').
_PLACING_WORDS: Final = "in|near|on|outside|off|beside"
# Between a leaving word and a facility: the facility is where they went ('left for X').
_DESTINATION: Final = re.compile(r"\s+for\s+(?:the\s+)?")
# After a word of going home: the place they go to.
_HOME_TO: Final = re.compile(r"\s+to\s+(?:the\s+)?")
# Origins of equipment that several states make and fly (the Tornado, the A400M): they name no state that sent it.
_MAKERS_OF_MANY: Final = frozenset({"EU"})
# How many sentences before a craft's move may name its maker's state for that state to be the one moving it.
_MAKER_REACH: Final = 3
# How many sentences before a completion of works told ('the work is due to be finished') may tell those works.
_WORKS_REACH: Final = 2
# The rule suffix of an event placed in a town or country named as the trigger's object.
_PLACED: Final = "-place"
# Right before a state: 'of', which with forces after the state ('hundreds of U.S. troops') names whose they are.
_OF_BEFORE: Final = re.compile(r"\bof\s+(?:the\s+)?$")
# Opening a clause: 'after' with no span before it, so the clause tells what came just before the main one.
_JUST_AFTER: Final = re.compile(r",?\s*after\s", re.IGNORECASE)
# In a clause: a word that points back to a facility named before it.
_POINTS_BACK: Final = re.compile(at_word("it|its|there", cased=False) + r"\b", re.IGNORECASE)
# Before equipment: an alliance owns it ('NATO's RQ-4D drones'), so its maker's state did not send it.
_ALLIANCE_OWNED: Final = re.compile(at_word(r"NATO|the\s+alliance|the\s+UN|the\s+EU") + r"'s\s+(?:[\w-]+\s+){0,2}$")
# Opening a sentence, up to a facility: a phrase of place set before the main clause ('Further north, at ').
_FRONTED: Final = re.compile(r"[\s\"'(]*(?:(?:[\w-]+\s+){0,2}[\w-]+,\s+)?(?:[Aa]t|[Ii]nside|[Oo]n)\s+(?:the\s+)?")
# Before a state: the work is for it ('for the U.S. side of the base').
_FOR_BEFORE: Final = re.compile(at_word("for") + r"\s+(?:the\s+)?$")
# Between a verb and 'there': nothing, or its object with no clause break ('sent two frigates there').
_OBJECT_BEFORE_THERE: Final = re.compile(r"\s+(?:[\w'-]+\s+){0,4}")
# After an event noun: a phrase of place, then its 'of' ('the deployment to X of two US destroyers').
_PP_OF_WORDS: Final = ("to", "at", "into", "from", "in")
_PP_OF: Final = re.compile(rf"\s+(?:{'|'.join(_PP_OF_WORDS)})\s+[^,;.]{{1,60}}?\sof\s")
_PP_OF_OPENINGS: Final = _openings(_PP_OF_WORDS)
# Right before a trigger: no one in particular does it ('Whoever builds this port').
_ANYONE_BEFORE: Final = re.compile(at_word(r"whoever|whichever|anyone\s+who|anybody\s+who", cased=False)
                                   + r"\s+$", re.IGNORECASE)
# Opening a sentence: forces counted, and their state ('Two Russian frigates', 'About 300 US troops').
_COUNTED: Final = re.compile(
    r"[\s\"'(]*(?:(?:About|Some|Around|Nearly|Another)\s+)?(?:\d[\d,]*|Two|Three|Four|Five|Six|Seven|"
    r"Eight|Nine|Ten|Several|Dozens\s+of|Hundreds\s+of)\s+(?:more\s+)?(?:[A-Z][\w.-]*\s+)?")
_AND_JOINED: Final = re.compile(r",?\s+and\s+(?:the\s+)?")
_SPACE: Final = re.compile(r"\s+")
_COUNTERPART: Final = re.compile(at_word("and") + r"\s+(?:his|her|their)\s+[\"'(]?$")
_INCLUDING: Final = re.compile(at_word("including|such as|among them") + r"\b")
_DIRECTION: Final = re.compile(at_word("from|out of|to|into|toward|towards", cased=False) + r"\b", re.IGNORECASE)
# The rule suffix of an event told with only the date of the report about it, which does not date it.
_REPORT_DATED: Final = "-report-date"
# The dates layer's rules for a month or day written with no year ('dates:month-cued-yearless').
_YEARLESS: Final = "-yearless"
# How far a facility may sit from its trigger when found beyond the trigger's comma clause.
_REACH: Final = 120
_PASSIVE_WORDS: Final = "was|were|been|being|is|are|came under|come under"
_PASSIVE: Final = re.compile(at_word(_PASSIVE_WORDS, cased=False) + r"\b", re.IGNORECASE)
# Right before a verb: it is passive ('was hit', 'was almost entirely destroyed').
_PASSIVE_BEFORE: Final = re.compile(at_word(_PASSIVE_WORDS, cased=False) + r"\s+"
                                    r"(?:(?:\w+ly|not|also|almost|already|again|then|later|twice|once)\s+){0,2}$",
                                    re.IGNORECASE)
_BY: Final = re.compile(r"\W*(?:\w+\W+){0,8}?by\s+(?:the\s+)?", re.IGNORECASE)
_BY_WORDS: Final = ("by",)
# The words that end the phrase before a giver ('donated by the'): `_Cues.donor_before` and `_ends_with_by`'s test.
_DONOR_BY: Final = "by"
_DONOR_THE: Final = "the"
# Right after a verb: its agent by name ('built by the Soviet Union').
_BY_NAME: Final = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")
# Right before a verb: its subject is a state that no longer exists, which has no code ('the Soviet Union built',
# 'Yugoslav engineers had lengthened', "the Yugoslav People's Army pulled out").
_VANISHED_STAFF: Final = (r"\s+(?:[\w'-]+\s+){0,2}?(?i:engineers|troops|forces|army|navy|military|builders|workers|"
                           r"specialists|advisers|advisors|units|soldiers|sailors)")
_VANISHED_SUBJECT: Final = re.compile(
    at_word(r"Soviet\s+Union|USSR|Soviets|Yugoslavia|East\s+Germany|GDR|Czechoslovakia|"
            + "|".join(state + _VANISHED_STAFF for state in ("Soviet", "Yugoslav", r"East\s+German", "Czechoslovak")))
    + r"\s+"
    r"(?:(?:had|has|have|was|were|then|first|also|originally|later)\s+)*$")
# Around a state that tells of an event after it: a force or ministry of its own that speaks ('..., the Royal Air
# Force said', "..., Britain's defence ministry said").
_SPEAKER_OPENING: Final = re.compile(r",\s+(?:the\s+)?$")
_FORCE_SPEAKS: Final = re.compile(
    r"(?:'s)?(?:\s+(?:[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry\s+of\s+[Dd]efen[cs]e|"
    r"military|army|navy|[Aa]ir\s+[Ff]orce|armed\s+forces|[Nn]aval\s+[Ff]orces|forces|[Cc]ommand))?"
    r"\s+(?:said|says|reported|announced|confirmed)\b")
# Right after an event noun: its agent follows ('an assault by pro-government fighters').
_DIRECT_BY: Final = re.compile(r"\s+by\b")
# Between an attack word and a facility, these make the facility the attackers' origin, not the target.
_ORIGIN: Final = re.compile(at_word("from|by|launched from|based at", cased=False) + r"\b", re.IGNORECASE)
# Between a facility and an attack word: the facility serves the attack ('has been used for strikes', 'used to launch').
_USED_FOR: Final = re.compile(at_word("used", cased=False) + r"\s+(?:for|to|as)\b", re.IGNORECASE)
# Between a noun and a verb: the subject of a relative clause with no pronoun ('the base it built', 'the port
# China expanded').
_REDUCED_RELATIVE: Final = re.compile(r"\s+(?:it|they|we|(?:the\s+)?[A-Z][\w-]+)\s+(?:(?:has|have|had)\s+)?")
# Right before a facility: it locates something else ('fuel tanks near the port').
_LOCATING: Final = re.compile(at_word(r"near|outside|beside|close\s+to|next\s+to", cased=False)
                              + r"\s+(?:the\s+)?$", re.IGNORECASE)
# After the last origin word, before the facility: the facility is the target again ('an attack by militants on X').
_TARGET_AFTER: Final = re.compile(at_word("on|against|targeting", cased=False) + r"\s", re.IGNORECASE)
# After a place: it is where an organisation sits ('the Washington-based 38 North project'), not an agent.
_BASED_IN: Final = "-based"
# After a state: a person or an outlet of that nationality who reports or studies ('a Russian analyst', 'a US think
# tank'), not the state acting.
_CIVIL_BODIES: Final = (r"think[\s-]tank", r"news\s+agency", "newspaper", "broadcaster", "outlet", "website",
                         "researchers?", "analysts?", "academics?", "journalists?", "scientists?",
                         r"research\s+(?:group|team|institute|centre|center)", "institute", r"monitoring\s+group",
                         r"investigative\s+(?:site|outlet|group)")
_CIVIL_BODY_AFTER: Final = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{'|'.join(_CIVIL_BODIES)})\b", re.IGNORECASE)
# The first four letters of each (all plain letters), for a test that spares most states the match.
_CIVIL_BODY_OPENINGS: Final = _openings(_CIVIL_BODIES)
# Around a state: the crew it qualifies comes with a craft ('with a Maldivian crew').
_CREW_AFTER: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+)?crews?\b")
_WITH_A_BEFORE: Final = re.compile(at_word("with", cased=False) + r"\s+(?:(?:a|an|the|its|their)\s+)?$", re.IGNORECASE)
# Right before a state: it owned what follows once ('a former Turkish navy patrol craft').
_FORMER_WORDS: Final = ("former", "ex")
_FORMER_BEFORE: Final = re.compile(at_word("|".join(_FORMER_WORDS), cased=False) + r"[\s-]+$", re.IGNORECASE)
_FORMER_LONGEST: Final = max(map(len, _FORMER_WORDS))
# After a state: a company of that nationality ('the American company Maxar'); it builds, but moves no forces. A state
# company is the state's ('a Chinese state company').
_COMPANY_AFTER: Final = re.compile(
    r"(?:\s+(?!state\b|state-|government\b)[a-z][\w-]*){0,2}?\s+(?:company|companies|firm|"
    r"firms)\b", re.IGNORECASE)
# Event types that are works on a place: a company may do them ('a Chinese company rebuilt the port').
_WORK_TYPES: Final = frozenset({"construction", "expansion", "other"})
# Before a state: the news is told on the word of those it qualifies ('according to a Jordanian security source').
_ACCORDING_BEFORE: Final = re.compile(at_word("according", cased=False) + r"\s+to\s+(?:(?:a|an|the)\s+)?"
                                      r"(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
# After a state: those of it who tell the news and their telling ('officials said', 'security sources told').
_SOURCE_TOLD_AFTER: Final = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:sources?|officials?|spokes(?:man|woman|person)|"
    r"diplomats?|media|press|television|TV)\s+(?:have\s+|has\s+)?(?:said|say|says|told|"
    r"reported|reports|confirmed)\b")
# Before a state that pays with the money after it: 'with Chinese funds', 'financed by a Japanese grant', 'under a
# U.S. aid programme'.
_FUNDS_BEFORE: Final = re.compile(at_word("with|by|under|through", cased=False) + r"\s+(?:(?:the|a|an)\s+)?$",
                                  re.IGNORECASE)
# After a state: it made or paid for something ('Chinese-funded', 'French and British cruise missiles').
_MADE_BY: Final = re.compile(r"-(?:funded|financed|built|made|backed|supplied|designed|donated)\b", re.IGNORECASE)
# Before a state: it backs the agent ('backed by Russia, the UAE and Egypt'), it is never the agent.
# Right before a state: a lower-case noun, so that the state opens a relative clause on it ('the boat Australia gave').
_NOUN_RIGHT_BEFORE: Final = re.compile(r"\b[a-z][\w-]+\s+$")
_BACKED_BY: Final = re.compile(
    at_word("backed|supported|funded|financed|armed|aided") + r"\s+by\s+"
    r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))*(?:the\s+)?$")
_ARMS: Final = ("missiles?", "rockets?", "drones?", "bombs?", "munitions", "weapons", "shells")
_ARMS_AFTER: Final = re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?(?:\s+(?:[A-Z][\w-]*|[\w]+-range|cruise|ballistic|anti-ship|"
                                rf"guided|attack|kamikaze|suicide)){{0,3}}\s+(?:{'|'.join(_ARMS)})\b")
# The first four letters of each (all plain letters), for a test that spares most states the match.
_ARMS_OPENINGS: Final = _openings(_ARMS)
# After a state, up to an event noun: the state's own ('s, and a word that qualifies the event).
_OWNED_EVENT: Final = re.compile(r"'s\s+(?:[a-z][\w-]*\s+)?")
# The most runs of characters other than white space a match of `_Cues.reported_on` spans: the verb's, 'by', four words
# and 'on'.
_REPORTED_ON_RUNS: Final = 7
# Right before a date: a dateline's place, opening a line ('QUETTA, March 27 -', 'BENGHAZI, Libya, May 6', 'BOGOTÁ,
# Nov 19'); the date is the filing's, not an event's.
_CAPS: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_DATELINE: Final = re.compile(rf"(?:^|\n)[ \t]*[{_CAPS}][{_CAPS} .'-]+,(?:\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,)?\s+$")
# Opening a clause, or right before it: the clause is coordinate with the one before ('and has been rotating',
# 'but troops left'), so it has a time of its own.
_ROTATING_AFTER: Final = re.compile(r"\s+(?:[\w.-]+\s+){0,2}?rotating\b", re.IGNORECASE)
# After a date: it closes its clause, and the next one opens with a subject of its own ('since 2020, and troops').
_DATE_THEN_SUBJECT: Final = re.compile(
    r",\s+(?:and|but)\s+(?!(?:then|later|again|also|has|have|had|is|was|were|will|it)\b)"
    r"(?:the\s+)?[\w'-]+\s+(?!(?:has|have|had|is|was|were)\b)")
# Between a state and a trigger: a coordinate clause with a subject of its own opens ('..., and its operator, X,
# hopes').
# Opening a clause: a coordinate clause with a subject of its own and its auxiliary ('and US warships have').
_OWN_SUBJECT_AND: Final = re.compile(
    r"\s*(?:and|but)\s+(?!(?:then|later|again|also|so|thus|has|have|had|is|are|was|were|will|"
    r"would|it|its)\b)(?:the\s+)?(?:[\w'-]+\s+){1,3}?(?:has|have|had|is|are|was|were)\b")
_NEW_SUBJECT: Final = re.compile(r",\s+(?:and|but)\s+(?:its|their|the)\s+[a-z][\w-]*\s*,")
_COORDINATE_OPENING: Final = re.compile(r"\s*(?:and|but)\s", re.IGNORECASE)
_COORDINATE_AFTER: Final = re.compile(r"(?:\b(?:but|while|whereas|although)|;)\s*$", re.IGNORECASE)
# Between an earlier date and a trigger: the trigger is in a time clause of its own ('on Tuesday after troops held').
_SUBORDINATE_AFTER: Final = re.compile(r"[^,]*?\b(?:after|before|because)\s+(?!the\b|it\b)(?:[\w-]+\s+){0,3}?"
                                       r"[a-z]+(?:ed|s)\b")
_SUBORDINATING_WORDS: Final = ("after", "before", "because")
# Opening a clause: 'when', tying it to the time of the clause before.
_WHEN_OPENING: Final = re.compile(r"[\s,]*when\s", re.IGNORECASE)
# Between a trigger and a later date: the date belongs to a clause of its own ('before the fall of X in 2024').
_OTHER_CLAUSE_WORDS: Final = ("since", "before", "after", "until", "when", "as", "that", "which")
_OTHER_CLAUSE: Final = re.compile(
    at_word(_each("|".join(_OTHER_CLAUSE_WORDS),
                      r"\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+[a-z]+(?:ed|s)\b") + "|"
                + _each("|".join(_OTHER_CLAUSE_WORDS[:4]),
                        r"\s+the\s+(?!end|start|beginning|middle)[a-z]+\s+of\b") + "|"
                # 'the largest presence since the base opened in 1979': a subject of its own, told by a noun
                + _each("|".join(_OTHER_CLAUSE_WORDS[:4]),
                        r"\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){1,2}?(?:was\s+|were\s+)?[a-z]+ed\b")))
# Natural hazards: as the subject of an attack word ('the tsunami destroyed it') or its agent ('hit by a cyclone').
_HAZARD_NAMES: Final = (
    r"tsunamis?|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|storms?|floods?|flooding|landslides?|"
    r"wildfires?|eruptions?|tornado(?:e?s)?")
_HAZARDS: Final = f"(?:{_HAZARD_NAMES})"
# A word each of `_HAZARD_NAMES` holds (`_may_hold`), and the word `_BY_HAZARD` opens with (`_opening_after`).
_HAZARD_WORDS: Final = ("tsunami", "quake", "cyclone", "hurricane", "typhoon", "storm", "flood", "landslide",
                        "wildfire", "eruption", "tornado")
_BY_OPENINGS: Final = frozenset({"by"})
_HAZARD_BEFORE: Final = re.compile(at_word(_HAZARD_NAMES, cased=False)
                                   + r"\s+(?:(?:has|had|have|was|were)\s+)?(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BY_HAZARD: Final = re.compile(r"\s+by\s+(?:(?:a|an|the|its|last\s+year's)\s+)?(?:[\w-]+\s+){0,2}?" + _HAZARDS + r"\b",
                               re.IGNORECASE)
_HAZARD: Final = re.compile(_HAZARDS, re.IGNORECASE)
_DETERMINER_BEFORE: Final = re.compile(
    at_word("a|an|the|this|that|its", cased=False) + r"\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# Before a date that qualifies a noun ('after the 2004 tsunami', 'before the 2022 war'): what happened after or before
# that event is not of its date.
_AFTER_THE: Final = re.compile(at_word("after|before", cased=False) + r"\s+the\s+$", re.IGNORECASE)
_THE_ENDING: Final = ("the",)
_ATTRIBUTE_OF: Final = re.compile(r"\s+[a-z]")
_NOUN_THEN_VERB: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,2}")
# A relative clause between a trigger and a date, the date inside it ('the airfield from which bombers took off in
# 1945', an apposition's 'the island that it has held since 1966'); a comma after the relative clause ends it ('the
# airfield, which lies by the sea, since 2015').
_RELATIVE_WORDS: Final = ("which", "where", "whose")
_RELATIVE_THAT: Final = "that"
_RELATIVE_CLAUSE: Final = re.compile(r",\s+(?:(?:[\w-]+\s+){0,4}?(?:(?:from|in|at|on|by)\s+)?"
                                     rf"(?:{'|'.join(_RELATIVE_WORDS)})|"
                                     rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,5}}?{_RELATIVE_THAT})\b[^,]*$")
# One of them is in the text between wherever `_RELATIVE_CLAUSE` matches.
_RELATIVE_CLAUSE_WORDS: Final = (*_RELATIVE_WORDS, _RELATIVE_THAT)
# Between a trigger and a facility after it: a clause with a subject of its own begins ('drills as Taiwan puts X on
# alert', 'exercises while China builds X').
_OWN_SUBJECT_WORDS: Final = ("as", "while", "whereas", "when", "after", "before", "because", "since", "until")
_OWN_SUBJECT: Final = re.compile(
    at_word("|".join(_OWN_SUBJECT_WORDS))
    + r"\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*)*(?:\s+[a-z][\w-]*){0,2}?\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?"
    r"[a-z]+(?:ed|s)\b")
# Right before a verb: it is the verb of a time or reason clause whose own subject follows the conjunction ('drills
# as the base expands', 'after Syria expanded'); a state named before the conjunction is the main clause's.
_SUBORDINATORS: Final = ("as", "while", "whereas", "when", "after", "because", "once")
_SUBORDINATE_SUBJECT: Final = re.compile(at_word("|".join(_SUBORDINATORS))
                                         + r"\s+(?!(?:a|an|well|such|part|far|long|soon|of|to|for|with|in|on|at)\b)"
                                         r"(?:[\w'-]+\s+){1,4}?(?:(?:has|have|had|is|was|were|are|will|would)\s+)?"
                                         r"(?:been\s+)?$")
_CONJUNCTION: Final = re.compile(at_word("and|or|as well as") + r"\b")
# Right before a second object told with a date of its own ('on December 26 and the garrison at Y').
_PARALLEL_JOIN: Final = re.compile(r",?\s+(?:and|then|and\s+then)\s+(?:the\s+)?$")
# Before a facility: it only locates the one named before it ('the naval base, on the port of X').
_LOCATED_ON: Final = re.compile(at_word("on|at|in|inside|beside|near", cased=False) + r"\s+(?:the\s+)?$", re.IGNORECASE)
# How far after a second object its own date may lie ('the garrison at Y, near the border, on January 11').
_OWN_DATE_REACH: Final = 80
# Between two facilities of one list.
_LIST_GAP: Final = re.compile(r",\s+|(?:,?\s+and|\s+or|\s+as well as)\s+"
                              r"(?:(?:at|on|to|in|into|against|from)\s+)?(?:(?:a|an|the)\s+)?"
                              r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Za-z][\w-]*'s\s+)?")
# Completion words: the end of works.
_COMPLETING: Final = frozenset({"complete", "completed", "completes", "finished", "completion"})
_BUILDING_TYPES: Final = frozenset({"construction", "expansion"})
# Between works told and a completion word: the same works go on to their end ('is being lengthened and will be',
# 'was extended, and the work was', 'enlarged last year and', 'and the works on new aprons were').
_THEN_DONE: Final = re.compile(
    r"(?:,\s*)?\b(?:and|but)\s+(?:(?:the|its|this|that)\s+(?:work|works|project|job|construction|"
    r"upgrade|expansion|extension)(?:\s+on\s+[^,;.]{1,60}?)?\s+)?(?:(?:is|was|were|are|will|would|should|has|have|had|be|been|"
    r"being|now|finally|only|largely|nearly|almost|due\s+to|expected\s+to|set\s+to)\s+)*\Z",
    re.IGNORECASE)
# How far before a trigger its future cue may start (`_Cues.future`: a cue and at most one word, 'is expected to be
# based', 'will soon build'); a cue further back is another clause's.
_FUTURE_REACH: Final = 25
# How far before a happening's noun its future cue and verb of holding may start (`_Cues.future_holding`: the cue,
# the verb and up to twelve words of the happening's name, 'is preparing to host the annual multinational Red Flag').
_HOLDING_REACH: Final = 120
# Right before a date: it is the time a plan is due for, whatever the trigger ('a range paid for by Turkey, to be
# finished in October', 'runway work due in April', 'with work due to start in May').
_DUE_BEFORE_DATE: Final = re.compile(at_word(r"to\s+be\s+[a-z]+ed|due(?:\s+to\s+[a-z]+)?", cased=False)
                                     + r"\s+(?:(?:in|on|by|from)\s+)?$", re.IGNORECASE)
# Before an infinitive: it tells an order among those who did it, no plan ('were the first to land').
_FIRST_TO: Final = re.compile(at_word(r"first|last|only", cased=False) + r"\s+(?:[a-z]+\s+)?to\s+$", re.IGNORECASE)
# How far before a trigger `_FIRST_TO` may start: its longest word, one word more and 'to'.
_FIRST_TO_REACH: Final = 30
# Before an event noun: it is approved, so yet to come ('authorised this Tuesday the stationing of two destroyers').
_APPROVED: Final = re.compile(at_word("approved?|approves|authori[sz]ed?|authori[sz]es|endorsed?|endorses|sanctioned",
                                       cased=False)
                              + r"\s+"
                              r"(?:[\w-]+\s+){0,4}?(?:the|a|an)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_APPROVING_WORDS: Final = ("approv", "authori", "endors", "sanction")
# Before an infinitive trigger: a decision that governs it ('agreed in 2019 to expand'), unlike an attempt ('tried
# three years ago to take over'), which shares its time.
_DECIDED: Final = re.compile(at_word(r"plans?|planned|agreed|decided|approved|announced|pledged|promised|vowed|voted|"
                                     r"ordered|authori[sz]ed", cased=False) + r"\b", re.IGNORECASE)
# Between an event and a later time: a span that reckons the event from another ('two months after', 'days before').
_OFFSET_WORDS: Final = ("after", "before")
_OFFSET_FROM: Final = re.compile(at_word(r"hours?|days?|weeks?|months?|years?", cased=False)
                                 + rf"\s+(?:{'|'.join(_OFFSET_WORDS)})\b", re.IGNORECASE)
# Opening a clause: it is a time clause of its own ('weeks after X fired ...'), dated by nothing outside it.
_TEMPORAL_WORDS: Final = ("after", "before", "until", "as")
_TEMPORAL_OPENINGS: Final = _openings(_TEMPORAL_WORDS)
_TEMPORAL_CLAUSE: Final = re.compile(r"\s*(?:(?:\w+\s+){0,3}?(?:hours?|days?|weeks?|months?|years?)\s+)?"
                                     rf"(?:{'|'.join(_TEMPORAL_WORDS)})\s", re.IGNORECASE)
# Between two triggers: the second opens a relative clause about the first.
_RELATIVE_NEXT: Final = re.compile(r"\s+(?:that|which)\s+(?:\w+\s+)?")
# Between a facility and the place it is in ('Prince Sultan Air Base in Saudi Arabia').
_LOCATED_IN: Final = re.compile(r"\s+in\s+(?:the\s+)?")
# Right before a state: 'in', naming where a place lies.
_LOCATED_IN_BEFORE: Final = re.compile(at_word("in", cased=False) + r"\s+(?:the\s+)?$", re.IGNORECASE)
# Inside a relative clause: a clause of its own begins.
_SUBORDINATE: Final = re.compile(at_word("after|before|when|since|until|because|while") + r"\s+(?!it\b)")
# Between a facility and a later verb: the facility's clause ends, another with its own subject begins.
# Written, as `at_word` writes its patterns, to open with the set of its first characters: ', as' or a word.
_MAIN_CLAUSE_ENDS: Final = re.compile(
    r"[,abuw](?:(?<=,)\s+as\s+(?!(?:it|well|part|far|long|soon|much|many|a|an|of|in|at|on)"
    r"\b)|(?<!\w.)(?:(?<=a)fter|(?<=b)(?:efore|ecause)|(?<=w)hile|(?<=u)ntil)\s+(?!it\b))")
_APPOSITION: Final = re.compile(r",\s+(?:a|an|the)\s", re.IGNORECASE)
# A relative clause opening a clause: its trigger is about the noun before the comma.
_RELATIVE: Final = re.compile(r"\s*(which|where)\b", re.IGNORECASE)
# 'planned to close', 'proposed to move': the plan is of another act, not of building.
_PLAN_WORDS: Final = frozenset({"planned", "proposed"})
# Right before a plan word: the works it plans ('with work planned for 2026', 'the works proposed').
_WORKS_BEFORE: Final = re.compile(at_word("work|works|construction|building", cased=False) + r"\s+(?:[a-z]+ly\s+)?$",
                                  re.IGNORECASE)
# What imagery did not show before: the time after them is when the thing was still absent.
_ABSENT: Final = frozenset({"was not there", "were not there", "was not visible", "were not visible"})
# Before 'planned': a happening, not a facility, is what is planned ('whose first flight is planned for next year').
_PLANNED_HAPPENING: Final = re.compile(
    at_word(r"flights?|launch(?:es)?|visits?|tests?|trips?|meetings?|talks|votes?|"
            r"ceremony|ceremonies|exercises?|drills?|elections?", cased=False)
    + r"\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:also\s+)?$", re.IGNORECASE)
# Before a trigger: a time clause in the present that looks ahead ('until the Henoko runway is finished'); what it
# tells has not happened ('until it was abandoned in 1993' has).
_UNTIL_DONE: Final = re.compile(at_word("until", cased=False)
                                + r"\s+(?:[\w'-]+\s+){0,8}?(?:is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_UNTIL_WORDS: Final = ("until",)
# Words of extending, and after them a term or a deal rather than a structure ('extended the lease until 2044').
_EXTENDING: Final = frozenset({"extend", "extends", "extending", "extended", "extension"})
_TERM_AFTER: Final = re.compile(
    r"\s+(?:of\s+)?(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w'-]+\s+){0,2}?(?:lease|"
    r"use|deadline|agreement|contract|mandate|stay|presence|deployment|mission|ban|sanctions|term|deal|talks|"
    r"ceasefire|truce|cooperation)\b", re.IGNORECASE)
_PLAN_OF_OTHER: Final = re.compile(r"\s+to\s+(?!build|construct|erect|set up|establish|open)\w+", re.IGNORECASE)
# 'moved to ban flights', 'moved quickly to secure': an infinitive after 'moved' is another act, not where forces
# went ('moved to the base', 'moved to al-Jufra').
_MOVED: Final = "moved"
_TO_ACT: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|new|bases?|"
    r"positions?|areas?|sites?)\b)[a-z]+(?=[\s,.;:])")
# Event types that may be told of a country or town with no installation, and how the place follows the trigger.
_PLACE_TYPES: Final = frozenset({"attack", "withdrawal", "deployment", "visit", "exercise", "construction",
                                  "expansion"})
_TOWN_KINDS: Final = frozenset({"city", "town", "village"})
_DEMONYM: Final = "demonym"
# Places after a trigger that are where it happened, leaving no room for a facility further on in the sentence.
_OWN_PLACE_KINDS: Final = _TOWN_KINDS | {_DEMONYM}
# Opening a sentence, right before its verb: forces named by a bare noun ('The peacekeepers left').
_THE_NOUN: Final = re.compile(r"[\s\"'(]*The\s+([a-z][\w-]*)\s+(?:(?:have|has|had|then|also|finally)\s+)?")
# The kinds of place a noun for a place told before stands for: 'the country', 'the province', 'the district'.
_COUNTRY_KINDS: Final = frozenset({"country"})
_REGION_KINDS: Final = frozenset({"region", "admin1"})
_AREA_KINDS: Final = _REGION_KINDS | _TOWN_KINDS
# How many sentences before its own a place such a noun stands for may be named in.
_TOLD_PLACE_REACH: Final = 2
# After a state's adjective: the state's edge, a place ('the Turkish border', 'Syrian airspace').
_FRONTIER: Final = re.compile(r"\s+(?:border|borders|frontier|coast|waters|airspace|territory|soil)\b")
_OBJECT_PLACE_KINDS: Final = frozenset({"country", "city", "town", "village", "admin1", "island", "region"})
_INSTALLATIONS_IN: Final = re.compile(r"\s+(?:(?:its|their|the|a|an|new)\s+)?(?:[\w-]+\s+){0,3}?(?:facilities|bases?|"
                                      r"installations?|outposts?)\s+(?:in|on)\s+(?:the\s+)?(?=[A-Z])")


def _place_objects(side: str, kinds: str) -> dict[str, re.Pattern[str]]:
    """Right after a trigger, by its type: a town or country as its object, which places the event; `side` a compass
    side's source, for a part of a country named by it ('in northern Mali', 'to eastern Ukraine'), `kinds` the words
    of a place's kind (class place kind)."""
    # A place named by its kind before its name ('to its border town of Pacaraima', 'the eastern city of Kharkiv', 'the
    # Red Sea port of Hodeidah'), or by its name after 'the': what follows is the place's name.
    kind = rf"(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{kinds})\s+of\s+"
    kind_of = rf"(?:{kind}|the\s+)?(?:{side}\s+)?"
    return {
        "attack": re.compile(r"\s+(?:on|against|in|into|inside)\s+" + kind_of + r"(?=\S)|\s+" + kind_of + r"(?=[A-Z])"),
        "withdrawal": re.compile(r"\s+(?:(?:out\s+)?(?:of|from)\s+" + kind_of + r"|(?=[A-Z])|"
                                 # 'drew down its forces in Yemen', 'recalled its troops from Congo'
                                 r"(?:(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|contingent|"
                                 r"personnel|peacekeepers)\s+(?:in|from|out\s+of)\s+" + kind_of + r"(?=[A-Z]))"),
        "deployment": re.compile(r"\s+(?:(?!(?:note|letter|message|protest|request|invitation|aid)\b)"
                                 r"(?:[\w-]+|\d[\d,.]*)\s+){0,4}?(?:to|in|into)\s+" + kind_of + r"(?=[A-Z])"),
        "visit": re.compile(r"\s+" + kind_of + r"(?=[A-Z])|"
                            r"\s+(?:to|in|at|off)\s+" + kind_of + r"(?=[A-Z])|"
                            r"\s+(?:(?:its|their|his|her|the)\s+)?(?:troops|soldiers|forces|sailors|personnel|"
                            r"peacekeepers)\s+(?:in|on)\s+(?:the\s+)?(?=[A-Z])"),
        # 'upgraded its intelligence facilities in Cuba': installations no name tells apart, in a country or town
        "construction": _INSTALLATIONS_IN,
        "expansion": _INSTALLATIONS_IN,
        "exercise": re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|on|off|near|over|around)\s+(?:the\s+)?"
                               rf"(?:{side}\s+)?(?=[A-Z])"),
    }


# Opening a sentence, right before a verb of attacking: the attacks told before are its subject ('The strikes also
# hit').
_TOLD_SUBJECT: Final = re.compile(r"[\s\"'(]*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:strikes|attacks|raids|airstrikes|"
                                  r"air strikes|bombings)\s+(?:also\s+|then\s+|later\s+)?")
# The attacks told before, named again ('called the strikes a violation').
_THE_ATTACKS: Final = re.compile(at_word("the|these|those", cased=False)
                                 + r"\s+(?:strikes|attacks|raids|airstrikes|air strikes|bombings|"
                                 r"bombardment|attack|strike|raid)\b", re.IGNORECASE)
_SUCH: Final = re.compile(at_word("such", cased=False) + r"\s+$", re.IGNORECASE)
# Right after a deployment word: what moves is civilian.
_CIVIL_WORDS: Final = ("civilian", "commercial", "passenger")
_CIVILIAN: Final = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_CIVIL_WORDS)})\s+(?:aircraft|airliners?|flights?|"
    r"planes?|ships?|vessels?)\b", re.IGNORECASE)
_CIVIL_OPENINGS: Final = _openings(_CIVIL_WORDS)
# After a stop: it is on a journey elsewhere.
_EN_ROUTE: Final = re.compile(
    at_word(r"on\s+(?:the|their|its|his|her)\s+way|en\s+route", cased=False) + r"\b", re.IGNORECASE)
# What flies without being deployed: rockets, missiles and what they carry.
_PROJECTILE: Final = re.compile(at_word("rockets?|missiles?|satellites?|projectiles?|warheads?", cased=False) + r"\b",
                                re.IGNORECASE)
# 'landed', 'fell': what lands or falls at a place is a strike there when it is a shot, its subject a projectile
# before the verb, maybe with who fired it ('rockets fired by the militia landed inside X', 'a shell fell near Y');
# 'fell' of anything else is no event, 'landed' of anything else stays an arrival.
_SHOT_LANDING: Final = frozenset({"landed", "fell"})
_SHOT_SUBJECT: Final = re.compile(
    at_word("rockets?|missiles?|shells|projectiles?|mortar\\s+rounds?|mortars|"
             "artillery\\s+rounds?|bombs?|grenades?", cased=False)
    + r"(?:[\s,]+[\w'.-]+){0,6}?\s+(?:(?:had|have|has|also|then|later)\s+)?$", re.IGNORECASE)
_SHOT_REACH: Final = 70
# How far before a move a word of rehearsing it may stand ('rehearsed evacuating', 'in the scenario of an evacuation').
_REHEARSAL_REACH: Final = 24
# From a comma to a participle that goes on with the clause before it (', landing', ', with two helicopters flying').
_PARTICIPLE_OPENING: Final = re.compile(r",\s+(?:with\s+(?:[\w'.-]+\s+){1,10}?)?")
# Before an attack verb in its clause: a shot fired as its subject, however far ('shells fired from across the river
# hit the town', 'rounds fired by the army struck near the village').
_SHOT_FIRED: Final = re.compile(at_word("rockets?|missiles?|shells|projectiles?|mortar\\s+rounds?|mortars|"
                                         "artillery\\s+rounds?|bombs?|grenades?", cased=False)
                                + r"\s+(?:[\w-]+\s+)?fired\b[^,;.:]{0,80}$", re.IGNORECASE)
_FIRED_WORDS: Final = ("fired",)
# Trigger words with a sense that tells no event, and what shows that sense next to them: a length a thing runs to
# ('the runway extends about 4,000 metres'), a count of what a blow left behind ('left two craters'), images that
# caught a scene ('images captured on 3 March', 'captured in satellite images'), a ship's stop for repairs ('docked
# at X for repairs'), a building as a thing ('a storage building', not 'the building of a pier').
_MEASURING: Final = frozenset({"extend", "extends", "extending"})
_MEASURE_AFTER: Final = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|just\s+over|for)\s+)*"
    r"\d[\d,.]*\s*(?:metres|meters|m|km|kilometres|kilometers|feet|ft|miles|yards)\b")
_COUNT_AFTER: Final = re.compile(
    r"\s+(?:(?:about|some|nearly|at\s+least|more\s+than)\s+)?(?:\d[\d,]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens|scores|hundreds|several|many)\b", re.IGNORECASE)
_CAUGHT: Final = frozenset({"captured", "capture", "captures", "capturing"})
_PRESENT_BE_BEFORE: Final = re.compile(at_word("are|is", cased=False) + r"\s+$", re.IGNORECASE)
_HABIT_TIME: Final = re.compile(at_word(r"annually|regularly|routinely|usually", cased=False) + r"\b|"
                                + at_word(r"each|every", cased=False)
                                + r"\s+(?:year|summer|winter|spring|autumn|month|week)\b", re.IGNORECASE)
_QUALITIES: Final = frozenset({"reinforced", "fortified"})
_MAKING_BEFORE: Final = re.compile(at_word("build|builds|built|building|construct|constructs|constructed|constructing|"
                                            "erect|erected|add|added|adding", cased=False)
                                   + r"\s+(?:(?:a|an|the|its|their|new|several|two|three|four|five|six|\d+)\s+){0,2}$",
                                   re.IGNORECASE)
_QUALIFIED_BEFORE: Final = re.compile(at_word("new|several|two|three|four|five|six|dozens\\s+of|a|an", cased=False)
                                      + r"\s+(?:[a-z-]+\s+)?$|\d\s+$", re.IGNORECASE)
_OVER_AFTER: Final = re.compile(
    r"\s+(?:(?:low|high|right|directly|repeatedly)\s+)?(?:over|above|past)\b", re.IGNORECASE)
_PICTURES: Final = r"(?:images?|imagery|photos?|photographs?|pictures?|footage|videos?|cameras?)"
_PICTURES_BEFORE: Final = re.compile(r"\b" + _PICTURES + r",?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_IN_PICTURES: Final = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:in|by|on)\s+(?:[\w-]+\s+){0,2}?" + _PICTURES + r"\b",
                                 re.IGNORECASE)
_MENDING: Final = frozenset({"repair", "repairs"})
_FOR_BEFORE_MENDING: Final = re.compile(at_word("for", cased=False) + r"\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_MENDED_THING: Final = re.compile(r"\s+(?:of|to|on)\b")
_THING_BEFORE: Final = re.compile(at_word("a|an|the|one|its|their|this|that|each|every", cased=False)
                                  + r"\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_DONE_AFTER: Final = re.compile(at_word("finished|completed|built|erected|constructed|put\\s+up|went\\s+up|opened",
                                         cased=False) + r"\b", re.IGNORECASE)
_BUILDING_ACT_AFTER: Final = re.compile(r"\s+(?:of|a|an|the|its|their|new|up|work|works|materials?|site|sites|boom|"
                                        r"programme|program|project)\b", re.IGNORECASE)
# After the object of a verb of leaving (`_Cues.leaving`): the state it is left in ('to recruit', 'without a foothold').
_IN_A_STATE: Final = re.compile(
    r"\s+(?:[\w'-]+\s+){1,8}?(?:to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+\b|without\b|"
    r"with\s+no\b)")
# Right after a verb: the opening of its object ('its', 'the', "Poland's").
_OBJECT: Final = re.compile(r"\s+(?:its|the|their|his|her|a|an|[A-Z][\w-]*'s?)\s+")
# Right after a verb: a time, not its object ('which it had upgraded a year earlier', 'flew home the same month').
_TIME_AFTER: Final = re.compile(
    r"\s+(?:(?:a|an|the)\s+(?:few\s+)?(?:years?|months?|weeks?|days?|decades?)\s+"
    r"(?:earlier|before|later|after|ago|previously)|the\s+(?:same|following|next|previous)\s+"
    r"(?:year|month|week|day|night|morning|evening))\b")
# How far after a verb its object's head may lie.
_OBJECT_REACH: Final = 40
# Event types told where they happen, not where their forces come from ('Troops from X began an exercise at Y').
_AWAY_TYPES: Final = frozenset({"exercise", "attack", "visit"})
# Right before a facility: it is where forces come from.
_FROM_BEFORE: Final = re.compile(at_word("from") + r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[A-Z][\w'-]*(?:'s)?\s+){0,2}$")
# After a word of developing (`_Cues.developing`): its object.
_DEVELOPED_OBJECT: Final = re.compile(r"\s+(?:of\s+)?(?:(?!(?:by|from|with|for|to|into)\b)[\w'-]+\s+){0,5}")
# Right before a verb: its passive auxiliary ('a new runway has been added', 'two hangars were added').
_PASSIVE_RIGHT_BEFORE: Final = re.compile(at_word("was|were|been|be|is|are", cased=False) + r"\s+$", re.IGNORECASE)
# How far before a verb `_PASSIVE_RIGHT_BEFORE` is looked for: its longest auxiliary and a space, and the character
# before it that tells where the word begins.
_AUXILIARY_REACH: Final = 6
# Right after a verb: its object opens with 'new' ('handed over two new barracks blocks', 'a new hangar').
_NEW_OBJECT: Final = re.compile(r"\s+(?:(?:the|a|an|its|their|two|three|four|five|six|\d+)\s+)?(?:[\w-]+\s+)?new\b",
                                re.IGNORECASE)
_NEW_WORD: Final = re.compile(at_word("new", cased=False) + r"\b", re.IGNORECASE)
# Right before a structure's word: a determiner that tells it for the first time ('a hangar', 'two hangars for the
# helicopters'), with up to two words between.
_FIRST_TOLD: Final = re.compile(at_word("a|an|two|three|four|five|six", cased=False) + r"\s+(?:[\w-]+\s+){0,2}$",
                                re.IGNORECASE)
# Between a verb of building and a handing word: what was built, by whom, and 'and' ('built by China and handed over').
_HANDED_AFTER_BUILT: Final = re.compile(r"[^,;.]{0,60}?\s+and\s+(?:(?:later|then|formally)\s+)?")
# Right after a handing word: what is handed, when it is told with no 'new' ('the handover of the refurbished blocks',
# 'handed over four hangars'): its determiner and up to two words before the structure's own word.
_HANDED_OBJECT: Final = re.compile(r"(?:\s+over)?(?:\s+of)?\s+(?:(?:the|its|their|two|three|four|five|six|\d+)\s+)?"
                                   r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# After a verb of building: its object, a structure or the first stone of one, within a few words.
_OBJECT_WORDS: Final = re.compile(r"\s+(?:[\w'-]+\s+){0,4}?(?:foundations?|(?:foundation|corner|first)\s*stone)\b",
                                  re.IGNORECASE)
_STRUCTURE_REACH: Final = 50
# A structure as the subject may come with a longer description before the verb ('three new hangars large enough for
# medium-altitude drones have gone up at X').
_SUBJECT_REACH: Final = 80
# 'in the presence of': the office holders or delegation after it were at the site, visitors there (docs/data-model.md).
_PRESENCE: Final = frozenset({"in the presence of"})
# Right after a passive of attending: its agent ('attended by the defence minister').
_BY_AGENT: Final = re.compile(r"\s+by\s+(?:[\w'.-]+\s+){0,4}?")
# Before an attack word: a pronoun as its subject, a word or two before it ('it fired rockets', 'they struck').
_PRONOUN_NEAR: Final = re.compile(r"\b(?:it|they)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
# After a verb, in its clause: the place is one named before.
_THERE: Final = re.compile(at_word("there", cased=False) + r"\b", re.IGNORECASE)
_THERE_NEXT: Final = re.compile(r"\s+there\b")
# A locative 'there' later in a clause: not existential ('there is'), not an origin ('from there').
_THERE_LATER: Final = re.compile(r"(?<!\bfrom\s)\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|"
                                 r"could|should|seems?|appears?|remains?)\b)", re.IGNORECASE)
_THERE_WORDS: Final = ("there",)
# Between a word and a date: a clause of its own opens, so the date is that clause's.
_CLAUSE_OPENER: Final = re.compile(
    at_word("until|till|after|before|when|because|while|as|which|that|who|where") + r"\b")
# Right before a place: a preposition that locates what happened there.
_LOCATED_BEFORE: Final = re.compile(at_word("in|near|over|off|to|into|at|around|across|inside", cased=False)
                                    + r"\s+(?:the\s+)?$", re.IGNORECASE)
# Right before a date: the time a stay began ('since 1992', 'since the ceasefire of November 2020').
_SINCE_BEFORE: Final = re.compile(at_word("since") + r"\s+(?:[\w'-]+\s+){0,4}$")
# Right before a word of staying: a perfect tense, which a time it began may follow ('have trained at X since 2023').
_PERFECT_STAY_BEFORE: Final = re.compile(at_word("has|have|had") + r"\s+(?:(?:also|long|been)\s+){0,2}$")
# Opening a sentence, right before a date: the time a stay told after it began ('Since last summer, a battery has').
_SINCE_OPENING: Final = re.compile(r"[\s\"'(]*[Ss]ince\s+(?:(?:early|late|mid|the\s+end\s+of)\s+)?")
_UNTIL: Final = re.compile(at_word("until") + r"\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?")
# Before a state word: the stay began at a time ('has been based at X since 2012'); 'are based at X' and 'a unit
# based at X' only describe the present.
_BEGUN: Final = re.compile(at_word("been", cased=False) + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# 'the ability to deploy', 'plans to strike': an intention, not an event.
_TO: Final = "to"
_INFINITIVE: Final = re.compile(at_word(_TO) + r"\s+$")
# Before an infinitive: the works it is the aim of ('Work to lengthen the runway'), which may be told as going on.
_WORKS_TO: Final = re.compile(
    at_word("work|works|project|projects|efforts?", cased=False) + r"\s+to\s+$", re.IGNORECASE)
# Between two words of one clause: no clause break (a comma only inside a number, '3,000').
_SAME_CLAUSE_GAP: Final = re.compile(r"(?:[^,;.:]|(?<=\d)[,.](?=\d)){1,100}")
# Before works: money given or to be given for them ('released funds for the resurfacing of', 'agreed to pay for
# resurfacing'): funding works is planning them (docs/data-model.md).
_FUNDS_FOR: Final = re.compile(
    at_word("funds|funding|money|pay|paid|paying|grants?", cased=False)
    + r"\s+(?:[\w-]+\s+){0,4}?for\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# How far after a verb a time stands right after it: ' next year', ' in May'.
_RIGHT_AFTER: Final = 5
# A headline has no closing stop: its events are told again, dated, in the body. The stop, its closing quotes and the
# space after them lie in the sentence's last characters.
_CLOSED: Final = re.compile(r"[.!?][\"')\]]*\s*$")
_CLOSING_REACH: Final = 24
# Event types told of a part of a facility ('the runway was resurfaced').
_PART_TYPES: Final = frozenset({"construction", "expansion", "other"})
# Right after a noun: a place of its own follows.
_PLACED_AFTER: Final = re.compile(r"\s+(?:in|at|on|near|across|throughout)\s", re.IGNORECASE)
# Event types whose verb acts on the facility as its object: one with an object of its own does not act on it
# ('the base repairs ships', 'officials reopened the airspace').
_OBJECT_TYPES: Final = frozenset({"construction", "expansion", "withdrawal", "other"})
# Event types that move forces: their agent is the forces' own state.
_MOVING_TYPES: Final = frozenset({"deployment", "withdrawal"})
# Events told at an island told before (`_island_told`), and those before them that tell which facility forces came to.
_ISLAND_TYPES: Final = frozenset({"withdrawal", "visit"})
_CAME_TYPES: Final = frozenset({"deployment", "exercise"})
# Facility kinds that have runways, hangars and aprons, and those (with the bases that may stand on an airfield) that
# one told of may belong to.
_AIRFIELD_KINDS: Final = frozenset({"airfield", "air base"})
_AIRFIELD_OWNER_KINDS: Final = _AIRFIELD_KINDS | {"base", "naval base"}
# Event types a 'there' after the verb may place at a facility told before.
_THERE_TYPES: Final = frozenset({"deployment", "construction", "expansion"})
# How far before a facility `_Cues.locating_before` is looked for: the longest of its words, 'the' and the spaces.
_LOCATING_REACH: Final = 16
# The rule suffix of an event that names no place.
_UNPLACED: Final = "-unplaced"
# Event types told with no place at all ('withdrew its last troops in January', 'Chinese drills'), and the words
# that need a place to be one: a flight, a delivery of arms, a firing with no target.
_UNPLACED_TYPES: Final = frozenset({"deployment", "withdrawal", "attack", "exercise"})
# Events at a town whose agent is never guessed from the story: visitors and drills are told by their own.
_OWN_AGENT_TYPES: Final = frozenset({"visit", "exercise"})
# The nouns of visiting: with 'by' and a state, they tell whose visit it was.
_VISIT_NOUNS: Final = frozenset({"visit", "visits"})
# How far before a basing trigger `_Cues.room_to_base` may start: its longest word ('enough') and the spaces.
_ROOM_REACH: Final = 12
# How far after 'due at' the facility it is due at must start (`_Cues.due_at`): a space and 'the' or a short word.
_DUE_REACH: Final = 6
# 'replaced': a deployment only of forces that replace forces ('a new contingent replaced the Dutch troops', 'British
# forces replaced them'), not 'the navy replaced the runway lights'.
_REPLACING: Final = frozenset({"replaced", "replace", "replaces", "replacing"})
_THEM: Final = re.compile(r"\s+them\b")
# 'entered', 'violated': with a state's airspace or waters as object, an intrusion; anything else is no event.
_INTRUDING: Final = frozenset({"entered", "violated", "intruded into", "strayed into"})
_INTO_AIRSPACE: Final = re.compile(r"\s+(?:(?:the|its|their|[A-Z][\w-]*(?:'s)?)\s+){0,2}(?:[a-z]+\s+)?(?:airspace|"
                                   r"territorial\s+waters|waters)\b")
# 'entered' with forces as its subject and no airspace or waters as its object: a deployment.
_ENTERING: Final = frozenset({"entered"})
# 'reached', likewise only of forces that reach a place or a facility named right after it ('the first rotation of
# Danish troops reached X'), not 'reached a deal'.
_REACHING: Final = frozenset({"reached"})
# 'spotted at', 'seen at', 'have been at': aircraft or forces seen or staying at a facility, a deployment only with them
# before the verb ('four Su-34 jets were spotted at X', 'two Typhoons have been at X since September'), not 'the
# minister was seen at X'; as with 'parked', only when dated (`_Cues.standing`).
# 'crashed': an aircraft or ship lost is an 'other' event at the place it came down ('a MiG-29 crashed on landing at
# X'), only with the craft before the verb ('the market crashed' is none).
_CRASHING: Final = frozenset({"crashed"})
_SEEN_AT: Final = frozenset({"spotted at", "seen at", "sighted at", "showed up at", "turned up at", "have been at",
                             "has been at", "had been at"})
_SETTING_UP: Final = frozenset({"set up", "sets up", "setting up"})
# 'departure': a withdrawal only of forces ('the departure of the last French soldiers'), not of a person or a ship.
_DEPARTING: Final = frozenset({"departure"})
# Between a state and its event noun.
_STATE_OWNS: Final = re.compile(r"(?:'s)?\s+")
_AUXILIARY_BEFORE: Final = re.compile(at_word("will|would|shall|can|could|may|might|must|to|did|do|does", cased=False)
                                      + r"\s", re.IGNORECASE)
# Right before an attack word: something came under it, by no one named ('convoys, which have come under attack').
_UNDER_ATTACK: Final = re.compile(at_word("came|come|comes|coming", cased=False) + r"\s+under\s+$", re.IGNORECASE)
# Right before a verb of moving: an organisation of states as its subject ('The European Union deployed a mission').
# Between an armed group's name and its members' word ('Houthi rebels', 'al-Shabaab's militants').
_GROUP_GAP: Final = re.compile(r"(?:'s)?\s+")
_ORGANISATION_BEFORE: Final = re.compile(
    at_word(r"European Union|EU|NATO|United Nations|UN|U\.N\.|African Union|OSCE|"
             r"ECOWAS|SADC|Arab League")
    # or its forces or mission ('UN peacekeepers withdrew', 'the UN mission left')
    + r"(?:\s+(?:[\w-]+\s+)?(?:mission|peacekeepers|troops|forces|soldiers|contingent|"
    r"force)(?:\s+[A-Z][\w-]*)?)?"
    + r"\s+(?:(?:has|have|had|will|then|also|first)\s+){0,2}$")
# Opening a clause: what it tells goes on at the same time as the clause before ('..., as Russian forces held drills').
_MEANWHILE: Final = re.compile(r"\s*(?:as|while)\s", re.IGNORECASE)
# Right before a visit noun: the visitor's own ('his last visit').
_HIS_BEFORE: Final = re.compile(at_word("his|her", cased=False)
                                + r"\s+(?:(?:last|latest|recent|previous|first|second|third|next)\s+)?$",
                                re.IGNORECASE)
# Right before a verb: 'the country' as its subject.
_THE_COUNTRY_SUBJECT: Final = re.compile(at_word("the")
                                         + r"\s+country\s+(?:(?:has|had|was|is|will|would|then|also)\s+){0,2}$")
# Right before an event noun: it happened before the clause's own time ('in retaliation for US strikes', 'days after a
# US strike').
_PRIOR_EVENT_BEFORE: Final = re.compile(at_word("for|after|following|amid|despite", cased=False)
                                        + r"\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# Right after 'no': a number it is the numero sign of ('No. 75 Squadron').
_NUMERO: Final = re.compile(r"\.?\s?\d{1,3}\b")
# Opening a clause: a relative pronoun standing for the noun before it.
_RELATIVE_PRONOUN: Final = re.compile(r"\s*(?:which|that|who)\b", re.IGNORECASE)
# Right before an attack word: an armed group of no state qualifies it or is its subject ('militia attacks', 'a
# suicide bomber struck').
_ARMED_BEFORE: Final = re.compile(
    at_word(_each("militia|insurgent|jihadist|rebel|militant|terrorist|guerrilla|separatist",
                       r"s?\s+(?:(?:has|have|had)\s+)?$")
                 + r"|suicide\s+bombers?\s+(?:(?:has|have|had)\s+)?$", cased=False),
    re.IGNORECASE)
# A state's name, of up to three capitalised words.
_STATE_NAME: Final = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
# After 'pulled': up to 'out', 'back' or 'home'.
_PULLED_OUT: Final = re.compile(r"\s+(?:[\w'-]+\s+){0,6}?(?:out|back|home)\b", re.IGNORECASE)
# Right before forces: a possessive pronoun, for the state that is the clause's subject ('its forces').
_POSSESSIVE_BEFORE: Final = re.compile(at_word("its|their", cased=False) + r"\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# After a state: it hosts forces ('China hosted Russian warships', "Egypt's army is hosting").
_HOSTS_AFTER: Final = re.compile(r"(?:'s\s+(?:army|navy|air\s+force|military|forces))?\s+(?:has\s+|is\s+|was\s+)?"
                                 r"(?:hosted|hosts|hosting|welcomed|welcomes|invited)\b")
# Before drills, in their sentence: a pronoun for the state named before hosts them ('and it hosted the exercise').
_IT_HOSTS: Final = re.compile(at_word("it|It") + r"\s+(?:has\s+|had\s+|also\s+|will\s+|is\s+to\s+)*"
                              r"(?:hosted|hosts|host)\b")
# After drills: a relative clause whose subject hosts them, up to that subject ('the exercise that the navy of X will
# host', 'drills, which X hosted').
_HOSTED_BY_AFTER: Final = re.compile(r"(?:\s+[\w\"'-]+){0,3}?,?\s+(?:that|which)\s+(?:the\s+)?")
_HOSTING_AFTER: Final = re.compile(r"(?:'s)?(?:\s+(?:army|navy|air\s+force|military|forces|armed\s+forces))?\s+"
                                   r"(?:has\s+|had\s+|will\s+|is\s+to\s+|is\s+due\s+to\s+)?(?:hosted|hosts|host)\b",
                                   re.IGNORECASE)
# Between drills and the partner who held them with the subject ('a joint exercise with the Guyanese air corps').
_WITH_PARTNER: Final = re.compile(at_word("with") + r"\s+(?:the\s+)?\Z")
# In a sentence of drills: two sides hold them ('the bilateral air exercise').
_BILATERAL: Final = re.compile(r"\bbilateral\b", re.IGNORECASE)
# Between two states before drills: the forces of the first, then 'and' and the second's ('Fijian police and a
# New Zealand navy crew held a drill').
_JOINED_FORCES: Final = re.compile(r"(?:\s+[a-z][\w-]*){1,2},?\s+and\s+(?:(?:the|a|an)\s+)?")
# Between two states named together ('Russia and Belarus', 'Egypt and the Kingdom of Saudi Arabia', 'Russian and
# Nicaraguan', 'Mongolian-Russian').
_JOINED_STATES: Final = re.compile(
    r"(?:-|,\s+|,?\s+and\s+)(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Emirate)\s+of\s+"
    r"(?:the\s+)?)?")
# Opening a sentence: the time of the event told last ('Hours later,', 'The same month,', 'Two weeks later,'), and
# how much of that event's date it keeps.
_SAME_TIME: Final = re.compile(
    r"[\s\"'(]*(?:(?:on|in|during)\s+(?=the\s+same|that\s))?(?:(hours|minutes)\s+later|"
    r"(?:(?:a|an|one|two|three|four|five|six|a\s+few|several|\d+)\s+)?(?:days?|weeks?)\s+(later)|"
    r"(?:later|earlier)\s+that\s+(day|night)|(?:the|that)\s+same\s+(day|night|month|year)|"
    r"that\s+(day|night))\s*,", re.IGNORECASE)
# Opening a sentence: a time or reason clause ('Weeks after', 'Three weeks after', 'When', 'Because'), not a time
# of its own ('The day before yesterday').
_FRONTED_SUBORDINATE: Final = re.compile(r"[\s\"'(]*(?:(?:[\w-]+\s+){0,2}(?:after|before)|when|while|because|once)\s+"
                                         r"(?!(?:yesterday|today|tomorrow|last|this|next)\b|\d)", re.IGNORECASE)
# Opening a phrase set off by commas: one that goes along with the clause's subject ('working with', 'alongside').
_ALONG_ASIDE: Final = re.compile(
    r"\s*(?:[a-z]+ing\s+(?:with|alongside|beside)|(?:along|together)\s+with|alongside|"
    r"with\s+(?:the\s+)?help\s+(?:of|from)|(?:helped|aided|backed|supported|accompanied|escorted|"
    r"joined)\s+by)\b")
# Between a date and the verb it does not date: 'arrived in 2015 and left', 'in 2015, and then left'.
_AND_THEN_VERB: Final = re.compile(r",?\s+and\s+(?:(?:then|later|finally|eventually)\s+)?")
# Between a trigger and a date after it: a past verb or participle of its own, after 'and' or a comma, with no comma
# after it, whose phrase the date lies in ('built in the 1950s and abandoned in 1986', 'the wharf, lengthened in 2025').
# (a participle, not an adjective: 'and allied troops' is no verb of its own)
_PAST_ENDING: Final = "ed"
_AND: Final = "and"
_VERB_OF_DATE: Final = re.compile(rf"(?:,\s+(?:[a-z]+ly\s+)?([a-z]{{3,}}{_PAST_ENDING})\s+by\b|\s{_AND}\s+"
                                  r"(?:(?:then|later)\s+)?"
                                  rf"(?:[a-z]+ly\s+)?([a-z]{{3,}}{_PAST_ENDING})(?=\s+(?:in|on|at|by|to|from|during|since|until|"
                                  r"after|before|last|this|between)\b))[^,;]*$")
# Right before a date: a relative clause's verb, which the date is the time of ('the wharf, which opened in 2015').
_RELATIVE_VERB_BEFORE: Final = re.compile(r",\s+(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?([a-z]+)\s+"
                                          r"(?:(?:in|on)\s+)?$")
# Opening a sentence, or what a speaker says: the works told before will begin or be done at the time that follows
# ('It is due to be finished by 2026', 'Construction is expected to end next year', 'Work is due to start in May',
# 'He said dredging would start next year').
_WORKS_DUE: Final = re.compile(
    r"[\s\"'(]*(?:(?:He|She|They|The\s+[\w-]+)\s+(?:said|says|added)\s+(?:that\s+)?)?"
    r"(?:It|They|(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:work|works|project|construction|building)|"
    r"(?i:work|works|construction|building|dredging))\s+"
    r"(?:(?:is|are)\s+(?:(?:due|expected|scheduled|set|slated|planned)\s+)?to|should|will|would|could)\s+"
    r"(?:be\s+(?:finished|completed|complete|ready|done|operational)|(?:finish|end|conclude)|"
    r"(?:begin|start|commence|get\s+under\s+way))\b")
# A time that points back to the one told before.
_THEN: Final = re.compile(
    at_word(r"since\s+then|by\s+then|at\s+(?:the|that)\s+time", cased=False) + r"\b", re.IGNORECASE)
# A word each of `_THEN` holds (`_may_hold`).
_THEN_WORDS: Final = ("then", "time")
# Days or weeks later keep only the month: the day has moved, and the month most likely not.
_SAME_TIME_LENGTH: Final = {"hours": 10, "minutes": 10, "day": 10, "night": 10, "month": 7, "year": 4, "later": 7}
# Opening a clause: a relative clause about a person ('..., who flew to the base').
_WHO: Final = re.compile(r"[\s,]*who\b", re.IGNORECASE)
# Words of shooting or bombing, and after one of them what is shot at or with in practice: a range ('fired rockets at
# the Tofta range', 'dropped bombs on a bombing range') or rounds for training ('fired live rounds at X').
_AT_PRACTICE: Final = re.compile(
    r"\s+(?:[\w'-]+\s+){0,6}?(?:(?:at|on|onto|into|over|across)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:ranges?|training\s+areas?)\b|(?:live|practice|inert|dummy|training|blank)\s+"
    r"(?:rounds|ammunition|munitions|bombs|shells|missiles|rockets|torpedoes)\b)", re.IGNORECASE)
# Drills of many states, none named: those of the country where they are held.
_MULTINATIONAL: Final = re.compile(at_word(r"from\s+(?:\d+|[a-z]+)\s+(?:countries|nations)|multinational", cased=False)
                                   + r"\b", re.IGNORECASE)
_MULTINATIONAL_WORDS: Final = ("countr", "nation")


class _Cues:
    """The patterns built from one language's word lists (pattern_words.tsv)."""

    def __init__(self, words: WordLists) -> None:
        points = Compass(words)
        # Visit words that are deployments at their subject when forces follow ('the base has hosted fighters', 'will be
        # home to a new squadron'); the present ('regularly hosts P-8As', 'now hosts') tells what a place is, standing
        # use (docs/data-model.md). Hosting told by the host, past or present, is a visit only when those who came are
        # told.
        self.hosted = frozenset(words["hosted"])
        self.hosts = frozenset(words["hosts"])
        self.hosts_words = self.hosted | self.hosts
        self.hosting = frozenset(words["hosting"] + words["home to"]) | self.hosts_words
        # After an event noun, its place or object, then a verb that leaves it undecided ('further refurbishment at X
        # would be considered next year', 'an expansion of the base is being studied'): no event yet; a clause without
        # one of the words it ends on is spared the pattern (`_may_hold`).
        self.undecided_after = re.compile(
            r"(?:\s+(?:at|of|on|to|for|in)\s+[^,;.!?]{1,60}?)?\s+(?:(?:would|will|could|may|might|should)\s+)?"
            rf"(?:be|is|are|was|were)\s+(?:(?:being|still|only)\s+)?(?:{alternation(words['undecided'])})\b",
            re.IGNORECASE)
        self.undecided_words = cores(words["undecided"])
        # Before a participle of leaving or closing: a word that makes it describe the noun after it, a state rather
        # than an event ('the abandoned air base', 'on the sites of abandoned Soviet stations').
        self.state_before = re.compile(rf"\b(?:{alternation(words['before a state'])})\s+$", re.IGNORECASE)
        self.left_state = frozenset(words["left state"])
        # Right after a verb of building or growing: a bare noun of no structure, so nothing is built or grown at a
        # place ('send troops to X to reinforce security', 'the aircraft would extend surveillance').
        self.abstract_after = re.compile(rf"\s+(?:{alternation(words['abstract object'])})\b", re.IGNORECASE)
        # After drills' noun: a word spreading them over a place, up to that place ('across the X islands').
        self.spread_over = re.compile(rf"\b(?:{alternation(words['spread over'])})\s+(?:the\s+)?", re.IGNORECASE)
        self.spread_words = cores(words["spread over"])
        # Right before a word of moving or calling: a subject that is no forces' ('the last flight landed', 'a private
        # plane that had landed', 'where the region's goods arrive', 'a budget request sent to parliament'), so no move.
        self.not_forces_before = re.compile(
            rf"\b(?:{alternation(words['not forces'])})\s+(?:(?:{alternation(words['relative'])})\s+)?"
            rf"(?:(?:{alternation(words['perfect'])})\s+)?$", re.IGNORECASE)
        self.not_forces_words = cores(words["not forces"])
        # After a word of leaving: what is left stays ('the wreckage the storm left behind'); its participle after a
        # verb of being, with no agent after it, tells a state ('the runway was left to crumble'), not a departure
        # ('the base was left by the last troops in 2021').
        self.left_behind = re.compile(rf"\s+(?:{alternation(words['left behind'])})\b", re.IGNORECASE)
        self.left_participle = frozenset(words["left participle"])
        self.passive_agent = re.compile(rf"\s+(?:{alternation(words['passive agent'])})\b", re.IGNORECASE)
        # Opening a sentence, right before an event's noun: a possessive pointing back to those whose event the text
        # told before ('Its arrival was timed for the drill', 'His arrival on the runway was a sign'): the event told
        # again, no new one.
        self.told_again = re.compile(rf"[\s\"'\u201c(]*(?:{alternation(words['told again by'])})\s+", re.IGNORECASE)
        # Relocation words: a facility after 'from' is the one left behind; some, with a facility as their object, give
        # it back to its owner.
        self.relocating = frozenset(words["relocation"])
        self.giving_back = frozenset(words["giving back"])
        # 'rotated troops through X': forces that rotate through a place serve there in turns.
        self.rotating = frozenset(words["rotating"])
        # Past verbs, regular or of the irregular ones of news, that no '-ed' would mark ('the navy took delivery').
        past = rf"(?:[a-z]+ed|{alternation(words['irregular past'])})\b"
        # A coordinate clause with a subject and a past verb of its own ('..., and a Russian naval detachment called
        # at', '..., and the navy took delivery of a boat at X', '..., and the Italian frigate ITS Carabiniere called
        # at': a ship's name makes its subject long); a word of the future or a modal in the subject's place tells a
        # verb to come, so no past one ('..., and a Puma helicopter will be stationed there').
        # A time may open it before its subject ('..., and on Monday Greek warships held drills').
        self.and_clause = re.compile(r",\s+(?:and|but)\s+"
                                     r"(?:(?:(?:on|in)\s+(?:[A-Z][\w-]+|\d{4})|(?:last|this)\s+(?:week|month|year))\s+)?"
                                     r"(?!(?:then|later|also|again|so|it|they)\b)"
                                     rf"(?:(?!(?:{alternation(words['verb to come'])})\b)[\w'-]+\s+){{1,6}}?"
                                     r"(?:has\s+|have\s+|had\s+|was\s+|were\s+)?" + past)
        # Between a verb and a facility: a second verb joined by 'and', whose object the facility is ('flew into X on
        # Monday and visited troops at Y').
        self.and_verb = re.compile(r"\s+and\s+(?:(?:then|later|also)\s+)?" + past)
        # Words of forces going home: they leave where they are, never a place they came from ('arrived at X from Y and
        # will fly home'); a place after 'to' is where they go ('flew back to X').
        self.going_home = frozenset(words["going home"])
        # Verbs of arriving and leaving that need no object.
        self.coming_and_going = frozenset(words["coming and going"]) | self.going_home
        # Structures only an airfield has ('a new hangar', 'the apron').
        self.airfield_part = re.compile(rf"\b(?:{alternation(words['airfield part'])})\b", re.IGNORECASE)
        # Right before a facility: forces came from it ('rotated in from X', 'arrived from X').
        self.came_from = re.compile(rf"\b(?:{alternation(words['came from'])})\s+from\s+(?:(?:the|a|an|its|their)\s+)?"
                                    r"(?:(?-i:[A-Z])[\w'-]*(?:'s)?\s+){0,2}$", re.IGNORECASE)
        # Verbs of moving in the present: with forces as their subject and no auxiliary, a habit, not an event.
        self.habitual = frozenset(words["habitual"])
        # Words of travelling somewhere, by which those with no title of their own visit.
        self.travelling_to = frozenset(words["travelling to"])
        # Words of opening a place again: the one that runs it does so.
        self.reopening = frozenset(words["reopening"])
        # Words of shooting or bombing: with a range or training rounds after them, practice (`_AT_PRACTICE`).
        self.firing = frozenset(words["firing"])
        # Closing words: what an attack in the same clause does to a place is no withdrawal from it.
        self.closures = frozenset(words["closing"])
        # 'pulled', a withdrawal only with 'out', 'back' or 'home' after what it moves ('pulled its last soldiers out of
        # X'; 'pulled the plug on X' is none), whatever it moves, as craft are often named by type alone
        # (`_PULLED_OUT`).
        self.pulling = frozenset(words["pulling"])
        # 'posted', a deployment only of forces posted somewhere ('posted a company to X', 'marines were posted in March
        # to X'), not of photos posted online (`_posts_forces`).
        self.posting = frozenset(words["posting forces"])
        # 'to base', 'will base': a deployment only of forces or kit based somewhere ('will base a patrol boat at X',
        # 'intends to base a corvette there'), looked for as a moving verb's (`_moves_forces`); not 'flew back to base'.
        self.basing = frozenset(words["basing"])
        # 'long enough to base fighters there': what a place could take, no move
        self.room_to_base = re.compile(rf"\b(?:{alternation(words['room to base'])})\s+$", re.IGNORECASE)
        # 'posted ... to X': where those posted went, a few words on ('soldiers posted at X' are only there, no move).
        self.posted_to = re.compile(rf"\s+(?:[\w.,'-]+\s+){{0,8}}?(?:{alternation(words['posted to'])})\s",
                                    re.IGNORECASE)
        # 'the squadron will move to X', 'a frigate moving from Y to X next spring': forces that move themselves, and
        # where they go a few words on (no commas between)
        self.moving_itself = frozenset(words["moving itself"])
        # Right after a verb: a clause of time that dates it ('will go home when the drills end').
        self.when_clause = re.compile(rf"\s+(?:{alternation(words['time clause'])})\s")
        # Before a verb: the speaker or the one spoken to is its subject ('we leave', 'a base you plan to leave').
        self.speakers_before = re.compile(rf"\b(?:{alternation(words['speaker word'])})\s+(?:[\w'-]+\s+){{0,3}}$")
        # Right before a facility: a word that makes it only where something else is or came from ('next to X', 'near
        # the X', 'from X').
        self.locating_before = re.compile(at_word(alternation(words["only locating"]), cased=False)
                                          + r"\s+(?:the\s+)?$", re.IGNORECASE)
        # Before a trigger: the event is yet to come ('will build', 'plans to deploy'); `future_words` holds each cue's
        # last word, lower-case (`_may_hold`): a window with none of them holds no future cue.
        future = at_word(alternation(words["future cue"]), cased=False)
        self.future = re.compile(future + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
        self.future_words = tuple(sorted({word.rsplit(" ", 1)[-1].lower() for word in words["future cue"]}))
        # Between a time and a later trigger: a coordinate clause of the future opens ('arrived on Monday and will
        # hold').
        self.and_future = re.compile(at_word(alternation(words["and future"]), cased=False) + r"\s+(?:then\s+)?"
                                     + future, re.IGNORECASE)
        # Before a happening's noun: a future cue and a verb of holding it ('is preparing to host the Red Flag
        # exercise'); `holding_verbs` lower-case (`_may_hold`).
        self.holding_verbs = tuple(word.lower() for word in words["holding verb"])
        self.future_holding = re.compile(future + rf"\s+(?:{alternation(words['holding verb'])})\s+"
                                         r"(?:[\w\"',-]+\s+){0,12}$", re.IGNORECASE)
        # After a growing word: forces or their presence as its object ('expanded its military presence', 'reinforced
        # the garrison', 'boosted its troops').
        self.presence_object = re.compile(
            rf"\s+(?:(?:{alternation(words['presence determiner'])})\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(words['presence'])})\b", re.IGNORECASE)
        # 'massing', 'amassed': forces gathering, their subject ('troops were massing near X') or object ('amassed
        # 100,000 troops'); not right after an article ('a massed drone attack'), looked for `article_reach` back.
        self.massing = frozenset(words["massing"])
        self.article_before = re.compile(at_word(alternation(words["article"]), cased=False) + r"\s+$", re.IGNORECASE)
        self.article_reach = max(map(len, words["article"])) + 2
        # 'posted to', 'expelled' only of forces ('soldiers were posted to X', 'troops were expelled from X', not
        # 'diplomats being expelled'); 'due at' only of a facility named right after it ('the first jets are due at X in
        # 2027', not 'due at the end of May').
        self.of_forces_only = frozenset(words["of forces only"])
        self.due_at = frozenset(words["due at"])
        # 'came to', 'went to': an office holder's trip, not an idiom ('came to power', 'went to war', 'came to an
        # end').
        self.going_to = frozenset(words["going to"])
        self.idiom_after = re.compile(rf"\s+(?:{alternation(words['idiom after going'])})\b", re.IGNORECASE)
        # 'move', 'moving': a deployment only with forces or their craft as the object ('will move its F-35s to X'), not
        # 'the move', 'moving ahead', 'moving the base' (`_moves_forces`).
        self.moving_forces = frozenset(words["moving forces"])
        self.move_to = re.compile(rf"\s+(?:[\w.'-]+\s+){{0,3}}?(?:{alternation(words['move to'])})\s", re.IGNORECASE)
        # 'posted on Telegram', 'posted by a blogger': put online, whatever soldiers the post shows; the word's end is
        # where a date would start ('posted on 3 May to X', `_posts_forces`).
        self.posted_online = re.compile(rf"\s+(?:{alternation(words['posted online'])})\b\s*", re.IGNORECASE)
        # Verbs of travelling: a titled person who travels visits ('the president flew to X').
        self.travel = frozenset(words["travel"])
        # 'watched', 'observed': an official who watches drills at a facility visits it ('the minister watched the live
        # firing at X'); analysts or a state that watch drills, or an official who watches anything else, make no visit.
        self.watching = frozenset(words["watching"])
        # 'attended', 'supervised', 'oversaw', 'presided over': an official who attends drills or a ceremony at a
        # facility visits it ('the army chief supervised the live firing at X', 'a ceremony at X attended by the defence
        # minister').
        self.attending = frozenset(words["attending"])
        # 'trained with', 'training alongside': forces of two states drilling together, the host's exercise wherever the
        # partner after the word comes from ('US Marines trained alongside Ghanaian troops at X': GH's).
        self.training_together = frozenset(words["training together"])
        # Words of mending (expansion: making usable again), whose object may be forces, not the facility ('repairs
        # ships').
        self.repairing = frozenset(words["repairing"])
        # Words of testing weapons: an 'other' event of the state that tests, wherever ('North Korea test-fired a
        # missile').
        self.testing = frozenset(words["testing"])
        # Verbs of leaving, after whose object may come the state it is left in (`_IN_A_STATE`).
        self.leaving = frozenset(words["leaving"])
        # Words of staying: with 'until' and a date, they tell when the stay ended.
        self.staying = frozenset(words["stationed"] + words["staying"])
        # Verbs of flying: aircraft that fly from a base operate from it ('drones have flown from X since 2018').
        self.flying = frozenset(words["flying"])
        # Verbs of using a place: with forces as their subject, a facility of another state as their object and the time
        # the use began ('patrol aircraft have used X since 2019'), the forces were deployed there then; use with no
        # such time ('Russian helicopters also use X') is standing use, no event (docs/data-model.md), and so is a
        # state's own forces using its base, or anyone else using a place ('the airline uses it').
        self.using = frozenset(words["using"])
        # Verbs of mooring: a port call, or a deployment at a base of the ship's own state.
        self.mooring = frozenset(words["mooring"])
        # After a mooring verb in its sentence: the ships stay on or are based there ('docked at the base in December
        # and stayed there for most of the year', 'tied up at X and will be based there').
        self.stays_on = re.compile(at_word(alternation(words["stays on"]), cased=False) + r"\b", re.IGNORECASE)
        # A ship's stop at a port: its visitor is a ship, named however far back in its sentence.
        self.ship_stops = self.mooring | frozenset(words["ship stop"])
        # Working from a place: forces' presence there ('engineers have worked from the base since May'), anyone else's
        # no event ('farmers work from the airfield').
        self.working_from = frozenset(words["working from"])
        # Words that tell where forces are, not that they moved: no event without an installation to anchor it.
        self.stationed = frozenset(words["stationed"])
        self.standing = self.stationed | frozenset(words["standing"] + words["holding"]) | self.working_from
        # Those of them in the present, which forces as their object leave a state ('keeps troops at X'), where the
        # past may tell a move ('it based fighters at X').
        self.holding = frozenset(words["holding"])
        # Verbs of occupying: forces as their subject moved in ('the army has occupied a disused depot at X', 'troops
        # have occupied the island since 1945'); a place occupied by anyone else is no move, and the bare participle
        # ('in occupied territory') is no verb.
        self.occupying = frozenset(words["occupying"])
        # Deployment verbs whose object is the post itself ('manned a detachment on X', 'garrisoned the fort', 'occupied
        # a disused depot at X', 'used the airfield').
        self.manning = frozenset(words["manning"]) | self.using | self.occupying
        # Words that tell building only with a structure ('added two hangars', 'laid the foundation stone', 'new
        # shelters have sprung up at X'), as imagery reports tell it: those before their structure take it as object,
        # the others as subject; 'he added' builds nothing. Images that show something new show it built ('satellite
        # images show new hangars at X'), when it is a structure; so a new structure a facility gets or a state pays for
        # ('will get a new control tower', 'will fund a new hangar': funding works is the works, docs/data-model.md).
        new = [f"{article}{word}" for article in ("", "a ") for word in words["new"]]
        self.shown_new = frozenset(f"{verb} {word}" for verb in words["showing"] for word in new)
        getting_new = frozenset(f"{verb} {word}" for verb in words["getting"] for word in new)
        self.putting_up = frozenset(words["putting up"])
        self.structure_after = self.putting_up | self.shown_new | getting_new
        # 'new shelters have appeared', 'six new hangars rising at X': a new structure told before the verb.
        self.appearing = frozenset(words["appearing"])
        self.rising = frozenset(words["rising"])
        self.new_structure = frozenset(words["going up"]) | self.appearing | self.rising | self.structure_after
        # Words that need a place to be an event (`_UNPLACED_TYPES`): those of hosting, flying, using, standing, firing
        # and a handover, and others ('delivered', 'landed', 'handed over').
        self.unplaced_not = self.hosting | self.flying | self.using | self.standing | frozenset(
            words["unplaced"] + words["fire"] + words["handover"])
        # 'develop': building only with the facility as its object ('India is developing a port at X', 'the
        # development of X'); a weapon 'developed by' a maker, or a situation that 'developed' at a base, builds
        # nothing there.
        self.developing = frozenset(words["developing"])
        # Verbs of drilling: their subject, forces, drill for the state the news is about.
        self.drilling = frozenset(words["drilling"])
        # A state named after a locative is a place, not an agent ('in Syria', 'from Iraq', 'in northern Mali').
        self.locative_before = re.compile(_LOCATIVES + rf"\s+(?:the\s+)?(?:{points.side}\s+)?$", re.IGNORECASE)
        # What a text it matches ends with before its spaces (`may_end`): a locative, 'the' or the end of a side.
        self.locative_endings = _endings([*_LOCATIVE_WORDS.split("|"), "the", *points.side_ends])
        # Between a facility and the comma of a relative clause: a phrase that only places the facility.
        self.placed_phrase = re.compile(rf"\s+(?:{_PLACING_WORDS}|{points.point}\s+of)\s+[^,;.()]{{1,60}}")
        kinds = alternation(words["place kind"])
        self.place_object = _place_objects(points.side, kinds)
        # Right after a verb of entering: what opens a place's name ('entered the town of X').
        self.place_opening = re.compile(rf"\s+(?:the\s+)?(?:(?:{kinds})\s+of\s+)?")
        drills = alternation(words["drill"])
        # After forces a place hosts: they came for an exercise, which its own noun tells.
        self.for_drills = re.compile(at_word("for", cased=False) + r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
                                     rf"(?:[\w-]+\s+){{0,3}}?(?:{drills})\b", re.IGNORECASE)
        # After a shot: the drills it was part of ('during the Lightning Strike drills', 'as part of the exercise').
        self.in_drills = re.compile(at_word(r"during|in|as\s+part\s+of|for", cased=False)
                                    + r"\s+(?:(?:the|a|an|their|its|this|that)\s+)?(?:[\w'\"-]+\s+){0,4}?"
                                    + at_word(drills, cased=False) + r"\b", re.IGNORECASE)
        # A word for drills anywhere in a sentence.
        self.drill_word = re.compile(at_word(drills, cased=False) + r"\b", re.IGNORECASE)
        # Right after an event word, in its clause: a span of years it went on for ('flew from X for decades'), which
        # makes it a standing state, no one event; and right before it, 'long' after a perfect ('have long berthed').
        durations = alternation(words["long duration"])
        self.for_long_after = re.compile(
            r"[^,;.]{0,60}?" + at_word(alternation(words["for duration"]), cased=False)
            + rf"\s+(?:(?:{alternation(words['many'])})\s+)?(?:{durations})\b", re.IGNORECASE)
        self.long_before = re.compile(
            at_word(alternation(words["perfect"]), cased=False)
            + rf"\s+(?:{alternation(words['long since'])})\s+(?:(?:{alternation(words['been'])})\s+)?$", re.IGNORECASE)
        # Literal tests before the two: the last word of a span of years, and a perfect's auxiliary, in any case.
        self.duration_words = cores(phrase.split()[-1] for phrase in words["long duration"])
        self.perfect_words = cores(words["perfect"])
        # Right before a move: a word of playing it out in a drill ('rehearsed evacuating', 'the scenario of an').
        self.rehearsing_before = re.compile(at_word(alternation(words["rehearsing"]), cased=False)
                                            + r"\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
        # Between an exercise's trigger and a date: a relative clause on the drills' own course ('the exercise, which
        # ended on').
        course = alternation(words["course"])
        self.drill_course = re.compile(at_word(drills, cased=False)
                                       + rf"\s*,\s+which\s+(?:{course})(?:\s+(?:on|in))?\s+$", re.IGNORECASE)
        # After an attack word: it was a drill ('fired rockets during exercises').
        self.during_drills = re.compile(at_word("during|in", cased=False) + rf"\s+(?:\w+\s+){{0,2}}?(?:{drills})\b",
                                        re.IGNORECASE)
        # What an official watches at a facility, and what one attends there ('the minister watched the live firing',
        # 'attended a parade').
        watched = drills + "|" + alternation(words["display"], SPACE_OR_HYPHEN)
        self.watched = re.compile(at_word(watched, cased=False) + r"\b", re.IGNORECASE)
        self.attended = re.compile(at_word(f"{watched}|{alternation(words['ceremony'] + words['handover'])}",
                                           cased=False) + r"\b", re.IGNORECASE)
        self.handover_nouns = frozenset(words["handover"])
        # Handing a site over: those who leave give it to the one who will run it, so its new operator is not the
        # leaver.
        self.handing = frozenset(words["handing"] + words["handover"])
        # Right after a handing word: kit or goods as what is handed ('handed over two patrol boats', 'the handover of
        # two of those corvettes'), its determiner and up to three words before the kit's own word, which ends the
        # phrase ('handed its helicopter base over': the base is handed).
        self.kit_handed = re.compile(r"(?:\s+over)?(?:\s+of)?\s+(?:(?:the|its|their|his|her|a|an|two|three|four|five|"
                                     r"six|\d+)\s+)?(?:[\w-]+\s+){0,3}?(?:" + alternation(words["handed kit"])
                                     + r")\b(?=\s*[,.;:]|\s+(?:to|at|and|from|for|in|on|over|with|as|that|which)\b)",
                                     re.IGNORECASE)
        # Taking a place over: seizing it, unless others left it or it is the takers' own.
        self.taking_over = frozenset(words["take over"])
        # Words of receiving and hosting that are no event at all unless forces follow ('received a warning',
        # 'delivered goods', 'activated sirens', 'reduced tensions'), or when they only tell what a place is able to
        # take in ('the strip can receive C-130s').
        self.receiving = frozenset(words["receiving"] + words["home to"])
        # Its words alone: a facility that receives new kit of the kind it runs on ('received a new X radar') has it
        # upgraded, a few words of the kit's make or range before its noun.
        self.receiving_verbs = frozenset(words["receiving"])
        self.kit_upgraded = re.compile(rf"\s*(?:[\w/.-]+\s+){{0,3}}?(?:{alternation(words['upgrade kit'])})\b",
                                       re.IGNORECASE)
        # After a verb of moving, right after it or after the forces it moves: a place told before by a noun of its
        # kind ('is leaving the country', 'were dispatched to the district', 'sent 5,000 troops to the region').
        told = ((words["told country"], _COUNTRY_KINDS), (words["told region"], _REGION_KINDS),
                (words["told area"], _AREA_KINDS))
        self.told_kinds = {word: kinds for told_nouns, kinds in told for word in told_nouns}
        told_words = alternation(self.told_kinds)
        # A part of each word of them: a window with none of them tells no such place (`_may_hold`).
        self.told_cores = cores(word for noun in self.told_kinds for word in noun.split())
        self.told_place = re.compile(rf"\s+(?:(?:out\s+of|from|to|into|in)\s+)?the\s+({told_words})\b",
                                     re.IGNORECASE)
        self.told_place_after = re.compile(rf"\s+(?:[\w,'-]+\s+){{1,5}}?(?:to|into)\s+the\s+({told_words})\b",
                                           re.IGNORECASE)
        # Right after a verb of leaving or visiting: an island told before ('will leave the island', 'flew to the
        # island').
        self.told_island = re.compile(rf"\s+(?:(?:{alternation(words['told island prep'])})\s+)?the\s+"
                                      rf"(?:{alternation(words['told island'])})\b", re.IGNORECASE)
        # Words of forces working or staying at a place: an arrival only in a perfect tense told with the time it
        # began ('have trained at X since 2023').
        self.stay_since = frozenset(words["stay since"])
        # Services that stand for all of a state's forces ('the military'), which meet any other.
        self.whole_services = frozenset(words["whole service"])
        # Right before a state: the edge of a land shared with it, which places what is told ('on the border with').
        self.frontier_with = re.compile(at_word(alternation(words["frontier"]), cased=False)
                                        + r"\s+with\s+(?:the\s+)?$", re.IGNORECASE)
        # 'winter training', 'field training': drills, unless the words name a place, a unit or a course of training
        # ('a field training area', 'the combat training centre'), or only the purpose of a move ('arrived for
        # cold-weather training').
        self.training_nouns = frozenset(words["training"])
        self.training_names = re.compile(rf"\s+(?:{alternation(words['training name'])})\b", re.IGNORECASE)
        # In a sentence of drills: they are held together ('a joint exercise', 'trained alongside', 'with their
        # counterparts').
        self.joint = re.compile(at_word(alternation(words["joint"]), cased=False) + r"\b", re.IGNORECASE)
        # In the subject of drills, joined by 'and' to a state's forces: forces of no state, the host's own ('police
        # officers and a platoon of French paratroopers'); after 'and', opened by a word of their own that no qualifier
        # before 'and' reaches ('French paratroopers and the island's police', 'and local police officers', not 'and
        # Navy sailors').
        self.host_forces = re.compile(at_word(alternation(words["forces"] + words["host forces"], " "), cased=False)
                                      + r"\b", re.IGNORECASE)
        # The word joining them, with its spaces: 'and'.
        self.forces_joined = f" {words['forces joined'][0]} "
        self.host_forces_opening = re.compile(
            rf"\s*(?:(?:{alternation(words['host forces opening'])})\s|"
            rf"(?!(?:{alternation(words['force name'])})\b)[A-Z][\w-]*\s)")
        # Before a visit word in its clause: a ship is the visitor ('a frigate called at X'), one of any navy's.
        self.vessel = re.compile(at_word(alternation(words["vessel"], " "), cased=False) + r"\b", re.IGNORECASE)
        self.vessel_words = cores(words["vessel"])
        # In an arrival's clause: it is told as a habit ('almost daily', 'several times'), unless its latest is named
        # ('most recently at X').
        self.habit = re.compile(at_word(alternation(words["habit"]), cased=False) + r"\b", re.IGNORECASE)
        self.habit_words = cores(words["habit"])
        self.latest = re.compile(at_word(alternation(words["latest"]), cased=False) + r"\b", re.IGNORECASE)
        # Between an arrival and a word of habit: a clause of its own opens ('visited X in 2018, and warships have
        # called there several times since'), a relative one too ('moved two jets to X, from where they fly patrols
        # several times a week').
        self.habit_clause_ends = re.compile(rf",\s+(?:{alternation(words['clause opener'])})\s", re.IGNORECASE)
        # Right before a date: it dates the report ('said on Monday', 'images taken on Tuesday') or the study of its
        # sources ('imagery reviewed earlier this year', 'documents seen by Reuters in May'), not the event; a date
        # after the word opening what was said ('said that the jets landed on Monday') is the event's.
        reported, seen = alternation(words["reported on"]), alternation(words["seen by"])
        that = alternation(words["that of voice"])
        agent = alternation(words["passive agent"])
        opener = alternation(words["date opener"])
        self.reported_on = re.compile(
            at_word(_each(reported, rf"\s+(?:(?!(?:{that})\s)[\w-]+\s+){{0,3}}?") + "|"
                    + _each(seen, rf"\s+(?:{agent})\s+(?:[\w-]+\s+){{1,4}}?"), cased=False)
            + rf"(?:{opener})?\s*$", re.IGNORECASE)
        # What text `reported_on` matches in holds one of these.
        self.reporting_words = cores(words["reported on"] + words["seen by"])
        # Right before a date: images were taken then ('images taken earlier this month'); what they show is dated by
        # a span of weeks with no edge of its own ('recent weeks', 'this month', 'the past 30 days'), as any event is
        # (`_seen_over_weeks`).
        self.taken_before = re.compile(at_word(alternation(words["images taken"]), cased=False)
                                       + rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{opener})?\s*$", re.IGNORECASE)
        self.weeks_span = re.compile(at_word(alternation(words["open span"]), cased=False)
                                     + rf"\s+(?:(?:{alternation(words['span count'])})\s+|\d+\s+)?"
                                     rf"(?:{alternation(words['span unit'])})\b", re.IGNORECASE)
        # Opening a sentence up to a date, which images after it date ('In December, images showed', `images_after`).
        self.opening_time = re.compile(rf"[\s\"'(]*(?:{alternation(words['time opener'])})?\s*", re.IGNORECASE)
        # Before an attack word in its clause: its attackers are left unknown on purpose ('unidentified warplanes
        # struck X').
        self.unknown_before = re.compile(at_word(alternation(words["unknown"]), cased=False) + r"\b", re.IGNORECASE)
        # In the words of work on a facility: what stands is made bigger ('a larger apron', 'lengthening the runway').
        self.growing = re.compile(at_word(alternation(words["growing"]), cased=False) + r"\b", re.IGNORECASE)
        # Right before 'the' and a drill noun: drills told before are the occasion of another event ('called at X on
        # its way home from the drill').
        self.drills_told = re.compile(at_word(alternation(words["drills told"]), cased=False) + r"\s+$", re.IGNORECASE)
        # Right before a completion word: works told before are its subject ('the work is due to be finished',
        # 'the works would be', 'this project was').
        self.works_ending = re.compile(
            rf"\b(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(words['works'])})\s+"
            rf"(?:(?:is|are|was|were)\s+(?:(?:{alternation(words['works due'])})\s+)?to\s+be|(?:will|would|should|"
            rf"could|is|are|was|were)(?:\s+(?:{alternation(words['works adverb'])}))?(?:\s+be)?)\s+$", re.IGNORECASE)
        # Before a trigger, then after it: a plan for it that failed ('a plan for India to build X collapsed').
        self.plan_before = re.compile(at_word(alternation(words["plan"]), cased=False)
                                      + r"\s+(?:for\s+[\w\s'-]{1,30}?\s+)?to\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
        undone = _each("was|were", rf"\s+(?:later\s+)?(?:{alternation(words['scrapped'] + words['undone'])})")
        self.failed = re.compile(at_word(f"{alternation(words['failed'])}|{undone}", cased=False) + r"\b",
                                 re.IGNORECASE)
        # After a trigger, in its sentence and clause: a verb whose subject is the drill or works it tells, then a
        # participle calling them off ('the exercise, announced for May, was finally cancelled', 'drills near the
        # border remain suspended'): nothing happened. A relative or a new clause between has a subject of its own
        # ('the jets arrived after Ankara suspended flights', 'a drill, which was postponed from March'); a clause
        # without a word it ends on is spared the patterns (`_may_hold`). The call is found first and the words
        # before it read after: a lazy run testing for a barrier at each character cost ~45 K instructions a try.
        called_off = words["scrapped"] + words["called off"]
        self.called_off = re.compile(
            rf"\b(?:{alternation(words['called off verb'])})\s+"
            rf"(?:(?:{alternation(words['called off adverb'])})\s+)?(?:{alternation(called_off)})\b",
            re.IGNORECASE)
        self.clause_barrier = re.compile(
            rf"\b(?:{alternation(words['clause goes on'] + _BREAK_WORDS)})\b|[;:]", re.IGNORECASE)
        self.called_off_words = cores(called_off)
        # After a date: it dates a document or a deal ('a 2017 deal', 'the 2014 agreement'), not the event.
        self.dated_thing = re.compile(rf"(?:'s)?\s+(?:[A-Z][\w-]*\s+){{0,4}}(?i:{alternation(words['document'])})\b")
        # After a state: it made the arms, which another may fly ('American-made', 'Chinese-built').
        made = alternation(words["maker mark"])
        self.maker_mark = re.compile(rf"-(?:{made})\b", re.IGNORECASE)
        # A past verb after 'and' telling the course or the end of the works just told, whose date is theirs ('was
        # built in two years and inaugurated in January 2020').
        self.works_told_again = frozenset(words["works told again"])
        # Around a state: it gave the craft or kit that moves, which the receiving forces fly ('helicopters donated by
        # the United States', 'the boat Australia has given the country').
        donated = alternation(words["donated"])
        self.donor_before = re.compile(at_word(donated, cased=False) + rf"\s+{_DONOR_BY}\s+(?:{_DONOR_THE}\s+)?$",
                                       re.IGNORECASE)
        self.donor_after = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{donated})\b", re.IGNORECASE)
        # Before an agent pronoun: a speaker who reports what 'it' or 'they' did ('the Front said it fired').
        self.speaker_of_pronoun = re.compile(
            rf"[A-Z](?<!\w.)[\w-]+\s+(?:{alternation(words['speak'])})\s+(?:that\s+)?"
            r"(?:it|they)\s+(?:(?:has|have|had|then|also|first|later|again)\s+){0,2}$")
        # Inside a relative clause: a report with the clause's verb after it ('which images show has doubled').
        self.reported_auxiliary = re.compile(at_word(alternation(words["report"]))
                                             + r"\s+(?:has|have|had|is|are|was|were)\b")
        # After 'hosted': forces of many states, so of no one state ('has hosted rotating allied detachments').
        self.allied_after = re.compile(rf"\s+(?:[\w.-]+\s+){{0,2}}?(?:{alternation(words['allied'])})\b")
        # After equipment: it was bought, so its maker's state is not the one that flies it ('TB2 drones, bought for
        # $37m').
        self.bought = re.compile(rf"(?:\s+[\w-]+){{0,2}}?,?\s+(?:{alternation(words['bought'])})\b", re.IGNORECASE)
        # Before equipment: its maker is told apart from whoever flies it ('American-made F-16 jets').
        self.made_before = re.compile(rf"-(?:{made})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
        # Around a closing word: the place is shut for a while or a purpose, or to others, not left ('was temporarily
        # closed', 'closed for repairs', 'closed to civilian flights').
        self.passing_before = re.compile(at_word(alternation(words["passing"]), cased=False) + r"\s+(?:[\w-]+\s+)?$",
                                         re.IGNORECASE)
        self.closed_for = re.compile(
            r"\s+(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:for|to)\s+(?:(?:the|all|most|a)\s+)?"
            rf"(?!(?:{alternation(words['open for'])})\b)(?:[\w-]+\s+)?(?:{alternation(words['closed for'])})\b",
            re.IGNORECASE)
        # In a sentence with a reopening word: the place was out of repair or mended, or is a former base, so
        # reopening makes it usable again ('will reopen the runway of the former Soviet air base').
        self.disrepair = re.compile(
            at_word(rf"{alternation(words['disrepair'])}|former\s+(?:[\w-]+\s+){{0,2}}?(?:air\s*base|base|airfield|"
                    r"airstrip|naval\s+station)", cased=False) + r"\b", re.IGNORECASE)
        # Before a verb in its sentence: where forces were sent ('sent 800 troops to X', 'deploying marines into X').
        # Before a word of receiving in its clause: the place is only able to take in what follows ('lets the base
        # receive Il-76s').
        self.enabling = re.compile(at_word(alternation(words["enable"]), cased=False) + r"\b", re.IGNORECASE)
        attack = alternation(words["attack noun"])
        # After an attack: the one that did it follows ('was carried out by Iran').
        self.done_by = re.compile(at_word("was|were") + rf"\s+(?:{alternation(words['done'])})\s+by\s+(?:the\s+)?")
        # After a state: it claims an attack ('Ukraine claimed responsibility', "Ukraine's military claimed the
        # strike").
        self.claims_after = re.compile(rf"(?:'s)?(?:\s+[\w-]+){{0,3}}?\s+(?:has\s+|had\s+)?"
                                       rf"(?:{alternation(words['claim'])})\s+(?:{alternation(words['credit'])}|"
                                       rf"the\s+(?:{attack}))\b")
        # Before a state: the attack is laid at its door ('Russia blamed Ukraine', 'blamed the attack on Iran').
        self.blamed_before = re.compile(at_word(alternation(words["blame"]))
                                        + rf"\s+(?:the\s+(?:{attack})\s+on\s+)?(?:the\s+)?$")
        # After a state opening a sentence: it wages attacks ('Ukraine has stepped up its drone campaign', "Ukraine's
        # strikes on airfields have grown").
        kind = alternation(words["campaign kind"])
        self.campaign_after = re.compile(rf"(?:'s)?(?:\s+[\w-]+){{0,5}}?\s+(?:(?:{kind})\s+)?"
                                         rf"(?:{alternation(words['campaign'])})\b")
        # After a time opening its sentence: images that show what the sentence tells were published or taken then
        # ('In December, satellite images published by Maxar showed that the bombers had been moved').
        self.images_after = re.compile(rf",\s+(?:(?:{alternation(words['image kind'])})\s+)*"
                                       rf"(?:{alternation(words['images'])})\s+"
                                       rf"(?:{alternation(words['images shown'])}|from|by|of)\b", re.IGNORECASE)
        # Right before an attack verb: armed men of no group named ('eight gunmen stormed').
        self.gunmen_before = re.compile(at_word(alternation(words["gunmen"]), cased=False)
                                        + r"\s+(?:(?:have|had|has)\s+)?$", re.IGNORECASE)
        # Words of shooting: 'fired on' a target tells an attack.
        self.fire_words = frozenset(words["fire"])
        # After a word of firing: a craft or patrol shot at ('fired warning shots at a fishing trawler', 'fired on a
        # police launch'), within its clause.
        self.fired_at_craft = re.compile(
            rf"\s+(?:(?:{alternation(words['fired shot'])})\s+)?(?:at|on)\s+(?:[\w'-]+\s+){{0,5}}?"
            rf"(?:{alternation(words['craft shot at'])})\b", re.IGNORECASE)
        # Right before a word of firing: a craft as its subject ('a Peruvian navy gunboat fired').
        self.craft_before = re.compile(rf"\b(?:{alternation(words['craft shot at'])})\s+(?:(?:has|had|then|also)\s+)?$",
                                       re.IGNORECASE)
        # A part of each craft's word: a window with none of them names none (`_may_hold`).
        self.craft_words = cores(word for craft in words["craft shot at"] for word in craft.split())
        # Before an attack verb in its clause: armed men of no state as its subject, however qualified after ('armed
        # poachers who had crossed the river fired on'); group 1 their noun.
        gunmen = at_word(alternation(words["gunmen"]), cased=False)
        self.gunmen_subject = re.compile(f"({gunmen})" + r"\b[^,;.:]{0,60}$", re.IGNORECASE)
        # A part of the longest word of each: a window with none of them names no such men (`_may_hold`).
        self.gunmen_words = cores(max(men.split(), key=len) for men in words["gunmen"])
        # Going aboard: 'pirates boarded a tanker' attacks it; 'the minister boarded the ship' does not.
        self.boarding = frozenset(words["boarding"])
        # After such men: a word tying them to a group or a land ('gunmen from a trafficking network', 'of a faction').
        self.gunmen_tie = re.compile(at_word(alternation(words["gunmen tie"]), cased=False) + r"\b", re.IGNORECASE)
        # Right before a facility: the forces told of before live there ('the contingent is housed at', 'some of them
        # share').
        self.housed_before = re.compile(
            rf"\b(?:they|them|the\s+(?:{alternation(words['contingent'])}))\b[^.;]{{0,40}}?\b"
            rf"(?:{alternation(words['share'])}|(?:{alternation(words['housed'])})\s+at)\s+(?:the\s+)?$", re.IGNORECASE)
        # Members of an armed group of no state, for the readings of who attacked (`_armed_group`): the subject of an
        # attack word ('insurgents stormed the town', 'militants have raided'), not unknown attackers or gunmen, who may
        # be criminals.
        members = alternation(words["members"] + words["fighters"])
        # (one lookbehind a word: Python's must each be of one width)
        not_unknown = "".join(rf"(?<!{re.escape(word)}\s)" for word in words["unknown"])
        self.armed_group_before = re.compile(
            rf"{not_unknown}\b(?:{members})\s+(?:(?:have|had|has)\s+)?(?:[a-z]+ly\s+)?$", re.IGNORECASE)
        # Anywhere before it in its sentence: such a group, or attackers of none named.
        attackers = alternation(words["members"] + words["fighters"] + words["attackers"])
        self.group_before = re.compile(rf"{not_unknown}\b(?:{attackers})\b", re.IGNORECASE)
        # A part of each of their words, the members' among them: a window with none of them names no such group
        # (`_may_hold`).
        self.attacker_words = cores(word for attacker in words["members"] + words["fighters"] + words["attackers"]
                                    for word in attacker.split())
        # After them or raiders: the land they come from ('militiamen from the Democratic Republic of Congo').
        self.group_from = re.compile(at_word(f"{alternation(words['raiders'])}|{attackers}", cased=False)
                                     + r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
        # Opening the sentence after an attack: the armed group told in it as the subject ('The movement, whose ...').
        told_again = alternation(words["armed group"] + words["members"] + words["fighters"])
        self.group_again = re.compile(rf"[\s\"'(]*(?:It\b|Its\b|The\s+(?:[\w-]+\s+){{0,2}}?(?:{told_again})\b)")
        # Right after an attack noun: an armed group as its agent ('an attack by separatist militants').
        group = alternation(words["members"] + words["attackers"])
        self.by_armed_group = re.compile(rf"\s+by\s+(?:[\w-]+\s+){{0,2}}?(?:{group})\b", re.IGNORECASE)
        # Opening a sentence: an armed group of no state as its subject ('The insurgents', 'Islamist militants').
        self.group_opening = re.compile(rf"[\s\"'(]*(?:The\s+)?(?:[\w-]+\s+)?(?:{members}|{group})\b", re.IGNORECASE)
        # Forces or ships: named by 'the' alone, told of before, opening a sentence ('The first group', 'The 222-metre
        # ship'); between two states, each with its forces ('Belgian commandos and French marines'); after a state,
        # which they are of ('Indian soldiers', 'Chinese research and survey vessel', "China's navy"); or an alliance's,
        # of no one state, before a trigger in its clause ('NATO's drones have been based there', 'NATO jets landed').
        forces = rf"(?:{alternation(words['force noun'])})\b"
        self.force_noun = re.compile(forces)
        self.forces_and = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + forces + r",?\s+and\s+", re.IGNORECASE)
        self.the_forces = re.compile(
            r"[\s\"'(]*(?:(?:In|On|By|Last|Earlier|Later)\s+[\w ]{1,20},\s+)?"
            r"(?:The|the|An?|an?|Two|two|Three|three|Four|four|Several|several|\d+)\s+(?:[\w-]+\s+){0,2}?" + forces)
        self.state_forces_after = re.compile(
            r"(?:'s)?\s+(?:[\w'-]+\s+){0,3}?" + rf"(?:{forces}|(?:{alternation(words['service'])})\b)", re.IGNORECASE)
        alliance_kit = alternation(words["force noun"] + words["kit"])
        self.alliance_forces = re.compile(at_word(r"NATO|the\s+alliance|the\s+UN|the\s+EU")
                                          + rf"(?:'s\s|\s+(?:[\w-]+\s+){{0,2}}?(?:{alliance_kit})\b)")
        self.sent_to = re.compile(at_word(alternation(words["sent"]))
                                  + r"\b[^.;]{0,60}?\s(?:to|into)\s+(?:the\s+)?[A-Z]")
        # Before a trigger: a body of no state named reports what it does ('The ministry said it planned to').
        self.the_body_said = re.compile(
            rf"\bThe\s+(?:(?:{_either_case(words['body kind'])})\s+)?({_either_case(words['body'])})\s+"
            rf"(?:has\s+|had\s+)?(?:{alternation(words['speak'])})\s+(?:that\s+)?(?:it|they)\b")
        # After a state: a body of it ("Japan's defence ministry", 'the Indian navy').
        self.body_after = re.compile(rf"(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?({alternation(words['body'])})\b", re.IGNORECASE)
        # Work said to begin, or to have gone on since a time ('Work at the site began', 'The works started', 'the work
        # appears to have started in January', 'Work on the hangars has gone on since March'): the building told before
        # it, begun then.
        self.work_began = re.compile(
            r"([Ww]orks?)\s+(?:(?:at|on)\s+" + _ASIDE_STRETCH + r"{1,150}?\s+)?"
            r"(?:(?:appears?|seems?|is\s+said|is\s+believed)\s+to\s+have\s+)?"
            rf"(?:{alternation(words['work begun'])}|"
            r"(?:has|have|had)\s+(?:gone\s+on|continued|been\s+under\s+way|been\s+going\s+on)(?=\s+since\b))\b")
        # Work yet to begin, on an object of its own ('work on a new airfield near X would start next year', 'work on a
        # military airfield at X, in the north, is due to begin in June'): no building told before, a new one.
        self.work_to_begin = re.compile(
            r"([Ww]orks?)\s+on\s+" + _ASIDE_STRETCH + r"{1,150}?\s+(?:will|would|is\s+to|are\s+to|is\s+due\s+to|"
            rf"are\s+due\s+to)\s+(?:{alternation(words['work to begin'])})\b")
        # After works told by their aim: their course, begun or done ('began in May', 'was completed last year').
        self.works_course = re.compile(at_word(alternation(words["works course"]), cased=False) + r"\b", re.IGNORECASE)
        # Before drills, in their clause: the subject joins drills others hold ('joined the exercise', 'took part in').
        self.joining = re.compile(at_word(alternation(words["join"] + words["take part"]), cased=False) + r"\b",
                                  re.IGNORECASE)
        # Before a visit word: one who goes on a state's business, if no title of event_words.tsv tells it.
        self.delegation = re.compile(at_word(alternation(words["visitor"]), cased=False) + r"\b", re.IGNORECASE)
        # Around a visit word: people of the public who come for pleasure, its subject or its agent after 'by'.
        onlooker = alternation(words["onlooker"])
        self.onlooker = re.compile(at_word(onlooker, cased=False) + r"\b", re.IGNORECASE)
        self.by_onlookers = re.compile(rf"(?:\s+[\w,-]+){{0,4}}?\s+by\s+(?:[\w,.-]+\s+){{0,3}}?(?:{onlooker})\b",
                                       re.IGNORECASE)
        # Around a state that pays for works: 'paid for (partly) by China', 'funded by the United States', 'with
        # Chinese funding', 'with Australian money'; a lender is no payer ('with Chinese loans' names none).
        funded = alternation(words["funded"])
        funding = alternation(words["funding"])
        self.paid_by_before = re.compile(r"(?:" + at_word(_each(funded, r"(?:\s+for)?")) + r"\s+(?:[a-z]+ly\s+)?by|"
                                         + at_word(funding) + r"\s+(?:from|of))\s+"
                                         r"(?:the\s+)?(?:[Gg]overnment\s+of\s+)?$")
        # After a state: it paid for what the word after qualifies ('a U.S.-funded project', 'the Chinese-financed
        # pier').
        self.paid_mark = re.compile(rf"-(?:{funded})\b", re.IGNORECASE)
        self.paying_after = re.compile(rf"(?:'s)?\s+(?:government\s+)?(?:{funding})\b")
        self.paying_words = cores(words["funded"] + words["funding"])
        # A hedge word of agreeing with a word of paying after it ('agreed to pay for'): a decision to pay for works,
        # which docs/data-model.md counts as the planned works, not a hedge.
        self.agreeing = frozenset(words["agreeing"])
        self.agreed_pay = re.compile(r"\s+" + at_word(alternation(words["agreed pay"]), cased=False) + r"\b",
                                     re.IGNORECASE)
        # In a sentence of works: money or a doer of the land's own with no state named ('with money from the federal
        # budget', 'The government plans to lengthen the runway').
        self.home_funds = re.compile(at_word(alternation(words["home funds"]), cased=False) + r"\b", re.IGNORECASE)
        self.home_fund_words = cores(words["home funds"])
        self.home_civil = re.compile(at_word(alternation(words["home civil body"]), cased=False) + r"\b",
                                     re.IGNORECASE)
        self.home_civil_words = cores(words["home civil body"])
        # A land's defence department by its bare capitalised name ('Defence said', 'built by Defence contractors',
        # 'Further afield, Defence repaired'): opening a clause or after 'by', 'from', 'with', 'and' or 'that', and no
        # capitalised word after it, so no part of a longer name ('Defence Secretary', 'Ministry of Defence').
        self.home_body = re.compile(r"(?:(?<=[.;,\n]\s)|(?<=\n)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bwith\s)|(?<=\band\s)|"
                                    r"(?<=\bthat\s))" + at_word(alternation(words["home body"]))
                                    + r"(?=\s+[a-z]|\s*[,.;])")
        # Right before a word of flying: flights from a base that begin there ('began flying from X').
        self.flights_begun = re.compile(at_word(alternation(words["flights begun"]), cased=False) + r"\s+$",
                                        re.IGNORECASE)
        # Right before a participle in '-ing': flights or moves told as going on ('have been flying from X').
        self.being_before = re.compile(at_word(alternation(words["being"])) + r"\s+(?:[a-z]+ly\s+)?$")
        # The patterns that find forces, by a noun of theirs or their craft's ('troops', 'warplanes').
        names = alternation(words["forces"], " ")
        forces = f"(?:{names})"
        at_forces = at_word(names, cased=False)
        # A part of every word of forces: a window with none of them names no forces.
        self.force_words = cores(words["forces"])
        # Forces anywhere in a clause: what moves or strikes there is military ('young people leave X' is not).
        self.forces_word = re.compile(at_forces + r"\b", re.IGNORECASE)
        # After a growing word and its object: forces added with 'with' ('reinforced X with 500 troops').
        self.with_forces = re.compile(
            r"\s+(?:[\w'-]+\s+){0,6}?with\s+(?:(?:another|more|additional|extra|new|some|about|"
            r"[\d,]+|two|three|four|five|six|several|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)*"
            r"(?:[\w-]+\s+){0,2}?" + forces + r"\b", re.IGNORECASE)
        # Right before a verb: forces as its subject, perhaps with a relative pronoun or auxiliaries between ('French
        # troops then left', 'its squadron, which has been permanently deployed', 'US helicopters struck').
        self.forces_before = re.compile(
            at_forces + r"(?:,?\s+(?:which|that|who))?\s+(?:(?:has|have|had|was|were|is|are|"
            r"been|then|also|finally|later|first|now|already|\w+ly)\s+){0,3}$", re.IGNORECASE)
        # The most runs of characters other than white space it spans: the forces' words, a relative pronoun and three
        # words more (each of the words after the forces is one run).
        self.forces_before_words = max(len(word.split()) for word in words["forces"]) + 4
        forces_or_kit = alternation(words["forces"] + words["moved kit"], " ")
        # After a verb of moving: forces or their kit as its object, a few words on ('will move its F-35s to X').
        self.moved_forces = re.compile(rf"\s+(?:[\w.'-]+\s+){{0,4}}?(?:{forces_or_kit})\b", re.IGNORECASE)
        # A part of each of those words: a window with none of them moves none (`_may_hold`).
        self.moved_words = cores(words["forces"] + words["moved kit"])
        # Forces or their kit anywhere before a passive verb of putting in place ('launchers have been set up').
        self.kit_word = re.compile(at_word(forces_or_kit, cased=False) + r"\b", re.IGNORECASE)
        # Right before a verb: forces as its subject, with a participle of their own between ('the troops sent to X
        # after the earthquake flew home').
        sent = alternation(words["sent forces"])
        self.forces_sent_before = re.compile(at_forces + rf"\s+(?:{sent})\s+"
                                             r"(?:to|in|at|on|into)\s[^,;:.!?]{0,60}$", re.IGNORECASE)
        # A literal test for it: one of its participles, in the case written.
        self.sent_forces = re.compile(at_word(sent) + r"\s")
        # Right after a verb of setting up with no object: where its subject settled ('the engineers set up at a camp').
        self.settled_at = re.compile(rf"\s+(?:{alternation(words['settled at'])})\s", re.IGNORECASE)
        back = words["pointing back"]
        # Right before an event noun: told before ('the strikes', 'these drills'), a word perhaps between.
        self.definite_before = re.compile(at_word(alternation(back), cased=False) + r"\s+(?:[\w-]+\s+)?$",
                                          re.IGNORECASE)
        # Likewise, with no name between ('the strikes', 'this exercise', not 'the Cobra Gold exercise').
        self.told_before = re.compile(at_word(alternation([*back, *map(_capitalised, back)]))
                                      + r"\s+(?:[a-z][\w-]*\s+)?$")
        # An event noun in the plural after a preposition, with no determiner: events of a kind, not one ('flown there
        # before, during exercises').
        self.generic = re.compile(at_word(alternation(words["generic before"]), cased=False)
                                  + rf"\s+(?:{alternation(words['generic events'])})$", re.IGNORECASE)
        # 'The unmanned aircraft arrived', 'That exercise opened': a sentence opening by telling again what was told
        # before.
        opening = alternation(map(_capitalised, [*back, *words["pointing back opening"]]))
        self.retelling_opening = re.compile(rf"[\s\"'\u201c]*(?:{opening})\s+(?:[a-z][\w-]*\s+){{0,3}}")
        # Right before a verb: forces and the states they come from as its subject ('Soldiers from Rwanda and Burundi
        # arrived').
        self.forces_from_before = re.compile(
            at_forces + r"\s+from\s+(?:the\s+)?(?P<states>" + _STATE_NAME
            + r"(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?" + _STATE_NAME + r")*)\s+"
            r"(?:(?:has|have|had|was|were|is|are|then|also|\w+ly)\s+){0,2}$")
        # Right after a verb of moving: forces as its object ('withdrew its last 500 troops', 'sent more soldiers').
        self.forces_object = re.compile(
            r"\s+(?:of\s+)?(?:(?:its|their|the|his|her|some|all|more|most|several|about|around|"
            r"[\d,]+|last|remaining|additional|extra|new|own)\s+){0,4}(?:[A-Z][\w-]*\s+)?"
            + forces + r"\b", re.IGNORECASE)
        # Between a state and the forces it qualifies ('French troops', "Russia's forces", 'US Army helicopters').
        qualifies = (r"(?:'s?|-led)?\s+(?:(?:[A-Z0-9][\w.-]*|[a-z]+-[\w-]+|coalition|special|armed|regular|elite|"
                     r"naval|ground|combat|allied|remaining|last|own|more|additional|fighter|patrol|transport|"
                     r"surveillance|reconnaissance|strategic|nuclear|missile|attack|landing|(?i:" + forces + r"))\s+)"
                     r"{0,3}")
        self.qualifies = re.compile(qualifies)
        # Between a state and the verb that holds drills: its forces, and where they are ('French forces in New
        # Caledonia').
        # Right before drills: the verb that holds them, its subject the state ('held joint naval exercises', 'hosted
        # the Croix du Sud exercise'); written with one space between its words, in lower case.
        self.held_before = re.compile(at_word(alternation(words["holds drills"], " "))
                                      + r"\s+(?:(?:its|their|a|an|the(?=\s+[A-Z]))\s+)?(?:[\w'-]+\s+){0,3}$")
        # Before a date: a deal or money it dates ('under a contract awarded last year', 'with funds approved in
        # January'); the works or moves done under it are not of its time (docs/data-model.md). The deal's own subject
        # may come between ('a memorandum the two governments signed in April').
        self.signed_before = re.compile(
            at_word(alternation(words["signed deal"]), cased=False)
            + r"\s+(?:(?:that|which)\s+)?(?:(?!(?:will|would|is|are)\b)[\w-]+\s+){0,4}?"
            r"(?:(?:was|were|had\s+been|has\s+been|had|have|has)\s+)?(?:first\s+)?"
            rf"(?:{alternation(words['signing'])})\s+"
            r"(?:(?:in|on|at|during|last|this|early|late|earlier|mid)\s+)?(?:the\s+)?$", re.IGNORECASE)
        self.signing_words = cores(words["signing"])
        # Before a state: forces that come from it, so it is their state, not a place ('warships from Iran, Russia and
        # China', 'coast guards from the Maldives and India').
        self.forces_from = re.compile(
            at_word(_each(alternation(words["forces from"]), r"\s*,?\s+from") + "|"
                    + _each(alternation(words["group of"]), r"\s+of"), cased=False) + r"\s+"
            r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+(?:the\s+)?)*$")
        # After a state word: it takes forces as its object ('it based fighters at X'), so it tells a move, not a state.
        self.based_object = re.compile(r"\s+(?!(?:at|in|on|near|there|with|for|since|from|out|to|inside|outside)\b)"
                                       rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(words['based object'])})\b",
                                       re.IGNORECASE)
        # Right after 'took over': a task or office is taken over, not a place ('took over the air policing mission').
        self.task_after = re.compile(r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
                                     rf"(?:{alternation(words['task'])})\b", re.IGNORECASE)
        # Right before an event noun: a verb that stops it ('halting US air strikes'): the news is the stop, not the
        # strikes; the literal test before it, its words.
        self.stopped_before = re.compile(rf"\b(?:{alternation(words['stopping'])})\s+(?:[\w-]+\s+){{0,2}}$",
                                         re.IGNORECASE)
        self.stopping_words = cores(words["stopping"])
        self.holders = re.compile(qualifies + r"(?:(?:in|on|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3})?")
        # Right before a verb: forces with a phrase on where or with whom they served, up to the verb ('the last
        # Botswana soldiers in the mission in Cabo Delgado came home').
        self.forces_tailed_before = re.compile(at_forces + r"\s+(?:in|of|with|at|on)\s+[^,;:.]{1,90}?\s+"
                                               r"(?:(?:has|have|had|finally|then|also)\s+)?$", re.IGNORECASE)


_CUES: Final[PerLanguage[_Cues]] = PerLanguage(lambda lang: _Cues(pattern_words(lang)))


def _cues(lang: str) -> _Cues:
    return _CUES.get(lang)


def _capitalised(word: str) -> str:
    """`word` as it opens a sentence."""
    return word[:1].upper() + word[1:]


def _either_case(words: Iterable[str]) -> str:
    """Regex alternatives for `words`, longer ones first, each word of each opening in either case
    ('[aA]ir\\s+[fF]orce'), as a capitalised name of a body may be written or not."""
    return "|".join(r"\s+".join(map(_initial_either_case, word.split(" "))) for word in longest_first(words))


def _initial_either_case(word: str) -> str:
    first = word[:1]
    return f"[{first}{first.upper()}]{re.escape(word[1:])}" if first.upper() != first else re.escape(word)


_AT_TARGET: Final = re.compile(at_word("at|on|into|onto", cased=False) + r"\s", re.IGNORECASE)
# Before an attack word in its sentence, however far: an armed group of no state as its subject, with what qualifies it
# ('militants of a group linked to al-Qaeda attacked'), not unknown attackers.
# Where an armed group fights from: 'a group based across the border in Burkina Faso', 'which operates from islands on
# Nigeria's side of the lake', 'whose camps are based around Tindouf in Algeria'; up to the country named within reach.
_GROUP_BASE: Final = re.compile(
    r"\b(?:based|operates\s+from|operating\s+from|headquartered|fights\s+from)\b", re.IGNORECASE)
_GROUP_BASE_WORDS: Final = ("based", "operat", "headquartered", "fights from")
_GROUP_BASE_GAP: Final = re.compile(r"[^.;:!?]{0,60}")
# Right before a verb: 'they' as its subject.
_THEY_BEFORE: Final = re.compile(at_word("they", cased=False)
                                 + r"\s+(?:(?:have|had|has|then|also|again|later)\s+){0,2}$", re.IGNORECASE)
# Event types whose agent is, by default, the force that runs the facility.
_OPERATOR_TYPES: Final = frozenset({"construction", "expansion", "deployment", "exercise", "withdrawal"})
# Works whose completion, told of them as its subject, is their end, not more works.
_WORKS_ENDED: Final = frozenset({"construction", "expansion"})
# Between an event noun and the passive completion it is the subject of: the noun it qualifies, its object or place,
# a relative clause on it, then the auxiliary ('The upgrade work at the port was finished', 'The expansion, which
# began in 2015, is now complete', 'the withdrawal of troops from X, which was completed in 2022'); no second subject
# joined by 'and'.
_ENDED_SUBJECT_TAIL: Final = re.compile(
    r"(?:\s+(?:project|projects|work|works|programme|program|scheme))?"
    r"(?:\s+(?:of|at|on|to|for|from|in|into)\s+(?:(?!\band\b)(?:[^,;.!?]|(?<=\d)[,.](?=\d)))*?)?"
    r"(?:,\s+(?:which|that)\s+[^,;.!?]*,\s+|,\s+(?:which|that)\s+|\s+)"
    r"(?:was|were|is|are|(?:has|have|had)\s+(?:now\s+)?been|"
    r"(?:will|would|should)\s+(?:now\s+)?be)\s+"
    r"(?:(?:\w+ly|not|also|almost|already|now|then|later|largely|mostly)\s+){0,2}",
    re.IGNORECASE)
# After an event noun, up to the verb of a relative clause on it that tells its course ('The drills, which began',
# 'the deployment of jets to X, which was completed'); its place or object may come between.
_OWN_COURSE_WORDS: Final = ("which", "that")
_OWN_COURSE: Final = re.compile(r"(?:\s+(?:of|at|on|to|from|in|near|off|into|by|against)\s+[^,;.!?]{1,80}?)?"
                                rf",\s+(?:{'|'.join(_OWN_COURSE_WORDS)})\s+"
                                r"(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?(?:\w+ly\s+)?"
                                r"(?:began|begun|begins|started|starts|ended|ends|finished|concluded|completed|"
                                r"took\s+place|happened|occurred|came|lasted|ran|kicked\s+off|got\s+under\s+way|"
                                r"held|carried\s+out|staged|conducted|wrapped\s+up)\b")
# From a course verb to the time it gives ('began on Monday', 'ended early in March', 'ran from May').
_COURSE_TO_DATE: Final = re.compile(r"\s+(?:(?:on|in|at|during|from|until|by|early|late|last)\s+)*(?:the\s+)?")
# Before an event noun: a determiner or a possessor ('the attack', "Iran's missile attack").
_NOMINAL: Final = re.compile(r"(?:\b(?:the|a|an|this|its|their)|'s)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# After an event noun, up to its object's state: 'the deployment of two US destroyers', 'the withdrawal of the
# remaining French troops'; no preposition of place or verb between them.
_OF_OBJECT: Final = re.compile(
    r"(?:\s+(?:to|at|into|from|in)\s+(?:[\w'.-]+\s+){1,6}?of\s+(?:[\w-]+\s+)?(?:\d[\d,]*|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|some|about|dozens|hundreds|thousands)\s+"
    r"(?:[\w'.-]+\s+){0,3}?|\s+of\s+(?:(?!(?:to|at|in|into|from|on|near|by|which|that|who)\b)"
    r"[\w'.-]+\s+){0,6}?)$")
# Between an attack noun and the state of its weapons: 'attack of Ukrainian drones', 'strike of the Israeli jets'.
_OF_THE: Final = re.compile(r"\s+of\s+(?:the\s+)?")
# After that state: the weapons or craft that struck ('unmanned aerial vehicles', 'cruise missiles').
_WEAPONS_AFTER: Final = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:missiles?|rockets?|drones?|UAVs?|unmanned\s+aerial\s+vehicles|"
    r"aircraft|warplanes|jets|bombers|artillery)\b")
# Before an attack verb: the weapons as its subject ('drones also attacked', 'Eleven missiles hit').
_WEAPONS_BEFORE: Final = re.compile(at_word("missiles|rockets|drones|UAVs|shells|bombs", cased=False) + r"\s+"
                                    r"(?:(?:also|again|then|later|have|has|had)\s+)*$", re.IGNORECASE)
# How long before its report an event is still the news the report retells.
_RECENT_DAYS: Final = 60
_EVENT_TYPES: Final = frozenset({"construction", "expansion", "deployment", "withdrawal", "attack", "visit", "exercise",
                                 "other"})


# Triggers and anchors are never changed once made, but are not frozen: a frozen dataclass sets each field through
# object.__setattr__, three times the cost of building one, and a document builds dozens of them. Plain classes, not
# dataclasses: compiled, a dataclass's generated `__init__` runs as bytecode, a written-out one as C.
class Trigger:
    def __init__(self, span: Span, type: str, sentence: Span, clause: Span, word: str) -> None:
        self.span = span
        self.type = type
        self.sentence = sentence
        self.clause = clause
        # the trigger's text lower-cased, taken once: a dozen of the tests below look it up
        self.word = word


class Anchor:
    """A place in the text that stands for a facility: a mention, an anaphor, or one of its runways."""

    def __init__(self, span: Span, facility: Facility) -> None:
        self.span = span
        self.facility = facility


class Events:
    """Pipeline component filling `Doc.events`."""

    def __init__(self) -> None:
        # The triggers and hedges are searched over whole articles: they join the shared word pass now (English, the
        # default language), not at the first article, whose events would pay for building the pass again, twice.
        words = event_words("en")
        share(words.triggers, words.hedges)

    def __call__(self, doc: Doc) -> Doc:
        if doc.facilities:
            doc.events.extend(self.build(doc, self.match(doc)))
        return doc

    def match(self, doc: Doc, within: list[Span] | None = None) -> list[Trigger]:
        """Every event trigger in the text (or in the `within` spans) that is not hedged or negated."""
        words = event_words(doc.language)
        cues = _cues(doc.language)
        hedges = _Hedges(doc)
        found: list[Trigger] = []
        arms = sorted(e.span[0] for e in doc.equipment)
        # the whole text is searched with no range, so that its hits come from the shared word pass
        hits = (words.triggers.finditer(doc.norm) if within is None
                else [m for lo, hi in within for m in words.triggers.finditer(doc.norm, lo, hi)])
        for m in hits:
            # read once into locals: the tests below ask for its end and span many times over
            start, end, text = m.begin, m.stop, m.text
            span = (start, end)
            low = text.lower()
            kind = words.trigger_type[low][0]
            if kind not in _EVENT_TYPES:
                continue
            claimed = hedges.claimed(start)
            sentence = doc.sentence_of(start)
            # a capitalised trigger inside a sentence is part of a name, but a drill word in one ('Exercise Cope
            # Thunder', 'the Iniochos Exercise') still tells the drill
            if (text[0].isupper() and kind != "exercise" and _mid_sentence(doc, sentence, start)) or _section_heading(
                    doc, sentence):
                continue
            clause = _cut(False, doc, sentence, start)
            if low in _SHOT_LANDING:
                if _SHOT_SUBJECT.search(doc.norm, max(clause[0], start - _SHOT_REACH), start):
                    # 'shells fired by the army landed in X': a shot that came down there
                    kind = "attack"
                elif kind == "attack":
                    continue
            if low in cues.appearing and _craft_before(doc, clause[0], start, arms):
                # 'four Su-34s have appeared at X': aircraft or forces seen at a place for the first time came there
                kind = "deployment"
            if low in _SETTING_UP and _sets_up_forces(doc, span, clause, arms):
                # 'S-400 launchers were set up at X', 'set up a Patriot battery at X', 'the marines set up at X':
                # weapons or forces put in place, or forces settling there, are deployed; a base or a structure set up
                # is built
                kind = "deployment"
            if low in cues.stay_since:
                if _stay_begun(doc, span, sentence, clause) and (_craft_before(doc, clause[0], start, arms) or any(
                        clause[0] <= a.span[0] < start for a in actors(doc))):
                    # 'Dutch pilots have trained at X since 2023', 'a German field hospital has functioned there
                    # since July': forces' presence told with the time it began tells an arrival then
                    # (docs/data-model.md); 'civilian mechanics have worked at X' tells none
                    kind = "deployment"
                elif kind == "deployment":
                    continue
            if low in _ENTERING and _forces_enter(doc, end, clause, start, arms):
                # 'Chinese soldiers entered Laos', 'Ugandan units entered Bunia': forces that enter a land or a town
                # are deployed there; only an aircraft or ship entering airspace or waters intrudes
                kind = "deployment"
            if ((claimed and not _relative_aside(doc, clause, sentence)) or hedges.worded(clause[0], start)
                    or _plan_of_other(doc, low, end) or _extends_a_term(doc, low, end)
                    or (low in _PLAN_WORDS and _PLANNED_HAPPENING.search(doc.norm, max(0, start - 40), start))
                    or (_may_hold(doc.norm, max(clause[0], start - 60), start, _UNTIL_WORDS)
                        and _UNTIL_DONE.search(doc.norm, max(clause[0], start - 60), start))
                    or (low in cues.receiving and not _takes_in_forces(doc, clause[0], span, arms))
                    or (low in cues.pulling and not _PULLED_OUT.match(doc.norm, end, clause[1]))
                    or (low in cues.posting and not _posts_forces(doc, span, clause, arms))
                    or (low in _DEPARTING and not cues.forces_object.match(doc.norm, end, clause[1])
                        and not _state_before(doc, start))
                    or (low in _INTRUDING and kind == "other"
                        and not _INTO_AIRSPACE.match(doc.norm, end, clause[1]))
                    or low in cues.hosts
                    or ((low in cues.using or low in cues.occupying)
                        and not _forces_before(cues, doc.norm, max(clause[0], start - 60), start))
                    or (low in cues.working_from
                        and not cues.forces_word.search(doc.norm, max(clause[0], start - 60), start))
                    or (low in cues.new_structure and kind == "construction"
                        and not _structure_told(doc, low, span, clause))
                    or (low in _REACHING and not _forces_enter(doc, end, clause, start, arms))
                    or ((low in _SEEN_AT or low in _CRASHING) and not _craft_before(doc, clause[0], start, arms))
                    or (low in cues.watching and not _official_watches_drills(doc, span, clause))
                    or (low in cues.attending and not _official_attends(doc, span, clause))
                    or (low in _PRESENCE and not _official_after(doc, end, clause[1]))
                    or (low in cues.left_state and _describes_noun(doc, cues, start, end))
                    or (kind in _BUILDING_TYPES and cues.abstract_after.match(doc.norm, end) is not None)
                    or (kind in _CRAFT_TYPES and _may_hold(doc.norm, max(clause[0], start - 40), start,
                                                            cues.not_forces_words)
                        and cues.not_forces_before.search(doc.norm, max(clause[0], start - 40), start) is not None)
                    or (start - sentence[0] < _TOLD_AGAIN_REACH
                        and cues.told_again.fullmatch(doc.norm, sentence[0], start) is not None)
                    or (_may_hold(doc.norm, end, clause[1], cues.undecided_words)
                        and cues.undecided_after.match(doc.norm, end, clause[1]))
                    or (low in cues.training_nouns
                        and (cues.training_names.match(doc.norm, end)
                                                    or _FOR_BEFORE.search(doc.norm, max(0, start - 10), start)))
                    or ((low in cues.moving_forces or low in cues.basing) and not (
                        _moves_forces(doc, span, clause, arms)
                        or _forces_move_to(doc, low, span, sentence, clause, arms)))
                    or (low in cues.basing and cues.room_to_base.search(doc.norm, max(0, start - _ROOM_REACH), start))
                    or (low in cues.massing and (
                        cues.article_before.search(doc.norm, max(0, start - cues.article_reach), start)
                        or not (_forces_before(cues, doc.norm, clause[0], start)
                                or _moves_forces(doc, span, clause, arms))))
                    or (low in _REPLACING and not (_forces_before(cues, doc.norm, clause[0], start) and (
                        _moves_forces(doc, span, clause, arms) or _THEM.match(doc.norm, end))))
                    or (low in cues.of_forces_only and not cues.forces_word.search(doc.norm, clause[0], clause[1]))
                    or (low in cues.boarding and not _gunmen_before(cues, doc.norm, max(clause[0], start - 70), start))
                    or (low in cues.going_to and cues.idiom_after.match(doc.norm, end))
                    or (low in cues.due_at and not _facility_at(doc, end, end + _DUE_REACH))
                    or (low in cues.closures and _passing_closure(doc, span, clause))
                    or (kind == "construction" and _vessel_made(doc, sentence, start))
                    or (kind in _ARRIVING_TYPES and _habitual(doc, sentence, start))
                    or (kind in _MOVING_TYPES and _played_in_drill(doc, span, low, sentence, clause))
                    or (_may_hold(doc.norm, end, clause[1], cues.duration_words)
                        and cues.for_long_after.match(doc.norm, end, clause[1]) is not None)
                    or (_may_hold(doc.norm, max(clause[0], start - 20), start, cues.perfect_words)
                        and cues.long_before.search(doc.norm, max(clause[0], start - 20), start) is not None)):
                continue
            found.append(Trigger(span, kind, sentence, clause, low))
        return _drop_completions(doc, found)

    def build(self, doc: Doc, triggers: list[Trigger]) -> list[Event]:
        """Events for triggers whose clause names a facility; one per type, facility, actor and date."""
        anchors = _Anchors(doc)
        actor_list = actors(doc)
        index = _Index(doc, triggers)
        moves = [t.span[0] for t in triggers if t.type in _MOVING_TYPES]
        events: list[Event] = []
        # moves told of a country with no facility: the country, by the event's id
        countries: dict[int, str] = {}
        # drills told again at a facility after they were told at no place: what they retell, by the event's id
        retold_at: dict[int, Event] = {}
        # attacks at a facility by no one named, and none left unnamed on purpose ('unidentified warplanes')
        unsigned: list[Event] = []
        # attacks coded by the land of the armed group that made them, which tell nothing of who attacked next
        grouped: set[int] = set()
        # the language's cue tables, looked up once: the tests below read them a dozen times per trigger
        cues = _cues(doc.language)
        handing = cues.handing
        for trig in triggers:
            clause = trig.clause
            word = trig.word
            grown = trig.type == "expansion" and _forces_grown(doc, trig)
            if grown:
                # 'expanded its presence at X', 'reinforced the garrison at X', 'reinforced X with 500 troops': more
                # forces came, the place itself did not grow
                trig = Trigger(trig.span, "deployment", trig.sentence, clause, trig.word)
            if trig.type == "withdrawal" and word in handing and (
                    _new_part_handed(doc, trig) or _built_then_handed(doc, trig, triggers)):
                # 'builders handed over two new barracks blocks', 'a new hangar was handed over last month', 'built by
                # China and handed over in 2012': a new structure handed to those who will use it is finished, a
                # construction
                trig = Trigger(trig.span, "construction", trig.sentence, clause, trig.word)
            elif trig.type == "withdrawal" and word in handing and (_part_handed(doc, trig) or _kit_handed(doc, trig)):
                # 'the handover of the refurbished blocks took place on Wednesday': works on what stands, handed to its
                # users, end; 'handed over two patrol boats at X': kit given there; no forces leave either way
                continue
            if word in cues.reopening and cues.disrepair.search(
                    doc.norm, trig.sentence[0], trig.sentence[1]):
                # 'fell into disrepair and was reopened', 'reopened after repairs': made usable again, an expansion
                trig = Trigger(trig.span, "expansion", trig.sentence, clause, trig.word)
            if (word in _QUALITIES and _MAKING_BEFORE.search(doc.norm, max(clause[0], trig.span[0] - 30), trig.span[0])
                    and _NOUN.match(doc.norm, trig.span[1])):
                # 'plans to build reinforced shelters': what is made reinforced is built
                trig = Trigger(trig.span, "construction", trig.sentence, clause, trig.word)
            if (trig.type == "construction" and word.split(maxsplit=1)[0] in cues.receiving_verbs
                    and cues.kit_upgraded.match(doc.norm, trig.span[1], clause[1])):
                # a radar station that receives a new radar: new kit in place of the old upgrades what stands, an
                # expansion; 'received a new jetty' is still built
                trig = Trigger(trig.span, "expansion", trig.sentence, clause, trig.word)
            if trig.type == "attack" and word in cues.firing and (
                    _AT_PRACTICE.match(doc.norm, trig.span[1], clause[1]) or _shot_in_drills(doc, trig)):
                # 'gunners fired rockets at the range', 'fired live rounds at X', 'fired rockets at X during the
                # drills': shooting in practice is a drill
                trig = Trigger(trig.span, "exercise", trig.sentence, clause, trig.word)
            if trig.type == "deployment" and _ended(doc, trig, index):
                # 'kept ships there until 2002', 'were based at X until 2020': the stay ended then
                trig = Trigger(trig.span, "withdrawal", trig.sentence, clause, trig.word)
            elif ((standing(doc, trig) and not _dated_stay(doc, trig, index, moves)) or _civilian(doc, trig)
                    or _opens_a_happening(doc, trig) or _undone(doc, trig)
                    or _takes_over_task(doc, trig) or _en_route(doc, trig)
                    or _projectile_flight(doc, trig) or _leaves_in_a_state(doc, trig) or _natural_harm(doc, trig)
                    or _untitled_trip(doc, trig) or _onlookers_visit(doc, trig) or _other_sense(doc, trig)
                    or (word in _PLAN_WORDS and _works_of_one_told(doc, trig, triggers))):
                continue
            hosted = _hosts_forces(doc, trig, index.arms_sorted)
            if hosted and cues.for_drills.search(doc.norm, trig.span[1], trig.clause[1]):
                # 'hosted Chinese J-10 fighters for the Falcon Strike drills at X': the drills' noun tells the event
                continue
            if (not hosted and trig.type == "visit" and word in cues.hosts_words
                    and not _hosted_visitor(doc, trig)):
                continue
            if hosted:
                trig = Trigger(trig.span, "deployment", trig.sentence, clause, trig.word)
            elif trig.type == "deployment" and _traveller(doc, trig):
                trig = Trigger(trig.span, "visit", trig.sentence, clause, trig.word)
            elif (trig.type == "deployment" and _many_states(doc, clause)
                    and cues.drill_word.search(doc.norm, trig.sentence[0], trig.sentence[1])):
                # 'drills brought 2,800 troops from 13 countries to X', 'aircraft from 14 countries flew from X during
                # the exercise': forces of many states come for drills, which are the host's exercise
                trig = Trigger(trig.span, "exercise", trig.sentence, clause, trig.word)
            described = _subject_aside(doc, trig) and _carried_over(doc, trig, anchors, index)
            anchor = described or _anchor_for(doc, trig, clause, anchors, index)
            if anchor is None and _place_object(doc, trig, index) is None and not _placed_after(doc, trig, index):
                # 'It deployed jets to Libya': a place of its own is where it happened, not the facility told before
                anchor = (_carried_over(doc, trig, anchors, index) or _pronoun_subject(doc, trig, anchors)
                          or _intransitive_there(doc, trig, anchors, index) or _pronoun_object(doc, trig, anchors)
                          or _part_of_one_told(doc, trig, anchors) or _there_before(doc, trig, anchors)
                          or _fronted_place(doc, trig, anchors) or _attended_at(doc, trig, triggers, events)
                          or _there_later(doc, trig, anchors) or _there_of_one(doc, trig, anchors)
                          or _airfield_part_of_one(doc, trig, anchors)
                          or _island_told(doc, trig, events)
                          or _leaving_of_the_come(doc, trig, events, index))
            if anchor is None and word in cues.stay_since:
                # 'have trained in the rainforest since 1976': a stay over a land is told as a habit, no arrival
                continue
            if anchor is None and grown:
                # 'has steadily reinforced its presence in Syria': a presence grown over a land is no one arrival
                continue
            if anchor is None:
                placed = (_placed_event(doc, trig, actor_list, index) or _told_attacks_go_on(doc, trig, events)
                          or _visit_of_the_visitor(doc, trig, events, index)
                          or _unplaced_event(doc, trig, actor_list, index, events))
                if placed is not None and not (placed.rule.endswith(_UNPLACED) and (_retold(
                        doc, trig, events, dated=bool(index.dates_in(trig.clause[0], trig.clause[1]))) or (
                        _MEANWHILE.match(doc.norm, trig.clause[0]) and any(
                            e.type == placed.type and e.facility and trig.sentence[0] <= e.span[0] < trig.span[0]
                            for e in events)))):
                    # 'who led the US withdrawal': an event of no place named again is no new one; 'X watched the
                    # exercise at Y, as Russian forces held joint drills': nor is one its sentence told at a facility
                    placed.date = (placed.date or _same_time_as_told(doc, trig, events)
                                   or _dated_when_retold(doc, trig, triggers, index))
                    events.append(placed)
                    place = _place_object(doc, trig, index) if placed.rule.endswith(_PLACED) else None
                    housed = _housed_after(doc, trig, place, anchors) if trig.type == "deployment" else None
                    if housed is not None:
                        # 'instructors arrived in X in April, and some of them share Y air base': one arrival told
                        # for a town and for a base there, at the base (docs/data-model.md)
                        placed.facility, placed.rule = housed.id, f"events:{trig.type}"
                        continue
                    if place is not None and place.country and trig.type in _MOVING_TYPES:
                        countries[id(placed)] = place.country
                    continue
                anchor = _visit_goes_on(doc, trig, anchors, index)
                if anchor is None:
                    continue
            fac = anchor.facility
            if _flights_from(doc, trig, anchor, index):
                continue
            if _abstract_object(doc, trig, anchor) or (
                    word in cues.developing and not _developed(doc, trig, anchor)):
                continue
            if trig.type == "deployment" and _left_behind(doc, trig, anchor):
                # 'moved the jets from X to Y': the move is told by where they went, when that is a facility too;
                # when it is none, X is only where they came from, no withdrawal there, which only leaving tells
                # ('flown out of X', 'the jets at X were moved'), as docs/data-model.md rules
                destination = _destination(doc, trig, anchor, anchors)
                if destination is None and _FROM_RIGHT_BEFORE.search(doc.norm, trig.span[1], anchor.span[0]):
                    # 'moved the jets from X to the city of Y': a move to a town is a deployment at no facility
                    placed = _placed_event(doc, trig, actor_list, index)
                    if placed is not None:
                        events.append(placed)
                    continue
                if destination is None:
                    trig = Trigger(trig.span, "withdrawal", trig.sentence, clause, trig.word)
                else:
                    anchor, fac = destination, destination.facility
            elif trig.type == "withdrawal" and (
                    _DESTINATION.fullmatch(doc.norm, trig.span[1], anchor.span[0])
                    or (word in cues.going_home
                        and _HOME_TO.fullmatch(doc.norm, trig.span[1], anchor.span[0]))):
                # 'the last Tornados left for X', 'the jets flew back to X': X is where they went, not what they left
                trig = Trigger(trig.span, "deployment", trig.sentence, clause, trig.word)
            hosting = hosted or word in cues.hosting
            maker_unsaid = False
            actor = (hosting and (_hosted_state(doc, trig, actor_list) or _hosted_origin(doc, trig))) or (
                _state_after(trig, actor_list) if word in _PRESENCE else actor_of(
                    doc, trig, actor_list, exclude=fac.mentions, index=index))
            if trig.type in _WORKS_ENDED and actor is not None and not _builder_subject(doc, trig, actor, actor_list):
                # 'a radar was completed with Australian funds and is run by Niue's police', 'the navy received a new
                # jetty, paid for by a grant from Beijing': works whose builder is not named are the payer's, whatever
                # other state the sentence names (docs/data-model.md)
                actor = _payer(doc, trig, actor_list) or actor
            if actor is None and trig.type == "visit":
                # 'One of them, the destroyer USS Pinckney, docked at X': a ship or aircraft in apposition to the
                # subject is the visitor, though commas set it off
                actor = _visitor_origin(doc, trig, clause) or _clause_agent(events, trig) or (
                    _visitor_origin(doc, trig, _wide_clause(doc, trig)) if word in cues.ship_stops
                    else None)
            elif actor is None and trig.type in _MOVING_TYPES:
                # 'aircraft parked on the apron, many of them KC-135 tankers, had been moved': with no state named,
                # the forces' own state moved them, not the host that runs the base
                actor = _came_from_base(doc, trig, anchors, fac) or _visitor_origin(doc, trig, _wide_clause(doc, trig))
                if actor is not None and (_host_named(trig, actor_list, fac) or _maker_only(actor, actor_list, fac)):
                    # 'two C-130 transports landed at Ghana's Tamale air base': a sentence that names the state
                    # running the base, and none in the clause for the aircraft, tells that state's own forces
                    # flying what they bought abroad, as does a story that names that state and never the maker's;
                    # but forces named by the base they come from are its state's ('B-52s from Minot Air Force Base
                    # landed at RAF Fairford')
                    actor = _home_base(doc, trig, anchors, fac) or fac.operator
                elif actor not in (None, fac.operator, fac.country) and _maker_unsaid(doc, trig, actor, actor_list):
                    actor, maker_unsaid = None, True
            actor = (actor or _pronoun_agent(doc, trig, actor_list) or _body_told_before(doc, trig, actor_list)
                     or _payer(doc, trig, actor_list)
                     or _crewed_by(doc, trig, actor_list)
                     or _unnamed_force(doc, trig, actor_list, fac)
                     or _home_base(doc, trig, anchors, fac) or _forces_told_before(doc, trig, actor_list)
                     or _speaking_force(doc, trig, actor_list))
            if actor is None and word in cues.going_home:
                # 'a P-8A and its crew arrived at X from Y and will fly home': those who go home are those who came
                actor = _last_actor(events, ("deployment",), fac)
            if actor is None and word in _CRASHING:
                # 'a MiG-29 crashed on landing at X': a craft of no state named is the base's own
                actor = fac.operator
            if (actor is None and trig.type == "visit" and word not in cues.mooring
                    and not cues.vessel.search(doc.norm, trig.clause[0], trig.span[0])):
                # 'Lieutenant General X inspected the base', 'a delegation of lawmakers toured X': visitors the text
                # gives no state, titled or not, are as a rule the place's own people, at a place no force runs (a
                # civil airport) those of its land; a ship of no state that docked or called there may be anyone's
                actor = fac.operator or host_force(fac)
            if word in cues.mooring and (
                    (actor is not None and actor == fac.operator)
                    or cues.stays_on.search(doc.norm, trig.span[1], trig.sentence[1])):
                # a navy's ship docked at its own base, or one that stayed on, is based there, not visiting
                trig = Trigger(trig.span, "deployment", trig.sentence, clause, trig.word)
            if trig.type == "attack" and word in cues.taking_over and (
                    (actor is not None and actor in (fac.operator, fac.country))
                    or any(t.type == "withdrawal" and t.sentence == trig.sentence for t in triggers)):
                # 'Russian troops took over X after US forces left', 'the Greek navy took over X': forces that move
                # into a place others left, or into their own state's, take it without a fight
                trig = Trigger(trig.span, "deployment", trig.sentence, clause, trig.word)
            date, reported = _dated(doc, trig, index)
            if date is None and not reported:
                date, reported = _dated_before(doc, trig, triggers, index)
            date = (date or _same_time_as_told(doc, trig, events) or _then_told(doc, trig, index)
                    or _completion_told_after(doc, trig, index) or _done_told_after(doc, trig, triggers, index)
                    or _dated_when_retold(doc, trig, triggers, index))
            if date is None and (word in cues.attending or word in cues.watching):
                date = _attended_date(doc, trig, triggers, index)
            if word in _ABSENT or word in cues.shown_new:
                # 'a radar site that was not there in 2022': built since then, at no time the text gives; 'images taken
                # in May show new hangars': the time is the images', not the building's
                date, reported = None, False
            if actor is None and date is None and trig.type == "attack":
                actor, date = _effect_of_told(doc, trig, events)
            if _drills_as_occasion(doc, trig, events):
                continue
            retold = _retold(doc, trig, events, dated=bool(index.dates_in(clause[0], clause[1])))
            unplaced = _placed_retelling(trig, events) if retold else None
            if unplaced is None and (retold or (date is None and _generic(doc, trig))):
                continue
            if hosted and date is None and word in cues.hosted and not (
                    _ROTATING_AFTER.match(doc.norm, trig.span[1])):
                # 'the airfield has hosted Su-34 jets': with no time of its own, what a place can take, not a move;
                # 'has hosted rotating units' tells forces that came
                continue
            rule = f"events:{trig.type}" + (_REPORT_DATED if reported else "")
            stateless = actor is None and (_stateless_agent(doc, trig) or _relative_subject(doc, trig) is not None
                                           or cues.alliance_forces.search(doc.norm, clause[0], trig.span[0]) is not None
                                           or (hosted and bool(cues.allied_after.match(doc.norm, trig.span[1]))))
            coded = -1
            if actor is None and trig.type == "attack":
                actor = _claimant(doc, trig, actor_list)
            if actor is None and not stateless and trig.type == "withdrawal":
                actor = _giver_so_far(doc, trig, events)
            elif (actor is None and not stateless and trig.type == "attack" and date is not None
                    and _unsigned(doc, trig)):
                actor = _attacker_so_far(events, anchor.facility, grouped) or _campaign_before(doc, trig, actor_list)
            elif actor is None and trig.type == "attack" and _armed_group(doc, trig):
                # 'gunmen stormed X', 'an attack by separatist militants on X': an armed group of no state is coded
                # by the country it is based in and fights from: the one told as its base, else the one it attacks in
                country = anchor.facility.country
                actor = _group_base(doc, trig, actor_list) or (
                    _group_told(events, grouped, country) if _unplaced_gunmen(doc, trig) else country)
                coded = len(events)
            first = len(events)
            for listed in _listed(doc, anchor, anchors, trig):
                # 'Turkey has flown soldiers into X. The reinforcements landed at Y': the forces the sentence before
                # sent, not the force that runs Y
                sent = _moved_before(doc, trig, events) if actor is None and trig.type == "deployment" else None
                if sent is None and actor is None and _posted_to_come(doc, trig):
                    # 'a second battalion will be based at X': forces of no state told as yet to be posted are those
                    # of the state whose story it is, not the host's
                    sent = _story_state(actor_list, trig)
                agent = actor if actor is not None or trig.type not in _OPERATOR_TYPES or stateless else (
                    sent or _agent_so_far(events, trig.type, listed))
                if agent is None and trig.type == "deployment":
                    # 'The F-35Bs, from the Marine Corps, landed at X': with no state and no known operator, the
                    # forces' own country sent them; with no country of theirs either, the host's forces came, in a
                    # dependent territory those of its sovereign (docs/data-model.md)
                    # (a maker the text leaves out of the story, dropped above, does not come back here)
                    agent = (None if maker_unsaid else _visitor_origin(doc, trig, _wide_clause(doc, trig))) or (
                        None if stateless else host_force(listed))
                if agent is None and trig.type == "construction" and not stateless:
                    agent = _sentence_agent(events, trig, listed)
                if agent is None and not stateless:
                    agent = _home_payer(doc, trig, listed, actor_list)
                if trig.type == "exercise":
                    sentence = trig.sentence
                    together = word in cues.training_together
                    agent = (listed.country if together else None) or _host_told_after(
                        doc, trig, actor_list) or _host(
                        doc, trig, actor_list, listed.country) or _host_forces_joined(
                        doc, trig, actor_list, listed.country, listed.operator) or _host_partner(
                        doc, trig, actor_list, listed.country) or _hosting_state(
                        doc, trig, actor_list, listed.country) or (
                        listed.country if _many_states(doc, sentence) or _held_together(
                            doc, trig, actor_list, listed.country, agent) else agent)
                    # 'Some 600 reservists trained at X', 'during the Aurora exercise, jets spent a week at X': drills
                    # at a facility with no state told for them are those of the state that runs it, else of the state
                    # whose forces hold its land (a dependent territory's sovereign)
                    agent = agent or listed.operator or host_force(listed)
                elif agent is None and not stateless and word in cues.reopening:
                    # 'the camp reopened', 'the army reopened the airfield': whoever runs a place opens it again
                    agent = listed.operator
                if word in cues.using and not (
                        _foreign_use(doc, trig, anchor, agent, listed)
                        and _stay_begun(doc, trig.span, trig.sentence, trig.clause)):
                    continue
                events.append(Event(trig.type, trig.span, listed.id, agent, date, rule))
                if (agent is None and trig.type == "attack" and not stateless and date is not None
                        and _nameless_attacker(doc, trig)):
                    unsigned.append(events[-1])
            if unplaced is not None:
                retold_at.update((id(e), unplaced) for e in events[first:])
            if trig.type == "exercise" and _held_across(doc, trig, anchors):
                # drills spread over a region are held at no one facility, whichever the sentence names (forces
                # came there for them)
                for event in events[first:]:
                    event.facility, event.rule = None, "events:exercise-across"
                continue
            parallel = () if word in cues.using else _parallel(doc, trig, anchor, anchors, index)
            for other, when in parallel:
                events.append(Event(trig.type, trig.span, other.id, events[-1].actor, when, f"events:{trig.type}"))
            gone_to = _left_for(doc, trig, anchor, anchors) if events and events[-1].type == "withdrawal" else None
            if gone_to is not None:
                # 'the jets left X for Y': leaving X told, and going to Y, one move of the same forces
                events.append(Event("deployment", trig.span, gone_to.facility.id, events[-1].actor, events[-1].date,
                                    "events:deployment"))
            if coded >= 0:
                grouped.update(id(e) for e in events[coded:])
        events.extend(_work_begun(doc, events, anchors, index))
        events.extend(_followed(doc, events, anchors, index))
        _one_attacker(doc, events, unsigned, grouped)
        events = _completion_of_told(doc, _told_at_a_base(doc, _placed_retold(events, retold_at), countries))
        return _dedupe(doc, events)


class _Hedges:
    """What keeps a trigger from being an event: a hedged claim around it, a hedge word before it in its clause."""

    def __init__(self, doc: Doc) -> None:
        claims = sorted(c.content for c in doc.claims if c.hedged)
        self.claim_starts = [start for start, _ in claims]
        self.claim_ends = list(accumulate((end for _, end in claims), max))
        # 'in May 2020': a hedge word that is part of a date is the month, not the modal
        # (a date holds it when one of those starting at or before it ends at or after it: bisected, not a scan of
        # every date for every hedge word)
        dated = sorted(d.span for d in doc.dates)
        date_starts = [start for start, _ in dated]
        date_ends = list(accumulate((end for _, end in dated), max))
        # 'No. 75 Squadron', 'Air Base No 4': 'no' before a number is the numero sign of a unit's or a place's name
        cues = _cues(doc.language)
        self.words = [w for w in event_words(doc.language).hedges.find(doc.norm)
                      if not _held(date_starts, date_ends, w[0], w[1])
                      and not (w[1] - w[0] == 2 and _NUMERO.match(doc.norm, w[1]))
                      and not _pays_as_agreed(cues, doc.norm, w[0], w[1])]
        self.word_starts = [start for start, _, _ in self.words]

    def claimed(self, pos: int) -> bool:
        """Inside a hedged claim: one that starts at or before `pos` ends after it."""
        before = bisect_right_int(self.claim_starts, pos)
        return bool(before) and self.claim_ends[before - 1] > pos

    def worded(self, lo: int, hi: int) -> bool:
        """A hedge word in [lo, hi); the first from `lo` ends soonest, as hedge words never overlap."""
        first = bisect_left_int(self.word_starts, lo)
        return first < len(self.words) and self.words[first][1] <= hi


def _pays_as_agreed(cues: _Cues, norm: str, start: int, end: int) -> bool:
    """'has agreed to pay for a new hangar': agreeing to pay for works decides them, it hedges nothing."""
    return norm[start:end].lower() in cues.agreeing and cues.agreed_pay.match(norm, end) is not None


def _held(starts: list[int], ends: list[int], lo: int, hi: int) -> bool:
    """One of the spans whose sorted `starts` and running maximum `ends` are given holds [lo, hi)."""
    before = bisect_right_int(starts, lo)
    return bool(before) and ends[before - 1] >= hi


def _stateless_agent(doc: Doc, trig: Trigger) -> bool:
    """'built by the Soviet Union', 'repaired by Wagner': the agent is named, though by no state of today, so the
    force that runs the facility now is not it; 'moved by 19 June' names a time, not an agent. So too a state that
    no longer exists as the subject ('the USSR built the base', 'Soviet engineers lengthened the runway')."""
    by = _BY_NAME.match(doc.norm, trig.span[1])
    if by is not None:
        return not any(d.span[0] == by.end() for d in doc.dates)
    return _VANISHED_SUBJECT.search(doc.norm, max(trig.clause[0], trig.span[0] - 60), trig.span[0]) is not None


def _work_begun(doc: Doc, events: list[Event], anchors: _Anchors, index: _Index) -> list[Event]:
    """'X's runway has been lengthened ... Work at the site began in March': the work told with the date it began is
    the building told before it with no date, at the facility the sentence names or else the one last built on."""
    found = []
    cues = _cues(doc.language)
    # found by the plain word first: a pattern opening with a class would be tried at every character
    for at in _finds(doc.lower(), "work"):
        if _word_char(doc.norm, at - 1):
            continue
        work = cues.work_began.match(doc.norm, at)
        ahead = None if work else (cues.work_to_begin.match(doc.norm, at) or (
            _STARTING_BEFORE.search(doc.norm, max(0, at - 16), at) and _WORK_ON.match(doc.norm, at)) or None)
        if work is None and ahead is None:
            continue
        if ahead is not None:
            found.extend(_work_ahead(doc, ahead, anchors, index))
        elif work is not None:
            found.extend(_work_dated(doc, work, events, anchors, index))
    return found


def _work_dated(doc: Doc, work: re.Match[str], events: list[Event], anchors: _Anchors, index: _Index) -> list[Event]:
    """The work begun then: the building told before it with no date, else one of its own at the facility named."""
    sentence = doc.sentence_of(work.start())
    dates = [d for d in index.dates_in(work.end(), sentence[1]) if not index.reported(d)]
    named = anchors.within(work.start(), work.end()) or _begun_at(doc, work.end(), sentence, anchors)
    told = [e for e in events if e.span[0] < work.start() and e.type in ("construction", "expansion")
            and (not named or e.facility == named[0].facility.id)]
    span = (work.start(), work.start() + len(work.group(1)))
    if told and told[-1].date is None:
        last = told[-1]
        return [Event(last.type, span, last.facility, last.actor, dates[0].resolved, f"events:{last.type}")] if (
            dates) else []
    # 'Work on a barracks complex began at the camp last week': work of its own begun at a facility is its building,
    # at the time given, if any; building told before with a time of its own is other work only when the work has an
    # object of its own ('The runway was extended in 2019. ... Work on a new hangar at X began in May'), not when it
    # is the work at the place ('expanded X in 2019. Work at the base began in 2018')
    on_object = _WORK_ON.match(doc.norm, work.start()) is not None
    if not (dates or on_object) or (told and not on_object):
        return []
    begun = (_work_kind(doc, work.start(), named[0].span[0]), named[0].facility) if named else _work_begun_at(
        doc, work.start(), sentence, anchors)
    if begun is None:
        return []
    return [Event(begun[0], span, begun[1].id, _work_actor(doc, work.start(), sentence, begun[1]),
                  dates[0].resolved if dates else None, f"events:{begun[0]}")]


def _begun_at(doc: Doc, end: int, sentence: Span, anchors: _Anchors) -> list[Anchor]:
    """'work on a new hangar began at X in January': the facility right after the verb is where the work began."""
    return [a for a in anchors.within(end, sentence[1])[:1] if _AT_RIGHT_AFTER.fullmatch(doc.norm, end, a.span[0])]


def _work_ahead(doc: Doc, work: re.Match[str], anchors: _Anchors, index: _Index) -> list[Event]:
    """'work on a second runway is due to start next year': work yet to begin, dated by when it will, on an object of
    its own at the one facility the sentence names (not one that only locates it: 'beside X')."""
    sentence = doc.sentence_of(work.start())
    dates = [d for d in index.dates_in(work.start(), sentence[1]) if not index.reported(d)]
    there = [a for a in anchors.within(work.start(), sentence[1])
             if not _LOCATING_WORD.search(doc.norm, work.start(), a.span[0])]
    if not dates or not there or len({id(a.facility) for a in there}) > 1:
        return []
    kind = _work_kind(doc, work.start(), there[0].span[1])
    span = (work.start(), work.start() + len(work.group(1)))
    actor = _work_actor(doc, work.start(), sentence, there[0].facility)
    return [Event(kind, span, there[0].facility.id, actor, dates[0].resolved, f"events:{kind}")]


def _work_actor(doc: Doc, start: int, sentence: Span, facility: Facility) -> str | None:
    """'Work began in May on hangars at X, under a grant from Japan': work told by the word 'work', whose builder it
    does not name, is the state's it is for, else the paying state's, else the facility operator's, as any works are
    (docs/data-model.md)."""
    return (_built_for_whom(doc, start, sentence) or _payer_in(doc, sentence, actors(doc))
            or facility.operator)


def _built_for_whom(doc: Doc, start: int, sentence: Span) -> str | None:
    """'a larger apron for the U.S. side of the base': the state the work is for is whose it is."""
    for actor in actors(doc):
        if start < actor.span[0] < sentence[1] and _FOR_BEFORE.search(doc.norm, max(0, actor.span[0] - 10),
                                                                       actor.span[0]):
            return actor.code
    return None


def _work_begun_at(doc: Doc, start: int, sentence: Span, anchors: _Anchors) -> tuple[str, Facility] | None:
    """'Work began in January on a larger apron for the base': with no building told before, the work the sentence
    dates is one of its own at the one facility it names."""
    # 'Work began on a new air base beside X airport': a facility after a word of locating only places the one built,
    # and one past a clause of its own joined by 'and' or 'but' is none of the work's ('..., and the jets stay at X')
    there = [a for a in anchors.within(start, sentence[1]) if not _LOCATING_WORD.search(doc.norm, start, a.span[0])
             and not _JOINED_CLAUSE.search(doc.norm, start, a.span[0])]
    if not there:
        # 'crews practised at X in March, and work began in January on a new control tower': the one facility named
        # before it in the sentence
        there = anchors.within(sentence[0], start)
        if not there or len({id(a.facility) for a in there}) > 1:
            return None
        return _work_kind(doc, start, sentence[1]), there[-1].facility
    if len({id(a.facility) for a in there}) > 1:
        return None
    return _work_kind(doc, start, there[0].span[0]), there[0].facility


def _work_kind(doc: Doc, start: int, end: int) -> str:
    """'work on a new jetty', 'work on a second runway': work on something new builds it; 'work on a larger apron',
    'work on lengthening the runway': work that makes what stands bigger expands it."""
    return "expansion" if _cues(doc.language).growing.search(doc.norm, start, end) else "construction"


def _followed(doc: Doc, events: list[Event], anchors: _Anchors, index: _Index) -> list[Event]:
    """'X had been returned on 7 March. The station of Y followed in June': a facility that opens its sentence and
    'followed' with nothing but a time after it had what the last event of the sentence before told, at that time."""
    found = []
    for at in _finds(doc.lower(), "followed"):
        sentence = doc.sentence_of(at)
        end = at + len("followed")
        first = anchors.within(sentence[0], at)
        dates = index.dates_in(end, sentence[1])
        if (not first or not dates or _word_char(doc.norm, at - 1) or _word_char(doc.norm, end)
                or not _OPENING.fullmatch(doc.norm, sentence[0], first[0].span[0])
                or not _NOTHING_BUT_TIME.fullmatch(_without(doc.norm, end, sentence[1], dates[0].span))):
            continue
        told = [e for e in events if e.facility and e.span[0] < sentence[0]]
        if not told or told[-1].span[0] < _previous_start(doc, sentence):
            continue
        last = told[-1]
        found.append(Event(last.type, (at, end), first[0].facility.id, last.actor, dates[0].resolved,
                           f"events:{last.type}"))
    return found


def _without(text: str, lo: int, hi: int, span: Span) -> str:
    """text[lo:hi] with the span blanked out."""
    return text[lo:span[0]] + " " + text[span[1]:hi]


def _previous_start(doc: Doc, sentence: Span) -> int:
    return _sentences_back(doc, sentence[0], 1)


def _told_attacks_go_on(doc: Doc, trig: Trigger, events: list[Event]) -> Event | None:
    """'The strikes also hit radar positions near Damascus': the attacks told before, as the subject of a verb of
    attacking with no facility, hit more: an event of theirs with no facility, their agent and date."""
    if trig.type != "attack" or not _TOLD_SUBJECT.fullmatch(doc.norm, trig.sentence[0], trig.span[0]):
        return None
    told = [e for e in events if e.type == "attack" and e.actor and e.date]
    return Event("attack", trig.span, None, told[-1].actor, told[-1].date, "events:attack") if told else None


def _effect_of_told(doc: Doc, trig: Trigger, events: list[Event]) -> tuple[str | None, str | None]:
    """'said the Hama airbase was almost entirely destroyed and called the strikes a violation': a passive attack with
    no agent nor date, in a sentence that names the attacks told before, is one of them: their agent and date."""
    told = [e for e in events if e.type == "attack" and e.actor]
    if (not told or not _PASSIVE_BEFORE.search(doc.norm, max(trig.clause[0], trig.span[0] - 40), trig.span[0])
            or not _THE_ATTACKS.search(doc.norm, trig.sentence[0], trig.sentence[1])):
        return None, None
    return told[-1].actor, told[-1].date


def _clause_agent(events: list[Event], trig: Trigger) -> str | None:
    """'Kim ordered its expansion during a visit': a visit told as the occasion of an act before it in its clause was
    made by the one who acted."""
    told = [e.actor for e in events if e.actor and trig.clause[0] <= e.span[0] < trig.span[0]]
    return told[-1] if told else None


def _sentence_agent(events: list[Event], trig: Trigger, facility: Facility) -> str | None:
    """'In 2018 it based fighters at Yasny, the airport that opened on Iturup in 2014': a facility opened with no
    builder named, in a sentence whose state acts there, was opened by that state."""
    told = [e.actor for e in events if e.facility == facility.id and e.actor
            and trig.sentence[0] <= e.span[0] < trig.span[0]]
    return told[-1] if told else None


def _agent_so_far(events: list[Event], kind: str, facility: Facility) -> str | None:
    """With no state named: the agent of the facility's last event of this type told so far (the builder, once
    named, goes on building), else the force that runs it."""
    # forces told at a place are those that leave it ('French troops had been based at X. X was handed over to the
    # Ivorian army'), whoever runs it now
    return _last_actor(events, _MOVING_TYPES if kind == "withdrawal" else (kind,), facility) or facility.operator


def _last_actor(events: list[Event], kinds: Collection[str], facility: Facility) -> str | None:
    """The actor of the facility's last event of one of `kinds` told so far that has one."""
    told = [e.actor for e in events if e.type in kinds and e.facility == facility.id and e.actor]
    return told[-1] if told else None


def _attacker_so_far(events: list[Event], facility: Facility, grouped: set[int]) -> str | None:
    """'Drones have struck Russian airfields. A bomber was destroyed at X on Saturday': a dated attack with no attacker
    named, in a story that has told whose attacks these are, is by the attacker of the last told at the facility,
    else of the last told at all; not of an armed group's attack coded by its land ('Insurgents stormed X. A soldier
    was killed at Y on Monday': any group may have struck Y)."""
    told = [e for e in events if e.type == "attack" and e.actor and id(e) not in grouped]
    here = [e for e in told if e.facility == facility.id]
    return (here or told)[-1].actor if told else None


def _group_told(events: list[Event], grouped: set[int], country: str | None) -> str | None:
    """'Separatist militants attacked X on Monday. Last week eight gunmen stormed Y': armed men of no group named, in a
    story that has told an armed group attacking in the same land, are tied to it by the story."""
    told = any(id(e) in grouped and e.actor is not None and e.actor == country for e in events)
    return country if told else None


def _unsigned(doc: Doc, trig: Trigger) -> bool:
    """'A bomber was destroyed at X', 'drones also attacked X': an attack told with no one as its subject, only its
    target or its weapons ('Hezbollah said it fired' has one)."""
    lo = max(trig.clause[0], trig.span[0] - 40)
    return bool(_PASSIVE_BEFORE.search(doc.norm, lo, trig.span[0])
                or _WEAPONS_BEFORE.search(doc.norm, lo, trig.span[0]))


def _armed_group(doc: Doc, trig: Trigger) -> bool:
    """An armed group of no state named is the attacker: its subject ('insurgents stormed', 'gunmen have attacked') or
    after 'by' ('an attack by separatist militants')."""
    lo = max(trig.clause[0], trig.span[0] - 40)
    cues = _cues(doc.language)
    if _THEY_BEFORE.search(doc.norm, lo, trig.span[0]):
        # 'The insurgents stormed Macomia in May. Last week they attacked X': 'they' is the group the sentence
        # before opened with
        return cues.group_opening.match(doc.norm, _previous_start(doc, trig.sentence)) is not None
    grouped = _may_hold(doc.norm, trig.sentence[0], trig.span[0], cues.attacker_words)
    return bool((grouped and cues.armed_group_before.search(doc.norm, lo, trig.span[0]))
                or cues.gunmen_before.search(doc.norm, lo, trig.span[0])
                or (grouped and cues.group_before.search(doc.norm, trig.sentence[0], trig.span[0]))
                or (_opening_after(doc.norm, trig.span[1], trig.clause[1], 1, _BY_OPENINGS, cased=False)
                    and cues.by_armed_group.match(doc.norm, trig.span[1], trig.clause[1])))


def _unplaced_gunmen(doc: Doc, trig: Trigger) -> bool:
    """'gunmen opened fire on the checkpoint', 'eight assailants stormed X': armed men the text ties to no group nor
    land are left unplaced, with no actor, however they are counted or qualified; 'gunmen from a trafficking network'
    or 'of a rebel faction' are tied to one (docs/data-model.md, session 11 rulings)."""
    lo = max(trig.clause[0], trig.span[0] - 40)
    cues = _cues(doc.language)
    gunmen = _gunmen_subject(doc, trig)
    return (gunmen is not None
            and cues.gunmen_tie.search(doc.norm, gunmen.end(1), trig.span[0]) is None
            and cues.armed_group_before.search(doc.norm, lo, trig.span[0]) is None)


def _group_base(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'Fighters of a group based across the border in Mali stormed X', 'Rebels fired at X. The movement, whose camps
    are based in Algeria, claimed the attack': the country an armed group is told to be based in or to operate from,
    in the attack's sentence or the next, is the one it is coded by."""
    for told in _cues(doc.language).group_from.finditer(doc.norm, trig.clause[0], trig.span[0]):
        # 'militiamen from Congo raided X': the country the group is told to come from
        first = _first_from(actor_list, told.end())
        if first < len(actor_list) and actor_list[first].span[0] == told.end():
            return actor_list[first].code
    hi = trig.sentence[1]
    i = bisect_right(doc.sentences, (hi,))
    if i < len(doc.sentences) and _cues(doc.language).group_again.match(doc.norm, doc.sentences[i][0]):
        hi = doc.sentences[i][1]
    if not _may_hold(doc.norm, trig.sentence[0], hi, _GROUP_BASE_WORDS):
        return None
    for told in _GROUP_BASE.finditer(doc.norm, trig.sentence[0], hi):
        gap = _GROUP_BASE_GAP.match(doc.norm, told.end(), hi)
        first = _first_from(actor_list, told.end())
        if gap is not None and first < len(actor_list) and actor_list[first].span[1] <= gap.end():
            return actor_list[first].code
    return None


def _payer(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'A new pier was built at X, paid for by China', 'the runway was rebuilt with Australian funds', 'in a
    U.S.-funded project', 'under a grant from Japan': works whose builder is not named are the paying state's
    (docs/data-model.md)."""
    return _payer_in(doc, trig.sentence, actor_list) if trig.type in _BUILDING_TYPES else None


def _payer_in(doc: Doc, sentence: Span, actor_list: list[Actor]) -> str | None:
    """The state `sentence` tells pays for works ('paid for by China', 'with Australian funds'), if any."""
    cues = _cues(doc.language)
    if not _may_hold(doc.norm, sentence[0], sentence[1], cues.paying_words):
        return None
    for actor in actor_list[_first_from(actor_list, sentence[0]):_first_from(actor_list, sentence[1])]:
        start = actor.span[0]
        if cues.paid_by_before.search(doc.norm, max(0, start - 40), start) or \
                cues.paid_mark.match(doc.norm, actor.span[1]) or (
                cues.paying_after.match(doc.norm, actor.span[1])
                and _FUNDS_BEFORE.search(doc.norm, max(0, start - 14), start)):
            return actor.code
    return None


def _builder_subject(doc: Doc, trig: Trigger, actor: str, actor_list: list[Actor]) -> bool:
    """'Kyiv plans to build shelters at the base, paid for partly by Norway': a state that is the subject of the works'
    active verb, named before it in its clause, is their builder, whoever pays; not one that only receives them ('the
    navy received a new jetty') nor the subject of a passive ('was completed')."""
    lo, start = trig.clause[0], trig.span[0]
    if (trig.word.split(" ", 1)[0] in _cues(doc.language).receiving
            or _PASSIVE_BEFORE.search(doc.norm, max(lo, start - 40), start)):
        return False
    return any(a.code == actor and a.span[1] <= start
               for a in actor_list[_first_from(actor_list, lo):_first_from(actor_list, start)])


def _home_payer(doc: Doc, trig: Trigger, facility: Facility, actor_list: list[Actor]) -> str | None:
    """'The runway at X will be lengthened with money from the federal budget', 'The government also plans to build a
    post at X', 'the Ministry of Defence will pay to lengthen the strip': works paid for or done by a government,
    ministry or budget of no state named, in a sentence that names no other state than the facility's land, are those
    of the facility's own land, in a dependent territory of its sovereign (docs/data-model.md: the paying state's);
    so are those of a civil body of no state named ('the ports authority', 'the X prefecture', 'the state-owned
    airport company'), in a dependent territory the territory's own."""
    if trig.type not in _WORKS_ENDED:
        return None
    lo, hi = trig.sentence
    home = host_force(facility)
    if any(a.code not in (facility.country, home)
           for a in actor_list[_first_from(actor_list, lo):_first_from(actor_list, hi)]):
        return None
    cues = _cues(doc.language)
    if ((_may_hold(doc.norm, lo, hi, cues.home_fund_words) and cues.home_funds.search(doc.norm, lo, hi) is not None)
            or cues.home_body.search(doc.norm, lo, hi) is not None):
        return home
    if not (_may_hold(doc.norm, lo, hi, cues.home_civil_words) and cues.home_civil.search(doc.norm, lo, hi)):
        return None
    # a civil body of a dependent territory ('the territory's airports agency will build') is the territory's own, as
    # a force it raises is (docs/data-model.md)
    return host_force(facility, frozenset({facility.country})) if facility.country else home


def _crewed_by(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'The ship, a former Turkish patrol craft, arrived in X with a Maldivian crew': a craft of no state named moves
    for the state of the crew it comes with."""
    if trig.type not in _MOVING_TYPES:
        return None
    sentence = trig.sentence
    for actor in actor_list[_first_from(actor_list, trig.span[1]):_first_from(actor_list, sentence[1])]:
        if (_CREW_AFTER.match(doc.norm, actor.span[1])
                and _WITH_A_BEFORE.search(doc.norm, max(0, actor.span[0] - 10), actor.span[0])):
            return actor.code
    return None


def _source_of_news(doc: Doc, actor: Actor) -> bool:
    """'According to a Jordanian security source', 'Polish officials said', 'Turkish media reported': a state that
    qualifies those who tell the news."""
    start = actor.span[0]
    return bool(_ACCORDING_BEFORE.search(doc.norm, max(0, start - 30), start)
                or _SOURCE_TOLD_AFTER.match(doc.norm, actor.span[1]))


def _moved_before(doc: Doc, trig: Trigger, events: list[Event]) -> str | None:
    """'Rwanda has flown 500 more soldiers into X. The reinforcements landed at Y': forces told of with 'the' opening
    the sentence are those the sentence before sent."""
    if not _the_at(doc.norm, trig.sentence[0]):
        return None
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    if not before:
        return None
    lo = doc.sentences[before - 1][0]
    return next((e.actor for e in reversed(events) if e.type == "deployment" and e.actor
                 and lo <= e.span[0] < trig.sentence[0]), None)


def _giver_so_far(doc: Doc, trig: Trigger, events: list[Event]) -> str | None:
    """'France handed back the camp ... The quarters had been returned in March': with no state named, a site given
    back was left by those told so far to be leaving, not by the force that runs it now."""
    cues = _cues(doc.language)
    if trig.word not in cues.giving_back and trig.word not in cues.handing:
        return None
    return next((e.actor for e in reversed(events) if e.type == "withdrawal" and e.actor), None)


def _listed(doc: Doc, anchor: Anchor, anchors: _Anchors, trig: Trigger) -> list[Facility]:
    """The anchor's facility and those listed after it ('moved onto Fiery Cross, Subi and Mischief reefs'), or, when
    the trigger is in a relative clause after the list, those listed before it ('on Subi and Mischief reefs, where it
    has deployed')."""
    found = [anchor.facility]
    joined = False
    end = anchor.span[1]
    for other in anchors.found[bisect_left_int(anchors.starts, end):]:
        gap = _LIST_GAP.fullmatch(doc.norm, end, other.span[0])
        if gap is None:
            break
        joined = joined or bool(_CONJUNCTION.search(gap.group()))
        if other.facility not in found:
            found.append(other.facility)
        end = other.span[1]
    if (anchor.span[1] <= trig.clause[0] and _relative_at(doc.norm, trig.clause[0])) or (
            anchor.span[1] <= trig.span[0]
            and _PASSIVE_BEFORE.search(doc.norm, max(anchor.span[1], trig.span[0] - 40), trig.span[0])):
        # or the trigger is the passive verb of the list ('X and Y were hit by drones')
        start = anchor.span[0]
        for other in reversed(anchors.found[:bisect_left_int(anchors.starts, start)]):
            gap = _LIST_GAP.fullmatch(doc.norm, other.span[1], start)
            if gap is None:
                break
            joined = joined or bool(_CONJUNCTION.search(gap.group()))
            if other.facility not in found:
                found.insert(0, other.facility)
            start = other.span[0]
    # Commas alone make an apposition ('North Field, the sprawling airfield'), not a list.
    return found if joined else [anchor.facility]


def _parallel(doc: Doc, trig: Trigger, anchor: Anchor, anchors: _Anchors,
              index: _Index) -> list[tuple[Facility, str | None]]:
    """'troops left the base at X on December 26 and the garrison at Y on January 11': objects of one verb told
    with dates of their own, each its own event at its own date."""
    if anchor.span[0] < trig.span[1] and not _given_back_subject(doc, trig, anchor):
        return []
    found: list[tuple[Facility, str | None]] = []
    end = max(anchor.span[1], trig.span[1])
    for other in anchors.found[bisect_left_int(anchors.starts, end):bisect_left_int(anchors.starts, trig.sentence[1])]:
        gap = doc.norm[end:other.span[0]]
        join = _PARALLEL_JOIN.search(gap)
        if join is None or not index.dates_in(end, other.span[0]) or _CONJUNCTION.search(gap, 0, join.start()):
            break
        own = index.dates_in(other.span[1], min(trig.sentence[1], other.span[1] + _OWN_DATE_REACH))
        if not own or any(not _LOCATED_ON.search(doc.norm, max(0, a.span[0] - 12), a.span[0])
                          for a in anchors.within(other.span[1], own[0].span[0])):
            # a facility between the object and its date takes the date, unless it only locates it ('the naval base,
            # on the port of X, on 15 May')
            break
        found.append((other.facility, own[0].resolved))
        end = other.span[1]
    return found


def _carried_over(doc: Doc, trig: Trigger, anchors: _Anchors, index: _Index) -> Anchor | None:
    """'Construction began in 2016.', 'Its new piers, finished in 2020, ...', 'The base ... was captured', 'The
    bombers landed late last month' opening a sentence: about the one facility the sentence before names."""
    start = trig.sentence[0]
    if trig.type == "attack" and _USED_FOR.search(doc.norm, start, trig.span[0]):
        # 'The base has been used for British strikes': the base is where the attacks came from
        return None
    if start == 0 or _relative_of_other(doc, trig) or not (
            _OPENING.fullmatch(doc.norm, start, trig.span[0]) or _ITS.match(doc.norm, start)
            or _facility_subject(doc, start) or _forces_subject(doc, trig, index)):
        return None
    # the sentence before, found by its end (sentences are in order and apart, so their ends rise): the space between
    # two sentences belongs to neither
    before = bisect_right(doc.sentences, start, key=itemgetter(1))
    if not before:
        return None
    prev = doc.sentences[before - 1]
    there = anchors.found[bisect_left_int(anchors.starts, prev[0]):bisect_left_int(anchors.starts, prev[1])]
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _island_told(doc: Doc, trig: Trigger, events: list[Event]) -> Anchor | None:
    """Forces leaving an island told before ('jets landed at X in May ... they will leave the island in June') leave
    the facility where forces came or drilled in that sentence or the two before, the same forces as a rule (a leaving
    told paragraphs after is other forces'); an official who travels to the island ('the minister flew to the island')
    visits the facility where forces last came or drilled before in the text, the one the story is about (visiting the
    island, or people who visit islands, tell no facility)."""
    cues = _cues(doc.language)
    if trig.type not in _ISLAND_TYPES or (trig.type == "visit" and trig.word not in cues.travel):
        return None
    told = cues.told_island.match(doc.norm, trig.span[1], trig.clause[1])
    if told is None:
        return None
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    lo = 0 if trig.type == "visit" else doc.sentences[max(0, before - _TOLD_PLACE_REACH)][0] if before else (
        trig.sentence[0])
    came = next((e.facility for e in reversed(events)
                 if e.type in _CAME_TYPES and e.facility is not None and lo <= e.span[0] < trig.span[0]), None)
    facility = next((fac for fac in doc.facilities if fac.id == came), None) if came else None
    return Anchor((told.end() - len(told.group().split()[-1]), told.end()), facility) if facility else None


def _leaving_of_the_come(doc: Doc, trig: Trigger, events: list[Event], index: _Index) -> Anchor | None:
    """'A squadron's jets flew in to X for the winter ... They will go back to Y in March', 'The battery will leave by
    September': forces that leave with no place of their own (nothing after the verb but a time, a clause of time or
    where they go, and no place before it in its clause) leave the facility where forces last came, in their
    sentence or the two before; 'we leave', 'you leave' is a speaker's."""
    cues = _cues(doc.language)
    if trig.type != "withdrawal" or not (trig.word in cues.coming_and_going or trig.word in cues.going_home):
        return None
    rest = doc.norm[trig.span[1]:trig.clause[1]]
    for date in index.any_dates_in(trig.span[1], trig.clause[1] + 1):
        if date.span[1] <= trig.clause[1]:
            rest = rest.replace(doc.norm[date.span[0]:date.span[1]], " ")
    if not (_NOTHING_BUT_TIME.fullmatch(rest) or _DESTINATION.match(rest) or _HOME_TO.match(rest)
            or cues.when_clause.match(rest)):
        return None
    # 'soldiers serving in Mali returned home': forces placed by a land or town of their own left there
    if any(trig.clause[0] <= p.span[0] < trig.span[0] and p.kind != _DEMONYM for p in doc.places) or (
            cues.speakers_before.search(doc.norm, trig.clause[0], trig.span[0])):
        return None
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    lo = doc.sentences[max(0, before - _TOLD_PLACE_REACH)][0] if before else trig.sentence[0]
    came = next((e.facility for e in reversed(events)
                 if e.type == "deployment" and e.facility is not None and lo <= e.span[0] < trig.span[0]), None)
    facility = next((fac for fac in doc.facilities if fac.id == came), None) if came else None
    return Anchor(trig.span, facility) if facility else None


def _subject_aside(doc: Doc, trig: Trigger) -> bool:
    """'The port, opened in 2016 on the bay, sits next to X': a participle opening the aside right after a sentence's
    subject ('The port') tells of that subject, not of a facility in the main clause after it."""
    the = _the_at(doc.norm, trig.sentence[0])
    head = facility_words(doc.language).heads.match(doc.norm, the.end()) if the else None
    return head is not None and _ASIDE_OPENING.fullmatch(doc.norm, head.end(), trig.span[0]) is not None


def _relative_of_other(doc: Doc, trig: Trigger) -> bool:
    """'The base ... has hangars for drones, which flew missions': a relative clause about a noun other than the
    sentence's opening subject ('The base, which US forces established in 2017')."""
    clause = trig.clause
    if not _relative_at(doc.norm, clause[0]):
        return False
    the = _the_at(doc.norm, trig.sentence[0])
    head = the and facility_words(doc.language).heads.match(doc.norm, the.end())
    return not head or doc.norm[head.end():clause[0]].strip() != ","


def _pronoun_subject(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'The Kogalniceanu base is run by Romania, but American units have used it, and it has hosted soldiers':
    'it' right before the verb stands for the one facility named earlier in the sentence."""
    if not _IT_BEFORE.search(doc.norm, max(trig.sentence[0], trig.span[0] - 20), trig.span[0]):
        return None
    if trig.type == "deployment" and _SENT_ELSEWHERE.match(doc.norm, trig.span[1], trig.clause[1]):
        # 'it moved launchers to Paramushir': what sends forces elsewhere is a state, not the facility
        return None
    there = anchors.within(trig.sentence[0], trig.span[0])
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _pronoun_object(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'the Soviet Union ran a signals station at Lourdes. Russia closed it in 2002.': 'it' right after the verb, in a
    sentence naming no facility, stands for the one facility of the sentence before; in a sentence that names one,
    'it' is as likely another noun ('began an attempt to build a runway on Mayun but abandoned it')."""
    if not _it_after(doc.norm, trig.span[1]):
        return None
    here = anchors.within(trig.sentence[0], trig.sentence[1])
    if here:
        # 'handed X to Georgia in 2001, and Russian aircraft bombed it in 2008': what is struck is a place, the one
        # facility its sentence named before, when its clause names none
        before = [a for a in here if a.span[1] <= trig.span[0]]
        one = (trig.type == "attack" and len({id(a.facility) for a in before}) == 1
               and not anchors.within(trig.span[1], trig.clause[1]))
        return before[-1] if one else None
    prev = next((sent for sent in reversed(doc.sentences) if sent[1] <= trig.sentence[0]), None)
    there = anchors.within(prev[0], prev[1]) if prev else []
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _part_of_one_told(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'Farrah said the runway had been resurfaced last year', 'workers finished new hangars': a part of a facility
    ('the runway', 'new hangars') in a sentence naming none is part of the one facility named in the sentence before."""
    if trig.type not in _PART_TYPES or anchors.within(trig.sentence[0], trig.sentence[1]):
        return None
    clause = trig.clause
    part = event_words(doc.language).parts.search(doc.norm, clause[0], clause[1])
    placed = part and _PLACED_AFTER.match(doc.norm, part.end())
    if part is None or (placed and not any(d.span[0] == placed.end() for d in doc.dates)):
        # 'the infrastructure in eastern Syria': a part placed by a place of its own is not the facility's ('new
        # hangars in 2019' are timed, not placed)
        return None
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    there = anchors.within(doc.sentences[before - 1][0], doc.sentences[before - 1][1]) if before else []
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _intransitive_there(doc: Doc, trig: Trigger, anchors: _Anchors, index: _Index) -> Anchor | None:
    """'India renovated the field ..., but Indian personnel left in 2022', 'P-8As now fly from X, ..., after the last of
    them arrived in mid-2023': a verb of arriving or leaving with no place of its own (nothing but a date after it in
    its clause) happens at the one facility named before it in the sentence."""
    if trig.word not in _cues(doc.language).coming_and_going:
        return None
    rest = doc.norm[trig.span[1]:trig.clause[1]]
    for date in index.any_dates_in(trig.span[1], trig.clause[1] + 1):
        if date.span[1] <= trig.clause[1]:
            rest = rest.replace(doc.norm[date.span[0]:date.span[1]], " ")
    if not _NOTHING_BUT_TIME.fullmatch(rest):
        return None
    there = anchors.within(trig.sentence[0], trig.span[0])
    if trig.word in _cues(doc.language).going_home:
        # 'arrived at X from Y and will go home on Friday': home is where they came from, X what they leave
        there = _left_for_home(doc, there)
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _there_before(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'X has hosted allied jets since 2014. The Italian jets arrived there in August': 'there' right after a verb of
    arriving or leaving is the one facility named last in the sentence before."""
    if trig.word not in _cues(doc.language).coming_and_going or not _THERE_NEXT.match(
            doc.norm, trig.span[1]):
        return None
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    if not before:
        return None
    there = anchors.within(doc.sentences[before - 1][0], trig.span[0])
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _there_later(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'US soldiers reached X on Saturday. They will hold drills with Czech paratroopers there next week': for drills, a
    locative 'there' later in the trigger's clause is the one facility named before it in its sentence, else in the
    sentence before; not 'there is', nor 'from there' (where forces came from). Moves and works keep to 'there' right
    after their verb (_there_before): a later one more often places something else."""
    if trig.type != "exercise" or not _may_hold(doc.norm, trig.span[1], trig.clause[1], _THERE_WORDS):
        return None
    there = _THERE_LATER.search(doc.norm, trig.span[1], trig.clause[1])
    if there is None:
        return None
    named = anchors.within(trig.sentence[0], trig.span[0])
    if not named:
        before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
        named = anchors.within(doc.sentences[before - 1][0], trig.sentence[0]) if before else []
    return named[-1] if named and len({id(a.facility) for a in named}) == 1 else None


def _there_of_one(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'Engineers have rebuilt the navy's outpost at X, a short walk from Y airport. Two patrol boats moved there from
    Z in June': a locative 'there' after the verb is the one facility named before it in its sentence, else in the
    sentence before, leaving out those that only locate another ('next to Y', 'near Y')."""
    if trig.type not in _THERE_TYPES or not _may_hold(doc.norm, trig.span[1], trig.clause[1], _THERE_WORDS):
        return None
    there = _THERE_LATER.search(doc.norm, trig.span[1], trig.clause[1])
    if there is None or not _OBJECT_BEFORE_THERE.fullmatch(doc.norm, trig.span[1], there.start()):
        # 'there' right after the verb and its object ('moved both boats there'), not one placing another clause's
        return None
    named = _not_locating(doc, anchors.within(trig.sentence[0], trig.span[0]))
    if not named:
        before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
        named = _not_locating(doc, anchors.within(doc.sentences[before - 1][0], trig.sentence[0]) if before else [])
    # the anchor is the 'there' itself: what is read around it ('moved there from Y') is the clause's
    return Anchor((there.start(), there.end()), named[-1].facility) if named and len(
        {id(a.facility) for a in named}) == 1 else None


def _airfield_part_of_one(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'The coast guard will put up a second hangar for its aircraft', 'Contractors widened the apron': works on
    a structure only an airfield has, in a sentence naming no facility, are at the one facility of the article that
    may have it, named before, when that one is an airfield (a base named besides may be the one on the airfield
    whose hangar it is); a structure placed by another ('beside the apron') is told only as where the works are."""
    if trig.type not in _PART_TYPES or trig.type == "other" or anchors.within(trig.sentence[0], trig.sentence[1]):
        return None
    part = _cues(doc.language).airfield_part.search(doc.norm, trig.clause[0], trig.clause[1])
    if part is None or _cues(doc.language).locating_before.search(doc.norm, max(0, part.start() - _LOCATING_REACH),
                                                                  part.start()):
        return None
    owners = {id(fac): fac for fac in doc.facilities
              if fac.kind in _AIRFIELD_OWNER_KINDS and any(s < trig.span[0] for s, _ in fac.mentions)}
    field = next(iter(owners.values())) if len(owners) == 1 else None
    return Anchor((part.start(), part.end()), field) if field and field.kind in _AIRFIELD_KINDS else None


def _not_locating(doc: Doc, named: list[Anchor]) -> list[Anchor]:
    """The anchors of `named` that do not only locate something else ('next to X', 'near X')."""
    locating = _cues(doc.language).locating_before
    return [a for a in named if not locating.search(doc.norm, max(0, a.span[0] - _LOCATING_REACH), a.span[0])]


def _forces_subject(doc: Doc, trig: Trigger, index: _Index) -> bool:
    """'The bombers landed late last month.', 'The Bastion launchers, which fire Oniks missiles, arrived by ship in
    September', 'Two Russian frigates arrived in May', 'The last US personnel left in 2009': forces or weapons, told of
    before, counted or picked out, then (after an aside) the verb."""
    the = _the_at(doc.norm, trig.sentence[0]) or _COUNTED.match(doc.norm, trig.sentence[0])
    if the is None:
        return False
    if _forces_from(doc, the.end(), trig, index):
        return True
    # 'The last US personnel': words that pick out some of the forces stand before their noun ('The Bastion
    # launchers', tried first, names the weapon right after 'The')
    few = _FEW.match(doc.norm, the.end()) if the.re is _THE else None
    return few is not None and few.end() > the.end() and _forces_from(doc, few.end(), trig, index)


def _forces_from(doc: Doc, noun_start: int, trig: Trigger, index: _Index) -> bool:
    """Forces or a weapon named at `noun_start`, then (after an aside) the trigger."""
    force = facility_words(doc.language).force.match(doc.norm, noun_start) or _cues(doc.language).force_noun.match(
        doc.norm, noun_start)
    weapon = index.arms_at.get(noun_start)
    if force is not None:
        end = force.end()
    elif weapon is not None:
        noun = _NOUN.match(doc.norm, weapon.span[1])
        end = noun.end() if noun else weapon.span[1]
    else:
        return False
    between = doc.norm[end:trig.span[0]]
    return not between.strip() or bool(_ASIDE.fullmatch(between))


def _facility_subject(doc: Doc, start: int) -> bool:
    """'The base, about 140 km south-west of Tripoli, was captured': a sentence opening with a facility noun that
    names no facility of its own."""
    the = _the_at(doc.norm, start)
    return the is not None and facility_words(doc.language).heads.match(doc.norm, the.end()) is not None


def _extends_a_term(doc: Doc, word: str, end: int) -> bool:
    """'extend the lease on X until 2066', 'an extension of the agreement': what grows is a term, not a facility
    (`word`: the trigger lower-cased)."""
    return word in _EXTENDING and bool(_TERM_AFTER.match(doc.norm, end))


def _relative_aside(doc: Doc, clause: Span, sentence: Span) -> bool:
    """', which was expanded in 2019,': a relative clause set off by commas (or closing the sentence: 'the most likely
    site was X, which a Chinese company rebuilt.') tells a fact the claim around it takes as given, so the claim's
    hedge ('could serve', 'most likely') is not its own."""
    return (_relative_at(doc.norm, clause[0]) is not None and clause[0] > 0 and doc.norm[clause[0] - 1] == ","
            and (starts_at(doc.norm, clause[1], ",") or not doc.norm[clause[1]:sentence[1]].strip(" .!?\"'")))


def _works_of_one_told(doc: Doc, trig: Trigger, triggers: list[Trigger]) -> bool:
    """'would expand its naval station at X, with work planned for 2026': the works planned are those of the building
    or expanding its sentence told before, no second event."""
    start = trig.span[0]
    return (_WORKS_BEFORE.search(doc.norm, max(trig.sentence[0], start - 20), start) is not None
            and any(other.type in _BUILDING_TYPES and other.sentence == trig.sentence and other.span[1] <= start
                    for other in triggers))


def _plan_of_other(doc: Doc, word: str, end: int) -> bool:
    """'planned to close', 'moved to expand' (`word`: the trigger lower-cased): the plan or move is of another act."""
    return ((word in _PLAN_WORDS and bool(_PLAN_OF_OTHER.match(doc.norm, end)))
            or (word == _MOVED and bool(_TO_ACT.match(doc.norm, end))))


def _habitual(doc: Doc, sentence: Span, start: int) -> bool:
    """'C-17s have landed there almost daily', 'warships have called at X several times since': arrivals told as a
    habit (a word of it after the verb, in its clause) are use of a place, no event; one whose habit began at a time
    the text gives ('have deployed to X regularly since 2022') or whose latest one is named ('most recently at X') is
    still told."""
    lo, hi = _cut(True, doc, sentence, start)
    cues = _cues(doc.language)
    if not _may_hold(doc.norm, start, hi, cues.habit_words):
        return False
    habit = cues.habit.search(doc.norm, start, hi)
    if habit is None or cues.habit_clause_ends.search(doc.norm, start, habit.start()):
        return False
    return cues.latest.search(doc.norm, lo, hi) is None and not any(
        lo <= d.span[0] < hi and _SINCE_BEFORE.search(doc.norm, max(lo, d.span[0] - 40), d.span[0])
        for d in doc.dates)


def _vessel_made(doc: Doc, sentence: Span, start: int) -> bool:
    """'The ship, built at the X shipyard, arrived', 'the carrier Y was commissioned at X': a ship built or
    commissioned somewhere is no building there; a ship named after a structure tells what the structure is for ('a
    new pier for patrol vessels was completed', 'a berth, able to take frigates, was finished'), and the structure
    was built."""
    lo = max(sentence[0], start - _VESSEL_REACH)
    if not _may_hold(doc.norm, lo, start, _cues(doc.language).vessel_words):
        return False
    parts = event_words(doc.language).parts
    return any(_VESSEL_TO_MAKING.fullmatch(doc.norm, m.end(), start) and parts.search(doc.norm, lo, m.start()) is None
               for m in _cues(doc.language).vessel.finditer(doc.norm, lo, start))


def _section_heading(doc: Doc, sentence: Span) -> bool:
    """A short line of its own with no closing stop below the headline ('EXERCISES', 'Visits and drills') heads a
    section: its words name what the section tells, not an event."""
    start, end = sentence
    if end - start > _HEADING_LENGTH:
        return False
    line = doc.norm[start:end].strip()
    norm = doc.norm
    return (bool(line) and line[-1] not in _STOPS and len(line.split()) <= _HEADING_WORDS
            and (end >= len(norm) or norm[end] == "\n") and norm[:start].rstrip(" \t").endswith("\n")
            and bool(norm[:start].strip()))


def _mid_sentence(doc: Doc, sentence: Span, pos: int) -> bool:
    """A capitalised word inside a sentence is a name ('Franz Josef Land'), not a trigger."""
    return bool(doc.norm[sentence[0]:pos].strip(" \"'(\n"))


# Between a ship and the participle or passive verb telling it was made: its name in apposition, then the auxiliary
# ('The ship, built at', 'the aircraft carrier, the Y, was commissioned at', 'two patrol ships built at').
_VESSEL_TO_MAKING: Final = re.compile(r"(?:,?\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?,?\s+"
                                      r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
                                      r"(?:(?:first|formally|officially|recently|originally)\s+)?")
_VESSEL_REACH: Final = 60
# Arrivals a habit may tell instead of one move.
_ARRIVING_TYPES: Final = frozenset({"deployment", "visit"})
# The types of an event that forces or their craft and ships make by moving.
_CRAFT_TYPES: Final = frozenset({"deployment", "withdrawal", "visit"})
# A section heading: a line of at most this many words and characters, with none of these closing it.
_HEADING_WORDS: Final = 4
_HEADING_LENGTH: Final = 40
_STOPS: Final = ".!?:;\"'\u201d)"

# Between a building word and an expansion word: the expansion is told apart, a work of its own ('was built in 1964
# and expanded in 2011'), not the object the building word opens ('inaugurated the expansion').
_NEXT_TOLD: Final = re.compile(r"[.;,!?]|\b(?:and|then|later|but)\b")


def _state_before(doc: Doc, start: int) -> bool:
    """A state qualifies the event noun at `start` ('the French departure', "America's departure")."""
    found = actors(doc)
    i = _first_from(found, start)
    return i > 0 and bool(_STATE_OWNS.fullmatch(doc.norm, found[i - 1].span[1], start))


def _drop_completions(doc: Doc, triggers: list[Trigger]) -> list[Trigger]:
    """'completed its withdrawal', 'inaugurated the expansion': the first word only marks the next trigger's end."""
    words = event_words(doc.language)
    kept: list[Trigger] = []
    for i, trig in enumerate(triggers):
        status = words.trigger_type[trig.word][1]
        following = triggers[i + 1] if i + 1 < len(triggers) else None
        ends_next = status == "completed" or (trig.type == "construction" and following is not None
                                              and following.type == "expansion"
                                              and not _NEXT_TOLD.search(doc.norm, trig.span[1], following.span[0]))
        if ends_next and following and following.span[0] - trig.span[1] < 30:
            continue
        if status == "completed" and kept and _completes(doc, kept[-1], trig):
            continue
        kept.append(trig)
    return [t for i, t in enumerate(kept)
            if i == 0 or not (_tells_again(doc, kept[i - 1], t) or _closed_by(doc, kept[i - 1], t))]


def _completes(doc: Doc, told: Trigger, then: Trigger) -> bool:
    """'The withdrawal of French troops from X was completed in 2021': a completion whose passive subject is another
    event tells that event's end, not a building. Works are ended only by a completion whose subject is the noun
    that names them ('The expansion of X was completed'); 'the runway was extended and new hangars were completed'
    tells two works."""
    if told.sentence != then.sentence:
        return False
    if (_ENDED_SUBJECT_TAIL.fullmatch(doc.norm, told.span[1], then.span[0])
            and (_NOMINAL.search(doc.norm, max(0, told.span[0] - 30), told.span[0])
                 or not doc.norm[told.clause[0]:told.span[0]].strip(" ,"))):
        return True
    return (told.type not in _WORKS_ENDED and told.clause == then.clause
            and bool(_PASSIVE_BEFORE.search(doc.norm, max(told.span[1], then.span[0] - 40), then.span[0])))


def _closed_by(doc: Doc, first: Trigger, then: Trigger) -> bool:
    """'strikes on Lebanon closed parts of Beirut's airport': a closure that an attack in its clause brought about is
    the attack's effect, not a withdrawal from the place."""
    return (first.type == "attack" and then.type == "withdrawal" and first.clause == then.clause
            and then.word in _cues(doc.language).closures)


def _passing_closure(doc: Doc, span: Span, clause: Span) -> bool:
    """'the base was temporarily closed', 'closed for repairs', 'closed to civilian flights', 'closed the airspace
    around X': a place shut for a while, for a purpose or to others, which its forces do not leave; 'The dry dock at X,
    closed since 2023': a part of it shut, the base still manned."""
    start, end = span
    cues = _cues(doc.language)
    return bool(cues.passing_before.search(doc.norm, max(clause[0], start - 30), start)
                or cues.closed_for.match(doc.norm, end, clause[1]) or _CLOSED_OBJECT.match(doc.norm, end, clause[1])
                or _part_subject(doc, doc.sentence_of(start)[0], start))


def _part_subject(doc: Doc, lo: int, hi: int) -> bool:
    """The sentence from `lo` opens with a part of a facility as its subject ('The dry dock at X', 'The runway'), told
    before `hi`."""
    the = _the_at(doc.norm, lo, hi)
    part = event_words(doc.language).parts.search(doc.norm, the.end(), hi) if the is not None else None
    return part is not None and the is not None and part.begin == the.end()


def _forces_grown(doc: Doc, trig: Trigger) -> bool:
    """A growing word whose object is forces or their presence, or that adds forces with 'with'."""
    end = trig.clause[1]
    cues = _cues(doc.language)
    return bool(cues.presence_object.match(doc.norm, trig.span[1], end)
                or cues.with_forces.match(doc.norm, trig.span[1], end))


def _tells_again(doc: Doc, first: Trigger, then: Trigger) -> bool:
    """'the drone strike that killed ...': a relative clause right after an event tells of that same event."""
    return first.type == then.type and bool(_RELATIVE_NEXT.fullmatch(doc.norm, first.span[1], then.span[0]))


def _cut(hard: bool, doc: Doc, sentence: Span, pos: int) -> Span:
    """The part of `sentence` around `pos` between two clause breaks (`hard`: only those other than commas)."""
    start, end = sentence
    breaks = _text_facts(doc.norm).breaks()
    starts, ends = breaks.hard if hard else breaks.soft
    # Breaks never overlap, so their ends rise with their starts: all the bounds below are found by bisection.
    first = bisect_left_int(starts, start)
    last = bisect_right_int(ends, end, first)
    if last > first and ends[last - 1] == end and doc.norm[starts[last - 1]] == ",":
        last -= 1  # a comma closing the sentence has no space after it inside the sentence
    before = bisect_right_int(ends, pos, first, last) - 1
    after = bisect_left_int(starts, pos, first, last)
    return ends[before] if before >= first else start, starts[after] if after < last else end


class _Breaks:
    """The starts and ends of every clause break in a text (`soft`), and of the hard ones among them, to bisect."""

    def __init__(self, soft: tuple[list[int], list[int]], hard: tuple[list[int], list[int]]) -> None:
        self.soft = soft
        self.hard = hard


class _TextFacts:
    """What `_cut` and `_may_hold` read of one text many times, each found on first need: its clause breaks; its
    lower-cased form (`spacing.lower`, shared with `Doc.lower`) where lowering keeps every character's offset, else
    None, and whether it is ASCII; whether it holds a letter a case-blind pattern takes for an ASCII one
    (`spacing.folds_into_ascii`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found_breaks: _Breaks | None = None
        self.cased = False
        self.lowered: str | None = None
        self.ascii = False
        self.folds: bool | None = None
        self.wide: list[int] | None = None

    def breaks(self) -> _Breaks:
        if self.found_breaks is None:
            self.found_breaks = _find_breaks(self.text)
        return self.found_breaks

    def read_case(self) -> _TextFacts:
        if not self.cased:
            lowered = lower(self.text)
            self.lowered = lowered if len(lowered) == len(self.text) else None
            self.ascii = self.text.isascii()
            self.cased = True
        return self

    def folds_into_ascii(self) -> bool:
        if self.folds is None:
            self.folds = folds_into_ascii(self.text)
        return self.folds

    def ascii_between(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] is ASCII, told from where the characters past ASCII stand, found on first need: no
        window is cut and asked."""
        wide = self.wide
        if wide is None:
            wide = self.wide = _past_ascii(self.text)
        if len(wide) > _FEW_PAST_ASCII:
            i = bisect_left_int(wide, lo)
            return i == len(wide) or wide[i] >= hi
        # most texts hold a few such characters (quotation marks): read in a loop, without a call
        for at in wide:
            if at >= lo:
                return at >= hi
        return True


# The facts of the text read last: an article's clauses are cut and its windows read many times per trigger, and the
# text is the same object throughout, so it is told by identity, not hashed and compared as a cache's key would be.
_LAST_TEXT: Final[list[_TextFacts]] = []


def _text_facts(text: str) -> _TextFacts:
    last = _LAST_TEXT[0] if _LAST_TEXT else None
    if last is None or last.text is not text:
        last = _TextFacts(text)
        _LAST_TEXT[:] = [last]
    return last


def _find_breaks(norm: str) -> _Breaks:
    """Found once per text with `str.find`, many times faster than a regular expression over each sentence a trigger
    is in."""
    found = [(i, i + 1) for mark in ";:\u2026" for i in _finds(norm, mark)]
    found += [(i, i + 3) for i in _finds(norm, "...")]
    found += [(i, i + 1) for i in _finds(norm, ",") if i + 1 < len(norm) and norm[i + 1].isspace()]
    found += _dashes(norm)
    found += [(i, i + len(word)) for word in _BREAK_WORDS for i in _finds(norm, word)
              if not _word_char(norm, i - 1) and not _word_char(norm, i + len(word))]
    found.sort()
    hard = [b for b in found if norm[b[0]] != ","]
    return _Breaks(([b[0] for b in found], [b[1] for b in found]), ([b[0] for b in hard], [b[1] for b in hard]))


def _finds(text: str, needle: str) -> list[int]:
    """Where `needle` occurs in `text`, without overlaps."""
    found = []
    i = text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + len(needle))
    return found


def _dashes(text: str) -> list[Span]:
    """' - ' between whitespace, each whitespace character used once."""
    found: list[Span] = []
    for i in _finds(text, "-"):
        if (0 < i < len(text) - 1 and text[i - 1].isspace() and text[i + 1].isspace()
                and (not found or found[-1][1] <= i - 1)):
            found.append((i - 1, i + 2))
    return found


def _may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi] may hold one of `words` (lower-case ASCII) in any case: a literal test that spares a
    case-blind pattern needing one of them the search. Outside ASCII such a pattern matches more than `str.lower`
    tells ('\u0131' matches 'i'), so a window there may hold anything, unless the text holds none of the letters it
    takes for ASCII ones and the words are plain letters, or plain letters parted by spaces (then each part must be
    there: the pattern may part them by other white space, a no-break space).

    A window is cut from its text lower-cased once (`_TextFacts`) where lowering keeps every offset: cutting costs less
    than lowering the window, and a window is told ASCII (`_TextFacts.ascii_between`) without being cut from the text
    and asked (`isascii`, no primitive). Searched between bounds instead, `str.find` in a text past Latin-1 widened
    each word to the text's width; one pattern of all the words, tried at every character, cost more than the tests."""
    facts = _text_facts(text)
    seen = facts.read_case()
    lowered = seen.lowered if 0 <= lo <= hi else None
    if lowered is not None and (seen.ascii or facts.ascii_between(lo, hi)):
        window = lowered[lo:hi]
        return any(word in window for word in words)
    window = text[lo:hi]
    if window.isascii():
        # lowering moves some offset of this text, or the bounds are out of order
        window = window.lower()
        return any(word in window for word in words)
    if facts.folds_into_ascii():
        return True
    plain = _plain_words(words)
    if plain is None:
        return True
    window = window.lower()
    return any(all(part in window for part in parts) for parts in plain)


# How many characters past ASCII `_TextFacts.ascii_between` reads one by one rather than bisects.
_FEW_PAST_ASCII: Final = 8


def _past_ascii(text: str) -> list[int]:
    """Where the characters past ASCII stand in `text`: encoded to ASCII, each is one '?', which a byte search finds
    (a pattern matching them, tried at every character, cost several times the encoding)."""
    encoded = text.encode("ascii", "replace")
    found = []
    at = encoded.find(b"?")
    while at >= 0:
        if text[at] != "?":
            found.append(at)
        at = encoded.find(b"?", at + 1)
    return found


# Each word list `_may_hold` is given outside ASCII, its words' parts between spaces where every word is plain ASCII
# letters or such letters parted by single spaces (else None: 'air-force'), by the list's identity, the list kept
# to check it.
_PLAIN_WORDS: Final[dict[int, tuple[tuple[str, ...], tuple[tuple[str, ...], ...] | None]]] = {}
_PLAIN_WORDS_KEPT: Final = 256


def _plain_words(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...] | None:
    known = _PLAIN_WORDS.get(id(words))
    if known is None or known[0] is not words:
        if len(_PLAIN_WORDS) >= _PLAIN_WORDS_KEPT:
            _PLAIN_WORDS.clear()  # the lists are the tables' few; any made on the fly are not kept long
        parts = tuple(tuple(word.split(" ")) for word in words)
        plain = all(part.isascii() and part.isalpha() for word in parts for part in word)
        known = _PLAIN_WORDS[id(words)] = (words, parts if plain else None)
    return known[1]


def _former_before(norm: str, at: int) -> bool:
    """`_FORMER_BEFORE` in the 8 characters before `at`, searched only where they end with one of `_FORMER_WORDS` and
    white space or hyphens, in any case (seldom)."""
    lo = max(0, at - 8)
    end = at
    while end > lo and (norm[end - 1].isspace() or norm[end - 1] == "-"):
        end -= 1
    tail = norm[max(lo, end - _FORMER_LONGEST):end].lower()
    # one word at a time: compiled, `str.endswith` given a tuple is a generic call
    return (end < at and any(tail.endswith(word) for word in _FORMER_WORDS)
            and _FORMER_BEFORE.search(norm, lo, at) is not None)


def _opening_after(norm: str, at: int, hi: int, count: int, openings: frozenset[str], cased: bool = True,
                   led: bool = True) -> bool:
    """Whether one of the first `count` words in norm[at:hi], each after white space (but the first, which may stand
    right at `at`, unless `led`), opens as one of `openings` does (its first `_OPENING_LENGTH` characters, or the whole
    of a shorter word; in any case unless `cased`, where a word past ASCII may be one): what a pattern reading words led
    by white space from `at` needs, a test sparing it the match."""
    pos = at
    for _ in range(count):
        if pos >= hi or not (norm[pos].isspace() or (pos == at and not led)):
            return False
        while pos < hi and norm[pos].isspace():
            pos += 1
        first = pos
        while pos < hi and (norm[pos].isalnum() or norm[pos] in "_-"):
            pos += 1
        word = norm[first:min(pos, first + _OPENING_LENGTH)]
        if word in openings if cased else (not word.isascii() or word.lower() in openings):
            return True
    return False


def _arms_after(norm: str, at: int, hi: int) -> re.Match[str] | None:
    """`_ARMS_AFTER` in norm[at:hi], matched only where the arms' word may come there ('and' and a name, three
    modifiers, then it)."""
    return _ARMS_AFTER.match(norm, at, hi) if _opening_after(norm, at, hi, 6, _ARMS_OPENINGS) else None


def _civil_body_after(norm: str, at: int) -> bool:
    """`_CIVIL_BODY_AFTER` at `at`, matched only where a body's word may come there (two modifiers, then it)."""
    return (_opening_after(norm, at, len(norm), 3, _CIVIL_BODY_OPENINGS, cased=False)
            and _CIVIL_BODY_AFTER.match(norm, at) is not None)


def _temporal_clause(norm: str, at: int) -> bool:
    """`_TEMPORAL_CLAUSE` at `at`, matched only where one of its clause words opens one of the first five words there:
    its words follow each other with white space between, the clause word at most fifth (three words, a unit, the
    word)."""
    return (_opening_after(norm, at, len(norm), 5, _TEMPORAL_OPENINGS, cased=False, led=False)
            and _TEMPORAL_CLAUSE.match(norm, at) is not None)


def _it_after(norm: str, at: int) -> bool:
    """`_IT_AFTER` at `at`, matched only where white space and `_IT` come there (seldom)."""
    end = at
    while end < len(norm) and norm[end].isspace():
        end += 1
    return end > at and norm[end:end + len(_IT)] == _IT and _IT_AFTER.match(norm, at) is not None


def _ends_with_by(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] may end with `_DONOR_BY` or `_DONOR_THE` and white space, in any case (as `may_end` tells,
    with no tuple of words: compiled, `str.endswith` given one is a generic call)."""
    window = text[lo:hi]
    stripped = window.rstrip()
    tail = stripped[-max(len(_DONOR_BY), len(_DONOR_THE)):].lower()
    return len(stripped) < len(window) and (tail.endswith(_DONOR_BY) or tail.endswith(_DONOR_THE))


def _may_end_led(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether text[lo:hi] may end with one of `words` (lower-case ASCII), maybe then white space and 'the', and white
    space, in any case (`may_end` with an article the pattern may take after the word)."""
    window = text[lo:hi]
    if not window.isascii():
        return True
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return False
    tail = stripped.lower()
    if tail.endswith("the") and len(tail) > 3 and tail[-4].isspace():
        bare = tail[:-3].rstrip()
        if bare.endswith(words):
            return True
    return tail.endswith(words)


def _endings(words: list[str]) -> tuple[str, ...]:
    """`words` lower-cased, as `may_end` reads them; where one holds a character past ASCII, which a case-blind
    pattern may match otherwise than `str.lower` tells, the empty ending, which any text ends with."""
    return tuple(sorted({w.lower() for w in words})) if all(w.isascii() for w in words) else ("",)


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _left_behind(doc: Doc, trig: Trigger, anchor: Anchor) -> bool:
    """'moved the jets from X (to Y)', 'flown out of X': X, the place the direction word nearest before it is 'from'
    or 'out of'; 'the jets at X were moved': X."""
    word = trig.word
    if anchor.span[1] <= trig.span[0]:
        # 'aircraft parked at X had been moved': what was at the place before the verb went away from it
        return word in _cues(doc.language).relocating and bool(
            _PASSIVE.search(doc.norm, max(anchor.span[1], trig.span[0] - 15), trig.span[0]))
    if _given_back(doc, trig, anchor):
        return True
    directions = [d.lower() for d in _DIRECTION.findall(doc.norm, trig.span[1], anchor.span[0])]
    # 'flown out of X' leaves X whatever the verb; 'from X' only after a verb of relocating
    return bool(directions) and (directions[-1] == "out of"
                                 or (word in _cues(doc.language).relocating and directions[-1] == "from"))


def _destination(doc: Doc, trig: Trigger, left: Anchor, anchors: _Anchors) -> Anchor | None:
    """'relocated from X to the Y airfield': the facility after the one left behind that 'to' or 'into' leads to, in
    the trigger's clause."""
    if left.span[0] < trig.span[1]:
        return None
    for anchor in anchors.within(left.span[1], trig.clause[1]):
        if anchor.facility is left.facility:
            continue
        directions = _DIRECTION.findall(doc.norm, left.span[1], anchor.span[0])
        return anchor if directions and directions[-1].lower() in ("to", "into") else None
    return None


def _left_for(doc: Doc, trig: Trigger, left: Anchor, anchors: _Anchors) -> Anchor | None:
    """'left X for Y': the facility right after 'for' following the one left, in the trigger's clause."""
    if trig.word not in _cues(doc.language).leaving or left.span[0] < trig.span[1]:
        return None
    onward = next((a for a in anchors.within(left.span[1], trig.clause[1]) if a.facility is not left.facility), None)
    return onward if onward is not None and _DESTINATION.fullmatch(doc.norm, left.span[1], onward.span[0]) else None


def _heading(doc: Doc, start: int, end: int, index: _Index) -> bool:
    """A direction word in [start, end) that is not only the preposition of a date ('returned on 7 March, then X')."""
    return any(not index.dates_in(m.end(), m.end() + 2) for m in _TOWARD.finditer(doc.norm, start, end))


def _natural_harm(doc: Doc, trig: Trigger) -> bool:
    """'the 2004 tsunami destroyed it', 'damaged by a cyclone': harm done by nature is no attack."""
    if trig.type != "attack":
        return False
    lo = max(trig.clause[0], trig.span[0] - 40)
    return bool((_may_hold(doc.norm, lo, trig.span[0], _HAZARD_WORDS)
                 and _HAZARD_BEFORE.search(doc.norm, lo, trig.span[0]))
                or (_opening_after(doc.norm, trig.span[1], len(doc.norm), 1, _BY_OPENINGS, cased=False)
                    and _BY_HAZARD.match(doc.norm, trig.span[1]))
                or (_HAZARD.fullmatch(doc.norm, trig.span[0], trig.span[1])
                    and _DETERMINER_BEFORE.search(doc.norm, max(0, trig.span[0] - 12), trig.span[0])))


def _given_back_subject(doc: Doc, trig: Trigger, anchor: Anchor) -> bool:
    """'the X quarters had been returned on 7 March, then ...': the facility given back is the passive subject."""
    return (anchor.span[1] <= trig.span[0] and trig.word in _cues(doc.language).giving_back
            and bool(_PASSIVE.search(doc.norm, anchor.span[1], trig.span[0])))


def _given_back(doc: Doc, trig: Trigger, anchor: Anchor) -> bool:
    """'France returned the camp to Senegal': a facility as the direct object of 'returned' is handed back, left by
    those who held it, not where forces went."""
    return (trig.word in _cues(doc.language).giving_back
            and _OPENING.fullmatch(doc.norm, trig.span[1], anchor.span[0]) is not None)


def _wide_clause(doc: Doc, trig: Trigger) -> Span:
    """The trigger's sentence cut only at hard breaks (semicolons, dashes, 'but')."""
    return _cut(True, doc, trig.sentence, trig.span[0])


class _Anchors:
    """A document's anchors in text order, with their starts to bisect: a trigger looks only at its own clause."""

    def __init__(self, doc: Doc) -> None:
        found = [Anchor(span, fac) for fac in doc.facilities for span in fac.mentions]
        found += [Anchor(r.span, fac) for fac in doc.facilities for r in fac.runways]
        found.sort(key=lambda a: a.span)
        # 'its base at X International Airport': what is done there is done at the base, not the airport its mention
        # holds.
        self.found = [a for i, a in enumerate(found) if not _held_by_other(found, i)]
        self.starts = [a.span[0] for a in self.found]

    def within(self, lo: int, hi: int) -> list[Anchor]:
        """The anchors wholly inside [lo, hi)."""
        inside = self.found[bisect_left_int(self.starts, lo):bisect_left_int(self.starts, hi)]
        return [a for a in inside if a.span[1] <= hi]


def _held_by_other(anchors: list[Anchor], i: int) -> bool:
    """Whether an anchor (of `anchors`, sorted by span) lies inside a longer one of another facility before it."""
    anchor = anchors[i]
    for other in reversed(anchors[max(0, i - 4):i]):
        if other.facility is not anchor.facility and other.span[0] < anchor.span[0] and anchor.span[1] <= other.span[1]:
            return True
    return False


class _Index:
    """What a document's places, dates and states are, whatever the trigger: looked up once per document."""

    def __init__(self, doc: Doc, triggers: Iterable[Trigger] = ()) -> None:
        self.doc = doc
        self.clauses = sorted({t.clause for t in triggers})
        self.clause_starts = [start for start, _ in self.clauses]
        places = sorted(p.span for p in doc.places if p.kind not in ("country", "demonym"))
        self.place_starts = [span[0] for span in places]
        self.place_spans = places
        # the first place of a kind a trigger can act on at each start, in the places layer's order (read backwards,
        # so that the first one is written last)
        self.objects = {p.span[0]: p for p in reversed(doc.places) if p.kind in _OBJECT_PLACE_KINDS}
        self.demonyms = {p.span[0]: p for p in reversed(doc.places) if p.kind == _DEMONYM}
        # where either starts, to bisect: a trigger with none in its clause after it has no place as its object
        self.object_starts = sorted({*self.objects, *self.demonyms})
        # resolved dates in the document's order
        dates = [d for d in doc.dates if d.resolved]
        self.dates = sorted(enumerate(dates), key=lambda item: item[1].span[0])
        self.date_starts = [d.span[0] for _, d in self.dates]
        self._reported: dict[Span, bool] = {}
        self._dateline: dict[Span, bool] = {}
        self._closed: dict[Span, bool] = {}
        self._thing: dict[Span, bool] = {}
        self._free: dict[Span, bool] = {}
        self._supplier: dict[Span, bool] = {}
        self.place_objects: dict[tuple[Span, str], PlaceMention | None] = {}
        self.arms_sorted = sorted(e.span[0] for e in doc.equipment)
        self.arms_starts = frozenset(self.arms_sorted)
        self._facility_starts: list[int] | None = None
        self._all_places: list[Span] | None = None
        self._all_starts: list[int] | None = None
        self._ends: dict[int, list[int]] | None = None
        self._arms_at: dict[int, EquipmentMention] | None = None
        self._all_dates: list[tuple[int, DateMention]] | None = None
        self._all_date_starts: list[int] | None = None

    def places_from(self, lo: int, hi: int) -> list[Span]:
        """The spans of the places other than states that start in [lo, hi)."""
        return self.place_spans[bisect_left_int(self.place_starts, lo):bisect_left_int(self.place_starts, hi)]

    # The tables below serve rarer readings ('where' clauses, sentences opening on forces, unresolved dates): each is
    # built the first time a trigger asks for it, and kept by hand: compiled, `functools.cached_property` is a plain
    # property that builds the table again at every use.

    @property
    def facility_starts(self) -> list[int]:
        if self._facility_starts is None:
            self._facility_starts = sorted(span[0] for fac in self.doc.facilities for span in fac.mentions)
        return self._facility_starts

    def names_a_facility(self, lo: int, hi: int) -> bool:
        """A facility's mention starts in [lo, hi)."""
        i = bisect_left_int(self.facility_starts, lo)
        return i < len(self.facility_starts) and self.facility_starts[i] < hi

    @property
    def all_places(self) -> list[Span]:
        """Every place, states too, in text order."""
        if self._all_places is None:
            self._all_places = sorted(p.span for p in self.doc.places)
        return self._all_places

    @property
    def all_starts(self) -> list[int]:
        if self._all_starts is None:
            self._all_starts = [span[0] for span in self.all_places]
        return self._all_starts

    @property
    def ends(self) -> dict[int, list[int]]:
        """The starts of the places ending at each position."""
        if self._ends is None:
            found: dict[int, list[int]] = {}
            for place in self.doc.places:
                found.setdefault(place.span[1], []).append(place.span[0])
            self._ends = found
        return self._ends

    @property
    def arms_at(self) -> dict[int, EquipmentMention]:
        """The first equipment mention at each start, in the equipment layer's order."""
        if self._arms_at is None:
            self._arms_at = {e.span[0]: e for e in reversed(self.doc.equipment)}
        return self._arms_at

    @property
    def all_dates(self) -> list[tuple[int, DateMention]]:
        """Every date, resolved or not, with its place in the dates layer's order, in text order."""
        if self._all_dates is None:
            self._all_dates = sorted(enumerate(self.doc.dates), key=lambda item: item[1].span[0])
        return self._all_dates

    @property
    def all_date_starts(self) -> list[int]:
        if self._all_date_starts is None:
            self._all_date_starts = [d.span[0] for _, d in self.all_dates]
        return self._all_date_starts

    def any_dates_in(self, lo: int, hi: int) -> list[DateMention]:
        """Every date, resolved or not, that starts in [lo, hi), in the dates layer's order."""
        found = self.all_dates[bisect_left_int(self.all_date_starts, lo):bisect_left_int(self.all_date_starts, hi)]
        return [d for _, d in _in_layer_order(found)]

    def dates_in(self, lo: int, hi: int) -> list[DateMention]:
        """The dates that start in [lo, hi) and date an event, not a deal ('a 2017 deal'), in the document's order."""
        found = self.dates[bisect_left_int(self.date_starts, lo):bisect_left_int(self.date_starts, hi)]
        return [d for _, d in _in_layer_order(found) if not self._dated_thing(d)]

    def others_date(self, trig: Trigger, date: DateMention) -> bool:
        """'renovated the field, but troops left in 2022': the date lies in a coordinate clause of another trigger, not
        in this one's ('built it up after 2003, when it moved ...' shares its date with a subordinate clause)."""
        norm = self.doc.norm
        first = bisect_left_int(self.clause_starts, trig.sentence[0])
        last = bisect_right_int(self.clause_starts, date.span[0])
        if date.span[1] <= trig.clause[0] and _WHEN_OPENING.match(norm, trig.clause[0]) and (
                last == len(self.clauses) or self.clauses[last][0] >= trig.clause[0]):
            # 'bombed it in August 2008, when they also struck X': a clause of 'when' right after the date's clause
            # happens at its time
            return False
        if date.span[1] <= trig.span[0] and (_DATE_THEN_SUBJECT.match(norm, date.span[1]) or (
                trig.type == "withdrawal" and _AND_THEN_VERB.fullmatch(norm, date.span[1], trig.span[0]))):
            # 'have flown from X since 2020, and troops at Y have hosted': the date closes the clause before 'and'
            # and a subject of its own; 'arrived at X in 2015 and left it': before 'and' and a verb of leaving, which
            # came later; 'arrived at X in 2015 and built hangars there' shares the time
            return True
        if date.span[1] <= trig.clause[0] and _OWN_SUBJECT_AND.match(norm, trig.clause[0]):
            # 'visited Da Nang in March 2018, the first such visit, and US warships have called at X since': the
            # trigger's clause has a subject of its own after 'and', and a time of the clauses before is not its
            return True
        return any(start <= date.span[0] < end and not start <= trig.span[0] < end
                   and bool(_COORDINATE_AFTER.search(norm, max(0, start - 10), start)
                            or _COORDINATE_OPENING.match(norm, start))
                   for start, end in self.clauses[first:last])

    def _dated_thing(self, date: DateMention) -> bool:
        if date.span not in self._thing:
            start = date.span[0]
            cues = _cues(self.doc.language)
            self._thing[date.span] = bool(cues.dated_thing.match(self.doc.norm, date.span[1])) or (
                _may_hold(self.doc.norm, max(0, start - 50), start, cues.signing_words)
                and bool(cues.signed_before.search(self.doc.norm, max(0, start - 50), start)))
        return self._thing[date.span]

    def dateline(self, date: DateMention) -> bool:
        """'QUETTA, March 27 -': the date the story was filed, which dates no event told in it."""
        if date.span not in self._dateline:
            norm, lo, hi = self.doc.norm, max(0, date.span[0] - 40), date.span[0]
            # the line must open in the window (the text's start is one), and a comma follow its place
            self._dateline[date.span] = ((lo == 0 or norm.find("\n", lo, hi) >= 0) and norm.find(",", lo, hi) >= 0
                                         and bool(_DATELINE.search(norm, lo, hi)))
        return self._dateline[date.span]

    def closed(self, sentence: Span) -> bool:
        """`_closed`, worked out once per sentence, not per trigger in it."""
        if sentence not in self._closed:
            self._closed[sentence] = _closed(self.doc, sentence)
        return self._closed[sentence]

    def reported(self, date: DateMention) -> bool:
        """'said on Monday': the date of a report, not of the event."""
        if date.span not in self._reported:
            lo = max(0, date.span[0] - 40)
            cues, norm = _cues(self.doc.language), self.doc.norm
            self._reported[date.span] = (_may_hold(norm, lo, date.span[0], cues.reporting_words) and bool(
                cues.reported_on.search(norm, lo, date.span[0])) and not _seen_over_weeks(self.doc, date, lo)) or (
                bool(cues.images_after.match(norm, date.span[1]))
                and cues.opening_time.fullmatch(norm, self.doc.sentence_of(date.span[0])[0], date.span[0])
                is not None)
        return self._reported[date.span]

    def free_agent(self, actor: Actor) -> bool:
        """Neither a place ('in Syria', 'the Washington-based think tank') nor a backer ('backed by Russia')."""
        if actor.span not in self._free:
            norm, start = self.doc.norm, actor.span[0]
            cues = _cues(self.doc.language)
            locative = (may_end(norm, max(0, start - 30), start, cues.locative_endings)
                        and cues.locative_before.search(norm, max(0, start - 30), start)
                        and not (_may_end_led(norm, max(0, start - 40), start, _OF_ENDINGS)
                                 and _OFFICE_OF.search(norm, max(0, start - 40), start))
                        and not ((norm.find(" from ", max(0, start - 60), start) >= 0
                                  or norm.find(" of ", max(0, start - 60), start) >= 0)
                                 and _may_end_led(norm, max(0, start - 60), start, _FROM_ENDINGS)
                                 and cues.forces_from.search(norm, max(0, start - 60), start)))
            locative = locative and not (_OF_BEFORE.search(norm, max(0, actor.span[0] - 8), actor.span[0])
                                         and _cues(self.doc.language).state_forces_after.match(norm, actor.span[1]))
            # 'close to the border with Tanzania': a state whose edge places something
            locative = locative or (may_end(norm, max(0, start - 30), start, _WITH_ENDINGS) and bool(
                _cues(self.doc.language).frontier_with.search(norm, max(0, start - 30), start)))
            self._free[actor.span] = not (locative
                                          # 'a former Turkish navy patrol craft': whose it once was, not who moves it
                                          or _former_before(norm, start)
                                          or (norm.find("by", max(0, actor.span[0] - 80), actor.span[0]) >= 0
                                              and _may_end_led(norm, max(0, start - 80), start, _BY_ENDINGS)
                                              and _BACKED_BY.search(norm, max(0, actor.span[0] - 80), actor.span[0]))
                                          or starts_at(norm, actor.span[1], _BASED_IN)
                                          or self._donor(actor)
                                          or _civil_body_after(norm, actor.span[1]))
        return self._free[actor.span]

    def _donor(self, actor: Actor) -> bool:
        """'Two helicopters donated by the United States arrived', 'the boat Canberra has given the country arrived':
        the giver of what moves, by 'by' or as a relative clause's subject after the craft's noun, moves nothing."""
        norm, start = self.doc.norm, actor.span[0]
        cues = _cues(self.doc.language)
        # `donor_before` ends with 'by' (and 'the'), seldom before a state; `donor_after` fails at once where it fails
        return bool((_ends_with_by(norm, max(0, start - 30), start)
                     and cues.donor_before.search(norm, max(0, start - 30), start))
                    or (cues.donor_after.match(norm, actor.span[1])
                        and _NOUN_RIGHT_BEFORE.search(norm, max(0, start - 30), start)))

    def supplier(self, actor: Actor) -> bool:
        if actor.span not in self._supplier:
            self._supplier[actor.span] = _supplier(self.doc, actor, self.arms_starts)
        return self._supplier[actor.span]


def _seen_over_weeks(doc: Doc, date: DateMention, lo: int) -> bool:
    """'satellite images taken in recent weeks show ...', 'images taken earlier this month': what images taken over a
    span of weeks with no edge of its own show is dated by that span, as such a span dates any event; a day or a
    named month they were taken on is only the latest the event can be."""
    cues = _cues(doc.language)
    return bool(cues.taken_before.search(doc.norm, lo, date.span[0])
                and cues.weeks_span.search(doc.norm, date.span[0], date.span[1]))


def _in_layer_order(found: list[tuple[int, DateMention]]) -> list[tuple[int, DateMention]]:
    """Dates with their places in the dates layer, in that order; most spans hold one date or none, already in order."""
    return sorted(found, key=itemgetter(0)) if len(found) > 1 else found


def _anchor_for(doc: Doc, trig: Trigger, clause: Span, anchors: _Anchors, index: _Index) -> Anchor | None:
    """The facility the trigger is about: the antecedent of a relative clause it opens ('X, where troops landed',
    'the port, which was expanded'), else after it (its object) first, else before it."""
    relative = _relative_antecedent(doc, trig, clause, anchors, index)
    if relative:
        return relative
    inside = anchors.within(clause[0], clause[1])
    if relative is False:
        # 'No. 1435 Flight, which keeps four fighters at X', 'the frigate, which called at X', 'the militia, which
        # attacked X': the antecedent is no facility, but the place after the verb in the relative clause is the
        # event's ('which opened beside X' is only located by X)
        inside = [a for a in inside if a.span[0] >= trig.span[1] and (trig.type == "deployment" or (
            trig.type not in ("construction", "expansion")
            and not _LOCATING_WORD.search(doc.norm, trig.span[1], a.span[0])))]
        if not inside:
            return None
    elif not inside:
        place = _place_object(doc, trig, index)
        if place is not None and place.kind in _OWN_PLACE_KINDS and not starts_at(doc.norm, place.span[1], "'s"):
            # 'visited the city of Da Nang, and US warships have called at Cam Ranh': the town is the object; a
            # country leaves room for the facility in it ('visited Australia, most recently at RAAF Base Darwin')
            return None
        # not across ', and' with a subject and verb of its own ('held drills in X last month, and a detachment
        # called at the port of Y'; 'attacked the base at Y, and in August they killed civilians digging trenches')
        wide = _wide_clause(doc, trig)
        inside = [a for a in anchors.within(wide[0], wide[1])
                  if min(abs(a.span[0] - trig.span[1]), abs(trig.span[0] - a.span[1])) < _REACH
                  and not (a.span[0] > trig.span[1]
                           and _cues(doc.language).and_clause.search(doc.norm, trig.span[1], a.span[0]))
                  and not (a.span[1] <= trig.span[0] and _new_clause_between(doc, a.span[1], trig))]
    # 'built about a dozen bases, including X': X is one of a set the event is told of as a whole; 'launches drills
    # as Taiwan puts X on alert', 'drills as X expands': X is in a clause with a subject of its own
    # 'open a new base at X': a facility named from inside the trigger's words on is its object too
    after = [a for a in inside if (a.span[0] >= trig.span[1] or trig.span[0] < a.span[0] < trig.span[1] < a.span[1])
             and not _INCLUDING.search(doc.norm, trig.span[1], a.span[0])
             and not _own_subject_before(doc, trig.span[1], a.span[0], a.span[1] + _OBJECT_REACH)]
    # 'Al-Jufra became a hub after Haftar's forces abandoned their offensive': a facility before a clause of its own
    home = trig.word in _cues(doc.language).going_home
    before = [a for a in inside if a.span[1] <= trig.span[0]
              and not _MAIN_CLAUSE_ENDS.search(doc.norm, a.span[1], trig.span[0])
              and not (trig.type in _AWAY_TYPES and _FROM_BEFORE.search(doc.norm, max(0, a.span[0] - 40), a.span[0]))]
    if home:
        before = _left_for_home(doc, before)
    if before and trig.type in _AWAY_TYPES and trig.type != "attack" and _place_object(doc, trig, index) is not None:
        # 'the base drills near the Afghan border': a place of its own after the verb is where it happened
        before = []
    if len(after) > 1 and trig.type in _AWAY_TYPES and trig.type != "attack":
        # 'in the drills, jets flown in from X spent a week at Y': X is where the forces came from, Y where the
        # drills were; a facility only ever named as an origin stays the place when it is the only one
        after = [a for a, lo in zip(after, [trig.span[1], *(a.span[1] for a in after)], strict=False)
                 if not _came_from(doc, lo, a.span[0])] or after
    if trig.word in _cues(doc.language).travel and after and _place_object(doc, trig, index) is not None:
        # 'flew into X on Monday and visited troops at Y': a move to a town of its own is not to the facility of the
        # verb joined after it
        after = [a for a in after if not _cues(doc.language).and_verb.search(doc.norm, trig.span[1], a.span[0])]
    if trig.type == "deployment":
        # from the trigger's start: 'based at', 'stationed at' carry their own preposition
        # 'reinforced X with troops': a growing word read as forces sent has the place as its object
        manning = (trig.word in _cues(doc.language).manning or trig.word in _ENTERING or trig.word in _REACHING
                   or trig.word in _cues(doc.language).stay_since
                   or event_words(doc.language).trigger_type[trig.word][0] == "expansion")
        rotating = trig.word in _cues(doc.language).rotating
        after = [a for a in after if (manning or _heading(doc, trig.span[0], a.span[0], index)
                                      or _there_next(doc, trig, a, anchors)
                                      or (rotating and _THROUGH.search(doc.norm, trig.span[1], a.span[0]) is not None)
                                      or _given_back(doc, trig, a)) and not _origin_of(doc, trig, a)]
        if trig.word not in _cues(doc.language).hosting and not (
                not after and _THERE.search(doc.norm, trig.span[1], trig.clause[1])):
            # 'has parked more jets there': 'there' after the verb stands for the facility named before it
            before = [a for a in before if _PASSIVE.search(doc.norm, a.span[1], trig.span[0])]
        elif not before and not after:
            # 'X, under Spanish command, has hosted the American station Y': the host is the subject before an aside
            before = [a for a in anchors.within(_wide_clause(doc, trig)[0], trig.span[0])
                      if trig.span[0] - a.span[1] < _REACH]
        if before and trig.word in _cues(doc.language).giving_back:
            # 'the X and Y quarters had been returned on 7 March, then the port': what was given back is the subject,
            # from the first of its list
            return _first_listed(doc, before)
    if trig.type in ("construction", "expansion") and before and _REDUCED_RELATIVE.fullmatch(
            doc.norm, before[-1].span[1], trig.span[0]):
        # 'the military base it built beside the port of Assab': the noun before the subject is what was built
        return before[-1]
    if trig.type == "attack":
        # 'bombed it during the war, when they also struck X': 'it' is the target, X one of another clause
        after = [] if _it_after(doc.norm, trig.span[1]) else [
            a for a in after if not _from_origin(doc, trig.span[1], a.span[0])]
        # 'hit fuel tanks near the southern port and the naval base at X': a facility that only locates the target
        # yields to one that is a target itself
        targets = [a for a in after if not _LOCATING.search(doc.norm, max(trig.span[1], a.span[0] - 15), a.span[0])]
        after = targets or after
        # 'X was hit': X is the target; 'X has been used for British strikes': X is where they came from
        passive = (bool(before) and bool(_PASSIVE.search(doc.norm, before[-1].span[1], trig.span[0]))
                   and not _USED_FOR.search(doc.norm, before[-1].span[1], trig.span[0]))
        return after[0] if after else (before[-1] if before and (passive or _result_clause(doc, trig)) else None)
    if after:
        return after[0]
    if before:
        return before[-1]
    # 'whose runway was lengthened to 3,500 metres': a runway told with the verb is the facility's
    return next((a for a in inside if a.span[0] <= trig.span[0] and trig.span[1] <= a.span[1]), None)


def _left_for_home(doc: Doc, before: list[Anchor]) -> list[Anchor]:
    """Of the facilities before a word of going home, those its forces may leave: not where they came from ('arrived at
    X from Y and will fly home': X), a facility after 'from' yielding to one named otherwise."""
    here = [a for a in before if not _FROM_BEFORE.search(doc.norm, max(0, a.span[0] - 40), a.span[0])]
    return here or [a for a in before if not _came_here_from(doc, a)]


def _came_here_from(doc: Doc, anchor: Anchor) -> bool:
    """'flown in from X', 'arrived from X': the facility is where forces came from ('flew sorties from X' is where
    they served)."""
    return _cues(doc.language).came_from.search(doc.norm, max(0, anchor.span[0] - 60), anchor.span[0]) is not None


def _new_clause_between(doc: Doc, end: int, trig: Trigger) -> bool:
    """A clause with a subject and verb of its own opens after `end` and holds the trigger, and nothing in it ('its',
    'there') points back to what came before."""
    new = _cues(doc.language).and_clause.search(doc.norm, end, trig.span[0])
    return new is not None and not _POINTS_BACK.search(doc.norm, new.start(), trig.clause[1])


def _there_next(doc: Doc, trig: Trigger, anchor: Anchor, anchors: _Anchors) -> bool:
    """'X is run by Italy. Drones have been based there since 2020', 'Moscow sent two frigates there': 'there' after
    the verb and its object is where the forces are, when the text before it names that facility alone."""
    if (doc.norm[anchor.span[0]:anchor.span[1]].lower() != "there"
            or not _OBJECT_BEFORE_THERE.fullmatch(doc.norm, trig.span[1], anchor.span[0])):
        return False
    lo = _previous_start(doc, trig.sentence)
    return {id(a.facility) for a in anchors.within(lo, trig.span[0])} == {id(anchor.facility)}


def _fronted_place(doc: Doc, trig: Trigger, anchors: _Anchors) -> Anchor | None:
    """'Further north, at X, an airfield run by Y, F-16 fighters have flown since 1994': a facility in a phrase of
    place opening the sentence is where the event of the main clause after it happened."""
    if trig.clause[0] <= trig.sentence[0] + 4:
        return None
    named = anchors.within(trig.sentence[0], trig.clause[0])
    if not named or len({id(a.facility) for a in named}) > 1:
        return None
    return named[0] if _FRONTED.fullmatch(doc.norm, trig.sentence[0], named[0].span[0]) else None


def _first_listed(doc: Doc, before: list[Anchor]) -> Anchor:
    """The first of the facilities listed ('X, Y and Z') that ends with the last of `before`."""
    first = before[-1]
    for other in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(doc.norm, other.span[1], first.span[0]):
            break
        first = other
    return first


def _own_subject_before(doc: Doc, lo: int, start: int, hi: int) -> bool:
    """A clause with a subject of its own opens in [lo, start), its verb before `hi`."""
    if not _word_then_space(doc.norm, lo, min(hi, len(doc.norm)), _OWN_SUBJECT_WORDS, start):
        return False
    own = _OWN_SUBJECT.search(doc.norm, lo, min(hi, len(doc.norm)))
    return own is not None and own.start() < start


def _from_origin(doc: Doc, lo: int, hi: int) -> bool:
    """Between an attack word and a facility: an origin word ('from', 'by') that no target word ('on', 'against')
    follows, so the facility is where the attack came from ('strikes from X'), not its target ('an attack by militants
    on X')."""
    origins = list(_ORIGIN.finditer(doc.norm, lo, hi))
    return bool(origins) and not _TARGET_AFTER.search(doc.norm, origins[-1].end(), hi)


def _origin_of(doc: Doc, trig: Trigger, anchor: Anchor) -> bool:
    """'the rest was shipped from the port of X', 'flown to Y and the rest shipped from X': where forces were sent
    from by a verb that is not one of relocating; nothing happened there. Aircraft that have 'flown from X' with no
    other destination operate there."""
    word = trig.word
    directions = [d.lower() for d in _DIRECTION.findall(doc.norm, trig.span[1], anchor.span[0])]
    if (word in _cues(doc.language).relocating or word in _cues(doc.language).stay_since or not directions
            or directions[-1] != "from"):
        return False
    # 'flew from X to Y': a destination named after X, not only before it
    return (word not in _cues(doc.language).flying or any(d in ("to", "into", "toward", "towards") for d in directions)
            or bool(_NAMED_DESTINATION.search(doc.norm, anchor.span[1], trig.clause[1]))
            or _flown_there(doc, trig))


def _flights_from(doc: Doc, trig: Trigger, anchor: Anchor, index: _Index) -> bool:
    """'student pilots flew from X in the meantime', 'bombers flew from it to raid Y in 1937': aircraft that flew from a
    base, with no time their stay began, used it, as 'have used' does; no one arrival. A stay since a time is one
    ('have flown from X, beside Y, since 2015'), and so are flights going on or begun ('have been flying from X',
    'began flying from X')."""
    start, end = trig.span
    if (trig.type != "deployment" or trig.word not in _cues(doc.language).flying or end > anchor.span[0]
            or _cues(doc.language).being_before.search(doc.norm, max(0, start - 20), start)
            or _cues(doc.language).flights_begun.search(doc.norm, max(0, start - 12), start)):
        return False
    directions = [d.lower() for d in _DIRECTION.findall(doc.norm, end, anchor.span[0])]
    return bool(directions) and directions[-1] == "from" and not any(
        _SINCE_BEFORE.search(doc.norm, max(end, d.span[0] - 40), d.span[0])
        for d in index.dates_in(end, trig.sentence[1]))


def _housed_after(doc: Doc, trig: Trigger, place: PlaceMention | None, anchors: _Anchors) -> Facility | None:
    """'arrived in X in January. The contingent is housed at the Y camp': the one facility the forces that came to a
    town are then told to live at, share or be based at, in the rest of the sentence or the next."""
    if place is None or place.kind not in _TOWN_PLACES:
        return None
    after = bisect_right(doc.sentences, trig.sentence[1] - 1, key=itemgetter(1))
    end = doc.sentences[after + 1][1] if after + 1 < len(doc.sentences) else trig.sentence[1]
    housed = {id(a.facility): a.facility for a in anchors.within(place.span[1], end)
              if _cues(doc.language).housed_before.search(doc.norm, max(place.span[1], a.span[0] - 80), a.span[0])}
    return next(iter(housed.values())) if len(housed) == 1 else None


def _came_from(doc: Doc, lo: int, hi: int) -> bool:
    """The last direction word between `lo` (the verb or the facility named before) and a facility at `hi` is
    'from': it is where forces came from."""
    directions = _DIRECTION.findall(doc.norm, lo, hi)
    return bool(directions) and directions[-1].lower() == "from"


def _flown_there(doc: Doc, trig: Trigger) -> bool:
    """'sent 800 troops to X, most of them flown from Y': forces flown (not aircraft that have flown) after the
    sentence told where they were sent; Y is only where the flight began."""
    start = trig.span[0]
    return (trig.word == "flown" and not _PERFECT_BEFORE.search(doc.norm, max(0, start - 20), start)
            and _cues(doc.language).sent_to.search(doc.norm, trig.sentence[0], start) is not None)


def _result_clause(doc: Doc, trig: Trigger) -> bool:
    """', destroying seven aircraft' after 'explosions ripped through X': a participle opening a clause tells what the
    clause before did, to the facility named there."""
    word = doc.norm[trig.span[0]:trig.span[1]]
    return (word.endswith("ing") and trig.clause[0] > trig.sentence[0] and doc.norm[trig.clause[0] - 1] == ","
            and not doc.norm[trig.clause[0]:trig.span[0]].strip())


def _relative_antecedent(doc: Doc, trig: Trigger, clause: Span, anchors: _Anchors,
                         index: _Index) -> Anchor | Literal[False] | None:
    """For a trigger in a ', which'/', where' clause: the facility named before the comma, False if the noun there is
    no facility, None if the trigger is in no relative clause."""
    rel = _relative_at(doc.norm, clause[0])
    if rel is None or clause[0] == 0 or doc.norm[clause[0] - 1] != ",":
        return None
    sub = _SUBORDINATE.search(doc.norm, rel.end(), trig.span[0])
    if sub is not None and not _ANAPHOR.search(doc.norm, sub.end(), trig.span[0]):
        # 'where Russian forces set up a base after American troops pulled back from the border': the second verb
        # has a clause, and a place, of its own ('which the military reopened after it had been abandoned' has not)
        return False
    comma = clause[0] - 1
    sentence = trig.sentence
    prior = anchors.within(sentence[0], comma)
    if rel.group(1).lower() == "where":
        if not prior or comma - prior[-1].span[1] > 120:
            return None
        between = (prior[-1].span[1], comma)
        # 'X lies near Kaliningrad, where ...': the place is the antecedent, unless it sits in an apposition to X
        # ('Chabelley Airfield, a former strip near Djibouti City, where ...')
        placed = any(end <= between[1] for _, end in index.all_places[
            bisect_left_int(index.all_starts, between[0]):bisect_right_int(index.all_starts, between[1])])
        # or in an aside set off by commas right after X ('the Conoco gas plant, also in Deir al-Zour province, where')
        # or only locates X ('Prince Sultan Air Base in Saudi Arabia, where')
        apposed = (_APPOSITION.search(doc.norm, max(sentence[0], comma - 120), comma)
                   or doc.norm[between[0]:between[1]].lstrip().startswith(",")
                   or any(_LOCATED_IN.fullmatch(doc.norm, between[0], start) for start in index.ends.get(comma, ())))
        return prior[-1] if not placed or apposed else False
    # 'the Konarak base, about 8 miles west of Chabahar, which has doubled in size': an aside set off by commas after
    # the facility only locates it, and the clause is about the facility
    if prior and (comma - prior[-1].span[1] <= 1 or _cues(doc.language).placed_phrase.fullmatch(
            doc.norm, prior[-1].span[1], comma)):
        # or a phrase that only places it ('the X camp in the north of the capital, which French forces left')
        return prior[-1]
    return next((a for a in reversed(prior) if comma - a.span[1] <= _REACH and starts_at(doc.norm, a.span[1], ",")
                 and "," not in doc.norm[a.span[1] + 1:comma]), False)


def actor_of(doc: Doc, trig: Trigger, actor_list: list[Actor], exclude: Iterable[Span] = (),
             index: _Index | None = None) -> str | None:
    """The agent: after 'by' in a passive ('was attacked by Iran'), else the state nearest before the trigger
    in its clause (outside `exclude`, e.g. the facility's own name), else after 'by', else earlier in the sentence."""
    clause = trig.clause
    sentence = _wide_clause(doc, trig)
    moved = (_moved_ones(doc, trig, actor_list, exclude, index) or _built_for(doc, trig, actor_list)
             or _attack_of_arms(doc, trig, actor_list))
    if moved is not None:
        return moved
    lo, hi = _first_from(actor_list, sentence[0]), _first_from(actor_list, trig.span[0])
    named = [a for a in actor_list[lo:hi] if a.span[1] <= trig.span[0]]
    own = _relative_subject(doc, trig)
    if own is None:
        own = _relative_verb(doc, trig) or _subordinate_subject(doc, trig)
    if own is not None:
        # 'the camp, which the UN mission left': the relative clause's own subject is the agent, stateless or not
        named = [a for a in named if a.span[0] >= own]
    if not named or (_DIRECT_BY.match(doc.norm, trig.span[1])
                     and _NOMINAL.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0])):
        # 'repulsed an attack by separatist militants': the agent follows the noun, stateless or not; the subject
        # before it only met the event
        return _by_actor(doc, trig, clause, actor_list)
    index = index or _Index(doc)
    places = [*exclude, *index.places_from(sentence[0], sentence[1])]
    usable = [a for a in named if not _names_a_place_of(doc, a, places) and index.free_agent(a)
              and not _aside(doc, trig, a) and not (trig.type not in _WORK_TYPES
                                                     and _COMPANY_AFTER.match(doc.norm, a.span[1]))]
    if trig.type not in _WORK_TYPES:
        # 'American-made helicopters were delivered to X': the maker of the arms moves no forces
        maker_mark = _cues(doc.language).maker_mark
        usable = [a for a in usable if not maker_mark.match(doc.norm, a.span[1])]
    wielder = next((a for a in reversed(usable) if _wields(doc, a, trig)), None)
    if wielder is not None:
        return wielder.code
    # 'According to a Jordanian source, American batteries arrived': who tells of the event is not who acts in it
    usable = [a for a in usable if not _source_of_news(doc, a)] or usable
    usable = _not_suppliers(doc, clause, usable, index)
    before = [a for a in usable if clause[0] <= a.span[0]]
    by = _by_actor(doc, trig, clause, actor_list)
    passive = bool(_PASSIVE_BEFORE.search(doc.norm, max(clause[0], trig.span[0] - 40), trig.span[0]))
    if by and (passive or not before or _DIRECT_BY.match(doc.norm, trig.span[1])):
        return by
    if passive and trig.type == "attack":
        # 'X was bombed': the subject is the target; only a state named with the weapons is the attacker
        usable = [a for a in usable if index.supplier(a)]
        before = [a for a in before if index.supplier(a)]
    if not before and _SERVICE_SUBJECT.match(doc.norm, clause[0]):
        # 'a Chinese contractor is lengthening the runway, and the air force moved its jets there': a coordinate clause
        # whose subject is a force of no state named acts for itself, not for a state of the clause before
        return None
    if before:
        # the clause may open inside a list of states ('Warships from Iran, Russia and China began'): the states
        # before it are kept for the list to be read back to its first
        return _first_joined(doc, usable[:usable.index(before[-1]) + 1]).code
    return _first_joined(doc, usable).code if usable else None


def _not_suppliers(doc: Doc, clause: Span, usable: list[Actor], index: _Index) -> list[Actor]:
    """The states that made no arms of the sentence, or all when only such are named; in a coordinate clause whose
    own states all qualify arms, those ('F-16s flew in from X, and two Italian Typhoons have been at Y': IT), not a
    state of the clause before."""
    kept = [a for a in usable if not index.supplier(a)]
    own = [a for a in usable if clause[0] <= a.span[0]]
    if own and not any(clause[0] <= a.span[0] for a in kept) and _COORDINATE_OPENING.match(doc.norm, clause[0]):
        return own
    return kept or usable


def _moved_ones(doc: Doc, trig: Trigger, actor_list: list[Actor], exclude: Iterable[Span],
                index: _Index | None) -> str | None:
    """'Spain approved the deployment of two US destroyers': the state of the forces an event noun is of acted, not
    the subject that approved, hosted or welcomed it; an attack's 'of' names its target instead."""
    # the plain ' of ' first: most triggers are verbs, and the pattern would be tried on each
    if (trig.type == "attack" or not (starts_at(doc.norm, trig.span[1], " of ") or (_opening_after(
            doc.norm, trig.span[1], len(doc.norm), 1, _PP_OF_OPENINGS) and _PP_OF.match(doc.norm, trig.span[1])))
            or not _NOMINAL.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0])):
        return None
    first = _first_from(actor_list, trig.span[1])
    for actor in actor_list[first:]:
        if actor.span[0] > trig.span[1] + 90 or not _OF_OBJECT.fullmatch(doc.norm, trig.span[1], actor.span[0]):
            return None
        index = index or _Index(doc)
        places = [*exclude, *index.places_from(trig.span[1], actor.span[1] + 40)]
        if not _names_a_place_of(doc, actor, places) and not index.supplier(actor):
            return actor.code
    return None


def _attack_of_arms(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'repelled a massed attack of Ukrainian drones', 'a strike of Israeli missiles': the state of the weapons an
    attack noun is of is the attacker, whoever the subject that met it."""
    if trig.type != "attack" or not starts_at(doc.norm, trig.span[1], " of "):
        return None
    first = _first_from(actor_list, trig.span[1])
    if first == len(actor_list) or not _OF_THE.fullmatch(doc.norm, trig.span[1], actor_list[first].span[0]):
        return None
    return actor_list[first].code if _WEAPONS_AFTER.match(doc.norm, actor_list[first].span[1]) else None


def _built_for(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'resolved their differences over a planned Russian naval base': a state qualifying the facility right after
    the building word is whose base it is, whoever the sentence's subject."""
    if trig.type not in ("construction", "expansion"):
        return None
    first = _first_from(actor_list, trig.span[1])
    if first == len(actor_list) or not _OBJECT_OPENING.fullmatch(doc.norm, trig.span[1], actor_list[first].span[0]):
        return None
    head = _MODIFIERS.match(doc.norm, actor_list[first].span[1])
    return actor_list[first].code if head and facility_words(doc.language).heads.match(doc.norm, head.end()) else None


def _relative_subject(doc: Doc, trig: Trigger) -> int | None:
    """Where the subject of the relative clause the trigger is in begins ('which the UN mission MINUSMA left'), if it
    has one named by a noun: not in a passive ('which was expanded') nor a pronoun ('where it has deployed')."""
    rel = _relative_at(doc.norm, trig.clause[0])
    if rel is None or _PASSIVE_BEFORE.search(doc.norm, max(rel.end(), trig.span[0] - 40), trig.span[0]):
        return None
    subject = doc.norm[rel.end():trig.span[0]]
    if _pronoun_is_subject(doc, subject):
        return None
    return rel.end() if subject.strip() and not _PRONOUN_SUBJECT.match(subject) else None


def _pronoun_is_subject(doc: Doc, between: str) -> bool:
    """'which has doubled', 'which images show has doubled': the relative pronoun itself is the subject."""
    return bool(_AUXILIARY.match(between) or _cues(doc.language).reported_auxiliary.search(between))


def _relative_verb(doc: Doc, trig: Trigger) -> int | None:
    """Where a relative clause whose subject is the relative pronoun begins ('X, which has doubled in size'): a state
    named before it, in the main clause, did not act in it."""
    rel = _relative_at(doc.norm, trig.clause[0])
    if rel is None or _PASSIVE_BEFORE.search(doc.norm, max(rel.end(), trig.span[0] - 40), trig.span[0]):
        return None
    return rel.end() if _pronoun_is_subject(doc, doc.norm[rel.end():trig.span[0]]) else None


def _subordinate_subject(doc: Doc, trig: Trigger) -> int | None:
    """Where the subject of the time or reason clause whose verb the trigger is begins ('drills as the base expands'):
    no state before the conjunction is its agent."""
    lo = max(trig.clause[0], trig.span[0] - 60)
    # the conjunction must stand in the window as a word, white space after it: a literal test spares most the search
    sub = (_SUBORDINATE_SUBJECT.search(doc.norm, lo, trig.span[0])
           if _word_then_space(doc.norm, lo, trig.span[0], _SUBORDINATORS) else None)
    if sub is None or _ANAPHOR.search(sub.group()):
        # 'after the last of them arrived': the subject stands for what the main clause named
        return None
    return doc.norm.index(" ", sub.start()) + 1


def _first_joined(doc: Doc, states: list[Actor]) -> Actor:
    """The last state named, or, when it qualifies forces with others, the first of them ('Russian and Belarusian
    forces held drills': RU), or the one before a counterpart's ('Modi and his Mauritian counterpart': IN)."""
    i = len(states) - 1
    if i and _COUNTERPART.search(doc.norm, max(0, states[i].span[0] - 12), states[i].span[0]):
        # 'Modi and his Mauritian counterpart inaugurated': the counterpart joins the leader named first
        return states[i - 1]
    gap = _SPACE.match(doc.norm, states[i].span[1])
    if i and _AND_JOINED.fullmatch(doc.norm, states[i - 1].span[1], states[i].span[0]):
        # 'Thailand and the United States opened the exercise': states that act together are told by the first
        i -= 1
    elif gap is None or not (facility_words(doc.language).force.match(doc.norm, gap.end())
                             or _cues(doc.language).force_noun.match(doc.norm, gap.end())):
        if not (i and _KIT_FORCES_AFTER.match(doc.norm, states[i].span[1])
                and _KIT_JOINED.fullmatch(doc.norm, states[i - 1].span[1], states[i].span[0])):
            return states[i]
        # 'American A-10 and Czech Gripen pilots trained together': each state's forces told with their kit
        i -= 1
    while i and (_JOINED.fullmatch(doc.norm, states[i - 1].span[1], states[i].span[0])
                 or _cues(doc.language).forces_and.fullmatch(doc.norm, states[i - 1].span[1], states[i].span[0])):
        # 'Belgian commandos and French marines held an exercise': each state's forces named, joined by 'and'
        i -= 1
    return states[i]


def _first_from(actor_list: list[Actor], pos: int) -> int:
    """The index of the first actor that starts at or after `pos` (actors are in text order): a native loop when
    compiled, where bisecting the actors themselves compares tuples at every step."""
    lo, hi = 0, len(actor_list)
    while lo < hi:
        mid = (lo + hi) // 2
        if actor_list[mid].span[0] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _story_state(actor_list: list[Actor], trig: Trigger) -> str | None:
    """The state the text has named most often before the trigger, whose story it tells."""
    counts: dict[str, int] = {}
    for actor in actor_list[:_first_from(actor_list, trig.span[0])]:
        counts[actor.code] = counts.get(actor.code, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


def _placed_event(doc: Doc, trig: Trigger, actor_list: list[Actor], index: _Index) -> Event | None:
    """An action on a country or town rather than an installation ('strikes on Yemen', 'troops left Niger'):
    an event with no facility, when the place is the trigger's object."""
    word = trig.word
    if (trig.type not in _PLACE_TYPES or (word in _cues(doc.language).standing and not _stay_since(doc, trig, index))
            or _infinitive_before(doc.norm, trig.span[0])):
        return None
    sentence = trig.sentence
    if not index.closed(sentence):
        return None
    place = _place_object(doc, trig, index)
    if place is None:
        return None
    # 'since fighters overran Palma': a state in a facility's name ('the Mozambique LNG plant') is no agent
    named = [span for fac in doc.facilities for span in fac.mentions if sentence[0] <= span[0] < sentence[1]]
    actor = actor_of(doc, trig, actor_list, exclude=[place.span, *named], index=index)
    if actor is None and trig.type in ("visit", "deployment"):
        actor = _visitor_origin(doc, trig, trig.clause)
        if (actor is not None and trig.type == "deployment" and place.country and place.country != actor
                and _story_state(actor_list, trig) == place.country):
            # 'F-16s were moved to Rzeszow' in a story of Poland: its own forces move what they bought abroad
            actor = place.country
    actor = (actor or _pronoun_agent(doc, trig, actor_list) or _crewed_by(doc, trig, actor_list)
             or _forces_named_before(doc, trig, actor_list)
             or (_forces_told_before(doc, trig, actor_list) if trig.type in _MOVING_TYPES else None))
    if trig.type == "exercise":
        # drills of states named together are told by the host's
        actor = (place.country if trig.word in _cues(doc.language).training_together else None) or _host(
            doc, trig, actor_list, place.country) or _host_forces_joined(
            doc, trig, actor_list, place.country) or actor or (
            place.country if _many_states(doc, trig.sentence) else None)
        if place.country and _guest_at_drills(doc, trig, actor_list, place.country) and (
                actor is None or actor != sovereign_of(place.country)):
            # forces of the state that defends a dependent territory drill there for it ('French troops held joint
            # drills near X' in French Guiana: FR), as they act for its bases (docs/data-model.md)
            actor = place.country
    if actor is None and trig.type == "attack" and _cues(doc.language).armed_group_before.search(
            doc.norm, max(trig.clause[0], trig.span[0] - 40), trig.span[0]):
        # 'insurgents stormed the town of X': a group of no state is coded by the country it fights from, told or
        # the one it attacks in
        actor = _group_base(doc, trig, actor_list) or place.country
    elif actor is None and not (
            trig.type in _MOVING_TYPES and _ORGANISATION_BEFORE.search(doc.norm, trig.clause[0], trig.span[0])):
        # a mission an alliance sends is told with no state; forces moved or striking with no state in a story of one
        # are most likely that state's ('Some 300 soldiers were sent to Estonia'); a visitor or drills of no state
        # named, armed men of no group, or a move of no forces are too vague to keep
        # forces of no state sent to a province or district told before are that country's own ('Gunmen ambushed a
        # patrol in Enga province. Troops were sent to the province')
        inland = place.country if place.span[0] < trig.span[0] and place.kind != "country" else None
        actor = (inland or _story_state(actor_list, trig)) if (
            trig.type not in _OWN_AGENT_TYPES
            and _cues(doc.language).forces_word.search(doc.norm, trig.clause[0], trig.clause[1])
            and not _cues(doc.language).gunmen_before.search(doc.norm, max(trig.clause[0], trig.span[0] - 30),
                                                              trig.span[0])) else None
        if actor is None:
            return None
    date = _stay_since(doc, trig, index) if word in _cues(doc.language).standing else _dated(doc, trig, index)[0]
    return Event(trig.type, trig.span, None, actor, date, f"events:{trig.type}-place")


def _placed_after(doc: Doc, trig: Trigger, index: _Index) -> bool:
    """'Two Russian bombers flew near Alaska', 'drones were spotted over Danish airports': the trigger's clause places
    it at a country, town, region or sea of its own after it, so it is told of no facility before."""
    spans = index.all_places
    i = bisect_left_int(index.all_starts, trig.span[1])
    while i < len(spans) and spans[i][0] < trig.clause[1]:
        if _LOCATED_BEFORE.search(doc.norm, max(trig.span[1], spans[i][0] - 16), spans[i][0]):
            return True
        i += 1
    return False


def _stay_since(doc: Doc, trig: Trigger, index: _Index) -> str | None:
    """'have been stationed in the region since 2019', 'since the ceasefire of November 2020': a stay told with the
    time it began tells an arrival then; that time."""
    end = trig.span[1]
    return next((d.resolved for d in index.dates_in(end, trig.clause[1])
                 if d.resolved and _SINCE_BEFORE.search(doc.norm, max(end, d.span[0] - 40), d.span[0])), None)


def _many_states(doc: Doc, span: Span) -> bool:
    """Forces of many states, none named, take part ('from 13 countries', 'multinational')."""
    return _may_hold(doc.norm, span[0], span[1], _MULTINATIONAL_WORDS) and bool(
        _MULTINATIONAL.search(doc.norm, span[0], span[1]))


def _host(doc: Doc, trig: Trigger, actor_list: list[Actor], country: str | None) -> str | None:
    """'Russian and Nicaraguan troops held joint drills in Chinandega', 'the navies of Egypt and Saudi Arabia
    concluded an exercise at X': drills of states named together, one of them the country where they are held, are
    told by that host."""
    if country is None:
        return None
    lo = _first_from(actor_list, _wide_clause(doc, trig)[0])
    named = [a for a in actor_list[lo:_first_from(actor_list, trig.span[0])] if a.span[1] <= trig.span[0]]
    joint = any(country in (first.code, then.code) and first.code != then.code
                and (_JOINED_STATES.fullmatch(doc.norm, first.span[1], then.span[0])
                     or _JOINED_FORCES.fullmatch(doc.norm, first.span[1], then.span[0]))
                for first, then in pairwise(named))
    if not joint:
        # 'The Kenyan army and visiting troops from Britain held drills at X': the host's own forces are among those
        # that drill, with another state's
        joint = any(a.code != country for a in named) and any(
            a.code == country and _cues(doc.language).state_forces_after.match(doc.norm, a.span[1]) for a in named)
    if not joint and named and named[-1].span[0] >= trig.clause[0]:
        # 'US Marines held drills with Philippine troops at X': the partner named after 'with' holds them too
        partner = _partner_after(doc, trig, actor_list)
        joint = partner is not None and partner.code != named[-1].code and country in (partner.code, named[-1].code)
    return country if joint else None


def _host_forces_joined(doc: Doc, trig: Trigger, actor_list: list[Actor], country: str | None,
                        runner: str | None = None) -> str | None:
    """One state's forces joined by 'and', in the subject of the verb holding the drills, to forces the text gives no
    state ('police officers and a platoon of French paratroopers held drills at X', 'French paratroopers and the
    island's police') drill with the host's own, the host's exercise (docs/data-model.md); not at a base that state
    runs (`runner`), whose unnamed soldiers are as likely its own."""
    if country is None:
        return None
    cues = _cues(doc.language)
    lo = trig.clause[0]
    held = cues.held_before.search(doc.norm, lo, trig.span[0])
    if held is None:
        return None
    end = held.start()
    named = [a for a in actor_list[_first_from(actor_list, lo):_first_from(actor_list, end)] if a.span[1] <= end]
    joiner = cues.forces_joined
    joins = _finds(doc.norm[lo:end], joiner)
    if len(joins) != 1 or not named or {a.code for a in named} != {named[0].code} or named[0].code in (country,
                                                                                                      runner):
        return None
    join = lo + joins[0]
    if all(a.span[0] > join for a in named):
        other = (lo, join)
    elif all(a.span[1] <= join for a in named) and cues.host_forces_opening.match(doc.norm, join + len(joiner) - 1):
        other = (join + len(joiner), end)
    else:
        return None
    if not cues.host_forces.search(doc.norm, *other) or _ORGANISATION_BEFORE.search(doc.norm, *other):
        return None
    return country


def _host_partner(doc: Doc, trig: Trigger, actor_list: list[Actor], country: str | None) -> str | None:
    """'American launchers drove to X, where they fired rockets as part of an exercise with Estonian troops': drills
    held with the forces of the land the facility is in, named right after 'with', are that host's."""
    if country is None:
        return None
    partner = _partner_after(doc, trig, actor_list)
    return country if partner is not None and partner.code == country else None


def _partner_after(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> Actor | None:
    """The first state of the trigger's clause after it that 'with' comes right before ('drills with Philippine
    troops')."""
    return next((a for a in actor_list[_first_from(actor_list, trig.span[1]):]
                 if a.span[0] < trig.clause[1] and _WITH_PARTNER.search(doc.norm, trig.span[1], a.span[0])), None)


def _held_together(doc: Doc, trig: Trigger, actor_list: list[Actor], country: str | None, agent: str | None) -> bool:
    """'US Marines trained alongside Ghanaian troops at X', 'a joint exercise of French and Ivorian units at X': a
    sentence that tells drilling together and names the host country besides the state found holds the host's
    drills."""
    sentence = trig.sentence
    if country is None or agent in (None, country) or not _cues(doc.language).joint.search(doc.norm, *sentence):
        return False
    states = actor_list[_first_from(actor_list, sentence[0]):_first_from(actor_list, sentence[1])]
    if _BILATERAL.search(doc.norm, sentence[0], sentence[1]) and {a.code for a in states} <= {agent, country}:
        # 'Australian jets will fly to X for the bilateral exercise': the other of two sides is the host
        return True
    # 'American and Czech pilots trained together from X in Slovakia': a host named only as where the place lies is
    # none of those that drill
    return any(a.code == country and not _LOCATED_IN_BEFORE.search(doc.norm, max(0, a.span[0] - 8), a.span[0])
               for a in actor_list[_first_from(actor_list, sentence[0]):_first_from(actor_list, sentence[1])])


def _hosting_state(doc: Doc, trig: Trigger, actor_list: list[Actor], country: str | None) -> str | None:
    """'China hosted Russian warships for joint drills at X': the state that hosts forces for drills in its own
    territory holds them."""
    if country is None:
        return None
    lo, hi = _first_from(actor_list, trig.sentence[0]), _first_from(actor_list, trig.span[0])
    named = [a for a in actor_list[lo:hi] if a.code == country]
    if any(_HOSTS_AFTER.match(doc.norm, a.span[1]) for a in named):
        return country
    # 'X has kept out of the fighting, and it hosted the US-led exercise at its Y training centre'
    it = _IT_HOSTS.search(doc.norm, trig.sentence[0], trig.span[0])
    return country if it is not None and any(a.span[1] <= it.start() for a in named) else None


def _guest_at_drills(doc: Doc, trig: Trigger, actor_list: list[Actor], country: str) -> bool:
    """'Liberian sailors joined the naval exercise off Ghana', 'a corvette of the Azerbaijani navy held joint
    exercises off X': forces that join drills, or hold them jointly with forces not named, in another country's land or
    waters are its guests; the drills are the host's (docs/data-model.md). States named together that hold drills
    jointly, none of them the host, are no guests ('Spanish and Italian frigates held a joint exercise off X': the first
    named holds them)."""
    lo = trig.clause[0]
    cues = _cues(doc.language)
    if cues.joining.search(doc.norm, lo, trig.span[0]):
        return True
    if not cues.joint.search(doc.norm, lo, trig.span[0]):
        return False
    named = {a.code for a in actor_list[_first_from(actor_list, lo):_first_from(actor_list, trig.span[0])]}
    return len(named) < 2 or country in named


def _joined_forces(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'two Indian warships joined Sri Lankan vessels for the drills': the state whose forces others join for drills
    holds them."""
    joining = _cues(doc.language).joining.search(doc.norm, trig.clause[0], trig.span[0])
    if joining is None:
        return None
    first = _first_from(actor_list, joining.end())
    if first == len(actor_list) or actor_list[first].span[1] > trig.span[0]:
        return None
    joined = actor_list[first]
    if not (_OBJECT_OPENING.fullmatch(doc.norm, joining.end(), joined.span[0])
            and _cues(doc.language).state_forces_after.match(doc.norm, joined.span[1])):
        return None
    return joined.code


def _host_told_after(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'the IBSAMAR exercise that the South African Navy will host with India and Brazil', 'drills, which X hosted':
    the subject of a relative clause on the drills that hosts them holds them, whoever else the sentence names."""
    gap = _HOSTED_BY_AFTER.match(doc.norm, trig.span[1], trig.sentence[1])
    if gap is None:
        return None
    first = _first_from(actor_list, gap.end())
    if first == len(actor_list) or actor_list[first].span[0] != gap.end():
        return None
    host = actor_list[first]
    return host.code if _HOSTING_AFTER.match(doc.norm, host.span[1]) else None


def _home_host(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'US jets flew a joint exercise with the Guyanese air corps', 'troops from the United States and the Philippines
    are taking part in the drills': drills of states named together that tell no place of their own are held where
    the article's facilities are, when that country is one of them."""
    home = _story_country(doc)
    if home is None:
        return None
    if _host(doc, trig, actor_list, home):
        return home
    partner = next((a for a in actor_list[_first_from(actor_list, trig.span[1]):]
                    if a.span[0] < trig.clause[1] and a.code == home), None)
    return home if partner and _WITH_PARTNER.search(doc.norm, trig.span[1], partner.span[0]) else None


def _stopped(doc: Doc, trig: Trigger) -> bool:
    """Whether a verb right before the event noun stops it ('halting US air strikes'): the news is the stop."""
    cues = _cues(doc.language)
    lo = max(trig.clause[0], trig.span[0] - 30)
    return (_may_hold(doc.norm, lo, trig.span[0], cues.stopping_words)
            and cues.stopped_before.search(doc.norm, lo, trig.span[0]) is not None)


def _unplaced_event(doc: Doc, trig: Trigger, actor_list: list[Actor], index: _Index,
                    events: list[Event]) -> Event | None:
    """'France withdrew its last troops in January', 'Russian troops arrived', 'US strikes on its nuclear sites',
    'Chinese drills': an event that names no place, kept when a state's forces take part in it (or the state itself
    qualifies it) in a sentence that names no facility, whose event it would more likely be."""
    word = trig.word
    cues = _cues(doc.language)
    if trig.type == "visit":
        return _visit_by(doc, trig, actor_list, index)
    # 'in retaliation for US strikes on its nuclear sites': an attack with a target of its own is no facility's
    targeted = trig.type == "attack" and bool(_TARGET_AFTER.match(doc.norm, trig.span[1] + 1))
    gunmen = _gunmen_subject(doc, trig) if trig.type == "attack" else None
    lo = max(trig.clause[0], trig.span[0] - 110)
    shot = _SHOT_FIRED.search(doc.norm, lo, trig.span[0]) if (
        trig.type == "attack" and gunmen is None and _may_hold(doc.norm, lo, trig.span[0], _FIRED_WORDS)) else None
    # 'gunmen fired on a patrol': armed men of no state shooting at a target attack it, wherever it was; 'shells fired
    # from across the river landed in X': so does a shot that came down there; 'a coast guard boat fired warning shots
    # at a fishing trawler': whoever fires at a craft attacks it, at sea
    fires = word in cues.fire_words
    shot_at = ((gunmen is not None and fires and bool(_AT_TARGET.match(doc.norm, trig.span[1] + 1)))
               or (shot is not None and word in _SHOT_LANDING)
               or (fires and cues.fired_at_craft.match(doc.norm, trig.span[1], trig.clause[1]) is not None))
    subject = gunmen or shot
    told = cues.told_before.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0])
    if told is not None and subject is not None and told.start() > subject.start():
        # 'poachers who crossed the border fired': a noun told before is no subject when armed men or a shot are
        told = None
    if ((trig.type not in _UNPLACED_TYPES and word not in _INTRUDING and word not in cues.testing)
            or (word in cues.unplaced_not and not shot_at
                and not (word in cues.standing and _stay_since(doc, trig, index)))
            or _infinitive_before(doc.norm, trig.span[0])
            or not index.closed(trig.sentence)
            or (not targeted and index.names_a_facility(trig.clause[0], trig.clause[1]))
            or (trig.type == "attack"
                and cues.during_drills.search(doc.norm, trig.span[1], trig.clause[1]))
            or (told is not None
                and not (starts_at(doc.norm, trig.span[1], " of ")
                         and cues.forces_object.match(doc.norm, trig.span[1], trig.clause[1])))
            or _stopped(doc, trig)):
        return None
    actor = _forces_state(doc, trig, actor_list, index) or (
        _craft_state(doc, trig, actor_list) if trig.type == "attack" else None)
    if actor is None:
        armed = (_ARMED_BEFORE.search(doc.norm, max(trig.clause[0], trig.span[0] - 30), trig.span[0])
                 or gunmen) if trig.type == "attack" else None
        if shot is not None:
            # 'shells fired by the Congolese army landed in X', 'Mortar rounds hit X. Dhaka blamed the Arakan Army':
            # who fired it, or the state blamed for it
            firer = _fired_by(doc, shot, actor_list) or _claimant(doc, trig, actor_list)
            return Event("attack", trig.span, None, firer, _unplaced_date(doc, trig, index),
                         f"events:attack{_UNPLACED}")
        if armed is not None or (trig.type == "attack"
                                 and _UNDER_ATTACK.search(doc.norm, max(0, trig.span[0] - 20), trig.span[0])):
            # 'militia attacks on US bases', 'a suicide bomber struck a convoy', 'gunmen fired on a bus': attacks by
            # armed men of no state, coded by the land a group named fights from ('Houthi rebels attacked a ship': YE)
            return Event("attack", trig.span, None, armed and (
                _group_named(doc, armed.start(), actor_list) or _tied_gunmen_land(doc, trig, gunmen, actor_list)),
                         _unplaced_date(doc, trig, index), f"events:attack{_UNPLACED}")
        actor = (_host_told_after(doc, trig, actor_list) or _joined_forces(doc, trig, actor_list)
                 or _drills_state(doc, trig, actor_list, index, events)) if trig.type == "exercise" else None
        if actor is None:
            return None
    if trig.type == "exercise":
        # 'held joint drills in the department of X': the host is the country of a place after the drills; a state
        # whose forces are named there ('a drill with Swedish ships') only after the country the story's facilities
        # are in
        after = [p for p in doc.places if trig.span[1] <= p.span[0] < trig.clause[1]]
        hosts = [(p.kind == _DEMONYM, host)
                 for p in after for host in [_host(doc, trig, actor_list, p.country)] if host]
        actor = next((host for named, host in hosts if not named), None) or _home_host(doc, trig, actor_list) or next(
            (host for _, host in hosts), None) or _host_forces_joined(
            doc, trig, actor_list, _story_country(doc)) or actor
    return Event(trig.type, trig.span, None, actor, _unplaced_date(doc, trig, index), f"events:{trig.type}{_UNPLACED}")


def _craft_state(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'a Peruvian coast guard boat fired on', 'a Peruvian coast guard vessel rammed': the state qualifying the craft
    that attacks (one craft is no forces word of `_forces_state`)."""
    cues = _cues(doc.language)
    lo = max(trig.clause[0], trig.span[0] - 40)
    craft = cues.craft_before.search(doc.norm, lo, trig.span[0]) if _may_hold(
        doc.norm, lo, trig.span[0], cues.craft_words) else None
    if craft is None:
        return None
    near = [a for a in actor_list[_first_from(actor_list, max(trig.clause[0], craft.start() - 60)):
                                  _first_from(actor_list, craft.start())] if a.span[1] <= craft.start()]
    return next((a.code for a in reversed(near) if cues.qualifies.fullmatch(doc.norm, a.span[1], craft.start())), None)


def _fired_by(doc: Doc, shot: re.Match[str], actor_list: list[Actor]) -> str | None:
    """'shells fired by the Congolese army': the state whose forces fired the shot, named right after 'by'."""
    by = _BY_NAME.search(doc.norm, shot.start(), shot.end())
    if by is None:
        return None
    first = _first_from(actor_list, by.end())
    return actor_list[first].code if first < len(actor_list) and actor_list[first].span[0] == by.end() else None


def _gunmen_before(cues: _Cues, norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """`cues.gunmen_subject` in norm[lo:hi], searched for only where a word of armed men is."""
    return cues.gunmen_subject.search(norm, lo, hi) if _may_hold(norm, lo, hi, cues.gunmen_words) else None


def _gunmen_subject(doc: Doc, trig: Trigger) -> re.Match[str] | None:
    """'armed men ambushed', 'poachers who had crossed the river fired on': armed men of no state as the subject of an
    attack word in its clause (group 1 their noun)."""
    gunmen = _gunmen_before(_cues(doc.language), doc.norm, max(trig.clause[0], trig.span[0] - 70), trig.span[0])
    if gunmen is not None and (_PASSIVE.search(doc.norm, gunmen.end(1), trig.span[0])
                               or _SUBORDINATE.search(doc.norm, gunmen.end(1), trig.span[0])):
        # 'the attackers were killed': armed men a passive tells of are its object; 'the attackers dropped explosives
        # before storming the post': a subordinate verb tells the attack their main verb placed
        return None
    return gunmen


def _visit_by(doc: Doc, trig: Trigger, actor_list: list[Actor], index: _Index) -> Event | None:
    """'during a visit by French President Emmanuel Macron in August': a visit noun with its visitor's state after
    'by', in a sentence that names no facility, is that state's visit to the place the story is about."""
    by = _BY_NAME.match(doc.norm, trig.span[1]) if trig.word in _VISIT_NOUNS else None
    if by is None or index.names_a_facility(trig.sentence[0], trig.sentence[1]) or not index.closed(trig.sentence):
        return None
    first = _first_from(actor_list, by.end())
    if first == len(actor_list) or actor_list[first].span[0] != by.end():
        return None
    return Event("visit", trig.span, None, actor_list[first].code, _unplaced_date(doc, trig, index),
                 f"events:visit{_UNPLACED}")


def _tied_gunmen_land(doc: Doc, trig: Trigger, gunmen: re.Match[str] | None, actor_list: list[Actor]) -> str | None:
    """'gunmen linked to a Chadian cattle-rustling band fired on a boat', 'poachers belonging to a gang that operates
    out of X attacked a patrol', 'gunmen from a local gang fired on a patrol near X': armed men the text ties to a
    group, at no facility, are coded by the land the tie names (a state, or a place's country), else by the land of the
    place they attack in: the one country of the story's facilities, else that of a place after the verb
    (docs/data-model.md); men tied to nothing stay unplaced."""
    if gunmen is None:
        return None
    tie = _cues(doc.language).gunmen_tie.search(doc.norm, gunmen.end(1), trig.span[0])
    if tie is None:
        return None
    named = actor_list[_first_from(actor_list, tie.end()):_first_from(actor_list, trig.span[0])]
    if named:
        return named[0].code
    tied = next((p.country for p in doc.places if tie.end() <= p.span[0] < trig.span[0] and p.country), None)
    # the land the story's facilities are in before a place's reading, which may be a namesake abroad
    after = (p.country for p in doc.places
             if trig.span[1] <= p.span[0] < trig.clause[1] and p.country and p.kind != _DEMONYM)
    return tied or _story_country(doc) or next(after, None)


def _group_named(doc: Doc, start: int, actor_list: list[Actor]) -> str | None:
    """The code of an armed group named right before its members' word at `start` ('Houthi rebels')."""
    i = _first_from(actor_list, start)
    return actor_list[i - 1].code if i and _GROUP_GAP.fullmatch(doc.norm, actor_list[i - 1].span[1], start) else None


def _drills_state(doc: Doc, trig: Trigger, actor_list: list[Actor], index: _Index, events: list[Event]) -> str | None:
    """Drills that no state in their clause holds are those of the state the news around them is about: for a drills
    noun, the first named before it in its sentence ('US jets flew a joint exercise'); for a verb of drilling, whose
    subject is forces of no state named, also one named after it there, else in the sentence before ('crews practised
    intercepting bombers, the French navy said'). Not when their sentence names a facility (they are its drills, or
    none), they are drills in general ('during exercises'), or drills of no place were told already (these are most
    likely those again)."""
    sentence = trig.sentence
    if (index.names_a_facility(sentence[0], sentence[1])
            or _generic(doc, trig)
            or any(e.type == trig.type and e.facility is None for e in events)):
        return None
    free = [a for a in actor_list[_first_from(actor_list, _previous_start(doc, sentence)):
                                  _first_from(actor_list, sentence[1])] if index.free_agent(a)]
    before = [a for a in free if sentence[0] <= a.span[0] < trig.span[0]]
    if before:
        # 'The United States and the Philippines opened their exercise', 'Greece, which borders Turkey, announced
        # drills': the first state named, the subject's, holds them; one named later only joins or stands by
        return before[0].code
    if trig.word in _cues(doc.language).drilling:
        after = [a for a in free if a.span[0] >= trig.span[1]]
        earlier = [a for a in free if a.span[0] < sentence[0]]
        found = (after and after[0]) or (earlier and earlier[-1])
        if found:
            return found.code
    return _drill_ground(doc, trig)


def _drill_ground(doc: Doc, trig: Trigger) -> str | None:
    """'warships of the fleet held a boarding drill in the lagoon off X', 'jets flew over the pole during an exercise':
    drills no state is named for are the exercise of the land whose place their clause names (the host's, as
    docs/data-model.md rules), else of the one country the story's facilities are in."""
    ground = next((p.country for p in doc.places if trig.clause[0] <= p.span[0] < trig.clause[1]
                   and p.kind != _DEMONYM and p.country), None)
    told = _cues(doc.language).definite_before.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0])
    if ground is not None or told:
        # 'until the exercise ends': drills told before, whose state is theirs, unless the clause places them
        return ground
    return _story_country(doc)


def _story_country(doc: Doc) -> str | None:
    """The one country all the article's facilities are in, if there is one."""
    countries = {f.country for f in doc.facilities if f.country}
    return countries.pop() if len(countries) == 1 else None


def _unplaced_date(doc: Doc, trig: Trigger, index: _Index) -> str | None:
    """'in retaliation for US strikes on its sites', 'days after a US strike killed': an event noun after such a
    preposition happened before the clause's own time, so only a date after it dates it ('strikes ... since 2014')."""
    inside = [d for d in index.any_dates_in(trig.clause[0], trig.clause[1]) if d.resolved]
    if inside and _COORDINATE_OPENING.match(doc.norm, trig.clause[0]):
        # '..., and the UAE announced last year that its forces had left': a coordinate clause's own time, though
        # the time of its report, dates it rather than the clause before
        return _nearest(inside, trig).resolved
    prior = _PRIOR_EVENT_BEFORE.search(doc.norm, max(trig.clause[0], trig.span[0] - 30), trig.span[0])
    if prior is None or (trig.type == "exercise" and starts_at(doc.norm, prior.start(), "for")):
        # 'joined Sri Lankan vessels last month for the drills': drills forces come for are held then
        return _dated(doc, trig, index)[0]
    after = [d for d in index.dates_in(trig.span[1], trig.clause[1]) if not index.reported(d)]
    return after[0].resolved if after else None


def _forces_state(doc: Doc, trig: Trigger, actor_list: list[Actor], index: _Index) -> str | None:
    """The state whose forces are the trigger's subject ('French troops left', 'its forces had left') or object
    ('France withdrew its troops'), or that qualifies it ('a US strike', 'Chinese drills') or holds it ('Russia and
    Belarus held drills')."""
    start, end = trig.span
    # 'its squadron, which has been deployed since 2013': a relative clause's subject is the noun before it
    opening = _wide_clause(doc, trig)[0] if _RELATIVE_PRONOUN.match(doc.norm, trig.clause[0]) else trig.clause[0]
    lo = max(opening, start - 80)
    at = _first_from(actor_list, lo)
    near = [a for a in actor_list[at:_first_from(actor_list, start)] if a.span[1] <= start]
    # the rarer subjects are looked for only where their plain words are: most triggers have neither
    cues = _cues(doc.language)
    forces = _forces_before(cues, doc.norm, lo, start) or (
        cues.forces_sent_before.search(doc.norm, lo, start) if cues.sent_forces.search(doc.norm, lo, start) else None)
    owner = forces and next((i for i in reversed(range(len(near)))
                             if cues.qualifies.fullmatch(doc.norm, near[i].span[1], forces.start())), None)
    if forces is None and doc.norm.find(" from ", lo, start) >= 0:
        # 'Soldiers from Rwanda and Burundi arrived': the first state after 'from' right after the forces
        forces = cues.forces_from_before.search(doc.norm, lo, start)
        owner = forces and next((i for i, a in enumerate(near) if a.span[0] == forces.start("states")), None)
    if forces is None and trig.type in _MOVING_TYPES:
        # 'the last Tanzanian soldiers of the mission in eastern Congo came home': forces told with where they served
        lo = max(opening, start - _TAILED_REACH)
        forces = cues.forces_tailed_before.search(doc.norm, lo, start) if _may_hold(
            doc.norm, lo, start, cues.force_words) else None
        if forces is not None:
            near = [a for a in actor_list[_first_from(actor_list, lo):_first_from(actor_list, forces.start())]
                    if a.span[1] <= forces.start()]
            owner = next((i for i in reversed(range(len(near)))
                          if cues.qualifies.fullmatch(doc.norm, near[i].span[1], forces.start())), None)
    if forces is not None and (
            (trig.word in _cues(doc.language).habitual
             and not _AUXILIARY_BEFORE.search(doc.norm, forces.start(), start))
            or (trig.type == "attack" and _PASSIVE.search(doc.norm, forces.start(), start))):
        # 'US troops rotate through them': the present tells what forces do, not what they did; 'nine Russian
        # aircraft were destroyed': forces the passive of an attack tells of are its target
        return None
    if forces is not None and owner is not None:
        return _first_of_list(doc, actor_list, near[owner])
    # 'the war left Russian troops in X': forces left behind stay; with forces as its object 'left' tells no move
    word = trig.word
    # 'as Athens pulls its forces out of the islands': the present of a state moving forces tells a process going on
    moved = cues.forces_object.match(doc.norm, end, trig.clause[1]) if (
        trig.type in _MOVING_TYPES and word not in _cues(doc.language).leaving
        and word not in _cues(doc.language).habitual) else None
    named = moved and [a for a in actor_list[_first_from(actor_list, end):] if a.span[1] <= moved.end()]
    if named:
        # 'the withdrawal of all Russian forces': the forces' own state
        return named[0].code
    owned = forces is not None and _POSSESSIVE_BEFORE.search(doc.norm, max(0, forces.start() - 8), forces.start())
    if moved or word in _cues(doc.language).testing or owned:
        # 'its forces had left', 'France withdrew its troops': the subject of the clause is the state
        country = _THE_COUNTRY_SUBJECT.search(doc.norm, opening, start)
        if country is not None:
            # 'officials in Abu Dhabi said the country was reducing its troops': the country of the place named last
            before = [p for p in doc.places if trig.sentence[0] <= p.span[0] < country.start() and p.country]
            return max(before, key=lambda p: p.span[0]).country if before else None
        locative = _cues(doc.language).locative_before
        subject = [i for i, a in enumerate(near) if opening <= a.span[0] and index.free_agent(a)
                   and not locative.search(doc.norm, lo, a.span[0])]
        return _first_of_joined(doc, near, subject[-1]) if subject else None
    if trig.type in _MOVING_TYPES and not _NOMINAL.search(doc.norm, max(0, start - 30), start):
        return None
    # 'a US strike', 'Chinese drills', 'the Russian withdrawal': the state qualifies the event noun
    wielder = next((a for a in reversed(near) if _wields(doc, a, trig)), None)
    if wielder is not None:
        return wielder.code
    held = cues.held_before.search(doc.norm, lo, start) if trig.type in ("exercise", "attack") else None
    # 'Russia and Belarus held joint drills', "China's navy began exercises", 'Pakistan conducted air strikes': the
    # state right before the verb
    holder = held and next((i for i in range(len(near))
                            if cues.holders.fullmatch(doc.norm, near[i].span[1], held.start())), None)
    if held and holder is None and _AGENT_PRONOUN.search(doc.norm, max(opening, held.start() - 30), held.start()):
        # 'Africa Command said that it had carried out an air strike': 'it' for the subject of a sentence so far
        pronoun = Trigger(held.span(), trig.type, trig.sentence, trig.clause, held.group().lower())
        return _pronoun_agent(doc, pronoun, actor_list)
    joined = held and holder is None and doc.norm.find(" from ", opening, held.start()) >= 0 and (
        cues.forces_from_before.search(doc.norm, opening, held.start()))
    if joined:
        # 'troops from the United States and the Philippines are taking part in the drills'
        holder = next((i for i, a in enumerate(near) if a.span[0] == joined.start("states")), None)
    return _first_of_list(doc, actor_list, near[holder]) if holder is not None else None


_TAILED_REACH: Final = 130


def _forces_before(cues: _Cues, norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """Forces right before `hi` as the subject of the verb there (`cues.forces_before`), searched for only where a
    word of forces is, and only from the last words before `hi` the pattern can span: tried from every character of
    the window, it costs most where the words of forces start."""
    if not _may_hold(norm, lo, hi, cues.force_words):
        return None
    return cues.forces_before.search(norm, last_runs(norm, lo, hi, cues.forces_before_words), hi)


def _first_of_list(doc: Doc, actor_list: list[Actor], named: Actor) -> str:
    """The first of the states named together up to `named`, over all the text's states: 'Icelandic, Danish and
    Norwegian ships held drills' opens its list before the clause that its first comma starts."""
    return _first_of_joined(doc, actor_list, _first_from(actor_list, named.span[0]))


def _first_of_joined(doc: Doc, states: list[Actor], i: int) -> str:
    """The first of the states named together up to `states[i]` ('Russia and Belarus'): the one the news is about."""
    while i and _JOINED.fullmatch(doc.norm, states[i - 1].span[1], states[i].span[0]):
        i -= 1
    return states[i].code


def _forces_named_before(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'... when Russian peacekeepers did not intervene. The peacekeepers left the region': forces named by a bare
    noun opening the sentence are those a state was named with before."""
    the = _THE_NOUN.fullmatch(doc.norm, trig.sentence[0], trig.span[0])
    if the is None:
        return None
    earlier = [sent for sent in doc.sentences if sent[1] <= trig.sentence[0]][-_PRONOUN_REACH:]
    lo = earlier[0][0] if earlier else trig.sentence[0]
    noun = the.group(1)
    for actor in reversed(actor_list[_first_from(actor_list, lo):_first_from(actor_list, trig.sentence[0])]):
        gap = _SPACE.match(doc.norm, actor.span[1])
        if gap is not None and starts_at(doc.norm, gap.end(), noun) and not _word_char(doc.norm, gap.end() + len(noun)):
            return actor.code
    return None


def _place_object(doc: Doc, trig: Trigger, index: _Index) -> PlaceMention | None:
    """The country or town right after the trigger in its clause that is what it acts on ('strikes on Yemen'); asked
    up to three times per trigger, so kept per trigger span and type."""
    if trig.type not in _PLACE_TYPES:
        return None
    key = (trig.span, trig.type)
    if key not in index.place_objects:
        index.place_objects[key] = _find_place_object(doc, trig, index)
    return index.place_objects[key]


def _find_place_object(doc: Doc, trig: Trigger, index: _Index) -> PlaceMention | None:
    # 'entered Laos', 'entered the town of X': the place is the verb's direct object
    cues = _cues(doc.language)
    at = bisect_left_int(index.object_starts, trig.span[1])
    if at == len(index.object_starts) or index.object_starts[at] > trig.clause[1]:
        # the object's pattern ends where a place starts or reads none: with none up to the clause's end, whatever it
        # matches, the place is one named before
        return _country_named_before(doc, trig)
    obj = (cues.place_opening if trig.word in _ENTERING else cues.place_object[trig.type]).match(
        doc.norm, trig.span[1], trig.clause[1])
    if obj is None:
        return _country_named_before(doc, trig)
    place = index.objects.get(obj.end())
    if place is None and obj.end() in index.demonyms and _FRONTIER.match(doc.norm, index.demonyms[obj.end()].span[1]):
        # 'pulled back from the Turkish border': the country's edge is the place
        return index.demonyms[obj.end()]
    return place or _country_named_before(doc, trig)


def _country_named_before(doc: Doc, trig: Trigger) -> PlaceMention | None:
    """'has completed its mission in the Republic of Mali and is leaving the country', '... took control of
    Nagorno-Karabakh. The peacekeepers left the region', 'Gunmen ambushed a patrol in Enga province. Troops were sent to
    the province': a noun for a place after a verb of moving is the last place of its kind named before it, in its
    sentence or the two before, unless a facility named after it in its clause is where the forces went ('moved to
    the area around X')."""
    if trig.type not in _MOVING_TYPES:
        return None
    cues = _cues(doc.language)
    if not _may_hold(doc.norm, trig.span[1], trig.clause[1], cues.told_cores):
        return None
    the = cues.told_place.match(doc.norm, trig.span[1], trig.clause[1]) or cues.told_place_after.match(
        doc.norm, trig.span[1], trig.clause[1])
    if the is None or _facility_at(doc, the.end(), trig.clause[1]):
        return None
    kinds = cues.told_kinds[the.group(1).lower()]
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    start = doc.sentences[max(0, before - _TOLD_PLACE_REACH)][0] if before else trig.sentence[0]
    named = [p for p in doc.places if p.kind in kinds and start <= p.span[0] < trig.span[0]]
    return max(named, key=lambda p: p.span[0]) if named else None


def _dated_before(doc: Doc, trig: Trigger, triggers: list[Trigger], index: _Index) -> tuple[str | None, bool]:
    """'NATO's exercise wound down on Friday. Ships took part in the two-week drill, which was run from X': a definite
    event noun with no time of its own is the event of its type the sentence before told, at that event's time."""
    if not _cues(doc.language).definite_before.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0]):
        return None, False
    start = _previous_start(doc, trig.sentence)
    told = [t for t in triggers if t.type == trig.type and t.sentence[0] == start < trig.sentence[0]]
    return _dated(doc, told[-1], index) if told else (None, False)


def _dated_when_retold(doc: Doc, trig: Trigger, triggers: list[Trigger], index: _Index) -> str | None:
    """'The Navy has moved two drones to X, a spokesperson said. The unmanned aircraft arrived last week from Guam': an
    event with no time of its own is dated by the next sentence when that sentence opens by telling an event of its
    type again with a definite subject ('That exercise opened on Monday'), at no facility of its own."""
    i = bisect_right(doc.sentences, (trig.sentence[1],))
    if i >= len(doc.sentences):
        return None
    lo, hi = doc.sentences[i]
    then = next((t for t in triggers if lo <= t.span[0] < hi), None)
    # 'The pier was not visible in images from 2024': a time the next sentence gives for an absence dates nothing;
    # 'A firm finished a terminal in 2019': nor does a completion told otherwise than `_done_told_after` reads one
    if (then is None or then.type != trig.type or index.names_a_facility(lo, hi) or then.word in _ABSENT
            or then.word in _cues(doc.language).shown_new or then.word in _COMPLETING
            or not _cues(doc.language).retelling_opening.fullmatch(doc.norm, lo, then.span[0])):
        return None
    date, reported = _dated(doc, then, index)
    return None if reported else date


def _visit_of_the_visitor(doc: Doc, trig: Trigger, events: list[Event], index: _Index) -> Event | None:
    """'X has visited Bamako five times since 2023. During his last visit, in February, ...': a visit noun after
    'his' or 'her' is one more visit of the visitor told before, where that one was, at a time of its own."""
    if trig.type != "visit" or not _HIS_BEFORE.search(doc.norm, max(0, trig.span[0] - 25), trig.span[0]):
        return None
    told = [e for e in events if e.type == "visit" and e.span[0] < trig.sentence[0]]
    date = _dated(doc, trig, index)[0]
    if not told or date is None or date == told[-1].date:
        return None
    return Event("visit", trig.span, told[-1].facility, told[-1].actor, date, "events:visit")


def _closed(doc: Doc, sentence: Span) -> bool:
    """The sentence ends with a stop: a headline does not. Only its last characters are looked at."""
    return bool(_CLOSED.search(doc.norm, max(sentence[0], sentence[1] - _CLOSING_REACH), sentence[1]))


def _same_time_as_told(doc: Doc, trig: Trigger, events: list[Event]) -> str | None:
    """'Rockets hit the base on Friday. ... Hours later, US helicopters struck', 'X docked in February. The same month,
    navies held drills': a sentence opening with the time of the event told last is dated by it, to the measure the
    opening gives."""
    same = _SAME_TIME.match(doc.norm, trig.sentence[0], trig.span[0])
    if same is None:
        # 'Work begins in May. Four new shelters will be built at the same time': the time closing the clause
        if doc.norm.find(" at the same time", trig.span[1], trig.clause[1] + 1) < 0:
            return None
        told = [e.date for e in events if e.date and e.span[0] < trig.sentence[0]]
        return told[-1] if told else None
    # 'the same night' is that of the last event told to the day, not of a month-long work told since
    length = _SAME_TIME_LENGTH[next(g for g in same.groups() if g).lower()]
    told = [e.date for e in events if e.date and len(e.date) >= length and e.span[0] < trig.sentence[0]]
    return told[-1][:length] if told else None


def _completion_told_after(doc: Doc, trig: Trigger, index: _Index) -> str | None:
    """'The US plans to build hangars at X. The work includes an apron. It is due to be finished by 2026', 'Work is due
    to start in May': planned works with no time of their own are dated by the start or completion one of the next two
    sentences gives them, the first time it names (a start before an end: 'to begin in January and end in 2027')."""
    if trig.type not in ("construction", "expansion") or not (_planned(doc, trig) or _going_on(doc, trig)):
        return None
    i = bisect_right(doc.sentences, (trig.sentence[1],))
    for sentence in doc.sentences[i:i + 2]:
        due = _WORKS_DUE.match(doc.norm, sentence[0], sentence[1])
        if due is not None:
            # the time right after the verb is the works' own, though a speaker before reads it as said then ('He
            # said dredging would start next year')
            dates = [d for d in index.dates_in(due.end(), sentence[1])
                     if d.resolved and (d.span[0] - due.end() <= _RIGHT_AFTER or not index.reported(d))]
            return dates[0].resolved if dates else None
    return None


def _passive_right_before(norm: str, start: int, lo: int = 0) -> bool:
    """Whether a passive auxiliary (`_PASSIVE_RIGHT_BEFORE`) stands right before the verb at `start`, past `lo`."""
    return _PASSIVE_RIGHT_BEFORE.search(norm, max(lo, start - _AUXILIARY_REACH), start) is not None


def _done_told_after(doc: Doc, trig: Trigger, triggers: list[Trigger], index: _Index) -> str | None:
    """'The navy has lengthened the strip at X. The work was finished in March', 'Imagery shows a building programme at
    X. Ten shelters were completed there in May': works with no time of their own are dated by the completion the next
    sentence tells first, in the passive (what was done is its subject, not another builder: 'A contractor finished a
    terminal there this year' is other works), when that sentence names no facility, so the works it ends can only be
    these. Works whose clause gives a time that resolves to none ('built in the 1980s') have that time, not a later
    one."""
    if trig.type not in _BUILDING_TYPES or any(
            d.resolved is None for d in index.any_dates_in(trig.clause[0], trig.clause[1])):
        return None
    i = bisect_right(doc.sentences, (trig.sentence[1],))
    if i >= len(doc.sentences):
        return None
    lo, hi = doc.sentences[i]
    then = next((t for t in triggers if lo <= t.span[0] < hi), None)
    if (then is None or then.word.lower() not in _COMPLETING or index.names_a_facility(lo, hi)
            or not _passive_right_before(doc.norm, then.span[0], lo)):
        return None
    date, reported = _dated(doc, then, index)
    return None if reported else date


def _going_on(doc: Doc, trig: Trigger) -> bool:
    """'the air force is lengthening the runway', 'new hangars are being built': works told as going on, whose end or
    start the next sentences may date ('The work is due to finish in 2025')."""
    start = trig.span[0]
    return _cues(doc.language).being_before.search(doc.norm, max(0, start - 20), start) is not None


def _then_told(doc: Doc, trig: Trigger, index: _Index) -> str | None:
    """'It was reopened in 2015. Troops have rotated through it since then': a time that points back ('since then',
    'at the time') is the last the sentence before told; attacks 'since then' are many, of no one time."""
    if trig.type == "attack" or not (_may_hold(doc.norm, trig.clause[0], trig.clause[1], _THEN_WORDS)
                                     and _THEN.search(doc.norm, trig.clause[0], trig.clause[1])):
        return None
    told = index.dates_in(_previous_start(doc, trig.sentence), trig.sentence[0])
    resolved = [d for d in told if d.resolved]
    return max(resolved, key=lambda d: d.span[0]).resolved if resolved else None


def _retold(doc: Doc, trig: Trigger, events: list[Event], dated: bool) -> bool:
    """'called the strikes a violation', 'based at Darwin for the exercise': a definite event noun with no date in its
    own clause (`dated`) refers back to an event of its type already told; 'the first such visit' does so whatever
    its date."""
    if not any(e.type == trig.type for e in events):
        return False
    before = max(0, trig.span[0] - 30)
    return bool(_SUCH.search(doc.norm, before, trig.span[0])) or (
        not dated and bool(_cues(doc.language).definite_before.search(doc.norm, before, trig.span[0])))


def _drills_as_occasion(doc: Doc, trig: Trigger, events: list[Event]) -> bool:
    """'A frigate called at X on 3 June on its way home from the drill', 'flew to X on Thursday to review plans for the
    exercise': drills already told, named again as the occasion of another event, are no drills at its place, whatever
    time that event has."""
    if trig.type != "exercise" or not any(e.type == "exercise" for e in events):
        return False
    cues = _cues(doc.language)
    definite = cues.definite_before.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0])
    return definite is not None and cues.drills_told.search(
        doc.norm, max(0, definite.start() - 12), definite.start()) is not None


def _generic(doc: Doc, trig: Trigger) -> bool:
    """'flown there before, during exercises': the trigger tells events of a kind, not one."""
    return _cues(doc.language).generic.search(doc.norm, max(0, trig.span[0] - 10), trig.span[1]) is not None


def _placed_retold(events: list[Event], retold_at: dict[int, Event]) -> list[Event]:
    """The drills told at no place yield to their retelling at a facility (`retold_at`, by the facility event's id),
    which takes their time when it has none of its own; that time is then no report's ('-report-date' dropped, so the
    event is no report's news in _dedupe)."""
    if not retold_at:
        return events
    for event in events:
        told = retold_at.get(id(event))
        if told is not None and event.date is None and told.date is not None:
            event.date, event.rule = told.date, event.rule.removesuffix(_REPORT_DATED)
    gone = {id(told) for told in retold_at.values()}
    return [e for e in events if id(e) not in gone]


def _placed_retelling(trig: Trigger, events: list[Event]) -> Event | None:
    """'NATO's exercise wound down at sea. Ships took part in the two-week drill, which was run from X': drills told
    first at no place and then at a facility are the facility's, one event there (docs/data-model.md)."""
    told = [e for e in events if e.type == trig.type]
    return told[0] if trig.type == "exercise" and len(told) == 1 and told[0].facility is None else None


def _untitled_trip(doc: Doc, trig: Trigger) -> bool:
    """'Real Madrid had traveled to Japan': travelling somewhere is a visit only for an office holder or a delegation
    ('the French president traveled to Djibouti')."""
    if trig.word not in _cues(doc.language).travelling_to:
        return False
    return not _official_in(doc, trig.clause[0], trig.span[0])


def _onlookers_visit(doc: Doc, trig: Trigger) -> bool:
    """'Tourists now visit its tunnels', 'the air show, which 80,000 spectators visited', 'is visited by hikers': people
    of the public who come for pleasure make no visit; 'the minister and a group of tourists visited X' is still one."""
    if trig.type != "visit":
        return False
    cues = _cues(doc.language)
    lo = max(trig.clause[0], trig.span[0] - _REACH)
    if cues.onlooker.search(doc.norm, lo, trig.span[0]) is not None:
        return not _official_in(doc, lo, trig.span[0])
    return cues.by_onlookers.match(doc.norm, trig.span[1], trig.clause[1]) is not None


def _official_in(doc: Doc, lo: int, hi: int) -> bool:
    """Whether an office holder's title or a delegation stands in doc.norm[lo:hi]."""
    return (event_words(doc.language).titles.search(doc.norm, lo, hi) is not None
            or _cues(doc.language).delegation.search(doc.norm, lo, hi) is not None)


def _traveller(doc: Doc, trig: Trigger) -> bool:
    """'Vice President JD Vance flew to X': a titled person who travels somewhere visits it; 'the minister said
    troops flew in' is still a deployment."""
    if trig.word not in _cues(doc.language).travel:
        return False
    # a relative clause's traveller is the one it follows ('President Javier Milei, who flew to the base'), and a verb
    # that opens its clause has its subject before the apposition ('The army chief, General X, flew to Y')
    opens = not doc.norm[trig.clause[0]:trig.span[0]].strip()
    lo = max(trig.sentence[0], trig.clause[0] - 60) if opens or _WHO.match(doc.norm, trig.clause[0]) else (
        trig.clause[0])
    titles = event_words(doc.language).titles.finditer(doc.norm, lo, trig.span[0])
    # or an office written in lower case ("Japan's prime minister flew to X", 'a delegation of lawmakers landed')
    delegation = _cues(doc.language).delegation
    end = titles[-1].end() if titles else max(
        (m.end() for m in delegation.finditer(doc.norm, max(lo, trig.span[0] - 60), trig.span[0])), default=-1)
    return end >= 0 and not facility_words(doc.language).force.search(doc.norm, end, trig.span[0])


def _hosted_visitor(doc: Doc, trig: Trigger) -> bool:
    """'the base hosted three US destroyers', 'the minister hosted talks at X': hosting is a visit when those who came
    are told, ships or an office holder or a delegation; 'hosted the largest share of the drill' is no one's visit."""
    end = min(trig.clause[1], trig.span[1] + _OBJECT_REACH)
    # the subject may stand apart from the verb ('the then defence secretary, Lloyd Austin, hosted')
    return bool(_cues(doc.language).vessel.search(doc.norm, trig.span[1], end)
                or event_words(doc.language).titles.finditer(doc.norm, trig.sentence[0], end)
                or _cues(doc.language).delegation.search(doc.norm, trig.sentence[0], end))


def _abstract_object(doc: Doc, trig: Trigger, anchor: Anchor) -> bool:
    """'the site strengthened Poland's security', 'arrived ... to reinforce the mission': a facility before an active
    verb of building or growing that has an object of its own, not a part of a facility, is not what grows; 'used
    Assab until it scaled back its role in the war': nor what is left, when the object is not forces; 'Ukraine closed
    its airspace in 2022, leaving the garrison': nor a facility past the clause of a verb with an object of its own."""
    if trig.type not in _OBJECT_TYPES or trig.span[1] <= anchor.span[0] < trig.clause[1]:
        return False
    if _PASSIVE.search(doc.norm, max(anchor.span[1], trig.span[0] - 12), trig.span[0]):
        return False
    if (trig.type == "other" or trig.word in _cues(doc.language).repairing) and _FORCES_AFTER.match(
            doc.norm, trig.span[1]):
        # 'the base supplies and repairs ships': what is repaired is the forces, not the base
        return True
    obj = _OBJECT.match(doc.norm, trig.span[1])
    if obj is None or _TIME_AFTER.match(doc.norm, trig.span[1]):
        return False
    words = event_words(doc.language)
    end = min(trig.clause[1], obj.end() + _OBJECT_REACH)
    if trig.type == "withdrawal" and (facility_words(doc.language).force.search(doc.norm, obj.end(), end)
                                      or _place_at(doc, obj.end())):
        # 'left the Gulf last January': what is left is the region the facility is in
        return False
    return (words.parts.search(doc.norm, obj.end(), end) is None
            and facility_words(doc.language).heads.search(doc.norm, obj.end(), end) is None)


def _developed(doc: Doc, trig: Trigger, anchor: Anchor) -> bool:
    """The facility is what 'develop' builds: its object right after it, or its subject in the passive ('X was
    developed by the navy')."""
    if anchor.span[1] <= trig.span[0]:
        return trig.word == "developed" and bool(_PASSIVE_BEFORE.search(doc.norm, anchor.span[1], trig.span[0]))
    return _DEVELOPED_OBJECT.fullmatch(doc.norm, trig.span[1], anchor.span[0]) is not None


def _structure_told(doc: Doc, word: str, span: Span, clause: Span) -> bool:
    """A structure in the trigger's clause, within a few words: after a verb that takes it as object ('added four
    hangars', 'laid the foundation stone'), else before one that takes it as subject ('new shelters have appeared', 'a
    new runway has been added'), a new one for 'appeared'."""
    parts = event_words(doc.language).parts
    lo = max(clause[0], span[0] - _SUBJECT_REACH)
    cues = _cues(doc.language)
    # 'is getting a new floating dock', 'is paying for a new fuel jetty' go on with their object; only a verb of
    # putting up can be a passive ('a new runway was added') whose structure is its subject
    if word in cues.structure_after and not (
            word in cues.putting_up and _passive_right_before(doc.norm, span[0])):
        hi = min(clause[1], span[1] + _STRUCTURE_REACH)
        return parts.search(doc.norm, span[1], hi) is not None or _OBJECT_WORDS.match(doc.norm, span[1], hi) is not None
    if (word in cues.appearing or word in cues.rising) and _NEW_WORD.search(doc.norm, lo, span[0]) is None:
        return False
    return parts.search(doc.norm, lo, span[0]) is not None


def _official_watches_drills(doc: Doc, span: Span, clause: Span) -> bool:
    """An office holder or a delegation before the verb in its clause, drills after it."""
    lo = clause[0]
    if not doc.norm[lo:span[0]].strip(", "):
        # 'the army chief, General X, watched the drills': a subject told with an apposition stands before its commas
        lo = max(doc.sentence_of(span[0])[0], span[0] - _SUBJECT_REACH)
    official = event_words(doc.language).titles.search(doc.norm, lo, span[0]) is not None or (
        _cues(doc.language).delegation.search(doc.norm, lo, span[0]) is not None)
    return official and _cues(doc.language).watched.search(doc.norm, span[1], clause[1]) is not None


def _new_part_handed(doc: Doc, trig: Trigger) -> bool:
    """A new structure is what is handed over: 'new' and a structure's word right after the verb, or before it in its
    clause when the verb is passive."""
    parts = event_words(doc.language).parts
    start, end = trig.span
    hi = min(trig.clause[1], end + _STRUCTURE_REACH)
    after = _NEW_OBJECT.match(doc.norm, end, hi)
    if after is not None:
        return parts.search(doc.norm, after.end(), hi) is not None
    if not _passive_right_before(doc.norm, start):
        return False
    # 'a new block at X, paid for by London, was handed over': the subject may stand before an aside between commas
    lo = max(_after_aside(doc, trig), start - _REACH)
    part = parts.search(doc.norm, lo, start)
    # 'a hangar for the helicopters was handed over': a structure told for the first time, with 'a' or a number, is a
    # new one too
    return part is not None and (_NEW_WORD.search(doc.norm, lo, start) is not None or _FIRST_TOLD.search(
        doc.norm, max(lo, part.begin - 24), part.begin) is not None)


def _after_aside(doc: Doc, trig: Trigger) -> int:
    """Where the trigger's clause opens, or its sentence when a comma closes what comes before the clause ('a new block
    at X, paid for by London, was handed over': the subject stands before the aside)."""
    lo = trig.clause[0]
    return trig.sentence[0] if doc.norm[trig.sentence[0]:lo].rstrip().endswith(",") else lo


def _built_then_handed(doc: Doc, trig: Trigger, triggers: list[Trigger]) -> bool:
    """'the radar station, built by the United States and handed over in February': a handover joined to the building
    of what is handed ends those works; no forces leave."""
    return any(t.type == "construction" and trig.sentence[0] <= t.span[0] and t.span[1] <= trig.span[0]
               and _HANDED_AFTER_BUILT.fullmatch(doc.norm, t.span[1], trig.span[0]) is not None for t in triggers)


def _part_handed(doc: Doc, trig: Trigger) -> bool:
    """A structure is what is handed over, told right after the verb or noun ('handed over four hangars', 'the handover
    of the blocks')."""
    end = trig.span[1]
    part = event_words(doc.language).parts.search(doc.norm, end, min(trig.clause[1], end + _STRUCTURE_REACH))
    return part is not None and _HANDED_OBJECT.fullmatch(doc.norm, end, part.begin) is not None


def _kit_handed(doc: Doc, trig: Trigger) -> bool:
    """Kit or goods are what is handed over, told right after the verb or noun with no structure before them ('handed
    over two fast patrol boats at X', 'to hand over new trucks'): a gift at the place, not a site left."""
    end = trig.span[1]
    kit = _cues(doc.language).kit_handed.match(doc.norm, end, min(trig.clause[1], end + _STRUCTURE_REACH))
    return kit is not None and event_words(doc.language).parts.search(doc.norm, end, kit.end()) is None


def _official_after(doc: Doc, end: int, clause_end: int) -> bool:
    """An office holder or a delegation told right after `end` in its clause ('in the presence of the defence
    minister')."""
    hi = min(clause_end, end + _OBJECT_REACH)
    return (event_words(doc.language).titles.search(doc.norm, end, hi) is not None
            or _cues(doc.language).delegation.search(doc.norm, end, hi) is not None)


def _state_after(trig: Trigger, actor_list: list[Actor]) -> str | None:
    """The first state named after the trigger in its clause ('in the presence of the French ambassador': FR)."""
    first = _first_from(actor_list, trig.span[1])
    return actor_list[first].code if first < len(actor_list) and actor_list[first].span[0] < trig.clause[1] else None


def _official_attends(doc: Doc, span: Span, clause: Span) -> bool:
    """An office holder or a delegation attends drills or a ceremony: the official before the verb and what is attended
    after it ('the president attended a parade at X'), or, in the passive, what is attended right before it and the
    official after 'by' ('a ceremony attended by the defence minister')."""
    official = (event_words(doc.language).titles.search(doc.norm, clause[0], span[0]) is not None
                or _cues(doc.language).delegation.search(doc.norm, clause[0], span[0]) is not None)
    attended = _cues(doc.language).attended
    if official and attended.search(doc.norm, span[1], clause[1]) is not None:
        return True
    by = _BY_AGENT.match(doc.norm, span[1], clause[1])
    if by is None or attended.search(doc.norm, max(clause[0], span[0] - _OBJECT_REACH), span[0]) is None:
        return False
    hi = min(clause[1], by.end() + _OBJECT_REACH)
    return (event_words(doc.language).titles.search(doc.norm, by.end(), hi) is not None
            or _cues(doc.language).delegation.search(doc.norm, by.end(), hi) is not None)


def _attended(doc: Doc, trig: Trigger, triggers: list[Trigger]) -> list[Trigger]:
    """'France handed the camp over on Thursday. ... The minister attended the handover': the event an official
    attends is the one the attended noun names, told in the visit's sentence or else first before it (a handover the
    handing over, drills the exercise)."""
    drills = _cues(doc.language)
    after = drills.attended.search(doc.norm, trig.span[1], trig.clause[1])
    noun = (after.group() if after else "").lower()
    if noun in drills.handover_nouns:
        told = [t for t in triggers if t.word in drills.handing]
    elif noun and drills.watched.fullmatch(noun):
        told = [t for t in triggers if t.type == "exercise"]
    else:
        # a ceremony is that of what its sentence tells, else of the last event the sentence before told ('The
        # exercise closed on Tuesday at X. The closing ceremony was attended by the president')
        previous = _previous_start(doc, trig.sentence)
        return [t for t in triggers if t.type != "visit" and t.sentence == trig.sentence] or [
            t for t in triggers if t.type != "visit" and t.sentence[0] == previous < trig.sentence[0]][-1:]
    same = [t for t in told if t.sentence == trig.sentence]
    before = [t for t in told if t.span[0] < trig.span[0]]
    return same + before[:1]


def _attended_date(doc: Doc, trig: Trigger, triggers: list[Trigger], index: _Index) -> str | None:
    """The time of the event an official attends or watches, the visit's."""
    for then in _attended(doc, trig, triggers):
        date = _dated(doc, then, index)[0]
        if date is not None:
            return date
    return None


def _attended_at(doc: Doc, trig: Trigger, triggers: list[Trigger], events: list[Event]) -> Anchor | None:
    """'The minister attended the handover': with no place of its own, the visit is at the facility of the event
    attended, told before it."""
    if trig.word not in _cues(doc.language).attending:
        return None
    for then in _attended(doc, trig, triggers):
        told = next((e.facility for e in events if e.span == then.span and e.facility), None)
        facility = next((f for f in doc.facilities if f.id == told), None) if told else None
        if facility is not None:
            return Anchor(then.span, facility)
    return None


def _place_at(doc: Doc, pos: int) -> bool:
    """A place other than a state's adjective starts at `pos`."""
    return any(p.span[0] == pos and p.kind != _DEMONYM for p in doc.places)


def _held_across(doc: Doc, trig: Trigger, anchors: _Anchors) -> bool:
    """Drills told after their noun, in their sentence and no clause of its own, as spread over a place that is no
    facility ('an exercise that runs until Friday across the X islands', 'Exercise X, which opened across the Y
    region'; 'across the former air station' names one)."""
    cues = _cues(doc.language)
    end = trig.span[1]
    stop = min(trig.sentence[1], end + _ACROSS_REACH)
    if not _may_hold(doc.norm, end, stop, cues.spread_words):
        return False
    spread = cues.spread_over.search(doc.norm, end, stop)
    if spread is None or cues.and_clause.search(doc.norm, end, spread.start()) is not None:
        return False
    at = spread.end()
    # a place the places layer found, or a name it did not ('across the X islands')
    return ((doc.norm[at:at + 1].isupper() or any(p.span[0] == at for p in doc.places))
            and not any(a.span[0] == at for a in anchors.within(at, min(stop, at + _ACROSS_REACH))))


def _describes_noun(doc: Doc, cues: _Cues, start: int, end: int) -> bool:
    """'the abandoned Smirnykh air base', 'sites of abandoned Soviet stations': a participle of leaving after an article
    or a preposition and before a word of its own describes what it is, a state; no one left then."""
    return (cues.state_before.search(doc.norm, max(0, start - 8), start) is not None
            and _NOUN_AFTER.match(doc.norm, end) is not None)


def _called_off(text: str, cues: _Cues, end: int, stop: int) -> bool:
    """Whether a call-off ('was finally cancelled') follows `end` within _CALL_OFF_REACH characters, in its sentence,
    with no barrier (a new clause, a relative, ';' or ':') before it. The first call-off decides: a later one has the
    same words before it and more."""
    call = cues.called_off.search(text, end, stop)
    if call is None or call.start() - end > _CALL_OFF_REACH:
        return False
    barrier = cues.clause_barrier.search(text, end, call.start())
    return barrier is None


def _undone(doc: Doc, trig: Trigger) -> bool:
    """'a 2018 plan for India to build an airstrip on X collapsed', 'Whoever builds this port', 'the exercise was
    cancelled': a plan that failed, anyone at all doing it, or drills or works called off tell nothing that
    happened."""
    cues = _cues(doc.language)
    end, stop = trig.span[1], trig.sentence[1]
    if _may_hold(doc.norm, end, stop, cues.called_off_words) and _called_off(doc.norm, cues, end, stop):
        return True
    # the plain words first: the patterns would be tried at each of the many triggers that have neither
    near = doc.norm[max(trig.clause[0], trig.span[0] - 20):trig.span[0]].lower()
    if ("who" in near or "ever" in near) and _ANYONE_BEFORE.search(
            doc.norm, max(trig.clause[0], trig.span[0] - 14), trig.span[0]):
        return True
    if " to " not in near:
        return False
    plan = cues.plan_before.search(doc.norm, max(trig.sentence[0], trig.span[0] - 60), trig.span[0])
    return plan is not None and cues.failed.search(doc.norm, trig.span[1], trig.sentence[1]) is not None


def _opens_a_happening(doc: Doc, trig: Trigger) -> bool:
    """'opened the annual Cobra Gold exercise at X', 'the yearly exercise opened on Saturday at X': what is opened is
    an event told by its own noun, object or subject, not a facility."""
    if trig.type != "construction" or not starts_at(doc.norm, trig.span[0], "open"):
        return False
    words = event_words(doc.language)
    subject = _HAPPENING_SUBJECT.search(doc.norm, trig.clause[0], trig.span[0])
    if subject is not None and words.trigger_type.get(subject.group(1).lower(), ("",))[0] in _HAPPENINGS:
        return True
    for m in words.triggers.finditer(doc.norm, trig.span[1], min(trig.clause[1], trig.span[1] + _OBJECT_REACH + 10)):
        kind = words.trigger_type[m.group().lower()][0]
        return kind in _HAPPENINGS and _HAPPENING_OPENING.fullmatch(doc.norm, trig.span[1], m.start()) is not None
    return False


def _civilian(doc: Doc, trig: Trigger) -> bool:
    """'has flown civilian aircraft onto the new runway': a civilian flight is not a deployment of forces."""
    return trig.type == "deployment" and _opening_after(
        doc.norm, trig.span[1], len(doc.norm), 3, _CIVIL_OPENINGS, cased=False) and bool(
        _CIVILIAN.match(doc.norm, trig.span[1]))


def _projectile_flight(doc: Doc, trig: Trigger) -> bool:
    """'the rocket was fired from X and flew south': what flies is a rocket or missile, the sentence naming no forces
    before the verb ('jets armed with missiles flew to X' are deployed), so nothing was deployed."""
    if trig.word not in _cues(doc.language).flying:
        return False
    return (_PROJECTILE.search(doc.norm, trig.sentence[0], trig.span[0]) is not None
            and not facility_words(doc.language).force.search(doc.norm, trig.sentence[0], trig.span[0]))


def _shot_in_drills(doc: Doc, trig: Trigger) -> bool:
    """'fired rockets at the Setermoen training area during the drills': a shot at a place, told as part of drills."""
    end = trig.span[1]
    drills = _cues(doc.language).in_drills.search(doc.norm, end, min(trig.clause[1], end + _REACH))
    return drills is not None and _AT_TARGET.search(doc.norm, end, drills.start()) is not None


def _other_sense(doc: Doc, trig: Trigger) -> bool:
    """'the runway extends 4,000 metres', 'left two craters', 'images captured on 3 March', 'docked for repairs', 'a
    storage building': the trigger word in a sense that tells no event; so 'build reinforced shelters'."""
    norm, (start, end), word = doc.norm, trig.span, trig.word
    lo = max(trig.sentence[0], start - 40)
    if word in _MEASURING:
        return bool(_MEASURE_AFTER.match(norm, end)) and not _future_before(doc, lo, start)
    if word in _cues(doc.language).leaving:
        return bool(_COUNT_AFTER.match(norm, end))
    if word in _CAUGHT:
        return bool(_PICTURES_BEFORE.search(norm, lo, start) or _IN_PICTURES.match(norm, end, trig.clause[1]))
    if word in _MENDING:
        return (bool(_FOR_BEFORE_MENDING.search(norm, lo, start)) and not _MENDED_THING.match(norm, end)
                and any(stop in norm[trig.sentence[0]:start] for stop in _cues(doc.language).ship_stops))
    if word in _QUALITIES:
        # 'new reinforced hangars', '24 fortified positions': what a thing is made as, not made into
        return (trig.type != "construction" and bool(_QUALIFIED_BEFORE.search(norm, lo, start))
                and bool(_NOUN.match(norm, end)))
    if word in _cues(doc.language).flying:
        return bool(_OVER_AFTER.match(norm, end))
    if trig.type == "exercise" and _PRESENT_BE_BEFORE.search(norm, max(lo, start - 8), start):
        # 'some 250 conscripts are trained at the barracks each year': a habit of the place, no one drill
        return bool(_HABIT_TIME.search(norm, end, min(trig.clause[1], end + _REACH)))
    if word == "building":
        # 'a new command building', 'an assembly building ... has been finished': a structure told as new or done
        thing = _THING_BEFORE.search(norm, lo, start)
        return (thing is not None and "new" not in thing.group().split() and not _BUILDING_ACT_AFTER.match(norm, end)
                and not _DONE_AFTER.search(norm, end, trig.clause[1]))
    return False


def _leaves_in_a_state(doc: Doc, trig: Trigger) -> bool:
    """'leaving the garrison to recruit local men', 'left Paris without a foothold', 'the runway was left to crumble',
    'the wreckage the storm left behind': what is left is left in a state, it is not left behind by forces."""
    cues = _cues(doc.language)
    if trig.word not in cues.leaving:
        return False
    end = trig.span[1]
    return (bool(_IN_A_STATE.match(doc.norm, end, trig.clause[1])) or cues.left_behind.match(doc.norm, end) is not None
            or (trig.word in cues.left_participle
                and cues.being_before.search(doc.norm, max(trig.clause[0], trig.span[0] - 20), trig.span[0]) is not None
                and cues.passive_agent.match(doc.norm, end) is None))


def _en_route(doc: Doc, trig: Trigger) -> bool:
    """'the flights had stopped at X on the way': a stop on a journey elsewhere is no visit to X."""
    return (trig.word.startswith("stop")
            and bool(_EN_ROUTE.search(doc.norm, trig.span[1], trig.clause[1])))


def _played_in_drill(doc: Doc, span: Span, word: str, sentence: Span, clause: Span) -> bool:
    """'rehearsed evacuating the terminal', 'in the scenario of an evacuation', 'held a drill at X, landing a transport
    there', '..., with two helicopters flying in and out': a move a drill plays out, or is made of, is no move of its
    own."""
    cues = _cues(doc.language)
    if cues.rehearsing_before.search(doc.norm, max(clause[0], span[0] - _REHEARSAL_REACH), span[0]):
        return True
    if not word.endswith("ing"):
        return False
    comma = doc.norm.rfind(",", sentence[0], span[0])
    return (comma > sentence[0] and _PARTICIPLE_OPENING.fullmatch(doc.norm, comma, span[0]) is not None
            and cues.drill_word.search(doc.norm, sentence[0], comma) is not None)


def _takes_over_task(doc: Doc, trig: Trigger) -> bool:
    """'took over the air policing mission': what is taken over is a task, not a place, so nothing is seized."""
    return (trig.type == "attack" and trig.word.endswith(" over")
            and bool(_cues(doc.language).task_after.match(doc.norm, trig.span[1])))


def _stay_begun(doc: Doc, span: Span, sentence: Span, clause: Span) -> bool:
    """A perfect tense right before the word ('has functioned', 'have been forming') and a time it began in its clause
    after it ('since 2023'), or opening its sentence ('Since last summer, a battery has operated')."""
    if not _PERFECT_STAY_BEFORE.search(doc.norm, max(clause[0], span[0] - 16), span[0]):
        return False
    # past an aside set off by commas ('have kept a detachment at X, the island's main town, since 2023'), not past a
    # clause of its own joined by 'and' or 'but'
    hi = _cut(True, doc, sentence, span[0])[1]
    for d in doc.dates:
        if not d.resolved or not sentence[0] <= d.span[0] < hi or (
                d.span[0] >= clause[1] and _JOINED_CLAUSE.search(doc.norm, span[1], d.span[0])):
            continue
        if span[1] <= d.span[0] and _SINCE_BEFORE.search(doc.norm, max(span[1], d.span[0] - 40), d.span[0]):
            return True
        if _SINCE_OPENING.fullmatch(doc.norm, sentence[0], d.span[0]):
            return True
    return False


def _ended(doc: Doc, trig: Trigger, index: _Index) -> bool:
    """A stay told with the time it ended ('kept ships there until 2002', 'were based at X until 2020')."""
    if trig.word not in _cues(doc.language).staying:
        return False
    until = _UNTIL.search(doc.norm, trig.span[1], trig.clause[1])
    return until is not None and any(d.span[0] == until.end() for d in index.dates_in(until.end(), trig.clause[1]))


def standing(doc: Doc, trig: Trigger) -> bool:
    """'F-16s are based at X', 'Turkey keeps troops at X': where forces are, not an event; 'have been based at X since
    2012' dates a move, as 'it based fighters at X' tells one."""
    cues = _cues(doc.language)
    return (trig.word in cues.standing
            and not _BEGUN.search(doc.norm, max(0, trig.span[0] - 20), trig.span[0])
            and not _posted_to_come(doc, trig)
            and (doc.norm[trig.span[0] - 1:trig.span[0]] == "-" or trig.word in cues.holding
                 or not cues.based_object.match(doc.norm, trig.span[1])))


def _posted_to_come(doc: Doc, trig: Trigger) -> bool:
    """'a patrol boat will be stationed at X', 'the unit would be based there': forces yet to be posted somewhere
    arrive there, a planned deployment (docs/data-model.md), dated or not; 'will keep troops at X' keeps them."""
    start = trig.span[0]
    return (trig.word in _cues(doc.language).stationed
            and _future_before(doc, max(0, start - _FUTURE_REACH), start))


def _foreign_use(doc: Doc, trig: Trigger, anchor: Anchor, agent: str | None, facility: Facility) -> bool:
    """'Russian helicopters have used the X airfield': forces of a state that neither runs nor hosts the facility, named
    as the object after the verb, use it."""
    return (agent is not None and agent not in (facility.operator, facility.country) and anchor.span[0] >= trig.span[1]
            and not _POINTS_BACK.fullmatch(doc.norm, anchor.span[0], anchor.span[1]))


def _dated_stay(doc: Doc, trig: Trigger, index: _Index, moves: list[int]) -> bool:
    """'jets parked at X in October 2020', 'fighters based at X, outside Y, from 2028': a stay told with a time of its
    own, after the word up to a hard break and not in a clause of its own ('based there until the last of them left in
    2023'), is a move there then; forces told where they stay before a move of theirs later in the sentence
    ('aircraft parked on the apron earlier this month had been moved') are only named by it. `moves`: the starts of
    moving triggers."""
    end, stop = trig.span[1], _wide_clause(doc, trig)[1]
    if _stay_begun(doc, trig.span, trig.sentence, trig.clause):
        # 'HMS X, which has operated from the base since 2023, will leave next year': a stay told with the time it
        # began is an arrival then, whatever move of theirs the sentence tells later
        return True
    later = bisect_right_int(moves, end)
    if later < len(moves) and moves[later] < trig.sentence[1]:
        return False
    return any(d.resolved and not index.reported(d) and not _CLAUSE_OPENER.search(doc.norm, end, d.span[0])
               for d in index.dates_in(end, stop))


def _hosts_forces(doc: Doc, trig: Trigger, arms: list[int]) -> bool:
    """'has hosted J-11 fighters', 'to receive its first F-35A jets' is a deployment there; 'hosted the talks' stays a
    visit."""
    return (trig.word in _cues(doc.language).hosting
            and _takes_in_forces(doc, trig.clause[0], trig.span, arms))


def _takes_in_forces(doc: Doc, clause_start: int, span: Span, arms: list[int]) -> bool:
    """Forces or weapons (`arms`: the sorted starts of equipment mentions) follow the word, and nothing before it in
    its clause makes it only what the place is able to take in ('can receive C-130s', 'lets the base receive
    Il-76s')."""
    if _CAPABLE_BEFORE.search(doc.norm, max(0, span[0] - 15), span[0]) or _cues(doc.language).enabling.search(
            doc.norm, clause_start, span[0]):
        return False
    if _FORCES_AFTER.match(doc.norm, span[1]):
        return True
    after = bisect_right_int(arms, span[1])
    return after < len(arms) and arms[after] <= span[1] + 40


def _craft_before(doc: Doc, lo: int, hi: int, arms: list[int]) -> bool:
    """Equipment (`arms`: the sorted starts of its mentions) or forces named before `hi` in the clause from `lo`."""
    at = bisect_left_int(arms, lo)
    cues = _cues(doc.language)
    return (at < len(arms) and arms[at] < hi) or bool(
        _may_hold(doc.norm, lo, hi, cues.force_words) and cues.forces_word.search(doc.norm, lo, hi))


def _forces_enter(doc: Doc, end: int, clause: Span, start: int, arms: list[int]) -> bool:
    """Forces or their craft before 'entered' in its clause, and a place or a facility named right after it ('entered
    Laos', 'entered the town of X'), not airspace or waters, talks or a phase."""
    if not _craft_before(doc, clause[0], start, arms):
        return False
    opening = _cues(doc.language).place_opening.match(doc.norm, end, clause[1])
    at = opening.end() if opening else end + 1
    return (any(p.span[0] == at and p.kind != _DEMONYM for p in doc.places)
            or any(span[0] == at for fac in doc.facilities for span in fac.mentions))


def _sets_up_forces(doc: Doc, span: Span, clause: Span, arms: list[int]) -> bool:
    """A verb of setting up whose passive subject is forces or weapons, whose object is, or whose subject is forces that
    settle at a place with no object ('the marines set up at X')."""
    start, end = span
    if _passive_right_before(doc.norm, start):
        return (_craft_before(doc, clause[0], start, arms)
                or _cues(doc.language).kit_word.search(doc.norm, clause[0], start) is not None)
    return _moves_forces(doc, span, clause, arms) or (
        _cues(doc.language).settled_at.match(doc.norm, end, clause[1]) is not None
        and _craft_before(doc, clause[0], start, arms))


def _moves_forces(doc: Doc, span: Span, clause: Span, arms: list[int]) -> bool:
    """Forces or weapons (`arms`: the sorted starts of equipment mentions) are the object of a verb of moving, a few
    words after it in its clause."""
    hi = min(clause[1], span[1] + _OBJECT_REACH)
    cues = _cues(doc.language)
    if _may_hold(doc.norm, span[1], hi, cues.moved_words) and cues.moved_forces.match(doc.norm, span[1], hi):
        return True
    after = bisect_right_int(arms, span[1])
    return after < len(arms) and arms[after] <= hi


def _forces_move_to(doc: Doc, low: str, span: Span, sentence: Span, clause: Span, arms: list[int]) -> bool:
    """An intransitive verb of moving whose subject is forces, their craft or kit (`arms`: the sorted starts of
    equipment mentions) before it, though a relative clause in commas stands between, and where they go after it ('an
    army unit would move into the barracks', 'a frigate moving from Y to X next spring', 'two of the ships, which ...,
    will move to X'): they are deployed there; 'work is moving ahead' moves no one."""
    cues = _cues(doc.language)
    if low not in cues.moving_itself or cues.move_to.match(doc.norm, span[1], clause[1]) is None:
        return False
    lo = _cut(True, doc, sentence, span[0])[0]
    return _craft_before(doc, lo, span[0], arms) or cues.kit_word.search(doc.norm, lo, span[0]) is not None


def _posts_forces(doc: Doc, span: Span, clause: Span, arms: list[int]) -> bool:
    """Forces are what a verb of posting posts, as its object or its subject, and a place follows after 'to' ('posted a
    company of soldiers to X', 'a company of marines was posted in March to X'); not a post put online ('videos posted
    on Telegram showed soldiers heading to X')."""
    cues = _cues(doc.language)
    to = cues.posted_to.match(doc.norm, span[1], clause[1])
    if to is None:
        return False
    # 'posted on Telegram' puts a post online; 'posted on 3 May to X' posts forces on a day ('posted on Monday a video
    # of troops heading to X' is still a post).
    online = cues.posted_online.match(doc.norm, span[1], clause[1])
    if online is not None and not any(d.span[0] == online.end() and len(doc.norm[d.span[1]:to.end()].split()) == 1
                                      for d in doc.dates):
        return False
    after = bisect_right_int(arms, span[1])
    return (cues.forces_word.search(doc.norm, span[1], to.end()) is not None
            or (after < len(arms) and arms[after] < to.end())
            or _forces_before(cues, doc.norm, max(clause[0], span[0] - _OBJECT_REACH), span[0]) is not None)


def _facility_at(doc: Doc, lo: int, hi: int) -> bool:
    """A facility's mention starts between `lo` and `hi`."""
    return any(lo <= span[0] <= hi for fac in doc.facilities for span in fac.mentions)


def _pronoun_agent(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'Moscow has fortified the islands. In 2018 it based fighters at X': an active 'it' or 'they' (or unnamed
    'workers') with no state named stands for the state that is the subject of a sentence before it."""
    lo = max(trig.sentence[0], trig.span[0] - 30)
    if not (_AGENT_PRONOUN.search(doc.norm, lo, trig.span[0])
            or (trig.word.endswith("ing") and _PRONOUN_DOING.search(doc.norm, lo, trig.span[0]))
            or _PRONOUN_WILL.search(doc.norm, lo, trig.span[0])):
        return None
    # 'The Front said it fired': the speaker who reports the pronoun's act is what it stands for, a state only if
    # the speaker is one
    spoken = _cues(doc.language).speaker_of_pronoun.search(doc.norm, max(trig.sentence[0], trig.span[0] - 60),
                                                           trig.span[0])
    earlier = [] if spoken else [sent for sent in doc.sentences if sent[1] <= trig.sentence[0]][-_PRONOUN_REACH:]
    for sent in reversed([*earlier, trig.sentence]):
        opening = _SUBJECT_OPENING.match(doc.norm, sent[0])
        at = opening.end() if opening else sent[0]
        first = _first_from(actor_list, at)
        if first < len(actor_list) and actor_list[first].span[0] == at:
            return actor_list[first].code
    return None


def _body_told_before(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'Japan's defence ministry said on Thursday ... The ministry said it planned to lengthen the runway': a body of
    no state named ('the ministry', 'the government', 'the navy') that reports what 'it' does stands for the state
    last named with a body of that name before."""
    cues = _cues(doc.language)
    # the pattern opens with 'The' in that case
    said = cues.the_body_said.search(doc.norm, trig.sentence[0], trig.span[0]) if doc.norm.find(
        "The", trig.sentence[0], trig.span[0]) >= 0 else None
    if said is None:
        return None
    head = _SPACE.sub(" ", said.group(1).lower())
    for actor in reversed(actor_list[:_first_from(actor_list, trig.sentence[0])]):
        body = cues.body_after.match(doc.norm, actor.span[1])
        if body is not None and _SPACE.sub(" ", body.group(1).lower()) == head:
            return actor.code
    return None


def _unnamed_force(doc: Doc, trig: Trigger, actor_list: list[Actor], facility: Facility) -> str | None:
    """'the US military prepares more airfields ... Nearby, the Air Force is building': a force named with no state in
    the trigger's clause is that of the last state named earlier with that service or with all its forces ('US
    military'), else the one that runs the facility ('the airfield, which the military reopened') or holds its land;
    a state named earlier with another service stands only when it is that state or the one the story is about ('The
    French navy sent a frigate. The air force built hangars at an Italian base': Italy's air force)."""
    the = _THE_SERVICE.search(doc.norm, trig.clause[0], trig.span[0])
    if the is None:
        return None
    named = _service_word(the.group())
    whole = _cues(doc.language).whole_services
    other: str | None = None
    for actor in reversed(actor_list[:_first_from(actor_list, the.start())]):
        told = _SERVICE.match(doc.norm, actor.span[1])
        if told is None:
            continue
        service = _service_word(told.group())
        if service == named or named in whole or service in whole:
            return actor.code
        other = other or actor.code
    # 'the Icelandic Coast Guard ... U.S. Navy aircraft ... the Coast Guard plans to upgrade X': the service named
    # again is the one of its name before another state's other service; a foreign navy told before does not make the
    # home army foreign
    home = facility.operator or host_force(facility)
    if other is not None and other in (facility.country, _story_state(actor_list, trig)):
        return other
    return home


def _service_word(found: str) -> str:
    """The service a match of _SERVICE or _THE_SERVICE names, lower-cased and single-spaced ('air force')."""
    word = _SERVICE_WORD.search(found)
    return _SPACE.sub(" ", word.group().lower()) if word else ""


def _came_from_base(doc: Doc, trig: Trigger, anchors: _Anchors, facility: Facility) -> str | None:
    """'Two P-8As flew from RAF Lossiemouth to X', 'Su-27s were moved from Myrhorod air base to X': craft that came
    straight from a base of the state that runs or holds where they went are that state's, moving at home, not
    their maker's, whatever other state the sentence names; from a base abroad they may be a guest's ('B-52s flew
    from RAF Fairford to X')."""
    came_from = next((a for a in anchors.within(trig.span[1], trig.clause[1])
                      if _FROM_RIGHT_AFTER.fullmatch(doc.norm, trig.span[1], a.span[0])), None)
    if came_from is None or came_from.facility is facility:
        return None
    home = came_from.facility.operator
    return home if home is not None and home in (facility.operator, facility.country) else None


def _home_base(doc: Doc, trig: Trigger, anchors: _Anchors, facility: Facility) -> str | None:
    """'Troops from Russia's 201st base began an exercise at X': forces named by another facility they come from
    belong to the state that runs it."""
    for anchor in reversed(anchors.within(trig.clause[0], trig.span[0])):
        if anchor.facility is not facility and anchor.facility.operator and _FORCES_OF_BEFORE.search(
                doc.norm, max(trig.clause[0], anchor.span[0] - 60), anchor.span[0]):
            return anchor.facility.operator
    if trig.type not in _AWAY_TYPES or _PASSIVE_BEFORE.search(doc.norm, max(trig.clause[0], trig.span[0] - 40),
                                                               trig.span[0]):
        return None
    # 'The 4th Guards Military Base, which X calls an occupation force, held drills at Y': a base that is the
    # sentence's subject acts through its forces (in a passive, the subject is what the event befell)
    subject = anchors.within(trig.sentence[0], trig.span[0])
    if (subject and subject[0].facility is not facility and subject[0].facility.operator
            and _OPENING.fullmatch(doc.norm, trig.sentence[0], subject[0].span[0])):
        return subject[0].facility.operator
    return None


def _forces_told_before(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'About 80 Indian soldiers flew the helicopters. The first group left X in March': forces told of with 'the'
    opening the sentence are the state's whose forces the two sentences before named."""
    subject = _cues(doc.language).the_forces.match(doc.norm, trig.sentence[0])
    if subject is None or subject.end() > trig.span[0]:
        return None
    before = bisect_right(doc.sentences, trig.sentence[0], key=itemgetter(1))
    lo = doc.sentences[max(0, before - _PRONOUN_REACH)][0] if before else trig.sentence[0]
    for actor in reversed(actor_list[_first_from(actor_list, lo):
                                     _first_from(actor_list, trig.sentence[0])]):
        if _cues(doc.language).state_forces_after.match(doc.norm, actor.span[1]):
            return actor.code
    return None


def _speaking_force(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'Four Typhoon jets arrived at X, the Royal Air Force said': forces of no state named that move are those of
    the force or ministry that tells of the move after it."""
    if trig.type not in _MOVING_TYPES:
        return None
    for actor in actor_list[_first_from(actor_list, trig.span[1]):_first_from(actor_list, trig.sentence[1])]:
        if (_SPEAKER_OPENING.search(doc.norm, max(trig.span[1], actor.span[0] - 8), actor.span[0])
                and _FORCE_SPEAKS.match(doc.norm, actor.span[1])):
            return actor.code
    return None


def _campaign_before(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'Ukraine has stepped up its drone campaign against Russian airfields. On Monday, drones hit X': an attack with
    no attacker named, right after a sentence whose subject is a state waging attacks, is that state's."""
    lo = _previous_start(doc, trig.sentence)
    if lo >= trig.sentence[0]:
        return None
    first = _first_from(actor_list, lo)
    if first == len(actor_list) or not _OPENING.fullmatch(doc.norm, lo, actor_list[first].span[0]):
        return None
    wages = _cues(doc.language).campaign_after.match(doc.norm, actor_list[first].span[1], trig.sentence[0])
    return actor_list[first].code if wages else None


def _claimant(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'Drones hit X on Monday. Ukraine claimed responsibility', 'The attack on X was carried out by Iran': the state
    that claims an attack with no attacker named, in its sentence or the next, or that the attack was done by."""
    cues = _cues(doc.language)
    done = cues.done_by.search(doc.norm, trig.span[1], trig.sentence[1])
    if done is not None:
        first = _first_from(actor_list, done.end())
        if first < len(actor_list) and actor_list[first].span[0] == done.end():
            return actor_list[first].code
    i = bisect_right(doc.sentences, (trig.sentence[1],))
    hi = doc.sentences[i][1] if i < len(doc.sentences) else trig.sentence[1]
    for actor in actor_list[_first_from(actor_list, trig.span[1]):_first_from(actor_list, hi)]:
        if cues.claims_after.match(doc.norm, actor.span[1]) or cues.blamed_before.search(
                doc.norm, max(trig.span[1], actor.span[0] - 30), actor.span[0]):
            return actor.code
    return None


def _hosted_state(doc: Doc, trig: Trigger, actor_list: list[Actor]) -> str | None:
    """'the base has hosted US Navy patrol planes': the hosted forces' state sent them; the host only received."""
    start = _first_from(actor_list, trig.span[1])
    first = actor_list[start] if start < len(actor_list) else None
    if first is not None and _HOSTED_OPENING.fullmatch(doc.norm, trig.span[1], first.span[0]):
        return first.code
    return None


def _host_named(trig: Trigger, actor_list: list[Actor], facility: Facility) -> bool:
    """The trigger's sentence names the state that runs the facility ('Ghana's Tamale air base')."""
    sentence = trig.sentence
    return facility.operator is not None and any(
        a.code == facility.operator
        for a in actor_list[_first_from(actor_list, sentence[0]):_first_from(actor_list, sentence[1])])


def _maker_only(origin: str, actor_list: list[Actor], facility: Facility) -> bool:
    """'The second of two Airbus C295s arrived there', in a story of an Irish base that names Spain nowhere: the state
    that made the aircraft is no party to a story that names the state running the base."""
    return facility.operator is not None and all(a.code != origin for a in actor_list) and any(
        a.code == facility.operator for a in actor_list)


def _maker_unsaid(doc: Doc, trig: Trigger, origin: str, actor_list: list[Actor]) -> bool:
    """'The navy is enlarging its foothold. A second King Air was moved to X': the state that made the aircraft, named
    neither in the trigger's sentence nor in the three before it, is no party to what the text tells there; whose
    forces fly them is told by the text around, not by their maker. A text that names no state at all leaves them the
    maker's."""
    if not actor_list:
        return False
    lo = _sentences_back(doc, trig.sentence[0], _MAKER_REACH)
    near = actor_list[_first_from(actor_list, lo):_first_from(actor_list, trig.sentence[1])]
    return all(a.code != origin for a in near)


def _visitor_origin(doc: Doc, trig: Trigger, clause: Span) -> str | None:
    """'B-52s have visited X', 'the F-35Bs landed at X': with no state named, the visiting or deployed aircraft's or
    ship's country of origin."""
    cues = _cues(doc.language)
    craft = [e for e in doc.equipment if clause[0] <= e.span[0] and e.span[1] <= trig.span[0]
             and e.origin and e.origin not in _MAKERS_OF_MANY and not cues.bought.match(doc.norm, e.span[1])
             and not cues.made_before.search(doc.norm, max(clause[0], e.span[0] - 30), e.span[0])
             and not _ALLIANCE_OWNED.search(doc.norm, max(clause[0], e.span[0] - 30), e.span[0])]
    return craft[-1].origin if craft else None


def _hosted_origin(doc: Doc, trig: Trigger) -> str | None:
    """'X now hosts MQ-9 Reaper drones': with no state named for them, the hosted aircraft's country of origin, not
    the host's."""
    craft = next((e for e in doc.equipment if trig.span[1] < e.span[0] <= trig.span[1] + _OBJECT_REACH), None)
    return craft.origin if craft is not None and _FORCES_AFTER.match(doc.norm, trig.span[1]) else None


def _supplier(doc: Doc, actor: Actor, arms_starts: frozenset[int]) -> bool:
    """'British cruise missiles', 'Chinese-funded': a state that made or paid for the means, the agent only when no
    other state is named ('Ukrainian drones struck ...')."""
    return bool(_MADE_BY.match(doc.norm, actor.span[1]) or _arms_after(doc.norm, actor.span[1], len(doc.norm))
                or actor.span[1] + 1 in arms_starts or actor.span[1] + 2 in arms_starts)


def _aside(doc: Doc, trig: Trigger, actor: Actor) -> bool:
    """'the base, which the British have leased to it, since construction began': a state inside a relative clause set
    off by commas belongs to that clause, not to the trigger's."""
    clause = _cut(False, doc, trig.sentence, actor.span[0])
    if clause[1] <= trig.span[0] and _NEW_SUBJECT.search(doc.norm, clause[1], trig.span[0]):
        # 'it is guarded by Mozambican troops, and its operator hopes to resume construction': a state in a clause
        # before ', and' and a subject of its own did not act in the next one
        return True
    if clause[1] > trig.span[0]:
        return False
    # 'Turkish engineers, working with their Libyan counterparts, expanded X': a state in a participle or 'with'
    # phrase set off by commas only goes along
    return bool(_relative_at(doc.norm, clause[0])) or (
        clause[0] > trig.sentence[0] and doc.norm[clause[0] - 1] == ","
        and _ALONG_ASIDE.match(doc.norm, clause[0]) is not None)


def _wields(doc: Doc, actor: Actor, trig: Trigger) -> bool:
    """'the US drone strike', 'an Israeli missile attack', 'the Russian withdrawal': the state qualifies the event
    itself (with its weapons, if any), so it is the agent, not a supplier."""
    end = actor.span[1]
    # "Russia's full-scale invasion", "Azerbaijan's lightning offensive": the state's own event
    owned = _OWNED_EVENT.match(doc.norm, end, trig.span[0])
    if owned is not None and owned.end() == trig.span[0]:
        return True
    arms = _arms_after(doc.norm, end, trig.span[0])
    return not doc.norm[arms.end() if arms else end:trig.span[0]].strip()


def _by_actor(doc: Doc, trig: Trigger, clause: Span, actor_list: list[Actor]) -> str | None:
    """The state after 'by' following the trigger ('was attacked by Iranian-backed militias')."""
    if not _may_hold(doc.norm, trig.span[1], clause[1], _BY_WORDS):
        return None
    by = _BY.match(doc.norm, trig.span[1], clause[1])
    if by is None:
        return None
    first = _first_from(actor_list, by.end())
    if first == len(actor_list) or actor_list[first].span[0] >= by.end() + 30:
        return None
    # 'to be lengthened by 2027 so that U.S. aircraft can land': 'by' and a time tell when, not who
    return None if _date_between(doc, by.end(), actor_list[first].span[0]) else actor_list[first].code


def _date_between(doc: Doc, lo: int, hi: int) -> bool:
    return any(lo <= d.span[0] < hi for d in doc.dates)


# Between a state and the facility it owns: its possessive, or its service's ("the Cameroonian air force's X").
_POSSESSOR_GAP: Final = re.compile(r"(?:\s+" + _SERVICES + r")?(?:'s?)?\s*", re.IGNORECASE)
_POSSESSOR_REACH: Final = 20


def _names_a_place_of(doc: Doc, actor: Actor, mentions: list[Span]) -> bool:
    """The actor is part of, or possessor of, a facility or place ('US base', "Syria's Hasaka"): not an agent."""
    for start, end in mentions:
        if (start, end) == actor.span:
            continue
        if start <= actor.span[0] < end:
            return True
        if 0 <= start - actor.span[1] <= _POSSESSOR_REACH and _POSSESSOR_GAP.fullmatch(doc.norm, actor.span[1], start):
            return True
    return False


def _dated(doc: Doc, trig: Trigger, index: _Index) -> tuple[str | None, bool]:
    """The nearest resolved date in the clause, else the sentence; never one of another event in a clause of its own
    ('since Moscow annexed Crimea in 2014'), nor the report's ('said on Monday'), though an event told with only a
    report's date is flagged as its news (True)."""
    clause = trig.clause
    near = [d for d in index.dates_in(trig.sentence[0], trig.sentence[1])
            if not _other_clause(doc, trig, d.span) and not index.others_date(trig, d) and not index.dateline(d)]
    if near and (_approved_before(doc, trig) or _funded_before(doc, trig)
                 or (_infinitive_before(doc.norm, trig.span[0])
                     and _DECIDED.search(doc.norm, trig.clause[0], trig.span[0]))):
        # 'approved on Tuesday the deployment of ... in 2026', 'agreed in 2019 to deploy jets', 'released funds in
        # May for the resurfacing': a time before the event noun or infinitive is the approval's, the agreement's or
        # the money's
        near = [d for d in near if d.span[0] >= trig.span[1]]
    if not near:
        return None, False  # most sentences: nothing to choose from, and no clause test to make
    # one loop: compiled, `zip` given `strict` is a generic call
    reported: list[DateMention] = []
    own: list[DateMention] = []
    for d in near:
        (reported if _report_date(doc, trig, d, index) else own).append(d)
    inside = [d for d in own if clause[0] <= d.span[0] < clause[1]]
    # A report's date stands in for the event's only when the sentence gives no other, and never for a plan; a plan
    # told in a coordinate clause of its own is not dated by the clause before ('manned a post since 2019, and has
    # asked for funds to build a pier there').
    if (reported or len(inside) < len(own)) and _planned(doc, trig):
        reported = []
        if clause[0] > trig.sentence[0] and _COORDINATE_OPENING.match(doc.norm, clause[0]):
            # (a sentence opening with 'And' is no coordinate clause of the one before)
            own = inside
    and_future = _cues(doc.language).and_future
    if any(d.span[1] <= trig.span[0] and and_future.search(doc.norm, d.span[1], trig.span[0]) for d in own):
        # 'docked on Tuesday and will hold an exercise': the time of what was done is not that of what will be
        own = [d for d in own if d.span[1] > trig.span[0] or not and_future.search(doc.norm, d.span[1], trig.span[0])]
        inside = [d for d in inside if d in own]
    if _temporal_clause(doc.norm, clause[0]):
        # 'weeks after X fired missiles at the base': the main clause's date is not this event's; but 'batteries
        # were moved in June, after Iran fired missiles at X': what came just before a month or year fell in it
        if not inside and _JUST_AFTER.match(doc.norm, clause[0]):
            inside = [d for d in own if d.span[1] <= clause[0] and d.resolved is not None and len(d.resolved) <= 7]
        return (_nearest(inside, trig).resolved, False) if inside else (None, False)
    if not inside and any(d.resolved is None for d in index.any_dates_in(clause[0], clause[1])):
        # 'systems that Turkey had installed there only days earlier': a time of the clause's own, unresolved, is not
        # the main clause's
        return None, False
    for pool in (inside, own):
        if pool:
            ahead = _to_come(doc, pool)
            # whether it is a plan is asked only where that chooses: a time to come beside a past one
            if len(ahead) < len(pool) and doc.published is not None and _planned(doc, trig):
                pool = ahead
            return _ahead_if_planned(doc, trig, _nearest_own(doc, pool, trig)), False
    # 'landed at X, the military said on Thursday': the day of the statement or report that tells it does not date
    # it (the conventions in docs/data-model.md), but tells it as that report's news; 'landed at X this week, the
    # military said on Thursday': a time of the sentence's own, unresolved, leaves it no report's news either
    sentence = trig.sentence
    return None, bool(reported) and not any(d.resolved is None for d in index.any_dates_in(sentence[0], sentence[1]))


def _to_come(doc: Doc, dates: list[DateMention]) -> list[DateMention]:
    """'inspected the station on Wednesday and confirmed that the navy will reopen it, with work to begin in 2027': a
    plan is dated by the time it is planned for, so a time to come, where its sentence gives one, over a past one."""
    published = doc.published or ""
    # this year or month may still hold the plan; the day of publication is the report's
    ahead = [d for d in dates if d.resolved and d.resolved[:4].isdigit() and _still_to_come(d.resolved, published)]
    return ahead or dates


def _still_to_come(resolved: str, published: str) -> bool:
    """Whether a resolved date lies after the day of publication, or is its year or month, which may still hold what
    is to come."""
    now = published[:len(resolved)]
    return resolved > now or (resolved == now and len(resolved) < len(published))


def _report_date(doc: Doc, trig: Trigger, date: DateMention, index: _Index) -> bool:
    """A date right after a report's verb dates the report, unless the event is told between the two: 'the ministry
    says it stopped using the radar in 2020' dates the stopping."""
    # `reported_on` ends at the date and spans at most `_REPORTED_ON_RUNS` runs of characters other than white space:
    # it is searched for only from the first of those, not from the trigger's end far before
    cues = _cues(doc.language)
    return index.reported(date) and not (
        trig.span[1] <= date.span[0] and not (
            _may_hold(doc.norm, trig.span[1], date.span[0], cues.reporting_words)
            and cues.reported_on.search(doc.norm, last_runs(doc.norm, trig.span[1], date.span[0], _REPORTED_ON_RUNS),
                                        date.span[0])))


def _nearest(dates: list[DateMention], trig: Trigger) -> DateMention:
    return min(dates, key=lambda d: abs(d.span[0] - trig.span[0]))


def _ahead_if_planned(doc: Doc, trig: Trigger, date: DateMention) -> str | None:
    """The date's resolution, a year on for a planned event dated by a month or day with no year that falls before
    publication: 'the drills, set for March' in a June story are next March's."""
    resolved, published = date.resolved, doc.published
    if (resolved is None or published is None or not date.rule.endswith(_YEARLESS)
            or resolved >= published[:len(resolved)] or not resolved[:4].isdigit()
            or not (_planned(doc, trig) or _DUE_BEFORE_DATE.search(doc.norm, max(0, date.span[0] - 30), date.span[0]))):
        return resolved
    ahead = f"{int(resolved[:4]) + 1:04d}{resolved[4:]}"
    # 29 February has no next year's
    return ahead if len(ahead) < 10 or ahead[5:] != "02-29" else resolved


def _nearest_own(doc: Doc, dates: list[DateMention], trig: Trigger) -> DateMention:
    """The nearest date, unless it closes the verb before 'and' and one follows the trigger: 'was built in 1964 and
    expanded in 2011' dates the expansion 2011."""
    best = _nearest(dates, trig)
    if best.span[1] <= trig.span[0] and _AND_THEN_VERB.fullmatch(doc.norm, best.span[1], trig.span[0]):
        later = [d for d in dates if d.span[0] >= trig.span[1]]
        if later:
            return _nearest(later, trig)
    return best


def _planned(doc: Doc, trig: Trigger) -> bool:
    word = trig.word
    status = event_words(doc.language).trigger_type[word][1]
    start = trig.span[0]
    far = max(0, start - _HOLDING_REACH)
    cues = _cues(doc.language)
    return (status == "planned" or _future_before(doc, max(0, start - _FUTURE_REACH), start)
            or (trig.type in _HAPPENINGS and _may_hold(doc.norm, far, start, cues.holding_verbs)
                and _may_hold(doc.norm, far, start, cues.future_words)
                and bool(cues.future_holding.search(doc.norm, far, start)))
            or (_infinitive_before(doc.norm, trig.span[0])
                and not _works_under_way(doc, trig)
                and not _FIRST_TO.search(doc.norm, max(0, start - _FIRST_TO_REACH), start))
            or _funded_before(doc, trig) or _approved_before(doc, trig))


def _future_before(doc: Doc, lo: int, hi: int) -> bool:
    """`_Cues.future` in norm[lo:hi], searched only where one of its cues' words is (most triggers have none before)."""
    cues = _cues(doc.language)
    return _may_hold(doc.norm, lo, hi, cues.future_words) and cues.future.search(doc.norm, lo, hi) is not None


def _works_under_way(doc: Doc, trig: Trigger) -> bool:
    """'Work to rebuild the runway began in May', 'the project to lengthen it was completed last year': works told by
    their aim and then by their course are under way or done, no plan; 'work to rebuild it will begin' is one."""
    return (_WORKS_TO.search(doc.norm, max(0, trig.span[0] - 12), trig.span[0]) is not None
            and _cues(doc.language).works_course.search(doc.norm, trig.span[1], trig.sentence[1]) is not None)


def _funded_before(doc: Doc, trig: Trigger) -> bool:
    """'released funds for the resurfacing of', 'agreed to pay for resurfacing': works money is given for."""
    return trig.type in _BUILDING_TYPES and bool(_FUNDS_FOR.search(doc.norm, max(0, trig.span[0] - 50), trig.span[0]))


def _approved_before(doc: Doc, trig: Trigger) -> bool:
    lo = max(0, trig.span[0] - 60)
    return _may_hold(doc.norm, lo, trig.span[0], _APPROVING_WORDS) and bool(
        _APPROVED.search(doc.norm, lo, trig.span[0]))


def _other_clause(doc: Doc, trig: Trigger, span: Span) -> bool:
    if _after_the(doc.norm, span[0]) and _ATTRIBUTE_OF.match(doc.norm, span[1]) and not (
            span[1] <= trig.span[0] and _NOUN_THEN_VERB.fullmatch(doc.norm, span[1], trig.span[0])):
        # 'rebuilt after the 2004 tsunami destroyed it': the date is that of the event named after 'after', which
        # dates only that event's own verb
        return True
    if span[1] <= trig.span[0]:
        # 'lodged a protest on Tuesday after troops held drills': the date is the main clause's; 'the camp, which the
        # mission left in October 2023, and repaired its runway': the date is the relative clause's
        subordinate = _may_hold(doc.norm, span[1], trig.span[0], _SUBORDINATING_WORDS) and bool(
            _SUBORDINATE_AFTER.match(doc.norm, span[1], trig.span[0]))
        return subordinate or _closed_relative(doc, trig, span)
    if span[0] <= trig.span[1]:
        return False
    # The patterns below each need a word or mark of their own between the trigger and the date: string tests on the
    # gap spare most of them the search.
    gap = doc.norm[trig.span[1]:span[0]]
    if _may_hold(doc.norm, trig.span[1], span[0], _OFFSET_WORDS) and _OFFSET_FROM.search(
            doc.norm, trig.span[1], span[0]):
        # 'arrived two months after the vote on 16 November': the time is that of what the event is reckoned from
        return True
    if trig.type == "exercise" and _cues(doc.language).drill_course.search(doc.norm, trig.span[1], span[0]):
        # 'flew from X during the Arctic Challenge exercise, which ended on Wednesday': the drills' own course dates
        # them, relative clause or not
        return False
    closed = doc.norm.rfind(",", trig.span[1], span[0])
    # `_OWN_COURSE` and `_RELATIVE_CLAUSE` need a comma and one of their words, `_VERB_OF_DATE` its ending and a comma
    # or its 'and'
    if closed >= 0 and any(word in gap for word in _OWN_COURSE_WORDS) and _own_course(doc, trig, span):
        return False
    verb = _VERB_OF_DATE.search(doc.norm, trig.span[1], span[0]) if _PAST_ENDING in gap and (
        closed >= 0 or _AND in gap) else None
    if verb is not None and (verb.group(1) or verb.group(2)) not in _cues(doc.language).works_told_again:
        # 'a site built in the 1950s and abandoned in 1986', 'inspected the wharf, lengthened by 40 metres in 2025': a
        # verb of its own after 'and' or a comma holds the date; but 'was rebuilt and reopened in July' tells the end
        # of the same works
        return True
    if trig.type in _BUILDING_TYPES and closed >= 0:
        told = _RELATIVE_VERB_BEFORE.search(doc.norm, closed, span[0])
        if told is not None and told.group(1) in _cues(doc.language).works_told_again:
            # 'China built the wharf, which opened in 2015': the opening of what was built ends the same works, and
            # dates them when nothing else does (docs/data-model.md)
            return False
    # 'visited X, which Moscow has run since 2015, on Tuesday': a comma closes the clause of its own before the date
    return bool((_word_then_space(doc.norm, max(trig.span[1], closed), span[0], _OTHER_CLAUSE_WORDS)
                 and _OTHER_CLAUSE.search(doc.norm, max(trig.span[1], closed), span[0]))
                or (closed >= 0 and any(word in gap for word in _RELATIVE_CLAUSE_WORDS)
                    and _RELATIVE_CLAUSE.search(doc.norm, trig.span[1], span[0])))


def _word_then_space(text: str, lo: int, hi: int, words: tuple[str, ...], opening_before: int = -1) -> bool:
    """Whether one of `words` stands in text[lo:hi] as a word (opening before `opening_before`, where one is given),
    white space after it: what a cased pattern opening with `at_word` of them and `\\s` needs, a literal test that
    spares it the search."""
    last = hi if opening_before < 0 else min(hi, opening_before)
    for word in words:
        at = text.find(word, lo, hi)
        while 0 <= at < last:
            end = at + len(word)
            if end < hi and text[end].isspace() and not _word_char(text, at - 1):
                return True
            at = text.find(word, at + 1, hi)
    return False


def _infinitive_before(norm: str, at: int) -> bool:
    """`_INFINITIVE` in the 5 characters before `at`, searched only where they end with `_TO` and white space."""
    lo = max(0, at - 5)
    window = norm[lo:at]
    stripped = window.rstrip()
    return len(stripped) < len(window) and stripped.endswith(_TO) and _INFINITIVE.search(norm, lo, at) is not None


def _after_the(norm: str, at: int) -> bool:
    """`_AFTER_THE` in the 12 characters before `at`, searched only where they end with 'the' and a space (seldom)."""
    lo = max(0, at - 12)
    return may_end(norm, lo, at, _THE_ENDING) and _AFTER_THE.search(norm, lo, at) is not None


def _own_course(doc: Doc, trig: Trigger, span: Span) -> bool:
    """'The drills, which began on Monday, ...', 'the deployment of jets to X, which started in March, ...': a relative
    clause on the event noun itself that tells its beginning, end or taking place dates the event."""
    course = _OWN_COURSE.match(doc.norm, trig.span[1], span[0])
    return (course is not None and _COURSE_TO_DATE.fullmatch(doc.norm, course.end(), span[0]) is not None
            and (_NOMINAL.search(doc.norm, max(0, trig.span[0] - 30), trig.span[0]) is not None
                 or _SUBJECT_OPENING.fullmatch(doc.norm, trig.sentence[0], trig.span[0]) is not None))


def _closed_relative(doc: Doc, trig: Trigger, span: Span) -> bool:
    """The date lies in a relative clause set off by commas, or a subordinate clause opening the sentence, that closes
    before the trigger's clause."""
    clause = _cut(False, doc, trig.sentence, span[0])
    if clause[1] > trig.clause[0]:
        return False
    if clause[0] == trig.sentence[0]:
        # 'Weeks after Israel struck X in January, Russian jets landed at Y': a time or reason clause opening the
        # sentence dates its own verb
        return _FRONTED_SUBORDINATE.match(doc.norm, clause[0]) is not None
    return doc.norm[clause[0] - 1] == "," and _relative_at(doc.norm, clause[0]) is not None


def _completion_of_told(doc: Doc, events: list[Event]) -> list[Event]:
    """'The runway is being lengthened and will be complete by December', 'the pier was extended, and the work was
    completed in 2023': the end of works its sentence has just told is those works' end, no building of its own; the
    works take its time when the text gives them none."""
    kept: list[Event] = []
    for event in events:
        if event.type == "construction" and doc.norm[event.span[0]:event.span[1]].lower() in _COMPLETING:
            lo = doc.sentence_of(event.span[0])[0]
            works = [e for e in kept if e.type in _BUILDING_TYPES and e.facility == event.facility
                     and lo <= e.span[1] <= event.span[0]]
            if works and (_THEN_DONE.search(doc.norm, works[-1].span[1], event.span[0])
                          or _aim_then_done(doc, works[-1], event)):
                works[-1].date = works[-1].date or event.date
                continue
            told = _works_told_before(doc, event, kept)
            if told is not None:
                told.date = told.date or event.date
                continue
        kept.append(event)
    return kept


def _works_told_before(doc: Doc, done: Event, kept: list[Event]) -> Event | None:
    """'The quay is being lengthened; the work is due to be finished next year', 'Work to lengthen the runway began in
    March. The air force said the works would be finished by December': a completion whose subject is the works
    themselves ends the last works told at its facility, in its sentence or the two before, no building of its own."""
    start = done.span[0]
    if _cues(doc.language).works_ending.search(doc.norm, max(0, start - 60), start) is None:
        return None
    lo = _sentences_back(doc, doc.sentence_of(start)[0], _WORKS_REACH)
    works = [e for e in kept if e.type in _BUILDING_TYPES and e.facility == done.facility and lo <= e.span[0] < start]
    return works[-1] if works else None


def _sentences_back(doc: Doc, start: int, n: int) -> int:
    """Where the sentence `n` before the one opening at `start` opens (the text's first where fewer come before;
    `start` itself where none does). Sentences are in order and apart, so their ends rise."""
    before = bisect_right(doc.sentences, start, key=itemgetter(1))
    return doc.sentences[max(0, before - n)][0] if before else start


def _aim_then_done(doc: Doc, works: Event, done: Event) -> bool:
    """'Work to lengthen the runway to 3,000 metres was completed last year': works told by their aim and completed in
    the same clause end there."""
    return (_WORKS_TO.search(doc.norm, max(0, works.span[0] - 12), works.span[0]) is not None
            and _SAME_CLAUSE_GAP.fullmatch(doc.norm, works.span[1], done.span[0]) is not None)


def _dedupe(doc: Doc, events: list[Event]) -> list[Event]:
    """One event per (type, facility, actor, date); one told with less (no date, no actor) yields to a fuller one,
    but news told by a report does not yield to an event long past ('has flown bombers to X, the ministry said
    on 25 May' is not the deployment there of 2015)."""
    kept: list[Event] = []
    seen: set[tuple[str, str | None, str | None, str | None]] = set()
    # only an event of the same type and facility can subsume one: compare within those, not all pairs
    told: dict[tuple[str, str | None], list[Event]] = {}
    for event in events:
        told.setdefault((event.type, event.facility), []).append(event)
    for event in events:
        key = (event.type, event.facility, event.actor, event.date)
        if key in seen or any(_subsumes(other, event) and not _stale(doc, other, event)
                              for other in told[event.type, event.facility]) or (
                _headline_retold(doc, event, events)):
            continue
        seen.add(key)
        kept.append(event)
    return kept


def _headline_retold(doc: Doc, event: Event, events: list[Event]) -> bool:
    """'Drones hit Port Sudan air base and airport': an undated event in a headline (a first sentence with no closing
    stop) that the body tells again, dated, as an event of its type; the body's telling stands."""
    sentence = doc.sentence_of(event.span[0])
    if event.date or sentence[0] != doc.sentences[0][0] or _CLOSED.search(doc.norm, sentence[0], sentence[1]):
        return False
    return any(other.type == event.type and other.date and other.span[0] >= sentence[1] for other in events)


def _stale(doc: Doc, full: Event, part: Event) -> bool:
    """`part` is told by a verb with only its report's date (which does not date it), so it is that report's news;
    `full` ended long before the report. A noun told so ('the injured after Iran's attack on X have risen to 109')
    retells an older event, and a work still going on ('an array under construction', 'new hangars rising') is the one
    begun long ago."""
    word = doc.norm[part.span[0]:part.span[1]].lower()
    return (part.rule.endswith(_REPORT_DATED) and _long_before(full.date, doc.published)
            and not _NOMINAL.search(doc.norm, max(0, part.span[0] - 30), part.span[0])
            and event_words(doc.language).trigger_type[word][1] != "under construction"
            and word not in _cues(doc.language).rising)


def _long_before(date: str | None, published: str | None) -> bool:
    """The whole of `date` ended more than `_RECENT_DAYS` before the publication."""
    if not date or not published:
        return False
    try:
        return (dt.date.fromisoformat(published[:10]) - _period_end(date)).days > _RECENT_DAYS
    except ValueError:
        return False


def _period_end(date: str) -> dt.date:
    """The last day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], parts[1], parts[2])


def _subsumes(full: Event, part: Event) -> bool:
    """`full` tells the same event as `part` with more: same type and facility, agreeing actor and date."""
    if full is part or (full.type, full.facility) != (part.type, part.facility):
        return False
    if (full.actor, full.date) == (part.actor, part.date):
        return False
    return part.actor in (None, full.actor) and part.date in (None, full.date)


def _nameless_attacker(doc: Doc, trig: Trigger) -> bool:
    """The attack's clause leaves its attacker unnamed, neither unknown on purpose ('unidentified warplanes struck')
    nor a pronoun for someone told before ('the Front said it fired rockets')."""
    lo = max(trig.clause[0], trig.span[0] - _REACH)
    return not (_cues(doc.language).unknown_before.search(doc.norm, lo, trig.span[0])
                or _PRONOUN_NEAR.search(doc.norm, max(trig.sentence[0], trig.span[0] - 30), trig.span[0]))


def _one_attacker(doc: Doc, events: list[Event], unsigned: list[Event], grouped: set[int]) -> None:
    """'Ukrainian drones hit X on Monday. ... Y was struck the same night': news of attacks in which one state alone
    attacks, wherever its attacker is named, tells of that state's attacks where none is named, but not on a base of
    its own (in 'rockets struck the US base; US helicopters struck back' the US is attacked first), nor an armed group
    coded by its land."""
    attackers = {e.actor for e in events if e.type == "attack" and e.actor and id(e) not in grouped}
    if not unsigned or len(attackers) != 1:
        return
    attacker = attackers.pop()
    owners = {f.id: f.operator or f.country for f in doc.facilities}
    for event in unsigned:
        if event.actor is None and event.facility is not None and owners.get(event.facility) != attacker:
            event.actor = attacker


def _visit_goes_on(doc: Doc, trig: Trigger, anchors: _Anchors, index: _Index) -> Anchor | None:
    """'US jets arrived at X on Monday. Defence Secretary Austin inspected them on Tuesday': a visit told in a
    sentence that names no place at all goes on at the one facility the sentence before names, in its paragraph."""
    sentence = trig.sentence
    starts = index.all_starts
    if trig.type != "visit" or bisect_left_int(starts, sentence[0]) < bisect_left_int(starts, sentence[1]):
        return None
    paragraph = doc.norm.rfind("\n", 0, trig.span[0]) + 1
    there = anchors.within(max(paragraph, _previous_start(doc, sentence)), trig.span[0])
    return there[-1] if there and len({id(a.facility) for a in there}) == 1 else None


def _told_at_a_base(doc: Doc, events: list[Event], countries: dict[int, str]) -> list[Event]:
    """'Hundreds of U.S. troops have moved from Iraq to Kuwait since August ... Most went to Camp Arifjan': a move told
    both of a country and of a base in it, at a shared time, is one event, at the base (docs/data-model.md)."""
    if not countries:
        return events
    home = {f.id: f.country for f in doc.facilities}
    based = [e for e in events if e.facility is not None and e.date]
    return [e for e in events if id(e) not in countries or not any(
        other.type == e.type and home.get(other.facility or "") == countries[id(e)] and e.date
        and (other.date or "").startswith(e.date) for other in based)]
