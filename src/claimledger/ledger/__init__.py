"""Ledger: storage, migrations, queries and export."""

from claimledger.ledger.store import DEFAULT_URL, DocumentSummary, Ledger, default_url

__all__ = ["DEFAULT_URL", "DocumentSummary", "Ledger", "default_url"]
