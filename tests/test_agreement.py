"""The events agreement measure (basewatch.evaluate.agreement) and the second analysts' files it reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basewatch.evaluate.agreement import EVENT_FIELDS, agreement, main
from conftest import ROOT

AGREEMENT = ROOT / "tests" / "agreement"
ROUNDS = sorted(p for p in AGREEMENT.iterdir() if p.is_dir())
FILES = sorted(AGREEMENT.glob("round*/*.json"))
EVENTS = [
    {"type": "deployment", "facility": "Camp Alder", "actor": "US", "date": "2024-03"},
    {"type": "exercise", "facility": None, "actor": "NO", "date": None},
]


def test_identical_events_agree_fully() -> None:
    counts = agreement(EVENTS, [dict(e) for e in EVENTS])
    assert {name: (c.tp, c.fp, c.fn) for name, c in counts.items()} == dict.fromkeys(EVENT_FIELDS, (2, 0, 0))


def test_a_different_date_costs_the_tuple_and_the_date_cut_only() -> None:
    second = [dict(EVENTS[0], date="2024-04"), dict(EVENTS[1])]
    counts = agreement(EVENTS, second)
    assert (counts["events"].tp, counts["events"].fp, counts["events"].fn) == (1, 1, 1)
    assert (counts["event.date"].tp, counts["event.found"].tp, counts["event.actor"].tp) == (1, 2, 2)


def test_rounds_are_present() -> None:
    assert len(ROUNDS) >= 2 and all(len(list(r.glob("*.json"))) >= 20 for r in ROUNDS)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_annotation_names_facilities_of_its_golden_file(path: Path) -> None:
    golden = json.loads((ROOT / "tests" / "golden" / f"{path.stem}.expected.json").read_text(encoding="utf-8"))
    names = {f["name"] for f in golden["facilities"]}
    for event in json.loads(path.read_text(encoding="utf-8"))["events"]:
        assert event["facility"] is None or event["facility"] in names, event


def test_cli_prints_the_analyst_beside_the_extractor(capsys: pytest.CaptureFixture[str], pipeline: object) -> None:
    assert main([str(ROUNDS[-1]), "--golden", str(ROOT / "tests" / "golden"),
                 "--articles", str(ROOT / "examples")]) == 0
    out = capsys.readouterr().out
    assert "second analyst vs golden, 20 article(s)" in out and "extractor vs golden, same 20" in out


def test_cli_without_annotations_fails_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
