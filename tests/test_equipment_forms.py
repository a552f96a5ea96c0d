"""Which designation a written form carries: makers' spellings with diacritics, national variants, an alias opening on
a variant, class names; and names that are places or installations, not kit."""

from __future__ import annotations

import pytest

from basewatch.extract.equipment import Equipment
from basewatch.extract.normalize import make_doc


def designations(equipment: Equipment, text: str) -> list[tuple[str, str | None]]:
    doc = equipment(make_doc(text))
    return [(m.designation, m.name) for m in doc.equipment]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker's own spelling is the designation, the plain one its name: either spelling meets it
        ("The navy commissioned its second Scorpène submarine at the new pier on Tuesday.", [("Scorpène", "Scorpene")]),
        ("Chile keeps two Scorpene submarines at Talcahuano.", [("Scorpène", "Scorpene")]),
        ("Niger has flown Akıncı drones over the border since spring.", [("Akıncı", "Akinci")]),
        ("Ankara sold Bayraktar Akinci drones to three African air forces.", [("Akıncı", "Akinci")]),
        # national designations of one type stay as written
        ("Canadian CF-18 fighters landed at Bagotville after the drill.", [("CF-18", "Hornet")]),
        ("Six Spanish EF-18 jets flew to Lithuania for the rotation.", [("EF-18", "Hornet")]),
        ("The F/A-18 remains the navy's carrier fighter.", [("F/A-18", "Hornet")]),
        ("Three more F-39E Gripen fighters arrived from Linköping in May.", [("F-39E", "Gripen")]),
        # a designation and its name written as the maker writes the designation are that designation
        ("Hungary flies 14 JAS 39 Gripen jets from Kecskemét.", [("JAS 39 Gripen", "Gripen")]),
        ("The leased JAS-39 Gripens fly from Čáslav until 2031.", [("JAS-39", "Gripen")]),
        # an alias opening on a variant and its popular name is that variant
        ("The army took delivery of four S-70i Black Hawk helicopters in March.", [("S-70i", None)]),
        ("A Sikorsky S-70 crashed during training off the coast.", [("S-70", None)]),
        # a mention found by a popular name carries the name written
        ("Six Eurofighter fighters were moved to Rostock-Laage.", [("Eurofighter Typhoon", "Eurofighter")]),
        ("Four RAF Typhoons flew from Lossiemouth to Iceland as fighter cover.", [("Eurofighter Typhoon", "Typhoon")]),
        # a class's reporting name names the hull type
        ("Two Ming-class submarines arrived from Qingdao.", [("Type 035", "Ming")]),
        # catalogue rows added for decoys, rockets and radars the news names
        ("Border guards found a Russian Gerbera decoy in a field near Daugavpils.", [("Gerbera", None)]),
        ("The group said it had launched Fadi-2 rockets at an army camp near Safed.", [("Fadi-2", None)]),
        ("A Daryal-type radar once watched the southern approaches from the hills.", [("Daryal", None)]),
        # a popular name and a maritime patrol type the catalog lacked; a coast guard's helicopter by its own name is
        # no trainer that shares the name
        ("A C-27J Spartan of the air force touched down on the new strip.", [("C-27J", "Spartan")]),
        ("The navy keeps three Falcon 200 Gardian patrol jets on the atoll.", [("Falcon 200", "Gardian")]),
        ("Two MH-60T Jayhawks flew in, and a T-1A Jayhawk trainer stayed behind.",
         [("MH-60T", "Seahawk"), ("T-1A", "Jayhawk")]),
    ],
)
def test_written_form(equipment: Equipment, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert designations(equipment, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a catalogued name placed by a settlement word is the place
        "Soldiers returned to the garrison town of Marte last week, the army said after the missile attack.",
        "Fishing boats crowded the port of Marte as the navy frigate sailed past.",
    ],
)
def test_place_named_like_kit(equipment: Equipment, text: str) -> None:
    assert designations(equipment, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a name the text writes as a place is that place wherever it stands, military words near it or not
        "Militants raided the town of Marte at dawn. \"Our battalion in Marte held its ground,\" an army officer said.",
        "The garrison in Marte was shelled twice this week, the army said, after the fall of the village of Marte.",
    ],
)
def test_name_written_as_a_place_elsewhere(equipment: Equipment, text: str) -> None:
    assert designations(equipment, text) == []


def test_name_not_written_as_a_place_stays(equipment: Equipment) -> None:
    text = "The navy test-fired a Marte anti-ship missile from a helicopter off Sardinia."
    assert [d for d, _ in designations(equipment, text)] == ["Marte"]


@pytest.mark.parametrize(
    "text",
    [
        # a short word before a reporting name ending like a demonym is a given name: the two are a person's name
        "Li Wei Ming, a naval analyst in Singapore, said the submarine fleet was ageing.",
        "Chen Hui Ming, who studies the navy's submarines at a think tank, disagreed.",
    ],
)
def test_given_name_before_a_reporting_name(equipment: Equipment, text: str) -> None:
    assert designations(equipment, text) == []


def test_demonym_before_a_reporting_name_stays(equipment: Equipment) -> None:
    assert designations(equipment, "Two Thai Ming submarines were sold for scrap.") == [("Type 035", "Ming")]


@pytest.mark.parametrize(
    "text",
    [
        # a ship-like name the text also writes before an installation's head word names that installation throughout
        "Gunmen attacked the PNS Qasim naval air station near Karachi overnight. PNS Qasim (also spelt Kasim) "
        "houses maritime patrol aircraft.",
        "PNS Qasim, the navy's busiest airfield, was closed for a day. The PNS Qasim naval station reopened on Friday.",
        "The BNS Haji Mohsin naval station handled the supply run. Officers at BNS Haji Mohsin said it went well.",
    ],
)
def test_installation_named_like_a_ship(equipment: Equipment, text: str) -> None:
    assert designations(equipment, text) == []


def test_ship_named_apart_from_an_installation_stays(equipment: Equipment) -> None:
    text = "The destroyer PNS Tippu Sultan called at the PNS Qasim naval air station on Monday."
    assert designations(equipment, text) == [("PNS Tippu Sultan", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set right before its ship type names that ship
        ("The base is home to the navy's Turkish-built Deniz Han corvette.", [("Deniz Han", None)]),
        ("Ukraine sank the Moskva cruiser in April 2022.", [("Moskva", None)]),
        ("The Brazilian Atlantico carrier left Rio de Janeiro on Monday.", [("Atlantico", None)]),
    ],
)
def test_name_before_ship_type(equipment: Equipment, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert designations(equipment, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # services, states, demonyms, determiners and seas before a ship type name no ship
        "A Royal Navy frigate shadowed the convoy through the Channel.",
        "The Pacific Fleet destroyer returned to port after the drill.",
        "A Greek frigate and an Italian corvette escorted the tanker.",
        "No submarine has been reported in the area, the navy said.",
        "A South China Sea patrol vessel was seen near the reef.",
        # after an indefinite article the name is the owner's
        "A Petronas survey vessel was shadowed by a coast guard cutter near the shoal.",
        # a capitalised type word is some other name
        "According to Autoblog Corvette, the new engine will not be offered.",
    ],
)
def test_no_name_before_ship_type(equipment: Equipment, text: str) -> None:
    assert designations(equipment, text) == []
