"""Queries over the knowledge base: finding facilities, their history and corroboration, what each query command
returns, and printing it as a table, CSV or JSON."""
