"""Run 200 benchmark articles through `Pipeline.extract` for an instruction count under callgrind.

The warm-up (wordfreq's list, indexes built on first use) goes through `extract_many`, outside the
function callgrind is told to count, so only the per-article work is measured. On a compiled build:

    valgrind --tool=callgrind --toggle-collect='CPyDef_pipeline___Pipeline___extract' \\
        --callgrind-out-file=cg.out .venv/bin/python scripts/count_instructions.py
    callgrind_annotate --inclusive=yes cg.out | head -60
"""

from __future__ import annotations

from bench_extract import WARM_UP, golden_articles, synthetic_corpus

from basewatch.extract.pipeline import default_pipeline
from basewatch.model import RawArticle

ARTICLES = 200


def main() -> None:
    corpus = synthetic_corpus([article for article, _ in golden_articles()], ARTICLES)
    pipeline = default_pipeline()
    pipeline.extract_many([RawArticle(text=WARM_UP, published=None), *corpus[:20]])
    for article in corpus:
        pipeline.extract(article.text, published=article.published)


if __name__ == "__main__":
    main()
