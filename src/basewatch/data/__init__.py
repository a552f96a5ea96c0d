"""Reference data shipped with the package: a cached loader for its TSV files.

Each TSV file opens with `#` comment lines naming its sources and licence, then one header
row of column names, then one entry per line. Language-bound tables carry a `lang` column.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from basewatch.errors import DataFileError


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of the TSV file `name` as dicts keyed by its header row; read once per process."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    problems: list[str] = []
    for lineno, line in enumerate(_read(name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            problems.append(f"line {lineno}: {len(cells)} cells, header has {len(header)}")
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=True)))
    if problems:
        raise DataFileError(f"{name}: " + "; ".join(problems))
    return tuple(rows)


def table_for(name: str, lang: str) -> tuple[dict[str, str], ...]:
    """Rows of a language-keyed table for `lang`, falling back to English."""
    rows = tuple(r for r in table(name) if r.get("lang") == lang)
    return rows or tuple(r for r in table(name) if r.get("lang") == "en")
