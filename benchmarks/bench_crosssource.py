"""The cross-source rule against a ledger: time per checked document, with and without the claim lookup.

The rule lists the same claim (type, side, period, counted thing) from other documents published within three
days. ``Ledger.published_between(..., about=...)`` asks the database for only the documents holding a claim of
the same type and side (indexed, migration 0005); before it, every document of the window was loaded. Two
ledgers are measured: the corpus with its real dates, and the same corpus all published on one day (a heavy
news day: every document is inside every window).

Run: ``.venv/bin/python benchmarks/bench_crosssource.py`` (needs ../shared; prints figures, asserts nothing).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from claimledger.models import Extraction

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "war-news-2022-2024" / "articles.jsonl"
ONE_DAY = date(2024, 2, 24)


class Unfiltered:
    """The ledger as the rule saw it before the lookup: every document of the window."""

    def __init__(self, ledger: object) -> None:
        self.ledger = ledger

    def published_between(
        self, first: date, last: date, *, about: Collection[tuple[str, str]] | None = None
    ) -> Iterator[Extraction]:
        return self.ledger.published_between(first, last)  # type: ignore[attr-defined, no-any-return]


def _measure(extractions: list[Extraction], url: str, label: str) -> None:
    from claimledger.check.crosssource import other_sources
    from claimledger.ledger import Ledger

    with Ledger(url) as ledger:
        run = ledger.start_run("bench", {}, {})
        for e in extractions:
            ledger.add(e, run_id=run)
        dated = [e for e in extractions if e.document.published]
        for name, documents in (("claim lookup", ledger), ("whole window", Unfiltered(ledger))):
            started = time.perf_counter()
            listed = sum(len(other_sources(e, documents)) for e in dated)
            took = time.perf_counter() - started
            print(
                f"{label:26} {name:13} {took / len(dated) * 1000:8.1f} ms per document"
                f"  ({len(dated)} documents, {listed} listings)"
            )


def main() -> None:
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}")
        return
    from claimledger import extract
    from claimledger.ingest import read_inputs
    from claimledger.models import Document

    docs = list({d.id: d for d in read_inputs([CORPUS]) if isinstance(d, Document)}.values())
    extractions = [extract(d) for d in docs]
    one_day = [replace(e, document=replace(e.document, published=ONE_DAY)) for e in extractions]
    with tempfile.TemporaryDirectory() as folder:
        _measure(extractions, f"sqlite:///{folder}/real.db", "corpus, real dates")
        _measure(one_day, f"sqlite:///{folder}/day.db", f"corpus, all on {ONE_DAY}")


if __name__ == "__main__":
    main()
