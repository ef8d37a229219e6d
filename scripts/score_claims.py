"""Print the claim layer's per-field accuracy on the hand-annotated claims, with a confusion table per field.

Usage::

    .venv/bin/python scripts/score_claims.py            # accuracy and confusion tables
    .venv/bin/python scripts/score_claims.py --misses   # also every wrong label, with the start of its sentence
    .venv/bin/python scripts/score_claims.py --set development --set held-out   # only these sets

Scoring lives in ``tests/test_claims_annotated.py`` so that the test and this command report the same figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "war-news-2022-2024" / "articles.jsonl"


def _scoring() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "test_claims_annotated", ROOT / "tests" / "test_claims_annotated.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _say(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong label")
    parser.add_argument(
        "--set", action="append", dest="sets", metavar="NAME", help="score only this set (repeat)"
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"test corpus not found at {CORPUS}")
    with CORPUS.open(encoding="utf-8") as handle:
        records = {r["id"]: r for r in (json.loads(line) for line in handle if line.strip())}
    scoring = _scoring()
    for name in args.sets or scoring.SETS:
        if name not in scoring.SETS:
            sys.exit(f"unknown set {name!r}: choose from {', '.join(scoring.SETS)}")
        _report(scoring, name, scoring.score_all(records, name), misses=args.misses)


def _report(scoring: ModuleType, name: str, score: Any, *, misses: bool) -> None:
    _say(f"#### {name} set: {score.total} annotated claims, matched by sentence span: {score.matched}")
    _say("field        accuracy")
    for field in scoring.FIELDS:
        _say(f"{field:<12} {score.accuracy(field):.3f}  ({score.correct[field]}/{score.total})")
    for field in scoring.FIELDS:
        _say()
        _say(f"== {name}: {field} ==")
        _say(scoring.confusion_table(score, field))
    _say()
    _say(f"== {name}: side by what decided it ==")
    bases = sorted(
        {basis for basis, _ in score.by_basis},
        key=lambda b: -sum(n for (other, _), n in score.by_basis.items() if other == b),
    )
    for basis in bases:
        right, wrong = score.by_basis[(basis, True)], score.by_basis[(basis, False)]
        _say(f"{basis!s:<18} {right / (right + wrong):.3f}  ({right}/{right + wrong})")
    if misses:
        _say()
        for corpus_id, field, expected, got, snippet in score.misses:
            _say(f"{field:<10} gold={expected!s:<16} got={got!s:<16} {corpus_id[:30]} | {snippet}")
    _say()


if __name__ == "__main__":
    main()
