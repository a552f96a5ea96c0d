"""Events told in words the detection missed: a stay told with the time it began, a move to a place told before."""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import events

_BASE = "Ghana's army runs Sunyani Barracks in the west of the country. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BASE + "Dutch trainers have worked at the barracks since 2019.",
         ("deployment", "sunyani-barracks", "NL", "2019")),
        (_BASE + "Belgian military engineers have worked at Sunyani Barracks since March 2022.",
         ("deployment", "sunyani-barracks", "BE", "2022-03")),
        (_BASE + "Spanish instructors have trained Ghanaian recruits at Sunyani Barracks since 2018.",
         ("deployment", "sunyani-barracks", "ES", "2018")),
        (_BASE + "A German field hospital has functioned at Sunyani Barracks since July 2023.",
         ("deployment", "sunyani-barracks", "DE", "2023-07")),
        (_BASE + "A new Italian drone squadron has been forming at Sunyani Barracks since 2024.",
         ("deployment", "sunyani-barracks", "IT", "2024")),
        (_BASE + "Since last summer, a French helicopter unit has operated Pumas from Sunyani Barracks.",
         ("deployment", "sunyani-barracks", "FR", "2020")),
        ("Sunyani Barracks, where Canadian pilots have trained since 2017, lies west of Kumasi.",
         ("deployment", "sunyani-barracks", "CA", "2017")),
    ],
)
def test_stay_since_is_an_arrival(pipeline: Any, text: str, expected: tuple[str, str, str, str]) -> None:
    # a presence told with the time it began tells an arrival then (docs/data-model.md)
    assert expected in events(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        _BASE + "Dutch trainers worked at the barracks for a month.",
        _BASE + "Spanish instructors trained Ghanaian recruits at the barracks.",
        _BASE + "Sunyani Barracks has functioned as a depot for years.",
        _BASE + "The Ghanaian army has trained in the northern forests since 1976.",
        _BASE + "Civilian mechanics have worked at the barracks since 2019.",
    ],
)
def test_stay_without_its_start_is_no_arrival(pipeline: Any, text: str) -> None:
    assert [e for e in events(pipeline, text) if e[0] == "deployment"] == []


_RAID = "Zambia's army runs Arakan Barracks in Lusaka. Gunmen raided a police post in Mpulungu district on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RAID + "Two army companies were rushed to the district on Monday.", ("deployment", None, "ZM", "2021-03-01")),
        (_RAID + "Troops were sent to the area in 2020 to keep order.", ("deployment", None, "ZM", "2020")),
        (_RAID + "The government sent about 400 soldiers to the district on Monday.",
         ("deployment", None, "ZM", "2021-03-01")),
    ],
)
def test_move_to_a_place_told_before(pipeline: Any, text: str, expected: tuple[str, None, str, str]) -> None:
    # 'the district' after a verb of moving is the place of its kind named before; forces of no state sent there
    # are the country's own
    assert expected in events(pipeline, text, published="2021-03-03")


def test_move_to_the_area_around_a_facility_is_there(pipeline: Any) -> None:
    text = _RAID + "Zambian troops were moved to the area around Arakan Barracks on Monday."
    assert ("deployment", None, "ZM", "2021-03-01") not in events(pipeline, text, published="2021-03-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo has agreed to pay for the extension of the pier at Kilindini naval base.",
         ("expansion", "kilindini-naval-base", "JP", None)),
        ("Tokyo has agreed to pay for repairs to the runway at Wajir air base so that it can take jets from 2027.",
         ("expansion", "wajir-air-base", "JP", "2027")),
        ("Japan has agreed to fund a new hangar at Wajir air base, with construction to start next year.",
         ("construction", "wajir-air-base", "JP", "2026")),
    ],
)
def test_agreeing_to_pay_for_works_is_the_planned_works(
        pipeline: Any, text: str, expected: tuple[str, str, str, str | None]) -> None:
    # funding works is the planned works (docs/data-model.md): agreeing to pay for them hedges nothing
    assert expected in events(pipeline, text, published="2025-06-13")


@pytest.mark.parametrize(
    "text",
    [
        "Japan has agreed to withdraw its troops from Wajir air base.",
        "Japan could pay for the extension of the pier at Kilindini naval base.",
        "Japan agreed that the runway at Wajir air base should be extended.",
    ],
)
def test_other_agreements_and_hedges_still_hedge(pipeline: Any, text: str) -> None:
    assert events(pipeline, text, published="2025-06-13") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan jets struck the air base at Bani and the airfield at Abbs on Thursday.",
         {"bani-air-base", "abbs-airfield"}),
        ("Kenyan jets bombed a launch site at Bani and an airfield at Abbs on Thursday.",
         {"bani-launch-site", "abbs-airfield"}),
    ],
)
def test_each_target_of_a_list_with_articles_is_attacked(pipeline: Any, text: str, expected: set[str]) -> None:
    # 'the X at A and the Y at B': one attack at each facility listed, an article before each
    attacked = {row[1] for row in events(pipeline, text, published="2024-06-14") if row[0] == "attack"}
    assert attacked == expected
