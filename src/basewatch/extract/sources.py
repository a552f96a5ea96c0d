"""Sources cited: outlets, officials, social media and satellite imagery.

Four kinds of evidence name a source: a known outlet, agency, think tank, imagery provider or
platform from outlets.tsv (one Aho-Corasick pass); an unknown outlet named by its kind ("the
Syrian monitoring site Jazira Lens", 'the "The Drive" website'); a phrase about pictures on
social media or from satellites; and the institutions that speak in the claims layer ("the
Russian Defense Ministry said"). Named people are speakers, not sources: they stay in claims.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, pairwise
from typing import Final, TypeVar

from basewatch.data import table, table_for
from basewatch.extract.alternation import at_word
from basewatch.extract.lexicon import WordLists, alternation, pattern_words
from basewatch.extract.literals import LITERALS
from basewatch.extract.spacing import folds_into_ascii, last_runs, starts_at
from basewatch.extract.speakers import DOCUMENTS, Lexicon, lexicon, outlet_names
from basewatch.extract.wordscan import WordMatcher
from basewatch.model import Claim, DateMention, Doc, PlaceMention, Source, Span, Speaker


def _opening(letters: str, pattern: str) -> re.Pattern[str]:
    """`pattern`, whose matches open with one of `letters` in either case, behind a look-ahead on them: the same
    matches, found several times faster, as the engine skips every other position at C speed."""
    return re.compile(rf"(?=(?i:[{letters}])){pattern}")


_Built = TypeVar("_Built")


def _per_language(build: Callable[[WordLists], _Built]) -> Callable[[str], _Built]:
    """What `build` makes of a language's word lists (pattern_words.tsv), made once per language."""
    made: dict[str, _Built] = {}

    def of_language(lang: str) -> _Built:
        if lang not in made:
            made[lang] = build(pattern_words(lang))
        return made[lang]

    return of_language


_NAME_PATTERN: Final = r"(?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*"
_VISUAL: Final = r"(?:images?|pictures?|photos?|photographs?|videos?|video\s+clips?|footage|clips?|posts?)"
_PLATFORM: Final = (
    r"(?:(?:the\s+)?(?:media|news\s+outlets|bloggers)\s+and\s+)?(?:social\s+media(?:\s+(?:accounts|users|channels))?"
    r"|social\s+networks?|social\s+networking\s+sites|Telegram\s+channels?|messaging\s+apps?)"
)
_NAMED_PLATFORM: Final = r"(?:Telegram|Twitter|X|Facebook|YouTube|TikTok|Instagram|VK|VKontakte|Weibo|WeChat|Reddit)"
# Words every match of the patterns below holds: a platform's (any case), a named platform's (as written), a
# picture's (any case).
_PLATFORM_WORDS: Final = ("social", "telegram", "messaging")
_NAMED_PLATFORMS = ("Telegram", "Twitter", "X", "Facebook", "YouTube", "TikTok", "Instagram", "VK", "Weibo", "WeChat",
                    "Reddit")
_VISUAL_WORDS: Final = ("image", "picture", "photo", "video", "footage", "clip", "post")
# What every match of each pattern below opens with: its first word or the first letters of it, in lower case for
# a case-blind pattern, as written for another (see `_at_openers`).
_SOCIAL_BY_OPENERS: Final = ("the", "media", "news", "bloggers", "social", "telegram", "messaging")
_SOCIAL_PICTURES_OPENERS: Final = (*_VISUAL_WORDS, "social")
_POSTING_VERBS = ("posted", "shared", "published", "wrote", "said", "tweeted", "announced", "leaked", "circulated",
                  "surfaced", "appeared", "uploaded")
_SATELLITE_OPENERS: Final = ("new", "commercial", "recent", "satellite")
_PUTTING_OUT_VERBS: Final = ("published", "released", "reported", "broadcast", "aired", "shown", "posted", "cited")
_REVIEWED_OPENERS: Final = ("image", "photo", "footage", "video", "data")
_SOCIAL_BY: Final = _opening(
    "bmnst",
    rf"(?i:(?P<platform>{_PLATFORM}))\s+(?:\w+\s+){{0,3}}?(?i:circulated|published|posted|shared|showed|carried|"
    rf"released|spread|broadcast)\s+(?:[\w-]+\s+){{0,3}}?(?i:(?P<object>{_VISUAL}))\b"
)
_SOCIAL_ON: Final = _opening(
    "cfipv",
    rf"(?i:(?P<object>{_VISUAL}))\s+(?:[\w-]+\s+){{0,5}}?(?i:circulated|circulating|posted|published|shared|appeared|"
    rf"surfaced|spread|emerged)\s+(?i:on|across|via|in)\s+(?:the\s+)?(?P<platform>(?i:{_PLATFORM})|{_NAMED_PLATFORM})\b"
)
# "videos on social media showed", "social media footage": pictures social media carry, no posting said.
_SOCIAL_PICTURES: Final = _opening(
    "cfipsv",
    rf"(?i:{_VISUAL})\s+(?:on|from)\s+(?i:social\s+media)\b|(?i:social\s+media)\s+(?i:{_VISUAL})\b"
)
# "photos shared online show ...": pictures put on the web by no one named.
_SOCIAL_ONLINE: Final = _opening(
    "cfipv",
    rf"(?i:{_VISUAL})\s+(?:[\w-]+\s+){{0,2}}?(?i:circulated|circulating|posted|published|shared|spread|"
    rf"appeared|surfaced)\s+online\b"
)
_POSTED_ON: Final = re.compile(
    rf"\b(?:{'|'.join(_POSTING_VERBS)})\s+"
    rf"(?:[\w'-]+\s+){{0,4}}?(?:on|to|via)\s+"
    rf"(?:the\s+)?(?:(?:its|his|her|their)\s+)?(?P<platform>{_NAMED_PLATFORM}|social\s+media)"
    rf"(?:\s+(?:account|channel|page))?\b"
)
_LEADING_ARTICLE: Final = re.compile(r"^(?:the|an?|this|these)\s+", re.IGNORECASE)
_ARTICLE_WORDS: Final = frozenset({"the", "a", "an", "this", "these"})
_LONGEST_ARTICLE: Final = 5


def _without_article(text: str) -> str:
    """`_LEADING_ARTICLE.sub("", text)`: the article opening `text` and the white space after it taken off, told by
    string tests where the opening word is ASCII (a case-blind pattern takes 'ı' for 'i'): compiled, far cheaper than
    the substitution."""
    end = 0
    while end < len(text) and end <= _LONGEST_ARTICLE and not text[end].isspace():
        end += 1
    word = text[:end]
    if not word.isascii():
        return _LEADING_ARTICLE.sub("", text)
    if end == 0 or end == len(text) or word.lower() not in _ARTICLE_WORDS:
        return text
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    return text[after:]
_SATELLITE: Final = _opening(
    "cnrs",
    r"(?i:(?:new\s+|commercial\s+|recent\s+)?satellite\s+(?:images?|imagery|photos?|photographs?|pictures?|data))\b"
)
_OUTLET_NOUNS: Final = (
    "newspaper", "daily", "website", "news website", "news site", "news agency", "monitoring site",
    "television channel", "TV channel", "YouTube channel", "broadcaster", "magazine", "news outlet", "outlet", "portal",
    "weekly",
    "tabloid", "blog", "publication", "radio station", "radio",
)
_OUTLET_NOUN: Final = "(?:" + "|".join(r"\s+".join(noun.split()) for noun in _OUTLET_NOUNS) + ")"
# Every outlet word opens with one of these: the automaton finds where the pattern can first match, so
# the pattern never scans a document that names no outlet word.
_OUTLET_OPENERS: Final = tuple(sorted({noun.split()[0] for noun in _OUTLET_NOUNS}))
_NAME: Final = _NAME_PATTERN
_OUTLET_WORD: Final = _opening("bdmnoprtwy", rf"\b{_OUTLET_NOUN}\b")
# Read backwards from an outlet word: 'the "The Drive" website', 'the Kyiv Post newspaper'.
_NAME_BEFORE: Final = re.compile(rf'(?:"(?P<quoted>[^"\n]{{2,40}})"|(?P<name>{_NAME}))\s+$')
# A website's name may keep its domain or be written like one ('Lenta.ru', 'Sibir.Realii').
_NAME_AFTER: Final = re.compile(rf"\s+(?P<name>{_NAME}(?:\.[A-Za-z][\w-]*)?)")
_LOOK_BACK: Final = 60
# Literal words that pick the few sentences worth the full patterns above.
_SOCIAL_WORDS: Final = (
    "ocial media", "ocial network", "elegram", "witter", "acebook", "ouTube", "ikTok", "nstagram", "VK", "eibo",
    "eChat", "eddit", "essaging", " X", " online",
)
_SATELLITE_WORDS: Final = ("atellite",)
_IMAGERY_WORDS: Final = ("atellite", "magery")
# "pictures from Airbus", "images taken by Airbus": plain pictures credited to an imagery firm by the first word
# of its name.
_PICTURE_STEMS: Final = ("ictures", "hotos", "hotographs", "mages")
_PICTURE_CREDITS: Final = ("from", "taken by", "captured by", "acquired by", "collected by")
_PICTURES_FROM_WORDS: Final = tuple(f"{picture} {by}" for picture in _PICTURE_STEMS for by in _PICTURE_CREDITS)
_PICTURE_CREDIT: Final = "|".join(r"\s+".join(by.split()) for by in _PICTURE_CREDITS)
_FROM_REACH: Final = 40
# "..., the paper reported, citing defence officials": whom a report cites.
_CITING_WORDS: Final = ("citing",)
_CITING: Final = re.compile(
    r"\bciting\s+(?:(?:the|an?)\s+)?(?P<phrase>[^,;:()\n]{1,60}?)"
    r"(?=\s*(?:[,;:)]|(?<![A-Z])\.(?:\s|$)|$)|\s+(?:as|who|that|and|in|on|at|with|over|about)\b)"
)
_RELEASE_WORDS: Final = ("releas", "publish", "distribut")
_TRACKING_WORDS: Final = ("tracking",)
# "Ship-tracking data showed ...": positions broadcast by transponders and gathered by no one named.
_TRACKING: Final = re.compile(r"\b(?:[Ff]light|[Ss]hip|[Vv]essel|[Aa]ircraft)[- ]tracking\s+(?:data|records)\b")
# "Budget papers show ...", "court records revealed ...": documents a word before says which, cited as official.
_PAPER_WORDS: Final = ("papers", "documents", "records", "filings")
_PAPER_NAME: Final = re.compile(
    r"(?<![\w'-])(?:(?!(?i:the|these|those|its|their|his|her|such|other|some|all|and|or|of|in|on|by|from)\b)"
    r"[\w'-]+\s+){1,3}$"
)
_PAPER_REACH: Final = 60
_PICTURES_FROM: Final = re.compile(
    rf"[A-Za-z](?:{'|'.join(_PICTURE_STEMS)})\s+(?:{_PICTURE_CREDIT})\s+"
    rf"(?:the\s+)?(?P<name>{_NAME_PATTERN})"
)
# "Satellite imagery from Airbus": whoever took or sold the imagery.
_IMAGERY_FROM: Final = re.compile(
    r"\b(?i:satellite\s+(?:images?|imagery|photos?|photographs?|pictures?)|imagery)\s+(?:\w+\s+)?"
    rf"(?:from|(?:provided|supplied|captured|collected)\s+by)\s+(?:the\s+)?(?:(?:company|firm|provider|operator)\s+)?"
    rf"(?P<name>{_NAME_PATTERN})"
)
_MEDIA_WORDS: Final = (" media", " press", " television", " TV", " radio", " agencies")
# A state broadcaster or news agency, which only the state-media pattern finds.
_STATE_WORDS: Final = ("tate broadcaster", "tate news agency")
# "releasing photographs it said showed the aircraft"
_RELEASED_PICTURES: Final = re.compile(
    rf"\b(?:{'|'.join(_RELEASE_WORDS)})\w*\s+(?:(?:new|several|two|three|more|the|a)\s+)?"
    r"(?P<pictures>photographs|photos|pictures|images|videos?|footage)\b"
)
_MEDIA_BEFORE = re.compile(
    r"\b(?:media|press|television|TV|news\s+agency|newspaper|broadcaster|channel|outlet)\s+(?:\w+ly\s+|also\s+|has\s+|have\s+)?$"
)
_ON_PLATFORM_AFTER: Final = re.compile(
    rf"[^.;\n]{{0,60}}?\bon\s+(?:(?:its|their|his|her|the)\s+)?(?:official\s+)?{_NAMED_PLATFORM}\b"
)
# "satellite images published by Ukrainian media"
_BY_MEDIA: Final = re.compile(
    rf"\b(?:{'|'.join(_PUTTING_OUT_VERBS)})\s+by\s+"
    r"(?P<media>(?:[A-Z][\w'-]+\s+)?(?:state\s+|local\s+|independent\s+|official\s+)?(?:media|press|television|TV))\b"
)
# What makes a platform named in passing a cited source: a posting or reporting verb just before it
# ('posted on Facebook', 'told Reuters', 'according to a post on X') or just after it ('Facebook said').
_CITED_BEFORE: Final = re.compile(
    at_word(r"according\s+to|citing|cited|quoted|told|reported|said|says|wrote|writes|posted|tweeted|shared|"
            r"published|announced|broadcast|aired|streamed|by|via|on|in|from", cased=False) + r"\s+"
    r"(?:(?:the|an?|its|his|her|their)\s+)?(?:(?!(?i:that|and|or)\b)[\w'-]+\s+){0,3}$"
)
_CITED_WINDOW: Final = 60
# What joins a source to one cited just before it, and so cites it too: 'posted on X and Instagram'; a bare
# comma joins platforms only ('on X, Facebook and Telegram'), as 'told Reuters, Facebook ...' may start a clause.
_JOINED: Final = re.compile(r",?\s+(?:and|or)\s+")
_LISTED: Final = re.compile(r",\s+")
# A capitalised institution word and 'of' right before an outlet's name: 'Ministry of Foreign Affairs'.
_INSTITUTION_OF: Final = re.compile(r"\b(?P<head>[A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
# A longer name's 'of' or 'for' and a capitalised word joined by 'and' right before an outlet's name: 'Foundation
# for European and Foreign Policy' is no Foreign Policy.
_NAME_JOINED_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:and|&)\s+$")
# "a TikTok video showed ...", "a Telegram post said ...": material the platform carried, cited.
_MATERIAL_AFTER = re.compile(rf"\s+(?i:{_VISUAL})\s+(?:\w+ly\s+)?(?:showed|shows|show|said|says|claimed|appeared)\b")
# Media named by whose or where they are rather than by name: 'Chinese state media', 'local radio'.
# State media are cited wherever they appear; local ones only beside a reporting word.
# A state broadcaster or news agency whose name follows ('state broadcaster IRIB') is cited by that name.
_STATE_MEDIA: Final = re.compile(
    r"\b(?:[A-Z][\w'-]+\s+)?[Ss]tate\s+(?:media|television|TV|radio|(?:broadcaster|news\s+agency)(?![ \t]+[A-Z\"]))\b"
)
# "State television did not mention the crash": media cited for what they left out are no source of the story.
_NOT_REPORTED: Final = re.compile(
    r"\s+(?:\w+ly\s+)?(?:did\s+not|does\s+not|has\s+not|have\s+not|had\s+not|didn't|hasn't|haven't|never|"
    r"made\s+no|makes\s+no|carried\s+no|gave\s+no|ignored|declined|refused|was\s+silent|were\s+silent)\b"
)
# Opening with the set of its first letters, as `at_word` writes its patterns: a search skips in C to where one stands.
_LOCAL_MEDIA: Final = re.compile(
    r"[lA-Z](?<!\w.)(?:"
    r"(?<=l)ocal\s+(?:radio|television|TV|media|press|newspapers?|broadcasters?)(?:\s+(?:stations?|channels?))?\b"
    # "described in the American press", "Russian media reported": a country's media, cited
    r"|(?<=[A-Z])[a-z]+\s+news\s+agencies\b"  # "Russian news agencies reported"
    r"|(?<=[A-Z])[a-z]+\s+(?:media|press)\b(?!\s+(?:secretary|secretaries|conference|release|office|service|"
    r"officers?|briefing|freedom|card|corps|pool|statement|attach|reports?)\b))"
)
# A wire agency's byline after a dateline ('BENGHAZI, May 6 (Reuters) -') names who wrote the story, not a source.
_BYLINE_AFTER: Final = re.compile(r"\)\s*[-\u2013\u2014]")
# A dateline opening a line before the agency's byline when no dash follows it ('BEIRUT (AP) A militia ...').
_DATELINE_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'-]*(?:[ ,]+[A-Z\d][\w.'-]*){0,4}[ \t]*\($")
# A reporter's byline ('By Jane Doe, The Canadian Press') or a picture's credit ('(Jane Doe/Reuters)',
# 'REUTERS/Jane Doe'): who wrote the story or took the picture, not a source the story cites.
_BY_REPORTER: Final = re.compile(
    r"(?:^|[\n.!?])\s*[Bb]y\s+[A-Z][\w'-]+(?:\s+(?:and\s+)?[A-Z][\w.'-]+){1,5},\s*(?:[Tt]he\s+)?$"
)
_CREDIT_REACH: Final = 40
# "images reviewed by the Yale Humanitarian Research Lab": whoever analysed the material is cited.
# Published or released by a paper ('imagery published by the Hokkaido Times') cites that paper.
_REVIEW_WORDS = ("eviewed by", "nalysed by", "nalyzed by", "xamined by", "erified by", "ublished by", "eleased by",
                 "roadcast by")
# "Videos posted by residents showed ...": pictures people on the spot put on social media, no platform named
# (one named after them, 'shared by spotters on X', is the source instead).
_POSTED_BY_WORDS: Final = ("osted by", "hared by", "ploaded by", "ilmed by")


def _affiliated_before_from(words: WordLists) -> re.Pattern[str]:
    """A person's work for a research body, set off after their name and ending right before the body's: ', a
    researcher at the', ', who tracks ... for the', ', an analyst at Taiwan's', ', a fellow at the Paris-based', ', an
    analyst at the data firm'."""
    return re.compile(
        rf"(?:,\s*(?:a|an)\s+[\w '-]{{0,40}}?|\bwho\s+(?:{alternation(words['works for'])})\b[\w '-]{{0,40}}?)"
        rf"\b(?:at|for|with)\s+(?:the\s+(?:[A-Z][\w-]*-based\s+|[a-z]+\s+(?:{alternation(words['firm word'])})\s+)?"
        r"|[A-Z][\w-]*'s\s+)?$"
    )


_affiliated_before = _per_language(_affiliated_before_from)


def _posted_by_from(words: WordLists) -> re.Pattern[str]:
    """Pictures posted by people on the spot, whom the poster words name."""
    return _opening(
        "cfipv",
        rf"(?i:{_VISUAL})\s+(?:posted|shared|uploaded|filmed)\s+by\s+(?:(?:local|some|several|other)\s+)?"
        rf"(?:{alternation([*words['local people'], *words['poster']])})\b(?!\s+(?:on|via|to|in)\b)"
    )


_posted_by_pattern = _per_language(_posted_by_from)


# "people familiar with the matter", "a person close to the ministry": someone unnamed who knows, cited as such.
_IN_THE_KNOW_WORDS: Final = ("amiliar with", "riefed on", "nowledge of", "lose to")
_IN_THE_KNOW: Final = _opening(
    "pis",
    r"\b(?i:people|persons?|sources?)\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"close\s+to)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"(?=\s*[,;.)]|\s+(?:said|say|says|told|added|confirmed|who|declined|speaking)\b)"
)
# What makes someone in the know a source: speaking ('people familiar with X said') or being cited ('according to').
_KNOW_SPEAKS: Final = re.compile(
    r",?\s+(?:who\s+|speaking\s+|declined\s+|\w+ly\s+)?(?:said|say|says|told|added|confirmed|spoke|asked)"
)
_KNOW_CITED: Final = re.compile(r"\b(?:[Aa]ccording\s+to|said|told|citing|cited|quoted|quoting)\s+(?:\w+\s+)?$")
# A name may follow what its bearer is ('analysed by the conflict monitor X', 'published by the investigative
# site X'), and a website's name may keep its domain ('Vlast.kz').
_REVIEWED_BY: Final = _opening(
    "dfipv",
    r"\b(?i:images?|imagery|photos?|photographs?|footage|videos?|data)\s+(?:\w+\s+){0,4}?"
    r"(?P<verb>reviewed|analysed|analyzed|examined|verified|published|released|broadcast)\s+by\s+(?:the\s+)?"
    rf"(?P<kind>(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){{1,3}})?(?P<name>{_NAME}(?:\.[a-z]{{2,6}}\b)?)"
)
# "an analysis of satellite images by the X": the same review, said as a noun.
_REVIEW_NOUN_WORDS: Final = ("nalysis of", "eview of", "xamination of")
_REVIEW_NOUN: Final = re.compile(
    r"(?P<verb>analysis|review|examination)\s+of\s+(?:\w+\s+){0,2}?(?i:images|imagery|photos|photographs|footage|"
    r"videos|data)\s+by\s+(?:the\s+)?"
    rf"(?P<kind>(?:[a-z][\w-]*\s+){{1,3}})?(?P<name>{_NAME}(?:\.[a-z]{{2,6}}\b)?)"
)
# Verbs that cite whoever put material out only when an outlet did ('published by the X Gazette'), or for
# 'released', a public body too ('a photograph released by the Defence Forces').
_PUTTING_OUT: Final = frozenset({"published", "released", "broadcast"})
# Words that make a capitalised name a newspaper's or broadcaster's ('Herald', 'Gazette').
_MASTHEAD: Final = re.compile(
    at_word(r"News|Times|Post|Herald|Journal|Gazette|Tribune|Observer|Telegraph|Chronicle|Courier|Examiner|Inquirer|"
                   r"Dispatch|Radio|Television|TV|Press\s+Agency|Wire") + r"\b"
)
# Literal words found by the automaton pass, each naming where some pattern above can match.
_KEYWORDS: Final = tuple(
    dict.fromkeys(_SOCIAL_WORDS + _SATELLITE_WORDS + _RELEASE_WORDS + _MEDIA_WORDS + _STATE_WORDS + _OUTLET_OPENERS
                         + _REVIEW_WORDS
                         + _TRACKING_WORDS + _PAPER_WORDS + _CITING_WORDS + _IMAGERY_WORDS + _POSTED_BY_WORDS
                         + _PICTURES_FROM_WORDS + _IN_THE_KNOW_WORDS + _REVIEW_NOUN_WORDS)
)
_LEADING_THE: Final = re.compile(r"^(?:the|The)\s+")


def _without_the(name: str) -> str:
    """`name` without a leading 'the' (the pattern is tried only on names opening so: a call costs more)."""
    return _LEADING_THE.sub("", name) if name.startswith(("the", "The")) else name


_KINDS: Final = {"official": "official", "expert": "expert", "outlet": "outlet"}


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    kind: str


@dataclass(slots=True)
class _Hits:
    """What the one automaton pass over a document found."""

    outlets: list[tuple[int, int, _Entry]]  # whole-word outlet forms, by start, longest first
    words: dict[str, list[int]]  # starts of each keyword, each occurrence after the one before it


class Sources:
    """Pipeline component filling `Doc.sources`."""

    def __init__(self) -> None:
        # One table of the literal pass (which reads each document once for the claims' cues too) holds both
        # the outlet forms and the keywords that pick sentences for the patterns: each value is (length,
        # outlet entry or None, the keyword or None).
        values: dict[str, tuple[int, _Entry | None, str | None]] = {}
        self.platforms: dict[str, str] = {}
        for row in table("outlets.tsv"):
            entry = _Entry(row["name"], row["kind"])
            for form in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
                values[form] = (len(form), entry, None)
                if row["kind"] == "social_media":
                    # "X (formerly Twitter)" also names the platform when "X" stands alone after "on".
                    self.platforms[form] = self.platforms[re.split(r"[ ,(]", form)[0]] = row["name"]
        for word in (*_KEYWORDS, *_OFFICIAL_GROUPS, *_PEOPLE_STEMS, *_POSTING_WORDS):
            values[word] = (len(word), values.get(word, (0, None, None))[1], word)
        self.slot = LITERALS.join("sources", values)

    def match(self, doc: Doc) -> list[Source]:
        """Every source the document cites, one per kind and name, in text order."""
        hits = self._scan(doc.norm)
        listed = self._outlets(doc, hits)
        # "Iran's state news agency IRNA reported": the listed outlet is the source, not the phrase naming it
        media = _unnamed_media(doc, hits)
        knowing = _in_the_know(doc, hits)
        # "the Saba news agency": the table's name for an outlet it knows, not the name before its kind
        by_kind = [s for s in _named_by_kind(doc, hits)
                   if not any(s.span[0] < o.span[1] and o.span[0] < s.span[1] for o in listed)]
        # "the state news agency reported", "a person close to the ministry said", "the Kremlin-backed newspaper
        # X reported": media, someone unnamed or an outlet by name, not the institution the claims layer takes
        named = listed + media + knowing + by_kind
        spans = [o.span for o in named]
        speaking = [s for s in _speaking(doc)
                    if not spans or not any(s.span[0] <= a and b <= s.span[1] for a, b in spans)]
        speaking += _told_outlets(doc)
        found = (
            self._social(doc, hits) + _imagery(doc, hits) + _imagery_providers(doc, hits) + _papers(doc, hits)
            + _citing(doc, hits) + media + by_kind
            + listed + _reviewers(doc, hits) + _posted_by(doc, hits) + knowing + speaking
            + _relative_groups(doc, hits)
        )
        # "residents of the district say": people on the spot, unless a source found above overlaps the phrase
        found += [p for p in _people_on_the_spot(doc, hits)
                  if not any(p.span[0] < f.span[1] and f.span[0] < p.span[1] for f in found)]
        kept: list[Source] = []
        seen: set[tuple[str, str]] = set()
        taken: list[Span] = []
        for source in found:
            key = (source.kind, _without_the(source.name).lower())  # "The Washington Post" once
            start, end = source.span
            if key in seen or any(t[0] <= start and end <= t[1] for t in taken):
                continue
            seen.add(key)
            taken.append(source.span)
            kept.append(source)
        return sorted(kept, key=lambda s: s.span)

    def __call__(self, doc: Doc) -> Doc:
        doc.sources.extend(self.match(doc))
        return doc

    def _scan(self, norm: str) -> _Hits:
        outlets: list[tuple[int, int, _Entry]] = []
        words: dict[str, list[int]] = {}
        for end, value in LITERALS.hits(self.slot, norm):
            # typed, so the compiled build unpacks a native tuple rather than iterating an object
            hit: tuple[int, _Entry | None, str | None] = value
            length, entry, word = hit
            start = end + 1 - length
            if entry is not None and _bounded(norm, start, end + 1):
                outlets.append((start, end + 1, entry))
            if word is not None:
                starts = words.setdefault(word, [])
                if not starts or start >= starts[-1] + length:
                    starts.append(start)
        outlets.sort(key=lambda h: (h[0], -h[1]))
        return _Hits(outlets, words)

    def _outlets(self, doc: Doc, hits: _Hits) -> list[Source]:
        norm = doc.norm
        out: list[Source] = []
        last_end = -1
        cited = _cited_spans(doc) if hits.outlets else []
        lex = lexicon(doc.language)
        # "MOGADISHU, Sept 30 (Reuters) - ... told Reuters": the agency that signs the story reports it, and
        # what people tell it is its own reporting, not a source the story cites.
        signed = {entry.name for start, end, entry in hits.outlets if _signed(norm, start, end)}
        affiliated_until = -2
        for start, end, entry in hits.outlets:
            if start < last_end or entry.name in signed or _credited(norm, start, end):
                continue
            if _inside_institution(norm, start, lex):
                continue
            if entry.kind != "outlet" and (
                    _affiliated_before(doc.language).search(norm, max(0, start - _CITED_WINDOW), start)
                    or (start == affiliated_until + 2 and norm[affiliated_until : start] == " (")):
                # "X, who tracks nuclear sites for the Y (YZ)": whom a person works for, not a source cited
                affiliated_until = end
                continue
            platforms = bool(out) and entry.kind == out[-1].kind == "social_media"
            if (_is_cited(norm, start, end, entry.kind, cited, doc.language)
                    or (out and _joined(norm, last_end, start, platforms))):
                out.append(Source(entry.kind, entry.name, (start, end), "sources:outlet-table"))
                last_end = end
        return out

    def _social(self, doc: Doc, hits: _Hits) -> list[Source]:
        out: list[Source] = []
        sentences = _sentences_with(doc, _SOCIAL_WORDS, hits)
        if not sentences:
            return out
        by, on, online, posted = _social_sentences(doc.norm, sentences)
        for pattern, openers, rule, some in ((_SOCIAL_BY, _SOCIAL_BY_OPENERS, "social-published", by),
                                             (_SOCIAL_ON, _VISUAL_WORDS, "social-posted-on", on)):
            for m in _at_openers(doc.norm, some, pattern, openers, folded=True):
                platform = _without_the(" ".join(m.group("platform").split()))
                shown = " ".join(m.group("object").lower().split())
                name = self.platforms.get(platform) or f"{platform.lower()} {shown}"
                start = m.start("platform") if rule == "social-published" else m.start()
                if doc.norm[start : start + 4].lower() == "the ":
                    start += 4
                out.append(Source("social_media", name, (start, m.end()), f"sources:{rule}"))
        out.extend(Source("social_media", " ".join(m.group().split()).lower(), m.span(), "sources:shared-online")
                   for m in _in_sentences(doc.norm, online, _SOCIAL_ONLINE))
        for m in _at_openers(doc.norm, by, _SOCIAL_PICTURES, _SOCIAL_PICTURES_OPENERS, folded=True):
            at = m.group().lower().find("social")
            out.append(Source("social_media", "social media", (m.start() + at, m.start() + at + len("social media")),
                              "sources:social-pictures"))
        for m in _at_openers(doc.norm, posted, _POSTED_ON, _POSTING_VERBS, folded=False):
            platform = " ".join(m.group("platform").split())
            name = self.platforms.get(platform, platform)
            out.append(Source("social_media", name, m.span("platform"), "sources:posted-on-platform"))
        return out


def _social_sentences(norm: str, sentences: list[Span]) -> tuple[list[Span], list[Span], list[Span], list[Span]]:
    """The sentences each social pattern (published by, posted on, shared online, posted on a platform) may match
    in: those holding the literal words its every match holds. A keyword picks a sentence for all four ('X' in
    'Xi' too), and a string test rules a pattern out far more cheaply than its search does."""
    by: list[Span] = []
    on: list[Span] = []
    online: list[Span] = []
    posted: list[Span] = []
    for span in sentences:
        text = norm[span[0] : span[1]]
        if not text.isascii():
            # a case-blind pattern pairs some other letters with ASCII ones ('ſ' with 's'): only it can say
            by.append(span)
            on.append(span)
            online.append(span)
            posted.append(span)
            continue
        low = text.lower()
        platform = any(word in low for word in _PLATFORM_WORDS)
        named = any(name in text for name in _NAMED_PLATFORMS)
        visual = any(word in low for word in _VISUAL_WORDS)
        if platform and visual:
            by.append(span)
        if visual and (platform or named):
            on.append(span)
        if visual and "online" in text:
            online.append(span)
        if named or "social" in text:
            posted.append(span)
    return by, on, online, posted


def _sentences_with(doc: Doc, words: tuple[str, ...], hits: _Hits) -> list[Span]:
    """The sentences where one of `words` occurs, in text order."""
    found = hits.words
    starts = [k for word in words if word in found for k in found[word]]
    sentences: list[Span] = []
    if not starts:
        return sentences  # most documents hold few of the words: no generator, no sort
    starts.sort()
    done = -1
    for at in starts:
        if at >= done:
            start, done = doc.sentence_of(at)
            sentences.append((start, done))
    return sentences


def _in_sentences(norm: str, sentences: list[Span], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of `pattern` within `sentences`."""
    for start, end in sentences:
        yield from pattern.finditer(norm, start, end)


def _at_openers(norm: str, sentences: list[Span], pattern: re.Pattern[str], openers: tuple[str, ...],
               folded: bool) -> list[re.Match[str]]:
    """The matches `_in_sentences` finds of a pattern whose every match opens with one of `openers` (which a
    `folded` pattern matches in any case): it is tried only where an opener starts, found by string searches, rather
    than at every position, where a pattern that opens with no plain literal is tried at C speed but at great cost."""
    out: list[re.Match[str]] = []
    for start, end in sentences:
        text = norm[start:end]
        if folded:
            lowered = text.lower()
            if not text.isascii() and (len(lowered) != len(text) or folds_into_ascii(text)):
                # a case-blind pattern pairs some other letters with ASCII ones ('ſ' with 's'), and a lower case
                # longer than its letter moves the offsets: only the pattern can say
                out.extend(pattern.finditer(norm, start, end))
                continue
            text = lowered  # one character for one, so offsets stay the text's
        after = start  # a match ends past its start: the next one starts at or after its end
        for at in _starts(text, openers, start):
            if at >= after:
                found = pattern.match(norm, at, end)
                if found is not None:
                    out.append(found)
                    after = found.end()
    return out


def _starts(text: str, words: tuple[str, ...], offset: int) -> list[int]:
    """Where each of `words` occurs in `text`, overlapping occurrences included, shifted by `offset`, in order."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(offset + at)
            at = text.find(word, at + 1)
    found.sort()
    return found


def _cited_spans(doc: Doc) -> list[Span]:
    """Where the document's speakers are written, with the outlets they are affiliated to."""
    spans = [c.speaker.span for c in doc.claims if c.speaker.span is not None]
    for claim in doc.claims:
        affiliation, span = claim.speaker.affiliation, claim.speaker.span
        if affiliation and span is not None:
            at = doc.norm.find(affiliation, max(0, span[0] - _CITED_WINDOW), span[1] + _CITED_WINDOW)
            if at >= 0:
                spans.append((at, at + len(affiliation)))
    return spans


@dataclass(frozen=True, slots=True)
class _Telling:
    """The verbs after a name or papers that make them a source, in one language."""

    cited_after: re.Pattern[str]  # right after a name, its verb of telling ('Facebook said', 'local radio reported')
    papers_show: re.Pattern[str]  # right after papers, theirs ('Budget papers show')


def _telling_from(words: WordLists) -> _Telling:
    return _Telling(
        re.compile(rf"(?:'s)?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+)?(?:{alternation(words['cited after'])})\b"),
        re.compile(rf"\s+(?:\w+ly\s+)?(?:{alternation(words['papers show'])})\b"),
    )


_telling = _per_language(_telling_from)


def _not_cited_from(words: WordLists) -> tuple[re.Pattern[str], frozenset[str]]:
    """Words after an outlet's name that make it the name of a programme, a company or an audience, not a source ('an
    ABC sitcom', 'her Fox News show', 'Twitter followers'), and the show words among them, taken only at a clause's
    end or before an audience word, as pictures show things too ('images from Planet Labs show')."""
    return re.compile(
        rf"\s+(?:(?:{alternation(words['show'])})(?=\s*[.,;:)]|\s+(?:{alternation(words['audience'])})\b)"
        rf"|{alternation(words['not cited'])})\b"
    ), frozenset(words["show"])


_not_cited = _per_language(_not_cited_from)


def _is_cited(norm: str, start: int, end: int, kind: str, cited: list[Span], lang: str) -> bool:
    """Whether the outlet or platform written at [start, end) is cited rather than mentioned in passing
    ('six companies, including Facebook', 'an ABC sitcom')."""
    if any(s <= start and end <= e for s, e in cited):
        return True
    not_cited, shows = _not_cited(lang)
    programme = not_cited.match(norm, end)
    if programme is not None and not (kind == "imagery" and programme.group().split()[0] in shows):
        return False  # an imagery firm's pictures show things ('images from Planet Labs show'); it has no shows
    if kind != "social_media":
        return True
    if _telling(lang).cited_after.match(norm, end) or _MATERIAL_AFTER.match(norm, end):
        return True
    return _CITED_BEFORE.search(norm, max(0, start - _CITED_WINDOW), start) is not None


def _joined(norm: str, before: int, start: int, platforms: bool) -> bool:
    """Whether the text between a source cited before and the one at `start` joins them into one list."""
    return _JOINED.fullmatch(norm, before, start) is not None or (
        platforms and _LISTED.fullmatch(norm, before, start) is not None
    )


def _signed(norm: str, start: int, end: int) -> bool:
    """Whether the outlet at [start, end) is the agency in a dateline's byline ('BEIRUT, May 6 (Reuters) -')."""
    return norm[start - 1 : start] == "(" and norm[end : end + 1] == ")" and (
        _BYLINE_AFTER.match(norm, end) is not None
        or _DATELINE_BEFORE.search(norm, max(0, start - _CREDIT_REACH), start) is not None
    )


def _credited(norm: str, start: int, end: int) -> bool:
    """Whether a reporter's byline or a picture's credit names the outlet written at [start, end)."""
    if norm[start - 1 : start] == "/" or norm[end : end + 1] == "/":
        return True
    window = max(0, start - _CREDIT_REACH)
    if not norm[window:start].rstrip().endswith((",", "the", "The")):
        return False  # a byline's comma (and 'the') closes the text before the outlet: a string test rules most out
    return _BY_REPORTER.search(norm, window, start) is not None


def _inside_institution(norm: str, start: int, lex: Lexicon) -> bool:
    """Whether the outlet name at `start` ends an institution's name ('the Ministry of Foreign Affairs', 'the
    Foundation for European and Foreign Policy')."""
    window = max(0, start - _CITED_WINDOW)
    if norm[window:start].rstrip().endswith(("and", "&")):
        return _NAME_JOINED_BEFORE.search(norm, window, start) is not None
    if not norm[window:start].rstrip().endswith(("of", "for", "the")):
        return False  # 'of', 'for' or 'the' closes the text before such a name: a string test rules most out
    before = _INSTITUTION_OF.search(norm, window, start)
    if before is None:
        return False
    head = lex.head(before.group("head"))
    return head is not None and head[0] == "institution"


def _bounded(norm: str, start: int, end: int) -> bool:
    before = norm[start - 1] if start > 0 else " "
    after = norm[end] if end < len(norm) else " "
    if before.isalnum() or after.isalnum() or before == "-" or after == "-":
        return False
    # "The National" inside "The National Interest" is not The National.
    return not (after == " " and norm[end + 1 : end + 2].isupper())


def _imagery(doc: Doc, hits: _Hits) -> list[Source]:
    out = [
        Source("imagery", " ".join(m.group().split()), m.span(), "sources:satellite-imagery")
        for m in _at_openers(doc.norm, _sentences_with(doc, _SATELLITE_WORDS, hits), _SATELLITE, _SATELLITE_OPENERS,
                             folded=True)
    ]
    out.extend(
        Source("imagery", m.group("pictures"), m.span("pictures"), "sources:released-pictures")
        for m in _at_openers(doc.norm, _sentences_with(doc, _RELEASE_WORDS, hits), _RELEASED_PICTURES, _RELEASE_WORDS,
                             folded=False)
        if not _put_out_by_media(doc.norm, m)
    )
    out.extend(
        Source("other", m.group(), m.span(), "sources:tracking-data")
        for m in _in_sentences(doc.norm, _sentences_with(doc, _TRACKING_WORDS, hits), _TRACKING)
    )
    out.extend(
        Source("outlet", " ".join(m.group("media").split()), m.span("media"), "sources:published-by-media")
        for m in _at_openers(doc.norm, _sentences_with(doc, _MEDIA_WORDS, hits), _BY_MEDIA, _PUTTING_OUT_VERBS,
                             folded=False)
    )
    return out


def _put_out_by_media(norm: str, m: re.Match[str]) -> bool:
    """Whether media put out the pictures ('State media published photographs') or a platform carried them
    ('published video of the strike on its Telegram channel'): the media or the platform is the source."""
    if _MEDIA_BEFORE.search(norm, max(0, m.start() - _FROM_REACH), m.start()) is not None:
        return True
    return _ON_PLATFORM_AFTER.match(norm, m.end()) is not None


def _papers(doc: Doc, hits: _Hits) -> list[Source]:
    """Documents that show something, a word before them saying which ('Budget papers show ...')."""
    norm = doc.norm
    out = []
    papers_show = _telling(doc.language).papers_show
    for word in _PAPER_WORDS:
        for at in hits.words.get(word, ()):
            end = at + len(word)
            if papers_show.match(norm, end) is None:
                continue
            named = _PAPER_NAME.search(norm, max(0, at - _PAPER_REACH), at)
            if named is not None:
                out.append(Source("official", norm[named.start() : end], (named.start(), end), "sources:papers-show"))
    return out


def _citing(doc: Doc, hits: _Hits) -> list[Source]:
    """Whom a report cites ('citing defence officials', 'citing US Air Force planning documents'): officials,
    bodies and their papers are official sources, unnamed sources other ones; outlets come from the table."""
    lex = lexicon(doc.language)
    out = []
    for m in _in_sentences(doc.norm, _sentences_with(doc, _CITING_WORDS, hits), _CITING):
        phrase = m.group("phrase").rstrip(".")  # "citing U.S. officials." ends with the sentence's stop
        words = phrase.split()
        heads = [lex.head(w) for w in words]
        last = heads[-1]
        if last is None or any(h is not None and h[0] == "person" for h in heads[:-1]):
            continue  # a named person ('citing Colonel X') speaks in the claims layer
        kind = "other" if last[1] in ("cited", "witness") else "official" if last[1] == "official" else None
        if kind == "other" and last[1] == "cited" and _state_tied(words, doc.language, lex):
            kind = "official"
        if kind is not None and (len(words) > 1 or kind == "official"):
            out.append(Source(kind, phrase, (m.start("phrase"), m.start("phrase") + len(phrase)), "sources:citing"))
    return out


def _imagery_providers(doc: Doc, hits: _Hits) -> list[Source]:
    """Whoever the imagery cited comes from ('Satellite imagery from Airbus'), unless a place or a time ('imagery
    from Crimea', 'from February') or a listed outlet, which the table names; 'by' is the reviewers' rule."""
    out: list[Source] = []
    norm = doc.norm
    # Matched where the keyword pass found the words, which open one letter before their keyword.
    for at in sorted({at - 1 for word in _IMAGERY_WORDS for at in hits.words.get(word, ())}):
        window = norm[at : at + _FROM_REACH]
        m = _IMAGERY_FROM.match(norm, at) if "from" in window or " by " in window else None
        if m is None:
            continue
        start, end = m.span("name")
        taken = (p.span for p in doc.places), (d.span for d in doc.dates)  # 'imagery from Crimea', 'from May'
        if m.group("name") in _outlet_kinds() or any(p[0] <= start and end <= p[1] for ps in taken for p in ps):
            continue
        if not out or out[-1].span != (start, end):  # "satellite imagery from X": once, not for each word
            out.append(Source("imagery", m.group("name"), (start, end), "sources:imagery-from"))
    firms = _imagery_firms()
    for at in sorted({at - 1 for word in _PICTURES_FROM_WORDS for at in hits.words.get(word, ())}):
        m = _PICTURES_FROM.match(norm, at)
        if m is not None and m.group("name").split()[0] in firms and m.group("name") not in _outlet_kinds():
            out.append(Source("imagery", m.group("name"), m.span("name"), "sources:pictures-from-firm"))
    return out


@cache
def _imagery_firms() -> frozenset[str]:
    """The first word of each imagery provider's name in outlets.tsv ('Airbus' of 'Airbus Defence and Space')."""
    return frozenset(row["name"].split()[0] for row in table("outlets.tsv") if row["kind"] == "imagery")


def _reviewers(doc: Doc, hits: _Hits) -> list[Source]:
    """Whoever reviewed the imagery or footage cited: 'images reviewed by the Yale Research Lab'; not a
    place that describes them ('analysed by the London think tank X', where X comes from the table)."""
    sentences = _sentences_with(doc, _REVIEW_WORDS, hits)
    nouns = _sentences_with(doc, _REVIEW_NOUN_WORDS, hits)
    if not sentences and not nouns:
        return []
    places = [p.span for p in doc.places]
    lex = lexicon(doc.language)
    out = []
    found = chain(_at_openers(doc.norm, sentences, _REVIEWED_BY, _REVIEWED_OPENERS, folded=True),
                  _in_sentences(doc.norm, nouns, _REVIEW_NOUN))
    for m in found:
        if any(p[0] <= m.start("name") and m.end("name") <= p[1] for p in places) or _DESCRIBED.search(m.group("name")):
            continue  # a place, or what the reviewer is ('the Washington-based X'), not its name
        kind = _reviewer_kind(m, lex, doc.language)
        if kind is not None:
            out.append(Source(kind, m.group("name"), m.span("name"), "sources:reviewed-by"))
    return out


def _posted_by(doc: Doc, hits: _Hits) -> list[Source]:
    """'Videos posted by residents', 'footage filmed by witnesses': social media, named by the phrase."""
    return [Source("social_media", " ".join(m.group().split()).lower(), m.span(), "sources:posted-by-people")
            for m in _in_sentences(doc.norm, _sentences_with(doc, _POSTED_BY_WORDS, hits),
                                   _posted_by_pattern(doc.language))]


def _in_the_know(doc: Doc, hits: _Hits) -> list[Source]:
    """'Two people familiar with the matter', 'a person close to the ministry': unnamed sources, named without
    their number."""
    norm = doc.norm
    return [Source("other", " ".join(m.group().split()), m.span(), "sources:in-the-know")
            for m in _in_sentences(norm, _sentences_with(doc, _IN_THE_KNOW_WORDS, hits), _IN_THE_KNOW)
            if _cites_someone_who_knows(norm, m)]


def _cites_someone_who_knows(norm: str, m: re.Match[str]) -> bool:
    """Whether the person in the know speaks or is cited, and knows of something other than papers ('sources
    with knowledge of intelligence reports' cite the reports, which the claims layer names)."""
    if m.group().split()[-1].lower().rstrip("s") in DOCUMENTS:
        return False
    return bool(_KNOW_SPEAKS.match(norm, m.end()) or _KNOW_CITED.search(norm, max(0, m.start() - 30), m.start()))


def _reviewer_kind(m: re.Match[str], lex: Lexicon, lang: str) -> str | None:
    """The kind of source whoever reviewed or put out the material is; None for a publisher that names no
    outlet or public body ('photos published by a local resident')."""
    name = m.group("name")
    known = _outlet_kinds().get(_without_the(name))
    described = set((m.group("kind") or "").split())
    outlet_kinds, study_words = _describing(lang)
    paper = _MASTHEAD.search(name) is not None or bool(described & outlet_kinds)
    if known is not None or paper:
        # "analysed by The Associated Press": an outlet the table knows keeps the table's kind
        return known or "outlet"
    if m.group("verb") not in _PUTTING_OUT or described & study_words:
        return "expert"  # "published by the Colombian analysis group X": a research body puts out its findings
    head = lex.head(name.split()[-1]) if m.group("verb") == "released" else None
    return "official" if head == ("institution", "official") else None


def _describing_from(words: WordLists) -> tuple[frozenset[str], frozenset[str]]:
    """Words saying a named reviewer or publisher is an outlet ('the public television X', 'the news site X'), and
    words saying it studies what it puts out ('the monitoring group X', 'the think tank X')."""
    return frozenset(words["outlet kind"]), frozenset(words["study word"])


_describing = _per_language(_describing_from)


@cache
def _outlet_kinds() -> dict[str, str]:
    """The kind of each outlet in outlets.tsv, by every written form of its name."""
    kinds: dict[str, str] = {}
    for row in table("outlets.tsv"):
        for name in (row["name"], *filter(None, row["aliases"].split("|"))):
            kinds[name] = row["kind"]
    return kinds


def _unnamed_media(doc: Doc, hits: _Hits) -> list[Source]:
    """'Chinese state media posted footage', 'residents told local radio': media cited by kind."""
    norm = doc.norm
    sentences = _sentences_with(doc, _MEDIA_WORDS, hits)
    state = _sentences_with(doc, _MEDIA_WORDS + _STATE_WORDS, hits) if any(w in hits.words for w in _STATE_WORDS) \
        else sentences
    out = [Source("outlet", " ".join(m.group().split()), m.span(), "sources:state-media")
           for m in _in_sentences(norm, [s for s in state if _spaced_after(norm, "tate", s)], _STATE_MEDIA)
           if not _NOT_REPORTED.match(norm, m.end())]
    cited_after_name = _telling(doc.language).cited_after
    for m in _in_sentences(norm, sentences, _LOCAL_MEDIA):
        cited_after = cited_after_name.match(norm, m.end()) is not None
        if cited_after or _CITED_BEFORE.search(norm, max(0, m.start() - _CITED_WINDOW), m.start()) is not None:
            out.append(Source("outlet", " ".join(m.group().split()), m.span(), "sources:local-media"))
    return out


def _spaced_after(norm: str, word: str, span: Span) -> bool:
    """Whether `word` occurs in norm[span] with white space after it, inside the span: every state-media match holds
    'tate' so, which rules out most sentences naming media ('a statement') by string searches."""
    start, end = span
    at = norm.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if after < end and norm[after].isspace():
            return True
        at = norm.find(word, at + 1, end)
    return False


def _outlet_words(norm: str, hits: _Hits) -> Iterator[re.Match[str]]:
    """The matches `_OUTLET_WORD.finditer` finds in `norm`, tried only where the automaton found an opening word
    (no such word overlaps itself, so it found each), rather than at every position of the document."""
    end = -1
    for at in sorted({at for word in _OUTLET_OPENERS for at in hits.words.get(word, ())}):
        if at < end:
            continue  # inside the outlet word found last, where the search would not look
        found = _OUTLET_WORD.match(norm, at)
        if found is not None:
            end = found.end()
            yield found


@cache
def _no_outlet_name(lang: str) -> frozenset[str]:
    """Words that alone before an outlet's kind name no outlet ('a state news agency said')."""
    words = pattern_words(lang)
    return frozenset(words["no outlet name"])


def _named_by_kind(doc: Doc, hits: _Hits) -> list[Source]:
    """Outlets the table does not know, named beside what they are: 'the "The Drive" website'."""
    out: list[Source] = []
    norm = doc.norm
    if not any(word in hits.words for word in _OUTLET_OPENERS):
        return out
    places = [p.span for p in doc.places]
    generic = _no_outlet_name(doc.language)
    for word in _outlet_words(norm, hits):
        if word.group() == "outlet" and _DESCRIBED_OUTLET.search(norm, max(0, word.start() - 20), word.start()) is None:
            continue  # "a factory outlet": only a word of news or reach makes an outlet a paper
        if word.group() == "radio" and _RADIO_MODIFIES.match(norm, word.end()):
            continue  # "the Blue Jays radio voice": radio says what the voice is, no outlet is named
        after = _NAME_AFTER.match(norm, word.end())
        if after is not None:
            found: tuple[int, int] = after.span("name")
        else:
            window = max(0, word.start() - _LOOK_BACK)
            apposed = _apposed_outlet(doc, word, window, generic)
            if apposed is not None:
                out.append(apposed)  # its name before the apposition, not a word of it ('the island's weekly')
                continue
            before = _NAME_BEFORE.search(norm, window, word.start())
            if before is None:
                continue
            # Any organisation has a website; only a news word makes a bare name before it an outlet.
            if not before.group("quoted") and word.group().split()[-1] not in _NEWS_WORDS:
                continue
            found = before.span("quoted") if before.group("quoted") else before.span("name")
        start, end = found
        name = norm[start:end]
        # "An Iranian news agency": an article is no part of a name, and what is left may be a demonym
        stripped = _without_article(name) if norm[start - 1 : start] != '"' else name
        stripped = _DESCRIBED_LEAD.sub("", stripped)  # "the Houthi-run Saba news agency": Saba
        start += len(name) - len(stripped)
        if not stripped or any(p[0] <= start and end <= p[1] for p in places) or stripped.lower() in generic:
            continue
        if _DESCRIBED.search(stripped):
            # "a Saudi-owned weekly", "the London-based daily": what the outlet is, not its name; with no name
            # after it, the outlet is cited under the phrase
            if after is None:
                phrase = " ".join(norm[start : word.end()].split())
                out.append(Source("outlet", phrase, (start, word.end()), "sources:outlet-described"))
            continue
        out.append(Source("outlet", stripped, (start, end), "sources:outlet-named-by-kind"))
    return out


# "Vestervik, the island's weekly", "Radio Nord, the regional broadcaster,": a name set off by a comma before an
# apposition that says what outlet it is, in a few words ending with the outlet word.
_APPOSED_NAME: Final = re.compile(rf"(?P<name>{_NAME}),\s+(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}$")
_APPOSITION_ENDS: Final = frozenset(",.;:)")


def _apposed_outlet(doc: Doc, word: re.Match[str], window: int, generic: frozenset[str]) -> Source | None:
    """An outlet the table does not know, named before an apposition its outlet word closes ('told Radio Nord, the
    regional broadcaster, that', 'the mayor told the Harbour Post, a county weekly.'); not a word opening the
    sentence ('However, the local paper said'), a place or a date set off so."""
    norm = doc.norm
    if word.end() < len(norm) and norm[word.end()] not in _APPOSITION_ENDS:
        return None  # "X, the daily's editor, said": the outlet word is not what the apposition says X is
    m = _APPOSED_NAME.search(norm, window, word.start())
    if m is None:
        return None
    start, end = m.span("name")
    name = _without_article(norm[start:end])
    start = end - len(name)
    if not name or name.split()[0].lower() in lexicon(doc.language).stops or name.lower() in generic:
        return None
    if _within_any(start, end, doc.places) or _within_any(start, end, doc.dates):
        return None
    return Source("outlet", name, (start, end), "sources:outlet-apposed")


_DESCRIBED_OUTLET: Final = re.compile(
    r"\b(?:local|media|online|independent|opposition|state|news|investigative|[A-Z][a-z]+n|[\w'-]+-[a-z]+)\s+$"
)
_RADIO_MODIFIES: Final = re.compile(
    r"\s+(?!(?:the|that|a|an|on|in|it|its|and|to|about|which|who|said|says|reported|reports|quoted|cited|told)\b)"
    r"[a-z]+\b(?<!ed)"
)
_DESCRIBED: Final = re.compile(r"^[\w'-]+-[a-z]+$")
_DESCRIBED_LEAD: Final = re.compile(r"^(?:[\w'-]+-[a-z]+\s+)+(?=[A-Z])")
_LOWER_LEAD: Final = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")
_NEWS_WORDS = frozenset({"newspaper", "daily", "agency", "channel", "broadcaster", "magazine", "weekly", "tabloid",
                         "radio", "station"})


def _speaking(doc: Doc) -> list[Source]:
    """Institutions that speak in the claims layer: ministries, commands, agencies, institutes."""
    lex = lexicon(doc.language)
    out: list[Source] = []
    mastheads: dict[str, bool] = {}  # a document's speakers speak many times over
    expansions: dict[str, str | None] = {}  # and so do their acronyms
    reporting = _reporting(doc.language)
    for claim in doc.claims:
        speaker = claim.speaker
        if claim.cue in reporting.verbs and speaker.span and speaker.role is None and speaker.name.isupper():
            # "CNBC reported ...": an acronym that reports is a news outlet.
            out.append(Source("outlet", speaker.name, speaker.span, "sources:reporting-acronym"))
            continue
        # a role the name is all of ('the Harbour Source') may be a masthead's word taken for a role
        unknown = (_unknown_reporter(doc, claim, lex, reporting)
                   if speaker.role in (None, speaker.name) and speaker.span else None)
        if unknown is not None:
            out.append(unknown)
            continue
        # only a name opening with a lower-case letter has a lead to drop: the pattern is spared the others
        name = _LOWER_LEAD.sub("", speaker.name) if "a" <= speaker.name[:1] <= "z" else speaker.name
        if speaker.span and _masthead(name, mastheads):
            # "The News & Observer of Raleigh reported": a paper's name, not a think tank's; "the official
            # Korean Central News Agency": the name without what is said of it
            at = doc.norm.find(name, speaker.span[0], speaker.span[1])
            span = (at, at + len(name)) if at >= 0 else speaker.span
            out.append(Source("outlet", name, span, "sources:speaking-masthead"))
            continue
        joined = _conjuncts(doc.norm, speaker, lex)
        if joined:
            out.extend(s for s in (_institution(doc, part, lex) for part in joined) if s is not None)
            continue
        source = _institution(doc, speaker, lex)
        if source is None and speaker.span and speaker.role is None and _ACRONYM.fullmatch(speaker.name):
            source = _spelt_out(doc, speaker.name, speaker.span, expansions, lex)
        if source is None:
            continue
        bare = source.name.islower() and " " not in source.name and speaker.name.lower() != source.name
        if bare and source.name in speaker.name.lower().split():
            continue  # "The diplomat said" after "A Western diplomat said": cited already, in full
        out.append(source)
    return out


def _told_outlet_from(words: WordLists) -> tuple[WordMatcher, re.Pattern[str], frozenset[str]]:
    """The verbs of telling ('told', 'in an interview with'), the capitalised name right after one ('the Harbour
    Gazette'), and the masthead words one of which ends it when it is an outlet's. The verbs are found by the shared
    word pass: a pattern opening with them was tried at every character of every article."""
    return WordMatcher(words["told outlet"], ignore_case=False), re.compile(
        r"\s+(?:the\s+|The\s+)?(?P<name>(?:[A-Z][\w'.-]*[ \t]+){0,3}[A-Z][\w'-]*)"
    ), frozenset(words["masthead end"])


_told_outlet = _per_language(_told_outlet_from)


def _told_outlets(doc: Doc) -> list[Source]:
    """Outlets someone told, named by a masthead the table does not know: 'she told the Harbour Gazette', 'in an
    interview with Island FM'. A name ending in a masthead word is a paper's or a station's: a person or a body
    told is named otherwise. Not a place, nor the article's own publisher, which is no source it cites: named by
    the article's publisher words ('told the Harbour Gazette' in its story) or by a masthead word alone ('told the
    Gazette'), the short name a story gives its publisher."""
    told, name_after, ends = _told_outlet(doc.language)
    out: list[Source] = []
    publisher = set(_LEADING_THE.sub("", doc.publisher or "").split())
    speakers = {w for claim in doc.claims for w in claim.speaker.name.split()}
    for verb in told.finditer(doc.norm):
        m = name_after.match(doc.norm, verb.stop)
        if m is None:
            continue
        name = m.group("name")
        start, end = m.span("name")
        words = name.split()
        stop = next((k for k, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 2), -1)
        if stop >= 0:
            # "told Tahiti Infos. Two ...": the name ends with its sentence
            words = [*words[:stop], words[stop][:-1]]
            name = " ".join(words)
            end = start + len(name)
        if publisher.issuperset(words) or _within_any(start, end, doc.places):
            continue
        # a masthead word alone ('told the Gazette') is the short name a story gives its own publisher
        if (len(words) < 2 or words[-1] not in ends) and (words[-1] in ends or not _told_no_one(doc, words, speakers)):
            continue
        out.append(Source("outlet", name, (start, end), "sources:told-outlet"))
    return out


# Every written form of the outlets the table knows.
_KNOWN_OUTLETS: Final = outlet_names()


def _told_no_one(doc: Doc, words: list[str], speakers: set[str]) -> bool:
    """Whether a capitalised name someone told, with no masthead word, names no person and no body and so a paper
    or a station the table does not know ('told Bergens Tidende that', 'told KNR'): none of its words is a role's,
    a body's or a title's, it opens with no word that never starts a name ('told Congress', 'told President X'),
    and no speaker of the story bears it ('told Moreau' after 'Claire Moreau said')."""
    if " ".join(words) in _KNOWN_OUTLETS:
        return False  # a known outlet is cited by the table's own pass, which knows when it signs the story
    lex = lexicon(doc.language)
    if words[0].lower() in lex.stops or any(lex.head(w) is not None or w.lower() in lex.modifiers for w in words):
        return False
    return not any(w in speakers for w in words)


@dataclass(frozen=True, slots=True)
class _Reporting:
    """What makes a name no word of which the lexicon knows a masthead, in one language."""

    verbs: frozenset[str]  # the claims' cues by which it reports
    according: frozenset[str]  # those after which it is cited, in lower case
    after: re.Pattern[str]  # its verb right after it ('Caribnieuws reported', 'has reported')
    before: re.Pattern[str]  # its verb right before it ('reported the Abendblatt')


def _reporting_from(words: WordLists) -> _Reporting:
    verbs = alternation(words["reports"])
    return _Reporting(
        frozenset(words["reports"]),
        frozenset(words["according"]),
        re.compile(rf"\s+(?:(?:{alternation(words['before reports'])})\s+)?(?:{verbs})\b"),
        re.compile(rf"\b(?:{verbs})\s+$"),
    )


_reporting = _per_language(_reporting_from)


# 'and' may join two capitalised words of a masthead ('the Trinidad and Tobago Sentinel') when one more goes on after
# them: two names joined at the end are two reporters ('Russia and Iran reported', 'Smith and Jones reported').
_UNKNOWN_NAME: Final = re.compile(r"(?:[A-Z][\w'.-]*\s+(?:and\s+(?=[A-Z][\w'.-]*\s+[A-Z]))?){0,3}[A-Z][\w'.-]*[\w']")


def _heads_beyond_masthead(words: list[str], lex: Lexicon) -> list[tuple[int, tuple[str, str]]]:
    """The head words of a capitalised name but a cited word ending it ('the Harbour Source'): a masthead's word,
    not an anonymous source's."""
    return [(k, h) for k, h in _heads(words, lex) if not _masthead_source(words, k, h)]


def _masthead_source(words: list[str], k: int, head: tuple[str, str]) -> bool:
    """Whether the head at `k` is a cited word ('Source') ending a capitalised name of more than one word: a
    masthead's ('the Harbour Source'), not an anonymous source's."""
    return head[1] == "cited" and 0 < k == len(words) - 1 and words[k][:1].isupper() and words[0][:1].isupper()


def _unknown_reporter(doc: Doc, claim: Claim, lex: Lexicon, reporting: _Reporting) -> Source | None:
    """A name no word of which the lexicon knows, that reports ('Caribnieuws reported', 'reported the Tobago
    Clarion') or that a story follows ('according to the Esch Tageblatt'): a paper or site's masthead, since a body
    carries a head word and a person's own words are said, not reported. Not a place, nor a person's surname
    standing for the full name given before."""
    speaker = claim.speaker
    assert speaker.span is not None
    start, end = speaker.span
    norm = doc.norm
    written = norm[start:end]
    surface = _without_article(written) if written[:1] in "tT" else written
    lead = end - len(surface)
    words = surface.split()
    if not _UNKNOWN_NAME.fullmatch(surface) or surface.isupper() or _heads_beyond_masthead(words, lex):
        return None
    if len(speaker.name.split()) > len(surface.split()):
        return None  # "Solberg reported" after "Ingrid Solberg": a person
    if claim.cue.lower() in reporting.according:
        cited = surface != written and norm[end : end + 1] in ("", ",", ".", ";")
    else:
        cited = claim.cue in reporting.verbs and (
            reporting.after.match(norm, end) is not None
            or reporting.before.search(norm, max(0, start - 12), start) is not None
        )
    if not cited or _within_any(lead, end, doc.places):
        return None
    return Source("outlet", surface, (lead, end), "sources:reporting-name")


def _conjuncts(norm: str, speaker: Speaker, lex: Lexicon) -> list[Speaker]:
    """'residents and local media', 'witnesses and local officials': two unnamed groups who both speak, each a
    source of its own kind; [] for any other speaker."""
    span = speaker.span
    if span is None or " and " not in speaker.name:
        return []
    written = norm[span[0] : span[1]]
    at = written.find(" and ")
    parts = [(span[0], span[0] + at), (span[0] + at + 5, span[1])]
    speakers = []
    for start, end in parts:
        text = norm[start:end]
        words = text.split()
        head = lex.head(words[-1]) if words else None
        if head is None or head[0] != "group" or any(w[:1].isupper() for w in words):
            return []
        speakers.append(Speaker(text, text, None, (start, end)))
    return speakers


def _spelt_out(doc: Doc, acronym: str, span: Span, expansions: dict[str, str | None], lex: Lexicon) -> Source | None:
    """The body an acronym that speaks stands for, spelt out elsewhere in the document ('the AFM said' after 'the
    Armed Forces of Malta'), searched once per acronym; its head words say its kind ('British Airways': other)."""
    if acronym not in expansions:
        found = _spelling(doc.norm, acronym)
        expansions[acronym] = found if found is not None and found != acronym else None
    name = expansions[acronym]
    if name is None:
        return None
    heads = [h for _, h in _heads(name.split(), lex) if h[0] == "institution"]
    kind = _KINDS.get(heads[-1][1], "other") if heads else "other"
    return Source(kind, name, span, "sources:acronym-spelt-out")


# Words that may stand between the words an acronym's letters open ('Armed Forces of Malta' for 'AFM').
_SPELLING_JOINTS: Final = ("of", "the", "for", "and", "in", "on", "de", "du", "des", "la", "el")
# How many of them at most, one after another.
_SPELLING_JOINED: Final = 2


def _spelling(norm: str, acronym: str) -> str | None:
    """The first words of `norm` whose first letters spell `acronym` (capitals): each letter opens a word of
    [\\w'\u2019-] characters, up to two joining words between them, white space or hyphens before each letter, and
    no word character or hyphen right before the first nor right after the last.

    It reads as the pattern `L1[\\w'\u2019-]*JOINT L2[\\w'\u2019-]*JOINT ...(?![\\w-])` would, JOINT being
    `(?:\\s+(?:of|the|...)){0,2}[\\s-]+`, trying the same choices in the same order; but no pattern is compiled per
    acronym, which cost more than the search itself in a story whose acronym is met once.
    """
    first = acronym[0]
    at = norm.find(first)
    while at >= 0:
        if at == 0 or not _hyphenated_word_char(norm[at - 1]):
            end = _spelt_from(norm, acronym, 0, at)
            if end >= 0:
                return norm[at:end]
        at = norm.find(first, at + 1)
    return None


def _spelt_from(norm: str, acronym: str, i: int, at: int) -> int:
    """The end of the words spelling `acronym[i:]` from `at`, or -1."""
    if norm[at : at + 1] != acronym[i]:
        return -1
    end = at + 1
    while end < len(norm) and (_hyphenated_word_char(norm[end]) or norm[end] in "'\u2019"):
        end += 1
    if i + 1 == len(acronym):
        return end  # nothing the word's characters leave after it is a word character or a hyphen
    for stop in range(end, at, -1):  # the longest word first, then shorter, as the pattern backtracks
        found = _joint_then(norm, acronym, i + 1, stop, 0)
        if found >= 0:
            return found
    return -1


def _joint_then(norm: str, acronym: str, i: int, at: int, joined: int) -> int:
    """The end of a joint from `at` (joining words first, as many as may stand), then the words spelling
    `acronym[i:]`; -1 if none."""
    if joined < _SPELLING_JOINED:
        space = at
        while space < len(norm) and norm[space].isspace():
            space += 1
        if space > at:
            for word in _SPELLING_JOINTS:
                if starts_at(norm, space, word):
                    found = _joint_then(norm, acronym, i, space + len(word), joined + 1)
                    if found >= 0:
                        return found
    gap = at
    while gap < len(norm) and (norm[gap].isspace() or norm[gap] == "-"):
        gap += 1
    # Only the gap's full width can be followed by a capital: shorter ones end on white space or a hyphen.
    return _spelt_from(norm, acronym, i, gap) if gap > at else -1


def _hyphenated_word_char(char: str) -> bool:
    """[\\w-]: a word character or a hyphen."""
    return char.isalnum() or char in "_-"


def _masthead(name: str, seen: dict[str, bool]) -> bool:
    """Whether `name` is a newspaper's or broadcaster's, answered once per name in `seen`."""
    found = seen.get(name)
    if found is None:
        found = seen[name] = _MASTHEAD.search(name) is not None and _proper(name)
    return found


def _proper(name: str) -> bool:
    """Whether every word of `name` is capitalised, but for joining words ('Times of India')."""
    return all(w[:1].isupper() or w in ("&", "of", "the", "and", "de", "du", "la", "le") for w in name.split())


def _institution(doc: Doc, speaker: Speaker, lex: Lexicon) -> Source | None:
    """The institution behind a speaker: 'the Russian Defense Ministry', 'a State Department spokesman'."""
    if speaker.span is None:
        return None
    written = doc.norm[speaker.span[0] : speaker.span[1]]
    if " of " in written and _CUT_BEFORE_PICTURES.match(doc.norm, speaker.span[1]):
        return None  # "an analysis of satellite | images by X": a phrase cut short, whose author is the source
    # A speaker's span carries its article ("the ministry"); the source is named without it.
    surface = _without_article(written) if written[:1] in "tTaA" else written  # its articles open so
    lead = speaker.span[0] + len(written) - len(surface)
    if " " not in surface and speaker.name.startswith(surface[:1]) and " " in speaker.name:
        surface = speaker.name  # "the MoD" for the "Ministry of Defence" named before
    words = surface.split()
    paper = _paper_named(doc, surface, lead, lex) if surface[:1].islower() or " " in surface else None
    if paper is not None:
        return paper
    if len(words) == 1 and surface.lower() in DOCUMENTS:
        return None  # "the report said": whoever issued it is cited by its own name
    if _named_with_body(surface, speaker, lex):
        return None
    issuer = surface.find(speaker.name) if words[0].lower() in DOCUMENTS else -1
    if issuer > 0:
        # "a statement from the navy": the navy, whom the claims layer names as the speaker
        lead, surface = lead + issuer, speaker.name
        words = surface.split()
    seen = _DOCUMENT_SEEN.match(surface) if " by " in surface else None
    if seen is not None:
        # "a budget document seen by the Bulletin": the paper is cited; who saw it only reports it
        return Source("official", seen.group("paper"), (lead, lead + seen.end("paper")), "sources:document-seen")
    heads = _heads(words, lex)
    if not heads:
        return _described_body(speaker, surface, lead, lex)
    plain = (w for w in words if w.islower() and w not in lex.determiners and w not in lex.connectors)
    unknown = sum(1 for w in plain if not lex.is_phrase_word(w))
    # "satellite images analysed by ...": a participle phrase, not a name
    participles = "by" in words and any(w.endswith("ed") and nxt == "by" for w, nxt in pairwise(words))
    if unknown > 2 or participles:
        return None
    if speaker.name.lower() == surface.lower() and _anonymous(words, heads):
        kind = "official" if _state_tied(words, doc.language, lex) else "other"
        return Source(kind, surface, (lead, lead + len(surface)), "sources:anonymous")
    first, (kind, source) = heads[0]
    led = any(h[0] in ("person", "title") for k, h in heads if k > 1) and speaker.role is None
    if first == 0 and kind == "institution" and words[1:2] == ["of"] and led and speaker.name == surface:
        # "the government of Captain X": the body, whoever leads it
        return Source(_KINDS.get(source, "other"), surface, speaker.span, "sources:speaking-institution")
    kind, source = heads[-1][1]
    if kind == "group" and source == "witness":
        owned = heads[-1][0] > 0 and words[heads[-1][0] - 1].endswith(("'s", "s'"))
        # "the shipyard's owners said": the people of a body or place it owns, no one on the spot
        return None if owned else _witnesses(surface, lead, lex)
    if kind == "group" and source == "cited" and all(h[0] != "institution" for _, h in heads):
        # "police sources", "Pentagon sources" speak for the institution named
        return _cited_group(speaker, surface, lead, heads[-1][0], len(words))
    descriptive = speaker.role is not None and speaker.role.lower() in speaker.name.lower()
    if descriptive:
        surface = speaker.name
    org = speaker.affiliation or ""
    org_heads = [h for _, h in _heads(org.split(), lex)]
    # "analysts at the Harbour Policy Forum": experts speak for a body named in full, whatever its head word
    # "the Chief of Staff": a title's last word is no body the person speaks for
    titled = " " not in org and surface.endswith(f" of {org}")
    if descriptive and len(org) > 2 and (org_heads or _studied(org, kind, source)) and not titled:
        at = written.find(org)
        span = (speaker.span[0] + at, speaker.span[0] + at + len(org)) if at >= 0 else speaker.span
        # "researchers at the Middlebury Institute": a research body is an expert source, a ministry an official
        org_kind = "expert" if not org_heads or org_heads[-1] == ("institution", "expert") else "official"
        return Source(org_kind, org, span, "sources:speaker-affiliation")
    if kind == "group" and source == "outlet":
        return Source("outlet", surface, speaker.span, "sources:speaking-media")
    if descriptive and kind == "person" and (len(surface.split()) > 1 or source == "official"):
        unit = max((k for k, h in heads if h[0] == "institution"), default=-1)
        if unit < 0:
            # "a source of security": an unnamed source a word puts inside a state's services is an official one
            tied = source == "cited" and _state_tied([*words, *speaker.name.split()], doc.language, lex)
            kind = "official" if tied else _KINDS.get(source, "other")
            return Source(kind, surface, speaker.span, "sources:speaking-person")
    if descriptive and source == "official" and kind == "group":
        unit = max((k for k, h in heads if h[0] == "institution"), default=-1)
        if unit < 0:
            return Source("official", surface, speaker.span, "sources:speaking-official")
    if descriptive and source == "expert" and kind == "group" and _said_which(written, surface, heads):
        return Source("expert", surface, speaker.span, "sources:speaking-experts")
    if kind == "institution":
        # "the alliance" for "NATO" named before: the name, however short
        kin = surface.islower() and surface in lex.kin
        name = speaker.name if len(speaker.name) >= len(surface) or kin else surface
        if len(name.split()) == 1 and name.islower() and name not in lex.sole:
            return None  # "the ministry said": one of many, named in full elsewhere; "the army said" is the one
        return Source(_KINDS.get(source, "other"), name, speaker.span, "sources:speaking-institution")
    unit = max((k for k, h in heads if h[0] == "institution"), default=-1)
    if descriptive and unit == 0 and words[0].islower():
        # "military officials", "the brigade's commander": a bare common noun names no institution
        return Source("official", surface, (lead, lead + len(surface)), "sources:speaker-described")
    if descriptive and unit >= 0:
        name = " ".join(words[: unit + 1])
        # "a State Department spokesman": the article goes with the spokesman, not the department.
        owner = _OWNER.sub("", name)  # "the European Union's foreign policy chief": the Union
        return Source("official", owner, (lead, lead + len(owner)), "sources:speaker-institution")
    return None


def _heads(words: list[str], lex: Lexicon) -> list[tuple[int, tuple[str, str]]]:
    """(index, head) of the words that head a phrase: a loop, so the compiled build calls `head` natively rather than
    through a bound method that `map` would call as a Python object."""
    found: list[tuple[int, tuple[str, str]]] = []
    for k, word in enumerate(words):
        head = lex.head(word)
        if head is not None:
            found.append((k, head))
    return found


def _put_out_from(words: WordLists) -> tuple[frozenset[str], re.Pattern[str]]:
    """The nouns of papers cited by themselves, and what may follow one: how it was put out, then by whom or to
    where ('published by the navy', 'sent to residents'), up to the end of the clause."""
    return frozenset(words["cited paper"]), re.compile(
        rf"\s+(?:{alternation(words['put out'])})\s+"
        rf"(?:(?:{alternation(words['issued by'])})\s+(?:the\s+)?"
        r"(?P<issuer>(?:[\w'.-]+\s+){0,4}?[\w'-]+(?:\.[\w'-]+)*)"
        rf"|(?P<rest>(?:{alternation(words['put out to'])})\s+[^,;:.()\n]{{1,40}}?))"
        rf"(?=\s*[,;:.()]|\s*$|\s+(?:{alternation(words['clause goes on'])})\b)"
    )


_put_out = _per_language(_put_out_from)


def _paper_named(doc: Doc, surface: str, lead: int, lex: Lexicon) -> Source | None:
    """A paper that speaks and how it was put out, its noun the phrase's first word or one after the words saying
    which ('a notice sent to residents', 'tender notices published on the port's website', 'the budget request
    sent to parliament')."""
    at = 0
    for k, word in enumerate(surface.split()):
        at = surface.find(word, at)
        if k and not word.islower():
            return None  # "Navy procurement documents": a body's paper, which its own name cites
        paper = _paper_put_out(doc, word, lead, lead + at + len(word), lex)
        if paper is not None:
            return paper
        at += len(word)
    return None


def _paper_put_out(doc: Doc, noun: str, lead: int, end: int, lex: Lexicon) -> Source | None:
    """A paper cited by a bare noun and how it was put out: its issuer when named ('a notice published by the
    navy': the navy), else the paper so told ('a notice sent to residents'); None for a bare noun with no such
    phrase, which stands for a paper named before."""
    nouns, pattern = _put_out(doc.language)
    if noun.lower() not in nouns:
        return None
    m = pattern.match(doc.norm, end)
    if m is None:
        return None
    issuer = m.group("issuer")
    if issuer is None:
        return Source("official", doc.norm[lead : m.end()], (lead, m.end()), "sources:paper-put-out")
    heads = [h for _, h in _heads(issuer.split(), lex) if h[0] == "institution"]
    kind = _KINDS.get(heads[-1][1], "other") if heads else "official"
    return Source(kind, issuer, m.span("issuer"), "sources:paper-issuer")


# Group words of an official kind in any language (officials, diplomats): literal words of the automaton pass, at
# which the relative-clause pattern below is tried.
_OFFICIAL_GROUPS: Final = tuple(sorted(
    {row["word"] for row in table("roles.tsv") if row["kind"] == "group" and row["source"] == "official"}
))
_RELATIVE_REACH: Final = 50


@cache
def _relative_clause(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands before an official group that speaks inside a relative clause ('a project that', 'which
    Western'), and the reporting verb after it ('say', 'have long suspected')."""
    words = pattern_words(lang)
    verbs = [row["cue"] for row in table_for("cues.tsv", lang) if row["kind"] in ("verb", "verbn")]
    before = re.compile(
        rf"\b(?:{alternation(words['relative'])})\s+(?P<group>(?:[\w'.-]+\s+){{0,2}}?)$", re.IGNORECASE
    )
    after = re.compile(
        rf"\s+(?:(?:{alternation(words['perfect'])})\s+)?(?:\w+ly\s+|(?:{alternation(words['long'])})\s+)?"
        rf"(?:{alternation(verbs)})\b"
    )
    return before, after


def _relative_groups(doc: Doc, hits: _Hits) -> list[Source]:
    """Officials or diplomats who speak inside a relative clause ('a project that officials say will ...', 'which
    Western diplomats have long suspected of ...'): an official source, which the claims layer, reading main
    clauses, does not take."""
    out: list[Source] = []
    norm = doc.norm
    before, after = _relative_clause(doc.language)
    for word in _OFFICIAL_GROUPS:
        for at in hits.words.get(word, ()):
            end = at + len(word)
            if not _bounded(norm, at, end):
                continue
            opening = before.search(norm, max(0, at - _RELATIVE_REACH), at)
            if opening is None or after.match(norm, end) is None:
                continue
            start = opening.start("group")
            name = _without_article(norm[start:end])
            out.append(Source("official", name, (end - len(name), end), "sources:relative-group"))
    return out


# Unnamed people on the spot (residents, fishermen) and official groups (officials, diplomats) in any language, each
# word but its first letter: literal words of the automaton pass, found with a capital opening a sentence too, at
# which the pattern below is tried.
_SPEAKER_STEMS: Final = tuple(sorted(
    {row["word"][1:] for row in table("pattern_words.tsv") if row["class"] == "local people"}
    | {word[1:] for word in _OFFICIAL_GROUPS}
))
_SPEAKING: Final = frozenset(_SPEAKER_STEMS)
# With people who only post pictures (spotters, users), whom only the posting pattern takes, in a text with a verb of
# posting.
_PEOPLE_STEMS: Final = tuple(sorted(
    _SPEAKING | {row["word"][1:] for row in table("pattern_words.tsv") if row["class"] == "poster"}
))
# The verbs by which people put pictures on a platform, in any language: the posting pattern is tried only before one.
_POSTING_WORDS: Final = tuple(sorted({row["word"] for row in table("pattern_words.tsv") if row["class"] == "posting"}))


# The most words that may stand before officials in their name: runs of characters other than white space, each.
_LEAD_WORDS: Final = 2


@cache
def _people_speaking(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    groups = [row["word"] for row in table_for("roles.tsv", lang)
              if row["kind"] == "group" and row["source"] == "official"]
    return _people_speaking_from(pattern_words(lang), groups)


def _people_speaking_from(words: WordLists, groups: list[str]) -> tuple[re.Pattern[str], re.Pattern[str],
                                                                          frozenset[str]]:
    """Unnamed people on the spot or officials, where they are, then a verb by which they speak ('residents of the
    district say', 'a taxi driver near the terminal, who asked not to be named, said', 'local officials suspect'),
    not one saying they told nothing ('have said little'); the words that may stand before officials in their name
    ('local', 'Australian', not 'the' or 'that'); and the official group words."""
    speaking = re.compile(
        rf"(?i:{alternation([*words['local people'], *groups])})"
        rf"(?:\s+(?i:{alternation(words['people place'])})\s+"
        r"(?:[\w'-]+(?:\.[\w'-]+)*\s+){0,4}?[\w'-]+(?:\.[\w'-]+)*)?\b"
        rf"(?=(?:,\s+(?:{alternation(words['aside who'])})\s+[^,.;:\n]{{1,60}},)?"
        rf"\s+(?:(?i:{alternation(words['perfect'])})\s+)?(?:\w+ly\s+|(?i:{alternation(words['long'])})\s+)?"
        rf"(?i:(?:{alternation(words['voice'])})\b(?!\s+(?:{alternation(words['no view'])})\b)"
        rf"|(?:{alternation(words['voice that'])})(?:\s+(?:{alternation(words['that of voice'])})\b"
        rf"|(?P<bare>\b)(?!\s+(?:\w+ly\s+)?(?:{alternation(words['feared about'])})\b))))"
    )
    closed = alternation([*words["relative"], *words["people quantifier"], "and", "or", "but"])
    before = re.compile(rf"(?:(?<![\w'.-])(?!(?i:{closed})\b|\d)[\w'-]+(?:\.[\w'-]+\.?)?[ \t]+){{1,{_LEAD_WORDS}}}$")
    return speaking, before, frozenset(groups)


def _people_posting_from(words: WordLists) -> re.Pattern[str]:
    """People on the spot, where they are, who put pictures on a platform named after them ('residents of the
    village posted photographs on Facebook'): a source besides the platform. Those only named after the pictures
    ('photos posted on X by spotters') are left to the platform."""
    return re.compile(
        rf"(?i:{alternation([*words['local people'], *words['poster']])})"
        rf"(?:\s+(?i:{alternation(words['people place'])})\s+(?:[\w'-]+\s+){{0,4}}?[\w'-]+)?\b"
        rf"(?=\s+(?:(?i:{alternation(words['perfect'])})\s+)?(?:\w+ly\s+|also\s+)?(?i:{alternation(words['posting'])})\s+"
        rf"(?:[\w'-]+\s+){{0,5}}?(?:on|to|via)\s+(?:the\s+)?(?:(?:its|his|her|their)\s+)?"
        rf"(?:{_NAMED_PLATFORM}|(?i:social\s+media))\b)"
    )


_people_posting = _per_language(_people_posting_from)


def _relative_before_from(words: WordLists) -> re.Pattern[str]:
    """A relative and a quantifier right before people whose verb has no 'that': 'a site that some islanders fear
    could host', where what they fear is the relative's noun, not a view they tell."""
    return re.compile(
        rf"(?<![\w'-])(?i:{alternation(words['relative'])})\s+(?:(?i:{alternation(words['people quantifier'])})\s+)?$"
    )


_relative_before = _per_language(_relative_before_from)


def _people_on_the_spot(doc: Doc, hits: _Hits) -> list[Source]:
    """Unnamed people on the spot or officials who speak ('residents of the Ash district say', 'a fisherman said',
    'local officials suspect'), each an `other` or `official` source under the phrase, read off the text alone
    (`Sources.match` drops one another source overlaps)."""
    out: list[Source] = []
    speaking, before, groups = _people_speaking(doc.language)
    relative = _relative_before(doc.language)
    posting = _people_posting(doc.language)
    norm = doc.norm
    verbs = [starts for starts in (hits.words.get(word) for word in _POSTING_WORDS) if starts]
    for stem in _PEOPLE_STEMS if verbs else _SPEAKER_STEMS:
        for at in hits.words.get(stem, ()):
            start = at - 1
            if start < 0 or (start > 0 and norm[start - 1].isalnum()):
                continue
            m = speaking.match(norm, start) if stem in _SPEAKING else None
            if m is None:
                posted = posting.match(norm, start) if _verb_in_clause(norm, start, verbs) else None
                if posted is not None:
                    out.append(Source("other", posted.group(), posted.span(), "sources:people-posting"))
                continue
            if m.group("bare") is not None and relative.search(norm, max(0, start - _RELATIVE_REACH), start):
                continue
            if norm.endswith(("'s ", "s' "), max(0, start - 3), start):
                continue  # "the shipyard's owners expect": the people of a body or place it owns, no one on the spot
            if norm[start : start + len(stem) + 1].lower() in groups:
                # "Australian officials privately worry that": officials named with the words that say whose
                # tried from every character of the window, the words before are searched for only from the last ones
                lead = before.search(norm, last_runs(norm, max(0, start - _RELATIVE_REACH), start, _LEAD_WORDS), start)
                begin = lead.start() if lead is not None else start
                out.append(Source("official", norm[begin : m.end()], (begin, m.end()), "sources:officials-speaking"))
            else:
                # "a sheep farmer said", "boat owners worry": the words saying which people are their name's too
                lead = before.search(norm, last_runs(norm, max(0, start - _RELATIVE_REACH), start, 1), start)
                begin = lead.start() if lead is not None else start
                out.append(Source("other", norm[begin : m.end()], (begin, m.end()), "sources:people-speaking"))
    # "plane spotters posted": the longest phrase, not the word that closes it
    return [p for p in out if not any(o.span != p.span and o.span[0] <= p.span[0] and p.span[1] <= o.span[1]
                                      for o in out)]


def _verb_in_clause(norm: str, start: int, verbs: list[list[int]]) -> bool:
    """Whether a posting verb (`verbs`: each verb's sorted starts) follows `start` with no full stop between, as in
    every match of the posting pattern."""
    for starts in verbs:
        k = bisect_right(starts, start)
        if k < len(starts) and norm.find(".", start, starts[k]) < 0:
            return True
    return False


# A paper a speaker phrase names, then who saw or leaked it: 'planning document obtained by the newspaper'.
_DOCUMENT_SEEN: Final = re.compile(
    r"(?P<paper>(?:[\w'-]+\s+){0,3}?(?:documents?|memo|memorandum|cable|letter|papers))\s+"
    r"(?:seen|obtained|reviewed|viewed|leaked|consulted)\s+by\b"
)
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
_OWNER: Final = re.compile(r"(?:'s|\u2019s|')$")
_CUT_BEFORE_PICTURES: Final = re.compile(r"\s+(?:images?|imagery|photos?|photographs?|pictures?|footage)\b")


def _said_which(written: str, surface: str, heads: list[tuple[int, tuple[str, str]]]) -> bool:
    """Whether unnamed experts who speak are a source cited: 'analysts in Riga say', 'shipping analysts said', a word
    saying which or where; not a bare 'analysts say', the trade's view in general, nor 'the researchers said', those
    cited already, nor experts of a body named, whom that body's head word speaks for."""
    return (" " in surface and not _LEADING_THE.match(written)
            and all(h[0] != "institution" for _, h in heads))


def _described_body(speaker: Speaker, surface: str, lead: int, lex: Lexicon) -> Source | None:
    """A research body named in full and described as one ('the Harbour Policy Forum, a Washington think tank,
    said'): an expert source under its own name. Firms and groups so described are left to the claims layer."""
    role = speaker.role
    if not role or speaker.name != surface:
        return None
    words = role.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in lex.connectors), len(words))
    if _phrase_head(words[:cut], lex) != ("institution", "expert") or not surface[:1].isupper():
        return None  # "X, a military analyst": a person, whatever body their description names
    if not _proper(surface):
        return None
    return Source("expert", surface, (lead, lead + len(surface)), "sources:described-body")


def _studied(org: str, kind: str, source: str) -> bool:
    """Whether experts speak for `org`, a body named in full ('analysts at the Harbour Policy Forum')."""
    return source == "expert" and kind in ("person", "group") and org[:1].isupper() and _proper(org)


def _phrase_head(words: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """The head closing `words`: its last two words ('think tank') or, failing them, its last one."""
    if not words:
        return None
    pair = lex.head(f"{words[-2]} {words[-1]}") if len(words) > 1 else None
    return pair or lex.head(words[-1])


def _named_with_body(surface: str, speaker: Speaker, lex: Lexicon) -> bool:
    """Whether the speaker is a named person followed by the body they belong to ('the political scientist
    X Y of the Institute of Z'): a person's body is their affiliation, not a source cited."""
    at = surface.find(speaker.name)
    if at < 0 or not speaker.affiliation or not speaker.name[:1].isupper() or speaker.role == speaker.name:
        return False
    after = surface[at + len(speaker.name) :].split()
    return bool(after) and after[0] in lex.connectors and after[0] not in lex.place_connectors


def _anonymous(words: list[str], heads: list[tuple[int, tuple[str, str]]]) -> bool:
    """'a source in the defence ministry', 'informed military sources': someone unnamed inside or near a body,
    or described without a name, cited as such; not sources of a body ('sources of the ministry') nor a body's
    own ('Pentagon sources', 'police sources'), who speak for it."""
    cited = next((k for k, h in heads if h[1] == "cited"), -1)
    if cited < 0 or any(words[k][:1].isupper() for k, _ in heads if k < cited):
        return False
    if _masthead_source(words, cited, heads[-1][1]):
        return False  # "the Harbour Source reported": a paper's name
    if "of" in words[:cited]:
        return False  # "one of the sources": one of those cited already, not another
    if cited == len(words) - 1:
        headed = {k for k, _ in heads}
        return any(k not in headed for k in range(cited))
    return words[cited + 1].lower() in _INSIDE_OR_NEAR


def _state_tied(words: list[str], lang: str, lex: Lexicon) -> bool:
    """Whether an unnamed source is put inside a state's forces or offices ('a defence source', 'a source in the
    ministry', 'informed military sources'): an official one, as an unnamed official is; not one only close to or
    familiar with them ('a source close to the army')."""
    lowered = [w.lower().strip(",.") for w in words]
    service, beside = _state_service(lang)
    if any(w in beside for w in lowered):
        return False
    return any(w in service or lex.head(w) == ("institution", "official") for w in lowered)


def _state_service_from(words: WordLists) -> tuple[frozenset[str], frozenset[str]]:
    """The words putting an unnamed source inside a state's forces or offices, and those placing it only beside
    them."""
    return frozenset(words["state service"]), frozenset(words["beside source"])


_state_service = _per_language(_state_service_from)


# What puts an unnamed source inside or beside a body rather than speaking for it.
_INSIDE_OR_NEAR: Final = frozenset({"in", "at", "within", "inside", "close", "near", "familiar"})


def _witnesses(surface: str, lead: int, lex: Lexicon) -> Source:
    """'Some residents of Ceiba told ...': the people on the spot, named without their quantifier."""
    words = surface.split()
    skip = 0
    while skip < len(words) - 1 and words[skip].lower() in lex.determiners:
        skip += 1
    quantifier = re.match(rf"(?:\S+\s+){{{skip}}}", surface)
    at = quantifier.end() if quantifier else 0
    return Source("other", surface[at:], (lead + at, lead + len(surface)), "sources:speaking-witnesses")


def _cited_group(speaker: Speaker, surface: str, lead: int, head: int, size: int) -> Source | None:
    """'local sources', 'environmental groups': unnamed speakers a word before the head says which of; not a
    bare or placed group ('sources on both sides'), nor one standing for a speaker named before ('the same
    sources')."""
    if head == 0 or head != size - 1 or speaker.name.lower() != surface.lower() or " of " in surface:
        return None  # "one of the sources": of those cited already
    return Source("other", surface, (lead, lead + len(surface)), "sources:speaking-group")


def _within_any(start: int, end: int, items: Sequence[PlaceMention | DateMention]) -> bool:
    """Whether text[start:end] lies inside one of `items`' spans (a place's or a date's name set off so)."""
    return any(i.span[0] <= start and end <= i.span[1] for i in items)
