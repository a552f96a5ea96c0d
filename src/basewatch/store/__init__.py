"""The SQLite knowledge base: schema migrations, the writer used by ingest, and a read API.

For readers (query, export): open a database with `open_db(path)` and read whole facilities
with `iter_facilities(conn)` / `get_facility(conn, facility_id)`, each a `FacilityRecord`
carrying aliases, runway observations, equipment sightings, the articles (id, url, alias
used) it was seen in, and its source count. Raw tables are documented in
`migrations/*.sql` (applied in order, `PRAGMA user_version` = the last one); every fact row
holds (article_id, start, end). Browse with `datasette basewatch.db -m src/basewatch/store/datasette-metadata.json`.
"""

from basewatch.store.db import open_db, schema_version
from basewatch.store.read import (
    ArticleRef,
    EquipmentSighting,
    FacilityRecord,
    RunwayObservation,
    get_facility,
    iter_facilities,
)

__all__ = [
    "ArticleRef",
    "EquipmentSighting",
    "FacilityRecord",
    "RunwayObservation",
    "get_facility",
    "iter_facilities",
    "open_db",
    "schema_version",
]
