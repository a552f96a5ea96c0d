"""Whole-word matching of word lists and phrase lists, with one shared pass over a document for all of them.

Components ask for one document's hits of many lists (facility heads, forces, actors, anaphors, catalog
aliases...) and of keyed tables of the spaced view (`spacing.spaced`: language detection's stop words,
quantities' number words, dates' trigger words, equipment names). Instead of one Aho-Corasick pass per list,
the first whole-text request scans the text once for every list and table in use and keeps the hits for the
others. The shared pass reads the folded text with every non-word character turned into a space (and each
non-ASCII word character into one placeholder), so keys begin and end with a space and the automaton only
reports whole words (lower-casing never makes a word character of a non-word one or the reverse, so the folded
text's word edges are the real text's); each list then checks its own conditions (the exact characters, the
character before) on the real text.
"""

from __future__ import annotations

import codecs
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import Any, Final, Generic, TypeVar, cast

import ahocorasick

from basewatch.extract.literals import TablePass, by_frequency
from basewatch.extract.spacing import CAPITAL_SIGMA, forget_lower_cases, lower, spaced
from basewatch.model import Span

V = TypeVar("V")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


# Characters that may open a word-list word (the text's start counts as one).
_OPENERS: Final = (" ", "\n", "(", "[", '"', "/")
_OPENER_SET: Final = frozenset(_OPENERS)
# The shared pass reads ASCII word characters as they are, every other non-word character as a space, and each
# non-ASCII word character as the placeholder, itself a word character (each hit is checked on the real text).
_PLACEHOLDER: Final = "_"
_ASCII_SEPARATORS: Final = {code: " " for code in range(128) if not _is_word(chr(code))}
_BYTE_SEPARATORS: Final = bytes(ord(_ASCII_SEPARATORS.get(code, chr(code))) for code in range(256))


def _placeholders(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start:error.end]
    return "".join(_PLACEHOLDER if _is_word(char) else " " for char in run), error.end


codecs.register_error("basewatch-placeholder", _placeholders)
# How the shared pass compares a hit: a folded word, a word with its case, a lower-case phrase, a loose phrase (its
# words with any non-word characters between and around them: every hit kept), a folded word or a phrase of ASCII
# letters and digits only (its hit is it: any other character reads as a space or the placeholder, so the text's
# characters need no comparing).
# Final, so that compiled they are constants rather than looked up in the module's namespace at every hit.
_FOLDED: Final = 0
_EXACT: Final = 1
_PHRASE: Final = 2
_LOOSE: Final = 3
_PLAIN_FOLDED: Final = 4
_PLAIN_PHRASE: Final = 5
# A keyed table's hits: (the index, in the text's spaced view, of the space after the key's last word, the key's value).
KeyedHits = list[tuple[int, Any]]


class Hit:
    """A word-list match, with the parts of `re.Match` the components use. A plain class: compiled, its fields are
    native attributes and it is built by C, where a NamedTuple's are read by index through Python's tuple."""

    def __init__(self, begin: int, stop: int, text: str) -> None:
        self.begin = begin
        self.stop = stop
        self.text = text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def span(self) -> Span:
        return self.begin, self.stop

    def group(self) -> str:
        return self.text


def fold(text: str) -> str:
    """Lower case, one character for one, so positions stay those of `text`."""
    lowered = lower(text)
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] for ch in text)


def _separated(text: str) -> str:
    """`text` with every non-word character made a space and every non-ASCII word character the placeholder."""
    # bytes.translate keeps C speed throughout: twice str.translate's on ASCII text, far past it (and a regex) off it.
    return text.encode("ascii", "basewatch-placeholder").translate(_BYTE_SEPARATORS).decode("ascii")


class WordMatcher:
    """Whole-word, leftmost-longest matching of a word list with an Aho-Corasick automaton (C speed).

    Each word is stored once behind every character that can open a word (space, newline, bracket,
    quote, slash) and the text is searched with a space in front, so the automaton only ever reports
    hits that begin a word; case is folded unless it matters. A whole text is searched in the shared pass.
    """

    def __init__(self, words: Iterable[str], ignore_case: bool = True) -> None:
        self.ignore_case = ignore_case
        self.words = frozenset(w for w in words if w)
        self.automaton = ahocorasick.Automaton()
        for word in self.words:
            for opener in _OPENERS:
                key = opener + self._key(word)
                self.automaton.add_word(key, len(key))
        self.empty = len(self.automaton) == 0
        if not self.empty:
            self.automaton.make_automaton()
        # A hit starting at a position ends within this many characters of it.
        self.longest = max(map(len, self.words), default=0)
        # The list's place in the shared pass, taken when it is shared or a whole text is first searched.
        self.slot = -1

    def _key(self, text: str) -> str:
        return fold(text) if self.ignore_case else text

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Hit]:
        """Non-overlapping whole-word hits in text[pos:endpos], leftmost-longest first.

        Search part of an article as a range of it, not as a string of its own: a whole new text takes the shared pass
        over, and the article's next whole-text search scans it again."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.empty or pos >= end:
            return []
        # Only a search given no range joins the shared pass: lists searched by sentence or clause stay out of it
        # even when one range happens to be the whole text.
        if pos == 0 and endpos is None:
            return list(_SHARED.word_hits(self, text))
        scanned = _SHARED.holding_range(self, text, pos, end)
        if scanned is not None:
            return _leftmost_longest(scanned.hits_in(self.slot, pos, end), text, 0)
        chunk = text[pos:end]
        size = len(chunk)
        hits = []
        # The word-character test is spelt out: a call per automaton hit costs more than the test.
        for last, length in self.automaton.iter(" " + self._key(chunk)):
            if last < size and (chunk[last].isalnum() or chunk[last] == "_"):
                continue
            hits.append((last - length + 1, -last))
        hits.sort()
        return _leftmost_longest(hits, chunk, pos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
        """The first hit of `finditer`: the leftmost, longest there; found without listing the others."""
        end = len(text) if endpos is None else min(endpos, len(text))
        scanned = None if self.empty or pos >= end else _SHARED.holding_range(self, text, pos, end)
        if scanned is not None:
            first = next(iter(scanned.hits_in(self.slot, pos, end)), None)
            return Hit(first[0], -first[1], text[first[0]:-first[1]]) if first else None
        return self._first(text, pos, endpos, anchored=False)

    def match(self, text: str, pos: int) -> Hit | None:
        """The longest hit starting exactly at `pos`."""
        scanned = _SHARED.holding(self, text, pos)
        if scanned is not None:
            return scanned.longest_at(self.slot, pos)
        return self._first(text, pos, pos + min(80, self.longest + 1), anchored=True)

    def _first(self, text: str, pos: int, endpos: int | None, anchored: bool) -> Hit | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.empty or pos >= end:
            return None
        chunk = text[pos:end]
        size = len(chunk)
        best: tuple[int, int] | None = None
        for last, length in self.automaton.iter(" " + self._key(chunk)):
            begin, stop = last - length + 1, last
            if (anchored and begin) or (stop < size and (chunk[stop].isalnum() or chunk[stop] == "_")):
                continue
            if best is None or begin < best[0] or (begin == best[0] and stop > best[1]):
                best = (begin, stop)
        return Hit(pos + best[0], pos + best[1], chunk[best[0]:best[1]]) if best else None


def _leftmost_longest(hits: list[tuple[int, int]], text: str, offset: int) -> list[Hit]:
    """Of sorted (begin, -stop) hits in `text`, the leftmost, longest, non-overlapping ones, as `Hit`s shifted by
    `offset`."""
    kept: list[Hit] = []
    last_stop = -1
    for begin, neg_stop in hits:
        if begin >= last_stop:
            last_stop = -neg_stop
            kept.append(Hit(offset + begin, offset + last_stop, text[begin:last_stop]))
    return kept


class PhraseList(Generic[V]):
    """Lower-case phrases with a value each, found in lower-cased text with no word character on either side.

    A loose list is only read through `spots`: where its phrases' words stand, whatever non-word characters part them.
    """

    def __init__(self, phrases: Mapping[str, V], loose: bool = False) -> None:
        self.phrases = dict(phrases)
        self.loose = loose
        self.automaton = ahocorasick.Automaton()
        for phrase, value in self.phrases.items():
            self.automaton.add_word(phrase, (len(phrase), value))
        if self.phrases:
            self.automaton.make_automaton()
        self.slot = -1

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """Leftmost-longest hits in text.lower(), or in `text` itself if lower-casing changes its length."""
        if not self.phrases:
            return []
        if len(lower(text)) == len(text):
            return list(_SHARED.phrase_hits(self, text))
        hits: list[tuple[int, int, V]] = []
        for last, (length, value) in self.automaton.iter(text):
            start, end = last - length + 1, last + 1
            if not ((start and _is_word(text[start - 1])) or (end < len(text) and _is_word(text[end]))):
                hits.append((start, -end, value))
        return _phrases_kept(hits)

    def spots(self, text: str) -> list[tuple[int, int, V]]:
        """Of a loose list, every (start, -end, value) where a phrase's words stand in `text` (lower-casing keeping its
        length), any non-word character (but '_', a word character here) counting as a space, in the order the shared
        pass met them: by end, the longest first. Overlapping hits are all kept."""
        return cast(list[tuple[int, int, V]], _SHARED.raw_phrases(self, text))


def _phrases_kept(hits: list[tuple[int, int, V]]) -> list[tuple[int, int, V]]:
    """Of (start, -end, value) hits, the leftmost, longest, non-overlapping ones as (start, end, value)."""
    hits.sort(key=lambda h: (h[0], h[1]))
    kept: list[tuple[int, int, V]] = []
    last_end = -1
    for start, neg_end, value in hits:
        if start >= last_end:
            last_end = -neg_end
            kept.append((start, last_end, value))
    return kept


# Scans the shared pass keeps: an article's, and those of the short texts searched between its searches; over a
# batch (`Pipeline.extract_many`) each component searches every article before the next one starts, so a batch's
# worth of articles (ingest extracts 64) and some.
_RECENT: Final = 80
# One list's stake in a shared-pass key: its slot, how to compare, the characters wanted, a phrase's value.
_Owner = tuple[int, int, str, object]
# One keyed table's stake: its slot, the spaced key where a hit must be checked against it (one past ASCII, which the
# pass reads as placeholders) or '', the key's value.
_KeyOwner = tuple[int, str, object]


class _Scanned:
    """One text's raw hits per list, and the leftmost-longest hits picked from them so far.

    A plain class: compiled, a dataclass's generated `__init__` runs as bytecode (a frozen one's through
    `object.__setattr__`), this one as C."""

    def __init__(self, text: str, words: list[list[tuple[int, int]]], phrases: list[list[tuple[int, int, object]]],
                 keyed: list[KeyedHits], kept_words: dict[int, list[Hit]],
                 kept_phrases: dict[int, list[tuple[int, int, object]]], sigma: bool) -> None:
        self.text = text
        self.words = words
        self.phrases = phrases
        self.keyed = keyed
        self.kept_words = kept_words
        self.kept_phrases = kept_phrases
        # Whether the text has a capital sigma, the one letter that lower-cases by context: a range of the text then
        # may fold unlike the text around it.
        self.sigma = sigma
        # Whether each word list's raw hits are sorted yet: sorted once, when first asked for, rather than at every ask.
        self.ordered = [False] * len(words)

    def ordered_words(self, slot: int) -> list[tuple[int, int]]:
        """A word list's raw hits, sorted as (begin, -stop)."""
        raw = self.words[slot]
        if not self.ordered[slot]:
            raw.sort()
            self.ordered[slot] = True
        return raw

    def hits_in(self, slot: int, pos: int, end: int) -> list[tuple[int, int]]:
        """A word list's raw hits lying in text[pos:end], as sorted (begin, -stop)."""
        raw = self.ordered_words(slot)
        found = []
        for i in range(bisect_left(raw, (pos, -len(self.text) - 1)), len(raw)):
            begin, neg_stop = raw[i]
            if begin >= end:
                break
            if -neg_stop <= end:
                found.append(raw[i])
        return found

    def longest_at(self, slot: int, pos: int) -> Hit | None:
        """The longest raw hit of a word list that starts at `pos`."""
        raw = self.ordered_words(slot)
        i = bisect_left(raw, (pos, -len(self.text) - 1))
        if i == len(raw) or raw[i][0] != pos:
            return None
        return Hit(pos, -raw[i][1], self.text[pos:-raw[i][1]])


class _SharedScan(TablePass):
    """The shared pass: one automaton over every list and keyed table (the pass's `tables`) in use, and the hits of
    the last texts seen.

    Several, because an article's components search short texts of their own (facilities' names)
    between searches of the article: the article's scan outlives them rather than being redone. The
    last scan is swapped in whole, so a reader never sees a mix of two texts.
    """

    def __init__(self) -> None:
        super().__init__()
        self.word_lists: list[WordMatcher] = []
        self.phrase_lists: list[PhraseList[object]] = []
        self.last: _Scanned | None = None
        self.recent: list[_Scanned] = []  # the last scans, `last` first

    def join_words(self, matcher: WordMatcher) -> None:
        if matcher.slot < 0:
            matcher.slot = len(self.word_lists)
            self.word_lists.append(matcher)
            self.changed()

    def join_phrases(self, phrases: PhraseList[V]) -> None:
        if phrases.slot < 0:
            phrases.slot = len(self.phrase_lists)
            self.phrase_lists.append(cast(PhraseList[object], phrases))
            self.changed()

    def build(self) -> None:
        if self.automaton is None:
            self.automaton = self._build()

    def forget(self) -> None:
        self.last = None
        self.recent = []

    def holding(self, matcher: WordMatcher, text: str, pos: int) -> _Scanned | None:
        """The last scan if it has every hit of `matcher` starting at `pos` that `match` would see: the text was
        scanned with the list in the pass, and an opening character (or the text's start) comes before `pos`."""
        scanned = self.last
        if (matcher.slot < 0 or scanned is None or scanned.text is not text or matcher.longest >= 80
                or (pos and text[pos - 1] not in _OPENER_SET)):
            return None
        return scanned

    def holding_range(self, matcher: WordMatcher, text: str, pos: int, end: int) -> _Scanned | None:
        """The last scan if its hits of `matcher` in text[pos:end] are those a search of that range on its own would
        find: the text was scanned with the list in the pass, an opening character (or the text's start) comes before
        the range and no word character after it, and the text has no capital sigma."""
        scanned = self.last
        if (matcher.slot < 0 or scanned is None or scanned.text is not text or scanned.sigma
                or (pos and text[pos - 1] not in _OPENER_SET)
                or (end < len(text) and (text[end].isalnum() or text[end] == "_"))):
            return None
        return scanned

    def word_hits(self, matcher: WordMatcher, text: str) -> list[Hit]:
        self.join_words(matcher)
        scanned = self._scanned(text)
        kept = scanned.kept_words.get(matcher.slot)
        if kept is None:
            kept = scanned.kept_words[matcher.slot] = _leftmost_longest(scanned.ordered_words(matcher.slot), text, 0)
        return kept

    def phrase_hits(self, phrases: PhraseList[V], text: str) -> list[tuple[int, int, V]]:
        self.join_phrases(phrases)
        scanned = self._scanned(text)
        kept = scanned.kept_phrases.get(phrases.slot)
        if kept is None:
            kept = scanned.kept_phrases[phrases.slot] = _phrases_kept(scanned.phrases[phrases.slot])
        return cast(list[tuple[int, int, V]], kept)

    def raw_phrases(self, phrases: PhraseList[V], text: str) -> list[tuple[int, int, object]]:
        self.join_phrases(phrases)
        return self._scanned(text).phrases[phrases.slot]

    def keyed_hits(self, slot: int, text: str) -> KeyedHits:
        return self._scanned(text).keyed[slot]

    def _scanned(self, text: str) -> _Scanned:
        scanned = self.last
        if scanned is None or scanned.text is not text:
            recent = self.recent
            scanned = None
            for k, kept in enumerate(recent):
                if kept.text is text:
                    scanned = recent.pop(k)
                    break
            if scanned is None:
                scanned = self._scan(text)
            recent.insert(0, scanned)
            del recent[_RECENT:]
            self.last = scanned
        return scanned

    def _build(self) -> ahocorasick.Automaton:
        # Keys are framed by spaces: the automaton reports only hits with a non-word character (or the text's
        # edge) on either side, which every list wants, and skips the many that a longer word goes on from.
        owners: dict[str, list[_Owner]] = {}
        key_owners: dict[str, list[_KeyOwner]] = {}
        for slot, matcher in enumerate(self.word_lists):
            for want, folded in {(matcher._key(word), fold(word)) for word in matcher.words}:
                mode = (_PLAIN_FOLDED if _plain(want) else _FOLDED) if matcher.ignore_case else _EXACT
                owners.setdefault(f" {_separated(folded)} ", []).append((slot, mode, want, None))
        for slot, phrase_list in enumerate(self.phrase_lists):
            for phrase, value in phrase_list.phrases.items():
                mode = _LOOSE if phrase_list.loose else _PLAIN_PHRASE if _plain(phrase) else _PHRASE
                owners.setdefault(f" {_separated(phrase)} ", []).append((slot, mode, phrase, value))
        for slot, table in enumerate(self.tables):
            for spaced_key, value in table.items():
                # A spaced key holds letters, digits and spaces: read as the pass reads the text, letters past ASCII
                # are placeholders, so a hit of such a key is checked against the text's own letters.
                key_owners.setdefault(_separated(spaced_key), []).append(
                    (slot, "" if spaced_key.isascii() else spaced_key, value))
        automaton = ahocorasick.Automaton()
        # Added most frequent characters first, so that the scan finds a node's next character early (`by_frequency`).
        for key in sorted({*owners, *key_owners}, key=by_frequency):
            automaton.add_word(key, (len(key) - 2, tuple(owners.get(key, ())), tuple(key_owners.get(key, ()))))
        if owners or key_owners:
            automaton.make_automaton()
        return automaton

    def _scan(self, text: str) -> _Scanned:
        automaton = self.automaton
        if automaton is None:
            automaton = self.automaton = self._build()
        words: list[list[tuple[int, int]]] = [[] for _ in self.word_lists]
        phrases: list[list[tuple[int, int, object]]] = [[] for _ in self.phrase_lists]
        keyed: list[KeyedHits] = [[] for _ in self.tables]
        if len(automaton):
            folded = fold(text)
            # The spaced view reads '_' as a space, where the word lists read it as a letter: a text holding one is read
            # again for the keyed tables, '_' a space.
            spaced_apart = "_" in folded
            # A hit ends on the space after its word: in the text, the word stops one character before that space.
            for hit in automaton.iter(f" {_separated(folded)} "):
                # typed, so the compiled build unpacks native tuples rather than iterating objects
                found: tuple[int, tuple[int, tuple[_Owner, ...], tuple[_KeyOwner, ...]]] = hit
                after, (length, owners, key_owners) = found
                stop = after - 1
                begin = stop - length
                if key_owners and not spaced_apart:
                    _add_keyed(keyed, key_owners, after, folded, begin)
                if not owners:
                    continue
                # Word lists also need an opening character before the word (phrases take any non-word character).
                opens = not begin or folded[begin - 1] in _OPENER_SET
                for owner in owners:
                    slot, mode, want, value = owner
                    if mode in (_PLAIN_PHRASE, _LOOSE):
                        phrases[slot].append((begin, -stop, value))
                    elif mode == _PHRASE:
                        if folded[begin:stop] == want:
                            phrases[slot].append((begin, -stop, value))
                    elif opens and (mode == _PLAIN_FOLDED or (
                            folded[begin:stop] if mode == _FOLDED else text[begin:stop]) == want):
                        words[slot].append((begin, -stop))
            if spaced_apart and self.tables:
                for hit in automaton.iter(f" {_separated(folded.replace('_', ' '))} "):
                    # typed, so the compiled build unpacks native tuples rather than iterating objects
                    again: tuple[int, tuple[int, tuple[_Owner, ...], tuple[_KeyOwner, ...]]] = hit
                    after, (length, _, key_owners) = again
                    if key_owners:
                        _add_keyed(keyed, key_owners, after, folded, after - 1 - length)
        return _Scanned(text, words, phrases, keyed, {}, {}, CAPITAL_SIGMA in text)


def _plain(key: str) -> bool:
    """Whether a lower-case key is ASCII letters and digits only: the shared pass reads each of them as itself."""
    return key.isascii() and key.isalnum() and key == key.lower()


def _add_keyed(keyed: list[KeyedHits], owners: tuple[_KeyOwner, ...], after: int, folded: str, begin: int) -> None:
    """A hit ending at `after`, its words at folded[begin:after - 1], for each keyed table whose key it is."""
    for owner in owners:
        slot, want, value = owner
        # Placeholders stood for the key's letters past ASCII: the spaced text must show them.
        if not want or spaced(folded[begin:after - 1]) == want:
            keyed[slot].append((after, value))


_SHARED: Final = _SharedScan()


def forget_texts() -> None:
    """Drop the kept scans: once an article is out, no component asks about its text again, and its hits (thousands
    of objects an article) then die with it rather than 80 articles later, after the collector has walked them; nor
    asks for its lower case."""
    _SHARED.forget()
    forget_lower_cases()


def spaced_keys(name: str, table: Mapping[str, Any]) -> int:
    """The slot in the shared pass of the table called `name`, whose keys are words as the spaced view shows them
    (`spacing.spaced`: ' word ', letters and digits between spaces), each with a value; it joins the pass the first
    time it is named. Its values are plain data (no object a component built for itself), the same whichever instance
    of a component names it."""
    return _SHARED.join(name, table)


def spaced_hits(slot: int, text: str) -> KeyedHits:
    """Every (end, value) of table `slot`'s keys in `spacing.spaced(text.lower())`, overlapping ones included, by
    end (the index of the space after the key's last word). Only for a text whose lower case keeps its length."""
    return _SHARED.keyed_hits(slot, text)


def share(*lists: WordMatcher | PhraseList[Any]) -> None:
    """Put lists in the shared pass now, and build it, rather than on their first whole-text search."""
    for each in lists:
        if isinstance(each, WordMatcher):
            _SHARED.join_words(each)
        else:
            _SHARED.join_phrases(each)
    _SHARED.build()
