"""End to end over the shared corpus: ingest, extract, check and store, with time per stage and peak memory.

Run: ``.venv/bin/python benchmarks/bench_pipeline.py`` (needs ../shared; prints figures, asserts nothing).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "war-news-2022-2024" / "articles.jsonl"


def main() -> None:
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}")
        return
    from claimledger import Ledger, check, extract
    from claimledger.extract.sentences import split_sentences
    from claimledger.ingest import read_inputs
    from claimledger.models import Document
    from claimledger.pipeline import add_to_ledger

    started = time.perf_counter()
    docs = [d for d in read_inputs([CORPUS]) if isinstance(d, Document)]
    ingest = time.perf_counter() - started
    words = sum(len(d.text.split()) for d in docs)
    split_sentences(docs[0].text)  # load spaCy's blank pipeline outside the timings

    started = time.perf_counter()
    extractions = [extract(d) for d in docs]
    extracting = time.perf_counter() - started
    started = time.perf_counter()
    for e in extractions:
        check(e)
    checking = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with Ledger(f"sqlite:///{folder}/bench.db") as ledger:
            outcomes = list(add_to_ledger([CORPUS], ledger, command="bench"))
        end_to_end = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} records, {words:,} words (one process, one core)")
    print(f"ingest (read, decode, language):  {ingest:6.2f} s  {words / ingest:>10,.0f} words/s")
    print(f"extract (all components):         {extracting:6.2f} s  {words / extracting:>10,.0f} words/s")
    print(f"check (all rules):                {checking:6.2f} s  ({checking / extracting:.0%} of extraction)")
    print(
        f"add to SQLite, end to end:        {end_to_end:6.2f} s  {len(outcomes) / end_to_end:>10,.1f} docs/s"
    )
    print(f"peak resident memory:             {peak_mb:6.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
