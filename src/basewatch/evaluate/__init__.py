"""Evaluators: run components on public benchmark cases and golden sets and print scores."""
