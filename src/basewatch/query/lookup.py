"""Finding facilities in the knowledge base by id, catalog id, any spelling, or a near spelling."""

from __future__ import annotations

import sqlite3
from typing import Any

from rapidfuzz import fuzz, process

from basewatch.errors import NotFoundError
from basewatch.resolve.names import core, fold

LOOKUP_FUZZY_MIN = 80


def facility_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Ids of facilities `name` denotes: an id, a catalog id, a spelling, its core name, or a near spelling."""
    name = name.strip()
    if name.isdigit() and conn.execute("SELECT 1 FROM facilities WHERE id = ?", (int(name),)).fetchone():
        return [int(name)]
    row = conn.execute("SELECT id FROM facilities WHERE catalog_id = ?", (name,)).fetchone()
    if row:
        return [row[0]]
    exact = [r[0] for r in conn.execute(
        "SELECT DISTINCT entity_id FROM aliases WHERE entity = 'facility' AND fold = ?", (fold(name),))]
    if exact:
        return exact
    aliases = conn.execute("SELECT entity_id, alias FROM aliases WHERE entity = 'facility'").fetchall()
    wanted = core(name) or fold(name)
    by_core: dict[str, set[int]] = {}
    for fid, alias in aliases:
        by_core.setdefault(core(alias) or fold(alias), set()).add(fid)
    if wanted in by_core:
        return sorted(by_core[wanted])
    hits = process.extract(wanted, list(by_core), scorer=fuzz.ratio, score_cutoff=LOOKUP_FUZZY_MIN, limit=5)
    return sorted({fid for key, _, _ in hits for fid in by_core[key]})


def find_facility_id(conn: sqlite3.Connection, name: str) -> int:
    """The id of the one facility `name` denotes; refuses an unknown or ambiguous name, listing candidates."""
    ids = facility_ids(conn, name)
    if not ids:
        raise NotFoundError(f"no facility called {name!r}; list them with `basewatch facilities`")
    if len(ids) > 1:
        names = ", ".join(f"#{fid} {conn.execute('SELECT name FROM facilities WHERE id = ?', (fid,)).fetchone()[0]}"
                          for fid in ids[:8])
        raise NotFoundError(
            f"{name!r} could be several facilities ({names}); give the id, e.g. `basewatch facility {ids[0]}`"
        )
    return ids[0]


def since_until_sql(since: str | None, until: str | None, column: str) -> tuple[str, list[Any]]:
    """SQL conditions keeping dates in [since, until], compared at the coarser of the two granularities."""
    parts, params = [], []
    if since:
        parts.append(f"substr({column}, 1, length(?)) >= substr(?, 1, length({column}))")
        params += [since, since]
    if until:
        parts.append(f"substr({column}, 1, length(?)) <= substr(?, 1, length({column}))")
        params += [until, until]
    return " AND ".join(parts), params
