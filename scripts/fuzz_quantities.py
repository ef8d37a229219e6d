"""Fuzz the quantity extractor with mutated corpus sentences; report crashes and broken invariants.

Each round takes a real sentence from the war-news corpus (../shared, test-only data read in place) and applies
a few random mutations biased towards what the extractor parses (digits, separators, dashes, currency signs,
hedge and number words). Invariants: no exception, offsets inside the text, ``low <= high``, ``text`` equals
the span, spans in order without overlap, ids ``q1..qN``.
Run: ``.venv/bin/python scripts/fuzz_quantities.py [--n 1000000] [--seed 0]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from pathlib import Path

from claimledger.extract.quantities import extract_quantities

CORPUS = (
    Path(os.environ.get("CLAIMLEDGER_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
    / "corpus"
    / "war-news-2022-2024"
    / "articles.jsonl"
)
PIECES = [
    *"0123456789,.-–—/:%$£€₴+~ \n()",
    " about ",
    " at least ",
    " more than ",
    " up to ",
    " between ",
    " and ",
    " to ",
    " or ",
    " a day",
    " per cent",
    " million",
    "bn",
    "m",
    "k",
    " tens of thousands of ",
    " hundreds",
    " one",
    " twenty-five",
    " half",
    " a dozen",
    " km",
    "-day",
    " 1,090",
    " 2.4",
    " 24 February",
    " 2022",
    "th",
    " Su-",
    " per",
    " third",
    " point",
]


def sentences() -> list[str]:
    with CORPUS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return [s.strip() for t in texts for s in t.replace("\n", ". ").split(". ") if len(s.strip()) > 10]


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(text))
        choice = rng.random()
        if choice < 0.45:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif choice < 0.7:
            text = text[:at] + text[at + rng.randint(1, 4) :]
        elif choice < 0.9:
            text = text[:at] + rng.choice(PIECES) + text[at + 1 :]
        else:
            words = text.split(" ")
            rng.shuffle(words)
            text = " ".join(words)
    return text


def check(text: str) -> str | None:
    """None when every invariant holds, else what broke."""
    try:
        found = extract_quantities(text, ())
    except Exception:  # the point of fuzzing: any exception is a finding
        return traceback.format_exc(limit=3)
    previous = 0
    for index, q in enumerate(found, start=1):
        if q.id != f"q{index}" or not 0 <= q.start < q.end <= len(text) or q.start < previous:
            return f"bad span or id: {q}"
        if q.text != text[q.start : q.end] or q.low > q.high:
            return f"bad text or bounds: {q}"
        previous = q.end
    return None


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--n", type=int, default=1_000_000)
    args.add_argument("--seed", type=int, default=0)
    options = args.parse_args()
    if not CORPUS.is_file():
        sys.stdout.write(f"skipped: corpus not found at {CORPUS}\n")
        return
    pool = sentences()
    rng = random.Random(options.seed)
    failures = 0
    started = time.perf_counter()
    for round_ in range(options.n):
        text = mutate(rng.choice(pool), rng)
        problem = check(text)
        if problem is not None:
            failures += 1
            if failures <= 20:
                sys.stdout.write(f"round {round_}: {text!r}\n{problem}\n")
    elapsed = time.perf_counter() - started
    sys.stdout.write(f"{options.n:,} mutated sentences in {elapsed:.0f} s: {failures} failures\n")


if __name__ == "__main__":
    main()
