"""The seed article against its analyst expectations, field by field: facilities and events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from basewatch.extract.catalog import name_key


@pytest.fixture(scope="module")
def seed(shared: Path, pipeline: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    expected = json.loads((shared / "seed" / "syria-bases.expected.json").read_text())
    text = (shared / "seed" / "syria-bases.txt").read_text()
    return expected, pipeline.extract(text, published=expected["published"])


def _by_name(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name_key(f["name"]): f for f in result["facilities"]}


def test_facility_set(seed: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, result = seed
    assert sorted(_by_name(result)) == sorted(name_key(f["name"]) for f in expected["facilities"])


FIELDS = ("kind", "operator", "country", "admin1")


@pytest.mark.parametrize("field", FIELDS)
def test_facility_fields(seed: tuple[dict[str, Any], dict[str, Any]], field: str) -> None:
    expected, result = seed
    found = _by_name(result)
    for want in expected["facilities"]:
        got = found[name_key(want["name"])]
        assert got[field] == want[field], (want["name"], field)


def test_facility_aliases(seed: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, result = seed
    found = _by_name(result)
    for want in expected["facilities"]:
        assert set(want["aliases"]) <= set(found[name_key(want["name"])]["aliases"]), want["name"]


def test_facility_equipment(seed: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, result = seed
    found = _by_name(result)
    for want in expected["facilities"]:
        assert found[name_key(want["name"])]["equipment"] == want["equipment"], want["name"]


def test_runways(seed: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, result = seed
    found = _by_name(result)
    for want in expected["facilities"]:
        runways = found[name_key(want["name"])]["runways"]
        lengths = [r["length_m"] for r in runways if r["length_m"] is not None]
        statuses = [" ".join(x for x in (r["status"], r["date"]) if x) for r in runways if r["status"]]
        assert lengths == want["runway_lengths_m"], want["name"]
        assert statuses == want["runway_status"], want["name"]


def test_events(seed: tuple[dict[str, Any], dict[str, Any]]) -> None:
    expected, result = seed
    ids = {f["id"]: name_key(f["name"]) for f in result["facilities"]}
    got = sorted((e["type"], ids.get(e["facility"]), e["actor"], e["date"]) for e in result["events"])
    want = sorted((e["type"], name_key(e["facility"]), e["actor"], e["date"]) for e in expected["events"])
    assert got == want


def test_seed_validates(seed: tuple[dict[str, Any], dict[str, Any]], validate: Any) -> None:
    validate(seed[1])
