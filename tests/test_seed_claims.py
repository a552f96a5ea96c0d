"""The seed article: its four speakers, their roles, affiliations, cues and hedging, and its sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def seed(shared: Path, pipeline: Any) -> tuple[str, dict[str, Any]]:
    text = (shared / "seed" / "syria-bases.txt").read_text(encoding="utf-8")
    return text, pipeline.extract(text, published="2021-03-01")


def _by_speaker(result: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for claim in result["claims"]:
        grouped.setdefault(claim["speaker"]["name"], []).append(claim)
    return grouped


def test_seed_speakers_match_the_analyst(shared: Path, seed: tuple[str, dict[str, Any]]) -> None:
    import json

    expected = json.loads((shared / "seed" / "syria-bases.expected.json").read_text(encoding="utf-8"))["speakers"]
    claims = _by_speaker(seed[1])
    assert sorted(claims) == sorted(s["name"] for s in expected)
    for speaker in expected:
        said = claims[speaker["name"]]
        assert {c["speaker"]["role"] for c in said} == {speaker["role"]}
        assert {c["speaker"]["affiliation"] for c in said} == {speaker["affiliation"]}
        assert {c["cue"].lower() for c in said} == set(speaker["cue"].lower().split(" / "))
        assert {c["hedged"] for c in said} == {speaker["hedged"]}
        assert all(c["speaker"]["aliases"] == speaker.get("aliases", []) for c in said)


def test_seed_misspelling_keeps_its_own_span(seed: tuple[str, dict[str, Any]]) -> None:
    text, result = seed
    spans = [c["speaker"]["span"] for c in result["claims"] if c["speaker"]["name"] == "Joseph Trevithick"]
    assert [text[s:e] for s, e in spans] == ["Joseph Trevithick", "Trevithik"]


def test_seed_pronoun_speaker_points_at_he(seed: tuple[str, dict[str, Any]]) -> None:
    text, result = seed
    (claim,) = _by_speaker(result)["Oleg Shevidkov"]
    start, end = claim["speaker"]["span"]
    assert text[start:end] == "he"
    assert text[claim["span"][0] :].startswith("As for the military expert")


def test_seed_claims_are_about_hmeimim(seed: tuple[str, dict[str, Any]]) -> None:
    _, result = seed
    hmeimim = [f["id"] for f in result["facilities"] if "Hmeimim" in f["name"]]
    if not hmeimim:
        pytest.skip("facilities component does not find Hmeimim yet")
    about = {c["speaker"]["name"]: c["about"] for c in result["claims"]}
    assert about["Yuri Natkashev"] == hmeimim
    assert about["Oleg Shevidkov"] == hmeimim


def test_seed_sources(seed: tuple[str, dict[str, Any]]) -> None:
    _, result = seed
    found = [(s["kind"], s["name"]) for s in result["sources"]]
    assert found == [
        ("social_media", "social media images"),
        ("social_media", "media and social networks pictures"),
        ("outlet", "The Drive"),
    ]
