"""Scale-out on a real Dask LocalCluster gives exactly what the embedded path gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from basewatch.ingest.readers import text_article
from basewatch.model import RawArticle
from basewatch.scale.batch import extract_batch
from conftest import EXAMPLES


def articles() -> list[RawArticle]:
    found = [text_article(p.read_text(encoding="utf-8"), str(p)) for p in sorted(EXAMPLES.glob("*.txt"))]
    extra = [
        RawArticle(text=f"Report {i}: the runway at the air base was extended by {i * 10} meters last year.",
                   published="2021-03-01")
        for i in range(40)
    ]
    return found + extra


@pytest.mark.slow
def test_local_cluster_matches_embedded(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    batch = articles()
    embedded = list(extract_batch(batch))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            local_directory=str(tmp_path),
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        scaled = list(extract_batch(batch, client=client, chunk_size=7, max_in_flight=3))
    assert len(scaled) == len(batch)
    assert scaled == embedded
