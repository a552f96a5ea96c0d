"""Ingesting a corpus: find article files, read them, extract, and store in batches.

One transaction per batch: a crash or SIGKILL leaves the database as of the last committed
batch, and a re-run skips what is stored (the article id is the digest of its normalised
text), so it carries on where it stopped.
"""

from __future__ import annotations

import glob
import gzip
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from basewatch.errors import InputError, StoreError
from basewatch.extract.normalize import normalise
from basewatch.extract.serialise import article_id
from basewatch.ingest.feeds import feed_articles, looks_like_feed
from basewatch.ingest.readers import iter_jsonl_lines, read_article, read_bytes
from basewatch.model import RawArticle
from basewatch.store.db import open_db
from basewatch.store.write import ArticleWriter

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".rss", ".atom", ".xml")
# Fewer, larger transactions rewrite each index page less often; a crash loses at most one batch.
BATCH_ARTICLES = 1000
BATCH_SECONDS = 5.0
# Articles extracted together: enough to keep caches warm, few enough that progress stays smooth.
EXTRACT_ARTICLES = 64
_GLOB_CHARS = frozenset("*?[")


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    known: int = 0
    failures: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return f"{self.new} new, {self.known} already known, {self.failed} failed"


def _is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(ARTICLE_SUFFIXES) and not name.startswith(".")


def expand(paths: Iterable[str]) -> tuple[list[Path], list[InputError]]:
    """Article files named by `paths` (files, folders searched recursively, globs), sorted, and misses."""
    files: dict[Path, None] = {}
    missing: list[InputError] = []
    for spec in paths:
        is_glob = bool(_GLOB_CHARS & set(spec))
        matches = [Path(p) for p in sorted(glob.glob(spec, recursive=True))] if is_glob else [Path(spec)]
        if not matches or not matches[0].exists():
            missing.append(InputError(spec, "no such file or folder"))
            continue
        for path in matches:
            if path.is_dir():
                files.update((p, None) for p in sorted(path.rglob("*")) if p.is_file() and _is_article_file(p))
            else:
                files[path] = None
    return list(files), missing


def _jsonl_gz(path: Path) -> Iterator[RawArticle | InputError]:
    try:
        with gzip.open(path, "rb") as handle:
            yield from iter_jsonl_lines(iter(handle), str(path))
    except (OSError, EOFError, zlib.error) as err:
        yield InputError(str(path), f"cannot decompress ({err})")


def read_file(path: Path) -> Iterator[RawArticle | InputError]:
    """Every article in one file; an unreadable file or line yields an `InputError` instead."""
    name = path.name.lower()
    try:
        if name.endswith(".jsonl.gz"):
            yield from _jsonl_gz(path)
        elif name.endswith(".jsonl"):
            with path.open("rb") as handle:
                yield from iter_jsonl_lines(iter(handle), str(path))
        elif name.endswith((".rss", ".atom", ".xml")) or looks_like_feed(read_bytes(path)[:2048]):
            yield from feed_articles(read_bytes(path), str(path))
        else:
            yield read_article(path)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(str(path), f"cannot read ({err.strerror or err})")


class Ingester:
    """Extracts and stores articles into one database, committing every batch.

    New articles wait in a small buffer and are extracted together (`Pipeline.extract_many`), so
    each component's patterns stay in the processor's caches; `commit()` and `close()` flush it.
    """

    def __init__(self, db: str | Path, batch: int = BATCH_ARTICLES) -> None:
        from basewatch.extract import default_pipeline

        self.conn = open_db(db)
        self.writer = ArticleWriter(self.conn)
        self.pipeline = default_pipeline()
        self.batch = batch
        self.report = IngestReport()
        self._pending = 0
        self._opened = 0.0
        self._buffer: dict[str, tuple[RawArticle, str]] = {}
        self._data_version = self.conn.execute("PRAGMA data_version").fetchone()[0]

    def add(self, raw: RawArticle) -> None:
        # The id is the digest of the normalised text; normalising alone is cheap, a whole Doc is not.
        norm, _ = normalise(raw.text)
        aid = article_id(norm)
        if aid in self._buffer or self.writer.known(aid):
            self.report.known += 1
            return
        self._buffer[aid] = (raw, norm)
        if len(self._buffer) >= EXTRACT_ARTICLES:
            self._flush()

    def _flush(self) -> None:
        waiting, self._buffer = list(self._buffer.values()), {}
        for (raw, norm), result in zip(waiting, self._extract([raw for raw, _ in waiting]), strict=True):
            if result is not None:
                self._store(raw, result, norm)

    def _extract(self, raws: list[RawArticle]) -> Sequence[dict[str, Any] | None]:
        """Results in order; when the batch fails, each article alone, so one bad article costs only itself."""
        try:
            return self.pipeline.extract_many(raws)
        except Exception:  # retried one by one, where the culprit gets named
            return [self._extract_one(raw) for raw in raws]

    def _extract_one(self, raw: RawArticle) -> dict[str, Any] | None:
        try:
            return self.pipeline.extract(raw.text, published=raw.published, url=raw.url, title=raw.title,
                                         publisher=raw.source)
        except Exception as err:  # one bad article must not stop a corpus
            self.report.failures.append(InputError(raw.origin, f"extraction failed ({type(err).__name__}: {err})"))
            return None

    def _store(self, raw: RawArticle, result: dict[str, Any], norm: str) -> None:
        if not self._pending:
            self.conn.execute("BEGIN IMMEDIATE")
            self._opened = time.monotonic()
            self._resync()
        self.writer.store(raw, result, norm)
        self._pending += 1
        self.report.new += 1
        if self._pending >= self.batch or time.monotonic() - self._opened > BATCH_SECONDS:
            self._commit_pending()

    def _resync(self) -> None:
        """Reload the writer's in-memory indexes if another connection committed since we last looked."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._data_version = version
            self.writer.reload()

    def commit(self) -> None:
        """Extract and store what is buffered, then commit."""
        self._flush()
        self._commit_pending()

    def _commit_pending(self) -> None:
        if self._pending:
            self.conn.execute("COMMIT")
            self._pending = 0

    def rollback(self) -> None:
        self._buffer = {}
        if self._pending:
            self.conn.execute("ROLLBACK")
            self.report.new -= self._pending
            self._pending = 0
            self.writer.reload()

    def close(self) -> None:
        self.commit()
        self.conn.close()


def ingest_files(files: Iterable[Path], db: str | Path, missing: Iterable[InputError] = (),
                 on_file: Callable[[Path], None] | None = None) -> IngestReport:
    """Ingest every article in `files` into `db`; `on_file` is called after each file (progress)."""
    ingester = Ingester(db)
    ingester.report.failures.extend(missing)
    try:
        for path in files:
            for item in read_file(path):
                if isinstance(item, InputError):
                    ingester.report.failures.append(item)
                else:
                    ingester.add(item)
            if on_file:
                on_file(path)
    except sqlite3.OperationalError as err:
        ingester.rollback()
        raise StoreError(f"{db}: {err}; is another `basewatch ingest` writing to it? Committed batches are kept, "
                         "run the same command again to carry on") from None
    except BaseException:
        ingester.rollback()
        raise
    finally:
        ingester.close()
    return ingester.report


def ingest(paths: Iterable[str], db: str | Path) -> IngestReport:
    """Ingest every article file under `paths` (files, folders, globs) into `db`."""
    files, missing = expand(paths)
    return ingest_files(files, db, missing)
