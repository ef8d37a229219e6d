"""Checking cost against extraction cost over the shared corpus, rule by rule, and the one-off reference load.

Measure (issue 7): checking adds no more than 50% to extraction time on the corpus.
Run: ``.venv/bin/python benchmarks/bench_checks.py`` (needs ../shared; prints figures, asserts nothing).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "war-news-2022-2024" / "articles.jsonl"
LIMIT_RATIO = 0.50


def main() -> None:
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}")
        return
    from claimledger import extract
    from claimledger.check import RULES, check, refdata, tables
    from claimledger.extract.sentences import split_sentences
    from claimledger.ingest import read_inputs
    from claimledger.models import Document

    docs = [d for d in read_inputs([CORPUS]) if isinstance(d, Document)]
    split_sentences(docs[0].text)  # load spaCy's blank pipeline outside the timings

    started = time.perf_counter()
    for load in (tables.general_staff, tables.uk_mod, tables.territory, tables.oryx, tables.population):
        load()
    tables.areas()
    tables.facts()
    loading = time.perf_counter() - started

    started = time.perf_counter()
    extractions = [extract(d) for d in docs]
    extracting = time.perf_counter() - started

    per_rule: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for name, rule in RULES.items():
        started = time.perf_counter()
        for e in extractions:
            fired[name] += len(rule(e))
        per_rule[name] = time.perf_counter() - started
    started = time.perf_counter()
    for e in extractions:
        check(e)
    checking = time.perf_counter() - started

    ratio = checking / extracting
    verdict = "within" if ratio <= LIMIT_RATIO else "OVER"
    print(f"corpus: {len(docs)} documents; reference data {len(refdata.datasets())} datasets")
    print(f"reference data load (once per process): {loading * 1000:7.1f} ms")
    print(f"extract:                                 {extracting:7.2f} s")
    print(
        f"check (all {len(RULES)} rules):                   {checking:7.2f} s  = {ratio:.1%} of extraction ({verdict} the 50% budget)"
    )
    for name in RULES:
        print(f"  {name:28} {per_rule[name] * 1000:8.1f} ms  {fired[name]:4d} checks")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
