"""The docs keep up with the code: the CLI reference is generated from --help and current."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_cli_reference_is_current() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"], timeout=120)
    assert proc.returncode == 0, "docs/cli.md is stale: run .venv/bin/python scripts/gen_cli_docs.py"


def test_readme_quick_start_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
