"""Every output validates against the shared basewatch/article@1 JSON Schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from basewatch.ingest.readers import text_article
from conftest import EXAMPLES
from spans import check_spans

ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def test_seed_validates(shared: Path, pipeline: Any, validate: Any) -> None:
    text = (shared / "seed" / "syria-bases.txt").read_text(encoding="utf-8")
    result = pipeline.extract(text, published="2021-03-01")
    validate(result)
    check_spans(text, result)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_examples_validate(path: Path, pipeline: Any, validate: Any) -> None:
    article = text_article(path.read_text(encoding="utf-8"), str(path))
    result = pipeline.extract(article.text, published=article.published, url=article.url, title=article.title)
    validate(result)
    check_spans(article.text, result)
