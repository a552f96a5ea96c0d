"""Check every span in an article@1 dict against the text it indexes; extract-and-check helpers built on it."""

from __future__ import annotations

from typing import Any


def iter_spans(result: dict[str, Any]) -> list[tuple[str, list[int], str | None]]:
    """(where, span, claimed surface or None) for every span in `result`."""
    found: list[tuple[str, list[int], str | None]] = []
    for layer in ("quantities", "dates", "events", "sources"):
        for i, item in enumerate(result[layer]):
            found.append((f"{layer}[{i}]", item["span"], item.get("text")))
    for layer in ("equipment", "places"):
        for i, item in enumerate(result[layer]):
            texts = item.get("texts") or [None] * len(item["mentions"])
            for span, text in zip(item["mentions"], texts, strict=True):
                found.append((f"{layer}[{i}]", span, text))
    for i, fac in enumerate(result["facilities"]):
        found.extend((f"facilities[{i}].mentions", span, None) for span in fac["mentions"])
        found.extend((f"facilities[{i}].runways", r["span"], r.get("text")) for r in fac["runways"])
    for i, claim in enumerate(result["claims"]):
        found.append((f"claims[{i}].span", claim["span"], None))
        found.append((f"claims[{i}].content", claim["content"], None))
        if claim["speaker"].get("span"):
            found.append((f"claims[{i}].speaker", claim["speaker"]["span"], None))
    return found


def check_spans(text: str, result: dict[str, Any]) -> None:
    for where, (start, end), surface in iter_spans(result):
        assert 0 <= start <= end <= len(text), f"{where}: span {start, end} outside text of {len(text)}"
        if surface is not None:
            assert text[start:end] == surface, f"{where}: text[{start}:{end}]={text[start:end]!r} != {surface!r}"


def facilities_found(pipeline: Any, text: str) -> dict[str, dict[str, Any]]:
    """The facilities `pipeline` extracts from `text`, by name, every span checked first."""
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    return {f["name"]: f for f in result["facilities"]}


def only_facility(pipeline: Any, text: str) -> str:
    """The name of the one facility `pipeline` extracts from `text` (`facilities_found`), asserted the only one."""
    names = list(facilities_found(pipeline, text))
    assert len(names) == 1, names
    return names[0]


def facility_equipment(pipeline: Any, text: str, published: str = "2024-05-01") -> dict[str, list[str]]:
    """The equipment tied to each facility `pipeline` extracts from `text`, by the facility's name, every span checked
    first."""
    result = pipeline.extract(text, published=published)
    check_spans(text, result)
    return {f["name"]: f["equipment"] for f in result["facilities"]}
