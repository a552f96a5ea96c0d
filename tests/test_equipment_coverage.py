"""Catalog coverage for the kit smaller air forces, navies and armies field, and the ordinary words near it."""

from __future__ import annotations

import pytest

from basewatch.extract.equipment import Equipment
from basewatch.extract.normalize import make_doc


def found(equipment: Equipment, text: str) -> list[tuple[str, str]]:
    doc = equipment(make_doc(text))
    return [(m.designation, doc.surface(m.span)) for m in doc.equipment]


COVERED: list[tuple[str, list[tuple[str, str]]]] = [
    # trainers and light combat aircraft of African, Asian and Latin American air forces
    ("Four K-8 trainers and two Alouette III helicopters flew in from the north.",
     [("K-8", "K-8"), ("SA316", "Alouette III")]),
    ("The squadron swapped its IA-63 Pampa jets for KT-1 trainers.", [("IA-63", "IA-63 Pampa"), ("KT-1", "KT-1")]),
    ("A SEPECAT Jaguar and two Kfir fighters were parked on the apron.",
     [("SEPECAT Jaguar", "SEPECAT Jaguar"), ("Kfir", "Kfir")]),
    ("The air arm flies an Airbus H145M and a Bell 212 from the airfield.",
     [("H145M", "Airbus H145M"), ("Bell 212", "Bell 212")]),
    # drones, air defence and radars
    ("The army showed a Blowfish A2 drone and a Yabhon drone at the parade.",
     [("Blowfish A2", "Blowfish A2"), ("Yabhon", "Yabhon")]),
    ("Soldiers carried Igla-S launchers; an RBS 70 team and a ZU-23-2 gun guarded the runway.",
     [("Igla-S", "Igla-S"), ("RBS 70", "RBS 70"), ("ZU-23-2", "ZU-23-2")]),
    ("An AN/TPS-77 radar and a Ground Master 200 cover the coast.",
     [("AN/TPS-77", "AN/TPS-77"), ("Ground Master 200", "Ground Master 200")]),
    # armour and artillery
    ("Ratel and Casspir vehicles left the barracks with a D-30 howitzer in tow.",
     [("Ratel", "Ratel"), ("Casspir", "Casspir"), ("D-30", "D-30")]),
    ("The brigade fields BRDM-2 scout cars, MT-LB carriers and VT-4 tanks.",
     [("BRDM-2", "BRDM-2"), ("MT-LB", "MT-LB"), ("VT-4", "VT-4")]),
    ("Pandur II carriers, Dana howitzers and AML-90 armoured cars rolled past the stand.",
     [("Pandur II", "Pandur II"), ("ShKH vz. 77 Dana", "Dana howitzers"), ("AML-90", "AML-90")]),
    ("A Bo 105 helicopter and a G-4 Super Galeb flew over the airfield.",
     [("Bo 105", "Bo 105"), ("G-4 Super Galeb", "G-4 Super Galeb")]),
    # ship classes, hyphenated or not
    ("Two Kedah-class patrol vessels and a Makassar class landing dock are based there.",
     [("Kedah class", "Kedah-class"), ("Makassar class", "Makassar class")]),
    ("The navy ordered a third River-class ship and two Tamandaré class frigates.",
     [("River class", "River-class"), ("Tamandaré class", "Tamandaré class")]),
    # a maker's name for the row and a variant of it overlapping: the variant, over both
    ("Saab Gripen C jets, Dassault Rafale F4 jets and a Beechcraft King Air 200 landed.",
     [("Gripen C", "Saab Gripen C"), ("Rafale F4", "Dassault Rafale F4"), ("King Air 200", "Beechcraft King Air 200")]),
    # plurals of names of two words
    ("The air force flies Alpha Jets and King Airs from the air base.",
     [("Alpha Jet", "Alpha Jets"), ("King Air 350", "King Airs")]),
    # a lead ship's name before a plural ship type is the class; after a ship type, the ship itself
    ("Russia keeps two Kilo submarines and Karakurt corvettes there.", [("Kilo", "Kilo"), ("Karakurt", "Karakurt")]),
    # radars, tanks and missiles of Japan, Spain, Korea and Israel; a family name alone is no member of it
    ("A J/FPS-7 radar on the cape and a J/FPS-5 on the island watch the strait.",
     [("J/FPS-7", "J/FPS-7"), ("J/FPS-5", "J/FPS-5")]),
    ("Indra will fit a Lanza 3D at the summit and a Lanza-LTR on the coast; the Lanza LRR stays.",
     [("Lanza 3D", "Lanza 3D"), ("Lanza-LTR", "Lanza-LTR"), ("Lanza-LRR", "Lanza LRR")]),
    ("Type 10 tanks drove past older Type 74 and Type 90 tanks.",
     [("Type 10", "Type 10 tanks"), ("Type 74", "Type 74"), ("Type 90", "Type 90 tanks")]),
    ("Six K9 howitzers and a Blue Spear battery were landed.", [("K9", "K9"), ("Blue Spear", "Blue Spear")]),
    ("The school traded its CF-5 jets for a Texan T1; an ADS 15 drone flew overhead.",
     [("CF-5", "CF-5"), ("Texan T1", "Texan T1"), ("ADS 15", "ADS 15")]),
    ("A Pilatus PC-24 landed beside a Hawker Hunter on display; M48 and M-84 tanks stood by the gate.",
     [("PC-24", "Pilatus PC-24"), ("Hawker Hunter", "Hawker Hunter"), ("M48", "M48"), ("M-84", "M-84")]),
    ("A Thales Ground Master 400 replaced the Globus II.", [("Ground Master 400", "Ground Master 400"),
                                                            ("Globus II", "Globus II")]),
]

# Place names, people and common words spelt like a catalogued class or name.
ORDINARY = [
    "Brunei Darussalam signed the agreement in Bandar Seri Begawan.",
    "The delegation drove from Makassar to the river port.",
    "Tourists visited Kedah and the Bay of Bengal last year.",
    "The Pampas stretch west of Buenos Aires.",
    "The R44 road runs past Stellenbosch.",
    "Inflation in Delhi rose for the third month.",
    "The G4 nations met in New York to discuss Security Council reform.",
    "Voters in Ohio and Virginia backed the submarine contract.",
]


@pytest.mark.parametrize(("text", "expected"), COVERED)
def test_covered(equipment: Equipment, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(equipment, text) == expected


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words(equipment: Equipment, text: str) -> None:
    assert found(equipment, text) == []
