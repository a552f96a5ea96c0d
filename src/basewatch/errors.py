"""User-facing failures: one exception type per kind, each message says what to do next."""

from __future__ import annotations


class BasewatchError(Exception):
    """Base of every error the CLI turns into a one-line message and exit code 2."""


class InputError(BasewatchError):
    """An input file or line cannot be read as an article."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class DateFormatError(BasewatchError):
    """A --published (or front-matter) date is not YYYY, YYYY-MM or YYYY-MM-DD."""


class DataFileError(BasewatchError):
    """A reference-data file shipped with the package is malformed."""


class StoreError(BasewatchError):
    """A knowledge-base file is missing, not a basewatch database, or from a newer version."""


class NotFoundError(BasewatchError):
    """A query names a facility or speaker the knowledge base does not hold."""


class ExpectedFileError(BasewatchError):
    """An analyst's expected file (the scorer's input) is not JSON or not in the golden files' form."""
