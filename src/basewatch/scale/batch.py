"""Batch extraction: many articles through the pipeline, embedded or on a Dask cluster.

Each worker process builds the pipeline once (`default_pipeline` is cached per process), so
reference data is loaded once per worker, not once per task. Articles travel in chunks to
keep scheduling overhead small next to extraction work; results come back in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from basewatch.extract import default_pipeline
from basewatch.model import RawArticle

if TYPE_CHECKING:
    from distributed import Client

CHUNK = 64


def extract_chunk(articles: list[RawArticle]) -> list[dict[str, Any]]:
    """Extract every article of one chunk with this process's pipeline."""
    return default_pipeline().extract_many(articles)


def _chunks(articles: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_batch(
    articles: Iterable[RawArticle],
    client: Client | None = None,
    chunk_size: int = CHUNK,
    max_in_flight: int = 16,
) -> Iterator[dict[str, Any]]:
    """`basewatch/article@1` dicts for `articles`, in order; on `client`'s cluster when given.

    At most `max_in_flight` chunks are submitted ahead of the consumer, so memory stays flat
    however long the input is.
    """
    if client is None:
        for chunk in _chunks(articles, chunk_size):
            yield from extract_chunk(chunk)
        return
    pending = []
    for chunk in _chunks(articles, chunk_size):
        pending.append(client.submit(extract_chunk, chunk, pure=False))
        if len(pending) >= max_in_flight:
            yield from pending.pop(0).result()
    for future in pending:
        yield from future.result()
