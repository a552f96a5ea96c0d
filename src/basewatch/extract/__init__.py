"""Extraction: one article's text in, a `basewatch/article@1` dict out."""

from basewatch.extract.pipeline import Pipeline, default_pipeline, extract

__all__ = ["Pipeline", "default_pipeline", "extract"]
