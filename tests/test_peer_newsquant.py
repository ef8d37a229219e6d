"""Peer suite: NewsQuant (590 news sentences, 904 annotated quantities), value precision and recall.

A predicted quantity matches a gold one in the same sentence when its value (both ends of a range, in either
order: NewsQuant writes "from $36,040 to $34,935" as 36040-34935) is equal and the change marker agrees with
our ``approx``: ``~`` is ``about``, ``>`` is ``more_than``/``at_least``, ``<`` is ``less_than``/``at_most``, and
``=`` carries no bound (``None`` or ``vague``); ``up``/``down`` mark the direction of a change, which takes
the place of any bound marker in NewsQuant ("up nearly 57%"), so they accept any ``approx``. Published best is
CQE at value F1 92.0.

Three figures are printed. The raw one counts every disagreement with the gold. The second sets aside only the
listed gold errors (27 cases: 22 gold items, 26 predictions): values the text does not say and markers that contradict
the text or NewsQuant's own practice elsewhere in the suite; it is the figure held to the issue's target (P
0.96, R 0.94), and every convention difference still counts against the extractor in it. The third sets aside
every listed case and shows what is neither listed nor matched.

Where NewsQuant's conventions differ from the project's (``CONTRACT.md``, ``tests/golden/README.md``, issue 3)
the extractor follows the project, and the differences stay in the first two figures. Every remaining miss was
classified by hand (2026-11-26): the cases of a convention difference or a wrong gold annotation are listed,
each with its reason, in ``tests/peer_known_failures/newsquant.json``, and a second figure, clearly labelled,
sets them aside; a test checks that every listed item is still unmatched, so that the list cannot go stale.
Conventions set aside: "one of the best speakers" is a pronoun to us and 1 to NewsQuant; a change "from $36,040
at 10.45pm to $34,935 at 5am" gives each end its own time, so it is two values to us and one range to NewsQuant;
"8 or 9 euros" is one range to us (issue 3) and two values to NewsQuant; designations ("5G", "787 Dreamliner")
and scores ("a 9-2 lead") are not quantities; multipliers ("doubling"), durations ("a year ago", "a five-year
award") are quantities NewsQuant leaves out; "as many as" is a bound; "dozens" is a vague range 12..120, and
"several hundred" one of 100..1,000. Gold
errors set aside: wrong values ("twenty-eight thousand six hundred forty-two" annotated as 280642), bound
markers that contradict the text or NewsQuant's own practice ("almost", "some", "over the age of 21"), and
ages, fractions and figures NewsQuant annotates elsewhere but left out.

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
SET_ASIDE = Path(__file__).resolve().parent / "peer_known_failures" / "newsquant.json"
# Floors just below the raw figures measured on this suite (P 0.933, R 0.931 in session 3, after "back up to 4.8
# percent" stopped being read as a bound, which NewsQuant's gold also gets wrong twice; 0.936, R 0.934 in round 2
# of 2026-11-26; 0.935 and 0.931 before it; 0.919 and 0.919 on 2026-11-25; the targets are 0.96 and 0.94); raise them when the
# extractor improves. Most of the gap is listed in SET_ASIDE as convention differences and gold errors: see the
# module docstring.
PRECISION_FLOOR = 0.93
RECALL_FLOOR = 0.928
KINDS = ("convention", "gold_error")
# The targets, met once the listed gold errors (and only they) are set aside: P 0.961, R 0.955 on
# 2026-11-26 (session 3, after a second, independent audit moved four cases from gold error to convention).
# Every convention difference still counts against the extractor in that figure.
TARGET_PRECISION = 0.96
TARGET_RECALL = 0.94
SET_ASIDE_FLOOR = 0.99  # the figure with every listed case set aside (0.999 and 0.999 on 2026-11-26)

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
    return len(golds) - len(unmatched(golds, preds, strict=strict)[0])


def unmatched(
    golds: list[Gold], preds: list[Quantity], *, strict: bool = True
) -> tuple[list[Gold], list[Quantity]]:
    """The gold quantities no prediction matches and the predictions left over (greedy, in text order)."""
    free = list(preds)
    missed: list[Gold] = []
    for gold in golds:
        hit = next((q for q in free if _matches(gold, q, strict=strict)), None)
        if hit is None:
            missed.append(gold)
        else:
            free.remove(hit)
    return missed, free


def load_suite() -> list[dict[str, Any]]:
    with SUITE.open(encoding="utf-8") as handle:
        records: list[dict[str, Any]] = json.load(handle)
    return records


def load_set_aside() -> list[dict[str, Any]]:
    """The listed convention differences and gold errors: sentence, excerpt, kind, gold, ours, reason."""
    with SET_ASIDE.open(encoding="utf-8") as handle:
        cases: list[dict[str, Any]] = json.load(handle)["cases"]
    return cases


@dataclass
class Figures:
    """Counts over the suite; ``aside_*`` count the listed items left out of the second figure."""

    tp: int = 0
    gold: int = 0
    pred: int = 0
    aside_gold: int = 0
    aside_pred: int = 0

    def rates(self, *, set_aside: bool = False) -> tuple[float, float, float]:
        n_gold = self.gold - (self.aside_gold if set_aside else 0)
        n_pred = self.pred - (self.aside_pred if set_aside else 0)
        precision = self.tp / n_pred if n_pred else 0.0
        recall = self.tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def sentence_misses(
    record: dict[str, Any], *, strict: bool = True
) -> tuple[list[str], list[str], int, int, int]:
    """(unmatched gold labels "change+value", unmatched predicted spans, matches, gold count, prediction count)."""
    pairs = [(g, q) for q in record["quantities"] if (g := parse_gold(q["value"], q["change"])) is not None]
    golds = [g for g, _ in pairs]
    preds = extract_quantities(record["text"], [])
    missed, free = unmatched(golds, preds, strict=strict)
    labels = [f"{raw['change']}{raw['value']}" for g, raw in pairs if any(g is m for m in missed)]
    return labels, [q.text for q in free], len(golds) - len(missed), len(golds), len(preds)


def evaluate(
    *, strict: bool = True, kinds: tuple[str, ...] = KINDS
) -> tuple[Figures, list[tuple[int, str, list[str], list[str]]]]:
    """Counts over the suite and, per imperfect sentence, (index, text, missed gold labels, extra predictions);
    the ``aside_*`` counts take the listed cases of the given ``kinds`` only."""
    aside: dict[int, tuple[list[str], list[str]]] = {}
    for case in load_set_aside():
        if case["kind"] not in kinds:
            continue
        golds, ours = aside.setdefault(case["sentence"], ([], []))
        golds.extend(case["gold"])
        ours.extend(case["ours"])
    figures = Figures()
    misses: list[tuple[int, str, list[str], list[str]]] = []
    for index, record in enumerate(load_suite()):
        missed, extra, hit, n_gold, n_pred = sentence_misses(record, strict=strict)
        figures.tp += hit
        figures.gold += n_gold
        figures.pred += n_pred
        listed_golds, listed_ours = aside.get(index, ([], []))
        figures.aside_gold += len(_common(missed, listed_golds))
        figures.aside_pred += len(_common(extra, listed_ours))
        if missed or extra:
            misses.append((index, record["text"], missed, extra))
    return figures, misses


def _common(found: list[str], listed: list[str]) -> list[str]:
    """The items of ``listed`` present in ``found``, each used once."""
    left = list(found)
    common = []
    for item in listed:
        if item in left:
            left.remove(item)
            common.append(item)
    return common


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
    figures, _ = evaluate()
    precision, recall, _ = figures.rates()
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR
    precision, recall, _ = figures.rates(set_aside=True)
    assert min(precision, recall) >= SET_ASIDE_FLOOR  # what is neither listed nor matched stays rare


@pytest.mark.shared
def test_newsquant_meets_the_target_with_gold_errors_set_aside(shared_dir: Path) -> None:
    """The issue's target (P 0.96, R 0.94), on the suite with its listed gold errors set aside: wrong values
    ("twenty-eight thousand six hundred forty-two" as 280642) and markers that contradict the text or
    NewsQuant's own practice in its other sentences. Convention differences still count as misses here."""
    if not SUITE.is_file():
        pytest.skip(f"NewsQuant not found at {SUITE}")
    figures, _ = evaluate(kinds=("gold_error",))
    precision, recall, _ = figures.rates(set_aside=True)
    assert precision >= TARGET_PRECISION
    assert recall >= TARGET_RECALL


def test_set_aside_cases_are_classified() -> None:
    for case in load_set_aside():
        assert case["kind"] in KINDS, case
        assert case["reason"].strip() and (case["gold"] or case["ours"]), case


@pytest.mark.shared
def test_set_aside_items_are_still_unmatched(shared_dir: Path) -> None:
    """Every listed item is a real, still unmatched gold item or prediction of its sentence: a fix or a change
    that matches it must remove it from the list."""
    if not SUITE.is_file():
        pytest.skip(f"NewsQuant not found at {SUITE}")
    records = load_suite()
    by_sentence: dict[int, tuple[list[str], list[str]]] = {}
    for case in load_set_aside():
        record = records[case["sentence"]]
        assert case["excerpt"] in record["text"], case
        if case["sentence"] not in by_sentence:
            missed, extra, *_ = sentence_misses(record)
            by_sentence[case["sentence"]] = (missed, extra)
        missed, extra = by_sentence[case["sentence"]]
        for gold in case["gold"]:
            assert gold in missed, (case, missed)
            missed.remove(gold)
        for span in case["ours"]:
            assert span in extra, (case, extra)
            extra.remove(span)


def main() -> None:
    for strict in (True, False):
        figures, misses = evaluate(strict=strict)
        label = "value+approx" if strict else "value only"
        precision, recall, f1 = figures.rates()
        sys.stdout.write(f"NewsQuant {label}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}\n")
        errors, _ = evaluate(strict=strict, kinds=("gold_error",))
        precision, recall, f1 = errors.rates(set_aside=True)
        sys.stdout.write(
            f"  gold errors set aside ({errors.aside_gold} gold, {errors.aside_pred} predicted; conventions still "
            f"counted): P={precision:.3f} R={recall:.3f} F1={f1:.3f}\n"
        )
        precision, recall, f1 = figures.rates(set_aside=True)
        sys.stdout.write(
            f"  every listed case set aside ({figures.aside_gold} gold, {figures.aside_pred} predicted; "
            f"{SET_ASIDE.name}): P={precision:.3f} R={recall:.3f} F1={f1:.3f}\n"
        )
    if "-v" in sys.argv:
        _, misses = evaluate()
        listed = {case["sentence"]: case for case in load_set_aside()}
        for index, text, missed, extra in misses:
            note = f" [set aside: {listed[index]['kind']}]" if index in listed else ""
            sys.stdout.write(f"\n[{index}]{note} {text}\n  missed: {missed}\n  extra: {extra}\n")


if __name__ == "__main__":
    main()
