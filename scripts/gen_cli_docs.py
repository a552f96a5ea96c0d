"""Write docs/cli.md from the CLI's own --help texts, so the reference never drifts.

    .venv/bin/python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is stale
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from basewatch.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def render() -> str:
    parts = [
        "# CLI reference\n",
        "Generated from `--help` by `scripts/gen_cli_docs.py`; do not edit by hand.\n",
    ]
    root = click.Context(cli, info_name="basewatch")
    parts.append(f"```\n{cli.get_help(root)}\n```\n")
    for name in cli.list_commands(root):
        command = cli.get_command(root, name)
        if command is None:
            continue
        ctx = click.Context(command, info_name=name, parent=root)
        parts.append(f"## basewatch {name}\n\n```\n{command.get_help(ctx)}\n```\n")
    return "\n".join(parts)


def main() -> None:
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text() == text else 1)
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(text)


if __name__ == "__main__":
    main()
