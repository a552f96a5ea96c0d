"""Name keys for matching across articles: a folded form, a core without generic words, a skeleton.

`fold` lowercases, strips diacritics and punctuation; `core` also drops generic facility
words, articles and demonyms ("the US military base in al Shaddadi" -> "shaddadi");
`skeleton` keeps consonants after common transliteration swaps, so Hmeimim, Khmeimim,
Hmeymim and Humaymim share "hmmm" and al Shaddadi / Ash Shaddadah share "shdd".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Words that say what kind of place, not which one; dropped for matching only.
_GENERIC_WORDS = (
    "the a an new old this that it its their air base bases airbase airfield airfields airport airstrip aerodrome "
    "field naval navy military facility facilities installation station outpost camp site compound complex "
    "port harbour harbor pier runway strip area region governorate province district town city village "
    "in at near of on outside by from and us u s russian russia american chinese french british turkish iranian "
    "israeli syrian iraqi qatari saudi emirati indian japanese korean australian german italian "
    "army force forces logistics support main forward operating fob"
)
GENERIC = frozenset(_GENERIC_WORDS.split())
# Arabic article and its sun-letter assimilations, as separate words or "al-" prefixes.
_ARTICLE_WORDS = "al el ul ash as ad an ar at az ath adh ed es ez et en er"
_ARTICLES = frozenset(_ARTICLE_WORDS.split())
_PREFIX_ARTICLE = re.compile(r"^(?:al|el)(?=[a-z]{3,})")
_SWAPS = (("kh", "h"), ("gh", "g"), ("ph", "f"), ("dh", "d"), ("q", "k"), ("ck", "k"), ("c", "k"), ("j", "g"),
          ("w", "u"), ("y", "i"), ("z", "s"))
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]")
_FINAL_AH = re.compile(r"(?<=[aeiou])h$")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lowercase ASCII words of `name`: diacritics stripped, Cyrillic transliterated, punctuation gone."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", text.replace("'", "")).strip()


@lru_cache(maxsize=65536)
def core(name: str) -> str:
    """`fold(name)` without generic facility words, Arabic articles and demonyms."""
    words = [w for w in fold(name).split() if w not in GENERIC and w not in _ARTICLES]
    return " ".join(_PREFIX_ARTICLE.sub("", w) for w in words)


def _word_skeleton(word: str) -> str:
    word = _DOUBLE.sub(r"\1", word)
    for old, new in _SWAPS:
        word = word.replace(old, new)
    word = _FINAL_AH.sub("", word)
    head, tail = word[:1], word[1:]
    if head in "aeiou":
        head = "a"
    return head + _VOWELS.sub("", tail)


_DIGITS = re.compile(r"\d+")


def numbers(name: str) -> frozenset[str]:
    """The numbers in a name: Severomorsk-1 and Severomorsk-3, Air Base 101 and 201 are different places."""
    return frozenset(n.lstrip("0") or "0" for n in _DIGITS.findall(name))


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """Consonant skeleton of `core(name)`, robust to transliteration (vowels, kh/h, doubled letters)."""
    return " ".join(w if w.isdigit() else _word_skeleton(w) for w in core(name).split())
