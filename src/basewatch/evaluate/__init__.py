"""Evaluators: run components on public benchmark cases and golden sets and print scores."""

import argparse
from pathlib import Path

# The folder beside the checkout, as these evaluators are run from its root: found from the working
# directory, since an installed package no longer sits inside the checkout.
DEFAULT_SHARED = Path.cwd().parent / "shared"


def existing(value: str) -> Path:
    """An argparse type for the shared folder or a corpus file: one line and exit 2 when it is absent."""
    path = Path(value)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"{path} does not exist; run from the checkout root or pass the path")
    return path
