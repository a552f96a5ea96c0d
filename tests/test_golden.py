"""The golden-set gate: per-field F1 over the example articles may not fall below pinned floors.

`tests/golden/baseline.json` pins, for the golden set (examples/*.txt beside
tests/golden/*.expected.json) and for the shared seed article, a hash of the golden files and a
floor per field (the F1 measured when the baseline was written, rounded down to 0.01). The gate
fails when a field's F1 drops below its floor, and when the golden files changed without the hash
being updated.

`pytest tests/test_golden.py --update-golden` rewrites baseline.json from the current scores and
hashes. Every rewritten diff is read before it is committed: a lowered floor must be explained in
the commit message, and a changed hash means an expected file or article was edited on purpose.
The target is F1 >= 0.9 on every field.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from basewatch.evaluate.golden import FIELDS, Case, compare, golden_pairs, run_case, score
from basewatch.ingest.readers import text_article
from conftest import EXAMPLES, GOLDEN

BASELINE = GOLDEN / "baseline.json"
PAIRS, _ = golden_pairs(EXAMPLES, GOLDEN)
EXPECTED_FILES = sorted(GOLDEN.glob("*.expected.json"))
ISO2 = re.compile(r"^[A-Z]{2}$")
DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
FACILITY_KINDS = {"air base", "naval base", "base", "airfield", "outpost", "port", "plant", "field", "other"}
EVENT_TYPES = {"construction", "expansion", "deployment", "withdrawal", "attack", "visit", "exercise", "other"}
SOURCE_KINDS = {"outlet", "social_media", "official", "expert", "imagery", "other"}


def files_hash(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def floors(scores: dict[str, tuple[float, ...]]) -> dict[str, float]:
    return {name: math.floor(s[2] * 100 + 1e-9) / 100 for name, s in scores.items()}


def gate(name: str, hashed: str, scores: dict[str, Any], update: bool) -> None:
    """Check `scores` against the baseline entry `name`, or rewrite that entry when updating."""
    baseline = json.loads(BASELINE.read_text()) if BASELINE.is_file() else {}
    if update:
        baseline[name] = {"hash": hashed, "floors": floors(scores)}
        BASELINE.write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n")
        return
    entry = baseline.get(name)
    assert entry, f"no baseline for {name!r}: run pytest tests/test_golden.py --update-golden and read the diff"
    assert entry["hash"] == hashed, (
        f"{name}: golden files changed without the baseline; run pytest --update-golden and read the diff"
    )
    below = {f: (round(scores[f][2], 3), floor) for f, floor in entry["floors"].items() if scores[f][2] < floor}
    assert not below, f"{name}: F1 below its floor (now, floor): {below}"


@pytest.fixture(scope="module")
def cases(pipeline: Any) -> list[Case]:
    return [run_case(article, expected) for article, expected in PAIRS]


def test_golden_set_is_complete() -> None:
    assert len(PAIRS) >= 28
    stems = {p.name.removesuffix(".expected.json") for p in EXPECTED_FILES}
    assert stems == {a.stem for a, _ in PAIRS}, "an expected file has no article"


def test_golden_gate(cases: list[Case], update_golden: bool) -> None:
    scores = score([c.result for c in cases], [c.expected for c in cases])
    print("\n" + "\n".join(f"{name:<26}F1 {s[2]:.3f}" for name, s in scores.items()))
    golden_files = [a for a, _ in PAIRS] + [e for _, e in PAIRS]
    gate("examples", files_hash(golden_files), scores, update_golden)


def test_seed_gate(shared: Path, pipeline: Any, update_golden: bool) -> None:
    seed = shared / "seed"
    case = run_case(seed / "syria-bases.txt", seed / "syria-bases.expected.json", "2021-03-01")
    scores = score([case.result], [case.expected])
    gate("seed", files_hash([seed / "syria-bases.txt", seed / "syria-bases.expected.json"]), scores, update_golden)


def oracle(expected: dict[str, Any]) -> dict[str, Any]:
    """The output a perfect extractor would give, built from an expected file (spans omitted)."""
    speakers = expected.get("speakers", [])
    return {
        "facilities": [
            {"id": f"f{i}", "name": f["name"], "aliases": f.get("aliases", []), "operator": f.get("operator"),
             "country": f.get("country"), "admin1": f.get("admin1"), "equipment": f.get("equipment", []),
             "runways": [{"length_m": m} for m in f.get("runway_lengths_m", [])]}
            for i, f in enumerate(expected.get("facilities", []))
        ],
        "equipment": [{"designation": d} for d in expected.get("equipment", [])],
        "places": [{"name": p.get("canonical") or p["name"], "country": p.get("country"), "texts": [p["name"]]}
                   for p in expected.get("places", [])],
        "claims": [
            {"speaker": {"name": s["name"]}, "cue": cue, "hedged": hedged}
            for s in speakers
            for cue in (s["cue"] if isinstance(s["cue"], list) else s["cue"].split("/"))
            for hedged in (s["hedged"] if isinstance(s["hedged"], list) else [s["hedged"]])
        ],
        "sources": expected.get("sources", []),
        "quantities": expected.get("quantities", []),
        "dates": [d for d in expected.get("dates", []) for _ in range(int(d.get("count", 1)))],
        "events": expected.get("events", []),
    }


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=[p.name.split(".")[0] for p in EXPECTED_FILES])
def test_expected_file_is_well_formed(path: Path) -> None:
    """Enums, ISO codes and dates as the schema has them; a perfect output scores 1.0 on every field."""
    exp = json.loads(path.read_text(encoding="utf-8"))
    article = text_article((EXAMPLES / f"{exp['id']}.txt").read_text(encoding="utf-8"), exp["id"])
    assert exp["published"] == article.published
    names = {f["name"] for f in exp["facilities"]}
    for fac in exp["facilities"]:
        assert fac["kind"] in FACILITY_KINDS, fac
        assert all(c is None or ISO2.match(c) for c in (fac["operator"], fac["country"])), fac
    for place in exp["places"]:
        assert place["country"] is None or ISO2.match(place["country"]), place
    for src in exp["sources"]:
        assert src["kind"] in SOURCE_KINDS, src
    for date in exp["dates"]:
        assert date["resolved"] is None or DATE.match(date["resolved"]), date
        assert date["text"] in article.text.replace("\u00a0", " "), date
    for q in exp["quantities"]:
        assert q["text"] in article.text, q
    for event in exp["events"]:
        assert event["type"] in EVENT_TYPES, event
        assert event["facility"] is None or event["facility"] in names, event
        assert event["actor"] is None or ISO2.match(event["actor"]), event
        assert event["date"] is None or DATE.match(event["date"]), event
    perfect = compare(oracle(exp), exp)
    assert all(c.fp == 0 and c.fn == 0 for c in perfect.values()), {
        f: c for f, c in perfect.items() if c.fp or c.fn
    }


@pytest.mark.parametrize(
    ("field", "expected", "output", "tp_fp_fn"),
    [
        ("facilities", {"facilities": [{"name": "Hmeimim Air Base", "aliases": ["Hmeimim"]}]},
         {"facilities": [{"name": "Khmeimim air base", "aliases": []}]}, (1, 0, 0)),
        ("facilities", {"facilities": [{"name": "al-Watiya Air Base", "aliases": []}]},
         {"facilities": [{"name": "Watiya airbase", "aliases": []}]}, (1, 0, 0)),
        ("places", {"places": [{"name": "Tripoli", "country": "LB"}]},
         {"places": [{"name": "Tripoli", "country": "LY", "texts": ["Tripoli"]}]}, (0, 1, 1)),
        ("places", {"places": [{"name": "Deir al Zour", "country": "SY", "canonical": "Deir ez-Zor"}]},
         {"places": [{"name": "Deir ez-Zor", "country": "SY", "texts": ["Deir al Zour"]}]}, (1, 0, 0)),
        ("speakers", {"speakers": [{"name": "Joseph Trevithick", "aliases": ["Trevithik"], "cue": "said",
                                    "hedged": False}]},
         {"claims": [{"speaker": {"name": "Trevithick"}, "cue": "said", "hedged": False},
                     {"speaker": {"name": "Trevithik"}, "cue": "said", "hedged": False}]}, (1, 1, 0)),
        ("quantities", {"quantities": [{"value": 3000, "unit": "m"}]},
         {"quantities": [{"value": 3, "unit": "km"}]}, (1, 0, 0)),
        ("dates", {"dates": [{"text": "last January", "resolved": "2021-01", "count": 2}]},
         {"dates": [{"text": "last January", "resolved": "2021-01"}]}, (1, 0, 1)),
        ("dates", {"dates": [{"text": "2019", "resolved": "2019"}]},
         {"dates": [{"text": "in 2019", "resolved": "2019"}]}, (1, 0, 0)),
        ("sources", {"sources": [{"kind": "outlet", "name": "The Drive"}]},
         {"sources": [{"kind": "outlet", "name": "Drive"}]}, (1, 0, 0)),
    ],
)
def test_matching_rules(
    field: str, expected: dict[str, Any], output: dict[str, Any], tp_fp_fn: tuple[int, ...]
) -> None:
    counts = compare(output, expected)[field]
    assert (counts.tp, counts.fp, counts.fn) == tp_fp_fn


def test_event_cuts_tell_a_wrong_actor_from_a_missed_event() -> None:
    expected = {"events": [{"type": "deployment", "facility": "Tartus", "actor": "RU", "date": "2017"},
                           {"type": "attack", "facility": None, "actor": "UA", "date": "2023-08"}]}
    output = {"events": [{"type": "deployment", "facility": "Tartus", "actor": "SY", "date": "2017"}]}
    counts = compare(output, expected)
    found = {name: (counts[name].tp, counts[name].fp, counts[name].fn)
             for name in ("events", "event.found", "event.actor", "event.date")}
    assert found == {"events": (0, 1, 2), "event.found": (1, 0, 1), "event.actor": (0, 1, 2), "event.date": (1, 0, 1)}


def test_score_shape() -> None:
    scores = score([{}], [{}])
    assert set(scores) == set(FIELDS)
    assert all(s == (1.0, 1.0, 1.0, 0, 0, 0) for s in scores.values())


def test_misses_name_the_facts() -> None:
    expected = {"places": [{"name": "Tripoli", "country": "LB"}],
                "facilities": [{"name": "Incirlik", "operator": "TR"}]}
    output = {"places": [{"name": "Tripoli", "country": "LY", "texts": ["Tripoli"]},
                         {"name": "Russian", "kind": "demonym", "country": "RU", "texts": ["Russian"]}],
              "facilities": [{"name": "Incirlik Air Base", "operator": "US"}]}
    counts = compare(output, expected)
    assert (counts["places"].missed, counts["places"].extra) == (["Tripoli"], ["Tripoli"])
    operator = counts["facility.operator"]
    assert (operator.missed, operator.extra) == (["Incirlik | TR"], ["Incirlik | US"])


def test_facility_equipment_matches_by_name() -> None:
    expected = {"facilities": [{"name": "Al Dhafra", "equipment": ["Patriot"]}], "equipment": ["Patriot"]}
    output = {"facilities": [{"id": "f1", "name": "Al Dhafra Air Base", "aliases": [], "equipment": ["MIM-104"]}],
              "equipment": [{"designation": "MIM-104", "name": "Patriot"}]}
    counts = compare(output, expected)
    assert (counts["facility.equipment"].tp, counts["equipment"].tp) == (1, 1)


@pytest.mark.parametrize("written", ["Orion P-3C", "P-3C Orion", "p3c orion"])
def test_equipment_matches_designation_and_name_written_together(written: str) -> None:
    expected = {"facilities": [{"name": "Keflavik", "equipment": [written]}], "equipment": [written]}
    output = {"facilities": [{"id": "f1", "name": "Keflavik", "aliases": [], "equipment": ["P-3C"]}],
              "equipment": [{"designation": "P-3C", "name": "Orion"}]}
    counts = compare(output, expected)
    assert (counts["facility.equipment"].tp, counts["equipment"].tp) == (1, 1)


def test_equipment_other_name_with_designation_does_not_match() -> None:
    expected = {"facilities": [{"name": "Keflavik", "equipment": ["P-3C Poseidon"]}], "equipment": ["P-3C Poseidon"]}
    output = {"facilities": [{"id": "f1", "name": "Keflavik", "aliases": [], "equipment": ["P-3C"]}],
              "equipment": [{"designation": "P-3C", "name": "Orion"}]}
    counts = compare(output, expected)
    assert (counts["facility.equipment"].tp, counts["equipment"].tp) == (0, 0)


def test_command_scores_one_pair(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("---\npublished: 2021-03-01\n---\nRussia rebuilt the runway at Hmeimim air base last January.\n")
    expected = tmp_path / "one.expected.json"
    expected.write_text(json.dumps({"id": "one", "published": "2021-03-01", "dates": [
        {"text": "last January", "resolved": "2021-01"}]}))
    proc = subprocess.run([sys.executable, "-m", "basewatch.evaluate.golden", str(article), str(expected), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)
    assert set(scores) == set(FIELDS)
    assert scores["dates"]["tp"] == 1


@pytest.mark.parametrize(("expected", "complaint"), [
    ('{"id": "one", "quantities": [{"text": "a few kilometres", "value": null, "unit": "km"}]}', "TypeError"),
    ('{"id": "one", "quantities": [{"text": "a few kilometres", "unit": "km"}]}', "KeyError"),
    ('{"id": "one", "dates": [', "JSONDecodeError"),
])
def test_command_names_a_malformed_expected_file(tmp_path: Path, expected: str, complaint: str) -> None:
    article = tmp_path / "one.txt"
    article.write_text("---\npublished: 2021-03-01\n---\nThe runway at Hmeimim air base was rebuilt.\n")
    (tmp_path / "one.expected.json").write_text(expected)
    proc = subprocess.run([sys.executable, "-m", "basewatch.evaluate.golden", str(tmp_path), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    where = tmp_path / "one.expected.json"
    assert proc.stderr.startswith(f"Error: {where}: not a well-formed expected file ({complaint}")
    assert "Traceback" not in proc.stderr
