"""Peer suite: NewsQuant (590 news sentences, 904 annotated quantities), value precision and recall.

A predicted quantity matches a gold one in the same sentence when its value (both ends of a range, in either
order: NewsQuant writes "from $36,040 to $34,935" as 36040-34935) is equal and the change marker agrees with
our ``approx``: ``~`` is ``about``, ``>`` is ``more_than``/``at_least``, ``<`` is ``less_than``/``at_most``, and
``=`` carries no bound (``None`` or ``vague``); ``up``/``down`` mark the direction of a change, which takes
the place of any bound marker in NewsQuant ("up nearly 57%"), so they accept any ``approx``. Published best is
CQE at value F1 92.0.

Where NewsQuant's conventions differ from the project's (``CONTRACT.md``, ``tests/golden/README.md``) the
extractor follows the project, and the differences stay in the figures (2026-11-25, about 76 missed gold values
and 75 unmatched predictions): "one of the best speakers" is a pronoun to us and 1 to NewsQuant (about 14
misses); a change "from $36,040 at 10.45pm to $34,935" is two values to us and one range to NewsQuant (about 11
misses, 14 extra predictions); "8 or 9 euros" is one range to us and two values to NewsQuant (6 misses);
designations ("5G", "787 Dreamliner", "9-2 lead") are not quantities (9 misses); durations, ages and compound
counts that NewsQuant leaves out ("a five-year award", "Senard, 65,", "a six-speed gearbox", "a year earlier",
about 15 extra predictions); bounds we read differently ("almost" is ``about``, "over five weeks" is "during",
a bracketed conversion keeps the hedge of the figure it restates; about 12 either way). About 10 gold values are
wrong ("twenty-eight thousand six hundred forty-two" annotated as 280642).

Print the figures: ``.venv/bin/python tests/test_peer_newsquant.py``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract.quantities import extract_quantities
from claimledger.models import Quantity

SUITE = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "newsquant" / "NewsQuant.json"
# Floors measured on this suite (P 0.919, R 0.919 on 2026-11-25; the targets are 0.96 and 0.94); raise them when
# the extractor improves. Most of the gap is NewsQuant's conventions differing from the project's (CONTRACT.md and
# tests/golden/README.md), which the extractor follows: see the module docstring.
PRECISION_FLOOR = 0.91
RECALL_FLOOR = 0.91

_APPROX = {
    "~": frozenset({"about"}),
    ">": frozenset({"more_than", "at_least"}),
    "<": frozenset({"less_than", "at_most"}),
}
_NO_BOUND: frozenset[str | None] = frozenset({None, "vague"})
_NUMBER = r"-?\d[\d.,]*(?:E[+-]?\d+)?"
_RANGE = re.compile(rf"^\s*({_NUMBER})\s*-\s*({_NUMBER})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Gold:
    low: Decimal
    high: Decimal
    change: str


def parse_gold(value: str, change: str) -> Gold | None:
    """ "7-9" -> 7..9; "1.99E-29" -> a point.

    >>> parse_gold("36040.0-34935.0", "down")
    Gold(low=Decimal('34935.0'), high=Decimal('36040.0'), change='down')
    """
    try:
        ends = _RANGE.match(value)
        if ends:
            a, b = (Decimal(x.replace(",", "")) for x in ends.groups())
            return Gold(min(a, b), max(a, b), change)
        point = Decimal(value.replace(",", "").strip())
    except InvalidOperation:
        return None
    return Gold(point, point, change)


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= Decimal("1e-6") * max(Decimal(1), abs(b))


def _matches(gold: Gold, q: Quantity, *, strict: bool) -> bool:
    if not (_close(q.low, gold.low) and _close(q.high, gold.high)):
        return False
    if not strict or gold.change in ("up", "down"):
        return True  # "up"/"down" give the direction of a change and say nothing about a bound
    return q.approx in _APPROX.get(gold.change, _NO_BOUND)


def score_sentence(golds: list[Gold], preds: list[Quantity], *, strict: bool = True) -> int:
    """Number of gold quantities matched one to one by predictions."""
    free = list(preds)
    matched = 0
    for gold in golds:
        for q in free:
            if _matches(gold, q, strict=strict):
                free.remove(q)
                matched += 1
                break
    return matched


def load_suite() -> list[dict[str, Any]]:
    with SUITE.open(encoding="utf-8") as handle:
        records: list[dict[str, Any]] = json.load(handle)
    return records


def evaluate(*, strict: bool = True) -> tuple[float, float, float, list[tuple[str, list[str], list[str]]]]:
    """(precision, recall, F1, misses): misses list each imperfect sentence with gold and predicted values."""
    tp = n_gold = n_pred = 0
    misses: list[tuple[str, list[str], list[str]]] = []
    for record in load_suite():
        golds = [g for q in record["quantities"] if (g := parse_gold(q["value"], q["change"])) is not None]
        preds = extract_quantities(record["text"], [])
        hit = score_sentence(golds, preds, strict=strict)
        tp, n_gold, n_pred = tp + hit, n_gold + len(golds), n_pred + len(preds)
        if hit != len(golds) or hit != len(preds):
            misses.append(
                (
                    record["text"],
                    [f"{g.change}{g.low}..{g.high}" for g in golds],
                    [f"{q.text!r}={q.low}..{q.high}/{q.approx}" for q in preds],
                )
            )
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, misses


@pytest.mark.parametrize(
    ("value", "change", "low", "high"),
    [("7-9", "=", "7", "9"), ("1.99E-29", "~", "1.99E-29", "1.99E-29"), ("3.0 - 4.0", "=", "3.0", "4.0")],
)
def test_parse_gold(value: str, change: str, low: str, high: str) -> None:
    assert parse_gold(value, change) == Gold(Decimal(low), Decimal(high), change)


@pytest.mark.shared
def test_newsquant_precision_recall(shared_dir: Path) -> None:
    if not SUITE.is_file():
        pytest.skip(f"NewsQuant not found at {SUITE}")
    precision, recall, _, _ = evaluate()
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def main() -> None:
    for strict in (True, False):
        precision, recall, f1, misses = evaluate(strict=strict)
        label = "value+approx" if strict else "value only"
        sys.stdout.write(f"NewsQuant {label}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}\n")
    if "-v" in sys.argv:
        for text, golds, preds in misses:
            sys.stdout.write(f"\n{text}\n  gold: {golds}\n  ours: {preds}\n")


if __name__ == "__main__":
    main()
