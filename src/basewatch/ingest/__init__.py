"""Ingest: read articles from txt, html, jsonl and feed files, refusing bad input clearly."""
