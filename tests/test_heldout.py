"""The held-out set (tests/heldout): every article extracts to valid, exactly-spanned output and scores.

No F1 is gated here on purpose: a floor would invite tuning against text that must stay unseen
(see tests/heldout/README.md). The expected files are checked for form only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from basewatch.evaluate.golden import FIELDS, Case, compare, golden_pairs, main, run_case, score
from basewatch.ingest.readers import text_article
from conftest import ROOT
from spans import check_spans
from test_golden import EVENT_TYPES, FACILITY_KINDS, SOURCE_KINDS, oracle

HELDOUT = ROOT / "tests" / "heldout"
PAIRS, MISSING = golden_pairs(HELDOUT, HELDOUT)
IDS = [article.stem for article, _ in PAIRS]


@pytest.fixture(scope="module")
def cases(pipeline: Any) -> dict[str, Case]:
    return {article.stem: run_case(article, expected) for article, expected in PAIRS}


def test_every_article_has_an_expected_file() -> None:
    assert len(PAIRS) >= 12
    assert not MISSING, f"articles without an expected file: {MISSING}"
    stems = {p.name.removesuffix(".expected.json") for p in HELDOUT.glob("*.expected.json")}
    assert stems == set(IDS), "an expected file has no article"


@pytest.mark.parametrize(("article", "expected"), PAIRS, ids=IDS)
def test_output_is_valid_and_spans_index_the_text(
    article: Path, expected: Path, cases: dict[str, Case], validate: Any
) -> None:
    result = cases[article.stem].result
    validate(result)
    check_spans(text_article(article.read_text(encoding="utf-8"), str(article)).text, result)


@pytest.mark.parametrize(("article", "expected"), PAIRS, ids=IDS)
def test_expected_file_is_well_formed(article: Path, expected: Path) -> None:
    """Enums, dates and surface texts as in the golden set; a perfect output scores 1.0 on every field."""
    exp = json.loads(expected.read_text(encoding="utf-8"))
    raw = text_article(article.read_text(encoding="utf-8"), str(article))
    assert exp["id"] == article.stem
    assert exp["published"] == raw.published
    names = {f["name"] for f in exp["facilities"]}
    assert all(f["kind"] in FACILITY_KINDS for f in exp["facilities"])
    assert all(s["kind"] in SOURCE_KINDS for s in exp["sources"])
    assert all(e["type"] in EVENT_TYPES and (e["facility"] is None or e["facility"] in names) for e in exp["events"])
    for item in exp["dates"] + exp["quantities"]:
        assert item["text"] in raw.text, item
    perfect = compare(oracle(exp), exp)
    assert all(c.fp == 0 and c.fn == 0 for c in perfect.values()), {f: c for f, c in perfect.items() if c.fp or c.fn}


def test_scorer_runs_on_the_set(cases: dict[str, Case]) -> None:
    scores = score([c.result for c in cases.values()], [c.expected for c in cases.values()])
    assert set(scores) == set(FIELDS)
    assert all(0.0 <= s[2] <= 1.0 for s in scores.values())


def test_scorer_cli_accepts_one_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(HELDOUT), str(HELDOUT), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == set(FIELDS)


def test_misses_of_held_out_articles_are_withheld(cases: dict[str, Case], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(HELDOUT), str(HELDOUT), "--misses"]) == 0
    out = capsys.readouterr().out
    assert out.count("misses not listed") == len(PAIRS)
    assert not re.search(r"^\s+[\w.]+\s+[-+] ", out, re.MULTILINE), out
