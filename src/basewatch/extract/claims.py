"""Claims: direct and indirect speech with cue, speaker, hedging and content span.

An Aho-Corasick scan finds the attribution cues of cues.tsv; each cue is then read in its
sentence: a reporting verb with its speaker before ("X said that ...", "CONTENT, X said") or
after ('"QUOTE," said X'), a prepositional cue ("according to X"), a possessive noun ("in X's
view") or an impersonal passive ("it was reported that"). A claim is hedged when its cue voices
belief or opinion (believes, thinks, expects, in X's view) or when the main clause of its content
carries a hedge word (may, could, likely ...): "He said the base could host bombers" reports a
speculation; "... so that it could take larger aircraft" does not hedge the claim itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from basewatch.extract.cues import Cues, Hit, WordHits, build_cues, cues_and_hedges
from basewatch.extract.speakers import (
    DOCUMENTS,
    Known,
    Lexicon,
    Mention,
    Names,
    Phrases,
    SpeakerBook,
    Token,
    plural_noun,
    tokenize,
)
from basewatch.model import Claim, Doc, Span, Speaker

UNATTRIBUTED: Final = "(unattributed)"
# Words that may stand between a speaker and its reporting verb ("Lavrov has also said").
_AUX: Final = frozenset(
    [
        "has", "have", "had", "also", "would", "will", "did", "does", "later", "reportedly", "recently", "previously",
        "repeatedly", "once", "again", "publicly", "earlier", "never", "then", "however", "further", "separately",
        "explicitly", "openly", "firmly", "is", "was", "are", "were", "been", "be", "being", "not", "just", "already",
        "even", "only", "now", "first", "nevertheless", "nonetheless", "meanwhile",
    ]
)
# What opens the object of an evaluative 'called' ('called the plan a violation', 'calling it "provocative"').
_NAMING_LEMMAS: Final = frozenset(["call", "call for"])
_CALLED_OBJECTS: Final = frozenset(["the", "it", "them", "this", "these", "those", "that", "such"])
# Words before 'of them' that pick speakers out of a group named before ('one of them said').
_PARTITIVES: Final = frozenset(["one", "some", "many", "most", "several", "two", "three", "all", "both", "each"])
# Objects that make a reporting verb say nothing ('said little', 'revealed nothing').
_NOTHING: Final = frozenset(["little", "nothing"])
_BE: Final = frozenset(["is", "was", "are", "were", "been", "be", "being"])
# A verb followed by one of these reads as a noun or a passive ("fears of war", "claims were").
_NOUN_NEXT: Final = frozenset(
    [
        "of", "over", "about", "were", "are", "was", "is", "have", "had", "and", "to", "by", "tank", "tanks", "for",
        "off", "up", "in", "on", "it",
    ]
)
# After the cue, these start an adverbial, not the content ("..., he said on Monday").
_ADVERBIAL: Final = frozenset(
    [
        "on", "in", "at", "during", "to", "after", "before", "last", "this", "earlier", "late", "yesterday", "today",
        "tonight", "when", "while", "adding", "citing", "noting", "speaking", "according", "without", ",", ".", "!",
        "?", '"', ";", "(", ")",
    ]
)
# Cues whose content may be an infinitive: in "the party promised to cut taxes" the "to" opens it.
_INFINITIVE_LEMMAS: Final = frozenset(["promise", "urge", "threaten", "hope", "expect", "plan", "agree", "refuse"])
# Cues whose object is whom the words were addressed to ('told reporters that', 'assured senators that').
# Words that may say what a named speaker is, between its article and its name ('the conflict monitor X').
_DESCRIPTION: Final = 4
_DESCRIBED_WORDS: Final = 3
_INDEFINITE_OR_DEFINITE: Final = frozenset(["the", "a", "an"])
# What a subject phrase follows: the sentence's start or punctuation.
_PHRASE_OPENERS: Final = frozenset([",", ";", ":", '"', "(", "—", "–", "-"])
# Cues that, before 'to be' or 'to have', are participles of a passive ('the man said to be the leader').
_REDUCED_PASSIVE_LEMMAS: Final = frozenset(["believe", "think", "say", "suspect", "consider", "report"])
_RECIPIENT_LEMMAS: Final = frozenset(["tell", "assure"])
# Cues that voice a view only with 'as' after their object ('sees the move as temporary'); without it they
# report a perception ('sees growth').
_VIEWING_LEMMAS: Final = frozenset(["see", "regard"])
_VIEW_REACH: Final = 8
# Cues that report words only before a complementiser ('felt that', 'specified that') or after their content
# ('..., the minister affirmed'); with an object they report a perception, a list, a stance or an act ('felt
# the blast', 'specified an item', 'affirmed its support', 'concluded the exercise').
_THAT_LEMMAS: Final = frozenset(
    ["feel", "detail", "specify", "affirm", "conclude", "answer", "respond", "signal", "put it"]
)
# Participles of 'X is quoted by Y as saying'.
_QUOTED: Final = frozenset(["quoted", "cited"])
_POSSESSIVE_PRONOUNS: Final = {"his": "person", "her": "person", "their": "group", "its": "institution"}
_OBJECT_PRONOUNS: Final = {"him": "person", "her": "person", "them": "group"}
# What joins a document to whoever issued it ('a statement from the navy', 'a report by X').
_ISSUED_BY: Final = frozenset(["by", "from", "of"])
# ", who ...", ", many of whom ...": a relative clause between a speaker and its verb.
_RELATIVES: Final = frozenset(["who", "whom", "which", "whose"])
# After a plain noun and a cue, these show the cue is a participle or an intransitive verb.
_PARTICIPLE_NEXT: Final = frozenset(["by", "to", "with", "for", "as"])
# Words placing a speaker ('a spokesman in Bahrain'): a clause after the place describes the place.
_PLACE_LINKS: Final = frozenset(["in", "at", "near", "from"])
# Determiners of more than one, which make a placed phrase a group the people layer reads ('some residents in X').
_PLURAL_DETERMINERS: Final = frozenset(["some", "many", "most", "several", "all", "these", "those", "two", "three"])
_RELATIVE_ADVERBS: Final = frozenset(["now", "also", "still", "often", "sometimes", "usually", "regularly", "later"])
_FRAME_INTROS: Final = frozenset(["as", "for", "regarding", "concerning", "speaking", "of"])
_SIDE: Final = re.compile(r"\b(?:[Oo]n|[Ff]rom|[Ff]or) the (\w+) (?:side|part|camp)\b")
_SIDE_WORDS: Final = (" side", " part", " camp")
_MAX_QUOTE: Final = 3000
# Tokens from a cue to the platform it was posted on ('posted on its official Facebook page').
_PLATFORM_REACH: Final = 5
# What joins the clause of a second speaker to a claim before it ('..., and officials said', '..., while
# his rival insisted'), right before that speaker's phrase.
_CLAUSE_JOINT: Final = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)|;|\s(?:while|whereas))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?\Z",
    re.IGNORECASE,
)
# Characters the joint and the speaker's determiner take at most (', whereas their ').
_JOINT_REACH: Final = 24
# After 'in a statement': words that go on naming it ('in a statement on its website') rather than open content.
_VENUE_GOES_ON: Final = frozenset(["on", "of", "to", "by", "from", "with", "at", "in"])
# A relative clause set off by commas inside a claim's subject (', which was expanded in 2019,').
_RELATIVE_ASIDE: Final = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]*,")
# Cues whose content is a risk or threat, which a modal in it states rather than hedges.
_RISK_LEMMAS: Final = frozenset(["warn"])
# Subjects that make 'could' say what is impossible ('no one could', 'nothing can').
_NOBODY: Final = (["no", "one"], ["nobody"], ["nothing"], ["no-one"], ["none"])
# Participles that say how a speaker spoke, between it and the cue ('officials speaking on condition of anonymity').
_SPEAKING: Final = frozenset(["speaking", "talking", "writing", "commenting"])
# Tokens an opening phrase before a sentence's subject may take, its comma included ('In a statement,').
_INTRO: Final = 6
_THAT_WINDOW: Final = 12
# Adjectives that say what a described speaker knows or is near ('an official familiar with the plan').
_KNOWING: Final = frozenset(["familiar", "close", "aware", "knowledgeable", "involved", "present"])
# Tokens between a passive cue and the 'by' of its agent ('announced last month by').
_AGENT_REACH: Final = 5
# What may be cited beside a speaker without speaking: 'according to pilots and satellite imagery'.
_MATERIAL: Final = frozenset(
    ["satellite", "imagery", "images", "photos", "photographs", "footage", "video", "videos", "data", "documents",
     "records"]
)
# More words for pictures, which a verb of posting puts out rather than says ('photographs the navy posted on X').
_PICTURES: Final = frozenset(["photo", "photograph", "picture", "pictures", "clip", "clips", "image"])
# Tokens from 'according to' to the 'by' of 'satellite images reviewed by X'.
_REVIEW_REACH: Final = 6
# After 'reviewed by': the reporting outlet itself ('this newspaper', 'our correspondent', 'us').
_SELF: Final = frozenset(["this", "our", "us"])
# Verbs whose passive subject is what was said ('the plan was announced by X', 'the move was confirmed by X');
# 'the claim was denied by X' names the claim denied, not a claim made.
_AGENT_LEMMAS: Final = frozenset(["announce", "disclose", "reveal", "confirm"])
# Characters either side of a cue read in a long sentence: a speaker phrase and its apposition fit.
_WINDOW: Final = 200
_WINDOW_AFTER: Final = 120
_HEDGE_REACH: Final = 300
# Tokens before a mid-sentence 'according to X,' that are a lead-in ('In 2013,'), not the claim.
_SHORT_LEAD: Final = 4
# A line break that ends a line of text, not a wrap inside a sentence: the next line opens with no
# lower-case word.
# An opening single quote or TeX-style `` at the start of a word.
_SINGLE_OPEN: Final = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))(?:``|')(?=[^\s'])", re.MULTILINE)
_HARD_BREAK: Final = re.compile(r"\n(?![ \t]*[a-z])")
# The article or demonstrative right before a speaker phrase, which attribution corpora count as part
# of the source ("the ministry", "a spokesman"). "that" and "those" are left out: "said that officials
# ..." opens a clause, and "those" stands alone as a head ("those close to the talks").
_ARTICLE_BEFORE: Final = re.compile(
    r"(?<![\w'-])(?:[Tt]he|THE|[Aa]n?|(?P<this>[Tt]his)|[Tt]hese)[ \t]*\n?[ \t]*(?<=\s)$"
)
_FIRST_WORD: Final = re.compile(r"\w+")
_ARTICLES: Final = ("the", "The", "THE", "a", "A", "an", "An", "this", "This", "these", "These")
_ARTICLE_REACH: Final = 10
# A dateline: a place, maybe a date, maybe a wire agency in brackets, then a dash or a colon.
_DATELINE: Final = re.compile(
    r"(?P<place>[^\W\d][^,\n]{0,40}?)(?:,\s+(?P<when>[^\n]{1,30}?))?\s*(?:\([^)\n]{1,40}\)\s*)?[-\u2013\u2014:]\s+"
)
# What any dateline holds: its dash or colon, then white space.
_MARK_THEN_SPACE: Final = re.compile(r"[-\u2013\u2014:]\s")
_DATELINE_MARKS: Final = ("-", "\u2013", "\u2014", ":")
_DATELINE_REACH: Final = 90
# Opening quotation marks and the marks that close them.
_QUOTE_PAIRS: Final = {'"': '"', "\u201c": "\u201d"}


class Found:
    """One attribution read off the text, before its speaker is joined to the document's. A plain class, not a
    dataclass, whose generated __init__ would run as bytecode in the compiled build."""

    def __init__(self, mention: Mention | None, cue: str, cue_span: Span, hedged: bool, content: Span, span: Span,
                 rule: str, resolved: Mention | None) -> None:
        self.mention = mention
        self.cue = cue
        self.cue_span = cue_span
        self.hedged = hedged
        self.content = content
        self.span = span
        self.rule = rule
        self.resolved = resolved
        self.partners: list[Mention] = []


def _is_noun_phrase_start(toks: list[Token], det: int) -> bool:
    """A determiner that opens a subject naming someone: not 'no', nor 'this' in 'said that this ...'."""
    if toks[det][3] in ("no", "any"):
        return False  # "no country claimed responsibility" names no speaker
    return det == 0 or toks[det - 1][3] not in ("that", "which", "what")


class Claims:
    """Pipeline component filling `Doc.claims`."""

    def __init__(self) -> None:
        self._by_lang: dict[str, Cues] = {"en": build_cues("en")}

    def cues(self, lang: str) -> Cues:
        if lang not in self._by_lang:
            self._by_lang[lang] = build_cues(lang)
        return self._by_lang[lang]

    def match(self, doc: Doc) -> list[Found]:
        """Every attribution in `doc`, in text order, speakers not yet joined."""
        return _Reader(doc, self.cues(doc.language)).read()

    def __call__(self, doc: Doc) -> Doc:
        found = self.match(doc)
        if found:
            set_annotations(doc, found, self.cues(doc.language).lex)
        return doc


def set_annotations(doc: Doc, found: list[Found], lex: Lexicon) -> None:
    """Join speakers across the document and append one `Claim` per attribution."""
    book = SpeakerBook(Names(doc.norm, lex, doc.lower()))
    each = [(f, m) for f in found for m in [f.mention, *f.partners]]
    joined = []
    for f, m in each:
        mention = f.resolved if f.resolved is not None and m is f.mention else m
        joined.append(book.join(mention) if mention is not None else None)
    joined = [book.described(known) if known is not None else None for known in joined]
    mentions = _Mentions(doc)
    opened: dict[int, Known | None] = {}
    for (f, mention), known in zip(each, joined, strict=True):
        if mention is not None and mention.kind == "pronoun" and mention.span[0] in opened \
                and (known is None or known is opened[mention.span[0]]):
            continue  # "residents told radio they feared ...": what they told, not a second claim
        opened[f.content[0]] = known
        shown = with_article(doc.norm, mention.span) if mention is not None else None
        if known is not None:
            speaker = Speaker(_fold(known.name), known.role and _fold(known.role), known.affiliation, shown)
            speaker.aliases = known.aliases()
        elif mention is not None:
            speaker = Speaker(_fold(mention.name), mention.role and _fold(mention.role), mention.affiliation, shown)
        else:
            speaker = Speaker(UNATTRIBUTED)
        span = _claim_span(doc.norm, f, shown)
        doc.claims.append(
            # positional: a keyword call to the dataclass builds a dict per claim in the compiled build
            Claim(speaker, f.cue, f.hedged, f.content, span, mentions.about(f.content), f.rule)
        )


def with_article(norm: str, span: Span) -> Span:
    """`span` widened over the article written right before it ('the ministry', 'A spokesman')."""
    window = max(0, span[0] - _ARTICLE_REACH)
    if not norm[window : span[0]].rstrip().endswith(_ARTICLES):
        return span  # the pattern's article must close the text before the span: a string test rules most out
    found = _ARTICLE_BEFORE.search(norm, window, span[0])
    if found is None:
        return span
    if found.group("this"):
        first = _FIRST_WORD.match(norm, span[0], span[1])
        if first is not None and plural_noun(first.group()):
            return span  # "Despite this officials said": 'this' closes a clause, it fits no plural
    return (found.start(), span[1])


def _claim_span(norm: str, f: Found, shown: Span | None) -> Span:
    """The claim's span, over its speaker's span and the article of a speaker phrase it opens with
    ('The former minister, Ali Reza, said ...')."""
    start, end = f.span
    if shown is not None:
        start, end = min(start, shown[0]), max(end, shown[1])
    if (f.mention is not None and f.mention.start == start) or any(p.start == start for p in f.partners):
        start = with_article(norm, (start, end))[0]
    return start, end


def _fold(text: str) -> str:
    """A name as one line: 'Ivan\\n    Petrov' wrapped in the text is 'Ivan Petrov'."""
    return " ".join(text.split()) if "\n" in text else text


class _Mentions:
    """Facility mentions of a document sorted by start, so each claim's content looks only at those
    starting inside it rather than at every mention of every facility."""

    def __init__(self, doc: Doc) -> None:
        self.ids = [f.id for f in doc.facilities]
        self.spans = sorted((s, e, i) for i, f in enumerate(doc.facilities) for s, e in f.mentions)
        self.starts = [s for s, _, _ in self.spans]

    def about(self, content: Span) -> list[str]:
        """Facilities (in document order) with a mention inside `content`."""
        start, end = content
        inside = set()
        k = bisect_left(self.starts, start)
        while k < len(self.spans) and self.spans[k][0] <= end:
            if self.spans[k][1] <= end:
                inside.add(self.spans[k][2])
            k += 1
        return [self.ids[i] for i in sorted(inside)]


def _token_at(toks: list[Token], pos: int, lo: int = 0) -> int:
    """The index of the first token from `lo` on that starts at or after `pos` (len(toks) if none):
    `bisect_left(toks, (pos,), lo)`, by a search over the tokens' starts that compiles to native integer
    comparisons, not tuple comparisons through the generic bisect."""
    hi = len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid][0] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _opens_upper(norm: str, at: int) -> bool:
    """`norm[at:at + 1].isupper()`, told for ASCII by comparisons: compiled, they cost far less than the method."""
    first = norm[at : at + 1]
    if "A" <= first <= "Z":
        return True
    return first > "\x7f" and first.isupper()


def _adverb(word: str) -> bool:
    """'initially', 'flatly', 'privately': an -ly word between a speaker and its verb."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower()


def _outside_quotes(found: list[Found], norm: str, blanks: _Blanks) -> list[Found]:
    """Drop attributions quoted inside another's quotation: '"Lebanon has announced it before," she said.'"""
    quotes = [(f.content, f) for f in found if norm[f.content[0] - 1 : f.content[0]] == '"']
    kept = [f for f in found if not any(q[0] <= f.cue_span[0] and f.cue_span[1] <= q[1] and g is not f
                                        for q, g in quotes) and not _quoted(norm, blanks, f.cue_span[0])]
    kept = [f for f in kept if not _pronoun_quoted(f, kept, norm)]
    reported = [f.content for f in kept if f.mention is not None]
    return [f for f in kept if not (_backshifted(norm, f) and any(q[0] <= f.span[0] and f.cue_span[1] <= q[1]
                                                                   for q in reported))]


def _pronoun_quoted(f: Found, found: list[Found], norm: str) -> bool:
    """Whether `f` is voiced by a pronoun inside words another claim quotes."""
    if f.mention is None or f.mention.kind != "pronoun":
        return False
    return any(_quoted_within(norm, g.content, f.cue_span[0]) for g in found if g is not f)


def _quoted_within(norm: str, content: Span, at: int) -> bool:
    """Whether `at` stands inside a quotation that lies inside `content` ('For X, Paris "lost less than it
    fears"': the pronoun's cue is part of the words quoted)."""
    if not content[0] <= at < content[1]:
        return False
    return norm.count('"', content[0], at) % 2 == 1 and norm.find('"', at, content[1]) >= 0


def _quoted(norm: str, blanks: _Blanks, at: int) -> bool:
    """Whether `at` stands inside a paragraph that is one quotation and nothing else: a paragraph of a
    quote that runs over several carries no attribution of its own ('"Those are the places where people
    believe they are."')."""
    blank = blanks.last(max(0, at - _MAX_QUOTE), at)
    start = blank + 2 if blank >= 0 else 0
    opening = norm[start : start + 1]
    if opening not in _QUOTE_PAIRS:
        return False
    blank = blanks.first(at, at + _MAX_QUOTE)
    paragraph = norm[start : blank if blank >= 0 else at + _MAX_QUOTE].rstrip()
    closing = _QUOTE_PAIRS[opening]
    marks = paragraph.count(opening) if opening == closing else paragraph.count(opening) + paragraph.count(closing)
    return paragraph.endswith(closing) and marks == 2


class _Blanks:
    """Where a document's blank lines are ('\\n\\n', overlapping ones included), found once: a claim's paragraph
    is then placed by bisection, not by searching up to _MAX_QUOTE characters either way of each cue."""

    def __init__(self, norm: str) -> None:
        self.at: list[int] = []
        found = norm.find("\n\n")
        while found >= 0:
            self.at.append(found)
            found = norm.find("\n\n", found + 1)

    def last(self, lo: int, hi: int) -> int:
        """`norm.rfind("\\n\\n", lo, hi)`."""
        k = bisect_right(self.at, hi - 2) - 1
        return self.at[k] if k >= 0 and self.at[k] >= lo else -1

    def first(self, lo: int, hi: int) -> int:
        """`norm.find("\\n\\n", lo, hi)`."""
        k = bisect_left(self.at, lo)
        return self.at[k] if k < len(self.at) and self.at[k] + 2 <= hi else -1


def _backshifted(norm: str, found: Found) -> bool:
    """'an official said Tokyo had told the embassy ...': speech reported inside reported speech."""
    return norm[max(0, found.cue_span[0] - 4) : found.cue_span[0]] == "had "


class _Reader:
    """Reads the attributions of one document."""

    def __init__(self, doc: Doc, cues: Cues) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.cues = cues
        self.phrases = Phrases(doc, cues.lex, cues.outlets)
        self._tokens: dict[int, list[Token]] = {}
        self._partner: Mention | None = None
        self._last: Found | None = None
        self._breaks: list[int] | None = None
        self._blanks: _Blanks | None = None
        self._hedge_hits = WordHits(self.norm, [])
        self._sentence_starts = [start for start, _ in doc.sentences]
        self._date_ends = {d.span[0]: d.span[1] for d in doc.dates}

    def read(self) -> list[Found]:
        found: list[Found] = []
        taken_until = -1
        cues, self._hedge_hits = cues_and_hedges(self.cues, self.norm)
        for m in cues:
            if m.at < taken_until:
                continue
            for row in self.cues.rows[" ".join(m.text.lower().split())]:
                item = self._read_cue(m, row)
                if item is not None and self._thing_inside_last(item):
                    break  # "she said the shelters suggested ...": what things suggest is part of what she said
                if item is not None:
                    self._close_before(item)
                    found.append(item)
                    self._last = item
                    taken_until = m.until
                    break
        return _outside_quotes(found, self.norm, self.blanks()) if found else found

    def sentence_of(self, pos: int) -> Span:
        """`Doc.sentence_of`, by bisection over the sentence starts (sorted, the sentences disjoint)."""
        k = bisect_right(self._sentence_starts, pos) - 1
        if k >= 0 and pos < self.doc.sentences[k][1]:
            return self.doc.sentences[k]
        return 0, len(self.norm)

    def tokens(self, sentence: Span, m: Hit) -> list[Token]:
        """Tokens of the sentence, or of a window of it around the cue when the sentence is long."""
        if sentence[1] - sentence[0] > _WINDOW + _WINDOW_AFTER:
            start = max(sentence[0], m.at - _WINDOW)
            if start > sentence[0]:
                start = self.norm.find(" ", start, m.at) + 1 or start
            return tokenize(self.cues.lex, self.norm, start, min(sentence[1], m.until + _WINDOW_AFTER))
        toks = self._tokens.get(sentence[0])
        if toks is None:
            toks = tokenize(self.cues.lex, self.norm, sentence[0], sentence[1])
            self._tokens[sentence[0]] = toks
        return toks

    def _read_cue(self, m: Hit, row: dict[str, str]) -> Found | None:
        sentence = self.sentence_of(m.at)
        toks = self.tokens(sentence, m)
        ci = _token_at(toks, m.at)
        cj = _token_at(toks, m.until, ci)
        if ci >= len(toks):
            return None
        kind = row["kind"]
        if kind in ("verb", "verbn"):
            found = self._verb(m, row, toks, ci, cj, sentence)
            partner, self._partner = self._partner, None  # a joined speaker ('X and Y said') is this cue's alone
            if found is not None and partner is not None:
                found.partners.append(partner)
                found.span = (min(found.span[0], partner.start), found.span[1])
            return found
        if kind == "prep":
            return self._prep(m, row, toks, ci, cj, sentence)
        if kind == "noun":
            return self._noun(m, row, toks, ci, cj, sentence)
        if kind == "lead":
            return self._opinion_lead(m, row, toks, ci, cj, sentence)
        return self._passive(m, row, toks, cj, sentence)

    # --- helpers -----------------------------------------------------------------------------

    def _adverb_between(self, word: str) -> bool:
        """An -ly adverb before a verb, not a speaker that ends in -ly ('the family', 'the assembly')."""
        return _adverb(word) and self.cues.lex.head(word) is None

    def _adverbial(self, word: str) -> bool:
        return word in _ADVERBIAL or word in self.cues.days

    def _hedged(self, row: dict[str, str], content: Span) -> bool:
        """Belief cues hedge; so does a hedge word in the content's main clause, before any comma or
        subordinate clause and not negated ('the base could host bombers', not '... a claim that could
        not be confirmed')."""
        if row["hedged"] == "1":
            return True
        if row["lemma"] in _RISK_LEMMAS:
            return False  # "warned that the port could close": the risk is what is asserted
        for hit in self._hedge_hits.within(content[0], self._main_clause_end(content)):
            # "the port, which was expanded in 2019, could ...": the main clause goes on past a relative aside
            before = _RELATIVE_ASIDE.sub(" ", self.norm[content[0] : hit.at])
            words = before.lower().split()
            if "," in before or ";" in before or any(w in self.cues.subordinators for w in words):
                return False
            if words and words[-1] in self.cues.complementisers:
                return False  # a relative clause: "stations that may be linked to China"
            ability = hit.text in ("could", "can")  # "could not land" says what is impossible, not what may be
            if ability and words[-2:] in _NOBODY:
                continue  # "no one could give it away": what nobody can do is said for sure
            if not (ability and self.norm[hit.until : hit.until + 5].lstrip().startswith(("not", "n't"))):
                return True
        return False

    def _main_clause_end(self, content: Span) -> int:
        """Where a hedge word stops counting: the first comma or semicolon, and never far into a long
        content, so a sentence packed with cues is read in linear time."""
        end = min(content[1], content[0] + _HEDGE_REACH)
        comma = self.norm.find(",", content[0], end)
        while comma >= 0 and (aside := _RELATIVE_ASIDE.match(self.norm, comma, end)) is not None:
            comma = self.norm.find(",", aside.end(), end)  # past ', which was expanded in 2019,'
        if comma >= 0:
            end = comma  # a semicolon counts only before it
        semicolon = self.norm.find(";", content[0], end)
        return semicolon if semicolon >= 0 else end

    def _found(self, mention: Mention | None, m: Hit, row: dict[str, str], content: Span, rule: str,
               resolved: Mention | None = None) -> Found | None:
        content = self._past_dateline(self._trim(content))
        if content[0] >= content[1]:
            return None
        start, end = min(content[0], m.at), max(content[1], m.until)
        if mention is not None:
            start, end = min(start, mention.start), max(end, mention.end)
        if resolved is not None:
            start = min(start, resolved.start)
        if self.norm[content[1] : content[1] + 1] == '"':
            end = max(end, content[1] + 1)
        if content[0] > 0 and self.norm[content[0] - 1] == '"':
            start = min(start, content[0] - 1)
        hedged = self._hedged(row, content)
        return Found(mention, " ".join(m.text.split()), (m.at, m.until), hedged, content, (start, end),
                     "claims:" + rule, resolved)

    def _past_dateline(self, span: Span) -> Span:
        """`span` without the dateline that opens the story ('OSLO, March 3 (Reuters) - '): a place in capitals
        or a place and a date, then a dash or colon."""
        start, end = span
        if not _opens_upper(self.norm, start) or not self._mark_soon(start):
            return span  # most contents open with no dateline, and nearly all with no dash or colon soon after
        if _MARK_THEN_SPACE.search(self.norm, start, end) is None:
            return span  # a dash inside a word ('long-range'): the dateline's pattern would backtrack for nothing
        line = _DATELINE.match(self.norm, start, end)
        if line is None:
            return span
        when = line.start("when")
        if line.group("place").isupper() or (when >= 0 and when in self._date_ends):
            return line.end(), end
        return span

    def _mark_soon(self, start: int) -> bool:
        """Whether a dash or colon follows `start` within a dateline's reach: a few string searches, cheaper than
        a pattern's search compiled."""
        end = start + _DATELINE_REACH
        return any(self.norm.find(mark, start, end) >= 0 for mark in _DATELINE_MARKS)

    def _trim(self, span: Span) -> Span:
        start, end = span
        norm = self.norm
        while start < end and norm[start] in ' ,:;"\n':
            start += 1
        quoted = norm[end : end + 1] == '"'
        while end > start and norm[end - 1] in (' ,;:\n' if quoted else ' ,.;:"\n'):
            end -= 1
        return start, end

    def _paragraph_start(self, pos: int) -> int:
        floor = max(0, pos - _MAX_QUOTE)
        blank = self.blanks().last(floor, pos)
        return blank + 2 if blank >= 0 else floor

    def _line_start(self, start: int, end: int) -> int:
        """Start of the last line of norm[start:end] that does not continue a wrapped sentence."""
        breaks = self.breaks()
        at = bisect_left(breaks, end) - 1
        return max(start, breaks[at] + 1) if at >= 0 else start

    def blanks(self) -> _Blanks:
        """The document's blank lines, found once."""
        if self._blanks is None:
            self._blanks = _Blanks(self.norm)
        return self._blanks

    def breaks(self) -> list[int]:
        """Offsets of the document's hard line breaks, found once."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _HARD_BREAK.finditer(self.norm)]
        return self._breaks

    def _quote_after(self, start: int, sentence_end: int) -> Span:
        """Content that opens with a quotation mark: up to the closing mark, across sentences."""
        limit = self.blanks().first(start, start + _MAX_QUOTE)
        close = self.norm.find('"', start + 1, limit if limit >= 0 else start + _MAX_QUOTE)
        return (start + 1, close) if close > 0 else (start + 1, sentence_end)

    def _before(self, toks: list[Token], end_tok: int, sentence: Span) -> Span:
        """Content that stands before its attribution, ending at token `end_tok` (a comma or a quote)."""
        end = toks[end_tok][0] if end_tok < len(toks) else sentence[1]
        start = sentence[0]
        close = end if toks[end_tok][2] == '"' else -1
        if close < 0 and end_tok > 0 and toks[end_tok - 1][2] == '"':
            close = toks[end_tok - 1][0]
        if close >= 0:
            opening = self.norm.rfind('"', self._paragraph_start(close), close)
            if opening >= 0:
                return opening + 1, end
        if toks[end_tok][2] == "'":
            single = self._single_quoted(toks, end_tok)
            if single is not None:
                return single
        return self._line_start(start, end), end

    def _single_quoted(self, toks: list[Token], end_tok: int) -> Span | None:
        """A quotation closed by ' or '' and opened by ' or `` ("``We are leaving,'' said X")."""
        close_tok = end_tok
        while close_tok > 0 and toks[close_tok - 1][2] == "'":
            close_tok -= 1
        close = toks[close_tok][0]
        openings = [m.end() for m in _SINGLE_OPEN.finditer(self.norm, self._paragraph_start(close), close)]
        return (openings[-1], close) if openings else None

    def _after(self, toks: list[Token], i: int, sentence: Span) -> Span:
        while i < len(toks) and toks[i][2] in (":", ","):
            i += 1
        if i >= len(toks):
            return sentence[1], sentence[1]
        start = toks[i][0]
        if self.norm[start] == '"':
            return self._quote_after(start, sentence[1])
        breaks = self.breaks()
        at = bisect_left(breaks, start)
        return start, min(breaks[at], sentence[1]) if at < len(breaks) else sentence[1]

    def _that(self, toks: list[Token], i: int, anywhere: bool = False) -> int | None:
        """The complementiser opening the content, right after the cue or after an adverbial ('said in a
        statement on Monday that'), never one inside a clause ('said the pier was lengthened so that');
        `anywhere` lets a recipient stand before it ('told US lawmakers in April that')."""
        first = toks[i][3] if i < len(toks) else ""
        opens = first in self.cues.complementisers or self._adverbial(first) or _adverb(first)
        if not anywhere and not opens:
            return None
        k, end = i, min(i + _THAT_WINDOW, len(toks))
        while k < end:
            word = toks[k][2]
            if word == "," and k == i and k + 1 < end and toks[k + 1][3].endswith("ing"):
                # "reported, citing unnamed sources, that ...": past the participle's aside
                k = next((q + 1 for q in range(k + 2, end) if toks[q][2] == ","), end)
                continue
            comma_then_clause = word == "," and k + 1 < len(toks) and toks[k + 1][3] in self.cues.after_comma
            if word in ('"', ".", ";") or (word == "," and not comma_then_clause):
                return None
            if word.lower() in self.cues.complementisers:
                return k
            k += 1
        return None

    # --- reporting verbs ---------------------------------------------------------------------

    def _verb(self, m: Hit, row: dict[str, str], toks: list[Token], ci: int, cj: int,
              sentence: Span) -> Found | None:
        k = ci
        while k > 0 and (toks[k - 1][3] in _AUX or self._adverb_between(toks[k - 1][2])):
            k -= 1
        between = toks[k:ci] if k < ci else ()  # mostly the cue follows its speaker straight away
        if row["lemma"] != "quote" and any(t[3] in _BE for t in between):
            if k > 0 and toks[k - 1][3] == "it":  # "It is widely believed that ..."
                return self._passive(Hit(toks[k - 1][0], m.until, self.norm[toks[k - 1][0] : m.until]), row, toks,
                                     cj, sentence)
            return self._passive_agent(m, row, toks, k, cj, sentence)
        if any(t[3] in ("not", "never") for t in between):
            return None  # "the ministry did not confirm the plan" asserts nothing
        if row["lemma"] == "call" and not self._judged(toks, cj):
            return None  # "which China calls Yongxing", "a base called X", "called off": naming, not judging
        if cj < len(toks) and row["kind"] == "verbn" and toks[cj][3] in _NOUN_NEXT and not self._on_platform(toks, cj):
            return None
        if m.text.endswith("ing") and " " not in m.text:
            if k == 0 or toks[k - 1][2] != ",":
                return self._with_subject(m, row, toks, k, cj, sentence)  # not "an SMS saying that ..."
            speaker = self._participle_subject(toks, k, sentence)
        else:
            speaker = self._speaker_before(toks, k)
        if speaker is None:
            if k > 0 and toks[k - 1][2] in (",", '"', "'"):
                return self._inverted(m, row, toks, k, cj, sentence)
            if k == 0:
                return self._verb_first(m, row, toks, cj, sentence)
            return None
        found = self._verb_claim(m, row, toks, k, cj, sentence, speaker)
        if found is not None and toks[k - 1][3] == "who" and toks[0][0] == sentence[0] and speaker[1] == 0:
            self._close_relative(found, row, toks, cj)
        elif found is not None and found.rule == "claims:verb-content" and self._relative_before(toks, speaker[1]):
            self._close_relative(found, row, toks, cj)  # "The ships, which the navy said were hit, left."
        return found

    def _on_platform(self, toks: list[Token], cj: int) -> bool:
        """Whether a social platform is named within a few words after a cue ('posted on its Facebook page', 'informed
        on X'): the cue reports what was put out there, rather than a posting to a place ('troops posted on the
        island')."""
        platforms = self.cues.platforms
        if not any(t[2] in platforms for t in toks[cj : cj + _PLATFORM_REACH]):
            return False
        # "photos the army posted on X", "footage posted on X": what pictures show, cited by the sentence, not words
        clause = next((q + 1 for q in range(cj - 1, -1, -1) if toks[q][2] in (",", ";", ":")), 0)
        return not any(t[3] in _MATERIAL or t[3] in _PICTURES for t in toks[clause:cj])

    @staticmethod
    def _said_after(toks: list[Token], first: int, cj: int) -> bool:
        """Whether a cue with its speaker follows its content ('"...," the minister affirmed on Monday') or frames
        it ('As the ministry specified, ...'): a comma, quote or 'as' before the speaker and no object after the
        cue ('In June, the navies concluded the drills', 'As the navy affirmed its support')."""
        if first == 0 or (toks[first - 1][2] not in (",", '"', "'") and toks[first - 1][3] != "as"):
            return False
        clause = next((q for q in range(cj, len(toks)) if not toks[q][2][:1].isalnum()), len(toks))
        return not any(t[3] in _INDEFINITE_OR_DEFINITE or t[3] in _POSSESSIVE_PRONOUNS for t in toks[cj:clause])

    def _with_subject(self, m: Hit, row: dict[str, str], toks: list[Token], k: int, cj: int,
                      sentence: Span) -> Found | None:
        """'..., with Prime Minister X telling guests that ...': a participle whose subject 'with' opens speaks;
        after any other noun ('an SMS saying that ...') it only modifies the noun."""
        speaker = self._speaker_before(toks, k) if k > 1 else None
        if speaker is None or speaker[1] == 0 or toks[speaker[1] - 1][3] != "with":
            return None
        if speaker[0].kind not in ("person", "institution", "group"):
            return None
        return self._verb_claim(m, row, toks, k, cj, sentence, speaker)

    @staticmethod
    def _relative_before(toks: list[Token], first: int) -> bool:
        """Whether the speaker phrase at `first` opens a relative clause set off by a comma (', which X said')."""
        return first >= 2 and toks[first - 1][3] in _RELATIVES and toks[first - 2][2] == ","

    def _close_relative(self, found: Found, row: dict[str, str], toks: list[Token], cj: int) -> None:
        """'Police, who say she was freed, are looking for ...': a relative clause inside the sentence's
        subject ends at its comma, and so does what it claims."""
        comma = next((t[0] for t in toks[cj:] if t[2] == "," and found.content[0] < t[0] < found.content[1]), None)
        if comma is not None:
            found.content = self._trim((found.content[0], comma))
            found.span = (found.span[0], max(found.content[1], found.cue_span[1]))
            found.hedged = self._hedged(row, found.content)

    def _verb_claim(self, m: Hit, row: dict[str, str], toks: list[Token], k: int, cj: int, sentence: Span,
                    speaker: tuple[Mention, int, Mention | None]) -> Found | None:
        mention, first, resolved = speaker
        if toks[first][3] in ("no", "neither") or (first > 0 and toks[first - 1][3] in ("neither", "nor")):
            return None  # "no group claimed responsibility", "neither Oslo nor Riga confirmed it": nobody speaks
        if cj < len(toks) and toks[cj][3] in _NOTHING:
            return None  # "officials have said little about the site": a non-assertion
        if row["lemma"] == "tell" and cj < len(toks) and toks[cj][3] == "you":
            return None  # "any good farmer will tell you ...": a saying, not a report
        if row["lemma"] == "call" and first > 0 and toks[first - 1][3] == "as":
            return None  # "the shoal, as Beijing calls it": what a place is called, not what it is judged
        if row["lemma"] == "quote" and first > 0 and toks[first - 1][3] == "by":
            # "the minister was cited by Reuters as saying": Reuters quotes, the minister spoke
            quoted = self._quoted_subject(toks, first - 1)
            if quoted is None:
                return None
            mention, first, resolved = quoted
        if row["kind"] == "verbn" and mention.kind not in ("person", "pronoun", "institution", "group"):
            return None
        lone = mention.kind != "pronoun" and " " not in mention.name and mention.role is None
        opens_clause = cj < len(toks) and toks[cj][3] in self.cues.complementisers
        if row["kind"] == "verbn" and lone and not opens_clause:
            return None
        if row["hedged"] == "1" and not opens_clause and first > 0 and toks[first - 1][3] in ("that", "which"):
            return None  # "a site that islanders fear could host a radar": what they fear is the relative's noun
        partner = self._conjoined(toks, first, mention)
        if partner is not None:
            self._partner, first = partner
        self._frame(toks, first, mention if resolved is None else resolved, sentence[0])
        after = cj
        recipient = row["lemma"] in _RECIPIENT_LEMMAS
        if recipient and cj < len(toks) and toks[cj][3] not in ("that", ",", '"', ":"):
            after = max(self.phrases.forward(toks, cj, len(toks)), cj + 1)
        if row["lemma"] in _VIEWING_LEMMAS and not self._viewed_as(toks, cj):
            return None
        if row["lemma"] in _THAT_LEMMAS and self._that(toks, cj) is None and not self._said_after(toks, first, cj):
            return None  # "residents felt the blast": a perception, not a view
        after = self._past_own_part(toks, after)
        that = self._that(toks, after, anywhere=recipient)
        if that is not None:
            return self._found(mention, m, row, (toks[that][1], sentence[1]) if that + 1 >= len(toks)
                               else self._after(toks, that + 1, sentence), "verb-that", resolved)
        rest = toks[after][3] if after < len(toks) else "."
        if mention.kind == "other" and self._participle(toks, after):
            return None  # "the charge denied by the Kremlin", "the meeting concluded with ...": no speaker
        if rest == "of" and row["lemma"] == "accuse":
            return None  # "a cult leader once accused of fraud": the speaker is the one accused
        if rest == "as" and row["lemma"] != "say":
            if first > 0 and toks[first - 1][3] == "what":
                # "in what the ministry described as drills": what follows 'as' is the speaker's word for it
                return self._found(mention, m, row, self._after(toks, after + 1, sentence), "what-as", resolved)
            return None  # "which he described as ...": the object stands before the speaker
        if rest == "to" and row["lemma"] in _REDUCED_PASSIVE_LEMMAS and after + 1 < len(toks) \
                and toks[after + 1][3] in ("be", "have"):
            return None  # "analysts believed to be close to the ministry": a participle describing them
        if rest == "to" and row["lemma"] in _INFINITIVE_LEMMAS:
            return self._found(mention, m, row, self._after(toks, after, sentence), "verb-content", resolved)
        if row["lemma"] == "tweet" and row["kind"] == "verbn" and not self._posts_words(rest):
            return None  # "she posted the best score": posting a thing is no claim
        closing_quote = first >= 2 and toks[first - 1][2] in ('"', "'") and toks[first - 2][2] in (",", "!", "?", "'")
        if closing_quote and rest not in (":", '"') and rest not in self.cues.complementisers:
            content = self._before(toks, first - 1, sentence)
            if rest == "," and after + 1 < len(toks) and toks[after + 1][2] == '"':
                # '"We are ready," he said, "and we will stay."': the quotation goes on after the cue
                content = (content[0], self._quote_after(toks[after + 1][0], sentence[1])[1])
            return self._found(mention, m, row, content, "quote-before", resolved)
        if first == 0 and self._adverbial(rest) and rest != '"':
            quote = self._previous_quote(toks[0][0], sentence)
            if quote is not None:
                return self._found(mention, m, row, quote, "quote-previous", resolved)
        if first > 0 and toks[first - 1][2] in (",", '"') and first >= 2 and (self._adverbial(rest) and rest != '"'):
            aside = self._past_when_and_where(toks, after, guarded=False)
            if len(toks) - aside > 3 and toks[aside][2] == "," and toks[first - 1][2] == "," \
                    and self._goes_on(toks[aside + 1], aside > after):
                # "The base, the minister said (in a statement), will host ..."
                return self._found(mention, m, row, sentence, "parenthetical", resolved)
            return self._found(mention, m, row, self._before(toks, first - 1, sentence), "content-before", resolved)
        if row["lemma"] in ("add", "tell") and rest not in ("that", '"', ":"):
            if row["lemma"] == "tell" and first >= 2 and toks[first - 1][2] == ",":
                return self._found(mention, m, row, self._before(toks, first - 1, sentence), "told-before", resolved)
            if row["lemma"] == "add":
                return None
        # 'said Wednesday.' and 'said on Wednesday.' alike end the sentence: when the cue was spoken is no content.
        if self._adverbial(rest) and rest != '"' and len(toks) - self._past_when_and_where(toks, after, False) <= 2:
            comma = next((q for q in range(first - 1, max(0, first - 5), -1) if toks[q][2] == ","), None)
            if comma is not None and comma > 1:
                # "..., court sources said Wednesday.": words the speaker phrase left out lead up to it, but
                # not in "..., which both governments deny."
                if mention.kind == "group" and mention.name == mention.role and toks[comma + 1][3] not in _RELATIVES:
                    mention.span = (toks[comma + 1][0], mention.span[1])
                    mention.name = mention.role = self.norm[mention.span[0] : mention.span[1]]
                    mention.start = min(mention.start, mention.span[0])
                return self._found(mention, m, row, self._before(toks, comma, sentence), "content-before", resolved)
        after = self._past_when_and_where(toks, after)
        return self._found(mention, m, row, self._after(toks, after, sentence), "verb-content", resolved)

    def _quoted_subject(self, toks: list[Token], by: int) -> tuple[Mention, int, Mention | None] | None:
        """The subject of 'X is quoted by Y as saying', where `by` is the index of 'by'."""
        q = by - 1
        if q < 1 or toks[q][3] not in _QUOTED:
            return None
        k = q
        while k > 0 and toks[k - 1][3] in _AUX:
            k -= 1
        if k == q or not any(t[3] in _BE for t in toks[k:q]):
            return None
        return self._speaker_before(toks, k)

    @staticmethod
    def _viewed_as(toks: list[Token], cj: int) -> bool:
        """Whether an 'as' follows the object of a viewing cue in its clause ('sees the move as temporary')."""
        for q in range(cj + 1, min(cj + _VIEW_REACH, len(toks))):
            if not toks[q][2][:1].isalnum():
                return False
            if toks[q][3] == "as":
                return True
        return False

    @staticmethod
    def _past_own_part(toks: list[Token], after: int) -> int:
        """Past 'for its part' / ', for his part,' between a cue and its content ('denounced for its part that')."""
        at = after + 1 if after < len(toks) and toks[after][2] == "," else after
        if at + 2 < len(toks) and toks[at][3] == "for" and toks[at + 2][3] == "part" \
                and toks[at + 1][3] in _POSSESSIVE_PRONOUNS:
            return at + 4 if at > after and at + 3 < len(toks) and toks[at + 3][2] == "," else at + 3
        return after

    def _goes_on(self, tok: Token, past_aside: bool) -> bool:
        """Whether the sentence goes on after 'X, the minister said,' (a quote, a verb), rather than with an
        adverbial ('..., said on Tuesday, six years after', '..., said, citing ...'); past when and where it
        was said, only a verb does ('The base, she said in a statement, will ...')."""
        if past_aside:
            return tok[3] in _AUX
        word = tok[3]
        return tok[2] == '"' or not (self._adverbial(word) or word.endswith("ing") or word in self.cues.subordinators)

    def _past_when_and_where(self, toks: list[Token], after: int, guarded: bool = True) -> int:
        """The first token of what was said past when and where it was ('said Monday it would ...', 'said on
        May 3 ...', 'said in a statement the ship had sunk'); `after` when nothing such opens it. Unless
        `guarded`, the token past them may be anything (the comma closing 'X, he said in a statement, ...')."""
        cues = self.cues
        for _ in range(2):
            if after + 2 >= len(toks):
                return after
            word = toks[after][3]
            at = toks[after + 1][0] if word == "on" else toks[after][0]
            date_end = self._date_ends.get(at)
            if date_end is not None:
                past = _token_at(toks, date_end, after + 1)
            elif word in cues.days:
                past = after + 1
            elif word == "on" and toks[after + 1][3] in cues.days:
                past = after + 2  # 'said on Friday' where no date was read there
            elif word in cues.venue_preps and (toks[after + 1][3] in cues.lex.determiners
                                               or toks[after + 1][3] in _POSSESSIVE_PRONOUNS):
                past = next((q + 1 for q in range(after + 2, min(after + 5, len(toks) - 2)) if toks[q][3] in cues.venues
                             and toks[q + 1][3] not in _VENUE_GOES_ON and not toks[q + 1][3].endswith("ed")), after)
            else:
                return after
            if past == after or past >= len(toks):
                return after
            if not guarded:
                after = past
                continue
            opens = past + 1 if past + 1 < len(toks) and toks[past][2] == "," else past
            if opens >= len(toks) or toks[opens][3] in _AUX:
                return after  # "he said Monday was a holiday": the day is what was said
            after = past
            if toks[after][3] in cues.complementisers:
                return after + 1  # "said on Sept. 5 that ..."
        return after

    @staticmethod
    def _judged(toks: list[Token], cj: int) -> bool:
        """Whether 'called' judges what follows ('called the plan a violation', 'calling it "provocative"')
        rather than names it ('called the "Guam killer"', 'called the Northern Star')."""
        if cj < len(toks) and toks[cj][3] in _POSSESSIVE_PRONOUNS:
            # "called her remarks 'an attempt to sow discord'": a judgement follows the thing judged; "called his
            # mother" is a telephone call
            # the judgement right after the thing judged ('her remarks a', 'his latest visit "'), not an object
            # later in the clause ('called their home and heard a message')
            return any(t[2] == '"' or t[3] in ("a", "an") for t in toks[cj + 2 : cj + 4])
        if cj >= len(toks) or toks[cj][3] not in _CALLED_OBJECTS:
            return False
        named = toks[cj][3] == "the" and cj + 1 < len(toks) and not toks[cj + 1][2][:1].islower()
        return not named

    def _participle(self, toks: list[Token], after: int) -> bool:
        """Whether the words after a cue make it a participle or an intransitive verb ('denied by')."""
        rest = toks[after][3] if after < len(toks) else "."
        if rest in _PARTICIPLE_NEXT:
            return True
        return self._adverbial(rest) and after + 1 < len(toks) and toks[after + 1][3] == "by"

    def _posts_words(self, rest: str) -> bool:
        """Whether what follows a posting verb opens words ('posted that', 'posted: "..."', 'posted on X')."""
        return rest in self.cues.complementisers or rest in (":", '"', "on", "online", ",")

    def _conjoined(self, toks: list[Token], first: int, mention: Mention) -> tuple[Mention, int] | None:
        """The other speaker of 'the Pentagon and the Iraqi defence ministry said ...', and where it starts."""
        if mention.kind not in ("institution", "person", "group") or first < 2 or toks[first - 1][3] != "and":
            return None
        start = self.phrases.back(toks, first - 1, 0)
        other = self.phrases.read(toks, start, first - 1) if start < first - 1 else None
        if other is None or other.kind not in ("institution", "person", "group"):
            return None
        return other, start

    def _previous_quote(self, start: int, sentence: Span) -> Span | None:
        """A quotation closing just before this sentence: '"... without anything." Lindenwald said.'"""
        if start != sentence[0]:
            return None
        close = start - 1
        while close >= 0 and self.norm[close] == " ":
            close -= 1
        if close < 1 or self.norm[close] != '"' or self.norm[close - 1] not in ".!?":
            return None
        opening = self.norm.rfind('"', self._paragraph_start(close), close)
        return (opening + 1, close) if opening >= 0 else None

    def _verb_first(
        self, m: Hit, row: dict[str, str], toks: list[Token], cj: int, sentence: Span
    ) -> Found | None:
        """Verb-first reporting ('قال المتحدث إن ...', 'Said the minister: ...'): speaker, then content."""
        end = self.phrases.forward(toks, cj, len(toks))
        mention = self.phrases.read(toks, cj, end) if end > cj else None
        if mention is None or end >= len(toks):
            return None
        opener = toks[end][2]
        if opener.lower() not in self.cues.complementisers and opener not in (":", ","):
            return None
        return self._found(mention, m, row, self._after(toks, end + 1, sentence), "verb-first")

    def _inverted(self, m: Hit, row: dict[str, str], toks: list[Token], k: int, cj: int,
                  sentence: Span) -> Found | None:
        """'"QUOTE," said X' or 'CONTENT, said the ministry'."""
        if row["lemma"] in _NAMING_LEMMAS:
            return None  # "The base, called the Northern Star, ...": a name given, not words said
        # "..., explained on Wednesday the base commander": when it was said may come before who said it
        start = self._past_when_and_where(toks, cj, guarded=False)
        end = self._before_venue(toks, start, self.phrases.forward(toks, start, len(toks)))
        mention = self.phrases.read(toks, start, end) if end > start else None
        if mention is None or k < 2:
            return None
        named = self._named_after(toks, end, mention)  # "..., said the base commander, Colonel X"
        if named is not mention and (" " in named.name or named.role != mention.role):
            mention, end = named, self.phrases.forward(toks, end + 1, len(toks))
        end = self._apposition_after(toks, end, mention)
        if end < len(toks) and not self._adverbial(toks[end][3]) and toks[end][3] not in ("as", "who") \
                and not self._described_after(toks, end, mention):
            return None
        return self._found(mention, m, row, self._before(toks, k - 1, sentence), "inverted")

    @staticmethod
    def _described_after(toks: list[Token], end: int, mention: Mention) -> bool:
        """'..., said an engineer working at the site', '..., said one official familiar with the plan': a
        participle or an adjective of knowing after a described speaker says more of them, not a new clause."""
        word = toks[end][3]
        if mention.kind not in ("person", "group") or mention.name != mention.role or not word.isalpha():
            return False
        return word.endswith(("ing", "ed")) or word in _KNOWING

    def _before_venue(self, toks: list[Token], start: int, end: int) -> int:
        """Where a speaker phrase read after its cue ends before where the words were said ('the ministry in a
        statement')."""
        cues = self.cues
        for q in range(start + 1, end - 1):
            owner = toks[q + 1][3]
            if toks[q][3] in cues.venue_preps and (owner in cues.lex.determiners or owner in _POSSESSIVE_PRONOUNS) \
                    and q + 2 < len(toks) and toks[q + 2][3] in cues.venues:
                return q
        return end

    def _apposition_after(self, toks: list[Token], end: int, mention: Mention, closed: bool = False) -> int:
        """Take a role from ', a spokesman for X' after a speaker; the token index after it. A `closed`
        apposition must end in a comma: in 'According to X, the firm paid ...' the comma opens the content."""
        if end < len(toks) and toks[end][2] == ",":
            stop = next((q for q in range(end + 1, len(toks)) if toks[q][2] in (",", ".", '"', ";")), len(toks))
            if closed and (stop >= len(toks) or toks[stop][2] != ","):
                return end
            role, affiliation, is_apposition = self.phrases.apposition(toks, end + 1, stop)
            if is_apposition:
                mention.role = role or mention.role
                mention.affiliation = affiliation or mention.affiliation
                mention.end = toks[stop - 1][1]
                return stop
        return end

    def _speaker_before(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """(speaker phrase, its first token, the name a pronoun stands for) ending before token `k`."""
        if k == 0:
            return None
        phrases = self.phrases
        if toks[k - 1][2] == ")":
            return self._before_bracket(toks, k)
        if toks[k - 1][2] == ",":
            return self._apposed(toks, k)
        joint = toks[k - 1][3]
        if joint in self.cues.coordinators or (joint in self.cues.contrasts and not self._reported_before(toks, k)):
            return self._subject_of_clause(toks, k)
        if toks[k - 1][3] == "who" and k >= 3 and toks[k - 2][2] == ",":
            return self._relative_speaker(toks, k - 2)
        if k >= 3 and toks[k - 1][3] == "them" and toks[k - 2][3] == "of" and toks[k - 3][3] in _PARTITIVES:
            # "one of them said": a member of the group spoken of last speaks for it
            span = (toks[k - 3][0], toks[k - 1][1])
            return Mention(self.norm[span[0] : span[1]], "pronoun", span, span[0], span[1], source="group"), k - 3, None
        pronoun = toks[k - 1][3] in self.cues.lex.pronouns
        first = k - 1 if pronoun else phrases.back(toks, k, 0)
        mention = phrases.read(toks, first, k) if first < k else None
        if mention is None:
            return self._relative_subject(toks, k) or self._speaking_subject(toks, k) or self._common_noun(toks, k)
        if mention.kind == "pronoun":
            resolved, start = self._dislocated(toks, first)
            if resolved is None and mention.source == "person":
                return mention, first, self._sentence_subject(toks, first)
            return mention, start if resolved else first, resolved
        spoke = next((q for q in range(first - 1, max(-1, first - 4), -1) if toks[q][3] in _SPEAKING), -1)
        if spoke > 0 and all(t[2].isalnum() for t in toks[spoke:first]):
            # "diplomats talking to reporters in Oslo said": who talked speaks, not whom they talked to
            found = self._speaking_subject(toks, k)
            if found is not None:
                return found
        if mention.kind == "person" and mention.role is None and first >= 2 and toks[first - 1][2] == ",":
            self._role_before(toks, first - 1, mention)
        first = self._described_before(toks, first, mention)
        placed = self._placed_someone(toks, first, k, mention)
        if placed is not None:
            return placed
        lex = self.cues.lex
        if first + 1 < k and toks[first][3] in lex.determiners and toks[first + 1][3] in lex.connectors:
            return self._quantified(toks, first, k)
        return mention, first, None

    def _described_before(self, toks: list[Token], first: int, mention: Mention) -> int:
        """'the Kazakh news site Dala Times', 'the conflict monitor X': a name after the words saying what it is,
        which open the phrase at their article and are its role; `first` when no such words stand before it."""
        if mention.role is not None or not mention.name[:1].isupper() or first == 0:
            return first
        lex = self.cues.lex
        q = first - 1
        while q >= max(0, first - _DESCRIPTION) and self._describing(toks[q][2]):
            q -= 1
        if q == first - 1 or q < 0 or toks[q][3] not in _INDEFINITE_OR_DEFINITE:
            return first
        if q > 0 and toks[q - 1][2] not in _PHRASE_OPENERS:
            return first  # "visited the old town hall ...": an object, not the subject
        if not any(toks[p][2].islower() and lex.head(toks[p][2]) is None for p in range(q + 1, first)):
            return first
        if first - q - 1 + len(mention.name.split()) < _DESCRIBED_WORDS:
            return first  # "a man Walsh says he knew": too short to tell a description from a clause
        mention.role = self.phrases.text(toks, q + 1, first)
        mention.start = toks[q][0]
        return q

    def _placed_someone(self, toks: list[Token], first: int, k: int,
                        mention: Mention) -> tuple[Mention, int, Mention | None] | None:
        """'A rice farmer near the old dam said', 'a fish trader near the jetty said': someone the role lexicon does not
        know or knows as holding no office, placed by where they are, speaks; the place read before the cue is only
        where. The phrase opens the clause at its article."""
        if first < 3 or toks[first - 1][3] not in _PLACE_LINKS or mention.kind == "pronoun":
            return None
        lex = self.cues.lex
        q = first - 2
        while q >= max(0, first - 2 - _DESCRIPTION) and self._plain_word(toks[q][2]) and self._no_office(toks[q][2]):
            q -= 1
        if q == first - 2 or q < 0 or toks[q][3] not in lex.determiners or toks[q][3] in _PLURAL_DETERMINERS:
            return None
        if q > 0 and toks[q - 1][2] not in _PHRASE_OPENERS:
            return None  # "visited a farm in the valley ...": an object, not the subject
        start, end = toks[q + 1][0], toks[k - 1][1]
        name = self.norm[start:end]
        # one person, whom a later 'he' or 'she' stands for, described by the phrase
        return Mention(name, "person", (start, end), start, end, role=name), q, None

    def _no_office(self, word: str) -> bool:
        """Whether `word` heads no role, institution or group but people of no office ('trader', 'fisherman')."""
        head = self.cues.lex.head(word)
        return head is None or (head[0] != "institution" and head[1] in ("other", "witness"))

    def _describing(self, word: str) -> bool:
        """A word that may say what a named speaker is ('news site', 'conflict monitor', 'Kazakh')."""
        low = word.lower()
        return word.replace("-", "").isalpha() and not low.endswith(("ing", "ed")) and low not in _AUX \
            and low not in self.cues.rows \
            and low not in self.cues.lex.stops and low not in self.cues.lex.determiners \
            and low not in self.cues.lex.connectors

    def _quantified(self, toks: list[Token], first: int, k: int) -> tuple[Mention, int, Mention | None] | None:
        """'Many in the party believed ...': a quantifier, then where the speakers are."""
        start, end = toks[first][0], toks[k - 1][1]
        name = self.norm[start:end]
        return Mention(name, "group", (start, end), start, end, role=name), first, None

    def _common_noun(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """'the indictment said', 'the coffee chain said', 'a spokesman for the paper said': a plain noun
        phrase with a determiner, which the role lexicon does not know, as the subject of a reporting verb."""
        lex = self.cues.lex
        word = toks[k - 1][2]
        if not (word.isalpha() and word.islower()) or len(word) < 3 or word in lex.stops or word in _AUX:
            return None
        if word in lex.determiners:
            return None  # "two suspects allegedly smashed ...": a number, and the cue is a noun
        det = next((q for q in range(k - 2, max(-1, k - 6), -1) if not self._plain_word(toks[q][2])), -1)
        # "..., rescuers said": a plural noun right after a comma names a group on its own
        bare = plural_noun(word) and det == k - 2 and toks[det][2] in (",", '"', ";")
        if not bare and (det < 0 or toks[det][3] not in lex.determiners
                         or not _is_noun_phrase_start(toks, det)):
            return None
        name = self.phrases.text(toks, det + 1, k)
        start, end = toks[det + 1][0], toks[k - 1][1]
        if plural_noun(word):
            mention = Mention(name, "group", (start, end), start, end, role=name)
        else:
            mention = Mention(name, "other", (start, end), start, end)
        if det >= 2 and toks[det - 1][3] in lex.connectors:
            first = self.phrases.back(toks, det - 1, 0)
            owner = self.phrases.read(toks, first, det - 1) if first < det - 1 else None
            if owner is not None and owner.kind in ("person", "group") and owner.role == owner.name:
                owner.name = owner.role = self.norm[owner.span[0] : end]
                owner.span, owner.end = (owner.span[0], end), end
                return owner, first, None
        return self._placed_someone(toks, det, k, mention) or (mention, det, None)

    def _plain_word(self, word: str) -> bool:
        low = word.lower()
        return word.replace("-", "").isalpha() and word.islower() and low not in self.cues.lex.stops \
            and low not in self.cues.lex.determiners

    def _sentence_subject(self, toks: list[Token], pronoun: int) -> Mention | None:
        """'Actress X angered fans after she tweeted': the named person opening the pronoun's sentence."""
        opening = self._opening_subject(toks, pronoun) if pronoun > 2 else None
        if opening is None or opening[0].kind != "person" or " " not in opening[0].name:
            return None
        if any(self.phrases.lex.pronouns.get(t[3]) == "person" for t in toks[opening[1] : pronoun]):
            return None
        return opening[0]

    def _before_bracket(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """'the World Food Programme (WFP) said': the speaker before a short name in brackets."""
        opening = next((q for q in range(k - 2, max(0, k - 5), -1) if toks[q][2] == "("), -1)
        if opening < 1 or not all(t[2][:1].isupper() for t in toks[opening + 1 : k - 1]):
            return None
        found = self._speaker_before(toks, opening)
        if found is not None and found[0].kind != "pronoun":
            found[0].end = toks[k - 1][1]
            return found
        return None

    def _relative_subject(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """'a police official who asked not to be named told CNN': a speaker, then a relative clause."""
        for q in range(k - 2, max(0, k - _THAT_WINDOW), -1):
            word = toks[q][2]
            if word in (",", '"', ".", ";", ":", "(", ")"):
                return None
            if word.lower() != "who":
                continue
            if all(t[3] in _RELATIVE_ADVERBS or _adverb(t[2]) for t in toks[q + 1 : k]):
                return None  # "an officer who now writes on security": the cue is the relative clause's verb
            return self._speaker_through(toks, q, k)
        return None

    def _speaker_through(self, toks: list[Token], q: int, k: int) -> tuple[Mention, int, None] | None:
        """The speaker phrase ending at token `q`, widened to reach the cue at `k` (its aside included)."""
        first = self.phrases.back(toks, q, 0)
        mention = self.phrases.read(toks, first, q) if first < q else None
        if mention is None or mention.kind not in ("person", "group", "institution"):
            return None
        mention.end = toks[k - 1][1]
        return mention, first, None

    def _speaking_subject(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """'Officials speaking on condition of anonymity said ...': a speaker, then how it spoke."""
        for q in range(k - 2, max(0, k - _THAT_WINDOW), -1):
            word = toks[q][3]
            if not toks[q][2].isalnum():
                return None
            if word not in _SPEAKING:
                continue
            return self._speaker_through(toks, q, k)
        return None

    def _participle_subject(
        self, toks: list[Token], k: int, sentence: Span
    ) -> tuple[Mention, int, Mention | None] | None:
        """'Macron said ..., adding that ...': the speaker of the sentence's earlier claim, else its subject."""
        last = self._last
        if last is not None and last.mention is not None and sentence[0] <= last.cue_span[0] < sentence[1]:
            if last.content[0] < toks[k - 1][0] < last.content[1]:
                last.content = self._trim((last.content[0], toks[k - 1][0]))
            return last.mention, k - 1, last.resolved
        opening = self._opening_subject(toks, k)
        return (opening[0], k - 1, None) if opening is not None else None

    def _reported_before(self, toks: list[Token], k: int) -> bool:
        """Whether a claim's cue stands in the tokens before `k`: 'X said residents welcomed it but feared ...'."""
        last = self._last
        return last is not None and toks[0][0] <= last.cue_span[0] < toks[k - 1][0]

    def _subject_of_clause(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """'The government welcomed the plan and said ...': the speaker opens the sentence."""
        opening = self._opening_subject(toks, k)
        if opening is None or toks[0][3] in self.cues.lex.pronouns:
            return self._pronoun_goes_on(toks)
        mention, end = opening
        if any(t[2] in (",", ";") for t in toks[end : k - 2]) and not self._spoke_last(toks, mention):
            return None  # one clause only, though ", and said" may close it
        self._end_last_content(toks[k - 1][0])
        return mention, 0, None

    def _thing_inside_last(self, item: Found) -> bool:
        """Whether `item` is voiced by a plain noun the role lexicon does not know, inside the content of
        the claim before it."""
        last, mention = self._last, item.mention
        if last is None or mention is None or not last.content[0] <= item.cue_span[0] < last.content[1]:
            return False
        name = mention.name
        plain = mention.kind in ("other", "group") and name.islower()
        return plain and self.cues.lex.head(name.split()[-1]) is None

    def _close_before(self, item: Found) -> None:
        """'X argued that A, while Y insisted B': the claim before ends where the next speaker's clause opens."""
        last = self._last
        if last is None or item.mention is None or not last.content[0] < item.span[0] < last.content[1]:
            return
        joint = _CLAUSE_JOINT.search(self.norm, max(last.content[0], item.span[0] - _JOINT_REACH), item.span[0])
        if joint is not None:
            self._end_last_content(joint.start())

    def _end_last_content(self, at: int) -> None:
        """'X said A and urged B': what the sentence's earlier claim says ends where the next cue's clause
        begins, and so does its hedging."""
        last = self._last
        if last is None or not last.content[0] < at < last.content[1]:
            return
        last.content = self._trim((last.content[0], at))
        rows = self.cues.rows.get(last.cue.lower(), [])
        if last.hedged and rows and rows[0]["hedged"] != "1":
            last.hedged = self._hedged(rows[0], last.content)

    def _pronoun_goes_on(self, toks: list[Token]) -> tuple[Mention, int, Mention | None] | None:
        """'She expects ..., and said ...': the pronoun opening the sentence spoke its last claim; 'He
        welcomed the plan and said ...': it speaks in a sentence of one clause."""
        if not toks or toks[0][0] != self.sentence_of(toks[0][0])[0]:
            return None
        last = self._last
        if last is not None and last.mention is not None and last.mention.span == toks[0][:2]:
            return last.mention, 0, last.resolved
        pronoun = self.phrases.read(toks, 0, 1)
        if pronoun is None or pronoun.kind != "pronoun" or any(t[2] in (",", ";") for t in toks[1:]):
            return None
        return pronoun, 0, None

    def _spoke_last(self, toks: list[Token], mention: Mention) -> bool:
        """Whether the sentence's subject, or a pronoun after it, voiced the claim just before: 'X accused
        ..., which it said ..., and announced that ...' goes on with the same speaker past the commas."""
        last = self._last
        if last is None or last.mention is None or last.cue_span[0] < toks[0][0]:
            return False
        return last.mention.span == mention.span or last.mention.kind == "pronoun"

    def _opening_subject(self, toks: list[Token], k: int) -> tuple[Mention, int] | None:
        """The noun phrase opening the sentence, with its apposition, and the token after them."""
        if not toks or toks[0][0] != self.sentence_of(toks[0][0])[0]:
            return None  # a window of a long sentence: its opening is out of reach
        # "OSLO - The farmers sued the council, alleging ...": the dateline is where, not who
        lead = _token_at(toks, self._past_dateline((toks[0][0], toks[-1][1]))[0])
        if lead < k and toks[lead][3] in self.cues.lex.stops:
            # "In a statement, the bureau said ... and urged ...": a short opening phrase, then the subject;
            # "While Kelly has fumed ...", "Prior to the discovery ...": no subject opens it
            lead = next((q + 1 for q in range(lead + 1, min(lead + _INTRO, k)) if toks[q][2] == ","), 0)
            if not lead:
                return None
        end = self.phrases.forward(toks, lead, k)
        mention = self.phrases.read(toks, lead, end) if lead < end < k - 2 else None
        if mention is None or mention.kind not in ("person", "institution", "group"):
            return None
        if toks[end][2] == ",":
            # "Cuba's deputy foreign minister, Carlos Fernandez, called ... and said"
            close = next((q for q in range(end + 1, min(end + 18, k)) if toks[q][2] == ","), -1)
            if close < 0:
                return None
            whole = self.phrases.back(toks, close, end + 1) == end + 1
            named = self.phrases.read(toks, end + 1, close) if whole else None
            role, affiliation, is_apposition = self.phrases.apposition(toks, end + 1, close)
            if named is not None and named.kind == "person" and named.role is None and mention.role:
                named.role, named.affiliation, named.start = mention.role, mention.affiliation, mention.start
                mention = named
            elif is_apposition:
                mention.role = role or mention.role
                mention.affiliation = affiliation or mention.affiliation
            else:
                return None
            end = close + 1
        return mention, end

    def _apposed(self, toks: list[Token], k: int) -> tuple[Mention, int, Mention | None] | None:
        """'X, a researcher ..., said' and 'the military expert, X, said'."""
        phrases = self.phrases
        relative = next(
            (p for p in range(k - 3, max(-1, k - 30), -1)
             if toks[p][2] == "," and any(t[3] in _RELATIVES for t in toks[p + 1 : p + 4])),
            -1,
        )
        if relative > 0:
            first = phrases.back(toks, relative, 0)
            mention = phrases.read(toks, first, relative) if first < relative else None
            if mention is not None:
                mention.end = toks[k - 2][1]
                return mention, first, None
        comma = next((p for p in range(k - 2, max(-1, k - 3 - 16), -1) if toks[p][2] == ","), -1)
        if comma < 0:
            return None
        whole = phrases.back(toks, k - 1, comma + 1) == comma + 1
        named = phrases.read(toks, comma + 1, k - 1) if whole else None
        is_name = named is not None and named.kind in ("person", "institution") and named.name != named.role
        if is_name and named and (self._role_before(toks, comma, named) or self._leading_role(toks, comma, named)):
            return named, phrases.back(toks, comma, 0), None
        role, affiliation, is_apposition = phrases.apposition(toks, comma + 1, k - 1)
        ages = all(t[2].isdigit() or t[3] == "and" for t in toks[comma + 1 : k - 1])
        if not is_apposition and self._aside(toks[comma + 1][2], ages):
            is_apposition = True
        if is_apposition:
            if comma >= 3 and toks[comma - 1][2].isdigit() and toks[comma - 2][2] == ",":
                comma -= 2  # "Mark Hale, 54, a former officer, said": the age stands between name and role
            first = phrases.back(toks, comma, 0)
            mention = phrases.read(toks, first, comma) if first < comma else None
            if mention is None:
                plain = self._common_noun(toks, comma)  # "The firm, based in Chicago, said"
                if plain is None:
                    return None
                mention, first, _ = plain
            mention.role = role or mention.role
            mention.affiliation = affiliation or mention.affiliation
            mention.end = toks[k - 2][1]
            return mention, first, None
        placed = self._placed_before(toks, comma)
        if placed is not None:
            return placed
        if phrases.back(toks, k - 1, comma + 1) != comma + 1:
            return None
        mention = phrases.read(toks, comma + 1, k - 1)
        if mention is None or mention.kind != "person" or not self._role_before(toks, comma, mention):
            return None
        return mention, phrases.back(toks, comma, 0), None

    def _placed_before(self, toks: list[Token], comma: int) -> tuple[Mention, int, Mention | None] | None:
        """'A navy spokesman in Bahrain, home to the Fifth Fleet, said': the words between the commas
        describe the place that ends the speaker phrase, not the speaker."""
        comma_before = next((p for p in range(comma - 1, max(-1, comma - 16), -1) if toks[p][2] == ","), -1)
        if comma < 3 or comma_before >= 0 or toks[comma - 2][3] not in _PLACE_LINKS:
            return None
        if not toks[comma - 1][2][:1].isupper():
            return None
        first = self.phrases.back(toks, comma, 0)
        mention = self.phrases.read(toks, first, comma) if first < comma - 2 else None
        if mention is None or mention.kind not in ("person", "group", "institution"):
            return None
        return mention, first, None

    def _leading_role(self, toks: list[Token], comma: int, mention: Mention) -> bool:
        """'The company behind the images, BlackSky, said': the sentence opens with what the speaker is."""
        if comma < 2 or toks[0][3] != "the" or not self.phrases.lex.head(toks[1][2]):
            return False
        if toks[0][0] != self.sentence_of(toks[0][0])[0]:
            return False
        if any(t[2] in (",", '"') for t in toks[:comma]):
            return False
        mention.role = self.phrases.text(toks, 1, comma)
        mention.start = toks[0][0]
        return True

    @staticmethod
    def _aside(word: str, ages: bool) -> bool:
        """A parenthetical between speaker and verb: ', speaking on condition of anonymity,', ', published
        last Friday,'."""
        low = word.lower()
        asides = ("in", "on", "at", "during", "however", "meanwhile", "also", "too", "for")  # ', for his part,'
        # 'Smith, 54, said', 'The women, 21 and 26, told', not 'Dakar, 18 July (APS) - The camp ..., announced'
        return low.endswith(("ing", "ed")) or low in asides or (low.isdigit() and ages)

    def _role_before(self, toks: list[Token], comma: int, mention: Mention) -> bool:
        """Take the role of 'the military expert, X' from the phrase before `comma`."""
        first = self.phrases.back(toks, comma, 0)
        role = self.phrases.read_role(toks, first, comma) if first < comma else None
        if role is None:
            return False
        mention.role = role.role
        mention.affiliation = mention.affiliation or role.affiliation
        mention.start = role.start
        return True

    def _dislocated(self, toks: list[Token], pronoun: int) -> tuple[Mention | None, int]:
        """'As for X, he believes ...': the name a pronoun picks up within its own sentence."""
        if pronoun < 2 or toks[pronoun - 1][2] != ",":
            return None, pronoun
        first = self.phrases.back(toks, pronoun - 1, 0)
        mention = self.phrases.read(toks, first, pronoun - 1) if first < pronoun - 1 else None
        if mention is None or mention.kind != "person":
            return None, pronoun
        after_for = first > 0 and toks[first - 1][3] == "for"
        if mention.role is None and len(mention.name.split()) < 2 and not after_for:
            return None, pronoun
        if mention.role is None and first >= 2 and toks[first - 1][2] == ",":
            self._role_before(toks, first - 1, mention)
            first = self.phrases.back(toks, first - 1, 0)
        while first > 0 and toks[first - 1][3] in _FRAME_INTROS:
            first -= 1
        mention.start = toks[first][0]
        return mention, first

    def _frame(self, toks: list[Token], first: int, mention: Mention, sentence_start: int) -> None:
        """Affiliation from the sentence's opening frame: 'On the Russian side, ...', 'published on X, ...'."""
        if mention.affiliation is not None or mention.kind != "person" or first == 0:
            return
        # The tokens of a long sentence are a window around the cue: its opening frame is out of reach.
        start, end = max(sentence_start, toks[0][0]), toks[first - 1][1]
        # the frame word first: it is a set look-up, the outlet a search of every outlet's name
        published = any(w.lower() in self.cues.frames for w in self.norm[start:end].split())
        outlet = self.cues.outlets_re.search(self.norm, start, end) if published else None
        if outlet is not None:
            mention.affiliation = outlet.group()
            return
        # The pattern has no literal it could look for first: the word after 'the' gates it, a few string searches
        # ruling out nearly every sentence.
        if not any(self.norm.find(word, start, end) >= 0 for word in _SIDE_WORDS):
            return
        side = _SIDE.search(self.norm, start, end)
        if side is not None:
            countries = self.phrases.countries_in(*side.span(1))
            if countries:
                mention.affiliation = countries[0]

    # --- other cue kinds ---------------------------------------------------------------------

    def _prep(self, m: Hit, row: dict[str, str], toks: list[Token], ci: int, cj: int,
              sentence: Span) -> Found | None:
        """'According to X, CONTENT' and 'CONTENT, according to X'."""
        end = self.phrases.forward(toks, cj, len(toks), owned=True)
        while end > cj + 1 and toks[end - 1][3] in self.cues.days:
            end -= 1  # "according to a media report Sunday"
        end = self._participle_phrase(toks, end)
        end = self._material_cut(toks, cj, end)
        mention = self.phrases.read(toks, cj, end) if end > cj else None
        if cj < len(toks) and toks[cj][3] in _OBJECT_PRONOUNS:
            # "according to him": the person spoken of last, as a subject pronoun would be
            span, end = (toks[cj][0], toks[cj][1]), cj + 1
            mention = Mention(toks[cj][2], "pronoun", span, span[0], span[1], source=_OBJECT_PRONOUNS[toks[cj][3]])
        if mention is None and self._self_cited(toks, cj):
            return None  # "according to images reviewed by this newspaper": the reporters' own finding
        if mention is None:
            mention, end = self._reviewer(toks, cj) or (None, end)
        if mention is None:
            limit = min(cj + 12, len(toks))
            end = next((q for q in range(cj, limit) if toks[q][2] in (",", ".", ";")), len(toks))
            if end == len(toks) and limit < len(toks):
                return None  # no phrase boundary soon: 'according to standard procedure the victims ...'
            end = self._material_cut(toks, cj, end)
            if end == cj:
                return None
            while end > cj + 1 and not toks[end - 1][2][:1].isalnum():
                end -= 1
            first = cj + 1 if toks[cj][3] in self.cues.lex.determiners and end > cj + 1 else cj
            span = (toks[first][0], toks[end - 1][1])
            mention = Mention(self.norm[span[0] : span[1]], "other", span, span[0], span[1])
        mention, end = self._issuer(toks, cj, end, mention)
        named = self._named_after(toks, end, mention)  # "according to the base commander, Colonel X"
        after = next((q for q in range(end, len(toks)) if toks[q][0] >= named.end), len(toks))
        if after == len(toks) or toks[after][2] in (",", ".", ";"):
            mention = named  # a name set off as the whole apposition, not the subject of what follows
        lead = toks[0][0] == sentence[0] and (ci == 0 or (ci == 1 and toks[0][2] == '"'))
        self._apposition_after(toks, end, mention, closed=lead or ci <= _SHORT_LEAD)
        self._frame(toks, ci, mention, sentence[0])
        if lead:
            after = next((q for q in range(end, len(toks)) if toks[q][0] >= mention.end), len(toks))
            comma = next((q for q in range(after, min(after + _THAT_WINDOW, len(toks))) if toks[q][2] == ","), None)
            after = comma + 1 if comma is not None else after
            return self._found(mention, m, row, self._after(toks, after, sentence), "according-lead")
        rest = next((q for q in range(end, len(toks)) if toks[q][0] >= mention.end), len(toks))
        if ci <= _SHORT_LEAD and rest < len(toks) - 3 and toks[rest][2] == ",":
            if toks[rest + 1][3] in _AUX:
                # "The plan, according to two officials, was drawn up in May": the sentence is the claim
                return self._found(mention, m, row, sentence, "according-parenthetical")
            # "In 2013, according to the lawsuit, the firm hid the losses": the claim follows
            return self._found(mention, m, row, self._after(toks, rest + 1, sentence), "according-inside")
        return self._found(mention, m, row, (sentence[0], toks[ci][0]), "according-tail")

    def _opinion_lead(self, m: Hit, row: dict[str, str], toks: list[Token], ci: int, cj: int,
                      sentence: Span) -> Found | None:
        """'For the researcher X, CONTENT': a sentence opened by a named person and a comma voices that person's
        view ('For years, ...', 'For Russia, ...' name no one who speaks)."""
        if ci != 0 or toks[0][0] != sentence[0]:
            return None
        end = self.phrases.forward(toks, cj, len(toks))
        mention = self.phrases.read(toks, cj, end) if end > cj else None
        if mention is None or mention.kind != "person" or mention.name == mention.role \
                or not mention.name[:1].isupper() or end >= len(toks) - 2 or toks[end][2] != ",":
            return None
        if mention.role is None and " " not in mention.name:
            return None  # "For VerDi, the markets are ...": a bare word may name a firm or a place
        end = self._apposition_after(toks, end, mention, closed=True)
        if end + 1 >= len(toks):
            return None
        if toks[end][2] == "," and toks[end + 1][3] in self.cues.lex.connectors:
            # "For X, of the Y University, ...": where the person works, set off by commas
            end = next((q for q in range(end + 1, min(end + _THAT_WINDOW, len(toks))) if toks[q][2] == ","), end)
        if toks[end][2] != ",":
            return None
        return self._found(mention, m, row, self._after(toks, end + 1, sentence), "opinion-lead")

    def _issuer(self, toks: list[Token], cj: int, end: int, mention: Mention) -> tuple[Mention, int]:
        """'according to a statement from the navy', 'a report by X': whoever issued the document speaks."""
        head = cj + 1 if toks[cj][3] in self.cues.lex.determiners else cj
        if head + 2 >= end or toks[head][3] not in DOCUMENTS or toks[head + 1][3] not in _ISSUED_BY:
            return mention, end
        issuer = self.phrases.read(toks, head + 2, end)
        if issuer is None or issuer.kind not in ("person", "institution", "group"):
            return mention, end
        issuer.start, issuer.span = mention.start, mention.span  # written as cited: 'a report by X'
        return issuer, end

    @staticmethod
    def _material_cut(toks: list[Token], cj: int, end: int) -> int:
        """Where 'and satellite imagery' joins what was cited to who was: the speaker phrase ends there."""
        return next((q for q in range(cj + 1, end - 1) if toks[q][3] == "and" and toks[q + 1][3] in _MATERIAL), end)

    def _reviewer(self, toks: list[Token], cj: int) -> tuple[Mention, int] | None:
        """'according to satellite images reviewed by the X Initiative': who reviewed them speaks."""
        by = self._reviewed_by(toks, cj)
        if by is None:
            return None
        start = by + 2 if toks[by + 1][3] in self.cues.lex.determiners else by + 1
        end = self.phrases.forward(toks, start, len(toks))
        mention = self.phrases.read(toks, start, end) if end > start else None
        if mention is None or mention.kind not in ("person", "institution", "group"):
            return None
        if mention.span[0] != toks[start][0]:
            return None  # "data compiled by Moody's Analytics": an owner's name the phrase reader sets apart
        return self._named_institution(toks, start, end, mention), end

    def _self_cited(self, toks: list[Token], cj: int) -> bool:
        by = self._reviewed_by(toks, cj)
        return by is not None and toks[by + 1][3] in _SELF

    @staticmethod
    def _reviewed_by(toks: list[Token], cj: int) -> int | None:
        """The 'by' of 'images reviewed by', 'imagery analysed last month by' after 'according to'."""
        by = next((q for q in range(cj + 1, min(cj + _REVIEW_REACH, len(toks) - 1)) if toks[q][3] == "by"), None)
        if by is None or any(not t[2].isalnum() for t in toks[cj:by]):
            return None
        return by if any(t[3].endswith("ed") for t in toks[cj + 1 : by]) else None

    def _named_institution(self, toks: list[Token], start: int, end: int, mention: Mention) -> Mention:
        """'the London think tank Chatham House': the capitalised name after a described kind speaks."""
        lex = self.cues.lex
        kind_at = max((q for q in range(start, end) if toks[q][2].islower() and lex.head(toks[q][2])), default=-1)
        if kind_at < 0 or kind_at + 1 >= end or not all(t[2][:1].isupper() for t in toks[kind_at + 1 : end]):
            return mention
        span = (toks[kind_at + 1][0], toks[end - 1][1])
        return Mention(self.norm[span[0] : span[1]], "institution", span, mention.start, mention.end,
                       role=self.norm[toks[start][0] : toks[kind_at][1]], affiliation=mention.affiliation,
                       source=mention.source)

    def _participle_phrase(self, toks: list[Token], end: int) -> int:
        """Extend 'two people' over 'briefed on the plan' up to the comma that closes it."""
        if end == 0 or end >= len(toks) or not self.phrases.group_head(toks[end - 1][2]):
            return end
        word = toks[end][2]
        if not (word.islower() and word.endswith("ed")):
            return end
        comma = next((q for q in range(end + 1, min(end + 8, len(toks))) if toks[q][2] == ","), None)
        return comma if comma is not None else end

    def _noun(self, m: Hit, row: dict[str, str], toks: list[Token], ci: int, cj: int,
              sentence: Span) -> Found | None:
        """'In X's view, CONTENT' and 'X's statement that CONTENT'."""
        if ci == 0:
            return None
        before = toks[ci - 1]
        if before[3] in _POSSESSIVE_PRONOUNS:
            first = ci - 1
            span = (before[0], before[1])
            mention: Mention | None = Mention(
                before[2], "pronoun", span, span[0], span[1], source=_POSSESSIVE_PRONOUNS[before[3]]
            )
        elif before[2].endswith(("'s", "s'")):
            first = self.phrases.back(toks, ci, 0)
            mention = self.phrases.read(toks, first, ci) if first < ci else None
        else:
            return None
        if mention is None:
            return None
        stripped = re.sub(r"'s?$", "", mention.name)
        mention.span = (mention.span[0], mention.span[1] - (len(mention.name) - len(stripped)))
        mention.name = stripped
        opened = first > 0 and toks[first - 1][3] == "in"
        nxt = toks[cj][3] if cj < len(toks) else "."
        # "..., in the minister's words.": a closing aside, its content before it
        closing = nxt in (".", ";", "!") and first >= 2 and toks[first - 2][2] == ","
        if opened and (nxt == "," or closing):
            start = first - 1
            mention.start = toks[start][0]
            m = Hit(toks[start][0], m.until, self.norm[toks[start][0] : m.until])
            if (start == 0 and toks[0][0] == sentence[0]) or (start > 0 and toks[start - 1][2] in (":", ";")):
                # "In her view, ..." and "...: in her analysis, ...": what follows is the claim
                return self._found(mention, m, row, self._after(toks, cj + 1, sentence), "possessive-lead")
            return self._found(mention, m, row, (sentence[0], toks[start][0]), "possessive-tail")
        that = self._that(toks, cj) if nxt in ("that", "is", "was") else None
        if that is None or that > cj + 2:
            return None
        return self._found(mention, m, row, self._after(toks, that + 1, sentence), "possessive-that")

    def _passive_agent(self, m: Hit, row: dict[str, str], toks: list[Token], k: int, cj: int,
                       sentence: Span) -> Found | None:
        """'The drill was announced last month by the navy chief, Admiral X': the agent after 'by' speaks,
        and what was announced is the subject before the verb."""
        if row["lemma"] not in _AGENT_LEMMAS or k == 0 or toks[0][0] != sentence[0] or toks[0][2] not in _ARTICLES:
            return None  # "Smith was accused by ...": only a thing said, opening the sentence, is content
        if any(not t[2].isalnum() for t in toks[1:k]):
            return None
        by = next((q for q in range(cj, min(cj + _AGENT_REACH, len(toks))) if toks[q][3] == "by"), None)
        if by is None or any(not t[2].isalnum() for t in toks[cj:by]):
            return None
        end = self.phrases.forward(toks, by + 1, len(toks))
        mention = self.phrases.read(toks, by + 1, end) if end > by + 1 else None
        if mention is None or mention.kind not in ("person", "institution", "group"):
            return None
        return self._found(self._named_after(toks, end, mention), m, row, self._before(toks, k, sentence),
                           "passive-agent")

    def _named_after(self, toks: list[Token], comma: int, mention: Mention) -> Mention:
        """'the navy chief, Admiral X': the name in apposition to a role speaks, with the role."""
        if comma + 1 >= len(toks) or toks[comma][2] != "," or mention.name != mention.role:
            return mention
        end = self.phrases.forward(toks, comma + 1, len(toks))
        named = self.phrases.read(toks, comma + 1, end) if end > comma + 1 else None
        if named is None or named.kind != "person" or named.name == named.role or any(c.isdigit() for c in named.name):
            return mention  # "according to this source, Il-76 transports delivered ...": no person's name
        named.role = named.role or mention.role
        named.affiliation = named.affiliation or mention.affiliation
        named.start = mention.start
        return named

    def _relative_speaker(self, toks: list[Token], comma: int) -> tuple[Mention, int, Mention | None] | None:
        """'..., Admiral X, who said ...': the phrase before a non-restrictive 'who' speaks."""
        first = self.phrases.back(toks, comma, 0)
        mention = self.phrases.read(toks, first, comma) if first < comma else None
        if mention is None or mention.kind not in ("person", "institution", "group"):
            return None
        if mention.kind == "person" and mention.role is None and first >= 2 and toks[first - 1][2] == ",":
            self._role_before(toks, first - 1, mention)
        mention.end = toks[comma + 1][1]
        return mention, first, None

    def _passive(self, m: Hit, row: dict[str, str], toks: list[Token], cj: int,
                 sentence: Span) -> Found | None:
        """'It was reported that CONTENT': a claim with no speaker."""
        that = self._that(toks, cj)
        if that is None:
            return None
        return self._found(None, m, row, self._after(toks, that + 1, sentence), "passive")
