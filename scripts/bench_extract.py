"""Benchmark `extract` on one core: throughput, per-component speed, and peers side by side.

Prints figures, asserts nothing. Peers run in the same process on the same sentences:
quantulum3 for quantities and dateparser's `search_dates` for dates; accuracy of each is
scored on the golden set's hand-written expectations (tests/golden/*.expected.json).

    .venv/bin/python scripts/bench_extract.py [--articles 2000] [--peer-sentences 400]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import json
import os
import random
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from basewatch.extract.normalize import make_doc
from basewatch.extract.pipeline import Pipeline, settle_collector
from basewatch.ingest.corpus import EXTRACT_ARTICLES
from basewatch.ingest.readers import text_article
from basewatch.model import RawArticle

ROOT = Path(__file__).resolve().parents[1]
FOUNDATION = ("quantities", "dates", "equipment", "places")
BATCH = EXTRACT_ARTICLES
BATCHES = {1: "one by one, as `extract`", BATCH: f"{BATCH} at a time, as `ingest`"}
PEER_UNITS = {
    "metre": "m", "kilometre": "km", "foot": "ft", "mile": "mi", "nautical mile": "nmi",
    "kilogram": "kg", "tonne": "t", "pound-mass": "lb", "square kilometre": "km2", "square metre": "m2",
    "hectare": "ha", "kilometre per hour": "km/h", "knot": "kn", "mile per hour": "mph",
    "second": "s", "minute": "min", "hour": "h", "day": "d", "week": "week", "month": "month",
    "year": "year", "dimensionless": "count",
}


def golden_articles() -> list[tuple[RawArticle, dict[str, Any] | None]]:
    pairs = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        article = text_article(path.read_text(encoding="utf-8"), str(path))
        expected_path = ROOT / "tests" / "golden" / f"{path.stem}.expected.json"
        expected = json.loads(expected_path.read_text()) if expected_path.exists() else None
        pairs.append((article, expected))
    return pairs


def sentences_of(article: RawArticle) -> list[str]:
    doc = make_doc(article.text)
    return [doc.norm[s:e] for s, e in doc.sentences]


def synthetic_corpus(articles: list[RawArticle], n: int, seed: int = 7) -> list[RawArticle]:
    """`n` articles of 8-30 sentences drawn from the golden articles, so no two are identical."""
    rng = random.Random(seed)
    pool = [s for a in articles for s in sentences_of(a)]
    dates = [a.published for a in articles if a.published]
    return [
        RawArticle(text=" ".join(rng.choices(pool, k=rng.randint(8, 30))), published=rng.choice(dates or [None]))
        for _ in range(n)
    ]


# Not from the corpus: an opening word rare enough that the facilities component consults its word list.
WARM_UP = "Makurdi air base received new jets on Monday, the Nigerian Air Force said."


def ready(pipeline: Pipeline) -> Pipeline:
    """`pipeline` as the CLI runs it (`default_pipeline`): what it loads on first use (wordfreq's list) loaded
    by one article outside the corpus, then the garbage collector settled as `default_pipeline` settles it."""
    pipeline.extract(WARM_UP)
    settle_collector()
    return pipeline


def timed(fn: Callable[[], object]) -> float:
    """CPU seconds of this process: one core's work, steady when other processes share the machine."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def throughput(pipeline: Pipeline, corpus: list[RawArticle], batch: int = 1) -> tuple[float, float]:
    """(MB/s, articles/s): one article at a time (`extract`, as the CLI does), or `batch` at a time
    (`extract_many`, as ingest and the Dask batch path do)."""
    chars = sum(len(a.text) for a in corpus)
    def run() -> None:
        if batch == 1:
            for a in corpus:  # results streamed and dropped, as ingest and --jsonl do
                pipeline.extract(a.text, published=a.published)
            return
        for start in range(0, len(corpus), batch):
            pipeline.extract_many(corpus[start:start + batch])

    seconds = timed(run)
    return chars / seconds / 1e6, len(corpus) / seconds


def component_speeds(pipeline: Pipeline, corpus: list[RawArticle]) -> dict[str, float]:
    docs = [make_doc(a.text, published=a.published) for a in corpus]
    chars = sum(len(a.text) for a in corpus)
    speeds = {"normalise+sentences": chars / timed(lambda: [make_doc(a.text) for a in corpus]) / 1e6}
    for name, component in pipeline.components:
        speeds[name] = chars / timed(lambda c=component: [c(d) for d in docs]) / 1e6
    return speeds


EMPTY = {k: [] for k in ("facilities", "equipment", "places", "claims", "quantities", "dates", "events", "sources")}


def peer_quantities(text: str) -> dict[str, Any]:
    """quantulum3's finds as an article@1-shaped result (units mapped to ours, counts to "count")."""
    from quantulum3 import parser

    found = [
        {"text": q.surface, "value": q.value, "unit": PEER_UNITS.get(q.unit.name, q.unit.name)}
        for q in parser.parse(text)
    ]
    return EMPTY | {"quantities": found}


def peer_dates(text: str, published: str | None, expected: dict[str, Any]) -> dict[str, Any]:
    """dateparser's finds as an article@1-shaped result.

    search_dates returns full datetimes and no granularity, so a find whose text equals an
    expected date's text is cut to that date's granularity: the peer is never penalised for
    precision it could not express.
    """
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(published) if published and len(published) == 10 else None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    widths = {d["text"].lower(): len(d["resolved"]) for d in expected.get("dates", []) if d.get("resolved")}
    dates = [{"text": t, "resolved": d.date().isoformat()[: widths.get(t.lower(), 10)]} for t, d in found]
    return EMPTY | {"dates": dates}


def accuracy(golden: list[tuple[RawArticle, dict[str, Any] | None]]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 of ours and each peer, by the golden scorer's own matching rules."""
    from basewatch.evaluate.golden import score

    qpipe, dpipe = Pipeline(only=["quantities"]), Pipeline(only=["dates"])
    cases = [(a, e) for a, e in golden if e is not None]
    runs: dict[str, tuple[str, Callable[[RawArticle, dict[str, Any]], dict[str, Any]]]] = {
        "quantities (ours)": ("quantities", lambda a, _: qpipe.extract(a.text, published=a.published)),
        "quantulum3": ("quantities", lambda a, _: peer_quantities(a.text)),
        "dates (ours)": ("dates", lambda a, _: dpipe.extract(a.text, published=a.published)),
        "search_dates": ("dates", lambda a, e: peer_dates(a.text, a.published, e)),
    }
    out = {}
    for name, (field, run) in runs.items():
        scores = score([run(a, e) for a, e in cases], [e for _, e in cases])
        out[name] = scores[field][:3]
    return out


def peer_speeds(sentences: list[tuple[str, str | None]]) -> dict[str, float]:
    from dateparser.search import search_dates
    from quantulum3 import parser

    chars = sum(len(s) for s, _ in sentences)
    qpipe, dpipe = Pipeline(only=["quantities"]), Pipeline(only=["dates"])
    base = dt.datetime(2021, 3, 1)
    return {
        "quantities (ours)": chars / best_of(lambda: [qpipe.extract(s, published=p) for s, p in sentences]),
        "quantulum3": chars / best_of(lambda: [parser.parse(s) for s, _ in sentences]),
        "dates (ours)": chars / best_of(lambda: [dpipe.extract(s, published=p) for s, p in sentences]),
        "dateparser search_dates": chars
        / best_of(lambda: [search_dates(s, languages=["en"], settings={"RELATIVE_BASE": base}) for s, _ in sentences]),
    }


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    """The fastest of `runs` timings, each after a full collection: ours take milliseconds over these sentences,
    so one collection of the heap the earlier measurements left (or a peer's first-call loading) would swamp them."""
    seconds = []
    for _ in range(runs):
        gc.collect()
        seconds.append(timed(fn))
    return min(seconds)


def build_kind() -> str:
    """Whether the extract stage runs compiled (a regular install) or as Python source (`make dev`)."""
    module = importlib.import_module("basewatch.extract.places")
    return "compiled by mypyc" if module.__file__ and not module.__file__.endswith(".py") else "pure Python"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--peer-sentences", type=int, default=400)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    golden = golden_articles()
    corpus = synthetic_corpus([a for a, _ in golden], args.articles)
    mb = sum(len(a.text) for a in corpus) / 1e6
    print(f"corpus: {len(corpus)} articles, {mb:.1f} M chars, from {len(golden)} golden articles; one core")
    print(f"extract stage: {build_kind()}")

    build = timed(lambda: Pipeline())
    print(f"pipeline build (reference data loaded once): {build:.2f} s")
    fresh = Pipeline()
    print(f"first article (loads data used on first need): {timed(lambda: fresh.extract(WARM_UP)):.2f} s")
    for label, only in (("foundation half", FOUNDATION), ("full pipeline", None)):
        for batch in (1, BATCH):
            # A fresh pipeline each time: no run starts with what another learnt (e.g. resolved names).
            mbs, aps = throughput(ready(Pipeline(only=only)), corpus, batch)
            print(f"{label:16s} {mbs:6.2f} MB/s  {aps:8.0f} articles/s  ({BATCHES[batch]})")
    print("per component (MB/s):")
    for name, speed in component_speeds(ready(Pipeline()), corpus).items():
        print(f"  {name:20s} {speed:8.2f}")

    rng = random.Random(11)
    pool = [(s, a.published) for a, _ in golden for s in sentences_of(a)]
    sample = rng.sample(pool, min(args.peer_sentences, len(pool)))
    speeds = peer_speeds(sample)
    print(f"peers on the same {len(sample)} sentences (chars/s):")
    for name, speed in speeds.items():
        print(f"  {name:26s} {speed:12.0f}")
    print(f"  speed ratio quantities/quantulum3:     {speeds['quantities (ours)'] / speeds['quantulum3']:.1f}x")
    print(f"  speed ratio dates/search_dates:        {speeds['dates (ours)'] / speeds['dateparser search_dates']:.1f}x")

    print("accuracy on the golden set (precision / recall / F1):")
    for name, (p, r, f) in accuracy(golden).items():
        print(f"  {name:20s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
