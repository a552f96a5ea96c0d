"""A batch through the pipeline gives what the articles give one by one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from basewatch.extract import wordscan
from basewatch.extract.literals import LITERALS
from basewatch.ingest.readers import text_article

_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_extract_many_matches_extract(pipeline: Any) -> None:
    articles = [text_article(p.read_text(encoding="utf-8"), str(p)) for p in sorted(_EXAMPLES.glob("*.txt"))[:6]]
    one_by_one = [pipeline.extract(a.text, published=a.published, url=a.url, title=a.title) for a in articles]
    assert pipeline.extract_many(articles) == one_by_one


def test_extract_keeps_nothing_of_the_article_read(pipeline: Any) -> None:
    """The shared passes let an article's hits go once it is out, rather than keeping them for later articles."""
    text = "The ministry said on Friday that two frigates had left the naval base at Tartus, officials said."
    pipeline.extract(text)
    assert LITERALS.recent == [] and LITERALS.last is None
    assert wordscan._SHARED.recent == [] and wordscan._SHARED.last is None
