"""Shared fixtures: the pipeline and the places component (built once), the dates and equipment components (once a
module), the article schema, paths to shared data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Speed is measured by the benchmark scripts, not by tests: no property test fails for taking long on a busy machine.
settings.register_profile("basewatch", deadline=None)
settings.load_profile("basewatch")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden snapshot files from current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def article_schema(shared: Path) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((shared / "schema" / "article-1.schema.json").read_text())
    return schema


@pytest.fixture(scope="session")
def validate(article_schema: dict[str, Any]) -> Any:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(article_schema)

    def check(result: dict[str, Any]) -> None:
        errors = sorted(validator.iter_errors(result), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

    return check


@pytest.fixture(scope="session")
def places() -> Any:
    from basewatch.extract.places import Places

    return Places()


@pytest.fixture(scope="module")
def dates() -> Any:
    from basewatch.extract.dates import Dates

    return Dates()


@pytest.fixture(scope="module")
def equipment() -> Any:
    from basewatch.extract.equipment import Equipment

    return Equipment()


@pytest.fixture(scope="session")
def pipeline() -> Any:
    from basewatch.extract import default_pipeline

    return default_pipeline()
