"""Opening a knowledge-base file: WAL mode, one writer, schema migrations by `PRAGMA user_version`."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path

from basewatch.errors import StoreError

WRITER_CACHE_KB = 65536
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every migration shipped with the package, in order."""
    found = []
    for entry in resources.files("basewatch.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection) -> None:
    """Apply each missing migration in one transaction together with its version bump."""
    current = schema_version(conn)
    known = migrations()
    if known and current > known[-1][0]:
        raise StoreError(f"database schema {current} is newer than this basewatch ({known[-1][0]}); upgrade basewatch")
    for version, sql in known:
        if version > current:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")


def open_db(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the knowledge base at `path`, created and migrated unless `readonly`."""
    path = Path(path)
    if readonly and not path.exists():
        raise StoreError(f"{path}: no such database; run `basewatch ingest PATH... --db {path}` first")
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
            if 0 < schema_version(conn) < migrations()[-1][0]:
                # Queries read columns and indexes of the latest schema: upgrade a file ingested by an older basewatch.
                conn.close()
                open_db(path).close()
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            # Index inserts land all over large b-trees; a bigger page cache keeps ingest speed flat.
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
            migrate(conn)
        conn.execute("PRAGMA busy_timeout = 5000")
        if schema_version(conn) == 0:
            raise StoreError(f"{path}: not a basewatch database (no schema); ingest into it first")
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path}: cannot open as a basewatch database ({err})") from None
    conn.row_factory = sqlite3.Row
    return conn
