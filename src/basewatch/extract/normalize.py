"""Normalisation with exact offsets: build the matching view of an article and its sentences.

Characters are either replaced one-for-one (curly quotes, primes, odd spaces, dashes) or
removed (soft hyphens, zero-width characters); an offset array records where every kept
character came from, so any span found in the normalised text maps back to the original.
"""

from __future__ import annotations

import re
from array import array
from typing import Final

from basewatch.extract.alternation import trie
from basewatch.extract.spacing import lower, positions_of, spaced
from basewatch.extract.wordscan import spaced_hits, spaced_keys
from basewatch.model import Doc, Span

_ONE_FOR_ONE: Final = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2036": '"',
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ",
    "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ",
    "\u3000": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-",
    "\u2013": "-", "\u2014": "-",
}
_REMOVED: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_ASCII_BYTES: Final = bytes(range(128))
_REMOVED_RE: Final = re.compile(f"[{_REMOVED}]")

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an
# upper-case letter, digit or opening quote, or at a blank line; common abbreviations
# before the full stop do not end one. The leading character class lets the scanner skip
# straight to the few characters that can end a sentence.
_NEXT_OPENS: Final = r"""(?=\s+["'(\[]?[A-Z0-9\u0400-\u04ff\u0600-\u06ff])"""
_SENT_END: Final = re.compile(
    rf"""[.!?\u2026\n](?:(?<=[.!?])[.!?]*["')\]]*{_NEXT_OPENS}|(?<=\u2026){_NEXT_OPENS}|(?<=\n)\s*\n)"""
)
# Bound once: compiled, `_SENT_END.match(...)` looks the method up by name at every call (~170 instructions).
_SENT_END_MATCH: Final = _SENT_END.match
_ABBREVIATIONS: Final = frozenset(
    [
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Brig", "Lt", "Lieut", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
        "Cdr", "Rep", "Sen", "Gov", "Prof", "St", "Mt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "etc",
        "approx", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
)
_DOTTED: Final = frozenset({"U.S", "U.K", "U.N", "e.g", "i.e"})
# An abbreviation, a single capital or a dotted one ending right before a full stop: the full stop ends no sentence.
_ABBREV: Final = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(_ABBREVIATIONS))})|\b[A-Z]|\b(?:{'|'.join(map(re.escape, sorted(_DOTTED)))}))$"
)
# The longest word `_ABBREV` reads before a full stop.
_ABBREV_REACH: Final = 6


def normalise(text: str) -> tuple[str, array[int] | None]:
    """The matching view of `text` and its offset array (None when no character was removed)."""
    if text.isascii():
        # Of the odd characters only the tab is ASCII, and none of the removed ones: no scan needed.
        return text.replace("\t", " "), None
    folded = text
    present = _past_ascii(text)
    if "\t" in text:
        present.add("\t")
    # str.translate looks every character up; replacing only the few odd ones present is far faster.
    for odd in present.intersection(_ONE_FOR_ONE):
        folded = folded.replace(odd, _ONE_FOR_ONE[odd])
    if present.isdisjoint(_REMOVED):
        return folded, None
    kept: list[str] = []
    offsets = array("l")
    last = 0
    for match in _REMOVED_RE.finditer(folded):
        start = match.start()
        kept.append(folded[last:start])
        offsets.extend(range(last, start))
        last = match.end()
    kept.append(folded[last:])
    offsets.extend(range(last, len(folded)))
    return "".join(kept), offsets


def _past_ascii(text: str) -> set[str]:
    """The characters of `text` past ASCII: those left when the ASCII bytes of its UTF-8 form are deleted, a
    byte-table pass, where a regex for the odd characters tests a set at each character."""
    raw = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return set(raw.decode("utf-8", "surrogatepass"))


# The characters a sentence can end at: `_SENT_END` opens on one of them.
_ENDERS: Final = ".!?\u2026\n"


def _sentence_ends(norm: str) -> list[re.Match[str]]:
    """`_SENT_END.finditer(norm)`, tried only at the characters it can open on, found by string searches: compiled,
    the regex scan tests a character set at every character of the text, many times the cost of those searches."""
    candidates = positions_of(norm, _ENDERS)
    found: list[re.Match[str]] = []
    done = 0
    for at in candidates:
        if at < done:
            continue
        match = _SENT_END_MATCH(norm, at)
        if match is not None:
            found.append(match)
            done = match.end()
    return found


def split_sentences(norm: str) -> list[Span]:
    """Sentence spans over the normalised text, trimmed of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for match in _sentence_ends(norm):
        at, after = match.span()
        first = norm[at]
        if first == "." and _abbreviation_before(norm, at):
            continue
        # Only a blank line's match opens with a line break: the sentence ends before it.
        _add_trimmed(norm, start, at if first == "\n" else after, spans)
        start = after
    _add_trimmed(norm, start, len(norm), spans)
    return spans


def _abbreviation_before(norm: str, at: int) -> bool:
    """`_ABBREV.search(norm, at - 6, at)`, told by string tests on the word before `at`: compiled, far cheaper than
    the search trying each of the six places."""
    if at and norm[at - 1] == "\n":
        return _ABBREV.search(norm, max(0, at - _ABBREV_REACH), at) is not None  # `$` also matches before it
    first = at
    while first > 0 and at - first <= _ABBREV_REACH and _is_word(norm[first - 1]):
        first -= 1
    if at - first > _ABBREV_REACH:
        return False  # a longer word: no abbreviation, nor a capital on its own
    word = norm[first:at]
    if word in _ABBREVIATIONS:
        return True
    if len(word) != 1:
        return False
    if "A" <= word <= "Z":
        return True
    # 'e.g.', 'U.S.': the word before the full stop is a letter after another letter and a full stop
    return at >= 3 and norm[at - 3 : at] in _DOTTED and (at == 3 or not _is_word(norm[at - 4]))


def _is_word(char: str) -> bool:
    """What `\\w` matches."""
    return char.isalnum() or char == "_"


def _add_trimmed(norm: str, start: int, end: int, spans: list[Span]) -> None:
    if start < end and not norm[start].isspace() and not norm[end - 1].isspace():
        spans.append((start, end))
        return
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


_SCRIPTS: Final = (("ru", re.compile(r"[\u0400-\u04ff]")), ("ar", re.compile(r"[\u0600-\u06ff]")))
# 'la', 'de', 'que', 'en' are as common in Spanish as in French: counted for either, they would tip Spanish
# text to French.
_STOPWORDS: Final = {
    "fr": "le les des est une dans avec pour du au aux sur qui été",
    "de": "der die das und ist nicht mit eine auf den dem sich wird",
    "es": "el los las del una está para con por según fue sus pero también desde",
    "en": "the and of to is was with for that",
}
_STOPWORD_LANG: Final = {word: lang for lang, words in _STOPWORDS.items() for word in words.split()}
# One scan for every language's stop words: no word belongs to two languages. Opening with the
# non-word character before a word (the sample gets a space in front) lets the engine skip the
# inside of words without trying the words there.
_STOPWORD_RE: Final = re.compile(r"\W(" + trie(_STOPWORD_LANG) + r")\b")


# The stop words but the English ones as keys of the spaced view (`spacing`), found by the shared word pass with the
# other components' words: 2-3 times as fast as the regex even alone.
_STOPWORD_SLOT: Final = spaced_keys(
    "normalize:stopwords", {spaced(w): lang for w, lang in _STOPWORD_LANG.items() if lang != "en"})
# The English ones as the spaced view shows them: the most frequent words of most articles (nearly two in five of the
# shared pass's hits, each a tuple made, kept and counted), counted by string searches instead.
_ENGLISH_SPACED: Final = tuple(spaced(w) for w in _STOPWORDS["en"].split())


def detect_language(norm: str, lowered: str | None = None, spaced_view: str | None = None) -> str:
    """A two-letter language code from script and stop-word counts over the whole text (`lowered`, `spaced_view`: the
    `Doc.lower()` and `Doc.spaced()` of `norm`, where the caller has them)."""
    # Every non-ASCII character adds at least one byte in UTF-8: too few extra bytes, no script can dominate (an
    # ASCII text, told without reading it, has none).
    if not norm.isascii() and len(norm.encode("utf-8", "surrogatepass")) - len(norm) > len(norm) // 4:
        for lang, script in _SCRIPTS:
            if len(script.findall(norm)) > len(norm) // 4:
                return lang
    lowered = lower(norm) if lowered is None else lowered
    view = _word_pass_view(lowered, spaced_view)
    if view is None:
        counts = _counts(_regex_stop_words(lowered))
    else:
        counts = _counts(_other_stop_words(norm))
        # As many English stop words as any other language's settles it; the exact count is needed only where there are
        # fewer.
        if _english_at_least(view, max(counts.values())):
            return "en"
        counts["en"] = _english_count(view)
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > counts["en"] else "en"


def _counts(found: list[str]) -> dict[str, int]:
    """Stop words by language, every language counted (zero or more). Counted by `list.count`, at C speed, rather than
    a dictionary update for each stop word."""
    return {lang: found.count(lang) for lang in _STOPWORDS}


def stop_words(norm: str, lowered: str | None = None, spaced_view: str | None = None) -> list[str]:
    """The language of each stop word standing whole in `norm` (`lowered`, `spaced_view` as for `detect_language`), the
    English ones last (`_word_pass_view`)."""
    lowered = lower(norm) if lowered is None else lowered
    view = _word_pass_view(lowered, spaced_view)
    if view is None:
        return _regex_stop_words(lowered)
    return _other_stop_words(norm) + ["en"] * _english_count(view)


def _word_pass_view(lowered: str, spaced_view: str | None) -> str | None:
    """The spaced view stop words are read from, with the shared word pass, or None where the regex reads them: no view
    at hand, or a text holding a '_' (a word character to the regex, a space in the spaced view)."""
    return None if spaced_view is None or "_" in lowered else spaced_view


def _regex_stop_words(lowered: str) -> list[str]:
    """The language of each stop word standing whole in the lower-cased text, by the regex: where no spaced view is
    at hand or the text holds a '_'."""
    return [_STOPWORD_LANG[word] for word in _STOPWORD_RE.findall(" " + lowered)]


def _other_stop_words(norm: str) -> list[str]:
    """The language of each stop word but the English ones standing whole in `norm`, from the shared word pass."""
    return [lang for _, lang in spaced_hits(_STOPWORD_SLOT, norm)]


def _english_at_least(spaced_view: str, wanted: int) -> bool:
    """Whether a spaced view holds `wanted` English stop words or more, by string searches that stop once they have
    found that many (most articles hold none or a few of another language's: a handful of searches near the start)."""
    found = 0
    for word in _ENGLISH_SPACED:
        if found >= wanted:
            return True
        at = spaced_view.find(word)
        while at >= 0:
            found += 1
            if found >= wanted:
                return True
            # Past the word's closing space: a repeat sharing it ('the the') is missed, the count stays a lower bound.
            at = spaced_view.find(word, at + len(word))
    return found >= wanted


def _english_count(spaced_view: str) -> int:
    """How many English stop words stand whole in a spaced view. `str.count` counts occurrences that do not overlap, and
    two of a word overlap in the space between them ('that that'): with every space doubled, none do."""
    doubled = spaced_view.replace(" ", "  ")
    return sum(doubled.count(word) for word in _ENGLISH_SPACED)


def make_doc(
    text: str,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> Doc:
    """A fresh `Doc` for `text`: normalised, split into sentences, language detected."""
    norm, offsets = normalise(text)
    doc = Doc(text=text, norm=norm, offsets=offsets, published=published, url=url, title=title,
              publisher=publisher, sentences=split_sentences(norm))
    doc.language = detect_language(norm, doc.lower(), doc.spaced())
    return doc
