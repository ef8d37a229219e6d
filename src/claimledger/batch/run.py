"""Distributed runs: documents are read here, analysed on Dask workers in chunks, and stored here.

One writer keeps SQLite safe and keeps the ledger's rule of one transaction per document. Documents already in
the ledger are skipped before they are sent, so re-running a batch only does the missing work. At most
``in_flight`` chunks are out at once, so memory stays bounded however large the corpus.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from claimledger.check import check
from claimledger.extract import extract
from claimledger.ingest import DEFAULT_MAX_BYTES, IngestFailure, read_inputs
from claimledger.ledger import Ledger
from claimledger.models import Document, Extraction
from claimledger.pipeline import Outcome, run_versions

log = logging.getLogger(__name__)


@contextmanager
def open_client(scheduler: str | None = None, *, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to ``scheduler`` when given, else to a local cluster of worker processes."""
    from distributed import Client, LocalCluster

    if not log.isEnabledFor(logging.INFO):  # Dask logs every start and stop at INFO
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    n_workers = workers or os.cpu_count() or 1
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client


def analyse_documents(documents: Sequence[Document]) -> list[Extraction]:
    """Extract and check a chunk of documents (the task each worker runs)."""
    return [check(extract(document)) for document in documents]


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_batch(
    paths: Iterable[Path],
    ledger: Ledger,
    *,
    client: Any,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chunk_size: int = 32,
    in_flight: int = 8,
) -> Iterator[Outcome]:
    """Analyse every new document on the cluster behind ``client`` and store the results.

    :param client: a ``distributed.Client``
    :param chunk_size: documents per task
    :param in_flight: tasks submitted at once (bounds memory)
    """
    from distributed import as_completed

    names, references = run_versions()
    run_id = ledger.start_run("batch", names, references)
    seen: set[str] = set()

    def fresh() -> Iterator[Document]:
        for item in read_inputs(paths, published=published, max_bytes=max_bytes):
            if isinstance(item, IngestFailure):
                side.append(Outcome(item.origin, "failed", cause=item.cause))
            elif item.id in seen or ledger.has(item.id):
                side.append(Outcome(item.source, "present"))
            else:
                seen.add(item.id)
                yield item

    side: list[Outcome] = []  # failures and documents already present, reported as reading reaches them
    chunks = _chunks(fresh(), chunk_size)
    first = [client.submit(analyse_documents, c, pure=False) for c in islice(chunks, in_flight)]
    pending = as_completed(first)  # type: ignore[no-untyped-call]
    for future in pending:
        yield from side
        side.clear()
        for extraction in future.result():
            added = ledger.add(extraction, run_id=run_id)
            yield Outcome(extraction.document.source, "added" if added else "present", extraction)
        following = next(chunks, None)
        if following is not None:
            pending.add(client.submit(analyse_documents, following, pure=False))  # type: ignore[no-untyped-call]
    yield from side
