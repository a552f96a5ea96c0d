"""`basewatch ingest`: idempotent, resumable after SIGKILL, bad files reported and skipped."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from basewatch.ingest.corpus import expand, ingest
from basewatch.ingest.synthetic import write_jsonl

BASEWATCH = [sys.executable, "-m", "basewatch.cli"]
COUNTED = ("articles", "facilities", "sightings", "aliases", "mentions", "runways", "claims", "speakers", "events",
           "equipment", "facility_equipment")

ARTICLE = """---
title: Runway works at Hmeimim
url: https://example.org/hmeimim-runway
published: 2021-02-10
source: Example Wire
---
Russia has rebuilt the western runway at Hmeimim air base in Syria, satellite images show.
The runway is now about 3,000 meters long, officials said last week.
"""

PAGE = """<!doctype html><html><head><title>Drones at Chabelley</title>
<meta property="og:site_name" content="Horn Daily"></head><body><article><h1>Drones at Chabelley</h1>
<p>US Air Force MQ-9 Reaper drones have returned to Chabelley Airfield in Djibouti, local officials said on Monday.</p>
<p>The airfield, about ten kilometres south-west of the capital, was expanded in 2015 with new hangars.</p>
</article></body></html>
"""

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Base Watch Feed</title>
<item><title>New runway at al Shaddadi</title><link>https://example.org/feed/1</link>
<pubDate>Tue, 02 Feb 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;A 1,200-meter runway was completed at the US base in al Shaddadi.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/feed/2</link><description></description></item>
</channel></rss>
"""


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BASEWATCH, *args], capture_output=True, text=True, timeout=600, cwd=cwd)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "hmeimim.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "nested" / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "nested" / "feed.rss").write_bytes(FEED)
    records = [
        {"text": "Chinese engineers extended the pier at Ream Naval Base in Cambodia.", "published": "2022-06-08",
         "source": "Harbour Times", "url": "https://example.org/ream"},
        {"text": "US crews resurfaced the runway at Camp Lemonnier in Djibouti.", "published": "2023-01-04"},
    ]
    with gzip.open(folder / "nested" / "more.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in records)
    (folder / "notes.md").write_text("not an article type; folders only take article files")
    return folder


def test_folder_ingest_reads_every_kind_and_is_idempotent(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    first = run("ingest", str(corpus), "--db", str(db))
    assert first.stdout.strip() == "5 new, 0 already known, 1 failed", first.stderr
    assert "feed.rss: entry 2: no text in content or summary" in first.stderr
    assert first.returncode == 2
    before = counts(db)
    second = run("ingest", str(corpus), "--db", str(db))
    assert second.stdout.strip() == "0 new, 5 already known, 1 failed"
    assert counts(db) == before
    conn = sqlite3.connect(db)
    meta = conn.execute("SELECT title, url, published, outlet FROM articles WHERE url LIKE '%hmeimim%'").fetchone()
    assert meta == ("Runway works at Hmeimim", "https://example.org/hmeimim-runway", "2021-02-10", "Example Wire")
    feed = conn.execute("SELECT published, outlet FROM articles WHERE url = 'https://example.org/feed/1'").fetchone()
    assert feed == ("2021-02-02", "Base Watch Feed")
    page = conn.execute("SELECT title, outlet FROM articles WHERE origin LIKE '%page.html'").fetchone()
    assert page == ("Drones at Chabelley", "Horn Daily")


def test_same_text_in_two_files_is_stored_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Russia has", "Russia\u00a0has"), encoding="utf-8")
    report = ingest([str(tmp_path / "*.txt")], tmp_path / "kb.db")
    assert (report.new, report.known, report.failed) == (1, 1, 0)


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Base a\xe9rienne de Djibouti".encode("latin-1"))
    (folder / "lines.jsonl").write_text('{"text": "A fine line about Incirlik Air Base."}\n{not json\n[1, 2]\n')
    (folder / "broken.xml").write_bytes(b"<?xml version='1.0'?><rss><channel><item><title>x</titl></rss>")
    (folder / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    proc = run("ingest", str(folder), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "kb.db"))
    assert proc.returncode == 2
    assert proc.stdout.strip() == "2 new, 0 already known, 8 failed"
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 8 and "Traceback" not in proc.stderr
    expected = ["binary.txt: looks like a binary", "empty.txt: the file is empty", "latin1.txt: not valid UTF-8",
                "lines.jsonl:2: not valid JSON", "lines.jsonl:3: expected a JSON object", "broken.xml: not a valid",
                "broken.jsonl.gz: cannot decompress", "missing.txt: no such file"]
    for fragment in expected:
        assert any(fragment in line for line in lines), (fragment, lines)


def test_expand_takes_files_folders_and_globs(corpus: Path) -> None:
    files, missing = expand([str(corpus), str(corpus / "*.txt"), str(corpus / "nope*")])
    assert sorted(p.name for p in files) == ["feed.rss", "hmeimim.txt", "more.jsonl.gz", "page.html"]
    assert [m.where for m in missing] == [str(corpus / "nope*")]


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "big.jsonl", 1500)
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    assert run("ingest", str(source), "--db", str(whole)).returncode == 0
    proc = subprocess.Popen([*BASEWATCH, "ingest", str(source), "--db", str(killed)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if killed.exists():
            try:
                with sqlite3.connect(killed, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 300:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; use a bigger corpus"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = counts(killed)
    assert 0 < partial["articles"] < 1500
    with sqlite3.connect(killed) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute("SELECT count(*) FROM sightings WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans.fetchone()[0] == 0
    rerun = run("ingest", str(source), "--db", str(killed))
    assert rerun.stdout.strip() == f"{1500 - partial['articles']} new, {partial['articles']} already known, 0 failed"
    assert counts(killed) == counts(whole)


def test_two_ingesters_in_turn_share_one_facility(tmp_path: Path) -> None:
    from basewatch.ingest.corpus import Ingester, read_file

    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    db = tmp_path / "kb.db"
    first = Ingester(db)
    first.add(next(read_file(corpus / "nagurskoye-2019.txt")))  # type: ignore[arg-type]
    first.commit()
    ingest([str(corpus / "ream-2022-groundbreaking.txt")], db)
    first.add(next(read_file(corpus / "ream-2023-corvettes.txt")))  # type: ignore[arg-type]
    first.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM facilities WHERE name LIKE 'Ream%'").fetchone()[0] == 1


def test_an_article_that_breaks_extraction_costs_only_itself(tmp_path: Path) -> None:
    from basewatch.extract.pipeline import Pipeline
    from basewatch.ingest.corpus import Ingester
    from basewatch.model import RawArticle

    class Fragile(Pipeline):
        """The real pipeline, except that it fails on one article, as a bug in a component would."""

        def extract(self, text: str, published: str | None = None, url: str | None = None,
                    title: str | None = None, publisher: str | None = None) -> dict[str, Any]:
            if "BREAK" in text:
                raise ValueError("broken component")
            return super().extract(text, published=published, url=url, title=title, publisher=publisher)

        def extract_many(self, articles: Iterable[RawArticle]) -> list[dict[str, Any]]:
            return [self.extract(a.text, a.published, a.url, a.title, a.source) for a in articles]

    ingester = Ingester(tmp_path / "kb.db")
    ingester.pipeline = Fragile()
    texts = [f"Article {n}: US crews resurfaced the runway at Camp Lemonnier in Djibouti." for n in range(5)]
    for n, text in enumerate([*texts[:2], "BREAK " + texts[2], *texts[3:]]):
        ingester.add(RawArticle(text, origin=f"a{n}"))
    ingester.close()
    assert ingester.report.summary() == "4 new, 0 already known, 1 failed"
    assert "a2: extraction failed (ValueError: broken component)" in str(ingester.report.failures[0])
    assert counts(tmp_path / "kb.db")["articles"] == 4
