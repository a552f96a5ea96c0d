"""Near-duplicate articles (copies of one wire story): a bottom-k sketch of word 5-gram shingles.

Copies share most 5-word runs even after a new dateline, a changed word or a trimmed ending,
so the smallest hashes of their shingle sets largely coincide; the bottom-k estimate of the
Jaccard similarity of the two sets decides.
"""

from __future__ import annotations

import re
import zlib

SKETCH_SIZE = 16
SHINGLE_WORDS = 5
DUPLICATE_JACCARD = 0.5
_WORD = re.compile(r"[^\W_]+")
_POSITIVE = (1 << 63) - 1


def sketch(norm: str) -> list[int]:
    """The `SKETCH_SIZE` smallest hashes of the text's lowercased word 5-grams."""
    # Word hashes come from crc32 (stable across processes); tuples of ints hash deterministically.
    words = [zlib.crc32(w.encode()) for w in _WORD.findall(norm.lower())]
    shingles = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)
    return sorted({hash(s) & _POSITIVE for s in shingles})[:SKETCH_SIZE]


def similarity(a: list[int], b: list[int]) -> float:
    """Bottom-k estimate of the Jaccard similarity of the shingle sets behind sketches `a` and `b`."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
