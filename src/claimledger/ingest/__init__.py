"""Ingest: files, HTML pages and corpora become :class:`~claimledger.models.Document` objects.

:func:`read_inputs` yields a Document or an :class:`IngestFailure` per input record, never raising for one bad
input, so that a run over many files goes on and reports each failure with its file and cause.
"""

from claimledger.ingest.documents import DEFAULT_MAX_BYTES, IngestFailure, make_document
from claimledger.ingest.readers import SUPPORTED_SUFFIXES, read_inputs, read_path

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "IngestFailure",
    "make_document",
    "read_inputs",
    "read_path",
]
