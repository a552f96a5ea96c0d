"""The unseen sets: every article extracts to valid, exactly-spanned output and scores.

Eight folders: the held-out set (tests/heldout), the test set written in session 13 (tests/dev13),
the validation set (tests/dev12) and the former validation sets, now read while developing
(tests/dev7 to tests/dev11). No F1 is gated here on purpose:
a floor would invite tuning against text that must stay unseen (see their README.md files). The
expected files are checked for form only.
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
DEV7 = ROOT / "tests" / "dev7"
DEV8 = ROOT / "tests" / "dev8"
DEV9 = ROOT / "tests" / "dev9"
DEV10 = ROOT / "tests" / "dev10"
DEV11 = ROOT / "tests" / "dev11"
DEV12 = ROOT / "tests" / "dev12"
DEV13 = ROOT / "tests" / "dev13"
DEV14 = ROOT / "tests" / "dev14"
DEV15 = ROOT / "tests" / "dev15"
DEV16 = ROOT / "tests" / "dev16"
DEV17 = ROOT / "tests" / "dev17"
DEV18 = ROOT / "tests" / "dev18"
DEV19 = ROOT / "tests" / "dev19"
DEV20 = ROOT / "tests" / "dev20"
DEV21 = ROOT / "tests" / "dev21"
DEV22 = ROOT / "tests" / "dev22"
DEV23 = ROOT / "tests" / "dev23"
DEV24 = ROOT / "tests" / "dev24"
DEV25 = ROOT / "tests" / "dev25"
DEV26 = ROOT / "tests" / "dev26"
DEV27 = ROOT / "tests" / "dev27"
# Each folder with the fewest articles it must hold, so a lost batch fails loudly.
FOLDERS = {
    HELDOUT: 12, DEV7: 5, DEV8: 20, DEV9: 20, DEV10: 20, DEV11: 20, DEV12: 20, DEV13: 20, DEV14: 20, DEV15: 20,
    DEV16: 20, DEV17: 20, DEV18: 20, DEV19: 20, DEV20: 20, DEV21: 20, DEV22: 20,
    DEV23: 20, DEV24: 20, DEV25: 20, DEV26: 20, DEV27: 20,
}
FOLDER_IDS = [folder.name for folder in FOLDERS]
UNREAD = [HELDOUT, DEV26, DEV27]
PAIRS = [pair for folder in FOLDERS for pair in golden_pairs(folder, folder)[0]]
IDS = [article.stem for article, _ in PAIRS]


@pytest.fixture(scope="module")
def cases(pipeline: Any) -> dict[str, Case]:
    return {article.stem: run_case(article, expected) for article, expected in PAIRS}


@pytest.mark.parametrize("folder", FOLDERS, ids=FOLDER_IDS)
def test_every_article_has_an_expected_file(folder: Path) -> None:
    pairs, missing = golden_pairs(folder, folder)
    assert len(pairs) >= FOLDERS[folder]
    assert not missing, f"articles without an expected file: {missing}"
    stems = {p.name.removesuffix(".expected.json") for p in folder.glob("*.expected.json")}
    assert stems == {article.stem for article, _ in pairs}, "an expected file has no article"


def test_article_names_are_unique_across_folders() -> None:
    assert len(IDS) == len(set(IDS))


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


@pytest.mark.parametrize("folder", FOLDERS, ids=FOLDER_IDS)
def test_scorer_runs_on_the_set(folder: Path, cases: dict[str, Case]) -> None:
    stems = [article.stem for article, _ in golden_pairs(folder, folder)[0]]
    scores = score([cases[s].result for s in stems], [cases[s].expected for s in stems])
    assert set(scores) == set(FIELDS)
    assert all(0.0 <= s[2] <= 1.0 for s in scores.values())


@pytest.mark.parametrize("folder", FOLDERS, ids=FOLDER_IDS)
def test_scorer_cli_accepts_one_folder(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(folder), str(folder), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == set(FIELDS)


@pytest.mark.parametrize("folder", UNREAD, ids=[folder.name for folder in UNREAD])
def test_misses_of_unread_articles_are_withheld(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(folder), str(folder), "--misses"]) == 0
    out = capsys.readouterr().out
    assert out.count("misses not listed") == len(golden_pairs(folder, folder)[0])
    assert not re.search(r"^\s+[\w.]+\s+[-+] ", out, re.MULTILINE), out
