"""basewatch: news reporting about military installations into a sourced, dated knowledge base."""

from basewatch.extract import extract

__all__ = ["extract"]
__version__ = "0.1.0"
