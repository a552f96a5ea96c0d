"""`bisect` over lists of ints, as native loops.

Compiled, a call to the `bisect` module's C functions boxes its arguments and compares the list's items generically at
each step, several times the cost of the search itself; these loops compare tagged ints inline.
"""

from __future__ import annotations


def bisect_left_int(values: list[int], x: int, lo: int = 0, hi: int = -1) -> int:
    """`bisect.bisect_left(values, x, lo, hi)` for sorted ints (`hi` -1: the list's end)."""
    hi = len(values) if hi < 0 else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right_int(values: list[int], x: int, lo: int = 0, hi: int = -1) -> int:
    """`bisect.bisect_right(values, x, lo, hi)` for sorted ints (`hi` -1: the list's end)."""
    hi = len(values) if hi < 0 else hi
    while lo < hi:
        mid = (lo + hi) // 2
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
