"""Benchmark the knowledge base on one core: ingest throughput, size, query latency, memory.

Generates a corpus (half synthetic template articles, half shuffled sentences of the bundled
example articles, every one unique), ingests it into a fresh database with extraction
included, and prints figures; asserts nothing.

    .venv/bin/python scripts/bench_ingest.py [--articles 20000] [--db /tmp/bench.db]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from basewatch.cli import CLAIMS_LIMIT
from basewatch.extract.normalize import make_doc
from basewatch.ingest.corpus import Ingester
from basewatch.ingest.readers import text_article
from basewatch.ingest.synthetic import article as synthetic_article
from basewatch.model import RawArticle
from basewatch.query import views
from basewatch.store import open_db

ROOT = Path(__file__).resolve().parents[1]
CHECKPOINTS = (1000, 2000, 5000, 10000, 20000, 50000)


def example_sentences() -> list[str]:
    sentences = []
    for path in sorted((ROOT / "examples").rglob("*.txt")):
        raw = text_article(path.read_text(encoding="utf-8"), str(path))
        doc = make_doc(raw.text)
        sentences += [doc.norm[s:e].strip() for s, e in doc.sentences if e - s > 30]
    return sentences


def corpus(n: int, seed: int = 11) -> Iterator[RawArticle]:
    """`n` unique articles: even ones from templates, odd ones from shuffled example sentences."""
    rng = random.Random(seed)
    pool = example_sentences()
    for serial in range(n):
        if serial % 2 == 0:
            rec = synthetic_article(serial, seed)
            yield RawArticle(rec["text"], rec["url"], rec["title"], rec["published"], rec["source"], f"gen:{serial}")
            continue
        picked = rng.sample(pool, rng.randint(8, 20))
        paragraphs = [" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)]
        year = 2015 + serial % 9
        yield RawArticle(
            text=f"Bulletin {serial}.\n\n" + "\n\n".join(paragraphs), url=f"https://bench.example.org/{serial}",
            title=f"Bulletin {serial}", published=f"{year}-{1 + serial % 12:02d}-{1 + serial % 28:02d}",
            source=f"Outlet {serial % 40}", origin=f"gen:{serial}",
        )


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1048576


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def latency_ms(call: Callable[[], Any], repeat: int = 15) -> tuple[float, float, float]:
    """(median wall, max wall, median CPU) time of `call` in milliseconds."""
    times, cpu = [], []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        call()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return statistics.median(times), max(times), statistics.median(cpu)


class TimedPipeline:
    """Wraps the pipeline to split ingest time into extraction and everything else (store, resolve)."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.seconds = 0.0

    def extract(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        start = time.perf_counter()
        try:
            return dict(self.pipeline.extract(*args, **kwargs))
        finally:
            self.seconds += time.perf_counter() - start

    def extract_many(self, articles: list[RawArticle]) -> list[dict[str, Any]]:
        start = time.perf_counter()
        try:
            return list(self.pipeline.extract_many(articles))
        finally:
            self.seconds += time.perf_counter() - start


def ingest_bench(db: Path, n: int) -> None:
    ingester = Ingester(db)
    timed = TimedPipeline(ingester.pipeline)
    ingester.pipeline = timed  # type: ignore[assignment]
    chars = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    # CPU seconds give the one-core rate even when other processes share the machine.
    print(f"{'articles':>9} {'art/s':>7} {'cpu art/s':>9} {'MB/s':>6} {'extract ms':>10} {'store ms':>8}"
          f" {'rss MB':>7} {'peak MB':>8}")
    for done, raw in enumerate(corpus(n), 1):
        chars += len(raw.text)
        ingester.add(raw)
        if done in CHECKPOINTS or done == n:
            elapsed = time.perf_counter() - start
            per_extract = timed.seconds / done * 1000
            per_rest = (elapsed - timed.seconds) / done * 1000
            cpu = time.process_time() - cpu_start
            rate = f"{done:>9} {done / elapsed:>7.0f} {done / cpu:>9.0f} {chars / elapsed / 1e6:>6.2f}"
            print(f"{rate} {per_extract:>10.2f} {per_rest:>8.2f} {rss_mb():>7.0f} {peak_mb():>8.0f}")
    ingester.close()
    report = ingester.report
    total, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(f"ingest: {report.summary()} in {total:.1f} s ({cpu:.1f} CPU s: {n / cpu:.0f} art/s on one core), "
          f"{chars / n:.0f} chars/article; "
          f"extraction {timed.seconds / total:.0%} of the time; without it {n / (total - timed.seconds):.0f} art/s")


def size_bench(db: Path, n: int) -> None:
    conn = open_db(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    print(f"database: {size / 1048576:.1f} MB, {size / n / 1024:.1f} KB per article")


def query_bench(db: Path) -> None:
    conn = open_db(db, readonly=True)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("facilities", "sightings", "runways", "claims", "mentions")}
    print("rows:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    busiest = conn.execute(
        "SELECT f.name FROM sightings s JOIN facilities f ON f.id = s.facility_id GROUP BY s.facility_id "
        "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("facilities (table)", lambda: views.facility_table(conn)),
        ("facilities --json (all)", lambda: [views.facility_json(r) for r in views.facilities(conn)]),
        ("facilities --country SY", lambda: views.facility_table(conn, country="SY")),
        ("facilities --since 2022", lambda: views.facility_table(conn, since="2022")),
        (f"facility '{busiest}' (busiest)", lambda: views.dossier(conn, busiest, why=False)),
        (f"facility '{busiest}' --why", lambda: views.dossier(conn, busiest)),
        ("facility 'Khmeimim' (a spelling)", lambda: views.dossier(conn, "Khmeimim", why=False)),
        ("facility 'Camp Lemonier' (misspelt)", lambda: views.dossier(conn, "Camp Lemonier", why=False)),
        ("claims --speaker Trevithik", lambda: views.claims(conn, speaker="Trevithik", limit=CLAIMS_LIMIT)),
        ("claims --speaker Trevithik --limit 0", lambda: views.claims(conn, speaker="Trevithik")),
        ("timeline --facility Hmeimim", lambda: views.timeline(conn, facility="Hmeimim")),
        ("search 'runway bombers'", lambda: views.search(conn, "runway bombers")),
    ]
    for label, call in cases:
        median, worst, cpu = latency_ms(call)
        print(f"  {label:<40} median {median:7.1f} ms   max {worst:7.1f} ms   cpu {cpu:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--db", type=Path, help="database file (default: a fresh one in a temp folder)")
    parser.add_argument("--queries-only", action="store_true", help="time the queries on an existing --db")
    args = parser.parse_args()
    if args.queries_only and args.db:
        query_bench(args.db)
        return
    db = args.db or Path(tempfile.mkdtemp(prefix="bw-bench-")) / "bench.db"
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    print(f"one core, {args.articles} articles -> {db}")
    ingest_bench(db, args.articles)
    size_bench(db, args.articles)
    query_bench(db)


if __name__ == "__main__":
    main()
