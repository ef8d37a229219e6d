"""Print how the extractors' current output differs from the hand-annotated golden files.

Usage::

    .venv/bin/python scripts/golden.py              # every golden article: summary table, then the misses
    .venv/bin/python scripts/golden.py 8517249905   # the articles whose slug or corpus id contains the word
    .venv/bin/python scripts/golden.py --summary    # the table only

Each difference is one line: ``-`` a gold entry the extractor missed (or got with other values), ``+`` a
prediction that matches no gold entry, ``~`` a pair matched on span and numbers whose other fields differ
(the differing fields are listed). The golden files are truth written by hand: review a difference against
the article and ``tests/golden/README.md`` before changing either side. Scoring lives in
``tests/test_golden.py``, so that the test and this command report the same figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "war-news-2022-2024" / "articles.jsonl"
QUANTITY_FIELDS = ("low", "high", "approx", "unit", "entity", "per", "kind")
TIME_FIELDS = ("value", "precision", "kind")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("test_golden", ROOT / "tests" / "test_golden.py")
    if spec is None or spec.loader is None:
        raise SystemExit("tests/test_golden.py not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _show(entry: Any, fields: tuple[str, ...]) -> str:
    if isinstance(entry, dict):
        start, end, text, values = entry["start"], entry["end"], entry["text"], {f: entry[f] for f in fields}
    else:
        start, end, text, values = entry.start, entry.end, entry.text, {f: getattr(entry, f) for f in fields}
    shown = " ".join(f"{name}={_plain(value)}" for name, value in values.items() if value is not None)
    return f"{int(start):5d}-{int(end):<5d} {text!r:45} {shown}"


def _plain(value: Any) -> str:
    return format(value, "f") if hasattr(value, "quantize") else str(value)


def _start(pair: tuple[Any, Any]) -> int:
    gold, predicted = pair
    return int(gold["start"]) if gold is not None else int(predicted.start)


def _differing(gold: dict[str, Any], predicted: Any, fields: tuple[str, ...]) -> list[str]:
    return [name for name in fields if gold[name] != getattr(predicted, name)]


def _diff_lines(pairs: list[tuple[Any, Any]], fields: tuple[str, ...]) -> list[str]:
    lines = []
    for gold, predicted in sorted(pairs, key=_start):
        if predicted is None:
            lines.append(f"  - {_show(gold, fields)}")
        elif gold is None:
            lines.append(f"  + {_show(predicted, fields)}")
        elif differing := _differing(gold, predicted, fields):
            lines.append(f"  ~ {_show(gold, fields)}")
            lines.append(
                f"    {'':12}{'got':46}{' '.join(f'{n}={getattr(predicted, n)}' for n in differing)}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", help="part of a golden slug or corpus id (default: all)")
    parser.add_argument("--summary", action="store_true", help="print the figures only")
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"corpus not found at {CORPUS} (set CLAIMLEDGER_SHARED)", file=sys.stderr)
        return 2
    scorer = _scorer()
    goldens = [scorer.load_golden(path) for path in scorer.GOLDEN_FILES]
    if args.articles:
        goldens = [g for g in goldens if any(word in g.slug or word in g.id for word in args.articles)]
    if not goldens:
        print("no golden file matches", file=sys.stderr)
        return 2
    texts = scorer.load_texts(CORPUS, (golden.id for golden in goldens))
    results = [scorer.score_article(golden, texts[golden.id]) for golden in goldens]
    print(scorer.format_report(results))
    if not args.summary:
        for result in results:
            print(f"\n== {result.golden.slug} ({result.golden.id}, published {result.golden.published})")
            print(" quantities:")
            print("\n".join(_diff_lines(result.quantity_pairs, QUANTITY_FIELDS)) or "  (no difference)")
            print(" times:")
            print("\n".join(_diff_lines(result.time_pairs, TIME_FIELDS)) or "  (no difference)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
