"""The claim layer against hand-annotated claims from the test corpus (``tests/claims/*.json``).

Each file holds a corpus id, the publication date and, per claim sentence, its offsets and the labels written
by hand while reading the article: the source (name and kind), the side the figures are about, the claim type
and whether the claim is an opinion or a prediction. ``excluded`` lists sentences whose only "quantities" are
not quantities under the golden guidelines (``one of the ...``, clock times, ordinals): they are not claims.
The article text is never stored here: it is read from ``../shared``.

A predicted claim matches a gold claim when their spans overlap; per field, accuracy is the share of gold
claims whose matched prediction has the same label (an unmatched gold claim counts as wrong). The figures are
printed by ``scripts/score_claims.py`` with a confusion table per field.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract import extract
from claimledger.extract.claims_types import CLAIM_TYPES
from claimledger.models import Claim

ANNOTATIONS = Path(__file__).resolve().parent / "claims"
SETS = {
    "development": ANNOTATIONS,
    "held-out": ANNOTATIONS / "heldout",
    "held-out-2": ANNOTATIONS / "heldout2",
    "held-out-3": ANNOTATIONS / "heldout3",
    "held-out-4": ANNOTATIONS / "heldout4",
    "held-out-5": ANNOTATIONS / "heldout5",
    "held-out-6": ANNOTATIONS / "heldout6",
    "held-out-7": ANNOTATIONS / "heldout7",
}
FIELDS = ("source", "side", "type", "opinion", "prediction")
SIDES = ("russia", "ukraine", "civilian", "other", None)
KINDS = ("author", "official", "institution", "media", "anonymous", "document", "other")

# Per-field accuracy reached (see docs/claims.md, Figures) less a margin of one to three claims, so that a
# change to the quantity extractor that moves a sentence or two does not fail the suite; a change that
# brings a field below its floor does. The target is 0.90 for every field. Rounds 4 to 7 (2026-11-26)
# tuned on the development set and the first five held-out sets, and round 9 (session 4) on the sixth, so their
# figures no longer measure how the rules generalise; the seventh held-out set (sentences nobody had labelled,
# scored with the round-8 and round-9 rules, aggregates only, its errors unread) does.
FLOORS = {"source": 0.955, "side": 0.84, "type": 0.96, "opinion": 0.965, "prediction": 0.975}
HELDOUT_FLOORS = {
    "held-out": {"source": 0.96, "side": 0.76, "type": 0.97, "opinion": 0.97, "prediction": 0.96},
    # 40 claims from 9 further articles, labelled in round 2 before the claim layer was run on them
    "held-out-2": {"source": 0.95, "side": 0.75, "type": 0.92, "opinion": 0.95, "prediction": 0.92},
    # 150 claims from 39 further articles, labelled by a second annotator in round 4 and scored once with the
    # round-4 rules before anyone read its errors (docs/claims.md, Figures); development data from round 5 on
    "held-out-3": {"source": 0.96, "side": 0.88, "type": 0.96, "opinion": 0.96, "prediction": 0.93},
    # 123 claims from 85 further articles, labelled by a third annotator after the round-5 decisions and
    # scored once with the round-5 rules (2026-11-26), before anyone read its errors
    "held-out-4": {"source": 0.90, "side": 0.75, "type": 0.88, "opinion": 0.89, "prediction": 0.90},
    # 92 claims from the last 28 corpus articles with figures, labelled by a fourth annotator, scored once with
    # the round-6 rules (2026-11-26) before anyone read its errors
    "held-out-5": {"source": 0.91, "side": 0.68, "type": 0.94, "opinion": 0.92, "prediction": 0.92},
    # 227 claims from 43 articles annotated for the other layers (golden quantities, places), labelled blind in
    # session 3; round 6 scored source 0.846, side 0.608, type 0.846, opinion 0.925, prediction 0.960 on it,
    # round 7 0.846, 0.630, 0.850, 0.921, 0.960 (docs/claims.md, Figures)
    # round 9 then tuned on it (source 0.894, side 0.678, type 0.877, opinion 0.943, prediction 0.960)
    "held-out-6": {"source": 0.88, "side": 0.66, "type": 0.86, "opinion": 0.93, "prediction": 0.94},
    # 187 claims: the quantity sentences no earlier annotator labelled, in articles of the other sets, labelled
    # blind in session 4; scored once with the round-8 rules (source 0.695, side 0.674, type 0.893, opinion
    # 0.866, prediction 0.925) and with the round-9 rules (0.925, 0.690, 0.898, 0.866, 0.925), aggregates only
    # (docs/claims.md, Figures)
    "held-out-7": {"source": 0.91, "side": 0.67, "type": 0.87, "opinion": 0.85, "prediction": 0.91},
}


def annotation_files(name: str | None = None) -> list[Path]:
    """The annotation files of one set, or of both."""
    folders = [SETS[name]] if name else list(SETS.values())
    return sorted(path for folder in folders for path in folder.glob("*.json"))


def load_annotation(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def gold_label(gold: dict[str, Any], name: str) -> Any:
    return gold["source"]["kind"] if name == "source" else gold[name]


def predicted_label(claim: Claim | None, name: str) -> Any:
    if claim is None:
        return "<no claim>"
    if name == "source":
        return claim.source.kind
    return getattr(claim, name)


@dataclass
class Score:
    """Counts per field: correct, total, and a confusion table of (gold, predicted) pairs."""

    total: int = 0
    matched: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    confusion: dict[str, Counter[tuple[Any, Any]]] = field(
        default_factory=lambda: {f: Counter() for f in FIELDS}
    )
    misses: list[tuple[str, str, Any, Any, str]] = field(default_factory=list)
    # side right or wrong, per what decided it (Claim.side_basis)
    by_basis: Counter[tuple[str | None, bool]] = field(default_factory=Counter)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.total if self.total else 0.0


def _match(gold: dict[str, Any], claims: Iterable[Claim]) -> Claim | None:
    best: Claim | None = None
    best_overlap = 0
    for claim in claims:
        overlap = min(claim.end, gold["end"]) - max(claim.start, gold["start"])
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best


def score_article(annotation: dict[str, Any], text: str, score: Score) -> None:
    """Add one article's claims to ``score``."""
    published = date.fromisoformat(annotation["published"])
    claims = extract(text, published=published).claims
    for gold in annotation["claims"]:
        claim = _match(gold, claims)
        score.total += 1
        score.matched += claim is not None
        if claim is not None:
            score.by_basis[(claim.side_basis, claim.side == gold["side"])] += 1
        for name in FIELDS:
            expected, got = gold_label(gold, name), predicted_label(claim, name)
            score.confusion[name][(expected, got)] += 1
            if expected == got:
                score.correct[name] += 1
            else:
                snippet = text[gold["start"] : gold["end"]][:100]
                score.misses.append((annotation["id"], name, expected, got, snippet))


def score_all(records: dict[str, dict[str, Any]], name: str | None = None) -> Score:
    """Score the annotated articles of one set (or both) against ``records`` (corpus id -> record)."""
    score = Score()
    for path in annotation_files(name):
        annotation = load_annotation(path)
        score_article(annotation, records[annotation["id"]]["text"], score)
    return score


def confusion_table(score: Score, name: str) -> str:
    """A plain-text confusion table for one field: rows are gold labels, columns predictions."""
    pairs = score.confusion[name]
    gold_labels = sorted({str(g) for g, _ in pairs})
    predicted = sorted({str(p) for _, p in pairs})
    width = max(len(label) for label in [*gold_labels, *predicted, "gold \\ predicted"]) + 1
    lines = ["gold \\ predicted".ljust(width) + "".join(p[:12].rjust(13) for p in predicted)]
    for g in gold_labels:
        row = [sum(n for (a, b), n in pairs.items() if str(a) == g and str(b) == p) for p in predicted]
        lines.append(g.ljust(width) + "".join(str(n).rjust(13) for n in row))
    return "\n".join(lines)


@pytest.fixture(scope="module")
def records(corpus_records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in corpus_records}


@pytest.fixture(scope="module")
def score(records: dict[str, dict[str, Any]]) -> Score:
    return score_all(records, "development")


@pytest.fixture(scope="module")
def heldout_scores(records: dict[str, dict[str, Any]]) -> dict[str, Score]:
    return {name: score_all(records, name) for name in HELDOUT_FLOORS}


def test_at_least_300_annotated_claims() -> None:
    total = sum(len(load_annotation(p)["claims"]) for p in annotation_files("development"))
    assert total >= 300


# The seventh held-out set takes the sentences no earlier annotator labelled from articles of the other sets.
SENTENCE_SETS = ("held-out-7",)


@pytest.mark.parametrize("name", ["held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5"])
def test_a_held_out_set_shares_no_article_with_the_other_sets(name: str) -> None:
    held_out = {load_annotation(p)["id"] for p in annotation_files(name)}
    others = {
        load_annotation(p)["id"]
        for other in SETS
        if other != name and other not in SENTENCE_SETS
        for p in annotation_files(other)
    }
    assert held_out and not others & held_out


@pytest.mark.parametrize("name", SENTENCE_SETS)
def test_a_sentence_set_shares_no_sentence_with_the_other_sets(
    name: str, records: dict[str, dict[str, Any]]
) -> None:
    labelled: dict[str, list[tuple[int, int]]] = {}
    for other in SETS:
        if other != name:
            for path in annotation_files(other):
                annotation = load_annotation(path)
                spans = [(g["start"], g["end"]) for g in annotation["claims"]]
                spans += [(a, b) for a, b in annotation["excluded"]]
                labelled.setdefault(annotation["id"], []).extend(spans)
    texts = {records[i]["text"][a:b].strip() for i, spans in labelled.items() for a, b in spans}
    for path in annotation_files(name):
        annotation = load_annotation(path)
        text = records[annotation["id"]]["text"]
        for gold in annotation["claims"]:
            span = (gold["start"], gold["end"])
            assert not any(a < span[1] and span[0] < b for a, b in labelled.get(annotation["id"], []))
            assert text[span[0] : span[1]].strip() not in texts


@pytest.mark.parametrize("path", annotation_files(), ids=lambda p: p.stem)
def test_annotation_is_well_formed(path: Path) -> None:
    annotation = load_annotation(path)
    assert set(annotation) == {"id", "published", "claims", "excluded"}
    for gold in annotation["claims"]:
        assert 0 <= gold["start"] < gold["end"]
        assert gold["source"]["kind"] in KINDS
        assert gold["side"] in SIDES
        assert gold["type"] in CLAIM_TYPES
        assert isinstance(gold["opinion"], bool) and isinstance(gold["prediction"], bool)
        assert "text" not in gold  # the article text stays in ../shared


@pytest.mark.parametrize("path", annotation_files(), ids=lambda p: p.stem)
def test_annotated_spans_are_sentences_of_the_article(path: Path, records: dict[str, dict[str, Any]]) -> None:
    annotation = load_annotation(path)
    text = records[annotation["id"]]["text"]
    for gold in annotation["claims"]:
        span = text[gold["start"] : gold["end"]]
        assert span.strip() == span and any(ch.isdigit() or ch.isalpha() for ch in span)


def test_every_annotated_claim_has_a_claim(score: Score) -> None:
    assert score.matched / score.total >= 0.97


@pytest.mark.parametrize("name", FIELDS)
def test_field_accuracy_reaches_its_floor(score: Score, name: str) -> None:
    assert score.accuracy(name) >= FLOORS[name], confusion_table(score, name)


@pytest.mark.parametrize("held_out", sorted(HELDOUT_FLOORS))
@pytest.mark.parametrize("name", FIELDS)
def test_held_out_accuracy_reaches_its_floor(
    heldout_scores: dict[str, Score], held_out: str, name: str
) -> None:
    score = heldout_scores[held_out]
    assert score.accuracy(name) >= HELDOUT_FLOORS[held_out][name], confusion_table(score, name)
