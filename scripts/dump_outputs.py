"""Write the extraction output of every development article and 300 benchmark articles to one JSON file.

A change meant to keep the output (speed work, refactors) is checked by dumping before and after and
comparing the two files (`cmp`): the same bytes, or it changed something.

    .venv/bin/python scripts/dump_outputs.py before.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench_extract import golden_articles, synthetic_corpus

from basewatch.extract.pipeline import default_pipeline
from basewatch.ingest.readers import text_article

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT = [
    "examples/*.txt", "tests/dev7/*.txt", "tests/dev8/*.txt", "tests/dev9/*.txt", "tests/dev10/*.txt",
    "tests/dev11/*.txt", "tests/dev12/*.txt", "tests/dev13/*.txt", "tests/dev14/*.txt", "tests/dev15/*.txt",
    "tests/dev16/*.txt", "tests/dev17/*.txt", "tests/dev18/*.txt", "tests/dev19/*.txt",
    "tests/dev20/*.txt", "tests/dev21/*.txt", "tests/dev22/*.txt", "tests/dev23/*.txt", "tests/dev24/*.txt",
    "tests/dev25/*.txt",
]


def main(out: str) -> None:
    pipeline = default_pipeline()
    found = {}
    for path in [p for pattern in DEVELOPMENT for p in sorted(ROOT.glob(pattern))]:
        article = text_article(path.read_text(encoding="utf-8"), str(path))
        # as the scorer reads it (`run_case`): the front matter's source is the publisher, whom sources leave out
        found[str(path.relative_to(ROOT))] = pipeline.extract(article.text, published=article.published,
                                                              url=article.url, title=article.title,
                                                              publisher=article.source)
    for i, article in enumerate(synthetic_corpus([a for a, _ in golden_articles()], 300)):
        found[f"bench-{i}"] = pipeline.extract(article.text, published=article.published)
    Path(out).write_text(json.dumps(found, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(f"{len(found)} documents -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
