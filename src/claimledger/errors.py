"""One exception base for the library, with a subclass per stage.

Each message says what went wrong and what to do next; the CLI prints it as one line.
"""

from __future__ import annotations


class ClaimLedgerError(Exception):
    """Base of every error the library raises on purpose."""


class IngestError(ClaimLedgerError):
    """An input cannot become a document: empty, binary, too big, undecodable, unsupported language."""

    def __init__(self, origin: str, cause: str) -> None:
        super().__init__(f"{origin}: {cause}")
        self.origin = origin
        self.cause = cause


class ExtractError(ClaimLedgerError):
    """The extraction pipeline cannot run (a broken environment, never a text it finds nothing in)."""


class CheckError(ClaimLedgerError):
    """Reference data is missing or malformed."""


class LedgerError(ClaimLedgerError):
    """The ledger cannot be opened, migrated or written."""
