"""Held-out real news (GeoWebNews, TR-News, PLOVER) through the full pipeline: invariants hold on every output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from basewatch.evaluate.realworld import CORPORA, KINDS, SCALING, Report, Runner, iter_cases

CHECKED = KINDS
SIZES = {"gwn": 200, "tr-news": 118, "plover": 322}
# Ten times below the pipeline's 1 MB/s target: only a blow-up on some input falls under it.
MIN_MB_S = 0.1
MIN_CHARS = 2_000


@pytest.fixture(scope="module")
def runner(shared: Path, pipeline: Any) -> Runner:
    return Runner(shared, pipeline)


@pytest.fixture(scope="module")
def report(shared: Path, runner: Runner) -> Report:
    result = Report()
    for case in iter_cases(shared):
        runner.check(case, result)
    return result


def test_every_case_is_read(report: Report) -> None:
    assert set(CORPORA) == set(SIZES)
    assert dict(report.articles) == SIZES


@pytest.mark.parametrize("kind", CHECKED)
def test_no_violation(report: Report, kind: str) -> None:
    found = [v.line() for v in report.violations if v.kind == kind]
    assert not found, f"{len(found)} {kind} violations:\n" + "\n".join(found[:10])


def test_no_article_blows_up(report: Report, runner: Runner, shared: Path) -> None:
    budget = MIN_MB_S * 1e6
    slow = {(t.corpus, t.article) for t in report.timings if t.chars >= MIN_CHARS and t.seconds * budget > t.chars}
    # Only an article that stays slow on re-runs counts (see Runner.seconds).
    still = [(c.corpus, c.id, len(c.text)) for c in iter_cases(shared)
             if (c.corpus, c.id) in slow and runner.seconds(c) * budget > len(c.text)]
    assert not still, f"slower than {MIN_MB_S} MB/s: {still[:5]}"


def test_time_grows_linearly_with_length(runner: Runner, shared: Path) -> None:
    """GeoWebNews articles joined into one 16 times longer document are processed at a comparable rate."""
    rates = runner.scaling(list(iter_cases(shared, ["gwn"], max(SCALING))))
    (_, short), (chars, long) = rates[0], rates[-1]
    assert long >= short / 3, f"{short:.2f} MB/s on the shortest, {long:.2f} MB/s on {chars} chars: {rates}"


def test_general_news_is_not_military(report: Report) -> None:
    """GeoWebNews is general web news: facilities and equipment should be rare in it."""
    gwn = report.items["gwn"]
    assert gwn["facilities"] <= 20
    assert gwn["equipment"] <= 20
