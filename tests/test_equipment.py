"""Equipment mentions: catalog forms, names in context, the designation pattern, garbled forms, negatives."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from basewatch.data import table
from basewatch.extract.equipment import _DESIGNATION, Equipment, fold
from basewatch.extract.normalize import make_doc
from basewatch.extract.spacing import spaced
from basewatch.model import Doc


def run(equipment: Equipment, text: str) -> tuple[Doc, list[tuple[str, str]]]:
    doc = equipment(make_doc(text))
    return doc, [(m.designation, doc.surface(m.span)) for m in doc.equipment]


CASES: list[tuple[str, list[tuple[str, str]]]] = [
    # catalog designations however they are spelled
    ("Two Tu-160 bombers flew over the Barents Sea.", [("Tu-160", "Tu-160")]),
    ("A TU-160, a Tu 160 and a Tu160 were seen.", [("Tu-160", "TU-160"), ("Tu-160", "Tu 160"), ("Tu-160", "Tu160")]),
    ("Ту-160 приземлился на аэродроме.", [("Tu-160", "Ту-160")]),
    ("Туполев Ту-95МС, Су-35С и С-400", [("Tu-95MS", "Туполев Ту-95МС"), ("Su-35S", "Су-35С"), ("S-400", "С-400")]),
    ("комплексы «Искандер-М» в Калининграде", [("Iskander-M", "Искандер-М")]),
    ("طائرات تو-١٦٠ و إف-16 في القاعدة", [("Tu-160", "تو-١٦٠"), ("F-16", "إف-16")]),
    ("the Tupolev Tu-160 took off", [("Tu-160", "Tupolev Tu-160")]),
    ("Sukhoi Su-34 and Mikoyan MiG-31BM jets", [("Su-34", "Sukhoi Su-34"), ("MiG-31BM", "Mikoyan MiG-31BM")]),
    # garbled forms: primes after a designation, a stray ' -142' correcting the number
    (
        "Tupolev Tu-95\u2033 and Tupolev Tu-160\u2033 bombers",
        [("Tu-95", "Tupolev Tu-95"), ("Tu-160", "Tupolev Tu-160")],
    ),
    ("in addition to the Tupolev Tu-160 -142\u201d anti-submarine", [("Tu-142", "Tupolev Tu-160 -142")]),
    ("burnt-out Su-30 SM fighters", [("Su-30SM", "Su-30 SM")]),
    # plurals, variant alternatives, variants kept as written
    ("Su-24s and F-16s were parked", [("Su-24", "Su-24s"), ("F-16", "F-16s")]),
    ("F-16C/D jets and an F/A-18E/F", [("F-16C/D", "F-16C/D"), ("F/A-18E/F", "F/A-18E/F")]),
    ("RC-135V/W and F-15C/D Eagle", [("RC-135V/W", "RC-135V/W"), ("F-15C/D", "F-15C/D Eagle")]),
    ("three Tu-22M3 bombers", [("Tu-22M3", "Tu-22M3")]),
    ("an Il-76MD transport and an Mi-8AMTSh", [("Il-76MD", "Il-76MD"), ("Mi-8AMTSh", "Mi-8AMTSh")]),
    ("A CH-47F Chinook landed.", [("CH-47F", "CH-47F Chinook")]),
    ("MQ-9A Reaper drones", [("MQ-9A", "MQ-9A Reaper")]),
    ("MQ-9 Reapers and UH-60M Black Hawks", [("MQ-9", "MQ-9 Reapers"), ("UH-60M", "UH-60M Black Hawks")]),
    ("an RQ-4B Global Hawk and E-3A AWACS aircraft", [("RQ-4B", "RQ-4B Global Hawk"), ("E-3A", "E-3A AWACS")]),
    ("Mi-8AMTSh-VN helicopters", [("Mi-8AMTSh-VN", "Mi-8AMTSh-VN")]),
    ("the B-52H Stratofortress", [("B-52H", "B-52H Stratofortress")]),
    ("the H135 and the A400M", [("H135", "H135"), ("A400M", "A400M")]),
    # turboprops, radars, launch vehicles and small warships that base reporting names
    ("An ATR 72-600 and two Dornier 228 planes patrol the strait.", [("ATR 72-600", "ATR 72-600"),
                                                                     ("Dornier 228", "Dornier 228")]),
    ("The old Do 228 was replaced by a Fokker F27.", [("Dornier 228", "Do 228"), ("Fokker F27", "Fokker F27")]),
    ("A Voronezh-DM station and an AN/TPY-2 radar watch the sky.",
     [("Voronezh-DM", "Voronezh-DM"), ("AN/TPY-2", "AN/TPY-2")]),
    ("The site once held a Dnepr early-warning radar.", [("Dnepr", "Dnepr")]),
    ("A Soyuz-2.1b and a Chollima-1 rocket lifted off.",
     [("Soyuz-2.1b", "Soyuz-2.1b"), ("Chollima-1", "Chollima-1 rocket")]),
    ("Kuang Hua VI boats sailed from the harbour.", [("Kuang Hua VI", "Kuang Hua VI")]),
    ("destroyers fitted with the Aegis combat system", [("Aegis", "Aegis combat system")]),
    ("the research and survey vessel Shi Yan 6 and G6 howitzers", [("Shi Yan 6", "Shi Yan 6"), ("G6", "G6")]),
    ("Two research vessels, among them the Shi Yan 6, docked.", [("Shi Yan 6", "Shi Yan 6")]),
    ("warships, including the Admiral Essen and Ladny", [("Admiral Essen", "Admiral Essen"), ("Ladny", "Ladny")]),
    ("Kh-69 missiles, Geran-3 drones and an OTR-21",
     [("Kh-69", "Kh-69"), ("Geran-3", "Geran-3"), ("Tochka-U", "OTR-21")]),
    # known base, unknown suffix: the written designation, through the catalog
    ("new Su-35SM fighters", [("Su-35SM", "Su-35SM")]),
    # the unseen: a catalogued family, a number the catalog does not hold
    ("a KJ-700 radar plane and the J-36", [("KJ-700", "KJ-700"), ("J-36", "J-36")]),
    # ships and systems
    (
        "a Type 055 destroyer and a Project 22350 frigate",
        [("Type 055", "Type 055"), ("Admiral Gorshkov", "Project 22350")],
    ),
    ("Kilo-class submarines and Ropucha-class landing ships", [("Kilo", "Kilo-class"), ("Ropucha", "Ropucha-class")]),
    ("frigates of the Admiral Grigorovich class", [("Admiral Grigorovich", "Admiral Grigorovich class")]),
    ("the Russian frigate Admiral Grigorovich docked", [("Admiral Grigorovich", "Admiral Grigorovich")]),
    (
        "Avenger-class minesweepers left; an Avenger air defense system",
        [("Avenger", "Avenger-class"), ("AN/TWQ-1 Avenger", "Avenger air defense system")],
    ),
    (
        "Iskander-M missiles and the SM-3 Block IIA",
        [("Iskander-M", "Iskander-M"), ("SM-3 Block IIA", "SM-3 Block IIA")],
    ),
    (
        "two Virginia-class boats and an Independence-class ship",
        [("Virginia", "Virginia-class"), ("Independence", "Independence-class")],
    ),
    ("S-400 and S-300PMU-2 batteries", [("S-400", "S-400"), ("S-300PMU-2", "S-300PMU-2")]),
    ("HQ-9B missiles and YJ-12B launchers", [("HQ-9B", "HQ-9B"), ("YJ-12B", "YJ-12B")]),
    ("Iron Dome intercepted the rockets", [("Iron Dome", "Iron Dome")]),
    ("the Bastion launchers fire P-800 Oniks missiles", [("Bastion", "Bastion"), ("P-800 Oniks", "P-800 Oniks")]),
    ("Storm Shadow and ATACMS strikes", [("Storm Shadow", "Storm Shadow"), ("ATACMS", "ATACMS")]),
    ("Himars and Nasams reached Kyiv", [("HIMARS", "Himars"), ("NASAMS", "Nasams")]),
    # names: capitalised and in military context, or quoted
    ("a Russian Bear bomber", [("Tu-95", "Bear")]),
    ("the \u201cBlackjack\u201d returned", [("Tu-160", "Blackjack")]),
    ("Tu-95MS \u201cBear\u201d aircraft", [("Tu-95MS", "Tu-95MS \u201cBear\u201d")]),
    ("Iskander missiles were moved to Kaliningrad", [("Iskander", "Iskander")]),
    ("Two Bears were intercepted over the Norwegian Sea", [("Tu-95", "Bears")]),
    ("Katyusha rockets and Grad rockets hit the base", [("Katyusha", "Katyusha"), ("BM-21", "Grad")]),
    ("RAF Typhoons, Royal Navy Merlin helicopters", [("Eurofighter Typhoon", "Typhoons"), ("AW101", "Merlin")]),
    ("Germany sent jets and France Rafale fighters", [("Rafale", "Rafale")]),
    (
        "P-8A aircraft arrived. The Poseidons replaced P-3C Orions.",
        [("P-8A", "P-8A"), ("P-8A", "Poseidons"), ("P-3C", "P-3C Orions")],
    ),
    (
        "Kilo-class boats carry Klub anti-ship missiles; Paveway IV bombs",
        [("Kilo", "Kilo-class"), ("Klub", "Klub"), ("Paveway IV", "Paveway IV")],
    ),
    ("A Hind and two Hips landed at the airfield", [("Mi-24", "Hind"), ("Mi-8", "Hips")]),
    # families listed after one member
    ("Su-24/25 attack jets", [("Su-24", "Su-24"), ("Su-25", "25")]),
]

NEGATIVES = [
    "The Dnepr river flooded the town, and Gotland voted.",
    "COVID-19 spread at the base.",
    "The G-7 met in June.",
    "Traffic on the A-1 highway stopped.",
    "Route-66 and UN-2254 are not aircraft.",
    "On 2021-03-01 the 1,200-meter runway opened.",
    "H-1B visas and J-1 visas were issued.",
    "The E3 expo and the F1 race.",
    "B2B sales rose.",
    "MI6 officers and MI5 staff.",
    "An 18-year-old was arrested.",
    "Type 2 diabetes and Project 2025.",
    "Bear in mind the market is a bear market.",
    "The Grim Reaper is a figure of folklore.",
    "Typhoon Haiyan hit the Philippines.",
    "The Lancet published the study.",
    "Iskander said he would stay.",
    "A tornado hit the town.",
    "Aircraft flew from Camp Bastion.",
    "The Viper Room is a club.",
    "Blackjack is a card game.",
    "Submarines are based in Virginia and at Kings Bay.",
    "He was held at the Black Hawk County jail on a Class C felony.",
    "The HALO Trust clears mines; its helicopter crews help.",
    "Such measures would cause further harm to American workers. Harm reduction works.",
    "The search for flight MH370 resumed; a Ford F-250 was stolen.",
    "The name 'Tiger' he responds to.",
    "Vitamin B-12 and KN-95 masks.",
    "Type 99 tanks and Type 56 rifles; the Audi A4 and a Galaxy S23.",
    "She served as an E-4 in the Army before she made E-6.",
    "Spirit Airlines and Atlas Air aircraft were grounded.",
    "Chicago Bears fans filled the stadium; the Navy Seahawks beat Army.",
    "Iran helped the Liberation Tigers of Tamil Eelam, who fired rockets.",
    "He said the Grim Reaper drones were a myth.",
    "Spike in drone attacks; DJI Phantom drones; Trident Juncture drew 250 aircraft.",
    "Admiral Grigorovich led the fleet, the papers said.",
    "Britain's HMS Jufair base hosts minehunters; a ship Monday docked; ITS NEW BASE OPENED.",
]


GROUND: list[tuple[str, list[tuple[str, str]]]] = [
    ("The brigade will field Leopard 2A8 tanks and PzH 2000 howitzers.",
     [("Leopard 2A8", "Leopard 2A8"), ("PzH 2000", "PzH 2000")]),
    ("Columns of T-72B3 tanks and BMP-2 vehicles and Tornado-G launchers drove past.",
     [("T-72B3", "T-72B3"), ("BMP-2", "BMP-2"), ("Tornado-G", "Tornado-G")]),
    ("Poland ordered more Krab howitzers and CV90 vehicles; Abrams tanks arrived.",
     [("Krab", "Krab"), ("CV90", "CV90"), ("M1 Abrams", "Abrams")]),
    # a catalog name after a facility word and 'at' names the place ('the air base at Bastion')
    ("The old Soviet air base at Burevestnik was abandoned; no missile was seen there.", []),
    ("Julius Caesar crossed the Rubicon; the boxer won the fight.", []),
    # 'the' before a bare designation refers back to the one variant named; without it, the base stays
    ("Su-30MK2 jets moved; the Su-30s left. F-15C jets came; F-15s were based there.",
     [("Su-30MK2", "Su-30MK2"), ("Su-30MK2", "Su-30s"), ("F-15C", "F-15C"), ("F-15", "F-15s")]),
    # a title before a name or a capitalised word after it makes a person or another name
    ("Gen. Abrams reviewed the troops; Mr Bradley said the tanks had left; the Boxer Rebellion troops.", []),
    ("The US deploys Patriot Batteries to the base.", [("Patriot", "Patriot")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUND)
def test_ground_equipment(equipment: Equipment, text: str, expected: list[tuple[str, str]]) -> None:
    assert run(equipment, text)[1] == expected


SHIPS: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a ship prefix and a name, its navy the origin; a ship type before it gives the class
    ("The guided-missile destroyer USS Mason's crew and HMS Kent sailed.",
     [("USS Mason", "destroyer", "US"), ("HMS Kent", "ship", "GB")]),
    ("The carrier USS Gerald R. Ford and FS Charles de Gaulle sailed.",
     [("USS Gerald R. Ford", "carrier", "US"), ("FS Charles de Gaulle", "ship", "FR")]),
    # a plural type lists several; a second type starts its own list; lower-case words end a name
    ("Chile sent the frigates Almirante Lynch and Almirante Cochrane and the oiler Araucano to the drill.",
     [("Almirante Lynch", "frigate", None), ("Almirante Cochrane", "frigate", None), ("Araucano", "oiler", None)]),
    # a catalogued lead ship keeps its catalog row
    ("The cruiser Pyotr Velikiy and the frigate Admiral Grigorovich left.",
     [("Pyotr Velikiy", "cruiser", None), ("Admiral Grigorovich", "frigate", "RU")]),
    # a ship named after a town that also names a base is still a ship
    ("The tanker Pechenga and HMS Jufair's guests left.", [("Pechenga", "tanker", None)]),
    # a hull number ends a name of two words or more
    ("The survey ship Yuan Wang 5 docked; the frigate Xuchang 2 days later.",
     [("Yuan Wang 5", "survey ship", None), ("Xuchang", "frigate", None)]),
    # a name stops before a word that opens something else
    ("The submarine Kursk Navy divers reached was lost.", [("Kursk", "submarine", None)]),
    # letters with diacritics are part of the name, not its end
    ("The patrol ship Prairial and the corvette Åsmund Ørsted left; the frigate Almirante Juan de Borbón stayed.",
     [("Prairial", "patrol ship", None), ("Åsmund Ørsted", "corvette", None),
      ("Almirante Juan de Borbón", "frigate", None)]),
    ("HMS Tönsberg and the minehunter Gülşah docked.",
     [("HMS Tönsberg", "ship", "GB"), ("Gülşah", "minehunter", None)]),
    # prefixes of navies English-language reporting writes less often, a dotted one among them
    ("Norway's KNM Thor Heyerdahl, the Dutch Zr.Ms. Tromp and KD Lekiu sailed with ARC Caldas.",
     [("KNM Thor Heyerdahl", "ship", "NO"), ("Zr.Ms. Tromp", "ship", "NL"), ("KD Lekiu", "ship", "MY"),
      ("ARC Caldas", "ship", "CO")]),
    # a rank right after a prefix opens the officer's name the ship bears; another word that opens something else
    # ends the name there, and a shore establishment named like a ship is no ship
    ("The destroyer ARA Almirante Brown escorted ARA General San Martín past the RSS Air Wing hangar.",
     [("ARA Almirante Brown", "destroyer", "AR"), ("ARA General San Martín", "ship", "AR")]),
    ("Recruits marched at SAS Saldanha while SAS Spioenkop sailed.", [("SAS Spioenkop", "ship", "ZA")]),
]


@pytest.mark.parametrize(("text", "expected"), SHIPS)
def test_named_ships(equipment: Equipment, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    doc = equipment(make_doc(text))
    assert [(m.designation, m.cls, m.origin) for m in doc.equipment] == expected
    for mention in doc.equipment:
        assert doc.surface(mention.span) == mention.designation


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions(equipment: Equipment, text: str, expected: list[tuple[str, str]]) -> None:
    doc, found = run(equipment, text)
    assert found == expected
    for mention in doc.equipment:
        start, end = doc.orig_span(mention.span)
        assert text[start:end] == doc.surface(mention.span)
        assert mention.rule.startswith("equipment:")


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(equipment: Equipment, text: str) -> None:
    assert run(equipment, text)[1] == []


@pytest.mark.parametrize(
    ("text", "in_catalog", "origin", "cls"),
    [
        ("a Tu-160", True, "RU", "strategic bomber"),
        ("a Su-35SM", True, "RU", "multirole fighter"),
        ("a KJ-700", False, "CN", "airborne early warning and control aircraft"),
        ("an MQ-9", True, "US", "MALE drone"),
    ],
)
def test_record_fields(equipment: Equipment, text: str, in_catalog: bool, origin: str, cls: str) -> None:
    doc, _ = run(equipment, text)
    (mention,) = doc.equipment
    assert (mention.in_catalog, mention.origin, mention.cls) == (in_catalog, origin, cls)


def test_base_rolls_variants_up(equipment: Equipment) -> None:
    assert equipment.base("Tu-22M3") == "Tu-22M"
    assert equipment.base("Su-35SM") == "Su-35"
    assert equipment.base("PAC-3") == "Patriot"
    assert equipment.base("KJ-700") == "KJ-700"


def test_catalog_shape() -> None:
    rows = table("equipment.tsv")
    assert len(rows) >= 400
    kinds = {"aircraft", "helicopter", "drone", "ship", "submarine", "air-defence", "radar", "missile",
             "space launch vehicle", "artillery", "armour", "munition"}
    for row in rows:
        assert row["kind"] in kinds, row["designation"]
        assert re.fullmatch(r"(?:[A-Z]{2})?", row["origin"]), row["designation"]
        assert row["class"], row["designation"]


def test_catalog_forms_are_unique() -> None:
    """No designation, variant or alias is claimed by two rows (the second would never be found)."""
    owner: dict[str, int] = {}
    clashes = []
    for number, row in enumerate(table("equipment.tsv")):
        forms = [row["designation"], *row["variants"].split("|"), *row["aliases"].split("|")]
        for form in filter(None, forms):
            key = fold(form) if _DESIGNATION.fullmatch(form) else form.lower()
            if owner.setdefault(key, number) != number:
                clashes.append((form, row["designation"]))
    assert not clashes


def test_seed_sentence(equipment: Equipment, shared: Path) -> None:
    text = (shared / "seed" / "syria-bases.txt").read_text(encoding="utf-8")
    doc, found = run(equipment, text)
    assert [d for d, _ in found] == ["Tu-22M", "Tu-95", "Tu-160", "Tu-142"]
    for mention in doc.equipment:
        start, end = doc.orig_span(mention.span)
        assert text[start:end] == doc.surface(mention.span)
    assert found[-1][1].startswith("Tupolev Tu-160")


def test_reads_in_linear_time(equipment: Equipment, shared: Path) -> None:
    """Four times the text costs about four times the CPU; speed itself is scripts/bench_extract.py's to print."""
    text = (shared / "seed" / "syria-bases.txt").read_text(encoding="utf-8")

    def seconds(copies: int) -> float:
        doc = make_doc((text + "\n\n") * copies)
        start = time.process_time()
        equipment(doc)
        return time.process_time() - start

    seconds(10)
    small, large = min(seconds(50) for _ in range(2)), min(seconds(200) for _ in range(2))
    assert large < 4 * small * 2.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a popular name before a strike word, with an operator right before it
        ("Fresh US Predator attacks hit two villages.", [("MQ-1", "Predator")]),
        ("Residents feared more American Reaper strikes.", [("MQ-9", "Reaper")]),
        # tube artillery by designation and by name next to its class word
        ("The army will buy 40 M109A7 self-propelled guns.", [("M109A7", "M109A7")]),
        ("Another 60 Paladin howitzers are on order.", [("M109", "Paladin")]),
        ("Marines fired M777 guns from the ridge.", [("M777", "M777")]),
        # a ship class written with a spaced article, a missile and a patrol plane by their popular names
        ("Jeddah sent two frigates of the Al Riyadh class.", [("Al-Riyadh", "Al Riyadh class")]),
        ("The boats carry Trident missiles.", [("UGM-133", "Trident")]),
        ("The coast guard flew a Dornier patrol aircraft over the atoll.", [("Dornier 228", "Dornier")]),
        # a family written bare ('Mirage jets'); a vehicle's designation apart from its name
        ("The last Mirage fighters flew in 2015.", [("Mirage", "Mirage")]),
        ("Forty M2 Bradley vehicles arrived.", [("M2", "M2 Bradley")]),
        # China's one-ship carrier classes go by the ship's name, never the province's alone
        ("The carrier Liaoning sailed east.", [("Liaoning", "Liaoning")]),
        ("A Type 003 carrier was seen.", [("Fujian", "Type 003")]),
        ("Fujian province hosts missile brigades and fighter jets.", []),
        ("Troops drove Humvees and M113 carriers; J-20s carry PL-15 missiles.",
         [("HMMWV", "Humvees"), ("M113", "M113"), ("J-20", "J-20s"), ("PL-15", "PL-15")]),
    ],
)
def test_real_world_findings(equipment: Equipment, text: str, expected: list[tuple[str, str]]) -> None:
    assert run(equipment, text)[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tiger attacks rose in the reserve last year.",  # no operator before the name: an animal
        "The Predator attacks its prey at dusk.",
    ],
)
def test_strike_words_need_an_operator(equipment: Equipment, text: str) -> None:
    assert run(equipment, text)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "The MQ-9 Reaper and two F-22 Raptors flew past (Tu-160s) while a Su-27 'Flanker' waited.",
        "HIMARS, Himars and himars; Bear-H bombers, Iskander-M at Kaliningrad, the Typhoon_x and ship.",
    ],
)
def test_name_hits_in_ascii_text_as_in_any_text(equipment: Equipment, text: str) -> None:
    """An ASCII text takes the word automaton; one more non-ASCII character must not change a hit, whether the
    text is read plain or from its spaced view."""
    hits = list(equipment._name_hits(text))
    assert hits == list(equipment._name_hits(text + " \u00e9"))
    for other in (text + " \u00e9", text.replace(" ", "\u2026"), text.replace(" ", " \u00e9")):
        lowered = other.lower()
        assert list(equipment._name_hits(other, lowered, spaced(lowered))) == list(equipment._name_hits(other))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The navy flew three Super Puma helicopters to the island.", "Super Puma"),
        ("An Apache Guardian gunship hovered over the ridge.", "Apache Guardian"),
        ("An AS532 helicopter landed on the deck.", "Cougar"),
    ],
)
def test_name_is_the_one_written(equipment: Equipment, text: str, name: str) -> None:
    """A row with several popular names gives a mention the one the text wrote, else its first."""
    doc, _ = run(equipment, text)
    (mention,) = doc.equipment
    assert mention.name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Halvard-class corvette sailed from the harbour at dawn.", [("Halvard class", "Halvard-class")]),
        ("Three Ostrander class fast attack craft were moored nearby.", [("Ostrander class", "Ostrander class")]),
        ("Two gunboats of the Marisol class returned from patrol.", [("Marisol class", "Marisol class")]),
        ("The coast guard bought a Pedro da Lima-class patrol boat.", [("Pedro da Lima class", "Pedro da Lima-class")]),
        # a text that opens with a class word ('classified') still has its classes read
        ("classified papers say a Halvard-class corvette will be sold.", [("Halvard class", "Halvard-class")]),
        # a catalogued class stays the catalog's; no ship after the class word, or a lower-case word, is no class
        ("Two Kilo-class submarines left port.", [("Kilo", "Kilo-class")]),
        ("The Halvard class of 1998 graduated this week.", []),
        ("World-class shipyards build a world-class frigate.", []),
    ],
)
def test_uncatalogued_ship_classes(equipment: Equipment, text: str, expected: list[tuple[str, str]]) -> None:
    _, found = run(equipment, text)
    assert found == expected
