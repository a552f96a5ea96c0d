"""Precision, recall and F1 from true-positive, false-positive and false-negative counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """Counts of one field; an empty side scores 0.0, never a free 1.0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        """Count one comparison: `tp` matches among `predicted` found and `gold` expected items."""
        self.tp += tp
        self.fp += predicted - tp
        self.fn += gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
