"""The golden knowledge base: examples/corpus/ ingested, compared with the reviewed expected file.

Resolution is held strictly (every spelling of a facility joins one entry; two real facilities
never share one); dossier facts, which depend on extraction, are scored per field against
floors pinned in tests/golden/kb/floors.json, and the scores are printed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from basewatch.ingest.corpus import ingest
from basewatch.query.history import disagreements
from basewatch.resolve.entities import equipment_key
from basewatch.resolve.names import core, fold
from basewatch.store import get_facility, open_db
from conftest import GOLDEN, ROOT

EXPECTED = json.loads((GOLDEN / "kb" / "corpus.expected.json").read_text(encoding="utf-8"))
FLOORS = json.loads((GOLDEN / "kb" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    db = tmp_path_factory.mktemp("kb") / "golden.db"
    report = ingest([str(ROOT / EXPECTED["corpus"])], db)
    assert (report.new, report.failed) == (EXPECTED["articles"], 0), report.failures
    return open_db(db)


def spelling_ids(conn: sqlite3.Connection, entity: str, spelling: str) -> set[int]:
    """Entries of `entity` with an alias of the same core name as `spelling`."""
    wanted = core(spelling) or fold(spelling)
    rows = conn.execute("SELECT entity_id, alias FROM aliases WHERE entity = ?", (entity,)).fetchall()
    return {eid for eid, alias in rows if (core(alias) or fold(alias)) == wanted}


def entry_of(conn: sqlite3.Connection, expected: dict[str, Any]) -> tuple[int | None, list[set[int]]]:
    found = [spelling_ids(conn, "facility", s) for s in expected["spellings"]]
    votes = Counter(i for ids in found for i in ids)
    return (votes.most_common(1)[0][0] if votes else None), found


def test_every_spelling_of_a_facility_joins_one_entry(kb: sqlite3.Connection) -> None:
    for expected in EXPECTED["facilities"]:
        _, found = entry_of(kb, expected)
        ids = set().union(*found)
        assert len(ids) <= 1, f"{expected['name']}: spellings spread over entries {ids}"


def test_every_spelling_of_a_speaker_joins_one_entry(kb: sqlite3.Connection) -> None:
    for expected in EXPECTED["speakers"]:
        ids = set().union(*(spelling_ids(kb, "speaker", s) for s in expected["spellings"]))
        assert len(ids) == 1, f"{expected['name']}: {ids}"


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(a, b)


def score(kb: sqlite3.Connection) -> dict[str, float]:
    """Per-field share of expected facts the knowledge base holds."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    owners: Counter[int] = Counter()
    for expected in EXPECTED["facilities"]:
        fid, _ = entry_of(kb, expected)
        totals["found"] += 1
        record = get_facility(kb, fid) if fid is not None else None
        if record is None:
            continue
        hits["found"] += 1
        owners[record.id] += 1
        for attr in ("kind", "operator", "country"):
            totals[attr] += 1
            hits[attr] += getattr(record, attr) == expected[attr]
        lengths = [r.length_m for r in record.runways if r.length_m]
        totals["runway_lengths"] += len(expected["runway_lengths_m"])
        hits["runway_lengths"] += sum(any(_close(x, y) for y in lengths) for x in expected["runway_lengths_m"])
        totals["disagreements"] += 1
        hits["disagreements"] += sorted(d.period for d in disagreements(record.runways)) == expected["disagreements"]
        keys = {equipment_key(e.designation) for e in record.equipment}
        totals["equipment"] += len(expected["equipment"])
        hits["equipment"] += sum(equipment_key(e) in keys for e in expected["equipment"])
        totals["source_count"] += 1
        hits["source_count"] += record.source_count == expected["source_count"]
    totals["distinct"] += len(EXPECTED["facilities"])
    hits["distinct"] += len(EXPECTED["facilities"]) - sum(n - 1 for n in owners.values())
    return {field: round(hits[field] / totals[field], 3) if totals[field] else 1.0 for field in totals}


def test_dossier_fields_meet_their_floors(kb: sqlite3.Connection) -> None:
    scores = score(kb)
    print("\nknowledge-base golden scores:", json.dumps(scores))
    below = {f: (s, FLOORS[f]) for f, s in scores.items() if s < FLOORS.get(f, 1.0)}
    assert not below, f"fields below their floor (score, floor): {below}"


def test_facility_table_has_one_row_per_real_facility(kb: sqlite3.Connection) -> None:
    names = [r[0] for r in kb.execute("SELECT name FROM facilities")]
    assert len(names) == len(set(names)), Counter(names).most_common(3)


def test_golden_corpus_articles_have_front_matter() -> None:
    for path in sorted((ROOT / EXPECTED["corpus"]).glob("*.txt")):
        head = path.read_text(encoding="utf-8").split("---")[1]
        for key in ("title:", "url:", "published:", "source:"):
            assert key in head, f"{path.name} lacks {key}"


def test_expected_file_is_self_consistent() -> None:
    spellings = [s for f in EXPECTED["facilities"] for s in f["spellings"]]
    assert len(spellings) == len(set(spellings))
    assert len(list(Path(ROOT / EXPECTED["corpus"]).glob("*.txt"))) == EXPECTED["articles"]
