"""Batch: extraction and checking spread over a Dask cluster, stored by one writer.

Started with ``claimledger batch``; a local cluster by default, or an existing scheduler with ``--scheduler``.
"""

from claimledger.batch.run import analyse_documents, open_client, run_batch

__all__ = ["analyse_documents", "open_client", "run_batch"]
