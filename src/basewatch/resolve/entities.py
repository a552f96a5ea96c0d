"""Cross-article resolution of speakers ("Trevithick" / "Trevithik") and equipment designations."""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from basewatch.resolve.names import fold

SURNAME_FUZZY_MIN = 85
# Institutions differ by one word ("Russian" / "Turkish defence ministry"): only a letter or two may differ.
INSTITUTION_FUZZY_MIN = 94
INSTITUTION_MIN_CHARS = 12
_NOT_PERSON_WORDS = (
    "ministry department office agency command forces force army navy government council pentagon kremlin "
    "spokesman spokeswoman spokesperson officials official media agency group institute service services "
    "he she they it we i"
)
_NOT_PERSON = frozenset(_NOT_PERSON_WORDS.split())
_DESIGNATION_NOISE = re.compile(r"[^0-9A-Z]+")


def equipment_key(designation: str) -> str:
    """One key for every written form of a designation: Tu-160, TU 160 and Tu160 give TU160."""
    return _DESIGNATION_NOISE.sub("", fold(designation).upper())


def _institution_key(name: str) -> str:
    """`fold(name)` without a leading "the"."""
    return fold(name).removeprefix("the ")


def _person_parts(name: str) -> tuple[str, str] | None:
    """(first-name initial or "", surname) when `name` reads as a person's name, else None."""
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    folded = fold(name).split()
    if not folded or any(w in _NOT_PERSON for w in folded):
        return None
    first = folded[0][:1] if len(folded) > 1 else ""
    return first, folded[-1]


class SpeakerResolver:
    """One speaker row per person or institution: same folded name, or same surname spelt nearly alike."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.load()

    def load(self) -> None:
        self.by_fold: dict[str, int] = {}
        self.keys_by_initial: dict[str, list[str]] = defaultdict(list)
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        self.by_initial: dict[str, list[str]] = defaultdict(list)
        self.stored: set[tuple[int, str]] = set()
        self.filled: dict[int, tuple[int, bool, bool]] = {
            sid: (len(name), role is not None, affiliation is not None)
            for sid, name, role, affiliation in self.conn.execute("SELECT id, name, role, affiliation FROM speakers")
        }
        for sid, alias in self.conn.execute("SELECT entity_id, alias FROM aliases WHERE entity = 'speaker'"):
            self.stored.add((sid, alias))
            self._index(sid, alias)

    def _index(self, sid: int, name: str) -> None:
        key = _institution_key(name)
        if key not in self.by_fold:
            self.by_fold[key] = sid
            self.keys_by_initial[key[:1]].append(key)
        parts = _person_parts(name)
        if parts and (sid, parts[0]) not in self.by_surname.get(parts[1], []):
            if parts[1] not in self.by_surname:
                self.by_initial[parts[1][:1]].append(parts[1])
            self.by_surname.setdefault(parts[1], []).append((sid, parts[0]))

    def match(self, name: str) -> int | None:
        """The stored speaker `name` denotes, or None. Pure."""
        key = _institution_key(name)
        if key in self.by_fold:
            return self.by_fold[key]
        parts = _person_parts(name)
        if parts is None:
            return self._near_institution(key)
        first, surname = parts
        # Misspellings keep the first letter (Trevithick / Trevithik), so only those surnames are compared.
        for other in self.by_initial.get(surname[:1], ()):
            if other != surname and (len(surname) < 5 or fuzz.ratio(surname, other) < SURNAME_FUZZY_MIN):
                continue
            for sid, their_first in self.by_surname[other]:
                if not first or not their_first or first == their_first:
                    return sid
        return self._near_institution(key)

    def _near_institution(self, key: str) -> int | None:
        """A name spelt nearly alike as a whole ("Defense" / "Defence Ministry"), same first letter."""
        if len(key) < INSTITUTION_MIN_CHARS:
            return None
        for other in self.keys_by_initial.get(key[:1], ()):
            if len(other) >= INSTITUTION_MIN_CHARS and fuzz.ratio(key, other) >= INSTITUTION_FUZZY_MIN:
                return self.by_fold[other]
        return None

    def resolve(self, speaker: dict[str, Any]) -> int:
        name = speaker["name"]
        sid = self.match(name)
        if sid is None:
            cur = self.conn.execute(
                "INSERT INTO speakers (name, role, affiliation) VALUES (?, ?, ?)",
                (name, speaker.get("role"), speaker.get("affiliation")),
            )
            sid = int(cur.lastrowid or 0)
            self.filled[sid] = (len(name), speaker.get("role") is not None, speaker.get("affiliation") is not None)
        else:
            self._improve(sid, speaker)
        new = [n for n in dict.fromkeys([name, *(speaker.get("aliases") or [])]) if (sid, n) not in self.stored]
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity, entity_id, alias, fold) VALUES ('speaker', ?, ?, ?)",
            [(sid, n, fold(n)) for n in new],
        )
        for n in new:
            self.stored.add((sid, n))
            self._index(sid, n)
        return sid

    def _improve(self, sid: int, speaker: dict[str, Any]) -> None:
        """Keep the fullest name seen and fill a missing role or affiliation."""
        length, has_role, has_affiliation = self.filled[sid]
        gains = (len(speaker["name"]) > length, not has_role and speaker.get("role"),
                 not has_affiliation and speaker.get("affiliation"))
        if not any(gains):
            return
        self.filled[sid] = (max(length, len(speaker["name"])), has_role or speaker.get("role") is not None,
                            has_affiliation or speaker.get("affiliation") is not None)
        self.conn.execute(
            """UPDATE speakers SET name = CASE WHEN length(?) > length(name) THEN ? ELSE name END,
                   role = coalesce(role, ?), affiliation = coalesce(affiliation, ?) WHERE id = ?""",
            (speaker["name"], speaker["name"], speaker.get("role"), speaker.get("affiliation"), sid),
        )


class EquipmentResolver:
    """Get-or-create equipment rows by designation key, cached in memory with the spellings stored."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.load()

    def load(self) -> None:
        self.by_key: dict[str, int] = dict(self.conn.execute("SELECT key, id FROM equipment").fetchall())
        self.stored: set[tuple[int, str]] = set(
            self.conn.execute("SELECT entity_id, alias FROM aliases WHERE entity = 'equipment'").fetchall())

    def unstored(self, eid: int, names: set[str]) -> list[str]:
        """Those of `names` not yet stored as spellings of `eid`, now counted as stored."""
        new = sorted(n for n in names if (eid, n) not in self.stored)
        self.stored.update((eid, n) for n in new)
        return new

    def resolve(self, item: dict[str, Any]) -> int:
        key = equipment_key(item["designation"]) or item["designation"]
        eid = self.by_key.get(key)
        if eid is None:
            cur = self.conn.execute(
                "INSERT INTO equipment (designation, key, name, class, origin, in_catalog) VALUES (?, ?, ?, ?, ?, ?)",
                (item["designation"], key, item.get("name"), item.get("class"), item.get("origin"),
                 int(item.get("in_catalog", True))),
            )
            eid = self.by_key[key] = int(cur.lastrowid or 0)
        return eid
