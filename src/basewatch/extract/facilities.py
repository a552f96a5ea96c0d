"""Named installations: their mentions found in the text and merged, one facility per installation.

A facility is found three ways, in this order, earlier finds taking their span:
1. a catalog alias (installations.tsv), with the head word that follows it ("Hmeimim air base");
2. a name before a head word ("al Shaddadi base", "Conoco gas processing plant") or after a prefix
   ("Camp Lemonnier", "the port of Gwadar");
3. a head word placed by a preposition ("the US military base in al Shaddadi area"; "a new military
   facility in Deir al Zour Governorate, specifically near the al Omar field" -> "al Omar base").
Mentions of one installation are merged; anaphors ("the new base", "through it") join the most
recent compatible facility (coref.py). Attributes come from facility_attrs.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from basewatch.data import table, table_for
from basewatch.extract.alternation import longest_first
from basewatch.extract.bisection import bisect_left_int, bisect_right_int
from basewatch.extract.catalog import Catalog, Installation, catalog, name_key
from basewatch.extract.compass import compass
from basewatch.extract.coref import anaphor_heads, compound_modifier, resolve_anaphors
from basewatch.extract.facility_attrs import (
    attach_attributes,
    finer_divisions,
    fronted_country,
    host_force,
    load_reference_data,
    locate,
    place_index,
    placed_elsewhere,
    raising_territories,
)
from basewatch.extract.gazetteer import city_index
from basewatch.extract.gazetteer import name_key as town_key
from basewatch.extract.lexicon import (
    Actor,
    FacilityWords,
    PerLanguage,
    WordLists,
    actors,
    alternation,
    common_word,
    cores,
    event_words,
    facility_words,
    forces_only_deployments,
    pattern_words,
    word_regex,
)
from basewatch.extract.spacing import is_word_char, starts_at
from basewatch.extract.wordscan import Hit, WordMatcher, share
from basewatch.model import Doc, Facility, PlaceMention, Span

_TOKEN: Final = re.compile(r"[^\s,;:()\[\]\"]+")
# The punctuation that ends a `_TOKEN`, as whitespace does.
_TOKEN_BREAKS: Final = frozenset(",;:()[]\"")
_DIGITS: Final = re.compile(r"\d+")
# What a facility id turns into hyphens.
_NOT_SLUG: Final = re.compile(r"[\W_]+")
# The last capitalised word before a position.
_LAST_CAPITALISED: Final = re.compile(r"([A-Z][\w.]*)\s+$")
# Lower-case words that may sit inside a name ("al Shaddadi", "Gioia del Colle", "Dar es Salaam", "Castello della
# Pieve", "Villa de los Santos", "Newcastle upon Tyne", "Náměšť nad Oslavou"); English words like "at" or "an" are left
# out, their Arabic use being written with a hyphen ("at-Tanf").
_PARTICLES: Final = frozenset(
    {"al", "el", "ash", "az", "ath", "adh", "ibn", "bin", "de", "del", "la", "le", "du", "van",
     "von", "der", "of", "da", "do", "dos", "das", "di", "es", "ez", "ed", "ul", "della", "delle",
     "dello", "degli", "dei", "los", "las", "des", "et", "upon", "nad", "pod", "ob", "en"})
# After a weak head, the thing it describes: 'the Kuril island of Iturup' is Iturup, no 'Kuril island'.
_OF_NAME: Final = re.compile(r"\s+of\s+[A-Z]")
# Between a name and an indefinite head set beside it ('X, a disused air base').
# 'X, its main base north of Y': a possessive determiner refers to the forces the sentence is about.
_APPOSITION: Final = re.compile(r",\s+(?P<det>an?|the|its|their)\s+(?:(?:[A-Za-z]+\s+)?[a-z]+['\u2019]s\s+)?$")
_APPOSITION_OPENINGS: Final = (", a ", ", an ", ", the ", ", its ", ", their ")
_DEFINITES: Final = frozenset({"the", "its", "their"})
_INDEFINITES: Final = frozenset({"a", "an", "one", "another"})
_FIGURATIVE: Final = re.compile(r"\s+for\b")
# An Arabic article joined to a name ('al-Sarra', 'as-Sidra', in French spelling 'Deir ez-Zor'): the word is a name.
_HYPHENED_PARTICLE: Final = re.compile(r"(?:al|el|ad|as|ash|at|az|ar|an|ath|adh|ed|es|esh|et|ez|er|en|ul)-[A-Z]")
# The particles that may go on a name after it: 'of' names another thing ('Port of X').
_NAME_PARTICLES: Final = _PARTICLES - {"of"}
_ELISIONS: Final = frozenset("'\u2019")
# One capitalised word in brackets after a name's word: 'Cocos (Keeling)'.
_BRACKETED_WORD: Final = re.compile(r" \([A-Z][^()\s]*\)")
_INNER_PARTICLES: Final = _PARTICLES - {"al", "el", "ash", "az", "ath", "adh", "ibn", "bin"}
_STOP_NAMES: Final = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "In",
     "At", "On", "Near", "From", "And", "But", "After", "Before", "Of", "For", "With", "By", "Both",
     "Each", "Every", "Another", "Other", "Such", "Some", "Any", "No", "New", "Old", "Former",
     "Main", "Key", "Military", "Secret", "January", "February", "March", "April", "May", "June",
     "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "NATO", "Coalition",
     "Republican", "Democratic", "Democrat", "Conservative", "Labour", "Liberal", "Tory",
     "Political", "Voter", "Fan", "Customer", "Power", "Home", "Data", "Knowledge",
     # A service ('the Marine base') or a war ('the Second World War harbour') names no place.
     "Marine", "Marines", "Navy", "Army", "War",
     # Words a title-case headline capitalises ('Russia Moves Jets To X Air Base').
     "To", "Into", "Over", "Amid", "Against", "Via", "Toward", "Towards", "Across", "Says",
     "Said"})
_DETERMINER: Final = re.compile(r"(?:\b(?:a|an|the|its|their|this|that|his|her|our|one|another)\s+|(?<=\w)'s?\s+)$",
                                re.IGNORECASE)
# A geographic word after a place that the place's installation may be named without ('Sevastopol Bay').
_FEATURE_WORD: Final = re.compile(r"\s+(?:Bay|Harbou?r|Island|Peninsula|Lagoon|Gulf|Roads)$")
_POSSESSIVE: Final = frozenset({"its", "their"})
# After a state's name or demonym, a plural noun it qualifies, then a preposition ('Peruvian naval officers at',
# 'US troops in'): the preposition tells the noun from a verb ('France hands its base').
_PLURAL_AFTER: Final = re.compile(r"(?:\s+[a-z]+)?\s+[a-z]+[^s\W]s\s+(?:at|in|on|to|from|of|with|for)\b")
# Kinds of head a word the vocabulary does not know may describe in a sentence about forces ('a staging base'); a
# camp, a compound or a field is as often a refugees', a family's or a football one.
_DESCRIBED_KINDS: Final = frozenset({"base", "air base", "naval base", "airfield", "outpost"})
# A word that may describe a head: lower-case letters, maybe hyphened, and no word of grammar.
_DESCRIBING_WORD: Final = re.compile(r"(?!(?:and|or|of|to|at|in|on|by|for|from|with|near|into|is|was|are|were|be|been"
                                     r"|has|had|have|not|its|their|his|her|this|that|the|an?)$)[a-z]{3,}(?:-[a-z]+)*")
# How a `_DETERMINER` word ends, lower-cased.
_DETERMINER_ENDS: Final = ("a", "an", "the", "its", "their", "this", "that", "his", "her", "our", "one", "another", "'",
                           "'s")
_OWNER_DETERMINER: Final = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def _locative(bearing: str, far: str, services: str) -> re.Pattern[str]:
    """'a radar station planned near Kure', 'a naval base is planned at Ream', 'a base built at X': a participle saying
    where the head stands may come first; `bearing` a compass bearing's source (`compass.Compass.bearing`), `far` the
    units a distance is told in, `services` the words of a state's services ('air force')."""
    return re.compile(
        rf"(?:\s+(?:(?:is|was|will\s+be)\s+)?(?:planned|proposed|located|situated|sited)"
        rf"|\s+(?:(?:is|was|will\s+be|has\s+been|is\s+being|was\s+being|being)\s+)?(?:built|constructed|set\s+up"
        rf"|established|opened|expanded))?"
        # 'a new base for the Royal Saudi Naval Forces on the coast near X': the force it is for; 'a detachment of the
        # Foreign Legion at X', or of a service named in lower case ('of the navy near X'): the force or service whose
        # it is.
        rf"(?P<force>\s+of\s+the\s+(?:(?:[A-Z][\w'-]*\s+){{0,3}}[A-Z][\w'-]*|{services})(?=\s+(?:at|in|on|near)\s)|\s+for\s+(?:(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'-]*\s+){{0,4}}?(?:[Nn]aval\s+"
        rf"[Ff]orces|[Aa]rmed\s+[Ff]orces|[Aa]ir\s+[Ff]orce|[Cc]oast\s+[Gg]uard|[Nn]avy|[Aa]rmy|[Ff]orces|"
        rf"[Mm]arines|troops)"
        # 'a new base for a mobile brigade at X': a formation it is for.
        rf"|(?:an?|the|its|their)\s+(?:[a-z-]+\s+){{0,2}}?(?:brigade|battalion|regiment|division|squadron|unit)))?"
        rf"(?:\s+|,\s+(?=in\s|near\s|outside\s|at\s))"
        # 'right next to X', 'just outside X': an adverb of nearness before the locative.
        rf"(?:(?:right|just|directly|immediately)\s+(?=next|outside|off|beside|near|close))?"
        # 'a camp above X', 'barracks below X': a slope's height over a town is nearness to it.
        rf"(?P<prep>on the outskirts of|in|at|near|on|outside|inside|of|close to|next to|beside|off|overlooking"
        rf"|above|below"
        # 'an air base 40 km south of X', 'a base east of X': a bearing from a place is near it.
        rf"|(?P<bearing>(?:(?:about|some|around|roughly|just)\s+)?(?:[\d,.]+\s*(?:{far})\s+"
        rf"(?:\([^()]{{1,20}}\)\s+)?)?(?:to\s+the\s+)?{bearing}\s+of))"
        rf"\s+(?:the\s+)?")


class _Bearings:
    """One language's patterns that place a facility by the compass (`compass.Compass`)."""

    def __init__(self, lang: str) -> None:
        points = compass(lang)
        far = alternation(pattern_words(lang)["distance unit"])
        self.locative = _locative(points.bearing, far, alternation(pattern_words(lang)["service"]))
        # The words a `locative` match may open with, after its whitespace: every lower-case word its pattern spells (a
        # verb of building or siting, 'for' a force, an adverb of nearness, a preposition, a bearing's approximation,
        # 'to'; and more, which a first test may let through), read off the pattern so that a word added to it is
        # never turned away.
        self.locative_openers = frozenset(re.findall(r"[a-z]+", self.locative.pattern))
        self.points = points.points
        # 'in northern X', 'south X': a part of the place named after it.
        self.side = re.compile(rf"{points.point_or_side}\s+(?=[A-Z])")
        # A capitalised word of direction that may open a region's name: 'Eastern Ukraine', 'Upper Nile'.
        self.direction = re.compile(rf"{points.region_opener}\s")
        # Between a town and another place that bears on it: ', east of ', ', some 25 km north-west of the '.
        self.bearing = re.compile(r",\s+(?:(?:about|some|around)\s+)?"
                                  rf"(?:[\d,.]+\s*(?:{far})\s+)?"
                                  rf"{points.bearing}\s+of\s+(?:the\s+)?"
                                  r"|,\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:of\s+)?$")


@lru_cache(maxsize=8)
def _bearings(lang: str) -> _Bearings:
    return _Bearings(lang)


class _Cues:
    """The patterns built from one language's word lists (pattern_words.tsv); their grammar stays here."""

    def __init__(self, words: WordLists) -> None:
        run_marks = alternation(words["run mark"])
        # Between a state and the name it possesses ('Russia's Hmeimim') or runs ('the Russian-held Hmeimim').
        # A state's service may own it for the state: "the Fijian navy's X base".
        services = alternation(words["service"] + words["service corps"], " ")
        self.possessive_gap = re.compile(rf"(?:\s+(?:{services}))?(?:['\u2019]s)?\s+|-(?:{run_marks})\s+")
        # A compound naming who runs what follows ('the US-run base'), unlike one naming who built or paid for it.
        self.run_compound = re.compile(rf"-(?:{run_marks})\b")
        # A unit's basing participles, and those of a force's ('headquartered') and a unit's placing ('deployed').
        unit_based = words["unit based"]
        force_based = unit_based + words["force based"]
        # The nouns of a unit, in either case ('the battalion', 'the 5th Battalion'); of a force or unit besides, as
        # written, before a verb of basing ('the Naval Service', 'troops') or in a clause of where a unit is ('the 3rd
        # Wing'), or both ('the Fleet').
        units = _initial_either_case(words["unit noun"])
        based = alternation(words["force body"] + words["force body based"])
        placed = alternation(words["force body"] + words["force body where"])
        # A unit said to be based at the town after it: 'the battalion will be based at '.
        self.unit_based_at = re.compile(
            rf"(?:{units})\s+"
            r"(?:will\s+be|would\s+be|is|are|was|were|has\s+been|have\s+been)\s+(?:permanently\s+)?"
            rf"(?:{alternation(unit_based)})\s+(?:at|in)\s+$")
        # What `unit_based_at` holds besides: its verbs of basing.
        self.basing_verbs = unit_based
        # A force or unit, then a verb of basing: 'the Naval Service, based at ', 'troops are stationed at '.
        self.force_based_at = re.compile(
            rf"\b(?:{units}|{based})(?:,|\s+(?:will\s+be|would\s+be|is|are|was|were|has\s+been"
            rf"|have\s+been))?\s+(?:permanently\s+|mainly\s+|largely\s+)?(?:{alternation(force_based)})\s+at\s+"
            r"(?=[A-Z])")
        # Where `force_based_at` may match: its verb of basing before 'at'.
        self.based_at_verbs = force_based
        self.based_at_verb = re.compile(rf"(?:{alternation(force_based)})\s+at\s")
        # After a town: ', where the 152nd Guards Missile Brigade is based' (a unit's name, then a verb of basing).
        self.unit_based = re.compile(
            rf", where (?:the |its |a )?(?:[\w-]+ ){{0,5}}?(?:{units}|{placed}) "
            r"(?:is|are|was|were|has been|have been|remains|remain)? ?(?:now )?"
            rf"(?:{alternation(force_based + words['unit placed'])})\b")
        # A verb of saying after a name set between commas: 'the base, Colonel X, said'.
        self.said_after = re.compile(rf",\s+(?:{alternation(words['said after'])})\b")
        # A verb of saying right after a name: 'Norway's Joint Headquarters said'.
        self.says = re.compile(rf"\s+(?:{alternation(words['said after'])})\b")
        # Who speaks for the body named next: 'a spokesman for the (Norwegian) Joint Headquarters'.
        self.speaks_for = re.compile(rf"\b(?:{alternation(words['speaks for'])})\s+(?:the\s+)?$")
        # A state's verb of keeping right before a new head's determiner: 'Russia also keeps a base'.
        self.keeps = re.compile(rf"\b(?:(?:also|still|now)\s+)?(?:{alternation(words['keeps base'])})\s+$")
        # `keeps`'s verbs.
        self.keeping_verbs = words["keeps base"]
        # A verb of hosting and an indefinite article right before a head's modifiers: 'hosts a (Russian military)
        # base'.
        self.hosts = re.compile(rf"\b(?:{alternation(words['hosts a'])})\s+(?:an?|another)\s+$")
        # What text `hosts` matches in holds one of these.
        self.hosting_cores = cores(words["hosts a"])
        # A plan for what follows, whose state would run it: 'an earlier Indian plan for a base on X'.
        self.plan_for = re.compile(rf"\b(?:{alternation(words['plan'])})\s+for\s+$")
        # After a name, a verb of hosting, after adverbs or the comma of an apposition: 'X once hosted', 'X, home of',
        # 'Engels, home to a bomber base'.
        self.hosts_after = re.compile(r",?\s+(?:(?:also|still|now|once|long|has|had|have)\s+)*"
                                      rf"(?:{alternation(words['hosts a'] + words['home of'])})\s+")
        # The town a described place names: 'an airfield near the village of X', 'in the capital, Niamey', 'on the
        # Greek island of Lamu', or the hill or island whose part a facility stands on ('on the summit of X'); a few
        # words may qualify a settlement's word ('the occupied city of X', 'the western Iranian city of X'), one
        # capitalised word an island's.
        islands = alternation(words["island of"])
        spots = alternation(words["town of"] + words["spot of"])
        self.town_of = re.compile(rf"(?:the\s+)?(?:(?:[\w-]+\s+){{0,3}}?(?:{spots}) of"
                                  rf"|(?:{alternation(words['capital'])}),|(?:[A-Z][a-z]+\s+)?(?:{islands}) of)\s+")
        # A spot described in lower-case words, up to two more locatives deep, then the locative before a named place:
        # 'a hill above the island's southern tip, near '.
        the = alternation(words["definite"])
        spot_words = rf"(?:(?:{alternation(words['article'])})\s+)?(?:[a-z'\u2019-]+\s+){{0,3}}?[a-z'\u2019-]+"
        self.spot = re.compile(
            rf"{spot_words}(?:\s+(?:{alternation(words['spot link'], ' ')})\s+{spot_words}){{0,2}}"
            rf"(?P<tail>,?\s+(?P<prep>{alternation(words['spot prep'], ' ')})\s+(?:(?:{the})\s+)?)"
            rf"(?=[A-Z]|(?:[\w-]+\s+){{0,3}}?(?:{alternation(words['spot town'], ' ')})\s)")
        # Where an unnamed installation stands, told in lower-case words after its head ('on the island', "on the main
        # island's eastern shore", 'on the hill above X'): analysts call it by them too.
        self.role_tail = re.compile(
            rf"\s+(?:{alternation(words['role tail prep'], ' ')})\s+"
            rf"(?:{alternation(words['definite'] + words['force possessive'])})\s+"
            r"(?:[a-z'\u2019-]+\s+){0,3}?[a-z'\u2019-]+"
            rf"(?:\s+(?:{alternation(words['role tail link'])})\s+(?:(?:{the})\s+)?"
            r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z-]+))?"
            rf"(?=[,.;:]|\s+(?:{alternation(words['role tail end'])}|\d))")
        # A possessive said of one, not of many ('its'): not of a state's people ('Peruvian naval officers at its X').
        self.singular_possessive = frozenset(words["singular possessive"])
        # The prepositions of a locative that place a head near the place after it, not in it ('near X', 'above X').
        self.near_preps = frozenset(words["near prep"])
        # 'the X shipyard in the city': a town told again.
        self.in_the_town = re.compile(rf"\s+(?:in|near|outside)\s+the\s+(?:{alternation(words['the town'])})\b")
        # 'the civilian port of Tartus': a port's word before its town.
        self.port_of = re.compile(rf"\b(?:{alternation(words['port'])}) of\b", re.IGNORECASE)
        self.island_of = re.compile(rf"\b(?:{islands}) of\s+$", re.IGNORECASE)
        # A verb of facilities sharing a runway: 'the air base shares its runway with X airport'.
        self.share = word_regex(words["share"])
        # Between a base's name and a military part of an airport set after it: 'X air base, the military side of'.
        self.apposed_part = re.compile(rf",\s+(?:{alternation(words['part apposed'])})\s+$")
        # After a town's name: the name of the garrison a unit is said to be based at there ('X garrison').
        self.garrison_name = words["garrison name"][0]
        # Who holds a place, before its name: 'Russian-occupied ', 'occupied ', 'Ukrainian-controlled '.
        held = alternation(words["held"])
        self.held_town = re.compile(rf"\b([A-Z][\w.]*)-(?:{held})\s")
        self.held = re.compile(rf"(?:(?P<holder>[A-Z][\w.]*)-)?(?:{held})\s+(?=[A-Z])")
        # After a region's name, the word that goes on from it: 'on the Red Sea coast'.
        self.region_feature = re.compile(rf"\s+(?:{alternation(words['region feature'])})\b")
        # A force's headquarters, and the name of those the text tells of after the force's ('X headquarters').
        self.headquarters_words = words["headquarters"]
        self.headquarters_name = self.headquarters_words[0]
        headquarters = alternation(self.headquarters_words)
        # A force whose headquarters is told, as written; 'the Eastern Military Zone', 'the 3rd Military Region': a
        # territorial command is a force too.
        force = (rf"(?:{alternation(words['headquartered force'])}"
                 rf"|(?:{alternation(words['territorial'])}) (?:{alternation(words['command area'])}))")
        the, of = alternation(words["definite"]), alternation(words["headquarters of"])
        owner = alternation(words["force possessive"])
        self.headquarters_where = re.compile(
            rf", (?:{alternation(words['headquarters where'])}) (?:{the}) (?P<org>(?:[A-Z][\w-]*\s+){{0,4}}{force})\s+"
            rf"(?:{alternation(words['keeps headquarters'])})\s+(?:{owner})\s+(?:{headquarters})\b")
        # 'the headquarters of its regular navy': the determiner, kept to find whose force it is; a possessive's
        # (`owner`) points to a state, the article makes a command's own name ('the headquarters of the Eastern
        # Military Zone').
        self.headquarters_of = re.compile(rf"(?:{headquarters}) (?:{of}) (?:(?P<the>{the})|(?P<owner>{owner})) "
                                          rf"(?P<org>(?:[\w-]+ ){{0,3}}?{force})\b")
        # A force whose headquarters a sentence may tell of.
        self.headquarters_force = re.compile(
            rf"\b(?:{_initial_either_case(words['force of headquarters'])}"
            rf"|{alternation(words['troops of headquarters'])})\b")
        # A possessive before a headquarters: 'its', 'their', or a force's ('the Ghanaian navy's headquarters in X').
        self.its_before = re.compile(rf"\b(?:{_initial_either_case(words['force possessive'])}|"
                                     rf"(?:{_initial_either_case(words['possessing force'])})"
                                     r"['\u2019]s?)\s+(?:[a-z-]+\s+)?$")
        # After a force's headquarters, the town it is in or near ('in Port Blair', 'near the town of X'), not a
        # facility it is at ('at the town's airfield').
        self.headquarters_placed = re.compile(
            rf"\s+(?:{alternation(words['headquarters placed'])})\s+"
            rf"(?:(?:{the})\s+(?:[a-z]+\s+)?(?:{alternation(words['headquarters town'])})\s+(?:{of})\s+)?[A-Z]")
        # 'a facility in <region>, near the <Name> field': after the region, a word going on from its name ('the Tartus
        # area'), then a landmark, whose name the facility takes (`_landmark`).
        self.area_word = re.compile(rf"\s+(?:{alternation(words['area word'])})\b", re.IGNORECASE)
        self.landmark = re.compile(rf",?\s+(?:(?:{alternation(words['landmark hedge'])})\s+)?"
                                   rf"(?:{alternation(words['near landmark'])})\s+(?:{the})\s+")
        # What may follow a town inside a name it locates: 'Baghdad International'; 'King Vetkov' is no town's.
        self.name_after_town = re.compile(rf"(?:\s+(?:{alternation(words['name after town'])}))*")


def _initial_either_case(words: Iterable[str]) -> str:
    """Regex alternatives for `words`, longer ones first, each opening in either case ('[bB]rigade')."""
    return "|".join(f"[{word[0]}{word[0].upper()}]{re.escape(word[1:])}" for word in longest_first(words))


_CUES: Final[PerLanguage[_Cues]] = PerLanguage(lambda lang: _Cues(pattern_words(lang)))


def _cues(lang: str) -> _Cues:
    return _CUES.get(lang)


_TITLE_LOCATIVE: Final = re.compile(r"\s+(?P<prep>In|At|Near|Outside|On|Off)\s+(?:the\s+|The\s+)?(?P<bearing>(?!))?"
                                    r"(?P<force>(?!))?")
_APPOSED_AT: Final = re.compile(r",?\s+(?P<prep>at|in|near|outside)\s+")
# Numbers that name ("Air Base 201", "102nd"), unlike measures ("2,000-metre").
_NUMBER_NAME: Final = re.compile(r"\d+(?:st|nd|rd|th)?")
_NOT_A_NAME: Final = frozenset({"sea", "region", "continent", "demonym", "ocean"})
_INSIDE: Final = frozenset({"in", "at", "on", "inside", "of"})
_AT_OR_OF: Final = frozenset({"at", "of"})
# A state named by a common noun as a head's owner: 'the country's', 'the kingdom's'.
_STATES_OWN: Final = re.compile(r"\b(?:country|nation|kingdom|republic|state)['\u2019]s\s+$")
_HONORIFICS: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof"})
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
# After a name that 'of' sets after a head, a word saying it names a force or a group: 'the base of Wagner fighters'.
_OF_FORCE: Final = re.compile(r"\s+(?:fighters|forces|troops|militants|rebels|mercenaries|group|contractors|soldiers"
                              r"|units?|militia|brigade|regiment|battalion|army|navy|marines|commandos|paratroopers"
                              r"|sailors|airmen|personnel|special\s+forces)\b", re.IGNORECASE)
_CIVIL_KINDS: Final = frozenset({"port"})
# The start of the next sentence when it opens on a definite head: '. The (new) air base'.
_THE_OPENING: Final = re.compile(r"[.!?\"\u201d]*\s+The\s+(?:[a-z-]+\s+){0,2}?(?=[a-z])")
# After a placed head, one more of its kind: 'a base in X| and another| in Y', 'and a second one'.
_ANOTHER: Final = re.compile(r",? and (?P<word>another|one|a second|a third)(?: one)?")
# A head's first word naming a service when capitalised ('Navy base', 'Air Force base').
_PLACED_RULES: Final = frozenset({"facilities:head-in-place", "facilities:head-near-place"})
# A name the text gives an installation of its own, which may be part of a longer name it gives it elsewhere.
_PART_NAME_RULES: Final = frozenset({"facilities:name-head", "facilities:prefix-name", "facilities:runway-at",
                                     "facilities:apposition"})
# The names a text gives an installation whole: by name, not by the town it is in or near.
_WHOLE_NAME_RULES: Final = _PART_NAME_RULES | {"facilities:catalog", "facilities:catalog-known"}
# What parts a name's words: 'RAF Valley', 'Dzaoudzi-Pamandzi'.
_NAME_PART_BREAKS: Final = frozenset(" -")
# Right after a facility's name, a neighbour it lies beside: 'the X range next to Camp Y'.
_BESIDE: Final = re.compile(r"\s+(?:next to|beside|alongside|adjacent to|near)\s+(?:the\s+)?")
_PLACED_IN: Final = re.compile(r"\s+(?:on|in|at)\s+(?:the\s+)?")
_OWNER_GAP: Final = re.compile(r"['\u2019]s\s+")
# How `_OWNER_GAP` opens: a substring test that spares most places the pattern.
_OWNER_MARKS: Final = ("'s", "\u2019s")
# How many words an owner before a possessive mark may have ('the Ostland Police Force's base').
_OWNER_WORDS_MAX: Final = 4
_OWNER_MODIFIED: Final = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+)?")
_ISLAND_KINDS: Final = frozenset({"island", "archipelago"})
# Weak heads of these kinds name a unit's post ('a small detachment on X'), which military context places.
_UNIT_KINDS: Final = frozenset({"outpost"})
_NAMING_PLACE_KINDS: Final = frozenset({"city", "town", "village", "admin1"})
# 'the base it built beside the port of Assab': a town's port and a base named after the town are two places.
_PORT_AND_BASE: Final = frozenset({"port", "base"})
_AIR_KINDS: Final = frozenset({"air base", "airfield"})
_AIRPORT_NAMING_RULES: Final = frozenset({"facilities:name-head", "facilities:head-in-place"})
# 'a naval base just north of X port': a town's port and a naval base there are two installations.
_PORT_AND_NAVAL: Final = frozenset({"port", "naval base"})
_PORT_AND_OTHER: Final = frozenset({"port", "other"})
# Between a facility and a later name of it: 'now operates as', 'better known as', ', the wartime airstrip that is now'.
_RENAMED: Final = re.compile(
    r"(?:,\s+(?:the\s+)?[^,.;]{0,60}?\s+(?:that|which)\s+is\s+now"
    r"|(?:\s+[a-z]+)?\s+(?:now\s+)?operates\s+as"
    r"|,?\s+(?:also\s+|better\s+|formerly\s+)?known\s+as|\s+(?:was\s+)?renamed)\s+(?:the\s+)?$")
_RENAMED_WORDS: Final = ("is now", "operates as", "known as", "renamed")
_HOST_KINDS: Final = frozenset({"city", "town", "village", "country"})
_LIST_JOINS: Final = frozenset({", ", " and ", ", and "})
_LONGEST_JOIN: Final = max(len(join) for join in _LIST_JOINS)
# How far after such a verb the forces it hosts may be named.
_HOSTED_REACH: Final = 50
_HOST_GAP: Final = re.compile(r",?\s+(?:(?:also|still|now|already|currently|long|today|meanwhile|reportedly)\s+)*")
_WORD_BEFORE: Final = re.compile(r"(\S+)\s+$")
_PREFIX_GAP: Final = re.compile(r"\s+(?:the\s+)?")
_INDEFINITE_BEFORE: Final = re.compile(r"\b[Aa]n?\s+$")
# A town of this many people or more is known as a town ('Port of Spain') rather than as a port.
_SIZEABLE: Final = 5000
# Between a head and the place a weak head's name is: lower-case words ending on a locative ('at the northern tip of').
_LOCATING_WORDS: Final = re.compile(r"(?:\s+[a-z-]+)+?\s+(?:on|of)\s+(?:the\s+)?")
_LOCATING_REACH: Final = 40
# Between a facility's head and a weak head's name that only places it: 'X air base on Terceira island'.
_PLACED_ON: Final = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?")
_UNNAMED_HEAD_RULES: Final = frozenset(
    {"facilities:head-in-place", "facilities:head-near-place", "facilities:town-owned"})
# Between a name and a description of it: ', the ' or ', the <owner>'s ' ('Chkalovsk, the Baltic Fleet's main ...').
_DEFINITE_APPOSITION: Final = re.compile(r",\s+the\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+['\u2019]s\s+)?")
_AT_INSTALLATION: Final = re.compile(r"\s+(?:at|in|on)\s+(?:the\s+)?")
# From ', where' to the determiner of a head that opens the clause ('where the ... base lies') or that the clause's
# subject keeps there ('where Russia keeps a naval base').
_WHERE_CLAUSE: Final = re.compile(
    r", where(?:\s+[\w'.-]+){0,4}?\s+(?:has|have|had|keeps?|kept|maintains?|maintained|runs?|ran"
    r"|operates?|operated|built|constructed|established|(?:is|are|was|were|began|started)\s+"
    r"(?:building|constructing)|opened|set up|stations?|stationed)\s+|, where\s+"
    r"|, where\s+the(?:\s+[\w-]+){1,3}")
# 'the island's northern tip', 'the town's outskirts': a spot of the town or island the text named last.
_SPOT_OF_TOWN: Final = re.compile(r"(town|city|island)['\u2019]s(?:\s+(?!(?:near|in|at|on|of|and|that|which|where|with|"
                                  r"was|is|has|had|were|are)\b)[a-z-]+){1,3}")
_THE_CITY: Final = re.compile(r"(?:port\s+city|city|town)\b(?![-'\u2019])")
# The kinds of head that name bases, as against ports, airfields and sites.
_BASE_KINDS: Final = frozenset({"base", "air base", "naval base"})
# Between names of a list: ', ', ' and ', ', and ', ' or '.
_LIST_SEP_BEFORE: Final = re.compile(r"(?:,\s+and|,|\s+and|\s+or)\s+$")
_LIST_SEP_AFTER: Final = re.compile(r"(?:,\s+and|,|\s+and|\s+or)\s+")
# Before the names listed after a plural head: ' at ', ': ', ' - in ', ', in '.
_LIST_LOCATIVE: Final = re.compile(r"\s+(?:at|in|near|on)\s+|:\s+|,?\s+[-\u2013\u2014]\s+(?:at|in|near|on)\s+")
# The same after a plural head, which 'of' or a bare comma may also set its names after: 'the airfields of X and Y',
# 'two air bases, X and Y'.
_LIST_AFTER: Final = re.compile(rf"{_LIST_LOCATIVE.pattern}|\s+of\s+|(?P<comma>,\s+)(?=[A-Z])")
# 'the military side of', 'the military apron': a part of an airport its host's forces use.
# It opens on its literal word, which the regex engine finds fast; `_military_parts` checks the 'the' before.
_MILITARY_PART: Final = re.compile(
    r"military\s+(?P<part>part|side|section|wing|area|zone|apron|ramp|terminal|portion|half|"
    r"end)\b")
_PART_OF: Final = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
_SPOTS_AT: Final = frozenset({"apron", "ramp", "terminal"})
_MILITARY_PART_RULE: Final = "facilities:military-part"
# A preposition of moving or keeping, before a town's name that may stand for its air or naval base.
_MOVED_TO: Final = re.compile(r"\b(?:for|to|at|from|into|out of)\s+$")
_MOVED_FAMILIES: Final = frozenset({"air", "sea"})
_LARGE_TOWN: Final = 100_000
# A town this large is known by its name alone, so a possessive of it owns what follows ('X's Y airport'): small places
# share their names with people's ('Cox', 'Simon').
_OWNING_TOWN: Final = 50_000
_FORMER_BEFORE: Final = re.compile(r"(?:\b(?:former|old)\s+|\bex-)$", re.IGNORECASE)
# The next word after a head, past a comma; none at a sentence's end.
_WORD_AFTER_HEAD: Final = re.compile(r",?\s+(\S+)")
_EX_NAME: Final = re.compile(r"[Ee]x-[A-Z][a-z]+")
# After a runway word, the place it is at: 'runway at ', 'airstrip on the '.
_RUNWAY_AT: Final = re.compile(r"\s+(?:at|on)\s+(?:the\s+)?")
# Kinds a town has of its own ('Mogadishu's airport', 'Tripoli's port').
_TOWN_KINDS: Final = frozenset({"airfield", "port"})
# How far before a sea service's plural head ('the coast guard runs three small stations at') the service is written.
_SEA_PLURAL_REACH: Final = 40
# A maker's model designation ('LRX-9', 'TPQ-50'): capitals, a hyphen and a number. Bases named so take one capital
# ('T-4 air base').
_DESIGNATION: Final = re.compile(r"[A-Z]{2,}-\d+[A-Z]*")
# A base named by its number: 'Base 01', 'Air Base 201'; 'Base' opens no sentence.
_NUMBERED_BASE: Final = re.compile(r"(?:Air |Naval )?Base \d{1,3}\b")
_MEASURE_WORD: Final = re.compile(r"[\d.,]+-(?:metre|meter|foot|kilometre|kilometer|km|mile)")
# The short form of a head, in brackets after it: ' (FOB)', ' (NSB)'.
_SHORT_FORM: Final = re.compile(r" \([A-Z]{2,6}\)")
# A short aside in brackets after a name: ' (Czerniachowsk in Polish)'.
_ASIDE: Final = re.compile(r"(?:\s*\([^()]{0,40}\))?")
_PLACED_BEFORE: Final = re.compile(r"\b(?:in|near|outside|of)\s+$")
# Between a name and a predicate saying what it is: ' is a ', ' remains the '.
_COPULA: Final = re.compile(r"\s+(?:is|was|remains|remained|has become|became)\s+(?:also\s+)?(?:a|an|the)\s+")
_PREDICATE_RULES: Final = frozenset(
    {"facilities:head-in-place", "facilities:head-near-place", "facilities:head-in-country"})
_KEEPER_GAP: Final = re.compile(r"(?:['\u2019]s)?(?:\s+(?:army|navy|military|air force|armed forces|forces|troops|"
                                r"government|marines|coast guard))?\s+")
_OWN_NAME_RULES: Final = frozenset({"facilities:name-head", "facilities:apposition"})
_ELIDED: Final = re.compile(r"[ld]['\u2019]", re.IGNORECASE)
_INDEFINITE: Final = frozenset({"a", "an", "one", "another"})
# Determiners `_DETERMINER` reads and `_DESCRIBING_WORD` refuses: before a head, they end the words describing it.
_DEFINITE_WORDS: Final = frozenset({"the", "its", "their", "this", "that", "his", "her"})
_GARRISON_FAMILIES: Final = frozenset({"any", "air", "sea", "land"})
_THE_BEFORE: Final = re.compile(r"\b[Tt]he\s+$")
# What may follow a name that ends a phrase: punctuation, a preposition or a conjunction.
# 'a naval base known as X'; 'the country's only naval base today is X': a copula names a head with a determiner.
_CALLED: Final = re.compile(r" (?:known as|called|named|dubbed|(?:today |now |still )?(?:is|remains)) (?=[A-Z])")
_CALLED_OPENINGS: Final = (" known", " called", " named", " dubbed", " today", " now", " still", " is", " remains")
_COPULA_OPENINGS: Final = (" today", " now", " still", " is", " remains")
_CALLED_LONGEST: Final = max(len(word) for word in _CALLED_OPENINGS)
_PHRASE_END: Final = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:\(|(?:on|in|at|near|outside|and|or|was|is|were|has|had)\b)")
# A sentence opening on where it tells of: 'At Tindouf, ', 'Further south, in Garoua, '.
_FRONTED_AT: Final = re.compile(r"[\s\"'(]*(?:(?:[\w-]+\s+){0,2}[\w-]+,\s+)?(?:[Aa]t|[Ii]n)\s+")
_FRONTED_AT_FIRST: Final = re.compile(r"[\s\"'(]*(?:[Aa]t|[Ii]n)\s+")
_IN_ASIDE: Final = re.compile(r",\s+in\s+")
# How far after such a town a head may stand.
_FRONTED_REACH: Final = 80
# Places whose division the article's story may be set in, and how many mentions make a division dominant.
_DIVISION_PLACE_KINDS: Final = frozenset({"city", "town", "village", "admin1"})
_DOMINANT_MIN: Final = 3
# A headline is one short line with no closing stop.
_HEADLINE_MAX: Final = 200
_CLOSED_LINE: Final = re.compile(r"[.!?][\"')\]\u201d]*\s*$")
_WHERE_THE: Final = re.compile(r", where\s+the\s+")
_THE_TOWNS: Final = re.compile(
    r"\b[Tt]he\s+(town|city|island|port city)['\u2019]s\s+$|\b[Tt]he\s+(islands)['\u2019]\s+$")
_ALWAYS_FACILITY_KINDS: Final = frozenset({"airfield"})
# Weak heads a place names in a sentence about forces: a unit's post, or an airport ('the airport in Goma was
# seized, the army said').
_PLACEABLE_WEAK_KINDS: Final = _UNIT_KINDS | _ALWAYS_FACILITY_KINDS
# The event types that build or enlarge a structure.
_WORKS: Final = frozenset({"construction", "expansion"})
# Trigger kinds that leave a harbour a place ships call at: the visit, and words that only look like triggers ('new'
# says a runway's state; 'hunger strike' hides one).
_CALL_KINDS: Final = frozenset({"visit", "state", "none"})
_TOWN_PLACE_KINDS: Final = frozenset({"city", "town", "village"})
# Places that may own a facility with no name ("Mogadishu's airport", "Peleliu's airfield").
_OWNING_PLACE_KINDS: Final = _TOWN_PLACE_KINDS | {"island"}
# The word after a head, when a space alone separates them.
_NEXT_WORD: Final = re.compile(r" ([A-Z][\w-]*)")
# The word after a head, in any case.
_ANY_NEXT_WORD: Final = re.compile(r" (\w+)")
_VAGUE_PLACE_KINDS: Final = frozenset({"country", "admin1", "region", "sea", "continent"})
_KIND_WORD: Final = {"air base": "air base", "naval base": "naval base", "base": "base", "airfield": "airfield",
                     "outpost": "outpost", "port": "port", "plant": "plant", "field": "field", "other": "base"}
# Heads of the 'base' kind that name themselves.
_SELF_NAMING: Final = frozenset({"garrison", "barracks", "cantonment"})
# Heads of the 'base' kind that name themselves bare, but not after a service's word ('a camp at X' is 'X camp', 'an
# army camp at X' 'X base').
_BARE_SELF_NAMING: Final = frozenset({"camp"})
# Kinds whose heads name themselves: a refinery or a gas field is no 'plant' or 'field' to a reader.
_SELF_NAMING_KINDS: Final = frozenset({"other", "plant", "field"})
# Kinds whose word is too general to replace a head of their own ('radar station' is of the 'base' kind).
_SPECIFIC_KINDS: Final = frozenset({"base", "outpost"})
# Kinds whose heads a reader calls by their own word ('harbour', 'jetty', 'naval station', 'heliport').
_ECHOED_KINDS: Final = frozenset({"port", "naval base", "airfield"})
# Heads that are only another spelling or a plainer word for their kind's.
_KIND_SYNONYMS: Final = frozenset(
    {"seaport", "navy base", "military port", "air field", "military airfield", "airstrip",
     "air strip"})
# First words of a head that say whose it is, not what it is for ('military camp', 'army position').
_OWNER_WORDS: Final = frozenset({"military", "army", "government"})
_SERVICE_WORDS: Final = _OWNER_WORDS | {"naval", "navy"}
# Kinds that can stand for one another when mentions are merged ("Hmeimim base" = "Hmeimim air base").
_FAMILY: Final = {"air base": "air", "airfield": "air", "naval base": "sea", "port": "sea", "plant": "plant",
                  "field": "field", "outpost": "land", "base": "any", "other": "any"}


class Candidate:
    """One mention of an installation, before mentions are merged. A plain class, not a dataclass: compiled, its
    constructor is native code, where a dataclass's generated one is interpreted for each of the many candidates."""

    def __init__(self, span: Span, name: str, display: str, kind: str, rule: str, item: Installation | None = None,
                 operator: str | None = None, place_span: Span | None = None) -> None:
        self.span = span
        self.name = name
        self.display = display
        self.kind = kind
        self.rule = rule
        self.item = item
        self.operator = operator
        self.place_span = place_span
        self.extra: list[Span] = []
        # Whether the name may be looked up in the catalog: "name", or "none" for a base merely near a town;
        # "place" once linked through the bare place ('Sevastopol Bay'), whose later bare mentions stay the town's.
        self.link = "name"
        # The host state of a base named by it ('the Chinese base in Djibouti').
        self.host: str | None = None
        # The key of the airport a military part of it is in ('the military side of X airport').
        self.part_of: str | None = None
        # Where an owner the mention names before it starts ('its base at X', "the navy's base at X"), if before the
        # span: the text calls the installation by it too.
        self.owned_from = span[0]
        # Where the place that names a described spot ends ('a radar on a hill outside |X|'), past the mention: the
        # text calls the installation by the words through it too.
        self.named_to = span[1]
        # A wharf or pier that is an installation only for the works the sentence tells on it ('a new pier at X was
        # completed'): at a place where another installation stands, it is that one's part.
        self.works_only = False

    @property
    def key(self) -> str:
        return self.item.id if self.item else name_key(self.name)


class Facilities:
    """Pipeline component filling `Doc.facilities`."""

    def __init__(self) -> None:
        self.catalog: Catalog = catalog()
        # The lists searched over whole articles join the shared pass now (English, the default language), so
        # the first articles do not pay for building it again and again.
        words = facility_words("en")
        share(words.heads, words.prefixes, words.runway, words.force, words.capability, event_words("en").actors,
              anaphor_heads("en"), self.catalog.aliases, _plural_heads("en")[0])
        load_reference_data()

    def __call__(self, doc: Doc) -> Doc:
        actor_list = actors(doc)
        doc.facilities.extend(self.build(doc, self.match(doc, actor_list), actor_list))
        return doc

    def match(self, doc: Doc, actor_list: list[Actor] | None = None) -> list[Candidate]:
        """Every named mention of an installation, in text order."""
        words = facility_words(doc.language)
        actor_list = actors(doc) if actor_list is None else actor_list
        taken: list[Span] = []
        pending: list[Candidate] = []
        found = self._catalog_mentions(doc, words, taken, pending)
        found += self._head_mentions(doc, words, actor_list, taken, found)
        found += self._prefix_mentions(doc, words, taken)
        found += self._site_mentions(doc, words, actor_list, taken)
        found += self._listed_mentions(doc, actor_list, taken)
        found += self._runway_mentions(doc, words, actor_list, taken)
        found += _garrison_towns(doc, taken)
        found += _headquarters(doc, actor_list, taken)
        found += _numbered_bases(doc, actor_list, taken)
        towns = frozenset(doc.norm[p.span[0]:p.span[1]] for p in doc.places if p.kind in _TOWN_PLACE_KINDS)
        for cand in found:
            if cand.item is None and cand.link != "none":
                cand.item = self._lookup(cand, towns)
            if cand.item and cand.kind in _CIVIL_KINDS and cand.item.kind not in _CIVIL_KINDS and _trading_port(
                    doc, actor_list, cand.span):
                cand.item, cand.link = None, "none"
        found = _without_parts(doc.norm, found)
        # 'the town's airport' is the catalogued installation named after the town only where the article names it.
        named = {c.item.id for c in found if c.item and c.rule != "facilities:town-owned"}
        for cand in found:
            if cand.rule == "facilities:town-owned" and cand.item and cand.item.id not in named:
                cand.item, cand.link = None, "none"
        # A name too common to count alone ('Olenya', 'Rota') counts once the article has named the base.
        known = {c.item.id for c in found if c.item and c.link != "place"}
        known.update([c.item.id for c in pending if c.item and c.item.id not in known and (
            self._island_base(doc, words, c) or _aircraft_moved_to(doc, words, c.item, c.span)
            or _taken_up(doc, words, c.item, c.span, found) or _hosts_forces(doc, words, c.span)
            or _listed_with(doc.norm, c.span, found))])
        # Two different names of one installation ('Port Sudan', 'the Russian naval logistics centre') name it.
        aliases = Counter(item_id for item_id, _ in {(c.item.id, c.name.lower()) for c in pending if c.item})
        known.update(item_id for item_id, count in aliases.items() if count > 1)
        found += [c for c in pending if c.item and c.item.id in known and not _overlaps(c.span, taken)
                  and not _inside_longer_name(doc.norm, c.span)]
        found += _military_parts(doc, found)
        found += _host_airports(doc, found)
        found.sort(key=lambda c: c.span)
        _part_of_catalogued(doc.norm, found)
        found = _join_host_named(found)
        return _join_appositions(doc.norm, found)

    def build(self, doc: Doc, found: list[Candidate], actor_list: list[Actor] | None = None) -> list[Facility]:
        """Merge candidates into facilities, resolve anaphors, then attach location and attributes."""
        actor_list = actors(doc) if actor_list is None else actor_list
        groups: list[list[Candidate]] = []
        # Only groups under the same catalog id, or the same name key, can take a candidate.
        by_key: dict[tuple[bool, str], list[list[Candidate]]] = {}
        airports = _airport_endings(doc.language)
        # The air bases the text names under one name only: the airport named after its town is another installation.
        lone_air_base = len({c.key for c in found if c.kind == "air base" and not _named_airport(c, airports)}) == 1
        for cand in found:
            same_key = by_key.setdefault((cand.item is not None, cand.key), [])
            group = next((g for g in same_key if _same(g[0], cand)
                          and not _airport_and_base(g[0], cand, airports, lone_air_base)),
                         None)
            if group is None:
                groups.append([cand])
                same_key.append(groups[-1])
            else:
                group.append(cand)
        groups = _merge_name_parts(groups, airports, doc.language)
        groups = [g for g in _merge_placed_in(doc.norm, groups) if not _landform_only(doc.language, g)]
        hosts, tenants = _split_hosts(doc, groups)
        facilities = [_host_facility(doc, group) if id(group) in hosts else
                      _tenant_facility(doc, group) if id(group) in tenants else _facility(doc, group)
                      for group in groups]
        _unique_ids(facilities)
        resolve_anaphors(doc, facilities, actor_list)
        facilities, groups = _merge_renamed(doc.norm, facilities, groups)
        facilities, groups = _merge_military_parts(doc, facilities, groups)
        facilities, groups = _merge_region_named(facilities, groups)
        facilities, groups = _drop_headline_only(doc.norm, facilities, groups)
        facilities, groups = _drop_harbours_of_call(doc, facilities, groups)
        places = place_index(doc, facilities)
        for fac, group in zip(facilities, groups, strict=True):
            spans = [c.place_span for c in group if c.place_span]
            item = group[0].item
            if item is not None and placed_elsewhere(doc, fac, item, spans, places):
                item = None
                _uncatalogued(doc, fac, group)
            locate(doc, fac, item, spans, places)
        _dominant_division(doc, facilities, actor_list)
        # territories that raise their own forces run their bases themselves, for each rule that gives a host's force
        raising = raising_territories(doc, actor_list)
        attach_attributes(doc, facilities, actor_list, raising)
        for fac in facilities:
            fac.mentions = sorted(set(fac.mentions))
            fac.country = fac.country or _beside_country(doc, fac, facilities) or fronted_country(doc, fac, actor_list)
        _shared_division(facilities)
        finer_divisions(doc, facilities)
        _place_military_parts(facilities, groups, raising)
        return facilities

    def _lookup(self, cand: Candidate, towns: frozenset[str] = frozenset()) -> Installation | None:
        """The catalogued installation a name denotes; 'the naval base in Sevastopol Bay' also by the bare place."""
        # 'the island's airport': the installation catalogued under the town's name and the head, if one is.
        item = (cand.rule == "facilities:town-owned" and self.catalog.lookup(cand.display)) or self.catalog.lookup(
            cand.name)
        # 'Subi and Mischief reefs': the last of a list carries the plural head the catalog has in the singular.
        if item is None and cand.rule == "facilities:name-head" and cand.display.endswith("s"):
            item = self.catalog.lookup(cand.display[:-1])
        if item is None and cand.rule == "facilities:head-in-place":
            bare = _FEATURE_WORD.sub("", cand.name)
            item = self.catalog.lookup(bare) if bare != cand.name else None
            if item is not None and _FAMILY[item.kind] != _FAMILY[cand.kind]:
                item = None
            cand.link = "place" if item else cand.link
        # 'INS Baaz, a naval air station': a name of its own (no town's) is the installation, air or naval.
        own_name = cand.rule in _OWN_NAME_RULES and cand.place_span is None and cand.name not in towns
        return item if item and (_linkable(cand, item) or (own_name and _air_or_sea(cand.kind, item.kind))) else None

    def _catalog_mentions(self, doc: Doc, words: FacilityWords, taken: list[Span],
                          pending: list[Candidate]) -> list[Candidate]:
        norm = doc.norm
        found: list[Candidate] = []
        # 'Port Blair', 'Port Sudan': a town whose name holds a head word names the town, not its base, by itself.
        towns = {p.span for p in doc.places if p.kind in _TOWN_PLACE_KINDS}
        for start, end, items in self.catalog.find(norm):
            if _written_as_common_word(norm[start:end], items):
                continue
            item = _pick(items, doc)
            head = _head_after(norm, end, words)
            # 'Gwadar airport' beside the catalogued Gwadar port: a town's name heads each of its installations; the
            # 'Gwadar Port Authority' is neither.
            if head and (not _linkable_kinds(words.head_kind[head.text.lower()], item.kind)
                         or _inside_proper_name(doc, head)):
                continue
            # 'Hans Christian Andersen Airport': a catalogued name ending a longer proper name before a capitalised head
            # is part of that name, which the head rule reads whole.
            if head and head.text[:1].isupper() and _ends_longer_name(doc, start):
                continue
            if not (item.bare or head or (_has_head_word(norm[start:end], doc.language)
                                          and (start, end) not in towns)):
                pending.append(Candidate((start, end), norm[start:end], norm[start:end], item.kind,
                                         "facilities:catalog-known", item))
                continue
            kind = words.head_kind[head.text.lower()] if head else item.kind
            stop = head.stop if head else end
            found.append(Candidate((start, stop), norm[start:end], norm[start:stop], kind, "facilities:catalog", item))
            taken.append((start, stop))
        return found

    def _island_base(self, doc: Doc, words: FacilityWords, cand: Candidate) -> bool:
        """'moved fighters to the island of La Orchila': a catalogued island base named as the island, where the
        sentence is about forces."""
        if not _cues(doc.language).island_of.search(doc.norm, max(0, cand.span[0] - 12), cand.span[0]):
            return False
        strong = [h.begin for h in words.heads.finditer(doc.norm) if h.text.lower() not in words.weak]
        return _military_context(doc, words, doc.sentence_of(cand.span[0]), strong)

    def _head_mentions(self, doc: Doc, words: FacilityWords, actor_list: list[Actor],
                       taken: list[Span], catalogued: list[Candidate]) -> list[Candidate]:
        norm = doc.norm
        found: list[Candidate] = []
        vague = sorted(_vague_spans(doc))
        vague_starts = [v[0] for v in vague]
        # Actors come sorted by span: the ones before a head are a slice.
        actor_starts = [a.span[0] for a in actor_list]
        # Demonyms of no present state ('the old Soviet air base') modify a head as actors do.
        actor_ends = {p.span[1]: p.span[0] for p in doc.places if p.kind == "demonym"}
        for actor in actor_list:  # a loop: compiled, `update` from a generator steps it by generic calls
            actor_ends[actor.span[1]] = actor.span[0]
        # The few towns and islands followed by "'s", which may own a facility the text gives no name.
        owners = [p for p in doc.places if p.kind in _OWNING_PLACE_KINDS
                  and norm[p.span[1]:p.span[1] + 2] in _OWNER_MARKS and _OWNER_GAP.match(norm, p.span[1])]
        hits = list(words.heads.finditer(norm))
        # Where the non-weak heads are: a base word in a sentence makes its airports military.
        strong = [h.begin for h in hits if h.text.lower() not in words.weak]
        # Where the heads that may place a weak head's name end: the non-weak ones and airports ('Seymour airport on
        # Baltra island').
        strong_ends = [h.stop for h in hits if h.text.lower() not in words.weak]
        placing_ends = {h.stop: h.begin for h in hits if h.text.lower() not in words.weak
                        or words.head_kind[h.text.lower()] in _ALWAYS_FACILITY_KINDS}
        # Heads come in text order: where each one's actors and vague places start in their lists is searched on from
        # the last head's, not bisected anew.
        near_from = near_to = stops_from = stops_to = 0
        kit = [e.span for e in doc.equipment]
        for head in hits:
            if _overlaps((head.begin, head.stop), taken) or compound_modifier(norm, head, doc.language):
                continue
            kind = words.head_kind[head.text.lower()]
            sent_start, sent_end = doc.sentence_of(head.begin)
            lo = max(sent_start, head.begin - 80)
            near_from = _index_from(actor_starts, near_from, lo)
            near_to = _index_from(actor_starts, near_to, head.begin)
            stops_from = _index_from(vague_starts, stops_from, lo)
            stops_to = _index_from(vague_starts, stops_to, head.begin)
            near = actor_list[near_from:near_to]
            stops = vague[stops_from:stops_to]
            name_span = _name_before(norm, lo, head.begin, near, stops)
            if name_span is None and (inner := _classifiers_start(norm, head.begin, words)) < head.begin:
                # 'the Vetka naval air base', 'the X military training ground': a name before the head's modifiers.
                name_span = _name_before(norm, lo, inner, near, stops)
            if name_span is None and " " in head.text and (inner := _described_from(doc, head.begin)) < head.begin:
                # 'the Msata comprehensive training centre': an adjective the vocabulary lacks between a name and a
                # head of several words, which no common word is.
                name_span = _name_before(norm, lo, inner, near, stops)
            # 'from Kabul airport', 'the Dushanbe garrison': a capital before a town's airport, port or garrison.
            # Capitals are read as their states; before an airport or port they are towns.
            if (name_span is None and (kind in _TOWN_KINDS or head.text.lower() in _SELF_NAMING)
                    and norm[head.begin - 1] == " "
                    and (capital := _actor_ending(actor_list, head.begin - 1)) is not None
                    and _sizeable_town(norm[capital[0]:capital[1]])):
                name_span = capital
            if name_span and name_span[0] == sent_start:
                name_span = _past_clause_opening(doc, _past_event_opening(doc, name_span))
            cand: Candidate | None
            owned = works = False
            if name_span and ((_common_word(doc, name_span, sent_start) and not _proper_head(norm, head))
                              or _only_number(norm, name_span)):
                name_span = None
            elif name_span and (owner := _owner_name(doc, name_span, head, words, sent_end, near)) is not None:
                actor_ends[name_span[1]] = owner
                # Not an acronym's weak head ('the RMDF headquarters in X'): named by the place, it would split from
                # the same headquarters named by the acronym alone.
                owned = not _is_acronym(norm[name_span[0]:name_span[1]])
                name_span = None
            elif name_span and ((kit and _overlaps(name_span, kit))
                                or _DESIGNATION.fullmatch(norm, *_final_word(norm, name_span)) is not None):
                # 'an Ardent LRX-9 surveillance radar': a designation before the head names the kit, not a site.
                name_span = None
            if name_span:
                # 'a Facebook post', 'the Kathmandu Post': a head that may be a message or an office takes no name.
                if (_inside_proper_name(doc, head) or _prefixed(norm, words, name_span[0], head)
                        or head.text.lower() in _word_role(doc.language, "office")):
                    continue
                # "Norway's Joint Headquarters said", 'a spokesman for the Joint Headquarters': a command that speaks
                # is the body, not a site.
                if head.text.lower() in words.weak and _speaking_body(doc, name_span[0], head, actor_ends):
                    continue
                if _unit_named(doc, words, name_span, head, sent_end):
                    continue
                if _weak(words, head, strong) and (_OF_NAME.match(norm, head.stop) or not _military_context(
                        doc, words, (sent_start, sent_end), strong) or _places_a_head(norm, name_span[0], placing_ends)
                        or _transit_stop(doc, name_span, head) or _locates_a_head(norm, name_span[0], strong_ends)):
                    continue
                # 'Coast Guard Air Station Kodiak': a capitalised head the place it is at goes on from.
                place_after = _place_after_head(doc, head, sent_end)
                end = place_after[1] if place_after else head.stop
                cand = Candidate((name_span[0], end), norm[name_span[0]:name_span[1]], norm[name_span[0]:end], kind,
                                 "facilities:name-head")
                cand.operator = _actor_just_before(norm, name_span[0], actor_list, doc.language) or _owner_before(
                    doc, name_span[0], actor_list)
                cand.place_span = place_after or _town_in(doc, name_span) or _in_the_city(doc, end, sent_start)
                # 'the Gozo heliport at Xewkija': the town it stands at is part of what the text calls it.
                cand.named_to = _town_named_after(doc, end, sent_end) or end
            else:
                if head.text.lower() in _named_only_heads(doc.language):
                    continue
                if _sea_station(doc, head, sent_start, sent_end):
                    kind = "naval base"
                # 'the Border Guard station in X': a force's or unit's own weak head is its post.
                # 'a surveillance station on X': a word of purpose makes a weak head an installation.
                elif _weak(words, head, strong) and not (
                        (kind in _PLACEABLE_WEAK_KINDS or owned or _owned_headquarters(doc, head, sent_end)
                         or _purpose_determiner(doc, words, actor_ends, head) is not None)
                        and _military_context(doc, words, (sent_start, sent_end), strong)):
                    works = kind in _CIVIL_KINDS and _works_told(doc, sent_start, sent_end)
                    if not works:
                        continue
                cand = _apposed(doc, words, actor_list, actor_ends, head, kind, sent_start)
                if cand is None and _describes_named(doc, words, actor_list, actor_ends, head, sent_start):
                    continue
                cand = (cand or _named_after(doc, actor_list, head, kind, sent_end)
                        or _named_in_commas(doc, words, actor_list, actor_ends, head, kind, sent_end)
                        or self._placed_after(doc, actor_list, head, kind, sent_end)
                        or self._placed(doc, words, actor_list, actor_ends, head, kind, sent_end)
                        or _town_owned(doc, words, actor_ends, owners, head, kind)
                        or _name_owned(doc, words, actor_list, actor_ends, head, kind, sent_start)
                        or _hosted_by(doc, words, actor_list, actor_ends, head, kind, sent_start)
                        or _where_town(doc, words, actor_list, actor_ends, head, kind, sent_start)
                        or self._kept_there(doc, words, actor_list, actor_ends, head, kind, sent_start)
                        or _the_towns(doc, words, actor_ends, head, kind)
                        or _fronted_town(doc, words, actor_list, actor_ends, head, kind, sent_start)
                        or _role_described(doc, words, actor_list, actor_ends, head, kind, sent_start))
                if cand is None or _overlaps((cand.span[1] - 1, cand.span[1]), taken):
                    _lend_to_catalogued(cand, catalogued)
                    continue
                if works and _names_installation(norm, words, head.stop, cand.named_to):
                    continue
                cand.works_only = works
            found.append(cand)
            taken.append(cand.span)
            taken.extend(cand.extra)
            if cand.rule in _PLACED_RULES and (other := _another(doc, actor_list, cand, head, sent_end)) is not None:
                found.append(other)
                taken.append(other.span)
        return found

    def _placed(self, doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int],
                head: Hit, kind: str, sent_end: int) -> Candidate | None:
        """A head word with no name before it, named by the place or landmark after it."""
        norm = doc.norm
        bearings = _bearings(doc.language)
        # The locative after the head first: one anchored match, where the determiner is a search backwards.
        loc = bearings.locative.match(norm, head.stop, sent_end) if _may_open_locative(
            bearings, norm, head.stop, sent_end) else None
        if loc is None and head.text[:1].isupper():
            # 'China Is Building A Naval Base In Ream': a title-case headline capitalises the locative too.
            loc = _TITLE_LOCATIVE.match(norm, head.stop, sent_end)
        if loc is None and _opens_short_form(norm, head.stop, sent_end) and (
                short := _SHORT_FORM.match(norm, head.stop, sent_end)) is not None:
            # 'a Forward Operating Base (FOB) at X': the short form the text will use stands between head and place.
            loc = bearings.locative.match(norm, short.end(), sent_end)
        if loc is None:
            return None
        det = _determiner_before(norm, max(0, head.begin - 60), _modifier_start(norm, head.begin, words,
                                                                                   actor_ends))
        if det is None and kind in _DESCRIBED_KINDS:
            det = self._described_determiner(doc, words, actor_ends, head)
        # 'an unmanned monitoring station near X': words of purpose the modifiers lack.
        det = det or _purpose_determiner(doc, words, actor_ends, head)
        indefinite = det is not None and det.group().strip().lower() in _INDEFINITE
        # 'The base, near the village of X,' describes a base named before; 'one base, in Djibouti,' is new, and so is
        # a state's ('Tajikistan's only air base, at X,', 'the country's only naval base, at X,').
        if det is None or (norm[head.stop:head.stop + 1] == "," and not indefinite
                           and _possessor(doc, det, actor_list) is None
                           and _STATES_OWN.search(norm, max(0, det.start() - 20), det.end()) is None):
            return None
        intro_start = det.end()
        # 'in Russian-occupied Crimea', 'in occupied Melitopol': who holds the place is no part of its name.
        held = _cues(doc.language).held.match(norm, loc.end())
        place_start = held.end() if held else loc.end()
        after = _cues(doc.language).town_of.match(norm, place_start)
        start = after.end() if after else _past_port_word(doc, words, actor_ends, place_start)
        side = bearings.side.match(norm, start)
        name_span = _name_after(norm, side.end() if side else start, sent_end)
        # 'a camp beside X airport', 'the base beside the port of X' stand beside another facility, not named by it:
        # the one beside a named airport or port is named after it.
        # 'a naval base next to X port' is the town's second installation, named by it.
        neighbour = words.heads.match(norm, name_span[1] + 1) if (
            name_span and start == loc.end() and loc.group("prep") in ("beside", "next to")
            and name_span[1] + 1 < len(norm)) else None
        beside = loc.group("prep") == "beside" or (neighbour is not None and loc.group("prep") == "next to"
                                                   and words.head_kind[neighbour.text.lower()] == "airfield")
        if beside and name_span and (start != loc.end() or neighbour is not None):
            if neighbour is None or words.head_kind[neighbour.text.lower()] not in _TOWN_KINDS:
                return None
            return _beside(doc, actor_list, det, loc, head, kind, (name_span[0], neighbour.stop), name_span)
        prep, feature_end = ("near" if loc.group("bearing") else loc.group("prep").lower()), None
        if name_span is None:
            # 'a radar site on a hill above the town, near X', 'a radar station on the island's northern tip': the
            # place named after a described spot, or the town or island the spot is the text's last one's.
            feature = _described_spot(doc, place_start, sent_end)
            if feature is None:
                return None
            name_span, prep, feature_end = feature
        if _is_date(doc, name_span) or _only_number(norm, name_span):
            return None
        place = _place_at(doc, name_span)
        if _office_not_place(doc, head, det, prep, place):
            return None
        # 'overlooking the Strait of Hormuz': a place's name that goes on past 'of' is the name.
        if (place is not None and place.span[0] == name_span[0] and place.span[1] > name_span[1]
                and starts_at(norm, name_span[1], " of ")):
            name_span = place.span
        # 'the town of Puerto Jordán': a country or region read in a later word of a longer name is no place of it.
        if place is not None and place.kind in _VAGUE_PLACE_KINDS and place.span[0] > name_span[0] and (
                bearings.direction.match(norm, name_span[0]) is None):
            place = None
        town = _town_after_region(doc, place.span, sent_end) if place and place.kind in _VAGUE_PLACE_KINDS else None
        # 'a base in Mogadishu': a capital read as its government ('Mogadishu said') is a town after a locative;
        # 'the port of Tripoli' is left to the prefix reading.
        if any(a.span == name_span for a in actor_list) and town is None and (
                place is None or place.kind not in _TOWN_PLACE_KINDS or (prep == "of" and kind == "port")) and not (
                place is not None and place.kind == "country" and prep == "in"):
            return None
        # 'a detachment of Marines', 'an airfield of the Baltic Fleet': 'of' names a place only when it is one whole,
        # or a name no place is that no article opens, no force's word follows and no equipment is ('the firing range
        # of Cap Sigli', not 'a detachment of Eurofighter Typhoons').
        # 'a detachment of U.S. Marines': a state's name before a force's word says whose the unit is, wherever it is.
        if prep == "of" and (_OF_FORCE.match(norm, name_span[1] + norm.startswith(".", name_span[1])) is not None or (
                place.span[1] < name_span[1] if place is not None else (
                    loc.group().endswith(("the ", "The ")) or _is_acronym(norm[name_span[0]:name_span[1]])
                    or _overlaps(name_span, [e.span for e in doc.equipment])))):
            return None
        # 'the Cameroonian port of Douala': a state before a trading port says where it is, not who runs it.
        # 'the Russian-built radar station': who built it is not who runs it; 'the US-run base' says who does.
        operator = None if kind in _CIVIL_KINDS else next(
            (a.code for a in actor_list if intro_start <= a.span[0] < head.begin
             and _runs_head(doc.norm, a.span, doc.language)), None)
        # 'a new base for the Royal Saudi Naval Forces near X': the state whose force it is for.
        operator = operator or (next((a.code for a in actor_list if loc.start("force") <= a.span[0] < loc.end("force")),
                                     None) if loc.group("force") else None)
        # 'a military base in Russian-occupied Crimea': the state holding the place runs what is there.
        operator = operator or (next((a.code for a in actor_list if a.span[0] == held.start("holder")), None)
                                if held and held.group("holder") else None)
        # 'near the Russian-controlled city of X': the holder qualifies the settlement word.
        holder = (_cues(doc.language).held_town.search(norm, after.start(), after.end())
                  if after and "-" in after.group() else None)
        operator = operator or (next((a.code for a in actor_list if a.span[0] == holder.start(1)), None)
                                if holder else None)
        operator = None if kind in _CIVIL_KINDS else (operator or _possessor(doc, det, actor_list)
                                                      or _planner(doc, det.start(), actor_list))
        # 'China has one overseas base, in Djibouti': the state keeping a base in another state runs it.
        keeper = _keeper(doc, det.start(), actor_list)
        operator = operator or (None if kind in _CIVIL_KINDS else keeper)
        # 'a military airport near Hama': near a division that shares its name with its main town is near the town.
        # 'a radar site on a hill ..., near Indira Point': a described spot is near a local feature, not a region.
        # 'the airport of Tamanrasset', 'the base at Jijel': a division named at or of is its town of the same name.
        near = _cues(doc.language).near_preps
        near_division = place is not None and (prep in near or (prep in _AT_OR_OF and feature_end is None)) and (
            place.kind == "admin1" or (feature_end is not None and place.kind == "region"))
        # 'an ammunition depot in the Bryansk region', 'a smaller site in Gorno-Badakhshan': a new installation in a
        # first-level division the text names no town of is named by the division.
        in_division = (indefinite and place is not None and place.kind == "admin1" and prep == "in"
                       and feature_end is None)
        if in_division and not (near_division or town):
            # '... in Deir al Zour Governorate, specifically near the al Omar field': a landmark named after names it.
            landmark = self._landmark(doc, words, intro_start, head, kind, name_span, sent_end, operator)
            if landmark is not None:
                return landmark
        # A cape or mount the gazetteer holds as a region ('the base at Cape X') is a spot a head stands at, as a town
        # is.
        spot = place is not None and place.kind == "region" and _landform_named(doc, place.span)
        if place is None or place.kind not in _VAGUE_PLACE_KINDS or town or near_division or in_division or spot:
            name_span, prep = town or (name_span, prep)
            name = norm[name_span[0]:name_span[1]]
            inside = prep in _INSIDE and feature_end is None
            # A described spot is the mention; the place after it only names the head. 'a fuel depot at the port of
            # X': the port is an installation of its own, which the depot's mention leaves to the port's rule.
            port_of = _cues(doc.language).port_of
            end = head.stop if kind == "other" and port_of.search(norm, loc.end(), name_span[0]) else (
                feature_end or _past_water(doc, words, name_span[1]))
            cand = Candidate((intro_start, end), name, _display(name, kind, head), kind,
                             "facilities:head-in-place" if inside else "facilities:head-near-place", operator=operator)
            cand.owned_from = _owner_start(norm, det)
            cand.place_span = name_span
            cand.named_to = max(end, name_span[1])
            # 'Its headquarters in Port Blair' is no installation catalogued under the town's name.
            cand.link = "name" if inside and not (kind == "other" and head.text.lower() in words.weak) and not (
                in_division and town is None) else "none"
            return cand
        if (place.kind == "country" and indefinite and operator and operator != place.country
                and _FAMILY[kind] in _GARRISON_FAMILIES):
            # 'China's one overseas military base, in Djibouti': a state's base in another is named by both.
            name = norm[name_span[0]:name_span[1]]
            said = next((norm[a.span[0]:a.span[1]] for a in actor_list if intro_start <= a.span[0] < head.begin
                         and a.code == operator), None)
            display = f"{said or _state_adjective(operator)} {_KIND_WORD[kind]} in {name}"
            cand = Candidate((intro_start, name_span[1]), name, display, kind, "facilities:head-in-country",
                             operator=operator)
            cand.place_span, cand.link, cand.host = name_span, "none", place.country
            return cand
        return self._landmark(doc, words, intro_start, head, kind, name_span, sent_end, operator)

    def _described_determiner(self, doc: Doc, words: FacilityWords, actor_ends: dict[int, int],
                              head: Hit) -> re.Match[str] | None:
        """'a staging base near X', 'the army's jungle airstrip at X': in a sentence about forces, up to two lower-case
        words the vocabulary does not know may describe a military head between its determiner and it."""
        norm = doc.norm
        pos = head.begin
        for _ in range(2):
            word = _last_word(norm, pos)
            if not _DESCRIBING_WORD.fullmatch(word) or word in _figurative_words(doc.language):
                break
            pos -= len(word) + 1
            det = _determiner_before(norm, max(0, pos - 60), _modifier_start(norm, pos, words, actor_ends))
            if det is not None:
                start, end = doc.sentence_of(head.begin)
                forces = words.context.search(norm, start, end) is not None or any(
                    start <= e.span[0] < end for e in doc.equipment)
                return det if forces else None
        return None

    def _kept_there(self, doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int],
                    head: Hit, kind: str, sent_start: int) -> Candidate | None:
        """'The Coco Islands ... Myanmar's navy has operated a small base there': a new head 'there' is at the town or
        island the text named last, in its sentence or the one before."""
        norm = doc.norm
        if not starts_at(norm, head.stop, " there") or norm[head.stop + 6:head.stop + 7].isalnum():
            return None
        det = _determiner_before(norm, max(0, head.begin - 60), _modifier_start(norm, head.begin, words, actor_ends))
        if det is None and kind in _DESCRIBED_KINDS:
            det = self._described_determiner(doc, words, actor_ends, head)
        if det is None or det.group().strip().lower() not in _INDEFINITE or _KEEPS_OR_BUILDS.search(
                norm, max(0, det.start() - _KEEPS_OR_BUILDS_REACH), det.start()) is None:
            return None
        lo = doc.sentence_of(sent_start - 1)[0] if sent_start > 0 else 0
        place = next((p for p in reversed(doc.places) if lo <= p.span[0] and p.span[1] <= det.start()
                      and p.kind in _THERE_PLACE_KINDS), None)
        if place is None:
            return None
        name = norm[place.span[0]:place.span[1]]
        cand = Candidate((det.end(), head.stop), name, _display(name, kind, head), kind, "facilities:head-in-place",
                         operator=None if kind in _CIVIL_KINDS else _keeper(doc, det.start(), actor_list))
        cand.place_span, cand.link = place.span, "none"
        return cand

    def _placed_after(self, doc: Doc, actor_list: list[Actor], head: Hit, kind: str,
                      sent_end: int) -> Candidate | None:
        """'la base aérienne russe de Hmeimim', 'la Base Naval de Rota', 'die Kaserne in Munster': where a language
        puts the place after the head and its adjectives, the place a locative word names there names the head."""
        after = _after_head(doc.language)
        loc = after.match(doc.norm, head.stop, sent_end) if after else None
        if after is None or loc is None:
            return None
        words_between = loc.group("words")
        name_span = _name_after(doc.norm, loc.end(), sent_end)
        # 'la base de la OTAN en Adazi': an organisation after the head owns it; the place comes next.
        if name_span and (_is_acronym(doc.norm[name_span[0]:name_span[1]])
                          or _owner_before_at(doc.norm, name_span[1], doc.language) is not None):
            loc = after.match(doc.norm, name_span[1], sent_end)
            name_span = _name_after(doc.norm, loc.end(), sent_end) if loc else None
        if name_span is None or _is_date(doc, name_span):
            return None
        name = doc.norm[name_span[0]:name_span[1]]
        place = _place_at(doc, name_span)
        # A bare 'base' is also a basis ('sobre la base de ...'), and words between head and locative may be a verb
        # ('der Fliegerhorst liegt in ...'): then only a town or a catalogued name names the head.
        loose = kind == "base" or bool(words_between)
        if loose and (place is None or place.kind in _VAGUE_PLACE_KINDS) and self.catalog.lookup(name) is None:
            return None
        operator = next((a.code for a in actor_list if head.stop <= a.span[0] < name_span[0]), None)
        # 'base aérienne de Niamey' is the name as written; 'base aérienne 709 de Cognac' is named by the place; an
        # elided article ("l'aéroport") is no part of it.
        start = head.begin + (2 if _ELIDED.match(head.text) else 0)
        display = _display(name, kind, head) if words_between else doc.norm[start:name_span[1]]
        cand = Candidate((start, name_span[1]), name, display, kind, "facilities:head-in-place",
                         operator=None if kind in _CIVIL_KINDS else operator)
        cand.place_span = name_span
        return cand

    def _landmark(self, doc: Doc, words: FacilityWords, intro_start: int, head: Hit, kind: str,
                  region: Span, sent_end: int, operator: str | None) -> Candidate | None:
        """'a facility in <region>, near the <Name> field': the facility takes the landmark's name."""
        norm = doc.norm
        cues = _cues(doc.language)
        after = cues.area_word.match(norm, region[1])
        near = cues.landmark.match(norm, after.end() if after else region[1], sent_end)
        if near is None:
            return None
        mark_head = words.heads.search(norm, near.end(), min(sent_end, near.end() + 60))
        if mark_head is None:
            return None
        mark_name = _name_before(norm, near.end(), mark_head.begin, [])
        if mark_name is None or mark_name[0] != near.end():
            return None
        name = norm[mark_name[0]:mark_name[1]]
        cand = Candidate((intro_start, head.stop), name, _display(name, kind, head), kind,
                         "facilities:near-landmark", operator=operator)
        cand.extra.append((mark_name[0], mark_head.stop))
        cand.place_span = region
        return cand

    def _site_mentions(self, doc: Doc, words: FacilityWords, actor_list: list[Actor],
                       taken: list[Span]) -> list[Candidate]:
        """'the Kenya Navy's installation at Manda Bay', 'a military site near Kulob': a general noun placed by a
        preposition, in a sentence about forces, is an installation with no name of its own."""
        sites = [h for h in anaphor_heads(doc.language).finditer(doc.norm) if h.text.lower() in words.nominal]
        if not sites:
            return []
        actor_ends = {p.span[1]: p.span[0] for p in doc.places if p.kind == "demonym"}
        actor_ends.update((a.span[1], a.span[0]) for a in actor_list)
        strong: list[int] | None = None
        found: list[Candidate] = []
        for site in sites:
            if _overlaps((site.begin, site.stop), taken):
                continue
            if strong is None:
                strong = [h.begin for h in words.heads.finditer(doc.norm) if h.text.lower() not in words.weak]
            sent = doc.sentence_of(site.begin)
            if not _military_context(doc, words, sent, strong):
                continue
            cand = _named_site(doc, actor_list, site, sent, taken) or self._placed(
                doc, words, actor_list, actor_ends, site, "other", sent[1])
            if cand is None or cand.rule == "facilities:near-landmark" or _overlaps(cand.span, taken):
                continue
            cand.display = f"{cand.name} {site.text.lower()}"
            cand.link = "none"
            found.append(cand)
            taken.append(cand.span)
        return found

    def _listed_mentions(self, doc: Doc, actor_list: list[Actor], taken: list[Span]) -> list[Candidate]:
        """'the Shaykhah and Qayyarah air bases', 'air bases at Engels, Morozovsk and Millerovo': each name of a list
        before a plural head, or after it and a locative, is one installation of the head's kind."""
        plurals, plural_kind = _plural_heads(doc.language)
        found: list[Candidate] = []
        sea_plurals = _word_role(doc.language, "sea plural")
        for hit in plurals.finditer(doc.norm):
            kind = plural_kind[hit.text.lower()]
            sent_start, sent_end = doc.sentence_of(hit.begin)
            # 'the coast guard has stations at X, Y and Z': stations are a sea service's bases only where it keeps them,
            # the service a few words before them ('the navy plans ... while engineers inspect pumping stations' no).
            if hit.text.lower() in sea_plurals and _sea_services(doc.language).search(
                    doc.norm, max(sent_start, hit.begin - _SEA_PLURAL_REACH), hit.begin) is None:
                continue
            before = _names_listed_before(doc.norm, sent_start, hit.begin, actor_list)
            # 'its Andaman and Nicobar outposts', where the text also writes 'Andaman and Nicobar Command': one name.
            if len(before) == 2 and _one_name(doc.norm, before[1], before[0]):
                before = []
            # 'the X barracks in Y': a head of one form in both numbers that a name took is that one installation, in Y.
            after = [] if _overlaps((hit.begin, hit.stop), taken) else _names_listed_after(doc.norm, hit.stop, sent_end)
            # Names before the head are installations by the syntax alone; after it, only towns or catalogued ones.
            for name_span, strict in [*((n, False) for n in before if len(before) > 1), *((n, True) for n in after)]:
                cand = self._listed(doc, actor_list, name_span, kind, strict)
                if cand is not None and not _overlaps(name_span, taken):
                    found.append(cand)
                    taken.append(name_span)
        return found

    def _runway_mentions(self, doc: Doc, words: FacilityWords, actor_list: list[Actor],
                         taken: list[Span]) -> list[Candidate]:
        """'the new runway at X', 'the airstrip on X': in an article about forces, the place a runway is said to be
        at is an airfield of that name."""
        found: list[Candidate] = []
        for hit in words.runway.finditer(doc.norm):
            if not hit.text.islower() or hit.text.endswith("s"):
                continue
            sent_start, sent_end = doc.sentence_of(hit.begin)
            gap = _RUNWAY_AT.match(doc.norm, hit.stop, sent_end)
            # 'At X, close to the border, resurfacing of the runway was completed': the town the sentence opens on.
            name_span = _name_after(doc.norm, gap.end(), sent_end) if gap else _fronted_name(doc, sent_start, hit.begin)
            if name_span is None or _overlaps(name_span, taken) or _is_date(doc, name_span) or (
                    words.heads.match(doc.norm, name_span[1] + 1) is not None):
                continue
            if words.context.search(doc.norm) is None:
                return found
            cand = self._listed(doc, actor_list, name_span, "airfield", strict=False)
            if cand is not None:
                cand.rule = "facilities:runway-at"
                found.append(cand)
                taken.append(name_span)
        return found

    def _listed(self, doc: Doc, actor_list: list[Actor], name_span: Span, kind: str, strict: bool) -> Candidate | None:
        place = _place_at(doc, name_span)
        if (place is not None and place.kind in _VAGUE_PLACE_KINDS) or any(a.span == name_span for a in actor_list):
            return None
        name = doc.norm[name_span[0]:name_span[1]]
        item = self.catalog.lookup(name)
        item = item if item is not None and _linkable_kinds(kind, item.kind) else None
        if strict and item is None and (place is None or place.kind not in _TOWN_PLACE_KINDS):
            return None
        cand = Candidate(name_span, name, f"{name} {_KIND_WORD[kind]}", kind, "facilities:listed", item)
        cand.place_span = place.span if place is not None else None
        cand.link = "name" if item else "none"
        return cand

    def _prefix_mentions(self, doc: Doc, words: FacilityWords, taken: list[Span]) -> list[Candidate]:
        norm = doc.norm
        found: list[Candidate] = []
        towns = {p.span for p in doc.places if p.kind == "city"}
        for pre in words.prefixes.finditer(norm):
            # 'an RAF Voyager', 'a Fort Worth firm': an indefinite article makes the name a type or a modifier.
            if _overlaps((pre.begin, pre.stop), taken) or _INDEFINITE_BEFORE.search(norm, max(0, pre.begin - 4),
                                                                                      pre.begin):
                continue
            _, sent_end = doc.sentence_of(pre.begin)
            gap = _PREFIX_GAP.match(norm, pre.stop)
            if gap is None:
                continue
            name_span = _name_after(norm, gap.end(), sent_end)
            if name_span is None or name_span[0] != gap.end() or _overlaps(name_span, [e.span for e in doc.equipment]):
                continue
            name = norm[name_span[0]:name_span[1]]
            # 'the RAF Chief of the Air Staff': a service's officer, not an installation.
            if name.split(None, 1)[0] in _title_words(doc.language):
                continue
            cand = Candidate((pre.begin, name_span[1]), name, norm[pre.begin:name_span[1]],
                             words.prefix_kind[pre.text], "facilities:prefix-name")
            cand.item = self.catalog.lookup(cand.display) or self.catalog.lookup(name)
            if cand.item is not None and not _numbered_alike(cand.display, cand.item):
                cand.item = None
            if cand.item is None and (cand.span in towns or (words.prefix_kind[pre.text] == "port"
                                                             and _sizeable_town(cand.display))):
                # 'in Fort Lauderdale and Orlando, Florida', 'a think tank in Port of Spain': a town named after a fort
                # or port, read as a town or known as one.
                continue
            # 'Camp Doha' (in Kuwait), 'Fort Bliss': a camp's or fort's name honours a person or a place elsewhere.
            cand.place_span = None if pre.text in _eponym_prefixes(doc.language) else name_span
            found.append(cand)
            taken.append(cand.span)
        return found


def _lend_to_catalogued(cand: Candidate | None, catalogued: list[Candidate]) -> None:
    """Hand a head placed at a name the catalog read as an installation of a kind it may be ('the submarine base at
    X') to that installation as one more mention: the text calls it by the head and its place too. An airport or
    port is a place others stand at ('a divert airfield at X International Airport' is built there), not one of
    these."""
    if cand is None or cand.place_span is None:
        return
    for other in catalogued:
        if (other.item is not None and other.span == cand.place_span and cand.span[0] < other.span[0]
                and other.item.kind not in _TOWN_KINDS and _linkable_kinds(cand.kind, other.item.kind)):
            other.extra.append(cand.span)
            return


def _index_from(values: list[int], i: int, x: int) -> int:
    """`bisect_left(values, x)`, read on from `i` where it lies there or after: a pointer moving along sorted values."""
    if i > 0 and values[i - 1] >= x:
        return bisect_left_int(values, x)
    size = len(values)
    while i < size and values[i] < x:
        i += 1
    return i


def _actor_ending(actor_list: list[Actor], end: int) -> Span | None:
    """The span of the last actor in `actor_list` that ends at `end`, if any."""
    for k in range(len(actor_list) - 1, -1, -1):
        if actor_list[k].span[1] == end:
            return actor_list[k].span
    return None


def _opens_short_form(norm: str, pos: int, end: int) -> bool:
    """Whether `_SHORT_FORM` may match at `pos` (before `end`): ' (' there. Read a character at a time: compiled, an
    inline read, where most heads are followed by no bracket and the pattern's call costs far more."""
    return pos + 1 < end and norm[pos] == " " and norm[pos + 1] == "("


def _force_name_end(text: str, ends: tuple[str, ...]) -> bool:
    """Whether `text` ends on a force's last word after a space (`FacilityWords.force_ends`; or before a line break
    ending it, as a pattern's `$` reads it). String tests, where a pattern's search tried each space."""
    return text.endswith(ends) or (text.endswith("\n") and text[:-1].endswith(ends))


def _may_open_locative(bearings: _Bearings, norm: str, pos: int, end: int) -> bool:
    """Whether `bearings.locative` may match at `pos` (before `end`): whitespace (or a comma and whitespace) there,
    then a word some branch of it opens with, or a bearing's figure. Most heads are followed by no locative, and the
    pattern tries its many branches at each."""
    if pos < end and norm[pos] == ",":
        pos += 1
    if pos >= end or not norm[pos].isspace():
        return False
    while pos < end and norm[pos].isspace():
        pos += 1
    stop = pos
    while stop < end and 97 <= ord(norm[stop]) <= 122:  # a-z: every word the pattern opens with is lower case
        stop += 1
    if stop == pos:
        return pos < end and (norm[pos].isdecimal() or norm[pos] in ",.")
    word = norm[pos:stop]
    return word in bearings.locative_openers or word.startswith(bearings.points)


def _prefixed(norm: str, words: FacilityWords, name_start: int, head: Hit) -> bool:
    """'RNZAF Base Ohakea', 'PAF Base X': a prefix takes in the head, so the name after it is the prefix rule's."""
    if norm[head.stop:head.stop + 1] != " " or not norm[head.begin].isupper():
        return False
    prefix = words.prefixes.match(norm, name_start)
    if prefix is None and name_start > 1 and norm[name_start - 1] == " ":
        # 'Canadian Forces Base X': the prefix may open on a word read as a state's, which the name starts after.
        before = norm.rfind(" ", 0, name_start - 1) + 1
        prefix = words.prefixes.match(norm, before) if norm[before:before + 1].isupper() else None
    return prefix is not None and prefix.stop >= head.stop


def _numbered_alike(name: str, item: Installation) -> bool:
    """'Base Aérienne 172' is not 'Base aérienne 702', however close the spellings: a number in a name must be one
    the installation is catalogued with."""
    numbers = _DIGITS.findall(name)
    return not numbers or all(any(n in _DIGITS.findall(alias) for alias in (item.name, *item.aliases))
                              for n in numbers)


def _locates_a_head(norm: str, name_start: int, strong_ends: list[int]) -> bool:
    """'the signals station at the northern tip of Ellesmere Island', 'a depot for navy ships on Baffin Island': a weak
    head's name that lower-case words and a locative set after a non-weak head says where that one is."""
    i = bisect_left_int(strong_ends, name_start) - 1
    if i < 0 or name_start - strong_ends[i] > _LOCATING_REACH:
        return False
    return _LOCATING_WORDS.fullmatch(norm, strong_ends[i], name_start) is not None


def _places_a_head(norm: str, name_start: int, head_starts: dict[int, int]) -> bool:
    """'Lajes air base on Terceira island': a weak head's name set right after another named head and 'on'/'in' is
    where that facility is, no facility of its own ('the airstrip on X island' is named by it). `head_starts`: where
    the text's non-weak heads start, by their ends."""
    before = norm[max(0, name_start - 10):name_start]
    gap = _PLACED_ON.search(before)
    if gap is None or gap.end() != len(before):
        return False
    head_start = head_starts.get(name_start - len(before) + gap.start())
    if head_start is None:
        return False
    word = _LAST_CAPITALISED.search(norm, max(0, head_start - 40), head_start)
    return word is not None


@lru_cache(maxsize=4096)
def _sizeable_town(name: str, size: int = _SIZEABLE) -> bool:
    """Whether the gazetteer knows a town of this whole name with `size` people or more."""
    index = city_index()
    rows = index.exact.get(town_key(name))
    if rows is None:
        return False
    return any(r % 2 and index.city(r // 2).population >= size for r in ((rows,) if isinstance(rows, int)
                                                                             else rows))


def _past_port_word(doc: Doc, words: FacilityWords, actor_ends: dict[int, int], pos: int) -> int:
    """'its base at the Eritrean port of Assab': the base is named by the town the port is of; "a drone base in
    Niger's Agadez": by the town after the state owning it."""
    end = next((e for e, s in actor_ends.items() if s == pos), None)
    owner = _OWNER_GAP.match(doc.norm, end) if end is not None and doc.norm.startswith(_OWNER_MARKS, end) else None
    if owner is not None and doc.norm[owner.end():owner.end() + 1].isupper():
        return owner.end()
    start = end + 1 if end is not None and doc.norm.startswith(" ", end) else pos
    prefix = words.prefixes.match(doc.norm, start)
    if prefix is None or words.prefix_kind[prefix.text] != "port":
        return pos
    gap = _PREFIX_GAP.match(doc.norm, prefix.stop)
    return gap.end() if gap else pos


def _past_water(doc: Doc, words: FacilityWords, end: int) -> int:
    """Where a placed head's place ends: past a harbour's word after the town ('a coast guard base in X harbour'),
    the water the head stands on, which the mention takes whole rather than leaving it an installation of its own."""
    water = words.heads.match(doc.norm, end + 1) if doc.norm.startswith(" ", end) else None
    if water is None or water.text.lower() not in _word_role(doc.language, "water"):
        return end
    return water.stop


def _apposed(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
             kind: str, sent_start: int) -> Candidate | None:
    """'Maaten al-Sarra, a disused air base near ...', 'X, the former British air base': the name a head is set
    beside."""
    norm = doc.norm
    # Most heads have no comma and article before them: skip the walk over modifiers for those.
    lo = max(sent_start, head.begin - 60)
    if not any(norm.find(opening, lo, head.begin) >= 0 for opening in _APPOSITION_OPENINGS):
        return None
    # 'Colonel X, the base commander, said': the head modifies an office, and the words set beside name its holder.
    office = _ANY_NEXT_WORD.match(norm, head.stop)
    if office is not None and office.group(1).lower() in _word_role(doc.language, "title"):
        return None
    start = _modifier_start(norm, head.begin, words, actor_ends)
    comma = _APPOSITION.search(norm, max(sent_start, start - 24), start)
    # 'Wadi Halfa, the dirt airstrip from which ...': up to two lower-case words the vocabulary does not know may
    # describe the head too.
    for _ in range(2):
        word = _last_word(norm, start) if comma is None else ""
        if not _DESCRIBING_WORD.fullmatch(word) or word in _figurative_words(doc.language):
            break
        start -= len(word) + 1
        comma = _APPOSITION.search(norm, max(sent_start, start - 24), start)
    if comma is None:
        return None
    name_span = _name_before(norm, max(sent_start, comma.start() - 80), comma.start(), actor_list)
    if name_span is not None and _only_number(norm, name_span):
        return None
    # 'X, north of Y, the air force's main base': the description is of the name the bearing follows.
    if name_span is not None and norm.find(" of ", name_span[0] - 4, name_span[0]) >= 0:
        bearing = _bearings(doc.language).bearing.search(norm, max(sent_start, name_span[0] - 60), name_span[0])
        if bearing is not None and bearing.end() == name_span[0]:
            name_span = _name_before(norm, max(sent_start, bearing.start() - 80), bearing.start(), actor_list)
            if name_span is None or name_span[1] != bearing.start():
                return None
    # 'Camp X in Y, the largest US base': a description after a facility's town is the facility's.
    if name_span and comma.group("det") in _DEFINITES and _PLACED_BEFORE.search(
            norm, max(0, name_span[0] - 8), name_span[0]):
        return None
    # 'Goma, a base for UN peacekeepers' is a role; 'Camp X, a base ...' is the prefix rule's, 'X Airport, a civilian
    # field ...' the head rule's.
    if name_span is None or _common_word(doc, name_span, sent_start) or _FIGURATIVE.match(norm, head.stop) or any(
            p.span == name_span and p.kind not in _NAMING_PLACE_KINDS for p in doc.places) or words.prefixes.match(
            norm, name_span[0]) or words.heads.search(norm, name_span[0], name_span[1]):
        return None
    name = norm[name_span[0]:name_span[1]]
    # The mention is the name: the description after the comma is no name of the facility.
    # 'X, a Greek army airfield': a state before the head runs it (not one that built it: 'a Soviet-built field').
    operator = None if kind in _CIVIL_KINDS else next(
        (a.code for a in actor_list if comma.end() <= a.span[0] < head.begin
         and _runs_head(norm, a.span, doc.language)), None)
    cand = Candidate(name_span, name, _display(name, kind, head), kind, "facilities:apposition", operator=operator)
    cand.place_span = _town_in(doc, name_span)
    return cand


def _describes_named(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
                     sent_start: int) -> bool:
    """'Camp Blaz, a new base in Dededo', 'Bagram Airfield, a sprawling base north of Kabul': a head set beside a name
    that a prefix opens or a head ends describes that installation, so the place after it names no second one."""
    norm = doc.norm
    if norm.find(", ", max(sent_start, head.begin - 60), head.begin) < 0:
        return False
    start = _modifier_start(norm, head.begin, words, actor_ends)
    comma = _APPOSITION.search(norm, max(sent_start, start - 24), start)
    if comma is None:
        return False
    name_span = _name_before(norm, max(sent_start, comma.start() - 80), comma.start(), actor_list)
    return name_span is not None and (words.prefixes.match(norm, name_span[0]) is not None
                                      or words.heads.search(norm, name_span[0], name_span[1]) is not None)


def _named_site(doc: Doc, actor_list: list[Actor], site: Hit, sent: Span, taken: list[Span]) -> Candidate | None:
    """'the Gwadar Port Authority complex': a name of two words or more before a general noun, unless it opens the
    name of an installation already found ('the Woodman Point facility' after 'Woodman Point Treatment Plant')."""
    name = _name_before(doc.norm, max(sent[0], site.begin - 80), site.begin, actor_list)
    if name is None or " " not in doc.norm[name[0]:name[1]] or _common_word(doc, name, sent[0]):
        return None
    text = doc.norm[name[0]:name[1]] + " "
    size = len(text)
    if any(doc.norm[s:s + size] == text for s, _ in taken):
        return None
    return Candidate((name[0], site.stop), doc.norm[name[0]:name[1]], "", "other", "facilities:name-head",
                     operator=_actor_just_before(doc.norm, name[0], actor_list, doc.language),
                     place_span=_town_in(doc, name))


def _trading_port(doc: Doc, actor_list: list[Actor], span: Span) -> bool:
    """'the civilian port of Tartus', 'the Iranian port of Chabahar', "Abkhazia's port of X": a port said to be civil
    or a state's or territory's is the town's trading port, not the naval base the catalog has there."""
    port_of = _cues(doc.language).port_of.search(doc.norm, span[0], span[1])
    if port_of is None:
        return False
    before = _WORD_BEFORE.search(doc.norm, max(0, port_of.start() - 30), port_of.start())
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _civil_words(doc.language):
        return True
    # 'the Iranian port of X', "Iran's port of X": a state's or a territory's port.
    owner_end = before.end(1) - 2 if word.endswith(("'s", "\u2019s")) else before.end(1)
    return any(a.span[1] == owner_end for a in actor_list) or any(
        p.span[1] == owner_end and (p.kind == "demonym" or owner_end < before.end(1)) for p in doc.places)


def _headquarters(doc: Doc, actor_list: list[Actor], taken: list[Span]) -> list[Candidate]:
    """'Sevastopol, where the Black Sea Fleet has its headquarters', 'the headquarters of its navy ... in X': a force's
    headquarters in a town, named by the force."""
    cues = _cues(doc.language)
    if not any(word in doc.norm for word in cues.headquarters_words):
        return []
    found: list[Candidate] = []
    for place in doc.places:
        where = cues.headquarters_where.match(doc.norm, place.span[1]) if place.kind in _TOWN_PLACE_KINDS else None
        if where is not None and not _overlaps(where.span("org"), taken):
            found.append(_headquarters_of(cues, where.group("org"), where.span("org"), place.span))
            taken.append(where.span("org"))
    for of in cues.headquarters_of.finditer(doc.norm):
        sent_end = doc.sentence_of(of.start())[1]
        town = next((p for p in doc.places if p.kind in _TOWN_PLACE_KINDS and of.end() < p.span[0] < sent_end
                     and _LIST_LOCATIVE.search(doc.norm, p.span[0] - 4, p.span[0])), None)
        # 'the headquarters of the Eastern Military Zone': a command's own name names its headquarters anywhere.
        named = of.group("the") is not None and of.group("org")[:1].isupper() and of.group("org").istitle()
        if (town is None and not named) or _overlaps(of.span(), taken):
            continue
        owner = _possessor(doc, of, actor_list, "owner") if of.group("owner") is not None else None
        org = of.group("org")
        if owner is not None:
            org = f"{_state_adjective(owner)} {org.rsplit(' ', 1)[-1].lower()}"
        cand = _headquarters_of(cues, org, of.span(), town.span if town else None)
        cand.operator = owner
        found.append(cand)
        taken.append(of.span())
    return found


def _sea_station(doc: Doc, head: Hit, sent_start: int, sent_end: int) -> bool:
    """'The coast guard confirmed that a station at X will be built', 'the navy opened a patrol station on X': a weak
    head that a sea service named before it in its sentence opens or keeps is that service's naval base."""
    if head.text.lower() not in _word_role(doc.language, "sea"):
        return False
    return _sea_services(doc.language).search(doc.norm, sent_start, head.begin) is not None


@lru_cache(maxsize=8)
def _sea_services(lang: str) -> WordMatcher:
    return word_regex(_word_role(lang, "seaforce"))


def _owned_headquarters(doc: Doc, head: Hit, sent_end: int) -> bool:
    """'Its main headquarters near X', 'That command has its headquarters in X': a headquarters a possessive gives a
    force the sentence or the one before names, which a place may then name, unlike a bare 'the headquarters in X' or
    a company's ('The firm has its headquarters in X')."""
    norm, cues = doc.norm, _cues(doc.language)
    if head.text.lower() not in cues.headquarters_words or cues.headquarters_placed.match(
            norm, head.stop) is None or cues.its_before.search(norm, max(0, head.begin - 24), head.begin) is None:
        return False
    start = doc.sentence_of(head.begin)[0]
    before = doc.sentence_of(start - 1)[0] if start else start
    return cues.headquarters_force.search(norm, before, sent_end) is not None


def _numbered_bases(doc: Doc, actor_list: list[Actor], taken: list[Span]) -> list[Candidate]:
    """'the Gabonese air force's Base 01', 'Air Base 201': a base named by its number."""
    found: list[Candidate] = []
    norm = doc.norm
    pos = norm.find("Base ")
    while pos >= 0:
        at, pos = pos, norm.find("Base ", pos + 5)
        if not norm[at + 5:at + 6].isdigit():
            continue
        start = at - 4 if norm.startswith("Air ", at - 4) else at - 6 if norm.startswith("Naval ", at - 6) else at
        numbered = _NUMBERED_BASE.match(norm, start)
        # 'Base' opens no sentence: a word and a space stand before the name.
        if numbered is None or start < 2 or norm[start - 1] != " " or norm[start - 2].isspace() or _overlaps(
                numbered.span(), taken):
            continue
        name = numbered.group()
        cand = Candidate(numbered.span(), name, name, "air base" if name.startswith("Air") else "base",
                         "facilities:numbered")
        cand.operator = _actor_just_before(doc.norm, numbered.start(), actor_list, doc.language)
        found.append(cand)
        taken.append(cand.span)
    return found


def _headquarters_of(cues: _Cues, org: str, span: Span, town: Span | None) -> Candidate:
    """The headquarters of the force `org` at `span`, in the town at `town` when the text names it."""
    display = f"{org} {cues.headquarters_name}"
    cand = Candidate(span, display, display, "other", "facilities:headquarters")
    cand.place_span, cand.link = town, "none"
    return cand


def _garrison_of(doc: Doc, town: Span) -> Candidate:
    """The garrison of the town at `town`, where a unit is said to be based."""
    name = doc.norm[town[0]:town[1]]
    cand = Candidate(town, name, f"{name} {_cues(doc.language).garrison_name}", "base", "facilities:unit-town")
    cand.place_span, cand.link = town, "none"
    return cand


def _garrison_towns(doc: Doc, taken: list[Span]) -> list[Candidate]:
    """'near Chernyakhovsk, where the 152nd Missile Brigade is based': a town a unit is said to be based in is that
    unit's garrison."""
    found: list[Candidate] = []
    if " based " in doc.norm or " stationed " in doc.norm or " garrisoned " in doc.norm:
        found += _units_based_at(doc, taken)
        found += _based_at_names(doc, taken)
    # Every such town comes before ', where': most texts have none, and need not try the aside at each town.
    if ", where" not in doc.norm:
        return found
    for place in doc.places:
        gap = _ASIDE.match(doc.norm, place.span[1]) if place.kind in _TOWN_PLACE_KINDS else None
        if gap is None or not starts_at(doc.norm, gap.end(), ", where"):
            continue
        sent_end = doc.sentence_of(place.span[0])[1]
        if _cues(doc.language).unit_based.match(doc.norm, gap.end(), sent_end) is None or _overlaps(place.span, taken):
            continue
        found.append(_garrison_of(doc, place.span))
        taken.append(place.span)
    return found


def _units_based_at(doc: Doc, taken: list[Span]) -> list[Candidate]:
    """'A second battalion will be based at X': a small town a unit is said to be based at is its garrison."""
    found: list[Candidate] = []
    cues = _cues(doc.language)
    for place in doc.places:
        start, end = place.span
        # A name the gazetteer lacks, read as a place by the locative only, is a town for this too.
        if (place.kind not in _BASING_PLACE_KINDS or not _may_end_based_at(cues, doc.norm, max(0, start - 60), start)
                or cues.unit_based_at.search(doc.norm, max(0, start - 60), start) is None
                or _overlaps(place.span, taken) or not _small_town(doc.norm[start:end])):
            continue
        found.append(_garrison_of(doc, place.span))
        taken.append(place.span)
    return found


def _based_at_names(doc: Doc, taken: list[Span]) -> list[Candidate]:
    """'The Naval Service, based at X in Y, ...': a name no place has, that a force or unit is based at, is its base."""
    found: list[Candidate] = []
    norm = doc.norm
    for m in _forces_based_at(doc):
        name = _name_after(norm, m.end(), doc.sentence_of(m.start())[1])
        if name is None or _overlaps(name, taken) or _is_date(doc, name) or any(
                p.span[0] < name[1] and name[0] < p.span[1] for p in doc.places):
            continue
        text = norm[name[0]:name[1]]
        found.append(Candidate(name, text, f"{text} base", "base", "facilities:based-at"))
        taken.append(name)
    return found


def _forces_based_at(doc: Doc) -> list[re.Match[str]]:
    """`_Cues.force_based_at`'s matches, sought only in the sentences where a verb of basing stands before 'at': the
    pattern opens on a word edge, which has no literal to skip to, and was tried at every character of the text."""
    matches: list[re.Match[str]] = []
    last = -1
    cues = _cues(doc.language)
    for at in _basing_verbs_at(cues, doc.norm):
        start, end = doc.sentence_of(at)
        if start > last:
            matches += cues.force_based_at.finditer(doc.norm, start, end)
            last = start
    return matches


def _basing_verbs_at(cues: _Cues, norm: str) -> list[int]:
    """Where `cues.based_at_verb` matches, in text order: each verb found by str.find and the pattern tried there only.
    Searched for, the pattern has no literal to skip to (its verbs open on four letters) and was tried at every
    character of the text."""
    found: list[int] = []
    for verb in cues.based_at_verbs:
        at = norm.find(verb)
        while at >= 0:
            if cues.based_at_verb.match(norm, at):
                found.append(at)
            at = norm.find(verb, at + len(verb))
    found.sort()
    return found


def _may_end_based_at(cues: _Cues, norm: str, lo: int, hi: int) -> bool:
    """Whether `cues.unit_based_at` may end at `hi`: whitespace there after 'at' or 'in', and a verb of basing in
    norm[lo:hi]. The pattern opens on no literal, so a search tries it at every position: most towns fail these
    tests."""
    before = norm[lo:hi]
    bare = before.rstrip()
    return len(bare) < len(before) and bare.endswith(_BASED_PREPOSITIONS) and any(
        verb in bare for verb in cues.basing_verbs)


# The places a unit is said to be based at that are its garrison.
_BASING_PLACE_KINDS: Final = frozenset({"city", "town", "village", "feature"})
# A verb of keeping or building right before a new head's determiner ('has operated a small base there').
_KEEPS_OR_BUILDS_VERBS: Final = (r"has|have|had|keeps?|kept|maintains?|maintained|operates?|operated|runs?|ran|builds?"
                                  r"|built|building|set\s+up|establish(?:es|ed)?|opens?|opened|construct(?:s|ed)?")
_KEEPS_OR_BUILDS: Final = re.compile(rf"\b(?:{_KEEPS_OR_BUILDS_VERBS})\s+$")
# Such a verb and an indefinite determiner after it, somewhere in a sentence: what `_role_described` needs before a
# head, tested first. No leading \b, which would make the search try every position.
_KEEPS_OR_BUILDS_ONE: Final = re.compile(rf"(?:{_KEEPS_OR_BUILDS_VERBS})\s+(?i:an?|one|another)\s")
# How far before a determiner `_KEEPS_OR_BUILDS` may start: its longest verb ('establishes', 'constructed') and the
# spaces after it, with room for a second space.
_KEEPS_OR_BUILDS_REACH: Final = 24
# How far before a head's describing words its determiner may start: the longest determiner ('another') and its spaces.
_DETERMINER_REACH: Final = 12
# How far before its end a state's service that runs or builds a head may start (`_force_ending`): the longest of its
# names ('defence force', 'coast guard') with room for a qualifier ('national defence force').
_SERVICE_NAME_REACH: Final = 32
# The prepositions that place a named head at the town after it: 'the X heliport at Y'.
_TOWN_AFTER_PREPS: Final = frozenset({"at", "in", "on"})
# The places 'there' after a new head may stand for.
_THERE_PLACE_KINDS: Final = frozenset({"city", "town", "village", "island", "archipelago", "feature"})
# `_Cues.unit_based_at`'s prepositions.
_BASED_PREPOSITIONS: Final = ("at", "in")


def _small_town(name: str) -> bool:
    """Whether every town of this name the gazetteer knows is smaller than a city a unit is only said to be in."""
    index = city_index()
    rows = index.exact.get(name_key(name))
    rows = () if rows is None else (rows,) if isinstance(rows, int) else rows
    return all(index.city(r // 2).population < _LARGE_TOWN for r in rows)


def _military_parts(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'the military side of the field', 'the military part of X airport', 'the military apron': the part of an
    airport the text names as its own facility, in the airport named right after it or last before it."""
    airports = [c for c in found if c.kind == "airfield" and c.rule != _MILITARY_PART_RULE]
    parts: list[Candidate] = []
    for part in _MILITARY_PART.finditer(doc.norm):
        if doc.norm[max(0, part.start() - 4):part.start()].lower() != "the ":
            continue
        sent_start = doc.sentence_of(part.start())[0]
        after = _PART_OF.match(doc.norm, part.end())
        airport = next((c for c in airports if after and c.span[0] == after.end()), None) or next(
            (c for c in reversed(airports) if c.span[1] <= part.start()
             and c.span[0] >= doc.sentence_of(max(0, sent_start - 1))[0]), None)
        if airport is None:
            continue
        word = part.group("part").lower()
        name = airport.item.name if airport.item else airport.display
        display = f"military {word} {'at' if word in _SPOTS_AT else 'of'} {name}"
        cand = Candidate(part.span(), display, display, "airfield",
                         _MILITARY_PART_RULE, operator=airport.operator if airport.item is None else None)
        cand.part_of = airport.key
        parts.append(cand)
    return parts


def _host_airports(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """'its base at X International Airport': the named airport a base is placed at is an installation of its own,
    which the base's mention holds."""
    airports = _airport_endings(doc.language)
    hosts: list[Candidate] = []
    for cand in found:
        span = cand.place_span
        if cand.rule not in _PLACED_RULES or span is None or cand.kind in _AIR_KINDS or not (
                cand.span[0] < span[0] and span[1] <= cand.span[1]):
            continue
        name = doc.norm[span[0]:span[1]]
        if not name.lower().endswith(airports) or any(
                c is not cand and c.span[0] <= span[0] and span[1] <= c.span[1] for c in found):
            continue
        hosts.append(Candidate(span, name, name, "airfield", "facilities:name-head"))
    return hosts


def _place_military_parts(facilities: list[Facility], groups: list[list[Candidate]], raising: frozenset[str]) -> None:
    """A military part of an airport lies where the airport does, and its host's forces run it (a territory's own
    where it raises them: `raising`)."""
    by_key = {cand.key: fac for fac, group in zip(facilities, groups, strict=True) for cand in group}
    for fac, group in zip(facilities, groups, strict=True):
        airport = by_key.get(group[0].part_of or "")
        if airport is None:
            continue
        fac.country = fac.country or airport.country
        fac.admin1 = fac.admin1 or airport.admin1
        fac.operator = fac.operator or host_force(fac, raising)


def _taken_up(doc: Doc, words: FacilityWords, item: Installation, span: Span, found: list[Candidate]) -> bool:
    """'Drones attacked Engels overnight. The air base hosts ...': the next sentence, opening on a definite head of
    the catalogued base's kind, with no other installation named in between, says the bare name was the base."""
    norm = doc.norm
    sent_end = doc.sentence_of(span[0])[1]
    opening = _THE_OPENING.match(norm, sent_end)
    head = words.heads.match(norm, opening.end()) if opening else None
    if head is None or any(span[1] <= c.span[0] < head.start() for c in found):
        return False
    kind = words.head_kind[head.text.lower()]
    return head.text.lower() not in words.weak and (kind == "base" or _FAMILY[kind] == _FAMILY[item.kind])


def _aircraft_moved_to(doc: Doc, words: FacilityWords, item: Installation, span: Span) -> bool:
    """'The last Tornados left for X', 'F-16s were sent to X': a catalogued air or naval base named by its town alone,
    where the sentence moves or keeps aircraft or ships there; 'instructors have been arriving at X': a land base whose
    name no town has, where it moves or keeps forces there."""
    if _MOVED_TO.search(doc.norm, max(0, span[0] - 9), span[0]) is None:
        return False
    sent_start = doc.sentence_of(span[0])[0]
    if _FAMILY[item.kind] in _MOVED_FAMILIES:
        moved = any(sent_start <= e.span[0] < span[0] for e in doc.equipment) or words.classes.search(
            doc.norm, sent_start, span[0]) is not None
    else:
        # 'troops flew to X': forces go to a town as often as to its base; only a name no town has is the base.
        moved = words.force.search(doc.norm, sent_start, span[0]) is not None and not _sizeable_town(
            doc.norm[span[0]:span[1]], 1)
    if not moved or words.tie.search(doc.norm, sent_start, span[0]) is None:
        return False
    # 'warships left for Novorossiysk': a city that size is where they went, its base unsaid.
    index = city_index()
    rows = index.exact.get(name_key(doc.norm[span[0]:span[1]]))
    rows = () if rows is None else (rows,) if isinstance(rows, int) else rows
    return all(index.city(r // 2).population < _LARGE_TOWN for r in rows)


def _listed_with(norm: str, span: Span, found: list[Candidate]) -> bool:
    """'four sites: X, Y and Z': a catalogued name listed right beside a catalogued installation is one too."""
    return any(c.item is not None and (_list_join(norm, c.span[1], span[0]) or _list_join(norm, span[1], c.span[0]))
               for c in found)


def _list_join(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] is one of `_LIST_JOINS`: its length told first, as most gaps between two names run long
    and a slice of one is a copy of it, hashed to be looked up (some 27,000 instructions a pending name)."""
    return min(end, len(norm)) - start <= _LONGEST_JOIN and norm[start:end] in _LIST_JOINS


def _hosts_forces(doc: Doc, words: FacilityWords, span: Span) -> bool:
    """'X once hosted several hundred marines', 'At X, home of much of the Northern Brigade': a catalogued base named by
    its name alone, which the sentence says hosts forces."""
    norm = doc.norm
    verb = _cues(doc.language).hosts_after.match(norm, span[1])
    if verb is None:
        return False
    hi = min(doc.sentence_of(span[0])[1], verb.end() + _HOSTED_REACH)
    return words.force.search(norm, verb.end(), hi) is not None or _formations(doc.language).search(
        norm, verb.end(), hi) is not None


def _part_of_catalogued(norm: str, found: list[Candidate]) -> None:
    """'the Aegis Ashore missile defence site at Redzikowo': a named site of no schema kind that the text puts at a
    catalogued installation is part of it."""
    starts = {c.span[0]: c.item for c in found if c.item}
    for cand in found:
        if cand.item is None and cand.rule == "facilities:name-head" and _FAMILY[cand.kind] == "any":
            at = _AT_INSTALLATION.match(norm, cand.span[1])
            cand.item = starts.get(at.end()) if at else None


def _join_host_named(found: list[Candidate]) -> list[Candidate]:
    """'a Chinese base in Djibouti' where the article names a catalogued Chinese installation in Djibouti: that
    one."""
    kept: list[Candidate] = []
    for cand in found:
        same = None if cand.rule != "facilities:head-in-country" else next(
            (c for c in found if c.item and c.item.operator == cand.operator and c.item.country == cand.host), None)
        if same is None:
            kept.append(cand)
        else:
            same.extra.append(cand.span)
    return kept


def _join_appositions(norm: str, found: list[Candidate]) -> list[Candidate]:
    """'Chkalovsk, the Baltic Fleet's main air base in the exclave': a definite description set after a name with a
    comma is that facility again, not one named after the place it is put in."""
    kept: list[Candidate] = []
    for cand in found:
        named = kept[-1] if kept else None
        if (named is not None and cand.rule in _UNNAMED_HEAD_RULES and _linkable_kinds(named.kind, cand.kind)
                and _DEFINITE_APPOSITION.fullmatch(norm, named.span[1], cand.span[0])):
            named.extra.append(cand.span)
            named.place_span = named.place_span or cand.place_span
            continue
        # 'X air base is a Turkish base in northern Iraq': a predicate says what X is, and whose.
        if (named is not None and cand.rule in _PREDICATE_RULES and _linkable_kinds(named.kind, cand.kind)
                and _COPULA.fullmatch(norm, named.span[1], cand.span[0])):
            named.extra.append(cand.span)
            named.place_span = named.place_span or cand.place_span
            named.operator = named.operator or cand.operator
            continue
        kept.append(cand)
    return kept


def _common_word(doc: Doc, name: Span, sent_start: int) -> bool:
    """A lone capitalised word opening a sentence ('Mysterious air base') is not a name when it is an everyday word
    of the language, unless it is a place or the text writes it capitalised inside a sentence too ('... flew to
    Kulob. Kulob airfield ...'); a rare word there ('Makurdi air base hosts ...') is a name."""
    if name[0] != sent_start or " " in doc.norm[name[0]:name[1]]:
        return False
    if any(p.span[0] <= name[0] < p.span[1] for p in doc.places):
        return False
    word = doc.norm[name[0]:name[1]]
    words = facility_words(doc.language)
    lower = word.lower()
    known = lower in words.head_kind or lower in words.modifiers or common_word(word, doc.language)
    return known and not _capitalised_inside(doc, word)


def _past_event_opening(doc: Doc, name: Span) -> Span:
    """The name read from a sentence's start without an event's word and 'of' opening it: 'Construction of X Airport
    will start' names 'X Airport', the word being capitalised only for opening the sentence. 'Bay of Pigs airfield'
    and 'Port of Spain' open with no event's word and keep it."""
    opening = _TOKEN.match(doc.norm, name[0])
    if opening is None or not starts_at(doc.norm, opening.end(), " of "):
        return name
    rest = opening.end() + len(" of ")
    if rest >= name[1] or opening.group().lower() not in event_words(doc.language).trigger_type:
        return name
    return rest, name[1]


def _past_clause_opening(doc: Doc, name: Span) -> Span:
    """The name read from a sentence's start without a word opening a subordinate clause (cues.tsv's 'subord'
    words), capitalised only for opening it: 'When X Airport opened ...' names 'X Airport'."""
    opening = _TOKEN.match(doc.norm, name[0])
    if (opening is None or opening.end() + 1 >= name[1] or not doc.norm.startswith(" ", opening.end())
            or opening.group().lower() not in _subordinators(doc.language)):
        return name
    return opening.end() + 1, name[1]


@lru_cache(maxsize=8)
def _subordinators(lang: str) -> frozenset[str]:
    """The words of cues.tsv that open a subordinate clause in `lang` ('when', 'while')."""
    return frozenset(r["cue"] for r in table_for("cues.tsv", lang) if r["kind"] == "subord")


def _proper_head(norm: str, head: Hit) -> bool:
    """'Roberts International Airport, the country's gateway': a head of several words written capitalised in a
    sentence written in sentence case is part of a proper name, whose first word is a name too."""
    if not (" " in head.text and all(w[:1].isupper() for w in head.text.split())):
        return False
    after = _WORD_AFTER_HEAD.match(norm, head.stop)
    return after is None or not after.group(1)[:1].isupper()


def _capitalised_inside(doc: Doc, word: str) -> bool:
    """Whether `word` stands, as a whole word, somewhere in the text other than at a sentence's start."""
    norm = doc.norm
    pos = norm.find(word)
    while pos >= 0:
        end = pos + len(word)
        whole = (pos == 0 or not norm[pos - 1].isalnum()) and (end == len(norm) or not norm[end].isalnum())
        if whole and doc.sentence_of(pos)[0] != pos and norm[pos - 1] not in "\"'\u2018\u201c(":
            return True
        pos = norm.find(word, end)
    return False


def _town_after_region(doc: Doc, region: Span, sent_end: int) -> tuple[Span, str] | None:
    """'their last base in Chad, at Abeche': a town set after the region says where in it the head stands."""
    # 'on the Red Sea coast near X': past the feature word that goes on from the region's name.
    feature = _cues(doc.language).region_feature.match(doc.norm, region[1], sent_end)
    loc = _APPOSED_AT.match(doc.norm, feature.end() if feature else region[1], sent_end)
    # 'in Poland, in the western city of Poznan': past the settlement word.
    town_of = _cues(doc.language).town_of.match(doc.norm, loc.end()) if loc else None
    span = _name_after(doc.norm, town_of.end() if town_of else loc.end(), sent_end) if loc else None
    place = _place_at(doc, span) if span else None
    if loc is None or span is None or place is None or place.kind not in _TOWN_PLACE_KINDS:
        return None
    return span, loc.group("prep")


def _owner_name(doc: Doc, name: Span, head: Hit, words: FacilityWords, sent_end: int,
                actor_list: list[Actor]) -> int | None:
    """Where the organisation a name before a head is starts, when it says whose the head is rather than naming it:
    an acronym after an indefinite article ('a former UN camp near Timbuktu'), or an alliance's or mission's name
    before a head the text places ('the UN base in Gao', 'an African Union base near X')."""
    norm = doc.norm
    owner = _owner_before_at(norm, name[1], doc.language)
    word = norm[name[0]:name[1]]
    acronym = _is_acronym(word)
    # 'the Kenya Navy base at X': a state before its service's capitalised name owns the head the text places.
    if owner is None and head.text[:1].isupper() and head.text.split(None, 1)[0] in words.service_heads and any(
            a.span == name for a in actor_list):
        owner = name[0]
    # 'the Marine Corps training centre at X', 'the Republican Guard barracks in Y': a force's name, of which a word
    # that names no place ('Marine', 'Republican') left only the last, owns the head rather than naming it.
    if (owner is None and not acronym and " " not in word and _cues(doc.language).headquarters_force.fullmatch(word)
            and word[:1].isupper() and (start := _capitalised_from(norm, name[0])) < name[0]):
        owner = start
    # 'a U.S. Navy fuel depot': a state's name before its service's owns the head, wherever the text places it.
    if (owner is None and " " not in word and _force_name_end(" " + word, words.force_ends)
            and (state := next((a for a in actor_list if a.span[1] + 1 == name[0]), None)) is not None):
        return state.span[0]
    # 'the Sudanese Armed Forces base at X', 'the Kenya Defence Forces camp at Y': a whole force's name does too, and
    # so does a unit's ('the Air Wing base at X', 'the Kinmen Defense Command headquarters on Y', the head's first
    # word ending it): the unit is based there, the place names the base.
    if owner is None and " " in word and word[:1].isupper() and (
            _force_name_end(word, words.force_ends) or _unit_name_end(word, head, doc.language)):
        owner = name[0]
    if owner is None and not acronym:
        return None
    start = owner if owner is not None and owner <= name[0] else name[0]
    if acronym and _INDEFINITE_BEFORE.search(norm, max(0, start - 4), start):
        return start
    loc = _bearings(doc.language).locative.match(norm, head.stop, sent_end)
    return start if loc and norm[loc.end():loc.end() + 1].isupper() else None


def _unit_named(doc: Doc, words: FacilityWords, name: Span, head: Hit, sent_end: int) -> bool:
    """'home of the Jersey Field Squadron': a capitalised head a unit's word goes on from names the unit. 'a Home Guard
    detachment held a drill', 'a Navy Dornier detachment began flying': a head that is also a word for a body of
    troops, written in lower case after a name that is no place and with no place after it, is the unit, not a
    post."""
    norm = doc.norm
    following = _NEXT_WORD.match(norm, head.stop)
    if head.text[:1].isupper() and following is not None and following.group(1).lower() in _word_role(
            doc.language, "unit"):
        return True
    # 'Air Detachment 190': a capitalised one is the post's own name.
    if head.text not in _word_role(doc.language, "force") or _place_at(doc, name) is not None:
        return False
    loc = _bearings(doc.language).locative.match(norm, head.stop, sent_end)
    return loc is None or not norm[loc.end():loc.end() + 1].isupper()


def _speaking_body(doc: Doc, name_start: int, head: Hit, actor_ends: dict[int, int]) -> bool:
    """Whether a verb of saying follows the head, or a speaker's words for whom he speaks precede its name (and the
    state or demonym before it)."""
    cues = _cues(doc.language)
    if cues.says.match(doc.norm, head.stop):
        return True
    start = actor_ends.get(name_start - 1, name_start)
    return cues.speaks_for.search(doc.norm, max(0, start - 40), start) is not None


def _unit_name_end(name: str, head: Hit, lang: str) -> bool:
    """Whether a unit's name ends `name` ('Air Wing') or, capitalised, opens the head after it ('Command headquarters'
    after 'Kinmen Defense')."""
    units = _word_role(lang, "unit")
    first = head.text.split(None, 1)[0]
    return name.rsplit(None, 1)[1].lower() in units or (first[:1].isupper() and first.lower() in units)


def _capitalised_from(norm: str, start: int) -> int:
    """Where the capitalised words running up to `start` begin ('Marine' before 'Corps')."""
    while (word := _last_word(norm, start)) and word[:1].isupper() and word.isalpha() and (
            word.lower() not in _DETERMINERS):
        start -= len(word) + 1
    return start


def _is_acronym(word: str) -> bool:
    """'UN', 'U.N.', 'MINUSMA': capitals only, with or without dots."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _owner_before_at(norm: str, end: int, lang: str) -> int | None:
    """Where an organisation's name ending at `end` starts ('African Union', 'NATO'), if one does."""
    before = norm[max(0, end - 30):end]
    for owner in _owner_words(lang):
        if before.endswith(owner) and (len(before) == len(owner) or not before[-len(owner) - 1].isalnum()):
            return end - len(owner)
    return None


def _ends_longer_name(doc: Doc, start: int) -> bool:
    """Whether a capitalised word of letters that is no place, demonym or state comes right before `start` ('Hans
    Christian Andersen', not 'the Russian Hmeimim')."""
    before = _name_word_before(doc.norm, start)
    return before is not None and before.group(1).isalpha() and not any(
        p.span[0] <= before.start(1) < p.span[1] for p in doc.places)


def _inside_longer_name(norm: str, span: Span) -> bool:
    """'President René Mouawad': a catalogued name that is part of a longer proper name is not the base."""
    return _name_word_before(norm, span[0]) is not None


def _name_word_before(norm: str, start: int) -> re.Match[str] | None:
    """The capitalised word right before `start`, unless `_STOP_NAMES` holds it (a function word, a month or day, a
    word that names nothing)."""
    before = _LAST_CAPITALISED.search(norm, max(0, start - 30), start)
    return before if before is not None and before.group(1) not in _STOP_NAMES else None


def _vague_spans(doc: Doc) -> list[Span]:
    """Places that name no installation: seas, regions, demonyms ('Black Sea port')."""
    return [p.span for p in doc.places if p.kind in _NOT_A_NAME]


def _another(doc: Doc, actor_list: list[Actor], cand: Candidate, head: Hit, sent_end: int) -> Candidate | None:
    """'a base in X and another in Y': one more installation of the head's kind, placed in Y."""
    norm = doc.norm
    if norm.find(" and ", cand.span[1], cand.span[1] + 6) < 0:
        return None
    more = _ANOTHER.match(norm, cand.span[1], sent_end)
    loc = _bearings(doc.language).locative.match(norm, more.end(), sent_end) if more else None
    if more is None or loc is None or loc.group("force"):
        return None
    town_of = _cues(doc.language).town_of.match(norm, loc.end())
    name_span = _name_after(norm, town_of.end() if town_of else loc.end(), sent_end)
    if name_span is None or _is_date(doc, name_span):
        return None
    place = _place_at(doc, name_span)
    if (place is not None and place.kind in _VAGUE_PLACE_KINDS) or (
            (place is None or place.kind not in _TOWN_PLACE_KINDS) and any(a.span == name_span for a in actor_list)):
        return None
    name = norm[name_span[0]:name_span[1]]
    inside = not loc.group("bearing") and loc.group("prep") in _INSIDE
    other = Candidate((more.start("word"), name_span[1]), name, _display(name, cand.kind, head), cand.kind,
                      "facilities:head-in-place" if inside else "facilities:head-near-place", operator=cand.operator)
    other.place_span = name_span
    other.link = cand.link if inside else "none"
    return other


def _linkable(cand: Candidate, item: Installation) -> bool:
    # 'an oil depot in Novorossiysk': an unnamed head of no kind of its own, placed in a town, is not the town's
    # catalogued air or naval base.
    if cand.kind == "other" and cand.rule == "facilities:head-in-place" and _FAMILY[item.kind] in _MOVED_FAMILIES:
        return False
    return _linkable_kinds(cand.kind, item.kind)


def _air_or_sea(kind: str, other: str) -> bool:
    return {_FAMILY[kind], _FAMILY[other]} == {"air", "sea"}


def _linkable_kinds(kind: str, other: str) -> bool:
    families = {_FAMILY[kind], _FAMILY[other]} - {"any"}
    return len(families) <= 1 and {kind, other} != _PORT_AND_BASE


def _in_the_city(doc: Doc, end: int, sent_start: int) -> Span | None:
    """'missiles hit the building in Sevastopol and the X shipyard in the city': the town named last before, in the
    sentence, is the one 'the city' stands for."""
    if not _cues(doc.language).in_the_town.match(doc.norm, end):
        return None
    return next((p.span for p in reversed(doc.places) if sent_start <= p.span[0] and p.span[1] <= end
                 and p.kind in _TOWN_PLACE_KINDS), None)


def _place_after_head(doc: Doc, head: Hit, sent_end: int) -> Span | None:
    """The name of the place that directly follows a capitalised head as part of the name ('... Air Station Kodiak'),
    unless it is a country or region ('... Air Base Qatar')."""
    if not head.text[:1].isupper() or not _NEXT_WORD.match(doc.norm, head.stop):
        return None
    after = _name_after(doc.norm, head.stop + 1, sent_end)
    if after is None or doc.norm[after[0]:after[1]] in _organisation_words(doc.language):
        return None
    place = _place_at(doc, after)
    return None if place is not None and place.kind in _VAGUE_PLACE_KINDS else after


def _weak(words: FacilityWords, head: Hit, strong: list[int]) -> bool:
    """A weak head that needs military context; in an article about bases (`strong`: where its non-weak heads are)
    an airport, civil or not, is an installation the text locates."""
    word = head.text.lower()
    return word in words.weak and not (words.head_kind[word] in _ALWAYS_FACILITY_KINDS and strong)


def _inside_proper_name(doc: Doc, head: Hit) -> bool:
    """'China Merchants Port Holdings', 'the Sovereign Base Areas': a capitalised head that a company's or a
    territory's word goes on from names no installation."""
    if not head.text[:1].isupper():
        return False
    after = _NEXT_WORD.match(doc.norm, head.stop)
    return after is not None and after.group(1) in _organisation_words(doc.language)


@lru_cache(maxsize=8)
def _organisation_words(lang: str) -> frozenset[str]:
    return frozenset(r["word"] for r in table_for("facility_words.tsv", lang) if r["role"] == "organisation")


@lru_cache(maxsize=8)
def _after_head(lang: str) -> re.Pattern[str] | None:
    """What lies between a head and the place naming it in a language that puts the place after: up to two
    lower-case adjectives, a locative word and an article ('base aérienne russe de', 'base de la', 'Kaserne in');
    None for a language with no locative rows."""
    rows = table_for("facility_words.tsv", lang)
    locatives = sorted((r["word"] for r in rows if r["role"] == "locative"), key=len, reverse=True)
    if not locatives or rows[0]["lang"] != lang:
        return None
    articles = sorted((r["word"] for r in rows if r["role"] == "article"), key=len, reverse=True)
    spaced = "|".join(re.escape(w) for w in locatives if not w.endswith("'"))
    joined = "|".join(re.escape(w[:-1]) + "['\u2019]" for w in locatives if w.endswith("'")) or "(?!)"
    article = "|".join(re.escape(w) for w in articles) or "(?!)"
    return re.compile(rf"(?P<words>(?:\s+(?!(?:{spaced})\s)[^\W_A-Z][\w-]*){{0,2}}?)"
                      rf"(?:\s+(?:{spaced})\s+|\s+(?:{joined}))(?:(?:{article})\s+|l['\u2019])?(?=[A-Z\u00c0-\u00de])")


def _state_adjective(code: str) -> str:
    """'French' for FR: the first national adjective the demonym table gives a state (its code if none)."""
    return _state_adjectives().get(code, code)


@lru_cache(maxsize=1)
def _state_adjectives() -> dict[str, str]:
    adjectives: dict[str, str] = {}
    for row in table("demonyms.tsv"):
        word = row["demonym"]
        if row["country"] and "-" not in word and not word.endswith("s"):
            adjectives.setdefault(row["country"], word)
    return adjectives


@lru_cache(maxsize=8)
def _plural_heads(lang: str) -> tuple[WordMatcher, dict[str, str]]:
    """Plural heads ('air bases', and a sea service's 'stations') and the kind of each one of them."""
    kinds = {r["word"].lower(): r["kind"] for r in table_for("facility_words.tsv", lang)
             if r["role"] in ("plural", "sea plural")}
    return word_regex(kinds), kinds


@lru_cache(maxsize=8)
def _title_words(lang: str) -> frozenset[str]:
    return frozenset(r["word"] for r in table_for("facility_words.tsv", lang) if r["role"] == "title")


@lru_cache(maxsize=8)
def _eponym_prefixes(lang: str) -> frozenset[str]:
    return frozenset(r["word"] for r in table_for("facility_words.tsv", lang) if r["role"] == "eponym")


@lru_cache(maxsize=8)
def _owner_words(lang: str) -> tuple[str, ...]:
    """Organisations' names, longest first, so 'African Union' is found before 'Union' could be."""
    return tuple(sorted((r["word"] for r in table_for("facility_words.tsv", lang) if r["role"] == "owner"),
                        key=len, reverse=True))


def _transit_stop(doc: Doc, name: Span, head: Hit) -> bool:
    """'Victoria station', 'the International Space Station', 'Union Station': a station a town names, one whose name
    ends on a word of transport or service, or one capitalised as a stop's proper name is no installation ('the Vostok
    station', 'the Espacio Lejano station' are)."""
    if head.text.lower() not in _transit_heads(doc.language):
        return False
    if head.text[:1].isupper():
        return True
    last = doc.norm[name[0]:name[1]].rsplit(None, 1)[-1].lower()
    return last in _figurative_words(doc.language) or any(
        p.span[0] <= name[0] and name[1] <= p.span[1] and p.kind in _TOWN_PLACE_KINDS for p in doc.places)


@lru_cache(maxsize=8)
def _transit_heads(lang: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == "transit")


@lru_cache(maxsize=8)
def _figurative_words(lang: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == "figurative")


def _written_as_common_word(text: str, items: list[Installation]) -> bool:
    """'fighters on quick-reaction alert', 'a temp job': an installation's name written in lower case, its catalog
    spellings being capitalised, is the everyday word the name was taken from."""
    return text.islower() and not any(alias == text for item in items for alias in item.aliases)


@lru_cache(maxsize=8)
def _formations(lang: str) -> WordMatcher:
    return word_regex(r["word"] for r in table_for("facility_words.tsv", lang) if r["role"] == "formation")


@lru_cache(maxsize=8)
def _airport_endings(lang: str) -> tuple[str, ...]:
    """' airport', ' international airport': the endings of a civil airport's name (the weak airfield heads)."""
    return tuple(f" {r['word'].lower()}" for r in table_for("facility_words.tsv", lang)
                 if r["role"] == "weak" and r["kind"] == "airfield")


def _airport_and_base(first: Candidate, other: Candidate, airports: tuple[str, ...], lone_air_base: bool) -> bool:
    """'Camp X, the new base beside X Airport': an airport named as one is not the base or camp named after the same
    town, which shares its runway at most; nor is 'the X air base' beside 'X International Airport' where the text
    names no other air base ('the air base at Port Sudan' may be the one it calls Osman Digna)."""
    first_airport = _named_airport(first, airports)
    if first_airport == _named_airport(other, airports):
        return False
    base = other if first_airport else first
    return base.kind not in _AIR_KINDS or (base.kind == "air base" and lone_air_base)


def _named_airport(cand: Candidate, airports: tuple[str, ...]) -> bool:
    """'X International Airport', 'the international airport of X': an airport named as one, by name or by place."""
    return cand.rule in _AIRPORT_NAMING_RULES and cand.display.lower().endswith(airports)


def _office_not_place(doc: Doc, head: Hit, det: re.Match[str], prep: str, place: PlaceMention | None) -> bool:
    """'his post in Bamako' is an office a person holds, 'a post on Telegram' a message: a head that may be either is
    no installation after a person's possessive, nor on a name no place is ('its post on the Lawa river' is one)."""
    if head.text.lower() not in _word_role(doc.language, "office"):
        return False
    return det.group().strip().lower() in _word_role(doc.language, "personal") or (prep == "on" and place is None)


def _landform_only(lang: str, group: list[Candidate]) -> bool:
    """'drills on Maafilaafushi island', 'south of Sakhalin island': a landform the text names only by its own name is
    the place, not an installation; 'the airstrip on Anacoco island' makes its mention the airstrip's."""
    landforms = tuple(" " + w for w in _word_role(lang, "landform"))
    return all(c.rule == "facilities:name-head" and c.item is None and c.display.lower().endswith(landforms)
               for c in group)


def _landform_named(doc: Doc, span: Span) -> bool:
    """Whether a place's name opens with a landform's head word ('Cape', 'Mount', 'Punta')."""
    first = doc.norm[span[0]:span[1]].split(" ", 1)[0]
    return first in _landform_heads(doc.language)


@lru_cache(maxsize=8)
def _landform_heads(lang: str) -> frozenset[str]:
    """The words that, before a name, make it a feature of land ('Mount', 'Cape'; pattern_words' landform head)."""
    return frozenset(pattern_words(lang)["landform head"])


# Eleven roles are read by language: a smaller cache would evict them in turn on a text in a second language.
@lru_cache(maxsize=64)
def _word_role(lang: str, role: str) -> frozenset[str]:
    """The lower-case words of facility_words.tsv that play `role` in `lang` (English where it has none)."""
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == role)


@lru_cache(maxsize=8)
def _named_only_heads(lang: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == "named")


@lru_cache(maxsize=8)
def _civil_words(lang: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == "civil")


@lru_cache(maxsize=8)
def _neutral_event_words(lang: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table_for("facility_words.tsv", lang) if r["role"] == "neutral")


def _without_parts(norm: str, found: list[Candidate]) -> list[Candidate]:
    """'a new pier at the X naval base', 'a new wharf at Y' where the text keeps a station at Y: a pier placed at a
    catalogued installation, or at one the article names or places at the same place, is part of it, not another."""
    works = [c for c in found if c.works_only]
    if not works:
        return found
    others = [c for c in found if not c.works_only]
    names = {c.name for c in others} | {norm[c.place_span[0]:c.place_span[1]] for c in others if c.place_span}
    spans = [c.span for c in others]
    return [c for c in found if not c.works_only or not (
        c.item is not None or c.name in names or (c.place_span is not None and _overlaps(c.place_span, spans)))]


def _names_installation(norm: str, words: FacilityWords, start: int, end: int) -> bool:
    """'a new pier at its station in X', 'at the port of X', 'at Naval Station X': the place a pier stands at is
    another installation, whose part it is."""
    return words.heads.search(norm, start, end) is not None or words.prefixes.search(norm, start, end) is not None


def _works_told(doc: Doc, start: int, end: int) -> bool:
    """'the wharf at X was lengthened', 'a new pier at X was completed': a wharf or pier whose building or enlarging
    the sentence tells is an installation in its own right, whoever uses it (the facility of that work)."""
    words = event_words(doc.language)
    return any(words.trigger_type[t.text.lower()][0] in _WORKS for t in words.triggers.finditer(doc.norm, start, end))


def _is_date(doc: Doc, span: Span) -> bool:
    """'a second base in 2017': a year after the locative dates the base, it names no place."""
    return any(d.span[0] <= span[0] < d.span[1] for d in doc.dates)


def _town_owned(doc: Doc, words: FacilityWords, actor_ends: dict[int, int], owners: list[PlaceMention], head: Hit,
                kind: str) -> Candidate | None:
    """The candidate a town or island followed by "'s" names for a facility with no name of its own: "Mogadishu's
    airport", "Peleliu's airfield"; `owners`: the towns and islands followed by "'s", in text order."""
    if not owners:
        return None
    start = _modifier_start(doc.norm, head.begin, words, actor_ends)
    for place in owners:
        if (place.span[1] < start and _owner_mark_at(doc.norm, place.span[1], start)
                and _OWNER_GAP.fullmatch(doc.norm, place.span[1], start)):
            # "Washington's only base in Africa": a capital standing for its state owns a base, not a town's one;
            # an island owns its airport or port ("Peleliu's airfield"), not a base someone keeps there.
            if kind not in _TOWN_KINDS and (actor_ends.get(place.span[1]) == place.span[0]
                                            or place.kind not in _TOWN_PLACE_KINDS):
                return None
            name = doc.norm[place.span[0]:place.span[1]]
            cand = Candidate((place.span[0], head.stop), name, _display(name, kind, head), kind,
                             "facilities:town-owned")
            cand.place_span = place.span
            cand.link = "none"
            return cand
    return None


def _name_owned(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
                kind: str, sent_start: int) -> Candidate | None:
    """A capitalised name of rare words that the places layer does not know, before "'s" and an airport's or port's head
    ("X's airport", "X's state-run airfield"), is the town or island that owns it, as a known one is (`_town_owned`);
    a place of another kind ("Greece's airports") or a state owns none."""
    if kind not in _TOWN_KINDS:
        return None
    norm = doc.norm
    start = _modifier_start(norm, head.begin, words, actor_ends)
    word = _last_word(norm, start)
    if _DESCRIBING_WORD.fullmatch(word) and word not in _figurative_words(doc.language):
        start -= len(word) + 1  # 'the state-run airport': a word the vocabulary lacks may describe it
    if not (start >= 3 and norm[start - 1] == " " and norm[start - 3:start - 1] in _OWNER_MARKS):
        return None
    name_span = _name_before(norm, max(sent_start, start - 60), start - 3, actor_list)
    # A name of everyday words ('John', 'Boeing') is a person's or a firm's, not a town's.
    if (name_span is None or name_span[1] != start - 3
            or any(common_word(token, doc.language) for token in norm[name_span[0]:name_span[1]].split())
            or any(p.span[0] < name_span[1] and name_span[0] < p.span[1] for p in doc.places)
            or any(a.span[0] < name_span[1] and name_span[0] < a.span[1] for a in actor_list)):
        return None
    name = norm[name_span[0]:name_span[1]]
    cand = Candidate((name_span[0], head.stop), name, _display(name, kind, head), kind, "facilities:town-owned")
    cand.link = "none"
    return cand


def _hosted_by(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
               kind: str, sent_start: int) -> Candidate | None:
    """'Kulob, a town in Khatlon, hosts a Russian military base': the town a sentence opens with hosts the base."""
    # Most heads have no hosting verb before them: a substring test spares the walk over modifiers.
    before = doc.norm[max(sent_start, head.begin - 60):head.begin]
    cues = _cues(doc.language)
    if not any(core in before for core in cues.hosting_cores):
        return None
    start = _modifier_start(doc.norm, head.begin, words, actor_ends)
    verb = cues.hosts.search(doc.norm, max(sent_start, start - 20), start)
    if verb is None:
        return None
    # 'Only Djibouti still hosts a large French base': a town or country right before the verb hosts it too.
    town = next((p for p in doc.places if p.span[0] == sent_start and p.kind in _TOWN_PLACE_KINDS), None) or next(
        (p for p in doc.places if sent_start <= p.span[0] and p.kind in _HOST_KINDS
         and _HOST_GAP.fullmatch(doc.norm, p.span[1], verb.start())), None)
    if town is None:
        return None
    name = doc.norm[town.span[0]:town.span[1]]
    operator = next((a.code for a in actor_list if start <= a.span[0] < head.begin), None)
    cand = Candidate((verb.end(), head.stop), name, _display(name, kind, head), kind, "facilities:head-in-place",
                     operator=operator)
    cand.place_span = town.span
    cand.link = "none"
    return cand


def _named_after(doc: Doc, actor_list: list[Actor], head: Hit, kind: str, sent_end: int) -> Candidate | None:
    """'the naval base Contre-Amiral Protet, on the port', 'the air base Kubinka.': a name set right after a definite
    lower-case head, ending a phrase, names it."""
    norm = doc.norm
    # 'a naval base known as Ream, on the coast': a verb of naming sets the name after any head.
    # What follows the head, read in one slice: compiled, `startswith` at a position or of a tuple is a generic method
    # call, several times the cost of a slice and single tests.
    after = norm[head.stop:head.stop + _CALLED_LONGEST]
    called = _CALLED.match(norm, head.stop) if any(after.startswith(word) for word in _CALLED_OPENINGS) else None
    if called is not None and any(after.startswith(word) for word in _COPULA_OPENINGS) and not _definite_before(
            doc, head):
        return None
    # 'the barracks "X" in Y': the name may stand in quotes.
    quoted = after.startswith(' "')
    first = head.stop + 1 + quoted
    # Most heads are followed by no capital: that test first.
    if called is None and not (after.startswith(" ") and norm[first:first + 1].isupper()
                               and head.text[:1].islower() and _the_before_modifiers(doc, head)):
        return None
    name = _name_after(norm, called.end() if called else first, sent_end)
    if quoted and name is not None and norm[name[1]:name[1] + 1] != '"':
        return None
    # 'the base Camp Bravo' is the prefix reading's.
    if name is None or not _PHRASE_END.match(norm, name[1] + quoted) or _is_date(doc, name) or any(
            a.span[0] < name[1] and name[0] < a.span[1] for a in actor_list) or facility_words(
            doc.language).prefixes.match(norm, name[0]):
        return None
    place = _place_at(doc, name)
    # 'the air base Kestrel': a municipality is named for its town, as a country or a sea names nothing.
    if place is not None and place.kind in _VAGUE_PLACE_KINDS and place.kind != "admin1":
        return None
    text = norm[name[0]:name[1]]
    cand = Candidate((head.begin, name[1] + quoted), text, f"{text} {head.text.lower()}", kind,
                     "facilities:name-head")
    cand.place_span = place.span if place is not None else None
    return cand


def _the_before_modifiers(doc: Doc, head: Hit) -> bool:
    """'the air base X', 'the military training area X': 'the' before the head and the modifiers before it."""
    norm = doc.norm
    if _THE_BEFORE.search(norm, max(0, head.begin - 4), head.begin):
        return True
    start = _modifier_start(norm, head.begin, facility_words(doc.language), {})
    return start < head.begin and _THE_BEFORE.search(norm, max(0, start - 4), start) is not None


def _definite_before(doc: Doc, head: Hit) -> bool:
    """'the base', 'the country's only naval base': a determiner that singles the head out, as a copula naming it
    needs ('a base is X' names no base)."""
    start = _modifier_start(doc.norm, head.begin, facility_words(doc.language), {})
    det = _determiner_before(doc.norm, max(0, start - 40), start)
    return det is not None and det.group().split()[0].lower() not in _INDEFINITES


def _named_in_commas(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
                     kind: str, sent_end: int) -> Candidate | None:
    """'the country's first submarine base, BNS Sheikh Hasina, at Pekua': a name set between commas right after a
    definite or possessed lower-case head names it."""
    norm = doc.norm
    after = norm[head.stop:head.stop + 3]
    if not (after[:2] == ", " and after[2:].isupper() and head.text.islower()):
        return None
    name = _name_after(norm, head.stop + 2, sent_end)
    # 'the base, Colonel X, said': a title or a verb of saying makes the name a speaker's.
    if name is None or norm[name[1]:name[1] + 1] != "," or _is_date(doc, name) or any(
            a.span[0] < name[1] and name[0] < a.span[1] for a in actor_list) or _vague_place(doc, name) or (
            norm[name[0]:name[1]].split(None, 1)[0].rstrip(".") in _title_words(doc.language) | _HONORIFICS) or (
            _cues(doc.language).said_after.match(norm, name[1])):
        return None
    det = _determiner_before(norm, max(0, head.begin - 60), _modifier_start(norm, head.begin, words, actor_ends))
    if det is None or det.group().strip().lower() in _INDEFINITE:
        return None
    text = norm[name[0]:name[1]]
    cand = Candidate((det.end(), name[1]), text, text, kind, "facilities:name-head")
    # ', at Pekua': the place after the closing comma locates it.
    at = _APPOSED_AT.match(norm, name[1], sent_end)
    cand.place_span = _name_after(norm, at.end(), sent_end) if at else None
    return cand


def _vague_place(doc: Doc, span: Span) -> bool:
    place = _place_at(doc, span)
    return place is not None and place.kind in _VAGUE_PLACE_KINDS


def _names_listed_before(norm: str, lo: int, hi: int, actor_list: list[Actor]) -> list[Span]:
    """'the Shaykhah and Qayyarah' before a plural head at `hi`: the names of the list, last first."""
    names: list[Span] = []
    pos = hi
    while True:
        name = _name_before(norm, max(lo, pos - 80), pos, actor_list)
        if name is None or norm[name[1]:pos] != " " * (pos - name[1]) or pos - name[1] != 1:
            return names
        names.append(name)
        sep = _LIST_SEP_BEFORE.search(norm, max(lo, name[0] - 8), name[0])
        if sep is None:
            return names
        pos = sep.start() + 1


def _one_name(norm: str, first: Span, last: Span) -> bool:
    """Whether 'X and Y' is itself a name: the text also writes it before another capitalised word."""
    whole = norm[first[0]:last[1]]
    pos = norm.find(whole)
    while pos >= 0:
        if norm[pos + len(whole):pos + len(whole) + 2].strip()[:1].isupper():
            return True
        pos = norm.find(whole, pos + 1)
    return False


def _names_listed_after(norm: str, pos: int, hi: int) -> list[Span]:
    """' at Engels, Morozovsk and Millerovo' after a plural head: the names of the list."""
    loc = _LIST_AFTER.match(norm, pos, hi)
    if loc is None:
        return []
    names: list[Span] = []
    start = loc.end()
    while (name := _name_after(norm, start, hi)) is not None and name[0] == start:
        names.append(name)
        sep = _LIST_SEP_AFTER.match(norm, name[1], hi)
        if sep is None:
            break
        start = sep.end()
    # 'two air bases, X and Y': after a bare comma only a list of two or more is the heads' names.
    return names if len(names) > 1 or loc.group("comma") is None else []


def _where_town(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
                kind: str, sent_start: int) -> Candidate | None:
    """'at Tapa, east of Tallinn, where the army's largest base lies', 'Tartus, where Russia keeps a naval base': the
    town a 'where' clause follows names the head that opens the clause or that its subject keeps there."""
    where = doc.norm.rfind(", where ", sent_start, head.begin)
    if where < 0:
        return None
    start = _modifier_start(doc.norm, head.begin, words, actor_ends)
    det = _determiner_before(doc.norm, max(where, start - _DETERMINER_REACH), start)
    if det is None or not _WHERE_CLAUSE.fullmatch(doc.norm, where, det.start()):
        return None
    town = _town_before(doc, where, sent_start)
    if town is None:
        return None
    name = doc.norm[town.span[0]:town.span[1]]
    operator = next((a.code for a in actor_list if where < a.span[0] < head.begin), None)
    # 'where the army's largest base lies': the mention takes in the possessor.
    opening = _WHERE_THE.match(doc.norm, where) if det.group().startswith("'") else None
    cand = Candidate((opening.end() if opening else det.end(), head.stop), name, _display(name, kind, head), kind,
                     "facilities:head-in-place", operator=operator)
    cand.place_span = town.span
    cand.link = "none"
    return cand


def _purpose_determiner(doc: Doc, words: FacilityWords, actor_ends: dict[int, int], head: Hit) -> re.Match[str] | None:
    """The indefinite article before a head and the words that describe it, when one of them says what it is for ('a
    long-range surveillance station'): 'a new station', 'a post on Telegram' say nothing of the kind."""
    norm = doc.norm
    if _definite_just_before(norm, head.begin, words, actor_ends):
        return None
    purposes = _word_role(doc.language, "purpose")
    start = _purpose_start(norm, head.begin, words, actor_ends, purposes)
    # The determiner ends at `start` (its pattern ends on $): the words it would stand before are read first, a split
    # of a few words where the determiner's is a search, and most heads have none of purpose.
    said = norm[start:head.stop].lower().split()
    if not any(w.rsplit("-", 1)[-1] in purposes for w in said):
        return None
    det = _determiner_before(norm, max(0, start - _DETERMINER_REACH), start)
    return det if det is not None and det.group().strip().lower() in _INDEFINITE else None


def _definite_just_before(norm: str, head_start: int, words: FacilityWords, actor_ends: dict[int, int]) -> bool:
    """Whether a definite determiner stands right before a head ('the station', 'its post') that `_modifier_start`
    reads as no modifier: no word describes the head then, and its determiner is no indefinite article. A test of a
    word, where `_purpose_start` walks the modifiers and `_determiner_before` searches."""
    word = _last_word(norm, head_start)
    return (word.lower() in _DEFINITE_WORDS and norm.startswith(word, head_start - 1 - len(word))
            and not _is_acronym(word) and word.lower() not in words.modifiers and head_start - 1 not in actor_ends
            and not _force_name_end(" " + word, words.force_ends))


# The most lower-case words, neither modifiers nor of purpose, that may describe a head before it ('an automatic
# monitoring station'); reading on would take in the words of the clause before the head's phrase.
_OTHER_WORDS_BEFORE_HEAD: Final = 2


def _purpose_start(norm: str, head_start: int, words: FacilityWords, actor_ends: dict[int, int],
                   purposes: frozenset[str]) -> int:
    """Where the words before a head begin that describe it: modifiers, words of purpose ('navigation', 'weather') and
    up to two other lower-case words ('an automatic monitoring station')."""
    pos = _modifier_start(norm, head_start, words, actor_ends)
    unknown = 0
    while unknown < _OTHER_WORDS_BEFORE_HEAD:
        word = _last_word(norm, pos)
        if not _DESCRIBING_WORD.fullmatch(word):
            return pos
        unknown += word.rsplit("-", 1)[-1] not in purposes
        pos = _modifier_start(norm, pos - len(word) - 1, words, actor_ends)
    return pos


def _role_described(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
                    kind: str, sent_start: int) -> Candidate | None:
    """'the navy maintains a small radar station', 'the Royal Danish Navy operated a missile-tracking station on the
    headland': a head no name or place tells, described by a word of purpose or a sea service, that a state or its
    forces run or build is an installation of its own, called by those words (and the force's capitalised name)."""
    norm = doc.norm
    # Most heads have no such verb and determiner before them in their sentence: no need to read their modifiers.
    if _KEEPS_OR_BUILDS_ONE.search(norm, sent_start, head.begin) is None:
        return None
    start = _purpose_start(norm, head.begin, words, actor_ends, _word_role(doc.language, "purpose"))
    det = _determiner_before(norm, max(0, start - _DETERMINER_REACH), start)
    # 'an air surveillance radar station': the head goes on into another, which is read in its turn.
    if det is None or det.group().strip().lower() not in _INDEFINITE or _head_after(norm, head.stop, words) or not (
            _described_role(doc.language, norm[det.end():head.stop])):
        return None
    verb = _KEEPS_OR_BUILDS.search(norm, max(sent_start, det.start() - _KEEPS_OR_BUILDS_REACH), det.start())
    force = _force_before(doc, actor_list, actor_ends, verb.start(), sent_start) if verb else None
    if force is None:
        return None
    phrase = norm[det.end():head.stop]
    force_start, force_end, operator = force
    # 'The Royal Danish Navy operated a listening post': analysts call it by a force's name, as written.
    named = force_end > 0 and all(w[:1].isupper() for w in norm[force_start:force_end].split())
    display = f"{doc.surface((_capitalised_from(norm, force_start), force_end))} {phrase}" if named else phrase
    cand = Candidate((det.end(), head.stop), phrase, display, kind, "facilities:role-described", operator=operator)
    cand.link = "none"
    tail = _cues(doc.language).role_tail.match(norm, head.stop)
    cand.named_to = tail.end() if tail else head.stop
    return cand


def _described_role(lang: str, phrase: str) -> bool:
    """Whether the words of a head phrase say what it is for ('radar', 'missile-tracking') or which sea service's it is
    ('coast guard', 'naval')."""
    purposes = _word_role(lang, "purpose")
    if any(w.rsplit("-", 1)[-1] in purposes for w in phrase.lower().split()):
        return True
    return _sea_services(lang).search(phrase) is not None


def _force_before(doc: Doc, actor_list: list[Actor], actor_ends: dict[int, int], verb_start: int,
                  sent_start: int) -> tuple[int, int, str | None] | None:
    """The state or force ending up to two lower-case words before a verb at `verb_start` ('India has run', 'the air
    force runs', 'The U.S. Air Force ran'): where its name starts and ends (a service's, or -1 for a state's) and the
    state it names, if any."""
    end = verb_start - 1
    for _ in range(3):
        if end <= sent_start or doc.norm[end] != " ":
            return None
        force = _force_ending(doc, actor_list, actor_ends, end, sent_start)
        word = _last_word(doc.norm, end + 1)
        if force is not None or not word.isalpha() or not word.islower():
            return force
        end -= len(word) + 1
    return None


def _force_ending(doc: Doc, actor_list: list[Actor], actor_ends: dict[int, int], end: int,
                  sent_start: int) -> tuple[int, int, str | None] | None:
    """A state, or a state's service, whose name ends at `end` (`_force_before`)."""
    if end in actor_ends:
        return actor_ends[end], -1, next((a.code for a in actor_list if a.span[1] == end), None)
    service = _services_before(doc.language).search(doc.norm, max(sent_start, end - _SERVICE_NAME_REACH), end)
    if service is None:
        return None
    # 'the U.S. Air Force': the state before the service is whose it is.
    state = next((a for a in actor_list if a.span[1] + 1 == service.start()), None)
    return (state.span[0], end, state.code) if state else (service.start(), end, None)


@lru_cache(maxsize=8)
def _services_before(lang: str) -> re.Pattern[str]:
    """A state's service ending where the pattern must end: 'air force', 'coast guard', 'Navy'."""
    services = (*pattern_words(lang)["service"], *_word_role(lang, "seaforce"))
    return re.compile(rf"\b(?:{alternation(services)})$", re.IGNORECASE)


def _town_named_after(doc: Doc, end: int, sent_end: int) -> int | None:
    """Where the town a name-and-head mention ending at `end` is placed at ends ('the X heliport at |Y|'), if one is."""
    bearings = _bearings(doc.language)
    if not _may_open_locative(bearings, doc.norm, end, sent_end):
        return None
    loc = bearings.locative.match(doc.norm, end, sent_end)
    if loc is None or loc.group("prep") not in _TOWN_AFTER_PREPS:
        return None
    place = next((p for p in doc.places if p.span[0] == loc.end()), None)
    return place.span[1] if place is not None and place.kind in _TOWN_PLACE_KINDS else None


def _described_spot(doc: Doc, pos: int, sent_end: int) -> tuple[Span, str, int] | None:
    """After a locative at `pos`, a spot described in lower-case words: the place named next ('a hill above the
    coast, near X') or the town or island the spot is of ('the island's northern tip'), with the locative before that
    place and where the description ends."""
    spot = _cues(doc.language).spot.match(doc.norm, pos, sent_end)
    # 'the old jetty on the naval base at X': a spot that is a base is one of its own; a fishing jetty or a lighthouse
    # is a landmark.
    if spot is not None and _base_inside(doc, spot.start(), spot.start("tail")):
        return None
    if spot is not None:
        # '... near the Syrian town of X': past the settlement word.
        town_of = _cues(doc.language).town_of.match(doc.norm, spot.end())
        name = _name_after(doc.norm, town_of.end() if town_of else spot.end(), sent_end)
        return (name, spot.group("prep"), spot.start("tail")) if name else None
    # 'a naval base in the city', 'a depot outside the town': the town the text named last.
    city = _THE_CITY.match(doc.norm, pos, sent_end) if doc.norm.endswith("the ", 0, pos) else None
    if city is not None:
        town = _the_town(doc, pos, _TOWN_PLACE_KINDS)
        # Another installation told between the town and the head may be what 'the town' is that of.
        words = facility_words(doc.language)
        if town is None or len(list(words.heads.finditer(doc.norm, town.span[1], pos))) > 1:
            return None
        prep = "in" if doc.norm.endswith((" in the ", " inside the "), 0, pos) else "near"
        return town.span, prep, city.end()
    owned = _SPOT_OF_TOWN.match(doc.norm, pos, sent_end)
    # 'a garrison at the city's airport': a spot that is an installation is one of its own.
    words = facility_words(doc.language)
    if owned is None or any(h.text.lower() not in words.weak or words.head_kind[h.text.lower()] == "airfield"
                            for h in words.heads.finditer(doc.norm, owned.start(), owned.end())):
        return None
    kinds = _ISLAND_KINDS | _TOWN_PLACE_KINDS if owned.group(1) == "island" else _TOWN_PLACE_KINDS
    town = _the_town(doc, pos, kinds)
    return (town.span, "near", owned.end()) if town else None


def _base_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` hold a base's head that is no weak one."""
    words = facility_words(doc.language)
    return any(h.text.lower() not in words.weak and words.head_kind[h.text.lower()] in _BASE_KINDS
               for h in words.heads.finditer(doc.norm, start, end))


def _town_before(doc: Doc, pos: int, sent_start: int) -> PlaceMention | None:
    """The town whose name ends at `pos`, or the town set before it with a bearing ('Tapa, east of Tallinn')."""
    before = [p for p in doc.places if sent_start <= p.span[0] and p.span[1] <= pos]
    if not before or before[-1].span[1] != pos:
        return None
    bearing = _bearings(doc.language).bearing.search(doc.norm, max(sent_start, before[-1].span[0] - 60),
                                                     before[-1].span[0])
    if bearing is not None and bearing.end() == before[-1].span[0]:
        before = [p for p in before if p.span[1] == bearing.start()]
    return before[-1] if before and before[-1].kind in _TOWN_PLACE_KINDS else None


def _the_towns(doc: Doc, words: FacilityWords, actor_ends: dict[int, int], head: Hit, kind: str) -> Candidate | None:
    """'the town's airfield', 'the island's airstrip': the head is the town's or island's the text named last."""
    # Most heads have no possessive before them: a substring test spares the walk over modifiers.
    before = doc.norm[max(0, head.begin - 60):head.begin]
    if "'s " not in before and "\u2019s " not in before and "s' " not in before and "s\u2019 " not in before:
        return None
    start = _modifier_start(doc.norm, head.begin, words, actor_ends)
    owner = _THE_TOWNS.search(doc.norm, max(0, start - 20), start)
    if owner is None:
        return None
    # 'the islands' civilian airport': the islands the text named last.
    island = owner.group(1) in (None, "island")
    kinds = _ISLAND_KINDS | _TOWN_PLACE_KINDS if island else _TOWN_PLACE_KINDS
    # 'friction between Athens and Ankara ... the island's airfield': a capital standing for its state is no island's
    # town.
    town = _the_town(doc, owner.start(), kinds, actor_ends if island else None)
    if town is None:
        return None
    name = doc.norm[town.span[0]:town.span[1]]
    # The catalogued installation named after the town, if its kind fits and the article names it, is the one meant
    # ('the town's old airport' where the article's base grew).
    cand = Candidate((owner.start(), head.stop), name, _display(name, kind, head), kind, "facilities:town-owned")
    cand.place_span = town.span
    return cand


def _beside(doc: Doc, actor_list: list[Actor], det: re.Match[str], loc: re.Match[str], head: Hit, kind: str,
            neighbour: Span, town: Span) -> Candidate:
    """'a new air base for the air force beside X international airport', 'a camp next to X airport': an installation
    of its own, named after the one it stands beside and placed in its town."""
    norm = doc.norm
    prep = loc.group("prep").lower()
    said = f"{head.text.lower()} {prep} {norm[neighbour[0]:neighbour[1]]}"
    display = f"{head.text.lower()} {prep} {norm[town[0]:town[1]]}"
    force = (loc.start("force"), loc.end("force")) if loc.group("force") else (0, 0)
    operator = None if kind in _CIVIL_KINDS else (
        next((a.code for a in actor_list if det.end() <= a.span[0] < head.begin
              and _runs_head(norm, a.span, doc.language)), None)
        or next((a.code for a in actor_list if force[0] <= a.span[0] < force[1]), None)
        or _possessor(doc, det, actor_list))
    cand = Candidate((det.end(), head.stop), said, display, kind, "facilities:head-near-place", operator=operator)
    cand.place_span, cand.link = town, "none"
    return cand


def _fronted_town(doc: Doc, words: FacilityWords, actor_list: list[Actor], actor_ends: dict[int, int], head: Hit,
                  kind: str, sent_start: int) -> Candidate | None:
    """'At Tindouf, the works for extending the runway of the air base continue': a definite head in a sentence that
    opens on a town, and names no other place before the head, is that town's."""
    norm = doc.norm
    # A weak head ('the U.S. detachment') may be a unit or a civil place rather than the town's installation.
    if head.text.lower() in words.weak:
        return None
    name_span = _fronted_name(doc, sent_start, head.begin)
    if name_span is None:
        return None
    place = _place_at(doc, name_span)
    # 'At X, in Y, ...': the region placing the town is no other place the head may be at.
    aside = _IN_ASIDE.match(norm, name_span[1])
    if (place is None or place.kind not in _TOWN_PLACE_KINDS or place.span != name_span
            or any(a.span == name_span for a in actor_list)
            or any(name_span[1] < p.span[0] < head.begin and p.kind != "demonym"
                   and not (aside and p.span[0] == aside.end()) and not norm.startswith("'s ", p.span[1])
                   for p in doc.places)):
        return None
    start = _modifier_start(norm, head.begin, words, {})
    word = _last_word(norm, start)
    if _DESCRIBING_WORD.fullmatch(word) and word not in _figurative_words(doc.language):
        start -= len(word) + 1  # 'the oldest air base': a word the vocabulary lacks may describe it
    det = _determiner_before(norm, max(0, start - 60), start)
    # 'the air base', or a state's: 'At X, Malaysia's oldest air base is ...'.
    if det is None or not (det.group().strip().lower() == "the" or (
            det.group().rstrip().endswith("'s") and any(a.span[1] == det.start() + len(det.group().rstrip()) - 2
                                                       for a in actor_list))):
        return None
    name = norm[name_span[0]:name_span[1]]
    cand = Candidate((det.end(), head.stop), name, _display(name, kind, head), kind, "facilities:head-in-place")
    cand.place_span = name_span
    return cand


def _fronted_name(doc: Doc, sent_start: int, head_start: int) -> Span | None:
    """The town a sentence opens on, a comma after it: 'At X, ', 'Further south, in X, '; in 'At X, in Y, ' the
    first, when the places layer knows it as a town."""
    norm = doc.norm
    # The name found is followed by a comma before the head: with none there, the patterns need not be tried.
    if norm.find(",", sent_start, head_start) < 0:
        return None
    first = _FRONTED_AT_FIRST.match(norm, sent_start, head_start)
    for opening in (first, _FRONTED_AT.match(norm, sent_start, head_start)):
        name_span = _name_after(norm, opening.end(), head_start) if opening else None
        if (name_span is not None and norm.startswith(", ", name_span[1])
                and head_start - name_span[1] <= _FRONTED_REACH and (opening is not first or (
                    (place := _place_at(doc, name_span)) is not None and place.kind in _TOWN_PLACE_KINDS))):
            return name_span
    return None


def _the_town(doc: Doc, pos: int, kinds: frozenset[str],
              states: dict[int, int] | None = None) -> PlaceMention | None:
    """The town 'the town' at `pos` stands for: the last one named in its sentence or the one before, else the one the
    article names most (twice at least); none of those `states` (actor ends to starts) reads as a state."""
    starts = [s for s, _ in doc.sentences]
    i = bisect_right_int(starts, pos) - 1
    previous = starts[i - 1] if i > 0 else 0
    towns = [p for p in doc.places if p.kind in kinds and (states is None or states.get(p.span[1]) != p.span[0])]
    recent = [p for p in towns if previous <= p.span[0] and p.span[1] <= pos]
    if recent:
        return recent[-1]
    named = Counter(p.name for p in towns)
    most = max(towns, key=lambda p: named[p.name], default=None)
    return most if most is not None and named[most.name] > 1 else None


def _pick(items: list[Installation], doc: Doc) -> Installation:
    """Of installations sharing an alias ('Air Base 101'), the one in the country the article names most."""
    if len(items) == 1:
        return items[0]
    named = Counter(p.country for p in doc.places)
    return max(items, key=lambda i: named[i.country] if i.country else 0)


def _head_after(norm: str, end: int, words: FacilityWords) -> Hit | None:
    if end < len(norm) and norm[end] in " -":
        return words.heads.match(norm, end + 1)
    return None


# The same few catalog names recur in article after article.
@lru_cache(maxsize=4096)
def _has_head_word(alias: str, lang: str) -> bool:
    words = facility_words(lang)
    return words.heads.search(alias) is not None or words.prefixes.search(alias) is not None


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in taken)


def _only_number(norm: str, span: Span) -> bool:
    """'an airfield at 4,300 metres', 'since 2021, a new barracks', '12 port workers': figures alone name no place;
    a number names a site only after a head or prefix ('Air Base 201', 'Camp 6')."""
    return not any(c.isalpha() for c in norm[span[0]:span[1]])


def _is_name_token(token: str) -> bool:
    if not token:  # a lone '.' once its stop is stripped
        return False
    if token[0].isdigit():
        return bool(_NUMBER_NAME.fullmatch(token))
    # The particle's hyphen is its third or fourth character: most tokens need not try the pattern.
    if "-" in token[2:4] and _HYPHENED_PARTICLE.match(token):
        return True
    # An elided French article before a name: "Les Sables d'Olonne", "Villeneuve-l'Archeveque".
    if token[1:2] in _ELISIONS and token[:1] in "dlDL" and token[2:3].isupper():
        return True
    # 'the Guards' naval base': a plural's possessive, like a singular's, owns what follows rather than naming it.
    return token[0].isupper() and token not in _STOP_NAMES and not token.endswith(("'s", "s'"))


# A capitalised word with a possessive before another capitalised word: "Martha's Vineyard", "Russia's X".


@lru_cache(maxsize=4)
def _name_possessives(norm: str) -> frozenset[int]:
    """Where a possessive begins that is part of a place's name ("Martha's Vineyard", "St John's Wood"): one whose
    possessor the article never writes by itself and that is no town. An owner of a name ("Russia's X air base",
    "Acme's Y plant") is named on its own elsewhere, or is a state the name reading stops at anyway."""
    starts: list[int] = []
    for start, word in _possessives_before_names(norm):
        if _sizeable_town(word, _OWNING_TOWN):
            continue  # 'X's Y international airport': a town owns it.
        if _only_possessive(norm, word):
            starts.append(start)
    return frozenset(starts)


def _possessives_before_names(norm: str) -> list[tuple[int, str]]:
    """(start, word) of each capitalised word written before "'s " and a capitalised word ("Simon's Town"). Read back
    from each "'s ": a pattern opening on a word edge has no literal to skip to, and was tried at every character."""
    found: list[tuple[int, str]] = []
    at = norm.find("'s ")
    while at >= 0:
        if "A" <= norm[at + 3:at + 4] <= "Z" and "a" <= norm[at + 4:at + 5] <= "z":
            start = at
            while start > 0 and "a" <= norm[start - 1] <= "z":
                start -= 1
            if (start < at and start > 0 and "A" <= norm[start - 1] <= "Z"
                    and not (start > 1 and is_word_char(norm[start - 2]))):
                found.append((start - 1, norm[start - 1:at]))
        at = norm.find("'s ", at + 3)
    return found


def _only_possessive(norm: str, word: str) -> bool:
    """Whether every whole-word `word` in `norm` stands before "'s ". Found by str.find: a pattern opening on a word
    edge has no literal to skip to, and was tried at every character of the article once per possessive."""
    at = norm.find(word)
    while at >= 0:
        end = at + len(word)
        if (not (at and is_word_char(norm[at - 1])) and not (end < len(norm) and is_word_char(norm[end]))
                and not starts_at(norm, end, "'s ")):
            return False
        at = norm.find(word, at + 1)
    return True


def _name_before(norm: str, lo: int, hi: int, actor_list: list[Actor],
                 stops: list[Span] | None = None) -> Span | None:
    """The capitalised name (with particles: 'al Shaddadi') ending just before `hi`, if any."""
    stops = stops or []
    start = None
    expect_end = hi
    # The window's tokens are read back from its end, each only when the name may go on: most names are a token or
    # two long, so the window is not tokenised whole.
    span = _token_by(norm, lo, hi, hi)
    last = span[1] if span else hi
    bracketed: Span | None = None  # a bracketed word read, and where the name goes on after its ')'
    while span is not None:
        s, e = span
        span = _token_by(norm, lo, hi, s)
        gap = norm[e:expect_end].strip(" -")
        if e > expect_end or (gap and not (start is not None and _bracketed_in_name(norm, s, e, gap, actor_list))):
            break
        if gap == ")":
            bracketed = s, expect_end
        token = norm[s:e]
        # 'Kuwait International Airport': a capitalised head makes a state's name before it the name.
        if actor_list and (start is not None or norm[hi:hi + 1].isupper()) and (
                opener := _opening_actor(norm, (s, e), actor_list)) is not None and opener >= lo:
            start = expect_end = opener
            span = _token_by(norm, lo, hi, opener) if opener < s else span
            continue
        if (actor_list and _in_actor(s, actor_list, norm, lo, hi)) or any(a <= s < b for a, b in stops):
            break
        # 'the New Norcia tracking station': mid-sentence, 'New' before a name opens it rather than modifying it;
        # 'Gwadar New International Airport': before a capitalised head it goes on from the name before it.
        opens = token.lower() in _PARTICLES or (token == "New" and s > lo)
        if _is_name_token(token) or s in _name_possessives(norm) or (start is not None and opens) or (
                start is not None and _inside_run(norm, lo, hi, s, token)) or (
                token == "New" and start is None and norm[hi:hi + 1].isupper() and _token_by(norm, lo, hi, s)):
            start = s
        else:
            break
        expect_end = s
    if start is None or norm[start:last] == "New":
        return None
    # 'Fiji (Lau) Islands Airport': a name cut before its brackets starts after them, not inside.
    if bracketed is not None and start == bracketed[0]:
        start = bracketed[1]
    while norm[start:start + 4].lower() == "the ":
        start += 4
    # Only an Arabic article opens a name: 'the apron of Rafael Hernandez Airport' names 'Rafael Hernandez'.
    first = _TOKEN.match(norm, start)
    while first and first.group() in _INNER_PARTICLES and first.end() < hi:
        start = first.end() + 1
        first = _TOKEN.match(norm, start)
    # 'the town of Le Port': a head after an article alone is the last word of a town's name, not a facility's.
    return (start, last) if start < last and norm[start:last].lower() not in _PARTICLES else None


def _inside_run(norm: str, lo: int, hi: int, pos: int, token: str) -> bool:
    """A capitalised word the name reading stops at (facility_words.tsv's 'inner' role) goes on a name it stands
    inside, a name's word before it: 'the X Home Guard station', 'the X Military District headquarters'."""
    if token.lower() not in _inner_words():
        return False
    prior = _token_by(norm, lo, hi, pos)
    return prior is not None and norm[prior[1]:pos] == " " and _is_name_token(norm[prior[0]:prior[1]])


@lru_cache(maxsize=1)
def _inner_words() -> frozenset[str]:
    """The 'inner' words of every language: the name reading, like `_STOP_NAMES`, knows no article's language."""
    return frozenset(r["word"].lower() for r in table("facility_words.tsv") if r["role"] == "inner")


def _bracketed_in_name(norm: str, s: int, e: int, gap: str, actor_list: list[Actor]) -> bool:
    """Whether a gap of brackets inside a name leaves it one name: 'Cocos (Keeling) Islands' gives an island group's
    second name in brackets. Read back, the bracketed word is a capitalised word (no acronym: 'the Royal Air Force
    (RAF) base' glosses a force) right after its '(', and the word before the '(' goes on the name unless it is a
    state's: 'Mali (Gao) air base' says where the named place is."""
    if gap == ")":
        token = norm[s:e]
        return norm[s - 1:s] == "(" and _is_name_token(token) and not token.isupper()
    return (gap == "(" and _BRACKETED_WORD.match(norm, e) is not None
            and not any(a.span[0] <= s < a.span[1] for a in actor_list))


def _token_by(norm: str, lo: int, hi: int, pos: int) -> Span | None:
    """The last `_TOKEN` of norm[lo:hi] that ends at or before `pos`, found by walking back from `pos`."""
    if pos <= lo:
        return None
    end = pos
    if pos < hi and not _separates(norm[pos]) and not _separates(norm[pos - 1]):
        # `pos` falls inside a token, which ends after it.
        while end > lo and not _separates(norm[end - 1]):
            end -= 1
    while end > lo and _separates(norm[end - 1]):
        end -= 1
    if end == lo:
        return None
    start = end - 1
    while start > lo and not _separates(norm[start - 1]):
        start -= 1
    return start, end


def _separates(char: str) -> bool:
    """Whether `char` stands between `_TOKEN`s: whitespace (as \\s reads it) or one of its punctuation marks."""
    return char in _TOKEN_BREAKS or char.isspace()


def _opening_actor(norm: str, span: Span, actor_list: list[Actor]) -> int | None:
    """Where the state's or capital's own name ending with the token at `span` starts: 'Kuwait International
    Airport', 'St Helena Airport', 'the Mozambique LNG plant' open with it; a demonym ('the Russian Hmeimim base') or
    an abbreviation ('the US Al Udeid base') says whose it is."""
    # The actor test first: most tokens before a head are no state's name.
    for actor in actor_list:
        if actor.span[1] == span[1] and actor.span[0] <= span[0]:
            said = norm[actor.span[0]:actor.span[1]]
            return None if said.isupper() or said in _demonyms() else actor.span[0]
    return None


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(row["demonym"] for row in table("demonyms.tsv"))


def _in_actor(pos: int, actor_list: list[Actor], norm: str, lo: int, hi: int) -> bool:
    """Whether the token at `pos` is a state's name that ends a name (not one inside it: 'Barque Canada Reef');
    `lo` and `hi` bound the window whose tokens are read."""
    for actor in actor_list:
        if actor.span[0] <= pos < actor.span[1]:
            return not _inside_name(norm, lo, hi, actor, actor_list)
    return False


def _inside_name(norm: str, lo: int, hi: int, actor: Actor, actor_list: list[Actor]) -> bool:
    """'Barque Canada Reef': a state's name right after a capitalised word is part of a longer name."""
    prior = _token_by(norm, lo, hi, actor.span[0])
    if prior is None or norm[prior[1]:actor.span[0]] != " ":
        return False
    return _is_name_token(norm[prior[0]:prior[1]]) and not any(a.span[0] <= prior[0] < a.span[1] for a in actor_list)


def _name_after(norm: str, lo: int, hi: int) -> Span | None:
    """The capitalised name (with particles) starting at `lo`, if any."""
    end = None
    pos = lo
    for m in _TOKEN.finditer(norm, lo, hi):
        if m.start() != pos:
            break
        # A name ends a question or an exclamation too: 'Why does Argentina want a naval base in Ushuaia?'.
        token = m.group().rstrip(".?!\u201d")
        particle = token.lower() in _NAME_PARTICLES and norm[m.end():m.end() + 2].strip()[:1].isupper()
        if _is_name_token(token) or particle or m.start() in _name_possessives(norm):
            end = m.start() + len(token)
        else:
            break
        pos = m.end() + 1
        if norm[m.end():m.end() + 1] != " ":
            break
    if end is None:
        return None
    return lo, end


def _owner_start(norm: str, det: re.Match[str]) -> int:
    """Where a placed head's owner starts, if its determiner names one ('its base at X', "the navy's base at X"), else
    where the mention starts, after the determiner."""
    word = det.group().strip().lower()
    if word in _POSSESSIVE:
        return det.start()
    if word.startswith(_OWNER_MARKS[0][0]) or word.startswith(_OWNER_MARKS[1][0]):
        return _owner_phrase_start(norm, det.start(), det.end())
    return det.end()


def _owner_phrase_start(norm: str, end: int, fallback: int) -> int:
    """Where the owner ending at a possessive mark starts: its capitalised name ("the Ostland Coast Guard's base"),
    the lower-case words an article opens ("the police maritime wing's base"), else its last lower-case word."""
    starts: list[int] = []
    pos = end
    opened = False
    while len(starts) < _OWNER_WORDS_MAX and pos > 0:
        space = norm.rfind(" ", max(0, pos - 40), pos)
        word = norm[space + 1:pos]
        if word.lower() in _DETERMINERS:
            opened = True
            break
        if not word or not all(c.isalnum() or c in ".-" for c in word):
            break
        if starts and word[:1].isupper() != norm[starts[0]].isupper():
            # "the Malagasy navy's base": one capitalised word an article opens says whose service it is.
            if word[:1].isupper() and _last_word(norm, space + 1).lower() in _DETERMINERS:
                starts.append(space + 1)
                opened = True
            break
        starts.append(space + 1)
        pos = space
    if not starts or not (norm[starts[0]].isupper() or norm[starts[0]].islower()):
        return fallback
    # Lower-case words are the owner's only back to an article: 'toured the navy's base' is the navy's alone.
    return starts[-1] if norm[starts[0]].isupper() or opened else starts[0]


def _determiner_before(norm: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_DETERMINER` ending at `hi`, searched from `lo`. Any match lies in the last word there, so only that word is
    searched: the pattern, opening on \b, would be tried at every position."""
    before = norm[lo:hi]
    word_end = len(before.rstrip())
    if word_end in (0, len(before)):
        return None
    word = before[:word_end].rsplit(None, 1)[-1]
    # The word is a determiner or ends on a possessive: most are neither. Non-ASCII text goes to the pattern, which
    # under IGNORECASE matches 'ı' for 'i'.
    if word.isascii() and not word.lower().endswith(_DETERMINER_ENDS):
        return None
    return _DETERMINER.search(norm, lo + word_end - len(word), hi)


def _modifier_start(norm: str, head_start: int, words: FacilityWords, actor_spans: dict[int, int]) -> int:
    """Where the modifiers before a head begin ('the US military base' -> before 'US'); `actor_spans`: end -> start."""
    pos = head_start
    while True:
        # The last word in the 40 characters before `pos`, if spaces end them: stripping and splitting read spaces
        # as a regex's \s does, without its trial at every position.
        before = norm[max(0, pos - 40):pos]
        word_end = len(before.rstrip())
        if word_end in (0, len(before)):
            return pos
        word = before[:word_end].rsplit(None, 1)[-1]
        word_start = pos - len(before) + word_end - len(word)
        # 'the Russian-built radar station': a hyphened modifier counts by its last part; so does a measure
        # ('the island's 2,000-metre airport').
        # 'the ex-French base': who held it once, which names no place.
        if (word.lower() in words.modifiers or word.rsplit("-", 1)[-1].lower() in words.modifiers
                or ("-" in word and _MEASURE_WORD.fullmatch(word))
                or (word[1:3] == "x-" and _EX_NAME.fullmatch(word))):
            pos = word_start
        elif word_start + len(word) in actor_spans:
            pos = actor_spans[word_start + len(word)]
        elif _is_acronym(word) or (word[:1] == "(" and word[-1:] == ")" and _is_acronym(word[1:-1])):
            # 'the NATO base in X', 'a UN camp': an organisation's acronym says whose the head is; so does the short
            # form after a force's name ('the Armed Forces (SAF) base').
            pos = word_start
        elif _force_name_end(" " + word, words.force_ends) and (start := _force_name_start(norm, word_start,
                                                                                actor_spans)) < word_start:
            # 'the Rapid Support Forces camp near X', 'a U.S. Navy fuel depot': a force's whole name says whose the
            # head is.
            pos = start
        elif word == "and" and (before := _last_word(norm, word_start)).lower() in words.modifiers:
            # 'a drone and missile launch site', 'a fuel and ammunition depot': modifiers joined by 'and'.
            pos = word_start
        elif word == "and" and before.lower() in words.head_kind:
            # 'a harbour and dockyard for the coast guard at X': a head joined to this one.
            pos = word_start - len(before) - 1
        else:
            return pos


def _force_name_start(norm: str, word_start: int, actor_spans: dict[int, int]) -> int:
    """Where the force's name whose last word starts at `word_start` begins: at its capitalised words ('Rapid Support
    Forces') or at the state's name before it ('U.S. Navy'); `actor_spans`: end -> start."""
    start = _capitalised_from(norm, word_start)
    return actor_spans.get(word_start - 1, start) if start == word_start else start


def _last_word(norm: str, end: int) -> str:
    """The word that a space right before `end` follows, or ''."""
    if end < 2 or norm[end - 1] != " ":
        return ""
    words = norm[max(0, end - 24):end - 1].rsplit(None, 1)
    return words[-1] if words else ""


def _runs_head(norm: str, actor: Span, lang: str) -> bool:
    """Whether a state among a head's modifiers runs it: not one that only built it ('the Russian-built radar') nor
    one that did ('the former British air base'); 'the US-run base' says so."""
    if norm.startswith("-", actor[1]) and not _cues(lang).run_compound.match(norm, actor[1]):
        return False
    return _FORMER_BEFORE.search(norm, max(0, actor[0] - 7), actor[0]) is None


def _classifiers_start(norm: str, head_start: int, words: FacilityWords) -> int:
    """Where up to three lower-case modifiers right before a head begin ('naval' in 'X naval air base')."""
    pos = head_start
    for _ in range(3):
        end = pos - 1
        if end <= 0 or norm[end] != " ":
            break
        start = norm.rfind(" ", 0, end) + 1
        word = norm[start:end]
        # 'X air and naval base': a modifier coordinated with the head's own first word.
        if word == "and" and start > 1 and norm[start - 1] == " ":
            word_end = start - 1
            start = norm.rfind(" ", 0, word_end) + 1
            word = norm[start:word_end]
        if not word.islower() or word not in words.modifiers:
            break
        pos = start
    return pos


def _described_from(doc: Doc, head_start: int) -> int:
    """Where one lower-case describing word right before a head begins (`head_start` if there is none)."""
    word = _last_word(doc.norm, head_start)
    if not _DESCRIBING_WORD.fullmatch(word) or word in _figurative_words(doc.language):
        return head_start
    return head_start - len(word) - 1


def _actor_just_before(norm: str, start: int, actor_list: list[Actor], lang: str) -> str | None:
    """The state named right before a name ('Russia's Hmeimim', 'the Russian Tartus base')."""
    # The gap holds nothing but spaces, lower-case letters, apostrophes and hyphens: a state ending before the last
    # other character before the name is too far back to try the pattern on.
    floor = start
    while floor and _in_possessive_gap(norm[floor - 1]):
        floor -= 1
    gap = _cues(lang).possessive_gap
    for actor in actor_list:
        if floor <= actor.span[1] <= start and gap.fullmatch(norm, actor.span[1], start):
            return actor.code
    return None


def _in_possessive_gap(char: str) -> bool:
    """Whether `char` may stand in a `_Cues.possessive_gap` match."""
    return char.isspace() or "a" <= char <= "z" or char in "'\u2019-"


def _keeper(doc: Doc, det_start: int, actor_list: list[Actor]) -> str | None:
    """'China has one base ...', 'Russia also keeps a base ...': the state whose verb of keeping the determiner
    follows."""
    lo = max(0, det_start - 24)
    # The verb is the last word before the determiner: most words there are none, and need no search.
    words = doc.norm[lo:det_start].rsplit(None, 1)
    cues = _cues(doc.language)
    verb = cues.keeps.search(doc.norm, lo, det_start) if words and words[-1].endswith(cues.keeping_verbs) else None
    if verb is None:
        return None
    # 'The Turkish army operates a base ...': the state's service may stand between it and the verb.
    return next((a.code for a in actor_list if _KEEPER_GAP.fullmatch(doc.norm, a.span[1], verb.start())), None)


def _planner(doc: Doc, det_start: int, actor_list: list[Actor]) -> str | None:
    """'an earlier Indian plan for a base on X': the state whose plan the base is would run it."""
    lo = max(0, det_start - 20)
    if doc.norm.find("for", lo, det_start) < 0:
        return None
    plan = _cues(doc.language).plan_for.search(doc.norm, lo, det_start)
    if plan is None:
        return None
    return next((a.code for a in actor_list if a.span[1] + 1 == plan.start()), None)


def _owner_before(doc: Doc, start: int, actor_list: list[Actor]) -> str | None:
    """'The Sri Lanka Navy moved its Southern Naval Command headquarters': the state 'its' points to."""
    det = _OWNER_DETERMINER.search(doc.norm, max(0, start - 7), start)
    return _possessor(doc, det, actor_list) if det else None


# How far a state may end before the possessive apostrophe it owns by: a service's name after it ('the Kenyan
# navy's', 'Russia's air force's').
_SERVICE_BEFORE_OWNED: Final = 12


def _possessor(doc: Doc, det: re.Match[str], actor_list: list[Actor], group: int | str = 0) -> str | None:
    """'France handed its base at X', 'the Kenyan navy's base at X': the state a possessive (`det`'s `group`) points
    to."""
    word, at = det.group(group).strip().lower(), det.start(group)
    sent_start = doc.sentence_of(at)[0]
    if word.startswith("'"):
        return next((a.code for a in reversed(actor_list) if a.span[1] <= at
                     and 0 <= at - a.span[1] <= _SERVICE_BEFORE_OWNED and sent_start <= a.span[0]), None)
    if word not in _POSSESSIVE:
        return None
    # 'The Bolivian navy hosted Peruvian naval officers at its X base': 'its' is not said of a state's people.
    singular = _cues(doc.language).singular_possessive
    before = [a for a in actor_list if sent_start <= a.span[0] and a.span[1] <= at
              and not (word in singular and _PLURAL_AFTER.match(doc.norm, a.span[1]))]
    return before[-1].code if before else None


def _town_in(doc: Doc, name: Span) -> Span | None:
    """A town or division the name is made of ('Konarak naval base') or that owns it ("N'Djamena's Hassan Djamous
    airport"): the facility lies there."""
    norm, after_town = doc.norm, _cues(doc.language).name_after_town
    start, end = name
    # The positions are compared before any text: most places lie neither in the name nor right before it.
    for place in doc.places:
        place_start, place_end = place.span
        if place.kind in _NAMING_PLACE_KINDS and (
                (start <= place_start and place_end <= end and after_town.fullmatch(norm, place_end, end)
                 and _town_opens(doc, start, place_start))
                or (place_end < start and _owner_mark_at(norm, place_end, start)
                    and _OWNER_GAP.fullmatch(norm, place_end, start))):
            return place.span
        # "Tinian's wartime North Field": an island owns the name too.
        if place.kind in _ISLAND_KINDS and place_end < start and _OWNER_MODIFIED.fullmatch(norm, place_end, start):
            return place.span
    # 'the Gwadar Port Authority complex', where the places layer left the town inside the name: a town the text
    # names on its own elsewhere (not only as the start of a longer name: 'Tell Beydar') that opens the name and a
    # space, or a hyphen and a number ('Mary-2 air base'). Its length and that space are tested before its text.
    size = end - start
    for place in doc.places:
        place_start, place_end = place.span
        length = place_end - place_start
        if (place.kind in _NAMING_PLACE_KINDS and length < size and (norm[start + length] == " " or (
                norm[start + length] == "-" and norm[start + length + 1:start + length + 2].isdigit()))
                and norm[start:start + length] == norm[place_start:place_end]
                and not _NEXT_WORD.match(norm, place_end)):
            return place.span
    return None


def _final_word(norm: str, span: Span) -> Span:
    start, end = span
    return max(start, norm.rfind(" ", start, end) + 1), end


def _town_opens(doc: Doc, start: int, place_start: int) -> bool:
    """A town names the facility from the name's opening, after words of direction ('North Kazan airfield') or after a
    particle ('Lago del Fuerte airport'): a town's name that only ends it is a person's ('the Arthur Lewis
    International Airport' is not in a town Lewis)."""
    norm = doc.norm
    direction = _bearings(doc.language).direction
    pos = start
    while pos < place_start and (word := direction.match(norm, pos)) is not None:
        pos = word.end()
    if pos == place_start:
        return True
    before = norm[start:place_start].split()
    return before[-1] in _NAME_PARTICLES if before else False


def _owner_mark_at(norm: str, pos: int, end: int) -> bool:
    """`norm.startswith(_OWNER_MARKS, pos, end)` one mark at a time (`starts_at`: compiled, `startswith` given a tuple
    or a position is a generic method call)."""
    return any(pos + len(mark) <= end and starts_at(norm, pos, mark) for mark in _OWNER_MARKS)


def _place_at(doc: Doc, span: Span) -> PlaceMention | None:
    return next((p for p in doc.places if p.span[0] < span[1] and span[0] < p.span[1]), None)


def _military_context(doc: Doc, words: FacilityWords, sent: Span, strong: list[int]) -> bool:
    """Military words, equipment or a base word in the sentence (`strong`: starts of the text's non-weak heads), or
    a facility word with an event ('the airport was bombed')."""
    start, end = sent
    text = doc.norm[start:end]
    if words.context.search(text) or any(start <= e.span[0] < end for e in doc.equipment):
        return True
    if bisect_left_int(strong, end) > bisect_left_int(strong, start):
        return True
    # The head being weighed is itself a facility word in the sentence.
    # An event word other than one any office may do ('received several calls').
    neutral = _neutral_event_words(doc.language)
    # A range of the article, not the sentence's text: a whole text of its own would take the shared word pass over,
    # and the article's next whole-text search would scan it again.
    return any(t.text.lower() not in neutral for t in event_words(doc.language).triggers.finditer(doc.norm, start, end))


def _same(first: Candidate, other: Candidate) -> bool:
    if first.item or other.item:
        return first.item is not None and other.item is not None and first.item.id == other.item.id
    if first.key != other.key or not first.key:
        return False
    families = {_FAMILY[first.kind], _FAMILY[other.kind]} - {"any"}
    # 'a fuel depot at the port of X' and the port: a depot, site or terminal of no kind of its own is not the port.
    if len(families) > 1 or not _linkable_kinds(first.kind, other.kind) or {first.kind, other.kind} in (
            _PORT_AND_NAVAL, _PORT_AND_OTHER):
        return False
    # 'its main base in X' and 'a training camp outside X': heads of two words, one in the town, one outside it.
    if {first.rule, other.rule} == _PLACED_RULES and first.display != other.display:
        return False
    return not (first.operator and other.operator and first.operator != other.operator)


def _name_part(short: str, name: str) -> bool:
    """Whether `short` is the first or last words of `name`, a space or hyphen apart ('Quirra' of 'Salto di Quirra',
    'Pamandzi' of 'Dzaoudzi-Pamandzi', 'Valley' of 'RAF Valley')."""
    size = len(short)
    if len(name) <= size + 1:
        return False
    return (name.startswith(short) and name[size] in _NAME_PART_BREAKS) or (
        name.endswith(short) and name[-size - 1] in _NAME_PART_BREAKS)


def _joinable(part: Candidate, whole: Candidate, airports: tuple[str, ...]) -> bool:
    """Whether a mention by part of a name may be the installation of the whole name, as `_same` joins one name."""
    # 'the Svalbard Satellite Station' is not 'Svalbard Airport': a head of no kind of its own joins no air or sea
    # installation by a word of its name; nor is 'X air base' the 'X International Airport'.
    return (_FAMILY[part.kind] == _FAMILY[whole.kind]
            and {part.kind, whole.kind} not in (_PORT_AND_NAVAL, _PORT_AND_OTHER)
            and not (part.operator and whole.operator and part.operator != whole.operator)
            and _airport_alike(part, whole, airports))


def _airport_alike(part: Candidate, whole: Candidate, airports: tuple[str, ...]) -> bool:
    """Whether both or neither are named as airports, or the other is an airfield of no military word ('Pamandzi
    airfield' of the 'Dzaoudzi-Pamandzi airport')."""
    part_airport, whole_airport = _named_airport(part, airports), _named_airport(whole, airports)
    return part_airport == whole_airport or (whole if part_airport else part).kind == "airfield"


def _merge_name_parts(groups: list[list[Candidate]], airports: tuple[str, ...], lang: str) -> list[list[Candidate]]:
    """'the Salto di Quirra firing range' ... 'the Quirra range', 'Camp Teodulfo Bautista' ... 'Camp Bautista', 'RAF
    Valley' ... 'the runway at Valley': a name of its own that is the first or last words of the one other name of
    an installation of its kind in the text is that installation, called short."""
    names = [{c.name for c in g} | ({g[0].item.name} if g[0].item else set()) for g in groups]
    whole_of: dict[int, int] = {}
    for i, group in enumerate(groups):
        part = group[0]
        if part.item is not None or part.rule not in _PART_NAME_RULES or len({c.name for c in group}) > 1:
            continue
        # An everyday word ('the army's Central Command headquarters') may be a word of any name: only a catalogued
        # name vouches for it ('Valley' of RAF Valley).
        everyday = " " not in part.name and common_word(part.name.lower(), lang)
        wholes = [j for j, other in enumerate(groups) if j != i and other[0].rule in _WHOLE_NAME_RULES
                  and (other[0].item is not None or not everyday)
                  and any(_name_part(part.name, name) for name in names[j])
                  and _joinable(part, other[0], airports)]
        if len(wholes) == 1:
            whole_of[i] = wholes[0]
    # The installation keeps the place of the name the text gives first, and a catalogued one its own.
    kept: dict[int, int] = {}
    for i, j in whole_of.items():
        if i not in kept.values() and j not in kept.values() and j not in kept:
            first, later = (j, i) if j < i or groups[j][0].item else (i, j)
            groups[first].extend(groups[later])
            kept[later] = first
    return [g for i, g in enumerate(groups) if i not in kept]


def _merge_placed_in(norm: str, groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """'the Lombrum naval base on Manus Island' makes a later 'Manus naval base' the same installation: a name the
    text puts another facility of the same kind in stands for that facility."""
    # Where each group's mentions place it ('... on |Manus Island'): a name starting there is the place.
    placed_at = [[m.end() for c in group if (m := _PLACED_IN.match(norm, c.span[1]))] for group in groups]
    if not any(placed_at):
        return groups
    merged: list[list[Candidate]] = []
    for group in groups:
        host = _host_placed_in(norm, groups, placed_at, group)
        if host is None:
            merged.append(group)
        else:
            host.extend(group)
    return merged


def _host_placed_in(norm: str, groups: list[list[Candidate]], placed_at: list[list[int]],
                    named: list[Candidate]) -> list[Candidate] | None:
    first = named[0]
    family = _FAMILY[first.kind]
    if first.item or family == "any" or not first.name:
        return None
    size = len(first.name)
    for other, starts in zip(groups, placed_at, strict=True):
        if other is not named and _FAMILY[other[0].kind] == family and any(
                norm[p:p + size] == first.name and not norm[p + size:p + size + 1].isalnum() for p in starts):
            return other
    return None


# The catalog's divisions recur in article after article.
_division_key = lru_cache(maxsize=4096)(name_key)


def _merge_region_named(facilities: list[Facility],
                        groups: list[list[Candidate]]) -> tuple[list[Facility], list[list[Candidate]]]:
    """'Spotters count U.S. tankers at Lajes as Azores base comes back to life': a base named only by the division
    that one catalogued installation of the article lies in is that installation."""
    # Names of one word or two, those of divisions, once: most articles have none a catalogued item's division has.
    named = {i: _division_key(g[0].name) for i, g in enumerate(groups)
             if len(g) == 1 and g[0].item is None and g[0].rule == "facilities:name-head" and g[0].name.count(" ") < 2}
    if not named or len(facilities) < 2:
        return facilities, groups
    wanted = set(named.values())
    divisions: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        item = group[0].item
        if item is not None and item.admin1 and (key := _division_key(item.admin1)) in wanted:
            divisions.setdefault(key, []).append(i)
    dropped: set[int] = set()
    for i, key in named.items():
        same = divisions.get(key, [])
        if len(same) == 1 and _linkable_kinds(groups[i][0].kind, groups[same[0]][0].kind):
            # Its mentions only, not its names as aliases (`_absorb`): the division stands for the installation in
            # this article alone, and an alias would join other articles' facilities in the division to it.
            facilities[same[0]].mentions.extend(facilities[i].mentions)
            dropped.add(i)
    if not dropped:
        return facilities, groups
    return _without(facilities, groups, dropped)


def _dominant_division(doc: Doc, facilities: list[Facility], actor_list: list[Actor]) -> None:
    """'Lorwen Air Base ... officials in Cagliari ... the mayor of Cagliari': a facility that nothing places in a
    division lies in the division that the article's towns of its country dominate (named three times at least,
    twice as often as any other of that country). Capitals standing for their states ('Jakarta said') are no towns of
    the story; a facility named as at a town ('the garrison at X') lies where that town does, which the gazetteer may
    not know."""
    # 'the garrison at X': a facility the text places by a town the gazetteer does not know is no story's.
    unplaced = [f for f in facilities if f.country and not f.admin1 and f.rule not in _PLACED_RULES]
    if not unplaced:
        return
    states = {a.span for a in actor_list}
    divisions = Counter((p.country, p.admin1) for p in doc.places
                        if p.kind in _DIVISION_PLACE_KINDS and p.admin1 and p.span not in states)
    for fac in unplaced:
        ranked = [(admin1, n) for (country, admin1), n in divisions.most_common() if country == fac.country]
        if not ranked:
            continue
        top, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= _DOMINANT_MIN and count >= 2 * runner_up:
            fac.admin1 = top


def _headline_end(norm: str) -> int:
    """Where the headline, the text's first line, ends; 0 when the text opens with no headline line (ingest has
    taken off any front matter)."""
    end = norm.find("\n")
    if end < 0 or end > _HEADLINE_MAX or _CLOSED_LINE.search(norm, 0, end):
        return 0
    return end


def _drop_headline_only(norm: str, facilities: list[Facility],
                        groups: list[list[Candidate]]) -> tuple[list[Facility], list[list[Candidate]]]:
    """'Marines seize a X airport as drills reach the islands', 'U.S. builds up X airfield': an uncatalogued name
    only the headline gives, over a body that names its installations, is the headline's shorthand for one of them
    (the island's or region's), no installation of its own."""
    end = _headline_end(norm)
    if not end:
        return facilities, groups
    told = [all(stop <= end for _, stop in f.mentions) and all(c.item is None for c in g)
            for f, g in zip(facilities, groups, strict=True)]
    if not any(told) or all(told):
        return facilities, groups
    return ([f for f, t in zip(facilities, told, strict=True) if not t],
            [g for g, t in zip(groups, told, strict=True) if not t])


def _drop_harbours_of_call(doc: Doc, facilities: list[Facility],
                           groups: list[list[Candidate]]) -> tuple[list[Facility], list[list[Candidate]]]:
    """'a training ship docked in X harbour', 'a corvette docked at the naval station, within Y harbour': a town's
    harbour the text tells only as where ships call is the town's waters, as a port named only as a place is (a visit
    at no facility, docs/data-model.md); one where the text tells of works, basing or a strike is an installation."""
    water = _word_role(doc.language, "water")
    harbours = [all(c.item is None and c.kind in _CIVIL_KINDS
                    and doc.norm[c.span[0]:c.span[1]].rsplit(None, 1)[-1].lower() in water for c in g)
                for g in groups]
    if not any(harbours):
        return facilities, groups
    named = sorted(m for f in facilities for m in f.mentions)
    called = [harbour and _only_visits(doc, f.mentions, named)
              for f, harbour in zip(facilities, harbours, strict=True)]
    if not any(called):
        return facilities, groups
    return ([f for f, t in zip(facilities, called, strict=True) if not t],
            [g for g, t in zip(groups, called, strict=True) if not t])


def _only_visits(doc: Doc, mentions: list[Span], named: list[Span]) -> bool:
    """Whether the sentences of `mentions` tell a visit and no event of another kind. A trigger inside an
    installation's name ('the X naval station') and a word that deploys only forces ('residents posted photographs')
    tell none."""
    words = event_words(doc.language)
    skipped = _neutral_event_words(doc.language) | forces_only_deployments(doc.language)
    kinds = {words.trigger_type[t.text.lower()][0] for start, end in {doc.sentence_of(m[0]) for m in mentions}
             for t in words.triggers.finditer(doc.norm, start, end)
             if t.text.lower() not in skipped and not _overlaps((t.begin, t.stop), named)}
    return "visit" in kinds and kinds <= _CALL_KINDS


def _absorb(kept: Facility, other: Facility) -> None:
    """Make `other`'s mentions and new aliases `kept`'s: the two are one installation."""
    kept.mentions.extend(other.mentions)
    kept.aliases.extend(a for a in other.aliases if a not in kept.aliases)


def _without(facilities: list[Facility], groups: list[list[Candidate]],
             dropped: set[int]) -> tuple[list[Facility], list[list[Candidate]]]:
    """The facilities and their candidate groups but those at the `dropped` indices (merged into others)."""
    return ([f for i, f in enumerate(facilities) if i not in dropped],
            [g for i, g in enumerate(groups) if i not in dropped])


def _merge_renamed(norm: str, facilities: list[Facility],
                   groups: list[list[Candidate]]) -> tuple[list[Facility], list[list[Candidate]]]:
    """'its airfield now operates as X Airport', 'Henderson Field, the wartime airstrip that is now X Airport': the
    second name is the first facility's."""
    # The cue words are rare: plain substring tests spare the regex scan of most articles.
    if len(facilities) < 2 or not any(word in norm for word in _RENAMED_WORDS):
        return facilities, groups
    ends = {e: fac for fac in facilities for _, e in fac.mentions}
    kept: dict[int, int] = {id(fac): i for i, fac in enumerate(facilities)}
    for later in facilities:
        first = min(later.mentions)
        window = max(0, first[0] - 80)
        if not any(norm.find(word, window, first[0]) >= 0 for word in _RENAMED_WORDS):
            continue
        cue = _RENAMED.search(norm, window, first[0])
        earlier = ends.get(cue.start()) if cue else None
        if earlier is None or earlier is later or id(earlier) not in kept or id(later) not in kept:
            continue
        _absorb(earlier, later)
        groups[kept[id(earlier)]].extend(groups[kept.pop(id(later))])
    order = sorted(kept.values())
    return [facilities[i] for i in order], [groups[i] for i in order]


def _merge_military_parts(doc: Doc, facilities: list[Facility],
                          groups: list[list[Candidate]]) -> tuple[list[Facility], list[list[Candidate]]]:
    """The military part of an airport (its military side, apron or part) is the one air base the text names there,
    no installation of its own: one a sentence says shares the airport's runway, or one whose name the part is set
    after ('X air base, the military side of Y airport')."""
    parts = [i for i, g in enumerate(groups) if g[0].rule == _MILITARY_PART_RULE]
    if not parts:
        return facilities, groups
    airports = _airport_endings(doc.language)
    dropped: set[int] = set()
    for i in parts:
        airport = next((j for j, g in enumerate(groups) if j != i and any(c.key == groups[i][0].part_of for c in g)),
                       None)
        if airport is None:
            continue
        bases = {j for j, g in enumerate(groups) if j not in (i, airport) and j not in dropped
                 and g[0].rule != _MILITARY_PART_RULE and facilities[j].kind in _AIR_KINDS
                 and not _named_airport(g[0], airports)
                 and (_shares_runway(doc, facilities[j], facilities[airport])
                      or _apposed_to(doc, facilities[j], groups[i][0]))}
        if len(bases) == 1:
            base = bases.pop()
            _absorb(facilities[base], facilities[i])
            groups[base].extend(groups[i])
            dropped.add(i)
    return _without(facilities, groups, dropped)


def _shares_runway(doc: Doc, base: Facility, airport: Facility) -> bool:
    """Whether a sentence names the base and the airport with a verb of sharing ('X shares its runway with Y')."""
    share = _cues(doc.language).share
    for start, _ in base.mentions:
        sent = doc.sentence_of(start)
        if any(sent[0] <= s < sent[1] for s, _ in airport.mentions) and share.search(doc.norm, sent[0], sent[1]):
            return True
    return False


def _apposed_to(doc: Doc, base: Facility, part: Candidate) -> bool:
    """'X air base, the military side of Y airport': the part set after the base's name."""
    opening = _cues(doc.language).apposed_part.search(doc.norm, max(0, part.span[0] - 8), part.span[0])
    return opening is not None and any(end == opening.start() for _, end in base.mentions)


def _beside_country(doc: Doc, fac: Facility, facilities: list[Facility]) -> str | None:
    """'the X range next to Camp Y': a facility placed beside another lies in that one's country."""
    for _, end in fac.mentions:
        gap = _BESIDE.match(doc.norm, end)
        if gap is None:
            continue
        beside = next((other for other in facilities if other is not fac and other.country
                       and any(s == gap.end() for s, _ in other.mentions)), None)
        if beside is not None:
            return beside.country
    return None


def _shared_division(facilities: list[Facility]) -> None:
    """An article about one province's bases ('the Andaman outposts', 'Cabo Delgado') puts there the ones of the
    same state it places nowhere (no town, no catalogued position), where two or more placed ones agree and none is
    elsewhere."""
    divisions: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for fac in facilities:
        if fac.country and fac.admin1:
            divisions.setdefault(fac.country, set()).add(fac.admin1)
            counts[fac.country] += 1
    for fac in facilities:
        found = divisions.get(fac.country or "")
        if fac.admin1 is None and fac.geo_precision is None and found and len(found) == 1 \
                and counts[fac.country or ""] > 1:
            fac.admin1 = next(iter(found))


def _split_hosts(doc: Doc, groups: list[list[Candidate]]) -> tuple[set[int], set[int]]:
    """'the Spanish Rota Naval Base has hosted the American Naval Station Rota': a catalogued base with one foreign
    tenant whose own installation there has a name of its own ('Naval Station X') shares its place, but where one
    sentence or the next names both, that name stands for the tenant's installation alone and the other names for
    the host's base. Returns the ids of the host groups added and of the tenants' groups."""
    hosts: set[int] = set()
    tenants: set[int] = set()
    prefixes = facility_words(doc.language).prefixes
    for group in list(groups):
        item = group[0].item
        # An anchored match, not a whole-text search: a search of the name would take the shared pass over from the
        # article, which the next component would then scan again.
        if item is None or len(item.tenants) != 1 or prefixes.match(item.name, 0) is None:
            continue
        own_key = name_key(item.name)
        own = [c for c in group if name_key(c.name) == own_key]
        other = [c for c in group if name_key(c.name) != own_key]
        if own and other and any(_named_base(doc, c) for c in other) and _named_close(doc, own, other):
            group[:] = own
            groups.insert(groups.index(group), other)
            hosts.add(id(other))
            tenants.add(id(group))
    return hosts, tenants


def _named_base(doc: Doc, cand: Candidate) -> bool:
    """'Rota Naval Base', 'the navy's base at Souda Bay': a mention naming a base by its place, not the bare place
    ('the camp, in the district of X')."""
    if cand.display != cand.name or cand.rule == "facilities:head-in-place":
        return True
    start = cand.span[0]
    heads = facility_words(doc.language).heads.finditer(doc.norm, max(0, start - 30), start)
    return any(_PLACED_IN.fullmatch(doc.norm, h.stop, start) for h in heads)


def _named_close(doc: Doc, own: list[Candidate], other: list[Candidate]) -> bool:
    """Whether a host's name stands in the sentence of the foreign installation's own name or the one before."""
    for cand in own:
        sent = doc.sentence_of(cand.span[0])
        before = doc.sentence_of(max(0, sent[0] - 2))
        if any(before[0] <= c.span[0] < sent[1] for c in other):
            return True
    return False


def _host_facility(doc: Doc, group: list[Candidate]) -> Facility:
    """The host state's base around a foreign installation: its own name, the host's operation, the foreign state
    its tenant."""
    fac = _facility(doc, group)
    named = next((c for c in group if c.display != c.name), group[0])
    fac.name = named.display if named.display != named.name else _display_kind(named.display, fac.kind)
    fac.id = _slug(fac.name)
    return fac


def _tenant_facility(doc: Doc, group: list[Candidate]) -> Facility:
    """The foreign tenant's own installation inside a host's base: the tenant runs it."""
    fac = _facility(doc, group)
    fac.operator = fac.tenants[0] if fac.tenants else fac.operator
    fac.tenants = []
    return fac


def _display_kind(name: str, kind: str) -> str:
    return name if kind in ("base", "other") else f"{name} {kind}"


def _facility(doc: Doc, group: list[Candidate]) -> Facility:
    item = group[0].item
    named = [c for c in group if c.rule != "facilities:near-landmark"] or group
    aliases: list[str] = []
    mentions: list[Span] = []
    for cand in group:
        for span in (cand.span, *cand.extra):
            mentions.append(span)
            aliases.append(doc.surface(span))
            # 'the 1,100-metre airstrip at X' is also 'the airstrip at X': a length describes, it does not name.
            measure = _MEASURE_WORD.match(aliases[-1])
            if measure is not None and aliases[-1].startswith(" ", measure.end()):
                aliases.append(aliases[-1][measure.end() + 1:])
        aliases.append(doc.surface((cand.span[0], cand.span[0] + len(cand.name)))
                       if doc.norm[cand.span[0]:cand.span[0] + len(cand.name)] == cand.name else cand.name)
        if cand.owned_from < cand.span[0]:
            aliases.append(doc.surface((cand.owned_from, cand.span[1])))
        if cand.named_to > cand.span[1]:
            aliases.append(doc.surface((cand.span[0], cand.named_to)))
    kinds = [c.kind for c in group if c.kind not in ("base", "other")]
    operator = item.operator if item else next((c.operator for c in group if c.operator), None)
    # The distinct aliases in order, by a loop: compiled, `dict.fromkeys` of a generator steps it by generic calls.
    unique: dict[str, None] = {}
    for alias in aliases:
        if alias:
            unique[alias] = None
    return Facility(
        id=item.id if item else _slug(named[0].display),
        name=item.name if item else named[0].display,
        kind=item.kind if item else (kinds[0] if kinds else group[0].kind),
        operator=operator,
        country=item.country if item else None,
        aliases=list(unique),
        mentions=mentions,
        tenants=list(item.tenants) if item else [],
        rule=group[0].rule,
    )


def _display(name: str, kind: str, head: Hit) -> str:
    """'Olenegorsk air base', 'Priozersk radar site': a head of no schema kind names itself, and so does a garrison
    ('the brigade's garrison at X' is 'X garrison')."""
    word = head.text.lower()
    # 'a radar station at X', 'a command post near X': a head whose first word says what it is for names itself;
    # 'a detachment on X', 'an army post at X' are outposts.
    first, _, rest = word.partition(" ")
    if first in _SERVICE_WORDS and rest in _SELF_NAMING:
        # 'an army cantonment in X' is 'X cantonment'.
        return f"{name} {rest}"
    specific = kind in _SPECIFIC_KINDS and rest != "" and first not in _SERVICE_WORDS and not rest.endswith(
        _KIND_WORD[kind])
    # 'a harbour at X', 'a naval station at X', 'a heliport on X': a port's, naval base's or airfield's own word.
    specific = specific or (kind in _ECHOED_KINDS and word not in _KIND_SYNONYMS and first not in _OWNER_WORDS)
    named = kind in _SELF_NAMING_KINDS or specific or word in _SELF_NAMING or word in _BARE_SELF_NAMING
    return f"{name} {word if named else _KIND_WORD[kind]}"


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("-", name.lower()).strip("-") or "facility"


def _uncatalogued(doc: Doc, fac: Facility, group: list[Candidate]) -> None:
    """The facility as its mentions name it, with none of the catalogued installation's facts: the text placed it
    where that one is not."""
    for cand in group:
        cand.item = None
    own = _facility(doc, group)
    fac.id, fac.name, fac.kind, fac.operator = own.id, own.name, own.kind, own.operator
    fac.country, fac.tenants, fac.rule = None, [], "facilities:namesake"


def _unique_ids(facilities: list[Facility]) -> None:
    seen: dict[str, int] = {}
    for fac in facilities:
        count = seen.get(fac.id, 0)
        seen[fac.id] = count + 1
        if count:
            fac.id = f"{fac.id}-{count + 1}"
