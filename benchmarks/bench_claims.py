"""Cost of the claim layer: extraction time with and without ``build_claims`` over the test corpus.

Prints CPU seconds (one core) for sentences + quantities + times + places, for the claim layer on top, and the
share the claim layer adds (the target is 30% or less). Run: ``.venv/bin/python benchmarks/bench_claims.py
[--docs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from claimledger.extract import claims, places, quantities, sentences, times

CORPUS = (
    Path(os.environ.get("CLAIMLEDGER_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
    / "corpus"
    / "war-news-2022-2024"
    / "articles.jsonl"
)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=0, help="only the first N articles (0: all)")
    args = parser.parse_args()
    if not CORPUS.is_file():
        _say(f"test corpus not found at {CORPUS}: nothing to measure")
        return
    with CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if args.docs:
        records = records[: args.docs]
    extracted = []
    started = time.process_time()
    for record in records:
        text = record["text"]
        published = date.fromisoformat(record["published"][:10]) if record.get("published") else None
        sents = sentences.split_sentences(text)
        found = (
            tuple(quantities.extract_quantities(text, sents)),
            tuple(times.extract_times(text, sents, published=published)),
            tuple(places.extract_places(text, sents)),
        )
        extracted.append((text, sents, found))
    base = time.process_time() - started
    started = time.process_time()
    count = 0
    for text, sents, (qs, ts, ps) in extracted:
        count += len(claims.build_claims(text, sents, qs, ts, ps))
    layer = time.process_time() - started
    words = sum(len(r["text"].split()) for r in records)
    _say(f"documents: {len(records)}, words: {words}, claims: {count}")
    _say(f"extraction without claims: {base:.2f} s ({words / base:,.0f} words/s)")
    _say(f"claim layer ({claims.NAME}):  {layer:.2f} s ({words / layer:,.0f} words/s)")
    _say(f"claim layer adds {100 * layer / base:.1f}% to extraction time (target: at most 30%)")


if __name__ == "__main__":
    main()
