"""Batch on a local Dask cluster against the single-process `add`, over the shared corpus.

Run: ``.venv/bin/python benchmarks/bench_batch.py``. On a 2-core machine the writer shares a core with a worker,
so two workers cannot give twice the speed; the figure to watch is documents per second per worker.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "war-news-2022-2024" / "articles.jsonl"


def main() -> None:
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}")
        return
    from claimledger.batch import open_client, run_batch
    from claimledger.ledger import Ledger
    from claimledger.pipeline import add_to_ledger

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with Ledger(f"sqlite:///{folder}/add.db") as ledger:
            count = sum(1 for _ in add_to_ledger([CORPUS], ledger, command="bench"))
        single = time.perf_counter() - started
        print(f"add, one process:        {single:6.2f} s  {count / single:6.1f} docs/s")
        for workers in (1, 2):
            with open_client(workers=workers) as client:
                started = time.perf_counter()
                with Ledger(f"sqlite:///{folder}/batch{workers}.db") as ledger:
                    count = sum(1 for _ in run_batch([CORPUS], ledger, client=client))
                elapsed = time.perf_counter() - started
            print(
                f"batch, {workers} worker(s):     {elapsed:6.2f} s  {count / elapsed:6.1f} docs/s  "
                f"(x{single / elapsed:.2f} of add; cluster start not counted)"
            )


if __name__ == "__main__":
    main()
