"""A synthetic news corpus for benchmarks and reliability tests: varied articles from templates.

Deterministic for a seed. Articles recur on the same installations under different
spellings, with runway figures, equipment, speakers and outlets drawn at random, so a
large corpus exercises resolution and corroboration the way a real one does.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# (spellings, host country, operator, province)
SITES: tuple[tuple[tuple[str, ...], str, str, str], ...] = (
    (("Hmeimim air base", "Khmeimim airbase", "Hmeymim air base"), "Syria", "Russian", "Latakia"),
    (("al Shaddadi base", "Ash Shaddadah base", "Shaddadi base"), "Syria", "US", "al Hasakah"),
    (("Tartus naval base", "Tartous naval facility"), "Syria", "Russian", "Tartus"),
    (("Incirlik Air Base", "Incirlik air base"), "Turkey", "Turkish", "Adana"),
    (("Al Udeid Air Base", "al-Udaid air base"), "Qatar", "Qatari", "Al Rayyan"),
    (("Camp Lemonnier", "Camp Lemonier"), "Djibouti", "US", "Djibouti"),
    (("Ream Naval Base", "Ream naval base"), "Cambodia", "Cambodian", "Preah Sihanouk"),
    (("Pituffik Space Base", "Thule Air Base"), "Greenland", "US", "Avannaata"),
    (("Fiery Cross Reef airfield", "the airstrip on Fiery Cross Reef"), "the South China Sea", "Chinese", "Spratly"),
    (("Saky air base", "Saki airfield"), "Crimea", "Russian", "Crimea"),
    (("Nagurskoye air base", "Nagurskoe airfield"), "Franz Josef Land", "Russian", "Arkhangelsk"),
    (("Al Dhafra Air Base", "al-Dhafra air base"), "the United Arab Emirates", "Emirati", "Abu Dhabi"),
)
EQUIPMENT = ("Tu-22M3", "Tu-95MS", "Tu-160", "Su-35S", "Su-34", "MQ-9 Reaper", "F-35A", "F-16C", "KC-135",
             "C-17", "Il-76MD", "J-11B", "S-400", "Pantsir-S1", "Bastion-P", "P-8A Poseidon", "E-3 Sentry")
SPEAKERS = (("Joseph Trevithick", "a defence researcher"), ("Maria Okonkwo", "an analyst at a London think tank"),
            ("Colonel Pavel Ryzhkov", "a retired Russian officer"), ("Li Wenjun", "a naval historian"),
            ("Ana Ferreira", "a satellite imagery specialist"), ("Tom Hadley", "a former air force planner"))
OUTLETS = ("Wire Service", "The Gazette", "Defence Weekly", "Harbour Times", "Northern Post", "Desert Daily",
           "Pacific Monitor", "The Observer Desk")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

OPENERS = (
    "{operator} forces have {verb} the runway at {site} in {country}, according to satellite images seen by {outlet}.",
    "New imagery shows construction at {site}, the {operator} installation in {province}.",
    "{operator} engineers finished work on a {length:,}-meter runway at {site} in {month} {year}.",
    "The runway at {site} is now about {length:,} metres long, {outlet} reported on {weekday}.",
)
BODY = (
    "Images from {month} {year} show {count} {equipment} aircraft parked on the apron at {site}.",
    "{speaker}, {role}, said the work would let heavier aircraft use {site} year-round.",
    "{speaker} believes the {equipment} deployment could become permanent within {count} months.",
    "The base lies roughly {distance} km from the provincial centre of {province}.",
    "Officials in {country} declined to comment on the {equipment} sightings.",
    "A {length:,} m runway was completed at {site} last {month}, local media said.",
    "Crews lengthened the runway from {short:,} to {length:,} m over {count} months.",
    "According to {speaker}, the hangars at {site} can shelter up to {count} {equipment} jets.",
    "Residents near {site} reported heavy traffic of trucks carrying gravel and steel in {month}.",
    "{outlet} could not independently verify the figures for {site}.",
    "The {operator} defence ministry said the upgrade of {site} was purely defensive.",
    "{speaker} thinks the new fuel depots may double the number of sorties flown from {site}.",
)


def _fill(rng: random.Random, template: str, site: tuple[tuple[str, ...], str, str, str], serial: int) -> str:
    spellings, country, operator, province = site
    speaker, role = rng.choice(SPEAKERS)
    length = rng.choice((1000, 1200, 1320, 2400, 2500, 2700, 2800, 3000, 3200, 3500)) + rng.choice((0, 0, 50, 100))
    values: dict[str, Any] = {
        "site": rng.choice(spellings), "country": country, "operator": operator, "province": province,
        "outlet": rng.choice(OUTLETS), "verb": rng.choice(("rebuilt", "extended", "resurfaced", "widened")),
        "length": length, "short": length - rng.choice((300, 500, 620, 800)), "month": rng.choice(MONTHS),
        "year": 2015 + serial % 9, "weekday": rng.choice(("Monday", "Tuesday", "Friday")),
        "count": rng.randint(2, 24), "equipment": rng.choice(EQUIPMENT), "speaker": speaker, "role": role,
        "distance": rng.randint(5, 90),
    }
    return template.format(**values)


def article(serial: int, seed: int = 7) -> dict[str, Any]:
    """One synthetic article as a JSON Lines record (text, url, title, published, source)."""
    rng = random.Random(seed * 1_000_003 + serial)
    site = rng.choice(SITES)
    sentences = [_fill(rng, rng.choice(OPENERS), site, serial)]
    sentences += [_fill(rng, t, site, serial) for t in rng.sample(BODY, rng.randint(8, 12))]
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    year = 2015 + serial % 9
    return {
        "text": f"Dispatch {serial}.\n\n" + "\n\n".join(paragraphs),
        "url": f"https://news.example.org/{year}/{serial}",
        "title": f"Work at {site[0][0]} (report {serial})",
        "published": f"{year}-{1 + serial % 12:02d}-{1 + serial % 28:02d}",
        "source": rng.choice(OUTLETS),
    }


def articles(count: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    for serial in range(count):
        yield article(serial, seed)


def write_jsonl(path: Path, count: int, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in articles(count, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
