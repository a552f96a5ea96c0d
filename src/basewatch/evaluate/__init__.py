"""Evaluators: run components on public benchmark cases and golden sets and print scores."""

from pathlib import Path

# The folder beside the checkout, as these evaluators are run from its root: found from the working
# directory, since an installed package no longer sits inside the checkout.
DEFAULT_SHARED = Path.cwd().parent / "shared"
